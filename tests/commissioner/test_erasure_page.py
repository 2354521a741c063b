"""Admins erase a respondent's data from the browser (SQLite and PostgreSQL): found by
the number they texted from or their respondent_ref, confirmed with a case reference,
only what this organisation holds, audited without the number, and the data is gone."""

from __future__ import annotations

import re
from typing import Callable, Dict, Tuple

import pytest
import requests
from sqlalchemy import func, select, text

from bot.config import load_settings
from bot.db import turn_lock
from bot.db.models import AuditEntry, Consultation, Contact, Participation, Respondent
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.engine.conversation import handle_message
from bot.engine.turns import Inbound
from bot.trust import identity
from bot.trust.pseudonym import pseudonym
from tests.commissioner.live import Browser
from tests.commissioner.world import PASSWORD, World, reference
from tests.held_turns import LIMIT, HeldTurn, InThread

PHONE = "+447700900555"  # took part by SMS in both organisations' consultations
IN_BOTH = "+447700900556"  # so did this one, looked for by reference
OLD_EXPORT = "+447700900557"  # took part here, looked for by an old export's reference
BUSY = "+447700900558"  # took part here, and a turn of theirs is stuck as they are erased
SAR = "SAR-2026-17"


def _db(world: World):  # type: ignore[no-untyped-def]
    return unit_of_work(make_session_factory(make_engine(world.database_url)))


def take_part(world: World, code: str, phone: str) -> None:
    settings = load_settings({"SB_DATABASE_URL": world.database_url})
    who = identity.phone_pseudonym(settings.pseudonym_secret, phone)
    factory = make_session_factory(make_engine(world.database_url))
    for message, intent in ((code, "start_consultation"), ("yes", ""), ("19", ""), ("LS6", ""),
                            ("yes", ""), ("pharmacy", ""), ("stop", "stop")):
        with unit_of_work(factory) as db:
            handle_message(db, settings, Inbound(message, "twilio", who, intent, 0.95))
    with unit_of_work(factory) as db:  # and they were invited to it
        consultation = db.scalar(select(Consultation).where(Consultation.code == code))
        db.add(Contact(consultation_id=consultation.id, phone=phone, status="sent"))


def held(world: World, phone: str) -> Dict[str, int]:
    secret = load_settings({}).pseudonym_secret
    who = identity.phone_pseudonym(secret, phone)
    with _db(world) as db:
        rows = db.execute(
            select(Consultation.code, func.count()).join(Participation).join(Respondent)
            .where(Respondent.pseudonym == who).group_by(Consultation.code)).all()
        found = {code: n for code, n in rows}
        found["contacts"] = db.scalar(select(func.count()).select_from(Contact)
                                      .where(Contact.phone == phone))
    return found


@pytest.fixture(scope="module")
def admin(app: Tuple[World, str]) -> Browser:
    world, base = app
    take_part(world, world.own.code, PHONE)
    take_part(world, world.foreign.code, PHONE)
    browser = Browser(base)
    assert browser.sign_in(world.own.users["admin"], PASSWORD).status_code == 303
    return browser


