"""`python -m bot insight export|report|synthetic|retention`: the insight jobs from the command line. No Rasa
imports; each command imports only what it uses, so `export` starts without the safety rules or matplotlib.

    python -m bot insight export --since 2026-01-01 [--until 2026-03-31] [--format csv|parquet] [--out PATH]
    python -m bot insight report [--month 2026-11] [--out DIR]
    python -m bot insight synthetic --month 2026-11 [--database-url URL] [--seed 17] [--per-day 60]
    python -m bot insight retention

The database is FRONTDOOR_INSIGHT_DATABASE_URL (else the SQLite file under var/), or --database-url.
`--synthetic` on export and report reads the synthetic database instead and marks the output SYNTHETIC DATA;
`synthetic` writes there by default and refuses to write into the live database. Exit status 1 when the
database fails or an output can't be written, 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Mapping
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.insight.measures import Period
from bot.insight.store import OUTCOME_EVENTS, InsightSettings, InsightStore, display_url
from bot.ops.paths import VAR_DIR

OUTPUT_DIR = VAR_DIR / "insight"


def main(argv: list[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    """Run one insight command and return its exit status: 1 when the database or an output fails."""
    args = _parser().parse_args(argv)
    if args.command == "retention":
        from bot.insight.retention import main as retention

        return retention(env)
    settings = InsightSettings.from_env(env)
    url = args.database_url or (
        _synthetic_url() if args.command == "synthetic" or args.synthetic else settings.url
    )
    if args.command == "synthetic" and url == settings.url:
        return _fail(
            "synthetic",
            f"refusing to write synthetic events into the live database ({settings.display_url}): they carry "
            "no mark and could never be told apart from real ones; give another --database-url",
        )
    store = InsightStore(url)
    try:
        if args.command != "synthetic" and not sa.inspect(store.engine).has_table(OUTCOME_EVENTS.name):
            return _fail(
                args.command, f"{display_url(url)} has no outcome events table yet (nothing recorded)"
            )
        if args.command == "export":
            return _export(store, args)
        if args.command == "report":
            return _report(store, args)
        return _synthetic(store, args)
    except SQLAlchemyError as error:
        return _fail(args.command, f"{display_url(url)} failed: {type(error).__name__}")
    finally:
        store.dispose()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot insight", description="Front Door insight jobs")
    sub = parser.add_subparsers(dest="command", required=True)

    export = sub.add_parser("export", help="write the suppressed open-data file (day x district x service)")
    export.add_argument("--since", type=_date, required=True, help="first day, YYYY-MM-DD (UTC)")
    export.add_argument("--until", type=_date, default=None, help="last day, included (default: today)")
    export.add_argument("--format", choices=["csv", "parquet"], default="csv")
    export.add_argument("--out", type=Path, default=None, help="file to write (default: under var/insight/)")

    report = sub.add_parser("report", help="write the one-page monthly summary (Markdown + PNG charts)")
    report.add_argument("--month", type=_month, default=None, help="YYYY-MM (default: last month)")
    report.add_argument("--out", type=Path, default=None, help="directory (default: under var/insight/)")

    for part in (export, report):
        part.add_argument("--database-url", default=None)
        part.add_argument(
            "--synthetic",
            action="store_true",
            help="read the synthetic database; mark the output SYNTHETIC DATA",
        )

    synthetic = sub.add_parser("synthetic", help="replay a synthetic month through decide() into a database")
    synthetic.add_argument("--month", type=_month, required=True, help="YYYY-MM")
    synthetic.add_argument("--database-url", default=None, help="default: var/insight/synthetic.sqlite3")
    synthetic.add_argument("--seed", type=int, default=None)
    synthetic.add_argument("--per-day", type=int, default=None, help="messages on a weekday")

    sub.add_parser("retention", help="delete events older than FRONTDOOR_INSIGHT_RETENTION_DAYS")
    return parser


def _export(store: InsightStore, args: argparse.Namespace) -> int:
    from bot.insight.export import ParquetUnavailable, export

    until = args.until or dt.datetime.now(dt.timezone.utc).date()
    if until < args.since:
        return _fail("export", f"--until ({until}) is before --since ({args.since})")
    period = Period.days(args.since, until)
    prefix = "synthetic-open-data" if args.synthetic else "open-data"
    out = args.out or OUTPUT_DIR / f"{prefix}-{period.start}-to-{period.last_day}.{args.format}"
    try:
        result = export(store, period, out, fmt=args.format, synthetic=args.synthetic)
    except ParquetUnavailable as error:
        return _fail("export", str(error))
    except OSError as error:
        return _fail("export", f"can't write {out}: {error.strerror}")
    mark = "SYNTHETIC DATA: " if args.synthetic else ""
    print(
        f"insight export: {mark}wrote {result.rows} rows ({result.suppressed} suppressed) for {period.label} "
        f"to {result.path}; data dictionary {result.dictionary}"
    )
    return 0


def _report(store: InsightStore, args: argparse.Namespace) -> int:
    from bot.insight.report import previous_month, write_report

    period = args.month or previous_month()
    prefix = "synthetic-report" if args.synthetic else "report"
    out = args.out or OUTPUT_DIR / f"{prefix}-{period.start:%Y-%m}"
    try:
        files = write_report(store, period, out, synthetic=args.synthetic)
    except OSError as error:
        return _fail("report", f"can't write {out}: {error.strerror}")
    mark = "SYNTHETIC DATA: " if args.synthetic else ""
    print(f"insight report: {mark}wrote {files.markdown} and {len(files.charts)} charts for {period.label}")
    return 0


def _synthetic(store: InsightStore, args: argparse.Namespace) -> int:
    from bot.insight.synthetic import DEFAULT_PER_DAY, DEFAULT_SEED, write_month

    seed = DEFAULT_SEED if args.seed is None else args.seed
    per_day = DEFAULT_PER_DAY if args.per_day is None else args.per_day
    if per_day < 1:
        return _fail("synthetic", "--per-day must be at least 1")
    try:
        month = write_month(store, args.month, seed=seed, per_day=per_day)
    except IntegrityError:
        return _fail(
            "synthetic",
            f"{display_url(store.url)} already holds {args.month.label} for seed {seed}: use another --seed "
            "or database (the same seed always makes the same events)",
        )
    print(
        f"insight synthetic: SYNTHETIC DATA: wrote {len(month.events)} outcome events for {args.month.label} "
        f"(seed {seed}; {month.not_demand} conversation turns made none) to {display_url(store.url)}"
    )
    return 0


def _synthetic_url() -> str:
    from bot.insight.synthetic import SYNTHETIC_DATABASE

    return f"sqlite:///{SYNTHETIC_DATABASE}"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a date is YYYY-MM-DD, not {text!r}") from None


def _month(text: str) -> Period:
    try:
        return Period.month(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _fail(command: str, message: str) -> int:
    print(f"insight {command}: {message}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
