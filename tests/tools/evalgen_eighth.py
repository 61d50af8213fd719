#!/usr/bin/env python3
"""evalgen_eighth.py - the "eval-eighth" synthetic evaluation set for disclose.

Usage:  python3 tests/tools/evalgen_eighth.py tests/data/eval-eighth

Writes bundle-01.json ... bundle-05.json and public-bodies.yaml into the given
directory and prints totals (bundles, documents, bytes, items, items per party,
items per category, third-party items per category, kinds).

WRITTEN BLIND.  The author of this generator did not read, list, grep or run
anything in the disclose repository (no engine code, no stages, no tests, no
existing evaluation data or generators, no README/docs, no build output, no
git history).  The only material consulted was:
  * /work/shared/reference/uk-identifiers.md  (identifier formats, check digits)
  * /work/shared/reference/domain.md          (the SAR / disclosure domain)
Everything else (people, places, organisations, documents) is invented.

Determinism: standard library only, fixed seeds (random.Random(int) for the
OCR noise), no clock, no network, no dict/set ordering that depends on hashing.
Two runs produce byte-identical output.

Fictional data conventions used throughout:
  * postcodes: outward codes beginning Z or Y (never the real ZE / YO areas);
  * phones: Ofcom drama ranges 01632 960xxx, 0113 496 0xxx, 020 7946 0xxx,
    07700 900xxx (written in several styles: spaced, unspaced, +44);
  * e-mail domains all contain "example" (example.com, justice.example.gov.uk,
    ...example.co.uk.cjsm.net);
  * IP addresses from RFC 5737; NHS numbers in the 999 range (mod 11 valid);
  * PNC / CRO mod-23 check characters, NI prefix rules, IBAN mod 97 and Luhn
    are computed here and re-validated on every labelled item.

Labelling conventions (beyond those in the brief):
  * staff = employees / office holders acting for a public body (officers,
    probation staff, judges, court staff, NHS and prison healthcare staff,
    pharmacists and dentists providing NHS care, court interpreters).  Their
    work e-mail addresses are labelled staff; a staff member's own home
    address, mobile or bank details are labelled staff too.
  * public_body = published organisational contact details (switchboards,
    generic mailboxes, office addresses and postcodes).  A few private
    organisations (an employer, a law firm, a pharmacy) also appear with their
    published office details; those are labelled public_body as well and are
    listed in public-bodies.yaml, because they are not anyone's personal data.
  * solicitors, counsel, private landlords, employers' HR staff, charity
    workers, interpreters' clients etc. are third_party.
  * an address written over several lines is one address item (the street
    part and town, possibly containing a newline) plus one postcode item.
  * the subject block declares only the identifiers that some page uses
    verbatim for the subject; other written forms (spaced, lower-case, short
    PNC) and undeclared values (old addresses, second phones, bank details,
    cars) are still labelled party subject where the text makes clear they
    are the subject's.
  * footers/headers that repeat an identifier are labelled like body text.
"""

import datetime as _dt
import json
import os
import random
import re
import sys
import unicodedata
from types import SimpleNamespace

D = _dt.date

CATEGORIES = (
    "name", "date_of_birth", "prison_number", "pnc", "cro", "crn", "ni_number",
    "nhs_number", "phone", "email", "address", "postcode", "vehicle_registration",
    "passport", "driving_licence", "sort_code", "account_number", "iban",
    "payment_card", "ip_address",
)
PARTIES = ("subject", "third_party", "staff", "public_body")
SUBJ, TP, STAFF, PUB = PARTIES

# ---------------------------------------------------------------------------
# Markup for labelled spans.  L() wraps a span; render() strips the markup and
# returns the plain page text plus byte-offset truth items.
# ---------------------------------------------------------------------------
_SO, _MID, _SC = "\x01", "\x02", "\x03"
_MARK = re.compile("\x01([a-z_]+)\x02([a-z_]+)\x02([^\x01\x02\x03]*)\x03")


def L(text, cat, party):
    assert cat in CATEGORIES, cat
    assert party in PARTIES, party
    assert text and text == text.strip(), repr(text)
    assert not any(ch in text for ch in (_SO, _MID, _SC)), repr(text)
    return _SO + cat + _MID + party + _MID + text + _SC


def vis(s):
    """Visible text of a markup string."""
    return _MARK.sub(lambda m: m.group(3), s)


def vlen(s):
    return len(vis(s))


def pad(s, width):
    return s + " " * max(0, width - vlen(s))


def render(markup):
    out, items, pos, nbytes = [], [], 0, 0
    for m in _MARK.finditer(markup):
        plain = markup[pos:m.start()]
        assert not any(ch in plain for ch in (_SO, _MID, _SC)), "nested/broken markup"
        out.append(plain)
        nbytes += len(plain.encode("utf-8"))
        text = m.group(3)
        begin = nbytes
        nbytes += len(text.encode("utf-8"))
        items.append({"begin": begin, "end": nbytes, "category": m.group(1),
                      "party": m.group(2), "text": text})
        out.append(text)
        pos = m.end()
    tail = markup[pos:]
    assert not any(ch in tail for ch in (_SO, _MID, _SC)), "nested/broken markup"
    out.append(tail)
    page = "".join(out)
    raw = page.encode("utf-8")
    last_end = 0
    for it in items:
        assert raw[it["begin"]:it["end"]].decode("utf-8") == it["text"]
        assert it["text"] == it["text"].strip()
        assert it["begin"] >= last_end, "overlap"
        last_end = it["end"]
        check_item(it["category"], it["text"])
    return page, items


# ---------------------------------------------------------------------------
# Tables and pages
# ---------------------------------------------------------------------------
def ptable(rows, header=None):
    """Pipe table with columns padded to the widest visible cell."""
    allrows = ([header] if header else []) + rows
    ncol = len(allrows[0])
    w = [max(vlen(r[i]) for r in allrows) for i in range(ncol)]

    def fmt(r):
        return "| " + " | ".join(pad(r[i], w[i]) for i in range(ncol)) + " |"
    out = []
    if header:
        out.append(fmt(header))
        out.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
    out += [fmt(r) for r in rows]
    return "\n".join(out)


def ctable(rows, header=None, gap=2):
    """Space-aligned columns (no rules), last column unpadded."""
    allrows = ([header] if header else []) + rows
    ncol = len(allrows[0])
    w = [max(vlen(r[i]) for r in allrows) + gap for i in range(ncol)]
    out = []
    for r in allrows:
        line = "".join(pad(r[i], w[i]) for i in range(ncol - 1)) + r[-1]
        out.append(line.rstrip(" "))
    return "\n".join(out)


def pages(*bodies, mark="OFFICIAL-SENSITIVE", foot="", top=""):
    n = len(bodies)
    out = []
    for i, b in enumerate(bodies, 1):
        lines = []
        if mark:
            lines.append(mark)
        if top:
            lines.append(top)
        lines.append(b.strip("\n"))
        f = "Page %d of %d" % (i, n)
        if foot:
            f = foot + "    " + f
        lines += ["", f]
        if mark:
            lines.append(mark)
        out.append("\n".join(lines) + "\n")
    return out


OCR_SUBS = [("rn", "m"), ("m", "rn"), ("l", "1"), ("O", "0"), ("o", "0"),
            ("e", "c"), ("S", "5"), ("I", "l"), ("B", "8"), ("cl", "d"),
            ("i", "l"), ("h", "b"), ("t", "f")]


def ocr(markup, seed, rate=0.06):
    """Deterministic OCR-style noise, applied only outside labelled spans."""
    rng = random.Random(seed)
    parts = re.split("(\x01[^\x03]*\x03)", markup)
    out = []
    for part in parts:
        if part.startswith(_SO):
            out.append(part)
            continue

        def fix(m):
            w = m.group(0)
            r = rng.random()
            if r < rate:
                subs = [(a, b) for a, b in OCR_SUBS if a in w]
                if subs:
                    a, b = subs[rng.randrange(len(subs))]
                    i = w.find(a)
                    w = w[:i] + b + w[i + len(a):]
            elif r < rate * 1.4:
                w = w + " "          # odd double spacing
            return w
        out.append(re.sub(r"[A-Za-z]{4,}", fix, part))
    return "".join(out)


# ---------------------------------------------------------------------------
# Identifiers with check digits, formatting and validation
# ---------------------------------------------------------------------------
L23 = "ZABCDEFGHJKLMNPQRTUVWXY"


def pnc_id(year, serial):
    n = int("%02d%07d" % (year % 100, serial))
    return "%d/%07d%s" % (year, serial, L23[n % 23])


def pnc_short(long_form):
    y, rest = long_form.split("/")
    return "%s/%s%s" % (y[2:], rest[:-1].lstrip("0"), rest[-1])


def cro_id(serial, yy):
    n = int("%02d%06d" % (yy, serial))
    return "%06d/%02d%s" % (serial, yy, L23[n % 23])


def nhs_id(stem):
    assert len(stem) == 9 and stem.isdigit()
    total = sum(int(d) * (10 - i) for i, d in enumerate(stem))
    c = 11 - total % 11
    c = 0 if c == 11 else c
    assert c != 10, "stem has no valid NHS number: " + stem
    return stem + str(c)


def nhs_fmt(n, sep=" "):
    return n[:3] + sep + n[3:6] + sep + n[6:]


def luhn_complete(stem):
    digits = [int(d) for d in stem]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return stem + str((10 - total % 10) % 10)


def iban_gb(bank, sort, acct):
    bban = bank + sort + acct
    num = "".join(str(int(ch, 36)) for ch in bban + "GB00")
    return "GB%02d%s" % (98 - int(num) % 97, bban)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ascii_fold(s):
    s = s.replace("Ł", "L").replace("ł", "l")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(ch))


def dvla(surname, dob, initials, female, tail):
    s = re.sub("[^A-Z]", "", ascii_fold(surname).upper())
    s = (s + "99999")[:5]
    month = dob.month + (50 if female else 0)
    init = (initials + "9")[:2]
    return "%s%d%02d%02d%d%s9%s" % (s, (dob.year % 100) // 10, month, dob.day,
                                     dob.year % 10, init, tail)


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d, style):
    mon = MONTHS[d.month - 1]
    return {
        "dmy": "%02d/%02d/%04d" % (d.day, d.month, d.year),
        "dmy2": "%02d/%02d/%02d" % (d.day, d.month, d.year % 100),
        "dm_y": "%d/%d/%04d" % (d.day, d.month, d.year),
        "dot": "%02d.%02d.%04d" % (d.day, d.month, d.year),
        "dot2": "%02d.%02d.%02d" % (d.day, d.month, d.year % 100),
        "dash": "%02d-%02d-%04d" % (d.day, d.month, d.year),
        "iso": d.isoformat(),
        "long": "%d %s %d" % (d.day, mon, d.year),
        "ord": "%s %s %d" % (ordinal(d.day), mon, d.year),
        "short": "%d %s %d" % (d.day, mon[:3], d.year),
        "MON": "%02d-%s-%04d" % (d.day, mon[:3].upper(), d.year),
        "MON2": "%02d-%s-%02d" % (d.day, mon[:3].upper(), d.year % 100),
        "Mon": "%02d-%s-%04d" % (d.day, mon[:3], d.year),
        "us": "%s %d, %d" % (mon, d.day, d.year),
    }[style]


def parse_date(text):
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text.strip())
    t = t.replace(",", "")
    for f in ("%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d.%m.%y", "%d-%m-%Y",
              "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%b-%Y", "%d-%b-%y",
              "%B %d %Y", "%d%m%Y"):
        try:
            return _dt.datetime.strptime(t, f).date()
        except ValueError:
            pass
    raise AssertionError("not a date: " + text)


NI_RE = re.compile(r"^(?:[ACEHJLMOPRSWXY][A-CEGHJ-NPR-TW-Z]|B[A-CEHJ-NPR-TW-Z]|"
                   r"G[ACEGHJ-NPR-TW-Z]|K[A-CEGHJ-MPR-TW-Z]|N[A-CEGHJL-NPR-SW-Z]|"
                   r"T[A-CEGHJ-MPR-TW-Z]|Z[A-CEGHJ-NPR-TW-Y])[0-9]{6}[A-D]$")
PHONE_RE = re.compile(r"^(?:01632960\d{3}|01134960\d{3}|02079460\d{3}|07700900\d{3})$")
POSTCODE_RE = re.compile(r"^[ZY][ABDFGHKLNPRSTUWXY][0-9]{1,2} ?[0-9][ABD-HJLNP-UW-Z]{2}$")
VRM_RE = re.compile(r"^[A-HJ-PR-Y]{2}(?:0[2-9]|[1-7][0-9]) ?[A-HJ-PR-Z]{3}$")
DL_RE = re.compile(r"^[A-Z9]{5}[0-9](?:[05][1-9]|[16][0-2])(?:0[1-9]|[12][0-9]|3[01])"
                   r"[0-9][A-Z9]{2}[0-9A-Z][A-Z]{2}$")


def valid_pnc(t):
    u = t.upper().replace(" ", "")
    if "/" in u:
        y, r = u.split("/")
        yy = y[2:] if len(y) == 4 else y
        assert len(y) in (2, 4)
        serial = r[:-1]
    elif len(u) == 12:
        yy, serial = u[2:4], u[4:11]
    else:
        yy, serial = u[:2], u[2:-1]
    assert serial.isdigit() and 1 <= len(serial) <= 7
    return L23[int(yy + serial.zfill(7)) % 23] == u[-1]


def valid_cro(t):
    u = t.upper().replace(" ", "")
    if u.startswith("SF"):
        yy, r = u[2:].split("/")
        return L23[int(yy + r[:-1]) % 23] == r[-1]
    serial, r = u.split("/")
    return len(r) == 3 and L23[int(r[:2] + serial.zfill(6)) % 23] == r[2]


def valid_nhs(t):
    d = re.sub(r"[ -]", "", t)
    return (len(d) == 10 and d.startswith("999")
            and sum(int(x) * (10 - i) for i, x in enumerate(d[:9])) % 11
            == (11 - int(d[9])) % 11)


def valid_luhn(t):
    d = re.sub(r"[ -]", "", t)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn_complete(d[:-1]) == d


def valid_iban(t):
    u = t.replace(" ", "").upper()
    num = "".join(str(int(ch, 36)) for ch in u[4:] + u[:4])
    return u.startswith("GB") and len(u) == 22 and int(num) % 97 == 1


def norm_phone(t):
    d = re.sub(r"\D", "", t)
    if t.strip().startswith("+44") or d.startswith("0044"):
        d = d[2:] if d.startswith("44") else d[4:]
        d = d[1:] if d.startswith("0") else d
        d = "0" + d
    return d


def check_item(cat, text):
    t = text
    ok = True
    if cat == "date_of_birth":
        d = parse_date(t)
        ok = D(1925, 1, 1) <= d <= D(2024, 12, 31)
    elif cat == "prison_number":
        ok = re.fullmatch(r"[A-Za-z] ?[0-9]{4} ?[A-Za-z]{2}", t) is not None
    elif cat == "pnc":
        ok = valid_pnc(t)
    elif cat == "cro":
        ok = valid_cro(t)
    elif cat == "crn":
        ok = re.fullmatch(r"[A-Za-z][0-9]{6}", t) is not None
    elif cat == "ni_number":
        ok = NI_RE.match(re.sub(r"[ -]", "", t.upper())) is not None
    elif cat == "nhs_number":
        ok = valid_nhs(t)
    elif cat == "phone":
        ok = PHONE_RE.match(norm_phone(t)) is not None
    elif cat == "email":
        ok = re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", t) is not None \
            and "example" in t.split("@")[1]
    elif cat == "postcode":
        ok = POSTCODE_RE.match(t.upper()) is not None
    elif cat == "vehicle_registration":
        ok = VRM_RE.match(t.upper()) is not None
        age = int(re.sub(r"\D", "", t))
        ok = ok and (2 <= age <= 25 or 51 <= age <= 75)
    elif cat == "passport":
        ok = re.fullmatch(r"[0-9]{9}", t.replace(" ", "")) is not None
    elif cat == "driving_licence":
        ok = DL_RE.match(t.replace(" ", "").upper()) is not None
    elif cat == "sort_code":
        ok = re.fullmatch(r"[0-9]{2}[- ]?[0-9]{2}[- ]?[0-9]{2}", t) is not None
    elif cat == "account_number":
        ok = re.fullmatch(r"[0-9]{8}", t.replace(" ", "")) is not None
    elif cat == "iban":
        ok = valid_iban(t)
    elif cat == "payment_card":
        ok = valid_luhn(t)
    elif cat == "ip_address":
        ok = re.fullmatch(r"(192\.0\.2|198\.51\.100|203\.0\.113)\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)", t) is not None
    assert ok, "invalid %s: %r" % (cat, t)


# ---------------------------------------------------------------------------
# People and public bodies
# ---------------------------------------------------------------------------
def up(s):
    return s.upper()


class Person:
    """A person with a party.  Properties return labelled markup."""

    def __init__(self, first, last, party, dob=None, **vals):
        self.first, self.last, self.party, self.dob_ = first, last, party, dob
        self.vals = vals

    def n(self, text=None):
        return L(text or "%s %s" % (self.first, self.last), "name", self.party)

    @property
    def full(self):
        return self.n()

    @property
    def FL(self):
        return self.n("%s %s" % (self.first, up(self.last)))

    @property
    def SC(self):
        return self.n("%s, %s" % (up(self.last), self.first))

    @property
    def f(self):
        return self.n(self.first)

    @property
    def l(self):
        return self.n(self.last)

    @property
    def U(self):
        return self.n(up(self.last))

    def dob(self, style="dmy"):
        return L(fmt_date(self.dob_, style), "date_of_birth", self.party)

    def v(self, cat, text=None, key=None):
        return L(text if text is not None else self.vals[key or cat], cat, self.party)

    def ad(self, text=None):
        return self.v("address", text)

    def pc(self, text=None):
        return self.v("postcode", text)

    def ph(self, text=None):
        return self.v("phone", text)

    def em(self, text=None):
        return self.v("email", text)

    def pn(self, text=None):
        return self.v("prison_number", text)

    def vrm(self, text=None):
        return self.v("vehicle_registration", text)


