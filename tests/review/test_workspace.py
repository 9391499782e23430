"""Reviewer decisions over a machine review: overrides, the re-score, element corrections, the wording hook."""

from __future__ import annotations

import datetime as dt
import importlib.machinery
import sys
import types
from decimal import Decimal
from pathlib import Path

import pytest

from checklists.model import Outcome
from review.pipeline import review_paths
from review.workspace import (
    REVIEWER_EVIDENCE,
    Action,
    Decision,
    Workspace,
    WorkspaceError,
    editable,
    fold,
    wording_diagnostics,
)
from tests.machine_score import M

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "dossiers" / "mk-0004-text-env-defects" / "dossier"
AT = dt.datetime(2025, 11, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def base() -> Workspace:
    dossier, report = review_paths([SAMPLE])
    assert report.score.total == M
    return Workspace(dossier, report)


def d(action: Action, target: str, **kw) -> Decision:
    return Decision(action=action, target=target, reviewer="张三", at=AT, **kw)


def step(ws: Workspace, *decisions: Decision) -> Workspace:
    for x in decisions:
        ws, _ = ws.apply(x)
    return ws


def test_a_rejected_fail_deducts_nothing(base: Workspace) -> None:
    ws, change = base.apply(d(Action.REJECT, "PG-D06"))
    f = ws.finding("PG-D06")
    assert f is not None and f.outcome == Outcome.PASS and f.deduction == 0
    assert ws.report.score.total == M + 2
    assert change.before == {"结果": "扣分", "扣分": "2"}
    assert change.after["评查人"] == "已驳回"
    assert (change.score_before.total, change.score_after.total) == (M, M + 2)


def test_adjusted_points_stay_within_the_rule_range(base: Workspace) -> None:
    ws = step(base, d(Action.ADJUST, "PG-A06", points=Decimal("1.5")))
    assert ws.finding("PG-A06").deduction == Decimal("1.5")
    assert ws.report.score.total == M + ws.finding("PG-A06").points - Decimal("1.5")
    with pytest.raises(WorkspaceError, match="之间"):
        base.apply(d(Action.ADJUST, "PG-A06", points=Decimal(9)))


def test_confirming_a_cannot_tell_makes_it_a_fail_with_reviewer_evidence(base: Workspace) -> None:
    before = base.finding("PG-G07")
    assert before is not None and before.outcome == Outcome.CANNOT_TELL
    ws = step(base, d(Action.CONFIRM, "PG-G07"))
    f = ws.finding("PG-G07")
    assert f.outcome == Outcome.FAIL and f.deduction == f.points and f.evidence
    assert ws.report.score.total == M - f.points
    if not before.evidence:
        assert f.evidence[0].document == REVIEWER_EVIDENCE


def test_vetoes_come_from_confirmed_veto_findings_only(base: Workspace) -> None:
    vetoed = step(base, d(Action.CONFIRM, "PG-B11"))
    assert vetoed.report.score.vetoed and vetoed.report.score.total == 0
    assert vetoed.report.score.grade == "不合格"
    cleared = step(vetoed, d(Action.REJECT, "PG-B11"))
    assert not cleared.report.score.vetoed and cleared.report.score.total == M
    reset = step(vetoed, d(Action.RESET, "PG-B11"))
    assert reset.report.score.total == M and "PG-B11" not in reset.state.findings


def test_reviewer_findings_deduct_their_points_capped_by_category(base: Workspace) -> None:
    ws = step(base, d(Action.ADD, "评查人-1", points=Decimal(3), text="卷内目录页码与实际不符", category="文书"))
    assert ws.report.score.total == M - 3
    (custom,) = [f for f in ws.report.findings if f.rule_id == "评查人-1"]
    assert custom.outcome == Outcome.FAIL and custom.category == "文书" and custom.check == "X"
    assert ws.next_custom_id() == "评查人-2"
    big = step(ws, d(Action.ADD, "评查人-2", points=Decimal(50), text="大量文书不规范", category="文书"))
    cat = next(c for c in big.report.score.categories if c.name == "文书")
    assert cat.deducted == cat.cap
    removed = step(big, d(Action.REMOVE, "评查人-2"))
    assert removed.report.score.total == M - 3


def test_a_pass_rule_can_be_flagged_and_bad_additions_are_refused(base: Workspace) -> None:
    rule = next(f for f in base.machine.findings if f.outcome == Outcome.PASS and not f.veto)
    ws = step(base, d(Action.ADD, rule.rule_id, points=rule.points, text="评查人认定存在问题"))
    assert ws.finding(rule.rule_id).outcome == Outcome.FAIL
    assert ws.report.score.total == M - rule.points
    with pytest.raises(WorkspaceError, match="类别"):
        base.apply(d(Action.ADD, "评查人-1", points=Decimal(1), text="x", category="没有这个类别"))
    with pytest.raises(WorkspaceError, match="问题描述"):
        base.apply(d(Action.ADD, "评查人-1", points=Decimal(1), text=" ", category="文书"))
    with pytest.raises(WorkspaceError, match="没有这个评查项"):
        base.apply(d(Action.CONFIRM, "XX-999"))
    with pytest.raises(WorkspaceError, match="评查人"):
        base.apply(Decision(action=Action.CONFIRM, target="PG-D06", reviewer=" ", at=AT))


def test_comments_travel_with_the_finding_and_later_decisions_win(base: Workspace) -> None:
    ws = step(
        base,
        d(Action.REJECT, "PG-D06"),
        d(Action.CONFIRM, "PG-D06"),
        d(Action.COMMENT, "PG-D06", text="复议机关应为重庆市人民政府"),
        d(Action.COMMENT, "", text="整体规范"),
    )
    f = ws.finding("PG-D06")
    assert f.outcome == Outcome.FAIL and "评查人意见：复议机关应为重庆市人民政府" in f.message
    assert ws.state.comment == "整体规范"
    assert fold(ws.decisions).findings["PG-D06"].verdict == "confirmed"


def test_an_element_correction_reruns_the_checks(base: Workspace) -> None:
    i, e = next((i, e) for i, e in enumerate(base.dossier.elements) if e.kind.value == "当事人")
    assert editable(e)
    ws, change = base.apply(d(Action.CORRECT, f"e{i}", text="某某公司"))
    assert change.machine is not None
    assert change.before["值"] == e.value.name and change.after["值"] == "某某公司"
    assert ws.current_dossier.elements[i].value.name == "某某公司"
    assert ws.current_dossier.elements[i].extractor == "reviewer"
    gone = step(ws, d(Action.REMOVE, f"e{i}"))
    assert len(gone.current_dossier.elements) == len(base.dossier.elements) - 1
    back = step(gone, d(Action.RESET, f"e{i}"))
    assert back.current_dossier == base.dossier


def test_corrected_values_are_checked(base: Workspace) -> None:
    i = next(i for i, e in enumerate(base.dossier.elements) if type(e.value) is dt.date)
    with pytest.raises(WorkspaceError, match="2024-03-01"):
        base.apply(d(Action.CORRECT, f"e{i}", text="三月一日"))
    ws = step(base, d(Action.CORRECT, f"e{i}", text="2025-01-02"))
    assert ws.current_dossier.elements[i].value == dt.date(2025, 1, 2)
    spans = [i for i, e in enumerate(base.dossier.elements) if e.kind.value == "起止时间"]
    if spans:
        assert not editable(base.dossier.elements[spans[0]])
        with pytest.raises(WorkspaceError, match="不能直接修改"):
            base.apply(d(Action.CORRECT, f"e{spans[0]}", text="x"))


def test_wording_hook_without_and_with_the_linter(base: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("review.workspace.WORDING_MODULE", "checklists.no_such_wording_linter")
    assert not wording_diagnostics(base.dossier).available
    monkeypatch.undo()
    mod = types.ModuleType("checklists.wording")
    mod.__spec__ = importlib.machinery.ModuleSpec("checklists.wording", None)
    mod.lint = lambda text: [{"rule": "W001", "old": "法人代表", "new": "法定代表人", "span": (0, 4)}] * ("局" in text)
    monkeypatch.setitem(sys.modules, "checklists.wording", mod)
    monkeypatch.setitem(sys.modules, "checklists.wording.linter", types.ModuleType("checklists.wording.linter"))
    result = wording_diagnostics(base.dossier)
    assert result.available and result.items
    assert {i.code for i in result.items} == {"W001"} and all(i.page for i in result.items)
