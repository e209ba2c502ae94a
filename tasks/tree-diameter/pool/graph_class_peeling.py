class Tree:
    """Adjacency as a dict of dicts, with node removal."""

    def __init__(self, n, edges):
        self.adj = {v: {} for v in range(n)}
        for u, v in edges:
            self.adj[u][v] = True
            self.adj[v][u] = True

    def degree(self, v):
        return len(self.adj[v])

    def leaves(self):
        return [v for v in self.adj if self.degree(v) == 1]

    def only_neighbour(self, v):
        return next(iter(self.adj[v]))

    def remove(self, v):
        for u in list(self.adj[v]):
            del self.adj[u][v]
        del self.adj[v]


def tree_diameter(n, edges):
    if n < 2:
        return 0
    tree = Tree(n, edges)
    height = {v: 0 for v in range(n)}
    best = 0
    stack = tree.leaves()
    while len(tree.adj) > 1:
        leaf = stack.pop()
        p = tree.only_neighbour(leaf)
        h = height[leaf] + 1
        best = max(best, h + height[p])
        height[p] = max(height[p], h)
        tree.remove(leaf)
        if tree.degree(p) == 1:
            stack.append(p)
    return best
