"""The dialogue policy: every user message runs action_triage exactly once and then listens, whatever the intent;
/restart and session start keep Rasa's default actions. RulePolicy's core fallback (config.yml) does the routing
and the one rule in data/rules/triage.yml the listening, so this would catch a fallback that loops (action_triage
up to Rasa's limit of 10 actions per turn) or a rule that sends an intent elsewhere.

A core-only model is trained from config.yml's policies, domain.yml and data/rules (a few seconds, in a
temporary directory with its own Rasa cache), and action_triage is stubbed: no NLU model or action server is
needed. Messages are Rasa's "/intent" triggers, so the intent is exactly the one named."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

TRIAGE = "action_triage"
LISTEN = "action_listen"
SESSION_START = "action_session_start"
# A new conversation's first message starts a session (Rasa's default action) before its turn.
FIRST_TURN = [SESSION_START, TRIAGE, LISTEN]


@pytest.fixture(scope="module")
def core_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("core")
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    # The policies exactly as configured; no NLU pipeline (the messages name their intent).
    core_config = {k: config[k] for k in ("recipe", "assistant_id", "language", "policies")}
    core_config["pipeline"] = []
    (base / "config.yml").write_text(yaml.safe_dump(core_config))
    env = dict(os.environ, RASA_TELEMETRY_ENABLED="false", RASA_CACHE_DIRECTORY=str(base / "cache"))
    command = [
        sys.executable, "-m", "rasa", "train", "core",
        "--config", str(base / "config.yml"), "--domain", str(ROOT / "domain.yml"),
        "--stories", str(ROOT / "data" / "rules"), "--out", str(base), "--fixed-model-name", "core",
    ]  # fmt: skip
    done = subprocess.run(command, cwd=base, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return base / "core.tar.gz"


@pytest.fixture(scope="module")
def agent(core_model: Path) -> Any:
    from rasa.core.agent import Agent

    return Agent.load(str(core_model))


@pytest.fixture()
def triage_calls(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Stub action_triage (a remote action): record the intent it was run for, answer, set a slot."""
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.events import BotUttered, SlotSet

    calls: list[str | None] = []

    async def run(self: Any, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> list[Any]:
        assert self.name() == TRIAGE
        intent = tracker.latest_message.intent.get("name")
        calls.append(intent)
        return [BotUttered(text=f"triaged {intent}"), SlotSet("last_service", intent)]

    monkeypatch.setattr(RemoteAction, "run", run)
    return calls


def converse(agent: Any, sender: str, messages: list[str]) -> tuple[list[list[str]], list[dict[str, Any]]]:
    """Send the messages in turn: the actions the processor ran for each message, and the stored events."""
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
    from rasa.core.processor import MessageProcessor

    ran: list[str] = []
    run_action = MessageProcessor._run_action

    async def recording(self: Any, action: Any, *args: Any, **kwargs: Any) -> bool:
        ran.append(action.name())
        return await run_action(self, action, *args, **kwargs)

    async def talk() -> tuple[list[list[str]], list[dict[str, Any]]]:
        turns: list[list[str]] = []
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(MessageProcessor, "_run_action", recording)
            for text in messages:
                ran.clear()
                await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender))
                turns.append(list(ran))
        tracker = await agent.tracker_store.retrieve_full_tracker(sender)
        return turns, [event.as_dict() for event in tracker.events]

    return asyncio.run(talk())


def user_intents(domain: dict[str, Any]) -> list[str]:
    return [i for i in domain["intents"] if i != "restart"]


def test_every_intent_runs_action_triage_once_then_listens(agent, triage_calls, domain):
    for intent in user_intents(domain):
        turns, events = converse(agent, f"first-{intent}", [f"/{intent}"])
        assert turns == [FIRST_TURN], intent
        triage = [e for e in events if e["event"] == "action" and e["name"] == TRIAGE]
        # predicted by RulePolicy, with the confidence the per-intent rules recorded
        assert [(e["policy"], e["confidence"]) for e in triage] == [("RulePolicy", 1.0)], intent
    assert triage_calls == user_intents(domain)


def test_a_long_conversation_triages_each_message_once(agent, triage_calls, domain):
    messages = [f"/{intent}" for intent in user_intents(domain)]
    # a repeat, an intent with an entity, and Rasa's nlu_fallback (not in domain.yml; FallbackClassifier's intent)
    messages += ["/pothole", "/pothole", '/inform_location{"postcode": "GL50 1AA"}', "/nlu_fallback"]
    turns, events = converse(agent, "long", messages)
    assert turns == [FIRST_TURN] + [[TRIAGE, LISTEN]] * (len(messages) - 1)
    assert len(triage_calls) == len(messages)
    said = [e["text"] for e in events if e["event"] == "user"]
    assert said == messages


def test_restart_keeps_rasas_default_and_the_next_message_is_triaged(agent, triage_calls):
    turns, _ = converse(agent, "restart", ["/pothole", "/restart", "/gp"])
    # action_restart clears the conversation and starts a new session, which ends the turn (Rasa's default)
    assert turns == [FIRST_TURN, ["action_restart", SESSION_START], [TRIAGE, LISTEN]]
    assert triage_calls == ["pothole", "gp"]


def test_session_start_keeps_rasas_default(agent, triage_calls):
    turns, _ = converse(agent, "session", ["/greet", "/session_start", "/gp"])
    assert turns == [FIRST_TURN, [SESSION_START], [TRIAGE, LISTEN]]
    assert triage_calls == ["greet", "gp"]
