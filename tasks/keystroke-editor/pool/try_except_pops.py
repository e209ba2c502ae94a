def replay_keys(keys):
    # Two stacks; popping an empty stack raises IndexError, which stands for "nothing happens".
    left = []
    right = []
    for k in keys:
        try:
            if k == "<":
                right.append(left.pop())
            elif k == ">":
                left.append(right.pop())
            elif k == "#":
                left.pop()
            else:
                left.append(k)
        except IndexError:
            pass
    return "".join(left) + "".join(right[::-1])
