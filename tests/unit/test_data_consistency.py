"""Catalogue, domain, training data and dialogue rules must agree, and no public evaluation text may leak into
data/."""

from __future__ import annotations

import csv
import re

import pytest
import yaml

from bot.core.conversation import FEEDBACK_INTENTS
from bot.core.decide import CONVERSATION_INTENTS as DECISION_CONVERSATION_INTENTS
from tests.conftest import ROOT, SHARED_EVAL, nlu_examples

# Intents with training data that are not services: the conversation ones, plus out_of_scope.
CONVERSATION_INTENTS = (DECISION_CONVERSATION_INTENTS - {"empty_message"}) | {"out_of_scope"}
# Only ever sent by the channels (empty messages) or by a button ("Did this help?").
NO_TRAINING_DATA = {"empty_message"} | set(FEEDBACK_INTENTS)


def training_examples() -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for intent, examples in nlu_examples(path).items():
            merged.setdefault(intent, []).extend(examples)
    return merged


def rules() -> list[dict]:
    return [
        rule
        for path in sorted((ROOT / "data" / "rules").glob("*.yml"))
        for rule in yaml.safe_load(path.read_text()).get("rules", [])
    ]


def test_every_catalogue_service_has_training_data_and_back(catalogue):
    trained = set(training_examples())
    services = set(catalogue.services)
    assert services - trained == set(), "catalogue services without training data"
    assert trained - services - CONVERSATION_INTENTS == set(), "training data for intents the catalogue lacks"


def test_every_intent_has_enough_varied_examples():
    for intent, examples in training_examples().items():
        minimum = 15 if intent in CONVERSATION_INTENTS else 25
        assert len(examples) >= minimum, f"{intent} has only {len(examples)} examples"
        assert len({e.lower() for e in examples}) == len(examples), f"{intent} has duplicate examples"


def test_domain_lists_exactly_the_trained_intents(domain):
    assert set(domain["intents"]) == set(training_examples()) | NO_TRAINING_DATA


def test_every_intent_goes_to_action_triage():
    """No rule per intent: RulePolicy's core fallback sends every user message to action_triage (config.yml), so
    a new intent needs no rule. A rule naming another intent, or a second policy that could outvote the
    fallback, would take intents (a safety one, say) away from action_triage. The rules are the listen after
    action_triage and Rasa's restart. tests/unit/test_dialogue_policy.py runs every intent through them."""
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    assert [p["name"] for p in config["policies"]] == ["RulePolicy"]
    policy = config["policies"][0]
    assert policy["core_fallback_action_name"] == "action_triage"
    assert policy["enable_fallback_prediction"] is True
    assert [rule["steps"] for rule in rules()] == [
        [{"action": "action_triage"}],
        [{"intent": "restart"}, {"action": "action_restart"}],
    ]


def test_no_example_starts_with_a_slash():
    for intent, examples in training_examples().items():
        assert not [e for e in examples if e.startswith("/")], intent


@pytest.mark.parametrize("name", ["nlu_dev.yml", "nlu_holdout.yml"])
def test_evaluation_sets_keep_enough_examples_unseen_in_training(name, catalogue):
    """Both sets were written without copying data/. Short common phrases ("yes", "tell me a joke") can
    still coincide; those are left out of scoring (bench.nlu_eval.unseen), and every service keeps 5+."""
    from bench.nlu_eval import SETS_DIR, load_examples, unseen

    scored = unseen(load_examples(SETS_DIR / name))
    per_intent: dict[str, int] = {}
    for intent, _text in scored:
        per_intent[intent] = per_intent.get(intent, 0) + 1
    assert {s: per_intent.get(s, 0) for s in catalogue.services if per_intent.get(s, 0) < 5} == {}


def _normalise(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@pytest.mark.skipif(not SHARED_EVAL.exists(), reason="../shared/eval is not present")
def test_no_public_evaluation_text_in_training_data():
    """CLINC150, HWU64, BANKING77 and FixMyStreet are for measurement only: none of their texts may be in data/."""
    train = {_normalise(e) for examples in training_examples().values() for e in examples}
    train.discard("")
    leaked = []
    for path in sorted(SHARED_EVAL.glob("*.csv")):
        with path.open(newline="") as handle:
            for row in csv.DictReader(handle):
                for column in ("text", "detail"):
                    value = _normalise(row.get(column) or "")
                    # Very short texts ("hi", "pothole") are naturally shared; only sentences count as copies.
                    if len(value.split()) >= 3 and value in train:
                        leaked.append((path.name, value))
    assert leaked == []
