"""Two of the same write at the same moment (a double click, two tabs, two authors on two
replicas): one is made, the other is told why not; never a server error."""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Dict

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from bot.commissioner import accounts
from bot.commissioner.accounts import AccountError
from bot.commissioner.authoring import Refused, save
from bot.commissioner.guard import Principal
from bot.db.models import Consultation, Contact, Organisation
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.outreach.contacts import parse_contacts
from bot.outreach.invitations import InvitationError, prepare_invitations
from bot.reporting import publication
from bot.scripts import store
from bot.scripts.script import load_script
from tests.conftest import PROJECT_ROOT, settings_for

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()


def test_the_second_of_two_saves_at_once_is_told_the_code_is_taken(database_url: str) -> None:
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        organisation = Organisation(name="NHS Test ICB")
        db.add(organisation)
        db.flush()
        who = Principal(1, "author@example.nhs.uk", "author", organisation.id,
                        "NHS Test ICB", 8)
    first = factory()
    assert save(first, who, SCRIPT, None) == "TEST1"  # written, not yet committed
    outcome: Dict[str, str] = {}

    def second() -> None:
        try:
            with unit_of_work(factory) as db:
                outcome["saved"] = save(db, who, SCRIPT, None)
        except Refused as refused:
            outcome["refused"] = " ".join(str(error) for error in refused.errors)
        except Exception as error:  # noqa: BLE001 - what the app would have answered with 500
            outcome["error"] = type(error).__name__

    racing = threading.Thread(target=second)
    racing.start()
    time.sleep(1.0)  # the second has found no TEST1 and waits on the first's row
    first.commit()
    first.close()
    racing.join(20)
    with unit_of_work(factory) as db:
        saved = db.scalar(select(func.count()).select_from(Consultation))
    engine.dispose()
    assert outcome == {"refused": "line 2, code: TEST1 is already in use; choose another "
                                  "code, or edit TEST1 if it is yours"}
    assert saved == 1


def test_the_second_of_two_publishes_at_once_is_told_it_was_just_published(
        database_url: str) -> None:
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        consultation = store.save_script(db, load_script(SCRIPT), SCRIPT, status="closed")
        organisation = consultation.organisation_id
    first = factory()
    assert publication.publish(first, organisation, "TEST1", "We opened on Saturdays.", 8,
                               "author@example.nhs.uk") is not None
    first.flush()  # written, not yet committed
    outcome: Dict[str, str] = {}

    def second() -> None:
        try:
            with unit_of_work(factory) as db:
                publication.publish(db, organisation, "TEST1", "We opened on Saturdays.", 8,
                                    "author@example.nhs.uk")
            outcome["published"] = "yes"
        except publication.PublishError as refused:
            outcome["refused"] = str(refused)
        except Exception as error:  # noqa: BLE001 - what the app would have answered with 500
            outcome["error"] = type(error).__name__

    racing = threading.Thread(target=second)
    racing.start()
    time.sleep(1.0)
    first.commit()
    first.close()
    racing.join(20)
    with unit_of_work(factory) as db:
        kept = publication.published(db, "TEST1")
    engine.dispose()
    assert outcome == {"refused": "it was published a moment ago, perhaps by someone else: "
                                  "reload the page to see it, then publish again to change it"}
    assert kept is not None and kept["we_did"] == "We opened on Saturdays."


def both_at_once(factory: sessionmaker, write: Callable[[Session], Any]) -> Dict[str, str]:
    """`write` in a transaction left open, and again in another, which finds nothing of
    the first and waits on its rows; then the first commits. What the second came to."""
    first = factory()
    write(first)
    first.flush()
    outcome: Dict[str, str] = {}

    def second() -> None:
        try:
            with unit_of_work(factory) as db:
                write(db)
            outcome["done"] = "yes"
        except (AccountError, InvitationError) as refused:
            outcome["refused"] = str(refused)
        except Exception as error:  # noqa: BLE001 - what the app would have answered with 500
            outcome["error"] = type(error).__name__

    racing = threading.Thread(target=second)
    racing.start()
    time.sleep(1.0)
    first.commit()
    first.close()
    racing.join(20)
    return outcome


def test_the_second_of_two_new_accounts_at_once_is_told_it_exists(database_url: str) -> None:
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        organisation_id = accounts.organisation_named(db, "NHS Test ICB").id

    def add(db: Session) -> None:
        accounts.create_user(db, db.get(Organisation, organisation_id), "new@example.nhs.uk",
                             "analyst", "a long enough passphrase 42")

    outcome = both_at_once(factory, add)
    engine.dispose()
    assert outcome == {"refused": "there is already an account for new@example.nhs.uk"}


def test_the_second_of_two_lists_at_once_is_told_they_were_just_added(
        database_url: str) -> None:
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    settings = settings_for(database_url)
    with unit_of_work(factory) as db:
        store.save_script(db, load_script(SCRIPT), SCRIPT, status="live")
    numbers = parse_contacts("phone\n07700 900123\n07700 900456\n")

    def prepare(db: Session) -> None:
        prepare_invitations(db, settings, "TEST1", numbers, actor="author@example.nhs.uk")

    outcome = both_at_once(factory, prepare)
    with unit_of_work(factory) as db:
        kept = db.scalar(select(func.count()).select_from(Contact))
    engine.dispose()
    assert outcome == {"refused": "some of these numbers were added a moment ago, perhaps by "
                                  "someone else: nothing was added now; add the list again "
                                  "to see which are new"}
    assert kept == 2
