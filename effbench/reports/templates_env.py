"""The one jinja2 environment the HTML pages are rendered in.

Autoescaping makes user text (task statements, model names, reasons) inert as HTML; ``finalize`` also writes what
would not show as itself (a lone surrogate, which JSON can carry and no UTF-8 file can hold; a control or
right-to-left character) as its escape, as the text and Markdown tables do (:func:`effbench.tables.printable`).
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import cache

import jinja2
from markupsafe import Markup, escape

from effbench.tables import printable


def _shown(value):
    """Plain strings as they can be shown; Markup the page built itself (plots, links) as it is."""
    return printable(value) if isinstance(value, str) and not isinstance(value, Markup) else value


def html_text(value) -> Markup:
    """*value* as HTML text, for markup built outside a template (the history page's SVG): escaped as autoescaping
    does, and shown as ``finalize`` shows it."""
    return escape(printable(str(value)))


def html_lines(lines: str | Sequence[str]) -> Markup:
    """Text of several lines (a task's statement, a failure's traceback: filter ``lines``; a tooltip's lines) as
    HTML text whose line breaks stay line breaks, for a ``pre`` block or a tooltip to show; within each line,
    what would not show as itself is its escape (:func:`html_text`), as ``finalize`` would write every newline."""
    return Markup("\n").join(html_text(line) for line in (lines.split("\n") if isinstance(lines, str) else lines))


@cache
def template(name: str) -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader("effbench.reports", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, finalize=_shown)
    env.filters["lines"] = html_lines
    return env.get_template(name)
