"""Settings, read from the environment in one place.

Every setting has a safe default so the product runs on a fresh machine with
nothing configured; production refuses the defaults that are not safe.
"""

from __future__ import annotations

import ipaddress
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional, Tuple
from urllib.parse import quote

from bot.send_window import DEFAULT as DEFAULT_SEND_WINDOW
from bot.send_window import BadWindow, SendWindow, parse_window

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEV_SECRET = "dev-only-pseudonym-secret-not-for-production"
ENVIRONMENTS = ("development", "production")
LOG_FORMATS = ("json", "text")
LOOPBACK = ("127.0.0.1", "localhost", "::1")


class ConfigError(RuntimeError):
    """A setting is missing or unsafe; the message says which and why."""


@dataclass(frozen=True)
class TwilioSettings:
    account_sid: str
    auth_token: str
    from_number: str
    messaging_service_sid: str
    public_url: str  # what Twilio calls, e.g. https://sb.example.nhs.uk (signatures use it)
    api_base_url: str  # Twilio's REST API, or a compatible endpoint (tests: a fake)
    send_rate: float  # invitations per second
    reminder_hours: float
    expiry_hours: float
    sweep_seconds: float  # how often reminders and expiry are checked
    reply_wait: float  # seconds a reply may go in the webhook's answer (0: always by API)

    @property
    def configured(self) -> bool:
        return bool(self.account_sid and self.auth_token
                    and (self.from_number or self.messaging_service_sid))


@dataclass(frozen=True)
class WebSettings:
    """The patient-facing web process: the widget, /c/<CODE> pages, QR codes."""

    host: str
    port: int
    public_url: str  # where patients reach it, e.g. https://chat.example.nhs.uk (QR codes, links)
    allowed_origins: Tuple[str, ...]  # sites that may embed the widget ("*": any)

    @property
    def origin(self) -> str:
        return origin_of(self.public_url)

    def consultation_link(self, code: str) -> str:
        """Where patients take part on the web (launch kits, QR codes)."""
        return f"{self.public_url}/c/{quote(code)}"

    def published_link(self, code: str) -> str:
        """A closed consultation's "you said, we did" page, for patients."""
        return f"{self.public_url}/published/{quote(code)}"


def origin_of(url: str) -> str:
    """scheme://host[:port] of a URL, lower-cased, the way browsers send Origin."""
    scheme, _, rest = url.partition("://")
    return f"{scheme.lower()}://{rest.split('/', 1)[0].lower()}"


@dataclass(frozen=True)
class TelegramSettings:
    token: str  # from @BotFather; only ever from the environment
    secret_token: str  # Telegram sends it in X-Telegram-Bot-Api-Secret-Token
    api_base_url: str  # Telegram's Bot API, a self-hosted Bot API server, or a test fake
    public_url: str  # where Telegram reaches our webhook (set-webhook registers it)
    bot_username: str  # for deep links: t.me/<bot_username>?start=CODE
    invite_rate: float  # invitations per second (Telegram allows about 30)
    reminder_hours: float = 24.0  # an idle consultation's one reminder, as on SMS
    sweep_seconds: float = 60.0  # how often reminders are checked

    @property
    def configured(self) -> bool:
        return bool(self.token and self.secret_token)

    def deep_link(self, code: str) -> str:
        """The link that opens the bot and starts `code` (a placeholder until it is named)."""
        return f"https://t.me/{self.bot_username or '<TELEGRAM_BOT_USERNAME>'}?start={code}"


@dataclass(frozen=True)
class CommissionerSettings:
    """The commissioner app: sign-in sessions, lock-out and sign-in throttling (the links a
    launch hands out are the patient web process's: WebSettings.public_url)."""

    session_idle_minutes: int  # a session unused this long is signed out
    session_max_hours: int  # and any session this old
    lockout_attempts: int  # failed sign-ins in a row before the account is locked
    lockout_minutes: int
    # Failed sign-ins one client address may make at once, then how many an hour after
    # that (whatever the accounts); shared through SB_REDIS_URL when it is set.
    address_failures: int = 10
    address_failures_per_hour: int = 30
    trusted_proxies: Tuple[str, ...] = ()  # whose X-Forwarded-For is believed


