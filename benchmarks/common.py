"""Shared helpers for benchmarks: machine description, timing, and writing a section of docs/performance.md."""

from __future__ import annotations

import os
import platform
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PERF_DOC = ROOT / "docs" / "performance.md"


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(
            next(ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")).split()[1]
        )
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    versions = ", ".join(
        f"{p} {metadata.version(p)}" for p in ("pypdfium2", "pdfplumber", "rapidocr", "onnxruntime") if _has(p)
    )
    return f"{cpu}, {os.cpu_count()} cores{mem}; Python {platform.python_version()}; {versions}"


def _has(package: str) -> bool:
    try:
        metadata.version(package)
        return True
    except metadata.PackageNotFoundError:
        return False


def best_of(fn: Callable[[], object], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def write_section(name: str, body: str, doc: Path = PERF_DOC) -> None:
    """Replace (or append) the section between <!-- name:begin --> and <!-- name:end --> in ``doc``
    (docs/performance.md unless told otherwise, e.g. docs/accuracy.md)."""
    doc.parent.mkdir(parents=True, exist_ok=True)
    text = doc.read_text(encoding="utf-8") if doc.exists() else f"# {doc.stem.capitalize()}\n\n"
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    block = f"{begin}\n{body.rstrip()}\n{end}"
    i, j = text.find(begin), text.find(end)
    text = text[:i] + block + text[j + len(end) :] if 0 <= i < j else text.rstrip() + "\n\n" + block + "\n"
    doc.write_text(text, encoding="utf-8")
