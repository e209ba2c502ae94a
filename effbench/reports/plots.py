"""The HTML report's plots (matplotlib, Agg backend, inline PNG) and the data behind them.

Each plot function returns a :class:`Plot`: the PNG as a data URI plus the facts the page states next to it (which
k are drawn, how many samples are marked), so that a test can check what is drawn without reading pixels.

* :func:`plot_scores_vs_k` -- eff@k and pass@k against k, only for k every task of the model has n >= k samples
  for (an estimate at k > n does not exist, and a point there would be invented);
* :func:`plot_task_times` -- per task, each sample's time (or count) per level against the expert, the limit T and
  the DPE tier representatives; a sample that stopped (over T), failed, timed out or was not measured is *marked*
  where it stopped, so it does not silently vanish from the later levels.

Colours come from :func:`model_colours`: a hash of the model name, so a model has the same colour in every report
(unless two models of one report hash to the same colour).
"""
from __future__ import annotations

import base64
import hashlib
import io
import warnings
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import colormaps  # noqa: E402
from matplotlib.colors import to_hex  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from effbench.measuring.records import FAILED, PASSED, SCORED  # noqa: E402
from effbench.reports.source import Source, ranked  # noqa: E402
from effbench.scoring.efficiency import eff_at_k, mean_over_tasks, pass_at_k  # noqa: E402
from effbench.tables import printable  # noqa: E402

DPI = 110
FONT = 11
LEGEND_MODELS = 12  # models a legend names (the tables name them all): the image grows to hold its legend
LABEL_CHARS = 40    # and to hold its longest label
# tab10: ten colours no two of which look alike, strong enough to read on white as lines and as swatches (more
# colours from other palettes come too close to one of these)
PALETTE = [to_hex(c) for c in colormaps["tab10"].colors]  # type: ignore[attr-defined]  # a ListedColormap

# How a sample that did not reach the last level is drawn: (legend label, marker, colour of the marker edge).
MARKS = {
    "stopped": ("stopped at T", "v", "#c0392b"),
    "timeout": ("timed out", "X", "#c0392b"),
    "failed": ("failed", "X", "#222222"),
    "unmeasured": ("not measured", "s", "#888888"),
}


@dataclass
class Plot:
    uri: str
    caption: str
    cls: str
    facts: dict = field(default_factory=dict)   # shown as data-* attributes on the figure


def model_colour(model: str) -> str:
    """A model's own colour, from a hash of its name: the same in every report and run, whatever other models are
    present.  Picked from a fixed palette of distinct colours rather than a free hue, which puts two models within
    30 degrees (shades one cannot tell apart) one time in six."""
    return PALETTE[_slot(model)]


def plot_text(text: str) -> str:
    """User or sample text (a model, a task, a sample's failure) as matplotlib draws it literally: ``$`` escaped
    (a ``$...$`` pair is mathtext, whose parse error ends the plot), a leading ``_`` kept from hiding the label
    from the legend, and what would not show as itself written as its escape (a lone surrogate cannot be drawn)."""
    text = printable(text).replace("$", r"\$")
    return " " + text if text.startswith("_") else text


def legend_label(model: str) -> str:
    """A model's name as a legend shows it (:func:`plot_text`), cut to LABEL_CHARS characters: a figure grows to fit
    its legend, and a 300-character name left the plot a strip in the corner of a 3400-pixel-wide image."""
    text = printable(model)
    return plot_text(text if len(text) <= LABEL_CHARS else text[:LABEL_CHARS - 1] + "…")


def model_legend(ax, models: list[str], colours: dict[str, str], marker: str | None = None) -> str:
    """Legend entries for the first LEGEND_MODELS of *models* (in their order) and one saying how many more there
    are: an entry per model made a board of 3000 models a 70,000-pixel-tall image that took 85 s to draw.
    Returns what the legend shows ("12 of 3000"), a fact of the plot."""
    shown = models[:LEGEND_MODELS]
    for model in shown:
        ax.plot([], [], color=colours[model], lw=2, marker=marker, label=legend_label(model))
    if len(models) > len(shown):
        ax.plot([], [], color="none", label=f"… and {len(models) - len(shown)} more models (see the table)")
    return f"{len(shown)} of {len(models)}"


def _slot(model: str) -> int:
    return int.from_bytes(hashlib.sha256(model.encode("utf-8", "surrogatepass")).digest()[:4], "big") % len(PALETTE)