BODIES = []


class Body:
    """A public body (or organisation) whose published details are kept."""

    def __init__(self, name, address=None, postcode=None, phone=None, email=None):
        self.name = name
        self.default = {"address": address, "postcode": postcode,
                        "phone": phone, "email": email}
        self.used = {"phone": [], "postcode": [], "address": [], "email": []}
        BODIES.append(self)

    def _l(self, cat, text):
        text = text if text is not None else self.default[cat]
        if text not in self.used[cat]:
            self.used[cat].append(text)
        return L(text, cat, PUB)

    def ad(self, text=None):
        return self._l("address", text)

    def pc(self, text=None):
        return self._l("postcode", text)

    def ph(self, text=None):
        return self._l("phone", text)

    def em(self, text=None):
        return self._l("email", text)

    def adpc(self):
        return self.ad() + " " + self.pc()


# Shared public bodies ------------------------------------------------------
FERN = Body("HMP & YOI Fernmoor", "Fernmoor Lane, Ashgrove", "ZB4 7QT",
            "01632 960100", "omu.fernmoor@justice.example.gov.uk")
FAMCT = Body("Ashgrove Family Court", "Civic Quarter, 2 Tolbooth Street, Ashgrove",
             "ZB1 2HW", "020 7946 0310", "ashgrove.family@courts.example.gov.uk")
CONTACT = Body("Carrowby Family Contact Centre (Carrowby Borough Council)",
               "The Old Library, 9 Dyer's Lane, Carrowby", "ZR2 6PU",
               "0113 496 0412", "contactcentre@carrowby.example.gov.uk")
MARLCOL = Body("Marlcombe College Prison Education", None, None, None,
               "prisoneducation@marlcombe.example.ac.uk")
BRAMPDU = Body("Probation Service - Bramwick PDU", "3 Chapel Walk, Bramwick", "ZK2 5NS",
               "01632 960300", "bramwick.pdu@probation.example.gov.uk")
FENPOL = Body("Fenwold Constabulary", "Force Headquarters, Ridgeway, Fenwold", "YN4 6DT",
              "0113 496 0500", "disclosure@fenwold.police.example.uk")
BRAMCT = Body("Bramwick Borough Council Revenues Service", "Civic Centre, Market Square, Bramwick",
              "ZK1 1AB", "01632 960733", "counciltax@bramwick.example.gov.uk")
JCP = Body("Bramwick Jobcentre (DWP)", "Unit 2, Bridge Street, Bramwick", "ZK2 4GN",
           "0113 496 0800", None)
TARNMC = Body("Tarnside Magistrates' Court", "Court House, Water Street, Tarnside", "ZT1 3GY",
              "020 7946 0520", "tarnside.mc@courts.example.gov.uk")
FENLOG = Body("Fenwold Logistics Ltd (employer)", "Unit 7, Greyhaven Road Industrial Estate, Fenwold",
              "YN2 8QA", "0113 496 0650", "payroll@fenwoldlogistics.example.com")
RECOV = Body("Bramwick Recovery Service (NHS)", "14 Orchard Street, Bramwick", "ZK3 1HA",
             "01632 960340", None)
KBANK = Body("HMP Kestrel Bank", "Kestrel Bank Road, Kestrelford", "ZD9 2LP",
             "0113 496 0200", "omu.kestrelbank@justice.example.gov.uk")
SALT = Body("HMP Saltreach", "Saltreach Road, Saltreach", "YP3 5EJ", "01632 960800",
            "omu.saltreach@justice.example.gov.uk")
CARRCC = Body("Carrowby Crown Court", "The Law Courts, Quayside, Carrowby", "ZR1 4AW",
              "020 7946 0400", "carrowby.crown@courts.example.gov.uk")
CAO = Body("Criminal Appeal Office", "Appeals Centre, 10 Justice Walk, Greyhaven", "YA1 2HL",
           "020 7946 0440", "criminalappeals@courts.example.gov.uk")
BEGUM = Body("Begum & Lowe Solicitors (law firm)", "5 Guild Street, Kestrelford", "ZD1 3PL",
             "0113 496 0270", "enquiries@begumlowe.example.co.uk")
HOLLCC = Body("Hollinbridge Crown Court", "Court House, 1 Assize Row, Hollinbridge", "YR1 5TD",
              "020 7946 0650", "hollinbridge.interpreters@courts.example.gov.uk")
CPS = Body("CPS Victim Communication and Liaison Unit (Hollinbridge)",
           "Meridian House, 40 Quay Street, Hollinbridge", "YR2 7NF", "0113 496 0900",
           "vcl.hollinbridge@cps.example.gov.uk")
HOLLHB = Body("Hollinbridge City Council Revenues & Benefits", "PO Box 319, Hollinbridge",
              "YR8 1XX", "01632 960950", "benefits@hollinbridge.example.gov.uk")
TANMC = Body("Tanner's Row Medical Centre (GP)", "2 Foundry Street, Hollinbridge", "YR3 9HB",
             "0113 496 0960", "tannersrow.mc@nhs.example.net")
FOUNDRY = Body("Foundry Pharmacy", "4 Foundry Street, Hollinbridge", "YR3 9HB",
               "0113 496 0962", None)
DENTAL = Body("Hollinbridge Community Dental Service", "Riverside Clinic, Mill Lane, Hollinbridge",
              "YR4 2AT", "020 7946 0970", "hcds.referrals@nhs.example.net")
RIVDENT = Body("Riverside Dental Care (NHS dental practice)", "81 Canal Street, Hollinbridge",
               "YR4 6PB", "020 7946 0975", None)
FENSAFE = Body("Fenwold Constabulary Safeguarding Hub", None, None, "0113 496 0530",
               "safeguarding.hub@fenwold.police.example.uk")
RHOS = Body("HMP Rhoswen", "Ffordd y Carchar, Pennant Isaf", "YL3 8RW", "01632 960500",
            "businesshub.rhoswen@justice.example.gov.uk")
DISC = Body("Criminal Records Disclosure Service", "PO Box 165, Greyhaven", "YA2 7DB",
            "020 7946 0880", "customerservices@disclosure.example.gov.uk")
ASHPDU = Body("Probation Service - Ashgrove PDU", "Probation Office, 40 Mill Street, Ashgrove",
               "ZB2 5TJ", "01632 960160", "ashgrove.pdu@probation.example.gov.uk")
LLANSURG = Body("Llanfedw Surgery (GP)", "Stryd Fawr, Llanfedw", "YL5 2AA", "01632 960590", None)


# ===========================================================================
# Bundle 01 - Aoife O'Sullivan-Breen (F, 33, Irish), HMP & YOI Fernmoor
# ===========================================================================
def cast_01():
    c = SimpleNamespace()
    dob = D(1991, 7, 23)
    c.s = Person("Aoife", "O'Sullivan-Breen", SUBJ, dob,
                 prison_number="C6031RW",
                 address="Flat 2, 17 Wexford Terrace, Ashgrove", postcode="ZB6 3DN",
                 phone="07700 900412", email="aoife.breen91@example.com",
                 pnc=pnc_id(2009, 417726), cro=cro_id(211847, 9), crn="K402718",
                 ni_number="JT 48 21 90 C", nhs_number=nhs_fmt(nhs_id("999318642")),
                 passport="548213907",
                 driving_licence=dvla("O'Sullivan-Breen", dob, "AM", True, "QK"))
    c.aliases = ["Aoife Máire O'Sullivan-Breen", "Aoife Breen", "Aoife O'Sullivan", "Effie Breen"]
    c.mum = Person("Bríd", "O'Sullivan", TP, D(1964, 2, 11),
                   address="6 Lismore Gardens, Ashgrove", postcode="ZB3 9LT", phone="07700 900413")
    c.sis = Person("Niamh", "Breen", TP, D(1994, 8, 3),
                   address="22 Brookfield Avenue, Ashgrove", postcode="ZB3 4RF",
                   phone="07700 900414", email="niamh.breen@example.com")
    c.kid1 = Person("Saoirse", "Breen", TP, D(2014, 5, 9))
    c.kid2 = Person("Cian", "Ward-Breen", TP, D(2018, 11, 30))
    c.ex = Person("Martin", "Ward", TP, D(1988, 1, 17),
                  address="Plot 4, Hollyfield Caravan Site, Tarnside", postcode="ZT6 1QW",
                  phone="07700 900431", vehicle_registration="WN19 KTX")
    c.nora = Person("Nora", "Ward", TP)
    c.gavin = Person("Gavin", "Tierney", TP, vehicle_registration="YD68 LRF")
    c.cell = Person("Zainab", "Chaudhry", TP, prison_number="D5520FM")
    c.eilidh = Person("Eilidh", "NicDhòmhnaill", TP, prison_number="E4419GR")
    c.kelly = Person("Kelly-Ann", "Marsh", TP, prison_number="C8812TP")
    c.bog = Person("Bogumiła", "Zielińska", TP, prison_number="D1183WN")
    c.hodan = Person("Hodan", "Warsame Ali", TP, prison_number="E0075KD")
    c.chant = Person("Chantelle", "O'Neill", TP, prison_number="C9954LB")
    c.orla = Person("Orla", "Keane", TP, email="o.keane@keanemulvey.example.co.uk")
    c.teresa = Person("Teresa", "Quigley", TP)
    c.colm = Person("Colm", "Hegarty", TP)
    c.gwen = Person("Gwen", "Talbot", STAFF)
    c.ferris = Person("Liam", "Ferris", STAFF)
    c.dionne = Person("Dionne", "Clarke-Whyte", STAFF)
    c.hamish = Person("Hamish", "Drummond", STAFF)
    c.bethan = Person("Bethan", "Roach", STAFF, email="bethan.roach@marlcombe.example.ac.uk")
    c.ruth = Person("Ruth", "Okafor", STAFF)
    c.pryce = Person("Mair", "Pryce", STAFF)
    c.judge = Person("", "Halloran", STAFF)
    c.fca = Person("Sinéad", "Devlin", STAFF)
    c.kam = Person("K.", "Adeyinka-Morris", STAFF)
    c.joanne = Person("Joanne", "Petrakis", STAFF)
    c.tendai = Person("Tendai", "Moyo", STAFF)
    c.kavita = Person("Kavita", "Rao-Bennett", STAFF, email="kavita.rao-bennett@justice.example.gov.uk")
    c.oskar = Person("Oskar", "Lindahl", STAFF, email="oskar.lindahl@probation.example.gov.uk")
    c.shauna = Person("Shauna", "Kavanagh", TP, D(1993, 4, 2))
    c.dermot = Person("Dermot", "Flynn", TP, D(1985, 2, 2))
    return c


def d01_library_loans(c):
    s = c.s
    rows = [
        ["02/01/2025", "Irish Folk Tales for Children", "23/01/2025", "20/01/2025",
         "read aloud to " + c.kid1.f + " on video call"],
        ["09/01/2025", "Gangsta Granny", "30/01/2025", "16/01/2025", "water damage - see note"],
        ["20/01/2025", "Where the Crawdads Sing", "10/02/2025", "", "on reserve list"],
        ["28/01/2025", "The Secret Garden", "18/02/2025", "", "Storybook Mums recording"],
    ]
    res = [
        ["Where the Crawdads Sing", c.kelly.SC, c.kelly.pn(), "B-1-03", "1"],
        ["Where the Crawdads Sing", s.n("O'SULLIVAN-BREEN, A."), s.pn(), "B-2-14", "2"],
        ["Słownik angielsko-polski", c.bog.SC, c.bog.pn(), "B-3-22", "1"],
        ["Hidden Figures", c.hodan.n("WARSAME ALI, Hodan"), c.hodan.pn(), "B-1-11", "1"],
    ]
    body = f"""HMP & YOI FERNMOOR - LIBRARY SERVICE
{FERN.adpc()}   Tel {FERN.ph()}   {FERN.em('library.fernmoor@justice.example.gov.uk')}

BORROWER LOAN HISTORY                                   Printed 14/02/2025 11:02
Borrower: {s.SC}          Prison no: {s.pn()}      Location: B-2-14
Date of birth: {s.dob('dmy')}                   Card: LIB-0457    Joined: 03/06/2023

{ptable(rows, ['Date out', 'Title', 'Due', 'Returned', 'Notes'])}

RESERVATIONS
{ptable(res, ['Title', 'Reserved by', 'Prison no', 'Cell', 'Queue'])}

STAFF NOTES
16/01/2025  "Gangsta Granny" returned with water damage. {s.f} says her cellmate
            {c.cell.f} knocked a mug over it. Replacement charge waived. {c.gwen.n('GT')}
29/01/2025  Storybook Mums: {s.f} to record "The Secret Garden" for {c.kid1.f} (10)
            and {c.kid2.f} (6). CD to be posted to the children's grandmother,
            Mrs {c.mum.full}, {c.mum.ad()} {c.mum.pc()}.
            Approved by SO {c.dionne.n('D. Clarke-Whyte')}. {c.gwen.n('GT')}
04/02/2025  Orderly {c.eilidh.n('E. NicDhòmhnaill')} ({c.eilidh.pn()}) chased the overdue
            Irish dictionary - it was on {c.chant.n("Chantelle O'Neill")}'s card, not this
            borrower's. No charge to Ms {s.n('Breen')}. {c.gwen.n('GT')}

{c.gwen.full}
Library Manager (Ashgrove Libraries)"""
    return "library-loan-record", pages(body, foot="Library Management System v4.2 - LIB-0457")


def d01_keyworker(c):
    s, lf = c.s, c.ferris
    p1 = f"""HMP & YOI FERNMOOR - KEY WORKER SESSION RECORD
Prisoner: {s.FL}     NOMS no: {s.pn()}     Cell: B-2-14
Key worker: Officer {lf.FL} (B Wing, officer no. 3318)

Session 1 - 06/01/2025, 14:10-14:45 (wing office)
Good spirits. She spoke to her daughter {c.kid1.f} and her
son {c.kid2.f} on a video call set up by her sister {c.sis.full} on 27 December. {c.sis.f}
is caring for both children at her home, {c.sis.ad()} {c.sis.pc()}, with help from
their grandmother {c.mum.f}. {s.f} asked whether {c.sis.f}'s mobile {c.sis.ph()} can go on
her PIN list; advised an app.
{s.f} raised concerns about her ex-partner {c.ex.n('Martin WARD')} ("Mossy"), the
children's father. She says he has been turning up at {c.sis.f}'s house and she believes he
is now living with his mother {c.nora.full} again. Passed to OMU.

Session 2 - 20/01/2025, 10:00-10:25 (cell door, lock-down regime)
Mood lower. The family court has listed the case for 11/03/2025 and Ms {s.l} is worried
she will not be produced. Her solicitor {c.orla.full} has written to her. I confirmed that
the OMU can arrange a video link ({FERN.em()}).
Cell-sharing: she and {c.cell.n('Zainab CHAUDHRY')} ({c.cell.pn()}) fell out over the
kettle and cleaning rota; both spoken to, resolved. No further action."""
    p2 = f"""Key worker record - {s.n("O'SULLIVAN-BREEN")} {s.pn('C6031RW')} (continued)

Session 3 - 03/02/2025, 15:00-15:40 (interview room 2)
{s.f} told me she has reopened her old Ashgrove Credit Union savings account
(account no. {s.v('account_number', '40718263')}) so her mum can pay in money for the kids.
She also said the mobile she used before custody, {s.ph('07700 900418')},
was cut off in 2023 and she does not want it treated as a current contact number. Her
current number for release is {s.ph()}.
Referred to {c.hamish.full} (Education) for the Level 2 business course. She asked that {c.ex.f} is not told anything about her release address, which
remains {s.ad()} {s.pc()} (tenancy being held open by the housing association).
Next session 17/02/2025.

Signed: {lf.n('L. Ferris')} (Officer 3318)          Date: 03/02/2025
Countersigned: SO {c.dionne.full}               Date: 05/02/2025"""
    return "key-worker-session-notes", pages(p1, p2, foot="NOMIS key work entry KW-2025-B-0117")


def d01_family_court_letter(c):
    s = c.s
    p1 = f"""ASHGROVE FAMILY COURT
{FAMCT.adpc()}
Telephone: {FAMCT.ph()}     Email: {FAMCT.em()}

PRIVATE - ADDRESSEE ONLY
Ms {s.full}
Prison number {s.pn()}
HMP & YOI Fernmoor, {FERN.ad()}
{FERN.pc()}

Our ref: ZB24P00917                                   Date: 24 January 2025

Dear Ms {s.l},

Case number ZB24P00917 - Children Act 1989
In the matter of:  {c.kid1.n('Saoirse Aoife BREEN')} (a girl, born {c.kid1.dob('long')})
                   {c.kid2.n('Cian Martin WARD-BREEN')} (a boy, born {c.kid2.dob('long')})

Applicant:        {c.ex.n('Martin Patrick WARD')} (father)
1st Respondent:   {s.n("Aoife Máire O'SULLIVAN-BREEN")} (mother)
2nd Respondent:   {c.sis.n('Niamh BREEN')} (maternal aunt, with whom the children live)

The court has listed a Dispute Resolution Appointment before District Judge {c.judge.l} on
11 March 2025 at 10:00. The Family Court Adviser, Ms {c.fca.full},
has filed her safeguarding letter and it has been sent to your solicitor, Ms {c.orla.full}
of Keane Mulvey Family Law ({c.orla.em()}).

The applicant is represented by Ms {c.teresa.full}. The 2nd Respondent is acting in person
and has given her address for service as {c.sis.ad()} {c.sis.pc()}.

A request has been sent to the prison ({FERN.em()}) for you to attend by video link.
If you need an interpreter or other adjustments, telephone {FAMCT.ph('020 7946 0310')} quoting
the case number, or email {FAMCT.em('ashgrove.family@courts.example.gov.uk')}.

Yours sincerely,

{c.kam.n('K. Adeyinka-Morris')}
Delivery Officer, Family Team"""
    return "family-court-letter", pages(p1, mark="", foot="FPL-ASH (12.24)")


