"""Find and normalise UK postcodes in free text ("GL50 1AA", "gl501aa", "GL50  1AA", "pothole by GL50 1AA").

An outcode alone ("GL50") is only taken when it stands alone or follows words like "postcode" or "in", because
road numbers look the same ("the M5", "A40").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The one postcode grammar: every other module that finds, redacts, validates or tags postcodes builds on these
# (bot/core/privacy.py, bot/insight/events.py, bot/rasa/nlu/spacy_model.py, the sandbox).
OUTCODE = r"[A-Za-z]{1,2}[0-9][A-Za-z0-9]?"  # "GL50", "SW1A", "M2"
INCODE = r"[0-9][A-Za-z]{2}"  # "1QA"
# A full postcode in free text: outcode (group 1) and incode (group 2), spaced or not, not inside a longer word.
FULL_POSTCODE = re.compile(rf"(?<![A-Za-z0-9])({OUTCODE})\s*({INCODE})(?![A-Za-z0-9])")
# A normalised outcode as stored (upper case only): a postcode district.
OUTCODE_NORMALISED = re.compile(OUTCODE.replace("A-Za-z", "A-Z"))
_OUTCODE_ALONE = re.compile(
    rf"^\s*(?:my\s+|the\s+|it'?s\s+|its\s+)?(?:postcode\s+(?:is\s+)?)?({OUTCODE})\s*[.!]?\s*$", re.I
)
_OUTCODE_CUED = re.compile(rf"\b(?:postcode|post\s+code|area)\s*(?:is|:)?\s*({OUTCODE})(?![A-Za-z0-9])", re.I)
# Letters never used in these positions of a real postcode (Royal Mail's rules), to reject look-alikes.
_BAD_FIRST = set("QVX")
_BAD_SECOND = set("IJZ")
_BAD_INCODE = set("CIKMOV")


@dataclass(frozen=True)
class Postcode:
    """A syntactically valid postcode (full or outcode only). Whether it exists is the API's call."""

    outcode: str
    incode: str | None = None

    @property
    def full(self) -> str | None:
        """The full postcode ("GL50 1AA"), or None when only the outcode is known."""
        return f"{self.outcode} {self.incode}" if self.incode else None

    @property
    def text(self) -> str:
        """The postcode as given: the full one when known, else the outcode."""
        return self.full or self.outcode

    @property
    def area(self) -> str:
        """The letters at the start ("GL" of "GL50"), used for the water-company table."""
        return re.match(r"[A-Z]+", self.outcode).group(0)  # type: ignore[union-attr]


def _plausible_outcode(outcode: str) -> bool:
    head_match = re.match(r"[A-Z]+", outcode)
    if head_match is None:
        return False
    head = head_match.group(0)
    if head[0] in _BAD_FIRST:
        return False
    return not (len(head) == 2 and head[1] in _BAD_SECOND)


def find_postcode(text: str) -> Postcode | None:
    """The first full postcode in the text, else a clearly given outcode, else None."""
    for match in FULL_POSTCODE.finditer(text or ""):
        outcode, incode = match.group(1).upper(), match.group(2).upper()
        if _plausible_outcode(outcode) and not set(incode[1:]) & _BAD_INCODE:
            return Postcode(outcode, incode)
    for pattern in (_OUTCODE_ALONE, _OUTCODE_CUED):
        cued = pattern.search(text or "")
        if cued and _plausible_outcode(cued.group(1).upper()):
            return Postcode(cued.group(1).upper())
    return None


def parse_postcode(value: str) -> Postcode | None:
    """Parse a value that should be just a postcode (a slot, an API field)."""
    found = find_postcode(value)
    if found is None:
        return None
    compact = re.sub(r"\s+", "", value).upper()
    return found if compact == (found.outcode + (found.incode or "")) else None


def split_postcode(text: str) -> tuple[str, Postcode | None]:
    """(the text without its postcode, the postcode). The classifier reads the words without the postcode, which
    it was not trained on and which can pull a clear request into a fallback. A message that is only a postcode
    is kept whole, so it is still understood as a location."""
    found = find_postcode(text)
    if found is None or found.full is None:
        return text, found
    pattern = re.compile(rf"(?<![A-Za-z0-9]){found.outcode}\s*{found.incode}(?![A-Za-z0-9])", re.IGNORECASE)
    rest = re.sub(r"\s{2,}", " ", pattern.sub(" ", text, count=1)).strip(" ,.;:-")
    return (rest if len(re.findall(r"[A-Za-z]{3,}", rest)) >= 2 else text), found
