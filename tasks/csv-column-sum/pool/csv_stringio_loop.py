import csv
import io


def column_sum(text, column):
    # csv.reader over a file-like view of the text, summing in a Python loop.
    reader = csv.reader(io.StringIO(text))
    next(reader)
    total = 0
    for row in reader:
        total += int(row[column])
    return total
