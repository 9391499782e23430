"""Screenshots of each view into docs/screenshots/: ``python -m tests.ui.screenshots [OUT_DIR]``.

Starts ``anjuan ui`` on a fresh database, lets the first sample open by itself (as a newcomer sees it), then visits
every page, opens a finding's evidence, rejects a finding, selects an element, and tries a bad upload.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.ui.browser import ROOT, browser, server, settle

OUT = ROOT / "docs" / "screenshots"


def nav(page, title: str) -> None:
    page.get_by_test_id("stSidebarNav").get_by_text(title, exact=True).click()
    settle(page)


def to_top(page) -> None:
    page.evaluate("for (const el of document.querySelectorAll('[data-testid=stMain], section')) el.scrollTo(0, 0)")
    page.wait_for_timeout(300)


def take(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []

    def shot(page, name: str, full: bool = False) -> None:
        path = out / f"{name}.png"
        page.screenshot(path=str(path), full_page=full)
        shots.append(path)

    with tempfile.TemporaryDirectory() as tmp, server(f"sqlite:///{tmp}/shots.db") as base, browser() as ctx:
        page = ctx.new_page()
        page.goto(f"{base}/?u=张三")
        page.wait_for_selector("text=等次", timeout=90000)
        settle(page, 1200)
        shot(page, "01-findings")
        finding = page.get_by_test_id("stExpander").filter(has_text="PG-D06")
        finding.get_by_text("PG-D06", exact=True).click()
        settle(page)
        finding.get_by_text("行政处罚决定书 · 第", exact=False).first.click()
        settle(page, 1500)
        finding.get_by_text("PG-D06", exact=True).scroll_into_view_if_needed()
        shot(page, "02-evidence")
        finding.get_by_role("button", name="驳回", exact=True).click()
        page.get_by_text("已驳回 PG-D06：不扣分").wait_for(timeout=30000)
        settle(page, 800)
        to_top(page)
        shot(page, "03-decision")
        nav(page, "文书目录")
        shot(page, "04-documents")
        nav(page, "用语")
        page.get_by_text("处用语问题").or_(page.get_by_text("尚未安装")).first.wait_for(timeout=60000)
        settle(page)
        shot(page, "05-wording")
        nav(page, "要素")
        page.get_by_test_id("stSelectbox").last.click()
        page.get_by_role("option").filter(has_text="· 当事人 ·").first.click()
        settle(page, 1500)
        page.get_by_text("保存更正并重新评查").scroll_into_view_if_needed()
        page.wait_for_timeout(400)
        shot(page, "06-elements")
        nav(page, "导出评查表")
        shot(page, "07-export")
        nav(page, "操作记录")
        shot(page, "08-audit")
        nav(page, "打开案卷")
        shot(page, "09-home")
        bad = Path(tmp) / "损坏的案卷.pdf"
        bad.write_bytes(b"%PDF-1.4\n this is not really a pdf \n%%EOF")
        page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(bad))
        settle(page, 1500)
        page.get_by_role("button", name="开始评查").click()
        page.wait_for_selector("text=无法评查", timeout=60000)
        settle(page)
        shot(page, "10-bad-upload")
    return shots


if __name__ == "__main__":
    for p in take(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(p)
