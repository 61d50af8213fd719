#!/usr/bin/env python3
"""Generator for the "fourth" labelled evaluation set for disclose.

Written BLIND: the author did not read disclose's detection rules, gazetteers, engine
code (stages/), the other evaluation generators (tests/tools/) or their data
(tests/data/), and did not run the disclose binary. Only the shared reference notes
(domain.md, uk-identifiers.md, STYLE.md) were consulted.

Run from the repository root:

    python3 tests/tools/evalgen_fourth.py tests/data/eval-fourth

It writes bundle-01.json ... bundle-10.json and public-bodies.yaml into the given
directory. Standard library only; fixed seeds, no clock, no hash ordering, so two runs
produce identical bytes. Every labelled item is verified (text equals the UTF-8 byte
slice, no overlaps, check digits valid, public-body values listed in the YAML, every
mention of a known person's name covered by a label) before anything is written; the
script exits non-zero if a check fails.

All people, streets, towns and organisations are invented. Phones come from Ofcom drama
ranges, NHS numbers from the 999 range, e-mail addresses from example domains, IPs from
RFC 5737 / RFC 3849, postcodes use outward codes that are not real UK postcode areas,
and payment cards use test BINs.
"""

import json
import os
import re
import sys
import unicodedata
import random
import datetime

SEED = 40404

L23 = "ZABCDEFGHJKLMNPQRTUVWXY"
CATEGORIES = ["name", "date_of_birth", "prison_number", "pnc", "cro", "crn", "ni_number",
              "nhs_number", "phone", "email", "address", "postcode", "vehicle_registration",
              "passport", "driving_licence", "sort_code", "account_number", "iban",
              "payment_card", "ip_address"]
PARTIES = ["subject", "third_party", "staff", "public_body"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


class GenError(Exception):
    pass


# --------------------------------------------------------------------------- checks

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(stem):
    for c in "0123456789":
        if luhn_ok(stem + c):
            return stem + c
    raise GenError("luhn")


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_make(cc, bban):
    check = 98 - iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, check, bban)


def iban_ok(s):
    s = s.replace(" ", "")
    return iban_num(s[4:] + s[:4]) % 97 == 1


def nhs_check(stem9):
    total = sum(int(d) * (10 - i) for i, d in enumerate(stem9))
    c = 11 - total % 11
    if c == 11:
        c = 0
    return None if c == 10 else str(c)


def nhs_ok(s):
    s = s.replace(" ", "")
    return len(s) == 10 and nhs_check(s[:9]) == s[9]


def pnc_ok(s):
    s = s.upper().replace(" ", "")
    if "/" in s:
        yr, rest = s.split("/")
        yy = yr[-2:]
    elif len(s) == 12:
        yy, rest = s[2:4], s[4:]
    else:
        yy, rest = s[:2], s[2:]
    serial, chk = rest[:-1], rest[-1]
    return L23[int(yy + serial.zfill(7)) % 23] == chk


def cro_ok(s):
    s = s.upper()
    if s.startswith("SF"):
        yy, rest = s[2:4], s[5:]
        return L23[int(yy + rest[:-1]) % 23] == rest[-1]
    serial, rest = s.split("/")
    return L23[int(rest[:2] + serial.zfill(6)) % 23] == rest[2]


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BANNED = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "OO", "CR", "FY", "MW", "NC", "PP",
             "PY", "PZ"]


def ni_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == 9 and s[0] in NI_FIRST and s[1] in NI_SECOND and s[:2] not in NI_BANNED
            and s[2:8].isdigit() and s[8] in "ABCD")


# --------------------------------------------------------------------------- text

def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def up(s):
    return s.upper()


def ordsuf(n):
    if 11 <= n % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fdate(d, style):
    m = MONTHS[d.month - 1]
    if style == "slash":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "slash2":
        return "%02d/%02d/%02d" % (d.day, d.month, d.year % 100)
    if style == "long":
        return "%d %s %d" % (d.day, m, d.year)
    if style == "ordlong":
        return "%d%s %s %d" % (d.day, ordsuf(d.day), m, d.year)
    if style == "ordshort":
        return "%d%s %s %02d" % (d.day, ordsuf(d.day), m[:3], d.year % 100)
    if style == "iso":
        return d.isoformat()
    if style == "dots":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "oracle":
        return "%02d-%s-%d" % (d.day, m[:3].upper(), d.year)
    if style == "us":
        return "%s %d, %d" % (m, d.day, d.year)
    if style == "short":
        return "%d %s %d" % (d.day, m[:3], d.year)
    raise GenError("date style " + style)


# --------------------------------------------------------------------------- pages

class Pg:
    """One page: plain text segments and labelled items, offsets in UTF-8 bytes."""

    def __init__(self, ocr_rng=None):
        self.parts = []
        self.n = 0
        self.items = []
        self.ocr_rng = ocr_rng

    def _raw(self, s):
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))

    def w(self, *args):
        for a in args:
            if a is None:
                continue
            if isinstance(a, tuple):
                s, cat, party = a
                b = self.n
                self._raw(s)
                self.items.append({"begin": b, "end": self.n, "category": cat,
                                   "party": party, "text": s})
            else:
                self._raw(self._ocr(a) if self.ocr_rng else a)
        return self

    def _ocr(self, s):
        r = self.ocr_rng

        def brk(m):
            word = m.group(0)
            if r.random() < 0.18:
                k = len(word) // 2
                return word[:k] + "-\n" + word[k:]
            return word
        s = re.sub(r"[A-Za-z]{8,}", brk, s)
        out = []
        for ch in s:
            if ch == "1" and r.random() < 0.6:
                out.append("l")
            elif ch == " " and r.random() < 0.07:
                out.append("  ")
            else:
                out.append(ch)
        return "".join(out)

    def text(self):
        return "".join(self.parts)


def lines_render(pg, lines, prefix=""):
    """lines: list of lists of segments; each rendered on its own line with a prefix."""
    for ln in lines:
        pg.w(prefix, *ln)
        pg.w("\n")


# --------------------------------------------------------------------------- pools

POOLS = {
    "british": dict(m=["Daniel", "Liam", "Connor", "Stephen", "Gareth", "Craig", "Ryan", "Jamie",
                       "Kieran", "Nathan", "Ashley", "Darren"],
                    f=["Kerry", "Leanne", "Gemma", "Hayley", "Stacey", "Joanne", "Natalie", "Chloe",
                       "Bethany", "Sian", "Lauren", "Tracey"],
                    s=["Whitcombe", "Pryce", "Hargreaves", "Ashby", "Tranter", "Bellamy", "Dunstan",
                       "Fairbairn", "Collings", "Marsden", "Pennock", "Stainthorpe", "Lydiate"]),
    "irish": dict(m=["Cian", "Padraig", "Eoin", "Declan", "Ronan", "Cathal", "Fergal"],
                  f=["Aoife", "Siobhán", "Niamh", "Orla", "Gráinne", "Clodagh"],
                  s=["O'Driscoll", "Keogh", "Fitzgerald", "Doherty", "McGonigle", "Ó Briain",
                     "Mac Giolla Phádraig", "Tierney"]),
    "south_asian": dict(m=["Imran", "Harjit", "Sandeep", "Arjun", "Faisal", "Zubair", "Tariq"],
                        f=["Priya", "Nasreen", "Harpreet", "Anjali", "Shabana", "Rukhsana", "Kiran"],
                        s=["Chaudhry", "Sandhu", "Bhattacharya", "Rahman", "Dhillon", "Qureshi",
                           "Siddiqui", "Gill"]),
    "west_african": dict(m=["Oluwaseun", "Chukwuemeka", "Kwame", "Babatunde", "Kofi", "Emeka"],
                         f=["Adaeze", "Folasade", "Abena", "Ngozi", "Yetunde", "Chiamaka"],
                         s=["Okoro", "Adeyemi", "Mensah", "Oyelaran", "Boateng", "Nwachukwu",
                            "Adebayo-Cole", "Asante"]),
    "polish": dict(m=["Łukasz", "Paweł", "Krzysztof", "Tomasz", "Grzegorz"],
                   f=["Agnieszka", "Małgorzata", "Zofia", "Katarzyna", "Joanna"],
                   sm=["Wiśniewski", "Kowalczyk", "Zając", "Grabowski", "Nowicki", "Wróbel"],
                   sf=["Wiśniewska", "Kowalczyk", "Zając", "Grabowska", "Nowicka", "Wróbel"]),
    "caribbean": dict(m=["Delroy", "Winston", "Marlon", "Desmond", "Everton", "Clive"],
                      f=["Paulette", "Sharelle", "Marcia", "Yolanda", "Beverley", "Shereen"],
                      s=["Campbell-Reid", "Beckford", "McKenzie", "Thompson-Blake", "Gayle",
                         "Ferguson", "Lewinson"]),
    "chinese": dict(m=["Wei", "Hao", "Ming", "Zhiwei", "Kai"],
                    f=["Mei", "Xiuying", "Lan", "Yan", "Li Na"],
                    s=["Zhang", "Liu", "Chen", "Huang", "Lau", "Cheung", "Tsang"]),
    "somali": dict(m=["Abdirahman", "Mohamed", "Abdullahi", "Liban", "Yusuf", "Mahad"],
                   f=["Hodan", "Ayaan", "Fadumo", "Sahra", "Ubah", "Ifrah"],
                   s=["Warsame", "Farah", "Hersi", "Jama", "Osman", "Dirie", "Egal"]),
    "turkish": dict(m=["Mehmet", "Emre", "Serkan", "Burak", "Onur", "Kerem"],
                    f=["Elif", "Zeynep", "Ayşe", "Derya", "Gülşen"],
                    s=["Yılmaz", "Demir", "Çelik", "Öztürk", "Aydın", "Karataş", "Şahin"]),
    "mixed": dict(m=["Tyrese", "Elijah", "Jayden", "Reuben", "Malachi"],
                  f=["Zoë", "Amara", "Leila", "Imani", "Naomi"],
                  s=["de Souza", "van der Berg", "al-Hashimi", "D'Arcy", "St Clair-Moody",
                     "MacAulay"]),
    "scottish": dict(m=["Callum", "Fraser", "Struan", "Euan", "Alasdair"],
                     f=["Morag", "Isla", "Eilidh", "Kirsty", "Catriona"],
                     s=["MacLeish", "Drummond-Hay", "Buchanan", "Kinnaird", "McAlinden", "Rennie"]),
}
ORIGINS = list(POOLS.keys())

STREET_A = ["Kestrel", "Mardle", "Foxhollow", "Quernmoor", "Tansy", "Wexley", "Larkspur",
            "Ribbleton", "Copperbeech", "Heronsgate", "Saltmarsh", "Thistledown", "Gorsebank",
            "Millrace", "Pennyroyal", "Yarrowfield", "Coldharbour", "Furzedown", "Brindle",
            "Sorrel", "Whinmoor", "Cobblers", "Tenterfield", "Wainfleet", "Osier"]
STREET_B = ["Crescent", "Road", "Close", "Way", "Terrace", "Lane", "Gardens", "Rise", "Walk",
            "Street", "Avenue", "Grove", "Court", "Mews", "Drive"]
BLOCKS = ["Harbridge House", "Linnet Court", "Cavell Point", "Marram House", "Orchid Heights"]
LOCALITIES = ["Upper Quernby", "Lower Tarnwick", "Fallowmere Green", "Ebbersley End",
              "Nether Stavewell", "Copperdale Bridge"]
TOWNS = ["Wexhampton", "Quernby", "Stavewell", "Orlestead", "Marrowfield", "Thistlecombe",
         "Fallowmere", "Ebbersley", "Tarnwick", "Gallowbrook", "Hollinsmere", "Copperdale"]
PC_AREAS = ["ZQ", "YX", "ZW", "JW", "KX", "FX", "UX", "ZY", "YP"]
PC_INWARD = "ABDEFGHJLNPQRSTUWXYZ"
LANDLINE_RANGES = [("01632", "960", 3), ("0113", "496 0", 3), ("020", "7946 0", 3),
                   ("0161", "496 0", 3), ("0117", "496 0", 3), ("0121", "496 0", 3)]
VRM_TAG = "ABCDEFGHJKLMNOPRSTUVWXY"
VRM_RAND = "ABCDEFGHJKLMNOPRSTUVWXYZ"
BANK_CODES = ["XMPL", "TEST", "QBNK", "ZXBK", "EGBK"]
CARD_BINS = ["400000", "555555", "222300", "411111", "400005"]
EMAIL_DOMAINS = ["example.com", "example.net", "example.org", "mail.example.com",
                 "example.co.uk"]

# --------------------------------------------------------------------------- bodies


class Body:
    def __init__(self, key, name, town, address, postcode, phone, email, kind):
        self.key, self.name, self.town = key, name, town
        self.address, self.postcode, self.phone, self.email = address, postcode, phone, email
        self.kind = kind
        self.domain = email.split("@")[1] if email else "justice.example.gov.uk"

    def a(self):
        return (self.address, "address", "public_body")

    def pc(self):
        return (self.postcode, "postcode", "public_body")

    def ph(self):
        return (self.phone, "phone", "public_body")

    def em(self):
        return (self.email, "email", "public_body")


BODIES = [
    Body("kelmscar", "HMP Kelmscar", "Wexhampton", "1 Kelmscar Road", "ZQ3 9RT", "01632 960100",
         "omu.kelmscar@justice.example.gov.uk", "prison"),
    Body("brackenmoor", "HMP Brackenmoor", "Brackenmoor", "40 Moorside Lane", "YX7 2PL",
         "0113 496 0800", "business.hub.brackenmoor@justice.example.gov.uk", "prison"),
    Body("stavewell", "HMP Stavewell", "Stavewell", "2 Quarry Bank", "ZW5 1HD", "0161 496 0400",
         "omu.stavewell@justice.example.gov.uk", "prison"),
    Body("orlestead", "HMP & YOI Orlestead", "Orlestead", "9 Garrison Road", "KX2 8NF",
         "020 7946 0300", "omu.orlestead@justice.example.gov.uk", "prison"),
    Body("pdu_wex", "Wexhampton Probation Delivery Unit", "Wexhampton", "14 Tanner Row", "ZQ1 4HB",
         "01632 960210", "wexhampton.pdu@probation.example.gov.uk", "probation"),
    Body("pdu_quern", "Quernby Probation Delivery Unit", "Quernby", "3 Chantry Walk", "YX2 6AW",
         "0113 496 0210", "quernby.pdu@probation.example.gov.uk", "probation"),
    Body("crown_wex", "Wexhampton Crown Court", "Wexhampton", "3 Minster Street", "ZQ1 2DN",
         "01632 960500", "crown.wexhampton@hmcts.example.gov.uk", "court"),
    Body("mags_quern", "Quernby Magistrates' Court", "Quernby", "21 Guildhall Square", "YX2 9BE",
         "0113 496 0500", "quernby.mc@hmcts.example.gov.uk", "court"),
    Body("pol_quern", "Quernshire Police", "Quernby", "100 Beacon Way", "YX4 1QP", "0113 496 0101",
         "contact.centre@quernshire.police.example.gov.uk", "police"),
    Body("pol_wex", "Wexmoor Constabulary", "Wexhampton", "8 Sentry Hill", "ZQ6 3LN",
         "01632 960101", "enquiries@wexmoor.police.example.gov.uk", "police"),
    Body("vcs", "Victim Contact Scheme (Northern Unit)", "Tarnwick", "5 Ledger Court", "JW2 5NX",
         "0161 496 0300", "vcs.north@probation.example.gov.uk", "vcs"),
    Body("wcu", "Quernshire Witness Care Unit", "Quernby", "102 Beacon Way", "YX4 1QP",
         "0113 496 0330", "witnesscare@quernshire.police.example.gov.uk", "wcu"),
    Body("registry", "Data Access Registry", "Fallowmere", "7 Registry Walk", "FX9 2TS",
         "01632 960999", "data.access@justice.example.gov.uk", "registry"),
    Body("families", "Prison Families Link helpline", "", "", "", "020 7946 0999",
         "help@familieslink.example.org", "helpline"),
]
BODY = {b.key: b for b in BODIES}


