def roster_checksum(records):
    # A descending name becomes the tuple of its negated code points followed by 1, which is above every negated
    # code point, so a name sorts after the longer names it is a prefix of.
    def key(r):
        return (r[1], -r[2], tuple(-ord(ch) for ch in r[3]) + (1,))

    ordered = sorted(records, key=key)
    return sum(i * r[0] for i, r in enumerate(ordered, 1))
