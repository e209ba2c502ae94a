from operator import itemgetter, mul


def roster_checksum(records):
    # Teams are few, so one pass splits the records into a list per team (in input order) instead of a sort pass
    # over the team key. Each team is then ordered by stable sorts from the last key to the first, name descending
    # and then score descending (reverse=True keeps equal records in their order), keyed by itemgetters so the
    # keys are taken and compared in C; the teams are concatenated in ascending order and the checksum is one
    # sum(map(mul)) over the ids and the positions.
    buckets = {}
    for record in records:
        bucket = buckets.get(record[1])
        if bucket is None:
            buckets[record[1]] = [record]
        else:
            bucket.append(record)
    by_name, by_score = itemgetter(3), itemgetter(2)
    ordered = []
    for team in sorted(buckets):
        bucket = sorted(buckets[team], key=by_name, reverse=True)
        bucket.sort(key=by_score, reverse=True)
        ordered += bucket
    return sum(map(mul, map(itemgetter(0), ordered), range(1, len(ordered) + 1)))
