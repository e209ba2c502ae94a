LEFT = {"E": "N", "N": "W", "W": "S", "S": "E"}
RIGHT = {"E": "S", "S": "W", "W": "N", "N": "E"}
DELTA = {"E": (0, 1), "S": (1, 0), "W": (0, -1), "N": (-1, 0)}


def robot_walk(grid, commands):
    # Headings by name with lookup tables for turning; each move is stepped cell by cell.
    row, col = 0, 0
    heading = "E"
    cut_short = 0
    for command in commands:
        if command == -1:
            heading = LEFT[heading]
        elif command == -2:
            heading = RIGHT[heading]
        else:
            dr, dc = DELTA[heading]
            taken = 0
            for _ in range(command):
                nr, nc = row + dr, col + dc
                if nr < 0 or nc < 0 or nr >= len(grid) or nc >= len(grid[0]):
                    break
                if grid[nr][nc] == "#":
                    break
                row, col = nr, nc
                taken += 1
            if taken < command:
                cut_short += 1
    return [row, col, cut_short]
