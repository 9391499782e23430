"""典型案例 (案例库): search and filter the casebook (text, tag, year, kind, category), edit an entry's fields in a
form, export one or several entries as a DOCX (one case, or a 汇编 with cover and 目录); draft new entries from the open
review's deductions (chosen with checkboxes; anonymised by the drafter) or from a campaign's picks (优秀 / 不合格 files,
most frequent problems)."""

from __future__ import annotations

import streamlit as st

from checklists.errors import PackError
from checklists.model import Outcome
from review.campaign.model import CampaignError
from review.casebook.draft import draft_entries
from review.casebook.export_docx import default_title, docx_bytes
from review.casebook.model import CasebookError, CaseEntry, CaseKind, CaseQuery, CaseSource, CaseStatus
from review.casebook.picks import candidates, draft_candidate
from review.casebook.store import FIELD_LABELS, Casebook
from review.workspace import WorkspaceError, fmt
from ui import resources, state
from ui.components import campaign_pick

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ALL = "全部"
EDITING = "casebook_editing"
DRAFT_ERRORS = (CasebookError, CampaignError, WorkspaceError, PackError)


def _added(book: Casebook, entries: list[CaseEntry] | tuple[CaseEntry, ...], where: str) -> None:
    stored = book.add_many(entries)
    st.session_state[EDITING] = stored[0].id
    state.flash(f"已从{where}起草 {len(stored)} 条典型案例（草稿），请在“案例库”中核对、修改后定稿。")
    st.rerun()


def meta(e: CaseEntry) -> str:
    parts = [e.kind.value, e.field or "—", e.category or "—", f"{e.year}年", e.status.value]
    tags = f" · 标签：{'、'.join(e.tags)}" if e.tags else ""
    return " · ".join(parts) + tags


# -- library --------------------------------------------------------------------------------------------------------
def filters(book: Casebook) -> CaseQuery:
    every = book.search(CaseQuery(limit=10_000))
    years = sorted({e.year for e in every}, reverse=True)
    categories = sorted({e.category for e in every if e.category})
    c1, c2 = st.columns([3, 2])
    text = c1.text_input("搜索", key="casebook_q", placeholder="标题、案情、问题、依据、原文、评析中的文字")
    tags = c2.multiselect("标签", [t for t, _ in book.tags()], key="casebook_tags", placeholder="选择标签")
    c3, c4, c5 = st.columns(3)
    year = c3.selectbox("年度", [ALL, *years], key="casebook_year")
    kind = c4.selectbox("类型", [ALL, *(k.value for k in CaseKind)], key="casebook_kind")
    category = c5.selectbox("问题类别", [ALL, *categories], key="casebook_category")
    return CaseQuery(
        text=text.strip(),
        tags=tuple(tags),
        year=None if year == ALL else int(year),
        kind=None if kind == ALL else CaseKind(kind),
        category=None if category == ALL else category,
    )


def entry_list(entries: list[CaseEntry]) -> list[CaseEntry]:
    """The entries with a checkbox each (for the export) and an edit button; the checked ones."""
    chosen = []
    for e in entries:
        with st.container(border=True, key=f"casebook_entry_{e.id}"):
            c0, c1, c2 = st.columns([0.3, 5, 1.6], vertical_alignment="center")
            if c0.checkbox(e.title, key=f"casebook_sel_{e.id}", label_visibility="collapsed", help="选中后导出"):
                chosen.append(e)
            c1.markdown(f"**{e.title}**")
            c1.caption(f"编号 {e.id} · {meta(e)}")
            if c2.button("编辑", key=f"casebook_edit_{e.id}"):
                st.session_state[EDITING] = e.id
                st.rerun()
    return chosen


def export_section(chosen: list[CaseEntry], shown: list[CaseEntry]) -> None:
    st.markdown(f"**导出**（已选 {len(chosen)} 条；未选时导出全部 {len(shown)} 条检索结果）")
    entries = chosen or shown
    title = st.text_input(
        "汇编标题",
        key="casebook_export_title",
        placeholder=default_title(entries) if entries else "",
        disabled=not entries,
    )
    org = st.text_input("编印单位", key="casebook_export_org", placeholder="例如：某某市司法局", disabled=not entries)
    key = "casebook_docx"
    ids = tuple(e.id for e in entries)
    if st.button("生成 Word 文档", key="casebook_make_docx", type="primary", disabled=not entries):
        with st.spinner("正在生成……"):
            data = docx_bytes(entries, title.strip() or None, org.strip())
        st.session_state[key] = (ids, data)
    made = st.session_state.get(key)
    if made and made[0] == ids:
        name = entries[0].title if len(entries) == 1 else (title.strip() or default_title(entries))
        st.download_button(
            f"下载 DOCX（{len(entries)} 条）",
            made[1],
            f"{name[:60]}.docx",
            DOCX,
            key="casebook_download",
            type="primary",
            icon=":material/download:",
            on_click="ignore",
        )


