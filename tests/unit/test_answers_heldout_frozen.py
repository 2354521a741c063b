"""The answer parser on the frozen held-out sets: replies to new questions written blind
by engineers who never saw the parser, its tables or the earlier sets, never tuned on.
The issue's target (right >= 0.98, stored wrong <= 0.01) is not met on any: a strict
xfail each, and a floor keeps the latest figure from falling back. v3 to v8 were spent in
stop 22 (each measured as held-out before; tuning material since, their notes say so):
their floors stay, their targets are judged on the sets still held out (v9 on). v9 to
v12 were spent in stop 23 the same way (the target judged on v13 on), v13 and v14 in
stop 24 (the target judged on v15 on), v15 and v16 in stop 25 (judged on v17 on), v17 and v20
in stop 26 (judged on v18, v19, v21 on; v20 early: the lead had seen rows of it).

- v3 (tests/data/answers_heldout_v3.csv, 344 replies, written 2026-12-02, stop 16):
  measured once in stop 16 (right 0.843, stored wrong 0.015, confirm rate 0.081), then
  twice in round 4 (stop 17), aggregates only, at its start and end: 0.843 / 0.015, then
  0.855 / 0.012 (294 right, 4 stored wrong).
- v4 (tests/data/answers_heldout_v4.csv, 340 replies to 30 new questions, written in
  stop 17 by an engineer who read nothing of the project): measured once each, after
  round 4, for the parser as stop 17 began (right 0.891, stored wrong 0.006) and as
  round 4 left it (right 0.903, stored wrong 0.003: 307 right, 1 stored wrong; confirm
  rate 0.062).
- v5 (tests/data/answers_heldout_v5.csv, 340 replies to 30 new questions, 58 to be asked
  again, written blind in stop 18 by an engineer who read nothing of the project):
  measured once by the lead for the parser as stop 18 began (right 0.847, stored wrong
  0.024: 288 right, 8 stored wrong; confirm rate 0.050) and once for round 5 (branch
  parser5: 0.850 / 0.024), which the rule fixed before measuring (right up by 0.01 or
  more, stored wrong not up) did not adopt. Its number questions with `unit: miles`, a
  unit scripts refuse, are read as plain counts.
- v6 (tests/data/answers_heldout_v6.csv, 340 replies to 30 new questions, 56 to be asked
  again, written blind in stop 19 by an engineer who read nothing of the project):
  measured once by the lead for the parser on main (right 0.832, stored wrong 0.024: 283
  right, 8 stored wrong; confirm rate 0.106) and once for round 6 (branch parser6:
  0.835 / 0.024, and 9 stored wrong on v5), which the rule fixed before measuring
  (stored wrong down, or equal with right up by 0.01 or more) did not adopt.
- v7 (tests/data/answers_heldout_v7.csv, 340 replies to 30 new questions, 55 to be asked
  again, written blind in stop 20 by an engineer who read nothing of the project):
  measured once by the lead for the parser on main (right 0.741, stored wrong 0.029: 252
  right, 10 stored wrong; confirm rate 0.088) and once for branch reader7 (a learned
  store-risk model that turns doubtful stores into "Did you mean…?": 0.741 / 0.029, the
  same, with 20 stored right turned into confirms), which the same rule did not adopt.
- v8 (tests/data/answers_heldout_v8.csv, 340 replies to 30 new questions, 57 to be asked
  again, written blind in stop 21 by an engineer who read nothing of the project):
  measured once by the lead for the parser on main (right 0.826, stored wrong 0.021: 281
  right, 7 stored wrong; confirm rate 0.056) and once for branch parser8 (spelling put
  right, answers beside a remark, a sign-off or an opener offered as "Did you mean…?":
  0.841 / 0.018, 286 and 6); the rule fixed before measuring (v8 right up by 0.01, stored
  wrong not up, v3-v7 floors held) failed on v4's floor by one reply (306 of 307).
- v9 (tests/data/answers_heldout_v9.csv, 340 replies to 30 new questions, 54 to be asked
  again, written blind in stop 21 for a second rule, stated after the first had failed:
  v9 alone decides, right up by 0.01): main 0.871 / 0.006 (296 right, 2 stored wrong;
  confirm rate 0.085), parser8 0.868 / 0.006 (295, 2): not adopted.
- v10 (tests/data/answers_heldout_v10.csv, 340 replies to 30 new questions, 57 to be asked
  again, written blind in stop 21 for a third rule, paired, stated after a reply-by-reply
  look at v3-v9 (bench/paired.py) had favoured parser8, 16 replies to 3): main 0.853 /
  0.021 (290 right, 7 stored wrong; confirm rate 0.071), parser8 0.844 / 0.021; right only
  with main 5, only with parser8 2: not adopted.
- v11 and v12 (tests/data/answers_heldout_v11.csv and _v12.csv, 340 replies to 30 new
  questions each, 54 and 55 to be asked again, written blind in stop 22 by two engineers who
  read nothing of the project, for a paired rule over both stated before either existed):
  main 0.809 / 0.029 (275 right, 10 stored wrong; confirm rate 0.068) and 0.818 / 0.024
  (278, 8; 0.088); parser9 (parser8 with no guess for a reply naming nothing of the answers)
  0.800 / 0.029 and 0.821 / 0.021. Over both, right only with main 3, only with parser9 1:
  not adopted (docs/experiments/parser9.patch).
- v13 (tests/data/answers_heldout_v13.csv, 340 replies to 30 new questions, 59 to be asked
  again, written blind in stop 22 by an engineer who read nothing of the project, after the
  rule for round 10 was stated): main 0.835 / 0.018 (284 right, 6 stored wrong; confirm
  rate 0.115).
- Spent-set floors raised by branch parser10 (stop 22), tuned on v3-v8 as tuning material:
  v3 303 right / 2 stored wrong, v4 314 / 1, v5 302 / 7, v6 292 / 5, v7 276 / 6, v8 296 / 5
  (main: 294/4, 307/1, 288/8, 283/8, 252/10, 281/7). And round 10 adopted under
  that rule (over v9-v13, right only with main 1, only with parser10 25; stored wrong only by
  each 2): floors v9-v13 at its figures, 0.879 / 0.859 / 0.826 / 0.835 / 0.856 right.
- v9 and v10 spent in stop 23. v14 and v15 (tests/data/answers_heldout_v14.csv and _v15.csv,
  340 replies to 30 new questions each, 60 to be asked again in each, written blind in stop
  23 by engineers who read nothing of the project, after the rule for round 11 was stated:
  over v11-v15, more replies right only with it than only with main, and no more stored wrong
  only by it): main 0.850 / 0.032 (289 right, 11 stored wrong) and 0.779 / 0.035 (265, 12).
  Round 11 (branches parser11s and parser11m, tuned on the spent v9 and v10, merged as
  parser11) over v11-v15: right only with it 12, only with main 3; stored wrong only by it 1,
  only by main 4. Adopted; all floors at its figures (v11-v15 0.832 / 0.844 / 0.862 / 0.850 /
  0.785 right, stored wrong 0.021 / 0.024 / 0.018 / 0.032 / 0.035).
- v11 and v12 spent later in stop 23 for round 12. v16 and v17 (340 replies each, 61 and 58
  to be asked again, written blind after the rule for round 12 was stated: over v13-v17, more
  right only with it than only with main, no more stored wrong only by it): main (round 11)
  0.809 / 0.035 (275, 12) and 0.785 / 0.035 (267, 12). Round 12 (branch parser12, tuned on
  v11 and v12: v11 0.832 -> 0.874, v12 0.844 -> 0.918 there) over v13-v17: right only with
  it 4, only with main 0; stored wrong only by main 2, only by it 0. Adopted; all floors at
  its figures (v13-v17 0.862 / 0.850 / 0.794 / 0.809 / 0.788 right).
- v13 and v14 spent in stop 24 for round 13. v18 and v19 (tests/data/answers_heldout_v18.csv
  and _v19.csv, 340 replies each, 58 and 59 to be asked again, written blind in stop 24 after
  round 13's rule was stated: over v15-v19, more right only with it than only with main, and
  no more stored wrong only by it): main (round 12) 0.794 / 0.021 (270 right, 7 stored wrong)
  and 0.832 / 0.009 (283, 3). Round 13 (branches parser13s, every type but tick-all lists,
  and parser13m, tick-all lists, tuned on the spent v13 and v14: v13 0.862 -> 0.947, v14
  0.850 -> 0.915 there) over v15-v19: right only with it 15, only with main 4; stored wrong
  only by it 1 (v16), only by main 1 (v18). Adopted; every floor at its figures (v15-v19
  0.803 / 0.809 / 0.797 / 0.797 / 0.844 right, stored wrong 0.029 / 0.038 / 0.035 / 0.018 /
  0.009; v16's stored wrong one more than before, moved as an adopted round moves it).
- v15 and v16 spent in stop 25 for round 14. v20 and v21 (tests/data/answers_heldout_v20.csv
  and _v21.csv, 340 replies each, 58 and 57 to be asked again, written blind in stop 25 after
  round 14's rule R9-14 was stated: over v17-v21, more right only with it than only with main,
  exact two-sided McNemar p < 0.05, and no more stored wrong only by it): main (round 13)
  0.735 / 0.018 (250 right, 6 stored wrong) and 0.829 / 0.012 (282, 4). Round 14 (branches
  parser14s, every type but tick-all lists, and parser14m, tick-all lists, tuned on the spent
  v15 and v16: v15 0.803 -> 0.974, v16 0.809 -> 0.924 there, stored wrong 10 -> 0 and 13 -> 3)
  over v17-v21: right only with it 21, only with main 3 (McNemar p < 0.001); stored wrong only
  by it 1 (v20), only by main 3 (v17). Adopted; every floor at its figures (v17-v21 0.818 /
  0.818 / 0.850 / 0.738 / 0.832 right, stored wrong 0.026 / 0.018 / 0.009 / 0.021 / 0.012;
  v20's stored wrong one more than before, moved as an adopted round moves it).
- v17 and v20 spent in stop 26 for round 15 (v20 early: the lead had seen rows of it by
  accident). v22 and v23 (tests/data/answers_heldout_v22.csv and _v23.csv, 340 replies each,
  58 and 56 to be asked again, written blind in stop 26 after round 15's rule R9-15 was
  stated: over v18, v19, v21, v22, v23, more right only with it than only with main, exact
  two-sided McNemar p < 0.05, and no more stored wrong only by it): main (round 14)
  0.647 / 0.044 (220 right, 15 stored wrong) and 0.785 / 0.035 (267, 12).
  Round 15 failed R9-15 (right only with it 10, only with main 10, p = 1.000; stored wrong only
  by it 1, only by main 2). Written then, before they existed, a non-inferiority rule R9-15b on
  two more blind sets: v24 and v25 (tests/data/answers_heldout_v24.csv and _v25.csv, 340 replies
  each, 60 and 59 to be asked again): adopt if right only with it >= right only with main and
  stored wrong only by it <= only by main. Main (round 14) there 0.782 / 0.012 (266 right, 4
  stored wrong) and 0.768 / 0.024 (261, 8). Over v24 and v25: right only with it 10, only with
  main 0 (exact McNemar p = 0.002); stored wrong only by main 1, only by it 0. Adopted under
  R9-15b; every floor at its figures (held-out v18, v19, v21-v25 0.812 / 0.847 / 0.841 / 0.644 /
  0.788 / 0.794 / 0.785 right, stored wrong 0.018 / 0.009 / 0.009 / 0.047 / 0.032 / 0.012 /
  0.021; v18, v19 and v22 a reply or two fewer right than main, v22 one more stored wrong, moved
  as an adopted round moves them; spent v17 0.818 -> 0.941, v20 0.738 -> 0.874).
- Stop 27 (caution16, rule R9-16 written before it was built): a reading reached by inference
  (an option described, not named; a number from words; "ok" as neither good nor poor; ...) is
  offered, never stored (bot/understanding/plainly.py). Held-out v18, v19, v21-v25: right the
  same reply for reply; stored wrong only by main 11, only by it 0; confirm rate 0.152 -> 0.201
  pooled. Adopted; the stored-wrong floors at its figures (v18 5, v19 2, v21 1, v22 14, v23 9,
  v24 2, v25 6; spent v11 1, v13 0, v16 1, v17 0).
- Stop 27 review fix: "1 and a half weeks" was read as 1.5 of the question's unit; now of weeks
  (rule R9-27f: no held-out reply right before is wrong after): right the same reply for reply,
  v22 stored wrong 14 -> 13."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pytest

from bench.answers_eval import HELD_OUT_SETS, RIGHT, SPENT_SETS, figures, is_held_out


class Floor(NamedTuple):
    replies: int
    right: int  # the latest figure, which must not fall back
    stored_wrong: int


FLOORS = {"v3": Floor(344, 316, 0), "v4": Floor(340, 325, 0), "v5": Floor(340, 320, 0),
          "v6": Floor(340, 307, 0), "v7": Floor(340, 299, 0), "v8": Floor(340, 314, 0),
          "v9": Floor(340, 319, 1), "v10": Floor(340, 315, 1), "v11": Floor(340, 300, 1),
          "v12": Floor(340, 317, 0), "v13": Floor(340, 322, 0), "v14": Floor(340, 311, 1),
          "v15": Floor(340, 331, 0), "v16": Floor(340, 314, 1), "v17": Floor(340, 320, 0),
          "v18": Floor(340, 276, 5), "v19": Floor(340, 288, 2), "v20": Floor(340, 297, 0),
          "v21": Floor(340, 286, 1), "v22": Floor(340, 219, 13), "v23": Floor(340, 268, 9),
          "v24": Floor(340, 270, 2), "v25": Floor(340, 267, 6)}


# Spent in stops 22 to 26 (tuning material since; their floors stay, so no round loses ground there).
SPENT = ("v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15", "v16",
         "v17", "v20")


def _path(name: str) -> Path:
    return next(path for path in (*HELD_OUT_SETS, *SPENT_SETS)
                if path.stem.endswith("_" + name))


@pytest.mark.parametrize("name", FLOORS)
def test_the_set_is_whole_and_held_out_unless_spent(name: str) -> None:
    assert is_held_out(_path(name)) == (name not in SPENT)
    assert figures(_path(name))["all"].total == FLOORS[name].replies


@pytest.mark.parametrize("name", FLOORS)
def test_no_fall_back_from_the_latest_measurement(name: str) -> None:
    everything, floor = figures(_path(name))["all"], FLOORS[name]
    right = round(everything.share(*RIGHT) * everything.total)
    wrong = round(everything.share("stored wrong") * everything.total)
    assert right >= floor.right, f"held-out {name}: {right} of {floor.replies} right"
    assert wrong <= floor.stored_wrong, f"held-out {name}: {wrong} of {floor.replies} stored wrong"


def _short_of_the_target(name: str) -> object:
    """A set still held out, with the strict xfail its latest figures (its floors) earn."""
    floor = FLOORS[name]
    return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=(
        f"right {floor.right / floor.replies:.3f}, stored wrong "
        f"{floor.stored_wrong / floor.replies:.3f} on {name}")))


@pytest.mark.parametrize("name", [_short_of_the_target(n) for n in FLOORS if n not in SPENT])
def test_the_issue_target(name: str) -> None:
    everything = figures(_path(name))["all"]
    assert everything.share(*RIGHT) >= 0.98 and everything.share("stored wrong") <= 0.01
