"""citations_consistent.v1 — the 违法条款 and 处罚条款 agree between the decision and the earlier documents."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import ArticleRef, Document, Element, ElementKind, LawRef
from extractors.normalize import compact, normalize


class Params(CheckParams):
    decision_types: list[str] = ["行政处罚决定书"]
    doc_types: list[str]  # compared with the decision: 告知书, 调查终结报告, 处罚决定审批 …
    roles: list[str] = ["违反", "依据"]
    ignore_laws: list[str] = []  # procedural laws (行政处罚法 …): citations of these are not compared
    full_name_prefix: str = "中华人民共和国"
    when: Condition | None = None

    @field_validator("decision_types", "doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


Path = tuple[str, int, int | None, int | None]


def _paths(ctx: CheckContext, doc: Document, role: str, p: Params) -> list[tuple[Path, Element]]:
    out: list[tuple[Path, Element]] = []
    for el in ctx.elements(ElementKind.LAW_CITATION, [doc], (role,)):
        ref = el.value
        if not isinstance(ref, LawRef) or any(x in ref.law for x in p.ignore_laws):
            continue
        law = compact(normalize(ref.law)).strip("《》").removeprefix(p.full_name_prefix)
        out += [((law, a.article, a.paragraph, a.item), el) for a in ref.articles if isinstance(a, ArticleRef)]
    return out


def _agree(a: Path, b: Path) -> bool:
    """Same law and article; 款/项 equal where both give them (one may be less precise than the other)."""
    return a[:2] == b[:2] and all(x is None or y is None or x == y for x, y in zip(a[2:], b[2:], strict=True))


@check_type("citations_consistent.v1", params=Params)
def citations_consistent(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    For each role (违反 = 违法条款, 依据 = 处罚条款), the articles the decision cites against those each document of
    ``doc_types`` cites with the same role. Where both cite some, at least one pair must agree (same law, same
    article, 款/项 equal where both give them); no agreeing pair fails. Laws in ``ignore_laws`` are left out; the
    law's 中华人民共和国 prefix does not matter. Nothing comparable: CANNOT_TELL.
    ## Params
    decision_types, doc_types, roles, ignore_laws, full_name_prefix, when
    ## Example
    告知书 "依据《中华人民共和国食品安全法》第一百二十四条" and decision "依据《中华人民共和国食品安全法》
    第一百二十五条" fail.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    decisions = ctx.docs(*p.decision_types)
    if not decisions:
        return CheckResult.cannot_tell(f"案卷中没有{'或'.join(p.decision_types)}")
    decision = decisions[-1]
    failures: list[Evidence] = []
    compared: list[Evidence] = []
    for role in p.roles:
        mine = _paths(ctx, decision, role, p)
        if not mine:
            continue
        for doc in ctx.docs(*p.doc_types):
            theirs = _paths(ctx, doc, role, p)
            if not theirs:
                continue
            if any(_agree(a, b) for a, _ in mine for b, _ in theirs):
                compared.append(ctx.of_element(theirs[0][1]))
                continue
            label = "违法条款" if role == "违反" else "处罚依据" if role == "依据" else role
            failures.append(ctx.of_element(theirs[0][1], note=f"{label}与决定书“{mine[0][1].text}”不一致"))
            failures.append(ctx.of_element(mine[0][1], note=f"决定书{label}"))
    if failures:
        return CheckResult.fail(failures, quote=failures[0].quote)
    if not compared:
        return CheckResult.cannot_tell("未找到可与决定书比对的违法条款或处罚依据")
    return CheckResult.ok(compared)
