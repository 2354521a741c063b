"""WCAG 2.2 AA in practice: keyboard only, visible focus, announcements, 320 px, 200% zoom, axe."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pytest
from playwright.sync_api import expect

from bot.config import PROJECT_ROOT
from tests.e2e.helpers import answers_of
from tests.e2e.widget.chat import Chat
from tests.e2e.widget.conftest import ARTEFACTS, Web
from tests.e2e.widget.test_widget_consultation import stored_id

pytestmark = pytest.mark.e2e

AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"


def focused(page: Any) -> Dict[str, str]:
    """What has keyboard focus (inside the widget's shadow root) and how it looks."""
    return dict(page.evaluate("""() => {
        let el = document.activeElement;
        while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
        const style = getComputedStyle(el);
        return {tag: el.tagName, text: (el.textContent || '').trim(),
                label: el.getAttribute('aria-label') || '',
                outline: style.outlineStyle + ' ' + style.outlineWidth, shadow: style.boxShadow};
    }"""))


def tab_to(page: Any, text: str, limit: int = 20) -> Dict[str, str]:
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if now["text"] == text:
            assert now["outline"].startswith("solid") and now["shadow"] != "none", now  # visible
            return now
    raise AssertionError(f"Tab never reached {text!r}")


def test_keyboard_only_from_the_launcher_to_an_answer(web: Web, page: Any) -> None:
    page.goto(web.embed("keyboard.html"))
    chat = Chat(page)
    tab_to(page, "Have your say")
    page.keyboard.press("Enter")
    assert focused(page)["tag"] == "TEXTAREA"  # opening puts the cursor in the reply box
    chat.wait_for("Are you happy to take part?")
    tab_to(page, "Yes")
    page.keyboard.press("Enter")
    chat.wait_for("Which age group are you in?")
    assert focused(page)["tag"] == "TEXTAREA"  # after a choice, back to the reply box
    page.keyboard.type("19")
    page.keyboard.press("Enter")
    chat.wait_for("What's the first half of your postcode (for example LS6)? "
                  "Or say skip if you'd rather not.")
    page.keyboard.type("skip")
    page.keyboard.press("Enter")
    chat.wait_for("Have you used the service?")
    tab_to(page, "No")
    page.keyboard.press("Space")
    chat.wait_for("How easy was it to be seen? (1 = Very hard, 5 = Very easy)")
    page.keyboard.press("Escape")  # closes the panel and gives focus back to the launcher
    assert focused(page)["text"] == "Have your say"
    assert answers_of(web.servers, stored_id(page)) == [("used_service", "answered", "No", 1)]


def test_on_a_phone_tab_stays_in_the_full_screen_chat(web: Web, browser: Any) -> None:
    """Below 480 px the chat covers the page: Tab must not go to links hidden behind it."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True,
                                  is_mobile=True)
    try:
        page = context.new_page()
        (web.site_folder / "phone-tab.html").write_text(
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'><title>Site</title>"
            "</head><body><main><h1>Our youth service</h1><p><a href='#times'>Opening times</a>"
            f"</p></main><script src='{web.url}/widget.js' data-code='TEST1'></script></body></html>")
        page.goto(f"{web.site}/phone-tab.html")
        Chat(page).open().wait_for("Are you happy to take part?")
        in_chat = "() => document.activeElement === document.querySelector('[data-sounding-board]')"
        for _ in range(12):
            page.keyboard.press("Tab")
            assert page.evaluate(in_chat), focused(page)  # never behind the chat
        tab_to(page, "Privacy notice")
        page.keyboard.press("Tab")
        assert focused(page)["label"] == "Close chat"  # round to the top of the chat
        page.keyboard.press("Shift+Tab")
        assert focused(page)["text"] == "Privacy notice"
        page.keyboard.press("Escape")  # the way out, as ever
        assert focused(page)["text"] == "Have your say"
        page.keyboard.press("Shift+Tab")
        assert focused(page)["text"] == "Opening times"
    finally:
        context.close()


def test_new_messages_are_announced_and_controls_are_labelled(web: Web, page: Any) -> None:
    page.goto(web.embed("aria.html"))
    Chat(page).open().wait_for("Are you happy to take part?")
    log = page.get_by_role("log", name="Conversation")
    assert log.get_attribute("aria-live") == "polite"
    expect(log).to_contain_text("Are you happy to take part?")  # inside the live region
    assert page.get_by_role("status").count() >= 1  # connection problems are announced too
    for name in ("Your reply", "Send", "Stop", "Close chat"):
        expect(page.get_by_role("button", name=name, exact=True).or_(
            page.get_by_label(name, exact=True))).to_have_count(1)
    expect(page.get_by_role("link", name="Privacy notice")).to_have_attribute(
        "href", f"{web.url}/privacy?code=TEST1")


def test_the_chat_is_marked_english_on_a_page_in_another_language(web: Web, page: Any) -> None:
    """A screen reader reads it with an English voice on a Welsh page (WCAG 3.1.2)."""
    (web.site_folder / "cymraeg.html").write_text(
        "<!doctype html><html lang='cy'><head><meta charset='utf-8'><title>Gwasanaeth ieuenctid"
        "</title></head><body><main><h1>Ein gwasanaeth ieuenctid</h1></main>"
        f"<script src='{web.url}/widget.js' data-code='TEST1'></script></body></html>")
    page.goto(f"{web.site}/cymraeg.html")
    launcher = page.get_by_role("button", name="Have your say")
    assert launcher.evaluate("e => e.matches(':lang(en)')")
    Chat(page).open().wait_for("Are you happy to take part?")
    assert page.get_by_role("log", name="Conversation").evaluate("e => e.matches(':lang(en)')")
    assert page.get_by_role("heading", level=1).evaluate("e => e.matches(':lang(cy)')")


def test_stop_ends_the_survey_and_says_so(web: Web, page: Any) -> None:
    page.goto(web.embed("stop.html"))
    chat = Chat(page).open()
    chat.wait_for("Are you happy to take part?")
    page.get_by_role("button", name="Stop", exact=True).click()
    chat.wait_for("OK, you've stopped. Nothing has been saved.")


@pytest.mark.parametrize("width,height", [(320, 640), (1280, 800), (640, 400)],
                         ids=["320px", "1280px", "200pct-zoom-of-1280"])
def test_usable_at_every_width(web: Web, browser: Any, width: int, height: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.goto(web.embed(f"w{width}.html"))
        chat = Chat(page).open()
        chat.wait_for("Are you happy to take part?")
        page.screenshot(path=str(ARTEFACTS / f"widget-{width}x{height}.png"))
        for control in (chat.input, page.get_by_role("button", name="Send", exact=True),
                        page.get_by_role("button", name="Yes", exact=True)):
            box = control.bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, (control, box)
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
        chat.choose("Yes")
        chat.wait_for("Which age group are you in?")
    finally:
        context.close()


def axe_violations(page: Any) -> List[Dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => (await axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}
    })).violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target)}))""")
    return [v for v in result if v["impact"] in ("serious", "critical")]


