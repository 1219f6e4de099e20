"""Alembic's entry point for the insight database.

`InsightStore.migrate()` hands over an open connection (config.attributes["connection"]); the alembic command
line gets its database from InsightSettings (FRONTDOOR_INSIGHT_DATABASE_URL or the SQLite file under var/), so
no URL, and no password, is ever written in alembic.ini.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context
from sqlalchemy.engine import Connection

from bot.insight.store import METADATA, InsightSettings, InsightStore


def run_online(connection: Connection) -> None:
    """Run the migrations on an open connection, in batch mode on SQLite."""
    # SQLite can't ALTER most things: batch mode copies the table instead, so later migrations work on both.
    context.configure(
        connection=connection,
        target_metadata=METADATA,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    """Offline, print the SQL; online, migrate the store's open connection, else the configured database."""
    if context.is_offline_mode():
        # `alembic upgrade head --sql`: the SQL for a DBA to review, for the configured database's dialect.
        context.configure(
            url=InsightSettings.from_env().url,
            target_metadata=METADATA,
            literal_binds=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    connection = context.config.attributes.get("connection")
    if isinstance(connection, Connection):
        run_online(connection)
        return
    engine: sa.engine.Engine = InsightStore(InsightSettings.from_env().url).engine
    try:
        with engine.begin() as connection:
            run_online(connection)
    finally:
        engine.dispose()


main()
