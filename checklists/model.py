"""Checklist models: rule packs (评查标准), rules, profiles, check results and findings.

pydantic v2, frozen, extra="forbid": a typo in a YAML key fails at load time. Points are Decimal (0.5-point
deductions exist). Every finding copies its points, veto flag and legal basis so a report stands alone.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from extractors.model import Provenance


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Outcome(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    CANNOT_TELL = "cannot_tell"
    NOT_APPLICABLE = "not_applicable"
    ERROR = "error"


class Evidence(Model):
    """Where a finding shows: a page and a quote, or (for something missing) the document that is missing."""

    document: str  # document type or title; for a missing document, its canonical type
    prov: Provenance | None = None
    quote: str = ""
    note: str = ""
    locator: bool = False  # the quote only points at the document (its first line); the finding does not rest on it

    @property
    def page(self) -> int | None:
        return self.prov.page if self.prov else None


class CheckResult(Model):
    outcome: Outcome
    evidence: tuple[Evidence, ...] = ()
    reason: str = ""  # why cannot_tell / not_applicable, or a detail of the failure
    values: dict[str, str] = Field(default_factory=dict)  # placeholders for the rule's message

    @model_validator(mode="after")
    def _fail_has_evidence(self) -> CheckResult:
        if self.outcome == Outcome.FAIL and not self.evidence:
            raise ValueError("a FAIL result needs at least one evidence item")
        return self

    @classmethod
    def ok(cls, evidence: tuple[Evidence, ...] | list[Evidence] = (), **values: str) -> CheckResult:
        return cls(outcome=Outcome.PASS, evidence=tuple(evidence), values=values)

    @classmethod
    def fail(cls, evidence: tuple[Evidence, ...] | list[Evidence], reason: str = "", **values: str) -> CheckResult:
        return cls(outcome=Outcome.FAIL, evidence=tuple(evidence), reason=reason, values=values)

    @classmethod
    def cannot_tell(cls, reason: str, evidence: tuple[Evidence, ...] | list[Evidence] = ()) -> CheckResult:
        return cls(outcome=Outcome.CANNOT_TELL, reason=reason, evidence=tuple(evidence))

    @classmethod
    def not_applicable(cls, reason: str) -> CheckResult:
        return cls(outcome=Outcome.NOT_APPLICABLE, reason=reason)


class Messages(Model):
    fail: str
    passed: str = Field(default="", alias="pass")
    cannot_tell: str = ""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class InlineDoc(Model):
    """A document written into a rule example: its type (canonical or alias title) and its text."""

    type: str
    text: str
    title: str | None = None  # the title printed at the top; default: the type
    source: Literal["txt", "ocr"] = "txt"  # ocr: the page reads as a scan's OCR text (its provenance says ocr)


ExampleExpect = Literal["pass", "fail", "cannot_tell", "not_applicable", "todo_pass", "todo_fail"]


class Example(Model):
    name: str
    expect: ExampleExpect
    docs: tuple[InlineDoc, ...] = ()
    sample: str | None = None  # a dossier path relative to the repository root
    profile: str | None = None
    evidence_quotes: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _has_input(self) -> Example:
        if not self.docs and self.sample is None:
            raise ValueError(f"example {self.name!r} needs docs or a sample")
        return self


class PointsRange(Model):
    min: Decimal
    max: Decimal
    default: Decimal

    @model_validator(mode="after")
    def _ordered(self) -> PointsRange:
        if not (self.min <= self.default <= self.max):
            raise ValueError("points range needs min <= default <= max")
        return self


class Rule(Model):
    id: str  # <PACK PREFIX>-<catalogue id>, never renumbered or reused
    check: str  # catalogue ID (A01…K06), W… for wording, X for a rule with no catalogue entry
    category: str
    title: str
    item: str | None = None  # the published standard's own item number (e.g. 北京 30.15)
    points: Decimal | PointsRange
    veto: bool = False
    legal_basis: str
    type: str  # check type registry name, e.g. "document_present.v1"
    params: dict[str, Any] = Field(default_factory=dict)
    messages: Messages
    examples: tuple[Example, ...]
    applies_to: tuple[str, ...] = ()  # procedure types; empty = the pack's
    # false: a FAIL resting on an OCR line read with low confidence stays a FAIL — for rules whose patterns already
    # allow for misreadings and whose finding does not hang on the exact characters (a ××× placeholder read as xxx)
    ocr_guard: bool = True

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    @field_validator("check")
    @classmethod
    def _catalogue_id(cls, v: str) -> str:
        if not (v == "X" or v.startswith("W") or (len(v) == 3 and v[0] in "ABCDEFGHIK" and v[1:].isdigit())):
            raise ValueError(f"unknown catalogue id {v!r}")
        return v

    @property
    def default_points(self) -> Decimal:
        return self.points.default if isinstance(self.points, PointsRange) else self.points


class Category(Model):
    name: str
    cap: Decimal  # the most this category can lose (its share of the base score)


class GradeBand(Model):
    grade: str
    min: Decimal  # a total >= min earns this grade (bands are checked from the highest min down)


class AppliesTo(Model):
    procedures: tuple[str, ...] = ("普通程序",)
    fields: tuple[str, ...] = ()  # empty: all fields


class ExpectedDoc(Model):
    """A document the 文书目录 lists for this pack: required always (true), never (false) or when triggered (null)."""

    type: str
    required: bool | None = True


class RulePack(Model):
    id: str
    version: str
    title: str
    description: str = ""
    source: str = ""  # the published standard it reproduces, if any
    applies_to: AppliesTo = AppliesTo()
    base_score: Decimal = Decimal(100)
    categories: tuple[Category, ...]
    veto_semantics: str = "否决项成立的，案卷得分为0，等次为不合格"
    grades: tuple[GradeBand, ...] = ()  # empty: the profile's bands
    documents: tuple[ExpectedDoc, ...] = ()
    rules: tuple[Rule, ...]

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def category(self, name: str) -> Category | None:
        return next((c for c in self.categories if c.name == name), None)


class Sourced(Model):
    """A profile value with where it comes from (or "to confirm")."""

    value: Any
    source: str


class Profile(Model):
    """What varies by province, sector and year (reference §3 'Profile parameters')."""

    id: str
    title: str
    statement_period_days: Sourced  # 陈述申辩 period, working days after the 告知书 is served
    hearing_request_days: Sourced  # 第六十四条(一): 5 days
    hearing_thresholds: Sourced  # {"individual": yuan, "organization": yuan}
    case_time_limit_days: Sourced  # 第六十条: 90 days
    case_extension_days: Sourced  # with approval
    collective_discussion_fine: Sourced  # fine (yuan) at or above which 集体讨论 is required; null = none
    filing_period_working_days: Sourced  # 立案 within N working days of the 线索
    service_days: Sourced  # 第六十一条: 7 days
    grade_bands: Sourced  # [{"grade": "优秀", "min": 90}, …]
    binding_order: Sourced  # A | B | C (reference §1.2)
    pagination_corner: Sourced  # bottom-right | top-right
    simple_procedure_limits: Sourced  # {"individual": 200, "organization": 3000}
    review_body_rule_from: Sourced  # date from which 复议 goes to 本级人民政府 (复议法2023)

    def v(self, name: str) -> Any:
        return getattr(self, name).value

    def bands(self) -> tuple[GradeBand, ...]:
        return tuple(GradeBand.model_validate(b) for b in self.v("grade_bands"))

    def review_rule_date(self) -> dt.date:
        return dt.date.fromisoformat(str(self.v("review_body_rule_from")))


class Finding(Model):
    rule_id: str
    pack: str  # "penalty-general@2025.1"
    check: str  # catalogue ID
    category: str
    title: str
    item: str | None = None
    outcome: Outcome
    message: str
    points: Decimal  # the rule's points (what a fail deducts, unless a reviewer adjusts within the range)
    points_min: Decimal | None = None
    points_max: Decimal | None = None
    deduction: Decimal  # what this finding deducts now (0 unless FAIL)
    veto: bool
    legal_basis: str
    evidence: tuple[Evidence, ...] = ()
    reason: str = ""

    @model_validator(mode="after")
    def _fail_has_evidence(self) -> Finding:
        if self.outcome == Outcome.FAIL and not self.evidence:
            raise ValueError(f"{self.rule_id}: a FAIL finding needs evidence")
        return self
