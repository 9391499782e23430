"""Typos (W200): a word one character away from a domain term, where the term is in the vocabulary and the word is not.

- Vocabulary: ``checklists/lexicons/terms.txt`` (administrative law and 文书 terms).
- Confusable characters: ``confusions.txt`` (own table of shape- and sound-alike characters) for every term, plus, for
  terms of three or more characters, the characters of the same toneless pinyin among the 3,755 common characters
  (GB 2312 level 1; pypinyin gives the readings).
- A candidate is reported only when (1) the word as written is not itself a term nor a word of jieba's dictionary
  (辨别, 负责任 and 订金 are real words), and (2) jieba's segmentation of its sentence, with the vocabulary as a user
  dictionary, has a word boundary at both ends of it (当时/人员 is not 当事人 misspelt). jieba loads lazily — only when
  a first candidate turns up — and keeps its cache under the anjuan cache dir ($ANJUAN_CACHE_DIR or the user cache).
Protected spans (names, 文号, quotations, titles) are skipped before any of this.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path
from typing import Any

from ..target import Target
from ..vocab import index, vocabulary
from .base import Hit, register

_jieba_lock = threading.Lock()
_tokenizer: Any = None


def cache_dir() -> Path:
    root = os.environ.get("ANJUAN_CACHE_DIR")
    if not root:
        import platformdirs

        root = platformdirs.user_cache_dir("anjuan")
    path = Path(root) / "jieba"
    path.mkdir(parents=True, exist_ok=True)
    return path


def tokenizer() -> Any:
    """jieba's tokenizer with the vocabulary as user words, loaded once (its cache file kept in ``cache_dir()``)."""
    global _tokenizer
    with _jieba_lock:
        if _tokenizer is None:
            import jieba

            logging.getLogger("jieba").setLevel(logging.WARNING)
            tk = jieba.Tokenizer()
            tk.tmp_dir = str(cache_dir())
            tk.initialize()
            for term in vocabulary():
                tk.add_word(term, freq=max(tk.FREQ.get(term) or 0, 2000))
            _tokenizer = tk
    return _tokenizer


def is_word(text: str) -> bool:
    """A word of jieba's dictionary (frequency above 0; prefixes of words have 0)."""
    return bool(tokenizer().FREQ.get(text))


def _candidates(t: Target) -> list[tuple[int, int, str]]:
    idx = index()
    flat = t.flat
    out: list[tuple[int, int, str]] = []
    i, n = 0, len(flat)
    while i < n - 1:
        found = None
        if flat[i : i + 2] in idx.prefixes:
            for length in idx.lengths:
                term = idx.variants.get(flat[i : i + length]) if i + length <= n else None
                if term is not None:
                    found = (i, i + length, term)
                    break
        if found is not None and not t.is_protected(found[0], found[1]):
            out.append(found)
            i = found[1]
        else:
            i += 1
    return out


def _aligned(t: Target, start: int, end: int) -> bool:
    s, e = t.sentence(start, end)
    bounds = {s}
    pos = s
    for token in tokenizer().lcut(t.flat[s:e], HMM=False):
        pos += len(token)
        bounds.add(pos)
    return start in bounds and end in bounds


def _all_words(text: str) -> bool:
    """``text`` is made of dictionary words of two or more characters (标签标示 = 标签 + 标示: not a typo)."""
    tokens = tokenizer().lcut(text, HMM=False)
    return len(tokens) > 1 and all(len(tok) > 1 and is_word(tok) for tok in tokens)


@register("typo")
def typo(t: Target) -> list[Hit]:
    """申辨 -> 申辩, 当时人 -> 当事人, 法定代表任 -> 法定代表人, 送达回正 -> 送达回证 …"""
    out: list[Hit] = []
    vocab = vocabulary()
    for start, end, term in _candidates(t):
        word = t.flat[start:end]
        if word in vocab or is_word(word) or _all_words(word) or not _aligned(t, start, end):
            continue
        out.append(Hit(start, end, term, f"疑为错别字：“{word}”应为“{term}”"))
    return out
