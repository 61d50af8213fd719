#!/usr/bin/env python3
"""Eighteenth blind evaluation set for the disclose PII-redaction engine.

WRITTEN BLIND.  While writing this generator the author consulted only
/work/shared/reference/uk-identifiers.md and /work/shared/reference/domain.md
(plus the brief).  No engine source, rules, other test sets, other generators,
README or build output under /work/main was read, and the `disclose` binary
was not run.

Usage:  python3 tests/tools/evalgen_eighteenth.py tests/data/eval-eighteenth

Standard library only; no randomness, no clock, no network.  Every value is
fixed in this file, so two runs give byte-identical output.

Focus of the set: correspondence (letters with letterheads, refs, addressee
and signature blocks; email printouts with headers, quoted reply chains,
forwards; letters written by members of the public) and extended families
that share surnames (siblings, cousins, in-laws, a feud between two families,
"the Xs" plurals, genograms written as text, household lists, cc lists).

Five subjects, five naming traditions not used before: Ghanaian Akan (day
names), Scottish Gaelic-speaking Hebridean (patronymics and bynames), Kurdish
from Turkey (Turkish-registered v. Kurdish forms, dotted capital I),
Nepali from a Gurkha family (Bahadur/Kumari middle names, kinship birth-order
nicknames, unrelated people sharing a clan surname), and Filipino (mother's
maiden name as middle name, "Ma." for Maria, Jr., doubled nicknames).

LABELLING POLICY
* Every personal-data item on every page is labelled, including repeats,
  letterheads, running heads and footers.  A name span excludes titles and
  ranks ("Ms", "DC", "Officer", "Pastor"); a surname alone, a forename alone,
  initials (including staff initials after entries such as "- JT"),
  nicknames, plural family names ("the Aslans") and the name part of a
  possessive are names.  Address spans are the street part without the
  postcode; the postcode is its own span.  Dates of birth are labelled only
  where they are birth dates.
* party=subject: the requester's own data in any form (any order or case,
  initials, aliases, nicknames, DOB in any format, identifiers spaced or not,
  own current and previous addresses, phones, emails).
* party=staff: people acting for a public body or its contractors (prison,
  probation, police, NHS, councils, schools, courts, CICA, Home Office ...),
  with their direct lines and personal work emails.
* party=public_body: published switchboards, generic mailboxes, addresses and
  postcodes of public bodies (all listed in public-bodies.yaml).
* party=third_party: everyone else - relatives, partners, children, victims,
  witnesses, neighbours, other prisoners, and people acting for private firms,
  charities and faith groups (with their contact details).
* Organisation names, establishment names, job titles and event dates are not
  labelled.

Source markup: [[cat.p:text]] labels text explicitly (cat codes in CATS,
p = s/t/f/b).  Each bundle also has a lexicon of unambiguous strings that are
labelled automatically wherever they occur as whole words; ambiguous strings
(shared surnames and forenames) are always marked explicitly.  The generator
asserts the format invariants, the check characters of every identifier and
that every labelled value is labelled wherever else it occurs in the bundle.
"""

import json
import os
import re
import sys

CATS = {
    'n': 'name', 'dob': 'date_of_birth', 'pn': 'prison_number', 'pnc': 'pnc',
    'cro': 'cro', 'crn': 'crn', 'ni': 'ni_number', 'nhs': 'nhs_number',
    'ph': 'phone', 'em': 'email', 'ad': 'address', 'pc': 'postcode',
    'vrm': 'vehicle_registration', 'pp': 'passport', 'dl': 'driving_licence',
    'sc': 'sort_code', 'acc': 'account_number', 'iban': 'iban',
    'card': 'payment_card', 'ip': 'ip_address',
}
PARTIES = {'s': 'subject', 't': 'third_party', 'f': 'staff', 'b': 'public_body'}
MARK = re.compile(r'\[\[([a-z]+)\.([stfb]):(.*?)\]\]', re.S)


def visible(s):
    """Text of a source fragment with the markup removed."""
    return MARK.sub(lambda m: m.group(3), s)


def row(cells, widths):
    """One table row; cells may carry markup, padding uses visible width."""
    out = []
    for i, c in enumerate(cells):
        if i < len(cells) - 1:
            out.append(c + ' ' * max(1, widths[i] - len(visible(c))))
        else:
            out.append(c)
    return ''.join(out).rstrip()


def table(rows, widths):
    return '\n'.join(row(r, widths) for r in rows)


def parse_lex(src):
    lex = []
    for line in src.strip().split('\n'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        code, text = line.split('|', 1)
        cat, party = code.split('.')
        lex.append((text, CATS[cat], PARTIES[party]))
    return lex


def is_word_char(ch):
    return ch.isalnum()


def boundary_ok(text, b, e):
    if b > 0 and is_word_char(text[b - 1]) and is_word_char(text[b]):
        return False
    if e < len(text) and is_word_char(text[e]) and is_word_char(text[e - 1]):
        return False
    return True


def render(src, lex):
    """Return (page text, [(char_begin, char_end, category, party)])."""
    parts, spans, pos, cur = [], [], 0, 0
    for m in MARK.finditer(src):
        lit = src[pos:m.start()]
        parts.append(lit)
        cur += len(lit)
        t = m.group(3)
        spans.append((cur, cur + len(t), CATS[m.group(1)], PARTIES[m.group(2)]))
        parts.append(t)
        cur += len(t)
        pos = m.end()
    parts.append(src[pos:])
    text = ''.join(parts)
    assert '[[' not in text and ']]' not in text, text[:200]
    taken = [(b, e) for b, e, _, _ in spans]
    for t, cat, party in sorted(lex, key=lambda x: (-len(x[0]), x[0])):
        start = 0
        while True:
            i = text.find(t, start)
            if i < 0:
                break
            j = i + len(t)
            start = i + 1
            if not boundary_ok(text, i, j):
                continue
            if any(b < j and i < e for b, e in taken):
                continue
            spans.append((i, j, cat, party))
            taken.append((i, j))
    spans.sort()
    return text, spans


# ---------------------------------------------------------------- validators
L23 = 'ZABCDEFGHJKLMNPQRTUVWXY'


def ok_pnc(v):
    s = v.replace(' ', '').upper()
    if '/' in s:
        y, rest = s.split('/')
        serial, ck = rest[:-1], rest[-1]
        yy = y[-2:]
        assert len(y) in (2, 4) and serial.isdigit() and 1 <= len(serial) <= 7
    else:
        if len(s) == 12:
            yy, serial, ck = s[2:4], s[4:11], s[11]
        else:
            yy, serial, ck = s[:2], s[2:-1], s[-1]
    return L23[int(yy + serial.zfill(7)) % 23] == ck


def ok_cro(v):
    s = v.replace(' ', '').upper()
    serial, rest = s.split('/')
    yy, ck = rest[:2], rest[2]
    return serial.isdigit() and len(serial) <= 6 and L23[int(yy + serial.zfill(6)) % 23] == ck


def ok_nhs(v):
    d = re.sub(r'[ -]', '', v)
    if len(d) != 10 or not d.isdigit() or not d.startswith('999'):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


NI_FIRST = set('ABCEGHJKLMNOPRSTWXYZ')
NI_SECOND = set('ABCEGHJKLMNPRSTWXYZ')
NI_BANNED = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}


def ok_ni(v):
    s = re.sub(r'[ -]', '', v.upper())
    return (len(s) == 9 and s[0] in NI_FIRST and s[1] in NI_SECOND
            and s[:2] not in NI_BANNED and s[2:8].isdigit() and s[8] in 'ABCD')


PC_RE = re.compile(r'^(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|'
                   r'[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])'
                   r' [0-9][ABD-HJLNP-UW-Z]{2}$')


def ok_postcode(v):
    # invented, non-existent areas only: ZA..ZY / YA..YY
    return bool(PC_RE.match(v)) and v[0] in 'YZ' and v[1].isalpha()


PHONE_RANGES = [
    ('07700900', 3), ('01134960', 3), ('01174960', 3), ('01184960', 3),
    ('01214960', 3), ('01314960', 3), ('01414960', 3), ('01514960', 3),
    ('01614960', 3), ('02079460', 3), ('01632960', 3),
]


def ok_phone(v):
    d = re.sub(r'[^0-9]', '', v)
    if v.startswith('+44'):
        d = '0' + d[2:]
    return any(d.startswith(p) and len(d) == len(p) + n for p, n in PHONE_RANGES)


def ok_email(v):
    if not re.match(r'^[a-z0-9._%+\-]+@[a-z0-9.\-]+$', v):
        return False
    dom = v.split('@')[1]
    return (dom in ('example.com', 'example.org', 'example.net')
            or dom.endswith('.example.com') or '.example.' in '.' + dom)


def ok_ip(v):
    return (re.match(r'^(192\.0\.2|198\.51\.100|203\.0\.113)\.([0-9]{1,3})$', v) is not None
            and int(v.split('.')[-1]) <= 255) or v.lower().startswith('2001:db8:')


def ok_luhn(v):
    d = [int(c) for c in re.sub(r'[ -]', '', v)][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0 and 13 <= len(d) <= 19


def ok_iban(v):
    s = v.replace(' ', '').upper()
    r = s[4:] + s[:4]
    return len(s) == 22 and s.startswith('GB') and int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
          'september', 'october', 'november', 'december']


def dob_iso(v):
    """Parse the DOB forms used in this set; return YYYY-MM-DD or None."""
    s = v.strip()
    m = re.match(r'^(\d{4})-(\d{2})-(\d{2})$', s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.match(r'^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$', s)
        if m:
            d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            m = re.match(r"^(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \-]([A-Za-z]+)\.?,?[ \-](\d{4}|'?\d{2})$", s)
            if m:
                d, y = int(m.group(1)), int(m.group(3).lstrip("'"))
                mo = [i + 1 for i, n in enumerate(MONTHS) if n.startswith(m.group(2).lower()[:3])][0]
            else:
                m = re.match(r'^([A-Za-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$', s)
                if not m:
                    return None
                d, y = int(m.group(2)), int(m.group(3))
                mo = [i + 1 for i, n in enumerate(MONTHS) if n.startswith(m.group(1).lower()[:3])][0]
    if y < 100:
        y += 1900 if y > 25 else 2000
    import datetime
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return None
    return '%04d-%02d-%02d' % (y, mo, d)


def ok_dl(v):
    s = v.replace(' ', '')
    if len(s) == 18:
        s = s[:16]
    return bool(re.match(r'^[A-Z]{1,5}9*[0-9](?:[05][1-9]|[16][0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9][A-Z][A-Z9][0-9A-Z][A-Z]{2}$', s)) and len(s) == 16


def ok_vrm(v):
    return bool(re.match(r'^[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[1-7][0-9]) [A-HJ-PR-Z]{3}$', v))


VALIDATE = {
    'pnc': ok_pnc, 'cro': ok_cro, 'nhs_number': ok_nhs, 'ni_number': ok_ni,
    'postcode': ok_postcode, 'phone': ok_phone, 'email': ok_email,
    'ip_address': ok_ip, 'payment_card': ok_luhn, 'iban': ok_iban,
    'date_of_birth': lambda v: dob_iso(v) is not None,
    'driving_licence': ok_dl, 'vehicle_registration': ok_vrm,
    'prison_number': lambda v: re.match(r'^[A-Z] ?[0-9]{4} ?[A-Z]{2}$', v) is not None,
    'crn': lambda v: re.match(r'^[A-Z][0-9]{6}$', v) is not None,
    'passport': lambda v: re.match(r'^[0-9]{9}$', v.replace(' ', '')) is not None,
    'sort_code': lambda v: re.match(r'^[0-9]{2}[- ]?[0-9]{2}[- ]?[0-9]{2}$', v) is not None,
    'account_number': lambda v: re.match(r'^[0-9]{8}$', v) is not None,
}
TITLES = ('Mr ', 'Mrs ', 'Ms ', 'Miss ', 'Dr ', 'DC ', 'DS ', 'PC ', 'DI ', 'Sgt ', 'Rev ',
          'Pastor ', 'Officer ', 'Governor ', 'Insp ', 'Cllr ', 'Mx ', 'Fr ')


# =====================================================================
# Bundle 1 - Ghanaian Akan (day names); women's prison; kinship care
# =====================================================================
B1_LEX = """
n.s|Adwoa Pokuaa BOATENG
n.s|Adwoa Pokuaa Boateng
n.s|BOATENG, Adwoa Pokuaa
n.s|BOATENG, Adwoa
n.s|Adwoa BOATENG
n.s|Adwoa Boateng
n.s|ADWOA BOATENG
n.s|Adjoa Boateng
n.s|Adwoa Pokuaa Boateng-Asare
n.s|Adwoa ASARE
n.s|Pokuaa
n.s|AB
pn.s|B7302KW
pn.s|B 7302 KW
dob.s|16/03/1987
dob.s|16th March 1987
dob.s|16-MAR-1987
pnc.s|05/318842T
cro.s|482911/05K
nhs.s|999 401 7365
ni.s|JE 48 15 92 C
ni.s|JE481592C
ph.s|07700 900214
em.s|adwoa.pokuaa@example.com
ad.s|Flat 6, Kestrel House, Tanner Row, Brinsworth
pc.s|ZH3 5NP
n.t|Akua Adomaa BOATENG
n.t|Akua BOATENG
n.t|Akua Boateng
n.t|Akua
n.t|AkB
n.t|Efua BOATENG
n.t|Efua
n.t|Kwame BOATENG
n.t|Kwame
n.t|Kwadwo BOATENG
n.t|KB
n.t|Kwabena OPOKU
n.t|Kwabena
n.t|Kobby
n.t|Kofi OPOKU
n.t|Kofi
n.t|Opokus
n.t|Yaw ASARE
n.t|Yaw Asare
n.t|Yaw
n.t|Kojo ASARE
n.t|Kojo
n.t|Ama ASARE
n.t|Ama
n.t|Akosua ASARE
n.t|Adwoa Serwaa FRIMPONG
n.t|Adwoa Kakra
n.t|Abena BOATENG-FRIMPONG
n.t|Abena
n.t|Kwaku
n.t|Asares
n.t|ASAREs
n.t|Kwaku FRIMPONG
n.t|FRIMPONG
n.t|Frimpongs
n.t|Ruth Ansah
n.t|Margaret
n.t|Dev Chaudhry
dob.t|04/09/1984
dob.t|21/07/2014
dob.t|30/11/2018
dob.t|09/06/1990
dob.t|12/05/2007
dob.t|02/01/1995
dob.t|03/10/1983
nhs.t|999 845 1272
nhs.t|999 120 6639
ph.t|07700 900381
ph.t|07700 900457
ph.t|0117 496 0388
em.t|akua.boateng@example.net
em.t|yaw.asare@example.org
em.t|r.ansah@larchmontlaw.example.co.uk.cjsm.net
em.t|penfriends@openletters.example.org
ad.t|14 Larchfield Road, Brinsworth
ad.t|14 Larchfield Rd, Brinsworth
ad.t|22 Orchard Mews, Calverleigh
ad.t|5 Chapel Yard, Wexcombe
pc.t|ZH6 3RB
pc.t|YB2 8HT
pc.t|YC4 9GA
n.f|Hayley PRENDERGAST
n.f|Hayley Prendergast
n.f|Prendergast, Hayley
n.f|H. Prendergast
n.f|HP
n.f|Joanne Tremlett
n.f|Tremlett, Joanne
n.f|Joanne
n.f|Hayley
n.f|Bethan
n.f|JT
n.f|Bethan Llewellyn
n.f|Llewellyn, Bethan
n.f|BL
n.f|DUNMORE
n.f|Dunmore
n.f|R. Okonkwo-Reid
ph.f|0113 496 0762
ph.f|0113 496 0934
em.f|hayley.prendergast@justice.example.gov.uk
em.f|joanne.tremlett@brinsworth.example.gov.uk
em.f|bethan.llewellyn@justice.example.gov.uk
ad.b|Fernhollow Lane, Brinsworth
pc.b|ZH4 7DX
ph.b|0113 496 0750
em.b|familyservices.fernhollow@justice.example.gov.uk
ad.b|Civic Offices, Sedge Street, Brinsworth
pc.b|ZH1 2LW
ph.b|0113 496 0921
em.b|childrens.frontdoor@brinsworth.example.gov.uk
"""

B1_D1_P1 = """[[ad.t:14 Larchfield Road
Brinsworth]]
ZH6 3RB
Tel: 07700 900381
Email: akua.boateng@example.net

2nd February 2025

The Governor
HMP Fernhollow
Fernhollow Lane, Brinsworth
ZH4 7DX

Dear Governor,

Re: my sister Adwoa Pokuaa BOATENG, prison number B7302KW, Elm Unit

I am writing as [[n.s:Adwoa]]'s younger sister and, since October, the person looking after her two children, Kojo (10) and Ama (6). I have written to the prison twice before and phoned the switchboard on 0113 496 0750 more times than I can count, so I hope this letter reaches the right desk this time.

My sister was born on 16th March 1987 and, before this sentence, she had never been away from her children for longer than a week. She is not coping. When she rang me on Friday from the wing phone she was crying so much that Kojo took the phone off me and told her about his football instead. I do not think anybody on the unit knows how low she is, because [[n.s:Adwoa]] is a proud person and she will smile at officers.

There are three things I am asking for.

1. Please correct the visit record for Saturday 18 January. Our cousin is also called [[n.t:Adwoa]] - Adwoa Serwaa FRIMPONG, but the family calls her Adwoa Kakra - because in our tradition girls born on a Monday take that day name. Adwoa Kakra visited my sister that afternoon and the visits hall wrote the visitor down under my sister's own name. The booking line now tells me that "Adwoa Boateng" already had a visit that week, so my booking for the children was refused.

2. Please take my sister's old mobile, 07700 900214, off her phone list. That phone was cut off when she lost the flat at Flat 6, Kestrel House, Tanner Row, Brinsworth, ZH3 5NP, and she keeps using her phone credit trying to ring it. Her old email, adwoa.pokuaa@example.com, is not being read by anyone either. She should ring me on 07700 900381 or our mother instead.

-2-"""

B1_D1_P2 = """-2-

3. Please let our mother, Maame Efua, bring the children to the family day in March. She is 71 and walks with a stick, but she is their grandmother and she has looked after them every Saturday since they were babies.

I also need to tell you about the children's father, Yaw ASARE. He has not seen Kojo or Ama since the summer. He lives at 22 Orchard Mews, Calverleigh, YB2 8HT, and I have no objection to the prison knowing that, but please do NOT give him my address or my husband's details. The Asares have made it clear they want nothing to do with us since the divorce, and his mother, Mrs Akosua ASARE, sent me a voice note last week that I would rather not repeat. My sister still has the name Adwoa ASARE on some of her paperwork from when she was married, which I think is confusing your staff. She is Adwoa BOATENG again now, and her bank card and her Ghanaian passport say [[n.s:Boateng]].

My husband Kwabena (everybody calls him Kobby) and I are happy to be checked for visits. Kwabena's son Kofi lives with us as well. He is 17 and he would like to visit his auntie too.

Thank you for reading this. I know you are busy, but these children need their mother and I need to know someone is keeping an eye on her.

Yours faithfully,

Akua Adomaa BOATENG (Ms)
sister of [[n.s:Adwoa]] and kinship carer of Kojo and Ama ASARE"""

B1_D2_P1 = """HM Prison & Probation Service
HMP FERNHOLLOW
Fernhollow Lane, Brinsworth ZH4 7DX
Switchboard: 0113 496 0750
Family Services: familyservices.fernhollow@justice.example.gov.uk

Our ref: FH/GOV/25/093
Your ref: your letter of 2 February 2025

Ms Akua Boateng
[[ad.t:14 Larchfield Road
Brinsworth]]
ZH6 3RB

12 February 2025

Dear Ms [[n.t:Boateng]],

Re: Adwoa BOATENG (B7302KW)

Thank you for your letter of 2 February about your sister, which the Governor has asked me to answer. I am sorry that you have had to write more than once.

Visit of 18 January. I have asked Custodial Manager DUNMORE, who manages Elm Unit, to correct the visits record so that it shows your cousin, Ms FRIMPONG, as the visitor. I have checked the booking system and the children's visit can now go ahead; Family Services will ring you to rebook it.

Telephone list. Ms [[n.s:Boateng]]'s former mobile number (07700 900214) was still on her approved PIN list. With her agreement it has now been removed, and your number and your mother's landline have been added. Any change to the list must be requested by your sister herself through the kiosk; we cannot accept changes from family members.

Family day. Mrs [[n.t:Boateng]] senior is welcome to attend with Kojo and Ama, subject to the usual checks. Hayley Prendergast, our Head of Family Services, will contact you about the application. Her direct line is 0113 496 0762 and her email is hayley.prendergast@justice.example.gov.uk.

Your sister's wellbeing. I have shared your concerns, with your sister's agreement, with the unit staff and with her Prison Offender Manager, Bethan Llewellyn. Your sister has been seen by a member of the mental health team since your letter.

Mr [[n.t:Asare]]. We will not disclose your address or your husband's details to anyone without a lawful reason. Any contact the children have with their father is a matter for the family court and children's services, not for the prison.

Yours sincerely,

R. Okonkwo-Reid
Deputy Governor, HMP Fernhollow

cc: Adwoa BOATENG, Elm Unit
    Hayley Prendergast, Head of Family Services
    OMU file"""

B1_D3_P1 = """From:     Tremlett, Joanne <joanne.tremlett@brinsworth.example.gov.uk>
Sent:     Tuesday, 18 February 2025 09:41
To:       Akua Boateng <akua.boateng@example.net>
Cc:       Prendergast, Hayley <hayley.prendergast@justice.example.gov.uk>; familyservices.fernhollow@justice.example.gov.uk
Subject:  RE: FW: Kojo and Ama - visits and the viability assessment

Dear Akua,

Thank you for forwarding Yaw's message. Please do not reply to him yourself. I have recorded it and I will speak to him directly.

The viability assessment has to include everyone who lives in the house, so when I visit you and Kwabena on Monday 3 March I would also like to meet Kofi, even briefly. Maame Efua is welcome to sit in if she wants to.

Hayley at HMP Fernhollow tells me the children's visit is now rebooked for 1 March and that the record showing Adwoa Kakra's visit has been corrected. Kojo told me at school that he wants to show his mum his certificate, so I have asked the prison whether he can bring it in.

Kind regards,

Joanne Tremlett
Senior Social Worker, Children in Care Team
Brinsworth City Council, Civic Offices, Sedge Street, Brinsworth ZH1 2LW
Direct line: 0113 496 0934 | Children's front door: 0113 496 0921
childrens.frontdoor@brinsworth.example.gov.uk (urgent concerns outside office hours)

-----Original Message-----
On Sun, 16 Feb 2025 at 21:07, Akua Boateng <akua.boateng@example.net> wrote:
> Hi Joanne,
> [[n.s:Adwoa]] rang me on Friday from the prison. She asked again whether
> Maame Efua can bring the kids to the family day. She also asked me
> to tell you she does NOT agree to Yaw having the children overnight.
> Yaw's mother Mrs [[n.t:Asare]] (Nana Akosua ASARE) keeps messaging me.
> Below is what Yaw sent me yesterday. Sorry to send it on a Sunday.
> Akua
> 07700 900381
>
> ---------- Forwarded message ---------
> From: Yaw Asare <yaw.asare@example.org>
> Date: Sat, 15 Feb 2025 at 23:52
> Subject: the kids
> To: <akua.boateng@example.net>
>
> Akua tell your sister I am not signing anything for social services.
> Kojo and Ama are ASAREs. My mum will have them every
> other weekend whatever the Frimpongs and the Opokus say.
> Yaw
> 07700 900457"""

B1_D3_P2 = """From:     Prendergast, Hayley <hayley.prendergast@justice.example.gov.uk>
Sent:     Tuesday, 18 February 2025 11:15
To:       Tremlett, Joanne <joanne.tremlett@brinsworth.example.gov.uk>
Cc:       Llewellyn, Bethan <bethan.llewellyn@justice.example.gov.uk>
Subject:  RE: RE: FW: Kojo and Ama - visits and the viability assessment

Joanne - yes, Kojo can bring the certificate; officers will check it at the search area. [[n.s:Adwoa]] (B7302KW) has been told about the 1 March visit. Bethan is her POM and will attend the family network meeting on 27 February.

For your records, [[n.s:Adwoa]]'s NOMIS record still shows the alias Adwoa Pokuaa Boateng-Asare and a PNC number of 05/318842T (CRO 482911/05K). Please use [[n.s:BOATENG]] on anything you send us so that letters reach her.

Hayley

Hayley Prendergast | Head of Family Services | HMP Fernhollow
Direct: 0113 496 0762 | Family Services mailbox: familyservices.fernhollow@justice.example.gov.uk"""

B1_D4_P1 = """HMP FERNHOLLOW - FAMILY SERVICES
FAMILY NETWORK SUMMARY (text genogram)
Prisoner: BOATENG, Adwoa Pokuaa      No: B7302KW      DOB: 16/03/1987
Prepared by: H. Prendergast, Head of Family Services      Date: 20/02/2025

Key:  =  married / partners     //  separated     (+) deceased     [P] the prisoner

GENERATION I
  Kwame BOATENG (+) = Efua BOATENG ("Maame Efua"), aged 71, lives with Akua
        |
GENERATION II
  |-- Adwoa Pokuaa BOATENG [P]  DOB 16/03/1987  // Yaw ASARE  DOB 04/09/1984
  |       |-- Kojo ASARE   DOB 21/07/2014  (lives with Akua)
  |       |-- Ama ASARE    DOB 30/11/2018  (lives with Akua)
  |
  |-- Akua Adomaa BOATENG  DOB 09/06/1990  = Kwabena OPOKU  DOB 03/10/1983
  |       |-- Kofi OPOKU   DOB 12/05/2007  (Kwabena's son; lives with them)
  |
  |-- Kwadwo BOATENG ("KB"), youngest brother, lives in Kumasi, no contact

FATHER'S SIDE
  Auntie Abena (Abena BOATENG-FRIMPONG, Kwame's sister) = Kwaku FRIMPONG
        |-- Adwoa Serwaa FRIMPONG ("Adwoa Kakra")  DOB 02/01/1995  - cousin
            NB same day name as [P]. Visits under her own name only.

PATERNAL GRANDPARENTS OF THE CHILDREN
  Akosua ASARE (Yaw's mother) - seeks weekend contact; not an approved visitor.

NAMING NOTE FOR STAFF
  Akan day names mean that several people in this family share a first name
  with someone else (the prisoner and her cousin were both born on a Monday).
  Always check the surname and the DOB before recording a visit. [[n.s:Adwoa]] [P] was known as Adwoa ASARE during the
  marriage and may sign letters "Adjoa Boateng".

CONTACTS AGREED
  Akua BOATENG (sister, carer)        07700 900381
  Efua BOATENG (mother)               via Akua
  Kwabena OPOKU (brother-in-law)      via Akua
  Adwoa Serwaa FRIMPONG (cousin)      visits only, no phone
  Yaw ASARE (ex-partner)              NOT approved - see children's services

Reviewed with [P] on Elm Unit 21/02/2025. She agreed the summary is accurate. - HP"""

B1_D5_P1 = """[Transcribed from a handwritten form. Original scanned to the Family Services file.]

CHILDREN'S VISITS - HOUSEHOLD DETAILS (Part B - to be filled in by the child's carer)

Prisoner name: ADWOA BOATENG              Prison no: B 7302 KW
Carer filling in form: Akua BOATENG       Relationship to prisoner: sister
Carer address: 14 Larchfield Rd, Brinsworth  ZH6 3RB
Carer phone: 07700 900381     Email: akua.boateng@example.net

CHILDREN WHO WILL VISIT
""" + table([
    ['Name', 'DOB', 'School', 'NHS no.'],
    ['Kojo ASARE', '21/07/2014', "St Brannock's Primary", '999 845 1272'],
    ['Ama ASARE', '30/11/2018', "St Brannock's Primary", '999 120 6639'],
], [14, 13, 24]) + """

OTHER ADULTS / YOUNG PEOPLE LIVING AT THE ADDRESS
""" + table([
    ['Name', 'Relationship', 'DOB'],
    ['Kwabena OPOKU', 'my husband', '03/10/1983'],
    ['Efua BOATENG', 'our mum (nana to kids)', 'not known - "about 71"'],
    ['Kofi OPOKU', "Kwabena's son", '12/05/2007'],
], [16, 25]) + """

Who will bring the children?  me or mum (Maame Efua). NOT the dad.
Does anyone else have parental responsibility?  yes - Yaw ASARE (dad), 22 Orchard Mews, Calverleigh
   (he does not know my address, please keep it that way)
Any court orders?  no, social worker is Joanne Tremlett at the council

Signed: [[n.t:A. Boateng]]          Date: 24/2/25

-- office use --
Checked against NOMIS: prisoner DOB 16-MAR-1987 matches.  Carer ID seen (driving licence).
Form received by HP 25/02.  Cousin Adwoa Serwaa FRIMPONG is NOT on this form - she is a
separate adult visitor.  - HP"""

B1_D6_P1 = """OPEN LETTERS TRUST
Prison pen-friend scheme
5 Chapel Yard, Wexcombe YC4 9GA   |   0117 496 0388   |   penfriends@openletters.example.org
Volunteers write under their first name only. Please always reply to the Trust, never to a volunteer's home.

Our ref: PF/2291        Please quote this reference on your envelope

Adwoa Boateng  B7302KW
Elm Unit
HMP Fernhollow
Fernhollow Lane, Brinsworth
ZH4 7DX

3 March 2025

Dear [[n.s:Adwoa]],

Thank you for your long letter and for the drawing Ama made, which the Trust forwarded to me. The purple elephant is now on my fridge. You told me the story of your names: [[n.s:Adwoa]] because you were born on a Monday, and Pokuaa after your grandmother. I had no idea that day names were so important, and I loved the idea that your cousin and you are both "Monday girls".

I was sorry to read that the Asares have stopped paying for Kojo's football. It sounds as though your sister Akua is doing a wonderful job, but I can understand why you feel left out of the decisions. You asked whether you should write to Yaw yourself. I am not able to advise you on that, and I would suggest you talk it through with your offender manager or with Ruth Ansah, your solicitor, before you send anything.

You also asked whether I could ring your mum. I'm afraid volunteers cannot phone family members, but I am very happy to keep writing. Please don't worry about spelling - I could read every word.

With warm wishes,

Margaret

----
Scheme coordinator: Dev Chaudhry, Open Letters Trust. If a letter worries you, you can also talk to the chaplaincy or a Listener."""

B1_D7_P1 = """HMP FERNHOLLOW - FAMILY SERVICES                                   OFFICIAL-SENSITIVE
FAMILY NETWORK MEETING - NOTE AND ACTIONS
Prisoner: BOATENG, Adwoa Pokuaa (B7302KW)     NHS: 999 401 7365
Date: 27 February 2025, 14:00-15:10    Venue: Family Services room, with video link to Civic Offices

PRESENT
  Adwoa BOATENG (AB)         prisoner; mother of Kojo and Ama
  Akua BOATENG (AkB)         sister; kinship carer
  Efua BOATENG               mother (by telephone)
  Hayley Prendergast (HP)    Head of Family Services (chair)
  Joanne Tremlett (JT)       Senior Social Worker, Brinsworth Children's Services
  Bethan Llewellyn (BL)      Prison Offender Manager
APOLOGIES
  Kwabena OPOKU; Ruth Ansah (solicitor for AB)
NOT INVITED (AB's request, agreed by JT)
  Yaw ASARE; Akosua ASARE

1. Contact with the children
AB asked for fortnightly visits and a weekly video call. AkB can bring the children on
alternate Saturdays; Efua BOATENG will escort when AkB works. JT confirmed no court order
is in place and that Yaw ASARE has parental responsibility; his request for overnight
stays is being assessed separately and the Asares will be told the outcome by JT, not by
the family. - JT

2. Visits record error
HP explained the visits error of 18/01. The visits team will record cousins by full name and
date of birth. AB said the Frimpongs were upset to be blamed for the mix-up. - HP

3. Phone list and money
BL confirmed 07700 900214 (AB's old mobile, from her tenancy at [[ad.s:Kestrel House]]) has been removed.
AB's NI number JE 48 15 92 C has been given to the resettlement team for the benefits claim
on release; AB will not use the [[ad.s:Kestrel House]] address again. - BL"""

B1_D7_P2 = """BOATENG, Adwoa Pokuaa   B7302KW   Family network meeting 27/02/2025       Page 2 of 2

4. Wellbeing
AB said she had been "holding it together for the kids". BL will refer AB to the in-reach
team and arrange a keywork session every week until the next review. AkB asked to be told
if AB is placed on an ACCT; AB agreed to this. - BL

ACTIONS
""" + table([
    ['No.', 'Action', 'Owner', 'By'],
    ['1', 'Rebook children for alternate Saturdays from 1 March', 'HP', '01/03'],
    ['2', 'Family day application for Efua BOATENG with Kojo and Ama', 'HP / AkB', '07/03'],
    ['3', 'Viability assessment visit to 14 Larchfield Road, Brinsworth', 'JT', '03/03'],
    ['4', 'Keywork session weekly; in-reach referral', 'BL', '28/02'],
    ['5', 'Correct visits record of 18/01 (cousin, not AB)', 'DUNMORE', '28/02'],
], [5, 62, 10]) + """

NEXT MEETING: 10 April 2025, 14:00 (HP to send invitations)

DISTRIBUTION
cc: Adwoa BOATENG (B7302KW), via Elm Unit
    Akua BOATENG, 14 Larchfield Road, Brinsworth ZH6 3RB
    Efua BOATENG, c/o Akua BOATENG
    Joanne Tremlett, joanne.tremlett@brinsworth.example.gov.uk
    Bethan Llewellyn, POM
    Ruth Ansah, Larchmont Family Law (r.ansah@larchmontlaw.example.co.uk.cjsm.net)
    Custodial Manager Dunmore, Elm Unit
    Family Services file / OMU file"""

B1 = {
    'bundle_id': 'eval18-01',
    'subject': {
        'name': 'Adwoa Pokuaa BOATENG',
        'aliases': ['Adwoa Boateng', 'Adjoa Boateng', 'Adwoa Pokuaa Boateng-Asare', 'Adwoa ASARE',
                    'Pokuaa', 'BOATENG, Adwoa Pokuaa', 'AB'],
        'date_of_birth': '1987-03-16',
        'prison_number': 'B7302KW',
        'identifiers': {'ni_number': 'JE 48 15 92 C', 'nhs_number': '999 401 7365',
                        'pnc': '05/318842T', 'cro': '482911/05K'},
        'contact': {'addresses': ['Flat 6, Kestrel House, Tanner Row, Brinsworth'],
                    'phones': ['07700 900214'], 'emails': ['adwoa.pokuaa@example.com']},
    },
    'lex': B1_LEX,
    'docs': [
        ('relative-letter-of-concern-to-governor', [B1_D1_P1, B1_D1_P2]),
        ('deputy-governor-reply-to-relative', [B1_D2_P1]),
        ('kinship-care-social-worker-email-correspondence', [B1_D3_P1, B1_D3_P2]),
        ('extended-family-genogram-narrative', [B1_D4_P1]),
        ('child-visit-household-composition-form', [B1_D5_P1]),
        ('pen-friend-scheme-letter', [B1_D6_P1]),
        ('family-network-meeting-note-with-distribution', [B1_D7_P1, B1_D7_P2]),
    ],
}

# =====================================================================
# Bundle 2 - Scottish Gaelic-speaking Hebridean; category C resettlement
# =====================================================================
B2_LEX = """
n.s|Calum Iain MACLEOD
n.s|Calum Iain MacLeod
n.s|MACLEOD, Calum Iain
n.s|MACLEOD Calum Iain
n.s|Calum Iain MacLeòid
n.s|Calum Iain Dhòmhnaill Ruaidh
n.s|Calum Beag
n.s|C.I. MacLeod
n.s|CIM
pn.s|A9016CP
dob.s|02/08/1963
dob.s|2 August 1963
dob.s|02.08.63
dob.s|1963-08-02
pnc.s|83/4417209B
pnc.s|1983/4417209B
cro.s|117304/84B
nhs.s|999 283 5141
nhs.s|9992835141
ni.s|WK 63 08 21 B
ph.s|07700 900562
ad.s|4 Baile na Creige, Ceann a' Bhàigh, Isle of Lewis
pc.s|YH2 0DS
ad.s|4 Baile na Creige
ad.t|Taigh na Mara
n.t|Donald John MACLEOD
n.t|Dòmhnall Iain
n.t|Donald John
n.t|DJ
n.t|Calum Òg
n.t|Mòrag MORRISON
n.t|Mòrag
n.t|Angus MORRISON
n.t|Aonghas
n.t|Morrisons
n.t|Catrìona MACAULAY
n.t|Catrìona MacAulay
n.t|Catrìona
n.t|Iseabail MACLEOD
n.t|Iseabail
n.t|Isla
n.t|Murdo MACLEOD
n.t|Murchadh a' Phost
n.t|Murdo
n.t|Peigi MACLEOD
n.t|Peigi
n.t|D J MACLEOD
n.t|Kenny
n.t|Alasdair MACKAY
n.t|Seumas MACIVER
dob.t|14/11/1998
dob.t|23/04/1995
ph.t|07700 900563
ph.t|07700 900571
ph.t|0141 496 0733
em.t|taighnamara@example.com
em.t|c.macaulay@example.org
em.t|bookings@islandferrylink.example.co.uk
ad.t|Taigh na Mara, 7 Ceann a' Bhàigh, Isle of Lewis
ad.t|2 Lòn Ruadh, Bragair, Isle of Lewis
ad.t|18 Firhill Crescent, Glasgow
pc.t|YH2 0DT
pc.t|YH2 4LQ
pc.t|YG12 6PF
card.t|4539 1488 0343 6467
n.f|Gillian BREWSTER
n.f|Gillian Brewster
n.f|Brewster, Gillian
n.f|G. Brewster
n.f|Gillian
n.f|GB
n.f|LENNOX
n.f|Lennox
n.f|Robert MACLEOD
n.f|R. MacLeod
n.f|RM
n.f|EM
n.f|Brewster
n.f|K. Nicolson
n.f|MacIver, Ewan
n.f|Kirsty NICOLSON
n.f|Kirsty Nicolson
n.f|Nicolson, Kirsty
n.f|Kirsty
n.f|KN
n.f|Ewan MACIVER
n.f|Ewan MacIver
n.f|Ewan
n.f|Fiona GRAHAM
n.f|Fiona Graham
ph.f|0161 496 0247
ph.f|0131 496 0461
ph.f|0131 496 0622
em.f|gillian.brewster@justice.example.gov.uk
em.f|kirsty.nicolson@innsegall.example.gov.uk
em.f|ewan.maciver@innsegall.example.gov.uk
ad.b|Moss Road, Kelderby
pc.b|YL7 2QA
ph.b|0161 496 0200
em.b|omu.glenbarrow@justice.example.gov.uk
ad.b|Council Offices, Quay Street, Port Ronan
pc.b|YH1 2AB
ph.b|0131 496 0455
em.b|cjsw@innsegall.example.gov.uk
ad.b|Commission Buildings, Longman Quay, Inverness
pc.b|YG3 8RP
ph.b|0131 496 0618
em.b|crofting.regulation@crofting.example.gov.uk
"""

B2_D1_P1 = """HMP GLENBARROW - Offender Management Unit
Moss Road, Kelderby YL7 2QA   Tel 0161 496 0200   omu.glenbarrow@justice.example.gov.uk

Our ref: GLB/OMU/25-04          Date: 3 March 2025

Mr Calum Iain MACLEOD   A9016CP
Lomond Wing, Cell 2-14
HMP Glenbarrow

Dear Mr [[n.s:MacLeod]],

PRE-RELEASE CASE CONFERENCE - Thursday 20 March 2025, 10:00, OMU meeting room and video link

Your conditional release date is now confirmed and your supervision is to be transferred to the criminal justice social work service in the Western Isles. I have arranged a case conference so that everyone involved in your release plan can agree it with you. You are entitled to attend and to bring a written statement. Your brother has asked to join by telephone, and I have agreed to that for the accommodation item only.

The people invited are listed below. If you would prefer any family member not to take part, please tell me through the kiosk before 14 March.

""" + table([
    ['Name', 'Initials', 'Role', 'Attending'],
    ['Calum Iain MACLEOD', 'CIM', 'prisoner', 'in person'],
    ['Gillian BREWSTER', 'GB', 'Prison Offender Manager (chair)', 'in person'],
    ['Robert MACLEOD', 'RM', 'Head of Reducing Reoffending (no relation)', 'in person'],
    ['Kirsty NICOLSON', 'KN', 'Criminal Justice Social Worker, Innse Gall Council', 'video'],
    ['Ewan MACIVER', 'EM', 'Housing Options Officer, Innse Gall Council', 'video'],
    ['Donald John MACLEOD', 'DJ', "prisoner's brother; proposed host", 'telephone'],
    ['Officer LENNOX', '-', 'Resettlement officer, Lomond Wing', 'in person'],
], [22, 10, 52]) + """

Please note that Mr [[n.f:R. MacLeod]] is a member of staff here and is not related to you, although you share a surname.

Yours sincerely,

G. Brewster
Prison Offender Manager | Direct line 0161 496 0247 | gillian.brewster@justice.example.gov.uk

cc: Kirsty Nicolson (CJSW); Ewan MacIver (Housing Options); Donald John MACLEOD (brother); OMU file"""

B2_D2_P1 = """[Scanned letter - OCR text, not checked against the original]

[[ad.t:Taigh na Mara
7 Ceann a' Bhàigh
Isle of Lewis]]   YH2 0DT
tel 07700 900563

24th Feb 2025

To the Offender Manager
HMP Glenbarrow

Dear Mrs Brewster,

I arn writing about rny brother [[n.s:Calum lain MACLEOD]] (A9016CP) who I understand is to be released in April. The farnily have talked it over and he can stay with me and rny wife Peigi at Taigh na Mara for as long as he needs. He will have the back bedroorn and there is no drink kept in the house.

You asked about his own house. The old croft house at 4 Baile na Creige has been ernpty since 2019 and the roof is not good. My son [[n.t:Calum]] - we call him Calum Òg so nobody rnixes the two of thern up - is taking on the croft tenancy with the Cornrnission and wil1 be working the ground frorn this spring. [[n.s:Calum]] has agreed to that and signed the papers. So there is nowhere for hirn to go back to on the croft and I would ask that it is not put down as his address.

Our sister Mòrag and her man Aonghas (Angus MORRISON) are in Bragair and they will have hirn for his dinner on a Sunday. The minister, Mr Alasdair MACKAY, has said he wil1 call in. Everybody here knows rny brother as Calum Beag, and the young ones cal1 hirn Uncle [[n.s:Beag]].

I know what happened with Kenny and that Kenny's rnother is still in the township. [[n.s:Calum]] wil1 not go near her house or the fank and I have told hirn that straight.

Is rnise le rneas,

Donald John MACLEOD (Dòmhnall Iain)
brother"""

B2_D2_P2 = """Page 2 (handwritten on the back of page 1, OCR)

PS - his old rnobile 07700 900562 is in a drawer here and it still works. I wil1 give it back to hirn when he is out unless you say he cant have it. If you need rne ring rny own rnobile 07700 900563 or the house, or email taighnamara@example.com (that is rny wifes email but she reads it every night).

DJ"""

B2_D3_P1 = """From:     Nicolson, Kirsty <kirsty.nicolson@innsegall.example.gov.uk>
Sent:     06 March 2025 16:22
To:       Brewster, Gillian <gillian.brewster@justice.example.gov.uk>
Cc:       MacIver, Ewan <ewan.maciver@innsegall.example.gov.uk>; cjsw@innsegall.example.gov.uk
Subject:  RE: MACLEOD Calum Iain A9016CP - transfer of supervision / release address

Hi Gillian,

Ewan and I visited Taigh na Mara yesterday. DJ and Peigi were welcoming and the room is suitable. I am recommending it as the release address. Two points for the conference:

1. The croft. The nephew, also [[n.t:Calum MACLEOD]] (DOB 14/11/1998, "Calum Òg"), is taking over the croft at 4 Baile na Creige and will be living at 2 Lòn Ruadh, Bragair, Isle of Lewis, YH2 4LQ until he builds. Please make sure nothing on your side lists the croft as Calum Beag's address - his old address YH2 0DS should be shown as previous only. Two men with the same name on the same croft is exactly how a sheriff court warrant went to the wrong house in 2016.

2. Victim area. Kenny's mother lives in the township. I am proposing an exclusion from the fank and the grazings, and that Calum Beag does not attend the township meetings. The grazings clerk, Seumas MACIVER (no relation to Ewan), has been told in general terms only.

Daughter: Isla (Iseabail MACLEOD, DOB 23/04/1995) lives at 18 Firhill Crescent, Glasgow YG12 6PF. She has told me she will accept letters via me but no visits. Her mother, Catrìona MACAULAY, has written to you separately I think.

Kirsty

Kirsty Nicolson | Criminal Justice Social Worker | Innse Gall Council
Council Offices, Quay Street, Port Ronan YH1 2AB
Direct 0131 496 0461 | Duty desk 0131 496 0455 | cjsw@innsegall.example.gov.uk

-----Original Message-----
From: Brewster, Gillian <gillian.brewster@justice.example.gov.uk>
Sent: 05 March 2025 09:10
To: Nicolson, Kirsty <kirsty.nicolson@innsegall.example.gov.uk>
Subject: MACLEOD Calum Iain A9016CP - transfer of supervision / release address

Kirsty - before your visit: Mr [[n.s:MacLeod]] (DOB 02/08/1963, PNC 83/4417209B) gives his home as 4 Baile na Creige, Ceann a' Bhàigh, Isle of Lewis, YH2 0DS, and his brother as next of kin. His NHS number is 999 283 5141 for the GP registration. His brother says the old mobile (07700 900562) is [[n.s:Calum]]'s own. Can you confirm whether the croft house is habitable?
Gillian"""

B2_D3_P2 = """From:     MacIver, Ewan <ewan.maciver@innsegall.example.gov.uk>
Sent:     07 March 2025 08:47
To:       Nicolson, Kirsty <kirsty.nicolson@innsegall.example.gov.uk>; Brewster, Gillian <gillian.brewster@justice.example.gov.uk>
Subject:  RE: RE: MACLEOD Calum Iain A9016CP - transfer of supervision / release address

All,

Housing view: I have opened a housing options case for Mr [[n.s:MacLeod]] as a precaution (ref HO/25/0387) in case the arrangement at Taigh na Mara breaks down. He would need to provide his NI number (WK 63 08 21 B per the prison) and I would want to speak to him before release.

I have checked with Murdo at the post office (Murdo MACLEOD - known locally as Murchadh a' Phost, and again no relation) that post for Calum Beag is being held at Taigh na Mara and not delivered to the croft house.

Ewan MacIver
Housing Options Officer, Innse Gall Council | 0131 496 0455 (housing options line)"""

B2_D4_P1 = """CROFTING COMMISSION
Commission Buildings, Longman Quay, Inverness YG3 8RP
Tel 0131 496 0618    crofting.regulation@crofting.example.gov.uk

Our ref: CC/ASG/4471                                   11 February 2025

Mr Calum Iain MacLeod
c/o HMP Glenbarrow
Moss Road, Kelderby
YL7 2QA

Dear Mr [[n.s:MacLeod]],

Croft: 4 Baile na Creige, Ceann a' Bhàigh, Isle of Lewis
Application to assign the tenancy of the croft

The Commission has received your application to assign the tenancy of the above croft to your nephew, Mr [[n.t:Calum MACLEOD]], of 2 Lòn Ruadh, Bragair, Isle of Lewis YH2 4LQ.

Because the tenant and the proposed assignee have the same forename and surname, please check the details below carefully and return the enclosed declaration signed in the presence of a witness. The Commission has recorded the tenant and the assignee as follows:

  Tenant (assignor):   Calum Iain MACLEOD, born 2 August 1963
  Assignee:            [[n.t:Calum MACLEOD]] ("Calum Òg"), born 14/11/1998

We have consulted the grazings clerk of the township, Mr Seumas MACIVER, who raised no objection. The application will be considered once the declaration is returned. We note that the croft house is not currently occupied.

If you need help completing the declaration, you may ask a member of prison staff, or your brother Mr Donald John MACLEOD may ring the Commission on your behalf if you give written permission.

Yours sincerely,

Fiona Graham
Regulatory Officer
Direct line 0131 496 0622

cc: [[n.t:Calum MACLEOD]] (assignee)"""

B2_D5_P1 = """INNSE GALL COUNCIL - CRIMINAL JUSTICE SOCIAL WORK
KINSHIP AND BYNAME RECORD (for risk management planning - not for release to third parties)
Service user: MACLEOD, Calum Iain ("Calum Beag")   DOB 02.08.63   CRO 117304/84B   PNC 1983/4417209B
Compiled by: K. Nicolson, CJSW                         Date: 10/03/2025

Why this record is needed: in Ceann a' Bhàigh several men share the service user's forename and
surname, and people are identified by bynames and patronymics. Staff and police must not rely on
forename and surname alone.

""" + table([
    ['Official name', 'Gaelic form / byname', 'Relationship', 'Notes'],
    ['Calum Iain MACLEOD', 'Calum Iain Dhòmhnaill Ruaidh', 'service user', 'release address: brother'],
    ['', 'Calum Iain MacLeòid', '', ''],
    ['', 'Calum Beag', '', ''],
    ['Donald John MACLEOD', 'Dòmhnall Iain / DJ', 'brother', 'host; 07700 900563'],
    ['Peigi MACLEOD', 'Peigi', "DJ's wife", 'host household'],
    ['[[n.t:Calum MACLEOD]]', 'Calum Òg', "nephew (DJ's son)", 'croft assignee'],
    ['Mòrag MORRISON', 'Mòrag (née [[n.t:MACLEOD]])', 'sister', 'support, Sundays'],
    ['Angus MORRISON', 'Aonghas', 'brother-in-law', 'support'],
    ['Catrìona MACAULAY', '-', 'former wife', 'no contact wanted'],
    ['Iseabail MACLEOD', 'Isla', 'daughter', 'letters via CJSW only'],
    ['Murdo MACLEOD', "Murchadh a' Phost", 'none (neighbour)', 'postmaster; holds post'],
    ['Seumas MACIVER', '-', 'none', 'grazings clerk'],
], [22, 31, 20]) + """

Victim: referred to in this record by first name only (Kenny). His mother lives in the township.
Calum Beag is not to attend the fank, the grazings committee or the township hall.

10/03 Record discussed with CIM by video. He agreed the list and asked that the Morrisons be
      listed as support. - KN
11/03 Shared with G. Brewster (POM, HMP Glenbarrow) for the case conference. - KN"""

B2_D6_P1 = """To the Offender Manager
HMP Glenbarrow
Moss Road, Kelderby YL7 2QA

From: Catrìona MacAulay (formerly [[n.t:MacLeod]])
Email: c.macaulay@example.org
I am not giving my address and I ask that it is not asked for.

1st March 2025

Dear Sir or Madam,

Calum Iain MacLeod - release

I was married to [[n.s:Calum]] for nineteen years and we divorced in 2012. Kirsty Nicolson from the council in Port Ronan told me that he is coming out in April and that he has been writing to our daughter.

I want to be clear about my own position. I do not want any contact with him, direct or through his family. I do not want my name given to him as a contact of any kind, and I would ask that you tell him this yourselves so that it does not come from me. His brother DJ and his sister Mòrag know how to reach me and I trust them not to pass it on. The Morrisons have always been fair to me.

Isla is 29 and she makes her own decisions. She has said she is content to get letters through the social worker but she does not want him to have her address in Glasgow or her mobile. Please do not put her on any list as "next of kin". That is his brother, not her.

I have been told that the prison has a form where victims and families can give their views. I was not the victim of his offence - Kenny was - but I lived with the drinking for a long time and I would like that to be considered when you decide how close to the township he is allowed to live.

Yours faithfully,

Catrìona MacAulay"""

B2_D7_P1 = """From:     Brewster, Gillian <gillian.brewster@justice.example.gov.uk>
Sent:     17 March 2025 10:05
To:       omu.glenbarrow@justice.example.gov.uk
Cc:       Lennox (Resettlement, Lomond Wing)
Subject:  FW: release day travel - [[n.s:MACLEOD]] A9016CP

Officer Lennox - for the release-day pack. The brother has booked and paid for the ferry himself, so no travel warrant is needed beyond the rail leg. Please remove the card number from anything that goes on the prisoner's file. Mr [[n.s:MacLeod]]'s discharge phone number will be 07700 900562 (his old number, returned by his brother).
GB

---------- Forwarded message ----------
From: Donald John MACLEOD <taighnamara@example.com>
Date: Sun, 16 Mar 2025 at 21:40
Subject: release day travel - [[n.s:Calum MacLeod]]
To: gillian.brewster@justice.example.gov.uk

Dear Mrs Brewster,

I have booked the boat for the day Calum Beag gets out. I will meet him off the train myself. Peigi says to tell you the room is ready. I paid on my card 4539 1488 0343 6467 (name on card D J MACLEOD) in case the prison needs to see it or wants to pay me back for his ticket.

Booking below.

DJ / Dòmhnall Iain
07700 900563

> ISLAND FERRYLINK - BOOKING CONFIRMATION  IFL-7Q4K2
> Booked by: Donald John MACLEOD   bookings contact: bookings@islandferrylink.example.co.uk
> Lead passenger address: Taigh na Mara, 7 Ceann a' Bhàigh, Isle of Lewis  YH2 0DT
> Sailing: 15:30 Ullapool to Stornoway, 10 April 2025
""" + table([
    ['> Pax', 'Name', 'Type', 'Concession'],
    ['> 1', 'Donald John MACLEOD', 'adult', 'island resident'],
    ['> 2', '[[n.s:Calum MACLEOD]]', 'adult', 'island resident (returning)'],
], [7, 24, 8]) + """
> Vehicle: none
> Phone on booking: 07700 900563   Changes: call 0141 496 0733 (FerryLink)
> Please bring photo ID. Islanders travel at the resident fare on production of proof of address."""

B2 = {
    'bundle_id': 'eval18-02',
    'subject': {
        'name': 'Calum Iain MACLEOD',
        'aliases': ['Calum Iain MacLeòid', 'Calum Iain Dhòmhnaill Ruaidh', 'Calum Beag',
                    'Calum Iain MacLeod', 'MACLEOD, Calum Iain', 'CIM'],
        'date_of_birth': '1963-08-02',
        'prison_number': 'A9016CP',
        'identifiers': {'ni_number': 'WK 63 08 21 B', 'nhs_number': '999 283 5141',
                        'pnc': '83/4417209B', 'cro': '117304/84B'},
        'contact': {'addresses': ["4 Baile na Creige, Ceann a' Bhàigh, Isle of Lewis"],
                    'phones': ['07700 900562'], 'emails': []},
    },
    'lex': B2_LEX,
    'docs': [
        ('pre-release-case-conference-invitation-letter', [B2_D1_P1]),
        ('brother-accommodation-offer-letter', [B2_D2_P1, B2_D2_P2]),
        ('cross-border-supervision-transfer-email-correspondence', [B2_D3_P1, B2_D3_P2]),
        ('crofting-tenancy-assignation-letter', [B2_D4_P1]),
        ('township-kinship-and-byname-record', [B2_D5_P1]),
        ('former-spouse-letter-declining-contact', [B2_D6_P1]),
        ('release-day-ferry-booking-forward', [B2_D7_P1]),
    ],
}

# =====================================================================
# Bundle 3 - Kurdish family from Turkey; police investigation of a feud
# =====================================================================
B3_LEX = """
n.s|Welat ASLAN
n.s|Welat Aslan
n.s|ASLAN, Welat
n.s|Velat ASLAN
n.s|Velat Aslan
n.s|Welatê Mehmûd
n.s|Welo
dob.s|09/05/2001
dob.s|9 May 2001
dob.s|09-MAY-2001
pnc.s|17/552310V
pnc.s|2017/0552310V
ni.s|SN 90 27 44 D
dl.s|ASLAN005091W99KT
pp.s|548213907
vrm.s|YK19 HVN
ph.s|07700 900618
ph.s|07700 900619
em.s|welat.aslan01@example.com
ad.s|41 Sandpiper Way, Hollinbrook
ad.s|Flat 2, 9 Mercer Street, Hollinbrook
pc.s|YE5 3JX
pc.s|YE2 7RA
n.t|Mehmet ASLAN
n.t|Mehmet Aslan
n.t|Mehmûd
n.t|Mehmet
n.t|Gulistan ASLAN
n.t|Gulîstan
n.t|Berfin ASLAN
n.t|Berfin
n.t|Hüseyin ASLAN
n.t|Hüseyin Aslan
n.t|Hüseyin
n.t|Welatê Hüseyin
n.t|Aslans
n.t|Rıza DEMİR
n.t|Rıza Demir
n.t|Rıza
n.t|Serhat DEMİR
n.t|Serhat Demir
n.t|Serhat
n.t|Baran DEMİR
n.t|Baran Demir
n.t|Baran
n.t|Zozan DEMİR
n.t|Zozan
n.t|Demirs
n.t|Janet PRIESTLEY
n.t|Janet Priestley
n.t|Janet
n.t|Priestley
n.t|Azad KAYA
n.t|Azad Kaya
n.t|Sinem OZTURK
n.t|Sinem Ozturk
n.t|Sinem
n.t|Dean
dob.t|17/02/1996
dob.t|28/08/1999
dob.t|03/12/2003
pnc.t|2019/0060455A
pnc.t|19/60455A
vrm.t|YC68 PRL
vrm.t|YD70 NUW
ph.t|07700 900644
ph.t|07700 900690
ph.t|0121 496 0877
em.t|janet.priestley@example.net
em.t|info@hkcc.example.org
em.t|s.ozturk@brookgatedefence.example.co.uk.cjsm.net
ad.t|12 Linnet Close, Hollinbrook
ad.t|39 Sandpiper Way, Hollinbrook
ad.t|7 Kingfisher Road, Hollinbrook
ad.s|Unit 4, Weaver's Yard, Hollinbrook
ad.t|Unit 1, Weaver's Yard, Hollinbrook
pc.t|YE5 3JT
pc.t|YE5 3JW
pc.t|YE5 4DA
pc.t|YE1 6PP
ip.t|198.51.100.77
ip.s|203.0.113.19
n.f|Mark HOLLOWAY
n.f|Mark Holloway
n.f|HOLLOWAY
n.f|Priya NANDRA
n.f|Priya Nandra
n.f|Nandra, Priya
n.f|NANDRA
n.f|Nandra
n.f|Priya
n.f|Tom ASHWORTH
n.f|ASHWORTH
n.f|Ashworth
n.f|Dilan YILDIZ
n.f|YILDIZ
n.f|Karen FOULKES
n.f|Karen Foulkes
n.f|K. Foulkes
n.f|Foulkes
n.f|FOULKES
ad.t|39 Sandpiper Way
ad.s|41 Sandpiper Way
n.f|PN
n.f|TA
n.f|KF
ph.f|0121 496 0163
ph.f|07700 900731
em.f|priya.nandra@northmere.example.police.uk
em.f|karen.foulkes@northmere.example.police.uk
ad.b|Hollinbrook Police Station, Canal Street, Hollinbrook
pc.b|YE1 4BN
ph.b|0121 496 0100
em.b|npt.hollinbrook@northmere.example.police.uk
"""

B3_D1_P1 = """NORTHMERE POLICE                                                  OFFICIAL-SENSITIVE
THREAT TO LIFE - WARNING NOTICE (delivered in person)
Issuing station: Hollinbrook Police Station, Canal Street, Hollinbrook YE1 4BN   Tel 0121 496 0100

Occurrence ref: NP/HB/25/004417            Risk owner: DI Mark HOLLOWAY (SIO)

TO (full name):        ASLAN, Welat
Also known as:         Velat ASLAN (name on Turkish identity papers); "Welo"; Welatê Mehmûd
Date of birth:         09/05/2001
Home address:          41 Sandpiper Way, Hollinbrook   Postcode: YE5 3JX
Mobile:                07700 900618
Vehicle:               YK19 HVN (grey Ford Focus, registered keeper)

1. Police have received information that there is a real and immediate threat to your life or
of serious harm to you. The information relates to the dispute between your family (the Aslans)
and the family of Rıza DEMİR of 12 Linnet Close, Hollinbrook YE5 3JT.

2. Police are not able to tell you the source of this information. Police are taking steps to
reduce the risk, but cannot guarantee your safety. You should consider:
   - varying your route to work at Unit 4, Weaver's Yard, Hollinbrook;
   - not travelling alone in YK19 HVN, which is known to those involved;
   - not going to the Linnet Close area or the Demirs' business premises;
   - telling police at once about any contact from Serhat DEMİR or Baran DEMİR.

3. This notice is about you only. Your cousin, who has the same name as you ([[n.t:Welat ASLAN]], born
17/02/1996, son of Hüseyin ASLAN), is being seen separately today. Do not assume that
information given to him applies to you, or the other way round.

Delivered by: DS Priya NANDRA         Witnessed by: PC Tom ASHWORTH
Date/time: 14/02/2025 18:20           Place: 41 Sandpiper Way (home address)

Recipient's comments: "I know it is the Demirs. Baran has been sending me things for weeks."
Signed (recipient): [[n.s:W. ASLAN]]"""

B3_D1_P2 = """ASLAN, Welat   DOB 09/05/2001   NP/HB/25/004417              THREAT TO LIFE WARNING - page 2

Officer's notes
The recipient was calm and asked that his parents, Mehmet and Gulistan ASLAN, not be told the
detail because of his mother's health. His sister Berfin (19) lives at the same address and was
present for part of the conversation. She was asked to leave before para. 1 was read.

The recipient gave an additional mobile, 07700 900619, which he uses for work, and his previous
address, Flat 2, 9 Mercer Street, Hollinbrook YE2 7RA, where he says Baran DEMİR has left notes.

Copy of notice given to recipient. Original to SIO. Cousin [[n.t:Welat ASLAN]] (b. 17/02/1996) served
at 7 Kingfisher Road, Hollinbrook YE5 4DA, 19:05, by DS NANDRA and PCSO Dilan YILDIZ, with
Kurmanji interpretation by PCSO YILDIZ. - PN"""

B3_D2_P1 = """[[ad.t:39 Sandpiper Way
Hollinbrook]]
YE5 3JW

16 February 2025

Inspector Karen Foulkes
Neighbourhood Policing Team
Hollinbrook Police Station, Canal Street, Hollinbrook
YE1 4BN

Dear Inspector Foulkes,

I am writing to you because the PCSO who came round on Friday said you were the person in charge of our area, and because I am frightened.

I have lived in my house for twenty-two years. The family next door moved in about six years ago and they have always been good neighbours to me. Mr [[n.t:Aslan]] (the father, Mehmet) cleared my path in the snow and the young lad, [[n.s:Welat]], fixed my fence last summer without being asked. I am telling you that so you understand I have no axe to grind.

Since Christmas there have been cars going up and down the road late at night. On 9 February at about 11.40pm a silver car, registration YD70 NUW, stopped outside their house and two young men got out and shouted up at the house. One of them was kicking [[n.s:Welat]]'s car. I have seen the same car outside the kebab shop on the parade and I am told it belongs to one of the [[n.t:Demir]] boys, the one they call Serhat, but I could not swear to which one it was on the night.

I do not want to be a witness in court. I am 74 and I live on my own. But I have written down the dates and times on the attached sheet and you are welcome to them. Please could somebody tell me whether I should be keeping my curtains shut. My daughter says I should move in with her for a while, but I do not want to be driven out of my own home.

I would be grateful if you did not tell either family that I have written. My telephone number is 07700 900644 and my email is janet.priestley@example.net (my grandson set it up).

Yours sincerely,

Janet Priestley (Mrs)"""

B3_D3_P1 = """NORTHMERE POLICE
Neighbourhood Policing Team - Hollinbrook
Hollinbrook Police Station, Canal Street, Hollinbrook YE1 4BN
Non-emergency: 0121 496 0100   npt.hollinbrook@northmere.example.police.uk

Our ref: NPT/HB/KF/0219
Your ref: your letter of 16 February 2025

Mrs J. Priestley
39 Sandpiper Way, Hollinbrook
YE5 3JW

21 February 2025

Dear Mrs [[n.t:Priestley]],

Thank you for your letter, and for the notes of dates and times, which I have passed to the detective sergeant dealing with the matter. I understand that you do not wish to be a witness and I will respect that. Nothing you have told us will be shared with either family.

I cannot discuss the investigation itself. What I can tell you is that extra patrols have been arranged for Sandpiper Way and Linnet Close, and that PC Tom ASHWORTH, your local beat officer, will call on you this week to talk about simple security measures. If you see anything happening, please ring 999 straight away rather than writing; you do not need to give your name.

You mentioned a car, YD70 NUW. I would ask you not to approach the car or anybody in it, and not to discuss it with your neighbours.

Yours sincerely,

K. Foulkes
Inspector, Hollinbrook Neighbourhood Policing Team
Direct dial 0121 496 0163   karen.foulkes@northmere.example.police.uk

cc: DS Priya NANDRA, Major Crime Team (ref NP/HB/25/004417)"""

B3_D4_P1 = """NORTHMERE POLICE - MAJOR CRIME TEAM                              OFFICIAL-SENSITIVE
ASSOCIATION CHART (text version) - Op KINGFISHER - [[n.t:ASLAN]] / [[n.t:DEMİR]] dispute
Prepared by DS P. NANDRA for the SIO (DI HOLLOWAY). Version 3, 24/02/2025.

Naming: the Aslans and the Demirs are Kurdish families from the same district in Turkey.
Turkish registry spellings ([[n.s:Velat]], Mehmet) differ from the Kurdish forms used at home
([[n.s:Welat]], Mehmûd). Men are often identified by their father's name, e.g. "Welatê Mehmûd"
(our subject of the warning notice) and "Welatê Hüseyin" (his cousin). ALWAYS use DOB.

MALA [[n.t:ASLAN]] (house of [[n.t:Aslan]])
  Mehmet ASLAN ("Mehmûd")  = Gulistan ASLAN ("Gulîstan")   41 Sandpiper Way, Hollinbrook YE5 3JX
     |-- Welat ASLAN  DOB 09/05/2001  PNC 17/552310V  veh YK19 HVN     [TTL notice served 14/02]
     |-- Berfin ASLAN DOB 03/12/2003  (friend of Zozan DEMİR until Nov 2024)
  Hüseyin ASLAN (Mehmet's brother)                          7 Kingfisher Road, Hollinbrook YE5 4DA
     |-- [[n.t:Welat ASLAN]]  DOB 17/02/1996  ("Welatê Hüseyin")     [TTL notice served 14/02]
           engaged to Zozan DEMİR 2023; engagement ended Oct 2024 -> start of dispute

MALA [[n.t:DEMİR]] (house of [[n.t:Demir]])
  Rıza DEMİR (head of family)                               12 Linnet Close, Hollinbrook YE5 3JT
     |-- Serhat DEMİR  DOB 28/08/1999  PNC 2019/0060455A  veh YD70 NUW (seen 09/02 Sandpiper Way)
     |-- Baran DEMİR   veh YC68 PRL; believed user of 07700 900690; IP 198.51.100.77 (see SM note)
     |-- Zozan DEMİR   former fiancée of [[n.t:Welat ASLAN]] (b. 1996). Not suspected of anything.

LINKS
  Serhat DEMİR  --(assault 02/01, victim)-->  [[n.t:Welat ASLAN]] (b. 1996)
  Baran DEMİR   --(malicious comms)------->  Welat ASLAN (b. 2001)
  Hüseyin ASLAN --(threats, alleged)------>  Rıza DEMİR
  Mehmet ASLAN  -- no adverse information; has asked elders to mediate

Community contact: Azad KAYA, chair, Hollinbrook Kurdish Community Centre, offering mediation.
Witness (reluctant, do not approach without Insp. FOULKES): Janet PRIESTLEY, 39 Sandpiper Way.
- PN"""

B3_D5_P1 = """HOLLINBROOK KURDISH COMMUNITY CENTRE
Navenda Civaka Kurd a Hollinbrook
Unit 1, Weaver's Yard, Hollinbrook YE1 6PP  -  0121 496 0877  -  info@hkcc.example.org
(Registered charity)

Mr Welat Aslan
[[ad.s:41 Sandpiper Way
Hollinbrook]]
YE5 3JX

3 March 2025

Dear [[n.s:Welat]],

Invitation to a family meeting (civîna malbatan)

As you know, the elders of both families asked the Centre in February whether we could help bring an end to the trouble between the Aslans and the Demirs. Your father, Mehmûd, and your uncle Hüseyin have agreed to come. Rıza Demir has also agreed to come with his eldest son.

We are writing to you separately because you are an adult and the decision to attend is yours. The meeting will be at the Centre on Sunday 16 March at 2pm. There will be no alcohol, no phones in the room and no one under 18. Serhat and Baran will not be present; Rıza has given his word on this. Your cousin [[n.t:Welat]] has also been invited and we have written to him at his own address.

We know the police are involved and nothing at the meeting will stop you speaking to them. This is not a court and nobody will be asked to admit anything. The purpose is to agree that the young men keep away from each other and that the women of both families, including your sister Berfin and Zozan, are left out of it.

Please let me know by 10 March whether you will come, using the Centre number above. Please ignore any card going round with the number 07700 900690 on it; it is not a Centre number and I do not know whose it is.

With respect,

Azad Kaya
Chair, Hollinbrook Kurdish Community Centre

cc: Mehmet ASLAN; Hüseyin ASLAN; Rıza DEMİR"""

B3_D6_P1 = """From:     Sinem Ozturk <s.ozturk@brookgatedefence.example.co.uk.cjsm.net>
Sent:     Wednesday, 26 February 2025 17:02
To:       Nandra, Priya <priya.nandra@northmere.example.police.uk>
Subject:  RE: Voluntary interview - Welat ASLAN (DOB 09/05/2001) - Op Kingfisher

DS Nandra,

Thank you for confirming the interview for 4 March at 10:00 at Hollinbrook. My client will attend. Before then I would ask for the pre-interview disclosure you mentioned, and in particular:

(a) confirmation that the allegation of criminal damage to YD70 NUW on 9 February is made by Serhat DEMİR and not by a member of the public. My client's position is that he was at home with his sister and was himself the target that night;

(b) confirmation that the messages my client reported on 10 February (from an account in Baran DEMİR's name) are being investigated as a separate matter. My client provided screenshots from his phone, 07700 900618, and his account login history showing his own access from 203.0.113.19 only;

(c) an assurance that your records distinguish my client from his cousin of the same name, born 17/02/1996. My client's PNC record (17/552310V) has previously had the cousin's 2022 caution attached to it in error.

My client is content for me to give you his UK passport number, 548213907, and driving licence number, ASLAN005091W99KT, to assist with identification. He does not consent to these being shared with any member of the [[n.t:Demir]] family or their representatives.

Regards,

Sinem Ozturk
Solicitor, Brookgate Defence
Please use the secure (CJSM) address above for all correspondence.

> On 25 Feb 2025, at 15:44, Nandra, Priya <priya.nandra@northmere.example.police.uk> wrote:
>
> Ms [[n.t:Ozturk]],
> I can confirm that your client Mr [[n.s:Aslan]] is invited to a voluntary interview under
> caution on 04/03/2025 at 10:00, Hollinbrook Police Station. He is not under arrest
> and may leave at any time. An interpreter is not required (Mr [[n.s:Aslan]] speaks English
> fluently) but PCSO YILDIZ will be available if he would prefer Kurmanji for any part.
> Please note my mobile for the day is 07700 900731.
>
> DS Priya Nandra | Major Crime Team | Northmere Police
> Hollinbrook Police Station, Canal Street, Hollinbrook YE1 4BN"""

B3_D7_P1 = """NORTHMERE POLICE - DIGITAL MEDIA REFERRAL NOTE
Op KINGFISHER    Ref NP/HB/25/004417/SM1    Author: DS P. NANDRA    Date: 27/02/2025

Reporting person: Welat ASLAN (b. 09-MAY-2001), 41 Sandpiper Way, Hollinbrook YE5 3JX
Contact: 07700 900618 / welat.aslan01@example.com

Summary
On 10/02/2025 the reporting person attended Hollinbrook and showed officers messages received
since 20/01/2025 from an account displaying the name Baran DEMİR. Messages include photographs
of the reporting person's car (YK19 HVN) outside his workplace and outside his previous address,
Flat 2, 9 Mercer Street, Hollinbrook. One message reads (translated from Kurmanji by PCSO YILDIZ):
"Welo, your cousin got lucky. Tell Welatê Hüseyin the next one is for you."

Platform return (received 25/02/2025)
""" + table([
    ['Event', 'Date/time (UTC)', 'IP address', 'Attributed to'],
    ['Account login', '20/01/2025 22:14', '198.51.100.77', 'Baran DEMİR (subscriber)'],
    ['Message sent', '09/02/2025 23:51', '198.51.100.77', 'Baran DEMİR (subscriber)'],
    ['Recipient login', '10/02/2025 07:02', '203.0.113.19', 'Welat ASLAN (reporting person)'],
], [17, 19, 16]) + """

Analysis
198.51.100.77 resolves to a home broadband line at 12 Linnet Close, Hollinbrook YE5 3JT (the
[[n.t:DEMİR]] family home). This does not identify which member of the household sent the messages.
Note that Serhat and Zozan also live there.

Actions
1. Voluntary interview of Baran DEMİR to be arranged - PN
2. Update reporting person and his solicitor (Sinem Ozturk, Brookgate Defence) - PN
3. Ensure the cousin's record is not linked: [[n.t:Welat ASLAN]] b. 17/02/1996 is a separate
   nominal; the reporting person's PNC is 2017/0552310V and his NI number is SN 90 27 44 D. - PN
4. Neighbour Janet (39 Sandpiper Way) not to be approached - Insp. FOULKES aware - KF"""

B3 = {
    'bundle_id': 'eval18-03',
    'subject': {
        'name': 'Welat ASLAN',
        'aliases': ['Velat ASLAN', 'Welatê Mehmûd', 'Welo', 'ASLAN, Welat', 'Welat Aslan'],
        'date_of_birth': '2001-05-09',
        'identifiers': {'ni_number': 'SN 90 27 44 D', 'pnc': '17/552310V'},
        'contact': {'addresses': ['41 Sandpiper Way, Hollinbrook', 'Flat 2, 9 Mercer Street, Hollinbrook'],
                    'phones': ['07700 900618', '07700 900619'], 'emails': ['welat.aslan01@example.com']},
    },
    'lex': B3_LEX,
    'docs': [
        ('threat-to-life-warning-notice', [B3_D1_P1, B3_D1_P2]),
        ('neighbour-letter-to-neighbourhood-inspector', [B3_D2_P1]),
        ('neighbourhood-inspector-reply-letter', [B3_D3_P1]),
        ('family-feud-association-chart', [B3_D4_P1]),
        ('community-centre-mediation-invitation-letter', [B3_D5_P1]),
        ('defence-solicitor-email-to-officer-in-case', [B3_D6_P1]),
        ('digital-media-referral-note', [B3_D7_P1]),
    ],
}

# =====================================================================
# Bundle 4 - Nepali (Gurkha family); youth justice service
# =====================================================================
B4_LEX = """
n.s|Aashish GURUNG
n.s|Aashish Gurung
n.s|GURUNG, Aashish
n.s|Gurung, Aashish
n.s|Aashish
n.s|Aash
n.s|Ash
n.s|Kanchha
n.s|AG
dob.s|11/02/2008
dob.s|11 February 2008
dob.s|11th Feb 2008
pnc.s|23/88716E
pnc.s|2023/0088716E
nhs.s|999 617 2082
ni.s|PH 31 77 05 A
ph.s|07700 900805
ph.s|07700 900188
em.s|ash.gurung08@example.com
ad.s|27 Rifleman Close, Farnbridge
pc.s|YD9 4QT
ip.s|192.0.2.44
n.t|Dil Bahadur GURUNG
n.t|Dil Bahadur Gurung
n.t|Dil Bahadur
n.t|DBG
n.t|Sunita GURUNG
n.t|Sunita Gurung
n.t|Sunita
n.t|Prakash GURUNG
n.t|Prakash Gurung
n.t|Prakash
n.t|Jetha
n.t|Asmita GURUNG
n.t|Asmita
n.t|Tek Bahadur GURUNG
n.t|Tek Bahadur Gurung
n.t|Tek Bahadur
n.t|Bikash GURUNG
n.t|Bikash Gurung
n.t|Bikash
n.t|Kamala GURUNG
n.t|Kamala
n.t|Gurungs
n.t|Tyler
n.t|Rita LIMBU
n.t|Rita Limbu
n.t|Danny FIELDHOUSE
n.t|Danny Fieldhouse
n.t|Danny
dob.t|04/06/2006
dob.t|19/09/1975
dob.t|02/03/1978
dob.t|28/10/2003
ph.t|07700 900806
ph.t|07700 900833
ph.t|0118 496 0741
em.t|dil.gurung@example.net
em.t|coach@farnbridgeboroughyfc.example.org
em.t|rita.limbu@gurkhawelfarehub.example.org
ad.t|Flat 3, 58 Alma Road, Farnbridge
ad.t|The Sports Pavilion, Mill Meadow, Farnbridge
ad.t|2 Sobraon Parade, Farnbridge
pc.t|YD9 6NR
pc.t|YD2 5BW
pc.t|YD3 7HS
n.f|Nisha GURUNG
n.f|Nisha Gurung
n.f|Nisha
n.f|NG
n.f|Martin ELWES
n.f|Martin Elwes
n.f|MJE
n.f|Claire BOTTOMLEY
n.f|Claire Bottomley
n.f|Claire
n.f|Bottomley, Claire
n.f|Bottomley
n.f|CB
n.f|Raj THAPA
n.f|THAPA
n.f|Thapa
n.f|RT
ph.f|0118 496 0317
ph.f|0118 496 0529
em.f|nisha.gurung@farnbridge.example.gov.uk
em.f|c.bottomley@fha.example.sch.uk
ad.b|Orchard House, Station Approach, Farnbridge
pc.b|YD1 3HB
ph.b|0118 496 0300
em.b|yjs.referrals@farnbridge.example.gov.uk
ad.b|Heath Lane, Farnbridge
pc.b|YD4 8EW
ph.b|0118 496 0522
em.b|safeguarding@fha.example.sch.uk
"""

B4_D1_P1 = """FARNBRIDGE YOUTH JUSTICE SERVICE
Orchard House, Station Approach, Farnbridge YD1 3HB
Tel 0118 496 0300   yjs.referrals@farnbridge.example.gov.uk

Our ref: YJS/0412
Please ask for: Nisha Gurung

Aashish Gurung and Mr Dil Bahadur Gurung
[[ad.s:27 Rifleman Close
Farnbridge]]
YD9 4QT

13 January 2025

Dear Aashish and Mr [[n.t:Gurung]],

Your first appointment with the Youth Justice Service

The youth court has made a referral order for 9 months. I am Aashish's case manager. I will be his main contact at the Youth Justice Service and I will help him and the family through the order. Before anything else I should say that, although we share a surname, I am not related to your family. [[n.s:Aashish]] has already asked me whether I am his "didi" (older sister) - I am not, but I am happy to be called Nisha.

Your first appointment is on Monday 20 January at 4.15pm at Orchard House. Aashish must attend with a parent or carer. At the appointment I will:
  - explain the referral order and what happens if appointments are missed;
  - start an assessment with Aashish about school, family, football and friendships;
  - agree how we keep Tyler (the young person harmed) and his family safe from any further contact.

Please bring Aashish's school timetable and, if you have it, his NHS number (the court papers show 999 617 2082, please tell me if that is wrong).

I know from the court that Aashish's grandfather lives with you and that the family may prefer to speak Nepali at home. An interpreter can be booked for any meeting; please ring me on my direct line, 0118 496 0317, to arrange it.

Yours sincerely,

Nisha Gurung
Youth Justice Case Manager
nisha.gurung@farnbridge.example.gov.uk

cc: Martin Elwes, Team Manager; Claire Bottomley, Designated Safeguarding Lead, Farnbridge Heath Academy"""

B4_D2_P1 = """From:     Bottomley, Claire <c.bottomley@fha.example.sch.uk>
Sent:     Friday, 7 February 2025 15:58
To:       Nisha Gurung <nisha.gurung@farnbridge.example.gov.uk>
Cc:       safeguarding@fha.example.sch.uk
Subject:  RE: Aashish GURUNG (Y11) - information sharing under the referral order

Hi Nisha,

As promised, a summary from school. Aashish (DOB 11/02/2008, Y11, tutor group 11HL) has had 96% attendance since the order started and no exclusions. He is on track for his GCSEs if he keeps going.

The one concern this week: on Tuesday the school network flagged a login to Aashish's school account from the library PC (192.0.2.44) during a free period, where he messaged a Year 10 pupil. I have copied the relevant lines below. The Year 10 pupil is Tyler's younger brother. I have spoken to Aashish and he accepts he sent them. No threats, but it is contact, and I know that is one of the things in his contract.

  [Teams chat export - 04/02/2025]
  13:02  Gurung, Aashish (Y11)   yo tell [[n.t:tyler]] i said sorry bro for real
  13:02  Gurung, Aashish (Y11)   my cousin [[n.t:bikash]] is the one that started it not me
  13:05  (no reply)
  13:06  Gurung, Aashish (Y11)   pls dont tell ur mum

I have also had a call from Aashish's older brother, Prakash, who rang reception (from 07700 900833) to ask whether the school could keep Bikash off the premises at pick-up time. Bikash Gurung is not a pupil here and is 21, I believe. I have told reception to phone police if he comes onto site.

Dad (Mr Dil Bahadur Gurung) has been in twice and has been very supportive. Mum works nights and prefers to be contacted by text on 07700 900806.

Best wishes,

Claire Bottomley
Designated Safeguarding Lead | Farnbridge Heath Academy
Heath Lane, Farnbridge YD4 8EW | 0118 496 0522 (main office) | direct 0118 496 0529"""

B4_D2_P2 = """From:     Nisha Gurung <nisha.gurung@farnbridge.example.gov.uk>
Sent:     Monday, 10 February 2025 09:12
To:       Bottomley, Claire <c.bottomley@fha.example.sch.uk>
Cc:       Martin Elwes
Subject:  RE: RE: Aashish GURUNG (Y11) - information sharing under the referral order

Claire - thank you, that is really helpful. I will talk to Aash about the messages at Wednesday's appointment. Please could you ask IT to stop his account messaging outside his year group for now.

On the cousin: there are two young men in this family whose names are easily confused on our systems - Bikash Gurung (cousin, 21) and Prakash Gurung (brother, 20). Bikash has no involvement with YJS. Please do not share anything about Bikash with us unless it is a safeguarding issue. Prakash is on the family group conference invitation list as a support for Aash.

Nisha

> On Fri, 7 Feb 2025 at 15:58, Bottomley, Claire <c.bottomley@fha.example.sch.uk> wrote:
> Hi Nisha, As promised, a summary from school. Aashish (DOB 11/02/2008, Y11 ...
> [quoted text trimmed]"""

B4_D3_P1 = """FARNBRIDGE YOUTH JUSTICE SERVICE - ASSESSMENT ANNEX B
HOUSEHOLD MEMBERS SCHEDULE
Young person: GURUNG, Aashish      DOB: 11/02/2008      YJS ref: YJS/0412
PNC: 23/88716E      NI number: PH 31 77 05 A (issued at 16)      NHS: 999 617 2082
Address: 27 Rifleman Close, Farnbridge YD9 4QT         Home phone: none; mobile 07700 900805
Completed with: Aashish and his father, 20/01/2025, Nepali interpreter present (booked via YJS)

""" + table([
    ['#', 'Name', 'Relationship to AG', 'DOB / age', 'Notes'],
    ['1', 'Aashish GURUNG', 'young person', '11/02/2008', 'youngest son - family call him "Kanchha"'],
    ['2', 'Dil Bahadur GURUNG', 'father', '19/09/1975', 'ex-Sgt, Gurkha regiment; works as security guard'],
    ['3', 'Sunita GURUNG', 'mother', '02/03/1978', 'care assistant, nights'],
    ['4', 'Prakash GURUNG', 'brother', '20', 'eldest son, called "Jetha"; apprentice electrician'],
    ['5', 'Asmita GURUNG', 'sister', '15', 'Y10 at another school'],
    ['6', 'Tek Bahadur GURUNG', 'paternal grandfather', '84', 'ex-Gurkha; speaks Nepali and Tamu Kyi only'],
], [3, 21, 22, 12]) + """

NOT living at the address but often present:
  Bikash GURUNG (cousin, DOB 28/10/2003), son of Dil Bahadur's brother. Lives at
  Flat 3, 58 Alma Road, Farnbridge YD9 6NR. Co-accused in the incident; dealt with in the adult court.
  Kamala GURUNG (aunt, Bikash's mother) - same address as Bikash.

Naming note: the family surname is a clan name shared by many unrelated Nepali families locally. The
case manager (Nisha GURUNG) and PC Raj THAPA (school liaison) are not related to the family.
In this family the sons' middle name is Bahadur in the older generation only; Aashish and
Prakash have no middle names. A letter addressed with the initial "A." alone could be meant for [[n.s:Aashish]] or Asmita -
always use full names on letters.

Checked with father 20/01. - NG     Countersigned 22/01 - MJE"""

B4_D4_P1 = """[Letter written in Nepali by Mr Tek Bahadur GURUNG and translated into English by his grandson
Prakash GURUNG. Handed to the case manager at the family group conference, 3 March 2025.]

27 Rifleman Close, Farnbridge

To the Youth Justice officers and the panel,

Namaste. My name is Tek Bahadur Gurung. I am 84 years old. I served twenty-two years in the Brigade of Gurkhas and I came to this country to live with my son Dil Bahadur and his family. Aashish is my youngest grandson. In our family he is called Kanchha, the little one, and I am afraid we have spoiled him.

I want to tell you that I am ashamed of what happened to the boy Tyler. In the army, and in our village, when a young man does wrong the whole family goes to the other family's door. My son has asked whether we may do this and he has been told that it must go through your office. I understand. Please tell Tyler's mother that the [[n.t:Gurung]] family is sorry - the old man as well as the boy.

[[n.s:Kanchha]] is not a bad boy. He is easily led by his cousin Bikash, who is older and has no father here to guide him. Since the trouble Aashish sits with me in the evenings and reads me the news in English. He has promised me he will not see Bikash except at family puja, when the elders are present.

I ask you to let him keep playing football. It is the only place he is calm, apart from with his grandmother, who is no longer with us.

Tek Bahadur Gurung
(signed in Nepali)

Translated by: Prakash Gurung (grandson), 07700 900833"""

B4_D5_P1 = """FARNBRIDGE YOUTH JUSTICE SERVICE
FAMILY GROUP CONFERENCE - PLAN
Young person: Aashish GURUNG (AG)   DOB 11/02/2008   Date of FGC: 03/03/2025, 17:30
Venue: community room, 2 Sobraon Parade, Farnbridge YD3 7HS (by kind permission of the Gurkha Welfare Hub)

ATTENDEES
""" + table([
    ['Name', 'Initials', 'Role'],
    ['Aashish GURUNG', 'AG', 'young person'],
    ['Dil Bahadur GURUNG', 'DBG', 'father'],
    ['Sunita GURUNG', '-', 'mother (joined 18:10 after work)'],
    ['Prakash GURUNG', '-', 'brother ("Jetha"), support for AG'],
    ['Tek Bahadur GURUNG', '-', 'grandfather (letter read in Nepali and English)'],
    ['Nisha GURUNG', 'NG', 'YJS case manager - no relation'],
    ['Martin ELWES', 'MJE', 'YJS team manager (chair for first 20 mins)'],
    ['Rita LIMBU', '-', 'Gurkha Welfare Hub caseworker, interpreter and host'],
    ['Danny FIELDHOUSE', '-', 'football coach (by invitation of the family)'],
], [21, 10]) + """
Not present: Asmita GURUNG (15, at school trip); Bikash GURUNG (not invited - co-accused).

FAMILY TIME
The family met privately for 40 minutes and produced the plan below in Nepali; Rita LIMBU
translated it. The Gurungs asked that the plan record the grandfather's wish to apologise to
Tyler's family in person; NG explained that this must go through the victim worker.

THE PLAN
1. AG will be home by 9pm on school nights; Prakash will collect him from football on Thursdays.
2. AG will not contact Tyler or Tyler's brother in any way, including on Teams or social media.
3. AG will not spend time with Bikash except at family events with DBG present.
4. DBG will keep AG's school email (ash.gurung08@example.com) password with the family so that
   messages can be checked together on Sundays.
5. Sunita will text NG on 07700 900806 if AG is not home by 9pm.
6. AG's old mobile, 07700 900188, has been given up; his number is now 07700 900805.

Agreed by all present. - NG
Plan reviewed by team manager 05/03/2025. - MJE"""

B4_D6_P1 = """FARNBRIDGE BOROUGH YOUTH FC
The Sports Pavilion, Mill Meadow, Farnbridge YD2 5BW
coach@farnbridgeboroughyfc.example.org

To: Nisha Gurung, Youth Justice Service
Re: Aashish Gurung (U18s), DOB 11th Feb 2008

24 February 2025

Dear Ms [[n.f:Gurung]],

I have coached Aashish since he joined our U12s, so about six years. His dad asked me to write something for the family meeting and I am happy to.

Ash is one of the most reliable lads in the squad. He has not missed a Thursday training session since September and he was voted players' player last season. He is quiet in the changing room and the younger boys look up to him. I was shocked to hear about what happened, and I will be honest that I had seen the cousin, Bikash, hanging round the car park after games and did not like the look of it. I have since asked Bikash not to come to the ground.

If it helps, the club is willing to let Aashish help out with the U10s on Saturday mornings as part of whatever he has to do for the order. He would be supervised by me and by another DBS-checked coach at all times.

You are welcome to ring me on 07700 900833 - sorry, that is his brother's number, mine is 0118 496 0741 (clubhouse, ask for Danny).

Yours sincerely,

Danny Fieldhouse
Head Coach, U18s, Farnbridge Borough Youth FC"""

B4_D7_P1 = """GURKHA WELFARE HUB (Farnbridge)
2 Sobraon Parade, Farnbridge YD3 7HS
A charity supporting Gurkha veterans and their families

Nisha Gurung
Farnbridge Youth Justice Service
Orchard House, Station Approach, Farnbridge YD1 3HB
By email: nisha.gurung@farnbridge.example.gov.uk

10 March 2025

Dear Nisha,

Reparation placement - Aashish GURUNG (your ref YJS/0412)

Further to the family group conference, I confirm that the Hub can offer Aashish a reparation placement of 2 hours each Saturday afternoon from 15 March, helping at our veterans' lunch club. Tasks will include setting up the hall, serving food and sitting with older members, several of whom, like his grandfather, speak little English.

Aashish will be supervised by me or by our volunteer coordinator. I should say in fairness that many of our members share the family's clan name and some know the family. Aashish's grandfather, Tek Bahadur Gurung, is a member and attends on Saturdays. We will make sure Aashish works on the other side of the room from him so that the placement is not a family visit!

Please send me the risk information I need to know. I understand from the conference that there must be no contact with Bikash Gurung, who is not a member and is not welcome at the Hub.

With best wishes,

Rita Limbu
Caseworker, Gurkha Welfare Hub
rita.limbu@gurkhawelfarehub.example.org"""

B4 = {
    'bundle_id': 'eval18-04',
    'subject': {
        'name': 'Aashish GURUNG',
        'aliases': ['Aashish Gurung', 'Ash', 'Aash', 'Kanchha', 'GURUNG, Aashish', 'AG'],
        'date_of_birth': '2008-02-11',
        'identifiers': {'ni_number': 'PH 31 77 05 A', 'nhs_number': '999 617 2082', 'pnc': '23/88716E'},
        'contact': {'addresses': ['27 Rifleman Close, Farnbridge'],
                    'phones': ['07700 900805', '07700 900188'], 'emails': ['ash.gurung08@example.com']},
    },
    'lex': B4_LEX,
    'docs': [
        ('yjs-first-appointment-letter-to-young-person-and-parent', [B4_D1_P1]),
        ('school-safeguarding-lead-email-exchange-with-yjs', [B4_D2_P1, B4_D2_P2]),
        ('household-members-schedule', [B4_D3_P1]),
        ('grandparent-character-letter-translated', [B4_D4_P1]),
        ('family-group-conference-plan', [B4_D5_P1]),
        ('sports-coach-reference-letter', [B4_D6_P1]),
        ('charity-reparation-placement-offer-letter', [B4_D7_P1]),
    ],
}

# =====================================================================
# Bundle 5 - Filipino; victim of domestic abuse; Crown Court trial,
# witness care and probation victim liaison
# =====================================================================
B5_LEX = """
n.s|Maria Cristina Reyes DELA CRUZ
n.s|Maria Cristina Reyes Dela Cruz
n.s|DELA CRUZ, Maria Cristina
n.s|Maria Cristina DELA CRUZ
n.s|Maria Cristina Dela Cruz
n.s|Ma. Cristina R. Dela Cruz
n.s|Maria Cristina Dela Cruz-Manalo
n.s|Cristina
n.s|Tina Dela Cruz
n.s|Tina
n.s|MCDC
dob.s|24/10/1980
dob.s|24 October 1980
dob.s|October 24, 1980
nhs.s|999 352 0918
ni.s|HT 71 40 36 D
ni.s|HT714036D
pp.s|519473628
ph.s|07700 900311
ph.s|07700 900302
em.s|tina.delacruz@example.com
ad.s|Flat 11, Juniper Court, 4 Orchard Rise, Wellmarsh
ad.s|63 Tarragon Drive, Wellmarsh
pc.s|YN3 8SL
pc.s|YN6 2DF
sc.s|20-45-77
acc.s|41873920
iban.s|GB78 NWBK 2045 7741 8739 20
n.t|Rodel Santos MANALO
n.t|Rodel MANALO
n.t|Rodel
n.t|L. Okafor
n.t|Maria Luisa
n.t|MANALO, Rodel Santos
n.t|Rodel MANALO Jr.
n.t|Rodel Jr.
n.t|RJ
n.t|Angelica DELA CRUZ MANALO
n.t|Angelica
n.t|Angel
n.t|Maria Luisa DELA CRUZ
n.t|Maria Luisa Dela Cruz
n.t|Malou
n.t|Erlinda Reyes DELA CRUZ
n.t|Erlinda
n.t|Jose Antonio SANTOS
n.t|Jose Antonio Santos
n.t|Jose
n.t|Manalos
n.t|Graham PETTIFER
n.t|PETTIFER
n.t|PETTIFER, Graham
n.t|O'SULLIVAN, Bernadette
n.f|BEVAN, Lorraine
ad.s|63 Tarragon Drive
n.t|Bernadette O'SULLIVAN
n.t|Bernadette O'Sullivan
n.t|Joy MWANGI
n.t|Joy Mwangi
n.t|Joy
n.t|Pat
dob.t|05/06/1977
dob.t|30/01/2005
dob.t|14/08/2009
pnc.t|2010/2267391G
cro.t|391208/09J
pn.t|A4827DX
ph.t|07700 900327
ph.t|07700 900349
ph.t|0117 496 0788
ph.t|0117 496 0815
em.t|malou.santos@example.net
em.t|wellmarsh@witnessservice.example.org
em.t|manager@larkspurcare.example.co.uk
ad.t|Larkspur House Care Home, Station Road, Wellmarsh
ad.t|9 Fennel Close, Bradmere
pc.t|YN4 7BE
pc.t|YR8 3LN
n.f|Helen ASPINALL
n.f|Helen Aspinall
n.f|Aspinall, Helen
n.f|Helen
n.f|HA
n.f|Dean ROWBOTHAM
n.f|Dean Rowbotham
n.f|Rowbotham, Dean
n.f|Dean
n.f|Farida HUSSAIN
n.f|Farida Hussain
n.f|CARTWRIGHT
n.f|Lorraine BEVAN
n.f|Bevan
n.f|BEVAN
n.f|K. Osei
n.f|Osei
ph.f|0117 496 0652
ph.f|0117 496 0463
ph.f|0141 496 0347
em.f|helen.aspinall@justice.example.gov.uk
em.f|dean.rowbotham@westvale.example.police.uk
ad.b|The Law Courts, Priory Street, Wellmarsh
pc.b|YN1 1QF
ph.b|0117 496 0200
ad.b|Probation Office, Castle Walk, Wellmarsh
pc.b|YN2 4AE
ph.b|0117 496 0640
em.b|vlu.wellmarsh@justice.example.gov.uk
ad.b|Wellmarsh Police Station, Bridge Road, Wellmarsh
pc.b|YN1 5HU
ph.b|0117 496 0455
em.b|witnesscare.wellmarsh@westvale.example.police.uk
ad.b|Quayside House, Waterfront Way, Glasgow
pc.b|YG2 8QW
ph.b|0141 496 0300
em.b|enquiries@cica.example.gov.uk
"""

B5_D1_P1 = """WITNESS SERVICE - Wellmarsh Crown Court
Volunteer-led support for witnesses (a charity service)
Witness Service office, The Law Courts, Priory Street, Wellmarsh YN1 1QF
Tel 0117 496 0788   wellmarsh@witnessservice.example.org

PRIVATE - ADDRESSEE ONLY

Ms Maria Cristina Dela Cruz
[[ad.s:Flat 11, Juniper Court
4 Orchard Rise
Wellmarsh]]
YN3 8SL

17 April 2025

Dear Ms [[n.s:Dela Cruz]],

Your pre-trial visit - R v Rodel Santos MANALO

Thank you for speaking to me on the phone yesterday. As agreed, I have booked a pre-trial visit for you at the court on Tuesday 29 April at 2pm, before the trial starts on 12 May. You will be able to see the courtroom and the screen that will be put around the witness box, and the separate waiting room.

You asked whether your sister may come with you. Yes: Ms Maria Luisa Dela Cruz is welcome to attend the visit. Please be aware that because your son, Rodel Jr., is also a prosecution witness, he cannot come on the same visit or discuss his evidence with you before the trial. I am sorry - I know that is hard in a family. Dean Rowbotham at the Witness Care Unit can arrange a separate visit for him.

On the day, please come to the main entrance and ask security to ring the Witness Service. We will meet you there, so that you do not need to wait in the public areas where members of the defendant's family may be.

If anything changes please ring the office. Volunteers cannot give you advice about your evidence.

Kind regards,

Pat
Witness Service volunteer (we use first names only)
Witness Service office, Wellmarsh Crown Court"""

B5_D2_P1 = """APPLICATION FOR A SPECIAL MEASURES DIRECTION (prosecution) - extract
The Crown Court at Wellmarsh, The Law Courts, Priory Street, Wellmarsh YN1 1QF
Case: R v MANALO, Rodel Santos     Defendant DOB: 05/06/1977     PNC: 2010/2267391G
Prosecutor: Farida Hussain (CPS)   Officer in case: DC Lorraine BEVAN

PART A - WITNESS
Name:                  DELA CRUZ, Maria Cristina (known as "Tina")
Other names used:      Maria Cristina Dela Cruz-Manalo (married name, no longer used);
                       on Philippine documents "Ma. Cristina R. Dela Cruz"
Date of birth:         24/10/1980
Relationship to D:     former wife (married 2003, separated 2023)
Address:               not to be disclosed to the defence - held by Witness Care
Language:              English (fluent); Tagalog at home. No interpreter needed.

PART B - MEASURES SOUGHT
[x] screen          [x] live link (fallback)     [ ] removal of wigs and gowns
[x] supporter in the live-link room: Joy Mwangi, IDVA (charity), or her sister
    Maria Luisa DELA CRUZ if the IDVA is unavailable

PART C - REASONS
The witness is a complainant in proceedings for controlling or coercive behaviour and assault
occasioning actual bodily harm. She describes fear of seeing the defendant and of members of
his family in court. The defendant's brothers and the wider [[n.t:Manalo]] family have attended every
hearing. She reports that a cousin of the defendant told her at the last hearing that "the
Manalos do not forget". The witness's daughter, Angelica (15), is not a witness.

A second witness in the family, the defendant's and the witness's son Rodel MANALO Jr.
(DOB 30/01/2005), is the subject of a separate application. Care must be taken not to confuse
the son with the defendant: they share a name. The son is known in the family as "RJ".

Views of the witness: obtained by DC Bevan on 02/04/2025. She asks for a screen and, if
she cannot face the court, the live link. She would like her sister Malou to sit with her."""

B5_D3_P1 = """THE CROWN COURT AT WELLMARSH                                    Court 3
R v MANALO, Rodel Santos  (T2025/0187)          HHJ CARTWRIGHT
PROSECUTION WITNESS RUNNING ORDER - as at 09/05/2025 (for listing and witness care only)

""" + table([
    ['Day', 'Time', 'Witness', 'Type', 'Special measures', 'Notes'],
    ['1', '14:00', 'DELA CRUZ, Maria Cristina', 'complainant', 'screen; supporter', 'ABE not used; MG11 read in part'],
    ['2', '10:00', '[[n.t:MANALO, Rodel]] (Jr.)', 'son of D and W1', 'live link', 'NOT the defendant - see DOB 30/01/2005'],
    ['2', '14:00', 'PETTIFER, Graham', 'neighbour', 'none', 'heard shouting 14/11/2024'],
    ['2', '15:00', 'DC BEVAN, Lorraine', 'officer in case', 'none', 'interview and exhibits'],
    ['3', '10:00', "O'SULLIVAN, Bernadette", 'employer of W1', 'none', 'injuries seen at work'],
], [5, 7, 28, 17, 19]) + """

Witness care contact for all civilian witnesses: Dean ROWBOTHAM, Witness Care Unit,
Wellmarsh Police Station, Bridge Road, Wellmarsh YN1 5HU, 0117 496 0455.

Family members expected in the public gallery (per OIC): the defendant's brothers and
cousins (the Manalos); the witness's mother Erlinda Reyes DELA CRUZ and sister
Maria Luisa DELA CRUZ (supporting W1). Jose Antonio SANTOS (W1's brother-in-law, no relation
to the defendant despite the defendant's middle name) has asked to sit with the [[n.t:DELA CRUZ]] family.
Usher to seat the two families on opposite sides.

Prosecution: Farida Hussain      Defence: Mr L. Okafor of counsel      CPS ref: withheld
Listing office: The Law Courts, Priory Street, Wellmarsh YN1 1QF, 0117 496 0200"""

B5_D4_P1 = """From:     Maria Luisa Dela Cruz <malou.santos@example.net>
Sent:     Sunday, 25 May 2025 22:31
To:       vlu.wellmarsh@justice.example.gov.uk
Cc:       Tina Dela Cruz <tina.delacruz@example.com>
Subject:  My sister Tina - Rodel's sentence and what happens next

Dear Ms [[n.f:Aspinall]],

My name is Maria Luisa Dela Cruz but everyone calls me Malou. I am the younger sister of Maria Cristina Dela Cruz (Tina), who was the victim in the case against Rodel MANALO. Tina has said I can write to you for her because she has been too tired since the trial to deal with all the letters. She is copied in.

We were told after the sentence that someone from probation would explain what happens while he is in prison and when he comes out. Tina wants to be in the scheme. I have three questions from her and one from me.

1. Will he be told where Tina lives now? She moved from the house at 63 Tarragon Drive to the new flat last year and she is terrified he will find it. The new address is on her witness forms.
2. Can there be a condition that he does not contact the children? RJ is 20 and can decide for himself, but Angelica is only 15.
3. Can the condition also cover our mother? Erlinda lives with me and my husband Jose at 9 Fennel Close, Bradmere YR8 3LN. The Manalos know that address.
4. (from me) Is it normal that nobody rang Tina after the sentence? She found out the length of the sentence from a cousin on Facebook.

My number is 07700 900327, or Tina's is 07700 900311. Please don't ring Tina's old number 07700 900302 - Rodel still has it.

Salamat po (thank you),
Malou
Maria Luisa Dela Cruz

> On Thu, 22 May 2025, Aspinall, Helen <helen.aspinall@justice.example.gov.uk> wrote:
> Dear Ms [[n.s:Dela Cruz]],
> I am the Victim Liaison Officer allocated following Mr [[n.t:Manalo]]'s sentence on 16 May.
> I would like to arrange a meeting to explain the Victim Contact Scheme. You may bring a
> supporter. Please ring me on 0117 496 0652 (or the unit on 0117 496 0640), or reply to
> vlu.wellmarsh@justice.example.gov.uk.
> Helen Aspinall, Victim Liaison Officer, Probation Office, Castle Walk, Wellmarsh YN2 4AE"""

B5_D5_P1 = """PROBATION SERVICE - VICTIM LIAISON UNIT, WELLMARSH              OFFICIAL-SENSITIVE
PROTECTED PERSONS AND EXCLUSION ZONE SCHEDULE (for licence condition requests)
Offender: MANALO, Rodel Santos   Prison no: A4827DX   PNC: 2010/2267391G   CRO: 391208/09J
Victim in the VCS: DELA CRUZ, Maria Cristina   DOB 24 October 1980   VLO: Helen ASPINALL (HA)

PERSONS THE VICTIM ASKS TO BE PROTECTED BY NON-CONTACT CONDITIONS
""" + table([
    ['Name', 'Relationship', 'DOB', 'Address to be shared with OM?'],
    ['Maria Cristina Reyes DELA CRUZ', 'victim', '24/10/1980', 'NO - do not disclose'],
    ['Angelica DELA CRUZ MANALO', 'daughter (15)', '14/08/2009', 'NO - lives with victim'],
    ['Rodel MANALO Jr. ("RJ")', 'son (20)', '30/01/2005', 'n/a - has his own view'],
    ['Maria Luisa DELA CRUZ', 'sister of victim', 'not given', '9 Fennel Close, Bradmere YR8 3LN'],
    ['Erlinda Reyes DELA CRUZ', 'mother of victim', 'not given', 'as Maria Luisa'],
], [32, 18, 12]) + """

EXCLUSION ZONE REQUESTED
Area bounded by the ring road, including [[ad.s:Orchard Rise]] (victim's current home - shown on the
map as a zone only; the street address Flat 11, Juniper Court, 4 Orchard Rise, Wellmarsh YN3 8SL
is NOT to be given to the offender manager in writing) and the victim's workplace (employer
details are held by Witness Care).
The former matrimonial home, 63 Tarragon Drive, Wellmarsh YN6 2DF, has been sold; no zone needed.

NOTES
- The victim's son RJ has said he wants contact with his father. Non-contact for RJ is the
  victim's wish but RJ is an adult; OM to decide. - HA
- Victim's middle name ([[n.s:Reyes]]) is her mother's maiden name; her mother is Erlinda Reyes DELA CRUZ.
  Do not confuse with the victim's sister, who also has the first name [[n.t:Maria]]. - HA
- Jose Antonio SANTOS (brother-in-law) is no relation of the offender. - HA"""

B5_D6_P1 = """CRIMINAL INJURIES COMPENSATION AUTHORITY
Quayside House, Waterfront Way, Glasgow YG2 8QW
Tel 0141 496 0300   enquiries@cica.example.gov.uk

Ms Ma. Cristina R. Dela Cruz
Flat 11, Juniper Court, 4 Orchard Rise, Wellmarsh
YN3 8SL

Your reference: -            Our reference: CICA/25/118204/CS
Date: 2 June 2025

Dear Ms [[n.s:Dela Cruz]],

Confirmation of payment details - interim award

You accepted our offer of an interim award on 28 May 2025. Before we make the payment, please check the details below, which you gave us by telephone on 30 May. If any of them is wrong, ring us before 13 June.

  Applicant:          Maria Cristina Reyes DELA CRUZ
  Date of birth:      October 24, 1980
  NI number:          HT714036D
  Account name:       [[n.s:MC Reyes Dela Cruz]]
  Sort code:          20-45-77
  Account number:     41873920
  IBAN (if paying from abroad is ever needed): GB78 NWBK 2045 7741 8739 20

You told us that your previous joint account with Mr Rodel Santos MANALO has been closed and that no payment should be made to it. We have removed that account from your application.

We have also noted that your former address, 63 Tarragon Drive, Wellmarsh YN6 2DF, should no longer be used, and that correspondence should not be sent to your sister Ms Maria Luisa Dela Cruz, who helped you complete the application, unless you ask us to.

Yours sincerely,

K. Osei
Case Officer, Team 4 | Direct line 0141 496 0347"""

B5_D7_P1 = """LARKSPUR HOUSE CARE HOME
Larkspur House Care Home, Station Road, Wellmarsh YN4 7BE
Tel 0117 496 0815   manager@larkspurcare.example.co.uk

To: Dean Rowbotham, Witness Care Unit
Wellmarsh Police Station, Bridge Road, Wellmarsh YN1 5HU
witnesscare.wellmarsh@westvale.example.police.uk

6 May 2025

Dear Mr [[n.f:Rowbotham]],

Tina Dela Cruz - senior carer - trial dates

I confirm that Tina (Maria Cristina Dela Cruz) has worked at Larkspur House as a senior carer since 2016. Her normal pattern is four 12-hour shifts a week, days and nights in rotation. I have taken her off the rota for the week of 12 May so that she can attend the trial, and she will be paid as normal.

I understand I am also a witness because I saw her injuries at work in November. Please can my evidence be on a different day from Tina's so that we are not both away from the home at once? We are short of staff. I would also ask that my home address is not given out; please use the care home.

For your records, Tina's emergency contact on our system is her sister Malou (07700 900327). Her husband used to be listed and I removed him in 2023 at Tina's request.

Yours sincerely,

Bernadette O'Sullivan
Registered Manager"""

B5_D8_P1 = """From:     Tina Dela Cruz <tina.delacruz@example.com>
Sent:     Monday, 28 April 2025 06:55
To:       Rowbotham, Dean <dean.rowbotham@westvale.example.police.uk>
Cc:       witnesscare.wellmarsh@westvale.example.police.uk; Joy Mwangi
Subject:  Re: your witness care needs assessment - [[n.s:DELA CRUZ]]

Hi Dean,

Sorry for the early email, I am just finishing a night shift. Answers to your form:

- My name on the court papers should be Maria Cristina DELA CRUZ. Please not "[[n.s:Manalo]]" any more. My passport number is 519473628 if the court needs to check ID.
- My date of birth is 24/10/1980 (the form had 10/24 because it was the American way).
- Mobile 07700 900311. My old mobile was 07700 900302 but Rodel still has that phone, so please delete it from your system.
- My NHS number is 999 352 0918, for the help with counselling.
- I would like Joy from the IDVA service to come with me, or my sister Malou. Joy's mobile is 07700 900349.
- My son RJ will tell you himself what he wants. Please do not send his letters to me.
- My daughter Angel is not a witness and I do not want her name read out.

Thank you for everything.
Tina

Sent from my phone

> On 25 Apr 2025, at 16:10, Rowbotham, Dean <dean.rowbotham@westvale.example.police.uk> wrote:
> Dear Ms [[n.s:Dela Cruz]], please reply with any needs for the trial starting 12 May. You can
> call me directly on 0117 496 0463 (Mon-Fri) or the unit on 0117 496 0455.
> Dean Rowbotham | Witness Care Officer | Wellmarsh Police Station, Bridge Road, Wellmarsh YN1 5HU"""

B5 = {
    'bundle_id': 'eval18-05',
    'subject': {
        'name': 'Maria Cristina Reyes DELA CRUZ',
        'aliases': ['Tina', 'Tina Dela Cruz', 'Ma. Cristina R. Dela Cruz', 'Maria Cristina Dela Cruz-Manalo',
                    'DELA CRUZ, Maria Cristina', 'Maria Cristina Dela Cruz'],
        'date_of_birth': '1980-10-24',
        'identifiers': {'ni_number': 'HT714036D', 'nhs_number': '999 352 0918'},
        'contact': {'addresses': ['Flat 11, Juniper Court, 4 Orchard Rise, Wellmarsh', '63 Tarragon Drive, Wellmarsh'],
                    'phones': ['07700 900311', '07700 900302'], 'emails': ['tina.delacruz@example.com']},
    },
    'lex': B5_LEX,
    'docs': [
        ('witness-service-pretrial-visit-letter', [B5_D1_P1]),
        ('special-measures-application-extract', [B5_D2_P1]),
        ('trial-witness-running-order', [B5_D3_P1]),
        ('relative-email-to-victim-liaison-unit', [B5_D4_P1]),
        ('protected-persons-and-exclusion-zone-schedule', [B5_D5_P1]),
        ('cica-payment-details-confirmation-letter', [B5_D6_P1]),
        ('employer-letter-to-witness-care-unit', [B5_D7_P1]),
        ('victim-email-reply-to-witness-care-officer', [B5_D8_P1]),
    ],
}

BUNDLES = [B1, B2, B3, B4, B5]
PUBLIC_BODIES = [
    {'name': 'HMP Fernhollow', 'phones': ['0113 496 0750'], 'postcodes': ['ZH4 7DX'],
     'addresses': ['Fernhollow Lane, Brinsworth'],
     'emails': ['familyservices.fernhollow@justice.example.gov.uk']},
    {'name': "Brinsworth City Council Children's Services", 'phones': ['0113 496 0921'],
     'postcodes': ['ZH1 2LW'], 'addresses': ['Civic Offices, Sedge Street, Brinsworth'],
     'emails': ['childrens.frontdoor@brinsworth.example.gov.uk']},
    {'name': 'HMP Glenbarrow', 'phones': ['0161 496 0200'], 'postcodes': ['YL7 2QA'],
     'addresses': ['Moss Road, Kelderby'], 'emails': ['omu.glenbarrow@justice.example.gov.uk']},
    {'name': 'Innse Gall Council (criminal justice social work and housing options)',
     'phones': ['0131 496 0455'], 'postcodes': ['YH1 2AB'],
     'addresses': ['Council Offices, Quay Street, Port Ronan'], 'emails': ['cjsw@innsegall.example.gov.uk']},
    {'name': 'Crofting Commission', 'phones': ['0131 496 0618'], 'postcodes': ['YG3 8RP'],
     'addresses': ['Commission Buildings, Longman Quay, Inverness'],
     'emails': ['crofting.regulation@crofting.example.gov.uk']},
    {'name': 'Northmere Police - Hollinbrook Police Station', 'phones': ['0121 496 0100'],
     'postcodes': ['YE1 4BN'], 'addresses': ['Hollinbrook Police Station, Canal Street, Hollinbrook'],
     'emails': ['npt.hollinbrook@northmere.example.police.uk']},
    {'name': 'Farnbridge Youth Justice Service', 'phones': ['0118 496 0300'], 'postcodes': ['YD1 3HB'],
     'addresses': ['Orchard House, Station Approach, Farnbridge'],
     'emails': ['yjs.referrals@farnbridge.example.gov.uk']},
    {'name': 'Farnbridge Heath Academy', 'phones': ['0118 496 0522'], 'postcodes': ['YD4 8EW'],
     'addresses': ['Heath Lane, Farnbridge'], 'emails': ['safeguarding@fha.example.sch.uk']},
    {'name': 'The Crown Court at Wellmarsh', 'phones': ['0117 496 0200'], 'postcodes': ['YN1 1QF'],
     'addresses': ['The Law Courts, Priory Street, Wellmarsh'], 'emails': []},
    {'name': 'Probation Service - Victim Liaison Unit, Wellmarsh', 'phones': ['0117 496 0640'],
     'postcodes': ['YN2 4AE'], 'addresses': ['Probation Office, Castle Walk, Wellmarsh'],
     'emails': ['vlu.wellmarsh@justice.example.gov.uk']},
    {'name': 'Westvale Police - Witness Care Unit, Wellmarsh', 'phones': ['0117 496 0455'],
     'postcodes': ['YN1 5HU'], 'addresses': ['Wellmarsh Police Station, Bridge Road, Wellmarsh'],
     'emails': ['witnesscare.wellmarsh@westvale.example.police.uk']},
    {'name': 'Criminal Injuries Compensation Authority', 'phones': ['0141 496 0300'], 'postcodes': ['YG2 8QW'],
     'addresses': ['Quayside House, Waterfront Way, Glasgow'], 'emails': ['enquiries@cica.example.gov.uk']},
]

# ------------------------------------------------------------------ building
EXISTING_KINDS = set("""
999-call-transcript abscond-risk-assessment accredited-programme-attendance-register acct-case-review
adjudication adjudication_record adults-at-risk-detention-review age-assessment-outcome-summary
airline-passenger-name-record ambulance-patient-report-form anpr-vehicle-check anpr_report
ap-night-staff-handover-log ap-resident-induction-checklist appeal-notice appeal-skeleton-argument
appropriate-adult-attendance-record approved-premises-curfew-register approved-premises-fire-roll-call-sheet
approved-premises-incident-chronology approved-premises-medication-administration-chart
approved-premises-resident-meeting-minutes approved-premises-room-search-record approved-premises-visitor-book
approved-premises-warning-letter approved-premises-wifi-access-log approved-visitor-list approved_premises_referral
armed-forces-compensation-scheme-award-letter armed-forces-service-record-summary arrest-enquiry-team-briefing-sheet
asb-warning-letter asset-plus-assessment-extract asylum-screening-interview asylum-substantive-interview-extract
attendance-centre-session-report bail-accommodation-sponsor-letter bail-charity-caseworker-chronology
bail-information-report bank-fraud-referral-form bank_statement befriending-scheme-match-form benefits_letter
body-worn-video-log border-force-baggage-examination-log border-force-cash-seizure-notice boxing-club-mentor-report
breach-warning-letter c100-application-extract cafcass-safeguarding-letter canteen-order-sheet car-insurance-certificate
cardiology-outpatient-letter care-act-needs-assessment care-home-rota-extract care-programme-approach-review
carers-assessment-record cas3-accommodation-referral case-notes cash-detention-application cat-a-annual-review-report
ccrc-application-form-extract cctv-request-form cell-bell-response-log cell-search-record cell-sharing-risk-assessment
cell-site-analysis-report-extract certified-translation-of-correspondence chapel-attendance-register chaplaincy-notes
charge-sheet-bilingual charity-bail-referral-form chat-health-screening-summary child-contact-centre-report
child-exploitation-strategy-meeting-minutes child-safeguarding-practice-review-extract church-baptism-record
church-letter-of-support citizens-advice-case-notes closed-visits-review-board-minutes cloud-account-preservation-request
cmht-care-coordinator-letter community-order-induction-record community-payback-supervisor-log comp1-complaint
companies-register-officer-extract compassionate-leave-funeral-request compensation-payment complaint-reply
complaint_comp1 complex-case-consultation-minutes consular-notification-record coroner-inquest-witness-list
coroner-witness-summons coroners-officer-family-contact-log coroners-record-of-inquest council-tax-letter
country-expert-report-extract court-bundle-index court-hearing-record court-interpreter-invoice court-listing
court-order-variation-application court_register cps_case_summary crime_report criminal-behaviour-order-draft-terms
crown-court-indictment custody-healthcare-assessment custody-record custody_record cyber-ip-log dash-risk-checklist
dating-app-profile-printout day-release-licence-card dbs-style-disclosure-letter debt-advice-letter
deceased-property-release-form dentist-referral-letter deportation-decision-letter-extract
detached-youth-work-outreach-log detainee-custody-officer-incident-account detention-gatekeeper-decision-minute
device-monitoring-alert-report diabetic-eye-screening-letter direct-payments-agreement discharge-bank-account-form
discharge-grant-receipt distance-learning-grant-application diversity-incident-report-form domestic-abuse-refuge-referral
drink-drive-rehabilitation-course-referral drug-service-referral drug-test-lab-report drugs-line-attribution-report
dvds-disclosure-record dvla-driving-ban-notice dvla_vehicle_check education-enrolment-form education_work_record
ehcp-annual-review-extract electoral-register-extract em-tag-installation-report email email-printout email-thread
email_printout email_thread employer-disclosure-record employer-placement-monitoring-visit
employment-agency-registration-form employment-reference employment-site-induction-record employment-tribunal-letter
encrypted-device-attribution-matrix escape-list-review-notice escort-contractor-movement-order
eurodac-fingerprint-match-record exceptional-case-funding-decision exhibit-continuity-record exhibit_list
exploitation-screening-tool external-hospital-escort-risk-assessment extradition-hearing-opening-note
extradition-order-notice extradition-surety-assessment facebook-messenger-printout family-court-directions-order
family-court-letter family-court-position-statement family-day-application family-day-attendee-list
family-engagement-worker-notes family-letter family-liaison-officer-log family-support-worker-home-visit-report
family-ties-overnight-release-plan family-tracing-request-form family_letter family_letter_transcription
fax_cover_sheet finance-statement finance_paperwork financial-investigation financial_investigation
fine-enforcement-letter fire-service-home-safety-visit first-night-centre-interview first-tier-tribunal-bail-decision
fl401-application-extract fnp-home-office-referral food-bank-voucher-referral food-refusal-monitoring-chart
football-club-disciplinary-letter forensic-drugs-analysis-statement forensic-lab-submission-form
forensic-psychology-risk-assessment-report ftt-iac-determination-extract ftt-iac-notice-of-hearing
funeral-contribution-authorisation gambling-account-statement general-application-form gov-notify-text-reminder-log
gp-registration-form gp-summary-care-record-extract ground-rules-hearing-note gym-induction-form
gym-membership-agreement gym-work-allocation-board gypsy-traveller-liaison-officer-report
hcr-20-risk-formulation-summary hdc-address-check healthcare healthcare-note healthcare_clinic_list
healthcare_incident_note hmrc-cis-repayment-letter hmrc-tax-letter home-office-bail-summary
home-office-family-reunion-refusal home-office-reasons-for-refusal-letter homelessness-prevention-duty-letter
hospital-bedwatch-log hospital-discharge-summary hostel-manager-end-of-placement-report hot-debrief-record
hotel-booking-printout house-to-house-enquiry-form housing-association-rent-arrears-letter housing-benefit-claim
housing-options-interview housing-panel-nomination-form housing-register-application id-document-application-tracker
identification-procedure-record idva-case-closure-letter imb-application imha-advocacy-visit-record
immigration-detention-notice in-cell-kiosk-application-history incentives-level-review
independent-medico-legal-report-extract inpatient-unit-admission-assessment inpatient-unit-nursing-handover-sheet
inquest-family-pir-submissions inquest-pen-portrait instagram-direct-message-printout insurance-claim-form
intelligence-log inter-prison-transfer-form intermediary-assessment-report interpol-red-notice-extract
interpreter-assisted-supervision-record interpreter-booking iopc-family-update-letter irc-complaint-investigation-report
irc-room-allocation-sheet irc-welfare-office-contact-sheet it_audit_log it_login_audit jobcentre-appointment-letter
key-worker-session-notes kitchen-hygiene-roster knife-crime-prevention-order-application landlord-reference
lawyers-attendance-note legal-aid-means-form legal-call-booking-confirmation
legal-correspondence-opened-in-error-notice legal-visits-diary letter letter-of-apology-draft library-loan-record
licence-compliance-warning-interview-record licence-conditions-letter licence-variation-request-form
listener-scheme-log livescan-ident-response local-welfare-assistance-application lost-property-form
magistrates-court-result-sheet mail-room-log mappa-minutes mappa_minutes marac-referral-form marketplace-sale-record
marriage-application mash-referral mbu-admission-board-decision mbu-separation-plan mdt-test-slip
medication-in-possession-risk-assessment memory-clinic-referral mental-health-in-reach-assessment
mental-health-tribunal-decision mental_health_notes mg11-statement mg15-record-of-interview mg3-charging-decision
mg6c-unused-material-schedule mhcs-annual-statutory-report missing-person-return-interview mmpr-restraint-debrief
mobile-phone-contract mobile-phone-download mobile-subscriber-check monthly-detention-progress-report
mosque-letter-of-support motor-insurance-database-enquiry-result move-on-accommodation-plan
nca-financial-profile-summary ndelius_contact_log ndelius_contacts nearest-relative-information-letter
next-of-kin-notification-form nomis-alerts-printout nomis_case_notes non-molestation-order
notice-of-intended-prosecution nrm-reasonable-grounds-decision-letter oasys oasys-extract oasys_extract
occupational-therapy-activity-timetable ocr-application-form ocr-handwritten-form ocr-scanned-fax
omu-categorisation-review open-conditions-suitability-assessment out-of-court-disposal-panel-record
outgoing-funds-transfer-request pace-detention-review-record parental-bind-over-recognisance
parenting-assessment-report-extract parenting-course-register parking-penalty-notice
parole-board-member-case-assessment parole-dossier-summary parole-legal-representations parole-oral-hearing-decision
parole_dossier parom1-com-parole-report part-2-extradition-request-summary passport-office-letter pathway-plan-review
patient-internet-access-agreement patient-monies-ledger pawn-shop-transaction-record payslips peer-mediation-agreement
peer-mentor-application pension-credit-claim-extract perinatal-mental-health-referral person-escort-record
personal-adviser-contact-record personal-officer-report pharmacy-prescription-record pin-phone-list pin_phone_contacts
pnc-print-extract poca-section-16-statement police-bail-conditions-notice police-custody-record
police-liaison-information-exchange police-vulnerability-notification police_mg11 pom-com-handover-note
post-mortem-report-extract ppcs-recall-dossier-checklist ppo-fatal-incident-investigator-interview
practitioner-learning-event-notes pre-inquest-review-directions pre-interview-disclosure-document
pre-release-resettlement-checklist pre-sentence-report pre_sentence_report presenting-officer-review-note
prevention-of-future-deaths-report prison-conditions-assurance-letter prison-council-minutes
prison-education-tutor-progress-report prison-employment-hub-job-match-record prison-radio-request-slips
prison-reception-booking-in-sheet prison-wedding-guest-list prisoner-handwritten-letter
prisoner-life-history-narrative prisoner-money-receipt-scan prisoner-profile prisoners-earnings-act-levy-statement
private-cash-log probation-accommodation-visit-notes probation-contact-log probation-exclusion-zone-map-notes
probation-induction-questionnaire production-order property-card provisional-arrest-record psr-addendum
psychiatric-report-extract psychology-feedback-letter-to-prisoner psychology-session-process-notes
psychometric-assessment-score-sheet ptph-form-extract public-footage-submission-record ramadan-fasting-provision-list
rar-activity-session-record recall-report recall-return-to-custody-interview-record referral-order-panel-contract
release-day-travel-warrant remand-to-la-accommodation-placement-plan remittance-receipt-printout
removal-directions-notice reparation-project-attendance-sheet requesting-state-further-information-reply
resettlement-housing-referral restorative-justice-conference-notes restraining-order restraint-order-asset-schedule
review-draft-factual-accuracy-response revocation-of-licence-notice risk-management-plan-narrative rotl-board-minutes
rotl-work-placement-agreement rotl_application royal-mail-redirection-form rule-35-medical-report
safeguarding-adults-enquiry-outcome safer-schools-officer-note salon-training-client-booking-sheet
school-attendance-letter school-exclusion-notice school-managed-move-agreement school-nurse-contact-record
school-reintegration-meeting-notes school-safeguarding-chronology search-warrant-application seclusion-record
section-10-formal-admissions section-17-leave-form section-7-welfare-report-extract security_information_report
security_intelligence_log segregation-healthcare-daily-screen segregation-review sentence-calculation
sentence-plan-review-minutes sentencing-remarks serious-further-offence-review-report setting-up-home-allowance-receipt
sex-offender-notification sfo-staff-interview-record site-pitch-licence-agreement slavery-duty-to-notify-form
smart-doorbell-event-log social-media-account-subscriber-return social-media-transcription social-visit-application
social-worker-core-group-minutes solicitor_letter speech-language-communication-screening stop-and-search-record
storage-unit-rental-agreement student-finance-letter supported-lodgings-host-report suspicious-activity-report-extract
talking-therapies-referral-form taxi-booking-record tca-arrest-warrant-certificate teams-chat-transcript
telephone-billing-analysis telephone-monitoring-summary telephone_monitoring tenancy-deposit-certificate
text-transcript text_message_transcript transition-to-adult-estate-plan translated-voicemail-transcript
travel_id_paperwork travel_record traveller-education-service-note tribunal-record-of-proceedings
tribunal-social-circumstances-report trim-risk-assessment-record tv-licensing-enquiry-letter universal-credit-journal
unpaid-work-completion-certificate unpaid-work-timesheet upper-tribunal-permission-decision use_of_force_report
vaccination-record vehicle-hire-agreement vehicle-seizure-notice veterans-support-letter viber-chat-export
victim-awareness-course-workbook-extract victim-care-contract-support-plan victim-contact-letter victim-loss-schedule
victim-needs-assessment victim-personal-statement victim-representations-on-licence-conditions
victim-right-to-review-letter victim-worker-restorative-conversation-record victim_liaison_note video-call-log
visit-log visitor-vetting-police-checks-return visits-hall-seating-plan visits_booking visits_log
voluntary-interview-transcript wanted-missing-circulation-notice ward-round-minutes welsh-language-preference-record
whatsapp-export wing-observation-book wing_observation_book witness-care-letter witness-expenses-claim
witness-statement witness_statement witness_statement_mg11 womens-centre-referral-form workshop-pay-sheet
ycs-placement-decision-record yot-referral young-adult-maturity-screening youth-club-incident-log
youth-court-bail-supervision-support-plan youth-court-case-management-form youth-court-results-letter-to-parent
youth-justice-case-formulation-report youth-rehabilitation-order-intervention-plan
""".split())

ORDER = ['page', 'begin', 'end', 'category', 'party', 'text']


def build_bundle(b):
    lex = parse_lex(b['lex'])
    docs, pages_all = [], []
    for di, (kind, srcs) in enumerate(b['docs']):
        assert re.match(r'^[a-z0-9]+(?:-[a-z0-9]+)+$', kind), kind
        assert kind not in EXISTING_KINDS, kind
        pages, truth = [], []
        for pi, src in enumerate(srcs):
            text, spans = render(src, lex)
            assert text == text.strip('\n') + ('' if not text.endswith('\n') else '\n')
            raw = text.encode('utf-8')
            prev_end = -1
            for cb, ce, cat, party in spans:
                t = text[cb:ce]
                assert t == t.strip() and t, (kind, t)
                assert cb >= prev_end, ('overlap', kind, t)
                prev_end = ce
                bb, be = len(text[:cb].encode('utf-8')), len(text[:ce].encode('utf-8'))
                assert raw[bb:be].decode('utf-8') == t
                if cat in VALIDATE:
                    assert VALIDATE[cat](t), ('invalid', cat, t)
                if cat == 'name':
                    assert not t.startswith(TITLES), ('title in name', t)
                truth.append({'page': pi, 'begin': bb, 'end': be, 'category': cat,
                              'party': party, 'text': t})
            pages.append(text)
            pages_all.append((kind, pi, text, spans))
        docs.append({'id': 'doc-%02d' % (di + 1), 'kind': kind, 'pages': pages, 'truth': truth})
    check_bundle(b, pages_all)
    return {'bundle_id': b['bundle_id'], 'subject': b['subject'], 'documents': docs}


LEAK_PATTERNS = [
    ('email', re.compile(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}')),
    ('phone', re.compile(r'(?:\+44|\b0)[ ]?\(?[1-9](?:[ .\-)]{0,2}[0-9]){8,9}\b')),
    ('postcode', re.compile(r'\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b')),
    ('ni', re.compile(r'\b[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b')),
    ('prison_no', re.compile(r'\b[A-Z][0-9]{4}[A-Z]{2}\b')),
    ('crn', re.compile(r'\b[A-Z][0-9]{6}\b')),
    ('pnc/cro', re.compile(r'\b[0-9]{2,6}/[0-9]{2,7}[A-Z]\b')),
    ('long digits', re.compile(r'\b[0-9](?: ?[0-9]){7,}\b')),
    ('ip', re.compile(r'\b(?:192\.0\.2|198\.51\.100|203\.0\.113)\.[0-9]+')),
    ('vrm', re.compile(r'\b[A-Z]{2}[0-9]{2} [A-Z]{3}\b')),
]


def check_bundle(b, pages_all):
    # 1. every labelled value is labelled wherever else it occurs (whole word,
    #    case-insensitive) anywhere in the bundle
    values = {}
    for kind, pi, text, spans in pages_all:
        for cb, ce, cat, party in spans:
            values.setdefault(text[cb:ce], set()).add((cat, party))
    problems = []
    for v in values:
        rx = re.compile(r'(?<!\w)' + re.escape(v) + r'(?!\w)', re.I)
        for kind, pi, text, spans in pages_all:
            for m in rx.finditer(text):
                i, j = m.span()
                covered = all(any(b0 <= k < e0 for b0, e0, _, _ in spans)
                              for k in range(i, j) if text[k].isalnum())
                if not covered:
                    problems.append(('unlabelled repeat', b['bundle_id'], kind, pi, v,
                                     text[max(0, i - 40):j + 40]))
    assert not problems, '\n'.join(repr(p) for p in problems)
    # 2. identifiers and contact values keep one category and party
    for v, cps in values.items():
        cats = {c for c, _ in cps}
        assert len(cats) == 1, (v, cps)
        if cats != {'name'}:
            assert len(cps) == 1, (v, cps)
    # 3. subject consistency
    s = b['subject']
    for v, cps in values.items():
        for cat, party in cps:
            if cat == 'date_of_birth' and party == 'subject':
                assert dob_iso(v) == s['date_of_birth'], v
    for key, v in s.get('identifiers', {}).items():
        assert values.get(v) == {(key, 'subject')}, (key, v, values.get(v))
    for key in ('addresses', 'phones', 'emails'):
        for v in s['contact'].get(key, []):
            assert v in values and all(p == 'subject' for _, p in values[v]), v
    assert s['name'] in values and ('name', 'subject') in values[s['name']]
    for a in s['aliases']:
        assert a in values and ('name', 'subject') in values[a], a
    if 'prison_number' in s:
        assert values.get(s['prison_number']) == {('prison_number', 'subject')}
    # 4. unlabelled text must not contain identifier-shaped strings
    for kind, pi, text, spans in pages_all:
        masked = list(text)
        for cb, ce, _, _ in spans:
            for k in range(cb, ce):
                masked[k] = '#'
        masked = ''.join(masked)
        for name, rx in LEAK_PATTERNS:
            for m in rx.finditer(masked):
                raise AssertionError(('possible unlabelled PD', name, b['bundle_id'], kind, m.group(0)))


CAT_OF_ID = {}


def public_body_yaml(bodies, bundles):
    listed = {}
    for body in bodies:
        for key in ('phones', 'postcodes', 'addresses', 'emails'):
            for v in body[key]:
                listed[(key, v)] = body['name']
    keymap = {'phone': 'phones', 'postcode': 'postcodes', 'address': 'addresses', 'email': 'emails'}
    used = set()
    for bd in bundles:
        for d in bd['documents']:
            for t in d['truth']:
                if t['party'] == 'public_body':
                    k = (keymap[t['category']], t['text'])
                    assert k in listed, ('public body value not in yaml', k)
                    used.add(k)
    assert used == set(listed), ('unused yaml entries', set(listed) - used)

    def q(v):
        return "'" + v.replace("'", "''") + "'"
    out = ['version: 1', 'bodies:']
    for body in bodies:
        out.append('  - name: ' + q(body['name']))
        for key in ('phones', 'postcodes', 'addresses', 'emails'):
            out.append('    %s: [%s]' % (key, ', '.join(q(v) for v in body[key])))
    return '\n'.join(out) + '\n'


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: evalgen_eighteenth.py OUTDIR')
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    built = []
    kinds = []
    for b in BUNDLES:
        for key, cat in (('ni_number', 'ni_number'), ('nhs_number', 'nhs_number'), ('pnc', 'pnc'),
                         ('cro', 'cro'), ('crn', 'crn')):
            if key in b['subject'].get('identifiers', {}):
                CAT_OF_ID[b['subject']['identifiers'][key]] = cat
        built.append(build_bundle(b))
        kinds += [k for k, _ in b['docs']]
    assert len(kinds) == len(set(kinds)), 'kinds must be distinct'
    assert 30 <= len(kinds) <= 40
    names = {bd['subject']['name'] for bd in built}
    assert len(names) == 5
    for i, bd in enumerate(built):
        assert 6 <= len(bd['documents']) <= 8
        with open(os.path.join(outdir, 'bundle-%02d.json' % (i + 1)), 'w', encoding='utf-8') as f:
            f.write(json.dumps(bd, indent=1, ensure_ascii=False))
            f.write('\n')
    with open(os.path.join(outdir, 'public-bodies.yaml'), 'w', encoding='utf-8') as f:
        f.write(public_body_yaml(PUBLIC_BODIES, built))
    total = sum(len(p.encode('utf-8')) for bd in built for d in bd['documents'] for p in d['pages'])
    items = sum(len(d['truth']) for bd in built for d in bd['documents'])
    print('bundles=%d documents=%d page_bytes=%d items=%d' % (len(built), len(kinds), total, items))


if __name__ == '__main__':
    main()