def d01_contact_centre_report(c):
    s, ex = c.s, c.ex
    rows = [
        ["07/12/2024", "10:00-12:00", c.tendai.full, ex.f + ", " + c.kid1.f + ", " + c.kid2.f,
         "dropped off by " + c.gavin.full + " (aunt's partner), car " + c.gavin.vrm()],
        ["21/12/2024", "10:00-12:00", c.tendai.full, ex.f + ", " + c.nora.n('Nora Ward') + " (paternal gm)",
         "Mr " + ex.l + " arrived in white van " + ex.vrm()],
        ["11/01/2025", "10:00-11:20", c.joanne.full, ex.f + ", " + c.kid1.f + ", " + c.kid2.f,
         "ended early - see observations"],
    ]
    p1 = f"""CARROWBY FAMILY CONTACT CENTRE
Carrowby Borough Council - Children's Services
{CONTACT.ad()} {CONTACT.pc()}
Tel: {CONTACT.ph()}    {CONTACT.em()}

SUPERVISED CONTACT REPORT - PREPARED FOR THE COURT
Court case no:  ZB24P00917 (Ashgrove Family Court)
Children:       {c.kid1.n('Saoirse BREEN')}       d.o.b. {c.kid1.dob('dmy')}
                {c.kid2.n('Cian WARD-BREEN')}     d.o.b. {c.kid2.dob('dmy')}
Contact with:   {ex.n('Martin WARD')} (father)   d.o.b. {ex.dob('dmy')}
Resident carer: {c.sis.full} (maternal aunt)
Copy to:        {s.n("Ms A. O'Sullivan-Breen")} (mother), c/o HMP & YOI Fernmoor,
                prison no. {s.pn()}

SESSIONS
{ptable(rows, ['Date', 'Time', 'Supervisor', 'Present', 'Handover'])}"""
    p2 = f"""OBSERVATIONS
07/12/2024 - Warm greeting between {c.kid1.f} and her father. {c.kid2.f} (6) was shy at first
and asked for "Mammy". Mr {ex.l} said the children's mother "{s.n('Effie')}" is "away working".
21/12/2024 - The children did not attend (both unwell, confirmed by Ms {c.sis.l} by text from
{c.sis.ph('07700900414')}). Mr {ex.l} came with his mother, Mrs {c.nora.l}, who brought presents.
11/01/2025 - Mr {ex.l} asked {c.kid1.f} for her mother's prison number and whether "Aunty
{c.sis.f}" still lived at {c.sis.ad('Brookfield Avenue')}. The supervisor, {c.joanne.full}, intervened
twice and the session was ended at 11:20. {c.kid1.f} later told the supervisor she "talks to
Mammy on the iPad from prison" and that "{s.f}'s coming home in the summer".

DETAILS HELD FOR THE FATHER
Address given: {ex.ad()} {ex.pc()}     Mobile: {ex.ph()}
Vehicle: Ford Transit (white) {ex.vrm()}

RECOMMENDATION
Supervised contact to continue fortnightly. No direct contact between Mr {ex.l} and Ms
{s.n("O'Sullivan-Breen")} to be facilitated by the centre.

{c.tendai.full}, Contact Supervisor            17/01/2025
{c.joanne.full}, Centre Coordinator            17/01/2025"""
    return "child-contact-centre-report", pages(p1, p2, mark="OFFICIAL - SENSITIVE (FAMILY PROCEEDINGS)",
                                                 foot="CFCC/REP/2025/014")


def d01_education_enrolment(c):
    s = c.s
    p1 = f"""MARLCOMBE COLLEGE - PRISON EDUCATION
LEARNER ENROLMENT FORM 2024/25                              [scanned copy - filed]
Establishment: HMP & YOI Fernmoor, {FERN.adpc()}

SECTION A - LEARNER DETAILS
Surname: {s.U}                  Forename(s): {s.n('Aoife Máire')}
Prison No: {s.pn('c6031rw')}                           Date of Birth: {s.dob('dot2')}
NI Number: {s.v('ni_number', 'jt 48 21 90 c')}                  Sex: F      ULN: 4417729013
Wing/cell: B-2-14                              First language: English / Irish
Address on release: {s.ad()}
                    {s.pc()}
Previous address (if less than 3 yrs): {s.ad('41 Curragh Close, Kestrelford')} {s.pc('ZD2 8PH')}
                    (lived there 2016-2022)
Email (for certificates after release): {s.em()}

SECTION B - EMERGENCY CONTACT
Name: {c.sis.full}          Relationship: sister        Tel: {c.sis.ph()}

SECTION C - PRIOR ATTAINMENT / SUPPORT
Junior Cert, NVQ2 Hairdressing (2010). Self-reports dyslexia; screening booked.
Course requested: Level 2 Certificate in Business Administration (mornings).

SECTION D - DECLARATION
I confirm the information is correct and agree to it being shared with the prison.
Learner signature: {s.n("A. O'Sullivan-Breen")}             Date: 14/01/2025
Tutor: {c.bethan.full} ({c.bethan.em()})
Countersigned: {c.hamish.n('H. Drummond')}, Head of Learning     Date: 16/01/2025
Queries: {MARLCOL.em()}"""
    return "education-enrolment-form", pages(ocr(p1, 101), mark="", foot="MC/ENR/24-25 scan")


def d01_listener_log(c):
    s = c.s
    rows = [
        ["03/01/2025", "22:40", c.cell.SC, c.cell.pn(), "B-2-14", c.eilidh.n('NicDHÒMHNAILL, Eilidh'), c.eilidh.pn(), "OSG " + c.pryce.l, "35"],
        ["07/01/2025", "01:15", c.kelly.SC, c.kelly.pn(), "B-1-03", c.hodan.n('WARSAME ALI, Hodan'), c.hodan.pn(), "OSG " + c.pryce.l, "50"],
        ["12/01/2025", "20:05", s.SC, s.pn(), "B-2-14", c.eilidh.n('NicDHÒMHNAILL, Eilidh'), c.eilidh.pn(), "Off. " + c.ferris.l, "40"],
        ["19/01/2025", "23:30", c.bog.SC, c.bog.pn(), "B-3-22", c.hodan.n('WARSAME ALI, H'), c.hodan.pn(), "OSG " + c.pryce.l, "25"],
        ["26/01/2025", "21:10", c.chant.SC, c.chant.pn(), "B-1-09", c.eilidh.n('NicDHÒMHNAILL, E'), c.eilidh.pn(), "Off. " + c.ferris.l, "30"],
        ["30/01/2025", "02:45", s.n("O'SULLIVAN-BREEN, A"), s.pn('C 6031 RW'), "B-2-14", c.hodan.n('WARSAME ALI, H'), c.hodan.pn(), "OSG " + c.pryce.l, "20"],
    ]
    p1 = f"""HMP & YOI FERNMOOR - SAFER CUSTODY
LISTENER SCHEME CALL-OUT LOG - B WING              Period: 01/01/2025 - 31/01/2025
Compiled by: {c.ruth.full} (Safer Custody Hub)  {FERN.em('safercustody.fernmoor@justice.example.gov.uk')}

{ctable(rows, ['Date', 'Time', 'Caller', 'No.', 'Cell', 'Listener', 'No.', 'Unlocked by', 'Mins'])}

NOTES
12/01 - {s.f} ({s.pn()}) asked for a Listener after the contact centre session with her
        children was ended early. Listener {c.eilidh.n('E. NicDhòmhnaill')} attended. No ACCT
        opened; key worker {c.ferris.l} informed next day. {c.ruth.n('RO')}
30/01 - Second call-out for {s.n('Aoife')}, short. Listener {c.hodan.f} reports no immediate risk.
        Wing staff to check at unlock. {c.ruth.n('RO')}
15/01 - Samaritans branch support volunteer {c.colm.full} debriefed the B wing Listeners
        ({c.eilidh.f}, {c.hodan.f}) in the chapel. {c.ruth.n('RO')}"""
    return "listener-scheme-log", pages(p1, foot="SC/LIS/B/2025-01")


def d01_whatsapp_export(c):
    s, ex, sis = c.s, c.ex, c.sis
    exn = ex.n('Mossy')
    sn = sis.n('Niamh Breen')
    p1 = f"""Exhibit NB/3 - WhatsApp chat export filed by the 2nd Respondent ({sis.full})
Ashgrove Family Court case ZB24P00917 - served on all parties 20/01/2025
Chat with: "Mossy" ({ex.ph('+44 7700 900431')})
Exported from the phone of {sis.n('Niamh Breen')} ({sis.ph('+44 7700 900414')})

[28/12/2024, 18:02:11] {exn}: u tell {s.n('Effie')} i want the kids new years day
[28/12/2024, 18:05:40] {sn}: Not happening {ex.f}. The court said the contact centre only
[28/12/2024, 18:06:02] {exn}: whats her number in there ill write to her myself
[28/12/2024, 18:09:55] {sn}: Her prison number is {s.pn()} and you can find the address yourself
[28/12/2024, 18:10:31] {exn}: ye think im thick
[02/01/2025, 09:14:30] {exn}: tell {s.f} my mam is coming to the centre sat
[02/01/2025, 09:20:12] {sn}: Fine. {c.gavin.n('Gav')} is dropping them. Dont come to {sis.ad('22 Brookfield Avenue')} again
[02/01/2025, 09:20:40] {sn}: or I am ringing the police
[02/01/2025, 09:31:05] {exn}: <attached: IMG-20250102-WA0004.jpg>"""
    p2 = f"""[05/01/2025, 21:47:03] {exn}: {s.n('aoife')}'s old number {s.ph('07700 900418')} is dead give me her new one
[05/01/2025, 21:49:50] {sn}: No. Talk to her solicitor, {c.orla.n('Orla Keane')}, {c.orla.em()}
[05/01/2025, 21:52:16] {exn}: shes not my solicitor. my one is {c.teresa.n('quigley')}
[09/01/2025, 17:31:22] {exn}: my mam says {c.mum.f} told her {s.f} is getting out in the summer
[09/01/2025, 17:35:10] {sn}: Leave Mam out of it. And leave {c.kid1.f} out of it
[09/01/2025, 17:35:44] {exn}: shes MY daughter
[11/01/2025, 12:02:37] {sn}: You were told not to ask {c.kid1.n('Saoirse')} about her mam. Centre rang me.
[11/01/2025, 12:40:09] {exn}: ill be at the site if anyone wants me. {ex.ad('plot 4 hollyfield')}
[11/01/2025, 12:41:00] {sn}: Nobody wants you {ex.f}

-- end of export (61 messages, 9 shown as relevant) --
Certified true copy: {sis.n('N. Breen')}   Date: 15/01/2025"""
    return "whatsapp-export", pages(p1, p2, mark="", foot="Exhibit NB/3")


def d01_pom_com_handover(c):
    s = c.s
    ids = [
        ["Prison no", s.pn(), "CRN", s.v('crn')],
        ["PNC", s.v('pnc'), "CRO", s.v('cro')],
        ["NI number", s.v('ni_number'), "NHS number", s.v('nhs_number')],
        ["Passport", s.v('passport') + " (stored property)", "Driving licence", s.v('driving_licence')],
    ]
    p1 = f"""OFFENDER MANAGEMENT IN CUSTODY - POM TO COM HANDOVER NOTE
From: HMP & YOI Fernmoor OMU ({FERN.em()}, {FERN.ph()})
To:   Probation Service - Ashgrove PDU, {ASHPDU.ad()} {ASHPDU.pc()} ({ASHPDU.em()})

Name:    {s.n("O'SULLIVAN-BREEN, Aoife Máire")}
Aliases: {s.n('Aoife BREEN')}; {s.n("Aoife O'SULLIVAN")}; "{s.n('Effie')}"
DOB:     {s.dob('iso')}        Sentence: 4 years (conspiracy to supply class A)
CRD:     14/08/2025            Licence expiry: 13/02/2027

{ctable(ids, gap=3)}

Release address: {s.ad()} {s.pc()} (housing association tenancy held open)
Contact on release: {s.ph()} / {s.em()}
POM: {c.kavita.full} ({c.kavita.em()})     COM: {c.oskar.full} ({c.oskar.em()})"""
    p2 = f"""RISK SUMMARY
- Co-defendants: {c.shauna.n('Shauna KAVANAGH')} (DOB {c.shauna.dob('dmy')}, released 2024) and
  {c.dermot.n('Dermot FLYNN')} ("{c.dermot.n('Dessie')}", DOB {c.dermot.dob('dmy')}, HMP Kestrel Bank). {s.f} says
  {c.dermot.l} recruited her to hold drugs at her old flat, {s.ad('41 Curragh Close')}, in 2021.
- Domestic abuse: {s.f} is recorded as a victim of domestic abuse by her ex-partner
  {c.ex.full} (DOB {c.ex.dob('dmy')}). He is the father of her children and is applying for contact.
  MARAC heard 2022. Release address not to be shared with Mr {c.ex.l}.
- Children: {c.kid1.f} (10) and {c.kid2.f} (6) live with {s.f}'s sister {c.sis.full} under an
  interim order. Family court DRA 11/03/2025 (case ZB24P00917).

PROPOSED ADDITIONAL LICENCE CONDITIONS
1. Not to contact {c.shauna.full} or {c.dermot.full} directly or indirectly.
2. To reside at {s.ad('17 Wexford Terrace')} (flat 2) unless approved otherwise.
3. Contact with {c.kid1.f} and {c.kid2.f} as arranged by the family court / children's services.

Key worker: Officer {c.ferris.full}.

{c.kavita.n('K. Rao-Bennett')}, Prison Offender Manager          10/02/2025"""
    return "pom-com-handover-note", pages(p1, p2, foot="OMiC handover - " + s.pn())


# ===========================================================================
# Bundle 02 - Tomasz Wiśniewski (M, 40, Polish), community order, Bramwick PDU
# ===========================================================================
def cast_02():
    c = SimpleNamespace()
    dob = D(1984, 3, 2)
    c.s = Person("Tomasz", "Wiśniewski", SUBJ, dob,
                 prison_number="A7720DH",
                 address="23 Lark Rise, Bramwick", postcode="ZK4 1EW",
                 phone="07700 900238", email="tomek.wisniewski@example.net",
                 pnc=pnc_id(2016, 238841), cro=cro_id(38841, 16), crn="M614203",
                 ni_number="SN 62 03 17 A", nhs_number=nhs_fmt(nhs_id("999427018")),
                 passport="531907246",
                 driving_licence=dvla("Wisniewski", dob, "T", False, "MP"),
                 vehicle_registration="MF67 RWX")
    c.aliases = ["Tomasz Wisniewski", "Tomek Wiśniewski", "Tom Wisniewski", "Thomas Wisniewsky"]
    c.ag = Person("Agnieszka", "Wójcik-Nowak", TP, D(1988, 9, 14),
                  phone="07700 900240", ni_number="SE 81 44 92 C",
                  email="aga.wojcik88@example.com", vehicle_registration="YD21 HBL")
    c.zuz = Person("Zuzanna", "Nowak", TP, D(2011, 6, 21))
    c.lukasz = Person("Łukasz", "Nowak", TP)
    c.pawel = Person("Paweł", "Wiśniewski", TP, phone="07700 900241",
                     address="15 Cooper's Yard, Kestrelford", postcode="ZD4 6AL")
    c.landlord = Person("Gordon", "van der Merwe", TP, phone="07700 900242",
                        address="The Granary, Fosse Lane, Bramwick", postcode="ZK7 2WB")
    c.shirley = Person("Shirley", "Ackroyd", TP, address="21 Lark Rise, Bramwick")
    c.ryan = Person("Ryan", "Threlfall", TP, D(1995, 11, 8),
                    address="Flat 5, 2 Kiln Street, Bramwick", postcode="ZK3 8TS")
    c.chloe = Person("Chloe", "Dunmore", TP, phone="07700 900247", email="chloe.dunmore@example.org")
    c.damian = Person("Damian", "Kowalski", TP, D(1986, 5, 30), pnc=pnc_id(2014, 117395),
                      cro=cro_id(117395, 14),
                      driving_licence=dvla("Kowalski", D(1986, 5, 30), "D", False, "TR"))
    c.kerry = Person("Kerry", "Pugsley", TP, email="k.pugsley@fenwoldlogistics.example.com")
    c.rebecca = Person("Rebecca", "Thorne-Iqbal", STAFF, email="rebecca.thorne-iqbal@probation.example.gov.uk")
    c.kwame = Person("Kwame", "Mensah-Boateng", STAFF)
    c.declan = Person("Declan", "Fairweather", STAFF)
    c.beasley = Person("Jordan", "Beasley", STAFF)
    c.nadia = Person("Nadia", "Kowalczyk", STAFF)
    c.adeel = Person("Adeel", "Rashid", STAFF)
    c.hollie = Person("Hollie", "Grainger", STAFF)
    c.ellen = Person("Ellen", "Rooke", STAFF)
    return c


