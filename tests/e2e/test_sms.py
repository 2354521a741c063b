"""SMS end to end: the twilio SDK signs what we receive, a fake Twilio API receives
what we send, and the real Rasa and action servers sit in between."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from datetime import datetime, timedelta, timezone
from datetime import time as time_of_day
from typing import Any, Dict, List

import pytest

from bot.channels.sms_state import SmsStore
from bot.channels.twilio import deliver
from bot.config import load_settings
from bot.db.models import utcnow
from bot.scripts.days import UK, uk_day
from bot.sms.twilio_client import TwilioSender
from bot.trust import identity
from tests.e2e.conftest import SESSION_SECONDS, TWILIO_NUMBER
from tests.e2e.helpers import erase, export_ref, rows
from tests.fakes.fake_twilio import FakeTwilio, signed_post

pytestmark = pytest.mark.e2e


USED_NUMBERS: List[str] = []


class Phone:
    """A patient's mobile: texts the service and reads what comes back."""

    def __init__(self, servers: Any, twilio: FakeTwilio) -> None:
        self.servers, self.twilio = servers, twilio
        # A new number each time: a number an earlier test used would carry its answers
        # (CI: a test for blank texts found the answer a STOP test had withdrawn). The
        # first digits of a random integer were drawn from far fewer than 100,000.
        self.number = next(number for number in (
            f"+4477009{uuid.uuid4().int % 100_000:05d}" for _ in iter(int, 1))
            if number not in USED_NUMBERS)
        USED_NUMBERS.append(self.number)
        self.url = f"{servers.rasa_url}/webhooks/twilio/webhook"
        self.answered_before: List[int] = []  # by `burst`

    def post(self, body: str, sid: str = "", token: str = "", **extra: str) -> int:
        params = {"From": self.number, "To": TWILIO_NUMBER, "Body": body, "NumMedia": "0",
                  "MessageSid": sid or "SM" + uuid.uuid4().hex, "AccountSid": self.twilio.account_sid}
        params.update(extra)
        status, _ = self.twilio.webhook(self.url, {k: v for k, v in params.items() if v != "-"},
                                        token)
        return status

    def burst(self, bodies: List[str], gap: float = 0.02) -> List[int]:
        """Texts sent in quick succession: Twilio posts each as its own webhook request,
        without waiting for the answer to the one before. Returns the statuses."""
        statuses: Dict[int, int] = {}

        def post(index: int, body: str) -> None:
            statuses[index] = self.post(body)

        posting = [threading.Thread(target=post, args=(i, body)) for i, body in enumerate(bodies)]
        self.answered_before = []  # replies in the inbox as each text was sent
        for thread in posting:
            self.answered_before.append(len(self.inbox()))
            thread.start()
            time.sleep(gap)  # in this order
        for thread in posting:
            thread.join(timeout=60)
        return [statuses.get(i, 0) for i in range(len(bodies))]

    def inbox(self) -> List[str]:
        return [m["body"] for m in self.twilio.sent if m["to"] == self.number]

    def settle(self, quiet: float = 3, timeout: float = 60) -> List[str]:
        """Wait until nothing new has arrived for `quiet` seconds; the whole inbox."""
        deadline, seen, quiet_since = time.monotonic() + timeout, -1, time.monotonic()
        while time.monotonic() - quiet_since < quiet and time.monotonic() < deadline:
            if len(self.inbox()) != seen:
                seen, quiet_since = len(self.inbox()), time.monotonic()
            time.sleep(0.1)
        return self.inbox()

    def text(self, body: str, expect: int = 1, **extra: str) -> List[str]:
        """Send a text; return the replies (waits for `expect`, then for quiet)."""
        before = len(self.inbox())
        assert self.post(body, **extra) == 200
        deadline = time.monotonic() + 20
        while len(self.inbox()) < before + expect and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # nothing more should follow
        return self.inbox()[before:]


