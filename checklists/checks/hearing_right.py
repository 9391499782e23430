"""hearing_right.v1 — the 听证 right is told when the proposed penalty calls for it (行政处罚法第六十三条).

第六十三条: 较大数额罚款; 没收较大数额违法所得、没收较大价值非法财物; 降低资质等级、吊销许可证件; 责令停产停业、
责令关闭、限制从业 … The 较大数额 threshold is the profile's (``hearing_thresholds``, per party type); the same
threshold is used for 没收违法所得 (the 市场监管 practice of counting confiscation like a fine).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import field_validator

from checklists.conditions import check_doc_types, compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.registry import CheckParams, check_type
from extractors.model import DocType, ElementKind, Money
from extractors.normalize import normalize


class Params(CheckParams):
    threshold_param: str = "hearing_thresholds"  # profile parameter: {individual: yuan, organization: yuan}
    heavy_penalties: list[str]  # 第九条 names that always call for the right (吊销许可证件, 责令停产停业 …)
    confiscation_roles: list[str] = ["没收违法所得"]  # MONEY roles compared with the threshold as well
    notice_types: list[str] = ["告知书", "听证告知书"]  # where the right is told
    hearing_notice_types: list[str] = ["听证告知书"]  # a document of these types tells the right by itself
    patterns: list[str] = []  # regex: wording that tells the right (besides the extracted 听证 right)
    decision_fallback: bool = True  # no penalty in the notice: judge by the decision's
    individual_business_as: Literal["individual", "organization"] = (
        "individual"  # 个体工商户 are 自然人 (民法典第五十四条)
    )

    @field_validator("notice_types", "hearing_notice_types")
    @classmethod
    def _types(cls, v: list[str]) -> list[str]:
        return check_doc_types(v)

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


def threshold_for(ctx: CheckContext, param: str, business_as: str) -> Decimal | None:
    """The profile threshold for the party's type (organisation when the type is unknown: the higher one)."""
    value = ctx.profile.v(param)
    if isinstance(value, dict):
        kind = ctx.case.party_type.value if ctx.case.party_type else "organization"
        kind = business_as if kind == "individual_business" else kind
        value = value.get("individual" if kind == "individual" else "organization")
    return None if value is None else Decimal(str(value))


def _trigger(ctx: CheckContext, p: Params, notices: tuple) -> tuple[str | None, list[Evidence], bool]:
    """(why the right is due or None, evidence, whether any proposed penalty was found at all)."""
    pools = [notices, ctx.decisions()] if p.decision_fallback else [notices]
    seen = False
    threshold = threshold_for(ctx, p.threshold_param, p.individual_business_as)
    for docs in pools:
        penalties = ctx.elements(ElementKind.PENALTY, docs)
        money = [e for e in ctx.elements(ElementKind.MONEY, docs) if isinstance(e.value, Money)]
        if not penalties and not money:
            continue
        seen = True
        heavy = [e for e in penalties if str(e.value) in p.heavy_penalties]
        if heavy:
            return f"拟给予{heavy[0].value}", [ctx.of_element(heavy[0])], True
        if threshold is not None:
            for role, label in (("罚款", "罚款"), *((r, r) for r in p.confiscation_roles)):
                big = [e for e in money if e.role == role and isinstance(e.value, Money) and e.value.yuan >= threshold]
                if big:
                    amount = max(e.value.yuan for e in big if isinstance(e.value, Money))
                    return f"{label}{_yuan(amount)}元，达到听证标准{_yuan(threshold)}元", [ctx.of_element(big[0])], True
        return None, [], True
    return None, [], seen


def _yuan(v: Decimal) -> str:
    return f"{v:,.0f}" if v == v.to_integral_value() else f"{v:,.2f}"


@check_type("hearing_right.v1", params=Params)
def hearing_right(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    When the penalty the 告知书 proposes (else the decision's) is one of ``heavy_penalties`` or a fine (or
    confiscation) at or above the profile's ``threshold_param`` for the party type, the party was told of the right to
    a hearing: a 听证告知书 is in the dossier, or a 告知书 tells the 听证 right (extracted 权利告知 with role 听证, or
    ``patterns``). Below the threshold: NOT_APPLICABLE; no proposed penalty found, or no 告知书: CANNOT_TELL.
    ## Params
    threshold_param, heavy_penalties, confiscation_roles, notice_types, hearing_notice_types, patterns,
    decision_fallback, individual_business_as
    ## Example
    A 告知书 proposing 罚款伍万元 to a company under a 10,000 / 50,000 threshold without a word about 听证 fails.
    """
    notices = ctx.docs(*p.notice_types)
    why, trigger, seen = _trigger(ctx, p, notices)
    if why is None:
        if not seen:
            return CheckResult.cannot_tell("未找到拟作出的行政处罚内容")
        return CheckResult.not_applicable("拟作出的行政处罚未达听证标准")
    if not notices:
        return CheckResult.cannot_tell(f"{why}，但案卷中没有告知书", trigger)
    hearing_docs = ctx.docs(*p.hearing_notice_types)
    if hearing_docs:
        return CheckResult.ok([*trigger, ctx.whole(hearing_docs[0])], why=why)
    told = ctx.elements(ElementKind.RIGHTS, notices, ("听证",))
    if told:
        return CheckResult.ok([*trigger, ctx.of_element(told[0])], why=why)
    for doc in notices:
        norm = normalize(ctx.text(doc))
        hit = next((m for pt in p.patterns if (m := compiled(pt).search(norm))), None)
        if hit is not None:
            return CheckResult.ok([*trigger, ctx.at(doc, hit.start(), hit.end())], why=why)
    evidence = trigger + [ctx.whole(d, note="未告知听证权利") for d in notices if d.doc_type == DocType.NOTICE][:2]
    return CheckResult.fail(evidence, why=why)
