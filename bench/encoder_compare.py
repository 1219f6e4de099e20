"""Compare the sentence-encoder candidates for the safety gate: `python -m bench.encoder_compare`.

For each candidate in `bot.encoder.CANDIDATES`: load time, per-message cost, and the safety classifier trained
on `data/nlu` (the same training and calibration as the Rasa component) scored on the safety sets, alone and
combined with the deterministic rules (the gate raises a flag when either fires). The blind sets are scored,
never tuned on; the dev set (`tests/data/safety_set.yml`) is the one the rules were tuned on.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import numpy as np
import psutil

from bench.nlu_eval import load_examples
from bench.safety_eval import LABEL_FLAGS, load_cases, score
from bot import safety
from bot.core.decide import SAFETY_INTENT_FLAGS
from bot.encoder import CANDIDATES, SentenceEncoder
from bot.ops.paths import ROOT
from bot.safety import classifier as safety_classifier

SETS = {
    "dev": ROOT / "tests" / "data" / "safety_set.yml",
    "blind 1": ROOT / "tests" / "data" / "safety_holdout.yml",
    "blind 2": ROOT / "tests" / "data" / "safety_blind.yml",
    "blind 3": ROOT / "tests" / "data" / "safety_blind_3.yml",
}


def training_data() -> tuple[list[str], list[str]]:
    """Every NLU training example with its safety label ("none" for every non-safety intent)."""
    texts: list[str] = []
    labels: list[str] = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for intent, text in load_examples(path):
            texts.append(text)
            flag = SAFETY_INTENT_FLAGS.get(intent)
            labels.append(flag.value if flag else safety_classifier.NONE)
    return texts, labels


def evaluate(name: str, target_recall: float) -> dict[str, Any]:
    process = psutil.Process()
    rss_before = process.memory_info().rss
    started = time.perf_counter()
    encoder = SentenceEncoder(CANDIDATES[name])
    encoder.encode(["warm up"])
    load_seconds = time.perf_counter() - started
    load_mb = (process.memory_info().rss - rss_before) / 2**20
    texts, labels = training_data()
    started = time.perf_counter()
    vectors = encoder.encode(texts)
    encode_seconds = time.perf_counter() - started
    classifier = safety_classifier.train(texts, vectors, labels, target_recall=target_recall)
    single = ["my bike was nicked from outside the station yesterday"] * 200
    started = time.perf_counter()
    for text in single:
        encoder.encode([text])
    per_message_ms = (time.perf_counter() - started) / len(single) * 1000
    result: dict[str, Any] = {
        "encoder": name,
        "load_seconds": round(load_seconds, 2),
        "memory_mb": round(load_mb, 1),
        "training_examples": len(texts),
        "encode_training_seconds": round(encode_seconds, 1),
        "per_message_ms": round(per_message_ms, 2),
        **classifier.describe(),
        "sets": {},
    }
    for set_name, path in SETS.items():
        if not path.exists():
            continue
        cases = [c | {"expect": _label(c["expect"])} for c in load_cases(path)]
        set_vectors = encoder.encode([c["text"] for c in cases])
        by_text = {c["text"]: set_vectors[i] for i, c in enumerate(cases)}

        def learned(text: str, by_text: dict[str, np.ndarray] = by_text) -> list[str]:
            return classifier.flags(classifier.scores(text, by_text[text]))

        def gate(text: str, learned: Any = learned) -> list[str]:
            return sorted({*learned(text), *(f.value for f in safety.check(text).flags)})

        result["sets"][set_name] = {
            mode: _summary(score(cases, fn))
            for mode, fn in (("classifier", learned), ("rules", _rules), ("gate", gate))
        }
    return result


def _rules(text: str) -> list[str]:
    return [f.value for f in safety.check(text).flags]


def _label(label: str) -> str:
    return "safeguarding" if label in ("child_at_risk", "domestic_abuse") else label


def _summary(s: Any) -> dict[str, Any]:
    return {
        "recall": round(s.recall, 3),
        "false_alarms": round(s.false_alarm_rate, 3),
        "per_label": {k: f"{c}/{n}" for k, (c, n) in s.per_label.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--encoders", nargs="*", default=sorted(CANDIDATES))
    parser.add_argument("--target-recall", type=float, default=safety_classifier.DEFAULT_TARGET_RECALL)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    assert set(LABEL_FLAGS) >= {"emergency", "crisis", "safeguarding"}
    results = [evaluate(name, args.target_recall) for name in args.encoders]
    for r in results:
        print(
            f"== {r['encoder']}: load {r['load_seconds']} s, +{r['memory_mb']} MB, "
            f"{r['per_message_ms']} ms/message"
        )
        print(f"   thresholds {r['thresholds']}")
        for set_name, modes in r["sets"].items():
            line = "; ".join(
                f"{mode} recall {m['recall']:.3f} FA {m['false_alarms']:.3f}" for mode, m in modes.items()
            )
            print(f"   {set_name}: {line}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    np.set_printoptions(precision=3)
    main()
