class FenwickTree:
    def __init__(self, n):
        self.n = n
        self.tree = [0] * (n + 1)
        for i in range(1, n + 1):
            self.update(i, 1)

    def update(self, i, delta):
        while i <= self.n:
            self.tree[i] += delta
            i += i & -i

    def find_kth(self, k):
        """Smallest position p with prefix sum >= k."""
        pos = 0
        bit = 1 << self.n.bit_length()
        while bit > 0:
            nxt = pos + bit
            if nxt <= self.n and self.tree[nxt] < k:
                pos = nxt
                k -= self.tree[nxt]
            bit >>= 1
        return pos + 1


def elimination_checksums(games):
    result = []
    for n, k in games:
        ft = FenwickTree(n)
        current = 0
        checksum = 0
        for i in range(n):
            current = (current + k - 1) % (n - i)
            person = ft.find_kth(current + 1)
            ft.update(person, -1)
            checksum += (i + 1) * person
        result.append(checksum)
    return result
