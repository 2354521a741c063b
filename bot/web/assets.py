"""The widget's files: read once at start-up, named by their content, gzipped once.

A versioned name (`widget.3f9a1c2e.js`) never changes content, so browsers and
proxies may keep it for a year; `/widget.js` keeps a short lifetime for embed
snippets that don't pin a version.
"""

from __future__ import annotations

import gzip
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Dict

STATIC = Path(__file__).resolve().parent / "static"
TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
YEAR = "public, max-age=31536000, immutable"
SHORT = "public, max-age=300"


@dataclass(frozen=True)
class Asset:
    name: str  # widget.js
    body: bytes
    gzipped: bytes
    digest: str  # first 12 hex characters of the SHA-256 of the body

    @property
    def versioned(self) -> str:
        stem, _, suffix = self.name.rpartition(".")
        return f"{stem}.{self.digest}.{suffix}"

    @property
    def path(self) -> str:
        return f"/static/{self.versioned}"

    @property
    def content_type(self) -> str:
        return TYPES[Path(self.name).suffix]

    @property
    def etag(self) -> str:
        return f'"{self.digest}"'


def asset(name: str, body: bytes) -> Asset:
    # mtime=0: the same file always gzips to the same bytes.
    return Asset(name, body, gzip.compress(body, compresslevel=9, mtime=0),
                 hashlib.sha256(body).hexdigest()[:12])


def load_assets(folder: Path = STATIC) -> Dict[str, Asset]:
    """Every servable file, by versioned name and by plain name."""
    found: Dict[str, Asset] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix in TYPES:
            loaded = asset(path.name, path.read_bytes())
            found[loaded.versioned] = loaded
            found[loaded.name] = loaded
    return found
