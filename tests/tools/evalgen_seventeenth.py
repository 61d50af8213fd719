#!/usr/bin/env python3
"""evalgen_seventeenth.py - BLIND synthetic evaluation set (seventeenth), narrative focus.

Written BLIND: while writing this generator and its documents the author consulted ONLY
  /work/shared/reference/uk-identifiers.md  (identifier formats and check algorithms) and
  /work/shared/reference/domain.md          (what SAR bundles in UK justice contain).
No engine source, rules, other test sets, other generators or the `disclose` binary were
read or run.  Everything below (people, places, numbers, text) is invented and fixed in this
file: no randomness, no clock, no network, standard library only.  Two runs give
byte-identical output.

Usage:  python3 tests/tools/evalgen_seventeenth.py tests/data/eval-seventeenth

Output: bundle-01.json .. bundle-05.json and public-bodies.yaml.

Labelling policy (truth spans, byte offsets into each page's UTF-8 encoding):
  * subject      - the requester's own data in any form: name in any order or case,
                   initials, aliases, transliterations, nicknames, own DOB in any format,
                   own identifiers spaced or not, own current AND previous addresses,
                   phones and emails given as theirs in the text.
  * staff        - people acting officially or professionally for a public body or its
                   contractors (prison, IRC contractor, probation, police, NHS, councils,
                   schools, courts, Home Office, Parole Board, commissioned reviewers);
                   their names and their direct contact details.
  * third_party  - everyone else: relatives (including those who share the subject's
                   surname), partners, children, victims, witnesses, other prisoners or
                   detainees, and people acting for private firms, charities and faith
                   groups (solicitors, IDVAs, charity caseworkers, independent doctors,
                   youth workers, interpreters from agencies).
  * public_body  - published switchboards, generic mailboxes, addresses and postcodes of
                   public bodies (listed in public-bodies.yaml exactly as in the text).
  An address span is the street part (house number/name, street, locality, town) without
  the postcode; the postcode is a separate span.  Name spans exclude titles and ranks
  ("DS", "Dr", "Mr").  Surnames alone, first names alone, initials+surname, nicknames and
  the name part of possessives are labelled when they refer to a person.  Dates of birth
  are labelled only where they are birth dates.  Ages, event dates, organisation names and
  job titles are not labelled.  Every labelled value is labelled wherever else it occurs
  in the same bundle (asserted below, case-insensitively, on word boundaries).

Authoring mechanics: page text may carry inline marks  [[cat/party|text]]  for
context-dependent items; everything else is labelled from a per-bundle lexicon (longest
match first, word boundaries).  Lexicon entries whose party depends on context are
registered with party None and MUST be marked inline wherever they occur.
"""
import json
import os
import re
import sys
from datetime import date, datetime

CAT = {
    'n': 'name', 'dob': 'date_of_birth', 'pn': 'prison_number', 'pnc': 'pnc', 'cro': 'cro',
    'crn': 'crn', 'ni': 'ni_number', 'nhs': 'nhs_number', 'ph': 'phone', 'em': 'email',
    'ad': 'address', 'pc': 'postcode', 'vr': 'vehicle_registration', 'pp': 'passport',
    'dl': 'driving_licence', 'sc': 'sort_code', 'ac': 'account_number', 'iban': 'iban',
    'card': 'payment_card', 'ip': 'ip_address',
}
PARTY = {'s': 'subject', 't': 'third_party', 'st': 'staff', 'pb': 'public_body'}

# ---------------------------------------------------------------- public bodies
BODIES = [
    {'name': 'Kelderby City Council Children\'s Services',
     'phones': ['0113 496 0540'], 'postcodes': ['ZK1 1DS'],
     'addresses': ['Civic Hall, Portland Square, Kelderby'],
     'emails': ['childrens.frontdoor@kelderby.example.gov.uk']},
    {'name': 'Kelderby Safeguarding Children Partnership',
     'phones': ['0113 496 0541'], 'postcodes': [],
     'addresses': [], 'emails': ['kscp.reviews@kelderby.example.gov.uk']},
    {'name': 'Kelderby Community Health Services NHS Trust (school nursing)',
     'phones': ['0113 496 0577'], 'postcodes': ['ZK3 2HW'],
     'addresses': ['Riverside Health Centre, Mill Lane, Kelderby'],
     'emails': ['schoolnursing.kelderby@nhs.example.net']},
    {'name': 'Probation Service - Kelderby Probation Delivery Unit',
     'phones': ['0113 496 0600'], 'postcodes': ['ZK1 4TR'],
     'addresses': ['Probation Office, 9 Cloth Hall Street, Kelderby'],
     'emails': ['kelderby.pdu@probation.example.gov.uk']},
    {'name': 'Family Court sitting at Kelderby',
     'phones': ['0113 496 0622'], 'postcodes': ['ZK1 3JA'],
     'addresses': ['Combined Court Centre, Oxley Street, Kelderby'],
     'emails': ['family.kelderby@courts.example.gov.uk']},
    {'name': 'Brackenford Immigration Removal Centre',
     'phones': ['0117 496 0250'], 'postcodes': ['YB7 3HD'],
     'addresses': ['Brackenford IRC, Airfield Lane, Brackenford'],
     'emails': ['brackenford.irc@homeoffice.example.gov.uk']},
    {'name': 'Home Office Detention Gatekeeper',
     'phones': ['020 7946 0319'], 'postcodes': [],
     'addresses': [], 'emails': ['detention.gatekeeper@homeoffice.example.gov.uk']},
    {'name': 'Home Office Detention and Escorting Complaints Team',
     'phones': [], 'postcodes': ['YB1 6AW'],
     'addresses': ['Rolfe House, 14 Canal Wharf, Dunmere'],
     'emails': ['decu.complaints@homeoffice.example.gov.uk']},
    {'name': 'HMP & YOI Stenmoor',
     'phones': ['0161 496 0780'], 'postcodes': ['YS4 2PW'],
     'addresses': ['HMP & YOI Stenmoor, Moor Road, Stenmoor'],
     'emails': ['psychology.stenmoor@justice.example.gov.uk']},
    {'name': 'Hallowell Youth Justice Service',
     'phones': ['0121 496 0415'], 'postcodes': ['ZH1 5BN'],
     'addresses': ['Youth Justice Service, Wellgate House, 3 Abbey Walk, Hallowell'],
     'emails': ['yjs.hallowell@hallowell.example.gov.uk']},
    {'name': 'Hallowell Borough Council Gypsy and Traveller Liaison Service',
     'phones': ['0121 496 0460'], 'postcodes': ['ZH1 2EG'],
     'addresses': ['Town Hall, Market Place, Hallowell'],
     'emails': ['gtliaison@hallowell.example.gov.uk']},
    {'name': 'Hallowell Academy',
     'phones': ['0121 496 0488'], 'postcodes': ['ZH4 7LR'],
     'addresses': ['Hallowell Academy, Beacon Road, Hallowell'],
     'emails': []},
    {'name': 'Probation Service - Wrexley Probation Delivery Unit',
     'phones': ['0191 498 0330'], 'postcodes': ['YW2 8NE'],
     'addresses': ['Probation Office, 14 Chantry Street, Wrexley'],
     'emails': ['wrexley.pdu@probation.example.gov.uk']},
    {'name': 'Fenwick House Approved Premises',
     'phones': ['0191 498 0345'], 'postcodes': ['YW3 1TJ'],
     'addresses': ['Fenwick House, 3 Tanners Row, Wrexley'],
     'emails': ['fenwick.ap@probation.example.gov.uk']},
    {'name': 'Parole Board',
     'phones': ['020 7946 0800'], 'postcodes': ['YL1 4BA'],
     'addresses': ['Parole Board, 10 Colonnade Walk, London'],
     'emails': ['casework@paroleboard.example.gov.uk']},
]

# ---------------------------------------------------------------- validators
L23 = 'ZABCDEFGHJKLMNPQRTUVWXY'


def ok_pnc(v):
    s = v.upper().replace(' ', '')
    if '/' in s:
        yr, rest = s.split('/')
        yy = yr[-2:]
        serial, chk = rest[:-1], rest[-1]
    else:
        if len(s) == 12:
            yy, serial, chk = s[2:4], s[4:11], s[11]
        else:
            yy, serial, chk = s[:2], s[2:-1], s[-1]
    return serial.isdigit() and L23[int(yy + serial.zfill(7)) % 23] == chk


def ok_cro(v):
    s = v.upper().replace(' ', '')
    serial, rest = s.split('/')
    return L23[int(rest[:2] + serial.zfill(6)) % 23] == rest[2]


def ok_nhs(v):
    d = re.sub(r'[ -]', '', v)
    if len(d) != 10 or not d.isdigit() or not d.startswith('999'):
        return False
    return sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11 == 0


def ok_luhn(v):
    d = [int(c) for c in re.sub(r'[ -]', '', v)][::-1]
    tot = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0 and 13 <= len(d) <= 19


def ok_iban(v):
    s = v.replace(' ', '').upper()
    s = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in s)) % 97 == 1


def ok_ni(v):
    s = re.sub(r'[ -]', '', v.upper())
    if not re.fullmatch(r'[A-Z]{2}[0-9]{6}[A-D]?', s):
        return False
    a, b = s[0], s[1]
    if a in 'DFIQUV' or b in 'DFIQUVO':
        return False
    return s[:2] not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ')


def ok_postcode(v):
    m = re.fullmatch(r'([A-Z]{1,2})([0-9][0-9A-Z]?) ([0-9])([A-Z]{2})', v)
    if not m:
        return False
    area = m.group(1)
    if len(area) != 2 or area[0] not in 'YZ' or area in ('ZE', 'YO'):
        return False
    if area[1] in 'IJZ':
        return False
    return not any(c in 'CIKMOV' for c in m.group(4))


PHONE_OK = [r'07700 ?900[0-9]{3}', r'0113 ?496 ?0[0-9]{3}', r'0117 ?496 ?0[0-9]{3}',
            r'020 ?7946 ?0[0-9]{3}', r'0161 ?496 ?0[0-9]{3}', r'0121 ?496 ?0[0-9]{3}',
            r'0191 ?498 ?0[0-9]{3}', r'0114 ?496 ?0[0-9]{3}', r'01632 ?960[0-9]{3}',
            r'\+44 ?7700 ?900[0-9]{3}']


def ok_phone(v):
    return any(re.fullmatch(p, v) for p in PHONE_OK)


def ok_email(v):
    dom = v.split('@', 1)[1].lower()
    return (dom in ('example.com', 'example.org', 'example.net')
            or dom.startswith('example.') or '.example.' in dom)


def ok_ip(v):
    if ':' in v:
        return v.lower().startswith('2001:db8:')
    p = v.split('.')
    return (len(p) == 4 and all(x.isdigit() and int(x) < 256 for x in p)
            and ('.'.join(p[:3]) in ('192.0.2', '198.51.100', '203.0.113')))


DOB_FORMATS = ['%d/%m/%Y', '%d.%m.%Y', '%d-%b-%Y', '%Y-%m-%d', '%d %B %Y', '%d %b %Y',
               '%d.%m.%y', '%Y.%m.%d', '%B %d, %Y', '%d/%m/%y', '%d-%m-%Y', '%Y. %m. %d.', '%m/%d/%Y']


def ok_dob(v):
    s = re.sub(r'(\d)(st|nd|rd|th)\b', r'\1', v)
    for f in DOB_FORMATS:
        try:
            d = datetime.strptime(s, f).date()
        except ValueError:
            continue
        return date(1920, 1, 1) <= d <= date(2025, 6, 30)
    return False


def ok_vrm(v):
    return re.fullmatch(r'[A-HJ-PR-Y]{2}(0[2-9]|[1-7][0-9]) [A-HJ-PR-Z]{3}', v) is not None


def ok_dl(v):
    s = v.replace(' ', '')
    m = re.fullmatch(r'[A-Z9]{5}([0-9])([0-9]{2})([0-9]{2})([0-9])[A-Z][A-Z9][0-9][A-Z]{2}', s)
    if not m:
        return False
    mo = int(m.group(2))
    mo = mo - 50 if mo > 50 else mo
    return 1 <= mo <= 12 and 1 <= int(m.group(3)) <= 31


VALID = {
    'pnc': ok_pnc, 'cro': ok_cro, 'nhs_number': ok_nhs, 'payment_card': ok_luhn,
    'iban': ok_iban, 'ni_number': ok_ni, 'postcode': ok_postcode, 'phone': ok_phone,
    'email': ok_email, 'ip_address': ok_ip, 'date_of_birth': ok_dob,
    'vehicle_registration': ok_vrm, 'driving_licence': ok_dl,
    'prison_number': lambda v: re.fullmatch(r'[A-Z][0-9]{4}[A-Z]{2}', v) is not None,
    'crn': lambda v: re.fullmatch(r'[A-Z][0-9]{6}', v) is not None,
    'sort_code': lambda v: re.fullmatch(r'[0-9]{2}-[0-9]{2}-[0-9]{2}', v) is not None,
    'account_number': lambda v: re.fullmatch(r'[0-9]{8}', v) is not None,
    'passport': lambda v: re.fullmatch(r'[A-Z]?[0-9]{8,9}', v) is not None,
}

# ---------------------------------------------------------------- labelling
MARK = re.compile(r'\[\[([a-z]+)/([a-z]+)\|(.*?)\]\]', re.S)


def bounded(s, i, j):
    return (i == 0 or not s[i - 1].isalnum()) and (j == len(s) or not s[j].isalnum())


def parse_marks(raw):
    out, spans, pos = [], [], 0
    clean_len = 0
    for m in MARK.finditer(raw):
        pre = raw[pos:m.start()]
        out.append(pre)
        clean_len += len(pre)
        cat, party, text = m.group(1), m.group(2), m.group(3)
        assert cat in CAT and party in PARTY, (cat, party, text)
        spans.append((clean_len, clean_len + len(text), CAT[cat], PARTY[party]))
        out.append(text)
        clean_len += len(text)
        pos = m.end()
    out.append(raw[pos:])
    clean = ''.join(out)
    assert '[[' not in clean and ']]' not in clean, clean[:200]
    return clean, spans


def overlaps(spans, i, j):
    return any(not (j <= a or i >= b) for a, b, _, _ in spans)


def label_page(raw, lexicon):
    text, spans = parse_marks(raw)
    for val, cat, party in lexicon:
        start = 0
        while True:
            i = text.find(val, start)
            if i < 0:
                break
            j = i + len(val)
            start = i + 1
            if not bounded(text, i, j) or overlaps(spans, i, j):
                continue
            assert party is not None, 'ambiguous lexicon value must be marked inline: %r in %r' % (
                val, text[max(0, i - 60):j + 60])
            spans.append((i, j, cat, party))
    spans.sort()
    return text, spans


def build_lexicon(entries):
    lex = []
    seen = {}
    extra = []
    for val, c, p in entries:
        toks = val.split(' ')
        if c == 'n' and len(toks) > 1 and any(len(t.strip(',')) > 1 and t.strip(',').isupper() for t in toks):
            tc = ' '.join('-'.join(x.capitalize() for x in t.split('-')) if (len(t.strip(',')) > 1 and t.strip(',').isupper()) else t
                          for t in toks)
            extra.append((tc, c, p))
    known = {e[0] for e in entries}
    entries = list(entries) + [e for e in extra if e[0] not in known]
    for val, c, p in entries:
        cat = CAT[c]
        party = PARTY[p] if p else None
        if val in seen:
            assert seen[val] == (cat, party), ('conflicting lexicon entry', val)
            continue
        seen[val] = (cat, party)
        lex.append((val, cat, party))
    for b in BODIES:
        for key, cat in (('phones', 'phone'), ('postcodes', 'postcode'),
                         ('addresses', 'address'), ('emails', 'email')):
            for v in b[key]:
                if v not in seen:
                    seen[v] = (cat, 'public_body')
                    lex.append((v, cat, 'public_body'))
    lex.sort(key=lambda e: (-len(e[0]), e[0]))
    return lex

