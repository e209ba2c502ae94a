from collections import defaultdict, deque
from itertools import repeat
from operator import getitem, rshift, sub


def sum_group_medians(groups, values):
    # Bucket the values by group without a Python-level loop: defaultdict(list).__getitem__ creates a group's list
    # on first sight (in C), and map(list.append, ...) fills the lists, drained by a zero-length deque. Then every
    # list is sorted in place (map(list.sort)) and its element at (c - 1) // 2 is summed, all in C. Sorting the
    # small per-group lists costs O(n log c) rather than one O(n log n) sort of every record.
    buckets = defaultdict(list)
    deque(map(list.append, map(buckets.__getitem__, groups), values), maxlen=0)
    lists = list(buckets.values())
    deque(map(list.sort, lists), maxlen=0)
    return sum(map(getitem, lists, map(rshift, map(sub, map(len, lists), repeat(1)), repeat(1))))
