#!/usr/bin/env python3
"""Evaluation-set generator "eval-tenth" for the disclose PII-redaction engine.

WRITTEN BLIND.  The author of this file did not read, list, grep or run any part
of the engine (no source, rules, README, build output, other test sets or other
generators).  The only material consulted was:
  * /work/shared/reference/uk-identifiers.md  (identifier formats, check characters)
  * /work/shared/reference/domain.md          (what UK justice SAR bundles contain)

Output:  python3 tests/tools/evalgen_tenth.py tests/data/eval-tenth
writes bundle-01.json .. bundle-05.json and public-bodies.yaml.  Python 3 standard
library only; no randomness, no clock, no network: every value is fixed below, so
two runs give byte-identical files.

Everything is synthetic.  Postcodes use invented outward codes in the Z and Y areas
(never ZE or YO); phones come from the Ofcom drama ranges; e-mails use example.*
domains; IPs are RFC 5737 / RFC 3849; NHS numbers are in the 999 range; PNC and
CRO numbers carry a valid mod-23 check character, NHS numbers a valid mod-11
digit, payment cards pass Luhn, IBANs pass mod-97, NI numbers use valid prefixes.

Labelling policy (applied by hand while writing the text):
  * subject      - the requester's own data in any form: name in any order or case,
                   initials, aliases, nicknames, DOB in any format, identifiers spaced
                   or not, own addresses/phones/e-mails including previous ones that
                   the text gives as theirs.
  * staff        - people acting officially or professionally for a public body or
                   its contractors (prison, probation, police, NHS, councils, schools,
                   courts, tribunals, Home Office, IRC contractors); their names and
                   their direct contact details.
  * third_party  - everyone else: other prisoners and detainees, relatives, partners,
                   children, victims, witnesses, neighbours, associates, and people
                   acting for private firms, charities or faith groups (solicitors,
                   bank staff, charity volunteers, private interpreters).
  * public_body  - published switchboards, generic mailboxes, addresses and
                   postcodes of public bodies (all listed in public-bodies.yaml).
  Names are labelled without titles or ranks ("DS Pritchard" -> "Pritchard");
  surnames alone, forenames alone, initials, nicknames and the name part of a
  possessive are labelled when they refer to a person.  Addresses are labelled
  without the postcode; the postcode is its own span; a country name after an
  address is not labelled.  Dates are labelled only when they are dates of birth.
  Every labelled value is labelled wherever else it occurs in its bundle (checked,
  case-insensitively, by assertion below).

Authoring format: page text carries inline markup {{text|cat.party}}; each bundle
also has a lexicon ("text|cat.party" lines) whose entries are labelled at every
word-bounded occurrence not already covered by inline markup (longest first).
"""

import ipaddress
import json
import os
import re
import sys

CATS = {
    "n": "name", "dob": "date_of_birth", "pn": "prison_number", "pnc": "pnc",
    "cro": "cro", "crn": "crn", "ni": "ni_number", "nhs": "nhs_number",
    "ph": "phone", "em": "email", "ad": "address", "pc": "postcode",
    "vrm": "vehicle_registration", "pp": "passport", "dl": "driving_licence",
    "sc": "sort_code", "acc": "account_number", "iban": "iban",
    "card": "payment_card", "ip": "ip_address",
}
PARTIES = {"s": "subject", "t": "third_party", "st": "staff", "pb": "public_body"}

MARK = re.compile(r"\{\{(.+?)\|([a-z]+)\.([a-z]+)\}\}", re.S)

# ---------------------------------------------------------------- helpers


def strip_markup(s):
    return MARK.sub(lambda m: m.group(1), s)


def table(header, rows, gap=2):
    """Aligned plain-text table; cells may hold markup (width = rendered width)."""
    allrows = [header] + rows
    n = len(header)
    widths = [max(len(strip_markup(r[i])) for r in allrows) for i in range(n)]
    out = []
    for k, r in enumerate(allrows):
        cells = []
        for i in range(n):
            c = r[i]
            if i < n - 1:
                c = c + " " * (widths[i] - len(strip_markup(c)) + gap)
            cells.append(c)
        out.append("".join(cells).rstrip())
        if k == 0:
            out.append("-" * (sum(widths) + gap * (n - 1)))
    return "\n".join(out)


def page(s):
    s = s.strip("\n")
    return "\n".join(line.rstrip() for line in s.split("\n")) + "\n"


def D(kind, *pages):
    return {"kind": kind, "pages": [page(p) for p in pages]}


# ---------------------------------------------------------------- validators
L23 = "ZABCDEFGHJKLMNPQRTUVWXY"


def valid_pnc(v):
    v = v.upper().replace(" ", "")
    if "/" in v:
        yy, rest = v.split("/")
        serial, chk = rest[:-1], rest[-1]
        if len(yy) == 4:
            assert len(serial) == 7, v
            yy = yy[2:]
        else:
            assert len(yy) == 2 and 1 <= len(serial) <= 7, v
    else:
        if len(v) == 12:
            yy, serial, chk = v[2:4], v[4:11], v[11]
        else:
            yy, serial, chk = v[:2], v[2:-1], v[-1]
    assert serial.isdigit() and yy.isdigit(), v
    return L23[int(yy + serial.zfill(7)) % 23] == chk


def valid_cro(v):
    v = v.upper().replace(" ", "")
    if v.startswith("SF"):
        yy, rest = v[2:].split("/")
        return L23[int(yy + rest[:-1]) % 23] == rest[-1]
    serial, rest = v.split("/")
    yy, chk = rest[:2], rest[2:]
    assert len(serial) <= 6 and serial.isdigit() and len(chk) == 1, v
    return L23[int(yy + serial.zfill(6)) % 23] == chk


def valid_nhs(v):
    d = re.sub(r"[ -]", "", v)
    if not (len(d) == 10 and d.isdigit() and d.startswith("999")):
        return False
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def valid_luhn(v):
    d = re.sub(r"[ -]", "", v)
    if not (d.isdigit() and 13 <= len(d) <= 19):
        return False
    t = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def valid_iban(v):
    s = v.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


NI_RE = re.compile(
    r"(?:[ACEHJLMOPRSWXY][A-CEGHJ-NPR-TW-Z]|B[A-CEHJ-NPR-TW-Z]|G[ACEGHJ-NPR-TW-Z]"
    r"|K[A-CEGHJ-MPR-TW-Z]|N[A-CEGHJL-NPR-SW-Z]|T[A-CEGHJ-MPR-TW-Z]|Z[A-CEGHJ-NPR-TW-Y])"
    r"[ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[A-D]?$", re.I)
PC_RE = re.compile(r"([A-Z]{1,2})[0-9][0-9A-Z]? ?[0-9][ABD-HJLNP-UW-Z]{2}$")
DRAMA = ("07700900", "01134960", "01174960", "02079460", "01614960",
         "02920180", "01214960", "01314960", "01632960")
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WELSH = ["ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf",
         "awst", "medi", "hydref", "tachwedd", "rhagfyr"]
MONTHS.update({m: i + 1 for i, m in enumerate(WELSH)})


