"""A whole consultation through the real Rasa and action servers (REST channel)."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests

pytestmark = pytest.mark.e2e

from tests.closing import closed_on_the_web  # noqa: E402
from tests.e2e.helpers import TEST_SCRIPT, answers_of, cli, participations, rows  # noqa: E402


def test_a_whole_consultation_writes_one_typed_row_per_answer(loaded: Any, sender: str) -> None:
    first = loaded.say(sender, "Start test1")
    assert "Test consultation" in first[0]["text"]
    assert "is in charge of your answers" in first[1]["text"]
    assert first[-1]["text"] == "Are you happy to take part?"
    assert [b["title"] for b in first[-1]["buttons"]] == ["Yes", "No"]
    assert participations(loaded, sender) == []  # nothing is stored before consent

    assert loaded.texts(sender, "yep")[-1] == "Which age group are you in?"
    assert loaded.texts(sender, "I'm 19")[-1].startswith("What's the first half of your postcode")
    assert loaded.texts(sender, "ls6 1aa") == ["Have you used the service?"]
    assert loaded.texts(sender, "why are you asking?") == [
        "We want to know who has used it.", "Have you used the service?"]
    assert loaded.texts(sender, "yeah") == ["Where did you go?"]
    assert loaded.texts(sender, "walk in centre")[-1].startswith("How easy was it to be seen?")
    retry = loaded.texts(sender, "7")
    assert retry[0] == "Sorry, I didn't get that. Reply with a number from 1 to 5."
    assert loaded.texts(sender, "4/5") == ["How would you like to hear from the service?"]
    assert loaded.texts(sender, "skip") == ["How many days did you wait?"]
    assert loaded.texts(sender, "about 3") == ["Overall, how was your experience of our service?"]
    assert loaded.texts(sender, "v good") == [
        "Please can you tell us why you gave your answer? (Or say skip.)"]
    assert closed_on_the_web(loaded.texts(sender, "staff were kind, my name is Jo Bloggs"))

    assert answers_of(loaded, sender) == [
        ("used_service", "answered", "Yes", 1),
        ("where", "answered", "Walk-in centre", 1),
        ("ease", "answered", "4", 2),
        ("contact", "skipped", None, 1),
        ("wait_days", "answered", "3", 1),
        ("fft", "answered", "Very good", 1),
        ("fft_why", "answered", "staff were kind, my name is [name]", 1),
    ]
    assert participations(loaded, sender) == [{
        "channel": "rest", "status": "completed", "age_band": "18-24", "area": "LS6",
        "notice_version": "2026-12"}]


def test_a_consultation_loaded_while_running_is_answerable_at_once(
    loaded: Any, sender: str, tmp_path: Path
) -> None:
    code = f"NEW{uuid.uuid4().hex[:6].upper()}"
    assert loaded.texts(sender, f"start {code}")[0].startswith(
        f"Sorry, I couldn't find a survey with the code {code}")
    script = tmp_path / "new.yml"
    script.write_text(TEST_SCRIPT.read_text().replace("code: TEST1", f"code: {code}")
                      .replace("title: Test consultation", "title: Brand new"))
    assert cli(loaded, "load", str(script)).returncode == 0
    assert loaded.texts(sender, code.lower())[0].startswith("Brand new")


def test_stop_in_the_middle_keeps_a_withdrawn_participation(loaded: Any, sender: str) -> None:
    for message in ("MIND24", "yes", "17", "skip"):
        loaded.say(sender, message)
    assert loaded.texts(sender, "nope") == ["If you were struggling, where would you go first?"]
    assert loaded.texts(sender, "stop")[0].startswith("OK, you've stopped the survey")
    assert answers_of(loaded, sender) == [("heard_of_service", "answered", "No", 1)]
    assert [p["status"] for p in participations(loaded, sender)] == ["withdrawn"]
    # the next message is outside any consultation
    assert loaded.texts(sender, "hello")[0].startswith("Hi, I'm Sounding Board.")


@pytest.mark.parametrize("message, expected", [
    ("", "I didn't get any text there."),
    ("   ", "I didn't get any text there."),
    ("x" * 5000, "That message is too long for me to read."),
    ("x" * 3000, "Hi, I'm Sounding Board."),
    ("👍👍👍", "Hi, I'm Sounding Board."),
    ("start ZZZ999", "Sorry, I couldn't find a survey with the code ZZZ999."),
])
def test_bad_input_gets_a_clear_reply(loaded: Any, sender: str, message: str,
                                      expected: str) -> None:
    assert loaded.texts(sender, message)[0].startswith(expected)
    assert participations(loaded, sender) == []


def test_bad_input_inside_a_consultation_changes_nothing(loaded: Any, sender: str) -> None:
    for message in ("SHFFT", "yes"):
        loaded.say(sender, message)
    assert loaded.texts(sender, "16")[-1] == "Overall, how was your experience of our service?"
    for message in ("x" * 5000, "x" * 3000, "", "-5"):  # two count as attempts
        replies = loaded.texts(sender, message)
        assert replies[0].startswith(
            ("Sorry", "That message is a bit long", "That message is too long", "I didn't get")
        ), replies
    assert answers_of(loaded, sender) == []
    assert participations(loaded, sender)[0]["age_band"] == "16-17"
    loaded.say(sender, "option 1")  # a bare "1" to the FFT asks which reading (OA-28)
    assert answers_of(loaded, sender) == [("experience", "answered", "Very good", 3)]


@pytest.mark.parametrize("body, status", [
    (b"not json", 400), (b"[1, 2]", 400), (b'{"message": "hi"}', 400),
    (b'{"sender": 5, "message": "hi"}', 400), (b'{"sender": "", "message": "hi"}', 400),
    (('{"sender": "%s", "message": "hi"}' % ("s" * 200)).encode(), 403),
    (b'{"sender": "patient-1", "message": "hi"}', 403),
])
def test_malformed_requests_get_a_4xx_not_a_500(loaded: Any, body: bytes, status: int) -> None:
    response = requests.post(f"{loaded.rasa_url}/webhooks/rest/webhook", data=body,
                             headers={"Content-Type": "application/json"}, timeout=10)
    assert response.status_code == status
    assert "sender" in response.json()["error"]


def test_a_huge_body_is_refused_before_it_is_read(loaded: Any, sender: str) -> None:
    body = b'{"sender": "%s", "message": "' % sender.encode() + b"x" * 20_000_000 + b'"}'
    try:
        response = requests.post(f"{loaded.rasa_url}/webhooks/rest/webhook", data=body,
                                 headers={"Content-Type": "application/json"}, timeout=30)
        assert response.status_code == 413
    except requests.ConnectionError:
        pass  # Sanic may close the connection mid-upload after its 413: refused either way
    assert loaded.texts(sender, "hello")  # the server is fine


def test_one_sender_flooding_is_slowed_down(loaded: Any, sender: str) -> None:
    statuses = [requests.post(f"{loaded.rasa_url}/webhooks/rest/webhook",
                              json={"sender": sender, "message": "hi"}, timeout=10)
                for _ in range(25)]
    assert [r.status_code for r in statuses[:20]] == [200] * 20
    assert statuses[-1].status_code == 429
    assert statuses[-1].json()[0]["text"].startswith("You're sending messages very quickly")
    # someone else is not affected
    assert loaded.texts(loaded.new_conversation(), "hi")[0].startswith("Hi, I'm Sounding Board.")


def test_delete_my_answers_erases_rows_and_the_conversation(loaded: Any, sender: str) -> None:
    for message in ("MIND24", "yes", "19", "LS6", "yes"):
        loaded.say(sender, message)
    assert answers_of(loaded, sender) == [("heard_of_service", "answered", "Yes", 1)]
    assert any(e["event"] == "user" for e in loaded.tracker_events(sender))
    assert loaded.texts(sender, "delete my answers")[0].startswith("Do you want us to delete")
    assert loaded.texts(sender, "yes") == [
        "Done: your answers and this chat have been deleted. Thank you."]
    assert answers_of(loaded, sender) == [] and participations(loaded, sender) == []
    deadline = time.monotonic() + 20
    while any(e["event"] == "user" for e in loaded.tracker_events(sender)):
        assert time.monotonic() < deadline, "the conversation was not erased"
        time.sleep(0.2)
    # Queued with the erasure in case Rasa could not be reached, and taken off once done.
    while rows(loaded, "SELECT conversation FROM rasa_erasure WHERE conversation = :c",
               c="rest:" + sender.split(".")[0]):
        assert time.monotonic() < deadline, "the erasure stayed queued"
        time.sleep(0.2)


def test_crisis_wording_mid_consultation_signposts_first_then_carries_on(
    loaded: Any, sender: str
) -> None:
    for message in ("TEST1", "yes", "19", "skip"):
        loaded.say(sender, message)
    replies = loaded.texts(sender, "honestly i just want to die")
    assert replies[0].startswith("If you're in danger now, call 999")
    assert "116 123" in replies[0] and "85258" in replies[0] and "0800 1111" in replies[0]
    assert replies[1:] == [
        "You can carry on with the questions whenever you're ready, or send STOP to end.",
        "Have you used the service?"]
    assert answers_of(loaded, sender) == []  # the crisis message is not stored as an answer
    assert loaded.texts(sender, "yes") == ["Where did you go?"]
    assert answers_of(loaded, sender) == [("used_service", "answered", "Yes", 1)]


def test_rasa_http_api_needs_the_token(loaded: Any) -> None:
    assert requests.get(f"{loaded.rasa_url}/status", timeout=10).status_code == 401
    assert requests.get(f"{loaded.rasa_url}/status", params={"token": "wrong"},
                        timeout=10).status_code == 401
    assert requests.get(f"{loaded.rasa_url}/status", params={"token": loaded.token},
                        timeout=10).status_code == 200
