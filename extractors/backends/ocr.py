"""OCR with RapidOCR 3.x and the models its wheel carries, cached on disk, lines sorted by position.

- The engine is created lazily, once per process, behind a lock; never at import. It is pinned to the three ONNX files
  inside the rapidocr wheel (passed as explicit paths, so rapidocr never tries to download anything).
- Results are cached by SHA-256 of the grey page image (plus engine version and dpi) as JSON under
  ``platformdirs.user_cache_dir("anjuan")/ocr``, or ``$ANJUAN_CACHE_DIR/ocr``. Writes are atomic.
- Lines are ordered by position: boxes are clustered into rows by their vertical centre, rows top to bottom, boxes in
  a row left to right. The text is kept as the engine emitted it (ASCII ``: , ?`` included).
- Any failure of the engine raises ``OcrUnavailable``; the backends turn it into issue E110.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import platformdirs
from PIL import Image

from extractors.model import BBox, Line
from extractors.patterns import CJK_TEXT_CHAR

os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # before onnxruntime is imported (it is, lazily, below)

log = logging.getLogger(__name__)

DEFAULT_DPI = 200
CACHE_FORMAT = 1
#: the models shipped inside the rapidocr 3.10 wheel; the default config uses exactly these
_BUNDLED_MODELS = {
    "Det.model_path": "PP-OCRv6_det_small.onnx",
    "Rec.model_path": "PP-OCRv6_rec_small.onnx",
    "Cls.model_path": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
}


class OcrUnavailable(Exception):
    """RapidOCR cannot be imported, cannot start, or failed on this image."""


@dataclass(frozen=True)
class OcrBox:
    """One text box from the engine, in PDF points (top-left origin)."""

    text: str
    bbox: BBox
    confidence: float


# ----------------------------------------------------------------------------------------------------------------------
# Engine
# ----------------------------------------------------------------------------------------------------------------------
_engine: Any = None
_engine_error: str | None = None
_engine_lock = threading.Lock()  # creation
_run_lock = threading.Lock()  # one recognition at a time: onnxruntime already uses every core


@functools.cache
def engine_version() -> str:
    try:
        return f"rapidocr {importlib.metadata.version('rapidocr')}"
    except importlib.metadata.PackageNotFoundError:
        return "rapidocr absent"


def _bundled_model_params() -> dict[str, Any]:
    spec = importlib.util.find_spec("rapidocr")
    if spec is None or spec.origin is None:
        raise OcrUnavailable("未安装 rapidocr")
    models = Path(spec.origin).parent / "models"
    params: dict[str, Any] = {"Global.log_level": "error"}
    for key, file_name in _BUNDLED_MODELS.items():
        path = models / file_name
        if not path.is_file():
            raise OcrUnavailable(f"rapidocr 自带模型缺失：{file_name}")
        params[key] = str(path)
    threads = os.environ.get("ANJUAN_OCR_THREADS", "").strip()  # set by batch workers: cores / workers each
    if threads.isdigit() and int(threads) > 0:
        params["EngineConfig.onnxruntime.intra_op_num_threads"] = int(threads)
    return params


def _get_engine() -> Any:
    global _engine, _engine_error
    with _engine_lock:
        if _engine is not None:
            return _engine
        if _engine_error is not None:
            raise OcrUnavailable(_engine_error)
        try:
            params = _bundled_model_params()
            from rapidocr import RapidOCR

            _engine = RapidOCR(params=params)
        except OcrUnavailable as exc:
            _engine_error = str(exc)
            raise
        except Exception as exc:  # third-party boundary: rapidocr's own errors derive from bare Exception
            _engine_error = f"OCR引擎无法启动（{type(exc).__name__}: {exc}）"
            raise OcrUnavailable(_engine_error) from exc
        return _engine


def _engine_boxes(gray: np.ndarray) -> list[tuple[str, list[list[float]], float]]:
    """Run the engine on a grey image: (text, 4 corner points in pixels, score) per box, in emission order."""
    engine = _get_engine()
    with _run_lock:
        try:
            out = engine(gray)
        except Exception as exc:  # third-party boundary, see _get_engine
            raise OcrUnavailable(f"OCR失败（{type(exc).__name__}: {exc}）") from exc
    txts = getattr(out, "txts", None)
    boxes = getattr(out, "boxes", None)
    scores = getattr(out, "scores", None)
    if not txts or boxes is None or scores is None:
        return []
    return [
        (str(t), np.asarray(b, dtype=float).tolist(), float(s)) for t, b, s in zip(txts, boxes, scores, strict=True)
    ]


# ----------------------------------------------------------------------------------------------------------------------
# Cache
# ----------------------------------------------------------------------------------------------------------------------
def cache_dir() -> Path:
    root = os.environ.get("ANJUAN_CACHE_DIR") or platformdirs.user_cache_dir("anjuan")
    return Path(root) / "ocr"


def _cache_key(gray: Image.Image, dpi: float) -> str:
    h = hashlib.sha256()
    h.update(
        f"anjuan-ocr/{CACHE_FORMAT}|{engine_version()}|dpi={dpi:g}|{gray.mode}|{gray.width}x{gray.height}|".encode()
    )
    h.update(gray.tobytes())
    return h.hexdigest()


def _cache_path(key: str) -> Path:
    return cache_dir() / key[:2] / f"{key}.json"


def _cache_read(key: str) -> list[OcrBox] | None:
    path = _cache_path(key)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != CACHE_FORMAT:
            return None
        return [
            OcrBox(
                text=str(item["text"]),
                bbox=BBox(x0=item["box"][0], top=item["box"][1], x1=item["box"][2], bottom=item["box"][3]),
                confidence=float(item["confidence"]),
            )
            for item in data["lines"]
        ]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:  # a damaged entry is recomputed
        log.warning("ignoring damaged OCR cache entry %s: %s", path, exc)
        return None


def _cache_write(key: str, boxes: list[OcrBox]) -> None:
    path = _cache_path(key)
    payload = {
        "format": CACHE_FORMAT,
        "engine": engine_version(),
        "lines": [
            {"text": b.text, "box": [b.bbox.x0, b.bbox.top, b.bbox.x1, b.bbox.bottom], "confidence": b.confidence}
            for b in boxes
        ],
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:  # a read-only or full cache only costs speed
        log.warning("could not write OCR cache entry %s: %s", path, exc)


# ----------------------------------------------------------------------------------------------------------------------
# Recognition and layout
# ----------------------------------------------------------------------------------------------------------------------
def recognize(image: Image.Image, dpi: float = DEFAULT_DPI) -> list[OcrBox]:
    """The text boxes of ``image`` (rendered or scanned at ``dpi``), boxes in points, in the engine's order.

    Raises ``OcrUnavailable`` when the engine cannot run. Cached: the engine is not called for an image seen before.
    """
    gray = image if image.mode == "L" else image.convert("L")
    key = _cache_key(gray, dpi)
    cached = _cache_read(key)
    if cached is not None:
        return cached
    scale = 72.0 / dpi
    boxes: list[OcrBox] = []
    for text, pts, score in _engine_boxes(np.asarray(gray)):
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        bbox = BBox(x0=min(xs) * scale, top=min(ys) * scale, x1=max(xs) * scale, bottom=max(ys) * scale)
        boxes.append(OcrBox(text=text, bbox=bbox, confidence=score))
    _cache_write(key, boxes)
    return boxes


def _rows(boxes: list[OcrBox]) -> list[list[OcrBox]]:
    """Cluster boxes into visual rows: a box joins a row when its centre lies within half a line height of it."""
    rows: list[list[OcrBox]] = []
    centres: list[float] = []
    heights: list[float] = []
    for box in sorted(boxes, key=lambda b: ((b.bbox.top + b.bbox.bottom) / 2, b.bbox.x0)):
        centre = (box.bbox.top + box.bbox.bottom) / 2
        height = max(box.bbox.bottom - box.bbox.top, 1e-6)
        if rows and abs(centre - centres[-1]) <= 0.5 * min(height, heights[-1]):
            row = rows[-1]
            row.append(box)
            centres[-1] = sum((b.bbox.top + b.bbox.bottom) / 2 for b in row) / len(row)
            heights[-1] = sum(b.bbox.bottom - b.bbox.top for b in row) / len(row)
        else:
            rows.append([box])
            centres.append(centre)
            heights.append(height)
    return [sorted(row, key=lambda b: b.bbox.x0) for row in rows]


def _separator(left: OcrBox, right: OcrBox) -> str:
    """Nothing between two pieces of CJK text close together; a space otherwise (table cells, Latin words)."""
    gap = right.bbox.x0 - left.bbox.x1
    height = min(left.bbox.bottom - left.bbox.top, right.bbox.bottom - right.bbox.top)
    a, b = left.text.strip(), right.text.strip()
    cjk = bool(a and b and CJK_TEXT_CHAR.match(a[-1]) and CJK_TEXT_CHAR.match(b[0]))
    return "" if cjk and gap < height else " "


def layout(boxes: list[OcrBox]) -> tuple[str, tuple[Line, ...]]:
    """Page text (rows joined by "\\n") and one ``Line`` per box, with its span, box and confidence."""
    parts: list[str] = []
    lines: list[Line] = []
    pos = 0
    for r, row in enumerate(_rows([b for b in boxes if b.text.strip()])):
        if r:
            parts.append("\n")
            pos += 1
        for i, box in enumerate(row):
            if i:
                sep = _separator(row[i - 1], box)
                parts.append(sep)
                pos += len(sep)
            text = box.text.strip()
            parts.append(text)
            lines.append(Line(span=(pos, pos + len(text)), bbox=box.bbox, confidence=box.confidence))
            pos += len(text)
    return "".join(parts), tuple(lines)
