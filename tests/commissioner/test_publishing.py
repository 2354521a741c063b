"""Publish back: a closed consultation's summary, small numbers hidden, for anyone."""

from __future__ import annotations

from typing import Tuple

import requests

from tests.commissioner.live import Browser
from tests.commissioner.world import FOREIGN_MARK, PASSWORD, World


def test_publish_a_closed_consultation_then_take_it_down(app: Tuple[World, str]) -> None:
    world, base = app
    author = Browser(base)
    author.sign_in(world.own.users["author"], PASSWORD)
    assert author.post("/consultations/OWN1/launch", {"closes": "2099-01-01"},
                       form_from="/tokens").status_code == 303
    live = author.post("/consultations/OWN1/publish", {"we_did": "We opened on Saturdays."},
                       form_from="/tokens")
    assert live.status_code == 422 and "close the consultation" in live.text
    assert author.post("/consultations/OWN1/close", form_from="/tokens").status_code == 303
    empty = author.post("/consultations/OWN1/publish", {"we_did": "  "}, form_from="/tokens")
    assert empty.status_code == 422
    done = author.post("/consultations/OWN1/publish",
                       {"we_did": "We opened on Saturdays.\n<b>Thank you</b>"},
                       form_from="/tokens")
    assert done.status_code == 303 and done.headers["location"] == "/published/OWN1"

    public = requests.get(f"{base}/published/own1", timeout=30)  # anyone, no sign-in
    assert public.status_code == 200
    text = public.text
    assert "39 people took part" in text and "We opened on Saturdays." in text
    assert "&lt;b&gt;Thank you&lt;/b&gt;" in text  # shown as text, never as markup
    assert "Have you used the service?" in text and "* (hidden)" in text
    assert "=1+1 quick" not in text and FOREIGN_MARK not in text  # no free text at all
    assert 'aria-labelledby="pub-0-t pub-0-d"' in text

    assert author.post("/consultations/OWN1/unpublish", form_from="/tokens").status_code == 303
    assert requests.get(f"{base}/published/OWN1", timeout=30).status_code == 404
    assert author.post("/consultations/FOR1/publish", {"we_did": "x"},
                       form_from="/tokens").status_code == 404
