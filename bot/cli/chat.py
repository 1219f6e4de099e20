"""`python -m bot chat`: a `rasa shell`-style terminal chat through the running server's REST webhook."""

from __future__ import annotations

import uuid

import requests


def run_chat(url: str) -> int:
    """Chat until /quit or end of input, keeping the conversation token the server hands back."""
    sender = f"shell-{uuid.uuid4().hex[:12]}"
    endpoint = f"{url.rstrip('/')}/webhooks/rest/webhook"
    print(
        "Front Door chat. Type what's wrong; /quit to leave. Numbers pick a button. In an emergency call 999."
    )
    buttons: list[dict[str, str]] = []
    while True:
        try:
            text = input("You: ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if text.strip() == "/quit":
            return 0
        if text.strip().isdigit() and buttons and 1 <= int(text) <= len(buttons):
            text = buttons[int(text) - 1]["payload"]
        try:
            reply = requests.post(endpoint, json={"sender": sender, "message": text}, timeout=30)
            messages = reply.json()
        except (requests.RequestException, ValueError) as error:
            print(f"(cannot reach Front Door at {url}: {type(error).__name__})")
            continue
        buttons = []
        if messages and isinstance(messages, list) and messages[0].get("recipient_id"):
            sender = messages[0]["recipient_id"]  # the conversation token the server issued
        for message in messages:
            if message.get("text"):
                print(f"Front Door: {message['text']}")
            for button in message.get("buttons") or []:
                buttons.append(button)
                print(f"  {len(buttons)}. {button['title']}")
