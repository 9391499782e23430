"""The campaign's two documents, in 公文 layout (review/export/gongwen.py):

- 评查报告 (draft): 一、基本情况 (scope, standard, method: 交叉评查, 抽查 ratio and seed, counts),
  二、总体评价 (grades, mean, units, machine pass, agreement of the 初评), 三、亮点 (优秀 files),
  四、主要问题 (共性问题 with counts and anonymised examples: 文号 yes, 当事人 no),
  五、原因分析 (a neutral draft from the problem categories), 六、意见建议;
- 通报: 关于20XX年度行政执法案卷评查情况的通报 with 优秀案卷名单 and 不合格案卷名单 (单位, 文号, 案件名称, 得分),
  共性问题, 整改要求 with a deadline placeholder.

Both say plainly when nothing has been reviewed yet. Every number comes from review.campaign.stats / issues, which
read the finals only."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path

from checklists.model import RulePack
from review.campaign.agreement import AgreementReport, kappa_label
from review.campaign.issues import CommonIssue, common_issues, example_line
from review.campaign.model import CampaignDossier, CampaignSnapshot
from review.campaign.stats import (
    UnitSummary,
    category_counts,
    grade_order,
    machine_vs_final,
    overall_detail,
    overall_summary,
    score_distribution,
    unit_summary,
    year_over_year,
)
from review.export import gongwen as g

CN_NUM = "一二三四五六七八九十"
#: a neutral cause per problem category (五、原因分析); other categories get a generic sentence
CAUSES = {
    "主体": "部分执法人员对执法主体资格、持证执法和两人以上执法的要求把握不严",
    "事实证据": "调查取证意识有待增强，证据收集不够全面，对证据之间相互印证重视不够",
    "法律适用": "对法律法规和裁量基准的学习不够深入，引用法律条文不够准确、规范",
    "程序": "“重实体、轻程序”的观念仍不同程度存在，对法定程序、办案时限和送达要求执行不够严格",
    "文书": "文书制作不够严谨细致，对文书格式、必备要素和用语规范把关不严",
    "归档": "对案卷立卷归档重视不够，装订顺序、卷内目录和页码编排不够规范",
}
ADVICE = {
    "主体": "严格落实执法人员持证上岗和资格管理制度，调查取证、检查等执法活动由两名以上持证执法人员进行。",
    "事实证据": "强化调查取证，全面、客观、公正收集证据，做到事实清楚、证据确凿、相互印证。",
    "法律适用": "加强法律法规和裁量基准的学习，准确引用违法条款和处罚依据，做到过罚相当。",
    "程序": "严格落实行政执法“三项制度”，依法履行告知、听证、法制审核、集体讨论和送达等法定程序，严守办案时限。",
    "文书": "对照行政执法文书格式范本规范文书制作，做到要素齐全、表述准确、用语规范。",
    "归档": "按照案卷归档要求及时立卷归档，做到材料齐全、顺序规范、目录与页码准确。",
}


def fmt(value: Decimal | float | int | None, places: int = 2) -> str:
    """86.50 → "86.5", 90.00 → "90", None → "—"."""
    if value is None:
        return "—"
    d = Decimal(str(value)).quantize(Decimal(1).scaleb(-places))
    text = format(d, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def band_text(snapshot: CampaignSnapshot) -> str:
    bands = sorted(snapshot.campaign.bands, key=lambda b: b.min, reverse=True)
    parts = []
    for i, b in enumerate(bands):
        if i == 0:
            parts.append(f"{b.grade}（{fmt(b.min)}分以上）")
        elif b.min > 0:
            parts.append(f"{b.grade}（{fmt(b.min)}分以上不满{fmt(bands[i - 1].min)}分）")
        else:
            parts.append(f"{b.grade}（不满{fmt(bands[i - 1].min)}分）")
    return "、".join(parts)


def grade_sentence(s: UnitSummary, grades: list[str]) -> str:
    return "，".join(f"{gr}{s.grades[gr]}件（占{fmt(s.shares[gr])}%）" for gr in grades)


def _pack_titles(snapshot: CampaignSnapshot, packs: Mapping[str, RulePack] | None) -> str:
    refs = list(dict.fromkeys(d.machine.pack for d in snapshot.dossiers if d.machine and d.machine.pack))
    if not refs and snapshot.campaign.checklist:
        refs = [snapshot.campaign.checklist]
    titles = []
    for ref in refs:
        pack = (packs or {}).get(ref) or (packs or {}).get(ref.partition("@")[0])
        titles.append(f"《{pack.title}》（{pack.ref}）" if pack else f"评查标准 {ref}")
    return "、".join(dict.fromkeys(titles)) or "所选评查标准"


def _sampling_text(snapshot: CampaignSnapshot) -> str:
    c = snapshot.campaign
    rule = c.sample
    seed = f"，随机种子为{c.sample_seed}，抽取结果可重现、可复核" if c.sample_seed is not None else ""
    if rule is None:
        return "尚未确定抽查范围"
    if rule.mode == "all":
        return "对报送案卷全覆盖评查"
    ratio = fmt((rule.ratio or Decimal(0)) * 100)
    least = f"、每个单位不少于{rule.min}件" if rule.min else ""
    return f"按各单位报送案卷数的{ratio}%随机抽取（向上取整{least}）{seed}"


def _named(d: CampaignDossier) -> tuple[str, str, str]:
    return d.unit, d.case_number or d.file, d.case_name or "—"


def _by_grade(snapshot: CampaignSnapshot, grade: str, best_first: bool) -> list[CampaignDossier]:
    order = {u: i for i, u in enumerate(snapshot.units)}
    hits = [d for d in snapshot.dossiers if d.final is not None and d.final.grade == grade]
    sign = -1 if best_first else 1
    return sorted(hits, key=lambda d: (sign * d.final.score, order.get(d.unit, 0), d.case_number))


def _grade_table(doc, dossiers: list[CampaignDossier]) -> None:
    rows = [(str(i), *_named(d), fmt(d.final.score)) for i, d in enumerate(dossiers, 1)]
    g.table(doc, ("序号", "单位", "文号", "案件名称", "得分"), rows, (1.2, 3.9, 4.9, 4.3, 1.3), center=(0, 4))


def _unit_table(doc, snapshot: CampaignSnapshot) -> None:
    grades = grade_order(snapshot)
    rows = []
    for s in [*unit_summary(snapshot), overall_summary(snapshot)]:
        rows.append((s.unit, str(s.dossiers), str(s.reviewed), *(str(s.grades[x]) for x in grades), fmt(s.mean_score)))
    rest = (15.6 - 4.6) / (3 + len(grades))
    g.table(
        doc,
        ("单位", "报送", "评查", *grades, "平均分"),
        rows,
        (4.6, *[rest] * (3 + len(grades))),
        center=tuple(range(1, 4 + len(grades))),
        bold_last=True,
    )


def _issue_lines(issue: CommonIssue) -> str:
    what = f"未达到“{issue.title}”的要求"
    count = f"涉及{issue.units}个单位{issue.dossiers}件案卷" if issue.units > 1 else f"涉及{issue.dossiers}件案卷"
    veto = "，属否决项" if issue.veto else ""
    return f"{what}，{count}{veto}。"


# --- 评查报告 ----------------------------------------------------------------------------------------------------


def report_title(snapshot: CampaignSnapshot) -> str:
    """The 评查报告 title: a name ending in 评查 gets 报告 ("…交叉评查" → "…交叉评查报告"), any other 评查报告."""
    name = snapshot.campaign.name.strip()
    for tail in ("评查活动", "评查工作"):
        if name.endswith(tail):
            return name[: -len(tail)] + "评查报告"
    return name + ("报告" if name.endswith("评查") else "评查报告")


def build_report_docx(
    snapshot: CampaignSnapshot,
    packs: Mapping[str, RulePack] | None = None,
    agreement: AgreementReport | None = None,
    history: Sequence[CampaignSnapshot] = (),
    top: int = 10,
):
    c = snapshot.campaign
    grades = grade_order(snapshot)
    total = overall_summary(snapshot)
    detail = overall_detail(snapshot)
    units = unit_summary(snapshot)
    doc = g.new_document()
    g.title(doc, report_title(snapshot))
    g.subtitle(doc, "（初稿）")
    g.blank(doc)

    g.heading(doc, "一、基本情况")
    scope = c.scope.strip().rstrip("。") or "各单位报送的已办结行政执法案卷"
    g.para(doc, f"本次评查为{c.year}年度行政执法案卷评查，评查范围为{scope}。")
    g.para(
        doc,
        f"评查依据{_pack_titles(snapshot, packs)}逐案逐项量化评分，等次分为{band_text(snapshot)}；"
        "否决项成立的案卷为不合格。",
    )
    machine = sum(1 for d in snapshot.dossiers if d.machine is not None)
    g.para(
        doc,
        f"评查采取交叉评查方式，{_sampling_text(snapshot)}。每件案卷由{c.per_dossier}名非本单位评查人员独立初评，"
        f"两份初评总分相差超过{fmt(c.recheck_threshold)}分的，由未参加该卷初评的非本单位人员复核认定；"
        f"相差在{fmt(c.recheck_threshold)}分以内的，按初评结果认定。"
        + ("评查前由评查软件对案卷逐项机器初评，供评查人员参考，最终结果均经人工认定。" if machine else ""),
    )
    reviewer_units = len({r.unit for r in snapshot.reviewers})
    counts = (
        f"共有{len(units)}个单位报送案卷{total.dossiers}件，抽取{total.sampled}件，"
        f"已完成评查{total.reviewed}件"
        + (f"，{detail.unreadable}件因无法读取不符合评查条件" if detail.unreadable else "")
        + (f"，{detail.pending}件尚未完成评查" if detail.pending else "")
        + f"。参加评查人员{len(snapshot.reviewers)}名，来自{reviewer_units}个单位。"
    )
    g.para(doc, counts)

    g.heading(doc, "二、总体评价")
    if not total.reviewed:
        g.para(doc, "截至本报告生成时，尚无已完成评查的案卷，总体评价待评查完成后补充。")
    else:
        vetoed = f"，其中{total.vetoed}件因否决项成立评为{grades[-1]}" if total.vetoed else ""
        g.para(
            doc,
            f"已评查的{total.reviewed}件案卷平均得分{fmt(total.mean_score)}分。"
            f"其中{grade_sentence(total, grades)}{vetoed}。",
        )
        bins = [b for b in score_distribution(snapshot, 10) if b.count]
        if bins:
            peak = max(bins, key=lambda b: (b.count, b.lower))
            g.para(doc, f"从得分分布看，得分在{fmt(peak.lower)}至{fmt(peak.upper)}分之间的案卷最多，共{peak.count}件。")
        scored = [s for s in units if s.mean_score is not None]
        if len(scored) >= 2:
            best = sorted(scored, key=lambda s: (-s.mean_score, s.unit))[:3]
            g.para(
                doc,
                "从各单位看，平均得分较高的是"
                + "、".join(f"{s.unit}（{fmt(s.mean_score)}分）" for s in best)
                + "。各单位评查情况见下表。",
            )
        _unit_table(doc, snapshot)
        mc = machine_vs_final(snapshot)
        if mc.n:
            g.para(
                doc,
                f"机器初评与最终认定等次一致的案卷{mc.same_grade}件，占可比较案卷（{mc.n}件）的{fmt(mc.same_share)}%，"
                f"最终得分与机器初评得分平均相差{fmt(mc.mean_abs_diff)}分。",
            )
        if agreement is not None and agreement.summary.pairs:
            s = agreement.summary
            g.para(
                doc,
                f"交叉初评一致性方面，对{s.dossiers}件有两份初评的案卷逐项比对，观察一致率为"
                f"{fmt((s.items.observed or 0) * 100)}%，"
                f"κ系数为{fmt(s.items.kappa, 3)}（{kappa_label(s.items.kappa)}）；"
                f"两份初评总分平均相差{fmt(s.mean_abs_diff)}分，{s.over_threshold}次相差超过复核阈值。",
            )
        if history:
            _history_paras(doc, [*history, snapshot])

    g.heading(doc, "三、亮点")
    _highlights(doc, snapshot, packs, grades)

    g.heading(doc, "四、主要问题")
    issues = common_issues(snapshot)
    if not issues:
        none = "已评查案卷未发现扣分问题。" if total.reviewed else "尚无已完成评查的案卷，主要问题待评查完成后补充。"
        g.para(doc, none)
    else:
        n_problems = sum(i.problems for i in issues)
        g.para(
            doc,
            f"已评查案卷共发现问题{n_problems}处，涉及{len(issues)}个评查项。"
            f"按涉及案卷数排列，主要问题如下（所举示例仅列文号，已隐去当事人信息）：",
        )
        shown = issues[:top]
        cats = list(dict.fromkeys(i.category for i in shown))
        for k, cat in enumerate(cats):
            g.subheading(doc, f"（{CN_NUM[k] if k < 10 else k + 1}）{cat}方面")
            for n, issue in enumerate((i for i in shown if i.category == cat), 1):
                examples = "；".join(example_line(e, issue.rule_id).rstrip("。") for e in issue.examples)
                g.lead_para(doc, f"{n}.", _issue_lines(issue) + (f"如{examples}。" if examples else ""))
        if len(issues) > top:
            g.para(doc, f"其余{len(issues) - top}项问题详见《问题清单》。")

    g.heading(doc, "五、原因分析")
    _causes(doc, snapshot)

    g.heading(doc, "六、意见建议")
    _advice(doc, snapshot)
    g.blank(doc)
    g.para(doc, "附件：1.汇总统计表　2.问题清单　3.评查任务分配表　4.初评一致性分析")
    g.note(doc, "本报告初稿由评查软件根据评查结果生成，数据以最终认定结果为准，文字须经评查组审核修改后使用。", 10.5)
    return doc


def _history_paras(doc, snapshots: list[CampaignSnapshot]) -> None:
    rows = [r for r in year_over_year(snapshots) if r.unit == "合计"]
    if len(rows) < 2:
        return
    parts = [
        f"{r.year}年度平均{fmt(r.mean_score)}分、优秀率{fmt(r.excellent_rate)}%、不合格率{fmt(r.fail_rate)}%"
        for r in rows
    ]
    g.para(doc, "与往年相比：" + "；".join(parts) + "。")


def _highlights(doc, snapshot: CampaignSnapshot, packs, grades: list[str]) -> None:
    total = overall_summary(snapshot)
    if not total.reviewed:
        g.para(doc, "尚无已完成评查的案卷，亮点待评查完成后补充。")
        return
    best = _by_grade(snapshot, grades[0], best_first=True) if grades else []
    clean = sum(1 for d in snapshot.dossiers if d.final is not None and not d.final.problems)
    if best:
        names = "、".join(f"{d.unit}{d.case_number or d.file}（{fmt(d.final.score)}分）" for d in best[:10])
        more = f"等{len(best)}件" if len(best) > 10 else f"共{len(best)}件"
        g.para(doc, f"评为{grades[0]}的案卷有{names}{more}。")
    else:
        g.para(doc, f"本次评查没有案卷达到{grades[0]}等次。" if grades else "本次评查未设等次。")
    if clean:
        g.para(doc, f"{clean}件案卷未发现扣分问题，立案、调查取证、审查决定、送达执行各环节规范完整。")
    cats = _quiet_categories(snapshot, packs)
    if cats:
        g.para(doc, f"从评查情况看，各单位在{'、'.join(cats)}等方面总体较为规范，扣分较少。")
    units = [s for s in unit_summary(snapshot) if s.reviewed and s.grades.get(grades[-1], 0) == 0]
    if units and len(grades) > 1:
        names = "、".join(s.unit for s in units[:6]) + (f"等{len(units)}个单位" if len(units) > 6 else "")
        g.para(doc, f"{names}已评查的案卷中没有{grades[-1]}案卷。")


def _quiet_categories(snapshot: CampaignSnapshot, packs) -> list[str]:
    """The pack's categories with the fewest problems per reviewed dossier (none, or the least two)."""
    names: list[str] = []
    for ref in dict.fromkeys(d.machine.pack for d in snapshot.dossiers if d.machine and d.machine.pack):
        pack = (packs or {}).get(ref) or (packs or {}).get(ref.partition("@")[0])
        if pack:
            names += [c.name for c in pack.categories]
    if not names and snapshot.campaign.checklist and packs:
        pack = packs.get(snapshot.campaign.checklist)
        names = [c.name for c in pack.categories] if pack else []
    counts = {c.category: c.problems for c in category_counts(snapshot.dossiers)}
    names = list(dict.fromkeys(names))
    if not names:
        return []
    zero = [n for n in names if counts.get(n, 0) == 0]
    return zero or sorted(names, key=lambda n: counts.get(n, 0))[:2]


