from collections import defaultdict


def roster_checksum(records):
    # Bucket the records by team, then order each bucket with stable passes (name descending, then score
    # descending) and concatenate the buckets in team order.
    buckets = defaultdict(list)
    for r in records:
        buckets[r[1]].append(r)
    total = 0
    position = 0
    for team in sorted(buckets):
        bucket = sorted(buckets[team], key=lambda r: r[3], reverse=True)
        bucket.sort(key=lambda r: r[2], reverse=True)
        for r in bucket:
            position += 1
            total += position * r[0]
    return total
