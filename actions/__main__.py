"""`python -m actions`: the action server (see actions/server.py)."""

from __future__ import annotations

import argparse
import logging
import sys

from actions.server import create_app
from bot import logs
from bot.config import ConfigError, load_settings
from bot.metrics import serve_alone
from bot.runtime import serve


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m actions", description=__doc__)
    parser.add_argument("--host", help="default: SB_ACTION_HOST (127.0.0.1)")
    parser.add_argument("--port", type=int, help="default: SB_ACTION_PORT (5055)")
    args = parser.parse_args()
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not settings.action_secret:
        print("error: SB_ACTION_SECRET must be set (Rasa sends it with every action call)",
              file=sys.stderr)
        return 2
    logs.configure(settings.log_format, level=logging.WARNING)
    host = args.host or settings.action_host
    if settings.action_metrics_port:
        try:
            serve_alone(host, settings.action_metrics_port)
        except OSError as error:
            print(f"error: SB_ACTION_METRICS_PORT {settings.action_metrics_port}: "
                  f"{error.strerror}", file=sys.stderr)
            return 2
    serve(lambda: create_app(settings), host=host, port=args.port or settings.action_port,
          access_log=False, motd=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
