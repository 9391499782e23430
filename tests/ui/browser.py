"""A real Streamlit server and Debian's chromium driven by playwright, for the browser test and the screenshots.

The closed-network flags (stack.md §6) and a new empty profile each time; the server listens on 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def server(db_url: str, env: dict[str, str] | None = None) -> Iterator[str]:
    """``anjuan ui`` on a free port with the given database; yields the base URL; stops it afterwards."""
    port = free_port()
    full_env = {**os.environ, "ANJUAN_DB": db_url, "ORT_DISABLE_TELEMETRY": "1", **(env or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "review", "ui", "--port", str(port)],
        cwd=ROOT,
        env=full_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                if urllib.request.urlopen(base + "/_stcore/health", timeout=2).read() == b"ok":
                    break
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "server exited")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@contextlib.contextmanager
def browser(width: int = 1400, height: int = 1000):
    """A chromium context with a fresh profile (playwright's ``launch_persistent_context``)."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="anjuan-chromium-") as profile, sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=ARGS,
            viewport={"width": width, "height": height},
            locale="zh-CN",
        )
        try:
            yield ctx
        finally:
            ctx.close()


def settle(page, ms: int = 600) -> None:
    """Wait until Streamlit has finished the current script run, then a little more for the page to paint."""
    page.wait_for_timeout(200)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=60000)
    page.wait_for_timeout(ms)
