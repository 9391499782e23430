"""Where a dossier's bytes come from: folders in natural order, ZIP archives read safely, file types by magic bytes.

Nothing here parses a document; ``extractors.ingest`` hands the bytes to a backend.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path, PurePosixPath
from typing import Literal

from extractors.backends.base import issue
from extractors.errors import (
    E101_UNREADABLE,
    E106_UNSAFE_ARCHIVE,
    E107_ARCHIVE_BOMB,
    E112_TOO_LARGE,
)
from extractors.model import ExtractionIssue
from extractors.patterns import DIGIT_RUN, JUNK_PATH_PART, UNSAFE_MEMBER_NAME

MAX_ARCHIVE_TOTAL = 2 * 1024**3  # uncompressed bytes in one archive
MAX_ARCHIVE_MEMBERS = 5000
BOMB_MEMBER_SIZE = 10 * 1024**2  # the ratio test applies to members larger than this
MAX_MEMBER_RATIO = 100
_CHUNK = 1024 * 1024

Kind = Literal["pdf", "docx", "zip", "image", "txt", "legacy_doc", "not_docx", "not_pdf", "bad_image", "unknown"]

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"}
DOCX_SUFFIXES = {".docx", ".docm", ".dotx"}
OTHER_OOXML_SUFFIXES = {".xlsx", ".xlsm", ".pptx", ".odt", ".ods", ".odp", ".epub", ".ofd"}
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


# --------------------------------------------------------------------------------------------------------------------
# Names and folders
# --------------------------------------------------------------------------------------------------------------------
def natural_key(name: str) -> tuple[object, ...]:
    """Sort key comparing digit runs as numbers, path component by component: "第2页" < "第10页", "a/9" < "a/10"."""
    key: list[object] = []
    for part in PurePosixPath(name).parts:
        chunks = DIGIT_RUN.split(part.casefold())  # text, digits, text, digits, …, text
        key.append(tuple(int(c) if i % 2 else c for i, c in enumerate(chunks)))
    return (tuple(key), name)


def is_junk(name: str) -> bool:
    """Hidden files and folders, __MACOSX, Thumbs.db, .DS_Store, desktop.ini, Office lock files (~$…)."""
    return any(JUNK_PATH_PART.match(part) for part in PurePosixPath(name).parts)


def walk_folder(root: Path) -> tuple[list[tuple[str, Path]], list[ExtractionIssue]]:
    """Regular files under ``root`` as (name relative to root, path), in natural order; junk skipped."""
    found: list[tuple[str, Path]] = []
    problems: list[ExtractionIssue] = []

    def on_error(err: OSError) -> None:
        name = Path(err.filename).relative_to(root).as_posix() if err.filename else root.name
        problems.append(issue(E101_UNREADABLE, name, detail=f"无法读取文件夹（{err.strerror}）", severity="error"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = [d for d in dirnames if not JUNK_PATH_PART.match(d)]
        for file_name in filenames:
            path = Path(dirpath) / file_name
            if JUNK_PATH_PART.match(file_name) or not path.is_file():
                continue
            found.append((path.relative_to(root).as_posix(), path))
    found.sort(key=lambda item: natural_key(item[0]))
    return found, problems


# --------------------------------------------------------------------------------------------------------------------
# Type detection
# --------------------------------------------------------------------------------------------------------------------
def _zip_names(data: bytes) -> list[str] | None:
    try:
        with zipfile.ZipFile(BytesIO(data)) as zf:
            return zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def detect_kind(data: bytes, name: str) -> Kind:
    """The file type from magic bytes first, then the extension (a PDF named .docx is still a PDF)."""
    head = data[:1024]
    suffix = PurePosixPath(name).suffix.lower()
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(_ZIP_MAGIC):
        names = _zip_names(data)
        if names is not None and "word/document.xml" in names:
            return "docx"
        if suffix in DOCX_SUFFIXES:
            return "not_docx"
        if suffix in OTHER_OOXML_SUFFIXES:
            return "unknown"
        return "zip"
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    if head.startswith(_OLE_MAGIC):
        return "legacy_doc"
    if suffix in DOCX_SUFFIXES:
        return "not_docx"
    if suffix == ".pdf":
        return "not_pdf"
    if suffix in IMAGE_SUFFIXES:
        return "bad_image"
    if suffix in (".txt", ".text"):
        return "txt"
    return "unknown"


# --------------------------------------------------------------------------------------------------------------------
# ZIP archives
# --------------------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Member:
    name: str  # "archive.zip/inner/path.pdf"
    data: bytes


def member_name(info: zipfile.ZipInfo) -> str:
    """The member's real name: zipfile decodes unflagged names as CP437, but Chinese tools write GBK (or UTF-8)."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, refusing to inflate more than it declares (a lying header is a bomb, too)."""
    out = bytearray()
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            out += chunk
            if len(out) > info.file_size:
                raise OverflowError("解压后大小超过声明")
    return bytes(out)


def iter_zip(data: bytes, label: str, max_member_bytes: int) -> Iterator[Member | ExtractionIssue]:
    """Members of the archive ``label`` in natural order, or issues for the ones that are skipped.

    Never writes to disk. Unsafe names (E106) and bomb-like members (E107) are skipped; an archive over the total
    size or member count limits yields one E107 and nothing else.
    """
    try:
        zf = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield issue(E101_UNREADABLE, label, detail=f"压缩包无法打开（{exc}）", severity="error")
        return
    with zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        total = sum(i.file_size for i in infos)
        if len(infos) > MAX_ARCHIVE_MEMBERS or total > MAX_ARCHIVE_TOTAL:
            detail = f"{len(infos)}个文件，解压后共{total / 1024**3:.1f} GiB"
            yield issue(E107_ARCHIVE_BOMB, label, detail=detail, severity="error")
            return
        named = sorted(((member_name(i), i) for i in infos), key=lambda item: natural_key(item[0].replace("\\", "/")))
        for raw_name, info in named:
            yield from _member(zf, info, raw_name, label, max_member_bytes)


def _member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, raw_name: str, label: str, max_member_bytes: int
) -> Iterator[Member | ExtractionIssue]:
    if UNSAFE_MEMBER_NAME.search(raw_name):
        yield issue(E106_UNSAFE_ARCHIVE, f"{label}/{raw_name}", detail="已跳过", severity="error")
        return
    name = raw_name.replace("\\", "/")
    if is_junk(name):
        return
    full = f"{label}/{name}"
    if info.file_size > max_member_bytes:
        yield issue(E112_TOO_LARGE, full, detail=f"{info.file_size / 1024**2:.0f} MB", severity="error")
        return
    if info.file_size > BOMB_MEMBER_SIZE and info.file_size > MAX_MEMBER_RATIO * max(info.compress_size, 1):
        ratio = info.file_size / max(info.compress_size, 1)
        yield issue(E107_ARCHIVE_BOMB, full, detail=f"压缩比{ratio:.0f}:1，已跳过", severity="error")
        return
    if info.flag_bits & 0x1:
        yield issue(E101_UNREADABLE, full, detail="压缩包成员设有密码", severity="error")
        return
    try:
        yield Member(full, _read_member(zf, info))
    except OverflowError as exc:
        yield issue(E107_ARCHIVE_BOMB, full, detail=str(exc), severity="error")
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        yield issue(E101_UNREADABLE, full, detail=f"压缩包成员无法解压（{exc}）", severity="error")
