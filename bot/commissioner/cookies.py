"""The commissioner app's cookies: the session and the sign-in form's CSRF secret.

Reached over https (directly, or through a proxy in SB_TRUSTED_PROXIES saying
X-Forwarded-Proto: https, as for Strict-Transport-Security), they are named with the
`__Host-` prefix: browsers then take them only from this host, Secure, with Path=/ and
no Domain, so a page on a sibling subdomain (say.example.nhs.uk beside
results.example.nhs.uk) can neither set nor overwrite them (no planted session, no
sign-in form secret of its choosing). Over plain http (`make run`, the tests, on
127.0.0.1) a browser refuses `__Host-` cookies, so there they keep the plain name. A
request is read by the same rule: over https the plain name counts for nothing.
"""

from __future__ import annotations

from sanic import response
from sanic.request import Request

from bot.limits.addresses import forwarded_https

SESSION = "sb_session"
PRESESSION = "sb_signin"  # the sign-in form's own CSRF secret (no session yet)
HOST_PREFIX = "__Host-"


def cookie_name(name: str, over_https: bool) -> str:
    """A cookie's name as sent: `__Host-sb_session` over https, `sb_session` over http."""
    return HOST_PREFIX + name if over_https else name


def over_https(request: Request) -> bool:
    """Whether the browser reached us over https (directly or through a trusted proxy)."""
    return request.scheme == "https" or forwarded_https(
        request.ip, request.headers.get("x-forwarded-proto", ""),
        request.app.ctx.settings.commissioner.trusted_proxies)


def read(request: Request, name: str) -> str:
    return request.cookies.get(cookie_name(name, over_https(request)), "")


def set_cookie(request: Request, resp: response.HTTPResponse, name: str, value: str,
               max_age: int) -> None:
    sent = cookie_name(name, over_https(request))
    resp.cookies[sent] = value
    cookie = resp.cookies[sent]
    cookie["httponly"] = True
    cookie["secure"] = True  # browsers accept Secure cookies on http://127.0.0.1 and localhost
    cookie["samesite"] = "Strict"
    cookie["path"] = "/"  # and no Domain: both as `__Host-` requires
    cookie["max-age"] = max_age


def clear_cookie(request: Request, resp: response.HTTPResponse, name: str) -> None:
    set_cookie(request, resp, name, "", 0)