def _causes(doc, snapshot: CampaignSnapshot) -> None:
    cats = category_counts(snapshot.dossiers)
    if not cats:
        g.para(doc, "尚无扣分问题，原因分析待评查完成后补充。")
        return
    total = sum(c.problems for c in cats)
    share = "；".join(f"{c.category}类{c.problems}处（占{fmt(Decimal(100) * c.problems / total)}%）" for c in cats[:4])
    g.para(doc, f"从问题类别看，{share}。问题产生的原因主要有以下几个方面：")
    for k, c in enumerate(cats[:4]):
        cause = CAUSES.get(c.category, f"对{c.category}方面的规范要求把握不够到位")
        g.lead_para(doc, f"{'一二三四'[k]}是", f"{cause}。")
    g.para(doc, "此外，案件审核把关和内部评查机制有待完善，法制审核、案卷内部评查的作用发挥还不够充分。")


def _advice(doc, snapshot: CampaignSnapshot) -> None:
    cats = [c.category for c in category_counts(snapshot.dossiers)][:3]
    items = [
        (
            "抓好问题整改。",
            "各单位要对照《问题清单》逐卷逐项整改，能补正的及时补正，不能补正的作出书面说明，"
            "并于X月X日前将整改情况书面报送。",
        ),
    ]
    for c in cats:
        items.append(("规范" + c + "。", ADVICE.get(c, f"对照评查标准规范{c}方面的工作。")))
    items += [
        ("加强业务培训。", "以本次评查发现的共性问题为重点，开展案卷制作和执法程序培训，组织评查优秀案卷观摩交流。"),
        (
            "建立常态化评查机制。",
            "定期开展案卷自查和交叉评查，对整改情况开展“回头看”，将评查结果纳入法治政府建设考核。",
        ),
    ]
    for k, (lead, text) in enumerate(items):
        g.lead_para(doc, f"（{CN_NUM[k]}）{lead}", text)


