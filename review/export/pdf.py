"""DOCX -> PDF with LibreOffice headless (stack.md §7), for every printable export (评查表, 通报, 典型案例汇编): a
private profile per run (-env:UserInstallation) so concurrent conversions never collide, and a fontconfig file mapping
the Chinese office fonts to Noto CJK (宋体/仿宋/楷体 → Noto Serif CJK SC, 黑体 → Noto Sans CJK SC), so the PDF prints
in proper CJK fonts on a machine without the Windows fonts."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

SERIF = ("宋体", "SimSun", "仿宋", "FangSong", "仿宋_GB2312", "楷体", "KaiTi", "楷体_GB2312", "宋体-简")
SANS = ("黑体", "SimHei", "微软雅黑", "Microsoft YaHei")


class PdfError(RuntimeError):
    """The PDF could not be made; ``str`` is the Chinese reason."""


def fonts_conf() -> str:
    def alias(names: tuple[str, ...], target: str) -> str:
        return "".join(
            f'<match target="pattern"><test qual="any" name="family"><string>{n}</string></test>'
            f'<edit name="family" mode="assign" binding="strong"><string>{target}</string></edit></match>'
            for n in names
        )

    return (
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        + alias(SERIF, "Noto Serif CJK SC")
        + alias(SANS, "Noto Sans CJK SC")
        + "</fontconfig>"
    )


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(docx: bytes, timeout: float = 180) -> bytes:
    exe = soffice()
    if exe is None:
        raise PdfError("未安装 LibreOffice（libreoffice-writer-nogui），无法生成PDF；可先导出DOCX打印")
    with tempfile.TemporaryDirectory(prefix="anjuan-pdf-") as tmp:
        root = Path(tmp)
        (root / "fonts.conf").write_text(fonts_conf(), encoding="utf-8")
        src = root / "document.docx"
        src.write_bytes(docx)
        env = {**os.environ, "FONTCONFIG_FILE": str(root / "fonts.conf"), "HOME": str(root)}
        cmd = [
            exe,
            f"-env:UserInstallation={(root / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(root / "out"),
            str(src),
        ]
        try:
            subprocess.run(cmd, env=env, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as err:
            raise PdfError("LibreOffice 转换超时") from err
        out = root / "out" / "document.pdf"
        if not out.is_file() or out.stat().st_size == 0:
            raise PdfError("LibreOffice 未能生成PDF")
        return out.read_bytes()
