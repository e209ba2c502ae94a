"""What effbench prints to a terminal from a sample or a data file (what a sample raised, a pool member's reason, a
task's statement) cannot drive that terminal or end the command: every character that does not show as itself but
a line break or a tab is printed as its escape (``effbench.cli.options.show``).  The commands here read files
alone (no process is started); the ones that measure are tested where they are (complexity, tiers build, tasks
validate, run)."""
from __future__ import annotations

import json
import shutil

from click.testing import CliRunner
from hypothesis import given, strategies as st

from effbench.cli.main import main
from effbench import tables
from effbench.tables import printable, unshowable
from effbench.tasks.dpe_tier_file import DpeTier, DpeTierFile, save_dpe_tier_file
from effbench.tasks.task import load_task

from .hostile import PREFIX_MAX, SHOUT, SHOUT_SHOWN, assert_inert


@given(st.text(st.one_of(st.sampled_from("\n\t\r\x1b\x07 a\u2028"), st.characters(exclude_categories=())), max_size=60))
def test_text_of_several_lines_keeps_its_lines_and_tabs_and_escapes_the_rest(text):
    shown = printable(text, keep=tables.LINES)
    assert_inert(shown)
    assert shown == "\n".join("\t".join(printable(part) for part in line.split("\t")) for line in text.split("\n"))
    assert shown.count("\n") == text.count("\n") and shown.count("\t") == text.count("\t")
    if unshowable(text.replace("\n", "").replace("\t", "")) is None:
        assert shown == text  # what has nothing to escape is printed byte for byte as it was


def test_a_statement_holding_escape_sequences_is_shown_not_obeyed(tmp_path):
    """An imported data set's statement is its text: `tasks show` wrote its escape sequences as they were."""
    shutil.copytree(PREFIX_MAX, tmp_path / "prefix-max")
    statement = "Return the running maximum.\n\tIndented.\n" + SHOUT.replace(" \ud800", "") + "\n"  # no file holds it
    (tmp_path / "prefix-max" / "problem.md").write_text(statement)
    res = CliRunner().invoke(main, ["tasks", "show", "prefix-max", "--tasks-dir", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert_inert(res.output)
    shown = SHOUT_SHOWN.replace(" \\ud800", "")
    assert res.output.endswith(f"\n\nReturn the running maximum.\n\tIndented.\n{shown}\n"), res.output


def test_a_tier_file_holding_what_a_pool_member_raised_is_shown_not_obeyed(tmp_path):
    """`tiers show` printed the reasons recorded for pool members left out (what they raised, `tiers build --pool
    SAMPLES` taking anyone's code) as they were: escape sequences reached the terminal, and a lone surrogate ended
    the command in a UnicodeEncodeError traceback (stdout cannot encode it)."""
    shutil.copytree(PREFIX_MAX, tmp_path / "prefix-max")
    task = load_task(tmp_path / "prefix-max")
    expert = DpeTier("expert", 100.0, 100.0, 1, task.expert.code)
    save_dpe_tier_file(task, DpeTierFile(task.id, 1, 0, 0.1, "instructions", "instructions",
                                         {"pool": 2, "correct": 1, "left_out": {"m/prefix-max/0": "error: " + SHOUT}},
                                         False, (expert,), ("clusters: 1 tiers",)))
    assert "\\ud800" in (tmp_path / "prefix-max" / "tiers.json").read_text()  # JSON holds it as an escape
    res = CliRunner().invoke(main, ["tiers", "show", "prefix-max", "--tasks-dir", str(tmp_path)])
    assert res.exit_code == 0, res.output
    assert_inert(res.output)
    assert f"  left out of the build: m/prefix-max/0: error: {SHOUT_SHOWN}\n" in res.output, res.output
    json.loads((tmp_path / "prefix-max" / "tiers.json").read_text())  # and the file is left as it was
