"""money_daxie.v1 — an amount written in Chinese numerals follows the 大写 rules: 人民币…元整, 壹贰叁, no 一二三."""

from __future__ import annotations

from pydantic import field_validator

from checklists.conditions import check_doc_types
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Element, ElementKind, Money
from extractors.normalize import compact, normalize
from extractors.patterns import DAXIE_CHAR

_LOWER = "一二两三四五六七八九十百千"


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书", "告知书", "听证告知书"]
    skip_roles: list[str | None] = ["幅度"]  # statutory ranges quote the law's own wording
    lowercase_roles: list[str | None] = ["罚款", "没收违法所得", "罚没款"]  # amounts that must not be in 一二三
    prefix: str = "人民币"
    prefix_window: int = 10  # characters before the amount where the prefix may stand (人民币（大写）伍仟元整)
    endings: list[str] = ["整", "正"]
    max_evidence: int = 6

    @field_validator("doc_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)


def _before(ctx: CheckContext, el: Element, n: int) -> str:
    page = ctx.dossier.page(el.prov.page).text
    return page[max(0, el.prov.span[0] - n) : el.prov.span[0]]


def _problems(ctx: CheckContext, el: Element, p: Params) -> list[str]:
    m = el.value
    assert isinstance(m, Money)
    text = compact(normalize(el.text))
    formal = bool(DAXIE_CHAR.search(text))
    lower = any(ch in _LOWER for ch in text)
    out: list[str] = []
    if lower and formal:
        out.append("大写与小写汉字数字混用")
    elif lower:
        if el.role not in p.lowercase_roles:
            return []
        out.append("金额应使用大写数字（壹贰叁…）")
    if (
        p.prefix not in text
        and p.prefix not in (m.pair_text or "")
        and p.prefix not in _before(ctx, el, p.prefix_window)
    ):
        out.append(f"大写金额前未写“{p.prefix}”")
    has_cents = "角" in text or "分" in text
    if not has_cents and not any(text.endswith(x) for x in p.endings):
        out.append("大写金额到元为止的，末尾应写“整”")
    return out


@check_type("money_daxie.v1", params=Params)
def money_daxie(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Each amount the extractor read as written in Chinese numerals (style 大写) in ``doc_types``, outside
    ``skip_roles``: it is preceded by ``prefix`` (人民币 — in the amount, its 小写 pair, or just before it), ends with
    整 (or 正) when it stops at 元, and uses 壹贰叁…拾佰仟 only. An amount in lower-case numerals (五千元) fails only
    for ``lowercase_roles`` (the fine itself), as narrative amounts are often written so. No 大写 amount:
    NOT_APPLICABLE.
    ## Params
    doc_types, skip_roles, lowercase_roles, prefix, prefix_window, endings, max_evidence
    ## Example
    "罚款伍仟元（¥5000.00）" fails twice: no 人民币, no 整.
    """
    docs = ctx.docs(*p.doc_types) if p.doc_types else ctx.dossier.documents
    amounts = [
        e
        for e in ctx.elements(ElementKind.MONEY, docs)
        if isinstance(e.value, Money) and e.value.style == "大写" and e.role not in p.skip_roles
    ]
    if not amounts:
        return CheckResult.not_applicable("未见大写金额")
    failures: list[Evidence] = []
    problems: list[str] = []
    for e in amounts:
        found = _problems(ctx, e, p)
        if found:
            problems += found
            failures.append(ctx.of_element(e, note="；".join(found)))
    if failures:
        return CheckResult.fail(
            failures[: p.max_evidence], quote=failures[0].quote, problem="；".join(dict.fromkeys(problems))
        )
    return CheckResult.ok([ctx.of_element(amounts[0])])
