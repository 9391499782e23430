"""identifier_check.v1 — 统一社会信用代码 / 身份证号: valid check character, and the same number everywhere."""

from __future__ import annotations

from pydantic import field_validator

from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import Element, ElementKind, PartyType
from extractors.normalize import compact, normalize


class Params(CheckParams):
    kind: str  # 统一社会信用代码 | 身份证号
    party_types: list[str] = []  # the party types that carry this number; another type: NOT_APPLICABLE
    consistency_roles: list[str | None] = ["当事人"]  # whose numbers must be one and the same
    mask_chars: str = "*×xX"
    max_evidence: int = 6

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        if ElementKind(v) not in (ElementKind.CREDIT_CODE, ElementKind.ID_NUMBER):
            raise ValueError("kind must be 统一社会信用代码 or 身份证号")
        return v

    @field_validator("party_types")
    @classmethod
    def _party_types(cls, v: list[str]) -> list[str]:
        for x in v:
            PartyType(x)
        return v


def _value(el: Element) -> str:
    return compact(normalize(str(el.value))).upper()


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _valid(el: Element) -> bool | None:
    """The check-character verdict. For a 身份证号 only the GB 11643 check digit counts (the extractor's ``valid``
    also needs the birth place in python-stdnum's region table, which lacks many current codes such as 510104); a
    15-digit number has no check digit."""
    if el.masked or el.kind != ElementKind.ID_NUMBER:
        return el.valid
    number = _value(el)
    if len(number) == 15:
        return number.isdigit()
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == number[17]


def _compatible(a: str, b: str, mask: str) -> bool:
    """Equal, or equal wherever neither is masked (a published copy hides some characters)."""
    if a == b:
        return True
    if len(a) != len(b):
        return False
    return all(x == y or x in mask or y in mask for x, y in zip(a, b, strict=True))


@check_type("identifier_check.v1", params=Params)
def identifier_check(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    Every element of ``kind`` that is not masked passes its check character (GB 32100 for the 统一社会信用代码,
    GB 11643 check digit for the 身份证号, computed here), and the numbers of ``consistency_roles`` agree across the
    dossier (a masked copy agrees when its visible characters do). A party whose type is not one of ``party_types``:
    NOT_APPLICABLE; no number at all, or all numbers masked: CANNOT_TELL.
    ## Params
    kind, party_types, consistency_roles, mask_chars, max_evidence
    ## Example
    ``{kind: 统一社会信用代码}`` fails on 91510104MA6C5KXJ2Q when the check character should be W.
    """
    kind = ElementKind(p.kind)
    party_type = ctx.case.party_type
    if p.party_types and party_type is not None and party_type.value not in p.party_types:
        return CheckResult.not_applicable(f"当事人类型（{party_type.value}）不适用{p.kind}")
    els = ctx.elements(kind)
    if not els:
        return CheckResult.cannot_tell(f"案卷中未见{p.kind}")
    clear = [e for e in els if not e.masked]
    if not clear:
        return CheckResult.cannot_tell(f"{p.kind}均已隐去部分字符（公开版本），无法校验")
    failures: list[Evidence] = [ctx.of_element(e, note=f"{p.kind}校验位错误") for e in clear if _valid(e) is False]
    party_nums = [e for e in els if e.role in p.consistency_roles]
    if party_nums:
        ref = next((e for e in party_nums if not e.masked and _valid(e)), party_nums[0])
        for e in party_nums:
            if not _compatible(_value(e), _value(ref), p.mask_chars) and _valid(e) is not False:
                failures.append(ctx.of_element(e, note=f"与{_value(ref)}不一致"))
    if failures:
        return CheckResult.fail(failures[: p.max_evidence], number=failures[0].quote)
    return CheckResult.ok([ctx.of_element(clear[0])])
