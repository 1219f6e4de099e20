"""The learned half of the safety gate: a logistic regression over sentence-encoder vectors and word n-grams.

No Rasa imports. Labels are the four danger flags plus "none". It is trained on the NLU training data (the
four safety intents are the danger classes, every other intent's examples, including the hard look-alikes in
`data/nlu/lookalikes.yml`, are "none") and calibrated there: each flag's threshold is the highest probability
at which, in stratified cross-validation (every example scored by a model that never saw it), at least
``target_recall`` of that flag's examples still reach it. Either this classifier or a deterministic rule
raises a flag; neither can lower one.

Why both kinds of feature (measured on the dev safety set, `bench/encoder_compare.py`, 2026-12-06, before the
look-alike data was added): the encoder alone reached recall 0.957 at 30% false alarms; with TF-IDF word
uni- and bigrams beside it ("last year", "not", "joke" carry the difference between danger and its
look-alikes), 0.947 at 6.3%.

The calibration figures (out-of-fold recall and false alarms per flag) are stored with the weights, so the
trained model says how its thresholds were chosen.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from bot.core.text_features import combined, load_trained, word_ngrams

NONE = "none"
DANGER_LABELS = ("emergency", "crisis", "child_at_risk", "domestic_abuse")
LABELS = (NONE, *DANGER_LABELS)

# Out-of-fold recall each flag's threshold keeps. See docs/safety-gate.md for how it was chosen.
DEFAULT_TARGET_RECALL = 0.9
# Thresholds stay in this range: a message must lean towards the flag, and a flag can always fire.
MIN_THRESHOLD = 0.05
MAX_THRESHOLD = 0.9
# Inverse regularisation strength of the logistic regression (dev set: 16 beat 1 and 4 on false alarms).
DEFAULT_C = 16.0
DEFAULT_FOLDS = 5
SEED = 2026


@dataclass(frozen=True)
class Calibration:
    """How each threshold was chosen: out-of-fold recall of the flag and false alarms among "none" examples."""

    target_recall: float
    folds: int
    recall: dict[str, float]
    false_alarms: dict[str, float]
    examples: dict[str, int]


def _fit(texts: Sequence[str], vectors: np.ndarray, y: np.ndarray, c: float) -> tuple[Any, Any]:
    vectorizer = word_ngrams().fit(texts)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, random_state=SEED)
    model.fit(combined(vectorizer, texts, vectors), y)
    return vectorizer, model


@dataclass(frozen=True)
class SafetyClassifier:
    """The fitted parts, per-flag thresholds and the calibration record. `flags()` is the whole runtime."""

    vectorizer: TfidfVectorizer
    model: LogisticRegression
    thresholds: dict[str, float]
    calibration: Calibration

    def probabilities(self, texts: Sequence[str], vectors: np.ndarray) -> np.ndarray:
        """Probabilities in `LABELS` order, shape (len(texts), len(LABELS))."""
        probs = self.model.predict_proba(combined(self.vectorizer, texts, np.atleast_2d(vectors)))
        return probs[:, [list(self.model.classes_).index(i) for i in range(len(LABELS))]]

    def scores(self, text: str, vector: np.ndarray) -> dict[str, float]:
        """Each danger flag's probability for one message."""
        probs = self.probabilities([text], vector)[0]
        return {label: round(float(probs[i]), 4) for i, label in enumerate(LABELS) if label != NONE}

    def flags(self, scores: dict[str, float]) -> list[str]:
        """The danger flags whose probability reaches their threshold, in `DANGER_LABELS` order."""
        return [label for label in DANGER_LABELS if scores[label] >= self.thresholds[label]]

    def dumps(self) -> bytes:
        """The whole classifier pickled, for the model archive."""
        return pickle.dumps(self)

    @staticmethod
    def loads(data: bytes) -> SafetyClassifier:
        """A classifier from `dumps()`; refuses anything else (pickle runs code: load only our own)."""
        return load_trained(data, SafetyClassifier)

    def describe(self) -> dict[str, Any]:
        """The thresholds and how they were chosen, for the training log."""
        return {"thresholds": self.thresholds, "calibration": asdict(self.calibration)}


def _out_of_fold(
    texts: Sequence[str], vectors: np.ndarray, y: np.ndarray, folds: int, c: float
) -> np.ndarray:
    probs = np.zeros((len(y), len(LABELS)), dtype=np.float32)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=SEED)
    text_array = np.asarray(texts, dtype=object)
    for train_idx, test_idx in splitter.split(vectors, y):
        vectorizer, model = _fit(list(text_array[train_idx]), vectors[train_idx], y[train_idx], c)
        fold = model.predict_proba(combined(vectorizer, list(text_array[test_idx]), vectors[test_idx]))
        probs[test_idx] = fold[:, [list(model.classes_).index(i) for i in range(len(LABELS))]]
    return probs


def _threshold(scores: np.ndarray, target_recall: float) -> float:
    """The highest threshold that keeps at least `target_recall` of these (positive) scores at or above it."""
    ordered = np.sort(scores)
    keep_out = int(np.floor(len(ordered) * (1.0 - target_recall)))
    return float(np.clip(ordered[keep_out], MIN_THRESHOLD, MAX_THRESHOLD))


def train(
    texts: Sequence[str],
    vectors: np.ndarray,
    labels: Sequence[str],
    *,
    target_recall: float = DEFAULT_TARGET_RECALL,
    folds: int = DEFAULT_FOLDS,
    c: float = DEFAULT_C,
) -> SafetyClassifier:
    """Fit on every example, with thresholds from out-of-fold probabilities (see the module docstring)."""
    y = np.asarray([LABELS.index(label) for label in labels])
    probs = _out_of_fold(texts, vectors, y, folds, c)
    thresholds: dict[str, float] = {}
    recall: dict[str, float] = {}
    false_alarms: dict[str, float] = {}
    negatives = y == 0
    for index, label in enumerate(LABELS[1:], start=1):
        positives = y == index
        threshold = _threshold(probs[positives, index], target_recall)
        thresholds[label] = round(threshold, 4)
        recall[label] = round(float((probs[positives, index] >= threshold).mean()), 4)
        false_alarms[label] = round(float((probs[negatives, index] >= threshold).mean()), 4)
    vectorizer, model = _fit(texts, vectors, y, c)
    calibration = Calibration(
        target_recall=target_recall,
        folds=folds,
        recall=recall,
        false_alarms=false_alarms,
        examples={label: int((y == i).sum()) for i, label in enumerate(LABELS)},
    )
    return SafetyClassifier(vectorizer, model, thresholds, calibration)
