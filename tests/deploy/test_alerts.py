"""The alerts (deploy/prometheus/alerts.yml) as the on-call engineer relies on them:
Prometheus accepts them, each fires when it should and not when close to it (promtool's
own rule tests, from the table in alert_cases.py), they read only metrics our processes
really export, the runbook names each one with its severity, each page links a section
that exists, and Kubernetes gets them as a ConfigMap from the one file."""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any, Dict, List, Set

import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.metrics import metrics
from tests.deploy.alert_cases import CASES, Case, promtool_test
from tests.deploy.manifests import (
    ALERT_RULES,
    K8S,
    KUSTOMIZATION,
    PROMETHEUS,
    generated_config_maps,
    kustomization,
    validate_k8s,
)
from tests.deploy.promql import metric_names, selectors

RUNBOOK = PROJECT_ROOT / "docs" / "runbook.md"
RUNBOOK_TABLE = "## Metrics and what to alert on"
# What the rules read that our code does not export, and who does.
OUTSIDE = {"up": "Prometheus, for every target it scrapes",
           "kube_pod_status_ready": "kube-state-metrics", "kube_pod_status_phase": "kube-state-metrics"}
TARGET_LABELS = {"job", "instance"}  # Prometheus adds them to every series it scrapes
SEVERITIES = {"page", "ticket"}
# Each family's series in the exposition, by its type.
SERIES = {"counter": ["_total"], "histogram": ["_bucket", "_count", "_sum"], "gauge": [""]}


@functools.cache
def alerts() -> Dict[str, Dict[str, Any]]:
    groups = yaml.safe_load(ALERT_RULES.read_text())["groups"]
    return {rule["alert"]: rule for group in groups for rule in group["rules"]}


@pytest.fixture(scope="module")
def promtool() -> str:
    found = shutil.which("promtool")
    if found is None:
        message = "promtool is missing: `make test` installs Debian's prometheus package"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def run(*command: str) -> str:
    """Run promtool; its output if it fails, else ''."""
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    return "" if done.returncode == 0 else done.stdout + done.stderr


def test_prometheus_accepts_the_rules(promtool: str) -> None:
    assert run(promtool, "check", "rules", str(ALERT_RULES)) == ""


@pytest.mark.parametrize("case", CASES, ids=lambda case: f"{case.alert}: {case.story}")
def test_each_alert_fires_when_it_should_and_not_when_close_to_it(
        case: Case, promtool: str, tmp_path: Path) -> None:
    test_file = tmp_path / "test.yml"
    test_file.write_text(yaml.safe_dump(promtool_test(case, ALERT_RULES, alerts()[case.alert])))
    failure = run(promtool, "test", "rules", str(test_file))
    firing = "fire with " + str(case.fires) if case.fires else "be silent"
    assert failure == "", f"{case.story}: {case.alert} should {firing} at {case.at}\n{failure}"


def test_every_alert_has_a_case_where_it_fires_and_one_where_it_does_not() -> None:
    for name in alerts():
        assert {bool(c.fires) for c in CASES if c.alert == name} == {True, False}, name
    assert {c.alert for c in CASES} <= set(alerts())


def exported() -> Dict[str, Set[str]]:
    """Each series name our processes export (bot/metrics' registry), with its labels."""
    found = {}
    # The label names are the collectors' own (prometheus_client keeps them in _labelnames).
    labels = {c._name: set(c._labelnames) for c in metrics()[1:]}  # type: ignore[attr-defined]
    for family in metrics().registry.collect():
        for suffix in SERIES[family.type]:
            found[family.name + suffix] = labels[family.name] | ({"le"} if suffix == "_bucket" else set())
    return found


@pytest.mark.parametrize("name", sorted(alerts()))
def test_each_alert_reads_metrics_our_processes_export_by_their_labels(name: str) -> None:
    ours = exported()
    for selector in selectors(alerts()[name]["expr"]):
        if selector.metric in OUTSIDE:
            continue
        assert selector.metric in ours, f"{name} reads {selector.metric}, which nothing exports"
        unknown = {m.label for m in selector.matchers} - ours[selector.metric] - TARGET_LABELS
        assert not unknown, f"{name}: {selector.metric} has no label {sorted(unknown)}"


def test_what_is_exported_is_read_as_prometheus_scrapes_it() -> None:
    """The names the test above checks against, so a renamed metric fails it."""
    assert {"sb_turns_total", "sb_turn_seconds_bucket", "sb_spool_depth"} <= set(exported())
    assert exported()["sb_sends_total"] == {"channel", "outcome"}


