"""`python -m bot …`: the commissioner and operator command line."""

from __future__ import annotations

import argparse
import sys
from typing import Callable, Dict, List, Optional

from bot.cli import commands, serve


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = root.add_subparsers(dest="command", required=True)
    db = sub.add_parser("db", help="database schema")
    db.add_argument("action", choices=["upgrade"])
    for name, help_text in (("validate", "check scripts, naming line and field of each error"),
                            ("load", "validate and load scripts (files or folders)")):
        cmd = sub.add_parser(name, help=help_text)
        cmd.add_argument("paths", nargs="+")
    for name, help_text in (("launch", "open a consultation for answers"),
                            ("close", "stop taking answers"),
                            ("results", "per-question results, small numbers hidden")):
        cmd = sub.add_parser(name, help=help_text)
        cmd.add_argument("code")
    sub.add_parser("list", help="consultations with participation and completion counts")
    export = sub.add_parser("export", help="answers as CSV (one row per answer)")
    export.add_argument("code")
    export.add_argument("--out", help="file to write (default: standard output)")
    run = sub.add_parser("serve", help="run Rasa, the action server and the commissioner app")
    run.add_argument("--no-rasa", action="store_true", help="skip the Rasa server")
    return root


HANDLERS: Dict[str, Callable[[argparse.Namespace], int]] = {
    "db": commands.db,
    "validate": commands.validate,
    "load": commands.load,
    "launch": commands.launch,
    "close": commands.close,
    "list": commands.list_consultations,
    "results": commands.results,
    "export": commands.export,
    "serve": serve.serve,
}


def main(argv: Optional[List[str]] = None) -> int:
    args = parser().parse_args(argv)
    try:
        return HANDLERS[args.command](args)
    except commands.CommandError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
