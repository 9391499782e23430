"""Coded extraction problems (E1xx). Codes are never reused or renumbered."""

from __future__ import annotations


class ExtractionError(Exception):
    """Bad input that stops a whole extraction (a single file given, or nothing readable at all).

    ``str(err)`` is the one line a user sees: the file and the reason.
    """

    def __init__(self, code: str, file: str | None, message: str) -> None:
        self.code = code
        self.file = file
        self.message = message
        super().__init__(f"{file}: {message}" if file else message)


# code -> Chinese message template (what a reviewer reads)
E101_UNREADABLE = "E101"  # corrupt / unparsable file
E102_ENCRYPTED = "E102"  # password-protected PDF
E103_EMPTY = "E103"  # 0-byte file
E104_GARBLED_TEXT_LAYER = "E104"  # text layer garbled -> OCR used
E105_UNSUPPORTED = "E105"  # unknown file type
E106_UNSAFE_ARCHIVE = "E106"  # ZIP member with ../ or absolute path
E107_ARCHIVE_BOMB = "E107"  # ZIP ratio or size that smells of a bomb
E108_NO_TEXT = "E108"  # page/image with no recognisable text
E109_NOT_A_DOCX = "E109"  # .docx that is not a zip / not Word
E110_OCR_UNAVAILABLE = "E110"  # scanned page but OCR disabled or failed
E111_EMPTY_DOSSIER = "E111"  # nothing readable in the whole dossier
E112_TOO_LARGE = "E112"  # file over the configured size limit
E113_NOT_FOUND = "E113"  # path does not exist

MESSAGES: dict[str, str] = {
    E101_UNREADABLE: "文件已损坏或无法解析",
    E102_ENCRYPTED: "PDF已加密，无法读取",
    E103_EMPTY: "空文件（0字节）",
    E104_GARBLED_TEXT_LAYER: "文字层乱码，已改用OCR",
    E105_UNSUPPORTED: "不支持的文件类型",
    E106_UNSAFE_ARCHIVE: "压缩包内含不安全路径（../ 或绝对路径）",
    E107_ARCHIVE_BOMB: "压缩包解压比异常，疑似压缩炸弹",
    E108_NO_TEXT: "未识别到文字",
    E109_NOT_A_DOCX: "不是有效的Word文档（DOCX）",
    E110_OCR_UNAVAILABLE: "扫描页未做OCR（已关闭OCR或OCR失败）",
    E111_EMPTY_DOSSIER: "案卷中没有可读取的文件",
    E112_TOO_LARGE: "文件超过大小上限",
    E113_NOT_FOUND: "路径不存在",
}
