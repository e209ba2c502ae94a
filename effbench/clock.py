"""The one way effbench says when something happened in what it writes: UTC, ISO 8601 with its offset, to the
second.  A local date (tiers.json's ``built.date`` was one) read a day off beside every other stamp of the project
wherever the machine's zone is not UTC, and said nothing of which zone it was in."""
from __future__ import annotations

import datetime


def utc_now() -> str:
    """Now, e.g. ``2026-12-07T06:41:09+00:00``."""
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
