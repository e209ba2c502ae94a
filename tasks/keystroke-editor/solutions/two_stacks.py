def replay_keys(keys):
    # The text left of the cursor is a stack; the text right of it is another stack, stored reversed so its top is
    # the character just after the cursor. Every key is O(1).
    left = []
    right = []
    for k in keys:
        if k == "<":
            if left:
                right.append(left.pop())
        elif k == ">":
            if right:
                left.append(right.pop())
        elif k == "#":
            if left:
                left.pop()
        else:
            left.append(k)
    right.reverse()
    return "".join(left) + "".join(right)
