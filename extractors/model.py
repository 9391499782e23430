"""The data model that crosses stage boundaries: Dossier, Page, Document, Element, Provenance.

pydantic v2, frozen, extra="forbid". Pages are 1-based (dossier-wide), spans are half-open
``[start, end)`` into ``Page.text``; boxes are PDF points with a top-left origin.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, TypeAdapter, computed_field, model_validator


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BBox(Model):
    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: BBox) -> BBox:
        return BBox(
            x0=min(self.x0, other.x0),
            top=min(self.top, other.top),
            x1=max(self.x1, other.x1),
            bottom=max(self.bottom, other.bottom),
        )


SourceKind = Literal["text_layer", "docx", "txt", "ocr"]


class Provenance(Model):
    file: str  # relative to the dossier root (or the file's own name)
    page: int  # 1-based, dossier-wide
    file_page: int  # 1-based within ``file``
    span: tuple[int, int]  # [start, end) into Page.text
    bbox: BBox | None = None  # None for DOCX / TXT
    source: SourceKind
    confidence: float | None = None


class Line(Model):
    """One visual line of a page: its character span in ``Page.text`` and its box."""

    span: tuple[int, int]
    bbox: BBox | None = None
    confidence: float | None = None


class Page(Model):
    file: str
    number: int  # dossier-wide, 1-based
    file_page: int  # within the file, 1-based
    text: str
    source: SourceKind
    lines: tuple[Line, ...] = ()
    width: float | None = None  # PDF points (images: pixels at 72 dpi equivalent)
    height: float | None = None

    def line_text(self, line: Line) -> str:
        return self.text[line.span[0] : line.span[1]]

    def locate(self, start: int, end: int) -> Provenance:
        """Provenance for the characters ``[start, end)``, with the union of the boxes of the lines it touches."""
        if not (0 <= start <= end <= len(self.text)):
            raise ValueError(f"span {start}-{end} outside page of {len(self.text)} chars")
        box: BBox | None = None
        conf: float | None = None
        for line in self.lines:
            ls, le = line.span
            if le <= start or ls >= end:
                continue
            if line.bbox is not None:
                box = line.bbox if box is None else box.union(line.bbox)
            if line.confidence is not None:
                conf = line.confidence if conf is None else min(conf, line.confidence)
        return Provenance(
            file=self.file,
            page=self.number,
            file_page=self.file_page,
            span=(start, end),
            bbox=box,
            source=self.source,
            confidence=conf,
        )


class DocType(StrEnum):
    """The 28 canonical documents of reference §1.1 (values are the canonical titles) plus 其他."""

    COVER = "案卷封面"
    TOC = "卷内目录"
    CASE_SOURCE = "案件来源登记表"
    TRANSFER = "指定管辖/交办/移送文书"
    FILING = "立案审批表"
    INSPECTION_RECORD = "现场检查(勘验)笔录"
    INQUIRY_RECORD = "询问笔录"
    EVIDENCE_COLLECTION = "证据提取材料"
    SAMPLING = "抽样/检验/鉴定"
    PRESERVATION = "先行登记保存"
    COERCIVE_MEASURE = "行政强制措施"
    INTERNAL_APPROVAL = "内部审批(通用)"
    RECTIFICATION_ORDER = "责令改正"
    IDENTITY_EVIDENCE = "主体资格/其他证据"
    INVESTIGATION_REPORT = "案件调查终结报告"
    LEGAL_REVIEW = "法制审核"
    COLLECTIVE_DISCUSSION = "集体讨论记录"
    DECISION_APPROVAL = "处罚决定审批"
    NOTICE = "告知书"
    HEARING_NOTICE = "听证告知书"
    STATEMENT = "陈述申辩材料"
    HEARING = "听证材料"
    DECISION = "行政处罚决定书"
    SERVICE_ADDRESS = "送达地址确认书"
    SERVICE_RECEIPT = "送达回证"
    EXECUTION = "执行材料"
    CLOSING = "结案审批表"
    RECORD_NOTE = "备考表"
    OTHER = "其他"


class PageRef(Model):
    """A stretch of one page that belongs to a document: ``[start, end)`` into that page's text."""

    page: int
    start: int
    end: int


class Document(Model):
    id: str  # "d01", "d02", … in dossier order
    doc_type: DocType
    title: str  # the title as written (normalised whitespace)
    variant: str | None = None  # e.g. 当场行政处罚决定书, 不予行政处罚决定书, 听证笔录
    pages: tuple[PageRef, ...]
    confidence: float = 1.0

    @property
    def page_start(self) -> int:
        return self.pages[0].page

    @property
    def page_end(self) -> int:
        return self.pages[-1].page


