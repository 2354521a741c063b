"""A consultation's results tables protected together: what a commissioner sees of all
of them at once gives no hidden count away (`bot/reporting/joint.py`), checked by an
auditor that works out each hidden count's range from everything shown
(`tests/results_auditor.py`)."""

from __future__ import annotations

import random
from typing import Any, Dict, List, Sequence

import pytest

from bot.engine.flow import AGE, AREA, CONSENT
from bot.reporting import joint, tables
from bot.scripts.questions import (
    FREE_TEXT,
    MULTI_CHOICE,
    SCALE,
    SINGLE_CHOICE,
    YES_NO,
    Question,
    ShowIf,
)
from tests.results_auditor import audit, disclosed
from tests.unit.synthetic_consultation import NEVER, SKIP, Person, people, tally

USED = Question("used_service", YES_NO, "Have you used the service?", options=("Yes", "No"))
WHERE = Question("where", SINGLE_CHOICE, "Where did you go?",
                 options=("GP surgery", "Pharmacy", "A&E"), show_if=ShowIf("used_service", "Yes"))
EASE = Question("ease", SCALE, "How easy was it?", minimum=1, maximum=5)
CONTACT = Question("contact", MULTI_CHOICE, "How should we reach you?",
                   options=("Text", "Email", "App"), optional=True)
SAY = Question("say", FREE_TEXT, "Anything else?", optional=True)
FOUND = (USED, EASE)
FULL = (USED, WHERE, EASE, CONTACT, SAY)


def steps(questions: Sequence[Question]) -> List[Any]:
    return [(CONSENT, "Consent"), (AGE, "Age band"), (AREA, "Postcode district")] + [
        (q.key, q.text) for q in questions]


def together(questions: Sequence[Question], everyone: Sequence[Person],
             threshold: int = 8) -> Dict[str, Any]:
    counts = tally(questions, everyone)
    seen = joint.consultation_results(questions, steps(questions), counts, threshold)
    return {**seen, "comments": comment_totals(questions, counts)}


def comment_totals(questions: Sequence[Question], counts: joint.Counts) -> Dict[str, int]:
    """What the comments page says: how many answered each free-text question."""
    return {q.key: sum(counts.answers[q.key][1].values()) if q.key in counts.answers else 0
            for q in questions if q.type == FREE_TEXT}


def apart(questions: Sequence[Question], everyone: Sequence[Person],
          threshold: int = 8) -> Dict[str, Any]:
    """Each table protected on its own, as they were before `joint`."""
    counts = tally(questions, everyone)
    return {"comments": comment_totals(questions, counts),
            "participation": tables.participation_table(counts.participations, threshold),
            "questions": [tables.question_table(q, *counts.answers.get(q.key, ({}, {})),
                                                threshold) for q in questions],
            "timeline": tables.timeline_table(counts.days, threshold),
            "funnel": {**tables.funnel_table(counts.stops, steps(questions), threshold),
                       "reasks": tables.reask_table(counts.reasks, questions, threshold)}}


# The found example: 15 answered used_service, 12 answered ease, so the 3 who stopped
# after used_service (hidden in the funnel) were given back by subtraction.
FOUND_EXAMPLE = people(12, {"used_service": "Yes", "ease": 4}) + people(
    3, {"used_service": "Yes"}, stopped="used_service")


def test_the_found_example_was_given_away_by_tables_protected_apart() -> None:
    seen = apart(FOUND, FOUND_EXAMPLE)
    assert seen["questions"][0]["answered"] == 15 and seen["questions"][1]["answered"] == 12
    stopped = {r["key"]: r["count"] for r in seen["funnel"]["stopped_after"]}
    assert stopped["used_service"] == "*"
    given_away = {f.name: f.pinned for f in disclosed(audit(seen, FOUND), 8)}
    assert given_away.get(("stopped", "used_service")) == 3


def yes_then(n: int, **profile: Any) -> List[Person]:
    return people(n, {"used_service": "Yes", "where": "Pharmacy", "ease": 3,
                      "contact": ["Text"], "say": "fine"}, **profile)


def no_then(n: int, **profile: Any) -> List[Person]:
    return people(n, {"used_service": "No", "ease": 2, "contact": SKIP, "say": SKIP}, **profile)


