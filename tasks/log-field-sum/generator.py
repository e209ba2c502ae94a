INT_KEYS = [
    "bytes", "req_bytes", "resp_bytes", "ms", "latency_ms", "db_ms", "status", "retries", "port", "pid", "uid",
    "user_id", "id", "size", "size_kb", "items", "shard", "depth", "errors", "hits", "misses", "delta", "offset",
    "count", "code", "attempt", "lag", "temp", "x", "x2",
]
WORD_KEYS = ["method", "path", "host", "level", "msg", "region", "user", "ratio", "trace", "env"]
WORDS = [
    "GET", "POST", "/api/v1/items", "/login", "db-3.internal", "INFO", "WARN", "ok", "timeout", "eu-west-1",
    "alice", "bob_7", "0.25", "1e-3", "a1b2c3", "prod", "-", "x:y", "42abc", "size_kb",
]


def generate(size, rng):
    # Shape first (it does not depend on size): which integer-valued and word-valued keys the log uses, how likely
    # each key is on a line, the requested fields (3 to 8: used keys, sometimes an absent key or a repeat), each
    # integer key's value range, and how often a line is empty. Then `size` lines.
    int_keys = rng.sample(INT_KEYS, rng.randint(6, 14))
    word_keys = rng.sample(WORD_KEYS, rng.randint(2, 6))
    keys = int_keys + word_keys
    prob = {k: rng.uniform(0.15, 0.9) for k in keys}
    ranges = {k: rng.choice([(0, 9), (0, 999), (0, 10**6), (-500, 500), (-10**9, 10**9)]) for k in int_keys}
    r = rng.randint(3, 8)
    fields = []
    for _ in range(r):
        u = rng.random()
        if u < 0.1:
            fields.append(rng.choice(INT_KEYS))          # maybe a key the log never has
        elif u < 0.2 and fields:
            fields.append(rng.choice(fields))            # a repeat
        else:
            fields.append(rng.choice(int_keys))
    empty = rng.choice([0.0, 0.0, 0.02, 0.1])
    trailing = rng.random() < 0.5
    lines = []
    for _ in range(size):
        if rng.random() < empty:
            lines.append("")
            continue
        present = [k for k in keys if rng.random() < prob[k]]
        rng.shuffle(present)
        toks = []
        for k in present:
            if k in ranges:
                lo, hi = ranges[k]
                toks.append(f"{k}={rng.randint(lo, hi)}")
            else:
                toks.append(f"{k}={rng.choice(WORDS)}")
        lines.append(" ".join(toks))
    log = "\n".join(lines)
    if trailing and lines:
        log += "\n"
    return [log, fields]
