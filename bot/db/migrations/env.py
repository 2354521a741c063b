"""Alembic environment: the URL comes from the caller (bot.db.migrate) or settings."""

from alembic import context

from bot.config import load_settings
from bot.db.models import Base
from bot.db.session import make_engine

config = context.config
url = config.attributes.get("database_url") or load_settings().database_url


def run() -> None:
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=Base.metadata, literal_binds=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = make_engine(url, pooled=False)  # one-shot connection
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run()
