"""The labelled sets: precision >= 0.95 and recall >= 0.85 overall, and no change to a protected span."""

from __future__ import annotations

from pathlib import Path

import pytest

from review.eval_lint import DEFAULT_SET, LintEval, eval_lint, report_markdown

HELDOUT = DEFAULT_SET.parent / "heldout.yaml"


@pytest.fixture(scope="module", params=[DEFAULT_SET, HELDOUT], ids=["labelled", "heldout"])
def result(request: pytest.FixtureRequest) -> LintEval:
    path: Path = request.param
    return eval_lint(path)


def test_set_is_large_and_balanced() -> None:
    r = eval_lint(DEFAULT_SET)
    assert r.sentences >= 300
    assert r.with_errors >= 150 and r.clean >= 150


def test_precision_and_recall(result: LintEval) -> None:
    o = result.overall
    detail = report_markdown(result)
    assert o.precision >= 0.95, detail
    assert o.recall >= 0.85, detail


def test_zero_changes_to_protected_spans(result: LintEval) -> None:
    assert result.protected_checked > 0
    assert result.protected_changes == 0, report_markdown(result)


def test_report_has_a_row_per_family(result: LintEval) -> None:
    text = report_markdown(result)
    for family in ("术语", "错别字", "标点", "日期", "金额", "引用", "模板残留"):
        assert f"| {family} |" in text
    assert "**全部**" in text and "Protected spans checked" in text
