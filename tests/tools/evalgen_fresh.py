#!/usr/bin/env python3
# evalgen_fresh.py: a second, independent held-out labelled evaluation set for disclose's
# detection engine ("eval-fresh").
#
# What it is
#   Synthetic subject-access-request bundles from UK prison, probation, police and court
#   work, written as a PDF text extractor would give them (plain lines, tables whose columns
#   are separated by two or more spaces, "Label:   value" forms). Every piece of personal
#   data is labelled with its category and party (subject, third_party, staff, public_body)
#   and its byte span in the UTF-8 text of its page.
#
# Independence
#   This file was written without reading the detection rules, name lists or code under
#   stages/detect/, the other evaluation-set generators under tests/tools/, or their data
#   under tests/data/. Its templates, phrasing, layouts, name pools, streets and towns are
#   its own. Formats and check digits follow ../shared/reference/uk-identifiers.md; the
#   kinds of documents and people follow ../shared/reference/domain.md. The detector was
#   not used to shape this data.
#
# Run
#   python3 tests/tools/evalgen_fresh.py tests/data/eval-fresh
#   (deterministic: a fixed seed, so two runs write identical files; standard library only)
#
# Safety of the synthetic data
#   Phones come only from Ofcom's drama ranges; NHS numbers from the never-issued 999 range;
#   e-mail domains are example.* or *.example.cjsm.net; IP addresses are documentation
#   ranges; bank codes in IBANs are made up; card numbers are Luhn-valid test-style numbers.
#   The only real organisation contact details are the published public-body numbers and
#   postcodes allowed by the brief (labelled party "public_body").

import json
import os
import random
import re
import sys
import unicodedata
from datetime import date, timedelta

SEED = 20250611
N_BUNDLES = 12

# ----------------------------------------------------------------------------------------
# Markup: a labelled item is embedded in ordinary strings as \x01cat\x1fparty\x1ftext\x02,
# so templates stay plain f-strings; rendering turns it into text plus byte spans.
# ----------------------------------------------------------------------------------------

CATEGORIES = ["name", "prison_number", "pnc", "cro", "crn", "ni_number", "nhs_number",
              "date_of_birth", "phone", "email", "postcode", "address",
              "vehicle_registration", "passport", "driving_licence", "sort_code",
              "account_number", "payment_card", "iban", "ip_address"]
PARTIES = ["subject", "third_party", "staff", "public_body"]
MARK_RE = re.compile(r"\x01([a-z_]+)\x1f([a-z_]+)\x1f([^\x01\x02\x1f]*)\x02")


def M(text, cat, party):
    """Label text as one item of category cat belonging to party."""
    assert cat in CATEGORIES and party in PARTIES, (cat, party)
    return f"\x01{cat}\x1f{party}\x1f{text}\x02"


def visible(s):
    """The text of a marked-up string as it will appear on the page."""
    return MARK_RE.sub(lambda m: m.group(3), s)


def row(cells, widths):
    """One table line: cells padded to column widths, always at least two spaces apart."""
    out = ""
    for cell, w in zip(cells[:-1], widths):
        out += cell + " " * max(2, w - len(visible(cell)))
    return out + cells[-1]


def render(marked):
    """Marked-up page -> (UTF-8 bytes, spans [(begin, end, cat, party, text)])."""
    out = bytearray()
    spans = []
    pos = 0
    for m in MARK_RE.finditer(marked):
        out += marked[pos:m.start()].encode("utf-8")
        begin = len(out)
        out += m.group(3).encode("utf-8")
        spans.append((begin, len(out), m.group(1), m.group(2), m.group(3)))
        pos = m.end()
    out += marked[pos:].encode("utf-8")
    assert b"\x01" not in out and b"\x02" not in out and b"\x1f" not in out, "stray markup"
    return bytes(out), spans


# ----------------------------------------------------------------------------------------
# Identifier helpers (each names its check rule)
# ----------------------------------------------------------------------------------------

L23 = "ZABCDEFGHJKLMNPQRTUVWXY"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def pnc_check(yy, serial):
    # PNC: L23[int(YY + 7-digit zero-padded serial) mod 23]
    return L23[int(f"{yy:02d}{serial:07d}") % 23]


def cro_check(serial, yy):
    # CRO standard form NNNNNN/YYD: L23[int(YY + 6-digit zero-padded serial) mod 23]
    return L23[int(f"{yy:02d}{serial:06d}") % 23]


def cro_sf_check(yy, serial):
    # CRO SF form SFYY/NNNNNND: L23[int(YY + serial, not padded) mod 23] (MoJ implementation)
    return L23[int(f"{yy:02d}{serial}") % 23]


def nhs_check(stem9):
    # NHS: 11 - (sum of d1..d9 x weights 10..2 mod 11); 11 -> 0; 10 means no valid number
    c = 11 - sum(int(d) * w for d, w in zip(stem9, range(10, 1, -1))) % 11
    return 0 if c == 11 else (None if c == 10 else c)


def luhn_check(digits):
    # Luhn: double every second digit from the right of payload+check; total mod 10 == 0
    total = 0
    for i, d in enumerate(reversed(digits + "0")):
        n = int(d)
        if i % 2 == 1:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return str((10 - total % 10) % 10)


def iban_check(bban):
    # IBAN (ISO 7064 MOD 97-10): check = 98 - int(BBAN + "GB00" with A=10..Z=35) mod 97
    s = bban + "GB00"
    n = int("".join(str(int(c, 36)) for c in s))
    return f"{98 - n % 97:02d}"


def iban_valid(iban):
    # IBAN: rearranged (first four to the end) numeric value mod 97 == 1
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"     # NINO: D F I Q U V never first
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"     # NINO: D F I Q U V and O never second
NI_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ",
             "OO", "CR", "FY", "MW", "NC", "PP", "PY", "PZ"}  # HMRC unused + admin prefixes


def ni_valid(ni):
    # NINO: allowed letter pair, not a banned pair, 6 digits, suffix A-D
    return (len(ni) == 9 and ni[0] in NI_FIRST and ni[1] in NI_SECOND
            and ni[:2] not in NI_BANNED and ni[2:8].isdigit() and ni[8] in "ABCD")


PC_A1 = "ABCDEFGHIJKLMNOPRSTUWYZ"   # postcode position 1: not Q V X
PC_A2 = "ABCDEFGHKLMNOPQRSTUVWXY"   # position 2: not I J Z
PC_A3 = "ABCDEFGHJKPSTUW"           # position 3 of ANA
PC_A4 = "ABEHMNPRVWXY"              # position 4 of AANA
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"      # inward letters: not C I K M O V
POSTCODE_RE = re.compile(r"^(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|"
                         r"[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
                         r" [0-9][ABD-HJLNP-UW-Z]{2}$")
VRM_TAG = "ABCDEFGHJKLMNOPRSTUVWXY"  # VRM memory tag letters: no I, Q, Z
VRM_RND = "ABCDEFGHJKLMNOPRSTUVWXYZ"  # VRM random letters: no I, Q
VRM_RE = re.compile(r"^[A-HJ-PR-Y]{2}(?:0[2-9]|[1-7][0-9]) [A-HJ-PR-Z]{3}$")
MADE_UP_BANKS = ["QXBK", "ZQRB", "XKVB", "QZNB", "JXQB", "VQXB"]  # not real BIC prefixes
CARD_PREFIXES = ["400000", "411111", "424242", "555555", "510510", "222300"]


