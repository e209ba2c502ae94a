LIMIT = 10 ** 30


def _expr(budget, rng, depth):
    """A random expression using about `budget` operands; returns (text, bound on the absolute value)."""
    if budget <= 1 or depth > 60:
        v = rng.randint(0, 999)
        return str(v), v
    parts = []
    bound = 0
    left = budget
    while left > 0:
        # one term: a product of a few factors
        term_text = []
        term_bound = 1
        for _ in range(rng.randint(1, 3)):
            if left <= 0:
                break
            if left >= 3 and rng.random() < 0.3:
                share = rng.randint(2, max(2, min(left, budget // 2 + 1)))
                text, b = _expr(share, rng, depth + 1)
                text = "(" + text + ")"
                used = share
            else:
                b = rng.randint(0, 999)
                text = str(b)
                used = 1
            if term_text and term_bound * max(b, 1) > LIMIT:
                break
            term_text.append(text)
            term_bound *= max(b, 1)
            left -= used
        if not term_text:
            v = rng.randint(0, 9)
            term_text, term_bound = [str(v)], max(v, 1)
            left -= 1
        parts.append("*".join(term_text))
        bound += term_bound
    out = [parts[0]]
    for p in parts[1:]:
        out.append(rng.choice("+-"))
        out.append(p)
    return _spaced(out, rng), bound


def _spaced(tokens, rng):
    if rng.random() < 0.7:
        return "".join(tokens)
    return "".join(t + (" " if rng.random() < 0.3 else "") for t in tokens)


def generate(size, rng):
    # A random expression with about `size` integer literals, nested parentheses, and products kept small
    # enough that the value stays below about 10^30 at every level.
    text, _ = _expr(max(1, size), rng, 0)
    return [text]
