"""The anonymised dossier text as the 导出 page downloads it (review.anonymize: the dossier's pages with every personal
or identifying value replaced; review.anonymize.export writes it as TXT or DOCX, the same files as ``anjuan
anonymize``)."""

from __future__ import annotations

import io

from extractors.model import Dossier
from review.anonymize import AnonymizedDossier, Kind, Style, anonymize_dossier
from review.anonymize.export import KIND_NAMES, build_docx, to_text

STYLES = {
    Style.MOUYOU.value: "某某（张某、某某商贸有限公司）",
    Style.JIAYI.value: "甲乙丙（甲、乙，甲商贸有限公司）",
    Style.STARS.value: "***（张**、**商贸有限公司）",
}


def anonymize(dossier: Dossier, style: str, keep_officers: bool) -> AnonymizedDossier:
    return anonymize_dossier(dossier, style=style, keep_officers=keep_officers)


def replaced_text(anon: AnonymizedDossier) -> str:
    """'人名 11 项、单位名称 1 项、…' (what was replaced, never the values)."""
    parts = [f"{KIND_NAMES[k]} {anon.replaced[k.value]} 项" for k in Kind if k.value in anon.replaced]
    return "、".join(parts) or "未发现需要替换的信息"


def txt_bytes(anon: AnonymizedDossier) -> bytes:
    return to_text(anon).encode("utf-8")


def docx_bytes(anon: AnonymizedDossier) -> bytes:
    buf = io.BytesIO()
    build_docx(anon).save(buf)
    return buf.getvalue()