class IdGen:
    """Generates identifiers, never the same one twice across the whole set."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def _uniq(self, make):
        for _ in range(1000):
            v = make()
            key = json.dumps(v, sort_keys=True, default=str)
            if key not in self.used:
                self.used.add(key)
                return v
        raise RuntimeError("identifier space exhausted")

    def prison_number(self):
        # NOMS prison number: letter, 4 digits, 2 letters (shape only; no check character)
        r = self.rng
        return self._uniq(lambda: r.choice("ABGH") + f"{r.randint(1000, 9999)}"
                          + r.choice(UPPER) + r.choice(UPPER))

    def pnc(self, first_year=1994):
        # PNC ID: (4-digit year, serial, L23 check) -- check per pnc_check
        r = self.rng

        def make():
            year = r.randint(min(first_year, 2021), 2021)
            serial = r.randint(10000, 999999)
            return (year, serial, pnc_check(year % 100, serial))
        return self._uniq(make)

    def cro(self, first_year=1990):
        # CRO: standard (serial, YY, check) or SF (SF, YY, serial, check)
        r = self.rng

        def make():
            yy = r.randint(min(first_year, 2021), 2021) % 100
            if r.random() < 0.2:
                serial = r.randint(10000, 999999)
                return ("SF", yy, serial, cro_sf_check(yy, serial))
            serial = r.randint(1000, 999999)
            return ("STD", yy, serial, cro_check(serial, yy))
        return self._uniq(make)

    def crn(self):
        # nDelius CRN: letter + 6 digits (no check digit)
        r = self.rng
        return self._uniq(lambda: r.choice("DEFHJKLMNPRT") + f"{r.randint(100000, 999999)}")

    def ni(self):
        # NINO: valid prefix pair, 6 digits, suffix A-D (ni_valid)
        r = self.rng

        def make():
            while True:
                v = (r.choice(NI_FIRST) + r.choice(NI_SECOND)
                     + f"{r.randint(0, 999999):06d}" + r.choice("ABCD"))
                if ni_valid(v):
                    return v
        return self._uniq(make)

    def nhs(self):
        # NHS number in the never-issued 999 range with a valid mod-11 check digit
        r = self.rng

        def make():
            while True:
                stem = "999" + f"{r.randint(0, 999999):06d}"
                c = nhs_check(stem)
                if c is not None:
                    return stem + str(c)
        return self._uniq(make)

    def passport(self):
        # UK passport (current form): 9 digits, no public check digit
        r = self.rng
        return self._uniq(lambda: f"{r.randint(100000000, 999999999)}")

    def driving_licence(self, last, first, middle, dob, sex):
        # DVLA: surname(5, 9-padded) + decade + month(+50 if F) + day + year digit
        #       + 2 initials (9 if no middle) + arbitrary 9 + 2 check letters
        r = self.rng
        letters = re.sub(r"[^A-Z]", "", last.upper().replace("MAC", "MC"))
        sur = (letters + "99999")[:5]
        month = dob.month + (50 if sex == "F" else 0)
        inits = first[0].upper() + (middle[0].upper() if middle else "9")
        body = f"{sur}{(dob.year // 10) % 10}{month:02d}{dob.day:02d}{dob.year % 10}{inits}9"
        return self._uniq(lambda: body + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
                          + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))

    def postcode(self):
        # Postcode: outward per position rules (AN, ANN, AAN, AANN, ANA, AANA) + inward NAA
        r = self.rng

        def make():
            shape = r.choice(["AN", "ANN", "AAN", "AANN", "AAN", "AANN", "ANA", "AANA"])
            out = r.choice(PC_A1)
            if shape.startswith("AA"):
                out += r.choice(PC_A2)
            out += str(r.randint(1, 9))
            if shape in ("ANN", "AANN"):
                out += str(r.randint(0, 9))
            if shape == "ANA":
                out += r.choice(PC_A3)
            if shape == "AANA":
                out += r.choice(PC_A4)
            pc = f"{out} {r.randint(0, 9)}{r.choice(PC_IN)}{r.choice(PC_IN)}"
            if pc in ("SK9 5AF", "B2 4BH") or not POSTCODE_RE.match(pc):
                return make()
            return pc
        return self._uniq(make)

    def vehicle(self):
        # Current-format VRM: 2-letter tag (no I Q Z) + age id 02-24/51-74 + 3 letters (no I Q)
        r = self.rng

        def make():
            age = r.choice([r.randint(2, 24), r.randint(51, 74)])
            v = (r.choice(VRM_TAG) + r.choice(VRM_TAG) + f"{age:02d} "
                 + "".join(r.choice(VRM_RND) for _ in range(3)))
            assert VRM_RE.match(v), v
            return v
        return self._uniq(make)

    def bank(self):
        # Sort code (6 digits), account (8 digits) and the GB IBAN built from them (iban_check)
        r = self.rng

        def make():
            sort = f"{r.randint(10, 99)}{r.randint(0, 9999):04d}"
            acct = f"{r.randint(10000000, 99999999)}"
            bban = r.choice(MADE_UP_BANKS) + sort + acct
            iban = "GB" + iban_check(bban) + bban
            assert iban_valid(iban)
            return (sort, acct, iban)
        return self._uniq(make)

    def card(self):
        # Test-style PAN (16 digits) with a Luhn check digit
        r = self.rng

        def make():
            payload = r.choice(CARD_PREFIXES) + f"{r.randint(0, 999999999):09d}"
            return payload + luhn_check(payload)
        return self._uniq(make)

    def ip(self):
        # Documentation addresses only: RFC 5737 IPv4 ranges or RFC 3849 IPv6 2001:db8::/32
        r = self.rng

        def make():
            k = r.random()
            if k < 0.8:
                net = r.choice(["192.0.2", "198.51.100", "203.0.113"])
                return f"{net}.{r.randint(1, 254)}"
            return f"2001:db8:{r.randint(1, 0xffff):x}::{r.randint(1, 0xfff):x}"
        return self._uniq(make)

    def phone(self, mobile=True):
        # Ofcom drama ranges: 07700 900xxx or a listed landline block (area, local-number)
        r = self.rng

        def make():
            if mobile:
                return ("07700", f"900{r.randint(0, 999):03d}")
            area, block = r.choice([("0113", "4960"), ("0114", "4960"), ("0115", "4960"),
                                    ("0116", "4960"), ("0117", "4960"), ("0118", "4960"),
                                    ("0121", "4960"), ("0131", "4960"), ("0141", "4960"),
                                    ("0151", "4960"), ("0161", "4960"), ("020", "79460"),
                                    ("028", "96496"), ("029", "20180")])
            return (area, block + f"{r.randint(0, 999):03d}")
        return self._uniq(make)


# ---- written forms of identifiers -------------------------------------------------------

def pnc_text(pnc, form):
    year, serial, chk = pnc
    if form == "long":
        return f"{year}/{serial:07d}{chk}"
    if form == "short":
        return f"{year % 100:02d}/{serial}{chk}"
    if form == "noslash":
        return f"{year}{serial:07d}{chk}"
    if form == "lower":
        return f"{year}/{serial:07d}{chk.lower()}"
    raise ValueError(form)


def cro_text(cro, form):
    if cro[0] == "SF":
        _, yy, serial, chk = cro
        s = f"SF{yy:02d}/{serial}{chk}"
        return s.lower() if form == "lower" else s
    _, yy, serial, chk = cro
    if form == "padded":
        return f"{serial:06d}/{yy:02d}{chk}"
    if form == "lower":
        return f"{serial}/{yy:02d}{chk.lower()}"
    return f"{serial}/{yy:02d}{chk}"


def ni_text(ni, form):
    if form == "spaced":
        return f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    if form == "lower":
        return ni.lower()
    if form == "hyphen":
        return f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"
    if form == "block":
        return f"{ni[:2]} {ni[2:8]} {ni[8]}"
    if form == "nosuffix":
        return ni[:8]
    return ni


def nhs_text(nhs, form):
    if form == "spaced":
        return f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}"
    if form == "hyphen":
        return f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}"
    return nhs


def dl_text(dl, form):
    if form == "spaced":
        return f"{dl[:5]} {dl[5:11]} {dl[11:]}"
    if form == "spaced3":
        return f"{dl[:5]} {dl[5:11]} {dl[11:13]} {dl[13:]}"
    if form == "lower":
        return dl.lower()
    return dl


def sort_text(sort, form):
    if form == "spaces":
        return f"{sort[:2]} {sort[2:4]} {sort[4:]}"
    if form == "plain":
        return sort
    return f"{sort[:2]}-{sort[2:4]}-{sort[4:]}"


def iban_text(iban, form):
    if form == "compact":
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def card_text(card, form):
    groups = [card[i:i + 4] for i in range(0, 16, 4)]
    if form == "compact":
        return card
    if form == "hyphen":
        return "-".join(groups)
    return " ".join(groups)


def phone_text(ph, form):
    area, local = ph
    mobile = area == "07700"
    if mobile:
        std = f"07700 {local}"
    elif area in ("020", "028", "029"):
        std = f"{area} {local[:4]} {local[4:]}"
    else:
        std = f"{area} {local[:3]} {local[3:]}"
    rest = std[1:]
    if form == "std":
        return std
    if form == "compact":
        return area + local
    if form == "intl":
        return "+44 " + rest
    if form == "intl0":
        return "+44 (0)" + rest
    if form == "0044":
        return "0044" + area[1:] + local
    if form == "brackets":
        a, b = std.split(" ", 1)
        return f"({a}) {b}"
    if form == "hyphen":
        return std.replace(" ", "-")
    raise ValueError(form)


def postcode_text(pc, form):
    if form == "nospace":
        return pc.replace(" ", "")
    if form == "lower":
        return pc.lower()
    return pc


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n):
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


DATE_FORMS = ["dmy", "long", "ord_abbr", "oracle", "iso", "dots_short", "dmy_short", "ord_of",
              "dots", "oracle4", "us", "dash", "abbr", "abbr_dot"]


def date_text(d, form):
    """A date in one of the written forms seen in UK justice documents."""
    mon = MONTHS[d.month - 1]
    yy = f"{d.year % 100:02d}"
    return {
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy_short": f"{d.day}/{d.month}/{yy}",
        "long": f"{d.day} {mon} {d.year}",
        "ord_abbr": f"{ordinal(d.day)} {mon[:3]} {d.year}",
        "oracle": f"{d.day:02d}-{mon[:3].upper()}-{yy}",
        "oracle4": f"{d.day:02d}-{mon[:3].upper()}-{d.year}",
        "iso": d.isoformat(),
        "dots_short": f"{d.day}.{d.month}.{yy}",
        "dots": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "ord_of": f"{ordinal(d.day)} of {mon} {d.year}",
        "us": f"{mon} {d.day}, {d.year}",
        "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "abbr": f"{d.day} {mon[:3]} {d.year}",
        "abbr_dot": f"{d.day} {mon[:3]}. {d.year}",
        "compact": f"{d.day:02d}{d.month:02d}{d.year}",
        "weekday": f"{d.strftime('%A')} {d.day} {mon} {d.year}",
    }[form]


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# ----------------------------------------------------------------------------------------
# Name pools, streets and towns (invented for this generator)
# ----------------------------------------------------------------------------------------

FORENAMES = {
    "english": ("Callum Jordan Kieran Dean Wayne Craig Shane Jamie Reece Tyler Connor Bradley "
                "Nathan Jason Darren Mason Ashley Lewis Kyle",
                "Chelsea Kayleigh Leanne Stacey Jodie Gemma Danielle Rebecca Lauren Chantelle "
                "Shannon Demi Paige Kerry-Ann Lily-Mae"),
    "welsh": ("Rhys Owain Gethin Iwan Emyr Aled Gareth Dafydd Huw",
              "Bethan Cerys Ffion Nia Seren Angharad Lowri Carys"),
    "scottish": ("Ewan Fraser Lachlan Alistair Hamish Euan Ross Struan Murdo",
                 "Eilidh Isla Morag Kirsty Shona Catriona Ailsa"),
    "irish": ("Declan Cormac Ciaran Niall Tadhg Darragh Oisín Padraig Eoin",
              "Siobhan Aoife Niamh Róisín Sinead Caoimhe Orla Gráinne"),
    "southasian": ("Imran Faisal Arjun Gurdeep Sanjay Rakesh Tariq Zubair Kamran Bilal Asif "
                   "Nadeem Rohan Vikram Jaswinder",
                   "Priya Anjali Simran Nusrat Shabana Farzana Rukhsana Ayesha Samina Harpreet "
                   "Sadia Manpreet"),
    "westafrican": ("Chinedu Oluwaseun Kwame Kofi Babatunde Emeka Tunde Obinna Yaw Femi",
                    "Adaeze Ngozi Folasade Abena Yetunde Amara Chiamaka Efua Funmilayo"),
    "caribbean": ("Delroy Leroy Winston Marlon Desmond Errol Clive Jermaine Tyrone",
                  "Marcia Beverley Tanisha Shanice Sharmaine Claudette Yolanda"),
    "easteuro": ("Tomasz Piotr Marek Krzysztof Andrius Mindaugas Florin Bogdan Vasile Jakub "
                 "Lukáš",
                 "Agnieszka Katarzyna Magdalena Ioana Raluca Daiva Rūta Zuzana Małgorzata"),
    "chinese": ("Wei Hao Ming Zhiwei Jian", "Mei Xiu Lin Hui Ling"),
    "middleeast": ("Omar Khalid Yusuf Karim Hassan Samir Reza Amir Mehmet Ahmet",
                   "Fatima Layla Yasmin Leila Noor Zeynep Elif Rania Dalia"),
}
SURNAMES = {
    "english": "Pritchard Holloway Ashworth Thornton Kershaw Bramley Fairclough Whitworth "
               "Lockwood Hargreaves Pendlebury Sutcliffe Greenhalgh Critchley Oldroyd "
               "Braithwaite Tattersall Taylor-Brooks Ashby-Kerr Hollins Dunford",
    "welsh": "Llewellyn Pugh Prosser Bevan Rees Vaughan Gwilliam Meredith Protheroe",
    "scottish": "McAllister MacLeod Urquhart Buchanan Drummond Sinclair Mackintosh McCrindle "
                "MacDougall Fairbairn",
    "irish": "O'Sullivan O'Driscoll Fitzgerald Mulligan Donnelly Quinlan O'Halloran "
             "McGuinness Brennan Keane",
    "southasian": "Chaudhry Sandhu Bhatti Siddiqui Patel Mistry Dhillon Rahman Hussain Iqbal "
                  "Chowdhury Bhattacharya Nair Raghavan",
    "westafrican": "Okonkwo Adeyemi Mensah Owusu Okafor Asante Boateng Olawale Nwosu "
                   "Adebayo-Cole Oyelaran",
    "caribbean": "Beckford Gayle Blackwood McKenzie Samuels Campbell Forbes Henriques "
                 "Clarke-Owusu",
    "easteuro": "Kowalczyk Wiśniewski Nowak Zieliński Kazlauskas Petrauskas Popescu Ionescu "
                "Dumitru Horváth Dvořák",
    "chinese": "Chen Wong Zhang Liu Cheung Tsang",
    "middleeast": "Haddad al-Rashid Nassar Khalil Yilmaz Demir Farouk Karimi Hosseini",
}
# Surnames with particles, written as one surname (particle kept in the name span).
PARTICLE_SURNAMES = {"van der Berg": "easteuro", "de la Cruz": "caribbean",
                     "de Souza": "westafrican", "van Dijk": "english",
                     "bin Hamid": "middleeast", "al-Amin": "middleeast",
                     "da Silva": "westafrican"}
PARTICLES = {"van", "der", "de", "la", "da", "bin", "al", "ap"}
NICKNAMES = {"Callum": "Cal", "Kieran": "Kez", "Declan": "Deco", "Imran": "Immy",
             "Oluwaseun": "Seun", "Tomasz": "Tomek", "Krzysztof": "Kris", "Jermaine": "Jay",
             "Darragh": "Daz", "Bradley": "Brad", "Babatunde": "Babs", "Siobhan": "Shiv",
             "Kayleigh": "Kay", "Gethin": "Geth", "Alistair": "Ally", "Mindaugas": "Mindy",
             "Tyrone": "Ty", "Stacey": "Stace", "Nathan": "Nate", "Faisal": "Fez"}
CHILD_NAMES = {"M": "Kayden Alfie Harley Riley Zayn Tobias Reuben Ellis",
               "F": "Maisie Ayla Esme Willow Ivy-Rose Nevaeh Amelia-Jade Liliana"}
STREET_A = ("Larkspur Tanner's Kestrel Ollerbrook Foundry Quarry Orchard Brindle Heron "
            "Saddler Cobbler Lantern Marlpit Rookery Fernlea Meadowsweet Thistle Bracken "
            "Plover Sandpiper Alder Hazelmere Juniper Damson Quince Tannery Weaver's "
            "Chandler's Pinfold Sheepwash Cinder Clayfield Oakhurst Gorsey Lapwing Ropewalk "
            "Kiln Spindle Malting Barley Sorrel Tenter Cloughside Nettlebed").split()
STREET_B = ("Road Street Lane Close Way Crescent Avenue Drive Grove Terrace Gardens Walk Mews "
            "Row Brow Rise Place Fold").split()
TOWNS = ["Ashbury", "Kelsey Bridge", "Thornwick", "Brackenfield", "Oakmere", "Wendlebury Cross",
         "Redbrook", "Saltmarsh", "Eastwick Green", "Northmoor", "Caer Dinas", "Glenrothay",
         "Kilbarran", "Hetherby", "Coldwell", "Pendleford", "Stanmoor", "Lyndhurst Vale",
         "Morwick", "Brigstowe"]
PRISONS = ["HMP Ravensmoor", "HMP Greywater", "HMP Kestrel Fell", "HMP & YOI Thornbury Vale",
           "HMP Saltcote", "HMP Highmoor", "HMP Ironbridge Moss", "HMP Cranwell Lees"]
FORCES = ["Westfold Constabulary", "Northmoor Police", "Severnside Police",
          "Eastmarch Constabulary", "Borderlands Police"]
EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "example.co.uk"]


def name_tokens(name):
    """Tokens of a name worth searching for (particles and single letters left out)."""
    toks = set()
    for part in re.split(r"[\s\-]+", name):
        if not part or part.lower() in PARTICLES or len(part) < 2:
            continue
        toks.add(part)
        if part.startswith("O'") and len(part) > 3:
            toks.add(part[2:])
        if part.startswith("al-"):
            toks.add(part[3:])
    return toks


# ----------------------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------------------

class Person:
    """A member of a bundle's cast; all its data rendered through label helpers."""

    def __init__(self, party, role, sex, first, middle, last, title):
        self.party, self.role, self.sex = party, role, sex
        self.first, self.middle, self.last, self.title = first, middle, last, title
        self.rel = ""              # relationship word to the subject, e.g. "mother"
        self.phones = []
        self.email = None
        self.dob = None
        self.ambig_initial = False   # another cast member has the same initial and surname
        self.ambig_last = False      # title + surname would not tell this person apart

    # -- names --
    def nm(self, form="full", title=False):
        f, m, l = self.first, self.middle, self.last
        core_last = l.split()[-1].replace("al-", "")
        # Forms that would be ambiguous between relatives sharing a surname fall back to
        # an unambiguous form, so that every label is decidable from the page.
        if self.ambig_initial and form in ("ilast", "i_last", "imlast", "initials"):
            form = "full"
        if self.ambig_initial and form == "I_LAST":
            form = "CAPS"
        if self.ambig_last and form == "last" and title:
            form, title = "full", False
        t = {
            "full": f"{f} {l}",
            "fml": f"{f} {m} {l}" if m else f"{f} {l}",
            "first": f,
            "last": l,
            "ilast": f"{f[0]}. {l}",
            "i_last": f"{f[0]} {l}",
            "imlast": f"{f[0]} {m[0]} {l}" if m else f"{f[0]} {l}",
            "LF": f"{l.upper()}, {f}",
            "LFM": f"{l.upper()}, {f} {m}" if m else f"{l.upper()}, {f}",
            "Lf": f"{l}, {f}",
            "CAPS": f"{f.upper()} {l.upper()}",
            "LAST": l.upper(),
            "LASTFIRST": f"{l.upper()} {f.upper()}",
            "I_LAST": f"{f[0]} {l.upper()}",
            "initials": f"{f[0]}{m[0] if m else ''}{core_last[0].upper()}",
            "lower": f.lower(),
            "lowerfull": f"{f.lower()} {l.lower()}",
        }[form]
        pre = self.title + " " if title else ""
        return pre + M(t, "name", self.party)

    def tl(self):
        """Title and surname: 'Mr Hargreaves' with only the surname labelled."""
        return self.nm("last", title=True)

    # -- other data --
    def dob_(self, form="dmy"):
        return M(date_text(self.dob, form), "date_of_birth", self.party)

    def ph(self, form="std", i=0):
        return M(phone_text(self.phones[i], form), "phone", self.party)

    def em(self):
        return M(self.email, "email", self.party)

    def street_(self):
        return M(self.street, "address", self.party)

    def pc_(self, form="std"):
        return M(postcode_text(self.postcode, form), "postcode", self.party)

    def addr(self, form="std"):
        return f"{self.street_()}, {self.town} {self.pc_(form)}"

    def addr_lines(self, indent=""):
        return f"{indent}{self.street_()}\n{indent}{self.town}\n{indent}{self.pc_()}"

    def pn(self, form="std"):
        v = self.prison_no.lower() if form == "lower" else self.prison_no
        return M(v, "prison_number", self.party)

    def pnc_(self, form="long"):
        return M(pnc_text(self.pnc, form), "pnc", self.party)

    def cro_(self, form="std"):
        return M(cro_text(self.cro, form), "cro", self.party)

    def crn_(self, form="std"):
        return M(self.crn.lower() if form == "lower" else self.crn, "crn", self.party)

    def ni_(self, form="std"):
        return M(ni_text(self.ni, form), "ni_number", self.party)

    def nhs_(self, form="spaced"):
        return M(nhs_text(self.nhs, form), "nhs_number", self.party)

    def pp_(self):
        return M(self.passport, "passport", self.party)

    def dl_(self, form="std"):
        return M(dl_text(self.dl, form), "driving_licence", self.party)

    def vrm_(self, form="std"):
        v = {"std": self.vrm, "compact": self.vrm.replace(" ", ""),
             "lower": self.vrm.lower()}[form]
        return M(v, "vehicle_registration", self.party)

    def sort_(self, form="hyphen"):
        return M(sort_text(self.bank[0], form), "sort_code", self.party)

    def acct_(self):
        return M(self.bank[1], "account_number", self.party)

    def iban_(self, form="grouped"):
        return M(iban_text(self.bank[2], form), "iban", self.party)

    def card_(self, form="spaced"):
        return M(card_text(self.card, form), "payment_card", self.party)

    def ip_(self):
        return M(self.ip, "ip_address", self.party)

    def he(self):
        return "he" if self.sex == "M" else "she"

    def his(self):
        return "his" if self.sex == "M" else "her"

    def him(self):
        return "him" if self.sex == "M" else "her"


