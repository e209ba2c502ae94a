"""Size-versus-cost plots of a complexity document: per task, every swept subject's points and its fitted curve
(matplotlib, Agg backend, PNG files), log-log so that each class is a straight-ish line of its own slope.

Returns what it drew (subjects, classes) so a test can check the plot without reading pixels."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from effbench.measuring.disk_writes import write_refused  # noqa: E402
from effbench.reports.plots import missing_glyphs_unsaid, plot_text  # noqa: E402
from effbench.scoring.complexity import ComplexityInputError, infer  # noqa: E402
from effbench.scoring.complexity_summary import input_noise  # noqa: E402

DPI = 110


def plot_task(doc: dict, task: str, path: Path) -> list[tuple[str, str]]:
    """Write *task*'s plot to *path*; returns (subject, class) for each subject drawn with a curve."""
    sweeps = [s for s in doc["sweeps"] if s["task"] == task and s["points"]]
    unit = "instructions" if doc["meta"]["plan"]["measure"] == "instructions" else "CPU seconds"
    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=DPI)
    drawn = []
    for i, s in enumerate(sweeps):
        colour = f"C{i % 10}"
        n = np.array([p["size"] for p in s["points"]], dtype=float)
        y = np.array([p["cost"] for p in s["points"]], dtype=float)
        label = s["subject"]
        try:
            inf = infer(n.tolist(), y.tolist(), noise=input_noise(s))
        except ComplexityInputError:
            inf = None
        if inf is not None and not s.get("failure"):
            grid = np.geomspace(inf.sizes[0], inf.sizes[-1], 60)
            ax.plot(grid, inf.curve()(grid), color=colour, linewidth=1.2)
            label += f": {inf.cls} ({inf.confidence:.2f})"
            drawn.append((s["subject"], inf.cls))
        elif s.get("failure"):
            label += f": no class ({s['failure'][:40]})"
        ax.scatter(n, y, color=colour, s=14, label=plot_text(label), zorder=3)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("size passed to the generator")
    ax.set_ylabel(unit)
    ax.set_title(plot_text(f"{task}: cost against size, fitted classes"), fontsize=11)
    ax.legend(fontsize=7, loc="upper left")
    ax.grid(True, which="both", alpha=0.25)
    try:
        with missing_glyphs_unsaid():
            fig.tight_layout()
            path.parent.mkdir(parents=True, exist_ok=True)
            fig.savefig(path, format="png")
    except OSError as exc:  # a full disk, after every sweep was measured and saved: one line (exit 3), not a traceback
        raise write_refused(path, exc) from None
    finally:
        plt.close(fig)
    return drawn


def plot_all(doc: dict, folder: Path) -> list[Path]:
    """One PNG per task of the document, named after the task."""
    paths = []
    for task in doc["meta"]["tasks"]:
        path = Path(folder) / f"{task}.png"
        plot_task(doc, task, path)
        paths.append(path)
    return paths
