from itertools import chain


def merge_logs(logs):
    # The logs laid end to end are k sorted runs: Timsort detects each run and merges them pairwise (galloping over
    # stretches that do not interleave), all in C.
    return sorted(chain.from_iterable(logs))