# ================================================================ bundle 01
# Sri Lankan Tamil naming (patronymic surname; married name = husband's given name).
# Setting: child safeguarding practice review + family court.  Subject female, 40.
def bundle01():
    subject = {
        'name': 'Tharshini SIVAKUMAR',
        'aliases': ['Tharshini Kantharuban', 'S. Tharshini', 'Tharsh', 'SIVAKUMAR THARSHINI'],
        'date_of_birth': '1984-06-22',
        'identifiers': {'ni_number': 'SK 62 48 19 C', 'nhs_number': '999 214 7369',
                        'pnc': '2023/0418862J', 'crn': 'K318470'},
        'contact': {'addresses': ['Flat 3, 41 Pelham Road, Kelderby ZK4 7RB',
                                  '118 Larkspur Avenue, Kelderby ZK2 5NF'],
                    'phones': ['07700 900418', '07700 900127'],
                    'emails': ['tharshini.s84@example.com']},
    }
    lex = [
        # subject
        ('Tharshini SIVAKUMAR', 'n', 's'), ('Tharshini Sivakumar', 'n', 's'),
        ('THARSHINI SIVAKUMAR', 'n', 's'), ('SIVAKUMAR, Tharshini', 'n', 's'),
        ('SIVAKUMAR THARSHINI', 'n', 's'), ('Tharshini Kantharuban', 'n', 's'),
        ('Tharshini KANTHARUBAN', 'n', 's'), ('S. Tharshini', 'n', 's'),
        ('Tharshini S', 'n', 's'), ('Tharshini', 'n', 's'), ('Tharsh', 'n', 's'),
        ('T. Sivakumar', 'n', 's'), ('TS', 'n', 's'),
        ('Sivakumar', 'n', None), ('SIVAKUMAR', 'n', None),
        ('22/06/1984', 'dob', 's'), ('22 June 1984', 'dob', 's'), ('22.06.84', 'dob', 's'), ('06/22/1984', 'dob', 's'),
        ('SK 62 48 19 C', 'ni', 's'), ('SK624819C', 'ni', 's'),
        ('999 214 7369', 'nhs', 's'), ('9992147369', 'nhs', 's'),
        ('2023/0418862J', 'pnc', 's'), ('23/418862J', 'pnc', 's'), ('K318470', 'crn', 's'),
        ('538201746', 'pp', 's'),
        ('Flat 3, 41 Pelham Road, Kelderby', 'ad', 's'), ('ZK4 7RB', 'pc', 's'),
        ('118 Larkspur Avenue, Kelderby', 'ad', 's'), ('118 Larkspur Avenue', 'ad', 's'), ('Larkspur Avenue', 'ad', 's'), ('Pelham Road', 'ad', 's'),
        ('ZK2 5NF', 'pc', 's'),
        ('07700 900418', 'ph', 's'), ('07700 900127', 'ph', 's'),
        ('tharshini.s84@example.com', 'em', 's'),
        ('20-94-17', 'sc', 's'), ('31562084', 'ac', 's'),
        ('GB96 CDRB 2094 1731 5620 84', 'iban', 's'),
        # husband and his family
        ('Kantharuban NAVARATNAM', 'n', 't'), ('KANTHARUBAN NAVARATNAM', 'n', 't'),
        ('NAVARATNAM, Kantharuban', 'n', 't'), ('Kantharuban Navaratnam', 'n', 't'),
        ('Kantharuban', 'n', 't'), ('KANTHARUBAN', 'n', 't'), ('Navaratnam', 'n', 't'),
        ('03/02/1979', 'dob', 't'), ('07700 900735', 'ph', 't'), ('KX68 PLW', 'vr', 't'),
        ('Flat 7, Crane Court, Ribble Street, Kelderby', 'ad', 't'), ('ZK6 3PD', 'pc', 't'),
        ('Ragavan NAVARATNAM', 'n', 't'), ('Ragavan', 'n', 't'),
        ('Pushpa NAVARATNAM', 'n', 't'), ('Pushpa', 'n', 't'),
        # children
        ('Abirami KANTHARUBAN', 'n', 't'), ('KANTHARUBAN, Abirami', 'n', 't'), ('Abirami', 'n', 't'),
        ('09/03/2012', 'dob', 't'), ('999 521 0797', 'nhs', 't'),
        ('Kajan KANTHARUBAN', 'n', 't'), ('KANTHARUBAN, Kajan', 'n', 't'), ('Kajan', 'n', 't'),
        ('30/11/2016', 'dob', 't'), ('999 634 1801', 'nhs', 't'),
        # her family
        ('Vathani SIVAKUMAR', 'n', 't'), ('Vathani', 'n', 't'), ('07700 900563', 'ph', 't'),
        ('22 Hatfield Close, Kelderby', 'ad', 't'), ('ZK5 8DL', 'pc', 't'),
        # private / charity
        ('Kavitha RAMAN', 'n', 't'), ('Kavitha Raman', 'n', 't'), ('Kavitha', 'n', 't'), ('Raman', 'n', 't'),
        ('07700 900246', 'ph', 't'), ('k.raman@kelderbywomensaid.example.org', 'em', 't'),
        ('Nadia QURESHI', 'n', 't'), ('Nadia Qureshi', 'n', 't'), ('Qureshi', 'n', 't'),
        ('n.qureshi@elmwoodlaw.example.co.uk.cjsm.net', 'em', 't'), ('0113 496 0955', 'ph', 't'),
        ('Selvarajah', 'n', 't'), ('Doreen', 'n', 't'),
        # staff
        ('Alison MERCER', 'n', 'st'), ('Alison Mercer', 'n', 'st'), ('Mercer', 'n', 'st'),
        ('alison.mercer@kscp-review.example.org', 'em', 'st'),
        ('Rebecca THORNLEY', 'n', 'st'), ('Rebecca Thornley', 'n', 'st'), ('Thornley', 'n', 'st'),
        ('Rebecca', 'n', 'st'), ('0113 496 0549', 'ph', 'st'),
        ('rebecca.thornley@kelderby.example.gov.uk', 'em', 'st'),
        ('Moira FENTON', 'n', 'st'), ('Moira Fenton', 'n', 'st'), ('M. Fenton', 'n', 'st'),
        ('Moira', 'n', 'st'), ('Fenton', 'n', 'st'),
        ('Daniel ACHTERBERG', 'n', 'st'), ('Daniel Achterberg', 'n', 'st'), ('Achterberg', 'n', 'st'),
        ('07700 900991', 'ph', 'st'),
        ('Craig HOLLOWAY', 'n', 'st'), ('Craig Holloway', 'n', 'st'), ('Holloway', 'n', 'st'),
        ('Janet PRIESTLEY', 'n', 'st'), ('Janet Priestley', 'n', 'st'), ('Priestley', 'n', 'st'),
        ('Farid HAMDAN', 'n', 'st'), ('F. Hamdan', 'n', 'st'), ('Hamdan', 'n', 'st'),
        ('Marcus Delaney', 'n', 'st'), ('Delaney', 'n', 'st'),
        ('Gemma Rourke', 'n', 'st'), ('Rourke', 'n', 'st'),
        ('Sunita Bhargava', 'n', 'st'), ('Bhargava', 'n', 'st'),
    ]
    RH = 'KSCP CSPR: Child A and Child K | extract for Tharshini SIVAKUMAR | OFFICIAL-SENSITIVE'
    d1 = [
'''KELDERBY SAFEGUARDING CHILDREN PARTNERSHIP
Child Safeguarding Practice Review: Child A and Child K
Extract disclosed to the mother (sections 1 to 3)                 Final draft v4, 17 January 2025
Lead reviewer: Dr Alison Mercer        Review mailbox: kscp.reviews@kelderby.example.gov.uk

1. Why this review was commissioned

1.1 On 14 October 2023 Child A, then aged eleven, was found by a neighbour on the stairwell of the family's block with a cut to her head, and her brother, Child K, was alone in the flat. The children's mother, Tharshini SIVAKUMAR, was at work on a late shift. Their father, Kantharuban NAVARATNAM, had agreed to collect both children from school and had not done so. The Partnership agreed on 2 November 2023 that the case met the criteria for a local review.

1.2 This is not a review about blame. It asks what each agency knew about the family between 2018 and 2024, how well agencies talked to each other and to Tharshini, and whether anyone saw the children's lived experience of domestic abuse. Tharshini took part in two long conversations with the lead reviewer, the second with the help of a Tamil interpreter, Mr Selvarajah, and she has read this extract and sent comments, which are reflected in section 3.

Key to anonymisation (removed before publication)
  Child A          Abirami KANTHARUBAN       DOB 09/03/2012    NHS 999 521 0797
  Child K          Kajan KANTHARUBAN         DOB 30/11/2016    NHS 999 634 1801
  Mother           Tharshini SIVAKUMAR       DOB 22/06/1984    NHS 999 214 7369
  Father           Kantharuban NAVARATNAM    DOB 03/02/1979
  Maternal aunt    Vathani SIVAKUMAR
  Paternal grandmother  Pushpa NAVARATNAM

1.3 A word about names. In the Tamil tradition followed by this family a person's second name is usually the given name of their father. Tharshini's surname, [[n/s|Sivakumar]], is her father's name; the children carry their father's given name, Kantharuban, as a surname. Several agencies recorded Tharshini as "Mrs [[n/s|Navaratnam]]" or as "Tharshini Kantharuban", and at least one system held two records for her. That matters to this review because information held under one name was not found by practitioners searching under the other.
''',
RH + '''
page 2 of 3

2. The family's story as agencies saw it

2.1 Tharshini came to the United Kingdom in 2011 to join Kantharuban, whom she had married in Jaffna the year before. Until November 2023 the family lived at 118 Larkspur Avenue, Kelderby ZK2 5NF, a two-bedroom rented house which Kantharuban's mother, Pushpa, shared with them for long periods. Tharshini told the reviewer that she was not allowed to hold her own bank card, that her husband kept her passport (number 538201746) "in his office drawer", and that when her father, [[n/t|Sivakumar]], died in 2020 she was not permitted to travel to the funeral.

2.2 The health visitor, Gemma Rourke, saw Kajan at home five times in 2018 and 2019. On one visit she noticed a bruise on Tharshini's forearm and asked about it privately; Tharshini said she had knocked it on a cupboard. Ms Rourke recorded the answer and her own unease, but the routine enquiry question about abuse was asked with Pushpa in the room, and the record was not shared with the GP, Dr Farid HAMDAN.

2.3 In June 2021 a neighbour called the police after hearing shouting. DS Craig Holloway attended with a colleague. Kantharuban said the argument was "about money"; Tharshini, who was holding Kajan, said very little. Kantharuban was arrested and released without charge. A domestic abuse notification reached children's services four days later and was closed at the front door as "no further action, parents separated", which they were not.

2.4 In January 2023 Tharshini was herself convicted of common assault after pushing Kantharuban during an argument about the children's school fees; he fell against a radiator. She received a community order supervised by Daniel Achterberg of the Kelderby Probation Delivery Unit (CRN K318470, PNC 23/418862J). Mr Achterberg was the first professional to ask Tharshini, on her own and in Tamil through a telephone interpreter, whether she was frightened at home. She said she was. He made a referral to children's services and to the independent domestic violence advocacy service, and Kavitha Raman of Kelderby Women's Aid began working with her in April 2023.

2.5 Tharshini changed her mobile number from 07700 900127 to 07700 900418 in the summer of 2023 because, she said, Kantharuban paid the contract for the old number and could read the account online. Children's services held only the old number until December 2023, and two letters inviting her to meetings went to Larkspur Avenue after she had left.
''',
RH + '''
page 3 of 3

3. What Tharshini and the children told the review

3.1 Tharshini described the day of the incident in detail. She had swapped shifts so that Kantharuban could take Abirami to a dental appointment, and he had promised to collect both children afterwards. When the school rang her at 17:10 she was on a bus. She rang her sister, Vathani, who reached the flat first. "I was not neglecting them," she told the reviewer. "I was doing everything on my own and he was using the children to punish me."

3.2 Abirami, now thirteen, spoke to the reviewer with Rebecca Thornley, her social worker, present. She said her father "goes quiet and then loud" and that she had learned to take Kajan into the bedroom and put the television on. She asked that the review say her mother "was the one who kept us safe". Kajan, who is eight, drew a picture of the new flat and said he liked it because "Appa doesn't know where it is".

3.3 Since March 2024 Tharshini and the children have lived at an address known to agencies but withheld from Kantharuban. Vathani remains the main family support; Pushpa has returned to live with her elder son, Ragavan, and has had no contact with the children since the spring.

3.4 Tharshini asked the reviewer to record that she has never used the name [[n/s|Navaratnam]] herself and that she would like agencies to use "Tharshini Sivakumar" in future. The Partnership accepts that request. Dr Mercer thanks Tharshini, Abirami and Kajan for their courage in speaking to her.
''',
    ]
    d2 = [
'''IN THE FAMILY COURT SITTING AT KELDERBY
Combined Court Centre, Oxley Street, Kelderby ZK1 3JA
IN THE MATTER OF THE CHILDREN ACT 1989
AND IN THE MATTER OF Abirami KANTHARUBAN (a girl, born 09/03/2012) and Kajan KANTHARUBAN (a boy, born 30/11/2016)

BETWEEN
                 KANTHARUBAN NAVARATNAM                 Applicant (father)
                              - and -
                 THARSHINI SIVAKUMAR                    Respondent (mother)

POSITION STATEMENT ON BEHALF OF THE MOTHER
for the dispute resolution appointment listed on 6 March 2025

1. This position statement is filed on behalf of the mother, Ms Tharshini Sivakumar (date of birth 22 June 1984), who is represented by Elmwood Family Law LLP. The mother will attend with a Tamil interpreter. She asks for separate waiting facilities and for screens in the courtroom, as directed at the first hearing.

2. The father, Mr Kantharuban Navaratnam, applies for a child arrangements order providing for the children to spend alternate weekends and half of each school holiday with him. He lives with his brother, Ragavan NAVARATNAM, at Flat 7, Crane Court, Ribble Street, Kelderby ZK6 3PD.

3. The mother's address is confidential and has been given to the court on form C8. It must not be disclosed to the father, his family or his representatives. For the avoidance of doubt, the mother no longer lives at the former family home at 118 Larkspur Avenue, Kelderby ZK2 5NF, the tenancy of which was surrendered in January 2024. Correspondence for her should be sent to her solicitors.

4. The mother's position in summary is that the children should live with her, as they have done since November 2023, and that any time with the father should for now be indirect, by video call supervised by the maternal aunt, Vathani, or at a supported contact centre. The mother does not oppose the children having a relationship with their father; Abirami in particular has said that she misses him. She does oppose unsupervised time while the findings she seeks remain undetermined.

5. The mother relies on the following allegations, set out in her Scott schedule: (a) from 2012 onwards the father controlled the family's money and her documents, including her passport; (b) in 2019 he gripped her forearm hard enough to bruise it, which the health visitor noticed; (c) in June 2021 he threatened her in the children's presence, leading to his arrest; (d) in October 2023 he failed to collect the children, leaving Kajan alone, and afterwards sent her messages from 07700 900735 blaming her for what had happened.

6. The court is invited to note that the mother was convicted of common assault on the father in January 2023. She accepts the conviction and completed her community order without breach. Her probation officer, Mr Achterberg, has provided a short letter confirming her engagement. The mother's case is that the incident must be understood in the context of the abuse alleged above.

7. The local authority has completed a parenting assessment of the mother (Ms Thornley, January 2025), which is positive. The mother asks the court to direct a section 7 report addressing the father's capacity to prioritise the children's needs, and to list a fact-finding hearing.

8. The mother would also ask the court to direct the father to stop driving past the children's school. Staff have seen his car, registration KX68 PLW, parked opposite the gates on three occasions since January.

Nadia Qureshi
Solicitor for the mother, Elmwood Family Law LLP
Direct line 0113 496 0955    Secure email n.qureshi@elmwoodlaw.example.co.uk.cjsm.net
27 February 2025
''',
    ]
    PH = 'Kelderby Children\'s Services | Parenting assessment: Tharshini SIVAKUMAR | page %d of 2'
    d3 = [
PH % 1 + '''

PARENTING ASSESSMENT (EXTRACT: SECTIONS 4 TO 6)
Parent assessed: SIVAKUMAR, Tharshini (also recorded as Tharshini KANTHARUBAN)      DOB 22.06.84
Children: Abirami (13) and Kajan (8)
Assessing social worker: Rebecca Thornley, Kelderby Children's Services, Civic Hall, Portland Square, Kelderby ZK1 1DS
Direct line 0113 496 0549    rebecca.thornley@kelderby.example.gov.uk

4. Basic care and home conditions

I visited Tharshini at home six times between September and December 2024, twice unannounced. The flat is small but clean and warm. Each child has a bed, and Abirami has a desk in the corner of the living room where she does her homework. Tharshini works three days a week as a care assistant at a private care home and has arranged her hours around the school day. She showed me the budget she keeps in an exercise book and her own bank account, which she opened in early 2024 with help from her IDVA; child benefit is now paid into it (sort code 20-94-17, account 31562084), and her employer pays her wages to the same account, which appears on her payslips as GB96 CDRB 2094 1731 5620 84. Her National Insurance number, SK 62 48 19 C, had been used by Kantharuban to claim tax credits in both their names until 2023, a matter now resolved with HMRC. Before that, she told me, every payment went into an account in Kantharuban's sole name.

5. Emotional warmth and stability

Tharshini is warm and attentive with both children. When Kajan became upset during my third visit because a classmate had teased him, she sat with him on the floor and let him talk for a long time before suggesting a solution. Abirami is more guarded. She told me privately that she worries about her mother "getting tired" and that she sometimes cooks the evening meal. I discussed this with Tharshini, who was upset to hear it, and she has since agreed a rota with her sister so that Vathani collects the children on two afternoons a week. Vathani lives at 22 Hatfield Close, Kelderby ZK5 8DL, about ten minutes away on foot, and can be reached on 07700 900563.
''',
PH % 2 + '''

6. Safety and protective capacity

Tharshini has a clear understanding of the risks Kantharuban poses. She described his pattern of "going quiet and then exploding" in almost the same words Abirami used with me, which I found persuasive. She has followed the safety plan agreed with Kavitha Raman: she changed her number, she keeps the school informed, and she has told Abirami and Kajan what to do if their father approaches them. She did not hesitate when I asked what she would do if he arrived at the flat; she would not open the door and would ring the police.

There are two matters on which Tharshini needs continuing support. First, she still finds it hard to say no to her mother-in-law, Pushpa, who has telephoned her twice from an unknown number asking to see the children. Secondly, her own conviction (the only entry on her police record, PNC 2023/0418862J) has left her ashamed and reluctant to ask for help. Mr Achterberg, her former probation officer, told me that she completed every session of her order and that he had "no concerns at all" about her as a parent.

Conclusion. In my assessment Tharshini Sivakumar is able to meet the children's needs, now and in the foreseeable future, with the support of her sister and the services already involved. I recommend that the children remain in her care and that the child protection plan be stepped down to a child in need plan at the next review.

Rebecca Thornley, Social Worker, 20 January 2025
''',
    ]
    d4 = [
'''Kelderby Women's Aid, independent domestic violence advocacy service
PRIVATE AND CONFIDENTIAL - ADDRESSEE ONLY

Ms Tharshini Sivakumar
Flat 3, 41 Pelham Road, Kelderby
ZK4 7RB

11 December 2024

Dear Tharshini,

Closing your case with the IDVA service

I am writing, as we agreed when we met last week, to confirm that I am now closing your case with our advocacy service. It has been a privilege to work with you over the last twenty months, and I wanted to set down in writing what we have done together so that you have a record of it and know how to come back to us if you need to.

When Mr Achterberg first referred you in April 2023 you were still living at 118 Larkspur Avenue with Kantharuban and his mother. You told me then that you could not speak freely on the phone because Kantharuban checked the bill for your old number, 07700 900127, so for the first months we met at the probation office and at the children's school. In September 2023 we completed a risk assessment together and the case was heard at the multi-agency risk conference, which led to a marker being placed on your address by the police and to Kelderby Children's Services taking a fresh look at the family.

After the events of 14 October you and the children moved first to emergency accommodation and then, in March 2024, to Pelham Road. We applied together for a non-molestation order, which was granted in May 2024 and runs until May 2026. Please keep the copy I gave you in your bag. If you see Kantharuban near the flat or the school, or you see his silver car (KX68 PLW), ring 999 and tell the operator that there is an order in place.

You asked me to note some numbers for you. Your new mobile, 07700 900418, and your email, tharshini.s84@example.com, are the only contact details we hold for you, and we have deleted the old number from our records. Your sister Vathani is your emergency contact and has agreed to that.

You have come a very long way. You have your own bank account, your own passport back in your hands, a tenancy in your own name and a job you enjoy. You told me last week that Abirami had said she was "proud of Amma", and I hope you hold on to that.

If anything changes, please ring me on 07700 900246 or email k.raman@kelderbywomensaid.example.org. If I am not available my colleague Doreen will help you.

With warm wishes,

Kavitha Raman
Senior IDVA
''',
    ]
    d5 = [
'''KELDERBY COMMUNITY HEALTH SERVICES NHS TRUST
0-19 Public Health Nursing (School Nursing), Riverside Health Centre, Mill Lane, Kelderby ZK3 2HW
Tel 0113 496 0577    schoolnursing.kelderby@nhs.example.net

RECORD OF CONTACT (printed from electronic record)
Child:          KANTHARUBAN, Abirami            NHS No: 999 521 0797     DOB: 09/03/2012
Sibling:        KANTHARUBAN, Kajan              NHS No: 999 634 1801     DOB: 30/11/2016
Parent/carer:   SIVAKUMAR, Tharshini (mother)   NHS No: 9992147369       Tel: 07700 900418
Other:          NAVARATNAM, Kantharuban (father) - NOT to be given information about address or school changes
GP:             Dr F. Hamdan, Northgate Medical Practice

Date        Type                 Practitioner   Summary
----------  -------------------  -------------  ---------------------------------------------
19/10/2023  Safeguarding notif.  M. Fenton      Notified by school of incident 14/10. Head wound
                                                glued at A&E. Child protection medical not
                                                required. Added to caseload.
02/11/2023  Home visit           M. Fenton      Seen with mother. Abirami quiet, eating well,
                                                sleeping badly. Mother tearful, says she is
                                                leaving the marriage. Discussed with SW.
07/12/2023  School drop-in       M. Fenton      Abirami attended alone. Worried about her
                                                brother and about "Amma getting in trouble".
                                                Offered weekly drop-in.
15/04/2024  Health review        M. Fenton      New address recorded (restricted). Mother
                                                asks that letters go to 07700 900418 by text
                                                only. Old number 07700 900127 removed.
09/09/2024  Core group           M. Fenton      Attended. Both children settled at new
                                                schools. Referral to CAMHS for Abirami.

Entry 02/11/2023 (continuation). Mother said that her mother-in-law, Pushpa, "watches everything"
and that she could not attend clinic appointments without being accompanied. I advised her about
confidential appointments and gave her the drop-in times. Moira Fenton, School Nurse.
''',
    ]
    d6 = [
'''KSCP PRACTITIONER LEARNING EVENT - NOTES
Child Safeguarding Practice Review: Child A and Child K
Held on 9 July 2024 at the Civic Hall, Portland Square, Kelderby ZK1 1DS

Present were Alison Mercer (lead reviewer, in the chair), Rebecca Thornley (children's social care), Moira Fenton (school nursing), Gemma Rourke (health visiting 2018 to 2020), Craig Holloway (police), Janet Priestley (designated safeguarding lead at the children's former primary school), Daniel Achterberg (probation), Marcus Delaney (council housing) and Sunita Bhargava (police public protection unit). Notes were taken by the Partnership business unit. The family did not attend; Dr Mercer explained that she had met Tharshini separately and would share the themes with her.

Dr Mercer opened by reminding everyone that the purpose of the day was learning, not blame, and that what was said would not be attributed in the published report.

Ms Rourke described her visits to Larkspur Avenue. She said she had always felt that Pushpa "answered for" Tharshini and that she had tried twice to see Tharshini alone without success. Looking back, she wished she had arranged to see her at the clinic. Dr Hamdan had sent apologies but had told Dr Mercer by telephone that the surgery held Tharshini under the name "[[n/s|Kantharuban]]" and her children under "[[n/t|Kantharuban]]" too, so that nothing connected her record to theirs.

DS Holloway said that the 2021 call had been graded as a verbal argument. He accepted that Kantharuban had done most of the talking and that Tharshini had not been spoken to away from him. Ms Bhargava added that the notification sent to children's services used the old name and an old phone number.

Mrs Priestley described Abirami as a bright and anxious girl who "mothered" her younger brother. The school had noticed that Kantharuban often arrived late or not at all on the days he was due to collect the children, and had twice rung Tharshini at work. Mrs Priestley said staff had not thought of this as a safeguarding pattern until after 14 October.

Mr Achterberg described his first meeting with Tharshini in January 2023. He said that she had seemed relieved to be asked directly about abuse, and that the interpreter made all the difference. He had been surprised to find no children's services record under the surname [[n/s|Sivakumar]].

Mr Delaney explained that the housing transfer had been prioritised after the incident. Ms Thornley summarised the children's current circumstances and said that both children were doing well.

The group agreed three themes: (1) names and records, (2) seeing the mother alone, and (3) treating missed collections as part of a pattern of coercive control. Dr Mercer will share the themes with Tharshini before the draft is written.
''',
    ]
    d7 = [
'''From:    Tharshini S <tharshini.s84@example.com>
To:      Alison Mercer <alison.mercer@kscp-review.example.org>
Cc:      kscp.reviews@kelderby.example.gov.uk
Sent:    Sunday 26 January 2025 21:47
Subject: RE: Draft review - my comments

Dear Dr Mercer,

Thank you for sending the draft and for reading it to me on the phone with the interpreter. I have now read it again with my sister Vathani helping me with some English words. My comments are below.

1. Page 2, paragraph 2.1. Please say that my father [[n/t|Sivakumar]] died in Jaffna. He was ill for a long time and I was not allowed to go. This still hurts me very much.

2. Paragraph 2.4. My probation officer Mr Achterberg was very kind to me. Please do not make it sound like I was the violent one. I pushed him once after eleven years.

3. Paragraph 2.5. The old number 07700 900127 was in his name. The number 07700 900418 is my own contract and I pay it myself.

4. In the key the date of birth is right, 22/06/1984, but on my old GP letters it was 06/22/1984 because he filled in the forms. Please tell the surgery to correct it.

5. Names. At home and at the temple people call me Tharsh. At the Tamil school I was S. Tharshini, because we write the father's initial first. I never used [[n/s|Navaratnam]]. Please use Tharshini Sivakumar.

6. The children say thank you for listening to them. Kajan wants to know if his picture will be in the report.

Thank you,
Tharshini

-----Original message-----
From:    Alison Mercer <alison.mercer@kscp-review.example.org>
To:      tharshini.s84@example.com
Sent:    Monday 20 January 2025 10:02
Subject: Draft review - my comments

Dear Tharshini,

As promised, I attach the extract of the draft review that concerns you and the children. Please take your time. If anything is wrong, or if you would like anything added in your own words, reply to this email or ring the Partnership office on 0113 496 0541 and ask for me. I will not share your comments with Kantharuban or his family.

With best wishes,
Alison Mercer
Independent lead reviewer, Kelderby Safeguarding Children Partnership
''',
    ]
    return {'bundle_id': 'eval17-01', 'subject': subject, 'lexicon': lex, 'documents': [
        ('doc-01', 'child-safeguarding-practice-review-extract', d1),
        ('doc-02', 'family-court-position-statement', d2),
        ('doc-03', 'parenting-assessment-report-extract', d3),
        ('doc-04', 'idva-case-closure-letter', d4),
        ('doc-05', 'school-nurse-contact-record', d5),
        ('doc-06', 'practitioner-learning-event-notes', d6),
        ('doc-07', 'review-draft-factual-accuracy-response', d7),
    ]}

