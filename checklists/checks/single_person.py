"""single_person.v1 — each record is about one person: one 被询问人 per 询问笔录 (一人一份)."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import ElementKind, Party
from extractors.normalize import compact


class Params(CheckParams):
    doc_types: list[str] = ["询问笔录"]
    exclude_variants: list[str] = []  # sub-forms that are not records (询问通知书)
    roles: list[str] = ["被询问人"]  # PARTY roles that name the person the record is about
    separators: list[str] = ["、", ",", "，", "及", ";", "；"]  # between two names in one value

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


def _split(name: str, separators: list[str]) -> list[str]:
    parts = [compact(name)]
    for sep in separators:
        parts = [piece for part in parts for piece in part.split(sep)]
    return [x for x in parts if x]


@check_type("single_person.v1", params=Params)
def single_person(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Each document of ``doc_types`` names exactly one person in the PARTY ``roles`` (a value such as "张三、李四"
    counts as two). Two or more distinct names fail; a document where no such person is found gives CANNOT_TELL.
    ## Params
    doc_types, exclude_variants, roles, separators
    ## Example
    A 询问笔录 with "被询问人：张三" and, further down, "被询问人：李四" fails: each person needs a 笔录 of their own.
    """
    docs = [d for d in ctx.docs(*p.doc_types) if d.variant not in p.exclude_variants]
    if not docs:
        return CheckResult.not_applicable(f"案卷中没有{'或'.join(p.doc_types)}")
    failures: list[Evidence] = []
    unknown: list[str] = []
    passes: list[Evidence] = []
    for doc in docs:
        people = [e for e in ctx.elements(ElementKind.PARTY, [doc], p.roles) if isinstance(e.value, Party)]
        names = {n: e for e in people for n in _split(e.value.name, p.separators)}  # type: ignore[union-attr]
        if len(names) > 1:
            failures.extend(ctx.of_element(e, note="被询问人") for e in dict.fromkeys(names.values()))
        elif names:
            passes.append(ctx.of_element(next(iter(names.values()))))
        else:
            unknown.append(doc.title)
    if failures:
        return CheckResult.fail(failures, quote="、".join(e.quote for e in failures))
    if unknown:
        return CheckResult.cannot_tell(f"{'、'.join(unknown)}中未识别出被询问人")
    return CheckResult.ok(passes[:3])
