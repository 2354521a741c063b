"""What the deployment files say, read as a reviewer reads them: every Kubernetes object,
the compose services, each process's container and its environment, and the real route
tables of our processes (the apps themselves, built as they start)."""

from __future__ import annotations

import ast
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, Set, Tuple
from urllib.parse import unquote

import importlib_resources
import jsonschema
import yaml

from bot.config import PROJECT_ROOT

DEPLOY = PROJECT_ROOT / "deploy"
K8S = DEPLOY / "k8s"
COMPOSE = DEPLOY / "docker-compose.yml"
SECRET_TEMPLATE = K8S / "secret.template.yaml"
KUSTOMIZATION = K8S / "kustomization.yaml"
PROMETHEUS = DEPLOY / "prometheus"
ALERT_RULES = PROMETHEUS / "alerts.yml"
COMPOSE_SCHEMA = PROJECT_ROOT / "tests" / "data" / "schemas" / "compose-spec.json"
# kubernetes-validate's strict schemas (unknown fields are errors) for the newest version
# it ships.
K8S_SCHEMAS = (importlib_resources.files("kubernetes_validate") / "kubernetes-json-schema"
               / "v1.28.0-local-strict")
OUR_IMAGE = "sounding-board"
MODEL = "models/sounding-board.tar.gz"  # where deploy/Dockerfile trains it
# Which of our processes a container runs, by the module its command starts.
PROCESSES = {"bot.channels.rasa_server": "rasa", "actions": "actions",
             "bot.commissioner": "commissioner", "bot.web": "web", "bot": "cli"}
SECRET_NAMES = re.compile(r".*(SECRET|TOKEN|PASSWORD|AUTH|ACCOUNT_SID)|SB_(DATABASE|TRACKER|REDIS)_URL")
# What each process cannot do without, besides the database and the pseudonym secret.
NEEDS = {"rasa": {"SB_ACTION_SECRET", "SB_RASA_API_TOKEN", "SB_TRACKER_URL", "SB_REDIS_URL"},
         "actions": {"SB_ACTION_SECRET"}}
# The processes that limit or throttle by a client's address, which they see only through
# our own proxies (the edge, the patient web process, a TLS terminator through a published
# port or the ingress controller): without SB_TRUSTED_PROXIES every patient is one address.
BY_CLIENT_ADDRESS = {"rasa", "web", "commissioner"}
# The internet-facing process never holds what would let it send, act or erase.
NOT_FOR_WEB = {"SB_ACTION_SECRET", "SB_RASA_API_TOKEN", "TWILIO_AUTH_TOKEN", "TELEGRAM_TOKEN",
               "TELEGRAM_SECRET_TOKEN"}


# --- Kubernetes -----------------------------------------------------------------------

def k8s_files() -> List[Path]:
    return sorted(p for p in K8S.rglob("*.yaml") if p != KUSTOMIZATION)


def k8s_objects(path: Path) -> List[Dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc]


def deployed_objects() -> List[Dict[str, Any]]:
    """Everything `kubectl apply -k deploy/k8s` creates (not the Secret template)."""
    return [obj for path in k8s_files() if path != SECRET_TEMPLATE for obj in k8s_objects(path)]


def objects_of(kind: str) -> List[Dict[str, Any]]:
    return [obj for obj in deployed_objects() if obj["kind"] == kind]


def kustomization(directory: Path) -> Dict[str, Any]:
    return dict(yaml.safe_load((directory / "kustomization.yaml").read_text()))


def generated_config_maps(directory: Path, namespace: str) -> List[Dict[str, Any]]:
    """The ConfigMaps the kustomization in `directory` generates from files, as kustomize
    makes them when a kustomization with `namespace` includes it."""
    made = []
    for generator in kustomization(directory).get("configMapGenerator", []):
        data = {}
        for entry in generator["files"]:
            key, _, name = entry.rpartition("=")
            path = (directory / name).resolve()
            if not path.is_relative_to(directory.resolve()):  # kustomize's load restrictor
                raise ValueError(f"kustomize refuses {entry}: outside {directory}")
            data[key or path.name] = path.read_text()
        options = generator.get("options", {})
        name = generator["name"] + ("" if options.get("disableNameSuffixHash") else "-<hash>")
        metadata = {"name": name, "namespace": namespace, "labels": options.get("labels", {})}
        made.append({"apiVersion": "v1", "kind": "ConfigMap", "metadata": metadata, "data": data})
    return made


