"""What the widget relies on in the REST channel: message keys and the transcript."""

from __future__ import annotations

from typing import Any, Dict, List

import pytest
import requests

from bot.channels.transcript import replies_to
from bot.channels.web_delivery import delivery_id
from tests.e2e.helpers import answers_of

pytestmark = pytest.mark.e2e


def post(servers: Any, path: str, body: Dict[str, Any]) -> requests.Response:
    return requests.post(f"{servers.rasa_url}/webhooks/rest/{path}", json=body, timeout=30)


def say(servers: Any, sender: str, message: str, key: str) -> List[Dict[str, Any]]:
    answer = post(servers, "webhook", {"sender": sender, "message": message, "message_id": key})
    assert answer.status_code == 200, answer.text
    return list(answer.json())


def to_first_question(servers: Any, sender: str) -> None:
    for n, message in enumerate(["start test1", "yes", "19", "skip"]):
        say(servers, sender, message, f"{sender[:8]}-setup-{n}")


def test_a_message_sent_twice_with_one_key_is_answered_alike_and_stored_once(
    loaded: Any, sender: str
) -> None:
    to_first_question(loaded, sender)
    first = say(loaded, sender, "yes", "key-used-twice-1")
    again = say(loaded, sender, "yes", "key-used-twice-1")
    assert [m["text"] for m in first] == ["Where did you go?"]
    assert again == first  # the first delivery's replies, not a second turn
    assert answers_of(loaded, sender) == [("used_service", "answered", "Yes", 1)]
    users = [e for e in loaded.tracker_events(sender) if e["event"] == "user"]
    assert [e["text"] for e in users][-1] == "yes" and len(users) == 5
    # Rasa's record carries the key, so a retry this process has forgotten finds its replies.
    key = sender.split(".")[0]
    assert users[-1]["message_id"] == delivery_id(loaded.secret, key, "key-used-twice-1")
    assert replies_to(loaded.tracker_events(sender), users[-1]["message_id"]) == [
        {"text": "Where did you go?", "buttons": first[0]["buttons"]}]

    # The same key in another conversation is that conversation's own message.
    other = loaded.new_conversation()
    assert [m["text"] for m in say(loaded, other, "start test1", "key-used-twice-1")][-1] == (
        "Are you happy to take part?")


@pytest.mark.parametrize("key", ["short", "x" * 65, "has space in it", 12345678, "ü" * 10])
def test_a_malformed_message_key_is_a_400(loaded: Any, sender: str, key: Any) -> None:
    answer = post(loaded, "webhook", {"sender": sender, "message": "hi", "message_id": key})
    assert answer.status_code == 400
    assert "message_id" in answer.json()["error"]


def test_the_transcript_is_the_conversation_so_far_for_the_id_holder_only(
    loaded: Any, sender: str
) -> None:
    assert post(loaded, "transcript", {"sender": sender}).json()["messages"] == []
    to_first_question(loaded, sender)
    say(loaded, sender, "yes", "transcript-1")
    say(loaded, sender, "GP surgery", "transcript-2")
    say(loaded, sender, "4", "transcript-3")
    messages = post(loaded, "transcript", {"sender": sender}).json()["messages"]
    patient = [m["text"] for m in messages if m["from"] == "patient"]
    assert patient == ["start test1", "yes", "19", "skip", "yes", "GP surgery", "4"]
    last = messages[-1]
    assert last["text"] == "How would you like to hear from the service?"
    assert [b["title"] for b in last["buttons"]] == ["Text", "Email", "Phone call", "App"]
    assert all(b["multiple"] for b in last["buttons"])  # tick all that apply
    where = next(m for m in messages if m["text"] == "Where did you go?")
    assert not any(b.get("multiple") for b in where["buttons"])

    forged = sender.split(".")[0] + "." + "0" * 32
    assert post(loaded, "transcript", {"sender": forged}).status_code == 403
    assert post(loaded, "transcript", {"sender": "+447700900123"}).status_code == 403
    assert post(loaded, "transcript", {}).status_code == 400
