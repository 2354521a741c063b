"""Every relative link in the README and docs/ leads to a file, and to a heading there."""
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.M | re.S)
CODE = re.compile(r"`[^`\n]*`")


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(markdown: str) -> set[str]:
    headings = re.findall(r"^#{1,6} (.+)$", FENCE.sub("", markdown), re.M)
    return {slug(h) for h in headings}


def links(markdown: str) -> list[str]:
    prose = CODE.sub("", FENCE.sub("", markdown))
    return [t for t in LINK.findall(prose) if not re.match(r"[a-z]+:", t)]


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("Crisis wording, lexicon", "crisis-wording-lexicon"),
        ("Load: two replicas against one process", "load-two-replicas-against-one-process"),
        ('Two replicas, as "What is not here yet" told it', "two-replicas-as-what-is-not-here-yet-told-it"),
        ("Web chat widget", "web-chat-widget"),
    ],
)
def test_slug_is_githubs(heading, anchor):
    assert slug(heading) == anchor


def test_links_skip_code_and_web_addresses():
    text = "see [a](docs/a.md), `[b](nowhere.md)`, [c](https://x.org)\n```\n[d](gone.md)\n```\n"
    assert links(text) == ["docs/a.md"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(page):
    broken = []
    for target in links(page.read_text(encoding="utf-8")):
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists():
            broken.append(target)
        elif anchor and file.suffix == ".md" and anchor not in anchors(file.read_text(encoding="utf-8")):
            broken.append(target)
    assert broken == []
