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
"""

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .health import Thresholds


class ConfigError(ValueError):
    """A config file that cannot be used; the message names the file and the problem."""


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
    unknown = set(data) - {"pantau", "mail", "smtp", "schedule", "health"}
    if unknown:
        raise ConfigError(f"{path}: unknown table [{sorted(unknown)[0]}] (known: pantau, mail, smtp, schedule, health)")
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
    )
