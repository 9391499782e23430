"""Files in, a stored review out: store the files by hash, recognise a re-upload, extract (once per dossier), review,
and keep the result. Called from the UI's background worker, so OCR never runs inside a script rerun."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from checklists.loader import get_pack, get_profile
from extractors.pipeline import Progress, extract_dossier
from review.pipeline import DEFAULT_PROFILE, choose_pack, review_dossier
from review.storage.store import Store

ALLOWED_SUFFIXES = (".pdf", ".docx", ".txt", ".zip", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp")
DEFAULT_MAX_UPLOAD_MB = 200


class UploadError(ValueError):
    """An upload that cannot become a dossier; ``str`` is the Chinese message a reviewer reads."""


@dataclass(frozen=True)
class Intake:
    review_id: int
    reused: bool  # this reviewer had already reviewed these very files with this pack and profile
    extracted_before: bool  # another review had already read these files (no OCR this time)


def safe_name(name: str, taken: set[str]) -> str:
    """A plain file name (no folders, no leading dots), unique within the dossier."""
    base = PurePosixPath(name.replace("\\", "/")).name.lstrip(".") or "文件"
    stem, suffix = PurePosixPath(base).stem, PurePosixPath(base).suffix
    out, n = base, 2
    while out in taken:
        out, n = f"{stem}({n}){suffix}", n + 1
    taken.add(out)
    return out


def check_uploads(files: Sequence[tuple[str, bytes]], max_mb: float) -> list[tuple[str, bytes]]:
    """Names made safe; UploadError for no files, a type anjuan cannot read, an empty file or a dossier too large."""
    if not files:
        raise UploadError("请先选择案卷文件（PDF、DOCX、TXT、图片或 ZIP）")
    bad = [n for n, _ in files if not n.lower().endswith(ALLOWED_SUFFIXES)]
    if bad:
        allowed = "、".join(s.lstrip(".").upper() for s in ALLOWED_SUFFIXES)
        raise UploadError(f"不支持的文件类型：{'、'.join(bad)}（可上传 {allowed}）")
    empty = [n for n, data in files if not data]
    if empty:
        raise UploadError(f"空文件（0字节）：{'、'.join(empty)}")
    total = sum(len(data) for _, data in files)
    if total > max_mb * 1024 * 1024:
        raise UploadError(f"案卷过大：共 {total / 1048576:.1f} MB，上限为 {max_mb:g} MB（可设置 ANJUAN_MAX_UPLOAD_MB）")
    taken: set[str] = set()
    return [(safe_name(n, taken), data) for n, data in files]


def review_files(
    store: Store,
    files: Sequence[tuple[str, bytes]],
    reviewer: str,
    label: str,
    pack: str | None = None,
    profile: str | None = None,
    ocr: str = "auto",
    progress: Progress | None = None,
) -> Intake:
    """Store, extract and review one dossier for ``reviewer``; raises ExtractionError/PackError for bad input."""
    profile = profile or DEFAULT_PROFILE
    prof = get_profile(profile)
    if pack:
        get_pack(pack)  # an unknown pack fails before any work
    key, _ = store.put_files(list(files), label)
    existing = store.find_review(key, reviewer, pack or "", profile)
    if existing is not None:
        return Intake(existing, reused=True, extracted_before=True)
    dossier = store.extracted(key)
    extracted_before = dossier is not None
    if dossier is None:
        with tempfile.TemporaryDirectory(prefix="anjuan-") as tmp:
            folder = Path(tmp) / "dossier"
            folder.mkdir()
            for name, data in files:
                (folder / name).write_bytes(data)
            dossier = extract_dossier([folder], ocr=ocr, progress=progress)  # type: ignore[arg-type]
    report = review_dossier(dossier, choose_pack(dossier, pack), prof)
    review_id = store.create_review(key, reviewer, pack or "", dossier, report)
    return Intake(review_id, reused=False, extracted_before=extracted_before)
