#!/usr/bin/env python3
"""The server of bench/feeds: serves the files of DIR from 127.0.0.1 on an
ephemeral port, one thread per connection (HTTP/1.1, keep-alive), so that
it is not what the benchmark measures.

Every file is read once at start, with @BASE@ replaced by the server's own
http://127.0.0.1:PORT, and given an ETag (a hash of its bytes) and a
Last-Modified (the file's mtime). A request whose If-None-Match names the
ETag, or (without If-None-Match) whose If-Modified-Since is not older than
Last-Modified, is answered 304 Not Modified, as real servers do.

The port is written to PORT_FILE once the server listens. GET /_stats
answers a line of counters ("200=N 304=N 404=N") since the last
GET /_stats?reset. Usage:
    feeds-server.py DIR PORT_FILE
"""
import hashlib
import os
import sys
import threading
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FILES = {}    # path -> (bytes, etag, mtime, last-modified)
COUNTS = {}
LOCK = threading.Lock()


def count(status):
    with LOCK:
        COUNTS[status] = COUNTS.get(status, 0) + 1


def load(root, base):
    for name in sorted(os.listdir(root)):
        path = os.path.join(root, name)
        if not os.path.isfile(path):
            continue
        data = open(path, 'rb').read().replace(b'@BASE@', base.encode())
        mtime = int(os.stat(path).st_mtime)
        etag = '"%s"' % hashlib.sha1(data).hexdigest()[:16]
        FILES['/' + name] = (data, etag, mtime, formatdate(mtime, usegmt=True))


class Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def reply(self, status, body=b'', headers=(), send_body=True):
        count(status)
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        if status != 304:
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if send_body and status != 304:
            self.wfile.write(body)

    def not_modified(self, etag, mtime):
        inm = self.headers.get('If-None-Match')
        if inm is not None:
            tags = [t.strip() for t in inm.split(',')]
            return '*' in tags or etag in tags or ('W/' + etag) in tags
        ims = self.headers.get('If-Modified-Since')
        if ims is not None:
            try:
                return parsedate_to_datetime(ims).timestamp() >= mtime
            except (TypeError, ValueError, IndexError, OverflowError):
                return False
        return False

    def serve(self, send_body):
        path = self.path.split('?', 1)[0]
        if path == '/_stats':
            with LOCK:
                line = ' '.join('%d=%d' % kv for kv in sorted(COUNTS.items()))
                if self.path.endswith('?reset'):
                    COUNTS.clear()
            body = (line + '\n').encode()
            self.send_response(200)
            self.send_header('Content-Type', 'text/plain')
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            if send_body:
                self.wfile.write(body)
            return
        f = FILES.get(path)
        if f is None:
            self.reply(404, b'not found\n', [('Content-Type', 'text/plain')], send_body)
            return
        data, etag, mtime, lastmod = f
        headers = [('ETag', etag), ('Last-Modified', lastmod)]
        if self.not_modified(etag, mtime):
            self.reply(304, headers=headers)
            return
        ctype = 'application/rss+xml' if path.endswith('.xml') else 'text/plain'
        self.reply(200, data, headers + [('Content-Type', ctype)], send_body)

    def do_GET(self):
        self.serve(True)

    def do_HEAD(self):
        self.serve(False)


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: feeds-server.py DIR PORT_FILE')
    root, port_file = sys.argv[1], sys.argv[2]
    server = ThreadingHTTPServer(('127.0.0.1', 0), Handler)
    server.daemon_threads = True
    server.request_queue_size = 256
    port = server.server_address[1]
    load(root, 'http://127.0.0.1:%d' % port)
    tmp = port_file + '.tmp'
    with open(tmp, 'w') as fp:
        fp.write('%d\n' % port)
    os.rename(tmp, port_file)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == '__main__':
    main()
