"""The deployment files keep their promises: a non-root image with a health check, replicas behind nginx with
cookie affinity, compressed and cached static files. The container itself is built and run by hand (deploy/README.md)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"


def stages(dockerfile: str) -> dict[str, list[str]]:
    """Each build stage's instructions, continuation lines joined, by stage name."""
    joined = re.sub(r"\\\n\s*", " ", dockerfile)
    found: dict[str, list[str]] = {}
    current: list[str] = []
    for raw in joined.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("FROM "):
            current = found.setdefault(line.split()[-1], [])
        current.append(line)
    return found


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    yaml = pytest.importorskip("yaml", reason="PyYAML reads deploy/compose.yaml (make test installs it)")
    loaded: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    return loaded


def test_the_app_image_is_slim_python_run_by_a_user_who_is_not_root() -> None:
    app = stages((DEPLOY / "Dockerfile").read_text(encoding="utf-8"))["app"]
    assert app[0] == "FROM python:3.11-slim AS app"
    assert any("pip install -r requirements.txt" in line for line in app)
    users = [line.split()[1] for line in app if line.startswith("USER ")]
    assert users, "the image must not run as root"
    assert users[-1].split(":")[0] not in ("0", "root")
    health = next(line for line in app if line.startswith("HEALTHCHECK "))
    assert "/_stcore/health" in health
    command = next(line for line in app if line.startswith("CMD "))
    assert '"--browser.gatherUsageStats", "false"' in command
    assert any("STREAMLIT_BROWSER_GATHER_USAGE_STATS=false" in line for line in app)


def test_the_proxy_image_does_not_run_as_root_and_checks_its_health() -> None:
    proxy = stages((DEPLOY / "Dockerfile").read_text(encoding="utf-8"))["proxy"]
    assert [line for line in proxy if line.startswith("USER ")][-1] != "USER 0"
    assert "/healthz" in next(line for line in proxy if line.startswith("HEALTHCHECK "))


def test_compose_runs_replicas_with_a_health_check_behind_the_proxy(compose: dict[str, Any]) -> None:
    app, proxy = compose["services"]["app"], compose["services"]["proxy"]
    assert app["build"]["target"] == "app"
    assert app["deploy"]["replicas"]  # N replicas: REPLICAS, 2 by default
    assert "/_stcore/health" in " ".join(app["healthcheck"]["test"])
    assert str(app["user"]).split(":")[0] not in ("0", "root")
    assert "ports" not in app, "replicas are reached only through the proxy"
    assert [str(p) for p in proxy["ports"]] == ["${PORT:-8080}:8080"]
    assert proxy["depends_on"]["app"]["condition"] == "service_healthy"


def test_nginx_pins_a_browser_by_cookie_and_compresses_and_caches() -> None:
    template = (DEPLOY / "nginx.conf.template").read_text(encoding="utf-8")
    assert "hash $pw_sticky consistent;" in template
    assert "ip_hash" not in template.replace("# ", "").split("upstream pathways")[1]
    assert "gzip on;" in template
    assert "gzip_vary on;" in template
    for kind in ("text/css", "application/javascript", "application/json", "image/svg+xml"):
        assert kind in template
    static = template.split("location /static/ {")[1].split("}")[0]
    assert "gzip_static on;" in static
    assert "max-age=31536000, immutable" in static


@pytest.mark.skipif(shutil.which("nginx") is None, reason="needs Debian's nginx (apt-get install -y nginx)")
def test_the_rendered_nginx_config_is_one_nginx_accepts(tmp_path: Path) -> None:
    for folder in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp_path / folder).mkdir()
    rendered = subprocess.run(
        [str(DEPLOY / "nginx-conf.sh"), str(tmp_path), "127.0.0.1", "8099", "        server 127.0.0.1:8601;"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    (tmp_path / "nginx.conf").write_text(rendered, encoding="utf-8")
    checked = subprocess.run(
        ["nginx", "-t", "-c", str(tmp_path / "nginx.conf"), "-p", str(tmp_path)], check=False, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr
