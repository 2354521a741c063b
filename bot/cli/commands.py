"""The commissioner commands. Each prints for a person and returns an exit code."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, TextIO, Tuple

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.commissioner.script_preview import preview
from bot.config import Settings, load_settings
from bot.db import migrate, repository
from bot.db.models import Consultation, utcnow
from bot.db.session import make_engine, make_session_factory, purge_freed_pages, unit_of_work
from bot.outreach.contacts import mask, phone_number
from bot.reporting import number_summaries, queries
from bot.reporting.dates import day_text
from bot.reporting.findings import participation, threshold_for
from bot.reporting.spreadsheet import safe_row
from bot.reporting.suppression import hidden_total, show
from bot.scripts import store
from bot.scripts.days import uk_day, uk_today
from bot.scripts.schema import MAX_SCRIPT_BYTES
from bot.scripts.script import Script, ScriptError, ScriptInvalid, load_script
from bot.trust import erasure, erasure_request, identity, tracker_retention

MAX_RETENTION_DAYS = 36_500


class CommandError(Exception):
    """A problem the user can fix; printed without a traceback."""


def _session_scope(settings: Settings):  # type: ignore[no-untyped-def]
    return unit_of_work(make_session_factory(make_engine(settings.database_url)))


def db(args: argparse.Namespace) -> int:
    settings = load_settings()
    migrate.upgrade(settings.database_url)
    print("database is up to date")
    return 0


def script_files(paths: List[str]) -> Iterator[Path]:
    for raw in paths:
        if not raw.strip():  # Path("") is the current folder: never load that by accident
            raise CommandError("a blank path: give a script file (.yml) or a folder")
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.iterdir()
                           if p.is_file() and p.suffix.lower() in (".yml", ".yaml"))
            if not found:  # never a silent "done" for the wrong folder
                raise CommandError(f"{raw}: no scripts (.yml or .yaml files) in this folder")
            yield from found
        elif path.is_file():
            yield path
        elif path.exists():
            raise CommandError(f"{raw}: not a script file or a folder")
        else:
            raise CommandError(f"{raw}: no such file or folder")


def read_scripts(paths: List[str]) -> Tuple[List[Tuple[Path, Script, str]], int]:
    """Valid scripts with their text, and how many files had errors (printed)."""
    valid, failures = [], 0
    for path in script_files(paths):
        try:
            text = script_text(path)
            valid.append((path, load_script(text), text))
        except ScriptInvalid as invalid:
            failures += 1
            for error in invalid.errors:
                print(f"{path}:{error}", file=sys.stderr)
    return valid, failures


def script_text(path: Path) -> str:
    """The file as text: one byte over the limit is enough for the check to refuse its
    size, and bytes that are not UTF-8 are refused on their line, not read as '\ufffd'."""
    with path.open("rb") as file:
        raw = file.read(MAX_SCRIPT_BYTES + 1)
    if len(raw) > MAX_SCRIPT_BYTES:
        return raw.decode("utf-8", "replace")  # refused for its size by the check
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise ScriptInvalid([ScriptError(line, "", "the file is not UTF-8 text (save it as "
                                         "UTF-8 and retry)")]) from None


def validate(args: argparse.Namespace) -> int:
    valid, failures = read_scripts(args.paths)
    for path, script, _ in valid:
        print(f"{path}: ok ({script.code}, {len(script.questions)} questions)")
        if getattr(args, "preview", False):
            print("\n".join(preview(script)))
    return 1 if failures else 0


ORGANISATION_LINE = re.compile(r"^organisation\s*:", re.MULTILINE)


def _moved(existing: Optional[Consultation], script: Script, text: str) -> Optional[ScriptError]:
    """A consultation stays with its organisation: a script of the same code naming
    another (or the same one spelt differently) would take its answers there."""
    if existing is None or existing.organisation.name == script.organisation:
        return None
    found = ORGANISATION_LINE.search(text)
    line = text[: found.start()].count("\n") + 1 if found else 1
    return ScriptError(line, "organisation", f"{script.code} belongs to "
                       f"{existing.organisation.name}; write that name, or use another code "
                       f"for a consultation of {script.organisation}")


def load(args: argparse.Namespace) -> int:
    valid, failures = read_scripts(args.paths)
    with _session_scope(load_settings()) as session:
        for path, script, text in valid:
            existing = repository.consultation_by_code(session, script.code)
            moved = _moved(existing, script, text)
            if moved is not None:
                failures += 1
                print(f"{path}:{moved}", file=sys.stderr)
                continue
            if existing is not None and existing.version_hash == script.version:
                # The same file again: its status (draft by default) does not undo a launch.
                print(f"{path}: {script.code} is loaded already, unchanged ({existing.status})")
                continue
            try:
                saved = store.save_script(session, script, text)
            except ScriptInvalid as invalid:
                failures += 1
                for error in invalid.errors:
                    print(f"{path}:{error}", file=sys.stderr)
                continue
            repository.record_audit(session, "cli", "load", f"{script.code} {script.version[:12]}",
                                    organisation_id=saved.organisation_id)
            print(f"{path}: loaded {script.code} ({script.status})")
    return 1 if failures else 0


def _consultation(session: Session, code: str) -> Consultation:
    consultation = repository.consultation_by_code(session, code)
    if consultation is None:
        raise CommandError(f"no consultation with code {code.upper()} (see: python -m bot list)")
    return consultation


def _set_status(code: str, status: str) -> int:
    with _session_scope(load_settings()) as session:
        consultation = _consultation(session, code)
        opens, closes = uk_day(consultation.opens_on), uk_day(consultation.closes_on)
        today = uk_today()
        if status == "live" and closes is not None and closes < today:
            # As the app's launch page refuses it: "live" would let nobody in.
            raise CommandError(f"{consultation.code} closed on {day_text(closes)}: nobody can take part. "
                               "Load its script with a later 'closes:' date, then launch it")
        if status == "closed":
            store.close(consultation)
        else:
            consultation.status = status
            consultation.updated_at = utcnow()
        repository.record_audit(session, "cli", "launch" if status == "live" else "close",
                                consultation.code, organisation_id=consultation.organisation_id)
        later = f"; it opens on {day_text(opens)}" if status == "live" and opens and opens > today else ""
        print(f"{consultation.code} is now {status}{later}")
    return 0


def launch(args: argparse.Namespace) -> int:
    return _set_status(args.code, "live")


def close(args: argparse.Namespace) -> int:
    return _set_status(args.code, "closed")


def list_consultations(args: argparse.Namespace) -> int:
    settings = load_settings()
    with _session_scope(settings) as session:
        summaries = queries.consultation_summaries(session)
        thresholds = {c.code: threshold_for(c.organisation, settings.suppression_threshold)
                      for c in session.scalars(select(Consultation))}
        # The counts as the organisation's app shows them, hidden alike: "started 44,
        # completed 41" here gave away the 3 withdrawn the app hides.
        shown = {c.code: participation(session, c.organisation_id, c, thresholds[c.code])
                 for c in session.scalars(select(Consultation))}
    print(f"{'code':<10} {'status':<7} {'started':>7} {'completed':>9} {'withdrawn':>9} "
          f"{'completion':>10} {'signposted':>10}  title")
    for s in summaries:
        # Crisis signposting is sensitive: small counts are hidden like any other.
        crisis = show(hidden_total(s.signposted, thresholds[s.code]))
        taking_part = shown[s.code]
        by_status = {row["label"]: row["count"] for row in taking_part["by_status"]}
        completion = taking_part["completion_percent"]
        print(f"{s.code:<10} {s.status:<7} {taking_part['participations']:>7} "
              f"{by_status.get('completed', 0):>9} {by_status.get('withdrawn', 0):>9} "
              f"{show(completion):>9}% {crisis:>10}  {s.title}")
    return 0


def results(args: argparse.Namespace) -> int:
    settings = load_settings()
    with _session_scope(settings) as session:
        consultation = _consultation(session, args.code)
        # The organisation's own threshold, as in its commissioner app and API.
        threshold = threshold_for(consultation.organisation, settings.suppression_threshold)
        found = queries.results_for(session, consultation, threshold)
        title = consultation.title
    print(f"{consultation.code}: {title}")
    print(f"(counts from 1 to {threshold - 1} are shown as *)")
    print("(percentages are of those who answered each question)")
    if any(result["type"] == "number" for result in found):
        print(f"({number_summaries.rule(threshold)})")
    for result in found:
        _print_result(result, sys.stdout)
    return 0


def _print_result(result: Dict[str, Any], out: TextIO) -> None:
    out.write(f"\n{result['key']}: {result['text']}\n  answered: {result['answered']}\n")
    if result["answered"] == 0:  # no base for a percentage: not "0 *%" for every option
        out.write("  nobody has answered this question yet\n")
        return
    for row in result["options"]:
        out.write(f"  {str(row['label']):<28} {row['count']:>5} {show(row['percent']):>4}%\n")
    if result.get("type") == "multi_choice" and result["options"]:
        out.write("  (people could choose more than one answer, so these add up to more "
                  "than 100%)\n")
    if result.get("type") == "number":
        words = number_summaries.in_words(result["summary"], result.get("unit", ""))
        if words:
            out.write(f"  {words}\n")
        return
    for name, value in result["summary"].items():
        out.write(f"  {name.replace('_', ' ')}: {show(value, digits=1)}\n")


def export(args: argparse.Namespace) -> int:
    if args.out is not None and not args.out.strip():  # "$FILE" unset: never the screen
        raise CommandError("--out is blank: give the file to write")
    with _session_scope(load_settings()) as session:
        consultation = _consultation(session, args.code)
        try:
            out = open(args.out, "w", newline="", encoding="utf-8") if args.out else sys.stdout
        except OSError as error:
            raise CommandError(f"{args.out}: can't write the export there "
                               f"({error.strerror or error})") from None
        try:
            with out if args.out else contextlib.nullcontext(out):
                count = _write_export(session, args.code, out)
        except OSError as error:
            if not args.out:
                raise
            raise CommandError(f"{args.out}: the export stopped part way, the file is "
                               f"incomplete ({error.strerror or error})") from None
        # Answers left the database: audited as an export from the commissioner app is.
        repository.record_audit(session, "cli", "export",
                                f"answers {consultation.code} rows={count}",
                                organisation_id=consultation.organisation_id)
    print(f"exported {count} answers", file=sys.stderr)
    return 0


def _write_export(session: Session, code: str, out: TextIO) -> int:
    """The answers of one consultation as CSV, cells made safe for spreadsheets; how many."""
    writer = csv.writer(out)
    writer.writerow(queries.EXPORT_COLUMNS)
    count = 0
    for row in queries.export_rows(session, code):
        writer.writerow(safe_row(row))
        count += 1
    return count


def erase(args: argparse.Namespace) -> int:
    settings = load_settings()
    engine = make_engine(settings.database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as session:
        full = _respondent(session, args, settings.pseudonym_secret)
        refs = erasure.references_of(session, full)  # each organisation's, as it exports them
    reason = args.reason.strip()
    if not erasure_request.CASE.fullmatch(reason):  # as the Erasure page asks (audit log)
        raise CommandError("give the request's case reference as --reason, e.g. SAR-123: "
                           "2 to 40 letters, digits and - / _ . : #, with at least one digit, "
                           "and no names")
    try:
        erased = erasure_request.erase_on_request(factory, full, "cli", reason,
                                                  settings.pseudonym_secret)
    except erasure_request.TurnUnderWay as busy:
        raise CommandError(str(busy)) from None
    print(f"erased {erased.participations} participation(s)"
          + (f" of respondent {', '.join(refs)}" if refs else ""))
    try:
        _forget_in_rasa(settings, factory, erased)
    finally:
        engine.dispose()
    return 0


def _respondent(session: Session, args: argparse.Namespace, secret: str) -> str:
    """The pseudonym asked for: by respondent_ref, or by the phone number they texted from."""
    if bool(args.reference) == bool(args.phone):
        raise CommandError("give either a respondent_ref or --phone NUMBER")
    if args.phone:
        number = phone_number(args.phone)
        if number is None:
            raise CommandError(f"{mask(args.phone)} is not a phone number")
        full = identity.phone_pseudonym(secret, number)
        if not erasure_request.held_for(session, full, secret).anything:
            raise CommandError(f"nobody with the number {mask(number)} took part or was invited")
        return full
    found = erasure.pseudonym_for_reference(session, args.reference)
    if found is None:
        raise CommandError(
            f"no single respondent with reference {args.reference!r} "
            f"(give the {identity.REFERENCE_LENGTH} characters of respondent_ref an export shows)")
    return found


def _forget_in_rasa(settings: Settings, factory: sessionmaker,
                    erased: erasure_request.Erased) -> None:
    """Rasa's copy of their chats: SMS and Telegram conversation ids are the pseudonym
    itself; a web chat's is kept with its participation (since migration 0012). The
    erasure queued them: forgotten now with a token, else by a Rasa server's sweep."""
    forgotten = asyncio.run(erasure_request.forget_in_rasa(
        factory, settings.rasa_url, settings.rasa_api_token, erased))
    for channel, done in forgotten.items():
        print(f"{channel} chat in Rasa: {'erased' if done else erasure_request.LATER}")
    if erased.rasa_conversations and not forgotten:
        print(f"chat in Rasa: {erasure_request.LATER}")
    if erased.web_chat:
        print("web chat in Rasa: not erased, its id was not kept (taken part before "
              "migration 0012); Rasa forgets it on restart, or on SQL `retention apply` "
              "deletes it after the retention period")


