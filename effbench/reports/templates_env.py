"""The one jinja2 environment the HTML pages are rendered in.

Autoescaping makes user text (task statements, model names, reasons) inert as HTML; ``finalize`` also writes what
would not show as itself (a lone surrogate, which JSON can carry and no UTF-8 file can hold; a control or
right-to-left character) as its escape, as the text and Markdown tables do (:func:`effbench.tables.printable`).
"""
from __future__ import annotations

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


@cache
def template(name: str) -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader("effbench.reports", "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, finalize=_shown)
    return env.get_template(name)