def model_colours(models) -> dict[str, str]:
    """Every model of one report gets its own colour (:func:`model_colour`) unless a model before it in name order
    already holds that colour; then it takes the next free one.  Five models share some hashed colour about half
    the time, and two lines of one colour are worse than a colour that moves only while such a clash lasts."""
    taken: dict[int, str] = {}
    out = {}
    for model in sorted(set(models)):
        slot = _slot(model)
        if len(taken) < len(PALETTE):
            while slot in taken:
                slot = (slot + 1) % len(PALETTE)
        taken[slot] = model
        out[model] = PALETTE[slot]
    return out


@contextmanager
def missing_glyphs_unsaid() -> Iterator[None]:
    """Drawing text: a character the font has no glyph for (a model named in Chinese, an emoji) is drawn as a box,
    and matplotlib's warning for each one (two lines on stderr, naming effbench's source) is not said: the tables
    next to the plot name the model as it is."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font", category=UserWarning)
        yield


def _png(fig) -> str:
    buf = io.BytesIO()
    with missing_glyphs_unsaid():
        fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


# ---------------------------------------------------------------- scores against k
CURVE_POINTS = 40  # past this many k, the curve is drawn through a spread of them


def curve_ks(top: int) -> list[int]:
    """The k at which a curve up to *top* is computed: every k while there are few, else 1 to 10 and then k
    spaced evenly on a log scale, *top* included.  eff@k costs O(n) per k: every k of a task with 10,000 samples
    took minutes (and as many x ticks, which matplotlib drew for minutes more)."""
    if top <= CURVE_POINTS:
        return list(range(1, top + 1))
    steps = CURVE_POINTS - 10
    return sorted({*range(1, 11), *(round(10 * (top / 10) ** (i / steps)) for i in range(steps + 1)), top})


def score_curves(board: dict, source: Source) -> dict[str, dict[str, list[tuple[int, float]]]]:
    """Per model, ``{"eff@k": [(k, v)], "pass@k": [(k, v)]}`` for k with n >= k on each of its tasks.

    From a run directory those k (:func:`curve_ks`) are computed from the per-sample results; from a leaderboard
    file only the k values it holds (the leaderboard already leaves k > n as null)."""
    curves: dict[str, dict[str, list[tuple[int, float]]]] = {}
    rows = [r for r in source.results if r["status"] in SCORED]
    for model, entry in board["models"].items():
        effs: dict[str, list[float]] = defaultdict(list)
        correct: dict[str, int] = defaultdict(int)  # passed, whatever its efficiency (0 at the limit T)
        for r in rows:
            if r["model"] == model:
                effs[r["task_id"]].append(r["efficiency"] if r["status"] == PASSED else 0.0)
                correct[r["task_id"]] += r["status"] == PASSED
        if effs and set(effs) == set(entry["tasks"]):
            top = min(len(v) for v in effs.values())
            curves[model] = {
                "eff@k": [(k, mean_over_tasks({t: eff_at_k(v, k) for t, v in effs.items()})) for k in curve_ks(top)],
                "pass@k": [(k, mean_over_tasks({t: pass_at_k(len(v), correct[t], k) for t, v in effs.items()}))
                           for k in curve_ks(top)]}
        else:
            curves[model] = {metric: sorted((int(k), v) for k, v in entry[metric].items() if v is not None)
                             for metric in ("eff@k", "pass@k")}
    return curves


def plot_scores_vs_k(board: dict, source: Source, colours: dict[str, str]) -> Plot:
    curves = score_curves(board, source)
    ks = sorted({k for c in curves.values() for pts in c.values() for k, _ in pts})
    fig, axes = plt.subplots(1, 2, figsize=(11, 4.2), sharex=True)
    for ax, metric in zip(axes, ("eff@k", "pass@k")):
        for model, c in sorted(curves.items()):
            if c[metric]:
                xs, ys = zip(*c[metric])
                ax.plot(xs, ys, marker="o", ms=7, lw=2, color=colours[model])
        if len(ks) <= 12:
            ax.set_xticks(ks or [1])  # integer ticks only, at the k that exist
        else:
            ax.xaxis.set_major_locator(MaxNLocator(nbins=10, integer=True))
        ax.set_xlim(min(ks or [1]) - 0.5, max(ks or [1]) + 0.5)
        ax.set_xlabel("k (samples drawn)", fontsize=FONT)
        ax.set_ylabel(metric, fontsize=FONT)
        ax.set_title(f"{metric} as k grows (only k ≤ n)", fontsize=FONT + 1)
        ax.tick_params(labelsize=FONT)
        ax.grid(alpha=0.3)
    legend = model_legend(axes[1], [m for m, _ in ranked(board) if m in curves], colours, marker="o")
    axes[1].legend(fontsize=FONT - 1, loc="center left", bbox_to_anchor=(1.02, 0.5))
    caption = ("eff@k (1.0 = as fast as the expert) and pass@k per model, for each k every task has at least k "
               "samples for")
    if len(ks) == 1:
        caption += f"; only k = {ks[0]} here: draw more samples per task for a curve"
    return Plot(_png(fig), caption, "plot-k", {"ks": ",".join(map(str, ks)), "legend": legend})


# ---------------------------------------------------------------- per-task times
def sample_mark(row: dict, levels: list[int]) -> tuple[str | None, int | None]:
    """(kind, level) where a sample is marked: None when it reached the last timed level, else one of MARKS at
    the first level it has no time for (the first timed level when it has none at all)."""
    times = row["level_times"]
    missing = [lvl for lvl in levels if lvl >= len(times) or times[lvl] is None]
    if row["status"] == PASSED:
        return (None, None) if not missing else ("stopped", missing[0])
    at = missing[0] if missing else (levels[0] if levels else 0)
    if row["status"] == FAILED:
        return ("timeout" if row.get("failure", "").startswith("timeout") else "failed"), at
    return "unmeasured", at


def plot_task_times(task: str, source: Source, colours: dict[str, str]) -> Plot:
    """One task: each sample's cost per level, the expert, the limit T, the DPE tier representatives, and a marker
    at T for every sample that did not get through all levels."""
    ref = source.reference[task]
    hardness = source.run_meta["tasks"][task]["hardness"]
    levels = [lvl for lvl, h in enumerate(hardness) if h > 0]
    unit = "instructions" if source.run_meta["settings"]["measure"] == "instructions" else "seconds"
    fig, ax = plt.subplots(figsize=(10, 4.6))
    marked: dict[str, int] = defaultdict(int)
    at_level: dict[int, int] = defaultdict(int)
    models = set()
    for r in source.results:
        if r["task_id"] != task:
            continue
        colour = colours[r["model"]]
        models.add(r["model"])
        pts = [(lvl, r["level_times"][lvl]) for lvl in levels
               if lvl < len(r["level_times"]) and r["level_times"][lvl] is not None]
        if pts:
            xs, ys = zip(*pts)
            ax.plot(xs, ys, marker="o", ms=5, lw=1.4, alpha=0.85, color=colour,
                    ls="-" if r["status"] == PASSED else ":")
        kind, level = sample_mark(r, levels)
        if kind is not None and level is not None:  # a mark always has its level
            _, marker, edge = MARKS[kind]
            nth = at_level[level]  # side by side, not on top of each other, when several stop at one level
            at_level[level] += 1
            ax.scatter([level + 0.06 * ((nth + 1) // 2) * (-1) ** nth], [ref["limit"]], marker=marker, s=110,
                       color=colour, edgecolors=edge, linewidths=1.5, zorder=5)
            marked[kind] += 1
    ax.plot(levels, [ref["level_times"][lvl] for lvl in levels], color="black", lw=2.6, label="expert")
    ax.axhline(ref["limit"], color="#c0392b", ls="--", lw=1.2, label="limit T")
    for score, level, cost in source.tier_costs.get(task, []):
        ax.scatter([level], [cost], marker="_", s=500, color="#8e44ad", linewidths=2, zorder=4)
        ax.annotate(f"{score:.0f}%", (level, cost), textcoords="offset points", xytext=(12, -4),
                    fontsize=FONT - 2, color="#8e44ad")
    if source.tier_costs.get(task):
        ax.scatter([], [], marker="_", s=200, color="#8e44ad", label="DPE tier representatives")
    legend = model_legend(ax, sorted(models), colours)
    for kind in MARKS:
        if marked.get(kind):
            label, marker, edge = MARKS[kind]
            ax.scatter([], [], marker=marker, s=90, color="white", edgecolors=edge, linewidths=1.5, label=label)
    ax.set_yscale("log")
    ax.set_xticks(levels)
    ax.set_xlabel("level", fontsize=FONT)
    ax.set_ylabel(unit, fontsize=FONT)
    ax.set_title(plot_text(task), fontsize=FONT + 1)
    ax.tick_params(labelsize=FONT)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=FONT - 2, loc="center left", bbox_to_anchor=(1.02, 0.5))
    caption = f"{task}: each sample's {'count' if unit == 'instructions' else 'time'} per level against the expert"
    return Plot(_png(fig), caption, "plot-task", {"task": task, "legend": legend,
                                                  **{f"marked-{k}": v for k, v in marked.items()}})
