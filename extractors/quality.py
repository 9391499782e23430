"""Is a PDF page's text layer usable, empty (a scan) or garbled? Only pages that fail go to OCR.

The tests are cheap counts over the page text:

- **empty**: fewer than ``MIN_CHARS`` non-space characters (image-only pages give 0 with PDFium);
- **garbled**, any of
  - a high share of Private Use Area characters, U+FFFD, C0 controls, ``(cid:NN)`` or glyphs PDFium could not map;
  - Latin-1 mojibake: GBK bytes decoded as Latin-1 give many of U+00C0–U+00FF and almost no Han;
  - a page that should be Chinese but whose letters are almost all non-Han.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

from extractors.patterns import CID_GLYPH, GARBAGE_CHAR, HAN_ANY, LATIN1_MOJIBAKE_CHAR

MIN_CHARS = 20
MAX_GARBAGE_SHARE = 0.10
MIN_MOJIBAKE_SHARE = 0.20
MAX_MOJIBAKE_HAN_SHARE = 0.10
MIN_LETTERS_FOR_HAN_TEST = 30
MIN_HAN_SHARE_OF_LETTERS = 0.05


@dataclass(frozen=True)
class TextLayerProblem:
    """Why a page's text layer cannot be used. ``kind`` "empty" is normal for scans; "garbled" is worth a warning."""

    kind: Literal["empty", "garbled"]
    reason: str

    @property
    def garbled(self) -> bool:
        return self.kind == "garbled"


def _non_space(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _letters(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch).startswith("L"))


def check_text_layer(text: str, unmapped: int = 0, *, expect_chinese: bool = True) -> TextLayerProblem | None:
    """``None`` when ``text`` looks like real text; otherwise what is wrong with it.

    ``unmapped`` counts glyphs the PDF library found but could not map to Unicode (they are not in ``text``).
    ``expect_chinese`` turns on the "letters but almost no Han" test, for pages of a Chinese dossier.
    """
    chars = _non_space(text)
    if chars + unmapped < MIN_CHARS:
        return TextLayerProblem("empty", f"文字层仅{chars}个字符")

    total = chars + unmapped
    garbage = len(GARBAGE_CHAR.findall(text)) + len(CID_GLYPH.findall(text)) + unmapped
    if garbage / total > MAX_GARBAGE_SHARE:
        return TextLayerProblem("garbled", f"无法识别的字符占{garbage / total:.0%}")

    han = len(HAN_ANY.findall(text))
    latin1 = len(LATIN1_MOJIBAKE_CHAR.findall(text))
    if latin1 / chars >= MIN_MOJIBAKE_SHARE and han / chars < MAX_MOJIBAKE_HAN_SHARE:
        return TextLayerProblem("garbled", f"疑似GBK被按Latin-1解码（西文重音字母占{latin1 / chars:.0%}）")

    if expect_chinese:
        letters = _letters(text)
        if letters >= MIN_LETTERS_FOR_HAN_TEST and han / letters < MIN_HAN_SHARE_OF_LETTERS:
            return TextLayerProblem("garbled", f"汉字仅占字母的{han / letters:.0%}")
    return None