def editor(book: Casebook, entry_id: int) -> None:
    try:
        e = book.get(entry_id)
    except CasebookError as err:
        st.session_state.pop(EDITING, None)
        st.warning(str(err))
        return
    st.subheader(f"编辑案例 {e.id}")
    st.caption(
        f"来源：{e.source.label or '—'}" + (f"　·　扣分 {fmt(e.deduction)} 分" if e.deduction is not None else "")
    )
    k = f"{e.id}"
    with st.form(f"casebook_form_{k}", border=False):
        values: dict[str, object] = {}
        values["title"] = st.text_input(FIELD_LABELS["title"], e.title, key=f"casebook_f_title_{k}")
        c1, c2, c3 = st.columns(3)
        kinds = [x.value for x in CaseKind]
        values["kind"] = CaseKind(c1.selectbox("类型", kinds, kinds.index(e.kind.value), key=f"casebook_f_kind_{k}"))
        statuses = [x.value for x in CaseStatus]
        values["status"] = CaseStatus(
            c2.selectbox("状态", statuses, statuses.index(e.status.value), key=f"casebook_f_status_{k}")
        )
        values["year"] = int(c3.number_input("年份", 1990, 2100, e.year, 1, key=f"casebook_f_year_{k}"))
        c4, c5 = st.columns(2)
        values["field"] = c4.text_input(FIELD_LABELS["field"], e.field, key=f"casebook_f_field_{k}")
        values["category"] = c5.text_input(FIELD_LABELS["category"], e.category, key=f"casebook_f_category_{k}")
        tags = st.text_input("标签（逗号分隔）", "，".join(e.tags), key=f"casebook_f_tags_{k}")
        values["tags"] = tuple(t.strip() for t in tags.replace(",", "，").split("，") if t.strip())
        values["summary"] = st.text_area("【基本案情】", e.summary, key=f"casebook_f_summary_{k}", height=120)
        head = "【案卷亮点】" if e.kind == CaseKind.POSITIVE else "【存在问题】"
        values["defect"] = st.text_area(head, e.defect, key=f"casebook_f_defect_{k}", height=100)
        c6, c7 = st.columns([1, 3])
        values["rule_id"] = c6.text_input(FIELD_LABELS["rule_id"], e.rule_id, key=f"casebook_f_rule_id_{k}")
        values["rule_title"] = c7.text_input(FIELD_LABELS["rule_title"], e.rule_title, key=f"casebook_f_rule_title_{k}")
        values["legal_basis"] = st.text_input("【评查依据】", e.legal_basis, key=f"casebook_f_legal_basis_{k}")
        values["quote"] = st.text_area("原文摘录（已隐去当事人信息）", e.quote, key=f"casebook_f_quote_{k}", height=90)
        values["page_ref"] = st.text_input(FIELD_LABELS["page_ref"], e.page_ref, key=f"casebook_f_page_ref_{k}")
        values["corrected"] = st.text_area("【规范做法】", e.corrected, key=f"casebook_f_corrected_{k}", height=90)
        values["commentary"] = st.text_area("【评析】", e.commentary, key=f"casebook_f_commentary_{k}", height=90)
        if st.form_submit_button("保存", type="primary", key=f"casebook_save_{k}"):
            changes = {f: v for f, v in values.items() if v != getattr(e, f)}
            if not changes:
                st.info("没有改动。")
            else:
                try:
                    book.update(e.id, **changes)
                except CasebookError as err:
                    st.error(str(err), icon=":material/error:")
                else:
                    state.flash(
                        f"案例 {e.id} 已保存（改动 {len(changes)} 项：{'、'.join(FIELD_LABELS[c] for c in changes)}）。"
                    )
                    st.rerun()
    c8, c9, _ = st.columns([1, 1, 3], vertical_alignment="center")
    sure = c8.checkbox("确认删除", key=f"casebook_del_sure_{k}")
    if c9.button("删除此案例", key=f"casebook_delete_{k}", disabled=not sure):
        book.delete(e.id)
        st.session_state.pop(EDITING, None)
        state.flash(f"案例 {e.id} 已删除。")
        st.rerun()
    if st.button("关闭", key=f"casebook_close_{k}"):
        st.session_state.pop(EDITING, None)
        st.rerun()


def library(book: Casebook) -> None:
    left, right = st.columns([1, 1], gap="large")
    with left:
        q = filters(book)
        shown = book.search(q)
        st.markdown(f"共 **{len(shown)}** 条")
        chosen = entry_list(shown)
        if not shown:
            st.info("没有符合条件的典型案例。可在“从当前案卷起草”或“从评查活动起草”中新增。")
        st.divider()
        export_section(chosen, shown)
    with right:
        editing = st.session_state.get(EDITING)
        if editing is None:
            st.info("点击案例右侧的“编辑”，在此修改各栏内容。", icon=":material/edit_note:")
        else:
            editor(book, int(editing))


