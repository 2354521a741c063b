"""A commissioner in a real browser (headless Chromium, Playwright): sign in, upload a
script with a mistake, see the error, fix it, launch, answers arrive over REST through
the real Rasa and action servers, see the charts and breakdowns, export."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from typing import Any, Iterator

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from bot.config import PROJECT_ROOT
from tests.commissioner.live import serve

pytestmark = pytest.mark.e2e

EMAIL, PASSWORD = "lead@browser.nhs.uk", "browser test password 7"
SCRIPT = """code: SHOW1
title: Youth clinic check-in
organisation: anything (the app files it under yours)
status: live
min_age: 16
questions:
  - id: visited
    type: yes_no
    text: Have you been to the youth clinic?
  - id: how_easy
    type: {kind}
    text: How easy was it to get there?
    min: 1
    max: 5
  - id: fft
    type: fft
"""
PATIENTS = [("19", "LS6", "yes", "4", "very good")] * 6 + [("17", "BD1", "no", "2", "poor")] * 4


@pytest.fixture(scope="module")
def browser_page() -> Iterator[Page]:
    if not os.path.exists("/usr/bin/chromium"):
        pytest.fail("chromium is missing: `make test` installs it")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True)
        page = browser.new_page(accept_downloads=True)
        yield page
        browser.close()


def _make_user(database_url: str) -> None:
    env = {"SB_DATABASE_URL": database_url, "SB_NEW_USER_PASSWORD": PASSWORD,
           "PATH": "/usr/bin:/bin"}
    made = subprocess.run([sys.executable, "-m", "bot", "users", "create", "--organisation",
                           "NHS Browser ICB", "--email", EMAIL, "--role", "author",
                           "--no-change-required"],
                          cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert made.returncode == 0, made.stderr


def _take_part(servers: Any, patient: tuple) -> None:
    age, area, visited, ease, fft = patient
    sender = servers.new_conversation()
    for message in ("SHOW1", "yes", age, area, visited, ease, fft):
        servers.say(sender, message)


def test_sign_in_author_launch_see_results_and_export(servers: Any, browser_page: Page,
                                                      tmp_path: Any) -> None:
    _make_user(servers.database_url)
    page = browser_page
    with serve(servers.database_url, TELEGRAM_BOT_USERNAME="SoundingBoardBot") as base:
        page.goto(base)
        expect(page).to_have_url(f"{base}/sign-in")
        page.get_by_label("Email").fill(EMAIL)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Consultations")).to_be_visible()

        page.get_by_role("link", name="New consultation").click()
        page.get_by_label("Script (YAML").fill(SCRIPT.format(kind="scael"))
        page.get_by_role("button", name="Check and save").click()
        alert = page.get_by_role("alert")
        expect(alert).to_contain_text("line 11, questions[1].type")
        expect(alert).to_contain_text("did you mean 'scale'")

        page.get_by_label("Script (YAML").fill(SCRIPT.format(kind="scale"))
        page.get_by_role("button", name="Check and save").click()
        expect(page.get_by_role("heading", name="SHOW1: launch or close")).to_be_visible()
        page.locator("summary", has_text="Every question on each channel").click()
        expect(page.get_by_text("Reply YES or NO").first).to_be_visible()  # the SMS form
        page.get_by_label("Closes").fill("2099-12-31")
        page.get_by_role("button", name="Launch").click()
        expect(page.get_by_text("https://t.me/SoundingBoardBot?start=SHOW1")).to_be_visible()
        expect(page.locator("svg.segno")).to_have_count(1)
        expect(page.get_by_text("/c/SHOW1").first).to_be_visible()

        for patient in PATIENTS:  # answers arrive over REST, through Rasa and the engine
            _take_part(servers, patient)

        page.goto(f"{base}/consultations/SHOW1")
        expect(page.get_by_text("Took part: 10")).to_be_visible()
        charts = page.locator("svg[role=img]")
        assert charts.count() >= 6  # channel, age band, area, timeline, 3 questions
        expect(page.locator("svg[role=img] title").first).to_have_text("Took part by Channel")
        # 6 of 18-24 said Yes, 4 of 16-17: 4 is hidden, and so is what would reveal it
        page.locator("summary", has_text="By age band").first.click()
        table = page.get_by_role("table", name="visited by age band")
        expect(table).to_be_visible()
        expect(table).to_contain_text("*")
        expect(page.get_by_text("Friends and Family Test:")).to_contain_text("positive")

        with page.expect_download() as download:
            page.get_by_role("link", name="Answers (CSV)").click()
        path = tmp_path / "answers.csv"
        download.value.save_as(path)
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        assert len(rows) == 10 * 3  # visited, how_easy, fft (all are still on "why?")
        assert {r["consultation_code"] for r in rows} == {"SHOW1"}
        assert sorted({r["channel"] for r in rows}) == ["rest"]

        # keyboard: the first Tab reaches the skip link, which takes you to the results
        page.goto(f"{base}/consultations/SHOW1")
        page.keyboard.press("Tab")
        expect(page.locator(":focus")).to_have_text("Skip to content")
        page.keyboard.press("Enter")
        expect(page).to_have_url(f"{base}/consultations/SHOW1#main")
