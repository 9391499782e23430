"""The anonymised dossier text as the 导出 page downloads it: TXT (pages separated by a marker line) or DOCX (宋体, one
page of the dossier per page, its number and file as a small heading), from ``review.anonymize``'s result."""

from __future__ import annotations

import io

from docx import Document
from docx.shared import Pt

from extractors.model import Dossier
from review.anonymize.api import anonymize_dossier
from review.anonymize.model import AnonymizedDossier, Style
from review.export.docx_report import set_font

STYLES = {
    Style.MOUYOU.value: "某某（张某、某某商贸有限公司）",
    Style.JIAYI.value: "甲乙丙（甲、乙，甲商贸有限公司）",
    Style.STARS.value: "***（张**、**商贸有限公司）",
}
KINDS = {
    "person": ("自然人", "名"),
    "company": ("企业或组织", "家"),
    "credit_code": ("统一社会信用代码", "个"),
    "id_number": ("身份证号", "个"),
    "phone": ("电话号码", "个"),
    "address": ("地址", "处"),
    "plate": ("车牌号", "个"),
    "bank_account": ("银行账号", "个"),
    "cert_no": ("执法证号", "个"),
    "email": ("电子邮箱", "个"),
    "account": ("微信号/QQ", "个"),
}
TITLE = "案卷文字（已匿名化）"


def anonymize(dossier: Dossier, style: str, keep_officers: bool) -> AnonymizedDossier:
    return anonymize_dossier(dossier, style=style, keep_officers=keep_officers)


def replaced_text(anon: AnonymizedDossier) -> str:
    """'自然人 5 名、企业或组织 2 家、…' (what was replaced, never the values)."""
    parts = []
    order = list(KINDS)
    for kind, n in sorted(anon.replaced.items(), key=lambda kv: order.index(kv[0]) if kv[0] in KINDS else 99):
        label, unit = KINDS.get(kind, (kind, "个"))
        parts.append(f"{label} {n} {unit}")
    return "、".join(parts) or "未发现需要替换的信息"


def _note(anon: AnonymizedDossier) -> str:
    keep = "，执法人员姓名保留" if anon.keep_officers else ""
    return f"替换方式：{STYLES[anon.style.value].split('（')[0]}{keep}。已替换：{replaced_text(anon)}。"


def txt_bytes(anon: AnonymizedDossier) -> bytes:
    out = [TITLE, _note(anon), ""]
    for p in anon.pages:
        out += [f"—— 第{p.number}页（{p.file}）——", p.text.rstrip(), ""]
    return ("\n".join(out) + "\n").encode("utf-8")


def docx_bytes(anon: AnonymizedDossier) -> bytes:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)
    set_font(doc.add_paragraph().add_run(TITLE), "黑体", 16, True)
    set_font(doc.add_paragraph().add_run(_note(anon)), size=9)
    for i, p in enumerate(anon.pages):
        head = doc.add_paragraph()
        if i:
            head.paragraph_format.page_break_before = True
        set_font(head.add_run(f"第{p.number}页（{p.file}）"), "黑体", 9)
        for line in p.text.rstrip().split("\n"):
            para = doc.add_paragraph()
            para.paragraph_format.space_after = Pt(0)
            set_font(para.add_run(line), size=10.5)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
