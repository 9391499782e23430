"""Column lengths hold on every database: PostgreSQL refuses a string longer than its ``String(n)`` column, SQLite
silently stores it. So that both behave alike (and a test on SQLite finds what would fail on PostgreSQL), every row
written through the ORM is checked first; a too-long value raises ``ValueTooLong`` with a Chinese message naming the
field. Code that writes free text into a bounded column clips it itself (``clip``)."""

from __future__ import annotations

from sqlalchemy import String, event
from sqlalchemy.orm import Mapper

from review.storage.tables import Base


class ValueTooLong(ValueError):
    """A value longer than its column; ``str`` is the Chinese message."""


def clip(value: str, limit: int) -> str:
    """``value`` cut to ``limit`` characters (an ellipsis marks the cut)."""
    return value if len(value) <= limit else value[: limit - 1] + "…"


def _check(mapper: Mapper, _connection, target) -> None:
    for attr in mapper.column_attrs:
        for column in attr.columns:
            limit = getattr(column.type, "length", None)
            if not isinstance(column.type, String) or not limit:
                continue
            value = getattr(target, attr.key, None)
            if isinstance(value, str) and len(value) > limit:
                raise ValueTooLong(
                    f"{column.table.name}.{column.name} 过长：{len(value)} 个字符，上限 {limit}（“{value[:20]}…”）"
                )


event.listen(Base, "before_insert", _check, propagate=True)
event.listen(Base, "before_update", _check, propagate=True)
