"""The registry of violation kinds and the context a kind's generator gets."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from samples.content.citations import Citation
from samples.content.people import NamePool, Person
from samples.content.places import Agency
from samples.content.spec import Party, PartyType, Violation
from samples.content.textfmt import cn_date

PRC = "中华人民共和国"
PENALTY_LAW = f"{PRC}行政处罚法"


def law(name: str, article: str, short: str = "") -> Citation:
    """A citation of a national law (中华人民共和国 prefix) or, with ``short=""``, of a regulation or rule."""
    return Citation(name, article, short)


def prc(name: str, article: str) -> Citation:
    return Citation(PRC + name, article, name)


@dataclass
class Ctx:
    """What a violation generator knows about the case when it runs."""

    rng: random.Random
    agency: Agency
    party: Party
    names: NamePool
    inspection: dt.datetime
    procedure: str  # 普通程序 / 简易程序
    outcome: str  # penalty / no_penalty
    birth_regions: list[str]

    @property
    def day(self) -> str:
        return cn_date(self.inspection.date())

    def before(self, days_min: int, days_max: int) -> dt.date:
        return self.inspection.date() - dt.timedelta(days=self.rng.randint(days_min, days_max))

    def person(self) -> Person:
        return self.names.person(self.birth_regions, self.party.address)

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return self.rng.choice(list(options))

    def simple(self) -> bool:
        return self.procedure == "简易程序"

    def minor(self) -> bool:
        return self.outcome == "no_penalty"

    def round_fine(self, low: int, high: int, step: int = 1000) -> int:
        """A fine in [low, high] on a round step."""
        lo, hi = -(-low // step), high // step
        return self.rng.randint(lo, hi) * step if hi >= lo else low


@dataclass(frozen=True)
class ViolationKind:
    key: str
    field: str
    party_types: tuple[PartyType, ...]
    industry: str  # company-name industry word: 商贸 / 再生资源回收 …
    shop: str  # 个体工商户 shop word: 便利店 / 废旧物资回收站 …
    scope: str  # 经营范围 on the licence
    make: Callable[[Ctx], Violation]
    simple: bool = False  # fits 简易程序 (第五十一条 amounts, or 警告)
    minor: bool = False  # may end in 不予行政处罚 (第三十三条第一款)


KINDS: dict[str, ViolationKind] = {}


def register(kind: ViolationKind) -> ViolationKind:
    if kind.key in KINDS:
        raise ValueError(f"violation kind {kind.key} registered twice")
    KINDS[kind.key] = kind
    return kind


def kinds_for(
    field: str, party_type: str | None = None, procedure: str | None = None, minor: bool = False
) -> list[ViolationKind]:
    _load()
    out = [k for k in KINDS.values() if k.field == field]
    if party_type:
        out = [k for k in out if party_type in k.party_types]
    if procedure == "简易程序":
        out = [k for k in out if k.simple]
    if minor:
        out = [k for k in out if k.minor]
    return out


def _load() -> None:
    # the field modules register their kinds on import
    from samples.content.violations import commerce, culture, environment, market, safety  # noqa: F401


REDUCE_32_1 = prc("行政处罚法", "第三十二条第（一）项")
NO_PENALTY_33 = prc("行政处罚法", "第三十三条第一款")


def discretion_text(ctx: Ctx, mode: str, remedy_act: str) -> tuple[str, list[Citation]]:
    """The 裁量 paragraph: mode "general" (法定幅度内), "lighter" (从轻) or "reduce" (减轻, 第三十二条第（一）项)."""
    if mode == "reduce":
        return (
            f"鉴于当事人在案发后{remedy_act}，主动消除违法行为危害后果，符合{REDUCE_32_1.text}规定的应当从轻或者"
            "减轻行政处罚的情形，本局决定对当事人减轻处罚。",
            [REDUCE_32_1],
        )
    if mode == "lighter":
        return (
            f"鉴于当事人系初次违法，能够积极配合调查、如实陈述违法事实，并已{remedy_act}，"
            "综合考虑违法行为的事实、性质、情节以及社会危害程度，本局决定在法定处罚幅度内从轻处罚。",
            [],
        )
    return (
        "综合考虑当事人违法行为的事实、性质、情节以及社会危害程度，本局决定在法定处罚幅度内给予处罚。",
        [],
    )
