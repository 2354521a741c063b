"""QR codes that open a consultation's /c/<CODE> page, for posters and leaflets."""

from __future__ import annotations

import io

import segno

KINDS = {"svg": "image/svg+xml", "png": "image/png"}


def qr_code(url: str, kind: str) -> bytes:
    """The QR code of `url` as SVG or PNG (medium error correction survives a smudged poster)."""
    code = segno.make(url, error="m", micro=False)
    out = io.BytesIO()
    if kind == "svg":
        code.save(out, kind="svg", scale=8, border=4, title=url, svgclass=None, lineclass=None)
    else:
        code.save(out, kind="png", scale=8, border=4)
    return out.getvalue()