def parse_dob(v):
    import datetime
    s = v.strip()
    m = re.match(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", s)
        if m:
            y, mo, d = map(int, m.groups())
        else:
            m = re.match(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-]'?(\d{2}|\d{4})$", s)
            if m:
                d, mo, y = map(int, m.groups())
            else:
                m = re.match(r"^(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \-]([A-Za-z]+)\.?,?[ \-]'?(\d{2}|\d{4})$", s)
                if m:
                    d, y = int(m.group(1)), int(m.group(3))
                    mo = MONTHS[m.group(2).lower()]
                else:
                    m = re.match(r"^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$", s)
                    assert m, "unparsed DOB " + v
                    mo, d, y = MONTHS[m.group(1).lower()], int(m.group(2)), int(m.group(3))
    if y < 100:
        y += 2000 if y <= 25 else 1900
    dt = datetime.date(y, mo, d)
    assert datetime.date(1920, 1, 1) <= dt <= datetime.date(2025, 12, 31), v
    return dt


OCR_DIGITS = str.maketrans("OolI", "0011")


def check_value(cat, v):
    if cat == "pnc":
        assert valid_pnc(v), v
    elif cat == "cro":
        assert valid_cro(v), v
    elif cat == "nhs_number":
        assert valid_nhs(v), v
    elif cat == "payment_card":
        assert valid_luhn(v), v
    elif cat == "iban":
        assert valid_iban(v), v
    elif cat == "ni_number":
        assert NI_RE.match(v), v
    elif cat == "date_of_birth":
        parse_dob(v)
    elif cat == "postcode":
        m = PC_RE.match(v.upper())
        assert m, v
        area = m.group(1).upper()
        assert area[0] in "ZY" and area not in ("ZE", "YO") and len(area) == 2, v
    elif cat == "phone":
        d = re.sub(r"[^0-9]", "", v.translate(OCR_DIGITS))
        if d.startswith("44"):
            d = "0" + d[2:]
            if v.count("(0)"):
                d = d[0] + d[2:]
        assert len(d) == 11 and d.startswith(DRAMA), v
    elif cat == "email":
        dom = v.split("@")[1].lower()
        assert re.match(r"^[A-Za-z0-9._%+\-]+@", v), v
        assert dom in ("example.com", "example.org", "example.net") or ".example." in "." + dom, v
    elif cat == "ip_address":
        a = ipaddress.ip_address(v)
        assert any(a in ipaddress.ip_network(n) for n in
                   ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")), v
    elif cat == "prison_number":
        assert re.match(r"^[A-Z] ?\d{4} ?[A-Z]{2}$", v, re.I), v
    elif cat == "crn":
        assert re.match(r"^[A-Z]\d{6}$", v, re.I), v
    elif cat == "vehicle_registration":
        assert re.match(r"^[A-HJ-PR-Y]{2}(0[2-9]|[1-7][0-9]) ?[A-HJ-PR-Z]{3}$", v, re.I), v
    elif cat == "driving_licence":
        assert re.match(r"^[A-Z9]{5} ?[0-9](?:[05][1-9]|[16][0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9] ?[A-Z9]{2}[0-9A-Z] ?[A-Z]{2}( ?[0-9]{2})?$", v, re.I), v
    elif cat == "sort_code":
        assert re.match(r"^\d{2}[- ]?\d{2}[- ]?\d{2}$", v), v
    elif cat == "account_number":
        assert re.match(r"^\d{8}$", v), v
    elif cat == "passport":
        assert re.match(r"^([0-9]{9}|[A-Z]{1,2}[0-9]{7,8}|[A-Z][0-9]{6})$", v), v
    elif cat == "address":
        assert not re.search(r"[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}", v), v
        assert "," in v or " " in v, v


# ---------------------------------------------------------------- engine


def bounded(text, i, j):
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def parse_lexicon(lex):
    out = []
    for line in lex.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        t, code = line.rsplit("|", 1)
        c, p = code.split(".")
        out.append((t.strip(), CATS[c], PARTIES[p]))
    seen = {}
    for t, c, p in out:
        assert t not in seen or seen[t] == (c, p), "lexicon clash " + t
        seen[t] = (c, p)
    return sorted(set(out), key=lambda e: (-len(e[0]), e[0]))


def render_page(src, lexicon):
    text_parts, spans, pos, last = [], [], 0, 0
    for m in MARK.finditer(src):
        pre = src[last:m.start()]
        text_parts.append(pre)
        pos += len(pre)
        val = m.group(1)
        assert val == val.strip(), "whitespace in markup " + val
        spans.append((pos, pos + len(val), CATS[m.group(2)], PARTIES[m.group(3)]))
        text_parts.append(val)
        pos += len(val)
        last = m.end()
    text_parts.append(src[last:])
    text = "".join(text_parts)
    assert "{{" not in text and "}}" not in text, text[:200]
    for val, cat, party in lexicon:
        start = 0
        while True:
            i = text.find(val, start)
            if i < 0:
                break
            j = i + len(val)
            start = i + 1
            if not bounded(text, i, j):
                continue
            if any(not (j <= a or i >= b) for a, b, _, _ in spans):
                continue
            spans.append((i, j, cat, party))
    spans.sort()
    for k in range(1, len(spans)):
        assert spans[k - 1][1] <= spans[k][0], ("overlap", text[spans[k][0]:spans[k][1]])
    return text, spans


RESIDUAL = [
    ("email", re.compile(r"[\w.+\-]+@[\w.\-]+")),
    ("postcode", re.compile(r"\b[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}\b")),
    ("phone", re.compile(r"(?:\+44|\b0)[0-9 ()\-]{9,14}[0-9]")),
    ("digits", re.compile(r"\b[0-9](?:[ \-]?[0-9]){6,}\b")),
    ("ni", re.compile(r"\b[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b")),
    ("noms", re.compile(r"\b[A-Z][0-9]{4}[A-Z]{2}\b")),
    ("crn", re.compile(r"\b[A-Z][0-9]{6}\b")),
    ("pnc/cro", re.compile(r"\b[0-9]{1,6}/[0-9]{1,7}[A-Z]\b")),
    ("ip", re.compile(r"\b[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\b|2001:db8")),
    ("dob-word", re.compile(r"(?i)\b(?:d\.?o\.?b\.?|date of birth|born)\b[^\n]{0,3}[0-9]")),
]


def residual_check(text, spans, allow):
    masked = list(text)
    for a, b, _, _ in spans:
        for k in range(a, b):
            masked[k] = "\u2588"
    masked = "".join(masked)
    for name, rx in RESIDUAL:
        for m in rx.finditer(masked):
            if "\u2588" in m.group(0):
                continue
            assert m.group(0) in allow, ("unlabelled " + name, m.group(0), text[max(0, m.start() - 60):m.end() + 20])


def build_bundle(spec):
    lexicon = parse_lexicon(spec["lexicon"])
    docs = []
    allpages = []
    for k, d in enumerate(spec["documents"]):
        pages, truth = [], []
        for pno, src in enumerate(d["pages"]):
            text, spans = render_page(src, lexicon)
            residual_check(text, spans, spec.get("allow", ()))
            pages.append(text)
            allpages.append((d, pno, text, spans))
            enc = text.encode("utf-8")
            for a, b, cat, party in spans:
                val = text[a:b]
                check_value(cat, val)
                bb = len(text[:a].encode("utf-8"))
                be = bb + len(val.encode("utf-8"))
                assert enc[bb:be].decode("utf-8") == val and val == val.strip() and val
                truth.append({"page": pno, "begin": bb, "end": be, "category": cat,
                              "party": party, "text": val})
        assert re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", d["kind"]), d["kind"]
        docs.append({"id": "doc-%02d" % (k + 1), "kind": d["kind"], "pages": pages, "truth": truth})
    # every labelled value is labelled wherever it occurs in the bundle
    values = {}
    for _, _, text, spans in allpages:
        for a, b, cat, party in spans:
            values.setdefault(text[a:b].lower(), cat)
    problems = []
    for d, pno, text, spans in allpages:
        low = text.lower()
        assert len(low) == len(text)
        for v in values:
            start = 0
            while True:
                i = low.find(v, start)
                if i < 0:
                    break
                j = i + len(v)
                start = i + 1
                if not bounded(text, i, j):
                    continue
                if not any(a <= i and j <= b for a, b, _, _ in spans):
                    problems.append(("unlabelled repeat", spec["bundle_id"], d["kind"], pno,
                                     text[i:j], text[max(0, i - 50):j + 30]))
    assert not problems, "\n".join(map(repr, problems))
    return {"bundle_id": spec["bundle_id"], "subject": spec["subject"], "documents": docs}


def audit(bundle):
    """Print unlabelled capitalised tokens, to eyeball for missed names."""
    from collections import Counter
    c = Counter()
    for d in bundle["documents"]:
        for pno, text in enumerate(d["pages"]):
            enc = text.encode("utf-8")
            mask = bytearray(enc)
            for t in d["truth"]:
                if t["page"] == pno:
                    mask[t["begin"]:t["end"]] = b"#" * (t["end"] - t["begin"])
            s = mask.decode("utf-8", "replace")
            for w in re.findall(r"\b[A-Z\u00C0-\u017F][\w\u00C0-\u017F'\-]+", s):
                c[w] += 1
    print(bundle["bundle_id"], " ".join(sorted(c)))


# ================================================================ BUNDLE 1
# Polish adult male, sentenced prisoner, HMP Thornleigh (fictional).

B1_LEX = """
Tomasz Piotr WIŚNIEWSKI|n.s
WIŚNIEWSKI, Tomasz Piotr|n.s
WIŚNIEWSKI, Tomasz|n.s
WISNIEWSKI, TOMASZ|n.s
WISNIEWSKI, Tomasz|n.s
Tomasz WIŚNIEWSKI|n.s
Tomasz Wiśniewski|n.s
Tomasz Wisniewski|n.s
Tomasz Wisniewsky|n.s
Tom Wisniewski|n.s
Tomasz Piotr|n.s
T. Wiśniewski|n.s
T. Wisniewski|n.s
WIŚNIEWSKI|n.s
Wiśniewski|n.s
WISNIEWSKI|n.s
Tomasz|n.s
Piotr|n.s
Tomek|n.s
A7093DK|pn.s
A 7093 DK|pn.s
03/11/1983|dob.s
03-NOV-1983|dob.s
3 November 1983|dob.s
1983-11-03|dob.s
2009/0388172M|pnc.s
09/388172M|pnc.s
112804/09W|cro.s
JR 58 21 74 C|ni.s
JR582174C|ni.s
999 418 2072|nhs.s
WISNI811033TP9XK|dl.s
EK4417203|pp.s
Flat 3, 41 Tanners Row, Brackenfield|ad.s
ZB7 3HA|pc.s
112 Sedgefield Road, Ashgrove|ad.s
ZB2 8RF|pc.s
07700 900418|ph.s
07700 900163|ph.s
tomek.wisniewski83@example.com|em.s
20-32-53|sc.s
41829604|acc.s
GB34 BARC 2032 5341 8296 04|iban.s
# partner, family, associates
Katarzyna ZIELIŃSKA|n.t
Katarzyna Zielinska|n.t
Zielińska|n.t
Kasia|n.t
22/05/1987|dob.t
19 Rope Walk, Brackenfield|ad.t
ZB7 4DN|pc.t
07700 900527|ph.t
Halina WIŚNIEWSKA|n.t
Halina Wiśniewska|n.t
ul. Kwiatowa 14/3, Borowiec Mały|ad.t
PL61 1090 1014 0000 0712 1981 2874|iban.t
Marek WIŚNIEWSKI|n.t
Marek Wiśniewski|n.t
Marek|n.t
8 Hollin Terrace, Ashgrove|ad.t
ZB2 6PL|pc.t
07700 900731|ph.t
Dean Anthony HOLROYD|n.t
HOLROYD, Dean Anthony|n.t
HOLROYD, Dean|n.t
Deano Holroyd|n.t
HOLROYD|n.t
Holroyd|n.t
Deano|n.t
Dean|n.t
A3381FP|pn.t
02/12/1991|dob.t
Crystal HOLROYD|n.t
5 Garth Road, Ashgrove|ad.t
ZB2 9WQ|pc.t
Lee CARVER|n.t
A5520DX|pn.t
OKONJO, Emeka|n.t
A6120RB|pn.t
BRIGGS, Shane|n.t
A4407TL|pn.t
DOBRE, Florin|n.t
Florin DOBRE|n.t
Florin|n.t
A8830HE|pn.t
McALLISTER, Ryan|n.t
McAllister|n.t
A2271CN|pn.t
HUSSAIN, Imran|n.t
A9046LQ|pn.t
NGUYEN, Van Thanh|n.t
Nguyen|n.t
A5164PZ|pn.t
Magdalena KOWAL|n.t
m.kowal@airevalleylaw.example.co.uk|em.t
0113 496 0871|ph.t
Rafał KOWALCZYK|n.t
# staff
Paweł NOWAK|n.st
P. NOWAK|n.st
P. Nowak|n.st
P Nowak|n.st
Nowak|n.st
Gillian BRAITHWAITE|n.st
G. Braithwaite|n.st
Braithwaite|n.st
Adebayo OKAFOR|n.st
Okafor|n.st
Kevin LOFTHOUSE|n.st
K. Lofthouse|n.st
Priya RAMAN|n.st
Dale SYKES|n.st
D. Sykes|n.st
Hannah BIRTWISTLE|n.st
H. Birtwistle|n.st
J. THACKERAY|n.st
J. Thackeray|n.st
j.thackeray@justice.example.gov.uk|em.st
0113 496 0538|ph.st
Sandra KEIGHLEY|n.st
S. Keighley|n.st
Ruth ADEYEMI-COLE|n.st
Adeyemi-Cole|n.st
A. Okafor|n.st
r.adeyemi-cole@homeoffice.example.gov.uk|em.st
020 7946 0437|ph.st
# public bodies
Quarry Lane, Ashgrove|ad.pb
ZB4 7QT|pc.pb
0113 496 0500|ph.pb
omu.thornleigh@justice.example.gov.uk|em.pb
business.hub.thornleigh@justice.example.gov.uk|em.pb
Calder House, 2 Mill Street, Brackenfield|ad.pb
ZB9 1AL|pc.pb
fno.referrals@homeoffice.example.gov.uk|em.pb
020 7946 0410|ph.pb
"""

B1_DOCS = [
D("first-night-centre-interview", """
HMP THORNLEIGH - FIRST NIGHT CENTRE                          OFFICIAL-SENSITIVE
RECEPTION AND FIRST NIGHT INTERVIEW (FNC1)

Prisoner name:    WIŚNIEWSKI, Tomasz Piotr
Prison number:    A7093DK                  Cell allocated: F-1-07 (FNC)
Date of birth:    03/11/1983               Nationality: Polish
PNC ID:           2009/0388172M            CRO: 112804/09W
Religion:         Roman Catholic           Language: Polish (good spoken English)
Interview date:   12/03/2025 19:40         Interviewer: Officer Paweł NOWAK

1. PREVIOUS CUSTODY
Has been in custody before (remand, 2019, six weeks). Previous prison number not
known to the prisoner; OMU to check legacy records.

2. NEXT OF KIN / IMMEDIATE CONCERNS
States his partner is Katarzyna ZIELIŃSKA ("Kasia"), DOB 22/05/1987, of
19 Rope Walk, Brackenfield ZB7 4DN, mobile 07700 900527. They have lived apart
since January. Tomasz is worried that Kasia has not been told he was remanded.
First night call made to her number at 20:05 - no answer; voicemail left in
Polish by Officer Nowak at the prisoner's request.
Brother Marek WIŚNIEWSKI (8 Hollin Terrace, Ashgrove ZB2 6PL, tel 07700 900731)
is looking after the prisoner's dog and van.

3. HOME ADDRESS
Last address: Flat 3, 41 Tanners Row, Brackenfield ZB7 3HA (tenant, rent paid to
end of March). Previously 112 Sedgefield Road, Ashgrove ZB2 8RF - prisoner says
some post may still go there.
Own mobile 07700 900418 (in stored property). Old number 07700 900163 "not
working since 2023".
""", """
WIŚNIEWSKI, Tomasz   A7093DK            FNC1 continuation            Page 2 of 2

4. HEALTH
Seen by Nurse Priya RAMAN at 20:30. NHS number confirmed from GP summary:
999 418 2072. No self-harm history disclosed. No prescribed medication. Smoker
(vape pack issued).

5. SAFETY / CELL SHARING
CSRA standard. Prisoner asked not to be located with Lee CARVER (A5520DX), whom
he knows from outside - "there is history over money". Passed to residential
(CM Adebayo OKAFOR).

6. FINANCE
£40.00 private cash on reception. Wants money from his Barclays account (sort
code 20-32-53, account 41829604) sent to his mother in Poland - told to submit
an application to the Business Hub.

7. COMMENTS
Tomek (as he asked to be called) was calm and polite. Speaks good English but
prefers Polish for legal matters. Officer Nowak is the contact for
Polish-language issues, via the switchboard 0113 496 0500 or the OMU mailbox
omu.thornleigh@justice.example.gov.uk.

Signed: P. Nowak (Officer)                 Countersigned: G. Braithwaite (SO)
"""),

D("cell-search-record", """
HMP THORNLEIGH - CELL / AREA SEARCH RECORD                          Form SR2

Location:     F-2-19 (double)       Date/time: 02/04/2025 09:15 - 09:50
Search type:  Intelligence-led, full cell (SIR reference held by Security)

Occupants
  1. WIŚNIEWSKI, Tomasz       A7093DK    DOB 03-NOV-1983
  2. HOLROYD, Dean Anthony    A3381FP    DOB 02/12/1991

Searching officers: OSG Dale SYKES (lead), Officer Hannah BIRTWISTLE
Dog handler: not used

""" + table(["No", "Item", "Where found", "Attributed to", "Disposal"], [
    ["1", "Mobile phone (black Nokia), SIM fitted", "kettle base", "not attributed", "Evidence bag E0041, police"],
    ["2", "Note: \"Kasia 07700 900527 / Marek 07700 900731\"", "under mattress (bed 1)", "WIŚNIEWSKI", "Retained - Security"],
    ["3", "Letter to \"Deano Holroyd\" from Crystal HOLROYD", "locker 2", "HOLROYD", "Returned after check"],
    ["4", "3 x orange film strips (suspected Subutex)", "pillowcase (bed 2)", "HOLROYD", "Evidence bag E0042, police"],
]) + """

Sender's address on item 3: 5 Garth Road, Ashgrove ZB2 9WQ.

Outcome: rub-down search of both occupants, nothing further found. Holroyd placed
on report. Wiśniewski states the phone is not his - "ask Deano, it came in with
him". Both moved: Wiśniewski to F-3-04 (single), Holroyd to the segregation unit
pending adjudication.

Passed to Security by SO Braithwaite at 10:20.
Signed: D. Sykes (OSG)          H. Birtwistle (Officer)
"""),

D("incentives-level-review", """
INCENTIVES SCHEME - LEVEL REVIEW                                 HMP Thornleigh

Name:  Tomasz WIŚNIEWSKI      Number: A7093DK      Wing: F      Level: Standard
Review type: 28-day review following negative entries
Chair: CM Adebayo OKAFOR
Present: the prisoner; Officer P. NOWAK (interpreting informally);
written input from workshop instructor Kevin LOFTHOUSE

ENTRIES CONSIDERED
""" + table(["Date", "Type", "Summary", "Entered by"], [
    ["14/03/2025", "Positive", "Helped new arrival Florin DOBRE (A8830HE) with menu sheet", "P. Nowak"],
    ["22/03/2025", "Negative", "Late back from workshop twice in one week", "K. Lofthouse"],
    ["02/04/2025", "Negative", "Cell search: note of outside numbers; phone not attributed", "D. Sykes"],
    ["05/04/2025", "Positive", "100% attendance in Workshop 3 for the week", "K. Lofthouse"],
]) + """

PRISONER'S REPRESENTATIONS
Tomasz says the numbers on the note were for Kasia and Marek so that he could
apply to add them to his PIN list, which he has since done. He denies any
knowledge of the phone and says Dean told him to keep quiet about it. He accepts
being late from the workshop and says it was because of queues at the medication
hatch.
""", """
WIŚNIEWSKI A7093DK - Incentives review 16/04/2025                         page 2

INPUT FROM OFFENDER MANAGEMENT
E-mail from the POM, Ms J. THACKERAY (j.thackeray@justice.example.gov.uk,
direct dial 0113 496 0538): "Sentenced 28/03/2025, 22 months. No contact
restrictions regarding Ms Zielińska. I would support him staying on Standard."

DECISION
Remain on Standard. Warned that a further negative entry within 28 days will
lead to a review for Basic. Florin DOBRE's note of thanks placed on file.
The prisoner was told he can appeal via the complaints process.

Chair: A. Okafor (CM)                              Prisoner: T. Wiśniewski
"""),

D("outgoing-funds-transfer-request", """
HMP THORNLEIGH - BUSINESS HUB
APPLICATION TO SEND MONEY OUT                                   Form F/OUT

SECTION A - PRISONER
Name (as on system): WISNIEWSKI, TOMASZ           Prison No: A7093DK
Location: F-3-04                                  Date: 09/04/2025
Amount: £150.00 from private cash

Payee name:      Halina WIŚNIEWSKA (mother)
Payee address:   ul. Kwiatowa 14/3, Borowiec Mały, POLAND
Payee IBAN:      PL61 1090 1014 0000 0712 1981 2874
Reason:          help with mother's medical costs

SECTION B - OTHER REQUESTS (not actioned by the Business Hub)
The prisoner asks that wages still owed by his former employer
(Mr Rafał KOWALCZYK, director of a building firm) be paid into his own account:
Barclays, sort code 20-32-53, account 41829604, IBAN GB34 BARC 2032 5341 8296 04.
Advised to write to the employer himself; the Hub cannot direct outside payments.

SECTION C - FINANCE CHECKS
[x] Payee not on the prohibited-contacts list
[x] Relationship confirmed from the next-of-kin form (NK1)
[x] Sufficient funds in private cash
Approved: Sandra KEIGHLEY, Finance Manager          Date: 10/04/2025
Queries: business.hub.thornleigh@justice.example.gov.uk or 0113 496 0500

Prisoner signature: Tomasz Wiśniewski
"""),

D("next-of-kin-notification-form", """
[Transcribed from scanned handwritten form NK1. OCR text, uncorrected; some words
illegible.]

NEXT OF K1N / EMERGENCY CONTACT NOTIFlCATION
Prisoner surname: {{W1ŚNIEWSKI|n.s}}        Forename(s): Tomasz Piotr
No: A 7093 DK                   D.O.B: 3 November 1983
Establishrnent: HMP Thornleigh

NOK 1   Name: Halina Wiśniewska        Relationship: Matka (mother)
        Address: ul. Kwiatowa 14/3, Borowiec Mały, POLAND
        Tel: none - "write only, she is deaf"

NOK 2   Name: Marek Wiśniewski         Relationship: brat / brother
        Address: {{8 Hol1in Terrace, Ashgrove|ad.t}} {{ZB2 6PL|pc.t}}
        Tel: {{077OO 9OO731|ph.t}}

Do NOT contact: Katarzyna Zielinska - "we are separated, not NOK"

In emergency please tell brother first. Mother speaks no English, [illegible]
Marek can translate.

Signed: T. Wisniewski   [signature]        Date: 13/03/2O25
Witnessed: Off1cer P Nowak
"""),

D("workshop-pay-sheet", """
HMP THORNLEIGH - WORKSHOP 3 (TEXTILES) - WEEKLY PAY SHEET
Week ending: 11/04/2025       Instructor: Kevin LOFTHOUSE       Pay band: W3

""" + table(["Prison No", "Name", "Sessions", "Rate", "Absences", "Total"], [
    ["A6120RB", "OKONJO, Emeka", "10/10", "£1.25", "-", "£12.50"],
    ["A4407TL", "BRIGGS, Shane", "8/10", "£1.25", "2 refused", "£10.00"],
    ["A7093DK", "WISNIEWSKI, Tomasz", "10/10", "£1.25", "-", "£12.50"],
    ["A8830HE", "DOBRE, Florin", "9/10", "£1.10", "1 legal visit", "£9.90"],
    ["A2271CN", "McALLISTER, Ryan", "6/10", "£1.25", "2 sick (HCC)", "£7.50"],
    ["A9046LQ", "HUSSAIN, Imran", "10/10", "£1.40", "-", "£14.00"],
    ["A5164PZ", "NGUYEN, Van Thanh", "7/10", "£1.10", "3 education", "£7.70"],
    ["A3381FP", "HOLROYD, Dean", "0/10", "-", "removed, on report", "£0.00"],
]) + """

Notes
- {{Tomasz W.|n.s}} is translating machine instructions for Florin (Polish/Romanian
  via English). Recommend a pay band review for him.
- McAllister sick two sessions, confirmed by healthcare.
- Nguyen attends education Tuesday and Thursday afternoons.

Authorised: K. Lofthouse, Instructor           Checked: S. Keighley, Business Hub
"""),

D("fnp-home-office-referral", """
FOREIGN NATIONAL PRISONER - REFERRAL TO HOME OFFICE (FNO RETURNS COMMAND)

From:  Offender Management Unit, HMP Thornleigh, Quarry Lane, Ashgrove ZB4 7QT
To:    fno.referrals@homeoffice.example.gov.uk
Caseworker (if known): Ruth ADEYEMI-COLE - direct line 020 7946 0437
       Calder House, 2 Mill Street, Brackenfield ZB9 1AL
Date:  17/04/2025

PART 1 - THE PERSON
Surname:          WIŚNIEWSKI (system spelling WISNIEWSKI)
Forenames:        Tomasz Piotr
Also known as:    "Tom Wisniewski" (employment records); "Tomasz Wisniewsky"
                  (misspelt on a 2019 charge sheet)
Date of birth:    1983-11-03
Nationality:      Polish
Travel document:  Polish passport EK4417203 (expired 2022), in stored property
NI number:        JR582174C            PNC: 09/388172M       Prison no: A7093DK
UK driving licence: WISNI811033TP9XK
EU Settlement Scheme: prisoner states he holds settled status; share code not
provided.
UK address history (prisoner's account):
  Flat 3, 41 Tanners Row, Brackenfield ZB7 3HA          2022 - March 2025
  112 Sedgefield Road, Ashgrove ZB2 8RF                 2016 - 2022
""", """
FNO referral - WIŚNIEWSKI, Tomasz - A7093DK                          page 2 of 2

PART 2 - SENTENCE
22 months' imprisonment, sentenced 28/03/2025 (burglary, non-dwelling). Served
in custody; automatic release at the halfway point.

PART 3 - FAMILY TIES IN THE UK
Brother Marek (British citizen since 2021) lives locally and visits. Former
partner Ms Zielińska - separated, no children together. Mother lives in Poland.

PART 4 - CONTACT
The prisoner's own e-mail is tomek.wisniewski83@example.com but he cannot use it
in custody; please write to him at the prison.
Legal representative: Magdalena KOWAL, Aire Valley Solicitors,
m.kowal@airevalleylaw.example.co.uk, direct line 0113 496 0871.

Referring officer: Ms J. Thackeray (POM), j.thackeray@justice.example.gov.uk
OMU mailbox omu.thornleigh@justice.example.gov.uk; switchboard 0113 496 0500.
Please reply to the FNO mailbox or to Ms Adeyemi-Cole by phone on 020 7946 0410.
"""),
D("visits-hall-seating-plan", """
HMP THORNLEIGH - SOCIAL VISITS - HALL SEATING PLAN
Session: Saturday 19/04/2025 14:00-16:00      Hall supervisor: SO Gillian BRAITHWAITE
Car park log taken by OSG Dale SYKES (vehicles of visitors only)

""" + table(["Table", "Prisoner", "No", "Visitors (adult / child DOB)", "Vehicle"], [
    ["1", "OKONJO, Emeka", "A6120RB", "{{Chiamaka OKONJO|n.t}}; {{Tobenna OKONJO|n.t}} ({{14/08/2019|dob.t}})", "{{YF71 RZK|vrm.t}}"],
    ["2", "WISNIEWSKI, Tomasz", "A7093DK", "Marek WIŚNIEWSKI", "{{WK67 HTP|vrm.t}}"],
    ["3", "HUSSAIN, Imran", "A9046LQ", "{{Shabana HUSSAIN|n.t}}; {{Zayn HUSSAIN|n.t}} ({{02/03/2017|dob.t}})", "-"],
    ["4", "McALLISTER, Ryan", "A2271CN", "{{Courtney McALLISTER|n.t}}", "{{BN19 UWE|vrm.t}}"],
    ["5", "NGUYEN, Van Thanh", "A5164PZ", "closed visit - no visitor arrived", "-"],
    ["6", "BRIGGS, Shane", "A4407TL", "{{Leanne BRIGGS|n.t}}; {{Kayden BRIGGS|n.t}} ({{27/11/2020|dob.t}})", "{{YK18 DNF|vrm.t}}"],
]) + """

Notes
- Table 2: Marek brought a letter from Kasia for Tomasz; not handed over in the
  hall (passed to the mail room for checks). Tomek was told why and accepted it.
- Table 4: visitor's van parked in the disabled bay; moved when asked.
- Table 6: {{Kayden|n.t}}'s changing bag searched at the gate, nothing found.
- Lee CARVER (A5520DX) had a booked visit but refused to come down because
  Tomasz Wiśniewski was in the hall. Visitor {{Jodie CARVER|n.t}} told at the gate.

Visits booking line for families: 0113 496 0500 (option 2).
Signed: G. Braithwaite (SO)
"""),
]

B1 = {
    "bundle_id": "eval10-01",
    "subject": {
        "name": "Tomasz Piotr WIŚNIEWSKI",
        "aliases": ["Tomek", "Tom Wisniewski", "Tomasz Wisniewski", "Tomasz Wisniewsky",
                    "WIŚNIEWSKI, Tomasz Piotr"],
        "date_of_birth": "1983-11-03",
        "prison_number": "A7093DK",
        "identifiers": {"ni_number": "JR 58 21 74 C", "nhs_number": "999 418 2072",
                        "pnc": "2009/0388172M", "cro": "112804/09W"},
        "contact": {"addresses": ["Flat 3, 41 Tanners Row, Brackenfield ZB7 3HA",
                                  "112 Sedgefield Road, Ashgrove ZB2 8RF"],
                    "phones": ["07700 900418", "07700 900163"],
                    "emails": ["tomek.wisniewski83@example.com"]},
    },
    "lexicon": B1_LEX,
    "documents": B1_DOCS,
}

# ================================================================ BUNDLE 2
# Somali-heritage boy aged 16-17, youth justice (Ashgrove Youth Justice Service).

B2_LEX = """
Abdirahman Mohamed ABDULLAHI|n.s
ABDULLAHI, Abdirahman Mohamed|n.s
ABDULLAHI, Abdirahman|n.s
Abdirahman ABDULLAHI|n.s
ABDIRAHMAN ABDULLAHI|n.s
Abdirahman Abdullahi|n.s
Cabdiraxmaan Maxamed Cabdullaahi|n.s
Abdirahman Mohamed|n.s
Abdirahman|n.s
ABDULLAHI|n.s
Abdullahi|n.s
Abdi Mo|n.s
Abdi|n.s
19/02/2008|dob.s
19.02.08|dob.s
19 Feb 2008|dob.s
2008-02-19|dob.s
19th February 2008|dob.s
2023/0188456T|pnc.s
23/188456T|pnc.s
033107/23K|cro.s
999 302 7154|nhs.s
NZ 40 27 18 A|ni.s
Flat 12, Kestrel House, Fenwick Road, Ashgrove|ad.s
Kestrel House, Fenwick Road|ad.s
ZB5 2TS|pc.s
44 Orchard Gardens, Brackenfield|ad.s
ZB8 1UE|pc.s
07700 900214|ph.s
07700 900986|ph.s
abdi.m2008@example.net|em.s
# family
Faadumo Ahmed HIRSI|n.t
Faadumo Hirsi|n.t
Faadumo|n.t
Hirsi|n.t
HIRSI|n.t
Faadumo HIRSI|n.t
07700 900655|ph.t
Hodan Mohamed ABDULLAHI|n.t
Hodan|n.t
05/09/2011|dob.t
Mohamed Abdullahi JAMA|n.t
Yusuf Ahmed HIRSI|n.t
Yusuf|n.t
27 Weaver Street, Ashgrove|ad.t
ZB5 8AH|pc.t
07700 900603|ph.t
# co-accused, victim, others
Tyrese Jordan BAILEY|n.t
BAILEY, Tyrese|n.t
Tyrese|n.t
Ty|n.t
30/10/2007|dob.t
2021/0610397U|pnc.t
Kai McKENZIE-LEWIS|n.t
McKENZIE-LEWIS, Kai|n.t
Kai M-L|n.t
Kai|n.t
12/06/2008|dob.t
Oliver|n.t
4761 7300 0011 9522|card.t
Jerome BAILEY|n.t
Jerome|n.t
16 Coppice Way, Ashgrove|ad.t
ZB5 4RD|pc.t
BD68 XTR|vrm.t
Lorraine TEALE|n.t
L. Teale|n.t
Teale|n.t
07700 900471|ph.t
Farhan QURESHI|n.t
Tyrese BAILEY|n.t
Orchard Gardens|ad.s
Qureshi|n.t
f.qureshi@qureshilaw.example.co.uk|em.t
Jayden PRIESTLEY|n.t
Ellie-Mae ROBSHAW|n.t
Harvey COLDWELL|n.t
Amir SAEED|n.t
Jayden|n.t
Harvey|n.t
Amir|n.t
Ellie-Mae|n.t
# staff
Niamh BRENNAN|n.st
N. Brennan|n.st
Niamh|n.st
Brennan|n.st
n.brennan@ashgrove.example.gov.uk|em.st
0113 496 0147|ph.st
Tariq MAHMOOD|n.st
Daniel OYELARAN|n.st
Oyelaran|n.st
Jack FIRTH|n.st
Firth|n.st
Lowther|n.st
Callum REID|n.st
Reid|n.st
c.reid@ashgroveacademy.example.sch.uk|em.st
Deborah ATKINSON-HALE|n.st
D. Atkinson-Hale|n.st
Shona MACLEOD|n.st
Shona|n.st
Mick TURNBULL|n.st
M. Turnbull|n.st
Mick|n.st
# public bodies
Civic Centre, Market Way, Ashgrove|ad.pb
ZB1 1DA|pc.pb
0113 496 0112|ph.pb
yjs@ashgrove.example.gov.uk|em.pb
childrens.services@ashgrove.example.gov.uk|em.pb
0113 496 0230|ph.pb
Bridge Street, Ashgrove|ad.pb
ZB1 4JX|pc.pb
0113 496 0990|ph.pb
Lime Walk, Ashgrove|ad.pb
ZB6 2NW|pc.pb
0113 496 0640|ph.pb
office@ashgroveacademy.example.sch.uk|em.pb
"""

B2_DOCS = [
D("asset-plus-assessment-extract", """
ASHGROVE YOUTH JUSTICE SERVICE                       AssetPlus - printed extract
Civic Centre, Market Way, Ashgrove ZB1 1DA     0113 496 0112     yjs@ashgrove.example.gov.uk

PERSONAL DETAILS
Name:               Abdirahman Mohamed ABDULLAHI
Known as:           Abdi
Name in Somali:     Cabdiraxmaan Maxamed Cabdullaahi
Date of birth:      19/02/2008 (16 at assessment)      Gender: male
Ethnicity:          Black British - Somali              Religion: Muslim
PNC:                23/188456T                          NHS no: 999 302 7154
CRO:                033107/23K                          NI no:  NZ 40 27 18 A
Home address:       Flat 12, Kestrel House, Fenwick Road, Ashgrove ZB5 2TS
Previous address:   44 Orchard Gardens, Brackenfield ZB8 1UE (until 2022)
Mobile:             07700 900214
Case manager:       Niamh BRENNAN (n.brennan@ashgrove.example.gov.uk, 0113 496 0147)

FAMILY AND PERSONAL RELATIONSHIPS
Abdi lives with his mother, Faadumo Ahmed HIRSI (mobile 07700 900655), and his
sister Hodan Mohamed ABDULLAHI (DOB 05/09/2011). In Somali naming custom the
children carry their father's and grandfather's first names, while their
mother keeps her own name. Their father,
Mohamed Abdullahi JAMA, lives abroad and has had no contact since 2019.
The maternal uncle, Yusuf Ahmed HIRSI, of 27 Weaver Street, Ashgrove ZB5 8AH,
is a positive male figure; Abdi stayed with Yusuf during both missing episodes.
Ms Hirsi reports that Abdi "changed" after the move from Orchard Gardens.
""", """
AssetPlus extract - ABDULLAHI, Abdirahman - DOB 2008-02-19            page 2 of 2

OFFENCE ANALYSIS
Index offence: robbery (03/01/2025, Ashgrove bus station). Abdirahman and two
others, Tyrese Jordan BAILEY and Kai McKENZIE-LEWIS, surrounded a 15-year-old
boy, Oliver, and took his phone and bank card. Abdi admits standing in front of
Oliver but says Ty "did the talking" and Kai took the card. Oliver's card was
later found on Abdi during a stop and search (see PC Oyelaran's record).

LIFESTYLE AND ASSOCIATES
Peer group centred on Tyrese (DOB 30/10/2007, PNC 2021/0610397U), who is older
and already known to the service. Kai (DOB 12/06/2008) attends the same school.
Concern about older males in a car registered to Ty's brother, Jerome BAILEY.

EDUCATION
Ashgrove Academy, Year 12 (vocational). Fixed-term suspension in February 2025.
Head of Year: Mr Callum REID.

RISK AND SAFETY
Two missing episodes (January and March 2025), both found safe at the uncle's.
Return home interviews by Shona MACLEOD (Children's Services).

Assessor: N. Brennan, Case Manager          Countersigned: Tariq MAHMOOD, Team Manager
"""),

D("stop-and-search-record", """
ASHGROVE POLICE - STOP AND SEARCH RECORD (PACE s.1 / s.23 MDA)

Date/time:   14/01/2025 21:47            Location: Fenwick Road / Weaver Street
Officer:     PC Daniel OYELARAN          Accompanying: PC Jack FIRTH
Station:     Ashgrove Police Station, Bridge Street, Ashgrove ZB1 4JX (0113 496 0990)

PERSON SEARCHED
Name given:      Abdi Mo - later confirmed as Abdirahman ABDULLAHI
DOB given:       19.02.08                  Self-defined ethnicity: B9 (Somali)
Address given:   Kestrel House, Fenwick Road (flat number not given)
Phone:           07700 900986 (handset seized - see below)

VEHICLE
Grey Vauxhall Corsa, VRM BD68 XTR, stationary with engine running. Occupants: the
driver (male, 20s, declined to give details) and two rear passengers. PNC check
shows registered keeper Jerome BAILEY, 16 Coppice Way, Ashgrove ZB5 4RD.

GROUNDS
Information from the robbery on 03/01/2025 that a bank card taken from the victim
(Oliver) was in the possession of one of a group of youths using this vehicle.

OBJECT OF SEARCH: stolen property.     OUTCOME: arrest (handling stolen goods)

ITEMS FOUND
1. Visa debit card 4761 7300 0011 9522 in the name of the victim - seized
2. Mobile phone (cracked screen), number stated as 07700 900986 - seized
3. £35 cash - returned

Second passenger identified himself as "Kai" and was searched: nothing found.
Receipt given to Abdullahi. Parent informed by phone (Ms Hirsi, 07700 900655) at
22:30 by PC Firth.
"""),

D("appropriate-adult-attendance-record", """
ASHGROVE APPROPRIATE ADULT SCHEME
(run by YouthLink, a registered charity, under contract to the local authority)
ATTENDANCE RECORD - JUVENILE IN CUSTODY

Custody suite:      Ashgrove Police Station, Bridge Street, Ashgrove ZB1 4JX
Called by:          Sgt Lowther (custody) at 23:10, 14/01/2025
Appropriate adult:  Lorraine TEALE (volunteer)      Mobile: 07700 900471
Young person:       ABDULLAHI, Abdirahman Mohamed   DOB 19 Feb 2008     Age 16
Reason parent not used: mother (Faadumo Hirsi) attended but has limited English
and asked for an AA; interpreter (Somali) provided by telephone.

TIMELINE
23:52  Arrived. Met the young person in the consultation room with the duty
       solicitor, Farhan QURESHI (f.qureshi@qureshilaw.example.co.uk).
00:15  Rights and entitlements read again in my presence. Abdi says he
       understands; he asked whether his sister Hodan would be told.
00:40  Interview starts (PC Firth, PC Oyelaran). Prepared statement read by
       Mr Qureshi. "No comment" to further questions on the solicitor's advice.
01:22  Interview ends. Abdirahman asked for food; provided at 01:35.
02:10  Released under investigation to his mother's address
       (Flat 12, Kestrel House, Fenwick Road, Ashgrove ZB5 2TS).

CONCERNS NOTED
Young person was kept in a cell for nearly 3 hours before the AA was called.
Told custody; Sgt Lowther recorded the delay on the custody record.

Signed: L. Teale                     Scheme office: 0113 496 0112 (via YJS)
"""),

D("referral-order-panel-contract", """
ASHGROVE YOUTH JUSTICE SERVICE
REFERRAL ORDER - YOUTH OFFENDER PANEL CONTRACT

Young person:   Abdirahman ABDULLAHI           Date of birth: 19th February 2008
Address:        Flat 12, Kestrel House, Fenwick Road, Ashgrove ZB5 2TS
Order:          9 months, made at Ashgrove Youth Court 11/03/2025
Panel date:     02/04/2025                      Venue: Civic Centre, Market Way, Ashgrove
YJS officer:    Niamh BRENNAN                   Parent present: Faadumo HIRSI

I, Abdirahman, agree to:
 1. Meet my YJS worker Niamh every week and tell her if I change my phone number
    (current 07700 900214) or my e-mail (abdi.m2008@example.net).
 2. Complete 20 hours of reparation with the YJS reparation team (supervisor
    Mick TURNBULL) and write a letter of apology to Oliver, to be passed on only
    if he agrees.
 3. Not contact Tyrese BAILEY or Kai McKENZIE-LEWIS, directly or on social media,
    for the length of the order.
 4. Attend school every day, and see Mr Reid every Monday morning.
 5. Be home by 9 pm unless with my uncle Yusuf or my mother.

Victim view (through the YJS victim worker): Oliver would like to know that Abdi
understands how frightened he was. He does not want to meet.

Signatures:  Abdi [signed]        Faadumo Hirsi [signed]        N. Brennan (YJS)
Review panel: July 2025. Contact the YJS on 0113 496 0112 or yjs@ashgrove.example.gov.uk
"""),

D("school-exclusion-notice", """
ASHGROVE ACADEMY
Lime Walk, Ashgrove ZB6 2NW   Tel 0113 496 0640   office@ashgroveacademy.example.sch.uk

Private and confidential
Ms Faadumo Ahmed HIRSI
{{Flat 12, Kestrel House
Fenwick Road, Ashgrove|ad.s}} ZB5 2TS

7 February 2025

Dear Ms Hirsi

NOTICE OF SUSPENSION - ABDIRAHMAN ABDULLAHI (Year 12, DOB 2008-02-19)

I am writing to tell you that I have decided to suspend Abdirahman for a fixed
period of 4 school days, from 10 February to 13 February 2025 inclusive.

The reason is persistent disruptive behaviour, ending on 6 February when
Abdirahman and another student (Kai McKENZIE-LEWIS) left a lesson without
permission and were found with a group of older males in a car outside the
school gates. Staff recognised the car from previous reports.

During the suspension you must make sure that Abdirahman is not present in a
public place during school hours without good reason. Work will be set on the
online platform; his login is his school e-mail, not his personal address.

You may make representations to the governing board. Please contact
Mr Callum REID, Head of Year 12, on c.reid@ashgroveacademy.example.sch.uk, or the school
office on 0113 496 0640. A reintegration meeting is arranged for 14 February at
8.30 am; please bring Abdi with you.

Yours sincerely

D. Atkinson-Hale
Deborah ATKINSON-HALE, Headteacher

cc  Niamh BRENNAN, Ashgrove Youth Justice Service
"""),

D("missing-person-return-interview", """
ASHGROVE CHILDREN'S SERVICES - RETURN HOME INTERVIEW
(missing from home - independent return interview within 72 hours)

Child:          Abdirahman Mohamed ABDULLAHI ("Abdi")      DOB 19/02/2008
Address:        Flat 12, Kestrel House, Fenwick Road, Ashgrove ZB5 2TS
Missing from:   22:00 on 15/03/2025    Found: 13:20 on 17/03/2025
Where found:    27 Weaver Street, Ashgrove ZB5 8AH (maternal uncle's home)
Reported by:    mother, Faadumo Hirsi (07700 900655)
Interviewer:    Shona MACLEOD, Return Home Interview worker
Contact:        childrens.services@ashgrove.example.gov.uk / 0113 496 0230

CHILD'S ACCOUNT
Abdi said he left after an argument with his mother about his phone. He walked
to Yusuf's house and "just wanted to sleep somewhere quiet". He said his uncle
told him to call home but he turned his phone off. He denied being with Ty or
Kai and said he has not seen them since the referral order panel.

He said someone had messaged his old number (07700 900986) asking him to "come
back to work". He did not know who. He now uses 07700 900214 and says only family
and Niamh have it.

PUSH / PULL FACTORS
Push: arguments at home; overcrowding (three in a two-bedroom flat).
Pull: uncle's home is calm; Yusuf (mobile 07700 900603) is happy for Abdi to stay
at weekends if the YJS agrees.

ACTIONS
- Share with YJS case manager (N. Brennan) - exploitation screening to be updated.
- Shona to visit Yusuf Ahmed HIRSI to discuss weekend stays.
- Police informed of messages to the old number (via 0113 496 0990).
"""),

D("reparation-project-attendance-sheet", """
ASHGROVE YJS - REPARATION PROJECT ATTENDANCE SHEET
Project: Fenwick allotments (community garden)     Supervisor: Mick TURNBULL
Session: Saturday 10:00-14:00                       Meeting point: Civic Centre car park

""" + table(["Date", "Young person", "Order", "Hours", "Notes"], [
    ["12/04/2025", "Abdi ABDULLAHI", "Referral 9m", "4.0", "Good effort; planted beds 3-4"],
    ["12/04/2025", "Jayden PRIESTLEY", "YRO", "4.0", "-"],
    ["12/04/2025", "Ellie-Mae ROBSHAW", "Referral 6m", "2.0", "Left early (illness), mum collected"],
    ["19/04/2025", "Abdi ABDULLAHI", "Referral 9m", "4.0", "Helped Amir with the fencing"],
    ["19/04/2025", "Amir SAEED", "Referral 3m", "4.0", "First session"],
    ["19/04/2025", "Harvey COLDWELL", "YRO", "0.0", "Did not attend - not notified"],
    ["26/04/2025", "Abdi ABDULLAHI", "Referral 9m", "3.5", "Late 30 min (bus)"],
    ["26/04/2025", "Jayden PRIESTLEY", "YRO", "4.0", "Worked with Abdi"],
]) + """

Running total for Abdirahman: 11.5 of 20 hours.
Supervisor's note: Abdi asked not to be put on the same session as Kai M-L
(who is due to start in May). Agreed - Kai to attend Sunday sessions.
Harvey's case manager informed by e-mail.

Signed: M. Turnbull                       Checked: N. Brennan
"""),
D("exploitation-screening-tool", """
ASHGROVE CHILDREN'S SERVICES / YJS
CHILD CRIMINAL EXPLOITATION (CCE) SCREENING TOOL - completed jointly

Child:         ABDULLAHI, Abdirahman Mohamed      DOB: 19/02/2008
Address:       Flat 12, Kestrel House, Fenwick Road, Ashgrove ZB5 2TS
Completed by:  N. Brennan (YJS) and Shona MACLEOD (Children's Services)
Date:          21/03/2025

""" + table(["Indicator", "Present?", "Evidence"], [
    ["Missing episodes", "Yes (2)", "Found at uncle's, 27 Weaver Street, Ashgrove ZB5 8AH"],
    ["Unexplained money / items", "Yes", "£35 cash and victim's card on stop 14/01/2025"],
    ["Older associates / vehicles", "Yes", "Grey Corsa BD68 XTR; keeper Jerome BAILEY (20)"],
    ["Multiple phones", "Yes", "07700 900986 seized; now 07700 900214"],
    ["Messages asking him to work", "Yes", "To old number, sender unknown"],
    ["Links to known CCE nominals", "Possible", "Tyrese BAILEY, DOB 30/10/2007"],
    ["School exclusion", "Yes", "Suspended Feb 2025 (Mr Reid's report)"],
]) + """

Professional view
Abdi shows several indicators of criminal exploitation. He is not thought to be
the person running the group; Ty appears to be the link to the older males in
the Corsa. Kai McKENZIE-LEWIS (DOB 12/06/2008) is being screened separately by
his own case manager.

Protective factors: his mother Faadumo's supervision; uncle Yusuf; his sister
Hodan, who he says he wants to "set an example for"; engagement with Niamh.

Outcome: referral to the exploitation panel (MACE) on 28/03/2025. Intelligence
submitted to police via 0113 496 0990. Parent informed by phone on 07700 900655.

Signed: Niamh BRENNAN / Shona MACLEOD
"""),
]

B2 = {
    "bundle_id": "eval10-02",
    "subject": {
        "name": "Abdirahman Mohamed ABDULLAHI",
        "aliases": ["Abdi", "Abdi Mo", "Abdirahman Abdullahi", "Cabdiraxmaan Maxamed Cabdullaahi",
                    "ABDULLAHI, Abdirahman Mohamed"],
        "date_of_birth": "2008-02-19",
        "identifiers": {"ni_number": "NZ 40 27 18 A", "nhs_number": "999 302 7154",
                        "pnc": "2023/0188456T", "cro": "033107/23K"},
        "contact": {"addresses": ["Flat 12, Kestrel House, Fenwick Road, Ashgrove ZB5 2TS",
                                  "44 Orchard Gardens, Brackenfield ZB8 1UE"],
                    "phones": ["07700 900214", "07700 900986"],
                    "emails": ["abdi.m2008@example.net"]},
    },
    "lexicon": B2_LEX,
    "documents": B2_DOCS,
}

# ================================================================ BUNDLE 3
# Punjabi Sikh woman aged 34, on a community order; private family law proceedings.

B3_LEX = """
Harpreet Kaur SANDHU|n.s
HARPREET KAUR SANDHU|n.s
SANDHU, Harpreet Kaur|n.s
SANDHU, Harpreet|n.s
Harpreet SANDHU|n.s
Harpreet Sandhu|n.s
Harpreet Kaur GILL|n.s
Harpreet Kaur|n.s
Harpreet GILL|n.s
H. K. Sandhu|n.s
H K SANDHU|n.s
Harpreet|n.s
Preeti|n.s
SANDHU|n.s
Sandhu|n.s
27/09/1990|dob.s
27.09.1990|dob.s
1990-09-27|dob.s
27 September 1990|dob.s
27-SEP-90|dob.s
N518274|crn.s
2016/0048213Y|pnc.s
16/48213Y|pnc.s
SP 73 40 18 B|ni.s
999 650 1841|nhs.s
SANDH959270HK9RW|dl.s
FY63 KDN|vrm.s
Flat 2, 6 Chapel Fold, Brackenfield|ad.s
ZB8 6SJ|pc.s
91 Ravensworth Drive, Ashgrove|ad.s
ZB3 7NQ|pc.s
07700 900389|ph.s
07700 900902|ph.s
harpreet.sandhu90@example.org|em.s
# family and others
Jaswinder Singh SANDHU|n.t
JASWINDER SINGH SANDHU|n.t
SANDHU, Jaswinder Singh|n.t
Jaswinder SANDHU|n.t
Jaswinder|n.t
Jas|n.t
15/01/1987|dob.t
2019/0733102N|pnc.t
5 Birchfield Avenue, Ashgrove|ad.t
ZB3 2LD|pc.t
07700 900118|ph.t
jas.sandhu87@example.com|em.t
Simran Kaur SANDHU|n.t
Simran|n.t
03/06/2015|dob.t
999 271 9338|nhs.t
Arjun Singh SANDHU|n.t
Arjun|n.t
21/11/2018|dob.t
999 845 0616|nhs.t
Surinder Kaur GILL|n.t
Surinder|n.t
18/04/1962|dob.t
14 Low Lane, Brackenfield|ad.t
ZB8 3PW|pc.t
0113 496 0781|ph.t
Balbir Kaur SANDHU|n.t
Balbir|n.t
07700 900244|ph.t
Natalia IONESCU|n.t
Natalia|n.t
Manjit Singh BHAMRA|n.t
M. S. Bhamra|n.t
m.bhamra@linguabridge.example.com|em.t
Rebecca ASHWORTH|n.t
r.ashworth@kirkgatelaw.example.co.uk.cjsm.net|em.t
0113 496 0822|ph.t
Gurpreet DHALIWAL|n.t
Kwabena OSEI|n.t
Karen LISTER|n.t
Joanne PEEL|n.t
Tasha|n.t
# staff
Chidi OKONKWO|n.st
C. Okonkwo|n.st
Okonkwo|n.st
chidi.okonkwo@probation.example.gov.uk|em.st
0113 496 0344|ph.st
Bethan PROSSER|n.st
Bethan Prosser|n.st
Prosser|n.st
bethan.prosser@cafcass.example.gov.uk|em.st
HAWLEY|n.st
Hawley|n.st
Amira HADDAD|n.st
Haddad|n.st
Lauren COPE|n.st
L. Cope|n.st
Imran SIDDIQUI|n.st
I. Siddiqui|n.st
Rachel THORNTON|n.st
Thornton|n.st
# public bodies
14 Canal Wharf, Ashgrove|ad.pb
ZB3 9LU|pc.pb
0113 496 0333|ph.pb
ashgrove.probation@justice.example.gov.uk|em.pb
Infirmary Street, Ashgrove|ad.pb
ZB2 3EP|pc.pb
0113 496 0290|ph.pb
family.ashgrove@justice.example.gov.uk|em.pb
Unit 4, Regent Court, Ashgrove|ad.pb
ZB1 5RT|pc.pb
0113 496 0455|ph.pb
ashgrove.team@cafcass.example.gov.uk|em.pb
"""

B3_DOCS = [
D("cafcass-safeguarding-letter", """
Cafcass - Ashgrove Service Area
Unit 4, Regent Court, Ashgrove ZB1 5RT | 0113 496 0455 | ashgrove.team@cafcass.example.gov.uk

SAFEGUARDING LETTER (first hearing dispute resolution appointment)
To: Ashgrove Family Court, Infirmary Street, Ashgrove ZB2 3EP
Case: C100 - child arrangements                            Date: 18 November 2024
Applicant (mother):  Harpreet Kaur SANDHU, DOB 27/09/1990
Respondent (father): Jaswinder Singh SANDHU, DOB 15/01/1987
Children:            Simran Kaur SANDHU, DOB 03/06/2015
                     Arjun Singh SANDHU, DOB 21/11/2018

1. CHECKS UNDERTAKEN
Police (PNC and local) and local authority checks were completed on both adults.
Police: the respondent has a conviction recorded under PNC 2019/0733102N (common
assault, 2019, not involving the applicant). The applicant has a conviction
recorded under PNC 16/48213Y (drink driving, 2024). Two police call-outs to
91 Ravensworth Drive, Ashgrove ZB3 7NQ (the former family home) in 2023, both
verbal arguments; the 2023 call was made by the applicant.
Local authority: child in need plan closed March 2024
(social worker Amira HADDAD).

2. TELEPHONE INTERVIEWS
Ms Sandhu (07700 900389) told me that she left the family home in June 2024
because of controlling behaviour, including Jaswinder checking her phone; she
changed her number from 07700 900902 for that reason. She wants the children to
live with her at Flat 2, 6 Chapel Fold, Brackenfield ZB8 6SJ and to see their
father every other weekend.
""", """
Cafcass safeguarding letter - {{SANDHU|n.t}} children - page 2

Mr {{Sandhu|n.t}}'s account (07700 900118): he denies controlling behaviour and says
Harpreet's drinking is the main risk. He lives with his mother,
Balbir Kaur SANDHU, at 5 Birchfield Avenue, Ashgrove ZB3 2LD, and wants a shared care
arrangement. He told me his new partner, Natalia IONESCU, does not live with him.

3. ASSESSMENT
There are allegations by each parent against the other. The children are not
at immediate risk. The maternal grandmother, Surinder Kaur GILL, provides after
school care for Simran and Arjun and both parents agree she is a protective
figure.

4. RECOMMENDATION
A section 7 report should be ordered, limited to the children's wishes and
feelings and to the alcohol issue. I recommend the court considers whether
Harpreet's probation practitioner can provide an update.

Bethan PROSSER, Family Court Adviser
bethan.prosser@cafcass.example.gov.uk
"""),

D("c100-application-extract", """
FORM C100 - APPLICATION UNDER THE CHILDREN ACT 1989 (extract, typed from the
paper application)

SECTION 1 - THE CHILDREN
""" + table(["Full name", "Date of birth", "Gender", "NHS number"], [
    ["Simran Kaur SANDHU", "03/06/2015", "Female", "999 271 9338"],
    ["Arjun Singh SANDHU", "21/11/2018", "Male", "999 845 0616"],
]) + """

SECTION 2 - APPLICANT
Name:               Harpreet Kaur SANDHU
Previous names:     Harpreet Kaur GILL (before marriage, 2013)
Date of birth:      27.09.1990
Address:            Flat 2, 6 Chapel Fold, Brackenfield ZB8 6SJ
Address in last 5 years: 91 Ravensworth Drive, Ashgrove ZB3 7NQ (2016 - June 2024)
Telephone:          07700 900389
E-mail:             harpreet.sandhu90@example.org
Do you need an interpreter? Punjabi for documents only - spoken English is good.

SECTION 3 - RESPONDENT
Name:               Jaswinder Singh SANDHU ("Jas")
Date of birth:      15/01/1987
Address:            5 Birchfield Avenue, Ashgrove ZB3 2LD
Telephone:          07700 900118
E-mail:             jas.sandhu87@example.com
""", """
C100 - SANDHU, Harpreet Kaur v SANDHU, Jaswinder Singh                    page 2

SECTION 4 - OTHER PEOPLE WHO SHOULD BE TOLD ABOUT THE APPLICATION
Surinder Kaur GILL (maternal grandmother), 14 Low Lane, Brackenfield ZB8 3PW,
tel 0113 496 0781, DOB 18/04/1962 - cares for the children after school.

SECTION 5 - MIAM
Exemption claimed: domestic abuse evidence (non-molestation order, see bundle).

SECTION 6 - WHAT ARE YOU ASKING THE COURT TO DO?
That Simran and Arjun live with me. That they spend time with their father
every other weekend, with handovers at my mother's house ({{Low Lane|ad.t}}) and not at
{{Birchfield Avenue|ad.t}}, because his mother Balbir shouts at me in front of them.

SECTION 7 - LEGAL REPRESENTATION
Solicitor: Rebecca ASHWORTH, Kirkgate Law LLP - secure e-mail
r.ashworth@kirkgatelaw.example.co.uk.cjsm.net, direct line 0113 496 0822.

Statement of truth signed: H. K. Sandhu                 Date: 04/10/2024
"""),

D("non-molestation-order", """
IN THE FAMILY COURT SITTING AT ASHGROVE
Infirmary Street, Ashgrove ZB2 3EP      Tel 0113 496 0290      family.ashgrove@justice.example.gov.uk

FAMILY LAW ACT 1996 - NON-MOLESTATION ORDER (Form FL404a)

The Applicant:   HARPREET KAUR SANDHU (date of birth 27 September 1990)
The Respondent:  JASWINDER SINGH SANDHU (date of birth 15/01/1987)

IMPORTANT NOTICE TO THE RESPONDENT JASWINDER SINGH SANDHU
You must obey this order. If you do not, you will be guilty of contempt of court
and/or of a criminal offence, and you may be sent to prison, fined or have your
assets seized.

ON 12 September 2024 District Judge HAWLEY considered an application without
notice. The court orders that:
1. The Respondent must not use or threaten violence against the Applicant, and
   must not instruct, encourage or in any way suggest that any other person
   (including Balbir Kaur SANDHU) should do so.
2. The Respondent must not intimidate, harass or pester the Applicant, or send
   messages to her on any number or account, including 07700 900389 and
   harpreet.sandhu90@example.org.
3. The Respondent must not go to, enter or attempt to enter
   Flat 2, 6 Chapel Fold, Brackenfield ZB8 6SJ, or go within 100 metres of it.
4. The Respondent may communicate with the Applicant about the children only
   through Surinder Kaur GILL or through solicitors.

This order lasts until 12 March 2025 at 4 pm. A return hearing is listed on
26 September 2024 at 10 am.

Served on the Respondent personally at 5 Birchfield Avenue, Ashgrove ZB3 2LD by
Karen LISTER, process server (Northgate Process Services), at 18:40 on
13/09/2024. Witness to service: Joanne PEEL.
"""),

D("court-order-variation-application", """
THE PROBATION SERVICE - ASHGROVE
14 Canal Wharf, Ashgrove ZB3 9LU        0113 496 0333        ashgrove.probation@justice.example.gov.uk

APPLICATION TO AMEND A COMMUNITY ORDER (Sentencing Act 2020, Sch 10)

To: Ashgrove Magistrates' Court, Infirmary Street, Ashgrove ZB2 3EP

Person on probation:  SANDHU, Harpreet Kaur            CRN: N518274
Date of birth:        27-SEP-90                       PNC: 2016/0048213Y
Address:              Flat 2, 6 Chapel Fold, Brackenfield ZB8 6SJ
Original order:       12 months community order, made 22/05/2024 for driving
                      with excess alcohol (vehicle FY63 KDN): 60 hours unpaid
                      work; 10 RAR days; 6 months alcohol treatment requirement.
Disqualified:         20 months (licence SANDH959270HK9RW surrendered to court)

APPLICATION
To replace the unpaid work requirement (32 hours outstanding) with 8 further
rehabilitation activity days.

REASONS
1. Ms Sandhu is the main carer for two children under the interim arrangements
   and has no childcare on the Saturday unpaid work placements. Her mother,
   Surinder, can only help on weekday afternoons.
2. She has attended every alcohol treatment appointment. Test results negative
   since August 2024.
3. The non-molestation order in her favour means she cannot use the
   {{Birchfield Avenue|ad.t}} address for any handovers; contact centre costs fall on Saturdays.

Harpreet agrees to this application and has signed below.

Probation practitioner: Chidi OKONKWO, chidi.okonkwo@probation.example.gov.uk,
direct dial 0113 496 0344                                   Date: 03/12/2024

Signed (person on probation): Harpreet Sandhu
"""),

D("accredited-programme-attendance-register", """
THE PROBATION SERVICE - ASHGROVE
ALCOHOL AND DRIVING GROUP (ADG) - ATTENDANCE REGISTER, COHORT 24/07
Venue: 14 Canal Wharf, Ashgrove ZB3 9LU, room 2    Facilitators: Lauren COPE, Imran SIDDIQUI

""" + table(["CRN", "Participant", "S1", "S2", "S3", "S4", "S5", "S6"], [
    ["N518274", "SANDHU, Harpreet", "A", "A", "A", "AA", "A", "A"],
    ["{{N402771|crn.t}}", "{{DHALIWAL, Gurpreet|n.t}}", "A", "A", "UA", "A", "A", "A"],
    ["{{N633019|crn.t}}", "{{WARDLE, Craig|n.t}}", "A", "UA", "UA", "-", "-", "-"],
    ["{{N290416|crn.t}}", "{{OSEI, Kwabena|n.t}}", "A", "A", "A", "A", "AA", "A"],
    ["{{N871552|crn.t}}", "{{TRAN, Linh|n.t}}", "A", "A", "A", "A", "A", "A"],
]) + """

Key: A attended; AA acceptable absence; UA unacceptable absence; - breached/removed

Session notes
S3  Gurpreet DHALIWAL asked to move to another group because he knows Harpreet's
    family from the gurdwara. Not moved; both said they were comfortable.
S4  Harpreet: acceptable absence - court hearing (family). Evidence seen.
S5  Kwabena OSEI absent - hospital appointment (letter seen).
S6  Harpreet spoke about the night of the offence and about "Tasha", a friend
    who drove her home on other occasions. Good insight.

Facilitator sign-off: L. Cope / I. Siddiqui         Case managers informed via
ashgrove.probation@justice.example.gov.uk
"""),

D("translated-voicemail-transcript", """
LINGUA BRIDGE LTD - CERTIFIED TRANSLATION
Source: voicemail (Punjabi), 1 min 42 s, left on 07700 900389 on 02/12/2024 at
21:14 from 07700 900244. Audio supplied by Kirkgate Law LLP.
Translator: Manjit Singh BHAMRA (m.bhamra@linguabridge.example.com)

[Speaker identified by the recipient as her mother-in-law, Balbir Kaur SANDHU]

"Harpreet, this is your mother-in-law. Listen to me. You have taken the children
to that flat in Brackenfield and you think we don't know where it is.
{{Chapel Fold, number 6, flat 2|ad.s}} - everybody knows. Jaswinder is crying every night. You
are going to that class with drunks and you want the court to give you the
children? Simran told me you were sleeping in the afternoon. [inaudible] ...
Your mother Surinder should be ashamed. If you don't bring Arjun for his
birthday I will come myself. Call me back on this number."

[End of message]

Translator's notes
1. "Preeti" is used twice as a pet name for the recipient (00:09 and 01:30).
2. The speaker says "Jas" for her son, Jaswinder.
3. Punjabi term at 00:51 is a strong insult; translated as "drunks".

I certify that this is a true and accurate translation.
M. S. Bhamra, Lingua Bridge Ltd                               Date: 05/12/2024
"""),

D("section-7-welfare-report-extract", """
Cafcass - SECTION 7 REPORT (extract)                  Family Court at Ashgrove
Children: Simran Kaur SANDHU (9) and Arjun Singh SANDHU (6)
Author: Bethan Prosser, Family Court Adviser              Filed: 20 February 2025

1. SOURCES OF INFORMATION
Home visits to Flat 2, 6 Chapel Fold, Brackenfield ZB8 6SJ (mother) and to
5 Birchfield Avenue, Ashgrove ZB3 2LD (father and paternal grandmother);
telephone discussion with the probation practitioner, Mr Okonkwo; letter from
the school; police update from DC Rachel THORNTON (domestic abuse unit).

2. THE CHILDREN'S WISHES AND FEELINGS
Simran (9) was articulate. She said she likes "Mum's flat because it is quiet"
and that she misses her dad's dog. She asked me not to tell Nani Balbir what
she had said. Arjun (6) drew a picture of "Nani Surinder's house" with both
parents in it.

3. THE ALCOHOL ISSUE
Ms Sandhu has completed the Alcohol and Driving Group and the alcohol treatment
requirement. Mr Okonkwo reports full compliance. Hair strand test (November
2024) consistent with abstinence.
""", """
Section 7 report - Simran Kaur SANDHU and Arjun Singh SANDHU - page 2 of 2

4. THE FATHER
Jaswinder accepts he checked Harpreet's phone "because she was hiding drinking".
DC Thornton confirmed the breach report about the voicemail of 2 December was
passed to the respondent's mother as a warning; no further action.
Mr {{Sandhu|n.t}} is engaging with a parenting course. His partner, Natalia, has
met the children twice.

5. RECOMMENDATIONS
(a) The children live with their mother.
(b) They spend time with their father on alternate weekends from Saturday 10 am
    to Sunday 5 pm, with handovers at the home of the maternal grandmother,
    14 Low Lane, Brackenfield ZB8 3PW.
(c) Neither parent to discuss the proceedings with the children;
    Balbir Kaur SANDHU not to be present at handovers.

Bethan Prosser
Family Court Adviser, Cafcass - 0113 496 0455
"""),

D("drink-drive-rehabilitation-course-referral", """
DRINK-DRIVE REHABILITATION SCHEME - COURSE REFERRAL / OFFER NOTICE
(copy placed on the probation file at the person's request)

Offender name:       Harpreet Kaur SANDHU
Date of birth:       1990-09-27
Driving licence no:  SANDH959270HK9RW
Address:             Flat 2, 6 Chapel Fold, Brackenfield ZB8 6SJ
Court:               Ashgrove Magistrates' Court     Date of conviction: 22/05/2024
Vehicle at offence:  FY63 KDN (registered keeper: the offender)
Period of disqualification: 20 months; reduction of up to 5 months if the course
is completed by 21/10/2025.

COURSE PROVIDER
Roadwise Training CIC - course organiser Gurpreet DHALIWAL is NOT the same person
as the probation group member of that name; checked by the provider at booking.
Fees paid by card in the participant's own name; receipt on file.

PARTICIPANT'S CONTACT FOR THE COURSE
Mobile 07700 900389, e-mail harpreet.sandhu90@example.org. The participant asked
that the old number 07700 900902 is deleted as her ex-husband may still see it.

Probation note (C. Okonkwo, 10/01/2025): course booked for March 2025; H K SANDHU
to provide the certificate for the DVLA; no impact on the ATR.
"""),
]

B3 = {
    "bundle_id": "eval10-03",
    "subject": {
        "name": "Harpreet Kaur SANDHU",
        "aliases": ["Harpreet Kaur GILL", "Preeti", "H. K. Sandhu", "SANDHU, Harpreet"],
        "date_of_birth": "1990-09-27",
        "identifiers": {"ni_number": "SP 73 40 18 B", "nhs_number": "999 650 1841",
                        "pnc": "2016/0048213Y", "crn": "N518274"},
        "contact": {"addresses": ["Flat 2, 6 Chapel Fold, Brackenfield ZB8 6SJ",
                                  "91 Ravensworth Drive, Ashgrove ZB3 7NQ"],
                    "phones": ["07700 900389", "07700 900902"],
                    "emails": ["harpreet.sandhu90@example.org"]},
    },
    "lexicon": B3_LEX,
    "documents": B3_DOCS,
}

# ================================================================ BUNDLE 4
# Irish-born woman aged 58, police fraud investigation, fictional Welsh force.

B4_LEX = """
Siobhán Máire NÍ CHONAILL|n.s
NÍ CHONAILL, Siobhán Máire|n.s
NÍ CHONAILL, Siobhán|n.s
Siobhán NÍ CHONAILL|n.s
Siobhán Ní Chonaill|n.s
Siobhan CONNELL|n.s
CONNELL, Siobhan|n.s
Siobhan Connell|n.s
S CONNELL|n.s
Joan CONNELL|n.s
NÍ CHONAILL|n.s
Ní Chonaill|n.s
S. Connell|n.s
S. M. Ní Chonaill|n.s
Siobhán|n.s
Siobhan|n.s
CONNELL|n.s
Connell|n.s
Shiv|n.s
14/03/1967|dob.s
14.03.67|dob.s
14 Mawrth 1967|dob.s
14 March 1967|dob.s
1967-03-14|dob.s
1994/0077215J|pnc.s
94/77215J|pnc.s
004471/94X|cro.s
4471/94X|cro.s
WK 41 92 60 D|ni.s
CONNE653147SM9QL|dl.s
PX4418206|pp.s
999 113 5790|nhs.s
Tŷ Gwyn, 3 Heol y Felin, Llanfair Dyffryn|ad.s
Tŷ Gwyn|ad.s
14 Mill Race Cottages, Pontfaen|ad.s
YD9 3EH|pc.s
07700 900716|ph.s
029 2018 0562|ph.s
07700 900088|ph.s
shiv.connell67@example.net|em.s
60-91-22|sc.s
87441053|acc.s
GB77 NWBK 6091 2287 4410 53|iban.s
5352 0411 8830 7711|card.s
CU19 WXH|vrm.s
203.0.113.57|ip.s
2001:db8:4a1::17|ip.s
# victim and family
João Pedro ALVES FERREIRA|n.t
ALVES FERREIRA, João Pedro|n.t
João Ferreira|n.t
João|n.t
Ferreira|n.t
02/10/1949|dob.t
5 Heol y Felin, Llanfair Dyffryn|ad.t
029 2018 0317|ph.t
4929 0017 2431 8603|card.t
4929001724318603|card.t
30-94-55|sc.t
78213406|acc.t
PT41 0036 0040 9911 0012 3456 1|iban.t
192.0.2.44|ip.t
Marta FERREIRA|n.t
Marta|n.t
07700 900845|ph.t
marta.ferreira@example.com|em.t
Mair|n.t
# co-suspect
Ionuț-Alexandru POPESCU|n.t
POPESCU, Ionuț-Alexandru|n.t
Ionut POPESCU|n.t
POPESCU|n.t
I-A POPESCU|n.t
Popescu|n.t
Alex|n.t
05/08/1992|dob.t
2008/0915560V|pnc.t
07700 900850|ph.t
RO10 BTRL RONC RT03 8117 5430|iban.t
4659 4420 0318 7259|card.t
CV21 OKP|vrm.t
Flat 9, Marina Heights, Porth Dyffryn|ad.t
YD2 8TL|pc.t
198.51.100.23|ip.t
alex.popescu92@example.org|em.t
# witnesses and others
Akosua Serwaa MENSAH|n.t
Akosua MENSAH|n.t
Mensah|n.t
akosua.mensah@valuemart.example.co.uk|em.t
Emyr Wyn HUGHES|n.t
Emyr|n.t
Hughes|n.t
07700 900932|ph.t
Ana Luísa COSTA|n.t
Declan O'SHEA|n.t
O'Shea|n.t
d.oshea@tafflaw.example.co.uk.cjsm.net|em.t
Gareth LLOYD-JAMES|n.t
029 2018 0388|ph.t
# staff
Rhodri PRITCHARD|n.st
R. Pritchard|n.st
Pritchard|n.st
r.pritchard@dyffryn.police.example.uk|em.st
029 2018 0455|ph.st
Eleri WYN-DAVIES|n.st
Wyn-Davies|n.st
Gethin ap IORWERTH|n.st
Gethin ap Iorwerth|n.st
Bowen|n.st
Carys MORGAN|n.st
C. Morgan|n.st
Huw LLEWELLYN|n.st
Llewellyn|n.st
# public bodies
Ffordd y Castell, Llanfair Dyffryn|ad.pb
YD1 1PH|pc.pb
029 2018 0400|ph.pb
enquiries@dyffryn.police.example.uk|em.pb
"""

B4_DOCS = [
D("search-warrant-application", """
DYFFRYN POLICE / HEDDLU DYFFRYN
INFORMATION IN SUPPORT OF AN APPLICATION FOR A SEARCH WARRANT (PACE s.8)

Applicant:   DS Rhodri PRITCHARD, Economic Crime Unit
             Police HQ, Ffordd y Castell, Llanfair Dyffryn YD1 1PH
             direct 029 2018 0455 / r.pritchard@dyffryn.police.example.uk
Premises:    Tŷ Gwyn, 3 Heol y Felin, Llanfair Dyffryn {{YD4 2RS|pc.s}}
Occupier:    Siobhán Máire NÍ CHONAILL (also known as Siobhan CONNELL, "Shiv"),
             DOB 14/03/1967, PNC 94/77215J

1. THE OFFENCE
Fraud by abuse of position (Fraud Act 2006 s.4). The victim,
João Pedro ALVES FERREIRA (DOB 02/10/1949), lives alone at 5 Heol y Felin, Llanfair Dyffryn
{{YD4 2RS|pc.t}}, two doors from the occupier. Between June and November 2024 the
occupier helped him with shopping and banking. His daughter, Marta FERREIRA
(07700 900845), noticed 43 card payments and 6 transfers she could not explain,
totalling £18,420.

2. GROUNDS
(a) Bank records show the victim's debit card 4929 0017 2431 8603 was used for
    online purchases delivered to Tŷ Gwyn.
(b) Online banking log-ins to the victim's account came from IP address
    203.0.113.57, which the broadband provider attributes to the occupier's
    landline 029 2018 0562.
(c) Three transfers went from the victim's account (30-94-55 / 78213406) to an
    account in the occupier's name (60-91-22 / 87441053).
(d) £6,000 was sent on to a Romanian account, RO10 BTRL RONC RT03 8117 5430,
    held by Ionuț-Alexandru POPESCU (DOB 05/08/1992), believed to be the
    occupier's lodger until October 2024.
""", """
Search warrant information - NÍ CHONAILL, Siobhán - page 2 of 2

3. MATERIAL SOUGHT
Bank cards, including any card ending 7711 in the occupier's name and any card
in the name of João Ferreira; mobile phones and the handset using 07700 900716;
laptops and routers; paperwork about the Portuguese pension account
PT41 0036 0040 9911 0012 3456 1.

4. PREVIOUS ADDRESS
Until 2021 the occupier lived at 14 Mill Race Cottages, Pontfaen YD9 3EH. Nothing
suggests material is held there.

5. OTHER OCCUPANTS
None known since Popescu left. A vehicle CU19 WXH (registered to the occupier)
is usually parked outside.

I confirm that the information is true to the best of my knowledge.
R. Pritchard (DS)         Authorised by Insp Huw LLEWELLYN, 09/12/2024 16:20
"""),

D("exhibit-continuity-record", """
HEDDLU DYFFRYN - EXHIBIT CONTINUITY RECORD      Operation GLASWELLT
Search of Tŷ Gwyn, 3 Heol y Felin, Llanfair Dyffryn {{YD4 2RS|pc.s}} - 11/12/2024 07:05

""" + table(["Exhibit", "Description", "Found / seized by", "Movements"], [
    ["EWD/1", "Mastercard 5352 0411 8830 7711 (S CONNELL)", "DC Eleri WYN-DAVIES", "Store room 2, 11/12 10:40"],
    ["EWD/2", "Visa 4929 0017 2431 8603 (João Pedro ALVES FERREIRA)", "DC Eleri WYN-DAVIES", "Store room 2, 11/12 10:40"],
    ["EWD/3", "Notebook: \"João PIN?\" and \"Alex 07700 900850\"", "DC Eleri WYN-DAVIES", "To C. Morgan (FI) 12/12"],
    ["GAI/1", "iPhone, SIM for 07700 900716", "PC Gethin ap IORWERTH", "Digital unit 12/12 09:00"],
    ["GAI/2", "Router (label shows landline 029 2018 0562)", "PC Gethin ap IORWERTH", "Digital unit 12/12 09:00"],
    ["GAI/3", "Old Nokia, SIM for 07700 900088", "PC Gethin ap IORWERTH", "Digital unit 12/12 09:00"],
    ["RP/1", "Irish passport PX4418206", "DS Rhodri PRITCHARD", "Returned to owner 20/12"],
    ["RP/2", "Letters addressed to Ionut POPESCU", "DS Rhodri PRITCHARD", "Store room 2, 11/12 10:40"],
]) + """

Occupant present: Siobhan CONNELL (identified by passport, name in Irish
Siobhán Ní Chonaill). Arrested 07:22 by DS Pritchard.

Notes: RP/2 letters show a forwarding address for Popescu at
Flat 9, Marina Heights, Porth Dyffryn YD2 8TL. Vehicle CU19 WXH searched on the drive: nothing
found. Exhibits officer: DC Wyn-Davies.
"""),

D("charge-sheet-bilingual", """
HEDDLU DYFFRYN / DYFFRYN POLICE
TAFLEN GYHUDDO / CHARGE SHEET                      Custody ref: DY/0912/24

Enw / Name:                 NÍ CHONAILL, Siobhán Máire
Enw arall / Alias:          CONNELL, Siobhan; Joan CONNELL
Dyddiad geni / DOB:         14 Mawrth 1967 (14 March 1967)
Cyfeiriad / Address:        Tŷ Gwyn, 3 Heol y Felin, Llanfair Dyffryn {{YD4 2RS|pc.s}}
Rhif PNC / PNC:             1994/0077215J           CRO: 004471/94X
Rhif YG / NI no:            WK 41 92 60 D
Iaith / Language:           Saesneg / English (Irish speaker)

CYHUDDIAD / CHARGE
1. Between 01/06/2024 and 30/11/2024 at Llanfair Dyffryn, being in a position in
   which you were expected to safeguard the financial interests of
   João Pedro ALVES FERREIRA, you dishonestly abused that position intending to make a gain
   for yourself, namely £18,420. Contrary to section 1 and 4 of the Fraud Act 2006.
2. On 14/10/2024 you acquired criminal property, namely £6,000, transferred to
   account RO10 BTRL RONC RT03 8117 5430. Contrary to section 329 POCA 2002.

Ateb / Reply after caution: "I never meant to keep it. Alex said he'd pay it back."

Mechnïaeth / Bail: conditional. Reside at the address above; not to contact
João Ferreira or Marta FERREIRA directly or indirectly; not to enter Heol y Felin
except to reach her own front door; surrender passport (PX4418206).
Charging officer: DS Rhodri PRITCHARD          Custody officer: Sgt Bowen
Solicitor present: Declan O'SHEA (d.oshea@tafflaw.example.co.uk.cjsm.net)
"""),

D("identification-procedure-record", """
DYFFRYN POLICE - VIDEO IDENTIFICATION PROCEDURE RECORD (PACE Code D)
Identification officer: Insp Huw LLEWELLYN (not involved in the investigation)

Suspect:        NÍ CHONAILL, Siobhán (Siobhan Connell)        DOB 1967-03-14
Custody no:     DY/0912/24
Solicitor:      Declan O'SHEA - present for the compilation; objected to image 5
                (hair colour). Replaced.
Interpreter:    for witness 2 only - Ana Luísa COSTA (Portuguese), freelance via
                an agency

""" + table(["Witness", "Date/time", "Result", "Comment"], [
    ["1. Akosua Serwaa MENSAH (store manager, ValueMart)", "16/12/2024 11:05", "Positive - image 7", "\"She used the old man's card at my till\""],
    ["2. João Pedro ALVES FERREIRA (victim)", "16/12/2024 14:30", "Positive - image 7", "Recognised neighbour; via interpreter"],
    ["3. Emyr Wyn HUGHES (taxi driver)", "17/12/2024 10:15", "Not sure", "\"Could be 3 or 7\""],
]) + """

Image 7 is the suspect. Positions chosen by the solicitor.

Witness contact details (restricted - for case file only):
  Akosua MENSAH - via work e-mail akosua.mensah@valuemart.example.co.uk
  Emyr Wyn HUGHES - mobile 07700 900932
  João Ferreira - landline 029 2018 0317, or through his daughter Marta

Mr Hughes said afterwards that he drove "the Irish lady, Shiv" twice to the
cash machine in town but could not say she was in the video.

Signed: H. Llewellyn (Insp)                          16-17/12/2024
"""),

D("house-to-house-enquiry-form", """
[Scan of handwritten house-to-house forms, transcribed by OCR; uncorrected]

HEDDLU DYFFRYN - H2H ENQUIRY FORM              0p: GLASWELLT     Sheet 3 of 5
Street: Heol y Felin, Llanfair Dyffryn         Officer: PC {{Gethin ap lorwerth|n.st}}
Date: 12/12/2O24

No. 5  -  occupant is the vict1m (Mr Ferreira) - not canvassed, see statement.

No. 7  -  "Mair" (would not give surname), lives alone, 80s.
          Says Siobhan from No. 3 "did my shopping too, I gave her my card
          once but she brought the change back". Has not checked statements.
          Daughter in Cardiff will check. Tel given by Mair: {{029 2018 O671|ph.t}}
          ACTI0N: FI to check Mair's bank - refer to C. Morgan.

No. 9  -  Gareth LLOYD-JAMES, {{9 Heol y Fel1n|ad.t}}. Saw a man with a Romanian
          accent (thinks "Alex") collecting parcels from {{Ty Gwyn|ad.s}} in Sept/Oct.
          Silver car, did not get the registration.

No. 4  -  no reply x2. Card left.

No. 3  -  (Tŷ Gwyn) SUSPECT'S ADDRESS - not canvassed.

[margin note, different handwriting: "Shiv = Siobhán Ní Chonaill, see PNC 94/77215J"]
"""),

D("cloud-account-preservation-request", """
DYFFRYN POLICE - DATA PRESERVATION REQUEST (Investigatory Powers Act 2016)
To: Law Enforcement Response Team, Hearthmail Webmail Ltd (UK) - by portal
From: Digital Investigation Unit, Ffordd y Castell, Llanfair Dyffryn YD1 1PH
      Generic: enquiries@dyffryn.police.example.uk     Switchboard: 029 2018 0400
Officer in case: DS Rhodri PRITCHARD (029 2018 0455)
Date: 18/12/2024

Please preserve for 90 days all subscriber and log-in data for:

  Account 1: shiv.connell67@example.net
             (believed user: Siobhan CONNELL, DOB 14.03.67)
  Account 2: alex.popescu92@example.org
             (believed user: Ionuț-Alexandru POPESCU, DOB 05/08/1992)

Relevant log-ins already identified from the victim's bank:
""" + table(["Date (UTC)", "Account accessed", "Source IP", "Attributed to"], [
    ["03/07/2024 19:12", "victim's online banking", "192.0.2.44", "victim (home broadband)"],
    ["21/08/2024 22:47", "victim's online banking", "203.0.113.57", "suspect's broadband"],
    ["22/08/2024 07:03", "shiv.connell67@example.net", "2001:db8:4a1::17", "suspect's mobile data"],
    ["14/10/2024 16:55", "victim's online banking", "198.51.100.23", "Popescu (Porth Dyffryn)"],
    ["14/10/2024 17:02", "alex.popescu92@example.org", "198.51.100.23", "Popescu (Porth Dyffryn)"],
]) + """

Reason: the two accounts exchanged e-mails about "João's pension" and a transfer to
RO10 BTRL RONC RT03 8117 5430. Subscriber details are needed to link
shiv.connell67@example.net with the mobile 07700 900716 and the recovery number
07700 900088 (the suspect's old phone).

Do not notify the account holders.
"""),

D("telephone-billing-analysis", """
HEDDLU DYFFRYN - TELEPHONE BILLING ANALYSIS                    Analyst: C. Morgan
Target handset: 07700 900716 (attributed to Siobhán NÍ CHONAILL)
Period: 01/09/2024 - 30/11/2024         Source: call data records (network)

TOP CONTACTS
""" + table(["Number", "Attributed to", "Calls", "SMS", "First", "Last"], [
    ["07700 900850", "Ionuț-Alexandru POPESCU (co-suspect)", "64", "211", "02/09", "29/11"],
    ["029 2018 0317", "João Pedro ALVES FERREIRA (victim)", "38", "0", "01/09", "27/11"],
    ["029 2018 0562", "suspect's own landline (Tŷ Gwyn)", "22", "0", "03/09", "30/11"],
    ["07700 900845", "Marta FERREIRA (victim's daughter)", "3", "2", "12/11", "15/11"],
    ["07700 900932", "Emyr Wyn HUGHES (taxi)", "9", "4", "06/09", "22/11"],
    ["029 2018 0400", "Dyffryn Police switchboard", "1", "0", "28/11", "28/11"],
]) + """

OBSERVATIONS
1. Heavy contact with Popescu's mobile both before and after the transfer of
   14/10/2024, including 17 calls that day.
2. The victim's landline calls the suspect almost daily; most are under a minute
   ("have you been to the bank?" according to Marta).
3. The suspect called 07700 900088 (her own old handset) twice - probably
   testing the SIM before it was put in a drawer (exhibit GAI/3).
4. On 28/11/2024 the suspect called the police switchboard; no record of the
   reason.

Analyst: Carys MORGAN, Financial Investigator        Reviewed: R. Pritchard (DS)
"""),

D("bank-fraud-referral-form", """
CAMBRIAN MUTUAL BANK - FRAUD REFERRAL TO POLICE (vulnerable customer)
Referring team: Customer Protection, Cambrian Mutual (private bank)
Referrer: case handler {{Nia THOMAS|n.t}}, Customer Protection (direct 029 2018 0388)

CUSTOMER (VICTIM)
Name:            ALVES FERREIRA, João Pedro       DOB: 02/10/1949
Address:         5 Heol y Felin, Llanfair Dyffryn {{YD4 2RS|pc.t}}
Account:         sort code 30-94-55, account 78213406
Card:            4929001724318603 (cancelled 29/11/2024)
Power of attorney: none. Daughter Marta FERREIRA is a trusted contact on file
                 (marta.ferreira@example.com).

PAYEES OF CONCERN
""" + table(["Payee", "Details", "Amount", "Dates"], [
    ["S CONNELL", "60-91-22 / 87441053 (current account)", "£7,900", "3 transfers, Aug-Oct 2024"],
    ["I-A POPESCU", "RO10 BTRL RONC RT03 8117 5430", "£6,000", "14/10/2024"],
    ["Online retailers", "card payments, delivery to Tŷ Gwyn", "£4,520", "43 payments"],
]) + """

ADDITIONAL INFORMATION
The beneficiary account held by Siobhan Connell (IBAN GB77 NWBK 6091 2287 4410 53)
received the money and paid £2,300 the same week to card 4659 4420 0318 7259,
which our card scheme checks link to Popescu.

Police reference given by DS Pritchard on 02/12/2024.
"""),
]

B4 = {
    "bundle_id": "eval10-04",
    "subject": {
        "name": "Siobhán Máire NÍ CHONAILL",
        "aliases": ["Siobhan CONNELL", "Shiv", "Joan CONNELL", "Siobhán Ní Chonaill"],
        "date_of_birth": "1967-03-14",
        "identifiers": {"ni_number": "WK 41 92 60 D", "nhs_number": "999 113 5790",
                        "pnc": "1994/0077215J", "cro": "004471/94X"},
        "contact": {"addresses": ["Tŷ Gwyn, 3 Heol y Felin, Llanfair Dyffryn YD4 2RS",
                                  "14 Mill Race Cottages, Pontfaen YD9 3EH"],
                    "phones": ["07700 900716", "029 2018 0562", "07700 900088"],
                    "emails": ["shiv.connell67@example.net"]},
    },
    "lexicon": B4_LEX,
    "documents": B4_DOCS,
}

# ================================================================ BUNDLE 5
# Chinese national aged 29, immigration detention (Yarlside IRC, fictional).

B5_LEX = """
Jianhua CHEN|n.s
CHEN Jianhua|n.s
CHEN, Jianhua|n.s
Chen Jian Hua|n.s
Jian Hua CHAN|n.s
Jimmy CHEN|n.s
陈建华|n.s
Jianhua|n.s
Jimmy|n.s
CHEN|n.s
Chen|n.s
08/07/1996|dob.s
1996-07-08|dob.s
8 July 1996|dob.s
1996年7月8日|dob.s
08-JUL-1996|dob.s
E47120385|pp.s
2024/0260418C|pnc.s
24/260418C|pnc.s
390562/24E|cro.s
SH 62 07 15 A|ni.s
999 560 2474|nhs.s
A2258FW|pn.s
Flat B, 70 Harcourt Street, Coldmoor|ad.s
YR2 6BN|pc.s
07700 900377|ph.s
jimmychen1996@example.com|em.s
04-00-04|sc.s
71836205|acc.s
# detainees, family, associates
Rebwar Hama AMIN|n.t
AMIN, Rebwar Hama|n.t
Rebwar|n.t
11/04/1990|dob.t
Mihai-Cristian DUMITRESCU|n.t
DUMITRESCU, Mihai-Cristian|n.t
Mihai|n.t
24/12/1988|dob.t
Kofi Boateng ANSAH|n.t
ANSAH, Kofi Boateng|n.t
Ansah|n.t
Kofi|n.t
30/05/1975|dob.t
PE 39 81 55 C|ni.t
12 Larch Crescent, Coldmoor|ad.t
YR4 7GE|pc.t
0117 496 0623|ph.t
40-11-27|sc.t
63058194|acc.t
LIN Mei|n.t
Mei LIN|n.t
Mei|n.t
17/01/1998|dob.t
07700 900568|ph.t
Ah Wei|n.t
Hannah LIPMAN|n.t
Lipman|n.t
h.lipman@coldmoorlaw.example.co.uk.cjsm.net|em.t
0117 496 0845|ph.t
Ruth ABERNETHY|n.t
WANG Lei|n.t
Abdul-Karim SULTANI|n.t
Dawit TESFAYE|n.t
# staff
Gareth FELL|n.st
G. Fell|n.st
gareth.fell@homeoffice.example.gov.uk|em.st
Shazia AKHTAR|n.st
Akhtar|n.st
Mark ROWNTREE|n.st
M. Rowntree|n.st
Ngozi EZE|n.st
N. Eze|n.st
Eze|n.st
ORMEROD|n.st
Ormerod|n.st
Tobias GRANT|n.st
Li Na ZHOU|n.st
# public bodies
Yarlside Road, Coldmoor|ad.pb
YR3 5WD|pc.pb
0117 496 0700|ph.pb
det.yarlside@homeoffice.example.gov.uk|em.pb
Mercer House, 9 Tribunal Row, Coldmoor|ad.pb
YR1 4HS|pc.pb
0117 496 0100|ph.pb
"""

B5_DOCS = [
D("asylum-screening-interview", """
HOME OFFICE - ASYLUM SCREENING INTERVIEW (record)
Location: Yarlside IRC, Yarlside Road, Coldmoor YR3 5WD           Date: 06/01/2025
Interviewing officer: Gareth FELL             Interpreter: Li Na ZHOU (Mandarin,
Home Office contract interpreter, ID checked)

1.1 Full name:                CHEN Jianhua (family name CHEN)
1.2 Name in Chinese script:   陈建华
1.3 Other names used:         Jimmy CHEN (at work); Chen Jian Hua (on prison
                              records); Jian Hua CHAN (misspelling on arrest)
1.4 Date of birth:            1996年7月8日 (given) = 08/07/1996
1.5 Nationality:              Chinese
1.6 Passport:                 E47120385 - held by an agent, not seen
1.7 Other identifiers:        PNC 24/260418C; CRO 390562/24E;
                              former prison number A2258FW
1.8 Last UK address:          Flat B, 70 Harcourt Street, Coldmoor YR2 6BN
1.9 Phone / e-mail:           07700 900377 (seized on arrest);
                              jimmychen1996@example.com

2. JOURNEY AND ENTRY
Left Fujian in 2019 with a group arranged by a man he knew only as "Ah Wei".
Entered the UK in the back of a lorry. Worked for Ah Wei to pay a debt of about
£30,000, first in a restaurant kitchen, then at a house where cannabis was grown.
""", """
Screening interview - CHEN Jianhua - DOB 08/07/1996 - page 2

3. FAMILY
Parents in Fujian. No spouse or children. A cousin, Mei LIN (born 17/01/1998),
lives in the UK and is his only contact; mobile 07700 900568. He calls her
"Mei" or "LIN Mei" (Chinese order).

4. HEALTH
Says he has scars on his back from beatings by Ah Wei's men. Sleeps badly. Asked
to see the IRC doctor - Rule 35 appointment requested.

5. BASIS OF CLAIM (brief)
Fears Ah Wei's group if returned, because he owes them money and gave the police
the address of the cannabis house. Also says his family's land was taken.

Officer's note: the claimant asked that Ms Lipman, his solicitor, be sent a
copy. Referral to the National Referral Mechanism (possible victim of
trafficking) made the same day.

Signed: G. Fell                    Claimant: 陈建华 / Jianhua CHEN
"""),

D("rule-35-medical-report", """
YARLSIDE IRC - HEALTHCARE
DETENTION CENTRE RULES 2001 - RULE 35(3) REPORT (concerns that a detained
person may have been a victim of torture)

Detained person:  CHEN, Jianhua              Date of birth: 8 July 1996
Nationality:      Chinese                    NHS number: 999 560 2474
Room:             C-wing 14                   Interpreter: telephone (Mandarin)
Examined by:      Dr Ngozi EZE, GP            Date: 09/01/2025

ACCOUNT GIVEN
Mr Chen says that between 2021 and 2023 he was held at a house by men working for
a person he calls Ah Wei. He was beaten with a metal pole when he tried to
leave and was burned on the forearm with a cigarette lighter. He says a
fellow worker, WANG Lei, was beaten at the same time and has since disappeared.

EXAMINATION
Three linear scars on the upper back (8 cm, 11 cm, 6 cm). Two round scars on the
left forearm, 0.8 cm, consistent with cigarette burns. In my clinical opinion
the findings are consistent with his account (Istanbul Protocol: "consistent
with").

MENTAL HEALTH
Reports nightmares and flashbacks. PHQ-9 score 17. Referred to the mental health
team. Not currently at risk of self-harm, but ACDT to be considered if a removal
date is set.

Copy sent to: Home Office (Detention Engagement Team,
det.yarlside@homeoffice.example.gov.uk) and, with consent, to the legal
representative Hannah LIPMAN.

Dr N. Eze, GP, Yarlside IRC Healthcare          Healthcare line: 0117 496 0700
"""),

D("irc-room-allocation-sheet", """
YARLSIDE IRC - C WING - ROOM ALLOCATION SHEET                 Date: 13/01/2025
Compiled by DCO Mark ROWNTREE (night state)

""" + table(["Room", "Bed", "Name", "Nationality", "DOB", "Notes"], [
    ["C-14", "1", "CHEN, Jianhua", "China", "08-JUL-1996", "R35 done; interpreter Mandarin"],
    ["C-14", "2", "AMIN, Rebwar Hama", "Iraq (Kurdish)", "11/04/1990", "Sorani; good English"],
    ["C-15", "1", "DUMITRESCU, Mihai-Cristian", "Romania", "24/12/1988", "Deportation order - FNO"],
    ["C-15", "2", "{{SULTANI, Abdul-Karim|n.t}}", "Afghanistan", "{{02/02/2003|dob.t}}", "Age dispute resolved"],
    ["C-16", "1", "{{TESFAYE, Dawit|n.t}}", "Eritrea", "{{19/09/1994|dob.t}}", "Single occupancy - medical"],
]) + """

Room-sharing risk notes
- Rebwar has asked to stay with Jimmy; they cook together and Rebwar translates
  notices for him into simple English.
- Mihai-Cristian DUMITRESCU was moved from C-14 on 10/01/2025 after an argument
  with Chen about the television. No violence. Keep apart.
- Abdul-Karim SULTANI to be seen by welfare about his phone credit.

Signed: M. Rowntree (DCO)
"""),

D("first-tier-tribunal-bail-decision", """
FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)
Mercer House, 9 Tribunal Row, Coldmoor YR1 4HS          Tel 0117 496 0100

BAIL DECISION - Immigration Act 2016, Schedule 10
Applicant:        Jianhua CHEN                      Date of birth: 08/07/1996
Detained at:      Yarlside IRC
Hearing:          30/01/2025 (video link)       Before: Tribunal Judge ORMEROD
Representation:   Ms Hannah LIPMAN, solicitor, for the applicant;
                  Mr Tobias GRANT, Home Office Presenting Officer

DECISION: BAIL GRANTED, subject to the conditions below.

Financial condition supporter (surety):
  Name:        Kofi Boateng ANSAH             Date of birth: 30/05/1975
  Address:     12 Larch Crescent, Coldmoor YR4 7GE
  Telephone:   0117 496 0623                  NI number: PE 39 81 55 C
  Amount:      £2,000, evidence of funds: bank statements for sort code
               40-11-27, account 63058194 (three months, in Mr Ansah's name)
  Connection:  former employer's neighbour; has known the applicant since 2020;
               church elder who offered to help after visiting the IRC.

CONDITIONS
1. The applicant must live at the address of the financial condition supporter
   given above.
2. Report to the Home Office reporting centre every Monday.
3. Electronic monitoring: not imposed (Rule 35 report; risk of absconding low).
4. Not to work. Must not contact anyone he knows to be connected with Ah Wei.

REASONS
The respondent accepts a Rule 35 report was made and that the NRM referral has a
positive reasonable grounds decision. The applicant's cousin, Mei LIN, attended
the hearing and confirmed she will help with travel to reporting. Mr Ansah gave
evidence and was a credible and responsible supporter.

Tribunal Judge Ormerod
"""),

D("monthly-detention-progress-report", """
HOME OFFICE - DETENTION PROGRESS REPORT (month 1 review)
Subject: CHEN Jianhua, born 1996-07-08          Case owner: Gareth FELL
Detention Engagement Team: Shazia AKHTAR, det.yarlside@homeoffice.example.gov.uk
Date: 20/01/2025

Detained since:   18/12/2024 (on release from HMP sentence, prison no A2258FW)
Barriers to removal:
  - Travel document: passport E47120385 not in Home Office possession; ETD
    application to the Chinese Embassy submitted 23/12/2024.
  - Asylum claim made 06/01/2025; NRM referral; Rule 35 report (Dr Eze) received.
Compliance:       good. Attends DET surgeries. Friendly with detainee
                  Rebwar Hama AMIN (room-mate), no concerns.
Contact:          visits from cousin Mei LIN and from Ruth ABERNETHY of Coldmoor
                  Detainee Support (a charity visitors' group).
Legal:            represented by Hannah LIPMAN (0117 496 0845).

Reviewing officer's assessment
Given the Rule 35 report and the NRM referral, the presumption is now release
unless removal is imminent, which it is not. Recommend that the Home Office does
not oppose a bail application with the surety offered (Kofi Boateng ANSAH).
Bank details the detainee gave for any refund of his prison earnings:
sort code 04-00-04, account 71836205 (his own account).

Authorised: Shazia AKHTAR, HEO, Detention Engagement Team
"""),

D("legal-visits-diary", """
YARLSIDE IRC - LEGAL AND OFFICIAL VISITS DIARY                     Week 3, 2025
Visits hall bookings: 0117 496 0700 (option 3)

""" + table(["Date", "Time", "Detained person", "Room", "Visitor", "Organisation", "Notes"], [
    ["13/01", "10:00", "CHEN, Jianhua", "C-14", "Hannah LIPMAN", "solicitor", "Interpreter booked"],
    ["13/01", "11:30", "AMIN, Rebwar Hama", "C-14", "Ruth ABERNETHY", "Coldmoor Detainee Support", "Social visit hall"],
    ["14/01", "09:30", "DUMITRESCU, Mihai-Cristian", "C-15", "Gareth FELL", "Home Office", "Deportation interview"],
    ["15/01", "14:00", "CHEN, Jianhua", "C-14", "Ruth ABERNETHY", "Coldmoor Detainee Support", "-"],
    ["16/01", "10:00", "CHEN, Jianhua", "C-14", "Shazia AKHTAR", "Home Office DET", "Surgery"],
    ["17/01", "15:00", "CHEN, Jianhua", "C-14", "Mei LIN", "family (cousin)", "Social visit - ID checked"],
]) + """

Booking contacts recorded
  Ms Lipman: h.lipman@coldmoorlaw.example.co.uk.cjsm.net / 0117 496 0845
  Mei LIN: 07700 900568 (booked by phone 14/01)
  Ruth ABERNETHY: via the charity's office

Notes
- Jimmy asked the officer on duty if his cousin could bring Chinese food.
  Refused (security rules).
- 17/01: LIN Mei produced a driving licence as ID; details not recorded.

Visits manager: M. Rowntree (DCO, acting)
"""),

D("removal-directions-notice", """
HOME OFFICE                                                   IS.151G (amended)
NOTICE OF REMOVAL DIRECTIONS - CANCELLED

To:    CHEN, Jianhua (Jimmy CHEN)           Date of birth: 08/07/1996
       c/o Yarlside IRC, Yarlside Road, Coldmoor YR3 5WD
Copy:  Hannah LIPMAN, solicitor - h.lipman@coldmoorlaw.example.co.uk.cjsm.net

Removal directions were set on 27/12/2024 for your removal to China on
15/01/2025. These directions are CANCELLED because:
  [x] an asylum claim has been made and is outstanding;
  [x] you have been referred to the National Referral Mechanism;
  [ ] a judicial review claim has been lodged.

Your travel document (passport E47120385) has not been located. If you obtain it,
please hand it to the Detention Engagement Team.

You were released on bail on 31/01/2025 to the address approved by the Tribunal.
You must keep to your bail conditions. If your address changes, tell the Home
Office within 5 working days. If you are contacted by Ah Wei or anyone on his
behalf, call the police.

Caseworker: Gareth FELL (gareth.fell@homeoffice.example.gov.uk)
Detention Engagement Team: det.yarlside@homeoffice.example.gov.uk / 0117 496 0700
"""),
]

B5 = {
    "bundle_id": "eval10-05",
    "subject": {
        "name": "Jianhua CHEN",
        "aliases": ["CHEN Jianhua", "陈建华", "Jimmy CHEN", "Chen Jian Hua", "Jian Hua CHAN"],
        "date_of_birth": "1996-07-08",
        "prison_number": "A2258FW",
        "identifiers": {"ni_number": "SH 62 07 15 A", "nhs_number": "999 560 2474",
                        "pnc": "2024/0260418C", "cro": "390562/24E"},
        "contact": {"addresses": ["Flat B, 70 Harcourt Street, Coldmoor YR2 6BN"],
                    "phones": ["07700 900377"],
                    "emails": ["jimmychen1996@example.com"]},
    },
    "lexicon": B5_LEX,
    "documents": B5_DOCS,
}

# ================================================================ public bodies

PUBLIC_BODIES = [
    {"name": "HMP Thornleigh", "phones": ["0113 496 0500"], "postcodes": ["ZB4 7QT"],
     "addresses": ["Quarry Lane, Ashgrove"],
     "emails": ["omu.thornleigh@justice.example.gov.uk",
                "business.hub.thornleigh@justice.example.gov.uk"]},
    {"name": "Home Office FNO Returns Command (Brackenfield)", "phones": ["020 7946 0410"],
     "postcodes": ["ZB9 1AL"], "addresses": ["Calder House, 2 Mill Street, Brackenfield"],
     "emails": ["fno.referrals@homeoffice.example.gov.uk"]},
    {"name": "Ashgrove Youth Justice Service", "phones": ["0113 496 0112"], "postcodes": ["ZB1 1DA"],
     "addresses": ["Civic Centre, Market Way, Ashgrove"], "emails": ["yjs@ashgrove.example.gov.uk"]},
    {"name": "Ashgrove Children's Services", "phones": ["0113 496 0230"], "postcodes": ["ZB1 1DA"],
     "addresses": ["Civic Centre, Market Way, Ashgrove"],
     "emails": ["childrens.services@ashgrove.example.gov.uk"]},
    {"name": "Ashgrove Police Station", "phones": ["0113 496 0990"], "postcodes": ["ZB1 4JX"],
     "addresses": ["Bridge Street, Ashgrove"], "emails": []},
    {"name": "Ashgrove Academy", "phones": ["0113 496 0640"], "postcodes": ["ZB6 2NW"],
     "addresses": ["Lime Walk, Ashgrove"], "emails": ["office@ashgroveacademy.example.sch.uk"]},
    {"name": "The Probation Service - Ashgrove office", "phones": ["0113 496 0333"],
     "postcodes": ["ZB3 9LU"], "addresses": ["14 Canal Wharf, Ashgrove"],
     "emails": ["ashgrove.probation@justice.example.gov.uk"]},
    {"name": "Ashgrove Family Court and Magistrates' Court", "phones": ["0113 496 0290"],
     "postcodes": ["ZB2 3EP"], "addresses": ["Infirmary Street, Ashgrove"],
     "emails": ["family.ashgrove@justice.example.gov.uk"]},
    {"name": "Cafcass - Ashgrove Service Area", "phones": ["0113 496 0455"], "postcodes": ["ZB1 5RT"],
     "addresses": ["Unit 4, Regent Court, Ashgrove"], "emails": ["ashgrove.team@cafcass.example.gov.uk"]},
    {"name": "Dyffryn Police / Heddlu Dyffryn - Headquarters", "phones": ["029 2018 0400"],
     "postcodes": ["YD1 1PH"], "addresses": ["Ffordd y Castell, Llanfair Dyffryn"],
     "emails": ["enquiries@dyffryn.police.example.uk"]},
    {"name": "Yarlside Immigration Removal Centre / Home Office DET", "phones": ["0117 496 0700"],
     "postcodes": ["YR3 5WD"], "addresses": ["Yarlside Road, Coldmoor"],
     "emails": ["det.yarlside@homeoffice.example.gov.uk"]},
    {"name": "First-tier Tribunal (IAC) - Coldmoor hearing centre", "phones": ["0117 496 0100"],
     "postcodes": ["YR1 4HS"], "addresses": ["Mercer House, 9 Tribunal Row, Coldmoor"], "emails": []},
]

BUNDLE_SPECS = [B1, B2, B3, B4, B5]


def yq(s):
    return "'" + s.replace("'", "''") + "'"


def public_bodies_yaml():
    out = ["version: 1", "bodies:"]
    for b in PUBLIC_BODIES:
        out.append("  - name: " + yq(b["name"]))
        for key in ("phones", "postcodes", "addresses", "emails"):
            out.append("    %s: [%s]" % (key, ", ".join(yq(x) for x in b[key])))
    return "\n".join(out) + "\n"


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        sys.exit("usage: evalgen_tenth.py OUTDIR [--audit]")
    outdir = args[0]
    os.makedirs(outdir, exist_ok=True)
    bundles = [build_bundle(spec) for spec in BUNDLE_SPECS]
    # public-body values must all be listed in the YAML exactly as in the text
    listed = {"phone": set(), "postcode": set(), "address": set(), "email": set()}
    for b in PUBLIC_BODIES:
        for key, cat in (("phones", "phone"), ("postcodes", "postcode"),
                         ("addresses", "address"), ("emails", "email")):
            listed[cat].update(b[key])
    used = set()
    for bundle in bundles:
        for d in bundle["documents"]:
            for t in d["truth"]:
                if t["party"] == "public_body":
                    assert t["category"] in listed, t
                    assert t["text"] in listed[t["category"]], ("not in yaml", t["text"])
                    used.add(t["text"])
                else:
                    for cat, vals in listed.items():
                        assert t["text"] not in vals, ("public value labelled private", t)
    for vals in listed.values():
        for v in vals:
            assert v in used, ("yaml value never used", v)
    # cross-bundle: distinct subjects, unique kinds, totals
    kinds = [d["kind"] for b in bundles for d in b["documents"]]
    assert len(kinds) == len(set(kinds)), "duplicate kinds"
    for b in bundles:
        assert 6 <= len(b["documents"]) <= 8, b["bundle_id"]
    for k, bundle in enumerate(bundles):
        path = os.path.join(outdir, "bundle-%02d.json" % (k + 1))
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(bundle, indent=1, ensure_ascii=False) + "\n")
        if "--audit" in argv:
            audit(bundle)
    with open(os.path.join(outdir, "public-bodies.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(public_bodies_yaml())
    if "--stats" in argv or "--audit" in argv:
        from collections import Counter
        cat, party = Counter(), Counter()
        nbytes = ndocs = 0
        for b in bundles:
            for d in b["documents"]:
                ndocs += 1
                nbytes += sum(len(p.encode("utf-8")) for p in d["pages"])
                for t in d["truth"]:
                    cat[t["category"]] += 1
                    party[t["party"]] += 1
        print("bundles", len(bundles), "docs", ndocs, "bytes", nbytes, "items", sum(cat.values()))
        print(dict(sorted(cat.items())))
        print(dict(sorted(party.items())))
        print(kinds)


if __name__ == "__main__":
    main(sys.argv)
