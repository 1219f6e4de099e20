"""Fold look-alike letters from other scripts to their Latin skeleton (Cyrillic, Greek, styled letters).

Danger hidden behind look-alike letters ("I want to kill myself" typed with a Cyrillic a and e) must still be seen.
The table is Unicode's confusables data (UTS #39, "Unicode Security Mechanisms"), as shipped and maintained by
the `confusable-homoglyphs` package (MIT): every letter outside the Latin script whose confusable is one ASCII
letter. Folding is applied only where the text is English-looking, so Russian or Greek messages are left alone:
inside a word that also has Latin letters, or anywhere in a message whose letters are mostly Latin.
"""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import confusable_homoglyphs


@lru_cache(maxsize=1)
def latin_skeleton_table() -> dict[int, str]:
    """Code point -> ASCII letter, for every non-Latin letter that UTS #39 lists as confusable with one."""
    path = Path(confusable_homoglyphs.__file__).with_name("confusables.json")
    data: dict[str, list[dict[str, str]]] = json.loads(path.read_text(encoding="utf-8"))
    table: dict[int, str] = {}
    for char, homoglyphs in data.items():
        if len(char) != 1 or not char.isalpha() or "LATIN" in unicodedata.name(char, ""):
            continue
        latin = [h["c"] for h in homoglyphs if len(h["c"]) == 1 and h["c"].isascii() and h["c"].isalpha()]
        if latin:
            table[ord(char)] = latin[0]
    return table


def _is_latin(char: str) -> bool:
    """Latin script, including the styled (mathematical) Latin letters people paste from font generators."""
    name = unicodedata.name(char, "")
    return "LATIN" in name or name.startswith("MATHEMATICAL")


def fold_confusables(text: str) -> str:
    """`text` with look-alike letters folded to Latin where the text is English-looking; else unchanged."""
    table = latin_skeleton_table()
    if text.isascii() or not any(ord(ch) in table for ch in text):
        return text
    letters = [ch for ch in text if ch.isalpha()]
    mostly_latin = sum(1 for ch in letters if _is_latin(ch)) * 2 > len(letters)
    if mostly_latin:
        return text.translate(table)
    return " ".join(
        word.translate(table) if any(ch.isascii() and ch.isalpha() for ch in word) else word
        for word in text.split(" ")
    )