def d02_accommodation_visit(c):
    s, ag = c.s, c.ag
    occ = [
        [s.n('Tomasz WIŚNIEWSKI'), "person on probation", s.dob('dmy'), "tenant since 2019"],
        [ag.n('Agnieszka WÓJCIK-NOWAK'), "partner", ag.dob('dmy'), "joint tenant from 01/11/2024"],
        [c.zuz.n('Zuzanna NOWAK'), "partner's daughter", c.zuz.dob('dmy'), "Year 9, Bramwick Academy"],
    ]
    p1 = f"""PROBATION SERVICE - BRAMWICK PROBATION DELIVERY UNIT
{BRAMPDU.adpc()}  |  {BRAMPDU.ph()}  |  {BRAMPDU.em()}

HOME / ACCOMMODATION VISIT RECORD
Person on probation: {s.SC}        CRN: {s.v('crn')}       DOB: {s.dob('dmy')}
Address visited:     {s.ad()} {s.pc()}
Visit:               28/01/2025 17:30 (announced by text to {s.ph()})
Staff attending:     {c.rebecca.full} (Probation Officer), {c.kwame.full} (PSO)

OCCUPANTS AS DECLARED
{ptable(occ, ['Name', 'Relationship', 'DOB', 'Notes'])}

Landlord: Mr {c.landlord.full}, {c.landlord.ad()} {c.landlord.pc()},
tel. {c.landlord.ph()} (private landlord; tenancy confirmed by phone 27/01/2025).
"""
    p2 = f"""OBSERVATIONS
{s.f} (known as "{s.n('Tomek')}") let us in and was sober and polite. Ms {ag.n('Wójcik-Nowak')} was present
throughout; {c.zuz.f} was staying overnight with her father, Mr {c.lukasz.full}. Clean, two bedrooms.
A silver Skoda Octavia, {s.vrm()}, was on the drive. {s.f} confirmed it is his car and is
registered to him, but says he is not driving it while disqualified; {ag.f} has the keys and
drives her own car, {ag.vrm()}, to work.
As we left, the neighbour at {c.shirley.ad('no. 21')}, Mrs {c.shirley.full}, stopped us to say
there had been "shouting at New Year". {s.f} and {ag.f} both said this was an argument about
money. {ag.f} spoke to me alone in the kitchen and said she feels safe; she gave her mobile
({ag.ph()}) for welfare checks.

RISK / VICTIM
Order includes a prohibited-contact requirement with {c.ryan.full} (victim, assault by beating
03/11/2024), who lives in {c.ryan.ad('Kiln Street')}, about a mile away. {s.f} says he has not
seen Mr {c.ryan.l} since court.

CONTINGENCY
If the relationship breaks down, {s.f}'s brother {c.pawel.full} has offered a room at
{c.pawel.ad()} {c.pawel.pc()} (tel. {c.pawel.ph()}). Not yet checked.

Outcome: address approved; MASH check - no previous involvement. Review in 3 months.

Signed: {c.rebecca.n('R. Thorne-Iqbal')} (PO)            29/01/2025
Countersigned: {c.declan.full} (SPO)              30/01/2025"""
    return "probation-accommodation-visit-notes", pages(p1, p2, foot="nDelius doc ref HV-" + s.v('crn') + "-03")


def d02_payslips(c):
    s = c.s

    def slip(period, paydate, basic, night, ot, tax, ni, aeo, net, ytd):
        rows = [
            ["Basic", "160.00", "12.60", basic],
            ["Night premium", "64.00", "1.75", night],
            ["Overtime x1.5", ot[0], "18.90", ot[1]],
        ]
        deds = [
            ["PAYE tax", tax],
            ["National Insurance", ni],
            ["Attachment of earnings - Tarnside MC 24/01877", aeo],
        ]
        return f"""FENWOLD LOGISTICS LTD                                               PAYSLIP
{FENLOG.adpc()}
Payroll queries: {FENLOG.em()} / {FENLOG.ph()}

Employee:  Mr {s.n('T WISNIEWSKI')}                    Employee no: 004127
Address:   {s.ad('23 Lark Rise' + chr(10) + '           Bramwick')}
           {s.pc()}
NI number: {s.v('ni_number', 'SN620317A')}     Tax code: 1257L     Period: {period}     Pay date: {paydate}

PAYMENTS
{ctable(rows, ['Description', 'Hours', 'Rate', 'Amount'], gap=4)}

DEDUCTIONS
{ctable(deds, ['Description', 'Amount'], gap=4)}

NET PAY {net}      Paid by BACS to sort code {s.v('sort_code', '30-96-21')} account {s.v('account_number', '71450926')}"""
    p1 = slip("M10", "31/01/2025", "2016.00", "112.00", ("8.00", "151.20"), "258.20",
              "96.41", "60.00", "1,756.04", "21,884.70")
    p2 = slip("M11", "28/02/2025", "2016.00", "112.00", ("0.00", "0.00"), "228.00",
              "84.32", "60.00", "1,647.13", "24,112.70")
    p2 += f"""

HR NOTE (printed with M11 payslip at employee's request for his probation officer)
Company mobile issued to {s.f}: {s.ph('07700 900239')} (returnable asset, work use only).
Emergency contact on file: {c.ag.full} (partner) {c.ag.ph('07700900240')}.
Letter confirming employment and shift pattern sent to Ms {c.rebecca.n('Thorne-Iqbal')} on request.
HR contact: {c.kerry.full} ({c.kerry.em()})"""
    return "payslips", pages(p1, p2, mark="PRIVATE & CONFIDENTIAL", foot="Sage Payroll")


def d02_uc_journal(c):
    s, ag = c.s, c.ag
    a = c.adeel.n('Adeel')
    t = s.n('Tomasz')
    p1 = f"""Universal Credit - Journal (claimant printout)
Claim type: Joint - {s.n('Tomasz WISNIEWSKI')} and {ag.n('Agnieszka WOJCIK-NOWAK')}
Claimant:  {s.n('Tomasz Wisniewski')}     NINO {s.v('ni_number')}    DOB {s.dob('long')}
Partner:   {ag.n('Agnieszka Wojcik-Nowak')}    NINO {ag.v('ni_number')}    DOB {ag.dob('long')}
Address:   {s.ad()} {s.pc()}
Work coach: {c.adeel.full}, Bramwick Jobcentre, {JCP.ad()} {JCP.pc()}
Printed from online account. Last sign-in 03/02/2025 21:14 from {s.v('ip_address', '203.0.113.47')}

12 Dec 2024 09:31  Work coach ({a}): Hi {t}, please upload your November payslip so we can
                   check your earnings for this assessment period.
12 Dec 2024 19:02  {t}: Hello I upload payslip now. Also my partner {ag.f} start work in
                   Bramwick Academy canteen from January, 20 hours
13 Dec 2024 08:55  Work coach ({a}): Thanks {t}. {ag.f} needs to report the change from her
                   own login. Childcare costs for {c.zuz.full} can be claimed if she uses a
                   registered provider.
06 Jan 2025 14:20  Agent (Service Centre): We have verified the childcare costs for {c.zuz.n('Zuzanna')}.
                   No action needed."""
    p2 = f"""15 Jan 2025 18:47  {t}: I change phone number, new one is {s.ph()}. old one {s.ph('07700 900236')}
                   not working anymore. Email is same {s.em()}
16 Jan 2025 09:02  Work coach ({a}): Updated. Your probation officer {c.rebecca.n('Rebecca')} has
                   confirmed your appointments on Tuesdays, so we will not book you then.
20 Jan 2025 10:15  Work coach ({a}): Appointment booked 27/01/2025 11:40 at {JCP.ad('Bridge Street')}
                   jobcentre. Bring ID. If you can't attend call {JCP.ph()}.
27 Jan 2025 11:58  Work coach ({a}): Thanks for coming in. No further work search
                   needed while earnings are above threshold.
29 Jan 2025 22:03  {ag.n('Agnieszka')}: Hello, I reported my job. My email is {ag.em()} if you need
                   to contact me, or {ag.ph('07700 900240')}.
03 Feb 2025 21:14  {t}: Thank you {a}. Next payslip 28 Feb."""
    return "universal-credit-journal", pages(p1, p2, mark="", foot="UC journal - printed 03/02/2025 21:16")


def d02_council_tax(c):
    s, ag = c.s, c.ag
    bill = [
        ["01/04/2024-31/10/2024", "1,245.10", "-311.27", "933.83"],
        ["01/11/2024-31/03/2025", "889.36", "0.00", "889.36"],
        ["Total for 2024/25", "2,134.46", "-311.27", "1,823.19"],
        ["Paid to date", "", "", "-1,244.90"],
        ["Balance", "", "", "578.29"],
    ]
    p1 = f"""BRAMWICK BOROUGH COUNCIL - REVENUES SERVICE
{BRAMCT.ad()} {BRAMCT.pc()}
Tel {BRAMCT.ph()}   {BRAMCT.em()}

Mr {s.n('Tomasz Wisniewski')} & Ms {ag.n('Agnieszka Wojcik-Nowak')}
{s.ad('23 Lark Rise' + chr(10) + 'Bramwick')}
{s.pc()}

Council Tax account: 60041872            Date: 06 January 2025
Property: {s.ad()}, Band B

Dear Mr {s.n('Wisniewski')} and Ms {ag.n('Wojcik-Nowak')},

COUNCIL TAX - SINGLE PERSON DISCOUNT ENDED
We have been told that Ms {ag.n('Wojcik-Nowak')} moved into the property on 1 November 2024 from
{ag.ad('9 Tennyson Court, Bramwick')} {ag.pc('ZK3 2FD')}. The 25% single person discount
has therefore been removed from that date and you are now jointly and severally liable.

{ctable(bill, ['Period', 'Charge', 'Discount', 'Amount'], gap=3)}

The balance of 578.29 will be collected by Direct Debit in three instalments from
15 February 2025 from account {s.v('account_number', '71450926')}, sort code {s.v('sort_code', '309621')},
held in the name of Mr {s.n('T Wisniewski')}. If Ms {ag.n('Wojcik-Nowak')} receives Universal Credit
she may be entitled to Council Tax Support - apply online or call {BRAMCT.ph('01632 960733')}.

Yours faithfully

Revenues Manager
Bramwick Borough Council"""
    return "council-tax-letter", pages(p1, mark="", foot="CT/SPD/EOD letter 14")


def d02_pnc_print(c):
    s = c.s
    p1 = f"""POLICE NATIONAL COMPUTER - PERSON PRINT (EXTRACT FOR PROBATION)
Requested by: Fenwold Constabulary Disclosure Unit ({FENPOL.em()})
For: Bramwick PDU - PSR addendum       Print ref: 250121/0937

NAME: {s.n('WISNIEWSKI, TOMASZ')}                    PNCID: {s.v('pnc')}
CRO NO: {s.v('cro')}                          DOB: {s.dob('dmy')}
BIRTHPLACE: GDANSK, POLAND       SEX: M      HEIGHT: 1.83     NATIONALITY: BRITISH/POLISH
ALIASES:   {s.n('WISNIEWSKI, TOMEK')}            DOB {s.dob('dmy')}
           {s.n('WISNIEWSKY, THOMAS')}           DOB {L('03/02/1984', 'date_of_birth', SUBJ)}
ADDRESSES: {s.ad('23 LARK RISE, BRAMWICK')} {s.pc()} (CURRENT, VERIFIED 12/2024)
           {s.ad('FLAT 3, 118 STATION ROAD, TARNSIDE')} {s.pc('ZT2 5RB')} (PREVIOUS 2015-2019)
VEHICLES:  {s.vrm('MF67RWX')} SKODA OCTAVIA SILVER (REGISTERED KEEPER)
DRIVER NO: {s.v('driving_licence')}  (DISQUALIFIED UNTIL 08/12/2026)
PASSPORT:  {s.v('passport')}
WARNING SIGNALS: NIL
CUSTODY:   HMP TARNSIDE 2016, PRISON NO {s.pn()}"""
    p2 = f"""CONVICTION SUMMARY: 2 CONVICTIONS FOR 3 OFFENCES

1. 14/03/2016  TARNSIDE MAGISTRATES
   DRIVE MOTOR VEHICLE WITH EXCESS ALCOHOL (RTA 1988 S.5(1)(A))
   DISQ 18 MTHS, FINE 400.00, 10 WEEKS IMP SUSP 12 MTHS (BREACHED - ACTIVATED 2016)

2. 09/12/2024  TARNSIDE MAGISTRATES
   2.1 ASSAULT BY BEATING (CJA 1988 S.39)
       INJURED PARTY: {c.ryan.n('THRELFALL, RYAN')}  DOB {c.ryan.dob('dmy')}
   2.2 DRIVE MOTOR VEHICLE WITH EXCESS ALCOHOL (SECOND IN 10 YRS)
       VEHICLE {s.vrm('MF67 RWX')}
   COMMUNITY ORDER 24 MTHS: 120 HRS UNPAID WORK, ALCOHOL TREATMENT REQ 6 MTHS,
   PROHIBITED ACTIVITY / CONTACT REQ ({c.ryan.n('RYAN THRELFALL')}), DISQ 24 MTHS,
   COMPENSATION 250.00. CO-ACCUSED: NIL.

LOCAL INFORMATION (FENWOLD, NOT VERIFIED ON PNC):
   ASSOCIATE: {c.damian.n('KOWALSKI, DAMIAN')}  DOB {c.damian.dob('dmy')}  PNCID {c.damian.v('pnc', pnc_short(c.damian.vals['pnc']))}
              CRO {c.damian.v('cro')}
   PRESENT AT INCIDENT 03/11/2024 - NO FURTHER ACTION.

*** END OF PRINT ***
Printed by PS 1902 {c.nadia.U} (Disclosure Unit)"""
    return "pnc-print-extract", pages(p1, p2, foot="PNC PRINT 250121/0937")


def d02_bwv_log(c):
    s = c.s
    cams = [
        ["BWV-0571", "PC 4471 " + c.beasley.n('Jordan BEASLEY'), "03/11/2024 23:12:04", "23:41:55", "FW-DEMS-88123", "7 yrs"],
        ["BWV-0602", "PS 1902 " + c.nadia.n('Nadia KOWALCZYK'), "03/11/2024 23:16:40", "23:58:02", "FW-DEMS-88124", "7 yrs"],
        ["BWV-0644", "PC 5120 " + c.hollie.n('Hollie GRAINGER'), "04/11/2024 00:21:13", "00:34:50", "FW-DEMS-88131", "7 yrs"],
    ]
    p1 = f"""FENWOLD CONSTABULARY - BODY-WORN VIDEO EVIDENCE LOG
Occurrence: FW-20241103-0412       Offence(s): assault by beating; drink driving
Location: Market Place, Bramwick, outside The Lamplighter public house
Force switchboard {FENPOL.ph()} - {FENPOL.ad()} {FENPOL.pc()}

CAMERAS / FOOTAGE
{ptable(cams, ['Camera', 'Officer', 'Start', 'End', 'DEMS ref', 'Retain'])}

PERSONS CAPTURED ON FOOTAGE
{s.n('Tomasz WIŚNIEWSKI')} (DOB {s.dob('dmy')}) of {s.ad('23 Lark Rise')} - suspect; arrested 23:19
   (BWV-0571 at 00:07:12). Breath test at roadside (BWV-0602 at 00:21:30) - positive.
{c.ryan.n('Ryan THRELFALL')} (DOB {c.ryan.dob('dmy')}), {c.ryan.ad()} {c.ryan.pc()} - injured party;
   first account on camera (BWV-0571 at 00:02:10).
{c.chloe.n('Chloe DUNMORE')} - independent witness (bar staff); tel {c.chloe.ph()},
   email {c.chloe.em()}. Account at BWV-0602 00:09:00.
Unknown male, later identified as {c.damian.n('Damian KOWALSKI')} (DOB {c.damian.dob('dmy')}) - with
   suspect; refused account; produced licence {c.damian.v('driving_licence')}.

VEHICLE
Silver Skoda Octavia {s.vrm()} - keys taken from suspect's jacket; vehicle parked 30 m from
scene with engine warm (BWV-0644 at 00:03:10). Vehicle left secure; keys returned to partner {c.ag.n('Agnieszka')} at
00:40 (BWV-0644 at 00:12:44).

REVIEW
Reviewed by PS {c.nadia.l} 05/11/2024; clips shared with CPS via DEMS.
Log closed: PS {c.nadia.n('N. Kowalczyk')}   12/11/2024"""
    return "body-worn-video-log", pages(p1, foot="BWV LOG v3 - FW-20241103-0412")


def d02_psr_addendum(c):
    s, rb = c.s, c.rebecca
    p1 = f"""PROBATION SERVICE
ADDENDUM TO PRE-SENTENCE REPORT - PROGRESS ON COMMUNITY ORDER (REVIEW HEARING)
Court: Tarnside Magistrates' Court, {TARNMC.ad()} {TARNMC.pc()}
Name: {s.FL}      DOB: {s.dob('long')}      CRN: {s.v('crn', 'm614203')}
Address: {s.ad()} {s.pc()}
PNC: {s.v('pnc', pnc_short(s.vals['pnc']))}        Hearing: 10/03/2025
Author: {rb.full}, Probation Officer, Bramwick PDU ({rb.em()}; {BRAMPDU.ph()})

1. Purpose. Progress update on Mr {s.l}'s community order of 09/12/2024.

2. Compliance. Mr {s.l} has attended 8 of 8 supervision appointments and has completed 46 of
   120 hours of unpaid work. He attends the alcohol treatment requirement at Bramwick
   Recovery Service ({RECOV.ad()} {RECOV.pc()}, {RECOV.ph()}), where his recovery
   worker, Ms {c.ellen.full}, reports
   negative breath tests at every session.

3. Employment and finance. He works nights; compensation to Mr {c.ryan.l} is being paid. Universal Credit is being paid as a joint claim with his partner,
   {c.ag.full}.

4. Relationships. {s.f} lives with Ms {c.ag.l} and her daughter {c.zuz.f} (13). A check with
   children's services found no concerns. Ms {c.ag.n('Wójcik-Nowak')} describes him as
   "a different man since he stopped drinking". No police call-outs to the address.

5. Risk. Risk of serious harm remains medium towards known adults (the victim, {c.ryan.full})
   when drinking. There has been no contact with Mr {c.ryan.l}. {s.f} has not been seen
   with {c.damian.full}, who was present at the offence.

6. Proposal. The order should continue without amendment.

{rb.n('R. Thorne-Iqbal')}
Probation Officer                                          Date: 24/02/2025"""
    return "psr-addendum", pages(p1, foot="PSR addendum - " + "Bramwick PDU")


