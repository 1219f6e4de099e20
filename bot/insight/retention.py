"""The retention job: delete outcome events older than FRONTDOOR_INSIGHT_RETENTION_DAYS (default 730, two years)
and print how many went. Run it daily from cron or a Kubernetes CronJob, with the servers' environment:

    python -m bot.insight.retention

Deleting by the event's hour, not by when it was written, keeps the promise made to people ("kept for two
years"), and running daily keeps each delete small. Exit status 1 when the database can't be reached, so the
scheduler reports the failed run.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping

from sqlalchemy.exc import SQLAlchemyError

from bot.insight.store import InsightSettings, InsightStore


def main(env: Mapping[str, str] | None = None) -> int:
    """Delete the events past the retention period and say how many; 1 when the database fails."""
    settings = InsightSettings.from_env(env)
    store = InsightStore(settings.url)
    try:
        deleted = store.delete_older_than(settings.retention_days)
    except SQLAlchemyError as error:
        print(f"insight retention: {settings.display_url} failed: {type(error).__name__}", file=sys.stderr)
        return 1
    finally:
        store.dispose()
    print(f"insight retention: deleted {deleted} outcome events older than {settings.retention_days} days")
    return 0


if __name__ == "__main__":
    sys.exit(main())
