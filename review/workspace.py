"""A reviewer's workspace over one machine review: decisions, overrides, element corrections and the recomputed score.

The stored machine ``ReviewReport`` (plus the extracted ``Dossier``) and the append-only decision log are the source of
truth. Folding the log gives each finding's reviewer state; the effective report is the machine report with those
overrides applied, re-scored with ``review.scoring.score``:

- a rejected FAIL (or CANNOT_TELL) counts as PASS and deducts nothing; its veto no longer applies;
- a confirmed CANNOT_TELL becomes a FAIL with the rule's points; a confirmed FAIL stands;
- an adjusted points value (within the rule's range, else 0..points) is what the finding deducts;
- a reviewer-added finding (a rule of the pack, or free text with a category and points) deducts its points;
- vetoes come from veto findings that are FAIL and not rejected.

Element corrections (``CORRECT``/``REMOVE`` on ``e<index>``) change the dossier's elements; the pack then reruns and
the new machine report replaces the current one (the decisions on findings still apply on top of it).
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from checklists.loader import get_pack, get_profile
from checklists.model import Evidence, Finding, Outcome, RulePack
from extractors.model import Dossier, Element, Money, Officer, Party
from review.model import ReviewReport, Score
from review.pipeline import review_dossier
from review.scoring import score

REVIEWER_EVIDENCE = "评查人认定"
CUSTOM_PREFIX = "评查人-"
ELEMENT_PREFIX = "e"
REVIEW_TARGET = ""  # a comment on the whole review


class WorkspaceError(ValueError):
    """A decision that cannot be applied (unknown finding, points out of range …); ``str`` is a Chinese message."""


class Action(StrEnum):
    CONFIRM = "confirm"
    REJECT = "reject"
    ADJUST = "adjust"
    ADD = "add"
    REMOVE = "remove"
    COMMENT = "comment"
    RESET = "reset"
    CORRECT = "correct"


ACTION_LABELS: dict[Action, str] = {
    Action.CONFIRM: "确认",
    Action.REJECT: "驳回",
    Action.ADJUST: "调整扣分",
    Action.ADD: "新增问题",
    Action.REMOVE: "删除",
    Action.COMMENT: "评查意见",
    Action.RESET: "撤销决定",
    Action.CORRECT: "更正要素",
}


class Decision(BaseModel):
    """One reviewer action. ``target``: a rule id, a reviewer finding id (评查人-N), ``e<index>`` for an element,
    or "" for the whole review."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    action: Action
    target: str
    reviewer: str
    at: dt.datetime
    points: Decimal | None = None
    text: str = ""  # comment, problem description, or an element's corrected value
    category: str | None = None
    basis: str = ""


@dataclass
class FindingState:
    verdict: Literal["confirmed", "rejected"] | None = None
    points: Decimal | None = None
    comment: str = ""
    added: bool = False  # the reviewer made this rule a problem (or created a free-text finding)
    text: str = ""
    category: str | None = None
    basis: str = ""
    reviewer: str = ""


@dataclass
class State:
    findings: dict[str, FindingState] = field(default_factory=dict)
    custom: dict[str, FindingState] = field(default_factory=dict)  # reviewer-created findings, in creation order
    corrections: dict[int, str | None] = field(default_factory=dict)  # element index -> value (None: removed)
    comment: str = ""


