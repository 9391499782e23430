"""The anonymiser as the casebook uses it (review.anonymize): one function per dossier that replaces every personal
or identifying value in a text — party, representative, witnesses, officers, ID and credit codes, phones, plates,
addresses below the county level — the same entity by the same pseudonym throughout; values the text adds get new
pseudonyms that do not collide. A handout also names no unit: the issuing agencies become 某区商务局 and their
region 某区 (so 成都市双流区人民政府 reads 某区人民政府), as in the case summary."""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.model import Dossier, ElementKind
from review.casebook.facts import anonymous_agency, level_of, region_of

STYLE = "mouyou"


_LABEL = re.compile(r"^(?:承办机构|承办单位|办案机构|办案单位|(?:签发|登记|执法|作出|行政)机关|执法主体)[:：]?")
_PLACE = re.compile(
    r"(?:[东西郊城](?=区)|[\u4e00-\u9fff]{2,9}?)(?:特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|州|盟|区|县|旗)"
)


def agency_names(dossier: Dossier) -> dict[str, str]:
    """Each issuing agency named in the dossier, its region and the region's parts (西安市雁塔区, 西安市, 雁塔区),
    with what replaces them; longest first."""
    out: dict[str, str] = {}
    for e in dossier.elements:
        if e.kind != ElementKind.ISSUER:
            continue
        name = _LABEL.sub("", "".join(str(e.value).split()))
        region = region_of(name)
        if not region or len(name) <= len(region):
            continue
        out.setdefault(name, anonymous_agency(name)[0])
        out.setdefault(region, f"某{level_of(region)}")
        for part in _PLACE.findall(region):
            if len(part) > 2:  # not 东区/城区 alone: too common a word
                out.setdefault(part, f"某{level_of(part)}")
    return dict(sorted(out.items(), key=lambda kv: len(kv[0]), reverse=True))


def redactor(
    dossier: Dossier, style: str = STYLE, keep_officers: bool = False, agencies: bool = True
) -> Callable[[str], str]:
    from review.anonymize import anonymize_text, case_mapping

    context = case_mapping(dossier, style=style, keep_officers=keep_officers)  # built once for every excerpt
    names = agency_names(dossier) if agencies else {}

    def redact(text: str) -> str:
        if not text.strip():
            return text
        out = anonymize_text(text, context)
        for name, anonymous in names.items():
            out = out.replace(name, anonymous)
        return out

    return redact
