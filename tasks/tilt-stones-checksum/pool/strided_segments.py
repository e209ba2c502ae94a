from itertools import compress

# 'O' -> 1, anything else -> 0: the final grid's bytes select the stones' positions.
_STONE = bytes.maketrans(b"O.#", b"\x01\x00\x00")


def tilt_checksum(grid, moves):
    # The grid is kept as one row-major string. A horizontal tilt cuts it into rows (slices); a vertical one reads
    # the columns as strided slices flat[c::C], and after packing reads the rows back as strided slices of the
    # column-major result. A line is packed run by run between blocks: split('#'), str.count of the stones, and the
    # run rebuilt by string repetition (one Python step per run). The checksum is sum(compress(...)) over the
    # final grid's translated bytes. Everything per cell runs in C.
    R = len(grid)
    if R == 0:
        return 0
    C = len(grid[0])
    n = R * C
    flat = "".join(grid)
    for m in moves:
        if m == "N" or m == "S":
            lines = [flat[c::C] for c in range(C)]
        else:
            lines = [flat[i:i + C] for i in range(0, n, C)]
        if m == "N" or m == "W":
            packed = ["#".join(["O" * s.count("O") + "." * (len(s) - s.count("O")) for s in line.split("#")])
                      for line in lines]
        else:
            packed = ["#".join(["." * (len(s) - s.count("O")) + "O" * s.count("O") for s in line.split("#")])
                      for line in lines]
        flat = "".join(packed)
        if m == "N" or m == "S":
            flat = "".join([flat[r::R] for r in range(R)])
    return sum(compress(range(1, n + 1), flat.encode("ascii").translate(_STONE)))
