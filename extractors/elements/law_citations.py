"""LAW_CITATION: a law named in 《》 (or a bare 中华人民共和国…法 followed by an article) plus its article path.

The article path is read piece by piece after the title: 第X章 / 第X节 / 第X条 (also X条 without 第, 第条 with the
number missing, 第六十条之一) / 第X款 / 第X项 or 第(X)项 / 第X目, Chinese or Arabic numerals, a stray space inside a
number tolerated (第二十 七条). Pieces joined by 、 , 和 及 与 或 form several ArticleRefs of one LawRef:
第三十六条第一款第一项、第二项 -> (36,1,1) and (36,1,2); 第十条、第十二条第二款 -> (10) and (12,2); a number list
第六十四条第一、二项 -> (64,,1) and (64,,2). A version note between title and articles (《…》(2021年修正)第…) is
skipped. A following
"的规定" is not part of the citation. 第条第一款 (no article number) keeps the citation with articles=() — its text
shows the defect. LawRef.law is the title as written: with 《》 when written so, bare when written bare; 该法 / 同法 /
本法 take the previous law's title (the text keeps 该法…).

Not laws: document titles in 《》 (…告知书 / …笔录 / …表 / 营业执照 …) and national or sector standards
(GB/T 29639-2020, 国家标准). A title ending 法 / 条例 / 规定 / 办法 / 细则 / 规则 / 决定 / 解释 is kept even
without an article (a short mention such as 《行政处罚法》 too: H01 checks the full name at first mention); any
other title (…意见 / …基准 / …标准 / …通知) only when an article follows.

Role: 违反 (违反 / 违反了 / 不符合 / 未按照 before it), 依据 (依据 / 根据 / 依照 / 按照 / 适用), 告知 (a basis citation
whose sentence goes on to state a right: 陈述 / 申辩 / 听证 with 享有 / 有权 / 可以 / 视为放弃 …), 救济 (… about
复议 / 诉讼); a citation joined to the previous
one by 、 / 和 / 及 takes its role; otherwise None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import ArticleRef, Element, ElementKind, LawRef
from extractors.normalize import cn_int

from .scan import Scan, by_position, scan_of

EXTRACTOR = "law_citations.v1"
_KINDS = ("multi", "chap", "sect", "art", "para", "item", "sub")
_FIELD_OF_UNIT = {"款": "paragraph", "项": "item", "目": "sub_item"}


@dataclass
class _Mention:
    start: int
    end: int  # end of the title (all positions in this module are positions in Scan.flat)
    name: str  # as written (raw), 《》 included when present
    kind: str  # title / bare / backref


@dataclass
class _Ref:
    article: int | None
    start: int
    end: int
    paragraph: int | None = None
    item: int | None = None
    sub_item: int | None = None


def extract(dt: DocText) -> list[Element]:
    scan = scan_of(dt)
    out: list[Element] = []
    prev_law: str | None = None
    prev_end = -1
    prev_role: str | None = None
    for mention in _mentions(scan):
        note = P.LAW_VERSION_NOTE.match(scan.flat, mention.end)
        refs, end = _articles(scan, note.end() if note else mention.end)
        if note and not refs:
            end = mention.end
        if mention.kind == "backref":
            if prev_law is None or not refs:
                continue
            law = prev_law
        else:
            if not _is_law(scan, mention, refs):
                continue
            law = mention.name
        articles = tuple(
            ArticleRef(
                article=r.article,
                paragraph=r.paragraph,
                item=r.item,
                sub_item=r.sub_item,
                text=scan.raw_flat(r.start, r.end),
            )
            for r in refs
            if r.article is not None
        )
        text = scan.raw_flat(mention.start, end)
        role = _role(scan, mention.start, end, prev_end, prev_role)
        value = LawRef(law=law, articles=articles, text=text)
        out.append(
            scan.element_flat(ElementKind.LAW_CITATION, value, mention.start, end, extractor=EXTRACTOR, role=role)
        )
        prev_law, prev_end, prev_role = law, end, role
    return by_position(out)


def _mentions(scan: Scan) -> list[_Mention]:
    text = scan.flat
    found = [
        _Mention(m.start(), m.end(), scan.raw_flat(m.start(), m.end()), "title") for m in P.LAW_TITLE.finditer(text)
    ]
    found += [
        _Mention(m.start("name"), m.end("name"), scan.raw_flat(m.start("name"), m.end("name")), "bare")
        for m in P.LAW_BARE.finditer(text)
        if not _inside_title(scan, m.start("name"))
    ]
    found += [
        _Mention(m.start("name"), m.end("name"), m.group("name"), "backref") for m in P.LAW_BACKREF.finditer(text)
    ]
    return sorted(found, key=lambda x: x.start)


def _inside_title(scan: Scan, pos: int) -> bool:
    before = scan.flat[max(0, pos - 80) : pos].rsplit("\n", 1)[-1]
    return before.rfind("《") > before.rfind("》")


def _is_law(scan: Scan, mention: _Mention, refs: list[_Ref]) -> bool:
    if mention.kind == "bare":
        return True
    name = scan.flat[mention.start + 1 : mention.end - 1].strip()
    if P.DOC_NAME.search(name):
        return False
    after = scan.flat[mention.end : mention.end + 24]
    if P.STANDARD_MARK.search(name) or P.STANDARD_MARK.match(after.lstrip(" (")):
        return False
    if P.LAW_NAME_STRONG.search(name):
        return True
    return any(r.article is not None for r in refs)


def _articles(scan: Scan, pos: int) -> tuple[list[_Ref], int]:
    """The ArticleRefs of the path that starts at ``pos`` and where the citation ends."""
    refs: list[_Ref] = []
    cur: _Ref | None = None
    end = pos
    prefix_start: int | None = None
    first = True
    while True:
        m = P.LAW_ARTICLE_PIECE.match(scan.flat, pos)
        if m is None or (first and m.group("sep")):
            break
        kind = next(k for k in _KINDS if m.group(k) is not None)
        body_start = m.start(kind)
        if kind == "multi":
            cur = _multi(scan, m, cur, refs)
            if cur is None:
                break
            pos = end = m.end()
            first = False
            continue
        number = _number(m.group(kind))
        if kind in ("chap", "sect"):
            prefix_start = prefix_start if prefix_start is not None else body_start
        elif kind == "art":
            cur = _Ref(number, prefix_start if prefix_start is not None else body_start, m.end())
            refs.append(cur)
            prefix_start = None
        elif cur is None:
            break
        else:
            field = {"para": "paragraph", "item": "item", "sub": "sub_item"}[kind]
            deeper = ("paragraph", "item", "sub_item")[("paragraph", "item", "sub_item").index(field) :]
            if any(getattr(cur, f) is not None for f in deeper):
                keep = {f: getattr(cur, f) for f in ("paragraph", "item", "sub_item") if f not in deeper}
                cur = _Ref(cur.article, body_start, m.end(), **keep)
                refs.append(cur)
            setattr(cur, field, number)
            cur.end = m.end()
        pos = end = m.end()
        first = False
    if prefix_start is not None and not refs:
        end = pos
    return refs, end


def _multi(scan: Scan, m: re.Match[str], cur: _Ref | None, refs: list[_Ref]) -> _Ref | None:
    """第一、二项 / 第三十、三十一条: one ArticleRef per number, the first continuing the current path."""
    unit = m.group("unit")
    numbers = [cn_int(x.group()) for x in P.LAW_PIECE_NUMBER.finditer(m.group("multi"))]
    start, end = m.start("multi"), m.end()
    if unit == "条":
        for n in numbers:
            cur = _Ref(n, start, end)
            refs.append(cur)
        return cur
    if cur is None:
        return None
    field = _FIELD_OF_UNIT[unit]
    deeper = ("paragraph", "item", "sub_item")[("paragraph", "item", "sub_item").index(field) :]
    keep = {f: getattr(cur, f) for f in ("paragraph", "item", "sub_item") if f not in deeper}
    for i, n in enumerate(numbers):
        if i == 0 and not any(getattr(cur, f) is not None for f in deeper):
            setattr(cur, field, n)
            cur.end = end
            continue
        cur = _Ref(cur.article, start, end, **keep)
        setattr(cur, field, n)
        refs.append(cur)
    return cur


def _number(piece: str) -> int | None:
    piece = piece.split("之")[0]
    m = P.LAW_PIECE_NUMBER.search(piece)
    return cn_int(m.group()) if m else None


def _role(scan: Scan, start: int, end: int, prev_end: int, prev_role: str | None) -> str | None:
    if prev_end >= 0:
        gap = scan.flat[prev_end:start]
        if gap.strip(" 、,和及与或以") == "" and "\n" not in gap:
            return prev_role
    back = scan.back_clause_flat(start, stop=max(prev_end, 0), sentence=True, limit=60)
    cues = list(P.LAW_ROLE_CUE.finditer(back))
    role = None
    if cues:
        role = "违反" if cues[-1].group("v") else "依据"
    if role != "违反":
        forward = scan.forward_clause_flat(end, sentence=True, limit=80)
        if P.RIGHTS_TOPIC.search(forward) and P.RIGHTS_CUE.search(forward):
            return "告知"
        if P.LAW_REMEDY_AFTER.search(forward):
            return "救济"
    return role
