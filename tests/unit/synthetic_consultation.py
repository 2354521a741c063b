"""Synthetic consultations for suppression tests: people who took part, walked through a
script as the engine would, tallied into exactly what `bot.reporting.tallies` reads."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot.engine.flow import AGE, AREA, CONSENT, show_if_met
from bot.reporting.joint import Counts
from bot.scripts.questions import MULTI_CHOICE, Question

SKIP, NEVER = "<skipped>", "<never understood>"
NOT_GIVEN = "Not given"
START = date(2026, 11, 2)


@dataclass(frozen=True)
class Person:
    """One participation. `answers` in script order, for the questions asked (a value,
    SKIP or NEVER; (value, attempts) when re-asked); `stopped` the last step recorded
    when they did not finish."""

    answers: Tuple[Tuple[str, Any], ...] = ()
    stopped: Optional[str] = None
    status: str = "withdrawn"
    channel: str = "rest"
    age: str = "16-17"
    area: str = "LS6"
    day: int = 0


def people(n: int, answers: Dict[str, Any], stopped: Optional[str] = None, **profile: Any
           ) -> List[Person]:
    return [Person(tuple(answers.items()), stopped, **profile)] * n


@dataclass
class Tally:
    participations: Counter = field(default_factory=Counter)
    answers: Dict[str, Tuple[Counter, Counter]] = field(default_factory=dict)
    days: Counter = field(default_factory=Counter)
    done: Counter = field(default_factory=Counter)
    stops: Counter = field(default_factory=Counter)
    reasks: Dict[str, List[int]] = field(default_factory=dict)


def tally(questions: Sequence[Question], everyone: Sequence[Person]) -> Counts:
    """What the database would count, checking each person followed the script."""
    found = Tally()
    for person in everyone:
        _count(found, questions, person)
    days = [(START + timedelta(days=d), found.days[d], found.done[d]) for d in sorted(found.days)]
    return Counts(found.participations, found.answers, days, found.stops,
                  {k: (v[0], v[1], v[2]) for k, v in found.reasks.items()})


def _count(found: Tally, questions: Sequence[Question], person: Person) -> None:
    given = dict(person.answers)
    builtin = [CONSENT, AGE, AREA]
    if person.stopped in builtin:
        reached = builtin.index(person.stopped)
        age = person.age if reached >= 1 else NOT_GIVEN
        area = person.area if reached >= 2 else NOT_GIVEN
        assert not given, "no answers before the script's questions"
    else:
        age, area = person.age, person.area
    status = "completed" if person.stopped is None else person.status
    profile = (person.channel, age, area)
    found.participations[profile + (status,)] += 1
    found.days[person.day] += 1
    found.done[person.day] += status == "completed"
    values: Dict[str, Any] = {}
    last = person.stopped if person.stopped in builtin else AREA
    for q in questions:
        if person.stopped in builtin:
            break
        if q.show_if is not None and not show_if_met(q.show_if, values):
            assert q.key not in given, f"{q.key} is not asked of this person"
            continue
        if q.key not in given:
            assert person.stopped is not None, f"a completed person has no {q.key}"
            break
        value, attempts = given[q.key] if isinstance(given[q.key], tuple) else (given[q.key], 1)
        if value == NEVER:
            attempts = q.max_reasks + 1
        rows = found.reasks.setdefault(q.key, [0, 0, 0])
        rows[0] += 1
        rows[1] += attempts > 1
        rows[2] += value == NEVER
        last = q.key
        assert value != SKIP or q.optional, f"{q.key} cannot be skipped"
        if value not in (SKIP, NEVER):
            values[q.key] = value
            counted, who = found.answers.setdefault(q.key, (Counter(), Counter()))
            who[profile] += 1
            for v in (value if q.type == MULTI_CHOICE else [value]):
                counted[profile + (v,)] += 1
        if person.stopped == q.key:
            break
    assert person.stopped is None or person.stopped == last, (
        f"stopped after {person.stopped}, but the last step recorded is {last}")
    found.stops[(status, last)] += 1
