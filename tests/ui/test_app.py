"""AppTest flows for each page: open, upload, decide, refresh, correct, export, audit; bad uploads; two reviewers."""

from __future__ import annotations

import importlib.machinery
import sys
import types
from decimal import Decimal

import pytest

from tests.machine_score import M, shown
from tests.ui.conftest import REVIEWER, SAMPLE, metric, open_app, run_until, table, texts

FINDINGS = "app_pages/findings.py"


def on_review(at) -> bool:
    return any(m.label == "总分" for m in at.metric)


def test_home_lists_the_bundled_samples(db) -> None:
    at = open_app()
    assert at.title[0].value == "案卷评查"
    sample_buttons = [b for b in at.button if str(b.key).startswith("home_sample_")]
    assert len(sample_buttons) == 8
    assert "我的评查记录（1）" in texts(at)
    assert at.file_uploader(key="home_upload").accept_multiple_files


def test_a_newcomer_sees_a_sample_review_at_once(empty_db, monkeypatch) -> None:
    monkeypatch.setenv("ANJUAN_UI_AUTOSTART", "1")
    at = open_app(reviewer="新人")
    run_until(at, on_review)
    assert metric(at, "总分") == shown(M)
    assert metric(at, "等次") == "良好"
    assert "评查完成" in texts(at)


def test_upload_reviews_and_a_reupload_is_recognised(empty_db) -> None:
    pdf = next(SAMPLE.iterdir())
    at = open_app()
    at.file_uploader(key="home_upload").set_value((pdf.name, pdf.read_bytes(), "application/pdf"))
    at.button(key="home_start").click()
    run_until(at, on_review)
    first = at.session_state["app_review"]
    assert metric(at, "总分") == shown(M)
    at.switch_page("app_pages/home.py")
    at.run()
    at.file_uploader(key="home_upload").set_value((pdf.name, pdf.read_bytes(), "application/pdf"))
    at.button(key="home_start").click()
    run_until(at, on_review)
    assert at.session_state["app_review"] == first
    assert "此前已由你评查过" in texts(at)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("案卷.exe", b"MZ\x90\x00", "不支持的文件类型"),
        ("空.pdf", b"", "空文件"),
        ("损坏.pdf", b"%PDF-1.4\nnot a pdf at all\n%%EOF", "无法评查"),
    ],
)
def test_a_bad_upload_shows_a_message_and_the_app_keeps_working(db, name, data, message) -> None:
    at = open_app()
    at.file_uploader(key="home_upload").set_value((name, data, "application/octet-stream"))
    at.button(key="home_start").click()
    run_until(at, lambda a: message in texts(a) or any(message in e.value for e in a.error))
    assert not at.exception
    at.button(key="home_sample_mk-0003-text-simple").click()
    run_until(at, on_review)
    assert metric(at, "总分") == "100"


def test_a_dossier_over_the_size_limit_is_refused(db, monkeypatch) -> None:
    monkeypatch.setenv("ANJUAN_MAX_UPLOAD_MB", "0.01")
    pdf = next(SAMPLE.iterdir())
    at = open_app()
    at.file_uploader(key="home_upload").set_value((pdf.name, pdf.read_bytes(), "application/pdf"))
    at.button(key="home_start").click().run()
    assert any("案卷过大" in e.value for e in at.error)
    assert "home_job" not in at.session_state or at.session_state["home_job"] is None


def test_findings_page_groups_by_category_with_evidence(db) -> None:
    _, review = db
    at = open_app(review)
    assert [s.value.split("\u3000")[0] for s in at.subheader][:1] == ["事实证据"]
    labels = [e.label for e in at.expander]
    assert any("PG-D06" in lb and "扣2分" in lb for lb in labels)
    at.toggle(key="findings_ev_PG-D06_0").set_value(True).run()
    assert not at.exception
    captions = [c for im in at.get("image") for c in im.captions]
    assert any(c.startswith("第20页") for c in captions), captions


def test_reject_rescores_and_survives_a_refresh(db) -> None:
    _, review = db
    at = open_app(review)
    at.button(key="findings_reject_PG-D06").click().run()
    assert metric(at, "总分") == shown(M + 2)
    assert "已驳回 PG-D06" in texts(at)
    again = open_app(review)  # a browser refresh: a new session with the same URL
    assert metric(again, "总分") == shown(M + 2)
    assert any("PG-D06" in e.label and "已驳回" in e.label for e in again.expander)


def test_adjust_points_within_the_range_and_comment(db) -> None:
    _, review = db
    at = open_app(review)
    at.number_input(key="findings_points_PG-A06").set_value(1.0)
    at.button(key="findings_adjust_PG-A06").click().run()
    assert metric(at, "总分") == shown(M + 2)
    at.text_input(key="findings_comment_PG-A06").input("送达回证在副卷")
    at.button(key="findings_save_comment_PG-A06").click().run()
    assert "评查意见已保存" in texts(at)
    assert "评查人意见：送达回证在副卷" in texts(at)


def test_confirm_a_cannot_tell_veto_item_vetoes_then_undo(db) -> None:
    _, review = db
    at = open_app(review)
    at.button(key="findings_confirm_PG-B11").click().run()
    assert metric(at, "总分") == "0"
    assert any("否决项成立" in e.value for e in at.error)
    at.button(key="findings_reset_PG-B11").click().run()
    assert metric(at, "总分") == shown(M)


