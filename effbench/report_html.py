"""The HTML report: one self-contained page (inline CSS and JS, plots as inline PNG), so it can be attached to a CI
run, mailed or opened offline and look the same; nothing is fetched at view time.

Plots (matplotlib, Agg backend, no display needed):
* eff@k as k grows, per model -- from the per-sample efficiencies when a run directory is given (every k up to the
  smallest per-task sample count), else from the k values the leaderboard holds;
* the per-task score distribution -- each sample's efficiency (run directory) or each model's eff@1 (leaderboard);
* per task, each sample's time per level against the expert re-measured in the same run, the limit T, and the DPE
  tier representatives (run directory only).
"""
from __future__ import annotations

import base64
import html as _html
import io
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from .merge import boards_of  # noqa: E402
from .report import Source, cell, columns, fmt_ci, meta_lines, ranked  # noqa: E402
from .scoring.efficiency import eff_at_k, mean_over_tasks  # noqa: E402

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:1200px;color:#222;padding:0 1em}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ddd}
table.board{border-collapse:collapse;font-size:.92em;margin:1em 0}
.board th,.board td{border:1px solid #ccc;padding:.3em .6em;text-align:right;white-space:nowrap}
.board th{background:#f0f3f7;cursor:pointer;user-select:none}.board th:hover{background:#dde5ef}
.board td:first-child,.board th:first-child{text-align:left}
.board th.asc::after{content:" \\25B2"}.board th.desc::after{content:" \\25BC"}
.ci{color:#777;font-size:.8em;display:block}.wide{overflow-x:auto}.meta{font-size:.88em;color:#444}.meta li{margin:.2em 0}
.plots{display:flex;flex-wrap:wrap;gap:1em}.plots figure{margin:0}
figcaption{font-size:.85em;color:#555;text-align:center}
.note{font-size:.85em;color:#555}
"""

# Sort the table by a clicked header: numbers by their data-v value (missing values last), text by text.
JS = """
document.querySelectorAll('table.board').forEach(function(t){
  t.querySelectorAll('th').forEach(function(th,i){
    th.addEventListener('click',function(){
      var desc=!th.classList.contains('desc');
      t.querySelectorAll('th').forEach(function(h){h.classList.remove('asc','desc');});
      th.classList.add(desc?'desc':'asc');
      var body=t.tBodies[0],rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[i].getAttribute('data-v'),y=b.cells[i].getAttribute('data-v');
        if(x===null||y===null){x=a.cells[i].textContent;y=b.cells[i].textContent;
          return desc?y.localeCompare(x):x.localeCompare(y);}
        x=x===''?NaN:parseFloat(x);y=y===''?NaN:parseFloat(y);
        if(isNaN(x))return 1;if(isNaN(y))return -1;return desc?y-x:x-y;});
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
});
"""


def _png(fig) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=96, bbox_inches="tight")
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def _figure(fig, caption: str, cls: str) -> str:
    return (f'<figure class="{cls}"><img alt="{_html.escape(caption)}" src="{_png(fig)}">'
            f"<figcaption>{_html.escape(caption)}</figcaption></figure>")


def _colours(models: list[str]) -> dict[str, tuple]:
    cmap = plt.get_cmap("tab10" if len(models) <= 10 else "tab20")
    return {m: cmap(i % cmap.N) for i, m in enumerate(models)}


# ---------------------------------------------------------------- plots
def effk_curves(board: dict, source: Source) -> dict[str, list[tuple[int, float]]]:
    """eff@k per model for growing k: every k a suite score exists for (all tasks have >= k samples)."""
    curves: dict[str, list[tuple[int, float]]] = {}
    rows = [r for r in source.results if r["status"] in ("passed", "failed")]
    for model, entry in board["models"].items():
        effs: dict[str, list[float]] = defaultdict(list)
        for r in rows:
            if r["model"] == model:
                effs[r["task_id"]].append(r["efficiency"] if r["status"] == "passed" else 0.0)
        if effs and set(effs) == set(entry["tasks"]):
            top = min(len(v) for v in effs.values())
            curves[model] = [(k, mean_over_tasks({t: eff_at_k(v, k) for t, v in effs.items()}))
                             for k in range(1, top + 1)]
        else:
            curves[model] = sorted((int(k), v) for k, v in entry["eff@k"].items() if v is not None)
    return curves


def plot_effk(board: dict, source: Source, colours: dict) -> str:
    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    for model, points in effk_curves(board, source).items():
        if points:
            ks, vs = zip(*points)
            ax.plot(ks, vs, marker="o", label=model, color=colours[model])
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("k (samples drawn)")
    ax.set_ylabel("eff@k")
    ax.set_title("eff@k as k grows")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5))
    return _figure(fig, "eff@k per model (1.0 = as fast as the expert)", "plot-effk")


def plot_distribution(board: dict, source: Source, colours: dict) -> str:
    """Per task, one dot per sample (or per model on a leaderboard), with a box over them."""
    tasks = sorted({t for m in board["models"].values() for t in m["tasks"]})
    points: dict[str, list[tuple[str, float]]] = defaultdict(list)
    if source.results:
        for r in source.results:
            if r["status"] in ("passed", "failed") and r["model"] in board["models"]:
                points[r["task_id"]].append((r["model"], r["efficiency"] if r["status"] == "passed" else 0.0))
        what = "efficiency of each sample"
    else:
        for model, m in board["models"].items():
            for tid, t in m["tasks"].items():
                if t["eff@k"].get("1") is not None:
                    points[tid].append((model, t["eff@k"]["1"]))
        what = "eff@1 of each model"
    fig, ax = plt.subplots(figsize=(6.4, 0.9 + 0.42 * max(1, len(tasks))))
    data = [[v for _, v in points[t]] or [0.0] for t in tasks]
    ax.boxplot(data, orientation="horizontal", widths=0.5, showfliers=False,
               medianprops={"color": "#444"}, boxprops={"color": "#999"}, whiskerprops={"color": "#999"})
    seen = set()
    for y, tid in enumerate(tasks, start=1):
        n = len(points[tid])
        for j, (model, v) in enumerate(points[tid]):
            jitter = (j - (n - 1) / 2) * (0.5 / max(n, 1))
            ax.scatter(v, y + jitter, s=18, color=colours[model], zorder=3,
                       label=None if model in seen else model)
            seen.add(model)
    ax.set_yticks(range(1, len(tasks) + 1), tasks, fontsize=8)
    ax.set_xlabel("efficiency (ENAMEL e; 0 = failed or at the limit)")
    ax.set_title("Per-task score distribution")
    ax.grid(axis="x", alpha=0.3)
    ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5))
    return _figure(fig, f"Per task: {what}", "plot-dist")


def plot_task_times(task: str, source: Source, colours: dict) -> str:
    """One task: each sample's time per level, the expert, the limit T and the DPE tier representatives."""
    ref = source.reference[task]
    hardness = source.run_meta["tasks"][task]["hardness"]
    levels = [lvl for lvl, h in enumerate(hardness) if h > 0]
    unit = "instructions" if source.run_meta["settings"]["measure"] == "instructions" else "seconds"
    fig, ax = plt.subplots(figsize=(3.9, 2.9))
    for r in source.results:
        if r["task_id"] != task or r["status"] != "passed":
            continue
        pts = [(lvl, r["level_times"][lvl]) for lvl in levels if r["level_times"][lvl] is not None]
        if pts:
            xs, ys = zip(*pts)
            ax.plot(xs, ys, marker=".", lw=1, alpha=0.8, color=colours.get(r["model"], "#888"))
    ax.plot(levels, [ref["level_times"][lvl] for lvl in levels], color="black", lw=2.2, label="expert")
    ax.axhline(ref["limit"], color="#c0392b", ls="--", lw=1, label="limit T")
    for score, level, cost in source.tier_costs.get(task, []):
        ax.scatter([level], [cost], marker="_", s=260, color="#8e44ad", zorder=4)
        ax.annotate(f"{score:.0f}%", (level, cost), textcoords="offset points", xytext=(8, -3), fontsize=6,
                    color="#8e44ad")
    if source.tier_costs.get(task):
        ax.scatter([], [], marker="_", color="#8e44ad", label="DPE tiers")
    ax.set_yscale("log")
    ax.set_xticks(levels)
    ax.set_xlabel("level")
    ax.set_ylabel(unit)
    ax.set_title(task, fontsize=9)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=6)
    return _figure(fig, f"{task}: sample times vs the expert and tiers", "plot-task")


# ---------------------------------------------------------------- page
def _table(board: dict) -> str:
    cols = columns(board)
    head = "".join(f"<th>{_html.escape(h)}</th>" for h in ["model", "tasks", "samples"] + [c[0] for c in cols])
    rows = []
    for name, m in ranked(board):
        cells = [f"<td>{_html.escape(name)}</td>", f'<td data-v="{m["n_tasks"]}">{m["n_tasks"]}</td>',
                 f'<td data-v="{m["n_samples"]}">{m["n_samples"]}</td>']
        for _, metric, k, digits in cols:
            value, interval = cell(m, metric, k)
            text = fmt_ci(value, None, digits)
            if value is not None and interval:
                text += f' <span class="ci">[{interval[0]:.{digits}f}, {interval[1]:.{digits}f}]</span>'
            cells.append(f'<td data-v="{"" if value is None else value}">{text}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<div class="wide"><table class="board"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody>'
            "</table></div>")


def _section(board: dict, source: Source, title: str | None) -> str:
    parts = [f"<h2>{_html.escape(title)}</h2>"] if title else []
    meta = "".join(f"<li>{_inline_md(line)}</li>" for line in meta_lines(board))
    parts.append(f'<ul class="meta">{meta}</ul>')
    if not board["models"]:
        return "".join(parts) + "<p>(no scored samples)</p>"
    parts.append(_table(board))
    parts.append('<p class="note">Brackets: 95% percentile bootstrap interval over tasks. Click a header to sort.</p>')
    for label, key in (("unscorable", "unscorable_tasks"), ("not scorable by DPE", "dpe_unscorable_tasks")):
        for tid, why in board[key].items():
            parts.append(f'<p class="note">task <code>{_html.escape(tid)}</code> {label}: {_html.escape(why)}</p>')
    colours = _colours([n for n, _ in ranked(board)])
    parts.append("<h2>Scores</h2>")
    parts.append('<div class="plots">' + plot_effk(board, source, colours) + plot_distribution(board, source, colours)
                 + "</div>")
    timed = [t for t in sorted(source.reference) if t in source.run_meta.get("tasks", {})]
    if timed:
        parts.append("<h2>Sample times per task</h2>")
        parts.append('<p class="note">Each line is one passed sample (colour = model, as above); the black line is '
                     "the expert re-measured in the same run, the dashed line the limit T, purple marks the DPE "
                     "tier representatives on the tier input (their score: % of the pool they beat).</p>")
        parts.append('<div class="plots">' + "".join(plot_task_times(t, source, colours) for t in timed) + "</div>")
    return "".join(parts)


def _inline_md(line: str) -> str:
    """meta_lines use **bold** and `code`; turn those two into HTML after escaping."""
    out, bold, code = [], False, False
    for ch in _html.escape(line):
        if ch == "`":
            out.append("</code>" if code else "<code>")
            code = not code
        else:
            out.append(ch)
    text = "".join(out)
    while "**" in text:
        text = text.replace("**", "</b>" if bold else "<b>", 1)
        bold = not bold
    return text


def html(source: Source, title: str = "effbench report") -> str:
    boards = boards_of(source.board)
    body = "".join(_section(b, source if len(boards) == 1 else Source(b, source.label),
                            f"Section {i + 1}: {b['meta']['mode']}, suite {b['meta']['suite_hash']}"
                            if len(boards) > 1 else None)
                   for i, b in enumerate(boards))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_html.escape(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<style>{CSS}</style></head><body>"
            f"<h1>{_html.escape(title)}</h1><p class=\"note\">source: {_html.escape(source.label)}</p>{body}"
            f"<script>{JS}</script></body></html>\n")
