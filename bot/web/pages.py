"""The HTML pages of the patient web process: everything escaped, nothing inline."""

from __future__ import annotations

from html import escape
from typing import Optional

DOCUMENT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="stylesheet" href="{css}">
</head><body>
<header><p>{organisation}</p></header>
<main{main_class}>{body}</main>{after}</body></html>
"""


def document(title: str, css: str, organisation: str, body: str, main_class: str = "",
             after: str = "") -> str:
    """A page in our layout; `body` and `after` are HTML, already escaped by the caller."""
    return DOCUMENT.format(title=escape(title), css=escape(css),
                           organisation=escape(organisation), body=body, after=after,
                           main_class=f' class="{escape(main_class)}"' if main_class else "")


def consultation_page(code: str, title: str, organisation: str, js: str, css: str) -> str:
    script = (f'\n<script src="{escape(js)}" data-code="{escape(code)}" data-title="Chat" '
              f'data-mode="page" data-target="#chat"></script>\n')
    return document(f"{title} - have your say", css, organisation,
                    f'<h1>{escape(title)}</h1>\n<div id="chat"></div>\n', after=script)


def not_found_page(css: str, results: Optional[str] = None) -> str:
    """No live survey at that code; `results` links its published results, if any."""
    if results:
        return document("Survey closed", css, "Sounding Board", (
            "<h1>This survey has closed</h1>\n<p>Thank you to everyone who took part. "
            f'<a href="{escape(results)}">See what people said and what is being done about '
            "it</a>.</p>\n"))
    return document("Survey not found", css, "Sounding Board", (
        "<h1>We couldn't find that survey</h1>\n<p>It may have closed, or the link may be "
        "wrong. Please check the code on your\ninvite or poster.</p>\n"))


def unavailable_page(css: str) -> str:
    """For the patient when a page can't be made (the database down, or a fault of ours)."""
    return document("Sorry, this isn't working right now", css, "Sounding Board", (
        "<h1>Sorry, this isn't working right now</h1>\n<p>It's a problem on our side, not "
        "yours. Please try again in a minute.</p>\n<p>If you've already answered some "
        "questions, your answers are safe.</p>\n"))


# A request the server refused before any page of ours ran (bot/failures.py): the heading,
# and what to do, in plain words (also the chat API's {"error": …}, which the widget shows).
REFUSED = {
    400: ("Sorry, we couldn't read that", "Something went wrong sending that. Please try again."),
    404: ("We couldn't find that page", "The link may be wrong. Please check it and try again."),
    405: ("This link doesn't work like that", "This address can't be used that way. Please go "
          "back and try again."),
    408: ("That took too long", "It took too long to get here. Please try again."),
    413: ("That's too big to send", "What you sent is too big. Please send something shorter."),
}
REFUSED_OTHER = ("Sorry, that didn't work", "Please go back and try again.")


def refused(status: int) -> tuple[str, str]:
    """The heading and the words for a request refused with `status`."""
    return REFUSED.get(status, REFUSED_OTHER)


def refused_page(css: str, status: int) -> str:
    heading, words = refused(status)
    return document(heading, css, "Sounding Board",
                    f"<h1>{escape(heading)}</h1>\n<p>{escape(words)}</p>\n")
