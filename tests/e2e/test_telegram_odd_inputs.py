"""A patient on Telegram who sends everything but plain text: pictures, voice notes,
places, contacts, forwards, replies to old questions, old buttons, odd deep links."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Any, Dict

import pytest
from telegram import (
    Audio,
    ChatMemberBanned,
    ChatMemberMember,
    ChatMemberUpdated,
    Contact,
    Document,
    InlineKeyboardMarkup,
    Location,
    Message,
    MessageOriginUser,
    PhotoSize,
    Poll,
    PollOption,
    Update,
    Video,
    VideoNote,
    Voice,
)

from bot.engine import messages
from tests.e2e.helpers import rows
from tests.e2e.telegram_user import _UPDATE_IDS, TelegramUser
from tests.e2e.test_telegram import answers, start, who
from tests.fakes.fake_telegram import FakeTelegram

pytestmark = pytest.mark.e2e

NOT_TEXT: Dict[str, Dict[str, Any]] = {
    "photo": {"photo": (PhotoSize("p", "pu", 90, 90),)},
    "voice note": {"voice": Voice("v", "vu", 3)},
    "video note": {"video_note": VideoNote("vn", "vnu", 240, 5)},
    "video": {"video": Video("vd", "vdu", 640, 480, 5)},
    "audio": {"audio": Audio("a", "au", 60)},
    "document": {"document": Document("d", "du", file_name="answers.pdf")},
    "location": {"location": Location(-1.55, 53.8)},
    "contact": {"contact": Contact("+447700900123", "Alex")},
    "poll": {"poll": Poll("poll1", "Yes or no?",
                          (PollOption("Yes", 0, persistent_id="1"),
                           PollOption("No", 0, persistent_id="2")),
                          0, False, False, Poll.REGULAR, False,
                          allows_revoting=False, members_only=False)},
}


@pytest.fixture
def user(loaded: Any, fake_telegram: FakeTelegram) -> TelegramUser:
    return TelegramUser(loaded, fake_telegram)


def test_nothing_but_text_is_taken_as_an_answer(loaded: Any, user: TelegramUser) -> None:
    start(user)
    for kind, fields in NOT_TEXT.items():
        assert user.send(user.message(**fields)) == [messages.TELEGRAM_TEXT_ONLY], kind
    assert answers(loaded, user) == []
    assert user.say("yes") == ["Where did you go?"]


def test_a_photo_with_a_caption_is_not_taken_as_an_answer(loaded: Any, user: TelegramUser) -> None:
    start(user)
    photo = NOT_TEXT["photo"]
    assert user.send(user.message(caption="yes", **photo)) == [messages.TELEGRAM_TEXT_ONLY]
    assert answers(loaded, user) == []


def test_a_forwarded_message_is_not_taken_as_the_patients_answer(
        loaded: Any, user: TelegramUser) -> None:
    start(user)
    origin = MessageOriginUser(datetime.now(timezone.utc), user.user.__class__(
        42, is_bot=False, first_name="Jo"))
    replies = user.send(user.message("yes", forward_origin=origin), expect=2)
    assert replies == [messages.TELEGRAM_FORWARDED, "Have you used the service?"]
    assert answers(loaded, user) == []


def test_a_typed_reply_to_an_old_question_changes_nothing(loaded: Any, user: TelegramUser) -> None:
    start(user)
    used = user.last_keyboard()
    user.say("yes")  # typed, so the question's buttons stay
    assert user.say("pharmacy") == [
        "How easy was it to be seen? (1 = Very hard, 5 = Very easy)"]
    old = Message(used["sent_id"], datetime.now(timezone.utc), user.chat, text=used["text"],
                  reply_markup=InlineKeyboardMarkup.de_json(used["reply_markup"]))
    replies = user.send(user.message("no", reply_to_message=old), expect=2)
    assert replies[0] == messages.STALE_BUTTON
    assert answers(loaded, user)[:2] == [("used_service", "answered", "Yes"),
                                         ("where", "answered", "Pharmacy")]


def test_a_tap_on_a_finished_consultations_buttons_changes_nothing(
        loaded: Any, user: TelegramUser) -> None:
    start(user)
    used = user.last_keyboard()
    user.say("/stop")
    before = answers(loaded, user)
    assert user.post(user.tap_update(used, "Yes")) == 200
    time.sleep(1.0)
    assert answers(loaded, user) == before
    assert not [t for t in user.texts() if "Where did you go" in t]


@pytest.mark.parametrize("payload", ["NOPE99", "test1", "TEST1%20", "<b>x</b>", "🙂", "A" * 64])
def test_a_deep_link_with_an_odd_code_gets_a_reply(loaded: Any, user: TelegramUser,
                                                    payload: str) -> None:
    replies = user.say(f"/start {payload}")
    assert replies and messages.SOMETHING_WENT_WRONG not in replies


def test_blocked_mid_consultation_then_back(loaded: Any, user: TelegramUser,
                                           fake_telegram: FakeTelegram) -> None:
    start(user)
    fake_telegram.block(user.chat_id)
    assert user.post(user.message("yes")) == 200
    fake_telegram.until(lambda: rows(loaded, "SELECT 1 FROM opt_out WHERE pseudonym = :who",
                                     who=who(loaded, user)))
    fake_telegram.blocked.discard(user.chat_id)
    now = datetime.now(timezone.utc)
    back = ChatMemberUpdated(user.chat, user.user, now,
                             ChatMemberBanned(user.user, now), ChatMemberMember(user.user))
    assert user.post(Update(next(_UPDATE_IDS), my_chat_member=back)) == 200
    replies = user.say("/start")
    assert replies, "a person who unblocked the bot and wrote to it gets an answer"


def test_a_channel_post_is_ignored(loaded: Any, fake_telegram: FakeTelegram) -> None:
    channel = TelegramUser(loaded, fake_telegram, chat_type="channel")
    post = Message(1, datetime.now(timezone.utc), channel.chat, text="hello")
    assert channel.post(Update(next(_UPDATE_IDS), channel_post=post)) == 200
    time.sleep(0.5)
    assert channel.texts() == []
