"""``anjuan casebook …`` end to end: drafts from a stored review (ids printed), list/show as table and JSON, scripted
edits, export of one case and of a 汇编 (DOCX, and PDF through LibreOffice), campaign picks; bad input ends with one
line on stderr and exit code 2."""

from __future__ import annotations

import json
import shutil
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document

from review.campaign.store import CampaignStore
from review.storage.store import Store
from tests.cli import anjuan, ok, one_line_error
from tests.review.casebook.conftest import Reviewed, campaign_with_machine_pass, store_review


@pytest.fixture
def review_id(db_url: str, reviewed: dict[str, Reviewed]) -> int:
    store = Store(db_url)
    try:
        return store_review(store, reviewed["env"])
    finally:
        store.close()


def test_add_list_show_edit_export(db_url: str, review_id: int, tmp_path: Path, reviewed: dict[str, Reviewed]) -> None:
    ids = ok(
        "casebook", "add", "--review", str(review_id), "--rules", "PG-D05,PG-H01", "--tag", "2025培训", "--db", db_url
    )
    d05, h01 = (int(x) for x in ids.split())
    (w,) = (
        int(x) for x in ok("casebook", "add", "--review", str(review_id), "--rules", "W005", "--db", db_url).split()
    )

    table = ok("casebook", "list", "--db", db_url)
    assert "| 编号 | 类型 | 执法领域 | 问题类别 | 年度 | 状态 | 标题 |" in table and "共 3 条" in table
    found = json.loads(ok("casebook", "list", "--query", "全称", "--format", "json", "--db", db_url))
    assert [e["id"] for e in found] == [h01]
    assert found[0]["rule_id"] == "PG-H01" and found[0]["kind"] == "反面" and found[0]["deduction"] == 1
    tagged = json.loads(
        ok("casebook", "list", "--tag", "2025培训", "--year", "2024", "--format", "json", "--db", db_url)
    )
    assert [e["id"] for e in tagged] == [d05, h01]

    shown = ok("casebook", "show", str(d05), "--db", db_url)
    assert shown.startswith("# 决定书未告知复议、诉讼途径和期限——") and "【规范做法】" in shown
    assert f"来源：评查记录 {review_id}" in shown

    note = tmp_path / "评析.txt"
    note.write_text("本案决定书遗漏救济途径，当事人无从知晓复议、诉讼的期限和机关。\n", encoding="utf-8")
    edited = ok("casebook", "edit", str(d05), "--status", "定稿", "--commentary", f"@{note}", "--db", db_url)
    assert "定稿" in edited and "无从知晓复议、诉讼的期限和机关" in edited
    final = json.loads(ok("casebook", "list", "--status", "定稿", "--format", "json", "--db", db_url))
    assert [e["id"] for e in final] == [d05]

    one = tmp_path / "单篇.docx"
    ok("casebook", "export", str(w), "-o", str(one), "--db", db_url)
    text = [p.text for p in Document(BytesIO(one.read_bytes())).paragraphs]
    assert text[0].startswith("文书用语不规范") and "目　　录" not in text

    book = tmp_path / "out" / "汇编.docx"
    code, _, err = anjuan(
        "casebook",
        "export",
        "--all",
        "--tag",
        "2025培训",
        "-o",
        str(book),
        "--title",
        "2025年度生态环境执法案卷评查典型案例汇编",
        "--org",
        "某市司法局",
        "--db",
        db_url,
    )
    assert code == 0 and "汇编（2 个案例）" in err
    paras = [p.text for p in Document(BytesIO(book.read_bytes())).paragraphs]
    assert "某市司法局" in paras and "目　　录" in paras
    assert paras.index("案例一　决定书未告知复议、诉讼途径和期限") < paras.index("案例二　首次引用法律未使用全称")

    # nothing of the party survives in the exported handout
    docx_text = "\n".join(paras)
    for value in reviewed["env"].identifiers():
        assert value not in docx_text, value

    ok("casebook", "delete", str(w), "--db", db_url)
    assert "共 2 条" in ok("casebook", "list", "--db", db_url)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (libreoffice-writer-nogui) not installed")
