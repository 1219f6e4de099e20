"""GOV.UK: which council(s) cover a postcode, their tier and homepage, and a council's own page for a service.

What this follows, and where it is written down:

* `GET https://www.gov.uk/api/local-authority?postcode=<PC>` and `GET /api/local-authority/<slug>`: alphagov/frontend
  `docs/local-authority-api.md`, `app/controllers/api/local_authority_controller.rb` and its request spec. A postcode
  wholly in one council answers **301** to `/api/local-authority/<slug>` (requests follows it), whose body is
  `{"local_authority": {"name", "homepage_url", "country_name", "tier", "slug", "gss"?, "parent"?}}`; `parent` is the
  county of a district (the postcode query always lands on the smallest council). A postcode that spans councils
  answers 200 `{"addresses": [{"address", "local_authority_slug", "local_authority_name"}]}` (the GOV.UK app's
  model; older frontend code and the doc used `slug`/`name`, both are read). Errors: 400 for a missing or
  malformed postcode and 404 for a valid postcode with no match, both `{"errors": {"postcode": ["<message>"]}}`;
  404 `{"errors": {"local_authority_slug": ["Not found"]}}` for an unknown slug. The doc warns the API is
  unversioned and "may change without notice", so every field is checked.
* `GET <local-links-manager>/api/link?authority_slug=<slug>&lgsl=<n>[&lgil=<n>]`: alphagov/local-links-manager
  `app/controllers/api_controller.rb` and `LinkApiResponsePresenter`, called the same way by gds-api-adapters
  `GdsApi::LocalLinksManager#local_link`. 200 `{"local_authority": {...}, "local_interaction": {"lgsl_code",
  "lgil_code", "url", ...}}`, with no `local_interaction` when the council has no page for it; 400 `{}` without
  `authority_slug` (or `gss`) and `lgsl`; 404 `{}` for an unknown council or service. Local Links Manager "doesn't
  face public users" (its README), so `service_link` only runs when LOCAL_LINKS_MANAGER_URL (or the sandbox) gives
  it a reachable base URL, and otherwise returns None so the caller uses the council homepage.
* Local Links Manager's own `/api/local-authority?authority_slug=` answers `{"local_authorities": [...]}` (district
  first, then its county); that shape is read too, in case GOV.UK_API_URL points at it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from bot.places.config import PlacesConfig
from bot.places.errors import InvalidPostcode, UpstreamBadResponse
from bot.places.http import ApiClient, ApiResponse, ResponseCache, expect_dict, expect_list, optional_str
from bot.places.model import LocalAuthority, ServiceLink
from bot.places.postcodes_io import compact_postcode

# A postcode split between councils rarely spans more than two or three; each needs one more call.
MAX_SPLIT_AUTHORITIES = 3


class GovUkClient(ApiClient):
    """GOV.UK's local-authority API (which council, its tier and homepage) and Local Links Manager."""

    api_name: ClassVar[str] = "govuk"

    def __init__(self, base_url: str, *, links_base_url: str | None = None, **kwargs: Any) -> None:
        super().__init__(base_url, **kwargs)
        self.links_base_url = links_base_url.rstrip("/") if links_base_url else None

    @classmethod
    def base_url_from(cls, config: PlacesConfig) -> str:
        """The GOV.UK API's base URL from the settings."""
        return config.govuk_api_url

    @classmethod
    def from_config(cls, config: PlacesConfig, cache: ResponseCache | None = None) -> GovUkClient:
        """A client for GOV.UK, with Local Links Manager's base URL when one is configured."""
        return cls(
            config.govuk_api_url,
            links_base_url=config.local_links_url,
            timeout=config.timeout_seconds,
            deadline=config.deadline_seconds,
            retries=config.retries,
            cache=cache,
        )

    def local_authorities(self, postcode: str) -> list[LocalAuthority]:
        """Every council covering the postcode: [district, county] in a two-tier area, [unitary] elsewhere.

        More than one district or unitary in the list means the postcode is split between councils and only the
        address decides; the caller should ask rather than pick.
        """
        template = "/api/local-authority"

        def parse(response: ApiResponse) -> tuple[list[LocalAuthority], list[str]]:
            """(the councils, the slugs still to look up for a split postcode)."""
            if response.status == 400:
                raise InvalidPostcode(f"{self.api_name} {template}: GOV.UK says this is not a valid postcode")
            body = expect_dict(self.api_name, template, response.body)
            if "local_authority" in body:
                return _with_parents([self._authority(template, body["local_authority"])]), []
            if "local_authorities" in body:
                items = expect_list(self.api_name, template, body["local_authorities"])
                return _linked(self._authority(template, item) for item in items), []
            if "addresses" in body:
                slugs: list[str] = []
                for address in expect_list(self.api_name, template, body["addresses"]):
                    record = expect_dict(self.api_name, template, address)
                    slug = optional_str(record.get("local_authority_slug")) or optional_str(
                        record.get("slug")
                    )
                    if slug and slug not in slugs:
                        slugs.append(slug)
                if not slugs:
                    raise UpstreamBadResponse(f"{self.api_name} {template}: addresses without council slugs")
                return [], slugs
            raise UpstreamBadResponse(f"{self.api_name} {template}: neither local_authority nor addresses")

        found, split = self._get(
            template, parse, query={"postcode": compact_postcode(postcode)}, accept=(400,)
        )
        if split:
            return _with_parents([self.authority(slug) for slug in split[:MAX_SPLIT_AUTHORITIES]])
        return found

    def authority(self, slug: str) -> LocalAuthority:
        """GET /api/local-authority/{slug}: one council, with its county as `parent` if it is a district."""
        template = "/api/local-authority/{slug}"

        def parse(response: ApiResponse) -> LocalAuthority:
            body = expect_dict(self.api_name, template, response.body)
            if "local_authority" not in body:
                raise UpstreamBadResponse(f"{self.api_name} {template}: no local_authority")
            return self._authority(template, body["local_authority"])

        return self._get(template, parse, path={"slug": slug})

    def _authority(self, template: str, value: Any) -> LocalAuthority:
        record = expect_dict(self.api_name, template, value)
        name = optional_str(record.get("name"))
        tier = optional_str(record.get("tier"))
        if name is None or tier is None:
            raise UpstreamBadResponse(f"{self.api_name} {template}: council without name or tier")
        parent = record.get("parent")
        return LocalAuthority(
            name=name,
            slug=optional_str(record.get("slug")) or "",
            tier=tier.lower(),
            homepage_url=optional_str(record.get("homepage_url")),
            country=optional_str(record.get("country_name")),
            gss=optional_str(record.get("gss")),
            parent=self._authority(template, parent) if isinstance(parent, dict) else None,
        )

    def service_link(self, slug: str, lgsl: int, lgil: int | None = None) -> ServiceLink | None:
        """The council's own page for an LGSL service, or None when it has none (or links are not configured)."""
        if self.links_base_url is None:
            return None
        template = "/api/link"
        query = {"authority_slug": slug, "lgsl": str(lgsl)}
        if lgil is not None:
            query["lgil"] = str(lgil)

        def parse(response: ApiResponse) -> ServiceLink | None:
            body = expect_dict(self.api_name, template, response.body)
            interaction = body.get("local_interaction")
            if not isinstance(interaction, dict):
                return None
            url = optional_str(interaction.get("url"))
            if url is None:
                return None
            code = interaction.get("lgsl_code")
            return ServiceLink(
                url=url,
                lgsl=code if isinstance(code, int) and not isinstance(code, bool) else lgsl,
                title=optional_str(interaction.get("title")),
            )

        return self._get(template, parse, query=query, base_url=self.links_base_url)


def _with_parents(authorities: list[LocalAuthority]) -> list[LocalAuthority]:
    """Each council followed by its county, once each, in order."""
    seen: set[str] = set()
    result: list[LocalAuthority] = []
    for authority in authorities:
        for item in (authority, authority.parent):
            if item is None:
                continue
            key = item.slug or item.name
            if key not in seen:
                seen.add(key)
                result.append(item)
    return result


def _linked(authorities: Any) -> list[LocalAuthority]:
    """Local Links Manager lists a district then its county: give the district its parent like GOV.UK does."""
    items: list[LocalAuthority] = list(authorities)
    district = next((a for a in items if a.tier == "district"), None)
    county = next((a for a in items if a.tier == "county"), None)
    if district is not None and county is not None and district.parent is None:
        items = [replace(district, parent=county) if a is district else a for a in items]
    return _with_parents(items)
