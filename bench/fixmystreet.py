"""Route and tier accuracy on real residents' words: ../shared/eval/fixmystreet_dev.csv (1,000 FixMyStreet
reports around Cheltenham, a two-tier area). For measurement only: never training data, never copied.

The residents' own category choices are noisy, so the confusions are printed, not only the scores.
Usage: .venv/bin/python -m bench.fixmystreet [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bench.triage_runner import triage_many
from bot.ops.paths import ROOT

FIXMYSTREET_CSV = ROOT.parent / "shared" / "eval" / "fixmystreet_dev.csv"

# The dataset's routing labels -> the catalogue services that are a correct answer.
LABEL_SERVICES: dict[str, set[str]] = {
    "pothole_road_defect": {"pothole"},
    "pavement_footpath": {"pavement"},
    "flytipping": {"fly_tipping"},
    "drainage_flooding": {"road_drain"},
    "trees_vegetation": {"overgrown_vegetation"},
    "signs_markings_street_furniture": {"road_signs_markings"},
    "street_lighting": {"street_light"},
    "graffiti_flyposting": {"graffiti"},
    "traffic_lights_signals": {"traffic_lights"},
    "refuse_recycling_bins": {"missed_bin", "new_bin", "bulky_waste"},
    "litter_street_cleaning": {"litter"},
    "public_rights_of_way": {"rights_of_way"},
    "obstruction_structures": {"highway_obstruction"},
    "parks_open_spaces": {"parks_open_spaces"},
    "parking": {"parking"},
    "abandoned_vehicle": {"abandoned_vehicle"},
    "roadworks_streetworks": {"roadworks"},
    "dog_fouling": {"dog_fouling"},
}


@dataclass
class FixMyStreetScore:
    rows: int = 0
    route_correct: int = 0
    tier_rows: int = 0
    tier_correct: int = 0
    service_correct: int = 0
    clarify: int = 0
    safety_flags: int = 0
    # How the reports that did not reach the right body went: declined (or taken as chat), asked which
    # service, given a safety answer, or sent to the wrong body.
    misses: Counter[str] = field(default_factory=Counter)
    route_confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    tier_confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    service_confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "route_accuracy": self.route_correct / self.rows,
            "tier_accuracy": self.tier_correct / self.tier_rows if self.tier_rows else None,
            "service_accuracy": self.service_correct / self.rows,
            "clarification_rate": self.clarify / self.rows,
            "misses": {
                k: self.misses.get(k, 0) for k in ("declined", "asked", "safety_answer", "wrong_body")
            },
            "safety_flag_rate": self.safety_flags / self.rows,
            "top_route_confusions": [[a, b, n] for (a, b), n in self.route_confusions.most_common(10)],
            "top_tier_confusions": [[a, b, n] for (a, b), n in self.tier_confusions.most_common(10)],
            "top_service_confusions": [[a, b, n] for (a, b), n in self.service_confusions.most_common(20)],
        }


def load_rows(limit: int | None = None) -> list[dict[str, str]]:
    with FIXMYSTREET_CSV.open(newline="") as handle:
        rows = list(csv.DictReader(handle))
    return rows[:limit] if limit else rows


def message(row: dict[str, str]) -> str:
    """What a resident would type: their title, then their description."""
    return f"{row['text'].strip()}. {row['detail'].strip()}".strip()


def expected(row: dict[str, str]) -> tuple[str, str | None, set[str]]:
    """(route, council tier, acceptable services) for one row."""
    if row["tier"] == "national_highways":
        return "other_agency", None, {"motorway_trunk_road"}
    return "council", row["tier"], LABEL_SERVICES[row["triage_label"]]


def score(rows: list[dict[str, str]], decisions: list[dict[str, Any]]) -> FixMyStreetScore:
    result = FixMyStreetScore()
    for row, decision in zip(rows, decisions, strict=True):
        route, tier, services = expected(row)
        got_route = decision["route"]
        if decision.get("needs_clarification"):
            result.clarify += 1
            options = [a["service"] for a in decision["alternatives"]]
            got_route = f"clarify:{'/'.join(options)}"
        result.rows += 1
        result.safety_flags += bool(decision["safety"])
        if got_route == route:
            result.route_correct += 1
        else:
            result.route_confusions[(route, decision["route"])] += 1
            result.misses[_miss_kind(decision)] += 1
        if tier is not None:
            result.tier_rows += 1
            got_tier = decision["council_tier"] or decision["route"]
            if got_tier == tier:
                result.tier_correct += 1
            else:
                result.tier_confusions[(tier, got_tier)] += 1
        got_service = decision["service"] or got_route
        if got_service in services:
            result.service_correct += 1
        else:
            wanted = "national_highways" if row["tier"] == "national_highways" else row["triage_label"]
            result.service_confusions[(wanted, got_service)] += 1
    return result


def _miss_kind(decision: dict[str, Any]) -> str:
    if decision.get("needs_clarification"):
        return "asked"
    if decision["safety"]:
        return "safety_answer"
    if decision["route"] in ("out_of_scope", "conversation"):
        return "declined"
    return "wrong_body"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    if not FIXMYSTREET_CSV.exists():
        print(f"skipped: {FIXMYSTREET_CSV} is not present")
        return
    rows = load_rows(args.limit)
    decisions = triage_many([message(r) for r in rows])
    print(json.dumps(score(rows, decisions).as_dict(), indent=2))


if __name__ == "__main__":
    main()
