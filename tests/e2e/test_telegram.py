"""Telegram end to end: updates built with python-telegram-bot's classes are posted as
Telegram posts them, the real Rasa and action servers answer, and a fake Bot API on
127.0.0.1 receives what the bot sends."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, List

import pytest
import requests

from bot.engine import messages
from bot.trust.pseudonym import pseudonym
from bot.trust.signposting import SIGNPOSTING
from tests.e2e.helpers import cli, export_ref, rows
from tests.e2e.telegram_user import TelegramUser
from tests.fakes.fake_telegram import FakeTelegram

pytestmark = pytest.mark.e2e


@pytest.fixture
def user(loaded: Any, fake_telegram: FakeTelegram) -> TelegramUser:
    return TelegramUser(loaded, fake_telegram)


def who(servers: Any, user: TelegramUser) -> str:
    return pseudonym(servers.secret, "telegram", str(user.chat_id))


def answers(servers: Any, user: TelegramUser) -> List[Any]:
    return rows(servers, "SELECT question_key, answer_status, value FROM answers_flat "
                "WHERE respondent_ref = :ref ORDER BY question_position",
                ref=export_ref(servers, who(servers, user)))


def participation(servers: Any, user: TelegramUser) -> List[Any]:
    return rows(servers, "SELECT p.channel, p.status, p.age_band FROM participation p "
                "JOIN respondent r ON r.id = p.respondent_id WHERE r.pseudonym = :who",
                who=who(servers, user))


def start(user: TelegramUser) -> None:
    """From the deep link to the first question, by taps."""
    user.say("/start TEST1", expect=3)
    user.tap("Yes")  # consent
    user.tap("18-24")
    user.say("skip")  # no postcode


def test_a_whole_consultation_by_taps_and_typing(loaded: Any, user: TelegramUser,
                                                 fake_telegram: FakeTelegram) -> None:
    opening = user.say("/start TEST1", expect=3)  # what the deep link t.me/<bot>?start=TEST1 sends
    assert opening[0].startswith("Test consultation")
    assert "is in charge of your answers" in opening[1]
    assert opening[2] == "Are you happy to take part?"
    consent = user.last_keyboard()
    assert user.buttons(consent) == ["Yes", "No"]
    assert participation(loaded, user) == []  # nothing stored before consent

    assert user.tap("Yes") == ["Which age group are you in?"]
    # The tapped question now shows the choice, and its buttons are gone.
    edit = fake_telegram.calls_of("editMessageText", user.chat_id)[-1]
    assert edit["message_id"] == consent["sent_id"]
    assert edit["text"].endswith("✅ Yes") and not edit.get("reply_markup")
    assert user.tap("18-24")[-1].startswith("What's the first half of your postcode")
    assert user.say("LS6") == ["Have you used the service?"]
    assert user.tap("Yes") == ["Where did you go?"]
    assert user.buttons() == ["GP surgery", "Walk-in centre", "Pharmacy", "A&E"]
    assert user.tap("Pharmacy")[-1].startswith("How easy was it to be seen?")
    assert user.buttons() == ["1", "2", "3", "4", "5"]
    assert user.say("4") == ["How would you like to hear from the service?"]

    # Multiple choice: ticks come and go on the same message, then Done.
    question = user.last_keyboard()
    assert user.buttons(question) == ["Text", "Email", "Phone call", "App", "Done ✔"]
    shown = dict(question)
    for label in ("Text", "App", "✅ Text", "Email"):
        assert user.tap(label, on=shown, expect=0) == []
        edit = fake_telegram.calls_of("editMessageReplyMarkup", user.chat_id)[-1]
        shown = {**question, "reply_markup": edit["reply_markup"]}
    assert user.buttons(shown) == ["Text", "✅ Email", "Phone call", "✅ App", "Done ✔"]
    assert user.tap("Done ✔", on=shown) == ["How many days did you wait?"]
    assert user.say("about 3") == ["Overall, how was your experience of our service?"]
    assert user.tap("Good") == ["Please can you tell us why you gave your answer? (Or say skip.)"]
    assert user.say("quick and friendly") == ["Thanks, that's everything."]

    assert answers(loaded, user) == [
        ("used_service", "answered", "Yes"),
        ("where", "answered", "Pharmacy"),
        ("ease", "answered", "4"),
        ("contact", "answered", "Email; App"),
        ("wait_days", "answered", "3"),
        ("fft", "answered", "Good"),
        ("fft_why", "answered", "quick and friendly"),
    ]
    assert participation(loaded, user) == [("telegram", "completed", "18-24")]
    # Every one of this patient's taps was answered, once, so no spinner was left
    # turning (4 ticks + 6 answers).
    answered = [c["callback_query_id"] for c in fake_telegram.calls_of("answerCallbackQuery")]
    assert len(user.taps) == 10
    assert all(answered.count(tap) == 1 for tap in user.taps)
    # The chat id is nowhere beside the answers, nor in Rasa's record.
    assert not rows(loaded, "SELECT 1 FROM respondent WHERE pseudonym = :id",
                    id=str(user.chat_id))
    tracker = requests.get(f"{loaded.rasa_url}/conversations/telegram:{who(loaded, user)}/tracker",
                           params={"token": loaded.token}, timeout=30).json()
    assert str(user.chat_id) not in str(tracker)


def test_a_tap_on_an_old_question_changes_nothing(loaded: Any, user: TelegramUser) -> None:
    start(user)
    used = user.last_keyboard()
    user.tap("Yes", on=used)
    assert user.tap("No", on=used) == [messages.STALE_BUTTON, "Where did you go?"]
    assert answers(loaded, user) == [("used_service", "answered", "Yes")]
    where = user.last_keyboard()
    user.tap("A&E", on=where)
    assert user.tap("GP surgery", on=where)[0] == messages.STALE_BUTTON
    assert answers(loaded, user)[1] == ("where", "answered", "A&E")


TICKS = """code: TICKS1
title: Ticks
organisation: NHS Test ICB
status: live
min_age: 16
intro: One question.
closing: Thanks, that's everything.
questions:
  - id: barriers
    type: multi_choice
    text: What might stop you?
    options: [Waiting times, Cost, Nothing would stop me]
