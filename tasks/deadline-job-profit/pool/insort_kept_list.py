from bisect import insort


def max_job_profit(deadlines, profits):
    # The kept pays in a sorted list: insert each job's pay, drop the smallest while too many are due.
    order = sorted(range(len(deadlines)), key=lambda i: deadlines[i])
    kept = []
    for i in order:
        insort(kept, profits[i])
        if len(kept) > deadlines[i]:
            kept.pop(0)
    return sum(kept)
