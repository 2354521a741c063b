"""The TwiML answer: what Twilio will send, read back as Twilio reads it."""

from __future__ import annotations

from xml.etree import ElementTree

import pytest

from bot.engine.turns import Message
from bot.sms.twiml import twiml


@pytest.mark.parametrize("outgoing, bodies", [
    ([], []),
    ([Message("Thanks, that's everything.")], ["Thanks, that's everything."]),
    ([Message("Have you used the service?", ("Yes", "No"))],
     ["Have you used the service?\nReply YES or NO"]),
    # Short messages share one SMS (bot/sms/render.py); XML's own characters survive.
    ([Message("a & b <c> \"d\""), Message("second")], ["a & b <c> \"d\"\n\nsecond"]),
    ([Message("x" * 400), Message("y" * 400)], ["x" * 400, "y" * 400]),
    ([Message("</Message><Redirect>http://evil</Redirect>")],
     ["</Message><Redirect>http://evil</Redirect>"]),  # a patient's words stay words
])
def test_each_message_is_one_body_in_order(outgoing, bodies) -> None:
    answer, count = twiml(outgoing)
    root = ElementTree.fromstring(answer)
    assert root.tag == "Response"
    assert [child.tag for child in root] == ["Message"] * len(bodies)
    assert [child.text or "" for child in root] == bodies
    assert count == len(bodies)
