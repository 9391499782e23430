"""The campaign types that cross module boundaries: what the store reads out (``CampaignSnapshot``) is what sampling,
assignment, reconciliation, agreement, statistics, the exports, the CLI and the dashboard work on."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from checklists.model import GradeBand

SCHEMA = "anjuan.campaign/1"
MACHINE = "机器初评"  # the name a machine pass goes by where a reviewer's name would stand


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CampaignError(ValueError):
    """A campaign step that cannot be done (unknown campaign, a list with a bad row, too few reviewers …).
    ``str`` is one Chinese line for the CLI and the UI."""


class Stage(StrEnum):
    FIRST = "初评"
    RECHECK = "复核"


class SampleRule(Model):
    """抽查 rule: ``all`` (全覆盖), or per unit ``ceil(ratio × n)`` dossiers and at least ``min`` (capped at n)."""

    mode: Literal["all", "ratio"]
    ratio: Decimal | None = None
    min: int = 0


class CampaignInfo(Model):
    id: str
    name: str
    year: int
    scope: str = ""
    checklist: str  # requested pack id; "" = by procedure type (penalty-simple for 当场 decisions)
    profile: str
    bands: tuple[GradeBand, ...]
    recheck_threshold: Decimal  # 初评 totals differing by more than this go to 复核
    per_dossier: int = 2
    sample: SampleRule | None = None
    sample_seed: int | None = None
    assign_seed: int | None = None


class Reviewer(Model):
    name: str
    unit: str


class Problem(Model):
    """One deduction as the 问题清单 shows it (from a FAIL finding, or a reviewer-added finding)."""

    rule_id: str
    category: str  # the pack's category, e.g. 执法程序
    title: str  # the rule's title
    description: str  # the finding's message
    basis: str  # 依据条款
    document: str = ""  # 所在文书
    pages: str = ""  # e.g. "12" or "12–13"
    quote: str = ""
    points: Decimal
    veto: bool = False
    suggestion: str = ""  # 整改建议


class MachineResult(Model):
    score: Decimal
    grade: str
    veto: bool
    pack: str  # id@version
    problems: tuple[Problem, ...] = ()
    error: str | None = None  # the dossier could not be read: one line; score 0 and no problems then


class AssignmentResult(Model):
    id: int
    reviewer: str
    unit: str
    stage: Stage
    status: Literal["pending", "done"]
    review_id: int | None = None
    score: Decimal | None = None
    grade: str | None = None
    veto: bool | None = None
    problems: tuple[Problem, ...] = ()


class FinalResult(Model):
    score: Decimal
    grade: str
    veto: bool
    by: str  # the 复核 reviewer, or "初评一致：张三、李四"
    method: Literal["一致", "复核"]
    problems: tuple[Problem, ...] = ()


class CampaignDossier(Model):
    id: str  # str(CampaignDossierRow.id)
    unit: str
    file: str
    case_number: str = ""
    case_name: str = ""
    procedure: str = ""
    dossier_key: str
    sampled: bool
    machine: MachineResult | None = None
    assignments: tuple[AssignmentResult, ...] = ()
    final: FinalResult | None = None

    @property
    def first_reviews(self) -> tuple[AssignmentResult, ...]:
        return tuple(a for a in self.assignments if a.stage == Stage.FIRST)


class CampaignSnapshot(Model):
    campaign: CampaignInfo
    reviewers: tuple[Reviewer, ...]
    dossiers: tuple[CampaignDossier, ...]

    @property
    def units(self) -> tuple[str, ...]:
        """Units in list order: those that submitted dossiers, then reviewers' units that submitted none."""
        seen = [d.unit for d in self.dossiers] + [r.unit for r in self.reviewers]
        return tuple(dict.fromkeys(seen))
