#!/usr/bin/env python3
"""Compare two render-dump outputs document by document.

  libxml2-next-cmp.py BASE NEXT KNOWN [-r RECORDS] FILE...

BASE and NEXT are what `render-dump FILE...` and then
`render-dump -r RECORDS` printed on two builds: one RS "== NAME #N" line
before each document's lines.  Each document is known by the first 16
hex digits of the SHA-256 of its bytes.  KNOWN lists documents that may
differ (one "HASH  why" a line, '#' comments): libxml2 2.14's HTML
tokenizer follows HTML where 2.9.14's did not, and tidings does not
rewrite a tokenizer of its own.  Prints one line per document that
differs; exit 1 if any differs that KNOWN does not list.
"""
import hashlib
import sys


def sections(path):
    out, cur = [], None
    with open(path, "rb") as f:
        for line in f:
            if line.startswith(b"\x1e== "):
                cur = []
                out.append(cur)
            elif cur is not None:
                cur.append(line)
    return [b"".join(s) for s in out]


def main(argv):
    base, nxt, known_path = argv[1:4]
    docs, args, records = [], argv[4:], False
    for a in args:
        if a == "-r":
            records = True
            continue
        with open(a, "rb") as f:
            data = f.read()
        docs.extend(data.split(b"\x1e") if records else [data])
        records = False
    known = {}
    with open(known_path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                h, _, why = line.partition(" ")
                known[h] = why.strip()
    a, b = sections(base), sections(nxt)
    if not (len(a) == len(b) == len(docs)):
        print("    documents: %d inputs, %d and %d renders"
              % (len(docs), len(a), len(b)))
        return 1
    unknown = seen = 0
    for doc, ra, rb in zip(docs, a, b):
        h = hashlib.sha256(doc).hexdigest()[:16]
        if ra == rb:
            continue
        head = doc[:60].decode("utf-8", "replace").replace("\n", " ")
        if h in known:
            seen += 1
            print("    known    %s %r: %s" % (h, head, known[h]))
        else:
            unknown += 1
            print("    DIFFERS  %s %r" % (h, head))
            print("      base: %r" % ra[:160].decode("utf-8", "replace"))
            print("      next: %r" % rb[:160].decode("utf-8", "replace"))
    print("    %d documents, %d differ as known, %d otherwise"
          % (len(docs), seen, unknown))
    return 1 if unknown else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