class _PlainPointers(jsonschema.RefResolver):
    """Kubernetes' schemas have no $id or anchors, so a fragment is a plain JSON pointer
    (jsonschema 4.17 otherwise walks all 1 MB of definitions for every reference)."""

    def resolve_fragment(self, document: Any, fragment: str) -> Any:
        fragment = fragment.lstrip("/")
        for part in unquote(fragment).split("/") if fragment else []:
            part = part.replace("~1", "/").replace("~0", "~")
            document = document[int(part)] if isinstance(document, list) else document[part]
        return document


_store: Dict[str, Any] = {}


def validate_k8s(obj: Dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError unless `obj` is valid Kubernetes 1.28 (strict),
    finding its schema as kubernetes-validate does."""
    group_version = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", obj["apiVersion"])
    schema_file = K8S_SCHEMAS / f"{obj['kind'].lower()}-{group_version}.json"
    schema = _schema(str(schema_file))
    resolver = _PlainPointers(base_uri=f"file://{K8S_SCHEMAS}/", referrer=schema, store=_store)
    jsonschema.validate(obj, schema, cls=jsonschema.Draft202012Validator, resolver=resolver)


@functools.cache
def _schema(path: str) -> Dict[str, Any]:
    return dict(json.loads(Path(path).read_text()))


def pod_spec(obj: Dict[str, Any]) -> Dict[str, Any]:
    spec = obj["spec"]
    if obj["kind"] == "CronJob":
        spec = spec["jobTemplate"]["spec"]
    return dict(spec["template"]["spec"])


def workloads() -> List[Dict[str, Any]]:
    return [obj for obj in deployed_objects()
            if obj["kind"] in ("Deployment", "StatefulSet", "Job", "CronJob")]


@dataclass(frozen=True)
class Container:
    owner: str  # "Deployment/rasa", "compose/rasa-1"
    spec: Dict[str, Any]

    @property
    def image(self) -> str:
        return str(self.spec["image"])

    @property
    def ours(self) -> bool:
        return self.image.rsplit("/", 1)[-1].split(":")[0] == OUR_IMAGE

    @property
    def command(self) -> List[str]:
        return [str(part) for part in self.spec.get("command", []) + self.spec.get("args", [])]

    @property
    def program(self) -> List[str]:
        """The command line of our program it runs: the command itself, or the one
        `python -m …` line of a shell loop around it (Compose's nightly retention)."""
        if self.command[:2] == ["/bin/sh", "-c"]:
            found = re.findall(r"^\s*(python -m [\w.]+(?: [\w-]+)*)", self.command[2], flags=re.M)
            return found[0].split() if len(found) == 1 else []
        return self.command

    @property
    def process(self) -> str:
        module = self.program[2] if self.program[:2] == ["python", "-m"] else ""
        return PROCESSES.get(module, "")

    @property
    def serves(self) -> bool:
        return self.process in ("rasa", "actions", "commissioner", "web")


def ids(container: Container) -> str:
    return container.owner


def k8s_containers() -> List[Container]:
    found = []
    for obj in workloads():
        spec = pod_spec(obj)
        for container in spec.get("initContainers", []) + spec["containers"]:
            found.append(Container(f"{obj['kind']}/{obj['metadata']['name']}", container))
    return found


def config_map() -> Dict[str, str]:
    (found,) = objects_of("ConfigMap")
    return {key: str(value) for key, value in found["data"].items()}


def secret_template() -> Dict[str, Dict[str, str]]:
    return {obj["metadata"]["name"]: obj["stringData"] for obj in k8s_objects(SECRET_TEMPLATE)}


def k8s_environment(container: Container) -> Dict[str, Tuple[str, str]]:
    """Every variable the container gets: name -> (where from, value or secret key)."""
    env: Dict[str, Tuple[str, str]] = {}
    for source in container.spec.get("envFrom", []):
        assert set(source) == {"configMapRef"}, source
        env.update({key: ("config", value) for key, value in config_map().items()})
    for item in container.spec.get("env", []):
        if "value" in item:
            env[item["name"]] = ("literal", str(item["value"]))
        else:
            ref = item["valueFrom"]["secretKeyRef"]
            env[item["name"]] = ("secret", f"{ref['name']}/{ref['key']}")
    return env


# What an operator puts in a secret, of the right kind (settings check each URL's kind).
SECRET_STAND_INS = {
    "SB_DATABASE_URL": "postgresql+psycopg2://sounding_board:" + "x" * 40 + "@postgres/sb",
    "SB_TRACKER_URL": "postgresql+psycopg2://sounding_board:" + "x" * 40 + "@postgres/sb",
    "SB_REDIS_URL": "redis://:" + "x" * 40 + "@redis:6379/0",
}


def production_settings_env(container: Container) -> Dict[str, str]:
    """The container's settings, each secret as an operator fills it in."""
    return {name: value if source != "secret" else SECRET_STAND_INS.get(name, "x" * 40)
            for name, (source, value) in k8s_environment(container).items()}


# --- Docker Compose -------------------------------------------------------------------

def compose() -> Dict[str, Any]:
    return dict(yaml.safe_load(COMPOSE.read_text()))


def compose_services() -> Dict[str, Dict[str, Any]]:
    return dict(compose()["services"])


def compose_containers() -> List[Container]:
    return [Container(f"compose/{name}", {**service, "image": interpolated(service["image"])})
            for name, service in compose_services().items()]


def interpolated(value: str) -> str:
    """A compose value with each ${VAR:-default} as its default (${VAR:?…} stays)."""
    return re.sub(r"(?<!\$)\$\{[A-Z0-9_]+:-([^}]*)\}", r"\1", value)


def example_env() -> Dict[str, str]:
    """deploy/compose.env.example as an operator fills it in: its values, and a made-up
    secret (hex, as the file says to make them) for each one compose requires."""
    found = re.findall(r"^([A-Z0-9_]+)=(.*)$", (DEPLOY / "compose.env.example").read_text(),
                       flags=re.M)
    required = required_interpolations(COMPOSE.read_text())
    return {name: value or ("5ecre7" * 8 if name in required else "") for name, value in found}


def resolved(value: str, env: Dict[str, str]) -> str:
    """A compose value as `docker compose` interpolates it from `env`."""
    def one(match: re.Match) -> str:
        name, rule, default = match.group(1), match.group(2) or "", match.group(3) or ""
        if rule == ":?" and not env.get(name):
            raise KeyError(f"compose would refuse to start: {name} is not set")
        return env.get(name) or (default if rule == ":-" else "")

    return re.sub(r"(?<!\$)\$\{([A-Z0-9_]+)(:-|:\?)?([^}]*)\}", one, value).replace("$$", "$")


def required_interpolations(text: str) -> Set[str]:
    """Variables compose refuses to start without (${VAR:?message})."""
    return set(re.findall(r"(?<!\$)\$\{([A-Z0-9_]+):\?", text))


# --- The code ---------------------------------------------------------------------------

def settings_read() -> Set[str]:
    """Every environment variable bot/config.py reads, and endpoints.yml's ${…}."""
    tree = ast.parse((PROJECT_ROOT / "bot" / "config.py").read_text())
    names = {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant)
             and isinstance(node.value, str) and re.fullmatch(r"(SB|TWILIO|TELEGRAM)_[A-Z0-9_]+",
                                                              node.value)}
    for name in ("endpoints.yml", "credentials.yml"):
        names |= set(re.findall(r"\$\{([A-Z0-9_]+)\}", (PROJECT_ROOT / name).read_text()))
    return names


@functools.cache
def routes_of(process: str) -> Set[str]:
    """The GET paths each process really serves, from its app as it is built to run."""
    from sanic import Sanic

    from bot.config import load_settings

    Sanic.test_mode = True  # the same app names as other tests build
    settings = load_settings({"SB_DATABASE_URL": "sqlite://", "SB_ACTION_SECRET": "x"})
    if process == "rasa":
        from rasa.core.channels.channel import register

        from bot.channels.ops import OpsChannel

        app = Sanic("deploy_test_rasa")
        register([OpsChannel()], app, route="/webhooks/")  # as Rasa registers channels
    elif process == "actions":
        from actions.server import create_app as actions_app

        app = actions_app(settings, name="deploy_test_actions")
    elif process == "commissioner":
        from bot.commissioner.app import create_app as commissioner_app

        app = commissioner_app(settings)
    else:
        from bot.web.app import create_app as web_app

        app = web_app(settings, name="deploy_test_web")
    return {"/" + route.path.strip("/") for route in app.router.routes if "GET" in route.methods}


def listen_port(container: Container, env: Dict[str, str]) -> int:
    """The port the process binds, from its command line or its settings."""
    from bot.config import load_settings

    if container.process == "rasa":
        return int(container.command[container.command.index("--port") + 1])
    settings = load_settings({**env, "SB_PSEUDONYM_SECRET": "s" * 40})
    return {"actions": settings.action_port, "commissioner": settings.commissioner_port,
            "web": settings.web.port}[container.process]


def channel_names() -> Iterator[str]:
    """The channels credentials.yml registers, by the names Rasa routes them under."""
    import importlib

    for dotted in yaml.safe_load((PROJECT_ROOT / "credentials.yml").read_text()):
        module, _, cls = dotted.rpartition(".")
        yield getattr(importlib.import_module(module), cls).name()
