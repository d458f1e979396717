#!/usr/bin/env python3
"""server.py -- a small HTTP server for the fetching tests, on 127.0.0.1.

Usage: server.py PAGES PORTFILE LOGFILE

Serves the files of the folder PAGES (a name ending in .html as
text/html; charset=utf-8) and these made-up places:

  /r/N/PATH       a 302 redirect chain of N steps ending at /PATH
  /to-file        a 302 redirect to file:///etc/passwd
  /loop           redirects to itself, for ever
  /missing        404
  /slow           waits 5 s before it answers
  /trickle        a page sent a few bytes a second for 20 s
  /big/N          N bytes of text/html with a Content-Length: harbour.html
                  with a comment after it that fills it up
  /big-nolen/N    the same without a Content-Length (the connection closes)
  /gz/NAME        PAGES/NAME gzip-compressed (Content-Encoding: gzip)
  /bomb/N         N zero bytes of HTML gzip-compressed (a few KB sent)
  /type/T/NAME    PAGES/NAME sent as the content type T ('_' for '/')
  /raw/CS/NAME    PAGES/NAME with charset=CS in the header ('-' for none)
  /ua             harbour.html with a paragraph that quotes the User-Agent

For the feed tests (a name ending in .xml is sent as application/xml):

  /etag/NAME      PAGES/NAME with an ETag and a Last-Modified; 304 when the
                  request's If-None-Match or If-Modified-Since matches (and
                  logs "304 /etag/NAME")
  /seq/A,B,...    PAGES/A the first time this address is asked for, PAGES/B
                  the second, ..., the last one from then on
  /status/N       an answer with the status N
  /auth/H/NAME    PAGES/NAME when the SHA-256 (hex) of the request's basic
                  authentication "USER:PASSWORD" is H, else 401 (the
                  password itself is in no address)
  /many/N         an RSS feed of N short items with full content

It binds an ephemeral port, writes it to PORTFILE, and logs each request
line ("GET /path") to LOGFILE. It runs until killed.
"""
import base64
import gzip
import hashlib
import http.server
import threading
import os
import sys
import time

PAGES, PORTFILE, LOGFILE = sys.argv[1], sys.argv[2], sys.argv[3]
SEQ = {}
SEQ_LOCK = threading.Lock()
LAST_MODIFIED = "Sat, 01 Jun 2024 10:00:00 GMT"


def ctype_of(name):
    if name.endswith(".xml") or name.endswith(".opml"):
        return "application/xml"
    return "text/html; charset=utf-8"


