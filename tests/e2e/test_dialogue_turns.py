"""Through the real stack: each user message runs action_triage exactly once and then listens (RulePolicy's core
fallback and the one rule in data/rules/triage.yml; tests/unit/test_dialogue_policy.py checks every intent),
and "Start again" (/restart) keeps Rasa's default restart."""

from __future__ import annotations

from typing import Any

import requests


def events(stack: Any, sender: str) -> list[dict[str, Any]]:
    reply = requests.get(
        f"{stack.config.rasa_url}/conversations/{sender}/tracker",
        params={"token": stack.config.rasa_token, "include_events": "ALL"},
        timeout=30,
    )
    assert reply.status_code == 200, reply.text
    return list(reply.json()["events"])


def actions_after_each_message(tracker_events: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """(the message's text, the actions run after it, up to and including the next action_listen)."""
    turns: list[tuple[str, list[str]]] = []
    for event in tracker_events:
        if event["event"] == "user":
            turns.append((event.get("text") or "", []))
        elif event["event"] == "action" and turns and turns[-1][1][-1:] != ["action_listen"]:
            turns[-1][1].append(event["name"])
    return turns


def test_each_message_runs_action_triage_once_then_listens(stack, chat):
    for text in [
        "hello",
        "there's a pothole outside my house",
        "thanks",
        "   ",
        "my neighbour's dog barks all night",
    ]:
        chat.say(text)
    turns = actions_after_each_message(events(stack, chat.sender))
    assert len(turns) == 5
    assert [actions for _, actions in turns] == [["action_triage", "action_listen"]] * 5


def test_start_again_restarts_and_the_next_message_is_triaged_once(stack, chat):
    chat.say("there's a pothole outside my house")
    chat.say("/restart")
    chat.say("hello")
    stored = events(stack, chat.sender)
    # Rasa's default restart (its Restarted event, then a new session); the store keeps nothing from before it
    # ("Start again" forgets the conversation), and nothing ran action_triage in between
    before_hello = [(e["event"], e.get("name")) for e in stored[: [e["event"] for e in stored].index("user")]]
    assert before_hello == [
        ("restart", None),
        ("action", "action_session_start"),
        ("session_started", None),
        ("action", "action_listen"),
    ]
    assert actions_after_each_message(stored) == [("hello", ["action_triage", "action_listen"])]
