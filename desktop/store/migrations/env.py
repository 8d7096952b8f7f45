"""Alembic environment: runs on the engine handed over by ``desktop.store.db``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from desktop.store.db import include_object
from desktop.store.models import Base


def run_migrations() -> None:
    config = context.config
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,
            include_object=include_object,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations()
