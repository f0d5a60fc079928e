"""Opening a store: a SQLite file by default, PostgreSQL by URL; the schema is migrated on open."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from rasd.errors import RasdError

DEFAULT_DB = "rasd.db"


class StoreError(RasdError):
    """A database that cannot be opened or used: a bad URL, a server that does not answer."""


def database_url(db: str | Path) -> str:
    """The SQLAlchemy URL of ``db``: a URL as given, or a path to a SQLite file.

    ``postgresql://`` is read with psycopg 3, the driver the ``store`` extra installs.
    """
    text = str(db)
    if "://" not in text:
        return f"sqlite:///{Path(text)}"
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    return text


def _enable_sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")  # ON DELETE CASCADE needs it
    cursor.execute("PRAGMA journal_mode=WAL")  # readers (the web page) while ingesting
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(db: str | Path) -> Engine:
    url = database_url(db)
    try:
        parsed = make_url(url)
        # the web server reads the store from a pool of threads
        args = {"check_same_thread": False} if parsed.get_backend_name() == "sqlite" else {}
        engine = create_engine(url, connect_args=args)
    except (ArgumentError, ImportError, ValueError) as err:
        raise StoreError(f"cannot use database {db!s}: {err}") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _enable_sqlite_pragmas)
    return engine


def alembic_config() -> Config:
    """The Alembic configuration of rasd's migrations (shipped inside the package)."""
    config = Config()
    location = resources.files("rasd.store") / "migrations"
    config.set_main_option("script_location", str(location))
    return config


def upgrade(engine: Engine) -> None:
    """Bring the schema of ``engine``'s database to the newest revision."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
