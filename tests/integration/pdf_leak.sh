#!/usr/bin/env bash
# pdf_leak.sh: redacts every generated sample PDF (disclose-pdfgen --cases) with
# `disclose redact` and checks the result with tools that are not disclose's own:
#   - none of the case's third-party strings (sidecar "redact") is found, as written, case-folded
#     or with whitespace removed (and as UTF-16BE / hex), in: pdftotext text, the
#     `qpdf --qdf --object-streams=disable` dump (every stream decompressed), `pdfinfo` and
#     `pdfinfo -meta`, `pdfdetach -list` and the files `pdfdetach -saveall` writes;
#   - every string was findable in the INPUT by at least one of those tools (else the case
#     proves nothing and fails as a generator error);
#   - the words that must stay (sidecar "keep") are extracted by `pdftotext -bbox` from the
#     output at the same box as from the input, within 0.5 pt;
#   - where an image lies under redacted text, its pixels (pdfimages) changed on every page
#     that draws it, and not all of them (the image is blanked under the boxes, not dropped).
# Prints one table row per case. Exit 0 when every case passes or fails only as listed in
# PDF_LEAK_KNOWN_GAPS (space-separated case names allowed to fail for now); else 1.
# Environment: DISCLOSE (binary), PDFGEN (disclose-pdfgen; default next to DISCLOSE in
# tests/tools), PDF_LEAK_KEEP=DIR keeps inputs, outputs and tool dumps in DIR.
# Needs poppler-utils, qpdf and python3. No Kafka.
set -euo pipefail

