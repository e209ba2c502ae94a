"""What a run that measures holds of records.jsonl: where each (task, subject)'s lines are, and the parsed records of
the few subjects being measured now.

A resumed run replays each subject's plan from its records (:class:`~effbench.measuring.plan.TaskEvaluation` asks
for one key at a time, and for the expert's, the null program's and a DPE representative's runs).  Holding every
record for that took about 1 GB for a run of ten thousand samples on one task (700,000 records).  The plan works
on one subject at a time (a sample and the expert runs paired with it; with several slots, one such pair each), so
the index keeps twelve bytes a line (:class:`~effbench.measuring.record_file.RecordGroups`) and the parsed records
of the :data:`CACHED` subjects used last; a subject asked for again is read again from the file, with exactly what
it holds.  A record appended is one more line of its subject's group.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path

from effbench.measuring.record_file import RecordGroups
from effbench.measuring.records import RunRecord

CACHED = 16  # subjects whose records are kept parsed, at the least
PER_SLOT = 4  # and for each slot measuring at once: its sample, that sample's pair, a representative, one spare


class RecordIndex:
    """records.jsonl of a run being measured, by key, holding one subject's records at a time (and a few more).
    Every line is checked when the index is made (:class:`RecordGroups` with ``check``): a bad file is refused
    before anything is measured, as reading it whole refused it.  A later record with a key already held takes
    its place (an infrastructure failure's retry), in the first one's position, as :meth:`RecordGroups.runs`
    reads them."""

    def __init__(self, path: Path, levels: dict[str, int]):
        self.groups = RecordGroups(path, levels, check=True)
        self.end = self.groups.end  # where the next appended line starts: the writer dropped any torn line first
        self._cache: OrderedDict[tuple[str, str], dict[tuple, RunRecord]] = OrderedDict()
        self.cached = CACHED

    def hold_for(self, slots: int) -> None:
        """Keep enough subjects parsed for *slots* measuring at once: with a fixed number, a run of more than a
        few slots (each alternating a sample and its pair) missed on nearly every read, and read the subject's
        group from the file again, under the lock the slots share (the review)."""
        self.cached = max(CACHED, PER_SLOT * slots)

    def close(self) -> None:
        self.groups.close()

    def _group(self, task: str, subject: str) -> dict[tuple, RunRecord]:
        group = (task, subject)
        held = self._cache.get(group)
        if held is None:
            held = self._cache[group] = {r.key: r for r in self.groups.runs(task, subject)}
            if len(self._cache) > self.cached:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(group)
        return held

    def get(self, key: tuple) -> RunRecord | None:
        return self._group(key[0], key[1]).get(key)

    def runs(self, task: str, subject: str) -> list[RunRecord]:
        return list(self._group(task, subject).values())

    def task_runs(self, task: str) -> Iterator[RunRecord]:
        """Every record of *task*, a subject at a time (read afresh: the cache is left as it is)."""
        for group in self.groups.all_keys():
            if group[0] == task:
                yield from self.groups.runs(*group)

    def added(self, record: RunRecord, line: str) -> None:
        """*line* (of *record*) was appended at the end of the file."""
        size = len(line.encode())
        self.groups.add(record.task, record.subject, self.end, size - 1)
        self.end += size
        held = self._cache.get((record.task, record.subject))
        if held is not None:
            held[record.key] = record