def test_add_a_free_text_finding_and_a_rule_finding(db) -> None:
    _, review = db
    at = open_app(review)
    at.radio(key="findings_add_mode").set_value("自定义问题").run()
    at.selectbox(key="findings_add_category").set_value("文书")
    at.text_area(key="findings_add_text").input("卷内目录页码与实际不符")
    at.number_input(key="findings_add_points").set_value(1.5)
    at.button(key="findings_add_go").click().run()
    assert metric(at, "总分") == shown(M - Decimal("1.5"))
    assert any("评查人-1" in e.label for e in at.expander)
    at.radio(key="findings_add_mode").set_value("评查标准条目").run()
    at.selectbox(key="findings_add_rule").set_value("PG-A01")
    at.button(key="findings_add_rule_go").click().run()
    assert float(metric(at, "总分")) < float(M - Decimal("1.5"))


def test_review_pages_without_an_open_review_point_home(db) -> None:
    at = open_app(page="app_pages/findings.py")
    assert "尚未打开案卷" in texts(at)


def test_documents_page_lists_expected_and_found_documents(db) -> None:
    _, review = db
    at = open_app(review, page="app_pages/documents.py")
    expected = table(at, "状态", "要求")
    assert {"文书", "状态", "要求", "页码"} <= set(expected.columns)
    assert "在卷" in set(expected["状态"])
    found = table(at, "标题", "文书类型")
    assert len(found) >= 15
    at.number_input(key="documents_page").set_value(4).run()
    assert not at.exception


def test_wording_page_says_when_the_linter_is_not_installed(db, monkeypatch) -> None:
    monkeypatch.setattr("review.workspace.WORDING_MODULE", "checklists.no_such_wording_linter")
    _, review = db
    at = open_app(review, page="app_pages/wording.py")
    assert "尚未安装" in texts(at)


def test_wording_page_shows_diagnostics_from_the_hook(db, monkeypatch) -> None:
    mod = types.ModuleType("checklists.wording")
    mod.__spec__ = importlib.machinery.ModuleSpec("checklists.wording", None)

    def lint_dossier(dossier):
        page = dossier.pages[0]
        return [
            {
                "code": "W001",
                "message": "应为“法定代表人”",
                "old": page.text[:2],
                "new": "某某",
                "page": 1,
                "span": (0, 2),
            }
        ]

    mod.lint_dossier = lint_dossier
    monkeypatch.setitem(sys.modules, "checklists.wording", mod)
    _, review = db
    at = open_app(review, page="app_pages/wording.py")
    data = table(at, "编号", "建议")
    assert list(data["编号"]) == ["W001"]
    assert "共发现 **1** 处用语问题" in texts(at)


def test_elements_correction_reruns_the_checks(db) -> None:
    _, review = db
    at = open_app(review, page="app_pages/elements.py")
    data = table(at, "类别", "原文")
    assert {"类别", "值", "原文", "页码", "来源"} <= set(data.columns)
    pick = at.selectbox(key="elements_pick")
    pick.select_index(next(i for i, opt in enumerate(pick.options) if "· 当事人 ·" in opt)).run()
    assert not at.exception
    box = next(t for t in at.text_input if str(t.key).startswith("elements_value_"))
    box.input("重庆某某家具有限公司")
    at.button(key="elements_save").click().run()
    assert "已更正当事人" in texts(at)
    data = table(at, "类别", "原文")
    assert "重庆某某家具有限公司" in set(data["值"])
    at.switch_page("app_pages/audit.py")
    at.run()
    assert list(table(at, "变更前", "变更后")["操作"]) == ["更正要素"]


def test_audit_page_shows_who_what_before_after(db) -> None:
    _, review = db
    at = open_app(review)
    at.button(key="findings_reject_PG-D06").click().run()
    at.switch_page("app_pages/audit.py")
    at.run()
    log = table(at, "变更前", "变更后")
    row = log.iloc[0]
    assert row["评查人"] == REVIEWER and row["操作"] == "驳回" and row["对象"] == "PG-D06"
    assert "扣分" in row["变更前"] and "已驳回" in row["变更后"]
    assert row["总分"] == f"{shown(M)} → {shown(M + 2)}"


def test_export_page_offers_docx_xlsx_json_and_pdf(db, monkeypatch) -> None:
    monkeypatch.setattr("review.workspace.WORDING_MODULE", "checklists.no_such_wording_linter")  # keep it quick
    _, review = db
    at = open_app(review, page="app_pages/export.py")
    keys = {b.key for b in at.get("download_button")}
    assert {"export_docx", "export_xlsx", "export_json"} <= keys
    assert at.button(key="export_make_pdf")


def test_two_reviewers_each_see_their_own_work(db) -> None:
    _, review = db
    mine = open_app(review)
    mine.button(key="findings_reject_PG-D06").click().run()
    theirs = open_app(reviewer="李四")
    assert "我的评查记录（0）" in texts(theirs)
    theirs.button(key="home_sample_mk-0004-text-env-defects").click()
    run_until(theirs, on_review)
    assert theirs.session_state["app_review"] != review
    assert metric(theirs, "总分") == shown(M)  # 张三's rejection is not 李四's
    peek = open_app(review, reviewer="李四")
    assert any("仅供查看" in w.value for w in peek.warning)
    assert not [b for b in peek.button if str(b.key).startswith("findings_reject_")]
    assert metric(open_app(review), "总分") == shown(M + 2)
