"""`python -m bot invite`: as an operator runs it, including being killed halfway."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Dict, List, Tuple

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.cli.main import main
from bot.config import PROJECT_ROOT
from bot.db.models import Contact, OptOut
from bot.db.session import unit_of_work
from bot.outreach.message import invitation_text
from bot.trust.pseudonym import pseudonym
from tests.conftest import closed_now, settings_for
from tests.fakes.fake_twilio import FakeTwilio
from tests.outreach.conftest import CODE, SID, TOKEN, load_test_consultation, twilio_env

VALID = 1000
SEEDED_OPT_OUTS = range(0, 1000, 37)  # opted out with us before the run (28 numbers)
TWILIO_OPT_OUTS = range(5, 1000, 41)  # only Twilio knows they replied STOP (25 numbers)


def e164(i: int) -> str:
    return f"+447700900{i:03d}"


def national(i: int) -> str:
    return f"07700 900{i:03d}" if i % 2 else f"07700900{i:03d}"


def big_csv(path: Path) -> Dict[int, str]:
    """1,000 valid numbers among bad rows; returns {line: reason} for the bad ones."""
    lines, bad = ["name,phone"], {}
    for i in range(VALID):
        lines.append(f"person {i},{national(i)}")
        if i % 100 == 50:
            bad[len(lines) + 1] = f"duplicate of line {len(lines)}"
            lines.append(f"again {i},{e164(i)}")
        if i % 250 == 10:
            for value, reason in ((f"020 7946 0{i:03d}", "not a mobile number"),
                                  ("call me", "invalid number"), ("", "empty")):
                bad[len(lines) + 1] = reason
                lines.append(f"other,{value}")
    path.write_text("\n".join(lines) + "\n")
    return bad


def cli_env(database_url: str, fake: FakeTwilio) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SB_", "TWILIO_"))}
    return {**env, **twilio_env(fake, rate=2000), "SB_DATABASE_URL": database_url,
            "PYTHONUNBUFFERED": "1"}


def invite_command(csv_path: Path) -> List[str]:
    return [sys.executable, "-m", "bot", "invite", CODE.lower(), str(csv_path), "--yes"]


def kill_after(process: subprocess.Popen[str], fake: FakeTwilio, messages: int) -> None:
    deadline = time.monotonic() + 60
    while len(fake.sent) < messages:
        assert process.poll() is None, "finished before it could be killed"
        assert time.monotonic() < deadline, "too slow to reach the fake"
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait(10)


def contact_rows(factory: sessionmaker) -> Dict[str, Tuple[str, str]]:
    with unit_of_work(factory) as session:
        return {c.phone: (c.status, c.message_sid) for c in session.scalars(select(Contact))}


def test_killed_halfway_then_rerun_invites_everyone_exactly_once(
        session_factory: sessionmaker, database_url: str, tmp_path: Path) -> None:
    load_test_consultation(session_factory)
    secret = settings_for(database_url).pseudonym_secret
    with unit_of_work(session_factory) as session:
        for i in SEEDED_OPT_OUTS:
            session.add(OptOut(pseudonym=pseudonym(secret, "twilio", e164(i))))
    bad_rows = big_csv(tmp_path / "contacts.csv")
    with FakeTwilio(SID, TOKEN, latency=0.03) as fake:
        fake.opted_out.update(e164(i) for i in TWILIO_OPT_OUTS)
        env, command = cli_env(database_url, fake), invite_command(tmp_path / "contacts.csv")
        first = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        kill_after(first, fake, messages=VALID // 2)
        time.sleep(0.2)  # requests already on their way reach the fake
        crashed = contact_rows(session_factory)
        in_flight = {phone for phone, (status, _) in crashed.items() if status == "sending"}
        cut_off = in_flight & {m["to"] for m in fake.sent}  # Twilio has them; we did not hear
        assert cut_off, "no send was cut off after Twilio had it"
        assert "pending" in {status for status, _ in crashed.values()}

        second = subprocess.run(command, cwd=PROJECT_ROOT, env=env, text=True,
                                capture_output=True, timeout=120)
        assert second.returncode == 0, second.stderr
        sent = Counter(m["to"] for m in fake.sent)
        refused = {r["to"] for r in fake.refused}
        final = contact_rows(session_factory)
        bodies = {m["body"] for m in fake.sent}

    never = {e164(i) for i in SEEDED_OPT_OUTS} | {e164(i) for i in TWILIO_OPT_OUTS}
    invited = {e164(i) for i in range(VALID)} - never
    assert set(sent) == invited and set(sent.values()) == {1}  # each exactly once
    assert refused <= {e164(i) for i in TWILIO_OPT_OUTS} and not never & set(sent)
    assert bodies == {invitation_text("NHS Test ICB", CODE)}
    assert {p: s for p, (s, _) in final.items() if s != "sent"} == {p: "opted_out" for p in never}
    assert {sid for status, sid in final.values() if status == "sent"} == {
        m["sid"] for m in fake.sent}
    with unit_of_work(session_factory) as session:
        kept = set(session.scalars(select(OptOut.pseudonym)))
    assert kept == {pseudonym(secret, "twilio", phone) for phone in never}

    reported = dict(re.findall(r"^line (\d+): \S+ skipped: (.+)$", second.stdout, re.M))
    expected = {str(line): reason for line, reason in bad_rows.items()}
    opted_by_then = {phone for phone, (status, _) in crashed.items() if status == "opted_out"}
    assert {e164(i) for i in SEEDED_OPT_OUTS} < opted_by_then < never
    expected.update({str(line): "opted out" for line in _lines_of(opted_by_then, tmp_path)})
    assert reported == expected
    assert "7700" not in second.stdout + second.stderr  # numbers are masked
    summary = (rf"^done: \d+ sent, {len(never - opted_by_then)} opted out, 0 failed, "
               rf"{len(expected)} skipped$")
    assert re.search(summary, second.stdout, re.M), second.stdout
    found = re.search(r"^(\d+) sent before an interruption", second.stdout, re.M)
    assert found is not None and int(found[1]) == len(cut_off)


def _lines_of(phones: set, tmp_path: Path) -> List[int]:
    text = (tmp_path / "contacts.csv").read_text().splitlines()
    wanted = {p[-3:] for p in phones}
    return [n for n, row in enumerate(text, start=1)
            if row.startswith("person ") and row[-3:] in wanted]


@pytest.fixture
def cli(sqlite_url: str, sqlite_factory: sessionmaker, fake: FakeTwilio,
        monkeypatch: pytest.MonkeyPatch) -> sessionmaker:
    for name, value in {**twilio_env(fake), "SB_DATABASE_URL": sqlite_url}.items():
        monkeypatch.setenv(name, value)
    return sqlite_factory


def run(capsys: pytest.CaptureFixture, *args: str) -> Tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_invite_prints_a_masked_skip_report_and_summary(
        cli: sessionmaker, fake: FakeTwilio, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    load_test_consultation(cli)
    fake.opted_out.add(e164(2))
    (tmp_path / "list.csv").write_text(
        "phone\n07700 900001\n07700900002\n0113 496 0000\nabc\n+447700900001\n\n07700900003\n")
    code, out, err = run(capsys, "invite", "test1", str(tmp_path / "list.csv"), "--yes")
    assert code == 0, err
    assert out.splitlines() == [
        "line 4: ***000 skipped: not a mobile number",
        "line 5: *** skipped: invalid number",
        "line 6: ***001 skipped: duplicate of line 2",
        "line 7: (empty) skipped: empty",
        "3 new number(s) added; 3 invitation(s) to send",
        "sent 3/3",
        "done: 2 sent, 1 opted out, 0 failed, 4 skipped"]
    code, out, _ = run(capsys, "invite", "test1", str(tmp_path / "list.csv"), "--yes")
    assert code == 0 and "2 number(s) already invited or queued (not listed)" in out
    assert "line 3: ***002 skipped: opted out" in out
    assert "done: 0 sent" in out and len(fake.sent) == 2


@pytest.mark.parametrize("unset", ["TWILIO_AUTH_TOKEN", "TWILIO_FROM_NUMBER"])
def test_invite_needs_twilio_settings(cli: sessionmaker, tmp_path: Path, unset: str,
                                      capsys: pytest.CaptureFixture,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(unset)
    (tmp_path / "list.csv").write_text("07700900001\n")
    code, _, err = run(capsys, "invite", "TEST1", str(tmp_path / "list.csv"), "--yes")
    assert code == 2 and "Twilio is not set up" in err


@pytest.mark.parametrize("status, message", [
    (None, "no consultation with code TEST1"), ("closed", "TEST1 is closed, not live")])
def test_invite_needs_a_live_consultation(cli: sessionmaker, tmp_path: Path, status: str,
                                          message: str, capsys: pytest.CaptureFixture) -> None:
    if status:
        load_test_consultation(cli, status=status)
    (tmp_path / "list.csv").write_text("07700900001\n")
    code, _, err = run(capsys, "invite", "TEST1", str(tmp_path / "list.csv"), "--yes")
    assert (code, err.strip()) == (2, f"error: {message}: launch it before inviting anyone"
                                   if status else f"error: {message}")


def test_invite_file_problems_and_confirmation(cli: sessionmaker, tmp_path: Path,
                                               capsys: pytest.CaptureFixture) -> None:
    load_test_consultation(cli)
    code, _, err = run(capsys, "invite", "TEST1", str(tmp_path / "missing.csv"))
    assert code == 2 and "no such file" in err
    (tmp_path / "wide.csv").write_text("name,tel\nA,07700900001\n")
    code, _, err = run(capsys, "invite", "TEST1", str(tmp_path / "wide.csv"))
    assert code == 2 and "no phone column" in err
    (tmp_path / "list.csv").write_text("07700900001\n")
    code, _, err = run(capsys, "invite", "TEST1", str(tmp_path / "list.csv"))  # stdin: no tty
    assert code == 2 and "add --yes" in err
    assert contact_rows(cli) == {}  # asking first wrote nothing


def test_ctrl_c_stops_cleanly_and_a_rerun_resumes(
        sqlite_url: str, sqlite_factory: sessionmaker, tmp_path: Path) -> None:
    load_test_consultation(sqlite_factory)
    (tmp_path / "list.csv").write_text("\n".join(e164(i) for i in range(200)) + "\n")
    with FakeTwilio(SID, TOKEN, latency=0.05) as fake:
        env, command = cli_env(sqlite_url, fake), invite_command(tmp_path / "list.csv")
        first = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, text=True,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        while len(fake.sent) < 50:
            time.sleep(0.005)
        first.send_signal(signal.SIGINT)
        out, err = first.communicate(timeout=30)
        assert first.returncode == 130, err
        assert "stopping after the messages in flight" in err and "Traceback" not in err
        assert "run the same command again to carry on" in out
        assert "sending" not in {s for s, _ in contact_rows(sqlite_factory).values()}
        second = subprocess.run(command, cwd=PROJECT_ROOT, env=env, text=True,
                                capture_output=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert Counter(m["to"] for m in fake.sent) == Counter(e164(i) for i in range(200))


def test_outside_the_window_the_numbers_are_added_and_wait_for_it(
        cli: sessionmaker, fake: FakeTwilio, tmp_path: Path, capsys: pytest.CaptureFixture,
        monkeypatch: pytest.MonkeyPatch) -> None:
    load_test_consultation(cli)
    (tmp_path / "list.csv").write_text("\n".join(e164(i) for i in range(1, 6)) + "\n")
    window = closed_now()
    monkeypatch.setenv("SB_SEND_WINDOW", window)
    code, out, err = run(capsys, "invite", "test1", str(tmp_path / "list.csv"))  # not asked
    opens, closes = window.split("-")
    assert code == 75, err
    assert re.fullmatch(
        rf"Invitations go only between {opens} and {closes} UK time \(SB_SEND_WINDOW\); it is "
        rf"\d\d:\d\d now\. 5 still to send: run the same command after {opens} to send "
        rf"them\.\n", err), err
    assert "stopped: 0 sent" in out and fake.sent == []
    assert {status for status, _ in contact_rows(cli).values()} == {"pending"}
    monkeypatch.setenv("SB_SEND_WINDOW", "00:00-24:00")  # the window opens: the same command
    code, out, err = run(capsys, "invite", "test1", str(tmp_path / "list.csv"), "--yes")
    assert code == 0 and err == "" and "done: 5 sent" in out
    assert sorted(m["to"] for m in fake.sent) == [e164(i) for i in range(1, 6)]
