"""活动管理 (the organiser): create or choose a campaign, import the units' dossiers (an uploaded folder or a folder on
this computer, with the list), the reviewers, 抽查 (ratio / minimum / 全覆盖, with the seed), 交叉评查 assignment
(per dossier, seed), the machine pass in a background job with progress, 定分 and 复核, and the result files."""

from __future__ import annotations

import datetime as dt
import os
import random
from decimal import Decimal
from pathlib import Path

import streamlit as st

from review.campaign.machine import pending
from review.campaign.model import CampaignError, CampaignInfo, CampaignSnapshot, Reviewer, SampleRule, Stage
from review.campaign.sampling import MAX_SEED, describe
from review.campaign.store import CampaignStore
from review.workspace import fmt
from ui import campaign_work, resources, state
from ui.components import campaign_pick

AUTO = "__auto__"
UPLOAD, SERVER = "上传文件夹", "本机目录"


def _seed(name: str) -> int:
    """A random default seed, drawn once per session and shown, so the organiser can note it (or type another)."""
    key = f"campaigns_default_seed_{name}"
    if key not in st.session_state:
        st.session_state[key] = random.SystemRandom().randint(1, 99999)
    return st.session_state[key]


def _done(message: str) -> None:
    state.flash(message)
    st.rerun()


def _pack_label(info: CampaignInfo) -> str:
    return dict(resources.pack_choices()).get(info.checklist, info.checklist) if info.checklist else "按程序类型选择"


# -- create ---------------------------------------------------------------------------------------------------------
def create_section(cs: CampaignStore) -> None:
    packs = [(AUTO, "按程序类型选择（一般程序 / 简易程序）"), *resources.pack_choices()]
    profiles = resources.profile_choices()
    with st.form("campaigns_create_form", border=False):
        name = st.text_input("活动名称", key="campaigns_new_name", placeholder="例如：2025年度行政处罚案卷交叉评查")
        c1, c2, c3 = st.columns(3)
        year = c1.number_input("年度", 1990, 2100, dt.date.today().year, 1, key="campaigns_new_year")
        pack = c2.selectbox("评查标准", [p for p, _ in packs], format_func=dict(packs).get, key="campaigns_new_pack")
        profile = c3.selectbox(
            "地区配置", [p for p, _ in profiles], format_func=dict(profiles).get, key="campaigns_new_profile"
        )
        scope = st.text_input(
            "评查范围", key="campaigns_new_scope", placeholder="例如：2024年度已办结的行政处罚（一般程序）案卷"
        )
        c4, c5 = st.columns(2)
        threshold = c4.number_input(
            "复核阈值（分）",
            0.0,
            100.0,
            5.0,
            0.5,
            key="campaigns_new_threshold",
            help="两名初评人得分相差超过此分数，即转复核",
        )
        per = c5.number_input("每卷初评人数", 1, 5, 2, 1, key="campaigns_new_per")
        if st.form_submit_button("创建评查活动", type="primary", key="campaigns_create"):
            try:
                cid = cs.create(
                    name,
                    int(year),
                    "" if pack == AUTO else pack,
                    profile,
                    scope.strip(),
                    Decimal(str(threshold)),
                    int(per),
                )
            except CampaignError as err:
                st.error(str(err), icon=":material/error:")
                return
            state.set_campaign(cid)
            _done(f"已创建评查活动“{name.strip()}”（编号 {cid}）。下一步：导入各单位报送的案卷。")


# -- overview -------------------------------------------------------------------------------------------------------
def overview(cs: CampaignStore, info: CampaignInfo) -> dict[str, int]:
    n = cs.counts(info.id)
    sample = f"{describe(info.sample)}（随机种子 {info.sample_seed}）" if info.sample else "尚未抽查"
    st.caption(
        f"编号 {info.id}　·　评查标准：{_pack_label(info)}　·　地区配置：{info.profile}　·　"
        f"每卷初评 {info.per_dossier} 人　·　复核阈值 {fmt(info.recheck_threshold)} 分　·　抽查：{sample}"
        + (f"  \n评查范围：{info.scope}" if info.scope else "")
    )
    cols = st.columns(5)
    cols[0].metric("报送案卷", n["dossiers"], border=True)
    cols[1].metric("抽中", n["sampled"], border=True)
    cols[2].metric("机器初评", f"{n['machine']}/{n['sampled']}", border=True)
    cols[3].metric("评查任务", f"{n['done']}/{n['assignments']}", border=True, help="已提交 / 全部（初评与复核）")
    cols[4].metric("已定分", f"{n['finals']}/{n['sampled']}", border=True)
    return n


