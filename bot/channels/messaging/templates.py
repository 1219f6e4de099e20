"""The few fixed phrases only the messaging channels need (everything the assistant says about problems and
services lives in domain.yml and the catalogue). Kept here, in one place, so they can be reviewed together."""

from __future__ import annotations

# SMS and Twilio WhatsApp have no buttons: "Reply 1 for Potholes, 2 for Pavements or 3 for Street lights."
OPTIONS_LEAD = "Reply"
OPTION_ITEM = "{number} for {title}"
OPTIONS_LAST_JOIN = " or "

# WhatsApp list messages need a label on the button that opens the list (at most 20 characters).
LIST_BUTTON_LABEL = "See the options"
# Used as the interactive message's body when the real text had to go in a message of its own.
CHOOSE_PROMPT = "Choose one:"

# A location pin postcodes.io could not place (at sea, abroad, or the API was down).
LOCATION_NOT_FOUND = (
    "I couldn't find a postcode for that location. Please type the postcode (for example GL50 1AA), "
    'or type "skip". If anyone is in danger, call 999.'
)

# Non-text messages other than photos and stickers (those get the domain's `utter_no_words`).
CANNOT_READ = (
    "I can't {what}. I can only read typed words, and a location pin for where a problem is. "
    "Please tell me what's wrong in a few words. If anyone is in danger, call 999."
)
CANNOT_READ_WHAT = {
    "audio": "listen to voice notes or audio",
    "video": "watch videos",
    "document": "open documents or files",
    "contacts": "use contact cards",
    "other": "read that kind of message",
}
PICTURE_KINDS = frozenset({"image", "sticker", "animation", "gif"})
