"""Redis tracker and lock stores configured from one REDIS_URL, with timeouts and an expiry on every record."""
