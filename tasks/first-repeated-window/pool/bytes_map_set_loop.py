from array import array


def first_repeat(nums, w):
    count = len(nums) - w + 1
    if count <= 1:
        return -1
    buf = array("i", nums).tobytes()
    windows = map(buf.__getitem__, map(slice, range(0, 4 * count, 4), range(4 * w, 4 * (count + w), 4)))
    seen = set()
    add = seen.add
    for j, win in enumerate(windows):
        if win in seen:
            return j
        add(win)
    return -1
