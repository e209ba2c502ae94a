"""``effbench import`` given a path that is not a data file, or a data file that breaks the JSON reader: one line,
exit 2, nothing written.  Found by fuzzing the command line: a directory was an ``IsADirectoryError`` traceback, a
FIFO blocked the import for good (reading waits for a writer that never comes), and an EvalPerf line nested 100000
deep or holding a 5000-digit integer was a ``RecursionError`` / ``ValueError`` traceback."""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
import tracemalloc
from itertools import product
from pathlib import Path

import pytest

from effbench.importers import common

from .datasets import ENAMEL_CSV, EVALPERF_JSONL, invoke

KINDS = ["enamel", "evalperf"]


def one_line(res) -> str:
    assert res.exit_code == 2, (res.exit_code, res.output, res.stderr, res.exception)
    assert res.stderr.count("\n") == 1 and res.stderr.startswith("effbench: error: "), res.stderr
    return res.stderr.strip()


@pytest.mark.parametrize("kind", KINDS)
def test_a_directory_is_not_a_data_file(tmp_path, kind):
    line = one_line(invoke("import", kind, tmp_path, "--out", tmp_path / "out"))
    assert f"{tmp_path}: a directory, not a data file" in line and not (tmp_path / "out").exists()


def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "data.fifo"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("kind", KINDS)
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path, kind):
    path = fifo(tmp_path)
    # were the importer to wait on the FIFO, this writer (after 10 s) ends the wait, so the test fails, not hangs
    writer = threading.Timer(10, lambda: open(path, "w").close())
    writer.daemon = True
    writer.start()
    try:
        line = one_line(invoke("import", kind, path, "--out", tmp_path / "out"))
    finally:
        writer.cancel()
    assert f"{path}: not a regular file (a FIFO)" in line


@pytest.mark.sandbox
def test_a_fifo_as_a_subprocess(tmp_path):
    path = fifo(tmp_path)
    done = subprocess.run([sys.executable, "-m", "effbench", "import", "enamel", str(path), "--out",
                           str(tmp_path / "out")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stderr == f"effbench: error: {path}: not a regular file (a FIFO)\n"


@pytest.mark.parametrize("line, reason", [
    ("[" * 100000 + "]" * 100000, "invalid JSON (nested too deeply)"),
    ('{"task_id": ' + "7" * 5000 + "}", "invalid JSON (a number with too many digits)"),
    ("pe_input", "pe_input: invalid JSON (nested too deeply)"),
], ids=["nested", "long-int", "nested-pe_input"])
def test_evalperf_json_that_breaks_the_reader_is_that_rows_error(tmp_path, line, reason):
    rows = EVALPERF_JSONL.read_text().splitlines()
    if line == "pe_input":
        line = json.dumps(dict(json.loads(rows[0]), pe_input="[" * 100000 + "]" * 100000))
    path = tmp_path / "evalperf.jsonl"
    path.write_text("\n".join([line] + rows) + "\n")
    got = one_line(invoke("import", "evalperf", path, "--out", tmp_path / "out"))
    assert f"{path}: row 1" in got and reason in got, got
    assert not (tmp_path / "out").exists()


def test_data_files_saved_with_a_byte_order_mark_import_as_without(tmp_path):
    """Excel's "CSV UTF-8" and PowerShell start a file with one: ENAMEL's CSV then had no column 'task_id' (the
    first column's name began with U+FEFF) and EvalPerf's row 1 was 'Unexpected UTF-8 BOM'; samples files already
    read through it."""
    from .datasets import ENAMEL_CSV
    for kind, source in (("enamel", ENAMEL_CSV), ("evalperf", EVALPERF_JSONL)):
        marked = tmp_path / f"marked-{source.name}"
        marked.write_bytes(b"\xef\xbb\xbf" + source.read_bytes())
        plain, out = (invoke("import", kind, path, "--out", tmp_path / f"{kind}-{name}", "--skip-bad")
                      for path, name in ((source, "plain"), (marked, "marked")))
        assert (plain.exit_code, out.exit_code, out.stderr) == (0, 0, plain.stderr), out.stderr
        assert out.stdout.split()[0] == plain.stdout.split()[0] != "0"  # as many tasks


def test_evalperf_lines_hold_unicode_line_separators_unescaped(tmp_path):
    """JSON allows U+2028, U+2029 and U+0085 unescaped in a string (json.dumps(ensure_ascii=False) writes them
    so), but str.splitlines() ends a line at each: the row was torn in two, two 'invalid JSON' rows."""
    rows = [json.loads(line) for line in EVALPERF_JSONL.read_text().splitlines()]
    rows[0]["prompt"] = rows[0]["prompt"].rstrip("\n") + "\n# see:\u2028\u2029\x85 below\n"
    path = tmp_path / "evalperf.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\r\n" for r in rows), encoding="utf-8")
    res = invoke("import", "evalperf", path, "--out", tmp_path / "out")
    assert res.exit_code == 0, res.stderr
    assert "\u2028\u2029\x85" in (tmp_path / "out" / "evalperf-toy-7" / "prompt.py").read_text(encoding="utf-8")


