"""`python -m bot areas load PATH`: the postcode district -> ICB / sub-ICB lookup, from the
ONS Postcode Directory (its CSV, or the zip ONS publishes), or from the lookup shipped in
the repository (`--shipped`, or its path)."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from bot.areas import load, onspd, shipped
from bot.cli.arguments import command
from bot.cli.commands import CommandError
from bot.config import load_settings
from bot.db.session import make_engine, make_session_factory, unit_of_work


def add_parser(sub: argparse._SubParsersAction) -> None:
    areas = command(sub, "areas", "which ICB and sub-ICB location each postcode "
                    "district is in (England): the lookup shipped (July 2022), or the ONS Postcode "
                    "Directory")
    areas.add_argument("action", choices=["load"], metavar="{load}",
                       help="load: replace the lookup with the file given, or the shipped one")
    areas.add_argument("path", nargs="?", help="ONSPD_<MON>_<YEAR>_UK.csv, or the zip it "
                       "comes in; or the shipped data/areas/england_postcode_districts.csv")
    areas.add_argument("--shipped", action="store_true",
                       help="the lookup shipped in the repository (July 2022 ICBs), unless "
                            "one loaded from the ONS directory is there already")
    areas.add_argument("--names", action="append", default=[], metavar="CSV",
                       help="an ONS names and codes file (ICB or SICBL; read from the zip "
                            "by itself)")


def areas(args: argparse.Namespace) -> int:
    if bool(args.path) == args.shipped:
        raise CommandError("give the file to load, or --shipped (not both)")
    path = shipped.PATH if args.shipped else Path(args.path)
    for given in [path, *map(Path, args.names)]:
        if not given.is_file():
            raise CommandError(f"{given}: no such file")
    if load.is_shipped(path):
        if args.names:
            raise CommandError("--names goes with the ONS directory; the shipped lookup "
                               "names its areas itself")
        return _shipped(path, keep_onspd=args.shipped)
    print(f"reading {path.name} (the whole directory takes a minute or two)...", flush=True)
    try:
        tally, known = load.read(path, [Path(name) for name in args.names])
    except onspd.DirectoryError as error:  # it names the file
        raise CommandError(str(error)) from None
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


def _shipped(path: Path, keep_onspd: bool) -> int:
    try:
        areas, known = load.read_shipped(path)
    except (onspd.DirectoryError, csv.Error, UnicodeDecodeError) as error:
        raise CommandError(f"{path.name}: {error}") from None
    engine = make_engine(load_settings().database_url)
    try:
        with unit_of_work(make_session_factory(engine)) as session:
            current = load.current_source(session)
            if keep_onspd and current and not shipped.is_shipped_source(current):
                print(f"kept the lookup loaded from {current} (newer than the shipped one; "
                      f"give the shipped file's path to replace it)")
                return 0
            loaded = load.store_areas(session, areas, known, shipped.source(path), len(areas),
                                      sum(area.postcodes for area in areas))
    finally:
        engine.dispose()
    print(f"{loaded.districts:,} postcode districts in England, in {loaded.icbs} ICBs and "
          f"{loaded.sub_icbs} sub-ICB locations; {loaded.split:,} of the districts are shared "
          f"between ICBs (each goes to the ICB of most of its postcodes). Shipped lookup: "
          f"{shipped.VINTAGE}; loading the current ONS Postcode Directory replaces it")
    return 0
