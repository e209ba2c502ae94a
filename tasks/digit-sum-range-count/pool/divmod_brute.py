def digit_sum(n):
    total = 0
    while n > 0:
        n, r = divmod(n, 10)
        total += r
    return total


def count_digit_sums(queries):
    answers = []
    for lo, hi, s in queries:
        cnt = 0
        for x in range(lo, hi + 1):
            if digit_sum(x) == s:
                cnt += 1
        answers.append(cnt)
    return answers
