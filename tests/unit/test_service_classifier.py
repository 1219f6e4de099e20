"""The service classifier (encoder + word n-grams) and its blend with DIET's ranking."""

from __future__ import annotations

import pytest

from bot.core.service_classifier import RANKING_LENGTH, ServiceClassifier, blend, train_service_classifier
from bot.encoder import load_encoder

TRAINING = {
    "pothole": [
        "pothole in the road",
        "deep hole in the road surface",
        "road breaking up",
        "crater in the lane",
    ],
    "pavement": [
        "cracked paving slab",
        "uneven pavement trip hazard",
        "loose slab on the footpath",
        "kerb broken",
    ],
    "out_of_scope": [
        "what's the weather tomorrow",
        "play some music",
        "tell me a joke",
        "book a table for two",
    ],
}


@pytest.fixture(scope="module")
def classifier() -> ServiceClassifier:
    texts = [t for examples in TRAINING.values() for t in examples]
    labels = [label for label, examples in TRAINING.items() for _ in examples]
    return train_service_classifier(texts, load_encoder().encode(texts), labels)


def test_blend_weights_each_ranking_and_counts_a_missing_intent_as_zero():
    assert blend({"pothole": 0.6, "pavement": 0.4}, {"pavement": 0.8, "litter": 0.1}, 0.75) == [
        ("pavement", pytest.approx(0.7)),
        ("pothole", pytest.approx(0.15)),
        ("litter", pytest.approx(0.075)),
    ]


def test_blend_breaks_ties_by_name_and_keeps_the_ranking_length():
    first = {f"intent_{i:02d}": 0.05 for i in range(20)}
    ranked = blend(first, {}, 0.5)
    assert len(ranked) == RANKING_LENGTH
    assert [name for name, _ in ranked[:3]] == ["intent_00", "intent_01", "intent_02"]


def test_classifier_ranks_every_label_and_sums_to_one(classifier: ServiceClassifier):
    text = "the slabs on the footway are lifting"
    scores = classifier.ranking(text, load_encoder().encode([text])[0])
    assert set(scores) == {"pothole", "pavement", "out_of_scope"}
    assert sum(scores.values()) == pytest.approx(1.0)
    assert max(scores, key=scores.__getitem__) == "pavement"


def test_classifier_tells_a_report_from_chat(classifier: ServiceClassifier):
    texts = ["huge hole in the road outside no. 4", "any good jokes"]
    probs = classifier.probabilities(texts, load_encoder().encode(texts))
    labels = list(classifier.labels)
    assert probs[0].argmax() == labels.index("pothole")
    assert probs[1].argmax() == labels.index("out_of_scope")


def test_round_trip_and_refuses_other_pickles(classifier: ServiceClassifier):
    assert ServiceClassifier.loads(classifier.dumps()).labels == classifier.labels
    with pytest.raises(TypeError):
        ServiceClassifier.loads(__import__("pickle").dumps({"not": "a classifier"}))
