"""Postcodes are recognised in any message, normalised, and told apart from road numbers."""

from __future__ import annotations

import pytest

from bot.places.postcode import Postcode, find_postcode, parse_postcode


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pothole outside 12 high st GL50 1AA", "GL50 1AA"),
        ("gl501aa", "GL50 1AA"),
        ("GL50  1AA", "GL50 1AA"),
        ("in M1 1AE", "M1 1AE"),
        ("sw1a1aa please", "SW1A 1AA"),
        ("EC1A 1BB", "EC1A 1BB"),
        ("CF10 1EP", "CF10 1EP"),
        ("BT1 5GS.", "BT1 5GS"),
        ("GL50", "GL50"),
        ("my postcode is gl50", "GL50"),
        ("the postcode is BS1", "BS1"),
    ],
)
def test_found_and_normalised(text, expected):
    found = find_postcode(text)
    assert found is not None
    assert found.text == expected


@pytest.mark.parametrize(
    "text",
    [
        "pothole on the M5",
        "debris on the A40 near junction 3",
        "hello",
        "call 101",
        "QA1 1AA",
        "it's 10am",
        "",
    ],
)
def test_not_postcodes(text):
    assert find_postcode(text) is None


def test_outcode_only_has_no_full_form():
    found = find_postcode("GL50")
    assert found == Postcode("GL50")
    assert found.full is None
    assert found.area == "GL"


def test_parse_requires_the_whole_value_to_be_a_postcode():
    assert parse_postcode("gl50 1aa") == Postcode("GL50", "1AA")
    assert parse_postcode("GL50 1AA and more") is None


@pytest.mark.parametrize(
    ("text", "words", "postcode"),
    [
        ("my car was broken into last night M2 5PD", "my car was broken into last night", "M2 5PD"),
        ("pothole outside 12 high st gl501aa please", "pothole outside 12 high st please", "GL50 1AA"),
        ("GL50 1QA", "GL50 1QA", "GL50 1QA"),  # only a postcode: kept whole, so it reads as a location
        ("it is GL50 1QA", "it is GL50 1QA", "GL50 1QA"),
        ("GL50", "GL50", "GL50"),
        ("no postcode here", "no postcode here", None),
    ],
)
def test_split_postcode_takes_it_out_of_the_words(text, words, postcode):
    from bot.places.postcode import split_postcode

    rest, found = split_postcode(text)
    assert rest == words
    assert (found.text if found else None) == postcode