def trusted_proxies(raw: str) -> Tuple[str, ...]:
    """SB_TRUSTED_PROXIES: addresses or CIDR ranges of our own proxies, comma-separated."""
    found = []
    for item in (part.strip() for part in raw.split(",")):
        if not item:
            continue
        try:
            found.append(str(ipaddress.ip_network(item, strict=False)))
        except ValueError:
            raise ConfigError("SB_TRUSTED_PROXIES is a comma-separated list of addresses or "
                              f"ranges like 10.0.0.0/8, got {item!r}") from None
    return tuple(found)


def load_commissioner(env: Mapping[str, str]) -> CommissionerSettings:
    settings = CommissionerSettings(
        session_idle_minutes=_int(env, "SB_SESSION_IDLE_MINUTES", 30),
        session_max_hours=_int(env, "SB_SESSION_MAX_HOURS", 8),
        lockout_attempts=_int(env, "SB_LOCKOUT_ATTEMPTS", 5),
        lockout_minutes=_int(env, "SB_LOCKOUT_MINUTES", 15),
        address_failures=_int(env, "SB_ADDRESS_SIGN_IN_FAILURES", 10),
        address_failures_per_hour=_int(env, "SB_ADDRESS_SIGN_IN_FAILURES_PER_HOUR", 30),
        trusted_proxies=trusted_proxies(env.get("SB_TRUSTED_PROXIES", "")),
    )
    for name, value in (("SB_SESSION_IDLE_MINUTES", settings.session_idle_minutes),
                        ("SB_ADDRESS_SIGN_IN_FAILURES", settings.address_failures),
                        ("SB_ADDRESS_SIGN_IN_FAILURES_PER_HOUR",
                         settings.address_failures_per_hour),
                        ("SB_SESSION_MAX_HOURS", settings.session_max_hours),
                        ("SB_LOCKOUT_ATTEMPTS", settings.lockout_attempts),
                        ("SB_LOCKOUT_MINUTES", settings.lockout_minutes)):
        if value < 1:
            raise ConfigError(f"{name} must be 1 or more")
    return settings


@dataclass(frozen=True)
class Settings:
    environment: str
    database_url: str
    pseudonym_secret: str
    notice_version: str
    privacy_url: str
    suppression_threshold: int
    commissioner_host: str
    commissioner_port: int
    rasa_url: str
    rasa_api_token: str
    retention_days: int
    action_host: str
    action_port: int
    action_secret: str  # Rasa sends it with every action call; nobody else has it
    action_max_body: int  # bytes, after any decompression
    # A second port serving only /metrics (0: none), so that Prometheus can be let in
    # without reaching the port that runs actions.
    action_metrics_port: int
    redis_url: str  # Rasa's lock store across replicas; empty: one process's own
    tracker_url: str  # Rasa's tracker store on SQL (replicas); empty: bounded, in memory
    rasa_max_conversations: int  # conversations Rasa keeps in memory (the embedded default)
    # Web chats (REST) from one client address, and from everyone together, a minute (and
    # at once): new conversation ids and messages alike; shared through SB_REDIS_URL.
    rest_per_address: Tuple[float, int]
    rest_everyone: Tuple[float, int]
    # A web chat's consultation left this long unanswered expires and the conversation
    # is forgotten (bot/channels/web_expiry.py): the web cannot send a reminder.
    web_expiry_hours: float
    # When in the day (UK time) reminders and invitations may go (bot/send_window.py).
    send_window: SendWindow
    spool_path: Path  # messages held on local disk while the answers database is down
    spool_retry_seconds: float  # how often held messages are tried again
    # How often each Rasa server forgets the conversations erasures queued for it.
    rasa_erasure_seconds: float
    twilio: TwilioSettings
    web: WebSettings
    telegram: TelegramSettings
    commissioner: CommissionerSettings
    log_format: str  # "json" (one object a line, for a log collector) or "text" (bot/logs.py)

    @property
    def is_production(self) -> bool:
        return self.environment == "production"


def default_database_url() -> str:
    return f"sqlite:///{PROJECT_ROOT / '.data' / 'sounding-board.db'}"


