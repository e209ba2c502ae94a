def replay_keys(keys):
    # Two stacks, with their append and pop looked up once.
    left = []
    right = []
    lpush, lpop = left.append, left.pop
    rpush, rpop = right.append, right.pop
    for k in keys:
        if k == "<":
            if left:
                rpush(lpop())
        elif k == ">":
            if right:
                lpush(rpop())
        elif k == "#":
            if left:
                lpop()
        else:
            lpush(k)
    return "".join(left) + "".join(reversed(right))
