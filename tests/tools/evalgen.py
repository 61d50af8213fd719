#!/usr/bin/env python3
# Writes the labelled detection evaluation set: synthetic UK justice documents (page text) with a
# truth file of every personal-data item, its category and whose it is (subject, third_party,
# staff, public_body). Every person, number and address is invented (Ofcom drama phone ranges,
# NHS 999 range, example.com e-mail domains); public bodies' published contact details are public.
#
#   python3 tests/tools/evalgen.py tests/data/eval        # deterministic (fixed seed)
#
# Output: DIR/bundle-NN.json, each {"bundle_id", "subject": <bundle.json subject>, "documents":
# [{"id", "kind", "pages": [text, ...], "truth": [{"page", "begin", "end", "category", "party",
# "text"}]}]} with byte offsets into the UTF-8 page text. Consumed by `disclose eval`.
# The name pools below were written for this generator, independently of the detector's
# gazetteer (stages/detect/names/), so that name recall is not measured on the rules' own lists.
import json
import os
import random
import sys

SEED = 20261128
NUM_BUNDLES = 14

FORENAMES_M = ["Darren", "Tyrone", "Connor", "Kieran", "Liam", "Callum", "Jamal", "Mohammed", "Tomasz",
               "Dariusz", "Kwame", "Ravi", "Aaron", "Wayne", "Dean", "Jordan", "Reece", "Owen", "Declan",
               "Gareth", "Rhys", "Stuart", "Craig", "Ashley", "Shane", "Leon", "Marcus", "Nathan", "Bilal",
               "Ioan", "Piotr", "Emeka", "Tariq", "Niall", "Fraser", "Lewis", "Kyle", "Jason", "Lee", "Grant"]
FORENAMES_F = ["Shannon", "Kayleigh", "Chelsea", "Leanne", "Jade", "Siobhan", "Aisha", "Priya", "Agnieszka",
               "Chidinma", "Megan", "Bethan", "Rhiannon", "Kirsty", "Gemma", "Stacey", "Tanya", "Nadia",
               "Zainab", "Ewa", "Lauren", "Courtney", "Demi", "Caitlin", "Niamh", "Hollie", "Tamsin",
               "Fiona", "Janine", "Michelle", "Dionne", "Rosa", "Layla", "Amira", "Samantha", "Kerry"]
SURNAMES = ["Okafor", "Kowalski", "Nowak", "McAllister", "O'Driscoll", "Fenwick", "Ashworth", "Pemberton",
            "Haddock", "Blackwood", "Thistlethwaite", "Mensah", "Adeyemi", "Qureshi", "Chaudhry", "Begum",
            "Kaur", "Sandhu", "Duffy", "Callaghan", "Moorcroft", "Ridley", "Haworth", "Lockett", "Pryce",
            "Llewellyn", "Gwynne", "Strachan", "McKenzie", "Drummond", "Farrow", "Garside", "Hepworth",
            "Iqbal", "Yildiz", "Popescu", "Varga", "Horvath", "Delaney", "Brannigan", "Whitfield",
            "Cartwright", "Bramley", "Oakes", "Tennant", "Ellery", "Kavanagh", "Devlin", "Sheridan",
            "Mahmood", "Rahman", "Osei", "Boateng", "Nwosu", "Lindqvist", "Smith", "Jones", "Taylor",
            "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Green",
            "Hall", "Wood", "Clarke", "Jackson", "Harrison", "Martin", "Lewis", "Baker", "Young"]
ROLES_3P = ["visitor", "cellmate", "partner", "mother", "father", "brother", "sister", "victim", "witness",
            "co-defendant", "friend", "ex-partner", "cousin", "complainant", "next of kin"]
STAFF_TITLES = ["Officer", "SO", "CM", "Governor", "POM", "COM", "Nurse", "Dr"]
TOWNS = [("Leeds", "LS"), ("Bradford", "BD"), ("Manchester", "M"), ("Salford", "M"), ("Bristol", "BS"),
         ("Cardiff", "CF"), ("Swansea", "SA"), ("Sheffield", "S"), ("Nottingham", "NG"), ("Leicester", "LE"),
         ("Liverpool", "L"), ("Newcastle", "NE"), ("Hull", "HU"), ("Wakefield", "WF"), ("Durham", "DH"),
         ("Birmingham", "B"), ("Coventry", "CV"), ("Plymouth", "PL"), ("Norwich", "NR"), ("Luton", "LU")]
STREETS = ["Acacia Avenue", "Mill Lane", "Station Road", "Church Street", "Victoria Terrace", "Orchard Close",
           "Park Drive", "Beech Grove", "Kingsway", "Harrow Crescent", "Tannery Court", "Willow Walk",
           "Foundry Street", "Cemetery Road", "Moor View", "Albert Place", "Canal Side", "Dene Gardens"]
PRISONS = ["HMP Northmoor", "HMP Ashfield Grange", "HMP/YOI Westbrook", "HMP Castlegate", "HMP Hollins Vale"]
COURTS = ["Leeds Crown Court", "Bradford Magistrates' Court", "Manchester Crown Court (Minshull Street)",
          "Cardiff Crown Court", "Bristol Magistrates' Court"]
# Published contact details of public bodies (not personal data; kept in any disclosure).
PUBLIC = [
    ("Information Commissioner's Office helpline", "phone", "0303 123 1113"),
    ("ICO, Wycliffe House, Water Lane, Wilmslow, Cheshire", "postcode", "SK9 5AF"),
    ("Samaritans (free, 24 hours)", "phone", "116 123"),
    ("National Domestic Abuse Helpline", "phone", "0808 2000 247"),
    ("Prisoners' Families Helpline", "phone", "0808 808 2003"),
    ("Criminal Cases Review Commission, 23 Stephenson Street, Birmingham", "postcode", "B2 4BH"),
]
L23 = "ZABCDEFGHJKLMNPQRTUVWXY"
NI_FIRST = "ACEHJLMOPRSWXY"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


class Page:
    def __init__(self):
        self.buf = bytearray()
        self.truth = []


class Doc:
    """Builds pages; item() appends labelled text and records its byte span."""

    def __init__(self, doc_id, kind):
        self.id, self.kind, self.pages = doc_id, kind, [Page()]

    def t(self, text):
        self.pages[-1].buf += text.encode("utf-8")

    def item(self, text, category, party):
        p = self.pages[-1]
        b = len(p.buf)
        p.buf += text.encode("utf-8")
        p.truth.append({"page": len(self.pages) - 1, "begin": b, "end": len(p.buf), "category": category,
                        "party": party, "text": text})

    def new_page(self):
        self.pages.append(Page())

    def to_json(self):
        return {"id": self.id, "kind": self.kind, "pages": [p.buf.decode("utf-8") for p in self.pages],
                "truth": [t for p in self.pages for t in p.truth]}


# ---------------------------------------------------------------------------------------------
# Identifier generators (check digits computed, formats varied)

def pnc(r):
    yy = r.randint(85, 124) % 100
    serial = r.randint(1, 999999)
    check = L23[int(f"{yy:02d}{serial:07d}") % 23]
    century = 19 if yy >= 30 else 20
    form = r.random()
    if form < 0.55:
        return f"{century}{yy:02d}/{serial:07d}{check}"
    if form < 0.85:
        return f"{yy:02d}/{serial}{check}"
    return f"{century}{yy:02d}{serial:07d}{check}"


def cro(r):
    serial = r.randint(100, 999999)
    yy = r.randint(0, 99)
    check = L23[int(f"{yy:02d}{serial:06d}") % 23]
    return f"{serial:06d}/{yy:02d}{check}" if r.random() < 0.5 else f"{serial}/{yy:02d}{check}"


def nhs(r):
    while True:
        digits = [9, 9, 9] + [r.randint(0, 9) for _ in range(6)]
        c = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11
        if c == 10:
            continue
        digits.append(0 if c == 11 else c)
        s = "".join(map(str, digits))
        return f"{s[:3]} {s[3:6]} {s[6:]}" if r.random() < 0.6 else s


def nino(r):
    while True:
        pre = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if pre not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    digits = "".join(str(r.randint(0, 9)) for _ in range(6))
    suf = r.choice("ABCD")
    form = r.random()
    if form < 0.45:
        return f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {suf}"
    if form < 0.9:
        return f"{pre}{digits}{suf}"
    return f"{pre}{digits}{suf}".lower()


def prison_no(r):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{r.choice(L)}{r.randint(0, 9999):04d}{r.choice(L)}{r.choice(L)}"


def crn(r):
    return f"{r.choice('XDNECV')}{r.randint(0, 999999):06d}"


def phone(r, mobile=None):
    if mobile is None:
        mobile = r.random() < 0.6
    if mobile:
        n = f"07700 900{r.randint(0, 999):03d}"
        form = r.random()
        if form < 0.2:
            return n.replace(" ", "")
        if form < 0.35:
            return "+44 " + n[1:]
        return n
    area = r.choice(["0113 496 0", "0161 496 0", "020 7946 0", "0117 496 0", "029 2018 0"])
    return area + f"{r.randint(0, 999):03d}"


def postcode(r, prefix):
    # outward: prefix + digit(s); inward: digit + two letters without C I K M O V
    inward_letters = "ABDEFGHJLNPQRSTUWXYZ"
    outward = prefix + str(r.randint(1, 29 if len(prefix) == 2 else 9))
    return f"{outward} {r.randint(0, 9)}{r.choice(inward_letters)}{r.choice(inward_letters)}"


def vehicle(r):
    L = "ABCDEFGHJKLMNOPRSTUVWXY"
    age = r.choice([r.randint(2, 24), r.randint(51, 74)])
    tail = "".join(r.choice("ABCDEFGHJKLMNOPRSTUVWXYZ") for _ in range(3))
    return f"{r.choice(L)}{r.choice(L)}{age:02d} {tail}"


def luhn_complete(r, prefix, length):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(r.randint(0, 9))
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return "".join(map(str, digits)) + str((10 - total % 10) % 10)


def card(r):
    n = luhn_complete(r, r.choice(["4", "51", "53", "55"]), 16)
    return " ".join(n[i:i + 4] for i in range(0, 16, 4)) if r.random() < 0.7 else n


def iban(r):
    bank = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
    bban = bank + "".join(str(r.randint(0, 9)) for _ in range(14))
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    check = 98 - int(num) % 97
    s = f"GB{check:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def licence(r, surname, dob, first, female):
    s = "".join(c for c in surname.upper() if c.isalpha())[:5].ljust(5, "9")
    y, m, d = dob
    mm = m + (50 if female else 0)
    return f"{s}{str(y)[2]}{mm:02d}{d:02d}{str(y)[3]}{first[0].upper()}9{r.randint(0, 9)}" + \
        "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def date_forms(r, y, m, d):
    forms = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}",
             f"{d} {MONTHS[m - 1]} {y}", f"{d} {MONTHS[m - 1][:3]} {y}", f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{y}",
             f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{str(y)[2:]}",
             f"{d}{'th' if d not in (1, 2, 3, 21, 22, 23, 31) else {1: 'st', 21: 'st', 31: 'st', 2: 'nd', 22: 'nd', 3: 'rd', 23: 'rd'}[d]} {MONTHS[m - 1]} {y}"]
    return r.choice(forms)


