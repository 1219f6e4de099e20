"""NLU pieces: the project's own spaCy pipeline and custom Rasa NLU components."""