def _port(env: Mapping[str, str], name: str, default: int) -> int:
    """A port to listen on: 1-65535 (out of range, the server failed to start with no
    port named, and exit status 0)."""
    port = _int(env, name, default)
    if not 1 <= port <= 65535:
        raise ConfigError(f"{name} must be a port from 1 to 65535, got {port}")
    return port


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None


def _window(env: Mapping[str, str], name: str) -> SendWindow:
    try:
        return parse_window(env.get(name, "").strip() or DEFAULT_SEND_WINDOW)
    except BadWindow as error:
        raise ConfigError(f"{name}: {error}") from None


def _float(env: Mapping[str, str], name: str, default: float, zero: bool = False) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if value < 0 or (value == 0 and not zero):
        raise ConfigError(f"{name} must be {'0 or ' if zero else ''}more than 0")
    return value


def rasa_url(env: Mapping[str, str]) -> str:
    """Where the Rasa server answers; Twilio's and Telegram's webhooks reach it there too
    unless their public URLs say otherwise."""
    return env.get("SB_RASA_URL", "").strip().rstrip("/") or "http://127.0.0.1:5005"


def load_twilio(env: Mapping[str, str]) -> TwilioSettings:
    return TwilioSettings(
        account_sid=env.get("TWILIO_ACCOUNT_SID", "").strip(),
        auth_token=env.get("TWILIO_AUTH_TOKEN", "").strip(),
        from_number=env.get("TWILIO_FROM_NUMBER", "").strip(),
        messaging_service_sid=env.get("TWILIO_MESSAGING_SERVICE_SID", "").strip(),
        public_url=env.get("TWILIO_PUBLIC_URL", "").strip().rstrip("/") or rasa_url(env),
        api_base_url=env.get("TWILIO_API_BASE_URL", "").strip().rstrip("/")
        or "https://api.twilio.com",
        send_rate=_float(env, "SB_SMS_SEND_RATE", 1.0),
        reminder_hours=_float(env, "SB_SMS_REMINDER_HOURS", 24.0),
        expiry_hours=_float(env, "SB_SMS_EXPIRY_HOURS", 48.0),
        sweep_seconds=_float(env, "SB_SMS_SWEEP_SECONDS", 60.0),
        reply_wait=_float(env, "SB_SMS_REPLY_WAIT_SECONDS", 8.0, zero=True),
    )


def load_web(env: Mapping[str, str]) -> WebSettings:
    host = env.get("SB_WEB_HOST", "").strip() or "127.0.0.1"
    port = _port(env, "SB_WEB_PORT", 8080)
    # The same address the commissioner app hands out in launch links and embed snippets.
    public_url = env.get("SB_PATIENT_WEB_URL", "").strip().rstrip("/") or f"http://{host}:{port}"
    if not public_url.startswith(("https://", "http://")):
        raise ConfigError(f"SB_PATIENT_WEB_URL must start with https:// or http://, got {public_url!r}")
    origins = []
    for raw in env.get("SB_WEB_ALLOWED_ORIGINS", "").split(","):
        origin = raw.strip().rstrip("/")
        if origin and origin != "*" and (not origin.startswith(("https://", "http://"))
                                         or "/" in origin.split("://", 1)[1]):
            raise ConfigError("SB_WEB_ALLOWED_ORIGINS is a comma-separated list of origins like "
                              f"https://www.example.nhs.uk (no path), got {origin!r}")
        if origin:
            origins.append(origin if origin == "*" else origin_of(origin))
    return WebSettings(host=host, port=port, public_url=public_url,
                       allowed_origins=tuple(origins))


