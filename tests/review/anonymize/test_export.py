"""TXT / DOCX / JSON exports of an anonymised dossier: documents in order, page markers, CJK fonts, the summary — and
never an original value or the mapping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from docx import Document as open_docx

from extractors.model import Dossier
from extractors.normalize import compact
from review.anonymize import AnonymizeError, anonymize_dossier
from review.anonymize.export import write

from .conftest import CODES, COMPANIES, PERSONS


def docx_text(path: Path) -> str:
    doc = open_docx(str(path))
    return "\n".join(p.text for p in doc.paragraphs)


def _no_original(text: str) -> None:
    flat = compact(text).replace("-", "")
    for value in (*PERSONS, *COMPANIES, *CODES):
        assert value not in flat, value


def test_txt_has_documents_in_order_with_page_markers(dossier: Dossier, tmp_path: Path) -> None:
    write(anonymize_dossier(dossier), tmp_path / "卷.txt")
    text = (tmp_path / "卷.txt").read_text(encoding="utf-8")
    assert text.startswith("案卷文本（已脱敏）\n脱敏方式：某某；已替换：人名9项、单位名称2项")
    headings = [line for line in text.splitlines() if line.startswith("====")]
    assert headings == [
        "==== 询问笔录（询问笔录，第1页） ====",
        "==== 行政处罚决定书（行政处罚决定书，第2页） ====",
        "==== 送达回证（送达回证，第3页） ====",
        "==== 集体讨论笔录（集体讨论记录，第4页） ====",
    ]
    assert "---- 第2页（案卷.txt） ----" in text and "法定代表人：罗某" in text
    _no_original(text)


def test_docx_has_a_heading_per_document_and_cjk_fonts(dossier: Dossier, tmp_path: Path) -> None:
    write(anonymize_dossier(dossier, keep_officers=True), tmp_path / "卷.docx")
    doc = open_docx(str(tmp_path / "卷.docx"))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    assert len(headings) == 4 and headings[1].startswith("行政处罚决定书")
    fonts = {r._element.rPr.rFonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")
             for p in doc.paragraphs for r in p.runs if r.text}  # fmt: skip
    assert fonts <= {"宋体", "黑体"}
    text = docx_text(tmp_path / "卷.docx")
    assert "询问人签名：赵磊、孙丽娟" in text and "执法人员姓名保留" in text  # kept officers
    assert "李秀英" not in compact(text) and "罗志强" not in compact(text)


def test_json_has_pages_and_summary_and_no_mapping(dossier: Dossier, tmp_path: Path) -> None:
    write(anonymize_dossier(dossier, "jiayi"), tmp_path / "卷.json")
    data = json.loads((tmp_path / "卷.json").read_text(encoding="utf-8"))
    assert data["schema"] == "anjuan.anonymized/1"
    assert data["summary"]["replaced"]["person"] == 9 and data["summary"]["style"] == "jiayi"
    assert [p["number"] for p in data["pages"]] == [1, 2, 3, 4]
    assert [d["doc_type"] for d in data["documents"]][:2] == ["询问笔录", "行政处罚决定书"]
    raw = json.dumps(data, ensure_ascii=False)
    assert "mapping" not in raw and "original" not in raw and "pseudonym" not in raw
    _no_original(raw)


def test_an_unknown_suffix_is_refused(dossier: Dossier, tmp_path: Path) -> None:
    with pytest.raises(AnonymizeError, match=r"\.docx、\.txt 或 \.json"):
        write(anonymize_dossier(dossier), tmp_path / "卷.pdf")
    assert not (tmp_path / "卷.pdf").exists()
