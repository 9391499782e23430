"""Wording rules as data: ``checklists/lexicons/*.yaml`` in the prh shape, parsed and compiled here.

A file is ``{name: …, rules: [rule, …]}``. A rule is either a lexicon rule (``patterns`` literal strings and/or
``regex`` Python regexes, with ``expected`` the replacement — ``$1`` refers to a regex group — or no ``expected``
when the fix is not mechanical) or a code rule (``check: <name>`` of ``checklists.wording.checks.CHECKS``).

```yaml
- id: W001
  family: 术语
  expected: 法定代表人
  patterns: [法人代表]
  message: 应为“法定代表人”（“法人”是组织，不是自然人）
  basis: 北京市行政处罚案卷标准 3.5.2
  context: {not_followed_by: [人]}
  specs:
    - {from: 法人代表：张三, to: 法定代表人：张三}    # from → to: the fix
    - {from: 法定代表人：张三, to: 法定代表人：张三}  # from = to: no change (and no diagnostic)
```

Flag-only rules (no ``expected``) use ``{from: …, flag: true|false}``. ``context`` (all optional; an item written
``/…/`` is a regex, otherwise a literal): ``preceded_by`` / ``not_preceded_by`` (text right before the match on the
same line), ``followed_by`` / ``not_followed_by`` (right after), ``sentence_has`` / ``sentence_lacks``,
``doc_types`` / ``not_doc_types`` (DocType values), ``cited_law`` (the nearest 《》 before the match in the sentence
names this law), ``since`` (only when the document's latest date is on or after it, or it has no date).

Parsing checks the schema, ids (``W`` + 3 digits, unique), regexes and check names; ``specs.verify`` then runs every
spec, and ``linter.default_lexicon`` refuses a lexicon whose specs fail (load time is loud).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator, model_validator

from extractors.model import DocType

from .model import Family, Severity

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"

E221_BAD_YAML = "E221"
E222_SCHEMA = "E222"
E223_DUPLICATE_ID = "E223"
E224_BAD_REGEX = "E224"
E225_UNKNOWN_CHECK = "E225"
E226_SPEC_FAILED = "E226"
E227_MISSING_SPECS = "E227"


class LexiconError(Exception):
    """A lexicon that cannot be used: names the file and the rule."""

    def __init__(self, code: str, file: str, message: str, rule_id: str | None = None):
        self.code, self.file, self.rule_id, self.message = code, file, rule_id, message
        super().__init__(f"{code} {file}" + (f" [{rule_id}]" if rule_id else "") + f": {message}")


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


@dataclass(frozen=True)
class Matcher:
    """One context item: a literal, or a regex written ``/…/``."""

    literal: str | None
    regex: re.Pattern[str] | None

    @classmethod
    def of(cls, item: str) -> Matcher:
        if len(item) > 2 and item.startswith("/") and item.endswith("/"):
            return cls(None, re.compile(item[1:-1]))
        return cls(item, None)

    def ends(self, s: str) -> bool:
        if self.literal is not None:
            return s.endswith(self.literal)
        assert self.regex is not None
        return any(m.end() == len(s) for m in self.regex.finditer(s))

    def starts(self, s: str) -> bool:
        if self.literal is not None:
            return s.startswith(self.literal)
        assert self.regex is not None
        return self.regex.match(s) is not None

    def within(self, s: str) -> bool:
        if self.literal is not None:
            return self.literal in s
        assert self.regex is not None
        return self.regex.search(s) is not None


class Context(_Strict):
    preceded_by: list[str] = []
    not_preceded_by: list[str] = []
    followed_by: list[str] = []
    not_followed_by: list[str] = []
    sentence_has: list[str] = []
    sentence_lacks: list[str] = []
    doc_types: list[str] = []
    not_doc_types: list[str] = []
    cited_law: str | None = None
    since: dt.date | None = None

    @field_validator("doc_types", "not_doc_types")
    @classmethod
    def _doc_types(cls, v: list[str]) -> list[str]:
        known = {t.value for t in DocType}
        bad = [x for x in v if x not in known]
        if bad:
            raise ValueError(f"unknown doc types {bad}; use DocType values such as 询问笔录")
        return v

    @field_validator(
        "preceded_by", "not_preceded_by", "followed_by", "not_followed_by", "sentence_has", "sentence_lacks"
    )
    @classmethod
    def _items(cls, v: list[str]) -> list[str]:
        for item in v:
            Matcher.of(item)  # a bad regex raises re.error -> ValidationError
        return v

    def matchers(self, name: str) -> tuple[Matcher, ...]:
        return tuple(Matcher.of(x) for x in getattr(self, name))


class Spec(_Strict):
    from_: str = Field(alias="from")
    to: str | None = None
    flag: bool | None = None
    doc_type: str | None = None

    @model_validator(mode="after")
    def _one_of(self) -> Spec:
        if (self.to is None) == (self.flag is None):
            raise ValueError("a spec has exactly one of `to` (the text after the fix) or `flag` (flagged or not)")
        if self.doc_type is not None and self.doc_type not in {t.value for t in DocType}:
            raise ValueError(f"unknown doc_type {self.doc_type!r}")
        return self

    @property
    def positive(self) -> bool:
        """The spec shows the rule firing (a change, or flag: true)."""
        return bool(self.flag) if self.to is None else self.to != self.from_


class Rule(_Strict):
    id: str
    family: Family
    basis: str
    catalogue: str | None = None  # the reference §3 check it also serves (H05, I01, A17 …), for the 评查表
    message: str | None = None
    severity: Severity = "warning"
    expected: str | None = None
    patterns: list[str] = []
    regex: list[str] = []
    check: str | None = None
    context: Context = Context()
    specs: list[Spec]

    _compiled: tuple[re.Pattern[str], ...] = PrivateAttr(default=())
    _literal: bool = PrivateAttr(default=True)
    _file: str = PrivateAttr(default="")

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not (len(v) == 4 and v[0] == "W" and v[1:].isascii() and v[1:].isdigit()):
            raise ValueError(f"rule id {v!r} is not W + 3 digits")
        return v

    @model_validator(mode="after")
    def _shape(self) -> Rule:
        has_patterns = bool(self.patterns or self.regex)
        if has_patterns == (self.check is not None):
            raise ValueError("a rule has either patterns/regex or a check, not both and not neither")
        if self.check is None and self.expected is None and self.message is None:
            raise ValueError("a rule without `expected` needs a `message`")
        return self

    @property
    def file(self) -> str:
        return self._file

    @property
    def compiled(self) -> tuple[re.Pattern[str], ...]:
        return self._compiled

    def compile(self, file: str) -> None:
        self._file = file
        compiled: list[re.Pattern[str]] = []
        if self.patterns:
            alternation = "|".join(re.escape(p) for p in sorted(self.patterns, key=len, reverse=True))
            compiled.append(re.compile(alternation))
        for rx in self.regex:
            try:
                compiled.append(re.compile(rx))
            except re.error as exc:
                raise LexiconError(E224_BAD_REGEX, file, f"bad regex {rx!r}: {exc}", self.id) from exc
        self._compiled = tuple(compiled)

    def replacement(self, m: re.Match[str]) -> str | None:
        """The suggestion for one match: ``expected`` with ``$1`` … expanded (regex matches only)."""
        if self.expected is None:
            return None
        if m.re.groups and "$" in self.expected:
            template = self.expected.replace("\\", "\\\\")
            for n in range(m.re.groups, 0, -1):
                template = template.replace(f"${n}", f"\\g<{n}>")
            return m.expand(template)
        return self.expected

    def render(self, quote: str, suggestion: str | None) -> str:
        template = self.message or "应为“{expected}”"
        return template.format(quote=quote, expected=suggestion or "")


@dataclass(frozen=True)
class Lexicon:
    rules: tuple[Rule, ...]

    def by_id(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)


def lexicon_files(folder: Path = LEXICON_DIR) -> list[Path]:
    return sorted(folder.glob("*.yaml"))


def parse_file(path: Path, known_checks: set[str]) -> list[Rule]:
    """The rules of one lexicon file, schema-checked and compiled (specs are not run here)."""
    name = path.name
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(E221_BAD_YAML, name, str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise LexiconError(E222_SCHEMA, name, "a lexicon file is a mapping with a `rules` list")
    rules: list[Rule] = []
    for raw in data["rules"]:
        rule_id = raw.get("id") if isinstance(raw, dict) else None
        try:
            rule = Rule.model_validate(raw)
        except (ValidationError, re.error) as exc:
            raise LexiconError(E222_SCHEMA, name, str(exc), rule_id) from exc
        if rule.check is not None and rule.check not in known_checks:
            raise LexiconError(E225_UNKNOWN_CHECK, name, f"unknown check {rule.check!r}", rule.id)
        if not any(s.positive for s in rule.specs) or all(s.positive for s in rule.specs):
            raise LexiconError(
                E227_MISSING_SPECS, name, "needs at least one spec that fires and one that asserts no change", rule.id
            )
        rule.compile(name)
        rules.append(rule)
    return rules


def parse_lexicon(paths: list[Path] | None = None, known_checks: set[str] | None = None) -> Lexicon:
    """Parse every lexicon file (default: all of checklists/lexicons/); rule ids are unique across files."""
    if known_checks is None:
        from .checks import CHECKS  # the registry of code checks; imported here to keep this module data-only

        known_checks = set(CHECKS)
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in paths if paths is not None else lexicon_files():
        for rule in parse_file(path, known_checks):
            if rule.id in seen:
                raise LexiconError(E223_DUPLICATE_ID, path.name, f"id also used in {seen[rule.id]}", rule.id)
            seen[rule.id] = path.name
            rules.append(rule)
    return Lexicon(tuple(rules))
