#!/usr/bin/env python3
"""Evaluation-set generator "eval-sixteenth" for the disclose PII-redaction engine.

WRITTEN BLIND.  The author did not read, list, grep or run anything in the
disclose source tree, its rules, its other test sets or generators, or the
`disclose` binary.  The only material consulted was:
  * /work/shared/reference/uk-identifiers.md  (identifier formats / check characters)
  * /work/shared/reference/domain.md          (what SAR bundles in UK justice contain)

Usage:  python3 tests/tools/evalgen_sixteenth.py tests/data/eval-sixteenth

Standard library only; no randomness, no clock, no network.  Every value is fixed
in this file, so two runs produce byte-identical output.

Focus: documents held by police, the CPS, courts, tribunals, coroners, the Home
Office and their contractors (immigration tribunal / deportation, Crown Court fraud
and confiscation, youth court and county lines, a coroner's inquest after a death
following police contact, and an extradition case).

Authoring format: page text is written with inline markup {code|text}; the code is
a category abbreviation followed by a party letter (s=subject, t=third_party,
f=staff, b=public_body).  The generator strips the markup, computes UTF-8 byte
offsets and writes the "truth" spans.

LABELLING POLICY
  subject      the requester's own data in any form: name in any order or case,
               initials, aliases, nicknames, every written form of their date of
               birth (including a disputed / claimed birth date), their
               identifiers spaced or unspaced, their own current and previous
               addresses, phones and emails given as theirs in the text.
  staff        people acting officially or professionally for a public body or its
               contractors (police, CPS, courts, tribunals, coroners, Home Office and
               its escort / detention contractors, councils, schools, NHS, Legal Aid
               Agency, IOPC, foreign public prosecutors, court-contracted
               interpreters, contracted forensic scientists); their names and their
               direct lines / personal work mailboxes.
  third_party  everyone else: relatives (including ones sharing the subject's
               surname), partners, co-accused, victims, witnesses, sureties,
               neighbours, associates, and people acting for private firms,
               charities or faith groups (defence solicitors, barristers, bank
               staff, private experts, charity caseworkers).
  public_body  published switchboards, generic mailboxes, and the addresses and
               postcodes of public bodies (all listed in public-bodies.yaml).
  Names are labelled without titles or ranks ("DC", "Mr", "HHJ", "Judge").  A
  surname alone, a forename alone, initials-plus-surname, nicknames and the name
  part of a possessive are labelled when they refer to a person.  An address span is
  the street part without the postcode; the postcode is its own span.  Dates of
  birth are labelled only where they are birth dates (never event dates).  Ages,
  case numbers and other data outside the category list were deliberately left
  out of the text, so unlabelled text carries no personal data.

All identifiers are synthetic: PNC/CRO mod-23 check characters, NHS numbers in the
999 range with mod-11 check digits, Luhn-valid cards, mod-97-valid IBANs, NINOs with
permitted prefixes, Ofcom drama telephone ranges, invented Z*/Y* postcode areas,
example.* mail domains and RFC 5737 / RFC 3849 IP addresses.  (One surety's
landline uses 028 9649 6xxx, recalled as Ofcom's Belfast drama range; it is not
in the reference notes.)  The generator asserts
all of this, plus span integrity and "labelled once => labelled everywhere in the
bundle", before writing anything.
"""
import datetime
import ipaddress
import json
import os
import re
import sys

CATS = {
    "n": "name", "b": "date_of_birth", "pn": "prison_number", "pnc": "pnc",
    "cro": "cro", "crn": "crn", "ni": "ni_number", "nhs": "nhs_number",
    "ph": "phone", "em": "email", "ad": "address", "pc": "postcode",
    "vr": "vehicle_registration", "pp": "passport", "dl": "driving_licence",
    "sc": "sort_code", "ac": "account_number", "ib": "iban",
    "cd": "payment_card", "ip": "ip_address",
}
PARTIES = {"s": "subject", "t": "third_party", "f": "staff", "b": "public_body"}
MARK = re.compile(r"\{([a-z]+)\|([^{}|]*)\}")


def strip(s):
    return MARK.sub(lambda m: m.group(2), s)


def vlen(s):
    return len(strip(s))


def tbl(rows, gap=2, indent=""):
    """Left-aligned table; widths computed on visible (markup-free) text."""
    ncol = max(len(r) for r in rows)
    w = [0] * ncol
    for r in rows:
        for i, c in enumerate(r):
            w[i] = max(w[i], vlen(c))
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            cells.append(c + " " * (w[i] - vlen(c)) if i < len(r) - 1 else c)
        out.append((indent + (" " * gap).join(cells)).rstrip())
    return "\n".join(out)


def rule(ch="-", n=72):
    return ch * n


def parse_page(src):
    """Return (plain text, spans) with byte offsets."""
    out = []
    spans = []
    pos = 0
    nbytes = 0
    for m in MARK.finditer(src):
        pre = src[pos:m.start()]
        out.append(pre)
        nbytes += len(pre.encode("utf-8"))
        code, text = m.group(1), m.group(2)
        party = PARTIES[code[-1]]
        cat = CATS[code[:-1]]
        b = len(text.encode("utf-8"))
        spans.append({"begin": nbytes, "end": nbytes + b, "category": cat,
                      "party": party, "text": text})
        out.append(text)
        nbytes += b
        pos = m.end()
    out.append(src[pos:])
    plain = "".join(out)
    assert "{" not in plain and "}" not in plain, ("stray brace", plain[:200])
    return plain, spans

# ---------------------------------------------------------------- validators
L23 = "ZABCDEFGHJKLMNPQRTUVWXY"


def v_pnc(t):
    s = t.upper().replace(" ", "")
    if "/" in s:
        y, rest = s.split("/")
        assert len(y) in (2, 4), t
        yy = y[-2:]
        serial, ck = rest[:-1], rest[-1]
    else:
        if len(s) == 12:
            yy, serial, ck = s[2:4], s[4:11], s[11]
        else:
            yy, serial, ck = s[:2], s[2:-1], s[-1]
    assert serial.isdigit() and 1 <= len(serial) <= 7, t
    assert L23[int(yy + serial.zfill(7)) % 23] == ck, ("PNC check", t)


def v_cro(t):
    s = t.upper().replace(" ", "")
    if s.startswith("SF"):
        yy, serial = s[2:4], s[5:-1]
        assert L23[int(yy + serial) % 23] == s[-1], t
    else:
        serial, rest = s.split("/")
        yy, ck = rest[:2], rest[2]
        assert L23[int(yy + serial.zfill(6)) % 23] == ck, ("CRO check", t)


def v_nhs(t):
    d = re.sub(r"[ -]", "", t)
    assert len(d) == 10 and d.isdigit() and d.startswith("999"), t
    assert sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11 == 0, ("NHS check", t)


NI_RE = re.compile(r"^(?:[ACEHJLMOPRSWXY][A-CEGHJ-NPR-TW-Z]|B[A-CEHJ-NPR-TW-Z]|G[ACEGHJ-NPR-TW-Z]|K[A-CEGHJ-MPR-TW-Z]|N[A-CEGHJL-NPR-SW-Z]|T[A-CEGHJ-MPR-TW-Z]|Z[A-CEGHJ-NPR-TW-Y])[0-9]{6}[A-D]$")


def v_ni(t):
    assert NI_RE.match(re.sub(r"[ -]", "", t.upper())), ("NINO", t)


def v_card(t):
    d = re.sub(r"[ -]", "", t)
    assert d.isdigit() and 13 <= len(d) <= 19, t
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    assert tot % 10 == 0, ("Luhn", t)


def v_iban(t):
    s = t.replace(" ", "").upper()
    assert re.match(r"^GB[0-9]{2}[A-Z]{4}[0-9]{14}$", s), t
    r = s[4:] + s[:4]
    assert int("".join(str(int(c, 36)) for c in r)) % 97 == 1, ("IBAN", t)


PHONE_OK = ("07700900", "01134960", "01144960", "01154960", "01164960", "01174960",
            "01184960", "01214960", "01314960", "01414960", "01514960", "01614960",
            "02079460", "01632960", "02896496")


def v_phone(t):
    d = re.sub(r"\D", "", t)
    if t.strip().startswith("+44"):
        d = "0" + d[2:]
    assert len(d) == 11 and d.startswith(PHONE_OK), ("phone", t)


PC_RE = re.compile(r"^(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2}$")


def v_postcode(t):
    s = t.upper()
    assert PC_RE.match(s), ("postcode", t)
    area = re.match(r"[A-Z]+", s).group(0)
    assert area[0] in "YZ" and area not in ("ZE", "YO"), ("postcode area", t)


def v_email(t):
    assert re.match(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$", t), t
    dom = t.split("@")[1].lower()
    assert (dom in ("example.com", "example.org", "example.net") or dom.startswith("example.")
            or ".example." in "." + dom), ("email domain", t)


def v_ip(t):
    a = ipaddress.ip_address(t)
    nets = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24",
                                              "203.0.113.0/24", "2001:db8::/32")]
    assert any(a in n for n in nets), ("ip", t)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def parse_dob(t):
    s = t.strip()
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", s)
    if m:
        return datetime.date(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})$", s)
    if m:
        y = int(m[3])
        if y < 100:
            y += 1900 if y > 25 else 2000
        return datetime.date(y, int(m[2]), int(m[1]))
    m = re.match(r"^(\d{2})(\d{2})(\d{4})$", s)
    if m:
        return datetime.date(int(m[3]), int(m[2]), int(m[1]))
    m = re.match(r"^(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \-]([A-Za-z]+)\.?,?[ \-](\d{4}|\d{2})$", s)
    if m:
        mon = [i for i, n in enumerate(MONTHS) if n.startswith(m[2].lower()) and len(m[2]) >= 3]
        assert len(mon) == 1, t
        y = int(m[3])
        if y < 100:
            y += 1900 if y > 25 else 2000
        return datetime.date(y, mon[0] + 1, int(m[1]))
    m = re.match(r"^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$", s)
    if m:
        mon = [i for i, n in enumerate(MONTHS) if n.startswith(m[1].lower()) and len(m[1]) >= 3]
        assert len(mon) == 1, t
        return datetime.date(int(m[3]), mon[0] + 1, int(m[2]))
    raise AssertionError(("unparsed DOB", t))


VRM_RE = re.compile(r"^[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[1-7][0-9]) ?[A-HJ-PR-Z]{3}$")
DL_RE = re.compile(r"^[A-Z9]{5} ?[0-9](?:[05][1-9]|[16][0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9] ?[A-Z9]{2}[0-9A-Z] ?[A-Z]{2}(?: ?[0-9]{2})?$")


def validate_span(sp, bundle_subject):
    c, t = sp["category"], sp["text"]
    if c == "pnc":
        v_pnc(t)
    elif c == "cro":
        v_cro(t)
    elif c == "nhs_number":
        v_nhs(t)
    elif c == "ni_number":
        v_ni(t)
    elif c == "payment_card":
        v_card(t)
    elif c == "iban":
        v_iban(t)
    elif c == "phone":
        v_phone(t)
    elif c == "postcode":
        v_postcode(t)
    elif c == "email":
        v_email(t)
    elif c == "ip_address":
        v_ip(t)
    elif c == "date_of_birth":
        d = parse_dob(t)
        assert datetime.date(1920, 1, 1) <= d <= datetime.date(2025, 6, 30), t
        if sp["party"] == "subject":
            ok = {bundle_subject["date_of_birth"]} | set(bundle_subject.get("_other_dobs", []))
            assert d.isoformat() in ok, ("subject DOB mismatch", t)
    elif c == "prison_number":
        assert re.match(r"^[A-Z][0-9]{4}[A-Z]{2}$", t.upper().replace(" ", "")), t
    elif c == "crn":
        assert re.match(r"^[A-Z][0-9]{6}$", t), t
    elif c == "vehicle_registration":
        assert VRM_RE.match(t.upper()), ("VRM", t)
    elif c == "driving_licence":
        assert DL_RE.match(t.upper()), ("DL", t)
    elif c == "sort_code":
        assert re.match(r"^[0-9]{2}[ \-]?[0-9]{2}[ \-]?[0-9]{2}$", t), t
    elif c == "account_number":
        assert re.match(r"^[0-9]{8}$", t.replace(" ", "")), t
    elif c == "passport":
        assert re.match(r"^[A-Z0-9]{6,9}$", t.replace(" ", "")), t
    elif c == "name":
        assert re.search(r"[^\W\d_]", t), t
        assert not re.match(r"(?i)^(mr|mrs|ms|miss|mx|dr|prof|sir|dame|pc|dc|ds|di|dci|sgt|insp|supt|hhj|judge|dco|io)\.? ", t), ("title in name", t)
    elif c == "address":
        assert len(t) > 5, t
    if sp["party"] == "public_body":
        assert c in ("phone", "postcode", "address", "email"), sp
    if sp["party"] == "subject":
        ids = dict(bundle_subject.get("identifiers", {}))
        if "prison_number" in bundle_subject:
            ids["prison_number"] = bundle_subject["prison_number"]
        key = {"ni_number": "ni_number", "nhs_number": "nhs_number", "pnc": "pnc",
               "cro": "cro", "crn": "crn", "prison_number": "prison_number"}.get(c)
        if key:
            norm = lambda x: re.sub(r"[ \-]", "", x.upper())
            if c == "pnc":
                ref = ids[key]
                yy, rest = ref.split("/")
                canon = yy[2:] + str(int(rest[:-1])) + rest[-1]
                tt = t.upper().replace(" ", "")
                if "/" in tt:
                    a, b = tt.split("/")
                    tt = a[-2:] + str(int(b[:-1])) + b[-1]
                elif len(tt) == 12:
                    tt = tt[2:4] + str(int(tt[4:11])) + tt[11]
                assert tt == canon, ("subject PNC mismatch", t)
            else:
                assert norm(t).lstrip("0") == norm(ids[key]).lstrip("0"), ("subject id mismatch", t)

# ---------------------------------------------------------------- building
BUNDLES = []
PUBLIC_BODIES = []


def body(name, phones=(), postcodes=(), addresses=(), emails=()):
    PUBLIC_BODIES.append({"name": name, "phones": list(phones), "postcodes": list(postcodes),
                          "addresses": list(addresses), "emails": list(emails)})


def word_occurrences(text, needle):
    i = 0
    while True:
        j = text.find(needle, i)
        if j < 0:
            return
        before = text[j - 1] if j > 0 else " "
        after = text[j + len(needle)] if j + len(needle) < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            yield j
        i = j + 1


