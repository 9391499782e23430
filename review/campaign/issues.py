"""问题清单 and 共性问题 from the finals' problems.

- ``issue_rows``: one row per problem of every final result, for the unit's 问题清单 (问题类别, 问题描述, 依据条款,
  所在文书/页, 扣分, 整改建议, plus 单位 and 文号/案卷), units in list order, dossiers in list order.
- ``common_issues``: problems grouped by rule, with how many dossiers and units have them and one or two examples
  (文号 and quote, from different units where possible), most frequent first.
- ``mask_parties``: takes 当事人 names, credit codes and ID numbers out of a line before it goes into a report that
  is circulated (评查报告): organisations become 某某…公司, labelled persons 某某, numbers asterisks.
"""

from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from review.campaign.model import CampaignDossier, CampaignSnapshot, Model, Problem


class IssueRow(Model):
    unit: str
    dossier_id: str
    case_number: str  # 文号
    case_name: str
    file: str
    rule_id: str
    category: str  # 问题类别
    title: str
    description: str  # 问题描述
    basis: str  # 依据条款
    location: str  # 所在文书/页: "行政处罚决定书 第12页"
    points: Decimal  # 扣分
    veto: bool
    suggestion: str  # 整改建议


class IssueExample(Model):
    unit: str
    case_number: str
    dossier_id: str
    description: str
    quote: str
    location: str


class CommonIssue(Model):
    rule_id: str
    title: str
    category: str
    basis: str
    dossiers: int
    units: int
    problems: int
    total_points: Decimal
    veto: bool
    examples: tuple[IssueExample, ...]


def location(problem: Problem) -> str:
    pages = problem.pages.strip()
    where = f"第{pages}页" if pages else ""
    return "　".join(x for x in (problem.document.strip(), where) if x)


def suggestion(problem: Problem) -> str:
    """The problem's own 整改建议, else one drawn from the rule's requirement."""
    if problem.suggestion.strip():
        return problem.suggestion.strip()
    title = problem.title.strip().rstrip("。")
    if not title:
        return "对照评查标准逐项整改，今后同类案件严格规范办理。"
    return f"对照要求整改：{title}；今后同类案件严格规范办理。"


def _row(d: CampaignDossier, p: Problem) -> IssueRow:
    return IssueRow(
        unit=d.unit,
        dossier_id=d.id,
        case_number=d.case_number,
        case_name=d.case_name,
        file=d.file,
        rule_id=p.rule_id,
        category=p.category,
        title=p.title,
        description=p.description or p.title,
        basis=p.basis,
        location=location(p),
        points=p.points,
        veto=p.veto,
        suggestion=suggestion(p),
    )


def issue_rows(snapshot: CampaignSnapshot) -> list[IssueRow]:
    """Every final problem, grouped by unit (list order), then dossier (list order), veto items first."""
    by_unit: dict[str, list[IssueRow]] = defaultdict(list)
    for d in snapshot.dossiers:
        if d.final is None:
            continue
        problems = sorted(d.final.problems, key=lambda p: (not p.veto, p.rule_id))
        by_unit[d.unit].extend(_row(d, p) for p in problems)
    return [r for u in snapshot.units for r in by_unit.get(u, [])]


def issues_by_unit(snapshot: CampaignSnapshot) -> dict[str, list[IssueRow]]:
    """Each unit that submitted dossiers → its rows (possibly none), in list order."""
    out: dict[str, list[IssueRow]] = {d.unit: [] for d in snapshot.dossiers}
    for r in issue_rows(snapshot):
        out[r.unit].append(r)
    return out


def _example(d: CampaignDossier, p: Problem) -> IssueExample:
    return IssueExample(
        unit=d.unit,
        case_number=d.case_number,
        dossier_id=d.id,
        description=p.description or p.title,
        quote=p.quote,
        location=location(p),
    )


def common_issues(snapshot: CampaignSnapshot, examples: int = 2) -> list[CommonIssue]:
    """Problems by rule: dossiers, units, 1–``examples`` examples each; most dossiers first."""
    found: dict[str, list[tuple[CampaignDossier, Problem]]] = defaultdict(list)
    for d in snapshot.dossiers:
        if d.final is None:
            continue
        for p in d.final.problems:
            found[p.rule_id].append((d, p))
    out = []
    for rule_id, hits in found.items():
        first = hits[0][1]
        out.append(
            CommonIssue(
                rule_id=rule_id,
                title=first.title,
                category=first.category,
                basis=first.basis,
                dossiers=len({d.id for d, _ in hits}),
                units=len({d.unit for d, _ in hits}),
                problems=len(hits),
                total_points=sum((p.points for _, p in hits), Decimal(0)),
                veto=any(p.veto for _, p in hits),
                examples=tuple(_example(d, p) for d, p in _pick(hits, examples)),
            )
        )
    out.sort(key=lambda c: (-c.dossiers, -c.units, -c.total_points, c.rule_id))
    return out


