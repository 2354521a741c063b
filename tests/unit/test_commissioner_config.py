"""The commissioner app's settings: safe defaults, clear errors."""

from __future__ import annotations

import pytest

from bot.commissioner.launch_kit import launch_kit
from bot.config import ConfigError, load_settings


def test_defaults() -> None:
    app = load_settings({}).commissioner
    assert (app.session_idle_minutes, app.session_max_hours) == (30, 8)
    assert (app.lockout_attempts, app.lockout_minutes) == (5, 15)


def test_bot_name_without_its_at_and_urls_without_a_trailing_slash() -> None:
    settings = load_settings({"TELEGRAM_BOT_USERNAME": "@WestVoiceBot",
                              "SB_PATIENT_WEB_URL": "https://take-part.example.nhs.uk/"})
    assert settings.telegram.deep_link("MIND24") == "https://t.me/WestVoiceBot?start=MIND24"
    assert settings.web.public_url == "https://take-part.example.nhs.uk"
    assert settings.web.published_link("MIND24") == (
        "https://take-part.example.nhs.uk/published/MIND24")


def test_every_patient_link_comes_from_the_one_patient_web_address() -> None:
    """Launch kits, QR codes and published pages all point where the patient web process
    is, even when only its port was set."""
    settings = load_settings({"SB_WEB_PORT": "9090"})
    assert launch_kit("MIND24", settings).web_link == "http://127.0.0.1:9090/c/MIND24"
    assert settings.web.consultation_link("MIND24") == "http://127.0.0.1:9090/c/MIND24"
    assert settings.web.published_link("MIND24") == "http://127.0.0.1:9090/published/MIND24"


@pytest.mark.parametrize("name", ["SB_SESSION_IDLE_MINUTES", "SB_SESSION_MAX_HOURS",
                                  "SB_LOCKOUT_ATTEMPTS", "SB_LOCKOUT_MINUTES"])
@pytest.mark.parametrize("raw", ["0", "-3", "soon"])
def test_bad_numbers_are_named(name: str, raw: str) -> None:
    with pytest.raises(ConfigError, match=name):
        load_settings({name: raw})


def test_the_app_beyond_loopback_needs_a_real_secret() -> None:
    with pytest.raises(ConfigError, match="SB_PSEUDONYM_SECRET"):
        load_settings({"SB_COMMISSIONER_HOST": "0.0.0.0"})
