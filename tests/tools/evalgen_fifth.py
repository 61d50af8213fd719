#!/usr/bin/env python3
"""Fifth synthetic evaluation set for disclose (UK justice third-party data).

Written BLIND: the author did not read disclose's detection rules, engine code, other evaluation generators or their data, and did not run the disclose binary. Consulted: uk-identifiers.md, domain.md.

Usage: python3 tests/tools/evalgen_fifth.py tests/data/eval-fifth
Standard library only, fixed seed, no clock: output is byte-identical on every run.
"""
import json
import os
import random
import sys

SEED = 20250505
L23 = "ZABCDEFGHJKLMNPQRTUVWXY"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
CATS = ("name date_of_birth prison_number pnc cro crn ni_number nhs_number phone email address "
        "postcode vehicle_registration passport driving_licence sort_code account_number iban "
        "payment_card ip_address").split()
PARTIES = ("subject", "third_party", "staff", "public_body")

# ---------------------------------------------------------------- check digits
def pnc_check(yy, serial):
    return L23[int("%02d%07d" % (yy, serial)) % 23]

def cro_check(yy, serial):
    return L23[int("%02d%06d" % (yy, serial)) % 23]

def nhs_check(stem9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(stem9))
    c = 11 - s % 11
    return None if c == 10 else (0 if c == 11 else c)

def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1

def luhn_ok(num):
    ds = [int(c) for c in num if c.isdigit()][::-1]
    return sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2)
               for i, d in enumerate(ds)) % 10 == 0

NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}

def ni_ok(v):
    s = v.replace(" ", "").upper()
    return (len(s) == 9 and s[0] in NI_FIRST and s[1] in NI_SECOND and s[:2] not in NI_BANNED
            and s[2:8].isdigit() and s[8] in "ABCD")

def pnc_ok(v):
    s = v.replace(" ", "").upper()
    yy, rest = s.split("/") if "/" in s else (s[:4] if len(s) == 12 else s[:2], s[4:] if len(s) == 12 else s[2:])
    return L23[int(yy[-2:] + rest[:-1].zfill(7)) % 23] == rest[-1]

def cro_ok(v):
    s = v.replace(" ", "").upper()
    ser, tail = s.split("/")
    return L23[int(tail[:2] + ser.zfill(6)) % 23] == tail[2]

# ---------------------------------------------------------------- name pools
GROUPS = [  # (forenames male, forenames female, surnames)
    ("Oliver Jack Harry George Daniel Thomas Liam", "Charlotte Emily Sophie Rebecca Zoë Hannah",
     "Smith Hughes Walker Turner Harrison Bennett Whitfield Marsh"),
    ("Callum Fraser Ewan Alasdair", "Eilidh Morag Kirsty Isla", "MacLeod Buchanan McAllister Grieve"),
    ("Ciarán Declan Padraig Seán", "Siobhán Aoife Niamh Róisín", "O'Sullivan McGinley Ó Ceallaigh Brennan"),
    ("Rhys Dafydd Gethin Iwan", "Carys Angharad Ffion Nia", "Llewellyn Pritchard Rees ap Gwilym"),
    ("Krzysztof Paweł Tomasz Marek", "Agnieszka Zofia Katarzyna Ewa", "Nowak Wiśniewski Kowalczyk Zieliński"),
    ("Ionuț Mihai Andrei Florin", "Andreea Ioana Elena Mădălina", "Popescu Ionescu Bălan Stoica"),
    ("Abdirahman Mohamed Abdullahi Yusuf", "Hodan Ayaan Fadumo Sahra", "Warsame Abdi Farah Jama"),
    ("Chinedu Oluwaseun Emeka Tunde", "Ngozi Adaeze Funmilayo Chioma", "Okafor Adeyemi Eze Oyelaran"),
    ("Imran Bilal Tariq Zubair", "Ayesha Saima Nadia Rukhsana", "Hussain Iqbal Chaudhry Malik"),
    ("Rajesh Sandeep Arjun Vikram", "Priya Anjali Deepa Harpreet", "Patel Sharma Gill Nair"),
    ("Wei Jian Hao Ming", "Mei Xiu Ling Yan", "Cheung Li Wong Zhang"),
    ("Delroy Winston Marlon Leon", "Marcia Shanice Paulette Renée", "Campbell Thompson Baptiste Clarke"),
    ("Mehmet Emre Kemal Burak", "Elif Zeynep Ayşe Derya", "Yılmaz Demir Kaya Öztürk"),
    ("João Tiago José Rui", "Inês Beatriz Mariana Leonor", "Ferreira Santos da Silva Gonçalves"),
]
EXTRA_SURNAMES = ["van der Berg", "de Souza", "bin Rashid", "al-Hashimi", "Fitzgerald-Owusu",
                  "Ahmed-Clarke", "Nowak-Reid", "D'Arcy", "MacDonald-Kaya", "St John"]
NICKS = ["Bones", "Tiny", "Smudge", "Kes", "Dink", "Ollie", "Taz", "Big Man", "Jonno", "Mitch"]
STREETS = ["Mill Lane", "Tanner Street", "Orchard Close", "Station Road", "Heol y Bryn", "Cromwell Avenue",
           "Larch Grove", "Chapel Row", "Wharf Street", "Kingfisher Way", "Beacon Rise", "Ropewalk",
           "Saltash Terrace", "Moor View", "Hawthorn Crescent", "Ferry Road", "Albion Street", "Quarry Bank"]
