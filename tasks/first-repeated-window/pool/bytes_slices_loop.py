import struct


def first_repeat(nums, w):
    n = len(nums)
    if w > n:
        return -1
    data = struct.pack(f"<{n}i", *nums)
    width = 4 * w
    seen = set()
    for j in range(n - w + 1):
        chunk = data[4 * j:4 * j + width]
        if chunk in seen:
            return j
        seen.add(chunk)
    return -1
