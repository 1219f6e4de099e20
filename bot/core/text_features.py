"""The features the learned classifiers share: the sentence encoder's vector beside TF-IDF word n-grams.

The encoder carries meaning ("rubbish dumped" and "fly-tipping" are near); the n-grams carry the exact words
that separate near neighbours ("last year", "pavement" against "road"). No Rasa imports.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from typing import TypeVar

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

T = TypeVar("T")


def word_ngrams() -> TfidfVectorizer:
    """Word uni- and bigrams seen at least twice, sublinear term frequency."""
    return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2, lowercase=True)


def combined(
    vectorizer: TfidfVectorizer | None, texts: Sequence[str], vectors: np.ndarray
) -> sparse.csr_matrix:
    """One row per text: its encoder vector, then (with a vectorizer) its word n-grams."""
    dense = sparse.csr_matrix(np.atleast_2d(vectors))
    if vectorizer is None:
        return dense
    return sparse.hstack([dense, vectorizer.transform(texts)]).tocsr()


def load_trained(data: bytes, kind: type[T]) -> T:
    """A learned classifier this project trained and pickled itself, checked to be a `kind` (pickle runs
    code: never load one from elsewhere)."""
    loaded = pickle.loads(data)
    if not isinstance(loaded, kind):
        raise TypeError(f"not a {kind.__name__}")
    return loaded