# ================================================================ bundle 02
# Yemeni Arabic naming (ism + father + grandfather + nisba; kunya; Arabic script).
# Setting: immigration detention.  Subject male, 29.
def bundle02():
    subject = {
        'name': 'Hamoud Abdullah Saleh AL-HAJRI',
        'aliases': ['Hamood Abdulla AL HAJRI', 'Hamud Al-Hajri', 'Abu Yasser', 'Hamoudi',
                    'حمود عبدالله صالح الهاجري'],
        'date_of_birth': '1996-02-17',
        'prison_number': 'G2086VN',
        'identifiers': {'pnc': '2019/0217446T', 'cro': '051877/19L', 'nhs_number': '999 307 8522',
                        'passport': '06482319'},
        'contact': {'addresses': ['Flat 9, Corbridge House, Wellesley Street, Dunmere YD2 4RH'],
                    'phones': ['07700 900612'],
                    'emails': ['hamoud.hajri96@example.net']},
    }
    lex = [
        ('Hamoud Abdullah Saleh AL-HAJRI', 'n', 's'), ('Hamoud Abdullah Saleh Al-Hajri', 'n', 's'),
        ('AL-HAJRI, Hamoud Abdullah Saleh', 'n', 's'), ('AL-HAJRI, Hamoud', 'n', 's'),
        ('Hamood Abdulla AL HAJRI', 'n', 's'), ('Hamud Al-Hajri', 'n', 's'),
        ('Hamoud Al-Hajri', 'n', 's'), ('Hamoud AL-HAJRI', 'n', 's'), ('HAMOUD', 'n', 's'),
        ('Hamoud', 'n', 's'), ('Hamud', 'n', 's'), ('Hamoudi', 'n', 's'), ('Abu Yasser', 'n', 's'),
        ('Harnoud Al-HajrI', 'n', 's'), ('Harnoud', 'n', 's'),
        ('حمود عبدالله صالح الهاجري', 'n', 's'),
        ('Al-Hajri', 'n', None), ('AL-HAJRI', 'n', None), ('Abdullah', 'n', None),
        ('17/02/1996', 'dob', 's'), ('17 February 1996', 'dob', 's'), ('17.02.96', 'dob', 's'),
        ('G2086VN', 'pn', 's'), ('2019/0217446T', 'pnc', 's'), ('19/217446T', 'pnc', 's'),
        ('051877/19L', 'cro', 's'), ('999 307 8522', 'nhs', 's'), ('06482319', 'pp', 's'),
        ('Flat 9, Corbridge House, Wellesley Street, Dunmere', 'ad', 's'), ('Corbridge House', 'ad', 's'),
        ('YD2 4RH', 'pc', 's'), ('07700 900612', 'ph', 's'), ('hamoud.hajri96@example.net', 'em', 's'),
        # family
        ('Abdulrahman Ahmed AL-HAJRI', 'n', 't'), ('Abdulrahman Ahmed Al-Hajri', 'n', 't'),
        ('Abdulrahman Al-Hajri', 'n', 't'), ('Abdulrahman', 'n', 't'), ('04/07/1988', 'dob', 't'), ('ALHAJ807048AA9LK', 'dl', 't'),
        ('JR 51 38 20 A', 'ni', 't'),
        ('27 Carrow Street, Dunmere', 'ad', 't'), ('Carrow Street', 'ad', 't'), ('YD3 8LU', 'pc', 't'),
        ('0114 496 0732', 'ph', 't'), ('Nour', 'n', 't'), ('Afrah', 'n', 't'), ('Yasser', 'n', 't'),
        # detainees
        ('Bereket HAILE', 'n', 't'), ('Bereket Haile', 'n', 't'), ('HAILE, Bereket', 'n', 't'), ('Bereket', 'n', 't'), ('Haile', 'n', 't'),
        ('Kwabena OSEI', 'n', 't'), ('Kwabena Osei', 'n', 't'), ('Osei', 'n', 't'),
        # charity / private
        ('Tom HARGREAVES', 'n', 't'), ('Tom Hargreaves', 'n', 't'), ('Hargreaves', 'n', 't'),
        ('07700 900318', 'ph', 't'), ('tom.h@dunmeredetaineesupport.example.org', 'em', 't'),
        ('Elspeth GRAYLING', 'n', 't'), ('Elspeth Grayling', 'n', 't'), ('Grayling', 'n', 't'),
        ('Yusuf DARWISH', 'n', 't'), ('Yusuf Darwish', 'n', 't'), ('Darwish', 'n', 't'),
        ('y.darwish@beaconlaw.example.co.uk.cjsm.net', 'em', 't'),
        # staff
        ('Lydia MARSDEN', 'n', 'st'), ('Lydia Marsden', 'n', 'st'), ('Marsden', 'n', 'st'),
        ('Simon PEARCE', 'n', 'st'), ('S. Pearce', 'n', 'st'), ('Pearce', 'n', 'st'),
        ('Gareth LLEWELLYN', 'n', 'st'), ('Gareth Llewellyn', 'n', 'st'), ('Llewellyn', 'n', 'st'),
        ('Joanne CRICK', 'n', 'st'), ('Joanne Crick', 'n', 'st'), ('Crick', 'n', 'st'),
        ('Adaeze OKORO', 'n', 'st'), ('Adaeze Okoro', 'n', 'st'), ('Okoro', 'n', 'st'),
        ('Imran BASHIR', 'n', 'st'), ('Imran Bashir', 'n', 'st'), ('Bashir', 'n', 'st'),
        ('Paula HENSHAW', 'n', 'st'), ('P. Henshaw', 'n', 'st'), ('Henshaw', 'n', 'st'),
        ('Fairbairn', 'n', 'st'), ('paula.henshaw@homeoffice.example.gov.uk', 'em', 'st'),
    ]
    d1 = [
'''HOME OFFICE - DETENTION GATEKEEPER
Record of decision to authorise detention (minute)                OFFICIAL-SENSITIVE
Mailbox: detention.gatekeeper@homeoffice.example.gov.uk    Duty line: 020 7946 0319

Person:       AL-HAJRI, Hamoud Abdullah Saleh        DOB 17/02/1996        Nationality: Yemeni
Also known:   Hamood Abdulla AL HAJRI; Hamud Al-Hajri
PNC:          2019/0217446T          Prison no.: G2086VN (HMP Dunmere, released to IRC)
Referred by:  Lydia Marsden, Foreign National Offender casework
Decision by:  S. Pearce, Gatekeeper, 3 March 2025

Minute

I have considered the referral from Ms Marsden for the detention of Mr [[n/s|Al-Hajri]] on the expiry of his custodial sentence. He completed a sentence of 14 months for possession of a class B drug with intent to supply and is liable to deportation. A deportation order was signed on 12 February 2025.

The referral says that removal can take place within a reasonable period because an emergency travel document has been requested. I do not accept that without more. There are no scheduled flights to Sana'a, and returns to Aden have been intermittent. The only identity document on file is an expired Yemeni passport, number 06482319, which the embassy has not yet verified.

Against that, Mr [[n/s|Al-Hajri]] has two previous failures to report (2018 and 2019), used the alias Hamud Al-Hajri when arrested, and gave an address, Flat 9, Corbridge House, Wellesley Street, Dunmere, which he left without notifying reporting staff. His cousin, Abdulrahman Ahmed Al-Hajri, has offered accommodation but the address has not been checked.

The referral notes no adult-at-risk indicators. I note, however, that prison healthcare recorded "low mood, poor sleep" in January and that Hamoud disclosed that his younger brother was killed in Taiz. The receiving centre must complete a full healthcare screening within 24 hours.

Decision: detention authorised, to be reviewed at 7 days by the case owner and by me at 28 days. Rationale: risk of absconding outweighs the presumption of liberty at this point, but the removal prospects are weak and must be evidenced at the first review.
''',
    ]
    d2 = [
'''ADULTS AT RISK IN IMMIGRATION DETENTION - CASE REVIEW
Brackenford IRC, Airfield Lane, Brackenford YB7 3HD (healthcare: 0117 496 0250)
Detained person: Hamoud AL-HAJRI (DOB 17.02.96)        NHS 999 307 8522
Review date: 14 April 2025        Chaired by: Lydia Marsden (case owner)
Attending: Nurse Adaeze OKORO (IRC healthcare), Dr Imran BASHIR (IRC GP), Joanne CRICK (Detention Custody Manager)

Summary of new evidence

Since the last review Hamoud has lost 6 kg. Nurse Okoro explained that he has been eating only one meal a day and spending most of the day in his room. He has told healthcare that he hears his son calling him at night. His son, Yasser, is four and lives with Hamoud's wife, Afrah, in Taiz; Hamoud has not spoken to them since February because the phone he used to call them, 07700 900612, was retained in his property at the prison and the number has since lapsed.

Dr Bashir reported that an independent doctor, Dr Elspeth Grayling, had examined Hamoud on 2 April at the request of his solicitor, Mr Darwish, and had reported scars consistent with his account of being beaten in detention in Yemen in 2016. Dr Bashir said he had not yet seen the full report. He had prescribed sertraline and would review in two weeks.

Mrs Crick said that Hamoud was polite with staff and had no incidents apart from the events of 29 March, when he became distressed after a room search and a fellow detained person, Bereket Haile, intervened to calm him. She described the two men as close; Mr Haile has been translating for Hamoud on the wing.

Discussion

Ms Marsden accepted that the evidence now indicates that Hamoud is an adult at risk at level 2. She noted that no travel document has been issued and that the embassy has asked for further information about his father, whom Hamoud names as [[n/t|Abdullah Saleh]], and his place of birth.

Outcome

Detention to be maintained for a further 14 days pending the full medico-legal report and a response from the embassy. If neither is received, the case owner will refer for release on immigration bail to the address offered by his cousin at 27 Carrow Street, Dunmere YD3 8LU.
''',
    ]
    d3 = [
'''CORVANE CARE AND CUSTODY - BRACKENFORD IRC
Statement of Detainee Custody Officer (incident account)
Name of officer: Gareth LLEWELLYN, DCO                   Date of incident: 29 March 2025
Detained person involved: AL-HAJRI, Hamoud              Other detained person: HAILE, Bereket

At about 10:40 on Saturday 29 March 2025 I was asked by the duty manager, Mr Fairbairn, to carry out a routine room search on Kestrel unit with my colleague. The room is shared by Mr [[n/s|AL-HAJRI]] and Mr Osei. Mr Osei was at the gym.

When we explained what we were doing, Mr [[n/s|AL-HAJRI]] became upset. He asked us not to touch a plastic folder on his bed. I explained that I had to check it but that I would not take anything out of it. In the folder were photographs of a young woman and a small boy and some papers in Arabic. Mr [[n/s|AL-HAJRI]] said, "This is my wife, this is my son, this is all I have." He started to cry and then to shout. He hit the wall with his open hand twice.

Mr Haile, who lives in the next room, came to the door. He spoke to Mr [[n/s|AL-HAJRI]] in Arabic and then said to me, "Hamoud is not angry with you, he is frightened you will lose the photos." I handed the folder back to Mr [[n/s|AL-HAJRI]] and finished the search without removing anything. No force was used. Mr [[n/s|AL-HAJRI]] apologised to me afterwards and shook my hand.

I reported the incident to healthcare because I was worried about his mood. I believe he needs someone to speak to in his own language. He told Mr Haile that people at home call him Abu Yasser, after his son, and that nobody here knows who he is.

Signed: Gareth Llewellyn, DCO        29 March 2025 at 13:05
Countersigned: Joanne Crick, DCM
''',
    ]
    d4 = [
'''DUNMERE DETAINEE SUPPORT - CASEWORK CHRONOLOGY
Client: Hamoud Al-Hajri (he prefers Hamoud; family call him Hamoudi)
Caseworker: Tom Hargreaves, 07700 900318, tom.h@dunmeredetaineesupport.example.org

6 March 2025. First visit at Brackenford. Hamoud was referred by Bereket Haile, whom we already support. Hamoud speaks some English but prefers Arabic. He was transferred from prison on 3 March and had not been told why he was still detained. He has no solicitor. He gave me his old email address, hamoud.hajri96@example.net, but cannot access it because he does not remember the password. I explained immigration bail and the duty solicitor scheme.

11 March 2025. Telephoned his cousin, Abdulrahman, on 0114 496 0732. Abdulrahman lives with his wife, Nour, and three children at 27 Carrow Street and is willing to provide an address and to attend as a financial condition supporter. He asked whether a letter would help and I said it would. He told me Hamoud worked in a car wash before his arrest and sent almost all his wages home.

19 March 2025. Referred Hamoud to Beacon Immigration Law. Mr Darwish accepted the case under legal aid and will apply for bail once the sponsor's address is confirmed. I gave Mr Darwish the details of Hamoud's previous address at Corbridge House, which was a room in a shared house run by a private landlord.

31 March 2025. Hamoud rang me, upset about a room search two days earlier. He said the officer was "fair" but that he had thought his photographs would be taken. He asked me to keep copies of them. His friend Bereket helped him to explain.

2 April 2025. Dr Grayling visited Hamoud with an Arabic interpreter to prepare a medico-legal report. Hamoud told me afterwards that it was the first time he had described what happened to him in 2016 in full.

22 April 2025. Hamoud's bail hearing is listed for 2 May. Abdulrahman has sent his letter and a copy of his driving licence to Mr Darwish. I will attend the hearing as an observer.
''',
    ]
    MR = 'Medico-legal report: Hamoud Abdullah Saleh AL-HAJRI (DOB 17/02/1996) | Dr E. Grayling | page %d of 2'
    d5 = [
MR % 1 + '''

INDEPENDENT MEDICO-LEGAL REPORT (EXTRACT: PARTS 1, 4 AND 7)
Prepared for Beacon Immigration Law (Mr Yusuf Darwish, y.darwish@beaconlaw.example.co.uk.cjsm.net)
Examining doctor: Dr Elspeth GRAYLING, MB ChB, MRCGP, independent clinician volunteering with a medical charity
Examined at Brackenford IRC on 2 April 2025, with an Arabic interpreter, for 3 hours 10 minutes

1. Identity

The person I examined gave his name as Hamoud Abdullah Saleh AL-HAJRI and wrote it for me in Arabic as حمود عبدالله صالح الهاجري. He gave his date of birth as 17 February 1996 and said that his family call him Hamoudi. He is married to Afrah and they have one son, Yasser, who is four. He explained that in Yemen he would be addressed as Abu Yasser, "the father of Yasser", as a mark of respect. His father, [[n/t|Abdullah]], died in 2019. I have checked his identity against the IRC records, where he is also recorded as Hamood Abdulla AL HAJRI (PNC 19/217446T).

4. Account of detention in Yemen

Hamoud said that in 2016, when he was twenty, he was detained for eleven days by an armed group at a checkpoint outside Taiz. He said he was kept with about thirty men in a basement and was beaten on the soles of his feet and across his back with a cable on at least four occasions. He described the sound of the generator and the smell of diesel, and he became visibly distressed when describing a man who died in the room.
''',
MR % 2 + '''

7. Findings and opinion

On examination I found four linear hyperpigmented scars across the upper back, each between 8 and 14 cm long and about 1 cm wide. In my opinion these are highly consistent with his account of being struck with a cable. I found tenderness and thickening of the plantar fascia of both feet, which is consistent with his account of beatings to the soles of the feet, although there are other possible causes.

Hamoud meets the diagnostic criteria for post-traumatic stress disorder and a moderate depressive episode. His symptoms have worsened markedly since he was detained at Brackenford: he reports nightmares most nights, hearing his son's voice, and a sense of being "buried again". He told me that Mr Haile, another detained person, is the only person he talks to. In my opinion continued detention is likely to cause further deterioration.

I have been careful to avoid leading questions and have considered the possibility of fabrication. Hamoud's account was detailed, consistent with what he told the IRC GP, Dr Bashir, and with his records at HMP Dunmere (prison number G2086VN), and was delivered with appropriate emotion.

Dr Elspeth Grayling                                                          9 April 2025
''',
    ]
    d6 = [
'''HOME 0FFICE - DETENTI0N AND ESC0RTING C0MPLAINTS
Rolfe House, 14 Canal Wharf, Dunmere YB1 6AW     decu.complaints@homeoffice.example.gov.uk
[scanned copy - page quality poor]

C0MPLAINT INVESTIGATI0N REP0RT (SUMMARY)
Cornplainant: Harnoud Al-HajrI            D0B: 17/02/1996       CR0: 051877/19L
lnvestigating officer: P. Henshaw, Professional Standards    paula.henshaw@homeoffice.example.gov.uk

1. The cornplaint

Mr Harnoud (the OCR has rendered the name this way throughout; the complainant is Hamoud AL-HAJRI) cornplains that on 29 March 2025 his personal photographs were handled roughly during a room search and that he was not given an interpreter when he asked for one at healthcare on 30 March.

2. Evidence considered

l have read the statement of DC0 Llewellyn, the IRC search log, the healthcare record and a staternent from the other detained person present, Mr Bereket HAILE. I have spoken to the duty rnanager, Mr Fairbairn, and to the complainant through a telephone interpreter. The cornplainant's solicitor, Mr Darwish, made written representations.

3. Findings

The search was lawful and proportionate. DC0 Llewellyn's account, which Mr Haile supports, is that the photographs were returned intact and that the officer took care with thern. I do not uphold that part of the cornplaint.

On 30 March the complainant attended healthcare and asked for an Arabic interpreter. The nurse on duty recorded that "patient declined interpreter" but the complainant says, and Mr Haile confirms, that he was told the interpreter line was busy and that Mr Haile should translate. A detained person should not be used as an interpreter for a healthcare consultation. I uphold this part of the cornplaint.

4. Recommendation

Healthcare staff to be reminded of the interpreting policy. A written apology to be sent to Mr [[n/s|AL-HAJRI]].

P. Henshaw        16 May 2025
''',
    ]
    d7 = [
'''Abdulrahman Ahmed AL-HAJRI
27 Carrow Street, Dunmere
YD3 8LU
Tel 0114 496 0732

To the First-tier Tribunal (Immigration and Asylum Chamber)

18 April 2025

Letter of support for bail: Hamoud Abdullah Saleh AL-HAJRI

I, Abdulrahman Ahmed Al-Hajri, date of birth 04/07/1988, am the cousin of Hamoud. His father [[n/t|Abdullah]] and my father were brothers. I have lived in the UK since 2009 and I have British citizenship. I work as a delivery driver. My National Insurance number is JR 51 38 20 A and my driving licence number is ALHAJ807048AA9LK. I enclose copies.

I live with my wife Nour and our three children in a three-bedroom house which we rent from the council. Hamoud can have the small bedroom, which is now a store room, and I will clear it for him. He will not have to pay rent. I will make sure he reports as required and I will bring him to any appointment. I can offer £500 as a financial condition.

I know that Hamoud made a mistake and went to prison. He was working in a car wash and some people used him. Before that he was a good boy in our family. Since his brother and his father died he carries everything for his mother, his wife Afrah and his son Yasser. In detention he is becoming like a shadow. When he calls me he does not talk, he only cries.

I ask the Tribunal to let Hamoud come to my house. I promise that he will follow every condition.

Yours faithfully,

Abdulrahman Al-Hajri
''',
    ]
    return {'bundle_id': 'eval17-02', 'subject': subject, 'lexicon': lex, 'documents': [
        ('doc-01', 'detention-gatekeeper-decision-minute', d1),
        ('doc-02', 'adults-at-risk-detention-review', d2),
        ('doc-03', 'detainee-custody-officer-incident-account', d3),
        ('doc-04', 'bail-charity-caseworker-chronology', d4),
        ('doc-05', 'independent-medico-legal-report-extract', d5),
        ('doc-06', 'irc-complaint-investigation-report', d6),
        ('doc-07', 'bail-accommodation-sponsor-letter', d7),
    ]}

