"""Server-issued, signed conversation tokens."""

from __future__ import annotations

import pytest

from bot.ops.sessions import SessionSigner

SIGNER = SessionSigner(b"unit-test-key", lifetime_seconds=3600)


def test_an_issued_token_is_valid_until_it_expires():
    token = SIGNER.issue(now=1_000_000_000)
    assert SIGNER.valid(token, now=1_000_000_000)
    assert SIGNER.valid(token, now=1_000_003_599)
    assert not SIGNER.valid(token, now=1_000_003_600)


def test_tokens_are_unguessable_and_different():
    assert len({SIGNER.issue() for _ in range(100)}) == 100


@pytest.mark.parametrize(
    "forged",
    [
        "me",
        "0" * 32 + ".9999999999." + "0" * 32,
        None,
        42,
        "",
    ],
)
def test_chosen_or_forged_ids_are_refused(forged: object):
    assert not SIGNER.valid(forged)


def test_an_altered_token_or_another_servers_token_is_refused():
    token = SIGNER.issue()
    ident, expires, signature = token.split(".")
    assert not SIGNER.valid(f"{ident}.{int(expires) + 1000:010d}.{signature}")  # longer life
    assert not SIGNER.valid(f"{'f' * 32}.{expires}.{signature}")  # someone else's id
    assert not SessionSigner(b"another-key").valid(token)


def test_accept_keeps_a_valid_token_and_replaces_anything_else():
    token = SIGNER.issue()
    assert SIGNER.accept(token) == token
    replaced = SIGNER.accept("me")
    assert replaced != "me" and SIGNER.valid(replaced)


def test_from_env_needs_a_key(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("FRONTDOOR_SESSION_KEY", raising=False)
    with pytest.raises(RuntimeError):
        SessionSigner.from_env()
    monkeypatch.setenv("FRONTDOOR_SESSION_KEY", "k")
    monkeypatch.setenv("FRONTDOOR_RETENTION_SECONDS", "600")
    assert SessionSigner.from_env().lifetime_seconds == 600