def retention(args: argparse.Namespace) -> int:
    settings = load_settings()
    days = args.days if args.days is not None else settings.retention_days
    if not 1 <= days <= MAX_RETENTION_DAYS:  # further back, the cutoff is before year 1
        given = "--days" if args.days is not None else "SB_RETENTION_DAYS"
        raise CommandError(f"{given} must be from 1 to {MAX_RETENTION_DAYS} (100 years)")
    engine = make_engine(settings.database_url)
    try:
        with unit_of_work(make_session_factory(engine)) as session:
            report = erasure.apply_retention(session, days, dry_run=args.dry_run)
        if not args.dry_run:  # what went is in the SQLite write-ahead log until then
            purge_freed_pages(engine)
    finally:
        engine.dispose()
    verb = "would delete" if args.dry_run else "deleted"
    print(f"{verb} {report.participations} participation(s) and {report.answers} answer(s) "
          f"started before {report.cutoff:%Y-%m-%d %H:%M} UTC ({days} days)")
    _retain_rasa_events(settings, report.cutoff, args.dry_run, verb)
    return 0


def _retain_rasa_events(settings: Settings, cutoff: datetime, dry_run: bool, verb: str) -> None:
    """Rasa's record of conversations (the patients' words as they wrote them)."""
    if not settings.tracker_url:
        print("Rasa's record of conversations: in memory (no SB_TRACKER_URL), "
              "nothing kept on disk")
        return
    engine = make_engine(settings.tracker_url, pooled=False)
    try:
        pruned = tracker_retention.prune_rasa_events(engine, cutoff, dry_run)
        if not dry_run:
            purge_freed_pages(engine)
    finally:
        engine.dispose()
    if pruned is None:
        print("Rasa's record of conversations: none in SB_TRACKER_URL yet")
        return
    print(f"{verb} Rasa's record of {pruned.conversations} conversation(s) "
          f"({pruned.events} event(s)) last active before {cutoff:%Y-%m-%d %H:%M} UTC")
