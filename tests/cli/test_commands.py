"""The commissioner CLI, run as a commissioner would, against a real database."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import List, Optional

import pytest
from sqlalchemy import func, select, update

from bot.cli.stack import child_environment
from bot.config import PROJECT_ROOT, load_settings
from bot.db.models import (
    AuditEntry,
    Consultation,
    Organisation,
    Participation,
    SafeguardingEvent,
    utcnow,
)
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.reporting import findings
from bot.trust import identity
from tests.actions.harness import Patient
from tests.cli.conftest import run

EXAMPLES = str(PROJECT_ROOT / "data" / "consultations")
TEST_SCRIPT = str(PROJECT_ROOT / "tests" / "data" / "test-consultation.yml")


def test_validate_reports_line_and_field(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("code: BAD1\ntitle: t\norganisation: o\nquestions:\n"
                   "  - id: q1\n    type: single_choice\n    text: Pick\n    options: [Only]\n")
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 1
    assert f"{bad}:line 8, questions[0].options:" in err


def test_a_script_not_saved_as_utf8_or_over_100_kb_is_refused_not_garbled_or_cut(
    cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    text = Path(TEST_SCRIPT).read_text().replace("title: Test consultation",
                                                 "title: Café – drop-in")
    windows = tmp_path / "windows.yml"  # as Notepad or Excel save it
    windows.write_bytes(text.encode("cp1252"))
    long = tmp_path / "long.yml"  # valid for its first 100 kB
    long.write_text(text + "# " + "notes " * 20_000 + "\n")
    for script, problem in ((windows, "line 3: the file is not UTF-8 text"),  # the title
                            (long, "line 1: the script is 1")):  # "…118 KB; the limit is…"
        code, out, err = run(capsys, "validate", str(script))
        assert code == 1 and f"{script}:{problem}" in err and "ok" not in out
        assert run(capsys, "load", str(script))[0] == 1
    _, out, _ = run(capsys, "list")
    assert "TEST1" not in out


def test_validate_the_examples(capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(capsys, "validate", EXAMPLES)
    assert code == 0
    assert out.count(": ok (") == 3


def test_load_list_launch_close(cli_db: str, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(capsys, "load", EXAMPLES, TEST_SCRIPT)
    assert code == 0 and "loaded MIND24 (live)" in out
    code, out, _ = run(capsys, "close", "mind24")
    assert (code, out.strip()) == (0, "MIND24 is now closed")
    _, out, _ = run(capsys, "list")
    line = next(row for row in out.splitlines() if row.startswith("MIND24"))
    assert line.split()[:5] == ["MIND24", "closed", "0", "0", "0"]
    assert run(capsys, "launch", "MIND24")[1].strip() == "MIND24 is now live"


def test_unknown_code_is_a_clear_error(cli_db: str, capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(capsys, "results", "NOPE1")
    assert code == 2 and "no consultation with code NOPE1" in err


def test_missing_file_is_a_clear_error(cli_db: str, capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(capsys, "load", "no/such/file.yml")
    assert code == 2 and "no such file" in err


@pytest.mark.parametrize("command", ["validate", "load"])
def test_a_blank_path_is_refused_not_read_as_the_current_folder(
        cli_db: str, capsys: pytest.CaptureFixture, tmp_path: Path, command: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    # `python -m bot load "$SCRIPT"` with $SCRIPT unset: not every .yml where it was run.
    (tmp_path / "notes.yml").write_text("code: HERE1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, command, "")
    assert code == 2 and err.strip() == "error: a blank path: give a script file (.yml) or a folder"
    assert "HERE1" not in out + err and "notes.yml" not in out + err


def test_something_that_is_neither_a_file_nor_a_folder_says_so(
        cli_db: str, capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(capsys, "validate", "/dev/null")
    assert code == 2 and err.strip() == "error: /dev/null: not a script file or a folder"


def take_part(answers: List[str], conversation: Optional[str] = None) -> None:
    patient = Patient(conversation)
    patient.says("TEST1", "start_consultation", 0.9)
    for answer in ["yes", "19", "LS6"] + answers:
        patient.says(answer)


def test_results_counts_percentages_fft_and_hidden_small_numbers(
    cli_db: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "load", TEST_SCRIPT)
    for n in range(20):
        fft = "very good" if n < 12 else "poor"
        ease = "1" if n == 0 else "4"
        path = ["no"] if n < 12 else ["yes", "pharmacy"]
        take_part(path + [ease, "skip", "2", fft, "skip"])
    _, out, _ = run(capsys, "list")
    assert next(r for r in out.splitlines() if r.startswith("TEST1")).split()[:5] == [
        "TEST1", "live", "20", "20", "0"]
    code, out, _ = run(capsys, "results", "TEST1")
    assert code == 0
    lines = [line.split() for line in out.splitlines()]
    assert ["No", "12", "60%"] in lines and ["Yes", "8", "40%"] in lines
    assert ["Pharmacy", "8", "100%"] in lines and ["GP", "surgery", "0", "0%"] in lines
    # 1 person said "1": hidden, and "4" too, or the total would give it away
    assert ["1", "*", "*%"] in lines and ["4", "*", "*%"] in lines
    assert "positive percent: 60.0" in out and "negative percent: 40.0" in out
    # a number question: median and interquartile range, as the app gives them; no mean
    assert "  median 2 (interquartile range 2 to 2)\n" in out and "mean:" not in out
    assert "each group whose count is shown (8 or more); no mean or total is given" in out
    monkeypatch.setenv("SB_SUPPRESSION_THRESHOLD", "1")
    _, out, _ = run(capsys, "results", "TEST1")
    lines = [line.split() for line in out.splitlines()]
    assert ["1", "1", "5%"] in lines and ["4", "19", "95%"] in lines


def test_results_of_a_consultation_nobody_has_answered_say_so(
    cli_db: str, capsys: pytest.CaptureFixture
) -> None:
    run(capsys, "load", TEST_SCRIPT)
    code, out, _ = run(capsys, "results", "TEST1")
    assert code == 0 and "*%" not in out
    assert out.count("nobody has answered this question yet") == out.count("answered: 0") > 0


def test_results_hide_what_the_app_hides_at_the_organisations_own_threshold(
    cli_db: str, capsys: pytest.CaptureFixture
) -> None:
    run(capsys, "load", TEST_SCRIPT)
    for n in range(20):
        take_part((["no"] if n < 12 else ["yes", "pharmacy"]) + ["4", "skip", "2", "good", "ok"])
    engine = make_engine(cli_db)
    with unit_of_work(make_session_factory(engine)) as db:
        db.execute(update(Organisation).values(suppression_threshold=10))
        consultation = db.scalar(select(Consultation))
        in_the_app = findings.questions(db, consultation.organisation_id, consultation,
                                        findings.threshold_for(consultation.organisation, 8))
    engine.dispose()
    _, out, _ = run(capsys, "results", "TEST1")
    assert "(counts from 1 to 9 are shown as *)" in out
    assert "(percentages are of those who answered each question)" in out  # their base
    lines = [line.split() for line in out.splitlines()]
    assert ["Yes", "*", "*%"] in lines and ["Pharmacy", "*", "*%"] in lines  # 8 of them
    used = next(q for q in in_the_app if q["key"] == "used_service")
    assert [o["count"] for o in used["options"]] == ["*", "*"]  # as the app shows them


def test_export_csv_has_one_row_per_answer_and_no_identifiers(
    cli_db: str, capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    run(capsys, "load", TEST_SCRIPT)
    sms = identity.for_number(load_settings().pseudonym_secret, "twilio", "+447700900123")
    take_part(["yes", "pharmacy", "5", "text", "0", "good", "quick"], sms)
    out_file = tmp_path / "answers.csv"
    code, _, err = run(capsys, "export", "TEST1", "--out", str(out_file))
    assert code == 0 and "exported 7 answers" in err
    rows = list(csv.DictReader(io.StringIO(out_file.read_text())))
    assert [(r["question_key"], r["value"]) for r in rows] == [
        ("used_service", "Yes"), ("where", "Pharmacy"), ("ease", "5"), ("contact", "Text"),
        ("wait_days", "0"), ("fft", "Good"), ("fft_why", "quick")]
    assert {r["age_band"] for r in rows} == {"18-24"} and {r["area"] for r in rows} == {"LS6"}
    assert "7700900123" not in out_file.read_text()


def test_production_refuses_to_start_without_a_secret(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("SB_ENV", "production")
    monkeypatch.delenv("SB_PSEUDONYM_SECRET", raising=False)
    code, _, err = run(capsys, "serve")
    assert code == 2 and "SB_PSEUDONYM_SECRET must be set" in err
    app = subprocess.run([sys.executable, "-m", "bot.commissioner"], cwd=PROJECT_ROOT,
                         env={"SB_ENV": "production", "PATH": "/usr/bin:/bin"},
                         capture_output=True, text=True, timeout=60)
    assert app.returncode != 0 and "SB_PSEUDONYM_SECRET must be set" in app.stderr


def test_export_makes_formula_answers_plain_text(
    cli_db: str, capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    run(capsys, "load", TEST_SCRIPT)
    take_part(["no", "5", "skip", "0", "good", '=HYPERLINK("http://evil.example","x")'])
    out_file = tmp_path / "answers.csv"
    assert run(capsys, "export", "TEST1", "--out", str(out_file))[0] == 0
    rows = {r["question_key"]: r["value"] for r in csv.DictReader(io.StringIO(out_file.read_text()))}
    assert rows["fft_why"] == '\'=HYPERLINK("[link]","x")'  # links are redacted too
    assert rows["wait_days"] == "0" and rows["ease"] == "5"


def test_an_export_is_audited_by_consultation_and_count_only(
    cli_db: str, capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    """Answers leaving by the command line are audited as from the web (who: "cli")."""
    run(capsys, "load", TEST_SCRIPT)
    take_part(["no", "5", "skip", "0", "good", "the nurse Jolene was kind"])
    out_file = tmp_path / "answers.csv"
    assert run(capsys, "export", "TEST1", "--out", str(out_file))[0] == 0
    assert run(capsys, "export", "TEST1")[0] == 0  # to the terminal: audited too
    engine = make_engine(cli_db)
    with unit_of_work(make_session_factory(engine)) as session:
        audited = [(e.actor, e.action, e.detail, e.organisation_id is not None)
                   for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "export"))]
    engine.dispose()
    assert audited == [("cli", "export", "answers TEST1 rows=6", True)] * 2


def test_export_to_a_folder_or_a_missing_one_is_a_clear_error(
    cli_db: str, capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    run(capsys, "load", TEST_SCRIPT)
    take_part(["no", "5", "skip", "0", "good", "quick"])
    folder = tmp_path / "exports"
    folder.mkdir()
    for out in (folder, folder / "no" / "such" / "answers.csv"):
        code, _, err = run(capsys, "export", "TEST1", "--out", str(out))
        assert code == 2 and f"{out}: can't write the export there" in err
    assert list(folder.iterdir()) == []


def test_export_to_a_blank_file_name_is_refused_not_printed(
        cli_db: str, capsys: pytest.CaptureFixture) -> None:
    # `--out "$FILE"` with $FILE unset: the answers must not go to the screen or a cron mail.
    run(capsys, "load", TEST_SCRIPT)
    take_part(["no", "5", "skip", "0", "good", "quick"])
    code, out, err = run(capsys, "export", "TEST1", "--out", " ")
    assert code == 2 and err.strip() == "error: --out is blank: give the file to write"
    assert out == ""


def test_loading_a_script_naming_another_organisation_does_not_move_the_consultation(
    cli_db: str, capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    run(capsys, "load", TEST_SCRIPT)
    take_part(["no", "5", "skip", "0", "good", "quick"])
    renamed = tmp_path / "renamed.yml"  # a slip in the organisation's name, or another's
    renamed.write_text(Path(TEST_SCRIPT).read_text().replace(
        "organisation: NHS Test ICB", "organisation: NHS Test Integrated Care Board"))
    code, out, err = run(capsys, "load", str(renamed))
    assert code == 1 and "loaded" not in out
    assert f"{renamed}:line 4, organisation: TEST1 belongs to NHS Test ICB" in err
    engine = make_engine(cli_db)
    with unit_of_work(make_session_factory(engine)) as db:
        consultation = db.scalar(select(Consultation))
        assert consultation.organisation.name == "NHS Test ICB"
        assert db.scalar(select(func.count()).select_from(Participation).where(
            Participation.consultation_id == consultation.id)) == 1
        assert db.scalar(select(Organisation).where(Organisation.name.like("%Integrated%"))) is None
    engine.dispose()


def test_results_say_a_multiple_choice_question_adds_up_to_more_than_100(
    cli_db: str, capsys: pytest.CaptureFixture
) -> None:
    run(capsys, "load", TEST_SCRIPT)
    for _ in range(10):
        take_part(["no", "4", "text and email", "2", "good", "ok"])
    _, out, _ = run(capsys, "results", "TEST1")
    several = out[out.index("\ncontact:"):].split("\n\n")[0]  # the multiple choice question
    assert "Text" in several and "100%" in several  # everyone chose both
    assert "more than one answer, so these add up to more than 100%" in several
    assert out.count("more than 100%") == 1


def test_launch_says_when_the_scripts_dates_keep_people_out(
    cli_db: str, capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    today = utcnow().date()
    for code, opens, closes in (("PAST1", today - timedelta(days=60), today - timedelta(days=5)),
                                ("SOON1", today + timedelta(days=7), today + timedelta(days=60))):
        script = tmp_path / f"{code}.yml"
        script.write_text(Path(TEST_SCRIPT).read_text().replace("code: TEST1", f"code: {code}")
                          .replace("status: live", f"status: draft\nopens: {opens}\n"
                                                   f"closes: {closes}"))
        assert run(capsys, "load", str(script))[0] == 0
    code, out, err = run(capsys, "launch", "PAST1")
    assert code == 2 and out == ""
    past, soon = today - timedelta(days=5), today + timedelta(days=7)  # as people write days
    assert f"PAST1 closed on {past.day} {past:%B %Y}: nobody can take part" in err
    assert next(r for r in run(capsys, "list")[1].splitlines()
                if r.startswith("PAST1")).split()[1] == "draft"
    code, out, _ = run(capsys, "launch", "SOON1")
    assert code == 0 and out.strip() == f"SOON1 is now live; it opens on {soon.day} {soon:%B %Y}"


def test_list_hides_crisis_signposting_at_the_organisations_own_threshold(
    cli_db: str, capsys: pytest.CaptureFixture
) -> None:
    run(capsys, "load", TEST_SCRIPT)
    engine = make_engine(cli_db)
    with unit_of_work(make_session_factory(engine)) as db:
        consultation = db.scalar(select(Consultation))
        db.add_all(SafeguardingEvent(consultation_id=consultation.id, category="self_harm",
                                     channel="rest") for _ in range(8))
    signposted = [run(capsys, "list")[1]]
    with unit_of_work(make_session_factory(engine)) as db:
        db.execute(update(Organisation).values(suppression_threshold=10))
    engine.dispose()
    signposted.append(run(capsys, "list")[1])
    assert [next(r for r in out.splitlines() if r.startswith("TEST1")).split()[6]
            for out in signposted] == ["8", "*"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (a full disk)")
def test_export_onto_a_full_disk_is_a_clear_error(cli_db: str,
                                                   capsys: pytest.CaptureFixture) -> None:
    run(capsys, "load", TEST_SCRIPT)
    take_part(["no", "5", "skip", "0", "good", "quick"])
    code, _, err = run(capsys, "export", "TEST1", "--out", "/dev/full")
    assert code == 2 and "/dev/full: the export stopped part way, the file is incomplete" in err
    assert "No space left on device" in err


def test_a_database_not_set_up_or_not_there_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SB_DATABASE_URL", f"sqlite:///{tmp_path / 'new.db'}")  # no db upgrade
    for command in (["list"], ["results", "TEST1"], ["load", TEST_SCRIPT]):
        code, _, err = run(capsys, *command)
        assert code == 2 and "python -m bot db upgrade" in err, command
    monkeypatch.setenv("SB_DATABASE_URL", f"sqlite:///{tmp_path / 'no' / 'such' / 'dir.db'}")
    code, _, err = run(capsys, "list")
    assert code == 2 and err.startswith("error: the database could not be used")
    for url in ("postgress://me:secret@db/answers", "answers.db"):  # a slip in the scheme
        monkeypatch.setenv("SB_DATABASE_URL", url)
        code, _, err = run(capsys, "list")
        assert code == 2 and err.startswith("error: SB_DATABASE_URL is not a database URL")
        assert "secret" not in err


@pytest.mark.parametrize("url", ["mysql://me:secret@db/answers",
                                 "postgresql+asyncpg://me:secret@db/answers"])
@pytest.mark.parametrize("command", [["list"], ["db", "upgrade"]])
def test_a_database_whose_driver_is_not_installed_is_a_clear_error(
        capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch, url: str,
        command: List[str]) -> None:
    monkeypatch.setenv("SB_DATABASE_URL", url)
    code, _, err = run(capsys, *command)
    assert code == 2 and err.startswith("error: SB_DATABASE_URL is not a database URL this can use")
    assert "secret" not in err


def test_a_folder_is_read_whatever_the_case_of_yml_and_one_without_scripts_says_so(
    cli_db: str, capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    scripts, empty = tmp_path / "scripts", tmp_path / "empty"
    scripts.mkdir()
    empty.mkdir()
    (scripts / "SURVEY.YML").write_text(Path(TEST_SCRIPT).read_text())  # saved on Windows
    (empty / "notes.txt").write_text("not a script")
    code, out, _ = run(capsys, "load", str(scripts))
    assert code == 0 and "loaded TEST1" in out
    for command in ("validate", "load"):
        code, out, err = run(capsys, command, str(empty))
        assert code == 2 and f"{empty}: no scripts (.yml or .yaml files) in this folder" in err


SMALL = ("code: BIG1\ntitle: t\norganisation: o\nquestions:\n"
         "  - id: q1\n    type: yes_no\n    text: First?\n")


def test_a_script_is_read_whole_up_to_the_limit(tmp_path: Path,
                                                capsys: pytest.CaptureFixture) -> None:
    """A file under the documented 100 KB is checked whole: a question after 100,000 bytes
    was cut off, and the rest loaded as if it were the script."""
    padded = tmp_path / "padded.yml"
    padded.write_text(SMALL + "# notes\n" * 12_500 + "  - id: q2\n    type: yes_no\n"
                      "    text: Second?\n")
    assert 100_000 < padded.stat().st_size < 100 * 1024
    code, out, _ = run(capsys, "validate", str(padded))
    assert (code, out.strip()) == (0, f"{padded}: ok (BIG1, 2 questions)")
    huge = tmp_path / "huge.yml"
    huge.write_text(SMALL + "# notes\n" * 13_000)
    code, out, err = run(capsys, "validate", str(huge))
    assert code == 1 and out == ""
    assert f"{huge}:line 1: the script is " in err and "the limit is 100 KB" in err


def test_a_script_not_in_utf8_is_refused_on_its_line(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    latin1 = tmp_path / "latin1.yml"
    latin1.write_bytes(SMALL.replace("First?", "Did you visit the café?").encode("latin-1"))
    code, out, err = run(capsys, "validate", str(latin1))
    assert code == 1 and out == ""
    assert f"{latin1}:line 7: the file is not UTF-8 text" in err
    with_bom = tmp_path / "bom.yml"
    with_bom.write_bytes(b"\xef\xbb\xbf" + SMALL.replace("\n", "\r\n").encode())
    assert run(capsys, "validate", str(with_bom))[0] == 0


def test_loading_the_same_script_again_changes_nothing(
    cli_db: str, capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    """A launched consultation stayed live only until its unchanged file was loaded again:
    the script's default status (draft) closed it to patients."""
    script = tmp_path / "small.yml"
    script.write_text(SMALL)
    assert run(capsys, "load", str(script))[1].strip() == f"{script}: loaded BIG1 (draft)"
    run(capsys, "launch", "BIG1")
    code, out, _ = run(capsys, "load", str(script))
    assert (code, out.strip()) == (0, f"{script}: BIG1 is loaded already, unchanged (live)")
    _, out, _ = run(capsys, "list")
    assert next(r for r in out.splitlines() if r.startswith("BIG1")).split()[1] == "live"


