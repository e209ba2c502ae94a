from itertools import accumulate
from operator import itemgetter


def roster_checksum(records):
    # Teams are few, so one pass splits the records into a list per team (in input order) instead of a sort pass
    # over the team key. Each team's list is then ordered in place by stable sorts from the last key to the first,
    # name descending and then score descending (reverse=True keeps equal records in their order), keyed by
    # itemgetters so the keys are taken and compared in C. The checksum sum(p * id_p) is the sum of the suffix sums
    # of the ids, one accumulate() over the reversed ids: additions instead of multiplications.
    buckets = {}
    for record in records:
        bucket = buckets.get(record[1])
        if bucket is None:
            buckets[record[1]] = [record]
        else:
            bucket.append(record)
    by_name, by_score = itemgetter(3), itemgetter(2)
    ids = []
    for team in sorted(buckets):
        bucket = buckets[team]
        bucket.sort(key=by_name, reverse=True)
        bucket.sort(key=by_score, reverse=True)
        ids += map(itemgetter(0), bucket)
    ids.reverse()
    return sum(accumulate(ids))
