def replay_keys(keys):
    # Runs found by scanning indices by hand; each run is then applied to the two stacks with slices.
    left = []
    right = []
    n = len(keys)
    i = 0
    while i < n:
        c = keys[i]
        j = i + 1
        if c in "<>#":
            while j < n and keys[j] == c:
                j += 1
        else:
            while j < n and keys[j] not in "<>#":
                j += 1
        run = j - i
        if c == "<":
            k = min(run, len(left))
            for _ in range(k):
                right.append(left.pop())
        elif c == ">":
            k = min(run, len(right))
            for _ in range(k):
                left.append(right.pop())
        elif c == "#":
            del left[max(0, len(left) - run):]
        else:
            left.extend(keys[i:j])
        i = j
    return "".join(left) + "".join(reversed(right))
