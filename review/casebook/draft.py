"""Draft casebook entries from a review: one 反面 entry per chosen problem (a FAIL finding of the effective report, or
a wording diagnostic W…), or one 正面 entry for an exemplary file. Everything printed is anonymised: the summary is
told from the dossier's elements without names, and every text that quotes the file goes through the anonymiser."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path

import yaml

from checklists.errors import PackError
from checklists.loader import get_pack, get_profile
from checklists.model import Evidence, Finding, Outcome, Rule, RulePack
from checklists.wording import Diagnostic, LexiconError, lint_dossier
from extractors.case import summarize
from extractors.model import Dossier
from review.campaign.model import Problem
from review.campaign.problems import source_of
from review.casebook.corrections import Setting, corrected, from_diagnostic, practice_text, setting_from
from review.casebook.excerpt import clean, document_tail, evidence_excerpt, page_ref, points_at_document
from review.casebook.facts import Facts, facts_of, summary_text
from review.casebook.model import CasebookError, CaseEntry, CaseKind, CaseSource
from review.casebook.privacy import redactor
from review.model import ReviewReport
from review.storage.store import Store
from review.workspace import CUSTOM_PREFIX, REVIEWER_EVIDENCE, fmt

Redact = Callable[[str], str]
HEADLINES = Path(__file__).with_name("headlines.yaml")

#: where the words that should have been written belong, for checks whose evidence names the whole document
TAIL_CHECKS = {"D04", "D05", "D06", "D07", "D16", "H06"}
MAX_QUOTES = 3

#: what a problem of each category risks (the 评析's second sentence)
CATEGORY_NOTES = {
    "程序": "违反法定程序的，行政处罚决定可能被复议机关或者人民法院撤销；程序轻微违法、对当事人权利不产生实际影响的，"
    "也会被确认违法（《中华人民共和国行政诉讼法》第七十条第（三）项、第七十四条第一款第（二）项）。",
    "法律适用": "适用法律、法规错误的，行政处罚决定可能被撤销（《中华人民共和国行政诉讼法》第七十条第（二）项）；"
    "引用条文不准确，也削弱决定书的说服力。",
    "事实证据": "主要证据不足的，行政处罚决定可能被撤销（《中华人民共和国行政诉讼法》第七十条第（一）项）；"
    "各文书记载不一致，会让人怀疑事实是否查清。",
    "主体": "行政处罚应当由具有行政执法资格的执法人员实施，执法人员不得少于两人（《中华人民共和国行政处罚法》"
    "第四十二条第一款）；主体或者资格有瑕疵，调查取得的证据的合法性会受到质疑。",
    "文书": "文书是执法活动的载体和凭证，必备事项缺漏、表述不规范，会损害当事人的知情权和救济权，也影响决定书的"
    "严肃性和可执行性。",
    "归档": "案卷材料不齐、排列无序、编号不规范，执法过程就无法完整追溯，也经不起监督检查和复议诉讼的审查。",
}

#: the checks an exemplary file is praised for, in this order (when the trainer names none)
HIGHLIGHT_CHECKS = (
    "D05",
    "D09",
    "E01",
    "D04",
    "D01",
    "D02",
    "H02",
    "H03",
    "H01",
    "B04",
    "C01",
    "C03",
    "C04",
    "E04",
    "E07",
    "D16",
    "F01",
)
MAX_HIGHLIGHTS = 6


def _pack(report: ReviewReport) -> RulePack | None:
    try:
        return get_pack(report.pack)
    except PackError:
        return None


def _rule(pack: RulePack | None, rule_id: str) -> Rule | None:
    return next((r for r in pack.rules if r.id == rule_id), None) if pack else None


def _wording(dossier: Dossier) -> tuple[Diagnostic, ...]:
    try:
        return tuple(lint_dossier(dossier))
    except LexiconError:
        return ()


def _year(facts: Facts) -> int:
    return facts.year or dt.date.today().year


@cache
def headlines() -> dict[str, str]:
    data = yaml.safe_load(HEADLINES.read_text(encoding="utf-8")) or {}
    return {str(k): str(v).strip() for k, v in data.items()}


def headline(message: str, title: str, check: str = "") -> str:
    """The problem in a few words, for the entry's title: the check's own (headlines.yaml), else the message's lead
    before "：", else the rule's title as a shortfall."""
    if check in headlines():
        return headlines()[check]
    head = message.split("（评查人意见：")[0]
    if "：" in head:
        first = head.split("：", 1)[0].strip()
        if 4 <= len(first) <= 30:
            return first
    short = re.sub(r"（[^）]*）", "", title).strip("。")
    return short if short.startswith(("未", "无", "缺")) else f"未做到{short}"


