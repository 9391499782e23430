"""Every artefact of a campaign report into one folder: 汇总统计表.xlsx, 问题清单.xlsx, 评查报告.docx, 通报.docx,
分配表.xlsx, 一致性.xlsx (the ``campaign report`` command and the dashboard's download use this)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from checklists.errors import PackError
from checklists.loader import get_pack
from checklists.model import RulePack
from review.campaign.agreement import agreement, pack_refs
from review.campaign.model import CampaignSnapshot
from review.export.campaign_docx import write_notice_docx, write_report_docx
from review.export.campaign_xlsx import (
    write_agreement_xlsx,
    write_assignments_xlsx,
    write_issues_xlsx,
    write_summary_xlsx,
)

FILES = ("汇总统计表.xlsx", "问题清单.xlsx", "评查报告.docx", "通报.docx", "分配表.xlsx", "一致性.xlsx")


def installed_packs(snapshot: CampaignSnapshot) -> dict[str, RulePack]:
    """The packs the snapshot's dossiers were reviewed with, by reference; one no longer installed is left out (the
    agreement then compares only the rules the reviewers flagged)."""
    packs: dict[str, RulePack] = {}
    for ref in pack_refs(snapshot):
        try:
            packs[ref] = get_pack(ref)
        except PackError:
            continue
    return packs


def write_campaign_report(
    snapshot: CampaignSnapshot,
    folder: Path,
    history: Sequence[CampaignSnapshot] = (),
    packs: dict[str, RulePack] | None = None,
    step: Callable[[str, int, int], None] | None = None,
) -> list[Path]:
    """Write the six files into ``folder`` (created if missing); returns their paths in ``FILES`` order."""
    folder.mkdir(parents=True, exist_ok=True)
    packs = installed_packs(snapshot) if packs is None else packs
    agree = agreement(snapshot, packs)
    paths = [folder / name for name in FILES]
    writers = (
        lambda p: write_summary_xlsx(snapshot, p, history),
        lambda p: write_issues_xlsx(snapshot, p),
        lambda p: write_report_docx(snapshot, p, packs, agree, history),
        lambda p: write_notice_docx(snapshot, p),
        lambda p: write_assignments_xlsx(snapshot, p),
        lambda p: write_agreement_xlsx(agree, snapshot, p),
    )
    for i, (path, write) in enumerate(zip(paths, writers, strict=True)):
        if step is not None:
            step("生成评查结果文件", i, len(paths))
        write(path)
    if step is not None:
        step("生成评查结果文件", len(paths), len(paths))
    return paths
