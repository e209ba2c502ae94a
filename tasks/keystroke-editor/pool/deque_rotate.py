from collections import deque


def replay_keys(keys):
    # The whole text in a deque, rotated so that the cursor is always at its right end: the characters after the
    # cursor sit at the left end, in order. Moves rotate by one; typing and backspace work on the right end.
    buf = deque()
    after = 0  # how many characters lie after the cursor (they are buf[0:after])
    for k in keys:
        if k == "<":
            if len(buf) > after:
                buf.rotate(1)
                after += 1
        elif k == ">":
            if after:
                buf.rotate(-1)
                after -= 1
        elif k == "#":
            if len(buf) > after:
                buf.pop()
        else:
            buf.append(k)
    buf.rotate(-after)
    return "".join(buf)
