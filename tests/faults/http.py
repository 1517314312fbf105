"""A tiny HTTP server that can misbehave on purpose: the machinery under tests/faults/server.py.

`Host(app)` listens on 127.0.0.1 on a free port and answers every GET with `app(path)`, a `Reply`.
A Reply is an ordinary response, or one of the faults a crawler meets on the open web.
"""

import os
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CHUNK = b"<!-- " + b"x" * (2**20 - 10) + b" -->\n"  # 1 MB


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    ctype: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds of silence before the status line
    # None, or: "reset" (RST, no response), "stall" (no response at all), "stall_body" (headers and
    # half the body, then nothing), "truncate" (Content-Length says more than is sent),
    # "stream" (`size` bytes, no Content-Length, close-delimited), "trickle" (body in pieces, slowly)
    fault: str | None = None
    size: int = 0  # "stream": bytes to send; "huge" Content-Length pages use it too
    pause: float = 0.3  # "trickle": seconds between pieces


class Host:
    """One server; `stopping` ends stalls early when the test is over."""

    def __init__(self, app, name="", stopping=None):
        self.app, self.name = app, name
        self.stopping = stopping or threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def start(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        self.stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        host = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def handle(self):
                try:
                    super().handle()
                except (OSError, ValueError):  # the fault closed the socket under the handler
                    self.close_connection = True

            def finish(self):
                try:
                    super().finish()
                except (OSError, ValueError):
                    pass

            def do_GET(self):
                host.send(self, host.app(self.path))

        return Handler

    def wait(self, seconds):
        self.stopping.wait(seconds)

    def send(self, h, reply: Reply):
        if reply.delay:
            self.wait(reply.delay)
        if reply.fault == "reset":
            h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            os.close(h.connection.detach())
            h.close_connection = True
            return
        if reply.fault == "stall":
            self.wait(60)
            h.close_connection = True
            return
        h.send_response(reply.status)
        h.send_header("Content-Type", reply.ctype)
        for k, v in reply.headers.items():
            h.send_header(k, v)
        body = reply.body
        if reply.fault == "stream":
            h.send_header("Connection", "close")
            h.end_headers()
            sent = 0
            while sent < reply.size and not self.stopping.is_set():
                h.wfile.write(CHUNK)
                sent += len(CHUNK)
            h.close_connection = True
            return
        declared = reply.size or len(body)
        if reply.fault == "truncate":
            declared = len(body) + 10_000
        h.send_header("Content-Length", str(declared))
        if reply.fault == "truncate":
            h.send_header("Connection", "close")
        h.end_headers()
        if reply.fault == "stall_body":
            h.wfile.write(body[: len(body) // 2])
            h.wfile.flush()
            self.wait(60)
            h.close_connection = True
            return
        if reply.fault == "trickle":
            step = max(1, len(body) // 4)
            for i in range(0, len(body), step):
                h.wfile.write(body[i:i + step])
                h.wfile.flush()
                time.sleep(reply.pause)
            return
        if reply.size:  # a huge page with a true Content-Length
            sent = 0
            while sent < reply.size and not self.stopping.is_set():
                piece = CHUNK[: reply.size - sent]
                h.wfile.write(piece)
                sent += len(piece)
            return
        h.wfile.write(body)
        if reply.fault == "truncate":
            h.close_connection = True