# -- drafting -------------------------------------------------------------------------------------------------------
def from_review(book: Casebook) -> None:
    review_id = state.review_id()
    if review_id is None:
        st.info("尚未打开案卷。请先在“打开案卷”页打开一份评查记录。")
        st.page_link("app_pages/home.py", label="去打开案卷", icon=":material/folder_open:")
        return
    store = resources.store()
    try:
        summary = store.summary(review_id)
        ws = store.workspace(review_id)
    except WorkspaceError as err:
        st.warning(str(err))
        return
    report = ws.report
    st.markdown(
        f"当前案卷：**{summary.party or summary.label}** · {summary.case_number or '（文号未识别）'}　"
        f"{fmt(report.score.total)} 分 · {report.score.grade}（评查人 {summary.reviewer}，含其决定）"
    )
    kind = st.radio(
        "案例类型",
        [CaseKind.NEGATIVE.value, CaseKind.POSITIVE.value],
        format_func={"反面": "反面（典型问题）", "正面": "正面（优秀案卷评析）"}.get,
        horizontal=True,
        key="casebook_draft_kind",
    )
    source = CaseSource(review_id=review_id, dossier_key=summary.dossier_key)
    if kind == CaseKind.POSITIVE.value:
        if st.button("起草优秀案卷评析", type="primary", key="casebook_draft_review"):
            with st.spinner("正在起草（隐去当事人信息）……"):
                try:
                    entries = draft_entries(ws.current_dossier, report, kind=CaseKind.POSITIVE, source=source)
                except DRAFT_ERRORS as err:
                    st.error(str(err), icon=":material/error:")
                    return
            _added(book, entries, "当前案卷")
        return
    fails = [f for f in report.findings if f.outcome == Outcome.FAIL]
    if not fails:
        st.info("本次评查没有扣分项，可改为“正面”起草优秀案卷评析。")
        return
    st.caption("勾选要写入案例库的扣分项（每项一条案例；当事人等信息在起草时隐去）：")
    picked = []
    for f in fails:
        veto = "（否决项）" if f.veto else ""
        if st.checkbox(f"**{f.rule_id}** {f.title}{veto}　扣 {fmt(f.deduction)} 分", key=f"casebook_rule_{f.rule_id}"):
            picked.append(f.rule_id)
    if st.button("起草所选问题", type="primary", key="casebook_draft_review", disabled=not picked):
        with st.spinner("正在起草（隐去当事人信息）……"):
            try:
                entries = draft_entries(ws.current_dossier, report, picked, CaseKind.NEGATIVE, source=source)
            except DRAFT_ERRORS as err:
                st.error(str(err), icon=":material/error:")
                return
        _added(book, entries, "当前案卷")


def from_campaign(book: Casebook) -> None:
    cs = resources.campaigns()
    info = campaign_pick.pick(cs.campaigns(), "casebook_campaign_pick")
    if info is None:
        st.info("还没有评查活动。")
        return
    try:
        snap = cs.snapshot(info.id)
    except CampaignError as err:
        st.error(str(err), icon=":material/error:")
        return
    picks = candidates(snap)
    if not picks:
        st.info("该评查活动尚无评查结果（机器初评或定分）可供选取。")
        return
    st.caption("评查活动中的优秀案卷、不合格案卷和高频问题。勾选后起草（当事人等信息隐去）：")
    chosen = []
    for i, c in enumerate(picks):
        score = f"{fmt(c.score)} 分 {c.grade}" if c.score is not None else ""
        label = f"**{c.kind.value}** · {c.reason} · {c.unit} · {c.case_name or '案卷 ' + c.dossier_id}　{score}"
        if st.checkbox(label, key=f"casebook_pick_{i}"):
            chosen.append(c)
    if st.button("起草所选", type="primary", key="casebook_draft_picks", disabled=not chosen):
        entries: list[CaseEntry] = []
        with st.spinner("正在起草（隐去当事人信息）……"):
            try:
                for c in chosen:
                    entries += draft_candidate(resources.store(), c, snap)
            except DRAFT_ERRORS as err:
                st.error(str(err), icon=":material/error:")
                return
        _added(book, entries, f"评查活动“{info.name}”")


# -- the page -------------------------------------------------------------------------------------------------------
st.title("案例库")
note = state.flash()
if note:
    st.success(note, icon=":material/check_circle:")
book = resources.casebook()
tabs = st.tabs(["案例库", "从当前案卷起草", "从评查活动起草"])
with tabs[0]:
    library(book)
with tabs[1]:
    from_review(book)
with tabs[2]:
    from_campaign(book)