# ================================================================ bundle 03
# Korean naming (family name first; hyphenated given name; English name; older romanisation).
# Setting: prison psychology (women's prison).  Subject female, 34.
def bundle03():
    subject = {
        'name': 'Min-seo JEONG',
        'aliases': ['JEONG Min-seo', 'Mina Jeong', 'CHUNG Min Seo', 'Minseo', '정민서'],
        'date_of_birth': '1991-04-08',
        'prison_number': 'A9351EH',
        'identifiers': {'pnc': '2016/0090731N', 'cro': '240613/16P', 'nhs_number': '999 742 5030',
                        'ni_number': 'SE 60 41 92 B', 'passport': 'M48213097'},
        'contact': {'addresses': ['Flat 12, Ravenscourt, 88 Quayside, Harnley YH6 2TB'],
                    'phones': ['07700 900884'], 'emails': ['minaj.studio@example.net']},
    }
    lex = [
        ('Min-seo JEONG', 'n', 's'), ('Min-seo Jeong', 'n', 's'), ('JEONG Min-seo', 'n', 's'),
        ('Jeong Min-seo', 'n', 's'), ('JEONG, Min-seo', 'n', 's'), ('JEONG MIN-SEO', 'n', 's'),
        ('Mina Jeong', 'n', 's'), ('Mina JEONG', 'n', 's'), ('CHUNG Min Seo', 'n', 's'),
        ('Min-seo', 'n', 's'), ('Minseo', 'n', 's'), ('Mina', 'n', 's'), ('M. Jeong', 'n', 's'),
        ('MSJ', 'n', 's'), ('정민서', 'n', 's'),
        ('Jeong', 'n', None), ('JEONG', 'n', None),
        ('08/04/1991', 'dob', 's'), ('1991.04.08', 'dob', 's'), ('8 April 1991', 'dob', 's'),
        ('A9351EH', 'pn', 's'), ('2016/0090731N', 'pnc', 's'), ('16/90731N', 'pnc', 's'),
        ('240613/16P', 'cro', 's'), ('999 742 5030', 'nhs', 's'), ('SE 60 41 92 B', 'ni', 's'),
        ('M48213097', 'pp', 's'),
        ('Flat 12, Ravenscourt, 88 Quayside, Harnley', 'ad', 's'), ('Ravenscourt', 'ad', 's'),
        ('YH6 2TB', 'pc', 's'), ('07700 900884', 'ph', 's'), ('minaj.studio@example.net', 'em', 's'),
        # family, friends, victim, prisoners
        ('JEONG Dae-ho', 'n', 't'), ('Dae-ho', 'n', 't'),
        ('LEE Mi-kyung', 'n', 't'), ('Lee Mi-kyung', 'n', 't'), ('Mi-kyung', 'n', 't'), ('Lee', 'n', 't'),
        ('Jeong Woo-jin', 'n', 't'), ('Woo-jin', 'n', 't'), ('Woojin', 'n', 't'),
        ('07700 900205', 'ph', 't'),
        ('Su-ah BAEK', 'n', 't'), ('Su-ah', 'n', 't'), ('Baek', 'n', 't'),
        ('Callum REDFERN', 'n', 't'), ('Callum Redfern', 'n', 't'), ('Callum', 'n', 't'), ('Redfern', 'n', 't'),
        ('5355 2200 1234 5678', 'card', 't'),
        ('Kayleigh DUNNE', 'n', 't'), ('Kayleigh', 'n', 't'), ('Dunne', 'n', 't'), ('Leanne', 'n', 't'),
        # staff
        ('Ruth ABERNETHY', 'n', 'st'), ('Ruth Abernethy', 'n', 'st'), ('R. Abernethy', 'n', 'st'),
        ('Abernethy', 'n', 'st'), ('Ruth', 'n', 'st'),
        ('Oliver PRYCE', 'n', 'st'), ('O. Pryce', 'n', 'st'), ('Oliver Pryce', 'n', 'st'), ('Pryce', 'n', 'st'), ('Oliver', 'n', 'st'),
        ('Sandra KEOGH', 'n', 'st'), ('Sandra Keogh', 'n', 'st'), ('Keogh', 'n', 'st'),
        ('Mensah', 'n', 'st'), ('Gwen ALDOUS', 'n', 'st'), ('Gwen Aldous', 'n', 'st'), ('Aldous', 'n', 'st'),
        ('gwen.aldous@learnwell-education.example.co.uk', 'em', 'st'),
        ('Tomasz NOWICKI', 'n', 'st'), ('Nowicki', 'n', 'st'),
    ]
    RH = 'JEONG, Min-seo | A9351EH | Psychological risk assessment | OFFICIAL-SENSITIVE | page %d of 2'
    d1 = [
RH % 1 + '''

HMP & YOI STENMOOR - FORENSIC PSYCHOLOGY SERVICE
Psychological risk assessment (extract: background, formulation, conclusions)
Name: Min-seo JEONG (also recorded as CHUNG Min Seo on the 2016 caution)     DOB: 08/04/1991
PNC: 2016/0090731N     CRO: 240613/16P
Author: Dr Ruth Abernethy, HCPC registered forensic psychologist. Assisted by Oliver Pryce, trainee.

1. Background

Ms [[n/s|Jeong]] was born in Busan and came to the United Kingdom in 2013 on a student visa to study design. She later obtained settled status through work. She describes her father, JEONG Dae-ho, as a strict and distant man who ran a small printing business, and her mother, Lee Mi-kyung, as anxious and devoted. She has one younger brother, Woo-jin, who lives in Seoul and with whom she is in regular contact by letter.

In the United Kingdom she used the English name Mina, which she chose at university "because English people could say it". She asked me to use her Korean name, Min-seo, in our sessions and in this report.

In 2019 she began a relationship with Callum Redfern. She described the first year as happy. From 2020 she says he became controlling about money and contact with her friends, particularly her closest friend, Su-ah BAEK, and that he twice locked her out of the flat they shared at Ravenscourt. Mr Redfern's account, given in his statement to police, is different: he describes Min-seo as jealous and says she damaged his property on several occasions.

2. Index offence

On 3 September 2022, after Mr Redfern had ended the relationship and moved out, Min-seo set fire to a pile of his clothing in the hallway of the flat at Flat 12, Ravenscourt, 88 Quayside, Harnley, while a neighbour was at home in the flat below. She also pleaded guilty to fraud by false representation, having used his bank card, ending 5678, for purchases totalling £1,140 in the week before the fire.
''',
RH % 2 + '''

3. Formulation

My understanding is that Min-seo's offending arose from an overwhelming sense of abandonment and humiliation, at a time when she was isolated from her family and her friend Su-ah. She learned in childhood that anger was not acceptable; she describes keeping feelings "folded away" until they "burst". When Callum left, she felt, in her words, "erased". The fire, she says, was meant to destroy the things that reminded her of him; she accepts that it could have killed the neighbour and that she did not think about that at the time.

Protective factors include her strong bond with her mother and brother, her creativity and work ethic, her engagement with education (see the report of Ms Aldous) and her willingness to talk about her offence. She has had no adjudications at Stenmoor. Officer Mensah describes her as "the calm one on the landing".

4. Conclusions

I assess Min-seo as presenting a low to moderate risk of further fire-setting and a low risk of general offending. I recommend continued individual work with the psychology service, with the aim of completing a formulation-based intervention before her parole eligibility date.

Dr Ruth Abernethy, Forensic Psychologist, 3 June 2025
''',
    ]
    d2 = [
'''PSYCHOLOGY SESSION NOTES (process notes, not for routine disclosure)
Client: JEONG Min-seo, A9351EH          Clinician: Oliver Pryce (trainee), supervised by Dr Abernethy

Session 4, 8 April 2025. Min-seo arrived early and told me it was her birthday; she said nobody on the wing knew and she preferred it that way. We talked about birthdays in her family. Her mother always made seaweed soup and her father never said anything. She said Woojin had sent a card with a photograph of their mother, who has been unwell. She became tearful when she described her mother's voice on the phone call she was allowed last month. I noticed that she quickly changed the subject to her cellmate, Leanne, who has been struggling, and that she seems more comfortable caring for others than being cared for.

Session 5, 15 April 2025. We returned to the relationship with Callum. Min-seo said she still thinks about him "every day, like a stone in my shoe". She described an evening in 2021 when Callum threw her laptop out of the window of the flat and then cried and apologised. She did not tell Su-ah because she was ashamed. When I asked what she would want to say to him now, she said, "That I am sorry for the fire, and that he was not the only one who was hurt." I did not challenge this today; we agreed to come back to it.

Session 6, 29 April 2025. Min-seo was distressed after an argument on the landing with another woman, Kayleigh Dunne, who had called her "Chinese" and mocked her accent. She said she had walked away and gone to her cell, which she was proud of. Kayleigh later apologised. We used the incident to map the chain from feeling humiliated to feeling rage, and Min-seo identified the point at which she "folds the feeling away". Homework: write down one occasion in the week when she noticed the fold.

Reflection for supervision with Ruth: I am aware of liking Min-seo and wanting to protect her. I need to hold in mind Mr Redfern's account and the neighbour who was at home that night.
''',
    ]
    d3 = [
'''HMP & YOI Stenmoor, Moor Road, Stenmoor YS4 2PW
Forensic Psychology Service                         psychology.stenmoor@justice.example.gov.uk

Ms Min-seo Jeong, A9351EH
Residential unit 3

10 June 2025

Dear Min-seo,

Feedback on your psychological risk assessment

Thank you for meeting me last week to go through the report I have written. As promised, I am writing to summarise what we discussed, in plain language, so that you have something to keep and to show your family if you wish.

First, the report uses your Korean name. You told me that official documents have called you Mina Jeong or Min-seo Jeong and, on the record of your caution in 2016, CHUNG Min Seo, and that this has sometimes made you feel as though there were three different people. I have added a note to your file so that all three names are linked to your prison number.

Secondly, we agreed that the most important thing we have learned together is the pattern you called "the fold": you put feelings away until they overflow. On the night of the fire, the feelings you had folded away after Callum left came out all at once. You have already started noticing the fold, for example on the day Kayleigh was rude to you, and that is exactly the skill the next stage of our work will build on.

Thirdly, you asked about contact with your family. I have spoken to your offender manager, Sandra Keogh, about an international video call with your mother, Mrs Lee, and your brother. Ms Keogh will ask the family to confirm their details; the number we have for your brother is 07700 900205, which he uses when he is working in London.

Finally, you asked me to correct the date of birth on your healthcare record, which shows the American order. Your date of birth is 8 April 1991 and I have asked healthcare to correct it.

If you disagree with anything in the report, you can write your comments and they will be attached to it. Please speak to me or to Oliver on the unit.

With best wishes,

Dr Ruth Abernethy
Forensic Psychologist
''',
    ]
    d4 = [
'''HMP & YOI STENMOOR - COMPLEX CASE CONSULTATION
Minutes of consultation held on 22 May 2025 (psychology, healthcare, offender management)

Present: Dr Ruth Abernethy (chair), Oliver Pryce, Sandra Keogh (prison offender manager), Dr Tomasz NOWICKI (mental health in-reach), Officer Mensah (residential). Minutes taken by Oliver Pryce.

1. Case: JEONG MIN-SEO, A9351EH, NHS 999 742 5030. Dr Abernethy introduced the case. Min-seo is serving four years and six months for arson and fraud and has been at Stenmoor since November 2022. The purpose of the consultation was to agree how the service should respond to her low mood and to her request for trauma work.

2. Dr Nowicki said that Min-seo does not meet the threshold for a diagnosed mental illness but that her mood has been low since her mother became unwell. He has offered a review in four weeks. He noted that healthcare held two records, one under Mina Jeong and one under Min-seo Jeong, and that they have now been merged.

3. Officer Mensah said Min-seo was settled and helpful on the unit and that other women, including Leanne, turn to her for support. He described the incident with Kayleigh Dunne as "handled well by [[n/s|Jeong]]; she took herself away". He raised a concern that Min-seo had given away most of her canteen to other women and might be exploited.

4. Ms Keogh reported that Min-seo's release plan depends on accommodation. Her previous flat at Ravenscourt has been re-let. Her friend Su-ah has offered a room but has not yet been assessed. Ms Keogh also confirmed that the Home Office has Min-seo's Korean passport, number M48213097, and that she is not currently subject to deportation action because of her settled status.

5. Agreed actions: Oliver to continue weekly sessions; Dr Abernethy to complete the risk assessment by 6 June; Ms Keogh to progress the video call with Mrs Lee and to request an assessment of Su-ah BAEK's address.
''',
    ]
    d5 = [
'''[Typed transcription of a handwritten document written by the prisoner for her psychology sessions. Spelling as in original. Some words unclear.]

MY LIFE, IN SHORT - by Min-seo (정민서)

I was born on 1991.04.08 in Busan, which in England you write 08/04/1991, so even my birthday changes when I cross the sea. My father JEONG Dae-ho had a printing shop. My mother LEE Mi-kyung sold cakes at the market at weekends. In Korea the wife keeps her own family name so my mother is Lee and not [[n/s|Jeong]], and English people at the visits desk always get confused.

My brother Woo-jin is three years younger. When we were small he followed me everywhere. Now he is the one who writes to me every week.

I came to England at 22. At university the other students could not say Min-seo so I became Mina. I liked Mina. Mina was braver than Min-seo. Mina had a design studio on Instagram and an email, minaj.studio@example.net, and a phone, 07700 900884, that rang with work.

Then I met Callum. At first he was kind. He said my English was cute. Later he said it was stupid. He kept my bank card and gave me money when he decided. I know I did wrong things to him too. I used his card (5355 2200 1234 5678) when he stopped answering me and I bought things I did not even want. I set fire to his clothes. I did not think about the man downstairs. I think about him now.

My friend Su-ah says I must stop saying sorry in every sentence. She says I am still Min-seo under everything. I hope that is true.

[signed] M. Jeong
''',
    ]
    d6 = [
'''FORENSIC PSYCHOLOGY SERVICE - PSYCHOMETRIC ASSESSMENT SCORE SHEET
Establishment: HMP & YOI Stenmoor          Administered by: O. Pryce (trainee)    Supervisor: R. Abernethy
Name (as NOMIS): JEONG, Min-seo            Prison no: A9351EH       DOB: 08/04/1991
Preferred name: Min-seo (not "Mina")       First language: Korean   Interpreter: not required

Measure                                   Date         Raw    Band / interpretation
----------------------------------------  -----------  -----  ------------------------------
Brief symptom inventory (global index)    10/04/2025   1.12   Elevated (clinical range)
Anger expression: suppression scale       10/04/2025   29     High
Anger expression: outward scale           10/04/2025   12     Low
Fire-setting interest and attitudes       17/04/2025   14     Below offender norm
Relationship attachment (anxious)         17/04/2025   5.4    High
Relationship attachment (avoidant)        17/04/2025   3.1    Average
Social problem solving (total)            24/04/2025   9.8    Below average

Administration notes: Completed over three sessions in English. MSJ asked for two items to be
explained in simpler words (anxious attachment items 4 and 9). Scores for the anger suppression
scale are consistent with the formulation ("the fold"). Validity indices within normal limits.

Checked by: Dr R. Abernethy, 28 April 2025
''',
    ]
    d7 = [
'''LEARNWELL EDUCATION (prison education contractor) - HMP & YOI Stenmoor
Learner progress report

Learner: Min-seo Jeong (A9351EH)            Course: Level 3 Diploma in Graphic Design
Tutor: Gwen Aldous, gwen.aldous@learnwell-education.example.co.uk
Report requested by: Sandra Keogh, prison offender manager

Min-seo joined the graphic design class in March 2023 and has been one of the most committed learners I have taught at Stenmoor. She arrives early, helps less confident learners with the software and has taken on the unofficial role of class mentor. She completed units 1 to 6 of the diploma with distinction and is now working on her final portfolio, a series of posters for the prison's family day.

In class Min-seo is quiet and sometimes hard on herself. When a piece does not go as planned she tends to say sorry and start again rather than ask for help. We have worked on this together; she now brings drafts to me at an earlier stage. She has also supported another learner, Leanne, through a difficult period, and I have had to remind her that she is not responsible for other learners' work.

Min-seo has told me that before her sentence she ran a small design business under the name Mina Jeong. With her permission I have referred her to the employment hub, quoting her National Insurance number (SE 60 41 92 B), so that her previous experience can be recorded, and I have given her details of a social enterprise that employs women after release.

I would strongly support any application Min-seo makes for a role as a peer education mentor. She has the skills, the patience and the trust of the other women.

Gwen Aldous, Tutor                                                              19 May 2025
''',
    ]
    return {'bundle_id': 'eval17-03', 'subject': subject, 'lexicon': lex, 'documents': [
        ('doc-01', 'forensic-psychology-risk-assessment-report', d1),
        ('doc-02', 'psychology-session-process-notes', d2),
        ('doc-03', 'psychology-feedback-letter-to-prisoner', d3),
        ('doc-04', 'complex-case-consultation-minutes', d4),
        ('doc-05', 'prisoner-life-history-narrative', d5),
        ('doc-06', 'psychometric-assessment-score-sheet', d6),
        ('doc-07', 'prison-education-tutor-progress-report', d7),
    ]}

