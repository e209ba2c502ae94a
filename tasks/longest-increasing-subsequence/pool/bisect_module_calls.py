import bisect


def lis_length(nums):
    seq = []
    for value in nums:
        pos = bisect.bisect_left(seq, value)
        if pos < len(seq):
            seq[pos] = value
        else:
            seq.append(value)
    return len(seq)
