"""Rasa glue: the NLU components, the tracker and lock stores, the action server and the start-up
speed-ups. The only place besides the doors (bot/channels) and actions/ that imports Rasa."""
