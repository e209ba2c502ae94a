import json


def json_path_sum(text, paths):
    # Flatten every integer of the document into a dict keyed by its dotted path, then look the paths up.
    flat = {}

    def walk(value, prefix):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, prefix + "." + k if prefix else k)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, prefix + "." + str(i) if prefix else str(i))
        elif isinstance(value, int):
            flat[prefix] = value

    walk(json.loads(text), "")
    return sum(flat.get(p, 0) for p in paths)