BUILDINGS = ["Carlton House", "Jubilee Court", "Marlowe Heights", "Ty Coch", "Linden Mews"]
LOCALITIES = ["Little Haddon", "Upper Brackley", "Nether Wyke", "Coldharbour"]
TOWNS = ["Marbury", "Eastwick", "Holmford", "Kirkhaven", "Stanmere", "Ashcombe", "Brackenfield", "Wexley"]
PC_AREAS = ["ZQ", "ZR", "ZW", "YQ", "YX", "JQ"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
DOMAINS = ["example.com", "example.co.uk", "example.org", "example.net"]

# ---------------------------------------------------------------- public bodies (hand written)
PUBLIC_BODIES = [
    dict(key="prison1", name="HMP Marbury", town="Marbury", phones=["01632 960100"], postcodes=["ZQ3 9RT"],
         addresses=["1 Gaol Lane"], emails=["omu.marbury@justice.example.gov.uk"]),
    dict(key="prison2", name="HMP Kirkhaven", town="Kirkhaven", phones=["0113 496 0500"], postcodes=["YQ7 2LB"],
         addresses=["40 Castle Wynd"], emails=["business.hub.kirkhaven@justice.example.gov.uk"]),
    dict(key="prison3", name="HMP and YOI Stanmere", town="Stanmere", phones=["0121 496 0700"],
         postcodes=["ZW1 4HA"], addresses=["Stanmere Road"], emails=["legal.visits.stanmere@justice.example.gov.uk"]),
    dict(key="pdu", name="Marbury Probation Delivery Unit", town="Marbury", phones=["01632 960222"],
         postcodes=["ZQ1 6DF"], addresses=["5 Friary Walk"], emails=["marbury.pdu@probation.example.gov.uk"]),
    dict(key="police", name="Holmford Constabulary", town="Holmford", phones=["020 7946 0101"],
         postcodes=["ZR2 8PN"], addresses=["88 Bridewell Street"], emails=["enquiries@holmford.example.police.uk"]),
    dict(key="court", name="Eastwick Magistrates' Court", town="Eastwick", phones=["020 7946 0330"],
         postcodes=["YX4 1GU"], addresses=["2 Guildhall Square"], emails=["eastwick.fines@justice.example.gov.uk"]),
    dict(key="council", name="Ashcombe Borough Council Housing Options", town="Ashcombe", phones=["01632 960450"],
         postcodes=["JQ5 3EW"], addresses=["12 Civic Way"], emails=["housing.options@ashcombe.example.gov.uk"]),
    dict(key="hospital", name="Wexley General Hospital", town="Wexley", phones=["0121 496 0900"],
         postcodes=["JQ9 7NS"], addresses=["Infirmary Road"], emails=["switchboard@wexleygh.example.nhs.uk"]),
    dict(key="em", name="Electronic Monitoring Service", town="Holmford", phones=["0113 496 0880"],
         postcodes=["ZR6 2QT"], addresses=["Unit 4 Axis Park"], emails=["em.enquiries@em-service.example.gov.uk"]),
]
PB = {b["key"]: b for b in PUBLIC_BODIES}

def yq(v):
    return "'" + v.replace("'", "''") + "'"

def public_bodies_yaml():
    out = ["version: 1", "bodies:"]
    for b in PUBLIC_BODIES:
        out.append("  - name: " + b["name"])
        for k in ("phones", "postcodes", "addresses", "emails"):
            out.append("    %s: [%s]" % (k, ", ".join(yq(v) for v in b[k])))
    return "\n".join(out) + "\n"

# ---------------------------------------------------------------- document builder
class Doc:
    """Accumulates page text; label tuples (text, category, party) record their own offsets,
    in UTF-8 bytes as the evaluation format has them."""
    def __init__(self, did, kind):
        self.id, self.kind, self.pages, self.truth = did, kind, [], []
        self.buf, self.pos = [], 0

    def w(self, fmt, *args):
        parts = fmt.split("{}")
        assert len(parts) == len(args) + 1, fmt
        for i, part in enumerate(parts):
            self._put(part)
            if i < len(args):
                self._put(args[i])
        return self

    def _put(self, x):
        if isinstance(x, str):
            self.buf.append(x); self.pos += len(x.encode("utf-8"))
        elif isinstance(x, list):
            for y in x:
                self._put(y)
        else:
            text, cat, party = x
            n = len(text.encode("utf-8"))
            self.truth.append({"page": len(self.pages), "begin": self.pos, "end": self.pos + n,
                               "category": cat, "party": party, "text": text})
            self.buf.append(text); self.pos += n

    def page(self):
        self.pages.append("".join(self.buf)); self.buf, self.pos = [], 0
        return self

    def out(self):
        if self.buf:
            self.page()
        return {"id": self.id, "kind": self.kind, "pages": self.pages, "truth": self.truth}

def L(text, cat, party):
    return (text, cat, party)

def fmt_date(d, style):
    y, m, dd = d
    mon = MONTHS[m - 1]
    suf = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    return [
        "%02d/%02d/%04d" % (dd, m, y), "%d %s %04d" % (dd, mon, y), "%02d.%02d.%02d" % (dd, m, y % 100),
        "%04d-%02d-%02d" % (y, m, dd), "%02d-%s-%04d" % (dd, mon[:3].upper(), y), "%d/%d/%04d" % (dd, m, y),
        "%d%s %s %04d" % (dd, suf, mon[:3], y), "%02d/%02d/%02d" % (dd, m, y % 100)][style % 8]

# ---------------------------------------------------------------- people
import unicodedata

def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii())

