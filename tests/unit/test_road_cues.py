"""on_motorway(): the problem is on a motorway carriageway, not near one."""

from __future__ import annotations

import pytest

from bot.core.road_cues import on_motorway


@pytest.mark.parametrize(
    "text",
    [
        "Pothole m5 southbound",
        "pothole between junction 9-10 m5",
        "M5 northbound Jct 10 to jct 9, 50 limit signs but no roadworks",
        "pothole forming on the M5 Southbound",
        "vegetation m5 sb",
        "huge pothole on the M6 near junction 4",
        "tyre debris on the hard shoulder of the M1",
        "M25 J10 sign missing",
        "junction 11a of the M5 sign has fallen off",
        "dead deer on the motorway",
        "M62 westbound between J24 and J25 barrier damaged",
        "A1(M) northbound pothole",
    ],
)
def test_on_a_motorway(text: str) -> None:
    assert on_motorway(text)


@pytest.mark.parametrize(
    "text",
    [
        "litter along the valley road towards the M5",
        "rough patch on the A40 before the m5 turn off",
        "graffiti on the footbridge over the M5",
        "dead fox on the A417 just before the junction for the m5",
        "old barriers left in the verge by the bridge over the M5",
        "pothole on my road near the M5",
        "I live by the m5 and the lorries are loud",
        "pothole on the M5 roundabout by the retail park",
        "my son is 15 and needs a bus pass",
    ],
)
def test_near_a_motorway_or_not_about_one(text: str) -> None:
    assert not on_motorway(text)
