"""A campaign's workbooks: 汇总统计表, 问题清单, 分配表, 一致性. 宋体 body, 黑体 bold header rows, borders, wrapping,
frozen panes below the header, A4 landscape print set-up; numbers are numbers (percentages as percent values with two
decimals, κ to four), never JSON."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from review.campaign.agreement import AgreementReport, Kappa, kappa_label
from review.campaign.issues import common_issues, example_line, issue_rows, issues_by_unit
from review.campaign.model import CampaignDossier, CampaignSnapshot, Stage
from review.campaign.stats import (
    grade_matrix,
    grade_order,
    machine_vs_final,
    overall_detail,
    overall_summary,
    score_distribution,
    top_deductions,
    unit_details,
    unit_summary,
    year_over_year,
)

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BODY = Font(name="宋体", size=10)
BOLD_BODY = Font(name="宋体", size=10, bold=True)
HEAD = Font(name="黑体", size=10, bold=True)
TITLE = Font(name="黑体", size=14, bold=True)
NOTE = Font(name="宋体", size=9, color="555555")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
STATUS = {"pending": "待评查", "done": "已提交"}
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def sheet_title(name: str, taken: Iterable[str]) -> str:
    """A valid, unique worksheet name: no []:*?/\\, not blank, at most 31 characters, no leading/trailing '."""
    base = _BAD_SHEET_CHARS.sub("_", name).strip().strip("'") or "Sheet"
    used = {t.lower() for t in taken}
    candidate, k = base[:31], 1
    while candidate.lower() in used:
        k += 1
        suffix = f"({k})"
        candidate = base[: 31 - len(suffix)] + suffix
    return candidate


def _num(value: Decimal | float | int | None) -> float | int | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and value.as_tuple().exponent >= 0 else float(value)
    return value


def _k(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _title(ws: Worksheet, text: str, width: int, note: str = "") -> int:
    """Title (row 1, merged) and an optional note (row 2); returns the header row number."""
    ws.append([text])
    ws.cell(1, 1).font = TITLE
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 24
    if width > 1:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    if note:
        ws.append([note])
        ws.cell(2, 1).font = NOTE
        ws.cell(2, 1).alignment = Alignment(wrap_text=False, vertical="center")
    return ws.max_row + 1


def _style(ws: Worksheet, name: str) -> str:
    """A workbook-level named style (one lookup per cell instead of four style objects hashed per cell)."""
    wb = ws.parent
    if name not in wb.named_styles:
        font, fill = {"head": (HEAD, HEAD_FILL), "body": (BODY, None), "total": (BOLD_BODY, TOTAL_FILL)}[name]
        style = NamedStyle(name=name, font=font, border=BORDER, alignment=CENTER if name == "head" else WRAP)
        if fill is not None:
            style.fill = fill
        wb.add_named_style(style)
    return name


def _header(ws: Worksheet, names: Sequence[str]) -> int:
    return _row(ws, names, "head")


def _row(ws: Worksheet, values: Sequence, style: str = "body") -> int:
    """Append a bordered row in the named style; its row number. (Cells are reached by index: ``ws[ws.max_row]``
    scans the whole sheet and makes long sheets quadratic.)"""
    ws.append(list(values))
    row = ws._current_row  # the row ``append`` just wrote
    name = _style(ws, style)
    for col in range(1, len(values) + 1):
        ws.cell(row, col).style = name
    return row


def _finish(ws: Worksheet, header_row: int, widths: Sequence[float], freeze_col: int = 1, filter_: bool = False):
    for col, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(header_row + 1, freeze_col)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if filter_ and ws.max_row > header_row:
        ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(widths))}{ws.max_row}"


def _save(wb: Workbook, path: Path) -> None:
    tmp = path.with_name(path.name + ".tmp.xlsx")
    wb.save(str(tmp))
    tmp.replace(path)


def _empty_note(snapshot: CampaignSnapshot) -> str:
    if not snapshot.dossiers:
        return "本评查活动尚未导入案卷。"
    if overall_summary(snapshot).reviewed == 0:
        return "本评查活动尚无已完成评查（有最终结果）的案卷，等次、比例和平均分暂缺。"
    return ""


