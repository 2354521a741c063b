"""An axe-core scan of every commissioner page in headless Chromium: no serious or
critical violations (WCAG 2.x A/AA rules)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import pytest
from playwright.sync_api import Page, sync_playwright

from bot.commissioner.charts import column_chart
from bot.config import PROJECT_ROOT, load_settings
from bot.db import migrate
from bot.scripts.days import UK
from bot.trust.pseudonym import pseudonym
from tests.commissioner.live import serve
from tests.commissioner.world import PASSWORD, World, build_world, reference, script_text

AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Moderate in axe's terms, but how a screen reader user finds their way: headings that skip
# a level (the launch page's preview went from h1 to h3) and content outside any landmark
# (the privacy notice had no <main>).
STRUCTURE = ("heading-order", "landmark-one-main", "region", "page-has-heading-one")
PAGES = ["/consultations", "/consultations/OWN1", "/consultations/new", "/consultations/OWN1/edit",
         "/consultations/OWN1/launch", "/consultations/OWN1/launch-kit", "/tokens", "/audit",
         "/consultations/OWN1/comments?q=slow", "/users", "/erasure", "/account/password",
         "/privacy", "/sign-out"]  # the last a 405 (it takes a form's POST only): the app's own page too


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[World, str]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('a11y') / 'sb.db'}"
    migrate.upgrade(url)
    world = build_world(url)
    with serve(url) as base:
        yield world, base


@pytest.fixture(scope="module")
def page(site: Tuple[World, str]) -> Iterator[Page]:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: `make test` installs it (npm ci)")
    world, base = site
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True)
        # Our pages forbid every script (CSP); the scan's own script is let in here only.
        tab = browser.new_page(bypass_csp=True)
        tab.goto(f"{base}/sign-in")
        scan(tab, "/sign-in")
        tab.get_by_label("Email").fill(world.own.users["admin"])
        tab.get_by_label("Password").fill(PASSWORD)
        tab.get_by_role("button", name="Sign in").click()
        tab.wait_for_url(f"{base}/consultations")
        yield tab
        browser.close()


def scan(tab: Page, where: str) -> None:
    tab.add_script_tag(path=str(Path(AXE)))
    result: Dict[str, Any] = tab.evaluate(
        "() => axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})")
    bad: List[str] = [f"{v['id']} ({v['impact']}): {v['help']} at "
                      f"{[n['target'] for n in v['nodes']][:3]}"
                      for v in result["violations"]
                      if v["impact"] in ("serious", "critical") or v["id"] in STRUCTURE]
    assert not bad, f"{where}: {bad}"


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_violations(site: Tuple[World, str], page: Page, path: str) -> None:
    _, base = site
    page.goto(base + path)
    for summary in page.locator("summary").all():  # breakdowns and previews open too
        summary.click()
    scan(page, path)


def test_an_error_summary_is_accessible_too(site: Tuple[World, str], page: Page) -> None:
    _, base = site
    page.goto(f"{base}/consultations/new")
    page.get_by_label("Script (YAML").fill("code: 1\n")
    page.get_by_role("button", name="Check and save").click()
    assert page.get_by_role("alert").is_visible()
    scan(page, "/consultations/new (errors)")


def test_the_scan_does_find_violations(page: Page) -> None:
    page.set_content('<html><body><img src="x.png"><input type="text"></body></html>')
    with pytest.raises(AssertionError, match="image-alt|label"):
        scan(page, "a page made badly on purpose")


def test_a_refused_password_change_is_accessible_too(site: Tuple[World, str],
                                                    page: Page) -> None:
    _, base = site
    page.goto(f"{base}/account/password")
    page.get_by_label("Current password").fill(PASSWORD)
    page.get_by_label("New password", exact=True).fill("a new long password 1")
    page.get_by_label("New password again").fill("a new long password 2")
    page.get_by_role("button", name="Change password").click()
    assert page.get_by_role("alert").is_visible()
    scan(page, "/account/password (errors)")


def test_a_reset_and_the_page_it_leads_to_are_accessible_too(site: Tuple[World, str],
                                                             page: Page) -> None:
    world, base = site
    author = world.own.users["author"]
    page.goto(f"{base}/users")
    page.get_by_role("button", name=f"Reset password of {author}").click()
    one_time = page.locator("#new-password").inner_text()
    scan(page, "/users (reset)")
    assert page.context.browser is not None
    tab = page.context.browser.new_page(bypass_csp=True)  # the author's own browser
    try:
        tab.goto(f"{base}/sign-in")
        tab.get_by_label("Email").fill(author)
        tab.get_by_label("Password").fill(one_time)
        tab.get_by_role("button", name="Sign in").click()
        tab.wait_for_url(f"{base}/account/password")
        assert tab.get_by_role("heading", name="Choose a new password").is_visible()
        scan(tab, "/account/password (after a reset)")
    finally:
        tab.close()


def test_the_erasure_confirmation_is_accessible_too(site: Tuple[World, str], page: Page) -> None:
    world, base = site
    page.goto(f"{base}/erasure")
    page.get_by_label("Their respondent reference").check()
    who = pseudonym(load_settings({}).pseudonym_secret, "rest", "OWN1-0")
    page.get_by_label("Number or reference").fill(reference(world.database_url, "OWN1", who))
    page.get_by_role("button", name="Find").click()
    assert page.get_by_role("button", name="Erase all of this").is_visible()
    scan(page, "/erasure (confirm)")


def test_the_timeline_has_a_table_and_needs_no_colour(site: Tuple[World, str], page: Page) -> None:
    _, base = site
    page.goto(f"{base}/consultations/OWN1")
    table = page.get_by_role("table", name="Started and completed per day")
    assert table.is_visible()
    rows = table.locator("tbody tr")
    assert rows.count() == 1  # everyone took part today
    cells = rows.first.locator("td")
    assert [cells.nth(0).inner_text(), cells.nth(1).inner_text()] == ["39", "30"]
    # In greyscale (a printed board paper) completed columns look unlike started ones.
    chart = page.locator("svg", has=page.locator("title", has_text="Started and completed"))
    started, completed = (chart.locator("rect[data-series=started]").first,
                          chart.locator("rect[data-series=completed]").first)
    assert completed.get_attribute("fill").startswith("url(#")
    assert started.get_attribute("fill") != completed.get_attribute("fill")


def test_a_printed_results_page_is_the_results_whole(site: Tuple[World, str], page: Page) -> None:
    """What a board paper gets: no navigation, sign-out or links to other pages, every
    breakdown (closed on screen) printed, and no chart or table cut across two pages."""
    _, base = site
    page.goto(f"{base}/consultations/OWN1")
    page.emulate_media(media="print")
    try:
        assert not page.get_by_role("navigation").is_visible()
        assert not page.get_by_role("button", name="Sign out").is_visible()
        assert not page.get_by_role("link", name="Edit script").is_visible()
        assert page.get_by_role("heading", name="OWN1: Own consultation").is_visible()
        for name in ("by channel", "by age band", "by area"):
            assert page.get_by_role("table", name=f"where {name}").is_visible()
        for selector in ("figure", "table"):
            breaks = page.locator(selector).evaluate_all(
                "all => all.map(x => getComputedStyle(x).breakInside)")
            assert set(breaks) == {"avoid"}, selector
    finally:
        page.emulate_media(media="screen")


@pytest.mark.parametrize("path", PAGES)
def test_every_page_reflows_on_a_320_px_screen(site: Tuple[World, str], page: Page,
                                               path: str) -> None:
    """WCAG 1.4.10: nothing makes the page scroll sideways (a wide table scrolls on its
    own), and charts are drawn for the width, their words at a readable size."""
    _, base = site
    page.set_viewport_size({"width": 320, "height": 800})
    try:
        page.goto(base + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        for chart in page.locator("svg[role=img]").all():
            if not chart.is_visible():
                continue
            box = chart.bounding_box()
            assert box and box["x"] + box["width"] <= 320
            drawn = float(chart.get_attribute("viewBox").split()[2])  # type: ignore[union-attr]
            assert box["width"] / drawn > 0.85, f"{path}: a chart shrunk to unreadable"
            cut = chart.evaluate("(svg, w) => [...svg.querySelectorAll('text')].filter("
                                 "t => t.getBBox().x + t.getBBox().width > w)"
                                 ".map(t => t.textContent)", drawn)
            assert not cut, f"{path}: words cut off at the chart's edge: {cut}"
        if path == "/consultations/OWN1":
            scan(page, f"{path} at 320 px")
    finally:
        page.set_viewport_size({"width": 1280, "height": 720})


def test_a_consultation_nobody_has_answered_yet_says_so(site: Tuple[World, str],
                                                        page: Page) -> None:
    world, base = site
    page.goto(f"{base}/consultations/new")
    page.get_by_label("Script (YAML").fill(script_text("NONE1", "Nobody yet"))
    page.get_by_role("button", name="Check and save").click()
    page.goto(f"{base}/consultations/NONE1")
    assert page.get_by_text("Nobody has taken part yet").is_visible()
    # no empty charts, header-only tables or headings with nothing under them
    assert page.locator("svg[role=img]").count() == 0
    assert page.locator("table").count() == 0
    assert page.get_by_role("link", name="Answers (CSV)").is_visible()


def test_a_search_of_what_people_wrote_says_what_it_searched(site: Tuple[World, str],
                                                             page: Page) -> None:
    """Printed or copied, the list says it is only the answers with those words in."""
    _, base = site
    page.goto(f"{base}/consultations/OWN1/comments")
    page.get_by_label("Search the words people wrote").fill("slow")
    page.get_by_role("button", name="Search").click()
    summary = page.get_by_text("Free-text answers")
    assert 'containing "slow"' in summary.inner_text()
    assert "1–8 of 8" in summary.inner_text()
    page.emulate_media(media="print")
    try:
        assert 'containing "slow"' in page.locator("main").inner_text()
    finally:
        page.emulate_media(media="screen")


def test_no_console_errors_and_nothing_from_elsewhere(site: Tuple[World, str], page: Page) -> None:
    """A fresh browser (nothing cached): no failed request, no console error, and every
    request to this app alone."""
    _, base = site
    assert page.context.browser is not None
    browser = page.context.browser.browser_type.launch(executable_path="/usr/bin/chromium",
                                                       headless=True)
    tab = browser.new_page()
    try:
        errors: List[str] = []
        elsewhere: List[str] = []
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        tab.on("request", lambda r: None if r.url.startswith((base, "data:"))
               else elsewhere.append(r.url))
        tab.goto(f"{base}/sign-in")
        tab.wait_for_load_state("networkidle")
        assert not errors and not elsewhere, (errors, elsewhere)
    finally:
        browser.close()


def test_channels_are_named_as_a_board_would_know_them(site: Tuple[World, str],
                                                       page: Page) -> None:
    _, base = site
    page.goto(f"{base}/consultations/OWN1")
    table = page.get_by_role("table", name="Took part by channel")
    assert table.locator("tbody th").all_inner_texts() == ["Web chat", "SMS"]
    chart = page.locator("svg", has=page.locator("title", has_text="Took part by Channel")).first
    assert "Web chat: 29; SMS: 10" in chart.locator("desc").text_content()  # type: ignore[operator]
    page.locator("summary", has_text="By channel").first.click()
    crosstab = page.get_by_role("table", name="used_service by channel")
    assert crosstab.locator("tbody th").all_inner_texts() == ["Web chat", "SMS"]


def test_every_percentage_says_what_it_is_of(site: Tuple[World, str], page: Page) -> None:
    _, base = site
    page.goto(f"{base}/consultations/OWN1")

    def percent_heading(table: str) -> str:
        return page.get_by_role("table", name=table).locator("thead th").last.inner_text()

    assert percent_heading("Participations by status") == "% of all who took part"
    assert percent_heading("Took part by age band") == "% of all who took part"
    assert percent_heading("where: counts") == "% of those who answered"
    assert percent_heading("Last step before stopping (not completed)") == \
        "% of all who took part"
    assert percent_heading("Answers that needed asking again") == "% of the question's answers"
    # several answers each: the column adds up to more than 100%, and the page says why
    contact = page.locator("section.question", has_text="How would you like to hear")
    assert "could choose more than one" in contact.inner_text()
    assert "more than one" not in page.locator("section.question",
                                               has_text="Where did you go?").inner_text()


def test_the_results_say_when_they_were_taken(site: Tuple[World, str], page: Page) -> None:
    """Answers keep arriving: a printed board paper must say when its figures are from."""
    _, base = site
    before = datetime.now(timezone.utc)
    page.goto(f"{base}/consultations/OWN1")
    page.emulate_media(media="print")
    try:
        text = page.locator("main").inner_text()
    finally:
        page.emulate_media(media="screen")
    stamps = {f"Results as at {t.day} {t:%B %Y, %H:%M} {t.tzname()}"  # UK time: GMT or BST
              for t in (before.astimezone(UK), (before + timedelta(minutes=1)).astimezone(UK))}
    assert any(stamp in text for stamp in stamps), text[:400]


def test_what_people_wrote_is_told_apart_from_the_question(site: Tuple[World, str],
                                                          page: Page) -> None:
    """Each answer then its question: they looked the same, so a list of quotes read as
    answers and questions mixed."""
    _, base = site
    page.goto(f"{base}/consultations/OWN1/comments")
    first = page.locator("ul.comments li").first
    words, question = first.locator("p").nth(0), first.locator("p").nth(1)
    assert question.inner_text().startswith("Question:")

    def looks(x: Any) -> Tuple[str, str, str]:
        return x.evaluate("x => { const s = getComputedStyle(x); "
                          "return [s.color, s.fontSize, s.fontStyle]; }")

    assert looks(words) != looks(question)


def test_a_mistyped_address_gets_a_page_with_a_way_back(site: Tuple[World, str],
                                                        page: Page) -> None:
    _, base = site
    for path in ("/consultations/OWN1/comment", "/no-such-page"):
        answer = page.goto(base + path)
        assert answer is not None and answer.status == 404
        assert page.get_by_role("heading", name="Page not found").is_visible()
        assert page.title() == "Page not found – Sounding Board"
        assert page.get_by_role("navigation").get_by_role("link", name="Consultations").is_visible()
    api = page.request.get(f"{base}/api/v1/no-such-thing")
    assert api.status == 404 and api.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("weeks", [1, 2, 7, 30])
def test_the_narrow_timeline_keeps_its_dates_inside(page: Page, weeks: int) -> None:
    points = [(f"2026-{1 + w // 4:02d}-{1 + 7 * (w % 4):02d}", 40, 30) for w in range(weeks)]
    page.set_content(column_chart("t", "Started and completed over time", points, width=288,
                                  labels=3))
    cut = page.locator("svg").evaluate(
        "svg => [...svg.querySelectorAll('text')].filter("
        "t => t.getBBox().x + t.getBBox().width > 288).map(t => t.textContent)")
    assert not cut, f"dates cut off at the chart's edge: {cut}"
    assert page.locator("svg text", has_text="2026-").count() >= min(weeks, 2)


def test_a_hidden_count_over_time_is_marked_not_drawn_as_nothing(page: Page) -> None:
    """A week whose completed count is hidden showed no column, like a week with none."""
    page.set_content(column_chart("t", "Started and completed over time",
                                  [("2026-11-23", 42, "*"), ("2026-11-30", 26, 0)]))
    marks = page.locator("svg text").all_text_contents()
    assert marks.count("*") == 1  # the hidden one; the 0 stays an empty column
    assert "* hidden" in " ".join(marks)  # the key says what * is
