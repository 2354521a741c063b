"""`python -m bot areas load`: a small synthetic file in the ONS Postcode Directory's own
format (every column of the February 2023 edition, made-up postcodes and codes), as the
CSV and as the zip ONS publishes; then results count areas as sub-ICB locations."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Dict, List, Tuple

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.areas import shipped
from bot.cli.main import main
from bot.db.models import Consultation, PostcodeDistrictArea
from bot.db.session import unit_of_work
from bot.reporting import findings
from tests.actions.harness import Patient
from tests.cli.conftest import run
from tests.cli.test_erasure import TEST_SCRIPT

# The columns of ONSPD_FEB_2023_UK.csv, in order (ONS's user guide names each one).
HEADER = ("pcd,pcd2,pcds,dointr,doterm,oscty,ced,oslaua,osward,parish,usertype,oseast1m,"
          "osnrth1m,osgrdind,oshlthau,nhser,ctry,rgn,streg,pcon,eer,teclec,ttwa,pct,itl,"
          "statsward,oa01,casward,npark,lsoa01,msoa01,ur01ind,oac01,oa11,lsoa11,msoa11,wz11,"
          "sicbl,bua11,buasd11,ru11ind,oac11,lat,long,lep1,lep2,pfa,imd,calncv,icb,oa21,"
          "lsoa21,msoa21").split(",")
ENGLAND, WALES = "E92000001", "W92000004"
NORTH, SOUTH = "E54000901", "E54000902"  # made up, in ONS's format (E54: ICB)
N1, N2, S1 = "E38000911", "E38000912", "E38000921"  # E38: sub-ICB location
# district -> (live postcodes by (icb, sub-ICB location, country), terminated ones)
PLACES: Dict[str, Tuple[List[Tuple[str, str, str, int]], int]] = {
    "LS6": ([(NORTH, N1, ENGLAND, 8)], 2),
    "LS1": ([(NORTH, N2, ENGLAND, 5), (SOUTH, S1, ENGLAND, 3)], 0),  # split: North has most
    "BD1": ([(SOUTH, S1, ENGLAND, 4)], 0),
    "CF10": ([("W99999999", "W11000029", WALES, 5)], 0),
    "SY10": ([("W99999999", "W11000028", WALES, 3), (SOUTH, S1, ENGLAND, 2)], 0),  # Welsh
}
NAMES = {"Documents/ICB names and codes UK as at 04_23.csv": (
             "ICB23CD,ICB23CDH,ICB23NM", [(NORTH, "QXX", "NHS Test North Integrated Care Board"),
                                          (SOUTH, "QYY", "NHS Test South Integrated Care Board")]),
         "Documents/SICBL names and codes UK as at 04_23.csv": (
             "SICBL23CD,SICBL23CDH,SICBL23NM", [(N1, "01A", "NHS Test North ICB - 01A"),
                                                (N2, "02B", "NHS Test North ICB - 02B"),
                                                (S1, "03C", "NHS Test South ICB - 03C")]),
         "Documents/Country names and codes UK as at 08_12.csv": (
             "CTRY12CD,CTRY12CDO,CTRY12NM", [(ENGLAND, "921", "England")])}


def directory() -> str:
    """The synthetic directory as ONS writes it: every field quoted, 7-, 8- and
    variable-length postcodes, an end month for terminated ones."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerow(HEADER)
    for district, (live, terminated) in PLACES.items():
        entries = [(*place, "") for place in live] + [(SOUTH, S1, ENGLAND, terminated, "202201")]
        n = 0
        for icb, sub_icb, country, how_many, ended in entries:
            for _ in range(how_many):
                n += 1
                inward = f"{n % 10}{'ABDEFGHJLNPQRSTUWXYZ'[n // 10]}A"
                row = dict.fromkeys(HEADER, "")
                row.update(pcd=f"{district:<4}{inward}", pcd2=f"{district:<5}{inward}",
                           pcds=f"{district} {inward}", dointr="198001", doterm=ended,
                           ctry=country, icb=icb, sicbl=sub_icb, lat="53.8", long="-1.5")
                writer.writerow([row[name] for name in HEADER])
    return out.getvalue()


def names_file(header: str, rows: List[Tuple[str, str, str]]) -> str:
    return header + "\r\n" + "".join(",".join(row) + "\r\n" for row in rows)


@pytest.fixture
def ons_zip(tmp_path: Path) -> Path:
    path = tmp_path / "ONSPD_FEB_2023.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("Data/ONSPD_FEB_2023_UK.csv", "\ufeff" + directory())
        for member, (header, rows) in NAMES.items():
            bundle.writestr(member, names_file(header, rows))
        bundle.writestr("User Guide/ONSPD User Guide Feb 2023.pdf", b"%PDF-1.4")
    return path


def areas_shown(factory: sessionmaker) -> Tuple[str, Dict[str, int]]:
    with unit_of_work(factory) as session:
        consultation = session.scalar(select(Consultation))
        found = findings.participation(session, consultation.organisation_id, consultation, 1)
    return found["area_level"], {row["label"]: row["count"] for row in found["breakdowns"]["area"]}


