"""AppTest fixtures: one machine review of a bundled sample made once per session into a template database; each
test gets its own copy (so tests never see each other's decisions) and drives the app by widget keys."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "ui" / "streamlit_app.py"
SAMPLE = ROOT / "samples" / "dossiers" / "mk-0004-text-env-defects" / "dossier"
REVIEWER = "张三"


def sample_files(folder: Path = SAMPLE) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in sorted(folder.iterdir())]


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    from review.storage import Store, review_files

    path = tmp_path_factory.mktemp("db") / "template.db"
    store = Store(f"sqlite:///{path}")
    result = review_files(store, sample_files(), REVIEWER, "示例案卷 mk-0004-text-env-defects")
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path, result.review_id


@pytest.fixture
def db(template_db: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, int]:
    """A private copy of the seeded database, set as ANJUAN_DB; (url, review id of 张三's review)."""
    path, review_id = template_db
    copy = tmp_path / "anjuan.db"
    shutil.copy(path, copy)
    url = f"sqlite:///{copy}"
    monkeypatch.setenv("ANJUAN_DB", url)
    monkeypatch.setenv("ANJUAN_UI_AUTOSTART", "0")
    return url, review_id


@pytest.fixture
def empty_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    monkeypatch.setenv("ANJUAN_DB", url)
    monkeypatch.setenv("ANJUAN_UI_AUTOSTART", "0")
    return url


def open_app(review_id: int | None = None, reviewer: str = REVIEWER, page: str | None = None) -> AppTest:
    """The app as a browser opens it: ``/?u=reviewer&r=review`` (a refresh is a new AppTest with the same URL)."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["u"] = reviewer
    if review_id is not None:
        at.query_params["r"] = str(review_id)
    at.run()
    page = page or ("app_pages/findings.py" if review_id is not None else None)
    if page is not None:  # the URL's path: a refresh stays on its page
        at.switch_page(page)
        at.run()
    assert not at.exception, at.exception
    return at


def run_until(at: AppTest, done: Callable[[AppTest], bool], timeout: float = 90) -> AppTest:
    """Rerun (as the progress fragment does) until ``done`` holds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        at.run()
        assert not at.exception, at.exception
        if done(at):
            return at
        time.sleep(0.1)
    raise AssertionError("timed out")


def texts(at: AppTest) -> str:
    """Everything readable on the page, joined (markdown, captions, alerts, titles, subheaders)."""
    parts = [
        e.value
        for kind in ("title", "subheader", "markdown", "caption", "success", "info", "warning", "error")
        for e in getattr(at, kind)
    ]
    return "\n".join(str(p) for p in parts)


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def table(at: AppTest, *columns: str):
    """The DataFrame of the first ``st.dataframe`` that has these columns (non-selectable tables keep no key)."""
    for df in at.dataframe:
        if set(columns) <= set(df.value.columns):
            return df.value
    raise KeyError(columns)


@pytest.fixture(scope="session")
def campaign_template(tmp_path_factory: pytest.TempPathFactory):
    """A database with the small campaign of tests/ui/campaign_seed.py (made once per session); (path, campaign id,
    corpus)."""
    from tests.ui.campaign_seed import build_corpus, seed_campaign

    folder = tmp_path_factory.mktemp("campaign")
    corpus = build_corpus(folder / "corpus")
    path = folder / "template.db"
    campaign_id = seed_campaign(f"sqlite:///{path}", corpus)
    return path, campaign_id, corpus


@pytest.fixture
def campaign_db(campaign_template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """A private copy of the seeded campaign database, set as ANJUAN_DB; (url, campaign id)."""
    path, campaign_id, _ = campaign_template
    copy = tmp_path / "campaign.db"
    shutil.copy(path, copy)
    url = f"sqlite:///{copy}"
    monkeypatch.setenv("ANJUAN_DB", url)
    monkeypatch.setenv("ANJUAN_UI_AUTOSTART", "0")
    return url, campaign_id
