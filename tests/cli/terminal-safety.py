#!/usr/bin/env python3
"""Feeds that carry every byte and every terminal-hostile code point, and
checks that what tidings prints or draws carries none of them raw.

  terminal-safety.py feeds DIR        write the feeds into DIR
  terminal-safety.py opml FILE        write an OPML file of hostile feeds
  terminal-safety.py check KIND FILE  exit 1 (with a report) when FILE,
                                      tidings' output of kind KIND (text,
                                      json, opml or tty), is unsafe

Shared by tests/cli/terminal-safety.sh and tests/tui/terminal-safety.sh.
"""
import json
import re
import sys
import xml.dom.minidom

# Terminal sequences, each with a marker that a sanitiser which drops the
# whole sequence never lets through: CSI (7- and 8-bit), OSC (title, the
# clipboard, hyperlinks), DCS, APC, PM, SOS, RIS, DECALN, and the reports
# that make a terminal type into its input (DSR, title report, DA).
SEQUENCES = [
    "\x1b[1337;31mred", "\x1b[6n", "\x1b[21t", "\x1b[c", "\x1bc", "\x1b#8",
    "\x1b]0;ZQOSCTITLE\x07", "\x1b]52;c;ZQOSCCLIP\x1b\\",
    "\x1b]8;;https://ZQOSCLINK/\x1b\\ln\x1b]8;;\x1b\\",
    "\x1bPZQDCS\x1b\\", "\x1b_ZQAPC\x1b\\", "\x1b^ZQPM\x1b\\", "\x1bXZQSOS\x1b\\",
    "\x9b1337;41mbg", "\x9d2;ZQC1OSC\x9c", "\x90ZQC1DCS\x9c", "\x9fZQC1APC\x9c",
    "\x9eZQC1PM\x9c", "\x98ZQC1SOS\x9c",
]
MARKERS = ["ZQOSC", "ZQDCS", "ZQAPC", "ZQPM", "ZQSOS", "ZQC1"]
BIDI = [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
        0x2069, 0x200E, 0x200F, 0x061C]
# U+200C/U+200D (ZWNJ, ZWJ) are carried too but allowed out: Persian and
# Indic shaping and emoji sequences need them, and they move nothing.
ZERO_WIDTH = [0x200B, 0x2060, 0xFEFF]
CARRIED_ZW = ZERO_WIDTH + [0x200C, 0x200D]


def payload(tag, low=1):
    """The hostile text: code points low..0xFF, the sequences, bidi and
    zero-width controls, between two readable words."""
    # An ST after U+009F ends the DCS/OSC/PM/APC that U+0090, U+0098 and
    # U+009D-U+009F open, so a sanitiser has no reason to drop the rest.
    s = "".join(chr(c) for c in range(low, 0xA0)) + "\x9c"
    s += "".join(chr(c) for c in range(0xA0, 0x100))
    s += "".join(SEQUENCES)
    s += "".join("x" + chr(c) for c in BIDI + CARRIED_ZW)
    return "%s-begin %s %s-end" % (tag, s, tag)


def xml_refs(s, attr=False):
    """s as XML text with every non-printable-ASCII character a numeric
    reference (&#x0; included, though XML 1.0 forbids it)."""
    out = []
    for ch in s:
        c = ord(ch)
        if ch in "<>&\"'":
            out.append("&#x%x;" % c)
        elif 0x20 <= c < 0x7f:
            out.append(ch)
        else:
            out.append("&#x%x;" % c)
    return "".join(out)


def html_refs(s):
    """s as HTML text (references), then escaped once more for XML."""
    return xml_refs(xml_refs(s).replace("&#x", "&amp;#x"))


def html_body(tag):
    # An HTML body: the payload as text, in an attribute, inside a link
    # and a list whose start once overflowed int (-2147483648 - 1).
    p = xml_refs(payload(tag))
    return ('<p>%s</p><p><a href="https://example.org/%s">%s-link</a></p>'
            '<ol start="-2147483648"><li>%s</li></ol><pre>%s</pre>'
            % (p, p, tag, p, p))


def rss_refs():
    e = xml_refs
    item = lambda n: (
        "<item><title>%s</title><guid>ts-rss-%d</guid>"
        "<link>https://example.org/%s</link>"
        "<author>%s</author><dc:creator>%s</dc:creator>"
        "<category>%s</category>"
        "<description>%s</description>"
        "<content:encoded>%s</content:encoded>"
        '<enclosure url="https://example.org/%s.mp3" type="%s" length="1"/>'
        "</item>" % (e(payload("RSSTITLE%d" % n)), n, e(payload("RSSLINK")),
                     e(payload("RSSAUTHOR")), e(payload("RSSCREATOR")),
                     e(payload("RSSCAT")), e(html_body("RSSDESC")),
                     e(html_body("RSSCONTENT")), e(payload("RSSENC")),
                     e(payload("RSSTYPE"))))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            "<channel><title>%s</title><link>https://example.org/%s</link>"
            "<description>%s</description>%s%s</channel></rss>\n"
            % (e(payload("RSSFEED")), e(payload("RSSFEEDLINK")),
               e(payload("RSSFEEDDESC")), item(1), item(2))).encode("ascii")


