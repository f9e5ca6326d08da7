#!/usr/bin/env python3
"""Loopback HTTP test server for tidings' fetch tests (stdlib only).

  server.py --dir FIXTURES --port-file F --log F [--tls-cert C --tls-key K
            --tls-port-file F]

Binds 127.0.0.1 on port 0 and writes the port to --port-file.  Every
request is logged as one tab-separated line:
    host  path  status  if-none-match  if-modified-since  accept-encoding
    user-agent  active-on-host  range
(with "-" for absent headers), flushed at once, so a test can read what was
asked for and how it was answered.

Paths (NAME is a file in --dir):
  /feed/NAME        the file, with ETag and Last-Modified; 304 when the
                    validators match; gzip when asked
  /auth/NAME        the same for user "user", password "s3cret" (basic),
                    else 401
  http://HOST/PATH  (a proxy request) as PATH
  /ct/CHARSET/NAME  the same with Content-Type: application/xml; charset=CHARSET
  /maxage/N/NAME    the same with Cache-Control: max-age=N
  /gzip/NAME        always gzip-encoded (Content-Encoding: gzip)
  /r301/NAME /r308/NAME /r302/NAME   redirect to /feed/NAME
  /loop/N           302 to /loop/N+1, for ever
  /tofile           302 to file:///etc/passwd
  /status/CODE      that status with a short text body
  /retry/SECONDS    429 with Retry-After: SECONDS
  /html             an HTML page, 200, text/html
  /empty            200 with an empty body
  /truncated        Content-Length larger than what is sent, then close
  /reset            part of the body, then a TCP reset
  /drip             headers, then one byte every 0.3 s
  /hang             accepts, reads the request, never answers
  /bomb/MB          MB megabytes of zeros, gzip-encoded (a few KB on the wire)
  /big/MB           MB megabytes, streamed without Content-Length
  /biglen/MB        Content-Length: MB megabytes (nothing sent after it)
  /delay/MS/NAME    /feed/NAME after MS milliseconds
  /toggle/NAME      like /feed/NAME until /__break/NAME, then 500
  /flaky/N/NAME     503 for the first N requests of this path, then NAME
  /garbage          4 KB of (seeded) random bytes instead of a reply, then close
  /blob/SIZE/NAME   SIZE bytes (seeded random, the same each time) with
                    Range: bytes=N- answered 206 (416 past the end); query
                    options: norange=1 answers 200 with everything,
                    cut=K sends only K bytes (Content-Length the whole)
                    and closes when the request has no Range, slow=MS
                    sleeps MS between 16 KB pieces, badrange=1 answers a
                    Range with 206 and the whole file (bytes 0-)
  /rblob/SIZE/NAME  302 to /blob/SIZE/NAME (the query kept)
  /longheader       a status line, then one header line that never ends
                    (1 MB without a newline), then close
"""
import argparse
import email.utils
import gzip
import hashlib
import os
import random
import socket
import ssl
import struct
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
ACTIVE = {}
BROKEN = set()
FLAKY = {}   # /flaky/N/NAME: requests seen per path


