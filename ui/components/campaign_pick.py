"""The campaign chooser at the top of the 评查活动 pages: one select, kept in ``ui.state`` (and the URL) so every
campaign page opens on the same campaign."""

from __future__ import annotations

import streamlit as st

from review.campaign.model import CampaignInfo
from ui import state


def label(c: CampaignInfo) -> str:
    return f"{c.name}（{c.year}年 · {c.id}）"


def pick(campaigns: list[CampaignInfo], key: str, title: str = "评查活动") -> CampaignInfo | None:
    """The chosen campaign among ``campaigns`` (the one in the session first), or None when there are none."""
    if not campaigns:
        return None
    by_id = {c.id: c for c in campaigns}
    current = state.campaign_id()
    if current not in by_id:
        current = campaigns[0].id
        state.set_campaign(current)
    if st.session_state.get(key) != current:  # chosen elsewhere (another page, a new campaign): show it here too
        st.session_state[key] = current

    def changed() -> None:
        state.set_campaign(st.session_state[key])

    chosen = st.selectbox(title, list(by_id), format_func=lambda i: label(by_id[i]), key=key, on_change=changed)
    return by_id[chosen]
