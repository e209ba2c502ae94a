import json

KEY_CHARS = "abcdefghijklmnopqrstuvwxyz_"
# String values may hold anything but '"', '\\' and control characters: dots, brackets, colons, commas, non-ASCII.
TEXT_CHARS = "abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,:;{}[]-_!?/'éλ中"


def generate(size, rng, index):
    # Shape first, so a seed keeps its regime at every level: the layout of the text (test 0, the timed and DPE
    # input, is json.dumps' default ", " / ": " layout), the key vocabulary, and the share of paths that lead
    # nowhere. Then a document of about `size` leaves (ints and strings, nested up to 6 deep) and size // 40 paths.
    style = rng.randrange(3) if index else 1
    missing_share = rng.uniform(0.1, 0.4)
    vocab = ["".join(rng.choice(KEY_CHARS) for _ in range(rng.randint(1, 5))) for _ in range(40)]
    vocab += [str(i) for i in range(8)]  # object keys that look like array indexes
    budget = [max(1, size)]
    int_paths, other_paths = [], []

    def make(depth, path):
        if budget[0] <= 0 or depth >= 6 or (depth >= 2 and rng.random() < 0.55):
            budget[0] -= 1
            if rng.random() < 0.75:
                int_paths.append(path)
                return rng.randint(-10**9, 10**9) if rng.random() < 0.5 else rng.randint(0, 999)
            other_paths.append(path)
            return "".join(rng.choice(TEXT_CHARS) for _ in range(rng.randint(0, 12)))
        other_paths.append(path)
        if rng.random() < 0.6:
            obj = {}
            for _ in range(rng.randint(1, 8)):
                key = rng.choice(vocab)
                if key not in obj:
                    obj[key] = make(depth + 1, path + [key])
                if budget[0] <= 0:
                    break
            return obj
        arr = []
        for i in range(rng.randint(0, 8)):
            arr.append(make(depth + 1, path + [str(i)]))
            if budget[0] <= 0:
                break
        return arr

    root = {}
    while budget[0] > 0:
        key = "".join(rng.choice(KEY_CHARS) for _ in range(rng.randint(3, 8)))
        if key not in root:
            root[key] = make(1, [key])
    if style == 0:
        text = json.dumps(root, ensure_ascii=False, separators=(",", ":"))
    elif style == 1:
        text = json.dumps(root, ensure_ascii=False)
    else:
        text = json.dumps(root, ensure_ascii=False, indent=1)
    paths = []
    for _ in range(max(1, size // 40)):
        r = rng.random()
        if r >= missing_share:
            p = rng.choice(int_paths) if rng.random() < 0.8 or not other_paths else rng.choice(other_paths)
        else:
            # a real path with one segment replaced (a key or an index that is usually not there), sometimes longer
            p = list(rng.choice(int_paths))
            i = rng.randrange(len(p))
            p[i] = rng.choice(vocab) if rng.random() < 0.5 else str(rng.randint(0, 9))
            if rng.random() < 0.3:
                p.append(rng.choice(vocab))
        paths.append(".".join(p))
    return [text, paths]