class World:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    def uniq(self, f):
        while True:
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def phone(self, mobile=None):
        r = self.r
        k = 0 if (mobile if mobile is not None else r.random() < 0.6) else r.randint(1, 4)
        return self.uniq(lambda: [("07700", "900" + self.digits(3)), ("01632", "960" + self.digits(3)),
                                  ("0113", "496", "0" + self.digits(3)), ("0121", "496", "0" + self.digits(3)),
                                  ("020", "7946", "0" + self.digits(3))][k])

    def postcode(self):
        r = self.r
        return self.uniq(lambda: "%s%d %d%s%s" % (r.choice(PC_AREAS), r.randint(1, 19), r.randint(1, 9),
                                                  r.choice(INWARD), r.choice(INWARD)))

    def address(self):
        r = self.r
        num, st = r.randint(1, 180), r.choice(STREETS)
        k = r.randint(0, 5)
        if k == 0:
            return self.uniq(lambda: "Flat %d, %s, %d %s" % (r.randint(1, 30), r.choice(BUILDINGS), num, st))
        if k == 1:
            return self.uniq(lambda: "%d %s, %s" % (num, st, r.choice(LOCALITIES)))
        if k == 2:
            return self.uniq(lambda: "%d%s %s" % (r.randint(1, 99), r.choice("AB"), r.choice(STREETS)))
        return self.uniq(lambda: "%d %s" % (r.randint(1, 180), r.choice(STREETS)))

    def ident(self, kind):
        r = self.r
        if kind == "pnc":
            yy, ser = r.choice(list(range(95, 100)) + list(range(0, 25))), r.randint(1000, 9999999)
            return self.uniq(lambda: (yy, ser, pnc_check(yy, ser)))
        if kind == "cro":
            yy, ser = r.randint(0, 99), r.randint(1000, 999999)
            return self.uniq(lambda: (yy, ser, cro_check(yy, ser)))
        if kind == "nhs":
            while True:
                stem = "999" + self.digits(6)
                c = nhs_check(stem)
                if c is not None and stem + str(c) not in self.used:
                    self.used.add(stem + str(c))
                    return stem + str(c)
        if kind == "ni":
            while True:
                p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
                if p not in NI_BANNED:
                    return self.uniq(lambda: p + self.digits(6) + r.choice("ABCD"))
        if kind == "prison":
            return self.uniq(lambda: r.choice("ABGKX") + self.digits(4) + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") * 1
                             + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        if kind == "crn":
            return self.uniq(lambda: r.choice("DEFLNX") + self.digits(6))
        if kind == "passport":
            return self.uniq(lambda: str(r.randint(1, 9)) + self.digits(8))
        if kind == "vrm":
            tag, let = "ABCDEFGHJKLMNOPRSTUVWXY", "ABCDEFGHJKLMNOPRSTUVWXYZ"
            return self.uniq(lambda: r.choice(tag) + r.choice(tag) + "%02d" % r.choice(
                list(range(2, 25)) + list(range(51, 75))) + " " + "".join(r.choice(let) for _ in range(3)))
        if kind == "sort":
            return self.uniq(lambda: "%02d-%02d-%02d" % (r.randint(10, 99), r.randint(0, 99), r.randint(0, 99)))
        if kind == "acct":
            return self.uniq(lambda: str(r.randint(1, 9)) + self.digits(7))
        if kind == "iban":
            bank = r.choice(["TEST", "EXMP", "DEMO", "SAMP"])
            bban = bank + self.digits(14)
            n = int("".join(str(int(c, 36)) for c in bban + "GB00"))
            return self.uniq(lambda: "GB%02d%s" % (98 - n % 97, bban))
        if kind == "card":
            while True:
                body = r.choice(["400000", "424242", "555555", "222300", "401288", "510510"]) + self.digits(9)
                for c in "0123456789":
                    if luhn_ok(body + c):
                        break
                if body + c not in self.used:
                    self.used.add(body + c)
                    return body + c
        if kind == "ip":
            k = r.randint(0, 3)
            return self.uniq(lambda: ["192.0.2.%d", "198.51.100.%d", "203.0.113.%d", "2001:db8::%x"][k]
                             % r.randint(2, 254))
        raise ValueError(kind)

def fmt_phone(g, style):
    style %= 4
    if style == 0 or (style == 3 and g[0].startswith("07")):
        return " ".join(g)
    if style == 1:
        return "".join(g)
    if style == 2:
        return "+44 " + g[0][1:] + " " + " ".join(g[1:])
    return "(" + g[0] + ") " + " ".join(g[1:])

def fmt_id(kind, v, style=0):
    if kind == "pnc":
        yy, ser, c = v
        full = "%04d" % (1900 + yy if yy > 30 else 2000 + yy)
        s = ["%s/%07d%s" % (full, ser, c), "%02d/%d%s" % (yy, ser, c), "%s%07d%s" % (full, ser, c),
             "%s/%07d%s" % (full, ser, c.lower())][style % 4]
        return s
    if kind == "cro":
        yy, ser, c = v
        return ["%06d/%02d%s" % (ser, yy, c), "%d/%02d%s" % (ser, yy, c), "%d/%02d%s" % (ser, yy, c.lower())][style % 3]
    if kind == "nhs":
        return [v[:3] + " " + v[3:6] + " " + v[6:], v, v[:3] + "-" + v[3:6] + "-" + v[6:]][style % 3]
    if kind == "ni":
        sp = " ".join([v[:2], v[2:4], v[4:6], v[6:8], v[8]])
        return [sp, v, v.lower(), v[:2] + " " + v[2:8] + " " + v[8]][style % 4]
    if kind in ("prison", "crn"):
        return [v, v.lower()][style % 2]
    if kind == "iban":
        return [" ".join(v[i:i + 4] for i in range(0, 22, 4)), v][style % 2]
    if kind == "card":
        return [" ".join(v[i:i + 4] for i in range(0, 16, 4)), v, "-".join(v[i:i + 4] for i in range(0, 16, 4))][style % 3]
    if kind == "vrm":
        return [v, v.replace(" ", "")][style % 2]
    if kind == "sort":
        return [v, v.replace("-", " "), v.replace("-", "")][style % 3]
    return v

CAT_OF = {"pnc": "pnc", "cro": "cro", "nhs": "nhs_number", "ni": "ni_number", "prison": "prison_number",
          "crn": "crn", "passport": "passport", "vrm": "vehicle_registration", "sort": "sort_code",
          "acct": "account_number", "iban": "iban", "card": "payment_card", "ip": "ip_address",
          "dl": "driving_licence"}

class Person:
    def __init__(self, W, party, sex=None, surname=None, middle=False, email_domain=None):
        r = W.r
        g = r.choice(GROUPS)
        self.sex = sex or r.choice("MF")
        self.fn = r.choice((g[0] if self.sex == "M" else g[1]).split())
        sns = g[2].split()
        if g[2].count("ap ") or g[2].count("da ") or g[2].count("Ó "):
            sns = [s for s in g[2].replace("ap Gwilym", "ap_Gwilym").replace("da Silva", "da_Silva")
                   .replace("Ó Ceallaigh", "Ó_Ceallaigh").split()]
            sns = [s.replace("_", " ") for s in sns]
        self.sn = surname or (r.choice(EXTRA_SURNAMES) if r.random() < 0.18 else r.choice(sns))
        mg = r.choice(GROUPS)
        self.mn = r.choice((mg[0] if self.sex == "M" else mg[1]).split()) if middle or r.random() < 0.2 else ""
        if self.mn == self.fn:
            self.mn = ""
        self.party, self.W = party, W
        self.dob = (r.randint(1950, 2006), r.randint(1, 12), r.randint(1, 28))
        self.ph = W.phone()
        self.addr, self.pc, self.town = W.address(), W.postcode(), r.choice(TOWNS)
        self.nick = r.choice(NICKS)
        f, s = ascii_fold(self.fn).lower(), ascii_fold(self.sn).lower().replace(" ", "").replace("'", "")
        self.email = W.uniq(lambda: r.choice(["%s.%s", "%s%s", "%.1s.%s"]) % (f, s)
                            + (str(r.randint(1, 99)) if r.random() < 0.5 else "") + "@"
                            + (email_domain or r.choice(DOMAINS)))
        self._ids = {}

    def id(self, kind, style=0):
        if kind not in self._ids:
            if kind == "dl":
                sn = "".join(c for c in ascii_fold(self.sn).upper() if c.isalpha())[:5].ljust(5, "9")
                y, m, d = self.dob
                ini = ascii_fold(self.fn)[0].upper() + (ascii_fold(self.mn)[0].upper() if self.mn else "9")
                self._ids[kind] = self.W.uniq(lambda: "%s%d%02d%02d%d%s9%s" % (
                    sn, (y // 10) % 10, m + (50 if self.sex == "F" else 0), d, y % 10, ini,
                    "".join(self.W.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))))
            else:
                self._ids[kind] = self.W.ident(kind)
        v = self._ids[kind]
        if kind == "dl":
            txt = [v, v[:5] + " " + v[5:11] + " " + v[11:]][style % 2]
        else:
            txt = fmt_id(kind, v, style)
        return L(txt, CAT_OF[kind], self.party)

    def canon(self, kind):
        return fmt_id(kind, self._ids[kind], 0) if kind != "dl" else self._ids[kind]

    # name forms
    def n(self, form=0):
        fn, sn, mn = self.fn, self.sn, self.mn
        t = [fn + " " + sn, sn.upper() + ", " + fn, sn, fn, fn[0] + ". " + sn, (fn + " " + sn).upper(),
             " ".join(x for x in (fn, mn, sn) if x), fn.lower(), sn + ", " + fn[0] + "."][form]
        return L(t, "name", self.party)

    def dobl(self, style=0):
        return L(fmt_date(self.dob, style), "date_of_birth", self.party)

    def phl(self, style=0):
        return L(fmt_phone(self.ph, style), "phone", self.party)

    def eml(self):
        return L(self.email, "email", self.party)

    def addrl(self):
        return [L(self.addr, "address", self.party), ", " + self.town + " ", L(self.pc, "postcode", self.party)]

def staff(W, title, domain="justice.example.gov.uk"):
    while True:  # a staff e-mail address is built from the name, so draw again on a clash
        p = Person(W, "staff")
        f, s = ascii_fold(p.fn).lower(), ascii_fold(p.sn).lower().replace(" ", "").replace("'", "")
        p.email = "%s.%s@%s" % (f, s, domain)
        if p.email not in W.used:
            W.used.add(p.email)
            break
    p.title = title
    p.collar = str(W.r.randint(1000, 9999))
    return p

def pb(key, what):
    b = PB[key]
    return L(b["addresses" if what == "address" else what + "s"][0], {"phone": "phone", "postcode": "postcode", "address": "address",
                                "email": "email"}[what], "public_body")

def pb_block(key, sep="\n"):
    b = PB[key]
    return [b["name"] + sep, pb(key, "address"), ", " + b["town"] + " ", pb(key, "postcode"), sep,
            "Tel: ", pb(key, "phone"), "  Email: ", pb(key, "email"), "\n"]

# ---------------------------------------------------------------- bundle context and shared blocks
class Ctx:
    def __init__(self, W, b):
        self.W, self.r, self.b, self.v = W, W.r, b, (b // 2) % 2
        s = Person(W, "subject", middle=True)
        s.alias = s.fn[:3].capitalize() + "ny " + Person(W, "subject").sn if W.r.random() < 0.5 else s.fn + " " + Person(W, "subject").sn
        for k in ("prison", "pnc", "cro", "crn", "ni", "nhs", "passport", "dl", "vrm", "card", "sort", "acct", "iban", "ip"):
            s.id(k)
        s.old_addr, s.old_pc = W.address(), W.postcode()
        self.s = s
        self.prison = ["prison1", "prison2", "prison3"][b % 3]

    def ev(self):
        r = self.r
        return fmt_date((r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)), r.choice([0, 1, 5, 6]))

    def st(self):
        return self.r.randint(0, 7)

    def alias(self):
        return L(self.s.alias, "name", "subject")

    def kin(self, same_surname=True, sex=None):
        return Person(self.W, "third_party", sex=sex, surname=self.s.sn if same_surname else None)

IDLAB = {"prison": ("Prison no", "NOMS number"), "pnc": ("PNC", "PNC ID"), "cro": ("CRO", "CRO no."),
         "crn": ("CRN", "nDelius CRN"), "ni": ("NI number", "NINO"), "nhs": ("NHS number", "NHS No"),
         "passport": ("Passport", "Passport no"), "dl": ("Driving licence", "DVLA licence no"),
         "vrm": ("Vehicle", "VRM")}

def idlines(d, C, p, kinds, table=False):
    for k in kinds:
        lab = IDLAB[k][C.r.randint(0, 1)]
        val = p.id(k, C.r.randint(0, 3))
        if table:
            d.w("| {} | {} |\n", lab, val)
        else:
            d.w("{}:{}{}\n", lab, " " * C.r.randint(1, 4), val)

def subj_head(d, C, kinds, table=False):
    s = C.s
    if table:
        d.w("| Surname, forename | {} |\n| Date of birth | {} |\n", s.n(1), s.dobl(C.st()))
    else:
        d.w("Name: {}   DOB: {}\n", s.n(C.r.choice([0, 5, 6])), s.dobl(C.st()))
    idlines(d, C, s, kinds, table)

def sign(d, C, p, role):
    d.w("\nSigned: {}\n{} ({})   Date: {}\n", p.n(4), p.title if hasattr(p, "title") else role, role, C.ev())

# ---------------------------------------------------------------- builders, part 1
def b_hdc(C, did):
    d, s, r = Doc(did, "hdc-address-check"), C.s, C.r
    occ = C.kin(sex="F")
    pom, pc_ = staff(C.W, "Community Offender Manager", "probation.example.gov.uk"), staff(C.W, "PC", "holmford.example.police.uk")
    if C.v == 0:
        d.w("HOME DETENTION CURFEW - ADDRESS CHECKS (HDC5)\nForm HDC5 v3.1   Ref HDC/{}/0{}\n\n", "2024", str(r.randint(100, 999)))
        subj_head(d, C, ["prison", "crn", "pnc", "cro"])
        d.w("\nProposed curfew address: {}\n", s.addrl())
        d.w("Main occupier: {} (mother of {})  DOB: {}  Tel: {}\n", occ.n(0), s.n(3), occ.dobl(C.st()), occ.phl(C.st()))
    else:
        d.w("HDC ADDRESS SUITABILITY REPORT\n{}\n", pb_block(C.prison))
        d.w("Re: {} ({})  {}  CRO {}\n", s.n(1), s.id("prison"), s.id("crn", 1), s.id("cro", 1))
        d.w("Address offered: {} - occupier {}, {} ({})\n", s.addrl(), occ.n(5), occ.n(3), occ.dobl(C.st()))
        d.w("Occupier contact: {} / {}\n", occ.phl(2), occ.eml())
    d.w("\nOTHER OCCUPANTS\n")
    for _ in range(r.randint(2, 3)):
        o = C.kin(same_surname=r.random() < 0.6)
        d.w("{}  {}  {}  {}\n", o.n(r.choice([0, 1])), o.dobl(C.st()), r.choice(["brother", "niece", "lodger", "partner"]), o.id("dl", r.randint(0, 1)) if r.random() < 0.5 else "no licence")
    d.w("Occupier NINO (DWP check): {}\n", occ.id("ni", r.randint(0, 3)))
    d.w("Vehicle kept at address: {} (registered to {})\n", occ.id("vrm"), occ.n(2))
    d.page()
    vic = Person(C.W, "third_party")
    d.w("POLICE CHECKS\nChecks by {} {} (collar {}) on {}.\n", pc_.title, pc_.n(0), pc_.collar, C.ev())
    d.w("The victim of the index offence, {}, lives at {}, about 0.4 miles away. Exclusion zone needed.\n",
        vic.n(0), vic.addrl())
    d.w("{} reports no call-outs to the address. {}'s details checked on PNC: {}.\n", pc_.n(2), occ.n(2), occ.id("pnc", 1))
    d.w("Police contact: {}  Tel {}\n", pc_.eml(), pc_.phl(0))
    d.w("\nCOM: {}, {}  email {}  desk {}\n", pom.n(0), pom.title, pom.eml(), pom.phl(1))
    d.w("Spoke with {} by phone; {} said {} 'can stay as long as he keeps to the rules'.\n", occ.n(3), occ.n(2), s.n(3))
    sign(d, C, pom, "COM")
    d.w("Return to: {}\n", pb_block("pdu", ", "))
    return d.out()

def b_tag(C, did):
    d, s, r = Doc(did, "em-tag-installation-report"), C.s, C.r
    fo = staff(C.W, "Field Monitoring Officer", "em-service.example.gov.uk")
    hh = C.kin(same_surname=False)
    kid = C.kin()
    d.w("ELECTRONIC MONITORING - INSTALLATION REPORT\n{}\n", pb_block("em"))
    if C.v == 0:
        d.w("Order ref: EM-{}-{}   Visit no. 2\n", str(r.randint(10000, 99999)), "A")
        d.w("Subject: {} (known as {})   DOB {}\nCRN {}   {}\n", s.n(6), C.alias(), s.dobl(C.st()), s.id("crn"), s.id("prison", 1))
        d.w("Installation address: {}\nSubject mobile: {}\n", s.addrl(), s.phl(C.st()))
    else:
        d.w("| Field | Detail |\n| Subject | {} |\n| DOB | {} |\n| Curfew address | {} |\n| Own phone | {} |\n| CRN | {} |\n",
            s.n(1), s.dobl(C.st()), s.addrl(), s.phl(1), s.id("crn", 1))
    d.w("ID seen: passport {}  /  photocard {}\nPolice refs: CRO {}\n", s.id("passport"), s.id("dl", 1), s.id("cro", 2))
    d.w("Tag serial 4402{}   HMU serial HMU-{}   firmware 2.14.0.9\n", str(r.randint(100000, 999999)), str(r.randint(10000, 99999)))
    d.w("\nPresent at installation: {} (householder, tel {}), {} ({}, son of {}).\n",
        hh.n(0), hh.phl(C.st()), kid.n(0), kid.dobl(C.st()), s.n(3))
    d.w("{} confirmed the curfew hours 19:00-07:00. {} asked whether visits from {} are allowed.\n",
        s.n(2), hh.n(2), Person(C.W, "third_party").n(0))
    d.page()
    d.w("NOTES\nStrap fitted left ankle. Signal strength 4/5 in all rooms except the back bedroom.\n")
    d.w("Householder's second number for out-of-hours contact: {}; email {}.\n", hh.phl(2), hh.eml())
    d.w("{} asked that letters go to {}'s old address {}, {} {} - declined.\n",
        s.n(3), s.n(3), L(s.old_addr, "address", "subject"), r.choice(TOWNS), L(s.old_pc, "postcode", "subject"))
    d.w("Car on driveway {} belongs to {} (not the subject).\n", hh.id("vrm", 1), hh.n(3))
    d.w("\nFMO: {} ({})   {}\nPersonal mobile (not for release): {}\n",
        fo.n(0), fo.email and L(fo.email, "email", "staff"), fo.title, L(fmt_phone(C.W.phone(True), 0), "phone", "third_party"))
    d.w("Escalations: {} / {}\n", pb("em", "phone"), pb("em", "email"))
    return d.out()

def b_recall(C, did):
    d, s, r = Doc(did, "recall-report"), C.s, C.r
    com, spo = staff(C.W, "Probation Officer", "probation.example.gov.uk"), staff(C.W, "Senior Probation Officer", "probation.example.gov.uk")
    dc = staff(C.W, "DC", "holmford.example.police.uk")
    partner, vic, cod = C.kin(False, "F" if s.sex == "M" else "M"), Person(C.W, "third_party"), Person(C.W, "third_party")
    d.w("{}\n", "PART A RECALL REPORT" if C.v == 0 else "REQUEST FOR RECALL (STANDARD / FIXED TERM)")
    d.w("{}\n", pb_block("pdu", " | "))
    subj_head(d, C, ["prison", "pnc", "cro", "crn", "ni", "nhs", "passport"], table=C.v == 1)
    d.w("Aliases: {}; \"{}\"\n", C.alias(), L(s.nick, "name", "subject"))
    d.w("Release address: {}\nMobile: {}   Email: {}\n", s.addrl(), s.phl(C.st()), s.eml())
    d.w("\nINDEX OFFENCE\nOn {} {} assaulted {} ({}) outside {}. Co-defendant {} (PNC {}, CRN {}) received 18 months.\n",
        C.ev(), s.n(2), vic.n(0), vic.dobl(C.st()), L(vic.addr, "address", "third_party"), cod.n(0), cod.id("pnc", r.randint(0, 3)), cod.id("crn", r.randint(0, 1)))
    d.page()
    d.w("REASONS FOR RECALL\n1. On {} police were called to {} by {}, the subject's partner. {} told {} {} that {} had "
        "broken a door.\n", C.ev(), partner.addrl(), partner.n(0), partner.n(3), dc.title, dc.n(0), s.n(3))
    d.w("2. {} was seen driving {} (own car, uninsured) on {}, contrary to licence condition 7.\n", s.n(2), s.id("vrm"), C.ev())
    d.w("3. Contact with {} ({}), whose number {} was found saved as \"{}\" in {}'s phone.\n",
        cod.n(2), cod.id("cro", r.randint(0, 2)), cod.phl(0), L(cod.nick, "name", "third_party"), s.n(3))
    d.w("Children at the address: {} (DOB {}) and {} (DOB {}).\n", partner.__class__(C.W, "third_party", surname=s.sn).n(3),
        fmt_date_l(C, "third_party"), Person(C.W, "third_party", surname=partner.sn).n(0), fmt_date_l(C, "third_party"))
    d.w("\nPolice contact: {} {}, {}, {}\n", dc.title, dc.n(0), dc.eml(), dc.phl(0))
    d.w("Author: {}  ({})  {}\nCountersigned: {}, {} on {}\n", com.n(0), com.title, com.eml(), spo.n(8), spo.title, C.ev())
    d.w("Page 2 of 2   Version 4.0.1   Doc no. 30217745\n")
    return d.out()

def fmt_date_l(C, party):
    r = C.r
    return L(fmt_date((r.randint(2008, 2020), r.randint(1, 12), r.randint(1, 28)), C.st()), "date_of_birth", party)

def b_mdt(C, did):
    d, s, r = Doc(did, "mdt-test-slip"), C.s, C.r
    off, wit = staff(C.W, "Officer"), staff(C.W, "SO")
    d.w("MANDATORY DRUG TESTING - {}\n{}", "SAMPLE SLIP" if C.v == 0 else "CHAIN OF CUSTODY FORM", pb_block(C.prison))
    d.w("Sample ref MDT/{}/{}   Seal no {}   Bag {}\n", str(r.randint(23, 25)), str(r.randint(1000, 9999)),
        str(r.randint(10000000, 99999999)), str(r.randint(100, 999)))
    d.w("Prisoner: {}  {}  DOB {}   Cell {}-{}-0{}\n", s.n(1), s.id("prison", r.randint(0, 1)), s.dobl(C.st()),
        r.choice("ABCDH"), str(r.randint(1, 4)), str(r.randint(10, 40)))
    d.w("NHS no (healthcare copy): {}\n", s.id("nhs", r.randint(0, 2)))
    d.w("Reason: {}   Authorised by {} {}\n", r.choice(["random", "reasonable suspicion", "frequent test"]), wit.title, wit.n(2))
    d.w("Collected by {} ({}); witnessed by {} {}.\n", off.n(4), off.title, wit.title, wit.n(0))
    d.w("Prisoner's comment: \"I had one off {} on the wing, ask {}\"\n", L(Person(C.W, "third_party").nick, "name", "third_party"),
        Person(C.W, "third_party").n(7))
    d.page()
    d.w("SESSION LIST  {}\n| Name | Number | DOB | Result |\n", C.ev())
    rows = [s] + [Person(C.W, "third_party") for _ in range(r.randint(5, 7))]
    r.shuffle(rows)
    for p in rows:
        d.w("| {} | {} | {} | {} |\n", p.n(r.choice([1, 8])), p.id("prison", r.randint(0, 1)), p.dobl(C.st()),
            r.choice(["negative", "refused", "positive (cannabinoids)", "pending"]))
    d.w("\nLab: batch {}  page 2/2\nEmail results to {} and {}\n", str(r.randint(100000, 999999)), off.eml(), pb(C.prison, "email"))
    return d.out()

def b_csra(C, did):
    d, s, r = Doc(did, "cell-sharing-risk-assessment"), C.s, C.r
    a1, a2 = staff(C.W, "Supervising Officer"), staff(C.W, "Custodial Manager")
    d.w("CELL SHARING RISK ASSESSMENT (CSRA){}\n", " - REVIEW" if C.v else "")
    subj_head(d, C, ["prison", "pnc", "cro", "ni", "nhs"], table=C.v == 0)
    d.w("Known as: {}   Alias: {}\n", L(s.nick, "name", "subject"), C.alias())
    vic = Person(C.W, "third_party")
    d.w("\nRisk factors: index offence against {} (then aged 19). Previous assault on cellmate {} at HMP Ashcombe.\n",
        vic.n(0), Person(C.W, "third_party").n(1))
    d.w("\nPREVIOUS CELL SHARERS\n")
    for _ in range(r.randint(3, 4)):
        p = Person(C.W, "third_party")
        d.w("{}   {}   {}   {}   {}   {}\n", p.n(5), p.id("prison"), p.dobl(C.st()), p.id("pnc", r.randint(0, 3)) if r.random() < 0.6 else "-",
            p.id("cro", r.randint(0, 2)) if r.random() < 0.6 else "-",
            C.ev())
    d.page()
    d.w("INTERVIEW\n{} said he gets on with {} but not with \"{}\" ({}). They asked not to share with anyone from {}.\n",
        s.n(3), Person(C.W, "third_party").n(3), L(Person(C.W, "third_party").nick, "name", "third_party"), Person(C.W, "third_party").n(0), r.choice(TOWNS))
    d.w("Outcome: {}\nAssessor: {} ({})  {}\nManager: {}, {}\nReview due {}  (Form CSRA-2 rev 07)\n",
        r.choice(["standard", "high risk - single cell"]), a1.n(0), a1.title, a1.eml(), a2.n(1), a2.title, C.ev())
    return d.out()

# ---------------------------------------------------------------- builders, part 2
def b_housing(C, did):
    d, s, r = Doc(did, "resettlement-housing-referral"), C.s, C.r
    rw = staff(C.W, "Resettlement Worker")
    ll = Person(C.W, "third_party")
    d.w("{}\nTo: {}", "DUTY TO REFER - HOUSING REFERRAL" if C.v == 0 else "RESETTLEMENT REFERRAL: ACCOMMODATION", pb_block("council"))
    subj_head(d, C, ["prison", "crn", "ni", "nhs", "passport", "dl"], table=C.v == 1)
    d.w("Other names used: {}\nPrevious address (own tenancy until {}): {}, {} {}\nLast known address: {}\n",
        C.alias(), C.ev(), L(s.old_addr, "address", "subject"), r.choice(TOWNS), L(s.old_pc, "postcode", "subject"), s.addrl())
    d.w("Own contact: {} / {}\n", s.phl(C.st()), s.eml())
    d.w("\nBANK (for Universal Credit housing element - own account)\nSort code: {}   Account: {}\nIBAN: {}\n",
        s.id("sort", r.randint(0, 2)), s.id("acct"), s.id("iban", r.randint(0, 1)))
    d.page()
    d.w("PRIVATE LANDLORD OFFER\nLandlord: {}   Tel {}   {}\nProperty is next door to landlord's home at {}.\n",
        ll.n(0), ll.phl(C.st()), ll.eml(), ll.addrl())
    d.w("Deposit to be paid to {}: s/c {} a/c {} (IBAN {})\n", ll.n(2), ll.id("sort"), ll.id("acct"), ll.id("iban"))
    ref = C.kin()
    d.w("Referee: {} ({} of {}), DOB {}, {}\n", ref.n(0), r.choice(["aunt", "uncle", "cousin"]), s.n(3), ref.dobl(C.st()), ref.phl(C.st()))
    d.w("Not to live with: {} (victim, DOB {}).\n", Person(C.W, "third_party").n(1), fmt_date_l(C, "third_party"))
    d.w("\nReferrer: {}, {}, {}  Tel {}\nHousing ref HOU-{}-{} (not an account number)\n", rw.n(0), rw.title, rw.eml(),
        pb(C.prison, "phone"), str(r.randint(10, 99)), str(r.randint(100000, 999999)))
    return d.out()

def b_video(C, did):
    d, s, r = Doc(did, "video-call-log"), C.s, C.r
    mo = staff(C.W, "OSG")
    d.w("SECURE VIDEO CALLS - {}\nPrisoner: {} ({})   Wing {}\n", "CALL LOG" if C.v == 0 else "AUDIT EXTRACT", s.n(r.choice([1, 0])),
        s.id("prison", r.randint(0, 1)), r.choice("ABCF"))
    d.w("| Date | Caller | Relationship | Email | IP | ID checked | Outcome |\n" if C.v == 0 else
        "Date        Caller                 Email                        IP              ID\n")
    for i in range(r.randint(5, 6)):
        p = C.kin(r.random() < 0.5)
        idv = p.id("passport") if r.random() < 0.5 else p.id("dl", r.randint(0, 1))
        cells = [C.ev(), p.n(r.choice([0, 1, 6])), r.choice(["mother", "sister", "friend", "partner", "son"]), p.eml(),
                 L(C.W.ident("ip"), "ip_address", "third_party"), idv, r.choice(["completed", "ended early", "no show"])]
        if C.v == 0:
            d.w("| {} | {} | {} | {} | {} | {} | {} |\n", *cells)
        else:
            d.w("{}  {}  {}  {}  {}\n", cells[0], cells[1], cells[3], cells[4], cells[5])
    d.page()
    d.w("MONITORING NOTES\nOn the call of {} {} showed {} a letter from {}.\n", C.ev(), s.n(3), Person(C.W, "third_party").n(3),
        Person(C.W, "third_party").n(0))
    d.w("Call ended by {} {}: a child under 5 ({}) appeared unsupervised.\n", mo.title, mo.n(2), Person(C.W, "third_party", surname=s.sn).n(3))
    pay = C.kin(False)
    d.w("Call credit bought by {} with card {}.\n", pay.n(0), pay.id("card", r.randint(0, 2)))
    d.w("App version 5.12.0.3   Session 88{}   Room VC-{}\nQueries: {}\n", str(r.randint(1000, 9999)), str(r.randint(1, 9)), pb(C.prison, "email"))
    return d.out()

def b_vps(C, did):
    d, s, r = Doc(did, "victim-personal-statement"), C.s, C.r
    v = Person(C.W, "third_party")
    oic = staff(C.W, "DC", "holmford.example.police.uk")
    kids = [Person(C.W, "third_party", surname=v.sn) for _ in range(2)]
    d.w("VICTIM PERSONAL STATEMENT\n(Criminal Procedure Rules r.24.3)   URN 44/{}/{}\n\n", str(r.randint(10000, 99999)), "24")
    d.w("Name: {}\nDate of birth: {}\nAddress: {}\nTel: {}   Email: {}\n\n", v.n(5 if C.v else 0), v.dobl(C.st()), v.addrl(), v.phl(C.st()), v.eml())
    d.w("Since {} (everyone calls him \"{}\") came to my door on {} I have not slept properly. My children {} and "
        "{} ask about it every night. {} keeps driving past in {}, his own silver Astra.\n", s.n(0), L(s.nick, "name", "subject"),
        C.ev(), kids[0].n(3), kids[1].n(3), s.n(3), s.id("vrm", r.randint(0, 1)))
    d.w("He damaged my car, {}, and the repair cost \u00a3640. My neighbour {} at {} saw it happen.\n",
        v.id("vrm"), Person(C.W, "third_party").n(0), L(C.W.address(), "address", "third_party"))
    d.page()
    d.w("I would like compensation paid to my account: sort code {}, account {} (IBAN {}). My NI number is {}.\n",
        v.id("sort", r.randint(0, 2)), v.id("acct"), v.id("iban", r.randint(0, 1)), v.id("ni", r.randint(0, 3)))
    d.w("I do not want {} or his brother {} to know where I now work.\n", s.n(2), C.kin().n(0))
    d.w("\nSigned: {}   Date: {}\nStatement taken by {} {} (collar {})  {}\nWitness support: {}\n",
        v.n(4), C.ev(), oic.title, oic.n(0), oic.collar, oic.eml(), pb("police", "phone"))
    return d.out()

def b_dash(C, did):
    d, s, r = Doc(did, "dash-risk-checklist"), C.s, C.r
    v = C.kin(False, "F" if s.sex == "M" else "M")
    pc_ = staff(C.W, "PC", "holmford.example.police.uk")
    d.w("DASH RISK IDENTIFICATION CHECKLIST\n{}", pb_block("police"))
    d.w("Victim: {}  DOB {}\nSafe contact number: {}\nCurrent address: {}\n", v.n(1), v.dobl(C.st()), v.phl(C.st()), v.addrl())
    d.w("Victim NHS no: {}\n", v.id("nhs", r.randint(0, 2)))
    d.w("Alleged perpetrator: {}  DOB {}  PNC {}  CRN {}\nVehicle: {} (his)\n", s.n(5), s.dobl(C.st()), s.id("pnc", r.randint(0, 3)), s.id("crn", r.randint(0, 1)), s.id("vrm"))
    d.w("Children: ")
    for i in range(r.randint(2, 3)):
        k = Person(C.W, "third_party", surname=r.choice([s.sn, v.sn]))
        d.w("{} ({}) NHS {}; ", k.n(0), k.dobl(C.st()), k.id("nhs", r.randint(0, 2)))
    d.w("\n\n| Q | Question | Answer |\n| 1 | Current injury? | yes - bruising |\n")
    d.w("| 5 | Threats to kill? | yes: texted 'tell {} shes dead' |\n", Person(C.W, "third_party").n(7))
    d.w("| 12 | Separation in past year? | yes, {} |\n", C.ev())
    d.w("| 19 | Threatened others? | {}'s mother {} ({}) |\n", v.n(2), Person(C.W, "third_party", surname=v.sn).n(0),
        L(fmt_phone(C.W.phone(), r.randint(0, 3)), "phone", "third_party"))
    d.page()
    d.w("Total yes: 14 of 27   Risk level: HIGH   MARAC ref 2024-{}\n", str(r.randint(100, 999)))
    d.w("Officer: {} {} {}  {}\nSupervisor: Sgt {}\nRefer to MASH: {}\n", pc_.title, pc_.collar, pc_.n(0), pc_.eml(),
        staff(C.W, "Sgt").n(0), pb("police", "email"))
    return d.out()

def b_fine(C, did):
    d, s, r = Doc(did, "fine-enforcement-letter"), C.s, C.r
    la, eo = staff(C.W, "Legal Adviser"), staff(C.W, "Fines Officer")
    payer = C.kin(sex="F")
    d.w("{}\n{}\n{}\n{}\n\n", pb_block("court"), s.n(6), s.addrl(), C.ev())
    d.w("Account number: 24/{}/EW   Date of birth: {}\n\n", str(r.randint(10000, 99999)), s.dobl(C.st()))
    d.w("{}\nDear {},\n", "NOTICE OF FURTHER STEPS" if C.v == 0 else "COLLECTION ORDER - FINAL DEMAND", s.n(r.choice([2, 0])))
    d.w("You owe \u00a3{}. Payments received: {} by card {} on {}; {} by card {} (third-party payer {}, "
        "{}).\n", str(r.randint(120, 900)), "\u00a350", s.id("card", r.randint(0, 2)), C.ev(), "\u00a325",
        payer.id("card", r.randint(0, 2)), payer.n(0), payer.addrl())
    d.w("A refund of \u00a325 is due to {}: sort code {}, account {}, IBAN {}.\n", payer.n(2), payer.id("sort", r.randint(0, 2)),
        payer.id("acct"), payer.id("iban", r.randint(0, 1)))
    d.w("Your standing order from sort code {} account {} was cancelled.\n", s.id("sort", r.randint(0, 2)), s.id("acct"))
    d.w("To pay by bank transfer quote your account number; overseas payments to IBAN {} are your own responsibility.\n", s.id("iban"))
    d.page()
    d.w("Employer details you gave: {} (payroll contact {}, {})\n", Person(C.W, "third_party").n(0), Person(C.W, "third_party").n(4),
        L(fmt_phone(C.W.phone(False), 0), "phone", "third_party"))
    d.w("Please call us on {} or email {}.\nYours sincerely\n{}\n{}\ncc {} ({})\n", pb("court", "phone"), pb("court", "email"),
        eo.n(0), eo.title, la.n(4), la.title)
    return d.out()

def b_phone(C, did):
    d, s, r = Doc(did, "mobile-phone-download"), C.s, C.r
    dfo = staff(C.W, "DC", "holmford.example.police.uk")
    d.w("DIGITAL FORENSICS - CONTACTS EXTRACT\nExhibit {}/{}   IMEI 35{}   Tool v7.61.2.4\n", dfo.n(4)[0][0] + "K", str(r.randint(1, 9)), C.W.digits(13))
    d.w("Device owner: {} ({})  own number {}\nAccounts on device: {}, {}\n", s.n(0), s.dobl(C.st()), s.phl(1), s.eml(), L(C.W.uniq(
        lambda: ascii_fold(s.nick).lower().replace(" ", "") + str(r.randint(10, 99)) + "@example.net"), "email", "subject"))
    d.w("\n#   Name                Number            Email\n")
    rows = [("Me", s.phl(r.randint(0, 3)), s.eml())]
    for _ in range(r.randint(7, 9)):
        p = Person(C.W, "third_party")
        rows.append((r.choice([p.n(0), p.n(3), L(p.nick, "name", "third_party"), p.n(7)]), p.phl(r.randint(0, 3)),
                     p.eml() if r.random() < 0.5 else ""))
    rows.append(("Mum", C.kin(sex="F").phl(0), ""))
    rows.append(("Probation", pb("pdu", "phone"), ""))
    rows.insert(r.randint(2, 5), ("my work phone", L(fmt_phone(C.W.phone(True), 0), "phone", "subject"), ""))
    for i, row in enumerate(rows):
        d.w("{}  {}    {}    {}\n", str(i + 1), *row)
    d.page()
    d.w("NOTES APP / WIFI\nHome wifi lease to this handset: {} ({} last seen)\n", s.id("ip"), C.ev())
    d.w("Note 'cards': {} (own); {} ({}'s)\n", s.id("card", 1), Person(C.W, "third_party").id("card", 0), L(r.choice(NICKS), "name", "third_party"))
    d.w("Note 'bank': {} {} {}\n", s.id("sort", 1), s.id("acct"), s.id("iban", 1))
    fr = Person(C.W, "third_party")
    d.w("Shared album joined from {} by {} ({})\n", L(C.W.ident("ip"), "ip_address", "third_party"), fr.n(0), fr.eml())
    mum = C.kin(sex="F")
    d.w("Note 'mums bank': {} / {} / {}  NI {}\n", mum.id("sort", 0), mum.id("acct"), mum.id("iban", 0), mum.id("ni", r.randint(0, 3)))
    p = Person(C.W, "third_party")
    d.w("Message to {}: \"{} owes me, his pnc is {}\"\nExaminer: {} {} {}\n", p.n(3), p.n(2), p.id("pnc", 1), dfo.title, dfo.n(0), dfo.eml())
    return d.out()

def b_seizure(C, did):
    d, s, r = Doc(did, "vehicle-seizure-notice"), C.s, C.r
    pc_ = staff(C.W, "PC", "holmford.example.police.uk")
    keeper = C.kin(False)
    own = C.v == 1
    vrm = s.id("vrm", r.randint(0, 1)) if own else keeper.id("vrm", r.randint(0, 1))
    d.w("{}\n{}", "SEIZURE NOTICE - s.165A ROAD TRAFFIC ACT 1988" if own else "NOTICE OF SEIZURE (s.59 POLICE REFORM ACT 2002)", pb_block("police"))
    d.w("Vehicle: {}   Make/model: Ford Focus   Colour: grey\n", vrm)
    d.w("Driver: {}   DOB {}\nAddress: {}\nLicence: {}\n", s.n(5), s.dobl(C.st()), s.addrl(), s.id("dl", r.randint(0, 1)))
    if own:
        d.w("Registered keeper: the driver ({}), V5C seen.\n", s.n(2))
    else:
        d.w("Registered keeper: {}, {}  DOB {}  licence {}\n", keeper.n(1), keeper.addrl(), keeper.dobl(C.st()), keeper.id("dl"))
    pas = Person(C.W, "third_party")
    d.w("Passenger: {} (passport {}), tel {}\n", pas.n(0), pas.id("passport"), pas.phl(C.st()))
    d.w("Reason: no insurance / driven in a manner causing alarm near {}.\n", L(C.W.address(), "address", "third_party"))
    d.page()
    d.w("RELEASE\nStorage site: Holmford Vehicle Pound   Ticket {}  Tow job {}\n", str(r.randint(1000000, 9999999)), str(r.randint(100, 999)))
    payer = s if own else keeper
    d.w("Release fee \u00a3192 paid on {} by card {} (cardholder {}).\n", C.ev(), payer.id("card", r.randint(0, 2)), payer.n(4))
    d.w("Also seen in vehicle: bank card in the name of {} ({}), retained as evidence.\n",
        Person(C.W, "third_party").n(5), Person(C.W, "third_party").id("card", 0))
    d.w("Seizing officer: {} {} {}  {}\nEnquiries: {} / {}\n", pc_.title, pc_.collar, pc_.n(2), pc_.eml(), pb("police", "phone"), pb("police", "address"))
    return d.out()

def b_999(C, did):
    d, s, r = Doc(did, "999-call-transcript"), C.s, C.r
    op = staff(C.W, "Call Handler", "holmford.example.police.uk")
    caller = Person(C.W, "third_party")
    d.w("CAD {} {}   TRANSCRIPT OF 999 CALL\nCall handler ID {} ({})\nCLI: {}\n\n", str(r.randint(1000, 9999)), C.ev(),
        str(r.randint(10000, 99999)), op.n(0), caller.phl(1))
    d.w("OP: Police, what's the address of your emergency?\nC: {}, {}, it's {}.\n", L(caller.addr, "address", "third_party"),
        caller.town, L(caller.pc, "postcode", "third_party"))
    d.w("OP: And your name?\nC: {}. {}. My neighbour's ex, {}, {} - he's smashing her windows.\n",
        caller.n(0), caller.n(3), s.n(0), L(s.nick.lower(), "name", "subject"))
    nb = C.kin(False, "F")
    d.w("OP: What's her name?\nC: {}, number {}. Her kids {} and {} are in there.\n", nb.n(0), L(nb.addr.split(" ")[0] if False else nb.addr, "address", "third_party"),
        Person(C.W, "third_party").n(3), Person(C.W, "third_party").n(3))
    d.w("OP: Is he in a vehicle?\nC: His own van, registration {}. {} {}.\n", s.id("vrm", r.randint(0, 1)),
        r.choice(["White", "Blue"]), r.choice(["Transit", "Vivaro"]))
    d.page()
    d.w("OP: Can I take a number for you?\nC: {} or my husband {} on {}.\n", caller.phl(0), Person(C.W, "third_party", surname=caller.sn).n(3),
        L(fmt_phone(C.W.phone(), r.randint(0, 3)), "phone", "third_party"))
    d.w("[Units 2H41 and 2H43 assigned {}]\nOP note: {} has markers; last DOB recorded {}.\n", C.ev(), s.n(1), s.dobl(C.st()))
    d.w("QA reviewed by {} ({})\n", staff(C.W, "Control Room Supervisor").n(4), "Control Room Supervisor")
    return d.out()

BUILDERS = [b_hdc, b_tag, b_recall, b_mdt, b_csra, b_housing, b_video, b_vps, b_dash, b_fine, b_phone, b_seizure, b_999]

# ---------------------------------------------------------------- assembly and checks
def subject_json(C, bid):
    s = C.s
    return {"name": " ".join(x for x in (s.fn, s.mn, s.sn) if x), "aliases": [s.alias, s.nick],
            "date_of_birth": fmt_date(s.dob, 3), "prison_number": s.canon("prison"),
            "identifiers": {k2: s.canon(k) for k, k2 in (("pnc", "pnc"), ("cro", "cro"), ("crn", "crn"), ("ni", "ni_number"),
                            ("nhs", "nhs_number"), ("passport", "passport"), ("dl", "driving_licence"))},
            "contact": {"addresses": [s.addr + ", " + s.town + " " + s.pc, s.old_addr + " " + s.old_pc],
                        "phones": [fmt_phone(s.ph, 0)], "emails": [s.email]}}

def build():
    W = World(SEED)
    bundles = []
    for b in range(6):
        C = Ctx(W, b)
        docs = []
        for i in range(7):
            k = (7 * b + i) % len(BUILDERS)
            C.v = ((7 * b + i) // len(BUILDERS)) % 2
            docs.append(BUILDERS[k](C, "doc-%02d" % (i + 1)))
        bundles.append({"bundle_id": "fifth-%02d" % (b + 1), "subject": subject_json(C, b), "documents": docs})
    return bundles

def verify(bundles):
    errs = []
    pbvals = {}
    for bd in PUBLIC_BODIES:
        for k, cat in (("phones", "phone"), ("postcodes", "postcode"), ("addresses", "address"), ("emails", "email")):
            for v in bd[k]:
                pbvals.setdefault(cat, set()).add(v)
    for bu in bundles:
        for doc in bu["documents"]:
            spans = {}
            for t in doc["truth"]:
                where = "%s/%s p%d %r" % (bu["bundle_id"], doc["id"], t["page"], t["text"])
                pg = doc["pages"][t["page"]]
                if pg.encode("utf-8")[t["begin"]:t["end"]] != t["text"].encode("utf-8") or not t["text"].strip() or t["text"] != t["text"].strip():
                    errs.append("offset/text " + where)
                if t["category"] not in CATS or t["party"] not in PARTIES:
                    errs.append("bad category/party " + where)
                spans.setdefault(t["page"], []).append((t["begin"], t["end"], where))
                c, v = t["category"], t["text"]
                ok = True
                if c == "pnc": ok = pnc_ok(v)
                elif c == "cro": ok = cro_ok(v)
                elif c == "nhs_number": ok = len(v.replace(" ", "").replace("-", "")) == 10 and nhs_check(v.replace(" ", "").replace("-", "")[:9]) == int(v[-1])
                elif c == "iban": ok = iban_ok(v)
                elif c == "payment_card": ok = luhn_ok(v)
                elif c == "ni_number": ok = ni_ok(v)
                if not ok:
                    errs.append("check digit " + where)
                if t["party"] == "public_body" and v not in pbvals.get(c, ()):
                    errs.append("public body value not in yaml " + where)
            for pg, sp in spans.items():
                sp.sort()
                for a, b in zip(sp, sp[1:]):
                    if b[0] < a[1]:
                        errs.append("overlap %s / %s" % (a[2], b[2]))
    return errs

def stats(bundles):
    cats, parties, kinds = {}, {}, {}
    for bu in bundles:
        for doc in bu["documents"]:
            kinds[doc["kind"]] = kinds.get(doc["kind"], 0) + 1
            for t in doc["truth"]:
                cats[t["category"]] = cats.get(t["category"], 0) + 1
                parties[t["party"]] = parties.get(t["party"], 0) + 1
    return cats, parties, kinds

def main(argv):
    if len(argv) != 2:
        print("usage: evalgen_fifth.py OUTDIR", file=sys.stderr)
        return 2
    bundles = build()
    errs = verify(bundles)
    cats, parties, kinds = stats(bundles)
    for c in CATS:
        if cats.get(c, 0) < 20:
            errs.append("category %s has only %d items" % (c, cats.get(c, 0)))
    if errs:
        print("\n".join(errs[:50]), file=sys.stderr)
        print("%d verification failures" % len(errs), file=sys.stderr)
        return 1
    os.makedirs(argv[1], exist_ok=True)
    for i, bu in enumerate(bundles):
        with open(os.path.join(argv[1], "bundle-%02d.json" % (i + 1)), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(bu, ensure_ascii=False, indent=1) + "\n")
    with open(os.path.join(argv[1], "public-bodies.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(public_bodies_yaml())
    total = sum(cats.values())
    print("documents: %d  kinds: %d  items: %d" % (sum(kinds.values()), len(kinds), total))
    print("kinds: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("categories: " + ", ".join("%s=%d" % (c, cats.get(c, 0)) for c in CATS))
    print("parties: " + ", ".join("%s=%d (%.0f%%)" % (p, parties.get(p, 0), 100.0 * parties.get(p, 0) / total) for p in PARTIES))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))
