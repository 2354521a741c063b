"""The conversation core through the real servers: one action call a message, ids
scoped by channel, and an action server that serves only Rasa."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any, Dict, List

import pytest
import requests

from bot.trust import identity
from tests.e2e.helpers import answers_of, participations
from tests.e2e.test_sms import Phone, answers

pytestmark = pytest.mark.e2e

WHOLE_CONSULTATION = ["Start test1", "yep", "I'm 19", "ls6 1aa", "why are you asking?", "yeah",
                      "walk in centre", "7", "4/5", "skip", "about 3", "v good", "it was fine"]


def actions_after_each_message(events: List[Dict[str, Any]]) -> List[List[str]]:
    """For each user message, the actions Rasa ran before listening again."""
    runs: List[List[str]] = []
    for event in events:
        if event["event"] == "user":
            runs.append([])
        elif event["event"] == "action" and runs and event["name"] not in (
                "action_listen", "action_session_start"):
            runs[-1].append(event["name"])
    return runs


def test_each_message_is_one_action_server_call(loaded: Any, sender: str) -> None:
    for message in WHOLE_CONSULTATION:
        assert loaded.say(sender, message)
    assert participations(loaded, sender)[0]["status"] == "completed"
    runs = actions_after_each_message(loaded.tracker_events(sender))
    assert runs == [["action_consultation_turn"]] * len(WHOLE_CONSULTATION)


def test_rasa_holds_no_consultation_state(loaded: Any, sender: str) -> None:
    for message in WHOLE_CONSULTATION[:5]:
        loaded.say(sender, message)
    events = loaded.tracker_events(sender)
    assert [e for e in events if e["event"] in ("slot", "active_loop")] == []


def test_a_phone_number_as_rest_sender_reaches_no_sms_conversation(
    loaded: Any, fake_twilio: Any
) -> None:
    phone = Phone(loaded, fake_twilio)
    for message in ("TEST1", "yes", "19", "skip"):
        phone.text(message)
    sms_conversation = identity.for_number(loaded.secret, "twilio", phone.number)
    for sender in (phone.number, sms_conversation, sms_conversation.split(":")[1]):
        for message in ("yes", "delete my answers", "stop"):
            response = requests.post(f"{loaded.rasa_url}/webhooks/rest/webhook",
                                     json={"sender": sender, "message": message}, timeout=10)
            assert response.status_code == 403
            assert "Have you used" not in response.text
    # The SMS patient is exactly where they were.
    assert phone.text("no")[0].startswith("How easy was it to be seen?")
    assert answers(loaded, phone.number) == [("used_service", "No", "twilio", "started")]


def test_a_made_up_or_tampered_web_id_is_refused(loaded: Any, sender: str) -> None:
    loaded.say(sender, "TEST1")
    key, signature = sender.split(".")
    other = "0" if signature[-1] != "0" else "1"
    for forged in (f"{key}.{signature[:-1]}{other}", key, f"{key}.", "rest:" + key,
                   identity.issue_web_id("not-the-servers-secret")):
        response = requests.post(f"{loaded.rasa_url}/webhooks/rest/webhook",
                                 json={"sender": forged, "message": "yes"}, timeout=10)
        assert response.status_code == 403
    assert participations(loaded, sender) == []  # the forged "yes" consented to nothing


def action_call(conversation: str, text: str) -> Dict[str, Any]:
    """What Rasa sends the action server, with a tracker anyone could make up."""
    latest = {"text": text, "intent": {"name": "affirm", "confidence": 1.0}}
    return {"next_action": "action_consultation_turn", "sender_id": conversation,
            "version": "3.6.21",
            "tracker": {"sender_id": conversation, "slots": {}, "latest_message": latest,
                        "events": [{"event": "user", "text": text, "parse_data": latest}],
                        "paused": False, "followup_action": None, "active_loop": {},
                        "latest_action_name": "action_listen"}}


def post_action(servers: Any, body: bytes, **headers: str) -> requests.Response:
    return requests.post(f"{servers.action_url}/webhook", data=body, timeout=10,
                         headers={"Content-Type": "application/json", **headers})


def test_the_action_server_refuses_calls_without_rasas_secret(loaded: Any, sender: str) -> None:
    for message in ("TEST1", "yes", "19", "skip", "yes"):
        loaded.say(sender, message)
    before = answers_of(loaded, sender)
    conversation = "rest:" + sender.split(".")[0]
    # The attack: delete someone's answers with a made-up tracker.
    for text in ("delete my answers", "yes"):
        body = json.dumps(action_call(conversation, text)).encode()
        assert post_action(loaded, body).status_code == 401
        assert post_action(loaded, body, **{"X-Action-Secret": "guess"}).status_code == 403
    assert answers_of(loaded, sender) == before and before
    assert participations(loaded, sender)[0]["status"] == "started"
    assert loaded.texts(sender, "pharmacy")[-1].startswith("How easy was it to be seen?")


def test_the_action_server_with_the_secret_serves_only_ids_our_channels_make(loaded: Any) -> None:
    secret = {"X-Action-Secret": loaded.action_secret}
    body = json.dumps(action_call("+447700900123", "TEST1")).encode()
    response = post_action(loaded, body, **secret)
    assert response.status_code == 200
    assert response.json()["responses"][0]["text"].startswith("Sorry, something went wrong")


@pytest.mark.parametrize("make_body, headers, status", [
    (lambda: b"x" * (1_048_576 + 10), {}, 413),
    (lambda: zlib.compress(b"{" + b" " * 30_000_000 + b"}"), {"Content-Encoding": "deflate"}, 413),
    (lambda: b"secret words", {"Content-Encoding": "gzip"}, 415),
    (lambda: b"not json: my name is Jolene", {}, 400),
    (lambda: zlib.compress(b"not json either"), {"Content-Encoding": "deflate"}, 400),
    (lambda: b"not deflate at all", {"Content-Encoding": "deflate"}, 400),
    (lambda: b'["a list"]', {}, 400),
])
def test_the_action_server_refuses_bad_bodies_without_echoing_them(
    loaded: Any, make_body: Any, headers: Dict[str, str], status: int
) -> None:
    body = make_body()
    response = post_action(loaded, body, **{"X-Action-Secret": loaded.action_secret, **headers})
    assert response.status_code == status
    assert b"Jolene" not in response.content and b"secret words" not in response.content


def test_a_deflated_call_from_rasa_still_works(loaded: Any, sender: str) -> None:
    conversation = "rest:" + sender.split(".")[0]
    body = zlib.compress(json.dumps(action_call(conversation, "TEST1")).encode())
    response = post_action(loaded, body, **{"X-Action-Secret": loaded.action_secret,
                                            "Content-Encoding": "deflate"})
    assert response.status_code == 200
    assert response.json()["responses"][-1]["text"] == "Are you happy to take part?"


def listening_addresses(port: int) -> List[str]:
    """Local addresses with a socket listening on `port` (from /proc/net/tcp and tcp6)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].rsplit(":", 1)
            if fields[3] == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.append(address)
    return found


def test_nothing_of_ours_listens_beyond_loopback(loaded: Any) -> None:
    for url in (loaded.rasa_url, loaded.action_url):
        port = int(url.rsplit(":", 1)[1])
        addresses = listening_addresses(port)
        assert addresses, f"nothing listens on {port}"
        # 0100007F is 127.0.0.1 as the kernel writes it; all zeros would be 0.0.0.0.
        assert set(addresses) == {"0100007F"}, addresses
