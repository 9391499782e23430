"""The casebook (典型案例): entries drafted from reviews and campaigns, edited, stored, searched and exported as a
training handout.

- ``model``: CaseEntry, CaseKind (反面/正面), CaseStatus (草稿/定稿), CaseSource, CaseQuery, Candidate, CasebookError;
- ``draft``: ``draft_entries(dossier, report, rule_ids, kind)`` — anonymised drafts from a review's findings;
- ``store``: ``Casebook(url | store)`` — add, get, update, save, delete, search, tags;
- ``picks``: ``candidates(snapshot)`` — a campaign's 优秀 / 不合格 files and most frequent problems;
  ``draft_candidate(store, candidate, snapshot)``;
- ``export_docx``: ``build_docx(entries, title)`` / ``docx_bytes`` / ``write_docx`` — one case or a 汇编;
- ``pdf``: ``docx_to_pdf(bytes)`` through LibreOffice.
"""
