"""anjuan 案卷评查 — the Streamlit entry point: ``streamlit run ui/streamlit_app.py`` (or ``anjuan ui``)."""

from __future__ import annotations

import os

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from pathlib import Path

import streamlit as st

from ui import state, style

st.set_page_config(
    page_title="案卷评查", page_icon=str(Path(__file__).parent / "assets" / "icon.png"), layout="wide", menu_items={}
)
style.apply()
state.init()

with st.sidebar:
    name = st.text_input("评查人", value=state.reviewer(), key="sidebar_reviewer", help="每位评查人的决定分别保存")
    if name.strip() and name.strip() != state.reviewer():
        state.set_reviewer(name)
        state.set_review(None)
        st.rerun()

pages = {
    "案卷": [
        st.Page("app_pages/home.py", title="打开案卷", icon=":material/folder_open:", url_path="home", default=True),
    ],
    "当前案卷": [
        st.Page("app_pages/findings.py", title="问题与评分", icon=":material/fact_check:", url_path="findings"),
        st.Page("app_pages/documents.py", title="文书目录", icon=":material/list_alt:", url_path="documents"),
        st.Page("app_pages/wording.py", title="用语", icon=":material/spellcheck:", url_path="wording"),
        st.Page("app_pages/elements.py", title="要素", icon=":material/data_object:", url_path="elements"),
        st.Page("app_pages/export.py", title="导出评查表", icon=":material/print:", url_path="export"),
        st.Page("app_pages/audit.py", title="操作记录", icon=":material/history:", url_path="audit"),
    ],
    "评查活动": [
        st.Page("app_pages/campaigns.py", title="活动管理", icon=":material/campaign:", url_path="campaigns"),
        st.Page("app_pages/dashboard.py", title="活动看板", icon=":material/monitoring:", url_path="dashboard"),
        st.Page("app_pages/my_tasks.py", title="我的任务", icon=":material/assignment_ind:", url_path="my-tasks"),
    ],
    "典型案例": [
        st.Page("app_pages/casebook.py", title="案例库", icon=":material/menu_book:", url_path="casebook"),
    ],
}
st.navigation(pages).run()
