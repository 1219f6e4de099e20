"""A local sandbox that speaks postcodes.io, GOV.UK and data.police.uk for a documented set of real places, with
fault injection, so Front Door can be tested and demonstrated without the real services."""

from bot.sandbox.server import DEFAULT_PORT, SandboxServer, serve, start_sandbox

__all__ = ["DEFAULT_PORT", "SandboxServer", "serve", "start_sandbox"]
