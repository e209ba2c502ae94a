from array import array


def first_repeat(nums, w):
    count = len(nums) - w + 1
    if count <= 1:
        return -1
    buf = array("i", nums).tobytes()
    windows = [buf[4 * j:4 * j + 4 * w] for j in range(count)]
    if len(dict.fromkeys(windows)) == count:
        return -1
    seen = set()
    for j, win in enumerate(windows):
        if win in seen:
            return j
        seen.add(win)
    return -1
