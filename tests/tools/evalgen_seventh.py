#!/usr/bin/env python3
"""Synthetic labelled evaluation set "eval-seventh" for the disclose PII-redaction engine.

Written blind: the author did not read the engine's detection stages, its unit tests,
its other evaluation generators or data, or the README's detection sections, and did
not run the engine. Consulted only /work/shared/reference/uk-identifiers.md (identifier
formats and check digits) and /work/shared/reference/domain.md (the disclosure domain).
(The author did glance at one other set's public-bodies.yaml layout and top-level JSON
keys before realising tests/data was out of bounds; no labels or text were read.)

Everything is invented: names, towns, postcodes (non-existent Z*/Y* areas), Ofcom drama
phone numbers, example.* e-mail domains, RFC 5737/3849 IP addresses, 999-range NHS
numbers, check-digit-valid PNC/CRO/NHS/IBAN/Luhn values, real calendar dates.

Standard library only, fixed seeds, no clock, no network; output is byte-identical
between runs.

Usage: python3 tests/tools/evalgen_seventh.py tests/data/eval-seventh
"""
import datetime
import hashlib
import json
import os
import random
import re
import sys
import unicodedata

L23 = "ZABCDEFGHJKLMNPQRTUVWXY"
CATS = {"name", "date_of_birth", "prison_number", "pnc", "cro", "crn", "ni_number",
        "nhs_number", "phone", "email", "address", "postcode", "vehicle_registration",
        "passport", "driving_licence", "sort_code", "account_number", "iban",
        "payment_card", "ip_address"}
PARTIES = {"s": "subject", "t": "third_party", "f": "staff", "b": "public_body"}
MK = re.compile("\x01([a-z_]+)\x02([a-z_]+)\x02([^\x01\x03]*)\x03")


def m(cat, party, text):
    assert cat in CATS, cat
    party = PARTIES.get(party, party)
    assert party in PARTIES.values(), party
    return "\x01%s\x02%s\x02%s\x03" % (cat, party, text)


def vis(s):
    return MK.sub(lambda g: g.group(3), s)


def lj(s, w):
    return s + " " * max(1, w - len(vis(s)))


def R(*parts):
    h = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return random.Random(int(h[:16], 16))


USED = set()


def uniq(gen):
    while True:
        v = gen()
        if v not in USED:
            USED.add(v)
            return v


def ascii_fold(s):
    s = s.replace("Ł", "L").replace("ł", "l").replace("ı", "i").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------- identifiers ----------------
def gen_pnc(r, year):
    serial = r.randint(1200, 999999)
    chk = L23[int("%02d%07d" % (year % 100, serial)) % 23]
    return year, serial, chk


def fmt_pnc(p, style):
    year, serial, chk = p
    if style == "long":
        return "%d/%07d%s" % (year, serial, chk)
    if style == "short":
        return "%02d/%d%s" % (year % 100, serial, chk)
    if style == "lower":
        return ("%d/%07d%s" % (year, serial, chk)).lower()
    if style == "noslash":
        return "%d%07d%s" % (year, serial, chk)
    raise ValueError(style)


def gen_cro(r, yy):
    serial = r.randint(10000, 999999)
    chk = L23[int("%02d%06d" % (yy, serial)) % 23]
    return "%d/%02d%s" % (serial, yy, chk)


def gen_nhs(r):
    while True:
        d = [9, 9, 9] + [r.randint(0, 9) for _ in range(6)]
        c = 11 - sum(d[i] * (10 - i) for i in range(9)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d + [c]))
        return s