class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "tidings-test/1"

    def log_message(self, fmt, *args):
        pass

    def log_req(self, status):
        h = self.headers
        line = "\t".join([
            (h.get("Host") or "-").split(":")[0], self.path, str(status),
            h.get("If-None-Match") or "-", h.get("If-Modified-Since") or "-",
            h.get("Accept-Encoding") or "-", h.get("User-Agent") or "-",
            str(self.active), h.get("Range") or "-"])
        with LOCK:
            self.server.logf.write(line + "\n")
            self.server.logf.flush()

    def send(self, code, body=b"", headers=(), log=True):
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        if code != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body and code != 304:
            self.wfile.write(body)
        if log:
            self.log_req(code)

    def serve_file(self, name, extra=(), force_gzip=False, ctype=None):
        path = os.path.join(self.server.dir, os.path.basename(name))
        if not os.path.isfile(path) or (self.path.startswith("/toggle/")
                                        and name in BROKEN):
            return self.send(404 if not os.path.isfile(path) else 500,
                             b"no such feed\n", [("Content-Type", "text/plain")])
        st = os.stat(path)
        with open(path, "rb") as f:
            body = f.read()
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        lm = email.utils.formatdate(int(st.st_mtime), usegmt=True)
        hdrs = [("ETag", etag), ("Last-Modified", lm),
                ("Content-Type", ctype or "application/xml")] + list(extra)
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if (inm is not None and inm == etag) or (inm is None and ims == lm):
            return self.send(304, b"", hdrs)
        ae = self.headers.get("Accept-Encoding") or ""
        if force_gzip or "gzip" in ae:
            body = gzip.compress(body)
            hdrs.append(("Content-Encoding", "gzip"))
        self.send(200, body, hdrs)

    def blob(self, size, path):
        opts = dict(kv.split("=", 1) for kv in
                    (path.split("?", 1)[1].split("&") if "?" in path else [])
                    if "=" in kv)
        body = random.Random(size).randbytes(size)
        rng = self.headers.get("Range")
        start = 0
        if rng and opts.get("norange") != "1" and rng.startswith("bytes="):
            start = int(rng[6:].split("-", 1)[0] or 0)
            if start >= size:
                return self.send(416, b"", [("Content-Range", "bytes */%d" % size)])
        code = 206 if start > 0 else 200
        if opts.get("badrange") == "1" and start > 0:
            start = 0
        part = body[start:]
        self.log_req(code)
        self.send_response(code)
        self.send_header("Content-Type", "audio/mpeg")
        self.send_header("Accept-Ranges", "bytes")
        if code == 206:
            self.send_header("Content-Range", "bytes %d-%d/%d" % (start, size - 1, size))
        self.send_header("Content-Length", str(len(part)))
        cut = int(opts.get("cut", -1))
        if cut >= 0 and not rng:
            self.send_header("Connection", "close")
            self.end_headers()
            self.raw(part[:cut])
            self.close_connection = True
            return
        self.end_headers()
        slow = int(opts.get("slow", 0))
        for i in range(0, len(part), 16384):
            self.wfile.write(part[i:i + 16384])
            if slow:
                self.wfile.flush()
                time.sleep(slow / 1000.0)
        self.wfile.flush()

    def raw(self, data):
        self.wfile.write(data)
        self.wfile.flush()

    def do_GET(self):
        host = (self.headers.get("Host") or "-").split(":")[0]
        with LOCK:
            ACTIVE[host] = ACTIVE.get(host, 0) + 1
            self.active = ACTIVE[host]
        try:
            self.route()
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with LOCK:
                ACTIVE[host] -= 1

    def route(self):
        path = self.path
        if path.startswith("http://"):
            # A proxy request carries the absolute URI.
            path = "/" + path[7:].split("/", 1)[-1]
        p = path.split("?", 1)[0].split("/")[1:]
        k = p[0] if p else ""
        if k == "feed" and len(p) == 2:
            return self.serve_file(p[1])
        if k == "auth" and len(p) == 2:
            if self.headers.get("Authorization") != "Basic dXNlcjpzM2NyZXQ=":
                return self.send(401, b"who are you?\n",
                                 [("WWW-Authenticate", 'Basic realm="t"')])
            return self.serve_file(p[1])
        if k == "flaky" and len(p) == 3:
            seen = FLAKY.get(self.path, 0) + 1
            FLAKY[self.path] = seen
            if seen <= int(p[1]):
                return self.send(503, b"try again\n")
            return self.serve_file(p[2])
        if k == "toggle" and len(p) == 2:
            return self.serve_file(p[1])
        if k == "__break" and len(p) == 2:
            BROKEN.add(p[1])
            return self.send(200, b"ok\n", log=False)
        if k == "ct" and len(p) == 3:
            return self.serve_file(p[2], ctype="application/xml; charset=" + p[1])
        if k == "maxage" and len(p) == 3:
            return self.serve_file(p[2], [("Cache-Control", "max-age=" + p[1])])
        if k == "gzip" and len(p) == 2:
            return self.serve_file(p[1], force_gzip=True)
        if k == "delay" and len(p) == 3:
            time.sleep(int(p[1]) / 1000.0)
            return self.serve_file(p[2])
        if k in ("r301", "r302", "r308") and len(p) == 2:
            return self.send(int(k[1:]), b"moved\n",
                             [("Location", "/feed/" + p[1])])
        if k == "loop" and len(p) == 2:
            return self.send(302, b"", [("Location", "/loop/%d" % (int(p[1]) + 1))])
        if k == "tofile":
            return self.send(302, b"", [("Location", "file:///etc/passwd")])
        if k == "status" and len(p) == 2:
            return self.send(int(p[1]), b"status page\n",
                             [("Content-Type", "text/plain")])
        if k == "retry" and len(p) == 2:
            return self.send(429, b"slow down\n", [("Retry-After", p[1])])
        if k == "html":
            return self.send(200, b"<!DOCTYPE html>\n<html><head><title>Welcome"
                             b"</title></head><body><p>Not a feed.</p></body></html>\n",
                             [("Content-Type", "text/html; charset=utf-8")])
        if k == "empty":
            return self.send(200, b"", [("Content-Type", "application/rss+xml")])
        if k == "truncated":
            self.log_req(200)
            self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
                     b"Content-Length: 5000\r\nConnection: close\r\n\r\n"
                     b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                     b"<title>Cut</title><item><title>half")
            self.close_connection = True
            return
        if k == "reset":
            self.log_req(200)
            self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
                     b"Content-Length: 100000\r\n\r\n" + b"<rss>" + b" " * 2000)
            time.sleep(0.1)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if k == "drip":
            self.log_req(200)
            self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
                     b"Content-Length: 100000\r\n\r\n<rss>")
            for _ in range(200):
                time.sleep(0.3)
                self.raw(b" ")
            self.close_connection = True
            return
        if k == "hang":
            self.log_req(0)
            time.sleep(30)
            self.close_connection = True
            return
        if k == "bomb" and len(p) == 2:
            z = zlib.compressobj(9, zlib.DEFLATED, 31)
            chunk = b"\0" * (1 << 20)
            body = b"".join(z.compress(chunk) for _ in range(int(p[1]))) + z.flush()
            return self.send(200, body, [("Content-Type", "application/xml"),
                                         ("Content-Encoding", "gzip")])
        if k == "big" and len(p) == 2:
            self.log_req(200)
            self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
                     b"Connection: close\r\n\r\n")
            chunk = b"<rss>" + b"x" * 65531
            for _ in range(int(p[1]) * 16):
                self.raw(chunk)
            self.close_connection = True
            return
        if k == "biglen" and len(p) == 2:
            self.log_req(200)
            self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
                     b"Content-Length: %d\r\nConnection: close\r\n\r\n<rss>"
                     % (int(p[1]) << 20))
            time.sleep(0.5)
            self.close_connection = True
            return
        if k == "garbage":
            self.log_req(0)
            rnd = random.Random(7)
            # No "HTTP/" at the start, whatever the seed gives.
            self.raw(b"\x00" + bytes(rnd.randrange(256) for _ in range(4095)))
            self.close_connection = True
            return
        if k == "blob" and len(p) == 3:
            return self.blob(int(p[1]), path)
        if k == "rblob" and len(p) == 3:
            q = path.split("?", 1)
            return self.send(302, b"moved\n", [("Location", "/blob/%s/%s%s" % (
                p[1], p[2], "?" + q[1] if len(q) > 1 else ""))])
        if k == "longheader":
            self.log_req(200)
            self.raw(b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
                     b"X-Endless: ")
            for _ in range(16):
                self.raw(b"a" * 65536)
            self.close_connection = True
            return
        return self.send(404, b"unknown test path\n", [("Content-Type", "text/plain")])


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def start(args, logf, certs=None):
    srv = Server(("127.0.0.1", 0), H)
    srv.dir = args.dir
    srv.logf = logf
    if certs:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(certs[0], certs[1])
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    return srv


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True)
    ap.add_argument("--port-file", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--tls-cert")
    ap.add_argument("--tls-key")
    ap.add_argument("--tls-port-file")
    args = ap.parse_args()
    logf = open(args.log, "a", buffering=1)
    srv = start(args, logf)
    if args.tls_cert:
        tls = start(args, logf, (args.tls_cert, args.tls_key))
        threading.Thread(target=tls.serve_forever, daemon=True).start()
        with open(args.tls_port_file + ".tmp", "w") as f:
            f.write("%d\n" % tls.server_address[1])
        os.rename(args.tls_port_file + ".tmp", args.tls_port_file)
    with open(args.port_file + ".tmp", "w") as f:
        f.write("%d\n" % srv.server_address[1])
    os.rename(args.port_file + ".tmp", args.port_file)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