# -- ① import -------------------------------------------------------------------------------------------------------
def _import(cs: CampaignStore, cid: str, directory: Path, list_path: Path) -> None:
    bar = st.progress(0.0, text="正在导入案卷……")

    def progress(stage: str, done: int, total: int) -> None:
        bar.progress(min(done / total, 1.0) if total else 1.0, text=f"{stage}：{done}/{total}")

    try:
        result = cs.import_dossiers(cid, directory, list_path, progress)
    except CampaignError as err:
        bar.empty()
        st.error(str(err), icon=":material/error:")
        return
    except OSError as err:
        bar.empty()
        st.error(f"无法读取文件：{err.strerror or err.__class__.__name__}", icon=":material/error:")
        return
    skipped = f"，{result.skipped} 卷此前已导入" if result.skipped else ""
    _done(f"已导入 {result.added} 卷案卷（{len(result.units)} 个单位）{skipped}。")


def _list_upload(key: str):
    return st.file_uploader(
        "案卷名单（CSV 或 XLSX，列：单位、文件、文号、案件名称、程序）",
        type=["csv", "xlsx", "xlsm", "tsv", "txt"],
        key=key,
    )


def import_section(cs: CampaignStore, info: CampaignInfo, snap: CampaignSnapshot) -> None:
    st.markdown(
        "各单位报送的案卷与**案卷名单**：名单的“文件”列写案卷文件（PDF、DOCX、图片、ZIP）或案卷文件夹相对于案卷目录的路径。"
        "重复导入同一名单不会重复添加。"
    )
    mode = st.radio("案卷在哪里", [UPLOAD, SERVER], horizontal=True, key="campaigns_import_mode")
    if mode == UPLOAD:
        folder = st.file_uploader(
            "案卷文件夹（选择整个文件夹，名单可放在文件夹中）",
            accept_multiple_files="directory",
            key="campaigns_folder",
        )
        listed = _list_upload("campaigns_list_upload")
        if st.button("导入案卷", type="primary", key="campaigns_import_upload"):
            if not folder:
                st.error("请先选择案卷文件夹", icon=":material/error:")
                return
            with campaign_work.temp_dir("anjuan-import-") as tmp:
                try:
                    root = campaign_work.write_upload([(f.name, f.getvalue()) for f in folder], Path(tmp) / "报送")
                except CampaignError as err:
                    st.error(str(err), icon=":material/error:")
                    return
                if listed is not None:
                    list_path = Path(tmp) / Path(listed.name).name
                    list_path.write_bytes(listed.getvalue())
                else:
                    found = campaign_work.lists_in(root)
                    if len(found) != 1:
                        what = "没有" if not found else f"有 {len(found)} 个"
                        st.error(f"文件夹中{what}名单文件（CSV/XLSX），请单独上传案卷名单", icon=":material/error:")
                        return
                    list_path = found[0]
                _import(cs, info.id, root, list_path)
        return
    directory = st.text_input("案卷目录（本机路径）", key="campaigns_dir", placeholder="/data/2025评查/报送案卷")
    list_text = st.text_input(
        "案卷名单（本机路径；或在下方上传）", key="campaigns_list_path", placeholder="/data/2025评查/案卷名单.xlsx"
    )
    listed = _list_upload("campaigns_list_upload_server")
    if st.button("导入案卷", type="primary", key="campaigns_import_server"):
        if not directory.strip():
            st.error("请填写案卷目录", icon=":material/error:")
            return
        if listed is None and not list_text.strip():
            st.error("请填写或上传案卷名单", icon=":material/error:")
            return
        root = Path(directory.strip()).expanduser()
        if listed is not None:
            with campaign_work.temp_dir("anjuan-list-") as tmp:
                list_path = Path(tmp) / Path(listed.name).name
                list_path.write_bytes(listed.getvalue())
                _import(cs, info.id, root, list_path)
        else:
            _import(cs, info.id, root, Path(list_text.strip()).expanduser())


