"""The one-entry-per-line lists of rasd/lang/ar are read once, as written, without comments or blank lines."""

from __future__ import annotations

from rasd.lang.ar import read_list


def test_a_list_is_its_entries_without_comments() -> None:
    heads = read_list("org_heads.txt")
    assert "تنظيم" in heads and "حركة" in heads
    assert not any(w.startswith("#") or not w or w != w.strip() for w in heads)
    assert read_list("org_heads.txt") is heads  # read once
