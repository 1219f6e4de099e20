"""Front Door core: catalogue, safety gate, triage decision, text guard, and the Rasa glue around them."""