# ===========================================================================
# Bundle 03 - Oluwaseun Adeyemi-Bakare (M, 26, Nigerian heritage), HMP Kestrel Bank
# ===========================================================================
def cast_03():
    c = SimpleNamespace()
    dob = D(1998, 12, 4)
    c.s = Person("Oluwaseun", "Adeyemi-Bakare", SUBJ, dob,
                 prison_number="G3389PF",
                 address="Flat 9, Ogunleye House, Mercer Street, Kestrelford", postcode="ZD7 4UJ",
                 phone="07700 900557", email="seunbakare98@example.co.uk",
                 pnc=pnc_id(2022, 532904), cro=cro_id(402211, 22), crn="N508921",
                 ni_number="PE 83 44 10 B", nhs_number=nhs_fmt(nhs_id("999205731")),
                 passport="537719824",
                 driving_licence=dvla("Adeyemi-Bakare", dob, "OT", False, "WA"))
    c.aliases = ["Oluwaseun Temitope Adeyemi-Bakare", "Seun Bakare", "Shaun Adeyemi", "Tempz"]
    c.mum = Person("Folake", "Adeyemi", TP, D(1972, 6, 19), address="44 Thornbury Walk, Kestrelford",
                   postcode="ZD7 1NB", phone="07700 900560")
    c.tobi = Person("Tobi", "Bakare", TP, D(2007, 2, 9))
    c.chi = Person("Chiamaka", "Eze", TP, phone="07700 900561")
    c.doyle = Person("Kieran", "Doyle", TP, D(1997, 3, 15), prison_number="G4410RT",
                     pnc=pnc_id(2015, 770412))
    c.hirsi = Person("Abdirahman", "Hirsi", TP, D(1999, 8, 27), phone="07700 900574",
                     pnc=pnc_id(2023, 190655))
    c.jaden = Person("Jaden", "Lee-Francis", TP, D(2001, 1, 30), prison_number="G7730KN",
                     pnc=pnc_id(2019, 402287))
    c.sangha = Person("Parminder", "Sangha", TP)
    c.maria = Person("Maria", "da Conceição Ferreira", TP)
    c.shannon = Person("Shannon", "Kerr", TP, vehicle_registration="LK70 TWA")
    c.rb = Person("Rukhsana", "Begum", TP, email="r.begum@begumlowe.example.co.uk.cjsm.net")
    c.idris = Person("Idris", "Mahoney", TP)
    c.harriet = Person("Harriet", "Lindqvist", TP)
    c.akande = Person("Ruth", "Akande", STAFF)
    c.judge = Person("Catriona", "MacAulay", STAFF)
    c.fiona = Person("Fiona", "Ellery", STAFF, email="fiona.ellery@justice.example.gov.uk")
    c.gareth = Person("Gareth", "Pinnock", STAFF)
    c.amrit = Person("Amrit", "Sandhu-Lowell", STAFF)
    c.craig = Person("Craig", "Mulholland", STAFF)
    c.samho = Person("Sam", "Ho", STAFF)
    c.leon = Person("Leon", "Pritchard", STAFF)
    c.tracy = Person("Tracy-Ann", "Boyce", STAFF)
    c.qureshi = Person("Mohammed Idris", "Qureshi", TP, D(1990, 4, 11), prison_number="A9914CE")
    c.levi = Person("Levi", "Boswell", TP, D(1985, 7, 22), prison_number="G0917HX")
    c.athalia = Person("Athalia", "Boswell", TP)
    c.rui = Person("Rui Miguel", "Tavares", TP, D(1993, 10, 2), prison_number="G6642LS")
    c.dylan = Person("Dylan", "Price-Morgan", TP, D(1996, 12, 19), prison_number="G5581BD")
    return c


def d03_categorisation(c):
    s = c.s
    cod = [
        [c.doyle.n('DOYLE, Kieran Joseph'), c.doyle.pn(), c.doyle.v('pnc'), "HMP Saltreach", "YES"],
        [c.hirsi.n('HIRSI, Abdirahman Warsame'), "n/a", c.hirsi.v('pnc'), "community (SSO)", "n/a"],
        [c.jaden.n('LEE-FRANCIS, Jaden'), c.jaden.pn(), c.jaden.v('pnc'), "Kestrel Bank A wing", "NO"],
    ]
    p1 = f"""HMP KESTREL BANK - OFFENDER MANAGEMENT UNIT
CATEGORISATION REVIEW (ADULT MALE) - RE-CATEGORISATION
{KBANK.adpc()}   OMU: {KBANK.em()}

Name: {s.n('ADEYEMI-BAKARE, Oluwaseun Temitope')}       Prison no: {s.pn()}    CRN: {s.v('crn')}
DOB: {s.dob('dmy')}    PNC: {s.v('pnc')}    CRO: {s.v('cro')}
Address before custody: {s.ad()} {s.pc()}
Current category: B        Proposed: C        Review type: annual (due 22/01/2025)
Index offences: robbery x2; possession of an imitation firearm with intent
Sentence: 7 years 6 months (Carrowby Crown Court, 22/09/2023)   CRD: 2027-01-18

CO-DEFENDANTS / NON-ASSOCIATION
{ptable(cod, ['Co-defendant', 'Prison no', 'PNC', 'Location', 'Non-assoc'])}

SECURITY
Security department reports one SIR (11/2024) suggesting contact with co-defendant
{c.hirsi.l} via a mobile number ({c.hirsi.ph()}) attributed to Mr {c.hirsi.l}. Not
substantiated; no phone found on cell search. No adjudications in the last 12 months."""
    p2 = f"""VICTIM ISSUES
The victims of the robberies were a shopkeeper, Mr {c.sangha.n('P. Sangha')}, and a customer; Mr
{c.sangha.l} still runs the same shop, a short walk from {s.f}'s previous flat.
Exclusion zone likely on release.

FAMILY TIES / RESETTLEMENT
Mother {c.mum.full} ({c.mum.ad()} {c.mum.pc()}) visits monthly with {s.f}'s
brother {c.tobi.n('Tobi')}; partner {c.chi.full} visits occasionally. Mr {s.n('Bakare')} (as he prefers
to be called) is enrolled on Level 2 maths and works as a wing cleaner. Enhanced IEP.
Contact details recorded for release planning: {s.ph()}, {s.em()}.

ASSESSMENT
Risk of escape: low. Concerns: co-defendant {c.doyle.n('Doyle')} is held at HMP Saltreach, the nearest cat C, so
allocation must avoid Saltreach.

DECISION: Category C approved (not HMP Saltreach).

Reviewer: {c.gareth.full}, OMU Case Administrator          21/01/2025
POM comments: agree - {c.fiona.n('F. Ellery')} (POM)                 22/01/2025
Approved: {c.amrit.full}, Head of OMU                  23/01/2025"""
    return "omu-categorisation-review", pages(p1, p2, foot="RECAT-ADM-" + s.pn())


def d03_appeal_notice(c):
    s, rb = c.s, c.rb
    p1 = f"""CRIMINAL APPEAL OFFICE
{CAO.ad()} {CAO.pc()}  |  {CAO.ph()}  |  {CAO.em()}

FORM NG - NOTICE AND GROUNDS OF APPEAL (copy held on prison legal file)
Part 1 - Appellant
Surname: {s.U}              Forenames: {s.n('Oluwaseun Temitope')}
Date of birth: {s.dob('ord')}            Prison number: {s.pn()}
Address: HMP Kestrel Bank, {KBANK.ad()} {KBANK.pc()}
Crown Court: Carrowby      Indictment: T20237741     Trial judge: HHJ {c.judge.l}
Convicted: 18/08/2023      Sentenced: 22/09/2023
Co-accused: {c.doyle.n('Kieran Joseph DOYLE')}; {c.hirsi.n('Abdirahman Warsame HIRSI')};
            {c.jaden.n('Jaden LEE-FRANCIS')}
Appeal against: conviction and sentence       Extension of time sought: yes (38 days)

Part 2 - Grounds (summary; full grounds settled by counsel attached)
1. The judge erred in admitting the identification evidence of {c.maria.n('Ms Maria da Conceição Ferreira')},
   made in poor light, without an adequate Turnbull direction.
2. The judge's direction on the bad character of the co-accused {c.doyle.n('Doyle')} invited the jury
   to reason that the appellant, as {c.doyle.l}'s friend, shared his propensity."""
    p2 = f"""3. Fresh evidence: the appellant's brother, {c.tobi.n('Oluwatobi BAKARE')} (born {c.tobi.dob('long')}),
   is now able to say that the telephone ending 0558 attributed to the appellant at trial
   ({s.ph('07700 900558')}) was the appellant's old handset but was being used by
   {c.jaden.n('Jaden')} that week. A s.23 application is made.
4. Sentence: disparity. Mr {c.hirsi.l}, who entered the shop, received a suspended
   sentence; the appellant, who waited outside, received 7 years 6 months.

Part 3 - Representation
Solicitors: Begum & Lowe Solicitors, {BEGUM.ad()} {BEGUM.pc()}
Tel {BEGUM.ph()}   Ref RB/ADE/2291   Secure email {rb.em()}
Solicitor with conduct: {rb.full}          Counsel: {c.harriet.full}

Signed: {rb.n('R. Begum')}, solicitor for the appellant          Date: 30/10/2023
Signed: {s.n('O. T. Adeyemi-Bakare')} (appellant)                 Date: 30/10/2023

Prison use: legal post opened in presence of prisoner by Officer {c.tracy.n('T. Boyce')}."""
    return "appeal-notice", pages(p1, p2, mark="", foot="Form NG (v2019) - T20237741")


def d03_attendance_note(c):
    s, rb = c.s, c.rb
    p1 = f"""BEGUM & LOWE SOLICITORS - ATTENDANCE NOTE          (copy given to client at his request)
Client: {s.n('Oluwaseun ADEYEMI-BAKARE')} ("{s.n('Seun')}")   Prison no {s.pn('G3389 PF')}   Our ref RB/ADE/2291
Attendance: legal visit, HMP Kestrel Bank, 14/01/2025, 09:30-11:05 (95 mins)
Present: {rb.full} (solicitor), {c.idris.full} (trainee), client
Booked via {KBANK.em('legalvisits.kestrelbank@justice.example.gov.uk')}

1. Appeal. Leave refused on grounds 1, 2, 4; ground 3 referred to full court. Renewing.
2. Fresh evidence. {c.tobi.f} will give a statement. Client says the old phone
   ({s.ph('07700900558')}) was his, bought in 2021, but he lent it to {c.jaden.n('Jaden Lee-Francis')}
   "for about a week" in March 2023. His own number then and now is {s.ph()}.
   Need {c.tobi.f}'s date of birth for the witness form - client gave {c.tobi.dob('dmy')}.
3. Family. Mother (Mrs {c.mum.l}) can be reached on {c.mum.ph()}; she asked that
   letters go to her at {c.mum.ad()}, {c.mum.pc()}. Client's girlfriend {c.chi.f}
   ({c.chi.ph()}) has kept his post from {s.ad('Flat 9, Ogunleye House')}.
4. Co-accused. Client says {c.doyle.n('Kieran')} has been "telling people" at Saltreach that he will
   give evidence against {c.hirsi.n('Abdi')}. Advised client not to discuss the case on the phone.
5. Category C. POM is {c.fiona.full}. Wants a move nearer Kestrelford.
Action: IM to draft witness statement of {c.tobi.n('O. Bakare')}; RB to write to CAO.
Time: attendance 95 mins, travel 40 mins.                              {rb.n('RB')} / {c.idris.n('IM')}"""
    return "lawyers-attendance-note", pages(p1, mark="PRIVILEGED & CONFIDENTIAL", foot="Begum & Lowe - RB/ADE/2291")


def d03_sentencing_remarks(c):
    s, j = c.s, c.judge
    harp = Person("Harpreet", "Sangha", TP)
    p1 = f"""IN THE CROWN COURT AT CARROWBY
{CARRCC.ad()} {CARRCC.pc()}

R v {s.U}, {c.doyle.U}, {c.hirsi.U} and {c.jaden.U}           T20237741
SENTENCING REMARKS OF HER HONOUR JUDGE {j.n('CATRIONA MacAULAY')}
22 September 2023 (approved transcript)

Prosecution: Ms {c.akande.full}, Crown Advocate.   For {s.l}: Ms {c.harriet.full}.

1. {s.full}, {c.doyle.full}, {c.hirsi.full} and {c.jaden.full}, please stand.

2. On the evening of 9 March 2023 the four of you went to a convenience store in
   Kestrelford. Mr {c.sangha.full}, who is 61 and has run that shop for
   years, was behind the counter. A customer, Mrs {c.maria.n('Maria Ferreira')}, was at the till.
   {c.hirsi.l} went in first with a scarf over his face and an imitation handgun. {c.jaden.l}
   followed him. {s.l} stood at the door. {c.doyle.l} waited in the car.

3. The car was a black Audi A3, {c.shannon.vrm()}. It is registered to {c.doyle.l}'s girlfriend,
   {c.shannon.full}. I am satisfied that she knew nothing of what it was used for.

4. Mr {c.sangha.l} was struck on the head with the gun and robbed of the till takings and
   cigarettes worth about 2,300 pounds. Mrs {c.maria.n('Ferreira')} was pushed to the floor. In his
   victim personal statement Mr {c.sangha.l} says he no longer works in the evenings; his
   daughter {harp.f} has had to give up her job to cover the shop."""
    p2 = f"""5. Mr {s.l}, you are 24. You have one previous conviction, for possession of
   cannabis. Your role was to keep watch and you took a share of the money. Your mother, Mrs {c.mum.l}, has
   written to me, as has your partner, Ms {c.chi.l}; I have read those letters with care.

6. {c.doyle.l}, you are 26 and you planned this. You have convictions for robbery in 2018.
   {c.jaden.l}, you were 22 at the time; you pleaded guilty on the first day of trial.
   {c.hirsi.l}, you are 24, mentally unwell, and pleaded guilty at the first opportunity.

7. The sentences are:
{ctable([
        [s.n('Oluwaseun ADEYEMI-BAKARE'), "robbery x2", "7 years 6 months"],
        [c.doyle.n('Kieran DOYLE'), "robbery x2; firearm", "9 years"],
        [c.hirsi.n('Abdirahman HIRSI'), "robbery x2; firearm", "2 years susp. 2 yrs"],
        [c.jaden.n('Jaden LEE-FRANCIS'), "robbery x2", "5 years 3 months"],
    ], gap=4)}

   The statutory surcharge applies. A restraining order protects Mr {c.sangha.l} and Mrs {c.maria.n('Ferreira')}.

HHJ {j.n('C. MacAulay')}"""
    return "sentencing-remarks", pages(p1, p2, mark="", foot="Carrowby Crown Court - T20237741")


def d03_transfer_form(c):
    s = c.s
    man = [
        ["1", c.qureshi.n('QURESHI, Mohammed Idris'), c.qureshi.pn(), c.qureshi.dob('dmy'), "C", "3 (seal 0041877-79)", "inhaler IP"],
        ["2", c.levi.SC, c.levi.pn(), c.levi.dob('dmy'), "C", "2 (seal 0041880-81)", "methadone given 07:40"],
        ["3", c.rui.n('TAVARES, Rui Miguel'), c.rui.pn(), c.rui.dob('dmy'), "C", "2 (seal 0041882-83)", "interpreter: Portuguese"],
        ["4", c.dylan.SC, c.dylan.pn(), c.dylan.dob('dmy'), "C", "4 (seal 0041884-87)", "-"],
        ["5", s.n('ADEYEMI-BAKARE, Oluwaseun'), s.pn(), s.dob('dmy'), "C", "3 (seal 0041888-90)", "REMOVED - see note"],
    ]
    p1 = f"""HMP KESTREL BANK - INTER-PRISON TRANSFER: ESCORT MANIFEST
Sending establishment:   HMP Kestrel Bank, {KBANK.ad()} {KBANK.pc()}  ({KBANK.ph()})
Receiving establishment: HMP Saltreach, {SALT.ad()} {SALT.pc()}  (reception {SALT.ph()})
Transfer date: 05/02/2025     Reason: re-categorisation / population management
Escort: DCO {c.leon.full} (escort contractor)    Reception SO: {c.tracy.full}

{ctable(man, ['#', 'Name', 'Prison no', 'DOB', 'Cat', 'Property bags', 'Health / notes'])}

NOTES
04/02/2025 16:10 - Prisoner 5 ({s.n('Adeyemi-Bakare')}, {s.pn('g3389pf')}) removed from the manifest:
non-association with {c.doyle.n('DOYLE')} ({c.doyle.pn()}), who is located at HMP Saltreach. Re-allocation
to be arranged by OMU. Property seals 0041888-90 broken and bags returned to C wing. {c.tracy.n('TB')}
05/02/2025 07:55 - Prisoners 1-4 handed to escort. PERs checked and signed. {c.leon.n('LP')}
05/02/2025 07:58 - {c.levi.n('Boswell')} asked for his next of kin (grandmother) to be told of the move;
advised he can phone from Saltreach. {c.tracy.n('TB')}
Receiving reception to confirm arrival to {SALT.em()}.

Signed (sending): {c.tracy.n('T. Boyce')}, SO          Signed (escort): {c.leon.n('L. Pritchard')}, DCO"""
    return "inter-prison-transfer-form", pages(p1, foot="Transfer ref KBK-SAL-250205")