def _title(facts: Facts, head: str) -> str:
    case = f"{facts.violation}案" if facts.violation else "行政处罚案"
    return f"{head}——{case}"


def _excerpts(dossier: Dossier, f: Finding) -> dict[int, str]:
    """Each evidence item's page excerpt (raw text of the file, not yet anonymised); "" when the item names a whole
    document and nothing on the page shows the problem."""
    out: dict[int, str] = {}
    for i, ev in enumerate(f.evidence):
        if ev.document == REVIEWER_EVIDENCE:
            continue
        if points_at_document(dossier, ev):
            out[i] = document_tail(dossier, ev) if f.check in TAIL_CHECKS else ""
        else:
            out[i] = evidence_excerpt(dossier, ev)
    return out


def _quote_and_pages(f: Finding, excerpts: dict[int, str]) -> tuple[str, str]:
    quotes: list[str] = []
    refs: list[str] = []
    for i, ev in enumerate(f.evidence):
        if ev.document == REVIEWER_EVIDENCE:
            continue
        ref = page_ref(ev) if ev.prov is not None else f"{ev.document}（卷内未见）"
        refs.append(ref)
        text = excerpts.get(i, "")
        if text and text not in quotes and len(quotes) < MAX_QUOTES:
            quotes.append(text)
    return "\n".join(quotes), "；".join(dict.fromkeys(refs))


def _commentary(head: str, category: str, deduction: Decimal, veto: bool) -> str:
    points = f"评查扣{fmt(deduction)}分" if deduction else "评查认定为问题"
    veto_note = "，且属否决项，案卷等次直接评为不合格" if veto else ""
    note = CATEGORY_NOTES.get(category, "")
    lead = f"本案{head}，属于{category}方面的问题，{points}{veto_note}。" if category else f"本案{head}，{points}。"
    return lead + note


def _basis(rule_title: str, rule_id: str, basis: str, pack_title: str) -> str:
    std = f"《{pack_title}》" if pack_title and not pack_title.startswith("《") else pack_title
    return f"{std}{rule_id}“{rule_title}”。{basis}" if std else f"{rule_id}“{rule_title}”。{basis}"


def negative_entry(
    dossier: Dossier,
    report: ReviewReport,
    f: Finding,
    facts: Facts,
    setting: Setting,
    redact: Redact,
    source: CaseSource,
) -> CaseEntry:
    pack = _pack(report)
    rule = _rule(pack, f.rule_id)
    excerpts = _excerpts(dossier, f)
    quote, pages = _quote_and_pages(f, excerpts)
    fixed = corrected(f, rule, Setting(**{**setting.__dict__, "excerpts": excerpts}))
    head = redact(headline(f.message, f.title, f.check))
    score = report.score
    tags = [t for t in (facts.field, f.category, facts.procedure, f.check if f.check != "X" else "") if t]
    return CaseEntry(
        title=_title(facts, head),
        kind=CaseKind.NEGATIVE,
        field=facts.field,
        category=f.category,
        year=_year(facts),
        tags=tuple(tags),
        summary=redact(summary_text(facts, fmt(score.total), score.grade)),
        defect=redact(f.message.rstrip("。") + "。" + (f"（见{pages}）" if pages else "")),
        rule_id=f.rule_id,
        rule_title=f.title,
        legal_basis=_basis(f.title, f.rule_id, f.legal_basis, report.pack_title),
        quote=redact(quote),
        page_ref=pages,
        corrected=redact(fixed),
        commentary=_commentary(head, f.category, f.deduction, f.veto),
        deduction=f.deduction,
        source=source,
    )


