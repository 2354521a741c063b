"""Authors see each question as each channel shows it, from the channels' own renderers."""

from __future__ import annotations

from bot.commissioner.launching import launch_problem, parse_day, with_code
from bot.commissioner.preview import preview, telegram_rows
from bot.scripts.script import load_script
from tests.e2e.helpers import TEST_SCRIPT


def test_every_question_has_web_sms_and_telegram_forms() -> None:
    found = {q.key: q for q in preview(load_script(TEST_SCRIPT.read_text()))}
    where = found["where"]
    assert where.web_buttons == ("GP surgery", "Walk-in centre", "Pharmacy", "A&E")
    assert where.sms_bodies == (("Where did you go?\n1 GP surgery\n2 Walk-in centre\n"
                                 "3 Pharmacy\n4 A&E\nReply 1 to 4", 1),)
    assert found["contact"].telegram_rows[-1] == ("Done ✔",)  # multiple choice
    assert found["ease"].web_text.startswith("How easy was it to be seen? (1 = Very hard")


def test_telegram_rows_are_the_channels_keyboard() -> None:
    assert telegram_rows(("Yes", "No"), False) == (("Yes", "No"),)
    assert telegram_rows(("A much longer option label",), False) == (("A much longer option label",),)
    assert telegram_rows(("Text", "Email"), True) == (("Text", "Email"), ("Done ✔",))
    assert telegram_rows(tuple(str(i) for i in range(11)), False)[1] == ("6", "7", "8", "9", "10")


def test_launch_dates() -> None:
    today = parse_day("2026-12-02")
    assert today is not None
    assert launch_problem(None, parse_day("2026-12-31"), "", "2026-12-31", today) is None
    assert "passed" in str(launch_problem(None, parse_day("2026-12-01"), "", "2026-12-01", today))
    assert "before" in str(launch_problem(parse_day("2026-12-20"), parse_day("2026-12-10"),
                                          "2026-12-20", "2026-12-10", today))
    assert "must be a date" in str(launch_problem(None, None, "", "31/12/2026", today))


def test_duplicating_changes_only_the_code_line() -> None:
    text = "# a comment\ncode: OLD1\ntitle: x\nquestions: []\n"
    assert with_code(text, "NEW2") == "# a comment\ncode: NEW2\ntitle: x\nquestions: []\n"



def test_only_choice_questions_have_other_names() -> None:
    found = {q.key: q for q in preview(load_script(TEST_SCRIPT.read_text()))}
    assert found["ease"].names == () and found["used_service"].names == ()
    assert "chemist" in {o.label: o for o in found["where"].names}["Pharmacy"].also
