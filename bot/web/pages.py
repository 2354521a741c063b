"""The HTML pages of the patient web process: everything escaped, nothing inline."""

from __future__ import annotations

from html import escape

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - have your say</title>
<link rel="stylesheet" href="{css}">
</head><body>
<header><p>{organisation}</p></header>
<main><h1>{title}</h1>
<div id="chat"></div>
</main>
<script src="{js}" data-code="{code}" data-title="Chat" data-mode="page" data-target="#chat"></script>
</body></html>
"""

NOT_FOUND = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Survey not found</title>
<link rel="stylesheet" href="{css}">
</head><body>
<header><p>Sounding Board</p></header>
<main><h1>We couldn't find that survey</h1>
<p>It may have closed, or the link may be wrong. Please check the code on your
invite or poster.</p>
</main></body></html>
"""


def consultation_page(code: str, title: str, organisation: str, js: str, css: str) -> str:
    return PAGE.format(code=escape(code), title=escape(title), organisation=escape(organisation),
                       js=escape(js), css=escape(css))


def not_found_page(css: str) -> str:
    return NOT_FOUND.format(css=escape(css))