def test_gzip_compressed_data_files_import_as_the_plain_ones_whatever_their_name(tmp_path):
    """Samples files were read gzip-compressed by their magic bytes, but ENAMEL's CSV compressed was 'unreadable
    CSV ('utf-8' codec can't decode byte 0x8b ...)' and EvalPerf's was decompressed only when its name ended in
    .gz (a compressed file under another name was 'row 1: invalid JSON'; a plain one named .gz 'unreadable').  Each
    import now tells a compressed file by its first bytes, as the samples reader does."""
    from .datasets import ENAMEL_CSV
    for kind, source in (("enamel", ENAMEL_CSV), ("evalperf", EVALPERF_JSONL)):
        packed = gzip.compress(source.read_bytes())
        files = {"plain": source, "gz": tmp_path / f"{kind}.data.gz", "renamed": tmp_path / f"{kind}-renamed.txt",
                 "plain-named-gz": tmp_path / f"{kind}-plain.gz"}
        files["gz"].write_bytes(packed)
        files["renamed"].write_bytes(packed)
        files["plain-named-gz"].write_bytes(source.read_bytes())
        done = {name: invoke("import", kind, path, "--out", tmp_path / f"{kind}-{name}", "--skip-bad")
                for name, path in files.items()}
        assert {name: res.exit_code for name, res in done.items()} == dict.fromkeys(files, 0), \
            {name: res.stderr for name, res in done.items()}
        made = {name: sorted(p.name for p in (tmp_path / f"{kind}-{name}").iterdir()) for name in files}
        assert made["plain"] and all(m == made["plain"] for m in made.values()), made


@pytest.mark.parametrize("kind", KINDS)
def test_a_broken_gzip_file_is_one_line(tmp_path, kind):
    path = tmp_path / "data.gz"
    path.write_bytes(gzip.compress(b"x" * 5000)[:-30] + b"\x00" * 10)
    line = one_line(invoke("import", kind, path, "--out", tmp_path / "out"))
    assert str(path) in line and not (tmp_path / "out").exists()


@pytest.mark.parametrize("packed", [True, False], ids=["gzip", "plain"])
@pytest.mark.parametrize("kind", KINDS)
def test_a_data_file_past_the_read_limit_is_one_line_and_costs_no_more_memory_than_the_limit(tmp_path, monkeypatch,
                                                                                             kind, packed):
    """Found by measuring: 2 GB of spaces, gzipped (2 MB), given to ``effbench import`` were decompressed whole
    before the import could tell there was nothing in them (peak RSS 4.2 GB and 170 s for evalperf, 6.2 GB and 83 s
    for enamel, on a loaded 2-core VM), where a samples file was read to a limit.  A data set is now read by the
    samples file's reader, to the same limit.  The limit is lowered here (the real one is hundreds of MB) so that
    64 MiB of spaces show the bound in a moment."""
    monkeypatch.setattr(common, "MAX_READ_BYTES", 4 << 20)
    path = tmp_path / "bomb.data"
    mib = b" " * (1 << 20)
    # 64 gzip members of 1 MiB each (a gzip file may hold several, read one after another); a plain file is its
    # size on disk: 5 MiB is past 4
    path.write_bytes(gzip.compress(mib) * 64 if packed else mib * 5)
    tracemalloc.start()
    try:
        res = invoke("import", kind, path, "--out", tmp_path / "out")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert one_line(res) == (f"effbench: error: {path}: over 4 MiB{' once decompressed' if packed else ''}, the most "
                             "effbench reads of such a file")
    assert peak < 12 << 20, f"{peak >> 20} MiB held to refuse a file past 4 MiB"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("kind", KINDS)
def test_a_data_file_of_the_read_limit_imports_and_one_byte_more_is_refused(tmp_path, monkeypatch, kind):
    """The limit's edge, for a plain and a gzip-compressed file: the fixture data set padded with blank lines (no
    row) to the limit imports, one byte more is refused in one line."""
    limit = 64 << 10
    monkeypatch.setattr(common, "MAX_READ_BYTES", limit)
    source = (ENAMEL_CSV if kind == "enamel" else EVALPERF_JSONL).read_bytes()
    for extra, packed in product((0, 1), (False, True)):
        data = source + b"\n" * (limit + extra - len(source))
        path = tmp_path / f"data-{extra}-{packed}"
        path.write_bytes(gzip.compress(data) if packed else data)
        res = invoke("import", kind, path, "--out", tmp_path / f"out-{extra}-{packed}")
        if extra:
            assert f"{path}: over 0.0625 MiB" in one_line(res)
        else:
            assert res.exit_code == 0, res.stderr
