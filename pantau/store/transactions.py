"""Write transactions that wait for the write lock instead of failing: every store write goes through `writing`."""

from contextlib import contextmanager


@contextmanager
def writing(db):
    """A transaction that takes SQLite's write lock when it begins (BEGIN IMMEDIATE).

    sqlite-utils' `atomic()` begins a deferred transaction: one that reads first and writes after
    another connection has committed cannot wait for the lock, and SQLite fails it at once with
    "database is locked", whatever the busy timeout. Taking the lock first makes a second writer
    (the crawl's pipeline and its article writer, an analysis beside a crawl) wait its turn.
    Inside a transaction this is a savepoint, as `atomic()` is."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
