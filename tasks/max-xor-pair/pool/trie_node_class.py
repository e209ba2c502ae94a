class TrieNode:
    def __init__(self):
        self.children = [None, None]

    def child(self, bit):
        return self.children[bit]

    def add_child(self, bit):
        if self.children[bit] is None:
            self.children[bit] = TrieNode()
        return self.children[bit]


class BinaryTrie:
    def __init__(self, bits):
        self.bits = bits
        self.root = TrieNode()

    def insert(self, x):
        node = self.root
        for b in range(self.bits - 1, -1, -1):
            node = node.add_child((x >> b) & 1)

    def best_xor(self, x):
        node = self.root
        acc = 0
        for b in range(self.bits - 1, -1, -1):
            bit = (x >> b) & 1
            other = node.child(1 - bit)
            if other is not None:
                acc |= 1 << b
                node = other
            else:
                node = node.child(bit)
        return acc


def max_xor_pair(nums):
    trie = BinaryTrie(max(nums).bit_length())
    for x in nums:
        trie.insert(x)
    return max(trie.best_xor(x) for x in nums)
