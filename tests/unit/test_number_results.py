"""A number question's results ("How many days did you wait?"), as every surface serves
them (`joint.consultation_results`: the API, the dashboard, aggregates.csv, the published
page and `python -m bot results` all draw on it): nobody's answer can be worked out, and a
board paper gets the median and interquartile range, overall and by group.

Checked by the auditor (`tests/results_auditor.py`, `number_findings`), which takes any
figure that is not a median or quartile as linear: times its count, a sum of answers."""

from __future__ import annotations

import random
from typing import Any, Dict, List, Sequence

import pytest

from bot.engine.flow import AGE, AREA, CONSENT
from bot.reporting import joint
from bot.scripts.questions import NUMBER, YES_NO, Question
from tests.results_auditor import Given, audit, disclosed, number_findings
from tests.unit.synthetic_consultation import Person, people, tally

WAIT = Question("wait_days", NUMBER, "How many days did you wait?", minimum=0, maximum=60,
                unit="days")
USED = Question("used_service", YES_NO, "Have you used the service?", options=("Yes", "No"))
QUESTIONS = (USED, WAIT)
THRESHOLD = 8


def steps(questions: Sequence[Question]) -> List[Any]:
    return [(CONSENT, "Consent"), (AGE, "Age band"), (AREA, "Postcode district")] + [
        (q.key, q.text) for q in questions]


def served(everyone: Sequence[Person], threshold: int = THRESHOLD) -> Dict[str, Any]:
    return joint.consultation_results(QUESTIONS, steps(QUESTIONS), tally(QUESTIONS, everyone),
                                      threshold)


def waited(n: int, days: Any, **profile: Any) -> List[Person]:
    return people(n, {"used_service": "Yes", "wait_days": days}, **profile)


def the_world(bd1_days: Sequence[Any] = (0, 0)) -> List[Person]:
    """The commissioner tests' own consultation: 30 answered; BD1 (2 people, on SMS, aged
    16-17) is hidden, and LS1 (8) with it."""
    return (waited(12, 3, age="18-24", area="LS6")
            + waited(8, 2, age="18-24", area="LS1")
            + waited(8, 10, channel="twilio", area="LS6")
            + [p for days in bd1_days for p in waited(1, days, channel="twilio", area="BD1")])


def wait_days(seen: Dict[str, Any]) -> Dict[str, Any]:
    return next(q for q in seen["questions"] if q["key"] == "wait_days")


def groups(question: Dict[str, Any], dimension: str) -> Dict[str, Any]:
    return {row["label"]: (row["answered"], row["summary"])
            for row in question["breakdowns"][dimension]}


# --- nobody's answer can be worked out ----------------------------------------------------


def test_one_more_answer_between_two_looks_is_not_given_away() -> None:
    """The dashboard is live: looked at before and after one more person answered, a mean
    and the count beside it gave that person's answer (mean × count is the total; the
    totals' difference is the answer)."""
    before = served(the_world())
    after = served(the_world() + waited(1, 45, age="18-24", area="LS6"))
    assert wait_days(after)["answered"] == wait_days(before)["answered"] + 1
    assert number_findings([before, after], QUESTIONS, THRESHOLD) == []


def test_an_erasure_after_publishing_is_not_given_away() -> None:
    """The published page keeps what was served when it was published; someone erased
    afterwards is gone from the dashboard: the two differ by that person's answer."""
    published = served(the_world() + waited(1, 37, area="LS6"))
    now = served(the_world())
    assert number_findings([now, published], QUESTIONS, THRESHOLD) == []


@pytest.mark.parametrize("bd1_days", [(0, 0), (0, 2), (1, 1), (2, 2)])
def test_a_hidden_groups_answers_change_nothing_served(bd1_days: Sequence[int]) -> None:
    """BD1's two people are hidden: whatever they answered from 0 to 2 days (below every
    quartile of the groups they are in), everything served is the same. A mean of
    everyone (or of the other groups) moved with them."""
    assert served(the_world(bd1_days)) == served(the_world((0, 0)))


def test_the_auditor_finds_a_hidden_group_from_means_by_group() -> None:
    """What review found possible if each group's mean were shown beside its count: the
    overall total less the shown groups' totals is the hidden group's. The auditor finds
    it (so it would find it served)."""
    seen = served(the_world((5, 6)))
    question = wait_days(seen)
    question["summary"] = {"mean": round(143 / 30, 2)}
    truth = {"LS6": (20, (12 * 3 + 8 * 10) / 20), "LS1": (8, 2.0), "BD1": (2, 5.5)}
    for row in question["breakdowns"]["area"]:
        n, mean = truth[row["label"]]
        shown = row["label"] != "BD1"
        row["answered"] = n if shown else "*"
        row["summary"] = {"mean": round(mean, 2)} if shown else {}
    found = number_findings([seen], QUESTIONS, THRESHOLD)
    assert [(g.group, g.what) for g in found] == [
        (("area", "BD1"), "the hidden group's sum of answers, 11.1, follows from those shown")]


