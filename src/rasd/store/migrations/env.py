"""Alembic environment: runs rasd's migrations on the connection ``rasd.store`` hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from rasd.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # run from the alembic command line: sqlalchemy.url names the database
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite:///rasd.db")
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