# ================================================================ bundle 04
# English Romany Gypsy naming (family surnames shared across kin; nicknames; "Granny").
# Setting: youth justice and victim services.  Subject male, 16.
def bundle04():
    subject = {
        'name': 'Nelson Reuben BOSWELL',
        'aliases': ['Nelly', 'Nelson Lovell', 'N. R. Boswell', 'Nelly Boswell'],
        'date_of_birth': '2009-05-11',
        'identifiers': {'pnc': '2024/0311587W', 'nhs_number': '999 815 9261', 'ni_number': 'WM 72 35 08 A'},
        'contact': {'addresses': ['Plot 7, Oakfield Lane Caravan Site, Hallowell ZH3 9QT',
                                  'Plot 2, Withy Bank Farm, Coppice Lane, Stourmere ZS8 1NP'],
                    'phones': ['07700 900351'], 'emails': []},
    }
    lex = [
        ('Nelson Reuben BOSWELL', 'n', 's'), ('Nelson Reuben Boswell', 'n', 's'),
        ('BOSWELL, Nelson Reuben', 'n', 's'), ('BOSWELL, Nelson', 'n', 's'), ('Nelson BOSWELL', 'n', 's'),
        ('Nelson Boswell', 'n', 's'), ('N. R. Boswell', 'n', 's'), ('Nelly Boswell', 'n', 's'),
        ('Nelson Lovell', 'n', 's'), ('NELSON', 'n', 's'), ('Nelson', 'n', 's'), ('Nelly', 'n', 's'),
        ('Nelsen', 'n', 's'), ('NeIly', 'n', 's'), ('Oakfield Lane', 'ad', 's'), ('Reuben', 'n', 's'), ('NB', 'n', 's'),
        ('Boswell', 'n', None), ('BOSWELL', 'n', None), ('Lovell', 'n', None), ('Boswells', 'n', None),
        ('11/05/2009', 'dob', 's'), ('11 May 2009', 'dob', 's'), ('11.05.09', 'dob', 's'),
        ('2024/0311587W', 'pnc', 's'), ('24/311587W', 'pnc', 's'), ('999 815 9261', 'nhs', 's'),
        ('WM 72 35 08 A', 'ni', 's'),
        ('Plot 7, Oakfield Lane Caravan Site, Hallowell', 'ad', 's'), ('Plot 7', 'ad', 's'),
        ('ZH3 9QT', 'pc', 's'),
        ('Plot 2, Withy Bank Farm, Coppice Lane, Stourmere', 'ad', 's'), ('Withy Bank Farm', 'ad', 's'),
        ('ZS8 1NP', 'pc', 's'), ('07700 900351', 'ph', 's'),
        # family
        ('Vashti LOVELL', 'n', 't'), ('Vashti Lovell', 'n', 't'), ('Vashti', 'n', 't'), ('07700 900692', 'ph', 't'),
        ('Sylvester BOSWELL', 'n', 't'), ('Sylvester', 'n', 't'),
        ('Levi BOSWELL', 'n', 't'), ('Levi Boswell', 'n', 't'), ('Levi', 'n', 't'),
        ('Kizzy BOSWELL', 'n', 't'), ('Kizzy Boswell', 'n', 't'), ('Kizzy', 'n', 't'),
        ('Elvis LOVELL', 'n', 't'), ('Elvis Lovell', 'n', 't'), ('Elvis', 'n', 't'), ('YN62 KVD', 'vr', 't'),
        ('Tyson LOVERIDGE', 'n', 't'), ('Tyson', 'n', 't'),
        # victim and co-accused
        ('Kieran', 'n', 't'), ('Sharon', 'n', 't'),
        ('Jayden CRAWSHAW', 'n', 't'), ('Jayden Crawshaw', 'n', 't'), ('Jayden', 'n', 't'), ('Crawshaw', 'n', 't'),
        # charity
        ('Jodie FARRANT', 'n', 't'), ('Jodie Farrant', 'n', 't'), ('Jodie', 'n', 't'), ('Farrant', 'n', 't'),
        ('07700 900478', 'ph', 't'),
        # staff
        ('Aisha BELLAMY', 'n', 'st'), ('Aisha Bellamy', 'n', 'st'), ('Bellamy', 'n', 'st'), ('Aisha', 'n', 'st'),
        ('aisha.bellamy@hallowell.example.gov.uk', 'em', 'st'), ('0121 496 0419', 'ph', 'st'),
        ('Paul GRIMSHAW', 'n', 'st'), ('Paul Grimshaw', 'n', 'st'), ('Grimshaw', 'n', 'st'), ('Paul', 'n', 'st'),
        ('Trevor KNOWLES', 'n', 'st'), ('Trevor Knowles', 'n', 'st'), ('Knowles', 'n', 'st'),
        ('07700 900533', 'ph', 'st'),
        ('Dean FAIRCLOUGH', 'n', 'st'), ('Fairclough', 'n', 'st'),
        ('Daniel PENROSE', 'n', 'st'), ('Daniel Penrose', 'n', 'st'), ('Penrose', 'n', 'st'),
        ('Harriet GOULD', 'n', 'st'), ('Harriet Gould', 'n', 'st'), ('Gould', 'n', 'st'),
        ('Colin MARR', 'n', 'st'), ('Colin Marr', 'n', 'st'), ('Marr', 'n', 'st'),
    ]
    RH = 'Hallowell Youth Justice Service | BOSWELL, Nelson | DOB 11/05/2009 | OFFICIAL-SENSITIVE | page %d of 2'
    d1 = [
RH % 1 + '''

CASE FORMULATION REPORT (prepared for the three-month review of the youth rehabilitation order)
Young person: Nelson Reuben BOSWELL, known to everyone as Nelly           PNC 24/311587W
Home: Plot 7, Oakfield Lane Caravan Site, Hallowell ZH3 9QT
Case manager: Aisha Bellamy, Youth Justice Service, Wellgate House, 3 Abbey Walk, Hallowell ZH1 5BN
Tel 0121 496 0419 (direct) / 0121 496 0415 (office)     aisha.bellamy@hallowell.example.gov.uk

1. Who Nelson is

Nelson is sixteen and the younger son of Vashti LOVELL and Sylvester BOSWELL. He is an English Romany Gypsy and is proud of it. He lives with his mother in a trailer on the council site; his father is serving a sentence in an adult prison, and his older brother, Levi, aged nineteen, lives on the next plot with his partner. Until 2021 the family travelled for part of the year and spent winters on a private site at Withy Bank Farm, near Stourmere. Nelson's grandmother, Kizzy Boswell, is the most important adult in his life after his mother. Everyone on the site calls her Granny Kizzy, and Nelson told me that "if Granny says it, that's the law".

At school Nelson was registered for a while under his mother's surname as Nelson Lovell, which caused confusion when records were transferred. He has asked that we use [[n/s|Boswell]], his father's name, and Nelly when we talk to him.

2. The offence

On 18 October 2024 Nelson and another boy, Jayden Crawshaw, approached a fifteen-year-old boy, Kieran, at the bus station, pushed him against a shelter and took his phone and headphones. Kieran was not seriously hurt but was very frightened and has not used that bus station since. Nelson pleaded guilty to robbery at the youth court and received a twelve-month youth rehabilitation order with supervision, an attendance centre requirement and a restorative justice activity.
''',
RH % 2 + '''

3. Formulation

Nelson's account is that Jayden "did the talking" and he "just stood there", but he accepts that he pushed Kieran and that his size made him frightening. I think Nelson's offending is best understood against three things. First, his experience of anti-Gypsy name-calling at school, which he describes as constant and which he felt staff ignored; by Year 9 he had learned that fighting was the quickest way to make it stop. Secondly, the loss of his father to prison in 2023, after which Levi became the man of the family and Nelson tried to prove he was "no babby". Thirdly, his friendship with Jayden, who is two years older and who Nelson admired.

Strengths are many. Nelson is loyal, hard-working and good with his hands. He helps his uncle, Elvis Lovell, with tree work and scrap collection, and his uncle speaks highly of him. He has kept every appointment with me, usually brought by his mother, and he engaged openly with the victim worker, Paul Grimshaw.

4. Plan for the next three months

(a) Complete the attendance centre sessions with Mr Marr. (b) Complete the restorative activity, either a letter to Kieran or a meeting if Kieran and his mother agree. (c) Support the school reintegration plan agreed with Mr Penrose. (d) Referral to Hallowell Streetbase, a youth work charity, for mentoring with Jodie Farrant. (e) Review contact with Jayden, which is currently limited by an order of the court.

Aisha Bellamy, YJS case manager, 21 February 2025
''',
    ]
    d2 = [
'''HALLOWELL YOUTH JUSTICE SERVICE - VICTIM SERVICES
Record of restorative conversation with a person harmed
Worker: Paul Grimshaw, victim worker          Date: 4 March 2025, at the family home
Person harmed: Kieran (15), with his mother, Sharon. Full details held on the restricted victim file.
Young person responsible: Nelson BOSWELL (DOB 11.05.09); co-defendant Jayden CRAWSHAW (separate worker)

I visited Kieran and Sharon at home by arrangement. Kieran was quiet at first and let his mother speak. Sharon said that since October he had stopped going into town on his own, that he had asked to change his bus route to school, and that he had woken in the night more than once. She said she was angry with "both of those lads" and especially with the older one, Jayden, who had laughed during the court hearing.

When I explained that Nelson had been working with the youth justice service and wanted to make amends, Kieran asked whether Nelson knew his name. I said that Nelson knew his first name from the court papers but not his address. Kieran said he had seen Nelson at the bus station before, "with the Gypsy lads from the site", and that he had not thought Nelson would do anything because Nelson was usually on his own.

Kieran said the worst thing was not the phone but that his photographs of his grandad, who died last year, were on it, and he had no other copies. The phone was never recovered. Sharon asked whether Nelson or his family could replace it. I explained that compensation had not been ordered but that Nelson might choose to contribute through the reparation scheme.

Kieran did not want to meet Nelson. He said he would read a letter "if it's real and not written by a social worker". Sharon agreed to this. Both were clear that they did not want Jayden to contact them in any way.

Outcome: indirect restorative activity agreed (letter of apology). I will share Kieran's wishes with Aisha Bellamy and check the letter with Kieran and Sharon before it is delivered. Paul Grimshaw, 4 March 2025.
''',
    ]
    d3 = [
'''HALLOWELL BOROUGH COUNCIL - GYPSY AND TRAVELLER LIAISON SERVICE
Town Hall, Market Place, Hallowell ZH1 2EG    Tel 0121 496 0460    gtliaison@hallowell.example.gov.uk

Report for the youth justice service: Nelson Reuben Boswell
Author: Trevor Knowles, Gypsy and Traveller Liaison Officer (mobile 07700 900533)

I have known the [[n/t|Boswell]] and [[n/t|Lovell]] families for over fifteen years, first when they stopped on the roadside and on private land at Withy Bank Farm, and since 2021 as licensees on the council site at Oakfield Lane. I was asked by Ms Bellamy to describe Nelson's home circumstances and the support available to the family.

Nelson lives with his mother, Vashti, on Plot 7. The trailer and the amenity block are in good order and Vashti keeps the pitch immaculate. Nelson's brother Levi Boswell has the neighbouring plot with his partner and baby. Granny Kizzy lives on the same site and the family eat together most evenings. There have been no complaints about the [[n/t|Boswells]] from other residents or from the site manager in the last two years.

Vashti told me that Nelson's father, Sylvester, was sent to prison in 2023 and that Nelson "went inside himself" afterwards. She is worried that the family's name is now known to the police and that Nelson will be blamed for things he did not do. She said Nelson had been stopped twice in town since October, once while he was in his uncle's van (registration YN62 KVD) with Elvis.

I would like to record that Nelson has been helpful to me on several occasions, including carrying shopping for an elderly resident and translating words of Romani for a new family on the site. He is respected by younger children. I have offered to go with Vashti to the school reintegration meeting, as she has had poor experiences of school herself and does not read well.

Trevor Knowles, 11 March 2025
''',
    ]
    d4 = [
'''[Transcription of handwritten draft letter, scanned by YJS. OCR errors left in place where the meaning is clear.]

Deer Kieran,

My name is Nelsen, NeIly to my famly. I am the one who pushed you at the bus staton on the 18 0ctober. I am riting this letter my self. Aisha from the YOT helped me with the speling but the words are mine.

I want to say I am sorry. I was wrong to push you and take your fone. You did nothing to me. I was showing off to Jayden and I did not think about you at all. Paul told me that you dont go to town no more and that your fone had the photos of your grandad on it. When I heard that I felt sick. My grandad died when I was nine and I would be gutted if I lost his photos.

I am not going to make excuses. People call me names at school for being a Gypsy and I thought being hard would stop it. But that is not your fault and it does not make it right.

I have stopped knocking about with Jayden. I am doing my hours at the atendance centre and I am going back to school after Easter. My Granny Kizzy says a [[n/s|Boswell]] keeps his word, so I am giving you mine that I will never come near you again.

If you want, I will pay for a new fone out of my money from working with my uncle Elvis. Paul can sort it.

From Nelson Boswell
''',
    ]
    d5 = [
'''HALLOWELL JUNIOR ATTENDANCE CENTRE
Session report to case manager

Young person: BOSWELL, Nelson       DOB: 11/05/2009      PNC: 2024/0311587W
Order: YRO, attendance centre requirement (24 hours)
Officer in charge: Colin Marr       Case manager: Aisha Bellamy
Sessions covered: 1 to 4 (Saturdays, 8 February to 1 March 2025), 12 hours completed

Nelson arrived on time for every session, brought by his mother or, on one occasion, by his brother Levi. In the first session he was guarded and told another attendee that he "wasn't here to make friends". By the second session he was taking part fully in the group work and in the practical activities, and in the third session he helped me to set up the first aid equipment without being asked.

The group work in session 2 was about consequences. Nelson spoke about the effect of his offence on the victim and said he "never thought about the lad after". He became quiet when another attendee made a comment about "travellers nicking things". I stopped the session and addressed the comment. Nelson told me afterwards that it was the first time an adult had done that in front of him.

In session 4 the group did a first aid course. Nelson passed the practical assessment and was very pleased with his certificate, which he said he would give to Granny Kizzy "for her wall".

No concerns about behaviour. Nelly, as he asked me to call him from session 3, is a credit to the centre.

Colin Marr, Officer in Charge, 1 March 2025
''',
    ]
    d6 = [
'''HALLOWELL ACADEMY - SCHOOL REINTEGRATION MEETING
Notes of meeting held on 14 April 2025 at Hallowell Academy, Beacon Road, Hallowell ZH4 7LR (school office 0121 496 0488)

Present were Daniel Penrose (head of Year 11), Harriet Gould (SENCo), Aisha Bellamy (YJS), Trevor Knowles (council liaison officer), Vashti Lovell (mother) and Nelson himself. Notes by the school.

Mr Penrose welcomed everyone and said the school wanted Nelson back and wanted it to work this time. He acknowledged that Nelson had reported racist name-calling in Year 9 and Year 10 and that not all of those reports had been followed up. He apologised for that on behalf of the school.

Vashti said that she had nearly not come because school "always goes bad" for her family. She said she wanted Nelson to get his qualifications so that he would have more choices than she had. Mr Knowles added that several families on the Oakfield Lane site had similar experiences and that he would be happy to work with the school on this.

Nelson said he wanted to do construction at college and that he would try if people left him alone. He said he did not want to be in the same classes as two boys who had been friends of Jayden Crawshaw. Mrs Gould said that timetables could be changed.

Mrs Gould explained that Nelson's reading age is about two years below his age and that he will have a reader for his exams. His records had been held under two names, Nelson Lovell and Nelson Boswell, and the school had now merged them; the correct NHS number, 999 815 9261, has been given to the school nurse.

Ms Bellamy explained the youth rehabilitation order and asked the school to contact her rather than the police if there were concerns.

Agreed: part-time timetable for two weeks, then full time; a named mentor (Mr Penrose); weekly check-in with Ms Bellamy; school to contact Vashti on 07700 900692, and Nelson on 07700 900351 only if she cannot be reached.
''',
    ]
    d7 = [
'''HALLOWELL STREETBASE - DETACHED YOUTH WORK
Outreach log extract (shared with consent of the young person)
Worker: Jodie Farrant, senior youth worker, 07700 900478

Friday 7 March 2025, bus station and precinct, 19:00 to 21:30. Met Nelly Boswell, who had been referred by YJS, by the benches near the bus station. He was with his cousin Tyson, who is eighteen and works with their uncle. Nelly was friendly but wary and said he had "only come to see what you look like". We talked about boxing and about the college open evening. Tyson said Nelly "has changed since court".

Friday 14 March 2025, precinct, 19:00 to 21:00. Nelly was on his own. He said he did not want to be at the bus station because he might see "the lad" and did not want to frighten him. Good insight. He showed me his first aid certificate from the attendance centre. He asked if Streetbase could help him get his CSCS card for building sites. We started the form together; he knew his National Insurance number, WM 72 35 08 A, by heart.

Friday 28 March 2025, Oakfield Lane site, 18:30 to 20:00 (invited by mother). Met Vashti and Granny Kizzy, who made tea. Kizzy told me Nelly was named after his great-grandfather, "old [[n/t|Nelson]]", who was a horse dealer. She said the family were worried about Sylvester, who is due for release later in the year, and whether he would fall back in with "the wrong lot". Nelly listened but did not say much.

Friday 4 April 2025, youth centre, 19:00 to 21:00. Nelly came to the youth centre for the first time. He played pool with younger boys and helped me lock up. He said that Jayden had messaged him asking to meet and that he had ignored it. I praised him and reminded him to tell Ms Bellamy. He said he would.

Friday 11 April 2025, phone call 17:45. Nelly rang from his mobile, 07700 900351, to say he had a place on the college taster day and was starting back at school on Monday. He sounded proud. Jodie.
''',
    ]
    return {'bundle_id': 'eval17-04', 'subject': subject, 'lexicon': lex, 'documents': [
        ('doc-01', 'youth-justice-case-formulation-report', d1),
        ('doc-02', 'victim-worker-restorative-conversation-record', d2),
        ('doc-03', 'gypsy-traveller-liaison-officer-report', d3),
        ('doc-04', 'letter-of-apology-draft', d4),
        ('doc-05', 'attendance-centre-session-report', d5),
        ('doc-06', 'school-reintegration-meeting-notes', d6),
        ('doc-07', 'detached-youth-work-outreach-log', d7),
    ]}