def fold(decisions: Iterable[Decision]) -> State:
    """The reviewer state after a decision log (later decisions win)."""
    st = State()
    for d in decisions:
        if d.target.startswith(ELEMENT_PREFIX) and d.target[1:].isdigit():
            index = int(d.target[1:])
            if d.action == Action.CORRECT:
                st.corrections[index] = d.text
            elif d.action == Action.REMOVE:
                st.corrections[index] = None
            elif d.action == Action.RESET:
                st.corrections.pop(index, None)
            continue
        if d.target == REVIEW_TARGET:
            if d.action == Action.COMMENT:
                st.comment = d.text
            continue
        book = st.custom if d.target.startswith(CUSTOM_PREFIX) else st.findings
        if d.action == Action.RESET or (d.action == Action.REMOVE and d.target in st.custom):
            book.pop(d.target, None)
            continue
        fs = book.setdefault(d.target, FindingState())
        fs.reviewer = d.reviewer
        if d.action == Action.CONFIRM:
            fs.verdict = "confirmed"
        elif d.action == Action.REJECT:
            fs.verdict, fs.added = "rejected", False
        elif d.action == Action.ADJUST:
            fs.verdict, fs.points = "confirmed", d.points
        elif d.action == Action.ADD:
            fs.verdict, fs.added, fs.points = "confirmed", True, d.points
            fs.text, fs.category, fs.basis = d.text, d.category, d.basis
        elif d.action == Action.COMMENT:
            fs.comment = d.text
    return st


def points_range(f: Finding) -> tuple[Decimal, Decimal]:
    """What a reviewer may set this finding's deduction to: the rule's range, else 0 up to its points."""
    if f.points_min is not None and f.points_max is not None:
        return f.points_min, f.points_max
    return Decimal(0), f.points


def _with_comment(message: str, comment: str) -> str:
    return f"{message}（评查人意见：{comment}）" if comment else message


def _override(f: Finding, fs: FindingState) -> Finding:
    outcome = f.outcome
    message = f.message
    if fs.added:
        outcome = Outcome.FAIL
        message = fs.text or f.message
    elif fs.verdict == "rejected" and f.outcome in (Outcome.FAIL, Outcome.CANNOT_TELL):
        outcome = Outcome.PASS
        message = "评查人驳回：" + f.message
    elif fs.verdict == "confirmed" and f.outcome == Outcome.CANNOT_TELL:
        outcome = Outcome.FAIL
    points = fs.points if fs.points is not None else f.points
    evidence = f.evidence
    if outcome == Outcome.FAIL and not evidence:
        evidence = (Evidence(document=REVIEWER_EVIDENCE, note=fs.comment or fs.text),)
    return f.model_copy(
        update={
            "outcome": outcome,
            "message": _with_comment(message, fs.comment),
            "deduction": points if outcome == Outcome.FAIL else Decimal(0),
            "evidence": evidence,
        }
    )


def custom_finding(target: str, fs: FindingState, pack: str) -> Finding:
    points = fs.points or Decimal(0)
    title = fs.text if len(fs.text) <= 40 else fs.text[:39] + "…"
    return Finding(
        rule_id=target,
        pack=pack,
        check="X",
        category=fs.category or "",
        title=title,
        outcome=Outcome.FAIL,
        message=_with_comment(fs.text, fs.comment),
        points=points,
        deduction=points,
        veto=False,
        legal_basis=fs.basis or REVIEWER_EVIDENCE,
        evidence=(Evidence(document=REVIEWER_EVIDENCE, note=fs.text),),
    )


def effective_findings(report: ReviewReport, st: State) -> tuple[Finding, ...]:
    out = [(_override(f, st.findings[f.rule_id]) if f.rule_id in st.findings else f) for f in report.findings]
    out += [custom_finding(t, fs, report.pack) for t, fs in st.custom.items()]
    return tuple(out)


def pack_of(report: ReviewReport) -> RulePack:
    return get_pack(report.pack)


def rescore(report: ReviewReport, findings: Sequence[Finding]) -> Score:
    pack = pack_of(report)
    return score(findings, pack, get_profile(report.profile).bands())


def effective_report(report: ReviewReport, st: State) -> ReviewReport:
    findings = effective_findings(report, st)
    return report.model_copy(update={"findings": findings, "score": rescore(report, findings)})


# -- element corrections ------------------------------------------------------------------------------------------
EDITABLE = (dt.date, Decimal, int, str, bool, Money, Party, Officer)


def editable(element: Element) -> bool:
    """Whether a reviewer can type a new value for this element (others can only be removed)."""
    return isinstance(element.value, EDITABLE) and not isinstance(element.value, dt.datetime)


