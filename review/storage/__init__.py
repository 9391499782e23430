"""Saved reviews: SQLAlchemy 2 + Alembic, SQLite in the user data dir by default (``--db``/``$ANJUAN_DB``: any URL)."""

from review.storage.db import database_url
from review.storage.intake import Intake, UploadError, check_uploads, review_files
from review.storage.store import AuditEntry, ReviewSummary, Store, StoredFile

__all__ = [
    "AuditEntry",
    "Intake",
    "ReviewSummary",
    "Store",
    "StoredFile",
    "UploadError",
    "check_uploads",
    "database_url",
    "review_files",
]
