"""The service catalogue: the single source of truth for routing and contact details (services.yml)."""

from bot.catalogue.loader import Catalogue, load_catalogue
from bot.catalogue.schema import Contact, Nation, Route, Service, Tier, Urgency

__all__ = ["Catalogue", "Contact", "Nation", "Route", "Service", "Tier", "Urgency", "load_catalogue"]
