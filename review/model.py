"""Review models: the score and the report. A report stands alone (each finding carries points, veto and basis)."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from checklists.model import Finding


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CategoryScore(Model):
    name: str
    cap: Decimal
    deducted: Decimal  # min(cap, sum of deductions): a category never goes below zero
    score: Decimal


class Score(Model):
    base: Decimal
    deducted: Decimal
    total: Decimal
    vetoed: bool
    grade: str
    categories: tuple[CategoryScore, ...] = ()
    veto_reasons: tuple[str, ...] = ()


class DocStatus(Model):
    type: str
    present: bool
    required: bool | None
    pages: tuple[tuple[int, int], ...] = ()  # (first, last) page of each such document


class ReviewError(Model):
    code: str
    rule_id: str | None = None
    message: str


class ReviewReport(Model):
    dossier_id: str
    source: tuple[str, ...] = ()
    pack: str  # id@version
    pack_title: str
    profile: str
    findings: tuple[Finding, ...]
    score: Score
    documents: tuple[DocStatus, ...] = ()
    errors: tuple[ReviewError, ...] = ()
    tool_version: str
    header: dict[str, str] = Field(default_factory=dict)  # 当事人, 文号, 案由 … for the 评查表 header
