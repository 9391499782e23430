"""The text a rule runs on: one document, its line breaks inside CJK runs removed, with its protected spans.

PDF text wraps lines in the middle of words (法定代\\n表人), so rules match on ``flat``: the document's text with a
line break dropped wherever a CJK character stands on both sides. ``to_raw`` maps a flat index back to the
document's text (``DocText``), which maps on to a page and a box.

Protected spans come first, from extraction: party and person names, legal representatives, officers, addresses,
文号, credit codes, ID and phone numbers, issuing bodies and signatures — at every place the same string occurs in
the dossier, not only where it was extracted. Then quotations in “”「」『』, a person named right after a role word
(法定代表人张三; a surname first, not a term), and an organisation named in prose (…有限公司, …合作社, …厂).
``names`` marks them: no rule reports inside them, except template-residue and blank checks (a 【填写】 left in a
name's slot is still residue). ``titles`` marks every 《…》 title: only citation rules (family 引用) look inside one.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from dataclasses import dataclass, field

from extractors import patterns as P
from extractors.doctext import DocText
from extractors.model import DocType, Document, Dossier, Element, ElementKind, Officer, Party, Provenance
from extractors.normalize import normalize

from .vocab import is_term_like

#: element kinds whose text is never linted
NAME_KINDS = frozenset(
    {
        ElementKind.PARTY,
        ElementKind.LEGAL_REP,
        ElementKind.OFFICER,
        ElementKind.ADDRESS,
        ElementKind.CASE_NUMBER,
        ElementKind.ISSUER,
        ElementKind.CREDIT_CODE,
        ElementKind.ID_NUMBER,
        ElementKind.PHONE,
    }
)
_CONTEXT = 24  # characters of context before / after a match (same line)
#: a line that ends on one of these ends a sentence or a field: keep the break after it
_NO_JOIN_AFTER = "。！？；：）】」』”!?;:)"
#: common single-character surnames and the compound ones: a person named in prose after a role word starts with one
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛"
    "邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝"
    "路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    "全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕"
    "楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈"
    "晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉"
    "冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
#: words after which an organisation's name cannot go on (the name starts after the last one in the run)
ORG_NAME_BREAKS = (
    "当事人", "经查", "查明", "认定", "被处罚", "对", "向", "与", "由", "系", "是", "在", "将", "和", "及", "据", "从",
    "给", "把", "被", "即", "了", "的", "其", "你", "该", "本", "我",
)  # fmt: skip
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯",
    "端木", "独孤", "南宫", "西门", "呼延",
)  # fmt: skip


@dataclass
class Target:
    doc_id: str
    doc_type: DocType
    raw: str  # the document's text (DocText.text)
    flat: str  # raw without line breaks inside CJK runs
    to_raw: list[int]  # flat index -> raw index; len(flat) + 1 entries
    to_flat: list[int]  # raw index -> flat index; len(raw) + 1 entries
    names: bytearray  # 1 = protected from every rule
    titles: bytearray  # 1 = inside a 《…》 title
    latest_date: dt.date | None = None
    money: list[tuple[int, int, Element]] = field(default_factory=list)  # flat spans of MONEY elements
    doctext: DocText | None = None
    norm: str = ""
    _sentence_ends: list[int] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self.norm = normalize(self.flat)
        self._sentence_ends = [i for i, ch in enumerate(self.norm) if ch in "。!?;\n"]

    # -- context ------------------------------------------------------------------------------------------------------
    def before(self, pos: int, n: int = _CONTEXT) -> str:
        start = max(0, pos - n)
        chunk = self.flat[start:pos]
        return chunk.rsplit("\n", 1)[-1]

    def after(self, pos: int, n: int = _CONTEXT) -> str:
        return self.flat[pos : pos + n].split("\n", 1)[0]

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The sentence around ``[start, end)``: from after the previous 。！？；/line end to the next one."""
        i = bisect_left(self._sentence_ends, start)
        s = self._sentence_ends[i - 1] + 1 if i > 0 else 0
        j = bisect_left(self._sentence_ends, max(start, end - 1))
        e = self._sentence_ends[j] if j < len(self._sentence_ends) else len(self.flat)
        return s, max(e, end)

    def is_protected(self, start: int, end: int, titles_ok: bool = False) -> bool:
        if any(self.names[start:end]):
            return True
        return not titles_ok and any(self.titles[start:end])

    # -- back to the page --------------------------------------------------------------------------------------------
    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        rs = self.to_raw[start]
        re_ = self.to_raw[end - 1] + 1 if end > start else rs
        return rs, re_

    def prov(self, start: int, end: int) -> Provenance:
        assert self.doctext is not None
        rs, re_ = self.raw_span(start, end)
        return self.doctext.prov(rs, re_)


