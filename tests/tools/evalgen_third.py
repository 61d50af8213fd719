#!/usr/bin/env python3
# evalgen_third.py - third independent, labelled evaluation set for disclose.
#
# What the set is: ten synthetic subject access request bundles from UK justice
# settings (prison, probation, police, courts). Each bundle holds 7-10 documents
# (custody records, visit logs, PIN-phone lists, case notes, adjudications,
# OASys extracts, healthcare notes, intelligence logs, MG11 statements,
# financial investigation reports, handset downloads, CJSM e-mails, complaint
# replies, family letters, MAPPA minutes, prisoner profiles) rendered as the
# plain text a PDF text extractor yields, and a byte-exact list of every item
# of personal data on each page with its category and party.
#
# Independence: written without reading the detection rules, name lists or code
# under stages/detect/, the other evaluation-set generators under tests/tools/,
# or their data under tests/data/; formats follow
# ../shared/reference/uk-identifiers.md; documents follow
# ../shared/reference/domain.md. Templates, phrasing, names, streets and towns
# were invented for this file.
#
# Run:  python3 tests/tools/evalgen_third.py tests/data/eval-third
# Output is deterministic (fixed seeds, no clock, no hash ordering): running it
# twice writes identical files. The script checks every item before writing.
#
# Safety of data: every person, street and town is invented. Phones come from
# Ofcom's drama ranges, NHS numbers from the never-issued 999 range (valid
# mod-11), e-mails from example.com/.net/.org and *.example.cjsm.net, IP
# addresses from the RFC 5737 / RFC 3849 documentation ranges, payment cards
# are Luhn-valid test-style numbers, postcodes use outward codes that are not
# UK postcode areas. NI, passport, prison numbers, CRNs and bank details have
# no reserved range; they are random, well-formed and attached to no one.

import json
import os
import random
import sys
import unicodedata
from datetime import date, timedelta

CATEGORIES = ["name", "date_of_birth", "prison_number", "pnc", "cro", "crn",
              "ni_number", "nhs_number", "phone", "email", "address", "postcode",
              "vehicle_registration", "passport", "driving_licence", "sort_code",
              "account_number", "iban", "payment_card", "ip_address"]
PARTIES = ["subject", "third_party", "staff", "public_body"]
SEED = 20260311
L23 = "ZABCDEFGHJKLMNPQRTUVWXY"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

# --------------------------------------------------------------------------
# Invented name, street and town pools.

MALE = ["Daniel", "Connor", "Aiden", "Jamal", "Tyrone", "Marcus", "Kwame",
        "Chidi", "Oluwaseun", "Imran", "Tariq", "Bilal", "Arjun", "Rajesh",
        "Harpreet", "Łukasz", "Piotr", "Tomasz", "Jiří", "Andrei", "Bogdan",
        "Wei", "Jun", "Hao", "Omar", "Yusuf", "Khalid", "Samir", "Declan",
        "Pádraig", "Ciarán", "Eoin", "Callum", "Rhys", "Gareth", "Owen",
        "Kieran", "Reece", "Nathaniel", "Dwayne", "Leroy", "Desmond",
        "Winston", "Kofi", "Emeka", "Musa", "Abdi", "Mehmet", "Dariusz",
        "Stuart", "Graham", "Craig", "Dean", "Ravi", "Hamza", "Kayode",
        "Malachy", "Tadhg", "Vikram", "Zoltán"]
FEMALE = ["Zoë", "Siobhán", "Aoife", "Niamh", "Chloe", "Jade", "Shannon",
          "Kerry", "Leanne", "Priya", "Aisha", "Fatima", "Nadia", "Samira",
          "Yasmin", "Amira", "Małgorzata", "Agnieszka", "Katarzyna", "Ioana",
          "Elena", "Mei", "Xiu", "Lin", "Ama", "Abena", "Chiamaka", "Ngozi",
          "Folake", "Shanice", "Marcia", "Beverley", "Donna", "Tracey",
          "Gemma", "Bethan", "Ffion", "Rhiannon", "Renée", "Hannah", "Olivia",
          "Nkechi", "Halima", "Hodan", "Ewa", "Simran", "Gurpreet", "Harleen",
          "Roisin", "Keisha", "Tamsin", "Bronwen", "Oksana", "Farah"]
SURNAMES = ["Asante", "Mensah", "Okafor", "Adeyemi", "Oyelaran", "Nwosu",
            "Boateng", "Owusu", "Khan", "Hussain", "Begum", "Patel", "Sharma",
            "Chaudhry", "Sandhu", "Gill", "Iqbal", "Malik", "Rahman",
            "Chowdhury", "O'Neill", "O'Brien", "Ó Súilleabháin", "McAllister",
            "MacLeod", "Gallagher", "Doherty", "Byrne", "Kavanagh", "Quinn",
            "Bennett-Clarke", "Harris-Jones", "Campbell-Reid", "Van der Berg",
            "de Souza", "De la Cruz", "al-Hassan", "Al-Amin", "bin Rashid",
            "El-Sayed", "Haddad", "Nowak", "Kowalski", "Wiśniewska",
            "Zieliński", "Dąbrowski", "Popescu", "Ionescu", "Novák", "Horváth",
            "Petrenko", "Chen", "Wang", "Liu", "Zhang", "Wong", "Lam",
            "Thompson", "Williams", "Davies", "Evans", "Hughes", "Roberts",
            "Clarke", "Walker", "Harrison", "Atkinson", "Pemberton",
            "Fairweather", "Braithwaite", "Ogunleye", "Griffiths", "Morgan",
            "Stewart", "Fraser", "Henderson", "Baptiste", "Francis", "Samuels",
            "Beckford", "Lindo", "Gayle", "Hylton", "Mwangi", "Achterberg",
            "Ní Bhriain", "Szabó", "Yilmaz", "Demir", "Abdullahi"]
NICKNAMES = {"Daniel": "Danny", "Marcus": "Marky", "Tyrone": "Ty",
             "Nathaniel": "Nate", "Oluwaseun": "Seun", "Kwame": "Kwams",
             "Imran": "Immy", "Connor": "Con", "Leroy": "Roy", "Declan": "Dec",
             "Łukasz": "Luke", "Dwayne": "Dee", "Callum": "Cal",
             "Shanice": "Shan", "Chiamaka": "Chi", "Małgorzata": "Gosia",
             "Keisha": "Kee", "Siobhán": "Shiv", "Gemma": "Gem",
             "Samira": "Sam", "Katarzyna": "Kasia", "Rhiannon": "Rhi"}
STREET_A = ["Rookery", "Tannery", "Linnet", "Pargeter", "Saltmarsh",
            "Quarrystone", "Hollowmere", "Weavers", "Ferrier", "Brackenfold",
            "Millrace", "Kestrel", "Chandlery", "Ropewalk", "Thistlebank",
            "Foundry", "Cinderhill", "Lantern", "Osier", "Goosegate",
            "Wherry", "Copperbeech", "Nettlebed", "Larkspur", "Furnace",
            "Damson", "Tithebarn", "Cooper's", "Sallow", "Flaxmill"]
STREET_B = ["Road", "Street", "Close", "Way", "Lane", "Avenue", "Drive",
            "Row", "Walk", "Court", "Rise", "Mews", "Crescent", "Terrace",
            "Gardens", "Parade"]
# Town -> invented outward-code letters (none is a UK postcode area).
TOWNS = [("Tollbridge", "TB"), ("Kestwick", "KM"), ("Ashmere", "YB"),
         ("Brindlecombe", "JR"), ("Marrowfield", "MX"), ("Netherby Vale", "NY"),
         ("Fordham Wick", "FG"), ("Pellingworth", "PX"), ("Ravensholt", "RV"),
         ("Wexcombe", "WX"), ("Gadsby Moor", "GD"), ("Saltingham", "SX")]
PRISONS = ["Fernhollow", "Coldmoor", "Brindlecombe", "Ashmere Fields",
           "Ravensholt", "Wexcombe Grange", "Gadsby", "Pellingworth",
           "Saltingham", "Kestwick"]