# ================================================================ bundle 05
# Chechen/Russian naming (patronymic; -ev/-eva gendered surnames; Cyrillic; anglicised name).
# Setting: serious further offence review, parole, probation hostel.  Subject male, 51.
def bundle05():
    subject = {
        'name': 'Adlan Khasanovich MUSAYEV',
        'aliases': ['Adlan Musaev', 'Адлан Хасанович Мусаев', 'Adam Musa', 'Adik'],
        'date_of_birth': '1973-09-14',
        'prison_number': 'A4417DK',
        'identifiers': {'pnc': '2011/0583412K', 'cro': '073390/11T', 'crn': 'W605318',
                        'ni_number': 'JK 48 19 27 C', 'nhs_number': '999 903 4179'},
        'contact': {'addresses': ['31 Kestrel Way, Wrexley YW4 9DX'],
                    'phones': ['07700 900776', '07700 900140'], 'emails': []},
    }
    lex = [
        ('Adlan Khasanovich MUSAYEV', 'n', 's'), ('ADLAN KHASANOVICH MUSAYEV', 'n', 's'), ('Adlan Khasanovich Musayev', 'n', 's'),
        ('MUSAYEV, Adlan Khasanovich', 'n', 's'), ('MUSAYEV, Adlan', 'n', 's'), ('Adlan MUSAYEV', 'n', 's'),
        ('Adlan Musayev', 'n', 's'), ('Adlan Musaev', 'n', 's'), ('Адлан Хасанович Мусаев', 'n', 's'),
        ('Adam Musa', 'n', 's'), ('Adlan', 'n', 's'), ('Adik', 'n', 's'), ('Musayev', 'n', 's'),
        ('MUSAYEV', 'n', 's'), ('Musaev', 'n', 's'), ('AM', 'n', 's'),
        ('14/09/1973', 'dob', 's'), ('14.09.1973', 'dob', 's'), ('14-SEP-1973', 'dob', 's'),
        ('A4417DK', 'pn', 's'), ('2011/0583412K', 'pnc', 's'), ('11/583412K', 'pnc', 's'),
        ('073390/11T', 'cro', 's'), ('W605318', 'crn', 's'), ('JK 48 19 27 C', 'ni', 's'),
        ('999 903 4179', 'nhs', 's'), ('MUSAY709143AK9TQ', 'dl', 's'), ('WX63 KTR', 'vr', 's'),
        ('60-83-71', 'sc', 's'), ('48203915', 'ac', 's'), ('GB22 EXMP 6083 7148 2039 15', 'iban', 's'),
        ('4929 0000 0012 3455', 'card', 's'), ('203.0.113.58', 'ip', 's'), ('2001:db8:5e1::2a', 'ip', 's'),
        ('31 Kestrel Way, Wrexley', 'ad', 's'), ('Kestrel Way', 'ad', 't'), ('YW4 9DX', 'pc', 's'),
        ('07700 900776', 'ph', 's'), ('07700 900140', 'ph', 's'),
        # family
        ('Zarema MUSAYEVA', 'n', 't'), ('Zarema Musayeva', 'n', 't'), ('Zarema', 'n', 't'), ('Musayeva', 'n', 't'),
        ('14 Harrow Court, Linden Rise, Wrexley', 'ad', 't'), ('Harrow Court', 'ad', 't'), ('YW5 6HB', 'pc', 't'),
        ('0191 498 0527', 'ph', 't'), ('Madina', 'n', 't'), ('Luiza', 'n', 't'), ('Ruslan', 'n', 't'),
        # victims
        ('Gary THWAITE', 'n', 't'), ('Gary Thwaite', 'n', 't'), ('Joanne THWAITE', 'n', 't'),
        ('Joanne Thwaite', 'n', 't'), ('Thwaite', 'n', 't'),
        ('Dariusz WRÓBEL', 'n', 't'), ('Dariusz Wróbel', 'n', 't'), ('Dariusz', 'n', 't'), ('Wróbel', 'n', 't'),
        ('Wrobel', 'n', 't'),
        # private / faith
        ('Owen BRISCOE', 'n', 't'), ('Owen Briscoe', 'n', 't'), ('Briscoe', 'n', 't'),
        ('o.briscoe@castlegatelegal.example.co.uk.cjsm.net', 'em', 't'), ('Ibragim', 'n', 't'),
        ('Natalia', 'n', 't'),
        # staff
        ('Fiona ARKWRIGHT', 'n', 'st'), ('Fiona Arkwright', 'n', 'st'), ('Arkwright', 'n', 'st'), ('Fiona', 'n', 'st'),
        ('fiona.arkwright@probation.example.gov.uk', 'em', 'st'), ('0191 498 0338', 'ph', 'st'),
        ('Martin OYELARAN', 'n', 'st'), ('MO', 'n', 'st'), ('Martin Oyelaran', 'n', 'st'), ('Oyelaran', 'n', 'st'),
        ('Helen DRUMMOND', 'n', 'st'), ('Helen Drummond', 'n', 'st'), ('Drummond', 'n', 'st'),
        ('Wesley CARNEGIE', 'n', 'st'), ('Wesley Carnegie', 'n', 'st'), ('Carnegie', 'n', 'st'),
        ('Bogdan RUSU', 'n', 'st'), ('Bogdan', 'n', 'st'), ('Rusu', 'n', 'st'),
        ('Gareth NOLAN', 'n', 'st'), ('Gareth Nolan', 'n', 'st'), ('Nolan', 'n', 'st'),
        ('Yvonne TATE', 'n', 'st'), ('Tate', 'n', 'st'),
        ('Caroline FETHERSTONE', 'n', 'st'), ('Fetherstone', 'n', 'st'),
        ('Priti SHAH', 'n', 'st'), ('Priti Shah', 'n', 'st'), ('Shah', 'n', 'st'),
    ]
    RH = 'SFO REVIEW | MUSAYEV, Adlan | CRN W605318 | OFFICIAL-SENSITIVE | page %d of 2'
    d1 = [
RH % 1 + '''

PROBATION SERVICE - SERIOUS FURTHER OFFENCE REVIEW (extract for disclosure to the subject)
Person on probation: Adlan Khasanovich MUSAYEV (Адлан Хасанович Мусаев)    DOB 14/09/1973
Prison no. A4417DK    PNC 2011/0583412K    CRO 073390/11T
Reviewing officer: Martin Oyelaran, SFO review team (independent of the Wrexley PDU)
Quality assured by: Helen Drummond, Head of Public Protection

1. Summary of the further offence

On 19 October 2024 Mr Musayev, then a resident of Fenwick House Approved Premises, struck another resident, Dariusz Wróbel, on the head with a fire extinguisher during an argument in the ground floor kitchen. Mr Wróbel suffered a fractured skull and spent nine days in hospital. Adlan was arrested at the scene without resistance and has since pleaded guilty to inflicting grievous bodily harm. His life licence was revoked on 21 October 2024.

2. Background

Adlan was born in Grozny and came to the United Kingdom in 2004 after the second Chechen war, in which his brother, Ruslan, was killed. He was granted refugee status and later British citizenship. At work he called himself Adam Musa, which he said was easier for English customers. In 2011, while he was living at 31 Kestrel Way, Wrexley, he was convicted of the manslaughter of Gary Thwaite, a neighbour in the same street, after a dispute about noise that ended in a fight. He was sentenced to life imprisonment with a minimum term of eleven years. He was released on licence to Fenwick House on 2 May 2023, under the supervision of Fiona Arkwright of the Wrexley Probation Delivery Unit.

3. Management on licence (May 2023 to October 2024)

For most of the period Adlan complied fully. He kept every appointment with Ms Arkwright, held a job with a removals firm, drove the firm's van (WX63 KTR) under an agreed variation, and saw his sister, Zarema, every weekend. Zarema's home at 14 Harrow Court, Linden Rise, Wrexley YW5 6HB was assessed in early 2024 as a possible move-on address, with the support of her daughter, Madina, and was considered suitable.
''',
RH % 2 + '''

From July 2024 there were signs of strain. The move-on date was postponed twice because of delays in the housing register. Adlan told Ms Arkwright that he was sleeping badly and that another resident, whom he named as "the Polish man" and later as Dariusz, was borrowing money from him and not paying it back. Bank records obtained for this review show transfers from Adlan's account (sort code 60-83-71, account 48203915) totalling £420 over six weeks, and two cash withdrawals using his debit card, 4929 0000 0012 3455, that he says he made at Mr Wróbel's request. Ms Arkwright recorded these concerns and discussed them with the AP manager, Wesley Carnegie, but no one spoke to Mr Wróbel about them, and the concerns were not treated as a possible trigger for violence.

4. Findings

4.1 Risk assessment. The OASys review of June 2024 did not mention the financial dispute or Adlan's low mood. The assessment that the risk of serious harm to known adults was "medium" was reasonable on the information available, but the information was incomplete.

4.2 Communication. AP staff knew of the arguments between Adlan and Dariusz before Ms Arkwright did. A keyworker, Bogdan RUSU, recorded on 11 October 2024 that the two men had to be separated in the laundry. This was not passed to the community offender manager.

4.3 Diversity. Adlan's first language is Chechen and he is fluent in Russian. Supervision was conducted in English, which he speaks well but not perfectly. An interpreter was used only at the initial meeting. The reviewer considers that Adlan may not have been able to explain his distress fully in English.

5. Conclusion. The review finds that the further offence could not have been predicted but that opportunities to reduce the risk were missed. Recommendations are set out in section 7, which is not included in this extract.

Martin Oyelaran, 28 February 2025
''',
    ]
    d2 = [
'''SFO REVIEW - RECORD OF INTERVIEW WITH PRACTITIONER
Case: Adlan MUSAYEV (CRN W605318)
Interviewee: Fiona Arkwright, probation officer, Wrexley PDU (direct line 0191 498 0338)
Interviewer: Martin Oyelaran, SFO reviewer          Date: 22 January 2025, by video

MO asked Ms Arkwright to describe her relationship with Adlan. She said it was good. He was polite, punctual and open about his offence. He called her "Fiona" from the first month and she had allowed it. He told her about his childhood in Chechnya and about his brother, Ruslan. She said he rarely talked about his former wife, Luiza, who lives in Austria, and she had not pressed him.

MO asked about the financial concerns. Ms Arkwright said that in August 2024 Adlan told her that "Dariusz" had borrowed money and was not paying it back. She had advised Adlan not to lend any more and to tell AP staff. She emailed Mr Carnegie the same day. She did not consider speaking to Mr Wróbel because he was supervised by a different officer and she was conscious of confidentiality.

MO asked whether she had considered an interpreter. Ms Arkwright said that Adlan had said at the start that he did not need one, and that she had not revisited it. In hindsight she thought he had been "embarrassed to ask". She added that on one occasion Adlan had brought his sister Zarema to an appointment because he wanted to explain something about his mood and had said "my sister says it better".

MO asked about Adlan's internet use, which was subject to a licence condition. Ms Arkwright said that his phone was registered with the police and that the monitoring report for September 2024 showed logins to his email and banking accounts only, from the AP network (203.0.113.58) and from his mobile data connection (2001:db8:5e1::2a). Nothing of concern was recorded.

Ms Arkwright said she had been very upset by what happened to Mr Wróbel and had thought about it every day. She had been offered support by her manager, Helen Drummond, and had accepted it.
''',
    ]
    d3 = [
'''PAROLE REPORT OF THE COMMUNITY OFFENDER MANAGER (PAROM 1) - recall review
Name: MUSAYEV, Adlan Khasanovich        DOB: 14-SEP-1973       Prison no: A4417DK
Current location: HMP Wrexley           CRN: W605318           NI: JK 48 19 27 C
Author: Fiona Arkwright, Probation Officer, Probation Office, 14 Chantry Street, Wrexley YW2 8NE
Email: fiona.arkwright@probation.example.gov.uk       Office: 0191 498 0330

1. Response to recall

Mr Musayev accepts the recall and has never sought to minimise his assault on Mr Wróbel. When I visited him at HMP Wrexley on 6 January 2025 he said, through a Russian interpreter, Natalia, that he had "become the thing I was afraid of" and asked me to pass on to Mr Wróbel that he was sorry. I explained that I could not do so directly.

2. Progress in custody since recall

His prison offender manager, Gareth Nolan, reports that Adlan works in the prison laundry, has had no adjudications and attends Friday prayers, where he is supported by the visiting imam, Ibragim. He has started a course of counselling with the mental health team and is taking medication for depression.

3. Release plan

If the Board directs release, I would propose that Adlan lives with his sister, Zarema MUSAYEVA, at 14 Harrow Court, Linden Rise, Wrexley YW5 6HB. Zarema has confirmed that she can be contacted on 0191 498 0527 and has agreed to the address being checked again. Adlan's own mobile number, 07700 900776, will be re-registered with police offender management (DC Yvonne TATE). The number he used before 2011, 07700 900140, is no longer in service.

4. Assessment and recommendation

I assess the risk of serious harm as high to known adults in shared accommodation and medium to the public. In my view the risk can be managed in the community only if Adlan does not return to shared accommodation, has regular interpreter-assisted supervision and has access to support for his mental health. I do not recommend release at this review; I recommend that the Board considers a progressive move to open conditions.

Fiona Arkwright, 3 March 2025
''',
    ]
    d4 = [
'''Castlegate Legal, solicitors
To: The Parole Board, 10 Colonnade Walk, London YL1 4BA (casework@paroleboard.example.gov.uk)

REPRESENTATIONS ON BEHALF OF ADLAN KHASANOVICH MUSAYEV (A4417DK)

1. We act for Mr Musayev in his recall review. These representations should be read with the dossier and with Mr Musayev's own statement, which he has written in Russian and which has been translated.

2. Mr Musayev is 51 years old. He is a Chechen refugee who survived two wars and lost his brother, Ruslan, in the second. He was released on life licence in May 2023 after serving the whole of his minimum term and more. For seventeen months he lived at Fenwick House, worked full time, drove for his employer and spent every weekend with his sister, Zarema Musayeva, and her daughter, Madina.

3. We do not seek to minimise the offence against Mr Wróbel. It was serious and Mr Musayev accepts full responsibility. We do however invite the panel to read the SFO review carefully. It found that Mr Musayev had been reporting financial exploitation by Mr Wróbel for two months, that staff at the approved premises had seen arguments between the two men, and that Mr Musayev had been supervised throughout in his third language without an interpreter. The review itself concludes that opportunities to reduce the risk were missed.

4. Mr Musayev asks for an oral hearing with a Chechen or Russian interpreter. He asks the panel to note that his name appears in different spellings in the papers, including Musaev, and that the driving licence recorded on the dossier (MUSAY709143AK9TQ) is his.

5. In the alternative to release, Mr Musayev asks the panel to recommend a transfer to open conditions.

Owen Briscoe, Solicitor
o.briscoe@castlegatelegal.example.co.uk.cjsm.net
14 March 2025
''',
    ]
    d5 = [
'''FENWICK HOUSE APPROVED PREMISES
Fenwick House, 3 Tanners Row, Wrexley YW3 1TJ     Tel 0191 498 0345     fenwick.ap@probation.example.gov.uk

End of placement report: MUSAYEV, Adlan (resident 2 May 2023 to 19 October 2024)
Author: Wesley Carnegie, AP manager

Adlan was one of the longest-staying residents in the history of the premises. For most of his placement he was a settled and positive presence. He kept the garden, cooked for other residents at Eid and was trusted by staff to show new residents how the kitchen rota worked. Residents called him "Uncle Adik", a nickname he said his sister had given him as a boy.

From the summer of 2024 staff noticed that Adlan was more irritable, particularly with Mr Wróbel, who had arrived in June. On 11 October Bogdan, the keyworker on shift, separated the two men after an argument in the laundry. I regret that the record of this incident was not sent to Adlan's probation officer. I had received Ms Arkwright's email in August about money and had spoken to Adlan, but I did not speak to Dariusz, and I did not connect the two things.

On 19 October, at about 21:15, staff heard shouting from the kitchen. When Bogdan Rusu arrived Mr Wróbel was on the floor and Adlan was standing by the door holding the extinguisher. Adlan put it down when asked, sat on the floor and waited for the police. He said, several times, "I did not want this."

Adlan's belongings were packed and passed to his sister, Zarema, on 25 October. His bank card and the van keys belonging to his employer were returned to the police.

Wesley Carnegie, 4 November 2024
''',
    ]
    d6 = [
'''PAROLE BOARD - MEMBER CASE ASSESSMENT (paper review)
Prisoner: Adlan Khasanovich MUSAYEV, A4417DK, DOB 14.09.1973
Panel member: Caroline Fetherstone
Date of assessment: 2 April 2025

I have read the dossier of 214 pages, including the report of the community offender manager, Ms Arkwright, the report of the prison offender manager, Mr Nolan, the SFO review extract, the victim personal statement of Mr Wróbel and the representations of Mr Briscoe.

The index offence in 2011 was the manslaughter of Mr Thwaite. The victim's widow, Joanne Thwaite, remains in the victim contact scheme and her victim liaison officer, Priti Shah, has submitted representations asking that any release licence include a condition not to enter the area around Kestrel Way, where she still lives.

The further offence against Mr Wróbel was serious and occurred in an approved premises while Mr Musayev was subject to life licence. However, the dossier contains significant evidence about the context of that offence, including financial exploitation and the lack of interpreter-assisted supervision, and the professional witnesses disagree about the level of risk in the community.

I do not consider that this case can be decided fairly on the papers. Mr Musayev's liberty is at stake, the facts are disputed and his first language is not English.

Decision: the case is directed to an oral hearing before a panel of two members, including a psychologist member. A Chechen interpreter is to be booked; if none is available, Russian. Witnesses: Ms Arkwright, Mr Nolan. Zarema Musayeva may give evidence about the release plan if Mr Musayev wishes.
''',
    ]
    d7 = [
'''RISK MANAGEMENT PLAN - NARRATIVE (prepared for the oral hearing)
Person: Adlan MUSAYEV (also recorded as Adlan Musaev)     CRN W605318     NHS 999 903 4179
Prepared by: Fiona Arkwright, COM, with Gareth Nolan, POM

Who is at risk. The people most at risk from Adlan are men he lives with in shared accommodation when there is conflict about money or respect, and in particular anyone he believes is taking advantage of him. Mr Wróbel remains at risk and is protected by an exclusion zone condition. The family of Mr Thwaite, and in particular his widow, are protected by a further exclusion zone around Kestrel Way.

Supervision. Adlan will be seen weekly by his COM, with a Russian or Chechen interpreter at every other appointment, and at least once a month at home by arrangement with his sister Zarema. He will give his current mobile number (07700 900776) and any new number to his COM within 24 hours.

Monitoring. Police offender management (DC Tate) will continue to register his phone. His bank details (IBAN GB22 EXMP 6083 7148 2039 15) are already known to the COM so that any unusual transfers can be discussed at supervision. He will not lend money to or borrow money from other people under supervision.

Interventions. Adlan will continue counselling with the community mental health team and will be referred to the Chechen and Ingush community association, where he has asked to volunteer. Imam Ibragim has agreed to see him monthly.

Contingency. If Adlan becomes isolated, stops taking his medication, or reports disputes about money, the COM will convene a professionals meeting within five working days and will consider recall.
''',
    ]
    return {'bundle_id': 'eval17-05', 'subject': subject, 'lexicon': lex, 'documents': [
        ('doc-01', 'serious-further-offence-review-report', d1),
        ('doc-02', 'sfo-staff-interview-record', d2),
        ('doc-03', 'parom1-com-parole-report', d3),
        ('doc-04', 'parole-legal-representations', d4),
        ('doc-05', 'hostel-manager-end-of-placement-report', d5),
        ('doc-06', 'parole-board-member-case-assessment', d6),
        ('doc-07', 'risk-management-plan-narrative', d7),
    ]}

