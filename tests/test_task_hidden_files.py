"""Files the author's machine puts in a task folder (macOS's ``.DS_Store``, an editor's swap file): no part of the
task.  Found by the small-defects review: a task copied to a Mac hashed otherwise, so a run of it refused to
resume ('different suite_hash') and leaderboards refused to merge it."""
from __future__ import annotations

from effbench.tasks.task import load_task

from . import test_bad_input

suite = test_bad_input.suite  # the one-task suite fixture, shared


def test_hidden_files_and_folders_leave_the_task_hash_as_it_was(suite):
    tasks, _ = suite
    before = load_task(tasks / "t").content_hash()
    (tasks / "t" / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    (tasks / "t" / "solutions" / "._loop.py").write_bytes(b"\0\5\26\7")  # AppleDouble, on a non-Mac disk
    (tasks / "t" / ".task.toml.swp").write_bytes(b"b0VIM 9.0")
    (tasks / "t" / ".git").mkdir()
    (tasks / "t" / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    assert load_task(tasks / "t").content_hash() == before
    (tasks / "t" / "notes.md").write_text("a visible file is the author's, and counts\n")
    assert load_task(tasks / "t").content_hash() != before


def test_a_hidden_file_in_the_pool_is_not_a_pool_member(suite):
    """``pool/._member.py`` (AppleDouble, which a Mac writes beside a copied file) was a member of the pool."""
    tasks, _ = suite
    (tasks / "t" / "pool").mkdir(exist_ok=True)
    (tasks / "t" / "pool" / "member.py").write_text("def prefix_max(nums):\n    return nums\n")
    (tasks / "t" / "pool" / "._member.py").write_bytes(b"\0\5\26\7\0\2\0\0Mac OS X")
    assert [name for name, _ in load_task(tasks / "t").pool] == ["pool/member"]