def take_part(postcode: str) -> None:
    patient = Patient()
    for message in ("TEST1", "yes", "19", postcode, "no", "4"):
        patient.says(message, "start_consultation" if message == "TEST1" else "", 0.9)


def test_load_the_ons_zip_and_results_count_sub_icb_locations(
        cli_db: str, sqlite_factory: sessionmaker, ons_zip: Path,
        capsys: pytest.CaptureFixture) -> None:
    assert main(["load", str(TEST_SCRIPT)]) == 0
    for postcode in ("LS6 1AN", "LS6", "LS1", "BD1", "CF10", "SY10", "ZZ99"):
        take_part(postcode)
    assert areas_shown(sqlite_factory) == ("postcode district", {
        "LS6": 2, "LS1": 1, "BD1": 1, "CF10": 1, "SY10": 1, "ZZ99": 1})

    code, out, _ = run(capsys, "areas", "load", str(ons_zip))
    assert code == 0, out
    assert "32 postcodes read, 30 live: 3 postcode districts in England, in 2 ICBs and 3 " \
           "sub-ICB locations; 1 of the districts are shared" in out and "5 areas named" in out
    with unit_of_work(sqlite_factory) as session:
        stored = {a.district: a for a in session.scalars(select(PostcodeDistrictArea))}
    assert set(stored) == {"LS6", "LS1", "BD1"}  # CF10 and SY10 are mostly in Wales
    ls1 = stored["LS1"]
    assert (ls1.icb_code, ls1.sub_icb_code, ls1.postcodes, ls1.icb_share) == (NORTH, N2, 8, 0.625)
    assert ls1.icb_name == "NHS Test North Integrated Care Board"
    assert stored["LS6"].postcodes == 8  # the two ended postcodes do not count
    assert ls1.source == "ONSPD_FEB_2023.zip"

    assert areas_shown(sqlite_factory) == ("sub-ICB location", {
        "NHS Test North ICB - 01A": 2, "NHS Test North ICB - 02B": 1,
        "NHS Test South ICB - 03C": 1, "Outside England, or not known": 3})


def test_load_the_csv_alone_then_names_given_apart(cli_db: str, sqlite_factory: sessionmaker,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture) -> None:
    data = tmp_path / "ONSPD_FEB_2023_UK.csv"
    data.write_text(directory(), encoding="utf-8")
    assert run(capsys, "areas", "load", str(data))[0] == 0
    with unit_of_work(sqlite_factory) as session:
        assert session.get(PostcodeDistrictArea, "BD1").sub_icb_name is None  # codes only
    names = tmp_path / "SICBL names.csv"
    names.write_text(names_file(*NAMES["Documents/SICBL names and codes UK as at 04_23.csv"]))
    code, out, _ = run(capsys, "areas", "load", str(data), "--names", str(names))
    assert code == 0 and "3 areas named" in out
    with unit_of_work(sqlite_factory) as session:
        assert session.get(PostcodeDistrictArea, "BD1").sub_icb_name == "NHS Test South ICB - 03C"
        assert len(list(session.scalars(select(PostcodeDistrictArea)))) == 3  # replaced


@pytest.mark.parametrize("content, message", [
    ('"pcds","doterm","ccg","stp"\r\n"LS6 1AN","","E38000001","E54000001"\r\n', "no icb"),
    ("", "empty"),
    ('"pcds","doterm","icb","sicbl"\r\n"CF10 1AA","","W99999999","W11000029"\r\n',
     "no live postcode in England"),
    ("\xff\xfe not text", "bad.csv: not UTF-8 text"),
])
def test_a_file_that_is_not_the_directory_is_refused_and_the_lookup_kept(
        cli_db: str, sqlite_factory: sessionmaker, tmp_path: Path, ons_zip: Path,
        capsys: pytest.CaptureFixture, content: str, message: str) -> None:
    assert run(capsys, "areas", "load", str(ons_zip))[0] == 0
    bad = tmp_path / "bad.csv"
    bad.write_bytes(content.encode("latin-1"))
    code, _, err = run(capsys, "areas", "load", str(bad))
    assert code == 2 and message in err
    with unit_of_work(sqlite_factory) as session:
        assert len(list(session.scalars(select(PostcodeDistrictArea)))) == 3
    assert "no such file" in run(capsys, "areas", "load", str(tmp_path / "none.csv"))[2]


