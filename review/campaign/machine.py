"""The campaign's machine pass (机器初评): a job for every sampled dossier without a machine result, and each result
recorded in its own transaction as it arrives. ``MachineResultRow`` is keyed by the campaign dossier, so a result
recorded twice (a rerun after a kill, two runs at once) stays one row: reruns are idempotent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from review.campaign.model import CampaignError, Model
from review.campaign.runner import Job, JobResult, OcrMode
from review.storage.store import Store
from review.storage.tables import CampaignDossierRow, CampaignRow, MachineResultRow
from review.workspace import fmt

SIMPLE_PACK = "penalty-simple"
_SIMPLE_PROCEDURES = ("简易", "当场")


class Todo(Model):
    campaign_dossier_id: int
    dossier_key: str
    file: str
    pack: str  # "" = chosen from the dossier's contents


class MachinePass(Model):
    campaign_id: str
    profile: str
    sampled: int
    done: int  # sampled dossiers that already have a machine result
    done_failed: int  # … of which the dossier could not be read
    todo: tuple[Todo, ...]

    def jobs(self, store: Store, ocr: OcrMode = "auto") -> Iterator[Job]:
        """The jobs, each dossier's files read back from the store only when its job is asked for."""
        for t in self.todo:
            files = tuple((f.name, store.blob(f.sha256)) for f in store.dossier_files(t.dossier_key))
            yield Job(
                id=str(t.campaign_dossier_id),
                files=files,
                pack=t.pack,
                profile=self.profile,
                ocr=ocr,
                keep_dossier=True,
            )


def pack_for(checklist: str, procedure: str) -> str:
    """The campaign's pack; when it has none, penalty-simple for a 简易程序/当场 dossier by the list, else "" (the
    pipeline then chooses by the dossier's own documents)."""
    if checklist:
        return checklist
    return SIMPLE_PACK if any(word in procedure for word in _SIMPLE_PROCEDURES) else ""


def pending(store: Store, campaign_id: str) -> MachinePass:
    """What the machine pass still has to do; CampaignError for an unknown campaign or one with nothing sampled."""
    with store.session() as s:
        campaign = s.get(CampaignRow, campaign_id)
        if campaign is None:
            raise CampaignError(f"没有评查活动“{campaign_id}”（用 anjuan campaign list 查看已有的活动）")
        rows = list(
            s.scalars(
                select(CampaignDossierRow)
                .where(CampaignDossierRow.campaign_id == campaign_id, CampaignDossierRow.sampled)
                .order_by(CampaignDossierRow.position, CampaignDossierRow.id)
            )
        )
        if not rows:
            raise CampaignError(f"评查活动“{campaign_id}”还没有抽中的案卷：请先抽查（anjuan campaign sample）")
        results = {
            m.campaign_dossier_id: m.error
            for m in s.scalars(
                select(MachineResultRow).where(MachineResultRow.campaign_dossier_id.in_([r.id for r in rows]))
            )
        }
        todo = tuple(
            Todo(
                campaign_dossier_id=r.id,
                dossier_key=r.dossier_key,
                file=r.file,
                pack=pack_for(campaign.checklist, r.procedure),
            )
            for r in rows
            if r.id not in results
        )
        return MachinePass(
            campaign_id=campaign_id,
            profile=campaign.profile,
            sampled=len(rows),
            done=len(results),
            done_failed=sum(1 for error in results.values() if error),
            todo=todo,
        )


def record(store: Store, campaign_dossier_id: int, result: JobResult, profile: str) -> bool:
    """Store one result in its own transaction; False (and nothing changed) if the dossier already has one."""
    row = MachineResultRow(
        campaign_dossier_id=campaign_dossier_id,
        pack=result.pack,
        profile=profile,
        dossier_json=result.dossier if result.error is None else None,
        report_json=result.report_json if result.error is None else None,
        total=fmt(result.total) if result.total is not None else "",
        grade=result.grade,
        vetoed=result.vetoed,
        error=result.error,
        seconds=f"{result.seconds:.3f}",
        peak_rss_kb=result.peak_rss_kb,
        created_at=dt.datetime.now(dt.UTC),
    )
    try:
        with store.session() as s, s.begin():
            if s.get(MachineResultRow, campaign_dossier_id) is not None:
                return False
            s.add(row)
    except IntegrityError:  # recorded at the same moment by another run
        return False
    return True
