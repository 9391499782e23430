"""The casebook types (典型案例): an entry as drafted, edited, stored and exported, the search query, and a campaign's
candidate picks. Entries cross from draft to store to the exports and the UI as these frozen models."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CasebookError(ValueError):
    """A casebook step that cannot be done (unknown entry or review, a rule the review does not have …).
    ``str`` is one Chinese line for the CLI and the UI."""


class CaseKind(StrEnum):
    NEGATIVE = "反面"  # a typical defect, with the corrected wording
    POSITIVE = "正面"  # an exemplary file (优秀案卷评析)


class CaseStatus(StrEnum):
    DRAFT = "草稿"
    FINAL = "定稿"


class CaseSource(Model):
    """Where an entry was drafted from: a stored review, or a campaign dossier (and the review behind it, if any)."""

    review_id: int | None = None
    campaign_id: str | None = None
    dossier_id: str | None = None  # the campaign dossier's id (CampaignDossier.id)
    dossier_key: str = ""  # the stored dossier's content key

    @property
    def label(self) -> str:
        parts = []
        if self.campaign_id:
            parts.append(f"评查活动 {self.campaign_id}" + (f" 案卷 {self.dossier_id}" if self.dossier_id else ""))
        if self.review_id is not None:
            parts.append(f"评查记录 {self.review_id}")
        return "，".join(parts)


EDITABLE_FIELDS = (
    "title",
    "kind",
    "field",
    "category",
    "year",
    "tags",
    "summary",
    "defect",
    "rule_id",
    "rule_title",
    "legal_basis",
    "quote",
    "page_ref",
    "corrected",
    "commentary",
    "status",
)


class CaseEntry(Model):
    """One 典型案例. Text fields are what the handout prints (anonymised when drafted; a trainer edits them)."""

    id: int | None = None  # None until stored
    title: str
    kind: CaseKind = CaseKind.NEGATIVE
    field: str = ""  # 执法领域: 市场监管, 生态环境, 商务, 应急管理, 文化市场 …
    category: str = ""  # the rule's category in its pack: 程序, 文书, 法律适用 …
    year: int
    tags: tuple[str, ...] = ()
    summary: str  # 【基本案情】
    defect: str  # 【存在问题】 (反面) or 【案卷亮点】 (正面)
    rule_id: str = ""
    rule_title: str = ""
    legal_basis: str = ""
    quote: str = ""  # the page excerpt the handout boxes
    page_ref: str = ""  # e.g. "行政处罚决定书 第17页"
    corrected: str = ""  # 【规范做法】: the corrected wording or the required practice
    commentary: str = ""  # 【评析】
    deduction: Decimal | None = None  # points the finding deducted (反面), for reference
    source: CaseSource = CaseSource()
    status: CaseStatus = CaseStatus.DRAFT
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    @field_validator("title", "summary")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("不能为空")
        return v.strip()

    @field_validator("tags")
    @classmethod
    def _tags(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.strip() for t in v if t.strip()))

    @field_validator("year")
    @classmethod
    def _year(cls, v: int) -> int:
        if not 1990 <= v <= 2100:
            raise ValueError(f"年份 {v} 不合理")
        return v


class CaseQuery(Model):
    """A casebook search: every given condition must hold; ``text`` matches title, summary, defect, rule, basis,
    quote, corrected wording or commentary (substring)."""

    text: str = ""
    tags: tuple[str, ...] = ()
    year: int | None = None
    category: str | None = None
    kind: CaseKind | None = None
    field: str | None = None
    status: CaseStatus | None = None
    rule_id: str | None = None
    campaign_id: str | None = None
    ids: tuple[int, ...] = ()
    limit: int = Field(default=500, ge=1, le=10_000)


class Candidate(Model):
    """A campaign pick the trainer may draft into the casebook."""

    kind: CaseKind
    reason: str  # 优秀案卷 / 不合格案卷 / 高频问题：… (出现 N 次)
    campaign_id: str
    dossier_id: str
    unit: str
    case_name: str = ""
    score: Decimal | None = None
    grade: str = ""
    rule_ids: tuple[str, ...] = ()  # the problems to draft (反面); empty for a 正面 pick
    count: int = 0  # how often the problem occurs in the campaign (高频问题)
    review_id: int | None = None  # a stored review of the dossier, when one exists