def rand_dob(r, lo=1950, hi=2004):
    return (r.randint(lo, hi), r.randint(1, 12), r.randint(1, 28))


def event_date(r):
    return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2019, 2025)}"


# ---------------------------------------------------------------------------------------------
class Person:
    def __init__(self, r, party, role=None):
        self.female = r.random() < 0.45
        self.first = r.choice(FORENAMES_F if self.female else FORENAMES_M)
        self.last = r.choice(SURNAMES)
        if r.random() < 0.08:
            self.last = self.last + "-" + r.choice(SURNAMES)
        self.party, self.role = party, role
        self.dob = rand_dob(r)
        self.title = ("Ms" if r.random() < 0.6 else "Mrs") if self.female else "Mr"

    def styles(self, r):
        """(text, is_name) fragments for a name written in one of the styles seen in bundles."""
        s = r.random()
        if s < 0.25:
            return self.first + " " + self.last.upper()
        if s < 0.45:
            return self.last.upper() + ", " + self.first
        if s < 0.7:
            return self.first + " " + self.last
        if s < 0.85:
            return self.title + " " + self.last  # title handled by caller as name span incl. title
        return self.first[0] + ". " + self.last


def name(doc, r, p, style=None):
    """Writes a name mention; the truth span is the name without a leading title."""
    s = style if style is not None else p.styles(r)
    if s.startswith(("Mr ", "Ms ", "Mrs ")):
        t, rest = s.split(" ", 1)
        doc.t(t + " ")
        doc.item(rest, "name", p.party)
    else:
        doc.item(s, "name", p.party)


def email_for(r, p, domain):
    local = r.choice([f"{p.first}.{p.last}", f"{p.first[0]}{p.last}", f"{p.first}{r.randint(1, 99)}"])
    local = local.lower().replace("'", "").replace(" ", "")
    return f"{local}@{domain}"


class Bundle:
    def __init__(self, r, n):
        self.r = r
        self.id = f"eval-{n:02d}"
        self.subject = Person(r, "subject")
        town, pre = r.choice(TOWNS)
        self.town = town
        self.s_pc = postcode(r, pre)
        self.s_street = f"{r.randint(1, 180)} {r.choice(STREETS)}"
        self.s_ids = {"pnc": pnc(r), "cro": cro(r), "crn": crn(r), "ni_number": nino(r), "nhs_number": nhs(r)}
        self.s_prison = prison_no(r)
        self.s_phone = phone(r, True)
        self.s_email = email_for(r, self.subject, r.choice(["example.com", "example.co.uk"]))
        self.alias = r.choice(FORENAMES_M if not self.subject.female else FORENAMES_F)[:3] + " " + self.subject.last
        self.prison = r.choice(PRISONS)
        self.court = r.choice(COURTS)
        self.third = [Person(r, "third_party", r.choice(ROLES_3P)) for _ in range(6)]
        self.staff = [Person(r, "staff", r.choice(STAFF_TITLES)) for _ in range(4)]
        self.docs = []

    def subject_json(self):
        y, m, d = self.subject.dob
        return {"name": f"{self.subject.first} {self.subject.last}", "aliases": [self.alias],
                "date_of_birth": f"{y:04d}-{m:02d}-{d:02d}", "prison_number": self.s_prison,
                "identifiers": self.s_ids,
                "contact": {"addresses": [f"{self.s_street}, {self.town} {self.s_pc}"], "phones": [self.s_phone],
                            "emails": [self.s_email]}}


# ---------------------------------------------------------------------------------------------
# Document kinds. Each writes realistic page text; only item() text is personal data.

def subj_name(doc, b):
    r, s = b.r, b.subject
    form = r.choice([f"{s.last.upper()}, {s.first}", f"{s.first} {s.last.upper()}", f"{s.first} {s.last}",
                     f"{s.title} {s.last}", f"{s.first[0]}. {s.last}", b.alias, s.last.upper()])
    if form.startswith(("Mr ", "Ms ", "Mrs ")):
        t, rest = form.split(" ", 1)
        doc.t(t + " ")
        doc.item(rest, "name", "subject")
    else:
        doc.item(form, "name", "subject")


def staff_sig(doc, b, p):
    r = b.r
    doc.t(f"{p.role} ")
    name(doc, r, p, r.choice([f"{p.first[0]}. {p.last.upper()}", f"{p.first} {p.last}", p.last,
                              f"{p.first} {p.last.upper()}"]))


