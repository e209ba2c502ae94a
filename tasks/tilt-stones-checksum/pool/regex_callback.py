import re

_RUN = re.compile(r"[^#]+")


def tilt_checksum(grid, moves):
    # Lines as strings, columns by strided slices of the joined board; every run between blocks rewritten by
    # re.sub with a Python callback.
    R = len(grid)
    if R == 0:
        return 0
    C = len(grid[0])
    flat = "".join(grid)

    def front(mt):
        s = mt.group()
        k = s.count("O")
        return "O" * k + "." * (len(s) - k)

    def back(mt):
        s = mt.group()
        k = s.count("O")
        return "." * (len(s) - k) + "O" * k

    for m in moves:
        fn = front if m in "NW" else back
        if m in "NS":
            cols = [_RUN.sub(fn, flat[c::C]) for c in range(C)]
            t = "".join(cols)
            flat = "".join(t[r::R] for r in range(R))
        else:
            flat = "".join(_RUN.sub(fn, flat[i:i + C]) for i in range(0, R * C, C))
    return sum(i + 1 for i, ch in enumerate(flat) if ch == "O")
