"""The anonymiser's entry points: a whole dossier, or an excerpt consistently with a dossier's mapping."""

from __future__ import annotations

from extractors.model import Dossier

from .collect import collect_dossier, collect_text
from .model import AnonDocument, AnonPage, AnonymizedDossier, AnonymizeError, CaseMapping, Style
from .pseudonyms import build_mapping
from .replace import Tally, apply


def as_style(style: Style | str) -> Style:
    try:
        return Style(style)
    except ValueError:
        choices = "、".join(s.value for s in Style)
        raise AnonymizeError(f"未知的脱敏方式 {style!r}（可选：{choices}）") from None


def case_mapping(dossier: Dossier, style: Style | str = Style.MOUYOU, keep_officers: bool = False) -> CaseMapping:
    """Everything to replace in ``dossier`` and its pseudonyms (holds personal data: keep it in memory)."""
    return build_mapping(collect_dossier(dossier), as_style(style), keep_officers)


def anonymize_dossier(
    dossier: Dossier, style: Style | str = Style.MOUYOU, keep_officers: bool = False
) -> AnonymizedDossier:
    """``dossier``'s pages (and document titles, file names) with every identifying value replaced."""
    mapping = case_mapping(dossier, style, keep_officers)
    tally = Tally()
    pages = tuple(
        AnonPage(number=p.number, file=apply(p.file, mapping), text=apply(p.text, mapping, tally))
        for p in dossier.pages
    )
    documents = tuple(
        AnonDocument(
            id=d.id,
            doc_type=d.doc_type.value,
            title=apply(d.title, mapping),
            page_start=d.page_start,
            page_end=d.page_end,
        )
        for d in dossier.documents
    )
    return AnonymizedDossier(
        dossier_id=dossier.id,
        style=mapping.style,
        keep_officers=keep_officers,
        pages=pages,
        documents=documents,
        replaced=tally.replaced(),
        occurrences=dict(tally.occurrences),
        mapping=mapping,
    )


def anonymize_text(
    text: str, context: CaseMapping | AnonymizedDossier | Dossier, style: Style | str | None = None
) -> str:
    """``text`` (a quote, a finding's message, a case summary) anonymised consistently with a dossier: the dossier's
    persons, companies, codes and addresses get the same pseudonyms as in the dossier, and names, codes and addresses
    the excerpt adds (a label, 我叫…) get new ones that do not collide. ``context`` is the dossier's mapping, its
    anonymised dossier, or the dossier itself (then its mapping is built, in ``style``)."""
    if isinstance(context, Dossier):
        mapping = case_mapping(context, style or Style.MOUYOU)
    else:
        mapping = context.mapping if isinstance(context, AnonymizedDossier) else context
        if style is not None and as_style(style) != mapping.style:
            raise AnonymizeError(f"脱敏方式 {as_style(style).value} 与案卷的脱敏方式 {mapping.style.value} 不一致")
    extra = collect_text(text)
    if extra:
        mapping = build_mapping(extra, mapping.style, mapping.keep_officers, base=mapping)
    return apply(text, mapping)
