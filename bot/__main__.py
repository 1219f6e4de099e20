"""Command line: `python -m bot triage|run|cluster|serve|chat|sandbox|insight|settings`."""

from __future__ import annotations

import argparse
import os
import sys

from bot.ops.settings import load_settings

# Read by TensorFlow and Rasa when they are imported, so set in this process's own environment, first.
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run one subcommand; returns the process's exit status."""
    parser = argparse.ArgumentParser(prog="python -m bot", description="Front Door")
    settings = load_settings()
    sub = parser.add_subparsers(dest="command", required=True)

    triage = sub.add_parser("triage", help="print the triage decision JSON for a message")
    triage.add_argument("text", nargs="?", help="the message (omit with --jsonl)")
    triage.add_argument("--postcode", default=None)
    triage.add_argument(
        "--jsonl", action="store_true", help='read {"text": ...} lines on stdin, write results'
    )
    triage.add_argument("--model", default=None, help="trained model (default models/frontdoor.tar.gz)")

    run = sub.add_parser("run", help="start Redis, the action server and the Rasa server")
    run.add_argument("--port", type=int, default=settings.port)

    cluster = sub.add_parser("cluster", help="several servers behind HAProxy, sharing Redis")
    cluster.add_argument("--servers", type=int, default=settings.servers)
    cluster.add_argument("--port", type=int, default=settings.port)
    cluster.add_argument("--sentinel", action="store_true", help="Redis as a primary, a replica, 3 sentinels")

    serve_part = sub.add_parser("serve", help="one server in the foreground, configured from the environment")
    serve_part.add_argument("part", choices=["rasa", "actions"])

    chat = sub.add_parser("chat", help="chat in the terminal through the running server's REST webhook")
    chat.add_argument("--url", default=settings.url)

    sandbox = sub.add_parser(
        "sandbox", help="serve fake postcodes.io, GOV.UK and data.police.uk on 127.0.0.1"
    )
    sandbox.add_argument("--port", type=int, default=8999)

    insight = sub.add_parser(
        "insight", help="outcome events: open-data export, monthly report, synthetic month, retention"
    )
    insight.add_argument("args", nargs=argparse.REMAINDER, help="export|report|synthetic|retention [options]")

    settings_part = sub.add_parser("settings", help="print the table of environment variables (docs)")
    settings_part.add_argument("--markdown", action="store_true", help="as docs/configuration.md's table")

    args = parser.parse_args(argv)
    if args.command == "triage":
        from bot.cli.lookup import run_triage

        return run_triage(args.text, args.postcode, args.jsonl, args.model)
    if args.command == "run":
        from bot.cli.run import run_stack

        return run_stack(args.port)
    if args.command == "cluster":
        from bot.cli.cluster import run_cluster

        return run_cluster(args.servers, args.port, args.sentinel)
    if args.command == "serve":
        from bot.cli.serve import serve as serve_one

        return serve_one(args.part)
    if args.command == "sandbox":
        from bot.sandbox.server import serve

        return serve(args.port)
    if args.command == "insight":
        from bot.insight.cli import main as run_insight

        return run_insight(args.args)
    if args.command == "settings":
        from bot.ops.settings import main as print_settings

        return print_settings()
    from bot.cli.chat import run_chat

    return run_chat(args.url)


if __name__ == "__main__":
    sys.exit(main())
