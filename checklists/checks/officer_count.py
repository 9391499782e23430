"""officer_count.v1 — at least two 执法人员 take part in each 调查/检查 笔录 (第四十二条)."""

from __future__ import annotations

from typing import Literal

from pydantic import field_validator

from checklists.conditions import Condition, check_doc_types, compile_patterns, compiled, not_applicable_unless
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Document, Element, ElementKind, Officer


class Params(CheckParams):
    doc_types: list[str]
    min_count: int = 2
    officer_roles: list[str] = ["执法人员", "询问人", "检查人", "记录人", "承办人"]
    ignore_names: list[str] = []  # patterns of officer "names" that are extraction debris (…执字)
    none_found: Literal["cannot_tell", "fail"] = "cannot_tell"  # a document where no officer is read at all
    when: Condition | None = None

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("ignore_names")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


def officers_in(ctx: CheckContext, doc: Document, roles: list[str], ignore: list[str]) -> dict[str, Element]:
    """The officers named in ``doc`` with one of ``roles``, by name (debris names dropped), first mention kept."""
    found: dict[str, Element] = {}
    for e in ctx.elements(ElementKind.OFFICER, [doc], roles):
        if not isinstance(e.value, Officer):
            continue
        name = e.value.name
        if any(compiled(pt).search(name) for pt in ignore):
            continue
        found.setdefault(name, e)
    return found


@check_type("officer_count.v1", params=Params)
def officer_count(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Each document of ``doc_types`` names at least ``min_count`` different officers in ``officer_roles`` (询问人,
    记录人, 检查人, 执法人员 …). A document naming fewer fails; one where no officer is read at all gives
    ``none_found`` (CANNOT_TELL by default: the names may be handwritten or in a form extraction missed). Too few
    names when some are masked (李*) is CANNOT_TELL too: two officers may share a masked form.
    ## Params
    doc_types, min_count, officer_roles, ignore_names, none_found, when
    ## Example
    ``{doc_types: [询问笔录, 现场检查(勘验)笔录]}`` fails on a 询问笔录 whose 询问人 and 记录人 are the same person.
    """
    if (skip := not_applicable_unless(ctx, p.when)) is not None:
        return skip
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return CheckResult.not_applicable(f"案卷中没有{'或'.join(p.doc_types)}")
    short: list[Evidence] = []
    unread: list[Document] = []
    counts: list[str] = []
    for doc in docs:
        names = officers_in(ctx, doc, p.officer_roles, p.ignore_names)
        masked = any(e.masked for e in ctx.elements(ElementKind.OFFICER, [doc], p.officer_roles))
        if not names or (masked and len(names) < p.min_count):
            unread.append(doc)  # no name read, or masked names (李*) that may stand for different officers
        elif len(names) < p.min_count:
            who = "、".join(names)
            short.extend(ctx.of_element(e, note=f"{doc.title}仅有执法人员{who}") for e in names.values())
            counts.append(f"{doc.title}（{who}）")
        # else: enough officers
    if short:
        return CheckResult.fail(short, reason="；".join(counts), count=str(len(counts)), docs="；".join(counts))
    if unread:
        evidence = [ctx.whole(d, note="未识别到执法人员或姓名已打码") for d in unread]
        reason = "未识别到执法人员或姓名已打码：" + "、".join(d.title for d in unread)
        if p.none_found == "fail":
            return CheckResult.fail(evidence, reason=reason, docs=reason)
        return CheckResult.cannot_tell(reason, evidence)
    return CheckResult.ok([ctx.whole(d) for d in docs[:3]])
