"""What a reviewer checks in deploy/k8s/ beyond the schemas: each process gets the
settings our code reads and the secrets it needs (from Secrets, never inline), the
action server is reachable from the Rasa servers alone, probes ask real endpoints,
images are pinned, every container has resource requests."""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath

import pytest
import yaml

from bot.config import load_settings
from tests.deploy.manifests import (
    BY_CLIENT_ADDRESS,
    K8S,
    KUSTOMIZATION,
    MODEL,
    NEEDS,
    NOT_FOR_WEB,
    SECRET_NAMES,
    SECRET_TEMPLATE,
    Container,
    channel_names,
    config_map,
    deployed_objects,
    ids,
    k8s_containers,
    k8s_environment,
    k8s_files,
    listen_port,
    objects_of,
    pod_spec,
    production_settings_env,
    routes_of,
    secret_template,
    settings_read,
    workloads,
)

OURS = [c for c in k8s_containers() if c.ours]
METRICS_PORT = 9055  # the action server's /metrics alone, for Prometheus
SERVERS = [c for c in OURS if c.serves]


def test_every_process_is_deployed() -> None:
    assert {c.process for c in OURS} == {"rasa", "actions", "commissioner", "web", "cli"}
    replicas = {obj["metadata"]["name"]: obj["spec"]["replicas"]
                for obj in objects_of("Deployment") + objects_of("StatefulSet")}
    assert replicas["rasa"] >= 2 and replicas["actions"] >= 2


def test_each_rasa_replica_keeps_its_spool_on_a_volume_of_its_own() -> None:
    """Messages held while the database is down outlive the pod that took them."""
    (rasa,) = [obj for obj in objects_of("StatefulSet") if obj["metadata"]["name"] == "rasa"]
    (container,) = pod_spec(rasa)["containers"]
    spool = PurePosixPath(dict(k8s_environment(Container("", container)))["SB_SPOOL_PATH"][1])
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    claims = {claim["metadata"]["name"] for claim in rasa["spec"]["volumeClaimTemplates"]}
    assert [name for name, path in mounts.items() if path == str(spool.parent)] == ["spool"]
    assert "spool" in claims


def test_kustomization_applies_every_manifest_but_the_secret_template() -> None:
    kustomization = yaml.safe_load(KUSTOMIZATION.read_text())
    listed = {K8S / name for name in kustomization["resources"]}
    manifests = {path for path in listed if path.suffix == ".yaml"}
    assert manifests == set(k8s_files()) - {SECRET_TEMPLATE}
    # The rest are kustomizations of their own (the alerts' ConfigMap: test_alerts.py).
    assert all((path / "kustomization.yaml").is_file() for path in listed - manifests)
    assert {image["name"] for image in kustomization["images"]} == {c.image.split(":")[0] for c in OURS}


@pytest.mark.parametrize("container", OURS, ids=ids)
def test_every_variable_set_is_one_our_code_reads(container: Container) -> None:
    unknown = set(k8s_environment(container)) - settings_read()
    assert not unknown, f"{container.owner} sets {sorted(unknown)}, which nothing reads"


def test_the_config_map_holds_no_secret_and_nothing_unread() -> None:
    assert not [key for key in config_map() if SECRET_NAMES.fullmatch(key)]
    assert set(config_map()) <= settings_read()
    for keys in secret_template().values():
        assert all(value == "" for value in keys.values()), "the template holds a real value"


@pytest.mark.parametrize("container", OURS, ids=ids)
def test_secrets_come_from_secrets_and_each_process_has_what_it_needs(container: Container) -> None:
    env = k8s_environment(container)
    template = secret_template()
    for name, (source, value) in env.items():
        if SECRET_NAMES.fullmatch(name):
            assert source == "secret", f"{container.owner}: {name} is not from a Secret"
        if source == "secret":
            secret, key = value.split("/")
            assert key in template.get(secret, {}), f"{container.owner}: no {value} in the template"
    required = {"SB_DATABASE_URL", "SB_PSEUDONYM_SECRET"} | NEEDS.get(container.process, set())
    assert {n for n in required if env.get(n, ("",))[0] == "secret"} == required
    assert env["SB_ENV"] == ("config", "production") and env["SB_LOG_FORMAT"][1] == "json"
    if container.process == "web":
        assert not NOT_FOR_WEB & set(env)