def d03_gym_induction(c):
    s = c.s
    nurse = Person("Precious", "Mutasa", STAFF)
    p1 = f"""HMP KESTREL BANK - PHYSICAL EDUCATION DEPARTMENT
GYM INDUCTION AND PHYSICAL ACTIVITY READINESS QUESTIONNAIRE (PAR-Q)
Gym office: {KBANK.em('gym.kestrelbank@justice.example.gov.uk')}

Name: {s.n('Seun ADEYEMI-BAKARE')}       Prison no: {s.pn()}       Wing/cell: C2-11
DOB: {s.dob('dash')}      NHS no: {s.v('nhs_number')}      Date of induction: 10/02/2025

PAR-Q                                                               YES   NO
1. Has a doctor ever said you have a heart condition?                      X
3. Do you have asthma or any breathing condition?                   X
   Details: mild asthma, salbutamol inhaler in possession
4. Any other reason you should not exercise?                               X

Healthcare clearance (Q3 = yes): cleared for full gym - Nurse {nurse.full}, 07/02/2025

EMERGENCY CONTACT
Name: {c.mum.full}      Relationship: mother      Tel: {c.mum.ph()}

INDUCTION GROUP (same session): {c.levi.n('L. Boswell')} {c.levi.pn()}, {c.dylan.n('D. Price-Morgan')} {c.dylan.pn()}
(attended 06/02 before transfer), {c.jaden.n('J. Lee-Francis')} {c.jaden.pn()} - separate session (non-assoc
check: none with this prisoner, both A and C wing gym slots allowed).

Rules explained and agreed.
Prisoner signature: {s.n('O. Adeyemi-Bakare')}
PEI: {c.craig.full}   Signature: {c.craig.n('C. Mulholland')}   Date: 10/02/2025"""
    return "gym-induction-form", pages(p1, foot="PE/IND/2025/0219")


def d03_radio_slips(c):
    s = c.s
    lenny = Person("Lenny", "Boswell", TP)
    fatima = Person("Fátima", "Tavares", TP)
    p1 = f"""KESTREL FM - PRISON RADIO REQUEST SLIPS (scanned batch 07, week of 10/02/2025)

--- SLIP 1 ---
Name: {s.n('Seun ADEYEMI-BAKARE')}     No: {s.pn('g3389pf')}     Wing: C2-11
Song: Burna Boy - "Ye"
Message: big up my mum {c.mum.f} and my little bro {c.tobi.f} in Kestrelford, happy 18th
bro !! and {c.chi.n('Chi')} love you always. Free {s.n('Tempz')} lol
Staff: approved - removed surname of brother. {c.samho.n('SH')}

--- SLIP 2 ---
Name: {c.levi.n('Levi BOSWELL')}    No: {c.levi.pn()}    Wing: C1-04 (now Saltreach)
Song: Daniel O'Donnell - "Footsteps"
Message: to my nan {c.athalia.full} on the site at Saltreach and my cousin {lenny.n('Lenny')},
keep the kettle on. dordi dordi
Staff: not read - prisoner transferred. {c.samho.n('SH')}"""
    p2 = f"""--- SLIP 3 ---
Name: {c.rui.n('Rui TAVARES')}     No: {c.rui.pn()}
Song: Mariza - "Chuva"
Message: para a minha mãe {fatima.n('Fátima')} em Viseu, saudades, e para o {c.dylan.n('Dylan')} do C1.
Staff: approved (Portuguese - translated by Officer {c.samho.l} using app). {c.samho.n('SH')}

--- SLIP 4 ---
Name: {c.qureshi.n('Mo Qureshi')}     No: {c.qureshi.pn('A9914 CE')}
Message: shout out to all the lads on C2 and {s.n('Seun')} on the pad next door, and the
kitchen crew. Eid Mubarak in advance to my family.
Staff: approved. {c.samho.n('SH')}

--- SLIP 5 ---
Name: {s.n('tempz')} (C2-11)
Message: second slip - shout out to {c.jaden.n('J')} on A wing, we good.
Staff: NOT approved - message to co-defendant. Passed to security. Officer {c.samho.n('Sam Ho')}

Slips scanned and retained for 6 months. Queries: Officer {c.samho.full}, Kestrel FM coordinator."""
    return "prison-radio-request-slips", pages(ocr(p1, 307), ocr(p2, 308), mark="", foot="KFM scan batch 07")


# ===========================================================================
# Bundle 04 - Nguyễn Thị Lan (F, 51, Vietnamese), trafficking victim / former prisoner
# ===========================================================================
def cast_04():
    c = SimpleNamespace()
    dob = D(1973, 10, 5)
    c.s = Person("Thi Lan", "Nguyen", SUBJ, dob,
                 prison_number="D2174NL",
                 address="Room 4, 58 Tanner's Row, Hollinbridge", postcode="YR3 9GA",
                 phone="07700 900683", email="lan.nguyen73@example.org",
                 pnc=pnc_id(2022, 88127), cro=cro_id(514390, 22), crn="R377045",
                 ni_number="SH 27 40 55 D", nhs_number=nhs_fmt(nhs_id("999611384")),
                 passport="549028133",
                 driving_licence=dvla("Nguyen", dob, "TL", True, "XK"))
    c.aliases = ["Nguyễn Thị Lan", "NGUYEN Thi Lan", "Lan Nguyen", "Chị Lan"]
    c.minh = Person("Văn Minh", "Trần", TP, phone="07700 900690")
    c.hung = Person("Quoc Hung", "Pham", TP, D(1979, 2, 14), phone="07700 900691",
                    email="kevin.pham.79@example.net", vehicle_registration="YT22 XMR")
    c.hoa = Person("Thi Hoa", "Dang", TP, D(1984, 7, 30), phone="07700 900692")
    c.maianh = Person("Mai Anh", "Nguyen", TP)
    c.long = Person("Duc Long", "Tran", TP)
    c.landlord = Person("Yvonne", "Abernethy", TP, address="Hillcrest, 3 Rookery Lane, Hollinbridge",
                        postcode="YR6 4BD", phone="07700 900695")
    c.ngoc = Person("Bích Ngọc", "Lê", TP, D(1990, 4, 12))
    c.hang = Person("Thu Hằng", "Đỗ", TP, D(1995, 1, 23))
    c.hannah = Person("Hannah", "Groves", TP, phone="07700 900698")
    c.thanh = Person("Đức Thanh", "Vũ", STAFF, address="27 Marigold Close, Fenwold", postcode="YN3 7LE",
                     phone="07700 900697", email="vu.thanh.interpreting@example.com",
                     sort_code="40-12-77", account_number="19283746",
                     iban=group4(iban_gb("EXMP", "401277", "19283746")))
    c.findlay = Person("Alasdair", "Findlay", STAFF)
    c.priya = Person("Priya", "Venkatesh", STAFF)
    c.emma = Person("Emma", "Stringfellow", STAFF, email="emma.stringfellow@fenwold.police.example.uk")
    c.raj = Person("Raj", "Mistry", STAFF)
    c.sorensen = Person("Helena", "Sørensen", STAFF)
    c.marcia = Person("Marcia", "Goodenough-Blake", STAFF)
    c.dhillon = Person("Rashpal", "Dhillon", STAFF)
    c.rooyen = Person("Anneliese", "van Rooyen", STAFF)
    c.tomas = Person("Tomás", "Ruiz-Delgado", STAFF)
    c.osei = Person("Linda", "Osei-Tutu", STAFF)
    return c


def d04_interpreter_invoice(c):
    s, t = c.s, c.thanh
    rv = "T20247719 R v " + c.hung.n('PHAM') + " & " + c.hoa.n('DANG')
    rows = [
        ["08/01/2025", "HCC-B-55120", rv,
         "witness " + s.n('NGUYEN Thi Lan') + " (pre-trial visit)", "2.0", "72.00"],
        ["15/01/2025", "HCC-B-55390", "T20247902 R v " + c.long.n('TRAN'),
         "defendant " + c.long.n('TRAN Duc Long') + " (plea)", "3.0", "108.00"],
        ["22/01/2025", "HCC-B-55611", rv,
         "witness Ms " + s.n('NGUYEN') + " (special measures)", "3.5", "126.00"],
    ]
    p1 = f"""INVOICE                                                        No. VDT-2025-014
From: {t.n('Vũ Đức Thanh')} - Vietnamese Interpreter (NRPSI 17742)
      {t.ad()} {t.pc()}
      Mobile {t.ph()}  |  {t.em()}
To:   Hollinbridge Crown Court - Interpreter Bookings
      {HOLLCC.ad()} {HOLLCC.pc()}  |  {HOLLCC.em()}
Invoice date: 31/01/2025

{ptable(rows, ['Date', 'Booking', 'Case', 'Assisting', 'Hours', 'Amount'])}

Travel: home ({t.pc()}) to Hollinbridge Crown Court, 3 return trips x 24 miles @ 0.45 = 32.40
TOTAL DUE: 338.40 (not VAT registered)

Payment by BACS to: {t.n('D T Vu')}   Sort code {t.v('sort_code')}   Account {t.v('account_number')}
IBAN {t.v('iban')}
Queries about this invoice: {t.ph('07700900697')}

COURT USE ONLY
Attendance confirmed by usher (court 3) 22/01/2025. Approved for payment:
{c.osei.full}, Listing Officer, {HOLLCC.ph()}, 04/02/2025"""
    return "court-interpreter-invoice", pages(p1, mark="", foot="VDT-2025-014")


def d04_messenger(c):
    s, h, m = c.s, c.hung, c.minh
    ln = s.n('Lan Nguyen')
    hn = h.n('Hùng Phạm')
    mn = m.n('Minh Trần')
    card = luhn_complete("453914880343646")
    p1 = f"""FENWOLD CONSTABULARY - DIGITAL MEDIA INVESTIGATION UNIT
Facebook Messenger printout - Exhibit ES/4 - produced from the complainant's handset
with her consent. Copy supplied to the complainant at her request.
Account: {s.n('Lan Nguyễn')} - registered email {s.em()} - phone {s.ph('+447700900683')}
Last login shown on device: 14/10/2023 08:14 from IP {s.v('ip_address', '198.51.100.23')}

Conversation 1: "Anh {h.n('Hùng')}" (profile: {h.n('Kevin Pham')}, {h.em()}, last active from {h.v('ip_address', '203.0.113.88')})
[14/10/2023 08:20] {hn}: Chị {s.n('Lan')} hôm nay đi làm ở tiệm Coronation nhé. Xe đón lúc 7h, biển số {h.vrm()}.
   [Translation: Sister {s.n('Lan')}, today you work at the Coronation shop. Car collects you at 7, plate {h.vrm('YT22XMR')}.]
[14/10/2023 08:22] {ln}: Em mệt lắm anh. Em muốn gọi cho con gái {c.maianh.n('Mai Anh')}.
   [Translation: I am very tired. I want to call my daughter {c.maianh.n('Mai Anh')}.]
[14/10/2023 08:30] {hn}: Trả hết nợ rồi gọi. Chị còn nợ 6000 bảng.
   [Translation: Pay off the debt first, then call. You still owe 6000 pounds.]
[15/10/2023 21:02] {hn}: Gửi tiền về Việt Nam thì dùng thẻ này: {h.v('payment_card', group4(card))}
   [Translation: To send money to Vietnam use this card: {h.v('payment_card', card)}]
[15/10/2023 21:05] {ln}: Dạ.  [Translation: Yes.]
[16/10/2023 06:58] {hn}: Chị {c.hoa.n('Hoa')} sẽ gọi từ số {c.hoa.ph()}. Đừng nghe máy người khác.
   [Translation: Sister {c.hoa.n('Hoa')} will call from {c.hoa.ph('07700900692')}. Do not answer anyone else.]"""
    p2 = f"""Conversation 2: "{m.n('Minh Trần')}" (cousin)
[20/10/2023 23:41] {ln}: Anh {m.n('Minh')} ơi cứu em. Em ở {s.ad('112A Coronation Parade, Fenwold')} {s.pc('YN6 2HX')}, tầng trên tiệm nail.
   [Translation: {m.n('Minh')} please help me. I am at {s.ad('112A Coronation Parade, Fenwold')} {s.pc('YN6 2HX')},
    upstairs from the nail bar.]
[20/10/2023 23:45] {mn}: Em gọi 999 đi. Đừng nói với {c.hoa.n('Hoa')}.
   [Translation: Call 999. Don't tell {c.hoa.n('Hoa')}.]
[21/10/2023 00:10] {mn}: Anh đang lái xe tới. Số anh {m.ph()}.
   [Translation: I am driving over. My number is {m.ph()}.]
[21/10/2023 00:52] {ln}: Em thấy xe của {h.n('Hùng')} rồi. Em sợ.
   [Translation: I can see {h.n('Hung')}'s car. I'm scared.]

NOTE: {s.ad('112A Coronation Parade')} was the complainant's home from March 2021. The translation was provided by {c.thanh.n('Vũ Đức Thanh')} (court-registered
interpreter). Reviewed by DC {c.emma.full} ({c.emma.em()}), OIC.
Defendants: {h.n('PHAM Quoc Hung')} (DOB {h.dob('dmy')}); {c.hoa.n('DANG Thi Hoa')} (DOB {c.hoa.dob('dmy')})."""
    return "facebook-messenger-printout", pages(p1, p2, foot="Exhibit ES/4 - DMIU ref 23/FW/7781")


def d04_pharmacy(c):
    s = c.s
    rd = c.dhillon.n('RD')
    rows = [
        ["03/12/2024", "Sertraline 50mg tablets", "28", "Dr " + c.sorensen.l, "patient", rd],
        ["03/12/2024", "Omeprazole 20mg capsules", "28", "Dr " + c.sorensen.l, "patient", rd],
        ["31/12/2024", "Sertraline 50mg tablets", "28", "Dr " + c.sorensen.l,
         c.ngoc.n('Lê Bích Ngọc') + " (friend, ID seen)", rd],
        ["14/01/2025", "Zopiclone 3.75mg tablets", "7", "Dr " + c.sorensen.l,
         c.minh.n('Trần Văn Minh') + " (cousin)", rd],
        ["28/01/2025", "Sertraline 100mg tablets", "28", "Dr " + c.sorensen.l, "patient", rd],
    ]
    p1 = f"""FOUNDRY PHARMACY
{FOUNDRY.ad()} {FOUNDRY.pc()}     Tel {FOUNDRY.ph()}

PATIENT MEDICATION RECORD - printed for the patient (subject access request)
Patient:  {s.n('NGUYEN, Thi Lan')} (Ms)          DOB: {s.dob('Mon')}
NHS no:   {s.v('nhs_number', s.vals['nhs_number'].replace(' ', ''))}                      Tel: {s.ph()}
Address:  {s.ad()} {s.pc()}
GP:       Dr {c.sorensen.n('H. Sørensen')}, Tanner's Row Medical Centre, {TANMC.ad()} ({TANMC.pc()})
Exemption: HC2 certificate (NHS Low Income Scheme) seen 03/12/2024
Language: Vietnamese - telephone interpreter for counselling

{ptable(rows, ['Date', 'Item', 'Qty', 'Prescriber', 'Collected by', 'Chk'])}

NOTES
14/01/2025  Patient's cousin {c.minh.n('Minh')} translated at collection; advised that a telephone
            interpreter should be used for medicines counselling. {rd}
28/01/2025  Dose increase discussed with patient via interpreter (ref LL-448120). {rd}
31/12/2024  Bag for {c.hang.n('Đỗ Thu Hằng')} (NHS {c.hang.v('nhs_number', nhs_fmt(nhs_id('999552017')))}) handed to the same collector in error;
            retrieved same day. {rd}
Medication history imported 03/12/2024: records from prison healthcare, HMP & YOI Fernmoor
(2022, prison no. {s.pn()}) and the safe-house GP (address withheld).

Pharmacist: {c.dhillon.full} (GPhC 2087741)"""
    return "pharmacy-prescription-record", pages(p1, mark="CONFIDENTIAL - PATIENT RECORD", foot="PMR print 05/02/2025")


def d04_dental_referral(c):
    s = c.s
    p1 = f"""RIVERSIDE DENTAL CARE (NHS)
{RIVDENT.ad()} {RIVDENT.pc()}   Tel {RIVDENT.ph()}

To: Special Care Team, Hollinbridge Community Dental Service
    {DENTAL.ad()} {DENTAL.pc()}   (by email to {DENTAL.em()})
Date: 20/01/2025

Re: Ms {s.n('Lan NGUYEN')}    DOB: {s.dob('ord')}    NHS No: {s.v('nhs_number', s.vals['nhs_number'].replace(' ', '-'))}
    {s.ad()} {s.pc()}    Mobile: {s.ph()}

Dear colleague,

Thank you for seeing this 51-year-old lady, who has fractured UL1 and UL2 following an
assault in 2023 by her former "employer" (Mr {c.hung.l}), and severe dental anxiety. I would be
grateful if you would assess her for treatment under sedation.

She speaks limited English; please book a Vietnamese interpreter (not a family member).
She is supported by {c.hannah.full} of Hollinbridge Women's Aid ({c.hannah.ph()}), who may
accompany her. Her next of kin is her cousin, {c.minh.n('Trần Văn Minh')}, {c.minh.ph()}.

Medical history: PTSD; sertraline 100mg daily (GP Dr {c.sorensen.full}, Tanner's Row Medical
Centre, {TANMC.ph()}). No allergies known. Non-smoker.

Yours sincerely,

Dr {c.rooyen.full} BDS
GDC 248812"""
    return "dentist-referral-letter", pages(p1, mark="", foot="Riverside Dental Care - referral 0192")


