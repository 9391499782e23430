"""Citation form (reference H01, §4): a law's title in 《》, its full title at a document's first mention, and
article numbers in Chinese numerals (第四十一条第二款第（五）项)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import cn2an

from extractors import patterns as P

from ..lexicon import LEXICON_DIR
from ..target import Target
from .base import Hit, register

_PREFIX = "中华人民共和国"
_BACKREFS = ("该法", "本法", "同法", "该条例", "本条例", "该办法", "本办法", "该规定", "本规定")


@cache
def full_titles(path: Path = LEXICON_DIR / "laws.txt") -> dict[str, str]:
    """short title -> full title, from laws.txt (行政处罚法 -> 中华人民共和国行政处罚法)."""
    out: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#") and line.startswith(_PREFIX):
            out[line[len(_PREFIX) :]] = line
    return out


@register("law_bare_title")
def law_bare_title(t: Target) -> list[Hit]:
    """依据中华人民共和国食品安全法第三十四条 -> 依据《中华人民共和国食品安全法》第三十四条."""
    out: list[Hit] = []
    for m in P.LAW_BARE.finditer(t.norm):
        start, end = m.span("name")
        if any(t.titles[start:end]):
            continue
        out.append(Hit(start, end, f"《{t.flat[start:end]}》"))
    return out


@register("law_short_name")
def law_short_name(t: Target) -> list[Hit]:
    """《行政处罚法》 at a document's first mention of the law -> 《中华人民共和国行政处罚法》."""
    titles = full_titles()
    fulls = set(titles.values())
    seen: set[str] = set()
    out: list[Hit] = []
    for m in P.LAW_TITLE.finditer(t.flat):
        name = m.group("name").strip()
        if name in fulls:
            seen.add(name)
            continue
        full = titles.get(name)
        if full is None or full in seen:
            continue
        seen.add(full)
        out.append(Hit(m.start(), m.end(), f"《{full}》"))
    return out


@register("article_arabic")
def article_arabic(t: Target) -> list[Hit]:
    """《…》第41条第2款第5项 -> 第四十一条第二款第（五）项 (citations number articles in Chinese numerals)."""
    out: list[Hit] = []
    for m in P.LINT_ARABIC_ARTICLE.finditer(t.norm):
        s, _ = t.sentence(m.start(), m.end())
        before = t.flat[s : m.start()]
        if "》" not in before and not any(b in before for b in _BACKREFS):
            continue
        number = str(cn2an.an2cn(int(m.group("num"))))
        unit = m.group("unit")
        suggestion = f"第（{number}）项" if unit == "项" else f"第{number}{unit}"
        out.append(Hit(m.start(), m.end(), suggestion))
    return out
