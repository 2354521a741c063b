"""Settings come from the environment, with safe defaults and clear errors."""

from __future__ import annotations

import pytest

from bot.config import DEV_SECRET, ConfigError, load_settings
from bot.trust.pseudonym import pseudonym


def test_defaults_run_on_a_fresh_machine() -> None:
    settings = load_settings({})
    assert settings.database_url.startswith("sqlite:///")
    assert settings.database_url.endswith(".data/sounding-board.db")
    assert settings.suppression_threshold == 8
    assert settings.pseudonym_secret == DEV_SECRET


def test_production_refuses_to_start_without_a_secret() -> None:
    with pytest.raises(ConfigError, match="SB_PSEUDONYM_SECRET"):
        load_settings({"SB_ENV": "production"})
    secret = "s" * 40
    assert load_settings({"SB_ENV": "production", "SB_PSEUDONYM_SECRET": secret}).is_production


@pytest.mark.parametrize("raw", ["eight", "0", "-1"])
def test_bad_numbers_are_named(raw: str) -> None:
    with pytest.raises(ConfigError, match="SB_SUPPRESSION_THRESHOLD"):
        load_settings({"SB_SUPPRESSION_THRESHOLD": raw})


def test_pseudonyms_are_stable_per_channel_and_hide_the_sender() -> None:
    first = pseudonym("secret", "twilio", "+447700900123")
    assert first == pseudonym("secret", "twilio", "+447700900123")
    assert first != pseudonym("secret", "telegram", "+447700900123")
    assert first != pseudonym("other", "twilio", "+447700900123")
    assert "7700900123" not in first and len(first) == 64


def test_nothing_listens_beyond_loopback_by_default() -> None:
    settings = load_settings({})
    assert settings.action_host == "127.0.0.1" and settings.commissioner_host == "127.0.0.1"
    assert settings.action_secret == ""  # `python -m actions` refuses to start without one


def test_the_action_body_cap_must_be_sensible() -> None:
    with pytest.raises(ConfigError, match="SB_ACTION_MAX_BODY"):
        load_settings({"SB_ACTION_MAX_BODY": "10"})


def test_the_action_metrics_port_is_off_unless_set() -> None:
    assert load_settings({}).action_metrics_port == 0
    assert load_settings({"SB_ACTION_METRICS_PORT": "9055"}).action_metrics_port == 9055


@pytest.mark.parametrize("value", ["-1", "70000", "5055"])
def test_an_action_metrics_port_that_cannot_serve_is_refused(value: str) -> None:
    with pytest.raises(ConfigError, match="SB_ACTION_METRICS_PORT"):
        load_settings({"SB_ACTION_METRICS_PORT": value})


@pytest.mark.parametrize("environment", ["prod", "Production", "staging", "live"])
def test_an_unknown_environment_is_refused_not_treated_as_development(environment: str) -> None:
    with pytest.raises(ConfigError, match="SB_ENV"):
        load_settings({"SB_ENV": environment})


@pytest.mark.parametrize("setting", ["SB_ACTION_HOST", "SB_COMMISSIONER_HOST"])
def test_the_development_secret_never_listens_beyond_loopback(setting: str) -> None:
    with pytest.raises(ConfigError, match="SB_PSEUDONYM_SECRET"):
        load_settings({setting: "0.0.0.0"})
    assert load_settings({setting: "0.0.0.0", "SB_PSEUDONYM_SECRET": "x" * 40})


@pytest.mark.parametrize("secret, problem", [
    ("short", "TELEGRAM_SECRET_TOKEN"), ("has spaces in it....", "TELEGRAM_SECRET_TOKEN"),
    ("x" * 257, "TELEGRAM_SECRET_TOKEN"), ("a-good_secret-0123456789", ""),
])
def test_telegram_secret_follows_telegrams_rule(secret: str, problem: str) -> None:
    env = {"TELEGRAM_TOKEN": "1:t", "TELEGRAM_SECRET_TOKEN": secret}
    if problem:
        with pytest.raises(ConfigError, match=problem):
            load_settings(env)
    else:
        assert load_settings(env).telegram.configured


def test_telegram_is_off_until_configured_and_never_asks_telegram_at_start() -> None:
    telegram = load_settings({}).telegram
    assert not telegram.configured
    assert telegram.api_base_url == "https://api.telegram.org"
    with pytest.raises(ConfigError, match="SB_TELEGRAM_INVITE_RATE"):
        load_settings({"SB_TELEGRAM_INVITE_RATE": "31"})


