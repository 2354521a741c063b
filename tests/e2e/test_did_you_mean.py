""""Did you mean…?" end to end, through the real Rasa and action servers: over REST
(buttons) and over signed SMS (Reply YES or NO, numbered options at a fake Twilio).
Yes stores the guess, no asks again, and a reply that is itself an answer is taken; a bare
number to the FFT asks which of its two readings was meant (OA-28)."""

from __future__ import annotations

from typing import Any, List, Tuple

import pytest

from tests.closing import closed_on_the_web
from tests.e2e.helpers import answers_of
from tests.e2e.test_sms import Phone, answers
from tests.fakes.fake_twilio import FakeTwilio

pytestmark = pytest.mark.e2e

WHERE = "Where did you go?"
EASE = "How easy was it to be seen? (1 = Very hard, 5 = Very easy)"


def shown(replies: List[dict]) -> List[Tuple[str, List[str]]]:
    return [(r.get("text", ""), [b["title"] for b in r.get("buttons") or []]) for r in replies]


def test_did_you_mean_over_rest(loaded: Any, sender: str) -> None:
    for message in ("test1", "yes", "19", "LS6"):
        loaded.say(sender, message)
    assert loaded.texts(sender, "yes") == [WHERE]
    assert shown(loaded.say(sender, "the hospital")) == [("Did you mean: A&E?", ["Yes", "No"])]
    assert answers_of(loaded, sender) == [("used_service", "answered", "Yes", 1)]  # nothing yet
    again = shown(loaded.say(sender, "no"))
    assert again == [
        ("OK, sorry I got that wrong. Reply with a number from 1 to 4, or type your answer.", []),
        (WHERE, ["GP surgery", "Walk-in centre", "Pharmacy", "A&E"])]
    assert shown(loaded.say(sender, "the hospital")) == [("Did you mean: A&E?", ["Yes", "No"])]
    assert loaded.texts(sender, "boots") == [EASE]  # itself an answer: taken as the answer
    assert loaded.texts(sender, "4") == ["How would you like to hear from the service?"]
    assert loaded.texts(sender, "skip") == ["How many days did you wait?"]
    assert shown(loaded.say(sender, "a month")) == [("Did you mean: 30 days?", ["Yes", "No"])]
    assert loaded.texts(sender, "yes") == ["Overall, how was your experience of our service?"]
    assert shown(loaded.say(sender, "good but the wait was awful")) == [
        ("Which one did you mean?", ["Good", "Very poor"])]
    assert loaded.texts(sender, "2")[0].startswith("Please can you tell us why")
    assert closed_on_the_web(loaded.texts(sender, "slow"))
    assert answers_of(loaded, sender) == [
        ("used_service", "answered", "Yes", 1),
        ("where", "answered", "Pharmacy", 2),
        ("ease", "answered", "4", 1),
        ("contact", "skipped", None, 1),
        ("wait_days", "answered", "30", 1),
        ("fft", "answered", "Very poor", 1),
        ("fft_why", "answered", "slow", 1),
    ]


def test_did_you_mean_over_sms(loaded: Any, fake_twilio: FakeTwilio) -> None:
    phone = Phone(loaded, fake_twilio)
    for message in ("test1", "yes", "19", "LS6", "yes"):
        phone.text(message)
    assert phone.text("the hospital") == ["Did you mean: A&E?\nReply YES or NO"]
    assert answers(loaded, phone.number) == [("used_service", "Yes", "twilio", "started")]
    assert phone.text("no") == [
        "OK, sorry I got that wrong. Reply with a number from 1 to 4, or type your answer.\n\n"
        "Where did you go?\n1 GP surgery\n2 Walk-in centre\n3 Pharmacy\n4 A&E\nReply 1 to 4"]
    assert phone.text("the hospital") == ["Did you mean: A&E?\nReply YES or NO"]
    assert phone.text("YES") == [EASE + "\nReply a number from 1 to 5"]
    phone.text("4")
    phone.text("skip")
    assert phone.text("a month") == ["Did you mean: 30 days?\nReply YES or NO"]
    # itself an answer, said plainly (stop 27: "the next day" is offered, as a count from words)
    assert phone.text("1 day") == ["Overall, how was your experience of our service?\n"
                                          "1 Very good\n2 Good\n3 Neither good nor poor\n4 Poor\n"
                                          "5 Very poor\n6 Don't know\nReply 1 to 6"]
    # OA-28: a bare "5" may be option 5 (Very poor) or 5 out of 5: never stored as either,
    # the patient picks in words, and the narrowed list is numbered as shown.
    assert phone.text("5") == [
        "Which one did you mean?\n1 Very good\n2 Very poor\nReply 1 or 2"]
    assert answers(loaded, phone.number)[-1][0] == "wait_days"  # nothing stored for the FFT
    assert phone.text("1")[0].startswith("Please can you tell us why")
    phone.text("skip")
    assert answers(loaded, phone.number) == [
        ("used_service", "Yes", "twilio", "completed"),
        ("where", "A&E", "twilio", "completed"),
        ("ease", "4", "twilio", "completed"),
        ("contact", None, "twilio", "completed"),
        ("wait_days", "1", "twilio", "completed"),
        ("fft", "Very good", "twilio", "completed"),
        ("fft_why", None, "twilio", "completed"),
    ]