def runbook_anchors() -> Set[str]:
    """The anchors of the runbook's headings, as GitHub makes them."""
    headings = re.findall(r"^#+ (.+)$", RUNBOOK.read_text(), flags=re.M)
    return {re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-") for heading in headings}


@pytest.mark.parametrize("name", sorted(alerts()))
def test_each_alert_waits_says_who_to_wake_and_links_a_runbook_section(name: str) -> None:
    rule = alerts()[name]
    assert re.fullmatch(r"\d+[smh]", rule["for"]), f"{name} has no for:"
    assert rule["labels"]["severity"] in SEVERITIES, name
    assert rule["annotations"]["summary"], name
    page, _, anchor = rule["annotations"]["runbook_url"].partition("#")
    assert page == "docs/runbook.md" and anchor in runbook_anchors(), f"{name}: {page}#{anchor}"


def runbook_table() -> List[Dict[str, str]]:
    """The rows of the runbook's table of metrics and alerts, by column name."""
    section = RUNBOOK.read_text().split(RUNBOOK_TABLE, 1)[1]
    lines = re.search(r"^(?:\|.*\n)+", section, flags=re.M).group(0).splitlines()  # type: ignore[union-attr]
    header, rows = _cells(lines[0]), lines[2:]
    assert {"metric", "alert when", "alert (severity)"} <= set(header), f"the table's columns: {header}"
    return [dict(zip(header, _cells(row), strict=True)) for row in rows]


def _cells(line: str) -> List[str]:
    """A table row's cells, splitting on the | outside `code`."""
    return [cell.strip() for cell in re.split(r"\|(?=(?:[^`]*`[^`]*`)*[^`]*$)", line)[1:-1]]


def test_the_runbook_names_every_alert_where_it_says_when_to_alert_with_its_severity() -> None:
    named = {}
    for row in runbook_table():
        metric = re.match(r"`(\w+)", row["metric"]).group(1)  # type: ignore[union-attr]
        found = re.findall(r"`(\w+)` \((\w+)\)", row["alert (severity)"])
        assert found or not row["alert when"], f"the runbook says when to alert on {metric}, names no alert"
        for name, severity in found:
            assert name in alerts(), f"the runbook names {name}, which no rule defines"
            assert alerts()[name]["labels"]["severity"] == severity, f"{name} is not a {severity}"
            reads = metric_names(alerts()[name]["expr"])
            assert [m for m in reads if m == metric or m.startswith(metric + "_")], \
                f"{name} is in {metric}'s row and does not read it"
            named[name] = severity
    assert set(named) == set(alerts()), "alerts the runbook does not name"


def _config_examples() -> List[str]:
    section = RUNBOOK.read_text().split("### Loading the alerts", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```yaml\n(.*?)```", section, flags=re.S)


def watched_jobs() -> Set[str]:
    """The scrape jobs the rules expect, from their `up{job=...}` selectors."""
    return {job for rule in alerts().values() for s in selectors(rule["expr"]) if s.metric == "up"
            for m in s.matchers if m.label == "job" for job in m.value.split("|")}


@pytest.mark.parametrize("number", range(2), ids=["kubernetes", "compose"])
def test_the_runbooks_prometheus_configuration_loads_the_rules_and_scrapes_the_jobs_they_watch(
        number: int, promtool: str, tmp_path: Path) -> None:
    examples = _config_examples()
    assert len(examples) == 2
    config = yaml.safe_load(examples[number])
    assert {job["job_name"] for job in config["scrape_configs"]} == watched_jobs()
    # Its rule_files as Prometheus would find the file mounted: this one.
    assert config["rule_files"] == ["/etc/prometheus/rules/sounding-board/*.yml"]
    config["rule_files"] = [str(ALERT_RULES)]
    for job in config["scrape_configs"]:  # Debian's Prometheus is built without Kubernetes'
        if job.pop("kubernetes_sd_configs", None):  # discovery: the rest is still checked
            job["static_configs"] = [{"targets": ["pod:5005"]}]
    (tmp_path / "prometheus.yml").write_text(yaml.safe_dump(config))
    assert run(promtool, "check", "config", str(tmp_path / "prometheus.yml")) == ""


def test_kubernetes_gets_the_alerts_as_a_config_map_from_the_one_rules_file() -> None:
    parent = yaml.safe_load(KUSTOMIZATION.read_text())
    assert (K8S / "../prometheus").resolve() in {(K8S / name).resolve() for name in parent["resources"]}
    (config_map,) = generated_config_maps(PROMETHEUS, parent["namespace"])
    validate_k8s(config_map)
    assert config_map["metadata"]["name"] == "sounding-board-alerts"  # no hash: mountable by name
    assert config_map["data"] == {"alerts.yml": ALERT_RULES.read_text()}
    assert "namespace" not in kustomization(PROMETHEUS), "it could not be applied to another namespace"
