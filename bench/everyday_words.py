"""Write bot/trust/everyday_words.txt.gz: the everyday English words, so that redaction can
tell a name or a place typed in lower case ("me n kacper", "whinmoor surgery") from a word
("me n him", "top surgery").

    .venv/bin/python bench/everyday_words.py [--words=/usr/share/dict/british-english]

The word list is Debian's `wbritish` (SCOWL; `apt-get install wbritish`): a word counts as
everyday when the list has it in lower case ("will", "brown"), not only capitalised
("Chester", "Sarah"). Run again when the word list changes, and commit the file (written
byte for byte the same from the same list).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.trust.everyday_words import WORDS_FILE  # noqa: E402


def everyday(path: Path) -> list[str]:
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word and word.islower() and not word.endswith("'s"):
            words.add(word)
    return sorted(words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/british-english"))
    parser.add_argument("--out", type=Path, default=WORDS_FILE)
    args = parser.parse_args(argv)
    words = everyday(args.words)
    # mtime 0: the same list gives the same bytes.
    args.out.write_bytes(gzip.compress(("\n".join(words) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(words)} everyday words -> {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
