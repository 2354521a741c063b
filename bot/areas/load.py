"""Loading the postcode district -> ICB / sub-ICB lookup from an ONS Postcode Directory
file: the CSV itself (`Data/ONSPD_<MON>_<YEAR>_UK.csv`), or the zip ONS publishes, whose
`Documents/` names and codes files give the ICBs and sub-ICB locations their names; or
from the lookup shipped in the repository (`bot.areas.shipped`), told apart by its header.

The whole table is replaced in one transaction, so results never see half a load.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Dict, Iterator, List, Optional, Sequence, Tuple

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.areas import onspd, shipped
from bot.db.models import PostcodeDistrictArea, utcnow
from bot.db.repository import record_audit

MAIN_CSV = re.compile(r"(^|/)Data/[^/]*_UK\.csv$", re.IGNORECASE)


@dataclass(frozen=True)
class Loaded:
    source: str
    rows: int  # postcodes read
    live: int
    districts: int  # stored (mostly in England)
    icbs: int
    sub_icbs: int
    split: int  # districts shared between ICBs (the majority kept)
    named: int  # areas given a name


def _reader(stream: IO[bytes]) -> Iterator[List[str]]:
    # ONS files are UTF-8 (some with a byte-order mark); names may be Welsh, so not ASCII.
    return csv.reader(io.TextIOWrapper(stream, encoding="utf-8-sig", newline=""))


def _count(stream: IO[bytes], tally: onspd.Tally) -> None:
    rows = _reader(stream)
    header = next(rows, None)
    if header is None:
        raise onspd.DirectoryError("the file is empty")
    onspd.count(rows, onspd.columns(header), tally)


def _names(stream: IO[bytes]) -> Dict[str, str]:
    rows = _reader(stream)
    return onspd.names(next(rows, []), rows)


def is_shipped(path: Path) -> bool:
    """Whether `path` is the shipped lookup (a CSV with its header), not ONS's directory."""
    if zipfile.is_zipfile(path):
        return False
    with path.open("rb") as stream:
        try:
            return shipped.is_shipped(next(_reader(stream), []))
        except (UnicodeDecodeError, csv.Error):
            return False


def read_shipped(path: Path) -> Tuple[List[onspd.DistrictArea], Dict[str, str]]:
    with path.open("rb") as stream:
        rows = _reader(stream)
        next(rows, None)
        return shipped.parse(rows)


def current_source(session: Session) -> Optional[str]:
    """Where the lookup loaded now came from; None when none is."""
    return session.scalar(select(PostcodeDistrictArea.source).limit(1))


@contextmanager
def _reading(name: str) -> Iterator[None]:
    """Any problem with a file, said as that file's (one message names one file)."""
    try:
        yield
    except onspd.DirectoryError as error:
        raise onspd.DirectoryError(f"{name}: {error}") from None
    except UnicodeDecodeError:
        raise onspd.DirectoryError(f"{name}: not UTF-8 text, as ONS writes its files "
                                   "(was it saved again from a spreadsheet?)") from None
    except (csv.Error, zipfile.BadZipFile) as error:
        raise onspd.DirectoryError(f"{name}: not a readable CSV or zip file ({error})") from None


def read(path: Path, name_files: Sequence[Path] = ()) -> tuple[onspd.Tally, Dict[str, str]]:
    """Live postcodes by district and any ICB / sub-ICB names, from a CSV or ONS's zip.
    A problem raises DirectoryError naming the file it is in."""
    tally, known = onspd.Tally(), {}
    if zipfile.is_zipfile(path):
        with _reading(path.name), zipfile.ZipFile(path) as bundle:
            members = [m for m in bundle.namelist() if MAIN_CSV.search(m)]
            if len(members) != 1:
                raise onspd.DirectoryError(
                    f"expected one Data/…_UK.csv in the zip, found {len(members)}")
            with bundle.open(members[0]) as stream:
                _count(stream, tally)
            for member in bundle.namelist():
                if "documents/" in member.lower() and member.lower().endswith(".csv"):
                    with bundle.open(member) as stream:
                        known.update(_names(stream))
    else:
        with _reading(path.name), path.open("rb") as stream:
            _count(stream, tally)
    for extra in name_files:
        with _reading(extra.name):
            with extra.open("rb") as stream:
                found = _names(stream)
            if not found:
                raise onspd.DirectoryError("not an ONS names and codes file (no ICB..CD / "
                                           "ICB..NM or SICBL..CD / SICBL..NM columns)")
        known.update(found)
    return tally, known


def store(session: Session, tally: onspd.Tally, known: Dict[str, str], source: str) -> Loaded:
    """Replace the lookup with what `tally` found (audited)."""
    areas = onspd.district_areas(tally)
    if not areas:
        raise onspd.DirectoryError("no live postcode in England with an ICB: nothing loaded "
                                   "(the lookup already there is kept)")
    return store_areas(session, areas, known, source, tally.rows, tally.live)


def store_areas(session: Session, areas: List[onspd.DistrictArea], known: Dict[str, str],
                source: str, rows: int, live: int) -> Loaded:
    """Replace the lookup with `areas` (audited): the whole table, in the caller's
    transaction."""
    now = utcnow()
    session.execute(delete(PostcodeDistrictArea))
    session.add_all(PostcodeDistrictArea(
        district=a.district, icb_code=a.icb, icb_name=known.get(a.icb), sub_icb_code=a.sub_icb,
        sub_icb_name=known.get(a.sub_icb), postcodes=a.postcodes, icb_share=a.icb_share,
        source=source[:200], loaded_at=now) for a in areas)
    loaded = Loaded(source, rows, live, len(areas), len({a.icb for a in areas}),
                    len({a.sub_icb for a in areas}), onspd.split_districts(areas),
                    len({code for a in areas for code in (a.icb, a.sub_icb) if code in known}))
    record_audit(session, "cli", "areas_loaded", f"{source[:100]} districts={loaded.districts} "
                 f"icbs={loaded.icbs} sub_icbs={loaded.sub_icbs}")
    return loaded
