#!/usr/bin/env python3
"""tests/quote/eval/score.py: score `tidings --quotes` over the evaluation
articles against their NAME.expect files (see README).

usage: score.py TIDINGS DIR [--set dev|held|...|NAME|all] [--check] [-v]

An expected quotation is matched to the found one whose text starts with
the expected start (spaces folded).  Figures:
  found      expected speech quotations found as speech
  right      of those with a named speaker, the share given that name
  wrong-name of those the text leaves unattributed, the share given a name
  term->speech  expected terms reported as speech
--check exits 1 below found 95%, right 90%, any term taken as speech, or
more than 1 in 10 unattributed quotations given a name.
"""
import json, os, subprocess, sys
from collections import defaultdict

def norm(s):
    return " ".join(s.split())

def load_expect(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 4:
                sys.exit("%s:%d: want 4 tab-separated fields" % (path, n))
            rows.append(dict(style=parts[0], kind=parts[1],
                             speaker=parts[2], text=norm(parts[3])))
    return rows

def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    check = "--check" in args
    which = "all"
    if "--set" in args:
        which = args[args.index("--set") + 1]
    pos = [a for a in args if not a.startswith("-") and a not in
           ("dev", "held", "all")]
    tidings, d = pos[0], pos[1]
    names = sorted(f[:-7] for f in os.listdir(d) if f.endswith(".expect"))
    if which != "all":
        names = [n for n in names if n == which or n.startswith(which + "-")]
    tot = defaultdict(lambda: [0, 0, 0])   # style -> found, right, named
    speech = found = named = right = unatt = wrongname = terms = t2s = 0
    for name in names:
        exp = load_expect(os.path.join(d, name + ".expect"))
        out = subprocess.run([tidings, "--quotes",
                              os.path.join(d, name + ".xml")],
                             capture_output=True, check=True).stdout
        got = [q for q in json.loads(out.decode("utf-8"))
               if q["kind"] != "block" and q.get("level", 1) == 1]
        used = set()
        for e in exp:
            hit = None
            for i, q in enumerate(got):
                if i not in used and norm(q["text"]).startswith(e["text"]):
                    hit = i
                    break
            if hit is not None:
                used.add(hit)
            q = got[hit] if hit is not None else None
            st = tot[e["style"]]
            if e["kind"] == "term":
                terms += 1
                bad = q is not None and q["kind"] == "speech"
                t2s += bad
                if verbose and bad:
                    print("%s: term taken as speech: %s" % (name, e["text"]))
                continue
            speech += 1
            st[2] += 1
            ok_found = q is not None and q["kind"] == "speech"
            found += ok_found
            st[0] += ok_found
            sp = q["speaker"] if ok_found else ""
            if e["speaker"]:
                named += 1
                good = sp == e["speaker"]
            else:
                unatt += 1
                good = sp == ""
                wrongname += not good
            right += good and bool(e["speaker"])
            st[1] += good
            if verbose and not (ok_found and good):
                print("%s [%s]: %s: want %r got %r" % (name, e["style"],
                      e["text"][:40], e["speaker"],
                      sp if ok_found else ("(not found)" if q is None
                                           else "(" + q["kind"] + ")")))
    pct = lambda a, b: 100.0 * a / b if b else 100.0
    print("set %s: %d articles, %d speech quotations, %d terms" %
          (which, len(names), speech, terms))
    print("found %.1f%%  speakers right %.1f%% (%d/%d)  unattributed given "
          "a name %d/%d  terms taken as speech %d" % (pct(found, speech),
          pct(right, named), right, named, wrongname, unatt, t2s))
    for s in sorted(tot):
        f, r, n = tot[s]
        print("  %-9s %3d quotes  found %5.1f%%  right %5.1f%%" %
              (s, n, pct(f, n), pct(r, n)))
    if check:
        bad = (pct(found, speech) < 95 or pct(right, named) < 90 or t2s > 0
               or wrongname * 10 > unatt)
        sys.exit(1 if bad else 0)

main()
