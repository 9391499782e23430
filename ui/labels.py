"""Chinese labels for the models' values (what a reviewer reads on screen)."""

from __future__ import annotations

from checklists.model import Outcome

OUTCOME = {
    Outcome.FAIL: "扣分",
    Outcome.CANNOT_TELL: "待人工判断",
    Outcome.PASS: "符合",
    Outcome.NOT_APPLICABLE: "不适用",
    Outcome.ERROR: "检查出错",
}
OUTCOME_COLOR = {
    Outcome.FAIL: "red",
    Outcome.CANNOT_TELL: "orange",
    Outcome.PASS: "green",
    Outcome.NOT_APPLICABLE: "gray",
    Outcome.ERROR: "violet",
}


def badge(outcome: Outcome, text: str | None = None) -> str:
    """A coloured Markdown badge for an outcome (Streamlit's :color-badge[...] syntax)."""
    return f":{OUTCOME_COLOR[outcome]}-badge[{text or OUTCOME[outcome]}]"


SOURCE = {"text_layer": "PDF文字层", "ocr": "OCR识别", "docx": "Word文档", "txt": "文本文件"}
VERDICT = {"confirmed": "已确认", "rejected": "已驳回", None: "待决定"}
FORMS = {"text_pdf": "PDF（文字层）", "scan_pdf": "PDF（扫描件）", "docx_folder": "Word 文件夹", "zip": "ZIP 压缩包"}


def doc_status(present: bool, required: bool | None) -> str:
    if present:
        return "在卷"
    return {True: "缺失", None: "视情形（未见）", False: "不要求"}[required]


def pages_text(pages: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> str:
    return "、".join(f"第{a}页" if a == b else f"第{a}–{b}页" for a, b in pages) or "—"