class ElementKind(StrEnum):
    CASE_NUMBER = "文号"
    ISSUER = "机关"
    PARTY = "当事人"
    CREDIT_CODE = "统一社会信用代码"
    ID_NUMBER = "身份证号"
    LEGAL_REP = "法定代表人"
    ADDRESS = "地址"
    PHONE = "电话"
    DATE = "日期"
    TIME_SPAN = "起止时间"
    MONEY = "金额"
    LAW_CITATION = "法律条文"
    PENALTY = "处罚种类"
    RECTIFICATION = "责令改正"
    OFFICER = "执法人员"
    RIGHTS = "权利告知"
    REMEDY = "救济途径"
    SIGNATURE = "签名"
    SEAL = "印章"


class PartyType(StrEnum):
    ORGANIZATION = "organization"
    INDIVIDUAL = "individual"
    INDIVIDUAL_BUSINESS = "individual_business"


class Party(Model):
    name: str
    party_type: PartyType | None = None


class TimeSpan(Model):
    start: dt.datetime
    end: dt.datetime | None = None


class Money(Model):
    """An amount of money in yuan. ``style`` says how it was written; a 大写/小写 pair carries the other form."""

    yuan: Decimal
    style: Literal["小写", "大写"]
    pair_yuan: Decimal | None = None
    pair_text: str | None = None


class ArticleRef(Model):
    """One article path of a citation: 第X条[第X款][第X项][第X目], numbers as integers."""

    article: int
    paragraph: int | None = None
    item: int | None = None
    sub_item: int | None = None
    text: str  # as written, e.g. 第一百二十四条第一款第（三）项


class LawRef(Model):
    law: str  # with 《》 as written, e.g. 《中华人民共和国食品安全法》
    articles: tuple[ArticleRef, ...] = ()
    text: str  # the whole citation as written


class Officer(Model):
    name: str
    cert_no: str | None = None


class Remedy(Model):
    channel: Literal["复议", "诉讼"]
    period: int | None = None  # number of days (复议) or months (诉讼) as stated
    unit: Literal["日", "月"] | None = None
    body: str | None = None  # 复议机关 or 人民法院, as written


ElementValue = dt.datetime | dt.date | Decimal | bool | int | Party | TimeSpan | Money | LawRef | Officer | Remedy | str


_VALUE_TYPES: dict[str, type] = {
    "datetime": dt.datetime,
    "date": dt.date,
    "decimal": Decimal,
    "bool": bool,
    "int": int,
    "party": Party,
    "time_span": TimeSpan,
    "money": Money,
    "law_ref": LawRef,
    "officer": Officer,
    "remedy": Remedy,
    "str": str,
}
_TYPE_NAMES = {t: name for name, t in _VALUE_TYPES.items()}


class Element(Model):
    """One element with its provenance. ``value_type`` travels with the JSON so that a saved dossier reads back with
    the same value types (a 身份证号 stays a string, a date a date)."""

    kind: ElementKind
    value: ElementValue
    text: str  # the words on the page, exactly as written
    doc_id: str | None = None
    role: str | None = None
    prov: Provenance
    extractor: str  # e.g. "dates.v1"
    masked: bool = False  # value published masked (**, xxxx, 某某): kept as written
    valid: bool | None = None  # checksum result where the kind has one (信用代码, 身份证号)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value_type(self) -> str:
        return _TYPE_NAMES[type(self.value)]

    @model_validator(mode="before")
    @classmethod
    def _typed_value(cls, data: object) -> object:
        if isinstance(data, dict) and "value_type" in data:
            data = dict(data)
            kind = data.pop("value_type")
            data["value"] = TypeAdapter(_VALUE_TYPES[kind]).validate_python(data["value"])
        return data


class SourceFile(Model):
    path: str  # relative to the dossier root
    sha256: str
    kind: Literal["pdf", "docx", "txt", "image", "unknown"]
    pages: int


class ExtractionIssue(Model):
    code: str  # E1xx, see extractors/errors.py
    message: str
    file: str | None = None
    page: int | None = None
    severity: Literal["info", "warning", "error"] = "warning"


class Dossier(Model):
    id: str
    files: tuple[SourceFile, ...] = ()
    pages: tuple[Page, ...] = ()
    documents: tuple[Document, ...] = ()
    elements: tuple[Element, ...] = ()
    issues: tuple[ExtractionIssue, ...] = ()

    def page(self, number: int) -> Page:
        return self.pages[number - 1]

    def doc_text(self, doc: Document) -> str:
        return "\n".join(self.page(ref.page).text[ref.start : ref.end] for ref in doc.pages)

    def docs_of(self, doc_type: DocType) -> tuple[Document, ...]:
        return tuple(d for d in self.documents if d.doc_type == doc_type)

    def elements_of(self, kind: ElementKind, doc_id: str | None = None) -> tuple[Element, ...]:
        return tuple(e for e in self.elements if e.kind == kind and (doc_id is None or e.doc_id == doc_id))
