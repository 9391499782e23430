"""review_body.v1 — the 复议机关 the decision names is the right one for its date and its issuing agency."""

from __future__ import annotations

import datetime as dt

from pydantic import field_validator

from checklists.conditions import compile_patterns, compiled
from checklists.context import CheckContext
from checklists.model import CheckResult, Evidence
from checklists.refs import date_of
from checklists.registry import CheckParams, check_type
from extractors.model import Document, Element, ElementKind, Remedy
from extractors.normalize import compact, normalize


class Params(CheckParams):
    doc_types: list[str] = ["行政处罚决定书"]
    region_pattern: str  # regex matching the administrative region at the start of an agency name (成都市锦江区)
    department_pattern: str  # regex: the issuer is a 政府工作部门 (…局 / …委员会)
    government_suffix: str = "人民政府"
    vertical_patterns: list[str] = []  # 海关、金融、外汇、税务、国家安全: 复议 goes to the 上一级主管部门
    uncertain_patterns: list[str] = []  # 派出机构, 分局, 大队 …: the 本级 cannot be read from the name
    informal_patterns: list[str] = []  # 上级部门, 主管部门 …: not the 复议机关's full name
    alternative_separators: list[str] = ["或者", "或"]

    @field_validator("region_pattern", "department_pattern")
    @classmethod
    def _pattern(cls, v: str) -> str:
        compile_patterns([v])
        return v

    @field_validator("vertical_patterns", "uncertain_patterns", "informal_patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        return compile_patterns(v)


def _key(name: str) -> str:
    """An agency name for comparing: normalised, no white space, no digits (a page number a PDF page break left
    inside the name: "攀枝花市\\n16\\n东区人民政府")."""
    return "".join(ch for ch in compact(normalize(name)) if not ch.isdigit())


def _first(ctx: CheckContext, kind: ElementKind, doc: Document, roles: tuple[str, ...]) -> Element | None:
    els = ctx.elements(kind, [doc])
    for role in roles:
        hits = [e for e in els if e.role == role]
        if hits:
            return hits[-1] if role == "落款" else hits[0]
    return None


def _region(p: Params, name: str) -> str:
    m = compiled(p.region_pattern).match(name)
    return m.group(0) if m else ""


def _alternatives(p: Params, body: str) -> list[str]:
    parts = [body]
    for sep in p.alternative_separators:
        parts = [piece for part in parts for piece in part.split(sep)]
    return [x for x in (_key(part) for part in parts) if x]


def _same_region(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a.endswith(b) or b.endswith(a))


def _judge(p: Params, issuer: str, region: str, body: str, new_rule: bool) -> str:
    """What is wrong with ``body`` as the 复议机关 ("" when it is right)."""
    gov = p.government_suffix
    if any(compiled(x).search(body) for x in p.informal_patterns):
        return f"复议机关“{body}”不是规范全称"
    if any(compiled(x).search(issuer) for x in p.vertical_patterns):
        return f"垂直管理机关作出的决定应向上一级主管部门申请行政复议，不是“{body}”" if body.endswith(gov) else ""
    if body.endswith(gov):
        if _same_region(body.removesuffix(gov), region):
            return ""
        return f"复议机关应为{region}{gov}，决定书写作“{body}”"
    if not compiled(p.department_pattern).search(body):
        return f"复议机关“{body}”不是规范全称"
    if new_rule:
        return f"自2024年1月1日起，对{issuer}的决定不服应向{region}{gov}申请行政复议，决定书写作“{body}”"
    return ""


@check_type("review_body.v1", params=Params)
def review_body(ctx: CheckContext, p: Params) -> CheckResult:
    """## What it checks
    The 复议机关 named in the decision's 复议 route, against the issuing agency (落款 or 首部: the one whose region
    reads furthest) and the decision date. From the profile's ``review_body_rule_from`` (2024-01-01, 复议法2023
    第二十四条) a 县级以上地方人民政府工作部门's decision goes to 本级人民政府 only; before it, the 本级人民政府
    or the 上一级主管部门 were both right. Agencies matching ``vertical_patterns`` (海关、金融、外汇、税务、国家
    安全, 第二十七条) go to the 上一级主管部门, never to a 人民政府. An informal name (上级部门) fails. An issuer
    whose level cannot be read from its name (``uncertain_patterns``: 分局、派出机构、大队; or no region, or not a
    department) gives CANNOT_TELL.
    ## Params
    doc_types, region_pattern, department_pattern, government_suffix, vertical_patterns, uncertain_patterns,
    informal_patterns, alternative_separators
    ## Example
    A 2024-06 decision of 成都市锦江区市场监督管理局 telling "向成都市市场监督管理局申请行政复议" fails; "向成都市锦江区
    人民政府申请行政复议" passes.
    """
    docs = ctx.docs(*p.doc_types)
    if not docs:
        return CheckResult.cannot_tell(f"案卷中没有{'或'.join(p.doc_types)}")
    rule_from = ctx.profile.review_rule_date()
    failures: list[Evidence] = []
    passes: list[Evidence] = []
    unsure: list[str] = []
    for doc in docs:
        routes = [e for e in ctx.elements(ElementKind.REMEDY, [doc]) if isinstance(e.value, Remedy)]
        routes = [e for e in routes if e.value.channel == "复议" and e.value.body]  # type: ignore[union-attr]
        if not routes:
            unsure.append("决定书未写明复议机关")
            continue
        # the agency named in the footer or the head; the one whose region reads furthest wins (an OCR slip in one
        # of them, 锦江座 for 锦江区, must not move the agency up a level)
        names = [_key(str(e.value)) for e in ctx.elements(ElementKind.ISSUER, [doc], ("落款", "首部"))]
        date_el = _first(ctx, ElementKind.DATE, doc, ("落款",))
        day: dt.date | None = date_of(date_el) if date_el is not None else ctx.case.decision_date
        if not names or day is None:
            unsure.append("未找到作出决定的机关或决定日期")
            continue
        issuer = max(names, key=lambda n: len(_region(p, n)))
        region = _region(p, issuer)
        vertical = any(compiled(x).search(issuer) for x in p.vertical_patterns)
        if not vertical and (
            not region
            or any(compiled(x).search(issuer) for x in p.uncertain_patterns)
            or not compiled(p.department_pattern).search(issuer)
        ):
            unsure.append(f"无法从机关名称“{issuer}”判断其层级")
            continue
        for el in routes:
            body = str(el.value.body)  # type: ignore[union-attr]
            problems = [
                x for x in (_judge(p, issuer, region, b, day >= rule_from) for b in _alternatives(p, body)) if x
            ]
            if problems:
                failures.append(ctx.of_element(el, note=problems[0]))
            else:
                passes.append(ctx.of_element(el))
    if failures:
        return CheckResult.fail(failures, reason=failures[0].note, body=failures[0].quote)
    if unsure:
        return CheckResult.cannot_tell("；".join(dict.fromkeys(unsure)))
    return CheckResult.ok(passes)
