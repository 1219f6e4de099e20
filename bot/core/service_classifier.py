"""A second opinion on *which service*: a logistic regression over the sentence encoder and word n-grams,
trained on the same NLU examples as DIET, blended with DIET's ranking. No Rasa imports.

It ranks every intent (services, out_of_scope and the conversation intents), so the blend is a ranking of the
same kind as DIET's. Why, and the weight: measured with `python -m bench.service_compare` (docs/benchmarks.md, "Which
service: the comparison"). On the NLU dev set and the scope dev set (the sets the decision thresholds were
chosen on) DIET alone decided 0.892 of the dev messages right; this classifier alone 0.947; the blend with
weight 0.7 on this classifier 0.956, with 1.8% of the scope dev set's out-of-scope messages routed (DIET: 3.0%).
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bot.core.text_features import combined, load_trained, word_ngrams

# The classifier's share of the blended confidence (DIET has the rest). Dev grid: 0.3 / 0.5 / 0.7 / 0.8.
DEFAULT_WEIGHT = 0.7
# Inverse regularisation strength (dev set: 8 against 2 and 16 changed decisions by under 0.005).
DEFAULT_C = 8.0
# How many intents a blended ranking keeps (Rasa's DIET ranks 10).
RANKING_LENGTH = 10
SEED = 2026


@dataclass(frozen=True)
class ServiceClassifier:
    """The fitted intent classifier: logistic regression over encoder vectors (and word n-grams)."""

    labels: tuple[str, ...]
    model: LogisticRegression
    vectorizer: TfidfVectorizer | None

    def probabilities(self, texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        """Probabilities in `labels` order, shape (len(texts), len(labels))."""
        return np.asarray(self.model.predict_proba(combined(self.vectorizer, texts, vectors)))

    def ranking(self, text: str, vector: np.ndarray) -> dict[str, float]:
        """Every label's probability for one message."""
        probs = self.probabilities([text], vector)[0]
        return {label: float(p) for label, p in zip(self.labels, probs, strict=True)}

    def dumps(self) -> bytes:
        """The whole classifier pickled, for the model archive."""
        return pickle.dumps(self)

    @staticmethod
    def loads(data: bytes) -> ServiceClassifier:
        """A classifier from `dumps()`; refuses anything else (pickle runs code: load only our own)."""
        return load_trained(data, ServiceClassifier)


def train_service_classifier(
    texts: Sequence[str],
    vectors: np.ndarray,
    labels: Sequence[str],
    *,
    use_words: bool = True,
    c: float = DEFAULT_C,
) -> ServiceClassifier:
    """Fit on every example; `use_words=False` gives the encoder-only variant the benchmark compares."""
    names = tuple(sorted(set(labels)))
    y = np.asarray([names.index(label) for label in labels])
    vectorizer = word_ngrams().fit(texts) if use_words else None
    model = LogisticRegression(C=c, max_iter=5000, random_state=SEED)
    model.fit(combined(vectorizer, texts, vectors), y)
    return ServiceClassifier(names, model, vectorizer)


def blend(
    first: dict[str, float], second: dict[str, float], weight: float = DEFAULT_WEIGHT
) -> list[tuple[str, float]]:
    """(1 - weight) x first + weight x second for every intent either ranks (missing counts as 0), best
    first, at most `RANKING_LENGTH` long; ties keep name order so the result is deterministic."""
    names = set(first) | set(second)
    scores = {n: (1 - weight) * first.get(n, 0.0) + weight * second.get(n, 0.0) for n in names}
    return sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:RANKING_LENGTH]
