"""A profile's call graph drawn as a tree (for icicles and speedscope), and the icicle as a self-contained SVG.

Both profilers aggregate per function and caller, so the tree is derived: from each root (a function nobody in the
profile calls), a node of width w gives each callee the share of w that the arc to it has in the function's whole
outflow (self cost plus calls out), and keeps the share of its self cost.  A function already on the path (a
recursive cycle) is not expanded again, nodes narrower than :data:`MIN_SHARE` of the total are left out, and depth
and node count are bounded, so a hostile profile cannot make the report huge.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from effbench.tables import printable

from .model import Profile

MIN_SHARE = 0.005
MAX_DEPTH = 48
MAX_NODES = 1500


@dataclass
class Node:
    function: int          # index into Profile.functions; -1 for the synthetic root
    width: float
    self_width: float = 0.0
    children: list[Node] = field(default_factory=list)


def tree(profile: Profile) -> Node:
    """The derived call tree; the root (function -1) spans the profile's total."""
    n = len(profile.functions)
    out: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    called = [False] * n
    for a in profile.arcs:
        out[a.caller].append((a.callee, a.cost))
        called[a.callee] = True
    flow = [f.self_cost + sum(c for _, c in out[i]) for i, f in enumerate(profile.functions)]
    for calls in out:  # once per function, not at every node it appears as (a hub of 49,000 arcs took seconds)
        calls.sort(key=lambda x: -x[1])
    root = Node(-1, profile.total)
    floor = MIN_SHARE * profile.total
    budget = [MAX_NODES]

    def grow(node: Node, path: frozenset, depth: int) -> None:
        i = node.function
        if flow[i] <= 0:
            node.self_width = node.width
            return
        # shares first (each at most 1), then widths: width / flow overflows when the flow is a tiny float
        node.self_width = node.width * (profile.functions[i].self_cost / flow[i])
        for callee, cost in out[i]:
            w = node.width * (cost / flow[i])
            if w < floor or callee in path or depth >= MAX_DEPTH or budget[0] <= 0:
                node.self_width += w  # drawn as part of the caller's own bar
                continue
            budget[0] -= 1
            child = Node(callee, w)
            node.children.append(child)
            grow(child, path | {callee}, depth + 1)

    roots = sorted((i for i in range(n) if not called[i]), key=lambda i: -profile.functions[i].inclusive)
    widths = [min(profile.functions[i].inclusive, profile.total) for i in roots]
    fit = min(1.0, profile.total / sum(widths)) if sum(widths) > 0 else 1.0  # roots never add up past the total
    for i, w in zip(roots, widths):
        w *= fit
        if w >= floor and budget[0] > 0:
            budget[0] -= 1
            child = Node(i, w)
            root.children.append(child)
            grow(child, frozenset({i}), 1)
    root.self_width = max(0.0, root.width - sum(c.width for c in root.children))
    # The trunk every cost passes through (main ... _operator_call under callgrind) tells nothing: skip it.
    while len(root.children) == 1 and root.children[0].children and root.children[0].self_width < floor / 5:
        trunk = root.children[0]
        root.children = trunk.children
        root.self_width += trunk.self_width
    return root


def stacks(profile: Profile) -> list[tuple[list[int], float]]:
    """Every node's own width with the path of functions to it (speedscope's weighted samples)."""
    found: list[tuple[list[int], float]] = []

    def walk(node: Node, path: list[int]) -> None:
        here = path + [node.function] if node.function >= 0 else path
        if node.self_width > 0 and here:
            found.append((here, node.self_width))
        for c in node.children:
            walk(c, here)

    walk(tree(profile), [])
    return found


def _text(name: str) -> Markup:
    """A name in the SVG: escaped as HTML, and what would not show as itself as its escape (profiles stored before
    names were read so may still hold it; the page's template cannot reach inside this Markup)."""
    return escape(printable(name))


def _colour(name: str, hot: bool) -> str:
    hue = int(hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:4], 16) % 60 + (0 if hot else 190)
    return f"hsl({hue},70%,{62 if hot else 72}%)"


def icicle_svg(profile: Profile, hot: frozenset[str] = frozenset(), width: int = 560, row: int = 17) -> Markup:
    """The tree top-down as inline SVG: bar width is cost, hover shows the name and share; functions in *hot* (the
    difference table's) are drawn warm, the rest cool."""
    root = tree(profile)
    if profile.total <= 0:
        return Markup("")
    rects: list[str] = []
    depth_seen = [0]

    def draw(node: Node, x: float, depth: int) -> None:
        depth_seen[0] = max(depth_seen[0], depth)
        w = node.width / profile.total * width
        if node.function >= 0 and w >= 0.5:
            f = profile.functions[node.function]
            share = 100 * node.width / profile.total
            label = f.name if w > 7 * len(f.name) else (f.name[: int(w / 7) - 1] + "…" if w > 28 else "")
            rects.append(
                f'<g><title>{_text(f.name)} ({_text(f.symbol)}): {share:.1f} %</title>'
                f'<rect x="{x:.1f}" y="{(depth - 1) * row}" width="{w:.1f}" height="{row - 1}" '
                f'fill="{_colour(f.name, f.name in hot)}"/>'
                + (f'<text x="{x + 3:.1f}" y="{(depth - 1) * row + row - 5}">{_text(label)}</text>' if label else "")
                + "</g>")
        cx = x
        for c in node.children:
            draw(c, cx, depth + 1)
            cx += c.width / profile.total * width

    draw(root, 0.0, 0)
    height = max(1, depth_seen[0]) * row
    return Markup(f'<svg class="icicle" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
                  f'viewBox="0 0 {width} {height}" font-family="monospace" font-size="11">{"".join(rects)}</svg>')
