"""The one lock around PDFium.

PDFium is not thread-safe, not even across different documents, and the UI runs each session in its own thread.
Every pypdfium2 call in anjuan (open, page, text, render, close) runs while holding ``PDFIUM_LOCK``. It is re-entrant
so a helper that takes it can call another helper that takes it. Objects are closed explicitly under the lock, so
pypdfium2's garbage-collection finalisers never run PDFium code outside it.
"""

from __future__ import annotations

import threading

PDFIUM_LOCK = threading.RLock()
