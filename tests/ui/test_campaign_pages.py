"""AppTest flows for the campaign pages: the organiser's 活动管理 from an empty database (create, import, reviewers,
抽查, 分配, machine pass in the background, result files), the 活动看板 numbers against the statistics of the
snapshot, and 我的任务 — a reviewer sees only their own assignments, opens one in the review pages and submits it."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from review.campaign.agreement import agreement
from review.campaign.model import CampaignSnapshot, Stage
from review.campaign.stats import grade_order, overall_summary, top_deductions, unit_summary
from review.campaign.store import CampaignStore
from review.export.campaign_files import FILES, installed_packs
from review.workspace import fmt
from tests.ui.campaign_seed import REVIEWERS
from tests.ui.conftest import metric, open_app, run_until, table, texts

CAMPAIGNS = "app_pages/campaigns.py"
DASHBOARD = "app_pages/dashboard.py"
MY_TASKS = "app_pages/my_tasks.py"
FINDINGS = "app_pages/findings.py"


def snapshot(url: str, campaign_id: str) -> CampaignSnapshot:
    cs = CampaignStore(url)
    try:
        return cs.snapshot(campaign_id)
    finally:
        cs.close()


def chart_data(at: AppTest, column: str) -> pd.DataFrame:
    """The data of the first chart that has ``column``."""
    for chart in at.get("vega_lite_chart"):
        for ds in chart.proto.datasets:
            df = dataframe_util.convert_arrow_bytes_to_pandas_df(ds.data.data)
            if column in df.columns:
                return df
    raise KeyError(column)


def shown(value: Decimal | None) -> str:
    return "—" if value is None else fmt(value)


def test_dashboard_shows_the_statistics_of_the_snapshot(campaign_db) -> None:
    url, cid = campaign_db
    snap = snapshot(url, cid)
    total = overall_summary(snap)
    at = open_app(page=DASHBOARD)
    assert (metric(at, "报送案卷"), metric(at, "已定分")) == ("4", "2")
    assert metric(at, "平均分") == fmt(total.mean_score)
    assert metric(at, "优秀率") == f"{total.shares['优秀'].quantize(Decimal('0.1')).normalize():f}%" == "100%"

    summary = table(at, "单位", "评查数", "平均分")
    rows = [*unit_summary(snap), total]
    assert list(summary["单位"]) == [s.unit for s in rows]
    assert list(summary["评查数"]) == [s.reviewed for s in rows]
    assert list(summary["平均分"]) == [shown(s.mean_score) for s in rows]
    for g in grade_order(snap):
        assert list(summary[f"{g}数"]) == [s.grades[g] for s in rows]
        assert list(summary[f"{g}占比"]) == [f"{s.shares[g]:.2f}%" for s in rows]

    grades = chart_data(at, "等次")  # the stacked bars: (unit, grade) → dossiers
    assert {(r.单位, r.等次): r.卷数 for r in grades.itertuples()} == {
        (s.unit, g): n for s in unit_summary(snap) for g, n in s.grades.items() if n
    }
    deductions = chart_data(at, "评查项")
    assert list(deductions["案卷数"]) == [d.dossiers for d in top_deductions(snap, 10)]

    report = agreement(snap, installed_packs(snap))
    pairs = table(at, "评查人甲", "评查人乙")
    assert list(zip(pairs["评查人甲"], pairs["评查人乙"], strict=True)) == [(p.a, p.b) for p in report.pairs]
    assert list(pairs["平均分差"]) == [shown(p.mean_abs_diff) for p in report.pairs]
    assert metric(at, "分差超过阈值") == str(report.summary.over_threshold) == "1"
    # the pair that differ by 10 points on one dossier is named
    split = next(p for p in report.pairs if p.over_threshold)
    assert any("尺度不统一" in w.value and split.a in w.value and split.b in w.value for w in at.warning)
    recheck = table(at, "复核人", "分差")
    assert list(recheck["分差"]) == ["10"] and list(recheck["状态"]) == ["待复核"]


def my_lines(url: str, cid: str, reviewer: str):
    cs = CampaignStore(url)
    try:
        return cs.assignments(cid, reviewer)
    finally:
        cs.close()


def first_only_reviewer(url: str, cid: str) -> str:
    """A reviewer with a pending 初评 and no 复核 (whose page must show nobody else's work)."""
    for name, _ in REVIEWERS:
        lines = my_lines(url, cid, name)
        if all(x.stage == Stage.FIRST for x in lines) and any(x.status == "pending" for x in lines):
            return name
    raise AssertionError("the seed has no such reviewer")


def test_a_reviewer_sees_only_their_own_assignments(campaign_db) -> None:
    url, cid = campaign_db
    me = first_only_reviewer(url, cid)
    lines = my_lines(url, cid, me)
    at = open_app(reviewer=me, page=MY_TASKS)
    at.button_group(key="mytasks_filter").set_value("全部").run()
    keys = [str(b.key) for b in at.button]
    opened = {int(k.removeprefix("mytasks_open_")) for k in keys if k.startswith("mytasks_open_")}
    assert opened == {x.assignment_id for x in lines}
    assert metric(at, "我的任务") == str(len(lines))
    page = texts(at)
    others = [name for name, _ in REVIEWERS if name != me]
    assert not [name for name in others if name in page]  # nobody else's name, so nobody else's score
    snap = snapshot(url, cid)
    mine = {a.id: a for d in snap.dossiers for a in d.assignments if a.reviewer == me and a.status == "done"}
    for a in mine.values():
        assert f"我的初评：{fmt(a.score)} 分 · {a.grade}" in page
    assert page.count("我的初评：") == len(mine)
    own = {fmt(a.score) for a in mine.values()}
    theirs = {
        fmt(a.score)
        for d in snap.dossiers
        if any(x.reviewer == me for x in d.assignments)
        for a in d.assignments
        if a.reviewer != me and a.score is not None
    }
    assert theirs - own  # the other reviewer scored my dossiers differently …
    for score in theirs - own:
        assert f"{score} 分" not in page  # … and that score is not on my page


def test_a_reviewer_opens_a_task_decides_and_submits_it(campaign_db) -> None:
    url, cid = campaign_db
    me = first_only_reviewer(url, cid)
    aid = next(x.assignment_id for x in my_lines(url, cid, me) if x.status == "pending")
    at = open_app(reviewer=me, page=MY_TASKS)
    at.button(key=f"mytasks_open_{aid}").click().run()
    assert any(m.label == "总分" for m in at.metric)  # the review pages show the task's workspace
    at.switch_page(FINDINGS)  # AppTest stays on the page it was given: follow the app's switch_page
    assert "回到“我的任务”提交" in texts(at)
    at.run()
    before = Decimal(metric(at, "总分"))
    at.radio(key="findings_add_mode").set_value("自定义问题").run()
    at.text_area(key="findings_add_text").input("询问笔录未载明询问地点")
    at.number_input(key="findings_add_points").set_value(2.0)
    at.button(key="findings_add_go").click().run()
    assert Decimal(metric(at, "总分")) == before - 2

    at.switch_page(MY_TASKS)
    at.run()
    assert f"当前 {fmt(before - 2)} 分" in texts(at)
    at.button(key=f"mytasks_submit_{aid}").click().run()
    assert any("确认以当前得分提交初评结果" in w.value for w in at.warning)
    assert next(x for x in my_lines(url, cid, me) if x.assignment_id == aid).status == "pending"  # not yet
    at.button(key=f"mytasks_confirm_{aid}").click().run()
    assert f"初评已提交：{fmt(before - 2)} 分" in texts(at)
    assert next(x for x in my_lines(url, cid, me) if x.assignment_id == aid).status == "done"
    done = next(a for d in snapshot(url, cid).dossiers for a in d.assignments if a.id == aid)
    assert done.score == before - 2 and any(p.description == "询问笔录未载明询问地点" for p in done.problems)

    # the organiser settles the dossier: both 初评 are in, 2 points apart (within the 5-point threshold)
    org = open_app(page=CAMPAIGNS)
    org.button(key="campaigns_reconcile").click().run()
    assert "初评一致定分 1 卷，转复核 0 卷" in texts(org)
    d = next(d for d in snapshot(url, cid).dossiers if any(a.id == aid for a in d.assignments))
    scores = [a.score for a in d.first_reviews]
    assert d.final is not None and d.final.method == "一致" and d.final.score == sum(scores) / len(scores)


def test_organiser_runs_a_campaign_from_an_empty_database(empty_db, campaign_template) -> None:
    corpus = campaign_template[2]
    at = open_app(page=CAMPAIGNS)
    assert "还没有评查活动" in texts(at)
    at.button(key="campaigns_create").click().run()
    assert [e.value for e in at.error] == ["请填写评查活动名称"]
    at.text_input(key="campaigns_new_name").input("2025年度行政处罚案卷抽查")
    at.button(key="campaigns_create").click().run()
    assert "已创建评查活动“2025年度行政处罚案卷抽查”" in texts(at)
    cid = at.session_state["app_campaign"]
    assert at.query_params["c"] == cid  # a refresh stays on the campaign

    at.radio(key="campaigns_import_mode").set_value("本机目录").run()
    at.text_input(key="campaigns_dir").input(str(corpus.root))
    at.text_input(key="campaigns_list_path").input(str(corpus.root / "没有这个名单.csv"))
    at.button(key="campaigns_import_server").click().run()
    assert len(at.error) == 1 and at.error[0].value.startswith("找不到名单文件") and not at.exception
    at.text_input(key="campaigns_list_path").input(str(corpus.list_csv))
    at.button(key="campaigns_import_server").click().run()
    assert "已导入 4 卷案卷（2 个单位）" in texts(at)
    at.text_input(key="campaigns_rev_path").input(str(corpus.reviewers_csv))
    at.button(key="campaigns_rev_import").click().run()
    assert "新增评查人 4 名" in texts(at)

    at.number_input(key="campaigns_sample_ratio").set_value(50)
    at.number_input(key="campaigns_sample_min").set_value(1)
    at.number_input(key="campaigns_sample_seed").set_value(2024)
    at.button(key="campaigns_sample").click().run()
    assert "按 50% 抽查，每单位至少 1 卷，随机种子 2024，共抽中 2 卷" in texts(at)
    assert "已抽查：按 50% 抽查，每单位至少 1 卷，随机种子 **2024**" in texts(at)
    at.number_input(key="campaigns_assign_seed").set_value(5)
    at.button(key="campaigns_assign").click().run()
    assert "已分配初评任务 4 项（每卷 2 人），随机种子 5" in texts(at)
    assignments = table(at, "评查人", "评查人单位")
    assert len(assignments) == 4 and all(assignments["单位"] != assignments["评查人单位"])

    at.button(key="campaigns_machine").click().run()
    run_until(at, lambda a: "机器初评完成" in texts(a))
    assert "本次评查 2 卷" in texts(at) and metric(at, "机器初评") == "2/2"
    assert at.button(key="campaigns_machine").disabled  # nothing left to do

    at.button(key="campaigns_make_files").click().run()
    files = at.session_state[f"campaigns_files_{cid}"]
    assert list(files) == list(FILES) and all(data[:2] == b"PK" for data in files.values())
    assert {b.key for b in at.get("download_button")} == {f"campaigns_dl_{i}" for i in range(len(FILES))}


def test_an_uploaded_folder_with_its_list_is_imported(empty_db, campaign_template) -> None:
    corpus = campaign_template[2]
    top = "2025评查报送"  # the browser sends a folder's files as "<folder>/<path inside>"
    files = [
        (f"{top}/{p.relative_to(corpus.root).as_posix()}", p.read_bytes(), "application/octet-stream")
        for p in sorted(corpus.root.rglob("*"))
        if p.is_file() and p.name != "评查人名单.csv"
    ]
    at = open_app(page=CAMPAIGNS)
    at.text_input(key="campaigns_new_name").input("2025年度行政处罚案卷评查")
    at.button(key="campaigns_create").click().run()
    at.file_uploader(key="campaigns_folder").set_value(files)
    at.button(key="campaigns_import_upload").click().run()
    assert "已导入 4 卷案卷（2 个单位）" in texts(at), [e.value for e in at.error]
    assert list(table(at, "编号", "单位", "文号")["文号"]) == [c["case_number"] for c in corpus.cases]


def test_an_upload_cannot_write_outside_its_folder(tmp_path) -> None:
    from ui.campaign_work import write_upload

    root = write_upload(
        [("报送/../../逃逸.pdf", b"%PDF-1.4"), ("报送/市场局/案卷1.pdf", b"%PDF-1.4"), ("报送/名单.csv", b"a")],
        tmp_path / "up",
    )
    assert root == tmp_path / "up" / "报送"
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.pdf")) == [
        "up/报送/市场局/案卷1.pdf",
        "up/报送/逃逸.pdf",
    ]
