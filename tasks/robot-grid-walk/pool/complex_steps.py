def robot_walk(grid, commands):
    # Position and heading as complex numbers (turning is a multiplication by 1j or -1j); free cells in a set.
    free = {complex(c, r) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "."}
    pos = 0j
    heading = 1 + 0j
    cut = 0
    for cmd in commands:
        if cmd == -1:
            heading *= -1j
        elif cmd == -2:
            heading *= 1j
        else:
            for _ in range(cmd):
                if pos + heading not in free:
                    cut += 1
                    break
                pos += heading
    return [int(pos.imag), int(pos.real), cut]
