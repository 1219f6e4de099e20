"""Load and index the catalogue once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.catalogue.schema import CatalogueFile, Contact, Nation, Service, WaterArea

CATALOGUE_PATH = Path(__file__).with_name("services.yml")


@dataclass(frozen=True)
class Catalogue:
    """Validated services and contacts, indexed by id."""

    version: str
    services: dict[str, Service]
    contacts: dict[str, Contact]
    water_areas: dict[str, WaterArea]
    water_source: str

    def service(self, service_id: str) -> Service:
        """The service with this id; a KeyError for an id the catalogue does not have."""
        return self.services[service_id]

    def contacts_for(self, service: Service, nation: Nation | None = None) -> list[Contact]:
        """The service's contacts, or the nation's own where it has different ones."""
        ids = service.nations.get(nation, service.contacts) if nation else service.contacts
        return [self.contacts[c] for c in ids]

    def __contains__(self, service_id: object) -> bool:
        return service_id in self.services


def parse_catalogue(path: Path) -> Catalogue:
    """Read and validate a catalogue file; raises pydantic.ValidationError when it breaks the schema."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    data = CatalogueFile.parse_obj(raw)
    return Catalogue(
        version=data.version,
        services={s.id: s for s in data.services},
        contacts=dict(data.contacts),
        water_areas=dict(data.water_companies.areas),
        water_source=data.water_companies.source,
    )


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    """The packaged catalogue, parsed once and shared."""
    return parse_catalogue(CATALOGUE_PATH)