def case_notes(b, k):
    r = b.r
    doc = Doc(f"{b.id}-casenotes-{k}", "nomis_case_notes")
    s = b.subject
    doc.t(f"NOMIS - Case Notes\nPrison: {b.prison}    Printed: {event_date(r)} 09:1{r.randint(0, 9)}\nName: ")
    doc.item(f"{s.last.upper()}, {s.first}", "name", "subject")
    doc.t("    Prison No: ")
    doc.item(b.s_prison, "prison_number", "subject")
    doc.t("    DOB: ")
    doc.item(date_forms(r, *s.dob), "date_of_birth", "subject")
    doc.t("\nPNC ID: ")
    doc.item(b.s_ids["pnc"], "pnc", "subject")
    doc.t("    CRO No: ")
    doc.item(b.s_ids["cro"], "cro", "subject")
    doc.t("\n\n")
    for i in range(r.randint(5, 9)):
        if i == 4:
            doc.new_page()
            doc.t(f"NOMIS - Case Notes (continued)    Page 2\n\n")
        st = r.choice(b.staff)
        doc.t(f"{event_date(r)} {r.randint(7, 21):02d}:{r.randint(0, 59):02d}  Type: {r.choice(['General', 'Observation', 'Security', 'Wing Note', 'Positive Behaviour', 'Safer Custody'])}\n")
        kind = r.randint(0, 7)
        tp = r.choice(b.third)
        if kind == 0:
            subj_name(doc, b)
            doc.t(" was found in cell with ")
            name(doc, r, tp)
            doc.t(" (")
            tpn = prison_no(r)
            doc.item(tpn, "prison_number", "third_party")
            doc.t(f") from {r.choice(['A', 'B', 'C', 'D'])} wing. Both were returned to their own cells without incident.\n")
        elif kind == 1:
            doc.t("Telephone call monitored. Caller stated to be his ")
            doc.t(tp.role + " ")
            name(doc, r, tp)
            doc.t(" on ")
            doc.item(phone(r), "phone", "third_party")
            doc.t(". Number added to PIN phone list after checks.\n")
        elif kind == 2:
            doc.t("Cellmate ")
            name(doc, r, tp, f"{tp.first} {tp.last.upper()}")
            doc.t(" reported that ")
            subj_name(doc, b)
            doc.t(" had been low in mood. ACCT opened at 14:20, review listed for " + event_date(r) + ".\n")
        elif kind == 3:
            doc.t("Visit booked for ")
            doc.t(event_date(r))
            doc.t(". Visitor ")
            name(doc, r, tp)
            doc.t(", DOB ")
            doc.item(date_forms(r, *tp.dob), "date_of_birth", "third_party")
            doc.t(", address ")
            town, pre = r.choice(TOWNS)
            doc.item(f"{r.randint(1, 200)} {r.choice(STREETS)}", "address", "third_party")
            doc.t(f", {town} ")
            doc.item(postcode(r, pre), "postcode", "third_party")
            doc.t(".\n")
        elif kind == 4:
            doc.t("Seen by ")
            staff_sig(doc, b, st)
            doc.t(" regarding his application to transfer to " + r.choice(PRISONS) + ". Paragraph 4.2.10 of PSI 2011 explained.\n")
        elif kind == 5:
            doc.t("Security information: ")
            name(doc, r, tp)
            doc.t("'s vehicle, registration ")
            doc.item(vehicle(r), "vehicle_registration", "third_party")
            doc.t(", seen in the visitors' car park. IR ref 2024/" + str(r.randint(1000, 9999)) + " submitted.\n")
        elif kind == 6:
            doc.t("Adjudication hearing on " + event_date(r) + " adjourned. Reporting officer ")
            name(doc, r, st, f"{st.first[0]}. {st.last.upper()}")
            doc.t(". Witness ")
            name(doc, r, tp)
            doc.t(" (")
            doc.item(prison_no(r), "prison_number", "third_party")
            doc.t(", no longer here).\n")
        else:
            subj_name(doc, b)
            doc.t(" attended education (Level 1 English). Good engagement noted by tutor.\n")
        doc.t("Entered by: ")
        name(doc, r, st, f"{st.last.upper()}, {st.first}")
        doc.t("\n\n")
    return doc


def visits_log(b, k):
    r = b.r
    doc = Doc(f"{b.id}-visits-{k}", "visits_log")
    doc.t(f"{b.prison} - Social Visits Record\nPrisoner: ")
    subj_name(doc, b)
    doc.t(" (")
    doc.item(b.s_prison, "prison_number", "subject")
    doc.t(")\n\nApproved visitors\n")
    header = r.choice(["Name | Relationship | DOB | Address | Tel",
                       "Visitor name\tRelationship\tDate of Birth\tAddress\tContact number",
                       "NAME  RELATIONSHIP  D.O.B.  ADDRESS  PHONE"])
    sep = " | " if "|" in header else ("\t" if "\t" in header else "  ")
    doc.t(header + "\n")
    for tp in r.sample(b.third, 4):
        name(doc, r, tp, r.choice([f"{tp.first} {tp.last}", f"{tp.last.upper()}, {tp.first}",
                                   f"{tp.first} {tp.last.upper()}"]))
        doc.t(sep + tp.role.capitalize() + sep)
        doc.item(date_forms(r, *tp.dob), "date_of_birth", "third_party")
        doc.t(sep)
        town, pre = r.choice(TOWNS)
        doc.item(f"{r.randint(1, 200)} {r.choice(STREETS)}", "address", "third_party")
        doc.t(f", {town} ")
        doc.item(postcode(r, pre), "postcode", "third_party")
        doc.t(sep)
        doc.item(phone(r), "phone", "third_party")
        doc.t("\n")
    doc.t("\nVisits\nDate | Time | Visitors | Outcome\n")
    for _ in range(r.randint(3, 6)):
        tp = r.choice(b.third)
        doc.t(f"{event_date(r)} | 14:00-16:00 | ")
        name(doc, r, tp, r.choice([f"{tp.first} {tp.last}", tp.last.upper(), f"{tp.first[0]}. {tp.last}"]))
        doc.t(" | " + r.choice(["Attended", "Cancelled by visitor", "Refused - no ID", "Closed visit"]) + "\n")
    doc.t("\nVisits booking line for families: ")
    pb = PUBLIC[4]
    doc.item(pb[2], "phone", "public_body")
    doc.t(" (" + pb[0] + ").\n")
    return doc


