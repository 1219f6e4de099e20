"""Turn catalogue contacts into short plain text for chat answers. All numbers and addresses come from the
catalogue; this only lays them out."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.catalogue import Contact


def contact_line(contact: Contact) -> str:
    """One line per contact: name, phone, text number, web address, hours."""
    parts: list[str] = []
    if contact.phone:
        parts.append(f"call {contact.phone}")
    if contact.text:
        parts.append(f"text {contact.text}")
    if contact.url:
        parts.append(contact.url)
    line = f"• {contact.name}: " + ", or ".join(parts)
    if contact.hours:
        line += f" ({contact.hours})"
    if contact.notes:
        line += f". {contact.notes}"
    return line


def contact_block(contacts: Iterable[Contact]) -> str:
    """The contacts as one block of text, a line each."""
    return "\n".join(contact_line(c) for c in contacts)


def body_block(body: dict[str, Any] | None, contacts: Iterable[Contact]) -> str:
    """The resolved body first (with its team, if any), then the other contacts."""
    lines = []
    for entry in (body, (body or {}).get("team")):
        if not entry:
            continue
        parts = [
            p
            for p in (
                f"call {entry['phone']}" if entry.get("phone") else None,
                entry.get("url"),
                entry.get("email"),
            )
            if p
        ]
        lines.append(f"• {entry['name']}: " + (", or ".join(parts) if parts else "see their website"))
    lines.extend(contact_line(c) for c in contacts)
    return "\n".join(lines)
