def cooldown_order(tasks, cooldown):
    # Each time unit, sort every label with tasks left by priority, then take the first that is off cooldown.
    counts = {}
    for task in tasks:
        counts[task] = counts.get(task, 0) + 1
    ready_at = {}
    result = []
    time = 0
    while counts:
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        for label, c in ranked:
            if ready_at.get(label, 0) <= time:
                result.append(label)
                if c == 1:
                    del counts[label]
                else:
                    counts[label] = c - 1
                ready_at[label] = time + cooldown + 1
                break
        time += 1
    return result
