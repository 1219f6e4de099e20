"""GSM 03.38 (GSM-7) arithmetic for SMS: what fits in a segment, and plain replacements for the characters our
answers use that are not in the GSM-7 alphabet. One character outside GSM-7 (a "•" bullet, a curly apostrophe)
would switch the whole SMS to UCS-2 and cut a segment from 160 to 70 characters, more than doubling the cost.
"""

from __future__ import annotations

import math
import unicodedata

# The GSM 03.38 basic character set (one septet each) and its extension table (escape + septet = two).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")
SINGLE_SEGMENT = 160  # septets in one SMS
CONCAT_SEGMENT = 153  # septets per part of a multi-part SMS (7 go to the concatenation header)

_REPLACEMENTS = {
    "\u2022": "-",  # bullet
    "\u2018": "'",  # curly quotes
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2013": "-",  # en and em dashes
    "\u2014": "-",
    "\u2026": "...",  # ellipsis
    "\u00a0": " ",
    "\t": " ",
}


def to_gsm7(text: str) -> str:
    """The text with every character made GSM-7: known replacements, then accents stripped, then dropped."""
    out: list[str] = []
    for char in text:
        char = _REPLACEMENTS.get(char, char)
        if all(c in GSM7_BASIC or c in GSM7_EXTENDED for c in char):
            out.append(char)
            continue
        plain = unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode("ascii")
        out.append("".join(c for c in plain if c in GSM7_BASIC or c in GSM7_EXTENDED))
    return "".join(out)


def septets(text: str) -> int:
    """Length in GSM-7 septets (extension characters count two). The text must already be GSM-7."""
    return sum(2 if char in GSM7_EXTENDED else 1 for char in text)


def is_gsm7(text: str) -> bool:
    """True when every character is in the GSM-7 alphabet, so the SMS goes as GSM-7 rather than UCS-2."""
    return all(char in GSM7_BASIC or char in GSM7_EXTENDED for char in text)


def segments(text: str) -> int:
    """How many SMS segments a GSM-7 text is billed as."""
    length = septets(text)
    return 1 if length <= SINGLE_SEGMENT else math.ceil(length / CONCAT_SEGMENT)


def budget(max_segments: int) -> int:
    """Septets that fit in `max_segments` segments."""
    return SINGLE_SEGMENT if max_segments <= 1 else max_segments * CONCAT_SEGMENT