@pytest.mark.parametrize("container", [c for c in OURS if c.process in BY_CLIENT_ADDRESS],
                         ids=ids)
def test_our_proxies_can_be_named_in_the_config_map(container: Container) -> None:
    """Web chats reach Rasa through the patient web pods, and everything through the
    ingress controller: one of the cluster's addresses unless SB_TRUSTED_PROXIES names
    its pod range."""
    assert k8s_environment(container).get("SB_TRUSTED_PROXIES", ("",))[0] == "config"


@pytest.mark.parametrize("container", OURS, ids=ids)
def test_the_settings_given_are_accepted_in_production(container: Container) -> None:
    env = production_settings_env(container)
    env["TELEGRAM_SECRET_TOKEN"] = "t" * 32  # Telegram's own rule for its secret's form
    settings = load_settings(env)
    assert settings.is_production and settings.log_format == "json"
    assert not settings.privacy_url.startswith(settings.web.public_url), \
        "SB_PRIVACY_URL on the patient web process: its /privacy redirects there, a loop"


@pytest.mark.parametrize("container", SERVERS, ids=ids)
def test_probes_ask_real_endpoints_on_the_port_served(container: Container) -> None:
    spec = container.spec
    ports = {port["name"]: port["containerPort"] for port in spec["ports"]}
    env = production_settings_env(container)
    served = [listen_port(container, env)]
    if env.get("SB_ACTION_METRICS_PORT"):  # the action server's /metrics alone
        served.append(int(env["SB_ACTION_METRICS_PORT"]))
    assert list(ports.values()) == served
    for probe in ("readinessProbe", "livenessProbe"):
        action = spec[probe]["httpGet"]
        assert action["path"] in routes_of(container.process), f"{container.owner} {probe}"
        assert ports.get(action["port"], action["port"]) in ports.values()
    # The patient web pods stay in service while the database is down (deploy/k8s/web.yaml).
    ready = {"rasa": "/webhooks/ops/ready", "actions": "/ready", "commissioner": "/ready",
             "web": "/health"}.get(container.process)
    assert ready is None or spec["readinessProbe"]["httpGet"]["path"] == ready


def test_only_rasa_reaches_the_actions_port_and_only_prometheus_its_metrics_port() -> None:
    services = [s for s in objects_of("Service")
                if s["spec"]["selector"].get("app.kubernetes.io/component") == "actions"]
    assert services and all(s["spec"].get("type", "ClusterIP") == "ClusterIP" for s in services)
    backends = {path["backend"]["service"]["name"] for ingress in objects_of("Ingress")
                for rule in ingress["spec"]["rules"] for path in rule["http"]["paths"]}
    assert "actions" not in backends and "commissioner" not in backends
    assert not [c for c in k8s_containers() for p in c.spec.get("ports", []) if "hostPort" in p]
    assert not [o for o in workloads() if pod_spec(o).get("hostNetwork")]
    policies = objects_of("NetworkPolicy")
    assert any(p["spec"]["podSelector"] == {} and p["spec"]["policyTypes"] == ["Ingress"]
               and not p["spec"].get("ingress") for p in policies), "no default deny"
    for policy in policies:
        selected = policy["spec"]["podSelector"].get("matchLabels", {})
        if selected.get("app.kubernetes.io/component") != "actions":
            continue
        # Rasa alone on the port that runs actions; Prometheus alone on the metrics port.
        allowed = {(port["port"], json.dumps(peer, sort_keys=True))
                   for rule in policy["spec"]["ingress"] for peer in rule["from"]
                   for port in rule["ports"]}
        rasa = {"podSelector": {"matchLabels": {
            "app.kubernetes.io/name": "sounding-board", "app.kubernetes.io/component": "rasa"}}}
        monitoring = {"namespaceSelector": {"matchLabels": {
            "kubernetes.io/metadata.name": "monitoring"}}}
        assert allowed == {(5055, json.dumps(rasa, sort_keys=True)),
                           (METRICS_PORT, json.dumps(monitoring, sort_keys=True))}
    actions = next(c for c in OURS if c.owner == "Deployment/actions")
    assert {"name": "metrics", "containerPort": METRICS_PORT} in actions.spec["ports"]
    assert {"name": "SB_ACTION_METRICS_PORT", "value": str(METRICS_PORT)} in actions.spec["env"]


