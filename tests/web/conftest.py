"""The web tests run on every database the store tests run on."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install .[web]")

from tests.store.conftest import db_url, store

__all__ = ["db_url", "store"]
