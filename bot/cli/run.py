"""`python -m bot run` (make run): start the stack, say where to chat, stop everything on Ctrl-C."""

from __future__ import annotations

import signal
import time

from bot.ops.settings import load_settings
from bot.ops.stack import Stack, StackConfig


def run_stack(port: int) -> int:
    """Start the stack, print where to reach it, supervise it until a signal, then stop everything."""
    config = StackConfig(rasa_port=port, redis_url=load_settings().external_redis_url)
    stack = Stack(config)
    stopping = False

    def _stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    print(
        "Front Door: starting Redis, the action server and the Rasa server (logs in var/log/) ...", flush=True
    )
    try:
        stack.start()
        redis_where = "external (REDIS_URL)" if config.redis_url else f"embedded, data in {config.data_dir}"
        print(
            f"""
Front Door is running.
  Demo council page:       {config.rasa_url}/frontdoor/demo   (the chat widget; open it in a browser)
  Call-handler console:    {config.rasa_url}/frontdoor/console   (asks for the triage API token below)
  Chat in this terminal:   .venv/bin/python -m bot chat --url {config.rasa_url}   (or: make chat)
  REST webhook:            POST {config.rasa_url}/webhooks/rest/webhook  {{"sender": "me", "message": "pothole"}}
  Triage API:              POST {config.rasa_url}/api/triage  (Authorization: Bearer {config.api_token})
  Rasa HTTP API token:     {config.rasa_token}
  Redis:                   {config.redis_display} ({redis_where})
Press Ctrl-C to stop everything.""",
            flush=True,
        )
        while not stopping:
            for name in stack.check():  # supervise: restart what exited, with back-off
                print(f"Front Door: {name} had stopped and was restarted. See var/log/.", flush=True)
            stack.rewrite_aof_when_due()
            time.sleep(0.5)
    finally:
        print("Front Door: stopping ...", flush=True)
        stack.stop()
    return 0