"""


def test_ticks_the_engine_does_not_take_are_asked_again_and_the_buttons_stay(
        loaded: Any, user: TelegramUser, fake_telegram: FakeTelegram, tmp_path: Path) -> None:
    """Ticks that contradict each other ("Nothing would stop me" with a reason) were shown
    as taken, "✅ Waiting times, Nothing would stop me" with the buttons gone, above
    "Sorry, I didn't get that"."""
    (tmp_path / "ticks.yml").write_text(TICKS)
    assert cli(loaded, "load", str(tmp_path / "ticks.yml")).returncode == 0
    user.say("/start TICKS1", expect=3)
    user.tap("Yes")
    user.tap("18-24")
    user.say("skip")
    question = user.last_keyboard()
    assert question["text"] == "What might stop you?"
    shown = dict(question)
    for label in ("Waiting times", "Nothing would stop me"):
        user.tap(label, on=shown, expect=0)
        edit = fake_telegram.calls_of("editMessageReplyMarkup", user.chat_id)[-1]
        shown = {**question, "reply_markup": edit["reply_markup"]}
    edits = len(fake_telegram.calls_of("editMessageText", user.chat_id))
    again = user.tap("Done ✔", on=shown, expect=2)
    assert again[0].startswith("Sorry, I didn't get that")
    assert again[-1] == "What might stop you?"
    assert len(fake_telegram.calls_of("editMessageText", user.chat_id)) == edits  # not "✅"


def test_privacy_links_the_notice_of_the_consultation_under_way(
        loaded: Any, user: TelegramUser, tmp_path: Path) -> None:
    """/privacy always gave the service's own notice, though the consultation's opening
    had linked the organisation's (its script's notice_url)."""
    (tmp_path / "notice.yml").write_text(TICKS.replace("TICKS1", "NOTICE1").replace(
        "status: live", "status: live\nnotice_url: https://www.example-icb.nhs.uk/privacy"))
    assert cli(loaded, "load", str(tmp_path / "notice.yml")).returncode == 0
    opening = user.say("/start NOTICE1", expect=3)
    assert "https://www.example-icb.nhs.uk/privacy" in opening[1]
    user.tap("Yes")
    [privacy] = user.say("/privacy")
    assert privacy.endswith("More: https://www.example-icb.nhs.uk/privacy")


def test_wrong_or_missing_secret_is_refused_and_nothing_recorded(
        loaded: Any, user: TelegramUser) -> None:
    update = user.message("/start TEST1")
    assert user.post(update, secret=None) == 403
    assert user.post(update, secret="telegram-secret-" + "b" * 16) == 403
    time.sleep(0.5)
    assert user.texts() == []
    assert not rows(loaded, "SELECT 1 FROM inbound_message WHERE provider_id = :id",
                    id=f"telegram:{update.update_id}")
    assert user.send(update, expect=3)[0].startswith("Test consultation")  # the real one works


@pytest.mark.parametrize("body, status", [
    (b"{not json", 400), (b"[]", 400), (b'{"update_id": "7"}', 400), (b'{"message": {}}', 400),
    (b'{"update_id": 5, "message": {"chat": "x"}}', 400), (b"x" * 2_000_000, 413),
])
def test_malformed_updates_get_a_4xx(loaded: Any, body: bytes, status: int) -> None:
    from tests.e2e.conftest import TELEGRAM_SECRET

    response = requests.post(f"{loaded.rasa_url}/webhooks/telegram/webhook", data=body,
                             headers={"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET,
                                      "Content-Type": "application/json"}, timeout=30)
    assert response.status_code == status


def test_an_update_of_another_kind_is_ignored(loaded: Any, user: TelegramUser) -> None:
    from telegram import InlineQuery, Update

    update = Update(987654321, inline_query=InlineQuery("iq", user.user, "x", "0"))
    assert user.post(update) == 200
    time.sleep(0.3)
    assert user.texts() == []


def test_a_redelivered_update_is_answered_once(loaded: Any, user: TelegramUser) -> None:
    update = user.message("/start TEST1")
    assert len(user.send(update, expect=3)) == 3
    assert user.post(update) == 200  # Telegram redelivers when it missed our 200
    time.sleep(1.0)
    assert len(user.texts()) == 3


def test_stop_midway_withdraws_and_opts_out(loaded: Any, user: TelegramUser) -> None:
    start(user)
    user.tap("Yes")
    assert user.say("/subscribe") == [messages.TELEGRAM_SUBSCRIBED]
    assert user.say("/stop") == [messages.TELEGRAM_STOPPED]
    assert participation(loaded, user) == [("telegram", "withdrawn", "18-24")]
    assert answers(loaded, user) == [("used_service", "answered", "Yes")]  # kept, as on SMS
    assert rows(loaded, "SELECT 1 FROM opt_out WHERE pseudonym = :who", who=who(loaded, user))
    assert not rows(loaded, "SELECT 1 FROM telegram_chat WHERE pseudonym = :who",
                    who=who(loaded, user))
    assert user.say("hello")[0] == messages.GREETING  # writing again is always answered


def test_stop_typed_as_on_sms_is_the_same_as_the_command(loaded: Any, user: TelegramUser) -> None:
    start(user)
    assert user.say("STOP") == [messages.TELEGRAM_STOPPED]
    assert participation(loaded, user) == [("telegram", "withdrawn", "18-24")]
    assert rows(loaded, "SELECT 1 FROM opt_out WHERE pseudonym = :who", who=who(loaded, user))


def test_cancel_to_delete_everything_deletes_nothing_and_opts_nobody_out(
        loaded: Any, user: TelegramUser) -> None:
    start(user)
    user.tap("Yes")
    assert user.say("/delete") == [messages.DELETE_CONFIRM]
    assert user.say("cancel")[0] == messages.NOT_DELETED
    assert answers(loaded, user) == [("used_service", "answered", "Yes")]
    assert not rows(loaded, "SELECT 1 FROM opt_out WHERE pseudonym = :who", who=who(loaded, user))


def test_help_privacy_and_delete_work_at_any_point(loaded: Any, user: TelegramUser) -> None:
    start(user)
    assert user.say("/help", expect=2) == [messages.TELEGRAM_HELP, "Have you used the service?"]
    assert "delete answers 12 months after you take part" in user.say("/privacy")[0]
    user.tap("Yes")
    assert user.say("/delete") == [messages.DELETE_CONFIRM]
    assert user.buttons() == ["Yes", "No"]
    assert user.tap("Yes") == [messages.DELETED]
    assert answers(loaded, user) == [] and participation(loaded, user) == []


def test_a_group_chat_is_declined_and_nothing_stored(loaded: Any,
                                                     fake_telegram: FakeTelegram) -> None:
    group = TelegramUser(loaded, fake_telegram, chat_type="group")
    assert group.say("/start TEST1") == [messages.TELEGRAM_GROUP]
    assert group.say("yes") == [messages.TELEGRAM_GROUP]
    assert not rows(loaded, "SELECT 1 FROM conversation WHERE pseudonym = :who",
                    who=pseudonym(loaded.secret, "telegram", str(group.chat.id)))


def test_a_sticker_gets_a_polite_reply_and_stores_nothing(loaded: Any, user: TelegramUser) -> None:
    start(user)
    assert user.send(user.sticker()) == [messages.TELEGRAM_TEXT_ONLY]
    assert answers(loaded, user) == []
    assert user.say("yes") == ["Where did you go?"]  # the question is still open


def test_an_edited_message_does_not_change_the_answer(loaded: Any, user: TelegramUser) -> None:
    start(user)
    user.say("yes")
    assert user.send(user.edited("no")) == [messages.TELEGRAM_EDITED]
    assert answers(loaded, user) == [("used_service", "answered", "Yes")]


def test_crisis_wording_is_signposted_first_and_the_consultation_carries_on(
        loaded: Any, user: TelegramUser) -> None:
    start(user)
    replies = user.say("honestly i want to kill myself", expect=2)
    assert replies[0] == SIGNPOSTING
    assert replies.count(SIGNPOSTING) == 1  # the channel's, not the engine's as well
    assert replies[-1] == "Have you used the service?"
    assert rows(loaded, "SELECT category FROM safeguarding_event WHERE channel = 'telegram'")
    # In an edit, and under a sticker's caption, too.
    assert user.send(user.edited("i want to die"), expect=2)[0] == SIGNPOSTING
    assert user.send(user.message(caption="i want to end it all", photo=()), expect=2)[0] \
        == SIGNPOSTING


def test_signposting_that_telegram_answered_with_a_5xx_is_sent_again(
        loaded: Any, user: TelegramUser, fake_telegram: FakeTelegram) -> None:
    """A 5xx may come after Telegram sent it: an ordinary reply is not sent twice, but
    crisis signposting is, rather than risk it never arriving."""
    start(user)
    fake_telegram.fail(1, status=500)
    replies = user.say("honestly i want to kill myself", expect=2)
    assert replies[0] == SIGNPOSTING
    refused = [c for c in fake_telegram.calls_of("sendMessage", user.chat_id) if "refused" in c]
    assert [c["refused"] for c in refused] == [500]


def test_a_429_from_telegram_is_waited_out_and_the_reply_still_arrives(
        loaded: Any, user: TelegramUser, fake_telegram: FakeTelegram) -> None:
    fake_telegram.limit(2, retry_after=1)
    started = time.monotonic()
    replies = user.say("/start TEST1", expect=3)
    assert replies[-1] == "Are you happy to take part?" and len(replies) == 3
    refused = [c for c in fake_telegram.calls_of("sendMessage", user.chat_id) if "refused" in c]
    assert [c["refused"] for c in refused] == [429, 429]
    assert time.monotonic() - started >= 2  # retry_after was honoured, twice


def test_a_user_who_blocked_the_bot_is_opted_out(loaded: Any, user: TelegramUser,
                                                 fake_telegram: FakeTelegram) -> None:
    user.say("/subscribe")
    fake_telegram.block(user.chat_id)
    assert user.post(user.message("/start TEST1")) == 200
    fake_telegram.until(lambda: rows(loaded, "SELECT 1 FROM opt_out WHERE pseudonym = :who",
                                     who=who(loaded, user)))
    assert rows(loaded, "SELECT 1 FROM opt_out WHERE pseudonym = :who", who=who(loaded, user))
    assert not rows(loaded, "SELECT 1 FROM telegram_chat WHERE pseudonym = :who",
                    who=who(loaded, user))



def test_no_chat_id_or_text_reaches_the_logs(loaded: Any, user: TelegramUser,
                                             fake_telegram: FakeTelegram) -> None:
    start(user)
    user.say("yes")
    fake_telegram.block(user.chat_id)  # a failure path logs too
    user.post(user.message("my number is 07700 900456"))
    time.sleep(1.0)
    logs = "\n".join(log.read_text(errors="replace") for log in loaded.logs)
    assert len(logs.splitlines()) > 10  # the logs were really written
    assert str(user.chat_id) not in logs
    assert "07700 900456" not in logs and fake_telegram.token not in logs


CRISIS = "i want to kill myself tonight"


def test_with_the_action_server_down_a_crisis_is_still_signposted(
        loaded: Any, user: TelegramUser) -> None:
    start(user)
    with loaded.action_server_down():
        replies = user.say(CRISIS, expect=2)
        assert replies[0] == SIGNPOSTING
        assert replies[-1] == messages.SOMETHING_WENT_WRONG
        assert replies.count(SIGNPOSTING) == 1
    assert user.say("yes") == ["Where did you go?"]  # back up: carries on where it was


def test_with_the_database_down_a_crisis_is_still_signposted(
        loaded: Any, user: TelegramUser) -> None:
    from tests.e2e.helpers import execute

    tables = ("inbound_message", "conversation")
    try:
        for table in tables:
            execute(loaded, f"ALTER TABLE {table} RENAME TO {table}_away")
        replies = user.say(CRISIS, expect=2)
        assert replies == [SIGNPOSTING, messages.SOMETHING_WENT_WRONG]
    finally:
        for table in tables:
            execute(loaded, f"ALTER TABLE {table}_away RENAME TO {table}")
    assert user.say("/start TEST1", expect=3)[-1] == "Are you happy to take part?"


def test_a_flood_is_not_answered_but_crisis_wording_always_is(
        loaded: Any, user: TelegramUser) -> None:
    for _ in range(25):  # over the burst of 20
        assert user.post(user.message("hello?")) == 200
    time.sleep(2.0)
    before = len(user.texts())
    assert before < 25  # the flood was cut short
    replies = user.say(CRISIS, expect=1)
    assert replies == [SIGNPOSTING]