def raw_bytes(tag):
    """Every byte 0x00-0xFF raw except the markup ones, in a latin-1 text."""
    b = bytes(c for c in range(1, 0xA0) if c not in b"<>&") + b"\x9c" + \
        bytes(range(0xA0, 0x100))
    return ("%s-begin " % tag).encode() + b + (
        "".join(SEQUENCES).encode("latin-1", "replace")) + (
        " %s-end" % tag).encode()


def rss_latin1():
    return (b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0">'
            b"<channel><title>" + raw_bytes(b"LATINFEED".decode()) +
            b"</title><link>https://example.org/latin1</link>"
            b"<item><title>" + raw_bytes("LATINTITLE") + b"</title>"
            b"<guid>ts-latin1</guid><author>" + raw_bytes("LATINAUTHOR") +
            b"</author><description>" + raw_bytes("LATINDESC") +
            b"</description></item></channel></rss>\n")


def atom_1252():
    e = xml_refs
    head = ('<?xml version="1.0" encoding="windows-1252"?>\n'
            '<feed xmlns="http://www.w3.org/2005/Atom">').encode()
    raw = lambda tag: raw_bytes(tag)
    return (head + b"<title>" + raw("ATOMFEED") + b"</title><id>ts-atom</id>"
            + ("<updated>2024-01-01T00:00:00Z</updated>"
               "<entry><id>ts-atom-1</id><updated>2024-01-01T00:00:00Z</updated>"
               '<title type="text">%s</title>'
               "<author><name>%s</name><email>%s</email><uri>%s</uri></author>"
               '<link rel="alternate" href="https://example.org/%s"/>'
               '<link rel="enclosure" href="https://example.org/%s" type="%s"/>'
               '<content type="text">%s</content></entry>'
               "<entry><id>ts-atom-2</id><updated>2024-01-01T00:00:00Z</updated>"
               '<title type="html">%s</title>'
               '<summary type="html">%s</summary>'
               '<content type="html">%s</content></entry>'
               % (e(payload("ATOMTITLE")), e(payload("ATOMAUTHOR")),
                  e(payload("ATOMEMAIL")), e(payload("ATOMURI")),
                  e(payload("ATOMLINK")), e(payload("ATOMENC")),
                  e(payload("ATOMTYPE")), e(payload("ATOMTEXT")),
                  html_refs(payload("ATOMHTMLTITLE")),
                  e(html_body("ATOMSUMMARY")), e(html_body("ATOMHTML")))
               ).encode() + b"<entry><id>ts-atom-3</id>"
            b"<updated>2024-01-01T00:00:00Z</updated><title>" +
            raw("ATOMRAW") + b"</title><content>" + raw("ATOMRAWBODY") +
            b"</content></entry></feed>\n")


def json_feed():
    p = payload
    item = {
        "id": "ts-json-1", "url": "https://example.org/" + p("JSONURL"),
        "title": p("JSONTITLE"), "content_text": p("JSONTEXT"),
        "authors": [{"name": p("JSONAUTHOR"), "url": p("JSONAUTHORURL")}],
        "tags": [p("JSONTAG")],
        "attachments": [{"url": "https://example.org/" + p("JSONENC"),
                         "mime_type": p("JSONTYPE"), "title": p("JSONENCT")}],
    }
    item2 = {"id": "ts-json-2", "title": p("JSONTITLE2"),
             "content_html": html_body("JSONHTML"),
             "summary": p("JSONSUMMARY")}
    doc = {"version": "https://jsonfeed.org/version/1.1",
           "title": p("JSONFEED"), "home_page_url": "https://example.org/",
           "description": p("JSONDESC"), "items": [item, item2]}
    return json.dumps(doc, ensure_ascii=True).encode()


def opml():
    """An OPML file, for -i: XML 1.0 carries no C0 but TAB, LF and CR, so
    its hostile text is the rest, with the 8-bit sequences; the second
    feed's address has no white space, so it can be taken."""
    seq8 = [q for q in SEQUENCES if "\x1b" not in q]
    text = lambda tag: "".join(chr(c) for c in range(0x20, 0x100)) + \
        "".join(seq8) + "".join("x" + chr(c) for c in BIDI + CARRIED_ZW)
    p = xml_refs("OPMLTITLE-begin %s OPMLTITLE-end" % text("OPMLTITLE"))
    u = xml_refs("https://example.org/OPMLURL-" +
                 "".join(ch for ch in text("OPMLURL") if ch not in " \t"))
    return ('<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head>'
            '<title>%s</title></head><body>'
            '<outline text="%s" title="%s" type="rss" xmlUrl="%s"/>'
            '<outline text="%s" type="rss" xmlUrl="https://example.org/o.xml"/>'
            '</body></opml>\n' % (p, p, p, u, p)).encode()


