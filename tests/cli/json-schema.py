#!/usr/bin/env python3
"""tests/cli/json-schema.py DOC WRITER KIND:FILE...: check JSON output
against doc/parse-json.md.  KIND is parse or quotes; each FILE holds one
run's standard output.  Prints one line per problem (none: all agree):
 - a key written but not documented at its place, or of another type;
 - a value of an "(enum)" key that the document does not list;
 - a documented key never seen in the outputs, or absent from WRITER's
   source (so the document cannot list keys the writer lost)."""
import json
import re
import sys

TYPES = {str: "string", int: "integer", list: "array", dict: "object",
         type(None): "null", bool: "boolean", float: "number"}


def read_doc(path):
    """{place: {key: (types, element type or None, enum values or None)}}"""
    doc, place = {}, None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^### .*`([^`]+)`\s*$", line)
        if m:
            place = m.group(1)
            doc[place] = {}
            continue
        m = re.match(r"^\| `([a-z_]+)` \| ([^|]+) \|(.*)\|\s*$", line)
        if m and place is not None:
            key, ty, meaning = m.group(1), m.group(2), m.group(3)
            types = set(re.findall(r"\b(string|null|integer|array|object)\b",
                                   ty))
            elem = re.search(r"array of (string|object)s", ty)
            enum = (set(re.findall(r"`([^`]+)`", meaning))
                    if "(enum)" in ty else None)
            doc[place][key] = (types, elem.group(1) if elem else None, enum)
    return doc


def walk(v, place, doc, seen, problems, where):
    if isinstance(v, list):
        for x in v:
            walk(x, place + "[]", doc, seen, problems, where)
        return
    if not isinstance(v, dict):
        return
    spec = doc.get(place)
    if spec is None:
        problems.add("%s: object at %s is not documented" % (where, place))
        return
    for key, val in v.items():
        sub = key if place == "." else place + "." + key
        if key not in spec:
            problems.add("%s: key %s not documented" % (where, sub))
            continue
        seen.add((place, key))
        types, elem, enum = spec[key]
        t = TYPES.get(type(val), "?")
        if t not in types:
            problems.add("%s: %s is %s, documented %s" %
                         (where, sub, t, "/".join(sorted(types))))
        if elem is not None and isinstance(val, list):
            for x in val:
                if TYPES.get(type(x)) != elem:
                    problems.add("%s: %s holds a %s, documented %ss" %
                                 (where, sub, TYPES.get(type(x)), elem))
        if enum is not None and val not in enum:
            problems.add("%s: %s = %r is not listed" % (where, sub, val))
        if isinstance(val, (dict, list)):
            walk(val, sub, doc, seen, problems, where)


def main():
    doc = read_doc(sys.argv[1])
    writer = open(sys.argv[2], encoding="utf-8").read()
    seen, problems, runs = set(), set(), 0
    for arg in sys.argv[3:]:
        kind, path = arg.split(":", 1)
        text = open(path, encoding="utf-8").read()
        if text == "":
            continue
        try:
            v = json.loads(text)
        except ValueError as e:
            problems.add("%s: not JSON: %s" % (path, e))
            continue
        runs += 1
        walk(v, "." if kind == "parse" else "quotes", doc, seen, problems,
             kind)
    if runs == 0:
        problems.add("no output to check")
    for place, keys in sorted(doc.items()):
        for key in sorted(keys):
            if (place, key) not in seen:
                problems.add("documented %s key %s never written" %
                             (place, key))
            if not re.search(r'\\?"%s\\?"' % re.escape(key), writer):
                problems.add("documented %s key %s not in the writer" %
                             (place, key))
    for p in sorted(problems):
        print(p)
    print("checked %d outputs" % runs, file=sys.stderr)


main()
