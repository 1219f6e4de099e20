"""DEV TOOL, never used in production: a local sandbox that speaks postcodes.io, GOV.UK, data.police.uk and
Open311 for a documented set of real places, with fault injection, so Front Door can be tested and demonstrated
without the real services. Only `FRONTDOOR_SANDBOX_URL` points the clients at it."""

from bot.sandbox.server import DEFAULT_PORT, SandboxServer, serve, start_sandbox

__all__ = ["DEFAULT_PORT", "SandboxServer", "serve", "start_sandbox"]
