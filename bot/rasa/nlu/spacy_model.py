"""Build Front Door's own English spaCy pipeline.

No pretrained English model can be downloaded here, so we build one from `spacy.blank("en")`: the tokenizer,
a lookup lemmatizer (tables from spacy-lookups-data) and an entity ruler that tags UK postcodes and road numbers.
Rasa's `SpacyNLP` loads the folder this writes; `SpacyEntityExtractor` turns the ruler's labels into entities.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from bot.places.postcode import INCODE, OUTCODE

DEFAULT_OUTPUT = Path("models/spacy/en_frontdoor")

# Full postcode as one token ("gl501aa") or two ("GL50 1AA"). Outcodes alone ("GL50") are not tagged here:
# they collide with road numbers ("M5", "A40"); bot.places decides about those in context.
_OUTCODE = OUTCODE  # the one grammar (bot/places/postcode.py)
_INCODE = INCODE
POSTCODE_PATTERNS: list[dict[str, Any]] = [
    {"label": "postcode", "pattern": [{"TEXT": {"REGEX": f"^{_OUTCODE}{_INCODE}$"}}]},
    {
        "label": "postcode",
        "pattern": [{"TEXT": {"REGEX": f"^{_OUTCODE}$"}}, {"TEXT": {"REGEX": f"^{_INCODE}$"}}],
    },
]
ROAD_PATTERNS: list[dict[str, Any]] = [
    {
        "label": "road",
        "pattern": [
            {"TEXT": {"REGEX": r"^[MmAa][0-9]{1,4}$"}},
            {"TEXT": "(", "OP": "?"},
            {"TEXT": {"IN": ["M", "m"]}, "OP": "?"},
            {"TEXT": ")", "OP": "?"},
        ],
    },
    {"label": "road", "pattern": [{"LOWER": {"IN": ["motorway", "motorways"]}}]},
]


def build(output: Path = DEFAULT_OUTPUT) -> Language:
    """Create the pipeline and write it to `output`."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    ruler = nlp.add_pipe("entity_ruler")
    nlp.initialize()  # loads the lemma lookup tables; also empties the ruler, so patterns go in after
    ruler.add_patterns(POSTCODE_PATTERNS + ROAD_PATTERNS)  # type: ignore[attr-defined]
    nlp.meta["name"] = "en_frontdoor"
    nlp.meta["version"] = "1.0.0"
    nlp.meta["description"] = (
        "Front Door: blank English tokenizer, lookup lemmatizer, postcode/road entity ruler"
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    return nlp


def main() -> None:
    """Build the pipeline into `--output` (make spacy)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    build(args.output)
    print(f"spaCy pipeline written to {args.output}")


if __name__ == "__main__":
    main()
