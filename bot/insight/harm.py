"""Harm weighting for police-route contacts, so a burglary can count for more than a stolen bike when deciding
where the police's time goes. No Rasa imports.

What the weights are: one number per Front Door police service, taken from a published crime-harm table (the
Cambridge Crime Harm Index, which gives each offence the days of prison its sentencing-guideline starting
point sets for a first offender; or the ONS Crime Severity Score, which weights offences by the sentences
actually passed), kept as data in ``data/harm_weights.csv`` with the table's title, date, address, licence,
the exact offence row the number comes from, and where it was read. A number without all of that is
refused when the file is loaded: weights are never estimated.

What they are not: a measure of the harm in any one contact. Front Door knows the service, not the offence:
"report a crime" mixes theft, burglary, criminal damage and assault, whose weights differ a hundredfold, so
even a cited weight for a service is a rough proxy for the offences behind it. Several police services are
not offences at all (a missing person, a question for the local team; antisocial behaviour is logged as
incidents, not crimes) and have no row in either table. The tables cover England and Wales, whose
sentencing guidelines they are built from, not Scotland or Northern Ireland.

A service whose weight is empty is *not weighted*: its contacts are still counted, never multiplied by a
made-up number, and every result lists those services so a reader can't mistake a count for a harm score.
Today every row is empty: no stored copy of either table could be read to its offence rows (see the notes
in the file), so the report shows counts until someone fills a weight from the published table.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from bot.insight.events import SERVICE_ID
from bot.insight.measures import Count, Period, count_events, publish
from bot.insight.store import InsightStore

WEIGHTS_CSV = Path(__file__).resolve().parent / "data" / "harm_weights.csv"
# Only the police's contacts are weighted: the index weights crimes, and council or NHS demand is not crime.
WEIGHTED_ROUTE = "police"
# Shown in place of a service id for police contacts that ended on a question between police services.
NO_SERVICE = "(no single service)"


@dataclass(frozen=True)
class HarmWeight:
    """One row of ``harm_weights.csv``: the weight (None: not weighted) and where it comes from."""

    service: str
    weight: float | None
    unit: str
    index: str
    table_title: str
    table_date: str
    table_url: str
    licence: str
    offence_row: str
    read_in: str
    note: str


COLUMNS = tuple(f.name for f in fields(HarmWeight))
# What a number needs beside it before it may be used: the table, its date, address and licence, the row.
PROVENANCE = ("unit", "index", "table_title", "table_date", "table_url", "licence", "offence_row", "read_in")


def load_weights(path: Path = WEIGHTS_CSV) -> dict[str, HarmWeight]:
    """The weights by service. Raises ValueError for a malformed file, a repeated service, or a weight that
    is not a positive number or lacks any part of its provenance."""
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(f"{path.name}: the columns must be {', '.join(COLUMNS)}")
        weights: dict[str, HarmWeight] = {}
        for line, row in enumerate(reader, start=2):
            weight = _weight(row, f"{path.name} line {line}")
            if weight.service in weights:
                raise ValueError(f"{path.name} line {line}: {weight.service} appears twice")
            weights[weight.service] = weight
    return weights


def _weight(row: Mapping[str, str | None], where: str) -> HarmWeight:
    values = {name: (row.get(name) or "").strip() for name in COLUMNS}
    if not SERVICE_ID.fullmatch(values["service"]):
        raise ValueError(f"{where}: service must be a catalogue id, not {values['service']!r}")
    number: float | None = None
    if values["weight"]:
        try:
            number = float(values["weight"])
        except ValueError:
            raise ValueError(f"{where}: weight must be a number or empty, not {values['weight']!r}") from None
        if not math.isfinite(number) or number <= 0:
            raise ValueError(f"{where}: weight must be positive")
        missing = [name for name in PROVENANCE if not values[name]]
        if missing:
            raise ValueError(f"{where}: a weight needs its source; missing {', '.join(missing)}")
        if not values["table_url"].startswith("https://"):
            raise ValueError(f"{where}: table_url must be the published table's https address")
    text = {name: value for name, value in values.items() if name != "weight"}
    return HarmWeight(weight=number, **text)


@dataclass(frozen=True)
class DistrictHarm:
    """One postcode district's police contacts: all of them, those with a weight, and their summed weight
    (None when nothing there could be weighted or when the weighted contacts are too few to publish)."""

    district: str | None
    events: Count
    weighted_events: Count
    harm: float | None


@dataclass(frozen=True)
class HarmResult:
    """Police contacts and their harm per district for one period, and which services could be weighted."""

    period: Period
    unit: str
    rows: tuple[DistrictHarm, ...]
    weighted_services: tuple[str, ...]
    not_weighted: tuple[str, ...]

    @property
    def note(self) -> str:
        """What a reader must know to read the harm column: which contacts are counted but not weighted."""
        if not self.not_weighted:
            return f"Every police contact is harm-weighted ({self.unit})."
        if not self.weighted_services:
            return (
                "Not harm-weighted: no police service has a cited weight yet, so these are counts of police "
                f"contacts ({', '.join(self.not_weighted)}), not harm."
            )
        return (
            f"Harm in {self.unit} from {', '.join(self.weighted_services)}; counted but not harm-weighted "
            f"(no cited weight): {', '.join(self.not_weighted)}."
        )


def harm_by_district(
    store: InsightStore, period: Period, weights: Mapping[str, HarmWeight] | None = None
) -> HarmResult:
    """Police-route contacts per postcode district, with the sum of their weights where the service has one.
    Weighted before suppression (a district's total can be published when each service's count can't), then
    published: a district with fewer than 10 weighted contacts gets no harm figure."""
    weights = load_weights() if weights is None else weights
    raw = count_events(store, period, ("postcode_district", "service"), where={"route": WEIGHTED_ROUTE})
    events: dict[str | None, int] = {}
    weighted: dict[str | None, int] = {}
    harm: dict[str | None, float] = {}
    used: set[str] = set()
    not_weighted: set[str] = set()
    for (district, service), n in raw.items():
        key = None if district is None else str(district)
        events[key] = events.get(key, 0) + n
        row = weights.get(str(service)) if service is not None else None
        if row is None or row.weight is None:
            not_weighted.add(NO_SERVICE if service is None else str(service))
            continue
        used.add(row.service)
        weighted[key] = weighted.get(key, 0) + n
        harm[key] = harm.get(key, 0.0) + n * row.weight
    rows = []
    for district, n in events.items():
        published = publish(weighted.get(district, 0))
        value = None if published.suppressed else round(harm[district], 1)
        rows.append(DistrictHarm(district, publish(n), published, value))
    rows.sort(key=_order)
    units = {row.unit for row in weights.values() if row.unit}
    return HarmResult(
        period,
        ", ".join(sorted(units)) or "weight",
        tuple(rows),
        tuple(sorted(used)),
        tuple(sorted(not_weighted)),
    )


def _order(row: DistrictHarm) -> tuple[float, int, str]:
    """Most harm first, then most contacts, on published values only (a withheld count can't steer it)."""
    harm = row.harm if row.harm is not None else -1.0
    shown = row.events.value if row.events.value is not None else -1
    return (-harm, -shown, row.district or "~")
