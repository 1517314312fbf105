"""Sending a digest by SMTP: multipart/alternative (text + HTML), charts as CID-linked parts.

Credentials never come from the command line (shell history, `ps`): the password is read from
the PANTAU_SMTP_PASSWORD environment variable or from an [smtp] table in a config file.
"""

import os
import smtplib
import ssl
import tomllib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from .digest import render

PASSWORD_ENV = "PANTAU_SMTP_PASSWORD"


class MailError(RuntimeError):
    """Sending failed; the message says what to check."""


@dataclass
class SmtpSettings:
    host: str = "127.0.0.1"
    port: int = 25
    security: str = "none"  # none | starttls | ssl
    user: str | None = None
    password: str | None = None
    sender: str = "Pantau <pantau@localhost>"
    timeout: float = 30.0


def load_settings(config_path=None, **overrides) -> SmtpSettings:
    values = {}
    if config_path:
        path = Path(config_path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise MailError(f"{path}: {e}") from None
        smtp = data.get("smtp", {})
        values.update({k: smtp[k] for k in ("host", "port", "security", "user", "password", "timeout") if k in smtp})
        if "from" in smtp:
            values["sender"] = smtp["from"]
    values.update({k: v for k, v in overrides.items() if v is not None})
    if not values.get("password") and os.environ.get(PASSWORD_ENV):
        values["password"] = os.environ[PASSWORD_ENV]
    settings = SmtpSettings(**values)
    if settings.security not in ("none", "starttls", "ssl"):
        raise MailError(f"smtp security must be none, starttls or ssl, not {settings.security!r}")
    return settings


def compose(context: dict, sender: str, recipients: list[str]) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = context["subject"]
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="pantau.local")
    msg.set_content(render(context, "txt"))
    msg.add_alternative(render(context, "html", images="cid"), subtype="html")
    html_part = msg.get_payload()[1]
    for name, png in context["images"].items():
        html_part.add_related(png, "image", "png", cid=f"<{name}@pantau>", filename=f"{name}.png")
    return msg


def send(msg: EmailMessage, settings: SmtpSettings):
    try:
        if settings.security == "ssl":
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout,
                                      context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with client:
            if settings.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if settings.user:
                client.login(settings.user, settings.password or "")
            client.send_message(msg)
    except (OSError, smtplib.SMTPException) as e:
        raise MailError(f"could not send mail through {settings.host}:{settings.port}: {e}") from None


def send_digest(db_path, day, recipients, settings: SmtpSettings, lang="id", days=1) -> str:
    """Build the day's digest and send it; returns the subject."""
    from pantau.store import open_readonly

    from .digest import build_context

    db = open_readonly(db_path)
    try:
        context = build_context(db, day, days, lang)
    finally:
        db.close()
    send(compose(context, settings.sender, recipients), settings)
    return context["subject"]


def compose_alerts(alerts: list[dict], sender: str, recipients: list[str], lang="id") -> EmailMessage:
    """One plain-text message with every alert of a watch pass, newest last."""
    from .digest import all_labels, plain, safe_url

    L = all_labels()[lang]["alert"]
    msg = EmailMessage()
    msg["Subject"] = (L["subject_one"].format(title=plain(alerts[0]["title"])) if len(alerts) == 1
                      else L["subject_many"].format(n=len(alerts)))
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="pantau.local")
    lines = [L["intro"], ""]
    for a in alerts:
        lines += [f"* {plain(a['title'])}", f"  {plain(a['text'])}"]
        if safe_url(a.get("url")):
            lines.append(f"  {safe_url(a['url'])}")
        lines.append("")
    lines += ["--", L["footer"]]
    msg.set_content("\n".join(lines) + "\n")
    return msg