FEEDS = {"rss-refs.xml": rss_refs, "rss-latin1.xml": rss_latin1,
         "atom-1252.xml": atom_1252, "feed.json": json_feed}


# ---- checks ------------------------------------------------------------

def bad_codepoints(text, allow="\n\t"):
    """(offset, description) of each code point that must not be written
    raw: C0 but allow, DEL, C1, bidi, zero-width, and undecodable bytes."""
    for i, ch in enumerate(text):
        c = ord(ch)
        if 0xDC80 <= c <= 0xDCFF:
            yield i, "undecodable byte 0x%02x" % (c - 0xDC00)
        elif (c < 0x20 and ch not in allow) or 0x7F <= c <= 0x9F:
            yield i, "control U+%04X" % c
        elif c in BIDI:
            yield i, "bidi control U+%04X" % c
        elif c in ZERO_WIDTH:
            yield i, "zero-width U+%04X" % c


def check_text(data):
    text = data.decode("utf-8", "surrogateescape")
    # No ESC at all, so a marker left over (text whose ESC was dropped
    # earlier, e.g. by the HTML parser) is only text.
    return ["%s at %d" % (d, i) for i, d in bad_codepoints(text)]


def check_json(data):
    # Control characters (C0, DEL, C1) \u-escaped; the document valid.
    text = data.decode("utf-8", "surrogateescape")
    probs = ["raw %s at %d" % (d, i) for i, d in bad_codepoints(text, "\n")
             if d.startswith(("control", "undecodable"))]
    try:
        for line in [text] if text.lstrip().startswith("[") or "\n" not in text.strip() else text.splitlines():
            if line.strip():
                json.loads(line)
    except ValueError as e:
        probs.append("not JSON: %s" % e)
    return probs


def check_opml(data):
    # Valid XML, and no attribute or text carries what a terminal or a
    # reader would act on, raw or as a reference.
    probs = ["raw %s at %d" % (d, i) for i, d in
             bad_codepoints(data.decode("utf-8", "surrogateescape"))]
    try:
        dom = xml.dom.minidom.parseString(data)
    except Exception as e:  # noqa: BLE001 - any parse error fails the check
        return probs + ["not XML: %s" % e]
    for el in dom.getElementsByTagName("*"):
        for k, v in el.attributes.items():
            probs += ["%s=: %s" % (k, d) for _, d in bad_codepoints(v, "")]
    return probs


CSI = re.compile(r"\x1b\[([\x30-\x3f]*)[\x20-\x2f]*[\x40-\x7e]")
# Any ESC sequence as ECMA-48 delimits it: CSI, a string (OSC, DCS, SOS,
# PM, APC) to its BEL or ST, or ESC, intermediates and a final byte.
ESCSEQ = re.compile(r"\x1b(\[[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
                    r"|[\]PX^_][^\x07\x1b]*(\x07|\x1b\\)?"
                    r"|[\x20-\x2f]*[\x30-\x7e]?)")


def check_tty(data):
    # What a program wrote to its terminal: ncurses' own CSI sequences and
    # charset switches only; no string sequence (OSC, DCS, APC, PM, SOS),
    # no reset, no report request, no sequence of the feed's (1337).
    text = data.decode("utf-8", "surrogateescape")
    probs = []
    for i, d in bad_codepoints(text, "\n\t\r\b\x07\x1b\x0e\x0f"):
        probs.append("%s at %d" % (d, i))
    for m in re.finditer(r"\x1b([\]P_^X]|c|#8|\[6n|\[21t|\[c)", text):
        probs.append("sequence ESC %r at %d" % (m.group(1), m.start()))
    for m in CSI.finditer(text):
        if "1337" in m.group(1):
            probs.append("the feed's CSI %r at %d" % (m.group(0), m.start()))
    # A feed's text may show (its ESC dropped); inside a sequence never.
    for m in ESCSEQ.finditer(text):
        probs += ["marker %s inside %r" % (k, m.group(0)[:40])
                  for k in MARKERS + ["ZQ"] if k in m.group(0)]
    if "\x1bZ" in text:
        probs.append("ESC Z (DECID, the terminal answers)")
    if "\x07" in text:
        probs.append("BEL (a feed's OSC terminator or a bell)")
    return probs


def main(argv):
    if len(argv) == 3 and argv[1] == "feeds":
        for name, make in FEEDS.items():
            with open("%s/%s" % (argv[2], name), "wb") as f:
                f.write(make())
        return 0
    if len(argv) == 3 and argv[1] == "opml":
        with open(argv[2], "wb") as f:
            f.write(opml())
        return 0
    if len(argv) == 4 and argv[1] == "check":
        with open(argv[3], "rb") as f:
            data = f.read()
        probs = {"text": check_text, "json": check_json, "opml": check_opml,
                 "tty": check_tty}[argv[2]](data)
        for p in probs[:20]:
            print("# %s" % p)
        if len(probs) > 20:
            print("# ... %d more" % (len(probs) - 20))
        return 1 if probs else 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
