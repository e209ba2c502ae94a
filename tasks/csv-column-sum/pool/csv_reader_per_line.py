import csv


def column_sum(text, column):
    # A fresh csv reader for every single record.
    total = 0
    for line in text.splitlines()[1:]:
        row = next(csv.reader([line]))
        total += int(row[column])
    return total
