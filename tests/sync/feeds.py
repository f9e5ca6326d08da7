#!/usr/bin/env python3
"""feeds.py: fixture feeds for tests/sync, python3 stdlib only.

  feeds.py write DIR NAME FIRST LAST   DIR/NAME.xml: RSS items FIRST..LAST
  feeds.py serve DIR PORTFILE          serve DIR on 127.0.0.1 (a free port,
                                       written to PORTFILE), until killed
"""
import functools, http.server, os, sys

def write(d, name, first, last):
    items = "".join(
        f"<item><title>{name} item {i}</title>"
        f"<link>http://127.0.0.1/{name}/{i}.html</link>"
        f"<guid isPermaLink=\"false\">{name}-{i}</guid>"
        f"<pubDate>{day(i)}</pubDate>"
        f"<description>&lt;p&gt;Body of {name} item {i}.&lt;/p&gt;</description></item>\n"
        for i in range(first, last + 1))
    tmp = os.path.join(d, name + ".xml.tmp")
    with open(tmp, "w") as f:
        f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                f"<title>{name.capitalize()}</title><link>http://127.0.0.1/{name}/</link>"
                f"<description>{name} fixture</description>\n{items}</channel></rss>\n")
    os.replace(tmp, os.path.join(d, name + ".xml"))

def day(i):
    # distinct dates, older items first: minutes after a fixed start
    import email.utils
    return email.utils.formatdate(1700000000 + 60 * i, usegmt=True)

class H(http.server.SimpleHTTPRequestHandler):
    def log_message(self, fmt, *a):
        pass
    # Last-Modified has whole seconds: a feed rewritten within the second
    # of the server's last fetch would get a 304, or the same validator,
    # which Miniflux also takes for "not modified".  The tests rewrite
    # feeds faster than that, so no validator is sent and none honoured.
    def send_head(self):
        for h in ("If-Modified-Since", "If-None-Match"):
            del self.headers[h]
        return super().send_head()
    def send_header(self, key, value):
        if key.lower() != "last-modified":
            super().send_header(key, value)

if sys.argv[1] == "write":
    write(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
else:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                          functools.partial(H, directory=sys.argv[2]))
    with open(sys.argv[3] + ".tmp", "w") as f:
        f.write(str(srv.server_address[1]))
    os.replace(sys.argv[3] + ".tmp", sys.argv[3])
    srv.serve_forever()
