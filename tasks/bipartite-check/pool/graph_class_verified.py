from collections import deque


class Graph:
    # A small general-purpose undirected graph: a dict of neighbour dicts, each edge carrying its own attribute
    # dict, and accessors that hand out copies.
    def __init__(self):
        self.adj = {}

    def add_node(self, u):
        if u not in self.adj:
            self.adj[u] = {}

    def has_edge(self, u, v):
        return u in self.adj and v in self.adj[u]

    def add_edge(self, u, v):
        self.add_node(u)
        self.add_node(v)
        data = {"weight": 1}
        self.adj[u][v] = data
        self.adj[v][u] = data

    def nodes(self):
        return sorted(self.adj)

    def neighbours(self, u):
        return sorted(self.adj[u].keys())

    def edges(self):
        return [(u, v) for u in self.nodes() for v in self.neighbours(u)]


def two_colouring(g):
    # Colour every component by BFS, ignoring conflicts.
    color = {}
    for s in g.nodes():
        if s in color:
            continue
        color[s] = 0
        queue = deque([s])
        while queue:
            u = queue.popleft()
            for v in g.neighbours(u):
                if v not in color:
                    color[v] = 1 - color[u]
                    queue.append(v)
    return color


def is_bipartite(n, edges):
    g = Graph()
    for u, v in edges:
        if u == v:
            return False
        if not g.has_edge(u, v):
            g.add_edge(u, v)
    color = two_colouring(g)
    return not any(conflict(color, u, v) for u, v in g.edges())


def conflict(color, u, v):
    return color.get(u) == color.get(v)