def bodies_yaml():
    out = ["version: 1", "bodies:"]
    for b in BODIES:
        out.append("  - name: %s" % (("'" + b.name.replace("'", "''") + "'") if "'" in b.name
                                     or "&" in b.name or "(" in b.name else b.name))
        out.append("    phones: ['%s']" % b.phone)
        out.append("    postcodes: [%s]" % ("'%s'" % b.postcode if b.postcode else ""))
        out.append("    addresses: [%s]" % ("'%s'" % b.address if b.address else ""))
        out.append("    emails: ['%s']" % b.email)
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- people

class Person:
    def __init__(self, W, origin, sex, party, dob_years, surname=None, title=None, grade=None,
                 body=None, middle_p=0.6, first=None):
        r = W.r
        pool = POOLS[origin]
        self.W, self.sex, self.party = W, sex, party
        self.title, self.grade, self.body = title, grade, body
        # first names and surnames are unique within a bundle (family members share the
        # surname on purpose) so that every mention has one referent
        tried = 0
        while first is None:
            tried += 1
            if tried > 40:
                origin = r.choice(ORIGINS)
                pool = POOLS[origin]
            if tried > 2000:
                raise GenError("name pools exhausted")
            cand = r.choice(pool["m"] if sex == "m" else pool["f"])
            if surname:
                sur = surname
            elif "s" in pool:
                sur = r.choice(pool["s"])
            else:
                sur = r.choice(pool["sm"] if sex == "m" else pool["sf"])
            if cand in W.first_used or (not surname and sur in W.sur_used):
                continue
            if (cand, sur) in GLOBAL_NAMES:
                continue
            first = cand
        if surname:
            sur = surname
        W.first_used.append(first)
        W.sur_used.append(sur)
        GLOBAL_NAMES.append((first, sur))
        self.origin = origin
        firsts = pool["m"] if sex == "m" else pool["f"]
        self.first, self.sur = first, sur
        mids = [x for x in firsts if x != first]
        self.middle = r.choice(mids) if r.random() < middle_p else ""
        y = r.randint(*dob_years)
        self.dob = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
        self.aliases = []
        self._gen_ids()

    # identifiers, all unique across the whole set
    def _uniq(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.W.used:
                self.W.used.add(v)
                return v
        raise GenError("could not make unique value")

    def _gen_ids(self):
        r = self.W.r
        W = self.W
        self.mobile = self._uniq(lambda: ("07700", "900%03d" % r.randint(0, 999)))
        rng = r.choice(LANDLINE_RANGES)
        self.landline = self._uniq(lambda: (rng[0], rng[1] + "".join(
            str(r.randint(0, 9)) for _ in range(rng[2]))))
        lf = re.sub(r"[^a-z]", "", fold(self.first).lower())
        ls = re.sub(r"[^a-z]", "", fold(self.sur).lower())
        style = r.randint(0, 4)
        dom = r.choice(EMAIL_DOMAINS)
        if style == 0:
            loc = "%s.%s" % (lf, ls)
        elif style == 1:
            loc = "%s%s%02d" % (lf[0], ls, self.dob.year % 100)
        elif style == 2:
            loc = "%s_%s" % (ls, lf[:3])
        elif style == 3:
            loc = "%s%d" % (lf, r.randint(10, 999))
        else:
            loc = "%s.%s%d" % (lf, ls[:1], r.randint(1, 99))
        first_try = ["%s@%s" % (loc, dom)]
        self.email = self._uniq(lambda: first_try.pop() if first_try
                                else "%s%d@%s" % (loc, r.randint(2, 999), dom))
        # address
        def mk_addr():
            st = "%d %s %s" % (r.randint(1, 180), r.choice(STREET_A), r.choice(STREET_B))
            k = r.random()
            if k < 0.2:
                st = "Flat %d, %s, %s" % (r.randint(1, 40), r.choice(BLOCKS), st)
            elif k < 0.35:
                st = "%s, %s" % (st, r.choice(LOCALITIES))
            return st
        self.address = self._uniq(mk_addr)
        self.town = r.choice(TOWNS)
        self.postcode = self._uniq(lambda: "%s%d %d%s%s" % (
            r.choice(PC_AREAS), r.randint(1, 19), r.randint(1, 9), r.choice(PC_INWARD),
            r.choice(PC_INWARD)))

        def mk_ni():
            while True:
                a, b = r.choice(NI_FIRST), r.choice(NI_SECOND)
                if a + b not in NI_BANNED:
                    return a + b + "%06d" % r.randint(0, 999999) + r.choice("ABCD")
        self.ni = self._uniq(mk_ni)

        def mk_nhs():
            while True:
                stem = "999" + "%06d" % r.randint(0, 999999)
                c = nhs_check(stem)
                if c is not None:
                    return stem + c
        self.nhs = self._uniq(mk_nhs)
        self.passport = self._uniq(lambda: str(r.randint(100000000, 599999999)))
        # driving licence
        s5 = re.sub(r"[^A-Z]", "", fold(self.sur).upper())[:5].ljust(5, "9")
        y = self.dob.year
        mon = self.dob.month + (50 if self.sex == "f" else 0)
        ini = fold(self.first)[0].upper() + (fold(self.middle)[0].upper() if self.middle else "9")
        self.dl = self._uniq(lambda: "%s%d%02d%02d%d%s9%s%s" % (
            s5, (y // 10) % 10, mon, self.dob.day, y % 10, ini,
            r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")))
        self.dl_issue = "%02d" % r.randint(1, 9)

        def mk_vrm():
            age = r.choice([r.randint(2, 24), r.randint(51, 74)])
            return "%s%s%02d %s" % (r.choice(VRM_TAG), r.choice(VRM_TAG), age,
                                    "".join(r.choice(VRM_RAND) for _ in range(3)))
        self.vrms = [self._uniq(mk_vrm), self._uniq(mk_vrm)]
        self.sort = self._uniq(lambda: "%02d-%02d-%02d" % (r.randint(20, 98), r.randint(0, 99),
                                                           r.randint(0, 99)))
        self.acct = self._uniq(lambda: "%08d" % r.randint(10000000, 99999999))
        self.iban = iban_make("GB", r.choice(BANK_CODES) + self.sort.replace("-", "") + self.acct)
        if self.origin == "polish":
            self.iban_foreign = iban_make("PL", "%024d" % r.randint(10 ** 22, 10 ** 24 - 1))
        elif self.origin == "turkish":
            self.iban_foreign = iban_make("TR", "%05d0%016d" % (r.randint(10, 99999),
                                                                r.randint(10 ** 14, 10 ** 16 - 1)))
        else:
            self.iban_foreign = None

        def mk_card():
            b = r.choice(CARD_BINS)
            return luhn_complete(b + "".join(str(r.randint(0, 9)) for _ in range(9)))
        self.cards = [self._uniq(mk_card), self._uniq(mk_card)]

        def mk_ip4():
            return r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(2, 254))

        def mk_ip6():
            return "2001:db8:%x:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xffff),
                                            r.randint(1, 0xfff))
        self.ips = [self._uniq(mk_ip4), self._uniq(mk_ip6), self._uniq(mk_ip4)]
        self.prn = self._uniq(lambda: "%s%04d%s%s" % (
            r.choice("ABGJKLMNTXY"), r.randint(1, 9999), r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
            r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")))
        first_rec = min(max(1996, self.dob.year + 15), 2023)
        py = r.randint(first_rec, min(first_rec + 12, 2023))
        ps = r.randint(1000, 999999)
        self.pnc_y, self.pnc_s = py, ps
        self.pnc = "%d/%07d%s" % (py, ps, L23[int("%02d%07d" % (py % 100, ps)) % 23])
        cy = r.randint(first_rec, min(first_rec + 12, 2023)) % 100
        cs = r.randint(100, 999999)
        if r.random() < 0.25:
            self.cro = "SF%02d/%d%s" % (cy, cs, L23[int("%02d%d" % (cy, cs)) % 23])
        else:
            self.cro = "%06d/%02d%s" % (cs, cy, L23[int("%02d%06d" % (cy, cs)) % 23])
        self.crn = self._uniq(lambda: r.choice("ABCDEFGHJKLMNPRSTUVWXZ") + "%06d" % r.randint(
            0, 999999))

    # ---------------------------------------------------------------- tuples
    def P(self, party):
        return party or self.party

    def nm(self, style="full", party=None):
        f, m, s = self.first, self.middle, self.sur
        if style == "full":
            t = "%s %s" % (f, s)
        elif style == "fml":
            t = "%s %s %s" % (f, m, s) if m else "%s %s" % (f, s)
        elif style == "sf":
            t = "%s, %s" % (up(s), f)
        elif style == "sfm":
            t = "%s, %s %s" % (up(s), f, m) if m else "%s, %s" % (up(s), f)
        elif style == "Sf":
            t = "%s, %s" % (s, f)
        elif style == "fS":
            t = "%s %s" % (f, up(s))
        elif style == "init":
            t = "%s. %s" % (f[0], s)
        elif style == "inits":
            t = "%s.%s. %s" % (f[0], m[0], s) if m else "%s. %s" % (f[0], s)
        elif style == "sur":
            t = s
        elif style == "first":
            t = f
        elif style == "caps":
            t = up("%s %s" % (f, s))
        elif style == "capsur":
            t = up(s)
        elif style == "lower":
            t = f.lower()
        elif style == "lowerfull":
            t = ("%s %s" % (f, s)).lower()
        elif style == "cardname":
            t = up("%s %s" % (f[0], s))
        else:
            raise GenError(style)
        return (t, "name", self.P(party))

    def dob_t(self, style="slash", party=None):
        return (fdate(self.dob, style), "date_of_birth", self.P(party))

    def ph(self, style="std", which="m", party=None):
        a, rest = self.mobile if which == "m" else self.landline
        if style == "std":
            t = "%s %s" % (a, rest)
        elif style == "compact":
            t = (a + rest).replace(" ", "")
        elif style == "intl":
            t = "+44 %s %s" % (a[1:], rest)
        elif style == "intl0":
            t = "+44 (0)%s %s" % (a[1:], rest)
        elif style == "intlc":
            t = "+44" + (a[1:] + rest).replace(" ", "")
        elif style == "paren":
            t = "(%s) %s" % (a, rest)
        else:
            raise GenError(style)
        return (t, "phone", self.P(party))

    def em(self, party=None, addr=None):
        return (addr or self.email, "email", self.P(party))

    def ad(self, party=None):
        return (self.address, "address", self.P(party))

    def pc(self, party=None, style="std"):
        t = self.postcode if style == "std" else self.postcode.replace(" ", "")
        return (t, "postcode", self.P(party))

    def addr_line(self, party=None):
        """'12 Street, Town PC1 2AB' as segments."""
        return [self.ad(party), ", %s " % self.town, self.pc(party)]

    def prn_t(self, party=None):
        return (self.prn, "prison_number", self.P(party))

    def pnc_t(self, style="long", party=None):
        y, s = self.pnc_y, self.pnc_s
        chk = self.pnc[-1]
        if style == "long":
            t = self.pnc
        elif style == "short":
            t = "%02d/%d%s" % (y % 100, s, chk)
        elif style == "nos":
            t = "%d%07d%s" % (y, s, chk)
        else:
            raise GenError(style)
        return (t, "pnc", self.P(party))

    def cro_t(self, style="std", party=None):
        t = self.cro
        if style == "unpadded" and not t.startswith("SF"):
            a, b = t.split("/")
            t = "%d/%s" % (int(a), b)
        return (t, "cro", self.P(party))

    def crn_t(self, party=None):
        return (self.crn, "crn", self.P(party))

    def ni_t(self, style="spaced", party=None):
        n = self.ni
        if style == "spaced":
            t = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
        elif style == "compact":
            t = n
        elif style == "mid":
            t = "%s %s %s" % (n[:2], n[2:8], n[8])
        else:
            raise GenError(style)
        return (t, "ni_number", self.P(party))

    def nhs_t(self, style="spaced", party=None):
        n = self.nhs
        t = "%s %s %s" % (n[:3], n[3:6], n[6:]) if style == "spaced" else n
        return (t, "nhs_number", self.P(party))

    def pass_t(self, party=None):
        return (self.passport, "passport", self.P(party))

    def dl_t(self, style="compact", party=None):
        d = self.dl
        if style == "compact":
            t = d
        elif style == "spaced":
            t = "%s %s %s" % (d[:5], d[5:11], d[11:])
        else:
            raise GenError(style)
        return (t, "driving_licence", self.P(party))

    def vrm_t(self, i=0, style="std", party=None):
        v = self.vrms[i]
        return (v if style == "std" else v.replace(" ", ""), "vehicle_registration", self.P(party))

    def sort_t(self, style="dash", party=None):
        t = self.sort if style == "dash" else self.sort.replace("-", " " if style == "space" else "")
        return (t, "sort_code", self.P(party))

    def acct_t(self, party=None):
        return (self.acct, "account_number", self.P(party))

    def iban_t(self, style="grouped", foreign=False, party=None):
        v = self.iban_foreign if foreign else self.iban
        if style == "grouped":
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return (v, "iban", self.P(party))

    def card_t(self, i=0, style="grouped", party=None):
        c = self.cards[i]
        if style == "grouped":
            c = " ".join(c[j:j + 4] for j in range(0, len(c), 4))
        elif style == "dash":
            c = "-".join(c[j:j + 4] for j in range(0, len(c), 4))
        return (c, "payment_card", self.P(party))

    def ip_t(self, i=0, party=None):
        return (self.ips[i], "ip_address", self.P(party))

    def he(self):
        return "he" if self.sex == "m" else "she"

    def his(self):
        return "his" if self.sex == "m" else "her"

    def him(self):
        return "him" if self.sex == "m" else "her"

    def mr(self):
        return "Mr" if self.sex == "m" else "Ms"

    # staff work contacts
    def work_email(self):
        lf = re.sub(r"[^a-z]", "", fold(self.first).lower())
        ls = re.sub(r"[^a-z\-]", "", fold(self.sur).lower().replace(" ", "-"))
        dom = self.body.domain if self.body else "justice.example.gov.uk"
        return ("%s.%s@%s" % (lf, ls, dom), "email", "staff")

    def direct(self):
        a, rest = self.landline
        return ("%s %s" % (a, rest), "phone", "staff")


# --------------------------------------------------------------------------- world

class World:
    def __init__(self, cfg, idx):
        self.cfg = cfg
        self.idx = idx
        self.r = random.Random(SEED * 100 + idx)
        self.used = GLOBAL_USED
        # every bundle subject's names (and aliases) are reserved across the whole set
        self.first_used = []
        self.sur_used = []
        for c in BUNDLES:
            for a in c["aliases"] + ["%s %s" % (c["first"], c["surname"])]:
                self.first_used.append(a.split()[0])
                self.sur_used.append(a.split(" ", 1)[1])
            if c.get("middle"):
                self.first_used.append(c["middle"])
        self.first_used.remove(cfg["first"])
        self.roles = {}
        self.type = cfg["type"]
        self.prison = BODY.get(cfg.get("prison", "kelmscar"))
        self.pdu = BODY[cfg.get("pdu", "pdu_wex")]
        self.court = BODY[cfg.get("court", "crown_wex")]
        self.mags = BODY["mags_quern"]
        self.police = BODY[cfg.get("police", "pol_quern")]
        S = Person(self, cfg["origin"], cfg["sex"], "subject", cfg["dob_years"],
                   surname=cfg.get("surname"), first=cfg["first"])
        if cfg.get("middle") is not None:
            S.middle = cfg["middle"]
        S.aliases = cfg["aliases"]
        # DL must reflect the final names
        s5 = re.sub(r"[^A-Z]", "", fold(S.sur).upper())[:5].ljust(5, "9")
        ini = fold(S.first)[0].upper() + (fold(S.middle)[0].upper() if S.middle else "9")
        S.dl = S.dl[:5].replace(S.dl[:5], s5) + S.dl[5:11] + ini + S.dl[13:]
        self.S = S
        self.custodial = self.type in ("prisoner", "former")
        self.offender = S if self.type in ("prisoner", "former", "probation") else \
            self.get("offender", origin=cfg.get("off_origin", "british"), sex="m",
                     dob=(1975, 2000))

    def get(self, key, origin=None, sex=None, dob=(1960, 2002), party="third_party",
            same_sur=False, title=None, grade=None, body=None):
        if key in self.roles:
            return self.roles[key]
        r = self.r
        origin = origin or (self.cfg["origin"] if r.random() < 0.6 else r.choice(ORIGINS))
        if same_sur:
            origin = self.S.origin
        sex = sex or r.choice("mf")
        sur = None
        if same_sur:
            sur = self.S.sur
            if "sm" in POOLS[self.S.origin]:
                pool = POOLS[self.S.origin]
                i = (pool["sm"] + pool["sf"]).index(self.S.sur) % len(pool["sm"])
                sur = pool["sm"][i] if sex == "m" else pool["sf"][i]
        p = Person(self, origin, sex, party, dob, surname=sur, title=title, grade=grade,
                   body=body)
        p.key = key
        self.roles[key] = p
        return p

    def staff(self, key, title, grade, body, origin=None, sex=None):
        return self.get(key, origin=origin or self.r.choice(ORIGINS), sex=sex, party="staff",
                        title=title, grade=grade, body=body, dob=(1965, 1998))

    def people(self):
        out = [self.S] + list(self.roles.values())
        seen = []
        for p in out:
            if p not in seen:
                seen.append(p)
        return seen

    def ev(self, lo=(2022, 1), hi=(2025, 5)):
        r = self.r
        y = r.randint(lo[0], hi[0])
        m = r.randint(1, 12)
        if (y, m) < lo:
            m = lo[1]
        if (y, m) > hi:
            m = hi[1]
        return datetime.date(y, m, r.randint(1, 28))

    def evs(self, style=None):
        return fdate(self.ev(), style or self.r.choice(["slash", "long", "short", "slash"]))

    def tm(self):
        return "%02d:%02d" % (self.r.randint(7, 21), self.r.randint(0, 59))

    def sig(self, st):
        return [st.nm("init"), ", " + st.grade]


GLOBAL_USED = set()
GLOBAL_NAMES = []
for _b in BODIES:
    for _v in (_b.postcode, _b.address, _b.email):
        GLOBAL_USED.add(_v)
for _b in BODIES:
    _p = _b.phone.split(" ", 1)
    GLOBAL_USED.add((_p[0], _p[1]))


# =========================================================================== documents
# Each generator takes the World and returns a list of pages.

def gen_email_thread(W):
    r = W.r
    S = W.S
    pg = Pg()
    if W.type in ("victim", "witness"):
        a = W.staff("oic", "Officer in the Case", "DC", W.police, sex="f")
        b = W.staff("wco", "Witness Care Officer", "WCO", BODY["wcu"])
        c = W.staff("vlo", "Victim Liaison Officer", "VLO", BODY["vcs"])
        off = W.offender
        topic = "%s - victim contact and bail conditions" % "Op LARCHWOOD"
    elif W.type == "probation":
        a = W.staff("com", "Probation Officer", "PO", W.pdu)
        b = W.staff("pol_om", "Police Offender Manager", "PC", W.police)
        c = W.staff("spo", "Senior Probation Officer", "SPO", W.pdu)
        off = S
        topic = "home visit and address check"
    else:
        a = W.staff("pom", "Prison Offender Manager", "POM", W.prison)
        b = W.get("solicitor", party="third_party")
        b.firm = r.choice(["Hallam Quay Legal", "Mercer & Quist", "Ashdown Legal", "Brightwater LLP"])
        c = W.staff("com", "Probation Officer", "PO", W.pdu)
        off = S
        topic = "release planning"
    partner = W.get("partner", sex="f" if S.sex == "m" else "m", dob=(1975, 2002))
    d1 = W.ev((2024, 1), (2024, 12))
    d2 = d1 + datetime.timedelta(days=1)
    d3 = d2 + datetime.timedelta(days=2)

    def hdr(frm, frm_em, to, to_em, cc, when):
        L = [["From: ", frm.nm("Sf"), " <", frm_em, ">"],
             ["Sent: ", "%s %s" % (fdate(when, "long"), W.tm())],
             ["To: ", to.nm("full"), " <", to_em, ">"]]
        if cc is not None:
            L.append(["Cc: ", cc])
        if W.custodial:
            L.append(["Subject: RE: ", S.nm("capsur"), " ", S.prn_t(), " - " + topic])
        else:
            L.append(["Subject: RE: ", S.nm("capsur"), " - " + topic])
        return L

    def email_of(p):
        if p.party == "staff":
            return p.work_email()
        if getattr(p, "firm", None):
            return (re.sub(r"[^a-z]", "", fold(p.first).lower())[0] + "." +
                    re.sub(r"[^a-z]", "", fold(p.sur).lower()) + "@" +
                    re.sub(r"[^a-z]", "", p.firm.lower().split()[0]) + "law.example.cjsm.net",
                    "email", "third_party")
        return p.em()

    def sigblock(p):
        L = [[p.nm("full")], [p.title if p.party == "staff" else "Solicitor, " + p.firm]]
        if p.party == "staff":
            L.append([p.body.name, " | ", p.body.a(), ", ", p.body.town, " ", p.body.pc()])
            L.append(["Switchboard: ", p.body.ph(), " | Direct: ", p.direct()])
            L.append(["Team mailbox: ", p.body.em()])
            if p.key in ("oic", "com"):
                # an official's own phone is not a work contact: third-party data
                L.append(["Personal mobile (urgent only): ", p.ph("std", party="third_party")])
        else:
            L.append(["Tel: ", p.ph("std", "l"), "  Mobile: ", p.ph("intl")])
        return L

    # message 1 (oldest)
    m1 = []
    if W.type in ("victim", "witness"):
        m1 += [["Hi ", b.nm("first"), ","], [""],
               ["I have spoken to ", S.nm("full"), " (DOB ", S.dob_t("long"),
                ") about the hearing on %s." % fdate(d1 + datetime.timedelta(days=30), "long")],
               ["%s has moved since %s statement. New address is " % (S.he().capitalize(),
                                                                        S.his()), *S.addr_line(),
                "."],
               ["Best number is ", S.ph("std"), ", email ", S.em(), "."],
               ["The suspect, ", off.nm("fS"), " (PNC ", off.pnc_t("short"), ", CRO ",
                off.cro_t(), "), is on bail with a condition not to contact %s or %s brother " % (S.him(), S.his()),
                W.get("sib", sex="m", same_sur=True, dob=(1975, 2004)).nm("full"), "."],
               ["Incident ref 24000417331 (not a crime number) for your records."], [""],
               ["Thanks,"]]
        m1 += sigblock(a)
    elif W.type == "probation":
        m1 += [["Hi ", b.nm("first"), ","], [""],
               ["Can you run a check on the address ", S.nm("full"), " has given us: ",
                *partner.addr_line(), "?"],
               ["It is the home of %s partner " % S.his(), partner.nm("full"), " (d.o.b. ",
                partner.dob_t("slash"), "). CRN ", S.crn_t(), ", PNC ", S.pnc_t("long"), "."],
               [partner.his().capitalize() + " mobile is ", partner.ph("std"), "."], [""],
               ["Thanks"]]
        m1 += sigblock(a)
    else:
        m1 += [["Dear ", a.nm("first"), ","], [""],
               ["I act for ", S.nm("full"), " (", S.prn_t(), ", DOB ", S.dob_t("slash"),
                "), also known as ", (S.aliases[0], "name", "subject"), "."],
               ["%s proposes to live on release with %s partner " % (S.he().capitalize(),
                                                                      S.his()),
                partner.nm("full"), " at ", *partner.addr_line(), "."],
               [partner.mr() + " ", partner.nm("sur"), " can be reached on ", partner.ph("std"),
                " or ",
                partner.em(), "."],
               ["Please treat our reference HT/CRIM/2291 as the file reference."], [""],
               ["Kind regards"]]
        m1 += sigblock(b)
    # message 2
    m2 = []
    if W.type in ("victim", "witness"):
        m2 += [["Thanks ", a.nm("first"), ". I have added ", S.nm("first"),
                " to the Witness Care system under URN 41QA0192724."],
               ["%s asked that %s mother, " % (S.he().capitalize(), S.his()), W.get("mother", sex="f", dob=(1950, 1970)).nm(
                   "full"), ", is not contacted on ", W.get("mother").ph("std", "l"), " any more."],
               ["VLO ", c.nm("init"), " is copied in for the Victim Contact Scheme."], [""]]
        m2 += sigblock(b)
    elif W.type == "probation":
        m2 += [["Checked. No domestic call-outs at the address since %s." % W.evs("long")],
               ["However ", partner.nm("first"), "'s ex-partner ",
                W.get("expartner", sex="m").nm("fS"), " (DOB ", W.get("expartner").dob_t(
                    "ordshort"), ") was living there until recently and drives ",
                W.get("expartner").vrm_t(0), "."],
               ["PNC shows CRO ", S.cro_t(), " for ", S.nm("sur"), "; no outstanding warrants."],
               ["Intelligence log 7/24/0331 refers (not for disclosure)."], [""]]
        m2 += sigblock(b)
    else:
        m2 += [["Thank you ", b.nm("init"), "."],
               ["I will ask the COM, ", c.nm("full"), ", to complete the address checks. ",
                S.nm("sur"), " has not raised any concerns about ", partner.nm("first"), "."],
               ["For completeness %s NI number on file is " % S.his(), S.ni_t("spaced"),
                " and the PNC is ", S.pnc_t("short"), "."],
               ["Healthcare transfer summary attached (NHS number ", S.nhs_t("spaced"),
                "). The nDelius CRN is ", S.crn_t(), "."], [""]]
        m2 += sigblock(a)
    # message 3 (newest)
    m3 = []
    if W.type in ("victim", "witness"):
        m3 += [["All,"],
               ["Noted. I have written to ", S.nm("init"), " at ", S.ad(),
                " with the scheme leaflet. The offender ", off.nm("sur"), " (nDelius CRN ",
                off.crn_t(), ") is managed by ", W.pdu.name, "."],
               ["If ", S.nm("first"), " calls the helpline (", BODY["vcs"].ph(),
                ") please put %s through to me." % S.him()], [""]]
        m3 += sigblock(c)
    else:
        m3 += [["Hi both,"],
               ["I visited ", partner.nm("full"), " on %s. The address is suitable in principle."
                % fdate(d3, "long")],
               ["The child ", W.get("child1", dob=(2008, 2019), same_sur=False).nm("first"),
                " (born ", W.get("child1").dob_t("long"), ") lives there too, so a child "
                "safeguarding referral has gone to ", W.get("sw", party="staff").nm("full"),
                " at children's services."],
               ["Please use the team mailbox ", W.pdu.em(), " for anything further."], [""]]
        m3 += sigblock(c)
    s1 = b if W.custodial else a
    r1 = a if W.custodial else b
    pg.w("Printed from Outlook (CJSM) by ", c.nm("full"), "    Page 1 of 2\n\n")
    for ln in hdr(c, email_of(c), a, email_of(a), b.nm("full"), d3):
        pg.w(*ln, "\n")
    pg.w("\n")
    lines_render(pg, m3)
    pg.w("\n")
    lines_render(pg, hdr(r1, email_of(r1), s1, email_of(s1), None, d2), "> ")
    pg.w("> \n")
    lines_render(pg, m2, "> ")
    pg2 = Pg()
    pg2.w("Printed from Outlook (CJSM)    Page 2 of 2\n\n")
    lines_render(pg2, hdr(s1, email_of(s1), r1, email_of(r1), None, d1), "> > ")
    pg2.w("> > \n")
    lines_render(pg2, m1, "> > ")
    pg2.w("\nThis email and any attachments are intended for the named recipient only. CJSM "
          "secure email: do not forward outside the secure network.\n")
    return [pg, pg2]


def gen_pre_sentence_report(W):
    S, r = W.S, W.r
    au = W.staff("psr_author", "Probation Officer", "PO", W.pdu)
    spo = W.staff("spo", "Senior Probation Officer", "SPO", W.pdu)
    partner = W.get("partner", sex="f" if S.sex == "m" else "m", dob=(1975, 2002))
    victim = W.get("victim", dob=(1960, 2004))
    ch1 = W.get("child1", dob=(2008, 2019), same_sur=True)
    ch2 = W.get("child2", dob=(2010, 2021), same_sur=True)
    emp = W.get("employer")
    sw = W.get("sw", party="staff")
    p1 = Pg()
    p1.w("PRE-SENTENCE REPORT (Standard Delivery)\n", W.court.name, ", ", W.court.a(), ", ",
         W.court.town, " ", W.court.pc(), "\n\n")
    p1.w("Name: ", S.nm("fml"), "\nAlso known as: ", (S.aliases[0], "name", "subject"), "\n")
    p1.w("Date of birth: ", S.dob_t("slash"), "\nAddress: ", *S.addr_line(), "\n")
    p1.w("CRN: ", S.crn_t(), "    PNC: ", S.pnc_t("long"), "    NI number: ", S.ni_t("compact"),
         "\n")
    p1.w("Offence(s): Assault occasioning actual bodily harm (%s); Driving whilst disqualified (%s)\n"
         % (W.evs("slash"), W.evs("slash")))
    p1.w("Court case number: T%d%04d    Date of hearing: %s\n\n" % (2024, r.randint(1000, 9999),
                                                                  W.evs("long")))
    p1.w("1. Sources of information\n")
    p1.w("1.1 Interview with ", S.nm("sur"), " at the probation office on %s (90 minutes).\n"
         % W.evs("long"))
    p1.w("1.2 CPS case summary; police record (PNC printout) and call-out history for ",
         S.ad(), ".\n")
    p1.w("1.3 Telephone discussion with ", sw.nm("full"), ", social worker, Thistlecombe "
         "Children's Services.\n")
    p1.w("1.4 Contact with employer ", emp.nm("init"), " of Gorsebank Plant Hire, on ",
         emp.ph("std", "l"), ".\n\n")
    p1.w("2. Offence analysis\n")
    p1.w("2.1 On the evening in question ", S.nm("first"), " went to the home of ", victim.nm(
        "full"), " at ", victim.ad(), ", ", victim.town, " ", victim.pc(),
        " after an argument over money. ", victim.nm("sur"),
        " (born ", victim.dob_t("ordlong"), ") sustained a fractured cheekbone.\n")
    p1.w("2.2 ", S.nm("sur"), " accepts %s drove there in a " % S.he(), S.vrm_t(0), " registered to ",
         partner.nm("full"), ", although disqualified (licence ", S.dl_t("spaced"), ").\n")
    p2 = Pg()
    p2.w("PRE-SENTENCE REPORT - ", S.nm("sf"), " - CRN ", S.crn_t(), " - page 2\n\n")
    p2.w("3. Personal circumstances\n")
    p2.w("3.1 ", S.nm("first"), " lives with ", partner.nm("full"), " (DOB ", partner.dob_t(
        "slash"), ") and their children ", ch1.nm("first"), " (", ch1.dob_t("slash"), ") and ",
         ch2.nm("first"), " (", ch2.dob_t("slash"), ").\n")
    p2.w("3.2 The children are subject to a child in need plan; ", sw.nm("sur"),
         " confirmed there are no current child protection concerns.\n")
    p2.w("3.3 %s works as a plant operator for " % S.he().capitalize(), emp.nm("full"),
         ", who is prepared to keep the job open.\n")
    p2.w("3.4 GP: Copperdale Health Centre. NHS number ", S.nhs_t("spaced"),
         " (provided by the defendant). Passport ", S.pass_t(), " is held by the defendant "
         "and is not required for any travel.\n\n")
    p2.w("4. Risk of serious harm\n")
    p2.w("4.1 OASys assessment completed %s. Risk to known adult (" % W.evs("long"),
         victim.nm("first"), ") is assessed as medium.\n")
    p2.w("4.2 Police information: ", S.nm("sur"), " was also named in a 2021 incident involving ",
         W.get("expartner", sex="m").nm("fS"), "; no further action.\n\n")
    p2.w("5. Proposal\n")
    p2.w("5.1 Community order, 18 months, with Building Better Relationships and 20 RAR days.\n\n")
    p2.w(au.nm("full"), "\n", au.title, ", ", W.pdu.name, "\nTel: ", W.pdu.ph(), "  Email: ",
         au.work_email(), "\nCountersigned: ", spo.nm("init"), ", SPO\n")
    return [p1, p2]


def gen_parole_dossier(W):
    S, r = W.S, W.r
    pom = W.staff("pom", "Prison Offender Manager", "POM", W.prison)
    com = W.staff("com", "Probation Officer", "PO", W.pdu)
    psy = W.staff("psy", "Forensic Psychologist", "Psychologist", W.prison)
    victim = W.get("victim", dob=(1960, 2004))
    victim2 = W.get("victim2", dob=(1960, 2004))
    host = W.get("host", sex="f", dob=(1955, 1975), same_sur=True)
    p1 = Pg()
    p1.w("PAROLE BOARD DOSSIER - SUMMARY AND INDEX\nCase: ", S.nm("sfm"), "    Prison: ",
         W.prison.name, "\n")
    p1.w("Prison number: ", S.prn_t(), "   DOB: ", S.dob_t("long"), "   PNC: ",
         S.pnc_t("nos"), "   CRO: ", S.cro_t("unpadded"), "\n")
    p1.w("Aliases recorded: ", (S.aliases[0], "name", "subject"))
    if len(S.aliases) > 1:
        p1.w("; ", (S.aliases[1], "name", "subject"))
    p1.w("\nParole Board reference: PB/%d/%05d    Review type: GPP oral hearing\n\n"
         % (2024, r.randint(1, 99999)))
    p1.w("Index\n")
    p1.w("Page 1-4    Sentence calculation (dated %s)\n" % W.evs("slash"))
    p1.w("Page 5-22   PAROM1 report by ", pom.nm("full"), " (POM)\n")
    p1.w("Page 23-41  Psychological risk assessment by ", psy.nm("inits"), "\n")
    p1.w("Page 42-47  Victim personal statements: ", victim.nm("full"), " and ", victim2.nm(
        "full"), " (Section 6 - withheld from prisoner)\n")
    p1.w("Page 48-60  Report of the COM, ", com.nm("fS"), "\n\n")
    p1.w("Summary of index offence\n")
    p1.w("On %s " % W.evs("long"), S.nm("sur"), " and co-defendant ", W.get("codef", sex="m").nm("sf"), " (",
         W.get("codef").prn_t(), ") robbed ", victim.nm("full"), " at knifepoint outside ",
         victim.ad(), ". ", victim2.nm("first"), " ", victim2.nm("sur"),
         " (DOB ", victim2.dob_t("iso"), ") tried to intervene and was injured.\n")
    p2 = Pg()
    p2.w("Release and risk management plan (COM)   CRN ", S.crn_t(), "\n\n")
    p2.w("Proposed address: ", *host.addr_line(), " (mother, ", host.nm("full"), ", date of birth ",
         host.dob_t("slash"), ", tel. ", host.ph("std", "l"), ")\n")
    p2.w("Alternative: approved premises, Wexhampton (bed availability not confirmed).\n")
    p2.w("Proposed licence conditions:\n")
    p2.w(" (a) Not to contact directly or indirectly ", victim.nm("full"), " or ", victim2.nm(
        "full"), ".\n")
    p2.w(" (b) Not to enter the exclusion zone around ", victim.ad(), ", ", victim.pc(),
         " (map attached).\n")
    p2.w(" (c) Not to associate with ", W.get("codef").nm("full"), " or any person known to be "
         "associated with him.\n")
    p2.w(" (d) To notify the COM of any vehicle used; currently ", S.vrm_t(0), ".\n")
    p2.w(" (e) To surrender passport ", S.pass_t(), " to the COM.\n\n")
    p2.w("Healthcare: NHS number ", S.nhs_t("plain"), "; no current prescribed medication.\n")
    p2.w("National Insurance number: ", S.ni_t("mid"), " (for benefits on release).\n\n")
    p2.w("Victim Contact Scheme: ", victim.nm("sur"), " opted in on %s. VLO: " % W.evs("slash"),
         W.staff("vlo", "Victim Liaison Officer", "VLO", BODY["vcs"]).nm("full"), ", ",
         BODY["vcs"].ph(), ".\n\n")
    p2.w("Prepared by ", com.nm("full"), ", ", com.title, ", ", W.pdu.name, ", ", W.pdu.a(), ", ",
         W.pdu.town, " ", W.pdu.pc(), "\n")
    return [p1, p2]


def gen_comp1(W):
    S, r = W.S, W.r
    o1 = W.staff("wing_officer", "Prison Officer", "OSG" if r.random() < 0.3 else "Officer",
                 W.prison)
    o2 = W.staff("so", "Supervising Officer", "SO", W.prison)
    gov = W.staff("cm", "Custodial Manager", "CM", W.prison)
    p2nd = W.get("prisoner2", sex=S.sex, dob=(1975, 2003))
    vis = W.get("partner", sex="f" if S.sex == "m" else "m", dob=(1975, 2002))
    p1 = Pg()
    p1.w("COMP1 - Complaint form\n", W.prison.name, "\n\n")
    p1.w("Your name: ", S.nm("caps"), "        Prison number: ", S.prn_t(),
         "        Wing/cell: B-2-014\n")
    p1.w("Complaint reference (office use): CMP/%d/%04d\n\n" % (2024, r.randint(1, 9999)))
    p1.w("What is your complaint about?\n")
    p1.w("On %s at about %s Officer " % (W.evs("long"), W.tm()), o1.nm("sur"),
         " stopped my visit with my partner ", vis.nm("full"),
         " early saying %s passed something to me. That is not true. SO " % vis.he(),
         o2.nm("init"),
         " was there and saw nothing. ", vis.nm("first"),
         " has been banned from visiting for 3 months.\n")
    p1.w("Also prisoner ", p2nd.nm("full"), " (", p2nd.prn_t(), ") on my landing has been "
         "threatening me about this and ", o1.nm("sur"), " knows.\n")
    p1.w("My property (trainers, sealed bag PB00417) also went missing when I moved cells.\n\n")
    p1.w("What would you like to happen?\n")
    p1.w("Visits restored for ", vis.nm("first"), " and my kids, CCTV checked, and ", p2nd.nm(
        "sur"), " moved.\n\n")
    p1.w("Signed: ", S.nm("init"), "        Date: %s\n" % W.evs("slash"))
    p2 = Pg()
    p2.w("COMP1 - Response\n\nTo: ", S.nm("fS"), " ", S.prn_t(), "\n")
    p2.w("From: ", gov.nm("full"), ", ", gov.title, "\n\n")
    p2.w("Dear %s " % S.mr(), S.nm("sur"), ",\n\n")
    p2.w("I have reviewed the visits hall CCTV and spoken to Officer ", o1.nm("full"), " and SO ",
         o2.nm("full"), ". The footage shows an item being passed by your visitor. The ban on ",
         vis.nm("full"), " (DOB ", vis.dob_t("slash"), ") will therefore remain and is reviewed on "
         "%s.\n" % W.evs("long"))
    p2.w("Your concerns about ", p2nd.nm("sf"), " have been passed to the Safer Custody team "
         "under a CSIP referral.\n")
    p2.w("Your property claim has been logged (ref PC-%05d); please allow 28 days.\n\n"
         % r.randint(1, 99999))
    p2.w("If you are unhappy with this response you may appeal using a COMP1A, or write to the "
         "Prisons and Probation Ombudsman.\n\n")
    p2.w("Signed: ", gov.nm("init"), ", ", gov.grade, "    ", W.prison.name, ", ", W.prison.a(),
         ", ", W.prison.town, " ", W.prison.pc(), "\n")
    return [p1, p2]


def gen_ocr_application(W):
    S, r = W.S, W.r
    ocr = random.Random(SEED + W.idx * 7 + 3)
    pg = Pg(ocr_rng=ocr)
    officer = W.staff("wing_officer", "Prison Officer", "Officer", W.prison)
    cm = W.staff("so", "Supervising Officer", "SO", W.prison)
    contacts = [W.get("partner", sex="f" if S.sex == "m" else "m", dob=(1975, 2002)),
                W.get("mother", sex="f", dob=(1950, 1970), same_sur=True),
                W.get("sib", sex="m", dob=(1975, 2004), same_sur=True),
                W.get("friend", dob=(1975, 2003)),
                W.get("aunt", sex="f", dob=(1950, 1975))]
    rels = ["Partner", "Mother", "Brother", "Friend", "Aunt"]
    pg.w("[scanned document - OCR text, page 1]\n")
    pg.w("| HMPPS | APPLICATION FORM - PIN PHONE NUMBERS / SOCIAL VISITS | ", W.prison.name, " |\n")
    pg.w("| Surname: ", S.nm("capsur"), " |  Forename: ", S.nm("first"), " | Number: ", S.prn_t(),
         " (e.g. A1234BC) |\n")
    pg.w("| Date of birth: ", S.dob_t("slash2"), " | Wing: C  Cell: 3-11 |\n")
    pg.w("|--------------------------------------------------------------|\n")
    pg.w("Please add the following people to my telephone account and my visiting list. "
         "I understand calls are recorded and monitored.\n")
    pg.w("| Name | Relationship | Date of birth | Telephone | Address |\n")
    for p, rel in zip(contacts, rels):
        st = r.choice(["std", "compact", "intl"])
        pg.w("| ", p.nm(r.choice(["full", "fS", "caps"])), " | ", rel, " | ",
             p.dob_t(r.choice(["slash", "slash2", "dots"])), " | ", p.ph(st), " | ", p.ad(), ", ",
             p.town, " ", p.pc(style=r.choice(["std", "std", "nospace"])), " |\n")
    pg.w("|--------------------------------------------------------------|\n")
    pg.w("Reason: my ", rels[2].lower(), " ", contacts[2].nm("first"),
         " has changed his number and my mum ", contacts[1].nm("first"),
         " cant get through. Also ", contacts[3].nm("first"), " is going to bring the kids on "
         "visits as ", contacts[0].nm("first"), " dont drive.\n")
    pg.w("Signed ", S.nm("init"), "   Date %s\n\n" % W.evs("slash"))
    pg.w("| FOR OFFICE USE | Checked by: ", officer.nm("init"), " | Approved: Y/N | Security "
         "check ref SEC/%d/%03d |\n" % (2024, r.randint(1, 999)))
    pg.w("| Comments: number for ", contacts[3].nm("sur"),
         " returned as unregistered pay-as-you-go; approved by SO ", cm.nm("sur"),
         " pending visit ID check (passport ", contacts[3].pass_t(), ") |\n")
    pg2 = Pg(ocr_rng=ocr)
    pg2.w("[scanned document - OCR text, page 2]\n")
    pg2.w("| Continuation sheet | ", S.nm("fS"), " ", S.prn_t(), " |\n")
    pg2.w("Extra numbers:  ", contacts[1].nm("full"), " home ", contacts[1].ph("std", "l"),
          " ;  ", contacts[0].nm("first"), " work ", contacts[0].ph("paren", "l"), "\n")
    pg2.w("Email for the email-a-prisoner service: ", contacts[0].em(), "\n")
    pg2.w("Childrens names for visits: ", W.get("child1", dob=(2008, 2019)).nm("full"),
          " (d.o.b. ", W.get("child1").dob_t("slash"), ")\n")
    pg2.w("| Received in wing office %s | Logged on NOMIS %s | ref APP-%05d |\n"
          % (W.evs("slash"), W.evs("slash"), r.randint(1, 99999)))
    return [pg, pg2]


def gen_sentence_calc(W):
    S, r = W.S, W.r
    clerk = W.staff("omu_clerk", "OMU Administrator", "OSG", W.prison)
    chk = W.staff("omu_check", "OMU Manager", "Band 5", W.prison)
    cod = W.get("codef", sex="m")
    pg = Pg()
    pg.w("SENTENCE CALCULATION SHEET (ORA 2014 / CJA 2003)\n", W.prison.name, "\n\n")
    pg.w("| Surname | Forenames | Prison no. | Date of birth | PNC | CRO |\n")
    pg.w("| ", S.nm("capsur"), " | ", (S.first + (" " + S.middle if S.middle else ""), "name",
                                       "subject"), " | ", S.prn_t(), " | ",
         S.dob_t("oracle"), " | ", S.pnc_t("long"), " | ", S.cro_t("std"), " |\n\n")
    pg.w("Aliases on PNC: ", (S.aliases[0], "name", "subject"), " (alias DOB ",
         (fdate(S.dob + datetime.timedelta(days=366), "slash"), "date_of_birth", "subject"),
         ")\n\n")
    sd = W.ev((2021, 1), (2023, 12))
    pg.w("Court: ", W.court.name, "    Case no: T%d%04d    Date sentenced: %s\n"
         % (sd.year, r.randint(1000, 9999), fdate(sd, "slash")))
    pg.w("Co-defendant (separate calculation): ", cod.nm("sf"), " ", cod.prn_t(), " (PNC ",
         cod.pnc_t("short"), ", CRO ", cod.cro_t(), ")\n")
    pg.w("Probation case: CRN ", S.crn_t(), " held by ", W.pdu.name, "\n\n")
    pg.w("| Offence | Offence date | Sentence | Consec/Conc |\n")
    pg.w("| Robbery | %s | 6 years SDS | - |\n" % fdate(sd - datetime.timedelta(days=200), "slash"))
    pg.w("| Possession of bladed article | %s | 9 months | Conc |\n\n"
         % fdate(sd - datetime.timedelta(days=200), "slash"))
    pg.w("Remand time: %s to %s (tagged bail credit 14 days)\n"
         % (fdate(sd - datetime.timedelta(days=180), "slash"), fdate(sd, "slash")))
    for k, days in (("SED", 2190), ("LED", 2190), ("CRD", 1095), ("HDCED", 960), ("TUSED", 2555)):
        pg.w("%s: %s\n" % (k, fdate(sd + datetime.timedelta(days=days), "slash")))
    pg.w("\nCalculated by: ", clerk.nm("init"), ", ", clerk.grade, "   %s\n" % W.evs("slash"))
    pg.w("Checked by: ", chk.nm("fS"), "   %s\n" % W.evs("slash"))
    pg.w("Copy sent to: ", S.nm("init"), " (prisoner) and ", W.get("solicitor").nm("full"),
         " (solicitor)\n")
    return [pg]


def gen_bail_info(W):
    S, r = W.S, W.r
    bio = W.staff("bio", "Bail Information Officer", "PSO", W.pdu)
    host = W.get("host", sex="f", dob=(1955, 1975), same_sur=False)
    pol = W.staff("pol_om", "Police Offender Manager", "PC", W.police)
    vic = W.get("victim", dob=(1960, 2004))
    pg = Pg()
    pg.w("BAIL INFORMATION REPORT\nFor: ", W.mags.name, " / ", W.court.name, "\n\n")
    pg.w("Defendant: ", S.nm("fS"), "    Date of birth: ", S.dob_t("slash"), "\n")
    pg.w("PNC: ", S.pnc_t("short"), "    CRO: ", S.cro_t(), "    NI: ", S.ni_t("compact"), "\n")
    if W.type in ("prisoner", "former"):
        pg.w("Remanded at ", W.prison.name, " as ", S.prn_t(), " since %s\n" % W.evs("slash"))
    pg.w("nDelius CRN: ", S.crn_t(), "    Next hearing: %s\n\n" % W.evs("long"))
    pg.w("1. Proposed bail address\n")
    pg.w(*host.addr_line(), "\nHouseholder: ", host.nm("full"), " (DOB ", host.dob_t("long"),
         "), landline ", host.ph("paren", "l"), ", mobile ", host.ph("compact"), ".\n")
    pg.w("Relationship: family friend of 20 years. Ms ", host.nm("sur"),
         " confirmed by telephone on %s that " % W.evs("long"), S.nm("first"),
         " can stay and that she understands a curfew would apply.\n")
    pg.w("2. Checks\n")
    pg.w("Police check with ", pol.nm("fS"), " (", W.police.name, "): no incidents at the address. "
         "The address is 2.4 miles from the complainant, ", vic.nm("full"), ", who lives at ",
         vic.ad(), ".\n")
    pg.w("Driving: the defendant holds licence ", S.dl_t(), " and has use of ", S.vrm_t(0),
         ". A condition not to drive is not sought.\n")
    pg.w("Passport ", S.pass_t(), " is held by the solicitor and can be surrendered.\n")
    pg.w("Health: registered with a GP (NHS number ", S.nhs_t("spaced"), "); no current "
         "mental health treatment.\n")
    pg.w("3. Previous compliance\n")
    pg.w("One failure to surrender (%s). Complied with a tagged curfew in 2022.\n" % W.evs("slash"))
    pg.w("4. Proposal\n")
    pg.w("Conditional bail: reside at the address above, curfew 19:00-07:00 (EM), no contact with ",
         vic.nm("sur"), " or ", W.get("witness2", dob=(1960, 2004)).nm("full"), ".\n\n")
    pg.w(bio.nm("full"), ", ", bio.title, "\nDirect dial ", bio.direct(), "  Court duty office ",
         W.pdu.ph(), "\n")
    return [pg]


def gen_victim_letter(W):
    S, r = W.S, W.r
    off = W.offender
    vlo = W.staff("vlo", "Victim Liaison Officer", "VLO", BODY["vcs"])
    wit = W.type == "witness"
    body = BODY["wcu"] if wit else BODY["vcs"]
    st = W.staff("wco", "Witness Care Officer", "WCO", BODY["wcu"]) if wit else vlo
    p1 = Pg()
    p1.w(body.name, "\n", body.a(), "\n", body.town, "\n", body.pc(), "\nTel: ", body.ph(),
         "   Email: ", body.em(), "\n\n")
    p1.w("PRIVATE AND CONFIDENTIAL\n", S.nm("full"), "\n", S.ad(), "\n", S.town, "\n", S.pc(),
         "\n\n")
    p1.w("Our ref: VCS/%d/%05d    Date: %s\n\n" % (2024, r.randint(1, 99999), W.evs("long")))
    p1.w("Dear ", ("Ms " if S.sex == "f" else "Mr "), S.nm("sur"), ",\n\n")
    if wit:
        p1.w("Re: R v ", off.nm("fS"), " and ", W.get("codef", sex="m").nm("fS"), "\n\n")
        p1.w("Thank you for agreeing to give evidence. The trial is listed at ", W.court.name,
             " for %s. You are warned to attend at 10:00.\n" % W.evs("long"))
        p1.w("You asked for special measures; the application has been made to the court. "
             "A screen will be available.\n")
        p1.w("You told us the defendant's brother, ", W.get("offbro", sex="m", dob=(1975, 2004)).nm(
            "full"), ", drove past your home in ", W.get("offbro").vrm_t(0),
            " on %s. Please report any further incident to " % W.evs("long"), W.police.name,
            " on ", W.police.ph(), ".\n")
    else:
        p1.w("Re: ", off.nm("full"), " (", off.prn_t(), ", probation CRN ", off.crn_t(), ")\n\n")
        p1.w("As your Victim Liaison Officer under the Victim Contact Scheme I am writing to let "
             "you know that ", off.nm("sur"), " has been referred to the Parole Board. The "
             "review is expected in %s.\n" % MONTHS[r.randint(0, 11)])
        p1.w("You may make a victim personal statement and ask for licence conditions, for "
             "example that ", off.nm("first"), " does not contact you or your child ",
             W.get("child1", dob=(2006, 2018), same_sur=True).nm("first"),
             " or enter an exclusion zone around your home.\n")
    p1.w("\nYours sincerely\n\n", st.nm("full"), "\n", st.title, "\nDirect line: ", st.direct(),
         "\n")
    p2 = Pg()
    p2.w("VICTIM / WITNESS CONTACT DETAILS FORM (return in the envelope provided)\n\n")
    p2.w("Full name: ", S.nm("fml"), "\nPrevious / other names: ", (S.aliases[0], "name",
                                                                    "subject"), "\n")
    p2.w("Date of birth: ", S.dob_t("ordlong"), "\n")
    p2.w("Address: ", *S.addr_line(), "\n")
    p2.w("Telephone (mobile): ", S.ph("intl"), "    Telephone (home): ", S.ph("std", "l"), "\n")
    p2.w("Email: ", S.em(), "\n")
    p2.w("Photo ID you will bring to court or meetings: passport ", S.pass_t(), "\n")
    sup = W.get("supporter", dob=(1960, 2003))
    p2.w("Person who may be contacted on my behalf: ", sup.nm("full"), ", ", sup.ph("std"),
         " (", sup.em(), ")\n")
    p2.w("Preferred contact: email, not before 10am.\n\n")
    p2.w("Conditions I would like to request: no contact with me or ", W.get("child1", dob=(
        2006, 2018), same_sur=True).nm("full"), " (born ", W.get("child1").dob_t("slash"),
         "); not to enter ", S.ad(), " area.\n")
    p2.w("Signed: ", S.nm("init"), "    Date: %s\n" % W.evs("slash"))
    p2.w("Received by ", st.nm("init"), " on %s; entered on VISOR ref not applicable.\n"
         % W.evs("slash"))
    return [p1, p2]


def gen_wing_obs(W):
    S, r = W.S, W.r
    offs = [W.staff("wing_officer", "Prison Officer", "Officer", W.prison),
            W.staff("so", "Supervising Officer", "SO", W.prison),
            W.staff("osg", "Operational Support Grade", "OSG", W.prison),
            W.staff("night", "Night Patrol", "OSG", W.prison)]
    cell = W.get("cellmate", sex=S.sex, dob=(1978, 2004))
    p2nd = W.get("prisoner2", sex=S.sex, dob=(1975, 2003))
    p3 = W.get("prisoner3", sex=S.sex, dob=(1975, 2003))
    vis = W.get("partner", sex="f" if S.sex == "m" else "m", dob=(1975, 2002))
    hcp = W.staff("hcp", "Mental Health Nurse", "RMN", W.prison)
    pg = Pg()
    pg.w("WING OBSERVATION BOOK   ", W.prison.name, "   B Wing   Volume 14 (pages 37-38)\n\n")
    d0 = W.ev((2024, 1), (2024, 10))
    entries = [
        ["Unlock. ", S.nm("sf"), " ", S.prn_t(), " refused breakfast, said %s was 'fine'. Cellmate " % S.he(),
         cell.nm("sf"), " ", cell.prn_t(), " reports %s has not slept." % S.he()],
        ["ACCT review attended by ", hcp.nm("full"), " (RMN). ", S.nm("sur"), " engaged well."],
        ["Argument on the servery between ", p2nd.nm("fS"), " ", p2nd.prn_t(), " and ",
         S.nm("sur"), ". Separated, no injuries."],
        [S.nm("sur"), " asked to ring %s partner " % S.his(), vis.nm("first"), " re visit; booked for ",
         "Saturday. Visitor ", vis.nm("full"), " confirmed by phone."],
        ["Cell search B-2-014 (", S.nm("sur"), "/", cell.nm("sur"),
         "). Nothing found. Search ref SR/0931."],
        [p3.nm("Sf"), " ", p3.prn_t(), " says ", S.nm("first"), " owes him canteen. Passed to SO ",
         offs[1].nm("sur"), " for info (SIR submitted)."],
        ["Night check: ", S.nm("sur"), " awake, reading. Cellmate asleep."],
        ["Legal visit: solicitor ", W.get("solicitor").nm("init"), " attended 14:00-15:10."],
        ["Telephone call from mother (", W.get("mother", sex="f", dob=(1950, 1970),
                                             same_sur=True).nm("full"), ") to the wing office "
         "concerned about ", S.nm("first"), "; reassured."],
        [S.nm("fS"), " moved to C-3-022 at own request away from ", p2nd.nm("sur"), "."],
    ]
    for i, e in enumerate(entries):
        d = d0 + datetime.timedelta(days=i // 3)
        st = offs[i % 4]
        pg.w("%s %s  " % (fdate(d, "slash2"), W.tm()), *e, "   - ", *W.sig(st), "\n")
    pg.w("\nEnd of extract. Book returned to wing office. Checked by ", offs[1].nm("inits"),
         " (SO).\n")
    return [pg]


def gen_segregation(W):
    S, r = W.S, W.r
    gov = W.staff("gov", "Governor (Head of Safety)", "Governor", W.prison)
    hcp = W.staff("hcp", "Mental Health Nurse", "RMN", W.prison)
    imb = W.staff("imb", "Independent Monitoring Board member", "IMB", W.prison)
    so = W.staff("so", "Supervising Officer", "SO", W.prison)
    p2nd = W.get("prisoner2", sex=S.sex, dob=(1975, 2003))
    vic_off = W.staff("assaulted", "Prison Officer", "Officer", W.prison)
    mother = W.get("mother", sex="f", dob=(1950, 1970), same_sur=True)
    p1 = Pg()
    p1.w("SEGREGATION REVIEW BOARD - Rule 45 (GOOD ORDER OR DISCIPLINE)\n", W.prison.name,
         " - Care and Separation Unit\n\n")
    p1.w("Prisoner: ", S.nm("sf"), "   Number: ", S.prn_t(), "   DOB: ", S.dob_t("slash"), "\n")
    p1.w("NHS number: ", S.nhs_t("spaced"), "   Location: CSU-1-07\n")
    p1.w("Date of initial segregation: %s    Review no. 3    Date of review: %s\n\n"
         % (W.evs("slash"), W.evs("slash")))
    p1.w("Board: ", gov.nm("full"), " (chair); ", hcp.nm("full"), " (healthcare); ",
         so.nm("full"), " (CSU SO); ", imb.nm("full"), " (IMB, observing)\n\n")
    p1.w("Reason for segregation: following an assault on Officer ", vic_off.nm("sur"),
         " on B wing and information that ", S.nm("sur"), " is under threat from ",
         p2nd.nm("fS"), " (", p2nd.prn_t(), ").\n")
    p1.w(p2nd.nm("sur"), " was taken to outside hospital after the incident (NHS number ",
         p2nd.nhs_t("spaced"), ").\n")
    p1.w("Healthcare: ", hcp.nm("sur"), " reports no contraindication. ", S.nm("first"),
         " was seen by the GP on %s.\n" % W.evs("long"))
    p2 = Pg()
    p2.w("Prisoner's representations\n")
    p2.w(S.nm("sur"), " said %s wants to return to normal location and that the threat from "
         % S.he(), p2nd.nm("sur"), " is 'over'. %s asked that %s mother " % (
             S.he().capitalize(), S.his()), mother.nm("full"),
         " be told; consent given to call her on ", mother.ph("std"), ".\n")
    p2.w("%s also named " % S.he().capitalize(), W.get("prisoner3", sex=S.sex, dob=(1975, 2003)).nm("full"),
         " as a witness to the original incident.\n\n")
    p2.w("Decision: continue segregation for up to 14 days. Next review %s.\n" % W.evs("slash"))
    p2.w("IMB comment (", imb.nm("init"), "): regime in CSU adequate; prisoner had shower and "
         "exercise.\n\n")
    p2.w("Signed: ", gov.nm("init"), ", Governor        ", hcp.nm("init"), ", RMN\n")
    p2.w("Family liaison call made to ", mother.nm("sur"), " by ", so.nm("init"), " at %s.\n"
         % W.tm())
    return [p1, p2]


def gen_property_card(W):
    S, r = W.S, W.r
    rec = W.staff("reception", "Reception Officer", "Officer", W.prison)
    chk = W.staff("osg", "Operational Support Grade", "OSG", W.prison)
    partner = W.get("partner", sex="f" if S.sex == "m" else "m", dob=(1975, 2002))
    pg = Pg()
    pg.w("PRISONER PROPERTY CARD (in possession and stored)\n", W.prison.name, " - Reception\n\n")
    pg.w("Name: ", S.nm("fS"), "   Prison no: ", S.prn_t(), "   DOB: ", S.dob_t("dots"), "\n")
    pg.w("Date received: %s    Card no: 3 of 3    Volumetric control: 2 boxes\n\n"
         % W.evs("slash"))
    pg.w("| Item | Description | Seal no. |\n")
    items = [
        ["Passport", "UK passport no. ", S.pass_t(), " in the name of ", S.nm("caps")],
        ["Driving licence", "photocard ", S.dl_t("spaced"), " ", S.dl_issue, ", name ",
         S.nm("caps")],
        ["Bank card", "Visa debit ", S.card_t(0, "grouped"), " name on card ", S.nm("cardname")],
        ["Bank card", "Mastercard ", S.card_t(1, "plain"), " (expired)"],
        ["Bank card", "card in name of ", partner.nm("cardname"), " no. ", partner.card_t(0),
         " - handed out to visitor"],
        ["Car key", "key fob with tag ", S.vrm_t(0, "nospace")],
        ["Paperwork", "bank letter showing sort code ", S.sort_t("dash"), " account ",
         S.acct_t(), " IBAN ", S.iban_t("grouped")],
        ["Address book", "contains ", partner.nm("first"), " ", partner.ph("compact"), "; ",
         W.get("friend", dob=(1975, 2003)).nm("full"), " ", W.get("friend").ph("intl")],
        ["Letter", "from ", W.get("mother", sex="f", dob=(1950, 1970), same_sur=True).nm(
            "full"), ", ", *W.get("mother").addr_line()],
        ["Mobile phone", "black Nokia, no SIM, IMEI recorded on seal bag"],
        ["NI card", "National Insurance number card ", S.ni_t("spaced")],
        ["Medication", "inhaler, pharmacy label NHS no. ", S.nhs_t("plain"), " - to healthcare"],
        ["Clothing", "2 x jeans, 3 x T-shirts, trainers (size 9)"],
    ]
    for it in items:
        pg.w("| ", it[0], " | ", *it[1:], " | PB%07d |\n" % r.randint(1, 9999999))
    pg.w("\nStored property checked by: ", rec.nm("init"), " (Officer) and ", chk.nm("init"),
         " (OSG) on %s\n" % W.evs("slash"))
    pg.w("Prisoner signature: ", S.nm("init"), "   Items handed out to ", partner.nm("full"),
         " on %s (ID seen: driving licence " % W.evs("slash"), partner.dl_t(), ")\n")
    return [pg]


def gen_phone_monitoring(W):
    S, r = W.S, W.r
    an = W.staff("analyst", "Intelligence Analyst", "Analyst", W.prison)
    sec = W.staff("security", "Security Manager", "Band 7", W.prison)
    contacts = [(W.get("partner", sex="f" if S.sex == "m" else "m", dob=(1975, 2002)), "Partner"),
                (W.get("mother", sex="f", dob=(1950, 1970), same_sur=True), "Mother"),
                (W.get("sib", sex="m", dob=(1975, 2004), same_sur=True), "Brother"),
                (W.get("friend", dob=(1975, 2003)), "Friend"),
                (W.get("solicitor"), "Legal (not monitored)")]
    pg = Pg()
    pg.w("TELEPHONE MONITORING SUMMARY - OFFICIAL SENSITIVE\n", W.prison.name,
         " Security Department\n\n")
    pg.w("Subject: ", S.nm("sf"), " (", S.prn_t(), ")   PIN account ref PIN-%06d\n" %
         r.randint(1, 999999))
    d0 = W.ev((2024, 1), (2024, 11))
    pg.w("Monitoring period: %s to %s    Reason: intelligence (SIR 24/0815)\n\n"
         % (fdate(d0, "slash"), fdate(d0 + datetime.timedelta(days=21), "slash")))
    pg.w("Approved numbers on PIN account\n")
    for p, rel in contacts:
        which = "l" if rel.startswith("Legal") else "m"
        pg.w("  ", p.nm("fS"), " (", rel, ") ", p.ph(r.choice(["std", "compact"]), which), "\n")
    pg.w("\nCalls reviewed\n| Date | Time | Number dialled | Dur. | Summary |\n")
    summ = [
        lambda p: [S.nm("first"), " and ", p.nm("first"), " discuss a visit; ", p.nm("first"),
                   " mentions money sent by ", contacts[1][0].nm("first"), "."],
        lambda p: ["Caller asks ", p.nm("first"), " to 'top up' an account for ",
                   W.get("prisoner2", sex=S.sex, dob=(1975, 2003)).nm("full"),
                   ". Possible debt - see SIR."],
        lambda p: [p.nm("first"), " passes phone to unknown male called '",
                   W.get("unknown", sex="m").nm("first"), "'. Three-way call suspected."],
        lambda p: ["Domestic conversation. ", p.nm("first"), " says the car (", p.vrm_t(0),
                   ") has been sold."],
        lambda p: [S.nm("first"), " gives ", p.nm("first"), " a new number to ring: ",
                   W.get("unknown").ph("std"), " (not on PIN list)."],
        lambda p: [S.nm("first"), " reads out bank details so ", p.nm("first"),
                   " can send GBP 60 to ", W.get("p2rel", dob=(1960, 2002)).nm("full"),
                   ": sort code ", W.get("p2rel").sort_t("dash"), ", account ",
                   W.get("p2rel").acct_t(), ", or IBAN ", W.get("p2rel").iban_t("grouped"),
                   ". Possible debt payment."],
    ]
    for i in range(10):
        p, rel = contacts[i % 4]
        fn = summ[i % len(summ)]
        pg.w("| %s | %s | " % (fdate(d0 + datetime.timedelta(days=i * 2), "slash"), W.tm()),
             p.ph(r.choice(["compact", "std", "intlc"])), " | %02d:%02d | " % (r.randint(0, 9),
                                                                              r.randint(0, 59)),
             *fn(p), " |\n")
    pg.w("| %s | %s | " % (fdate(d0 + datetime.timedelta(days=20), "slash"), W.tm()),
         contacts[4][0].ph("std", "l"),
         " | 11:40 | Legal call - not listened to. |\n")
    pg.w("\nAssessment: calls to ", W.get("unknown").ph("compact"),
         " suggest contact with a non-approved person. Recommend removal of ",
         contacts[3][0].nm("fS"), " pending review.\n\n")
    pg.w("Analyst: ", an.nm("full"), "   Reviewed: ", sec.nm("init"), " (Security)\n")
    return [pg]


def gen_finance(W):
    S, r = W.S, W.r
    clerk = W.staff("finance_clerk", "Finance Officer", "AO", W.prison)
    mother = W.get("mother", sex="f", dob=(1950, 1970), same_sur=True)
    partner = W.get("partner", sex="f" if S.sex == "m" else "m", dob=(1975, 2002))
    sib = W.get("sister", sex="f", dob=(1975, 2004), same_sur=True)
    abroad = W.get("abroad_rel", origin=S.origin if S.origin in ("polish", "turkish") else
                   r.choice(["polish", "turkish"]), dob=(1950, 1990))
    pg = Pg()
    pg.w("PRISONER FINANCE - PRIVATE CASH AND SPENDS STATEMENT\n", W.prison.name,
         "  (Shared Services batch ref FIN/%d/%04d)\n\n" % (2024, r.randint(1, 9999)))
    pg.w("Name: ", S.nm("sfm"), "   Prison number: ", S.prn_t(), "   d.o.b. ", S.dob_t("slash"),
         "\n")
    d0 = W.ev((2024, 1), (2024, 10))
    pg.w("Statement period: %s - %s    Incentive level: Standard\n\n" % (
        fdate(d0, "slash"), fdate(d0 + datetime.timedelta(days=31), "slash")))
    pg.w("| Date | Transaction | Reference | In | Out | Balance |\n")
    bal = 12.40
    rows = [
        ("Bank transfer in (Faster Payment) from ", mother, ["sort code ", mother.sort_t("dash"),
                                                           " acc ", mother.acct_t()], 40.00),
        ("Canteen order", None, ["ref CAN%06d" % r.randint(1, 999999)], -18.65),
        ("Bank transfer in from ", partner, ["IBAN ", partner.iban_t("grouped"), " ref ",
                                             S.nm("capsur"), " ", S.prn_t()], 25.00),
        ("International transfer in from ", abroad, ["IBAN ", abroad.iban_t("plain", foreign=True)
                                                     if abroad.iban_foreign else
                                                     abroad.iban_t("plain")], 60.00),
        ("Canteen order", None, ["ref CAN%06d" % r.randint(1, 999999)], -22.10),
        ("Bank transfer in from ", sib, ["s/c ", sib.sort_t("space"), " a/c ", sib.acct_t(),
                                         " (IBAN ", sib.iban_t("plain"), ")"], 15.00),
        ("Catalogue order (Argent Supplies)", None, ["order A402117, invoice 77120419"],
         -31.99),
        ("Wages - Workshop 4", None, ["payroll PR-%04d" % r.randint(1, 9999)], 11.25),
        ("Money out to ", partner, ["acct ", partner.acct_t(), " s/c ", partner.sort_t("plain"),
                                    " (approved app APP-%05d)" % r.randint(1, 99999)], -50.00),
        ("Debit-card refund (outside purchase) to card ", S, [S.card_t(0, "dash")], -4.99),
    ]
    for i, (lab, who, ref, amt) in enumerate(rows):
        bal += amt
        d = fdate(d0 + datetime.timedelta(days=i * 3), "slash")
        segs = [lab] + ([who.nm("Sf" if who is not S else "init")] if who is not None else [])
        pg.w("| %s | " % d, *segs, " | ", *ref, " | %s | %s | %.2f |\n" % (
            "%.2f" % amt if amt > 0 else "", "%.2f" % -amt if amt < 0 else "", bal))
    pg.w("\nSending prisoner's own account for release: ", S.nm("full"), ", sort code ",
         S.sort_t("dash"), ", account ", S.acct_t(), ", IBAN ", S.iban_t("grouped"), "\n")
    pg.w("Discharge grant and benefits claim: NI number ", S.ni_t("compact"), "\n")
    pg.w("Note: transfer from ", abroad.nm("full"), " accepted after ID check (passport ",
         abroad.pass_t(), "). Sender address ", abroad.ad(), ".\n")
    pg.w("Queries: ", clerk.nm("full"), ", ", clerk.title, " - ", clerk.work_email(),
         "\nFamilies can ring the helpline on ", BODY["families"].ph(), ".\n")
    return [pg]


def gen_probation_log(W):
    S, r = W.S, W.r
    com = W.staff("com", "Probation Officer", "PO", W.pdu)
    pso = W.staff("pso", "Probation Services Officer", "PSO", W.pdu)
    partner = W.get("partner", sex="f" if S.sex == "m" else "m", dob=(1975, 2002))
    friend = W.get("friend", dob=(1975, 2003))
    emp = W.get("employer")
    p1 = Pg()
    p1.w("nDelius - CONTACT LIST\nCase: ", S.nm("sf"), "   CRN: ", S.crn_t(), "   PNC: ",
         S.pnc_t("short"), "   CRO: ", S.cro_t("unpadded"), "   DOB: ", S.dob_t("slash"), "\n")
    p1.w("Order/licence: ", "Licence (ORA)" if W.custodial else "Community Order",
         "   Team: ", W.pdu.name, "\n\n")
    d0 = W.ev((2024, 1), (2024, 9))
    ents = [
        ("Office visit", com, ["Attended. Reports living with ", partner.nm("full"), " at ",
                               *partner.addr_line(), ". New phone ", S.ph("std"), "."]),
        ("Text message (in)", None, ["From ", S.ph("compact"), ": \"hiya its ",
                                     S.nm("lower"), " cant make tmrw my lift fell through, can "
                                     "i come thurs? ", partner.nm("lower"),
                                     " says %s can drop me\"" % partner.he()]),
        ("Text message (out)", pso, ["To ", S.ph("compact"), ": \"Thursday 2pm is fine. "
                                     "Please bring proof of address. ", pso.nm("first"), "\""]),
        ("Home visit", com, ["Visited ", partner.ad(), ". ", partner.nm("first"),
                             " present, also %s brother " % partner.his(),
                             W.get("pbro", sex="m", dob=(1975, 2004)).nm("full"),
                             ". No concerns. Car on drive ", partner.vrm_t(0), "."]),
        ("Text message (in)", None, ["From ", partner.ph("intlc"), ": \"this is ",
                                     partner.nm("lowerfull"),
                                     " %s not been home since sat, %s mate " % (
                                         "hes" if S.sex == "m" else "shes", S.his()),
                                     friend.nm("lower"), " might know, his num is ",
                                     friend.ph("compact"), "\""]),
        ("Phone call (out)", com, ["Rang ", friend.nm("full"), " on ", friend.ph("std"),
                                   ". States ", S.nm("first"), " staying at ",
                                   friend.ad(), ", ", friend.town, " ", friend.pc(), "."]),
        ("Text message (in)", None, ["From ", S.ph("compact"), ": \"sorry miss phone was dead. "
                                     "im at ", friend.nm("lower"),
                                     "s, will be in monday. new email is ",
                                     (fold(S.first).lower() + "." + re.sub(
                                         r"[^a-z]", "", fold(S.sur).lower()) + "77@example.net",
                                      "email", "subject"), "\""]),
        ("Employment check", pso, ["Spoke to ", emp.nm("full"), " (site manager) on ",
                                   emp.ph("std", "l"), ". Confirms shifts Mon-Thu. Right to "
                                   "work docs seen: passport ", S.pass_t(), ", driving licence ",
                                   S.dl_t("spaced"), ", NI ", S.ni_t("spaced"), "."]),
        ("Health", com, ["Registered with Copperdale Health Centre, NHS no. ", S.nhs_t("spaced"),
                         ". Referral to drug and alcohol service made."]),
        ("Enforcement", com, ["Warning letter issued (ref WL-%04d). Letter sent to " %
                              r.randint(1, 9999), S.ad(), ", ", S.pc(), "."]),
        ("Police information", com, ["Email from ", W.staff("pol_om", "Police Offender Manager",
                                                           "PC", W.police).nm("init"),
                                     ": ", S.nm("sur"), " stopped driving ", S.vrm_t(0),
                                     "; passenger ", W.get("codef", sex="m").nm("fS"), " (PNC ",
                                     W.get("codef").pnc_t("long"), ", CRN ", W.get("codef").crn_t(),
                                     ")."]),
    ]
    pages = [p1]
    cur = p1
    for i, (typ, st, txt) in enumerate(ents):
        if i == 6:
            cur = Pg()
            cur.w("nDelius - CONTACT LIST (continued)   CRN ", S.crn_t(), "\n\n")
            pages.append(cur)
        d = fdate(d0 + datetime.timedelta(days=i * 4), "slash")
        cur.w("%s %s  %s  " % (d, W.tm(), typ))
        if st is not None:
            cur.w("[", st.nm("fS"), "]  ")
        cur.w(*txt, "\n")
    cur.w("\nOutcome codes and NSIs omitted from this print.\n")
    return pages


def gen_anpr(W):
    S, r = W.S, W.r
    off = W.offender
    req = W.staff("anpr_req", "Detective Constable", "DC", W.police)
    ops = W.staff("anpr_op", "ANPR Operator", "PS", W.police)
    keeper2 = W.get("keeper2", dob=(1960, 2002))
    keeper3 = W.get("keeper3", dob=(1960, 2002))
    main = off if W.type in ("victim", "witness") else S
    pg = Pg()
    pg.w("ANPR / VEHICLE CHECK - ", W.police.name, "\nRequest ref: ANPR-%d-%05d   Requested by: "
         % (2024, r.randint(1, 99999)), req.nm("fS"), " (", req.grade, ")\n\n")
    pg.w("VRM: ", main.vrm_t(0), "   Make/model: Vauxhall Astra, grey   MOT: valid\n")
    pg.w("Registered keeper: ", main.nm("sf"), "   DOB: ", main.dob_t("oracle"), "\n")
    pg.w("Keeper address: ", *main.addr_line(), "\n")
    pg.w("Driver licence: ", main.dl_t("compact"), " (status: valid, 6 points)\n")
    pg.w("PNC person record: ", main.pnc_t("long"), "   CRO ", main.cro_t(), "\n")
    pg.w("Insurance: policy in name of ", main.nm("full"), "; named driver ",
         keeper2.nm("full"), " (DOB ", keeper2.dob_t("slash"), ")\n\n")
    pg.w("ANPR reads (last 30 days)\n| Date/time | Camera | Location | VRM read |\n")
    cams = ["QN-0412 A61 Tarnwick Rd", "QN-0419 Ring Rd J3", "WX-1102 Station Approach",
            "WX-1140 Fallowmere Lane", "QN-0501 Beacon Way"]
    d0 = W.ev((2024, 1), (2024, 11))
    for i in range(6):
        pg.w("| %s %s | %s | | " % (fdate(d0 + datetime.timedelta(days=i), "slash"), W.tm(),
                                    cams[i % len(cams)]),
             main.vrm_t(0, r.choice(["std", "nospace"])), " |\n")
    pg.w("\nAssociated vehicles\n")
    pg.w("  ", main.vrm_t(1), " - keeper ", main.nm("init"), ", sold %s\n" % W.evs("slash"))
    pg.w("  ", keeper2.vrm_t(0), " - keeper ", keeper2.nm("fS"), ", ", keeper2.ad(), ", ",
         keeper2.pc(), "; seen in convoy with ", main.vrm_t(0), " on two occasions (keeper PNC ",
         keeper2.pnc_t("short"), ", CRO ", keeper2.cro_t("unpadded"), ")\n")
    pg.w("  ", keeper3.vrm_t(0), " - keeper ", keeper3.nm("full"), " (DOB ", keeper3.dob_t("long"),
         "), licence ", keeper3.dl_t("spaced"), "\n")
    if W.type in ("victim", "witness"):
        pg.w("\nVictim vehicle for reference: ", S.vrm_t(0), " (", S.nm("full"), ", ", S.ad(),
             "). Reads of the suspect vehicle within 200m of the victim address: 4.\n")
    pg.w("\nChecked by ", ops.nm("init"), " (", ops.grade, "). PNC vehicle record printed "
         "%s. Data retained under force ANPR policy.\n" % W.evs("slash"))
    return [pg]


def gen_custody_record(W):
    S, r = W.S, W.r
    det = W.offender if W.type in ("victim", "witness") else S
    sgt = W.staff("custody_sgt", "Custody Sergeant", "PS", W.police)
    dsgt = W.staff("custody_sgt2", "Custody Sergeant", "PS", W.police)
    arr = W.staff("arresting", "Police Constable", "PC", W.police)
    hcp = W.staff("fme", "Healthcare Practitioner", "HCP", W.police)
    sol = W.get("solicitor")
    if not getattr(sol, "firm", None):
        sol.firm = r.choice(["Hallam Quay Legal", "Mercer & Quist", "Ashdown Legal"])
    nok = W.get("partner", sex="f" if S.sex == "m" else "m", dob=(1975, 2002))
    p1 = Pg()
    p1.w("CUSTODY RECORD - ", W.police.name, " - Quernby Custody Suite\nCustody no: QN/%05d/24   "
         "Arrest summons no: 24/41QA/01/%07dT\n\n" % (r.randint(1, 99999), r.randint(1, 9999999)))
    p1.w("Detained person: ", det.nm("caps"), "   DOB: ", det.dob_t("slash"), "\n")
    p1.w("Address: ", *det.addr_line(), "   Tel: ", det.ph("intl"), "\n")
    p1.w("PNC ID: ", det.pnc_t("long"), "   CRO: ", det.cro_t(), "\n")
    p1.w("Arrested by: PC ", arr.nm("full"), " at %s on %s for assault (s.39)\n" % (
        W.tm(), W.evs("long")))
    p1.w("Authorised by: PS ", sgt.nm("fS"), "\n")
    p1.w("Person to be informed: ", nok.nm("full"), " (partner) ", nok.ph("std"), "\n")
    p1.w("Legal advice: requested - ", sol.nm("full"), ", ", sol.firm, ", tel ", sol.ph("std", "l"),
         "\n\n")
    p1.w("DETAINED PROPERTY\n| Item | Detail | Bag |\n")
    items = [
        ["Bank card", "Visa debit ", det.card_t(0), " (", det.nm("cardname"), ")"],
        ["Bank card", "Mastercard ", det.card_t(1, "plain")],
        ["Bank card", "card in name of partner: ", nok.nm("cardname"), " ",
         nok.card_t(0, "dash"), " - retained as exhibit"],
        ["Cash", "GBP 35.20", ],
        ["Phone", "iPhone, cracked screen, no passcode given"],
        ["Keys", "3 x keys and fob marked ", det.vrm_t(0)],
        ["Licence", "photocard driving licence ", det.dl_t("spaced")],
        ["Passport", "UK passport ", det.pass_t(), " (detainee's own)"],
        ["Wallet", "NI number card ", det.ni_t("mid")],
        ["Paper", "note with name ", W.get("friend", dob=(1975, 2003)).nm("first"), " and number ",
         W.get("friend").ph("compact")],
    ]
    for it in items:
        p1.w("| ", it[0], " | ", *it[1:], " | SB%06d |\n" % r.randint(1, 999999))
    p2 = Pg()
    p2.w("CUSTODY RECORD QN - continuation - ", det.nm("sf"), "\n\n")
    p2.w("Risk assessment: seen by ", hcp.nm("full"), " (HCP). NHS number ", det.nhs_t("plain"),
         ". Fit to detain and interview.\n")
    times = sorted(W.tm() for _ in range(4))
    p2.w("%s  Solicitor " % times[0], sol.nm("init"), " arrived. Consultation room 2.\n")
    p2.w("%s  Interviewed by PC " % times[1], arr.nm("sur"), ". Complainant named as ",
         W.get("victim", dob=(1960, 2004)).nm("full") if W.type not in ("victim", "witness")
         else S.nm("full"), ".\n")
    p2.w("%s  Reviewed by PS " % times[2], dsgt.nm("fS"), ". Continued detention authorised.\n")
    p2.w("%s  Charged. Bailed to " % times[3], W.mags.name, ", ", W.mags.a(), ", ", W.mags.town,
         " ", W.mags.pc(), " on %s.\n" % W.evs("long"))
    p2.w("Property returned except the partner's bank card (retained as exhibit RT/1).\n")
    p2.w("Signed (detainee): ", det.nm("init"), "   Signed (custody officer): ", sgt.nm("init"),
         ", PS\n")
    return [p1, p2]


def gen_cyber(W):
    S, r = W.S, W.r
    an = W.staff("dfu", "Digital Forensic Investigator", "DFI", W.police)
    oic = W.staff("oic", "Officer in the Case", "DC", W.police, sex="f")
    sus = W.offender if W.type in ("victim", "witness") else W.get("prisoner2", sex=S.sex,
                                                                    dob=(1975, 2003))
    other = W.get("friend", dob=(1975, 2003))
    pg = Pg()
    title = "ACCOUNT ACCESS / IP LOG ANALYSIS" if W.type in ("victim", "witness") else \
        "ILLICIT DEVICE AND SOCIAL MEDIA - IP LOG ANALYSIS"
    pg.w(title, "\n", W.police.name, " Digital Forensics Unit   Case ref DFU/%d/%04d\n\n" % (
        2024, r.randint(1, 9999)))
    pg.w("Prepared by: ", an.nm("fS"), " (", an.grade, ") for ", oic.nm("fS"), "\n")
    pg.w("Tool version 4.2.1.3; export schema version 10.2.0.4\n\n")
    pg.w("Accounts examined\n")
    pg.w("  A1 ", S.em(), " - holder ", S.nm("full"), " (DOB ", S.dob_t("iso"), ")\n")
    pg.w("  A2 ", sus.em(), " - holder ", sus.nm("full"), "\n")
    pg.w("  A3 ", other.em(), " - holder ", other.nm("full"), "\n\n")
    pg.w("| Timestamp (UTC) | Account | Source IP | Event | Device |\n")
    d0 = W.ev((2023, 6), (2024, 10))
    plan = [(S, 0), (S, 1), (sus, 0), (sus, 0), (S, 2), (sus, 1), (other, 0), (sus, 2), (S, 0),
            (other, 1), (sus, 0)]
    events = ["login", "password change", "message sent", "login failed", "login",
              "recovery email changed", "login", "message sent", "logout", "login", "post"]
    for i, (p, k) in enumerate(plan):
        ts = "%sT%s:%02dZ" % (fdate(d0 + datetime.timedelta(days=i // 2), "iso"), W.tm(),
                              r.randint(0, 59))
        pg.w("| ", ts, " | A%d | " % ([S, sus, other].index(p) + 1), p.ip_t(k), " | ",
             events[i], " | ", r.choice(["Android 13", "iOS 17.4", "Windows 10", "Chrome 122"]),
             " |\n")
    pg2 = Pg()
    pg2.w("Findings\n")
    pg2.w("4.1 Logins to ", S.nm("first"), "'s account A1 from ", sus.ip_t(0),
          " coincide with sessions on A2, indicating that ", sus.nm("sur"),
          " accessed it without authority.\n")
    pg2.w("4.2 The IPv6 address ", sus.ip_t(1), " resolves to a residential broadband line "
          "subscribed by ", W.get("subscriber", dob=(1955, 1995)).nm("full"), " at ",
          *W.get("subscriber").addr_line(), ".\n")
    pg2.w("4.3 Sessions attributed to ", S.nm("sur"), " come from ", S.ip_t(0), " and ",
          S.ip_t(1), " (confirmed with %s).\n" % S.him())
    pg2.w("4.4 ", other.nm("full"), " (", other.ip_t(0), ") appears to be an unwitting contact.\n")
    pg2.w("4.5 Account A2 bought app credits with card ", sus.card_t(0), "; the card issuer "
          "confirmed the cardholder as ", sus.nm("caps"), ".\n")
    pg2.w("4.6 Paragraph 4.2.1.3 of the ACPO guidance was followed.\n\n")
    pg2.w("Signed: ", an.nm("init"), ", ", an.grade, "   Date: %s\n" % W.evs("slash"))
    return [pg, pg2]


def gen_court_listing(W):
    S, r = W.S, W.r
    crt = W.mags if r.random() < 0.5 else W.court
    legal = W.staff("legal_adviser", "Legal Adviser", "LA", crt)
    bench = [W.staff("mag1", "Magistrate", "JP", crt), W.staff("mag2", "Magistrate", "JP", crt)]
    usher = W.staff("usher", "Usher", "Usher", crt)
    defs = []
    main = W.offender
    for i in range(6):
        defs.append(W.get("list_def%d" % i, dob=(1965, 2005)))
    pos = r.randint(1, 5)
    defs.insert(pos, main)
    pg = Pg()
    pg.w(crt.name, "\n", crt.a(), ", ", crt.town, " ", crt.pc(), "   Tel ", crt.ph(), "   ",
         crt.em(), "\n")
    pg.w("DAILY COURT LIST - Courtroom 3 - %s - sitting at 10:00\n" % W.evs("long"))
    pg.w("Bench: ", bench[0].nm("full"), " JP (chair), ", bench[1].nm("full"), " JP   Legal "
         "adviser: ", legal.nm("fS"), "   Usher: ", usher.nm("first"), "\n\n")
    pg.w("| No | Case no | Defendant | Date of birth | Town | Offence | Prosecutor |\n")
    offences = ["Theft from shop", "Assault by beating", "Drive whilst disqualified",
                "Breach of non-molestation order", "Criminal damage", "Possession class B",
                "Harassment (s.2 PHA)"]
    for i, d in enumerate(defs):
        pg.w("| %d | %s%07d | " % (i + 1, r.choice(["4100", "4101", "4102"]),
                                   r.randint(1, 9999999)),
             d.nm("sf"), " | ", d.dob_t(r.choice(["slash", "slash", "dots"])), " | ", d.town,
             " | ", offences[i % len(offences)], " | ", "CPS" if i % 3 else "Quernshire Police",
             " |\n")
    pg.w("\nRemand/warrant list\n")
    w1 = W.get("list_war", dob=(1965, 2005))
    pg.w("| W1 | 4101%07d | " % r.randint(1, 9999999), w1.nm("sf"), " | ", w1.dob_t("slash"),
         " | warrant backed for bail |\n")
    pg.w("\nNotes: interpreter (Polish) booked for case 4. Press: no reporting restrictions "
         "except case %d (s.45 YJCEA - victim " % (pos + 1))
    vic = S if W.type in ("victim", "witness") else W.get("victim", dob=(1960, 2004))
    pg.w(vic.nm("full"), " not to be named).\n")
    pg.w("Enquiries: listing office ", crt.ph(), ".\n")
    return [pg]


def gen_witness_statement(W):
    S, r = W.S, W.r
    oic = W.staff("oic", "Officer in the Case", "DC", W.police, sex="f")
    off = W.offender
    w2 = W.get("witness2", dob=(1960, 2004))
    p1 = Pg()
    p1.w("RESTRICTED (when complete)                                      MG11\n")
    p1.w("WITNESS STATEMENT\nCriminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9\n"
         "URN: 41QA0192724\n\n")
    p1.w("Statement of: ", S.nm("fml"), "\nAge if under 18: Over 18   Occupation: ",
         "Dental nurse" if S.sex == "f" else "Warehouse supervisor", "\n")
    p1.w("This statement (consisting of 2 pages each signed by me) is true to the best of my "
         "knowledge and belief.\nSignature: ", S.nm("init"), "   Date: %s\n\n" % W.evs("slash"))
    if W.type == "victim":
        p1.w("I have known ", off.nm("full"), " for about four years. We were in a relationship "
             "until last spring. Since then he has sent me hundreds of messages from ",
             off.ph("std"), " and from new accounts.\n")
        p1.w("On the evening of %s I saw his car, a silver Ford, registration " % W.evs("long"),
             off.vrm_t(0), ", parked opposite my home at ", S.ad(), ".\n")
        p1.w("My neighbour ", w2.nm("full"), " also saw him. ", w2.nm("first"),
             " rang me on my mobile ", S.ph("std"), " to warn me.\n")
        p1.w("Somebody changed the recovery email on my account to ", off.em(),
             ". I did not do that.\n")
        p1.w("I was treated at the minor injuries unit for the bruising (my NHS number is ",
             S.nhs_t("spaced"), ").\n")
    else:
        p1.w("I work at the Copperdale Retail Park. On %s at about %s I saw two men fighting "
             "in the car park. " % (W.evs("long"), W.tm()), "One of them I now know to be ",
             off.nm("full"), ". I recognised him because he used to work with my cousin ",
             W.get("cousin", dob=(1970, 2004)).nm("full"), ".\n")
        p1.w("The other man, ", W.get("victim", dob=(1960, 2004)).nm("full"),
             ", fell and hit his head. ", off.nm("sur"), " drove off in ", off.vrm_t(0), ".\n")
        p1.w("Another witness, ", w2.nm("fS"), ", filmed it on %s phone.\n" % w2.his())
    p2 = Pg()
    p2.w("MG11 (continued) - Statement of ", S.nm("full"), "\n\n")
    p2.w("I am willing to attend court. Dates to avoid: none.\n")
    p2.w("Signature: ", S.nm("init"), "   Signature witnessed by: ", oic.nm("init"), ", ",
         oic.grade, "\n\n")
    p2.w("WITNESS CONTACT DETAILS (not for disclosure to the defence)\n")
    p2.w("Home address: ", *S.addr_line(), "\n")
    p2.w("Date of birth: ", S.dob_t("slash"), "    Place of birth: Tarnwick\n")
    p2.w("Home tel: ", S.ph("paren", "l"), "   Mobile: ", S.ph("std"), "   Email: ", S.em(), "\n")
    p2.w("Identification seen: driving licence ", S.dl_t("compact"), "; passport ", S.pass_t(),
         "\n")
    p2.w("NI number (for expenses): ", S.ni_t("spaced"), "\n")
    p2.w("Vehicle: ", S.vrm_t(0), "\n")
    p2.w("Best time to contact: evenings. Alternative contact: ", w2.nm("full"), " ",
         w2.ph("intl"), "\n")
    p2.w("Statement taken by ", oic.nm("fS"), " (", oic.grade, ") at ", W.police.name, ", ",
         W.police.a(), ", ", W.police.pc(), ".  Direct line ", oic.direct(), "\n")
    return [p1, p2]


def gen_compensation(W):
    S, r = W.S, W.r
    off = W.offender
    wit = W.type == "witness"
    clerk = W.staff("fin_court", "Fines and Compensation Officer", "AO", W.court)
    pg = Pg()
    if wit:
        pg.w("WITNESS EXPENSES CLAIM FORM (prosecution witness)\n", W.court.name, "\n\n")
    else:
        pg.w("COMPENSATION ORDER - PAYEE DETAILS\n", W.court.name, " Enforcement Centre\n\n")
    pg.w("Case: R v ", off.nm("sf"), "   Defendant DOB ", off.dob_t("slash"),
         "   Court account ref 41/%07d/COMP\n\n" % r.randint(1, 9999999))
    pg.w("PAYEE\nName: ", S.nm("fml"), "\nOther name used: ", (S.aliases[-1], "name",
                                                               "subject"), "\n")
    pg.w("Date of birth: ", S.dob_t("long"), "\nAddress: ", *S.addr_line(), "\n")
    pg.w("Telephone: ", S.ph("intl0"), "   Email: ", S.em(), "\n")
    pg.w("National Insurance number: ", S.ni_t("compact"), "\n\n")
    pg.w("BANK DETAILS FOR BACS\nAccount name: ", S.nm("caps"), "\nSort code: ", S.sort_t("dash"),
         "   Account number: ", S.acct_t(), "\nIBAN: ", S.iban_t("grouped"), "\n\n")
    if wit:
        pg.w("Mileage claimed: 36 miles in vehicle ", S.vrm_t(0), "\nLoss of earnings: employer ",
             W.get("employer").nm("full"), ", ", W.get("employer").ph("std", "l"), "\n")
    else:
        pg.w("Amount ordered: GBP 750.00 payable by the defendant at GBP 25 per week.\n")
        pg.w("Payments received from defendant's account: sort code ", off.sort_t("plain"),
             " account ", off.acct_t(), " (IBAN ", off.iban_t("plain"), ")\n")
    pg.w("Payment previously returned - wrong account given by ", W.get("supporter",
                                                                        dob=(1960, 2003)).nm(
        "full"), " (", W.get("supporter").sort_t("dash"), " / ", W.get("supporter").acct_t(),
         "). Do not use.\n\n")
    pg.w("Processed by ", clerk.nm("full"), ", ", clerk.title, ". Tel ", W.court.ph(), "\n")
    return [pg]


GENERATORS = {
    "email-thread": gen_email_thread,
    "pre-sentence-report": gen_pre_sentence_report,
    "parole-dossier-summary": gen_parole_dossier,
    "comp1-complaint": gen_comp1,
    "ocr-application-form": gen_ocr_application,
    "sentence-calculation": gen_sentence_calc,
    "bail-information-report": gen_bail_info,
    "victim-contact-letter": gen_victim_letter,
    "witness-care-letter": gen_victim_letter,
    "wing-observation-book": gen_wing_obs,
    "segregation-review": gen_segregation,
    "property-card": gen_property_card,
    "telephone-monitoring-summary": gen_phone_monitoring,
    "finance-statement": gen_finance,
    "probation-contact-log": gen_probation_log,
    "anpr-vehicle-check": gen_anpr,
    "police-custody-record": gen_custody_record,
    "cyber-ip-log": gen_cyber,
    "court-listing": gen_court_listing,
    "witness-statement": gen_witness_statement,
    "compensation-payment": gen_compensation,
    "witness-expenses-claim": gen_compensation,
}

FOOTER_BODY = {
    "email-thread": ["prison", "probation", "police", "vcs", "wcu"],
    "pre-sentence-report": ["probation"], "parole-dossier-summary": ["probation"],
    "probation-contact-log": ["probation"], "bail-information-report": ["probation"],
    "victim-contact-letter": ["vcs"], "witness-care-letter": ["wcu"],
    "anpr-vehicle-check": ["police"], "police-custody-record": ["police"],
    "cyber-ip-log": ["police"], "witness-statement": ["police"], "court-listing": ["court"],
    "compensation-payment": ["court"], "witness-expenses-claim": ["court"],
}

SYSTEMS = {
    "email-thread": "Outlook (CJSM)", "pre-sentence-report": "nDelius", "parole-dossier-summary":
    "PPUD", "probation-contact-log": "nDelius", "bail-information-report": "nDelius",
    "victim-contact-letter": "VISOR-lite", "witness-care-letter": "WMS", "anpr-vehicle-check":
    "PNC/BOF", "police-custody-record": "Niche RMS", "cyber-ip-log": "Niche RMS",
    "court-listing": "Common Platform", "witness-statement": "Niche RMS",
    "compensation-payment": "LIBRA", "witness-expenses-claim": "LIBRA",
}

BUNDLES = [
    dict(type="prisoner", origin="irish", sex="m", dob_years=(1984, 1990), first="Declan",
         middle="Padraig", surname="Keogh", aliases=["Danny Keogh", "Declan Kehoe"],
         prison="kelmscar", pdu="pdu_wex", court="crown_wex", police="pol_wex",
         docs=["email-thread", "comp1-complaint", "ocr-application-form",
               "telephone-monitoring-summary", "finance-statement", "wing-observation-book",
               "property-card", "segregation-review"]),
    dict(type="probation", origin="caribbean", sex="f", dob_years=(1988, 1994), first="Sharelle",
         middle="Marcia", surname="Beckford", aliases=["Shaz Beckford", "Sharelle Gayle"],
         prison=None, pdu="pdu_quern", court="crown_wex", police="pol_quern",
         docs=["pre-sentence-report", "probation-contact-log", "email-thread", "court-listing",
               "anpr-vehicle-check", "police-custody-record", "cyber-ip-log"]),
    dict(type="victim", origin="polish", sex="f", dob_years=(1985, 1995), first="Agnieszka",
         middle="Zofia", surname="Wiśniewska", aliases=["Aga Wiśniewska", "Agnieszka Nowicka"],
         off_origin="british", pdu="pdu_quern", court="crown_wex", police="pol_quern",
         docs=["victim-contact-letter", "witness-statement", "email-thread", "court-listing",
               "cyber-ip-log", "anpr-vehicle-check", "compensation-payment"]),
    dict(type="former", origin="somali", sex="m", dob_years=(1979, 1986), first="Abdirahman",
         middle="Liban", surname="Warsame", aliases=["Abdi Warsame"], prison="brackenmoor",
         pdu="pdu_quern", court="crown_wex", police="pol_quern",
         docs=["parole-dossier-summary", "sentence-calculation", "probation-contact-log",
               "finance-statement", "property-card", "comp1-complaint", "email-thread",
               "telephone-monitoring-summary"]),
    dict(type="prisoner", origin="turkish", sex="m", dob_years=(1990, 1998), first="Emre",
         middle="Mehmet", surname="Yılmaz", aliases=["Emre Yilmaz", "Emmy Yilmaz"],
         prison="brackenmoor", pdu="pdu_quern", court="crown_wex", police="pol_quern",
         docs=["police-custody-record", "bail-information-report", "court-listing",
               "sentence-calculation", "property-card", "email-thread", "wing-observation-book",
               "ocr-application-form", "anpr-vehicle-check"]),
    dict(type="witness", origin="chinese", sex="m", dob_years=(1975, 1985), first="Zhiwei",
         middle="", surname="Tsang", aliases=["Kevin Tsang"], off_origin="scottish",
         pdu="pdu_wex", court="crown_wex", police="pol_wex",
         docs=["witness-statement", "witness-care-letter", "email-thread", "cyber-ip-log",
               "court-listing", "anpr-vehicle-check", "witness-expenses-claim"]),
    dict(type="prisoner", origin="south_asian", sex="f", dob_years=(1986, 1993), first="Nasreen",
         middle="Kiran", surname="Qureshi", aliases=["Nas Qureshi", "Nasreen Siddiqui"],
         prison="stavewell", pdu="pdu_wex", court="crown_wex", police="pol_wex",
         docs=["ocr-application-form", "telephone-monitoring-summary", "finance-statement",
               "segregation-review", "comp1-complaint", "parole-dossier-summary", "cyber-ip-log",
               "property-card"]),
    dict(type="probation", origin="west_african", sex="m", dob_years=(1983, 1992),
         first="Oluwaseun", middle="Babatunde", surname="Adebayo-Cole",
         aliases=["Seun Cole", "Olu Adebayo"], prison=None, pdu="pdu_wex", court="crown_wex",
         police="pol_wex",
         docs=["pre-sentence-report", "bail-information-report", "probation-contact-log",
               "email-thread", "police-custody-record", "anpr-vehicle-check", "court-listing"]),
    dict(type="former", origin="scottish", sex="m", dob_years=(1970, 1980), first="Struan",
         middle="Alasdair", surname="Drummond-Hay", aliases=["Stu Drummond", "Struan Hay"],
         prison="orlestead", pdu="pdu_wex", court="crown_wex", police="pol_wex",
         docs=["sentence-calculation", "parole-dossier-summary", "probation-contact-log",
               "email-thread", "telephone-monitoring-summary", "finance-statement",
               "cyber-ip-log"]),
    dict(type="prisoner", origin="mixed", sex="m", dob_years=(2002, 2005), first="Malachi",
         middle="Reuben", surname="de Souza", aliases=["Kai de Souza", "Malachi D'Souza"],
         prison="orlestead", pdu="pdu_quern", court="crown_wex", police="pol_quern",
         docs=["wing-observation-book", "segregation-review", "comp1-complaint",
               "ocr-application-form", "police-custody-record", "property-card",
               "telephone-monitoring-summary", "finance-statement", "email-thread"]),
]


# --------------------------------------------------------------------------- build + verify

def subject_json(W, bid):
    S = W.S
    has_custody = W.type in ("prisoner", "former")
    has_record = W.type in ("prisoner", "former", "probation")
    return {
        "name": " ".join(x for x in (S.first, S.middle, S.sur) if x),
        "aliases": list(S.aliases),
        "date_of_birth": S.dob.isoformat(),
        "prison_number": S.prn if has_custody else "",
        "identifiers": {
            "pnc": S.pnc if has_record else "",
            "cro": S.cro if has_record else "",
            "crn": S.crn if W.type in ("probation", "former") or has_custody else "",
            "ni_number": S.ni,
            "nhs_number": S.nhs,
            "passport": S.passport,
            "driving_licence": S.dl,
        },
        "contact": {
            "addresses": ["%s, %s %s" % (S.address, S.town, S.postcode)],
            "phones": ["%s %s" % S.mobile, "%s %s" % S.landline],
            "emails": [S.email],
        },
    }


def verify_page(text, items, W, where):
    raw = text.encode("utf-8")
    spans = []
    for it in items:
        if it["category"] not in CATEGORIES or it["party"] not in PARTIES:
            raise GenError("%s: bad category/party %r" % (where, it))
        if raw[it["begin"]:it["end"]].decode("utf-8") != it["text"]:
            raise GenError("%s: offset mismatch %r" % (where, it))
        if not it["text"] or it["text"] != it["text"].strip():
            raise GenError("%s: empty/whitespace item %r" % (where, it))
        spans.append((it["begin"], it["end"]))
        c, t = it["category"], it["text"]
        ok = True
        if c == "nhs_number":
            ok = nhs_ok(t) and t.replace(" ", "").startswith("999")
        elif c == "pnc":
            ok = pnc_ok(t)
        elif c == "cro":
            ok = cro_ok(t)
        elif c == "payment_card":
            ok = luhn_ok(re.sub(r"[ -]", "", t))
        elif c == "iban":
            ok = iban_ok(t)
        elif c == "ni_number":
            ok = ni_ok(t)
        elif c == "prison_number":
            ok = re.fullmatch(r"[A-Z][0-9]{4}[A-Z]{2}", t) is not None
        elif c == "crn":
            ok = re.fullmatch(r"[A-Z][0-9]{6}", t) is not None
        elif c == "postcode":
            ok = re.fullmatch(r"[A-Z]{2}[0-9]{1,2} ?[0-9][ABD-HJLNP-UW-Z]{2}", t) is not None
        elif c == "ip_address":
            ok = t.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:"))
        elif c == "phone":
            d = re.sub(r"[^0-9]", "", t)
            if t.startswith("+44"):
                d = d[2:]
                if not d.startswith("0"):
                    d = "0" + d
            ok = bool(re.match(r"^(07700900|01632960|01134960|02079460|01614960|01174960|"
                               r"01214960)\d{3}$", d))
        elif c == "email":
            ok = re.search(r"@([a-z0-9.\-]+\.)?example\.(com|net|org|co\.uk|gov\.uk|cjsm\.net)$"
                           r"|@[a-z0-9.\-]+\.example\.gov\.uk$|\.example\.cjsm\.net$", t) is not None
        elif c == "passport":
            ok = re.fullmatch(r"[0-9]{9}", t) is not None
        elif c == "driving_licence":
            ok = re.fullmatch(r"[A-Z9]{5} ?[0-9](?:[05][1-9]|[16][0-2])(?:0[1-9]|[12][0-9]|3[01])"
                              r"[0-9] ?[A-Z9]{2}9[A-Z]{2}", t) is not None
        elif c == "vehicle_registration":
            ok = re.fullmatch(r"[A-HJ-PR-Y]{2}(?:0[2-9]|[1-7][0-9]) ?[A-HJ-PR-Z]{3}", t) is not None
        elif c == "sort_code":
            ok = re.fullmatch(r"[0-9]{2}[- ]?[0-9]{2}[- ]?[0-9]{2}", t) is not None
        elif c == "account_number":
            ok = re.fullmatch(r"[0-9]{8}", t) is not None
        if not ok:
            raise GenError("%s: invalid %s %r" % (where, c, t))
        if it["party"] == "public_body":
            allowed = [b.phone for b in BODIES] + [b.email for b in BODIES] + \
                      [b.postcode for b in BODIES] + [b.address for b in BODIES]
            if t not in allowed or c not in ("phone", "email", "postcode", "address"):
                raise GenError("%s: public-body value not in YAML %r" % (where, it))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            raise GenError("%s: overlapping items %r %r" % (where, a, b))
    # every occurrence of a known person's name token must be inside a labelled span
    covered = []
    for it in items:
        covered.append((it["begin"], it["end"]))
    tokens = []
    for p in W.people():
        for tok in [p.first, p.sur, up(p.sur)] + ([p.middle] if p.middle else []):
            for part in re.split(r"[ \-']", tok):
                if len(part) >= 3 and part not in tokens and part.lower() not in (
                        "mac", "van", "der", "giolla", "souza", "clair"):
                    tokens.append(part)
        for al in p.aliases:
            for part in al.split():
                if len(part) >= 3 and part not in tokens:
                    tokens.append(part)
    for tok in tokens:
        for m in re.finditer(r"(?<![\w])" + re.escape(tok) + r"(?![\w])", text):
            b = len(text[:m.start()].encode("utf-8"))
            e = b + len(m.group(0).encode("utf-8"))
            if not any(cb <= b and e <= ce for cb, ce in covered):
                ctx = text[max(0, m.start() - 40):m.end() + 40]
                raise GenError("%s: unlabelled name token %r in %r" % (where, tok, ctx))


def build(outdir):
    docs_total = 0
    counts = {c: 0 for c in CATEGORIES}
    pcounts = {p: 0 for p in PARTIES}
    kinds = {}
    files = {}
    for i, cfg in enumerate(BUNDLES):
        W = World(cfg, i + 1)
        bid = "fourth-%02d" % (i + 1)
        docs = []
        if not 6 <= len(cfg["docs"]) <= 9:
            raise GenError("%s: wrong number of documents" % bid)
        built = []
        for j, kind in enumerate(cfg["docs"]):
            pages = GENERATORS[kind](W)
            # print footer naming the official who printed the record
            staff = [p for p in W.people() if p.party == "staff" and p.body is not None]
            fit = [p for p in staff if p.body.kind in FOOTER_BODY.get(kind, ["prison"])]
            staff = fit or staff
            st = staff[W.r.randrange(len(staff))]
            last = pages[-1]
            if kind != "ocr-application-form":
                last.w("\n-- Printed from %s by " % SYSTEMS.get(kind, "NOMIS"), st.nm(
                    W.r.choice(["fS", "full", "Sf"])), " (", st.work_email(),
                    ") on %s %s --\n" % (
                    W.evs("slash"), W.tm()))
            built.append((kind, pages))
        for j, (kind, pages) in enumerate(built):
            truth = []
            ptexts = []
            for k, pg in enumerate(pages):
                t = pg.text()
                verify_page(t, pg.items, W, "%s doc-%02d page %d" % (bid, j + 1, k))
                ptexts.append(t)
                for it in pg.items:
                    truth.append({"page": k, "begin": it["begin"], "end": it["end"],
                                  "category": it["category"], "party": it["party"],
                                  "text": it["text"]})
                    counts[it["category"]] += 1
                    pcounts[it["party"]] += 1
            kinds[kind] = kinds.get(kind, 0) + 1
            docs.append({"id": "doc-%02d" % (j + 1), "kind": kind, "pages": ptexts,
                         "truth": truth})
            docs_total += 1
        bundle = {"bundle_id": bid, "subject": subject_json(W, bid), "documents": docs}
        files["bundle-%02d.json" % (i + 1)] = json.dumps(bundle, ensure_ascii=False, indent=1) + "\n"
    total = sum(counts.values())
    sys.stderr.write("documents: %d   items: %d" % (docs_total, total) + "\n")
    sys.stderr.write("parties: " + ", ".join("%s %d (%.0f%%)" % (p, n, 100.0 * n / total)
                                  for p, n in pcounts.items()) + "\n")
    sys.stderr.write("categories: " + ", ".join("%s %d" % (c, n) for c, n in counts.items()) + "\n")
    sys.stderr.write("kinds: " + ", ".join("%s %d" % (k, n) for k, n in sorted(kinds.items())) + "\n")
    problems = []
    if total < 2000:
        problems.append("only %d items" % total)
    for c, n in counts.items():
        if n < 30:
            problems.append("category %s has %d items" % (c, n))
    if problems:
        raise GenError("; ".join(problems))
    os.makedirs(outdir, exist_ok=True)
    for name in sorted(files):
        with open(os.path.join(outdir, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(files[name])
    with open(os.path.join(outdir, "public-bodies.yaml"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write(bodies_yaml())


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: python3 tests/tools/evalgen_fourth.py OUTDIR\n")
        return 2
    try:
        build(argv[1])
    except GenError as e:
        sys.stderr.write("evalgen_fourth: verification failed: %s\n" % e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