FORCES = ["Netherby Vale", "Marrowshire", "Kestwick and Fordham", "Wexmoor",
          "Tollbridgeshire"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
VRM = "ABCDEFGHJKLMNOPRSTUVWXY"

# Ofcom drama ranges: (area code, local prefix, 4 = "0xxx" tail, 3 = "xxx" tail).
PHONE_RANGES = [("0113", "496", 4), ("0114", "496", 4), ("0117", "496", 4),
                ("0118", "496", 4), ("0121", "496", 4), ("0131", "496", 4),
                ("0141", "496", 4), ("0151", "496", 4), ("0161", "496", 4),
                ("0191", "498", 4), ("020", "7946", 4), ("028", "9649", 3),
                ("029", "2018", 4), ("01632", "960", 3)]


def ascii_fold(s):
    s = s.replace("Ł", "L").replace("ł", "l")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# Identifier generators (formats and check digits per uk-identifiers.md).

class Ids:
    """Per-bundle generator that never repeats a value within a bundle."""

    def __init__(self, rng):
        self.r = rng
        self.used = set()

    def _fresh(self, make):
        while True:
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v

    def mobile(self):
        return self._fresh(lambda: ("07700", "900%03d" % self.r.randrange(1000)))

    def landline(self, area=None):
        def make():
            a, pre, n = area or self.r.choice(PHONE_RANGES)
            if n == 3:      # 028 9649 6xxx, 01632 960xxx
                tail = "%03d" % self.r.randrange(1000)
                if a == "028":
                    return (a, pre + "6" + tail)
                return (a, pre + tail)
            return (a, pre + "0" + "%03d" % self.r.randrange(1000))
        return self._fresh(make)

    def prison_number(self):
        r = self.r
        return self._fresh(lambda: r.choice("ABGHK") + "%04d" % r.randrange(10000)
                           + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                           + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))

    def pnc(self):
        def make():
            yr = self.r.randrange(1996, 2024)
            serial = self.r.randrange(1, 999999)
            n = int("%02d%07d" % (yr % 100, serial))
            return (yr, serial, L23[n % 23])
        return self._fresh(make)

    def cro(self):
        def make():
            yy = self.r.randrange(85, 99 + 24) % 100
            serial = self.r.randrange(100, 999999)
            n = int("%02d%06d" % (yy, serial))
            return (serial, yy, L23[n % 23])
        return self._fresh(make)

    def crn(self):
        return self._fresh(lambda: self.r.choice("XNDEC") + "%06d" % self.r.randrange(1, 10 ** 6))

    def ni(self):
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        banned = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "OO", "CR", "FY",
                  "MW", "NC", "PP", "PY", "PZ"}

        def make():
            while True:
                p = self.r.choice(first) + self.r.choice(second)
                if p not in banned:
                    break
            return p + "%06d" % self.r.randrange(10 ** 6) + self.r.choice("ABCD")
        return self._fresh(make)

    def nhs(self):
        def make():
            while True:
                d = "999" + "%06d" % self.r.randrange(10 ** 6)
                c = 11 - sum(int(x) * w for x, w in zip(d, range(10, 1, -1))) % 11
                if c == 11:
                    c = 0
                if c != 10:
                    return d + str(c)
        return self._fresh(make)

    def passport(self):
        return self._fresh(lambda: str(self.r.randrange(1, 10)) + "%08d" % self.r.randrange(10 ** 8))

    def vrm(self):
        def make():
            tag = self.r.choice(VRM.replace("U", "")) + self.r.choice(VRM.replace("U", ""))
            age = self.r.choice(["%02d" % self.r.randrange(2, 25), str(self.r.randrange(51, 75))])
            tail = "".join(self.r.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
            return tag + age + " " + tail
        return self._fresh(make)

    def sort_code(self):
        return self._fresh(lambda: "%02d%02d%02d" % (self.r.randrange(4, 99), self.r.randrange(100), self.r.randrange(100)))

    def account(self):
        return self._fresh(lambda: "%08d" % self.r.randrange(10 ** 7, 10 ** 8))

    def iban(self, sort, acct):
        bank = self.r.choice(["XMPL", "TSTB", "FKBA", "ZQNB", "DEMO"])
        bban = bank + sort + acct
        digits = "".join(str(int(c, 36)) for c in bban + "GB00")
        return "GB%02d" % (98 - int(digits) % 97) + bban

    def card(self):
        def make():
            pre = self.r.choice(["400000", "411111", "424242", "555555", "520082", "222300"])
            body = pre + "".join(str(self.r.randrange(10)) for _ in range(9))
            total = 0
            for i, ch in enumerate(reversed(body)):
                d = int(ch)
                if i % 2 == 0:
                    d *= 2
                    if d > 9:
                        d -= 9
                total += d
            return body + str((10 - total % 10) % 10)
        return self._fresh(make)

    def ipv4(self):
        return self._fresh(lambda: self.r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(self.r.randrange(1, 255)))

    def ipv6(self):
        return self._fresh(lambda: "2001:db8:%x:%x::%x" % (self.r.randrange(1, 0xffff), self.r.randrange(1, 0xfff), self.r.randrange(1, 0xff)))

    def postcode(self, area):
        return self._fresh(lambda: "%s%d %d%s%s" % (area, self.r.randrange(1, 30), self.r.randrange(10),
                                                    self.r.choice(INWARD), self.r.choice(INWARD)))


def fmt_phone(p, style):
    area, local = p
    if area == "07700" or len(local) == 6:
        g = local
    elif len(local) == 7:
        g = local[:3] + " " + local[3:]
    else:
        g = local[:4] + " " + local[4:]
    if style == "compact":
        return area + local
    if style == "intl":
        return "+44 " + area[1:] + " " + g
    if style == "intl0":
        return "+44 (0)" + area[1:] + " " + g
    if style == "bracket":
        return "(" + area + ") " + g
    if style == "split" and area == "07700":
        return area + " " + local[:3] + " " + local[3:]
    return area + " " + g


def fmt_dob(d, style):
    return {
        "dmy": d.strftime("%d/%m/%Y"),
        "dmy2": d.strftime("%d.%m.%y"),
        "long": "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
        "ord": "%d%s %s %d" % (d.day, ordinal(d.day), MONTHS[d.month - 1][:3], d.year),
        "iso": d.isoformat(),
        "oracle": "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3].upper(), d.year),
        "nopad": "%d/%d/%d" % (d.day, d.month, d.year),
        "dash": d.strftime("%d-%m-%Y"),
    }[style]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def fmt_pn(pn, style):
    return {"plain": pn, "lower": pn.lower(), "spaced": pn[0] + " " + pn[1:5] + " " + pn[5:],
            "half": pn[:5] + " " + pn[5:]}[style]


def fmt_pnc(p, style):
    yr, serial, chk = p
    if style == "short":
        return "%02d/%d%s" % (yr % 100, serial, chk)
    if style == "nosl":
        return "%d%07d%s" % (yr, serial, chk)
    return "%d/%07d%s" % (yr, serial, chk)


def fmt_cro(c, style):
    serial, yy, chk = c
    if style == "pad":
        return "%06d/%02d%s" % (serial, yy, chk)
    return "%d/%02d%s" % (serial, yy, chk)


def fmt_ni(n, style):
    if style == "spaced":
        return " ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])
    if style == "lower":
        return n.lower()
    if style == "mid":
        return n[:2] + " " + n[2:8] + " " + n[8]
    return n


def fmt_nhs(n, style):
    if style == "spaced":
        return n[:3] + " " + n[3:6] + " " + n[6:]
    if style == "dash":
        return n[:3] + "-" + n[3:6] + "-" + n[6:]
    return n


def fmt_sort(s, style):
    return {"dash": s[:2] + "-" + s[2:4] + "-" + s[4:], "plain": s,
            "space": s[:2] + " " + s[2:4] + " " + s[4:]}[style]


def fmt_iban(i, style):
    if style == "spaced":
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return i


def fmt_card(c, style):
    if style == "plain":
        return c
    sep = "-" if style == "dash" else " "
    return sep.join(c[k:k + 4] for k in range(0, 16, 4))


def fmt_dl(d, style):
    if style == "spaced":
        return d[:5] + " " + d[5:11] + " " + d[11:]
    return d


# --------------------------------------------------------------------------
# People.

class Person:
    def __init__(self, fore, sur, sex, party, mid=""):
        self.fore, self.sur, self.sex, self.party, self.mid = fore, sur, sex, party, mid
        self.dob = None
        self.street = self.town = self.pc = None
        self.mob = None
        self.email = None
        self.role = ""

    def n(self, style="full"):
        f, m, s = self.fore, self.mid, self.sur
        text = {
            "full": f + " " + s,
            "fullmid": " ".join(x for x in (f, m, s) if x),
            "police": f + " " + s.upper(),
            "rev": s.upper() + ", " + f,
            "REV": s.upper() + ", " + f.upper(),
            "revmid": s.upper() + ", " + " ".join(x for x in (f, m) if x),
            "revmixed": s + ", " + f,
            "caps": (f + " " + s).upper(),
            "init": f[0] + ". " + s,
            "init2": f[0] + " " + s.upper(),
            "sur": s,
            "SUR": s.upper(),
            "fore": f,
            "nick": NICKNAMES.get(f, f),
            "lower": (NICKNAMES.get(f, f)).lower(),
        }[style]
        return (text, "name", self.party)

    def title(self):
        return "Mr" if self.sex == "M" else self.ftitle

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    @property
    def noun(self):
        return "man" if self.sex == "M" else "woman"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    def d(self, style):
        return (fmt_dob(self.dob, style), "date_of_birth", self.party)

    def ph(self, style="std", which=None):
        return (fmt_phone(which or self.mob, style), "phone", self.party)

    def em(self):
        return (self.email, "email", self.party)

    def ad(self):
        return (self.street, "address", self.party)

    def pcd(self, style="std"):
        pc = self.pc.replace(" ", "") if style == "nospace" else self.pc
        return (pc, "postcode", self.party)


class Org:
    """A public body: name, street address, postcode, switchboard, mailbox."""

    def __init__(self, name, street, town, pc, phone, domain, mailbox):
        self.name, self.street, self.town, self.pc = name, street, town, pc
        self.phone, self.domain, self.mailbox = phone, domain, mailbox

    def ad(self):
        return (self.street, "address", "public_body")

    def pcd(self):
        return (self.pc, "postcode", "public_body")

    def ph(self, style="std"):
        return (fmt_phone(self.phone, style), "phone", "public_body")

    def em(self):
        return (self.mailbox, "email", "public_body")


class Staff(Person):
    def __init__(self, fore, sur, sex, role, org, phone, rank=""):
        super().__init__(fore, sur, sex, "staff")
        self.role, self.org, self.work_phone, self.rank = role, org, phone, rank
        self.email = (ascii_fold(fore) + "." + ascii_fold(sur)).lower().replace(" ", "").replace("'", "") + "@" + org.domain

    def wp(self, style="std"):
        return (fmt_phone(self.work_phone, style), "phone", "staff")


# --------------------------------------------------------------------------
# Page and document assembly with byte-offset truth.

def cell_len(c):
    if isinstance(c, tuple):
        return len(c[0])
    if isinstance(c, list):
        return sum(cell_len(x) for x in c)
    return len(c)


class Page:
    def __init__(self):
        self.buf, self.pos, self.items = [], 0, []

    def add(self, *parts):
        for part in parts:
            if isinstance(part, list):
                self.add(*part)
            elif isinstance(part, tuple):
                text, cat, party = part
                b = len(text.encode("utf-8"))
                self.items.append({"begin": self.pos, "end": self.pos + b, "category": cat,
                                   "party": party, "text": text})
                self.buf.append(text)
                self.pos += b
            else:
                self.buf.append(part)
                self.pos += len(part.encode("utf-8"))

    def line(self, *parts):
        self.add(*parts, "\n")

    def table(self, rows, sep="  "):
        """Rows of cells; columns padded with spaces (or tab-separated)."""
        widths = [max(cell_len(r[i]) for r in rows if i < len(r)) for i in range(max(map(len, rows)))]
        for r in rows:
            for i, c in enumerate(r):
                self.add(c)
                if i < len(r) - 1:
                    if sep == "\t":
                        self.add("\t")
                    else:
                        self.add(" " * (widths[i] - cell_len(c)) + sep)
            self.add("\n")

    def text(self):
        return "".join(self.buf)


class Doc:
    def __init__(self, kind, marking="OFFICIAL-SENSITIVE"):
        self.kind, self.marking, self.pages = kind, marking, []

    def page(self):
        p = Page()
        if self.marking:
            p.line(self.marking)
        self.pages.append(p)
        return p

    def finish(self, doc_id):
        n = len(self.pages)
        for i, p in enumerate(self.pages):
            p.add("\nPage %d of %d\n" % (i + 1, n))
        truth = []
        for i, p in enumerate(self.pages):
            for it in p.items:
                truth.append(dict(page=i, **it))
        return {"id": doc_id, "kind": self.kind, "pages": [p.text() for p in self.pages], "truth": truth}


# --------------------------------------------------------------------------
# Bundle cast.

class Cast:
    def __init__(self, idx, rng):
        self.r = rng
        self.ids = Ids(rng)
        self.used_fore, self.used_sur = set(), set()
        t = rng.sample(TOWNS, 6)
        self.home_town, self.near_towns = t[0], t[1:]
        self.prison_name = "HMP " + PRISONS[idx]
        self.prev_prison = "HMP " + PRISONS[(idx + 3) % len(PRISONS)]
        force = FORCES[idx % len(FORCES)]
        fdom = ascii_fold(force).lower().replace(" and ", "").replace(" ", "")
        pdom = ascii_fold(PRISONS[idx]).lower().replace(" ", "")
        self.prison = self.org(self.prison_name, t[1], pdom + ".hmpps.example.cjsm.net", "businesshub." + pdom)
        self.probation = self.org(t[2][0] + " Probation Delivery Unit", t[2], "probation.example.cjsm.net",
                                  ascii_fold(t[2][0]).lower().replace(" ", "") + ".pdu")
        self.police = self.org(force + " Police", t[0], fdom + ".police.example.cjsm.net", "ppu")
        self.court = self.org(t[3][0] + " Crown Court", t[3], "courts.example.cjsm.net",
                              ascii_fold(t[3][0]).lower().replace(" ", "") + ".crowncourt")
        self.force = force
        self.build_people()

    def org(self, name, town, domain, box):
        street = "%d %s %s" % (self.r.randrange(1, 60), self.r.choice(STREET_A), self.r.choice(["Road", "Street", "Lane", "Way"]))
        return Org(name, street, town[0], self.ids.postcode(town[1]), self.ids.landline(),
                   domain, box + "@" + domain)

    def pick_name(self, sex):
        pool = MALE if sex == "M" else FEMALE
        while True:
            f = self.r.choice(pool)
            if f not in self.used_fore:
                self.used_fore.add(f)
                break
        while True:
            s = self.r.choice(SURNAMES)
            if s not in self.used_sur:
                self.used_sur.add(s)
                return f, s

    def person(self, party, sex=None, sur=None, born=(1955, 2004), town=None, fore=None):
        sex = sex or self.r.choice("MF")
        f, s = self.pick_name(sex)
        if fore:
            self.used_fore.add(fore)
            f = fore
        if sur:
            s = sur
        p = Person(f, s, sex, party)
        p.ftitle = self.r.choice(["Ms", "Mrs", "Miss"])
        p.dob = date(born[0], 1, 1) + timedelta(days=self.r.randrange((born[1] - born[0]) * 365))
        town = town or self.r.choice([self.home_town] + self.near_towns)
        flat = "Flat %d, " % self.r.randrange(1, 30) if self.r.random() < 0.3 else ""
        p.street = "%s%d %s %s" % (flat, self.r.randrange(1, 240), self.r.choice(STREET_A), self.r.choice(STREET_B))
        p.town = town[0]
        p.pc = self.ids.postcode(town[1])
        p.mob = self.ids.mobile()
        tag = self.r.choice(["", str(p.dob.year % 100), str(self.r.randrange(1, 99))])
        local = self.r.choice([ascii_fold(f) + "." + ascii_fold(s), ascii_fold(f)[0] + ascii_fold(s),
                               ascii_fold(NICKNAMES.get(f, f)) + ascii_fold(s)[:4]])
        local = local.lower().replace(" ", "").replace("'", "") + tag
        p.email = local + "@" + self.r.choice(["example.com", "example.net", "example.org"])
        p.pn = self.ids.prison_number()
        p.pnc = self.ids.pnc()
        p.cro = self.ids.cro()
        p.vrm = self.ids.vrm()
        p.sort = self.ids.sort_code()
        p.acct = self.ids.account()
        p.ni = self.ids.ni()
        p.passport = self.ids.passport()
        p.nhs = self.ids.nhs()
        p.crn = self.ids.crn()
        p.dl = driving_licence(p, self.r)
        return p

    def staff(self, sex, role, org, rank=""):
        f, s = self.pick_name(sex)
        st = Staff(f, s, sex, role, org, self.ids.landline(), rank)
        return st

    def build_people(self):
        r = self.r
        sex = r.choice("MMMF")
        nicks = [f for f in NICKNAMES if f in (MALE if sex == "M" else FEMALE)]
        S = self.person("subject", sex=sex, born=(1968, 2002), town=self.home_town, fore=r.choice(nicks))
        S.mid = r.choice(MALE if sex == "M" else FEMALE)
        self.used_fore.add(S.mid)
        other_sur = self.pick_name(sex)[1]
        S.aliases = [Person(NICKNAMES[S.fore], S.sur, sex, "subject"),
                     Person(S.fore, other_sur, sex, "subject")]
        S.dl = driving_licence(S, r)
        S.card = self.ids.card()
        S.sort2, S.acct2 = self.ids.sort_code(), self.ids.account()
        S.iban = self.ids.iban(S.sort2, S.acct2)
        S.ip = [self.ids.ipv4(), self.ids.ipv6()]
        S.mob2 = self.ids.mobile()
        self.S = S
        self.partner = self.person("third_party", sex="F" if sex == "M" else "M", born=(S.dob.year - 6, min(S.dob.year + 8, 2004)))
        self.partner.card = self.ids.card()
        self.partner.iban = self.ids.iban(self.partner.sort, self.partner.acct)
        self.partner.mob_new = self.ids.mobile()
        self.mother = self.person("third_party", sex="F", sur=S.sur, born=(S.dob.year - 38, S.dob.year - 18), town=self.home_town)
        self.sibling = self.person("third_party", sur=S.sur, born=(S.dob.year - 8, min(S.dob.year + 10, 2005)))
        self.child = self.person("third_party", sur=S.sur, born=(2008, 2021), town=(self.partner.town, ""))
        self.child.street, self.child.pc = self.partner.street, self.partner.pc
        self.codefs = [self.person("third_party", sex="M") for _ in range(2)]
        self.prisoners = [self.person("third_party", sex=sex) for _ in range(4)]
        self.victim = self.person("third_party")
        self.witnesses = [self.person("third_party") for _ in range(2)]
        self.associates = [self.person("third_party") for _ in range(2)]
        for a in self.associates:
            a.ip = self.ids.ipv4()
            a.card = self.ids.card()
            a.iban = self.ids.iban(a.sort, a.acct)
        self.solicitor = self.person("third_party")
        self.sol_firm = "%s %s LLP" % (r.choice(["Harbour", "Lodestone", "Greyfriars", "Meridian", "Castlegate"]),
                                        r.choice(["Law", "Legal", "Solicitors", "Defence"]))
        self.solicitor.work = self.ids.landline()
        self.solicitor.email = (ascii_fold(self.solicitor.fore)[0] + "." + ascii_fold(self.solicitor.sur)).lower().replace(" ", "").replace("'", "") \
            + "@" + self.sol_firm.split()[0].lower() + "law.example.co.uk.cjsm.net"
        P, B, C, Cr = self.prison, self.probation, self.police, self.court
        self.po = [self.staff(r.choice("MF"), "Prison Officer", P) for _ in range(3)]
        self.so = self.staff(r.choice("MF"), "Supervising Officer", P)
        self.gov = self.staff(r.choice("MF"), r.choice(["Head of Residence", "Custodial Manager", "Head of Safety"]), P)
        self.osg = self.staff(r.choice("MF"), "Operational Support Grade (Visits)", P)
        self.nurse = self.staff("F", r.choice(["Registered Mental Health Nurse", "Staff Nurse"]), P)
        self.pp = self.staff(r.choice("MF"), "Probation Officer", B)
        self.spo = self.staff(r.choice("MF"), "Senior Probation Officer", B)
        self.vlo = self.staff("F", "Victim Liaison Officer", B)
        self.dc = self.staff(r.choice("MF"), "Officer in the case", C, "DC")
        self.ds = self.staff(r.choice("MF"), "Detective Sergeant", C, "DS")
        self.sgt = self.staff(r.choice("MF"), "Custody Officer", C, "PS")
        self.pc = self.staff(r.choice("MF"), "Arresting officer", C, "PC")
        self.fi = self.staff(r.choice("MF"), "Accredited Financial Investigator", C)
        self.analyst = self.staff("F", "Intelligence Analyst", C)
        self.usher = self.staff(r.choice("MF"), "Listing Officer", Cr)
        self.dc.personal_mob = self.ids.mobile()
        self.po[0].home = self.person("third_party", town=self.near_towns[0])

    def ev_date(self, style=None):
        d = date(2023, 1, 1) + timedelta(days=self.r.randrange(900))
        style = style or self.r.choice(["dmy", "dmy", "long", "iso", "dmy2", "ord"])
        return fmt_dob(d, style)

    def time(self):
        return "%02d:%02d" % (self.r.randrange(6, 23), self.r.randrange(60))


def driving_licence(p, r):
    letters = "".join(c for c in ascii_fold(p.sur).upper() if c.isalpha())[:5].ljust(5, "9")
    d = p.dob
    month = d.month + (50 if p.sex == "F" else 0)
    ini = ascii_fold(p.fore)[0].upper() + (ascii_fold(p.mid)[0].upper() if p.mid else "9")
    tail = r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    return "%s%d%02d%02d%d%s9%s" % (letters, (d.year // 10) % 10, month, d.day, d.year % 10, ini, tail)


# --------------------------------------------------------------------------
# Document builders, one per kind. Each takes the cast and returns a Doc.

def doc_prisoner_profile(c):
    S, r = c.S, c.r
    doc = Doc("prisoner-profile")
    p = doc.page()
    p.line("Digital Prison Services  -  Prisoner profile")
    p.line("Printed ", c.ev_date("dmy"), " ", c.time(), " by user ", c.po[1].n("caps"))
    p.line("")
    p.line("Name:            ", S.n("revmid"))
    p.line("Prison number:   ", (S.pn, "prison_number", "subject"), "          Booking no:  %05d%s" % (r.randrange(10 ** 5), r.choice("ABC")))
    p.line("Date of birth:   ", S.d("dmy"), "       Age: %d" % (2024 - S.dob.year))
    p.line("Cell location:   %s-%d-%03d       Category: %s       Incentive level: %s" % (
        r.choice("ABCDEFG"), r.randrange(1, 5), r.randrange(1, 40), r.choice("BCD"), r.choice(["Basic", "Standard", "Enhanced"])))
    p.line("Establishment:   ", c.prison.name)
    p.line("")
    p.line("ALIASES")
    p.table([["Name", "Date of birth"], [S.aliases[0].n("rev"), S.d("iso")],
             [S.aliases[1].n("revmixed"), S.d("dmy")]])
    p.line("")
    p.line("IDENTIFIERS")
    p.table([["Type", "Value", "Comments"],
             ["PNC number", (fmt_pnc(S.pnc, "long"), "pnc", "subject"), "Verified"],
             ["CRO number", (fmt_cro(S.cro, "plain"), "cro", "subject"), ""],
             ["National Insurance", (fmt_ni(S.ni, "spaced"), "ni_number", "subject"), ""],
             ["NHS number", (fmt_nhs(S.nhs, "spaced"), "nhs_number", "subject"), "from healthcare"],
             ["Passport", (S.passport, "passport", "subject"), "Held in stored property, bag %d" % r.randrange(1000, 9999)],
             ["Driving licence", (fmt_dl(S.dl, "plain"), "driving_licence", "subject"), "Photocard"],
             ["Probation CRN", (S.crn, "crn", "subject"), ""]])
    p.line("")
    p.line("ADDRESSES")
    p.table([["Type", "Address", "Postcode", "From"],
             ["Home", [S.ad(), ", " + S.town], S.pcd(), c.ev_date("dmy")],
             ["Partner", [c.partner.ad(), ", " + c.partner.town], c.partner.pcd(), c.ev_date("dmy")]], sep=" | ")
    p.line("Telephone (home):   ", S.ph("std"), "     E-mail:  ", S.em())
    p = doc.page()
    p.line("CONTACTS - SOCIAL")
    rows = [["Name", "Relationship", "Telephone", "Approved visitor"]]
    for who, rel in [(c.partner, "Partner"), (c.mother, "Mother"), (c.sibling, "Brother" if c.sibling.sex == "M" else "Sister"),
                     (c.associates[0], "Friend")]:
        rows.append([who.n(r.choice(["rev", "full", "police"])), rel, who.ph(r.choice(["std", "compact"])), r.choice(["Yes", "No", "Pending"])])
    p.table(rows)
    p.line("")
    p.line("CONTACTS - OFFICIAL")
    p.table([[c.pp.n("police"), "Community Offender Manager", c.pp.wp()],
             [c.solicitor.n("full"), "Solicitor, " + c.sol_firm, (fmt_phone(c.solicitor.work, "std"), "phone", "third_party")],
             [c.po[0].n("police"), "Key worker", "ext %d" % r.randrange(2000, 2999)]])
    p.line("")
    p.line("NON-ASSOCIATIONS")
    for o in c.prisoners[:2]:
        p.line(o.n("rev"), "   ", (fmt_pn(o.pn, "plain"), "prison_number", "third_party"),
               "   Reason: ", r.choice(["assault", "debt", "gang affiliation", "co-defendant"]), " on ", c.ev_date("dmy"),
               "   Do not locate on same landing")
    p.line(c.codefs[0].n("rev"), "   ", (fmt_pn(c.codefs[0].pn, "plain"), "prison_number", "third_party"),
           "   Reason: co-defendant (Crown Court T%d%04d)" % (r.randrange(2022, 2025), r.randrange(10000)))
    p.line("")
    p.line("MOVEMENTS")
    p.table([["Date", "Type", "From", "To"],
             [c.ev_date("dmy"), "Admission", c.court.name, c.prev_prison],
             [c.ev_date("dmy"), "Transfer", c.prev_prison, c.prison.name],
             [c.ev_date("dmy"), "Court", c.prison.name, c.court.name]])
    p.line("")
    p.line("Establishment switchboard: ", c.prison.ph(), "   ", c.prison.ad(), ", ", c.prison.town, " ", c.prison.pcd())
    return doc


def doc_custody_record(c):
    S, r = c.S, c.r
    doc = Doc("custody-record")
    p = doc.page()
    p.line(c.force.upper(), " POLICE  -  CUSTODY RECORD")
    p.line("Custody No:  %s/%02d/%06d          Station: %s Custody Suite" % (c.force[:2].upper(), r.randrange(22, 25), r.randrange(10 ** 6), c.police.town))
    p.line("Arrival:     ", c.ev_date("dmy"), " ", c.time())
    p.line("")
    p.line("DETAINED PERSON")
    p.line("Surname:        ", S.n("SUR"))
    p.line("Forename(s):    ", (S.fore + " " + S.mid, "name", "subject"))
    p.line("Also known as:  ", S.aliases[0].n("police"))
    p.line("DOB:            ", S.d("dmy2"), "        Place of birth: ", S.town)
    p.line("Address:        ", S.ad(), ", ", S.town, "  ", S.pcd("nospace"))
    p.line("Telephone:      ", S.ph("compact", S.mob2), " (states this is a new number)")
    p.line("PNC ID:         ", (fmt_pnc(S.pnc, "short"), "pnc", "subject"), "       CRO:  ", (fmt_cro(S.cro, "pad"), "cro", "subject"))
    p.line("Prison no. (if known):  ", (fmt_pn(S.pn, "lower"), "prison_number", "subject"), "     NHS no: ",
           (fmt_nhs(S.nhs, "dash"), "nhs_number", "subject"))
    p.line("")
    p.line("Arresting officer:   PC %d " % r.randrange(1000, 9999), c.pc.n("police"))
    p.line("Officer in case:     DC %d " % r.randrange(1000, 9999), c.dc.n("police"), "   tel ", c.dc.wp(), "   ", c.dc.em())
    p.line("Custody officer:     PS %d " % r.randrange(1000, 9999), c.sgt.n("police"))
    p.line("Offence:             %s" % r.choice(["Possession with intent to supply (class A)", "Wounding with intent",
                                                 "Robbery", "Breach of non-molestation order", "Burglary (dwelling)"]))
    p.line("Grounds:             Circumstances outlined; arrest necessary to allow prompt and effective investigation.")
    p.line("Solicitor:           ", c.solicitor.title(), " ", c.solicitor.n("init"), ", ", c.sol_firm, ", ", (fmt_phone(c.solicitor.work, "bracket"), "phone", "third_party"))
    p.line("Person to be informed: ", c.partner.n("full"), " (partner), ", c.partner.ph("std"))
    p = doc.page()
    p.line("CUSTODY LOG")
    rows = [["Time", "Entry", "Officer"]]
    times = sorted(c.time() for _ in range(8))
    rows.append([times.pop(0), "DP booked in. Rights given, DP understands. Requests solicitor.", c.sgt.n("init2")])
    rows.append([times.pop(0), ["Risk assessment. DP states no self-harm. NOK ", c.partner.n("fore"), " to be told."], c.sgt.n("init2")])
    rows.append([times.pop(0), ["Property: cash £%d.%02d, phone, keys, wallet with card " % (r.randrange(5, 90), r.randrange(100)),
                            (fmt_card(S.card, "spaced"), "payment_card", "subject")], c.pc.n("init2")])
    rows.append([times.pop(0), ["Call to ", c.solicitor.n("sur"), " on ", (fmt_phone(c.solicitor.work, "std"), "phone", "third_party"), ". Will attend 09:30."], c.sgt.n("init2")])
    rows.append([times.pop(0), ["Vehicle ", (c.codefs[0].vrm, "vehicle_registration", "third_party"), " (keeper ", c.codefs[0].n("police"), ") recovered to pound."], c.dc.n("init2")])
    rows.append([times.pop(0), ["Interview room %d. Present: DC " % r.randrange(1, 6), c.dc.n("SUR"), ", ", c.solicitor.n("init"), ", DP."], c.dc.n("init2")])
    rows.append([times.pop(0), ["Co-accused ", c.codefs[1].n("rev"), " (PNC ", (fmt_pnc(c.codefs[1].pnc, "long"), "pnc", "third_party"), ") in cell %d." % r.randrange(1, 30)], c.sgt.n("init2")])
    rows.append([times.pop(0), ["Charged. Remanded to appear at ", c.court.name, " on ", c.ev_date("dmy"), "."], c.ds.n("init2")])
    p.table(rows)
    p.line("")
    p.line("Custody suite: ", c.police.ad(), ", ", c.police.town, " ", c.police.pcd(), "   Tel ", c.police.ph())
    return doc


def doc_visit_log(c):
    S, r = c.S, c.r
    doc = Doc("visit-log")
    p = doc.page()
    p.line(c.prison.name.upper(), "  -  SOCIAL VISITS HISTORY")
    p.line("Prisoner:  ", S.n("rev"), "  (", (fmt_pn(S.pn, "plain"), "prison_number", "subject"), ")     Printed: ", c.ev_date("dmy"))
    p.line("")
    visitors = [c.partner, c.mother, c.sibling, c.associates[0], c.associates[1], c.partner, c.mother, c.child]
    rows = [["Date", "Session", "Visitor", "Relationship", "DOB", "Vehicle", "Searched by"]]
    rel = {c.partner: "Partner", c.mother: "Mother", c.sibling: "Sibling", c.associates[0]: "Friend",
           c.associates[1]: "Friend", c.child: "Daughter" if c.child.sex == "F" else "Son"}
    for v in visitors:
        veh = (v.vrm, "vehicle_registration", "third_party") if v is not c.child and r.random() < 0.6 else "-"
        rows.append([c.ev_date("dmy"), r.choice(["AM", "PM", "EVE"]), v.n(r.choice(["rev", "full", "revmixed", "police"])),
                     rel[v], v.d(r.choice(["dmy", "dmy", "nopad"])), veh, r.choice([c.osg, c.po[2]]).n("init")])
    p.table(rows)
    p = doc.page()
    p.line("VISITS - NOTES AND INCIDENTS")
    p.line(c.ev_date("dmy"), " ", c.time(), "  Visitor ", c.associates[1].n("police"), " (", c.associates[1].d("dmy"),
           ") refused entry - drug dog indication. Banned for %d months. " % r.randrange(1, 7), c.osg.n("police"), " informed security.")
    p.line(c.ev_date("dmy"), " ", c.time(), "  ", S.n("sur"), " became agitated when told ", c.associates[1].n("sur"),
           "'s visit was cancelled. Table %d. Officer " % r.randrange(1, 30), c.po[2].n("full"), " spoke with " + S.him + ".")
    p.line(c.ev_date("dmy"), " ", c.time(), "  Child visitor ", c.child.n("full"), " (DOB ", c.child.d("dmy"), ") attended with ",
           c.partner.n("fore"), ". Family day booking ref VB%06d." % r.randrange(10 ** 6))
    p.line("")
    p.line("Visits booking line: ", c.prison.ph("std"), " (Mon-Fri 09:00-16:00). Visitors' centre: ", c.prison.ad(), ", ",
           c.prison.town, " ", c.prison.pcd())
    return doc


def doc_pin_phone(c):
    S, r = c.S, c.r
    doc = Doc("pin-phone-list")
    p = doc.page()
    p.line("PIN PHONE - APPROVED NUMBERS              ", c.prison.name)
    p.line("Prisoner: ", S.n("caps"), "    NOMS: ", (fmt_pn(S.pn, "spaced"), "prison_number", "subject"), "    PIN account %d" % r.randrange(10000, 99999))
    p.line("")
    contacts = [(c.partner, "Partner", "std"), (c.mother, "Mother", "compact"), (c.sibling, "Sibling", "intl"),
                (c.associates[0], "Friend", "std"), (c.codefs[1], "Friend", "std")]
    rows = [["Name", "Relationship", "Number", "Address", "Approved", "By"]]
    for who, rel, st in contacts:
        rows.append([who.n(r.choice(["rev", "revmixed", "full"])), rel, who.ph(st), [who.ad(), ", ", who.pcd()],
                     c.ev_date("dmy"), c.so.n("init")])
    rows.append([c.solicitor.n("full"), "Legal (not recorded)", (fmt_phone(c.solicitor.work, "compact"), "phone", "third_party"),
                 c.sol_firm, c.ev_date("dmy"), c.so.n("init")])
    p.table(rows, sep="\t")
    p.line("")
    p.line("Note: number for ", c.codefs[1].n("police"), " removed on ", c.ev_date("dmy"), " - co-defendant, not to be approved.")
    p = doc.page()
    p.line("CALL LOG (extract)")
    rows = [["Date", "Start", "Duration", "Number dialled", "Cost"]]
    for _ in range(9):
        who, _rel, st = r.choice(contacts[:4])
        rows.append([c.ev_date("dmy"), c.time(), "%02d:%02d" % (r.randrange(1, 10), r.randrange(60)), who.ph(r.choice(["compact", st])),
                     "£%d.%02d" % (r.randrange(0, 3), r.randrange(100))])
    p.table(rows)
    p.line("")
    p.line("Calls monitored by ", c.so.n("police"), " (", c.so.wp(), "). Attempted call to unlisted number ",
           c.associates[1].ph("std"), " blocked on ", c.ev_date("dmy"), ".")
    return doc


def doc_case_notes(c):
    S, r = c.S, c.r
    doc = Doc("case-notes")
    he, his = S.he, S.his
    entries = [
        [c.po[0], "Key worker session", [S.n("fore"), " engaged well. ", he.capitalize(), " said ", his, " mother ", c.mother.n("full"),
                                          " has been unwell and asked if a call could be arranged. Advised to use PIN credit."]],
        [c.po[1], "Negative behaviour", ["Refused to lock up at ", c.time(), ". Verbal abuse towards Officer ", c.po[2].n("sur"),
                                          ". Prisoner ", c.prisoners[2].n("police"), " (", (fmt_pn(c.prisoners[2].pn, "plain"), "prison_number", "third_party"), ") encouraged ",
                                          S.him, "."]],
        [c.so, "Cell search", ["Cell shared with ", c.prisoners[3].n("rev"), ". Found: note with number ", c.associates[0].ph("compact"),
                               " and name '", c.associates[0].n("nick"), "'. Passed to security, SIR %d." % r.randrange(10000, 99999)]],
        [c.nurse, "Healthcare referral", ["Seen by ", c.nurse.n("full"), ". Low mood following news that ", c.partner.n("full"),
                                          " is ending the relationship. ACCT not opened."]],
        [c.po[0], "Family contact", ["Telephoned ", c.partner.n("sur"), " on ", c.partner.ph("std"), " at ", S.n("fore"),
                                     "'s request re: child contact for ", c.child.n("fore"), ". No answer."]],
        [c.gov, "Review", ["Discussed with ", c.pp.n("full"), " (COM). Release address at ", c.mother.ad(), ", ", c.mother.town,
                           " ", c.mother.pcd(), " to be assessed."]],
        [c.po[2], "Incident", ["Altercation on servery with ", c.prisoners[0].n("rev"), " ", (fmt_pn(c.prisoners[0].pn, "lower"), "prison_number", "third_party"),
                               ". ", S.n("sur"), " said ", c.prisoners[0].n("sur"), " owed " + S.him + " money. Both returned to cells."]],
        [c.po[1], "Education", ["Attended English level 2 in classroom %d. Tutor reports good progress. Certificate due " % r.randrange(1, 12),
                                c.ev_date("dmy"), "."]],
    ]
    per_page = [4, 4]
    k = 0
    for npg in per_page:
        p = doc.page()
        p.line("NOMIS CASE NOTES  -  ", S.n("rev"), "  ", (fmt_pn(S.pn, r.choice(["plain", "half"])), "prison_number", "subject"))
        p.line("")
        for author, typ, body in entries[k:k + npg]:
            p.line(c.ev_date("dmy"), " ", c.time(), "   Type: ", typ)
            p.line("Author: ", author.n(r.choice(["rev", "police"])), " (", author.role, ")")
            p.line(*body)
            p.line("")
        k += npg
    return doc


def doc_adjudication(c):
    S, r = c.S, c.r
    doc = Doc("adjudication")
    rep, wit, adj = c.po[1], c.po[2], c.gov
    victim = c.prisoners[0]
    wit_pr = c.prisoners[1]
    when, at = c.ev_date("dmy"), c.time()
    p = doc.page()
    p.line("NOTICE OF REPORT  (DIS1)")
    p.line("Establishment:  ", c.prison.name, "                Adjudication no: %s-%04d-%02d" % (c.prison.name[4:6].upper(), r.randrange(10000), r.randrange(22, 25)))
    p.line("Prisoner:       ", S.n("REV"), "      No: ",
           (fmt_pn(S.pn, "plain"), "prison_number", "subject"), "      DOB: ", S.d("dmy2"))
    p.line("Date of offence: ", when, "    Time: ", at, "    Place: ", r.choice(["B wing servery", "Exercise yard 2", "Workshop 4", "Landing 3"]))
    p.line("Charge:  Para 1 - commits any assault")
    p.line("")
    p.line("Details of offence:")
    p.line("At approximately ", at, " on ", when, " I, Officer ", rep.n("full"), ", was supervising the landing when I saw ", S.n("SUR"),
           " push prisoner ", victim.n("caps"), " (", (fmt_pn(victim.pn, "plain"), "prison_number", "third_party"), ") against the railings. ")
    p.line("I gave a direct order to stop. ", S.n("sur"), " replied that ", victim.n("sur"), " 'had it coming'. Officer ",
           wit.n("police"), " attended and assisted. ", victim.n("sur"), "'s lip was bleeding; seen by healthcare.")
    p.line("")
    p.line("Reporting officer:  ", rep.n("init"), "    Date/time of issue: ", c.ev_date("dmy"), " ", c.time())
    p.line("Witnesses:  Officer ", wit.n("police"), ";  prisoner ", wit_pr.n("rev"), " ", (fmt_pn(wit_pr.pn, "plain"), "prison_number", "third_party"))
    p = doc.page()
    p.line("RECORD OF HEARING  (DIS3)")
    p.line("Adjudicator:  ", adj.n("police"), ", ", adj.role, "     Opened: ", c.ev_date("dmy"), " ", c.time())
    p.line("Accused: ", S.n("full"), "  ", (fmt_pn(S.pn, "lower"), "prison_number", "subject"), "   Legal advice requested: ",
           r.choice(["Yes - adjourned", "No"]))
    p.line("")
    p.line("Accused's account: ", S.he.capitalize(), " says ", victim.n("fore"), " had been threatening ", S.his, " partner ",
           c.partner.n("full"), " over the phone and that ", wit_pr.n("sur"), " would back this up.")
    p.line("Evidence of ", wit_pr.n("sur"), ": did not see the start; heard shouting.")
    p.line("Finding: ", r.choice(["Proved", "Not proved", "Dismissed"]), "    Punishment: %d days loss of canteen; %d days cellular confinement (suspended %d weeks)" % (
        r.randrange(3, 28), r.randrange(0, 14), r.randrange(2, 12)))
    p.line("Referred to police?  No.  Copy to ", c.pp.n("init"), " (", c.pp.em(), ").")
    return doc


def doc_oasys(c):
    S, r = c.S, c.r
    doc = Doc("oasys-extract")
    pp = c.pp
    p = doc.page()
    p.line("OASys  -  Layer 3 assessment (summary extract)")
    p.line("CRN: ", (S.crn, "crn", "subject"), "     PNC: ", (fmt_pnc(S.pnc, "nosl"), "pnc", "subject"), "     NOMIS: ",
           (fmt_pn(S.pn, "plain"), "prison_number", "subject"))
    p.line("Name: ", S.n("fullmid"), "          DOB: ", S.d("long"), "          Gender: ", "Male" if S.sex == "M" else "Female")
    p.line("Assessment date: ", c.ev_date("dmy"), "     Purpose: ", r.choice(["Start of custody", "Review", "Pre-release"]))
    p.line("Assessor: ", pp.n("full"), ", ", pp.role, ", ", c.probation.name, "   Tel: ", pp.wp(), "   Email: ", pp.em())
    p.line("Countersigned: ", c.spo.n("init"), ", ", c.spo.role)
    p.line("")
    p.line("Section 2 - Analysis of offences")
    p.line("On ", c.ev_date("long"), " ", S.n("sur"), " and ", c.codefs[0].n("full"), " (co-defendant, DOB ", c.codefs[0].d("dmy"),
           ") went to the home of ", c.victim.n("full"), " at ", c.victim.ad(), ", ", c.victim.town, ". ", c.victim.n("fore"),
           " was injured. ", S.n("fore"), " minimises ", S.his, " role and blames ", c.codefs[0].n("sur"), ".")
    p.line("")
    p.line("Section 6 - Relationships")
    p.line(S.n("fore"), " describes a volatile relationship with ", c.partner.n("full"), " (DOB ", c.partner.d("iso"), "), who lives at ",
           c.partner.ad(), ", ", c.partner.town, " ", c.partner.pcd(), ". They have a child, ", c.child.n("full"), " (born ",
           c.child.d("dmy"), "). Police attended the address on ", c.ev_date("dmy"), " following a 999 call.")
    p = doc.page()
    p.line("R10 - Risk of serious harm summary")
    p.table([["Risk to", "Community", "Custody"], ["Children", "Medium", "Low"], ["Public", "High", "Low"],
             ["Known adult", "High", "Medium"], ["Staff", "Low", "Medium"]])
    p.line("")
    p.line("Who is at risk: ", c.partner.n("police"), " (ex-partner); ", c.victim.n("police"), " (victim of index offence); ",
           c.child.n("fore"), " (child, through exposure to domestic abuse).")
    p.line("Victim contact: ", c.vlo.n("full"), " (", c.vlo.role, ", ", c.vlo.wp(), ") is in contact with ", c.victim.n("sur"),
           " who has asked for exclusion zone around ", c.victim.ad(), ".")
    p.line("Proposed release address: ", c.mother.ad(), ", ", c.mother.town, " ", c.mother.pcd(), " (mother, ",
           c.mother.n("full"), ", tel ", c.mother.ph("std"), ").")
    p.line("OGRS3: %d%% / %d%%   OVP: %d%% / %d%%   RSR: %.2f%%" % (r.randrange(20, 70), r.randrange(40, 90), r.randrange(10, 50),
                                                              r.randrange(20, 70), r.uniform(1, 7)))
    return doc


def doc_healthcare(c):
    S, r = c.S, c.r
    doc = Doc("healthcare-note")
    nurse = c.nurse
    gp = c.witnesses[1]
    p = doc.page()
    p.line("HEALTHCARE  -  CLINICAL RECORD (SystmOne extract)")
    p.line("Patient: ", S.n("revmid"), "    NHS No: ", (fmt_nhs(S.nhs, "spaced"), "nhs_number", "subject"), "    DOB: ", S.d("iso"))
    p.line("NOMIS: ", (fmt_pn(S.pn, "plain"), "prison_number", "subject"), "    Location: Healthcare Unit, room %d" % r.randrange(1, 20))
    p.line("Community GP: Dr ", gp.n("init"), ", ", r.choice(["Tollgate", "Riverside", "Orchard", "Bridgefoot"]), " Medical Practice")
    p.line("")
    rows = [["Date", "Time", "Clinician", "Entry"]]
    rows.append([c.ev_date("dmy"), c.time(), nurse.n("init"), "Reception screen. BP %d/%d, pulse %d. Reports methadone %dml daily in community." % (
        r.randrange(105, 150), r.randrange(60, 95), r.randrange(55, 100), r.randrange(20, 90))])
    rows.append([c.ev_date("dmy"), c.time(), nurse.n("init"), ["Next of kin: ", c.mother.n("full"), ", ", c.mother.ph("std"), "."]])
    rows.append([c.ev_date("dmy"), c.time(), "Dr " + r.choice(["on call", "locum"]), "Reviewed. Sertraline 50mg OD started. Review 4 weeks."])
    rows.append([c.ev_date("dmy"), c.time(), nurse.n("init"), ["Sister ", c.sibling.n("full"), " rang asking for update (", c.sibling.ph("compact"),
                                                            "). No consent on file - nothing disclosed."]])
    p.table(rows, sep=" | ")
    p = doc.page()
    p.line("MENTAL HEALTH IN-REACH NOTE  -  ", S.n("init"), "  ", (fmt_nhs(S.nhs, "plain"), "nhs_number", "subject"))
    p.line("Seen by ", nurse.n("full"), " (", nurse.role, ") on ", c.ev_date("long"), ".")
    p.line(S.n("fore"), " disclosed that ", S.he, " is worried about ", c.child.n("fore"), " after hearing that ", c.partner.n("fore"),
           "'s new partner, ", c.witnesses[0].n("full"), ", has moved in. Also discussed debt to ", c.prisoners[1].n("police"), ".")
    p.line("Shared with ", c.po[0].n("full"), " (key worker) with consent. Previous NHS record under alias ", S.aliases[1].n("full"),
           " located, NHS number ", (fmt_nhs(c.ids.nhs(), "spaced"), "nhs_number", "subject"), " (duplicate, merge requested).")
    p.line("Contact: healthcare admin ", nurse.wp(), "  |  ", nurse.em())
    return doc


def doc_intel_log(c):
    S, r = c.S, c.r
    doc = Doc("intelligence-log")
    a0, a1 = c.associates
    p = doc.page()
    p.line(c.force.upper(), " POLICE  -  INTELLIGENCE REPORT")
    p.line("URN: %02d/%s/INT/%05d      Evaluation: %s/%d/%s" % (r.randrange(22, 25), c.force[:2].upper(), r.randrange(10 ** 5),
                                                          r.choice("ABC"), r.randrange(1, 4), r.choice(["P", "C"])))
    p.line("Subject: ", S.n("revmid"), "   DOB ", S.d("dmy"), "   PNC ", (fmt_pnc(S.pnc, "long"), "pnc", "subject"),
           "   CRO ", (fmt_cro(S.cro, "plain"), "cro", "subject"))
    p.line("Submitted by: ", c.analyst.n("police"), ", ", c.analyst.role, "   ", c.analyst.wp(), "   Date: ", c.ev_date("dmy"))
    p.line("")
    p.line("1. ", S.n("SUR"), " is using mobile ", S.ph("std"), " and a second handset ", S.ph("intl", S.mob2),
           ". Top-ups paid with card ", (fmt_card(S.card, "plain"), "payment_card", "subject"), ".")
    p.line("2. ", S.n("SUR"), " is known as '", S.aliases[0].n("nick"), "'. ", S.he.capitalize(), " is associating with ", a0.n("rev"),
           " (DOB ", a0.d("dmy2"), ", PNC ", (fmt_pnc(a0.pnc, "short"), "pnc", "third_party"), ") who drives ",
           (a0.vrm.replace(" ", ""), "vehicle_registration", "third_party"), ".")
    p.line("   ", S.n("sur"), " is the registered keeper of ", (S.vrm, "vehicle_registration", "subject"), " and holds driving licence ",
           (fmt_dl(S.dl, "plain"), "driving_licence", "subject"), ". Social media registration e-mail: ", S.em(), ".")
    p.line("3. A grey Vauxhall Corsa ", (c.codefs[1].vrm, "vehicle_registration", "third_party"), " registered to ", c.codefs[1].n("full"),
           " of ", c.codefs[1].ad(), ", ", c.codefs[1].town, " ", c.codefs[1].pcd(), " was seen outside ", S.ad(), " on ",
           c.ev_date("dmy"), " at ", c.time(), ".")
    p.line("4. Social media account linked to ", S.n("sur"), " logged in from IP ", (S.ip[0], "ip_address", "subject"), " and ",
           (S.ip[1], "ip_address", "subject"), " between ", c.ev_date("dmy"), " and ", c.ev_date("dmy"), ".")
    p.line("5. Messages to ", a1.n("full"), " (", a1.em(), ") sent from IP ", (a1.ip, "ip_address", "third_party"),
           " arrange a meeting at ", a1.ad(), ".")
    p = doc.page()
    p.line("6. Information suggests ", S.n("sur"), " has obtained the home address of Prison Officer ", c.po[0].n("police"),
           " at ", c.po[0].home.ad(), ", ", c.po[0].home.town, " ", (c.po[0].home.pc, "postcode", "third_party"),
           ". Officer informed by ", c.ds.n("police"), " on ", c.ev_date("dmy"), ".")
    p.line("7. CRN ", (S.crn, "crn", "subject"), " - offender manager ", c.pp.n("full"), " informed (", c.pp.em(), "). ",
           c.codefs[0].n("sur"), " is supervised under CRN ", (c.codefs[0].crn, "crn", "third_party"), ".")
    p.line("8. Victim ", c.victim.n("police"), " (NHS ", (fmt_nhs(c.victim.nhs, "spaced"), "nhs_number", "third_party"),
           ") attended A&E on ", c.ev_date("dmy"), "; injuries consistent with account. ", S.n("SUR"), " (NHS ",
           (fmt_nhs(S.nhs, "plain"), "nhs_number", "subject"), ") was treated for a hand injury the same night.")
    p.line("")
    p.line("Linked nominals")
    rows = [["Name", "DOB", "PNC", "CRO", "Passport", "Driving licence"]]
    for who in [c.codefs[0], c.codefs[1], a0]:
        rows.append([who.n("rev"), who.d("dmy"), (fmt_pnc(who.pnc, "long"), "pnc", "third_party"), (fmt_cro(who.cro, "plain"), "cro", "third_party"),
                     (who.passport, "passport", "third_party"), (fmt_dl(who.dl, r.choice(["plain", "spaced"])), "driving_licence", "third_party")])
    p.table(rows)
    p.line("")
    p.line("Handling code: %d     Risk assessment: attached     Sanitised copy to prison intelligence (%s)" % (
        r.randrange(1, 6), c.prison.name))
    p.line("Actions: ", c.dc.n("police"), " to review by ", c.ev_date("dmy"), ". Tel ", c.dc.wp("intl0"), ".")
    return doc


def doc_mg11(c):
    S, r = c.S, c.r
    w = c.witnesses[0]
    doc = Doc("mg11-statement", marking="RESTRICTED (when complete)")
    p = doc.page()
    p.line("                                                                        MG 11")
    p.line("WITNESS STATEMENT")
    p.line("(Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s. 5B)")
    p.line("URN:  %02d / %s / %05d / %02d" % (r.randrange(10, 60), c.force[:2].upper(), r.randrange(10 ** 5), r.randrange(22, 25)))
    p.line("Statement of:  ", w.n("police"))
    p.line("Age if under 18:  Over 18          Occupation:  ", r.choice(["Retail supervisor", "Bus driver", "Care worker", "Student", "Nurse"]))
    p.line("This statement (consisting of 2 page(s) each signed by me) is true to the best of my knowledge and belief ...")
    p.line("Signature: ", w.n("init"), "                 Date: ", c.ev_date("dmy"))
    p.line("")
    p.line("I live at the address overleaf. On ", c.ev_date("long"), " at about ", c.time(), " I was walking along ",
           r.choice(STREET_A) + " " + r.choice(STREET_B), " when I heard shouting. I saw a ", S.noun, " I now know to be ", S.n("full"),
           ". I have known ", S.n("fore"), " by sight for about %d years; people call %s '" % (r.randrange(2, 10), S.him), S.aliases[0].n("nick"), "'.")
    p.line(S.he.capitalize(), " was with a man I know as ", c.codefs[0].n("fore"), ". The second man had a black holdall. They got into a car, ",
           "registration ", (c.codefs[0].vrm, "vehicle_registration", "third_party"), ". I wrote the number on my hand.")
    p.line("I then saw ", c.victim.n("full"), " on the ground. I know ", c.victim.n("fore"), " from the gym. I phoned 999 from my mobile.")
    p = doc.page()
    p.line("Witness contact details")
    p.line("Home address:      ", w.ad(), ", ", w.town)
    p.line("Postcode:          ", w.pcd())
    p.line("Home telephone:    ", (fmt_phone(c.ids.landline(), "std"), "phone", "third_party"), "     Mobile: ", w.ph("std"))
    p.line("E-mail:            ", w.em())
    p.line("Date of birth:     ", w.d("dash"), "     Male/Female: ", "M" if w.sex == "M" else "F")
    p.line("Dates to avoid:    ", c.ev_date("dmy"), ", ", c.ev_date("dmy"))
    p.line("Special measures:  ", r.choice(["Screens requested", "None", "Live link requested"]))
    p.line("")
    p.line("Statement taken by:  DC ", c.dc.n("police"), "     Station: ", c.police.town, "     Time: ", c.time())
    p.line("Second witness to identification:  ", c.witnesses[1].n("full"), ", DOB ", c.witnesses[1].d("ord"), ", ",
           c.witnesses[1].ph("compact"))
    return doc


def doc_financial(c):
    S, r = c.S, c.r
    doc = Doc("financial-investigation")
    fi = c.fi
    p = doc.page()
    p.line("FINANCIAL INVESTIGATION REPORT  -  Proceeds of Crime Act 2002")
    p.line("Ref: FIU/%02d/%04d      Prepared by: " % (r.randrange(22, 25), r.randrange(10000)), fi.n("full"), ", ", fi.role)
    p.line("Contact: ", fi.wp(), " / ", fi.em())
    p.line("")
    p.line("Subject:  ", S.n("fullmid"), "   DOB ", S.d("ord"), "   NI ", (fmt_ni(S.ni, "spaced"), "ni_number", "subject"))
    p.line("Identity documents recovered:  passport ", (S.passport, "passport", "subject"), "; driving licence ",
           (fmt_dl(S.dl, "spaced"), "driving_licence", "subject"))
    p.line("")
    p.line("Accounts identified (production orders served ", c.ev_date("dmy"), "):")
    rows = [["Holder", "Sort code", "Account no", "IBAN", "Balance"]]
    rows.append([S.n("rev"), (fmt_sort(S.sort, "dash"), "sort_code", "subject"), (S.acct, "account_number", "subject"),
                 "-", "£%d.%02d" % (r.randrange(0, 5000), r.randrange(100))])
    rows.append([S.aliases[1].n("rev"), (fmt_sort(S.sort2, "plain"), "sort_code", "subject"), (S.acct2, "account_number", "subject"),
                 (fmt_iban(S.iban, "spaced"), "iban", "subject"), "£%d.%02d" % (r.randrange(0, 20000), r.randrange(100))])
    rows.append([c.partner.n("rev"), (fmt_sort(c.partner.sort, "dash"), "sort_code", "third_party"),
                 (c.partner.acct, "account_number", "third_party"), (fmt_iban(c.partner.iban, "plain"), "iban", "third_party"),
                 "£%d.%02d" % (r.randrange(0, 3000), r.randrange(100))])
    p.table(rows)
    p.line("")
    p.line("Cards: Visa debit ", (fmt_card(S.card, "spaced"), "payment_card", "subject"), " (", S.n("init"), "); prepaid card ",
           (fmt_card(c.associates[0].card, "dash"), "payment_card", "third_party"), " in the name of ", c.associates[0].n("full"), ".")
    p = doc.page()
    p.line("Significant transactions")
    rows = [["Date", "From", "To", "Amount", "Reference"]]
    for who in [c.partner, c.associates[0], c.mother, c.associates[1], c.codefs[1]]:
        rows.append([c.ev_date("dmy"), S.n(r.choice(["init", "sur", "SUR"])),
                     [who.n("init"), " ", (fmt_sort(who.sort, r.choice(["dash", "space"])), "sort_code", "third_party"), " ",
                      (who.acct, "account_number", "third_party")],
                     "£%d.00" % r.randrange(50, 3000), r.choice(["RENT", "CAR", "BDAY", "LOAN", "THANKS", "REF %d" % r.randrange(1000, 9999)])])
    p.table(rows, sep=" | ")
    p.line("")
    p.line("International transfers: £%d.00 to IBAN " % r.randrange(200, 4000), (fmt_iban(c.associates[0].iban, "spaced"), "iban", "third_party"),
           " (", c.associates[0].n("police"), ") and £%d.00 to " % r.randrange(200, 4000),
           (fmt_iban(c.associates[1].iban, "plain"), "iban", "third_party"), " (", c.associates[1].n("police"), ").")
    p.line("Vehicle ", (S.vrm.replace(" ", ""), "vehicle_registration", "subject"), " bought for £%d cash on " % r.randrange(1500, 9000),
           c.ev_date("dmy"), ". Online banking e-mail on file: ", S.em(), ".")
    p.line("Online banking sessions on the second account came from IP ", (S.ip[0], "ip_address", "subject"), " and from ", (c.associates[1].ip, "ip_address", "third_party"),
           " (an address also used by ", c.associates[1].n("police"), ").")
    p.line("Mother ", c.mother.n("full"), " holds NI ", (fmt_ni(c.mother.ni, "plain"), "ni_number", "third_party"),
           " and received benefit payments into the same account. ", c.partner.n("fore"), "'s NI number is ",
           (fmt_ni(c.partner.ni, "mid"), "ni_number", "third_party"), ".")
    p.line("Total benefit figure: £%d,%03d.%02d.  Available amount: £%d.%02d." % (r.randrange(5, 90), r.randrange(1000), r.randrange(100),
                                                                                r.randrange(100, 9000), r.randrange(100)))
    return doc


def doc_text_transcript(c):
    S, r = c.S, c.r
    doc = Doc("text-transcript")
    a0 = c.associates[0]
    p = doc.page()
    p.line("EXHIBIT DL/%02d - Handset download, messages extract" % r.randrange(1, 20))
    p.line("Device owner: ", S.n("full"), "   Number: ", S.ph("intl"), "   Examined by: ", c.analyst.n("init"))
    p.line("")
    msgs = [
        ("Out", [a0.n("nick"), " (", a0.ph("intl"), ")"], ["u at ", c.partner.n("lower"), "'s later? 🙂"]),
        ("In", [a0.n("nick"), " (", a0.ph("intl"), ")"], ["ye after 8. tell ", c.codefs[0].n("fore"), " bring the ting"]),
        ("Out", ["Mum (", c.mother.ph("compact"), ")"], ["Mum can u put money on my card ", (fmt_card(S.card, "plain"), "payment_card", "subject"), " x"]),
        ("In", ["Mum (", c.mother.ph("compact"), ")"], ["Done £40. Love u. Dont get into trouble with ", c.codefs[0].n("sur"), " again"]),
        ("In", ["Unknown (", c.associates[1].ph("intl"), ")"], ["its ", c.associates[1].n("fore"), ". new number. meet ", c.associates[1].ad(), " 2moro"]),
        ("Out", [c.partner.n("nick"), " ❤ (", c.partner.ph("std"), ")"], ["sorry babe. i will sort it. kiss ", c.child.n("fore"), " for me"]),
        ("In", [c.partner.n("nick"), " ❤ (", c.partner.ph("std"), ")"], ["dont text me. ", c.witnesses[0].n("fore"), " is here"]),
        ("Out", [a0.n("nick"), " (", a0.ph("intl"), ")"], ["wheres ", c.codefs[1].n("fore"), "? his car ", (c.codefs[1].vrm, "vehicle_registration", "third_party"), " is outside"]),
        ("In", [a0.n("nick"), " (", a0.ph("intl"), ")"], ["dunno bro. email him ", c.codefs[1].em()]),
    ]
    rows = [["#", "Date/Time (UTC)", "Dir", "Party", "Message"]]
    for i, (d, who, body) in enumerate(msgs, 1):
        rows.append([str(i), c.ev_date("dmy") + " " + c.time() + ":%02d" % r.randrange(60), d, who, body])
    p.table(rows)
    p.line("")
    p.line("Contacts saved on handset (extract):")
    for label, who in [("Mum", c.mother), (a0.n("fore"), a0), ("Brief", c.solicitor)]:
        p.line("  ", label, "  ", who.ph("compact"), "  ", who.em())
    return doc


def doc_email(c):
    S, r = c.S, c.r
    pp, dc = c.pp, c.dc
    doc = Doc("email-printout", marking="")
    p = doc.page()
    p.line("From:     ", pp.n("full"), " <", pp.em(), ">")
    p.line("Sent:     ", c.ev_date("long"), " ", c.time())
    p.line("To:       ", dc.n("police"), " <", dc.em(), ">; Public Protection Unit <", c.police.em(), ">")
    p.line("Cc:       ", c.spo.n("full"), " <", c.spo.em(), ">")
    p.line("Subject:  RE: ", S.n("SUR"), " ", (S.crn, "crn", "subject"), " - information request (domestic abuse call-outs)")
    p.line("")
    p.line("Hi ", dc.n("fore"), ",")
    p.line("")
    p.line("Thanks for the call earlier. As discussed, ", S.n("full"), " (DOB ", S.d("dmy"), ", PNC ", (fmt_pnc(S.pnc, "long"), "pnc", "subject"),
           ") is due for release on ", c.ev_date("dmy"), ". The proposed address is ", c.mother.ad(), ", ", c.mother.town, " ", c.mother.pcd(),
           ", ", S.his, " mother's home.")
    p.line("Could you let me know of any call-outs to ", c.partner.ad(), " (", c.partner.n("full"), ", DOB ", c.partner.d("dmy"),
           ") since ", c.ev_date("dmy"), "? ", c.partner.n("sur"), " has a child with ", S.n("fore"), ", ", c.child.n("fore"),
           " (DOB ", c.child.d("dmy"), ").")
    p.line("")
    p.line("Kind regards")
    p.line(pp.n("full"))
    p.line(pp.role, " | ", c.probation.name)
    p.line(c.probation.ad(), ", ", c.probation.town, " ", c.probation.pcd())
    p.line("Tel: ", pp.wp(), "  |  Mobile (work): ", (fmt_phone(c.ids.mobile(), "std"), "phone", "staff"))
    p.line("")
    p.line("-----Original Message-----")
    p.line("From: ", dc.n("rev"), " <", dc.em(), ">")
    p.line("Sent: ", c.ev_date("long"), " ", c.time())
    p.line("To: ", pp.n("rev"), " <", pp.em(), ">")
    p.line("Subject: ", S.n("SUR"), " ", (S.crn, "crn", "subject"))
    p.line("")
    p.line(pp.n("fore"), " - we have ", S.n("sur"), " linked to ", str(r.randrange(2, 7)), " incidents. Give me a ring on ",
           dc.wp("std"), ". Off duty from Friday; if urgent my own mobile is ", (fmt_phone(dc.personal_mob, "std"), "phone", "third_party"),
           " (", c.pc.n("fore"), " is covering).")
    p.line(dc.rank, " ", dc.n("police"))
    return doc


def doc_complaint_reply(c):
    S, r = c.S, c.r
    g = c.gov
    doc = Doc("complaint-reply", marking="")
    p = doc.page()
    p.line(c.prison.name)
    p.line(c.prison.ad())
    p.line(c.prison.town)
    p.line(c.prison.pcd())
    p.line("Tel: ", c.prison.ph(), "   Email: ", c.prison.em())
    p.line("")
    p.line(S.title(), " ", S.n("init"), "  ", (fmt_pn(S.pn, "plain"), "prison_number", "subject"))
    p.line("Cell %s-%d-%03d" % (r.choice("ABCDEF"), r.randrange(1, 5), r.randrange(1, 40)))
    p.line("")
    p.line("Date: ", c.ev_date("dmy"), "      Your complaint dated: ", c.ev_date("dmy"), "      Our ref: COMP/%04d/%02d" % (r.randrange(10000), r.randrange(22, 25)))
    p.line("")
    p.line("Dear ", S.title(), " ", S.n("sur"), ",")
    p.line("")
    p.line("Response to your COMP1 about property lost on transfer from ", c.prev_prison, ".")
    p.line("I have looked into your complaint. I spoke to Officer ", c.po[2].n("police"), ", who completed your property card, and to ",
           c.so.n("full"), ", ", c.so.role, ". The record shows %d sealed bags (seal numbers %d and %d) left %s." % (
               r.randrange(2, 5), r.randrange(10 ** 6, 10 ** 7), r.randrange(10 ** 6, 10 ** 7), c.prev_prison))
    p.line("You say that your ", r.choice(["trainers", "radio", "photographs", "watch"]), " and a letter from ", c.mother.n("full"),
           " are missing. The letter was addressed to you at ", c.prev_prison, " from ", c.mother.ad(), " and was logged on ", c.ev_date("dmy"), ".")
    p.line("Your complaint is upheld in part. I have authorised compensation of £%d.%02d." % (r.randrange(10, 120), r.randrange(100)))
    p.line("If you are not satisfied you may appeal using a COMP1A within 7 days, or write to the Prisons and Probation Ombudsman.")
    p.line("")
    p.line("Yours sincerely,")
    p.line("")
    p.line(g.n("full"))
    p.line(g.role, "   Tel ", g.wp(), "   ", g.em())
    return doc


def doc_family_letter(c):
    S, r = c.S, c.r
    f = c.partner
    doc = Doc("family-letter", marking="[Scanned handwritten letter - transcribed by mailroom]")
    p = doc.page()
    p.line("                                        ", f.ad())
    p.line("                                        ", f.town)
    p.line("                                        ", f.pcd("nospace"))
    p.line("                                        ", c.ev_date("ord"))
    p.line("")
    p.line("Dear ", S.aliases[0].n("nick"), ",")
    p.line("")
    p.line("I got your VO for the ", c.ev_date("ord"), ". ", c.child.n("fore"), " keeps asking for you. Your mum came round Sunday, she says ",
           "to ring her on ", c.mother.ph("split"), " not the old number.")
    p.line(c.codefs[0].n("fore"), "'s been round again asking about the car (", (c.codefs[0].vrm.replace(" ", ""), "vehicle_registration", "third_party"),
           "). I told him I don't know nothing. ", c.witnesses[0].n("full"), " from number %d said the police were asking questions too." % r.randrange(1, 99))
    p.line("I put £%d on your account. If you need more tell me and I'll do a transfer, my sort code is " % r.randrange(10, 60),
           (fmt_sort(f.sort, "space"), "sort_code", "third_party"), " account ", (f.acct, "account_number", "third_party"), " if your brief asks.")
    p.line("Email me on ", f.em(), " through the email a prisoner thing. My new number is ", f.ph("split", f.mob_new), ".")
    p.line("")
    p.line("Love always,")
    p.line(f.n("nick"), " xx")
    p.line("")
    p.line("[Envelope: addressed to ", S.n("caps"), " ", (fmt_pn(S.pn, "plain"), "prison_number", "subject"), ", ", c.prison.name,
           ", ", c.prison.ad(), ", ", c.prison.town, " ", c.prison.pcd(), ". Opened and read by ", c.osg.n("init"), " ", c.ev_date("dmy"), "]")
    return doc


def doc_mappa(c):
    S, r = c.S, c.r
    doc = Doc("mappa-minutes")
    p = doc.page()
    p.line("MAPPA LEVEL 2 MEETING - MINUTES (confidential)")
    p.line("Offender: ", S.n("revmid"), "   CRN ", (S.crn, "crn", "subject"), "   DOB ", S.d("oracle"), "   NOMS ",
           (fmt_pn(S.pn, "half"), "prison_number", "subject"))
    p.line("Date of meeting: ", c.ev_date("long"), "    Venue: ", c.probation.name, ", room %d" % r.randrange(1, 12))
    p.line("")
    p.line("Attendees")
    rows = [["Name", "Agency / role", "Contact"]]
    for st in [c.spo, c.pp, c.ds, c.vlo, c.gov, c.analyst]:
        rows.append([st.n(r.choice(["full", "police", "revmixed"])), st.org.name + ", " + st.role, st.em()])
    p.table(rows, sep=" | ")
    p.line("Apologies: ", c.nurse.n("full"), " (healthcare)")
    p.line("")
    p.line("Discussion")
    p.line(c.pp.n("fore"), " summarised the index offence against ", c.victim.n("full"), " and the history with ", c.partner.n("full"),
           ". ", c.vlo.n("init"), " reported that ", c.victim.n("sur"), " has moved to ", c.victim.ad(), ", ", c.victim.town, " ",
           c.victim.pcd(), " and asked that this is not shared with ", S.n("sur"), ".")
    p = doc.page()
    p.line(c.ds.n("init"), " reported that ", S.n("sur"), " continues to contact ", c.associates[0].n("full"), " (PNC ",
           (fmt_pnc(c.associates[0].pnc, "long"), "pnc", "third_party"), ", CRO ", (fmt_cro(c.associates[0].cro, "plain"), "cro", "third_party"),
           ") and ", c.codefs[1].n("rev"), " (CRO ", (fmt_cro(c.codefs[1].cro, "pad"), "cro", "third_party"), ").")
    p.line("Licence conditions recommended: no contact with ", c.victim.n("police"), " or ", c.partner.n("police"),
           "; exclusion zone as per map; reside at approved premises.")
    p.line("")
    p.table([["Action", "Owner", "Due"],
             ["Refer to approved premises", c.pp.n("init"), c.ev_date("dmy")],
             ["Victim safety plan", c.vlo.n("init"), c.ev_date("dmy")],
             ["Police marker on victim address", c.ds.n("init"), c.ev_date("dmy")]])
    p.line("")
    p.line("Next meeting: ", c.ev_date("dmy"), ". Minutes by ", c.spo.n("full"), ", MAPPA coordinator ", c.spo.wp("bracket"), ".")
    return doc


def doc_court_list(c):
    S, r = c.S, c.r
    doc = Doc("court-hearing-record")
    p = doc.page()
    p.line(c.court.name.upper(), "  -  RECORD OF HEARING")
    p.line(c.court.ad(), ", ", c.court.town, " ", c.court.pcd(), "     Listing office: ", c.court.ph(), "   ", c.court.em())
    p.line("Case no: T%d%04d     Court %d     Hearing date: %s" % (r.randrange(2022, 2025), r.randrange(10000), r.randrange(1, 9), c.ev_date("dmy")))
    p.line("")
    p.table([["Defendant", "DOB", "PNC", "Custody"],
             [S.n("caps"), S.d("dmy"), (fmt_pnc(S.pnc, "short"), "pnc", "subject"), c.prison.name],
             [c.codefs[0].n("caps"), c.codefs[0].d("dmy"), (fmt_pnc(c.codefs[0].pnc, "short"), "pnc", "third_party"), "Bail"],
             [c.codefs[1].n("caps"), c.codefs[1].d("dmy"), (fmt_pnc(c.codefs[1].pnc, "long"), "pnc", "third_party"), "Bail"]])
    p.line("")
    p.line("Prosecution: Crown Prosecution Service.  Defence: ", c.solicitor.n("full"), " (", c.sol_firm, ").")
    p.line("Pleas: ", S.n("SUR"), " - not guilty; ", c.codefs[0].n("SUR"), " - guilty; ", c.codefs[1].n("SUR"), " - not guilty.")
    p.line("Trial fixed for ", c.ev_date("dmy"), ", time estimate %d days. Witnesses required: " % r.randrange(2, 10),
           c.witnesses[0].n("full"), ", ", c.witnesses[1].n("full"), ", ", c.victim.n("full"), ".")
    p.line("Restraining order sought protecting ", c.victim.n("full"), " (DOB ", c.victim.d("dmy"), ").")
    p.line("Clerk: ", c.usher.n("police"), "   ", c.usher.wp(), "   ", c.usher.em())
    return doc


# --------------------------------------------------------------------------
# Bundle assembly, checks and summary.

CORE = [doc_prisoner_profile, doc_financial, doc_intel_log]
OPTIONAL = [doc_custody_record, doc_visit_log, doc_pin_phone, doc_case_notes, doc_adjudication,
            doc_oasys, doc_healthcare, doc_mg11, doc_text_transcript, doc_email,
            doc_complaint_reply, doc_family_letter, doc_mappa, doc_court_list]


def subject_block(c):
    S = c.S
    return {
        "name": S.n("fullmid")[0],
        "aliases": [S.aliases[0].n("full")[0], S.aliases[1].n("full")[0]],
        "date_of_birth": S.dob.isoformat(),
        "prison_number": S.pn,
        "identifiers": {"pnc": fmt_pnc(S.pnc, "long"), "cro": fmt_cro(S.cro, "plain"), "crn": S.crn,
                        "ni_number": S.ni, "nhs_number": S.nhs, "passport": S.passport,
                        "driving_licence": S.dl},
        "contact": {"addresses": ["%s, %s %s" % (S.street, S.town, S.pc)],
                    "phones": [fmt_phone(S.mob, "std"), fmt_phone(S.mob2, "std")],
                    "emails": [S.email]},
    }


def build_bundle(n, first_extra):
    """Bundle n takes 3-5 optional kinds in rotation from OPTIONAL[first_extra]."""
    rng = random.Random(SEED * 100 + n)
    c = Cast(n - 1, rng)
    extra = [OPTIONAL[(first_extra + i) % len(OPTIONAL)] for i in range(3 + n % 3)]
    builders = CORE[1:] + extra
    rng.shuffle(builders)
    builders = CORE[:1] + builders
    docs = [b(c).finish("doc-%02d" % (i + 1)) for i, b in enumerate(builders)]
    return {"bundle_id": "third-%02d" % n, "subject": subject_block(c), "documents": docs}


def check_bundle(b):
    for d in b["documents"]:
        assert 1 <= len(d["pages"]) <= 3, d["id"]
        spans = {}
        for it in d["truth"]:
            raw = d["pages"][it["page"]].encode("utf-8")
            assert raw[it["begin"]:it["end"]].decode("utf-8") == it["text"], (b["bundle_id"], d["id"], it)
            assert it["text"] and it["text"] == it["text"].strip(), it
            assert it["category"] in CATEGORIES and it["party"] in PARTIES, it
            spans.setdefault(it["page"], []).append((it["begin"], it["end"]))
        for page_spans in spans.values():
            page_spans.sort()
            for (b0, e0), (b1, e1) in zip(page_spans, page_spans[1:]):
                assert e0 <= b1, (b["bundle_id"], d["id"], b0, b1)
    assert 6 <= len(b["documents"]) <= 10


def summary(bundles):
    counts = {}
    for b in bundles:
        for d in b["documents"]:
            for it in d["truth"]:
                counts[(it["category"], it["party"])] = counts.get((it["category"], it["party"]), 0) + 1
    print("%-22s" % "category" + "".join("%13s" % p for p in PARTIES) + "%8s" % "total")
    for cat in CATEGORIES:
        row = [counts.get((cat, p), 0) for p in PARTIES]
        print("%-22s" % cat + "".join("%13d" % x for x in row) + "%8d" % sum(row))
    cols = [sum(counts.get((cat, p), 0) for cat in CATEGORIES) for p in PARTIES]
    print("%-22s" % "total" + "".join("%13d" % x for x in cols) + "%8d" % sum(cols))
    for b in bundles:
        present = {it["category"] for d in b["documents"] for it in d["truth"]}
        missing = [cat for cat in CATEGORIES if cat not in present]
        print("%s: %d documents, %d items%s" % (b["bundle_id"], len(b["documents"]),
                                               sum(len(d["truth"]) for d in b["documents"]),
                                               ("; missing " + ", ".join(missing)) if missing else ""))


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: evalgen_third.py OUTPUT_DIR")
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    bundles, first = [], 0
    for n in range(1, 11):
        bundles.append(build_bundle(n, first))
        first += 3 + n % 3
    for b in bundles:
        check_bundle(b)
    for n, b in enumerate(bundles, 1):
        with open(os.path.join(out, "bundle-%02d.json" % n), "w", encoding="utf-8") as f:
            json.dump(b, f, ensure_ascii=False, indent=1)
            f.write("\n")
    summary(bundles)


if __name__ == "__main__":
    main(sys.argv)
