"""Importing a campaign's lists: CSV in UTF-8, UTF-8 with BOM or GBK, XLSX (a title row above the header, alias
headers), every bad row named at once, files stored by hash (a folder as its files, a ZIP as itself), and a
re-import that adds nothing twice."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from review.campaign.importer import read_dossier_list, read_reviewer_list
from review.campaign.model import CampaignError, Reviewer, SampleRule
from review.campaign.store import CampaignStore
from tests.review.campaign.workflow_data import HEADER, SCJG, SWJ, corpus, write_csv

ALIASES = ["办案单位", "文件路径", "案号", "案卷名称", "程序类型"]


def test_the_utf8_list_reads_in_order_with_its_columns() -> None:
    c = corpus()
    rows = read_dossier_list(c.list_csv, c.root)
    assert [r.file for r in rows] == [r[1] for r in c.rows]
    assert [r.row for r in rows] == [2, 3, 4, 5, 6, 7]
    first = rows[0]
    assert first.unit == SCJG and first.procedure == "普通程序"
    assert first.case_number == c.rows[0][2] and first.case_name.endswith("案")
    assert rows[5].file.endswith("案卷6")  # a folder


def test_a_gbk_list_with_alias_headers_reads_the_same(tmp_path: Path) -> None:
    c = corpus()
    gbk = write_csv(tmp_path / "名单.csv", ALIASES, c.rows, encoding="gbk")
    assert gbk.read_bytes().decode("gbk").startswith("办案单位")
    assert [r.model_dump() for r in read_dossier_list(gbk, c.root)] == [
        r.model_dump() for r in read_dossier_list(c.list_csv, c.root)
    ]


def test_an_xlsx_list_with_a_title_row_and_backslash_paths(tmp_path: Path) -> None:
    c = corpus()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年度行政处罚案卷评查报送目录"])
    ws.append(["序号", "承办单位", "案卷文件", "决定书文号", "案件名称", "适用程序"])
    for i, (unit, file, number, name, procedure) in enumerate(c.rows, start=1):
        ws.append([i, unit, file.replace("/", "\\"), number, name, procedure])
    ws.append([None, None, None])  # trailing empty rows are common
    wb.save(tmp_path / "名单.xlsx")
    rows = read_dossier_list(tmp_path / "名单.xlsx", c.root)
    assert [r.file for r in rows] == [r[1] for r in c.rows]
    assert [r.row for r in rows] == [3, 4, 5, 6, 7, 8]
    assert rows[2].unit == SWJ and rows[2].case_number == c.rows[2][2]


def test_every_bad_row_is_reported_in_one_line(tmp_path: Path) -> None:
    c = corpus()
    root = tmp_path / "报送"
    shutil.copytree(c.root / "报送", root)
    (root / "旧版.doc").write_bytes(b"\xd0\xcf\x11\xe0 old word")
    (root / "空目录").mkdir()
    (tmp_path / "外部.pdf").write_bytes(b"%PDF-1.4")
    good = [r[1].removeprefix("报送/") for r in c.rows]
    rows = [
        [SCJG, good[0], "", "", ""],  # row 2: fine
        [SCJG, "成都市双流区市场监督管理局/案卷9/不存在.pdf", "", "", ""],  # 3: missing
        [SCJG, "../外部.pdf", "", "", ""],  # 4: outside the folder
        [SWJ, good[0], "", "", ""],  # 5: same file as row 2
        ["", good[1], "", "", ""],  # 6: no unit
        [SWJ, "旧版.doc", "", "", ""],  # 7: a type anjuan cannot read
        [SWJ, "空目录", "", "", ""],  # 8: an empty folder
        [SWJ, "", "", "", ""],  # 9: no file
        [SWJ, good[2], "", "", ""],  # 10: fine
    ]
    path = write_csv(tmp_path / "名单.csv", HEADER, rows)
    with pytest.raises(CampaignError) as err:
        read_dossier_list(path, root)
    text = str(err.value)
    assert "\n" not in text and text.startswith("名单.csv 有 7 行有误")
    for n, words in [
        (3, "找不到文件"),
        (4, "不在案卷目录"),
        (5, "与第2行重复"),
        (6, "未填写单位"),
        (7, "不是可读取的案卷文件"),
        (8, "没有文件"),
        (9, "未填写文件"),
    ]:
        assert f"第{n}行：" in text and words in text, (n, words)
    assert "第2行：" not in text and "第10行" not in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("单位,案件名称\n市场局,某案\n", "找不到表头"),
        ("单位,文件\n", "没有案卷"),
    ],
)
def test_a_list_without_the_columns_or_rows_is_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "名单.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CampaignError, match=message):
        read_dossier_list(path, corpus().root)


def test_other_list_formats_are_refused_clearly(tmp_path: Path) -> None:
    (tmp_path / "名单.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(CampaignError, match=r"另存为 \.xlsx"):
        read_dossier_list(tmp_path / "名单.xls", corpus().root)
    with pytest.raises(CampaignError, match="找不到名单文件"):
        read_dossier_list(tmp_path / "无.csv", corpus().root)
    with pytest.raises(CampaignError, match="找不到案卷目录"):
        read_dossier_list(corpus().list_csv, tmp_path / "无")


def test_reviewer_list_with_alias_headers_and_duplicate_names(tmp_path: Path) -> None:
    ok = write_csv(tmp_path / "评查人.csv", ["评查人", "工作单位"], [["张三", SCJG], ["李四", SWJ]], encoding="gbk")
    assert [(n, r.name, r.unit) for n, r in read_reviewer_list(ok)] == [(2, "张三", SCJG), (3, "李四", SWJ)]
    bad = write_csv(tmp_path / "重名.csv", ["姓名", "单位"], [["张三", SCJG], ["张三", SWJ], ["王五", ""]])
    with pytest.raises(CampaignError) as err:
        read_reviewer_list(bad)
    assert "第3行：评查人“张三”与第2行重名" in str(err.value) and "第4行：未填写单位" in str(err.value)


def test_import_stores_files_in_list_order_and_a_reimport_adds_nothing(db_url: str, tmp_path: Path) -> None:
    c = corpus()
    cs = CampaignStore(db_url)
    cid = cs.create("2025年度行政处罚案卷评查", 2025, "penalty-general")
    first_three = write_csv(tmp_path / "前三卷.csv", HEADER, c.rows[:3])
    assert cs.import_dossiers(cid, c.root, first_three).added == 3
    result = cs.import_dossiers(cid, c.root, c.list_csv)
    assert (result.added, result.skipped) == (3, 3)
    assert result.units == (SCJG, "成都市新都区商务局", "成都市双流区生态环境局")
    again = cs.import_dossiers(cid, c.root, c.list_csv)
    assert (again.added, again.skipped) == (0, 6)
    snap = cs.snapshot(cid)
    assert [d.file for d in snap.dossiers] == [r[1] for r in c.rows]
    assert not any(d.sampled for d in snap.dossiers)
    by_file = {d.file: d for d in snap.dossiers}
    pdf = cs.store.dossier_files(by_file[c.rows[0][1]].dossier_key)
    assert [f.name for f in pdf] == [Path(c.rows[0][1]).name]
    zipped = cs.store.dossier_files(by_file[c.rows[4][1]].dossier_key)
    assert len(zipped) == 1 and zipped[0].name.endswith(".zip")
    assert cs.store.blob(zipped[0].sha256) == (c.root / c.rows[4][1]).read_bytes()
    folder = cs.store.dossier_files(by_file[c.rows[5][1]].dossier_key)
    assert [f.name for f in folder] == sorted(p.name for p in (c.root / c.rows[5][1]).iterdir())
    cs.close()


def test_reviewers_are_added_updated_and_then_held(db_url: str, tmp_path: Path) -> None:
    c = corpus()
    cs = CampaignStore(db_url)
    cid = cs.create("2025年度行政处罚案卷评查", 2025, "penalty-general")
    first = cs.import_reviewers(cid, c.reviewers_csv)
    assert (first.added, first.updated, first.unchanged) == (6, 0, 0)
    moved = write_csv(tmp_path / "调整.csv", ["姓名", "单位"], [["张三", SWJ], ["周九", SCJG]])
    second = cs.import_reviewers(cid, moved)
    assert (second.added, second.updated, second.unchanged) == (1, 1, 0)
    assert ("张三", SWJ) in [(r.name, r.unit) for r in cs.reviewers(cid)]
    with pytest.raises(CampaignError, match="请填写评查人的姓名和单位"):
        cs.add_reviewers(cid, [Reviewer(name=" ", unit=SCJG)])
    cs.import_dossiers(cid, c.root, c.list_csv)
    cs.sample(cid, SampleRule(mode="all"), 3)
    cs.assign(cid, 3)
    back = write_csv(tmp_path / "改回.csv", ["姓名", "单位"], [["张三", SCJG]])
    with pytest.raises(CampaignError, match="已分配任务，不能把单位"):
        cs.import_reviewers(cid, back)
    cs.close()
