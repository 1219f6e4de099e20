"""The small exception family every public-API client raises. Callers catch `PlacesError` and fall back to
the national answer; nothing else escapes a client."""


class PlacesError(Exception):
    """Base: the place could not be resolved through this API."""


class UpstreamUnavailable(PlacesError):
    """Timeout, connection failure, 5xx, or 429 after the allowed retries."""


class UpstreamBadResponse(PlacesError):
    """The API answered, but not in the documented format (malformed JSON, missing fields)."""


class NotFound(PlacesError):
    """The API says there is no such postcode, authority, force or neighbourhood (404)."""


class InvalidPostcode(PlacesError):
    """The text is not a valid UK postcode."""


class TerminatedPostcode(PlacesError):
    """The postcode existed but is no longer in use."""