@pytest.mark.parametrize("summary, count, what", [
    ({"median": 3, "lower_quartile": 2, "upper_quartile": 8}, "*", "a summary beside a count of *"),
    ({"median": 3}, 5, "a summary beside a count of 5"),
    ({"geometric_mean": 3.1}, 30, "geometric_mean: a figure the auditor cannot judge"),
])
def test_the_auditor_finds_a_summary_it_should_not_see(summary: Dict[str, Any], count: Any,
                                                       what: str) -> None:
    seen = served(the_world())
    question = wait_days(seen)
    question["answered"], question["summary"] = count, summary
    assert [g.what for g in number_findings([seen], QUESTIONS, THRESHOLD)] == [what]


def test_the_auditor_finds_one_answer_from_means_in_two_looks() -> None:
    before, after = served(the_world()), served(the_world() + waited(1, 45, area="LS6"))
    wait_days(before)["summary"] = {"mean": round(132 / 30, 2)}
    wait_days(after)["summary"] = {"mean": round(177 / 31, 2)}
    found = number_findings([before, after], QUESTIONS, THRESHOLD)
    assert found == [Given("wait_days", ("all",), (0, 1),
                           "the 1 answer(s) that came between looks sum to 45.01")]


def random_people(seed: int) -> List[Person]:
    rng = random.Random(seed)
    found = []
    for _ in range(rng.randint(1, 70)):
        profile = {"channel": rng.choice(["rest", "twilio", "telegram"]),
                   "age": rng.choice(["16-17", "18-24"]),
                   "area": rng.choice(["LS1", "LS6", "BD1", "HX1"])}
        if rng.random() < 0.15:
            found.append(Person((("used_service", "No"),), "used_service", **profile))
            continue
        days = rng.choice([0, 1, 2, 3, 7, 14, 30, 60, 2.5])
        found += waited(1, days, **profile)
    return found


@pytest.mark.parametrize("seed", range(10))
def test_random_consultations_give_no_answer_away(seed: int) -> None:
    everyone = random_people(seed)
    seen = served(everyone)
    assert number_findings([seen], QUESTIONS, THRESHOLD) == []
    assert disclosed(audit(seen, QUESTIONS), THRESHOLD) == []
    one_more = served(everyone + waited(1, 21, area="LS6"))
    assert number_findings([seen, one_more], QUESTIONS, THRESHOLD) == []


# --- what a board paper needs -------------------------------------------------------------


def test_the_median_and_quartiles_overall_and_for_each_group_shown() -> None:
    """Everyone: 2 × 0, 8 × 2, 12 × 3, 8 × 10 days. As Excel's MEDIAN and QUARTILE.INC give
    them, rounded: median 3, quartiles 2 and 8 (8.25)."""
    question = wait_days(served(the_world()))
    assert question["summary"] == {"median": 3, "lower_quartile": 2, "upper_quartile": 8}
    assert question["unit"] == "days"
    assert groups(question, "age_band") == {
        "16-17": (10, {"median": 10, "lower_quartile": 10, "upper_quartile": 10}),
        "18-24": (20, {"median": 3, "lower_quartile": 2, "upper_quartile": 3})}
    assert groups(question, "channel") == {
        "rest": (20, {"median": 3, "lower_quartile": 2, "upper_quartile": 3}),
        "twilio": (10, {"median": 10, "lower_quartile": 10, "upper_quartile": 10})}
    # BD1 (2) is hidden, and LS1 (8) with it: neither has a summary
    assert groups(question, "area") == {
        "BD1": ("*", {}), "LS1": ("*", {}),
        "LS6": (20, {"median": 3, "lower_quartile": 3, "upper_quartile": 10})}


def test_no_mean_anywhere() -> None:
    question = wait_days(served(the_world()))
    rows = [question] + [r for rows in question["breakdowns"].values() for r in rows]
    assert all("mean" not in row["summary"] for row in rows)


@pytest.mark.parametrize("threshold, shown", [
    # 7 in 16-17: hidden; 25-34 (12) hidden with it: neither has a summary
    (8, {"16-17": ("*", False), "18-24": (20, True), "25-34": ("*", False)}),
    (21, {"16-17": ("*", False), "18-24": ("*", False), "25-34": ("*", False)}),
    (1, {"16-17": (7, True), "18-24": (20, True), "25-34": (12, True)}),  # suppression off
])
def test_a_group_has_a_summary_only_when_its_count_is_shown(
        threshold: int, shown: Dict[str, Any]) -> None:
    everyone = waited(20, 4, age="18-24") + waited(7, 9) + waited(12, 1, age="25-34")
    question = wait_days(served(everyone, threshold))
    found = {label: (count, bool(summary))
             for label, (count, summary) in groups(question, "age_band").items()}
    assert found == shown
    assert bool(question["summary"]) == (question["answered"] != "*")


def test_nobody_answered_gives_no_summary() -> None:
    question = wait_days(served(people(10, {"used_service": "No"}, stopped="used_service")))
    assert question["answered"] == 0 and question["summary"] == {}
