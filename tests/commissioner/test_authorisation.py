"""Every endpoint × role × own / foreign organisation × signed out, on SQLite and
PostgreSQL: the right answer each time, and never anything of the other organisation."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass
from typing import Callable, Dict, Optional, Tuple

import pytest
import requests
from markupsafe import escape
from sqlalchemy import func, select, update

from bot.commissioner import accounts
from bot.commissioner.app import create_app
from bot.commissioner.permissions import (
    AUTHOR_SCRIPTS,
    ERASE_DATA,
    EXPORT,
    MANAGE_USERS,
    READ,
    READ_AUDIT,
    can,
)
from bot.config import load_settings
from bot.db.models import ApiToken, AuditEntry, CommissionerUser, Consultation, WebSession
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.scripts import store
from bot.scripts.script import load_script
from bot.trust.pseudonym import pseudonym
from tests.commissioner.live import Browser
from tests.commissioner.world import (
    FOREIGN_MARK,
    PASSWORD,
    ROLES,
    World,
    play,
    reference,
    script_text,
)

PUBLIC = "public"
Data = Callable[[World, str], Dict[str, str]]


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # {code} is the consultation's code
    permission: str
    ok: int  # the status when allowed
    data: Optional[Data] = None
    shows: str = "{code}"  # what an allowed answer contains (own data)

    @property
    def api(self) -> bool:
        return self.path.startswith("/api/")

    @property
    def scoped(self) -> bool:
        return "{code}" in self.path


def _new_script(_world: World, _code: str) -> Dict[str, str]:
    code = "N" + uuid.uuid4().hex[:8].upper()
    return {"script": script_text(code, "New draft")}


def _closed(world: World, code: str) -> Dict[str, str]:
    """Publishing needs a closed consultation: close the own one first (not the foreign)."""
    engine = make_engine(world.database_url)
    with engine.begin() as connection:
        connection.execute(update(Consultation).where(Consultation.code == world.own.code)
                           .values(status="closed"))
    engine.dispose()
    return {"we_did": "We opened on Saturdays."}


def _same_script(_world: World, code: str) -> Dict[str, str]:
    return {"script": script_text(code, "Own consultation")}


def _own_reference(world: World, _code: str) -> Dict[str, str]:
    who = pseudonym(load_settings({}).pseudonym_secret, "rest", f"{world.own.code}-0")
    return {"kind": "reference", "value": reference(world.database_url, world.own.code, who)}


def _someone_to_erase(world: World, _code: str) -> Dict[str, str]:
    """A new respondent of the own organisation, in a consultation of their own (so the
    matrix's counts of the own consultation never change), each time."""
    engine = make_engine(world.database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        if db.scalar(select(Consultation).where(Consultation.code == "ERASE1")) is None:
            text = script_text("ERASE1", "Erasure matrix")
            store.save_script(db, load_script(text), text, status="live",
                              organisation=accounts.organisation_named(db, world.own.name))
    engine.dispose()
    n = uuid.uuid4().int % 10**9
    play(world.database_url, "ERASE1", [("rest", "19", "LS6", ["yes"])], start=n)
    who = pseudonym(load_settings({}).pseudonym_secret, "rest", f"ERASE1-{n}")
    return {"respondent": who, "reason": "SAR-2026-1"}


ENDPOINTS = [
    Endpoint("GET", "/", PUBLIC, 303),
    Endpoint("GET", "/health", PUBLIC, 200),
    Endpoint("GET", "/ready", PUBLIC, 200),  # says only whether the database answers
    Endpoint("GET", "/privacy", PUBLIC, 200),
    Endpoint("GET", "/static/app.css", PUBLIC, 200),
    Endpoint("GET", "/favicon.ico", PUBLIC, 204),
    Endpoint("GET", "/sign-in", PUBLIC, 200),
    Endpoint("GET", "/api/v1/openapi.json", PUBLIC, 200),
    Endpoint("GET", "/api/v1/me", READ, 200, shows="NHS Own ICB"),
    Endpoint("GET", "/api/v1/consultations", READ, 200),
    Endpoint("GET", "/api/v1/consultations/{code}", READ, 200),
    Endpoint("GET", "/api/v1/consultations/{code}/questions", READ, 200, shows="used_service"),
    Endpoint("GET", "/api/v1/consultations/{code}/timeline", READ, 200, shows='"started":39'),
    Endpoint("GET", "/api/v1/consultations/{code}/funnel", READ, 200, shows='"completed":30'),
    Endpoint("GET", "/api/v1/consultations/{code}/export/answers.csv", EXPORT, 200,
             shows="=1+1 quick"),
    Endpoint("GET", "/api/v1/consultations/{code}/export/aggregates.csv", EXPORT, 200,
             shows="question,used_service,,,Yes,29,74.4"),
    Endpoint("GET", "/api/v1/audit", READ_AUDIT, 200, shows="sign_in"),
    Endpoint("GET", "/api/v1/consultations/{code}/comments", READ, 200, shows="=1+1 quick"),
    Endpoint("GET", "/consultations/{code}/comments", READ, 200, shows="=1+1 quick"),
    Endpoint("GET", "/consultations", READ, 200),
    Endpoint("GET", "/consultations/{code}", READ, 200),
    Endpoint("GET", "/consultations/{code}/launch-kit", READ, 200),
    Endpoint("GET", "/audit", READ_AUDIT, 200, shows="sign_in"),
    Endpoint("GET", "/tokens", READ, 200, shows="New token"),
    Endpoint("POST", "/tokens", READ, 200, lambda w, c: {"name": "matrix", "days": "7"}),
    Endpoint("GET", "/consultations/new", AUTHOR_SCRIPTS, 200, shows="Check and save"),
    Endpoint("POST", "/consultations/new", AUTHOR_SCRIPTS, 303, _new_script),
    Endpoint("GET", "/consultations/{code}/edit", AUTHOR_SCRIPTS, 200),
    Endpoint("POST", "/consultations/{code}/edit", AUTHOR_SCRIPTS, 303, _same_script),
    Endpoint("GET", "/consultations/{code}/launch", AUTHOR_SCRIPTS, 200),
    Endpoint("POST", "/consultations/{code}/launch", AUTHOR_SCRIPTS, 303,
             lambda w, c: {"closes": "2099-12-31"}),
    Endpoint("POST", "/consultations/{code}/close", AUTHOR_SCRIPTS, 303),
    Endpoint("POST", "/consultations/{code}/duplicate", AUTHOR_SCRIPTS, 303,
             lambda w, c: {"new_code": "D" + uuid.uuid4().hex[:8].upper()}),
    Endpoint("POST", "/consultations/{code}/publish", AUTHOR_SCRIPTS, 303, _closed),
    Endpoint("POST", "/consultations/{code}/unpublish", AUTHOR_SCRIPTS, 303),
    Endpoint("GET", "/consultations/{code}/invitations", AUTHOR_SCRIPTS, 200,
             shows="Invitations by status"),
    # an upload with no file is refused (422): the role and organisation checks come first
    Endpoint("POST", "/consultations/{code}/invitations", AUTHOR_SCRIPTS, 422),
    Endpoint("POST", "/consultations/{code}/invitations/send", AUTHOR_SCRIPTS, 303),
    Endpoint("POST", "/sign-in", PUBLIC, 401, lambda w, c: {"email": "x@y.z", "password": "no"}),
    Endpoint("POST", "/sign-out", READ, 303),
    Endpoint("POST", "/tokens/{token}/revoke", READ, 303),
    Endpoint("GET", "/users", MANAGE_USERS, 200, shows="analyst@own1.nhs.uk"),
    Endpoint("POST", "/users", MANAGE_USERS, 200,
             lambda w, c: {"email": f"new{uuid.uuid4().hex[:6]}@own1.nhs.uk", "role": "analyst"}),
    Endpoint("POST", "/users/{token}/switch", MANAGE_USERS, 303),
    Endpoint("POST", "/users/{token}/reset", MANAGE_USERS, 200),
    Endpoint("GET", "/account/password", READ, 200, shows='autocomplete="current-password"'),
    # new passwords that differ are refused (422) before any is checked or changed: the
    # matrix's browsers keep their passwords and sessions
    Endpoint("POST", "/account/password", READ, 422,
             lambda w, c: {"current": PASSWORD, "new": "a new long password 1",
                           "again": "a new long password 2"}),
    Endpoint("GET", "/erasure", ERASE_DATA, 200, shows="What do you have?"),
    Endpoint("POST", "/erasure", ERASE_DATA, 200, _own_reference),
    Endpoint("POST", "/erasure/confirm", ERASE_DATA, 200, _someone_to_erase),
]


def _route_key(path: str) -> str:
    number = "<user_id:int>" if path.startswith("/users") else "<token_id:int>"
    return path.replace("{code}", "<code:str>").replace("{token}", number).strip("/")


def test_the_matrix_covers_every_route() -> None:
    app = create_app(load_settings({"SB_DATABASE_URL": "sqlite:///:memory:"}))
    routes = {(method, route.path) for route in app.router.routes for method in route.methods}
    covered = {(e.method, _route_key(e.path)) for e in ENDPOINTS}
    assert routes == covered


def _foreign_free(world: World, response: requests.Response, sent: Tuple[str, ...] = ()) -> None:
    """Nothing of the other organisation's, apart from what this request `sent` itself."""
    body = response.content.decode("utf-8", "replace")
    for own_words in sent:
        body = body.replace(own_words, "")
    for secret in (world.foreign.code, world.foreign.title, world.foreign.name, FOREIGN_MARK,
                   *world.foreign.users.values()):
        assert secret not in body, f"{secret!r} leaked"


Signed = Dict[str, Browser]


@pytest.fixture(scope="module")
def browsers(app: Tuple[World, str]) -> Signed:
    world, base = app
    signed = {}
    for role in ROLES:
        browser = Browser(base)
        assert browser.sign_in(world.own.users[role], PASSWORD).status_code == 303
        signed[role] = browser
    return signed


def _send(browser: Browser, endpoint: Endpoint, world: World, code: str,
          token: Optional[str] = None, path: Optional[str] = None) -> requests.Response:
    path = path or endpoint.path.replace("{code}", code)
    data = endpoint.data(world, code) if endpoint.data else {}
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    if endpoint.method == "GET":
        return browser.get(path, headers=headers)
    if not token and browser.cookies.get("sb_session"):
        data["csrf_token"] = browser.csrf("/tokens")
    return browser.request("POST", path, data=data, headers=headers)


CASES = [(e, role, target) for e in ENDPOINTS if e.permission != PUBLIC and "{token}" not in e.path
         and e.path != "/sign-out" for role, target in itertools.product(ROLES, ("own", "foreign"))
         if target == "own" or e.scoped]


@pytest.mark.parametrize("endpoint, role, target", CASES,
                         ids=[f"{e.method} {e.path} {r} {t}" for e, r, t in CASES])
def test_signed_in_by_session(app: Tuple[World, str], browsers: Signed, endpoint: Endpoint,
                              role: str, target: str) -> None:
    world, _ = app
    code = world.own.code if target == "own" else world.foreign.code
    response = _send(browsers[role], endpoint, world, code)
    _expect(world, endpoint, role, target, response)


API_CASES = [c for c in CASES if c[0].api]


@pytest.mark.parametrize("endpoint, role, target", API_CASES,
                         ids=[f"{e.path} {r} {t}" for e, r, t in API_CASES])
def test_by_api_token(app: Tuple[World, str], endpoint: Endpoint, role: str, target: str) -> None:
    world, base = app
    code = world.own.code if target == "own" else world.foreign.code
    response = _send(Browser(base), endpoint, world, code, token=world.own.tokens[role])
    _expect(world, endpoint, role, target, response)


PAGE_CASES = [(e, role) for e in ENDPOINTS if e.permission != PUBLIC and not e.api
              for role in ROLES]


def _rows(world: World) -> Tuple[int, ...]:
    """How many tokens, accounts, sessions, consultations and audit entries there are."""
    engine = make_engine(world.database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        counted = tuple(db.scalar(select(func.count()).select_from(table)) for table in
                        (ApiToken, CommissionerUser, WebSession, Consultation, AuditEntry))
    engine.dispose()
    return counted


@pytest.mark.parametrize("endpoint, role", PAGE_CASES,
                         ids=[f"{e.method} {e.path} {r}" for e, r in PAGE_CASES])
def test_an_api_token_opens_no_page_and_sends_no_form(app: Tuple[World, str], endpoint: Endpoint,
                                                      role: str) -> None:
    """A token is for the read-only API. Before, it acted as its user on every page and
    form, with no CSRF check: a BI tool's token could make itself another token that
    outlived its revocation, an admin's could add an admin or erase answers."""
    world, base = app
    code = world.own.code
    path = endpoint.path.replace("{code}", code).replace("{token}", "1")
    data = endpoint.data(world, code) if endpoint.data else {}
    before = _rows(world)
    response = requests.request(endpoint.method, base + path, data=data, timeout=30,
                                allow_redirects=False,
                                headers={"Authorization": f"Bearer {world.own.tokens[role]}"})
    if response.status_code == 401:  # a posted script is given back, as to anyone signed out
        assert "nothing was saved" in response.text
    else:
        assert response.status_code == 303, response.text[:300]
        assert response.headers["location"].startswith("/sign-in")
    shown = response.text.replace(str(escape(data.get("script", ""))), "")  # its own, back
    assert world.own.title not in shown and "new-token" not in shown
    assert _rows(world) == before


def _expect(world: World, endpoint: Endpoint, role: str, target: str,
            response: requests.Response) -> None:
    if not can(role, endpoint.permission):
        assert response.status_code == 403, response.text[:300]
    elif target == "foreign":
        assert response.status_code == 404, response.text[:300]
    else:
        assert response.status_code == endpoint.ok, response.text[:300]
        if endpoint.method == "GET":
            assert endpoint.shows.replace("{code}", world.own.code) in response.text
    _foreign_free(world, response)


@pytest.mark.parametrize("endpoint", [e for e in ENDPOINTS if e.permission != PUBLIC],
                         ids=lambda e: f"{e.method} {e.path}")
def test_signed_out_gets_nothing(app: Tuple[World, str], endpoint: Endpoint) -> None:
    world, base = app
    for code in (world.own.code, world.foreign.code):
        path = endpoint.path.replace("{code}", code).replace("{token}", "1")
        data = endpoint.data(world, code) if endpoint.data else {}
        for token in ("", "sb_not-a-token", "Bearer", world.own.tokens["admin"][:-2] + "xx"):
            headers = {"Authorization": f"Bearer {token}"} if token else {}
            response = requests.request(endpoint.method, base + path, data=data,
                                        headers=headers, allow_redirects=False, timeout=30)
            if endpoint.api:
                assert response.status_code == 401
            elif response.status_code == 401:  # the script it posted is given back to copy
                assert 'href="/sign-in?next=' in response.text and "nothing was saved" in \
                    response.text
                echoed = str(escape(data["script"]))
                assert echoed in response.text
                _foreign_free(world, response, sent=(echoed, path))  # nobody else's
                continue
            else:
                assert response.status_code == 303
                assert response.headers.get("location", "").startswith("/sign-in")
            _foreign_free(world, response)


@pytest.mark.parametrize("endpoint", [e for e in ENDPOINTS if e.permission == PUBLIC],
                         ids=lambda e: f"{e.method} {e.path}")
def test_public_pages_need_nobody(app: Tuple[World, str], endpoint: Endpoint) -> None:
    world, base = app
    browser = Browser(base)
    response = _send(browser, endpoint, world, "")
    if endpoint.path == "/sign-in" and endpoint.method == "POST":
        assert response.status_code == 403  # no sign-in form cookie: CSRF refused
    else:
        assert response.status_code == endpoint.ok
    _foreign_free(world, response)


def test_a_token_of_someone_else_cannot_be_revoked(app: Tuple[World, str],
                                                   browsers: Signed) -> None:
    world, base = app
    foreign_token = world.foreign.tokens["analyst"]
    admin = world.own.users["admin"]
    engine = make_engine(world.database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        own_ids = {str(i) for i in db.scalars(select(ApiToken.id).join(CommissionerUser)
                                              .where(CommissionerUser.email == admin))}
        logged_before = db.scalar(select(func.count()).select_from(AuditEntry)
                                  .where(AuditEntry.action == "token_revoked"))
    for token_id in range(1, 20):  # every token id there is, including the foreign ones
        browser = browsers["admin"]
        response = browser.post(f"/tokens/{token_id}/revoke", form_from="/tokens")
        assert response.status_code == 303
    still = requests.get(f"{base}/api/v1/me", timeout=30,
                         headers={"Authorization": f"Bearer {foreign_token}"})
    assert still.status_code == 200 and still.json()["organisation"] == world.foreign.name
    # the audit log says only what happened: "token_revoked 1" was logged for any id
    with unit_of_work(make_session_factory(engine)) as db:
        logged = list(db.scalars(select(AuditEntry.detail)
                                 .where(AuditEntry.action == "token_revoked")
                                 .order_by(AuditEntry.id).offset(logged_before)))
    engine.dispose()
    assert set(logged) == own_ids and len(logged) == len(own_ids)


def test_admins_switch_off_only_their_own_organisations_accounts(app: Tuple[World, str],
                                                                 browsers: Signed) -> None:
    world, base = app
    admin = browsers["admin"]
    for user_id in range(1, 12):  # every account there is, foreign ones included
        assert admin.post(f"/users/{user_id}/switch", form_from="/users").status_code == 303
    foreign = Browser(base)
    assert foreign.sign_in(world.foreign.users["analyst"], PASSWORD).status_code == 303
    assert admin.get("/consultations").status_code == 200  # never switched off themself
    own_analyst = Browser(base)
    assert own_analyst.sign_in(world.own.users["analyst"], PASSWORD).status_code == 401
    for user_id in range(1, 12):  # and back on
        admin.post(f"/users/{user_id}/switch", form_from="/users")
    assert Browser(base).sign_in(world.own.users["analyst"], PASSWORD).status_code == 303


def test_admins_reset_only_their_own_organisations_accounts(app: Tuple[World, str],
                                                            browsers: Signed) -> None:
    """Every account of the other organisation, and numbers of nobody's: 404, and
    nothing changes (the own organisation's are reset in test_password_reset.py, as here
    they would end the matrix's sessions)."""
    world, base = app
    engine = make_engine(world.database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        foreign_ids = list(db.scalars(select(CommissionerUser.id).where(
            CommissionerUser.email.in_(world.foreign.users.values()))))
        last = db.scalar(select(func.max(CommissionerUser.id)))
    engine.dispose()
    assert len(foreign_ids) == len(ROLES)
    admin = browsers["admin"]
    for user_id in (*foreign_ids, last + 1, last + 1000):
        refused = admin.post(f"/users/{user_id}/reset", form_from="/users")
        assert refused.status_code == 404, user_id
        assert "new-password" not in refused.text
        _foreign_free(world, refused)
    for role in ROLES:
        assert Browser(base).sign_in(world.foreign.users[role], PASSWORD).status_code == 303
    with unit_of_work(make_session_factory(engine)) as db:
        # (the matrix's Add makes accounts with one-time passwords: only the world's count)
        assert not db.scalar(select(func.count()).select_from(CommissionerUser).where(
            CommissionerUser.must_change_password.is_(True),
            CommissionerUser.email.in_([*world.own.users.values(),
                                        *world.foreign.users.values()])))
    engine.dispose()
