"""Insight: anonymous outcome events (no words, no full postcodes, nothing that links two events), stored
off the request path so counting demand never slows or breaks a reply. No Rasa imports.

:mod:`~bot.insight.events` makes and checks events, :mod:`~bot.insight.store` keeps them (SQLite or
PostgreSQL, schema by Alembic in ``migrations/``), :mod:`~bot.insight.retention` is the job that deletes old ones.
"""

from __future__ import annotations

from bot.insight.events import OutcomeEvent, outcome_event, postcode_district
from bot.insight.store import EventWriter, InsightSettings, InsightStore

__all__ = [
    "EventWriter",
    "InsightSettings",
    "InsightStore",
    "OutcomeEvent",
    "outcome_event",
    "postcode_district",
]
