def count_inversions(nums):
    # Recursive merge sort whose merge pops the smaller head off the front of each half (list.pop(0)).
    def go(a):
        if len(a) <= 1:
            return list(a), 0
        m = len(a) // 2
        l, cl = go(a[:m])
        r, cr = go(a[m:])
        c = cl + cr
        out = []
        while l and r:
            if r[0] < l[0]:
                out.append(r.pop(0))
                c += len(l)
            else:
                out.append(l.pop(0))
        return out + l + r, c
    return go(nums)[1]
