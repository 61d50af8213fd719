#!/usr/bin/env python3
# evalgen_heldout.py - held-out labelled evaluation set for the disclose detection engine.
#
# What it is: a generator of synthetic, labelled SAR bundles (prison and probation page
# text with every personal-data item marked by byte span, category and party), written
# to test how the detector GENERALISES. It was written independently of the detection
# rules (stages/detect/), of the first generator (tests/tools/evalgen.py) and of its data
# (tests/data/eval/): none of those were read. Its templates, phrasing, layouts, name,
# street and town pools are its own; identifier formats and check digits follow only
# ../shared/reference/uk-identifiers.md, and the document kinds ../shared/reference/domain.md.
#
# All data is synthetic: Ofcom drama phone ranges, NHS numbers in the never-issued 999
# range, example.* e-mail domains, RFC 5737 / RFC 3849 documentation IP addresses,
# Luhn-valid test-style card numbers, made-up IBAN bank codes. Every identifier is checked
# by a small independent validator below before it is written.
#
# Run (deterministic: a fixed seed, so two runs give byte-identical files):
#     python3 tests/tools/evalgen_heldout.py tests/data/eval-heldout
# then measure with:  build/disclose eval tests/data/eval-heldout
#
# Output: DIR/bundle-NN.json, each {"bundle_id", "subject", "documents": [{"id", "kind",
# "pages": [text, ...], "truth": [{"page", "begin", "end", "category", "party", "text"}]}]}
# where begin/end are byte offsets (end exclusive) into the UTF-8 bytes of that page.
# Parties: subject, third_party, staff, public_body. Dates that are not dates of birth,
# organisation and place names, reference numbers, times, amounts and doses are left
# unlabelled on purpose (hard negatives).

import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata

SEED = 90417
N_BUNDLES = 13
TODAY = dt.date(2025, 6, 30)

CATEGORIES = ["name", "prison_number", "pnc", "cro", "crn", "ni_number", "nhs_number",
              "date_of_birth", "phone", "email", "postcode", "address",
              "vehicle_registration", "passport", "driving_licence", "sort_code",
              "account_number", "payment_card", "iban", "ip_address"]
PARTIES = ["subject", "third_party", "staff", "public_body"]

# ---------------------------------------------------------------------------------------
# Pools (invented for this generator)
# ---------------------------------------------------------------------------------------
MALE_FIRST = [
    "Liam", "Daniel", "Craig", "Jamie", "Callum", "Rhys", "Dylan", "Owen", "Declan",
    "Ciarán", "Niall", "Fergus", "Hamish", "Euan", "Lachlan", "Imran", "Tariq", "Harpreet",
    "Sukhdev", "Arjun", "Zain", "Bilal", "Kamran", "Chinedu", "Kwame", "Tunde", "Emeka",
    "Kofi", "Obinna", "Yusuf", "Abdi", "Delroy", "Winston", "Marlon", "Jermaine", "Marek",
    "Tomasz", "Piotr", "Andrei", "Vasile", "Lukas", "Mihai", "Gethin", "Iwan", "Aled",
    "Ruaridh", "Kyle", "Jordan", "Reece", "Tyrone", "Shane", "Pádraig", "Jean-Paul",
    "Mohammed", "Darnell", "Stuart", "Graham", "Keith", "Ashley", "Lewis"]
FEMALE_FIRST = [
    "Chloe", "Shannon", "Jade", "Kayleigh", "Siobhan", "Aoife", "Niamh", "Bronwen", "Cerys",
    "Eilidh", "Morag", "Catriona", "Priya", "Anjali", "Nusrat", "Farzana", "Harleen",
    "Ayesha", "Ngozi", "Chiamaka", "Adaeze", "Abena", "Fatima", "Hodan", "Marcia",
    "Beverley", "Claudette", "Simone", "Kasia", "Agnieszka", "Ioana", "Oksana", "Zuzana",
    "Danielle", "Leanne", "Gemma", "Tracey", "Sinéad", "Róisín", "Megan", "Ffion",
    "Rhiannon", "Siân", "Zoë", "Mary-Kate", "Lorraine", "Precious", "Blessing", "Paulette",
    "Yasmin", "Tanisha", "Kerry-Ann"]
MIDDLE_M = ["James", "Anthony", "Lee", "John", "Michael", "Ahmed", "Singh", "Chukwuma",
            "Aleksander", "Ioan", "Seamus", "Kwabena", "Ray", "Dean", "Nathaniel", "Tadhg"]
MIDDLE_F = ["Marie", "Louise", "Ann", "Rose", "Kaur", "Grace", "Elizabeth", "Jo", "Bethan",
            "Adwoa", "Nicole", "Iulia", "Mairéad", "Shireen"]
SURNAMES = [
    "Hargreaves", "Pickering", "Ashworth", "Brightwell", "Thornley", "Copeland",
    "Duckworth", "Whitlock", "Fairbrother", "Ollerenshaw", "Sutcliffe", "Greenhalgh",
    "O'Neill", "O'Sullivan", "Gallagher", "Kavanagh", "Brennan", "Ó Ceallaigh", "Doherty",
    "Llewellyn", "Prydderch", "Vaughan", "Pritchard", "Bowen", "Griffiths", "Jenkins",
    "McAllister", "MacLeod", "McGregor", "Mackenzie", "Buchanan", "Urquhart", "Drummond",
    "McTavish", "MacInnes", "Chaudhry", "Siddiqui", "Bhatti", "Sandhu", "Gill", "Mistry",
    "Rahman", "Hussain", "Choudhury", "Dhillon", "Okonkwo", "Adeyemi", "Mensah", "Asante",
    "Okafor", "Nwosu", "Abdullahi", "Osei", "Balogun", "Eze", "Farah", "Warsame",
    "Blackwood", "Beckford", "Forbes", "Grant", "Thompson-Reid", "Morrison-Hall",
    "Kowalczyk", "Wiśniewski", "Nowak", "Popescu", "Ionescu", "Petrauskas", "Horváth",
    "Kovalenko", "Dvořák", "Wójcik", "Ashworth-Bell", "Clarke-Mensah", "Owusu-Ansah",
    "Lloyd-Pritchard", "D'Souza", "Fitzgerald", "Quigley", "Mahmood", "Akhtar", "Sesay"]
STREETS = [
    "Tansy Close", "Quarrybank Terrace", "Heronsgate Walk", "Bellfounder Street",
    "Cinder Lane", "Maltkiln Row", "Pennywort Avenue", "Slate Quay", "Otterburn Crescent",
    "Wheelwright Drive", "Brackenhill Gardens", "Ropewalk Court", "Lapwing Way",
    "Gallowtree Road", "Sandpiper Mews", "Coldharbour Grove", "Tannery Yard",
    "Weavers Fold", "Mistletoe Lane", "Kiln Bank", "Cwrt y Dderwen", "Heol Glasfryn",
    "Cairnfield Place", "Braeside Wynd", "Foundry Terrace", "Beckside Road",
    "Wagtail Close", "Chandlers Row", "Haymarket Street", "Pinfold Lane", "Sorrel Drive",
    "Moorgate Rise", "Teasel Way", "Nettlebed Road", "Anvil Street", "Culverhay",
    "Starling Avenue", "Cobbler's Walk", "Drovers Lane", "Hopkiln Close"]
TOWNS = ["Ashcombe", "Brackenford", "Castle Reddings", "Dunmere", "Elmstead Vale",
         "Fernside", "Garthmoor", "Kelderby", "Llanwerydd", "Mossbridge", "Nethercott",
         "Pellingham", "Quenby Marsh", "Rothwick", "Stanmoor", "Tarrowby", "Upper Hexley",
         "Waltham Brook", "Ystradgarth", "Kilbrannan"]
PRISONS_M = ["HMP Ravensmoor", "HMP Thornbury Vale", "HMP Highfold", "HMP Glasdale",
             "HMP Kestrel Bank", "HMP Cold Ashby Moor"]
PRISONS_F = ["HMP Saltmarsh", "HMP Lowmeadow"]
POSTCODE_AREAS = ["LS", "M", "B", "S", "L", "CF", "BS", "NG", "LE", "G", "EH", "BT", "NE",
                  "SA", "LL", "HU", "DN", "WF", "BD", "HX", "OL", "BL", "WN", "PR", "CH",
                  "ST", "DE", "CV", "WV", "TS", "DH", "SR", "PL", "EX", "NR", "IP", "MK",
                  "LU", "RG", "SO", "PO", "BN", "GL", "HR", "YO", "CA", "LA", "FY"]
CARS = ["silver Vauxhall Corsa", "black Ford Focus", "white Transit van", "grey VW Golf",
        "blue Nissan Qashqai", "red Kia Picanto", "black Audi A3", "white Toyota Yaris",
        "dark green Skoda Octavia", "silver Peugeot 208"]
IBAN_BANKS = ["MOSB", "FERN", "ASHC", "PELX", "KELD", "QUNB", "ROTH", "TARW"]
PLAIN_DOMAINS = ["example.com", "example.org", "example.co.uk", "mail.example.com",
                 "example.net"]
# Ofcom drama landline blocks: (written prefix, area digits for +44 form, first local digits)
LANDLINES = [("0113 496 0", "113 496 0"), ("0114 496 0", "114 496 0"),
             ("0115 496 0", "115 496 0"), ("0116 496 0", "116 496 0"),
             ("0117 496 0", "117 496 0"), ("0118 496 0", "118 496 0"),
             ("0121 496 0", "121 496 0"), ("0131 496 0", "131 496 0"),
             ("0141 496 0", "141 496 0"), ("0151 496 0", "151 496 0"),
             ("0161 496 0", "161 496 0"), ("020 7946 0", "20 7946 0"),
             ("029 2018 0", "29 2018 0"), ("028 9649 6", "28 9649 6")]
PUBLIC = {"ico_phone": "0303 123 1113", "ico_pc": "SK9 5AF", "samaritans": "116 123",
          "ndah": "0808 2000 247", "families": "0808 808 2003", "ccrc_pc": "B2 4BH",
          "pas": "020 7253 3323"}

# ---------------------------------------------------------------------------------------
# Check-digit helpers (each names its rule) and independent validators
# ---------------------------------------------------------------------------------------
L23 = "ZABCDEFGHJKLMNPQRTUVWXY"  # mod-23 check alphabet (no I, O, S); remainder 0 is Z


def pnc_check(yy, serial):
    # PNC ID: L23[int(YY + serial zero-padded to 7) mod 23]
    return L23[int("%02d%07d" % (yy, serial)) % 23]


def cro_check(serial, yy):
    # CRO standard form NNNNNN/YYD: L23[int(YY + serial zero-padded to 6) mod 23]
    return L23[int("%02d%06d" % (yy, serial)) % 23]


def nhs_check(stem9):
    # NHS number: c = 11 - (sum d_i * (11 - i) for i=1..9) mod 11; 11 -> 0; 10 -> no number
    c = 11 - sum(int(d) * (10 - i) for i, d in enumerate(stem9)) % 11
    return 0 if c == 11 else (None if c == 10 else c)


def luhn_check(partial):
    # Luhn: double every second digit from the right (check digit excluded), total mod 10
    total = 0
    for i, d in enumerate(reversed(partial)):
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return (10 - total % 10) % 10


def iban_digits(s):
    # ISO 13616 letter values: A=10 ... Z=35
    return "".join(str(int(ch, 36)) for ch in s)


def iban_check(country, bban):
    # IBAN ISO 7064 MOD 97-10: check = 98 - int(BBAN + country + "00") mod 97
    return "%02d" % (98 - int(iban_digits(bban + country + "00")) % 97)


def valid_pnc(text):
    s = text.upper().replace(" ", "")
    if "/" in s:
        year, rest = s.split("/")
        yy = int(year[-2:])
        assert len(year) in (2, 4)
    else:
        assert len(s) == 12
        yy, rest = int(s[2:4]), s[4:]
    serial, check = rest[:-1], rest[-1]
    assert serial.isdigit() and 1 <= len(serial) <= 7
    return L23[int("%02d%07d" % (yy, int(serial))) % 23] == check


def valid_cro(text):
    s = text.upper()
    if s.startswith("SF"):
        m = re.fullmatch(r"SF(\d\d)/(\d{1,6})([A-Z])", s)
        return bool(m) and L23[int(m.group(1) + m.group(2)) % 23] == m.group(3)
    m = re.fullmatch(r"(\d{1,6})/(\d\d)([A-Z])", s)
    return bool(m) and L23[int(m.group(2) + m.group(1).zfill(6)) % 23] == m.group(3)


def valid_nhs(text):
    d = re.sub(r"[ -]", "", text)
    return (len(d) == 10 and d.startswith("999")
            and sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11 == 0)


def valid_luhn(text):
    d = re.sub(r"[ -]", "", text)
    total = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return 13 <= len(d) <= 19 and total % 10 == 0


def valid_iban(text):
    s = text.replace(" ", "").upper()
    return (re.fullmatch(r"GB\d\d[A-Z]{4}\d{14}", s) is not None
            and int(iban_digits(s[4:] + s[:4])) % 97 == 1)


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BANNED = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ",
               "OO", "CR", "FY", "MW", "NC", "PP", "PY", "PZ"}  # + administrative prefixes


