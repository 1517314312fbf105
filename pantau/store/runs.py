"""Writes `pantau run` makes besides the crawl: which digests were mailed to whom."""

from .articles import utcnow
from .transactions import writing


def already_sent(db, day, recipient) -> bool:
    return db.execute("select 1 from digests_sent where day = ? and recipient = ?", [str(day), recipient]).fetchone() is not None


def record_sent(db, day, recipients):
    with writing(db):
        db["digests_sent"].insert_all(({"day": str(day), "recipient": r, "sent_at": utcnow()} for r in recipients), replace=True)
