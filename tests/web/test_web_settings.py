"""The patient web process's settings: loopback by default, origins checked when read."""

from __future__ import annotations

from typing import Tuple

import pytest

from bot.config import ConfigError, load_settings


def test_defaults_listen_on_loopback_and_allow_only_our_own_pages() -> None:
    web = load_settings({}).web
    assert (web.host, web.port) == ("127.0.0.1", 8080)
    assert web.public_url == "http://127.0.0.1:8080" and web.origin == "http://127.0.0.1:8080"
    assert web.allowed_origins == ()


@pytest.mark.parametrize("raw,expected", [
    ("https://www.school.example", ("https://www.school.example",)),
    (" https://A.example/ , http://b.example:8080 ", ("https://a.example", "http://b.example:8080")),
    ("*", ("*",)),
    ("", ()),
])
def test_allowed_origins(raw: str, expected: Tuple[str, ...]) -> None:
    assert load_settings({"SB_WEB_ALLOWED_ORIGINS": raw}).web.allowed_origins == expected


@pytest.mark.parametrize("name,raw", [
    ("SB_WEB_ALLOWED_ORIGINS", "www.school.example"),
    ("SB_WEB_ALLOWED_ORIGINS", "https://www.school.example/page"),
    ("SB_PATIENT_WEB_URL", "chat.example.nhs.uk"),
    ("SB_WEB_PORT", "eighty"),
])
def test_bad_values_are_named(name: str, raw: str) -> None:
    with pytest.raises(ConfigError, match=name):
        load_settings({name: raw})


def test_a_public_address_is_what_qr_codes_and_origins_use() -> None:
    web = load_settings({"SB_PATIENT_WEB_URL": "https://Chat.Example.nhs.uk/"}).web
    assert web.public_url == "https://Chat.Example.nhs.uk" and web.origin == "https://chat.example.nhs.uk"


def test_listening_beyond_loopback_needs_a_real_secret() -> None:
    with pytest.raises(ConfigError, match="SB_PSEUDONYM_SECRET"):
        load_settings({"SB_WEB_HOST": "0.0.0.0"})
    assert load_settings({"SB_WEB_HOST": "0.0.0.0", "SB_PSEUDONYM_SECRET": "s" * 40}).web.host
