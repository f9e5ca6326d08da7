#!/usr/bin/env python3
"""First-paint timer for the TUI (a tool, not a test).

    paint-bench.py [--runs N] [--pattern TEXT] -- TIDINGS ARGS...

Starts tidings on a fresh 80x24 pseudo-terminal, reads what it writes and
stops the clock when TEXT (default: the key-hints bar, "q:Quit", which is
drawn last) has been written; then sends Q.  Prints each run's time and
peak RSS (VmHWM), and the best and median.  The time includes the process
start (dynamic linking) and the store open, as a user would wait for them.

Example on a 1M-article cache made by bench/store-gen:
    python3 tests/tui/paint-bench.py -- src/tidings -u URLS -c cache.db -C /dev/null
"""
import argparse
import os
import pty
import select
import struct
import sys
import time

try:
    import fcntl
    import termios
except ImportError:  # pragma: no cover
    sys.exit("needs a POSIX system")


def once(argv, pattern):
    t0 = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.environ["TERM"] = os.environ.get("TERM", "screen-256color")
        os.execv(argv[0], argv)
    seen = b""
    while pattern not in seen:
        r, _, _ = select.select([fd], [], [], 30)
        if not r:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            return None
        try:
            seen += os.read(fd, 65536)
        except OSError:
            return None
    t1 = time.monotonic()
    with open("/proc/%d/status" % pid) as f:
        hwm = next((int(l.split()[1]) for l in f if l.startswith("VmHWM")), 0)
    os.write(fd, b"Q")
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    return (t1 - t0) * 1000.0, hwm


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--pattern", default="q:Quit")
    ap.add_argument("argv", nargs="+")
    a = ap.parse_args()
    res = []
    for _ in range(a.runs):
        r = once(a.argv, a.pattern.encode())
        if r is None:
            sys.exit("no paint within 30 s")
        res.append(r)
        print("%.1f ms  %d KiB" % r)
    ts = sorted(r[0] for r in res)
    print("best %.1f ms  median %.1f ms  peak RSS %.1f MiB" %
          (ts[0], ts[len(ts) // 2], max(r[1] for r in res) / 1024.0))


if __name__ == "__main__":
    main()
