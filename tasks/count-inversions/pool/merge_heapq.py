import heapq


def count_inversions(nums):
    # Merge sort where halves are merged by heapq.merge and cross inversions counted with a moving pointer.
    def go(a):
        if len(a) <= 1:
            return list(a), 0
        m = len(a) // 2
        l, cl = go(a[:m])
        r, cr = go(a[m:])
        c = cl + cr
        i = 0
        for y in r:
            while i < len(l) and l[i] <= y:
                i += 1
            c += len(l) - i
        return list(heapq.merge(l, r)), c
    return go(nums)[1]