def test_an_answered_question_keeps_its_type(
    cli_db: str, capsys: pytest.CaptureFixture, tmp_path: Path
) -> None:
    """A new version that asked an answered scale as a yes/no under the same id relabelled
    the old answers: results listed the old '4's among Yes and No, the export called them
    yes_no. Unanswered, a question may change type."""
    run(capsys, "load", TEST_SCRIPT)
    original = Path(TEST_SCRIPT).read_text()
    changed = tmp_path / "changed.yml"
    changed.write_text(original.replace("    type: scale\n", "    type: yes_no\n")
                       .replace("    min: 1\n    max: 5\n    labels: {1: Very hard, 5: Very easy}\n",
                                ""))
    assert run(capsys, "load", str(changed))[0] == 0  # nobody has answered yet
    run(capsys, "load", TEST_SCRIPT)
    take_part(["no", "4", "skip", "2", "good", "skip"])
    code, out, err = run(capsys, "load", str(changed))
    assert code == 1 and out == ""
    assert err.strip() == (f"{changed}:line 20, questions[2].type: 'ease' has answers as a "
                           "scale question, so it can't become yes_no; give the new question "
                           "its own id")
    _, out, _ = run(capsys, "results", "TEST1")
    ease = out.split("\nease: How easy was it to be seen?\n")[1].split("\n\n")[0]
    assert [line.split()[0] for line in ease.splitlines()[1:]] == ["1", "2", "3", "4", "5"]


