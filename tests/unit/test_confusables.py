"""Look-alike letters from other scripts are folded to Latin where the text is English, and only there."""

from __future__ import annotations

import pytest

from bot import safety
from bot.core.text_guard import guard
from bot.safety.confusables import fold_confusables, latin_skeleton_table


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("I w\u0430nt to kill mys\u0435lf", "I want to kill myself"),  # Cyrillic а, е
        ("he has a kn\u0456fe", "he has a knife"),  # Cyrillic і
        ("\u0455h\u0435's n\u043et br\u0435\u0430thing", "she's not breathing"),  # Cyrillic ѕ е о а
        ("m\u03bfther is unc\u03bfnsci\u03bfus", "mother is unconscious"),  # Greek ο
    ],
)
def test_mixed_script_words_are_folded(raw, folded):
    assert fold_confusables(raw) == folded


@pytest.mark.parametrize(
    "text",
    ["Привет, как дела?", "Καλημέρα σας", "café naïve résumé", "pothole on the A40", "مرحبا"],
)
def test_other_languages_and_accents_are_left_alone(text):
    assert fold_confusables(text) == text


def test_the_table_comes_from_the_unicode_confusables_data():
    table = latin_skeleton_table()
    assert table[ord("\u0430")] == "a"  # CYRILLIC SMALL LETTER A
    assert table[ord("\u03bf")] == "o"  # GREEK SMALL LETTER OMICRON
    assert ord("a") not in table
    assert len(table) > 500


def test_the_guard_folds_so_the_gate_sees_the_danger():
    cleaned = guard("he has a kn\u0456fe and he's coming at me").text
    assert cleaned == "he has a knife and he's coming at me"
    assert safety.check(cleaned).flags == (safety.SafetyFlag.EMERGENCY,)
    assert safety.check(guard("I w\u0430nt to kill mys\u0435lf").text).flags == (safety.SafetyFlag.CRISIS,)
