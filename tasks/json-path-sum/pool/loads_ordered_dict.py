import json
from collections import OrderedDict


def json_path_sum(text, paths):
    data = json.loads(text, object_pairs_hook=OrderedDict)
    total = 0
    for path in paths:
        node = data
        ok = True
        for part in path.split("."):
            if isinstance(node, dict):
                if part not in node:
                    ok = False
                    break
                node = node[part]
            elif isinstance(node, list):
                if not part.isdigit() or int(part) >= len(node):
                    ok = False
                    break
                node = node[int(part)]
            else:
                ok = False
                break
        if ok and isinstance(node, int) and not isinstance(node, bool):
            total += node
    return total
