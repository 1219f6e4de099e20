"""guard(): every kind of bad input gives clean text and the right notes, and never raises."""

from __future__ import annotations

import pytest

from bot.core.text_guard import DEFAULT_MAX_CHARS, InputNote, guard


def test_plain_english_passes_unchanged():
    result = guard("massive pothole outside no. 12")
    assert result.text == "massive pothole outside no. 12"
    assert result.notes == ()
    assert result.safety_flags == ()


@pytest.mark.parametrize("raw", ["", "   ", "\n\t  ", None])
def test_empty(raw):
    result = guard(raw)
    assert result.text == ""
    assert result.notes == (InputNote.EMPTY,)


def test_long_message_is_cut_on_a_word_boundary_with_a_note():
    result = guard("pothole " * 20_000)
    assert len(result.text) <= DEFAULT_MAX_CHARS
    assert result.text.endswith("pothole")
    assert result.notes == (InputNote.TRUNCATED,)


def test_danger_beyond_the_cut_is_still_flagged():
    text = "the bins were not collected " * 200 + " and now a man is attacking my neighbour with a knife"
    result = guard(text)
    assert InputNote.TRUNCATED in result.notes
    assert "emergency" in result.safety_flags


def test_invalid_utf8_and_control_characters():
    result = guard(b"\xff\xfe\x00\x01\x02 pothole on my road \x07")
    assert result.text == "pothole on my road"
    assert InputNote.UNREADABLE not in result.notes


def test_binary_garbage_is_unreadable():
    result = guard(bytes(range(256)) * 4)
    assert InputNote.UNREADABLE in result.notes


def test_control_characters_only_are_unreadable():
    assert guard("\x00\x01\x02\x03").notes == (InputNote.UNREADABLE,)


def test_emoji_only_has_no_words():
    assert guard("😡😡🚧🕳️").notes == (InputNote.NO_WORDS,)


def test_html_and_script_are_removed_before_reading():
    result = guard("<script>alert('x')</script><b>street light</b> out <img src=x onerror=alert(1)>")
    assert result.text == "street light out"
    assert result.notes == (InputNote.MARKUP,)


@pytest.mark.parametrize(
    "text",
    [
        "Il y a un nid de poule énorme devant ma maison",
        "Hay un bache enorme en la calle de mi casa",
        "Мусор не вывезли уже неделю",
        "ما تم جمع القمامة منذ أسبوع",
    ],
)
def test_other_languages_are_noted(text):
    assert InputNote.OTHER_LANGUAGE in guard(text).notes


@pytest.mark.parametrize(
    "text",
    [
        "bin men didnt come again on naunton lane",
        "fly tipping in the layby off the A40 near Andoversford",
        "pothole",
        "GL50 1AA",
        "my bike was nicked from outside Tesco in Cheltenham",
    ],
)
def test_english_with_place_names_is_not_flagged_foreign(text):
    assert InputNote.OTHER_LANGUAGE not in guard(text).notes


def test_lone_surrogates_do_not_crash():
    assert guard("pothole \ud800 here").text == "pothole ? here"


def test_danger_in_the_middle_of_a_very_long_message_is_flagged():
    filler = "the grass verge on our road has not been cut this year and it is a real mess. " * 600
    result = guard(filler + "my neighbour has collapsed and is not breathing. " + filler)
    assert len(filler) > 40_000
    assert "emergency" in result.safety_flags
    assert InputNote.TRUNCATED in result.notes
