"""data.police.uk: which police force and neighbourhood team cover a point, and how to contact them.

Formats (https://data.police.uk/docs/, methods "Locate a neighbourhood", "Specific force", "Specific
neighbourhood"; the Police API Client for Python's tests): bare JSON, no envelope.
`/locate-neighbourhood?q=<lat>,<lng>` -> `{"force": "leicestershire", "neighbourhood": "C04"}`;
`/forces/<id>` -> `{"id", "name", "url", "telephone", "description", "engagement_methods": [{"type", "url", "title",
"description"}]}`; `/<force>/<neighbourhood>` -> `{"id", "name", "url_force", "contact_details": {"telephone",
"email", ...}, "centre", "links", "locations", "description", "population"}`. An unknown force or neighbourhood, or a
point the API does not cover (Police Scotland is not in it), is a 404. Over its rate limit it answers 429.
"""

from __future__ import annotations

from typing import Any, ClassVar

from bot.places.config import PlacesConfig
from bot.places.errors import UpstreamBadResponse
from bot.places.http import ApiClient, ApiResponse, expect_dict, optional_str
from bot.places.model import EngagementMethod, Neighbourhood, PoliceForce


class PoliceUkClient(ApiClient):
    """data.police.uk: the force and neighbourhood team at a point, and their contact details."""

    api_name: ClassVar[str] = "police-uk"

    @classmethod
    def base_url_from(cls, config: PlacesConfig) -> str:
        """data.police.uk's base URL from the settings."""
        return config.police_uk_api_url

    def locate_neighbourhood(self, latitude: float, longitude: float) -> tuple[str, str]:
        """(force id, neighbourhood id) for a point; NotFound where data.police.uk has no force (Scotland)."""
        template = "/locate-neighbourhood"

        def parse(response: ApiResponse) -> tuple[str, str]:
            body = expect_dict(self.api_name, template, response.body)
            force = optional_str(body.get("force"))
            neighbourhood = optional_str(body.get("neighbourhood"))
            if force is None or neighbourhood is None:
                raise UpstreamBadResponse(f"{self.api_name} {template}: no force or neighbourhood")
            return force, neighbourhood

        return self._get(template, parse, query={"q": f"{latitude:.6f},{longitude:.6f}"})

    def force(self, force_id: str) -> PoliceForce:
        """GET /forces/{force}: the force's name, website, phone number and other ways to reach it."""
        template = "/forces/{force}"

        def parse(response: ApiResponse) -> PoliceForce:
            body = expect_dict(self.api_name, template, response.body)
            name = optional_str(body.get("name"))
            if name is None:
                raise UpstreamBadResponse(f"{self.api_name} {template}: force without a name")
            methods = body.get("engagement_methods")
            return PoliceForce(
                id=optional_str(body.get("id")) or force_id,
                name=name,
                url=optional_str(body.get("url")),
                telephone=optional_str(body.get("telephone")),
                engagement_methods=tuple(_methods(methods if isinstance(methods, list) else [])),
            )

        return self._get(template, parse, path={"force": force_id})

    def neighbourhood(self, force_id: str, neighbourhood_id: str) -> Neighbourhood:
        """GET /{force}/{neighbourhood}: the local policing team's name, page, phone and email."""
        template = "/{force}/{neighbourhood}"

        def parse(response: ApiResponse) -> Neighbourhood:
            body = expect_dict(self.api_name, template, response.body)
            contact = body.get("contact_details")
            details: dict[str, Any] = contact if isinstance(contact, dict) else {}
            return Neighbourhood(
                force_id=force_id,
                id=optional_str(body.get("id")) or neighbourhood_id,
                name=optional_str(body.get("name")),
                url=optional_str(body.get("url_force")),
                telephone=optional_str(details.get("telephone")),
                email=optional_str(details.get("email")),
            )

        return self._get(template, parse, path={"force": force_id, "neighbourhood": neighbourhood_id})


def _methods(items: list[Any]) -> list[EngagementMethod]:
    methods: list[EngagementMethod] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        kind = optional_str(item.get("type")) or optional_str(item.get("title"))
        if kind is None:
            continue
        methods.append(
            EngagementMethod(
                kind=kind, url=optional_str(item.get("url")), title=optional_str(item.get("title"))
            )
        )
    return methods
