"""Names that would not show as themselves, in every report format.  Samples files are checked when they are read
(test_samples_input), but run directories written before that check, by hand, or merged from others' leaderboard
files reach the reports unchecked: a lone surrogate (which JSON carries as ``"\\ud800"``) ended `effbench run`,
`report`, `leaderboard` and `compare` in a UnicodeEncodeError traceback, a newline split a table's row, and a
Markdown link or tag in a model's name was rendered as one in a job summary.

Synthetic run directories (test_compare's ``fake_run``: real scoring of fabricated records)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import warnings

import pytest
from hypothesis import given, strategies as st

from effbench.reports.pr_comment import body_with_marker, marker_of
from effbench.tables import escape_markdown, printable

from .test_compare import fake_run
from .test_reports import invoke

HOSTILE = {"lone\ud800": "lone\\ud800", "new\nline": "new\\nline", "bidi\u202eevil": "bidi\\u202eevil",
           "esc\x1b[31mred": "esc\\x1b[31mred"}
MARKUP = "[x](http://e) <b>bold</b> a|b *c*"


@pytest.fixture
def runs(tmp_path):
    models = {name: {"t1": 1.0 + i / 10, "t2": 1.2} for i, name in enumerate([*HOSTILE, MARKUP])}
    base = fake_run(tmp_path / "base", models)
    new = fake_run(tmp_path / "new", models, seed=1)
    return base, new


def _ok(res):
    assert res.exit_code == 0, (res.output, res.stderr)
    text = res.output
    for raw in HOSTILE:
        assert raw not in text
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u202e\ud800]", text)
    return text


COMMANDS = [["leaderboard", "{base}", "-o", "{tmp}/lb.json"], ["compare", "{base}", "{new}"],
            ["report", "{base}"], ["compare", "{base}", "{new}", "--format", "md"], ["history", "{base}", "{new}"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: "-".join(c[:1] + c[-1:]))
def test_each_name_is_one_row_with_its_escape(runs, command, tmp_path):
    base, new = runs
    text = _ok(invoke(*[c.format(base=base, new=new, tmp=tmp_path) for c in command]))
    for shown in HOSTILE.values():
        in_markdown = shown.replace("\\", "\\\\").replace("[", "\\[")  # what renders as *shown*
        rows = [line for line in text.splitlines() if in_markdown in line or shown in line]
        assert rows, (shown, text)  # on one line: its escape, not the character


@pytest.mark.sandbox  # (a subprocess)
@pytest.mark.parametrize("command", [COMMANDS[0], COMMANDS[2]], ids=["leaderboard", "report"])
def test_as_a_subprocess_writing_to_a_real_pipe(runs, command, tmp_path):
    """click's runner decodes what is written leniently; a real stdout is strict UTF-8, where the traceback was."""
    base, new = runs
    args = [c.format(base=base, new=new, tmp=tmp_path) for c in command]
    res = subprocess.run([sys.executable, "-m", "effbench", *args], capture_output=True,
                         env={**os.environ, "PYTHONIOENCODING": "utf-8"}, timeout=120)
    assert res.returncode == 0 and b"Traceback" not in res.stderr, res.stderr.decode(errors="replace")[-600:]
    text = res.stdout.decode("utf-8")
    assert all(shown.replace("\\", "\\\\").replace("[", "\\[") in text or shown in text for shown in HOSTILE.values())


def test_markdown_shows_markup_in_a_name_as_text(runs):
    base, _ = runs
    text = _ok(invoke("report", base))
    head = next(line for line in text.splitlines() if line.startswith("| model |"))
    row = next(line for line in text.splitlines() if "bold" in line and line.startswith("| "))
    cells = re.split(r"(?<!\\)\|", row.strip())
    assert len(cells) == len(head.strip().split("|")), row  # the name's | does not split the row
    assert not re.search(r"(?<!\\)<b|(?<!\\)\]\(http", text)  # no tag, no link
    assert r"\[x\](http://e) \<b\>bold\</b\> a\|b \*c\*" in row


@pytest.mark.slow  # two whole pages with their plots
@pytest.mark.parametrize("command", [["report", "{base}"], ["history", "{base}", "{new}"]], ids=lambda c: c[0])
def test_html_pages_are_written_and_show_the_escapes(runs, tmp_path, command):
    base, new = runs
    res = invoke(*[c.format(base=base, new=new) for c in command], "--format", "html", "-o", tmp_path / "r.html")
    assert res.exit_code == 0, res.stderr
    page = (tmp_path / "r.html").read_text(encoding="utf-8")  # strict: the write could encode it
    for shown in HOSTILE.values():
        assert shown in page
    assert "\u202e" not in page and "\x1b" not in page
    assert "<b>bold" not in page and "&lt;b&gt;bold" in page


def test_a_dollar_in_a_name_is_no_math_in_a_job_summary(tmp_path):
    """GitHub renders ``$...$`` in Markdown (job summaries, comments, READMEs) as a formula: a model named
    ``$\\color{red}{x}$`` showed as a red x.  Each ``$`` is escaped (CommonMark lets any punctuation be)."""
    name = r"$\color{red}{x}$ costs $5"
    base = fake_run(tmp_path / "a", {name: {"t1": 1.0}})
    shown = r"\$\\color{red}{x}\$ costs \$5"
    for args in (["report", base], ["compare", base, base, "--format", "md"], ["history", base]):
        text = _ok(invoke(*args))
        assert shown in text and "{x}$" not in text.replace("{x}\\$", ""), (args, text)


