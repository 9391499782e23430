"""【规范做法】: the corrected wording for a finding, as concrete as the case allows.

1. A wording problem with a mechanical fix (the linter's ``suggestion`` on the finding's page and span, or with the
   finding's catalogue check): the quoted sentence with the replacement made.
2. Computed corrections: the full law name (H01), the current article numbers (H05, H06), the 大写 amount (I01, I02),
   the date style (K05), the 救济途径 sentence with the right 复议机关 (D05, D06), the end of the 陈述申辩 period (B04).
3. The check's sentence from practice.yaml, filled with the case's values (periods from the profile, the agency).
4. Otherwise a sentence from the rule: its requirement under its first cited provision.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

import cn2an
import yaml

from checklists.model import Finding, Profile, Rule
from checklists.wording import Diagnostic
from review.campaign.problems import source_of
from review.casebook.excerpt import clean
from review.workspace import CUSTOM_PREFIX

PRACTICE = Path(__file__).with_name("practice.yaml")
HEARING_DAYS = 5  # 《中华人民共和国行政处罚法》第六十四条第（一）项


@cache
def practice() -> dict[str, str]:
    data = yaml.safe_load(PRACTICE.read_text(encoding="utf-8")) or {}
    return {str(k): str(v).strip() for k, v in data.items()}


@dataclass(frozen=True)
class Setting:
    """What the corrections are filled with (all of it already anonymised)."""

    agency: str = "本机关"  # 某区商务局
    region_level: str = ""  # 区 / 县 / 市 …
    party: str = "当事人"
    statement_days: int = 5
    filing_days: int = 15
    wording: tuple[Diagnostic, ...] = ()
    excerpts: dict[int, str] = field(default_factory=dict)  # evidence index -> its page excerpt (raw, not anonymised)

    @property
    def review_body(self) -> str:
        if self.region_level:
            return f"某{self.region_level}人民政府"
        return "本级人民政府"

    @property
    def court(self) -> str:
        if self.region_level in ("区", "县", "旗", "自治县", "自治旗"):
            return f"某{self.region_level}人民法院"
        return "有管辖权的人民法院"


def setting_from(profile: Profile | None, **kw: Any) -> Setting:
    days: dict[str, int] = {}
    if profile is not None:
        for name, key in (("statement_days", "statement_period_days"), ("filing_days", "filing_period_working_days")):
            with contextlib.suppress(TypeError, ValueError):
                days[name] = int(profile.v(key))
    return Setting(**days, **kw)


# -- 1. the wording linter's replacement ------------------------------------------------------------------------------
def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def matching_diagnostics(f: Finding, wording: tuple[Diagnostic, ...]) -> list[tuple[int, Diagnostic]]:
    """(evidence index, diagnostic) for each diagnostic with a suggestion at the finding's evidence (same page and
    overlapping span), or of the finding's catalogue check on an evidence page."""
    out: list[tuple[int, Diagnostic]] = []
    for i, ev in enumerate(f.evidence):
        if ev.prov is None:
            continue
        for d in wording:
            if d.suggestion is None or d.prov.page != ev.prov.page:
                continue
            if _overlaps(d.prov.span, ev.prov.span) or (d.catalogue and d.catalogue == f.check):
                out.append((i, d))
    return out


def replaced(excerpt: str, old: str, new: str) -> str:
    """``excerpt`` with ``old`` (compared without line breaks) replaced by ``new``; "" when it is not there."""
    old = clean(old)
    return excerpt.replace(old, new, 1) if old and old in excerpt else ""


def rewrite(texts: list[str], note: str = "") -> str:
    """ "应写作：“A”" — one rewritten sentence per line (the export boxes them), then the note in brackets."""
    lines = [f"“{t}”" for t in dict.fromkeys(texts) if t]
    if not lines:
        return ""
    return "应写作：" + "\n".join(lines) + (f"（{note}）" if note else "")


def from_diagnostic(d: Diagnostic, excerpt: str) -> str:
    fixed = replaced(excerpt, d.quote, d.suggestion or "")
    if fixed and fixed != excerpt:
        return rewrite([fixed])
    if d.suggestion:
        return f"将“{clean(d.quote)}”改为“{d.suggestion}”。"
    return f"{d.message}。".replace("。。", "。")


# -- 2. computed corrections ------------------------------------------------------------------------------------------
def remedy_sentence(s: Setting) -> str:
    return (
        "处罚决定书写明：“如不服本处罚决定，可以自收到本决定书之日起六十日内向"
        f"{s.review_body}申请行政复议，也可以自收到本决定书之日起六个月内向{s.court}提起行政诉讼。"
        "申请行政复议或者提起行政诉讼期间，本处罚决定不停止执行，法律另有规定的除外。”"
        "（《中华人民共和国行政复议法》第二十条第一款、第二十四条，《中华人民共和国行政诉讼法》第四十六条第一款，"
        "《中华人民共和国行政处罚法》第五十九条第一款第（五）项、第七十三条）"
    )


def _numeral(n: int) -> str:
    return str(cn2an.an2cn(n))


def stale_articles(f: Finding, rule: Rule | None, s: Setting) -> str:
    """Each quoted sentence with every old article number replaced by the current one (H05, H06)."""
    articles = (rule.params.get("articles") if rule is not None else None) or []
    current = {f"第{_numeral(int(a['old']))}条": str(a["new"]) for a in articles}
    if not current:
        return ""
    # one pass, so that an old number's replacement is not itself taken for an old number (33 → 51, 51 → 72)
    pattern = re.compile("|".join(sorted(map(re.escape, current), key=len, reverse=True)))
    out = []
    for i, ev in enumerate(f.evidence):
        text = s.excerpts.get(i) or clean(ev.quote)
        fixed = pattern.sub(lambda m: current[m.group(0)], text)
        if fixed != text:
            out.append(fixed)
    return rewrite(out, "引用修订后的现行条文序号")