class Bundle:
    """One bundle: its cast, settings, timeline and documents."""

    def __init__(self, idx, ids):
        self.idx = idx
        self.bid = f"fresh-{idx:02d}"
        self.rng = random.Random(SEED * 1000 + idx)
        self.ids = ids
        self.used_first, self.used_last = set(), set()
        self.docs = []
        self.doc_counter = {}
        r = self.rng
        towns = r.sample(TOWNS, 4)
        self.town, self.town2, self.court_town, self.prison_town = towns
        self.prison = r.choice(PRISONS)
        self.force = r.choice(FORCES)
        self.pdu = f"{self.court_town} Probation Delivery Unit"
        self.crown = f"{self.court_town} Crown Court"
        self.mags = f"{self.town} Magistrates' Court"
        self.hospital = f"{self.town} General Hospital"
        self.firm = r.choice(["Brennock & Okoro Solicitors", "Hale & Pardoe LLP", "Northgate Law",
                              "Carrow Street Legal", "Kemble Defence Solicitors",
                              "Ashgrove Criminal Defence"])
        self.firm_dom = re.sub(r"[^a-z]", "", self.firm.lower().split()[0]) + "law"
        # timeline
        base = date(2022, 1, 10) + timedelta(days=r.randint(0, 500))
        self.d_offence = base
        self.d_arrest = base + timedelta(days=r.randint(1, 20))
        self.d_charge = self.d_arrest + timedelta(days=1)
        self.d_sentence = self.d_arrest + timedelta(days=r.randint(90, 200))
        self.d_now = self.d_sentence + timedelta(days=r.randint(200, 420))
        self.scenario = r.choice(SCENARIOS)
        self.build_cast()

    def day(self, lo, hi):
        """An event date between d_sentence+lo and d_sentence+hi days."""
        return self.d_sentence + timedelta(days=self.rng.randint(lo, hi))

    def ev(self, d, form=None):
        """An event date as plain (unlabelled) text."""
        return date_text(d, form or self.rng.choice(DATE_FORMS))

    # -- cast --
    def pick_name(self, sex, origin=None, last=None, first=None, need_middle=False):
        r = self.rng
        forced = first
        for _ in range(500):
            o = origin or r.choice(list(FORENAMES))
            pool = FORENAMES[o][0 if sex == "M" else 1].split()
            first = forced or r.choice(pool)
            if first in self.used_first:
                continue
            if last is None:
                if r.random() < 0.08:
                    cand = r.choice(list(PARTICLE_SURNAMES))
                else:
                    so = o if r.random() < 0.8 else r.choice(list(SURNAMES))
                    cand = r.choice(SURNAMES[so].split())
                if cand in self.used_last:
                    continue
            else:
                cand = last
            middle = None
            if need_middle or r.random() < 0.55:
                mid_pool = [n for n in FORENAMES[o][0 if sex == "M" else 1].split()
                            if n != first and n not in self.used_first]
                middle = r.choice(mid_pool)
                self.used_first.add(middle)
            self.used_first.add(first)
            self.used_last.add(cand)
            return first, middle, cand
        raise RuntimeError("names exhausted")

    def person(self, party, role, sex, dob_from, dob_to, origin=None, last=None,
               mobile=True, landline=False, first=None):
        r, ids = self.rng, self.ids
        first, middle, lastname = self.pick_name(sex, origin, last, first, party == "subject")
        title = "Mr" if sex == "M" else r.choice(["Ms", "Mrs"] + (["Miss"] if dob_to > 1985 else []))
        p = Person(party, role, sex, first, middle, lastname, title)
        p.dob = date(r.randint(dob_from, dob_to), r.randint(1, 12), r.randint(1, 28))
        p.phones = [ids.phone(True)] if mobile else []
        if landline:
            p.phones.append(ids.phone(False))
        local = r.choice([f"{first}.{lastname}", f"{first[0]}.{lastname}",
                          f"{first}{lastname}{p.dob.year % 100:02d}", f"{lastname}.{first[0]}"])
        local = re.sub(r"[^a-z0-9.]", "", fold(local).lower())
        p.email = ids._uniq(lambda: f"{local}{r.choice(['', '', str(r.randint(1, 99))])}"
                            f"@{r.choice(EMAIL_DOMAINS)}")
        p.street = ids._uniq(lambda: self.street_name())
        p.town = r.choice([self.town, self.town2, r.choice(TOWNS)])
        p.postcode = ids.postcode()
        p.prison_no = ids.prison_number()
        p.pnc = ids.pnc(max(1994, p.dob.year + 12))
        p.cro = ids.cro(max(1990, p.dob.year + 12))
        p.crn = ids.crn()
        p.ni = ids.ni()
        p.nhs = ids.nhs()
        p.passport = ids.passport()
        p.dl = ids.driving_licence(lastname, first, middle, p.dob, sex)
        p.vrm = ids.vehicle()
        p.bank = ids.bank()
        p.card = ids.card()
        p.ip = ids.ip()
        return p

    def street_name(self):
        r = self.rng
        n = r.randint(1, 148)
        street = f"{r.choice(STREET_A)} {r.choice(STREET_B)}"
        k = r.random()
        if k < 0.18:
            return f"Flat {r.randint(1, 12)}, {n} {street}"
        if k < 0.26:
            return f"{n}{r.choice('ABC')} {street}"
        return f"{n} {street}"

    def build_cast(self):
        r = self.rng
        sex = "M" if r.random() < 0.8 else "F"
        nick_pool = [n for n in NICKNAMES
                     if any(n in FORENAMES[o][0 if sex == "M" else 1].split() for o in FORENAMES)]
        first = r.choice(nick_pool)
        origin = next(o for o in FORENAMES if first in FORENAMES[o][0 if sex == "M" else 1].split())
        S = self.person("subject", "subject", sex, 1968, 2003, origin, first=first,
                        landline=True)
        S.title = "Mr" if sex == "M" else "Ms"
        S.nick = NICKNAMES[first]
        alias_last = None
        while alias_last is None or alias_last in self.used_last:
            alias_last = r.choice(SURNAMES[r.choice(list(SURNAMES))].split())
        self.used_last.add(alias_last)
        S.alias_last = alias_last
        self.S = S
        tp = {}
        rel_sex = r.choice("MF")
        tp["rel"] = self.person("third_party", "rel", rel_sex, S.dob.year - 32, S.dob.year - 19,
                                origin, last=S.last, landline=True)
        tp["rel"].rel = "mother" if rel_sex == "F" else "father"
        psex = "F" if sex == "M" else "M"
        if r.random() < 0.15:
            psex = sex
        tp["partner"] = self.person("third_party", "partner", psex, S.dob.year - 4, S.dob.year + 6)
        tp["partner"].rel = "partner"
        extra = r.random()
        if extra < 0.45:
            sib_sex = r.choice("MF")
            tp["sib"] = self.person("third_party", "sib", sib_sex, S.dob.year - 6, S.dob.year + 8,
                                    origin, last=S.last)
            tp["sib"].rel = "brother" if sib_sex == "M" else "sister"
        elif extra < 0.85:
            csex = r.choice("MF")
            tp["child"] = self.child(csex, S.last)
            tp["child"].rel = "son" if csex == "M" else "daughter"
        tp["codef"] = self.person("third_party", "codef", r.choice("MMMF"), 1970, 2004)
        tp["victim"] = self.person("third_party", "victim", r.choice("MF"), 1950, 2005,
                                   landline=r.random() < 0.5)
        tp["witness"] = self.person("third_party", "witness", r.choice("MF"), 1955, 2004)
        tp["pris1"] = self.person("third_party", "pris1", sex, 1970, 2004)
        tp["pris2"] = self.person("third_party", "pris2", sex, 1970, 2004)
        tp["sol"] = self.person("third_party", "sol", r.choice("MF"), 1965, 1995)
        sol = tp["sol"]
        sol_local = sol.first[0].lower() + "." + re.sub("[^a-z]", "", fold(sol.last).lower())
        sol.email = self.ids._uniq(lambda: f"{sol_local}@{self.firm_dom}.example.cjsm.net")
        self.tp = tp
        sharers = [S] + [p for p in tp.values() if p.last == S.last]
        for p in sharers:
            others = [q for q in sharers if q is not p]
            p.ambig_initial = any(q.first[0] == p.first[0] for q in others)
            p.ambig_last = p is not S and any(q.sex == p.sex for q in others)
        st = {}
        st["com"] = self.staff("com", "probation.example.cjsm.net")
        st["officer"] = self.staff("officer", "hmpps.example.cjsm.net")
        st["security"] = self.staff("security", "hmpps.example.cjsm.net")
        st["nurse"] = self.staff("nurse", "inreach.example.cjsm.net")
        st["police"] = self.staff("police", "police.example.cjsm.net")
        self.st = st

    def child(self, sex, last):
        r = self.rng
        while True:
            first = r.choice(CHILD_NAMES[sex].split())
            if first not in self.used_first:
                break
        self.used_first.add(first)
        p = Person("third_party", "child", sex, first, None, last, "")
        p.dob = date(r.randint(2009, 2018), r.randint(1, 12), r.randint(1, 28))
        return p

    def staff(self, role, domain):
        r = self.rng
        p = self.person("staff", role, r.choice("MF"), 1962, 1998, mobile=False, landline=True)
        p.phones.append(self.ids.phone(True))       # a work mobile
        local = fold(f"{p.first}.{p.last}").lower()
        p.email = self.ids._uniq(lambda: re.sub(r"[^a-z0-9.]", "", local) + f"@{domain}")
        p.rank = {"com": "Probation Officer", "officer": "Supervising Officer",
                  "security": "Custodial Manager (Security)", "nurse": "Mental Health Nurse",
                  "police": "Detective Constable"}[role]
        p.short = {"com": p.title, "officer": "SO", "security": "CM", "nurse": "Nurse",
                   "police": "DC"}[role]
        return p

    def people(self):
        return [self.S] + list(self.tp.values()) + list(self.st.values())

    def new_doc(self, kind, short):
        n = self.doc_counter.get(short, 0) + 1
        self.doc_counter[short] = n
        d = Doc(f"{self.bid}-{short}-{n}", kind)
        self.docs.append(d)
        return d


def fold(s):
    """ASCII form of a name for an e-mail local part (accents dropped)."""
    s = s.replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


class Doc:
    def __init__(self, did, kind):
        self.id, self.kind = did, kind
        self.pages = []

    def page(self):
        self.pages.append([])

    def w(self, *lines):
        for ln in lines:
            self.pages[-1].append(ln)


# ----------------------------------------------------------------------------------------
# Offence scenarios: (offence wording, narrative function)
# ----------------------------------------------------------------------------------------

def sc_wounding(b):
    S, V, C, W = b.S, b.tp["victim"], b.tp["codef"], b.tp["witness"]
    return (f"In the early hours of {b.ev(b.d_offence, 'long')} {S.nm('last', True)} and "
            f"{C.nm('full')} were ejected from the Lamplighter public house on Station Road. "
            f"Outside, {S.nm('last')} approached {V.nm('full')}, who had intervened in an earlier "
            f"argument, and struck {V.him()} with a bottle. {V.nm('last', True)} sustained a 4cm "
            f"laceration to the scalp. The incident was seen by door supervisor {W.nm('full')}.")


def sc_robbery(b):
    S, V, C, W = b.S, b.tp["victim"], b.tp["codef"], b.tp["witness"]
    return (f"On {b.ev(b.d_offence, 'long')} at about 21:40, {S.nm('full')} and {C.nm('full')} "
            f"entered a convenience store on Mercer Parade. {C.nm('last')} stood at the door while "
            f"{S.nm('last')} threatened the shop assistant, {V.nm('full')}, with a claw hammer and "
            f"took £640 from the till. Customer {W.nm('full')} called the police.")


def sc_burglary(b):
    S, V, C, W = b.S, b.tp["victim"], b.tp["codef"], b.tp["witness"]
    return (f"Between 01:00 and 03:30 on {b.ev(b.d_offence, 'long')} the home of {V.nm('full')} "
            f"was entered through a rear kitchen window. Jewellery, two laptops and the keys to a "
            f"car were taken. A neighbour, {W.nm('full')}, saw two men loading a vehicle; "
            f"fingerprints recovered from the sill matched {S.nm('full')}, and phone data placed "
            f"{C.nm('full')} nearby.")


def sc_drugs(b):
    S, V, C, W = b.S, b.tp["victim"], b.tp["codef"], b.tp["witness"]
    return (f"Between March and {b.ev(b.d_offence, 'long')} {S.nm('full')} ran a drug line with "
            f"{C.nm('full')}, supplying crack cocaine and heroin. {V.nm('full')}, a vulnerable "
            f"adult, had {V.his()} flat taken over and used for storage ('cuckooing'). A housing "
            f"officer, {W.nm('full')}, reported concerns about visitors to the flat.")


def sc_fraud(b):
    S, V, C, W = b.S, b.tp["victim"], b.tp["codef"], b.tp["witness"]
    return (f"Over six weeks ending {b.ev(b.d_offence, 'long')} {S.nm('full')} telephoned "
            f"elderly residents claiming to be from their bank's fraud team. {V.nm('full')} "
            f"transferred £11,450 to accounts controlled by {C.nm('full')}. {V.nm('last', True)}'s "
            f"neighbour, {W.nm('full')}, became suspicious and contacted the bank.")


def sc_driving(b):
    S, V, C, W = b.S, b.tp["victim"], b.tp["codef"], b.tp["witness"]
    return (f"On {b.ev(b.d_offence, 'long')} {S.nm('full')} drove a stolen Audi at speed through "
            f"a 30mph zone, failed to stop for police and collided with a pedestrian, "
            f"{V.nm('full')}, on a crossing. {C.nm('full')} was the front-seat passenger. "
            f"{W.nm('full')}, driving behind, gave first aid.")


SCENARIOS = [("wounding with intent to cause grievous bodily harm (s.18 OAPA 1861)", sc_wounding),
             ("robbery", sc_robbery),
             ("burglary of a dwelling (s.9(1)(b) Theft Act 1968)", sc_burglary),
             ("being concerned in the supply of Class A drugs", sc_drugs),
             ("fraud by false representation (s.2 Fraud Act 2006)", sc_fraud),
             ("causing serious injury by dangerous driving", sc_driving)]


def header(d, *lines):
    d.w("OFFICIAL - SENSITIVE", *lines)


# ----------------------------------------------------------------------------------------
# Document kinds: one function per kind
# ----------------------------------------------------------------------------------------

def doc_psr(b):
    """Probation pre-sentence report extract (3 pages)."""
    S, T, com, r = b.S, b.tp, b.st["com"], b.rng
    V, C, R, P = T["victim"], T["codef"], T["rel"], T["partner"]
    d = b.new_doc("pre_sentence_report", "psr")
    d.page()
    header(d, "PRE-SENTENCE REPORT", f"{b.pdu}", "")
    d.w(f"Name:                 {S.nm('fml')}",
        f"Also known as:        {M(S.first + ' ' + S.alias_last, 'name', 'subject')}",
        f"Date of birth:        {S.dob_('dmy')}     Age: {age_on(S.dob, b.d_sentence)}",
        f"Address:              {S.addr()}",
        f"CRN:                  {S.crn_()}",
        f"PNC:                  {S.pnc_('long')}",
        f"Offence(s):           {b.scenario[0]}",
        f"Court:                {b.crown}",
        f"Date of hearing:      {b.ev(b.d_sentence - timedelta(days=21), 'long')}",
        f"Report author:        {com.nm('full')}, {com.rank}",
        "",
        "1. SOURCES OF INFORMATION",
        f"1.1  Interview with {S.tl()} at {b.prison} by video link on "
        f"{b.ev(b.d_sentence - timedelta(days=30), 'long')} (75 minutes).",
        f"1.2  Telephone conversation with {S.his()} {R.rel}, {R.nm('full')}, on "
        f"{R.ph(r.choice(['std', 'compact']))}.",
        f"1.3  CPS case summary; victim personal statement of {V.nm('fml')}.",
        "1.4  nDelius records; OASys assessment v3.2; previous convictions print.",
        "", "Page 1 of 3")
    d.page()
    d.w("2. OFFENCE ANALYSIS", b.scenario[1](b), "",
        f"2.2  {S.nm('first')} accepts that {S.he()} was present but minimises {S.his()} role, "
        f"attributing the planning to {C.nm('last')}. {C.nm('full')} (CRN {C.crn_()}) is "
        f"separately supervised by this PDU and is not to be contacted.",
        f"2.3  {S.nm('last', True)} expressed some victim empathy, saying that {V.nm('first')} "
        f"\"didn't deserve any of it\". I note that {V.nm('last', True)} was {age_on(V.dob, b.d_offence)} "
        "at the time.", "", "Page 2 of 3")
    d.page()
    d.w("3. OFFENDER ASSESSMENT",
        f"3.1  Relationships: {S.nm('first')} has been in a relationship with {P.nm('full')} for "
        f"several years. {P.nm('first')} lives at {P.addr()} and has offered accommodation on "
        "release, subject to checks.",
        f"3.2  {S.his().capitalize()} {R.rel} ({R.nm('i_last')}) remains supportive.",
        "3.3  Substance misuse: daily cannabis; cocaine at weekends; referred to the drug "
        "service on 3 occasions.",
        "", "4. RISK OF SERIOUS HARM",
        f"4.1  Risk is assessed as HIGH to known adults (specifically {V.nm('ilast')}) and "
        "MEDIUM to the public. OGRS4/G 62% (2 yr).",
        "", "5. PROPOSAL",
        "A custodial sentence appears inevitable. If the court is minded otherwise, a "
        "Community Order with 20 RAR days and a Building Better Relationships requirement.",
        "",
        f"Signed:  {com.nm('full')}      Tel: {com.ph('std')}      Email: {com.em()}",
        f"Date:    {b.ev(b.d_sentence - timedelta(days=7), 'dmy')}", "Page 3 of 3")


def doc_custody(b):
    """Police custody record (detention log)."""
    S, T, pol, r = b.S, b.tp, b.st["police"], b.rng
    R, SOL = T["rel"], T["sol"]
    d = b.new_doc("custody_record", "custody")
    d.page()
    t0 = b.d_arrest
    d.w(f"{b.force.upper()} - CUSTODY RECORD",
        f"Custody ref: {r.choice('WNES')}{r.randint(10, 99)}/{r.randint(1000, 9999)}/{t0.year % 100}"
        f"        Suite: {b.town} Central",
        "",
        "DETAINED PERSON",
        f"Surname:        {S.nm('LAST')}",
        f"Forename(s):    {M(S.first + ' ' + S.middle, 'name', 'subject')}",
        f"DOB:            {S.dob_('oracle4')}",
        f"Address:        {S.street_()}",
        f"                {S.town}",
        f"Postcode:       {S.pc_()}",
        f"Tel:            {S.ph(r.choice(['std', 'compact']))}      Email: {S.em()}",
        f"Driving lic.:   {S.dl_(r.choice(['std', 'spaced']))}",
        f"PNC ID:         {S.pnc_('short')}        CRO: {S.cro_('padded')}",
        f"Vehicle:        {S.vrm_()} (silver Vauxhall Corsa, seized s.165)",
        "",
        f"Arresting officer:   {pol.short} {pol.nm('full')}",
        f"Arrested:            {b.ev(t0, 'dmy')} 06:12 at home address",
        "Reason for arrest:   investigation of offence; prevent disappearance",
        "",
        "RIGHTS AND ENTITLEMENTS",
        f"Solicitor:           Yes - {SOL.nm('full', True)}, {b.firm}, mobile {SOL.ph('std')}",
        f"Person informed:     {R.nm('full')} ({R.rel}) tel {R.ph('std', 1)}",
        "",
        "LOG",
        row([f"{b.ev(t0, 'dmy')} 06:58", "Booked in. Risk assessment: no self-harm history."], [22]),
        row([f"{b.ev(t0, 'dmy')} 09:40", f"Consultation with solicitor {SOL.nm('ilast')}."], [22]),
        row([f"{b.ev(t0, 'dmy')} 11:15", f"Interview commenced, {pol.short} {pol.nm('last')}."], [22]),
        row([f"{b.ev(t0, 'dmy')} 17:30", f"Charged. Detained for court ({b.mags})."], [22]))


def doc_crime_report(b):
    """Police crime report with a nominals table."""
    S, T, pol, r = b.S, b.tp, b.st["police"], b.rng
    V, C, W, P2 = T["victim"], T["codef"], T["witness"], T["pris2"]
    d = b.new_doc("crime_report", "crime")
    d.page()
    d.w(f"{b.force} - Crime Report",
        f"Crime No: {r.randint(10, 99)}/{r.randint(10000, 99999)}/{b.d_offence.year % 100}"
        f"    Classification: {b.scenario[0]}",
        f"Date/time of offence: {b.ev(b.d_offence, 'dmy')} between 01:00 and 03:30",
        f"Officer in case: {pol.short} {pol.nm('full')}  ({pol.ph('std')})",
        "", "NOMINALS")
    w = [12, 24, 14, 16]
    d.w(row(["Role", "Name", "DOB", "PNC ID", "CRO No"], w))
    d.w(row(["Suspect 1", S.nm("LF"), S.dob_("dmy"), S.pnc_("long"), S.cro_()], w))
    d.w(row(["Suspect 2", C.nm("LF"), C.dob_("dmy"), C.pnc_(r.choice(["long", "short"])),
             C.cro_(r.choice(["std", "padded"]))], w))
    d.w(row(["Associate", P2.nm("LF"), P2.dob_("dmy"), P2.pnc_("long"), P2.cro_()], w))
    d.w(row(["Victim", V.nm("LF"), V.dob_("dmy"), "-", "-"], w))
    d.w(row(["Witness", W.nm("LF"), W.dob_("dmy"), "-", "-"], w))
    d.w("", "CIRCUMSTANCES", b.scenario[1](b), "",
        f"Victim contact: {V.addr()}; tel {V.ph('std')}. Victim has requested updates by phone "
        "only, not by letter.",
        f"Medical: victim seen at {b.hospital}; NHS number {V.nhs_(r.choice(['spaced', 'hyphen', 'plain']))}; "
        "consent to release records signed.",
        f"Witness contact: {W.ph('compact')}; {W.em()}.",
        "", f"Intelligence: {P2.nm('full')} is a known associate of both suspects "
        f"(vehicle {P2.vrm_()} seen at the address on two occasions).",
        f"Supervisor review: {b.ev(b.d_arrest, 'dmy')} - file to CPS for charging advice.")


def doc_mg5(b):
    """CPS case summary (MG5) with defendant details and medical evidence."""
    S, T, pol, r = b.S, b.tp, b.st["police"], b.rng
    V, C, W = T["victim"], T["codef"], T["witness"]
    d = b.new_doc("cps_case_summary", "mg5")
    d.page()
    d.w("RESTRICTED (when complete)                                  MG5",
        "CASE SUMMARY",
        f"URN: {r.randint(10, 99)}{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}{r.randint(1000000, 9999999)}"
        f"     Court: {b.mags}",
        "",
        f"Defendant 1:  {S.nm('LFM')}   DOB {S.dob_('dmy')}   PNC {S.pnc_('noslash')}",
        f"Defendant 2:  {C.nm('LF')}   DOB {C.dob_('dmy')}   PNC {C.pnc_('long')}   "
        f"CRO {C.cro_()}",
        f"Charge(s):    {b.scenario[0]}",
        "",
        "SUMMARY OF KEY EVIDENCE", b.scenario[1](b), "",
        f"Medical evidence: {V.nm('full', True)} attended {b.hospital} the same morning "
        f"(NHS No. {V.nhs_(r.choice(['spaced', 'plain']))}). Injuries are described in the "
        "statement of the treating clinician (to follow).",
        f"Identification: {W.nm('last', True)} picked out {S.nm('ilast')} at a VIPER "
        f"procedure on {b.ev(b.d_arrest + timedelta(days=9), 'long')}.",
        f"Telephony: handset 2 (number {C.ph('std')}) is attributed to {C.nm('last')}; "
        f"handset 1 ({S.ph('std')}) to {S.nm('last')}. 14 calls between them on the day.",
        f"Vehicle: a grey Ford Focus {C.vrm_('compact')}, registered keeper {C.nm('full')}, "
        "was captured by ANPR nearby.",
        "",
        f"Interview: {S.nm('last')} answered no comment. {C.nm('last')} gave a prepared "
        "statement denying presence.",
        f"Officer: {pol.short} {pol.nm('ilast')}            Date: {b.ev(b.d_charge, 'dmy')}")


def doc_mg11(b):
    """Witness statement (MG11) with the witness contact details page."""
    S, T, pol, r = b.S, b.tp, b.st["police"], b.rng
    W, V = T["witness"], T["victim"]
    d = b.new_doc("witness_statement", "mg11")
    d.page()
    occ = r.choice(["retail manager", "door supervisor", "bus driver", "care assistant",
                    "student", "self-employed plasterer"])
    d.w("RESTRICTED (when complete)                                  MG 11",
        "WITNESS STATEMENT",
        "Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9",
        f"Statement of:  {W.nm('fml')}",
        "Age if under 18:  Over 18        Occupation:  " + occ,
        "This statement (consisting of 2 page(s) each signed by me) is true to the best of my "
        "knowledge and belief.",
        "",
        f"I am the above named person. On {b.ev(b.d_offence, 'weekday')} I was at the "
        f"location described. I know {V.nm('full')} to say hello to; {V.he()} "
        "lives on the same road as my sister.",
        f"I saw a {'man' if S.sex == 'M' else 'woman'} I now know to be {S.nm('full')} shouting. "
        f"{S.he().capitalize()} was wearing a dark puffer jacket. The other "
        f"{'man' if T['codef'].sex == 'M' else 'woman'}, who I later heard called "
        f"\"{T['codef'].nm('first')}\", was standing by a car.",
        f"I rang 999 from my mobile at about 02:10. I have never met {S.tl()} before.",
        "", f"Signature: ..........          Date: {b.ev(b.d_offence + timedelta(days=1), 'dmy')}",
        "Page 1 of 2")
    d.page()
    d.w("WITNESS CONTACT DETAILS (not to be disclosed to the defence)",
        f"Surname:              {W.nm('LAST')}",
        f"Forename(s):          {M(W.first + (' ' + W.middle if W.middle else ''), 'name', 'third_party')}",
        f"Date of birth:        {W.dob_(r.choice(['dmy', 'long', 'dots']))}",
        f"Home address:         {W.street_()}, {W.town}",
        f"Postcode:             {W.pc_()}",
        "Home tel:             none given",
        f"Mobile:               {W.ph(r.choice(['std', 'intl', 'compact']))}",
        f"Email:                {W.em()}",
        "Preferred contact:    Mobile, evenings",
        f"Dates to avoid:       {b.ev(b.day(10, 40), 'dmy')} to {b.ev(b.day(41, 60), 'dmy')} (holiday)",
        f"Statement taken by:   {pol.short} {pol.nm('full')}, {b.force}",
        "Page 2 of 2")


def doc_security_log(b):
    """Prison security intelligence log (SIR summaries)."""
    S, T, sec, r = b.S, b.tp, b.st["security"], b.rng
    P1, P2, P, R = T["pris1"], T["pris2"], T["partner"], T["rel"]
    d = b.new_doc("security_intelligence_log", "sir")
    d.page()
    d.w(f"{b.prison} - SECURITY DEPARTMENT", "Intelligence log extract (Mercury)",
        f"Subject: {S.nm('LF')}  {S.pn()}   Location: {r.choice('ABCDEF')}-{r.randint(1, 4)}-"
        f"{r.randint(1, 40):03d}", "")
    w = [12, 13, 7]
    d.w(row(["Date", "IR No", "Grade", "Summary"], w))
    entries = [
        f"Source reports that {S.nm('last')} is holding debt on the wing on behalf of "
        f"{P2.nm('full')} ({P2.pn()}). Source: {P1.nm('LF')} {P1.pn()}.",
        f"Mobile phone found in cell of {P2.nm('LAST')} {P2.pn('lower')}; contact saved as "
        f"\"{M(S.nick, 'name', 'subject')}\" - number {S.ph('compact')}; also {P.ph('std')} (believed {S.his()} "
        f"partner {P.nm('first')}).",
        f"Visitor {P.nm('full')} seen passing item to {S.nm('ilast')} during social visit. "
        "Visit terminated early; closed visits for 28 days.",
        f"{R.nm('full', True)} rang the establishment to report {R.his()} "
        f"{'son' if S.sex == 'M' else 'daughter'} is being threatened; call taken by "
        f"{sec.short} {sec.nm('last')}.",
        f"Letter intercepted addressed to {P1.nm('full')} at {P1.addr()}. Contents indicate "
        "planned conveyance.",
    ]
    for i, e in enumerate(entries):
        dt = b.day(10 + i * 20, 29 + i * 20)
        d.w(row([b.ev(dt, "dmy"), f"IR-{r.randint(100000, 999999)}", r.choice(["B2", "C3", "B3", "A2"]),
                 e], w))
    d.w("", f"Reviewed: {sec.nm('full')}, {sec.rank}")


def doc_use_of_force(b):
    """Use of force incident report."""
    S, T, off, nurse, r = b.S, b.tp, b.st["officer"], b.st["nurse"], b.rng
    P1, P2 = T["pris1"], T["pris2"]
    d = b.new_doc("use_of_force_report", "uof")
    d.page()
    dt = b.day(40, 150)
    hh, mm = r.randint(8, 18), r.randint(0, 39)
    wing = r.choice("ABCDEFGH")
    d.w(f"{b.prison}", "USE OF FORCE - STATEMENT AND INCIDENT REPORT",
        f"Incident number: {b.prison.split()[-1][:3].upper()}-UOF-{dt.year % 100}-{r.randint(100, 999)}",
        f"Date of incident: {b.ev(dt, 'dmy')}     Time: {hh:02d}:{mm:02d}",
        f"Location: {wing} wing, landing 2, outside cell {wing}2-{r.randint(1, 30):02d}",
        "",
        row(["Prisoner(s)", f"{S.nm('LASTFIRST')}  {S.pn()}", ""], [16, 30]),
        row(["", f"{P2.nm('LASTFIRST')}  {P2.pn()}", ""], [16, 30]),
        "",
        "Staff involved:",
        f"  {off.short} {off.nm('full')} (reporting)",
        f"  Officer {b.st['security'].nm('ilast')}",
        f"Healthcare attended: {nurse.nm('full')} at {hh:02d}:{mm + r.randint(8, 20):02d}",
        "",
        "ACCOUNT",
        f"I was unlocking for exercise when I heard shouting. I saw {S.nm('last', True)} and "
        f"{P2.nm('last', True)} fighting. I gave a direct order to stop, which was ignored. I "
        f"took hold of {S.nm('last', True)}'s right arm using a figure-of-four hold. "
        f"{P1.nm('full')} ({P1.pn()}), who was on the landing, shouted that {P2.nm('first')} "
        "had started it.",
        f"Force ended after 3 minutes. {S.nm('first')} complained of a sore wrist; nurse "
        f"{nurse.nm('last')} examined {S.him()} and noted no injury. Body-worn camera 17 activated.",
        "", f"Signed: {off.nm('imlast')}     Date: {b.ev(dt, 'long')}")


def doc_visits(b):
    """Visits hall log with visitor ID checks and vehicles."""
    S, T, off, r = b.S, b.tp, b.st["officer"], b.rng
    R, P = T["rel"], T["partner"]
    kid = T.get("child")
    sib = T.get("sib")
    d = b.new_doc("visits_log", "visits")
    d.page()
    d.w(f"{b.prison} - VISITS HALL LOG", f"Prisoner: {S.nm('LF')}   No. {S.pn()}", "")
    w = [12, 7, 22, 12, 13, 26]
    d.w(row(["Date", "Time", "Visitor", "Rel.", "DOB", "ID produced", "Table"], w))
    rows = []
    for i in range(3):
        dt = b.day(20 + i * 30, 45 + i * 30)
        rows.append((dt, P, "partner", f"Passport {P.pp_()}" if i == 0 else
                     (f"DL {P.dl_(r.choice(['std', 'spaced']))}" if i == 1 else "Known to staff")))
    dt = b.day(30, 60)
    rows.append((dt, R, R.rel, f"Driving licence {R.dl_(r.choice(['spaced', 'std', 'spaced3']))}"))
    if sib:
        rows.append((b.day(60, 90), sib, sib.rel, f"Passport {sib.pp_()}"))
    rows.sort(key=lambda x: x[0])
    for dt, p, rel, idt in rows:
        d.w(row([b.ev(dt, "dmy"), "14:00", p.nm("full"), rel, p.dob_(r.choice(["dmy", "dmy", "dots"])),
                 idt, f"T{r.randint(1, 24)}"], w))
        if kid and p is P and r.random() < 0.6:
            d.w(row(["", "", f"+ {kid.nm('full')}", kid.rel, kid.dob_("dmy"), "child (accompanied)",
                     ""], w))
    d.w("", "CAR PARK",
        f"{b.ev(rows[0][0], 'dmy')}  {P.vrm_()}  visitor vehicle, keeper {P.nm('ilast')}",
        f"{b.ev(rows[-1][0], 'dmy')}  {R.vrm_(r.choice(['std', 'compact']))}  driven by "
        f"{R.nm('full')}", "",
        f"Notes: {P.nm('full')} reminded of dress code. Closed visit "
        f"imposed {b.ev(b.day(100, 130), 'long')} following SIR (see security). "
        f"Duty SO: {off.nm('ilast')}.")


def doc_phone(b):
    """PIN phone contacts list and call monitoring summary (2 pages)."""
    S, T, r = b.S, b.tp, b.rng
    R, P, SOL, P1 = T["rel"], T["partner"], T["sol"], T["pris1"]
    sec = b.st["security"]
    d = b.new_doc("telephone_monitoring", "pin")
    d.page()
    d.w(f"{b.prison} - PIN PHONE ACCOUNT", f"{S.nm('LFM')}    {S.pn()}    PIN 4 digits (held)", "",
        "APPROVED NUMBERS")
    w = [24, 12, 20]
    d.w(row(["Name", "Relationship", "Number", "Address"], w))
    d.w(row([R.nm("full"), R.rel, R.ph("std", 1), R.addr()], w))
    d.w(row([R.nm("full"), R.rel, R.ph("std"), "(mobile)"], w))
    d.w(row([P.nm("full"), "partner", P.ph("std"), P.addr()], w))
    d.w(row([SOL.nm("full"), "legal (privileged)", SOL.ph("std"), b.firm], w))
    if "sib" in T:
        sb = T["sib"]
        d.w(row([sb.nm("full"), sb.rel, sb.ph(r.choice(["std", "intl"])), sb.addr()], w))
    d.w("", "Privileged numbers are not monitored.", "Page 1 of 2")
    d.page()
    d.w("CALL MONITORING SUMMARY (random 5%)")
    calls = [
        (P, f"Talked about money. {S.nm('first')} asked {P.nm('first')} to "
            f"send £40 to {P1.nm('full')}'s account. {P.nm('first')} refused."),
        (R, f"{R.nm('first')} said the dog had died. {S.nm('first')} upset. Mentioned "
            f"{P.nm('first')} is \"not picking up\"."),
        (P, f"Discussed {P.his()} new number {P.ph('intl0')} - not on the approved list. "
            f"Referred to {sec.short} {sec.nm('last')}."),
    ]
    for p, text in calls:
        dt = b.day(30, 180)
        d.w(f"{b.ev(dt, 'dmy')} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}  to "
            f"{p.ph('compact')} ({p.rel}) duration {r.randint(2, 9)}m{r.randint(0, 59):02d}s")
        d.w(f"    {text}")
    d.w("", f"Monitored by: {sec.nm('ilast')}", "Page 2 of 2")


def doc_parole(b):
    """Parole dossier index and POM report extract (2 pages)."""
    S, T, com, r = b.S, b.tp, b.st["com"], b.rng
    R, V = T["rel"], T["victim"]
    d = b.new_doc("parole_dossier", "parole")
    d.page()
    d.w("PAROLE BOARD DOSSIER", f"Prisoner: {S.nm('fml')}   NOMIS: {S.pn()}   DOB: {S.dob_('dmy')}",
        f"Parole Board ref: PB/{b.d_now.year}/{r.randint(10000, 99999)}", "", "INDEX")
    w = [8, 44, 14]
    d.w(row(["Page", "Document", "Date", "Pages"], w))
    page = 1
    for title in ["Sentence calculation (SED, CRD, LED)", "Previous convictions (PNC print)",
                  "Judge's sentencing remarks", "OASys assessment", "POM report",
                  "COM report", "Victim Liaison Officer report", "Psychology risk assessment"]:
        n = r.randint(2, 14)
        d.w(row([str(page), title, b.ev(b.day(100, 300), "dmy"), str(n)], w))
        page += n
    d.page()
    d.w("COMMUNITY OFFENDER MANAGER REPORT (EXTRACT)",
        f"Author: {com.nm('full')}, {b.pdu}",
        "",
        f"Release plan: {S.nm('last', True)} proposes to live with {S.his()} {R.rel}, "
        f"{R.nm('full')}, at {R.street_()}, {R.town}, {R.pc_(r.choice(['std', 'nospace']))}. "
        f"A home visit took place on {b.ev(b.day(200, 260), 'long')}; {R.nm('last', True)} "
        f"(born {R.dob_('dmy_short')}) confirmed {R.he()} is willing.",
        f"Victim issues: the VLO reports that {V.nm('full')} has asked for an exclusion zone "
        f"covering {b.town} town centre and a no-contact condition. {V.nm('first')} now lives "
        "outside the area; the address is held by the VLO and not recorded here.",
        "Licence conditions proposed: residence; no contact with named victim; exclusion zone "
        "(map attached); drug testing.",
        f"Parole eligibility date: {b.ev(b.d_now + timedelta(days=90), 'dmy')}",
        f"Signed {com.nm('ilast')}  {com.em()}")


