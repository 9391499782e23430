"""打开案卷: the bundled samples, an upload (several files or a ZIP form one dossier), and the reviewer's saved
reviews. Reading and OCR run in a background worker; this page shows the progress and then opens the review."""

from __future__ import annotations

import os

import streamlit as st

from review.storage import UploadError, check_uploads, review_files
from ui import resources, state
from ui.labels import FORMS

AUTO = "__auto__"


def start(label: str, files: list[tuple[str, bytes]], pack: str | None = None, profile: str | None = None) -> None:
    store, reviewer = resources.store(), state.reviewer()

    def work(progress):
        return review_files(store, files, reviewer, label, pack, profile, progress=progress)

    state.set_job(resources.jobs().submit(label, work))


def finish_job() -> None:
    """When the background review is done: open it (full run), or show why it failed."""
    job = resources.jobs().get(state.job_id())
    if job is None or not job.finished:
        return
    state.set_job(None)
    if job.status == "failed":
        st.error(f"“{job.label}”无法评查：{job.error}", icon=":material/error:")
        return
    assert job.result is not None
    state.set_review(job.result.review_id)
    if job.result.reused:
        state.flash(f"“{job.label}”此前已由你评查过，已打开原评查记录（所有决定均已保留）。")
    else:
        state.flash(f"“{job.label}”评查完成。请逐项确认或驳回下列问题。")
    st.switch_page("app_pages/findings.py")


@st.fragment(run_every=0.5)
def progress_panel() -> None:
    job = resources.jobs().get(state.job_id())
    if job is None:
        return
    if job.finished:
        st.rerun()
    if job.total:
        text = f"正在读取“{job.stage}”：第 {job.done}/{job.total} 页（扫描页需OCR，稍候）"
        st.progress(min(job.done / job.total, 1.0), text=text)
    else:
        st.progress(0.0, text=f"正在准备“{job.label}”……")


def autostart() -> None:
    """A newcomer with no reviews sees a real review at once: the first sample opens by itself."""
    if os.environ.get("ANJUAN_UI_AUTOSTART", "1") == "0" or st.session_state.get("home_autostarted"):
        return
    st.session_state["home_autostarted"] = True
    if state.job_id() is None and not resources.store().reviews(state.reviewer()):
        sample = next((s for s in resources.samples() if s.id == resources.FIRST_SAMPLE), None)
        if sample is not None:
            start(f"示例案卷 {sample.id}", sample.files())


def upload_section() -> None:
    st.subheader("上传案卷")
    st.caption(
        f"一次上传的所有文件合为一卷：多个 PDF/DOCX/图片，或一个 ZIP。总大小不超过 {resources.max_upload_mb():g} MB。"
    )
    uploaded = st.file_uploader("案卷文件", accept_multiple_files=True, key="home_upload")
    packs = [(AUTO, "自动（按程序类型选择）"), *resources.pack_choices()]
    profiles = resources.profile_choices()
    c1, c2 = st.columns(2)
    pack = c1.selectbox("评查标准", [p for p, _ in packs], format_func=dict(packs).get, key="home_pack")
    profile = c2.selectbox("地区配置", [p for p, _ in profiles], format_func=dict(profiles).get, key="home_profile")
    if st.button("开始评查", type="primary", key="home_start", disabled=state.job_id() is not None):
        try:
            files = check_uploads([(f.name, f.getvalue()) for f in uploaded or []], resources.max_upload_mb())
        except UploadError as err:
            st.error(str(err), icon=":material/error:")
            return
        label = files[0][0] if len(files) == 1 else f"{files[0][0]} 等{len(files)}个文件"
        start(label, files, None if pack == AUTO else pack, profile)
        st.rerun()


def samples_section() -> None:
    st.subheader("示例案卷")
    st.caption("随软件附带的模拟案卷（虚构单位与人员），部分植入了常见问题，可直接打开体验评查。")
    for s in resources.samples():
        c1, c2 = st.columns([8, 1], vertical_alignment="center")
        defects = f"；植入问题 {len(s.defects)} 处" if s.defects else "；无植入问题"
        c1.markdown(
            f"**{s.agency}** · {s.field} · {s.procedure}  \n"
            f"{FORMS.get(s.form, s.form)}，{s.pages} 页{defects}　`{s.id}`"
        )
        if c2.button("评查", key=f"home_sample_{s.id}", disabled=state.job_id() is not None):
            start(f"示例案卷 {s.id}", s.files())
            st.rerun()


def my_reviews_section() -> None:
    reviews = resources.store().reviews(state.reviewer())
    st.subheader(f"我的评查记录（{len(reviews)}）")
    if not reviews:
        st.caption("还没有评查记录。")
        return
    for r in reviews:
        c1, c2, c3 = st.columns([3, 2, 1.2], vertical_alignment="center")
        c1.markdown(f"**{r.party or r.label}**  \n{r.case_number or '（文号未识别）'} · {r.label}")
        veto = "（否决）" if r.vetoed else ""
        c2.markdown(f"**{r.total} 分 · {r.grade}{veto}**  \n已作决定 {r.decisions} 项")
        if c3.button("打开", key=f"home_open_{r.id}"):
            state.set_review(r.id)
            st.switch_page("app_pages/findings.py")


st.title("案卷评查")
st.caption(
    "上传一卷行政处罚案卷：缺什么、错在哪、得几分，一目了然；逐项确认或驳回后导出评查表。全部在本机完成，不联网。"
)
note = state.flash()
if note:
    st.success(note)
if not state.reviewer():
    st.warning("请先在左侧填写评查人姓名。")
    st.stop()
autostart()
finish_job()
if state.job_id() is not None:
    progress_panel()
left, right = st.columns(2, gap="large")
with left:
    upload_section()
with right:
    my_reviews_section()
st.divider()
samples_section()
