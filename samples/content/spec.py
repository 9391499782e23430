"""The case model: every true value of one synthetic dossier."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from samples.content.citations import Citation
from samples.content.people import Person
from samples.content.places import Agency
from samples.content.textfmt import MoneyStyle, NumberStyle

PartyType = Literal["organization", "individual", "individual_business"]
Procedure = Literal["普通程序", "简易程序"]
Outcome = Literal["penalty", "no_penalty"]


@dataclass
class Party:
    party_type: PartyType
    name: str  # company name, 个体户 字号 name, or the person's name
    address: str  # 住所 / 经营场所 / 住址, down to the 门牌号
    phone: str
    credit_code: str | None = None
    person: Person | None = None  # the individual, the legal representative or the 经营者
    company_kind: str = ""  # 有限责任公司（自然人投资或控股） / 个体工商户
    registered: dt.date | None = None
    capital: str = ""  # 注册资本 (大写)
    scope: str = ""  # 经营范围
    trade_name: str = ""  # 字号 of a 个体工商户


@dataclass
class Officer:
    name: str
    cert_no: str


@dataclass
class Violation:
    """One violation with its law, facts and penalty. Text fields are finished sentences about 当事人."""

    key: str
    cause: str  # 案由 without 涉嫌: 销售超过保质期的食品
    source: str  # 案件来源: 监督检查 / 投诉举报 / 上级交办 / 部门移送
    source_text: str  # what the 案件来源登记表 records
    place: str  # where the inspection took place
    scene: list[str]  # 现场检查情况 paragraphs
    qa: list[tuple[str, str]]  # violation-specific 问/答 with the party
    witness_qa: list[tuple[str, str]]  # with a witness (employee, complainant)
    facts: str  # 经查 paragraph: what the party did (for report, notice, decision)
    evidence: list[str]  # items of the evidence list, each "…，证明…"
    collected: list[tuple[str, str, str]]  # 证据提取单 rows: (name, quantity, what it shows)
    violated: list[Citation]
    basis: list[Citation]
    nature: str  # 构成…的违法行为
    discretion: str  # 裁量 paragraph
    discretion_basis: list[Citation]
    rectify: list[str]  # what the 责令改正 orders
    rectify_days: int  # 0 = 立即改正
    fine: int
    income: Decimal | None = None  # 违法所得
    goods: str | None = None  # 没收 items (非法财物 / 违法经营的食品)
    warning: bool = False
    notice_fine: int | None = None  # the fine in the 告知书 when it differs (defect D10)
    statement_text: str = ""  # what the party says in a 陈述申辩
    simple_place: str = ""  # for 当场处罚: where
    witness_role: str = "employee"  # employee / customer / minor / owner
    mentions: dict[str, list[str]] = field(default_factory=dict)  # other identifiers in the facts: persons, companies…

    @property
    def penalty_types(self) -> list[str]:
        out = ["警告"] if self.warning else []
        if self.goods:
            out.append("没收非法财物")
        if self.income:
            out.append("没收违法所得")
        if self.fine:
            out.append("罚款")
        return out

    @property
    def confiscation(self) -> bool:
        return bool(self.goods or self.income)


@dataclass
class Timeline:
    clue: dt.date  # 线索 / 发现
    inspection: tuple[dt.datetime, dt.datetime]
    filing: dt.date | None = None
    inquiries: list[tuple[dt.datetime, dt.datetime]] = field(default_factory=list)
    report: dt.date | None = None
    legal_review: dt.date | None = None
    discussion: dt.date | None = None
    notice: dt.date | None = None
    notice_service: dt.date | None = None
    statement: tuple[dt.datetime, dt.datetime] | None = None  # when a 陈述申辩 was made (None: waiver)
    approval: dt.date | None = None
    decision: dt.date | None = None
    service: dt.date | None = None
    payment: dt.date | None = None
    closing: dt.date | None = None
    archive: dt.date | None = None
    rectify_deadline: dt.date | None = None


@dataclass
class Style:
    """Choices of wording and layout that vary between agencies."""

    numbers: NumberStyle
    money: MoneyStyle
    upper_date_footer: bool  # 落款 as 二〇二四年…
    party_label: str  # 当事人 / 被处罚单位 …
    address_label: str  # 住所 / 地址 / 经营场所 …
    titles: dict[str, str]  # doc key -> printed title
    spaced_titles: bool = False  # short titles letter-spaced: 询 问 笔 录


@dataclass
class CaseSpec:
    seed: int
    field: str
    procedure: Procedure
    outcome: Outcome
    agency: Agency
    party: Party
    officers: list[Officer]
    witness: Person | None  # a second interviewee (employee or complainant), or None
    recorder_index: int  # which officer keeps the records
    leaders: dict[str, str]  # role -> name: 负责人, 承办机构负责人, 法制审核, 记录 …
    violation: Violation
    timeline: Timeline
    style: Style
    serial: int  # the case's serial number in the agency's year
    hearing_notified: bool = False
    collective: bool = False
    waiver: bool = True  # the party waived 陈述申辩 (else made a statement)
    service_method: str = "直接送达"
    archive_no: str = ""
    extra_names: dict[str, str] = field(default_factory=dict)  # 签收人 …
    av_record: bool = True  # 执法记录仪 音像 recorded (defect E07 turns it off)

    # -- numbers ---------------------------------------------------------------------------------------------
    def number(self, kind: str, serial: int | None = None) -> str:
        year = (self.timeline.decision or self.timeline.clue).year
        return self.style.numbers.number(kind, year, self.serial if serial is None else serial)

    @property
    def case_number_kind(self) -> str:
        """The kind word of the decision's 文号: 罚 / 罚字 / 处罚, 当罚 (简易程序) or 不罚 (不予处罚)."""
        if self.outcome == "no_penalty":
            return "不罚"
        return self.agency.penalty_word if self.procedure == "普通程序" else "当罚"

    @property
    def case_number(self) -> str:
        return self.number(self.case_number_kind)

    @property
    def notice_number(self) -> str:
        return self.number("罚告字" if self.agency.penalty_word == "罚字" else "罚告")

    @property
    def rectify_number(self) -> str:
        return self.number("责改", self.serial + 3)

    @property
    def filing_number(self) -> str:
        return self.number("立", self.serial + 17)

    @property
    def case_name(self) -> str:
        return f"{self.party.name}{self.violation.cause}案"

    @property
    def representative(self) -> Person:
        assert self.party.person is not None
        return self.party.person

    @property
    def officer_pair(self) -> list[Officer]:
        return self.officers[:2]

    @property
    def recorder(self) -> Officer:
        return self.officers[self.recorder_index]

    @property
    def notice_fine(self) -> int:
        v = self.violation
        return v.fine if v.notice_fine is None else v.notice_fine
