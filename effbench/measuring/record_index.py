"""What a run that measures holds of records.jsonl: where each (task, subject)'s lines are, and the parsed records of
the few subjects being measured now.

A resumed run replays each subject's plan from its records (:class:`~effbench.measuring.plan.TaskEvaluation` asks
for one key at a time, and for the expert's, the null program's and a DPE representative's runs).  Holding every
record for that took about 1 GB for a run of ten thousand samples on one task (700,000 records).  The plan works
on one subject at a time (a sample and the expert runs paired with it; with several slots, one such pair each), so
the index keeps twelve bytes a line (:class:`~effbench.measuring.record_file.RecordGroups`) and the parsed records
of the :data:`CACHED` subjects used last; a subject asked for again is read again from the file, with exactly what
it holds.  A record appended is one more line of its subject's group.

Every line is checked before anything is measured, but each is parsed once for it: a group is checked when the
plan first reads it (replaying it), and the groups not read yet when the plan is first about to measure
(:meth:`RecordIndex.check`).  Checking every line when the index was made, and parsing it again when its subject
was replayed, cost a resume of ten thousand samples about 12 s more CPU.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path

from effbench.measuring.record_file import RecordGroups
from effbench.measuring.records import RunRecord

CACHED = 16  # subjects whose records are kept parsed, at the least
PER_SLOT = 4  # and for each slot measuring at once: its sample, that sample's pair, a representative, one spare


class RecordIndex:
    """records.jsonl of a run being measured, by key, holding one subject's records at a time (and a few more).
    Every line is checked, by :meth:`check` at the latest, which the plan calls before it measures anything: a
    bad file is refused then, naming its first bad line, as reading it whole refused it.  A later record with a
    key already held takes its place (an infrastructure failure's retry), in the first one's position, as
    :meth:`RecordGroups.runs` reads them."""

    def __init__(self, path: Path, levels: dict[str, int]):
        self.groups = RecordGroups(path, levels)
        self.end = self.groups.end  # where the next appended line starts: the writer dropped any torn line first
        self._cache: OrderedDict[tuple[str, str], dict[tuple, RunRecord]] = OrderedDict()
        self.cached = CACHED
        self._checked: set[tuple[str, str]] | None = set()  # groups read (so checked) so far; None: every one

    def check(self) -> None:
        """Check the lines of every group not read yet (the first bad line of the file raised as a StoreError)."""
        if self._checked is None:
            return
        for group in self.groups.all_keys():
            if group not in self._checked:
                self.groups.runs(*group)
        self._checked = None

    def _read(self, task: str, subject: str) -> list[RunRecord]:
        """A group's records from the file, checked as they are parsed."""
        runs = self.groups.runs(task, subject)
        if self._checked is not None:
            self._checked.add((task, subject))
        return runs

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
            held = self._cache[group] = {r.key: r for r in self._read(task, subject)}
            if len(self._cache) > self.cached:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(group)
        return held

    def get(self, key: tuple) -> RunRecord | None:
        return self._group(key[0], key[1]).get(key)

    def runs(self, task: str, subject: str) -> list[RunRecord]:
        return list(self._group(task, subject).values())

    def task_runs(self, task: str, wanted: Callable[[str], bool]) -> Iterator[RunRecord]:
        """The records of *task*'s *wanted* subjects, a subject at a time (read afresh: the cache is left as it
        is); the others are not read."""
        for group in self.groups.all_keys():
            if group[0] == task and wanted(group[1]):
                yield from self._read(*group)

    def added(self, record: RunRecord, line: str) -> None:
        """*line* (of *record*) was appended at the end of the file."""
        size = len(line.encode())
        self.groups.add(record.task, record.subject, self.end, size - 1)
        self.end += size
        held = self._cache.get((record.task, record.subject))
        if held is not None:
            held[record.key] = record
