"""Precision and recall of the anonymiser's patterns on the labelled sentences of tests/data/anonymize/.

labelled.yaml (212 sentences) is the set the patterns were tuned on: it scores 100% / 100%; the thresholds leave room
for a few misses (≈4 spans or names) so that a new pattern may trade one for a larger gain, not more. heldout.yaml
(85 sentences) was written after that tuning and scored 98.4% precision / 92.3% recall on its first run; what it
showed was then fixed (100% / 100% now). fresh.yaml (56 sentences) was written after that and never tuned on: 100%
precision, 93.0% recall. The held-out thresholds (95% / 90%) sit just under those untuned first runs, so a change may
not make the anonymiser worse than it was on text it had never seen. Protected strings (agencies, laws, 文号, dates,
amounts, look-alike words) are never touched on any set: that is a hard zero.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from review.anonymize.evaluate import DEFAULT_SET, evaluate, report_markdown

HELDOUT = DEFAULT_SET.parent / "heldout.yaml"
FRESH = DEFAULT_SET.parent / "fresh.yaml"


@pytest.mark.parametrize(
    ("path", "min_sentences", "min_precision", "min_recall"),
    [(DEFAULT_SET, 150, 0.97, 0.95), (HELDOUT, 80, 0.95, 0.90), (FRESH, 50, 0.95, 0.90)],
    ids=["labelled", "heldout", "fresh"],
)
def test_precision_and_recall_stay_above_thresholds(
    path: Path, min_sentences: int, min_precision: float, min_recall: float
) -> None:
    result = evaluate(path)
    report = report_markdown(result)
    assert result.sentences >= min_sentences
    assert result.precision >= min_precision, report
    assert result.recall >= min_recall, report
    assert result.keeps_broken == 0, report


def test_the_sets_hold_tricky_negatives() -> None:
    result = evaluate(DEFAULT_SET)
    assert result.keeps >= 150  # protected strings: look-alike words, agencies, laws, 文号, amounts
    assert result.expected >= 120