@pytest.fixture
def phone(loaded: Any, fake_twilio: FakeTwilio) -> Phone:
    return Phone(loaded, fake_twilio)


def answers(servers: Any, channel_sender: str) -> List[Any]:
    from bot.trust.pseudonym import pseudonym

    ref = export_ref(servers, pseudonym(servers.secret, "twilio", channel_sender))
    return rows(servers, "SELECT question_key, value, channel, participation_status "
                "FROM answers_flat WHERE respondent_ref = :ref ORDER BY question_position", ref=ref)


def test_a_whole_consultation_by_sms(phone: Phone, loaded: Any) -> None:
    assert phone.text("test1") == [
        "Test consultation\nA short test of every kind of question.\n\n"
        "NHS Test ICB is in charge of your answers. We don't keep your name, number or "
        "chat id with them. Send STOP to stop, or \"delete my answers\" to delete them. "
        "We delete answers 12 months after you take part. "
        f"Privacy notice: http://127.0.0.1:{loaded.env['SB_WEB_PORT']}/privacy\n\n"  # web's page
        "Are you happy to take part?\nReply YES or NO"]
    assert phone.text("YES") == [
        "Which age group are you in?\n1 Under 13\n2 13-15\n3 16-17\n4 18-24\n5 25-34\n"
        "6 35 or over\nReply 1 to 6"]
    assert phone.text("19")[0].startswith("What's the first half of your postcode")
    assert phone.text("LS6 1AA") == ["Have you used the service?\nReply YES or NO"]
    assert phone.text("yes") == [
        "Where did you go?\n1 GP surgery\n2 Walk-in centre\n3 Pharmacy\n4 A&E\nReply 1 to 4"]
    assert phone.text("3") == [
        "How easy was it to be seen? (1 = Very hard, 5 = Very easy)\nReply a number from 1 to 5"]
    assert phone.text("4") == [  # a multiple choice says so, through Rasa and back
        "How would you like to hear from the service?\n1 Text\n2 Email\n3 Phone call\n4 App\n"
        "Reply with the numbers of all that apply, e.g. 1 and 3"]
    for reply in ("1 and 2", "5"):
        phone.text(reply)
    assert phone.text("good") == ["Please can you tell us why you gave your answer? (Or say skip.)"]
    assert phone.text("quick and friendly") == ["Thanks, that's everything."]
    assert answers(loaded, phone.number) == [
        ("used_service", "Yes", "twilio", "completed"), ("where", "Pharmacy", "twilio", "completed"),
        ("ease", "4", "twilio", "completed"), ("contact", "Text; Email", "twilio", "completed"),
        ("wait_days", "5", "twilio", "completed"), ("fft", "Good", "twilio", "completed"),
        ("fft_why", "quick and friendly", "twilio", "completed")]
    assert all(len(body) <= 459 for body in phone.inbox())  # never more than 3 segments
    # Every reply went back in the webhook's TwiML answer: no API call, none to pay for.
    assert {m["direction"] for m in phone.twilio.sent if m["to"] == phone.number} == {
        "outbound-reply"}


def test_forged_and_missing_signatures_get_403_and_change_nothing(
    phone: Phone, loaded: Any
) -> None:
    import urllib.error
    import urllib.parse
    import urllib.request

    forged_sid, unsigned_sid = "SM" + uuid.uuid4().hex, "SM" + uuid.uuid4().hex
    assert phone.post("TEST1", sid=forged_sid, token="not-the-auth-token") == 403
    unsigned = urllib.request.Request(phone.url, method="POST", data=urllib.parse.urlencode(
        {"From": phone.number, "Body": "TEST1", "MessageSid": unsigned_sid}).encode())
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(unsigned, timeout=10)
    assert refused.value.code == 403
    time.sleep(0.5)
    assert phone.inbox() == []
    assert rows(loaded, "SELECT count(*) FROM inbound_message WHERE provider_id IN (:a, :b)",
                a=forged_sid, b=unsigned_sid) == [(0,)]
    # the same message, properly signed, is then handled as new
    assert phone.text("TEST1", sid=forged_sid)[-1].endswith("Reply YES or NO")


