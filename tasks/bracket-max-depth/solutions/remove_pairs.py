import re

NOT_BRACKET = re.compile(r"[^()\[\]{}]")
EMPTY_PAIR = re.compile(r"\(\)|\[\]|\{\}")


def bracket_max_depth(s):
    # Remove all adjacent matching pairs at once, again and again; a balanced string vanishes, and the number of
    # rounds it takes is its nesting depth.
    t = NOT_BRACKET.sub("", s)
    rounds = 0
    while t:
        u = EMPTY_PAIR.sub("", t)
        if len(u) == len(t):
            return -1
        t = u
        rounds += 1
    return rounds
