"""A patient texting everything but plain words: pictures, contact cards, locations,
nothing but spaces or emoji, the longest text Twilio takes, and Twilio delivering
the same message twice at once."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest

from bot.engine import messages
from tests.e2e.test_sms import Phone, answers
from tests.fakes.fake_twilio import FakeTwilio

pytestmark = pytest.mark.e2e

WHY = "Please can you tell us why you gave your answer? (Or say skip.)"


@pytest.fixture
def phone(loaded: Any, fake_twilio: FakeTwilio) -> Phone:
    return Phone(loaded, fake_twilio)


def to_used_service(phone: Phone) -> None:
    for body in ("test1", "YES", "19", "skip"):
        phone.text(body)


def to_the_comment(phone: Phone) -> None:
    to_used_service(phone)
    for body in ("yes", "3", "4", "1 and 2", "5"):
        phone.text(body)
    assert phone.text("good") == [WHY]


def test_a_location_or_contact_shared_by_sms_is_not_stored_as_a_comment(phone: Phone,
                                                                        loaded: Any) -> None:
    to_the_comment(phone)
    stored = answers(loaded, phone.number)
    for shared in ("My location: https://maps.google.com/?q=53.800800,-1.549100",
                   "https://maps.app.goo.gl/Xy12AbCd",
                   "BEGIN:VCARD\nVERSION:3.0\nFN:Alex Smith\nTEL;TYPE=CELL:07700 900123\n"
                   "END:VCARD"):
        assert phone.text(shared) == [messages.NOT_TYPED]
    assert answers(loaded, phone.number) == stored  # nothing more stored
    assert phone.text("quick and friendly") == ["Thanks, that's everything."]
    assert answers(loaded, phone.number)[-1][:2] == ("fft_why", "quick and friendly")


@pytest.mark.parametrize("extra", [
    {"NumMedia": "1", "MediaContentType0": "image/jpeg"},
    {"NumMedia": "1", "MediaContentType0": "text/x-vcard"},  # an iPhone's "share location"
])
def test_a_picture_or_card_with_no_words_gets_a_reply_and_stores_nothing(
        phone: Phone, loaded: Any, extra: Any) -> None:
    to_used_service(phone)
    media = {**extra, "MediaUrl0": "https://api.twilio.com/2010-04-01/Accounts/AC1/Media/ME1"}
    assert phone.text("", **media) == [messages.EMPTY_MESSAGE]
    assert answers(loaded, phone.number) == []
    assert phone.text("yes", **media)[0].startswith("Where did you go?")  # words with a picture


@pytest.mark.parametrize("body", [" ", "\n\n", " \r\n\t "])
def test_only_spaces_or_newlines(phone: Phone, loaded: Any, body: str) -> None:
    to_used_service(phone)
    assert phone.text(body) == [messages.EMPTY_MESSAGE]
    assert answers(loaded, phone.number) == []


def test_a_thumbs_up_is_a_yes(phone: Phone, loaded: Any) -> None:
    to_used_service(phone)
    assert phone.text("👍")[0].startswith("Where did you go?")
    assert [a[:2] for a in answers(loaded, phone.number)] == [("used_service", "Yes")]


@pytest.mark.parametrize("body", ["🤷‍♀️🤷‍♀️", "🙃", "Да", "نعم"])
def test_only_emoji_or_another_alphabet_is_answered_and_stores_nothing(
        phone: Phone, loaded: Any, body: str) -> None:
    to_used_service(phone)
    replies = phone.text(body)
    assert replies and messages.SOMETHING_WENT_WRONG not in replies
    assert replies[-1].endswith("Reply YES or NO")  # the question again
    assert answers(loaded, phone.number) == []


def test_the_longest_text_twilio_takes_is_answered(phone: Phone, loaded: Any) -> None:
    to_the_comment(phone)
    stored = answers(loaded, phone.number)
    comment = ("The reception staff were kind and the wait was short. " * 40)[:1600]
    assert phone.text(comment) == [  # asked to keep it shorter, and the question again
        "That message is a bit long for me. Please keep your answer under 500 characters."
        f"\n\n{WHY}"]
    assert answers(loaded, phone.number) == stored
    assert phone.text(comment[:400]) == ["Thanks, that's everything."]


def test_the_same_message_delivered_twice_at_once_is_answered_once(phone: Phone,
                                                                    loaded: Any) -> None:
    to_used_service(phone)
    sid, statuses = "SM" + uuid.uuid4().hex, []  # type: str, List[int]
    before = len(phone.inbox())
    posts = [threading.Thread(target=lambda: statuses.append(phone.post("yes", sid=sid)))
             for _ in range(2)]
    for post in posts:
        post.start()
    for post in posts:
        post.join(timeout=60)
    assert statuses == [200, 200]
    assert phone.settle()[before:] == [
        "Where did you go?\n1 GP surgery\n2 Walk-in centre\n3 Pharmacy\n4 A&E\nReply 1 to 4"]
    assert [a[:2] for a in answers(loaded, phone.number)] == [("used_service", "Yes")]
