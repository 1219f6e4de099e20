"""`python -m bot serve rasa|actions`: one process in the foreground, configured from the environment only, for
containers (deploy/): the orchestrator supervises it, restarts it and probes /health and /ready.

rasa:     the Rasa server with Front Door's channels (RASA_API_TOKEN, FRONTDOOR_* and REDIS_* from the
          environment; listens on 0.0.0.0:${FRONTDOOR_PORT:-5005}).
actions:  the action server (FRONTDOOR_ACTION_SECRET required; listens on 0.0.0.0:5055).
"""

from __future__ import annotations

import os
import sys

from bot.ops import settings as s
from bot.ops.paths import MODEL_PATH, ROOT
from bot.ops.settings import process_environment


def rasa_command(env: dict[str, str]) -> list[str]:
    """The `rasa run` command line; refuses to start without RASA_API_TOKEN so the HTTP API is never open."""
    token = env.get(s.RASA_API_TOKEN.name, "")
    if not token:
        raise SystemExit("serve rasa: set RASA_API_TOKEN (the Rasa HTTP API is never open without one)")
    args = [
        sys.executable,
        "-m",
        "rasa",
        "run",
        "--model",
        env.get(s.MODEL.name) or str(MODEL_PATH),
        "--interface",
        env.get(s.INTERFACE.name, s.INTERFACE.default),
        "--port",
        env.get(s.PORT.name, s.PORT.default),
        "--enable-api",
        f"--auth-token={token}",
        "--credentials",
        str(ROOT / "credentials.yml"),
        "--endpoints",
        str(ROOT / "endpoints.yml"),
    ]
    origins = env.get(s.CORS_ORIGINS.name, "").split()
    return args + (["--cors", *origins] if origins else [])


def actions_command(env: dict[str, str]) -> list[str]:
    """The action server's command line (it reads FRONTDOOR_ACTION_SECRET from the environment itself)."""
    return [
        sys.executable,
        "-m",
        "bot.rasa.action_server",
        "--port",
        env.get(s.ACTION_PORT.name, s.ACTION_PORT.default),
    ]


def serve(part: str) -> int:
    """Replace this process with the server (so the orchestrator's signals reach it); does not return."""
    env = process_environment()
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    if part == "actions":
        # Inside a container; the secret header guards every call.
        env.setdefault(s.SANIC_HOST.name, "0.0.0.0")
        command = actions_command(env)
    else:
        command = rasa_command(env)
    os.execve(command[0], command, env)  # the orchestrator's signals reach the server itself
    return 0  # not reached
