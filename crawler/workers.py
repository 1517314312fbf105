"""Extraction worker processes, each page with a deadline.

Extraction is CPU work (trafilatura ≈ 13 ms a page): done in the reactor thread it would stall
downloading. A hostile page can keep a worker busy for minutes (230,000 paragraphs take five) or
kill it (the OOM killer, a crash in a C library). So each worker is a process of its own with
its own pipes, and the crawl can stop one without touching the others:

- a page that has used PANTAU_EXTRACT_DEADLINE seconds of its worker's CPU time (or twice
  that in wall-clock time) is abandoned with an error, and its worker killed and replaced. CPU
  time, so that a busy machine does not cut ordinary pages short;
- a worker that dies is replaced, and the page it was on is tried once more (it may have been
  the OOM killer's victim, not its cause); the rest of its batch goes to the next free worker.

concurrent.futures.ProcessPoolExecutor cannot do either: killing one of its workers breaks the
whole pool and fails every page in it. This pool also needs no threads: the crawl process
writes and reads the pipes without blocking, when the event loop says they are ready, so a
worker that is slow to read never stalls the crawl.

A free worker gets every page waiting (up to BATCH_PAGES) in one message; results come back
one message per page, so the deadline runs per page. A message is an 8-byte length and a pickle.
"""

import asyncio
import errno
import logging
import multiprocessing
import os
import pickle
import signal
import struct
import time
from collections import deque

logger = logging.getLogger(__name__)

BATCH_PAGES = 16
HEADER = struct.Struct("!Q")
PIPE_BYTES = 1 << 20  # a batch of pages fits in the pipe at once (Linux; elsewhere the default)
# A page is abandoned after this many deadlines of wall-clock time, CPU or not: 40 s by default, so
# that `pantau extract` answers a file within a minute on a busy machine (at 3x: 63 s, load 6).
WALL_FACTOR = 2
WARM_UP = ("<html lang='id'><head><title>Pemanasan</title>"
           "<meta property='article:published_time' content='2026-01-02T09:00:00+07:00'></head><body><article>"
           + "<p>BPJS Ketenagakerjaan mencatat jumlah peserta aktif bertambah pada Senin (5/1/2026), kata direktur.</p>" * 5
           + "</article></body></html>").encode()


def extract_page(raw: dict) -> dict:
    """Runs in a worker process. Never raises: a bad page becomes {"error": ...}."""
    from .extract import extract_article

    try:
        result = extract_article(
            raw["body"], raw.get("url"), declared_encoding=raw.get("encoding"), hints=raw.get("hints"),
            timezone=raw.get("timezone", "Asia/Jakarta"), pages=raw.get("pages", ()),
        )
    except Exception as e:  # noqa: BLE001 - one broken page must not stop the crawl
        return {"error": f"{type(e).__name__}: {e}"}
    result["encoding_mislabelled"] = encoding_mislabelled(raw.get("encoding"), result.pop("decoded_as", None))
    return result


def encoding_mislabelled(declared: str | None, decoded_as: str | None) -> bool:
    """Whether the page was not in the charset its Content-Type named (or mixed two)."""
    from .extract.article import charset_name

    if not decoded_as or decoded_as == "text":
        return False
    if "+" in decoded_as:
        return True
    return bool(declared) and charset_name(declared) not in (charset_name(decoded_as), None)


