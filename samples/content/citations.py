"""Law citations: how a generator writes them, and how the manifest reads them back from the final text."""

from __future__ import annotations

from dataclasses import dataclass

_ARTICLE_CHARS = set("第一二三四五六七八九十百零〇条款项目（）()0123456789")


@dataclass(frozen=True)
class Citation:
    law: str  # full name without 《》: 中华人民共和国食品安全法 / 报废机动车回收管理办法
    article: str  # 第一百二十四条第一款第（五）项
    short: str = ""  # the usual short form: 食品安全法 (for defect H01); "" when there is none

    @property
    def text(self) -> str:
        return f"《{self.law}》{self.article}"


def scan_citations(text: str) -> list[str]:
    """Every ``《law》第…条…`` in ``text``, each once, in order of first appearance.

    A title in 《》 not followed by an article (《行政处罚告知书》, 《营业执照》) is not a citation. When several
    articles follow one title ("第三十二条、第三十三条"), each becomes its own citation with that title.
    """
    found: list[str] = []
    pos = 0
    while True:
        start = text.find("《", pos)
        if start < 0:
            return found
        end = text.find("》", start)
        if end < 0:
            return found
        law = text[start : end + 1]
        pos = end + 1
        while pos < len(text) and text[pos] == "第":
            stop = pos
            while stop < len(text) and text[stop] in _ARTICLE_CHARS:
                stop += 1
                if text[stop - 1] in "条款项目" and stop < len(text) and text[stop] not in "第（(":
                    break
            article = text[pos:stop]
            if "条" in article:
                citation = law + article
                if citation not in found:
                    found.append(citation)
            pos = stop
            if pos < len(text) and text[pos] == "、" and pos + 1 < len(text) and text[pos + 1] == "第":
                pos += 1