def value_text(value: Any) -> str:
    """An element value as a reviewer reads it."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Money):
        return f"{value.yuan.normalize():f}元"
    if isinstance(value, Decimal):
        return f"{value.normalize():f}"
    if isinstance(value, Party | Officer):
        cert = f"（{value.cert_no}）" if isinstance(value, Officer) and value.cert_no else ""
        return value.name + cert
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    for attr in ("text",):
        if hasattr(value, attr):
            return str(getattr(value, attr))
    if hasattr(value, "start"):
        end = f" 至 {value.end:%H:%M}" if getattr(value, "end", None) else ""
        return f"{value.start:%Y-%m-%d %H:%M}{end}"
    return str(value)


def parse_value(element: Element, raw: str) -> Any:
    """The corrected value of ``element`` from what the reviewer typed; WorkspaceError when it cannot be read."""
    old, raw = element.value, raw.strip()
    if not raw:
        raise WorkspaceError("更正值不能为空")
    try:
        if isinstance(old, bool):
            if raw not in ("是", "否", "true", "false"):
                raise WorkspaceError("请填写“是”或“否”")
            return raw in ("是", "true")
        if isinstance(old, dt.datetime):
            raise WorkspaceError("此类要素不能直接修改，可删除后人工判断")
        if isinstance(old, dt.date):
            return dt.date.fromisoformat(raw)
        if isinstance(old, Money):
            return Money(yuan=Decimal(raw.removesuffix("元")), style=old.style)
        if isinstance(old, Decimal):
            return Decimal(raw)
        if isinstance(old, int):
            return int(raw)
        if isinstance(old, Party | Officer):
            return old.model_copy(update={"name": raw})
        if isinstance(old, str):
            return raw
    except (ValueError, InvalidOperation) as err:
        if isinstance(err, WorkspaceError):
            raise
        hint = "日期请写成 2024-03-01" if isinstance(old, dt.date) else "请填写数字"
        raise WorkspaceError(f"无法识别“{raw}”：{hint}") from err
    raise WorkspaceError("此类要素不能直接修改，可删除后人工判断")


def corrected_dossier(dossier: Dossier, corrections: dict[int, str | None]) -> Dossier:
    if not corrections:
        return dossier
    elements: list[Element] = []
    for i, e in enumerate(dossier.elements):
        if i not in corrections:
            elements.append(e)
        elif corrections[i] is not None:
            raw = corrections[i] or ""
            elements.append(e.model_copy(update={"value": parse_value(e, raw), "extractor": "reviewer"}))
    return dossier.model_copy(update={"elements": tuple(elements)})


def rerun(dossier: Dossier, corrections: dict[int, str | None], report: ReviewReport) -> ReviewReport:
    """The machine review of the dossier with the reviewer's element corrections applied."""
    fixed = corrected_dossier(dossier, corrections)
    return review_dossier(fixed, pack_of(report), get_profile(report.profile))


# -- the workspace --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Change:
    """What one decision did: the audit trail's before/after of its target and of the score."""

    before: dict[str, str]
    after: dict[str, str]
    score_before: Score
    score_after: Score
    machine: ReviewReport | None  # the rerun machine report after an element correction


