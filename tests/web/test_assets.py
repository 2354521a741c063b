"""The widget's files: named by content, gzipped the same way every time, small."""

from __future__ import annotations

import gzip

from bot.web.assets import asset, load_assets


def test_a_versioned_name_changes_with_the_content() -> None:
    one, two = asset("widget.js", b"a"), asset("widget.js", b"b")
    assert one.versioned != two.versioned
    assert one.versioned.startswith("widget.") and one.versioned.endswith(".js")
    assert one.path == f"/static/{one.versioned}" and one.etag == f'"{one.digest}"'
    assert asset("widget.js", b"a").gzipped == one.gzipped  # no timestamp inside


def test_every_file_is_served_by_both_names_and_the_widget_is_small() -> None:
    found = load_assets()
    widget = found["widget.js"]
    assert found[widget.versioned] is widget
    assert widget.content_type.startswith("text/javascript")
    assert gzip.decompress(widget.gzipped) == widget.body
    assert len(widget.gzipped) < 15_000  # README states the measured size
    assert found["page.css"].content_type.startswith("text/css")
