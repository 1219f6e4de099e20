"""Open311 GeoReport v2: file a street report with the council that handles it, and look up what became of it.

No Rasa imports: the client, its values and the per-council configuration (councils.yml) are plain Python, so the
form, the call-handler console and the tests all use the same code."""

from bot.open311.client import (
    Created,
    NewRequest,
    Open311Client,
    Open311Error,
    Open311Refused,
    Open311Unconfirmed,
    Service,
    ServiceAttribute,
    ServiceDefinition,
    ServiceRequest,
)
from bot.open311.config import CouncilEndpoint, CouncilsConfigError, endpoint_for, load_councils

__all__ = [
    "CouncilEndpoint",
    "CouncilsConfigError",
    "Created",
    "NewRequest",
    "Open311Client",
    "Open311Error",
    "Open311Refused",
    "Open311Unconfirmed",
    "Service",
    "ServiceAttribute",
    "ServiceDefinition",
    "ServiceRequest",
    "endpoint_for",
    "load_councils",
]
