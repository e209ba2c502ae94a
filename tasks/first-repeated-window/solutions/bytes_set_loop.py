from array import array

_CODE = "i" if array("i").itemsize == 4 else "l"


def first_repeat(nums, w):
    # Pack the numbers as 4-byte ints once: the window at j is then the bytes slice buf[4j:4j + 4w], made by one
    # memcpy and hashed over its bytes in C (a tuple slice would hash w int objects). One pass over the windows in
    # order stops at the first one already in the set.
    total = len(nums) - w + 1
    if total <= 1:
        return -1
    size = array(_CODE).itemsize
    buf = array(_CODE, nums).tobytes()
    width = size * w
    seen = set()
    add = seen.add
    start = 0
    for end in range(width, len(buf) + 1, size):
        window = buf[start:end]
        if window in seen:
            return start // size
        add(window)
        start += size
    return -1
