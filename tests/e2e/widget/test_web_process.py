"""The patient web process: its pages, headers, QR codes and who may call its API."""

from __future__ import annotations

import gzip
import socket
import struct
import zlib
from pathlib import Path
from typing import Any, List
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
import requests
from playwright.sync_api import expect

from tests.e2e.helpers import cli
from tests.e2e.widget.chat import Chat
from tests.e2e.widget.conftest import ARTEFACTS, Web
from tests.e2e.widget.test_widget_resilience import to_used_service

pytestmark = pytest.mark.e2e

HTML_SCRIPT = """code: HTMLX1
title: Is <b>this</b> safe? <script>alert('title')</script>
organisation: NHS Test ICB
status: live
min_age: 13
intro: Hello <img src=x onerror="alert('intro')"> & welcome.
closing: Done.
questions:
  - id: bold
    type: yes_no
    text: Do you see <b>tags</b> as text?
"""


def test_the_standalone_page_has_a_strict_csp_and_runs_the_chat_under_it(web: Web, page: Any) -> None:
    violations: List[str] = []
    page.on("console", lambda m: violations.append(m.text)
            if "Content Security Policy" in m.text else None)
    answer = page.goto(f"{web.url}/c/test1")
    assert answer is not None and answer.status == 200
    csp = answer.headers["content-security-policy"]
    for rule in ("default-src 'none'", "script-src 'self'", "style-src 'self'",
                 "connect-src 'self'", "frame-ancestors 'none'"):
        assert rule in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert answer.headers["x-content-type-options"] == "nosniff"
    expect(page.get_by_role("heading", level=1)).to_have_text("Test consultation")
    chat = Chat(page)  # open already, filling the page
    chat.consent()
    page.screenshot(path=str(ARTEFACTS / "page-c-TEST1.png"))
    assert violations == []


def test_on_a_phone_the_standalone_page_keeps_the_question_and_reply_box_in_view(
    web: Web, browser: Any
) -> None:
    """The conversation scrolls inside the chat; the page itself never grows past the screen."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True,
                                  is_mobile=True)
    try:
        page = context.new_page()
        page.goto(f"{web.url}/c/TEST1")
        chat = Chat(page)
        to_used_service(chat)
        chat.choose("Yes")
        chat.wait_for("Where did you go?")
        page.screenshot(path=str(ARTEFACTS / "page-c-TEST1-phone.png"))
        assert page.evaluate("document.documentElement.scrollHeight") <= 740  # no page scroll
        for seen_now in (chat.bot().last, chat.input,
                         page.get_by_role("button", name="Walk-in centre", exact=True)):
            box = seen_now.bounding_box()
            assert box and box["y"] >= 0 and box["y"] + box["height"] <= 740, (seen_now, box)
        chat.choose("Walk-in centre")  # and it carries on
        chat.wait_for("How easy was it to be seen? (1 = Very hard, 5 = Very easy)")
    finally:
        context.close()


def test_the_pages_log_no_errors_in_the_browser_console(web: Web, page: Any) -> None:
    errors: List[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{web.url}/c/TEST1")
    chat = Chat(page)
    chat.wait_for("Are you happy to take part?")
    chat.choose("Yes")
    chat.wait_for("Which age group are you in?")  # the browser asked for the site's icon by now
    assert errors == []


def test_an_unknown_or_closed_code_gets_a_clear_404(web: Web) -> None:
    for code in ("NOPE99", "x" * 40, "<script>"):
        answer = requests.get(f"{web.url}/c/{code}", timeout=10)
        assert answer.status_code == 404
        assert "We couldn't find that survey" in answer.text
        assert "<script>" not in answer.text


def test_qr_codes_for_a_live_consultation_and_404_for_others(web: Web, tmp_path: Path) -> None:
    closed = tmp_path / "closed.yml"
    closed.write_text(HTML_SCRIPT.replace("HTMLX1", "SHUT01").replace("status: live",
                                                                       "status: closed"))
    assert cli(web.servers, "load", str(closed)).returncode == 0
    svg = requests.get(f"{web.url}/c/TEST1/qr.svg", timeout=10)
    assert svg.status_code == 200 and svg.headers["content-type"] == "image/svg+xml"
    root = ElementTree.fromstring(svg.content)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.find("{http://www.w3.org/2000/svg}title").text == f"{web.url}/c/TEST1"
    assert root.find("{http://www.w3.org/2000/svg}path").get("d")

    png = requests.get(f"{web.url}/c/test1/qr.png", timeout=10)
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    width, height = png_size(png.content)
    assert width == height >= 200  # a square code, big enough to print
    for bad in ("NOPE99/qr.svg", "NOPE99/qr.png", "TEST1/qr.gif", "SHUT01/qr.svg", "SHUT01"):
        assert requests.get(f"{web.url}/c/{bad}", timeout=10).status_code == 404


def png_size(data: bytes) -> tuple:
    """(width, height) of a PNG, after checking its signature and every chunk's CRC."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, size, chunks = 8, (0, 0), []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length:position + 12 + length])
        assert zlib.crc32(kind + body) == crc, kind
        if kind == b"IHDR":
            size = struct.unpack(">II", body[:8])
        chunks.append(kind)
        position += 12 + length
    assert chunks[0] == b"IHDR" and b"IDAT" in chunks and chunks[-1] == b"IEND"
    zlib.decompress(b"".join(  # the image data inflates
        data[p + 8:p + 8 + struct.unpack(">I", data[p:p + 4])[0]] for p in _idat(data)))
    return size


