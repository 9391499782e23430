"""A little CSS: Chinese text for the file uploaders' built-in English (the campaign page's folder and list uploaders
say what they take) and the highlight mark."""

from __future__ import annotations

import streamlit as st

CSS = """
<style>
[data-testid="stFileUploaderDropzoneInstructions"] > div > span { display: none; }
[data-testid="stFileUploaderDropzoneInstructions"] > div::before {
  content: "将案卷文件拖放到此处（可多选，或一个 ZIP）"; }
[data-testid="stFileUploaderDropzoneInstructions"] > div > small { display: none; }
[data-testid="stFileUploaderDropzoneInstructions"] > div::after {
  content: "PDF、扫描件、DOCX、TXT、图片或 ZIP"; display: block; font-size: 0.85em; opacity: 0.7; }
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p { font-size: 0; }
[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {
  content: "选择文件"; font-size: 0.9rem; }
.st-key-campaigns_folder [data-testid="stFileUploaderDropzoneInstructions"] > div::before {
  content: "将案卷文件夹拖放到此处"; }
.st-key-campaigns_folder [data-testid="stFileUploaderDropzoneInstructions"] > div::after {
  content: "整个文件夹上传；案卷名单（CSV/XLSX）可放在文件夹中"; }
.st-key-campaigns_folder [data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p::after {
  content: "选择文件夹"; }
:is(.st-key-campaigns_list_upload, .st-key-campaigns_list_upload_server, .st-key-campaigns_rev_upload)
  [data-testid="stFileUploaderDropzoneInstructions"] > div::before { content: "将名单文件拖放到此处"; }
:is(.st-key-campaigns_list_upload, .st-key-campaigns_list_upload_server, .st-key-campaigns_rev_upload)
  [data-testid="stFileUploaderDropzoneInstructions"] > div::after { content: "CSV 或 XLSX"; }
[data-testid="stMainMenu"], [data-testid="stToolbarActions"], [data-testid="stStatusWidget"] { display: none; }
mark.anjuan-hit { background: #ffe066; padding: 0 2px; border-radius: 2px; }
.anjuan-page { white-space: pre-wrap; line-height: 1.7; font-size: 0.92rem; max-height: 420px; overflow-y: auto;
  border: 1px solid #ddd; border-radius: 6px; padding: 10px 14px; background: #fcfcfc; }
</style>
"""


def apply() -> None:
    st.html(CSS)