def test_axe_finds_no_serious_or_critical_violations(web: Web, browser: Any) -> None:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: `make test` installs it (npm ci)")
    # Only here is the page's CSP bypassed: axe is injected as an inline script.
    context = browser.new_context(bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(web.embed("axe.html"))
        chat = Chat(page).open()
        chat.consent()
        found = axe_violations(page)
        for typed in ("19", "skip", "yes", "GP surgery", "4"):
            chat.type(typed)
        chat.wait_for("How would you like to hear from the service?")
        page.get_by_role("checkbox", name="Email").check()
        page.screenshot(path=str(ARTEFACTS / "widget-tick-all-that-apply.png"))
        found += axe_violations(page)  # the check boxes too
        page.goto(f"{web.url}/c/TEST1")
        Chat(page).wait_for("Are you happy to take part?")
        found += axe_violations(page)
        (ARTEFACTS / "axe.json").write_text(json.dumps(found, indent=1))
        assert found == []
    finally:
        context.close()


def test_in_high_contrast_mode_the_send_button_and_your_messages_keep_their_outline(
    web: Web, browser: Any
) -> None:
    """Windows high contrast drops background colours: a border is all that is left to see."""
    context = browser.new_context(forced_colors="active")
    try:
        page = context.new_page()
        page.goto(web.embed("contrast.html"))
        chat = Chat(page).open()
        chat.consent()
        page.screenshot(path=str(ARTEFACTS / "widget-forced-colours.png"))
        outline = "e => getComputedStyle(e).borderTopStyle + ' ' + getComputedStyle(e).borderTopWidth"
        for seen_now in (chat.patient().last, page.get_by_role("button", name="Send", exact=True)):
            style, width = seen_now.evaluate(outline).split()
            assert style == "solid" and float(width.removesuffix("px")) >= 1, (seen_now, style, width)
    finally:
        context.close()


@pytest.mark.parametrize("motion,animation", [("reduce", "none"), ("no-preference", "b")])
def test_the_typing_dots_keep_still_for_reduced_motion(web: Web, page: Any, motion: str,
                                                       animation: str) -> None:
    page.emulate_media(reduced_motion=motion)
    page.goto(web.embed(f"motion-{motion}.html"))
    Chat(page).open()
    dot = page.locator("p.dots span[aria-hidden=true]").first
    assert dot.evaluate("e => getComputedStyle(e).animationName") == animation
