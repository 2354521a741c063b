"""Skip logic: which question comes next, as a table."""

from __future__ import annotations

from typing import Any, Dict, Optional

import pytest

from bot.engine.flow import AGE, AREA, CONSENT, next_step, show_if_met, steps
from bot.scripts.questions import (
    MULTI_CHOICE,
    NUMBER,
    SINGLE_CHOICE,
    YES_NO,
    Question,
    ShowIf,
)
from bot.scripts.script import Script

QUESTIONS = (
    Question("used", YES_NO, "Used it?", options=("Yes", "No")),
    Question("where", SINGLE_CHOICE, "Where?", options=("GP", "Pharmacy"),
             show_if=ShowIf("used", equals="Yes")),
    Question("why_not", SINGLE_CHOICE, "Why not?", options=("Too far", "Never heard"),
             show_if=ShowIf("used", equals="no")),
    Question("visits", NUMBER, "How many visits?", minimum=0, maximum=50,
             show_if=ShowIf("where", any_of=("GP", "Pharmacy"))),
    Question("often", YES_NO, "Often?", options=("Yes", "No"),
             show_if=ShowIf("visits", at_least=3)),
    Question("apps", MULTI_CHOICE, "Apps?", options=("NHS App", "Other"),
             show_if=ShowIf("used", equals="Yes")),
    Question("nhs_app_good", YES_NO, "Good?", options=("Yes", "No"),
             show_if=ShowIf("apps", equals="NHS App")),
)
SCRIPT = Script(code="FLOW1", title="t", organisation="o", questions=QUESTIONS, min_age=16)


@pytest.mark.parametrize(
    "answers, after, expected",
    [
        ({}, None, CONSENT),
        ({}, CONSENT, AGE),
        ({}, AGE, AREA),
        ({}, AREA, "used"),
        ({"used": "Yes"}, "used", "where"),
        ({"used": "No"}, "used", "why_not"),
        ({}, "used", None),  # skipped: no branch applies, and nothing after does either
        ({"used": "No", "why_not": "Too far"}, "why_not", None),
        ({"used": "Yes", "where": "GP"}, "where", "visits"),
        ({"used": "Yes", "where": "GP", "visits": 2}, "visits", "apps"),
        ({"used": "Yes", "where": "GP", "visits": 3}, "visits", "often"),
        ({"used": "Yes", "apps": ["Other"]}, "apps", None),
        ({"used": "Yes", "apps": ["Other", "NHS App"]}, "apps", "nhs_app_good"),
        ({"used": "Yes"}, "no_such_step", CONSENT),  # unknown: from the start
    ],
)
def test_next_step(answers: Dict[str, Any], after: Optional[str], expected: Optional[str]) -> None:
    found = next_step(SCRIPT, answers, after)
    assert (found.key if found else None) == expected


@pytest.mark.parametrize(
    "condition, answers, met",
    [
        (ShowIf("q", equals="Yes"), {"q": "yes"}, True),
        (ShowIf("q", equals="Yes"), {"q": "No"}, False),
        (ShowIf("q", equals="Yes"), {}, False),
        (ShowIf("q", equals=3), {"q": 3}, True),
        (ShowIf("q", equals=3), {"q": 3.0}, True),
        (ShowIf("q", any_of=("A", "B")), {"q": "B"}, True),
        (ShowIf("q", any_of=("A", "B")), {"q": "C"}, False),
        (ShowIf("q", any_of=("A", "B")), {"q": ["C", "A"]}, True),
        (ShowIf("q", at_least=3), {"q": 3}, True),
        (ShowIf("q", at_least=3), {"q": 2}, False),
        (ShowIf("q", at_most=3), {"q": 0}, True),
        (ShowIf("q", at_least=1, at_most=2), {"q": 5}, False),
        (ShowIf("q", at_least=1), {"q": "many"}, False),
        (ShowIf("q", at_least=1), {"q": True}, False),
    ],
)
def test_show_if(condition: ShowIf, answers: Dict[str, Any], met: bool) -> None:
    assert show_if_met(condition, answers) is met


def test_builtin_steps_follow_the_script_settings() -> None:
    bare = Script(code="BARE1", title="t", organisation="o", questions=QUESTIONS,
                  ask_postcode_district=False)
    # Age is always asked: nobody under 13 can consent (MIN_AGE_FLOOR).
    assert [q.key for q in steps(bare)][:3] == [CONSENT, AGE, "used"]
    # A minimum age always needs the age question, and then it cannot be skipped.
    aged = Script(code="AGED1", title="t", organisation="o", questions=QUESTIONS,
                  min_age=16, ask_postcode_district=False)
    age = steps(aged)[1]
    assert age.key == AGE and age.optional is False
    assert steps(bare)[0].options == ("Yes", "No")
