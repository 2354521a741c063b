"""An SMS conversation quiet for longer than SB_SMS_EXPIRY_HOURS is expired by the sweep;
one the person answers at the moment a sweep (on another replica) expires it is not: they
carry on where they were, not "your survey has expired"."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from typing import List

from bot.channels.sms_state import SmsStore
from bot.db.models import SmsSession, utcnow
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.engine.conversation import handle_message
from bot.engine.turns import Inbound
from bot.scripts import store
from bot.scripts.script import load_script
from tests.conftest import PROJECT_ROOT, settings_for

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()
WHO = "d" * 64


def test_an_answer_given_as_the_sweep_expires_the_conversation_carries_on(
        database_url: str) -> None:
    settings = settings_for(database_url)
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        store.save_script(db, load_script(SCRIPT), SCRIPT)
        db.add(SmsSession(pseudonym=WHO, phone="+447700900123"))

    def says(text: str) -> List[str]:
        with unit_of_work(factory) as db:
            turn = handle_message(db, settings, Inbound(text=text, channel="sms",
                                                        respondent=WHO))
        return [message.text for message in turn.messages]

    for text in ("TEST1", "yes", "16-17", "LS6"):
        says(text)
    sweeper = SmsStore(settings, factory)
    # The sweep reads the conversation as quiet for longer than the expiry …
    sweep_at = utcnow() + sweeper.rules.expire_after + timedelta(hours=1)
    answering = factory()  # … while the person's answer is being stored
    assert handle_message(answering, settings, Inbound(text="yes", channel="sms",
                                                       respondent=WHO)).messages
    answering.flush()
    expired: List[int] = []
    racing = threading.Thread(target=lambda: expired.append(sweeper._due(sweep_at)[0]))
    racing.start()
    time.sleep(1.0)
    answering.commit()
    answering.close()
    racing.join(20)
    then = says("pharmacy")
    engine.dispose()
    assert expired == [0]
    assert then == ["How easy was it to be seen? (1 = Very hard, 5 = Very easy)"]