@dataclass(frozen=True)
class Workspace:
    dossier: Dossier  # as extracted (corrections live in the decision log)
    machine: ReviewReport  # the current machine report (after element corrections)
    decisions: tuple[Decision, ...] = ()

    @property
    def state(self) -> State:
        return fold(self.decisions)

    @property
    def report(self) -> ReviewReport:
        """The effective report: machine findings with the reviewer's decisions applied, re-scored."""
        return effective_report(self.machine, self.state)

    @property
    def current_dossier(self) -> Dossier:
        return corrected_dossier(self.dossier, self.state.corrections)

    def finding(self, target: str) -> Finding | None:
        return next((f for f in self.report.findings if f.rule_id == target), None)

    def describe(self, target: str) -> dict[str, str]:
        """The target's state as a supervisor reads it in the audit trail."""
        st = self.state
        if target.startswith(ELEMENT_PREFIX) and target[1:].isdigit():
            index = int(target[1:])
            e = self.dossier.elements[index]
            if index in st.corrections:
                value = st.corrections[index]
                return {"要素": e.kind.value, "值": value if value is not None else "（已删除）"}
            return {"要素": e.kind.value, "值": value_text(e.value)}
        if target == REVIEW_TARGET:
            return {"评查意见": st.comment} if st.comment else {}
        f = self.finding(target)
        if f is None:
            return {}
        fs = st.custom.get(target) or st.findings.get(target)
        out = {"结果": OUTCOME_LABELS[f.outcome], "扣分": fmt(f.deduction)}
        if fs is not None:
            out["评查人"] = {"confirmed": "已确认", "rejected": "已驳回", None: "未决定"}[fs.verdict]
            if fs.comment:
                out["意见"] = fs.comment
        return out

    def validate(self, d: Decision) -> None:
        if not d.reviewer.strip():
            raise WorkspaceError("请先填写评查人姓名")
        if d.target.startswith(ELEMENT_PREFIX) and d.target[1:].isdigit():
            index = int(d.target[1:])
            if index >= len(self.dossier.elements):
                raise WorkspaceError("没有这个要素")
            if d.action == Action.CORRECT:
                parse_value(self.dossier.elements[index], d.text)
            elif d.action not in (Action.REMOVE, Action.RESET):
                raise WorkspaceError("要素只能更正、删除或恢复")
            return
        if d.target == REVIEW_TARGET:
            if d.action != Action.COMMENT:
                raise WorkspaceError("整卷只能填写评查意见")
            return
        if d.action == Action.ADD:
            self._validate_add(d)
            return
        f = next((f for f in self.machine.findings if f.rule_id == d.target), None)
        if f is None and d.target not in self.state.custom:
            raise WorkspaceError(f"没有这个评查项：{d.target}")
        if d.action == Action.ADJUST:
            if d.points is None:
                raise WorkspaceError("请填写扣分")
            if f is not None:
                low, high = points_range(f)
                if not low <= d.points <= high:
                    raise WorkspaceError(f"{f.rule_id} 的扣分应在 {fmt(low)}–{fmt(high)} 分之间")
            elif d.points < 0:
                raise WorkspaceError("扣分不能为负")

    def _validate_add(self, d: Decision) -> None:
        if d.points is None or d.points < 0:
            raise WorkspaceError("请填写扣分（不小于0）")
        if d.target.startswith(CUSTOM_PREFIX):
            if not d.text.strip():
                raise WorkspaceError("请填写问题描述")
            pack = pack_of(self.machine)
            if pack.category(d.category or "") is None:
                names = "、".join(c.name for c in pack.categories)
                raise WorkspaceError(f"请选择问题所属类别（{pack.title}：{names}）")
            return
        f = next((f for f in self.machine.findings if f.rule_id == d.target), None)
        if f is None:
            raise WorkspaceError(f"没有这个评查项：{d.target}")
        low, high = points_range(f)
        if not (Decimal(0) < d.points <= max(high, f.points)):
            raise WorkspaceError(f"{f.rule_id} 的扣分应在 {fmt(low)}–{fmt(max(high, f.points))} 分之间")

    def next_custom_id(self) -> str:
        used = {d.target for d in self.decisions if d.target.startswith(CUSTOM_PREFIX)}
        n = len(used) + 1
        while f"{CUSTOM_PREFIX}{n}" in used:
            n += 1
        return f"{CUSTOM_PREFIX}{n}"

    def apply(self, d: Decision) -> tuple[Workspace, Change]:
        """Validate and apply one decision: the new workspace and the audit record of what changed."""
        self.validate(d)
        before, score_before = self.describe(d.target), self.report.score
        machine = None
        decisions = (*self.decisions, d)
        if d.target.startswith(ELEMENT_PREFIX) and d.target[1:].isdigit():
            machine = rerun(self.dossier, fold(decisions).corrections, self.machine)
        ws = Workspace(self.dossier, machine or self.machine, decisions)
        return ws, Change(before, ws.describe(d.target), score_before, ws.report.score, machine)


