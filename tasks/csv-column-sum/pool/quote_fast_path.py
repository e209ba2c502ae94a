import csv


def column_sum(text, column):
    # Records without any quote are split on commas directly; only the others go through the csv module.
    total = 0
    for line in text.split("\n")[1:]:
        if '"' in line:
            total += int(next(csv.reader([line]))[column])
        else:
            total += int(line.split(",")[column])
    return total
