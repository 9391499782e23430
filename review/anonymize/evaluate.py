"""Precision and recall of the anonymiser on a labelled set of sentences (default
``tests/data/anonymize/labelled.yaml``).

Each item has ``text``, optional ``doc_type``, ``replace`` (strings that must be gone: names, companies, codes, the
part of an address below the county) and ``keep`` (strings that must come out unchanged). The text is anonymised as
an excerpt — patterns only, no extraction elements. A replaced span is a true positive when it overlaps an occurrence
of a ``replace`` string and a false positive otherwise; a ``replace`` string still in the output (or any of its
characters left standing: 刘  洋 → 刘某 is caught, 刘  洋 → 刘  洋 is not) is a false negative; a ``keep`` string
missing from the output is a broken keep (also counted as a false positive span when no ``replace`` string explains
it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field

from extractors.model import DocType
from extractors.normalize import normalize

from .collect import collect_text
from .model import Style
from .pseudonyms import build_mapping
from .replace import apply, find_spans

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SET = ROOT / "tests" / "data" / "anonymize" / "labelled.yaml"


class Miss(BaseModel):
    kind: Literal["fp", "fn", "keep"]
    value: str
    text: str


class AnonEval(BaseModel):
    path: str
    sentences: int = 0
    expected: int = 0  # replace strings
    spans: int = 0  # replaced spans
    tp: int = 0  # replaced spans that overlap a replace string
    fp: int = 0
    found: int = 0  # replace strings gone from the output
    keeps: int = 0
    keeps_broken: int = 0
    misses: list[Miss] = Field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / self.spans if self.spans else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def _occurrences(text: str, value: str) -> list[tuple[int, int]]:
    out, start = [], 0
    while (i := text.find(value, start)) >= 0:
        out.append((i, i + len(value)))
        start = i + 1
    return out


def evaluate(path: Path = DEFAULT_SET, style: Style = Style.MOUYOU) -> AnonEval:
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    result = AnonEval(path=str(path))
    for item in items:
        text = item["text"]
        doc_type = DocType(item["doc_type"]) if item.get("doc_type") else None
        mapping = build_mapping(collect_text(text, doc_type=doc_type), style, False)
        output = apply(text, mapping)
        norm = normalize(text)
        gold = [span for value in item.get("replace") or [] for span in _occurrences(norm, normalize(str(value)))]
        result.sentences += 1
        for span in find_spans(text, mapping):
            result.spans += 1
            if any(span.start < e and s < span.end for s, e in gold):
                result.tp += 1
            else:
                result.fp += 1
                result.misses.append(Miss(kind="fp", value=text[span.start : span.end], text=text))
        for value in item.get("replace") or []:
            result.expected += 1
            if str(value) in output:
                result.misses.append(Miss(kind="fn", value=str(value), text=text))
            else:
                result.found += 1
        for value in item.get("keep") or []:
            result.keeps += 1
            if str(value) not in output:
                result.keeps_broken += 1
                result.misses.append(Miss(kind="keep", value=str(value), text=text))
    return result


def report_markdown(result: AnonEval) -> str:
    lines = [
        f"标注集：{result.path}（{result.sentences} 句）",
        "",
        "| 指标 | 数值 |",
        "|---|---|",
        f"| 应替换项 | {result.expected} |",
        f"| 替换片段 | {result.spans} |",
        f"| 精确率（替换片段中应替换者） | {result.precision:.1%} |",
        f"| 召回率（应替换项已消失） | {result.recall:.1%} |",
        f"| 应保留项被改动 | {result.keeps_broken} / {result.keeps} |",
    ]
    if result.misses:
        lines += ["", "| 类型 | 内容 | 句子 |", "|---|---|---|"]
        lines += [f"| {m.kind} | {m.value} | {m.text.replace(chr(10), ' / ')} |" for m in result.misses]
    return "\n".join(lines) + "\n"
