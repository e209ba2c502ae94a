from collections import deque


def spiral_checksum(matrix):
    # Copy the rows into deques and peel the matrix: pop the top row, the last cell of each row, the bottom row
    # reversed, then the first cell of each row from the bottom up, numbering the values as they come off.
    rows = deque(deque(row) for row in matrix)
    total = 0
    pos = 0
    while rows:
        for v in rows.popleft():
            pos += 1
            total += pos * v
        for row in rows:
            if row:
                pos += 1
                total += pos * row.pop()
        if rows:
            for v in reversed(rows.pop()):
                pos += 1
                total += pos * v
        for row in reversed(rows):
            if row:
                pos += 1
                total += pos * row.popleft()
        while rows and not rows[0]:
            rows.popleft()
    return total
