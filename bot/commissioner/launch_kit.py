"""Everything needed to reach people for a live consultation. Pure, apart from segno."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

import segno

from bot.config import Settings


@dataclass(frozen=True)
class LaunchKit:
    code: str
    sms_keyword: str
    sms_number: str  # empty when SMS is not set up
    telegram_link: str
    web_link: str
    embed_snippet: str

    def qr_svg(self) -> str:
        """The web link as a QR code (inline SVG; dark on white, as scanners expect)."""
        return str(segno.make(self.web_link, error="m").svg_inline(
            scale=5, dark="#000", light="#fff", title=f"QR code for {self.web_link}"))


def launch_kit(code: str, settings: Settings) -> LaunchKit:
    code = code.upper()
    web = settings.web.public_url
    return LaunchKit(
        code=code,
        sms_keyword=code,
        sms_number=settings.twilio.from_number,
        telegram_link=settings.telegram.deep_link(quote(code)),
        web_link=settings.web.consultation_link(code),
        embed_snippet=f'<script src="{web}/widget.js" data-consultation="{code}" defer></script>',
    )