def test_an_admin_erases_someone_by_their_number_and_only_their_own_organisations_data(
        app: Tuple[World, str], admin: Browser) -> None:
    world, _ = app
    assert held(world, PHONE) == {world.own.code: 1, world.foreign.code: 1, "contacts": 2}
    found = admin.post("/erasure", {"kind": "phone", "value": "07700 900555"},
                       form_from="/erasure")
    assert found.status_code == 200
    assert world.own.code in found.text and "<td>SMS</td>" in found.text  # not "twilio"
    # the day as people write it, as every other page: "5 December 2026", not "2026-12-05"
    assert re.search(r"<td>\d{1,2} [A-Z][a-z]+ \d{4}</td></tr>", found.text)
    assert not re.search(r"<td>\d{4}-\d{2}-\d{2}</td>", found.text)
    assert "Invitations to their number: 1." in found.text
    assert world.foreign.code not in found.text  # nothing of the other organisation's
    respondent = found.text.split('name="respondent" value="')[1][:64]
    own_ref = reference(world.database_url, world.own.code, respondent)
    assert f"Respondent <code>{own_ref}</code>" in found.text  # as its exports show them

    unclear = admin.post("/erasure/confirm", {"respondent": respondent,
                                              "reason": "Jane Smith asked"}, form_from="/erasure")
    assert unclear.status_code == 422 and "no names" in unclear.text
    assert held(world, PHONE)[world.own.code] == 1  # nothing erased yet

    done = admin.post("/erasure/confirm", {"respondent": respondent, "reason": SAR},
                      form_from="/erasure")
    assert done.status_code == 200
    assert "Erased 1 participation(s) and 1 invitation(s)" in done.text
    # No SB_RASA_API_TOKEN here (nor in deploy/): the chat is queued for Rasa's own sweep.
    assert ("Their conversations in the assistant: queued, and erased by the assistant "
            "within a few minutes") in done.text
    with _db(world) as db:
        assert db.execute(text("SELECT conversation FROM rasa_erasure")).scalars().all() == [
            f"twilio:{respondent}"]
    assert held(world, PHONE) == {world.foreign.code: 1, "contacts": 1}  # theirs is theirs
    with _db(world) as db:
        entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "erase"))
        assert entry.actor == world.own.users["admin"]
        assert entry.organisation_id == db.scalar(
            select(Consultation.organisation_id).where(Consultation.code == world.own.code))
        assert entry.detail == f"{own_ref} participations=1 contacts=1 {SAR}"
        everything = " ".join(str(value) for row in db.execute(text(
            "SELECT actor, action, detail FROM audit_log")) for value in row)
    for trace in (PHONE, PHONE[1:], "7700 900555", "7700900555"):
        assert trace not in everything

    again = admin.post("/erasure", {"kind": "phone", "value": PHONE}, form_from="/erasure")
    assert again.status_code == 404 and "Nobody with that number" in again.text


def test_an_admin_finds_someone_by_reference_never_another_organisations(
        app: Tuple[World, str], admin: Browser) -> None:
    world, _ = app
    secret = load_settings({}).pseudonym_secret
    own = reference(world.database_url, world.own.code,
                    pseudonym(secret, "rest", f"{world.own.code}-3"))
    foreign = reference(world.database_url, world.foreign.code,
                        pseudonym(secret, "rest", f"{world.foreign.code}-3"))
    shown = admin.post("/erasure", {"kind": "reference", "value": own.upper()},
                       form_from="/erasure")
    assert shown.status_code == 200 and f"<code>{own}</code>" in shown.text
    hidden = admin.post("/erasure", {"kind": "reference", "value": foreign},
                        form_from="/erasure")
    assert hidden.status_code == 404 and world.foreign.code not in hidden.text
    # a foreign respondent's full pseudonym posted straight to the confirm step: refused
    full = pseudonym(secret, "rest", f"{world.foreign.code}-3")
    forged = admin.post("/erasure/confirm", {"respondent": full, "reason": SAR},
                        form_from="/erasure")
    assert forged.status_code == 404
    with _db(world) as db:
        assert db.scalar(select(Respondent).where(Respondent.pseudonym == full)) is not None


def test_another_organisations_reference_for_someone_of_ours_finds_nobody(
        app: Tuple[World, str], admin: Browser) -> None:
    """One person, in both organisations' consultations: each knows them by its own
    respondent_ref, and the other's (or the service-wide one exports showed before
    migration 0018) cannot be used to find them here."""
    world, _ = app
    take_part(world, world.own.code, IN_BOTH)
    take_part(world, world.foreign.code, IN_BOTH)
    who = identity.phone_pseudonym(load_settings({}).pseudonym_secret, IN_BOTH)
    own = reference(world.database_url, world.own.code, who)
    foreign = reference(world.database_url, world.foreign.code, who)
    assert own != foreign
    with _db(world) as db:  # each export shows its own
        assert dict(db.execute(text(
            "SELECT consultation_code, respondent_ref FROM answers_flat WHERE respondent_ref "
            "IN (:own, :foreign) GROUP BY consultation_code, respondent_ref"),
            {"own": own, "foreign": foreign}).all()) == {world.own.code: own,
                                                          world.foreign.code: foreign}
    for theirs in (foreign, who[:12]):
        hidden = admin.post("/erasure", {"kind": "reference", "value": theirs},
                            form_from="/erasure")
        assert hidden.status_code == 404 and "Nobody with that reference" in hidden.text
    shown = admin.post("/erasure", {"kind": "reference", "value": own}, form_from="/erasure")
    assert shown.status_code == 200 and f"<code>{own}</code>" in shown.text
    assert foreign not in shown.text and who[:12] not in shown.text.replace(who, "")


