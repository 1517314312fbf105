"""The run configuration (`pantau run --config`, `pantau schedule --config`): one TOML file.

    [pantau]
    db = "pantau.db"                    # relative paths are relative to this file
    sources = "sources/indonesia.toml"
    digest_dir = "digests"
    lang = "id"                         # id | en
    formats = ["html", "txt"]

    [mail]                              # optional
    to = ["humas@example.go.id"]        # readers of the digest
    operators = ["ops@example.go.id"]   # who gets crawl-health alerts

    [smtp]                              # optional; password from $PANTAU_SMTP_PASSWORD if left out
    host = "smtp.example.go.id"
    port = 587
    security = "starttls"
    user = "pantau"
    from = "Pantau <pantau@example.go.id>"

    [schedule]
    cron = "0 6 * * *"                  # minute hour day month weekday
    timezone = "Asia/Jakarta"

    [health]                            # thresholds of the alert rules
    dead_after_runs = 3
    max_extraction_failure_rate = 0.2
    max_error_rate = 0.5
    slow_factor = 2.0

    [watch]                             # `pantau watch`: alerts between digests (all optional)
    every_minutes = 15                  # a feeds-and-sitemaps crawl, analysis and the rules
    institutions = ["BPJS Ketenagakerjaan", "BPJS Kesehatan"]   # default: nlp/tone/watched.toml
    min_outlets = 3                     # a story picked up by this many outlets ...
    within_hours = 6                    # ... within this many hours; rules look this far back
    priority_outlets = ["kompas", "detik"]   # outlet ids: a negative story there is an alert
    spike_factor = 3.0                  # articles this hour vs the mean of the same hour ...
    spike_min_articles = 5              # ... and at least this many
    baseline_days = 14                  # days of the same hour the baseline is the mean of
    quiet_hours = "22:00-06:00"         # alerts raised then are held and sent after
    mail_to = ["humas@example.go.id"]   # default: [mail] to
    webhook_url = "https://hooks.slack.com/services/..."   # or $PANTAU_WEBHOOK_URL
    webhook_retries = 3                 # tries after the first within one pass, backing off
"""

import os
import re
import tomllib
from dataclasses import dataclass, field, fields
from datetime import time
from pathlib import Path

from .health import Thresholds

WEBHOOK_ENV = "PANTAU_WEBHOOK_URL"
QUIET_RE = re.compile(r"^\s*(\d{1,2}):(\d\d)\s*-\s*(\d{1,2}):(\d\d)\s*$")


class ConfigError(ValueError):
    """A config file that cannot be used; the message names the file and the problem."""


def default_institutions() -> list[str]:
    from .reports.attention import watched_institutions

    return watched_institutions()


@dataclass
class WatchConfig:
    every_minutes: float = 15
    institutions: list[str] = field(default_factory=default_institutions)
    min_outlets: int = 3
    within_hours: float = 6
    priority_outlets: list[str] = field(default_factory=list)
    spike_factor: float = 3.0
    spike_min_articles: int = 5
    baseline_days: int = 14
    quiet_hours: str | None = None
    mail_to: list[str] | None = None  # None: the [mail] readers
    webhook_url: str | None = None  # None: $PANTAU_WEBHOOK_URL
    webhook_retries: int = 3
    webhook_backoff: float = 1.0  # seconds before the first retry, doubling after

    def quiet(self) -> tuple[time, time] | None:
        """(start, end) of the quiet hours, local time; None when there are none."""
        if not self.quiet_hours:
            return None
        h1, m1, h2, m2 = map(int, QUIET_RE.match(self.quiet_hours).groups())
        return time(h1, m1), time(h2, m2)

    def webhook(self) -> str | None:
        return self.webhook_url or os.environ.get(WEBHOOK_ENV) or None