def write_report_docx(
    snapshot: CampaignSnapshot,
    path: Path,
    packs: Mapping[str, RulePack] | None = None,
    agreement: AgreementReport | None = None,
    history: Sequence[CampaignSnapshot] = (),
) -> None:
    tmp = path.with_name(path.name + ".tmp.docx")
    build_report_docx(snapshot, packs, agreement, history).save(str(tmp))
    tmp.replace(path)


# --- 通报 -------------------------------------------------------------------------------------------------------


def notice_title(snapshot: CampaignSnapshot) -> str:
    return f"关于{snapshot.campaign.year}年度行政执法案卷评查情况的通报"


def build_notice_docx(snapshot: CampaignSnapshot, top: int = 6):
    c = snapshot.campaign
    grades = grade_order(snapshot)
    total = overall_summary(snapshot)
    doc = g.new_document()
    g.title(doc, notice_title(snapshot))
    g.blank(doc)
    g.para(doc, "各有关单位：", indent=False)
    g.para(
        doc,
        f"为进一步规范行政执法行为，提升行政执法案卷质量，按照评查工作安排，组织开展了{c.name}。现将有关情况通报如下：",
    )
    g.heading(doc, "一、基本情况")
    units = len({d.unit for d in snapshot.dossiers})
    if not total.reviewed:
        g.para(doc, f"本次评查共涉及{units}个单位报送案卷{total.dossiers}件，截至目前尚无已完成评查的案卷。")
    else:
        vetoed = f"，其中{total.vetoed}件因否决项成立评为{grades[-1]}" if total.vetoed else ""
        g.para(
            doc,
            f"本次评查共涉及{units}个单位报送案卷{total.dossiers}件，采取交叉评查方式评查{total.reviewed}件，"
            f"平均得分{fmt(total.mean_score)}分。其中{grade_sentence(total, grades)}{vetoed}。",
        )
    best = _by_grade(snapshot, grades[0], best_first=True) if grades else []
    worst = _by_grade(snapshot, grades[-1], best_first=False) if len(grades) > 1 else []
    g.heading(doc, f"二、{grades[0] if grades else '优秀'}案卷")
    if best:
        g.para(doc, f"以下{len(best)}件案卷评为{grades[0]}，予以通报表扬：")
        _grade_table(doc, best)
    else:
        g.para(doc, f"本次评查没有案卷评为{grades[0] if grades else '优秀'}。")
    g.heading(doc, f"三、{grades[-1] if grades else '不合格'}案卷")
    if worst:
        g.para(doc, f"以下{len(worst)}件案卷评为{grades[-1]}，予以通报：")
        _grade_table(doc, worst)
    else:
        g.para(doc, f"本次评查没有案卷评为{grades[-1] if grades else '不合格'}。")
    g.heading(doc, "四、共性问题")
    issues = common_issues(snapshot)
    if issues:
        g.para(doc, "评查发现的共性问题主要有：")
        for n, issue in enumerate(issues[:top], 1):
            g.lead_para(doc, f"{n}.", f"{issue.category}方面：" + _issue_lines(issue))
        if len(issues) > top:
            g.para(doc, "其他问题已通过《问题清单》逐一反馈各单位。")
    else:
        g.para(doc, "已评查案卷未发现共性问题。" if total.reviewed else "共性问题待评查完成后通报。")
    g.heading(doc, "五、整改要求")
    demands = [
        "各单位要高度重视评查发现的问题，对照《问题清单》逐卷逐项整改，于X月X日前将整改情况书面报送。",
        f"被评为{grades[-1] if grades else '不合格'}案卷的单位要深入剖析原因，明确整改责任人和整改时限，"
        "举一反三，杜绝同类问题再次发生。",
        "各单位要以本次评查为契机，严格落实行政执法“三项制度”，加强执法人员培训，常态化开展案卷自查，"
        "整改情况将适时开展“回头看”。",
    ]
    for k, text in enumerate(demands):
        g.lead_para(doc, f"（{CN_NUM[k]}）", text)
    g.blank(doc)
    g.para(doc, "附件：1.汇总统计表　2.问题清单")
    g.blank(doc)
    g.signature(doc, "（评查组织单位）", "X年X月X日")
    return doc


def write_notice_docx(snapshot: CampaignSnapshot, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp.docx")
    build_notice_docx(snapshot).save(str(tmp))
    tmp.replace(path)