def dossier_table(snap: CampaignSnapshot) -> None:
    if not snap.dossiers:
        st.info("尚未导入案卷。")
        return
    rows = []
    for d in snap.dossiers:
        m = d.machine
        machine = "" if m is None else ("无法读取" if m.error else f"{fmt(m.score)} {m.grade}")
        first = [a for a in d.assignments if a.stage == Stage.FIRST]
        rows.append(
            {
                "编号": d.id,
                "单位": d.unit,
                "文号": d.case_number,
                "案件名称": d.case_name,
                "抽中": "是" if d.sampled else "",
                "机器初评": machine,
                "初评": f"{sum(a.status == 'done' for a in first)}/{len(first)}" if first else "",
                "最终": f"{fmt(d.final.score)} {d.final.grade}" if d.final else "",
                "程序": d.procedure,
                "文件": d.file,
            }
        )
    st.dataframe(rows, hide_index=True, key="campaigns_dossiers")


# -- ② reviewers ----------------------------------------------------------------------------------------------------
def reviewers_section(cs: CampaignStore, info: CampaignInfo, snap: CampaignSnapshot) -> None:
    st.markdown(
        "评查人名单（列：姓名、单位）。交叉评查时，评查人不评本单位的案卷；评查人在左侧填写同一姓名即可看到自己的任务。"
    )
    c1, c2 = st.columns(2, gap="large")
    with c1:
        listed = st.file_uploader(
            "评查人名单（CSV 或 XLSX）", type=["csv", "xlsx", "xlsm", "tsv", "txt"], key="campaigns_rev_upload"
        )
        path = st.text_input("或本机路径", key="campaigns_rev_path")
        if st.button("导入评查人", type="primary", key="campaigns_rev_import"):
            if listed is None and not path.strip():
                st.error("请上传评查人名单或填写路径", icon=":material/error:")
                return
            try:
                if listed is not None:
                    with campaign_work.temp_dir("anjuan-list-") as tmp:
                        target = Path(tmp) / Path(listed.name).name
                        target.write_bytes(listed.getvalue())
                        r = cs.import_reviewers(info.id, target)
                else:
                    r = cs.import_reviewers(info.id, Path(path.strip()).expanduser())
            except CampaignError as err:
                st.error(str(err), icon=":material/error:")
                return
            _done(f"新增评查人 {r.added} 名，更新 {r.updated} 名，未变 {r.unchanged} 名。")
    with c2, st.form("campaigns_rev_form", border=False):
        name = st.text_input("姓名", key="campaigns_rev_name")
        unit = st.text_input("单位", key="campaigns_rev_unit", placeholder="例如：成都市新都区商务局")
        if st.form_submit_button("添加评查人", key="campaigns_rev_add"):
            if not name.strip() or not unit.strip():
                st.error("请填写姓名和单位", icon=":material/error:")
                return
            try:
                cs.add_reviewers(info.id, [Reviewer(name=name.strip(), unit=unit.strip())])
            except CampaignError as err:
                st.error(str(err), icon=":material/error:")
                return
            _done(f"已添加评查人 {name.strip()}（{unit.strip()}）。")
    if not snap.reviewers:
        st.info("尚无评查人。")
        return
    load: dict[str, list[int]] = {r.name: [0, 0] for r in snap.reviewers}
    for d in snap.dossiers:
        for a in d.assignments:
            load.setdefault(a.reviewer, [0, 0])
            load[a.reviewer][0] += 1
            load[a.reviewer][1] += a.status == "done"
    st.dataframe(
        [{"姓名": r.name, "单位": r.unit, "任务": load[r.name][0], "已提交": load[r.name][1]} for r in snap.reviewers],
        hide_index=True,
        key="campaigns_reviewers",
    )


