from itertools import compress


def tilt_checksum(grid, moves):
    # Board as one row-major string; lines as strided slices or slices; each line packed run by run with a
    # Python loop building the run from the stone count; checksum by compress over a list of stone flags.
    R = len(grid)
    if R == 0:
        return 0
    C = len(grid[0])
    flat = "".join(grid)
    for m in moves:
        lines = [flat[c::C] for c in range(C)] if m in "NS" else [flat[i:i + C] for i in range(0, R * C, C)]
        packed = []
        for line in lines:
            runs = []
            for seg in line.split("#"):
                k = seg.count("O")
                runs.append("O" * k + "." * (len(seg) - k) if m in "NW" else "." * (len(seg) - k) + "O" * k)
            packed.append("#".join(runs))
        flat = "".join(packed)
        if m in "NS":
            flat = "".join([flat[r::R] for r in range(R)])
    return sum(compress(range(1, R * C + 1), [ch == "O" for ch in flat]))
