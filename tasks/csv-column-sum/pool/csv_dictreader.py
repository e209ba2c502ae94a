import csv


def column_sum(text, column):
    # DictReader keys every record by the header's names; the wanted column is looked up by name.
    reader = csv.DictReader(text.split("\n"))
    name = reader.fieldnames[column]
    return sum(int(row[name]) for row in reader)