def test_missing_fields_get_400(phone: Phone) -> None:
    assert phone.post("hello", From="-") == 400
    assert phone.post("hello", MessageSid="-") == 400
    assert phone.inbox() == []
    assert phone.text("-", NumMedia="1") == [  # a picture with no words
        "I didn't get any text there. Please type your reply."]


def test_texts_with_empty_fields_as_twilio_posts_them_are_answered(phone: Phone) -> None:
    # Twilio posts, and signs, every field it has, empty ones too: a UK number has no
    # city, state or zip, and a picture sent with no words has an empty Body.
    uk = {"FromCountry": "GB", "FromCity": "", "FromState": "", "FromZip": "",
          "ToCountry": "GB", "ToCity": "", "ToState": "", "ToZip": ""}
    assert phone.text("TEST1", **uk)[-1].endswith("Reply YES or NO")
    assert phone.text("", NumMedia="1", MediaContentType0="image/jpeg",
                      MediaUrl0="https://api.twilio.com/2010-04-01/Accounts/AC1/Media/ME1",
                      **uk) == ["I didn't get any text there. Please type your reply."]


def test_a_redelivered_message_is_answered_once(phone: Phone) -> None:
    sid = "SM" + uuid.uuid4().hex
    assert phone.text("TEST1", sid=sid)
    count = len(phone.inbox())
    assert phone.post("TEST1", sid=sid) == 200  # Twilio retried after a timeout
    time.sleep(1.0)
    assert len(phone.inbox()) == count


def test_help_and_start_mid_consultation_repeat_the_question(phone: Phone) -> None:
    for message in ("TEST1", "yes", "19", "skip"):
        phone.text(message)
    question = "Have you used the service?\nReply YES or NO"  # one SMS with what went before
    help_ = phone.text("HELP")
    assert help_[0].startswith("Sounding Board runs short surveys")
    assert "This survey is run by NHS Test ICB.\n\n" in help_[0]  # who is asking
    assert help_[0].endswith("\n\n" + question)
    assert phone.text("START") == ["You haven't opted out, so nothing has changed.\n\n" + question]
    assert phone.text("yes") == ["Where did you go?\n1 GP surgery\n2 Walk-in centre\n"
                                 "3 Pharmacy\n4 A&E\nReply 1 to 4"]


@pytest.mark.parametrize("stop", ["STOP", "pls stop texting me"])
def test_stop_mid_consultation_then_start(phone: Phone, loaded: Any, fake_twilio: FakeTwilio,
                                          stop: str) -> None:
    for message in ("TEST1", "yes", "19", "skip", "no"):
        phone.text(message)
    assert phone.text(stop) == [
        "You've opted out of Sounding Board texts and won't get any more. Text START to opt back in."]
    assert answers(loaded, phone.number) == [("used_service", "No", "twilio", "withdrawn")]
    assert phone.text("TEST1", expect=0) == []  # nothing more is sent
    # YES is one of Twilio's own opt-in words: after it Twilio sends to the number again.
    assert phone.text("yes") == ["You've opted back in. Text a survey code to take part."]
    phone.text("STOP")
    assert phone.text("START") == ["You've opted back in. Text a survey code to take part."]
    assert phone.text("HELP")[0].startswith("Sounding Board runs short surveys for NHS services.")