# -- ③ 抽查 -----------------------------------------------------------------------------------------------------------
def sample_section(cs: CampaignStore, info: CampaignInfo, snap: CampaignSnapshot) -> None:
    if info.sample is not None:
        st.success(f"已抽查：{describe(info.sample)}，随机种子 **{info.sample_seed}**。", icon=":material/casino:")
    assigned = any(d.assignments for d in snap.dossiers)
    if assigned:
        st.caption("已分配评查任务，抽查结果不能再改。")
    else:
        mode = st.radio("抽查方式", ["按比例", "全覆盖"], horizontal=True, key="campaigns_sample_mode")
        c1, c2, c3 = st.columns(3)
        ratio = c1.number_input(
            "每单位抽查比例（%）", 1, 100, 30, 5, key="campaigns_sample_ratio", disabled=mode == "全覆盖"
        )
        minimum = c2.number_input(
            "每单位至少（卷）", 0, 1000, 1, 1, key="campaigns_sample_min", disabled=mode == "全覆盖"
        )
        seed = c3.number_input(
            "随机种子", 0, MAX_SEED, _seed("sample"), 1, key="campaigns_sample_seed", help="记入活动，便于复核抽取过程"
        )
        st.caption("每单位按比例向上取整，且不少于“至少”卷数（不超过报送数）。重新抽查会替换此前的抽查结果。")
        if st.button("抽查", type="primary", key="campaigns_sample", disabled=not snap.dossiers):
            rule = (
                SampleRule(mode="all")
                if mode == "全覆盖"
                else SampleRule(mode="ratio", ratio=Decimal(int(ratio)) / 100, min=int(minimum))
            )
            try:
                result = cs.sample(info.id, rule, int(seed))
            except CampaignError as err:
                st.error(str(err), icon=":material/error:")
                return
            _done(f"抽查完成：{describe(rule)}，随机种子 {int(seed)}，共抽中 {result.selected} 卷。")
    if info.sample is not None:
        units: dict[str, list[int]] = {}
        for d in snap.dossiers:
            units.setdefault(d.unit, [0, 0])
            units[d.unit][0] += 1
            units[d.unit][1] += d.sampled
        rows = [{"单位": u, "报送": n, "抽中": k} for u, (n, k) in units.items()]
        rows.append({"单位": "合计", "报送": sum(r["报送"] for r in rows), "抽中": sum(r["抽中"] for r in rows)})
        st.dataframe(rows, hide_index=True, key="campaigns_sample_table")


# -- ④ assignment ---------------------------------------------------------------------------------------------------
def assign_section(cs: CampaignStore, info: CampaignInfo, snap: CampaignSnapshot) -> None:
    if info.assign_seed is not None:
        st.success(
            f"已分配：每卷 {info.per_dossier} 名非本单位评查人，随机种子 **{info.assign_seed}**。",
            icon=":material/group:",
        )
    c1, c2 = st.columns(2)
    per = c1.number_input("每卷初评人数", 1, 5, info.per_dossier, 1, key="campaigns_assign_per")
    seed = c2.number_input("随机种子", 0, MAX_SEED, _seed("assign"), 1, key="campaigns_assign_seed")
    st.caption("只给尚未分配的抽中案卷分配；评查人不评本单位案卷，工作量尽量均衡。")
    if st.button("分配评查任务", type="primary", key="campaigns_assign", disabled=not snap.reviewers):
        try:
            result = cs.assign(info.id, int(seed), int(per))
        except CampaignError as err:
            st.error(str(err), icon=":material/error:")
            return
        _done(f"已分配初评任务 {result.created} 项（每卷 {result.per_dossier} 人），随机种子 {result.seed}。")
    lines = cs.assignments(info.id)
    if lines:
        st.dataframe(
            [
                {
                    "任务": x.assignment_id,
                    "案卷": x.dossier_id,
                    "单位": x.unit,
                    "文号": x.case_number,
                    "案件名称": x.case_name,
                    "评查人": x.reviewer,
                    "评查人单位": x.reviewer_unit,
                    "阶段": x.stage.value,
                    "状态": "已提交" if x.status == "done" else "待评查",
                }
                for x in lines
            ],
            hide_index=True,
            key="campaigns_assignments",
        )


