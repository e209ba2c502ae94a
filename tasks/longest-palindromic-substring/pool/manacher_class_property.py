class _Palindromes:
    # Manacher's algorithm as an object over a virtual separated text: each of its characters is computed from
    # the string on demand, every comparison is a method that checks the bounds, and the radii, the centre and
    # the right edge are attributes; the text's size is a property.
    def __init__(self, s):
        self.s = s
        self.radius = [0] * self.size
        self.centre = 0
        self.right = 0

    @property
    def size(self):
        return 2 * len(self.s) + 1

    def at(self, j):
        return self.s[j // 2] if j % 2 else None

    def inside(self, j):
        return 0 <= j < self.size

    def mirrored(self, lo, hi):
        return self.inside(lo) and self.inside(hi) and self.at(lo) == self.at(hi)

    def grow(self, i):
        k = min(self.radius[2 * self.centre - i], self.right - i) if i < self.right else 0
        while self.mirrored(i - k - 1, i + k + 1):
            k += 1
        self.radius[i] = k
        if i + k > self.right:
            self.centre, self.right = i, i + k
        return k

    def longest(self):
        best = 0
        for i in range(self.size):
            best = max(best, self.grow(i))
        return best


def longest_palindrome(s):
    return _Palindromes(s).longest() if s else 0
