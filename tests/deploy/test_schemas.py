"""Every deployment file is valid for its tool, checked offline: the Kubernetes objects
against Kubernetes 1.28's OpenAPI schemas (kubernetes-validate's strict set, where an
unknown field is an error) and the compose file against the Compose Specification's."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable, Dict

import jsonschema
import pytest
import yaml

from tests.deploy.manifests import (
    COMPOSE,
    COMPOSE_SCHEMA,
    KUSTOMIZATION,
    compose,
    k8s_files,
    k8s_objects,
    validate_k8s,
)


@pytest.mark.parametrize("path", k8s_files(), ids=lambda p: str(p.relative_to(KUSTOMIZATION.parent)))
def test_every_kubernetes_object_is_valid(path: Path) -> None:
    objects = k8s_objects(path)
    assert objects, f"{path} holds no object"
    for obj in objects:
        try:
            validate_k8s(obj)
        except jsonschema.ValidationError as error:
            where = ".".join(str(part) for part in error.absolute_path)
            pytest.fail(f"{path.name}: {obj['kind']}/{obj['metadata']['name']} at {where}: "
                        f"{error.message}")


def _rasa() -> Dict[str, Any]:
    return k8s_objects(KUSTOMIZATION.parent / "rasa.yaml")[0]


def _container(obj: Dict[str, Any]) -> Any:
    return obj["spec"]["template"]["spec"]["containers"][0]  # itself, to be broken


BREAKAGES: Dict[str, Callable[[Dict[str, Any]], None]] = {
    "a misspelt field": lambda obj: _container(obj).update(readinesProbe={}),
    "a wrong type": lambda obj: obj["spec"].update(replicas="two"),
    "a missing required field": lambda obj: _container(obj).pop("name"),
    "a probe without a handler port": lambda obj: _container(obj)["readinessProbe"]["httpGet"].pop("port"),
}


@pytest.mark.parametrize("breakage", BREAKAGES, ids=str)
def test_a_broken_kubernetes_object_is_refused(breakage: str) -> None:
    broken = copy.deepcopy(_rasa())
    validate_k8s(broken)
    BREAKAGES[breakage](broken)
    with pytest.raises(jsonschema.ValidationError):
        validate_k8s(broken)


def compose_validator() -> jsonschema.Draft201909Validator:
    schema = json.loads(COMPOSE_SCHEMA.read_text())
    jsonschema.Draft201909Validator.check_schema(schema)
    return jsonschema.Draft201909Validator(schema)


def test_the_compose_file_is_valid() -> None:
    errors = [f"{'.'.join(str(p) for p in error.absolute_path)}: {error.message}"
              for error in compose_validator().iter_errors(compose())]
    assert errors == [], f"{COMPOSE.name}: {errors}"


@pytest.mark.parametrize("breakage", ["helthcheck", "replicas"])
def test_a_broken_compose_file_is_refused(breakage: str) -> None:
    broken = yaml.safe_load(COMPOSE.read_text())
    actions = broken["services"]["actions"]
    if breakage == "helthcheck":
        actions["helthcheck"] = actions.pop("healthcheck")
    else:
        actions["deploy"]["replicas"] = "two"
    assert list(compose_validator().iter_errors(broken))
