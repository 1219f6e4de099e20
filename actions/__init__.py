"""Thin rasa-sdk actions: read the tracker, call `bot`, emit responses and events."""