def full_law_name(f: Finding, s: Setting) -> str:
    """H01: the evidence note names the full title (首次引用应写全称《中华人民共和国…法》)."""
    for i, ev in enumerate(f.evidence):
        m = re.search(r"《[^》]+》", ev.note)
        short = re.search(r"《[^》]+》", ev.quote)
        if m and short:
            text = s.excerpts.get(i) or clean(ev.quote)
            fixed = replaced(text, short.group(0), m.group(0))
            if fixed:
                return rewrite([fixed], "首次引用法律使用全称，其后可使用简称")
            return f"将“{short.group(0)}”改为全称“{m.group(0)}”。"
    return ""


_XIAOXIE = re.compile(r"(?:小写[:：]?\s*)?[¥￥]?\s*(?P<n>\d[\d,，]*(?:\.\d{1,2})?)\s*元?")
_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_DAXIE = re.compile(
    rf"(?:人民币)?[{_DIGITS}拾佰仟万亿一二三四五六七八九十百千]+[元圆]"
    rf"(?:[{_DIGITS}]角)?(?:[{_DIGITS}]分)?[整正]?"
)


def daxie(yuan: Decimal) -> str:
    value: float | int = int(yuan) if yuan == yuan.to_integral() else float(yuan)
    return "人民币" + str(cn2an.an2cn(value, "rmb"))


def money_words(f: Finding, s: Setting) -> str:
    """I01/I02: the 大写 amount rewritten from the 小写 amount beside it."""
    for i, ev in enumerate(f.evidence):
        text = s.excerpts.get(i) or clean(ev.quote)
        for m in _DAXIE.finditer(text):
            after = text[m.end() : m.end() + 24]
            n = _XIAOXIE.search(after)
            if not n:
                continue
            try:
                amount = Decimal(n.group("n").replace(",", "").replace("，", ""))
            except InvalidOperation:
                continue
            right = daxie(amount)
            if right != m.group(0):
                fixed = text[: m.start()] + right + text[m.end() :]
                return rewrite([fixed], "大写金额与小写金额一致，冠以“人民币”，到元为止的写“整”")
    return ""


_DOTTED = re.compile(r"(?<!\d)(\d{4})[.．/-](\d{1,2})[.．/-](\d{1,2})(?!\d)")


def date_style(f: Finding, s: Setting) -> str:
    for i, ev in enumerate(f.evidence):
        text = s.excerpts.get(i) or clean(ev.quote)
        fixed = _DOTTED.sub(lambda m: f"{int(m[1])}年{int(m[2])}月{int(m[3])}日", text)
        if fixed != text:
            return rewrite([fixed], "日期写作某年某月某日")
    return ""


def statement_period(f: Finding, s: Setting) -> str:
    m = re.search(r"至(\d{4})-(\d{2})-(\d{2})", f.message)
    end = f"{int(m[1])}年{int(m[2])}月{int(m[3])}日" if m else ""
    when = (
        f"陈述、申辩期限于{end}届满，处罚决定应当在此之后作出"
        if end
        else (f"告知书送达后给予当事人{s.statement_days}个工作日的陈述、申辩期限，期满后再作出处罚决定")
    )
    return (
        f"{when}；当事人在期限内提出陈述、申辩的，复核后作出决定；当事人明确放弃的，将其书面放弃声明附卷后方可提前"
        "作出决定（《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十二条）。"
    )


# -- 4. from the rule -------------------------------------------------------------------------------------------------
def from_rule(f: Finding) -> str:
    if f.rule_id.startswith(CUSTOM_PREFIX):
        return f"予以纠正：{f.message.rstrip('。')}。"
    src = source_of(f.legal_basis)
    lead = f"按照{src}的规定，" if src.startswith("《") else ""
    return f"{lead}做到{f.title.rstrip('。')}。"


def corrected(f: Finding, rule: Rule | None, s: Setting) -> str:
    """The 规范做法 text for one finding (before anonymisation: the caller anonymises it)."""
    check = f.check
    computed = {
        "H01": lambda: full_law_name(f, s),
        "H05": lambda: stale_articles(f, rule, s),
        "H06": lambda: stale_articles(f, rule, s) or remedy_sentence(s),
        "D05": lambda: remedy_sentence(s),
        "D06": lambda: remedy_sentence(s),
        "I01": lambda: money_words(f, s),
        "I02": lambda: money_words(f, s),
        "K05": lambda: date_style(f, s),
        "B04": lambda: statement_period(f, s),
    }
    text = computed[check]() if check in computed else ""
    if text:
        return text
    matches = matching_diagnostics(f, s.wording)
    fixed_all = []
    for i in dict.fromkeys(i for i, _ in matches):
        excerpt = s.excerpts.get(i) or clean(f.evidence[i].quote)
        fixed = excerpt
        for _, d in (m for m in matches if m[0] == i):
            fixed = replaced(fixed, d.quote, d.suggestion or "") or fixed
        if fixed != excerpt:
            fixed_all.append(fixed)
    if fixed_all:
        return rewrite(fixed_all)
    if matches:
        return from_diagnostic(matches[0][1], "")
    return practice_text(check, s) or from_rule(f)


def practice_text(check: str, s: Setting) -> str:
    """The check's 规范做法 sentence from practice.yaml filled with the case's values ("" when there is none)."""
    template = practice().get(check)
    if not template:
        return ""
    return template.format_map(
        {
            "statement_days": s.statement_days,
            "filing_days": s.filing_days,
            "review_body": s.review_body,
            "court": s.court,
            "agency": s.agency,
            "party": s.party,
        }
    )