def load_telegram(env: Mapping[str, str]) -> TelegramSettings:
    settings = TelegramSettings(
        token=env.get("TELEGRAM_TOKEN", "").strip(),
        secret_token=env.get("TELEGRAM_SECRET_TOKEN", "").strip(),
        api_base_url=env.get("TELEGRAM_API_BASE_URL", "").strip().rstrip("/")
        or "https://api.telegram.org",
        public_url=env.get("TELEGRAM_PUBLIC_URL", "").strip().rstrip("/") or rasa_url(env),
        bot_username=env.get("TELEGRAM_BOT_USERNAME", "").strip().lstrip("@"),
        invite_rate=_float(env, "SB_TELEGRAM_INVITE_RATE", 25.0),
        reminder_hours=_float(env, "SB_TELEGRAM_REMINDER_HOURS", 24.0),
        sweep_seconds=_float(env, "SB_TELEGRAM_SWEEP_SECONDS", 60.0),
    )
    # Telegram's own rule for secret_token: 1-256 characters of A-Z, a-z, 0-9, _ and -.
    if settings.secret_token and not re.fullmatch(r"[A-Za-z0-9_-]{16,256}", settings.secret_token):
        raise ConfigError("TELEGRAM_SECRET_TOKEN must be 16-256 characters of letters, digits, "
                          "_ and - (Telegram's rule, with a floor of 16)")
    if settings.invite_rate > 30:
        raise ConfigError("SB_TELEGRAM_INVITE_RATE must be 30 or less (Telegram's limit)")
    return settings


def load_log_format(env: Mapping[str, str]) -> str:
    """SB_LOG_FORMAT, by default JSON in production (a collector reads it) and text in
    development (a person reads `make run`'s terminal)."""
    environment = env.get("SB_ENV", "").strip() or "development"
    chosen = env.get("SB_LOG_FORMAT", "").strip().lower()
    chosen = chosen or ("json" if environment == "production" else "text")
    if chosen not in LOG_FORMATS:
        raise ConfigError(f"SB_LOG_FORMAT must be one of {', '.join(LOG_FORMATS)}, got {chosen!r}")
    return chosen


