"""`python -m bot areas load PATH`: the postcode district -> ICB / sub-ICB lookup, from the
ONS Postcode Directory (its CSV, or the zip ONS publishes)."""

from __future__ import annotations

import argparse
import csv
import zipfile
from pathlib import Path

from bot.areas import load, onspd
from bot.cli.commands import CommandError
from bot.config import load_settings
from bot.db.session import make_engine, make_session_factory, unit_of_work


def add_parser(sub: argparse._SubParsersAction) -> None:
    areas = sub.add_parser("areas", help="which ICB and sub-ICB location each postcode "
                           "district is in (England), from the ONS Postcode Directory")
    areas.add_argument("action", choices=["load"])
    areas.add_argument("path", help="ONSPD_<MON>_<YEAR>_UK.csv, or the zip it comes in")
    areas.add_argument("--names", action="append", default=[], metavar="CSV",
                       help="an ONS names and codes file (ICB or SICBL; read from the zip "
                            "by itself)")


def areas(args: argparse.Namespace) -> int:
    path = Path(args.path)
    for given in [path, *map(Path, args.names)]:
        if not given.is_file():
            raise CommandError(f"{given}: no such file")
    print(f"reading {path.name} (the whole directory takes a minute or two)...", flush=True)
    try:
        tally, known = load.read(path, [Path(name) for name in args.names])
    except (onspd.DirectoryError, csv.Error, UnicodeDecodeError, zipfile.BadZipFile) as error:
        raise CommandError(f"{path.name}: {error}") from None
    engine = make_engine(load_settings().database_url)
    try:
        with unit_of_work(make_session_factory(engine)) as session:
            loaded = load.store(session, tally, known, path.name)
    except onspd.DirectoryError as error:
        raise CommandError(f"{path.name}: {error}") from None
    finally:
        engine.dispose()
    print(f"{loaded.rows:,} postcodes read, {loaded.live:,} live: {loaded.districts:,} postcode "
          f"districts in England, in {loaded.icbs} ICBs and {loaded.sub_icbs} sub-ICB "
          f"locations; {loaded.split:,} of the districts are shared between ICBs (each goes to "
          f"the ICB of most of its postcodes); {loaded.named} areas named")
    return 0
