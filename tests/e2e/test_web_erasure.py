"""A web chat erased on request reaches Rasa's record too (issue 8, complete erasure).

A web chat's id in Rasa ("rest:<key>") is known to the browser, and the respondent's
pseudonym is an HMAC of it that cannot be undone, so the id is kept with the
participation (migration 0013). Real Rasa and action servers, Rasa's SQL tracker store
on its own SQLite file apart from the answers': after `python -m bot erase` the
patient's words are in no table of either database, nor in either file.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import Iterator, List

import pytest
from sqlalchemy import inspect, text

from bot.db.session import make_engine
from tests.closing import REFERENCE, closed_on_the_web
from tests.e2e import early
from tests.e2e.conftest import Servers, loaded_servers
from tests.e2e.helpers import answers_of, erase, export_ref, ref, rows
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fake_twilio import FakeTwilio

pytestmark = pytest.mark.e2e
# Words no redaction removes (no personal data), found nowhere else: what is searched for
# after erasure.
WORDS = "the nurse sorted it in minutes, quuxworthy zebedeeish care"


@early.stack_of(__name__)
@contextlib.contextmanager
def on_sql_stack(folders: pytest.TempPathFactory, fake_twilio: FakeTwilio,
                 fake_telegram: FakeTelegram) -> Iterator[Servers]:
    folder = folders.mktemp("web-erasure")
    tracker = folders.mktemp("tracker") / "rasa-tracker.db"
    with loaded_servers(folder, f"sqlite:///{folder / 'sounding-board.db'}", fake_twilio,
                        fake_telegram, SB_TRACKER_URL=f"sqlite:///{tracker}",
                        SB_RASA_ERASURE_SECONDS="0.5") as running:
        yield running


@pytest.fixture(scope="module")
def on_sql(tmp_path_factory: pytest.TempPathFactory, fake_twilio: FakeTwilio,
           fake_telegram: FakeTelegram) -> Iterator[Servers]:
    """The stack, started early (tests/e2e/early.py) or now."""
    with early.ready(__name__, tmp_path_factory, fake_twilio, fake_telegram,
                     lambda running: running.processes) as running:
        yield running


@pytest.fixture(scope="module")
def tracker_file(on_sql: Servers) -> Path:
    """Rasa's tracker store, a SQLite file apart from the answers'."""
    return Path(on_sql.env["SB_TRACKER_URL"][len("sqlite:///"):])


def found_in_tables(url: str, needles: List[str]) -> List[str]:
    """Every table and column of the database at `url` holding one of `needles`."""
    engine = make_engine(url, pooled=False)
    hits = []
    try:
        with engine.connect() as connection:
            for table in inspect(connection).get_table_names():
                for row in connection.execute(text(f'SELECT * FROM "{table}"')).mappings():
                    hits += [f"{table}.{column}" for column, value in row.items()
                             if any(needle in str(value) for needle in needles)]
    finally:
        engine.dispose()
    return hits


def took_part(on_sql: Servers, tracker_file: Path) -> str:
    """A web chat's issued id, its consultation done, its words in both databases."""
    sender = on_sql.new_conversation()
    for message in ("TEST1", "yes", "19", "skip", "no", "4", "skip", "3", "good"):
        on_sql.say(sender, message)
    said = on_sql.texts(sender, WORDS)
    assert closed_on_the_web(said)
    # the reference the patient is shown is the one an erasure finds them by, once this
    # chat is gone and "delete my answers" in a new one would find nothing
    shown = REFERENCE.fullmatch(said[-1])
    assert shown is not None and shown.group(2) == export_ref(on_sql, ref(on_sql, sender))
    assert ("fft_why", "answered", WORDS, 1) in answers_of(on_sql, sender)
    assert found_in_tables(f"sqlite:///{tracker_file}", ["quuxworthy"]) == [
        "rasa_record.events"]  # Rasa has it
    return sender


def test_an_erasure_request_deletes_the_web_chat_in_rasa_too(on_sql: Servers,
                                                             tracker_file: Path) -> None:
    sender = took_part(on_sql, tracker_file)
    reference = export_ref(on_sql, ref(on_sql, sender))  # as an export shows it
    done = erase(on_sql, reference, "SAR-77")
    assert done.returncode == 0, done.stderr
    assert "erased 1 participation(s)" in done.stdout
    assert "rest chat in Rasa: erased" in done.stdout and "queued" not in done.stdout
    assert nothing_left(on_sql, tracker_file, sender)


def test_an_erasure_without_rasas_token_is_done_by_rasa_itself(on_sql: Servers,
                                                               tracker_file: Path) -> None:
    """As the commissioner app is deployed (no SB_RASA_API_TOKEN): the erasure queues the
    chat, and the Rasa server's sweep forgets it."""
    sender = took_part(on_sql, tracker_file)
    done = erase(on_sql, export_ref(on_sql, ref(on_sql, sender)), "SAR-78", token=False)
    assert done.returncode == 0, done.stderr
    assert "chat in Rasa: queued, and erased by the assistant" in done.stdout
    deadline = time.monotonic() + 30
    # Read from the file: asking Rasa would start a new session of the chat.
    while found_in_tables(f"sqlite:///{tracker_file}", ["quuxworthy"]):
        assert time.monotonic() < deadline, "Rasa's sweep never forgot the chat"
        time.sleep(0.3)
    while rows(on_sql, "SELECT conversation FROM rasa_erasure"):
        assert time.monotonic() < deadline, "the erasure stayed queued"
        time.sleep(0.3)
    assert nothing_left(on_sql, tracker_file, sender)


def nothing_left(on_sql: Servers, tracker_file: Path, sender: str) -> bool:
    key = sender.split(".")[0]
    tracker_url = f"sqlite:///{tracker_file}"
    needles = ["quuxworthy", "zebedeeish", key]
    assert found_in_tables(on_sql.database_url, needles) == []
    assert found_in_tables(tracker_url, needles) == []
    for database in (Path(on_sql.database_url[len("sqlite:///"):]), tracker_file):
        for path in database.parent.glob(database.name + "*"):  # the file and its WAL
            assert b"quuxworthy" not in path.read_bytes(), path.name
    # What Rasa itself now has of the chat: nothing they said (asking makes a new session).
    assert [e for e in on_sql.tracker_events(sender) if e["event"] in ("user", "bot")] == []
    return True