# --- 汇总统计表 -------------------------------------------------------------------------------------------------


def summary_header(snapshot: CampaignSnapshot) -> list[str]:
    grades = grade_order(snapshot)
    cols = ["序号", "单位", "案卷总数", "抽查数", "评查数"]
    for g in grades:
        cols += [f"{g}数", f"{g}占比(%)"]
    return [*cols, "否决数", "不符合评查条件数", "待评查数", "平均分", "主要问题"]


def main_problems(categories, n: int = 3) -> str:
    return "；".join(f"{c.category}{c.problems}处" for c in categories[:n])


def build_summary_xlsx(snapshot: CampaignSnapshot, history: Sequence[CampaignSnapshot] = ()) -> Workbook:
    """汇总统计表 (per unit + 合计), 分数分布 and 等次分布 with charts, 主要扣分项, 机器初评对比, and 历年对比 when
    earlier campaigns are given."""
    wb = Workbook()
    ws = wb.active
    ws.title = "汇总统计表"
    c = snapshot.campaign
    names = summary_header(snapshot)
    note = (
        f"年度：{c.year}　评查标准：{c.checklist or '按程序类型'}　"
        "占比为占评查数的百分比；不符合评查条件指无法读取的案卷。"
    )
    if empty := _empty_note(snapshot):
        note = f"{empty}　{note}"
    header_row = _header_after(ws, f"{c.name} 汇总统计表", len(names), note, names)
    grades = grade_order(snapshot)

    def values(i, s, d) -> list:
        out = [i, s.unit, s.dossiers, s.sampled, s.reviewed]
        for g in grades:
            out += [s.grades[g], _num(s.shares[g])]
        return [*out, s.vetoed, d.unreadable, d.pending, _num(s.mean_score), main_problems(d.categories)]

    for i, (s, d) in enumerate(zip(unit_summary(snapshot), unit_details(snapshot), strict=True), 1):
        _row(ws, values(i, s, d))
    total = _row(ws, values("", overall_summary(snapshot), overall_detail(snapshot)), "total")
    ws.cell(total, 1).value = "合计"
    ws.cell(total, 2).value = f"{len(unit_summary(snapshot))}个单位"
    for row in ws.iter_rows(min_row=header_row + 1, max_row=ws.max_row, min_col=3, max_col=len(names) - 1):
        for cell in row:
            cell.alignment = Alignment(horizontal="right", vertical="top")
            if isinstance(cell.value, float):
                cell.number_format = "0.00"
    _finish(ws, header_row, [6, 30, 8, 7, 7] + [7, 9] * len(grades) + [7, 9, 8, 8, 34], freeze_col=3)
    _distribution_sheet(wb, snapshot)
    _grades_sheet(wb, snapshot)
    _deductions_sheet(wb, snapshot)
    _machine_sheet(wb, snapshot)
    if history:
        _history_sheet(wb, [*history, snapshot])
    return wb


def _header_after(ws: Worksheet, title: str, width: int, note: str, names: Sequence[str]) -> int:
    _title(ws, title, width, note)
    return _header(ws, names)


def _distribution_sheet(wb: Workbook, snapshot: CampaignSnapshot) -> None:
    ws = wb.create_sheet("分数分布")
    header = _header_after(ws, "最终得分分布", 2, "按最终得分每10分一段；最后一段含满分。", ("分数段", "案卷数"))
    bins = score_distribution(snapshot, 10)
    for b in bins:
        _row(ws, (b.label, b.count))
    _finish(ws, header, (14, 10))
    chart = BarChart()
    chart.title = "最终得分分布"
    chart.y_axis.title = "案卷数"
    chart.x_axis.title = "分数段"
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=header, max_row=header + len(bins)), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=header + len(bins)))
    chart.width, chart.height = 18, 8
    ws.add_chart(chart, "D3")


