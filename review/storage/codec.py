"""A Dossier to bytes and back, exactly. ``Element.value`` is a union (date, Decimal, str, Party …): plain JSON
would read an ID number "5134…" back as a Decimal, so each value's type is stored beside it."""

from __future__ import annotations

import json
import zlib
from typing import Any, get_args

from pydantic import TypeAdapter

from extractors.model import Dossier, ElementValue

TYPES: dict[str, Any] = {t.__name__: t for t in get_args(ElementValue)}
_ADAPTERS = {name: TypeAdapter(t) for name, t in TYPES.items()}


def dump_dossier(dossier: Dossier) -> bytes:
    data = dossier.model_dump(mode="json")
    types = [type(e.value).__name__ for e in dossier.elements]
    return zlib.compress(json.dumps({"dossier": data, "value_types": types}, ensure_ascii=False).encode(), 6)


def load_dossier(blob: bytes) -> Dossier:
    wrapped = json.loads(zlib.decompress(blob))
    data = wrapped["dossier"]
    for element, name in zip(data["elements"], wrapped["value_types"], strict=True):
        element["value"] = _ADAPTERS[name].validate_python(element["value"])
    return Dossier.model_validate(data)