def serve(inbox, outbox, watchlist=None):
    """A worker process: batches of pages in, (result, CPU seconds so far) per page out. With a
    watchlist (crawler/sources.py), a result also names the terms its title and text contain: the
    worker has the text already, and the regexes over it are CPU work the crawl process's reactor
    thread should not do."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the crawl, which then stops us
    reader, writer = open(inbox.fileno(), "rb", closefd=False), open(outbox.fileno(), "wb", closefd=False)

    def send(message):
        data = pickle.dumps(message, protocol=5)
        writer.write(HEADER.pack(len(data)) + data)
        writer.flush()

    # Imports and first-call set-up (trafilatura, htmldate, dateparser) before saying ready: the
    # deadline must not count them against the first page.
    extract_page({"body": WARM_UP, "url": "https://pemanasan.example/2026/01/05/berita"})
    try:
        send(("ready", time.process_time()))
        while True:
            header = reader.read(HEADER.size)
            if len(header) < HEADER.size:  # the crawl process is gone
                return
            batch = pickle.loads(reader.read(HEADER.unpack(header)[0]))
            if batch is None:
                return
            for raw in batch:
                result = extract_page(raw)
                if watchlist is not None and "error" not in result:
                    result["matched_terms"] = watchlist.matches(result.get("title"), result.get("text"))
                send((result, time.process_time()))
    except BrokenPipeError:  # the crawl process is gone
        return


def cpu_seconds(pid) -> float | None:
    """CPU time a process has used (Linux /proc), or None where that cannot be read."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def _wide_pipe(context):
    """A one-way pipe, as multiprocessing Connections (they carry the fd to a spawned child)."""
    read, write = context.Pipe(duplex=False)
    try:
        import fcntl

        fcntl.fcntl(write.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass
    return read, write


class Worker:
    def __init__(self, context, watchlist=None):
        inbox, self.to_worker = _wide_pipe(context)
        self.from_worker, outbox = _wide_pipe(context)
        # spawn, not fork: forking a process that runs a reactor and threads is unsafe.
        self.process = context.Process(target=serve, args=(inbox, outbox, watchlist), daemon=True, name="pantau-extract")
        self.process.start()
        inbox.close()
        outbox.close()
        self.out_fd, self.in_fd = self.to_worker.fileno(), self.from_worker.fileno()
        os.set_blocking(self.out_fd, False)
        os.set_blocking(self.in_fd, False)
        self.unsent, self.received = b"", bytearray()
        self.ready = False
        self.batch = deque()  # [raw, future, tries] sent and not answered yet, in order
        self.since = 0.0  # wall-clock time when the worker started on batch[0]
        self.cpu_mark = 0.0  # its CPU time then (from its last message)
        self.loop = None

    def write(self, data: bytes) -> bool:
        """Write what the pipe takes now; True when everything is written (raises OSError)."""
        self.unsent += data
        while self.unsent:
            try:
                self.unsent = self.unsent[os.write(self.out_fd, self.unsent):]
            except BlockingIOError:
                return False
        return True

    def read(self) -> list | None:
        """The complete messages the pipe holds now; None at end of file (the worker died)."""
        while True:
            try:
                chunk = os.read(self.in_fd, PIPE_BYTES)
            except BlockingIOError:
                break
            except OSError as e:
                if e.errno == errno.EINTR:
                    continue
                return None
            if not chunk:
                return None
            self.received += chunk
        messages, at = [], 0
        while len(self.received) - at >= HEADER.size:
            size = HEADER.unpack_from(self.received, at)[0]
            if len(self.received) - at - HEADER.size < size:
                break
            messages.append(pickle.loads(self.received[at + HEADER.size:at + HEADER.size + size]))
            at += HEADER.size + size
        del self.received[:at]
        return messages

    def over(self, deadline: float, now: float) -> bool:
        """Whether the page it is on has had its time: `deadline` seconds of CPU, or WALL_FACTOR
        times that of wall-clock time."""
        wall = now - self.since
        if wall <= deadline:  # CPU time never runs ahead of the clock in a one-thread process
            return False
        cpu = cpu_seconds(self.process.pid)
        return cpu is None or cpu - self.cpu_mark > deadline or wall > WALL_FACTOR * deadline

    def watch(self, loop, readable):
        self.loop = loop
        loop.add_reader(self.in_fd, readable, self)

    def ask_to_stop(self):
        data = pickle.dumps(None)
        try:
            self.write(HEADER.pack(len(data)) + data)
        except OSError:
            pass

    def kill(self):
        if self.loop is not None:
            self.loop.remove_reader(self.in_fd)
            self.loop.remove_writer(self.out_fd)
            self.loop = None
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.to_worker.close()
        self.from_worker.close()


class ExtractionPool:
    """`await pool.extract(raw)` → the extraction result (with "matched_terms" when the pool has a
    watchlist), or {"error": ...}; never raises."""

    def __init__(self, workers: int, deadline: float, stats=None, context=None, watchlist=None):
        self.size, self.deadline, self.stats, self.watchlist = workers, deadline, stats, watchlist
        self.context = context or multiprocessing.get_context("spawn")
        self.workers: list[Worker] = []
        self.waiting = deque()  # [raw, future, tries] not sent to a worker yet
        self.loop, self.ticker = None, None
        self.failed_starts = 0
        self.broken = None  # why no worker can start, once that is clear

    def start(self):
        """Start the worker processes (they get ready while the crawl starts; else the first page starts them)."""
        if not self.workers:
            self.workers = [Worker(self.context, self.watchlist) for _ in range(self.size)]

    async def extract(self, raw: dict) -> dict:
        if self.broken:
            return {"error": self.broken}
        self.start()
        self._attach()
        future = self.loop.create_future()
        self.waiting.append([raw, future, 0])
        self._dispatch()
        return await future

    def _attach(self):
        """Watch the workers' pipes from the running event loop (the first page finds it)."""
        if self.loop is not None:
            return
        self.loop = asyncio.get_running_loop()
        for worker in self.workers:
            worker.watch(self.loop, self._readable)
        self._tick()

    def _tick(self):
        self._check_deadlines()
        self.ticker = self.loop.call_later(min(1.0, self.deadline / 4), self._tick)

    def _dispatch(self):
        for worker in list(self.workers):
            if not self.waiting:
                return
            if worker.ready and not worker.batch:
                batch = [self.waiting.popleft() for _ in range(min(BATCH_PAGES, len(self.waiting)))]
                worker.batch.extend(batch)
                worker.since = time.monotonic()
                data = pickle.dumps([raw for raw, _, _ in batch], protocol=5)
                self._write(worker, HEADER.pack(len(data)) + data)

    def _write(self, worker, data=b""):
        try:
            done = worker.write(data)
        except OSError:  # died since its last answer
            self._died(worker)
            return
        if worker.loop is None:
            return
        if done:
            worker.loop.remove_writer(worker.out_fd)
        else:
            worker.loop.add_writer(worker.out_fd, self._write, worker)

    def _readable(self, worker):
        messages = worker.read()
        for message, cpu in messages or ():
            worker.since, worker.cpu_mark = time.monotonic(), cpu
            if message == "ready":
                worker.ready, self.failed_starts = True, 0
                continue
            _, future, _ = worker.batch.popleft()
            if not future.done():
                future.set_result(message)
        if messages is None:
            self._died(worker)
        elif not worker.batch:
            self._dispatch()

    def _check_deadlines(self):
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.batch and worker.over(self.deadline, now):
                raw, future, _ = worker.batch.popleft()
                logger.warning("Extraction of %s took longer than %g s: abandoned, its worker process replaced",
                               raw.get("label") or raw.get("url") or "a page", self.deadline)
                self._count("pantau/extract_deadline_exceeded")
                if not future.done():
                    future.set_result({"error": f"extraction: abandoned after the {self.deadline:g} s deadline "
                                                "(PANTAU_EXTRACT_DEADLINE)"})
                self._replace(worker)

    def _died(self, worker):
        if worker not in self.workers:
            return
        if not worker.ready:
            self.failed_starts += 1
        logger.warning("An extraction worker process died; starting new ones")
        self._count("pantau/extract_pool_restarts")
        if worker.batch:
            entry = worker.batch.popleft()
            if entry[2] >= 1:
                if not entry[1].done():
                    entry[1].set_result({"error": "the extraction worker process died on this page twice"})
            else:
                entry[2] += 1
                worker.batch.appendleft(entry)
        if self.failed_starts >= 3:
            self.broken = f"extraction worker processes die as they start (exit code {worker.process.exitcode})"
            logger.error(self.broken)
        self._replace(worker)

    def _replace(self, worker):
        """Kill a worker, put its unanswered pages back first in line, start another."""
        self.waiting.extendleft(reversed(worker.batch))
        worker.batch.clear()
        worker.kill()
        self.workers.remove(worker)
        if self.broken:
            self._fail_all(self.broken)
            return
        fresh = Worker(self.context, self.watchlist)
        self.workers.append(fresh)
        if self.loop is not None:
            fresh.watch(self.loop, self._readable)
        self._dispatch()

    def _fail_all(self, error):
        for worker in self.workers:
            self.waiting.extendleft(reversed(worker.batch))
            worker.batch.clear()
        while self.waiting:
            _, future, _ = self.waiting.popleft()
            if not future.done():
                future.set_result({"error": error})

    def _count(self, key):
        if self.stats is not None:
            self.stats.inc_value(key)

    def close(self):
        if self.ticker is not None:
            self.ticker.cancel()
        for worker in self.workers:
            worker.ask_to_stop()
        for worker in self.workers:
            if worker.ready:  # one still starting has nothing to finish
                worker.process.join(5)
            worker.kill()
        self.workers = []
        self._fail_all("the crawl stopped before this page was extracted")
