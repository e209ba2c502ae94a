DS = [0] * 10000
for i in range(1, 10000):
    DS[i] = DS[i // 10] + i % 10


def digit_sum(x):
    total = 0
    while x:
        total += DS[x % 10000]
        x //= 10000
    return total


def count_digit_sums(queries):
    return [sum(1 for x in range(lo, hi + 1) if digit_sum(x) == s) for lo, hi, s in queries]