@pytest.mark.parametrize("what, message", [
    ("names", "names.csv: not UTF-8 text"),
    ("zip", "empty.zip: expected one Data/…_UK.csv in the zip, found 0"),
])
def test_a_bad_file_is_named_once_and_the_directory_not_blamed_for_it(
        cli_db: str, tmp_path: Path, capsys: pytest.CaptureFixture, what: str, message: str) -> None:
    data, names = tmp_path / "ONSPD_FEB_2023_UK.csv", tmp_path / "names.csv"
    data.write_text(directory(), encoding="utf-8")
    names.write_bytes("SICBL22CD,SICBL22NM\nE38000001,Caf\xe9 ICB\n".encode("latin-1"))
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as bundle:
        bundle.writestr("Documents/readme.txt", "no directory here")
    args = [str(data), "--names", str(names)] if what == "names" else [str(empty)]
    code, _, err = run(capsys, "areas", "load", *args)
    said = err.strip().splitlines()[-1]
    assert code == 2 and said.startswith(f"error: {message}"), said
    assert said.count(".csv") + said.count(".zip") == 1 + (what == "zip")  # "…_UK.csv in the zip"
    assert "codec" not in said and data.name not in said


def lookup(factory: sessionmaker) -> Dict[str, PostcodeDistrictArea]:
    with unit_of_work(factory) as session:
        return {a.district: a for a in session.scalars(select(PostcodeDistrictArea))}


def test_the_shipped_lookup_loads_and_results_count_nhs_areas(
        any_db: str, session_factory: sessionmaker, ons_zip: Path,
        capsys: pytest.CaptureFixture) -> None:
    assert main(["load", str(TEST_SCRIPT)]) == 0
    for postcode in ("LS6 1AN", "LS6 3HQ", "M1 1AE", "S81 0AA", "CF10 1EP", "ZZ99"):
        take_part(postcode)

    code, out, _ = run(capsys, "areas", "load", "--shipped")
    assert code == 0, out
    assert "in 42 ICBs and 106 sub-ICB locations" in out and "July 2022" in out
    stored = lookup(session_factory)
    assert len(stored) >= 2200
    ls6, s81 = stored["LS6"], stored["S81"]
    assert (ls6.icb_code, ls6.icb_name) == ("E54000054", "NHS West Yorkshire Integrated Care Board")
    assert 0.5 < s81.icb_share < 1  # Worksop: shared, goes to Nottinghamshire
    assert ls6.source.startswith("shipped england_postcode_districts.csv (ONS postcodes May 2022")
    assert areas_shown(session_factory) == ("sub-ICB location", {
        "NHS West Yorkshire ICB - 15F": 2, "NHS Greater Manchester ICB - 14L": 1,
        "NHS Nottingham and Nottinghamshire ICB - 02Q": 1,
        "Outside England, or not known": 2})

    # again (make run does it each time): the same rows, not twice as many
    assert run(capsys, "areas", "load", str(shipped.PATH))[0] == 0
    assert {d: (a.sub_icb_code, a.postcodes) for d, a in lookup(session_factory).items()} == {
        d: (a.sub_icb_code, a.postcodes) for d, a in stored.items()}

    # the current ONS directory replaces it, and `--shipped` then leaves that alone
    assert run(capsys, "areas", "load", str(ons_zip))[0] == 0
    code, out, _ = run(capsys, "areas", "load", "--shipped")
    assert code == 0 and "kept the lookup loaded from ONSPD_FEB_2023.zip" in out
    assert {a.source for a in lookup(session_factory).values()} == {"ONSPD_FEB_2023.zip"}
    assert set(lookup(session_factory)) == {"LS6", "LS1", "BD1"}
    # naming the shipped file replaces it all the same
    assert run(capsys, "areas", "load", str(shipped.PATH))[0] == 0
    assert len(lookup(session_factory)) == len(stored)


@pytest.mark.parametrize("args, message", [
    ((), "give the file to load, or --shipped"),
    (("x.csv", "--shipped"), "give the file to load, or --shipped"),
    (("--shipped", "--names", "n.csv"), "n.csv: no such file"),
])
def test_areas_load_says_what_it_needs(cli_db: str, capsys: pytest.CaptureFixture,
                                       args: Tuple[str, ...], message: str) -> None:
    code, _, err = run(capsys, "areas", "load", *args)
    assert code == 2 and message in err


def test_a_damaged_copy_of_the_shipped_file_is_refused_and_the_lookup_kept(
        cli_db: str, sqlite_factory: sessionmaker, tmp_path: Path,
        capsys: pytest.CaptureFixture) -> None:
    assert run(capsys, "areas", "load", "--shipped")[0] == 0
    before = len(lookup(sqlite_factory))
    lines = shipped.PATH.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].rsplit(",", 1)[0] + ",1.7"  # a share over 1
    damaged = tmp_path / "england_postcode_districts.csv"
    damaged.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run(capsys, "areas", "load", str(damaged))
    assert code == 2 and "line 6: icb_share '1.7' is not in (0, 1]" in err
    names = tmp_path / "SICBL names.csv"
    names.write_text(names_file(*NAMES["Documents/SICBL names and codes UK as at 04_23.csv"]))
    code, _, err = run(capsys, "areas", "load", str(shipped.PATH), "--names", str(names))
    assert code == 2 and "--names goes with the ONS directory" in err
    assert len(lookup(sqlite_factory)) == before
