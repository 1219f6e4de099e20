"""postcodes.io: which council areas, nation and police force area a postcode is in.

Formats (https://postcodes.io/docs, schema pages for Postcode and Outcode, and the postcodes.io source): every
answer is an envelope `{"status": <code>, "result": ...}` or `{"status": <code>, "error": "<message>"}`, with the
same code as the HTTP status. Lookups of an unknown postcode give 404 "Postcode not found", of a malformed one
404 "Invalid postcode"; `/terminated_postcodes/{pc}` gives 404 "Terminated postcode not found" for a live or
unknown postcode. Outside two-tier areas `admin_county` is null and `codes.admin_county` is a pseudo code
("E99999999", "W99999999", ...); some releases name the pseudo area instead ("(pseudo) England (UA/MD/LB)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, ClassVar

from bot.places.config import PlacesConfig
from bot.places.errors import InvalidPostcode, NotFound, TerminatedPostcode, UpstreamBadResponse
from bot.places.http import ApiClient, ApiResponse, expect_dict, expect_list, optional_float, optional_str
from bot.places.model import OutcodeInfo, PostcodeInfo

# How far from a location pin to look for a postcode (postcodes.io allows up to 2,000 m; its default is 100 m,
# too little for a pin dropped in a park or on a main road).
NEAREST_RADIUS_M = 1000


class PostcodeNotFound(NotFound):
    """postcodes.io has no live postcode by that name."""


class PostcodeInvalid(PostcodeNotFound, InvalidPostcode):
    """postcodes.io says the text is not a postcode. Still a NotFound, so callers that only know NotFound work."""


class PostcodeTerminated(PostcodeNotFound, TerminatedPostcode):
    """The postcode's 404 said it was terminated. Still a NotFound for callers that only know NotFound."""


@dataclass(frozen=True)
class PlaceMatch:
    """One `/places?q=` result: an Ordnance Survey place name and the areas it is in."""

    code: str | None
    name: str
    local_type: str | None
    outcode: str | None
    county_unitary: str | None
    district_borough: str | None
    region: str | None
    country: str | None
    latitude: float | None
    longitude: float | None


def compact_postcode(postcode: str) -> str:
    """'gl50 1qa ' -> 'GL501QA': postcodes.io accepts either form; the compact one needs no escaping."""
    return re.sub(r"\s+", "", postcode or "").upper()


def _real_area(name: Any) -> str | None:
    """Drop the "(pseudo) ..." stand-ins postcodes.io uses where there is no such area."""
    text = optional_str(name)
    if text is None or text.lower().startswith("(pseudo)"):
        return None
    return text


def _real_code(code: Any) -> str | None:
    """GSS pseudo codes end in 99999999 ("E99999999" = no county here)."""
    text = optional_str(code)
    if text is None or text.endswith("99999999"):
        return None
    return text


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    return tuple(text for text in (_real_area(item) for item in value) if text)


