"""The deployment files checked with what runs here: HAProxy's own config check, docker-compose's own config
check, and the Kubernetes manifests' wiring (no API server here for `kubectl --dry-run`): selectors that
match pods, probes on ports that exist, secrets only by reference."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from bot.ops.cluster import ClusterConfig, haproxy_config
from bot.ops.paths import ROOT

DEPLOY = ROOT / "deploy"
SECRET_NAMES = {
    "RASA_API_TOKEN",
    "FRONTDOOR_API_TOKEN",
    "FRONTDOOR_ACTION_SECRET",
    "FRONTDOOR_SESSION_KEY",
    "FRONTDOOR_SENDER_ID_KEY",
    "FRONTDOOR_METRICS_TOKEN",
    "REDIS_PASSWORD",
}


def haproxy() -> str:
    found = shutil.which("haproxy") or ("/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else None)
    assert found, "HAProxy is installed by scripts/install_cluster.sh (make test runs it)"
    return found


@pytest.mark.parametrize("which", ["cluster", "compose"])
def test_haproxy_accepts_the_configuration(tmp_path: Path, which: str) -> None:
    if which == "cluster":
        conf = tmp_path / "haproxy.cfg"
        conf.write_text(haproxy_config(ClusterConfig(base=tmp_path, port=5999), [6001, 6002, 6003]))
    else:
        conf = DEPLOY / "haproxy.cfg"
    result = subprocess.run([haproxy(), "-c", "-f", str(conf)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr


def test_docker_compose_accepts_the_file() -> None:
    binary = shutil.which("docker-compose")
    assert binary, "docker-compose is installed by scripts/install_cluster.sh (make test runs it)"
    env = {**os.environ, **dict.fromkeys(SECRET_NAMES, "x")}
    result = subprocess.run(
        [binary, "-f", str(DEPLOY / "docker-compose.yml"), "config", "-q"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_docker_compose_refuses_to_start_without_its_secrets() -> None:
    binary = shutil.which("docker-compose")
    assert binary
    env = {k: v for k, v in os.environ.items() if k not in SECRET_NAMES}
    result = subprocess.run(
        [binary, "-f", str(DEPLOY / "docker-compose.yml"), "config", "-q"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode != 0
    assert "set " in result.stderr  # the file's own ":?set NAME" message


def manifests() -> list[dict]:
    docs = []
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        docs += [d for d in yaml.safe_load_all(path.read_text()) if d]
    return docs


def pod_labels() -> list[dict]:
    return [
        d["spec"]["template"]["metadata"]["labels"]
        for d in manifests()
        if d["kind"] in ("Deployment", "StatefulSet")
    ]


def matches(selector: dict, labels: dict) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


def test_every_manifest_names_its_kind() -> None:
    docs = manifests()
    kinds = {d["kind"] for d in docs}
    assert {"Deployment", "Service", "PodDisruptionBudget", "ConfigMap", "StatefulSet"} <= kinds
    for doc in docs:
        assert doc["apiVersion"] and doc["metadata"]["name"]


def test_workloads_select_their_own_pods_and_probe_real_ports() -> None:
    for doc in manifests():
        if doc["kind"] not in ("Deployment", "StatefulSet"):
            continue
        spec = doc["spec"]
        assert matches(spec["selector"]["matchLabels"], spec["template"]["metadata"]["labels"])
        for container in spec["template"]["spec"]["containers"]:
            ports = {p.get("name") for p in container.get("ports", [])}
            for probe in ("readinessProbe", "livenessProbe"):
                if probe in container:
                    assert container["args"] in (["rasa"], ["actions"]), doc["metadata"]["name"]
                    assert container[probe]["httpGet"]["port"] in ports


def test_front_door_pods_are_probed_for_readiness_and_liveness() -> None:
    names = {d["metadata"]["name"]: d for d in manifests() if d["kind"] == "Deployment"}
    rasa = names["frontdoor-rasa"]["spec"]["template"]["spec"]["containers"][0]
    assert rasa["readinessProbe"]["httpGet"]["path"] == "/ready?without=redis"
    assert rasa["livenessProbe"]["httpGet"]["path"] == "/health"
    assert names["frontdoor-rasa"]["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] is True


def test_services_and_budgets_select_existing_pods() -> None:
    labels = pod_labels()
    for doc in manifests():
        if doc["kind"] == "Service":
            selector = doc["spec"]["selector"]
        elif doc["kind"] == "PodDisruptionBudget":
            selector = doc["spec"]["selector"]["matchLabels"]
        else:
            continue
        assert any(matches(selector, pod) for pod in labels), doc["metadata"]["name"]


def test_secrets_are_referenced_never_written() -> None:
    for doc in manifests():
        assert doc["kind"] != "Secret"
    config = next(d for d in manifests() if d["kind"] == "ConfigMap")
    assert not SECRET_NAMES & set(config["data"])
