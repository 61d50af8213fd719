#!/usr/bin/env python3
"""Generate the "ninth" synthetic, labelled evaluation set for disclose.

Usage:  python3 tests/tools/evalgen_ninth.py tests/data/eval-ninth

Written BLIND: the author did not read, list, grep or run anything in this
repository apart from this file and its output directory (beyond an `ls -d`
confirming that tests/tools and tests/data exist): no engine source,
no stage code, no other test data, no other generators, no README/docs, no
build output, and the `disclose` binary was never run.  The only material
consulted was /work/shared/reference/uk-identifiers.md (identifier formats and
check digits) and /work/shared/reference/domain.md (the disclosure domain).

Output: bundle-01.json ... bundle-05.json and public-bodies.yaml.  Python 3
standard library only, no clock, no network and no random numbers at all (every
value is fixed in the source); two runs produce byte-identical files.

Everything is invented.  Postcodes use non-existent outward codes (ZA..ZZ,
YA..YZ), phones come from Ofcom's drama ranges, e-mail domains are example.*,
IP addresses are RFC 5737 / RFC 3849, NHS numbers are in the 999 range, and
PNC / CRO / NHS / card / IBAN values carry valid check characters.

Markup used in the page templates
---------------------------------
A labelled span is written  [[cat/party text]]  where
  cat   is one of the short codes in CATS below (n = name, dob, pn, pnc, ...)
  party is s (subject), t (third_party), f (staff) or p (public_body).
render() strips the markup, records the byte offsets of every span in the
page's UTF-8 encoding, and the generator asserts the invariants (text equals
the bytes, no surrounding whitespace, spans ordered and non-overlapping,
identifiers valid, and every labelled value labelled wherever else it occurs
in the bundle).

Labelling policy used by this set
---------------------------------
* staff: people acting in an official or professional capacity for a public
  body or its contractors (prison, probation, police, NHS, councils, schools,
  tribunals, Home Office, HMRC, fire service, contracted testing labs);
  their names and any personal/direct contact details are party "staff".
* third_party: every other person (prisoners, relatives, victims, witnesses,
  neighbours, associates, and people acting for private firms, charities,
  churches and mosques in their own dealings with the subject).
* public_body: published switchboards, generic mailboxes, addresses and
  postcodes of public bodies (listed in public-bodies.yaml).  Private
  companies' and charities' contact details are deliberately left out of the
  documents (web addresses only) so that nothing unlabelled is personal data.
"""

import datetime
import hashlib
import json
import os
import re
import sys

# ---------------------------------------------------------------------------
# categories and parties
# ---------------------------------------------------------------------------

CATS = {
    "n": "name", "dob": "date_of_birth", "pn": "prison_number", "pnc": "pnc",
    "cro": "cro", "crn": "crn", "ni": "ni_number", "nhs": "nhs_number",
    "ph": "phone", "em": "email", "ad": "address", "pc": "postcode",
    "vrm": "vehicle_registration", "pp": "passport", "dl": "driving_licence",
    "sc": "sort_code", "acc": "account_number", "iban": "iban",
    "card": "payment_card", "ip": "ip_address",
}
PARTIES = {"s": "subject", "t": "third_party", "f": "staff", "p": "public_body"}

MARK = re.compile(r"\[\[([a-z]+)/([stfp]) (.*?)\]\]", re.S)


def m(cat, party, text):
    """Build one labelled span in the template markup."""
    return f"[[{cat}/{party} {text}]]"


def vis(s):
    """Visible text of a markup string (for column alignment)."""
    return MARK.sub(lambda mo: mo.group(3), s)


# ---------------------------------------------------------------------------
# identifier helpers (with check characters)
# ---------------------------------------------------------------------------

L23 = "ZABCDEFGHJKLMNPQRTUVWXY"


def pnc(year, serial):
    """Long-form PNC ID YYYY/NNNNNNNC (mod 23 over YY + 7-digit serial)."""
    n = int(f"{year % 100:02d}{serial:07d}")
    return f"{year}/{serial:07d}{L23[n % 23]}"


def pnc_short(p):
    year, rest = p.split("/")
    return f"{year[2:]}/{int(rest[:7])}{rest[7]}"


def pnc_valid(s):
    s = s.upper().replace(" ", "")
    if "/" in s:
        yy, rest = s.split("/")
        if len(yy) == 4:
            yy = yy[2:]
    else:
        if len(s) == 12:
            yy, rest = s[2:4], s[4:]
        else:
            yy, rest = s[:2], s[2:]
    serial, chk = rest[:-1], rest[-1]
    if not (yy.isdigit() and serial.isdigit() and 1 <= len(serial) <= 7):
        return False
    return L23[int(yy + serial.zfill(7)) % 23] == chk


def cro(serial, yy):
    n = int(f"{yy:02d}{serial:06d}")
    return f"{serial:06d}/{yy:02d}{L23[n % 23]}"


def cro_sf(yy, serial):
    n = int(f"{yy:02d}{serial}")
    return f"SF{yy:02d}/{serial}{L23[n % 23]}"


def cro_valid(s):
    s = s.upper().replace(" ", "")
    mo = re.fullmatch(r"SF(\d{2})/(\d{1,6})([A-Z])", s)
    if mo:
        return L23[int(mo.group(1) + mo.group(2)) % 23] == mo.group(3)
    mo = re.fullmatch(r"(\d{1,6})/(\d{2})([A-Z])", s)
    if mo:
        return L23[int(mo.group(2) + mo.group(1).zfill(6)) % 23] == mo.group(3)
    return False


def nhs(stem):
    """999-range NHS number: the first valid stem at or above `stem`."""
    s = int(stem)
    while True:
        d = [int(c) for c in f"{s:09d}"]
        c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c != 10:
            t = f"{s:09d}{c}"
            return f"{t[:3]} {t[3:6]} {t[6:]}"
        s += 1


def nhs_valid(s):
    d = re.sub(r"[ -]", "", s)
    if not re.fullmatch(r"999\d{7}", d):
        return False
    return sum(int(c) * w for c, w in zip(d, range(10, 0, -1))) % 11 == 0


NI_FIRST = set("ABCEGHJKLMNOPRSTWXYZ")
NI_SECOND = set("ABCEGHJKLMNPRSTWXYZ")
NI_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def ni_valid(s):
    t = re.sub(r"[ -]", "", s.upper())
    mo = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", t)
    return bool(mo) and mo.group(1) in NI_FIRST and mo.group(2) in NI_SECOND \
        and (mo.group(1) + mo.group(2)) not in NI_BANNED