def doc_rotl(b):
    """Release on temporary licence application with sponsor checks."""
    S, T, off, r = b.S, b.tp, b.st["officer"], b.rng
    sp = T.get("sib") or T["rel"]
    P = T["partner"]
    d = b.new_doc("rotl_application", "rotl")
    d.page()
    dt = b.day(250, 320)
    d.w(f"{b.prison}", "RELEASE ON TEMPORARY LICENCE - APPLICATION (RDR)",
        f"Applicant:  {S.nm('LF')}     Prison No: {S.pn()}     DOB: {S.dob_('dmy')}",
        f"Purpose:    resettlement day release, {b.ev(dt, 'long')}",
        "",
        "SPONSOR",
        f"Name:          {sp.nm('fml')}",
        f"Relationship:  {sp.rel}",
        f"Date of birth: {sp.dob_(r.choice(['long', 'ord_abbr', 'oracle']))}",
        f"Address:       {sp.street_()}, {sp.town}",
        f"Postcode:      {sp.pc_()}",
        f"Telephone:     {sp.ph(r.choice(['std', 'intl']))}",
        f"NI number:     {sp.ni_(r.choice(['spaced', 'std']))}",
        f"Transport:     sponsor to drive; vehicle {sp.vrm_()}; licence {sp.dl_()} checked",
        "",
        "CHECKS",
        f"Police: {b.force} - sponsor {sp.nm('ilast')} has PNC record {sp.pnc_('short')} "
        "(historic, minor); no current concerns.",
        f"Offender manager ({b.st['com'].nm('full')}): supports, subject to no contact with "
        f"{T['victim'].nm('full')}.",
        f"Partner {P.nm('full')} is NOT an approved sponsor (current police investigation).",
        "",
        f"Board outcome: approved {b.ev(dt - timedelta(days=14), 'dmy')}. Chair: "
        f"{b.st['security'].nm('full', True)}.")


def doc_benefits(b):
    """Universal Credit letter about a joint claim, with the partner's details."""
    S, T, r = b.S, b.tp, b.rng
    P = T["partner"]
    d = b.new_doc("benefits_letter", "uc")
    d.page()
    dt = b.d_arrest - timedelta(days=r.randint(20, 90))
    d.w("Universal Credit", "Department for Work and Pensions", "",
        S.nm("fml", True), S.addr_lines(), "",
        f"Date: {b.ev(dt, 'long')}",
        f"Your National Insurance number: {S.ni_(r.choice(['spaced', 'std', 'block']))}",
        "",
        f"Dear {S.tl()}",
        "",
        "Your joint claim - change of circumstances",
        f"You told us that {P.nm('full')} has moved in with you. We will now assess you as a "
        f"couple. {P.nm('first')}'s National Insurance number is recorded as "
        f"{P.ni_(r.choice(['spaced', 'std', 'lower', 'hyphen']))}; please tell us straight away "
        "if this is wrong.",
        f"Payments will be made to the account you nominated: sort code {P.sort_()}, "
        f"account {P.acct_()} (held by {P.nm('ilast')}).",
        "Your next payment of £1,012.46 is due on the 14th.",
        "",
        "If you are not happy with how we have handled your personal information you can "
        f"contact the Information Commissioner's Office on {M('0303 123 1113', 'phone', 'public_body')}"
        f", or write to them at Wilmslow, Cheshire {M('SK9 5AF', 'postcode', 'public_body')}.",
        "", "Universal Credit Service Centre", "Ref: UC/JC/0041")


def doc_solicitor(b):
    """Letter from the subject's solicitor."""
    S, T, r = b.S, b.tp, b.rng
    SOL, C, W = T["sol"], T["codef"], T["witness"]
    d = b.new_doc("solicitor_letter", "sol")
    d.page()
    dt = b.day(60, 200)
    d.w(b.firm.upper(), "Solicitors - Criminal Defence and Prison Law", "",
        f"Our ref: CD/{r.randint(1000, 9999)}/{dt.year % 100}",
        f"Direct line: {SOL.ph('std')}    Secure email: {SOL.em()}", "",
        "PRIVATE AND CONFIDENTIAL - LEGAL MAIL (RULE 39)",
        f"{S.nm('fml', True)}  {S.pn()}", b.prison, "",
        f"{b.ev(dt, 'long')}", "",
        f"Dear {S.nm('first')},",
        "",
        f"Thank you for your letter. I have now received the unused material. It includes a "
        f"second statement from {W.nm('full')}, which differs from {W.his()} first account on "
        f"the timing. I will also chase the CPS for {C.nm('last')}'s phone download; "
        f"{C.nm('first')}'s solicitors have indicated that {C.he()} may give evidence against you.",
        f"You asked about an appeal against sentence. The 28-day limit has passed, so we would "
        f"need leave out of time. Alternatively the Criminal Cases Review Commission "
        f"(Birmingham {M('B2 4BH', 'postcode', 'public_body')}) may be appropriate later.",
        f"For help with prison law issues you can call the Prisoners' Advice Service on "
        f"{M('020 7253 3323', 'phone', 'public_body')}.",
        "",
        "Yours sincerely", "", SOL.nm("full"), "Solicitor", b.firm)


def doc_family_letter(b):
    """Transcription of a handwritten letter from a family member."""
    S, T, r = b.S, b.tp, b.rng
    R, P = T["rel"], T["partner"]
    kid = T.get("child")
    sib = T.get("sib")
    d = b.new_doc("family_letter", "letter")
    d.page()
    dt = b.day(30, 200)
    sign = "Mum" if R.rel == "mother" else "Dad"
    d.w(f"[Transcription of handwritten letter received in mail room {b.ev(dt, 'dmy')}. "
        "Original retained.]", "",
        f"{R.street_()}", f"{R.town}", f"{R.pc_(r.choice(['std', 'lower', 'nospace']))}", "",
        f"Dear {M(S.nick, 'name', 'subject')},", "",
        "hope your keeping ok in there and eating properly. Things are the same here. "
        f"{P.nm('first')} came round sunday with "
        + (f"{kid.nm('first')} who has grown so much, {kid.he()} is {age_on(kid.dob, dt)} "
           f"now (born {kid.dob_('dmy')} can you believe it). "
           if kid else "the shopping. ")
        + (f"Your {sib.rel} {sib.nm('first')} says hello and will write soon. " if sib else ""),
        f"Ive got a new mobile so ring me on {R.ph(r.choice(['compact', 'std']))} not the old "
        "one. The house phone is the same.",
        f"That {T['codef'].nm('full')} has been seen round here "
        "again bold as brass. Keep away from him when you get out.",
        "The lady from the prisoners families line was really nice, the number is "
        f"{M('0808 808 2003', 'phone', 'public_body')} if " + (f"{P.nm('first')}" ) +
        " needs it.",
        "", "all my love", sign + " xxx",
        f"({R.nm('full')})")


def doc_court_register(b):
    """Court register / daily list extract."""
    S, T, r = b.S, b.tp, b.rng
    C, P1, P2 = T["codef"], T["pris1"], T["pris2"]
    d = b.new_doc("court_register", "register")
    d.page()
    dt = b.d_charge + timedelta(days=1)
    d.w(f"{b.mags.upper()}", f"COURT REGISTER - Courtroom {r.randint(1, 6)} - {b.ev(dt, 'weekday')}",
        "")
    w = [5, 26, 13, 16, 30]
    d.w(row(["No", "Defendant", "DOB", "PNC", "Offence", "Result"], w))
    lines = [(S, b.scenario[0][:28], "Sent to Crown Court; remanded in custody"),
             (C, b.scenario[0][:28], "Sent to Crown Court; conditional bail"),
             (P2, "Possession of Class B", "Fined £220; costs £85"),
             (P1, "Breach of CBO", "Adjourned to " + b.ev(dt + timedelta(days=28), "dmy"))]
    for i, (p, off, res) in enumerate(lines, 1):
        d.w(row([str(i), p.nm(r.choice(["LF", "LASTFIRST"])), p.dob_(r.choice(["dmy", "dmy", "oracle4"])),
                 p.pnc_(r.choice(["long", "short", "lower"])), off, res], w))
    d.w("", f"Legal adviser: initials only.  Prosecutor: CPS {b.force.split()[0]}.",
        f"Next sitting: {b.ev(dt + timedelta(days=3), 'long')} 10:00")


def doc_mental_health(b):
    """Mental health in-reach caseload extract and contact note (2 pages)."""
    S, T, nurse, r = b.S, b.tp, b.st["nurse"], b.rng
    P1, P2, R = T["pris1"], T["pris2"], T["rel"]
    d = b.new_doc("mental_health_notes", "mhir")
    d.page()
    d.w("MENTAL HEALTH IN-REACH TEAM", f"{b.prison} - caseload extract (weekly MDT)", "")
    w = [28, 10, 15, 10]
    d.w(row(["Patient", "Prison No", "NHS No", "Cell", "Care co-ordinator"], w))
    rows = [S, P1, P2]
    r.shuffle(rows)
    for p in rows:
        d.w(row([p.nm("LF"), p.pn(), p.nhs_(r.choice(["spaced", "plain"])),
                 f"{r.choice('ABCDE')}{r.randint(1, 4)}-{r.randint(1, 36):02d}", nurse.nm("ilast")], w))
    d.w("", "Page 1 of 2")
    d.page()
    dt = b.day(60, 240)
    d.w("CONTACT NOTE",
        f"Patient: {S.nm('full')}   NHS number: {S.nhs_('plain')}   DOB {S.dob_('dots')}",
        f"Date: {b.ev(dt, 'dmy')}  Time: 10:30  Seen by: {nurse.nm('full')} (RMN)",
        "",
        f"{S.nm('first')} self-referred following news that {S.his()} {R.rel} "
        f"({R.nm('first')}) has been unwell. Low mood, poor sleep (3-4 hrs). Denies current "
        "thoughts of self-harm. Sertraline 50mg od continued; review 2/52.",
        f"Next of kin on file: {R.nm('full')}, {R.ph(r.choice(['std', 'brackets', 'hyphen']), 1)}.",
        f"Given details of Samaritans ({M('116 123', 'phone', 'public_body')}) and the Listeners scheme.",
        f"Plan: review with Dr's clinic; liaise with {b.st['officer'].nm('ilast')} re cell-share risk "
        f"assessment ({P2.nm('last')} not suitable).",
        "", "Page 2 of 2")


def doc_emails(b):
    """E-mails printed to PDF (2 pages)."""
    S, T, r = b.S, b.tp, b.rng
    com, sec, off, pol = b.st["com"], b.st["security"], b.st["officer"], b.st["police"]
    V, P = T["victim"], T["partner"]
    d = b.new_doc("email_thread", "email")
    d.page()
    t1 = b.day(120, 200)
    d.w(f"From:     {com.nm('full')} <{com.em()}>",
        f"Sent:     {b.ev(t1, 'weekday')} 09:14",
        f"To:       {sec.nm('Lf')} <{sec.em()}>",
        f"Cc:       {pol.nm('full')} <{pol.em()}>",
        f"Subject:  RE: {S.nm('LAST')} {S.pn()} - contact with victim / partner",
        "",
        f"Hi {sec.nm('first')},",
        "",
        f"Thanks for the SIR. The VLO has confirmed that {V.nm('full')} has not been contacted "
        f"directly, but {P.nm('full')} has been messaging {V.his()} "
        f"{r.choice(['sister', 'cousin'])} on social media. Can you check whether {P.nm('first')}'s "
        f"number ({P.ph('std')}) has been added to the PIN account?",
        f"If {V.nm('first')} needs support out of hours, the VLO has given {V.him()} the "
        f"National Domestic Abuse Helpline, {M('0808 2000 247', 'phone', 'public_body')}.",
        "",
        "Kind regards",
        com.nm("full"), f"{com.rank} | {b.pdu}", f"Tel {com.ph('std')} | Mob {com.ph('std', 1)}",
        "", "Page 1 of 2")
    d.page()
    d.w(f"From:     {sec.nm('full')} <{sec.em()}>",
        f"Sent:     {b.ev(t1 - timedelta(days=1), 'dmy')} 16:47",
        f"To:       {com.em()}",
        f"Subject:  {S.nm('LAST')} {S.pn()} - contact with victim / partner",
        "",
        f"{com.nm('first')} - FYI. {S.nm('ilast')} ({S.dob_('dmy')}) was overheard on the landing "
        f"saying {S.he()} \"knows where {V.nm('first')} lives now\". Officer {off.nm('last')} "
        "submitted an IR. Number dialled from the wing phone was "
        f"{V.ph(r.choice(['compact', 'std']))}, which matches the victim's number on the "
        "police system.",
        f"{pol.short} {pol.nm('last')} - please can you update the victim.",
        "", sec.nm("full"), sec.rank, f"{b.prison}  |  {sec.ph('std')}",
        "", "Page 2 of 2")


