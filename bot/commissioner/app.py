"""The commissioner app (Sanic). For now: a holding page, health and the privacy notice."""

from __future__ import annotations

from sanic import Sanic, response
from sanic.request import Request

from bot.config import Settings, load_settings

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Sounding Board</title></head><body>
<h1>Sounding Board</h1>
<p>The commissioner dashboard is coming. Until then use the command line:
<code>python -m bot list</code>, <code>python -m bot results CODE</code>,
<code>python -m bot export CODE</code>.</p></body></html>"""

PRIVACY = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Privacy notice</title></head><body><h1>Sounding Board privacy notice</h1>
<p>Version {version}.</p>
<p>Sounding Board runs short surveys for NHS organisations. Taking part is
voluntary and you can stop at any time by sending STOP.</p>
<p>We do not store your name, phone number or chat id with your answers: each
person is given a random-looking reference instead. We keep your age group and
the first half of your postcode so results can be grouped. The organisation
that runs the survey sees grouped results, with small numbers hidden, and
anonymous answers for analysis.</p>
<p>Please don't include names or contact details in your answers; if you do,
we remove them before saving.</p></body></html>"""


def create_app(settings: Settings) -> Sanic:
    app = Sanic("sounding_board_commissioner")
    app.ctx.settings = settings

    @app.get("/")
    async def home(_request: Request) -> response.HTTPResponse:
        return response.html(PAGE)

    @app.get("/health")
    async def health(_request: Request) -> response.HTTPResponse:
        return response.json({"status": "ok"})

    @app.get("/privacy")
    async def privacy(_request: Request) -> response.HTTPResponse:
        return response.html(PRIVACY.format(version=settings.notice_version))

    return app


def main() -> None:
    settings = load_settings()
    create_app(settings).run(
        host=settings.commissioner_host, port=settings.commissioner_port,
        access_log=False, workers=1, motd=False,
    )
