"""SentenceEncoderFeaturizer: the pretrained sentence encoder (`bot.encoder`) as a Rasa dense featurizer.

It adds one 384-dimensional sentence feature per message, so DIET gets word meaning beside the sparse word and
character counts, and the safety gate's classifier reads the same vector (computed once per message).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.encoder import CANDIDATES, DEFAULT_ENCODER, SentenceEncoder, load_encoder

ALIAS = "sentence_encoder"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEncoderFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds the encoder's sentence vector to every message's text (no sequence features)."""

    @classmethod
    def required_components(cls) -> list[type]:
        """Rasa needs messages tokenized before any featurizer (the encoder uses its own word pieces)."""
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        """Rasa's featurizer defaults, the default encoder, and the alias the other components look for."""
        return {**DenseFeaturizer.get_default_config(), "encoder": DEFAULT_ENCODER, "alias": ALIAS}

    @classmethod
    def validate_config(cls, config: dict[str, Any]) -> None:
        """Refuse an encoder name that is not one of the pinned candidates."""
        if config.get("encoder") not in CANDIDATES:
            raise ValueError(f"encoder must be one of {sorted(CANDIDATES)}")

    def __init__(self, config: dict[str, Any], name: str) -> None:
        super().__init__(name, config)
        self.encoder: SentenceEncoder = load_encoder(config["encoder"])

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SentenceEncoderFeaturizer:
        """The featurizer with the configured encoder (loaded once per process and shared)."""
        return cls({**cls.get_default_config(), **config}, execution_context.node_name)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Add the sentence vector to every training example with text (computed in batches)."""
        self._featurize([m for m in training_data.training_examples if m.get(TEXT)])
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        """Add the sentence vector to every message with text."""
        self._featurize([m for m in messages if m.get(TEXT)])
        return messages

    def _featurize(self, messages: list[Message]) -> None:
        if not messages:
            return
        vectors = self.encoder.encode([m.get(TEXT) for m in messages])
        for message, vector in zip(messages, vectors, strict=True):
            self.add_features_to_message(None, vector[np.newaxis, :], TEXT, message)


def sentence_vector(message: Message, alias: str = ALIAS) -> np.ndarray | None:
    """The encoder's vector for a featurized message, or None when it has none (a message with no text)."""
    for feature in message.features:
        if feature.origin == alias and feature.type == FEATURE_TYPE_SENTENCE and feature.attribute == TEXT:
            return np.asarray(feature.features).reshape(-1)
    return None


def encoded_examples(training_data: TrainingData) -> list[tuple[str, np.ndarray, str]]:
    """(text, encoder vector, intent) for every intent example with words: what the learned components train
    on."""
    examples = []
    for message in training_data.intent_examples:
        vector = sentence_vector(message)
        if vector is not None and message.get(TEXT):
            examples.append((message.get(TEXT), vector, message.get(INTENT)))
    return examples