def valid_nino(text):
    s = re.sub(r"[ -]", "", text.upper())
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])?", s)
    return (bool(m) and m.group(1) in NINO_FIRST and m.group(2) in NINO_SECOND
            and m.group(1) + m.group(2) not in NINO_BANNED)


POSTCODE_RE = re.compile(
    r"(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2}")


def valid_postcode(text):
    return POSTCODE_RE.fullmatch(text.upper()) is not None


def valid_vrm(text):
    m = re.fullmatch(r"([A-HJ-PR-Y]{2})(\d\d) ?([A-HJ-PR-Z]{3})", text.upper())
    if not m:
        return False
    age = int(m.group(2))
    return 2 <= age <= 25 or 51 <= age <= 74


def valid_licence(text):
    s = text.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z]+9*)(\d)(\d\d)(\d\d)(\d)([A-Z])([A-Z9])(\d)([A-Z]{2})", s)
    if not m or len(m.group(1)) != 5:
        return False
    month = int(m.group(3)) % 50
    return 1 <= month <= 12 and 1 <= int(m.group(4)) <= 31


DRAMA_PREFIXES = ["07700900", "01134960", "01144960", "01154960", "01164960", "01174960",
                  "01184960", "01214960", "01314960", "01414960", "01514960", "01614960",
                  "02079460", "02920180", "02896496"]
PUBLIC_NUMBERS = {"03031231113", "116123", "08082000247", "08088082003", "02072533323"}


def valid_phone(text, party):
    d = re.sub(r"[^0-9+]", "", text.replace("(0)", ""))
    if d.startswith("+44"):
        d = "0" + d[3:]
    if party == "public_body":
        return d in PUBLIC_NUMBERS
    return len(d) == 11 and any(d.startswith(p) for p in DRAMA_PREFIXES)


def valid_email(text):
    return re.fullmatch(r"[a-z0-9._%+-]+@([a-z0-9-]+\.)*example\.(com|org|net|co\.uk)"
                        r"(\.cjsm\.net)?|[a-z0-9._%+-]+@([a-z0-9-]+\.)*example\.cjsm\.net",
                        text, re.I) is not None


def valid_ip(text):
    if ":" in text:
        return text.lower().startswith("2001:db8:") or text.lower().startswith("2001:0db8:")
    parts = text.split(".")
    return (len(parts) == 4 and ".".join(parts[:3]) in ("192.0.2", "198.51.100", "203.0.113")
            and 0 < int(parts[3]) < 255)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def parse_date(text):
    """Independent reader of the written date forms used for dates of birth."""
    t = text.strip()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", t)
    if m:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", t)
    if m:
        y = int(m.group(3))
        return dt.date(y if y > 99 else (1900 + y if y > 25 else 2000 + y),
                       int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?[ \-]([A-Za-z]+)\.?[ \-](\d{2}|\d{4})", t)
    if m:
        mon = [x[:3].lower() for x in MONTHS].index(m.group(2)[:3].lower()) + 1
        y = int(m.group(3))
        return dt.date(y if y > 99 else (1900 + y if y > 25 else 2000 + y), mon,
                       int(m.group(1)))
    m = re.fullmatch(r"([A-Za-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", t)
    if m:
        mon = [x[:3].lower() for x in MONTHS].index(m.group(1)[:3].lower()) + 1
        return dt.date(int(m.group(3)), mon, int(m.group(2)))
    raise AssertionError("unparsed date " + text)


VALIDATORS = {
    "prison_number": lambda t, p: re.fullmatch(r"[A-Z] ?\d{4} ?[A-Z]{2}", t.upper()) is not None,
    "pnc": lambda t, p: valid_pnc(t),
    "cro": lambda t, p: valid_cro(t),
    "crn": lambda t, p: re.fullmatch(r"[A-Z]\d{6}", t) is not None,
    "ni_number": lambda t, p: valid_nino(t),
    "nhs_number": lambda t, p: valid_nhs(t),
    "phone": valid_phone,
    "email": lambda t, p: valid_email(t),
    "postcode": lambda t, p: valid_postcode(t),
    "vehicle_registration": lambda t, p: valid_vrm(t),
    "passport": lambda t, p: re.fullmatch(r"[1-9]\d{8}", t) is not None,
    "driving_licence": lambda t, p: valid_licence(t),
    "sort_code": lambda t, p: re.fullmatch(r"\d\d([- ]?)\d\d\1\d\d", t) is not None,
    "account_number": lambda t, p: re.fullmatch(r"\d{8}", t) is not None,
    "payment_card": lambda t, p: valid_luhn(t),
    "iban": lambda t, p: valid_iban(t),
    "ip_address": lambda t, p: valid_ip(t),
    "address": lambda t, p: re.match(r"(Flat \d+[A-Z]?, )?\d+[a-z]? \S", t) is not None,
    "date_of_birth": lambda t, p: parse_date(t) < TODAY,
    "name": lambda t, p: t[:1].isupper() and not t.endswith("'s"),
}


def self_test():
    """The worked examples from the reference, so the helpers are known to be right."""
    assert pnc_check(8, 56560) == "Z" and pnc_check(19, 123456) == "E"
    assert valid_pnc("2008/0056560Z") and valid_pnc("79/163001B") and not valid_pnc("2019/0123456F")
    assert cro_check(265416, 21) == "G" and cro_check(65656, 91) == "H"
    assert valid_cro("65656/91H") and valid_cro("SF05/482703J") and not valid_cro("85227/65G")
    assert nhs_check("999000001") == 8 and nhs_check("999123456") is None
    assert valid_nhs("999 765 4323") and not valid_nhs("9991234560")
    assert luhn_check("411111111111111") == 1 and valid_luhn("5555 5555 5555 4444")
    assert not valid_luhn("4111 1111 1111 1112")
    assert iban_check("GB", "TEST00000012345678") == "21"
    assert valid_iban("GB82 WEST 1234 5698 7654 32") and not valid_iban("GB82 WEST 1234 5698 7654 33")
    assert valid_nino("JG 10 30 29 A") and not valid_nino("QQ 12 34 56 A") and not valid_nino("GB123456A")
    assert valid_postcode("SW1A 1AA") and not valid_postcode("QA1 1AA") and not valid_postcode("EC1A 1BC")
    assert valid_vrm("LD24 XYZ") and not valid_vrm("AB51 ABI") and not valid_vrm("AB00 ABC")
    assert valid_licence("MORGA657054SM9IJ") and not valid_licence("MORGA671354SM9IJ")
    assert parse_date("03-NOV-90") == dt.date(1990, 11, 3)
    assert parse_date("November 3, 1990") == dt.date(1990, 11, 3)

# ---------------------------------------------------------------------------------------
# Page building: text is appended piece by piece; labelled pieces record their byte span
# ---------------------------------------------------------------------------------------
class Item:
    """A labelled piece of text: personal data of one category belonging to one party."""
    __slots__ = ("text", "cat", "party")

    def __init__(self, text, cat, party):
        assert cat in CATEGORIES and party in PARTIES, (cat, party)
        assert VALIDATORS[cat](text, party), (cat, party, text)
        self.text, self.cat, self.party = text, cat, party


def flatten(segs):
    for s in segs:
        if isinstance(s, (list, tuple)):
            yield from flatten(s)
        elif s is not None:
            yield s


def seg_len(segs):
    return sum(len(s.text if isinstance(s, Item) else s) for s in flatten(segs))


class Page:
    def __init__(self):
        self.parts, self.nbytes, self.truth = [], 0, []

    def w(self, *segs):
        """Append text pieces (str) and labelled pieces (Item), lists allowed."""
        for s in flatten(segs):
            text = s.text if isinstance(s, Item) else s
            b = len(text.encode("utf-8"))
            if isinstance(s, Item):
                self.truth.append({"begin": self.nbytes, "end": self.nbytes + b,
                                   "category": s.cat, "party": s.party, "text": s.text})
            self.parts.append(text)
            self.nbytes += b
        return self

    def ln(self, *segs):
        return self.w(*segs, "\n")

    def row(self, widths, *cells):
        """A table-like row: cells padded to widths, always 2+ spaces between columns."""
        for i, cell in enumerate(cells):
            self.w(cell)
            if i < len(cells) - 1:
                width = widths[i] if i < len(widths) else 0
                self.w(" " * max(2, width - seg_len([cell])))
        return self.w("\n")

    def text(self):
        return "".join(self.parts)


class Doc:
    def __init__(self, bundle, slug, kind):
        bundle.doc_seq[slug] = bundle.doc_seq.get(slug, 0) + 1
        self.id = "%s-%s-%d" % (bundle.bundle_id, slug, bundle.doc_seq[slug])
        self.kind, self.pages = kind, []

    def page(self):
        self.pages.append(Page())
        return self.pages[-1]

    def to_json(self):
        truth = []
        for i, p in enumerate(self.pages):
            for t in p.truth:
                truth.append(dict(page=i, **t))
        return {"id": self.id, "kind": self.kind, "pages": [p.text() for p in self.pages],
                "truth": truth}


def footer(pg, n, total, extra=""):
    pg.ln()
    pg.ln(("%s    " % extra if extra else "") + "Page %d of %d" % (n, total))


# ---------------------------------------------------------------------------------------
# Identifier generators with their written variants
# ---------------------------------------------------------------------------------------
class Registry:
    """Keeps generated values unique across the whole set."""

    def __init__(self):
        self.used = set()

    def fresh(self, make):
        for _ in range(1000):
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("value space exhausted")


REG = Registry()
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_prison_number(r):
    def make():
        return (r.choice("ABGKLMNPTVWX") + "%04d" % r.randint(1, 9999)
                + r.choice(LETTERS) + r.choice(LETTERS))
    return REG.fresh(make)


def gen_pnc(r):
    def make():
        yy = r.randint(1994, 2023)
        return (yy, r.randint(1, 1999999))
    yy, serial = REG.fresh(make)
    return yy, serial, pnc_check(yy % 100, serial)


def fmt_pnc(pnc, style):
    yy, serial, c = pnc
    return {"long": "%d/%07d%s" % (yy, serial, c),
            "long_noslash": "%d%07d%s" % (yy, serial, c),
            "short": "%02d/%d%s" % (yy % 100, serial, c),
            "long_lower": "%d/%07d%s" % (yy, serial, c.lower())}[style]


def gen_cro(r):
    def make():
        if r.random() < 0.2:
            return ("SF", r.randint(90, 99) if r.random() < 0.5 else r.randint(0, 12),
                    r.randint(100000, 999999))
        return ("", r.choice([r.randint(88, 99), r.randint(0, 23)]),
                r.randint(1, 999999))
    kind, yy, serial = REG.fresh(make)
    # SF serials are kept at 6 digits, so padded and unpadded readings agree
    return kind, yy, serial, cro_check(serial, yy)


def fmt_cro(cro, style):
    kind, yy, serial, c = cro
    if kind == "SF":
        return "SF%02d/%d%s" % (yy, serial, c)
    if style == "padded":
        return "%06d/%02d%s" % (serial, yy, c)
    return "%d/%02d%s" % (serial, yy, c)


def gen_crn(r):
    return REG.fresh(lambda: r.choice("XXXDNEHCY") + "%06d" % r.randint(0, 999999))


def gen_nino(r):
    def make():
        while True:
            a, b = r.choice(NINO_FIRST), r.choice(NINO_SECOND)
            if a + b not in NINO_BANNED:
                return a + b + "%06d" % r.randint(0, 999999) + r.choice("ABCD")
    return REG.fresh(make)


def fmt_nino(n, style):
    return {"spaced": "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
            "compact": n, "lower": n.lower(),
            "hyphen": "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
            "mid": "%s %s %s" % (n[:2], n[2:8], n[8]), "nosuffix": n[:8]}[style]


def gen_nhs(r):
    def make():
        while True:
            stem = "999" + "%06d" % r.randint(0, 999999)
            c = nhs_check(stem)
            if c is not None:
                return stem + str(c)
    return REG.fresh(make)


def fmt_nhs(n, style):
    return {"spaced": "%s %s %s" % (n[:3], n[3:6], n[6:]), "compact": n,
            "hyphen": "%s-%s-%s" % (n[:3], n[3:6], n[6:])}[style]


def gen_mobile(r):
    return REG.fresh(lambda: "07700 900%03d" % r.randint(0, 999))


def fmt_mobile(m, style):
    local = m[6:]
    return {"std": m, "compact": m.replace(" ", ""), "intl": "+44 7700 " + local,
            "intl0": "+44 (0)7700 " + local,
            "hyphen": "07700-%s-%s" % (local[:3], local[3:]),
            "grouped": "07700 %s %s" % (local[:3], local[3:])}[style]


def gen_landline(r):
    def make():
        pre, intl = r.choice(LANDLINES)
        return (pre, intl, "%03d" % r.randint(0, 999))
    return REG.fresh(make)


def fmt_landline(l, style):
    pre, intl, tail = l
    area, rest = pre.split(" ", 1)
    return {"std": pre + tail, "brackets": "(%s) %s%s" % (area, rest, tail),
            "intl": "+44 " + intl + tail, "compact": (pre + tail).replace(" ", ""),
            "hyphen": "%s-%s" % (area, (rest + tail).replace(" ", "-"))}[style]


def gen_passport(r):
    return REG.fresh(lambda: str(r.randint(100000000, 999999999)))


def gen_vrm(r):
    tag = "ABCDEFGHJKLMNOPRSTUVWXY"
    return REG.fresh(lambda: r.choice(tag) + r.choice(tag)
                     + "%02d" % r.choice(list(range(2, 26)) + list(range(51, 75)))
                     + " " + "".join(r.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3)))