def _grades_sheet(wb: Workbook, snapshot: CampaignSnapshot) -> None:
    ws = wb.create_sheet("等次分布")
    m = grade_matrix(snapshot)
    header = _header_after(ws, "各单位等次分布", 1 + len(m.grades), "", ("单位", *m.grades))
    for r in m.rows:
        _row(ws, (r.unit, *r.counts))
    _finish(ws, header, (30, *[8] * len(m.grades)))
    if m.rows:
        chart = BarChart()
        chart.type = "bar"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = "各单位等次分布"
        chart.x_axis.title = "单位"
        chart.y_axis.title = "案卷数"
        chart.add_data(
            Reference(ws, min_col=2, max_col=1 + len(m.grades), min_row=header, max_row=header + len(m.rows)),
            titles_from_data=True,
        )
        chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=header + len(m.rows)))
        chart.width, chart.height = 20, max(7, 1.2 * len(m.rows) + 3)
        ws.add_chart(chart, get_column_letter(len(m.grades) + 3) + "3")


def _deductions_sheet(wb: Workbook, snapshot: CampaignSnapshot) -> None:
    ws = wb.create_sheet("主要扣分项")
    names = ("序号", "评查项", "类别", "评查内容", "涉及案卷数", "涉及单位数", "扣分合计", "否决项")
    header = _header_after(ws, "主要扣分项（按涉及案卷数）", len(names), "", names)
    for i, d in enumerate(top_deductions(snapshot), 1):
        _row(ws, (i, d.rule_id, d.category, d.title, d.dossiers, d.units, _num(d.total_points), "是" if d.veto else ""))
    if ws.max_row == header:
        _row(ws, ("", "", "", "尚无扣分记录", "", "", "", ""))
    _finish(ws, header, (6, 10, 10, 56, 10, 10, 10, 7), filter_=True)


def _machine_sheet(wb: Workbook, snapshot: CampaignSnapshot) -> None:
    ws = wb.create_sheet("机器初评对比")
    m = machine_vs_final(snapshot)
    note = "仅统计机器初评成功且已有最终结果的案卷。"
    header = _header_after(ws, "机器初评与最终认定对比", 3, note, ("项目", "数值", "说明"))
    for row in (
        ("可比较案卷数", m.n, ""),
        ("等次一致数", m.same_grade, ""),
        ("等次一致率(%)", _num(m.same_share), ""),
        ("平均绝对分差", _num(m.mean_abs_diff), "|最终得分 − 机器得分| 的平均"),
        ("平均分差", _num(m.mean_diff), "最终得分 − 机器得分；正数表示人工认定高于机器"),
    ):
        _row(ws, row)
    ws.append([])
    _header(ws, ("机器等次", "最终等次", "案卷数"))
    for mg, fg, n in m.confusion:
        _row(ws, (mg, fg, n))
    _finish(ws, header, (16, 12, 44))


def _history_sheet(wb: Workbook, snapshots: list[CampaignSnapshot]) -> None:
    ws = wb.create_sheet("历年对比")
    names = ("单位", "年度", "评查活动", "评查数", "平均分", "优秀率(%)", "不合格率(%)")
    header = _header_after(ws, "历年对比", len(names), "优秀率、不合格率为最高、最低等次占评查数的百分比。", names)
    for r in year_over_year(snapshots):
        rates = (_num(r.excellent_rate), _num(r.fail_rate))
        _row(ws, (r.unit, r.year, r.campaign, r.reviewed, _num(r.mean_score), *rates))
    _finish(ws, header, (30, 8, 30, 8, 8, 10, 11), filter_=True)


def write_summary_xlsx(snapshot: CampaignSnapshot, path: Path, history: Sequence[CampaignSnapshot] = ()) -> None:
    _save(build_summary_xlsx(snapshot, history), path)


# --- 问题清单 ---------------------------------------------------------------------------------------------------

