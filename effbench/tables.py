"""The one place tables are laid out: plain text for the terminal, Markdown for job summaries and READMEs.

Cells arrive as strings, already formatted and (for Markdown) already escaped by the caller, because what a cell
needs differs by table (a model name is escaped, a task id is not, a catalogue cell swaps ``|`` for ``/``).
"""
from __future__ import annotations

from collections.abc import Sequence

ALIGN = {"l": "---", "r": "--:"}


def text_table(rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell and two spaces apart; the first row is the header."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def markdown_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def markdown_table(head: Sequence[str], rows: Sequence[Sequence[str]], align: str | None = None) -> list[str]:
    """The lines of a Markdown table; *align* has one letter per column, ``l`` (default) or ``r``."""
    align = align or "l" * len(head)
    if len(align) != len(head):
        raise ValueError(f"{len(head)} columns but alignment {align!r}")
    return [markdown_row(head), "|" + "|".join(ALIGN[a] for a in align) + "|"] + [markdown_row(r) for r in rows]


def escape_markdown(text: object) -> str:
    """A cell's text that cannot break the row: ``|`` escaped, newlines folded."""
    return str(text).replace("|", "\\|").replace("\n", " ")