OUTCOME_LABELS: dict[Outcome, str] = {
    Outcome.PASS: "符合",
    Outcome.FAIL: "扣分",
    Outcome.CANNOT_TELL: "待人工判断",
    Outcome.NOT_APPLICABLE: "不适用",
    Outcome.ERROR: "检查出错",
}


def fmt(value: Decimal) -> str:
    return f"{value.normalize():f}"


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# -- the wording linter hook ----------------------------------------------------------------------------------------
WORDING_MODULE = "checklists.wording"


@dataclass(frozen=True)
class WordingItem:
    code: str
    message: str
    quote: str
    suggestion: str
    page: int | None
    span: tuple[int, int] | None
    severity: str = "warning"
    document: str = ""


@dataclass(frozen=True)
class WordingResult:
    available: bool
    items: tuple[WordingItem, ...] = ()
    error: str = ""


def _attr(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        if value is not None:
            return value
    return default


def _wording_item(diag: Any, page: int | None = None) -> WordingItem:
    prov = _attr(diag, "prov")
    span = _attr(diag, "span", default=None) or (_attr(prov, "span") if prov is not None else None)
    return WordingItem(
        code=str(_attr(diag, "code", "rule", default="W")),
        message=str(_attr(diag, "message", default="")),
        quote=str(_attr(diag, "quote", "old", default="")),
        suggestion=str(_attr(diag, "suggestion", "new", default="")),
        page=_attr(diag, "page", default=None) or (_attr(prov, "page") if prov is not None else page),
        span=tuple(span) if span is not None else None,  # type: ignore[arg-type]
        severity=str(_attr(diag, "severity", default="warning")),
        document=str(_attr(diag, "document", default="")),
    )


def _linter(name: str, attr: str) -> Any:
    """``attr`` of the wording package or of its ``linter`` module, else None."""
    mod = importlib.import_module(name)
    if hasattr(mod, attr):
        return getattr(mod, attr)
    try:
        return getattr(importlib.import_module(f"{name}.linter"), attr, None)
    except ImportError:
        return None


def wording_diagnostics(dossier: Dossier) -> WordingResult:
    """The hook for the wording linter (``checklists.wording``, built separately).

    When that package exists it is asked (on the package, else its ``linter`` module) for ``lint_dossier(dossier)``
    (diagnostics with a ``prov`` or a ``page``), else ``lint(text)`` run on each page's text; each diagnostic is read
    by name (``code``/``rule``, ``message``, ``quote``/``old``, ``suggestion``/``new``, ``span`` or ``prov.span``,
    ``page`` or ``prov.page``, ``severity``, ``document``). Without the package the result says it is not installed.
    """
    try:
        if importlib.util.find_spec(WORDING_MODULE) is None:
            return WordingResult(available=False)
    except (ImportError, ValueError):
        return WordingResult(available=False)
    try:
        lint_dossier = _linter(WORDING_MODULE, "lint_dossier")
        if lint_dossier is not None:
            return WordingResult(True, tuple(_wording_item(x) for x in lint_dossier(dossier)))
        lint = _linter(WORDING_MODULE, "lint")
        if lint is not None:
            items = [_wording_item(x, p.number) for p in dossier.pages for x in lint(p.text)]
            return WordingResult(True, tuple(items))
    except Exception as err:  # the linter is another package: its failure is shown, never hidden
        return WordingResult(True, (), f"用语检查出错：{err.__class__.__name__}: {err}")
    return WordingResult(False, (), f"{WORDING_MODULE} 未提供 lint_dossier 或 lint")