def ascii_upper(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if "A" <= ch.upper() <= "Z").upper()


def gen_licence(r, last, first, middle, dob, sex):
    # DVLA: surname(5, 9-padded) decade MM(+50 female) DD year-digit initials(2) 9 + 2 checks
    sur = (ascii_upper(last)[:5] + "99999")[:5]
    month = dob.month + (50 if sex == "F" else 0)
    initials = ascii_upper(first)[0] + (ascii_upper(middle)[0] if middle else "9")
    def make():
        return (sur + str(dob.year // 10 % 10) + "%02d%02d" % (month, dob.day)
                + str(dob.year % 10) + initials + "9"
                + r.choice(LETTERS) + r.choice(LETTERS))
    return REG.fresh(make)


def fmt_licence(l, style):
    return {"compact": l, "spaced": "%s %s %s" % (l[:5], l[5:11], l[11:])}[style]


def gen_sort_code(r):
    return REG.fresh(lambda: "%02d%02d%02d" % (r.randint(10, 99), r.randint(0, 99),
                                               r.randint(0, 99)))


def fmt_sort(s, style):
    return {"hyphen": "%s-%s-%s" % (s[:2], s[2:4], s[4:]), "compact": s,
            "spaced": "%s %s %s" % (s[:2], s[2:4], s[4:])}[style]


def gen_account(r):
    return REG.fresh(lambda: "%08d" % r.randint(10000000, 99999999))


def gen_card(r):
    def make():
        prefix = r.choice(["400000", "424242", "400012", "510510", "520082", "555555"])
        body = prefix + "".join(str(r.randint(0, 9)) for _ in range(9))
        return body + str(luhn_check(body))
    return REG.fresh(make)


def fmt_card(c, style):
    groups = [c[i:i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(groups), "compact": c, "hyphen": "-".join(groups)}[style]


def gen_iban(r, sort_code, account):
    bban = r.choice(IBAN_BANKS) + sort_code + account
    return "GB" + iban_check("GB", bban) + bban


def fmt_iban(i, style):
    return {"grouped": " ".join(i[k:k + 4] for k in range(0, len(i), 4)),
            "compact": i}[style]


def gen_ipv4(r):
    return REG.fresh(lambda: r.choice(["192.0.2", "198.51.100", "203.0.113"])
                     + "." + str(r.randint(1, 254)))


def gen_ipv6(r):
    def make():
        style = r.randint(0, 2)
        g = ["%x" % r.randint(0, 0xffff) for _ in range(6)]
        if style == 0:
            return "2001:db8:%s::%s" % (g[0], g[1])
        if style == 1:
            return "2001:db8:%s:%s:%s:%s:%s:%s" % tuple(g)
        return "2001:db8::%s:%s" % (g[2], g[3])
    return REG.fresh(make)


def gen_postcode(r):
    def make():
        area = r.choice(POSTCODE_AREAS)
        district = str(r.randint(1, 29 if len(area) == 2 else 40))
        inward = str(r.randint(1, 9)) + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        return area + district + " " + inward
    pc = REG.fresh(make)
    assert valid_postcode(pc) and pc not in (PUBLIC["ico_pc"], PUBLIC["ccrc_pc"])
    return pc


def gen_street(r):
    def make():
        street = r.choice(STREETS)
        n = r.randint(1, 140)
        roll = r.random()
        if roll < 0.15:
            return "Flat %d, %d %s" % (r.randint(1, 12), n, street)
        if roll < 0.25:
            return "%d%s %s" % (n, r.choice("abc"), street)
        return "%d %s" % (n, street)
    return REG.fresh(make)


# ---------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------
def ordinal(n):
    return str(n) + ("th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


DATE_STYLES = ["dmy", "dmy_short", "dmy_2y", "d_month_y", "dth_month_y", "dth_mon_y",
               "oracle", "oracle4", "iso", "dot", "dot_short", "us", "d_mon_y", "dash",
               "mon_dash"]


def fmt_date(d, style):
    mon = MONTHS[d.month - 1]
    return {
        "dmy": d.strftime("%d/%m/%Y"),
        "dmy_short": "%d/%d/%d" % (d.day, d.month, d.year),
        "dmy_2y": d.strftime("%d/%m/%y"),
        "d_month_y": "%d %s %d" % (d.day, mon, d.year),
        "dth_month_y": "%s %s %d" % (ordinal(d.day), mon, d.year),
        "dth_mon_y": "%s %s %d" % (ordinal(d.day), mon[:3], d.year),
        "oracle": "%02d-%s-%02d" % (d.day, mon[:3].upper(), d.year % 100),
        "oracle4": "%02d-%s-%d" % (d.day, mon[:3].upper(), d.year),
        "iso": d.isoformat(),
        "dot": d.strftime("%d.%m.%Y"),
        "dot_short": "%d.%d.%02d" % (d.day, d.month, d.year % 100),
        "us": "%s %d, %d" % (mon, d.day, d.year),
        "d_mon_y": "%d %s %d" % (d.day, mon[:3], d.year),
        "dash": d.strftime("%d-%m-%Y"),
        "mon_dash": "%02d-%s-%d" % (d.day, mon[:3], d.year),
    }[style]


def rand_dob(r, age_lo, age_hi):
    start = dt.date(TODAY.year - age_hi, 1, 1)
    end = dt.date(TODAY.year - age_lo, 6, 1)
    return start + dt.timedelta(days=r.randint(0, (end - start).days))

# ---------------------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------------------
def ascii_lower(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if ch.isascii() and ch.isalnum()).lower()


NAME_FORMS = ["full", "Fcaps", "capscomma", "title", "init", "caps", "last"]


class Person:
    def __init__(self, r, party, sex=None, age=(19, 62), last=None, role=None,
                 email_domain=None, middle_p=0.5, taken=None):
        self.r, self.party, self.role = r, party, role
        self.sex = sex or r.choice("MF")
        firsts = MALE_FIRST if self.sex == "M" else FEMALE_FIRST

        taken = taken if taken is not None else set()

        def make_name():
            surname = last
            while surname is None or (surname in taken and not last):
                surname = r.choice(SURNAMES)
            return (r.choice(firsts), surname)
        self.first, self.last = REG.fresh(make_name)
        taken.add(self.last)
        self.middle = r.choice(MIDDLE_M if self.sex == "M" else MIDDLE_F) if r.random() < middle_p else None
        self.title = "Mr" if self.sex == "M" else r.choice(["Ms", "Mrs", "Miss", "Ms"])
        self.dob = rand_dob(r, *age)
        self.street, self.town, self.postcode = gen_street(r), r.choice(TOWNS), gen_postcode(r)
        self.mobile, self.landline = gen_mobile(r), gen_landline(r)
        self.email = self._make_email(email_domain)
        self.prison_no, self.pnc, self.cro = gen_prison_number(r), gen_pnc(r), gen_cro(r)
        self.crn, self.nino, self.nhs = gen_crn(r), gen_nino(r), gen_nhs(r)
        self.passport, self.vrm = gen_passport(r), gen_vrm(r)
        self.licence = gen_licence(r, self.last, self.first, self.middle, self.dob, self.sex)
        self.sort_code, self.account, self.card = gen_sort_code(r), gen_account(r), gen_card(r)
        self.iban = gen_iban(r, gen_sort_code(r), gen_account(r))
        self.ipv4, self.ipv6 = gen_ipv4(r), gen_ipv6(r)

    def _make_email(self, domain):
        f, l = ascii_lower(self.first), ascii_lower(self.last)
        if domain:
            local = "%s.%s" % (f, l)
        else:
            domain = self.r.choice(PLAIN_DOMAINS)
            local = self.r.choice(["%s.%s" % (f, l), "%s%s%d" % (f[0], l, self.r.randint(1, 99)),
                                   "%s_%s" % (l, f), "%s%d" % (f, self.r.randint(70, 2005)),
                                   "%s.%s%s" % (f, l[:4], self.r.choice(["x", "99", "uk"]))])
        return REG.fresh(lambda: local + "@" + domain
                         if local + "@" + domain not in REG.used
                         else local + str(self.r.randint(1, 9)) + "@" + domain)

    # --- names ---------------------------------------------------------------------
    @property
    def full(self):
        return "%s %s" % (self.first, self.last)

    def n(self, form=None):
        """A mention of the name in one written form; titles are outside the span."""
        form = form or self.r.choice(NAME_FORMS)
        P = self.party
        f, l, L = self.first, self.last, self.last.upper()
        if form == "title":
            return [self.title + " ", Item(l, "name", P)]
        if form == "titlefull":
            return [self.title + " ", Item(self.full, "name", P)]
        if form == "role":
            return [self.role + " ", Item(l, "name", P)]
        if form == "rolefull":
            return [self.role + " ", Item(self.full, "name", P)]
        text = {"full": self.full,
                "fullmid": "%s %s %s" % (f, self.middle, l) if self.middle else self.full,
                "Fcaps": "%s %s" % (f, L), "capscomma": "%s, %s" % (L, f),
                "capscomma_all": "%s, %s" % (L, f.upper()),
                "init": "%s. %s" % (f[0], l), "init2": "%s %s" % (f[0], l),
                "caps": L, "last": l, "first": f}[form]
        return [Item(text, "name", P)]

    def poss(self, form=None):
        return self.n(form) + ["'s"]

    # --- identifiers and contact details as labelled items -------------------------
    def _style(self, style, options):
        return style or self.r.choice(options)

    def dob_i(self, style=None):
        return Item(fmt_date(self.dob, self._style(style, DATE_STYLES)), "date_of_birth", self.party)

    def mob(self, style=None):
        return Item(fmt_mobile(self.mobile, self._style(
            style, ["std", "std", "compact", "intl", "intl0", "hyphen", "grouped"])), "phone", self.party)

    def home(self, style=None):
        return Item(fmt_landline(self.landline, self._style(
            style, ["std", "std", "brackets", "intl", "compact", "hyphen"])), "phone", self.party)

    def email_i(self):
        return Item(self.email, "email", self.party)

    def addr(self):
        return Item(self.street, "address", self.party)

    def pc(self, style=None):
        style = self._style(style, ["std"] * 8 + ["nospace", "lower"])
        text = {"std": self.postcode, "nospace": self.postcode.replace(" ", ""),
                "lower": self.postcode.lower()}[style]
        return Item(text, "postcode", self.party)

    def full_address(self, sep=", "):
        """'12 Street Name, Town PC' with the street part and the postcode labelled."""
        return [self.addr(), sep + self.town + " ", self.pc()]

    def pn(self, style=None):
        style = self._style(style, ["std"] * 10 + ["spaced", "lower"])
        p = self.prison_no
        text = {"std": p, "spaced": "%s %s %s" % (p[0], p[1:5], p[5:]), "lower": p.lower()}[style]
        return Item(text, "prison_number", self.party)

    def pnc_i(self, style=None):
        return Item(fmt_pnc(self.pnc, self._style(
            style, ["long", "long", "long_noslash", "short", "long_lower"])), "pnc", self.party)

    def cro_i(self, style=None):
        return Item(fmt_cro(self.cro, self._style(style, ["padded", "plain"])), "cro", self.party)

    def crn_i(self):
        return Item(self.crn, "crn", self.party)

    def nino_i(self, style=None):
        return Item(fmt_nino(self.nino, self._style(
            style, ["spaced", "spaced", "compact", "lower", "hyphen", "mid", "nosuffix"])),
            "ni_number", self.party)

    def nhs_i(self, style=None):
        return Item(fmt_nhs(self.nhs, self._style(style, ["spaced", "spaced", "compact", "hyphen"])),
                    "nhs_number", self.party)

    def passport_i(self):
        return Item(self.passport, "passport", self.party)

    def licence_i(self, style=None):
        return Item(fmt_licence(self.licence, self._style(style, ["compact", "spaced"])),
                    "driving_licence", self.party)

    def vrm_i(self, style=None):
        style = self._style(style, ["std"] * 4 + ["compact"])
        return Item(self.vrm if style == "std" else self.vrm.replace(" ", ""),
                    "vehicle_registration", self.party)

    def sort_i(self, style=None):
        return Item(fmt_sort(self.sort_code, self._style(style, ["hyphen", "hyphen", "compact", "spaced"])),
                    "sort_code", self.party)

    def acct_i(self):
        return Item(self.account, "account_number", self.party)

    def card_i(self, style=None):
        return Item(fmt_card(self.card, self._style(style, ["spaced", "spaced", "compact", "hyphen"])),
                    "payment_card", self.party)

    def iban_i(self, style=None):
        return Item(fmt_iban(self.iban, self._style(style, ["grouped", "grouped", "compact"])),
                    "iban", self.party)

    def ip4(self):
        return Item(self.ipv4, "ip_address", self.party)

    def ip6(self):
        return Item(self.ipv6, "ip_address", self.party)


def pub(key, cat):
    return Item(PUBLIC[key], cat, "public_body")


# ---------------------------------------------------------------------------------------
# A bundle's cast and shared context
# ---------------------------------------------------------------------------------------
STAFF_DOMAINS = {"prison": "justice.example.cjsm.net", "health": "nhs-hc.example.cjsm.net",
                 "probation": "probation.example.cjsm.net", "police": "police.example.cjsm.net"}


class Bundle:
    def __init__(self, n):
        self.n = n
        self.r = r = random.Random(SEED * 100 + n)
        self.bundle_id = "heldout-%02d" % n
        self.doc_seq = {}
        female = n in (4, 9, 13)
        self.prison = r.choice(PRISONS_F if female else PRISONS_M)
        self.wing = r.choice("ABCDFGHJK")
        self.cell = "%s-%d-%03d" % (self.wing, r.randint(1, 4), r.randint(1, 40))
        self.court_town = r.choice(TOWNS)
        self.taken = set()
        S = self.S = Person(r, "subject", taken=self.taken, sex="F" if female else "M",
                            age=(20, 58), middle_p=0.8)
        tp = "third_party"
        # a relative often shares the subject's surname (a hard case for exemption)
        self.partner = Person(r, tp, taken=self.taken, sex="M" if female else "F", age=(19, 55))
        rel_sex = r.choice("MF")
        self.rel_word = {"M": r.choice(["father", "brother", "uncle"]),
                         "F": r.choice(["mother", "sister", "aunt", "nan"])}[rel_sex]
        s_age = TODAY.year - S.dob.year
        rel_age = {"brother": (s_age - 6, s_age + 6), "sister": (s_age - 6, s_age + 6),
                   "nan": (s_age + 38, s_age + 50)}.get(self.rel_word, (s_age + 18, s_age + 32))
        self.relative = Person(r, tp, taken=self.taken, sex=rel_sex,
                               age=(max(18, rel_age[0]), min(99, rel_age[1])),
                               last=S.last if r.random() < 0.6 else None)
        self.child = Person(r, tp, taken=self.taken, age=(3, 16),
                            last=r.choice([S.last, self.partner.last]), middle_p=0.3)
        self.child_word = "son" if self.child.sex == "M" else "daughter"
        self.p1 = Person(r, tp, taken=self.taken, sex=S.sex, age=(19, 60))
        self.p2 = Person(r, tp, taken=self.taken, sex=S.sex, age=(19, 60))
        self.codef = Person(r, tp, taken=self.taken, sex=r.choice("MMF"), age=(19, 55))
        self.victim = Person(r, tp, taken=self.taken, age=(16, 80))
        self.witness = Person(r, tp, taken=self.taken, age=(18, 75))
        st = "staff"
        self.officer = Person(r, st, taken=self.taken, role=r.choice(["Officer", "OSG", "Officer"]),
                              email_domain=STAFF_DOMAINS["prison"], middle_p=0)
        self.senior = Person(r, st, taken=self.taken, role=r.choice(["SO", "CM", "Custodial Manager"]),
                             email_domain=STAFF_DOMAINS["prison"], middle_p=0)
        self.governor = Person(r, st, taken=self.taken, role="Governor",
                               email_domain=STAFF_DOMAINS["prison"], middle_p=0)
        self.health = Person(r, st, taken=self.taken, role=r.choice(["Nurse", "Dr", "Nurse"]),
                             email_domain=STAFF_DOMAINS["health"], middle_p=0)
        self.com = Person(r, st, taken=self.taken, role="Probation Officer",
                          email_domain=STAFF_DOMAINS["probation"], middle_p=0)
        self.police = Person(r, st, taken=self.taken, role=r.choice(["DS", "DC", "PC"]),
                             email_domain=STAFF_DOMAINS["police"], middle_p=0)
        self.staff = [self.officer, self.senior, self.governor, self.health, self.com, self.police]
        self.t0 = dt.date(2024, 5, 1) + dt.timedelta(days=r.randint(0, 90))
        nick = (["Danny", "Jay", "Kez", "Mo", "Deano", "Gaz", "Robbo", "Tee"] if S.sex == "M"
                else ["Bex", "Shaz", "Kaz", "Jojo", "Tee", "Nikki"])
        self.aliases = [r.choice(nick) + " " + S.last]
        if r.random() < 0.5:  # a former surname, not shared with anyone else in the bundle
            self.aliases.append("%s %s" % (S.first, r.choice(sorted(set(SURNAMES) - self.taken))))

    # random helpers -------------------------------------------------------------------
    def c(self, *options):
        return self.r.choice(options)

    def ev(self, lo=0, hi=240):
        """An event date (never labelled)."""
        return self.t0 + dt.timedelta(days=self.r.randint(lo, hi))

    def evs(self, lo=0, hi=240, style=None):
        return fmt_date(self.ev(lo, hi), style or self.c("dmy", "dmy", "d_month_y", "oracle",
                                                         "dmy_2y", "iso", "d_mon_y"))

    def time(self):
        return "%02d:%02d" % (self.r.randint(7, 21), self.r.randint(0, 59))

    def ref(self, prefix):
        return "%s-%d-%04d" % (prefix, self.c(2024, 2025), self.r.randint(1, 9999))

    def dob_cue(self):
        """Words a reader recognises as introducing a date of birth."""
        return self.c("DOB ", "born ", "d.o.b. ", "date of birth ", "b. ", "DoB: ")

    def alias_item(self):
        return Item(self.c(*self.aliases), "name", "subject")

    def subject_json(self):
        S = self.S
        return {"name": "%s %s %s" % (S.first, S.middle, S.last) if S.middle else S.full,
                "aliases": self.aliases, "date_of_birth": S.dob.isoformat(),
                "prison_number": S.prison_no,
                "identifiers": {"pnc": fmt_pnc(S.pnc, "long"), "cro": fmt_cro(S.cro, "padded"),
                                "crn": S.crn, "ni_number": S.nino, "nhs_number": S.nhs,
                                "passport": S.passport, "driving_licence": S.licence},
                "contact": {"addresses": ["%s, %s %s" % (S.street, S.town, S.postcode)],
                            "phones": [S.mobile], "emails": [S.email]}}

# ---------------------------------------------------------------------------------------
# Document kinds. Each returns a Doc; all page text is written through Page.w/ln/row.
# ---------------------------------------------------------------------------------------
def pron(p):
    return ("he", "his", "him") if p.sex == "M" else ("she", "her", "her")


def doc_case_notes(B):
    S, r = B.S, B.r
    he, his, him = pron(S)
    d = Doc(B, "casenotes", "nomis_case_notes")
    entries = [
        lambda pg: pg.ln(S.n("Fcaps"), " attended Education (functional skills maths) and worked "
                         "alongside ", B.p1.n("full"), " (", B.p1.pn(), "). Good focus, no concerns."),
        lambda pg: pg.ln(S.n("title"), " asked when ", his, " social visit with ", B.partner.n("first"),
                         " is confirmed. Told the booking for ", B.evs(), " stands; visits hall 14:00."),
        lambda pg: pg.ln("Cell ", B.cell, " searched with ", B.officer.n("role"), ". Nothing found. ",
                         S.n("caps"), " compliant throughout."),
        lambda pg: pg.ln("Verbal altercation at servery between ", S.n("Fcaps"), " and ",
                         B.p2.n("capscomma"), " (", B.p2.pn(), "). Both returned to cells; ",
                         B.p2.n("title"), " placed on Basic review."),
        lambda pg: pg.ln("Keywork session. ", S.n("first"), " spoke about ", his, " ", B.rel_word, " ",
                         B.relative.n("full"), ", who has been unwell. Signposted to chaplaincy."),
        lambda pg: pg.ln("Application received asking to add ", B.child.n("full"), " (", B.child_word,
                         ", ", B.dob_cue(), B.child.dob_i(), ") to the approved visitors list. Passed to OMU."),
        lambda pg: pg.ln("Moved from ", B.cell, " to single cell following risk assessment. ",
                         S.n("init"), " states ", he, " does not want to share with ", B.p1.n("last"), "."),
        lambda pg: pg.ln("IEP review: Standard maintained. Canteen spend of £15.50 approved; ",
                         "no adjudications in the last 28 days for ", S.n("capscomma"), "."),
        lambda pg: pg.ln("Mail held by security: letter addressed to ", S.n("full"), " from ",
                         B.codef.n("full"), ", co-defendant, (", B.codef.pn(), " at another establishment). "
                         "Referred under the non-association policy."),
        lambda pg: pg.ln("Received call from ", B.relative.n("title"), " on ", B.relative.home(),
                         " worried about ", S.n("first"), "'s mood. Welfare check completed at ", B.time(), "."),
        lambda pg: pg.ln("Works allocation: ", S.n("caps"), " (", S.pn(), ") starts as wing cleaner "
                         "on Monday. Pay band 2, £11.25 per week."),
        lambda pg: pg.ln(B.p1.n("Fcaps"), " (", B.p1.pn(), ") reported that ", S.n("last"),
                         " had been giving away vapes. No further action; noted for intelligence."),
    ]
    r.shuffle(entries)
    entries = entries[:7]
    authors = [B.officer, B.senior, B.officer, B.governor]
    chunks = [entries[:3], entries[3:6], entries[6:]] if r.random() < 0.5 else [entries[:4], entries[4:]]
    dates = sorted(B.ev(0, 230) for _ in entries)
    for i, chunk in enumerate(chunks):
        pg = d.page()
        pg.ln("NOMIS  Case Notes  OFFICIAL-SENSITIVE")
        pg.ln("Prisoner: ", S.n("capscomma_all"), "    Prison No: ", S.pn("std"),
              "    Establishment: ", B.prison)
        if i == 0:
            pg.ln("Date of birth: ", S.dob_i("dmy"), "    Location: ", B.cell,
                  "    Category: ", B.c("B", "C", "C"))
        pg.ln()
        pg.row([19, 26, 28], "Occurrence", "Type / Sub-type", "Staff", "")
        for entry in chunk:
            a = r.choice(authors)
            pg.row([19, 26, 28], fmt_date(dates.pop(0), "dmy") + " " + B.time(),
                   r.choice(["General / Wing", "Keywork / Session", "Security / Obs",
                             "Positive / Entry", "Negative / Behaviour"]),
                   a.n(B.c("capscomma", "full", "init2")), "")
            entry(pg)
            pg.ln()
        footer(pg, i + 1, len(chunks), "Printed " + fmt_date(B.t0 + dt.timedelta(days=235), "dmy"))
    return d


def doc_adjudication(B):
    S, r = B.S, B.r
    he, his, him = pron(S)
    d = Doc(B, "adjudication", "adjudication_record")
    ref = "%s-%04d/%d" % (B.prison.split()[-1][:3].upper(), r.randint(1, 999), B.c(24, 25))
    when = B.ev(20, 200)
    pg = d.page()
    pg.ln("DIS1  NOTICE OF REPORT")
    pg.ln("Adjudication reference: ", ref, "    Establishment: ", B.prison)
    pg.ln()
    pg.row([24], "Prisoner name:", S.n("Fcaps"))
    pg.row([24], "Prison number:", S.pn())
    pg.row([24], "Date of birth:", S.dob_i(B.c("dmy", "oracle4", "dot")))
    pg.row([24], "Location:", B.cell)
    pg.ln()
    pg.ln("You have been placed on report for an alleged offence under Prison Rule 51 paragraph ",
          B.c("1", "4", "12", "20"), ".")
    at = B.time()
    pg.ln("Date of alleged offence: ", fmt_date(when, "dmy"), "  Time: ", at,
          "  Place: ", B.wing, " wing servery")
    pg.ln()
    pg.ln("Details of charge:")
    pg.ln("At approximately ", at, " I, ", B.officer.n("rolefull"), ", saw ", S.n("full"),
          " push ", B.p2.n("titlefull"), " (", B.p2.pn(), ") against the hotplate.")
    pg.ln(B.p2.n("caps"), " fell and struck ", pron(B.p2)[1], " head. The incident was also seen by ",
          B.p1.n("full"), " (", B.p1.pn(), "), who was queuing behind ", him, ".")
    pg.ln()
    pg.ln("Reporting officer: ", B.officer.n("full"), "    Signed: ", B.officer.n("init"),
          "    Issued: ", fmt_date(when + dt.timedelta(days=1), "dmy"), " ", B.time())
    pg.ln("The hearing will take place on ", fmt_date(when + dt.timedelta(days=2), "d_month_y"),
          ". Opening time 09:30.")
    footer(pg, 1, 2)
    pg = d.page()
    pg.ln("DIS3  RECORD OF HEARING AND ADJUDICATION")
    pg.ln("Reference ", ref, "    Adjudicator: ", B.governor.n("rolefull"))
    pg.ln("Prisoner: ", S.n("capscomma"), " (", S.pn(), ")")
    pg.ln()
    pg.ln("Plea: ", B.c("Not guilty", "Guilty", "Not guilty"), "    Legal advice offered: yes, declined")
    pg.ln("Evidence of ", B.officer.n("role"), ": as per DIS1; body-worn camera footage viewed (02:14).")
    pg.ln("Witness: ", B.p1.n("Fcaps"), " gave evidence by video link. ", pron(B.p1)[0].capitalize(),
          " said ", B.p2.n("last"), " started it.")
    pg.ln(S.n("title"), " said that ", B.p2.n("first"), " owed ", him, " £20.00 and had threatened ",
          B.partner.n("full"), " on the phone.")
    pg.ln("Injured party: ", B.p2.n("full"), " (", B.dob_cue(), B.p2.dob_i(), "), seen by healthcare at ",
          B.time(), "; no fracture.")
    pg.ln()
    pg.ln("Finding: ", B.c("Proven", "Proven", "Dismissed")
          + ". Punishment: 14 days loss of canteen and 7 days loss of TV, suspended for 28 days.")
    pg.ln("Adjudicator: ", B.governor.n("full"), "    Date: ", fmt_date(when + dt.timedelta(days=2), "dmy"))
    footer(pg, 2, 2)
    return d


def doc_sir(B):
    S, r = B.S, B.r
    he, his, him = pron(S)
    d = Doc(B, "sir", "security_information_report")
    pg = d.page()
    pg.ln("SECURITY INFORMATION REPORT")
    pg.ln("SIR number: ", B.ref("SIR"), "    Date submitted: ", B.evs(style="dmy"), " ", B.time())
    pg.ln("Submitted by: ", B.officer.n("rolefull"), "    Grading: B2 (4x4)")
    pg.ln()
    pg.ln("Subject(s) of report:")
    pg.row([30, 12], S.n("capscomma"), S.pn(), "DOB " , S.dob_i(B.c("dmy", "oracle")))
    pg.row([30, 12], B.partner.n("capscomma"), "(visitor)", "DOB ", B.partner.dob_i())
    pg.ln()
    pg.ln("Source: ", B.p1.n("full"), ", ", B.p1.pn(), ", located ", B.wing, "-",
          str(r.randint(1, 4)), "-0", str(r.randint(10, 40)), ". Source handled as a CHIS-style "
          "informant; identity must not be disclosed.")
    pg.ln()
    pg.ln("Information:")
    pg.ln("Source states that ", S.n("Fcaps"), " is arranging for ", B.partner.n("first"),
          " to pass items during the visit on ", B.evs(), ".")
    pg.ln(B.partner.n("full"), " is believed to drive a ", r.choice(CARS), ", index ", B.partner.vrm_i(),
          ", and parks in the overflow car park.")
    pg.ln("The number ", B.codef.mob(), " is said to belong to ", B.codef.n("full"),
          " and is used to arrange drops. Source also mentioned a bank card (",
          B.codef.card_i(), ") written on a piece of paper in ", S.n("last"), "'s cell, and ",
          B.codef.poss("first"), " CRO as ", B.codef.cro_i(), ".")
    if r.random() < 0.6:
        pg.ln(S.n("title"), " is said to know where ", B.officer.n("role"), " lives (",
              B.officer.addr(), ", ", B.officer.town, " ", B.officer.pc("std"),
              ") and has mentioned ", pron(B.officer)[1], " personal number ", B.officer.mob(), ".")
    pg.ln()
    pg.ln("Analyst assessment (", B.senior.n("rolefull"), "): corroborated in part by PIN-phone "
          "monitoring of calls on ", B.evs(), ". Refer to police liaison, ", B.police.n("rolefull"), ".")
    pg.ln("Actions: closed visits review; intelligence log IR-", str(r.randint(1000, 9999)),
          "; no further dissemination.")
    footer(pg, 1, 1, "OFFICIAL-SENSITIVE")
    return d


def doc_visits(B):
    S, r = B.S, B.r
    d = Doc(B, "visits", "visits_booking")
    pg = d.page()
    when = B.ev(30, 220)
    pg.ln(B.prison, "  Social Visits  Booking Confirmation and Visitor Checks")
    pg.ln("Booking reference: VB", str(r.randint(100000, 999999)), "    Visit date: ",
          fmt_date(when, B.c("dmy", "d_month_y")), "  14:00 to 16:00    Table ", str(r.randint(1, 30)))
    pg.ln("Prisoner: ", S.n(B.c("Fcaps", "capscomma")), "  (", S.pn(), ")   Wing: ", B.wing)
    pg.ln()
    w = [26, 14, 13, 44]
    pg.row(w, "Visitor name", "Relationship", "DOB", "Address")
    pg.row(w, B.partner.n("full"), "Partner", B.partner.dob_i("dmy"), B.partner.full_address())
    pg.row(w, B.relative.n("full"), B.rel_word.capitalize(), B.relative.dob_i("dmy"),
           B.relative.full_address())
    pg.row(w, B.child.n("full"), B.child_word.capitalize(), B.child.dob_i("dmy"),
           ["as ", B.partner.n("first")])
    pg.ln()
    pg.ln("Visitor ID checked at gate by ", B.officer.n("rolefull"), ":")
    w2 = [26, 22, 26]
    pg.row(w2, "Name", "Document", "Number")
    pg.row(w2, B.partner.n("capscomma"), "Passport", B.partner.passport_i())
    pg.row(w2, B.relative.n("capscomma"), "Driving licence", B.relative.licence_i())
    pg.row(w2, B.child.n("capscomma"), "Under 18 - none", "n/a")
    pg.ln()
    pg.ln("Car park register: ", B.partner.vrm_i(), " (", r.choice(CARS), ") arrived ", B.time(),
          "; ", B.relative.vrm_i(), " arrived ", B.time(), ".")
    pg.ln("Visitors are reminded that the Prisoners' Families Helpline is free on ",
          pub("families", "phone"), ".")
    footer(pg, 1, 1, "Printed " + fmt_date(when - dt.timedelta(days=3), "dmy"))
    return d


def doc_pin_phone(B):
    S, r = B.S, B.r
    d = Doc(B, "pinphone", "pin_phone_contacts")
    pg = d.page()
    pg.ln("PIN PHONE  APPROVED CONTACT NUMBERS")
    pg.ln("Prisoner: ", S.n("capscomma_all"), "    Prison no: ", S.pn(), "    ", B.prison)
    pg.ln("List last amended: ", B.evs(style="dmy"), " by ", B.senior.n("init"))
    pg.ln()
    w = [28, 18, 22, 14]
    pg.row(w, "Contact name", "Relationship", "Number", "Status")
    pg.row(w, B.partner.n("full"), "Partner", B.partner.mob(), "Approved")
    pg.row(w, B.partner.n("full"), "Partner (home)", B.partner.home(), "Approved")
    pg.row(w, B.relative.n("full"), B.rel_word.capitalize(), B.relative.mob(), "Approved")
    pg.row(w, B.witness.n("full"), "Friend", B.witness.mob(), B.c("Pending checks", "Approved"))
    if B.child.dob.year <= TODAY.year - 12:
        pg.row(w, B.child.n("first"), B.child_word.capitalize(), B.child.mob(), "Approved (PPU)")
    pg.ln()
    pg.ln("Barred numbers:")
    pg.row(w, B.victim.n("full"), "Victim", B.victim.mob(), "Contact prohibited")
    pg.row(w, B.codef.n("full"), "Co-defendant", B.codef.home(), "Non-association")
    pg.ln()
    pg.ln("Free numbers available to all prisoners (no approval needed): Samaritans ",
          pub("samaritans", "phone"), "; Prisoners' Advice Service ", pub("pas", "phone"), ".")
    pg.ln("Credit on account: £", "%d.%02d" % (r.randint(2, 40), r.randint(0, 99)))
    return d


def doc_complaint(B):
    S, r = B.S, B.r
    he, his, him = pron(S)
    d = Doc(B, "comp1", "complaint_comp1")
    sent = B.ev(10, 200)
    pg = d.page()
    pg.ln("COMP1  Complaint form")
    pg.ln("Name: ", S.n("full"), "    Number: ", S.pn(), "    Wing/cell: ", B.cell)
    pg.ln("Date: ", fmt_date(sent, "dmy"), "    Ref: COMP1/", str(r.randint(100, 999)), "/", str(sent.year % 100))
    pg.ln()
    pg.ln("What is your complaint about?")
    pg.ln("On ", fmt_date(sent - dt.timedelta(days=4), "d_month_y"), " my partner ", B.partner.n("full"),
          " came for a visit with our ", B.child_word, " ", B.child.n("first"), " and was turned away at ",
          "the gate by ", B.officer.n("role"), " because the ID was said to be out of date.")
    pg.ln("It was not. The passport number is ", B.partner.passport_i(), " and it runs until 2031. ",
          pron(B.partner)[0].capitalize(), " drove 90 miles and paid £23.40 for fuel.")
    pg.ln("I also want my property back (2 x tracksuits, radio) from when I moved cell. ",
          B.p2.n("Fcaps"), " was moved the same day and got ", "his" if B.p2.sex == "M" else "hers", " back.")
    pg.ln()
    pg.ln("What would you like to happen? An apology and a rebooked visit.")
    pg.ln("Signed: ", S.n(B.c("init", "full")))
    footer(pg, 1, 2)
    pg = d.page()
    pg.ln("COMP1  Response")
    pg.ln("To: ", S.n("titlefull"), " ", S.pn(), "    From: ", B.senior.n("rolefull"))
    pg.ln("Date of response: ", fmt_date(sent + dt.timedelta(days=r.randint(3, 9)), "dmy"))
    pg.ln()
    pg.ln("Dear ", S.n("title"), ",")
    pg.ln("I have spoken with ", B.officer.n("rolefull"), " and reviewed the gate log for that date. ",
          "The visitor's document was accepted on a later visit and I apologise that ",
          B.partner.n("title"), " was refused entry.")
    pg.ln("A priority visit has been offered. Your property has been located in reception and ",
          "will be issued by ", B.officer.n("role"), " this week.")
    pg.ln("If you are not satisfied you may submit a COMP1A. Independent advice is available from ",
          "the Prisoners' Advice Service on ", pub("pas", "phone"), ". If your concern is about how ",
          "your personal data has been handled you can contact the Information Commissioner's Office ",
          "on ", pub("ico_phone", "phone"), " (Wilmslow, Cheshire ", pub("ico_pc", "postcode"), ").")
    pg.ln()
    pg.ln("Yours sincerely,")
    pg.ln(B.senior.n("full"))
    pg.ln(B.senior.role, ", ", B.prison)
    footer(pg, 2, 2)
    return d


def doc_healthcare_incident(B):
    S, r = B.S, B.r
    he, his, him = pron(S)
    d = Doc(B, "healthcare", "healthcare_incident_note")
    when = B.ev(20, 220)
    pg = d.page()
    pg.ln("Healthcare  Clinical Incident Note  (SystmOne print)")
    pg.ln("Patient: ", S.n("Fcaps"), "    NHS No: ", S.nhs_i(), "    DOB: ",
          S.dob_i(B.c("dmy", "d_mon_y", "iso")))
    pg.ln("Prison no: ", S.pn(), "    Location: Healthcare inpatient unit, bed ", str(r.randint(1, 12)))
    pg.ln("Consultation: ", fmt_date(when, "dmy"), " ", B.time(), "    Clinician: ", B.health.n("rolefull"))
    pg.ln()
    pg.ln("History: Called to ", B.wing, " wing following a fight on the landing. ", S.n("title"),
          " reports being punched twice by another prisoner. Denies loss of consciousness.")
    pg.ln("Observations: BP 132/84, pulse 96, SpO2 98%, GCS 15/15. Laceration 2 cm left eyebrow, "
          "closed with steri-strips.")
    pg.ln("Medication: Paracetamol 1 g QDS PRN for 3 days; continues Sertraline 100 mg OD.")
    pg.ln()
    pg.ln("Other persons involved (assessed separately):")
    w = [26, 12, 16, 30]
    pg.row(w, "Name", "Prison no", "NHS no", "Outcome")
    pg.row(w, B.p2.n("capscomma"), B.p2.pn(), B.p2.nhs_i(), "Bruised knuckles, no treatment")
    pg.row(w, B.p1.n("capscomma"), B.p1.pn(), B.p1.nhs_i(), "Witness, anxious, seen by MH team")
    pg.ln()
    pg.ln("Plan: review in 48 hours; head injury advice given; F2052SH not opened. Next of kin (",
          B.relative.n("full"), ", ", B.rel_word, ") not informed at patient's request.")
    pg.ln("Entered by ", B.health.n("init"), " at ", B.time(), "; countersigned ",
          B.senior.n("rolefull"), " (incident ref HC-INC-", str(r.randint(100, 999)), ").")
    return d


def doc_clinic_list(B):
    S, r = B.S, B.r
    d = Doc(B, "cliniclist", "healthcare_clinic_list")
    pg = d.page()
    pg.ln(B.prison, "  Healthcare  GP clinic list  ", B.evs(style="d_month_y"))
    pg.ln("Clinician: ", B.health.n("rolefull"), "    Room 2, Healthcare centre")
    pg.ln()
    w = [7, 24, 10, 15, 12, 22]
    pg.row(w, "Time", "Patient", "Prison no", "NHS number", "DOB", "Reason")
    rows = [(S, "Medication review"), (B.p1, "Repeat prescription"), (B.p2, "Wound check"),
            (B.codef, "New reception screen")]
    r.shuffle(rows)
    t = r.randint(9, 10) * 60
    for p, why in rows:
        pg.row(w, "%02d:%02d" % (t // 60, t % 60), p.n(B.c("capscomma", "capscomma_all")), p.pn(),
               p.nhs_i(), p.dob_i(B.c("dmy", "dmy_2y", "oracle")), why)
        t += 15
    pg.ln()
    pg.ln("DNA to be rebooked via the healthcare application system. Escorts: 2 officers.")
    pg.ln("Note: ", B.codef.n("title"), " and ", S.n("title"),
          " are subject to a non-association marker; do not hold in the same waiting room.")
    return d


def doc_wing_obs(B):
    S, r = B.S, B.r
    he, his, him = pron(S)
    d = Doc(B, "wingobs", "wing_observation_book")
    pg = d.page()
    pg.ln(B.wing, " WING  OBSERVATION BOOK  (transcribed)")
    pg.ln()
    day = B.ev(30, 200)
    lines = [
        lambda: ["Roll check correct, 84 on the wing. ", B.officer.n("role")],
        lambda: [S.n("caps"), " (", S.pn(), ") asked for a Listener. ", B.p1.n("full"),
                 " attended 21:30 to 22:15. ", B.officer.n("init")],
        lambda: ["Loud music from ", B.cell, ". ", S.n("title"), " turned it down when asked. ", B.senior.n("role")],
        lambda: [B.p2.n("capscomma"), " (", B.p2.pn(), ") refused to lock up; ", B.senior.n("role"),
                 " attended and ", pron(B.p2)[0], " complied."],
        lambda: ["Night san: ", S.n("last"), " asked for paracetamol 500 mg; referred to nurse on call. ",
                 B.officer.n("role")],
        lambda: ["Observed ", S.n("Fcaps"), " passing something through the door gap to ",
                 B.p1.n("last"), ". SIR submitted. ", B.officer.n("init")],
        lambda: ["Cell bell from ", B.p2.n("Fcaps"), ": low mood after call with ", pron(B.p2)[1],
                 " family. ACCT not opened; to be reviewed by ", B.senior.n("role"), "."],
    ]
    r.shuffle(lines)
    for k, make in enumerate(lines[:6]):
        if k % 2 == 0:
            day = day + dt.timedelta(days=1)
        hour = r.randint(7, 13) if k % 2 == 0 else r.randint(14, 21)
        pg.ln(fmt_date(day, B.c("dmy_2y", "dmy")), "  %02d:%02d  " % (hour, r.randint(0, 59)), make())
    pg.ln()
    pg.ln("Checked by ", B.governor.n("rolefull"), " on ", fmt_date(day + dt.timedelta(days=2), "dmy"), ".")
    return d


def doc_ndelius(B):
    S, r = B.S, B.r
    he, his, him = pron(S)
    d = Doc(B, "ndelius", "ndelius_contact_log")
    day = B.ev(0, 60)
    entries = [
        lambda pg: pg.ln("Home visit to ", S.n("first"), "'s own tenancy, ", S.addr(), ", ", S.town, " ",
                         S.pc(), ". Rent arrears; landlord will hold it until release. ",
                         B.partner.n("titlefull"), " now lives at ", B.partner.addr(), ", ",
                         B.partner.pc(), "."),
        lambda pg: pg.ln("Telephone call to ", B.partner.n("full"), " on ", B.partner.mob(),
                         ". Confirmed ", B.child.n("first"), " (", B.dob_cue(), B.child.dob_i(),
                         ") lives at the address; CSC checks requested."),
        lambda pg: pg.ln("Co-defendant ", B.codef.n("full"), " (CRN ", B.codef.crn_i(),
                         ") is also supervised from this office. Non-contact licence condition proposed."),
        lambda pg: pg.ln("Email received from ", B.relative.n("titlefull"), " (", B.relative.email_i(),
                         ") offering a bed at ", pron(B.relative)[1], " address if the partner address fails."),
        lambda pg: pg.ln("Three-way call with POM ", B.senior.n("full"), " and ", S.n("Fcaps"),
                         ". Licence conditions explained; ", he, " raised concerns about ", B.victim.n("last"),
                         " living nearby."),
        lambda pg: pg.ln("Police check returned: ", B.partner.n("first"), " has no recorded offences. "
                         "Previous partner of ", B.partner.n("last"), ", ", B.witness.n("full"),
                         ", has a DV marker (", B.witness.crn_i(), ", NI ", B.witness.nino_i(), ")."),
        lambda pg: pg.ln("Appointment letter sent to ", S.n("title"), " at ", S.email_i(),
                         " and texted to ", his, " mobile ", S.mob(), ". First appointment 10:00, "
                         "reporting centre."),
        lambda pg: pg.ln("Victim contact scheme: VLO informed of proposed address. Victim ",
                         B.victim.n("full"), " has asked for an exclusion zone."),
    ]
    r.shuffle(entries)
    half = len(entries) // 2
    for i, chunk in enumerate([entries[:half], entries[half:]]):
        pg = d.page()
        pg.ln("nDelius  Contact Log  ", S.n("capscomma_all"), "  CRN: ", S.crn_i())
        if i == 0:
            pg.ln("DOB: ", S.dob_i(B.c("dmy", "oracle4", "iso")), "   PNC: ", S.pnc_i(),
                  "   Prison: ", B.prison, " (", S.pn(), ")")
            pg.ln("Offender manager: ", B.com.n("rolefull"))
        pg.ln()
        for entry in chunk:
            day = day + dt.timedelta(days=r.randint(2, 12))
            pg.ln(fmt_date(day, "dmy"), "  ", B.c("Phone contact", "Email/Letter", "Home visit",
                                                  "Other contact", "Internal comms"),
                  "  ", B.com.n(B.c("capscomma", "full")))
            entry(pg)
            pg.ln()
        footer(pg, i + 1, 2, "Case reference " + S.crn[:1] + "-" + str(r.randint(1000, 9999)))
    return d


def doc_oasys(B):
    S, r = B.S, B.r
    he, his, him = pron(S)
    d = Doc(B, "oasys", "oasys_extract")
    pg = d.page()
    pg.ln("OASys  Layer 3  Assessment extract")
    pg.ln("Name: ", S.n("Fcaps"), "   DOB: ", S.dob_i(), "   CRN: ", S.crn_i(), "   PNC: ", S.pnc_i())
    pg.ln("Assessment completed: ", B.evs(), " by ", B.com.n("full"), " (Probation Officer)")
    pg.ln()
    pg.ln("Section 2  Analysis of offences")
    offence = B.ev(-300, -200)
    age = offence.year - B.victim.dob.year - ((offence.month, offence.day) < (B.victim.dob.month, B.victim.dob.day))
    pg.ln("2.1 On ", fmt_date(offence, "d_month_y"), " ", S.n("title"), " and ", B.codef.n("full"),
          " went to the home of ", B.victim.n("full"), " (then aged ", str(age), ", born ", B.victim.dob_i(B.c("d_month_y", "dmy", "dth_month_y")), ") at ",
          B.victim.addr(), ", ", B.victim.town, ".")
    pg.ln("The victim was threatened with a bat and £340 in cash was taken. ", B.codef.n("first"),
          " drove; ", S.n("last"), " entered the property.")
    pg.ln("2.5 ", S.n("first"), " accepts ", his, " part but minimises it, describing ",
          B.codef.n("last"), " as the organiser. ", he.capitalize(), " has applied to the Criminal Cases "
          "Review Commission (Birmingham ", pub("ccrc_pc", "postcode"), ") about the conviction.")
    pg.ln()
    pg.ln("Section 4  Education, training and employability / finance")
    pg.ln("Prior to custody ", he, " lived with ", B.partner.n("full"), ", who claims Universal Credit "
          "(NI no ", B.partner.nino_i(), "). ", S.n("first"), "'s own NI number is ", S.nino_i(), ".")
    pg.ln()
    pg.ln("Section 6  Relationships")
    pg.ln("6.1 ", S.n("title"), " has one ", B.child_word, ", ", B.child.n("full"), " (born ",
          B.child.dob_i(B.c("dmy", "dot", "d_mon_y")), "). Contact is supervised.")
    pg.ln("6.3 ", pron(S)[1].capitalize(), " ", B.rel_word, ", ", B.relative.n("titlefull"), " (", B.dob_cue(),
          B.relative.dob_i(), "), is described as the main protective factor.")
    pg.ln()
    pg.ln("R10  Risk of serious harm summary: High to known adult (", B.victim.n("init"),
          "); Medium to public. Scored: OGRS4/G 58% (2yr), OVP 41%, SARA N/A.")
    footer(pg, 1, 1, "OASys v6.34.0.2")
    return d


def doc_mappa(B):
    S, r = B.S, B.r
    he, his, him = pron(S)
    d = Doc(B, "mappa", "mappa_minutes")
    meet = B.ev(100, 220)
    pg = d.page()
    pg.ln("MAPPA LEVEL 2  MEETING MINUTES  (RESTRICTED when complete)")
    pg.ln("Meeting date: ", fmt_date(meet, "d_month_y"), "  10:00   Venue: ", B.court_town, " Probation Office")
    pg.ln("Subject: ", S.n("Fcaps"), "   DOB: ", S.dob_i(B.c("dmy", "dth_mon_y")), "   PNC: ",
          S.pnc_i(), "   CRO: ", S.cro_i(), "   CRN: ", S.crn_i())
    pg.ln()
    pg.ln("Attendees:")
    pg.ln("  ", B.com.n("full"), ", Probation Officer (chair)")
    pg.ln("  ", B.police.n("rolefull"), ", Public Protection Unit")
    pg.ln("  ", B.senior.n("full"), ", POM, ", B.prison)
    pg.ln("  Apologies: Local Authority housing, Children's Services")
    pg.ln()
    pg.ln("1. Police information (", B.police.n("role"), ")")
    pg.ln("Associates known to police:")
    w = [24, 16, 14, 12]
    pg.row(w, "Name", "PNC", "CRO", "DOB")
    pg.row(w, B.codef.n("capscomma"), B.codef.pnc_i(), B.codef.cro_i(), B.codef.dob_i("dmy"))
    pg.row(w, B.p1.n("capscomma"), B.p1.pnc_i(), B.p1.cro_i(), B.p1.dob_i("dmy"))
    pg.row(w, B.p2.n("capscomma"), B.p2.pnc_i(), B.p2.cro_i(), B.p2.dob_i("dmy"))
    pg.ln(B.codef.n("first"), " (CRN ", B.codef.crn_i(), ") was released on ", fmt_date(meet - dt.timedelta(days=40), "dmy"),
          " and lives at ", B.codef.full_address(), ". NI ", B.codef.nino_i(), ".")
    pg.ln("Intelligence suggests ", B.p2.n("last"), " has offered ", S.n("last"),
          " work on release. Car linked to ", B.p2.n("last"), ": ", B.p2.vrm_i(), ".")
    footer(pg, 1, 2, "OFFICIAL-SENSITIVE")
    pg = d.page()
    pg.ln("2. Victim issues")
    pg.ln("The victim, ", B.victim.n("titlefull"), ", still lives at ", B.victim.full_address(),
          ". Exclusion zone to cover the street and the nearby shops.")
    pg.ln("VLO reports ", B.victim.n("first"), " can be contacted on ", B.victim.mob(),
          " and has been given the National Domestic Abuse Helpline number, ", pub("ndah", "phone"), ".")
    pg.ln()
    pg.ln("3. Accommodation: partner address (", B.partner.addr(), ", ", B.partner.pc(),
          ") not yet approved; AP referral made.")
    pg.ln("4. Actions")
    w = [6, 60, 22]
    pg.row(w, "No", "Action", "Owner")
    pg.row(w, "1", ["Check if ", B.codef.n("init2"), " is still on licence"], B.police.n("full"))
    pg.row(w, "2", "Submit approved premises referral", B.com.n("full"))
    pg.row(w, "3", "Share victim safety plan with POM", B.com.n("last"))
    pg.ln()
    pg.ln("Next review: ", fmt_date(meet + dt.timedelta(days=84), "d_month_y"), ". Minutes by ",
          B.com.n("init"), ".")
    footer(pg, 2, 2, "OFFICIAL-SENSITIVE")
    return d


def doc_ap_referral(B):
    S, r = B.S, B.r
    he, his, him = pron(S)
    d = Doc(B, "apreferral", "approved_premises_referral")
    pg = d.page()
    pg.ln("APPROVED PREMISES REFERRAL")
    pg.ln("Referring practitioner: ", B.com.n("full"), "  (", B.com.email_i(), ")")
    pg.ln("Direct line: ", B.com.home())
    pg.ln()
    w = [22]
    pg.row(w, "Name:", S.n("fullmid"))
    pg.row(w, "Also known as:", B.alias_item())
    pg.row(w, "Date of birth:", S.dob_i(B.c("dmy", "d_month_y", "dot")))
    pg.row(w, "CRN / PNC:", [S.crn_i(), " / ", S.pnc_i()])
    pg.row(w, "NOMS number:", S.pn())
    pg.row(w, "NI number:", S.nino_i())
    pg.row(w, "Phone on release:", S.mob())
    pg.row(w, "Release date:", [B.evs(200, 260, "dmy"), " (CRD); SLED ", B.evs(600, 700, "dmy")])
    pg.ln()
    pg.ln("Why an AP is needed: the partner's address is within the victim's area and ", S.n("title"),
          " has no other suitable address.")
    pg.ln("Persons posing/at risk: ", B.victim.n("full"), " (victim); ", B.codef.n("full"),
          " (co-defendant, CRN ", B.codef.crn_i(), ", PNC ", B.codef.pnc_i(), ", CRO ", B.codef.cro_i(),
          ", NI ", B.codef.nino_i(), ") must not reside "
          "at or visit the AP.")
    pg.ln("Known associate ", B.p1.n("full"), " (", B.p1.pnc_i(), ", CRN ", B.p1.crn_i(),
          ") is currently resident at another AP in the region.")
    pg.ln("Children: ", B.child.n("first"), " (", B.child_word, ") ", B.dob_cue(), B.child.dob_i(),
          ". Contact only as agreed by Children's Services.")
    pg.ln()
    pg.ln("Health: registered with GP; NHS number ", S.nhs_i(), ". Methadone 30 ml daily on release.")
    pg.ln("Referral date: ", B.evs(150, 200, "dmy"), "    Manager approval: ",
          B.c("Senior Probation Officer", "SPO"), " ", B.governor.n("full"))
    return d


def doc_victim_liaison(B):
    S, r = B.S, B.r
    V = B.victim
    d = Doc(B, "vlo", "victim_liaison_note")
    pg = d.page()
    pg.ln("Victim Contact Scheme  Contact record")
    pg.ln("Offender: ", S.n("capscomma"), "  ", S.pn(), "  CRN ", S.crn_i())
    pg.ln("Victim: ", V.n("titlefull"), "   DOB: ", V.dob_i(), "   Tel: ", V.home(), "   Mobile: ", V.mob())
    pg.ln("Address: ", V.full_address())
    pg.ln("Email: ", V.email_i())
    pg.ln("VLO: ", B.com.n("full"), " (covering)", "   Contact date: ", B.evs(150, 220, "dmy"))
    pg.ln()
    pg.ln("Spoke to ", V.n("title"), " by phone at ", B.time(), ". ", pron(V)[0].capitalize(),
          " was told that ", S.n("last"), " may be released in the coming months.")
    pg.ln(pron(V)[0].capitalize(), " asked for licence conditions: no contact with ", pron(V)[2],
          " or ", pron(V)[1], " neighbour ", B.witness.n("full"), " (who gave a statement), and an ",
          "exclusion zone around ", V.addr(), ".")
    pg.ln(V.n("first"), " mentioned that ", B.codef.n("Fcaps"), " drove past the house in a ",
          r.choice(CARS), " (", B.codef.vrm_i(), ") on ", B.evs(100, 150, "d_month_y"), ".")
    pg.ln("Signposted to Samaritans (", pub("samaritans", "phone"), ") and the National Domestic ",
          "Abuse Helpline (", pub("ndah", "phone"), "). Next contact in six weeks.")
    pg.ln("Compensation order instalments are forwarded to the victim's nominated account, IBAN ",
          V.iban_i(), ".")
    return d


def doc_mg11(B):
    S, r = B.S, B.r
    W = B.witness
    d = Doc(B, "mg11", "witness_statement_mg11")
    when = B.ev(-320, -220)
    pg = d.page()
    pg.ln("RESTRICTED (when complete)                                   MG11")
    pg.ln("WITNESS STATEMENT")
    pg.ln("Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9; Magistrates' Courts Act 1980, s.5B")
    pg.ln("URN: ", "%02d" % r.randint(1, 60), "/", "%s" % B.c("AB", "CD", "WY", "GM"), "/",
          str(r.randint(10000, 99999)), "/", str(when.year % 100))
    pg.ln()
    pg.ln("Statement of: ", W.n("fullmid"))
    pg.ln("Age if under 18: Over 18    Occupation: ", B.c("Care assistant", "Taxi driver", "Retired",
                                                          "Shop supervisor", "Student nurse"))
    pg.ln("This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge "
          "and belief and I make it knowing that, if it is tendered in evidence, I shall be liable to "
          "prosecution if I have wilfully stated anything in it which I know to be false.")
    pg.ln("Signature: ", W.n("init2"), "    Date: ", fmt_date(when + dt.timedelta(days=1), "dmy"))
    pg.ln()
    pg.ln("I live next door to ", B.victim.n("titlefull"), ". At about ", B.time(), " on ",
          fmt_date(when, B.c("d_month_y", "dth_month_y")), " I heard shouting from ",
          pron(B.victim)[1], " front garden.")
    pg.ln("I looked out and saw two people. One I now know to be ", S.n("full"), " because I recognised ",
          pron(S)[2], " from school; I knew ", pron(S)[2], " as ", B.alias_item(), ".")
    pg.ln("The other one was older, with a hood up, and got into the driver's seat of a ",
          r.choice(CARS), ". I wrote down the registration on my hand: ", B.codef.vrm_i(), ".")
    pg.ln(B.victim.n("first"), " came to my door crying and I called 999 from my mobile.")
    pg.ln()
    pg.ln("Signature witnessed by: ", B.police.n("role"), "    Page 1 of 2")
    pg = d.page()
    pg.ln("Continuation of statement of ", W.n("caps"))
    pg.ln("I would recognise ", S.n("last"), " again. I have not discussed this with anyone except my ",
          "daughter.")
    pg.ln("Signature: ", W.n("init2"))
    pg.ln()
    pg.ln("Witness contact details (not disclosed to defence)")
    pg.row([26], "Home address:", W.full_address())
    pg.row([26], "Home telephone:", W.home())
    pg.row([26], "Mobile:", W.mob())
    pg.row([26], "Email:", W.email_i())
    pg.row([26], "Date of birth:", W.dob_i(B.c("dmy", "d_month_y", "oracle4", "dot")))
    pg.row([26], "Driving licence:", W.licence_i())
    pg.row([26], "Dates to avoid:", B.evs(10, 60, "dmy") + " to " + B.evs(61, 90, "dmy"))
    pg.ln()
    pg.ln("Statement taken by: ", B.police.n("rolefull"), "   Station: ", B.court_town, " Central")
    pg.ln("Time and place taken: ", B.time(), ", at the witness's home")
    footer(pg, 2, 2)
    return d


def email_header(pg, frm, to, cc, when, subject):
    pg.ln("From: ", frm.n("full"), " <", frm.email_i(), ">")
    pg.ln("Sent: ", when.strftime("%A"), ", ", fmt_date(when, "d_month_y"), " ", "%02d:%02d" %
          (frm.r.randint(8, 18), frm.r.randint(0, 59)))
    pg.ln("To: ", to.n("full"), " <", to.email_i(), ">")
    if cc:
        pg.ln("Cc: ", cc.n("capscomma"), " <", cc.email_i(), ">")
    pg.ln("Subject: ", subject)
    pg.ln()


def doc_email(B):
    S, r = B.S, B.r
    he, his, him = pron(S)
    d = Doc(B, "email", "email_printout")
    when = B.ev(120, 220)
    pg = d.page()
    subj = ["RE: ", S.n("caps"), " ", S.pn(), " - release planning"]
    email_header(pg, B.com, B.senior, B.police, when + dt.timedelta(days=1), subj)
    pg.ln("Hi ", B.senior.n("first"), ",")
    pg.ln("Thanks for this. I have now spoken to ", B.partner.n("full"), " again. ",
          pron(B.partner)[0].capitalize(), " has moved to ", B.partner.full_address(), " and ",
          pron(B.partner)[1], " new number is ", B.partner.mob(), ".")
    pg.ln(pron(B.partner)[0].capitalize(), " also forwarded an email from ", B.relative.email_i(), " which I've saved to the case "
          "record. Can you confirm whether ", S.n("first"), " is still on the ", B.c("Thinking Skills",
                                                                                 "Kaizen", "Horizon"),
          " waiting list?")
    pg.ln()
    pg.ln(B.com.n("full"))
    pg.ln("Probation Officer | ", B.court_town, " PDU")
    pg.ln("Tel: ", B.com.home(), " | Work mobile: ", B.com.mob())
    pg.ln()
    pg.ln("-----Original Message-----")
    email_header(pg, B.senior, B.com, None, when, ["", S.n("caps"), " ", S.pn(), " - release planning"])
    pg.ln("Morning,")
    pg.ln(S.n("title"), " has given the name of ", B.witness.n("full"), " as a possible employer "
          "(landscaping, cash in hand). I'd treat that with caution.")
    pg.ln(his.capitalize(), " CRO is ", S.cro_i(), " if police need it. Visits: ", B.partner.n("first"), " and ",
          B.relative.n("title"), " only in the last three months.")
    pg.ln("Also, ", he, " asked for the postcode of the Criminal Cases Review Commission; I gave ",
          him, " Birmingham ", pub("ccrc_pc", "postcode"), ".")
    pg.ln("Regards, ", B.senior.n("first"))
    pg.ln()
    pg.ln("This e-mail and any attachments are intended only for the addressee and may contain "
          "privileged information. Communication via CJSM is secure.")
    return d


def doc_family_letter(B):
    S, r = B.S, B.r
    P = B.partner
    he, his, him = pron(S)
    d = Doc(B, "letter", "family_letter_transcription")
    pg = d.page()
    pg.ln("[Transcript of handwritten letter, 2 sides, received in post ", B.evs(100, 200, "dmy"),
          ". Checked by mailroom: ", B.officer.n("init2"), "]")
    pg.ln()
    pg.ln("Dear ", S.n("first"), ",")
    pg.ln("Hope your ok in there. Me and ", B.child.n("first"), " miss you loads. ", B.child.n("first"),
          " has been asking when your coming home, I said soon babe.")
    pg.ln("It was ", pron(B.child)[1], " birthday last week, can't believe ", pron(B.child)[0],
          " was born on the ", B.child.dob_i(B.c("dth_month_y", "d_month_y", "dth_mon_y")), ".")
    pg.ln("I've moved in with my ", B.c("sister", "cousin", "mate"), " for now, the address is ", P.addr(), ", ", P.town, ", ",
          P.pc(B.c("std", "lower", "nospace")), " so write to me there not the old place.")
    pg.ln("My new number is ", P.mob(B.c("compact", "std", "grouped")),
          " so get them to put it on your phone list.")
    footer(pg, 1, 2)
    pg = d.page()
    pg.ln("I put £20 in your account from my bank, it said sort code ", P.sort_i(),
          " account ", P.acct_i(), " if they ask where it came from.")
    pg.ln("Your ", B.rel_word, " says hello. ", B.relative.n("first"), " is coming with me on the ",
          B.evs(150, 230, "d_month_y"), " visit and wants you to ring on ", B.relative.mob(), ".")
    pg.ln(B.p2.n("first"), "'s mate keeps messaging me on facebook, I've blocked them. Don't get "
          "involved with ", pron(B.p2)[2], " again please.")
    pg.ln("If it gets too much there's the families helpline ", pub("families", "phone"),
          ", the lady there was nice.")
    pg.ln()
    pg.ln("Love you always")
    pg.ln(P.n("first"), " xxx")
    pg.ln("P.S. ", B.child.n("first"), " drew you the picture (enclosed).")
    footer(pg, 2, 2)
    return d


def doc_fax(B):
    S, r = B.S, B.r
    d = Doc(B, "fax", "fax_cover_sheet")
    pg = d.page()
    pg.ln("F A X   C O V E R   S H E E T")
    pg.ln()
    pg.row([14], "To:", [B.com.n("rolefull"), ", ", B.court_town, " Probation Delivery Unit"])
    pg.row([14], "From:", [B.health.n("rolefull"), ", Healthcare, ", B.prison])
    pg.row([14], "Direct line:", B.health.home())
    pg.row([14], "Date:", B.evs(style="dmy") + "   Time: " + B.time())
    pg.row([14], "Pages:", "4 (including this sheet)")
    pg.row([14], "Re:", [S.n("Fcaps"), "  DOB ", S.dob_i(), "  NHS ", S.nhs_i()])
    pg.ln()
    pg.ln("Message:")
    pg.ln("Please find attached the discharge summary and medication chart for ", S.n("title"),
          " ahead of release. Next of kin recorded as ", B.relative.n("full"), " (", B.rel_word,
          "), tel ", B.relative.home(), ".")
    pg.ln("Page 4 of the previous fax related to another patient (", B.p2.n("full"), ", NHS ",
          B.p2.nhs_i(), ") and was sent in error: please destroy it.")
    pg.ln("GP on release to be confirmed. Please do not fax back to the main office number; "
          "use the direct line above.")
    pg.ln()
    pg.ln("CONFIDENTIALITY: This fax contains patient-identifiable information. If received in error "
          "destroy it and notify the sender.")
    return d


def doc_finance(B):
    S, r = B.S, B.r
    d = Doc(B, "finance", "finance_paperwork")
    pg = d.page()
    pg.ln(B.prison, "  Prisoner Finance  Incoming funds and disputed payments")
    pg.ln("Prisoner: ", S.n("capscomma"), "   Prison no: ", S.pn(), "   Private cash balance: £",
          "%d.%02d" % (r.randint(5, 180), r.randint(0, 99)))
    pg.ln()
    pg.ln("A. Bank transfers received (Send money to someone in prison)")
    w = [11, 24, 11, 11, 9, 12]
    pg.row(w, "Date", "Sender", "Sort code", "Account", "Amount", "Reference")
    senders = [B.partner, B.relative, B.witness]
    if r.random() < 0.5:
        senders.append(B.codef)
    for p in senders:
        pg.row(w, B.evs(20, 200, "dmy"), p.n(B.c("full", "capscomma_all")), p.sort_i(), p.acct_i(),
               "£%d.00" % r.choice([10, 15, 20, 25, 40, 50]), "TRN%06d" % r.randint(0, 999999))
    if B.codef in senders:
        pg.ln("Note: payment from ", B.codef.n("Fcaps"), " (co-defendant) returned to sender; "
              "referred to security.")
    pg.ln()
    pg.ln("B. International transfer")
    pg.ln("Received ", B.evs(60, 200, "d_month_y"), " from ", B.relative.n("titlefull"),
          " while abroad. Originating account IBAN ", B.relative.iban_i(), ", amount £75.00.")
    pg.ln("Refund of duplicate payment to be made to ", B.partner.n("full"), ", IBAN ",
          B.partner.iban_i(), ".")
    pg.ln("Standing order of £10.00 monthly set up by ", B.witness.n("Fcaps"), " from ",
          B.witness.iban_i(), ".")
    pg.ln()
    pg.ln("C. Card payment dispute (chargeback)")
    pg.ln("Cardholder: ", B.witness.n("full"), "   Card number: ", B.witness.card_i(),
          "   Expiry: 0", str(r.randint(1, 9)), "/2", str(r.randint(6, 9)))
    pg.ln("The cardholder says the £50.00 payment of ", B.evs(80, 200, "dmy"), " was not authorised. ",
          "A second card, ", B.partner.card_i(), " (", B.partner.n("init"), "), was used the same day.")
    pg.ln("Refund of the disputed amount goes back to the card it came from; a goodwill credit goes to ",
          B.relative.n("init"), "'s card ", B.relative.card_i(), ".")
    pg.ln("Finance clerk: ", B.officer.n("full"), "    Authorised: ", B.governor.n("rolefull"))
    footer(pg, 1, 1, "Invoice batch INV-" + str(r.randint(20000, 99999)))
    return d


def doc_dvla(B):
    S, r = B.S, B.r
    d = Doc(B, "dvla", "dvla_vehicle_check")
    pg = d.page()
    pg.ln("PNC / DVLA VEHICLE AND DRIVER ENQUIRY  (printed for security department)")
    pg.ln("Requested by: ", B.police.n("rolefull"), " for ", B.senior.n("rolefull"),
          "   Enquiry ref: VE/", str(r.randint(10000, 99999)))
    pg.ln()
    for p, note in [(B.partner, "Seen in visitors' car park on two visit dates."),
                    (B.codef, "Reported by witness at scene of index offence."),
                    (B.p2, "Linked by intelligence to " + B.prison + " visits.")]:
        car = r.choice(CARS)
        pg.ln("VRM: ", p.vrm_i(), "   ", car[0].upper() + car[1:], "   MOT valid   Tax valid")
        pg.ln("Registered keeper: ", p.n(B.c("capscomma_all", "titlefull")), ", ", p.full_address())
        pg.ln("Keeper DOB: ", p.dob_i(B.c("dmy", "oracle4", "iso")), "   Driver number: ", p.licence_i(),
              "   Endorsements: ", B.c("none", "SP30 x1", "3 points (CU80)"))
        pg.ln("Note: ", note)
        pg.ln()
    pg.ln("Subject's own licence: ", S.licence_i(), " (", S.n("Fcaps"), "), revoked ",
          B.evs(-200, -100, "dmy"), ". Subject is not the keeper of any vehicle.")
    footer(pg, 1, 1, "PNC extract")
    return d


def doc_id_documents(B):
    S, r = B.S, B.r
    d = Doc(B, "iddocs", "travel_id_paperwork")
    pg = d.page()
    pg.ln("RECEPTION  Stored property  Identity and travel documents")
    pg.ln("Prisoner: ", S.n("Fcaps"), "  (", S.pn(), ")   Seal no: ", "PS" + str(r.randint(100000, 999999)))
    pg.ln()
    w = [24, 18, 14, 14]
    pg.row(w, "Holder", "Document", "Number", "Expiry")
    pg.row(w, S.n("full"), "UK passport", S.passport_i(), B.evs(900, 1900, "dmy"))
    pg.row(w, S.n("full"), "Driving licence", S.licence_i("compact"), B.evs(900, 1900, "dmy"))
    pg.row(w, B.partner.n("full"), "UK passport", B.partner.passport_i(), B.evs(900, 1900, "dmy"))
    pg.row(w, B.child.n("full"), "UK passport", B.child.passport_i(), B.evs(300, 900, "dmy"))
    pg.row(w, B.partner.n("full"), "NI number card", B.partner.nino_i(), "none")
    pg.ln()
    pg.ln("Documents belonging to ", B.partner.n("title"), " and the child were handed in by mistake ",
          "at reception on ", B.evs(10, 100, "d_month_y"), " and are to be returned by recorded post.")
    pg.ln("Police hold the passport of co-defendant ", B.codef.n("full"), " (", B.codef.passport_i(),
          ") as a bail condition; not stored here.")
    pg.ln("Home Office (Immigration Enforcement) check: not required for ", S.n("title"),
          " (British citizen, NI ", S.nino_i(), ").")
    pg.ln("Checked by: ", B.officer.n("rolefull"), "   Countersigned: ", B.senior.n("init"))
    return d


def doc_it_audit(B):
    S, r = B.S, B.r
    d = Doc(B, "itaudit", "it_login_audit")
    pg = d.page()
    start = B.ev(60, 200)
    pg.ln("Email a Prisoner  Sender account audit  exported ", start.isoformat(), " ", B.time(), ":",
          "%02d" % r.randint(0, 59))
    pg.ln("Recipient: ", S.n("capscomma_all"), " ", S.pn())
    pg.ln()
    w = [21, 34, 28, 18]
    pg.row(w, "Timestamp (UTC)", "Sender account", "Source IP", "Event")
    events = []
    for p, n in [(B.partner, 3), (B.relative, 2), (B.codef, 1), (B.witness, 1)]:
        for _ in range(n):
            events.append((start + dt.timedelta(days=r.randint(0, 30), seconds=r.randint(0, 86399)), p))
    events.sort(key=lambda e: e[0])
    for when, p in events:
        ip = p.ip4() if (p is B.relative and r.random() < 0.5) or r.random() < 0.6 else p.ip6()
        pg.row(w, when.strftime("%Y-%m-%d") + " %02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59),
                                                                   r.randint(0, 59)),
               p.email_i(), ip, B.c("LOGIN_OK", "MESSAGE_SENT", "MESSAGE_SENT", "PHOTO_UPLOAD"))
    pg.ln()
    pg.ln("Account ", B.codef.email_i(), " blocked on ", fmt_date(start + dt.timedelta(days=31), "dmy"),
          " (co-defendant; non-contact). Registered name on account: ", B.codef.n("full"), ".")
    pg.ln()
    pg.ln("Staff access to this record:")
    pg.row(w, "Timestamp (UTC)", "User", "Workstation IP", "Action")
    for s in [B.senior, B.officer]:
        pg.row(w, (start + dt.timedelta(days=32)).isoformat() + " " + B.time() + ":00",
               s.email_i(), s.ip4(), "VIEW_RECORD")
    pg.ln()
    pg.ln("Service build 4.12.1.7; audit policy ref SEC-POL-0091 section 3.2.1.")
    return d


CORE_KINDS = [doc_case_notes, doc_visits, doc_pin_phone, doc_finance, doc_dvla, doc_it_audit,
              doc_mappa, doc_ndelius, doc_healthcare_incident, doc_id_documents]
OPTIONAL_KINDS = [doc_adjudication, doc_sir, doc_complaint, doc_clinic_list, doc_wing_obs,
                  doc_oasys, doc_ap_referral, doc_victim_liaison, doc_mg11, doc_email,
                  doc_family_letter, doc_fax]


# ---------------------------------------------------------------------------------------
# Assembly, self-checks and output
# ---------------------------------------------------------------------------------------
def person_values(p):
    """Written values of a person's data, normalised, for the unlabelled-leak check."""
    vals = [p.prison_no, p.crn, p.nino, p.nhs, p.passport, p.licence, p.vrm, p.sort_code,
            p.account, p.card, p.iban, p.mobile, p.landline[0] + p.landline[2], p.email,
            p.ipv4, p.ipv6, p.postcode, p.street, fmt_pnc(p.pnc, "long"), fmt_cro(p.cro, "plain")]
    vals = [norm(v) for v in vals]
    # short numeric date forms (e.g. 241119) also occur inside timestamps; check the longer ones
    return vals + [v for v in (norm(fmt_date(p.dob, s)) for s in DATE_STYLES) if len(v) >= 8]


def norm(s):
    return re.sub(r"[\s\-/.()+]", "", s.upper())


def check_doc(B, doc):
    people = [B.S, B.partner, B.relative, B.child, B.p1, B.p2, B.codef, B.victim, B.witness] + B.staff
    for i, pg in enumerate(doc.pages):
        text = pg.text()
        raw = text.encode("utf-8")
        assert len(raw) == pg.nbytes
        spans = sorted((t["begin"], t["end"]) for t in pg.truth)
        for a, b in zip(spans, spans[1:]):
            assert a[1] <= b[0], ("overlapping spans", doc.id, a, b)
        masked = bytearray(raw)
        for t in pg.truth:
            assert raw[t["begin"]:t["end"]].decode("utf-8") == t["text"], (doc.id, t)
            masked[t["begin"]:t["end"]] = b"#" * (t["end"] - t["begin"])
        rest = masked.decode("utf-8", errors="replace")
        flat = norm(rest)
        for p in people:
            for v in person_values(p):
                if len(v) >= 8:
                    assert v not in flat, ("unlabelled personal value", doc.id, i, v)
                else:  # short values (sort codes, postcodes): look for them as whole tokens
                    loose = r"[\s\-/.]?".join(re.escape(ch) for ch in v)
                    assert not re.search(r"(?<![0-9A-Za-z])" + loose + r"(?![0-9A-Za-z])", rest.upper()), \
                        ("unlabelled personal value", doc.id, i, v)
            for tok in {p.first, p.last} | set(p.last.replace("-", " ").split()):
                pattern = r"(?<![\w'])(?:%s|%s)(?![\w])" % (re.escape(tok), re.escape(tok.upper()))
                if len(tok) >= 3 and re.search(pattern, rest):
                    raise AssertionError(("unlabelled name", doc.id, i, tok))
        assert "@" not in rest and "2001:db8" not in rest.lower() and "07700" not in rest, (doc.id, i)


def build_bundle(n):
    B = Bundle(n)
    kinds = list(CORE_KINDS)
    kinds += [OPTIONAL_KINDS[(n * 5 + k) % len(OPTIONAL_KINDS)] for k in range(5)]
    B.r.shuffle(kinds)
    docs = []
    for make in kinds:
        doc = make(B)
        check_doc(B, doc)
        docs.append(doc)
    return {"bundle_id": B.bundle_id, "subject": B.subject_json(),
            "documents": [d.to_json() for d in docs]}


def dump_bundle(bundle):
    """JSON text with one line per page and per truth item (readable diffs, smaller files)."""
    def j(v):
        return json.dumps(v, ensure_ascii=False)
    docs = []
    for d in bundle["documents"]:
        docs.append('  {"id": %s, "kind": %s,\n   "pages": [\n    %s],\n   "truth": [\n    %s]}'
                    % (j(d["id"]), j(d["kind"]), ",\n    ".join(j(p) for p in d["pages"]),
                       ",\n    ".join(j(t) for t in d["truth"])))
    text = ('{"bundle_id": %s,\n "subject": %s,\n "documents": [\n%s\n ]}\n'
            % (j(bundle["bundle_id"]), j(bundle["subject"]), ",\n".join(docs)))
    assert json.loads(text) == bundle
    return text


def main(argv):
    if len(argv) != 2:
        print("usage: evalgen_heldout.py OUTPUT_DIR", file=sys.stderr)
        return 2
    self_test()
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    counts, kinds = {}, {}
    n_docs = n_pages = n_bytes = 0
    for n in range(1, N_BUNDLES + 1):
        bundle = build_bundle(n)
        with open(os.path.join(out, "bundle-%02d.json" % n), "w", encoding="utf-8") as f:
            f.write(dump_bundle(bundle))
        for doc in bundle["documents"]:
            n_docs += 1
            kinds[doc["kind"]] = kinds.get(doc["kind"], 0) + 1
            n_pages += len(doc["pages"])
            n_bytes += sum(len(p.encode("utf-8")) for p in doc["pages"])
            for t in doc["truth"]:
                key = (t["category"], t["party"])
                counts[key] = counts.get(key, 0) + 1
    print("%d bundles, %d documents, %d pages, %d bytes of page text"
          % (N_BUNDLES, n_docs, n_pages, n_bytes))
    print("%-22s %8s %8s %8s %8s" % ("category", *PARTIES))
    for c in CATEGORIES:
        print("%-22s %8d %8d %8d %8d" % (c, *[counts.get((c, p), 0) for p in PARTIES]))
    print("kinds: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
