"""Screenshots of each view into docs/screenshots/: ``python -m tests.ui.screenshots [OUT_DIR]``.

Starts ``anjuan ui`` on a fresh database, lets the first sample open by itself (as a newcomer sees it), then visits
every page, opens a finding's evidence, rejects a finding, selects an element, and tries a bad upload. Then seeds two
campaigns (2024 and 2025, tests/ui/campaign_seed.py) and a few 典型案例 drafted from the 2025 campaign's picks, and
shows 活动管理, 活动看板, 我的任务 and 案例库.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.ui.browser import ROOT, browser, server, settle
from tests.ui.campaign_seed import SCJG, SWJ, build_corpus, seed_campaign

OUT = ROOT / "docs" / "screenshots"
HBJ = "成都市双流区生态环境局"
#: (unit, sample seed, field) of the two campaigns' dossiers
Y2025 = [
    (SCJG, 31, "市场监管"),
    (SCJG, 32, "市场监管", ["B04", "E01", "G03"]),
    (SWJ, 33, "商务"),
    (SWJ, 34, "商务", ["A06", "D06", "H05", "I01"]),
    (HBJ, 35, "生态环境", ["D06", "G05"]),
    (HBJ, 36, "生态环境"),
]
Y2024 = [(SCJG, 41, "市场监管", ["A06", "D06", "H05"]), (SWJ, 43, "商务", ["B04", "G03"]), (HBJ, 45, "生态环境"),
         (HBJ, 46, "生态环境", ["E01", "I01"])]  # fmt: skip


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
        campaign_pages(page, base, Path(tmp), shot)
    return shots


def campaign_pages(page, base: str, tmp: Path, shot) -> None:
    """Seed the campaigns into the server's database (tmp/shots.db), then 11–14."""
    campaign, reviewer = seed(f"sqlite:///{tmp}/shots.db", tmp)
    page.goto(f"{base}/campaigns?u=张三&c={campaign}")
    page.wait_for_selector("text=报送案卷", timeout=60000)
    settle(page, 1200)
    shot(page, "11-campaigns")
    page.set_viewport_size({"width": 1400, "height": 3400})  # the dashboard is long: show most of it
    page.goto(f"{base}/dashboard?u=张三&c={campaign}")
    page.wait_for_selector("text=评查尺度一致性", timeout=60000)
    settle(page, 2500)
    shot(page, "12-dashboard")
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{base}/my-tasks?u={reviewer}&c={campaign}")
    page.wait_for_selector("text=待评查", timeout=60000)
    settle(page)
    page.get_by_test_id("stButtonGroup").get_by_text("全部", exact=True).click()
    settle(page, 1200)
    shot(page, "13-my-tasks")
    page.goto(f"{base}/casebook?u=张三&c={campaign}")
    page.wait_for_selector("text=汇编标题", timeout=60000)
    settle(page)
    page.get_by_role("button", name="编辑").first.click()
    page.wait_for_selector("text=编辑案例", timeout=30000)
    settle(page, 1200)
    shot(page, "14-casebook")


def seed(url: str, tmp: Path) -> tuple[str, str]:
    """A 2024 and a 2025 campaign over the same units, every 复核 done, and 典型案例 drafted from the 2025 picks;
    returns the 2025 campaign's id and a reviewer with a task still to do."""
    from review.campaign.store import CampaignStore
    from review.casebook.picks import candidates, draft_candidate
    from review.casebook.store import Casebook

    seed_campaign(url, build_corpus(tmp / "2024", Y2024), "2024年度行政处罚案卷交叉评查", 2024, finish=True)
    cid = seed_campaign(url, build_corpus(tmp / "2025", Y2025), "2025年度行政处罚案卷交叉评查", 2025, finish=True)
    cs = CampaignStore(url)
    book = Casebook(store=cs.store)
    try:
        snap = cs.snapshot(cid)
        picks = candidates(snap)
        chosen = [next(c for c in picks if c.kind.value == "正面"), *[c for c in picks if c.kind.value == "反面"][:3]]
        for c in chosen:
            book.add_many(draft_candidate(cs.store, c, snap))
        todo = next(x.reviewer for x in cs.assignments(cid) if x.status == "pending")
    finally:
        cs.close()
    return cid, todo


if __name__ == "__main__":
    for p in take(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(p)