def many(n):
    items = []
    for i in range(n):
        items.append("<item><title>Item %d</title><guid>many-%d</guid>"
                     "<link>http://127.0.0.1/many/%d.html</link>"
                     "<content:encoded><![CDATA[<p>The text of item %d of the long feed, "
                     "with enough words in it to read as an article body.</p>]]></content:encoded>"
                     "</item>" % (i, i, i, i))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            "<channel><title>Many items</title><link>http://127.0.0.1/many/</link>%s"
            "</channel></rss>\n" % "".join(items)).encode()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def send(self, code, body=b"", ctype="text/html; charset=utf-8", headers=(), length=True):
        self.send_response(code)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in headers:
            self.send_header(k, v)
        if length:
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def page(self, name):
        path = os.path.join(PAGES, os.path.basename(name))
        try:
            with open(path, "rb") as f:
                return f.read()
        except OSError:
            return None

    def do_GET(self):
        with open(LOGFILE, "a") as log:
            log.write("GET %s\n" % self.path)
        p = self.path
        parts = p.split("/")
        try:
            if p.startswith("/r/"):
                n = int(parts[2])
                rest = "/".join(parts[3:])
                to = "/r/%d/%s" % (n - 1, rest) if n > 1 else "/" + rest
                return self.send(302, b"moved", headers=[("Location", to)])
            if p == "/to-file":
                return self.send(302, b"moved", headers=[("Location", "file:///etc/passwd")])
            if p == "/loop":
                return self.send(302, b"again", headers=[("Location", "/loop")])
            if p == "/slow":
                time.sleep(5)
                return self.send(200, b"<html><title>Slow</title><p>late</p></html>")
            if p == "/trickle":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.close_connection = True
                self.end_headers()
                for _ in range(200):
                    self.wfile.write(b"<p>slowly</p>\n")
                    self.wfile.flush()
                    time.sleep(0.1)
                return None
            if parts[1] in ("big", "big-nolen"):
                n = int(parts[2])
                page = self.page("harbour.html")
                body = (page + b"<!--" + b"x" * n)[: max(n, len(page))] + b"-->"
                return self.send(200, body, length=parts[1] == "big")
            if parts[1] == "gz":
                body = self.page(parts[2])
                if body is None:
                    return self.send(404, b"not here")
                if "gzip" not in self.headers.get("Accept-Encoding", ""):
                    return self.send(406, b"gzip only")
                return self.send(200, gzip.compress(body), headers=[("Content-Encoding", "gzip")])
            if parts[1] == "bomb":
                n = int(parts[2])
                body = gzip.compress(b"<html><title>Bomb</title><p>" + b"\0" * n)
                return self.send(200, body, headers=[("Content-Encoding", "gzip")])
            if parts[1] == "type":
                body = self.page(parts[3])
                return self.send(200, body or b"", ctype=parts[2].replace("_", "/"))
            if parts[1] == "raw":
                body = self.page(parts[3])
                ctype = "text/html" if parts[2] == "-" else "text/html; charset=" + parts[2]
                return self.send(200, body or b"", ctype=ctype)
            if p == "/ua":
                ua = self.headers.get("User-Agent", "").replace("&", "&amp;").replace("<", "&lt;")
                line = "<p>This copy of the timetable was asked for by agent %s, as the server saw it.</p></article>" % ua
                return self.send(200, self.page("harbour.html").replace(b"</article>", line.encode()))
            if parts[1] == "etag":
                body = self.page(parts[2])
                if body is None:
                    return self.send(404, b"not here")
                tag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
                if self.headers.get("If-None-Match") == tag or \
                        self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                    with open(LOGFILE, "a") as log:
                        log.write("304 %s\n" % self.path)
                    return self.send(304, b"", ctype=None, headers=[("ETag", tag)])
                return self.send(200, body, ctype=ctype_of(parts[2]),
                                 headers=[("ETag", tag), ("Last-Modified", LAST_MODIFIED)])
            if parts[1] == "seq":
                names = parts[2].split(",")
                with SEQ_LOCK:
                    k = SEQ.get(p, 0)
                    SEQ[p] = k + 1
                name = names[min(k, len(names) - 1)]
                return self.send(200, self.page(name) or b"", ctype=ctype_of(name))
            if parts[1] == "status":
                return self.send(int(parts[2]), b"<html><p>status</p></html>")
            if parts[1] == "auth":
                got = self.headers.get("Authorization", "")
                try:
                    cred = base64.b64decode(got[6:]) if got.startswith("Basic ") else b""
                except ValueError:
                    cred = b""
                if hashlib.sha256(cred).hexdigest() != parts[2]:
                    return self.send(401, b"login", headers=[("WWW-Authenticate", 'Basic realm="feeds"')])
                return self.send(200, self.page(parts[3]) or b"", ctype=ctype_of(parts[3]))
            if parts[1] == "many":
                return self.send(200, many(int(parts[2])), ctype="application/xml")
            body = self.page(p)
            if body is None:
                return self.send(404, b"<html><title>Not found</title><p>nothing here</p></html>")
            return self.send(200, body, ctype=ctype_of(p))
        except (BrokenPipeError, ConnectionResetError):
            return None


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass   # a client that hung up (a size limit, a time-out) is expected


srv = Server(("127.0.0.1", 0), Handler)
with open(PORTFILE + ".tmp", "w") as f:
    f.write(str(srv.server_address[1]))
os.rename(PORTFILE + ".tmp", PORTFILE)
srv.serve_forever()
