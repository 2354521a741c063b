"""What an ICB analyst pastes into a board paper: dates as UK readers write them, times in
UK time saying GMT or BST, and CSVs that say what "*" and each percentage mean."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime, timezone
from typing import Tuple

import requests
from sqlalchemy import update

from bot.db.models import Consultation
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.scripts import days
from tests.commissioner.live import Browser
from tests.commissioner.world import PASSWORD, World

App = Tuple[World, str]


def _results_page(app: App) -> str:
    world, base = app
    browser = Browser(base)
    assert browser.sign_in(world.own.users["analyst"], PASSWORD).status_code == 303
    answer = browser.get("/consultations/OWN1")
    assert answer.status_code == 200
    return answer.text


def _set_days(app: App, opens: str, closes: str) -> None:
    world, _ = app
    engine = make_engine(world.database_url)
    with unit_of_work(make_session_factory(engine)) as db:
        db.execute(update(Consultation).where(Consultation.code == "OWN1").values(
            opens_on=days.first_moment(datetime.fromisoformat(opens).date()),
            closes_on=days.last_moment(datetime.fromisoformat(closes).date())))
    engine.dispose()


def test_the_results_page_gives_its_days_as_uk_readers_write_them(app: App) -> None:
    _set_days(app, "2026-07-01", "2026-12-04")
    text = _results_page(app)
    assert "Opens 1 July 2026, closes 4 December 2026." in text
    assert "2026-07-01" not in text and "2026-12-04" not in text


def test_the_results_are_timed_in_uk_time_saying_gmt_or_bst(app: App) -> None:
    before = datetime.now(timezone.utc)
    stamp = re.search(r"Results as at (\d{1,2} [A-Z][a-z]+ \d{4}), (\d\d:\d\d) (GMT|BST)\.",
                      _results_page(app))
    assert stamp, "no 'Results as at' line in UK time"
    local = before.astimezone(days.UK)
    assert stamp.group(3) == local.tzname()
    assert stamp.group(1) == f"{local.day} {local:%B %Y}"


def test_the_timeline_table_is_of_uk_days_written_out(app: App) -> None:
    text = _results_page(app)
    table = text[text.index("<caption>Started and completed per"):]
    table = table[:table.index("</table>")]
    assert "Day (UK)" in table or "Week starting" in table
    assert not re.search(r"\d{4}-\d\d-\d\d", table), table[:300]
    assert re.search(r"<th scope=\"row\">\d{1,2} [A-Z][a-z]+ \d{4}</th>", table)


def _aggregates(app: App) -> str:
    world, base = app
    answer = requests.get(base + "/api/v1/consultations/OWN1/export/aggregates.csv", timeout=60,
                          headers={"Authorization": f"Bearer {world.own.tokens['analyst']}"})
    assert answer.status_code == 200
    return answer.content.decode("utf-8-sig")  # as Excel and pandas read it


def test_the_counts_csv_says_what_a_star_means_and_the_threshold(app: App) -> None:
    rows = list(csv.DictReader(io.StringIO(_aggregates(app))))
    hidden = [r for r in rows if r["count"] == "*"]
    assert hidden, "the world has small numbers to hide"
    for row in hidden:
        assert "hidden" in row["note"] and re.search(r"1 to \d+", row["note"])
    assert all("* hidden" not in r["note"] for r in rows if r["count"] != "*")


def test_every_percentage_in_the_counts_csv_names_its_base(app: App) -> None:
    rows = list(csv.DictReader(io.StringIO(_aggregates(app))))
    with_percent = [r for r in rows if r["percent"] not in ("", "*")
                    and r["label"] not in FIGURES]
    assert with_percent
    for row in with_percent:
        assert row["percent_of"], row
    options = [r for r in rows if r["section"] == "question" and r["label"] == "Yes"
               and not r["breakdown"]]
    assert options[0]["percent_of"] == "those who answered the question"
    figures = [r for r in rows if r["label"] in FIGURES]
    assert figures and all(r["percent_of"] == "" and "not a percentage" in r["note"]
                           for r in figures)


FIGURES = ("median", "lower_quartile", "upper_quartile")


def test_the_counts_csv_gives_medians_and_quartiles_by_group_and_no_mean(app: App) -> None:
    """A board paper quotes "median 3 days (IQR 2 to 8)", and the same for each group whose
    count is shown; BD1 (2 people, hidden) has none, and nothing anywhere is a mean."""
    rows = list(csv.DictReader(io.StringIO(_aggregates(app))))
    wait = {(r["breakdown"], r["group"], r["label"]): r for r in rows
            if r["question_key"] == "wait_days"}
    assert [wait[("", "", name)]["percent"] for name in FIGURES] == ["3", "2", "8"]
    assert [wait[("age_band", "16-17", name)]["percent"] for name in FIGURES] == [
        "10", "10", "10"]
    assert wait[("area", "BD1", "answered")]["count"] == "*"
    assert not any(("area", "BD1", name) in wait for name in FIGURES)
    assert "rounded to a whole number" in wait[("age_band", "18-24", "median")]["note"]
    assert not any("mean" in r["label"] for r in rows)


def test_the_results_page_gives_medians_and_quartiles_and_says_the_rule(app: App) -> None:
    text = _results_page(app)
    assert "Median 3 (interquartile range 2 to 8)." in text
    assert ("for everyone and for each group whose count is shown (8 or more); no mean or "
            "total is given") in text
    table = text[text.index("<caption>wait_days by age band: median and interquartile range"):]
    table = table[:table.index("</table>")]
    assert re.search(r'<th scope="row">16-17</th><td class="num">10</td>'
                     r'(<td class="num">10</td>){3}', table), table
    area = text[text.index("<caption>wait_days by area:"):]
    area = area[:area.index("</table>")]
    assert re.search(r'<th scope="row">BD1</th><td class="num">\*</td>'
                     r'(<td class="num">–</td>){3}', area), area
    assert "Mean" not in text


def test_the_counts_csv_header_is_its_first_line_and_the_note_its_last_column(
        app: App) -> None:
    """Excel and pandas.read_csv take the first line as the headings: no comment lines
    above it, and the new columns after the ones scripts already read by position."""
    header = next(csv.reader(io.StringIO(_aggregates(app))))
    assert header == ["section", "question_key", "breakdown", "group", "label", "count",
                      "percent", "percent_of", "note"]


UK_MOMENT = r"\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d (GMT|BST)"


def test_tokens_and_users_pages_give_times_in_uk_time(app: App) -> None:
    """They showed "2026-12-04T21:50" (UTC, with a T): now as the other pages do."""
    world, base = app
    browser = Browser(base)
    assert browser.sign_in(world.own.users["admin"], PASSWORD).status_code == 303
    for path in ("/tokens", "/users", "/audit"):
        text = browser.get(path).text
        body = text[text.index("<table"):text.index("</table>")]
        assert not re.search(r"\d{4}-\d\d-\d\d", body), (path, body[:400])
        assert re.search(UK_MOMENT, body), (path, body[:400])


def test_the_consultation_list_says_when_each_ran_and_what_completion_is_of(
        app: App) -> None:
    _set_days(app, "2026-07-01", "2026-12-04")
    world, base = app
    browser = Browser(base)
    assert browser.sign_in(world.own.users["analyst"], PASSWORD).status_code == 303
    text = browser.get("/consultations").text
    row = re.search(r"<tr><th scope=\"row\"><a href=\"/consultations/OWN1\">.*?</tr>", text)
    assert row and "1 July 2026" in row.group(0) and "4 December 2026" in row.group(0)
    assert "Completed (% of those who took part)" in text


def test_an_export_is_named_with_the_uk_day_its_figures_are_from(app: App) -> None:
    """Two downloads a week apart were both OWN1-aggregates.csv: which one is in the paper?"""
    world, base = app
    for what in ("aggregates", "answers"):
        before = days.uk_today()
        answer = requests.get(f"{base}/api/v1/consultations/own1/export/{what}.csv", timeout=60,
                              headers={"Authorization": f"Bearer {world.own.tokens['analyst']}"})
        after = days.uk_today()  # the same day, but at UK midnight the next
        assert answer.headers["Content-Disposition"] in {
            f'attachment; filename="OWN1-{what}-{day.isoformat()}.csv"' for day in (before, after)}


def test_the_audit_log_caption_reads_as_english_for_one_entry(app: App) -> None:
    world, base = app
    browser = Browser(base)
    assert browser.sign_in(world.own.users["admin"], PASSWORD).status_code == 303
    caption = re.search(r"<caption>(.*?)</caption>", browser.get("/audit").text)
    assert caption and re.fullmatch(r"The latest entry|The latest \d+ entries", caption.group(1))
    assert "1 entries" not in caption.group(1)


def test_the_results_page_says_what_a_dash_for_a_percentage_means(app: App) -> None:
    """A hidden count's percentage is "–": the page explained "*" but never "–"."""
    text = _results_page(app)
    assert '<td class="num">–</td>' in text  # the world's small areas
    assert ("A percentage shown as – is not given: it would be worked out from a hidden "
            "count") in text
