"""Headers that make our pages safe to serve and the widget safe to embed.

Pure functions: the web app applies them to every response.
"""

from __future__ import annotations

from typing import Dict, Iterable, Optional

# Our own pages load only our own script, style and API: no inline code, no
# third-party anything, never framed (the widget embeds by script tag instead).
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
OTHER_CSP = "default-src 'none'; frame-ancestors 'none'"
ALWAYS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}
# Browsers that once reached us over https keep to it for a year (no includeSubDomains:
# other sites of an NHS domain are not ours to pin).
HSTS = {"Strict-Transport-Security": "max-age=31536000"}
PREFLIGHT = {
    "Access-Control-Allow-Methods": "POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Max-Age": "600",
}


def security_headers(content_type: str, tls: bool = False) -> Dict[str, str]:
    """Headers for every answer; `tls` when patients reach us over https."""
    csp = PAGE_CSP if content_type.startswith("text/html") else OTHER_CSP
    return {**ALWAYS, **(HSTS if tls else {}), "Content-Security-Policy": csp}


def origin_allowed(origin: Optional[str], own: str, allowed: Iterable[str]) -> bool:
    """May a page on `origin` call the API? No Origin header: not a cross-site browser call."""
    if origin is None:
        return True
    origin = origin.strip().lower().rstrip("/")
    listed = set(allowed)
    return origin == own or "*" in listed or origin in listed


def cors_headers(origin: Optional[str], preflight: bool) -> Dict[str, str]:
    """Headers for an allowed caller; the origin is echoed (never "*") and varies the cache."""
    headers = {"Vary": "Origin"}
    if origin is not None:
        headers["Access-Control-Allow-Origin"] = origin
        if preflight:
            headers.update(PREFLIGHT)
    return headers
