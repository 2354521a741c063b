"""What the commissioner app shows when a request fails (bot/failures.py): the database
unavailable (503) or a fault of ours (500), as a page in the app's layout or, on the JSON
API, as its usual {"error": …}.

Nothing here touches the database: the navigation is drawn only if the request had
already found who was signed in. A form that failed for want of the database saved
nothing (each form's writes are its last transaction), which the page says, and a script
it carried is given back to copy.
"""

from __future__ import annotations

from sanic import response
from sanic.request import Request

from bot.commissioner.guard import is_api, unsaved_script
from bot.commissioner.html import e, given_back, page
from bot.failures import UNAVAILABLE

API_ERRORS = {
    503: "the database cannot be reached just now; try again in a minute",
    500: "something went wrong on our side",
}
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
        return response.json({"error": API_ERRORS[status]}, status=status)
    sent = request.method == "POST"
    if status == UNAVAILABLE:
        title, message = "Cannot reach the data just now", NOT_SAVED if sent else NOT_SHOWN
    else:
        title, message = "Something went wrong", FAULT + (FAULT_SENT if sent else "")
    script = unsaved_script(request) if sent and status == UNAVAILABLE else ""
    again = f'<a href="{e(request.path)}">open the page again</a>'
    return page(request, title, f"<p>{e(message)}</p>"
                + (given_back(script, again) if script else ""), status=status)
