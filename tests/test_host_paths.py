"""The register of folders every sandbox hides wherever a tree it mounts holds them (effbench.sandbox.host_paths):
what it keeps in a long-lived process (the API's), and what a worker's start asks of it."""
from __future__ import annotations

from pathlib import Path

from effbench.sandbox import host_paths


def test_a_folder_registered_again_under_other_names_is_held_once(tmp_path, monkeypatch):
    """Each load of a suite registers its folders again (every run of an API process): held by their resolved
    path, the same folder reached through a symlink or a relative path is one entry, where it was one per name
    (each resolved again at every worker's start)."""
    suite = tmp_path / "suite"
    suite.mkdir()
    (tmp_path / "link").symlink_to(suite)
    monkeypatch.chdir(tmp_path)
    before = set(host_paths._KEPT_OUT)
    for name in (suite, tmp_path / "link", Path("link"), Path("suite"), Path("link/../suite")):
        assert host_paths.keep_out(name) == name  # given back as given: a store keeps its own root
    assert host_paths._KEPT_OUT - before == {suite.resolve()}


def test_a_working_directory_removed_under_the_process_is_nothing_to_hide(tmp_path, monkeypatch):
    """A long-lived process whose working directory was removed (a temporary folder cleaned up) started no worker:
    reading the working directory raised FileNotFoundError at every start."""
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    assert host_paths.to_hide([tmp_path], []) == []  # what a worker's start asks: it raised here
    assert host_paths.kept_out() == set(host_paths._KEPT_OUT)