def _pick(hits: list[tuple[CampaignDossier, Problem]], n: int) -> list[tuple[CampaignDossier, Problem]]:
    """Up to ``n`` examples: with a quote first, one per unit before a second from the same unit."""
    ranked = sorted(hits, key=lambda h: (not h[1].quote.strip(),))
    chosen: list[tuple[CampaignDossier, Problem]] = []
    units: set[str] = set()
    for h in ranked:
        if len(chosen) < n and h[0].unit not in units:
            chosen.append(h)
            units.add(h[0].unit)
    for h in ranked:
        if len(chosen) < n and h not in chosen:
            chosen.append(h)
    return chosen


# --- anonymising a line for the 评查报告 ---------------------------------------------------------------------------

_HAN = "\u4e00-\u9fff"
_ORG_SUFFIX = (
    "有限责任公司|股份有限公司|有限公司|分公司|公司|合作社|经营部|商行|门市部|超市|大药房|药房|药店|诊所|酒店|宾馆"
    "|饭店|餐馆|餐厅|加油站|工作室|厂"
)
#: not 《中华人民共和国公司法》, 公司章程, 生产厂家
_ORG = re.compile(rf"[{_HAN}（）()]{{2,30}}?(?P<suffix>{_ORG_SUFFIX})(?![法家区房内长登章》])")
#: words before a name that belong to the sentence, not the name: 经查当事人 / 向 / 对 / 决定书为 …
_CUT = re.compile(r"(?:当事人|经查|向|对|与|为|是|被|由|将|的|在|和|及|系|即|称|：|:|“|\"|（|\()")
_LABELLED_PERSON = re.compile(
    rf"(?P<label>当事人|法定代表人|负责人|经营者|签收人|受送达人|被询问人|被检查人|委托代理人|代理人|户主)"
    rf"(?P<sep>[:：]\s*|为|是)(?P<name>[{_HAN}]{{2,4}})(?=[，,。；;、\s）)”\"]|$)"
)
_CREDIT = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}(?![0-9A-Z])")
_ID = re.compile(r"(?<!\d)\d{17}[\dXx](?!\d)")
_QUOTED_NAME = re.compile(r"[“\"](?P<q>[^”\"]{2,40})[”\"]")
#: rules whose message quotes the party's name or numbers: their quotes stay out of reports
PARTY_CHECKS = frozenset({"D01", "G01", "G02", "G03", "G04", "F02", "C08"})


def is_party_rule(rule_id: str) -> bool:
    return rule_id.rpartition("-")[2] in PARTY_CHECKS


def _mask_org(m: re.Match) -> str:
    text, suffix = m.group(0), m.group("suffix")
    body = text[: len(text) - len(suffix)]
    cut = 0
    for c in _CUT.finditer(body):
        cut = c.end()
    return body[:cut] + "某某" + suffix


def mask_parties(text: str) -> str:
    """``text`` with organisation names, labelled persons, credit codes and ID numbers replaced."""
    text = _CREDIT.sub(lambda m: m.group(0)[:2] + "*" * 16, text)
    text = _ID.sub(lambda m: m.group(0)[:6] + "*" * 12, text)
    text = _LABELLED_PERSON.sub(lambda m: m.group("label") + m.group("sep") + "某某", text)
    return _ORG.sub(_mask_org, text)


def example_line(example: IssueExample, rule_id: str) -> str:
    """An anonymised example for a report: 文号, the problem, and the quote where it names nobody."""
    head = example.case_number or "（未填文号）"
    desc = mask_parties(example.description)
    if is_party_rule(rule_id):
        desc = _QUOTED_NAME.sub("“某某”", desc)
        return f"{head}：{desc}"
    quote = mask_parties(example.quote.strip())
    if quote and quote not in desc:
        if len(quote) > 60:
            quote = quote[:60] + "…"
        return f"{head}：{desc}（原文：“{quote}”）"
    return f"{head}：{desc}"
