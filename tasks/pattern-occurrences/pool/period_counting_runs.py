def count_occurrences(text, pattern):
    # Find-and-period with the period from the prefix function computed by a helper function.
    def prefix_function(w):
        pi = [0] * len(w)
        for i in range(1, len(w)):
            k = pi[i - 1]
            while k > 0 and w[i] != w[k]:
                k = pi[k - 1]
            if w[i] == w[k]:
                k += 1
            pi[i] = k
        return pi

    m = len(pattern)
    p = m - prefix_function(pattern)[-1]
    tail = pattern[-p:]
    total = 0
    pos = text.find(pattern)
    while pos != -1:
        run = 1
        end = pos + m
        while text[end:end + p] == tail:
            run += 1
            end += p
        total += run
        pos = text.find(pattern, end - m + 1)
    return total
