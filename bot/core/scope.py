"""Is a message about a public service at all? Nearest neighbours in the sentence encoder's space. No Rasa imports.

A message is compared with every training example of a catalogue service ("in scope") and every
`out_of_scope` example: the mean cosine similarity of its 3 nearest neighbours on each side. `decide()` declines
a message that is not clearly nearer the services (`bot.core.decide.SCOPE_MARGIN`), whatever the intent classifier's
confidence: a short report title that DIET is unsure of is still near other report titles, and a banking
question that DIET happens to rank "fraud_scam" first is still nearer the out-of-scope examples.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NEIGHBOURS = 3


@dataclass(frozen=True)
class ScopeIndex:
    """Unit vectors of the in-scope and out-of-scope training examples."""

    in_scope: np.ndarray  # (n, dimensions), float32
    out_of_scope: np.ndarray

    def similarities(self, vector: np.ndarray) -> tuple[float, float]:
        """(in-scope, out-of-scope): mean cosine similarity of the nearest `NEIGHBOURS` on each side."""
        return _nearest(self.in_scope, vector), _nearest(self.out_of_scope, vector)


def _nearest(matrix: np.ndarray, vector: np.ndarray) -> float:
    if len(matrix) == 0:
        return 0.0
    scores = matrix @ vector.astype(np.float32)
    k = min(NEIGHBOURS, len(scores))
    return float(np.partition(scores, -k)[-k:].mean())
