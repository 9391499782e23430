"""One real-browser flow (Debian chromium driven by playwright, closed-network flags): upload a sample, wait for the
score, reject one finding, reload, and see the decision and the new score kept."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.machine_score import M, shown
from tests.ui.browser import CHROMIUM, browser, server, settle
from tests.ui.conftest import SAMPLE

pytestmark = pytest.mark.browser

if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
    if os.environ.get("CI"):
        raise RuntimeError("chromium is missing: `make test` installs it (apt package chromium)")
    pytest.skip("chromium not installed (apt-get install chromium)", allow_module_level=True)


def score(page) -> str:
    return page.get_by_test_id("stMetricValue").first.inner_text().strip()


def test_upload_reject_reload_keeps_the_decision(tmp_path: Path) -> None:
    pdf = next(SAMPLE.iterdir())
    with server(f"sqlite:///{tmp_path / 'browser.db'}", {"ANJUAN_UI_AUTOSTART": "0"}) as base, browser() as ctx:
        page = ctx.new_page()
        page.goto(f"{base}/?u=张三")
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(pdf))
        page.get_by_text(pdf.name).wait_for(timeout=30000)
        page.get_by_role("button", name="开始评查").click()
        page.get_by_test_id("stMetricValue").first.wait_for(timeout=120000)
        assert score(page) == shown(M)
        finding = page.get_by_test_id("stExpander").filter(has_text="PG-D06")
        finding.get_by_text("PG-D06", exact=True).click()
        finding.get_by_role("button", name="驳回", exact=True).click()
        page.get_by_text("已驳回 PG-D06：不扣分").wait_for(timeout=30000)
        settle(page)
        assert score(page) == shown(M + 2)
        assert "/findings" in page.url and "r=" in page.url
        page.reload()
        page.get_by_test_id("stMetricValue").first.wait_for(timeout=60000)
        settle(page)
        assert score(page) == shown(M + 2)
        assert page.get_by_test_id("stExpander").filter(has_text="PG-D06").filter(has_text="已驳回").count() == 1