def wording_entry(
    dossier: Dossier, report: ReviewReport, d: Diagnostic, facts: Facts, redact: Redact, source: CaseSource
) -> CaseEntry:
    ev = Evidence(document=d.document, prov=d.prov, quote=d.quote)
    excerpt = evidence_excerpt(dossier, ev)
    head = redact(f"文书用语不规范：“{clean(d.quote)}”" if len(clean(d.quote)) <= 16 else "文书用语不规范")
    score = report.score
    tags = [t for t in (facts.field, "文书", d.family.value, facts.procedure, d.code) if t]
    return CaseEntry(
        title=_title(facts, head),
        kind=CaseKind.NEGATIVE,
        field=facts.field,
        category="文书",
        year=_year(facts),
        tags=tuple(tags),
        summary=redact(summary_text(facts, fmt(score.total), score.grade)),
        defect=redact(f"{d.document}中“{clean(d.quote)}”：{d.message}。（见{page_ref(ev)}）"),
        rule_id=d.code,
        rule_title=f"文书用语（{d.family.value}）",
        legal_basis=d.basis,
        quote=redact(excerpt),
        page_ref=page_ref(ev),
        corrected=redact(from_diagnostic(d, excerpt)),
        commentary=f"本案{head}，属于文书制作方面的问题。" + CATEGORY_NOTES["文书"],
        source=source,
    )


def problem_entry(p: Problem, report: ReviewReport, facts: Facts, redact: Redact, source: CaseSource) -> CaseEntry:
    """A 反面 entry from a campaign's problem line (a reviewer's own problem has no finding in the machine report):
    its description, basis, quote and 整改建议 as they were recorded."""
    check = p.rule_id.split("-")[-1] if "-" in p.rule_id and not p.rule_id.startswith(CUSTOM_PREFIX) else ""
    head = redact(headline(p.description, p.title, check))
    score = report.score
    where = f"{p.document} 第{p.pages}页" if p.document and p.pages else p.document
    practice = practice_text(check, case_setting(report, facts)) if check else ""
    tags = [t for t in (facts.field, p.category, facts.procedure, check) if t]
    return CaseEntry(
        title=_title(facts, head),
        kind=CaseKind.NEGATIVE,
        field=facts.field,
        category=p.category,
        year=_year(facts),
        tags=tuple(tags),
        summary=redact(summary_text(facts, fmt(score.total), score.grade)),
        defect=redact(p.description.rstrip("。") + "。" + (f"（见{where}）" if where else "")),
        rule_id=p.rule_id,
        rule_title=p.title,
        legal_basis=_basis(p.title, p.rule_id, p.basis, report.pack_title),
        quote=redact(clean(p.quote)),
        page_ref=where,
        corrected=redact(practice or p.suggestion),
        commentary=_commentary(head, p.category, p.points, p.veto),
        deduction=p.points,
        source=source,
    )


def _timeline(dossier: Dossier) -> str:
    case = summarize(dossier)
    steps = [
        ("立案", case.filing_date),
        ("告知", case.notice_date),
        ("作出决定", case.decision_date),
        ("送达", case.service_date),
        ("结案", case.closing_date),
    ]
    parts = [f"{name}（{d.year}年{d.month}月{d.day}日）" for name, d in steps if d is not None]
    return "—".join(parts)


def positive_entry(
    dossier: Dossier,
    report: ReviewReport,
    facts: Facts,
    redact: Redact,
    source: CaseSource,
    rule_ids: Sequence[str] = (),
) -> CaseEntry:
    passed = [f for f in report.findings if f.outcome == Outcome.PASS]
    if rule_ids:
        chosen = [f for f in passed if f.rule_id in rule_ids]
        missing = [r for r in rule_ids if r not in {f.rule_id for f in chosen}]
        if missing:
            raise CasebookError(f"以下评查项在本案中不是“符合”，不能作为亮点：{'、'.join(missing)}")
    else:
        order = {c: i for i, c in enumerate(HIGHLIGHT_CHECKS)}
        chosen = sorted((f for f in passed if f.check in order), key=lambda f: order[f.check])[:MAX_HIGHLIGHTS]
    if not chosen:
        raise CasebookError("该案卷没有可作为亮点的“符合”评查项")
    lines, quote, pages = [], "", ""
    for n, f in enumerate(chosen, 1):
        ev = next((e for e in f.evidence if e.prov is not None), None)
        where = f"（{page_ref(ev)}）" if ev else ""
        lines.append(f"{n}．{f.title.rstrip('。')}{where}。")
        if ev is not None and not quote and not points_at_document(dossier, ev):
            quote, pages = evidence_excerpt(dossier, ev), page_ref(ev)
    score = report.score
    fails = [f for f in report.findings if f.outcome == Outcome.FAIL]
    n_pass = len(passed)
    commentary = f"该案卷评查得{fmt(score.total)}分，等次为{score.grade}，{n_pass}项评查内容符合要求"
    commentary += f"，仅{len(fails)}项扣分（{'、'.join(f.title for f in fails[:3])}）。" if fails else "，无扣分项。"
    commentary += "案卷材料齐全、程序环节清楚、文书要素完整，可作为同类案件办案和立卷的参照。"
    timeline = _timeline(dossier)
    practice = (
        f"办案环节依次为：{timeline}，各环节衔接有序、均在法定期限内完成。" if timeline else ""
    ) + "告知书、决定书的必备事项逐项写明，引用法律使用全称并具体到条、款、项。"
    return CaseEntry(
        title=f"{facts.violation or '行政处罚'}案——优秀案卷评析",
        kind=CaseKind.POSITIVE,
        field=facts.field,
        category="优秀案卷",
        year=_year(facts),
        tags=tuple(t for t in (facts.field, "优秀案卷", facts.procedure) if t),
        summary=redact(summary_text(facts, fmt(score.total), score.grade)),
        defect="\n".join(lines),
        rule_id="、".join(f.rule_id for f in chosen),
        rule_title=report.pack_title,
        legal_basis="；".join(dict.fromkeys(source_of(f.legal_basis) or f.legal_basis for f in chosen)),
        quote=redact(quote),
        page_ref=pages,
        corrected=practice,
        commentary=commentary,
        source=source,
    )