class PostcodesIoClient(ApiClient):
    """postcodes.io: postcodes, outcodes and place names to nations, council areas and positions."""

    api_name: ClassVar[str] = "postcodes-io"

    @classmethod
    def base_url_from(cls, config: PlacesConfig) -> str:
        """postcodes.io's base URL from the settings."""
        return config.postcodes_io_url

    def _result(self, template: str, body: Any) -> Any:
        envelope = expect_dict(self.api_name, template, body)
        if "result" not in envelope:
            raise UpstreamBadResponse(f"{self.api_name} {template}: no result in the envelope")
        return envelope["result"]

    def lookup(self, postcode: str) -> PostcodeInfo:
        """GET /postcodes/{postcode}. Raises PostcodeNotFound (a NotFound), or its Invalid/Terminated kinds."""
        template = "/postcodes/{postcode}"

        def parse(response: ApiResponse) -> PostcodeInfo:
            if response.status == 404:
                body = response.body if isinstance(response.body, dict) else {}
                if optional_str(body.get("error")) == "Invalid postcode":
                    raise PostcodeInvalid(f"{self.api_name} {template}: invalid postcode")
                if isinstance(body.get("terminated"), dict):
                    raise PostcodeTerminated(f"{self.api_name} {template}: terminated postcode")
                raise PostcodeNotFound(f"{self.api_name} {template}: postcode not found")
            return self._postcode_info(template, self._result(template, response.body))

        return self._get(template, parse, path={"postcode": compact_postcode(postcode)}, accept=(404,))

    def _postcode_info(self, template: str, value: Any) -> PostcodeInfo:
        result = expect_dict(self.api_name, template, value)
        postcode = optional_str(result.get("postcode"))
        country = optional_str(result.get("country"))
        if postcode is None or country is None:
            raise UpstreamBadResponse(f"{self.api_name} {template}: result without postcode or country")
        raw_codes = result.get("codes")
        codes: dict[str, Any] = raw_codes if isinstance(raw_codes, dict) else {}
        county_name = _real_area(result.get("admin_county"))
        return PostcodeInfo(
            postcode=postcode,
            outcode=optional_str(result.get("outcode")) or postcode.split(" ")[0],
            country=country,
            latitude=optional_float(result.get("latitude")),
            longitude=optional_float(result.get("longitude")),
            district_name=_real_area(result.get("admin_district")),
            district_gss=_real_code(codes.get("admin_district")),
            county_name=county_name,
            county_gss=_real_code(codes.get("admin_county")) if county_name else None,
            police_force_area=optional_str(result.get("pfa")),
        )

    def outcode(self, outcode: str) -> OutcodeInfo:
        """GET /outcodes/{outcode}: the councils and nations an outcode spans (404 -> NotFound)."""
        template = "/outcodes/{outcode}"

        def parse(response: ApiResponse) -> OutcodeInfo:
            result = expect_dict(self.api_name, template, self._result(template, response.body))
            name = optional_str(result.get("outcode"))
            if name is None:
                raise UpstreamBadResponse(f"{self.api_name} {template}: result without outcode")
            return OutcodeInfo(
                outcode=name,
                countries=_strings(result.get("country")),
                district_names=_strings(result.get("admin_district")),
                county_names=_strings(result.get("admin_county")),
                latitude=optional_float(result.get("latitude")),
                longitude=optional_float(result.get("longitude")),
            )

        return self._get(template, parse, path={"outcode": compact_postcode(outcode)})

    def validate(self, postcode: str) -> bool:
        """GET /postcodes/{postcode}/validate: true only for a live postcode postcodes.io knows."""
        template = "/postcodes/{postcode}/validate"

        def parse(response: ApiResponse) -> bool:
            result = self._result(template, response.body)
            if not isinstance(result, bool):
                raise UpstreamBadResponse(f"{self.api_name} {template}: result is not true/false")
            return result

        return self._get(template, parse, path={"postcode": compact_postcode(postcode)})

    def is_terminated(self, postcode: str) -> bool:
        """GET /terminated_postcodes/{postcode}: 200 means it was terminated, 404 means it never was."""
        template = "/terminated_postcodes/{postcode}"

        def parse(response: ApiResponse) -> bool:
            if response.status == 404:
                return False
            expect_dict(self.api_name, template, self._result(template, response.body))
            return True

        return self._get(template, parse, path={"postcode": compact_postcode(postcode)}, accept=(404,))

    def nearest_postcode(
        self, latitude: float, longitude: float, radius_m: int = NEAREST_RADIUS_M
    ) -> str | None:
        """GET /postcodes?lon=&lat=: the nearest live postcode to a point (a location pin), or None when none is
        within `radius_m` (postcodes.io answers 200 with `result: null`). Raises the usual PlacesError family."""
        template = "/postcodes"

        def parse(response: ApiResponse) -> str | None:
            result = self._result(template, response.body)
            if result is None:
                return None
            for item in expect_list(self.api_name, template, result):
                if isinstance(item, dict) and optional_str(item.get("postcode")):
                    return str(item["postcode"]).strip()
            return None

        query = {
            "lon": f"{longitude:.6f}",
            "lat": f"{latitude:.6f}",
            "radius": str(radius_m),
            "limit": "1",
        }
        return self._get(template, parse, query=query)

    def search_places(self, query: str, limit: int = 10) -> list[PlaceMatch]:
        """GET /places?q=: Ordnance Survey place names ("Cheltenham", "Leckhampton") and their areas."""
        template = "/places"
        return self._get(template, self._places, query={"q": query, "limit": str(limit)})

    def _places(self, response: ApiResponse) -> list[PlaceMatch]:
        template = "/places"
        matches: list[PlaceMatch] = []
        for item in expect_list(self.api_name, template, self._result(template, response.body) or []):
            if not isinstance(item, dict) or optional_str(item.get("name_1")) is None:
                continue
            matches.append(
                PlaceMatch(
                    code=optional_str(item.get("code")),
                    name=str(item["name_1"]).strip(),
                    local_type=optional_str(item.get("local_type")),
                    outcode=optional_str(item.get("outcode")),
                    county_unitary=optional_str(item.get("county_unitary")),
                    district_borough=optional_str(item.get("district_borough")),
                    region=optional_str(item.get("region")),
                    country=optional_str(item.get("country")),
                    latitude=optional_float(item.get("latitude")),
                    longitude=optional_float(item.get("longitude")),
                )
            )
        return matches
