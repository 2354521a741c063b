"""Page layout and escaping. Every value put into a page goes through `e()`."""

from __future__ import annotations

from typing import Any, Optional

from markupsafe import escape
from sanic import response
from sanic.request import Request

from bot.commissioner.csrf import FIELD
from bot.commissioner.guard import PASSWORD_PAGE
from bot.commissioner.permissions import AUTHOR_SCRIPTS, ERASE_DATA, MANAGE_USERS, can

CSS_PATH = "/static/app.css"


def e(value: Any) -> str:
    return str(escape("" if value is None else value))


def csrf_field(csrf: str) -> str:
    return f'<input type="hidden" name="{FIELD}" value="{e(csrf)}">'


def _nav(who: Any) -> str:
    if not who:
        return ""
    links = ['<a href="/consultations">Consultations</a>']
    if can(who.role, AUTHOR_SCRIPTS):
        links.append('<a href="/consultations/new">New consultation</a>')
    links.append('<a href="/tokens">API tokens</a>')
    if can(who.role, MANAGE_USERS):
        links += ['<a href="/users">Accounts</a>', '<a href="/audit">Audit log</a>']
    if can(who.role, ERASE_DATA):
        links.append('<a href="/erasure">Erasure</a>')
    if getattr(who, "must_change_password", False):
        links = []  # nothing else opens until they have chosen a new password
    items = "".join(f"<li>{link}</li>" for link in links)
    return (f'<nav aria-label="Main"><ul>{items}</ul>'
            f'<form method="post" action="/sign-out" class="signout">{csrf_field(who.csrf)}'
            f'<span>{e(who.email)} · {e(who.organisation_name)} · {e(who.role)}</span> '
            f'<a href="{PASSWORD_PAGE}">Change your password</a> '
            f'<button type="submit">Sign out</button></form></nav>')


def page(request: Request, title: str, body: str, status: int = 200,
         who: Optional[Any] = None) -> response.HTTPResponse:
    who = who if who is not None else getattr(request.ctx, "principal", None)
    html = (f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<title>{e(title)} – Sounding Board</title>'
            f'<link rel="stylesheet" href="{CSS_PATH}"></head><body>'
            f'<a class="skip" href="#main">Skip to content</a>'
            f'<header><p class="brand">Sounding Board</p>{_nav(who)}</header>'
            f'<main id="main"><h1>{e(title)}</h1>{body}</main></body></html>')
    return response.html(html, status=status)


def given_back(script: str, then: str) -> str:
    """A script a form sent that was not saved, to copy before going on (going back may
    lose it); `then` (HTML) says how to try again."""
    return (f'<p>Copy your script below before you go on, then {then} and paste it back.</p>'
            f'<label for="unsaved">Your script (not saved)</label>'
            f'<textarea id="unsaved" rows="24" readonly spellcheck="false">{e(script)}'
            f'</textarea>')


def message_page(request: Request, title: str, message: str,
                 status: int = 200) -> response.HTTPResponse:
    return page(request, title, f"<p>{e(message)}</p>", status=status)


CSS = """
:root { --blue: #005eb8; --dark: #212b32; --grey: #4c6272; --pale: #f0f4f5; --red: #d5281b; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Arial, Helvetica, sans-serif; color: var(--dark);
       background: var(--pale); line-height: 1.5; }
header { background: var(--blue); color: #fff; padding: .5rem 1rem; }
header a, header span { color: #fff; }
.brand { font-weight: bold; margin: 0; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1rem; padding: 0; margin: .25rem 0; }
.signout { display: inline; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; background: #fff; }
a { color: var(--blue); }
a:focus, button:focus, input:focus, textarea:focus, select:focus, summary:focus {
  outline: 3px solid #ffeb3b; outline-offset: 0; box-shadow: 0 0 0 5px var(--dark); }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem;
  background: #ffeb3b; color: var(--dark); padding: .5rem; }
button, .button { background: #007f3b; color: #fff; border: 0; padding: .5rem 1rem;
  font-size: 1rem; cursor: pointer; text-decoration: none; display: inline-block; }
button.secondary { background: var(--grey); }
label { display: block; font-weight: bold; margin-top: .75rem; }
label.inline { display: inline; } fieldset { border: 0; padding: 0; margin: .75rem 0 0; }
legend { font-weight: bold; }
input[type=text], input[type=email], input[type=password], input[type=date], textarea, select {
  font-size: 1rem; padding: .4rem; border: 2px solid var(--dark); max-width: 100%; }
textarea { width: 100%; font-family: monospace; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
/* 320 px (WCAG 1.4.10): a wide table scrolls on its own, not the page; links and code wrap;
   each chart has a narrow drawing (labels above the bars) shown instead of the wide one. */
table { display: block; max-width: 100%; overflow-x: auto; }
caption { text-align: left; max-width: calc(100vw - 2rem); }
main a, main code { overflow-wrap: anywhere; } th a, td a { overflow-wrap: normal; }
.chart-narrow { display: none; }
@media screen and (max-width: 40rem) { .chart-wide { display: none; } .chart-narrow { display: block; } }
svg[role=img] { max-width: 100%; height: auto; }
th, td { border-bottom: 1px solid #d8dde0; padding: .3rem .6rem; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.error-summary { border: 4px solid var(--red); padding: 1rem; }
.error-summary li { color: var(--red); font-weight: bold; }
.notice { border-left: 8px solid var(--blue); padding: .5rem 1rem; background: var(--pale); }
figure { margin: 1rem 0; } figcaption { font-weight: bold; }
.hint { color: var(--grey); font-size: .875rem; margin-top: -.75rem; }
label + .hint { margin: 0 0 .25rem; }
section.question { border-top: 2px solid #d8dde0; padding-top: .5rem; }
code, pre { background: var(--pale); padding: .1rem .3rem; }
pre { overflow-x: auto; padding: .5rem; }
@media print {
  /* A board paper: the results alone, every breakdown open, nothing cut across pages. */
  header, .skip, .actions { display: none; }
  body, main { background: #fff; } main { max-width: none; padding: 0; }
  details::details-content { content-visibility: visible; display: contents; }
  summary { list-style: none; font-weight: bold; }
  figure, table, tr, svg { break-inside: avoid; }
  h2, h3, caption, figcaption { break-after: avoid; }
}
"""