CASES = {
    "found example": (FOUND, FOUND_EXAMPLE),
    "found example, bigger": (FOUND, people(40, {"used_service": "No", "ease": 2})
                              + FOUND_EXAMPLE),
    "one respondent": (FULL, yes_then(1)),
    "everyone completes": (FULL, yes_then(20) + no_then(11)),
    "skip logic: a few said yes": (FULL, no_then(30) + yes_then(3)),
    "skip logic: stopped before the conditional question": (
        FULL, yes_then(20) + no_then(20)
        + people(2, {"used_service": "Yes"}, stopped="used_service")
        + people(9, {"used_service": "No"}, stopped="used_service")),
    "all in one area and one age band": (FULL, yes_then(25, area="LS1") + no_then(9, area="LS1")),
    "stopped at consent, age and area": (
        FULL, yes_then(30) + people(2, {}, stopped=CONSENT) + people(3, {}, stopped=AGE,
                                                                     status="expired")
        + people(1, {}, stopped=AREA, status="started")),
    "never understood and re-asked": (
        FULL, yes_then(20) + people(3, {"used_service": "No", "ease": NEVER, "contact": SKIP,
                                        "say": SKIP})
        + people(4, {"used_service": ("Yes", 2), "where": "A&E", "ease": (5, 3),
                     "contact": ["App", "Email"], "say": "x"})),
    "two channels, two days": (
        FULL, yes_then(15, channel="twilio", day=0) + yes_then(12, day=1)
        + no_then(5, channel="twilio", day=1) + people(4, {"used_service": "No", "ease": 1},
                                                       stopped="ease", day=0)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_nothing_hidden_can_be_worked_out_across_tables(name: str) -> None:
    questions, everyone = CASES[name]
    findings = audit(together(questions, everyone), questions)
    assert disclosed(findings, 8) == []


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_auditor_agrees_with_the_true_counts(name: str) -> None:
    """Nothing hidden (threshold 1): every identity the auditor uses holds."""
    questions, everyone = CASES[name]
    assert audit(together(questions, everyone, threshold=1), questions) == []


def random_people(seed: int, areas: Sequence[str] = ("LS1", "LS6", "BD1"),
                  most: int = 60) -> List[Person]:
    rng = random.Random(seed)
    found = []
    for _ in range(rng.randint(1, most)):
        profile = {"channel": rng.choice(["rest", "twilio"]), "age": rng.choice(["16-17", "18-24"]),
                   "area": rng.choice(areas), "day": rng.randint(0, 2),
                   "status": rng.choice(["withdrawn", "expired"])}
        used = rng.choice(["Yes", "No"])
        path: Dict[str, Any] = {"used_service": used}
        if used == "Yes":
            path["where"] = rng.choice(WHERE.options)
        path["ease"] = rng.choice([1, 2, 3, 4, 5, NEVER])
        path["contact"] = rng.choice([SKIP, ["Text"], ["Email", "App"]])
        path["say"] = rng.choice([SKIP, "ok"])
        keys = list(path)
        stop = rng.randint(0, len(keys) + 2)
        if stop >= len(keys):  # finished
            found.append(Person(tuple(path.items()), None, **profile))
        elif stop == 0:
            found.append(Person((), rng.choice([CONSENT, AGE, AREA]), **profile))
        else:
            found.append(Person(tuple(list(path.items())[:stop]), keys[stop - 1], **profile))
    return found


@pytest.mark.parametrize("seed", range(12))
def test_random_consultations_give_nothing_away(seed: int) -> None:
    everyone = random_people(seed)
    assert audit(together(FULL, everyone, threshold=1), FULL) == []
    assert disclosed(audit(together(FULL, everyone), FULL), 8) == []


@pytest.mark.parametrize("seed", range(6))
def test_few_people_over_many_areas_give_nothing_away(seed: int) -> None:
    """Hundreds of small counts, most of them 1s and 2s."""
    everyone = random_people(100 + seed, [f"LS{n}" for n in range(1, 11)], most=80)
    assert disclosed(audit(together(FULL, everyone), FULL), 8) == []


@pytest.mark.parametrize("change", [-1, 1])
def test_counts_that_break_an_identity_are_still_protected(change: int) -> None:
    """Someone went back a question and stopped (their later answer rows went, their
    last step stayed), or the script was edited while live: the identities are off by
    one, and the small counts are still hidden and checked."""
    counts = tally(FOUND, FOUND_EXAMPLE + people(20, {"used_service": "No", "ease": 2}))
    recorded, reasked, never = counts.reasks["ease"]
    broken = joint.Counts(counts.participations, counts.answers, counts.days, counts.stops,
                          {**counts.reasks, "ease": (recorded + change, reasked, never)})
    seen = joint.consultation_results(FOUND, steps(FOUND), broken, 8)
    stopped = {r["key"]: r["count"] for r in seen["funnel"]["stopped_after"]}
    assert stopped["used_service"] == "*"
    assert seen["participation"]["participations"] == 35


def test_what_the_comments_page_counts_is_never_hidden_nor_relied_on() -> None:
    """3 answered the free-text question: the comments page shows all 3, so the question
    table shows 3 too, and nothing else is protected by hiding it."""
    everyone = people(20, {"used_service": "No", "ease": 2, "contact": ["Text"], "say": SKIP})
    everyone += people(3, {"used_service": "No", "ease": 2, "contact": ["Text"], "say": "ok"})
    seen = together(FULL, everyone)
    assert seen["questions"][-1]["answered"] == 3 and seen["comments"] == {"say": 3}
    assert disclosed(audit(seen, FULL), 8) == []


def test_healthy_counts_still_show_the_main_figures() -> None:
    """200 people, a few in small groups: the headline numbers are all shown."""
    everyone = (yes_then(60) + yes_then(40, channel="twilio", age="18-24", day=1)
                + no_then(50, area="LS1") + no_then(30, age="18-24", area="BD1", day=2)
                + people(10, {"used_service": "Yes"}, stopped="used_service")
                + people(10, {"used_service": "No", "ease": 3}, stopped="ease")
                + yes_then(3, area="HX1"))  # a small area
    seen = together(FULL, everyone)
    taking_part = seen["participation"]
    assert (taking_part["participations"], taking_part["completed"]) == (203, 183)
    assert seen["timeline"]["started"] == 203 and seen["funnel"]["completed"] == 183
    answered = {q["key"]: q["answered"] for q in seen["questions"]}
    assert answered == {"used_service": 203, "where": 103, "ease": 193, "contact": 103,
                        "say": 103}
    used = {o["label"]: o["count"] for o in seen["questions"][0]["options"]}
    assert used == {"Yes": 113, "No": 90}
    assert disclosed(audit(seen, FULL), 8) == []
