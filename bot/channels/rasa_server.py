"""`python -m bot.channels.rasa_server run …`: Rasa's own command line, plus shims.

Both replace work Rasa repeats on every turn with the same work done once, and
both refuse to apply to any Rasa but the locked version, whose code they were
written against (tests/channels/test_rasa_server.py checks each keeps Rasa's
behaviour).

1. The response validator. Rasa 3.6.21 checks every action server reply with
`jsonschema.validate(result, schema)`, which first re-checks Rasa's own fixed
schema against the JSON-Schema metaschema. That re-check was 74% of the Rasa
server's CPU in a consultation turn (py-spy). The shim checks the schema once
and keeps the validator; replies are still validated exactly as before (same
validator class, same best-match error, same message), and an invalid reply
is still rejected.

2. Event types. Loading a conversation from the tracker store turns each stored
event back into an object, and for each one `Event.resolve_by_type` walks every
subclass of `Event` to find the class for its name: 8% of the Rasa server's CPU
in a consultation turn (py-spy). The shim remembers the class found for each
name; a name it has not seen goes to Rasa's own lookup (so unknown names still
raise, and "topic" and defaults behave as before).

3. The action call's payload. Rasa sends the action server every event of the
conversation it holds (up to 100) on every call, and serialising them was 8% of
the Rasa server's CPU in an SMS turn (py-spy, plus aiohttp copying the bytes), with
the action server parsing them again: a turn cost more as a conversation grew.
Our one action reads only the latest message and the sender (the engine keeps
each conversation's place in SQL), so the shim sends the tracker's state without
its events; everything else in the call is Rasa's own.

4. Connections to the action server. Rasa opens a new aiohttp session, and so a
new TCP connection, for every action call (9% of the Rasa server's CPU in an SMS
turn, py-spy, and an accept and close on the action server each time). The shim
keeps one session per endpoint and event loop, whose idle connections are closed
after KEEPALIVE_SECONDS, before the action server (Sanic: 5 s) would close them:
a request never goes out on a connection the server has just closed. A call gives up
after CALL_SECONDS (Rasa: 5 minutes).

5. Logs. As it starts, Rasa installs coloredlogs on the root logger and its
Sanic app installs Sanic's own handlers (text, to stdout, the access log with
each request's URL). The shim puts bot/logs.py's handler in their place, so
every record of the Rasa server is one line in SB_LOG_FORMAT, with no personal
data; Rasa's levels (LOG_LEVEL, LOG_LEVEL_LIBRARIES) still apply.

6. The model's graph run in order, without dask (bot/channels/rasa_graph.py).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from typing import Any, Dict, List, Optional, Type

from bot import logs
from bot.config import ConfigError, load_settings
from bot.runtime import serve_on_asyncio_loop

LOCKED_RASA = "3.6.21"


class ShimRefused(RuntimeError):
    """The installed Rasa is not the version the shim was written for."""


def check_version(version: Optional[str] = None) -> None:
    import rasa

    installed = version or rasa.__version__
    if installed != LOCKED_RASA:
        raise ShimRefused(f"the shims are for Rasa {LOCKED_RASA}, not {installed}: check "
                          "rasa/core/actions/action.py and rasa/shared/core/events.py and update "
                          "bot/channels/rasa_server.py")


def cache_response_validator(version: Optional[str] = None) -> None:
    import jsonschema
    from jsonschema.exceptions import ValidationError, best_match
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    check_version(version)
    schema = RemoteAction.action_response_format_spec()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)  # once, instead of on every reply
    validator = validator_class(schema)

    def _validate_action_result(self: Any, result: Dict[str, Any]) -> bool:
        error: Optional[ValidationError] = best_match(validator.iter_errors(result))
        if error is None:
            return True
        error.message += (
            ". Failed to validate Action server response from API, make sure your response "
            "from the Action endpoint is valid. For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error

    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]


def cache_event_types(version: Optional[str] = None) -> None:
    from rasa.shared.core.events import Event

    check_version(version)
    stock = Event.resolve_by_type
    known: Dict[str, Type[Event]] = {}

    def resolve_by_type(type_name: str, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
        found = known.get(type_name)
        if found is None:
            found = stock(type_name, default)
            if found is not None and found is not default:
                known[type_name] = found
        return found

    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign,assignment]


def slim_action_calls(version: Optional[str] = None) -> None:
    import rasa
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.trackers import EventVerbosity

    check_version(version)

    def _action_call_format(self: Any, tracker: Any, domain: Any) -> Dict[str, Any]:
        state = tracker.current_state(EventVerbosity.NONE)
        state["events"] = []  # the SDK's Tracker takes a list
        result = {"next_action": self._name, "sender_id": tracker.sender_id,
                  "tracker": state, "version": rasa.__version__}
        if (not self._is_selective_domain_enabled()
                or domain.does_custom_action_explicitly_need_domain(self.name())):
            result["domain"] = domain.as_dict()
        return result

    RemoteAction._action_call_format = _action_call_format  # type: ignore[method-assign]


# Below the action server's keep-alive (Sanic's default, 5 s).
KEEPALIVE_SECONDS = 2.0
# How long an action call may take. Rasa waits 5 minutes, far past its own conversation
# lock's 60 s lease: a hung action server held each patient's next message for minutes,
# then let it in beside the turn still running. A turn takes milliseconds, and the
# engine's own waits are bounded (a stuck turn lock: 5 s), so past this the call has
# failed: the channel sends the question they are on if the turn was stored, else the
# apology (bot/channels/database.py lost_replies).
CALL_SECONDS = 30.0


class _Capped:
    """A kept aiohttp session whose requests time out after `seconds`, whatever the
    caller asked (Rasa passes its 5 minutes to every action call)."""

    def __init__(self, session: Any, seconds: float) -> None:
        self._session, self._seconds = session, seconds

    def request(self, method: str, url: Any, **kwargs: Any) -> Any:
        import aiohttp

        kwargs["timeout"] = aiohttp.ClientTimeout(total=self._seconds)
        return self._session.request(method, url, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session, name)


class _KeptSession:
    """What `async with endpoint.session()` gets: the kept session, not closed after."""

    def __init__(self, session: Any, seconds: float) -> None:
        self._session = _Capped(session, seconds)

    async def __aenter__(self) -> Any:
        return self._session

    async def __aexit__(self, *_exc: Any) -> None:
        return None


def keep_connections(version: Optional[str] = None, call_seconds: float = CALL_SECONDS) -> None:
    import aiohttp
    from rasa.utils.endpoints import EndpointConfig

    check_version(version)
    stock = EndpointConfig.session

    def session(self: EndpointConfig) -> Any:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not in a loop: Rasa's own, closed after its one use
            return stock(self)
        kept = self.__dict__.setdefault("_kept_session", {})  # this endpoint's, per loop
        found_loop, found = kept.get(id(loop), (None, None))
        if found is None or found_loop is not loop or found.closed:
            auth = (aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
                    if self.basic_auth else None)
            found = aiohttp.ClientSession(
                headers=self.headers, auth=auth,
                timeout=aiohttp.ClientTimeout(total=call_seconds),
                connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_SECONDS))
            kept[id(loop)] = (loop, found)
        return _KeptSession(found, call_seconds)

    EndpointConfig.session = session  # type: ignore[method-assign]


def route_logging(log_format: str, version: Optional[str] = None) -> None:
    import rasa.utils.common
    import rasa.utils.io

    check_version(version)
    stock_sanic_levels = rasa.utils.common.update_sanic_log_level

    def configure_colored_logging(loglevel: Any) -> None:
        level = loglevel or os.environ.get("LOG_LEVEL") or "INFO"
        logs.configure(log_format, level=logging.getLevelName(level) if isinstance(level, str)
                       else level)

    def update_sanic_log_level(*args: Any, **kwargs: Any) -> None:
        stock_sanic_levels(*args, **kwargs)  # Sanic's levels, from LOG_LEVEL_LIBRARIES
        logs.route_to_root(logs.SANIC_LOGGERS)

    rasa.utils.io.configure_colored_logging = configure_colored_logging
    rasa.utils.common.update_sanic_log_level = update_sanic_log_level


# No channel takes more than this in one request (a Telegram update is a few kB; SMS
# is form fields; REST caps a message at 4,000 characters): Sanic answers 413.
MAX_REQUEST_BYTES = 1_048_576


def with_api_token(argv: List[str], token: str) -> List[str]:
    """`--enable-api` with no `--auth-token` takes SB_RASA_API_TOKEN: a container passes
    the token in its environment, not in arguments anyone on the host can list."""
    given = any(arg in ("-t", "--auth-token") or arg.startswith("--auth-token=") for arg in argv)
    if "--enable-api" not in argv or given:
        return argv
    if not token:
        raise ConfigError("SB_RASA_API_TOKEN must be set to run Rasa's HTTP API (--enable-api): "
                          "it never runs without a token")
    return [*argv, f"--auth-token={token}"]  # one argument: a token may begin with "-"


def main(argv: List[str]) -> None:
    # Sanic reads SANIC_* from the environment when Rasa builds its app (stock: 100 MB).
    os.environ.setdefault("SANIC_REQUEST_MAX_SIZE", str(MAX_REQUEST_BYTES))
    serve_on_asyncio_loop()  # uvloop loses a SIGTERM that comes as the server starts
    try:
        settings = load_settings()
        argv = with_api_token(argv, settings.rasa_api_token)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)
    if argv[:1] == ["run"]:
        from bot.channels.spool import unusable

        problem = unusable(settings.spool_path)
        if problem is not None:  # each message held in an outage goes there
            print(f"error: SB_SPOOL_PATH {settings.spool_path} cannot be used ({problem}); "
                  "point it at a writable file on a volume of its own", file=sys.stderr)
            sys.exit(2)
    route_logging(settings.log_format)
    cache_response_validator()
    cache_event_types()
    slim_action_calls()
    keep_connections()
    from bot.channels.rasa_graph import run_graphs_in_order

    run_graphs_in_order()
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *argv]
    rasa_main()


if __name__ == "__main__":
    main(sys.argv[1:])
