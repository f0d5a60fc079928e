"""The database of analyzed articles (SQLite by default, PostgreSQL by URL) and its search.

Needs the ``store`` extra: ``pip install 'rasd[store]'``.
"""

from __future__ import annotations

from rasd.store.db import DEFAULT_DB, StoreError
from rasd.store.store import ArticleInfo, Page, Store, content_hash

__all__ = ["DEFAULT_DB", "ArticleInfo", "Page", "Store", "StoreError", "content_hash"]
