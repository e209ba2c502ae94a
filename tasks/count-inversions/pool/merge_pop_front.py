def count_inversions(nums):
    # Recursive merge sort whose merge consumes the halves from the front.
    def sort(a):
        if len(a) < 2:
            return a, 0
        mid = len(a) // 2
        left, x = sort(a[:mid])
        right, y = sort(a[mid:])
        count = x + y
        out = []
        i = j = 0
        while i < len(left) and j < len(right):
            if right[j] < left[i]:
                out.append(right[j])
                count += len(left) - i
                j += 1
            else:
                out.append(left[i])
                i += 1
        out += left[i:] + right[j:]
        return out, count
    return sort(list(nums))[1]