BUNDLES = [bundle01, bundle02, bundle03, bundle04, bundle05]

# ---------------------------------------------------------------- checks
PARTICLES = {'al', 'bin', 'bint', 'abu', 'de', 'da', 'dos', 'van', 'von', 'la', 'le', 'ibn'}
SWEEPS = [
    ('email', re.compile(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+')),
    ('phone', re.compile(r'(?<![\d])(?:\+44 ?|0)\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}(?![\d])')),
    ('postcode', re.compile(r'\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b')),
    ('ipv4', re.compile(r'\b\d{1,3}(?:\.\d{1,3}){3}\b')),
    ('ipv6', re.compile(r'\b2001:db8:[0-9a-f:]*', re.I)),
    ('ni', re.compile(r'\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b')),
    ('pnc-cro', re.compile(r'\b\d{2,6}/\d{1,7}[A-Z]\b')),
    ('longnum', re.compile(r'(?<![\d])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d])|\b\d{8,}\b')),
    ('prisonno', re.compile(r'\b[A-Z]\d{4}[A-Z]{2}\b')),
    ('crn', re.compile(r'\b[A-Z]\d{6}\b')),
]
DOB_CTX = re.compile(r'(?i)\b(born|d\.?o\.?b\.?|date of birth|birthday)\b')
DATEISH = re.compile(r'\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4}\.?|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}|'
                     r'\d{1,2}-[A-Z]{3}-\d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}')


def covered(spans, i, j):
    return any(a <= i and j <= b for a, b, _, _ in spans)


def check_bundle(bid, pages):
    """pages: list of (docid, pageno, text, spans) for one bundle."""
    values = {}
    name_tokens = set()
    for docid, pno, text, spans in pages:
        prev = 0
        for a, b, cat, party in spans:
            v = text[a:b]
            assert a >= prev, (bid, docid, 'overlap', v)
            prev = b
            assert v == v.strip() and v, (bid, docid, 'whitespace', v)
            assert cat in CAT.values() and party in PARTY.values()
            if cat in VALID:
                assert VALID[cat](v), (bid, docid, 'invalid', cat, v)
            values.setdefault(v, set()).add((cat, party))
            if cat == 'name':
                for tok in re.split(r"[\s,]+", v):
                    for part in [tok] + tok.split('-'):
                        part = part.strip(".'")
                        if len(part) >= 3 and part.lower() not in PARTICLES and part[0].isupper():
                            name_tokens.add(part)
            if party == 'public_body':
                key = {'phone': 'phones', 'postcode': 'postcodes', 'address': 'addresses',
                       'email': 'emails'}[cat]
                assert any(v in bd[key] for bd in BODIES), (bid, 'public body not in yaml', v)
    # every labelled value labelled wherever it occurs (case-insensitive, word boundaries)
    for docid, pno, text, spans in pages:
        for v in list(values) + sorted(name_tokens):
            for m in re.finditer(re.escape(v), text, re.I):
                i, j = m.start(), m.end()
                if bounded(text, i, j):
                    assert covered(spans, i, j), (bid, docid, pno, 'unlabelled repeat', v,
                                                  text[max(0, i - 50):j + 50])
        for nm, rx in SWEEPS:
            for m in rx.finditer(text):
                assert covered(spans, m.start(), m.end()), (bid, docid, pno, 'sweep', nm,
                                                            m.group(0), text[max(0, m.start() - 60):m.end() + 40])
        for m in DOB_CTX.finditer(text):
            win = text[m.end():m.end() + 40]
            d = DATEISH.search(win)
            if d:
                i = m.end() + d.start()
                j = m.end() + d.end()
                assert any(a <= i < b and cat == 'date_of_birth' for a, b, cat, _ in spans), (
                    bid, docid, 'dob context unlabelled', text[m.start():j + 5])
    return values


def yq(s):
    return "'" + s.replace("'", "''") + "'"


def write_yaml(path):
    lines = ['version: 1', 'bodies:']
    for b in BODIES:
        lines.append('  - name: ' + yq(b['name']))
        for key in ('phones', 'postcodes', 'addresses', 'emails'):
            lines.append('    %s: [%s]' % (key, ', '.join(yq(x) for x in b[key])))
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


def render(bundle):
    lex = build_lexicon(bundle['lexicon'])
    docs_out, pages_all = [], []
    kinds = set()
    for docid, kind, raw_pages in bundle['documents']:
        assert re.fullmatch(r'[a-z0-9]+(?:-[a-z0-9]+)+', kind), kind
        assert kind not in kinds, kind
        kinds.add(kind)
        pages, truth = [], []
        for pno, raw in enumerate(raw_pages):
            text, spans = label_page(raw, lex)
            pages.append(text)
            pages_all.append((docid, pno, text, spans))
            for a, b, cat, party in spans:
                ba = len(text[:a].encode('utf-8'))
                bb = ba + len(text[a:b].encode('utf-8'))
                assert text.encode('utf-8')[ba:bb].decode('utf-8') == text[a:b]
                truth.append({'page': pno, 'begin': ba, 'end': bb, 'category': cat,
                              'party': party, 'text': text[a:b]})
        docs_out.append({'id': docid, 'kind': kind, 'pages': pages, 'truth': truth})
    values = check_bundle(bundle['bundle_id'], pages_all)
    # subject identifiers must appear, labelled as subject, somewhere in the bundle
    subj = bundle['subject']
    for k, v in list(subj.get('identifiers', {}).items()) + [('prison_number', subj.get('prison_number'))]:
        if v:
            assert any(('subject' in {p for _, p in values[x]}) for x in values
                       if re.sub(r'\W', '', x).upper() == re.sub(r'\W', '', v).upper()), (k, v)
    return {'bundle_id': bundle['bundle_id'], 'subject': subj, 'documents': docs_out}


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: evalgen_seventeenth.py OUTDIR')
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    all_kinds = set()
    for n, fn in enumerate(BUNDLES, 1):
        b = render(fn())
        for d in b['documents']:
            assert d['kind'] not in all_kinds, d['kind']
            all_kinds.add(d['kind'])
        with open(os.path.join(out, 'bundle-%02d.json' % n), 'w', encoding='utf-8', newline='\n') as f:
            json.dump(b, f, indent=1, ensure_ascii=False)
            f.write('\n')
    write_yaml(os.path.join(out, 'public-bodies.yaml'))


if __name__ == '__main__':
    main()
