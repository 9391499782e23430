"""Office exports of the 单卷评查表."""

from review.export.docx_report import write_docx
from review.export.xlsx_report import write_xlsx

__all__ = ["write_docx", "write_xlsx"]
