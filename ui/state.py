"""Typed getters over ``st.session_state`` with page-prefixed keys. The open review, the reviewer's name and the
chosen campaign also live in the URL (``?r=…&u=…&c=…``) so a browser refresh reopens the same review for the same
reviewer, on the same campaign."""

from __future__ import annotations

import getpass

import streamlit as st

REVIEW = "app_review"
REVIEWER = "app_reviewer"
JOB = "home_job"
FLASH = "app_flash"
CAMPAIGN = "app_campaign"
CAMPAIGN_JOB = "campaigns_job"


def _default_reviewer() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "评查人"


def init() -> None:
    """Fill the session from the URL once per session, then keep the URL in step with the session."""
    qp = st.query_params
    if REVIEWER not in st.session_state:
        st.session_state[REVIEWER] = (qp.get("u") or _default_reviewer()).strip()[:100]
    if REVIEW not in st.session_state:
        raw = qp.get("r", "")
        st.session_state[REVIEW] = int(raw) if raw.isdigit() else None
    if CAMPAIGN not in st.session_state:
        st.session_state[CAMPAIGN] = (qp.get("c") or "").strip()[:40] or None
    sync_url()


def sync_url() -> None:
    want = {"u": reviewer()}
    if review_id() is not None:
        want["r"] = str(review_id())
    if campaign_id() is not None:
        want["c"] = str(campaign_id())
    for k, v in want.items():
        if st.query_params.get(k) != v:
            st.query_params[k] = v
    for k in ("r", "c"):
        if k not in want and k in st.query_params:
            del st.query_params[k]


def reviewer() -> str:
    return str(st.session_state.get(REVIEWER) or "").strip()


def set_reviewer(name: str) -> None:
    st.session_state[REVIEWER] = name.strip()[:100]
    sync_url()


def review_id() -> int | None:
    value = st.session_state.get(REVIEW)
    return value if isinstance(value, int) else None


def set_review(review: int | None) -> None:
    st.session_state[REVIEW] = review
    sync_url()


def job_id() -> str | None:
    return st.session_state.get(JOB)


def set_job(job: str | None) -> None:
    st.session_state[JOB] = job


def flash(message: str | None = None) -> str | None:
    """Set a one-time message for the next run (with an argument), or take it (without)."""
    if message is not None:
        st.session_state[FLASH] = message
        return None
    return st.session_state.pop(FLASH, None)


def campaign_id() -> str | None:
    """The campaign chosen on the 评查活动 pages (shared by 活动管理, 活动看板, 我的任务 and 案例库)."""
    value = st.session_state.get(CAMPAIGN)
    return value if isinstance(value, str) and value else None


def set_campaign(campaign: str | None) -> None:
    st.session_state[CAMPAIGN] = campaign
    sync_url()


def campaign_job_id() -> str | None:
    return st.session_state.get(CAMPAIGN_JOB)


def set_campaign_job(job: str | None) -> None:
    st.session_state[CAMPAIGN_JOB] = job
