"""What a patient is told about their data, at the start and when they ask: who is
responsible, how to stop and to delete, and the retention period actually set
(SB_RETENTION_DAYS), never a promise the service does not keep ("anonymous", "only
grouped results": staff can download every answer, and find a person's by their number
to erase them)."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import sessionmaker

from actions.engine import resources
from tests.actions.harness import Patient


@pytest.mark.parametrize("days, said", [(90, "3 months"), (365, "12 months"), (730, "2 years")])
def test_the_notice_and_the_privacy_answer_state_the_retention_period_set(
        db: sessionmaker, monkeypatch: pytest.MonkeyPatch, days: int, said: str) -> None:
    monkeypatch.setenv("SB_RETENTION_DAYS", str(days))
    resources.cache_clear()
    patient = Patient()
    opening = patient.texts("TEST1", "start_consultation", 0.9)
    notice = opening[1]
    assert notice.startswith("NHS Test ICB is in charge of your answers.")
    assert f"We delete answers {said} after you take part." in notice
    assert "STOP" in notice and '"delete my answers"' in notice
    patient.says("yes")
    asked = patient.texts("who sees my answers", "ask_privacy", 0.9)[0]
    assert f"we delete answers {said} after you take part" in asked
    assert '"delete my answers"' in asked
    for said_before in (notice, asked):
        assert "anonymous" not in said_before and "only sees grouped" not in said_before
    outside = Patient().texts("what do you do with my data", "ask_privacy", 0.9)[0]
    assert f"we delete answers {said} after you take part" in outside
