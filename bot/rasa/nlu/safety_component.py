"""SafetyGate: the safety gate as a Rasa NLU component, the one place each message is assessed for danger.

Training fits the learned classifier (`bot.safety_classifier`) on the NLU training data's encoder vectors:
the four safety intents are the danger classes, every other intent is "none". At run time it combines the
deterministic rules, the guard's whole-message flags (for text longer than the model reads) and the classifier
into one `SafetyAssessment`, puts it in the parse (`safety`), and when danger is found makes the matching
safety intent the message's intent (confidence 1.0), so rules, stories and the tracker see it whatever DIET
thought. With no danger, DIET's safety intents are taken out of the ranking: danger is decided here only.
"""

from __future__ import annotations

import logging
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.core.decide import SAFETY_INTENT_FLAGS, SAFETY_SERVICES
from bot.rasa.nlu.sentence_encoder import SentenceEncoderFeaturizer, encoded_examples, sentence_vector
from bot.safety import classifier as safety_classifier
from bot.safety.gate import SafetyAssessment, assess

logger = logging.getLogger(__name__)

_FILE = "safety_classifier.pkl"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class SafetyGate(GraphComponent):
    """Assesses every message for danger (rules + classifier) and overrides the intent when it finds some."""

    @classmethod
    def required_components(cls) -> list[type]:
        """The classifier reads the sentence encoder's vectors, so the featurizer must run first."""
        return [SentenceEncoderFeaturizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The out-of-fold recall each threshold keeps, the regularisation and the number of folds."""
        return {
            "target_recall": safety_classifier.DEFAULT_TARGET_RECALL,
            "C": safety_classifier.DEFAULT_C,
            "folds": safety_classifier.DEFAULT_FOLDS,
        }

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        classifier: safety_classifier.SafetyClassifier | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.classifier = classifier

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyGate:
        """A gate with no classifier yet (training gives it one)."""
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SafetyGate:
        """The gate with the classifier trained with the model."""
        with model_storage.read_from(resource) as folder:
            classifier = safety_classifier.SafetyClassifier.loads((folder / _FILE).read_bytes())
        return cls(config, model_storage, resource, classifier)

    def train(self, training_data: TrainingData) -> Resource:
        """Fit and store the classifier: safety intents are the danger classes, all others "none"."""
        examples = encoded_examples(training_data)
        flags = [SAFETY_INTENT_FLAGS.get(intent) for _t, _v, intent in examples]
        self.classifier = safety_classifier.train(
            [text for text, _v, _i in examples],
            np.vstack([vector for _t, vector, _i in examples]),
            [flag.value if flag else safety_classifier.NONE for flag in flags],
            target_recall=float(self.config["target_recall"]),
            folds=int(self.config["folds"]),
            c=float(self.config["C"]),
        )
        logger.info("safety classifier: %s", self.classifier.describe())
        with self._model_storage.write_to(self._resource) as folder:
            (folder / _FILE).write_bytes(self.classifier.dumps())
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training data passes through unchanged: the gate assesses only messages at run time."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Assess each message, add the assessment to its parse and put any safety intent first."""
        for message in messages:
            self._gate(message)
        return messages

    def _gate(self, message: Message) -> None:
        text = message.get(TEXT) or ""
        metadata = message.get("metadata") or {}
        guard_flags = (metadata.get("frontdoor") or {}).get("safety_flags") or []
        scores: dict[str, float] = {}
        learned: list[str] = []
        vector = sentence_vector(message)
        if self.classifier is not None and vector is not None and text:
            scores = self.classifier.scores(text, vector)
            learned = self.classifier.flags(scores)
        assessment = assess(
            text,
            guard_flags=[str(f) for f in guard_flags],
            classifier_scores=scores,
            classifier_flags=learned,
        )
        message.set("safety", assessment.to_json(), add_to_output=True)
        self._set_intent(message, assessment)

    @staticmethod
    def _set_intent(message: Message, assessment: SafetyAssessment) -> None:
        ranking = [
            r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") not in SAFETY_INTENT_FLAGS
        ]
        if assessment.top is not None:
            ranking = [{"name": SAFETY_SERVICES[assessment.top], "confidence": 1.0}, *ranking]
        if not ranking:  # DIET ranked only safety intents: keep what it said rather than nothing
            return
        message.set(INTENT, ranking[0], add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
