"""A patient completes consultations in the widget, in a real Chromium, on another site."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from tests.e2e.helpers import answers_of, participations
from tests.e2e.widget.chat import Chat
from tests.e2e.widget.conftest import Requests, Web

pytestmark = pytest.mark.e2e

QUESTION_PROMPTS = {
    "used_service": "Have you used the service?",
    "where": "Where did you go?",
}


def stored_id(page: Any) -> str:
    """The conversation id the widget keeps in the embedding site's localStorage."""
    return str(page.evaluate(
        "() => JSON.parse(Object.entries(localStorage).find(([k]) => k.endsWith(':TEST1id'))[1])"))


def origins(urls: Any) -> set:
    return {f"{urlsplit(u).scheme}://{urlsplit(u).netloc}" for u in urls}


def test_a_whole_consultation_with_buttons_ticks_and_typing(web: Web, page: Any,
                                                            seen: Requests) -> None:
    page.on("dialog", lambda dialog: pytest.fail(f"a dialog opened: {dialog.message}"))
    page.goto(web.embed("whole.html"))
    chat = Chat(page).open()
    chat.wait_for("Are you happy to take part?")
    assert chat.patient().first.text_content() == "You: TEST1"  # the code starts it
    chat.choose("Yes")
    chat.wait_for("Which age group are you in?")
    chat.type("19")
    chat.wait_for("What's the first half of your postcode (for example LS6)? "
                  "Or say skip if you'd rather not.")
    chat.type("ls6 1aa")
    chat.wait_for("Have you used the service?")
    sender = stored_id(page)  # forgotten in the browser once the consultation ends
    chat.choose("Yes")
    chat.wait_for("Where did you go?")
    chat.choose("Walk-in centre")
    chat.wait_for("How easy was it to be seen? (1 = Very hard, 5 = Very easy)")
    chat.choose("4")
    chat.wait_for("How would you like to hear from the service?")
    chat.tick("Email", "Phone call")
    chat.wait_for("How many days did you wait?")
    chat.type("about 3")
    expect(chat.bot().last).to_contain_text("how was your experience")
    chat.choose("Very good")
    expect(chat.bot().last).to_contain_text("Please can you tell us why")
    typed = "staff were kind <script>alert('x')</script> <b>really</b>"
    chat.type(typed)
    expect(chat.bot().nth(-2)).to_have_text("Sounding Board: Thanks, that's everything.")
    expect(chat.bot().last).to_contain_text("If you want your answers deleted later")

    # The patient's HTML is shown as the text they typed, never run or rendered.
    assert chat.patient().last.text_content() == "You: " + typed
    assert chat.log.locator("script, b").count() == 0

    assert answers_of(web.servers, sender) == [
        ("used_service", "answered", "Yes", 1),
        ("where", "answered", "Walk-in centre", 1),
        ("ease", "answered", "4", 1),
        ("contact", "answered", "Email; Phone call", 1),
        ("wait_days", "answered", "3", 1),
        ("fft", "answered", "Very good", 1),
        ("fft_why", "answered", typed, 1),
    ]
    assert participations(web.servers, sender)[0]["status"] == "completed"
    assert "staff were kind" not in web.log.read_text()  # no personal data in our logs
    # Nothing was fetched from anywhere but the embedding site and our own server.
    assert origins(seen.urls) == {web.site, web.url}


def test_options_on_the_script_tag(web: Web, page: Any) -> None:
    page.goto(web.embed("options.html", title="Tell the clinic", position="left",
                        colour="#330072", open="true"))
    panel = page.get_by_role("region", name="Tell the clinic")
    expect(panel).to_be_visible()  # starts open, without taking focus from the page
    assert page.evaluate("document.activeElement === document.body")
    header = panel.locator("header")
    assert header.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(51, 0, 114)"
    box = panel.bounding_box()
    assert box is not None and box["x"] < 100  # on the left
    Chat(page).wait_for("Are you happy to take part?")
    page.get_by_role("button", name="Close chat").click()
    launcher = page.get_by_role("button", name="Tell the clinic")
    expect(launcher).to_be_focused()
    assert launcher.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(51, 0, 114)"


def test_nhs_identity_by_default(web: Web, page: Any) -> None:
    page.goto(web.embed("defaults.html"))
    launcher = page.get_by_role("button", name="Have your say")
    assert launcher.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(0, 94, 184)"
    assert launcher.evaluate("e => getComputedStyle(e).fontFamily").startswith("Frutiger")
    box = launcher.bounding_box()
    assert box is not None and box["x"] > 640  # bottom right


def test_a_tag_in_the_head_waits_for_the_page_and_leaves_no_globals(web: Web, page: Any) -> None:
    for name, tag in (("plain.html", ""),
                      ("head.html", f"<script src='{web.url}/widget.js' data-code='TEST1'></script>")):
        (web.site_folder / name).write_text(
            f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Head</title>{tag}"
            "</head><body><main><h1>Page</h1></main></body></html>")
    page.goto(f"{web.site}/plain.html")
    before = set(page.evaluate("Object.keys(window)"))
    page.goto(f"{web.site}/head.html")
    Chat(page).open().wait_for("Are you happy to take part?")
    page.goto(f"{web.site}/head.html")
    added = set(page.evaluate("Object.keys(window)")) - before
    assert added == set(), added


def test_a_link_with_a_code_starts_that_consultation(web: Web, page: Any) -> None:
    page.goto(web.embed("link.html", code="") + "?c=test1")
    chat = Chat(page).open()
    chat.wait_for("Are you happy to take part?")
    assert chat.patient().first.text_content() == "You: TEST1"
    page.goto(web.embed("nocode.html", code="") + "?c=<b>")  # not a code: the patient types one
    Chat(page).open()
    expect(page.get_by_role("status")).to_have_text(
        "Type the code from your invite or poster to start.")


def test_the_snippet_and_link_a_commissioner_is_handed_at_launch_work(web: Web, page: Any) -> None:
    from bot.commissioner.launch_kit import launch_kit
    from bot.config import load_settings

    kit = launch_kit("test1", load_settings({"SB_PATIENT_WEB_URL": web.url}))
    (web.site_folder / "kit.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Kit</title></head>"
        f"<body><main><h1>Have your say</h1></main>{kit.embed_snippet}</body></html>")
    page.goto(f"{web.site}/kit.html")
    Chat(page).open().wait_for("Are you happy to take part?")
    page.goto(kit.web_link)
    Chat(page).wait_for("Are you happy to take part?")


# Where a character of a message is drawn: its left edge in the viewport.
X_OF = """(e, at) => { const text = [...e.childNodes].find((n) => n.nodeType === 3 && n.data.trim());
    const range = document.createRange(); range.setStart(text, at); range.setEnd(text, at + 1);
    return range.getBoundingClientRect().left; }"""


def test_a_reply_in_a_right_to_left_script_reads_right_to_left(web: Web, page: Any) -> None:
    page.goto(web.embed("rtl.html"))
    chat = Chat(page).open()
    chat.wait_for("Are you happy to take part?")
    typed = "نعم، أنا موافق!"  # "Yes, I agree!" in Arabic: it starts on the right
    chat.input.fill(typed)
    assert chat.input.evaluate("e => getComputedStyle(e).direction") == "rtl"  # as it is typed
    page.get_by_role("button", name="Send", exact=True).click()
    said = chat.patient().last
    expect(said).to_have_text("You: " + typed)
    # The "!" ends the sentence on its left, not before its first word on the right.
    assert said.evaluate(X_OF, len(typed) - 1) < said.evaluate(X_OF, 0)
    chat.wait_for("Are you happy to take part?")