def oasys(b, k):
    r = b.r
    doc = Doc(f"{b.id}-oasys-{k}", "oasys")
    s = b.subject
    doc.t("OASys Assessment - Section 2: Analysis of Offences\nCRN: ")
    doc.item(b.s_ids["crn"], "crn", "subject")
    doc.t("   PNC: ")
    doc.item(b.s_ids["pnc"], "pnc", "subject")
    doc.t("   Name: ")
    doc.item(f"{s.first} {s.last.upper()}", "name", "subject")
    doc.t("\nAssessor: ")
    st = b.staff[0]
    name(doc, r, st, f"{st.first} {st.last}")
    doc.t(", Probation Practitioner, Leeds Probation Delivery Unit\n\n2.1 Brief offence details\n")
    v = r.choice(b.third)
    v.role = "victim"
    doc.t(f"On {event_date(r)} ")
    subj_name(doc, b)
    doc.t(" assaulted the victim, ")
    name(doc, r, v, f"{v.first} {v.last}")
    doc.t(" (born ")
    doc.item(date_forms(r, *v.dob), "date_of_birth", "third_party")
    doc.t("), at her home address of ")
    town, pre = r.choice(TOWNS)
    doc.item(f"{r.randint(1, 200)} {r.choice(STREETS)}", "address", "third_party")
    doc.t(f", {town} ")
    doc.item(postcode(r, pre), "postcode", "third_party")
    doc.t(f". {v.first if r.random() < 0.5 else v.title + ' ' + v.last} sustained a fractured cheekbone. ")
    # The mention just written is the victim's: record it.
    line = doc.pages[-1].buf.decode("utf-8")
    mention = v.first if (v.first + " sustained") in line[-60:] else v.last
    idx = len(doc.pages[-1].buf.decode("utf-8").rsplit(mention, 1)[0].encode("utf-8"))
    doc.pages[-1].truth.append({"page": len(doc.pages) - 1, "begin": idx, "end": idx + len(mention.encode()),
                                "category": "name", "party": "third_party", "text": mention})
    doc.t("The co-defendant, ")
    cd = r.choice(b.third)
    name(doc, r, cd, f"{cd.first} {cd.last.upper()}")
    doc.t(", was sentenced at " + b.court + " on " + event_date(r) + " to 32 months. ")
    doc.t(f"{cd.last.upper()}'s account differs from that of ")
    # possessive propagation: the truth span is the surname only
    line = doc.pages[-1].buf.decode("utf-8")
    idx = len(line.rsplit(cd.last.upper() + "'s", 1)[0].encode("utf-8"))
    doc.pages[-1].truth.append({"page": len(doc.pages) - 1, "begin": idx, "end": idx + len(cd.last.upper().encode()),
                                "category": "name", "party": "third_party", "text": cd.last.upper()})
    subj_name(doc, b)
    doc.t(".\n\n2.4 Relationships\n")
    p = b.third[0]
    doc.t(f"He lives with his {p.role} ")
    name(doc, r, p)
    doc.t(" and their two children at ")
    doc.item(b.s_street, "address", "subject")
    doc.t(f", {b.town} ")
    doc.item(b.s_pc, "postcode", "subject")
    doc.t(". ")
    doc.t(r.choice(["Police attended the address on three occasions in 2023.",
                    "Children's services are involved (social worker "]))
    if doc.pages[-1].buf.endswith(b"worker "):
        sw = Person(r, "third_party", "social worker")
        name(doc, r, sw, f"{sw.first} {sw.last}")
        doc.t(", tel ")
        doc.item(phone(r, False), "phone", "third_party")
        doc.t(").")
    doc.t("\n\n2.6 Health\nGP records: NHS number ")
    doc.item(b.s_ids["nhs_number"], "nhs_number", "subject")
    doc.t(". Mental health assessment by Dr ")
    dr = Person(r, "staff", "Dr")
    doc.item(dr.last, "name", "staff")
    doc.t(" on " + event_date(r) + " found no acute illness.\n")
    doc.new_page()
    doc.t("OASys Assessment - Section 9: Alcohol Misuse    Page 2\n\n")
    doc.t("9.1 Current use: reports drinking 12 units a day when in the community. His ")
    p2 = b.third[1]
    doc.t(p2.role + ", ")
    name(doc, r, p2)
    doc.t(", confirmed this by telephone (")
    doc.item(phone(r), "phone", "third_party")
    doc.t(f"). Version 4.2.1.3 of the scoring tool used; score 7/10. Next review {event_date(r)}.\n")
    return doc


