"""The open review, loaded once per script run for the review pages (or a friendly stop when none is open)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import streamlit as st

from extractors.model import Dossier
from review.model import ReviewReport
from review.storage import ReviewSummary, Store, StoredFile, review_files
from review.workspace import Decision, Workspace, WorkspaceError, now
from ui import resources, state


@dataclass
class ReviewCtx:
    store: Store
    review_id: int
    summary: ReviewSummary
    ws: Workspace
    reviewer: str

    @property
    def readonly(self) -> bool:
        """Another reviewer's review is shown, never changed."""
        return self.summary.reviewer != self.reviewer

    @cached_property
    def report(self) -> ReviewReport:
        return self.ws.report

    @cached_property
    def dossier(self) -> Dossier:
        return self.ws.current_dossier

    @cached_property
    def files(self) -> list[StoredFile]:
        return self.store.dossier_files(self.summary.dossier_key)

    @cached_property
    def wording(self):
        """The wording linter's result for the current dossier (cached per review and element corrections)."""
        fixes = tuple(sorted(self.ws.state.corrections.items(), key=lambda kv: kv[0]))
        return resources.wording(self.dossier, self.store.url, self.review_id, fixes)

    def decide(self, decision: Decision) -> bool:
        """Store one decision; show the reason in the page when it cannot be applied."""
        try:
            self.store.decide(self.review_id, decision)
        except WorkspaceError as err:
            st.error(str(err))
            return False
        return True

    def decision(self, **fields) -> Decision:
        return Decision(reviewer=self.reviewer, at=now(), **fields)


def current() -> ReviewCtx:
    """The open review, or a message with a link to the 打开案卷 page (and the page stops)."""
    review_id = state.review_id()
    if review_id is None:
        st.info("尚未打开案卷。请在“打开案卷”页上传案卷，或打开一份示例案卷。")
        st.page_link("app_pages/home.py", label="去打开案卷", icon=":material/folder_open:")
        st.stop()
    store = resources.store()
    try:
        summary = store.summary(review_id)
        ws = store.workspace(review_id)
    except WorkspaceError as err:
        state.set_review(None)
        st.warning(f"{err}。请重新打开案卷。")
        st.page_link("app_pages/home.py", label="去打开案卷", icon=":material/folder_open:")
        st.stop()
    ctx = ReviewCtx(store, review_id, summary, ws, state.reviewer())
    if ctx.readonly:
        _other_reviewer(ctx)
    return ctx


def _other_reviewer(ctx: ReviewCtx) -> None:
    st.warning(f"这是评查人“{ctx.summary.reviewer}”的评查记录，仅供查看。")
    if st.button("以我的名义评查此案卷", key="ctx_own_review", type="primary"):
        files = [(f.name, ctx.store.blob(f.sha256)) for f in ctx.files]
        s = ctx.summary
        result = review_files(ctx.store, files, ctx.reviewer, s.label, s.requested_pack or None, s.profile)
        state.set_review(result.review_id)
        st.rerun()
