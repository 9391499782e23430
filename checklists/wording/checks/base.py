"""The registry of code checks (rules whose logic is Python, not a pattern) and the Hit they return."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..target import Target


@dataclass(frozen=True)
class Hit:
    """A match in a target's flat text: ``[start, end)``, the replacement (None: no mechanical fix) and, for code
    checks, a message that replaces the rule's own."""

    start: int
    end: int
    suggestion: str | None = None
    message: str | None = None
    document_level: bool = False  # about the document as a whole (e.g. no 以下空白): not subject to protection


CheckFn = Callable[[Target], list[Hit]]
CHECKS: dict[str, CheckFn] = {}


def register(name: str) -> Callable[[CheckFn], CheckFn]:
    def deco(fn: CheckFn) -> CheckFn:
        if name in CHECKS:
            raise ValueError(f"check {name!r} registered twice")
        CHECKS[name] = fn
        return fn

    return deco