def luhn_complete(partial):
    """Append the Luhn check digit to a digit string."""
    digits = [int(c) for c in partial][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def luhn_valid(s):
    d = re.sub(r"[ -]", "", s)
    if not d.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def card(partial15):
    c = luhn_complete(partial15)
    return " ".join(c[i:i + 4] for i in range(0, 16, 4))


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_gb(bank, sort_code, account):
    bban = bank + sort_code.replace("-", "") + account
    chk = 98 - _iban_num(bban + "GB00") % 97
    raw = f"GB{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_valid(s):
    t = s.replace(" ", "").upper()
    return bool(re.fullmatch(r"GB\d{2}[A-Z]{4}\d{14}", t)) and \
        _iban_num(t[4:] + t[:4]) % 97 == 1


PC_RE = re.compile(r"(?:[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2}")


def postcode_valid(s):
    return bool(PC_RE.fullmatch(s.upper())) and s[0] in "ZY"


def phone_valid(s):
    d = re.sub(r"\D", "", s)
    if d.startswith("44"):
        d = "0" + d[2:]
        if d.startswith("00"):
            d = d[1:]
    return any(re.fullmatch(p, d) for p in (
        r"01632960\d{3}", r"01134960\d{3}", r"02079460\d{3}",
        r"07700900\d{3}", r"01614960\d{3}"))


def email_valid(s):
    mo = re.fullmatch(r"[A-Za-z0-9._%+\-']+@([A-Za-z0-9\-.]+)", s)
    return bool(mo) and "example" in mo.group(1).split(".")


def ip_valid(s):
    if s.startswith("2001:db8:"):
        return True
    return any(s.startswith(p) for p in ("192.0.2.", "198.51.100.", "203.0.113.")) \
        and 0 <= int(s.rsplit(".", 1)[1]) <= 255


VRM_RE = re.compile(r"[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|1[0-9]|2[0-4]|5[1-9]|6[0-9]|7[0-4]) ?[A-HJ-PR-Z]{3}")
DL_RE = re.compile(r"[A-Z9]{5} ?[0-9](?:[05][1-9]|[16][0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9] ?[A-Z9]{2}[0-9A-Z] ?[A-Z]{2}(?: ?[0-9]{2})?")

DOB_FORMATS = ["%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%d.%m.%y", "%d-%m-%Y",
               "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%b-%Y", "%d-%b-%y",
               "%B %d, %Y", "%d %b. %Y", "%d%m%Y", "%d %B, %Y"]


def dob_parse(s):
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", s).replace(" of ", " ")
    t = t.title() if re.search(r"[A-Z]{3}", t) else t
    for f in DOB_FORMATS:
        try:
            d = datetime.datetime.strptime(t, f).date()
        except ValueError:
            continue
        if d.year > 2024:  # two-digit years: the past century
            d = d.replace(year=d.year - 100)
        return d
    raise AssertionError(f"unparseable date of birth {s!r}")


def validate_item(cat, text):
    ok = {
        "pnc": pnc_valid, "cro": cro_valid, "nhs_number": nhs_valid,
        "ni_number": ni_valid, "payment_card": luhn_valid, "iban": iban_valid,
        "postcode": postcode_valid, "phone": phone_valid, "email": email_valid,
        "ip_address": ip_valid,
        "vehicle_registration": lambda s: bool(VRM_RE.fullmatch(s.upper())),
        "driving_licence": lambda s: bool(DL_RE.fullmatch(s.upper())),
        "prison_number": lambda s: bool(re.fullmatch(r"[A-Z] ?\d{4} ?[A-Z]{2}", s.upper())),
        "crn": lambda s: bool(re.fullmatch(r"[A-Z]\d{6}", s.upper())),
        "passport": lambda s: bool(re.fullmatch(r"\d{9}|[A-Z]\d{6}|\d{6}[A-Z]", s.replace(" ", "").upper())),
        "sort_code": lambda s: bool(re.fullmatch(r"\d{2}[- ]?\d{2}[- ]?\d{2}", s)),
        "account_number": lambda s: bool(re.fullmatch(r"\d{8}", s.replace(" ", ""))),
        "date_of_birth": lambda s: datetime.date(1940, 1, 1) < dob_parse(s) < datetime.date(2025, 1, 1),
    }.get(cat)
    if ok is not None:
        assert ok(text), f"invalid {cat}: {text!r}"


# ---------------------------------------------------------------------------
# layout helpers
# ---------------------------------------------------------------------------

def cols(rows, widths):
    """Space-aligned columns; cells may contain markup."""
    out = []
    for row in rows:
        line = ""
        for i, cell in enumerate(row):
            if i < len(row) - 1:
                line += cell + " " * max(widths[i] - len(vis(cell)), 1)
            else:
                line += cell
        out.append(line.rstrip())
    return "\n".join(out)


def pipe(rows):
    """Pipe table padded to the widest visible cell in each column."""
    w = [max(len(vis(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, row in enumerate(rows):
        out.append("| " + " | ".join(c + " " * (w[i] - len(vis(c))) for i, c in enumerate(row)) + " |")
        if j == 0:
            out.append("|" + "|".join("-" * (x + 2) for x in w) + "|")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# rendering and checks
# ---------------------------------------------------------------------------

def render(markup):
    """Strip the markup; return (text, truth items for the page)."""
    out, items, pos, nbytes = [], [], 0, 0
    for mo in MARK.finditer(markup):
        pre = markup[pos:mo.start()]
        out.append(pre)
        nbytes += len(pre.encode("utf-8"))
        cat, party, text = mo.group(1), mo.group(2), mo.group(3)
        assert "[[" not in text, f"nested markup: {text!r}"
        b = len(text.encode("utf-8"))
        items.append({"begin": nbytes, "end": nbytes + b, "category": CATS[cat],
                      "party": PARTIES[party], "text": text})
        out.append(text)
        nbytes += b
        pos = mo.end()
    out.append(markup[pos:])
    text = "".join(out)
    assert "[[" not in text and "]]" not in text, "stray markup"
    return text, items


def check_page(text, items):
    raw = text.encode("utf-8")
    last = 0
    for it in items:
        assert it["begin"] >= last, f"overlap/order at {it}"
        assert raw[it["begin"]:it["end"]].decode("utf-8") == it["text"]
        assert it["text"] == it["text"].strip() and it["text"], f"whitespace in {it}"
        validate_item(it["category"], it["text"])
        last = it["end"]


def check_coverage(bundle_id, docs):
    """Every labelled value must be labelled wherever else it occurs."""
    values = set()
    for d in docs:
        for t in d["truth"]:
            if len(t["text"]) >= 3:
                values.add(t["text"])
    pats = [(v, re.compile(r"(?<!\w)" + re.escape(v) + r"(?!\w)")) for v in sorted(values)]
    errors = []
    for d in docs:
        for pi, page in enumerate(d["pages"]):
            raw = page.encode("utf-8")
            spans = [(t["begin"], t["end"]) for t in d["truth"] if t["page"] == pi]
            for v, p in pats:
                for mo in p.finditer(page):
                    b = len(page[:mo.start()].encode("utf-8"))
                    e = b + len(v.encode("utf-8"))
                    if not any(sb <= b and e <= se for sb, se in spans):
                        errors.append(f"{bundle_id} {d['id']} p{pi}: unlabelled {v!r} at byte {b}: "
                                      f"{raw[max(0, b - 40):e + 20]!r}")
    assert not errors, "\n".join(errors)


def make_doc(num, kind, pages):
    texts, truth = [], []
    for pi, pm in enumerate(pages):
        text, items = render(pm)
        check_page(text, items)
        for it in items:
            truth.append({"page": pi, "begin": it["begin"], "end": it["end"],
                          "category": it["category"], "party": it["party"], "text": it["text"]})
        texts.append(text)
    return {"id": f"doc-{num:02d}", "kind": kind, "pages": texts, "truth": truth}


# ---------------------------------------------------------------------------
# public bodies (values exactly as written in the pages)
# ---------------------------------------------------------------------------

PUBLIC_BODIES = {}


def body(name, phones=(), postcodes=(), addresses=(), emails=()):
    PUBLIC_BODIES[name] = {"phones": list(phones), "postcodes": list(postcodes),
                           "addresses": list(addresses), "emails": list(emails)}


def yaml_q(s):
    return "'" + s.replace("'", "''") + "'"


def public_bodies_yaml():
    lines = ["version: 1", "bodies:"]
    for name in sorted(PUBLIC_BODIES):
        b = PUBLIC_BODIES[name]
        lines.append(f"  - name: {yaml_q(name)}")
        for key in ("phones", "postcodes", "addresses", "emails"):
            if b[key]:
                lines.append(f"    {key}: [" + ", ".join(yaml_q(v) for v in b[key]) + "]")
    return "\n".join(lines) + "\n"


def check_public_bodies(bundles):
    keymap = {"phone": "phones", "postcode": "postcodes", "address": "addresses", "email": "emails"}
    listed = {(k, v) for b in PUBLIC_BODIES.values() for k in keymap.values() for v in b[k]}
    used = set()
    for bd in bundles:
        for d in bd["documents"]:
            for t in d["truth"]:
                if t["party"] == "public_body":
                    key = keymap.get(t["category"])
                    assert key, f"public_body item of category {t['category']}"
                    assert (key, t["text"]) in listed, f"public body value not in yaml: {t['text']!r}"
                    used.add((key, t["text"]))
    unused = listed - used
    assert not unused, f"yaml values never labelled: {sorted(unused)}"


def check_subject_block(bd):
    """Each value in the subject block is used (modulo spacing/case) for the subject."""
    norm = lambda s: re.sub(r"[\s\-/.]", "", s).upper()
    subj = {(t["category"], norm(t["text"])) for d in bd["documents"] for t in d["truth"]
            if t["party"] == "subject"}
    s = bd["subject"]
    want = [("prison_number", s["prison_number"])]
    want += [({"pnc": "pnc", "cro": "cro", "crn": "crn", "ni_number": "ni_number",
               "nhs_number": "nhs_number", "passport": "passport",
               "driving_licence": "driving_licence"}[k], v) for k, v in s["identifiers"].items()]
    want += [("phone", v) for v in s["contact"]["phones"]]
    want += [("email", v) for v in s["contact"]["emails"]]
    for cat, v in want:
        assert (cat, norm(v)) in subj, f"{bd['bundle_id']}: subject {cat} {v!r} not used"
    for a in s["contact"]["addresses"]:
        street, pcode = a.rsplit(" ", 2)[0], " ".join(a.rsplit(" ", 2)[1:])
        assert ("address", norm(street)) in subj and ("postcode", norm(pcode)) in subj, a
    names = {t["text"] for d in bd["documents"] for t in d["truth"]
             if t["party"] == "subject" and t["category"] == "name"}
    assert s["name"] in names, s["name"]
    for a in s["aliases"]:
        assert a in names, a
    dobs = [dob_parse(t["text"]) for d in bd["documents"] for t in d["truth"]
            if t["party"] == "subject" and t["category"] == "date_of_birth"]
    assert dobs and all(x.isoformat() == s["date_of_birth"] for x in dobs), dobs
    age = (datetime.date(2024, 7, 1) - datetime.date.fromisoformat(s["date_of_birth"])).days // 365
    assert 18 <= age <= 75, age


# ===========================================================================
# Bundle 01 - Senait Tesfamariam GEBREMEDHIN (F, 23, Eritrean, patronymic
# naming; custody at HMP & YOI Fernleigh)
# ===========================================================================

body("HMP & YOI Fernleigh", phones=["01632 960210", "01632960210"], postcodes=["ZE4 9FL"],
     addresses=["Fernleigh Road, Wexcombe"],
     emails=["omu.fernleigh@justice.example.gov.uk", "familyservices.fernleigh@justice.example.gov.uk"])
body("Ashgrove University Hospitals NHS Trust", phones=["0113 496 0340"], postcodes=["ZB1 8AU"],
     addresses=["Infirmary Street, Ashgrove"], emails=["agh.discharge@ashgrove-nhs.example.net"])
body("Kiln Lane Medical Practice", phones=["0113 496 0355"], postcodes=["ZB2 9LS"],
     addresses=["3 Kiln Lane, Ashgrove"])
body("Ashgrove City Council IDVA Service", phones=["0113 496 0112"], postcodes=["ZB1 1DA"],
     addresses=["Civic Centre, Market Way, Ashgrove"], emails=["idva.service@ashgrove.example.gov.uk"])
body("Home Office UK Visas and Immigration (Family Reunion)", phones=["0113 496 0777"],
     postcodes=["ZE1 4UW"], addresses=["Sheaf Court, 11 Harrow Lane, Wexcombe"],
     emails=["familyreunion@homeoffice.example.gov.uk"])

B1 = dict(PN="B4471TK", NI="SG 58 31 07 D", NHS=nhs("999482615"))


def b1_hospital_discharge():
    S = B1
    p1 = f"""\
ASHGROVE UNIVERSITY HOSPITALS NHS TRUST
Ashgrove General Hospital, [[ad/p Infirmary Street, Ashgrove]] [[pc/p ZB1 8AU]]
Switchboard [[ph/p 0113 496 0340]]   Discharge team [[em/p agh.discharge@ashgrove-nhs.example.net]]

CONFIDENTIAL - INPATIENT DISCHARGE SUMMARY

Patient name  : [[n/s GEBREMEDHIN, Senait Tesfamariam]]
Preferred name: [[n/s Senait]]
NHS number    : [[nhs/s {S['NHS']}]]
Hospital no.  : AGH-0448213
Date of birth : [[dob/s 14/03/2001]]   Age: 22   Sex: Female
Address       : [[ad/s Flat 4, 19 Cordwainer Court, Ashgrove]] [[pc/s ZB3 7PD]]
Telephone     : [[ph/s 07700 900418]]
Registered GP : Dr [[n/f Priya RAGHUNATHAN]], Kiln Lane Medical Practice,
                [[ad/p 3 Kiln Lane, Ashgrove]] [[pc/p ZB2 9LS]] (tel [[ph/p 0113 496 0355]])
Next of kin   : [[n/t Morag NICOLSON]] (friend) [[ph/t 07700 900592]]
Language      : Tigrinya / English (good spoken English; interpreter used in ED only)

Admitted      : 19/06/2023 02:14 via Emergency Department (ambulance)
Discharged    : 23/06/2023 16:40
Ward          : Larch Ward (Trauma & Orthopaedics)
Consultant    : Mr [[n/f Oluwaseun ADEBAYO]]

DIAGNOSES
1. Displaced fracture of left ulnar shaft (defensive pattern) - ORIF 20/06/2023
2. Contusions to face and both upper arms; 2 cm scalp laceration (glued in ED)
3. Disclosure of domestic abuse - adult and child safeguarding referrals made

PRESENTING COMPLAINT
[[n/s Senait]] told the ED team that she had been assaulted at home by her partner,
[[n/t Dawit Habte WOLDU]] (DOB [[dob/t 11/02/1994]]), who hit her with a broom handle
after an argument about money. Her son [[n/t Abel]] (DOB [[dob/t 03/08/2022]]) was in
the flat and was collected from ED at 03:10 by Mrs [[n/t Nicolson]].

                                                              Page 1 of 2
"""
    p2 = f"""\
[[n/s GEBREMEDHIN, Senait T]]   NHS [[nhs/s {S['NHS']}]]   DOB [[dob/s 14-Mar-2001]]
CONFIDENTIAL - INPATIENT DISCHARGE SUMMARY (continued)

PROGRESS
ORIF under GA 20/06 (Mr [[n/f Adebayo]]); uneventful. Seen by the ward social worker
[[n/f Comfort ASANTE-BOAKYE]] 21/06. Pt tearful but engaging; no thoughts of self-harm.

SAFEGUARDING
- Police attended ED 03:30: PC [[n/f Gareth LLOYD]] 2217, Ashgrove Central. Crime
  ref AS/23/118820. Pt gave a first account; she is undecided about a statement.
- Pt will not return to Cordwainer Court while [[n/t Dawit]] holds a key. On discharge
  she will stay with [[n/t Morag]] at [[ad/t 7 Baxter Wynd, Ashgrove]] [[pc/t ZB4 2NJ]].
- IDVA referral: [[n/f Rachel O'SULLIVAN]] (Ashgrove City Council) saw pt on the ward 22/06.
- Pt asks that no letters go to the flat. Contact by e-mail [[em/s senait.tm@example.com]]
  or on her safe mobile [[ph/s 07700 900733]] (NOT the 0418 number, which [[n/t Dawit]]
  can see on the phone bill).
- Child: [[n/t Abel Dawit HABTE]], 10 months, NHS [[nhs/t {nhs('999560118')}]]; HV informed
  ([[n/f Siobhan CARTY]], 0-19 team). Dad's brother [[n/t Mehari HABTE]] has asked the
  ward twice for news of [[n/s Senait]] - no information given.

MEDICATION ON DISCHARGE
Co-codamol 30/500 two tabs QDS PRN (7 days); Ibuprofen 400 mg TDS with food (5 days).

FOLLOW-UP
Fracture clinic 04/07/2023 10:20; wound check at GP practice day 7.

Completed by: Dr [[n/f Eilidh GRANT]], ST4 Trauma & Orthopaedics, bleep 4471
Checked by  : Sister [[n/f Joanne PRICE]], Larch Ward
cc: Dr [[n/f Raghunathan]] (GP); IDVA Service; Ashgrove Children's Services

                                                              Page 2 of 2
"""
    return "hospital-discharge-summary", [p1, p2]


def b1_refuge_referral():
    S = B1
    p1 = f"""\
OFFICIAL-SENSITIVE
ASHGROVE CITY COUNCIL - INDEPENDENT DOMESTIC VIOLENCE ADVISER (IDVA) SERVICE
[[ad/p Civic Centre, Market Way, Ashgrove]] [[pc/p ZB1 1DA]] | [[ph/p 0113 496 0112]] | [[em/p idva.service@ashgrove.example.gov.uk]]

REFUGE REFERRAL FORM                                   Referral ref: IDVA-23-0612
Address of refuge NOT to be recorded on this form.

SECTION 1 - REFERRER
Name ............ [[n/f Rachel O'SULLIVAN]], Senior IDVA
Direct line ..... [[ph/f 0113 496 0117]]     Work mobile: [[ph/f 07700 900310]]
Date ............ 22/06/2023

SECTION 2 - CLIENT
Name ............ [[n/s Senait Tesfamariam GEBREMEDHIN]]
Also known as ... [[n/s Senait TESFAMARIAM]]; [[n/s Sena]] (family)
Date of birth ... [[dob/s 14.03.2001]]
Nationality ..... Eritrean (refugee status granted 2018)
NI number ....... [[ni/s {S['NI']}]]
Safe phone ...... [[ph/s 07700 900733]] (text first; say you are from "the clinic")
Do NOT use ...... [[ph/s 07700 900418]] - perpetrator pays this contract
E-mail .......... [[em/s senait.tm@example.com]] (perpetrator does not know password)
Current address . staying with friend [[n/t Morag NICOLSON]], [[ad/t 7 Baxter Wynd, Ashgrove]] [[pc/t ZB4 2NJ]]
Home address .... [[ad/s Flat 4, 19 Cordwainer Court, Ashgrove]] [[pc/s ZB3 7PD]] (joint tenancy)
Previous address  [[ad/s Room 6, 112 Mercer Street, Ashgrove]] [[pc/s ZB1 4HW]] (2019-21; he knows it)

Children
  [[n/t Abel Dawit HABTE]]  male  DOB [[dob/t 03/08/2022]]  - comes to refuge with mother

SECTION 3 - PERSON CAUSING HARM
Name ............ [[n/t Dawit Habte WOLDU]] (uses "[[n/t Dawit HABTE]]" at work)
Date of birth ... [[dob/t 11 February 1994]]
Address ......... [[ad/t 58 Kiln Lane, Ashgrove]] [[pc/t ZB2 9LT]]
Mobile .......... [[ph/t 07700 900871]]
NI number ....... [[ni/t JW 21 45 67 C]] (on the joint tenancy papers)
Vehicle ......... silver Toyota Auris [[vrm/t AX17 RDW]]
Associates ...... cousin [[n/t Yohannes TEKLE]] ("[[n/t Jonny]]"), [[ph/t 07700 900645]], seen
                  waiting outside Cordwainer Court on 11/06 and 16/06
                                                              Page 1 of 2
"""
    p2 = f"""\
OFFICIAL-SENSITIVE                       IDVA-23-0612 - [[n/s GEBREMEDHIN]] - page 2

SECTION 4 - RISK SUMMARY (referrer's narrative)
[[n/s Senait]] met [[n/t Dawit]] in 2020. Abuse began in pregnancy: control of money, her
phone contract and her papers, then pushing and slapping. On 19/06/2023 he broke her
arm (see hospital letter). [[n/t Dawit]]'s brother [[n/t Mehari]] and cousin [[n/t Yohannes]] have
both phoned her asking her to "sort it out in the family". Her mother,
[[n/t Letebrhan WOLDEMICHAEL]], is in Eritrea and cannot help. Case heard at MARAC
29/06/2023. Police (DC [[n/f Hannah FORSYTH]], Ashgrove Safeguarding Unit) are aware.

SECTION 5 - NEEDS
Ground floor room with cot; Tigrinya-speaking worker if possible; support with her
family reunion case for her brother [[n/t Filmon]] (Citizens Advice adviser
[[n/t Hannah WESTWOOD]] is helping). No recourse issues - she has leave to remain.

Signed: [[n/f R. O'Sullivan]]                  Countersigned: [[n/f Deborah ACHTERBERG]], Team Manager
                                                              Page 2 of 2
"""
    return "domestic-abuse-refuge-referral", [p1, p2]


def b1_parenting_register():
    S = B1
    people = [
        ("O'HALLORAN, Shannon", "C5519RH", "B2-14", "/  /  X  /  /  /"),
        ("MENSAH, Abena", "A8034LK", "B1-03", "/  /  /  /  X  /"),
        ("NOWAK, Kinga", "B2270DW", "C3-22", "/  /  /  /  /  /"),
        ("BIBI, Rukhsana", "D1186YN", "A2-07", "/  X  /  /  /  /"),
        ("CAMPBELL, Tanisha-Marie", "A4401GE", "B2-19", "/  /  /  X  X  /"),
        ("MCGINLEY, Róisín", "C9052MA", "C1-11", "/  /  /  /  /  /"),
        ("GEBREMEDHIN, Senait", S["PN"], "B1-16", "/  /  /  /  /  /"),
        ("TESFAYE, Hiwet", "B3308PF", "B1-17", "/  /  /  /  /  /"),
        ("HUSSAINI, Farzana", "D6620WB", "A1-02", "X  /  /  /  /  /"),
        ("LOVELL, Cheyenne", "A7345SJ", "C2-05", "/  /  /  /  /  X"),
    ]
    rows = [["Name", "Prison No", "Cell", "S1 S2 S3 S4 S5 S6"]]
    for nm, pn, cell, marks in people:
        party = "s" if pn == S["PN"] else "t"
        rows.append([m("n", party, nm), m("pn", party, pn), cell, marks])
    table = cols(rows, [27, 11, 7])
    p1 = f"""\
OFFICIAL-SENSITIVE
HMP & YOI FERNLEIGH - FAMILY SERVICES
[[ad/p Fernleigh Road, Wexcombe]] [[pc/p ZE4 9FL]]   [[em/p familyservices.fernleigh@justice.example.gov.uk]]

"STRONG ROOTS" PARENTING PROGRAMME - COHORT 14 - ATTENDANCE REGISTER
Sessions: Tuesdays 14:00-16:00, Education Block room 4, 05/09/2023 to 10/10/2023
Facilitators: [[n/f Lorraine BEDDOWS]] (Family Engagement Worker),
              [[n/f Abimbola ADEYEMI]] (Trainee Forensic Psychologist)

{table}

Key: / attended   X absent (reason on page 2)
                                                              Page 1 of 2
"""
    p2 = f"""\
OFFICIAL-SENSITIVE                  Strong Roots cohort 14 - facilitator notes
S1  [[n/t Farzana]] on healthcare hold; joined from S2.
S2  [[n/t Rukhsana BIBI]] at court (production). [[n/s Senait]] quiet but completed worksheet.
S3  [[n/t Shannon]] absent - legal visit. [[n/t Hiwet TESFAYE]] offered to explain the
    "serve and return" handout in Tigrinya for [[n/s Senait]]; both agreed, staff present.
    [[n/s Senait]] talked about [[n/t Abel]] (now 13 months), who lives with family friend
    [[n/t Morag Nicolson]] under a kinship arrangement; [[n/t Morag]] brings him to family days.
S4  [[n/t Tanisha-Marie]] unwell. [[n/t Kinga N.]] upset when discussing her daughter
    [[n/t Zuzanna]]; spoke to Listener scheme lead afterwards.
S5  [[n/t Tanisha-Marie CAMPBELL]] absent; her mum [[n/t Marcia CAMPBELL]] rang family
    services to say she is bringing the children to the 14/10 family day.
S6  [[n/t Cheyenne]] moved to C-wing induction. Certificates for 9 completers.

Certificate list printed for records - ref gebremedhin [[pn/s b4471tk]], [[n/t o'halloran]] [[pn/t c5519rh]] ...
(full list held on the shared drive)
Signed: [[n/f L. Beddows]]            Countersigned: [[n/f Graham TULLY]], Head of Reducing Reoffending
                                                              Page 2 of 2
"""
    return "parenting-course-register", [p1, p2]


def b1_mobile_contract():
    S = B1
    sc, acc = "40-17-22", "31926684"
    log = cols([
        ["Timestamp", "Chan", "Event", "Source"],
        ["2023-02-02 11:42:07", "WEB", "order placed; credit check passed", m("ip", "s", "198.51.100.23")],
        ["2023-03-15 20:03:51", "APP", "login", m("ip", "s", "198.51.100.23")],
        ["2023-05-28 23:17:40", "APP", "login from new device (flagged)", m("ip", "t", "203.0.113.77")],
        ["2023-05-28 23:19:02", "APP", "contact e-mail changed", m("em", "t", "dawit.h94@example.net")],
        ["2023-06-24 09:10:33", "CALL", "holder called from safe no.", m("ph", "s", "07700 900733")],
        ["2023-06-24 09:25:00", "WEB", "password reset (SMS verified)", m("ip", "s", "192.0.2.146")],
    ], [21, 6, 34])
    p1 = f"""\
Corvid Mobile Ltd - Customer Agreement Summary and Account History
Prepared for: IDVA Service / police disclosure (data protection request 23-4471)
www.corvid-mobile.example.com

Account no ........ CM-77120934          Agreement date: 02/02/2023 (24 months)
Account holder .... Miss [[n/s Senait GEBREMEDHIN]]
Date of birth ..... [[dob/s 2001-03-14]]
Billing address ... [[ad/s Flat 4, 19 Cordwainer Court, Ashgrove]], [[pc/s ZB3 7PD]]
Prior address ..... [[ad/s Room 6, 112 Mercer Street, Ashgrove]], [[pc/s ZB1 4HW]] (2019-2021)
Contact e-mail .... [[em/s senait.tm@example.com]] (restored 24/06/2023)
Direct Debit ...... sort code [[sc/s {sc}]]  account [[acc/s {acc}]]  name [[n/s S T GEBREMEDHIN]]

LINES ON ACCOUNT
{pipe([["Line", "Number", "Plan", "Named user"],
       ["1", m("ph", "s", "07700 900418"), "30GB SIM-only", "Account holder"],
       ["2", m("ph", "t", "07700 900871"), "Handset 128GB", m("n", "t", "Dawit HABTE")]])}

ACCOUNT EVENTS
{log}

AGENT NOTES
24/06/2023 [[n/t Kieran BOYD]] (Fraud & Vulnerability team): holder says line 2 user
Mr [[n/t Habte]] changed the e-mail without consent. Line 2 barred; holder to pay off
handset. Vulnerability marker added. 2nd-line check by [[n/t Priti VAGHELA]].
"""
    return "mobile-phone-contract", [p1]


def b1_citizens_advice():
    S = B1
    p1 = f"""\
Citizens Advice Ashgrove - case record extract (printed 06/02/2024)
Client: [[n/s Senait Tesfamariam Gebremedhin]]      DOB: [[dob/s 14 March 2001]]
Client ref: 7741230    Contact: [[ph/s 07700 900733]] (text first)   [[em/s senait.tm@example.com]]
Issue: Immigration - refugee family reunion for brother

Date        Adviser        Note
12/09/2022  [[n/t H. Westwood]]    Client wants her brother [[n/t Filmon Tesfamariam GEBREMEDHIN]]
                           (DOB [[dob/t 09/10/2004]]) to join her. He is in Khartoum with their
                           uncle [[n/t Berhane WOLDEMICHAEL]]. Mother [[n/t Letebrhan]] still in Asmara.
03/10/2022  [[n/t H. Westwood]]    Cousin [[n/t Selam KIDANE]] (London, [[ph/t 020 7946 0384]],
                           [[em/t selam.kidane@example.co.uk]]) will send money for the VAC fee.
15/11/2022  [[n/t H. Westwood]]    Application lodged online. Sponsor letter drafted with [[n/s Senait]].
20/06/2023  [[n/t T. Mahmood]]     Client in hospital (assault). Moved contact to safe number only.
                           Do not write to Cordwainer Court.
14/09/2023  [[n/t H. Westwood]]    Client remanded, now sentenced - HMP & YOI Fernleigh, prison no
                           [[pn/s {S['PN']}]]. OMU tel [[ph/p 01632 960210]]; legal letters via
                           [[em/p omu.fernleigh@justice.example.gov.uk]].
17/01/2024  [[n/t H. Westwood]]    Refusal received (see copy). Called UKVI [[ph/p 0113 496 0777]].
                           Discussed appeal with [[n/s Senait]] by video link; she says [[n/t Filmon]]'s
                           phone [[ph/t +44 7700 900206]] is a UK SIM a friend posted to him.
06/02/2024  [[n/t T. Mahmood]]     Supervisor review. Refer to immigration solicitor
                           [[n/t Yemane GHEBREHIWET]] (pro bono clinic).
"""
    return "citizens-advice-case-notes", [p1]


def b1_baptism_record():
    S = B1
    p1 = f"""\
ST MICHAEL ERITREAN 0RTHODOX TEWAHED0 CHURCH, ASHGR0VE
REGISTER 0F BAPTISMS      B00K 3      PAGE 41
[scanned c0py supp1ied with prisoner's fami1y papers]

Entry 117
  Date 0f baptism ...... 29/10/2022
  Chi1d's name ......... [[n/t Rahel Yonas]]
  Date 0f birth ........ [[dob/t 21/07/2022]]
  Father ............... [[n/t Yonas Berhe ASFAHA]]
  Mother ............... [[n/t Mebrat KAHSAY]]
  Address .............. [[ad/t 31 Tannery Close, Ashgrove]] [[pc/t ZB2 6EQ]]

Entry 118
  Date 0f baptism ...... 12/11/2022
  Chi1d's name ......... [[n/t Abel Dawit]]    Baptisma1 name: [[n/t Gebre-Mikael]]
  Date 0f birth ........ [[dob/t 3rd August 2022]]
  Father ............... [[n/t Dawit Habte Woldu]]
  Mother ............... [[n/s Senait Tesfamariam Gebremedhin]]
  Address .............. [[ad/s Flat 4, 19 Cordwainer Court, Ashgrove]] [[pc/s ZB3 7PD]]
  Godparents ........... [[n/t Yohannes Tekle]]; [[n/t Morag Nicolson]]
  0fficiating priest ... Kesis [[n/t Tewelde MEBRAHTU]]

Entry 119
  Date 0f baptism ...... 12/11/2022
  Chi1d's name ......... [[n/t Kidus Samuel]]
  Date 0f birth ........ [[dob/t 30/09/2022]]
  Father ............... [[n/t Samuel GHIRMAY]]
  Mother ............... [[n/t Freweyni TSEGAY]]
  Godparents ........... [[n/t Aster Tekeste]]

Certified a true c0py: [[n/t Amanuel OKBAZGHI]], church secretary ([[ph/t 07700 900215]])
"""
    return "church-baptism-record", [p1]


def b1_family_reunion_refusal():
    S = B1
    p1 = f"""\
Home Office
UK Visas and Immigration - Family Reunion Casework
[[ad/p Sheaf Court, 11 Harrow Lane, Wexcombe]] [[pc/p ZE1 4UW]]
[[em/p familyreunion@homeoffice.example.gov.uk]]   Telephone [[ph/p 0113 496 0777]]

Mr [[n/t Filmon Tesfamariam GEBREMEDHIN]]
c/o Ms [[n/s Senait GEBREMEDHIN]] (sponsor), prisoner [[pn/s {S['PN']}]]
HMP & YOI Fernleigh, [[ad/p Fernleigh Road, Wexcombe]] [[pc/p ZE4 9FL]]

Date: 17 January 2024          Our reference: FR/2023/0088143

NOTICE OF DECISION - ENTRY CLEARANCE (REFUGEE FAMILY REUNION)

Applicant     : [[n/t Filmon Tesfamariam GEBREMEDHIN]]
Date of birth : [[dob/t 9 October 2004]]
Nationality   : Eritrean      Passport: [[pp/t P731826]]
Sponsor       : [[n/s Senait Tesfamariam GEBREMEDHIN]], born [[dob/s 14 March 2001]]

You applied on 15 November 2022 to join your sister, [[n/s Senait]], in the United
Kingdom. Your application has been refused.

You were 18 when you applied. The Rules for family reunion cover a partner and
children under 18 of the sponsor. A sibling is not covered, so we went on to consider
whether there are exceptional circumstances. We have read the letter from your uncle,
[[n/t Berhane WOLDEMICHAEL]], who says you live with him in Khartoum and that your
mother, [[n/t Letebrhan WOLDEMICHAEL]], cannot support you. We accept you are related
to your sponsor. However, your sponsor is serving a custodial sentence (HMP & YOI
Fernleigh, telephone [[ph/p 01632960210]]) and cannot currently meet your needs. We are
not satisfied that refusal results in unjustifiably harsh consequences.

                                                              Page 1 of 2
"""
    p2 = f"""\
FR/2023/0088143 - [[n/t GEBREMEDHIN, Filmon]] - page 2

YOUR RIGHT OF APPEAL
You may appeal to the First-tier Tribunal (Immigration and Asylum Chamber) within
28 days. Your representative at Citizens Advice, Ms [[n/t Westwood]], has been sent a copy
at your sponsor's request. We have not written to the address on your sponsor's
tenancy, [[ad/s Flat 4, 19 Cordwainer Court, Ashgrove]], as she asked.

DNA: the report of 02/03/2023 confirms a full-sibling relationship between
[[n/t Filmon]] and [[n/s Senait]] (both children of [[n/t Tesfamariam GEBREMEDHIN]],
deceased 2016, and [[n/t Letebrhan Woldemichael]]).

Entry Clearance Officer: [[n/f R. ASHWORTH]]
Decision reviewed by Entry Clearance Manager: [[n/f Nkechi OBIORA-MENSAH]]
                                                              Page 2 of 2
"""
    return "home-office-family-reunion-refusal", [p1, p2]


def bundle_01():
    docs = [b1_hospital_discharge(), b1_refuge_referral(), b1_parenting_register(),
            b1_mobile_contract(), b1_citizens_advice(), b1_baptism_record(),
            b1_family_reunion_refusal()]
    subject = {
        "name": "Senait Tesfamariam GEBREMEDHIN",
        "aliases": ["Senait TESFAMARIAM", "Sena", "GEBREMEDHIN, Senait Tesfamariam"],
        "date_of_birth": "2001-03-14", "prison_number": B1["PN"],
        "identifiers": {"ni_number": B1["NI"], "nhs_number": B1["NHS"]},
        "contact": {"addresses": ["Flat 4, 19 Cordwainer Court, Ashgrove ZB3 7PD"],
                    "phones": ["07700 900418"], "emails": ["senait.tm@example.com"]},
    }
    return "eval9-01", subject, docs

# ===========================================================================
# Bundle 02 - Jago PASCOE-TRELOAR (M, 66, Cornish, Royal Navy veteran;
# released on licence after harassing Lithuanian neighbours)
# ===========================================================================

body("Kernow Probation Delivery Unit", phones=["01632 960440"], postcodes=["YK3 2PB"],
     addresses=["Coinage Hall Street, Porthkennack"], emails=["kernow.pdu@justice.example.gov.uk"])
body("Op Kernow Veterans' Mental Health Service (NHS)", phones=["01632 960628"], postcodes=["YK3 4TH"],
     addresses=["Trengweath House, Porthkennack"], emails=["opkernow@nhs.example.net"])
body("Kernow Fire and Rescue Service", phones=["01632 960915"], postcodes=["YK7 1FS"],
     addresses=["Tolvean Fire Station, Station Hill, Penvose"],
     emails=["homesafety@kernowfire.example.gov.uk"])
body("Kernow Council Electoral Services", phones=["01632 960300"], postcodes=["YK7 0EL"],
     addresses=["County Hall, Tregarth Way, Penvose"], emails=["elections@kernow-council.example.gov.uk"])
body("Penvose Surgery", phones=["01632 960655"], postcodes=["YK7 2SU"],
     addresses=["2 Church Lane, Penvose"])
body("HM Revenue and Customs", phones=["0113 496 0450", "+44 113 496 0450"], postcodes=["YE2 1HN"],
     addresses=["Waterfront Building, 1 Tidewater Way, Wexcombe"])

B2 = dict(
    PN="A2816KR", PNC=pnc(1994, 88213), CRO=cro(48211, 94), CRN="C418207",
    NI="JT 41 72 09 B", NHS=nhs("999317260"), DL="PASCO511027J99XK", PP="537812240",
    VRM="WK08 LPV",
)
B2_HOME = "[[ad/s Flat 2, Quay House, 9 Fore Street, Porthkennack]] [[pc/s YK3 1BT]]"
B2_OLD = "[[ad/s 3 Chapel Terrace, Penvose]] [[pc/s YK7 2RW]]"


def b2_veterans_letter():
    S = B2
    p1 = f"""\
NHS   Op Kernow - Veterans' Mental Health and Wellbeing Service
[[ad/p Trengweath House, Porthkennack]] [[pc/p YK3 4TH]]   Tel [[ph/p 01632 960628]]   [[em/p opkernow@nhs.example.net]]

Our ref: OPK/2024/0192                                  8 April 2024

Ms [[n/f Claire PENROSE]], Probation Officer
Kernow Probation Delivery Unit, [[ad/p Coinage Hall Street, Porthkennack]] [[pc/p YK3 2PB]]

Dear Ms [[n/f Penrose]]

Re: Mr [[n/s Jago PASCOE-TRELOAR]], DOB [[dob/s 02/11/1957]], CRN [[crn/s {S['CRN']}]], NHS No [[nhs/s {S['NHS']}]]
    {B2_HOME}

Thank you for referring Mr [[n/s Pascoe-Treloar]] ("[[n/s Jack]]" to his friends and old
shipmates). He served in the Royal Navy from 1975 to 1997, including the South Atlantic
in 1982. He has now attended six sessions with me and four breakfast-club meetings with
our peer support worker, [[n/f Gareth PRYOR]], himself an ex-Royal Marine.

[[n/s Jack]] meets criteria for chronic PTSD with alcohol misuse. Since the death of his
wife, [[n/t Tamsin PASCOE-TRELOAR]], in 2019, he has slept poorly, drunk most evenings and
let the house at [[ad/s 3 Chapel Terrace, Penvose]] fill with belongings. His grievance
against the family at number 5 grew out of that isolation. He still refers to
Mrs [[n/t Kazlauskienė]] by name and says he "only wanted the noise to stop". We have
discussed the restraining order at every session and he says he understands it.

Protective factors: his partner [[n/t Demelza ROWE]]; his daughter [[n/t Loveday HOCKING]],
who came to session 4; and a Navy friend, [[n/t Hamish DRUMMOND]] ("[[n/t Jock]]"), who drives
him to breakfast club. His son [[n/t Piran]] is in contact by phone.

I recommend continued supervision appointments in Porthkennack rather than Penvose, and I
will send a progress letter in July. He is happy for me to speak to you on
[[ph/s 07700 900261]] or at [[em/s jago.pt@example.net]] if he misses a session.

Yours sincerely

Dr [[n/f Fiona MACRITCHIE]]
Consultant Clinical Psychologist
cc Dr [[n/f Jowan KITTO]], Penvose Surgery; Mr [[n/s J Pascoe-Treloar]]
"""
    return "veterans-support-letter", [p1]


def b2_fire_safety_visit():
    S = B2
    p1 = f"""\
KERNOW FIRE AND RESCUE SERVICE - HOME FIRE SAFETY VISIT RECORD       HFSV 24-03317
Community Safety, [[ad/p Tolvean Fire Station, Station Hill, Penvose]] [[pc/p YK7 1FS]]
[[ph/p 01632 960915]] | [[em/p homesafety@kernowfire.example.gov.uk]]

Referral from : Probation - [[n/f C. Penrose]] (hoarding, smoking in bed, mobility)
Referred      : 12/02/2024         Visit: 26/02/2024 10:00-11:15
Crew          : WM [[n/f Bryok TONKIN]], FF [[n/f Jenna SPARGO]]

OCCUPANT
Name ............. Mr [[n/s Jago PASCOE-TRELOAR]] ("[[n/s Jack]]")
Date of birth .... [[dob/s 2 November 1957]]
Address .......... {B2_HOME}
Telephone ........ [[ph/s 07700 900261]]
Other occupants .. none
Regular visitor .. partner [[n/t Demelza ROWE]], [[ad/t 11 Wesley Close, Penvose]] [[pc/t YK7 3DL]], [[ph/t 07700 900377]]
Key holder ....... daughter [[n/t Loveday HOCKING]], [[ph/t 07700 900904]]
Previous address . {B2_OLD} (crew attended chip-pan fire there 2022, inc 22-11804)

CHECKLIST                                   Y/N   Action
Smoke alarms present and working            N     2 x 10-year alarms fitted
Smoking materials                           Y     ashtray on bed; fire-retardant bedding issued
Clutter image rating (lounge)               5/9   exit route partly blocked - cleared with occupant
Oxygen / emollients                         N
Escape plan discussed                       Y     keys kept by door

NOTES
Occupant engaged well. Said the "Lithuanian lady" at his old address called 999 about
the 2022 fire and "got him into all this"; crew did not engage. Neighbour across the
landing, Ms [[n/t Nasra WARSAME]] (Flat 3), let the crew into the building and asked that
someone check on him more often - passed to Ms [[n/f Penrose]] with consent.
Signed: WM [[n/f B. Tonkin]]    Occupant signature obtained: [[n/s J. Pascoe-Treloar]]
"""
    return "fire-service-home-safety-visit", [p1]


def b2_ambulance_prf():
    S = B2
    obs = pipe([
        ["Time", "RR", "SpO2", "HR", "BP", "GCS", "Temp"],
        ["06:36", "22", "93%", "104", "162/94", "14", "35.4"],
        ["06:58", "20", "95%", "96", "150/88", "15", "35.9"],
        ["07:30", "18", "96%", "90", "146/86", "15", "36.3"],
    ])
    p1 = f"""\
PENINSULA AMBULANCE SERVICE NHS TRUST - PATIENT CARE RECORD (ePCR print)
Incident 24-118-0452    Date 27/04/2024    Call sign PK21 (DCA)
Crew: Paramedic [[n/f Sean KEAST]], ECA [[n/f Abi MEDLYN]]

Location ........ {B2_HOME}
Caller .......... [[n/t Demelza ROWE]] (partner) [[ph/t 07700 900377]]

PATIENT
Surname ......... [[n/s PASCOE-TRELOAR]]       Forename(s) ... [[n/s Jago]]
Known as ........ [[n/s Jack]]                 Sex ........... M
DOB ............. [[dob/s 02/11/1957]]         Age ........... 66
NHS number ...... [[nhs/s {S['NHS']}]]
Home address .... as incident location (moved from {B2_OLD} 01/2024)
GP .............. Penvose Surgery, [[ad/p 2 Church Lane, Penvose]] [[pc/p YK7 2SU]]
NOK ............. [[n/t Demelza Rowe]] (as caller); daughter [[n/t Loveday HOCKING]] [[ph/t 07700 900904]]

TIMELINE
06:12:48  call received - fall, pt on floor since approx 02:00
06:14:02  PK21 allocated
06:29:51  at scene
06:33:10  with patient (bathroom floor)
07:05:40  left scene
07:41:05  at hospital - West Kernow General ED
07:52:30  handover complete

                                                              Page 1 of 2
"""
    p2 = f"""\
Incident 24-118-0452   Pt: [[n/s PASCOE-TRELOAR, Jago]]   NHS [[nhs/s {S['NHS'].replace(' ', '')}]]   page 2 of 2

HISTORY
Pt found on bathroom floor by partner, who has a key. States he got up to use the toilet,
felt dizzy and "went down". No LOC reported. 6-8 cans of lager the evening before. Unable
to get up; long lie approx 4 hrs. Neighbour [[n/t Corentin LE GALL]] (Flat 4) heard him
calling and rang Ms [[n/t Rowe]].

PMH: PTSD (veteran), COPD, hypertension, L wrist fracture 2016.
DH : salbutamol, Fostair, amlodipine 5 mg, sertraline 100 mg.
SH : lives alone; under probation supervision ([[n/f Claire Penrose]]). Pt volunteered that
     "[[n/t Mindaugas]] and his wife" at his old street had "put him away"; not explored.

OBSERVATIONS
{obs}

IMPRESSION: mechanical fall with long lie; ?rhabdo; mild hypothermia; alcohol.
Safeguarding: self-neglect concern - adult referral made (ref ASC-24-06613).
Handover to Charge Nurse [[n/f Tobias FRYE]] 07:52.

Completed by: [[n/f S. Keast]], Paramedic           Reviewed by: [[n/f A. Medlyn]]
"""
    return "ambulance-patient-report-form", [p1, p2]


def b2_electoral_register():
    S = B2

    def row(no, name, addr, pcode, marker, party="t"):
        return [no, m("n", party, name) if name else "(anonymous elector - N)",
                m("ad", party, addr) if addr else "", m("pc", party, pcode) if pcode else "", marker]

    r1 = [["Elector no", "Name", "Qualifying address", "Postcode", "Mkr"],
          row("PV3-0141", "CHENOWETH Elowen Mary", "1 Chapel Terrace", "YK7 2RW", ""),
          row("PV3-0142", "BOATENG Kwame Osei", "2 Chapel Terrace", "YK7 2RW", ""),
          row("PV3-0143", "BOATENG Akosua", "2 Chapel Terrace", "YK7 2RW", ""),
          row("PV3-0144", "PASCOE-TRELOAR Jago", "3 Chapel Terrace", "YK7 2RW", "D 01/24", "s"),
          row("PV3-0145", "ZIELIŃSKA Małgorzata", "4 Chapel Terrace", "YK7 2RW", "G"),
          row("PV3-0146", "ZIELIŃSKI Tomasz Piotr", "4 Chapel Terrace", "YK7 2RW", "G"),
          row("PV3-0147", None, None, None, "N"),
          row("PV3-0148", None, None, None, "N"),
          row("PV3-0149", "NANCARROW Ruth Kerensa", "6 Chapel Terrace", "YK7 2RW", ""),
          row("PV3-0150", "NANCARROW Derek John", "6 Chapel Terrace", "YK7 2RW", ""),
          row("PV3-0151", "McPHEE Iain Alasdair", "7 Chapel Terrace", "YK7 2RW", "K"),
          row("PV3-0152", "TREVENNA Tegen", "9 Chapel Terrace", "YK7 2RX", ""),
          row("PV3-0153", "TREVENNA-SHAW Oscar Jory", "9 Chapel Terrace", "YK7 2RX", "")]
    r2 = [["Elector no", "Name", "Qualifying address", "Postcode", "Mkr"],
          row("PK1-0902", "ap GWILYM Rhys", "Flat 1, Quay House, 9 Fore Street", "YK3 1BT", ""),
          row("PK1-0903", "PASCOE-TRELOAR Jago", "Flat 2, Quay House, 9 Fore Street", "YK3 1BT", "A 02/24", "s"),
          row("PK1-0904", "WARSAME Nasra Abdi", "Flat 3, Quay House, 9 Fore Street", "YK3 1BT", ""),
          row("PK1-0905", "LE GALL Corentin", "Flat 4, Quay House, 9 Fore Street", "YK3 1BT", "G"),
          row("PK1-0906", "RASHID Tahmina Begum", "11 Fore Street", "YK3 1BU", ""),
          row("PK1-0907", "RASHID Mohammed Anwar", "11 Fore Street", "YK3 1BU", "")]
    p1 = f"""\
KERNOW COUNCIL - ELECTORAL SERVICES
[[ad/p County Hall, Tregarth Way, Penvose]] [[pc/p YK7 0EL]]   [[ph/p 01632 960300]]   [[em/p elections@kernow-council.example.gov.uk]]

FULL REGISTER EXTRACT - supplied to Kernow Probation Delivery Unit under reg. 103
Request by [[n/f C. PENROSE]] (PO) re [[n/s PASCOE-TRELOAR, Jago]] (CRN [[crn/s {S['CRN'].lower()}]])

Polling district PV3 - Penvose East        Street: Chapel Terrace, Penvose

{cols(r1, [11, 26, 20, 10])}

Markers: D deletion  A addition  G EU citizen  K Scottish local  N anonymous entry
                                                              Page 1 of 2
"""
    p2 = f"""\
FULL REGISTER EXTRACT (continued)     Polling district PK1 - Porthkennack Harbour

{cols(r2, [11, 24, 36, 10])}

NOT FOR ONWARD DISCLOSURE. Data supplied for the prevention and detection of crime.
Electoral Registration Officer: [[n/f Helen TREWIN]]     Checked: [[n/f D. Mabena]]
                                                              Page 2 of 2
"""
    return "electoral-register-extract", [p1, p2]


def b2_mail_redirection():
    S = B2
    cardno = card("492900004417731")
    p1 = f"""\
R0YAL MAIL  -  REDIRECTI0N APPLICATI0N  (scanned c0py held on probation fi1e)
App1ication ref: RD-7731-204-9          Date received: 04/01/2024

SECTI0N 1  - 0ld address
   {B2_OLD}

SECTI0N 2  - New address
   {B2_HOME}

SECTI0N 3  - Pe0ple m0ving (tit1e / first name / surname)
   1.  Mr   [[n/s Jago]]    [[n/s PASCOE-TRELOAR]]
   2.  Mr   [[n/t Piran]]   [[n/t PASCOE-TRELOAR]]   (son - sti11 gets p0st at 0ld address)

SECTI0N 4  - Identity seen
   Passport n0 .......... [[pp/s {S['PP']}]]
   Driving 1icence ...... [[dl/s {S['DL'][:5]} {S['DL'][5:11]} {S['DL'][11:]}]]
   Date 0f birth ........ [[dob/s 02.11.57]]

SECTI0N 5  - Payment  (12 m0nths)
   Card n0 [[card/s {cardno}]]   exp 08/26   name 0n card: [[n/s J PASCOE-TRELOAR]]

SECTI0N 6  - C0ntact
   Te1 [[ph/s 07700 900261]]    E-mai1 [[em/s jago.pt@example.net]]

SECTI0N 7  - Consent 0f 0ther adu1ts m0ving
   I c0nsent t0 my mai1 being redirected:  [[n/t Piran Pascoe-Treloar]]
   Te1 [[ph/t 07700 900158]]   E-mai1 [[em/t piran.pt@example.org]]

Signed: [[n/s Jago Pascoe-Treloar]]          Date: 04/01/2024
C0unter stamp: Penv0se P0 - c1erk ID 4417
"""
    return "royal-mail-redirection-form", [p1]


def b2_exclusion_zone_notes():
    S = B2
    p1 = f"""\
OFFICIAL-SENSITIVE
KERNOW PROBATION DELIVERY UNIT - EXCLUSION ZONE: MAP ANNOTATION NOTES
[[ad/p Coinage Hall Street, Porthkennack]] [[pc/p YK3 2PB]]   [[ph/p 01632 960440]]   [[em/p kernow.pdu@justice.example.gov.uk]]

Person on probation : [[n/s PASCOE-TRELOAR, Jago]]   DOB [[dob/s 02.11.1957]]
CRN [[crn/s {S['CRN']}]]   NOMIS [[pn/s {S['PN']}]]   PNC [[pnc/s {S['PNC']}]]   CRO [[cro/s {S['CRO']}]]
Prepared by [[n/f Claire PENROSE]] (PO), [[em/f claire.penrose@justice.example.gov.uk]], 19/01/2024
Checked by SPO [[n/f Imran QURESHI]]
Map base: OS 1:5000, zone outlined in red; points A-E marked in black.

ZONE BOUNDARY (clockwise from north)
 A  junction of Chapel Hill and Tolvean Road
 B  east along Tolvean Road to the Methodist chapel
 C  south along Back Lane to the footpath beside Penvose Primary School
 D  west along the footpath to Chapel Hill, then north to A

PROTECTED ADDRESSES - DO NOT SHOW ON THE COPY GIVEN TO THE PoP
 1. [[ad/t 5 Chapel Terrace, Penvose]] [[pc/t YK7 2RW]] - victims [[n/t Aušra KAZLAUSKIENĖ]]
    (DOB [[dob/t 19/05/1986]]) and [[n/t Mindaugas KAZLAUSKAS]] (DOB [[dob/t 02/12/1983]]),
    children [[n/t Emilija KAZLAUSKAITĖ]] (DOB [[dob/t 27/04/2015]]) and [[n/t Lukas]] (DOB [[dob/t 13/09/2018]]).
 2. Penvose Primary School (attended by [[n/t Emilija]] and [[n/t Lukas]]).
 3. [[n/t Aušra]]'s workplace: The Net Loft cafe, [[ad/t 2 Slipway, Penvose]] [[pc/t YK7 2SQ]].
    Victim liaison contact for Mrs [[n/t Kazlauskienė]]: [[ph/t 07700 900512]] (VLO use only).

EXCEPTIONS AND NOTES
 - Daughter [[n/t Loveday HOCKING]] lives at [[ad/t 22 Polkerris Road, Penvose]] [[pc/t YK7 4HG]],
   40 m outside the zone (point E). Approved route: Polkerris Road only.
 - GP: Penvose Surgery, [[ad/p 2 Church Lane, Penvose]] [[pc/p YK7 2SU]], is INSIDE the zone.
   Appointments by arrangement; surgery ([[ph/p 01632 960655]]) will phone the PO first.
 - Former home {B2_OLD} sold 12/2023. PoP must not go back to collect
   belongings; son [[n/t Piran PASCOE-TRELOAR]] will collect.
 - Police aware of PoP's van, white Ford Transit [[vrm/s {S['VRM']}]].
   Contact PC [[n/f Ryan NANCEKIVELL]], Penvose neighbourhood team.
"""
    return "probation-exclusion-zone-map-notes", [p1]


def b2_hmrc_letter():
    S = B2
    sc, acc = "09-01-28", "66140372"
    p1 = f"""\
HM Revenue and Customs
Pay As You Earn and Self Assessment
[[ad/p Waterfront Building, 1 Tidewater Way, Wexcombe]]
[[pc/p YE2 1HN]]
Phone [[ph/p 0113 496 0450]]   From abroad [[ph/p +44 113 496 0450]]

Mr [[n/s J PASCOE-TRELOAR]]
[[ad/s Flat 2, Quay House
9 Fore Street
Porthkennack]]
[[pc/s YK3 1BT]]

Date                        14 June 2024
National Insurance number   [[ni/s {S['NI']}]]

Your tax calculation: 6 April 2023 to 5 April 2024 (P800)

Income                                                       Amount
State Pension                                              £10,600.20
Armed Forces Pension Scheme (Veterans UK, PAYE 120/VU221)  £14,882.40
Total income                                               £25,482.60
Tax you should have paid                                    £2,582.52
Tax you paid                                                £2,995.12
You paid too much tax by                                      £412.60

We will pay £412.60 into the account you gave us in your online account:
sort code [[sc/s {sc}]], account number [[acc/s {acc}]].

We have updated your address. Our records previously showed
{B2_OLD}.

Your daughter, Mrs [[n/t Loveday Hocking]], is recorded as your trusted helper and may
call us about this letter on your behalf.

[[n/f J Willcocks]]
HMRC Officer
"""
    return "hmrc-tax-letter", [p1]


def bundle_02():
    docs = [b2_veterans_letter(), b2_fire_safety_visit(), b2_ambulance_prf(),
            b2_electoral_register(), b2_mail_redirection(), b2_exclusion_zone_notes(),
            b2_hmrc_letter()]
    subject = {
        "name": "Jago PASCOE-TRELOAR",
        "aliases": ["Jack", "PASCOE-TRELOAR Jago", "J PASCOE-TRELOAR"],
        "date_of_birth": "1957-11-02", "prison_number": B2["PN"],
        "identifiers": {"pnc": B2["PNC"], "cro": B2["CRO"], "crn": B2["CRN"],
                        "ni_number": B2["NI"], "nhs_number": B2["NHS"],
                        "passport": B2["PP"], "driving_licence": B2["DL"]},
        "contact": {"addresses": ["Flat 2, Quay House, 9 Fore Street, Porthkennack YK3 1BT"],
                    "phones": ["07700 900261"], "emails": ["jago.pt@example.net"]},
    }
    return "eval9-02", subject, docs

# ===========================================================================
# Bundle 03 - TAN Siew Ling ("Shirley") (F, 45, Chinese-Malaysian, family
# name written first; fraud by abuse of position, custody at HMP Eastwold)
# ===========================================================================

body("HMP Eastwold", phones=["01632 960760"], postcodes=["YD2 7EW"],
     addresses=["Eastwold Lane, Hollinbridge"], emails=["omu.eastwold@justice.example.gov.uk"])
body("Hollinbridge Employment Tribunal", phones=["0113 496 0620"], postcodes=["YD1 2ET"],
     addresses=["Alder House, 14 Canal Street, Hollinbridge"],
     emails=["hollinbridgeet@justice.example.gov.uk"])
body("HM Passport Office", phones=["0113 496 0830"], postcodes=["YE3 6PX"],
     addresses=["Freshwater Quay, Wexcombe"], emails=["passport.casework@hmpo.example.gov.uk"])
body("Hollinbridge Academy", phones=["01632 960811"], postcodes=["YD4 8HA"],
     addresses=["Whitestone Lane, Hollinbridge"],
     emails=["attendance@hollinbridgeacademy.example.sch.uk"])

B3 = dict(
    PN="G6027NP", PNC=pnc(2022, 51873), CRO=cro(114502, 22), CRN="E582903",
    NI="ZX 72 45 18 C", NHS=nhs("999650421"), PP="512349876", DL="TAN99756219SL9MW",
    SC="30-94-57", ACC="41882036", CARD=card("454313000812207"),
)
B3_HOME = "[[ad/s 27 Larkspur Rise, Hollinbridge]] [[pc/s YD9 4SE]]"
B3_PRISON = "HMP Eastwold, [[ad/p Eastwold Lane, Hollinbridge]] [[pc/p YD2 7EW]]"


def b3_gambling_statement():
    S = B3
    p1 = f"""\
LuckyTide Gaming Ltd - CUSTOMER ACCOUNT STATEMENT AND ACTIVITY REPORT
Supplied to Hollinbridge Police, production request HB/FI/22/0917 (Economic Crime Unit)
www.luckytide.example.com/compliance

Account ID ............ LT-5521907         Username: goldenkoi79
Registered name ....... [[n/s Siew Ling TAN]]
Name on payment card .. [[n/s Shirley TAN]]
Date of birth ......... [[dob/s 21/06/1979]]
Address ............... {B3_HOME}
Mobile ................ [[ph/s 07700 900552]]
E-mail ................ [[em/s shirley.t79@example.com]]
Registered ............ 03/01/2020 21:14:55 from IP [[ip/s 198.51.100.58]]
KYC documents ......... UK passport [[pp/s {S['PP']}]]; DVLA licence [[dl/s {S['DL']}]]
Affordability check ... NI no. [[ni/s {S['NI']}]] - declared income £68,000 (Financial Controller)
Payment methods ....... Visa debit [[card/s {S['CARD']}]]
                        Withdrawals to sort code [[sc/s {S['SC']}]] account [[acc/s {S['ACC']}]]
Deposit limit ......... none set until 14/06/2021

SUMMARY 01/01/2020 - 03/11/2021
Deposits £187,420.00   Withdrawals £41,306.55   Net loss £146,113.45
                                                              Page 1 of 2
"""
    log = cols([
        ["Date/time", "Event", "Amount", "Source"],
        ["2021-03-02 22:41:10", "login", "", m("ip", "s", "198.51.100.58")],
        ["2021-03-02 22:43:37", "deposit", "£500.00", "Visa debit (registered)"],
        ["2021-03-03 01:12:09", "deposit", "£1,000.00", "Visa debit (registered)"],
        ["2021-04-18 23:05:51", "login", "", m("ip", "s", "2001:db8:4a1:7::12")],
        ["2021-04-18 23:06:30", "deposit", "£2,500.00", "bank transfer"],
        ["2021-06-14 19:30:02", "call", "", "safer gambling team"],
        ["2021-11-03 08:55:14", "self-excl.", "", m("ip", "s", "198.51.100.58")],
    ], [21, 12, 11])
    p2 = f"""\
LT-5521907 - [[n/s TAN Siew Ling]] - activity extract                     Page 2 of 2

{log}

LINKED ACCOUNT CHECK
Account LT-5533120 (username williamt88) is registered to [[n/t TAN Wei Jie]], DOB
[[dob/t 02/02/1983]], mobile [[ph/t 07700 900687]]. It shares IP [[ip/s 198.51.100.58]] and a
device ID with LT-5521907 and was funded by transfers from sort code [[sc/s {S['SC']}]] account
[[acc/s {S['ACC']}]] and by [[n/t Wei Jie]]'s own Mastercard [[card/t {card('522019004471203')}]].
[[n/t Wei Jie]]'s own logins come from [[ip/t 203.0.113.201]]; his withdrawals go to sort code
[[sc/t 30-12-80]] account [[acc/t 20917734]].

SAFER GAMBLING INTERACTIONS
14/06/2021  Agent [[n/t Conor WALSH]]: customer said the late-night play was "my brother
            [[n/t William]]'s, not mine". Deposit limit £2,000/month applied.
03/11/2021  Agent [[n/t Bethany ROURKE]]: customer self-excluded for 5 years, saying her
            husband [[n/t Kwabena]] had "found the statements".
"""
    return "gambling-account-statement", [p1, p2]


def b3_employment_tribunal():
    S = B3
    p1 = f"""\
EMPLOYMENT TRIBUNALS
Hollinbridge Employment Tribunal, [[ad/p Alder House, 14 Canal Street, Hollinbridge]] [[pc/p YD1 2ET]]
Telephone [[ph/p 0113 496 0620]]     E-mail [[em/p hollinbridgeet@justice.example.gov.uk]]

Claimant:     Mrs [[n/s S L TAN]]
Respondent:   Brindley Freight Logistics Ltd
Case Number:  1804417/2022

To:  Mrs [[n/s Siew Ling Tan]], prisoner no. [[pn/s {S['PN']}]]
     {B3_PRISON}
cc:  Ms [[n/t Olivia QUAYLE]], Brightwater Marsh LLP (for the Respondent)
     [[em/t o.quayle@brightwatermarsh.example.co.uk]]
Date: 5 March 2024

NOTICE OF JUDGMENT - STRIKE OUT (rule 37)

Employment Judge [[n/f K RUSHWORTH]] has struck out the claim of unfair dismissal because
it has not been actively pursued. The claimant did not reply to the Tribunal's letters of
4 December 2023 and 9 January 2024, which were sent to {B3_HOME} and
by e-mail to [[em/s siewling.tan@example.co.uk]]. The Tribunal later learned from the
claimant's husband, Mr [[n/t Kwabena OWUSU-ANSAH]], that she is in custody.

The respondent had listed two witnesses: Mr [[n/t Graham HARCASTLE]] (Managing Director)
and Ms [[n/t Sunita BHATT]] (Finance Director), whose statement alleges that the claimant,
while Financial Controller, diverted £212,000 to accounts she controlled.

If the claimant wishes to apply for reconsideration she must do so within 14 days of the
date this judgment was sent, writing to the address above and copying Ms [[n/t Quayle]].

Employment Judge [[n/f Rushworth]]
Sent to the parties on 5 March 2024 by [[n/f A. Mistry]], for the Tribunal office
"""
    return "employment-tribunal-letter", [p1]


def b3_passport_office():
    S = B3
    p1 = f"""\
HM Passport Office
[[ad/p Freshwater Quay, Wexcombe]] [[pc/p YE3 6PX]]
Advice line [[ph/p 0113 496 0830]]     [[em/p passport.casework@hmpo.example.gov.uk]]

Ms [[n/s Siew Ling TAN]]
Prisoner [[pn/s {S['PN'].lower()}]], {B3_PRISON}

Our reference: 7720-4491-0063                          22 April 2024

Application for a child passport
Child:                 [[n/t Ethan Kwame OWUSU-ANSAH]], born [[dob/t 5 November 2010]]
Previous passport:     [[pp/t 538221964]] (expired 02/2024)
Applicant (father):    [[n/t Kwabena OWUSU-ANSAH]], born [[dob/t 23/01/1976]], passport [[pp/t 547193302]]
Home address given:    {B3_HOME}

Dear Ms [[n/s Tan]]

Your son's father has applied for [[n/t Ethan]]'s passport. Both parents have parental
responsibility, and the application says you have been told about it. The countersignatory,
Mr [[n/t Deepak SONI]], has confirmed [[n/t Ethan]]'s identity.

Because your own passport, number [[pp/s {S['PP']}]], is held by the police as a condition of
your case, we could not confirm your signature against it. We tried your mobile,
[[ph/s 07700 900552]], but it was switched off. Please reply in writing, or ask the
Offender Management Unit ([[ph/p 01632 960760]], [[em/p omu.eastwold@justice.example.gov.uk]])
to arrange a call with us.

If we do not hear from you within 21 days we will decide the application on the
information we have.

Yours sincerely

[[n/f K. OYELARAN]]
Examiner, Complex Casework Team
"""
    return "passport-office-letter", [p1]


def b3_psychiatric_report():
    S = B3
    p1 = f"""\
CONFIDENTIAL - MEDICO-LEGAL REPORT (EXTRACT)
Psychiatric report on [[n/s TAN Siew Ling]]
Author: Dr [[n/f Anjali KRISHNAKUMAR]] MBBS MRCPsych, Consultant Forensic Psychiatrist,
Hollinbridge Forensic Mental Health Service

Subject:         [[n/s TAN Siew Ling]] (known at work as "[[n/s Shirley Tan]]")
Date of birth:   [[dob/s 21 June 1979]]
Location:        {B3_PRISON}, no. [[pn/s {S['PN']}]]
NHS number:      [[nhs/s {S['NHS']}]]
PNC:             [[pnc/s {pnc_short(S['PNC'])}]]
Instructed by:   Mr [[n/t Femi ADEYINKA]], Canalside Law Solicitors

SOURCES OF INFORMATION
1. Interview with Ms [[n/s Tan]] at HMP Eastwold, 12/02/2024 (3 hours, in English).
2. Telephone interview with her husband, Mr [[n/t Kwabena Owusu-Ansah]], on
   [[ph/t 07700 900463]], 15/02/2024 (45 minutes, with her consent).
3. GP records from Larkspur Medical Centre (Dr [[n/f Helen ROTHWELL]]).
4. Prosecution case summary; LuckyTide Gaming account records.
                                                              Page 1 of 3
"""
    p2 = f"""\
CONFIDENTIAL            [[n/s TAN Siew Ling]] - psychiatric report           Page 2 of 3

PERSONAL AND FAMILY HISTORY
[[n/s Siew Ling]] was born in Ipoh, Malaysia, the second of three children of
[[n/t TAN Ah Kow]], a goldsmith, and [[n/t LEE Mei Fong]], who died in Hollinbridge in March
2024 while [[n/s Siew Ling]] was on remand. Her elder brother, [[n/t TAN Wei Jie]] ("[[n/t William]]"),
lives locally; her younger sister, [[n/t TAN Siew Mei]], lives in Penang. She writes her name
family-name first ("[[n/s Tan Siew Ling]]") on personal documents and used "[[n/s Shirley]]" at work.

She came to the UK in 1998 to study accountancy and met [[n/t Kwabena]] at university; they
married in 2008 and their son [[n/t Ethan]] was born in 2010. Mr [[n/t Owusu-Ansah]] described her
as "the organised one" until about 2019.

GAMBLING HISTORY
Online slots began after her father's heart surgery in 2019, when she was flying to Ipoh
every few months. By 2021 she was playing most nights and borrowing: £8,000 from a friend
from church, Mrs [[n/t Catherine NG]], and smaller sums from [[n/t Wei Jie]], whose account she
also used. She accepts taking money from her employer and says she meant to repay it.
"""
    p3 = f"""\
CONFIDENTIAL            [[n/s TAN Siew Ling]] - psychiatric report           Page 3 of 3

MENTAL STATE (12/02/2024)
Neat, tearful when speaking of [[n/t Ethan]] and her mother. Mood low; no psychotic symptoms;
no current suicidal intent. PHQ-9 17. Problem Gambling Severity Index 21.

OPINION
1. Ms [[n/s Tan]] meets criteria for gambling disorder (severe) and a moderate depressive
   episode, complicated by grief.
2. These conditions do not amount to a defence but are relevant to sentence.
3. She would benefit from the prison's gambling-harm pathway and, on release, from the
   NHS gambling clinic. Probation court team informed (CRN [[crn/s {S['CRN']}]]).

Dr [[n/f A. Krishnakumar]]                                      28 February 2024
"""
    return "psychiatric-report-extract", [p1, p2, p3]


def b3_marketplace_record():
    S = B3
    sales = [
        ("02/10/2021", "Designer handbag (new, tags)", "£640.00", "Deborah ACKROYD", "14 Ivy Bank, Thornleigh", "YD6 2PL"),
        ("19/10/2021", "Smart watch, boxed", "£310.00", "Tomasz KOWALCZUK", "Flat 3, 61 Reservoir Road, Hollinbridge", "YD5 9JA"),
        ("07/11/2021", "Gold bangle 22ct", "£1,150.00", "Faisal RAHMAN", "8 Mulberry Gardens, Sowerthorpe", "YE7 3QD"),
        ("21/11/2021", "Games console x2", "£820.00", "Gemma O'HARE", "2 Nook Cottages, Thornleigh", "YD6 4LU"),
        ("30/11/2021", "Tablet 256GB", "£590.00", "Vesela DIMITROVA-KOLEVA", "44b Station Parade, Hollinbridge", "YD1 6NS"),
        ("12/12/2021", "Perfume gift sets x6", "£270.00", "Jordan BELL-HENRY", "19 Canal Side, Sowerthorpe", "YE7 1XF"),
    ]
    rows = [["Date", "Item", "Price", "Buyer / deliver to"]]
    for d, item, price, buyer, addr, pcode in sales:
        rows.append([d, item, price, m("n", "t", buyer)])
        rows.append(["", "", "", m("ad", "t", addr) + " " + m("pc", "t", pcode)])
    p1 = f"""\
MarketHub UK Ltd - SELLER ACCOUNT DATA (law enforcement disclosure, ref MH-LE-22-3308)
Seller ID ......... goldenkoi79 (registered 11/05/2016)
Registered name ... [[n/s Siew Ling Tan]]          Display name: "[[n/s Shirley T.]]"
E-mail ............ [[em/s siewling.tan@example.co.uk]]
Mobile ............ [[ph/s +44 7700 900552]]
Payout account .... sort code [[sc/s {S['SC'].replace('-', '')}]]  account [[acc/s {S['ACC']}]]  (MRS [[n/s S L TAN]])
Registration IP ... [[ip/s 198.51.100.58]]
Last login ........ 2022-09-30 20:41 from [[ip/s 2001:db8:4a1:7::12]]

SOLD ITEMS 01/10/2021 - 31/12/2021 (extract)
{cols(rows, [12, 30, 10])}

Note: one further parcel (19/12/2021) was addressed to the seller's brother,
[[n/t TAN Wei Jie]], [[ad/t Flat 9, 2 Mill Race, Hollinbridge]] [[pc/t YD3 5LW]]; listing withdrawn.
Buyer Mr [[n/t Rahman]] collected in person and paid the balance by bank transfer from
sort code [[sc/t 11-04-92]] account [[acc/t 60338125]] (recorded by seller).
"""
    return "marketplace-sale-record", [p1]


def b3_school_attendance():
    S = B3
    p1 = f"""\
Hollinbridge Academy
[[ad/p Whitestone Lane, Hollinbridge]] [[pc/p YD4 8HA]]
Tel [[ph/p 01632 960811]]   [[em/p attendance@hollinbridgeacademy.example.sch.uk]]
Headteacher: Mr [[n/f Patrick ODUYA]]

Mr [[n/t K Owusu-Ansah]] and Ms [[n/s S L Tan]]
[[ad/s 27 Larkspur Rise
Hollinbridge]]
[[pc/s YD9 4SE]]

8 February 2024

Student: [[n/t Ethan OWUSU-ANSAH]]    Tutor group 8KH    DOB [[dob/t 05/11/2010]]

Dear Mr [[n/t Owusu-Ansah]] and Ms [[n/s Tan]]

ATTENDANCE CONCERN - STAGE 2
[[n/t Ethan]]'s attendance this year is 81.3%, below our 95% target. Since November he has
missed 21 sessions, mostly Mondays, and has been late on 9 occasions.

We understand the family is going through a very hard time while Ms [[n/s Tan]] is away, and we
want to help. At Mr [[n/t Owusu-Ansah]]'s request, a copy of this letter goes to Ms [[n/s Tan]] at
HMP Eastwold. [[n/t Ethan]]'s aunt, Mrs [[n/t Goh Pei Shan]], has been collecting him on Fridays;
we need written permission from a parent for this to continue.

Please come to a meeting on 15/02/2024 at 08:45 with our Attendance Officer,
Mr [[n/f Darren FELL]], and [[n/t Ethan]]'s form tutor, Ms [[n/f Yasmin HOLT]].

Yours sincerely

[[n/f P. Oduya]]
Headteacher

cc Ms [[n/s S L Tan]] ([[pn/s {S['PN'][0]} {S['PN'][1:5]} {S['PN'][5:]}]]), {B3_PRISON}
"""
    return "school-attendance-letter", [p1]


def b3_funeral_leave():
    S = B3
    p1 = f"""\
OFFICIAL-SENSITIVE
HMP EASTWOLD - APPLICATION FOR ESCORTED ABSENCE ON COMPASSIONATE GROUNDS (FUNERAL)

Prisoner ........ [[n/s TAN, Siew Ling]]      No. [[pn/s {S['PN']}]]     Location: Birch 2-08
DOB ............. [[dob/s 21-JUN-1979]]      PNC [[pnc/s {S['PNC']}]]    CRO [[cro/s {S['CRO']}]]
Status .......... sentenced 14/03/2024, 3 yrs 4 m; closed conditions

THE DECEASED
Name ............ [[n/t LEE Mei Fong]] (mother)        DOB [[dob/t 14/08/1951]]
Died ............ 09/03/2024, Hollinbridge General Hospital
Funeral ......... 22/03/2024 11:00, Hollinbridge Crematorium (West Chapel);
                  Buddhist rites led by Venerable [[n/t CHAN Kok Wai]]
Funeral director  Larkhill Funeral Services - date confirmed by phone with Mr [[n/t Keith LOVEGROVE]]

FAMILY
Arranging ....... brother [[n/t TAN Wei Jie]], [[ad/t Flat 9, 2 Mill Race, Hollinbridge]] [[pc/t YD3 5LW]],
                  [[ph/t 07700 900687]]
Attending ....... husband [[n/t Kwabena OWUSU-ANSAH]]; son [[n/t Ethan]] (13); sister [[n/t TAN Siew Mei]]
                  (from Penang); aunt [[n/t LEE Mei Ling]]. Father [[n/t TAN Ah Kow]] too unwell to travel.

Prisoner's statement: "I was not allowed to see my mother in hospital. I want to stand
with [[n/t Ethan]] and my brother [[n/t Wei Jie]] at the service." - [[n/s S. L. Tan]]
                                                              Page 1 of 2
"""
    p2 = f"""\
OFFICIAL-SENSITIVE     Escorted absence - [[n/s TAN]] [[pn/s {S['PN']}]]                  Page 2 of 2

RISK ASSESSMENT
Police ........... no objection - PS [[n/f Aled VAUGHAN]], Hollinbridge Neighbourhood, 18/03/2024
Victim issues .... victim is a company; directors [[n/t Graham HARCASTLE]] and [[n/t Sunita BHATT]]
                   not expected to attend. No victim contact scheme.
Media ............ low. Security dept checked the venue with the crematorium office.
Escort ........... Officer [[n/f Hayley BRENNAN]] and Officer [[n/f Dwayne McCALLUM]]; no restraints
                   inside the chapel; handcuffs in transit. Escort lead's own mobile for
                   the day only: [[ph/f 07700 900947]] (not to be given to family).
Conditions ....... no phone use; no contact with anyone other than the family named above;
                   return by 15:30.

DECISION
Approved - [[n/f Ruth ABERNETHY]], Head of Residence, 19/03/2024.
Prisoner informed by key worker [[n/f Owen PRICHARD]] 19/03/2024 16:10.
Family informed: Mr [[n/t Tan]] (brother) by phone 19/03/2024 16:40.
"""
    return "compassionate-leave-funeral-request", [p1, p2]


def bundle_03():
    docs = [b3_gambling_statement(), b3_employment_tribunal(), b3_passport_office(),
            b3_psychiatric_report(), b3_marketplace_record(), b3_school_attendance(),
            b3_funeral_leave()]
    subject = {
        "name": "TAN Siew Ling",
        "aliases": ["Shirley TAN", "Siew Ling TAN", "Tan Siew Ling", "S L TAN", "TAN, Siew Ling"],
        "date_of_birth": "1979-06-21", "prison_number": B3["PN"],
        "identifiers": {"pnc": B3["PNC"], "cro": B3["CRO"], "crn": B3["CRN"],
                        "ni_number": B3["NI"], "nhs_number": B3["NHS"],
                        "passport": B3["PP"], "driving_licence": B3["DL"]},
        "contact": {"addresses": ["27 Larkspur Rise, Hollinbridge YD9 4SE"],
                    "phones": ["07700 900552"], "emails": ["siewling.tan@example.co.uk"]},
    }
    return "eval9-03", subject, docs

# ===========================================================================
# Bundle 04 - Florin Ștefan CĂLDĂRARU ("Flori") (M, 18, Romanian Roma;
# HMYOI Brackenfold, then on licence in Millbeck)
# ===========================================================================

body("HMYOI Brackenfold", phones=["0113 496 0270"], postcodes=["YH7 3BY"],
     addresses=["Brackenfold Road, Millbeck"], emails=["omu.brackenfold@justice.example.gov.uk"])
body("Millbeck Council Parking Services", phones=["0113 496 0615"], postcodes=["YH1 9PS"],
     addresses=["PO Box 715, Millbeck"], emails=["parking@millbeck.example.gov.uk"])
body("Millbeck Children's Social Care", phones=["0113 496 0508"], postcodes=["YH1 1TH"],
     addresses=["Town Hall, Westgate, Millbeck"], emails=["cscduty@millbeck.example.gov.uk"])
body("Eastfield Youth Centre (Millbeck Council Youth Service)", phones=["0113 496 0544"],
     postcodes=["YH2 5YA"], addresses=["2 Dyehouse Lane, Millbeck"])
body("Millbeck Probation Office", phones=["0113 496 0735"], postcodes=["YH1 4PN"],
     addresses=["60 Cloth Hall Street, Millbeck"], emails=["millbeck.probation@justice.example.gov.uk"])

B4 = dict(
    PN="D7815HX", PNC=pnc(2021, 227190), CRN="N608213", DL="CALDA009305FS9QJ",
    VRM="FY62 WLT",
)
B4_HOME = "[[ad/s 41 Tanners Row, Millbeck]] [[pc/s YH2 6QB]]"


def b4_youth_club_log():
    S = B4
    p1 = f"""\
MILLBECK COUNCIL YOUTH SERVICE - EASTFIELD YOUTH CENTRE
[[ad/p 2 Dyehouse Lane, Millbeck]] [[pc/p YH2 5YA]]     Tel [[ph/p 0113 496 0544]]
INCIDENT LOG - Friday 18/11/2022 - senior session (14-19)
Staff on duty: [[n/f Desmond McFARQUHAR]] (DM, lead), [[n/f Beth ARKWRIGHT]] (BA)

18:05  Session opens, 23 young people signed in.
18:40  Five-a-side. [[n/s Flori]] ([[n/s Florin CĂLDĂRARU]], DOB [[dob/s 30/09/2005]]) and [[n/t Zabi]]
       ([[n/t Zabihullah AHMADZAI]], DOB [[dob/t 11/04/2006]]) argue over a foul.
18:42  [[n/s Flori]] pushes [[n/t Zabi]] into the wall bars; [[n/t Zabi]] has a cut above his left eye.
       [[n/t Kyle BRADSHAW]] and [[n/t Tyrese GORDON-BAILEY]] pull them apart. [[n/t Rêbîn HAWRAMÎ]]
       says [[n/s Flori]] "started it"; [[n/t Precious ADDO]] (young leader) says both did.
18:45  DM separates them. BA gives first aid. [[n/t Zabi]]'s brother [[n/t Noorullah AHMADZAI]]
       phoned on [[ph/t 07700 900359]].
18:55  [[n/s Flori]] leaves, saying he will "see him outside". DM rings his mum,
       [[n/t Luminița CĂLDĂRARU]], on [[ph/t 07700 900752]] - no answer; texts [[n/s Flori]] on
       [[ph/s 07700 900934]] asking him to go home.
19:20  [[n/t Noorullah]] collects [[n/t Zabi]]; family will decide about police.
19:30  [[n/s Flori]]'s friend [[n/t Ionuț STAN]] ("[[n/t Nuțu]]") waiting outside in a black Golf
       [[vrm/t YT14 GZN]]; BA asks him to move on.
19:45  PC [[n/f Amy SYKES]] (Millbeck NPT) attends at [[n/t Noorullah]]'s request; details given.
20:10  Session closed.

FOLLOW-UP
[[n/s Florin]] barred from the senior session for 4 weeks. Restorative meeting offered to
both families. Mum Mrs [[n/t Căldăraru]] called back 19/11 10:15 - apologised for [[n/s Florin]].

Signed [[n/f D. McFarquhar]] 18/11/2022 21:02        Reviewed [[n/f B. Arkwright]] 21/11/2022
"""
    return "youth-club-incident-log", [p1]


def b4_football_disciplinary():
    S = B4
    p1 = f"""\
MILLBECK ROVERS FC (Sunday & Youth) - affiliated to Calder Vale County FA
www.millbeckrovers.example.org

PRIVATE & CONFIDENTIAL
[[n/s Florin Căldăraru]]
[[ad/s 41 Tanners Row
Millbeck]]
[[pc/s YH2 6QB]]

3 April 2023

Dear [[n/s Florin]]

Club disciplinary hearing - U18 v Holme Lane Athletic, 26 March 2023

The club panel met on 31 March. The referee, Mr [[n/t Ifeanyi OKONKWO]], reported that after
your dismissal (second caution) you pushed him in the chest and swore at Holme Lane's
number 9, [[n/t Bilal QURESHI]]. The panel ([[n/t Neil ASHCROFT]], chair; [[n/t Sandra KELLETT]],
welfare officer; [[n/t Dariusz WIŚNIEWSKI]], U18 manager) heard from your team-mate
[[n/t Kyle Bradshaw]] and from a spectator, Mrs [[n/t Bridget DOHERTY]], who both said you had
been provoked but accepted the push.

Decision: you are suspended from all club activities for eight weeks, to 26 May 2023.
The County FA's own charge (case ref CVFA/23/0771) is separate and you will hear from them.
You may appeal to the club committee within 7 days.

A copy of this letter has gone to your mother, Mrs [[n/t Luminița Căldăraru]], as you
are under 18.

Yours sincerely

[[n/t Sandra Kellett]]
Club Welfare Officer - [[ph/t 07700 900296]]
"""
    return "football-club-disciplinary-letter", [p1]


def b4_dating_app():
    S = B4
    p1 = f"""\
SPARKD DATING APP - LAW ENFORCEMENT RESPONSE - USER DATA EXPORT
Request ref: MLB-24-00318 (Millbeck CID, DC [[n/f Tom ROYLE]])     Produced: 2024-02-09
------------------------------------------------------------------ PROFILE
user_id            88213004
display_name       [[n/s Flori]]
first_name         [[n/s Florin]]
date_of_birth      [[dob/s 2005-09-30]]
phone_verified     [[ph/s +447700900486]]
email              [[em/s flori.caldararu05@example.com]]
bio                "romanian boy, millbeck. gym, cars, family. no time wasters"
registration_ip    [[ip/s 198.51.100.201]]
registration_time  2023-12-27T22:14:09Z
------------------------------------------------------------ LOGIN HISTORY
2024-01-03T21:02:44Z   [[ip/s 198.51.100.201]]   android
2024-01-05T23:40:12Z   [[ip/s 203.0.113.14]]    android
2024-01-06T00:18:55Z   [[ip/s 203.0.113.14]]    android
------------------------------------------ MATCH 77120458 (messages extract)
matched user   first_name [[n/t Jessica]]; verified surname [[n/t WAINWRIGHT]]; DOB [[dob/t 22/06/2004]]
[2024-01-05 23:41] [[n/s Flori]]: u free sat?
[2024-01-05 23:44] [[n/t Jess]]: maybe. whats ur snap
[2024-01-05 23:45] [[n/s Flori]]: no snap just text me [[ph/s 07700 900486]]
[2024-01-05 23:47] [[n/t Jess]]: ok mine is [[ph/t 07700 900831]]. my mate [[n/t Chanel]] might come
[2024-01-05 23:48] [[n/s Flori]]: bring her. ask for [[n/t Nutu]] on the door hes my cuz
[2024-01-06 00:20] [[n/s Flori]]: and dont message [[n/t chelsea-rae]] ok
[2024-01-06 00:21] [[n/t Jess]]: who is [[n/t chelsea]] lol
-------------------------------------------------------------------- END
Note from SPARKD: user 88213004's other number on file, [[ph/s 07700 900934]], was removed
by the user on 2023-12-28.
"""
    return "dating-app-profile-printout", [p1]


def b4_core_group_minutes():
    S = B4
    p1 = f"""\
From:    [[n/f Nadia Brzozowska]] <[[em/f nadia.brzozowska@millbeck.example.gov.uk]]>
To:      [[em/p cscduty@millbeck.example.gov.uk]]; [[n/f Siobhan Ferris]] <[[em/f s.ferris@millbeck-nhs.example.net]]>;
         [[em/p omu.brackenfold@justice.example.gov.uk]]
Cc:      [[n/f Lee Hargreaves]] <[[em/f lee.hargreaves@millbeck.example.gov.uk]]>
Date:    Thu, 14 Mar 2024 16:22
Subject: Core group minutes - [[n/t Esmeralda DOHERTY]] - 12/03/2024 [OFFICIAL-SENSITIVE]

Minutes below. Father's copy to go via HMYOI Brackenfold OMU please.
------------------------------------------------------------------------
MILLBECK CHILDREN'S SOCIAL CARE
[[ad/p Town Hall, Westgate, Millbeck]] [[pc/p YH1 1TH]]  |  [[ph/p 0113 496 0508]]
CORE GROUP MEETING - CHILD PROTECTION PLAN (category: neglect)

Child:   [[n/t Esmeralda Luminița DOHERTY]]    DOB [[dob/t 20/11/2023]]    LCS ID 1187734
NHS no:  [[nhs/t {nhs('999871230')}]]
Date:    12/03/2024 10:00, Eastfield Family Hub

Present
  [[n/f Nadia BRZOZOWSKA]]        Social Worker (chair)
  [[n/f Siobhan FERRIS]]          Health Visitor
  [[n/t Chelsea-Rae DOHERTY]]     mother (DOB [[dob/t 12/01/2006]])
  [[n/t Bridget DOHERTY]]         maternal grandmother
  [[n/t Luminița CĂLDĂRARU]]      paternal grandmother
  [[n/s Florin Ștefan CĂLDĂRARU]] father - video link from HMYOI Brackenfold ([[pn/s {S['PN']}]])
  Officer [[n/f Craig LUMB]]      HMYOI Brackenfold, supporting father
Apologies: Dr [[n/f Vikram SESHADRI]] (GP)
                                                              Page 1 of 3
"""
    p2 = f"""\
OFFICIAL-SENSITIVE    Core group - [[n/t Esmeralda DOHERTY]] - 12/03/2024       Page 2 of 3

1. HOME CONDITIONS
[[n/t Chelsea-Rae]] and [[n/t Esmeralda]] live with [[n/t Bridget]] at [[ad/t Plot 6, Holme Lane Travellers' Site, Millbeck]]
[[pc/t YH4 2TS]] ([[n/t Bridget]]'s mobile [[ph/t 07700 900378]]). The trailer is warm and clean;
SW visited unannounced 04/03. [[n/t Chelsea-Rae]]'s uncle [[n/t Martin DOHERTY]] ("[[n/t Mouse]]") has
repaired the heater.

2. HEALTH
Weight now on the 25th centile (was 9th). Immunisations up to date. HV Ms [[n/f Ferris]] will
visit fortnightly.

3. FATHER
[[n/s Florin]] said he wants to be "a proper dad" to [[n/t Esmeralda]]. Sentence expiry is
2025; release on licence expected 08/2024. He asked for photos via the prison. Officer
[[n/f Lumb]] confirmed [[n/s Florin]] attends the parenting wing group. SW explained that
the previous father-figure, [[n/t Chelsea-Rae]]'s ex-partner [[n/t Jimmy O'DRISCOLL]], must
have no contact with [[n/t Esmeralda]] (police information shared 02/2024; he is
supervised by probation, CRN [[crn/t K550912]]).

4. WIDER FAMILY
[[n/t Luminița]] offers Sunday care at the family home, {B4_HOME}, which is
also [[n/s Florin]]'s bail and release address. [[n/s Florin]]'s sister
[[n/t Roxana-Maria CĂLDĂRARU]] (DOB [[dob/t 07/06/2002]]) lives there too and would help.
Viability assessment to be started.
"""
    actions = pipe([
        ["Action", "Who", "By"],
        ["Viability assessment - paternal grandmother", m("n", "f", "N. Brzozowska"), "09/04/2024"],
        ["Fortnightly HV visits", m("n", "f", "S. Ferris"), "ongoing"],
        ["Photos and update letter to father", m("n", "t", "Chelsea-Rae"), "26/03/2024"],
        ["Check release address with probation", m("n", "f", "N. Brzozowska"), "30/04/2024"],
        ["Written agreement re " + m("n", "t", "J. O'Driscoll"), m("n", "t", "Bridget Doherty"), "19/03/2024"],
    ])
    p3 = f"""\
OFFICIAL-SENSITIVE    Core group - [[n/t Esmeralda DOHERTY]] - 12/03/2024       Page 3 of 3

5. ACTIONS
{actions}

Next core group: 09/04/2024 10:00, Eastfield Family Hub (father by video link if still
in custody - HMYOI Brackenfold, [[ad/p Brackenfold Road, Millbeck]] [[pc/p YH7 3BY]],
OMU [[ph/p 0113 496 0270]]).

Minutes: [[n/f N. Brzozowska]], Social Worker       Agreed by chair on 14/03/2024
Team Manager: [[n/f Lee HARGREAVES]]
"""
    return "social-worker-core-group-minutes", [p1, p2, p3]


def b4_drug_test_report():
    S = B4
    res = cols([
        ["Analyte", "Cut-off", "Result", "Interpretation"],
        ["Cannabis (THC)", "2 ng/mL", "14 ng/mL", "POSITIVE"],
        ["Cocaine / BZE", "8 ng/mL", "<LOQ", "negative"],
        ["Opiates (morphine)", "40 ng/mL", "<LOQ", "negative"],
        ["Amphetamines", "40 ng/mL", "<LOQ", "negative"],
        ["Benzodiazepines", "10 ng/mL", "<LOQ", "negative"],
        ["Synthetic cannabinoids", "0.5 ng/mL", "<LOQ", "negative"],
    ], [24, 11, 10])
    p1 = f"""\
MERIDIAN TOXICOLOGY LTD - under contract to HM Prison and Probation Service
CERTIFICATE OF ANALYSIS - ORAL FLUID DRUG TEST (licence condition)
Lab ref MTX-24-118402      Received 19/08/2024 09:14      Reported 21/08/2024 15:30

DONOR
Name ............ [[n/s CĂLDĂRARU, Florin Ștefan]]   (kit label: [[n/s CALDARARU FLORIN]])
Date of birth ... [[dob/s 30/09/2005]]
CRN ............. [[crn/s {S['CRN']}]]        PNC [[pnc/s {pnc_short(S['PNC'])}]]
Requesting office Millbeck Probation Office, [[ad/p 60 Cloth Hall Street, Millbeck]] [[pc/p YH1 4PN]]
                  tel [[ph/p 0113 496 0735]], [[em/p millbeck.probation@justice.example.gov.uk]]
Requested by .... [[n/f Ali DEMIR]], Probation Officer ([[em/f ali.demir@justice.example.gov.uk]])

CHAIN OF CUSTODY
Collected 19/08/2024 08:02 by [[n/f Kamran IQBAL]] (PSO); donor watched the seal applied.
Seal 0048213 intact on receipt - lab reception [[n/f J. Ellery]].
Donor remark on form: "had a spliff sat with [[n/t Nuțu]]" (collector's note: [[n/t Ionuț STAN]]).

RESULTS (LC-MS/MS confirmation)
{res}

Authorised: Dr [[n/f Ruth OKOYE]], Reporting Scientist
"""
    return "drug-test-lab-report", [p1]


def b4_parking_notice():
    S = B4
    p1 = f"""\
MILLBECK METROPOLITAN BOROUGH COUNCIL - PARKING SERVICES
[[ad/p PO Box 715, Millbeck]] [[pc/p YH1 9PS]]   [[ph/p 0113 496 0615]]   [[em/p parking@millbeck.example.gov.uk]]

NOTICE TO OWNER - Traffic Management Act 2004
PCN number ......... MB41177209          Date of notice: 24/01/2024
Registered keeper .. Mr [[n/s Florin S CALDARARU]]
                     {B4_HOME}
Vehicle ............ [[vrm/s {S['VRM']}]]   Vauxhall Corsa, grey
Contravention ...... 01 - parked in a restricted street during prescribed hours
Location ........... Cloth Hall Street, Millbeck (outside no. 58)
Observed ........... 08/01/2024 14:37-14:44    Civil Enforcement Officer 2291

Amount due: £70.00, reduced to £35.00 if paid within 14 days of the PCN.
You may make representations to the address above within 28 days.
"""
    p2 = f"""\
[received 29/01/2024 - scanned]
Dear Sir/Madam                                         PCN MB41177209 - [[vrm/s {S['VRM'].replace(' ', '')}]]

I was n0t the driver. 0n 08/01/2024 I was in my pr0bation app0intment at number 60 and I
had 1ent the car t0 my friend [[n/t Ionuț STAN]], of [[ad/t Flat 7, Weavers Court, Millbeck]]
[[pc/t YH3 8DF]], date of birth [[dob/t 03/03/2004]], driving licence [[dl/t STAN9003034I99ZA]].
I came in my mum's car, [[vrm/t RX19 KTE]], and she can c0nfirm this.

[[n/s Florin Căldăraru]]   [[ph/s 07700 900934]]   [[em/s flori.caldararu05@example.com]]
Licence [[dl/s {S['DL']}]]

Council note: representation rejected - no signed nomination from Mr [[n/t Stan]].
Notice of rejection sent 06/02/2024. Officer [[n/f J. WHITWORTH]].
"""
    return "parking-penalty-notice", [p1, p2]


def b4_church_letter():
    S = B4
    p1 = f"""\
Biserica Penticostală „Betel" Millbeck - Betel Roma Pentecostal Church
(Sunday services at St Jude's Hall, Millbeck)

To the Judge, Millbeck Crown Court

                                                               15 April 2024
Your Honour

Re: [[n/s Florin Ștefan Căldăraru]] (born [[dob/s 30.09.2005]])

My name is [[n/t Marian LĂCĂTUȘ]] and I am the pastor of Betel church. I have known
[[n/s Florin]] since his family came to Millbeck from Craiova in 2013, when he was eight. His
parents, [[n/t Costel]] and [[n/t Luminița Căldăraru]], are faithful members, and his sister
[[n/t Roxana-Maria]] leads our youth choir. [[n/s Florin]] - we all call him [[n/s Flori]] - played
keyboard in the worship band until last year.

I know what he did was wrong, and he has said so to me on the telephone from Brackenfold.
Since his daughter [[n/t Esmeralda]] was born, I have seen him grow up. If the court gives
him the chance, I and our elder, brother [[n/t Gheorghe RUDARU]] ("[[n/t Ghiță]]"), will meet him
every week and help him find work with [[n/t Gheorghe]]'s building firm.

I am happy to speak to the probation officer on [[ph/t 07700 900619]].

With respect,

Pastor [[n/t Marian Lăcătuș]]
"""
    return "church-letter-of-support", [p1]


def bundle_04():
    docs = [b4_youth_club_log(), b4_football_disciplinary(), b4_dating_app(),
            b4_core_group_minutes(), b4_drug_test_report(), b4_parking_notice(),
            b4_church_letter()]
    subject = {
        "name": "Florin Ștefan CĂLDĂRARU",
        "aliases": ["Flori", "Florin CĂLDĂRARU", "CALDARARU FLORIN", "Florin S CALDARARU",
                    "Florin Căldăraru"],
        "date_of_birth": "2005-09-30", "prison_number": B4["PN"],
        "identifiers": {"pnc": pnc_short(B4["PNC"]), "crn": B4["CRN"], "driving_licence": B4["DL"]},
        "contact": {"addresses": ["41 Tanners Row, Millbeck YH2 6QB"],
                    "phones": ["07700 900934"], "emails": ["flori.caldararu05@example.com"]},
    }
    return "eval9-04", subject, docs

# ===========================================================================
# Bundle 05 - Marcos Antônio DA SILVA FIGUEIREDO ("Marquinhos") (M, 52,
# Brazilian-British builder; HMP Kingsmere; two-part surname with particles)
# ===========================================================================

body("HMP Kingsmere", phones=["01632 960480"], postcodes=["YL9 2HP"],
     addresses=["Gaolfield Road, Kingsmere"], emails=["omu.kingsmere@justice.example.gov.uk"])
body("Kingsmere Register Office", phones=["0113 496 0560"], postcodes=["YL1 3RG"],
     addresses=["4 Guildhall Square, Kingsmere"])
body("Kingsmere City Council Community Safety Team", phones=["0113 496 0590"], postcodes=["YL1 2AS"],
     addresses=["Civic Offices, Bailey Street, Kingsmere"], emails=["asb.team@kingsmere.example.gov.uk"])
body("TV Licensing", phones=["0113 496 0311"], postcodes=["YE5 9TL"],
     addresses=["Enforcement Centre, 21 Loom Street, Wexcombe"])

B5 = dict(
    PN="A9032EV", PNC=pnc(2023, 104457), CRO=cro_sf(23, 118806), NI="SN 73 04 82 A",
    PP="549017328", DL="DASIL704082MA9TK", VRM="KM15 FXD",
    SC="20-71-64", ACC="53097718", CARD=card("510510000419037"),
    IBAN_T=iban_gb("EXBK", "309912", "77021446"),
)
B5_HOME = "[[ad/s Flat 12, Orchard Mews, 88 Quarry Hill Road, Kingsmere]] [[pc/s YL4 8NT]]"
B5_OLD = "[[ad/s 23 Saddler Street, Kingsmere]] [[pc/s YL2 5RD]]"


def b5_wedding_guest_list():
    S = B5
    guests = pipe([
        ["#", "Guest", "DOB", "Relationship", "Cleared"],
        ["1", m("n", "t", "Kwame ASIEDU"), m("dob", "t", "19/12/1970"), "friend - witness", "Y"],
        ["2", m("n", "t", "Shahidul Islam CHOWDHURY"), m("dob", "t", "02/05/1975"), "bride's brother - witness", "Y"],
        ["3", m("n", "t", "Rokeya BEGUM"), m("dob", "t", "01/03/1950"), "bride's mother", "Y"],
        ["4", m("n", "t", "Larissa FIGUEIREDO ALVES"), m("dob", "t", "03/02/1998"), "groom's daughter", "Y"],
        ["5", m("n", "t", "Caio DA SILVA FIGUEIREDO"), m("dob", "t", "17/10/2001"), "groom's son", "Y"],
        ["6", m("n", "t", "Patrick McDONAGH"), m("dob", "t", "21/07/1968"), "friend", "N"],
        ["7", m("n", "t", "Gul Ahmad NOORZAI"), m("dob", "t", "05/01/1990"), "friend, ex-lodger", "pending"],
    ])
    addrs = cols([
        ["1", m("ad", "t", "7 Cobden Street, Kingsmere") + " " + m("pc", "t", "YL2 4TB")],
        ["2-3", m("ad", "t", "31 Brunswick Terrace, Kingsmere") + " " + m("pc", "t", "YL3 6JW") + " (as bride)"],
        ["4-5", m("ad", "t", "Flat 5, 140 Holloway Gate, London") + " " + m("pc", "t", "YA11 3QE")],
        ["6", m("ad", "t", "Bay 9, Riverside Caravan Park, Kingsmere") + " " + m("pc", "t", "YL6 1RP")],
        ["7", B5_OLD + " (groom's former address)"],
    ], [5])
    p1 = f"""\
OFFICIAL-SENSITIVE
HMP KINGSMERE - WEDDING IN ESTABLISHMENT: GUEST AND SECURITY CLEARANCE LIST
[[ad/p Gaolfield Road, Kingsmere]] [[pc/p YL9 2HP]]     Tel [[ph/p 01632 960480]]

Prisoner ..... [[n/s DA SILVA FIGUEIREDO, Marcos Antônio]]   No. [[pn/s {S['PN']}]]   C3-12
Name on the marriage schedule: [[n/s Marcos Antônio DA SILVA FIGUEIREDO]]
DOB .......... [[dob/s 08/04/1972]]   PNC [[pnc/s {S['PNC']}]]   CRO [[cro/s {S['CRO']}]]
To marry ..... [[n/t Nasrin Akhter CHOWDHURY]], DOB [[dob/t 14/09/1979]], [[ph/t 07700 900744]]
Ceremony ..... 21/06/2024 11:00, multi-faith room
Registrar .... [[n/f Fiona DUNSTAN]], Superintendent Registrar, Kingsmere Register Office,
               [[ad/p 4 Guildhall Square, Kingsmere]] [[pc/p YL1 3RG]] ([[ph/p 0113 496 0560]])

GUESTS (maximum 6 plus 2 witnesses)
{guests}

GUEST ADDRESSES
{addrs}
                                                              Page 1 of 2
"""
    p2 = f"""\
OFFICIAL-SENSITIVE     Wedding - [[n/s FIGUEIREDO]] [[pn/s {S['PN']}]]                  Page 2 of 2

SECURITY NOTES
6. [[n/t McDONAGH]] refused: he is an approved visitor of [[n/t HOLLAND, Reece]] ([[pn/t A5521KT]],
   CRO [[cro/t {cro(77413, 16)}]], C-wing), a co-defendant of the groom's associate.
   Security view: not suitable.
7. [[n/t Gul Ahmad]] pending: he lived at the groom's former address and was named in the
   council's ASB file; PNC check requested ([[n/t NOORZAI]], PNC [[pnc/t {pnc_short(pnc(2019, 77120))}]]).
-  Groom's ex-wife, [[n/t Cláudia Regina ALVES]] (Brazil), has asked by e-mail
   ([[em/t claudia.r.alves@example.com.br]]) for a photo; request passed to the groom.
-  [[n/t Larissa]]'s partner is NOT on the list and will not be admitted.

ARRANGEMENTS
Chaplain: Rev. [[n/f Judith ORMEROD]] to say a blessing after the civil ceremony.
Escort/supervision: CM [[n/f Priya SANDHU]], Officer [[n/f Lewis DAWKINS]],
Officer [[n/f Maria GONÇALVES]] (Portuguese speaker).
Bride's contact for the day: [[n/t Shahid]] ([[ph/t 07700 900168]]).
Wedding cake: none permitted; photos by establishment camera only.

Approved: [[n/f Priya Sandhu]], Custodial Manager, 03/06/2024
OMU copy: [[em/p omu.kingsmere@justice.example.gov.uk]]
"""
    return "prison-wedding-guest-list", [p1, p2]


def b5_gym_membership():
    S = B5
    p1 = f"""\
IRONWORKS GYM KINGSMERE - MEMBERSHIP AGREEMENT AND DIRECT DEBIT MANDATE
www.ironworks-gym.example.co.uk

Member no ........ IW-20417            Joined online 2021-09-03 18:22 from [[ip/s 192.0.2.77]]
Member ........... [[n/s Marcos FIGUEIREDO]]     Name on fob: "[[n/s Marquinhos]]"
Date of birth .... [[dob/s 8 April 1972]]
Address (2021) ... {B5_OLD}
Address (2023) ... {B5_HOME}
Mobile ........... [[ph/s 07700 900127]]      Home: [[ph/s 0113 496 0581]] (Saddler St, now disconnected)
E-mail ........... [[em/s marquinhos72@example.com]]
Emergency contact  [[n/t Nasrin CHOWDHURY]] (partner) [[ph/t 07700 900744]]

HEALTH DECLARATION: previous knee surgery (2015); no other conditions declared.

PAYMENT
Joining fee £30 by card [[card/s {S['CARD']}]]
Direct Debit: account holder [[n/s M A DA SILVA FIGUEIREDO]], sort code [[sc/s {S['SC']}]],
account number [[acc/s {S['ACC']}]]. Monthly £34.99 on the 1st.

GUEST PASSES
14/01/2023  guest [[n/t Jonas PETRAUSKAS]] (signed in by member)
02/02/2023  guest [[n/t Kwame Asiedu]]
18/03/2023  guest [[n/t Shahid Chowdhury]]

ACCOUNT NOTES
12/02/2024 Membership frozen - partner [[n/t N. Chowdhury]] phoned to say the member "is
away for a while". Note by [[n/t Kelly-Ann FORBES]], membership manager.
"""
    return "gym-membership-agreement", [p1]


def b5_hmrc_letter():
    S = B5
    p1 = f"""\
HM Revenue and Customs
Self Assessment, [[ad/p Waterfront Building, 1 Tidewater Way, Wexcombe]] [[pc/p YE2 1HN]]
Phone [[ph/p 0113 496 0450]]

Mr [[n/s M A DA SILVA FIGUEIREDO]]
{B5_HOME}

Date: 9 October 2023
National Insurance number: [[ni/s {S['NI']}]]
Agent: Valeside Accountants ([[n/t Paulo VASCONCELOS]])

Construction Industry Scheme - repayment for tax year 2022 to 2023

You work as a self-employed builder and contractors deducted £4,116.00 under the
Construction Industry Scheme. Your return shows tax due of £2,309.60, so we owe you
£1,806.40.

Nominated payee
Your return asks us to pay the repayment to your daughter, [[n/t Larissa FIGUEIREDO ALVES]].
We will pay it to her account:
  IBAN [[iban/t {S['IBAN_T']}]]
We are not able to pay into an account in a third party's name without your signed
authority, which your agent, Mr [[n/t Vasconcelos]], has now sent us.

If your own bank details change, tell us. Our records show sort code [[sc/s {S['SC']}]]
and account [[acc/s {S['ACC']}]] in your name. Our records also show a previous address,
{B5_OLD}.

[[n/f N. ACHARYA]]
HMRC Officer, Self Assessment
"""
    return "hmrc-cis-repayment-letter", [p1]


def b5_mosque_letter():
    S = B5
    p1 = f"""\
Kingsmere Jamia Masjid and Bangladeshi Community Centre
(registered charity) - www.kingsmere-masjid.example.org.uk

To: The Prison Offender Manager, HMP Kingsmere, [[ad/p Gaolfield Road, Kingsmere]] [[pc/p YL9 2HP]]

                                                               2 July 2024
Dear Sir or Madam

Re: Mr [[n/s Marcos Antônio da Silva Figueiredo]] ([[pn/s {S['PN']}]])

I am the imam of our masjid and I write in support of Mr [[n/s Figueiredo]]. I have
known him since 2022, when [[n/t Shahidul Chowdhury]] - [[n/t Shahid]] to all of us - brought
him to help at our community kitchen. The young men call him "[[n/s Marquinhos]]". He
repaired the kitchen roof without charge and came every Saturday until his arrest.

He has now married Sister [[n/t Nasrin]], [[n/t Shahid]]'s sister, and her mother,
Mrs [[n/t Rokeya Begum]], has asked me to tell you that the family stands by him.

When he is released we can offer him voluntary work at the centre, supervised by our
kitchen co-ordinator, [[n/t Shamima KHATUN]]. I will mentor him personally.

I can be contacted on [[ph/t 07700 900573]].

Yours faithfully

Maulana [[n/t Abdul Kadir MIAH]]
Imam
"""
    return "mosque-letter-of-support", [p1]


def b5_storage_agreement():
    S = B5
    p1 = f"""\
KINGSMERE SELF STORE LTD - UNIT HIRE AGREEMENT                    Agreement no. KSS-0214
www.kingsmere-selfstore.example.co.uk

Unit ........... 214 (100 sq ft, drive-up)        Start: 06/03/2023    Rent £96.00 / 4 weeks
Hirer .......... [[n/s Marcos Antonio DA SILVA FIGUEIREDO]]
Date of birth .. [[dob/s 08-APR-1972]]
ID seen ........ driving licence [[dl/s {S['DL']}]]; passport [[pp/s {S['PP']}]]
Address ........ {B5_OLD}
Mobile ......... [[ph/s 07700 900127]]      E-mail [[em/s marquinhos72@example.com]]
Vehicle ........ white Renault Trafic [[vrm/s {S['VRM']}]]
Rent paid by ... card [[card/s {S['CARD']}]] (continuous authority)

AUTHORISED USER (may access unit with own PIN)
Name ........... [[n/t Jonas PETRAUSKAS]]         DOB [[dob/t 30/11/1985]]
Mobile ......... [[ph/t 07700 900416]]
Vehicle ........ [[vrm/t LV68 KRT]]

Declaration: the hirer will not store hazardous, stolen or illegal goods.
Signed: [[n/s M. Figueiredo]]        For KSS: [[n/t Darren HOLLIS]], site manager
                                                              Page 1 of 2
"""
    log = cols([
        ["Date/time", "Gate", "PIN holder", "Plate read"],
        ["2023-11-02 05:48:11", "IN", m("n", "s", "FIGUEIREDO M"), m("vrm", "s", S["VRM"])],
        ["2023-11-02 06:02:37", "OUT", m("n", "s", "FIGUEIREDO M"), m("vrm", "s", S["VRM"])],
        ["2023-11-09 23:14:05", "IN", m("n", "t", "PETRAUSKAS J"), m("vrm", "t", "LV68 KRT")],
        ["2023-11-09 23:40:52", "OUT", m("n", "t", "PETRAUSKAS J"), m("vrm", "t", "LV68 KRT")],
        ["2023-11-10 00:05:19", "IN", m("n", "s", "FIGUEIREDO M"), m("vrm", "t", "YR71 DUX")],
        ["2023-11-10 00:31:44", "OUT", m("n", "s", "FIGUEIREDO M"), m("vrm", "t", "YR71 DUX")],
    ], [21, 6, 15])
    p2 = f"""\
From:    [[n/t Darren Hollis]] <[[em/t darren.hollis@kingsmere-selfstore.example.co.uk]]>
To:      DC [[n/f Imogen Hartley]] <[[em/f imogen.hartley@kingsmere.police.example.uk]]>
Sent:    12 December 2023 14:07
Subject: RE: KM/23/55902 - unit 214 gate log

Officer, as requested - gate access extract for unit 214 below.

KSS-0214 - gate access extract, unit 214                          Page 2 of 2

{log}

Note: plate [[vrm/t YR71 DUX]] is not registered to either user; CCTV shows a third man
driving, believed by site staff to be "[[n/t Paddy]]", a friend of the hirer.

Supplied to DC [[n/f Imogen HARTLEY]], Kingsmere CID, on 12/12/2023 at her request
(ref KM/23/55902). Extract produced by [[n/t D. Hollis]].
"""
    return "storage-unit-rental-agreement", [p1, p2]


def b5_asb_warning():
    S = B5
    p1 = f"""\
KINGSMERE CITY COUNCIL - COMMUNITY SAFETY TEAM
[[ad/p Civic Offices, Bailey Street, Kingsmere]] [[pc/p YL1 2AS]] | [[ph/p 0113 496 0590]] | [[em/p asb.team@kingsmere.example.gov.uk]]

Mr [[n/s Marcos FIGUEIREDO]]
{B5_OLD}

Date: 11 May 2023                                   Our ref: ASB/23/0419

ANTI-SOCIAL BEHAVIOUR - FIRST WARNING LETTER

Dear Mr [[n/s Figueiredo]]

We have received reports about [[ad/s 23 Saddler Street]] between 20 March and 2 May 2023:
vans arriving and leaving after midnight (including [[vrm/s {S['VRM']}]] and
[[vrm/t LV68 KRT]]), loud music, and visitors arguing in the street.

Several neighbours have complained. One of them, Mrs [[n/t Doreen ASPINALL]] of
[[ad/t 21 Saddler Street, Kingsmere]], has agreed to be named and says she was sworn at
by a visitor she knows as "[[n/t Jonas]]" on 29 April. Another neighbour,
Mr [[n/t Arjun NAIR]] ([[ad/t 25 Saddler Street]]), reports a van blocking his drive.

Your lodger, Mr [[n/t Gul Ahmad NOORZAI]], told our officer that he does not drive and
that the visitors come to see you.

We do not want to take formal action. Please contact me within 14 days to arrange a
meeting. If the behaviour continues we may consider a Community Protection Warning.

[[n/f Jodie CRABTREE]]
Anti-Social Behaviour Officer - direct line [[ph/f 0113 496 0597]]
cc Kingsmere Police neighbourhood team (PC [[n/f Lewis GRAYSON]])
"""
    return "asb-warning-letter", [p1]


def b5_tv_licensing():
    S = B5
    p1 = f"""\
TV Licensing
[[ad/p Enforcement Centre, 21 Loom Street, Wexcombe]] [[pc/p YE5 9TL]]     [[ph/p 0113 496 0311]]

The Legal Occupier / Mr [[n/s M A Da Silva Figueiredo]]
[[ad/s Flat 12, Orchard Mews
88 Quarry Hill Road
Kingsmere]]
[[pc/s YL4 8NT]]

Date: 22 March 2024             Reference: 8841-0273-5519

OFFICIAL WARNING - NO TV LICENCE AT THIS ADDRESS

Our Enquiry Officer visited this address on 14 March 2024 at 10:40. There is no TV
Licence here.

VISIT RECORD (Enquiry Officer [[n/f S. BALOGUN]], EO 4412)
Door answered by a man who gave his name as [[n/t Jonas Petrauskas]]. He said the occupier,
"[[n/s Marcos]]", is in prison and that he is looking after the flat. Live TV seen on in the
lounge. No interview under caution (occupier absent).

On 20 March 2024 Ms [[n/t N Chowdhury]] called us from [[ph/t 07700 900744]] and said that
Mr [[n/s Da Silva Figueiredo]] is at HMP Kingsmere ([[pn/s {S['PN']}]]) and that
Mr [[n/t Petrauskas]] does not live there.

What you need to do: if anyone watches or records live TV at this address, a licence is
needed. If nobody lives here while the occupier is in prison, tell us on the number above.
"""
    return "tv-licensing-enquiry-letter", [p1]


def bundle_05():
    docs = [b5_wedding_guest_list(), b5_gym_membership(), b5_hmrc_letter(),
            b5_mosque_letter(), b5_storage_agreement(), b5_asb_warning(), b5_tv_licensing()]
    subject = {
        "name": "Marcos Antônio DA SILVA FIGUEIREDO",
        "aliases": ["Marquinhos", "Marcos FIGUEIREDO", "Marcos Antonio DA SILVA FIGUEIREDO",
                    "M A DA SILVA FIGUEIREDO", "Marcos Antônio da Silva Figueiredo"],
        "date_of_birth": "1972-04-08", "prison_number": B5["PN"],
        "identifiers": {"pnc": B5["PNC"], "cro": B5["CRO"], "ni_number": B5["NI"],
                        "passport": B5["PP"], "driving_licence": B5["DL"]},
        "contact": {"addresses": ["Flat 12, Orchard Mews, 88 Quarry Hill Road, Kingsmere YL4 8NT"],
                    "phones": ["07700 900127"], "emails": ["marquinhos72@example.com"]},
    }
    return "eval9-05", subject, docs


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

BUNDLES = [bundle_01, bundle_02, bundle_03, bundle_04, bundle_05]


def build():
    out = []
    for fn in BUNDLES:
        bid, subject, raw_docs = fn()
        docs = [make_doc(i + 1, kind, pages) for i, (kind, pages) in enumerate(raw_docs)]
        check_coverage(bid, docs)
        bd = {"bundle_id": bid, "subject": subject, "documents": docs}
        check_subject_block(bd)
        out.append(bd)
    kinds = [d["kind"] for bd in out for d in bd["documents"]]
    check_public_bodies(out)
    return out


def main(argv):
    if len(argv) != 2:
        print("usage: evalgen_ninth.py OUTPUT_DIR", file=sys.stderr)
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    bundles = build()
    for i, bd in enumerate(bundles, 1):
        with open(os.path.join(outdir, f"bundle-{i:02d}.json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(bd, f, ensure_ascii=False, indent=1)
            f.write("\n")
    with open(os.path.join(outdir, "public-bodies.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(public_bodies_yaml())

    # ---- totals ----
    ndocs = sum(len(bd["documents"]) for bd in bundles)
    nbytes = sum(len(p.encode("utf-8")) for bd in bundles for d in bd["documents"] for p in d["pages"])
    npages = sum(len(d["pages"]) for bd in bundles for d in bd["documents"])
    items = [t for bd in bundles for d in bd["documents"] for t in d["truth"]]
    by_party, by_cat, tp_cat = {}, {}, {}
    for t in items:
        by_party[t["party"]] = by_party.get(t["party"], 0) + 1
        by_cat[t["category"]] = by_cat.get(t["category"], 0) + 1
        if t["party"] == "third_party":
            tp_cat[t["category"]] = tp_cat.get(t["category"], 0) + 1
    print(f"bundles: {len(bundles)}")
    print(f"documents: {ndocs} (pages: {npages})")
    print(f"bytes of page text: {nbytes}")
    print(f"labelled items: {len(items)}")
    print("items per party:")
    for k in sorted(by_party):
        print(f"  {k:<12} {by_party[k]}")
    print("items per category (third-party in brackets):")
    for k in sorted(by_cat):
        print(f"  {k:<21} {by_cat[k]:>4}  ({tp_cat.get(k, 0)})")
    print("kinds:")
    for bd in bundles:
        print(f"  {bd['bundle_id']}: " + ", ".join(d["kind"] for d in bd["documents"]))
    assert 30 <= ndocs <= 40, ndocs
    assert 45000 <= nbytes <= 70000, nbytes
    assert 800 <= len(items) <= 1200, len(items)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
