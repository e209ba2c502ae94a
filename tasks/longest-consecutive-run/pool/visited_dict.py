def longest_run(nums):
    visited = {x: False for x in nums}
    best = 0
    for x in visited:
        if visited[x] or (x - 1) in visited:
            continue
        length = 0
        y = x
        while y in visited:
            visited[y] = True
            length += 1
            y += 1
        if length > best:
            best = length
    return best