def test_a_reference_from_an_export_made_before_0018_says_how_to_find_them(
        app: Tuple[World, str], admin: Browser) -> None:
    """An admin holding an export made before references became the organisation's own
    (its respondent_ref was the first 12 characters of the pseudonym) was told only
    "Nobody with that reference took part": someone who did take part, and whose
    answers are still held, could be told nothing was held. The page says such a
    reference is not found here, and how to find them (their number, or the operator's
    `bot erase`), and still finds nobody by it."""
    world, _ = app
    who = identity.phone_pseudonym(load_settings({}).pseudonym_secret, OLD_EXPORT)
    take_part(world, world.own.code, OLD_EXPORT)
    old = admin.post("/erasure", {"kind": "reference", "value": who[:12]}, form_from="/erasure")
    assert old.status_code == 404 and "Nobody with that reference" in old.text
    assert "export made before" in old.text and "python -m bot erase" in old.text
    assert "the number they texted from" in old.text
    assert f"<code>{reference(world.database_url, world.own.code, who)}</code>" not in old.text


@pytest.mark.parametrize("kind, value", [("phone", "not a number"), ("phone", ""),
                                         ("reference", "abc"), ("reference", "x" * 64),
                                         ("reference", "0" * 13), ("reference", "0" * 64)])
def test_what_is_not_a_number_or_reference_is_said_so(admin: Browser, kind: str,
                                                      value: str) -> None:
    response = admin.post("/erasure", {"kind": kind, "value": value}, form_from="/erasure")
    assert response.status_code == 422 and 'class="error-summary"' in response.text


def test_only_admins_see_the_erasure_page(app: Tuple[World, str]) -> None:
    world, base = app
    for role, allowed in (("admin", True), ("author", False), ("analyst", False)):
        browser = Browser(base)
        browser.sign_in(world.own.users[role], PASSWORD)
        assert ('href="/erasure"' in browser.get("/consultations").text) is allowed
        assert browser.get("/erasure").status_code == (200 if allowed else 403)
    assert requests.get(f"{base}/erasure", allow_redirects=False, timeout=30).status_code == 303


def test_an_erasure_while_a_turn_of_theirs_is_stuck_erases_nothing_and_says_try_again(
        app: Tuple[World, str], admin: Browser, hold: Callable[[], HeldTurn],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The erasure waits for a turn of theirs under way (the turn lock), but not for ever:
    one stuck past the lock's bound (0.2 s here) leaves everything as it was, and the
    admin is told to try again, not shown a server error."""
    world, _ = app
    if not world.database_url.startswith("postgresql"):
        pytest.skip("SQLite waits for its one writer up to the busy timeout (15 s)")
    take_part(world, world.own.code, BUSY)
    settings = load_settings({"SB_DATABASE_URL": world.database_url})
    who = identity.phone_pseudonym(settings.pseudonym_secret, BUSY)
    factory = make_session_factory(make_engine(world.database_url))
    monkeypatch.setattr(turn_lock, "TURN_LOCK_WAIT_SECONDS", 0.2)
    held_turn = hold()

    def turn() -> None:
        with unit_of_work(factory) as db:
            handle_message(db, settings, Inbound("hello", "twilio", who))

    stuck = InThread(turn)
    assert held_turn.reached.wait(LIMIT)
    asked = {"respondent": who, "reason": SAR}
    busy = admin.post("/erasure/confirm", asked, form_from="/erasure")
    assert busy.status_code == 409
    assert "under way at this moment, so nothing was erased. Try again in a minute." in busy.text
    assert held(world, BUSY) == {world.own.code: 1, "contacts": 1}
    held_turn.go()
    stuck.outcome()
    done = admin.post("/erasure/confirm", asked, form_from="/erasure")
    assert done.status_code == 200 and "Erased 1 participation(s)" in done.text
    assert held(world, BUSY) == {"contacts": 0}
