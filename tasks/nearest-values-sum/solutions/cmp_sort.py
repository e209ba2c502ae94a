from functools import cmp_to_key


def nearest_sum(nums, target, m):
    # Sort with a comparison function: nearer first, then the smaller value.
    def compare(a, b):
        da = abs(a - target)
        db = abs(b - target)
        if da != db:
            return -1 if da < db else 1
        if a != b:
            return -1 if a < b else 1
        return 0

    ordered = sorted(nums, key=cmp_to_key(compare))
    return sum(ordered[:m])
