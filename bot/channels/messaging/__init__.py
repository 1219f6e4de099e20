"""Front Door on messaging apps: WhatsApp (Meta Cloud API), SMS and WhatsApp through Twilio, and Telegram.

Every platform module does the same five things, using the shared pieces here: verify the webhook's signature
(`signatures`), acknowledge at once and process in the background (`base`), drop resent messages (`dedupe`),
turn the platform's user id into a keyed hash before it becomes a tracker key (`identity`), and shape the
assistant's replies for the app (`shaping`) before posting them to a configurable API base URL (`outbound`).
"""