def d04_vrr_letter(c):
    s = c.s
    p1 = f"""CROWN PROSECUTION SERVICE
Victim Communication and Liaison Unit
{CPS.ad()} {CPS.pc()}
Tel {CPS.ph()}   Email {CPS.em()}

Ms {s.n('Thi Lan Nguyen')}
{s.ad('Room 4' + chr(10) + '58 Tanner' + chr(39) + 's Row' + chr(10) + 'Hollinbridge')}
{s.pc()}

Our ref: VRR/HOL/2025/0147        Police URN: 47FW0123424        3 February 2025

Dear Ms {s.l},

Victims' Right to Review - outcome of your request

You asked us to review the decision not to continue the prosecution of {c.hoa.n('Đặng Thị Hoa')}
(also known as "{c.hoa.n('Hoa Dang')}") for offences under the Modern Slavery Act 2015, in
which you are named as a victim. The prosecution of {c.hung.n('Phạm Quốc Hùng')} is not
affected by this review and his trial remains listed at Hollinbridge Crown Court.

I had no part in the original decision. I have considered your account, the Messenger messages you provided,
the statement of your cousin Mr {c.minh.n('Trần')}, and the evidence of the second victim
(referred to in the papers as "V2").

I have decided that the original decision was wrong. There is enough evidence that
Ms {c.hoa.l} controlled your movements and your money and it is in the public interest
to prosecute her. The proceedings against her will be restarted."""
    p2 = f"""What happens next
The officer in the case, DC {c.emma.full}, will contact you about the trial. If your address or phone number changes (we have {s.ph()} and
{s.em()}), please tell DC {c.emma.l} or the Witness Care Unit.

Your support worker, Ms {c.hannah.l}, has been sent a copy of this letter with your
consent. I have also told the defence solicitors for Ms {c.hoa.l} of the decision; your
address has not been given to them.

If you have any questions, please contact {c.priya.full} in the Victim Communication
and Liaison Unit on {CPS.ph('0113 496 0900')} or at {CPS.em()}.

Yours sincerely,

{c.findlay.full}
Senior Crown Prosecutor, CPS Fenwold and Hollinbridge

cc: DC {c.emma.n('E. Stringfellow')}, DS {c.raj.full} (Fenwold Constabulary)"""
    return "victim-right-to-review-letter", pages(p1, p2, mark="OFFICIAL-SENSITIVE", foot="VRR/HOL/2025/0147")


def d04_housing_benefit(c):
    s = c.s
    prev = [
        ["03/2021", "10/2022", s.ad('112A Coronation Parade, Fenwold') + " " + s.pc('YN6 2HX')],
        ["10/2022", "12/2022", "HMP & YOI Fernmoor, " + FERN.ad() + " " + FERN.pc() + " (no. " + s.pn() + ")"],
        ["12/2022", "11/2024", "Safe house - address withheld (support provider)"],
    ]
    p1 = f"""HOLLINBRIDGE CITY COUNCIL - HOUSING BENEFIT CLAIM (HB1)
Return to: Revenues & Benefits, {HOLLHB.ad()}, {HOLLHB.pc()}   Tel {HOLLHB.ph()}

PART 1 - ABOUT YOU
Title: Ms    Surname: {s.U}          Other names: {s.n('Thi Lan')}
Other names used: {s.n('Nguyễn Thị Lan')}; {s.n('Lan Nguyen')}
Date of birth: {s.dob('dmy')}      NI number: {s.v('ni_number')}
Phone: {s.ph()}        Email: {s.em()}
Address you are claiming for: {s.ad()} {s.pc()}     Date moved in: 02/12/2024
Type: room in shared house (specified/supported? No)

PART 2 - WHERE YOU HAVE LIVED IN THE LAST 3 YEARS
{ptable(prev, ['From', 'To', 'Address'])}

PART 3 - OTHER PEOPLE AT THE ADDRESS (not part of your household)
{ctable([
        [c.ngoc.n('LÊ Bích Ngọc'), "Room 3", "DOB " + c.ngoc.dob('dmy'), "tenant of same landlord"],
        [c.hang.n('ĐỖ Thu Hằng'), "Room 2", "DOB " + c.hang.dob('dmy'), "tenant of same landlord"],
    ], gap=3)}"""
    p2 = f"""PART 4 - YOUR LANDLORD
Name: Mrs {c.landlord.full}     Address: {c.landlord.ad()} {c.landlord.pc()}
Tel: {c.landlord.ph()}     Rent: 420.00 per month including bills     Related to you? No

PART 5 - INCOME
Employment: kitchen assistant, 16 hours per week, from 06/01/2025 (payslips to follow)
Other: none. Savings: under 500.00

PART 6 - HOW WE PAY YOU
Account name: Ms {s.n('T L Nguyen')}   Sort code: {s.v('sort_code', '09-01-28')}   Account no: {s.v('account_number', '83726150')}
Pay landlord direct? Yes - Mrs {c.landlord.n('Y Abernethy')}, sort code {c.landlord.v('sort_code', '20-44-91')}, account {c.landlord.v('account_number', '60718834')}

PART 7 - DECLARATION
Signed: {s.n('Nguyễn Thị Lan')}      Date: 06/12/2024
Form completed with help from: {c.hannah.full} (support worker), tel {c.hannah.ph()}
Interpreter used: yes (telephone, ref LL-431092)

OFFICE USE
Received 09/12/2024. ID seen: passport {s.v('passport')}; provisional driving licence
{s.v('driving_licence')}. Tenancy agreement seen. NINO on form written as {s.v('ni_number', 'sh274055d')}.
Previous address at {s.ad('Coronation Parade')} flagged by police (trafficking) - do not write to it.
Assessed by: {c.tomas.n('T. Ruiz-Delgado')}, Benefits Officer - {HOLLHB.em()}"""
    return "housing-benefit-claim", pages(p1, p2, mark="", foot="HB1 (rev. 2024) - claim 4410275")


def d04_ocr_fax(c):
    s = c.s
    p1 = f"""*** FAX ***   22/01/2025 14:07   FROM: {TANMC.ph('0113 496 0961')} TANNERS ROW MC   P.01/01
TO:    Fenwold Constabulary Safeguarding Hub        FAX: {FENSAFE.ph()}
ATTN:  DC {c.emma.full}
FROM:  Dr {c.sorensen.full}, Tanner's Row Medical Centre, {TANMC.ad()} {TANMC.pc()}

RE:  {s.n('NGUYEN, Thi Lan')}     DOB {s.dob('dot')}     NHS {s.v('nhs_number')}
     {s.ad()}, {s.pc()}

Dear DC {c.emma.l},

Further to your request of 15/01/2025 and the patient's signed consent (attached), I can
confirm that Ms {s.l} has been registered with this practice since 03/12/2024. She has a
diagnosis of post-traumatic stress disorder and takes sertraline 100mg daily. She describes
nightmares and panic when she sees vehicles similar to one used by her former "boss",
Mr {c.hung.n('Pham')}.

In my opinion she would benefit from special measures (screen or live link) when giving
evidence, and from breaks every 30 minutes. She should have a Vietnamese interpreter who is
not known to her community. Her cousin, Mr {c.minh.n('Tran')} ({c.minh.ph()}), usually
accompanies her to appointments.

Yours sincerely

Dr {c.sorensen.n('H. Sorensen')}   GMC 7104432
pp {c.marcia.full}, Practice Manager

CONFIDENTIALITY: this fax contains patient information. If you have received it in error
please telephone {TANMC.ph()} and destroy it."""
    return "ocr-scanned-fax", pages(ocr(p1, 407, rate=0.08), mark="", foot="scanned by Safeguarding Hub MFD-2")


# ===========================================================================
# Bundle 05 - Rhodri Emyr ap Dafydd (M, 62, Welsh), HMP Rhoswen
# ===========================================================================
def cast_05():
    c = SimpleNamespace()
    dob = D(1962, 4, 28)
    c.s = Person("Rhodri", "ap Dafydd", SUBJ, dob,
                 prison_number="F1196DA",
                 address="Tŷ Gwyn, 4 Heol y Felin, Llanfedw", postcode="YL5 2SP",
                 phone="01632 960587", email="rhodri.apdafydd@example.co.uk",
                 pnc=pnc_id(2023, 61550), cro=cro_id(330712, 23), crn="W283915",
                 ni_number="WP558319B", nhs_number=nhs_fmt(nhs_id("999834120")),
                 passport="505118362",
                 driving_licence=dvla("ap Dafydd", dob, "RE", False, "KT"),
                 vehicle_registration="CV13 AOP")
    c.aliases = ["Rhodri Emyr ap Dafydd", "Rhodri Davies", "Roddy ap Dafydd", "R. E. ap Dafydd"]
    c.sian = Person("Siân", "ap Dafydd", TP, D(1965, 9, 1), phone="07700 900736")
    c.gethin = Person("Gethin", "ap Dafydd", TP, D(1990, 3, 17), email="gethin.apdafydd@example.com",
                      address="Fflat 3, 12 Stryd y Bont, Caerwen", postcode="YL7 4NE")
    c.elin = Person("Elin", "ap Gethin", TP)
    c.morfydd = Person("Morfydd", "Llewellyn-Jones", TP, D(1938, 12, 5))
    c.ieuan = Person("Ieuan", "Prosser", TP)
    c.mererid = Person("Mererid", "Vaughan", TP)
    c.calum = Person("Calum", "MacLeòid", TP, D(1979, 11, 2), prison_number="F2281HG")
    c.jim = Person("Jimmy", "Loveridge", TP, D(1971, 5, 14), prison_number="F3390WE")
    c.joao = Person("João", "Conceição dos Santos", TP, prison_number="F4471PT")
    c.farah = Person("Mohamed Abdi", "Farah", TP, prison_number="F5563SL")
    c.bilal = Person("Bilal", "al-Hashimi", TP, prison_number="F6618RD")
    c.jose = Person("José Miguel", "de la Cruz", TP, prison_number="F7702UK")
    c.sion = Person("Siôn Llŷr", "Hughes", TP, prison_number="F8840EN")
    c.tadhg = Person("Tadhg", "Ó Dochartaigh", TP, prison_number="F9013CW")
    c.carys = Person("Carys", "Bevan", STAFF, email="carys.bevan@justice.example.gov.uk")
    c.dom = Person("Dominic", "Fairclough", STAFF, email="dominic.fairclough@justice.example.gov.uk")
    c.huw = Person("Huw", "Tudur-Owen", STAFF)
    c.tariq = Person("Tariq", "Mahmood", STAFF)
    c.seamus = Person("Seamus", "Colgan", STAFF)
    c.lee = Person("Lee", "Sparkes", STAFF)
    c.bronwen = Person("Bronwen", "Jenkins-Rees", STAFF)
    c.angharad = Person("Angharad", "Price", STAFF)
    c.kwabena = Person("Kwabena", "Osei", STAFF)
    c.ffion = Person("Ffion", "Rowlands", STAFF)
    c.owain = Person("Owain", "Griffiths-Baptiste", STAFF)
    c.gemma = Person("Gemma", "Pask", STAFF)
    c.dewi = Person("Dewi", "Pritchard-Lloyd", STAFF)
    return c


def d05_personal_officer(c):
    s = c.s
    p1 = f"""HMP RHOSWEN - PERSONAL OFFICER REPORT (sentence plan review)
{RHOS.ad()} {RHOS.pc()}   Tel {RHOS.ph()}

Name: {s.n('AP DAFYDD, Rhodri Emyr')}   Prison no: {s.pn()}   CRN: {s.v('crn')}   DOB: {s.dob('dmy')}
Location: Cedar 2-07      Report by: Officer {c.carys.full} (personal officer since 06/2024)

1. Behaviour and work
Mr {s.l} is polite, compliant and well regarded by staff. He works as a servery orderly in
the main kitchen and holds Level 2 Food Hygiene. On 14/01/2025 he was present at the servery
when {c.jim.n('Jimmy LOVERIDGE')} and {c.bilal.n('Bilal AL-HASHIMI')} fought; he was a bystander and
lost his glasses case in the confusion (since returned - LP/2025/031).

2. Peers
He shares a cell with {c.calum.n('Calum MacLeòid')}, from the Isle of Lewis; they get on well. On the wing he is called
"{s.n('Roddy')}" or "the Professor". He helps {c.tadhg.n('Tadhg Ó Dochartaigh')} and {c.jose.n('José de la Cruz')} with letters.

3. Family
His wife {c.sian.full} visits fortnightly from Llanfedw; her mobile ({c.sian.ph()}) is on his
PIN list. Their son {c.gethin.full} lives in Caerwen and visits monthly with his daughter
{c.elin.f} (4). {s.f} says he writes to {c.gethin.f} at {c.gethin.em()} through the email-a-prisoner
service. Home address on release: {s.ad()} {s.pc()}; landline {s.ph()};
his own email (for the resettlement team) {s.em()}."""
    p2 = f"""4. Health
Type 2 diabetes; attends nurse clinics.

5. Finance / confiscation
A confiscation order was made at sentence. The holiday flat he owns at
{s.ad('7 Harbour View, Saltreach')} {s.pc('YP2 9QE')} is being sold by the enforcement receiver, and his car,
a Jaguar XF ({s.vrm()}), was sold in 2024. {s.f} has asked that letters about this go to his
solicitor rather than to {s.ad('Tŷ Gwyn')} so that {c.sian.f} is not upset. He keeps a second mobile
number, {s.ph('07700 900735')}, on his records for his solicitor's use after release.

6. Victims and remorse
He has expressed remorse for the losses of the investors, including Mrs {c.morfydd.full}
and Mr {c.ieuan.full}, both elderly. He understands he must not contact them. Victim contact
scheme in place.

7. Welsh language: Mr {s.n('ap Dafydd')} asks for correspondence in Welsh.

Officer {c.carys.n('C. Bevan')} (6620)                        10/02/2025
Reviewed: {c.owain.full}, Deputy Governor          12/02/2025"""
    return "personal-officer-report", pages(p1, p2, foot="PO report - " + "Cedar wing")


def d05_chapel_register(c):
    s = c.s
    Y, N = "Y", "-"
    rows = [
        [s.pn(), s.n('AP DAFYDD, Rhodri'), "Church in Wales", Y, Y, N, Y, "Welsh-language service"],
        [c.calum.pn(), c.calum.n('MacLEÒID, Calum'), "Church of Scotland", Y, Y, Y, Y, "read lesson in Gaelic 26/01"],
        [c.jim.pn(), c.jim.SC, "Christian (Light and Life)", Y, N, N, Y, ""],
        [c.joao.pn(), c.joao.n('CONCEIÇÃO DOS SANTOS, João'), "Roman Catholic", Y, Y, Y, Y, "Mass - Fr " + c.seamus.l],
        [c.jose.pn(), c.jose.n('DE LA CRUZ, José Miguel'), "Roman Catholic", Y, Y, N, Y, ""],
        [c.tadhg.pn(), c.tadhg.n('Ó DOCHARTAIGH, Tadhg'), "Roman Catholic", N, Y, Y, Y, ""],
        [c.sion.pn(), c.sion.n('HUGHES, Siôn Llŷr'), "Methodist", Y, N, Y, Y, ""],
    ]
    fri = [
        [c.farah.pn(), c.farah.n('FARAH, Mohamed Abdi'), "Muslim", Y, Y, Y, Y, ""],
        [c.bilal.pn(), c.bilal.n('AL-HASHIMI, Bilal'), "Muslim", Y, Y, N, Y, "hospital 17/01 (scald)"],
    ]
    hdr = ['Prison no', 'Name', 'Faith', '05/01', '12/01', '19/01', '26/01', 'Notes']
    hdr2 = ['Prison no', 'Name', 'Faith', '03/01', '10/01', '17/01', '24/01', 'Notes']
    p1 = f"""HMP RHOSWEN - CHAPLAINCY
CORPORATE WORSHIP ATTENDANCE REGISTER - JANUARY 2025
Chaplaincy: {RHOS.em('chaplaincy.rhoswen@justice.example.gov.uk')}   ext. via switchboard {RHOS.ph()}

SUNDAY SERVICES (Christian)
{ptable(rows, hdr)}

FRIDAY PRAYERS (Jumu'ah)
{ptable(fri, hdr2)}

PASTORAL NOTES
12/01 {s.f} ({s.pn()}) asked that his wife {c.sian.f} and granddaughter {c.elin.f} be remembered in
      prayers. Seen on the wing 13/01. {c.huw.n('HTO')}
19/01 {c.calum.f} asked for a Gaelic Bible; ordered from the Bible Society. {c.huw.n('HTO')}
24/01 {c.bilal.f} back at prayers after hospital; {c.farah.n('Mohamed Farah')} sat with him. {c.tariq.n('TM')}

Signed: Revd {c.huw.full} (Managing Chaplain)   Fr {c.seamus.full}   Imam {c.tariq.full}"""
    return "chapel-attendance-register", pages(p1, foot="CHAP/REG/2025-01")


