"""Trend charts as PNG bytes (matplotlib, no display needed): attached by CID in mail,
embedded as data URIs in saved files."""

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

GREEN, GREY = "#0b6e4f", "#8a91a0"


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return buf.getvalue()


def volume_png(days: list[tuple], highlight=()) -> bytes:
    """Bars of articles per day; the digest's own days in green, the rest grey."""
    fig, ax = plt.subplots(figsize=(6.4, 2.2))
    xs = list(range(len(days)))
    ax.bar(xs, [n for _, n in days], color=[GREEN if d in highlight else GREY for d, _ in days], width=0.8)
    ticks = xs[::-7][::-1]  # weekly, ending on the digest's day
    ax.set_xticks(ticks, [days[i][0].strftime("%d/%m") for i in ticks], fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    ax.yaxis.get_major_locator().set_params(integer=True)
    return _png(fig)


def entities_png(rows: list[tuple[str, int]]) -> bytes:
    """Horizontal bars, most mentioned on top."""
    rows = rows[:10][::-1]
    fig, ax = plt.subplots(figsize=(6.4, 0.3 * len(rows) + 0.6))
    ax.barh([name if len(name) <= 34 else name[:33] + "…" for name, _ in rows], [n for _, n in rows], color=GREEN)
    ax.tick_params(labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    return _png(fig)
