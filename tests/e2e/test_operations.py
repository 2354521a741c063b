"""What the on-call engineer relies on, against the real servers: liveness, readiness
and Prometheus metrics on both processes, with no personal data in any of it."""

from __future__ import annotations

import re
from typing import Any

import pytest
import requests

from tests.e2e.test_sms import Phone

pytestmark = pytest.mark.e2e


def metric(text: str, name: str, **labels: str) -> float:
    """The value of one sample (0 when it has not been counted yet)."""
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        match = re.fullmatch(rf"{name}\{{(.*)\}} (\S+)", line)
        if match and ",".join(sorted(match.group(1).split(","))) == wanted:
            return float(match.group(2))
    return 0.0


def test_both_processes_say_they_are_alive_and_ready(loaded: Any) -> None:
    # Warm (the lexicons compiled) before ready: the servers were waited for until then.
    assert requests.get(f"{loaded.action_url}/health", timeout=10).json() == {"status": "ok",
                                                                              "warm": True}
    assert requests.get(f"{loaded.action_url}/ready", timeout=10).json() == {"status": "ready"}
    ops = f"{loaded.rasa_url}/webhooks/ops"
    assert requests.get(f"{ops}/live", timeout=10).json() == {"status": "ok", "warm": True}
    assert requests.get(f"{ops}/ready", timeout=10).json() == {"status": "ready"}


def test_turns_answers_rejections_and_sends_are_counted(loaded: Any, sender: str,
                                                        fake_twilio: Any) -> None:
    action_before = requests.get(f"{loaded.action_url}/metrics", timeout=10).text
    rasa_before = requests.get(f"{loaded.rasa_url}/webhooks/ops/metrics", timeout=10).text
    for message in ("TEST1", "yes", "19", "skip", "yes"):
        loaded.say(sender, message)
    forged = requests.post(f"{loaded.rasa_url}/webhooks/rest/webhook",
                           json={"sender": "made-up", "message": "hi"}, timeout=10)
    assert forged.status_code == 403
    assert Phone(loaded, fake_twilio).text("call me on 07700 900555 TEST1")
    action = requests.get(f"{loaded.action_url}/metrics", timeout=10).text
    rasa = requests.get(f"{loaded.rasa_url}/webhooks/ops/metrics", timeout=10).text

    def grew(after: str, before: str, name: str, **labels: str) -> float:
        return metric(after, name, **labels) - metric(before, name, **labels)

    assert grew(action, action_before, "sb_turns_total", channel="rest", outcome="ok") >= 5
    assert grew(action, action_before, "sb_turn_seconds_count", channel="rest") >= 5
    assert grew(action, action_before, "sb_answers_total", status="answered") >= 1
    assert grew(rasa, rasa_before, "sb_webhook_rejections_total", channel="rest",
                reason="forbidden") == 1
    assert grew(rasa, rasa_before, "sb_sends_total", channel="twilio", outcome="in_reply") >= 1
    for text in (action, rasa):
        assert "07700" not in text and "900555" not in text and "made-up" not in text
