"""The `python -m bot` subcommands."""
