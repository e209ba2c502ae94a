"""The one deadline-bounded frame reader behind the sandbox client and the checker process."""
from __future__ import annotations

import os
import threading
import time

import pytest
from effbench_runners import wire

from effbench.sandbox.frames import FrameReadError, FrameReader


@pytest.fixture
def pipe():
    read_fd, write_fd = os.pipe()
    yield read_fd, write_fd
    for fd in (read_fd, write_fd):
        try:
            os.close(fd)
        except OSError:
            pass


def test_frames_split_anywhere_and_bytes_past_a_frame_kept_for_the_next(pipe):
    read_fd, write_fd = pipe
    data = wire.pack_frame(b"first") + wire.pack_frame(b"") + wire.pack_frame(b"x" * 70000)
    reader = FrameReader(read_fd)

    def dribble():
        for i in range(0, len(data), 3001):
            os.write(write_fd, data[i:i + 3001])

    writer = threading.Thread(target=dribble)
    writer.start()
    deadline = time.monotonic() + 10
    assert [reader.frame(deadline) for _ in range(3)] == [b"first", b"", b"x" * 70000]
    writer.join()


def test_no_answer_by_the_deadline_is_a_timeout_even_mid_frame(pipe):
    read_fd, write_fd = pipe
    os.write(write_fd, wire.pack_frame(b"abcdef")[:-2])
    started = time.monotonic()
    with pytest.raises(FrameReadError) as caught:
        FrameReader(read_fd).frame(started + 0.2)
    assert caught.value.reason == "timeout"
    assert 0.15 < time.monotonic() - started < 5


def test_a_closed_channel_mid_frame_is_closed_not_a_hang(pipe):
    read_fd, write_fd = pipe
    os.write(write_fd, wire.pack_frame(b"abcdef")[:3])
    os.close(write_fd)
    with pytest.raises(FrameReadError) as caught:
        FrameReader(read_fd).frame(time.monotonic() + 30)
    assert caught.value.reason == "closed"


def test_a_failing_read_is_an_error_with_its_cause(pipe):
    read_fd, write_fd = pipe
    os.write(write_fd, b"\0")
    reader = FrameReader(read_fd)
    os.close(read_fd)
    with pytest.raises(FrameReadError) as caught:
        reader.frame(time.monotonic() + 5)
    assert caught.value.reason == "error"
