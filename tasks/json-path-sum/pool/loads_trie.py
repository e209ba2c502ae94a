import json


def json_path_sum(text, paths):
    # Paths merged into a trie (with a count at each end), walked once over the parsed document.
    trie = {}
    for p in paths:
        node = trie
        for seg in p.split("."):
            node = node.setdefault(seg, {})
        node[None] = node.get(None, 0) + 1

    def walk(value, node):
        s = 0
        times = node.get(None)
        if times and type(value) is int:
            s += times * value
        for seg, child in node.items():
            if seg is None:
                continue
            if type(value) is dict:
                if seg in value:
                    s += walk(value[seg], child)
            elif type(value) is list and seg.isdigit() and int(seg) < len(value):
                s += walk(value[int(seg)], child)
        return s

    return walk(json.loads(text), trie)
