def min_meeting_rooms(meetings):
    events = [(m[0], "start") for m in meetings] + [(m[1], "end") for m in meetings]
    events.sort(key=lambda ev: (ev[0], 0 if ev[1] == "end" else 1))
    rooms = 0
    peak = 0
    for _, kind in events:
        if kind == "start":
            rooms += 1
            peak = max(peak, rooms)
        else:
            rooms -= 1
    return peak
