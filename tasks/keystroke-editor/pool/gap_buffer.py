def replay_keys(keys):
    # A gap buffer: one list with a gap at the cursor, grown by doubling when the gap closes.
    buf = [None] * 16
    gap_start = 0
    gap_end = 16
    for k in keys:
        if k == "<":
            if gap_start:
                gap_start -= 1
                gap_end -= 1
                buf[gap_end] = buf[gap_start]
        elif k == ">":
            if gap_end < len(buf):
                buf[gap_start] = buf[gap_end]
                gap_start += 1
                gap_end += 1
        elif k == "#":
            if gap_start:
                gap_start -= 1
        else:
            if gap_start == gap_end:
                size = len(buf)
                tail = buf[gap_end:]
                buf = buf[:gap_start] + [None] * size + tail
                gap_end = gap_start + size
            buf[gap_start] = k
            gap_start += 1
    return "".join(buf[:gap_start]) + "".join(buf[gap_end:])