ROOT=${ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
DISCLOSE=${DISCLOSE:-$ROOT/build/disclose}
PDFGEN=${PDFGEN:-$(dirname "$DISCLOSE")/tests/tools/disclose-pdfgen}
KNOWN_GAPS=${PDF_LEAK_KNOWN_GAPS:-}

for tool in pdftotext pdfinfo pdfdetach pdfimages qpdf python3; do
  command -v "$tool" >/dev/null || { echo "pdf_leak: $tool is not installed" >&2; exit 1; }
done
[ -x "$DISCLOSE" ] || { echo "pdf_leak: no disclose binary at $DISCLOSE" >&2; exit 1; }
[ -x "$PDFGEN" ] || { echo "pdf_leak: no disclose-pdfgen at $PDFGEN" >&2; exit 1; }

if [ -n "${PDF_LEAK_KEEP:-}" ]; then
  WORK=$PDF_LEAK_KEEP
  rm -rf "$WORK"
  mkdir -p "$WORK"
else
  WORK=$(mktemp -d)
  trap 'rm -rf "$WORK"' EXIT
fi

"$PDFGEN" --cases "$WORK/in" >/dev/null
mkdir -p "$WORK/out" "$WORK/log"
for pdf in "$WORK"/in/*.pdf; do
  name=$(basename "$pdf" .pdf)
  rc=0
  "$DISCLOSE" redact --subject "$WORK/in/bundle.json" --out "$WORK/out" "$pdf" \
    >"$WORK/log/$name.out" 2>"$WORK/log/$name.err" || rc=$?
  echo "$rc" >"$WORK/log/$name.rc"
done

python3 - "$WORK" "$KNOWN_GAPS" <<'PY'
import json, os, re, subprocess, sys, glob, html

work, known = sys.argv[1], set(sys.argv[2].split())
TOL = 0.5

def run(args):
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return p.stdout

def haystacks(pdf, tag):
    """Text each independent tool gets out of `pdf`: {tool: bytes}."""
    d = os.path.join(work, "dump", tag)
    os.makedirs(d, exist_ok=True)
    out = {}
    out["pdftotext"] = run(["pdftotext", "-q", pdf, "-"])
    qdf = os.path.join(d, "qdf.pdf")
    subprocess.run(["qpdf", "--qdf", "--object-streams=disable", pdf, qdf],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out["qpdf-qdf"] = open(qdf, "rb").read() if os.path.exists(qdf) else b""
    out["pdfinfo"] = run(["pdfinfo", "-isodates", pdf]) + run(["pdfinfo", "-meta", pdf])
    att = os.path.join(d, "attachments")
    os.makedirs(att, exist_ok=True)
    subprocess.run(["pdfdetach", "-saveall", "-o", att, pdf], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    blob = run(["pdfdetach", "-list", pdf])
    for f in sorted(os.listdir(att)):
        blob += open(os.path.join(att, f), "rb").read()
    out["pdfdetach"] = blob
    return out

def variants(s):
    v = set()
    for form in (s, s.lower(), s.upper()):
        b = form.encode("latin-1", "replace")
        v.add(b)
        v.add(form.encode("utf-16-be"))
        v.add(b.hex().encode())
        v.add(form.encode("utf-16-be").hex().encode())
    return v

def squash(b):
    return re.sub(rb"\s+", b"", b).lower()

def found(s, stack):
    """Where `s` occurs in a tool's output: exact, case-folded, whitespace-stripped."""
    low = stack.lower()
    sq = squash(stack)
    for v in variants(s):
        if v in stack or v.lower() in low or squash(v) in sq:
            return True
    return False

def words(pdf):
    """pdftotext -bbox words: {page: [(text, (x0, y0, x1, y1))]} (1-based pages)."""
    x = run(["pdftotext", "-q", "-bbox", pdf, "-"]).decode("utf-8", "replace")
    pages, page = {}, 0
    for m in re.finditer(r'<page |<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>', x):
        if m.group(0).startswith("<page"):
            page += 1
            pages[page] = []
            continue
        pages[page].append((html.unescape(m.group(5)), tuple(float(m.group(i)) for i in range(1, 5))))
    return pages

def ppm_images(pdf, tag):
    d = os.path.join(work, "dump", tag, "img")
    os.makedirs(d, exist_ok=True)
    subprocess.run(["pdfimages", "-p", pdf, os.path.join(d, "i")], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    imgs = {}
    for f in sorted(glob.glob(os.path.join(d, "i-*.ppm"))):
        page = int(os.path.basename(f).split("-")[1])
        data = open(f, "rb").read()
        # P6 header: magic, width, height, maxval, then one whitespace byte.
        parts = data.split(maxsplit=4)
        imgs.setdefault(page, []).append(parts[4] if len(parts) == 5 else b"")
    return imgs

rows, failed, gaps_hit, gaps_fixed = [], [], [], []
for side_path in sorted(glob.glob(os.path.join(work, "in", "*.json"))):
    if side_path.endswith("bundle.json"):
        continue
    side = json.load(open(side_path))
    name = side["case"]
    src = os.path.join(work, "in", name + ".pdf")
    dst = os.path.join(work, "out", name + ".pdf")
    rc = open(os.path.join(work, "log", name + ".rc")).read().strip()
    err = open(os.path.join(work, "log", name + ".err")).read().strip()
    strings = sorted({r["text"] for r in side["redact"]})
    reasons = []
    leaks = []
    moved = missing = unchecked = 0
    inp = haystacks(src, name + ".in")
    for s in strings:
        if not any(found(s, h) for h in inp.values()):
            reasons.append("generator: '%s' not findable in the input" % s)
    if rc != "0" or not os.path.exists(dst):
        first = err.splitlines()[0] if err else "no output"
        first = first.split(" was not redacted: ", 1)[-1]
        what = "crashed (signal %d)" % (int(rc) - 128) if rc.isdigit() and int(rc) > 128 else "exit " + rc
        reasons.append("disclose redact %s: %s" % (what, first[:160]))
    else:
        out = haystacks(dst, name + ".out")
        for s in strings:
            tools = [t for t, h in out.items() if found(s, h)]
            if tools:
                leaks.append("'%s' in %s" % (s, "+".join(tools)))
        if leaks:
            reasons.append("leak: " + "; ".join(leaks))
        wi, wo = words(src), words(dst)
        bad = []
        wanted = {}
        for k in side["keep"]:
            wanted[(k["text"], k["page"])] = wanted.get((k["text"], k["page"]), 0) + 1
        for (text, page), n in sorted(wanted.items()):
            # n visible occurrences must stay; other occurrences (hidden lines) may go.
            before = [b for t, b in wi.get(page, []) if t == text]
            after = [b for t, b in wo.get(page, []) if t == text]
            if len(before) < n:
                unchecked += n - len(before)
                n = len(before)
            kept = [b for b in before if any(all(abs(p - q) <= TOL for p, q in zip(b, a)) for a in after)]
            for b in [b for b in before if b not in kept][:max(0, n - len(kept))]:
                if after:
                    moved += 1
                    best = min(after, key=lambda a: max(abs(p - q) for p, q in zip(b, a)))
                    bad.append("'%s' p%d moved %.2f pt" % (text, page, max(abs(p - q) for p, q in zip(b, best))))
                else:
                    missing += 1
                    bad.append("'%s' p%d missing" % (text, page))
        if bad:
            reasons.append("kept words: " + ", ".join(bad[:4]) + (" ..." if len(bad) > 4 else ""))
        if side.get("image_under_redaction"):
            ii, io = ppm_images(src, name + ".in"), ppm_images(dst, name + ".out")
            for page in sorted(ii):
                a, b = ii[page][0], (io.get(page) or [None])[0]
                if b is None:
                    reasons.append("image on page %d removed (should be blanked under the boxes only)" % page)
                elif a == b:
                    reasons.append("image pixels under the redaction unchanged on page %d" % page)
                elif len(a) == len(b) and all(x != y for x, y in zip(a[0::3], b[0::3])):
                    reasons.append("image on page %d blanked entirely" % page)
    ok = not reasons
    status = "PASS" if ok else ("KNOWN GAP" if name in known else "FAIL")
    if not ok and name in known:
        gaps_hit.append(name)
    if ok and name in known:
        gaps_fixed.append(name)
    if status == "FAIL":
        failed.append(name)
    rows.append((name, len(strings), len(leaks), moved + missing, unchecked, status, "; ".join(reasons)))

print("%-26s %8s %6s %6s %9s  %-9s %s" % ("case", "redacted", "leaks", "moved", "unchecked", "result", "why"))
for r in rows:
    print("%-26s %8d %6d %6d %9d  %-9s %s" % r)
print()
print("%d cases: %d pass, %d fail, %d known gaps" % (len(rows), sum(r[5] == "PASS" for r in rows), len(failed),
                                                  len(gaps_hit)))
if gaps_fixed:
    print("now passing, remove from PDF_LEAK_KNOWN_GAPS: " + " ".join(gaps_fixed))
if gaps_hit:
    print("KNOWN GAPS (allowed to fail for now): " + " ".join(gaps_hit))
if failed:
    print("FAILED: " + " ".join(failed))
    sys.exit(1)
PY
