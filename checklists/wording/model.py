"""What the wording linter reports: a Diagnostic per problem, with the page, the span and the words as written."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict

from extractors.model import Provenance


class Family(StrEnum):
    """Rule families (the eval reports precision and recall per family)."""

    USAGE = "用语"
    TERM = "术语"
    TYPO = "错别字"
    PUNCTUATION = "标点"
    NUMBER = "数字"
    DATE = "日期"
    MONEY = "金额"
    CITATION = "引用"
    TEMPLATE = "模板残留"
    BLANK = "空白"


Severity = Literal["error", "warning", "info"]


class Diagnostic(BaseModel):
    """One wording problem. ``quote`` is the text as written (line breaks inside it removed); ``suggestion`` the
    replacement for ``quote`` when the fix is mechanical, else None (the message says what to do)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str  # W…
    family: Family
    message: str
    suggestion: str | None = None
    severity: Severity = "warning"
    document: str  # DocType value, e.g. 行政处罚决定书
    doc_id: str
    prov: Provenance
    quote: str
    basis: str
    catalogue: str | None = None  # the reference §3 check the rule also serves (H05, I01, A17, K03 …), if any
