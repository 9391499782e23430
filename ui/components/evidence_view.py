"""Evidence you can open: the page it quotes — the rendered image for a PDF or image (the quoted words boxed in
yellow), the text for DOCX/TXT (the quoted words marked)."""

from __future__ import annotations

import html
import io

import pypdfium2 as pdfium
import streamlit as st
from PIL import Image, ImageDraw

from checklists.model import Evidence
from extractors.model import BBox, Page
from review.storage import Store, StoredFile
from review.storage.files import page_source
from ui.components.context import ReviewCtx

SCALE = 1.6


def _draw(img: Image.Image, boxes: tuple[tuple[float, float, float, float], ...], scale: float) -> bytes:
    img = img.convert("RGB")
    overlay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for x0, top, x1, bottom in boxes:
        rect = (x0 * scale - 3, top * scale - 3, x1 * scale + 3, bottom * scale + 3)
        draw.rectangle(rect, fill=(255, 221, 0, 70), outline=(230, 60, 0, 255), width=3)
    out = Image.alpha_composite(img.convert("RGBA"), overlay).convert("RGB")
    buf = io.BytesIO()
    out.save(buf, format="PNG", optimize=False)
    return buf.getvalue()


@st.cache_data(max_entries=48, show_spinner=False)
def page_image(
    _store: Store,
    _files: list[StoredFile],
    dossier_key: str,
    page_file: str,
    file_page: int,
    boxes: tuple[tuple[float, float, float, float], ...],
    page_width: float | None = None,
) -> bytes | None:
    """The page as PNG with the boxes drawn (cached by dossier, file, page and boxes)."""
    src = page_source(_store, _files, page_file)
    if src is None:
        return None
    if src.kind == "pdf":
        pdf = pdfium.PdfDocument(src.data)
        try:
            img = pdf[file_page - 1].render(scale=SCALE).to_pil()
        finally:
            pdf.close()
        return _draw(img, boxes, SCALE)
    if src.kind == "image":
        with Image.open(io.BytesIO(src.data)) as im:
            im.seek(min(file_page - 1, getattr(im, "n_frames", 1) - 1))
            return _draw(im.copy(), boxes, im.width / page_width if page_width else 1.0)
    return None


def marked_text(text: str, spans: list[tuple[int, int]]) -> str:
    """The page text as escaped HTML with the spans in <mark>."""
    out, pos = [], 0
    for start, end in sorted(s for s in spans if 0 <= s[0] < s[1] <= len(text)):
        if start < pos:
            continue
        out += [html.escape(text[pos:start]), '<mark class="anjuan-hit">', html.escape(text[start:end]), "</mark>"]
        pos = end
    out.append(html.escape(text[pos:]))
    return f'<div class="anjuan-page">{"".join(out)}</div>'


def _box(b: BBox) -> tuple[float, float, float, float]:
    return (round(b.x0, 1), round(b.top, 1), round(b.x1, 1), round(b.bottom, 1))


def show_page(ctx: ReviewCtx, page: Page, spans: list[tuple[int, int]], boxes: list[BBox]) -> None:
    """One page of the dossier with the given words highlighted."""
    if page.source in ("text_layer", "ocr"):  # a PDF page or an image
        png = page_image(
            ctx.store,
            ctx.files,
            ctx.summary.dossier_key,
            page.file,
            page.file_page,
            tuple(_box(b) for b in boxes),
            page.width,
        )
        if png is not None:
            st.image(png, caption=f"第{page.number}页（{page.file} 第{page.file_page}页）", width=760)
            return
    st.caption(f"第{page.number}页（{page.file}）")
    st.html(marked_text(page.text, spans))


def show_evidence(ctx: ReviewCtx, ev: Evidence) -> None:
    if ev.prov is None:
        st.caption(f"所涉文书：{ev.document}" + (f"（{ev.note}）" if ev.note else "") + "——卷内未见，无页面可显示")
        return
    pages = ctx.dossier.pages
    if not 1 <= ev.prov.page <= len(pages):
        st.caption(f"第{ev.prov.page}页不在案卷中")
        return
    page = pages[ev.prov.page - 1]
    show_page(ctx, page, [ev.prov.span], [ev.prov.bbox] if ev.prov.bbox else [])