# -- ⑤ machine pass -------------------------------------------------------------------------------------------------
def finish_job() -> None:
    job = resources.campaign_jobs().get(state.campaign_job_id())
    if job is None or not job.finished:
        return
    state.set_campaign_job(None)
    if job.status == "failed":
        st.error(f"机器初评未完成：{job.error}", icon=":material/error:")
        return
    state.flash(job.result.text())


@st.fragment(run_every=0.5)
def progress_panel() -> None:
    job = resources.campaign_jobs().get(state.campaign_job_id())
    if job is None:
        return
    if job.finished:
        st.rerun()
    if job.total:
        st.progress(min(job.done / job.total, 1.0), text=f"{job.label}：已评 {job.done}/{job.total} 卷")
    else:
        st.progress(0.0, text=f"正在准备{job.label}……")


def machine_section(info: CampaignInfo) -> None:
    store = resources.store()
    try:
        plan = pending(store, info.id)
    except CampaignError as err:
        st.info(str(err))
        return
    failed = f"（{plan.done_failed} 卷无法读取）" if plan.done_failed else ""
    st.markdown(
        f"抽中 **{plan.sampled}** 卷，已有机器初评 **{plan.done}** 卷{failed}，待评 **{len(plan.todo)}** 卷。"
        "评查人打开任务时，从机器初评结果开始逐项确认或驳回。可随时中断，再次运行只评尚无结果的案卷。"
    )
    running = state.campaign_job_id() is not None
    c1, c2, _ = st.columns([1, 1, 2])
    workers = c1.number_input(
        "并行进程数", 1, max(1, os.cpu_count() or 1), 1, 1, key="campaigns_workers", help="扫描件需OCR，较慢"
    )
    ocr = c2.selectbox(
        "OCR",
        ["auto", "never"],
        format_func={"auto": "自动（无文字层的页面）", "never": "不做OCR"}.get,
        key="campaigns_ocr",
    )
    if st.button("运行机器初评", type="primary", key="campaigns_machine", disabled=running or not plan.todo):
        cid, n = info.id, int(workers)

        def work(progress):
            return campaign_work.machine_pass(store, cid, progress, n, ocr)

        state.set_campaign_job(resources.campaign_jobs().submit("机器初评", work))
        st.rerun()
    if running:
        progress_panel()


# -- ⑥ 定分 and 复核 ---------------------------------------------------------------------------------------------------
def reconcile_section(cs: CampaignStore, info: CampaignInfo, snap: CampaignSnapshot) -> None:
    first = [a for d in snap.dossiers for a in d.assignments if a.stage == Stage.FIRST]
    st.markdown(
        f"初评已提交 **{sum(a.status == 'done' for a in first)}/{len(first)}** 项。"
        "两名初评人得分之差不超过复核阈值且否决意见一致的，取平均分定分；否则转复核（另一名非本单位评查人），以复核结果定分。"
    )
    c1, _ = st.columns([1, 2])
    threshold = c1.number_input(
        "复核阈值（分）", 0.0, 100.0, float(info.recheck_threshold), 0.5, key="campaigns_threshold"
    )
    if st.button("定分 / 转复核", type="primary", key="campaigns_reconcile", disabled=not first):
        try:
            plan = cs.reconcile(info.id, Decimal(str(threshold)))
        except CampaignError as err:
            st.error(str(err), icon=":material/error:")
            return
        rechecks = [v for v in plan.verdicts if v.status == "recheck"]
        _done(
            f"初评一致定分 {plan.count('agreed')} 卷，转复核 {len(rechecks)} 卷，"
            f"复核定分 {plan.count('rechecked')} 卷；"
            f"待初评 {plan.count('waiting')} 卷，待复核 {plan.count('pending_recheck')} 卷。"
        )
    rows = []
    for d in snap.dossiers:
        rechecks = [a for a in d.assignments if a.stage == Stage.RECHECK]
        if not rechecks:
            continue
        scores = [fmt(a.score) for a in d.first_reviews if a.score is not None]
        for a in rechecks:
            rows.append(
                {
                    "案卷": d.id,
                    "单位": d.unit,
                    "文号": d.case_number,
                    "初评得分": "、".join(scores),
                    "复核人": a.reviewer,
                    "状态": "已复核" if a.status == "done" else "待复核",
                    "最终": f"{fmt(d.final.score)} {d.final.grade}" if d.final else "",
                }
            )
    if rows:
        st.markdown("**复核案卷**")
        st.dataframe(rows, hide_index=True, key="campaigns_rechecks")


