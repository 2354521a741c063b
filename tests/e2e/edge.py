"""nginx (Debian's package) in front of Rasa replicas, as deploy/nginx.conf.template
describes, started for a test and stopped after it."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List

from bot.config import PROJECT_ROOT

TEMPLATE = PROJECT_ROOT / "deploy" / "nginx.conf.template"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


@dataclass(frozen=True)
class Edge:
    access_log: Path
    pid: int  # nginx's master process (its workers are its children)


@contextlib.contextmanager
def nginx(folder: Path, port: int, rasa_ports: List[int], per_ip_rate: int = 200,
          per_ip_burst: int = 400) -> Iterator[Edge]:
    """Serve 127.0.0.1:`port`."""
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o777)  # nginx's workers may run as another user
    config = (TEMPLATE.read_text()
              .replace("@PREFIX@", str(folder)).replace("@LISTEN@", f"127.0.0.1:{port}")
              .replace("@PER_IP_RATE@", str(per_ip_rate))
              .replace("@PER_IP_BURST@", str(per_ip_burst))
              .replace("@RASA_UPSTREAMS@", upstreams(rasa_ports)))
    (folder / "nginx.conf").write_text(config)
    process = subprocess.Popen([NGINX, "-p", str(folder), "-c", str(folder / "nginx.conf"),
                                "-g", "daemon off;"], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 10
        while not _answers(f"http://127.0.0.1:{port}/webhooks/rest/"):
            assert process.poll() is None, f"nginx did not start: {process.stderr.read()}"
            assert time.monotonic() < deadline, "nginx did not answer in 10 s"
            time.sleep(0.05)
        yield Edge(folder / "access.log", process.pid)
    finally:
        process.terminate()
        process.wait(10)


def upstreams(ports: List[int]) -> str:
    """The template's server lines, as deploy/docker-compose.yml writes them."""
    return " ".join(f"server 127.0.0.1:{port} max_fails=0;" for port in ports)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except urllib.error.HTTPError:
        return True  # nginx answered (a replica may not be up yet)
    except OSError:
        return False
