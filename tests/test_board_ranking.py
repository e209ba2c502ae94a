"""How every report ranks a leaderboard's models, from boards scored by the real pipeline (build_leaderboard):
by the eff@k the table shows first, a model whose score cannot be estimated after every model that has one (a
real 0 included), ties by name.  The text table (run, score, leaderboard) ranks as the Markdown and HTML do."""
from __future__ import annotations

from effbench.measuring.records import FAILED, INCOMPLETE, INFRA_FAILED, PASSED, SampleOutcome
from effbench.reports.markdown import markdown
from effbench.reports.source import Source, ranked
from effbench.reports.text import format_board
from effbench.scoring.leaderboard import build_leaderboard

META = {"measurement": {"mode": "cpu", "backend": "cpu clock", "repeats": 6, "estimator": "hodges-lehmann",
                        "alpha": 2.0}, "scoring": {"dpe_min_correct": 10}}


def outcomes(model: str, effs: list[float | None], task: str = "t1", infra: int = 0,
             incomplete: int = 0) -> list[SampleOutcome]:
    """One sample per value: passed with that efficiency, None failed; *infra* more samples lost to the sandbox,
    *incomplete* more not fully measured (an interrupted run)."""
    rows = [SampleOutcome(f"{model}/{task}/{i}", task, model, str(i), FAILED if e is None else PASSED, e or 0.0)
            for i, e in enumerate(effs)]
    lost = [INFRA_FAILED] * infra + [INCOMPLETE] * incomplete
    return rows + [SampleOutcome(f"{model}/{task}/x{i}", task, model, f"x{i}", s) for i, s in enumerate(lost)]


def text_order(board: dict) -> list[str]:
    return [line.split()[0] for line in format_board(board).splitlines()[1:1 + len(board["models"])]]


def test_models_rank_by_the_first_k_asked_for_when_k_1_is_not():
    """`effbench run --k 5`: no eff@1 anywhere, and every model ranked as 0, by name: 'a-slow' first."""
    board = build_leaderboard(outcomes("a-slow", [0.2] * 5) + outcomes("m-mid", [0.5] * 5)
                              + outcomes("z-fast", [0.9] * 5), [5], META)
    assert [n for n, _ in ranked(board)] == ["z-fast", "m-mid", "a-slow"]
    assert text_order(board) == ["z-fast", "m-mid", "a-slow"]


def test_a_score_that_cannot_be_estimated_ranks_after_a_real_zero():
    """'a-lost': its only sample of t1 was lost to the sandbox (eff@1 not estimable, not 0); 'z-wrong' failed its
    samples (eff@1 0.0, a score).  The unknown one ranked first by name, above a measured 0."""
    board = build_leaderboard(outcomes("a-lost", [], infra=1) + outcomes("z-wrong", [None, None])
                              + outcomes("m-good", [0.7, 0.8]), [1], META)
    assert board["models"]["a-lost"]["eff@k"]["1"] is None and board["models"]["z-wrong"]["eff@k"]["1"] == 0.0
    assert [n for n, _ in ranked(board)] == ["m-good", "z-wrong", "a-lost"]
    assert text_order(board) == ["m-good", "z-wrong", "a-lost"]


def test_ties_rank_by_name():
    board = build_leaderboard(outcomes("b", [0.5]) + outcomes("a", [0.5]) + outcomes("c", [0.6]), [1], META)
    assert [n for n, _ in ranked(board)] == ["c", "a", "b"] and text_order(board) == ["c", "a", "b"]


def test_reports_say_what_a_models_scores_leave_out_and_over_which_tasks():
    """'lost' has 2 samples the sandbox lost and 1 an interrupted run never finished: its eff@1 is over the other
    samples only; 'part' was measured on 1 of the board's 2 tasks (a shard that never ran its other task): its
    suite scores are the mean over that task.  Only the leaderboard JSON's counts said so; every table is ranked
    as if alike."""
    board = build_leaderboard(outcomes("full", [0.5]) + outcomes("full", [0.5], task="t2")
                              + outcomes("lost", [0.6], infra=2) + outcomes("lost", [0.6], task="t2", incomplete=1)
                              + outcomes("part", [0.9]), [1], META)
    lost = "lost: 2 sample(s) lost to infrastructure failures and 1 not fully measured are left out of its scores"
    part = "part: scored on 1 of the board's 2 tasks"
    for text in (format_board(board), markdown(Source(board, "board.json"))):
        assert lost in text and part in text, text
        assert "full:" not in text


def test_a_note_names_a_model_as_the_table_does_escapes_and_all():
    """Found as a user: a model named with a line separator (U+2028) was escaped in the table and printed raw in
    the note under it, which names it too."""
    name = "line\u2028sep"
    board = build_leaderboard(outcomes("full", [0.5]) + outcomes("full", [0.5], task="t2") + outcomes(name, [0.9]),
                              [1], META)
    text = format_board(board)
    assert "\u2028" not in text and "line\\u2028sep: scored on 1 of the board's 2 tasks" in text, text