def doc_texts(b):
    """Text-message transcript from a handset download."""
    S, T, pol, r = b.S, b.tp, b.st["police"], b.rng
    C, P, R = T["codef"], T["partner"], T["rel"]
    d = b.new_doc("text_message_transcript", "sms")
    d.page()
    d.w(f"{b.force} - Digital Forensics Unit", "Handset extraction report: SMS / WhatsApp",
        f"Exhibit: DFU/{r.randint(100, 999)}   Handset: Samsung A14   "
        f"Owner attributed: {S.nm('full')}",
        f"MSISDN: {S.ph('intl')}   Extraction tool v7.66.1", "")

    def who(p):
        if p is S:
            return M(S.nick, "name", "subject") + " (owner)"
        return p.nm("first")
    w = [18, 18, 18]
    d.w(row(["Timestamp (UTC)", "From", "To", "Message"], w))
    t = b.d_offence - timedelta(days=2)
    nick = M(S.nick.lower(), "name", "subject")
    msgs = [
        (S, C, f"u about 2nite {C.nm('lower')}"),
        (C, S, f"ye. get {P.nm('lower')} to drop u at mine"),
        (P, S, f"where r u {S.nm('lower')}?? ur {'mum' if R.rel == 'mother' else 'dad'} keeps ringing me"),
        (S, P, f"at {C.nm('lower')}s. back later dont wait up"),
        (C, S, f"bring the car. {nick} dont be late"),
        (P, S, f"new number {P.ph(r.choice(['compact', '0044']))} save it"),
    ]
    for i, (fr, to, msg) in enumerate(msgs):
        ts = f"{b.ev(t + timedelta(days=i // 3), 'iso')} {18 + i}:{r.randint(0, 59):02d}"
        d.w(row([ts, who(fr), who(to), msg], w))
    d.w("", f"Contact list (selected): {C.nm('first')} = {C.ph('compact')}; "
        f"{P.nm('first')} = {P.ph('std')}; {R.rel.capitalize()} = {R.ph('std')}")


def doc_bank(b):
    """Bank statement extract of the subject's account (2 pages)."""
    S, T, r = b.S, b.tp, b.rng
    R, P, P1, C = T["rel"], T["partner"], T["pris1"], T["codef"]
    d = b.new_doc("bank_statement", "bank")
    d.page()
    start = b.d_offence - timedelta(days=60)
    d.w("Redfern Mutual Bank plc", "Current Account Statement", "",
        S.nm("fml", True), S.addr_lines(), "",
        f"Sort code: {S.sort_()}    Account number: {S.acct_()}",
        f"IBAN: {S.iban_()}    BIC: {S.bank[2][4:8]}GB2L",
        f"Statement period: {b.ev(start, 'long')} to {b.ev(start + timedelta(days=30), 'long')}",
        "")
    w = [12, 54, 11, 11]
    d.w(row(["Date", "Description", "Paid out", "Paid in", "Balance"], w))
    bal = r.randint(100, 900) + 0.37
    tx = [
        (f"FASTER PAYMENT TO {R.nm('I_LAST')} "
         f"{R.sort_('plain')} {R.acct_()} REF RENT", 250.00, 0),
        ("CARD PAYMENT SAVEWAY STORES 4411", 38.12, 0),
        (f"FP FROM {C.nm('LAST')} REF CASH", 0, 400.00),
        (f"FASTER PAYMENT TO {P.nm('CAPS')} {P.sort_('spaces')} {P.acct_()}", 120.00, 0),
        ("DIRECT DEBIT NORTHERN WATER", 31.50, 0),
        ("ATM WITHDRAWAL HIGH ST", 100.00, 0),
        (f"STANDING ORDER TO {P1.nm('LAST')} {P1.sort_('hyphen')} {P1.acct_()}", 60.00, 0),
        ("UNIVERSAL CREDIT DWP", 0, 393.45),
    ]
    rows = []
    for i, (desc, out, inn) in enumerate(tx):
        dt = start + timedelta(days=3 + i * 3)
        bal = bal - out + inn
        rows.append(row([b.ev(dt, "dmy"), desc, f"{out:.2f}" if out else "", f"{inn:.2f}" if inn else "",
                         f"{bal:,.2f}"], w))
    d.w(*rows[:5], "", "Page 1 of 2")
    d.page()
    d.w(f"{S.nm('CAPS')}   Account {S.acct_()}   continued", "")
    d.w(row(["Date", "Description", "Paid out", "Paid in", "Balance"], w), *rows[5:])
    d.w("", f"International payment received: from {C.nm('full')}, IBAN {C.iban_(r.choice(['grouped', 'compact']))}, "
        "amount £900.00.",
        f"Your debit card ending {S.card[-4:]} was replaced on {b.ev(start + timedelta(days=12), 'long')}.",
        "", "Page 2 of 2")


def doc_anpr(b):
    """ANPR / vehicle report with registered keeper details."""
    S, T, pol, r = b.S, b.tp, b.st["police"], b.rng
    C, P, P2 = T["codef"], T["partner"], T["pris2"]
    d = b.new_doc("anpr_report", "anpr")
    d.page()
    d.w(f"{b.force} - ANPR Bureau", f"Report for Operation {r.choice(['KESTREL', 'MAGPIE', 'ORCHARD', 'TALON'])}",
        f"Requested by {pol.short} {pol.nm('full')}   {pol.em()}", "")
    w = [12, 8, 26, 12]
    d.w(row(["Date", "Time", "Camera", "VRM", "Direction"], w))
    cams = ["A61 Stanmoor Rd jct", "M62 J27 slip", "Station Rd / Mercer Pde", "B6114 Cloughside",
            "Retail park exit"]
    for i, p in enumerate([C, C, P, S, P2]):
        d.w(row([b.ev(b.d_offence, "dmy"), f"0{r.randint(0, 3)}:{r.randint(10, 59)}", cams[i],
                 p.vrm_(r.choice(["std", "std", "compact"])), r.choice(["N", "S", "E", "W"])], w))
    d.w("", "REGISTERED KEEPER DETAILS (DVLA)")
    for p in (C, P, P2):
        d.w(f"{p.vrm_()}  {r.choice(['Ford Focus', 'VW Golf', 'BMW 320d', 'Seat Leon'])}  "
            f"Keeper: {p.nm('LFM')}  DOB {p.dob_(r.choice(['dmy', 'oracle', 'iso']))}",
            f"         {p.addr()}")
    d.w(f"{S.vrm_()}  Vauxhall Corsa  Keeper: {S.nm('LF')}  {S.addr()}")


def doc_travel(b):
    """Immigration / travel document record (advance passenger information)."""
    S, T, r = b.S, b.tp, b.rng
    P, C = T["partner"], T["codef"]
    d = b.new_doc("travel_record", "travel")
    d.page()
    dt = b.d_offence - timedelta(days=r.randint(30, 120))
    d.w("BORDER SYSTEMS - ADVANCE PASSENGER INFORMATION EXTRACT",
        f"Request: SPOC/{r.randint(1000, 9999)}  Requested for: {S.nm('LF')}", "")
    w = [24, 13, 10, 12, 10]
    d.w(row(["Passenger", "DOB", "Nat.", "Doc No", "Flight", "Date"], w))
    fl = f"{r.choice(['EZY', 'RYR', 'TOM', 'BAW'])}{r.randint(100, 9999)}"
    for p in (S, P, C):
        d.w(row([p.nm("LASTFIRST"), p.dob_("oracle4"), "GBR", p.pp_(), fl, b.ev(dt, "dmy")], w))
    d.w("", f"Return: {fl[:3]}{r.randint(100, 9999)} on {b.ev(dt + timedelta(days=7), 'dmy')}. "
        f"Booking made by {P.nm('full')} ({P.em()}, {P.ph('std')}); paid by card "
        f"{P.card_(r.choice(['spaced', 'compact', 'hyphen']))}.",
        f"Note: {C.nm('last')} travelled on passport no. {C.pp_()} issued "
        f"{b.ev(dt - timedelta(days=700), 'long')}, expiry {b.ev(dt + timedelta(days=2950), 'long')}.",
        f"Subject's passport {S.pp_()} - no alerts.")


def doc_it_audit(b):
    """Login / IT audit log: Email a Prisoner and online visit booking."""
    S, T, r = b.S, b.tp, b.rng
    P, R, W, sol = T["partner"], T["rel"], T["witness"], T["sol"]
    d = b.new_doc("it_audit_log", "audit")
    d.page()
    d.w("HMPPS DIGITAL - SERVICE AUDIT EXPORT", "Services: Email a Prisoner; Visit Someone in Prison",
        f"Filter: prisoner = {S.pn()}  export v2.4.1", "")
    w = [21, 10, 30, 18]
    d.w(row(["Timestamp", "Service", "Account", "Source IP", "Event"], w))
    evs = [(P, "EAP", "message sent (1 page)"), (R, "VSIP", "visit booked"),
           (P, "VSIP", "visit request"), (W, "EAP", "message sent (2 pages) - HELD"),
           (R, "EAP", "message sent (1 page)"), (P, "EAP", "login failed x3")]
    for i, (p, svc, ev) in enumerate(evs):
        dt = b.day(10 + i * 12, 20 + i * 12)
        d.w(row([f"{b.ev(dt, 'iso')}T{r.randint(7, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z",
                 svc, p.em(), p.ip_(), ev], w))
    d.w("", f"Account holder names: {P.em()} = {P.nm('full')}; {R.em()} = {R.nm('full')}; "
        f"{W.em()} = {W.nm('full')} (message held: sender is a prosecution witness).",
        f"Session IDs: 9f3c{r.randint(1000, 9999)}ab, 77de{r.randint(1000, 9999)}c1 (internal).",
        f"Probation Digital Services login by {S.nm('ilast')} ({S.em()}) from {S.ip_()} on "
        f"{b.ev(b.d_offence - timedelta(days=20), 'dmy')} 20:41 (pre-custody).")


def doc_exhibits(b):
    """Police exhibit list (seized property)."""
    S, T, pol, r = b.S, b.tp, b.st["police"], b.rng
    C, P, P2 = T["codef"], T["partner"], T["pris2"]
    d = b.new_doc("exhibit_list", "exhibits")
    d.page()
    d.w(f"{b.force} - SCHEDULE OF NON-SENSITIVE UNUSED MATERIAL / EXHIBITS",
        f"R v {S.nm('LAST')} and {C.nm('LAST')}", "")
    w = [8, 62]
    items = [
        f"Debit card, Visa, in the name of {C.nm('CAPS')}, no. {C.card_(r.choice(['spaced', 'compact']))}, "
        f"found in {S.nm('ilast')}'s wallet",
        f"Credit card in the name of {P2.nm('ilast')}, no. {P2.card_(r.choice(['spaced', 'hyphen']))}",
        f"Photocard driving licence {C.dl_(r.choice(['std', 'spaced']))} ({C.nm('full')})",
        f"UK passport no. {P.pp_()} in the name of {P.nm('full')} (returned to owner "
        f"{b.ev(b.d_arrest + timedelta(days=40), 'dmy')})",
        f"Samsung handset, SIM {C.ph('std')}, seized from {C.nm('last')}",
        f"Tenancy agreement for {C.street_()}, {C.town} {C.pc_()} in the name of {C.nm('full')}",
        f"Payslip, employee {P2.nm('full')}, NI {P2.ni_(r.choice(['std', 'spaced', 'nosuffix']))}",
        f"Notebook with handwritten list: \"{P2.nm('first')} {P2.ph('compact')}\"",
        f"Wallet seized from {S.nm('full')} on arrest: own debit card {S.card_()}; own photocard "
        f"driving licence {S.dl_(r.choice(['std', 'spaced3']))}",
        "Cash £2,140 in bank bags (sealed, bag no. M0044187)",
    ]
    d.w(row(["Ref", "Description"], w))
    for i, it in enumerate(items, 1):
        d.w(row([f"EXH-{i:02d}", it], w))
    d.w("", f"Disclosure officer: {pol.nm('full')}     Date: {b.ev(b.d_charge + timedelta(days=30), 'dmy')}")


def doc_financial(b):
    """Financial investigation report (POCA) listing accounts and holders."""
    S, T, pol, r = b.S, b.tp, b.st["police"], b.rng
    C, P, R, V = T["codef"], T["partner"], T["rel"], T["victim"]
    d = b.new_doc("financial_investigation", "fin")
    d.page()
    d.w(f"{b.force} - Economic Crime Unit", "FINANCIAL INVESTIGATION REPORT (POCA 2002)",
        f"Subject: {S.nm('fml')}  DOB {S.dob_('iso')}  NI {S.ni_('spaced')}",
        f"Financial investigator: {pol.nm('full')}", "",
        "1. ACCOUNTS IDENTIFIED")
    w = [24, 10, 12, 30]
    d.w(row(["Account holder", "Sort code", "Account", "IBAN"], w))
    for p, sf in ((S, "hyphen"), (C, "spaces"), (P, "hyphen"), (R, "plain")):
        d.w(row([p.nm("full"), p.sort_(sf), p.acct_(), p.iban_(r.choice(["grouped", "compact"]))], w))
    d.w("", "2. LINKED PERSONS",
        f"{C.nm('full')} (NI {C.ni_(r.choice(['std', 'spaced', 'lower']))}) received 14 transfers "
        f"totalling £6,300 from {S.nm('last')} between "
        f"{b.ev(b.d_offence - timedelta(days=90), 'long')} and {b.ev(b.d_offence, 'long')}.",
        f"{P.nm('full')} (NI {P.ni_(r.choice(['std', 'hyphen', 'block']))}) is a joint signatory "
        f"on no account but received £1,200 in cash deposits; {P.his()} card "
        f"{P.card_(r.choice(['spaced', 'compact']))} was used at the same ATM.",
        f"{R.nm('full', True)} appears to have lent {S.him()} money; no further action.",
        f"Victim {V.nm('full')}: compensation of £{r.randint(5, 40) * 50} to be sought from "
        f"realisable assets; {V.his()} bank details (sort code {V.sort_()}, account {V.acct_()}) "
        "are held for payment.",
        "", "3. AVAILABLE AMOUNT", f"Estimated £{r.randint(2, 30)},{r.randint(100, 999)} "
        f"(vehicle {S.vrm_()} valued £3,200).")


