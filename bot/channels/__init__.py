"""Custom Rasa input channels: the REST webhook with input cleaning, and the triage API."""
