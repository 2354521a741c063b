"""What a reviewer checks in deploy/docker-compose.yml and deploy/Dockerfile: every
process and both stores are there, settings are ones our code reads, secrets come from
deploy/.env (compose refuses to start without them), health checks ask real endpoints,
the action server has no way in but the Rasa servers, images are pinned, the image runs
as nobody in particular and never phones home."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Dict

import pytest

from bot.config import load_settings
from tests.deploy.manifests import (
    BY_CLIENT_ADDRESS,
    COMPOSE,
    DEPLOY,
    MODEL,
    NEEDS,
    NOT_FOR_WEB,
    SECRET_NAMES,
    Container,
    compose,
    compose_containers,
    compose_services,
    example_env,
    ids,
    interpolated,
    listen_port,
    required_interpolations,
    resolved,
    routes_of,
    settings_read,
)

OURS = [c for c in compose_containers() if c.ours]
SERVERS = [c for c in OURS if c.serves]
DOCKERFILE = DEPLOY / "Dockerfile"
TEMPLATE = DEPLOY / "nginx.conf.template"


def environment(container: Container) -> Dict[str, str]:
    return {name: str(value) for name, value in container.spec.get("environment", {}).items()}


def filled_in(container: Container) -> Dict[str, str]:
    """The container's settings once compose interpolates deploy/.env (the example's)."""
    return {name: resolved(value, example_env()) for name, value in environment(container).items()}


def test_every_process_and_store_is_a_service() -> None:
    services = compose_services()
    assert sorted(c.process for c in OURS) == ["actions", "cli", "cli", "commissioner", "rasa",
                                               "rasa", "web"]  # cli: migrate and retention
    assert services["actions"]["deploy"]["replicas"] == 2
    assert services["migrate"]["command"] == ["python", "-m", "bot", "db", "upgrade"]
    images = {name: interpolated(s["image"]).split(":")[0] for name, s in services.items()}
    assert (images["postgres"], images["redis"], images["edge"]) == ("postgres", "redis", "nginx")
    assert interpolated(services["postgres"]["image"]).startswith("postgres:15.")
    assert interpolated(services["redis"]["image"]).startswith("redis:7.")
    for name, service in services.items():
        for needed in service.get("depends_on", {}):
            assert needed in services, f"{name} waits for {needed}, which is not a service"


@pytest.mark.parametrize("container", OURS, ids=ids)
def test_settings_are_ones_our_code_reads_and_secrets_come_from_the_env_file(
        container: Container) -> None:
    env = environment(container)
    unknown = set(env) - settings_read()
    assert not unknown, f"{container.owner} sets {sorted(unknown)}, which nothing reads"
    for name, value in env.items():
        if SECRET_NAMES.fullmatch(name):
            assert value.startswith("${") or "${" in value.split("@")[0], \
                f"{container.owner}: {name} is written in the compose file"
    required = {"SB_DATABASE_URL", "SB_PSEUDONYM_SECRET"} | NEEDS.get(container.process, set())
    assert required <= set(env), f"{container.owner} lacks {sorted(required - set(env))}"
    assert env["SB_ENV"] == "production" and env["SB_LOG_FORMAT"] == "json"
    if container.process == "web":
        assert not NOT_FOR_WEB & set(env)
    settings = load_settings(filled_in(container))
    assert settings.is_production and settings.database_url.startswith("postgresql://")
    assert not settings.privacy_url.startswith(settings.web.public_url)  # /privacy redirects there


@pytest.mark.parametrize("container", [c for c in OURS if c.process in BY_CLIENT_ADDRESS],
                         ids=ids)
def test_our_proxies_can_be_named_in_the_env_file(container: Container) -> None:
    """Web chats reach Rasa through the patient web process and sign-ins reach the app
    through a published port: both look like one of our own addresses unless
    SB_TRUSTED_PROXIES (deploy/.env, as the runbook says) names their ranges."""
    assert environment(container).get("SB_TRUSTED_PROXIES") == "${SB_TRUSTED_PROXIES:-}"


def test_compose_refuses_to_start_without_the_secrets() -> None:
    assert {"SB_PSEUDONYM_SECRET", "SB_ACTION_SECRET", "SB_RASA_API_TOKEN", "POSTGRES_PASSWORD",
            "REDIS_PASSWORD"} <= required_interpolations(COMPOSE.read_text())
    example = (DEPLOY / "compose.env.example").read_text()
    named = set(re.findall(r"^([A-Z0-9_]+)=", example, flags=re.M))
    used = set(re.findall(r"(?<!\$)\$\{([A-Z0-9_]+)", COMPOSE.read_text()))  # $$ is the shell's
    assert used <= named, f"compose.env.example misses {sorted(used - named)}"
    assert not re.search(r"^(\w*(SECRET|TOKEN|PASSWORD)\w*)=\S", example, flags=re.M)


@pytest.mark.parametrize("container", SERVERS, ids=ids)
def test_health_checks_ask_real_endpoints_on_the_port_served(container: Container) -> None:
    check = " ".join(container.spec["healthcheck"]["test"])
    port, path = re.search(r"http://127\.0\.0\.1:(\d+)(/[\w/]*)", check).groups()  # type: ignore[union-attr]
    assert int(port) == listen_port(container, filled_in(container))
    assert path in routes_of(container.process)
    if container.process in ("rasa", "actions", "commissioner"):
        assert path.endswith("/ready")  # the model and warm-up too, not only alive


def test_each_rasa_replica_keeps_its_spool_on_a_volume_of_its_own() -> None:
    volumes = []
    for name in ("rasa-1", "rasa-2"):
        service = compose_services()[name]
        spool = PurePosixPath(service["environment"]["SB_SPOOL_PATH"])
        (volume,) = [v.split(":")[0] for v in service["volumes"] if v.split(":")[1] == str(spool.parent)]
        assert volume in compose()["volumes"], f"{name}: the spool is not on a named volume"
        volumes.append(volume)
        # A new named volume takes the image's directory's owner: the unprivileged user.
        assert f"install -d -o sb -g sb -m 0700 {spool.parent}" in dockerfile()
    assert len(set(volumes)) == 2


def test_the_action_server_is_reachable_from_the_internal_network_alone() -> None:
    networks = compose()["networks"]
    actions = compose_services()["actions"]
    assert "ports" not in actions
    assert all(networks[name].get("internal") is True for name in actions["networks"])
    for name in ("postgres", "redis"):
        service = compose_services()[name]
        assert "ports" not in service and all(networks[n].get("internal") for n in service["networks"])
    published = [p for s in compose_services().values() for p in s.get("ports", [])]
    assert all(interpolated(p).startswith("127.0.0.1:") for p in published), published


def test_the_edge_fills_every_placeholder_of_the_template() -> None:
    edge = compose_services()["edge"]
    script = edge["command"][-1]
    placeholders = set(re.findall(r"@[A-Z_]+@", TEMPLATE.read_text()))
    assert placeholders == set(re.findall(r"s\|(@[A-Z_]+@)\|", script))
    assert "server rasa-1:5005 max_fails=0; server rasa-2:5005 max_fails=0;" in script
    assert edge["volumes"] == ["./nginx.conf.template:/etc/sounding-board/nginx.conf.template:ro"]


@pytest.mark.parametrize("container", compose_containers(), ids=ids)
def test_images_are_pinned_and_resources_bounded(container: Container) -> None:
    name, _, tag = container.image.rpartition(":")
    assert name and re.match(r"\d+\.\d+", tag), f"{container.owner}: {container.image} is not pinned"
    if container.owner != "compose/migrate":
        assert "memory" in container.spec["deploy"]["resources"]["limits"], container.owner


def test_our_containers_are_read_only_and_unprivileged() -> None:
    for container in OURS:
        spec = container.spec
        assert spec["user"] == "10001:10001" and spec["read_only"] is True, container.owner
    rasa = compose_services()["rasa-1"]
    assert rasa["deploy"]["resources"]["limits"]["cpus"] == "1.0"
    assert rasa["command"][rasa["command"].index("--model") + 1] == MODEL


def dockerfile() -> str:
    return DOCKERFILE.read_text()


def test_the_image_installs_the_lock_trains_the_model_and_runs_unprivileged() -> None:
    text = dockerfile()
    assert re.search(r"^ARG PYTHON_IMAGE=python:3\.10\.\d+-slim", text, flags=re.M)
    assert "pip install --no-deps -r /tmp/requirements.lock" in text and "pip check" in text
    assert "rasa train --fixed-model-name sounding-board --out models" in text
    assert MODEL == "models/sounding-board.tar.gz"
    final = text.rsplit("\nFROM ", 1)[1]
    assert "RASA_TELEMETRY_ENABLED=false" in final
    users = re.findall(r"^USER (\S+)", final, flags=re.M)
    assert users and users[-1].split(":")[0] not in ("0", "root")


def test_everything_the_image_copies_is_in_the_build_context() -> None:
    allowed = {line[1:].rstrip("/") for line in
               (DEPLOY / "Dockerfile.dockerignore").read_text().splitlines() if line.startswith("!")}
    for line in re.findall(r"^COPY (?!--from)(.+)$", dockerfile(), flags=re.M):
        for source in line.split()[:-1]:
            assert source in allowed, f"{source} is left out of the build context"
            assert (DEPLOY.parent / source).exists(), f"{source} does not exist"
