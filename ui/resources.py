"""Process-wide resources behind ``@st.cache_resource``: the store (one per database URL), the campaign store and the
casebook over it, and the job runners (reviews; campaign machine passes); and the settings the app reads from the
environment."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from review.campaign.store import CampaignStore
from review.casebook.store import Casebook
from review.storage import Store, database_url
from review.storage.intake import DEFAULT_MAX_UPLOAD_MB
from review.workspace import WordingResult, wording_diagnostics
from ui.jobs import JobRunner

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "dossiers"
FIRST_SAMPLE = "mk-0004-text-env-defects"  # a dossier with several planted defects, read in under a second


@st.cache_resource(show_spinner=False)
def _store(url: str) -> Store:
    return Store(url)


def store() -> Store:
    return _store(database_url(None))


def campaigns() -> CampaignStore:
    """The campaign store over the app's store (same database and connection pool)."""
    return CampaignStore(store=store())


def casebook() -> Casebook:
    return Casebook(store=store())


@st.cache_resource(show_spinner=False)
def jobs() -> JobRunner:
    return JobRunner(workers=1)


@st.cache_resource(show_spinner=False)
def campaign_jobs() -> JobRunner:
    """A campaign's machine pass runs here, so that it never holds up a reviewer's upload on the 打开案卷 page."""
    return JobRunner(workers=1)


def max_upload_mb() -> float:
    try:
        return float(os.environ.get("ANJUAN_MAX_UPLOAD_MB", "") or DEFAULT_MAX_UPLOAD_MB)
    except ValueError:
        return float(DEFAULT_MAX_UPLOAD_MB)


@dataclass(frozen=True)
class Sample:
    id: str
    folder: Path
    field: str
    form: str
    procedure: str
    agency: str
    pages: int
    defects: tuple[str, ...]

    def files(self) -> list[tuple[str, bytes]]:
        return [(p.name, p.read_bytes()) for p in sorted(self.folder.iterdir()) if p.is_file()]


@st.cache_data(show_spinner=False)
def samples() -> list[Sample]:
    out = []
    for manifest in sorted(SAMPLES.glob("*/manifest.json")):
        m = json.loads(manifest.read_text(encoding="utf-8"))
        out.append(
            Sample(
                id=m["id"],
                folder=manifest.parent / "dossier",
                field=m.get("field", ""),
                form=m.get("form", ""),
                procedure=m.get("procedure", ""),
                agency=m.get("agency", ""),
                pages=int(m.get("pages", 0)),
                defects=tuple(d.get("description", "") for d in m.get("defects", [])),
            )
        )
    return out


@st.cache_data(show_spinner=False)
def pack_choices() -> list[tuple[str, str]]:
    """(pack id, label) of the installed 评查标准, newest version of each."""
    from checklists.loader import list_packs

    seen: dict[str, str] = {}
    for p in list_packs():
        seen[p.id] = f"{p.title}（{p.ref}）"
    return sorted(seen.items())


@st.cache_data(show_spinner=False)
def profile_choices() -> list[tuple[str, str]]:
    from checklists.loader import list_profiles

    return [(p.id, p.title) for p in list_profiles()]


@st.cache_data(max_entries=16, show_spinner="正在检查用语……")
def wording(_dossier, db_url: str, review_id: int, corrections: tuple) -> WordingResult:
    """The wording diagnostics of a review's current dossier (cached: the linter reads every page)."""
    return wording_diagnostics(_dossier)


def wording_rows(result: WordingResult) -> list[dict]:
    return [
        {"code": i.code, "message": i.message, "quote": i.quote, "suggestion": i.suggestion, "page": i.page}
        for i in result.items
    ]