def build_bundle(bid, subject, docs):
    """docs: list of (kind, [page_src, ...])"""
    documents = []
    for i, (kind, pages) in enumerate(docs):
        assert re.match(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", kind), kind
        plains, truth = [], []
        for pi, src in enumerate(pages):
            plain, spans = parse_page(src)
            plains.append(plain)
            for sp in spans:
                truth.append(dict(page=pi, **sp))
        documents.append({"id": "doc-%02d" % (i + 1), "kind": kind, "pages": plains,
                          "truth": truth})
    check_bundle(subject, documents)
    out_subject = {k: v for k, v in subject.items() if not k.startswith("_")}
    return {"bundle_id": bid, "subject": out_subject, "documents": documents}


def check_bundle(subject, documents):
    labelled = set()
    for d in documents:
        prev = None
        for sp in d["truth"]:
            page = d["pages"][sp["page"]].encode("utf-8")
            assert page[sp["begin"]:sp["end"]].decode("utf-8") == sp["text"], sp
            assert sp["text"] == sp["text"].strip() and sp["text"], sp
            assert "\n" not in sp["text"], sp
            assert sp["text"][0].isalnum(), ("span starts with punctuation", sp)
            assert sp["text"][-1].isalnum() or (sp["category"] == "name" and sp["text"][-1] == "."), (
                "span ends with punctuation", sp)
            if prev is not None and prev["page"] == sp["page"]:
                assert sp["begin"] >= prev["end"], ("overlap/order", sp)
            if prev is not None:
                assert sp["page"] >= prev["page"], sp
            prev = sp
            validate_span(sp, subject)
            labelled.add(sp["text"])
    # labelled once => labelled wherever it occurs (whole-word, exact case)
    for d in documents:
        for pi, page in enumerate(d["pages"]):
            cover = []
            pb = page.encode("utf-8")
            for sp in d["truth"]:
                if sp["page"] == pi:
                    cb = len(pb[:sp["begin"]].decode("utf-8"))
                    cover.append((cb, cb + len(sp["text"])))
            for val in labelled:
                for j in word_occurrences(page, val):
                    assert any(a <= j and j + len(val) <= b for a, b in cover), (
                        "unlabelled occurrence", d["id"], d["kind"], pi, val,
                        page[max(0, j - 40):j + len(val) + 40])
    # public-body values are listed
    pb_vals = {"phone": set(), "postcode": set(), "address": set(), "email": set()}
    for b in PUBLIC_BODIES:
        for k, key in (("phone", "phones"), ("postcode", "postcodes"),
                       ("address", "addresses"), ("email", "emails")):
            pb_vals[k].update(b[key])
    for d in documents:
        for sp in d["truth"]:
            if sp["party"] == "public_body":
                assert sp["text"] in pb_vals[sp["category"]], ("not in yaml", sp)
            else:
                if sp["category"] in pb_vals:
                    assert sp["text"] not in pb_vals[sp["category"]], ("private value in yaml", sp)


def yq(s):
    return "'" + s.replace("'", "''") + "'"


def write_yaml(path):
    lines = ["version: 1", "bodies:"]
    for b in PUBLIC_BODIES:
        lines.append("  - name: " + yq(b["name"]))
        for key in ("phones", "postcodes", "addresses", "emails"):
            if b[key]:
                lines.append("    %s: [%s]" % (key, ", ".join(yq(x) for x in b[key])))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =====================================================================
# BUNDLE 01 - Afghan Hazara man; asylum refusal, deportation, FtT/UT appeal,
# immigration detention and bail (Home Office, tribunals, contractors)
# =====================================================================
body("Home Office Immigration Enforcement - Criminal Casework",
     phones=["020 7946 0118"], postcodes=["ZA9 4TU"],
     addresses=["Lindum House, 3 Weir Lane, Ashgrove"],
     emails=["fnocasework@homeoffice.example.gov.uk"])
body("Marrowby Immigration Removal Centre",
     phones=["01632 960221"], postcodes=["ZF6 3AE"],
     addresses=["Fenside Road, Marrowby",
                "Marrowby Immigration Removal Centre, Fenside Road, Marrowby"],
     emails=["marrowby.irc.welfare@detention.example.gov.uk"])
body("Kelbridge City Council Children's Services",
     phones=["0113 496 0477"], postcodes=["ZD1 5WS"],
     addresses=["Civic Offices, Bastion Street, Kelbridge"],
     emails=["cs.duty@kelbridge.example.gov.uk"])
body("First-tier Tribunal (Immigration and Asylum Chamber), Kelbridge Hearing Centre",
     phones=["0113 496 0210"], postcodes=["ZD1 2HB"],
     addresses=["Carrick House, 9 Mill Street, Kelbridge"],
     emails=["kelbridge.iac@justice.example.gov.uk"])
body("Upper Tribunal (Immigration and Asylum Chamber)",
     phones=["020 7946 0640"], postcodes=["ZN4 1RA"],
     addresses=["Seaton Chambers, 15 Breams Walk, London"],
     emails=["utiac.permissions@justice.example.gov.uk"])
body("Kelbridge Immigration Reporting Centre",
     phones=["0113 496 0288"], postcodes=["ZD3 8EW"],
     addresses=["Unit 4, Riverside Business Park, Kelbridge"])

S1 = {
    "name": "Mohammad Reza AHMADI",
    "aliases": ["Reza AHMADI", "Mohammadreza AHMADI", "Mohamad Reza AHMADY", "Reza"],
    "date_of_birth": "2003-01-01",
    "_other_dobs": ["2005-09-14"],
    "prison_number": "G4821TK",
    "identifiers": {"pnc": "2021/0456123E", "cro": "38291/21G", "nhs_number": "999 412 7381"},
    "contact": {"addresses": ["Flat 3, 27 Tannery Lane, Kelbridge ZD4 7QT",
                              "Room 12, Hollins Hotel, 4 Station Parade, Marrowby ZF2 9LS"],
                "phones": ["07700 900318"],
                "emails": ["reza.ahmadi03@example.com"]},
}

HO_HEAD = ("Home Office\nImmigration Enforcement - Criminal Casework\n"
           "{adb|Lindum House, 3 Weir Lane, Ashgrove} {pcb|ZA9 4TU}\n"
           "Tel {phb|020 7946 0118}   Email {emb|fnocasework@homeoffice.example.gov.uk}\n")

b1d1p1 = HO_HEAD + """
OFFICIAL - SENSITIVE: PERSONAL

Mr {ns|Mohammad Reza AHMADI}
c/o {adb|Marrowby Immigration Removal Centre, Fenside Road, Marrowby} {pcb|ZF6 3AE}

Date of this letter: 14 March 2025

""" + tbl([
    ["Name:", "{ns|Mohammad Reza AHMADI}"],
    ["Also known as:", "{ns|Mohammadreza AHMADI}; {ns|Reza AHMADY}"],
    ["Date of birth:", "{bs|01/01/2003} (as recorded) / {bs|14/09/2005} (as claimed)"],
    ["Nationality:", "Afghan"],
    ["Prison number:", "{pns|G4821TK}"],
    ["PNC:", "{pncs|21/456123E}"],
    ["Passport:", "{pps|P03916452} (Afghan, expired; held by Home Office)"],
]) + """

DECISION TO REFUSE YOUR PROTECTION AND HUMAN RIGHTS CLAIM

1. This letter explains why your claim for asylum and your human rights
claim, made on 2 October 2024 in response to the notice of decision to
deport, have been refused.

2. You claim to be a Shia Hazara from Jaghori district, Ghazni province. You
state that your father, {nt|Ghulam Sakhi AHMADI}, was killed in 2021 and that
your mother {nt|Fatima} and your sister {nt|Masooma} now live in Quetta. You
say that you left Afghanistan with the help of an agent you knew only as
"{nt|Haji Naseer}" and that you travelled through Iran, Turkey and Bulgaria.

3. You were interviewed on 11 December 2024 by {nf|Daniel ROSS} with the
assistance of a Dari interpreter. You confirmed at the start of the interview
that you were fit and well and that you understood the interpreter.
"""
b1d1p2 = """{ns|AHMADI, Mohammad Reza} - Reasons for refusal - page 2 of 2

4. It is noted that in your screening interview you gave your date of birth
as {bs|14 September 2005}. A Merton-compliant age assessment by Kelbridge City
Council concluded that you were an adult and your date of birth was recorded
as {bs|1 January 2003}. You did not challenge that assessment.

5. On 9 November 2021 at Kelbridge Crown Court you were convicted of wounding
and sentenced to 16 months' imprisonment. The victim, {nt|Lewis PRYCE}, needed
stitches to a facial wound. You are a foreign criminal as defined in section
117D of the Nationality, Immigration and Asylum Act 2002.

6. You claim that your uncle, {nt|Abdul Hussain JAFARI}, of {adt|56 Orchard Rise, Kelbridge}
{pct|ZD6 2LP}, would support you. Mr {nt|JAFARI} has not provided a statement.
While at liberty you lived at {ads|Flat 3, 27 Tannery Lane, Kelbridge} {pcs|ZD4 7QT}
and before that at {ads|Room 12, Hollins Hotel, 4 Station Parade, Marrowby}
{pcs|ZF2 9LS}.

7. For the reasons above your claim is refused. You have a right of appeal to
the First-tier Tribunal. If you do not have a representative you may contact
the Tribunal on {phb|0113 496 0210}.

{nf|D. Ross}
Executive Officer, on behalf of the Secretary of State

cc: {nt|Chidinma OKAFOR}, Northgate Law ({emt|c.okafor@northgatelaw.example.co.uk.cjsm.net})
"""

b1d2p1 = """KELBRIDGE CITY COUNCIL - CHILDREN'S SERVICES
{adb|Civic Offices, Bastion Street, Kelbridge} {pcb|ZD1 5WS}   Tel {phb|0113 496 0477}
Duty inbox: {emb|cs.duty@kelbridge.example.gov.uk}

AGE ASSESSMENT - OUTCOME SUMMARY (short form, for Home Office)

""" + tbl([
    ["Young person:", "{ns|AHMADI, Mohammad Reza}"],
    ["Name used day to day:", "\"{ns|Reza}\""],
    ["Claimed DOB:", "{bs|14.09.2005}"],
    ["Assessed DOB:", "{bs|01.01.2003}"],
    ["Placement at time:", "{ads|Room 12, Hollins Hotel, 4 Station Parade, Marrowby} {pcs|ZF2 9LS}"],
    ["Mobile given:", "{phs|07700 900145}"],
    ["Assessing workers:", "{nf|Gareth DUNMORE} (SW), {nf|Amara NWOSU} (SW)"],
    ["Interpreter:", "{nf|Farid NOORI} (Dari), booked through the council's contract"],
    ["Appropriate adult:", "{nt|Bernadette KEANE}, St Columba's Refugee Drop-in"],
]) + """

Sessions: 3 (19, 24 and 30 March 2021), each with a Dari interpreter.

Summary of reasons
- {ns|Reza} gave a consistent account of his village and schooling but could
  not explain how he knew his birth date; he said his mother {nt|Fatima} told
  him the month "after the harvest".
- Physical appearance and demeanour were considered together with the
  account, not on their own.
- Hotel manager {nt|Vikram SETHI} said {ns|Reza} had told other residents he
  was older; Mr {nt|SETHI} did not wish to give a formal statement.
- Sister {nt|Bernadette} observed that {ns|Reza} was quiet and anxious.

Conclusion: assessed as an adult. Assessed date of birth {bs|1/1/2003}.

Signed {nf|G. Dunmore} / {nf|A. Nwosu}     Contact: {emf|gareth.dunmore@kelbridge.example.gov.uk},
direct line {phf|0113 496 0481}
"""

b1d3p1 = """HOME OFFICE BIOMETRICS - EURODAC HIT RESPONSE (PRINTOUT)
Requested by: Criminal Casework, FNO Returns Team B
Checked by:   IO {nf|Bethan LLOYD}   Direct dial {phf|020 7946 0125}

""" + tbl([
    ["SURNAME", "FORENAMES", "DOB", "SEX", "NAT"],
    ["{ns|AHMADI}", "{ns|MOHAMMAD REZA}", "{bs|01-JAN-2003}", "M", "AFG"],
    ["{ns|AHMADY}", "{ns|REZA}", "{bs|14-SEP-2005}", "M", "AFG"],
    ["{ns|AHMADI}", "{ns|MOHAMMADREZA}", "{bs|14-SEP-2005}", "M", "AFG"],
]) + """

Hits returned: 2

""" + tbl([
    ["MS", "CAT", "DATE TAKEN", "PLACE", "NAME AS RECORDED"],
    ["BG", "1", "2019-07-22", "Harmanli", "{ns|AHMADY REZA}"],
    ["IT", "2", "2019-11-03", "Trieste", "{ns|AHMADI MOHAMMADREZA}"],
]) + """

Notes: The Bulgarian record gives a claimed date of birth matching the one
given in the UK screening interview. The Italian record was taken at the
border. No family members are linked to either record.
PNC cross-check: {pncs|2021/0456123E}  CRO {cros|38291/21G}  (fingerprints match)
"""

b1d4p1 = """HOME OFFICE BAIL SUMMARY
For the First-tier Tribunal (IAC), {adb|Carrick House, 9 Mill Street, Kelbridge} {pcb|ZD1 2HB}
Hearing by video from {adb|Marrowby Immigration Removal Centre, Fenside Road, Marrowby}

""" + tbl([
    ["Applicant:", "{ns|Mohammad Reza AHMADI}"],
    ["DOB:", "{bs|01/01/2003}"],
    ["Prison no.:", "{pns|G4821TK}"],
    ["Representative:", "{nt|Chidinma OKAFOR}, Northgate Law, tel {pht|0113 496 0733}"],
    ["HOPO:", "{nf|Kirsty WHITFIELD}, {emf|kirsty.whitfield@homeoffice.example.gov.uk}"],
]) + """

1. Immigration history. The applicant arrived clandestinely on 27 January
2020 and claimed asylum. He was placed at {ads|Room 12, Hollins Hotel, 4 Station Parade, Marrowby}
and later dispersed to {ads|Flat 3, 27 Tannery Lane, Kelbridge}.

2. Criminality. Convicted 9 November 2021 of wounding (victim {nt|Lewis PRYCE});
16 months. Released to immigration detention on 30 July 2022, bailed on
2 September 2022, re-detained 6 February 2025.

3. Compliance. He was required to report at {adb|Unit 4, Riverside Business Park, Kelbridge}
{pcb|ZD3 8EW}. He missed three reporting events in late 2024. When contacted on
{phs|07700 900318} he said his old number, {phs|07700 900145}, had been
cut off and that he had been unwell.
"""
b1d4p2 = """Bail summary - {ns|AHMADI} - page 2

4. Proposed address. The applicant proposes to live with his maternal uncle
{nt|Abdul Hussain JAFARI} (DOB {bt|12/05/1979}) at {adt|56 Orchard Rise, Kelbridge} {pct|ZD6 2LP}.
Mr {nt|JAFARI} is a British citizen, NINO {nit|WP 18 46 37 A}, mobile
{pht|07700 900562}. His wife {nt|Zainab} and three children also live at the
address. Police have no adverse trace on Mr {nt|JAFARI}.

5. The Secretary of State opposes bail. Removal directions are not yet set
but a travel document interview is planned. The risk of absconding is high
given the missed reporting events, and there is a risk of reoffending.

6. If the Tribunal is minded to grant bail, the Secretary of State asks for a
residence condition at the uncle's address, electronic monitoring and
reporting at {adb|Unit 4, Riverside Business Park, Kelbridge} (tel {phb|0113 496 0288}).

{nf|K. Whitfield}, Senior Presenting Officer, 4 April 2025
"""

b1d5p1 = """IN THE FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)

BETWEEN
                        {ns|MOHAMMAD REZA AHMADI}
                                                            Appellant
                                 and
              SECRETARY OF STATE FOR THE HOME DEPARTMENT
                                                            Respondent

                 APPELLANT'S SKELETON ARGUMENT

Introduction
1. The Appellant ("{ns|MRA}") is a Shia Hazara from Ghazni. He appeals against
the refusal of his protection and human rights claims dated 14 March 2025.

2. The Tribunal will hear evidence from {ns|MRA} (with a Dari interpreter) and
from his uncle, {nt|Abdul Hussain JAFARI}. The Tribunal is also referred to
the report of Dr {nt|Hamid SULTANI}, country expert, and to a letter from
{nt|Bernadette KEANE} of St Columba's Refugee Drop-in.

Issues
3. (a) Whether {ns|MRA}'s account of the death of his father, {nt|Ghulam Sakhi AHMADI},
is credible; (b) whether he would be at real risk on return as a Hazara
returnee perceived as westernised; (c) whether deportation would breach
Article 8, given his relationship with his uncle's family.

4. The Respondent's point about the date of birth is misconceived: an Afghan
{ns|Reza} would not ordinarily know a Gregorian birth date, and the date
{bs|14/09/2005} was calculated by the interpreter at screening.
"""
b1d5p2 = """{ns|AHMADI} v SSHD - Appellant's skeleton - page 2

5. Dr {nt|SULTANI} explains that "{nt|Haji Naseer}" is a generic name used by
smugglers in Nimroz and that the Appellant's description of the route is
consistent with other accounts.

6. The uncle, Mr {nt|JAFARI}, and his wife {nt|Zainab JAFARI} visit {ns|Reza}
weekly. Their children call him "Kaka {ns|Reza}". The family would provide
a home at {adt|56 Orchard Rise, Kelbridge}.

7. The Appellant accepts his conviction. He has written to Mr {nt|PRYCE} through
the restorative justice service but has not had a reply.

{nt|ELENI PAPADOPOULOU}
Counsel for the Appellant, instructed by Northgate Law
({nt|Chidinma OKAFOR}, {emt|c.okafor@northgatelaw.example.co.uk.cjsm.net})
17 April 2025
"""

b1d6p1 = """UPPER TRIBUNAL
(IMMIGRATION AND ASYLUM CHAMBER)
{adb|Seaton Chambers, 15 Breams Walk, London} {pcb|ZN4 1RA}
{phb|020 7946 0640}  {emb|utiac.permissions@justice.example.gov.uk}

                 DECISION ON APPLICATION FOR PERMISSION TO APPEAL

Between
{ns|Mohammad Reza Ahmadi}                                           Appellant
and
The Secretary of State for the Home Department                   Respondent

Representation (paper application):
For the Appellant:  Ms {nt|E. Papadopoulou}, Counsel, instructed by Northgate Law
For the Respondent: Ms {nf|K. Whitfield}, Senior Presenting Officer

1. The Appellant appeals, with permission refused by the First-tier Tribunal,
against the decision of First-tier Tribunal Judge {nf|Rhiannon PRICE}
dismissing his appeal following a hearing at Kelbridge.

2. It is arguable that Judge {nf|Price} failed to engage with the report of
Dr {nt|Sultani} and gave no reasons for rejecting the evidence of the uncle,
Mr {nt|Jafari}. It is also arguable that the judge treated the disputed date
of birth as going to core credibility without considering the age-assessment
material, which recorded the Appellant's explanation.

3. Permission to appeal is granted on all grounds.

Signed: {nf|N. Okonjo}
Upper Tribunal Judge {nf|Okonjo}
Date: 2 June 2025
"""

b1d7p1 = """BRACKENRIDGE ESCORTING SERVICES - on behalf of the Home Office
MOVEMENT ORDER / DETAINEE MANIFEST                         Vehicle: cellular van 3
From: {adb|Marrowby Immigration Removal Centre, Fenside Road, Marrowby} {pcb|ZF6 3AE}
To:   First-tier Tribunal, {adb|Carrick House, 9 Mill Street, Kelbridge} {pcb|ZD1 2HB}
Date: 19 May 2025     Depart 07:40

Crew: DCO {nf|Lee HARGREAVES} (crew commander), DCO {nf|Tamsin COLE}
Crew mobile (duty): {phf|07700 900214}

""" + tbl([
    ["#", "NAME", "DOB", "NAT", "REF", "FLAGS"],
    ["1", "{ns|AHMADI, Mohammad Reza}", "{bs|01/01/2003}", "AFG", "{pns|G4821TK}", "FNO; interpreter (Dari)"],
    ["2", "{nt|SALIH, Kamaran Hama}", "{bt|08/03/1994}", "IRQ", "{pnt|A5528DV}", "FNO; diabetic"],
    ["3", "{nt|KAEWKANYA, Somchai}", "{bt|21/11/1988}", "THA", "-", "none"],
]) + """

Property / medication (detainee 1):
  1 x mobile phone, SIM for {phs|07700 900318} (sealed bag)
  Sertraline - NHS no. {nhss|999 412 7381} (IRC healthcare to supply)

Occurrence log
07:32 Detainee {ns|AHMADI} searched by DCO {nf|Cole}; nothing found.
07:35 Detainee {nt|SALIH} asked for his insulin; supplied by IRC nurse.
09:05 Arrived Kelbridge. {ns|AHMADI} met by interpreter {nf|Farid NOORI}.
12:50 {ns|AHMADI} became upset after hearing; spoke to uncle
      (Mr {nt|JAFARI}) in the waiting area, supervised by {nf|Hargreaves}.
13:30 Departed. Detainee {nt|KAEWKANYA} returned to IRC at 14:55.

Signed {nf|L. Hargreaves}
"""

b1d8p1 = """HOME OFFICE - ASYLUM INTERVIEW RECORD (AIR) - EXTRACT
Interviewing officer: {nf|Daniel ROSS}       Interpreter: {nf|Farid NOORI} (Dari)
Applicant: {ns|AHMADI, Mohammad Reza}        DOB: {bs|01/01/2003}
Legal representative present: none (tape recording requested and made)
Date: 11 December 2024, {adb|Lindum House, 3 Weir Lane, Ashgrove}

Q14 What is your full name and is it the name on your tazkira?
A   {ns|Mohammad Reza}, son of {nt|Ghulam Sakhi}. My family name is {ns|Ahmadi}.
    At home everyone called me {ns|Reza}. In Bulgaria they wrote {ns|Ahmady}.
Q15 Who is in your family?
A   My father {nt|Ghulam Sakhi} (dead), my mother {nt|Fatima}, my sister
    {nt|Masooma}. My father's brother {nt|Mohammad Ishaq} was also killed.
Q22 When were you born?
A   My mother says autumn, after the harvest. In the UK I said {bs|14/09/2005}
    because the interpreter worked it out. The council wrote {bs|1.1.2003}.
Q31 Who helped you leave?
A   "{nt|Haji Naseer}". I never knew his real name. My uncle {nt|Abdul Hussain}
    in England paid him.
Q40 What is your uncle's address and number?
A   {adt|56 Orchard Rise, Kelbridge}. His number is {pht|07700 900562}.
Q41 What is your own number and email?
A   {phs|07700 900318}, and {ems|reza.ahmadi03@example.com}. My old number
    {phs|07700 900145} was stopped.
Q48 Have you had contact with anyone from your village in the UK?
A   Only {nt|Sakina RAHIMI}, who lives in Kelbridge. She knew my mother.
    Her number is {pht|07700 900576}.
"""
b1d8p2 = """AIR extract - {ns|AHMADI, Mohammad Reza} - continuation

Q52 Why did you attack {nt|Mr Pryce}?
A   I did not plan it. He said bad words about Hazara people. I am sorry.
Q60 Do you have any health problems?
A   I take tablets for sleep. My NHS number is on my card: {nhss|9994127381}.
Q61 Do you have any documents?
A   My Afghan passport {pps|P03916452} is with the Home Office.

Interview ended 14:05. Applicant confirmed he understood the interpreter.
Read-back declined. Copy of recording to {nt|Ms OKAFOR} on request.
Officer: {nf|D. ROSS}
"""
b1d8p2 = b1d8p2.replace("{nt|Mr Pryce}", "Mr {nt|Pryce}").replace("{nt|Ms OKAFOR}", "Ms {nt|OKAFOR}")

BUNDLES.append(build_bundle("eval16-01", S1, [
    ("home-office-reasons-for-refusal-letter", [b1d1p1, b1d1p2]),
    ("age-assessment-outcome-summary", [b1d2p1]),
    ("eurodac-fingerprint-match-record", [b1d3p1]),
    ("home-office-bail-summary", [b1d4p1, b1d4p2]),
    ("appeal-skeleton-argument", [b1d5p1, b1d5p2]),
    ("upper-tribunal-permission-decision", [b1d6p1]),
    ("escort-contractor-movement-order", [b1d7p1]),
    ("asylum-substantive-interview-extract", [b1d8p1, b1d8p2]),
]))

# =====================================================================
# BUNDLE 02 - Polish woman; fraud by abuse of position at a care agency;
# police economic crime unit, CPS, Crown Court, POCA restraint/confiscation
# =====================================================================
body("Hollinsford Police Economic Crime Unit",
     phones=["0161 496 0350"], postcodes=["YB1 8DQ"],
     addresses=["Stanier House, 2 Canal Street, Hollinsford"],
     emails=["ecu@hollinsford.police.example.uk"])
body("Crown Prosecution Service - North Complex Casework Unit",
     phones=["0161 496 0902"], postcodes=["YB1 4NU"],
     addresses=["1 Exchange Walk, Hollinsford"],
     emails=["ccu.north@cps.example.gov.uk"])
body("Hollinsford Crown Court",
     phones=["0161 496 0555"], postcodes=["YB1 2PF"],
     addresses=["Minshull Square, Hollinsford"],
     emails=["crowncourt.hollinsford@justice.example.gov.uk"])
body("National Crime Agency - UK Financial Intelligence Unit",
     emails=["ukfiu.returns@nca.example.gov.uk"])

S2 = {
    "name": "Małgorzata Joanna KOWALCZYK",
    "aliases": ["Gosia KOWALCZYK", "Margaret KOWALCZYK", "Małgorzata ZIELIŃSKA",
                "Malgorzata KOWALCZYK", "M. J. Kowalczyk"],
    "date_of_birth": "1987-03-22",
    "identifiers": {"ni_number": "SN 41 27 83 C", "pnc": "2024/0310577Y", "cro": "7731/24J",
                    "crn": "D482915"},
    "contact": {"addresses": ["14 Wrenfield Close, Hollinsford YB7 3NP"],
                "phones": ["07700 900527"],
                "emails": ["gosia.kowalczyk@example.net"]},
}

b2d1p1 = """INDICTMENT                                              No. of counts: 4

                        IN THE CROWN COURT AT HOLLINSFORD
                   {adb|Minshull Square, Hollinsford} {pcb|YB1 2PF}

                                  THE KING
                                     v
                      {ns|MAŁGORZATA JOANNA KOWALCZYK}
                                    and
                             {nt|ANDREJS BĒRZIŅŠ}

{ns|MAŁGORZATA JOANNA KOWALCZYK} and {nt|ANDREJS BĒRZIŅŠ} are charged as follows:

COUNT 1
STATEMENT OF OFFENCE
Fraud by abuse of position, contrary to sections 1 and 4 of the Fraud Act 2006.
PARTICULARS OF OFFENCE
{ns|MAŁGORZATA JOANNA KOWALCZYK}, between 1 March 2022 and 30 November 2023,
occupying a position as office manager of Brightwater Homecare Ltd in which
she was expected to safeguard the financial interests of {nt|DOREEN HASLAM},
dishonestly abused that position intending to make a gain for herself.

COUNT 2
As count 1, in respect of {nt|MARIA GRAZIA LOMBARDI}.

COUNT 3
As count 1, in respect of {nt|STAVROS GEORGIOU}.

COUNT 4
STATEMENT OF OFFENCE
Converting criminal property, contrary to section 327(1)(c) of the Proceeds
of Crime Act 2002.
PARTICULARS OF OFFENCE
{nt|ANDREJS BĒRZIŅŠ}, between 1 April 2022 and 31 December 2023, converted
criminal property, namely money credited to an account held in his name.

                                   Signed: an officer of the Crown Court
                                   Date: 6 January 2025
"""

b2d2p1 = """MG15 - RECORD OF INTERVIEW (SDN)                       RESTRICTED (when complete)
Hollinsford Police - Economic Crime Unit
{adb|Stanier House, 2 Canal Street, Hollinsford} {pcb|YB1 8DQ}

""" + tbl([
    ["Person interviewed:", "{ns|KOWALCZYK, Małgorzata Joanna}", "DOB: {bs|22/03/1987}"],
    ["Address:", "{ads|14 Wrenfield Close, Hollinsford} {pcs|YB7 3NP}", ""],
    ["Interviewer(s):", "DC {nf|Euan MACLEOD}, DS {nf|Fiona McTAGGART}", ""],
    ["Interpreter:", "{nf|Ewa DĄBROWSKA} (Polish)", ""],
    ["Legal adviser:", "{nt|Tomasz NOWICKI}, Harlow Pike Solicitors", ""],
    ["Place:", "Hollinsford custody suite, interview room 3", ""],
    ["Date/time:", "14 May 2024, 10:12 to 11:47", ""],
]) + """

Summary of interview
- Caution given and understood. {ns|KOWALCZYK} chose to answer in English
  but asked the interpreter to help with some questions.
- She confirmed she was known at work as "{ns|Gosia}" and that before her
  marriage she was {ns|Małgorzata ZIELIŃSKA}. She lives with her husband
  {nt|Paweł KOWALCZYK} and their daughter {nt|Zuzanna}.
- She accepted she had online access to client accounts set up by families
  so that she could pay care invoices. She said that client "{nt|Doreen}"
  had asked her to "look after the money" because her son {nt|Gary HASLAM}
  lived abroad.
- Shown bank records for account {acs|53918264}, sort code {scs|20-45-77}: she
  agreed the account and its debit card were hers.
"""
b2d2p2 = """MG15 continued - {ns|M. J. Kowalczyk} - page 2 of 2

- Asked about 37 transfers to a Bank of the Union account she said it
  belonged to "{nt|Andrejs}", a friend of her brother-in-law, who bought
  second-hand cars for export. She denied knowing the money was from
  clients.
- Asked why logins to client accounts came from IP address {ips|198.51.100.142},
  the home broadband at {ads|14 Wrenfield Close}, she said her husband also used the
  laptop. She said {nt|Paweł} "knows nothing about computers".
- Asked about her previous address, {ads|Flat 2, 88 Chandlers Row, Hollinsford}
  {pcs|YB3 1HW}, and the phone {phs|07700 900733}, she said she left both in 2021.
  Her current mobile is {phs|07700 900527}.
- She gave her old email as {ems|m.zielinska87@example.org} and her current
  email as {ems|gosia.kowalczyk@example.net}.
- Prepared statement read by Mr {nt|NOWICKI}: denies dishonesty; says
  {nt|Mrs Lombardi}'s daughter agreed the payments.

Interview concluded 11:47. Tapes sealed; master exhibit ECU/3.
Officer: DC {nf|E. MacLeod}   Tel {phf|0161 496 0371}   {emf|euan.macleod@hollinsford.police.example.uk}
"""
# fix: "Mrs Lombardi" title must sit outside the span
b2d2p2 = b2d2p2.replace("{nt|Mrs Lombardi}", "Mrs {nt|Lombardi}")

b2d3p1 = """[scanned fax - 4 pages received; OCR text follows, quality poor]

MIDLAND C0UNTIES BANK plc - Financial Crirne Investigations
SUSPICI0US ACTIVITY REPORT - extract disclosed to police under
court order (POCA s.345). Onward disclosure restricted.

Reporter: {nt|Priya RAMASWAMY}, Investigator      Tel: {pht|0114 496 0287}
MLRO:     {nt|Neil CAVENDISH}

SUBJECT 1
  Narne ........ {ns|KOWALCZYK MALGORZATA J}
  D0B .......... {bs|22.03.1987}
  Addr ......... {ads|14 Wrenfie1d Close, Hollinsford} {pcs|YB7 3NP}
  Sort code .... {scs|20-45-77}     Acc no ..... {acs|53918264}
  IBAN ......... {ibs|GB31 MIDL 2045 7753 9182 64}
  Debit card ... {cds|4532 0178 9112 7659}
  NINO ......... {nis|SN412783C}
  ID seen ...... Polish passport {pps|EK4719302}; UK DL {dls|KOWAL853227MJ9XT}

SUBJECT 2
  Narne ........ {nt|BERZINS ANDREJS}
  D0B .......... {bt|13/06/1990}
  Addr ......... {adt|Flat 5, 3 Gasworks Yard, Hollinsford} {pct|YB4 6TG}
  Sort code .... {sct|30-94-12}     Acc no ..... {act|71046625}
  IBAN ......... {ibt|GB18 BUKB 3094 1271 0466 25}
  Mobile ....... {pht|07700 900690}
"""
b2d3p2 = """SAR extract - Subject 1 {ns|KOWALCZYK MALGORZATA J} - continuation

REAS0N FOR SUSPICI0N
Between Apr 2022 and Nov 2023 the account received 41 credits from accounts
of elderly customers of other banks, described as "care fees" or "shopping".
Funds were moved within hours to Subject 2. Online banking logins for
Subject 1 came from {ips|198.51.100.142}; logins for Subject 2 came from
{ipt|203.0.113.9}. Card {cds|4532 0178 9112 7659} was used to buy gift cards.

Payer accounts identified (third-party banks):
""" + tbl([
    ["Payer", "Sort code", "Account", "Credits"],
    ["{nt|HASLAM D}", "{sct|60-17-33}", "{act|28193054}", "17"],
    ["{nt|LOMBARDI M G}", "{sct|09-01-28}", "{act|40772915}", "14"],
    ["{nt|GEORGIOU S}", "{sct|40-22-16}", "{act|16620483}", "10"],
], indent="  ") + """

Contact for this report: {nt|P. Ramaswamy}  {emt|p.ramaswamy@midlandcounties.example.co.uk}
NCA ref to be quoted to {emb|ukfiu.returns@nca.example.gov.uk}
"""

b2d4p1 = """IN THE CROWN COURT AT HOLLINSFORD
PROCEEDS OF CRIME ACT 2002, SECTION 41 - RESTRAINT ORDER
SCHEDULE OF ASSETS (Schedule A to the order made by HHJ {nf|Charles MORETON}, 3 June 2024)

Specified defendant: {ns|MAŁGORZATA JOANNA KOWALCZYK} (born {bs|22 March 1987})
of {ads|14 Wrenfield Close, Hollinsford} {pcs|YB7 3NP}

Part 1 - Realisable property held by the defendant
""" + tbl([
    ["Item", "Description", "Held by"],
    ["1", "Freehold {ads|14 Wrenfield Close, Hollinsford}", "joint, with {nt|Paweł KOWALCZYK}"],
    ["2", "Account {acs|53918264}, s/c {scs|20-45-77}, Midland Counties Bank", "defendant"],
    ["3", "Vehicle Skoda Octavia, reg {vrs|LR19 KWZ}", "defendant"],
    ["4", "Premium bonds (holder no. withheld)", "defendant"],
    ["5", "Gift cards bought with the debit card (item 2)", "defendant"],
]) + """

Part 2 - Property of third parties affected
  The defendant's husband, {nt|Paweł KOWALCZYK} (DOB {bt|02/10/1984}), has a
  beneficial interest in item 1 and may apply to vary. He may be contacted
  through his solicitors or on {pht|07700 900529}.

Part 3 - Allowances
  The defendant may spend £250 a week on living expenses and reasonable legal
  expenses. Child benefit for {nt|Zuzanna KOWALCZYK} is not restrained.

Served on the defendant by DC {nf|MacLeod} on 4 June 2024 at her home.
Enquiries: Financial Investigator {nf|Sharon McBRIDE}, {phf|0161 496 0366},
{emf|sharon.mcbride@hollinsford.police.example.uk} or the ECU on {phb|0161 496 0350}.
"""

b2d5p1 = """IN THE CROWN COURT AT HOLLINSFORD                       R v {ns|KOWALCZYK}
STATEMENT OF INFORMATION UNDER SECTION 16 PROCEEDS OF CRIME ACT 2002
Prosecutor: Crown Prosecution Service, {adb|1 Exchange Walk, Hollinsford} {pcb|YB1 4NU}
Reviewing lawyer: {nf|Anjali SUBRAMANIAM}, Senior Crown Prosecutor

1. Defendant: {ns|Małgorzata Joanna KOWALCZYK}, also known as "{ns|Margaret KOWALCZYK}"
(the name on her Brightwater payroll record), date of birth {bs|1987-03-22},
NINO {nis|SN 41 27 83 C}, PNC {pncs|24/310577Y}, CRO {cros|7731/24J}.

2. The defendant was convicted on 12 March 2025 of counts 1 to 3. The
co-defendant {nt|Andrejs BĒRZIŅŠ} (PNC {pnct|2019/0088412N}, CRO {crot|104522/19J})
was convicted of count 4. Pre-sentence reports: Probation Service, CRN
{crns|D482915} ({ns|KOWALCZYK}) and CRN {crnt|D319047} ({nt|BĒRZIŅŠ}).

3. Benefit. The defendant has a criminal lifestyle (s.75(2)(c)). The
prosecutor's figure for benefit is £61,942.18, made up as follows:
""" + tbl([
    ["Source", "Amount (£)"],
    ["Transfers from {nt|Mrs D. HASLAM}", "18,460.00"],
    ["Transfers from {nt|Ms M. G. LOMBARDI}", "15,215.50"],
    ["Transfers from {nt|Mr S. GEORGIOU}", "11,090.00"],
    ["Assumed benefit (s.10), deposits 2019-2023", "17,176.68"],
], indent="   ") + """
"""
b2d5p1 = b2d5p1.replace("{nt|Mrs D. HASLAM}", "Mrs {nt|D. HASLAM}").replace(
    "{nt|Ms M. G. LOMBARDI}", "Ms {nt|M. G. LOMBARDI}").replace("{nt|Mr S. GEORGIOU}", "Mr {nt|S. GEORGIOU}")
b2d5p2 = """R v {ns|KOWALCZYK} - s.16 statement - page 2

4. Available amount. The prosecutor relies on the defendant's half share of
{ads|14 Wrenfield Close, Hollinsford} (equity about £84,000), account
{acs|53918264} and the vehicle {vrs|LR19 KWZ}. The defendant's husband,
{nt|Mr Kowalczyk}, has been given notice under s.10A and his solicitors,
Harlow Pike, have been sent this statement.

5. The defendant previously held an account in her maiden name,
{ns|ZIELIŃSKA}, at the same bank (IBAN {ibs|GB31 MIDL 2045 7753 9182 64} is the
current account). Her debit card was used to buy gift cards,
{cds|4532 0178 9112 7659}.

6. Compensation. The prosecutor invites compensation orders in favour of the
three complainants, to be paid from the confiscated sum. {nt|Mr Georgiou}'s
daughter-in-law, {nt|Eleni GEORGIOU}, manages his affairs and has asked to be
kept informed at {emt|eleni.georgiou@example.com}.

Signed {nf|A. Subramaniam}                                          28 March 2025
CPS North CCU, {phb|0161 496 0902}, {emb|ccu.north@cps.example.gov.uk}
"""
b2d5p2 = b2d5p2.replace("{nt|Mr Kowalczyk}", "Mr {nt|Kowalczyk}").replace("{nt|Mr Georgiou}", "Mr {nt|Georgiou}")

b2d6p1 = """HOLLINSFORD POLICE - ECONOMIC CRIME UNIT
OPERATION LANTERN - SCHEDULE OF VICTIM LOSSES (working copy v4)
Prepared by: Financial Investigator {nf|Sharon McBRIDE}

""" + tbl([
    ["V#", "Victim", "DOB", "Address", "Postcode", "Loss (£)"],
    ["1", "{nt|HASLAM, Doreen}", "{bt|19/04/1938}", "{adt|9 Alder Court, Hollinsford}", "{pct|YB5 2QS}", "18,460.00"],
    ["2", "{nt|LOMBARDI, Maria Grazia}", "{bt|03/12/1941}", "{adt|31 Tern Street, Hollinsford}", "{pct|YB6 9HL}", "15,215.50"],
    ["3", "{nt|GEORGIOU, Stavros}", "{bt|27/08/1935}", "{adt|Ground Floor Flat, 7 Cobden Terrace, Hollinsford}", "{pct|YB2 7RJ}", "11,090.00"],
]) + """

Notes
V1 - {nt|Doreen}'s card {cdt|5413 3300 9127 4648} was also used twice at a
     supermarket near {ads|Wrenfield Close}; bank refunded. Her account {act|28193054}
     (s/c {sct|60-17-33}, IBAN {ibt|GB14 NWBK 6017 3328 1930 54}) is now managed by
     her son {nt|Gary HASLAM} under a lasting power of attorney.
V2 - Daughter {nt|Francesca LOMBARDI} (07700 number on file: {pht|07700 900811})
     reported the losses to Brightwater director {nt|Rachel OYELARAN}.
V3 - Witness care: contact via daughter-in-law {nt|Eleni GEORGIOU}.
Suspects: {ns|KOWALCZYK} (S1), {nt|BĒRZIŅŠ} (S2). Vehicle seen at V1's address:
{vrs|LR19 KWZ} (registered keeper S1).
"""

b2d7p1 = """MG6C - POLICE SCHEDULE OF RELEVANT NON-SENSITIVE UNUSED MATERIAL
R v {ns|KOWALCZYK} and {nt|BĒRZIŅŠ}          Page 1 of 2
Disclosure officer: DS {nf|Fiona McTAGGART}

""" + tbl([
    ["No", "Description", "Location"],
    ["1", "Notebook entries of DC {nf|MacLeod}, arrest of {ns|KOWALCZYK} 14/05/24", "ECU store"],
    ["2", "Call log, 101 report by {nt|Rachel OYELARAN} (Brightwater director)", "Niche"],
    ["3", "Brightwater staff rota naming {ns|Gosia K.} and carer {nt|Adaeze NWANKWO}", "ECU store"],
    ["4", "First account of {nt|Francesca LOMBARDI}, not used as evidence", "Niche"],
    ["5", "Phone download summary, handset of {nt|BĒRZIŅŠ} ({pht|07700 900690})", "Digital unit"],
    ["6", "Text messages {ns|Gosia} to {nt|Andrejs}, 2022-23 (142 pages)", "Digital unit"],
    ["7", "Statement of {nt|Paweł KOWALCZYK} declining to give evidence", "ECU store"],
    ["8", "GP letter re capacity of {nt|Mrs HASLAM}", "ECU store"],
]) + """
"""
b2d7p1 = b2d7p1.replace("{nt|Mrs HASLAM}", "Mrs {nt|HASLAM}")
b2d7p2 = """MG6C - R v {ns|KOWALCZYK} and {nt|BĒRZIŅŠ} - Page 2 of 2

""" + tbl([
    ["No", "Description", "Location"],
    ["9", "DVLA keeper record for {vrs|LR19 KWZ} (keeper: {ns|M J KOWALCZYK})", "Niche"],
    ["10", "Email from {emt|francesca.lombardi@example.it} to ECU inbox", "ECU inbox"],
    ["11", "Interpreter booking, {nf|E. Dąbrowska}, 14/05/24", "ECU store"],
    ["12", "Electoral roll check: {ns|ZIELIŃSKA, Małgorzata} at {ads|Flat 2, 88 Chandlers Row, Hollinsford}", "Niche"],
    ["13", "Subscriber check, {phs|07700 900733} (previously used by suspect 1)", "Niche"],
]) + """

Sent to CPS ({emb|ccu.north@cps.example.gov.uk}) on 20 December 2024.
Certified by DS {nf|F. McTaggart}. Reviewed by {nf|A. Subramaniam} (CPS).
"""

b2d8p1 = """IN THE CROWN COURT AT HOLLINSFORD             R v {ns|KOWALCZYK} and {nt|BĒRZIŅŠ}
FORMAL ADMISSIONS UNDER SECTION 10 CRIMINAL JUSTICE ACT 1967

The prosecution and the defendants make the following admissions of fact.

1. The defendant {ns|Małgorzata Joanna KOWALCZYK} (date of birth {bs|22.3.1987})
was employed by Brightwater Homecare Ltd from June 2020 to December 2023 and
was known to staff and clients as "{ns|Gosia}" or "{ns|Margaret}".

2. Account {acs|53918264} (sort code {scs|20-45-77}) and debit card
{cds|4532 0178 9112 7659} were held by and used by {ns|KOWALCZYK} alone.

3. Account {act|71046625} (sort code {sct|30-94-12}) was held by {nt|BĒRZIŅŠ}.

4. Between April 2022 and November 2023, £44,765.50 was transferred from
accounts of {nt|Doreen HASLAM}, {nt|Maria Grazia LOMBARDI} and {nt|Stavros GEORGIOU}
to account {acs|53918264}, and £39,820 was then transferred to account {act|71046625}.

5. The vehicle {vrs|LR19 KWZ} is registered to {ns|KOWALCZYK} at
{ads|14 Wrenfield Close, Hollinsford} {pcs|YB7 3NP}. Before May 2021 her DVLA
address was {ads|Flat 2, 88 Chandlers Row, Hollinsford} {pcs|YB3 1HW}.

6. The internet subscriber for IP address {ips|198.51.100.142} at the material
times was {nt|Paweł KOWALCZYK} at {ads|14 Wrenfield Close, Hollinsford}.

7. {nt|Mrs HASLAM} has dementia and is unable to give evidence. Her son,
{nt|Gary HASLAM}, will not be called.

Signed for the prosecution: {nf|A. Subramaniam}, CPS
Signed for {ns|KOWALCZYK}: {nt|Tomasz NOWICKI}, Harlow Pike Solicitors
Signed for {nt|BĒRZIŅŠ}: {nt|Ilze KALNIŅA}, counsel
Dated 10 March 2025
"""
b2d8p1 = b2d8p1.replace("{nt|Mrs HASLAM}", "Mrs {nt|HASLAM}")

BUNDLES.append(build_bundle("eval16-02", S2, [
    ("crown-court-indictment", [b2d1p1]),
    ("mg15-record-of-interview", [b2d2p1, b2d2p2]),
    ("suspicious-activity-report-extract", [b2d3p1, b2d3p2]),
    ("restraint-order-asset-schedule", [b2d4p1]),
    ("poca-section-16-statement", [b2d5p1, b2d5p2]),
    ("victim-loss-schedule", [b2d6p1]),
    ("mg6c-unused-material-schedule", [b2d7p1, b2d7p2]),
    ("section-10-formal-admissions", [b2d8p1]),
]))

# =====================================================================
# BUNDLE 03 - Black British Caribbean boy; county lines, child criminal
# exploitation, youth court, CPS charging (police, CPS, youth court, YJS)
# =====================================================================
body("Stanwick Police",
     phones=["0121 496 0070"], postcodes=["ZC1 3GA"],
     addresses=["Stanwick Police Station, 40 Harrow Lane, Stanwick"],
     emails=["cce.hub@stanwick.police.example.uk"])
body("Stanwick Magistrates' and Youth Court",
     phones=["0121 496 0188"], postcodes=["ZC1 7LT"],
     addresses=["Law Courts, Priory Road, Stanwick"],
     emails=["stanwick.youth@justice.example.gov.uk"])
body("Stanwick Youth Justice Service",
     phones=["0121 496 0612"], postcodes=["ZC2 4DN"],
     addresses=["Orchard House, 5 Cable Street, Stanwick"],
     emails=["yjs@stanwick.example.gov.uk"])
body("Stanwick Children's Social Care",
     phones=["0121 496 0400"], emails=["cs.frontdoor@stanwick.example.gov.uk"])
body("Ferris Academy",
     phones=["0121 496 0835"], postcodes=["ZC5 8RB"],
     addresses=["Ferris Academy, Ferris Road, Stanwick"])
body("Crown Prosecution Service - Stanwick Youth Team",
     phones=["0121 496 0940"], emails=["youth.stanwick@cps.example.gov.uk"])

S3 = {
    "name": "Jaden Marcus CAMPBELL-REID",
    "aliases": ["J-Mac", "Mac", "Jaden REID", "Jaden CAMPBELL"],
    "date_of_birth": "2009-02-11",
    "identifiers": {"pnc": "2024/0120933N", "nhs_number": "999 120 4555"},
    "contact": {"addresses": ["41 Marlowe Court, Ferris Road, Stanwick ZC5 8RD"],
                "phones": ["07700 900264"],
                "emails": ["jadenmcr09@example.com"]},
}

b3d1p1 = """STANWICK CHILD EXPLOITATION STRATEGY MEETING - MINUTES
OFFICIAL-SENSITIVE. Not to be shared with the family without agreement of the chair.

Child: {ns|Jaden Marcus CAMPBELL-REID} ("{ns|J-Mac}")   DOB {bs|11/02/2009}
Home address: {ads|41 Marlowe Court, Ferris Road, Stanwick} {pcs|ZC5 8RD}
Previous address: {ads|22 Sorrel Way, Kelbridge} {pcs|ZD7 5HA} (moved summer 2023)
School: Ferris Academy
Date of meeting: 8 October 2024, MS Teams

Attendees
""" + tbl([
    ["{nf|Chiamaka EZEH}", "Social worker, Children's Social Care (chair)"],
    ["DS {nf|Nadia OSEI}", "Stanwick Police, Child Exploitation Hub"],
    ["PC {nf|Leanne FITZGERALD}", "Safer Schools officer"],
    ["{nf|Marlon THOMAS}", "Youth Justice Service"],
    ["{nf|Owen GRIFFITHS}", "Designated safeguarding lead, Ferris Academy"],
], indent="  ") + """

1. Background. {ns|Jaden} lives with his mother {nt|Sharon CAMPBELL} and sister
{nt|Kiara}. His father {nt|Delroy REID} has regular contact. {ns|Jaden} was found
on 21 September 2024 at {adt|Flat 9, Aldous House, Pennine Way, Kelbridge} {pct|ZD2 6PW},
the home of a vulnerable adult, {nt|Gary ELLISON}, with 14 wraps of crack cocaine.

2. Police information (DS {nf|Osei}). Intelligence links {ns|Jaden} to the "{nt|Dubz}"
line, run from Stanwick by {nt|Kyle FORBES-WATSON}. {ns|Jaden}'s own phone,
{phs|07700 900264}, was in contact with the line phone {pht|07700 900981} 212 times
in August. Another child, {nt|Tyler O'NEILL}, is thought to have recruited him.
"""
b3d1p2 = """Strategy meeting - {ns|CAMPBELL-REID, Jaden} - page 2

3. School (Mr {nf|Griffiths}). Attendance 61% since September. {ns|Jaden} has
been seen with new trainers and two phones. A girl in Year 10, {nt|Destiny},
told staff "{ns|Mac} goes Kelbridge on weekends".

4. Family. Ms {nt|CAMPBELL} (mobile {pht|07700 900266}) is worried and asked
for help; she found train tickets and cash. Mr {nt|REID} ({pht|07700 900702})
thinks {ns|Jaden} should stay with him for a while.

5. Youth Justice (Mr {nf|THOMAS}). {ns|Jaden} is under investigation only; no
order in place. NRM referral to be considered as a first responder.

Actions
""" + tbl([
    ["1", "NRM referral", "{nf|C. Ezeh}", "15/10/24"],
    ["2", "Disruption visit to {nt|ELLISON}'s flat; PVP notification", "DS {nf|Osei}", "11/10/24"],
    ["3", "Return-to-school plan; mentor from Stanwick Boxing", "{nf|O. Griffiths}", "18/10/24"],
    ["4", "Update mother by phone", "{nf|M. Thomas}", "10/10/24"],
], indent="  ") + """

Next meeting: 5 November 2024. Minutes: {emb|cs.frontdoor@stanwick.example.gov.uk}
"""

b3d2p1 = """STANWICK POLICE - PROTECTING VULNERABLE PEOPLE (PVP) NOTIFICATION
Type: Child - criminal exploitation / Adult - cuckooing     Created 22/09/2024 02:14
Submitting officer: DC {nf|Tom BRADSHAW}   Supervisor: DS {nf|N. Osei}

SUBJECT 1 (child)
  {ns|CAMPBELL-REID, Jaden Marcus}   DOB {bs|11-FEB-2009}   PNC {pncs|24/120933N}
  Home: {ads|41 Marlowe Court, Ferris Road, Stanwick} {pcs|ZC5 8RD}
  Phone: {phs|07700 900264}      Email: {ems|jadenmcr09@example.com}
  NHS no (from ambulance crew): {nhss|9991204555}
  Parent: {nt|CAMPBELL, Sharon}  {pht|07700 900266}

SUBJECT 2 (adult at risk)
  {nt|ELLISON, Gary}   DOB {bt|30/09/1971}   NHS no {nhst|999 302 6611}
  Home: {adt|Flat 9, Aldous House, Pennine Way, Kelbridge} {pct|ZD2 6PW}

Circumstances
Officers attended {nt|ELLISON}'s flat after a neighbour reported "kids coming
and going all night". {ns|Jaden} answered the door. {nt|Gary} said "the lads
from Stanwick" had been staying for two weeks and that "{nt|Dubz}" took his
bank card. {ns|Jaden} gave his name as "{ns|Jaden REID}" and a date of birth of
{bs|11/02/2008}, later corrected by his mother.
"""
# a false DOB given by the subject is his claimed DOB - allowed set
S3["_other_dobs"] = ["2008-02-11"]
b3d2p1_tail = """
Risk: HIGH (child). Ambulance attended for {nt|Gary} (leg ulcer).
Referral sent to Children's Social Care ({phb|0121 496 0400}) and Adult
Social Care. Hub mailbox {emb|cce.hub@stanwick.police.example.uk} copied.
"""
b3d2p1 += b3d2p1_tail

b3d3p1 = """STANWICK POLICE - INTELLIGENCE ANALYSIS
LINE ATTRIBUTION REPORT: "{nt|DUBZ}" LINE ({pht|07700 900981})
Analyst: {nf|Priyanka GOHIL}      Requested by: DS {nf|Nadia OSEI}
Period examined: 1 June to 30 September 2024

1. Summary. The line {pht|07700 900981} sent 9,812 bulk "menu" messages to
about 340 users. Attribution of the controlling handset to {nt|Kyle FORBES-WATSON}
(DOB {bt|17/06/1999}, PNC {pnct|2016/0000234X}, CRO {crot|3344/16N}) rests on
co-location with his personal phone {pht|07700 900455} and cell-site data
for his home area.

2. Runners. Three phones were in frequent contact with the line:
""" + tbl([
    ["Phone", "Attributed user", "Contacts", "Basis"],
    ["{phs|07700 900264}", "{ns|CAMPBELL-REID, Jaden}", "212", "subscriber = mother; seized handset"],
    ["{phs|07700 900151}", "{ns|CAMPBELL-REID, Jaden}", "64", "his earlier number (per mother)"],
    ["{pht|07700 900389}", "{nt|O'NEILL, Tyler}", "301", "subscriber check"],
], indent="  ") + """

3. Vehicle. {nt|FORBES-WATSON}'s Audi A3, {vrt|KE68 WXN}, was seen by ANPR on
the route to Kelbridge on 14 of the 17 weekends. He is the registered
keeper; DVLA licence {dlt|FORBE906179K99HN}.
"""
b3d3p2 = """Line attribution report - "{nt|DUBZ}" line - page 2

4. Message extracts (line handset, downloaded 23/09/24). Spelling as original.

  12/08/24 18:02  LINE -> {phs|07700 900264}: {ns|mac} u ready. 2moro 9am station
  12/08/24 18:03  {phs|07700 900264} -> LINE: yh bro
  14/08/24 22:40  LINE -> {phs|07700 900264}: tell {nt|gaz} man needs the flat 2nite
  14/08/24 22:47  {phs|07700 900264} -> LINE: {nt|gaz} says ok but his sis is coming sat
  19/08/24 07:15  LINE -> {pht|07700 900389}: {nt|ty} pick up {ns|J-Mac} from {ads|marlowe ct}

5. Online accounts. An email account used to log in to the line's
messaging app, {emt|dubz.ent@example.net}, was accessed from {ipt|192.0.2.146}
(broadband at {nt|FORBES-WATSON}'s address, {adt|7 Keel Street, Stanwick} {pct|ZC6 1LJ}).

6. Conclusion. {ns|Jaden CAMPBELL-REID} and {nt|Tyler O'NEILL} are assessed as
runners directed by the controller. Their conduct should be read with the
exploitation indicators in the strategy minutes. A private hire driver,
{nt|Mohammed Imran HUSSAIN}, made repeated trips for the line in vehicle
{vrt|YS20 FTL}; he has given a witness statement.

Analyst contact: {emf|priyanka.gohil@stanwick.police.example.uk}, {phf|0121 496 0091}
"""

b3d4p1 = """MG3 - REPORT TO CROWN PROSECUTOR FOR CHARGING DECISION
Youth suspect: {ns|Jaden Marcus CAMPBELL-REID}       DOB: {bs|11/02/2009}
Officer in case: DC {nf|Tom BRADSHAW}    Supervisor: DS {nf|Nadia OSEI}

Offences proposed: possession with intent to supply class A (x2).

Officer's summary
On 21/09/24 {ns|CAMPBELL-REID} was found at the home of {nt|Gary ELLISON} with
14 wraps. On 02/10/24 he was a passenger in {vrt|YS20 FTL} when stopped; a
further 9 wraps were in the footwell. In interview (appropriate adult: his
father, {nt|Delroy REID}) he made no comment on legal advice from
{nt|Nnamdi EZE} of Castlegate Defence ({pht|0121 496 0755},
{emt|n.eze@castlegate.example.co.uk.cjsm.net}).

Welfare / exploitation: strategy meeting held 08/10/24; NRM referral made.
The OIC notes a section 45 Modern Slavery Act defence may be raised.

----------------------------------------------------------------------
PROSECUTOR'S DECISION                 {nf|Gavin STRACHAN}, Youth Prosecutor
----------------------------------------------------------------------
Having applied the Code for Crown Prosecutors and the guidance on children
as suspects, and considered the NRM reasonable-grounds decision, I authorise
a charge of possession with intent (21/09/24 only). The 02/10/24 matter is to
be reviewed after the conclusive-grounds decision. The taxi driver Mr
{nt|HUSSAIN} is a witness only. Refer {nt|FORBES-WATSON} to the CCU for
a separate file. Case to be listed at Stanwick Youth Court.

{nf|G. Strachan}   {emb|youth.stanwick@cps.example.gov.uk}   {phb|0121 496 0940}
"""

b3d5p1 = """MERIDIAN FORENSICS LTD (contracted to Stanwick Police)
WITNESS STATEMENT (CJ Act 1967 s.9; MC Act 1980 s.5B; Crim PR 16.2)

Statement of: {nf|Dr Lucy HARTNELL}          Occupation: Forensic scientist
This statement (1 page) is true to the best of my knowledge and belief.

I received the following items from Stanwick Police, submitted by DC {nf|T. Bradshaw}:

""" + tbl([
    ["Item", "Description", "Result"],
    ["MF/1", "14 wraps, recovered from {ns|CAMPBELL-REID}, 21/09/24", "crack cocaine, 2.91 g, 71% purity"],
    ["MF/2", "9 wraps, footwell of {vrt|YS20 FTL}, 02/10/24", "crack cocaine, 1.88 g, 69% purity"],
    ["MF/3", "Digital scales, flat of {nt|G. ELLISON}", "traces of cocaine"],
], indent="  ") + """

The purity figures are consistent with street-level deals. Nothing in my
examination indicates which person handled items MF/1 to MF/3.

Signed {nf|L. Hartnell}        Date 29 October 2024
"""
b3d5p1 = b3d5p1.replace("{nf|Dr Lucy HARTNELL}", "Dr {nf|Lucy HARTNELL}")

b3d6p1 = """STANWICK YOUTH COURT - {adb|Law Courts, Priory Road, Stanwick} {pcb|ZC1 7LT}
PREPARATION FOR EFFECTIVE TRIAL (YOUTH) - CASE PROGRESSION FORM

""" + tbl([
    ["Defendant:", "{ns|CAMPBELL-REID Jaden Marcus}"],
    ["DOB:", "{bs|11.02.2009}"],
    ["Address:", "{ads|41 Marlowe Court, Ferris Road, Stanwick} {pcs|ZC5 8RD}"],
    ["Parent/guardian attending:", "{nt|Sharon CAMPBELL} (mother)"],
    ["Defence:", "{nt|N. Eze}, Castlegate Defence"],
    ["Prosecutor:", "{nf|G. Strachan}, CPS"],
    ["Bench:", "District Judge (MC) {nf|Sunita RAO}"],
    ["Legal adviser:", "{nf|Claire DONNELLY}"],
]) + """

Plea: NOT GUILTY. Issue: s.45 Modern Slavery Act defence (compelled).
Prosecution witnesses required: DC {nf|Bradshaw}; PC {nf|Fitzgerald}.
Defence witnesses: {nt|Delroy REID} (father); expert on exploitation TBC.
Agreed facts: the analysis of {nf|Dr Hartnell}.
Special measures: intermediary assessment for {ns|Jaden} (communication needs).
Ground rules hearing to be listed. Trial: 3 February 2025, 2 days.
Bail: unconditional; live at home, school attendance supported by YJS worker
{nf|Marlon THOMAS} ({phf|0121 496 0618}).

Court contact: {phb|0121 496 0188} / {emb|stanwick.youth@justice.example.gov.uk}
"""
b3d6p1 = b3d6p1.replace("{nf|Dr Hartnell}", "Dr {nf|Hartnell}")

b3d7p1 = """[Transcribed from handwritten notebook pages - Safer Schools officer]
FERRIS ACADEMY - SAFER SCHOOLS OFFICER NOTE
{adb|Ferris Academy, Ferris Road, Stanwick} {pcb|ZC5 8RB}   Tel {phb|0121 496 0835}
Officer: PC {nf|L. Fitzgerald}   Date: 17/09/24

Spoke with {ns|J. Campbell-Reid} (Yr 10) in {nf|Mr Griffiths}' office at
DSL request. {ns|JCR} said phone number is now {phs|07700 900264}, "old one
got taken" ({phs|07700 900151}). Says he stays at his dad's sometimes -
{nt|Delroy} - and at his nan's ({nt|Hyacinth CAMPBELL}). Would not say who bought
his trainers. Mentioned a friend "{nt|Ty}" and "{nt|Dubz}" but then said he
was joking. Denied going to Kelbridge.

Later, {nt|Destiny} (Yr 10) came to the office unprompted; said {ns|J-Mac} gets
picked up after school by a silver Audi [index not seen].

Action: inform DS {nf|Osei} (Hub); email DSL; call mum {nt|Sharon} on
{pht|07700 900266} - no answer, left message.
[signature] {nf|L. FITZGERALD} PC
"""
b3d7p1 = b3d7p1.replace("{nf|Mr Griffiths}' office", "Mr {nf|Griffiths}' office")

b3d8p1 = """REGISTERED INTERMEDIARY ASSESSMENT REPORT (DEFENDANT)
Appointed by: Stanwick Youth Court (order of DJ(MC) {nf|S. Rao})
Intermediary: {nf|Rosalind ACHESON}, registered intermediary (court-appointed)
Contact: {emf|r.acheson@intermediaries.example.org.uk}  {phf|0121 496 0657}

Young person: {ns|Jaden Marcus CAMPBELL-REID}    DOB: {bs|11 February 2009}
Assessed at: {ads|41 Marlowe Court, Ferris Road, Stanwick}, with his mother
{nt|Sharon CAMPBELL} present, 12 December 2024.

1. {ns|Jaden} prefers to be called {ns|Jaden}, not "{ns|J-Mac}", in court. He
said the nickname was given to him by older boys and he does not like it.

2. Communication. {ns|Jaden} has a diagnosis of developmental language
disorder (school records provided by Mr {nf|Griffiths}). He understands short
questions but loses track of questions with more than one part.

3. Recommendations
- Refer to him as {ns|Jaden}; refer to other people by name, not
  "he" or "they" (e.g. "{nt|Kyle}", "{nt|Tyler}", "{nt|Gary}").
- Avoid tag questions. Use a visual timeline for 21 September and 2 October.
- Breaks every 20 minutes. His father, Mr {nt|REID}, should sit where
  {ns|Jaden} can see him.
- Do not use the phone extracts' slang ("{nt|gaz}", "{nt|ty}") without
  explaining it first.

4. {ns|Jaden} told me his phone is {phs|07700 900264} and that he no longer
uses {phs|07700 900151}. He asked me to contact his mum rather than him.

Signed {nf|R. Acheson}                                        16 December 2024
Copies: court ({emb|stanwick.youth@justice.example.gov.uk}); CPS ({nf|G. Strachan});
defence ({nt|N. Eze}); YJS ({emb|yjs@stanwick.example.gov.uk}, {phb|0121 496 0612}).
"""

BUNDLES.append(build_bundle("eval16-03", S3, [
    ("child-exploitation-strategy-meeting-minutes", [b3d1p1, b3d1p2]),
    ("police-vulnerability-notification", [b3d2p1]),
    ("drugs-line-attribution-report", [b3d3p1, b3d3p2]),
    ("mg3-charging-decision", [b3d4p1]),
    ("forensic-drugs-analysis-statement", [b3d5p1]),
    ("youth-court-case-management-form", [b3d6p1]),
    ("safer-schools-officer-note", [b3d7p1]),
    ("intermediary-assessment-report", [b3d8p1]),
]))

# =====================================================================
# BUNDLE 04 - Gujarati mother; coroner's inquest into her son's death after
# police restraint (coroner, IOPC, police, Legal Aid Agency)
# =====================================================================
body("HM Senior Coroner for Ashgrove",
     phones=["0113 496 0390"], postcodes=["ZA1 3QF"],
     addresses=["HM Coroner's Court, Infirmary Street, Ashgrove"],
     emails=["coroners.officers@ashgrove.example.gov.uk"])
body("Independent Office for Police Conduct",
     phones=["020 7946 0881"], postcodes=["ZA2 7GN"],
     addresses=["Ashby House, 22 Quarry Row, Ashgrove"],
     emails=["enquiries@iopc.example.gov.uk"])
body("Ashgrove Police",
     phones=["0113 496 0101"], postcodes=["ZA1 1PD"],
     addresses=["Ashgrove Central Police Station, Parkgate, Ashgrove"],
     emails=["property.office@ashgrove.police.example.uk"])
body("Legal Aid Agency - Exceptional Case Funding Team",
     phones=["020 7946 0415"], emails=["ecf@legalaid.example.gov.uk"])

S4 = {
    "name": "Bhavnaben Kirit PATEL",
    "aliases": ["Bhavna PATEL", "Bhavna K. PATEL", "B. K. Patel", "Bhavnaben"],
    "date_of_birth": "1968-07-30",
    "identifiers": {"ni_number": "JR 72 19 04 B", "nhs_number": "999 631 0477"},
    "contact": {"addresses": ["27 Lavender Grove, Ashgrove ZA3 6PL"],
                "phones": ["0113 496 0731", "07700 900640"],
                "emails": ["bhavna.patel68@example.co.uk"]},
}

b4d1p1 = """INQUEST TOUCHING THE DEATH OF {nt|NIKHIL KIRITBHAI PATEL}
PEN PORTRAIT - read to the court by his mother, {ns|Bhavnaben Kirit PATEL}

My name is {ns|Bhavna Patel}. {nt|Nikhil} was my first child. He was born on
{bt|14 February 1994} at Ashgrove General, the same day my husband {nt|Kirit}
opened our first shop at {ads|112 Belgrave Parade, Ashgrove}. We lived above that
shop until 2015, when we moved to {ads|27 Lavender Grove, Ashgrove}.

Everyone called him {nt|Nik}. At school he was the boy who fixed everyone's
bicycles. His sister {nt|Hetal} says he taught her to ride on the pavement
outside the shop while I shouted at them both from the window.

{nt|Nik} loved cricket, Bollywood songs from the nineties and his car, which
he washed every Sunday morning. He worked for a lift engineering firm and was
proud of his apprenticeship. He lived in his own flat with his partner
{nt|Chloe}, and they were saving to marry.

{nt|Nik} struggled with his mental health after his friend died in 2022. He
was never violent. On the night he died he was frightened and confused and
he needed an ambulance, not handcuffs.
"""
b4d1p2 = """Pen portrait - {nt|Nikhil Kiritbhai PATEL} - page 2

We are a Gujarati family. At Navratri {nt|Nik} would drive his grandmother
{nt|Shardaben} to the temple and then dance until midnight. Our priest,
{nt|Mahesh JOSHI}, said at the funeral that {nt|Nik} had a "big, soft heart".

I want the officers who held my son - PC {nf|HOLLOWAY}, PC {nf|KHAN} and
Sergeant {nf|McALLISTER} - to know who he was. I do not want anyone else's
mother to stand where I am standing.

{ns|Bhavnaben Patel}, {nt|Kirit Manilal PATEL} and {nt|Hetal SHAH}
Read by {ns|Mrs B. K. Patel} on the first day of the inquest.
"""
b4d1p2 = b4d1p2.replace("{ns|Mrs B. K. Patel}", "Mrs {ns|B. K. Patel}")

b4d2p1 = """Independent Office for Police Conduct
{adb|Ashby House, 22 Quarry Row, Ashgrove} {pcb|ZA2 7GN}
Tel {phb|020 7946 0881}   {emb|enquiries@iopc.example.gov.uk}

Mrs {ns|Bhavna Patel} and Mr {nt|Kirit Patel}
{ads|27 Lavender Grove}
{ads|Ashgrove}
{pcs|ZA3 6PL}

12 August 2024

Dear Mr and Mrs {ns|Patel},

Independent investigation into contact between Ashgrove Police and {nt|Nikhil Patel}

I am writing, as promised at our meeting on 2 August, with an update on the
investigation.

1. We have now interviewed PC {nf|Daniel HOLLOWAY} and PC {nf|Aisha KHAN} under
misconduct notice, and Sergeant {nf|Ross McALLISTER} as a witness. We have the
body-worn video from both constables and the custody CCTV.

2. A member of the public, {nt|Thanawat SRISUK}, has given us a phone video of
the restraint. We have also taken a statement from {nt|Chloe ATKINSON}, who was
with {nt|Nikhil} earlier that evening.

3. We expect to send the final report to the Coroner in November.

Your family liaison manager remains {nf|Joanne PRITCHARD} (direct
{phf|020 7946 0893}, {emf|joanne.pritchard@iopc.example.gov.uk}). Please continue
to copy your solicitor, Mr {nt|Rajan THEVARAJAH}.

Yours sincerely

{nf|Samira HADDAD}
Lead Investigator
"""
b4d2p1 = b4d2p1.replace("{ads|27 Lavender Grove}\n{ads|Ashgrove}", "{ads|27 Lavender Grove, Ashgrove}")

b4d3p1 = """HM CORONER FOR ASHGROVE - CORONER'S OFFICER CONTACT LOG
Deceased: {nt|PATEL, Nikhil Kiritbhai}   DOB {bt|14/02/1994}   DOD 21/05/2024
NOK: {ns|PATEL, Bhavnaben Kirit} (mother)  {phs|0113 496 0731} / {phs|07700 900640}
Officer: {nf|Darren KNOWLES}

""" + tbl([
    ["Date", "Time", "With", "Summary"],
    ["22/05/24", "09:10", "{ns|Mrs Patel}", "Told of referral; explained PM; gave office no. {phb|0113 496 0390}"],
    ["22/05/24", "15:40", "{nt|Kirit PATEL}", "Asked to view {nt|Nikhil}; arranged for 23rd"],
    ["24/05/24", "11:05", "{nt|Chloe ATKINSON}", "Partner, {pht|07700 900659}; asked about his belongings at the flat"],
    ["30/05/24", "14:20", "{nt|R. Thevarajah}", "Solicitor for family; requested PM report"],
    ["06/06/24", "10:00", "{ns|Bhavna}", "Body released to {nt|Anil MISTRY}, Shanti Funeral Care"],
    ["17/07/24", "16:30", "{nt|Hetal SHAH}", "Sister; asked for updates by email only"],
    ["03/09/24", "12:15", "{ns|Mrs Patel}", "New email {ems|bhavna.patel68@example.co.uk}; PIR date given"],
]) + """

Note 22/05: the family's old address, {ads|112 Belgrave Parade, Ashgrove} {pcs|ZA5 1DU},
was still on the hospital record; corrected to {ads|27 Lavender Grove, Ashgrove}.
Note 17/07: {nt|Hetal}'s email {emt|hetal.shah@example.com}; she lives in Leicester.
"""
b4d3p1 = b4d3p1.replace("{ns|Mrs Patel}", "Mrs {ns|Patel}")

b4d4p1 = """POST-MORTEM EXAMINATION REPORT (EXTRACT FOR FAMILY)
Commissioned by HM Senior Coroner {nf|Margaret ELLWOOD}
Pathologist: {nf|Dr Alan FERGUSSON}, Home Office registered forensic pathologist

Name of deceased:   {nt|Nikhil Kiritbhai PATEL}
Date of birth:      {bt|14.02.1994}
NHS number:         {nhst|999 587 3265}
Last address:       {adt|Flat 4, 19 Canal Wharf, Ashgrove} {pct|ZA2 8UX}
Identified by:      {nt|Kirit Manilal PATEL} (father), 23 May 2024
Also present:       Coroner's officer {nf|D. Knowles}; IOPC investigator {nf|S. Haddad}

History (from police and IOPC): On 20 May 2024 officers were called by
{nt|Ms Atkinson} to a disturbance. The deceased was restrained prone for about
nine minutes. Paramedic {nf|Gemma LAWTON} recorded cardiac arrest at 23:52.

Findings (summary): no single fatal injury; bruising to the wrists and upper
back consistent with restraint; cardiomegaly; toxicology positive for a
prescribed antipsychotic at therapeutic level.

Cause of death (provisional):
Ia  Cardiac arrest
Ib  Acute behavioural disturbance in association with prone restraint
II  Cardiomegaly

{nf|A. Fergusson}                                                 9 July 2024
"""
b4d4p1 = b4d4p1.replace("{nf|Dr Alan FERGUSSON}", "Dr {nf|Alan FERGUSSON}").replace("{nt|Ms Atkinson}", "Ms {nt|Atkinson}")

b4d5p1 = """LEGAL AID AGENCY - EXCEPTIONAL CASE FUNDING (INQUESTS)
Decision letter                                     Tel {phb|020 7946 0415}
                                                    {emb|ecf@legalaid.example.gov.uk}
To: Mr {nt|Rajan THEVARAJAH}, Lyle & Co Solicitors
    {emt|r.thevarajah@lyleandco.example.co.uk.cjsm.net}

Client: {ns|Bhavnaben Kirit PATEL}                 Date of birth: {bs|30/07/1968}
NINO: {nis|JR721904B}                           Address: {ads|27 Lavender Grove, Ashgrove} {pcs|ZA3 6PL}
Deceased: {nt|Nikhil Kiritbhai PATEL} (son)

Decision: GRANTED - Legal Help and Help at Inquest (s.10(4) LASPO).

1. The inquest engages Article 2 ECHR because the death followed restraint
by agents of the state. The means test is waived under the regulations.

2. Family members covered by the certificate: the client and her husband
{nt|Kirit Manilal PATEL} (DOB {bt|05/11/1965}, NINO {nit|JR 44 61 27 A}). The
deceased's partner, {nt|Chloe ATKINSON}, is not covered.

3. Evidence supplied: UK passport {pps|541208736} and council tax bill for the
client; bank statement showing the client's account {acs|60213384}, sort code
{scs|40-11-62}.

Caseworker: {nf|Peter NAYLOR}, {phf|020 7946 0422}
"""

b4d6p1 = """ASHGROVE POLICE - PROPERTY OFFICE
RELEASE OF PROPERTY OF A DECEASED PERSON
{adb|Ashgrove Central Police Station, Parkgate, Ashgrove} {pcb|ZA1 1PD}
{emb|property.office@ashgrove.police.example.uk}   {phb|0113 496 0101}

Deceased:       {nt|PATEL Nikhil}                  DOB {bt|14/02/1994}
Released to:    {ns|PATEL Bhavnaben}                (mother / next of kin)
ID produced:    driving licence {dls|PATEL657308BK9LW}
Contact tel:    {phs|07700 900640}

""" + tbl([
    ["Item", "Description", "Note"],
    ["1", "Black wallet; bank card in name of {nt|N K PATEL}; £35.20 cash", "released"],
    ["2", "Samsung phone (SIM {pht|07700 900648})", "retained by IOPC"],
    ["3", "Car keys for {vrt|FD17 YRA}", "released"],
    ["4", "Silver kada (bracelet)", "released"],
    ["5", "Letter addressed to {nt|Nikhil} at {adt|Flat 4, 19 Canal Wharf, Ashgrove}", "released"],
]) + """

I confirm receipt of items 1, 3, 4 and 5.
Signed: {ns|B K Patel}          Witnessed: {nf|Sandra WHITTLE}, property officer
Date: 11 June 2024

Item 2 may be collected by the family's solicitor ({nt|R. Thevarajah}) once IOPC
has finished with it. Previous property of {nt|N. PATEL} (PNC {pnct|2018/0000775Q})
from 2018 was destroyed under the retention schedule.
"""

b4d7p1 = """IOPC - RECORD OF FOOTAGE SUBMITTED BY MEMBER OF THE PUBLIC
Operation name: KESTREL         Logged by: {nf|Joanne PRITCHARD}

Submitted by:   {nt|Thanawat SRISUK} (known as "{nt|Tony}")
Contact:        {emt|thanawat.s@example.net}; {pht|07700 900672}
Address:        {adt|Flat 2, 21 Canal Wharf, Ashgrove} {pct|ZA2 8UX}
Relationship:   neighbour of {nt|Nikhil PATEL}; no relationship to officers

Files received (uploaded via public portal from IP {ipt|198.51.100.61}):
""" + tbl([
    ["File", "Duration", "Content"],
    ["VID_0520_2341.mp4", "04:12", "restraint on pavement; PC {nf|Holloway} and PC {nf|Khan} visible"],
    ["VID_0520_2346.mp4", "02:55", "{nt|Chloe} shouting 'he can't breathe'; Sgt {nf|McAllister} arrives"],
    ["VID_0520_2350.mp4", "01:30", "ambulance crew; paramedic {nf|Lawton} starts CPR"],
]) + """

Mr {nt|Srisuk} asked that his name is not given to the family. He has agreed
to give evidence at the inquest if called. He said the car {vrt|FD17 YRA}
(the deceased's) was parked outside throughout.
Hash values recorded; master copy to exhibits officer.
"""

b4d8p1 = """IN THE CORONER'S COURT FOR ASHGROVE
{adb|HM Coroner's Court, Infirmary Street, Ashgrove} {pcb|ZA1 3QF}
INQUEST: {nt|NIKHIL KIRITBHAI PATEL} (DECEASED)

SUBMISSIONS ON BEHALF OF THE FAMILY FOR THE PRE-INQUEST REVIEW
Interested persons represented: {ns|Bhavnaben Kirit PATEL} (mother),
{nt|Kirit Manilal PATEL} (father), {nt|Hetal SHAH} (sister)
Solicitor: {nt|Rajan THEVARAJAH}, Lyle & Co ({pht|0113 496 0766})

1. Scope. The family asks HM Senior Coroner, {nf|Mrs Ellwood}, to hold an
Article 2 inquest with a jury, because {nt|Nikhil} died after restraint by
police officers and in their custody.

2. Witnesses the family ask to be called:
""" + tbl([
    ["(a)", "PC {nf|Daniel HOLLOWAY}", "restraining officer"],
    ["(b)", "PC {nf|Aisha KHAN}", "restraining officer"],
    ["(c)", "Sgt {nf|Ross McALLISTER}", "arrived during restraint"],
    ["(d)", "{nf|Gemma LAWTON}", "paramedic"],
    ["(e)", "{nt|Chloe ATKINSON}", "partner; made the 999 call"],
    ["(f)", "{nt|Thanawat SRISUK}", "neighbour who filmed"],
    ["(g)", "Dr {nt|Meera IYER}", "independent pathologist instructed by the family"],
], indent="   ") + """

3. The family asks that {nt|Mr Srisuk}'s address ({adt|Flat 2, 21 Canal Wharf, Ashgrove})
is not read out in court.

4. Issues the family want explored: the training of PC {nf|Holloway}; whether
{nt|Nikhil}'s known mental health history (his GP is recorded under NHS number
{nhst|9995873265}) was on the police system; the delay in calling an ambulance.

5. Family contact for the court: {ns|Mrs B. Patel}, {phs|07700 900640},
{ems|bhavna.patel68@example.co.uk}. Her husband asks for letters to go to
{ads|27 Lavender Grove, Ashgrove} {pcs|ZA3 6PL}, not to the old shop address.

{nt|R. Thevarajah}, 2 October 2024
"""
b4d8p1 = (b4d8p1.replace("{nf|Mrs Ellwood}", "Mrs {nf|Ellwood}")
          .replace("{nt|Mr Srisuk}", "Mr {nt|Srisuk}")
          .replace("{ns|Mrs B. Patel}", "Mrs {ns|B. Patel}"))

b4d2p2 = """IOPC - {ns|Patel} family update - page 2

Next steps
- We will share the provisional findings with you and with the Coroner
  before any misconduct decisions are taken.
- Your son's phone (SIM {pht|07700 900648}) will be returned to you after
  download; we have asked Ashgrove Police not to destroy his earlier
  property. His car ({vrt|FD17 YRA}) has been released to Mr {nt|Patel}.
- We have written to {nt|Ms Atkinson} and to {nt|Mr Srisuk} separately.

If you would prefer us to telephone, we will use your landline
{phs|0113 496 0731} in the mornings, as you asked, or your mobile
{phs|07700 900640}. We will not use {nt|Nikhil}'s old address at
{adt|Flat 4, 19 Canal Wharf, Ashgrove} for correspondence.

Copy: {nt|R. Thevarajah}, Lyle & Co ({emt|r.thevarajah@lyleandco.example.co.uk.cjsm.net});
Coroner's officers ({emb|coroners.officers@ashgrove.example.gov.uk}).
"""
b4d2p2 = b4d2p2.replace("{nt|Ms Atkinson}", "Ms {nt|Atkinson}").replace("{nt|Mr Srisuk}", "Mr {nt|Srisuk}")
b4d5p2 = """ECF decision - client {ns|B K PATEL} - page 2

4. Disbursements approved: independent pathologist, Dr {nt|Meera IYER}
(£2,400); interpreter for {nt|Mr K M Patel}, who prefers Gujarati.

5. Conditions. The provider must tell the LAA of any change in the client's
address (currently {ads|27 Lavender Grove, Ashgrove}) or if the family
receives funding from another source, including the community appeal
organised by {nt|Mahesh JOSHI} of the Shree Ram Mandir.

6. The client's earlier application, made in the name "{ns|Bhavna K. Patel}"
with date of birth {bs|30 July 1968} and telephone {phs|0113 496 0731}, has been
merged with this one.

Review date: 1 March 2025. {nf|P. Naylor}, ECF team.
"""
b4d5p2 = b4d5p2.replace("{nt|Mr K M Patel}", "Mr {nt|K M Patel}")

BUNDLES.append(build_bundle("eval16-04", S4, [
    ("inquest-pen-portrait", [b4d1p1, b4d1p2]),
    ("iopc-family-update-letter", [b4d2p1, b4d2p2]),
    ("coroners-officer-family-contact-log", [b4d3p1]),
    ("post-mortem-report-extract", [b4d4p1]),
    ("exceptional-case-funding-decision", [b4d5p1, b4d5p2]),
    ("deceased-property-release-form", [b4d6p1]),
    ("public-footage-submission-record", [b4d7p1]),
    ("inquest-family-pir-submissions", [b4d8p1]),
]))

# =====================================================================
# BUNDLE 05 - Colombian man (two surnames); extradition to Colombia
# (NCA, Interpol, CPS extradition, magistrates' court, Home Office)
# =====================================================================
body("National Crime Agency - Extradition Unit",
     phones=["020 7946 0266"], postcodes=["ZN2 8SB"],
     addresses=["Tintagel Place, 8 Ludgate Row, London"],
     emails=["extradition@nca.example.gov.uk"])
body("Westminster Magistrates' Court - Extradition Listing Office",
     phones=["020 7946 0731"], emails=["westminster.extradition@justice.example.gov.uk"])
body("Home Office Extradition Unit",
     phones=["020 7946 0094"], postcodes=["ZN1 9PT"],
     addresses=["2 Marsham Row, London"],
     emails=["extraditionunit@homeoffice.example.gov.uk"])
body("Crown Prosecution Service - Extradition Unit",
     phones=["020 7946 0309"], emails=["extradition.unit@cps.example.gov.uk"])
body("HMP Thornmere",
     phones=["01632 960550"], postcodes=["YH3 0QD"],
     addresses=["HMP Thornmere, Moor Lane, Thornmere"])

S5 = {
    "name": "Juan Camilo RESTREPO GAVIRIA",
    "aliases": ["Juan Camilo RESTREPO", "Camilo RESTREPO", "Juan RESTREPO-GAVIRIA", "Paisa"],
    "date_of_birth": "1981-11-04",
    "prison_number": "A7310FH",
    "identifiers": {"ni_number": "PC 63 48 10 A", "pnc": "2023/0559902N", "cro": "56120/23Z"},
    "contact": {"addresses": ["Flat 14, Quayside Mill, 6 Ropewalk, Hollinsford YB2 5FE"],
                "phones": ["07700 900877"],
                "emails": ["jcrestrepo@example.org"]},
}

b5d1p1 = """INTERPOL - RED NOTICE (EXTRACT, UK NCB DISTRIBUTION COPY)
Requesting country: COLOMBIA        Received by UK NCB: 2 April 2025

IDENTITY PARTICULARS
""" + tbl([
    ["Family name:", "{ns|RESTREPO GAVIRIA}"],
    ["Forename:", "{ns|JUAN CAMILO}"],
    ["Sex:", "Male"],
    ["Date of birth:", "{bs|04/11/1981}"],
    ["Nationality:", "Colombian; Spanish"],
    ["Other names:", "\"{ns|PAISA}\"; {ns|RESTREPO, Juan}; {ns|GAVIRIA, Camilo}"],
    ["Identity documents:", "Colombian passport {pps|AV417328}; Spanish passport {pps|PAF612834}"],
    ["Languages:", "Spanish, English"],
]) + """

JUDICIAL INFORMATION
Charges: conspiracy to traffic cocaine (Art. 376 Código Penal); money laundering
(Art. 323). Arrest warrant issued by the Juzgado Quinto Penal del Circuito
Especializado de Medellín, 12 March 2025, at the request of Fiscal
{nf|Carolina VÉLEZ ARANGO}.

Summary of facts: Between 2019 and 2023 {ns|RESTREPO GAVIRIA}, together with
{nt|Hernán Darío OSPINA MEJÍA} (alias "{nt|El Flaco}"), organised shipments of
cocaine concealed in fruit pulp from Turbo to European ports and arranged
payment through money brokers in London.

Last known addresses: {ads|Carrera 43A # 12-80, Medellín}; United Kingdom
(unspecified).
"""

b5d2p1 = """CERTIFIED SUMMARY OF PART 2 EXTRADITION REQUEST - REPUBLIC OF COLOMBIA
Prepared by the CPS Extradition Unit for the court ({emb|extradition.unit@cps.example.gov.uk})
Requested person: {ns|Juan Camilo RESTREPO GAVIRIA} (born {bs|4 November 1981})

1. Documents received through diplomatic channels on 28 April 2025: note
verbale; arrest warrant; statement of the Fiscal; translations by the Colombian
Ministry of Foreign Affairs.

2. Conduct alleged. The Fiscal's statement relies on (a) intercepted calls
between a user called "{ns|Paisa}" and {nt|OSPINA MEJÍA}; (b) evidence of the
co-operating witness {nt|Jhon Fredy CARDONA}; (c) payments from a London
money broker, {nt|ZHANG Wei}, and his assistant {nt|CHEN Xiaoling}, to
companies in Panama.

3. Identification. The requesting state identifies "{ns|Paisa}" as the
requested person from (i) a phone {phs|07700 900877} registered to
{ns|Juan Camilo Restrepo} at {ads|Flat 14, Quayside Mill, 6 Ropewalk, Hollinsford},
(ii) the email {ems|jcrestrepo@example.org}, and (iii) a photograph matched by
the UK NCB to the fingerprints taken on his arrest in 2023 (PNC {pncs|23/559902N}).

4. Dual criminality: conduct corresponds to conspiracy to supply class A
and money laundering offences in England and Wales.

5. Assurances. Colombia has given assurances about prison conditions
(Establecimiento La Picota) and consular access, signed by {nf|Dra. Vélez}.
"""
b5d2p1 = b5d2p1.replace("{nf|Dra. Vélez}", "Dra. {nf|Vélez}")
b5d2p2 = """Part 2 request summary - {ns|RESTREPO GAVIRIA} - page 2

6. Persons named in the request who are in the United Kingdom:
""" + tbl([
    ["Name", "DOB", "Role alleged", "UK identifiers"],
    ["{nt|KARRAS, Dimitrios}", "{bt|19/02/1977}", "logistics, Felixstowe", "PNC {pnct|22/90345K}"],
    ["{nt|ROTARU, Ion}", "{bt|25/01/1979}", "driver", "PNC {pnct|09/71230K}, CRO {crot|221904/09H}"],
    ["{nt|ZHANG, Wei}", "{bt|08/08/1970}", "money broker", "-"],
], indent="   ") + """

7. The request also mentions the requested person's partner, {nt|Lucía FERNÁNDEZ OCAMPO},
as the holder of a bank account in Bogotá. No allegation is made against her.

8. Legal representatives. {ns|Mr Restrepo Gaviria} is represented by
{nt|Patrick O'DRISCOLL} of Fenwick Row Solicitors
({emt|p.odriscoll@fenwickrow.example.co.uk.cjsm.net}). CPS lawyer for the
requesting state: {nf|Kavitha RAJENDRAN} ({phf|020 7946 0317}).
"""
b5d2p2 = b5d2p2.replace("{ns|Mr Restrepo Gaviria}", "Mr {ns|Restrepo Gaviria}")

b5d3p1 = """NATIONAL CRIME AGENCY - EXTRADITION UNIT
RECORD OF PROVISIONAL ARREST (Extradition Act 2003, s.73)
{adb|Tintagel Place, 8 Ludgate Row, London} {pcb|ZN2 8SB}   {phb|020 7946 0266}

Arresting officer: {nf|Gregor MacINNES}      Accompanying: {nf|Olivia STANHOPE}
Date/time of arrest: 3 April 2025, 06:05
Place: {ads|Flat 14, Quayside Mill, 6 Ropewalk, Hollinsford} {pcs|YB2 5FE}

Person arrested: {ns|RESTREPO GAVIRIA, Juan Camilo}
DOB: {bs|04-NOV-1981}   NINO: {nis|PC634810A}   CRO: {cros|56120/23Z}
Also present: {nt|Lucía FERNÁNDEZ OCAMPO} (partner, DOB {bt|09/05/1986}) and a
child, {nt|Mateo RESTREPO FERNÁNDEZ}.

Caution / explanation given in English; the arrested person asked for a
Spanish interpreter, {nf|Beatriz SOLANO}, who joined by phone at 06:40.

Reply after arrest: "I have lived here since 2020. I am not the {ns|Paisa} they
are looking for. My lawyer is {nt|O'Driscoll}."

Property seized:
""" + tbl([
    ["Ref", "Item"],
    ["GM/01", "iPhone, SIM {phs|07700 900877}"],
    ["GM/02", "Second handset (encrypted OS), no SIM"],
    ["GM/03", "Colombian passport {pps|AV417328} and Spanish passport {pps|PAF612834}"],
    ["GM/04", "Mastercard {cds|5355 2200 4831 9077} in the name {ns|J C RESTREPO}"],
    ["GM/05", "UK driving licence {dls|RESTR811041JC9RG}"],
    ["GM/06", "Keys to Audi Q5 {vrs|WP70 HTU}"],
], indent="  ") + """
"""
b5d3p1 = b5d3p1.replace("GM/0", "NCA/0")
b5d3p2 = """Provisional arrest record - {ns|RESTREPO GAVIRIA} - page 2

Ms {nt|FERNÁNDEZ OCAMPO} gave her mobile as {pht|07700 900878} and said she
would contact her sister {nt|Valentina} about surety money.

06:55 Left premises. 08:20 Arrived Hollinsford custody; detained pending
production at Westminster Magistrates' Court (listing office {phb|020 7946 0731}).
Remanded the same day to {adb|HMP Thornmere, Moor Lane, Thornmere} {pcb|YH3 0QD},
prison number {pns|A7310FH}.

Note: the requested person's previous UK address was
{ads|Room 3, 58 Albion Street, Kelbridge} {pcs|ZD5 9NR}, where his landline was
{phs|020 7946 0392}. Checks there found no trace of {nt|OSPINA MEJÍA}.

Signed {nf|G. MacInnes}   {emf|gregor.macinnes@nca.example.gov.uk}
"""

b5d4p1 = """WESTMINSTER MAGISTRATES' COURT - EXTRADITION
SURETY / SECURITY ASSESSMENT (completed by NCA at the court's request)

Requested person: {ns|RESTREPO GAVIRIA Juan Camilo}  Prison no. {pns|A7310FH}
Proposed bail address: {ads|Flat 14, Quayside Mill, 6 Ropewalk, Hollinsford} {pcs|YB2 5FE}

PROPOSED SURETY 1
""" + tbl([
    ["Name:", "{nt|Siobhán McCANN}"],
    ["DOB:", "{bt|17/03/1975}"],
    ["Address:", "{adt|88 Fountainville Avenue, Dunmore} {pct|YE4 2RT}"],
    ["Phone:", "{pht|028 9649 6114}"],
    ["Passport:", "{ppt|533917284}"],
    ["Relationship:", "Employer (restaurant owner); has known {ns|Camilo} since 2020"],
    ["Sum offered:", "£20,000"],
]) + """

PROPOSED SURETY 2
""" + tbl([
    ["Name:", "{nt|Valentina FERNÁNDEZ OCAMPO}"],
    ["DOB:", "{bt|21/10/1989}"],
    ["Address:", "{adt|5 Larch Mews, Hollinsford} {pct|YB8 4GS}"],
    ["Email:", "{emt|vale.fernandez@example.com}"],
    ["Relationship:", "Sister of the partner, {nt|Lucía}"],
    ["Sum offered:", "£7,500, from account {act|38205517}, s/c {sct|23-14-70}"],
]) + """

Officer's comments (DC {nf|O. Stanhope}): Ms {nt|McCANN} appears independent and
credible; she owns her home in Dunmore and has no convictions. Ms
{nt|FERNÁNDEZ OCAMPO}'s funds came from a transfer by {nt|Lucía FERNÁNDEZ OCAMPO}
two days after the arrest and may not be her own.
"""

b5d5p1 = """NCA - INTELLIGENCE DEVELOPMENT
ENCRYPTED DEVICE ATTRIBUTION MATRIX - handle "{ns|paisa81}"
Analyst: {nf|Harpreet DHILLON}

""" + tbl([
    ["Indicator", "Detail", "Points to"],
    ["Handle", "\"{ns|paisa81}\"; contacts call him \"{ns|Cami}\"", "{ns|RESTREPO GAVIRIA}"],
    ["Photo sent", "child's school uniform; face of {nt|Mateo}", "{ns|RESTREPO GAVIRIA}"],
    ["Location", "handset idle overnight near {ads|6 Ropewalk, Hollinsford}", "{ns|RESTREPO GAVIRIA}"],
    ["IP (webmail)", "{ips|2001:db8:4a1::17} and {ips|203.0.113.77}", "{ns|RESTREPO GAVIRIA}"],
    ["Vehicle", "{vrs|WP70 HTU} at Felixstowe, 3 dates", "{ns|RESTREPO GAVIRIA}"],
    ["Contact", "handle \"{nt|dimi}\" = {nt|Dimitrios KARRAS}", "{nt|KARRAS}"],
    ["Contact", "handle \"{nt|ionut}\" = {nt|Ion ROTARU}", "{nt|ROTARU}"],
    ["Payment", "card {cdt|4929 0055 4718 3300} (holder {nt|D KARRAS})", "{nt|KARRAS}"],
]) + """

Message extracts (translated from Spanish by {nf|B. Solano}):
  [{ns|paisa81}] {nt|Lucía} thinks I am in Manchester for work. Do not call the flat.
  [{nt|dimi}] truck {vrt|BX21 ODL} arrives Tuesday, I need the 40 from {nt|Zhang}
  [{ns|paisa81}] tell {nt|Chen} to use the new account, not the old one

Assessment: HIGH confidence that "{ns|paisa81}" is {ns|Juan Camilo RESTREPO GAVIRIA}.
{nt|KARRAS} logged in from {ipt|198.51.100.23}.
"""

b5d6p1 = """HOME OFFICE
Extradition Unit
{adb|2 Marsham Row, London} {pcb|ZN1 9PT}
{phb|020 7946 0094}  {emb|extraditionunit@homeoffice.example.gov.uk}

Mr {ns|Juan Camilo RESTREPO GAVIRIA}
Prison number {pns|A7310FH}
{adb|HMP Thornmere, Moor Lane, Thornmere} {pcb|YH3 0QD}

cc: {nt|P. O'Driscoll}, Fenwick Row Solicitors

1 September 2025

EXTRADITION ACT 2003 - ORDER FOR EXTRADITION TO THE REPUBLIC OF COLOMBIA

Dear Mr {ns|Restrepo Gaviria},

1. On 24 July 2025 District Judge {nf|Helen ASHCROFT}, sitting at Westminster
Magistrates' Court, sent your case to the Secretary of State.

2. The Secretary of State has considered the representations made by your
solicitors, including the letter from your partner {nt|Ms Fernández Ocampo}
about your son {nt|Mateo}, and the assurances given by Colombia.

3. The Secretary of State has ordered your extradition under section 93.
You have 14 days to give notice of appeal to the High Court.

4. Your Spanish nationality has been noted. Spain has not made a competing
request.

Yours sincerely
{nf|Tom ASHWORTH}
Extradition Unit, on behalf of the Secretary of State
"""
b5d6p1 = b5d6p1.replace("{nt|Ms Fernández Ocampo}", "Ms {nt|Fernández Ocampo}")

b5d7p1 = """FISCALÍA GENERAL DE LA NACIÓN - REPUBLIC OF COLOMBIA
REPLY TO REQUEST FOR FURTHER INFORMATION (English translation)
From: Fiscal {nf|Carolina VÉLEZ ARANGO}, Dirección Especializada contra el Narcotráfico
To:   CPS Extradition Unit, London

Re: {ns|JUAN CAMILO RESTREPO GAVIRIA}, identity card holder, born {bs|November 4, 1981}

Question 1 (identity). The person sought is the son of {nt|Luis Alberto RESTREPO}
and {nt|Gloria Inés GAVIRIA}. He used the alias "{ns|Paisa}". His Colombian
passport is {pps|AV417328}. His last address in Colombia was
{ads|Carrera 43A # 12-80, Medellín}.

Question 2 (trial in absence). The person sought has not been tried. He will
be brought before the judge within 36 hours of arrival.

Question 3 (co-accused). {nt|Hernán Darío OSPINA MEJÍA} was arrested in Turbo
on 9 May 2025. The co-operating witness {nt|Jhon Fredy CARDONA} remains in
protection.

Question 4 (London contacts). The intercepted number attributed to the
person sought was {phs|07700 900877}. The Fiscalía has no information about
{nt|Lucía FERNÁNDEZ OCAMPO} beyond her bank account.

Translator's note: translated by {nf|Beatriz SOLANO}, court interpreter.
"""

b5d8p1 = """NCA - FINANCIAL PROFILE SUMMARY (for extradition bail opposition)
Subject: {ns|RESTREPO GAVIRIA, Juan Camilo}    DOB {bs|04/11/1981}
NINO {nis|PC 63 48 10 A}    PNC {pncs|2023/0559902N}

UK accounts
""" + tbl([
    ["Bank", "Sort code", "Account", "Holder"],
    ["Thames Mutual", "{scs|30-66-21}", "{acs|81427703}", "{ns|J C RESTREPO GAVIRIA}"],
    ["Thames Mutual", "{sct|30-66-21}", "{act|81427711}", "{nt|L FERNANDEZ OCAMPO}"],
]) + """
IBAN (subject): {ibs|GB06 TMUT 3066 2181 4277 03}
Card: {cds|5355 2200 4831 9077}

Observations
- Rent for {ads|Flat 14, Quayside Mill} paid in cash to the landlord,
  {nt|Mohammed Zubair BASHIR}, who also sold the subject the Audi {vrs|WP70 HTU}.
- Monthly credits of £2,100 from the restaurant owned by {nt|Siobhán McCANN}
  match payslips; no unexplained wealth identified in UK accounts.
- Transfers to {nt|KARRAS} total £3,400 (described as "loan").

Prepared by {nf|O. Stanhope}, NCA, 10 April 2025. Copy to CPS on {phb|020 7946 0309}.
"""

b5d6p2 = """Extradition order - {ns|RESTREPO GAVIRIA, Juan Camilo} - page 2 of 2
ANNEX: INFORMATION FOR HMP THORNMERE AND THE NCA ESCORT

""" + tbl([
    ["Name:", "{ns|RESTREPO GAVIRIA, Juan Camilo}"],
    ["Prison number:", "{pns|A7310FH}"],
    ["Date of birth:", "{bs|04.11.1981}"],
    ["PNC / CRO:", "{pncs|2023/0559902N} / {cros|56120/23Z}"],
    ["Travel documents:", "Colombian passport {pps|AV417328} (held by NCA)"],
    ["Escort lead:", "{nf|Gregor MacINNES}, NCA ({phf|020 7946 0271})"],
]) + """

Property held at the establishment to travel with him: one mobile phone
(SIM {phs|07700 900877}), Mastercard {cds|5355 2200 4831 9077}, keys.
The Audi {vrs|WP70 HTU} is not restrained and may be collected by
{nt|Lucía FERNÁNDEZ OCAMPO} (tel {pht|07700 900878}).

Next of kin recorded by the prison: {nt|FERNÁNDEZ OCAMPO, Lucía} (partner), at
{ads|Flat 14, Quayside Mill, 6 Ropewalk, Hollinsford} {pcs|YB2 5FE}. Note: this
is also the requested person's own last address.

Consular notification: Colombian consulate informed; Spanish consulate
informed at the request of the prisoner.

Establishment switchboard {phb|01632 960550}. Queries about this order to
{emb|extraditionunit@homeoffice.example.gov.uk}.
"""
b5d4p2 = """Surety assessment - {ns|RESTREPO GAVIRIA} - page 2
DECISION OF THE COURT ON BAIL (endorsed by the legal adviser)

District Judge {nf|H. Ashcroft} refused bail on 11 April 2025:
- The requested person has connections abroad (Spain and Colombia) and two
  passports ({pps|AV417328}, {pps|PAF612834}), both now held by the NCA.
- Surety 1, Ms {nt|McCANN}, is a person of good standing, but the sum offered
  does not meet the risk.
- The funds of surety 2, Ms {nt|Valentina FERNÁNDEZ OCAMPO}, originate with the
  requested person's partner.
- The requested person's son, {nt|Mateo}, and partner remain in the UK; that is
  a strong tie, but it did not stop him, on the requesting state's case,
  travelling to Felixstowe with {nt|Dimitrios KARRAS} and {nt|Ion ROTARU}.

Renewed application may be made with new information. Interpreter in court:
{nf|Beatriz SOLANO}. Prosecutor: {nf|K. Rajendran}. Defence: {nt|P. O'Driscoll}.
Listing office: {phb|020 7946 0731}, {emb|westminster.extradition@justice.example.gov.uk}.
"""

BUNDLES.append(build_bundle("eval16-05", S5, [
    ("interpol-red-notice-extract", [b5d1p1]),
    ("part-2-extradition-request-summary", [b5d2p1, b5d2p2]),
    ("provisional-arrest-record", [b5d3p1, b5d3p2]),
    ("extradition-surety-assessment", [b5d4p1, b5d4p2]),
    ("encrypted-device-attribution-matrix", [b5d5p1]),
    ("extradition-order-notice", [b5d6p1, b5d6p2]),
    ("requesting-state-further-information-reply", [b5d7p1]),
    ("nca-financial-profile-summary", [b5d8p1]),
]))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: evalgen_sixteenth.py OUTDIR")
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    assert len(BUNDLES) == 5, len(BUNDLES)
    for i, b in enumerate(BUNDLES):
        with open(os.path.join(outdir, "bundle-%02d.json" % (i + 1)), "w",
                  encoding="utf-8", newline="\n") as f:
            json.dump(b, f, indent=1, ensure_ascii=False)
            f.write("\n")
    write_yaml(os.path.join(outdir, "public-bodies.yaml"))
    summary()


def summary():
    cats, parties = {}, {}
    ndocs = nbytes = nitems = 0
    for b in BUNDLES:
        for d in b["documents"]:
            ndocs += 1
            nbytes += sum(len(p.encode("utf-8")) for p in d["pages"])
            for sp in d["truth"]:
                nitems += 1
                cats[sp["category"]] = cats.get(sp["category"], 0) + 1
                parties[sp["party"]] = parties.get(sp["party"], 0) + 1
    print("bundles %d, documents %d, page-text bytes %d, labelled items %d"
          % (len(BUNDLES), ndocs, nbytes, nitems))
    print("by category: " + ", ".join("%s %d" % kv for kv in sorted(cats.items())))
    print("by party: " + ", ".join("%s %d" % kv for kv in sorted(parties.items())))


if __name__ == "__main__":
    main()