def police_report(b, k):
    r = b.r
    doc = Doc(f"{b.id}-mg-{k}", "police_mg11")
    doc.t("RESTRICTED (when complete)\nMG11 WITNESS STATEMENT\nCriminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9\n")
    w = b.third[2]
    doc.t("Statement of: ")
    name(doc, r, w, f"{w.first} {w.last.upper()}")
    doc.t("\nAge if under 18: Over 18    Occupation: " + r.choice(["Retail assistant", "Driver", "Unemployed", "Carer"]) + "\n")
    doc.t("URN: 13/" + "".join(str(r.randint(0, 9)) for _ in range(5)) + "/24\n\n")
    doc.t(f"I am the above named person. On {event_date(r)} at about 22:15 I was at the Red Lion public house, "
          "Station Road, with my friend ")
    f = b.third[3]
    name(doc, r, f, f"{f.first} {f.last}")
    doc.t(". A man I now know to be ")
    subj_name(doc, b)
    doc.t(" came in with another man, ")
    o = b.third[4]
    name(doc, r, o, f"{o.first} {o.last}")
    doc.t(f". I have known {o.first} for about two years. ")
    line = doc.pages[-1].buf.decode("utf-8")
    idx = len(line.rsplit(f"known {o.first}", 1)[0].encode("utf-8")) + len("known ")
    doc.pages[-1].truth.append({"page": len(doc.pages) - 1, "begin": idx, "end": idx + len(o.first.encode()),
                                "category": "name", "party": "third_party", "text": o.first})
    doc.t("He drives a silver Vauxhall Astra, registration ")
    doc.item(vehicle(r), "vehicle_registration", "third_party")
    doc.t(".\n\nWitness contact details\nHome address: ")
    town, pre = r.choice(TOWNS)
    doc.item(f"{r.randint(1, 200)} {r.choice(STREETS)}", "address", "third_party")
    doc.t(f", {town} ")
    doc.item(postcode(r, pre), "postcode", "third_party")
    doc.t("\nMobile: ")
    doc.item(phone(r, True), "phone", "third_party")
    doc.t("    Email: ")
    doc.item(email_for(r, w, r.choice(["example.com", "example.co.uk"])), "email", "third_party")
    doc.t("\nDate of birth: ")
    doc.item(date_forms(r, *w.dob), "date_of_birth", "third_party")
    doc.t("    NI number: ")
    ni = nino(r)
    if " " in ni and r.random() < 0.5:
        # extraction split the number over a line break
        parts = ni.split(" ")
        doc.item(" ".join(parts[:3]) + "\n" + " ".join(parts[3:]), "ni_number", "third_party")
    else:
        doc.item(ni, "ni_number", "third_party")
    doc.t("\nDriving licence: ")
    y, m, d = w.dob
    doc.item(licence(r, w.last, (y, m, d), w.first, w.female), "driving_licence", "third_party")
    doc.t("    Passport No: ")
    doc.item("".join(str(r.randint(0, 9)) for _ in range(9)), "passport", "third_party")
    doc.t("\n\nStatement taken by: ")
    dc = b.staff[1]
    doc.t("DC ")
    name(doc, r, dc, f"{dc.first} {dc.last}")
    doc.t(" (collar 4471), West Yorkshire Police. Officer in case: DS ")
    ds = Person(r, "staff", "DS")
    name(doc, r, ds, f"{ds.last}")
    doc.t(".\nSigned: ")
    name(doc, r, w, f"{w.first[0]}. {w.last}")
    doc.t("\n\nPNC check on suspect: PNC ID ")
    doc.item(b.s_ids["pnc"], "pnc", "subject")
    doc.t(", CRO ")
    doc.item(b.s_ids["cro"], "cro", "subject")
    doc.t(", DOB ")
    doc.item(date_forms(r, *b.subject.dob), "date_of_birth", "subject")
    doc.t(". Associate ")
    name(doc, r, o, f"{o.last.upper()}, {o.first}")
    doc.t(" PNC ")
    doc.item(pnc(r), "pnc", "third_party")
    doc.t(" CRO ")
    doc.item(cro(r), "cro", "third_party")
    doc.t(". Intelligence from IP address ")
    doc.item(f"203.0.113.{r.randint(1, 254)}", "ip_address", "third_party")
    doc.t(" (logins 02:10-02:40")
    if o.first.isalpha() and o.last.isalpha():  # the associate's user name, without a domain
        doc.t(" as ")
        doc.item(f"{o.first.lower()}.{o.last.lower()}", "name", "third_party")
    doc.t(").\n")
    return doc


def email_doc(b, k):
    r = b.r
    doc = Doc(f"{b.id}-email-{k}", "email")
    st = b.staff[2]
    sol = Person(r, "third_party", "solicitor")
    firm = r.choice(["harlowvane", "greenbanklaw", "northgatesolicitors", "pennineslegal"])
    doc.t("From: ")
    name(doc, r, sol, f"{sol.first} {sol.last}")
    doc.t(" <")
    doc.item(f"{sol.first.lower()}.{sol.last.lower().replace(chr(39), '')}@{firm}.co.uk.cjsm.net", "email", "third_party")
    doc.t(">\nTo: ")
    name(doc, r, st, f"{st.last}, {st.first}")
    doc.t(" <")
    doc.item(f"{st.first.lower()}.{st.last.lower().replace(chr(39), '')}@justice.gov.uk", "email", "staff")
    doc.t(">\nSent: " + event_date(r) + " 10:42\nSubject: Legal visit request - ")
    doc.item(b.s_prison, "prison_number", "subject")
    doc.t("\n\nDear " + st.title + " ")
    doc.item(st.last, "name", "staff")
    doc.t(",\n\nWe act for ")
    subj_name(doc, b)
    doc.t(" (DOB ")
    doc.item(date_forms(r, *b.subject.dob), "date_of_birth", "subject")
    doc.t(", NI ")
    doc.item(b.s_ids["ni_number"], "ni_number", "subject")
    doc.t(") and request a legal visit. Our client's mother, ")
    m = b.third[5]
    m.role = "mother"
    name(doc, r, m, f"{m.title} {m.first} {m.last}")
    doc.t(", may be contacted on ")
    doc.item(phone(r), "phone", "third_party")
    doc.t(" or at ")
    em = email_for(r, m, "example.com")
    doc.item(em, "email", "third_party")
    doc.t(". She asks that refunds go to her account, sort code ")
    doc.item(f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}", "sort_code", "third_party")
    doc.t(", account number ")
    doc.item("".join(str(r.randint(0, 9)) for _ in range(8)), "account_number", "third_party")
    doc.t(" (IBAN ")
    doc.item(iban(r), "iban", "third_party")
    doc.t("). She paid the canteen top-up by card ")
    doc.item(card(r), "payment_card", "third_party")
    doc.t(".\n\nOur client can be reached through his own mobile ")
    doc.item(b.s_phone, "phone", "subject")
    doc.t(" or ")
    doc.item(b.s_email, "email", "subject")
    doc.t(" once released. If you have concerns about how we handle data, contact the ")
    pb = PUBLIC[0]
    doc.t(pb[0] + " on ")
    doc.item(pb[2], "phone", "public_body")
    doc.t(" or write to " + PUBLIC[1][0] + " ")
    doc.item(PUBLIC[1][2], "postcode", "public_body")
    doc.t(".\n\nKind regards\n\n")
    name(doc, r, sol, f"{sol.first} {sol.last}")
    doc.t("\nSolicitor, " + firm.capitalize() + " LLP\nDX 12345 Leeds   Tel: ")
    doc.item(phone(r, False), "phone", "third_party")
    doc.t("\n\n----- Reply -----\nThanks, I have booked a legal visit for " + event_date(r) + " at 09:30. ")
    doc.t("Please call the legal visits line ext 4402.\n")
    staff_sig(doc, b, st)
    doc.t("\nOffender Management Unit, " + b.prison + "\nWork mobile: ")
    doc.item(phone(r, True), "phone", "staff")
    doc.t("\nIf you are struggling, Samaritans can be reached free on ")
    doc.item(PUBLIC[2][2], "phone", "public_body")
    doc.t(".\n")
    return doc


