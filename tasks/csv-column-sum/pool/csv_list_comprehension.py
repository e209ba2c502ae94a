import csv


def column_sum(text, column):
    # All records parsed into a list first, then the column is collected into another list and summed.
    rows = list(csv.reader(text.splitlines()))
    values = [int(row[column]) for row in rows[1:]]
    return sum(values)