def _idat(data: bytes) -> List[int]:
    found, position = [], 8
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        if data[position + 4:position + 8] == b"IDAT":
            found.append(position)
        position += 12 + length
    return found


def test_the_widget_is_versioned_cached_and_gzipped(web: Web) -> None:
    page = requests.get(f"{web.url}/c/TEST1", timeout=10).text
    versioned = page.split('<script src="', 1)[1].split('"', 1)[0]
    assert versioned.startswith("/static/widget.") and versioned.endswith(".js")
    answer = requests.get(web.url + versioned, headers={"Accept-Encoding": "gzip"}, timeout=10)
    assert answer.headers["content-encoding"] == "gzip"
    assert "max-age=31536000" in answer.headers["cache-control"]
    assert "immutable" in answer.headers["cache-control"]
    plain = requests.get(f"{web.url}/widget.js", timeout=10)
    assert "max-age=300" in plain.headers["cache-control"]
    assert answer.content == plain.content  # requests inflates: the same file
    raw = requests.get(web.url + versioned, headers={"Accept-Encoding": "gzip"}, timeout=10,
                       stream=True).raw.read()
    assert gzip.decompress(raw) == plain.content and len(raw) < 15_000
    again = requests.get(web.url + versioned, headers={"If-None-Match": answer.headers["etag"]},
                         timeout=10)
    assert again.status_code == 304
    assert requests.get(f"{web.url}/static/widget.0000.js", timeout=10).status_code == 404


def test_the_privacy_link_leads_to_the_notice(web: Web) -> None:
    """With no SB_PRIVACY_URL the patient web process shows the built-in notice itself: the
    link used to lead to the commissioner app's page, which never faces the internet."""
    for code in ("TEST1", "<x>", ""):
        answer = requests.get(f"{web.url}/privacy?code={code}", allow_redirects=False,
                              timeout=10)
        assert answer.status_code == 200
        assert "<main><h1>Sounding Board privacy notice</h1>" in answer.text
        assert "delete my answers" in answer.text


def test_a_site_not_in_the_allowed_origins_is_refused(web: Web, page: Any) -> None:
    foreign = "https://evil.example"
    refused = requests.post(f"{web.url}/api/conversations", headers={"Origin": foreign},
                            timeout=10)
    # refused, and readable by the page, so the widget can say why (it said "Connection
    # lost. Trying again…" for ever)
    assert refused.status_code == 403 and "not allowed to use the chat" in refused.json()["error"]
    assert refused.headers["access-control-allow-origin"] == foreign
    allowed = requests.options(f"{web.url}/api/conversations", timeout=10, headers={
        "Origin": web.site, "Access-Control-Request-Method": "POST"})
    assert allowed.status_code == 204
    assert allowed.headers["access-control-allow-origin"] == web.site

    # In a browser: "localhost" is another origin than the 127.0.0.1 the site was allowed as.
    answered: List[int] = []
    page.on("response", lambda r: answered.append(r.status)
            if r.url.endswith("/api/conversations") and r.request.method == "POST" else None)
    page.goto(web.embed("foreign.html").replace("127.0.0.1", "localhost"))
    Chat(page).open()
    expect(page.get_by_role("status")).to_contain_text("This website is not allowed to use the chat")
    page.wait_for_timeout(3000)  # and it does not keep trying
    assert answered == [403] and Chat(page).bot().count() == 0


def test_html_from_the_bot_is_shown_as_text(web: Web, page: Any, tmp_path: Path) -> None:
    script = tmp_path / "html.yml"
    script.write_text(HTML_SCRIPT)
    assert cli(web.servers, "load", str(script)).returncode == 0
    page.on("dialog", lambda dialog: pytest.fail(f"a dialog opened: {dialog.message}"))
    page.goto(web.embed("html.html", code="HTMLX1"))
    chat = Chat(page).open()
    chat.wait_for("Are you happy to take part?")
    assert chat.bot_texts()[0].startswith("Is <b>this</b> safe? <script>alert('title')</script>")
    assert "<img src=x onerror=\"alert('intro')\"> & welcome." in chat.bot_texts()[0]
    assert chat.log.locator("b, script, img").count() == 0
    page.goto(f"{web.url}/c/HTMLX1")  # the page escapes the title too
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Is <b>this</b> safe? <script>alert('title')</script>")


@pytest.mark.parametrize("path,body,status", [
    ("webhook", b"not json", 400),
    ("webhook", b'{"sender": "made-up", "message": "hi"}', 403),
    ("transcript", b"[]", 400),
    ("nowhere", b"{}", 404),
    ("webhook", b'{"message": "' + b"x" * 40_000 + b'"}', 413),
])
def test_bad_calls_to_the_api_get_a_clear_4xx(web: Web, path: str, body: bytes, status: int) -> None:
    answer = requests.post(f"{web.url}/api/{path}", data=body, timeout=10,
                           headers={"Content-Type": "application/json", "Origin": web.site})
    assert answer.status_code == status
    assert answer.json()["error"]
    assert answer.headers["access-control-allow-origin"] == web.site  # the page may read why


@pytest.mark.parametrize("path", ["/c/TEST1", "/widget.js", "/health", "/privacy"])
def test_head_is_answered_as_get_without_a_body(web: Web, path: str) -> None:
    """Uptime checks and link checkers ask HEAD: the pages answered 405."""
    where = urlsplit(web.url)
    with socket.create_connection((where.hostname, where.port), timeout=15) as connection:
        connection.sendall(f"HEAD {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                           .encode())
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ") and body == b"", received[:300]