@pytest.mark.parametrize("env, expected", [
    ({}, (24.0, 60.0)),  # as on SMS
    ({"SB_TELEGRAM_REMINDER_HOURS": "2.5", "SB_TELEGRAM_SWEEP_SECONDS": " 30 "}, (2.5, 30.0)),
    ({"SB_TELEGRAM_REMINDER_HOURS": "0"}, "SB_TELEGRAM_REMINDER_HOURS must be more than 0"),
    ({"SB_TELEGRAM_REMINDER_HOURS": "a day"}, "SB_TELEGRAM_REMINDER_HOURS must be a number"),
    ({"SB_TELEGRAM_SWEEP_SECONDS": "-1"}, "SB_TELEGRAM_SWEEP_SECONDS must be more than 0"),
])
def test_telegram_reminder_settings(env: dict, expected: object) -> None:
    if isinstance(expected, str):
        with pytest.raises(ConfigError, match=expected):
            load_settings(env)
    else:
        telegram = load_settings(env).telegram
        assert (telegram.reminder_hours, telegram.sweep_seconds) == expected


@pytest.mark.parametrize("env, expected", [
    ({}, 24.0),  # far beyond the widget's 30 minutes, as SMS's reminder
    ({"SB_WEB_EXPIRY_HOURS": " 2.5 "}, 2.5),
    ({"SB_WEB_EXPIRY_HOURS": "0.5"}, "SB_WEB_EXPIRY_HOURS must be 1 or more"),
    ({"SB_WEB_EXPIRY_HOURS": "0"}, "SB_WEB_EXPIRY_HOURS must be more than 0"),
    ({"SB_WEB_EXPIRY_HOURS": "a day"}, "SB_WEB_EXPIRY_HOURS must be a number"),
])
def test_web_expiry_setting(env: dict, expected: object) -> None:
    if isinstance(expected, str):
        with pytest.raises(ConfigError, match=expected):
            load_settings(env)
    else:
        assert load_settings(env).web_expiry_hours == expected


@pytest.mark.parametrize("env, expected", [
    ({}, "text"),
    ({"SB_ENV": "production", "SB_PSEUDONYM_SECRET": "s" * 40}, "json"),
    ({"SB_LOG_FORMAT": "json"}, "json"),
    ({"SB_LOG_FORMAT": " JSON "}, "json"),
    ({"SB_ENV": "production", "SB_PSEUDONYM_SECRET": "s" * 40, "SB_LOG_FORMAT": "text"}, "text"),
])
def test_logs_are_json_in_production_and_text_for_a_developer(env: dict, expected: str) -> None:
    assert load_settings(env).log_format == expected


def test_an_unknown_log_format_is_named() -> None:
    with pytest.raises(ConfigError, match="SB_LOG_FORMAT"):
        load_settings({"SB_LOG_FORMAT": "yaml"})


@pytest.mark.parametrize("env, link", [
    ({}, "http://127.0.0.1:8080/privacy"),
    ({"SB_PATIENT_WEB_URL": "https://chat.example.nhs.uk/"},
     "https://chat.example.nhs.uk/privacy"),
    ({"SB_PATIENT_WEB_URL": "https://chat.example.nhs.uk",
      "SB_PRIVACY_URL": "https://www.example.nhs.uk/privacy"}, "https://www.example.nhs.uk/privacy"),
])
def test_the_privacy_link_is_a_page_patients_can_reach(env: dict, link: str) -> None:
    """It was the commissioner app's page on localhost:8000, which never faces the internet:
    by default it is now the patient web process's own."""
    assert load_settings(env).privacy_url == link


@pytest.mark.parametrize("name", ["SB_WEB_PORT", "SB_COMMISSIONER_PORT", "SB_ACTION_PORT"])
@pytest.mark.parametrize("raw", ["0", "-1", "99999"])
def test_a_port_out_of_range_is_named(name: str, raw: str) -> None:
    """The server failed to start with no port named, and exit status 0."""
    with pytest.raises(ConfigError, match=f"{name} must be a port from 1 to 65535, got {raw}"):
        load_settings({name: raw})


@pytest.mark.parametrize("env, named", [
    ({"SB_DATABASE_URL": "foo"}, "SB_DATABASE_URL is not a database URL"),
    ({"SB_TRACKER_URL": "foo"}, "SB_TRACKER_URL is not a database URL"),
    ({"SB_REDIS_URL": "localhost:6379"}, "SB_REDIS_URL must start with redis://"),
    ({"SB_RASA_URL": "localhost:5405"}, "SB_RASA_URL must start with http://"),
])
def test_a_url_of_the_wrong_kind_is_named_in_one_line(env: dict, named: str) -> None:
    """They stopped a server with only "ValueError", or left it ready and failing."""
    with pytest.raises(ConfigError, match=named) as raised:
        load_settings(env)
    assert "foo" not in str(raised.value) and "localhost:" not in str(raised.value)


def test_a_password_in_a_bad_url_is_never_said() -> None:
    with pytest.raises(ConfigError) as raised:
        load_settings({"SB_DATABASE_URL": "postgresql://u:s3cret@db/x?bad=%zz", "SB_REDIS_URL":
                       "s3cret@redis"})
    assert "s3cret" not in str(raised.value)
