"""Which failed requests the commissioner app and the patient web process answer as the
database unavailable (503), as a fault of ours (500), or as Sanic refused them (its own 4xx)."""

from __future__ import annotations

import sqlite3

import pytest
from sanic.exceptions import (
    InvalidUsage,
    MethodNotSupported,
    NotFound,
    PayloadTooLarge,
    RequestTimeout,
    ServerError,
    ServiceUnavailable,
)
from sqlalchemy import exc

from bot.failures import framing_is_malformed, status_for


def wrapped(error: Exception) -> exc.DBAPIError:
    """As SQLAlchemy raises a driver's error (hide_parameters: no values)."""
    return exc.DBAPIError.instance("SELECT 1", {}, error, sqlite3.Error, hide_parameters=True)


def caused_by(error: BaseException) -> RuntimeError:
    try:
        raise RuntimeError("while reading the results") from error
    except RuntimeError as outer:
        return outer


@pytest.mark.parametrize("error, status", [
    (NotFound("no such page"), 404),
    (InvalidUsage("a malformed form"), 400),
    (PayloadTooLarge("too big"), 413),
    (MethodNotSupported("no", "DELETE", ["GET"]), 405),
    (RequestTimeout("too slow"), 408),
    (wrapped(sqlite3.OperationalError("database is locked")), 503),
    (wrapped(sqlite3.OperationalError("unable to open database file")), 503),
    (exc.TimeoutError("QueuePool limit of size 5 overflow 10 reached"), 503),  # out of connections
    (caused_by(wrapped(sqlite3.OperationalError("database is locked"))), 503),
    (wrapped(sqlite3.OperationalError('near "SELEC": syntax error')), 500),  # our statement
    (wrapped(sqlite3.IntegrityError("UNIQUE constraint failed")), 500),
    (ValueError("a bug"), 500),
    (ServerError("raised by a handler"), 500),
])
def test_status_for_a_failed_request(error: Exception, status: int) -> None:
    assert status_for(error) == status


@pytest.mark.parametrize("error, body_unfinished, status", [
    (ServiceUnavailable("Response Timeout"), True, 408),  # the sender's body never came
    (ServiceUnavailable("Response Timeout"), False, 500),  # our handler took too long
    (RequestTimeout("too slow"), True, 408),
    (ValueError("a bug"), True, 500),
])
def test_a_timeout_while_the_body_arrives_is_the_senders(
        error: Exception, body_unfinished: bool, status: int) -> None:
    assert status_for(error, body_unfinished) == status


@pytest.mark.parametrize("values, malformed", [
    ([], False),
    (["0"], False),
    (["15"], False),
    (["015"], False),  # leading zeros are still digits
    (["15", "15"], False),
    (["15", "015"], False),  # the same length twice
    (["9" * 18], False),
    (["9" * 19], True),  # no body is that long; int() fails past 4,300 digits
    (["9" * 5000], True),
    (["15", "16"], True),  # two lengths: how request smuggling starts
    (["six"], True),
    (["-6"], True),
    (["+6"], True),
    ([" 6"], True),
    (["6 6"], True),
    (["1_000"], True),
    (["٦"], True),  # Arabic-Indic six: int() reads it
    (["６"], True),  # full-width six
    ([""], True),
    (["0x10"], True),
])
def test_a_content_length_is_one_length_in_plain_digits(values: list, malformed: bool) -> None:
    assert framing_is_malformed(values) is malformed


@pytest.mark.parametrize("lengths, codings, malformed", [
    ([], ["chunked"], False),
    (["3"], ["chunked"], False),  # chunks win; the length is not read
    ([], ["gzip"], True),  # Sanic then looked for a length: 500
    ([], ["Chunked"], True),  # Sanic reads only lower case
    ([], ["gzip, chunked"], True),
    ([], ["chunked", "chunked"], True),
    ([], [""], True),
])
def test_a_body_comes_in_chunks_only_as_sanic_reads_them(
        lengths: list, codings: list, malformed: bool) -> None:
    assert framing_is_malformed(lengths, codings) is malformed
