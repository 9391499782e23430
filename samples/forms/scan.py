"""Simulate a scanned dossier: render the text PDF at 200 dpi in grey, degrade it like a scanner does (slight skew,
blur, noise, grey paper, JPEG) and wrap the images in an image-only PDF (Pillow, no text layer)."""

from __future__ import annotations

import io
import random
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

DPI = 200


def degrade(image: Image.Image, rng: random.Random, noise: float = 3.5, quality: int = 70) -> Image.Image:
    """Skew ±0.8°, blur, Gaussian noise and a grey paper tone, then a JPEG round trip."""
    angle = rng.uniform(-0.8, 0.8)
    image = image.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.7)))
    pixels = np.asarray(image, dtype=np.float32)
    paper = rng.uniform(228, 242)
    pixels = pixels * (paper / 255.0)
    noise_rng = np.random.default_rng(rng.randrange(2**32))
    pixels += noise_rng.normal(0.0, noise, pixels.shape)
    out = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")
    buffer = io.BytesIO()
    out.save(buffer, "JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer)


def render_pages(pdf_path: Path, dpi: int = DPI) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [pdf[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for i in range(len(pdf))]
    finally:
        pdf.close()


def write_scan_pdf(text_pdf: Path, out: Path, seed: int, dpi: int = DPI, quality: int = 70) -> int:
    """The scanned twin of ``text_pdf``; returns the page count."""
    rng = random.Random(seed)
    pages = [degrade(p, rng, quality=quality) for p in render_pages(text_pdf, dpi)]
    first, rest = pages[0], pages[1:]
    first.save(str(out), "PDF", save_all=True, append_images=rest, resolution=float(dpi), quality=quality)
    return len(pages)
