"""The machine score of the bundled sample the UI and workspace tests drive (mk-0004-text-env-defects), computed by
the real pipeline rather than pinned, so that a change to a rule's precision does not break the UI tests; the tests
assert the arithmetic of reviewer decisions on top of it (a rejected 2-point finding adds 2, …)."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "mk-0004-text-env-defects"


@cache
def machine_total(sample: str = SAMPLE) -> Decimal:
    from review.pipeline import review_paths

    _, report = review_paths([ROOT / "samples" / "dossiers" / sample / "dossier"])
    return report.score.total


def shown(value: Decimal | int | float) -> str:
    """A score as the workspace shows it: 84, 82.5."""
    return f"{Decimal(str(value)).normalize():f}"


M = machine_total()
