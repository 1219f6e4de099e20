"""The sentence encoder: the pinned model loads from its wheel, vectors are unit length and carry meaning."""

from __future__ import annotations

import numpy as np
import pytest

from bot.encoder import CANDIDATES, DEFAULT_ENCODER, DIMENSIONS, EncoderUnavailable, load_encoder, model_path


def test_default_encoder_gives_unit_vectors_of_the_documented_size():
    vectors = load_encoder().encode(["massive pothole outside no. 12", "my bike was nicked yesterday"])
    assert vectors.shape == (2, DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_paraphrases_are_closer_than_unrelated_messages():
    a, b, c = load_encoder().encode(
        ["he's gone quiet and his lips are blue", "my husband has stopped breathing", "when is bin day"]
    )
    assert float(a @ b) > float(a @ c) + 0.1


def test_batching_does_not_change_a_vector():
    encoder = load_encoder()
    texts = ["short", "a much longer message about a blocked drain on the high street that floods"] * 3
    together = encoder.encode(texts, batch_size=4)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-4)


def test_empty_text_is_a_vector_not_an_error():
    assert load_encoder().encode([""]).shape == (1, DIMENSIONS)


def test_every_candidate_file_is_installed_and_pinned():
    for candidate in CANDIDATES.values():
        assert model_path(candidate).is_file()
    assert DEFAULT_ENCODER in CANDIDATES


def test_unknown_encoder_is_refused():
    with pytest.raises(EncoderUnavailable):
        load_encoder("no-such-encoder")