ISSUE_COLUMNS = (
    ("序号", 6),
    ("单位", 24),
    ("文号", 20),
    ("案件名称", 24),
    ("评查项", 9),
    ("问题类别", 9),
    ("问题描述", 44),
    ("依据条款", 40),
    ("所在文书/页", 18),
    ("扣分", 6),
    ("否决项", 6),
    ("整改建议", 36),
)


def _issue_sheet(ws: Worksheet, title: str, rows, none_text: str) -> None:
    names = [n for n, _ in ISSUE_COLUMNS]
    header = _header_after(ws, title, len(names), "", names)
    for i, r in enumerate(rows, 1):
        _row(
            ws,
            (
                i,
                r.unit,
                r.case_number or r.file,
                r.case_name,
                r.rule_id,
                r.category,
                r.description,
                r.basis,
                r.location,
                _num(r.points),
                "是" if r.veto else "",
                r.suggestion,
            ),
        )
    if not rows:
        _row(ws, ("", "", "", "", "", "", none_text, "", "", "", "", ""))
    _finish(ws, header, [w for _, w in ISSUE_COLUMNS], freeze_col=3, filter_=bool(rows))


def build_issues_xlsx(snapshot: CampaignSnapshot) -> Workbook:
    """全部问题, 共性问题, then one sheet per unit (sheet names made valid and unique)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "全部问题"
    rows = issue_rows(snapshot)
    _issue_sheet(ws, f"{snapshot.campaign.name} 问题清单", rows, _empty_note(snapshot) or "未发现扣分问题。")
    _common_sheet(wb.create_sheet("共性问题"), snapshot)
    finals = {d.unit: 0 for d in snapshot.dossiers}
    for d in snapshot.dossiers:
        finals[d.unit] += d.final is not None
    for unit, unit_rows in issues_by_unit(snapshot).items():
        sheet = wb.create_sheet(sheet_title(unit, wb.sheetnames))
        none = "本单位案卷尚未完成评查。" if not finals[unit] else "本单位已评查案卷未发现扣分问题。"
        _issue_sheet(sheet, f"{unit} 问题清单", unit_rows, none)
    return wb


def _common_sheet(ws: Worksheet, snapshot: CampaignSnapshot) -> None:
    names = (
        "序号",
        "评查项",
        "问题类别",
        "评查内容",
        "依据条款",
        "涉及案卷数",
        "涉及单位数",
        "问题数",
        "扣分合计",
        "否决项",
        "示例",
    )
    header = _header_after(ws, "共性问题（按涉及案卷数排序）", len(names), "示例已隐去当事人名称和证件号码。", names)
    for i, c in enumerate(common_issues(snapshot), 1):
        examples = "\n".join(example_line(e, c.rule_id) for e in c.examples)
        _row(
            ws,
            (
                i,
                c.rule_id,
                c.category,
                c.title,
                c.basis,
                c.dossiers,
                c.units,
                c.problems,
                _num(c.total_points),
                "是" if c.veto else "",
                examples,
            ),
        )
    if ws.max_row == header:
        _row(ws, ("", "", "", "尚无扣分问题", "", "", "", "", "", "", ""))
    _finish(ws, header, (6, 9, 9, 36, 36, 9, 9, 7, 8, 6, 56), freeze_col=3)


def write_issues_xlsx(snapshot: CampaignSnapshot, path: Path) -> None:
    _save(build_issues_xlsx(snapshot), path)


# --- 分配表 -----------------------------------------------------------------------------------------------------


def _first_slots(snapshot: CampaignSnapshot) -> int:
    most = max((len(d.first_reviews) for d in snapshot.dossiers), default=0)
    return max(most, snapshot.campaign.per_dossier, 1)


def assignment_header(snapshot: CampaignSnapshot) -> list[str]:
    cols = ["序号", "单位", "文号", "案件名称", "文件", "抽查", "机器得分", "机器等次"]
    for k in range(1, _first_slots(snapshot) + 1):
        cols += [f"初评人{k}", f"初评人{k}单位", f"初评{k}状态", f"初评{k}得分"]
    return [*cols, "复核人", "复核人单位", "复核状态", "复核得分", "最终得分", "最终等次", "认定方式"]


def _assignment_values(i: int, d: CampaignDossier, slots: int) -> list:
    m = d.machine
    out = [i, d.unit, d.case_number, d.case_name, d.file, "是" if d.sampled else "否"]
    if m is None:
        out += [None, "未初评"]
    elif m.error:
        out += [None, f"无法读取：{m.error}"]
    else:
        out += [_num(m.score), m.grade + ("（否决）" if m.veto else "")]
    firsts = list(d.first_reviews)
    for k in range(slots):
        if k < len(firsts):
            a = firsts[k]
            out += [a.reviewer, a.unit, STATUS.get(a.status, a.status), _num(a.score)]
        else:
            out += ["", "", "", None]
    rechecks = [a for a in d.assignments if a.stage == Stage.RECHECK]
    done = [a for a in rechecks if a.status == "done"]
    out += [
        "、".join(a.reviewer for a in rechecks),
        "、".join(dict.fromkeys(a.unit for a in rechecks)),
        "、".join(STATUS.get(a.status, a.status) for a in rechecks),
        _num(done[-1].score) if done else None,
    ]
    f = d.final
    out += [_num(f.score), f.grade, f.method] if f else [None, "", ""]
    return out


def build_assignments_xlsx(snapshot: CampaignSnapshot) -> Workbook:
    """分配表 (one row per dossier) and 评查人工作量."""
    wb = Workbook()
    ws = wb.active
    ws.title = "分配表"
    names = assignment_header(snapshot)
    slots = _first_slots(snapshot)
    c = snapshot.campaign
    note = f"每卷初评 {c.per_dossier} 人（不评本单位案卷）；初评总分相差超过 {c.recheck_threshold} 分的进入复核。"
    header = _header_after(ws, f"{c.name} 评查任务分配表", len(names), _empty_note(snapshot) or note, names)
    for i, d in enumerate(snapshot.dossiers, 1):
        _row(ws, _assignment_values(i, d, slots))
    _finish(
        ws,
        header,
        [6, 24, 20, 24, 22, 6, 9, 10] + [9, 20, 8, 8] * slots + [9, 20, 8, 8, 9, 9, 9],
        freeze_col=4,
        filter_=True,
    )
    _workload_sheet(wb.create_sheet("评查人工作量"), snapshot)
    return wb


def _workload_sheet(ws: Worksheet, snapshot: CampaignSnapshot) -> None:
    names = ("评查人", "单位", "初评分配", "初评完成", "复核分配", "复核完成")
    header = _header_after(ws, "评查人工作量", len(names), "", names)
    people: dict[str, list] = {r.name: [r.unit, 0, 0, 0, 0] for r in snapshot.reviewers}
    for d in snapshot.dossiers:
        for a in d.assignments:
            row = people.setdefault(a.reviewer, [a.unit, 0, 0, 0, 0])
            base = 1 if a.stage == Stage.FIRST else 3
            row[base] += 1
            row[base + 1] += a.status == "done"
    for name, (unit, *counts) in people.items():
        _row(ws, (name, unit, *counts))
    _finish(ws, header, (12, 28, 10, 10, 10, 10))


def write_assignments_xlsx(snapshot: CampaignSnapshot, path: Path) -> None:
    _save(build_assignments_xlsx(snapshot), path)


# --- 一致性 -----------------------------------------------------------------------------------------------------


def build_agreement_xlsx(report: AgreementReport, snapshot: CampaignSnapshot) -> Workbook:
    """总体, 评查人两两, 评查项: observed agreement, Cohen's κ, mean absolute score difference."""
    wb = Workbook()
    ws = wb.active
    ws.title = "总体"
    s = report.summary
    note = "对同一案卷的两份初评逐项比对“不符合/未判不符合”；κ 为 Cohen's kappa，两人全部判同一结果时无法计算。"
    header = _header_after(ws, f"{snapshot.campaign.name} 初评一致性", 3, note, ("项目", "数值", "说明"))
    for row in (
        ("评查人两两组数", s.pairs, ""),
        ("参与比对案卷数", s.dossiers, "有两份及以上已提交初评的案卷"),
        ("比对项数", s.items.n, "案卷 × 评查项 × 评查人组"),
        ("观察一致率", _k(s.items.observed), ""),
        ("κ系数（合并）", _k(s.items.kappa), kappa_label(s.items.kappa)),
        ("κ系数（各组平均）", _k(s.mean_pair_kappa), kappa_label(s.mean_pair_kappa)),
        ("平均分差", _num(s.mean_abs_diff), "两份初评总分之差的绝对值的平均"),
        (f"分差超过{s.threshold}分的次数", s.over_threshold, "应进入复核"),
    ):
        _row(ws, row)
    if not s.pairs:
        _row(ws, ("说明", None, "尚无两份及以上已提交初评的案卷，无法计算一致性。"))
    _finish(ws, header, (22, 12, 50))
    for row in ws.iter_rows(min_row=header + 1, max_row=ws.max_row, min_col=2, max_col=2):
        for cell in row:
            if isinstance(cell.value, float) and cell.row in (header + 4, header + 5, header + 6):
                cell.number_format = "0.0000"
    _pairs_sheet(wb.create_sheet("评查人两两"), report)
    _rules_sheet(wb.create_sheet("评查项"), report)
    return wb


