"""Dossier-level values (the ``case`` block of ``anjuan extract``), chosen from the elements with their sources.

Values come from the 行政处罚决定书 where the dossier has one, else from the best other document: the filing date
from the 立案审批表, the notice date from the 告知书, the service date from the 送达回证 of the decision, the closing
date from the 结案审批表. A value not found is None, never a guess.

Where the proper document is missing or silent, a value the dossier states elsewhere in words is taken: the 立案日期 /
结案日期 of the 案卷封面 (not the 结案日期 of a 当场 case: it has no 结案审批), "本局于…立案调查" of the decision,
"本局于…作出《行政处罚告知书》" (never the date the notice was served), the 决定日期 of the 结案审批表 or the decision's
row of the 卷内目录, "处罚决定书已于…送达当事人" of the 结案审批表, and the party's credit code / ID number as the
documents naming the same party give it. A 送达回证 for another document (告知书, 责令改正通知书) never dates the
decision's service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from decimal import Decimal

from pydantic import Field

from extractors import patterns as P
from extractors.model import (
    DocType,
    Document,
    Dossier,
    Element,
    ElementKind,
    LawRef,
    Model,
    Money,
    Officer,
    Party,
    PartyType,
    Provenance,
    Remedy,
)
from extractors.normalize import compact, normalize

K = ElementKind


class Sourced(Model):
    """One chosen value with where it came from."""

    value: str | int | float | bool | None
    prov: Provenance | None = None
    quote: str | None = None


class RemedySummary(Model):
    review_days: int | None = None
    review_body: str | None = None
    litigation_months: int | None = None
    litigation_court: str | None = None


class CaseSummary(Model):
    case_number: str | None = None
    party_name: str | None = None
    party_type: PartyType | None = None
    credit_code: str | None = None
    id_number: str | None = None
    legal_rep: str | None = None
    address: str | None = None
    filing_date: dt.date | None = None
    notice_date: dt.date | None = None
    decision_date: dt.date | None = None
    service_date: dt.date | None = None
    closing_date: dt.date | None = None
    fine_amount_yuan: Decimal | None = None
    confiscation: bool = False
    penalty_types: tuple[str, ...] = ()
    laws_cited: tuple[str, ...] = ()
    officers: tuple[Officer, ...] = ()
    remedy: RemedySummary = RemedySummary()
    sources: dict[str, Sourced] = Field(default_factory=dict)


_DATE_ROLES_LAST = ("落款",)
_PARTY_ROLES = ("当事人", None)


def _first(elements: Iterable[Element], pred: Callable[[Element], bool]) -> Element | None:
    return next((e for e in elements if pred(e)), None)


def _dated(elements: Iterable[Element], roles: tuple[str, ...]) -> Element | None:
    """The date element with one of ``roles`` (first role wins); for 落款 the last one in the document."""
    pool = [e for e in elements if e.kind == K.DATE and isinstance(e.value, dt.date)]
    for role in roles:
        hits = [e for e in pool if e.role == role]
        if hits:
            return hits[-1] if role in _DATE_ROLES_LAST else hits[0]
    return None


def _main_docs(dossier: Dossier) -> list[Document]:
    decisions = list(dossier.docs_of(DocType.DECISION))
    if decisions:
        return decisions
    others = [d for d in dossier.documents if d.doc_type == DocType.OTHER]
    return others or list(dossier.documents[:1])


def _in(dossier: Dossier, docs: Iterable[Document]) -> list[Element]:
    ids = {d.id for d in docs}
    return [e for e in dossier.elements if e.doc_id in ids]


def law_citation_text(ref: LawRef) -> str:
    """《law》 + the article part as written, e.g. 《中华人民共和国食品安全法》第一百二十四条第一款第（三）项."""
    law = ref.law if ref.law.startswith("《") else f"《{ref.law}》"
    articles = "、".join(a.text for a in ref.articles)
    return f"{law}{articles}"


def summarize_elements(elements: list[Element], fallback: list[Element] | None = None) -> CaseSummary:
    """The case values that ``elements`` (one document, or the main documents) give; ``fallback`` fills gaps."""
    pool = elements
    # other documents stand in only where the main documents have no party block at all (a dossier with no
    # decision, or a decision cut short): a 笔录's 被询问人 or a 法定代表人's ID is not the decision's party
    has_party = any(e.kind == K.PARTY for e in pool)
    backup = [] if has_party else (fallback or [])
    values: dict[str, object] = {}
    sources: dict[str, Sourced] = {}

    def put(key: str, value: object, el: Element | None) -> None:
        values[key] = value
        if el is not None and value is not None:
            sources[key] = Sourced(value=_jsonable(value), prov=el.prov, quote=el.text)

    def pick(kind: ElementKind, roles: tuple[str | None, ...] = (None,)) -> Element | None:
        for group in (pool, backup):
            for role in roles:
                el = _first(group, lambda e, r=role: e.kind == kind and (r is None or e.role == r))
                if el is not None:
                    return el
        return None

    el = _first(pool, lambda e: e.kind == K.CASE_NUMBER and e.role != "引用文号")
    put("case_number", el.value if el else None, el)
    party_el = pick(K.PARTY, ("当事人", None))
    party = party_el.value if party_el is not None and isinstance(party_el.value, Party) else None
    put("party_name", party.name if party else None, party_el)
    put("party_type", party.party_type if party else None, party_el)
    for key, kind in (("credit_code", K.CREDIT_CODE), ("id_number", K.ID_NUMBER), ("address", K.ADDRESS)):
        el = pick(kind, ("当事人", None)) if kind != K.ID_NUMBER else _party_id(pool, backup)
        put(key, el.value if el else None, el)
    el = pick(K.LEGAL_REP, ("法定代表人", "负责人", "经营者", "投资人", None))
    put("legal_rep", el.value if el else None, el)
    el = _dated(pool, ("落款",))
    put("decision_date", el.value if el else None, el)
    fine = _fine(pool)
    put("fine_amount_yuan", fine.value.yuan if fine and isinstance(fine.value, Money) else None, fine)
    penalties = [e for e in pool if e.kind == K.PENALTY and e.role != "拟处罚"]
    types = tuple(dict.fromkeys(str(e.value) for e in penalties))
    if types and any(e.kind == K.RECTIFICATION and e.role == "决定" for e in pool):
        # listed in the result beside a penalty ("作出如下行政处罚：1．责令当事人立即改正违法行为；2．罚款…"): the
        # decision states it as one of its measures, rightly or not (D03 judges that), so it is reported as written;
        # a 不予处罚 decision's "在本局责令改正后及时改正" is no measure of it
        types = ("责令改正", *types)
    values["penalty_types"] = types
    values["confiscation"] = any("没收" in t for t in types)
    laws = [e for e in pool if e.kind == K.LAW_CITATION and isinstance(e.value, LawRef) and e.value.articles]
    values["laws_cited"] = tuple(dict.fromkeys(law_citation_text(e.value) for e in laws))  # type: ignore[arg-type]
    officers = [e.value for e in pool if e.kind == K.OFFICER and isinstance(e.value, Officer)]
    if not officers and fallback:
        # a decision rarely names its officers; the 笔录 and 立案 forms do, with their 执法证号
        others = [e.value for e in fallback if e.kind == K.OFFICER and isinstance(e.value, Officer)]
        officers = [o for o in others if o.cert_no] or others
    values["officers"] = _unique_officers(officers)
    values["remedy"] = _remedy(pool)
    return CaseSummary.model_validate({**values, "sources": sources})


def _party_id(pool: list[Element], backup: list[Element]) -> Element | None:
    for group in (pool, backup):
        el = _first(group, lambda e: e.kind == K.ID_NUMBER and e.role in ("当事人", "经营者", None))
        if el is not None:
            return el
    return None


def _fine(pool: list[Element]) -> Element | None:
    fines = [e for e in pool if e.kind == K.MONEY and e.role == "罚款" and isinstance(e.value, Money)]
    if not fines:
        return None
    small = [e for e in fines if isinstance(e.value, Money) and e.value.style == "小写"]
    return (small or fines)[0]


def _unique_officers(officers: list[Officer]) -> tuple[Officer, ...]:
    seen: dict[str, Officer] = {}
    for o in officers:
        if o.name not in seen or (seen[o.name].cert_no is None and o.cert_no):
            seen[o.name] = o
    return tuple(seen.values())


def _remedy(pool: list[Element]) -> RemedySummary:
    out: dict[str, object] = {}
    for e in pool:
        if e.kind != K.REMEDY or not isinstance(e.value, Remedy):
            continue
        r = e.value
        if r.channel == "复议" and "review_days" not in out:
            out["review_days"], out["review_body"] = r.period, r.body
        elif r.channel == "诉讼" and "litigation_months" not in out:
            out["litigation_months"], out["litigation_court"] = r.period, r.body
    return RemedySummary.model_validate(out)


def _jsonable(value: object) -> str | int | float | bool | None:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _doc_date(dossier: Dossier, doc_types: tuple[DocType, ...], roles: tuple[str, ...]) -> Element | None:
    for doc_type in doc_types:
        for doc in dossier.docs_of(doc_type):
            el = _dated(_in(dossier, [doc]), roles)
            if el is not None:
                return el
    return None


def _key(text: str) -> str:
    """``text`` for comparing: normalised, no white space, one bracket shape (a 文号 wraps or changes brackets)."""
    return compact(normalize(text)).translate(_BRACKETS)


_BRACKETS = str.maketrans({"(": "〔", ")": "〕", "[": "〔", "]": "〕"})


def _names_decision(text: str, decision_number: str | None) -> bool:
    key = _key(text)
    return bool(decision_number and _key(decision_number) in key) or "处罚决定书" in key


def _service_el(dossier: Dossier, decision_number: str | None) -> Element | None:
    """The service date of the decision.

    From the 送达回证 that names the decision (its 文号 or 处罚决定书), else from one that names no document; a
    receipt for another document (告知书, 责令改正通知书 …) never gives it. Without such a receipt: a service date
    stated for the decision elsewhere ("处罚决定书已于2025年6月6日直接送达当事人" in a 结案审批表), then the
    signature on a 当场 decision itself.
    """
    named: list[Document] = []
    unnamed: list[Document] = []
    for doc in dossier.docs_of(DocType.SERVICE_RECEIPT):
        text = dossier.doc_text(doc)
        if _names_decision(text, decision_number):
            named.append(doc)
        elif not P.SERVED_DOCUMENT.search(compact(normalize(text))):
            unnamed.append(doc)
    for doc in named + unnamed:
        el = _dated(_in(dossier, [doc]), ("签收", "送达", "落款"))
        if el is not None:
            return el
    stated = _stated(dossier, ("送达", "签收"), lambda c: _names_decision(c, None), skip=(DocType.DECISION,))
    if stated is not None:
        return stated
    # a 当场 decision is signed for on the decision itself ("当事人签收：… 2024年7月8日"); a decision's account
    # "于…向当事人送达了《行政处罚告知书》" is the service of another document
    return _dated(_in(dossier, dossier.docs_of(DocType.DECISION)), ("签收",))


def _stated(
    dossier: Dossier, roles: tuple[str, ...], says: Callable[[str], bool], skip: tuple[DocType, ...] = ()
) -> Element | None:
    """The first date with one of ``roles`` whose clause ``says`` what it is the date of, in a document that states
    it in words (not the lists of documents: a 卷内目录 row "送达回证 2025年6月11日" states nothing)."""
    skipped = {DocType.COVER, DocType.TOC, *skip}
    skip_ids = {d.id for d in dossier.documents if d.doc_type in skipped}
    for el in dossier.elements:
        if (
            el.kind == K.DATE
            and el.role in roles
            and el.doc_id not in skip_ids
            and isinstance(el.value, dt.date)
            and says(_key(_clause(dossier, el)))
        ):
            return el
    return None


def _clause(dossier: Dossier, el: Element, reach: int = 60) -> str:
    """The clause around an element on its page (to ，。；!? on either side, at most ``reach`` characters)."""
    text = dossier.page(el.prov.page).text
    start, end = el.prov.span
    before = P.CLAUSE_STOP.split(text[max(0, start - reach) : start])[-1]
    after = P.CLAUSE_STOP.split(text[end : end + reach])[0]
    return before + text[start:end] + after


def _toc_date(dossier: Dossier, title_word: str) -> Element | None:
    """The date of the 卷内目录 row whose 文件名称 holds ``title_word`` (a row: 序号 文件名称 [文号] 日期 页号)."""
    for toc in dossier.docs_of(DocType.TOC):
        for el in _in(dossier, [toc]):
            if el.kind != K.DATE or not isinstance(el.value, dt.date):
                continue
            text = dossier.page(el.prov.page).text[: el.prov.span[0]]
            rows = list(P.TOC_ROW_START.finditer(text))
            if rows and title_word in _key(text[rows[-1].start() :]):
                return el
    return None


def _on_the_spot(dossier: Dossier) -> bool:
    return any(d.variant == "当场行政处罚决定书" for d in dossier.docs_of(DocType.DECISION))


def _fill(*finders: Callable[[], Element | None]) -> Element | None:
    """The first element one of ``finders`` gives, in order."""
    for find in finders:
        el = find()
        if el is not None:
            return el
    return None


def _doc_role_date(dossier: Dossier, doc_types: tuple[DocType, ...], roles: tuple[str, ...]) -> Element | None:
    """The first date with one of ``roles`` in documents of ``doc_types`` (in that order); () = any document."""
    docs = [d for t in doc_types for d in dossier.docs_of(t)] if doc_types else list(dossier.documents)
    for doc in docs:
        el = _first(
            _in(dossier, [doc]), lambda e: e.kind == K.DATE and e.role in roles and isinstance(e.value, dt.date)
        )
        if el is not None:
            return el
    return None


def _party_code(
    dossier: Dossier,
    party_name: str | None,
    main_ids: set[str],
    kind: ElementKind = K.CREDIT_CODE,
    roles: tuple[str | None, ...] = ("当事人", None),
) -> Element | None:
    """The party's credit code (or ID number) as the other documents give it, when the main documents have none: the
    one most of the documents that name the same party (立案审批表, 案件来源登记表, 调查终结报告 …) give, the first
    one on a tie."""
    if not party_name:
        return None
    name = _key(party_name)
    votes: dict[str, list[Element]] = {}
    for doc in dossier.documents:
        if doc.id in main_ids:
            continue
        els = _in(dossier, [doc])
        if not any(e.kind == K.PARTY and isinstance(e.value, Party) and _key(e.value.name) == name for e in els):
            continue
        code = _first(els, lambda e: e.kind == kind and e.role in roles)
        if code is not None:
            votes.setdefault(_key(str(code.value)), []).append(code)
    if not votes:
        return None
    return max(votes.values(), key=len)[0]


def summarize(dossier: Dossier) -> CaseSummary:
    main = _main_docs(dossier)
    main_ids = {d.id for d in main}
    pool = _in(dossier, main)
    rest = [e for e in dossier.elements if e.doc_id not in main_ids]
    summary = summarize_elements(pool, rest)
    updates: dict[str, object] = {}
    sources = dict(summary.sources)
    # a date the proper document does not give (the form is missing, or its date is) is taken where the dossier
    # states it elsewhere: the 立案日期 / 结案日期 of the 案卷封面, "本局于…立案调查" of the decision or report, the
    # 决定日期 of the 结案审批表, the 卷内目录 row of the decision
    found: dict[str, Element | None] = {
        "filing_date": _fill(
            lambda: _doc_date(dossier, (DocType.FILING,), ("立案批准", "立案", "审批", "落款")),
            lambda: _doc_role_date(dossier, (DocType.COVER,), ("立案",)),
            lambda: _doc_role_date(
                dossier, (DocType.DECISION, DocType.INVESTIGATION_REPORT, DocType.NOTICE), ("立案",)
            ),
        ),
        "notice_date": _fill(
            lambda: _doc_date(dossier, (DocType.NOTICE, DocType.HEARING_NOTICE), ("落款", "告知")),
            # "本局于2025年4月30日作出《行政处罚告知书》" (an approval form, the decision); the date it was served
            # ("于…向当事人送达了《行政处罚告知书》") is another date
            lambda: _stated(dossier, ("告知",), lambda c: "告知书" in c and bool(P.DOCUMENT_MADE.search(c))),
        ),
        "service_date": _service_el(dossier, summary.case_number),
        "closing_date": _fill(
            lambda: _doc_date(dossier, (DocType.CLOSING,), ("结案", "审批", "落款")),
            # a 当场 decision has no 结案审批: the 结案日期 of its cover is only the decision's date
            lambda: None if _on_the_spot(dossier) else _doc_role_date(dossier, (DocType.COVER,), ("结案",)),
        ),
    }
    if summary.decision_date is None and dossier.docs_of(DocType.DECISION):
        found["decision_date"] = _fill(
            lambda: _doc_role_date(dossier, (DocType.CLOSING,), ("决定",)),
            lambda: _toc_date(dossier, "处罚决定书"),
        )
    # a decision that leaves out the party's code or ID number (D01): the documents naming the same party give it
    if summary.credit_code is None:
        found["credit_code"] = _party_code(dossier, summary.party_name, main_ids)
    if summary.id_number is None and summary.party_type in (PartyType.INDIVIDUAL, PartyType.INDIVIDUAL_BUSINESS):
        found["id_number"] = _party_code(dossier, summary.party_name, main_ids, K.ID_NUMBER, ("当事人", "经营者", None))
    for key, el in found.items():
        if el is not None:
            updates[key] = el.value
            sources[key] = Sourced(value=_jsonable(el.value), prov=el.prov, quote=el.text)
    if summary.case_number is None:
        cover = _in(dossier, dossier.docs_of(DocType.COVER))
        el = _first(cover, lambda e: e.kind == K.CASE_NUMBER)
        if el is not None:
            updates["case_number"] = el.value
            sources["case_number"] = Sourced(value=_jsonable(el.value), prov=el.prov, quote=el.text)
    return summary.model_copy(update={**updates, "sources": sources})


#: the single-valued keys of the ``case`` block of ``anjuan.extract/1``, in contract order
SCALAR_CASE_KEYS = (
    "case_number",
    "party_name",
    "party_type",
    "credit_code",
    "id_number",
    "legal_rep",
    "address",
    "filing_date",
    "notice_date",
    "decision_date",
    "service_date",
    "closing_date",
    "fine_amount_yuan",
)


def case_json(summary: CaseSummary) -> dict[str, object]:
    """The ``case`` block of ``anjuan.extract/1``."""
    data: dict[str, object] = {}
    for key in SCALAR_CASE_KEYS:
        value = getattr(summary, key)
        data[key] = value.value if isinstance(value, PartyType) else _jsonable(value)
    data["confiscation"] = summary.confiscation
    data["penalty_types"] = list(summary.penalty_types)
    data["laws_cited"] = list(summary.laws_cited)
    data["officers"] = [{"name": o.name, "cert_no": o.cert_no} for o in summary.officers]
    data["remedy"] = summary.remedy.model_dump()
    return data
