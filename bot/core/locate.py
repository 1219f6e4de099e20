"""Attach the real local body to a decision: which services depend on place, and how a Resolution changes
the answer (the body first, the nation's own contacts, and one more sentence of why)."""

from __future__ import annotations

import logging
from dataclasses import asdict, replace

from bot.catalogue import Catalogue, Route, Service
from bot.core.decide import Decision
from bot.places.errors import PlacesError
from bot.places.postcode import Postcode, parse_postcode
from bot.places.resolver import Places, Resolution, Status, resolve

logger = logging.getLogger(__name__)

# Contacts that only say "find your council": dropped once the council is known.
FIND_YOUR_COUNCIL = "find_your_council"


def depends_on_place(service: Service) -> bool:
    """Emergency and crisis answers never wait for a place; others do when the body or nation varies."""
    if service.route in (Route.EMERGENCY, Route.CRISIS) or service.urgency.value == "emergency":
        return False
    return service.location or bool(service.nations) or service.route is Route.POLICE


def localise(
    decision: Decision,
    where: Postcode | str | None,
    places: Places | None,
    catalogue: Catalogue,
    *,
    postcode_given: bool = False,
) -> Decision:
    """The decision with the body for this postcode (or town name), or unchanged plus the status when it
    can't be found. The one place that decides whether a decision needs a place at all: safety answers and
    services that are the same everywhere never do. With no `where`, the status says what is missing
    (`postcode_given`: one was given but is not a postcode); with no `places` (offline), nothing is looked up."""
    if decision.service is None or decision.safety:
        return decision
    service = catalogue.service(decision.service)
    if not depends_on_place(service):
        return decision
    if where is None:
        status = Status.INVALID_POSTCODE if postcode_given else Status.NEEDS_POSTCODE
        return replace(decision, location={"status": status.value, "place": None, "nation": None})
    if places is None:
        return decision
    if isinstance(where, str):
        postcode = place_outcode(where, places)
        if postcode is None:
            location = {"status": Status.UNKNOWN_PLACE.value, "place": None, "nation": None}
            return replace(decision, location=location)
    else:
        postcode = where
    resolution = resolve(service, postcode, places, catalogue)
    return apply_resolution(decision, resolution)


def place_outcode(query: str, places: Places) -> Postcode | None:
    """A town or street name -> the outcode of the best Ordnance Survey match (postcodes.io /places), so the
    outcode rules decide whether that is enough."""
    try:
        matches = places.postcodes.search_places(query)
    except PlacesError as error:
        logger.warning("place search failed: %s", type(error).__name__)
        return None
    for match in matches:
        if match.outcode:
            return parse_postcode(match.outcode)
    return None


def apply_resolution(decision: Decision, resolution: Resolution) -> Decision:
    """The decision with the resolved body, team, contacts and local why (only the status if none)."""
    location = {
        "status": resolution.status.value,
        "place": resolution.place,
        "nation": resolution.nation.value if resolution.nation else None,
    }
    if resolution.body is None:
        return replace(decision, location=location)
    contacts = resolution.contacts or [c for c in decision.contacts if c.id != FIND_YOUR_COUNCIL]
    why = f"{decision.why} {resolution.local_why}" if resolution.local_why else decision.why
    body = asdict(resolution.body)
    if resolution.team is not None:
        body["team"] = asdict(resolution.team)
    return replace(decision, body=body, location=location, contacts=list(contacts), why=why)
