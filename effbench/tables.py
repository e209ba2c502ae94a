"""The one place tables are laid out: plain text for the terminal, Markdown for job summaries and READMEs.

Cells arrive as strings, already formatted and (for Markdown) already escaped by the caller, because what a cell
needs differs by table (a model name is escaped, a task id is not, a catalogue cell swaps ``|`` for ``/``).  What
would not show as itself (:func:`unshowable`) is the exception: a text table escapes it in every cell.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence

ALIGN = {"l": "---", "r": "--:"}


# Characters that do not show as themselves: controls (a newline breaks a row, an escape sequence restyles the
# terminal), format characters (a right-to-left override reverses what follows), surrogates (not text at all: a
# lone one, which JSON can carry, cannot be encoded and ends the write) and line and paragraph separators.
UNSHOWABLE = {"Cc": "a control character", "Cf": "a format character", "Cs": "a lone surrogate",
              "Zl": "a line separator", "Zp": "a paragraph separator"}
MARKDOWN_SPECIAL = frozenset("\\`*_[]<>|&!#~$")

# What text of several lines printed to a terminal or a log keeps of the characters that do not show as themselves:
# its line breaks and tabs, which move on without taking anything back.  A carriage return or an escape sequence
# could (a line overwritten, the screen cleared, the window's title set, the clipboard written, a hidden link).
LINES = "\n\t"
# GitHub reads ``@login`` in a comment as a mention, which notifies that user, and ``#12`` (``owner/repo#12``) or
# ``GH-12`` as a reference, which links this page from that timeline, after the Markdown is read: a backslash
# cannot keep them text.  An empty HTML comment after the ``@``, ``#`` or ``GH-`` splits the text GitHub looks in,
# and shows as nothing.
GITHUB_LINK = re.compile(r"(?<=@)(?=[A-Za-z0-9])|(?<=#)(?=[0-9])|(?<=[Gg][Hh]-)(?=[0-9])")
UNLINKED = "<!-- -->"


def unshowable(text: str) -> str | None:
    """The first character of *text* that would not show as itself in a table or report, or None."""
    return next((c for c in text if unicodedata.category(c) in UNSHOWABLE), None)


def code_point(char: str) -> str:
    """``U+000A (a control character)``: how an error names a character it cannot print."""
    kind = UNSHOWABLE.get(unicodedata.category(char), "")
    return f"U+{ord(char):04X} ({unicodedata.name(char, kind) or kind})"


def printable(text: object, keep: str = "") -> str:
    """*text* with each character that would not show as itself written as its escape (``\\n``, ``\\ud800``):
    names from older run directories or others' leaderboard files reach the reports unchecked.  The characters of
    *keep* stay as they are (:data:`LINES` for text of several lines)."""
    text = str(text)
    if unshowable(text) is None:
        return text
    return "".join(ascii(c)[1:-1] if c not in keep and unicodedata.category(c) in UNSHOWABLE else c for c in text)


def text_table(rows: Sequence[Sequence[str]]) -> str:
    """Columns padded to their widest cell and two spaces apart; the first row is the header."""
    rows = [[printable(c) for c in r] for r in rows]
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


def markdown_cell(text: object) -> str:
    """A cell of effbench's own text, which may hold Markdown on purpose (``**REGRESSION**``): ``|`` escaped and
    newlines folded so that it stays one cell.  Names take :func:`escape_markdown`."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def escape_markdown(text: object) -> str:
    """A name shown as itself in Markdown: what would not show escaped (:func:`printable`), and every character
    Markdown reads as markup backslash-escaped, so that ``|`` cannot split the row, ``[x](url)`` is no link,
    ``<b>`` no tag and ``$x$`` no formula (GitHub's math) (CommonMark: any ASCII punctuation may be escaped);
    ``@user`` no mention and ``#12`` no reference (:func:`unlinked`)."""
    return unlinked("".join("\\" + c if c in MARKDOWN_SPECIAL else c for c in printable(text)))


def escape_html(text: object) -> str:
    """A name shown as itself in the HTML of a comment or job summary (a ``<summary>``, where a backslash would
    show): what would not show escaped, ``<``, ``>`` and ``&`` as entities, and no mention or reference."""
    return unlinked(html.escape(printable(text)))


def unlinked(text: str) -> str:
    """*text* (already escaped) with each mention or issue reference GitHub would find in it split
    (:data:`GITHUB_LINK`)."""
    return GITHUB_LINK.sub(UNLINKED, text)