def test_names_in_a_script_the_plot_font_lacks_draw_without_warnings(tmp_path):
    """A model named in Chinese (or with an emoji) is a name that shows as itself, and common; the HTML report's
    plots drew it with matplotlib's default font, which has no glyph for it, and each character missing was a
    'UserWarning: Glyph 36890 missing from font(s) DejaVu Sans.' on stderr, two lines each with effbench's source
    path, in the middle of a CI log.  The page is written and the tables name the model; stderr is the one line."""
    models = {"通义千问": {"t1": 1.0, "t2": 1.2}, "rocket 🚀": {"t1": 1.1, "t2": 1.3}}
    base = fake_run(tmp_path / "base", models)
    with warnings.catch_warnings(record=True) as caught:  # (pytest keeps warnings off the runner's stderr)
        warnings.simplefilter("always")
        res = invoke("report", base, "--format", "html", "-o", tmp_path / "r.html")
    assert res.exit_code == 0 and res.stderr == f"wrote {tmp_path / 'r.html'}\n", res.stderr
    assert [str(w.message) for w in caught] == []
    page = (tmp_path / "r.html").read_text()
    assert "通义千问" in page and "rocket 🚀" in page


def test_a_mention_or_an_issue_reference_in_a_name_notifies_no_one(tmp_path):
    """GitHub reads ``@login`` in a comment or job summary as a mention (that user is notified) and ``#12`` or
    ``owner/repo#12`` as a reference (that issue's timeline links the pull request), after the Markdown is read,
    so a backslash does not keep them text: a sample's model name pinged whoever it named from the comment effbench
    posts.  An empty HTML comment splits them; the name renders as it was."""
    name = "@octocat @github/security-team see torvalds/linux#1 and #2"
    base = fake_run(tmp_path / "a", {name: {"t1": 1.0}})
    bodies = [_ok(invoke(*args)) for args in (["report", base], ["compare", base, base, "--format", "md"])]
    bodies.append(body_with_marker(bodies[1], marker_of("compare")))  # what `effbench pr-comment` posts
    for text in bodies:  # (GitHub's rule: an @ after a letter, a digit or _ is none: effbench's own pass@1)
        assert not re.search(r"(?<![A-Za-z0-9_])@[A-Za-z0-9]|#[0-9]", text), text
        assert r"@octocat @github/security-team see torvalds/linux\#1 and \#2" in text.replace("<!-- -->", "")


def test_a_task_id_in_a_compare_comment_notifies_no_one_and_splits_no_row(tmp_path):
    """Task ids reach ``compare --format md`` from run.json unchecked: they went into a ``<summary>`` escaped for
    HTML alone and into the model table's moved-tasks cell with ``|`` alone escaped, so ``@login``, ``#12`` and
    ``GH-12`` in one pinged that user or linked that issue from the comment effbench posts."""
    task = "@octocat GH-12 gh-3 #4 <b>x</b>|y"
    base = fake_run(tmp_path / "a", {"m": {task: 1.0, "t2": 1.0}}, measure="instructions")
    new = fake_run(tmp_path / "b", {"m": {task: 1.6, "t2": 1.0}}, measure="instructions")
    res = invoke("compare", base, new, "--format", "md")
    assert res.exit_code == 1 and "regression" in res.stderr, (res.output, res.stderr)  # the task regressed
    text = res.output
    assert not re.search(r"(?<![A-Za-z0-9_])@[A-Za-z0-9]|#[0-9]|GH-[0-9]|<b>", text, re.IGNORECASE), text
    shown = text.replace("<!-- -->", "")
    assert "<summary>@octocat GH-12 gh-3 #4 &lt;b&gt;x&lt;/b&gt;|y: regression</summary>" in shown, shown
    moved = next(line for line in shown.splitlines() if line.startswith("| m |"))
    assert moved.endswith(r"| 1 regression: @octocat GH-12 gh-3 \#4 \<b\>x\</b\>\|y |"), moved
    assert len(re.findall(r"(?<!\\)\|", moved)) == 8  # seven cells: the id's | split none


# names drawn from Markdown's and GitHub's special characters as often as from the rest of Unicode (lone surrogates,
# controls and format characters included)
NAME_CHARS = st.one_of(st.sampled_from("@#-/_0aGh|\\`*[]<>&!~$ \n\x1b\u202e"), st.characters(exclude_categories=()))


@given(st.text(NAME_CHARS, max_size=40))
def test_a_name_in_markdown_is_its_text_escaped(text):
    """Whatever a name holds, escaped for Markdown it is one cell's text: every markup character backslash-escaped,
    no mention or reference, no character that would not show; and it reads back as the name (what a reader sees)."""
    escaped = escape_markdown(text)
    assert not re.search(r"@[A-Za-z0-9]|#[0-9]|GH-[0-9]", escaped, re.IGNORECASE)
    shown = escaped.replace("<!-- -->", "")  # an empty HTML comment, which shows as nothing
    assert not re.search(r"(?<!\\)[|`*_\[\]<>&!#~$]", shown.replace("\\\\", "")), shown
    assert re.sub(r"\\(.)", r"\1", shown) == printable(text)
