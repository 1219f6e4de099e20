"""ServiceBlend: DIET's intent ranking blended with a logistic regression over the sentence encoder and word
n-grams (`bot.core.service_classifier`), so *which service* is judged on meaning as well as on DIET's features.

It runs right after DIET and before the SafetyGate (which still has the last word on danger). The blended
ranking replaces DIET's, and its top is the message's intent, so the policies, the tracker and `decide()`
all see the same judgement.
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

from bot.core.service_classifier import (
    DEFAULT_C,
    DEFAULT_WEIGHT,
    ServiceClassifier,
    blend,
    train_service_classifier,
)
from bot.rasa.nlu.sentence_encoder import SentenceEncoderFeaturizer, encoded_examples, sentence_vector

logger = logging.getLogger(__name__)

_FILE = "service_classifier.pkl"
DIET_RANKING_KEY = "diet_intent_ranking"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class ServiceBlend(GraphComponent):
    """Replaces DIET's intent ranking with its blend with the encoder classifier's."""

    @classmethod
    def required_components(cls) -> list[type]:
        """The classifier reads the sentence encoder's vectors, so the featurizer must run first."""
        return [SentenceEncoderFeaturizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """The classifier's share of the blended confidence (DIET has the rest) and its regularisation."""
        return {"weight": DEFAULT_WEIGHT, "C": DEFAULT_C}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        classifier: ServiceClassifier | None = None,
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
    ) -> ServiceBlend:
        """A component with no classifier yet (training gives it one)."""
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> ServiceBlend:
        """The component with the classifier trained with the model."""
        with model_storage.read_from(resource) as folder:
            classifier = ServiceClassifier.loads((folder / _FILE).read_bytes())
        return cls(config, model_storage, resource, classifier)

    def train(self, training_data: TrainingData) -> Resource:
        """Fit the classifier on every intent example's text and vector, and store it."""
        examples = encoded_examples(training_data)
        self.classifier = train_service_classifier(
            [text for text, _v, _i in examples],
            np.vstack([vector for _t, vector, _i in examples]),
            [intent for _t, _v, intent in examples],
            c=float(self.config["C"]),
        )
        logger.info("service classifier: %d intents, %d examples", len(self.classifier.labels), len(examples))
        with self._model_storage.write_to(self._resource) as folder:
            (folder / _FILE).write_bytes(self.classifier.dumps())
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training data passes through unchanged: the blend changes only messages at run time."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Replace each message's intent ranking with the blend (DIET's stays in `diet_intent_ranking`)."""
        for message in messages:
            text = message.get(TEXT)
            vector = sentence_vector(message)
            if self.classifier is None or vector is None or not text:
                continue
            diet = {r["name"]: float(r["confidence"]) for r in message.get(INTENT_RANKING_KEY) or []}
            ranked = blend(diet, self.classifier.ranking(text, vector), float(self.config["weight"]))
            ranking = [{"name": name, "confidence": round(score, 6)} for name, score in ranked]
            # DIET's own ranking stays in the parse for the benchmark's comparison (bench/service_compare.py).
            message.set(DIET_RANKING_KEY, message.get(INTENT_RANKING_KEY), add_to_output=True)
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages
