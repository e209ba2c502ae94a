class _Entry:
    __slots__ = ("record",)

    def __init__(self, record):
        self.record = record

    def __lt__(self, other):
        a, b = self.record, other.record
        if a[1] != b[1]:
            return a[1] < b[1]
        if a[2] != b[2]:
            return a[2] > b[2]
        if a[3] != b[3]:
            return a[3] > b[3]
        return False


def roster_checksum(records):
    # Wrap each record in an object whose __lt__ encodes the order and sort the wrappers (stably).
    ordered = sorted(_Entry(r) for r in records)
    return sum(i * e.record[0] for i, e in enumerate(ordered, 1))
