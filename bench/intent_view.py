"""Score the stock-Rasa peer with the same yardsticks as Front Door.

The peer has no safety gate, no decision layer and no clarifying questions: a stock Rasa bot answers with
whatever its top intent's rule says. So its "decision" is read from its top intent alone: that intent's
catalogue service, route and tier, and a safety flag only when the top intent is a safety intent."""

from __future__ import annotations

from typing import Any

from bot.catalogue import load_catalogue
from bot.core.decide import OUT_OF_SCOPE_INTENTS, SAFETY_INTENT_FLAGS


def decision_from_intent(result: dict[str, Any]) -> dict[str, Any]:
    """A decision-shaped dict from one parse result (`bench.parse_runner`), using only the top intent."""
    catalogue = load_catalogue()
    intent = str((result.get("nlu") or {}).get("intent") or "nlu_fallback")
    service = catalogue.service(intent) if intent in catalogue else None
    if service is not None:
        route = service.route.value
    else:
        route = "out_of_scope" if intent in OUT_OF_SCOPE_INTENTS else "conversation"
    flag = SAFETY_INTENT_FLAGS.get(intent)
    return {
        "id": result.get("id"),
        "nlu": result.get("nlu"),
        "intent": intent,
        "service": intent if service is not None else None,
        "route": route,
        "council_tier": service.tier.value if service is not None and service.tier else None,
        "needs_clarification": False,
        "alternatives": [],
        "safety": [flag.value] if flag is not None else [],
    }
