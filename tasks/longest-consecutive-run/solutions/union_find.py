def longest_run(nums):
    # Union-find over the distinct values: join x with x + 1 when both occur; the largest set is the longest run.
    parent = {x: x for x in nums}
    size = dict.fromkeys(parent, 1)

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x in list(parent):
        if x + 1 in parent:
            a, b = find(x), find(x + 1)
            if a != b:
                if size[a] < size[b]:
                    a, b = b, a
                parent[b] = a
                size[a] += size[b]
    return max(size[x] for x in parent if parent[x] == x) if parent else 0