# -- ⑦ result files -------------------------------------------------------------------------------------------------
def files_section(cs: CampaignStore, info: CampaignInfo, snap: CampaignSnapshot, others: list[CampaignInfo]) -> None:
    st.markdown(
        "汇总统计表、问题清单、评查报告、通报、分配表和一致性分析（κ）。统计只计已定分的案卷；"
        "问题清单中的当事人已隐去。"
    )
    compare = st.multiselect(
        "往年对比（汇总统计表与评查报告加入历年对比）",
        [c.id for c in others],
        format_func={c.id: campaign_pick.label(c) for c in others}.get,
        key="campaigns_compare",
        placeholder="选择往年的评查活动",
    )
    key = f"campaigns_files_{info.id}"
    if st.button("生成结果文件", type="primary", key="campaigns_make_files", disabled=not snap.dossiers):
        with st.spinner("正在生成结果文件……"):
            try:
                history = [cs.snapshot(c) for c in compare]
                st.session_state[key] = campaign_work.report_files(snap, history)
            except CampaignError as err:
                st.error(str(err), icon=":material/error:")
            except OSError as err:
                st.error(f"无法生成结果文件：{err.strerror or err.__class__.__name__}", icon=":material/error:")
    files: dict[str, bytes] | None = st.session_state.get(key)
    if not files:
        return
    cols = st.columns(3)
    for i, (name, data) in enumerate(files.items()):
        cols[i % 3].download_button(
            f"下载 {name}",
            data,
            f"{info.name}_{name}",
            campaign_work.mime(name),
            key=f"campaigns_dl_{i}",
            icon=":material/download:",
            on_click="ignore",
            width="stretch",
        )


# -- the page -------------------------------------------------------------------------------------------------------
st.title("活动管理")
finish_job()
note = state.flash()
if note:
    st.success(note, icon=":material/check_circle:")
cs = resources.campaigns()
infos = cs.campaigns()
with st.expander("新建评查活动", expanded=not infos, icon=":material/add_circle:", key="campaigns_new_exp"):
    create_section(cs)
info = campaign_pick.pick(infos, "campaigns_pick")
if info is None:
    st.info("还没有评查活动：请先新建一个。")
    st.stop()
try:
    snap = cs.snapshot(info.id)
except CampaignError as err:
    st.error(str(err), icon=":material/error:")
    st.stop()
overview(cs, info)
tabs = st.tabs(["① 导入案卷", "② 评查人", "③ 抽查", "④ 分配", "⑤ 机器初评", "⑥ 定分与复核", "⑦ 结果文件"])
with tabs[0]:
    dossier_table(snap)
    with st.expander("导入案卷", expanded=not snap.dossiers, icon=":material/upload:", key="campaigns_import_exp"):
        import_section(cs, info, snap)
with tabs[1]:
    reviewers_section(cs, info, snap)
with tabs[2]:
    sample_section(cs, info, snap)
with tabs[3]:
    assign_section(cs, info, snap)
with tabs[4]:
    machine_section(info)
with tabs[5]:
    reconcile_section(cs, info, snap)
with tabs[6]:
    files_section(cs, info, snap, [c for c in infos if c.id != info.id])