def test_rasa_servers_reach_rasas_api_to_forget_erased_chats_and_the_app_does_not() -> None:
    """Each Rasa server forgets the chats erasures queued through Rasa's API (at
    SB_RASA_URL, the Service): a Rasa pod may reach the Rasa pods; the commissioner app,
    which erases without Rasa's token, may not."""
    policy = next(p for p in objects_of("NetworkPolicy") if p["spec"]["podSelector"].get(
        "matchLabels", {}).get("app.kubernetes.io/component") == "rasa")
    peers = {peer.get("podSelector", {}).get("matchLabels", {}).get("app.kubernetes.io/component")
             for rule in policy["spec"]["ingress"] for peer in rule["from"]
             if any(port["port"] == 5005 for port in rule["ports"])}
    assert "rasa" in peers and "commissioner" not in peers
    rasa = next(c for c in OURS if c.process == "rasa")
    env = k8s_environment(rasa)
    assert env["SB_RASA_URL"] == ("config", "http://rasa:5005")
    assert env["SB_RASA_API_TOKEN"][0] == "secret"
    assert any(s["metadata"]["name"] == "rasa" and s["spec"]["selector"].get(
        "app.kubernetes.io/component") == "rasa" for s in objects_of("Service"))


def test_the_public_edge_routes_only_the_channel_webhooks_to_rasa() -> None:
    public = {f"/webhooks/{name}" for name in channel_names()} - {"/webhooks/ops"}
    to_rasa = {path["path"] for ingress in objects_of("Ingress") for rule in ingress["spec"]["rules"]
               for path in rule["http"]["paths"] if path["backend"]["service"]["name"] == "rasa"}
    assert to_rasa == public


def test_images_are_pinned() -> None:
    for container in k8s_containers():
        name, _, tag = container.image.rpartition(":")
        assert name and re.match(r"\d+\.\d+", tag), f"{container.owner}: {container.image} is not pinned"


@pytest.mark.parametrize("container", k8s_containers(), ids=ids)
def test_every_container_has_resource_requests_and_a_memory_limit(container: Container) -> None:
    resources = container.spec.get("resources", {})
    assert {"cpu", "memory"} <= set(resources.get("requests", {})), container.owner
    assert "memory" in resources.get("limits", {}), container.owner


def test_a_rasa_server_gets_one_core_and_its_measured_memory() -> None:
    (rasa,) = [c for c in OURS if c.process == "rasa"]
    requests = rasa.spec["resources"]["requests"]
    assert requests["cpu"] in ("1", 1, "1000m")
    assert _mebibytes(requests["memory"]) >= 1100  # ~1.1 GiB (README, Figures)


def _mebibytes(quantity: str) -> float:
    number, unit = re.fullmatch(r"(\d+(?:\.\d+)?)(Mi|Gi)", quantity).groups()  # type: ignore[union-attr]
    return float(number) * (1024 if unit == "Gi" else 1)


def test_every_container_runs_unprivileged() -> None:
    for obj in workloads():
        pod = pod_spec(obj)
        assert pod["securityContext"]["runAsNonRoot"] is True, obj["metadata"]["name"]
        for container in pod["containers"]:
            assert container["securityContext"]["allowPrivilegeEscalation"] is False


def test_commands_are_ones_our_programs_take() -> None:
    from rasa.__main__ import create_argument_parser

    from bot.cli.main import parser

    for container in OURS:
        arguments = container.command[3:]
        if container.process == "cli":
            parser().parse_args(arguments)  # exits on an unknown command
        if container.process == "rasa":
            assert create_argument_parser().parse_args(arguments).model == MODEL
    assert {o["kind"] for o in deployed_objects()} >= {"Job", "CronJob", "PodDisruptionBudget"}
