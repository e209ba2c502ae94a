import copy


def spiral_checksum(matrix):
    # Work on a deep copy: pop the first row, pop the last of each row, pop the last row reversed, pop the first
    # of each row going up, until the copy is empty.
    m = copy.deepcopy(matrix)
    ans = []
    while m:
        ans += m.pop(0)
        if m and m[0]:
            for row in m:
                ans.append(row.pop())
        if m:
            ans += m.pop()[::-1]
        if m and m[0]:
            for row in m[::-1]:
                ans.append(row.pop(0))
    return sum(i * x for i, x in enumerate(ans, start=1))
