"""Turn catalogue contacts into short plain text for chat answers. All numbers and addresses come from the
catalogue; this only lays them out."""

from __future__ import annotations

from collections.abc import Iterable

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
    return "\n".join(contact_line(c) for c in contacts)
