"""Natural sort order of relative paths: "2_询问笔录.docx" before "10_行政处罚决定书.docx"."""

from __future__ import annotations


def natural_key(path: str) -> tuple[tuple[int, int | str], ...]:
    parts: list[tuple[int, int | str]] = []
    run = ""
    for ch in path:
        if ch.isdigit() == run[-1:].isdigit() or not run:
            run += ch
        else:
            parts.append((0, int(run)) if run.isdigit() else (1, run))
            run = ch
    if run:
        parts.append((0, int(run)) if run.isdigit() else (1, run))
    return tuple(parts)
