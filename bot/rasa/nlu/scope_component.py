"""ScopeNeighbours: the nearest-neighbour scope signal (`bot.core.scope`) as a Rasa component.

Training keeps the sentence-encoder vectors of every catalogue-service example (in scope) and every
`out_of_scope` example; at run time each message's parse gets `scope`: {"in": ..., "out": ...}, the mean
similarity of its nearest neighbours on each side, which `decide()` reads.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.catalogue import load_catalogue
from bot.core.decide import SAFETY_INTENT_FLAGS
from bot.core.scope import ScopeIndex
from bot.rasa.nlu.sentence_encoder import SentenceEncoderFeaturizer, encoded_examples, sentence_vector

_FILE = "scope_index.npz"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class ScopeNeighbours(GraphComponent):
    """Adds each message's similarity to in-scope and out-of-scope training examples to the parse."""

    @classmethod
    def required_components(cls) -> list[type]:
        """The index holds the sentence encoder's vectors, so the featurizer must run first."""
        return [SentenceEncoderFeaturizer]

    def __init__(
        self, model_storage: ModelStorage, resource: Resource, index: ScopeIndex | None = None
    ) -> None:
        self._model_storage = model_storage
        self._resource = resource
        self.index = index

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ScopeNeighbours:
        """A component with no index yet (training builds it)."""
        return cls(model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> ScopeNeighbours:
        """The component with the index stored with the model."""
        with model_storage.read_from(resource) as folder, np.load(folder / _FILE) as data:
            index = ScopeIndex(data["in_scope"], data["out_of_scope"])
        return cls(model_storage, resource, index)

    def train(self, training_data: TrainingData) -> Resource:
        """Store the vectors of the services' examples (not safety's) and of `out_of_scope`'s."""
        catalogue = load_catalogue()
        in_scope: list[np.ndarray] = []
        out_of_scope: list[np.ndarray] = []
        for _text, vector, intent in encoded_examples(training_data):
            if intent == "out_of_scope":
                out_of_scope.append(vector)
            elif intent in catalogue and intent not in SAFETY_INTENT_FLAGS:
                in_scope.append(vector)
        self.index = ScopeIndex(_stack(in_scope), _stack(out_of_scope))
        with self._model_storage.write_to(self._resource) as folder:
            np.savez(folder / _FILE, in_scope=self.index.in_scope, out_of_scope=self.index.out_of_scope)
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training data passes through unchanged: only messages at run time get a `scope`."""
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Add `scope` (similarity to the nearest in- and out-of-scope examples) to each message with text."""
        for message in messages:
            vector = sentence_vector(message)
            if self.index is None or vector is None or not message.get(TEXT):
                continue
            near_in, near_out = self.index.similarities(vector)
            message.set("scope", {"in": round(near_in, 4), "out": round(near_out, 4)}, add_to_output=True)
        return messages


def _stack(vectors: list[np.ndarray]) -> np.ndarray:
    return np.vstack(vectors).astype(np.float32) if vectors else np.zeros((0, 384), dtype=np.float32)