def d05_kitchen_roster(c):
    s = c.s
    rows = [
        [s.pn(), s.n('AP DAFYDD R.'), "Servery / temps", "AM", "AM", "-", "AM", "AM", "Yes (exp 03/2026)"],
        [c.jim.pn(), c.jim.n('LOVERIDGE J.'), "Pot wash", "-", "-", "-", "-", "-", "No - suspended"],
        [c.bilal.pn(), c.bilal.n('AL-HASHIMI B.'), "Halal prep", "-", "-", "AM", "AM", "AM", "Yes"],
        [c.farah.pn(), c.farah.n('FARAH M. A.'), "Halal prep / stores", "AM", "AM", "AM", "-", "AM", "Yes"],
        [c.jose.pn(), c.jose.n('DE LA CRUZ J. M.'), "Bakery", "PM", "PM", "PM", "PM", "-", "Yes"],
        [c.sion.pn(), c.sion.n('HUGHES S. Ll.'), "Veg prep", "AM", "-", "AM", "AM", "AM", "Booked 29/01"],
        [c.tadhg.pn(), c.tadhg.n('Ó DOCHARTAIGH T.'), "Floors / bins", "PM", "PM", "-", "PM", "PM", "No"],
        [c.joao.pn(), c.joao.n('DOS SANTOS J.'), "Servery (cover)", "-", "PM", "PM", "-", "PM", "Yes"],
    ]
    temps = [
        ["Mon 20/01", "3.1 / 2.8", "-19 / -20", s.n('RaD'), c.bronwen.n('BJR')],
        ["Tue 21/01", "3.4 / 3.0", "-18 / -20", s.n('RaD'), c.bronwen.n('BJR')],
        ["Wed 22/01", "2.9 / 3.3", "-19 / -19", c.bilal.n('BaH'), c.lee.n('LS')],
        ["Thu 23/01", "3.6 / 3.1", "-20 / -21", s.n('RaD'), c.bronwen.n('BJR')],
        ["Fri 24/01", "3.0 / 2.7", "-19 / -20", c.joao.n('JCdS'), c.lee.n('LS')],
    ]
    p1 = f"""HMP RHOSWEN - MAIN KITCHEN
FOOD HYGIENE AND CLEANING ROSTER           Week commencing 20/01/2025
Catering Manager: {c.lee.full}        Catering Instructor: {c.bronwen.full}

{ctable(rows, ['No.', 'Name', 'Station', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'L2 Food Hygiene'])}

FRIDGE / FREEZER TEMPERATURE SIGN-OFF (08:00 checks)
{ctable(temps, ['Day', 'Fridge 1/2 (C)', 'Freezer 1/2 (C)', 'Checked by', 'Supervisor'])}

NOTES
- {c.jim.U} removed from the servery after the incident on 14/01; pot wash suspended pending
  adjudication. {c.bilal.U} moved to halal prep (kept apart). {c.lee.n('LS')}
- {s.n('ap Dafydd')} is diabetic - agreed snack break 10:30. Covers temperature checks. {c.bronwen.n('BJR')}
- {c.sion.f} to sit Level 2 Food Hygiene 29/01 in the education block. {c.lee.n('LS')}"""
    return "kitchen-hygiene-roster", pages(p1, mark="", foot="KIT/ROS/W04")


def d05_lost_property(c):
    s = c.s
    p1 = f"""HMP RHOSWEN - LOST / FOUND PROPERTY RECORD                 Ref: LP/2025/031

ITEM FOUND
Description: brown leather glasses case containing reading glasses; a photograph of a young
girl (on the back: "{c.elin.f}, 4 oed, Nadolig 2024"); a folded letter in Welsh addressed to
"{s.n('Rhodri ap Dafydd')} {s.pn()}" from "{c.sian.n('Siân')}", sender's address on the envelope:
{s.ad()}, {s.pc()} (the prisoner's home address).
Found: 15/01/2025 09:20, Cedar wing servery, under the hot-plate
Found by: prisoner {c.joao.n('João CONCEIÇÃO DOS SANTOS')} ({c.joao.pn()}) - handed to staff immediately
Received by: OSG {c.dewi.full}

OWNER
Identified as: {s.n('AP DAFYDD, Rhodri Emyr')}    No: {s.pn('f1196da')}    Cell: Cedar 2-07
Identified by: name on letter (lost in servery incident 14/01/2025).
Prisoner's comments: "Diolch - the photo of {c.elin.f} is the only one I have. Thanks to
{c.joao.n('João')} for handing it in."

RETURN
Returned to owner: 15/01/2025 12:10
Owner signature: {s.n('R ap Dafydd')}
Witness: Officer {c.carys.full}
Logged by: OSG {c.dewi.n('D. Pritchard-Lloyd')}
Property card updated: yes (Cedar wing)"""
    return "lost-property-form", pages(p1, foot="LP/2025/031")


def d05_vaccination(c):
    s = c.s
    ap = "Nurse " + c.angharad.n('A. Price')
    rows = [
        ["12/10/2023", "Influenza (aQIV)", "FLU-KX4471", "L deltoid", "Llanfedw Surgery (pre-custody)", "verbal"],
        ["02/11/2023", "COVID-19 booster", "CV-XJ2210", "L deltoid", "Llanfedw Surgery (pre-custody)", "verbal"],
        ["09/10/2024", "Influenza (aQIV)", "FLU-PT0982", "R deltoid", ap, "written"],
        ["09/10/2024", "COVID-19 autumn booster", "CV-MM5531", "L deltoid", ap, "written"],
        ["21/01/2025", "Pneumococcal (PPV23)", "PN-AA1907", "L deltoid", c.angharad.full, "written"],
        ["21/01/2025", "Shingles (recombinant) dose 1", "SH-BX3306", "R deltoid", "Nurse " + c.kwabena.full, "written"],
    ]
    p1 = f"""HMP RHOSWEN HEALTHCARE - IMMUNISATION HISTORY (clinical system print)
{RHOS.em('healthcare.rhoswen@justice.example.gov.uk')}

Patient:    {s.n('ap Dafydd, Rhodri Emyr')} (Mr)       DOB: {s.dob('Mon')}      Sex: M
NHS number: {s.v('nhs_number')}              Prison no: {s.pn()}
Usual GP before custody: Llanfedw Surgery, {LLANSURG.ad()} {LLANSURG.pc()}, tel {LLANSURG.ph()}
Next of kin: Mrs {c.sian.full} (wife), {c.sian.ph('07700900736')}

{ptable(rows, ['Date', 'Vaccine', 'Batch', 'Site', 'Given by', 'Consent'])}

CLINICAL NOTES
21/01/2025 Type 2 diabetes - eligible for pneumococcal and influenza. Shingles dose 2 due
           21/03/2025 or later. Welsh leaflet given. {c.kwabena.n('KO')}
09/10/2024 No reaction after 15 min observation. {c.angharad.n('AP')}

Printed by: {c.ffion.full}, Healthcare Administrator, 11/02/2025 (SAR copy)"""
    return "vaccination-record", pages(p1, mark="CONFIDENTIAL - MEDICAL IN CONFIDENCE", foot="Immunisations - " + s.pn())


def d05_disclosure_letter(c):
    s = c.s
    p1 = f"""CRIMINAL RECORDS DISCLOSURE SERVICE
{DISC.ad()} {DISC.pc()}    Customer services {DISC.ph()}    {DISC.em()}

STANDARD DISCLOSURE CERTIFICATE
(copy retained on the prisoner's OMU file - certificate issued 14/06/2019)

Certificate number:  001948117263          Date of issue: 14 June 2019
Applicant personal details
Surname:             {s.n('AP DAFYDD')}
Forename(s):         {s.n('RHODRI EMYR')}
Other names:         {s.n('DAVIES, RHODRI')} (used 1962-1984)
Date of birth:       {s.dob('ord')}
Place of birth:      LLANFEDW
Gender:              MALE
Current address:     {s.ad('TŶ GWYN, 4 HEOL Y FELIN, LLANFEDW')} {s.pc()}

Employment details
Position applied for:  TRUSTEE AND TREASURER
Name of employer:      LLANFEDW CHAPEL RESTORATION TRUST
Countersignatory:      {c.mererid.n('MERERID VAUGHAN')}
Registered body:       LLANFEDW CHAPEL RESTORATION TRUST

Police records of convictions, cautions, reprimands and warnings
NONE RECORDED"""
    p2 = f"""IDENTITY DOCUMENTS CHECKED BY THE REGISTERED BODY (application 05/2019)
Passport:         {s.v('passport')}
Driving licence:  {s.v('driving_licence')}
NI number:        {s.v('ni_number')}
Address history:  {s.ad('Tŷ Gwyn, 4 Heol y Felin, Llanfedw')} {s.pc()} (2017 - present)
                  {s.ad('2 Bryn Teg, Saltreach')} {s.pc('YP1 3HT')} (2003 - 2017)
Checked by: {c.mererid.n('M. Vaughan')}, 21/05/2019

NOTE ADDED BY HMP RHOSWEN OMU (2025)
This certificate pre-dates the index offences (fraud by abuse of position, 2019-2022).
The trust's chair at the time, Mr {c.ieuan.full}, was later one of the victims, as was
Mrs {c.morfydd.n('M. Llewellyn-Jones')} (born {c.morfydd.dob('long')}), an investor. Retained for the
parole dossier only.
{s.n('Rhodri Davies')} is recorded as a former name on PNC ({s.v('pnc')}; CRO {s.v('cro')}).
OMU: {RHOS.em('omu.rhoswen@justice.example.gov.uk')}"""
    return "dbs-style-disclosure-letter", pages(p1, p2, mark="", foot="Certificate 001948117263")


def d05_cctv_request(c):
    s, dom = c.s, c.dom
    rows = [
        [c.jim.n('LOVERIDGE, Jimmy') + ' ("' + c.jim.n('Big Jim') + '")', c.jim.pn(), c.jim.dob('dmy'), "alleged aggressor"],
        [c.bilal.n('AL-HASHIMI, Bilal'), c.bilal.pn(), "", "injured - scald to forearm"],
        [s.n('AP DAFYDD, Rhodri'), s.pn(), s.dob('dmy'), "servery worker - witness"],
        [c.jose.n('DE LA CRUZ, José Miguel'), c.jose.pn(), "", "witness"],
    ]
    p1 = f"""From:        {dom.n('Fairclough, Dominic')} <{dom.em()}>
Sent:        15 January 2025 08:47
To:          Security Rhoswen <{RHOS.em('security.rhoswen@justice.example.gov.uk')}>
Cc:          {c.carys.n('Bevan, Carys')} <{c.carys.em()}>
Subject:     CCTV request - Cedar servery incident 14/01/2025
Attachments: CCTV_request_SEC-25-0114.pdf

Morning all - request below for yesterday's servery fight. Please retain and download
C-SRV-01/02 and C-LAND-2. {c.carys.f} was first on scene. Police referral likely for {c.jim.n('Loveridge')}.
{dom.n('Dom')}
--
SO {dom.full} | Security Department | HMP Rhoswen | {RHOS.ad()} {RHOS.pc()} | {RHOS.ph()}

CCTV / BODY-WORN VIDEO FOOTAGE REQUEST                          Ref: SEC/25/0114
Requesting officer: SO {dom.full}        Department: Security
Incident: 14/01/2025 17:05-17:15, Cedar wing servery
Cameras: C-SRV-01, C-SRV-02, C-LAND-2; BWV of Officer {c.carys.l} (BWV-R-118)
Reason: fight at the servery; allegation that hot food was thrown. Evidence for
adjudication and possible police referral.

PERSONS INVOLVED
{ptable(rows, ['Name', 'Prison no', 'DOB', 'Role'])}

Staff present: Officer {c.carys.full}, OSG {c.dewi.full}
Retention: 90 days or until adjudication / police enquiry complete
Authorised: {c.owain.full}, Deputy Governor, 15/01/2025
Download: {c.gemma.full} (CCTV operator) 15/01/2025 10:20 - disc CCTV/25/009"""
    return "cctv-request-form", pages(p1, foot="SEC/25/0114")


# ===========================================================================
# Assembly, checks and output
# ===========================================================================
BUNDLES = [
    ("eval8-01", cast_01, [d01_library_loans, d01_keyworker, d01_family_court_letter,
                           d01_contact_centre_report, d01_education_enrolment,
                           d01_listener_log, d01_whatsapp_export, d01_pom_com_handover]),
    ("eval8-02", cast_02, [d02_accommodation_visit, d02_payslips, d02_uc_journal,
                           d02_council_tax, d02_pnc_print, d02_bwv_log, d02_psr_addendum]),
    ("eval8-03", cast_03, [d03_categorisation, d03_appeal_notice, d03_attendance_note,
                           d03_sentencing_remarks, d03_transfer_form, d03_gym_induction,
                           d03_radio_slips]),
    ("eval8-04", cast_04, [d04_interpreter_invoice, d04_messenger, d04_pharmacy,
                           d04_dental_referral, d04_vrr_letter, d04_housing_benefit,
                           d04_ocr_fax]),
    ("eval8-05", cast_05, [d05_personal_officer, d05_chapel_register, d05_kitchen_roster,
                           d05_lost_property, d05_vaccination, d05_disclosure_letter,
                           d05_cctv_request]),
]

ID_KEYS = ("pnc", "cro", "crn", "ni_number", "nhs_number", "passport", "driving_licence")


def subject_block(c, used):
    """The subject block; identifiers are declared only if some page uses them verbatim."""
    s = c.s
    return {
        "name": "%s %s" % (s.first, s.last),
        "aliases": list(c.aliases),
        "date_of_birth": s.dob_.isoformat(),
        "prison_number": s.vals["prison_number"],
        "identifiers": {k: s.vals[k] for k in ID_KEYS if (k, s.vals[k]) in used},
        "contact": {"addresses": ["%s %s" % (s.vals["address"], s.vals["postcode"])],
                    "phones": [s.vals["phone"]],
                    "emails": [s.vals["email"]]},
    }


def build_bundle(bid, cast_fn, doc_fns):
    c = cast_fn()
    documents = []
    for i, fn in enumerate(doc_fns, 1):
        kind, page_markup = fn(c)
        texts, truth = [], []
        for pi, pm in enumerate(page_markup):
            text, items = render(pm)
            texts.append(text)
            for it in items:
                truth.append(dict([("page", pi)] + list(it.items())))
        documents.append({"id": "doc-%02d" % i, "kind": kind, "pages": texts, "truth": truth})
    used = set((t["category"], t["text"]) for d in documents for t in d["truth"]
               if t["party"] == SUBJ)
    bundle = {"bundle_id": bid, "subject": subject_block(c, used), "documents": documents}
    check_bundle(bundle, c)
    return bundle


def check_bundle(bundle, c):
    subj_items = [(t["category"], t["text"]) for d in bundle["documents"]
                  for t in d["truth"] if t["party"] == SUBJ]
    sb = bundle["subject"]
    s = c.s
    # declared contact values and identifiers appear, labelled subject, somewhere
    must = [("address", s.vals["address"]), ("postcode", s.vals["postcode"]),
            ("phone", s.vals["phone"]), ("email", s.vals["email"]),
            ("prison_number", sb["prison_number"])]
    for cat, val in must:
        assert (cat, val) in subj_items, "declared %s %r never used" % (cat, val)
    used_ids = sum(1 for k in sb["identifiers"] if (k, sb["identifiers"][k]) in subj_items)
    assert used_ids >= 3, "too few declared identifiers used in " + bundle["bundle_id"]
    # every labelled item text really is at the recorded offsets, parties consistent
    for d in bundle["documents"]:
        assert len(d["pages"]) == len(set(range(len(d["pages"])))), d["id"]
        for t in d["truth"]:
            raw = d["pages"][t["page"]].encode("utf-8")
            assert raw[t["begin"]:t["end"]].decode("utf-8") == t["text"]
            if t["party"] == PUB:
                assert any(t["text"] in b.used[t["category"]] for b in BODIES), t


def yaml_q(s):
    return "'" + s.replace("'", "''") + "'"


def write_yaml(path):
    lines = ["version: 1", "bodies:"]
    for b in BODIES:
        if not any(b.used.values()):
            continue
        lines.append("  - name: " + yaml_q(b.name))
        for key, cat in (("phones", "phone"), ("postcodes", "postcode"),
                         ("addresses", "address"), ("emails", "email")):
            vals = b.used[cat]
            if not vals:
                continue
            lines.append("    %s: [%s]" % (key, ", ".join(yaml_q(v) for v in vals)))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: evalgen_eighth.py OUTPUT_DIR\n")
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    bundles = [build_bundle(*b) for b in BUNDLES]
    for i, b in enumerate(bundles, 1):
        with open(os.path.join(out, "bundle-%02d.json" % i), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(b, ensure_ascii=False, indent=1) + "\n")
    write_yaml(os.path.join(out, "public-bodies.yaml"))

    # ---- totals ----
    ndocs = sum(len(b["documents"]) for b in bundles)
    nbytes = sum(len(p.encode("utf-8")) for b in bundles for d in b["documents"] for p in d["pages"])
    npages = sum(len(d["pages"]) for b in bundles for d in b["documents"])
    items = [t for b in bundles for d in b["documents"] for t in d["truth"]]
    by_party = {p: 0 for p in PARTIES}
    by_cat = {c: 0 for c in CATEGORIES}
    tp_cat = {c: 0 for c in CATEGORIES}
    for t in items:
        by_party[t["party"]] += 1
        by_cat[t["category"]] += 1
        if t["party"] == TP:
            tp_cat[t["category"]] += 1
    kinds = [d["kind"] for b in bundles for d in b["documents"]]
    print("bundles:   %d" % len(bundles))
    print("documents: %d (%d pages)" % (ndocs, npages))
    print("bytes:     %d" % nbytes)
    print("items:     %d" % len(items))
    print("items per party:")
    for p in PARTIES:
        print("  %-12s %4d" % (p, by_party[p]))
    print("items per category (all / third_party):")
    for cat in CATEGORIES:
        print("  %-21s %4d / %4d" % (cat, by_cat[cat], tp_cat[cat]))
    print("kinds (%d distinct):" % len(set(kinds)))
    for b in bundles:
        print("  %s: %s" % (b["bundle_id"], ", ".join(d["kind"] for d in b["documents"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
