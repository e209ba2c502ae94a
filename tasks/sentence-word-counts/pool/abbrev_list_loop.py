def sentence_checksum(text, abbreviations):
    # The word loop, looking sentence-ending words up in the abbreviation list itself.
    total = 0
    sentence = 1
    count = 0
    for word in text.split():
        count += 1
        stripped = word.rstrip("\"')")
        if stripped.endswith((".", "!", "?")) and word not in abbreviations:
            total += sentence * count
            sentence += 1
            count = 0
    if count:
        total += sentence * count
    return total