def anonymous_facts(dossier: Dossier, pack_id: str, redact: Redact) -> Facts:
    """The case's facts with the violation (words of the decision) anonymised; the rest is already told without
    names."""
    facts = facts_of(dossier, pack_id)
    return facts.model_copy(update={"violation": redact(facts.violation)}) if facts.violation else facts


def case_setting(report: ReviewReport, facts: Facts, wording: tuple[Diagnostic, ...] = ()) -> Setting:
    try:
        profile = get_profile(report.profile)
    except PackError:
        profile = None
    return setting_from(
        profile, agency=facts.agency, region_level=facts.region_level, party=facts.party, wording=wording
    )


def draft_entries(
    dossier: Dossier,
    report: ReviewReport,
    rule_ids: Sequence[str] | None = None,
    kind: CaseKind = CaseKind.NEGATIVE,
    source: CaseSource | None = None,
    redact: Redact | None = None,
) -> tuple[CaseEntry, ...]:
    """Drafts for the chosen problems (default: every FAIL finding) or, for 正面, one entry for the file.

    ``rule_ids`` may name rules of the report (PG-D05) or wording codes (W005: the linter's diagnostics of the dossier).
    A name the review does not have as a problem is a CasebookError."""
    redact = redact or redactor(dossier)
    source = source or CaseSource(dossier_key=dossier.id)
    facts = anonymous_facts(dossier, report.pack, redact)
    if kind == CaseKind.POSITIVE:
        return (positive_entry(dossier, report, facts, redact, source, tuple(rule_ids or ())),)
    wording = _wording(dossier)
    setting = case_setting(report, facts, wording)
    fails = {f.rule_id: f for f in report.findings if f.outcome == Outcome.FAIL}
    wanted = list(rule_ids) if rule_ids else list(fails)
    out: list[CaseEntry] = []
    unknown: list[str] = []
    for rid in wanted:
        if rid in fails:
            out.append(negative_entry(dossier, report, fails[rid], facts, setting, redact, source))
            continue
        diags = [d for d in wording if d.code == rid]
        if diags:
            out.append(wording_entry(dossier, report, diags[0], facts, redact, source))
            continue
        unknown.append(rid)
    if unknown:
        raise CasebookError(f"本次评查中以下评查项未扣分或不存在：{'、'.join(unknown)}")
    if not out:
        raise CasebookError("本次评查没有扣分项，可改为 --kind 正面 起草优秀案卷评析")
    return tuple(out)


def draft_for_review(
    store: Store, review_id: int, rule_ids: Sequence[str] | None = None, kind: CaseKind = CaseKind.NEGATIVE
) -> tuple[CaseEntry, ...]:
    """Drafts from a stored review: its effective report (the reviewer's decisions applied) over the dossier as
    corrected. Unknown review: WorkspaceError."""
    ws = store.workspace(review_id)
    source = CaseSource(review_id=review_id, dossier_key=store.summary(review_id).dossier_key)
    return draft_entries(ws.current_dossier, ws.report, rule_ids, kind, source)
