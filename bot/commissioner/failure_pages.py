"""What the commissioner app shows when a request fails (bot/failures.py): the database
unavailable (503), a fault of ours (500) or a request Sanic refused (a 4xx), as a page in
the app's layout or, on the JSON API, as its usual {"error": …}.

Nothing here touches the database: the navigation is drawn only if the request had
already found who was signed in. A form that failed for want of the database saved
nothing (each form's writes are its last transaction), which the page says, and a script
it carried is given back to copy.
"""

from __future__ import annotations

import re
from typing import Tuple

from sanic import response
from sanic.request import Request

from bot.commissioner.guard import is_api, unsaved_script
from bot.commissioner.html import e, given_back, page
from bot.failures import FAULT as FAULT_STATUS
from bot.failures import UNAVAILABLE
from bot.scripts.schema import MAX_SCRIPT_BYTES

API_ERRORS = {
    503: "the database cannot be reached just now; try again in a minute",
    500: "something went wrong on our side",
    400: "the request could not be read",
    404: "not found",
    405: "this address does not take that kind of request (see the Allow header)",
    408: "the request took too long to arrive",
    413: "the request is larger than this app takes",
}
REFUSED_API = "the request was refused"
# Sanic refused these before any page of ours ran, so nothing was done.
REFUSED = {
    400: ("The request could not be read", "What your browser sent could not be read, so "
          "nothing was done. Go back, reload the page and try again."),
    404: ("Page not found", "There is no page at this address. Go back and try again."),
    405: ("This address does not take that request", "This address does not take that kind "
          "of request, so nothing was done. Go back and try again."),
    408: ("That took too long", "What your browser sent took too long to arrive, so nothing "
          "was done. Go back, reload the page and try again."),
    413: ("What you sent is too large", "What you sent is larger than the {limit} this app "
          "takes at once, so nothing was saved."),
}
REFUSED_OTHER = ("The request was refused", "This request could not be answered. Go back and "
                 "try again.")
START_AGAIN = '<p>Or start again from <a href="/consultations">Consultations</a>.</p>'
SCRIPT_FORM = re.compile(r"/consultations/(new|[^/]+/edit)")
SCRIPT_TOO_LARGE = (f" A consultation script can be at most {MAX_SCRIPT_BYTES // 1024} KB: "
                    "check that you chose the script's own file (a .yml or .yaml file).")
CANNOT_REACH = "Sounding Board cannot reach its data just now"
NOT_SHOWN = (f"{CANNOT_REACH}, so this page cannot be shown. Please try again in a minute. "
             "Nothing has been lost: everything already stored is safe.")
NOT_SAVED = (f"{CANNOT_REACH}, so what you sent has not been saved. Please try again in a "
             "minute: go back and send it again. Everything stored before is safe.")
FAULT = ("Something went wrong on our side, and this page could not be shown. Please try "
         "again in a minute; if it happens again, tell whoever runs Sounding Board for your "
         "organisation.")
FAULT_SENT = " What you sent may not have been saved: open the page again to check first."


def failure_page(request: Request, status: int) -> response.HTTPResponse:
    if is_api(request):
        return response.json({"error": API_ERRORS.get(status, REFUSED_API)}, status=status)
    if status < FAULT_STATUS:
        title, message = refusal(request, status)
        return page(request, title, f"<p>{e(message)}</p>{START_AGAIN}", status=status)
    sent = request.method == "POST"
    if status == UNAVAILABLE:
        title, message = "Cannot reach the data just now", NOT_SAVED if sent else NOT_SHOWN
    else:
        title, message = "Something went wrong", FAULT + (FAULT_SENT if sent else "")
    script = unsaved_script(request) if sent and status == UNAVAILABLE else ""
    again = f'<a href="{e(request.path)}">open the page again</a>'
    return page(request, title, f"<p>{e(message)}</p>"
                + (given_back(script, again) if script else ""), status=status)


def refusal(request: Request, status: int) -> Tuple[str, str]:
    """The title and message for a request Sanic refused with `status` (never its data)."""
    title, message = REFUSED.get(status, REFUSED_OTHER)
    if status == 413:
        limit = f"{request.app.config.REQUEST_MAX_SIZE / 1_000_000:g} MB"
        message = message.format(limit=limit)
        if SCRIPT_FORM.fullmatch(request.path):
            message += SCRIPT_TOO_LARGE
    return title, message
