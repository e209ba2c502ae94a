class _Text:
    # The text with a separator between characters and at both ends, never built: each character is computed
    # from the string on demand, and an out-of-range position reads as a value no character equals.
    def __init__(self, s):
        self.s = s
        self.size = 2 * len(s) + 1

    def __len__(self):
        return self.size

    def at(self, j):
        if j < 0 or j >= self.size:
            return -1
        return self.s[j // 2] if j % 2 else None


def longest_palindrome(s):
    # Manacher's algorithm over that virtual text.
    if not s:
        return 0
    t = _Text(s)
    m = len(t)
    radius = [0] * m
    centre = right = 0
    for i in range(m):
        k = min(radius[2 * centre - i], right - i) if i < right else 0
        while t.at(i - k - 1) != -1 and t.at(i - k - 1) == t.at(i + k + 1):
            k += 1
        radius[i] = k
        if i + k > right:
            centre, right = i, i + k
    return max(radius)
