"""The widget's socket.io channel on the running stack: persisted sessions, guarded input, never silent."""

from __future__ import annotations

import queue
import uuid

import pytest
import socketio


class SocketChat:
    def __init__(self, url: str) -> None:
        self.replies: queue.Queue[dict] = queue.Queue()
        self.confirmed: queue.Queue[str] = queue.Queue()
        self.client = socketio.Client(reconnection=False)
        self.client.on("bot_uttered", self.replies.put)
        self.client.on("session_confirm", self.confirmed.put)
        self.client.connect(url, socketio_path="/socket.io", transports=["polling"], wait_timeout=20)

    def session(self, session_id: str) -> str:
        self.client.emit("session_request", {"session_id": session_id})
        return self.confirmed.get(timeout=20)

    def say(self, session_id: str, message: object) -> list[dict]:
        self.client.emit("user_uttered", {"session_id": session_id, "message": message})
        first = self.replies.get(timeout=30)
        got = [first]
        while True:
            try:
                got.append(self.replies.get(timeout=1.5))
            except queue.Empty:
                return got


@pytest.fixture()
def sock(stack):
    chat = SocketChat(stack.config.rasa_url)
    yield chat
    chat.client.disconnect()


def test_persisted_session_guarded_input_and_buttons(sock: SocketChat, clarifying) -> None:
    chosen = uuid.uuid4().hex
    session_id = sock.session(chosen)
    assert session_id != chosen  # the server issues the conversation id ...
    assert sock.session(session_id) == session_id  # ... and a token it issued rejoins that conversation
    replies = sock.say(session_id, clarifying.text)
    assert all(r["session_id"] == session_id for r in replies)
    assert [q["title"] for q in replies[-1]["quick_replies"]] == clarifying.names
    # A payload for an unknown intent is read as words, not obeyed; the reply is never empty.
    assert sock.say(session_id, "/nonsense_intent")[0]["text"]
    assert sock.say(session_id, "")[0]["text"]


def test_invalid_session_ids_are_replaced_and_unjoined_sessions_ignored(sock: SocketChat) -> None:
    new_id = sock.session("../../etc/passwd")
    assert new_id != "../../etc/passwd" and len(new_id) == 76  # "<32 hex>.<10 digits>.<32 hex>"
    sock.client.emit("user_uttered", {"session_id": uuid.uuid4().hex, "message": "pothole"})
    with pytest.raises(queue.Empty):
        sock.replies.get(timeout=3)


def test_a_second_client_cannot_join_a_conversation_by_a_forged_or_altered_id(stack) -> None:
    victim = SocketChat(stack.config.rasa_url)
    intruder = SocketChat(stack.config.rasa_url)
    try:
        token = victim.session("")
        ident, expires, signature = token.split(".")
        for forged in (f"{ident}.{expires}.{'0' * 32}", f"{'a' * 32}.{expires}.{signature}", ident):
            assert intruder.session(forged) != token
        victim.say(token, "graffiti on the bus shelter")
        with pytest.raises(queue.Empty):  # none of the victim's replies reach the intruder
            intruder.replies.get(timeout=2)
    finally:
        victim.client.disconnect()
        intruder.client.disconnect()
