"""Typed getters over ``st.session_state`` with page-prefixed keys. The open review and the reviewer's name also
live in the URL (``?r=…&u=…``) so a browser refresh reopens the same review for the same reviewer."""

from __future__ import annotations

import getpass

import streamlit as st

REVIEW = "app_review"
REVIEWER = "app_reviewer"
JOB = "home_job"
FLASH = "app_flash"


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
    sync_url()


def sync_url() -> None:
    want = {"u": reviewer()}
    if review_id() is not None:
        want["r"] = str(review_id())
    for k, v in want.items():
        if st.query_params.get(k) != v:
            st.query_params[k] = v
    if review_id() is None and "r" in st.query_params:
        del st.query_params["r"]


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
