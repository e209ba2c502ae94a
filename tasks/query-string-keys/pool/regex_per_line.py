import re
from collections import Counter


def query_keys(text):
    # A regex match per URL finds its query, a second regex per query finds its keys; Counter.update per URL.
    counts = Counter()
    for url in text.split("\n"):
        match = re.match(r"[^?#]*\?([^#]*)", url)
        if match:
            counts.update(re.findall(r"(?:^|&)([^&=]+)", match.group(1)))
    if not counts:
        return (0, 0, "", 0)
    top = counts.most_common(1)[0][1]
    return (sum(counts.values()), len(counts), min(k for k, c in counts.items() if c == top), top)