def load_watch(path, table: dict, mail_to: list[str]) -> WatchConfig:
    known = {f.name for f in fields(WatchConfig)}
    unknown = set(table) - known
    if unknown:
        raise ConfigError(f"{path}: [watch] unknown key {sorted(unknown)[0]} (known: {', '.join(sorted(known))})")
    w = WatchConfig(**table)
    if w.mail_to is None:
        w.mail_to = list(mail_to)
    for name in ("every_minutes", "within_hours", "spike_factor"):
        if not isinstance(getattr(w, name), (int, float)) or getattr(w, name) <= 0:
            raise ConfigError(f"{path}: [watch] {name} must be a number above 0")
    for name in ("min_outlets", "spike_min_articles", "baseline_days", "webhook_retries"):
        if not isinstance(getattr(w, name), int) or getattr(w, name) < (0 if name == "webhook_retries" else 1):
            raise ConfigError(f"{path}: [watch] {name} must be a whole number"
                              + (" (0 or more)" if name == "webhook_retries" else " above 0"))
    for name in ("institutions", "priority_outlets", "mail_to"):
        if not isinstance(getattr(w, name), list) or not all(isinstance(x, str) for x in getattr(w, name)):
            raise ConfigError(f"{path}: [watch] {name} must be a list of strings")
    if w.quiet_hours is not None:
        m = QUIET_RE.match(str(w.quiet_hours))
        if not m or int(m[1]) > 23 or int(m[3]) > 23 or int(m[2]) > 59 or int(m[4]) > 59:
            raise ConfigError(f"{path}: [watch] quiet_hours must look like \"22:00-06:00\", not {w.quiet_hours!r}")
    if w.webhook_url is not None and not str(w.webhook_url).lower().startswith(("http://", "https://")):
        raise ConfigError(f"{path}: [watch] webhook_url must be an http(s) URL")
    return w


@dataclass
class RunConfig:
    path: Path
    db: Path
    sources: Path
    digest_dir: Path
    lang: str = "id"
    formats: list[str] = field(default_factory=lambda: ["html"])
    mail_to: list[str] = field(default_factory=list)
    operators: list[str] = field(default_factory=list)
    smtp: dict = field(default_factory=dict)
    cron: str = "0 6 * * *"
    timezone: str = "Asia/Jakarta"
    thresholds: Thresholds = field(default_factory=Thresholds)
    watch: WatchConfig = field(default_factory=WatchConfig)

    @property
    def lock_path(self) -> Path:
        return self.db.with_name(self.db.name + ".lock")

    @property
    def log_path(self) -> Path:
        return self.db.with_name(self.db.name + ".runs.jsonl")


def load_config(path) -> RunConfig:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: {e}") from None
    unknown = set(data) - {"pantau", "mail", "smtp", "schedule", "health", "watch"}
    if unknown:
        raise ConfigError(f"{path}: unknown table [{sorted(unknown)[0]}] (known: pantau, mail, smtp, schedule, health, watch)")
    main = data.get("pantau", {})
    for key in ("db", "sources"):
        if not isinstance(main.get(key), str):
            raise ConfigError(f"{path}: [pantau] needs {key} = \"...\"")
    here = path.parent
    formats = main.get("formats", ["html"])
    if not set(formats) <= {"html", "md", "txt"}:
        raise ConfigError(f"{path}: [pantau] formats must be among html, md, txt")
    if main.get("lang", "id") not in ("id", "en"):
        raise ConfigError(f"{path}: [pantau] lang must be id or en")
    try:
        thresholds = Thresholds(**data.get("health", {}))
    except TypeError as e:
        raise ConfigError(f"{path}: [health] {e}") from None
    mail = data.get("mail", {})
    schedule = data.get("schedule", {})
    return RunConfig(
        path=path, db=here / main["db"], sources=here / main["sources"],
        digest_dir=here / main.get("digest_dir", "digests"), lang=main.get("lang", "id"), formats=list(formats),
        mail_to=list(mail.get("to", [])), operators=list(mail.get("operators", [])), smtp=data.get("smtp", {}),
        cron=schedule.get("cron", "0 6 * * *"), timezone=schedule.get("timezone", "Asia/Jakarta"), thresholds=thresholds,
        watch=load_watch(path, data.get("watch", {}), mail.get("to", [])),
    )