def test_export_to_pdf(db_url: str, review_id: int, tmp_path: Path) -> None:
    ok("casebook", "add", "--review", str(review_id), "--db", db_url)
    out = tmp_path / "汇编.pdf"
    ok("casebook", "export", "--all", "-o", str(out), "--db", db_url)
    assert out.read_bytes().startswith(b"%PDF")


def test_a_positive_entry_and_bad_input(db_url: str, review_id: int) -> None:
    (pid,) = ok(
        "casebook", "add", "--review", str(review_id), "--kind", "正面", "--rules", "PG-D09", "--db", db_url
    ).split()
    assert json.loads(ok("casebook", "show", pid, "--format", "json", "--db", db_url))["kind"] == "正面"
    assert "请给出 --review ID" in one_line_error("casebook", "add", "--db", db_url)
    assert "--kind 应为 反面 或 正面" in one_line_error(
        "casebook", "add", "--review", str(review_id), "--kind", "好", "--db", db_url
    )
    assert "PG-A01" in one_line_error(
        "casebook", "add", "--review", str(review_id), "--rules", "PG-A01", "--db", db_url
    )
    assert "没有编号为" in one_line_error("casebook", "add", "--review", str(review_id + 99), "--db", db_url)
    assert "没有编号为 999999 的典型案例" in one_line_error("casebook", "show", "999999", "--db", db_url)
    assert "年份" in one_line_error("casebook", "edit", pid, "--year", "3000", "--db", db_url)
    assert "没有要修改的字段" in one_line_error("casebook", "edit", pid, "--db", db_url)
    assert "请给出案例编号" in one_line_error("casebook", "export", "--db", db_url)
    assert ".docx 或 .pdf" in one_line_error("casebook", "export", pid, "-o", "x.txt", "--db", db_url)
    assert "没有符合条件" in one_line_error("casebook", "export", "--all", "--year", "1999", "--db", db_url)
    assert "--campaign 需要与 --picks" in one_line_error("casebook", "add", "--campaign", "2025-x", "--db", db_url)
    assert "没有评查活动" in one_line_error("casebook", "picks", "2025-nope", "--db", db_url)


def test_campaign_picks_are_listed_and_drafted(db_url: str, reviewed: dict[str, Reviewed]) -> None:
    cs = CampaignStore(db_url)
    try:
        cid = campaign_with_machine_pass(cs, reviewed["mkt"])  # 优秀 (94), with D06, H05 and I01 deducted
    finally:
        cs.close()
    table = ok("casebook", "picks", cid, "--top", "2", "--db", db_url)
    assert "| 类型 | 理由 | 单位 | 案卷 | 案件名称 | 得分 | 评查项 |" in table and "优秀案卷（94分）" in table
    picks = json.loads(ok("casebook", "picks", cid, "--top", "2", "--format", "json", "--db", db_url))
    assert [(p["kind"], p["rule_ids"]) for p in picks] == [("正面", []), ("反面", ["PG-D06"]), ("反面", ["PG-H05"])]
    ids = ok("casebook", "add", "--campaign", cid, "--picks", "--top", "2", "--db", db_url).split()
    drafted = json.loads(ok("casebook", "list", "--campaign", cid, "--format", "json", "--db", db_url))
    assert [e["id"] for e in drafted] == [int(x) for x in ids]
    assert [(e["kind"], e["rule_id"]) for e in drafted][1:] == [("反面", "PG-D06"), ("反面", "PG-H05")]
    assert drafted[0]["kind"] == "正面" and drafted[0]["rule_id"].startswith("PG-D05、PG-D09")  # its highlights
    assert all(e["source"]["campaign_id"] == cid and e["source"]["review_id"] is None for e in drafted)
