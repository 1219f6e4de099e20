"""The features the learned classifiers share: the sentence encoder's vector beside TF-IDF word n-grams.

The encoder carries meaning ("rubbish dumped" and "fly-tipping" are near); the n-grams carry the exact words
that separate near neighbours ("last year", "pavement" against "road"). No Rasa imports.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer


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