def doc_mappa(b):
    """MAPPA level 2 meeting minutes."""
    S, T, r = b.S, b.tp, b.rng
    com, pol, sec = b.st["com"], b.st["police"], b.st["security"]
    C, P2, P, V = T["codef"], T["pris2"], T["partner"], T["victim"]
    d = b.new_doc("mappa_minutes", "mappa")
    d.page()
    dt = b.d_now - timedelta(days=r.randint(10, 60))
    d.w("MAPPA LEVEL 2 MEETING - MINUTES", "CONFIDENTIAL: not to be disclosed without the chair's consent", "",
        f"Date of meeting: {b.ev(dt, 'long')}   Venue: {b.pdu} (Teams)",
        f"Nominal: {S.nm('LFM')}   CRN: {S.crn_(r.choice(['std', 'lower']))}   PNC: {S.pnc_('short')}   "
        f"Category 2",
        "",
        "Attendees:",
        f"  {com.nm('full')}   {com.rank} (COM)",
        f"  {pol.short} {pol.nm('full')}   {b.force}",
        f"  {sec.nm('full')}   {b.prison} (security)",
        "",
        "1. Associates",
        f"  {C.nm('full')}   CRN {C.crn_()}   CRO {C.cro_(r.choice(['std', 'padded']))}   "
        f"co-defendant, on licence to {b.pdu}",
        f"  {P2.nm('full')}   CRN {P2.crn_(r.choice(['std', 'lower']))}   CRO {P2.cro_()}   "
        f"prison associate; due for release {b.ev(dt + timedelta(days=60), 'dmy')}",
        f"  {T['pris1'].nm('full')}   CRN {T['pris1'].crn_()}   former cellmate; previously "
        "supervised in the community",
        f"  {P.nm('full')}   partner; no probation record. Date of birth {P.dob_(r.choice(['long', 'ord_of', 'us']))}.",
        "",
        "2. Victim safety",
        f"  {V.nm('full')} (aged {age_on(V.dob, dt)}, DOB {V.dob_(r.choice(['dmy', 'dots_short', 'ord_abbr']))}) "
        f"now lives at {V.street_()}, {V.pc_()}. Police to add a marker to the address.",
        "",
        "3. Actions",
        f"  {com.nm('ilast')}: licence conditions to include no contact with {V.nm('ilast')} and "
        f"{C.nm('ilast')}.",
        f"  {pol.nm('ilast')}: update victim by {b.ev(dt + timedelta(days=14), 'dmy')}.",
        f"Next review: {b.ev(dt + timedelta(days=84), 'long')}")


def doc_adjudication(b):
    """Prison adjudication record (DIS1/DIS3)."""
    S, T, off, r = b.S, b.tp, b.st["officer"], b.rng
    P1, P2 = T["pris1"], T["pris2"]
    d = b.new_doc("adjudication_record", "adj")
    d.page()
    dt = b.day(60, 200)
    d.w(f"{b.prison}", "NOTICE OF REPORT (DIS1) AND RECORD OF HEARING (DIS3)",
        f"Adjudication no: {b.prison.split()[-1][:3].upper()}-{dt.year}-{r.randint(1000, 9999)}", "",
        f"Prisoner:         {S.nm('LF')}",
        f"Number:           {S.pn()}",
        f"Location:         {r.choice('ABCDEF')}-{r.randint(1, 4)}-{r.randint(1, 30):02d}",
        "Charge:           Rule 51(1) commits any assault",
        f"Date of offence:  {b.ev(dt, 'dmy')} at 12:05",
        f"Reporting officer:{' '}{off.nm('full')} ({off.short})",
        "",
        "Particulars: " + f"At approx 12:05 on the servery I saw {S.nm('last')} push "
        f"{P2.nm('full')} ({P2.pn()}) into the hotplate, causing a minor burn.",
        "",
        "Witnesses:",
        f"  {P1.nm('LF')}  {P1.pn()}  (prisoner)",
        f"  {b.st['security'].nm('full')}  (staff)",
        "",
        f"Hearing: {b.ev(dt + timedelta(days=2), 'long')}. Plea: not guilty. Finding: proven. "
        "Punishment: 14 days loss of canteen; 7 days cellular confinement suspended.",
        f"{S.nm('first')} said that {P2.nm('first')} \"had been winding {S.him()} up for weeks\".")


def doc_delius(b):
    """nDelius contact log extract."""
    S, T, com, r = b.S, b.tp, b.st["com"], b.rng
    P, R, C = T["partner"], T["rel"], T["codef"]
    d = b.new_doc("ndelius_contact_log", "delius")
    d.page()
    d.w("nDelius - Contact Log", f"{S.nm('LF')}   CRN {S.crn_()}   DOB {S.dob_('dmy')}", "")
    w = [12, 22, 22]
    d.w(row(["Date", "Contact type", "Officer", "Notes"], w))
    entries = [
        ("Phone - outbound", f"Spoke to {R.rel} {R.nm('ilast')} on {R.ph('std')}; supportive of release plan."),
        ("Prison visit", f"Seen at {b.prison}. {S.nm('first')} reports {S.he()} and {P.nm('first')} are no longer together."),
        ("Email - inbound", f"From {P.nm('full')} ({P.em()}): does not want {S.nm('last')} at {P.his()} address."),
        ("Other agency", f"Police advise {C.nm('full')} was arrested on "
                         f"{b.ev(b.day(100, 150), 'dmy')} (unrelated)."),
        ("Case review", "OASys review completed. RoSH remains HIGH. Sentence plan updated."),
    ]
    for i, (typ, note) in enumerate(entries):
        dt = b.day(20 + i * 40, 50 + i * 40)
        d.w(row([b.ev(dt, "dmy"), typ, com.nm("ilast"), note], w))


def doc_education(b):
    """Prison education and work record."""
    S, T, r = b.S, b.tp, b.rng
    P1, off = T["pris1"], b.st["officer"]
    d = b.new_doc("education_work_record", "edu")
    d.page()
    d.w(f"{b.prison} - LEARNING AND SKILLS", f"Learner: {S.nm('fml')}   Prison no. {S.pn()}", "")
    w = [32, 14, 14]
    d.w(row(["Course / activity", "Start", "End", "Outcome"], w))
    for c in ["Functional Skills Maths L1", "Functional Skills English L2", "Industrial cleaning (BICSc)",
              "Peer mentor induction", "Kitchens - NVQ Food Safety L2"]:
        s = b.day(20, 300)
        d.w(row([c, b.ev(s, "dmy"), b.ev(s + timedelta(days=r.randint(20, 90)), "dmy"),
                 r.choice(["Achieved", "Withdrawn (transfer)", "Achieved - merit", "In progress"])], w))
    d.w("", f"Peer mentor paired with: {P1.nm('full')} ({P1.pn()}), {P1.nm('first')} supports "
        f"{S.nm('first')} with reading.",
        f"Work: wing cleaner, band 2 (£11.50/week). Supervisor: {off.nm('ilast')}.",
        f"Tutor comment: \"{S.nm('first')} is punctual and helpful to others.\"")


ALWAYS = [doc_crime_report, doc_visits, doc_financial, doc_it_audit, doc_mental_health,
          doc_mappa, doc_exhibits, doc_court_register, doc_travel]
OPTIONAL = [doc_psr, doc_custody, doc_mg5, doc_mg11, doc_security_log, doc_use_of_force,
            doc_phone, doc_parole, doc_rotl, doc_benefits, doc_solicitor, doc_family_letter,
            doc_emails, doc_texts, doc_bank, doc_anpr, doc_adjudication,
            doc_delius, doc_education]


# ----------------------------------------------------------------------------------------
# Self-checks
# ----------------------------------------------------------------------------------------

def flex(s, lead=True, tail=True):
    """A regex matching s with optional separators between its characters (case-insensitive)."""
    chars = [re.escape(c) for c in re.sub(r"[^A-Za-z0-9]", "", s)]
    return re.compile((r"(?<![A-Za-z0-9])" if lead else "") + r"[\s\-/.()]*".join(chars)
                      + (r"(?![A-Za-z0-9])" if tail else ""), re.I)


def needles(p):
    """Everything about a cast member that must never appear unlabelled."""
    out = []
    for tok in name_tokens(f"{p.first} {p.middle or ''} {p.last}"):
        for t in {tok, tok.upper()}:
            out.append((f"name {t}", re.compile(r"(?<![\w'])" + re.escape(t) + r"(?![\w])")))
    if getattr(p, "nick", None):
        out.append(("nick", re.compile(r"(?<![\w'])" + re.escape(p.nick) + r"(?![\w])", re.I)))
    for f in DATE_FORMS + ["compact"]:
        out.append((f"dob {f}", re.compile(re.escape(date_text(p.dob, f)), re.I)))
    if p.role == "child":
        return out
    vals = [p.prison_no, pnc_text(p.pnc, "long"), pnc_text(p.pnc, "short"),
            cro_text(p.cro, "std"), cro_text(p.cro, "padded"), p.crn, p.nhs, p.passport, p.dl,
            p.vrm, p.bank[0], p.bank[1], p.bank[2], p.card, p.postcode, p.email]
    for v in vals:
        out.append((f"id {v}", flex(v)))
    out.append((f"ni {p.ni}", flex(p.ni[:8], tail=False)))
    for ph in p.phones:
        out.append((f"phone {ph}", flex((ph[0] + ph[1])[1:], lead=False)))
    if ":" in p.ip:
        out.append(("ip", re.compile(re.escape(p.ip), re.I)))
    else:
        out.append(("ip", re.compile(r"(?<![\d.])" + re.escape(p.ip) + r"(?![\d])")))
    out.append(("street", re.compile(re.escape(p.street.split(", ")[-1]))))
    return out


def self_check(b, rendered):
    """Blank every labelled span, then look for any cast member's data left in the page."""
    checks = [(p, needles(p)) for p in b.people()]
    problems = []
    for did, pages in rendered:
        for pi, (data, spans) in enumerate(pages):
            blank = bytearray(data)
            for s, e, *_ in spans:
                blank[s:e] = b" " * (e - s)
            text = blank.decode("utf-8")
            for p, ns in checks:
                for what, rx in ns:
                    m = rx.search(text)
                    if m:
                        problems.append(f"{did} p{pi}: unlabelled {p.role} {what}: "
                                        f"...{text[max(0, m.start() - 30):m.end() + 30]!r}")
    return problems


# ----------------------------------------------------------------------------------------
# Build and write
# ----------------------------------------------------------------------------------------

def build_bundle(idx, ids):
    b = Bundle(idx, ids)
    r = b.rng
    chosen = ALWAYS + r.sample(OPTIONAL, 6)
    order = sorted(chosen, key=lambda f: (ALWAYS + OPTIONAL).index(f))
    r.shuffle(order)
    for fn in order:
        fn(b)
    S = b.S
    subject = {
        "name": f"{S.first} {S.middle} {S.last}",
        "aliases": [f"{S.nick} {S.last}", f"{S.first} {S.alias_last}"],
        "date_of_birth": S.dob.isoformat(),
        "prison_number": S.prison_no,
        "identifiers": {"pnc": pnc_text(S.pnc, "long"), "cro": cro_text(S.cro, "std"),
                        "crn": S.crn, "ni_number": S.ni, "nhs_number": S.nhs,
                        "passport": S.passport, "driving_licence": S.dl},
        "contact": {"addresses": [f"{S.street}, {S.town} {S.postcode}"],
                    "phones": [phone_text(ph, "std") for ph in S.phones],
                    "emails": [S.email]},
    }
    docs_json, rendered = [], []
    for d in b.docs:
        pages, truth, rpages = [], [], []
        for pi, lines in enumerate(d.pages):
            data, spans = render("\n".join(lines) + "\n")
            last_end = -1
            for s, e, cat, party, text in spans:
                assert data[s:e].decode("utf-8") == text, (d.id, text)
                assert s >= last_end, f"overlap in {d.id} p{pi} at {text!r}"
                assert text.strip() == text and text, (d.id, text)
                last_end = e
                truth.append({"page": pi, "begin": s, "end": e, "category": cat,
                              "party": party, "text": text})
            pages.append(data.decode("utf-8"))
            rpages.append((data, spans))
        docs_json.append({"id": d.id, "kind": d.kind, "pages": pages, "truth": truth})
        rendered.append((d.id, rpages))
    problems = self_check(b, rendered)
    return {"bundle_id": b.bid, "subject": subject, "documents": docs_json}, problems


def main(argv):
    if len(argv) != 2:
        print("usage: evalgen_fresh.py OUT_DIR", file=sys.stderr)
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    ids = IdGen(random.Random(SEED))
    counts = {}
    n_docs = n_pages = n_bytes = 0
    kinds = set()
    all_problems = []
    for i in range(1, N_BUNDLES + 1):
        bundle, problems = build_bundle(i, ids)
        all_problems += problems
        for d in bundle["documents"]:
            n_docs += 1
            kinds.add(d["kind"])
            n_pages += len(d["pages"])
            n_bytes += sum(len(p.encode("utf-8")) for p in d["pages"])
            for t in d["truth"]:
                counts[(t["category"], t["party"])] = counts.get((t["category"], t["party"]), 0) + 1
        with open(os.path.join(out, f"bundle-{i:02d}.json"), "w", encoding="utf-8") as f:
            json.dump(bundle, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{N_BUNDLES} bundles, {n_docs} documents ({len(kinds)} kinds), {n_pages} pages, "
          f"{n_bytes} bytes of page text")
    print(f"{'category':22}" + "".join(f"{p:>13}" for p in PARTIES))
    short = []
    for c in CATEGORIES:
        print(f"{c:22}" + "".join(f"{counts.get((c, p), 0):>13}" for p in PARTIES))
        if counts.get((c, "third_party"), 0) < 30:
            short.append(c)
    if all_problems:
        print("\n".join(all_problems[:40]), file=sys.stderr)
        print(f"self-check: {len(all_problems)} unlabelled item(s)", file=sys.stderr)
        return 1
    if short:
        print(f"fewer than 30 third-party items in: {', '.join(short)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
