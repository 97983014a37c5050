#!/bin/bash
# A quiet night over 1,000 known files (issue 15's target: a second watch under 2 s): builds a site of N small
# distinct PDFs linked from one index page, serves it on the loopback address with Python's threaded server
# (it answers If-Modified-Since with 304), runs a first watch, then times further watches (BENCHMARKS.md).
#   deploy/bench-watch.sh PROGRAM [FILES] [RUNS]    (PROGRAM: the published extractor, e.g. dist/extractor)
set -eu
X=$(realpath "$1"); N=${2:-1000}; RUNS=${3:-5}; PORT=${PORT:-8765}
W=$(mktemp -d); SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; rm -rf "$W"' EXIT
python3 - "$W" "$N" <<'PY'
import os, sys
root, n = sys.argv[1], int(sys.argv[2])
os.makedirs(f"{root}/site/czyjs/files")
def pdf(i):
    text = f"BT /F1 12 Tf 72 720 Td (Document {i}) Tj ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(text)} >>\nstream\n{text}\nendstream", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for k, o in enumerate(objs, 1):
        offsets.append(len(out)); out += f"{k} 0 obj\n{o}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    return out + f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
links = []
for i in range(n):
    open(f"{root}/site/czyjs/files/d{i:05d}.pdf", "wb").write(pdf(i))
    links.append(f'<a href="files/d{i:05d}.pdf">部门预算 {i}</a><br>')
open(f"{root}/site/czyjs/index.html", "w", encoding="utf-8").write('<html><head><meta charset="utf-8"></head><body>' + "\n".join(links) + "</body></html>")
PY
cat > "$W/sources.yaml" <<YAML
requests_per_second: 1000
concurrency: 8
sources:
  - name: bench
    start: [http://127.0.0.1:$PORT/czyjs/index.html]
    follow: '预算'
    files: '\.pdf$'
    depth: 2
YAML
(cd "$W/site" && exec python3 -c "
import http.server, functools
class H(http.server.SimpleHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *a): pass
http.server.ThreadingHTTPServer(('127.0.0.1', $PORT), H).serve_forever()") &
SERVER=$!
sleep 1
kill -0 $SERVER 2>/dev/null || { echo "the test server could not start on port $PORT (set PORT=...)" >&2; exit 1; }
cd "$W"
"$X" watch sources.yaml --out out > first.log 2>&1 || true
echo "first watch: $(grep '^fetch:' first.log)"
for r in $(seq "$RUNS"); do
  s=$(date +%s.%N); code=0; "$X" watch sources.yaml --out out > again.log 2>&1 || code=$?
  echo "second watch $r: $(echo "$(date +%s.%N) - $s" | bc) s, exit $code; $(grep '^fetch:' again.log | sed 's/.*; in/fetch in/')"
done
