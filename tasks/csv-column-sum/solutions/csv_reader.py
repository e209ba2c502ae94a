import csv
from itertools import islice
from operator import itemgetter


def column_sum(text, column):
    # The csv module's default dialect is exactly this one (quotes doubled inside quoted fields); it parses every
    # record in C, and the wanted fields are picked, converted and summed by map and sum without a Python loop.
    records = islice(csv.reader(text.split("\n")), 1, None)
    return sum(map(int, map(itemgetter(column), records)))
