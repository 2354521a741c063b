"""Retention runs as deployed, with nobody's cron line: Kubernetes' CronJob and Compose's
`retention` service run `python -m bot retention apply` every night, with the settings
the other processes have, unprivileged, bounded, and (on Kubernetes) able to reach the
database alone. Compose's nightly loop is run here for real, with the clock, `sleep` and
`python` stood in for, and stopped as `docker compose stop` stops it (SIGTERM)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

from bot.cli.main import parser
from bot.config import load_settings
from tests.deploy.manifests import (
    Container,
    compose,
    compose_containers,
    compose_services,
    example_env,
    interpolated,
    k8s_containers,
    k8s_environment,
    objects_of,
    pod_spec,
    production_settings_env,
    resolved,
    validate_k8s,
)

RETENTION = ["python", "-m", "bot", "retention", "apply"]
COMPONENT = {"app.kubernetes.io/name": "sounding-board", "app.kubernetes.io/component": "retention"}


def _applies_retention(program: List[str]) -> bool:
    """Whether a command line is `python -m bot retention apply` for real (no --dry-run)."""
    if program[:3] != ["python", "-m", "bot"]:
        return False
    args = parser().parse_args(program[3:])  # exits on anything the command does not take
    return bool(args.command == "retention" and args.action == "apply" and not args.dry_run)


# --- Kubernetes -----------------------------------------------------------------------

def _cron_job() -> Dict[str, Any]:
    (job,) = [obj for obj in objects_of("CronJob")
              if any(_applies_retention(c["command"] + c.get("args", []))
                     for c in pod_spec(obj)["containers"])]
    return job


def _k8s(owner: str) -> Container:
    (found,) = [c for c in k8s_containers() if c.owner == owner]
    return found


def test_a_cron_job_applies_retention_every_night_and_never_twice_at_once() -> None:
    job = _cron_job()
    minute, hour, *every_day = job["spec"]["schedule"].split()
    assert minute.isdigit() and hour.isdigit() and every_day == ["*", "*", "*"]
    assert job["spec"]["concurrencyPolicy"] == "Forbid"
    assert pod_spec(job)["restartPolicy"] == "Never"
    validate_k8s(job)


def test_the_cron_job_has_the_image_and_settings_the_other_processes_have() -> None:
    job = _cron_job()
    (container,) = [Container(f"CronJob/{job['metadata']['name']}", c)
                    for c in pod_spec(job)["containers"]]
    actions, rasa = _k8s("Deployment/actions"), _k8s("StatefulSet/rasa")
    assert container.image == actions.image
    assert container.spec["envFrom"] == actions.spec["envFrom"]  # the config map
    env, theirs = k8s_environment(container), k8s_environment(actions)
    for name in ("SB_DATABASE_URL", "SB_PSEUDONYM_SECRET", "SB_RETENTION_DAYS", "SB_ENV"):
        assert env[name] == theirs[name], name
    # Rasa's record of conversations, in the tracker database Rasa itself is given.
    assert env["SB_TRACKER_URL"] == k8s_environment(rasa)["SB_TRACKER_URL"]
    settings = load_settings(production_settings_env(container))
    assert settings.is_production and settings.tracker_url


def test_the_cron_job_runs_unprivileged_and_bounded() -> None:
    pod = pod_spec(_cron_job())
    assert pod["automountServiceAccountToken"] is False
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] != 0
    (container,) = pod["containers"]
    security = container["securityContext"]
    assert security["allowPrivilegeEscalation"] is False
    assert security["readOnlyRootFilesystem"] is True
    assert security["capabilities"]["drop"] == ["ALL"]
    resources = container["resources"]
    assert {"cpu", "memory"} <= set(resources["requests"]) and {"cpu", "memory"} <= set(
        resources["limits"])


def _selects_retention(policy: Dict[str, Any]) -> bool:
    selector = policy["spec"]["podSelector"]
    if selector == {}:
        return True
    labels = selector.get("matchLabels", {})
    if labels:
        return all(COMPONENT.get(key) == value for key, value in labels.items())
    return any(rule["key"] == "app.kubernetes.io/component" and rule["operator"] == "In"
               and "retention" in rule["values"] for rule in selector["matchExpressions"])


def test_the_retention_pods_reach_the_database_alone() -> None:
    """Egress: PostgreSQL's port (the in-cluster store or a managed service) and DNS to
    find it, nothing else; ingress: nothing (the namespace's default deny)."""
    policies = objects_of("NetworkPolicy")
    egress = [p for p in policies if "Egress" in p["spec"]["policyTypes"] and _selects_retention(p)]
    assert egress, "nothing limits where the retention pods may connect"
    allowed = {(port["protocol"], port["port"]) for policy in egress
               for rule in policy["spec"].get("egress", []) for port in rule["ports"]}
    assert allowed == {("TCP", 5432), ("UDP", 53), ("TCP", 53)}
    assert all(rule.get("ports") for policy in egress for rule in policy["spec"]["egress"]), \
        "a rule without ports lets every port through"
    for policy in egress:
        validate_k8s(policy)
    assert any(p["spec"]["podSelector"] == {} and p["spec"]["policyTypes"] == ["Ingress"]
               and not p["spec"].get("ingress") for p in policies), "no default deny"
    postgres = next(p for p in policies if p["spec"]["podSelector"].get("matchLabels", {})
                    .get("app.kubernetes.io/component") == "postgres")
    assert any("podSelector" in peer and _selects_retention({"spec": peer})
               for rule in postgres["spec"]["ingress"] for peer in rule["from"]), \
        "the in-cluster PostgreSQL does not let the retention pods in"


# --- Docker Compose -------------------------------------------------------------------

def _service() -> Dict[str, Any]:
    services = compose_services()
    assert "retention" in services, "Compose runs no retention: nothing deletes old answers"
    return dict(services["retention"])


def _script() -> str:
    """The service's shell loop, as the container's shell gets it."""
    command = _service()["command"]
    assert command[:2] == ["/bin/sh", "-c"] and len(command) == 3
    return resolved(command[2], example_env())


def test_a_service_applies_retention_from_our_image_with_the_shared_settings() -> None:
    service = _service()
    (container,) = [c for c in compose_containers() if c.owner == "compose/retention"]
    assert _applies_retention(container.program)
    assert interpolated(service["image"]) == interpolated(compose_services()["actions"]["image"])
    environment = {name: str(value) for name, value in service["environment"].items()}
    shared = {name: str(value) for name, value in compose()["x-settings"].items()}
    assert {name: environment.get(name) for name in shared} == shared
    rasa = compose_services()["rasa-1"]["environment"]
    assert environment["SB_TRACKER_URL"] == rasa["SB_TRACKER_URL"]
    settings = load_settings({name: resolved(value, example_env())
                              for name, value in environment.items()})
    assert settings.is_production and settings.database_url.startswith("postgresql://")
    assert settings.tracker_url == settings.database_url


def test_the_service_is_unprivileged_bounded_and_inside() -> None:
    service = _service()
    assert service["user"] == "10001:10001" and service["read_only"] is True
    assert service["cap_drop"] == ["ALL"] and "no-new-privileges:true" in service["security_opt"]
    assert {"cpus", "memory"} <= set(service["deploy"]["resources"]["limits"])
    networks = compose()["networks"]
    assert service["networks"] and all(networks[n].get("internal") for n in service["networks"])
    assert "ports" not in service
    assert service["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
    assert service["restart"] == "unless-stopped"  # a host restart starts the loop again


# A clock, `sleep` and `python` for the loop: each call is logged; `sleep` and `python`
# move the clock on as the real ones would take that long; the call numbered BLOCK_AT
# blocks (a real sleep) until it is stopped.
STUB = """#!/bin/sh
echo "$(basename "$0") $*" >> "$STUBS/calls"
calls=$(wc -l < "$STUBS/calls")
if [ "$calls" -eq "$BLOCK_AT" ]; then echo $$ > "$STUBS/blocked"; exec "$REAL_SLEEP" 60; fi
now=$(cat "$STUBS/now")
case "$(basename "$0")" in
  sleep) echo $((now + $1)) > "$STUBS/now" ;;
  python) echo $((now + 120)) > "$STUBS/now" ;;
esac
"""
NOON = int(datetime(2026, 12, 5, 12, 0, tzinfo=timezone.utc).timestamp())


@pytest.fixture
def stubs(tmp_path: Path) -> Path:
    (tmp_path / "bin").mkdir()
    for name in ("sleep", "python"):
        (tmp_path / "bin" / name).write_text(STUB)
        (tmp_path / "bin" / name).chmod(0o755)
    (tmp_path / "bin" / "date").write_text('#!/bin/sh\ncat "$STUBS/now"\n')
    (tmp_path / "bin" / "date").chmod(0o755)
    (tmp_path / "now").write_text(f"{NOON}\n")
    (tmp_path / "calls").write_text("")
    return tmp_path


@pytest.fixture
def run_loop(stubs: Path) -> Iterator[Any]:
    started: List[subprocess.Popen] = []

    def run(block_at: int) -> subprocess.Popen:
        env = {"PATH": f"{stubs / 'bin'}:/usr/bin:/bin", "STUBS": str(stubs),
               "BLOCK_AT": str(block_at), "REAL_SLEEP": shutil.which("sleep") or "/bin/sleep"}
        with (stubs / "output").open("w") as output:  # not a pipe a stray child holds open
            loop = subprocess.Popen(["/bin/sh", "-c", _script()], env=env, stdout=output,
                                    stderr=subprocess.STDOUT, start_new_session=True)
        started.append(loop)
        deadline = time.monotonic() + 10
        while not (stubs / "blocked").exists():
            assert loop.poll() is None and time.monotonic() < deadline, "the loop never waited"
            time.sleep(0.02)
        return loop

    yield run
    for loop in started:  # whatever happened, nothing is left running
        try:
            os.killpg(loop.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        loop.wait()


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].startswith(("Z", "X"))
    except (FileNotFoundError, IndexError):
        return True


@pytest.mark.parametrize("block_at, doing", [(5, "sleep"), (4, "python")],
                         ids=["stopped while it waits", "stopped while it runs"])
def test_the_loop_runs_retention_at_half_past_three_every_night_and_stops_on_sigterm(
        run_loop: Any, stubs: Path, block_at: int, doing: str) -> None:
    loop = run_loop(block_at)
    calls = (stubs / "calls").read_text().splitlines()
    apply = " ".join(RETENTION)
    until_half_past_three = 15 * 3600 + 30 * 60  # from noon
    assert calls == [f"sleep {until_half_past_three}", apply,
                     f"sleep {24 * 3600 - 120}", apply, f"sleep {24 * 3600 - 120}"][:block_at]
    assert calls[-1].split()[0] == doing
    blocked = int((stubs / "blocked").read_text())
    stopped_at = time.monotonic()
    loop.send_signal(signal.SIGTERM)  # `docker compose stop`: to the container's first process
    try:
        loop.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pytest.fail("SIGTERM did not stop the loop: Compose would kill it after 10 s")
    output = (stubs / "output").read_text()
    assert loop.returncode == 0, output  # stopped, not killed by the signal
    assert time.monotonic() - stopped_at < 2
    deadline = time.monotonic() + 2
    while not _gone(blocked) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _gone(blocked), f"the {doing} it started is still running"
    assert "retention: next run in 55800 s" in output
