import re

RUN = re.compile("1+")


def count_islands(grid):
    # Work with horizontal runs of land instead of cells: find each row's runs with a regex, then union the runs
    # of adjacent rows that overlap (a two-pointer merge), with a union-find over run ids.
    parent = []

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    components = 0
    prev = []  # (start, end, id) of the previous row's runs
    for row in grid:
        cur = []
        for m in RUN.finditer(row):
            rid = len(parent)
            parent.append(rid)
            cur.append((m.start(), m.end(), rid))
        components += len(cur)
        i = j = 0
        while i < len(prev) and j < len(cur):
            s1, e1, a = prev[i]
            s2, e2, b = cur[j]
            if s1 < e2 and s2 < e1:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[ra] = rb
                    components -= 1
            if e1 < e2:
                i += 1
            else:
                j += 1
        prev = cur
    return components