def flatten(raw: str) -> tuple[str, list[int], list[int]]:
    """``raw`` without the line breaks that sit between two CJK characters; flat->raw and raw->flat index maps."""
    n = len(raw)
    dropped: list[int] = []
    pos = raw.find("\n", 1)
    while 0 < pos < n - 1:
        before, after = raw[pos - 1], raw[pos + 1]
        if before not in _NO_JOIN_AFTER and P.CJK_TEXT_CHAR.match(before) and P.CJK_TEXT_CHAR.match(after):
            dropped.append(pos)
        pos = raw.find("\n", pos + 1)
    if not dropped:
        identity = list(range(n + 1))
        return raw, identity, identity[:]
    to_raw: list[int] = []
    to_flat: list[int] = []
    parts: list[str] = []
    prev = 0
    for k, d in enumerate(dropped):
        parts.append(raw[prev:d])
        to_raw.extend(range(prev, d))
        to_flat.extend(range(prev - k, d - k + 1))  # the dropped break maps to the next flat character
        prev = d + 1
    k = len(dropped)
    parts.append(raw[prev:])
    to_raw.extend(range(prev, n + 1))
    to_flat.extend(range(prev - k, n - k + 1))
    return "".join(parts), to_raw, to_flat


def _raw_pos(doc: Document, page_texts_len: list[int], el: Element) -> tuple[int, int] | None:
    """The element's span in the document's text (DocText coordinates), or None when it lies outside the doc."""
    offset = 0
    for ref, length in zip(doc.pages, page_texts_len, strict=True):
        if ref.page == el.prov.page and ref.start <= el.prov.span[0] and el.prov.span[1] <= ref.end:
            return offset + el.prov.span[0] - ref.start, offset + el.prov.span[1] - ref.start
        offset += length + 1
    return None


def _mark(mask: bytearray, start: int, end: int) -> None:
    mask[start:end] = b"\x01" * (end - start)


def _element_span(el: Element) -> tuple[int, int]:
    """The part of an element's text to protect (a signature protects the name after its label)."""
    if el.kind == ElementKind.SIGNATURE:
        cut = max(el.text.rfind("："), el.text.rfind(":")) + 1
        return cut, len(el.text)
    return 0, len(el.text)


def dossier_names(dossier: Dossier) -> frozenset[str]:
    """Every name the dossier's elements give (parties, representatives, officers, issuers, addresses, 文号,
    signers): each occurrence of one, anywhere in the dossier, is protected — not only where it was extracted."""
    out: set[str] = set()
    for el in dossier.elements:
        if el.kind not in NAME_KINDS and el.kind != ElementKind.SIGNATURE:
            continue
        if el.kind == ElementKind.SIGNATURE and el.role == "笔录确认":
            continue
        value = el.value
        if isinstance(value, Party | Officer):
            texts = [value.name]
        elif el.kind == ElementKind.SIGNATURE and isinstance(value, str):
            texts = value.replace("，", "、").replace(",", "、").split("、")
        else:
            texts = [el.text]
        out.update(t.strip() for t in texts if len(t.strip()) >= 2 and "\n" not in t)
    return frozenset(out)


