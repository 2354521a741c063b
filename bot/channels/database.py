"""The database as a channel uses it inside the Rasa process: built on first use."""

from __future__ import annotations

from typing import Optional

from sqlalchemy.orm import sessionmaker

from bot.config import Settings
from bot.db.session import make_engine, make_session_factory


class ChannelStore:
    """Base of a channel's store: settings, and a session factory made when first needed
    (Rasa imports channels long before they serve anything)."""

    def __init__(self, settings: Settings, factory: Optional[sessionmaker] = None) -> None:
        self.settings = settings
        self._factory = factory

    @property
    def factory(self) -> sessionmaker:
        if self._factory is None:
            self._factory = make_session_factory(make_engine(self.settings.database_url))
        return self._factory