def test_list_hides_what_the_app_hides(cli_db: str, capsys: pytest.CaptureFixture) -> None:
    """"started 22, completed 20" gave away the 2 who withdrew, whom the app hides."""
    run(capsys, "load", TEST_SCRIPT)
    for _ in range(20):
        take_part(["no", "4", "skip", "2", "very good", "skip"])
    for _ in range(2):
        take_part(["stop"])
    _, out, _ = run(capsys, "list")
    row = next(r for r in out.splitlines() if r.startswith("TEST1")).split()
    assert row[:6] == ["TEST1", "live", "22", "*", "*", "*%"]


def test_a_reader_that_goes_early_is_no_error(cli_db: str) -> None:
    """`python -m bot list | head -1` could end with a CRITICAL "the process stopped on an
    error" (BrokenPipeError) once head had gone: the command's output is all it wanted."""
    gone = ("import sys\n"
            "class Gone:\n"
            "    def write(self, text): raise BrokenPipeError(32, 'Broken pipe')\n"
            "    def flush(self): pass\n"
            f"sys.argv = ['bot', 'validate', {TEST_SCRIPT!r}]\n"
            "sys.stdout = Gone()\n"
            "from bot.cli.main import run\n"
            "sys.exit(run())\n")
    done = subprocess.run([sys.executable, "-c", gone], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=120,
                          env=child_environment({"SB_DATABASE_URL": cli_db}))
    assert done.returncode == 141  # as a shell reports a command ended by SIGPIPE
    assert done.stderr == ""
