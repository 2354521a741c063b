"""The action server killed between the engine's commit and its reply reaching Rasa (a
crash, an OOM kill mid-turn): the answer is stored and the message claimed, but Rasa
gets no reply, so the channel hears nothing from the assistant. The patient is sent the
question they are now on (what the lost reply ended with), not "Sorry… your last
message wasn't saved" (it was: sending it again answered the next question with it),
nor, on a retry, nothing.

Real Rasa and action servers, Rasa calling the action server through a proxy of this
module's (tests/stalling_proxy.py) that, when told, loses the next answer: it kills the
action server with SIGKILL as the answer comes, and resets Rasa's connection. The
action server is started again after each.
"""

from __future__ import annotations

import contextlib
import os
import signal
from typing import Any, Dict, Iterator, List, Tuple

import pytest

from bot.cli import stack
from bot.engine import messages
from bot.trust.signposting import SIGNPOSTING
from tests.e2e import early
from tests.e2e.conftest import Servers, loaded_servers
from tests.e2e.helpers import participations
from tests.e2e.telegram_user import TelegramUser
from tests.e2e.test_rest_widget_api import post, say
from tests.e2e.test_sms import Phone
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fake_twilio import FakeTwilio
from tests.stalling_proxy import StallingProxy, stalling_proxy

pytestmark = pytest.mark.e2e
Lossy = Tuple[Servers, StallingProxy]
AGE = ["Under 13", "13-15", "16-17", "18-24", "25-34", "35 or over"]
POSTCODE = "What's the first half of your postcode (for example LS6)? Or say skip if you'd rather not."


@early.stack_of(__name__)
@contextlib.contextmanager
def lossy_stack(folders: pytest.TempPathFactory, fake_twilio: FakeTwilio,
                fake_telegram: FakeTelegram) -> Iterator[Lossy]:
    folder = folders.mktemp("lost-replies")
    with stalling_proxy(0) as to_actions, loaded_servers(
            folder, f"sqlite:///{folder / 'sounding-board.db'}", fake_twilio, fake_telegram,
            SB_ACTION_ENDPOINT=f"http://127.0.0.1:{to_actions.port}/webhook") as running:
        to_actions.target = ("127.0.0.1", int(running.action_url.rsplit(":", 1)[1]))
        yield running, to_actions


@pytest.fixture(scope="module")
def lossy(tmp_path_factory: pytest.TempPathFactory, fake_twilio: FakeTwilio,
          fake_telegram: FakeTelegram) -> Iterator[Lossy]:
    """The stack, started early (tests/e2e/early.py) or now."""
    with early.ready(__name__, tmp_path_factory, fake_twilio, fake_telegram,
                     lambda running: running[0].processes) as running:
        yield running


@contextlib.contextmanager
def killed_after_its_commit(lossy: Lossy) -> Iterator[None]:
    """The next turn's answer is lost: the action server is killed (SIGKILL) once it has
    committed the turn and is sending its reply. Started again when the block ends."""
    servers, proxy = lossy
    action = servers.processes[0]
    lost = proxy.answers_lost

    def kill() -> None:
        assert action.popen is not None
        os.kill(action.popen.pid, signal.SIGKILL)
        action.popen.wait()

    proxy.lose_next_answer(then=kill)
    try:
        yield
        assert proxy.answers_lost == lost + 1  # the answer really was lost, once
    finally:
        proxy.keep_answers()
        stack.start([action], servers.env)


def texts(replies: List[Dict[str, Any]]) -> List[str]:
    return [reply.get("text", "") for reply in replies]


def test_an_sms_stored_whose_reply_was_lost_is_answered_with_the_next_question(
        lossy: Lossy, fake_twilio: FakeTwilio) -> None:
    servers, _ = lossy
    phone = Phone(servers, fake_twilio)
    assert phone.text("TEST1")[-1].endswith("Reply YES or NO")
    assert phone.text("yes")[0].startswith("Which age group are you in?")
    with killed_after_its_commit(lossy):
        # Before: "Sorry, something went wrong on our side and your last message wasn't
        # saved. Please try again…", and their "19" again was taken as a reply to the
        # postcode question they had not seen.
        assert phone.text("19") == [POSTCODE]
    assert phone.text("LS6") == ["Have you used the service?\nReply YES or NO"]
    assert [(p["age_band"], p["area"]) for p in participations(
        servers, phone.number, "twilio")] == [("18-24", "LS6")]


def test_a_web_message_stored_whose_reply_was_lost_is_answered_with_the_next_question(
        lossy: Lossy) -> None:
    servers, _ = lossy
    chat, other = servers.new_conversation(), servers.new_conversation()
    for sender in (chat, other):
        assert texts(say(servers, sender, "TEST1", f"{sender[:8]}-lost-1"))[-1] == \
            "Are you happy to take part?"
    with killed_after_its_commit(lossy):
        # Before: "Sorry, something went wrong…"; a retry with the same key got nothing.
        first = say(servers, chat, "Yes", "lost-web-2")
        # The widget's retry (the answer dropped on the way): the same, no second turn.
        assert say(servers, chat, "Yes", "lost-web-2") == first
    assert texts(first) == ["Which age group are you in?"]
    # The buttons as the engine's own reply has them (the same labels, to tap).
    normal = say(servers, other, "Yes", f"{other[:8]}-lost-2")
    assert [b["title"] for b in first[0]["buttons"]] == AGE
    assert [{**b, "question": ""} for b in first[0]["buttons"]] == [
        {**b, "question": ""} for b in normal[0]["buttons"]]
    # A reload (the transcript, read from Rasa's record) shows what was sent: their "Yes"
    # and the question. Before, it showed their "Yes" with nothing after it.
    shown = post(servers, "transcript", {"sender": chat}).json()["messages"]
    sent = {key: value for key, value in first[0].items() if key != "recipient_id"}
    assert shown[-2:] == [{"from": "patient", "text": "Yes"}, {"from": "bot", **sent}]
    assert texts(say(servers, chat, "18-24", "lost-web-3")) == [POSTCODE]
    assert [p["age_band"] for p in participations(servers, chat)] == ["18-24"]
    shown = post(servers, "transcript", {"sender": chat}).json()["messages"]
    assert [m["text"] for m in shown[-5:]] == ["Are you happy to take part?", "Yes",
                                              "Which age group are you in?", "18-24", POSTCODE]


def test_crisis_wording_whose_reply_was_lost_is_still_signposted_on_telegram(
        lossy: Lossy, fake_telegram: FakeTelegram) -> None:
    servers, _ = lossy
    user = TelegramUser(servers, fake_telegram)
    user.say("/start TEST1", expect=3)
    assert user.tap("Yes") == ["Which age group are you in?"]
    with killed_after_its_commit(lossy):
        # Before: the signposting, then "Sorry, something went wrong…".
        assert user.say("i want to end my life", expect=2) == [
            SIGNPOSTING, "Which age group are you in?"]
    assert user.tap("18-24") == [POSTCODE]
    assert messages.SOMETHING_WENT_WRONG not in user.texts()
