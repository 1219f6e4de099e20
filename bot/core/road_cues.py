"""Is a road report about something *on* a motorway? Motorways in England are run by National Highways, so a
pothole, sign or verge "on the M5 southbound between junctions 9 and 10" is theirs, not the county's.

The cue needs the motorway to be where the problem is (a carriageway direction, a junction, a lane, the hard
shoulder, "on the M5"), not a landmark ("the bridge over the M5", "heading towards the M5"): residents
name motorways as landmarks for local roads about as often as they report faults on them. No Rasa imports.
"""

from __future__ import annotations

import re

_M = r"(?:m\d{1,2}|a\d{1,4} ?\(m\))"
_DIRECTION = r"(?:north|south|east|west)(?: ?bound)?|[nsew]b|n/b|s/b|e/b|w/b"
_JUNCTION = r"(?:j|jct|jctn|junction|junc)\.? ?\d{1,2}[ab]?"
_PART = (
    r"hard shoulder|slip ?road|central reservation|carriageway|lane \d|inside lane|outside lane|middle lane"
)

ON_MOTORWAY = re.compile(
    rf"\b(?:on|along|down|up|in) (?:the )?{_M}\b(?! (?:bridge|footbridge|roundabout|turn ?off|exit))"
    rf"|\b{_M} (?:{_DIRECTION})\b"
    rf"|\b(?:{_DIRECTION}) (?:on (?:the )?)?{_M}\b"
    rf"|\b{_M},? (?:between )?{_JUNCTION}"
    rf"|\b{_JUNCTION}(?:[ -]+(?:to |and )?{_JUNCTION}|[ -]+\d{{1,2}}[ab]?)? (?:of |on )?(?:the )?{_M}\b"
    rf"|\b{_M} (?:{_PART})\b"
    rf"|\b(?:{_PART}) of (?:the )?{_M}\b"
    r"|\bon the motorway\b|\bmotorway (?:" + _PART + r")\b",
    re.IGNORECASE,
)

# The council road services whose faults, on a motorway, are National Highways' to fix.
ROAD_SERVICES = frozenset(
    {
        "pothole",
        "pavement",
        "road_signs_markings",
        "highway_obstruction",
        "overgrown_vegetation",
        "road_drain",
        "street_light",
        "traffic_lights",
        "roadworks",
        "litter",
        "fly_tipping",
    }
)
MOTORWAY_SERVICE = "motorway_trunk_road"


def on_motorway(text: str) -> bool:
    """True when the text places the problem on a motorway carriageway."""
    return bool(ON_MOTORWAY.search(text))
