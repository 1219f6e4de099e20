"""Which councils take reports by Open311, at which endpoint, and under which of their own service codes.

The file is `councils.yml` beside this module, checked into the repo and validated here when it loads: a typo in
a field, a Front Door service id the catalogue does not know, or a county service mapped at a district is an
error at start-up, not a wrong report sent to a council. A council (or a service) that is not in the file has no
endpoint, and the caller keeps today's answer: the council's own page via Local Links.

The API key is never in the file, only the NAME of the environment variable that holds it (`api_key_env`).

Endpoints follow `bot/places/config.py`: with FRONTDOOR_SANDBOX_URL set, every council's endpoint becomes
`<sandbox>/open311/<gss>` (the local stand-in in `bot/sandbox/open311.py`); councils marked `sandbox_only` (the
fixture councils, whose `endpoint` is a placeholder) have no endpoint at all without it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, Extra, Field, ValidationError, validator

from bot.catalogue import Catalogue, Route, Tier, load_catalogue
from bot.ops.settings import load_settings
from bot.places.config import PlacesConfig

COUNCILS_PATH = Path(__file__).with_name("councils.yml")
SANDBOX_PREFIX = "/open311"
# The sandbox accepts any non-empty key; this one is used only when FRONTDOOR_SANDBOX_URL is set and the
# council's key variable is not, so `python -m bot sandbox` demos need no secret.
SANDBOX_API_KEY = "sandbox"

_GSS = re.compile(r"^[ENSW]\d{8}$")  # E10000013 Gloucestershire, E07000078 Cheltenham
_ENV_NAME = re.compile(r"^[A-Z][A-Z0-9_]*$")  # OPEN311_API_KEY_E10000013


class CouncilsConfigError(ValueError):
    """councils.yml breaks the schema or names something that does not exist."""


class CouncilTier(str, Enum):
    """Which tier of services a council provides: a county service is never mapped at a district."""

    COUNTY = "county"
    DISTRICT = "district"
    UNITARY = "unitary"  # does both tiers' jobs


class AttributeRule(BaseModel, extra=Extra.forbid):
    """One `attribute[code]` the council's service definition asks for.

    `value` set: always sent as is (e.g. the council's sub-category). `value` null and `required`: the form must
    ask the person, using the service definition's description and values."""

    code: str = Field(min_length=1)
    required: bool = True
    value: str | None = None


class ServiceMapping(BaseModel, extra=Extra.forbid):
    """A Front Door catalogue service as this council's Open311 `service_code`."""

    service_code: str = Field(min_length=1)
    attributes: list[AttributeRule] = Field(default_factory=list)

    @validator("attributes")
    def _unique_codes(cls, value: list[AttributeRule]) -> list[AttributeRule]:
        codes = [rule.code for rule in value]
        repeated = sorted({code for code in codes if codes.count(code) > 1})
        if repeated:
            raise ValueError(f"attribute codes appear twice: {repeated}")
        return value


class Council(BaseModel, extra=Extra.forbid):
    """One council's Open311 endpoint. Every field but `jurisdiction_id` and `sandbox_only` must be given."""

    name: str = Field(min_length=1)
    tier: CouncilTier
    endpoint: str
    jurisdiction_id: str | None = None
    api_key_env: str
    token_first: bool
    sandbox_only: bool = False
    services: dict[str, ServiceMapping]

    @validator("endpoint")
    def _endpoint_shape(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme != "https" or not parts.hostname:
            raise ValueError("endpoint must be an https:// URL")
        if parts.username or parts.password or parts.query or parts.fragment:
            raise ValueError(
                "endpoint must not hold credentials, a query or a fragment (keys go in api_key_env)"
            )
        return value.rstrip("/")

    @validator("api_key_env")
    def _env_name(cls, value: str) -> str:
        if not _ENV_NAME.match(value):
            raise ValueError(
                "api_key_env is the NAME of an environment variable (e.g. OPEN311_API_KEY_E10000013)"
            )
        return value

    @validator("services")
    def _some_services(cls, value: dict[str, ServiceMapping]) -> dict[str, ServiceMapping]:
        if not value:
            raise ValueError("a council with an endpoint maps at least one service")
        return value


class CouncilsFile(BaseModel, extra=Extra.forbid):
    """councils.yml as written: its version, when it was last checked, and the councils by GSS code."""

    version: str = Field(regex=r"^\d+\.\d+\.\d+$")
    updated: dt.date
    councils: dict[str, Council]

    @validator("councils")
    def _gss_keys(cls, value: dict[str, Council]) -> dict[str, Council]:
        bad = [code for code in value if not _GSS.match(code)]
        if bad:
            raise ValueError(f"council keys must be GSS codes (E10000013): {bad}")
        return value


@dataclass(frozen=True)
class Attribute:
    """One attribute rule as a client uses it: a fixed value to send, or a question for the person."""

    code: str
    required: bool
    value: str | None


@dataclass(frozen=True)
class CouncilEndpoint:
    """Everything a client needs to file one catalogue service with one council."""

    gss: str
    council: str
    base_url: str
    jurisdiction_id: str | None
    api_key_env: str
    token_first: bool
    service_id: str
    service_code: str
    attributes: tuple[Attribute, ...]
    sandbox: bool = False

    @property
    def ask(self) -> tuple[str, ...]:
        """Attribute codes the person must answer (required and with no fixed value)."""
        return tuple(a.code for a in self.attributes if a.required and a.value is None)

    @property
    def fixed(self) -> dict[str, str]:
        """Attribute values sent as the config gives them, never asked (e.g. the council's sub-category)."""
        return {a.code: a.value for a in self.attributes if a.value is not None}

    def api_key(self, env: Mapping[str, str] | None = None) -> str | None:
        """The key from the environment variable the config names; the sandbox's stand-in key in sandbox mode."""
        return load_settings(env).named(self.api_key_env) or (SANDBOX_API_KEY if self.sandbox else None)


@dataclass(frozen=True)
class Open311Councils:
    """The validated file, indexed by GSS code."""

    version: str
    councils: dict[str, Council]

    def endpoint_for(
        self, gss_code: str, service_id: str, env: Mapping[str, str] | None = None
    ) -> CouncilEndpoint | None:
        """The endpoint for this council and service, or None: keep today's signposting answer."""
        council = self.councils.get(gss_code)
        mapping = council.services.get(service_id) if council else None
        if council is None or mapping is None:
            return None
        sandbox = PlacesConfig.from_env(env).sandbox_url
        if sandbox:
            base_url = f"{sandbox}{SANDBOX_PREFIX}/{gss_code}"
        elif council.sandbox_only:
            return None  # a placeholder endpoint: never call it for real
        else:
            base_url = council.endpoint
        return CouncilEndpoint(
            gss=gss_code,
            council=council.name,
            base_url=base_url,
            jurisdiction_id=council.jurisdiction_id,
            api_key_env=council.api_key_env,
            token_first=council.token_first,
            service_id=service_id,
            service_code=mapping.service_code,
            attributes=tuple(Attribute(a.code, a.required, a.value) for a in mapping.attributes),
            sandbox=bool(sandbox),
        )


def _check_services(councils: dict[str, Council], catalogue: Catalogue) -> None:
    """Referential checks: each mapped id is a catalogue council service this council's tier provides."""
    for gss, council in councils.items():
        for service_id in council.services:
            if service_id not in catalogue:
                raise CouncilsConfigError(f"{gss}: unknown catalogue service {service_id!r}")
            service = catalogue.service(service_id)
            if service.route != Route.COUNCIL:
                raise CouncilsConfigError(f"{gss}: {service_id!r} is not a council service")
            if council.tier != CouncilTier.UNITARY and service.tier != Tier(council.tier.value):
                raise CouncilsConfigError(
                    f"{gss}: {service_id!r} is a {service.tier.value if service.tier else '?'} service, "
                    f"but {council.name} is a {council.tier.value} council"
                )


def parse_councils(path: Path = COUNCILS_PATH, catalogue: Catalogue | None = None) -> Open311Councils:
    """Read and validate a councils file; raises CouncilsConfigError saying what is wrong."""
    try:
        data = CouncilsFile.parse_obj(yaml.safe_load(path.read_text(encoding="utf-8")))
    except ValidationError as error:
        raise CouncilsConfigError(f"{path.name}: {error}") from error
    _check_services(data.councils, catalogue or load_catalogue())
    return Open311Councils(version=data.version, councils=dict(data.councils))


@lru_cache(maxsize=1)
def load_councils() -> Open311Councils:
    """The packaged councils.yml, parsed once and shared."""
    return parse_councils(COUNCILS_PATH)


def endpoint_for(
    gss_code: str, service_id: str, env: Mapping[str, str] | None = None
) -> CouncilEndpoint | None:
    """Where to file `service_id` for the council `gss_code`; None when it has no Open311 endpoint for it."""
    return load_councils().endpoint_for(gss_code, service_id, env)
