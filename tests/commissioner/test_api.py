"""The JSON API on SQLite and PostgreSQL: documented truthfully, right numbers with small
ones hidden, and exports that are complete, audited and safe in a spreadsheet."""

from __future__ import annotations

import copy
import csv
import io
import re
from typing import Any, Dict, Tuple

import pytest
import requests
from jsonschema import Draft7Validator, RefResolver
from sqlalchemy import select, update

from bot.commissioner.app import create_app
from bot.commissioner.dashboard import CHANNEL_NAMES
from bot.config import load_settings
from bot.db.models import AuditEntry, Organisation
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.reporting.queries import EXPORT_COLUMNS
from tests.commissioner.live import Browser
from tests.commissioner.world import PASSWORD, World

App = Tuple[World, str]


def get(app: App, path: str, role: str = "analyst") -> requests.Response:
    world, base = app
    return requests.get(base + path, timeout=60,
                        headers={"Authorization": f"Bearer {world.own.tokens[role]}"})


def _json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema (nullable becomes a null alternative)."""
    if isinstance(node, dict):
        out = {k: _json_schema(v) for k, v in node.items() if k != "nullable"}
        if node.get("nullable"):
            return {"anyOf": [out, {"type": "null"}]}
        return out
    if isinstance(node, list):
        return [_json_schema(v) for v in node]
    return node


def test_every_api_route_is_documented_and_nothing_else(app: App) -> None:
    document = get(app, "/api/v1/openapi.json").json()
    routes = create_app(load_settings({"SB_DATABASE_URL": "sqlite:///:memory:"})).router.routes
    served = {"/" + r.path.replace("<code:str>", "{code}") for r in routes
              if r.path.startswith("api/v1")}
    assert served == set(document["paths"])
    for path, item in document["paths"].items():
        assert set(item) == {"get"}, path  # the API is read-only


def test_responses_match_the_document(app: App) -> None:
    world, _ = app
    document = _json_schema(copy.deepcopy(get(app, "/api/v1/openapi.json").json()))
    resolver = RefResolver.from_schema(document)
    for path, item in document["paths"].items():
        content = item["get"]["responses"]["200"].get("content", {})
        if "application/json" not in content or path.endswith("openapi.json"):
            continue
        response = get(app, path.replace("{code}", world.own.code), role="admin")
        assert response.status_code == 200, path
        schema = content["application/json"]["schema"]
        errors = list(Draft7Validator(schema, resolver=resolver).iter_errors(response.json()))
        assert not errors, (path, errors[:2])


def by_label(rows: list) -> Dict[Any, Any]:
    return {row["label"]: row["count"] for row in rows}


def test_participation_counts_and_breakdowns(app: App) -> None:
    detail = get(app, "/api/v1/consultations/own1").json()  # codes are not case-sensitive
    assert (detail["participations"], detail["completed"]) == (39, 30)
    assert detail["completion_percent"] == 76.9
    assert by_label(detail["breakdowns"]["channel"]) == {"rest": 29, "twilio": 10}
    assert by_label(detail["breakdowns"]["age_band"]) == {"16-17": 10, "18-24": 29}
    # BD1 has 2 people: hidden, and LS1 (8) with it, or 39 - 29 would give BD1 away
    assert by_label(detail["breakdowns"]["area"]) == {"BD1": "*", "LS1": "*", "LS6": 29}
    assert [r["percent"] for r in detail["breakdowns"]["area"]] == [None, None, 74.4]


def test_question_counts_hide_small_numbers_across_breakdowns(app: App) -> None:
    questions = {q["key"]: q for q in get(app, "/api/v1/consultations/OWN1/questions").json()}
    used = questions["used_service"]
    assert used["answered"] == 39 and by_label(used["options"]) == {"Yes": 29, "No": 10}
    ease = by_label(questions["ease"]["options"])
    assert ease[1] == "*" and ease[3] == 0 and "*" in (ease[2], ease[4], ease[5])
    # 2 of the 10 on SMS said No: hidden in the channel table, with enough around it
    twilio = next(g for g in used["breakdowns"]["channel"] if g["label"] == "twilio")
    assert by_label(twilio["options"])["No"] == "*"
    assert sum(1 for g in used["breakdowns"]["channel"] for o in g["options"]
               if o["count"] == "*") >= 2
    assert questions["wait_days"]["summary"]["median"] in (2.0, 3.0)


FIGURES = ("median", "lower_quartile", "upper_quartile")


def test_a_number_question_gives_medians_and_quartiles_by_group_never_a_mean(app: App) -> None:
    """wait_days: 2 × 0, 8 × 2, 12 × 3, 8 × 10 days. BD1's 2 (who waited 0 days) are hidden,
    and nothing is said of them; a mean beside each count would have given them away."""
    wait = next(q for q in get(app, "/api/v1/consultations/OWN1/questions").json()
                if q["key"] == "wait_days")
    assert wait["summary"] == dict(zip(FIGURES, (3, 2, 8), strict=True))
    ages = {g["label"]: g["summary"] for g in wait["breakdowns"]["age_band"]}
    assert ages == {"16-17": dict(zip(FIGURES, (10, 10, 10), strict=True)),
                    "18-24": dict(zip(FIGURES, (3, 2, 3), strict=True))}
    areas = {g["label"]: (g["answered"], g["summary"]) for g in wait["breakdowns"]["area"]}
    assert areas["BD1"] == ("*", {})
    for groups in wait["breakdowns"].values():
        for group in groups:
            assert bool(group["summary"]) == (group["answered"] != "*"), group
            assert set(group["summary"]) <= set(FIGURES)


def test_organisation_threshold_and_fft_scores_as_nhs_england_computes_them(app: App) -> None:
    world, _ = app
    engine = make_engine(world.database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        db.execute(update(Organisation).where(Organisation.name == world.own.name)
                   .values(suppression_threshold=1))
    try:
        fft = next(q for q in get(app, "/api/v1/consultations/OWN1/questions").json()
                   if q["key"] == "fft")
        assert by_label(fft["options"]) == {"Very good": 12, "Good": 8,
                                            "Neither good nor poor": 0, "Poor": 8,
                                            "Very poor": 2, "Don't know": 0}
        # (Very good + Good) and (Poor + Very poor) of all 30 responses
        assert fft["summary"] == {"positive_percent": 66.7, "negative_percent": 33.3}
        assert get(app, "/api/v1/me").json()["suppression_threshold"] == 1
    finally:
        with unit_of_work(factory) as db:
            db.execute(update(Organisation).values(suppression_threshold=None))
        engine.dispose()
    fft = next(q for q in get(app, "/api/v1/consultations/OWN1/questions").json()
               if q["key"] == "fft")
    assert by_label(fft["options"])["Very poor"] == "*"
    assert None in fft["summary"].values()  # a score would give a hidden count away


def test_funnel_and_reasks(app: App) -> None:
    funnel = get(app, "/api/v1/consultations/OWN1/funnel").json()
    assert (funnel["participations"], funnel["completed"]) == (39, 30)
    assert by_label(funnel["stopped_after"])["Where did you go?"] == 9
    ease = next(r for r in funnel["reasks"] if r["key"] == "ease")
    assert (ease["recorded"], ease["reasked"], ease["reasked_percent"]) == (30, 8, 26.7)
    assert funnel["reasks"][0]["key"] == "ease"  # most re-asked first
    timeline = get(app, "/api/v1/consultations/OWN1/timeline").json()
    assert timeline["started"] == 39 and timeline["period"] == "day"


def test_answer_export_is_complete_safe_and_audited(app: App) -> None:
    world, _ = app
    response = get(app, "/api/v1/consultations/OWN1/export/answers.csv")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    assert response.content.startswith("\ufeff".encode())  # Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert tuple(rows[0]) == EXPORT_COLUMNS
    assert len(rows) - 1 == 30 * 7 - 10 * 1 + 9 * 2  # answers recorded (where skipped by No)
    values = [r[EXPORT_COLUMNS.index("value")] for r in rows[1:]]
    assert "'=1+1 quick" in values and "=1+1 quick" not in values
    engine = make_engine(world.database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        details = list(db.scalars(select(AuditEntry.detail).where(AuditEntry.action == "export")))
    engine.dispose()
    assert "answers OWN1" in details


def test_aggregate_export_has_the_api_numbers(app: App) -> None:
    response = get(app, "/api/v1/consultations/OWN1/export/aggregates.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    area = {r["group"]: r["count"] for r in rows
            if r["section"] == "participation" and r["breakdown"] == "area"}
    assert area == {"BD1": "*", "LS1": "*", "LS6": "29"}
    channel = {r["group"]: r["count"] for r in rows
               if r["section"] == "participation" and r["breakdown"] == "channel"}
    assert channel == {"Web chat": "29", "SMS": "10"}  # not "rest" and "twilio"
    yes = next(r for r in rows if r["question_key"] == "used_service" and r["label"] == "Yes"
               and not r["breakdown"])
    assert (yes["count"], yes["percent"]) == ("29", "74.4")


def test_aggregate_export_has_every_count_the_dashboard_shows(app: App) -> None:
    rows = list(csv.DictReader(io.StringIO(
        get(app, "/api/v1/consultations/OWN1/export/aggregates.csv").content.decode(
            "utf-8-sig"))))
    exported = {(r["section"], r["question_key"], r["breakdown"], r["group"], r["label"]):
                (r["count"], r["percent"]) for r in rows}
    shown = {}  # what the dashboard draws, from the API that serves it the same numbers
    for q in get(app, "/api/v1/consultations/OWN1/questions").json():
        for dimension, groups in q["breakdowns"].items():  # the "Answered" column
            for group in groups:
                label = str(group["label"])
                if dimension == "channel":  # named as the dashboard names it
                    label = CHANNEL_NAMES.get(label, label)
                shown[("question", q["key"], dimension, label, "answered")] = (
                    str(group["answered"]), "")
    timeline = get(app, "/api/v1/consultations/OWN1/timeline").json()
    for point in timeline["points"]:
        for name in ("started", "completed"):
            shown[("timeline", "", timeline["period"], point["start"], name)] = (
                str(point[name]), "")
    for r in get(app, "/api/v1/consultations/OWN1/funnel").json()["reasks"]:
        shown[("asked_again", r["key"], "", "", "asked again")] = (
            str(r["reasked"]), "" if r["reasked_percent"] is None else str(r["reasked_percent"]))
    assert shown and {cell: exported.get(cell) for cell in shown} == shown


@pytest.mark.parametrize("code", ["NOPE1", "FOR1", "for1", "a" * 40, "OWN1%00", "-1"])
def test_unknown_or_foreign_codes_are_not_found(app: App, code: str) -> None:
    response = get(app, f"/api/v1/consultations/{code}")
    assert response.status_code == 404
    assert response.json() == {"error": "no consultation with that code"}


def test_free_text_search(app: App) -> None:
    everything = get(app, "/api/v1/consultations/OWN1/comments").json()
    assert everything["total"] == 30  # fft_why: everyone who finished wrote something
    assert {c["question_key"] for c in everything["comments"]} == {"fft_why"}
    found = get(app, "/api/v1/consultations/OWN1/comments?q=SLOW").json()
    assert found["total"] == 8 and {c["text"] for c in found["comments"]} == {"slow"}
    literal = get(app, "/api/v1/consultations/OWN1/comments?q=%25").json()  # "%" is literal
    assert literal["total"] == 0
    assert get(app, "/api/v1/consultations/OWN1/comments?offset=-1").status_code == 400
    assert get(app, "/api/v1/consultations/OWN1/comments?question=ease").json()["total"] == 0
    assert "channel" not in str(everything) and "area" not in str(everything)


@pytest.mark.parametrize("digits", ["%C2%B2", "%D9%A3", "%EF%BC%93"])  # ², Arabic 3, full-width 3
def test_paging_numbers_in_other_scripts_are_refused_not_a_server_error(app: App,
                                                                        digits: str) -> None:
    comments = get(app, f"/api/v1/consultations/OWN1/comments?offset={digits}")
    assert comments.status_code == 400 and "offset" in comments.json()["error"]
    audit = get(app, f"/api/v1/audit?before={digits}", role="admin")
    assert audit.status_code == 400 and "before" in audit.json()["error"]


@pytest.mark.parametrize("days", ["²", "３", "400", "0", "ninety"])
def test_a_token_lifetime_out_of_range_is_asked_again_with_the_reason(app: App,
                                                                       days: str) -> None:
    world, base = app
    browser = Browser(base)
    assert browser.sign_in(world.own.users["analyst"], PASSWORD).status_code == 303
    response = browser.post("/tokens", {"name": "board paper", "days": days}, form_from="/tokens")
    assert response.status_code == 422 and 'id="new-token"' not in response.text
    assert "a whole number of days from 1 to 366" in response.text


def test_a_token_never_used_says_so(app: App) -> None:
    """A new token's "Last used" was the moment it was made."""
    world, base = app
    browser = Browser(base)
    assert browser.sign_in(world.own.users["author"], PASSWORD).status_code == 303
    made = browser.post("/tokens", {"name": "unused one", "days": "30"}, form_from="/tokens")
    assert made.status_code == 200 and 'id="new-token"' in made.text
    row = re.search(r"<tr><td>unused one</td>(.*?)</tr>", made.text)
    assert row is not None and "<td>never</td>" in row.group(1), made.text[-2000:]


def test_audit_times_carry_their_offset(app: App) -> None:
    """"at": "2026-12-05T11:52:51.607965", with no offset: read an hour out in BST."""
    entries = get(app, "/api/v1/audit", role="admin").json()
    assert entries and all(e["at"].endswith("+00:00") for e in entries), entries[:2]
