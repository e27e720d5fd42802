"""The deployment files keep their promises: a non-root image with a health check, replicas behind nginx with
cookie affinity, compressed and cached static files. deploy/replicas.sh is run for real behind Debian's nginx (CI
installs it); the container itself is built and run by hand (deploy/README.md)."""

from __future__ import annotations

import base64
import gzip
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
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


def _free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _free_ports(count: int) -> int:
    """A base port B with B+1 .. B+count free on loopback (replicas.sh starts its replicas there)."""
    chooser = random.Random()
    for _ in range(200):
        base = chooser.randrange(20_000, 60_000)
        if all(_free(base + i) for i in range(1, count + 1)):
            return base
    pytest.fail("no run of free loopback ports found")


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


@pytest.fixture(scope="module")
def replicas(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """deploy/replicas.sh as a school would run it: two real replicas of the app behind Debian's nginx."""
    if shutil.which("nginx") is None:
        pytest.skip("needs Debian's nginx (apt-get install -y nginx)")
    base, proxy = _free_ports(2), _free_ports(1) + 1
    log = tmp_path_factory.mktemp("replicas") / "replicas.log"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", "REPLICA_PORTS": str(base)}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(DEPLOY / "replicas.sh"), "2", str(proxy)], cwd=DEPLOY.parent, env=env, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
    url = f"http://127.0.0.1:{proxy}"
    try:
        deadline = time.monotonic() + 180  # two replicas start and Streamlit's files are compressed once: slow when loaded
        while "ready:" not in log.read_text(errors="replace"):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"deploy/replicas.sh did not get ready:\n{log.read_text(errors='replace')[-3000:]}", pytrace=False)
            time.sleep(0.5)  # polling a log file for a line, not waiting for a guessed time
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)  # its trap stops nginx and the replicas and removes the folder
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def test_nginx_serves_the_app_through_two_replicas_with_a_pinning_cookie(replicas: str) -> None:
    status, _, body = _get(f"{replicas}/healthz")
    assert (status, body) == (200, b"ok")
    status, headers, page = _get(f"{replicas}/")
    assert status == 200
    assert b'id="root"' in page, "Streamlit's page came through"
    cookie = headers.get("set-cookie", "")
    assert re.match(r"pw_replica=[0-9a-f]{32}; Path=/; HttpOnly; SameSite=Lax$", cookie), cookie
    pinned = cookie.split(";")[0]
    _, again, _ = _get(f"{replicas}/", {"Cookie": pinned})
    assert again["set-cookie"].split(";")[0] == pinned, "a browser keeps its replica"


def test_nginx_sends_streamlit_files_compressed_and_cached_for_a_year(replicas: str) -> None:
    _, _, page = _get(f"{replicas}/")
    script = re.search(rb'src="\.?/?(static/js/index\.[^"]+\.js)"', page)
    assert script, page[:500]
    address = f"{replicas}/{script.group(1).decode()}"
    status, plain_headers, plain = _get(address, {"Accept-Encoding": "identity"})
    assert status == 200
    status, headers, packed = _get(address, {"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers.get("content-encoding") == "gzip"
    assert gzip.decompress(packed) == plain
    assert len(packed) <= len(plain) / 2, f"compressed {len(packed):,} B of {len(plain):,} B"
    for sent in (headers, plain_headers):
        assert sent.get("cache-control") == "public, max-age=31536000, immutable"


def test_nginx_passes_the_websocket_through(replicas: str) -> None:
    """A session is a websocket: nginx must answer the upgrade with 101 from a replica, not close it."""
    host, port = replicas.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        key = base64.b64encode(os.urandom(16)).decode()
        sock.sendall(
            f"GET /_stcore/stream HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nOrigin: {replicas}\r\n\r\n".encode()
        )
        answer = sock.recv(4096).decode("latin-1")
    assert answer.startswith("HTTP/1.1 101"), answer[:300]
