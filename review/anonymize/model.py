"""The anonymiser's types: styles, kinds of identifying values, the case mapping and the anonymised dossier.

The mapping (original → pseudonym) holds personal data: it lives in memory, is excluded from every dump of an
``AnonymizedDossier`` (``model_dump`` / ``model_dump_json`` never show it) and is written to a file only on explicit
request (``anjuan anonymize --mapping FILE``).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AnonymizeError(ValueError):
    """Bad input to the anonymiser (unknown style, unsupported output): one Chinese line."""


class Style(StrEnum):
    """How a person or a company is replaced: 张某 / 甲 / 张** (codes, phones and addresses are masked alike)."""

    MOUYOU = "mouyou"  # 某某: 张某, 张某甲 / 张某乙 for two 张; 成都某某商贸有限公司; 成都市双流区某某路某号
    JIAYI = "jiayi"  # 甲乙丙: 甲, 乙 … in order of appearance (当事人 first); 成都甲商贸有限公司
    STARS = "stars"  # ***: 张** (the surname and one * per character); 成都**商贸有限公司; 成都市双流区****


class Kind(StrEnum):
    PERSON = "person"
    COMPANY = "company"
    CREDIT_CODE = "credit_code"
    ID_NUMBER = "id_number"
    PHONE = "phone"
    ADDRESS = "address"
    PLATE = "plate"
    BANK_ACCOUNT = "bank_account"
    CERT_NO = "cert_no"  # 执法证号
    EMAIL = "email"
    ACCOUNT = "account"  # 微信号 / QQ


class Alias(Model):
    """One spelling of an entity and what replaces it (a company without its region is replaced without it too)."""

    original: str  # compact (no white space), normalised (half-width ASCII)
    pseudonym: str


class Entity(Model):
    kind: Kind
    original: str  # the main spelling, compact and normalised
    pseudonym: str
    aliases: tuple[Alias, ...] = ()  # other spellings, the main one not repeated
    role: str | None = None  # 当事人 / 法定代表人 / 执法人员 / 被询问人 … where known
    officer: bool = False  # a law-enforcement officer (kept with keep_officers)
    keep: bool = False  # left as written (an officer with keep_officers): protected from other replacements

    def spellings(self) -> tuple[Alias, ...]:
        return (Alias(original=self.original, pseudonym=self.pseudonym), *self.aliases)


class CaseMapping(Model):
    """Everything one case's anonymisation knows: the same entity is replaced the same way everywhere."""

    style: Style = Style.MOUYOU
    keep_officers: bool = False
    entities: tuple[Entity, ...] = ()

    def of_kind(self, kind: Kind) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.kind == kind)


class AnonPage(Model):
    number: int  # dossier-wide, 1-based
    file: str  # the source file's name, anonymised too
    text: str


class AnonDocument(Model):
    id: str
    doc_type: str
    title: str
    page_start: int
    page_end: int


class AnonymizedDossier(Model):
    """A dossier's text with every identifying value replaced. ``replaced`` counts the entities of each kind that were
    replaced at least once, ``occurrences`` every replacement made. ``mapping`` is never dumped."""

    dossier_id: str
    style: Style
    keep_officers: bool = False
    pages: tuple[AnonPage, ...]
    documents: tuple[AnonDocument, ...] = ()
    replaced: dict[str, int] = Field(default_factory=dict)
    occurrences: dict[str, int] = Field(default_factory=dict)
    mapping: CaseMapping = Field(exclude=True, repr=False)

    def text(self) -> str:
        return "\n".join(p.text for p in self.pages)
