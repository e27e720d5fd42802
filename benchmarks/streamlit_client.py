"""A minimal Streamlit websocket client and local server runner, for benchmarks only.

A simulated pupil speaks Streamlit's own protocol: it opens `/_stcore/stream`,
asks for a rerun with a page name and a query string (the app keeps its whole
view in the query string, so that is all a pupil's choices need), and waits for
the server's "script finished" message. Loopback only.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(port: int, timeout: float = 60.0) -> float:
    """Seconds until /_stcore/health answers ok."""
    began = time.perf_counter()
    while time.perf_counter() - began < timeout:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as answer:
                if answer.status == 200:
                    return time.perf_counter() - began
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"no healthy server on port {port} after {timeout} s")


@contextlib.contextmanager
def server(
    script: str = "app.py", port: int | None = None, env: dict[str, str] | None = None
) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    """A headless `streamlit run` on loopback, stopped on exit."""
    port = port or free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        script,
        "--server.headless",
        "true",
        "--server.address",
        "127.0.0.1",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    process = subprocess.Popen(
        command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_healthy(port)
        yield port, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@dataclass
class Pupil:
    """One browser tab's worth of protocol: a websocket session that reruns on request."""

    url: str
    socket: websockets.ClientConnection | None = None
    page_hashes: dict[str, str] | None = None

    async def open(self) -> None:
        self.socket = await websockets.connect(self.url, subprotocols=[websockets.Subprotocol("streamlit")], max_size=2**26)

    async def run(self, page: str = "", query: str = "", timeout: float = 30.0) -> float:
        """Seconds from asking for a rerun to the script finishing; raises on an error or time-out."""
        assert self.socket is not None
        message = BackMsg()
        message.rerun_script.query_string = query
        message.rerun_script.page_name = page
        began = time.perf_counter()
        await self.socket.send(message.SerializeToString())
        async with asyncio.timeout(timeout):
            while True:
                raw = await self.socket.recv()
                forward = ForwardMsg()
                forward.ParseFromString(raw if isinstance(raw, bytes) else raw.encode())
                kind = forward.WhichOneof("type")
                if kind == "delta" and forward.delta.new_element.WhichOneof("type") == "exception":
                    raise RuntimeError(f"the page raised: {forward.delta.new_element.exception.message}")
                if kind == "page_not_found":
                    raise RuntimeError(f"the app has no page {page!r}")
                if kind == "script_finished" and forward.script_finished in (ForwardMsg.FINISHED_SUCCESSFULLY,):
                    return time.perf_counter() - began
                if kind == "script_finished" and forward.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    raise RuntimeError("the page failed to compile")

    async def close(self) -> None:
        if self.socket is not None:
            await self.socket.close()
