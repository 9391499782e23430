"""The campaign's workbooks and documents read back (openpyxl, python-docx): their numbers equal the snapshot's
finals, sheet names are valid, every run names its East Asian font; an empty campaign still gives valid files; the
``campaign report`` command end to end on a real (generated, machine-reviewed) campaign."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm
from openpyxl import load_workbook
from typer.testing import CliRunner

from review.campaign.agreement import agreement
from review.campaign.issues import issue_rows, issues_by_unit
from review.campaign.model import Stage
from review.campaign.stats import grade_order, overall_detail, overall_summary, unit_details, unit_summary
from review.cli import app
from review.export.campaign_docx import build_notice_docx, build_report_docx, notice_title
from review.export.campaign_files import FILES, write_campaign_report
from review.export.campaign_xlsx import (
    build_agreement_xlsx,
    build_assignments_xlsx,
    build_issues_xlsx,
    build_summary_xlsx,
    sheet_title,
)
from tests.review.campaign.report_data import HBJ, JTJ, PACK, SCJG, WHZF, empty_snapshot, make_snapshot

BAD_SHEET_CHARS = set("[]:*?/\\")


def _reload(wb, tmp_path: Path, name: str = "book.xlsx"):
    path = tmp_path / name
    wb.save(str(path))
    return load_workbook(str(path))


def _table(ws, first: str) -> tuple[list[str], list[dict]]:
    """The header row (the row whose first cell is ``first``) and the rows below it as dicts, up to a blank row."""
    top = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == first)
    names = [c.value for c in ws[top]]
    rows = []
    for r in range(top + 1, ws.max_row + 1):
        values = [c.value for c in ws[r]]
        if all(v is None for v in values):
            break
        rows.append(dict(zip(names, values, strict=True)))
    return names, rows


def _f(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def test_summary_table_equals_the_finals(tmp_path: Path) -> None:
    snap = make_snapshot()
    wb = _reload(build_summary_xlsx(snap), tmp_path)
    assert wb.sheetnames == ["汇总统计表", "分数分布", "等次分布", "主要扣分项", "机器初评对比"]
    ws = wb["汇总统计表"]
    assert ws["A1"].value == "2025年度青羊区行政执法案卷交叉评查 汇总统计表"
    names, rows = _table(ws, "序号")
    assert names[:5] == ["序号", "单位", "案卷总数", "抽查数", "评查数"]
    assert names[-5:] == ["否决数", "不符合评查条件数", "待评查数", "平均分", "主要问题"]
    assert ws.freeze_panes == f"C{ws.max_row - len(rows) + 1}"
    summaries = [*unit_summary(snap), overall_summary(snap)]
    details = [*unit_details(snap), overall_detail(snap)]
    assert [r["单位"] for r in rows] == [SCJG, HBJ, WHZF, JTJ, "4个单位"]
    assert rows[-1]["序号"] == "合计"
    for row, s, d in zip(rows, summaries, details, strict=True):
        assert (row["案卷总数"], row["抽查数"], row["评查数"], row["否决数"]) == (
            s.dossiers,
            s.sampled,
            s.reviewed,
            s.vetoed,
        )
        for g in grade_order(snap):
            assert row[f"{g}数"] == s.grades[g]
            assert row[f"{g}占比(%)"] == float(s.shares[g])
        assert row["平均分"] == _f(s.mean_score)
        assert (row["不符合评查条件数"], row["待评查数"]) == (d.unreadable, d.pending)
    total = rows[-1]
    assert (total["评查数"], total["优秀数"], total["不合格数"], total["平均分"]) == (9, 6, 1, 83.06)
    assert total["优秀占比(%)"] == 66.67 and total["不符合评查条件数"] == 1
    assert rows[0]["主要问题"] == "法律适用5处；文书2处；程序2处"  # 市场监管局's finals
    assert all(not str(v).startswith(("{", "[")) for r in rows for v in r.values() if v is not None)
    assert ws["B4"].font.name == "宋体" and ws["A3"].font.name == "黑体"
    # the charts' sheets
    _, bins = _table(wb["分数分布"], "分数段")
    assert sum(b["案卷数"] for b in bins) == 9 and bins[-1] == {"分数段": "[90,100]", "案卷数": 6}
    assert len(wb["分数分布"]._charts) == 1 and len(wb["等次分布"]._charts) == 1
    _, grades = _table(wb["等次分布"], "单位")
    assert grades[1] == {"单位": HBJ, "优秀": 2, "良好": 0, "合格": 0, "不合格": 1}
    _, top = _table(wb["主要扣分项"], "序号")
    assert (top[0]["评查项"], top[0]["涉及案卷数"], top[0]["涉及单位数"], top[0]["扣分合计"]) == ("PG-H01", 4, 2, 4)
    _, machine = _table(wb["机器初评对比"], "项目")
    assert {r["项目"]: r["数值"] for r in machine}["等次一致率(%)"] == 88.89


def test_summary_with_earlier_campaigns_adds_the_year_over_year_sheet(tmp_path: Path) -> None:
    now = make_snapshot()
    before = now.model_copy(update={"campaign": now.campaign.model_copy(update={"id": "2024-x", "year": 2024})})
    wb = _reload(build_summary_xlsx(now, [before]), tmp_path)
    _, rows = _table(wb["历年对比"], "单位")
    scjg = [r for r in rows if r["单位"] == SCJG]
    assert [r["年度"] for r in scjg] == [2024, 2025] and scjg[1]["优秀率(%)"] == 75.0
    assert rows[-1]["单位"] == "合计" and rows[-1]["不合格率(%)"] == 11.11


def test_sheet_titles_are_valid_and_unique() -> None:
    taken = ["全部问题", "共性问题"]
    long = "成都市青羊区文化市场综合行政执法大队（成都市青羊区文化广播电视和旅游局）"
    a = sheet_title(long, taken)
    b = sheet_title(long + "二队", [*taken, a])
    assert len(a) <= 31 and len(b) <= 31 and a != b and b.endswith("(2)")
    assert sheet_title("成都市/青羊区:局[试点]*?", taken) == "成都市_青羊区_局_试点___"
    assert sheet_title("全部问题", taken) == "全部问题(2)"
    assert sheet_title("  ''  ", taken) == "Sheet"


def test_issue_list_one_sheet_for_all_and_one_per_unit(tmp_path: Path) -> None:
    snap = make_snapshot()
    long_unit = "成都市青羊区文化市场综合行政执法大队（成都市青羊区文化广播电视和旅游局）/ 执法科"
    renamed = snap.model_copy(
        update={
            "dossiers": tuple(d.model_copy(update={"unit": long_unit}) if d.unit == WHZF else d for d in snap.dossiers)
        }
    )
    wb = _reload(build_issues_xlsx(renamed), tmp_path)
    assert wb.sheetnames[:2] == ["全部问题", "共性问题"] and len(wb.sheetnames) == 2 + 4
    for name in wb.sheetnames:
        assert 0 < len(name) <= 31 and not (set(name) & BAD_SHEET_CHARS)
    names, rows = _table(wb["全部问题"], "序号")
    assert names == [
        "序号",
        "单位",
        "文号",
        "案件名称",
        "评查项",
        "问题类别",
        "问题描述",
        "依据条款",
        "所在文书/页",
        "扣分",
        "否决项",
        "整改建议",
    ]
    expected = issue_rows(renamed)
    assert len(rows) == len(expected) == 28
    for row, e in zip(rows, expected, strict=True):
        assert (row["单位"], row["文号"], row["评查项"], row["问题类别"]) == (
            e.unit,
            e.case_number,
            e.rule_id,
            e.category,
        )
        assert (row["问题描述"], row["依据条款"], row["扣分"]) == (e.description, e.basis, float(e.points))
        assert row["所在文书/页"] == e.location and row["否决项"] == ("是" if e.veto else None)
    assert sum(r["扣分"] for r in rows) == float(sum(e.points for e in expected))
    per_unit = issues_by_unit(renamed)
    for sheet, (unit, unit_rows) in zip(wb.sheetnames[2:], per_unit.items(), strict=True):
        ws = wb[sheet]
        assert ws["A1"].value == f"{unit} 问题清单"
        _, got = _table(ws, "序号")
        if unit_rows:
            assert [r["评查项"] for r in got] == [r.rule_id for r in unit_rows]
        else:
            assert got[0]["问题描述"] == "本单位案卷尚未完成评查。"  # 交通运输局: nothing reviewed
    _, common = _table(wb["共性问题"], "序号")
    assert (common[0]["评查项"], common[0]["涉及案卷数"], common[0]["涉及单位数"]) == ("PG-H01", 4, 2)
    g01 = next(r for r in common if r["评查项"] == "PG-G01")
    assert "蓉城" not in g01["示例"] and g01["示例"].startswith("青市监处罚〔2025〕45号")


def test_assignment_table(tmp_path: Path) -> None:
    snap = make_snapshot()
    wb = _reload(build_assignments_xlsx(snap), tmp_path)
    names, rows = _table(wb["分配表"], "序号")
    assert "初评人2单位" in names and "初评人3" not in names and names[-3:] == ["最终得分", "最终等次", "认定方式"]
    assert len(rows) == len(snap.dossiers)
    for row, d in zip(rows, snap.dossiers, strict=True):
        firsts = d.first_reviews
        assert row["文号"] == d.case_number and row["单位"] == d.unit
        assert [row["初评人1"], row["初评人2"]] == [a.reviewer for a in firsts] + [None] * (2 - len(firsts))
        assert row["最终得分"] == (_f(d.final.score) if d.final else None)
    drug = rows[3]  # 青市监处罚〔2025〕58号 went to 复核
    assert (drug["复核人"], drug["复核人单位"], drug["复核状态"], drug["复核得分"]) == ("杨帆", JTJ, "已提交", 85)
    assert (drug["最终等次"], drug["认定方式"]) == ("良好", "复核")
    assert rows[9]["初评1状态"] == "待评查" and rows[10]["机器等次"] == "无法读取：PDF 文件已损坏，无法打开"
    _, load = _table(wb["评查人工作量"], "评查人")
    yang = next(r for r in load if r["评查人"] == "杨帆")
    assert (yang["初评分配"], yang["初评完成"], yang["复核分配"], yang["复核完成"]) == (4, 4, 1, 1)
    assert sum(r["初评分配"] for r in load) == sum(len(d.first_reviews) for d in snap.dossiers)


def test_agreement_workbook(tmp_path: Path) -> None:
    snap = make_snapshot()
    report = agreement(snap, PACK)
    wb = _reload(build_agreement_xlsx(report, snap), tmp_path)
    assert wb.sheetnames == ["总体", "评查人两两", "评查项"]
    _, summary = _table(wb["总体"], "项目")
    values = {r["项目"]: r["数值"] for r in summary}
    assert values["参与比对案卷数"] == 9 and values["κ系数（合并）"] == round(report.summary.items.kappa, 4)
    assert values["平均分差"] == 2.11
    _, pairs = _table(wb["评查人两两"], "评查人甲")
    assert len(pairs) == len(report.pairs)
    for row, p in zip(pairs, report.pairs, strict=True):
        assert (row["评查人甲"], row["评查人乙"], row["共同案卷数"]) == (p.a, p.b, p.dossiers)
        assert row["κ系数"] == (None if p.items.kappa is None else round(p.items.kappa, 4))
        assert row["观察一致率"] == round(p.items.observed, 4) and row["平均分差"] == float(p.mean_abs_diff)
    assert next(r for r in pairs if r["κ系数"] is None)["一致程度"] == "无法计算"
    _, rules = _table(wb["评查项"], "评查项")
    h01 = next(r for r in rules if r["评查项"] == "PG-H01")
    assert (h01["仅一人判不符合"], h01["比对项数"]) == (3, 9) and "王强 1次" in h01["单独判不符合的评查人"]


def _texts(doc) -> str:
    return "\n".join(p.text for p in doc.paragraphs)


def _cells(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def _assert_east_asian_fonts(doc) -> None:
    runs = list(doc.element.body.iter(qn("w:r"))) + list(doc.sections[0].footer._element.iter(qn("w:r")))
    assert runs
    for r in runs:
        fonts = r.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) in ("仿宋_GB2312", "黑体", "宋体"), r.xml[:200]


def _assert_a4(doc) -> None:
    s = doc.sections[0]
    assert (abs(s.page_width - Cm(21)) < Cm(0.01), abs(s.page_height - Cm(29.7)) < Cm(0.01)) == (True, True)


def test_report_document_states_the_finals(tmp_path: Path) -> None:
    snap = make_snapshot()
    path = tmp_path / "评查报告.docx"
    build_report_docx(snap, {PACK.ref: PACK}, agreement(snap, PACK)).save(str(path))
    doc = Document(str(path))
    text = _texts(doc)
    assert doc.paragraphs[0].text == "2025年度青羊区行政执法案卷交叉评查报告"
    for heading in ("一、基本情况", "二、总体评价", "三、亮点", "四、主要问题", "五、原因分析", "六、意见建议"):
        assert heading in [p.text for p in doc.paragraphs]
    assert "按各单位报送案卷数的50%随机抽取（向上取整、每个单位不少于2件），随机种子为20250701" in text
    assert "共有4个单位报送案卷12件，抽取11件，已完成评查9件，1件因无法读取不符合评查条件，2件尚未完成评查" in text
    assert (
        "已评查的9件案卷平均得分83.06分。其中优秀6件（占66.67%），良好1件（占11.11%），合格1件（占11.11%），不合格1件（占11.11%）"
        in text
    )
    assert "《行政处罚案卷评查标准（普通程序）》（penalty-general@2025.1）" in text
    assert "机器初评与最终认定等次一致的案卷8件，占可比较案卷（9件）的88.89%" in text
    # 亮点: every 优秀 final, by 文号 and score
    best = [d for d in snap.dossiers if d.final and d.final.grade == "优秀"]
    for d in best:
        assert f"{d.case_number}（" in text
    assert "共6件" in text
    # 主要问题: the most frequent first, with counts; 当事人 never named
    assert "1.未达到“首次引用法律使用《中华人民共和国××法》全称”的要求，涉及2个单位4件案卷。" in text
    for d in snap.dossiers:
        assert d.case_name not in text
    assert "蓉城" not in text and "王小明" not in text and "X月X日前" in text
    table = _cells(doc.tables[0])
    assert table[0] == ["单位", "报送", "评查", "优秀", "良好", "合格", "不合格", "平均分"]
    summaries = [*unit_summary(snap), overall_summary(snap)]
    for row, s in zip(table[1:], summaries, strict=True):
        assert row[:3] == [s.unit, str(s.dossiers), str(s.reviewed)]
        assert row[3:7] == [str(s.grades[g]) for g in grade_order(snap)]
    assert table[-1][-1] == "83.06" and table[4][-1] == "—"
    _assert_east_asian_fonts(doc)
    _assert_a4(doc)


def test_notice_lists_excellent_and_failed_files(tmp_path: Path) -> None:
    snap = make_snapshot()
    path = tmp_path / "通报.docx"
    build_notice_docx(snap).save(str(path))
    doc = Document(str(path))
    assert doc.paragraphs[0].text == notice_title(snap) == "关于2025年度行政执法案卷评查情况的通报"
    best, worst = (_cells(t) for t in doc.tables)
    assert best[0] == worst[0] == ["序号", "单位", "文号", "案件名称", "得分"]
    excellent = sorted((d for d in snap.dossiers if d.final and d.final.grade == "优秀"), key=lambda d: -d.final.score)
    assert [r[2] for r in best[1:]] == [d.case_number for d in excellent]
    assert [r[3] for r in best[1:]] == [d.case_name for d in excellent]
    assert [Decimal(r[4]) for r in best[1:]] == [d.final.score for d in excellent]
    assert worst[1:] == [["1", HBJ, "青环罚〔2025〕9号", "成都青城印务有限公司未按规定使用污染防治设施案", "0"]]
    text = _texts(doc)
    assert "以下6件案卷评为优秀" in text and "以下1件案卷评为不合格" in text
    assert "其中优秀6件（占66.67%）" in text
    for heading in ("四、共性问题", "五、整改要求"):
        assert heading in text
    assert "于X月X日前将整改情况书面报送" in text
    heading_run = next(p for p in doc.paragraphs if p.text == "一、基本情况").runs[0]
    assert heading_run._r.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    body_run = next(p for p in doc.paragraphs if p.text.startswith("为进一步规范")).runs[0]
    assert body_run._r.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312" and body_run.font.size.pt == 16
    _assert_east_asian_fonts(doc)
    _assert_a4(doc)


def test_an_empty_campaign_still_writes_every_file(tmp_path: Path) -> None:
    for snap in (empty_snapshot(), make_snapshot().model_copy(update={"dossiers": ()})):
        out = tmp_path / str(len(snap.dossiers))
        paths = write_campaign_report(snap, out)
        assert [p.name for p in paths] == list(FILES) and all(p.stat().st_size > 0 for p in paths)
        summary = load_workbook(str(out / "汇总统计表.xlsx"))["汇总统计表"]
        assert "尚" in summary["A2"].value  # 尚无已完成评查 / 尚未导入案卷
        _, rows = _table(summary, "序号")
        assert rows[-1]["序号"] == "合计" and rows[-1]["评查数"] == 0 and rows[-1]["平均分"] is None
        _, issues = _table(load_workbook(str(out / "问题清单.xlsx"))["全部问题"], "序号")
        assert issues[0]["问题描述"].startswith("本评查活动尚")
        load_workbook(str(out / "分配表.xlsx"))
        _, pairs = _table(load_workbook(str(out / "一致性.xlsx"))["评查人两两"], "评查人甲")
        assert pairs[0]["评查人甲"] == "尚无可比对的初评"
        report = _texts(Document(str(out / "评查报告.docx")))
        assert "尚无已完成评查的案卷" in report
        notice = Document(str(out / "通报.docx"))
        assert notice.tables == [] and "没有案卷评为优秀" in _texts(notice)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (libreoffice-writer-nogui) not installed")
def test_the_notice_prints_to_pdf_in_cjk_fonts(tmp_path: Path) -> None:
    import pypdfium2

    from review.export.pdf import docx_to_pdf

    path = tmp_path / "通报.docx"
    build_notice_docx(make_snapshot()).save(str(path))
    pdf = docx_to_pdf(path.read_bytes())
    assert b"NotoSerifCJK" in pdf and b"NotoSansCJK" in pdf  # 仿宋/宋体 and 黑体 through the fontconfig aliases
    doc = pypdfium2.PdfDocument(pdf)
    text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    assert len(doc) >= 2
    compact = "".join(text.split())
    assert "关于2025年度行政执法案卷评查情况的通报" in compact and "青环罚〔2025〕9号" in compact


# --- the command ----------------------------------------------------------------------------------------------


def test_report_command_on_a_real_campaign(db_url: str, tmp_path: Path) -> None:
    from tests.review.campaign.workflow_data import ready_campaign

    cs, cid = ready_campaign(db_url)
    try:
        for d in cs.snapshot(cid).dossiers:  # every reviewer accepts the machine's 初评 as it is
            for a in d.assignments:
                if a.stage == Stage.FIRST:
                    cs.submit(a.id)
        cs.reconcile(cid)
        snap = cs.snapshot(cid)
    finally:
        cs.close()
    out = tmp_path / "结果"
    result = CliRunner().invoke(app, ["campaign", "report", cid, "-o", str(out), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [str(out / name) for name in FILES]
    _, rows = _table(load_workbook(str(out / "汇总统计表.xlsx"))["汇总统计表"], "序号")
    total = overall_summary(snap)
    assert total.reviewed == len(snap.dossiers) == 6
    assert (rows[-1]["评查数"], rows[-1]["平均分"]) == (6, float(total.mean_score))
    assert [r["单位"] for r in rows[:-1]] == [s.unit for s in unit_summary(snap)]
    notice = Document(str(out / "通报.docx"))
    assert notice.paragraphs[0].text == "关于2025年度行政执法案卷评查情况的通报"
    _, issues = _table(load_workbook(str(out / "问题清单.xlsx"))["全部问题"], "序号")
    n = sum(len(d.final.problems) for d in snap.dossiers)
    assert len(issues) == n or (n == 0 and issues[0]["问题描述"] == "未发现扣分问题。")


def test_report_command_refuses_an_unknown_campaign(db_url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["campaign", "report", "2025-nope", "-o", str(tmp_path / "x"), "--db", db_url])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("anjuan: 没有评查活动“2025-nope”")
    assert not (tmp_path / "x").exists()


def test_report_command_on_a_campaign_with_nothing_reviewed(db_url: str, tmp_path: Path) -> None:
    from review.campaign.store import CampaignStore

    cs = CampaignStore(db_url)
    cid = cs.create("2025年度行政执法案卷评查", 2025, "penalty-general")
    cs.close()
    out = tmp_path / "空"
    result = CliRunner().invoke(app, ["campaign", "report", cid, "-o", str(out), "--db", db_url])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(FILES)
    assert "尚无已完成评查的案卷" in _texts(Document(str(out / "评查报告.docx")))
    not_a_dir = tmp_path / "file.txt"
    not_a_dir.write_text("x", encoding="utf-8")
    bad = CliRunner().invoke(app, ["campaign", "report", cid, "-o", str(not_a_dir), "--db", db_url])
    assert bad.exit_code == 2 and "不是目录" in bad.stderr
