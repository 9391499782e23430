"""load_pages: folders, ZIPs, type detection, page numbering, issues and the whole-input error."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from extractors.errors import ExtractionError
from extractors.ingest import load_pages
from extractors.sources import natural_key
from tests.extractors.ingest_builders import (
    DECISION,
    FILING,
    INQUIRY,
    build_docx,
    build_zip,
    png_bytes,
    text_image,
    text_pdf,
    write,
)


@pytest.fixture(autouse=True)
def _cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANJUAN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("ANJUAN_MAX_FILE_MB", raising=False)


def txt(lines: list[str]) -> bytes:
    return "\n".join(lines).encode("utf-8")


def codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [i.code for i in result.issues]


# ---- natural order and folders ---------------------------------------------------------------------------------------
def test_natural_key_orders_digit_runs_numerically() -> None:
    names = ["第10页.pdf", "第2页.pdf", "第1页.pdf", "卷10/a.pdf", "卷2/b.pdf", "10.pdf", "2.pdf", "封面.pdf"]
    assert sorted(names, key=natural_key) == [
        "2.pdf",
        "10.pdf",
        "卷2/b.pdf",
        "卷10/a.pdf",
        "封面.pdf",
        "第1页.pdf",
        "第2页.pdf",
        "第10页.pdf",
    ]


def test_folder_is_walked_recursively_in_natural_order_skipping_junk(tmp_path: Path) -> None:
    root = tmp_path / "案卷"
    write(root / "第10页.txt", txt(DECISION))
    write(root / "第2页.txt", txt(INQUIRY))
    write(root / "第1页.txt", txt(FILING))
    write(root / "附件" / "2.txt", "附件二：营业执照复印件（与原件核对一致）".encode())
    write(root / ".DS_Store", b"\x00\x00\x00\x01Bud1")
    write(root / "Thumbs.db", b"junk")
    write(root / "~$第1页.docx", b"lock")
    write(root / "__MACOSX" / "._第1页.txt", b"junk")
    write(root / ".git" / "config", b"junk")

    result = load_pages([root])
    assert [p.file for p in result.pages] == ["第1页.txt", "第2页.txt", "第10页.txt", "附件/2.txt"]
    assert [p.number for p in result.pages] == [1, 2, 3, 4]
    assert result.pages[1].text.split("\n") == INQUIRY
    assert result.issues == ()
    assert [f.path for f in result.files] == ["第1页.txt", "第2页.txt", "第10页.txt", "附件/2.txt"]


def test_single_file_is_named_by_its_file_name(tmp_path: Path) -> None:
    path = write(tmp_path / "sub" / "决定书.pdf", text_pdf([DECISION]))
    result = load_pages([path])
    assert [p.file for p in result.pages] == ["决定书.pdf"]
    (source,) = result.files
    assert source.kind == "pdf" and source.pages == 1
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


# ---- several inputs form one dossier ---------------------------------------------------------------------------------
def test_paths_together_form_one_dossier_with_one_bad_file(tmp_path: Path) -> None:
    a = write(tmp_path / "立案审批表.pdf", text_pdf([FILING, INQUIRY]))
    bad = write(tmp_path / "坏文件.pdf", text_pdf([DECISION])[:300])
    c = write(
        tmp_path / "决定书.docx",
        build_docx([*DECISION, "PAGE", "送达回证：受送达人成都某某商贸有限公司，送达方式直接送达。"]),
    )
    result = load_pages([a, bad, c, tmp_path / "不存在.pdf"])
    assert [(p.file, p.file_page, p.number) for p in result.pages] == [
        ("立案审批表.pdf", 1, 1),
        ("立案审批表.pdf", 2, 2),
        ("决定书.docx", 1, 3),
        ("决定书.docx", 2, 4),
    ]
    assert [(i.code, i.file, i.severity) for i in result.issues] == [
        ("E101", "坏文件.pdf", "error"),
        ("E113", str(tmp_path / "不存在.pdf"), "error"),
    ]
    assert [(f.path, f.kind, f.pages) for f in result.files] == [
        ("立案审批表.pdf", "pdf", 2),
        ("坏文件.pdf", "pdf", 0),
        ("决定书.docx", "docx", 2),
    ]


def test_page_issues_carry_the_dossier_wide_page_number(tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", txt(FILING))
    b = write(tmp_path / "b.pdf", text_pdf([INQUIRY, []]))
    result = load_pages([a, b], ocr="never")
    assert [(i.code, i.file, i.page) for i in result.issues] == [("E110", "b.pdf", 3)]
    assert result.pages[2].locate(0, 0).page == 3


def test_progress_is_reported_per_page(tmp_path: Path) -> None:
    a = write(tmp_path / "a.pdf", text_pdf([FILING, INQUIRY, DECISION]))
    b = write(tmp_path / "b.txt", txt(FILING))
    calls: list[tuple[str, int, int]] = []
    load_pages([a, b], progress=lambda stage, done, total: calls.append((stage, done, total)))
    assert calls == [("a.pdf", 1, 3), ("a.pdf", 2, 3), ("a.pdf", 3, 3), ("b.txt", 1, 1)]


# ---- type detection --------------------------------------------------------------------------------------------------
def test_type_comes_from_magic_bytes_before_extension(tmp_path: Path) -> None:
    docx_named_pdf = write(tmp_path / "1.pdf", build_docx(FILING))
    pdf_named_docx = write(tmp_path / "2.docx", text_pdf([INQUIRY]))
    result = load_pages([docx_named_pdf, pdf_named_docx])
    assert [(p.file, p.source) for p in result.pages] == [("1.pdf", "docx"), ("2.docx", "text_layer")]
    assert [f.kind for f in result.files] == ["docx", "pdf"]


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("空.pdf", b"", "E103"),
        ("笔录.docx", "这不是Word文档".encode(), "E109"),
        ("表格.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "E105"),
        ("数据.bin", b"\x01\x02\x03\x04", "E105"),
        ("扫描.jpg", b"not really a jpeg", "E101"),
    ],
)
def test_bad_single_file_raises_extraction_error(tmp_path: Path, name: str, data: bytes, code: str) -> None:
    path = write(tmp_path / name, data)
    with pytest.raises(ExtractionError) as err:
        load_pages([path])
    assert err.value.code == code
    assert err.value.file == name
    assert str(err.value).startswith(f"{name}: ")


def test_corrupt_pdf_alone_raises_e101(tmp_path: Path) -> None:
    path = write(tmp_path / "决定书.pdf", text_pdf([DECISION])[:500])
    with pytest.raises(ExtractionError) as err:
        load_pages([path])
    assert (err.value.code, err.value.file) == ("E101", "决定书.pdf")
    assert "文件已损坏或无法解析" in str(err.value)


def test_missing_path_alone_raises_e113(tmp_path: Path) -> None:
    with pytest.raises(ExtractionError) as err:
        load_pages([tmp_path / "nowhere"])
    assert err.value.code == "E113"


def test_nothing_readable_in_a_folder_raises_e111(tmp_path: Path) -> None:
    (tmp_path / "空文件夹").mkdir()
    with pytest.raises(ExtractionError) as err:
        load_pages([tmp_path / "空文件夹"])
    assert err.value.code == "E111"
    write(tmp_path / "两个坏文件" / "a.pdf", b"")
    write(tmp_path / "两个坏文件" / "b.bin", b"??")
    with pytest.raises(ExtractionError) as err:
        load_pages([tmp_path / "两个坏文件"])
    assert err.value.code == "E111" and "2个文件" in err.value.message


def test_file_over_the_size_limit_is_e112(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANJUAN_MAX_FILE_MB", "0.01")  # about 10 kB
    small = write(tmp_path / "a.txt", txt(FILING))
    big = write(tmp_path / "b.txt", "罚款".encode() * 10_000)
    result = load_pages([small, big])
    assert [p.file for p in result.pages] == ["a.txt"]
    assert codes(result) == ["E112"]


def test_unknown_ocr_mode_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        load_pages([write(tmp_path / "a.txt", txt(FILING))], ocr="sometimes")  # type: ignore[arg-type]


# ---- ZIP archives ----------------------------------------------------------------------------------------------------
def test_zip_members_in_natural_order_with_gbk_names(tmp_path: Path) -> None:
    archive = build_zip(
        {
            "案卷/第10页.txt": txt(DECISION),
            "案卷/第2页.txt": txt(INQUIRY),
            "案卷/第1页.pdf": text_pdf([FILING]),
            "__MACOSX/案卷/._第1页.pdf": b"junk",
            "案卷/.DS_Store": b"junk",
        },
        gbk_names=True,
    )
    path = write(tmp_path / "案卷.zip", archive)
    result = load_pages([path])
    assert [p.file for p in result.pages] == [
        "案卷.zip/案卷/第1页.pdf",
        "案卷.zip/案卷/第2页.txt",
        "案卷.zip/案卷/第10页.txt",
    ]
    assert result.pages[0].source == "text_layer"
    assert result.issues == ()
    assert result.files[1].sha256 == hashlib.sha256(txt(INQUIRY)).hexdigest()


def test_zip_member_with_parent_path_is_skipped_and_never_written(tmp_path: Path) -> None:
    archive = build_zip({"../../evil.txt": b"evil", "/etc/evil.txt": b"evil", "ok/询问笔录.txt": txt(INQUIRY)})
    work = tmp_path / "work"
    path = write(work / "in.zip", archive)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    result = load_pages([path])
    assert [p.file for p in result.pages] == ["in.zip/ok/询问笔录.txt"]
    assert [(i.code, i.severity) for i in result.issues] == [("E106", "error"), ("E106", "error")]
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert not (tmp_path / "evil.txt").exists()


def test_zip_bomb_member_is_e107(tmp_path: Path) -> None:
    archive = build_zip({"zeros.txt": b"\x00" * (20 * 1024 * 1024), "决定书.txt": txt(DECISION)})
    assert len(archive) < 200_000
    result = load_pages([write(tmp_path / "bomb.zip", archive)])
    assert [p.file for p in result.pages] == ["bomb.zip/决定书.txt"]
    assert [(i.code, i.file) for i in result.issues] == [("E107", "bomb.zip/zeros.txt")]


def test_zip_with_too_many_members_is_e107(tmp_path: Path) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as zf:
        for k in range(5001):
            zf.writestr(f"{k}.txt", "x")
    with pytest.raises(ExtractionError) as err:
        load_pages([path])
    assert err.value.code == "E107"


def test_nested_zip_one_level_is_read_deeper_is_refused(tmp_path: Path) -> None:
    inner = build_zip({"笔录.txt": txt(INQUIRY)})
    innermost = build_zip({"deep.txt": txt(DECISION)})
    middle = build_zip({"深层.zip": innermost})
    outer = build_zip({"3再嵌套.zip": middle, "2材料.zip": inner, "1立案.txt": txt(FILING)})
    result = load_pages([write(tmp_path / "outer.zip", outer)])
    assert [p.file for p in result.pages] == ["outer.zip/1立案.txt", "outer.zip/2材料.zip/笔录.txt"]
    assert [(i.code, i.file) for i in result.issues] == [("E107", "outer.zip/3再嵌套.zip/深层.zip")]


def test_corrupt_zip_in_a_folder_is_an_issue(tmp_path: Path) -> None:
    write(tmp_path / "d" / "a.txt", txt(FILING))
    write(tmp_path / "d" / "b.zip", build_zip({"x.txt": txt(INQUIRY)})[:40])
    result = load_pages([tmp_path / "d"])
    assert [p.file for p in result.pages] == ["a.txt"]
    assert [(i.code, i.file) for i in result.issues] == [("E101", "b.zip")]


# ---- scans inside a dossier ------------------------------------------------------------------------------------------
@pytest.mark.ocr
def test_scanned_image_in_a_folder_is_ocred(tmp_path: Path) -> None:
    root = tmp_path / "案卷"
    write(root / "1.pdf", text_pdf([FILING]))
    write(root / "2.png", png_bytes(text_image([((40, 80), "送达回证")], size=(700, 300))))
    result = load_pages([root])
    assert [(p.file, p.source, p.number) for p in result.pages] == [("1.pdf", "text_layer", 1), ("2.png", "ocr", 2)]
    assert result.pages[1].text == "送达回证"
    assert result.files[1].kind == "image"
