"""The casebook in the review database: add (one or many in one transaction), get, edit, delete, and search by text,
tags, year, category, kind, field, status or source. Entries go in and come out as ``CaseEntry``; only portable SQL
(LIKE with escaping, no JSON operators), so SQLite and PostgreSQL behave the same."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from pydantic import ValidationError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from review.casebook.model import (
    EDITABLE_FIELDS,
    CasebookError,
    CaseEntry,
    CaseKind,
    CaseQuery,
    CaseSource,
    CaseStatus,
)
from review.storage.store import Store
from review.storage.tables import CaseEntryRow

TEXT_COLUMNS = (
    "title",
    "summary",
    "defect",
    "rule_id",
    "rule_title",
    "legal_basis",
    "quote",
    "corrected",
    "commentary",
)
FIELD_LABELS = {
    "title": "标题",
    "kind": "类型",
    "field": "执法领域",
    "category": "问题类别",
    "year": "年份",
    "tags": "标签",
    "summary": "基本案情",
    "defect": "存在问题",
    "rule_id": "评查项",
    "rule_title": "评查项名称",
    "legal_basis": "评查依据",
    "quote": "原文摘录",
    "page_ref": "页码",
    "corrected": "规范做法",
    "commentary": "评析",
    "status": "状态",
}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _entry(row: CaseEntryRow) -> CaseEntry:
    return CaseEntry(
        id=row.id,
        title=row.title,
        kind=CaseKind(row.kind),
        field=row.field,
        category=row.category,
        year=row.year,
        tags=tuple(json.loads(row.tags_json or "[]")),
        summary=row.summary,
        defect=row.defect,
        rule_id=row.rule_id,
        rule_title=row.rule_title,
        legal_basis=row.legal_basis,
        quote=row.quote,
        page_ref=row.page_ref,
        corrected=row.corrected,
        commentary=row.commentary,
        deduction=Decimal(row.deduction) if row.deduction else None,
        source=CaseSource(
            review_id=row.review_id,
            campaign_id=row.campaign_id,
            dossier_id=row.campaign_dossier_id,
            dossier_key=row.dossier_key,
        ),
        status=CaseStatus(row.status),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _write(row: CaseEntryRow, e: CaseEntry) -> None:
    row.title = e.title[:300]
    row.kind = e.kind.value
    row.field = e.field[:50]
    row.category = e.category[:50]
    row.year = e.year
    row.tags_json = json.dumps(list(e.tags), ensure_ascii=False)
    row.summary = e.summary
    row.defect = e.defect
    row.rule_id = e.rule_id[:200]
    row.rule_title = e.rule_title
    row.legal_basis = e.legal_basis
    row.quote = e.quote
    row.page_ref = e.page_ref[:300]
    row.corrected = e.corrected
    row.commentary = e.commentary
    row.deduction = f"{e.deduction.normalize():f}" if e.deduction is not None else None
    row.review_id = e.source.review_id
    row.campaign_id = e.source.campaign_id
    row.campaign_dossier_id = e.source.dossier_id
    row.dossier_key = e.source.dossier_key
    row.status = e.status.value


def _error_text(err: ValidationError) -> str:
    first = err.errors()[0]
    name = str(first["loc"][0]) if first["loc"] else ""
    return f"{FIELD_LABELS.get(name, name)}：{first['msg'].removeprefix('Value error, ')}"


def edited(entry: CaseEntry, changes: dict[str, Any]) -> CaseEntry:
    """``entry`` with ``changes`` applied and validated (CasebookError naming the field when a value is bad)."""
    unknown = [k for k in changes if k not in EDITABLE_FIELDS]
    if unknown:
        raise CasebookError(f"不能修改的字段：{'、'.join(unknown)}（可改：{'、'.join(EDITABLE_FIELDS)}）")
    data = entry.model_dump()
    data.update(changes)
    try:
        return CaseEntry.model_validate(data)
    except ValidationError as err:
        raise CasebookError(_error_text(err)) from err


class Casebook:
    """The 典型案例 collection over the review store (the same database as reviews and campaigns)."""

    def __init__(self, url: str | None = None, store: Store | None = None) -> None:
        self.store = store or Store(url)

    def session(self) -> Session:
        return self.store.session()

    def close(self) -> None:
        self.store.close()

    def add(self, entry: CaseEntry) -> CaseEntry:
        return self.add_many([entry])[0]

    def add_many(self, entries: Iterable[CaseEntry]) -> list[CaseEntry]:
        """Store new entries in one transaction; they come back with their ids and timestamps."""
        now = _now()
        rows = []
        with self.session() as s, s.begin():
            for e in entries:
                row = CaseEntryRow(created_at=now, updated_at=now)
                _write(row, e)
                s.add(row)
                rows.append(row)
            s.flush()
            return [_entry(r) for r in rows]

    def _row(self, s: Session, entry_id: int) -> CaseEntryRow:
        row = s.get(CaseEntryRow, entry_id)
        if row is None:
            raise CasebookError(f"没有编号为 {entry_id} 的典型案例")
        return row

    def get(self, entry_id: int) -> CaseEntry:
        with self.session() as s:
            return _entry(self._row(s, entry_id))

    def get_many(self, ids: Iterable[int]) -> list[CaseEntry]:
        """Entries in the order of ``ids`` (CasebookError for an unknown id)."""
        wanted = list(dict.fromkeys(ids))
        with self.session() as s:
            rows = {r.id: r for r in s.scalars(select(CaseEntryRow).where(CaseEntryRow.id.in_(wanted)))}
            missing = [str(i) for i in wanted if i not in rows]
            if missing:
                raise CasebookError(f"没有编号为 {'、'.join(missing)} 的典型案例")
            return [_entry(rows[i]) for i in wanted]

    def update(self, entry_id: int, **changes: Any) -> CaseEntry:
        """Edit fields of a stored entry (validated); commits and returns the new entry."""
        with self.session() as s, s.begin():
            row = self._row(s, entry_id)
            new = edited(_entry(row), changes)
            _write(row, new)
            row.updated_at = _now()
            s.flush()
            return _entry(row)

    def save(self, entry: CaseEntry) -> CaseEntry:
        """Replace the stored entry's editable fields with ``entry``'s (the UI's edit form)."""
        if entry.id is None:
            return self.add(entry)
        return self.update(entry.id, **{k: getattr(entry, k) for k in EDITABLE_FIELDS})

    def delete(self, entry_id: int) -> None:
        with self.session() as s, s.begin():
            s.delete(self._row(s, entry_id))

    def search(self, q: CaseQuery | None = None) -> list[CaseEntry]:
        q = q or CaseQuery()
        stmt = select(CaseEntryRow)
        if q.text.strip():
            for word in q.text.split():
                stmt = stmt.where(
                    or_(*(getattr(CaseEntryRow, c).icontains(word, autoescape=True) for c in TEXT_COLUMNS))
                )
        for tag in q.tags:
            stmt = stmt.where(CaseEntryRow.tags_json.contains(json.dumps(tag, ensure_ascii=False), autoescape=True))
        if q.year is not None:
            stmt = stmt.where(CaseEntryRow.year == q.year)
        if q.category:
            stmt = stmt.where(CaseEntryRow.category == q.category)
        if q.kind is not None:
            stmt = stmt.where(CaseEntryRow.kind == q.kind.value)
        if q.field:
            stmt = stmt.where(CaseEntryRow.field == q.field)
        if q.status is not None:
            stmt = stmt.where(CaseEntryRow.status == q.status.value)
        if q.rule_id:
            stmt = stmt.where(CaseEntryRow.rule_id == q.rule_id)
        if q.campaign_id:
            stmt = stmt.where(CaseEntryRow.campaign_id == q.campaign_id)
        if q.ids:
            stmt = stmt.where(CaseEntryRow.id.in_(q.ids))
        with self.session() as s:
            return [_entry(r) for r in s.scalars(stmt.order_by(CaseEntryRow.id).limit(q.limit))]

    def tags(self) -> list[tuple[str, int]]:
        """Every tag with how many entries carry it, most used first (for a filter list)."""
        with self.session() as s:
            counts: Counter[str] = Counter()
            for raw in s.scalars(select(CaseEntryRow.tags_json)):
                counts.update(json.loads(raw or "[]"))
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