def letter(b, k):
    r = b.r
    doc = Doc(f"{b.id}-letter-{k}", "letter")
    s = b.subject
    doc.t(f"{b.prison}\nOffender Management Unit\n\n{event_date(r)}\n\n")
    doc.t(f"{s.title} ")
    doc.item(f"{s.first} {s.last}", "name", "subject")
    doc.t("\n")
    doc.item(b.s_street, "address", "subject")
    doc.t(f"\n{b.town}\n")
    doc.item(b.s_pc.lower() if r.random() < 0.2 else b.s_pc, "postcode", "subject")
    doc.t(f"\n\nDear {s.title} ")
    doc.item(s.last, "name", "subject")
    doc.t(",\n\nRe: your licence conditions (CRN ")
    doc.item(b.s_ids["crn"], "crn", "subject")
    doc.t(")\n\nYou must not contact ")
    v = b.third[2]
    name(doc, r, v, f"{v.first} {v.last}")
    doc.t(" directly or indirectly, and must not enter the exclusion zone around ")
    town, pre = r.choice(TOWNS)
    doc.item(f"{r.randint(1, 200)} {r.choice(STREETS)}", "address", "third_party")
    doc.t(f", {town} ")
    doc.item(postcode(r, pre), "postcode", "third_party")
    doc.t(" shown on the attached map. ")
    doc.t(f"{v.first}'s ")
    line = doc.pages[-1].buf.decode("utf-8")
    idx = len(line.rsplit(f"{v.first}'s", 1)[0].encode("utf-8"))
    doc.pages[-1].truth.append({"page": len(doc.pages) - 1, "begin": idx, "end": idx + len(v.first.encode()),
                                "category": "name", "party": "third_party", "text": v.first})
    doc.t("workplace is also covered. Your licence expires on " + event_date(r) + "; your SLED is " + event_date(r) + ".\n\n")
    doc.t("Your Community Offender Manager is ")
    com = b.staff[3]
    name(doc, r, com, f"{com.first} {com.last}")
    doc.t(" (")
    doc.item(phone(r, False), "phone", "staff")
    doc.t(", ")
    doc.item(f"{com.first.lower()}.{com.last.lower().replace(chr(39), '')}@justice.gov.uk", "email", "staff")
    doc.t(").\nPlease quote your NHS number ")
    doc.item(b.s_ids["nhs_number"], "nhs_number", "subject")
    doc.t(" when registering with a GP.\n\nYours sincerely\n\n")
    g = b.staff[0]
    name(doc, r, g, f"{g.first} {g.last}")
    doc.t("\nHead of Offender Management Delivery\n")
    return doc


def medical(b, k):
    r = b.r
    doc = Doc(f"{b.id}-health-{k}", "healthcare")
    doc.t("Healthcare - SystmOne extract\nPatient: ")
    subj_name(doc, b)
    doc.t("   NHS No: ")
    doc.item(b.s_ids["nhs_number"], "nhs_number", "subject")
    doc.t("\n\nNext of kin\nName: ")
    nk = b.third[4]
    name(doc, r, nk, f"{nk.last.upper()}, {nk.first}")
    doc.t("\nRelationship: " + nk.role + "\nDate of Birth: ")
    doc.item(date_forms(r, *nk.dob), "date_of_birth", "third_party")
    doc.t("\nNHS number: ")
    doc.item(nhs(r), "nhs_number", "third_party")
    doc.t("\nTelephone: ")
    doc.item(phone(r), "phone", "third_party")
    doc.t("\n\nConsultations\n")
    for _ in range(r.randint(3, 5)):
        nurse = b.staff[r.randint(0, 3)]
        doc.t(f"{event_date(r)} {r.randint(8, 17):02d}:{r.randint(0, 59):02d} ")
        doc.t(r.choice(["Nurse", "Dr", "Pharmacist"]) + " ")
        name(doc, r, nurse, f"{nurse.first[0]} {nurse.last}")
        doc.t(": " + r.choice(["Medication review, methadone 40ml daily continued.",
                               "Complains of back pain. Paracetamol prescribed. Review in 2/52.",
                               "Bloods taken. Hb 13.2. Results to GP.",
                               "Dental referral made. Waiting list approx 6 weeks."]) + "\n")
    doc.t("\nFamily history: father (")
    fa = Person(r, "third_party", "father")
    name(doc, r, fa, f"{fa.first} {fa.last}")
    doc.t(", b. ")
    doc.item(date_forms(r, *fa.dob), "date_of_birth", "third_party")
    doc.t(") has type 2 diabetes.\n")
    return doc


