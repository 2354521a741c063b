"""Results at scale: every API aggregate and the dashboard on 1,000,000 answers, the full
CSV export's peak memory, on SQLite and PostgreSQL.

Run: .venv/bin/python bench/results_speed.py [--answers 1000000] [--database sqlite|postgres]
     [--no-browser]

Generates realistic answers (bench/results_data.py: 20 consultations, skewed), then for
the largest consultation times each API call (median of 3, through the real app over
HTTP with an API token), streams the answers CSV and reads the app process's peak RSS
(VmHWM), and loads the dashboard page in headless Chromium (time to the load event).
Targets: each API call <= 0.5 s; export peak RSS < 300 MB; dashboard <= 1.5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List

import requests
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.results_data import ORGANISATION, generate  # noqa: E402
from bot.cli.stack import child_environment, free_port  # noqa: E402
from bot.commissioner import accounts, credentials  # noqa: E402
from bot.config import PROJECT_ROOT  # noqa: E402
from bot.db import migrate  # noqa: E402
from bot.db.models import utcnow  # noqa: E402
from bot.db.session import make_engine, make_session_factory, unit_of_work  # noqa: E402

PASSWORD = "bench password 12345"
CALLS = ["", "/questions", "/timeline", "/funnel"]
TALLIES_BEFORE = "0012"  # the revision before result_tally (0013)


def database(kind: str, folder: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{folder / 'bench.db'}"
    admin_url = os.environ.get("SB_TEST_POSTGRES_URL",
                               "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres")
    name = f"sb_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", future=True)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def account(url: str) -> str:
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        organisation = accounts.organisation_named(db, ORGANISATION)
        user = accounts.create_user(db, organisation, "bench@bench.nhs.uk", "admin", PASSWORD)
        token = credentials.create_api_token(db, user, "bench", utcnow())
    engine.dispose()
    return token


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def dashboard_seconds(base: str, code: str) -> float:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", headless=True)
        page = browser.new_page()
        page.goto(f"{base}/sign-in")
        page.get_by_label("Email").fill("bench@bench.nhs.uk")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(f"{base}/consultations")
        times = []
        for _ in range(3):
            began = time.perf_counter()
            page.goto(f"{base}/consultations/{code}", wait_until="load")
            times.append(time.perf_counter() - began)
        browser.close()
    return statistics.median(times)


def run(kind: str, answers: int, browser: bool) -> Dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="sb-results-bench-"))
    url = database(kind, folder)
    # Generated before the answer counts' triggers exist (a million rows through them in
    # one transaction takes ~8 min on PostgreSQL), then counted by their migration, as an
    # existing deployment's answers are.
    migrate.upgrade(url, TALLIES_BEFORE)
    began = time.perf_counter()
    engine = make_engine(url)
    code = generate(engine, answers)
    engine.dispose()
    generated = time.perf_counter() - began
    began = time.perf_counter()
    migrate.upgrade(url)
    counted = time.perf_counter() - began
    token = account(url)
    port = free_port()
    env = child_environment({"SB_DATABASE_URL": url, "SB_COMMISSIONER_PORT": str(port)})
    app = subprocess.Popen([sys.executable, "-m", "bot.commissioner"], cwd=PROJECT_ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    headers = {"Authorization": f"Bearer {token}"}
    figures: Dict[str, object] = {"database": kind, "answers": answers,
                                  "generate_s": round(generated, 1), "migrate_tallies_s": round(counted, 1)}
    try:
        for _ in range(240):
            try:
                requests.get(f"{base}/health", timeout=2)
                break
            except requests.RequestException:
                time.sleep(0.5)
        for call in CALLS + ["list"]:
            path = "/api/v1/consultations" if call == "list" else f"/api/v1/consultations/{code}{call}"
            times: List[float] = []
            for _ in range(3):
                t = time.perf_counter()
                response = requests.get(base + path, headers=headers, timeout=600)
                times.append(time.perf_counter() - t)
                assert response.status_code == 200, response.text[:200]
            figures[f"api{call or '/detail'}_s"] = round(statistics.median(times), 3)
        before = peak_rss_mb(app.pid)
        t = time.perf_counter()
        rows = 0
        with requests.get(f"{base}/api/v1/consultations/{code}/export/answers.csv",
                          headers=headers, stream=True, timeout=1200) as response:
            for _line in response.iter_lines():
                rows += 1
        figures["export_s"] = round(time.perf_counter() - t, 1)
        figures["export_rows"] = rows - 1
        figures["rss_before_export_mb"] = round(before, 1)
        figures["export_peak_rss_mb"] = round(peak_rss_mb(app.pid), 1)
        if browser:
            figures["dashboard_load_s"] = round(dashboard_seconds(base, code), 3)
    finally:
        app.terminate()
        app.wait(timeout=30)
        drop(url, folder)
    return figures


def drop(url: str, folder: Path) -> None:
    """The generated database goes when the figures are taken (a million rows each)."""
    if url.startswith("postgresql"):
        admin = create_engine(url.rsplit("/", 1)[0] + "/postgres", isolation_level="AUTOCOMMIT",
                              future=True)
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" '
                                    "WITH (FORCE)"))
        admin.dispose()
    for path in folder.glob("*"):
        path.unlink()
    folder.rmdir()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=1_000_000)
    parser.add_argument("--database", action="append", choices=["sqlite", "postgres"])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    for kind in args.database or ["sqlite", "postgres"]:
        figures = run(kind, args.answers, not args.no_browser)
        print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