def test_reminder_once_then_expiry(phone: Phone, loaded: Any, fake_twilio: FakeTwilio,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for message in ("TEST1", "yes", "19", "skip"):
        phone.text(message)
    settings = _settings(loaded, fake_twilio, monkeypatch)
    store, later = SmsStore(settings), utcnow() + timedelta(hours=25)

    before = len(phone.inbox())
    _sweep(store, later)
    _sweep(store, later + timedelta(hours=1))  # at most one reminder
    assert phone.inbox()[before:] == [REMINDER]
    _sweep(store, utcnow() + timedelta(hours=49))
    status = rows(loaded, "SELECT status FROM participation WHERE channel = 'twilio' "
                  "ORDER BY id DESC LIMIT 1")
    assert status == [("expired",)]
    assert phone.text("yes")[0].startswith("Sorry, this survey timed out")
    assert answers(loaded, phone.number) == []


def test_the_code_texted_after_expiry_starts_afresh(phone: Phone, loaded: Any,
                                                   fake_twilio: FakeTwilio,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for message in ("TEST1", "yes", "19", "skip"):
        phone.text(message)
    _sweep(SmsStore(_settings(loaded, fake_twilio, monkeypatch)), utcnow() + timedelta(hours=49))
    # What the expiry notice asks for, sent first: not told to send it again.
    assert phone.text("TEST1", expect=2)[-1].endswith("Are you happy to take part?\nReply YES or NO")


def test_a_reminder_due_at_night_goes_in_the_morning(phone: Phone, loaded: Any,
                                                    fake_twilio: FakeTwilio,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Nobody is texted at 2 a.m. (or whoever shares the phone): a reminder due in the
    night waits for the window, 09:00 UK time by default."""
    for message in ("TEST1", "yes", "19", "skip"):
        phone.text(message)
    settings = _settings(loaded, fake_twilio, monkeypatch, SB_SEND_WINDOW="",
                         SB_SMS_EXPIRY_HOURS="96")  # the default window; no expiry meanwhile
    assert str(settings.send_window) == "09:00-20:00"
    store = SmsStore(settings)
    night = uk_time(utcnow() + timedelta(hours=25), 2)  # due for 1-25 hours by then
    before = len(phone.inbox())
    assert _sweep(store, night) == (0, 0)
    assert phone.inbox()[before:] == []
    assert _sweep(store, uk_time(night, 9)) == (0, 1)
    assert phone.inbox()[before:] == [REMINDER]


def uk_time(after: datetime, hour: int) -> datetime:
    """The first `hour`:00 UK time after `after`, in UTC."""
    day = uk_day(after)
    assert day is not None
    return next(moment for moment in (
        datetime.combine(day + timedelta(days=n), time_of_day(hour), tzinfo=UK).astimezone(timezone.utc)
        for n in range(3)) if moment > after)


REMINDER = ("Just a reminder: you started one of our NHS surveys. Reply to this question to "
            "carry on, or text STOP to end.\n\nHave you used the service?\nReply YES or NO")


def test_a_reply_to_the_reminder_carries_on_after_rasa_forgot_the_conversation(
    phone: Phone, loaded: Any, fake_twilio: FakeTwilio, monkeypatch: pytest.MonkeyPatch
) -> None:
    for message in ("TEST1", "yes", "19", "skip"):
        phone.text(message)
    time.sleep(SESSION_SECONDS + 1)  # Rasa's session really expires (6 s in the e2e model)
    store = SmsStore(_settings(loaded, fake_twilio, monkeypatch))
    before = len(phone.inbox())
    _sweep(store, utcnow() + timedelta(hours=25))
    assert phone.inbox()[before:] == [REMINDER]
    assert phone.text("no")[0].startswith("How easy was it to be seen?")
    assert answers(loaded, phone.number) == [("used_service", "No", "twilio", "started")]
    conversation = identity.for_number(loaded.secret, "twilio", phone.number)
    events = loaded.tracker_events_of(conversation)
    # Rasa started a second session (and forgot any slots); the engine carried on anyway.
    assert sum(e["event"] == "session_started" for e in events) == 2


def _sweep(store: SmsStore, at: Any) -> Any:
    async def sweep() -> Any:
        sender = TwilioSender(store.settings.twilio)
        try:
            return await store.sweep_once(
                lambda phone, outgoing: deliver(sender, store, phone, outgoing), now=at)
        finally:
            await sender.close()

    return asyncio.run(sweep())


def _settings(servers: Any, twilio: FakeTwilio, monkeypatch: pytest.MonkeyPatch,
              **more: str) -> Any:
    env: Dict[str, str] = {
        "SB_DATABASE_URL": servers.database_url, "SB_PSEUDONYM_SECRET": servers.secret,
        "TWILIO_ACCOUNT_SID": twilio.account_sid, "TWILIO_AUTH_TOKEN": twilio.auth_token,
        "TWILIO_FROM_NUMBER": TWILIO_NUMBER, "TWILIO_API_BASE_URL": twilio.base_url,
        # Sweeps at chosen times, whatever the hour the tests run: the window of the day
        # is the test below's (and tests/unit/test_send_window.py's).
        "SB_SEND_WINDOW": "00:00-24:00", **more,
    }
    return load_settings(env)


def test_a_slow_twilio_does_not_stall_other_conversations(
    loaded: Any, fake_twilio: FakeTwilio
) -> None:
    phones = [Phone(loaded, fake_twilio) for _ in range(4)]
    fake_twilio.latency = 1.0
    try:
        started = time.monotonic()
        for phone in phones:
            assert phone.post("HELP") == 200  # each webhook answers at once
        assert time.monotonic() - started < 1.0
        while not all(phone.inbox() for phone in phones):
            assert time.monotonic() - started < 10
            time.sleep(0.02)
        # four replies against a 1 s Twilio, sent concurrently: about 1 s, not 4
        assert time.monotonic() - started < 2.5
    finally:
        fake_twilio.latency = 0.0


def test_crisis_by_sms_is_signposted_first(phone: Phone) -> None:
    for message in ("TEST1", "yes", "19", "skip"):
        phone.text(message)
    replies = phone.text("i took too many pills")
    assert replies[0].startswith("If you're in danger now, call 999")
    assert replies[-1].endswith("Have you used the service?\nReply YES or NO")


def test_invitations_then_signed_delivery_receipts(
    loaded: Any, fake_twilio: FakeTwilio, tmp_path: Any
) -> None:
    numbers = ["07700 900" + str(100 + n) for n in range(3)]
    csv = tmp_path / "numbers.csv"
    csv.write_text("phone\n" + "\n".join(numbers + [numbers[0], "not a number"]) + "\n")
    env = {"SB_DATABASE_URL": loaded.database_url, "SB_PSEUDONYM_SECRET": loaded.secret,
           "TWILIO_ACCOUNT_SID": fake_twilio.account_sid,
           "TWILIO_AUTH_TOKEN": fake_twilio.auth_token, "TWILIO_FROM_NUMBER": TWILIO_NUMBER,
           "TWILIO_API_BASE_URL": fake_twilio.base_url, "TWILIO_PUBLIC_URL": loaded.rasa_url,
           "SB_SMS_SEND_RATE": "50", "SB_SEND_WINDOW": "00:00-24:00", "PATH": "/usr/bin:/bin"}
    import subprocess
    import sys

    from bot.config import PROJECT_ROOT

    done = subprocess.run([sys.executable, "-m", "bot", "invite", "TEST1", str(csv), "--yes"],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "duplicate of line 2" in done.stdout + done.stderr
    assert "invalid number" in done.stdout + done.stderr
    e164 = ["+44" + n.replace(" ", "")[1:] for n in numbers]
    USED_NUMBERS.extend(e164)
    invites = [m for m in fake_twilio.sent if m["to"] in e164]
    assert sorted(m["to"] for m in invites) == sorted(e164)
    assert all("Reply TEST1" in m["body"] for m in invites)
    assert fake_twilio.deliver_status(invites[0]["sid"], "delivered")[0] == 200
    assert fake_twilio.deliver_status(invites[1]["sid"], "undelivered", 21610)[0] == 200
    for odd in ("\u00b2", "9" * 20):  # a superscript two (str.isdigit), past any integer column
        assert fake_twilio.deliver_status(invites[2]["sid"], "sent", odd)[0] == 200
    forged = signed_post(f"{loaded.rasa_url}/webhooks/twilio/status",
                         {"MessageSid": invites[2]["sid"], "MessageStatus": "failed"}, "wrong")
    assert forged[0] == 403
    statuses = dict(rows(loaded, "SELECT message_sid, status FROM contact"))
    assert statuses[invites[0]["sid"]] == "delivered"
    assert statuses[invites[1]["sid"]] == "opted_out"
    assert statuses[invites[2]["sid"]] == "sent"
    assert rows(loaded, "SELECT count(*) FROM answers_flat WHERE value LIKE '%7700%'") == [(0,)]


def test_a_flooding_number_is_not_answered_but_stop_still_works(phone: Phone) -> None:
    for _ in range(25):
        assert phone.post("hello") == 200
    # Rasa answers one message of a conversation at a time: wait until it is quiet.
    assert len(phone.settle()) == 15  # the burst only; each reply costs money
    assert phone.text("STOP")[-1].startswith("You've opted out")


def test_delete_my_answers_by_sms(phone: Phone, loaded: Any) -> None:
    for message in ("TEST1", "yes", "19", "skip", "no"):
        phone.text(message)
    assert answers(loaded, phone.number) == [("used_service", "No", "twilio", "started")]
    assert phone.text("delete my answers")[0].startswith("Do you want us to delete")
    assert phone.text("YES") == ["Done: your answers and this chat have been deleted. Thank you."]
    assert answers(loaded, phone.number) == []
    deadline = time.monotonic() + 20
    conversation = identity.for_number(loaded.secret, "twilio", phone.number)
    while any(e["event"] == "user" for e in loaded.tracker_events_of(conversation)):
        assert time.monotonic() < deadline, "the SMS conversation was not erased"
        time.sleep(0.2)


def test_an_operator_erasure_also_erases_the_chat_in_rasa(phone: Phone, loaded: Any) -> None:
    for message in ("TEST1", "yes", "19", "skip", "no"):
        phone.text(message)
    conversation = identity.for_number(loaded.secret, "twilio", phone.number)
    assert any(e["event"] == "user" for e in loaded.tracker_events_of(conversation))
    reference = export_ref(loaded, conversation.split(":")[1])  # as an export shows it
    done = erase(loaded, reference, "SAR-42")
    assert done.returncode == 0, done.stderr
    assert "erased 1 participation(s)" in done.stdout
    assert "twilio chat in Rasa: erased" in done.stdout
    assert answers(loaded, phone.number) == []
    assert not any(e["event"] == "user" for e in loaded.tracker_events_of(conversation))


def test_no_phone_number_in_any_log(loaded: Any) -> None:
    """Runs last in this module: every number that texted us, in every log line."""
    assert USED_NUMBERS
    text = "\n".join(log.read_text(errors="replace") for log in loaded.logs)
    for number in USED_NUMBERS:
        for variant in (number, number[1:], number[3:], "0" + number[3:]):
            assert variant not in text


def test_a_number_is_forgotten_once_nothing_is_in_progress(
    phone: Phone, loaded: Any, fake_twilio: FakeTwilio, monkeypatch: pytest.MonkeyPatch
) -> None:
    phone.text("hello")
    held = "SELECT count(*) FROM sms_session WHERE phone = :phone"
    assert rows(loaded, held, phone=phone.number) == [(1,)]  # kept only for a reminder
    _sweep(SmsStore(_settings(loaded, fake_twilio, monkeypatch)), utcnow())
    assert rows(loaded, held, phone=phone.number) == [(0,)]