def load_settings(env: Optional[Mapping[str, str]] = None) -> Settings:
    """Build settings from `env` (default: the process environment)."""
    env = os.environ if env is None else env
    environment = env.get("SB_ENV", "development").strip() or "development"
    secret = env.get("SB_PSEUDONYM_SECRET", "").strip()
    if environment not in ENVIRONMENTS:
        raise ConfigError(f"SB_ENV must be one of {', '.join(ENVIRONMENTS)}, got {environment!r}")
    if environment == "production" and len(secret) < 32:
        raise ConfigError(
            "SB_PSEUDONYM_SECRET must be set (32+ characters) when SB_ENV=production"
        )
    settings = Settings(
        environment=environment,
        database_url=env.get("SB_DATABASE_URL", "").strip() or default_database_url(),
        pseudonym_secret=secret or DEV_SECRET,
        notice_version=env.get("SB_NOTICE_VERSION", "2026-12").strip() or "2026-12",
        # The patient web process's own page by default: the commissioner app's never
        # faces the internet, so a link to it was dead for every patient.
        privacy_url=env.get("SB_PRIVACY_URL", "").strip() or f"{load_web(env).public_url}/privacy",
        suppression_threshold=_int(env, "SB_SUPPRESSION_THRESHOLD", 8),
        commissioner_host=env.get("SB_COMMISSIONER_HOST", "127.0.0.1").strip(),
        commissioner_port=_port(env, "SB_COMMISSIONER_PORT", 8000),
        rasa_url=rasa_url(env),
        rasa_api_token=env.get("SB_RASA_API_TOKEN", "").strip(),
        retention_days=_int(env, "SB_RETENTION_DAYS", 365),
        # Loopback by default: only Rasa on this machine may call the action server.
        action_host=env.get("SB_ACTION_HOST", "").strip() or "127.0.0.1",
        action_port=_port(env, "SB_ACTION_PORT", 5055),
        action_secret=env.get("SB_ACTION_SECRET", "").strip(),
        action_max_body=_int(env, "SB_ACTION_MAX_BODY", 1_048_576),
        action_metrics_port=_int(env, "SB_ACTION_METRICS_PORT", 0),
        redis_url=env.get("SB_REDIS_URL", "").strip(),
        tracker_url=env.get("SB_TRACKER_URL", "").strip(),
        rasa_max_conversations=_int(env, "SB_RASA_MAX_CONVERSATIONS", 5000),
        rest_per_address=(_float(env, "SB_REST_PER_ADDRESS_PER_MINUTE", 120.0),
                          _int(env, "SB_REST_PER_ADDRESS_BURST", 60)),
        rest_everyone=(_float(env, "SB_REST_EVERYONE_PER_MINUTE", 12_000.0),
                       _int(env, "SB_REST_EVERYONE_BURST", 2_000)),
        web_expiry_hours=_float(env, "SB_WEB_EXPIRY_HOURS", 24.0),
        send_window=_window(env, "SB_SEND_WINDOW"),
        spool_path=Path(env.get("SB_SPOOL_PATH", "").strip()
                        or PROJECT_ROOT / ".data" / "spool.sqlite"),
        spool_retry_seconds=_float(env, "SB_SPOOL_RETRY_SECONDS", 2.0),
        rasa_erasure_seconds=_float(env, "SB_RASA_ERASURE_SECONDS", 30.0),
        twilio=load_twilio(env),
        web=load_web(env),
        telegram=load_telegram(env),
        commissioner=load_commissioner(env),
        log_format=load_log_format(env),
    )
    if settings.suppression_threshold < 1:
        raise ConfigError("SB_SUPPRESSION_THRESHOLD must be 1 or more")
    if not secret and any(host not in LOOPBACK for host in (settings.action_host,
                                                            settings.commissioner_host,
                                                            settings.web.host)):
        raise ConfigError("SB_PSEUDONYM_SECRET must be set when anything listens beyond "
                          "127.0.0.1 (the development secret is public)")
    if settings.action_max_body < 1024:
        raise ConfigError("SB_ACTION_MAX_BODY must be 1024 bytes or more")
    if not 0 <= settings.action_metrics_port <= 65535 or (
            settings.action_metrics_port == settings.action_port):
        raise ConfigError("SB_ACTION_METRICS_PORT must be 0 (none) or a port from 1 to 65535 "
                          "other than SB_ACTION_PORT")
    if settings.rasa_max_conversations < 1:
        raise ConfigError("SB_RASA_MAX_CONVERSATIONS must be 1 or more")
    if settings.retention_days < 1:
        raise ConfigError("SB_RETENTION_DAYS must be 1 or more")
    if min(settings.rest_per_address[1], settings.rest_everyone[1]) < 1:
        raise ConfigError("SB_REST_PER_ADDRESS_BURST and SB_REST_EVERYONE_BURST must be 1 or more")
    if not 0 <= settings.twilio.reply_wait <= 12:
        raise ConfigError("SB_SMS_REPLY_WAIT_SECONDS must be between 0 and 12 (Twilio waits "
                          "15 s for a webhook's answer)")
    if settings.web_expiry_hours < 1:
        raise ConfigError("SB_WEB_EXPIRY_HOURS must be 1 or more (the widget itself keeps "
                          "an unused chat for 30 minutes)")
    if not 0.1 <= settings.spool_retry_seconds <= 300:
        raise ConfigError("SB_SPOOL_RETRY_SECONDS must be between 0.1 and 300")
    if not 0.1 <= settings.rasa_erasure_seconds <= 300:
        raise ConfigError("SB_RASA_ERASURE_SECONDS must be between 0.1 and 300")
    check_urls(settings)
    return settings


def check_urls(settings: Settings) -> None:
    """Each URL setting is one of its kind, said in one line at start-up, never with the
    URL itself (it may hold a password). A Rasa server with `SB_REDIS_URL=localhost:6379`
    stopped with only "ValueError"; a web process with `SB_RASA_URL=localhost:5405` said
    ready and answered every patient 502; `retention apply` with `SB_TRACKER_URL=foo`
    named SB_DATABASE_URL, after doing half its work."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    for name, url in (("SB_DATABASE_URL", settings.database_url),
                      ("SB_TRACKER_URL", settings.tracker_url)):
        try:
            if url:
                make_url(url)
        except ArgumentError:
            raise ConfigError(f"{name} is not a database URL: for example "
                              "postgresql+psycopg2://user@host/dbname or "
                              "sqlite:///path/to/file.db") from None
    if settings.redis_url and not settings.redis_url.startswith(
            ("redis://", "rediss://", "unix://")):
        raise ConfigError("SB_REDIS_URL must start with redis://, rediss:// or unix://, "
                          "for example redis://10.0.0.5:6379/0")
    if not settings.rasa_url.startswith(("http://", "https://")):
        raise ConfigError("SB_RASA_URL must start with http:// or https://, for example "
                          "http://127.0.0.1:5005")