def build_target(
    dossier: Dossier, doc: Document, elements: list[Element] | None = None, names_: frozenset[str] = frozenset()
) -> Target:
    """The target for one document of ``dossier`` (``elements``: the document's elements, default looked up;
    ``names_``: strings protected wherever they occur, see ``dossier_names``)."""
    doctext = DocText(dossier, doc)
    if elements is None:
        elements = [e for e in dossier.elements if e.doc_id == doc.id]
    raw = doctext.text
    flat, to_raw, to_flat = flatten(raw)
    names = bytearray(len(flat))
    titles = bytearray(len(flat))
    lengths = [ref.end - ref.start for ref in doc.pages]
    money: list[tuple[int, int, Element]] = []
    latest: dt.date | None = None
    for el in elements:
        span = _raw_pos(doc, lengths, el)
        if span is None:
            continue
        fs, fe = to_flat[span[0]], to_flat[span[1]]
        if el.kind in NAME_KINDS or (el.kind == ElementKind.SIGNATURE and el.role != "笔录确认"):
            a, b = _element_span(el)
            _mark(names, to_flat[span[0] + a], to_flat[span[0] + b])
        elif el.kind == ElementKind.MONEY:
            money.append((fs, fe, el))
        elif el.kind == ElementKind.DATE and isinstance(el.value, dt.date):
            day = el.value.date() if isinstance(el.value, dt.datetime) else el.value
            latest = day if latest is None or day > latest else latest
    _protect_text(flat, names, titles)
    for name in names_:
        pos = flat.find(name)
        while pos >= 0:
            _mark(names, pos, pos + len(name))
            pos = flat.find(name, pos + len(name))
    return Target(
        doc_id=doc.id,
        doc_type=doc.doc_type,
        raw=raw,
        flat=flat,
        to_raw=to_raw,
        to_flat=to_flat,
        names=names,
        titles=titles,
        latest_date=latest,
        money=money,
        doctext=doctext,
    )


def _protect_text(flat: str, names: bytearray, titles: bytearray) -> None:
    for m in P.LINT_QUOTATION.finditer(flat):
        _mark(names, m.start(), m.end())
    for m in P.LINT_PERSON_AFTER_ROLE.finditer(flat):
        labelled = any(c in ":：" for c in flat[m.start() : m.start("name")])  # 签收人：申辨林 is a field value
        if is_person_name(m.group("name"), labelled):
            _mark(names, m.start("name"), m.end("name"))
    for m in P.LINT_ORG_NAME.finditer(flat):
        start = _org_start(m.group())
        if m.end() - (m.start() + start) > 3:
            _mark(names, m.start() + start, m.end())
    for m in P.LAW_TITLE.finditer(flat):
        _mark(titles, m.start(), m.end())


def _org_start(run: str) -> int:
    """Where an organisation's name starts in a run that ends with its suffix (after the last break word)."""
    start = 0
    for word in ORG_NAME_BREAKS:
        pos = run.rfind(word, 0, max(0, len(run) - 2))
        if pos >= 0:
            start = max(start, pos + len(word))
    return start


def is_person_name(name: str, labelled: bool = False) -> bool:
    """A run of 2–3 characters after a role word that reads as a name: a surname first, and — unless it is the value
    of a "role：" field — not a term or a misspelt one (当事人陈述称 / 当事人陈诉、申辩 are not names)."""
    if not (name.startswith(COMPOUND_SURNAMES) or name[0] in SURNAMES):
        return False
    return labelled or not is_term_like(name)


def text_dossier(text: str, doc_type: DocType = DocType.OTHER, file: str = "<text>") -> Dossier:
    """A bare string as a one-page, one-document dossier, its elements extracted (so names and 文号 are protected)."""
    from extractors.elements import extract_document
    from extractors.model import Line, Page, PageRef

    lines, pos = [], 0
    for chunk in text.split("\n"):
        lines.append(Line(span=(pos, pos + len(chunk))))
        pos += len(chunk) + 1
    page = Page(file=file, number=1, file_page=1, text=text, source="txt", lines=tuple(lines))
    doc = Document(id="d01", doc_type=doc_type, title="", pages=(PageRef(page=1, start=0, end=len(text)),))
    base = Dossier(id="text", pages=(page,), documents=(doc,))
    elements = extract_document(DocText(base, doc))
    return base.model_copy(update={"elements": tuple(elements)})
