import sys


def count_components(n, edges):
    # Normalise, deduplicate and sort the edges, then union them with a recursive, path-compressing find.
    sys.setrecursionlimit(max(1000, 2 * n + 100))
    parent = list(range(n))

    def find(x):
        if parent[x] != x:
            parent[x] = find(parent[x])
        return parent[x]

    components = n
    for u, v in sorted({(min(u, v), max(u, v)) for u, v in edges}):
        a, b = find(u), find(v)
        if a != b:
            parent[a] = b
            components -= 1
    return components
