"""The pure core: one decision path (guard, parse, safety, decide, locate, plan the reply, render).

No Rasa imports: everything here is plain, typed Python that the doors (bot/channels), the Rasa actions
(actions/) and the command line call."""
