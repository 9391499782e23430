"""The typo checker's data: the domain vocabulary (terms.txt), confusable characters (confusions.txt), words that
are right though one character away from a term (not_typos.txt), and the index of misspelt forms built from them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .lexicon import LEXICON_DIR

_MIN_AUTO_LEN = 3  # same-sound variants only for terms this long or longer


def _read_lines(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@cache
def vocabulary(path: Path = LEXICON_DIR / "terms.txt") -> frozenset[str]:
    return frozenset(_read_lines(path))


@cache
def not_typos(path: Path = LEXICON_DIR / "not_typos.txt") -> frozenset[str]:
    return frozenset(_read_lines(path))


def is_term_like(text: str) -> bool:
    """A term, a misspelt term, or text that starts with one (陈述, 陈诉, 陈述称): not a person's name."""
    idx = index()
    vocab = vocabulary()
    return any(text[:n] in vocab or text[:n] in idx.variants for n in range(2, len(text) + 1))


@cache
def confusable(path: Path = LEXICON_DIR / "confusions.txt") -> dict[str, frozenset[str]]:
    """character -> the characters it is confused with (from the groups of confusions.txt)."""
    out: dict[str, set[str]] = {}
    for group in _read_lines(path):
        chars = set(group)
        for ch in chars:
            out.setdefault(ch, set()).update(chars - {ch})
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _common_chars() -> tuple[str, ...]:
    """The 3,755 characters of GB 2312 level 1 (the most common ones), in GB order."""
    chars: list[str] = []
    for b1 in range(0xB0, 0xD8):
        for b2 in range(0xA1, 0xFF):
            try:
                chars.append(bytes([b1, b2]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return tuple(chars)


@cache
def homophones() -> dict[str, frozenset[str]]:
    """character -> common characters with the same toneless main reading (辩 -> 辨 变 便 …)."""
    from pypinyin import Style, lazy_pinyin

    chars = _common_chars()
    sounds = lazy_pinyin(list(chars), style=Style.NORMAL)
    by_sound: dict[str, set[str]] = {}
    for ch, sound in zip(chars, sounds, strict=True):
        by_sound.setdefault(sound, set()).add(ch)
    return {ch: frozenset(by_sound[sound] - {ch}) for ch, sound in zip(chars, sounds, strict=True)}


@dataclass(frozen=True)
class Index:
    variants: dict[str, str]  # misspelt form -> term
    prefixes: frozenset[str]  # first two characters of every variant
    lengths: tuple[int, ...]  # variant lengths, longest first


@cache
def index() -> Index:
    vocab = vocabulary()
    shape = confusable()
    sound = homophones()
    variants: dict[str, str] = {}
    ambiguous: set[str] = set()
    for term in sorted(vocab):
        for i, ch in enumerate(term):
            options = set(shape.get(ch, ()))
            if len(term) >= _MIN_AUTO_LEN:
                options |= sound.get(ch, frozenset())
            for alt in options:
                variant = term[:i] + alt + term[i + 1 :]
                if variant in vocab:
                    continue
                if variants.get(variant, term) != term:
                    ambiguous.add(variant)
                variants[variant] = term
    for v in ambiguous | not_typos():
        variants.pop(v, None)
    return Index(
        variants=variants,
        prefixes=frozenset(v[:2] for v in variants),
        lengths=tuple(sorted({len(v) for v in variants}, reverse=True)),
    )