def phone_hard(r):
    """Less common written forms of drama-range numbers."""
    n = r.randint(0, 999)
    return r.choice([f"(0113) 496 0{n:03d}", f"+44 (0)20 7946 0{n:03d}", f"07700-900-{n:03d}",
                     f"07700 900 {n:03d}", f"0161-496-0{n:03d}", f"+447700900{n:03d}", f"07700.900.{n:03d}"])


def dob_hard(r, y, m, d):
    return r.choice([f"{d:02d}-{MONTHS[m - 1][:3].upper()}-{str(y)[2:]}", f"{MONTHS[m - 1]} {d}, {y}",
                     f"{d}.{m}.{str(y)[2:]}", f"{d:02d}{m:02d}{y}", f"{d} {MONTHS[m - 1][:3]}. {y}"])


def supervision(b, k):
    """Probation supervision notes (nDelius contact log): harder formats and many distractors."""
    r = b.r
    doc = Doc(f"{b.id}-delius-{k}", "ndelius_contacts")
    doc.t("nDelius Contact Log    CRN ")
    doc.item(b.s_ids["crn"], "crn", "subject")
    doc.t("    Case: ")
    subj_name(doc, b)
    doc.t("\nOrder: Community Order (12 months), Order No. A" + str(r.randint(100000, 999999)) +
          ". Ticket ref " + str(r.randint(10, 99)) + "/" + str(r.randint(1000, 9999)) + ".\n\n")
    for i in range(r.randint(4, 7)):
        doc.t(f"{event_date(r)} {r.randint(8, 18):02d}:{r.randint(0, 59):02d}  ")
        kind = r.randint(0, 6)
        tp = r.choice(b.third)
        if kind == 0:
            doc.t("Office visit. Reported that he is staying with ")
            name(doc, r, tp, f"{tp.first} {tp.last}")
            doc.t(" at ")
            town, pre = r.choice(TOWNS)
            doc.item(f"{r.randint(1, 200)} {r.choice(STREETS)}", "address", "third_party")
            doc.t(f", {town} ")
            doc.item(postcode(r, pre).replace(" ", "") if r.random() < 0.3 else postcode(r, pre), "postcode", "third_party")
            doc.t(" (home visit not yet completed). Referred to St Giles Trust and Citizens Advice.\n")
        elif kind == 1:
            doc.t("Telephone contact. New number given for ")
            name(doc, r, tp, f"{tp.first} {tp.last.upper()}")
            doc.t(": ")
            doc.item(phone_hard(r), "phone", "third_party")
            doc.t(". Jobcentre Plus appointment on " + event_date(r) + " at 10:30.\n")
        elif kind == 2:
            doc.t("Safeguarding check with Leeds City Council children's services. The child's mother, ")
            name(doc, r, tp, f"{tp.first} {tp.last}")
            doc.t(" (d.o.b. ")
            doc.item(dob_hard(r, *tp.dob), "date_of_birth", "third_party")
            doc.t("), has a non-molestation order expiring " + event_date(r) + ".\n")
        elif kind == 3:
            doc.t("Accredited programme session 4 of 19 (Building Better Relationships) attended. Version 3.1.2 of the workbook used. Facilitator ")
            st = r.choice(b.staff)
            name(doc, r, st, f"{st.first} {st.last}")
            doc.t(".\n")
        elif kind == 4:
            doc.t("Drug test negative. He says he wants to repair things with ")
            name(doc, r, tp, f"{tp.first} {tp.last}")
            doc.t(", who was born on ")
            doc.item(dob_hard(r, *tp.dob), "date_of_birth", "third_party")
            doc.t(". Advised of licence condition 7.\n")
        elif kind == 5:
            doc.t("Unpaid work: 12 hours completed at Forward Trust warehouse, supervisor reported good effort. ")
            doc.t("Travel warrant issued (value 14.50).\n")
        else:
            doc.t("Email received from ")
            name(doc, r, tp, f"{tp.first} {tp.last}")
            doc.t(" (")
            doc.item(email_for(r, tp, r.choice(["example.com", "example.org.uk", "example.net"])), "email", "third_party")
            doc.t(") asking for an update; declined, no consent on file. Mobile on the email: ")
            ph = phone(r, True)
            if " " in ph:
                a, z = ph.split(" ", 1)
                doc.item(a + "\n" + z, "phone", "third_party")
            else:
                doc.item(ph, "phone", "third_party")
            doc.t("\n")
    doc.t("\nPrinted by ")
    st = b.staff[3]
    name(doc, r, st, f"{st.first[0]}. {st.last}")
    doc.t(" on " + event_date(r) + ". Page 1 of 1.\n")
    return doc


KINDS = [case_notes, visits_log, oasys, police_report, email_doc, letter, medical, supervision]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "tests/data/eval"
    os.makedirs(out, exist_ok=True)
    r = random.Random(SEED)
    for n in range(1, NUM_BUNDLES + 1):
        b = Bundle(r, n)
        docs = []
        for k, kind in enumerate(r.sample(KINDS, r.randint(4, len(KINDS)))):
            docs.append(kind(b, k).to_json())
        with open(os.path.join(out, f"bundle-{n:02d}.json"), "w", encoding="utf-8") as f:
            json.dump({"bundle_id": b.id, "subject": b.subject_json(), "documents": docs}, f, indent=1,
                      ensure_ascii=False)
            f.write("\n")
    print(f"wrote {NUM_BUNDLES} bundles to {out}")


if __name__ == "__main__":
    main()
