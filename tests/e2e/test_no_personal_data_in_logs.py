"""A whole consultation full of personal data leaves none of it in any log line, and
every line the Rasa server writes is one JSON object (SB_LOG_FORMAT=json)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.helpers import answers_of
from tests.e2e.test_structured_logs import json_lines

pytestmark = pytest.mark.e2e

PERSONAL = {
    "email": "jo.bloggs@example.com",
    "phone": "07700 900982",
    "nhs": "943 476 5919",
    "name": "Jolene Bloggsworth",
    "postcode": "LS6 1AA",
}


def test_logs_hold_no_personal_data(loaded: Any) -> None:
    sender = loaded.new_conversation()  # phone numbers: tests/e2e/test_sms.py
    messages = ["TEST1", "yes", "19", PERSONAL["postcode"], "yes", "pharmacy", "4", "skip",
                f"email me on {PERSONAL['email']}", "3", "good",
                f"my name is {PERSONAL['name']}, NHS number {PERSONAL['nhs']}, "
                f"call {PERSONAL['phone']}"]
    for message in messages:
        loaded.say(sender, message)
    stored = answers_of(loaded, sender)
    assert stored[-1] == ("fft_why", "answered",
                          "my name is [name], NHS number [NHS number], call [phone]", 1)
    rasa_log = next(log for log in loaded.logs if log.name.startswith("Rasa"))
    logged = json_lines(rasa_log.read_text(errors="replace"))
    # The logs were really written (one line a record: a warning is no longer three lines).
    assert any(line["message"].startswith("Starting Rasa server") for line in logged)
    lines = [line for log in loaded.logs for line in log.read_text(errors="replace").splitlines()]
    for kind, value in PERSONAL.items():
        for variant in {value, value.replace(" ", ""), value.lower()}:
            leaked = [line for line in lines if variant in line]
            assert leaked == [], f"{kind} found in logs: {leaked[:2]}"