def check_nhs(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 10 and sum(d[i] * (10 - i) for i in range(10)) % 11 == 0


NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def gen_ni(r):
    while True:
        p = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in NI_BAD:
            return p + "".join(str(r.randint(0, 9)) for _ in range(6)) + r.choice("ABCD")


def luhn_ok(num):
    t = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def gen_card(r):
    pre = r.choice(["4", "51", "53", "55", "4"])
    body = pre + "".join(str(r.randint(0, 9)) for _ in range(15 - len(pre)))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def gen_iban(bank, sort, acc):
    bban = bank + sort.replace("-", "") + acc
    chk = 98 - iban_num(bban + "GB00") % 97
    return "GB%02d%s" % (chk, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    return iban_num(s[4:] + s[:4]) % 97 == 1


def grp4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_dl(last, first, middle, dob, female, r):
    sur = re.sub("[^A-Z]", "", ascii_fold(last).upper())[:5].ljust(5, "9")
    mo = dob.month + (50 if female else 0)
    ini = ascii_fold(first)[0].upper() + (ascii_fold(middle)[0].upper() if middle else "9")
    return "%s%s%02d%02d%s%s9%s" % (sur, str(dob.year)[2], mo, dob.day, str(dob.year)[3], ini,
                                     r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))


def gen_vrm(r):
    tag = "ABCDEFGHJKLMNOPRSTUVWXY"
    rnd = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    return uniq(lambda: r.choice(tag) + r.choice(tag) + r.choice(["15", "65", "17", "67", "19", "69", "21", "71", "12", "62", "08", "58"]) + " " + "".join(r.choice(rnd) for _ in range(3)))


PC_AREAS = ["ZA", "ZB", "ZC", "ZD", "ZF", "ZG", "ZH", "ZK", "ZL", "ZM", "ZN", "ZR", "ZT", "ZW", "ZY", "YX", "YW"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_pc(r):
    return uniq(lambda: "%s%d %d%s%s" % (r.choice(PC_AREAS), r.randint(1, 29), r.randint(0, 9), r.choice(PC_IN), r.choice(PC_IN)))


def gen_mob(r):
    return uniq(lambda: "07700 900%03d" % r.randint(0, 999))


def gen_land(r):
    k = r.randint(0, 2)
    if k == 0:
        return uniq(lambda: "01632 960%03d" % r.randint(0, 999))
    if k == 1:
        return uniq(lambda: "0113 496 0%03d" % r.randint(0, 999))
    return uniq(lambda: "020 7946 0%03d" % r.randint(0, 999))


def fmt_phone(p, style):
    digits = p.replace(" ", "")
    if style == "plain":
        return p
    if style == "nospace":
        return digits
    if style == "intl":
        return "+44 " + p[1:]
    if style == "intl0":
        return "+44 (0)" + p[1:]
    if style == "dash":
        return "-".join(p.split(" "))
    if style == "brack":
        a, b = p.split(" ", 1)
        return "(%s) %s" % (a, b)
    raise ValueError(style)


def gen_ip(r):
    k = r.randint(0, 3)
    if k == 0:
        return uniq(lambda: "192.0.2.%d" % r.randint(2, 254))
    if k == 1:
        return uniq(lambda: "198.51.100.%d" % r.randint(2, 254))
    if k == 2:
        return uniq(lambda: "203.0.113.%d" % r.randint(2, 254))
    return uniq(lambda: "2001:db8:%x::%x" % (r.randint(1, 0xfff), r.randint(1, 0xffff)))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordn(d):
    return str(d) + ("th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def fmt_date(d, style):
    if style == "uk":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "ord":
        return "%s %s %d" % (ordn(d.day), MONTHS[d.month - 1], d.year)
    if style == "mon":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "oracle":
        return "%02d-%s-%02d" % (d.day, MONTHS[d.month - 1][:3].upper(), d.year % 100)
    if style == "dots":
        return "%d.%d.%02d" % (d.day, d.month, d.year % 100)
    if style == "short":
        return "%02d/%02d/%02d" % (d.day, d.month, d.year % 100)
    if style == "dash":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if style == "us":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "compact":
        return "%02d%02d%d" % (d.day, d.month, d.year)
    raise ValueError(style)


STREETS = ["Mill Lane", "Orchard Close", "Tanners Row", "Holloway Road", "Beacon Street", "Sycamore Drive",
           "Quarry Bank", "Ropewalk", "Chapel Terrace", "Foundry Way", "Larkspur Avenue", "Weavers Court",
           "Kiln Street", "Brook Parade", "Cedar Grove", "Station Approach", "Heron Walk", "Pitt Street",
           "Marsh Road", "Albion Crescent", "Gasworks Lane", "Linnet Way", "Cobden Street", "Priory Mews"]
TOWNS = ["Harrowfield", "Kettlebridge", "Ashby Wells", "Brackenmoor", "Lowther Cross", "St Audric",
         "Pennock", "Marrowdale", "Eastwold", "Fenby Quay", "Oxhey Vale", "Carrow Heath", "Duncliffe",
         "Wrenbury Magna", "Saltmarsh End"]
DOMAINS = ["example.com", "example.co.uk", "example.org", "example.net", "mail.example.com"]


class P:
    """A person. party is 's', 't' or 'f'."""

    def __init__(self, first, last, party="t", sex="M", middle="", dob=None, nick="", rel="",
                 aliases=(), town=None, flat=False):
        self.first, self.last, self.middle, self.sex = first, last, middle, sex
        self.party = PARTIES[party]
        self.nick, self.rel, self.aliases = nick, rel, list(aliases)
        r = R("person", first, middle, last)
        self.r = r
        self.dob = dob or datetime.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28))
        self.town = town or r.choice(TOWNS)
        street = uniq(lambda: "%d %s" % (r.randint(2, 140), r.choice(STREETS)))
        if flat:
            street = "Flat %d, %s" % (r.randint(1, 12), street)
        self.street = street
        self.postcode = gen_pc(r)
        self.mob = gen_mob(r)
        self.land = gen_land(r)
        fl = re.sub("[^a-z]", "", ascii_fold(first).lower())
        ll = re.sub("[^a-z]", "", ascii_fold(last).lower())
        if party == "f":
            self.email = "%s.%s@justice.example.gov.uk" % (fl, ll)
        else:
            self.email = uniq(lambda: r.choice(["%s.%s", "%s%s", "%s_%s"]) % (fl, ll) + r.choice(["", str(self.dob.year % 100), str(r.randint(1, 99))]) + "@" + r.choice(DOMAINS))
        self._ids = {}

    # ---- names
    def n(self, style="full"):
        f, l, mid = self.first, self.last, self.middle
        s = {"full": "%s %s" % (f, l), "FULL": "%s %s" % (f, l.upper()), "rev": "%s, %s" % (l.upper(), f),
             "revt": "%s, %s" % (l, f), "init": "%s. %s" % (f[0], l), "INIT": "%s %s" % (f[0], l.upper()),
             "sur": l, "SUR": l.upper(), "fn": f, "nick": self.nick,
             "all": " ".join(x for x in (f, mid, l) if x), "ALL": " ".join(x for x in (f, mid, l.upper()) if x),
             "REVALL": "%s, %s" % (l.upper(), " ".join(x for x in (f, mid) if x)),
             "inits": "%s.%s. %s" % (f[0], (mid or f)[0], l)}[style]
        return m("name", self.party, s)

    def alias(self, i=0):
        return m("name", self.party, self.aliases[i])

    def d(self, style="uk"):
        return m("date_of_birth", self.party, fmt_date(self.dob, style))

    def a(self):
        return m("address", self.party, "%s, %s" % (self.street, self.town))

    def a_street(self):
        return m("address", self.party, self.street)

    def a_ml(self):
        return m("address", self.party, "%s\n%s" % (self.street, self.town))

    def pc(self, low=False):
        return m("postcode", self.party, self.postcode.lower() if low else self.postcode)

    def ap(self, sep=", "):
        return self.a() + sep + self.pc()

    def ph(self, style="plain", land=False):
        return m("phone", self.party, fmt_phone(self.land if land else self.mob, style))

    def em(self, upper=False):
        return m("email", self.party, self.email.upper() if upper else self.email)

    # ---- identifiers (lazy, deterministic)
    def _id(self, cat):
        if cat not in self._ids:
            r = R("id", cat, self.first, self.last)
            if cat == "prison_number":
                v = uniq(lambda: r.choice("ABGHJK") + "%04d" % r.randint(1, 9999) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
            elif cat == "pnc":
                v = gen_pnc(r, min(2023, self.dob.year + r.randint(15, 22)))
            elif cat == "cro":
                v = gen_cro(r, (self.dob.year + r.randint(16, 22)) % 100)
            elif cat == "crn":
                v = uniq(lambda: r.choice("DEFNX") + "%06d" % r.randint(0, 999999))
            elif cat == "ni_number":
                v = uniq(lambda: gen_ni(r))
            elif cat == "nhs_number":
                v = uniq(lambda: gen_nhs(r))
            elif cat == "passport":
                v = uniq(lambda: "%09d" % r.randint(100000000, 999999999))
            elif cat == "driving_licence":
                v = gen_dl(self.last, self.first, self.middle, self.dob, self.sex == "F", r)
            elif cat == "vehicle_registration":
                v = gen_vrm(r)
            elif cat == "sort_code":
                v = uniq(lambda: "%02d-%02d-%02d" % (r.choice([11, 20, 30, 40, 60, 77, 83, 9]), r.randint(0, 99), r.randint(0, 99)))
            elif cat == "account_number":
                v = uniq(lambda: "%08d" % r.randint(10000000, 99999999))
            elif cat == "iban":
                v = gen_iban(r.choice(["ZEPH", "LOAM", "BRKB", "TEST", "HRBK"]), self.id("sort_code"), self.id("account_number"))
            elif cat == "payment_card":
                v = uniq(lambda: gen_card(r))
            elif cat == "ip_address":
                v = gen_ip(r)
            self._ids[cat] = v
        return self._ids[cat]

    def id(self, cat):
        v = self._id(cat)
        if cat == "pnc":
            return fmt_pnc(v, "long")
        return v

    def i(self, cat, style="plain"):
        v = self._id(cat)
        if cat == "pnc":
            s = fmt_pnc(v, "long" if style == "plain" else style)
        elif style == "plain":
            s = v
        elif style == "lower":
            s = v.lower()
        elif style == "spaced":
            if cat == "ni_number":
                s = "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
            elif cat == "nhs_number":
                s = "%s %s %s" % (v[:3], v[3:6], v[6:])
            elif cat == "payment_card":
                s = grp4(v)
            elif cat == "iban":
                s = grp4(v)
            elif cat == "prison_number":
                s = "%s %s %s" % (v[0], v[1:5], v[5:])
            elif cat == "driving_licence":
                s = "%s %s %s" % (v[:5], v[5:11], v[11:])
            elif cat == "sort_code":
                s = v.replace("-", " ")
            elif cat == "passport":
                s = "%s %s %s" % (v[:3], v[3:6], v[6:])
            else:
                s = v
        elif style == "nodash":
            s = v.replace("-", "").replace(" ", "")
        elif style == "dash" and cat == "nhs_number":
            s = "%s-%s-%s" % (v[:3], v[3:6], v[6:])
        elif style == "masked" and cat == "payment_card":
            raise ValueError("masked cards are not items")
        else:
            raise ValueError((cat, style))
        return m(cat, self.party, s)


class Body:
    def __init__(self, name, street, town, phones, email_local, domain="justice.example.gov.uk", extra_emails=()):
        self.name, self.street, self.town = name, street, town
        r = R("body", name)
        self.postcode = gen_pc(r)
        self.phones = phones
        for p in phones:
            USED.add(p)
        self.emails = ["%s@%s" % (email_local, domain)] + list(extra_emails)

    def a(self, town=True):
        return m("address", "b", "%s, %s" % (self.street, self.town) if town else self.street)

    def pc(self):
        return m("postcode", "b", self.postcode)

    def ap(self, sep=", "):
        return self.a() + sep + self.pc()

    def ph(self, i=0, style="plain"):
        return m("phone", "b", fmt_phone(self.phones[i], style))

    def em(self, i=0):
        return m("email", "b", self.emails[i])

    def yaml_addresses(self):
        return ["%s, %s" % (self.street, self.town), self.street]


def _nick_m(self):
    return m("name", self.party, self.nick)


P.nick_m = _nick_m


# ====================== document templates ======================
def D(d, style="uk"):
    """A non-DOB date (plain text, not an item)."""
    return fmt_date(d, style)


def hdr(C, title):
    return "OFFICIAL-SENSITIVE\n%s\n%s\n" % (C.jail.name.upper(), title)


def t_gym(C):
    S, st = C.S, C.st
    wc = C.base + datetime.timedelta(days=3)
    rows = [(S.n("rev"), S.i("prison_number"), "B-2-14", "Gym - circuits", "AM"),
            (C.pris[0].n("rev"), C.pris[0].i("prison_number"), "B-2-09", "Textiles workshop", "AM/PM"),
            (C.pris[1].n("rev"), C.pris[1].i("prison_number", "lower"), "B-3-01", "Kitchens", "AM/PM"),
            (C.pris[2].n("FULL"), C.pris[2].i("prison_number"), "C-1-22", "Gym - orderly", "PM"),
            (C.pris[3].n("rev"), C.pris[3].i("prison_number"), "C-2-05", "Education (Level 1 maths)", "AM"),
            (C.pris[4].n("revt"), C.pris[4].i("prison_number"), "B-1-17", "Waste management", "PM")]
    p1 = hdr(C, "GYM & WORK ALLOCATION BOARD  -  week commencing " + D(wc, "long"))
    p1 += "Prepared by: %s (Activities Hub)   Ext 2231\n\n" % st[1].n("FULL")
    p1 += "| Name | Prison No | Cell | Allocation | Session |\n|---|---|---|---|---|\n"
    for r_ in rows:
        p1 += "| " + " | ".join(r_) + " |\n"
    p1 += ("\nNotes:\n- %s to stay off the gym list until the medical review (see healthcare); %s "
           "asked to swap to PM, refused as %s already on that slot.\n"
           "- Do not allocate %s and %s to the same workshop (non-association, "
           "ref SIR dated %s).\n- %s (\"%s\") requested kitchens again - waiting list position 4.\n"
           % (C.pris[2].n("sur"), S.n("sur"), C.pris[0].n("init"), S.n("FULL"), C.pris[3].n("FULL"),
              D(C.base - datetime.timedelta(days=40), "short"), S.n("fn"), S.nick_m()))
    p1 += "\nQueries to the Activities Hub: %s / %s\nPage 1 of 2\n" % (C.jail.ph(1), C.jail.em(1))
    p2 = hdr(C, "ACTIVITIES WAITING LIST (continued)")
    p2 += "%-26s%-12s%-14s%s\n" % ("PRISONER", "NUMBER", "REQUESTED", "COMMENT")
    wl = [(S.n("INIT"), S.i("prison_number"), "Kitchens", "Good reports from %s on B wing" % st[2].n("init")),
          (C.extra[0].n("INIT"), C.extra[0].i("prison_number"), "Gardens", "Enhanced; DOB " + C.extra[0].d("uk") + " - over 50s session"),
          (C.extra[1].n("INIT"), C.extra[1].i("prison_number", "spaced"), "Gym", "Recently arrived from court"),
          (C.pris[1].n("INIT"), C.pris[1].i("prison_number"), "Library", "Swap with " + C.extra[0].n("sur"))]
    for a, b, c, d in wl:
        p2 += lj(a, 26) + lj(b, 12) + lj(c, 14) + d + "\n"
    p2 += ("\nSigned: %s, Activities Manager            Date: %s\nCountersigned: %s (Custodial Manager)\n"
           "%s, %s, %s  |  Switchboard %s\nPage 2 of 2\n"
           % (st[1].n("full"), D(wc, "uk"), st[0].n("FULL"), C.jail.name, C.jail.a(), C.jail.pc(), C.jail.ph(0)))
    return "gym-work-allocation-board", [p1, p2]


def t_canteen(C):
    S, r1, r2, fr, st = C.S, C.rel1, C.rel2, C.friend, C.st
    dt = C.base + datetime.timedelta(days=9)
    p1 = hdr(C, "PRISONER SHOP / CANTEEN ORDER SHEET")
    p1 += ("Name: %s        Prison no: %s\nLocation: B-2-14     Spend account no: %s     Regime level: Standard\n"
           "Order date: %s    Delivery: Friday\n\n"
           % (S.n("REVALL"), S.i("prison_number"), m("account_number", "s", C.spend_acc), D(dt, "mon")))
    p1 += "Item                               Qty   Price\n"
    for it, q, pr in [("Tuna in brine 145g", 2, "1.35"), ("Noodles chicken", 6, "0.32"), ("Rizla green", 1, "0.25"),
                      ("Vaping pod (mint)", 2, "3.10"), ("Greeting card - birthday", 1, "1.10"),
                      ("Halal chicken sausages", 1, "2.45"), ("Shampoo 2-in-1", 1, "1.80"), ("Stamps 2nd class x4", 1, "3.40")]:
        p1 += "%-35s%-6d%s\n" % (it, q, pr)
    p1 += ("\nPrisoner signature: %s            Checked by: %s (Canteen)\n\n"
           "MONEY RECEIVED INTO PRIVATE SPENDS (last 28 days)\n" % (S.n("init"), st[3].n("INIT")))
    p1 += ("%s  £40.00  Bank transfer from %s (%s), sort code %s, account %s, ref \"%s canteen\"\n"
           % (D(dt - datetime.timedelta(days=20), "short"), r1.n("full"), r1.rel, r1.i("sort_code"),
              r1.i("account_number"), S.n("SUR")))
    p1 += ("%s  £25.00  Postal order sent by %s, %s\n"
           % (D(dt - datetime.timedelta(days=13), "short"), r2.n("FULL"), r2.ap()))
    p1 += ("%s  £15.00  Bank transfer REJECTED - sender %s not on approved list; returned to a/c %s s/c %s "
           "(IBAN %s)\n"
           % (D(dt - datetime.timedelta(days=6), "short"), fr.n("full"), fr.i("account_number"), fr.i("sort_code", "nodash"),
              fr.i("iban", "spaced")))
    p1 += ("\nAny query about money sent in: Prisoner Money team %s, %s\n"
           % (C.jail.em(2), C.jail.ph(1, "brack")))
    return "canteen-order-sheet", [p1]


def t_mailroom(C):
    S, st = C.S, C.st
    dt = C.base + datetime.timedelta(days=14)
    p = hdr(C, "MAIL ROOM LOG - INCOMING / OUTGOING  (extract for %s %s)" % (vis(S.i("prison_number")), S.last.upper()))
    # keep the header ids as items: rebuild header with markup
    p = hdr(C, "MAIL ROOM LOG - INCOMING / OUTGOING") + "Extract for: %s %s\n\n" % (S.i("prison_number"), S.n("SUR"))
    p += "DATE       DIR  FROM / TO                              ADDRESS ON ENVELOPE                         ACTION\n"
    ents = [
        (dt, "IN", C.rel1.n("FULL"), C.rel1.ap(), "Issued. 3 photos, 1 letter"),
        (dt + datetime.timedelta(days=1), "OUT", C.rel2.n("full"), C.rel2.ap(), "Posted 2nd class"),
        (dt + datetime.timedelta(days=2), "IN", "Unknown (no sender name)", C.extra[2].ap(), "Withheld - suspected spice paper; sent to security, seal no. 0048812"),
        (dt + datetime.timedelta(days=3), "IN", C.friend.n("rev"), C.friend.a_street() + " (no postcode)", "Issued after photocopy"),
        (dt + datetime.timedelta(days=5), "OUT", C.victim.n("full"), C.victim.ap(), "STOPPED - addressee is a named victim; restriction in place. Copy to OMU"),
        (dt + datetime.timedelta(days=6), "IN", "HMCTS", C.pb.ap(), "Court papers; opened in presence of prisoner"),
    ]
    for d_, dr, who, addr, act in ents:
        p += "%s  %-4s %s %s %s\n" % (D(d_, "short"), dr, lj(who, 38), lj(addr, 43), act)
    p += ("\nLogged by: %s (OSG)   Checked: %s\n"
          "Stopped correspondence is reported to the Security Department via %s.\n"
          "Mail for %s should be addressed: [name], [prison number], %s, %s, %s\n"
          % (st[3].n("full"), st[2].n("INIT"), C.jail.em(3), C.jail.name, C.jail.name, C.jail.a(), C.jail.pc()))
    p2 = ("MAIL ROOM - CONTINUATION\nFurther entries for prisoner %s (%s), D.O.B. %s\n\n"
          % (S.n("ALL"), S.i("prison_number", "lower"), S.d("oracle")))
    p2 += ("%s IN  Letter from %s (\"%s\") - enclosed a mobile number %s written inside the card. Number "
           "not on PIN list; card withheld, letter issued. Prisoner informed by %s.\n"
           % (D(dt + datetime.timedelta(days=8), "uk"), C.friend.n("fn"), C.friend.nick, C.friend.ph("nospace"), st[3].n("init")))
    p2 += ("%s IN  Catalogue order returned by courier addressed to %s at %s - not a prisoner here; "
           "returned to sender.\n" % (D(dt + datetime.timedelta(days=9), "uk"), C.extra[3].n("FULL"), C.extra[3].ap()))
    p2 += ("%s OUT Letter to %s, %s; enclosure: birthday card for %s (DOB %s on the visiting order form).\n"
           % (D(dt + datetime.timedelta(days=11), "uk"), C.rel1.n("FULL"), C.rel1.ap(), C.child.n("fn"), C.child.d("uk")))
    return "mail-room-log", [p, p2]


def t_letter(C):
    S, r1, r2, fr, st = C.S, C.rel1, C.rel2, C.friend, C.st
    dt = C.base + datetime.timedelta(days=20)
    p = "[Transcribed from handwritten original - spelling as written]\n\n"
    p += "%s\n%s\n%s\n%s\n\n" % (S.n("all"), S.i("prison_number"), C.jail.name, D(dt, "short"))
    p += "Dear %s,\n\n" % ("Mum" if r1.rel == "mother" else r1.n("fn"))
    p += ("Hope your keeping well. Thanks for the money, it came thru on the %s and I got my canteen. "
          "Tell %s I said thanks for the card, the lads on the wing call me %s now because of it lol.\n\n"
          % (ordn((dt - datetime.timedelta(days=6)).day), r2.n("fn"), S.nick_m()))
    p += ("I had my sentence plan thing with %s from probation, she wants a address for when I get out. "
          "I said I can go back to %s but you said %s might still be there? If not "
          "can you ask my %s %s if I can stop at hers, %s. Her number is %s "
          "or ring the landline %s after 6.\n\n"
          % (st[0].n("full"), S.ap(), C.victim.n("fn"), r2.rel, r2.n("full"), r2.ap(), r2.ph(), r2.ph("plain", land=True)))
    p += ("Also dont give my new number to %s. I know %s is saying I owe him but I dont. "
          "If he rings you tell him nothing. His mate %s has been sending messages to %s too, "
          "her email is %s if you want to check with her.\n\n"
          % (fr.n("full"), fr.n("nick"), C.extra[4].n("full"), r2.n("fn"), r2.em()))
    p += ("The OMU need my NI number for the job centre, its %s I think, and my NHS number "
          "which is on the letter in my room at yours (%s?). My passport is in the drawer, "
          "number %s. Can you send a photo copy.\n\n"
          % (S.i("ni_number", "lower"), S.i("nhs_number", "spaced"), S.i("passport")))
    p += ("Love you loads, give %s a kiss from me, she was born on %s so dont forget her birthday.\n\n"
          "%s x\n(%s %s)\n" % (C.child.n("fn"), C.child.d("ord"), S.nick_m(), S.n("init"), S.i("prison_number")))
    return "prisoner-handwritten-letter", [p]


def t_imb(C):
    S, st = C.S, C.st
    dt = C.base + datetime.timedelta(days=25)
    p = ("INDEPENDENT MONITORING BOARD - %s\nAPPLICATION TO THE BOARD (confidential - place in IMB box)\n\n"
         % C.jail.name.upper())
    p += ("Surname: %s\nForename(s): %s\nNumber: %s\nLocation: %s\nDate of birth: %s\n"
          "Date: %s\n\n" % (S.n("SUR"), m("name", "s", " ".join(x for x in (S.first, S.middle) if x)),
                           S.i("prison_number"), "HCC-1-04", S.d("dots"), D(dt, "long")))
    p += ("What is your application about?\n[ ] Property  [x] Staff  [ ] Food  [x] Visits  [ ] Other\n\n"
          "Please describe the problem:\n"
          "On %s my visit with my %s %s (%s) was cancelled at the gate because the booking said "
          "a different date of birth for her. The booking has her DOB as %s but it is really %s. "
          "The visits team (%s) said it was my fault. I asked Officer %s and she said put in a "
          "complaint but the complaint went missing. %s who is in the next cell (%s) saw the whole "
          "thing. I want the Board to check the booking ref and speak to %s.\n\n"
          % (D(dt - datetime.timedelta(days=12), "long"), C.rel1.rel, C.rel1.n("full"), C.rel1.ph("intl"),
             "the 3rd", C.rel1.d("uk"), C.jail.em(4), st[2].n("sur"), C.pris[0].n("full"), C.pris[0].i("prison_number"),
             st[2].n("FULL")))
    p += "Signed: %s\n\n" % S.n("full")
    p2 = ("FOR BOARD USE\nReceived by: %s (IMB member)    Date: %s\nRef: IMB/%s/%d\n\n"
          % (C.imb.n("full"), D(dt + datetime.timedelta(days=2), "uk"), C.jail.name.split()[-1][:3].upper(), 400 + C.n * 7))
    p2 += ("Member's notes: Spoke to %s on the unit on %s. He/she confirmed the account. Visits "
           "booking system shows the visitor %s with DOB %s (incorrect) and contact number %s. Visitor's "
           "address on the booking is %s. %s from visits accepted the error and rebooked; "
           "goodwill visit offered. Also raised with Custodial Manager %s that %s (%s) was not "
           "interviewed. Application closed - resolved.\n\n"
           % (S.n("sur"), D(dt + datetime.timedelta(days=4), "mon"), C.rel1.n("FULL"),
              m("date_of_birth", "t", "03/%02d/%d" % (C.rel1.dob.month, C.rel1.dob.year)),
              C.rel1.ph("nospace"), C.rel1.ap(), st[3].n("full"), st[0].n("INIT"),
              C.pris[0].n("sur"), C.pris[0].i("prison_number", "lower")))
    p2 += ("IMB Clerk: %s  |  %s  |  %s\n%s, %s\n"
           % (C.imbclerk.n("full"), C.jail.em(5), C.jail.ph(2), C.jail.a(), C.jail.pc()))
    return "imb-application", [p, p2]


def t_resettle(C):
    S, st = C.S, C.st
    dt = C.base + datetime.timedelta(days=60)
    p = hdr(C, "PRE-RELEASE RESETTLEMENT CHECKLIST (12 weeks)")
    p += ("Prisoner: %s   aka %s\nNOMS: %s   PNC: %s   CRO: %s\nDOB: %s   Conditional release date: %s\n"
          "Community Offender Manager: %s, %s, %s\nPrison Offender Manager: %s ext 4410\n\n"
          % (S.n("ALL"), S.alias(0), S.i("prison_number"), S.i("pnc", "short"), S.i("cro"),
             S.d("uk"), D(dt + datetime.timedelta(days=84), "uk"), st[0].n("full"), st[0].em(), st[0].ph(land=True),
             st[1].n("FULL")))
    p += "1. IDENTIFICATION\n"
    p += "   [x] Birth certificate - held in stored property\n"
    p += "   [x] Passport no. %s (expires %s) - held by family\n" % (S.i("passport", "spaced"), D(dt + datetime.timedelta(days=900), "mon"))
    p += "   [x] Driving licence %s - counterpart lost; DVLA informed\n" % S.i("driving_licence")
    p += "   [x] National Insurance no. %s confirmed by DWP\n" % S.i("ni_number", "spaced")
    p += "2. FINANCE, BENEFIT AND DEBT\n"
    p += ("   [x] Basic bank account opened in custody: sort code %s  account %s\n"
          "       (card to be posted to release address, not to prison)\n" % (S.i("sort_code"), S.i("account_number")))
    p += "   [ ] UC advance claim - appointment with Jobcentre after release\n"
    p += "   [x] Debts - catalogue debt is in %s's name only (%s); not the prisoner's liability\n" % (C.rel2.n("fn"), C.rel2.n("full"))
    p += "3. HEALTH\n"
    p += "   [x] NHS number %s   GP registration to transfer on release\n" % S.i("nhs_number", "dash")
    p += "   [x] Prescription bridging: 7 days\n"
    p += "4. ACCOMMODATION\n"
    p += ("   [x] Release address: %s (with %s, %s)\n"
          "       Contact for address checks: %s / %s\n"
          % (C.rel2.ap(), C.rel2.rel, C.rel2.n("full"), C.rel2.ph("intl"), C.rel2.em()))
    p += ("   [x] Previous address %s NOT suitable - exclusion zone (victim %s lives within 500m)\n"
          % (S.ap(), C.victim.n("init")))
    p += "5. NEXT OF KIN\n   %s (%s), %s, tel %s\n" % (C.rel1.n("FULL"), C.rel1.rel, C.rel1.ap(), C.rel1.ph())
    p += ("\nCompleted by %s (Resettlement, %s) on %s. Reviewed by %s.\n"
          "Resettlement hub: %s | %s | %s\n"
          % (st[3].n("full"), st[3].em(), D(dt, "long"), st[1].n("init"), C.jail.ph(1), C.jail.em(0), C.jail.ap()))
    return "pre-release-resettlement-checklist", [p]


def t_council(C):
    S, st, pr = C.S, C.st, C.pris
    dt = C.base + datetime.timedelta(days=30)
    p = hdr(C, "PRISONER COUNCIL - MINUTES OF MEETING HELD %s, CHAPEL ANNEXE" % D(dt, "long").upper())
    p += ("Present:\n  %s (Deputy Governor, chair)\n  %s (Head of Residence)\n  %s, Peer rep A wing\n"
          "  %s, Peer rep B wing (%s)\n  %s, Peer rep C wing\n  %s (Listener)\n"
          "Apologies: %s (Catering Manager)\nMinutes: %s\n\n"
          % (st[0].n("FULL"), st[1].n("full"), S.n("FULL"), pr[0].n("FULL"), pr[0].i("prison_number"),
             pr[1].n("full"), pr[2].n("rev"), st[2].n("full"), st[3].n("init")))
    p += ("1. Matters arising\n   %s reported that the kettles on B wing are still not replaced. %s "
          "(Head of Residence) to chase estates.\n\n"
          "2. Canteen prices\n   %s said men on A wing cannot afford vapes since the price rise. "
          "%s asked whether family can send money by bank transfer instead of postal order; chair "
          "confirmed transfers must come from approved senders only.\n\n"
          "3. Visits\n   %s raised that visitors are being turned away for ID. Example given (with consent) of "
          "%s, whose mother %s was refused because her driving licence (%s) had the old address %s. "
          "Visits to check the policy.\n\n"
          % (pr[0].n("sur"), st[1].n("sur"), S.n("fn"), pr[1].n("sur"), S.n("SUR"), pr[2].n("full"),
             C.extra[0].n("full"), C.extra[0].i("driving_licence"), C.extra[0].ap()))
    p += ("4. Gym\n   Complaint that the gym orderly %s (%s) is favouring friends. Chair said individual "
          "matters are not for council; %s to raise through COMP1.\n\n"
          "5. AOB\n   %s thanked staff for the Eid and Diwali events. Next meeting %s.\n\n"
          "Actions: %s - kettles; %s - visits ID policy; minutes to council reps and %s.\n"
          "Council enquiries: %s  %s\n"
          % (pr[3].n("full"), pr[3].i("prison_number", "lower"), S.n("init"), pr[2].n("fn"),
             D(dt + datetime.timedelta(days=28), "uk"), st[1].n("sur"), st[2].n("INIT"), C.jail.em(0),
             C.jail.ph(0), C.jail.ap()))
    return "prison-council-minutes", [p]


def t_inquest(C):
    S, st, dec = C.S, C.st, C.pris[4]
    dt = C.base + datetime.timedelta(days=120)
    p = ("HM CORONER - %s\nINQUEST TOUCHING THE DEATH OF %s\nWITNESS LIST AND TIMETABLE\n\n"
         % (C.pb.name.upper(), dec.n("ALL").replace(dec.first, dec.first.upper(), 1)))
    p += ("Deceased: %s   Date of birth: %s   Prison no: %s\nLast address before custody: %s\n"
          "NHS no: %s\nDate of death: %s at %s\n\n"
          % (dec.n("REVALL"), dec.d("long"), dec.i("prison_number"), dec.ap(), dec.i("nhs_number", "spaced"),
             D(dt - datetime.timedelta(days=200), "long"), C.jail.name))
    p += "Day 1 - %s\n" % D(dt, "long")
    w = [("10:00", st[0].n("FULL"), "Governor, " + C.jail.name, "in person"),
         ("11:15", st[2].n("FULL"), "Night OSG", "in person"),
         ("12:00", C.nurse.n("FULL"), "Healthcare (agency nurse)", "video"),
         ("14:00", m("name", "s", S.first + " " + S.last.upper()) + " (" + S.i("prison_number") + ")", "Prisoner - neighbouring cell", "video link from prison"),
         ("15:00", C.pris[3].n("FULL") + " (" + C.pris[3].i("prison_number") + ")", "Prisoner - cellmate", "statement read (r.23)")]
    for t, n_, role, how in w:
        p += "  %s  %s %s %s\n" % (t, lj(n_, 40), lj(role, 32), how)
    p += "\nDay 2 - %s\n" % D(dt + datetime.timedelta(days=1), "long")
    p += "  10:00  %s (%s of the deceased) - family statement\n" % (C.dfam.n("FULL"), C.dfam.rel)
    p += "  11:30  %s, %s - pathologist (written evidence)\n" % (C.path.n("full"), "Dr")
    p += ("\nInterested persons: the family of the deceased (%s, %s, %s, tel %s, e-mail %s); "
          "Ministry of Justice; the healthcare provider.\n"
          % (C.dfam.n("full"), C.dfam.a(), C.dfam.pc(), C.dfam.ph(), C.dfam.em()))
    p += ("Witness %s: date of birth %s - production order not required; attends by video.\n"
          % (S.n("init"), S.d("uk")))
    p += ("\nCoroner's Officer: %s  %s  %s\nCoroner's Court, %s, %s  Tel %s  %s\n"
          % (C.coroff.n("full"), C.coroff.ph(land=True), C.coroff.em(), C.pb.a(), C.pb.pc(), C.pb.ph(0), C.pb.em(0)))
    return "coroner-inquest-witness-list", [p]


def t_cas3(C):
    S, st = C.S, C.st
    dt = C.base + datetime.timedelta(days=70)
    p = ("COMMISSIONED ACCOMMODATION SERVICE TIER 3 (CAS-3) - REFERRAL\nReferral date: %s   Referral ID: CAS3-%d\n\n"
         % (D(dt, "uk"), 77000 + C.n * 131))
    p += "SECTION A - PERSON ON PROBATION\n"
    rows = [("Full name", S.n("ALL")), ("Other names used", S.alias(0) + "; " + S.nick_m()),
            ("Date of birth", S.d("long")), ("CRN", S.i("crn")), ("NOMIS", S.i("prison_number")),
            ("PNC", S.i("pnc")), ("NI number", S.i("ni_number", "spaced")),
            ("Mobile", S.ph()), ("Email", S.em()), ("Current address", C.jail.name + " (release " + D(dt + datetime.timedelta(days=21), "uk") + ")")]
    for k, v in rows:
        p += "%-20s: %s\n" % (k, v)
    p += "\nSECTION B - RISK AND RESTRICTIONS\n"
    p += ("Must not reside within the %s area. Victim of the index offence, %s (DOB %s), lives at "
          "%s. Do not place within 2 miles of %s.\n"
          "Exclusion also covers the home of the victim's mother, %s, %s.\n"
          % (C.victim.town, C.victim.n("FULL"), C.victim.d("uk"), C.victim.ap(), C.victim.pc(),
             C.witness.n("full"), C.witness.ap()))
    p += ("Contact with children: %s must not have unsupervised contact with %s (DOB %s), "
          "the child of former partner %s.\n\n" % (S.n("fn"), C.child.n("full"), C.child.d("short"), C.rel2.n("full")))
    p += "SECTION C - HEALTH AND SUPPORT\nNHS number: %s  GP: to register on release.\n" % S.i("nhs_number")
    p += ("Support network: %s %s (%s, %s). Has offered help with furniture but cannot house him.\n\n"
          % (C.rel1.rel, C.rel1.n("full"), C.rel1.ph(), C.rel1.em()))
    p += ("SECTION D - REFERRER\nName: %s, Community Offender Manager\nTeam: %s, %s, %s\nDirect: %s   Email: %s\n"
          "Team mailbox: %s\n" % (st[0].n("full"), C.prob.name, C.prob.a(), C.prob.pc(), st[0].ph(land=True), st[0].em(), C.prob.em(0)))
    return "cas3-accommodation-referral", [p]


def t_jobcentre(C):
    S = C.S
    dt = C.base + datetime.timedelta(days=95)
    p = ("Department for Work and Pensions\n%s\n%s\n%s\n\n" % (C.jc.name, C.jc.a(), C.jc.pc()))
    p += "%s\n%s\n%s\n\n" % (S.n("ALL"), S.a_ml(), S.pc())
    p += "Date: %s\nNational Insurance number: %s\n\n" % (D(dt, "long"), S.i("ni_number"))
    p += ("Dear %s %s\n\nYour Universal Credit appointment\n\n"
          "You must come to %s on %s at 10:40 to meet your work coach, %s.\n\n"
          "Bring with you:\n  * photo ID (passport or driving licence)\n  * your bank details (sort code and account number)\n"
          "  * proof of address, e.g. a letter from your landlord %s\n  * your release licence\n\n"
          "If you cannot attend, call us on %s or %s. If you do not attend your payment may be "
          "reduced.\n\nYours sincerely\n\n%s\nWork Coach Team Leader\n"
          % (C.title, S.n("sur"), C.jc.name, D(dt + datetime.timedelta(days=6), "long"), C.wcoach.n("full"),
             C.landlord.n("full"), C.jc.ph(0), C.jc.ph(1, "intl"), C.jctl.n("full")))
    p2 = ("CLAIMANT COMMITMENT - SUMMARY (page 2)\nClaimant: %s   NINO: %s   DOB: %s\n"
          "Payment to: bank account held on file\n\n"
          % (S.n("rev"), S.i("ni_number", "lower"), S.d("dash")))
    p2 += ("Work search: 35 hours a week. Agreed goals: CSCS card; warehouse work in %s.\n"
           "Partner: %s %s is a joint claimant? No - single claim. Housing costs: rent paid to %s (%s).\n"
           "Work coach: %s, %s\n"
           % (S.town, C.rel2.rel, C.rel2.n("fn"), C.landlord.n("FULL"), C.landlord.ph("plain", land=True), C.wcoach.n("init"), C.wcoach.em()))
    return "jobcentre-appointment-letter", [p, p2]


def t_deposit(C):
    S, L = C.S, C.landlord
    dt = C.base + datetime.timedelta(days=110)
    p = ("DEPOSIT PROTECTION CERTIFICATE\nExample Deposit Scheme (custodial) - Certificate no. DPC-%d\n\n"
         % (551200 + C.n * 17))
    p += ("Property: %s\nPostcode: %s\nTenancy start: %s   Deposit: £650.00   Protected on: %s\n\n"
          % (S.a(), S.pc(), D(dt, "long"), D(dt + datetime.timedelta(days=12), "uk")))
    p += ("LANDLORD\n  Name: %s\n  Address: %s\n  Tel: %s   Mobile: %s\n  Email: %s\n"
          "  Repayment account: %s\n\n"
          % (L.n("FULL"), L.ap(), L.ph("plain", land=True), L.ph("intl"), L.em(), L.i("iban", "spaced")))
    p += ("LEAD TENANT\n  Name: %s\n  DOB: %s\n  Correspondence address during tenancy: as property\n"
          "  Mobile: %s   Email: %s\n  Repayment: sort code %s  account no. %s\n\n"
          % (S.n("ALL"), S.d("uk"), S.ph("nospace"), S.em(), S.i("sort_code", "spaced"), S.i("account_number")))
    p += ("JOINT TENANT\n  Name: %s\n  DOB: %s\n  Mobile: %s\n  Repayment: IBAN %s\n\n"
          % (C.rel2.n("FULL"), C.rel2.d("iso"), C.rel2.ph(), C.rel2.i("iban")))
    p += ("RELEVANT PERSON (paid part of deposit)\n  %s (%s of lead tenant), %s\n\n"
          % (C.rel1.n("full"), C.rel1.rel, C.rel1.ap()))
    p += ("This certificate was produced for the tenant. Keep it safe. To dispute a deduction "
          "contact the scheme on %s or write to %s, %s.\n" % (C.dps.ph(0), C.dps.a(), C.dps.pc()))
    return "tenancy-deposit-certificate", [p]


def t_dvla_ban(C):
    S = C.S
    dt = C.base + datetime.timedelta(days=5)
    p = "%s\n%s\n%s\n\n%s\n%s\n%s\n\n" % (C.dvla.name, C.dvla.a(), C.dvla.pc(), S.n("ALL"), S.a_ml(), S.pc())
    p += ("Date of issue: %s\nDriver number: %s\nDate of birth: %s\n\n"
          "NOTICE OF DISQUALIFICATION FROM DRIVING\n\n"
          "Dear %s %s,\n\nThe court has told us that on %s you were disqualified from holding or "
          "obtaining a driving licence for 18 months for an offence of driving while over the "
          "prescribed limit (DR10) in vehicle %s.\n\n"
          % (D(dt, "uk"), S.i("driving_licence", "spaced"), S.d("long"), C.title, S.n("sur"),
             D(dt - datetime.timedelta(days=20), "long"), S.i("vehicle_registration")))
    p += ("You must not drive until your licence is returned. Your licence record will show the "
          "endorsement for 11 years. Because the vehicle is registered to %s, a copy of the vehicle "
          "notice has been sent to the registered keeper at %s.\n\n"
          % (C.rel2.n("FULL"), C.rel2.ap()))
    p += ("If you wish to reapply, use form D1. Enquiries: %s (Monday to Friday). Please quote your "
          "driver number %s.\n\nDrivers Medical Group - if you have a medical condition, write to %s.\n"
          % (C.dvla.ph(0), S.i("driving_licence", "lower"), C.dvla.em(0)))
    return "dvla-driving-ban-notice", [p]


def t_insurance(C):
    S, ph_ = C.S, C.rel2
    dt = C.base - datetime.timedelta(days=200)
    p = ("CERTIFICATE OF MOTOR INSURANCE\nExample Mutual Insurance plc   Policy no. EXM/%d/%s\n\n"
         % (300000 + C.n * 911, "PC"))
    p += ("1. Registration mark of vehicle: %s\n2. Name of policyholder: %s\n"
          "   Address: %s\n   Date of birth: %s\n   Licence: %s\n"
          "3. Effective date of commencement: 00:01 %s\n4. Date of expiry: 23:59 %s\n"
          % (ph_.i("vehicle_registration"), ph_.n("ALL"), ph_.ap(), ph_.d("uk"), ph_.i("driving_licence"),
             D(dt, "long"), D(dt + datetime.timedelta(days=364), "long")))
    p += ("5. Persons or classes of persons entitled to drive:\n"
          "   (a) The policyholder\n   (b) %s  DOB %s  licence %s\n"
          "   (c) %s  DOB %s  licence %s\n"
          % (S.n("ALL"), S.d("short"), S.i("driving_licence"), C.extra[1].n("full"), C.extra[1].d("short"),
             C.extra[1].i("driving_licence", "spaced")))
    p += ("6. Limitations as to use: social, domestic and pleasure including commuting.\n\n"
          "Premium collected by continuous payment authority from card %s (cardholder %s).\n"
          "Claims line %s   Customer services %s\n\n" % (ph_.i("payment_card", "spaced"), ph_.n("init"), C.ins.ph(0), C.ins.ph(1)))
    p2 = ("MID-TERM ADJUSTMENT NOTE\nPolicy EXM/%d/PC - %s\n\nNamed driver %s (%s) removed "
          "from %s following notification of a disqualification. Policyholder %s told on the phone "
          "(%s) that she had not known about the drink-drive conviction. Second vehicle %s "
          "(owned by %s, %s) was never on cover.\nHandler: %s, claims team (%s)\n"
          % (300000 + C.n * 911, ph_.n("SUR"), S.n("FULL"), S.d("iso"), D(C.base, "uk"), ph_.n("fn"), ph_.ph("nospace"),
             C.extra[1].i("vehicle_registration"), C.extra[1].n("full"), C.extra[1].ph(), C.inshand.n("full"), C.ins.em(0)))
    return "car-insurance-certificate", [p, p2]


def t_taxi(C):
    S, fr = C.S, C.friend
    dt = C.base - datetime.timedelta(days=30)
    p = ("EXAMPLE CARS LTD - BOOKING RECORDS PRODUCED TO POLICE\nRequest ref: 40/%d  Produced by: %s (Operations)\n\n"
         % (C.n * 1000 + 312, C.taxiops.n("full")))
    p += "Account holder: %s\nAccount email: %s\nAccount phone: %s\nRegistered card: %s\n\n" % (
        S.n("full"), S.em(), S.ph("intl"), S.i("payment_card", "spaced"))
    p += "JOB | DATE/TIME | PASSENGER | PICKUP | DROP-OFF | PHONE | BOOKED FROM IP | DRIVER\n"
    jobs = [
        (dt, "22:14", S.n("fn"), S.ap(), C.victim.a_street() + ", " + C.victim.town, S.ph("intl"), S.i("ip_address"), C.driver1.n("INIT")),
        (dt + datetime.timedelta(days=1), "01:05", fr.n("full") + " (on account of " + S.n("sur") + ")", fr.ap(), "Fenby Quay rank", fr.ph(), fr.i("ip_address"), C.driver1.n("INIT")),
        (dt + datetime.timedelta(days=3), "18:40", S.n("FULL"), "Kettlebridge station", S.ap(), S.ph("intl"), S.i("ip_address"), C.driver2.n("INIT")),
        (dt + datetime.timedelta(days=4), "23:55", C.extra[2].n("full"), C.extra[2].ap(), "The Lamb, Marsh Road", C.extra[2].ph("nospace"), C.extra[2].i("ip_address"), C.driver2.n("INIT")),
    ]
    for i_, (d_, tm, pa, pu, do, ph_, ip, drv) in enumerate(jobs):
        p += "%d | %s %s | %s | %s | %s | %s | %s | %s\n" % (88410 + i_ * 7, D(d_, "short"), tm, pa, pu, do, ph_, ip, drv)
    p += ("\nNote: job %d was paid by a second card %s registered to %s; the card was added to "
          "%s's account the same night.\n"
          % (88417, fr.i("payment_card"), fr.n("full"), S.n("fn")))
    p += ("Driver details held: %s, private hire badge PH-2291, vehicle %s; %s, badge PH-3107, vehicle %s.\n"
          % (C.driver1.n("full"), C.driver1.i("vehicle_registration"), C.driver2.n("full"), C.driver2.i("vehicle_registration")))
    p += "Statement of authenticity signed: %s   Operator licence enquiries: %s\n" % (C.taxiops.n("init"), C.taxi.ph(0))
    return "taxi-booking-record", [p]


def t_rj(C):
    S, v, st = C.S, C.victim, C.st
    dt = C.base + datetime.timedelta(days=150)
    p = ("RESTORATIVE JUSTICE CONFERENCE - FACILITATOR NOTES\nVenue: %s, %s\nDate: %s\n"
         "Facilitators: %s, %s\n\n" % (C.jail.name, C.jail.ap(), D(dt, "long"), C.rjf.n("full"), st[2].n("full")))
    p += ("Participants: %s (responsible person, %s), %s (harmed person), %s (supporter of harmed "
          "person, her %s), %s (supporter for %s).\n\n"
          % (S.n("full"), S.i("prison_number"), v.n("full"), C.witness.n("full"), C.witness.rel, C.rel1.n("full"), S.n("fn")))
    p += ("Opening: ground rules read. %s asked that her address is not mentioned.\n\n"
          "%s: I was in the house on %s. I didn't know she'd be there.\n"
          "%s: You knew. You'd been texting me all week from %s.\n"
          "%s: That was %s's phone, not mine.\n"
          "FACILITATOR (%s): Let's stay with how it affected you, %s.\n"
          "%s: I couldn't go back to %s for months. My mum had to get the locks changed.\n"
          "%s (supporter): She still won't answer unknown numbers.\n"
          "%s: I'm sorry. I know \"sorry\" doesn't fix it. I'm doing the course.\n\n"
          % (v.n("fn"), S.n("SUR"), v.a_street(), v.n("SUR"), S.ph(), S.n("SUR"), C.friend.n("nick"),
             C.rjf.n("sur"), v.n("fn"), v.n("SUR"), v.a_street(), C.witness.n("SUR"), S.n("SUR")))
    p += ("Outcome agreement:\n  - %s will not contact %s or her family directly or via friends such as %s.\n"
          "  - Letter of apology to be passed through the facilitator (%s, %s).\n"
          "  - %s (\"%s\") to remain on the victim contact list; contact via %s only.\n\n"
          "Signed: %s   %s   %s\n"
          % (S.n("fn"), v.n("full"), C.friend.n("full"), C.rjf.em(), C.rjf.ph(land=True), v.n("fn"), v.nick,
             C.prob.em(1), C.rjf.n("init"), S.n("init"), v.n("init")))
    return "restorative-justice-conference-notes", [p]


def t_cpsup(C):
    S, st = C.S, C.st
    dt = C.base + datetime.timedelta(days=7)
    p = ("COMMUNITY PAYBACK - SUPERVISOR'S DAILY LOG\nProject: %s   Supervisor: %s (%s)\n\n"
         % ("Brackenmoor canal towpath clearance", st[2].n("FULL"), st[2].ph()))
    crew = [S] + C.cp
    for k in range(3):
        d_ = dt + datetime.timedelta(days=7 * k)
        p += "Session %s  %s  08:30-16:00\n" % (k + 1, D(d_, "long"))
        p += "  Attendance:\n"
        for j, w in enumerate(crew):
            style = ["rev", "FULL", "revt"][(j + k) % 3]
            status = "present" if (j + k) % 4 else "absent - no contact"
            p += "   - %s  CRN %s  %s\n" % (lj(w.n(style), 28), w.i("crn") if (j + k) % 2 == 0 else w.i("crn", "lower"), status)
        if k == 0:
            p += ("  Notes: %s arrived in a car driven by %s (reg %s) - reminded that lifts from other "
                  "PoPs are discouraged. %s worked well, led litter team.\n\n"
                  % (C.cp[0].n("sur"), C.cp[1].n("full"), C.cp[1].i("vehicle_registration"), S.n("FULL")))
        elif k == 1:
            p += ("  Notes: %s (\"%s\") left site at 12:10 saying his partner %s had rung (%s) about "
                  "their son. Verified later by phone. %s argued with %s over the van seat.\n\n"
                  % (S.n("fn"), S.nick_m(), C.rel2.n("fn"), C.rel2.ph("intl"), C.cp[2].n("sur"), C.cp[0].n("fn")))
        else:
            p += ("  Notes: Health & safety: %s cut hand on glass; first aid given; NHS 111 advised. "
                  "Incident form emailed to %s.\n\n" % (C.cp[2].n("full"), C.prob.em(0)))
    p += ("Supervisor sign-off: %s  %s\nUnpaid Work Unit, %s  Tel %s\n"
          % (st[2].n("init"), st[2].em(), C.prob.ap(), C.prob.ph(0)))
    return "community-payback-supervisor-log", [p]


def t_timesheet(C):
    S, st = C.S, C.st
    dt = C.base + datetime.timedelta(days=40)
    p = ("UNPAID WORK - INDIVIDUAL TIMESHEET\nName: %s   CRN: %s   DOB: %s\nOrder: 150 hours UPW   "
         "Responsible officer: %s\nAddress: %s\nPhone: %s\n\n"
         % (S.n("REVALL"), S.i("crn"), S.d("short"), st[0].n("full"), S.ap(), S.ph()))
    p += "%-12s %-38s %-6s %-6s %-6s %s\n" % ("DATE", "PLACEMENT", "IN", "OUT", "HRS", "SUPERVISOR")
    places = ["Charity shop, Pitt Street", "Canal towpath", "Foodbank warehouse", "Allotments, Marsh Road", "Church hall redecoration"]
    tot = 0
    for k in range(9):
        d_ = dt + datetime.timedelta(days=3 * k + (k % 2))
        hrs = [7, 6, 7, 3, 7, 7, 0, 7, 6][k]
        tot += hrs
        sup = [st[2], C.sup2][k % 2]
        p += "%-12s %-38s %-6s %-6s %-6s %s\n" % (D(d_, "uk"), places[k % 5], "08:30" if hrs else "-", "15:30" if hrs else "-", hrs, vis(sup.n("INIT")) if False else "") 
        p = p.rstrip("\n") + sup.n("INIT") + "\n"
    p += ("\nTotal hours this sheet: %d   Hours outstanding: %d\n"
          "Absence %s: explanation given that %s (%s) was in hospital; letter from %s received. "
          "Acceptable.\n\n" % (tot, 150 - tot - 40, D(dt + datetime.timedelta(days=18), "uk"), C.rel1.n("full"), C.rel1.rel,
                               C.rel1.n("init")))
    p += ("Worked alongside: %s (CRN %s) on 3 sessions; no issues.\n"
          "I confirm the hours above.  Signed: %s   Supervisor: %s\n"
          "Queries: Unpaid Work admin %s / %s\n" % (C.cp[0].n("full"), C.cp[0].i("crn"), S.n("init"), st[2].n("full"), C.prob.em(0), C.prob.ph(1)))
    return "unpaid-work-timesheet", [p]


def t_interview(C):
    S, st, v = C.S, C.st, C.victim
    dt = C.base - datetime.timedelta(days=60)
    p = ("RECORD OF VOLUNTARY INTERVIEW (not under arrest)\nInterviewee: %s   DOB: %s   PNC: %s\n"
         "Location: %s, %s\nDate: %s   Start 14:02\nPresent: DC %s (interviewing), DS %s, "
         "legal representative (name withheld at request of firm)\n\n"
         % (S.n("FULL"), S.d("uk"), S.i("pnc", "lower"), C.police.name, C.police.ap(), D(dt, "long"), st[3].n("full"), C.ds.n("full")))
    qa = [
        ("DC", "Can you confirm your full name and date of birth?"),
        ("%s" % S.n("SUR"), "%s. %s." % (S.n("all"), S.d("ord"))),
        ("DC", "And you're also known as %s?" % S.alias(0)),
        ("%s" % S.n("SUR"), "That's just what they call me at work, yeah. Or %s." % S.nick_m()),
        ("DC", "Your address is %s?" % S.ap()),
        ("%s" % S.n("SUR"), "Yes."),
        ("DC", "Do you know a %s?" % v.n("full")),
        ("%s" % S.n("SUR"), "I know %s from the pub, that's it." % v.n("fn")),
        ("DC", "%s says she received messages from %s. Is that your number?" % (v.n("SUR"), S.ph("nospace"))),
        ("%s" % S.n("SUR"), "It was. I gave that phone to %s in March." % C.cp[0].n("fn")),
        ("DC", "%s %s, of %s?" % (C.cp[0].n("fn"), C.cp[0].n("sur"), C.cp[0].a())),
        ("%s" % S.n("SUR"), "Yeah. Ask him. His number now is %s I think." % C.cp[0].ph()),
        ("DC", "We've got a white van %s outside her flat at %s on the 14th. Whose van is that?" % (C.cp[1].i("vehicle_registration"), v.a())),
        ("%s" % S.n("SUR"), "That's %s's. I don't drive it, I'm banned." % C.cp[1].n("fn")),
        ("DS", "The van's insured to %s, date of birth %s. Is that your cousin?" % (C.cp[1].n("FULL"), C.cp[1].d("long"))),
        ("%s" % S.n("SUR"), "No comment."),
    ]
    for who, txt in qa:
        p += "%s: %s\n" % (who, txt)
    p += "\n[Tape 1 of 2 ends 14:41]\n"
    p2 = "RECORD OF VOLUNTARY INTERVIEW - continued\nInterviewee: %s (%s)\n\n" % (S.n("rev"), S.i("pnc", "short"))
    qa2 = [
        ("DC", "I'm showing you exhibit %s/3, a screenshot of a Facebook profile. The e-mail used is %s. Is that yours?" % (st[3].last.upper()[:3], S.em())),
        ("%s" % S.n("SUR"), "That's old. My sister %s set it up." % C.rel1.n("fn")),
        ("DC", "The log-ins came from IP address %s. That's your home broadband?" % S.i("ip_address")),
        ("%s" % S.n("SUR"), "Could be anyone on the wifi. %s stays over." % C.cp[0].n("fn")),
        ("DS", "And %s, the lady at number %s - she says she saw you." % (C.witness.n("full"), C.witness.street.split()[0])),
        ("%s" % S.n("SUR"), "She's got it in for me. Her son %s owes me money." % C.extra[3].n("fn")),
        ("DC", "Interview concluded 15:20. You'll be contacted by %s or by the Witness Care Unit." % st[3].em()),
    ]
    for who, txt in qa2:
        p2 += "%s: %s\n" % (who, txt)
    p2 += "\nTranscribed by %s (civilian typist) for %s. Enquiries: %s\n" % (C.typist.n("full"), C.police.name, C.police.ph(0))
    return "voluntary-interview-transcript", [p, p2]


def t_forensic(C):
    S, st = C.S, C.st
    dt = C.base - datetime.timedelta(days=45)
    p = ("FORENSIC SUBMISSION FORM (Example Forensic Services Ltd)\nSubmitting force: %s\nSubmitting officer: DC %s   "
         "Tel: %s   E-mail: %s\nDate: %s\nLab address: %s, %s   Lab reception: %s\n\n"
         % (C.police.name, st[3].n("FULL"), st[3].ph(land=True), st[3].em(), D(dt, "uk"), C.lab.a(), C.lab.pc(), C.lab.ph(0)))
    p += "SECTION 1 - PERSONS\n"
    p += "Role        | Name                     | DOB        | PNC              | CRO\n"
    ppl = [("Suspect", S, "pnc", "cro"), ("Suspect 2", C.cp[0], "pnc", "cro"), ("Complainant", C.victim, None, None),
           ("Elimination", C.witness, None, None), ("Elimination", C.cp[1], "pnc", None)]
    for role, q, a, b in ppl:
        p += "%-11s | %s | %s | %s | %s\n" % (role, lj(q.n("rev"), 24), lj(q.d("uk"), 10),
                                             lj(q.i("pnc") if a else "n/a", 16), q.i("cro") if b else "n/a")
    p += "\nSECTION 2 - EXHIBITS\n"
    p += ("  %s/1  Mobile phone (black), seized from %s at %s\n"
          "  %s/2  Swab from door handle, rear of %s\n"
          "  %s/3  Reference DNA buccal swab - %s\n  %s/4  Reference DNA buccal swab - %s\n\n"
          % (st[3].last.upper()[:3], S.n("init"), S.ap(), st[3].last.upper()[:3], C.victim.ap(),
             st[3].last.upper()[:3], S.n("INIT"), st[3].last.upper()[:3], C.witness.n("INIT")))
    p += ("SECTION 3 - CIRCUMSTANCES\nIt is alleged that on the night in question %s entered the address of "
          "%s (\"%s\") using a key obtained from %s. Elimination samples taken from the complainant's "
          "neighbour %s who assisted. Please compare %s/2 against both suspects.\n\n"
          "Urgency: Standard. Authorised by DS %s.\n"
          % (S.n("sur"), C.victim.n("full"), C.victim.nick, C.cp[0].n("full"), C.witness.n("sur"),
             st[3].last.upper()[:3], C.ds.n("full")))
    return "forensic-lab-submission-form", [p]


def t_subscriber(C):
    S, fr = C.S, C.friend
    dt = C.base - datetime.timedelta(days=50)
    p = ("COMMUNICATIONS DATA - SUBSCRIBER CHECK RESULT\nApplicant: DC %s   SPoC: %s\nOperation reference: %s   Date: %s\n\n"
         % (C.st[3].n("full"), C.spoc.n("full"), "OP KESTREL-%d" % (C.n * 11), D(dt, "long")))
    nums = [(S, "subject of enquiry"), (C.cp[0], "linked number"), (C.victim, "complainant (for elimination)"),
            (C.extra[3], "top-up card holder")]
    for q, note in nums:
        p += ("MSISDN: %s (%s)\n  Subscriber: %s\n  Address: %s\n  DOB: %s\n  Email on account: %s\n"
              "  Registration IP: %s\n  Payment: %s\n\n"
              % (q.ph("intl"), note, q.n("rev"), q.ap(), q.d("iso"), q.em(), q.i("ip_address"),
                 "card " + q.i("payment_card") if q is not C.victim else "pay as you go - cash"))
    p += ("Note: MSISDN %s was registered on %s using the name %s but the top-up card used was "
          "registered to %s. Handset also used with SIM %s between %s and %s.\n"
          "Returned by: %s, Communications Data Unit (%s)\n"
          % (S.ph("nospace"), D(dt - datetime.timedelta(days=300), "uk"), S.alias(0), C.extra[3].n("full"), fr.ph("intl"),
             D(dt - datetime.timedelta(days=90), "short"), D(dt - datetime.timedelta(days=61), "short"), C.spoc.n("init"), C.police.em(0)))
    return "mobile-subscriber-check", [p]


def t_pawn(C):
    S = C.S
    dt = C.base - datetime.timedelta(days=75)
    p = ("EXAMPLE PAWNBROKERS - TRANSACTION RECORD (produced under police request)\nBranch: 3 Cobden Street, "
         "Marrowdale   Till: 2\n\n")
    tx = [(S, "passport", "Gold curb chain 18\" 22g", "£310.00", "iban"),
          (C.cp[0], "driving_licence", "PlayStation 5 + 2 pads", "£220.00", "card"),
          (S, "driving_licence", "Samsung Galaxy S22 (IMEI recorded)", "£140.00", "acc"),
          (C.extra[2], "passport", "Lady's ring, white metal", "£95.00", "iban")]
    for k, (q, doc, item, amt, pay) in enumerate(tx):
        d_ = dt + datetime.timedelta(days=k * 4)
        p += "Ticket %d   %s %s\n" % (70312 + k * 13, D(d_, "uk"), ["10:12", "15:47", "11:03", "16:30"][k])
        p += "  Customer: %s   DOB: %s\n" % (q.n("FULL") if k % 2 == 0 else q.n("rev"), q.d("mon") if k % 2 == 0 else q.d("uk"))
        p += "  Address: %s   Tel: %s\n" % (q.ap(), q.ph())
        p += "  ID seen: %s %s\n" % ("Passport" if doc == "passport" else "Photocard DL", q.i(doc))
        p += "  Item: %s   Paid: %s " % (item, amt)
        if pay == "iban":
            p += "by transfer to %s\n" % q.i("iban", "spaced")
        elif pay == "card":
            p += "by push-to-card %s\n" % q.i("payment_card", "spaced")
        else:
            p += "by transfer to s/c %s a/c %s\n" % (q.i("sort_code"), q.i("account_number"))
        p += "\n"
    p += ("Staff member: %s. Note: customer on ticket %d was accompanied by %s, who did the talking. "
          "Chain later identified by %s as stolen from %s.\n"
          % (C.pawnstaff.n("full"), 70312, C.cp[0].n("full"), C.victim.n("full"), C.victim.a()))
    return "pawn-shop-transaction-record", [p]


def t_student(C):
    S = C.S
    dt = C.base + datetime.timedelta(days=200)
    p = ("Student Finance (example service)\n%s, %s\n\n%s\n%s\n%s\n\nCustomer reference number: 1180%d\n"
         "Date: %s\n\n" % (C.sfe.a(), C.sfe.pc(), S.n("ALL"), S.a_ml(), S.pc(), 9200 + C.n, D(dt, "ord")))
    p += ("Dear %s %s\n\nYour application for the 2025/26 academic year (Open University - Access module)\n\n"
          "We have assessed your application. Your details:\n  Name: %s\n  Date of birth: %s\n"
          "  National Insurance number: %s\n  Payment account: sort code %s, account number %s\n\n"
          % (C.title, S.n("sur"), S.n("ALL"), S.d("long"), S.i("ni_number"), S.i("sort_code"), S.i("account_number")))
    p += ("Household income: you told us you are an independent student, so the income of your "
          "parents (%s and %s) is not taken into account. We have removed the details you gave for "
          "your father, including his National Insurance number %s.\n\n"
          "Previous names: %s. If this is wrong, tell us.\n\n"
          "You can contact us on %s, by e-mail %s, or write to us.\n\nYours sincerely\n%s\nAssessment team\n"
          % (C.rel1.n("full"), C.dad.n("full"), C.dad.i("ni_number", "spaced"), S.alias(0),
             C.sfe.ph(0), C.sfe.em(0), C.sfeofficer.n("full")))
    return "student-finance-letter", [p]


# ====================== people and bundles ======================
COMMUNITIES = [
    (["Gareth", "Liam", "Callum", "Rhys", "Connor", "Jamie", "Seán", "Ewan"],
     ["Niamh", "Siobhan", "Kerry", "Bethan", "Zoë", "Chloé", "Gemma", "Ffion"],
     ["Whitlock", "Maguire", "Llewellyn", "McAllister", "Doherty", "Pickering", "Nolan", "Ó Súilleabháin"]),
    (["Imran", "Rajesh", "Bilal", "Harpreet", "Arjun", "Shahid", "Mohammed", "Nadeem"],
     ["Nasreen", "Priya", "Sadia", "Jaspreet", "Anjali", "Rukhsana", "Fatima", "Shabnam"],
     ["Chaudhry", "Patel", "Begum", "Sandhu", "Iqbal", "Mahmood", "Mistry", "Uddin"]),
    (["Kwame", "Delroy", "Chinedu", "Marcus", "Emeka", "Kofi", "Tyrone", "Babatunde"],
     ["Abena", "Marcia", "Ngozi", "Shanice", "Folake", "Yetunde", "Precious", "Adaeze"],
     ["Mensah", "Campbell", "Okonkwo", "Boateng", "Okafor", "Francis", "Asante", "Adeleke"]),
    (["Bartłomiej", "Tomasz", "Andrei", "Mindaugas", "Krzysztof", "Ionuț", "Jiří", "Paweł"],
     ["Agnieszka", "Małgorzata", "Ioana", "Rūta", "Dóra", "Andreea", "Zuzana", "Łucja"],
     ["Wójcik", "Kowalczyk", "Popescu", "Kazlauskas", "Szabó", "Dvořák", "Nowak", "Ștefănescu"]),
    (["Mehmet", "Hüseyin", "Ahmet", "Ercan", "Kemal", "Arda"],
     ["Gülşen", "Ayşe", "Elif", "Zeynep", "Hatice", "Derya"],
     ["Yılmaz", "Öztürk", "Demir", "Çelik", "Aydın", "Doğan"]),
    (["Abdirahman", "Yonas", "Mahad", "Tesfay", "Abdi"],
     ["Hodan", "Saba", "Ifrah", "Luwam", "Sahra"],
     ["Warsame", "Tesfamariam", "Hassan", "Ghebremedhin", "Farah"]),
    (["Wei", "Minh", "Jun", "Tuấn", "Hao"],
     ["Mei", "Lan", "Xiu", "Hương", "Ying"],
     ["Nguyễn", "Chen", "Trần", "Wong", "Liu"]),
    (["João", "José", "Théo", "Rafael", "Luís"],
     ["Inês", "Hélène", "Renée", "Lucía", "Márcia"],
     ["Gonçalves", "Muñoz", "Lefèvre", "Simões", "Fernández"]),
]
NICKS = ["Smudge", "Tiny", "Bubbles", "Gaz", "Red", "Shorty", "Biscuit", "Dotty", "Pops", "Kiki", "Bear", "Lulu"]


class Gen:
    def __init__(self, n):
        self.r = R("bundle-people", n)
        self.seen = set()

    def __call__(self, party="t", sex=None, rel="", nick=False, flat=None, middle=False):
        r = self.r
        while True:
            c = r.choice(COMMUNITIES)
            sx = sex or r.choice("MF")
            first = r.choice(c[0] if sx == "M" else c[1])
            last = r.choice(c[2])
            if last not in self.seen and (first, last) not in GLOBAL_NAMES and first not in self.seen:
                break
        self.seen.add(last)
        self.seen.add(first)
        GLOBAL_NAMES.add((first, last))
        mid = r.choice(c[0] if sx == "M" else c[1]) if middle else ""
        if mid == first:
            mid = ""
        return P(first, last, party, sx, middle=mid, rel=rel, nick=r.choice(NICKS) if nick else "",
                 flat=r.random() < 0.3 if flat is None else flat)


GLOBAL_NAMES = set()
BODIES = []


def body(*a, **k):
    for b in BODIES:
        if b.name == a[0]:
            return b
    b = Body(*a, **k)
    BODIES.append(b)
    return b


def jail(name, street, town, ph, slug):
    return body(name, street, town, ph, "omu." + slug, extra_emails=[
        "%s.%s@justice.example.gov.uk" % (x, slug) for x in ("activities", "prisonermoney", "security", "socialvisits", "imb")])


class Ctx:
    pass


def make_ctx(n, S, jl, rel1, rel2, title, base):
    g = Gen(n)
    g.seen.update([S.first, S.last])
    C = Ctx()
    C.n, C.S, C.jail, C.title, C.base = n, S, jl, title, base
    C.rel1 = g(sex="F", rel=rel1, middle=True)
    C.rel2 = g(sex="F", rel=rel2)
    C.friend = g(sex="M", rel="friend", nick=True)
    C.victim = g(sex="F", nick=True)
    C.witness = g(sex="F", rel="mother")
    C.child = g(sex=["F", "M"][n % 2])
    C.child.dob = datetime.date(2014 + n, (n * 5) % 12 + 1, 10 + n)
    C.dad = g(sex="M", rel="father")
    C.pris = [g(sex=S.sex, flat=False) for _ in range(5)]
    C.extra = [g() for _ in range(5)]
    C.cp = [g(sex="M"), g(sex="M"), g()]
    C.landlord, C.dfam, C.driver1, C.driver2, C.pawnstaff = g(), g(sex="F", rel="sister"), g(sex="M"), g(sex="M"), g()
    C.st = [g("f", sex="F"), g("f"), g("f", sex="F"), g("f")]
    for attr in ("imb", "imbclerk", "nurse", "path", "coroff", "wcoach", "jctl", "inshand", "taxiops", "rjf",
                 "sup2", "ds", "typist", "spoc", "sfeofficer"):
        setattr(C, attr, g("f"))
    C.spend_acc = "%d%05d" % (9, R("spend", n).randint(10000, 99999))
    C.pb = body("%s Coroner's Court" % ["Brackenmoor", "Carrow Heath", "Duncliffe", "Marrowdale", "Eastwold"][n - 1],
                "Shire Hall, Castle Street", ["Brackenmoor", "Carrow Heath", "Duncliffe", "Marrowdale", "Eastwold"][n - 1],
                ["020 7946 0%d10" % n], "coroners.office", "council.example.gov.uk")
    C.prob = body("%s Probation Delivery Unit" % ["Harrowfield", "Kettlebridge", "Pennock", "Brackenmoor", "Oxhey Vale"][n - 1],
                  "%d Magistrates Walk" % (10 + n), ["Harrowfield", "Kettlebridge", "Pennock", "Brackenmoor", "Oxhey Vale"][n - 1],
                  ["0113 496 0%d20" % n, "0113 496 0%d21" % n], "pdu.team%d" % n,
                  extra_emails=["victimliaison.pdu%d@justice.example.gov.uk" % n])
    C.jc = body("Jobcentre Plus %s" % ["Fenby Quay", "Saltmarsh End", "Lowther Cross", "Duncliffe", "St Audric"][n - 1],
                "Unit %d, Riverside House, Quay Street" % n, ["Fenby Quay", "Saltmarsh End", "Lowther Cross", "Duncliffe", "St Audric"][n - 1],
                ["0800 169 0%d90" % n, "0113 496 0%d91" % n], "jcp.enquiries%d" % n, "dwp.example.gov.uk")
    C.dvla = body("Driver and Vehicle Licensing (example)", "Longview Road", "Saltmarsh End", ["01632 960%d55" % n],
                  "drivers.medical", "dvla.example.gov.uk")
    C.ins = body("Example Mutual Insurance plc", "Mutual House, 2 Exchange Square", "Kettlebridge",
                 ["0113 496 0%d70" % n, "0113 496 0%d71" % n], "claims", "examplemutual.example.co.uk")
    C.dps = body("Example Deposit Scheme", "PO Box %d" % (400 + n), "Harrowfield", ["020 7946 0%d80" % n], "disputes", "deposits.example.org")
    C.taxi = body("Example Cars Ltd", "Depot, Station Approach", "Fenby Quay", ["01632 960%d66" % n], "ops", "examplecars.example.com")
    C.police = body("%s Police Station" % ["Carrow Heath", "Pennock", "Marrowdale", "Kettlebridge", "Duncliffe"][n - 1],
                    "Divisional HQ, %d Sessions Road" % n, ["Carrow Heath", "Pennock", "Marrowdale", "Kettlebridge", "Duncliffe"][n - 1],
                    ["0113 496 0%d33" % n], "cdu.division%d" % n, "police.example.uk")
    C.lab = body("Example Forensic Services Ltd", "Unit 4, Science Park", "Oxhey Vale", ["01632 960%d44" % n], "reception", "forensics.example.com")
    C.sfe = body("Student Finance (example service)", "PO Box %d, Darlow House" % (210 + n), "Wrenbury Magna",
                 ["0113 496 0%d60" % n], "assessment", "studentfinance.example.gov.uk")
    return C


def subject(first, middle, last, sex, dob, nick, aliases, town):
    S = P(first, last, "s", sex, middle=middle, dob=dob, nick=nick, aliases=aliases, town=town)
    GLOBAL_NAMES.add((first, last))
    return S


BUNDLES = [
    dict(S=("Declan", "Patrick", "O'Rourke", "M", datetime.date(1988, 3, 14), "Deccy", ["Patrick Rourke", "Deccy"], "Harrowfield"),
         jail=("HMP Ashgrove", "1 Gaol Lane", "Ashgrove", ["01632 960100", "01632 960118", "01632 960127"], "ashgrove"),
         rel=("mother", "sister"), title="Mr", base=datetime.date(2024, 9, 2),
         docs=["gym", "canteen", "mailroom", "letter", "imb", "resettle"]),
    dict(S=("Oluwaseun", "Adebayo", "Adeyemi-Clarke", "M", datetime.date(1993, 11, 2), "Seun", ["Sean Clarke", "Seun"], "Kettlebridge"),
         jail=("HMP Fenwick Moor", "Moor Road", "Fenwick", ["0113 496 0200", "0113 496 0214", "0113 496 0219"], "fenwickmoor"),
         rel=("aunt", "partner"), title="Mr", base=datetime.date(2025, 1, 13),
         docs=["council", "inquest", "cas3", "jobcentre", "deposit", "letter"]),
    dict(S=("Siân", "Eluned", "Pritchard", "F", datetime.date(1979, 7, 23), "Sia", ["Siân Morgan", "Sia"], "Pennock"),
         jail=("HMP & YOI Thornmoor", "Thornmoor Park Way", "Thornmoor", ["020 7946 0300", "020 7946 0312", "020 7946 0318"], "thornmoor"),
         rel=("sister", "daughter"), title="Ms", base=datetime.date(2024, 4, 22),
         docs=["dvla_ban", "insurance", "taxi", "rj", "canteen", "mailroom"]),
    dict(S=("Łukasz", "Marek", "Wiśniewski", "M", datetime.date(1990, 1, 9), "Wiśnia", ["Luke Wisniewski", "Wiśnia"], "Brackenmoor"),
         jail=("HMP Saltmarsh", "Sea Wall Road", "Saltmarsh End", ["01632 960400", "01632 960411", "01632 960419"], "saltmarsh"),
         rel=("sister", "partner"), title="Mr", base=datetime.date(2025, 3, 3),
         docs=["cpsup", "timesheet", "interview", "forensic", "subscriber", "pawn"]),
    dict(S=("Ayesha", "Begum", "Rahman", "F", datetime.date(1997, 5, 30), "Ash", ["Ayesha Khan", "Ash"], "Oxhey Vale"),
         jail=("HMP Eastwold Park", "Park Lane", "Eastwold", ["0113 496 0500", "0113 496 0517", "0113 496 0529"], "eastwoldpark"),
         rel=("mother", "cousin"), title="Ms", base=datetime.date(2025, 6, 16),
         docs=["student", "imb", "resettle", "gym", "council", "inquest"]),
]
TEMPLATES = {"gym": t_gym, "canteen": t_canteen, "mailroom": t_mailroom, "letter": t_letter, "imb": t_imb,
             "resettle": t_resettle, "council": t_council, "inquest": t_inquest, "cas3": t_cas3,
             "jobcentre": t_jobcentre, "deposit": t_deposit, "dvla_ban": t_dvla_ban, "insurance": t_insurance,
             "taxi": t_taxi, "rj": t_rj, "cpsup": t_cpsup, "timesheet": t_timesheet, "interview": t_interview,
             "forensic": t_forensic, "subscriber": t_subscriber, "pawn": t_pawn, "student": t_student}


NOTICES = {
    "imb-application": (
        "ABOUT THE INDEPENDENT MONITORING BOARD\n\nBoard members are unpaid volunteers appointed by the Secretary "
        "of State. They are independent of the prison and of the Prison Service. Members can visit any part of "
        "the prison at any time and can speak to any prisoner out of sight and hearing of staff. The Board cannot "
        "overturn decisions but it can ask the Governor to look again, and it reports each year on what it has "
        "found. Please use the complaints system first where you can; the Board will usually ask whether you have "
        "done so. Applications are confidential to the Board, but we may need to share details with staff to "
        "resolve your problem - we will tell you if so.\n"),
    "pre-release-resettlement-checklist": (
        "GUIDANCE FOR STAFF COMPLETING THIS CHECKLIST\n\nStart the checklist 12 weeks before the earliest release "
        "date and review at 6 weeks and 2 weeks. Record only what has been verified. Identity documents held by "
        "family should be brought to the prison or posted to the release address. Do not record bank card PINs or "
        "online banking passwords. Where accommodation is not confirmed at 2 weeks, refer to the duty-to-refer "
        "process and inform the Community Offender Manager the same day. Copies go to the prisoner, the COM and "
        "the OMU file.\n"),
    "prison-council-minutes": (
        "TERMS OF REFERENCE (reminder)\n\nThe council meets monthly. Representatives are elected by each wing and "
        "serve for six months. The council discusses matters affecting the prison population as a whole - "
        "regime, food, canteen, visits, activities, equality and diversity - and not individual complaints, "
        "which go through the COMP1 process. Minutes are displayed on wing notice boards within seven days. "
        "Representatives must respect confidentiality and must not use council business to pursue personal "
        "disputes. Staff attendance is agreed by the chair.\n"),
    "jobcentre-appointment-letter": (
        "HOW WE USE YOUR INFORMATION\n\nWe use the information you give us to work out whether you can get "
        "Universal Credit and how much you can get. We may share it with other government departments, local "
        "councils and organisations that provide services for us, where the law allows. We may check the "
        "information with other organisations to prevent and detect fraud. If you give us false information, or "
        "do not tell us about a change, you may have to pay back any money you were not entitled to and you may "
        "be prosecuted or asked to pay a civil penalty.\n\nIf you need this letter in another format, such as "
        "large print, Braille or audio, tell your work coach. If you need an interpreter at your appointment, "
        "tell us at least 3 working days before.\n\nSanctions: if you do not take part in this appointment "
        "without a good reason, your Universal Credit payment may be reduced. Good reasons include illness, a "
        "medical emergency, or a caring responsibility that you could not rearrange. Tell us as soon as you can.\n"),
    "tenancy-deposit-certificate": (
        "PRESCRIBED INFORMATION (summary)\n\n1. The deposit is protected by the scheme named on this certificate.\n"
        "2. At the end of the tenancy the landlord and tenant should agree how much of the deposit is to be "
        "returned. If they agree, the scheme will repay the deposit within 10 days of receiving the agreement.\n"
        "3. If there is a dispute, the tenant may ask the scheme to use its free alternative dispute resolution "
        "service. Both parties must consent; evidence must be supplied within 14 days of the request.\n"
        "4. Deductions may be made for unpaid rent, damage beyond fair wear and tear, missing items and cleaning "
        "costs where the property was not returned in the condition recorded in the inventory.\n"
        "5. A tenant who cannot contact the landlord at the end of the tenancy may apply to the scheme using a "
        "statutory declaration.\n"),
    "dvla-driving-ban-notice": (
        "IMPORTANT INFORMATION ABOUT YOUR DISQUALIFICATION\n\nDriving while disqualified is a criminal offence. "
        "You could be sent to prison, fined, and your disqualification could be extended. Your insurance is "
        "likely to be invalid while you are disqualified.\n\nReduced disqualification: if the court offered you "
        "a place on an approved drink-drive rehabilitation course and you complete it by the date the court set, "
        "your disqualification may be reduced. The course provider will tell us when you complete it.\n\n"
        "High risk offender scheme: because of the level of alcohol recorded, you may need a medical before your "
        "licence is returned. We will write to you 90 days before the end of your disqualification.\n"),
    "student-finance-letter": (
        "WHAT HAPPENS NEXT\n\nYour tuition fee loan will be paid directly to your university or college once they "
        "confirm you have registered. Maintenance support is paid into your bank account in three instalments. "
        "You must tell us straight away if your circumstances change, for example if you leave your course, "
        "change your address, or your household income changes. If you are in custody at the start of the "
        "academic year you can still apply for a tuition fee loan for distance learning, but you cannot receive "
        "maintenance support while in custody.\n\nRepayment: you will not start repaying until the April after "
        "you leave your course and your income is above the threshold.\n"),
    "car-insurance-certificate": (
        "IMPORTANT NOTES\n\nThis certificate is evidence of the insurance required by the Road Traffic Act 1988. "
        "It does not set out the full terms of the policy; please read the policy booklet. Any person named as "
        "entitled to drive must hold a current licence and must not be disqualified from holding or obtaining one. "
        "You must tell us immediately of any motoring conviction, fixed penalty or disqualification affecting "
        "any driver, and of any change to the vehicle, its use or where it is kept overnight. Failure to do so "
        "may invalidate your cover or mean that a claim is not paid in full.\n"),
}


def render(markup):
    out, truth = [], []
    pos_b = 0
    last = 0
    for g in MK.finditer(markup):
        pre = markup[last:g.start()]
        assert "\x01" not in pre and "\x02" not in pre and "\x03" not in pre, repr(pre)
        out.append(pre)
        pos_b += len(pre.encode("utf-8"))
        txt = g.group(3)
        b = pos_b
        out.append(txt)
        pos_b += len(txt.encode("utf-8"))
        truth.append({"begin": b, "end": pos_b, "category": g.group(1), "party": g.group(2), "text": txt})
        last = g.end()
    tail = markup[last:]
    assert "\x01" not in tail and "\x03" not in tail
    out.append(tail)
    return "".join(out), truth


def validate_item(it):
    c, t = it["category"], it["text"].upper().replace(" ", "")
    if c == "pnc":
        y, rest = t.split("/")
        yy = y[-2:]
        assert L23[int(yy + rest[:-1].zfill(7)) % 23] == rest[-1], t
    elif c == "cro":
        ser, rest = t.split("/")
        assert L23[int(rest[:2] + ser.zfill(6)) % 23] == rest[2], t
    elif c == "nhs_number":
        assert check_nhs(t.replace("-", "")), t
    elif c == "iban":
        assert iban_ok(t), t
    elif c == "payment_card":
        assert luhn_ok(t), t
    elif c == "ni_number":
        assert t[:2] not in NI_BAD and t[0] not in "DFIQUV" and t[1] not in "DFIQUVO" and t[-1] in "ABCD", t
    elif c == "date_of_birth":
        assert any(ch.isdigit() for ch in t)


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "tests/data/eval-seventh"
    os.makedirs(outdir, exist_ok=True)
    stats = {"bundles": 0, "documents": 0, "bytes": 0, "items": 0}
    per_party, per_cat, per_cat_tp, kinds = {}, {}, {}, {}
    pb_texts = set()
    for bi, B in enumerate(BUNDLES, 1):
        f, mid, l, sx, dob, nick, aliases, town = B["S"]
        S = subject(f, mid, l, sx, dob, nick, aliases, town)
        jn, js, jt, jph, jslug = B["jail"]
        jl = jail(jn, js, jt, jph, jslug)
        C = make_ctx(bi, S, jl, B["rel"][0], B["rel"][1], B["title"], B["base"])
        docs = []
        for di, key in enumerate(B["docs"], 1):
            kind, pages_m = TEMPLATES[key](C)
            if kind in NOTICES:
                pages_m = pages_m + [NOTICES[kind]]
            pages, truth = [], []
            for pi, pm in enumerate(pages_m):
                text, items = render(pm)
                raw = text.encode("utf-8")
                prev_end = -1
                for it in items:
                    assert raw[it["begin"]:it["end"]].decode("utf-8") == it["text"], it
                    assert it["text"] and it["text"] == it["text"].strip(), it
                    assert it["begin"] >= prev_end, ("overlap", it)
                    prev_end = it["end"]
                    validate_item(it)
                    truth.append(dict(page=pi, **it))
                pages.append(text)
                stats["bytes"] += len(raw)
            docs.append({"id": "doc-%02d" % di, "kind": kind, "pages": pages, "truth": truth})
            kinds[kind] = kinds.get(kind, 0) + 1
            for it in truth:
                per_party[it["party"]] = per_party.get(it["party"], 0) + 1
                per_cat[it["category"]] = per_cat.get(it["category"], 0) + 1
                if it["party"] == "third_party":
                    per_cat_tp[it["category"]] = per_cat_tp.get(it["category"], 0) + 1
                if it["party"] == "public_body":
                    pb_texts.add(it["text"])
            stats["items"] += len(truth)
            stats["documents"] += 1
        subj = {
            "name": S.n("all") and vis(S.n("all")),
            "aliases": list(S.aliases),
            "date_of_birth": S.dob.isoformat(),
            "prison_number": S.id("prison_number"),
            "identifiers": {k: S.id(k) for k in ("pnc", "cro", "crn", "ni_number", "nhs_number", "passport", "driving_licence")},
            "contact": {"addresses": ["%s, %s %s" % (S.street, S.town, S.postcode)], "phones": [S.mob], "emails": [S.email]},
        }
        bundle = {"bundle_id": "eval7-%02d" % bi, "subject": subj, "documents": docs}
        with open(os.path.join(outdir, "bundle-%02d.json" % bi), "w", encoding="utf-8") as fh:
            json.dump(bundle, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        stats["bundles"] += 1
    # public bodies actually referenced
    lines = ["version: 1", "bodies:"]

    def q(s):
        return "'" + s.replace("'", "''") + "'"
    for b in BODIES:
        phones = [fmt_phone(p, st) for p in b.phones for st in ("plain", "brack", "intl")]
        phones = [p for p in phones if p in pb_texts]
        adds = [a for a in b.yaml_addresses() if a in pb_texts]
        pcs = [b.postcode] if b.postcode in pb_texts else []
        ems = [e for e in b.emails if e in pb_texts]
        if not (phones or adds or pcs or ems):
            continue
        lines.append("  - name: " + q(b.name))
        lines.append("    phones: [" + ", ".join(q(x) for x in phones) + "]")
        lines.append("    postcodes: [" + ", ".join(q(x) for x in pcs) + "]")
        lines.append("    addresses: [" + ", ".join(q(x) for x in adds) + "]")
        lines.append("    emails: [" + ", ".join(q(x) for x in ems) + "]")
    with open(os.path.join(outdir, "public-bodies.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    print("bundles: %(bundles)d  documents: %(documents)d  page bytes: %(bytes)d  items: %(items)d" % stats)
    print("kinds (%d): %s" % (len(kinds), ", ".join("%s x%d" % kv for kv in sorted(kinds.items()))))
    print("per party: " + ", ".join("%s=%d" % kv for kv in sorted(per_party.items())))
    print("per category: " + ", ".join("%s=%d" % kv for kv in sorted(per_cat.items())))
    print("third-party per category: " + ", ".join("%s=%d" % kv for kv in sorted(per_cat_tp.items())))
    missing = CATS - set(per_cat)
    missing_tp = CATS - set(per_cat_tp)
    print("missing categories: %s; missing for third parties: %s" % (sorted(missing) or "none", sorted(missing_tp) or "none"))


if __name__ == "__main__":
    main()
