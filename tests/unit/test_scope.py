"""The nearest-neighbour scope signal, and decide() declining what is nearer the out-of-scope examples."""

from __future__ import annotations

import numpy as np

from bot.core.decide import SCOPE_MARGIN, decide
from bot.core.parse import IntentScore, Parse
from bot.core.scope import ScopeIndex
from bot.encoder import load_encoder
from bot.safety.gate import SafetyAssessment


def test_similarities_are_the_mean_of_the_three_nearest():
    in_scope = np.eye(4, dtype=np.float32)
    index = ScopeIndex(in_scope, np.zeros((0, 4), dtype=np.float32))
    near_in, near_out = index.similarities(np.array([1.0, 0.0, 0.0, 0.0], dtype=np.float32))
    assert (round(near_in, 4), near_out) == (round(1 / 3, 4), 0.0)


def test_real_encoder_puts_a_report_title_nearer_the_services():
    encoder = load_encoder()
    index = ScopeIndex(
        encoder.encode(["pothole in the road", "street light not working", "bins not collected"]),
        encoder.encode(["what's my bank balance", "play some music", "set an alarm for 7"]),
    )
    near_in, near_out = index.similarities(encoder.encode(["huge hole very deep outside no 34"])[0])
    assert near_in > near_out
    near_in, near_out = index.similarities(encoder.encode(["transfer fifty quid to my savings"])[0])
    assert near_out > near_in


def _parse(scope: tuple[float, float]) -> Parse:
    ranking = (IntentScore("fraud_scam", 0.6), IntentScore("out_of_scope", 0.2))
    return Parse("how much is in my account", ranking, safety=SafetyAssessment(), scope=scope)


def test_decide_declines_a_message_nearer_the_out_of_scope_examples():
    assert decide(_parse((0.40, 0.40 + SCOPE_MARGIN + 0.01))).route == "out_of_scope"
    assert decide(_parse((0.40, 0.40 + SCOPE_MARGIN - 0.01))).service == "fraud_scam"
