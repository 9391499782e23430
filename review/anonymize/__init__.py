"""Anonymisation of a dossier or an excerpt (脱敏): persons, companies and shops, 统一社会信用代码, 身份证号, phones,
addresses below the county, plates, bank accounts, 执法证号, e-mail and IM accounts — replaced consistently inside one
case (the same person is 张某 everywhere: every document, every spelling, signatures, 送达回证, 笔录 questions and
answers), in a chosen style. Built on the extraction's elements plus patterns (``collect``); see ``pseudonyms`` for
what each kind becomes.

Public API (stable; the casebook uses it):

``anonymize_dossier(dossier, style="mouyou", keep_officers=False) -> AnonymizedDossier``
    the pages' text replaced (``pages``, document titles and file names too), ``replaced`` (entities per kind, e.g.
    ``{"person": 12, "company": 1}``), ``occurrences`` (replacements per kind) and ``mapping`` (a ``CaseMapping``:
    original → pseudonym per kind; in memory only, never dumped by ``model_dump`` / ``model_dump_json``).

``anonymize_text(text, context, style=None) -> str``
    an excerpt (a quote, a finding message, a case summary) anonymised consistently with one dossier. ``context`` is
    the dossier's ``AnonymizedDossier`` or its ``CaseMapping`` (style taken from it; a different ``style`` is an
    ``AnonymizeError``), or the ``Dossier`` itself (its mapping is built in ``style``, default mouyou). Names, codes
    and addresses that only the excerpt contains get pseudonyms that do not collide with the dossier's.

``case_mapping(dossier, style="mouyou", keep_officers=False) -> CaseMapping``
    the mapping alone (for several excerpts: build it once, pass it to ``anonymize_text``).

Styles (``Style``): ``mouyou`` 张某 / 张某甲、张某乙 / 成都某某商贸有限公司 / 成都市双流区某某路某号;
``jiayi`` 甲、乙、丙 / 成都甲商贸有限公司; ``stars`` 张** / 成都**商贸有限公司 / 成都市双流区****. Codes are masked
alike in every style (身份证号 5134**************, 统一社会信用代码 92510116**********, 151********,
川A*****, 川成执字第****号).
``keep_officers``: law-enforcement officers' names and 执法证号 stay as written. Issuing agencies, laws, article
numbers, 文号 / 案号, dates and amounts are never replaced.

Errors: ``AnonymizeError`` (a ValueError) with one Chinese line.
"""

from __future__ import annotations

from .api import anonymize_dossier, anonymize_text, case_mapping
from .model import AnonDocument, AnonPage, AnonymizedDossier, AnonymizeError, CaseMapping, Entity, Kind, Style

__all__ = [
    "AnonDocument",
    "AnonPage",
    "AnonymizeError",
    "AnonymizedDossier",
    "CaseMapping",
    "Entity",
    "Kind",
    "Style",
    "anonymize_dossier",
    "anonymize_text",
    "case_mapping",
]