def _kappa_cells(k: Kappa) -> list:
    return [k.n, k.both_fail, k.a_only, k.b_only, k.both_pass, _k(k.observed), _k(k.kappa), kappa_label(k.kappa)]


def _pairs_sheet(ws: Worksheet, report: AgreementReport) -> None:
    names = (
        "评查人甲",
        "甲单位",
        "评查人乙",
        "乙单位",
        "共同案卷数",
        "比对项数",
        "均判不符合",
        "仅甲判不符合",
        "仅乙判不符合",
        "均未判不符合",
        "观察一致率",
        "κ系数",
        "一致程度",
        "平均分差",
        "最大分差",
        "超复核阈值次数",
    )
    header = _header_after(ws, "评查人两两一致性", len(names), "", names)
    for p in report.pairs:
        _row(
            ws,
            (
                p.a,
                p.a_unit,
                p.b,
                p.b_unit,
                p.dossiers,
                *_kappa_cells(p.items),
                _num(p.mean_abs_diff),
                _num(p.max_abs_diff),
                p.over_threshold,
            ),
        )
    if not report.pairs:
        _row(ws, ("尚无可比对的初评", *[""] * (len(names) - 1)))
    _finish(ws, header, (10, 22, 10, 22, 9, 8, 9, 9, 9, 9, 9, 8, 9, 8, 8, 9), freeze_col=5)


def _rules_sheet(ws: Worksheet, report: AgreementReport) -> None:
    names = (
        "评查项",
        "类别",
        "评查内容",
        "比对项数",
        "均判不符合",
        "仅一人判不符合",
        "分歧率",
        "κ系数",
        "一致程度",
        "单独判不符合的评查人",
    )
    header = _header_after(ws, "各评查项一致性（按分歧次数排序）", len(names), "", names)
    for r in report.rules:
        alone = "；".join(f"{x.reviewer} {x.count}次" for x in r.alone)
        _row(
            ws,
            (
                r.rule_id,
                r.category,
                r.title,
                r.items.n,
                r.items.both_fail,
                r.disagreements,
                _k(r.disagreement_rate),
                _k(r.items.kappa),
                kappa_label(r.items.kappa),
                alone,
            ),
        )
    if not report.rules:
        _row(ws, ("", "", "尚无可比对的初评", *[""] * (len(names) - 3)))
    _finish(ws, header, (9, 9, 48, 8, 9, 10, 8, 8, 9, 30), freeze_col=4, filter_=bool(report.rules))


def write_agreement_xlsx(report: AgreementReport, snapshot: CampaignSnapshot, path: Path) -> None:
    _save(build_agreement_xlsx(report, snapshot), path)
