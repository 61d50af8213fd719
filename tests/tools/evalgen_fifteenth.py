#!/usr/bin/env python3
"""Blind evaluation-set generator, fifteenth set ("eval-fifteenth").

Written BLIND: the author did not read, list, grep or run the redaction engine, its
rules, its README, its build output or any other test set or generator.  The only
material consulted was:
  * /work/shared/reference/uk-identifiers.md  (identifier formats and check algorithms)
  * /work/shared/reference/domain.md          (what subject access bundles contain)

Usage:  python3 tests/tools/evalgen_fifteenth.py tests/data/eval-fifteenth

Output: bundle-01.json .. bundle-05.json and public-bodies.yaml.  Standard library only,
no randomness, no clock, no network; every value is fixed in this file, so two runs are
byte-identical.

Labelling policy (applied by hand to every page, then checked by the asserts below):
  * subject      - the requester's own data in any form: name in any order or case,
                   initials, aliases, nicknames, own DOB in any format, own identifiers
                   (spaced or not), own current AND previous addresses, phones, emails.
  * staff        - people acting officially for a public body or its contractors
                   (prison, probation, approved premises, NHS, councils, police, courts,
                   Home Office, DWP, HMRC) and their direct contact details.
  * third_party  - everyone else: relatives (including relatives who share the subject's
                   surname or name elements), partners, children, other prisoners and
                   residents, victims (including first-name-only mentions), witnesses,
                   associates and nicknames, and people working for private firms,
                   charities and faith groups (solicitors, charity workers, hosts).
  * public_body  - published switchboards, generic mailboxes, addresses and postcodes of
                   public bodies (listed in public-bodies.yaml exactly as they appear).
  * Address spans hold the street part without the postcode; the postcode is its own
    span.  Name spans exclude titles and ranks.  Only genuine birth dates are labelled
    date_of_birth; event dates are left alone.  Names of establishments, job titles and
    cell locations are not labelled.
Synthetic values: postcodes use invented Y*/Z* areas (never YO or ZE), phones use Ofcom
drama ranges, emails use example domains, IPs use RFC 5737/3849 ranges, NHS numbers are
in the 999 range with a valid mod-11 check, PNC/CRO carry valid mod-23 check characters,
cards pass Luhn and IBANs pass mod-97.

Markup used in the page sources below: [[key]] looks a value up in the bundle registry;
[[cat.party|text]] labels an inline value.  Tables are padded on the rendered text.
"""
import datetime
import ipaddress
import json
import os
import re
import sys

CAT = {'n': 'name', 'dob': 'date_of_birth', 'pn': 'prison_number', 'pnc': 'pnc',
       'cro': 'cro', 'crn': 'crn', 'ni': 'ni_number', 'nhs': 'nhs_number', 'ph': 'phone',
       'em': 'email', 'ad': 'address', 'pc': 'postcode', 'vrm': 'vehicle_registration',
       'pp': 'passport', 'dl': 'driving_licence', 'sc': 'sort_code', 'ac': 'account_number',
       'iban': 'iban', 'card': 'payment_card', 'ip': 'ip_address'}
PARTY = {'s': 'subject', 't': 'third_party', 'st': 'staff', 'pb': 'public_body'}
TOK = re.compile(r'\[\[(.+?)\]\]')
L23 = "ZABCDEFGHJKLMNPQRTUVWXY"


# ---------------------------------------------------------------- validators
def v_pnc(s):
    s = s.upper().replace(' ', '')
    if '/' in s:
        y, rest = s.split('/')
        if len(y) == 4:
            yy, serial, ck = y[2:], rest[:-1], rest[-1]
            assert len(serial) == 7
        else:
            assert len(y) == 2
            yy, serial, ck = y, rest[:-1], rest[-1]
    else:
        if len(s) == 12:
            yy, serial, ck = s[2:4], s[4:11], s[11]
        else:
            yy, serial, ck = s[:2], s[2:-1], s[-1]
    assert serial.isdigit() and 1 <= len(serial) <= 7
    return L23[int(yy + serial.zfill(7)) % 23] == ck


def v_cro(s):
    s = s.upper()
    m = re.fullmatch(r'([0-9]{1,6})/([0-9]{2})([A-Z])', s)
    assert m, s
    return L23[int(m.group(2) + m.group(1).zfill(6)) % 23] == m.group(3)


def v_nhs(s):
    d = re.sub(r'[ -]', '', s)
    if not (len(d) == 10 and d.isdigit() and d.startswith('999')):
        return False
    return sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11 == 0


def v_ni(s):
    d = re.sub(r'[ -]', '', s.upper())
    if not re.fullmatch(r'[A-Z]{2}[0-9]{6}[A-D]?', d):
        return False
    a, b = d[0], d[1]
    if a in 'DFIQUV' or b in 'DFIQUVO':
        return False
    return d[:2] not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ')


DRAMA = ['07700900', '01134960', '01174960', '02079460', '01614960', '01214960',
         '02920180', '01632960', '01184960', '01414960', '01314960', '01144960',
         '01154960', '01164960', '01514960', '01914980']


def v_phone(s):
    d = re.sub(r'[^0-9+]', '', s.replace('(0)', ''))
    if d.startswith('+44'):
        d = '0' + d[3:]
    return len(d) == 11 and any(d.startswith(p) for p in DRAMA)


def v_email(s):
    return re.fullmatch(r'[a-z0-9._%+\-]+@(?:[a-z0-9\-]+\.)*example\.(?:[a-z]{2,}\.?)+', s,
                        re.I) is not None


PC_RE = re.compile(r'([YZ][A-HK-Y]?[0-9][0-9A-Z]?) ?([0-9][ABD-HJLNP-UW-Z]{2})')


def v_postcode(s):
    m = PC_RE.fullmatch(s.upper())
    return m is not None and s.upper()[:2] not in ('YO', 'ZE')


def v_luhn(s):
    d = re.sub(r'[ -]', '', s)
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return 13 <= len(d) <= 19 and t % 10 == 0


def v_iban(s):
    d = s.replace(' ', '').upper()
    r = d[4:] + d[:4]
    return d.startswith('GB') and len(d) == 22 and int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def v_ip(s):
    a = ipaddress.ip_address(s)
    nets = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32']
    return any(a in ipaddress.ip_network(n) for n in nets)


def v_dob(s):
    for f in ('%Y-%m-%d', '%d/%m/%Y', '%d/%m/%y', '%d.%m.%Y', '%d.%m.%y', '%d %B %Y',
              '%d %b %Y', '%d-%b-%Y', '%d-%b-%y', '%B %d, %Y', '%d%m%Y', '%d-%m-%Y'):
        try:
            dt = datetime.datetime.strptime(s, f)
            y = dt.year - 100 if dt.year > 2025 else dt.year
            return 1930 <= y <= 2024
        except ValueError:
            pass
    welsh = {'Ionawr': 1, 'Chwefror': 2, 'Mawrth': 3, 'Ebrill': 4, 'Mai': 5, 'Mehefin': 6,
             'Gorffennaf': 7, 'Awst': 8, 'Medi': 9, 'Hydref': 10, 'Tachwedd': 11, 'Rhagfyr': 12}
    m = re.fullmatch(r'(\d{1,2}) ([A-Za-z]+) (\d{4})', s)
    if m and m.group(2) in welsh:
        datetime.date(int(m.group(3)), welsh[m.group(2)], int(m.group(1)))
        return True
    m = re.fullmatch(r'(\d{1,2})(?:st|nd|rd|th) (?:of )?([A-Za-z]+),? (\d{4})', s)
    if m:
        datetime.datetime.strptime('%s %s %s' % m.groups(), '%d %B %Y')
        return True
    return False


def v_dl(s):
    d = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z9]{5}[0-9]{6}[A-Z9]{2}[0-9A-Z][A-Z]{2}', d):
        return False
    mm = int(d[6:8])
    mm = mm - 50 if mm > 50 else mm
    datetime.date(1900 + int(d[5] + d[10]), mm, int(d[8:10]))
    return True


VALID = {
    'name': lambda s: not re.search(r'[0-9@]', s),
    'date_of_birth': v_dob,
    'prison_number': lambda s: re.fullmatch(r'[A-Z] ?[0-9]{4} ?[A-Z]{2}', s.upper()) is not None,
    'pnc': v_pnc, 'cro': v_cro,
    'crn': lambda s: re.fullmatch(r'[A-Z][0-9]{6}', s.upper()) is not None,
    'ni_number': v_ni, 'nhs_number': v_nhs, 'phone': v_phone, 'email': v_email,
    'address': lambda s: PC_RE.search(s.upper()) is None and len(s) > 4,
    'postcode': v_postcode,
    'vehicle_registration': lambda s: re.fullmatch(
        r'[A-HJ-PR-Y]{2}(?:0[2-9]|[1-7][0-9]) ?[A-HJ-PR-Z]{3}', s) is not None,
    'passport': lambda s: re.fullmatch(r'[0-9]{9}', s) is not None,
    'driving_licence': v_dl,
    'sort_code': lambda s: re.fullmatch(r'[0-9]{2}[- ]?[0-9]{2}[- ]?[0-9]{2}', s) is not None,
    'account_number': lambda s: re.fullmatch(r'[0-9]{8}', s) is not None,
    'iban': v_iban, 'payment_card': v_luhn, 'ip_address': v_ip,
}

# Patterns that must never survive in unlabelled text.
RESIDUAL = [
    re.compile(r'@'),
    re.compile(r'\b07\d{3} ?\d{3} ?\d{3}\b'),
    re.compile(r'\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b'),
    re.compile(r'\+44'),
    re.compile(r'\b[YZ][A-Z]?\d[A-Z\d]? ?\d[A-Z]{2}\b'),
    re.compile(r'\b\d{3} ?\d{3} ?\d{4}\b'),
    re.compile(r'\b[A-Z] ?\d{4} ?[A-Z]{2}\b'),
    re.compile(r'\b[A-Z]\d{6}\b'),
    re.compile(r'\d/\d+[A-Z]\b'),
    re.compile(r'\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b'),
    re.compile(r'\b2001:db8', re.I),
    re.compile(r'\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b'),
    re.compile(r'\b\d{4} ?\d{4} ?\d{4} ?\d{4}\b'),
    re.compile(r'\b\d{2}-\d{2}-\d{2}\b'),
    re.compile(r'\b\d{8}\b'),
    re.compile(r'\bGB\d{2}'),
    re.compile(r'\b[A-Z]{2}\d{2} ?[A-Z]{3}\b'),
    re.compile(r'\b(?:DOB|D\.O\.B|[Dd]ate of birth|[Bb]orn)\b[^\n]{0,3}\d'),
]


def isword(ch):
    return ch.isalnum()


class Bundle:
    def __init__(self, num, subject, reg):
        self.num = num
        self.subject = subject
        self.reg = {}
        for k, v in reg.items():
            self.reg[k] = (v[0], CAT[v[1]], PARTY[v[2]])
        self.docs = []

    def resolve(self, inner):
        if '|' in inner:
            code, text = inner.split('|', 1)
            c, p = code.split('.')
            return text, CAT[c], PARTY[p]
        assert inner in self.reg, inner
        return self.reg[inner]

    def plain(self, s):
        return TOK.sub(lambda m: self.resolve(m.group(1))[0], s)

    def table(self, rows, widths):
        out = []
        for row in rows:
            parts = []
            for i, cell in enumerate(row):
                if i < len(row) - 1:
                    n = len(self.plain(cell))
                    assert n < widths[i], (cell, widths[i])
                    parts.append(cell + ' ' * (widths[i] - n))
                else:
                    parts.append(cell)
            out.append(''.join(parts).rstrip())
        return '\n'.join(out)

    def doc(self, kind, *pages):
        self.docs.append((kind, pages))

    @staticmethod
    def render(bundle, src):
        assert '\t' not in src
        out = bytearray()
        chars = []
        truth = []
        pos = 0
        cpos = 0
        for m in TOK.finditer(src):
            pre = src[pos:m.start()]
            out += pre.encode('utf-8')
            cpos += len(pre)
            text, cat, party = bundle.resolve(m.group(1))
            assert text == text.strip() and text, text
            assert VALID[cat](text), (cat, text)
            b = len(out)
            out += text.encode('utf-8')
            truth.append({'page': None, 'begin': b, 'end': len(out), 'category': cat,
                          'party': party, 'text': text})
            chars.append((cpos, cpos + len(text)))
            cpos += len(text)
            pos = m.end()
        out += src[pos:].encode('utf-8')
        page = out.decode('utf-8')
        assert '[[' not in page and ']]' not in page
        return page, truth, chars

    def build(self):
        docs = []
        allpages = []  # (page text, char spans, truth list)
        for i, (kind, pages) in enumerate(self.docs):
            d = {'id': 'doc-%02d' % (i + 1), 'kind': kind, 'pages': [], 'truth': []}
            for pi, src in enumerate(pages):
                page, truth, chars = Bundle.render(self, src)
                for t in truth:
                    t['page'] = pi
                    pb = page.encode('utf-8')
                    assert pb[t['begin']:t['end']].decode('utf-8') == t['text']
                d['pages'].append(page)
                d['truth'].extend(truth)
                allpages.append((page, chars, truth))
            last = (-1, -1)
            for t in d['truth']:
                assert (t['page'], t['begin']) >= last, (d['id'], t)
                last = (t['page'], t['end'])
            docs.append(d)
        kinds = [d['kind'] for d in docs]
        assert len(kinds) == len(set(kinds))
        # every labelled value is labelled wherever else it occurs in the bundle
        texts = set()
        for _, _, truth in allpages:
            for t in truth:
                texts.add(t['text'])
        for page, chars, _ in allpages:
            for t in texts:
                start = 0
                while True:
                    j = page.find(t, start)
                    if j < 0:
                        break
                    start = j + 1
                    e = j + len(t)
                    if (j > 0 and isword(page[j - 1]) and isword(t[0])) or \
                            (e < len(page) and isword(page[e]) and isword(t[-1])):
                        continue
                    assert any(b <= j and e <= f for b, f in chars), \
                        ('unlabelled repeat', self.num, t, page[max(0, j - 40):e + 40])
        # nothing personal left in unlabelled text
        for page, chars, _ in allpages:
            res = list(page)
            for b, f in chars:
                for k in range(b, f):
                    res[k] = '\x00'
            res = ''.join(res)
            for rx in RESIDUAL:
                m = rx.search(res)
                assert m is None, ('residual', self.num, rx.pattern,
                                   res[max(0, m.start() - 50):m.end() + 50])
        # subject block values must appear labelled as subject
        subj_texts = {(t['text'], t['category']) for _, _, tr in allpages for t in tr
                      if t['party'] == 'subject'}
        subj_plain = {t for t, _ in subj_texts}
        s = self.subject
        assert s['name'] in subj_plain, s['name']
        for a in s['aliases']:
            assert a in subj_plain, a
        if 'prison_number' in s:
            assert s['prison_number'] in subj_plain
        for k, v in s['identifiers'].items():
            assert (v, k) in subj_texts, (k, v)
        for a in s['contact']['addresses']:
            assert a in subj_plain, a
        for a in s['contact']['phones'] + s['contact']['emails']:
            assert a in subj_plain, a
        # party consistency: a value may only be public_body if always public_body
        parties = {}
        for _, _, tr in allpages:
            for t in tr:
                parties.setdefault(t['text'], set()).add(t['party'])
        for t, ps in parties.items():
            assert not ('public_body' in ps and len(ps) > 1), (t, ps)
        return {'bundle_id': 'eval15-%02d' % self.num, 'subject': self.subject,
                'documents': docs}


BUNDLES = []


def bundle(fn):
    BUNDLES.append(fn)
    return fn


# =====================================================================================
# Bundle 1 - Somali (patronymic chain) man, high-security prison, prison healthcare
# =====================================================================================
@bundle
def b1():
    R = {
        'S': ('Abdirashid Yusuf WARSAME', 'n', 's'), 'Sc': ('WARSAME, Abdirashid Yusuf', 'n', 's'),
        'SC': ('WARSAME ABDIRASHID YUSUF', 'n', 's'), 'Sf': ('Abdirashid', 'n', 's'),
        'Ss': ('WARSAME', 'n', 's'), 'Sm': ('Warsame', 'n', 's'), 'Sn': ('Rashid', 'n', 's'),
        'Sa': ('Abdi WARSAME', 'n', 's'), 'Sy': ('Abdirashid Yusuf', 'n', 's'),
        'Si': ('A.Y.W.', 'n', 's'), 'Sh': ('WARSAME A Y', 'n', 's'),
        'Sl': ('abdirashid warsame', 'n', 's'),
        'Sdob': ('14/03/1991', 'dob', 's'), 'Sdob2': ('14 March 1991', 'dob', 's'),
        'Sdob3': ('14-MAR-1991', 'dob', 's'), 'Sdob4': ('14.03.91', 'dob', 's'),
        'Spn': ('G7315KD', 'pn', 's'), 'Spn2': ('G 7315 KD', 'pn', 's'),
        'Spnc': ('2009/0417733U', 'pnc', 's'), 'Spnc2': ('09/417733U', 'pnc', 's'),
        'Scro': ('318825/10N', 'cro', 's'),
        'Sni': ('JH 48 21 73 C', 'ni', 's'), 'Sni2': ('JH482173C', 'ni', 's'),
        'Snhs': ('999 482 7162', 'nhs', 's'), 'Snhs2': ('9994827162', 'nhs', 's'),
        'Sad': ('Flat 6, Harrowden Court, Brenthill Road, Marsham', 'ad', 's'),
        'Spc': ('ZB4 7NQ', 'pc', 's'),
        'Sad2': ('31 Quarry Hill Rise, Kettlewick', 'ad', 's'), 'Spc2': ('ZB7 2GT', 'pc', 's'),
        'Sph': ('07700 900418', 'ph', 's'), 'Sem': ('a.warsame91@example.com', 'em', 's'),
        # family
        'F': ('Yusuf Warsame HIRSI', 'n', 't'), 'Ff': ('Yusuf', 'n', 't'),
        'M': ('Faadumo Cali JAAMAC', 'n', 't'), 'Mf': ('Faadumo', 'n', 't'),
        'Mj': ('JAAMAC', 'n', 't'),
        'Mad': ('112 Beacon Lane, Kettlewick', 'ad', 't'), 'Mpc': ('ZB6 3LR', 'pc', 't'),
        'Mph': ('0113 496 0627', 'ph', 't'),
        'B': ('Mahad Yusuf WARSAME', 'n', 't'), 'Bf': ('Mahad', 'n', 't'),
        'Bph': ('07700 900733', 'ph', 't'), 'Bem': ('mahad.yw@example.net', 'em', 't'),
        'H': ('Hodan Yusuf WARSAME', 'n', 't'), 'Hf': ('Hodan', 'n', 't'),
        'Hdob': ('02/09/2009', 'dob', 't'),
        # other prisoners / co-defendant
        'P1': ('Robel Tesfay GEBREMEDHIN', 'n', 't'), 'P1s': ('GEBREMEDHIN', 'n', 't'),
        'P1f': ('Robel', 'n', 't'), 'P1pn': ('A2291LX', 'pn', 't'),
        'P2': ('Kerem Hasan ALTINKAYA', 'n', 't'), 'P2s': ('ALTINKAYA', 'n', 't'),
        'P2pn': ('A6604DN', 'pn', 't'),
        'CD': ('Liam CORCORAN', 'n', 't'), 'CDs': ('CORCORAN', 'n', 't'),
        # solicitor (private firm)
        'Sol': ('Rubina Mirza', 'n', 't'), 'Sols': ('Mirza', 'n', 't'),
        'Solad': ('Unit 4, Tanner Row, Marsham', 'ad', 't'), 'Solpc': ('ZB1 3EF', 'pc', 't'),
        'Solph': ('0113 496 0581', 'ph', 't'),
        'Solem': ('r.mirza@harcastlemirza.example.co.uk', 'em', 't'),
        # staff
        'G1': ('Deborah Okafor-Lane', 'n', 'st'), 'G1s': ('Okafor-Lane', 'n', 'st'),
        'O1': ('Gareth Whitlow', 'n', 'st'), 'O1s': ('Whitlow', 'n', 'st'),
        'O1i': ('GW', 'n', 'st'),
        'Pry': ('PRYOR', 'n', 'st'), 'Men': ('Mensah', 'n', 'st'), 'Menf': ('Kojo Mensah', 'n', 'st'),
        'Nu': ('Leanne Castellanos', 'n', 'st'), 'Nus': ('Castellanos', 'n', 'st'),
        'Dr': ('Imtiaz Qureshi', 'n', 'st'), 'Drs': ('Qureshi', 'n', 'st'),
        'Drph': ('0113 496 0214', 'ph', 'st'), 'Drem': ('imtiaz.qureshi@nhs.example.org', 'em', 'st'),
        'Ph': ('Bernard Oyelowo', 'n', 'st'), 'Phs': ('Oyelowo', 'n', 'st'),
        'Im': ('Abdullahi Sharif', 'n', 'st'), 'Ims': ('Sharif', 'n', 'st'),
        'Esc': ('Tomasz Wilk', 'n', 'st'), 'Esc2': ('Aileen Rutter', 'n', 'st'),
        'SOb': ('Brannock', 'n', 'st'),
        # public bodies
        'Kad': ('Moor Road, Kettlewick', 'ad', 'pb'), 'Kpc': ('ZB9 2WA', 'pc', 'pb'),
        'Kph': ('0113 496 0200', 'ph', 'pb'), 'Kem': ('omu.kettlewick@justice.example.gov.uk', 'em', 'pb'),
        'Hcem': ('kettlewick.healthcare@nhs.example.org', 'em', 'pb'),
        'Hcph': ('0113 496 0260', 'ph', 'pb'),
        'KGad': ('Infirmary Lane, Kettlewick', 'ad', 'pb'), 'KGpc': ('ZB6 1HS', 'pc', 'pb'),
        'KGph': ('0113 496 0950', 'ph', 'pb'),
    }
    subject = {
        'name': 'Abdirashid Yusuf WARSAME',
        'aliases': ['Abdi WARSAME', 'Rashid', 'Abdirashid Yusuf', 'WARSAME, Abdirashid Yusuf'],
        'date_of_birth': '1991-03-14',
        'prison_number': 'G7315KD',
        'identifiers': {'ni_number': 'JH 48 21 73 C', 'nhs_number': '999 482 7162',
                        'pnc': '2009/0417733U', 'cro': '318825/10N'},
        'contact': {'addresses': ['Flat 6, Harrowden Court, Brenthill Road, Marsham',
                                  '31 Quarry Hill Rise, Kettlewick'],
                    'phones': ['07700 900418'], 'emails': ['a.warsame91@example.com']},
    }
    B = Bundle(1, subject, R)
    head = 'OFFICIAL-SENSITIVE  |  [[Sh]]  |  [[Spn]]  |  Cat A annual review 2025  |  Page %d of 3'

    B.doc('cat-a-annual-review-report', f"""OFFICIAL-SENSITIVE                                        HMP KETTLEWICK
                                                          [[Kad]]
                                                          [[Kpc]]
CATEGORY A ANNUAL REVIEW - REPORT TO THE LOCAL ADVISORY PANEL

Prisoner:        [[SC]]
Prison No:       [[Spn]]                DOB: [[Sdob]]
PNC:             [[Spnc]]          CRO: [[Scro]]
Escape risk:     Standard                Location: Houseblock 2, Spur C
Review date:     04/02/2025              Previous review: 06/02/2024
Report author:   [[O1]], Prison Offender Manager (OMU)

1. Purpose
This report informs the Local Advisory Panel (LAP) on whether Mr [[Ss]] should
remain Category A. He prefers to be addressed as [[Sy]] or by the short
form [[Sn]]; his surname in the Somali naming tradition is his grandfather's
given name, and staff should not assume that relatives share it.

2. Sources consulted
  - Security department summary (SO [[Men]])
  - Wing history sheets, Houseblock 2 (Officer [[Pry]])
  - Healthcare summary shared with consent ([[Nu]], RMN)
  - Written representations from [[Sol]], Harcastle Mirza Solicitors
  - Chaplaincy contact record (Imam [[Im]])
""", """{head1}

3. Custodial behaviour
Mr [[Sm]] has had no proven adjudications since March 2023. He works as a
wing cleaner and attends Arabic and maths classes. In June 2024 he was the subject
of an allegation by another prisoner, [[P1]] ([[P1pn]]), that he had
been pressuring others for canteen; the allegation was investigated by SO [[Men]] and
not substantiated. [[P1s]] has since transferred.

4. Family contact
His mother, [[M]], visits monthly from [[Mad]],
[[Mpc]]. His brother [[B]] attends with her. His father, [[F]],
died in 2020. His younger sister [[Hf]] (DOB [[Hdob]]) is not on his visits list.
Note: [[Bf]] is sometimes recorded on NOMIS as "[[n.t|WARSAME, Mahad]]"; this is wrong -
he is [[B]] and his father's name is the middle element, as for the prisoner.

5. Offending and risk
The index offence (conspiracy to transfer prohibited firearms, 2011) was committed
with [[CD]], who remains in the high-security estate. No current
intelligence links the two men. [[CDs]] is not on the prisoner's contact list.
""".replace('{head1}', head % 2), """{head1}

6. Representations
[[Sol]] submits that [[Sa]] (as he is named in the court papers) has
completed the Kaizen programme and should be downgraded. Correspondence to
[[Solad]], [[Solpc]]; tel [[Solph]]; email
[[Solem]].

7. Recommendation
The POM recommends that [[Sc]] remains Category A, standard escape risk,
with a review in 12 months. Governor [[G1]] (Head of Security) concurs.

Signed: [[O1]]  (POM)                         Date: 21/01/2025
Countersigned: [[G1s]]                        Date: 23/01/2025
Enquiries: OMU, HMP Kettlewick, [[Kph]], [[Kem]]
""".replace('{head1}', head % 3))

    B.doc('mental-health-in-reach-assessment', """KETTLEWICK INTEGRATED MENTAL HEALTH IN-REACH TEAM
Healthcare Centre, HMP Kettlewick, [[Kad]], [[Kpc]]
Tel [[Hcph]]   Secure mail [[Hcem]]

INITIAL ASSESSMENT

Patient name:     [[S]]       Known as: [[Sn]]
NHS No:           [[Snhs]]              Prison No: [[Spn]]
Date of birth:    [[Sdob2]]
Referred by:      Officer [[Pry]] (wing staff) - low mood, poor sleep
Assessed by:      [[Nu]], RMN                     Date: 11/11/2024
Interpreter:      not required (fluent English and Somali)

Presenting concerns
[[Sn]] reports low mood since the anniversary of his father's death in October.
He said his father, [[Ff]], had been the one who kept the family together. He worries
about his mother, [[Mf]], who lives alone since [[Bf]] moved out. He describes
intrusive memories of his arrest. He denies thoughts of suicide or self-harm.

Social circumstances
Before custody he lived at [[Sad]], [[Spc]];
his previous address was [[Sad2]], [[Spc2]].
NOK: [[B]] (brother), tel [[Bph]].

Plan
1. Refer to Dr [[Dr]], consultant psychiatrist, for medication review.
2. Weekly sessions with [[Nus]] for 6 weeks (behavioural activation).
3. Consent given to share summary with OMU ([[O1s]]) for Cat A review.
4. Chaplaincy (Imam [[Ims]]) to offer bereavement support.
""", """In-reach assessment (continued) - [[Sh]] - [[Spn]] - NHS [[Snhs2]] - page 2

Risk screen (completed with the patient)
 Self-harm history:     One episode, HMP Greyfold 2016 (superficial cuts).
 Harm to others:        Index offence; no violence in custody since 2019.
 Vulnerability:         Bereavement; family worries; Cat A isolation.
 Protective factors:    Faith; contact with [[Bf]] and [[Mf]]; education.

Collateral information
Telephoned the brother, [[B]], on [[Bph]] with the patient's consent.
He said [[Sn]] "goes quiet" each autumn since their father died. He asked that the
family be told if [[Sf]] is moved to hospital. He confirmed that their sister
[[H]] is at school and is not aware of the detail of the case.

Dr [[Drs]]'s secretary will send the appointment via [[Hcem]].

Signed [[Nu]] RMN     Countersigned: Dr [[Dr]]
""")

    rows = [
        ['Drug', 'Dose', 'IP status', 'Risk', 'Reviewed by'],
        ['Sertraline 50mg', '1 daily', 'In possession', 'Low', '[[Ph]]'],
        ['Mirtazapine 15mg', 'nocte', 'Not in possession', 'Medium', '[[Ph]]'],
        ['Omeprazole 20mg', '1 daily', 'In possession', 'Low', '[[Phs]]'],
    ]
    B.doc('medication-in-possession-risk-assessment', """HMP KETTLEWICK PHARMACY - IN-POSSESSION (IP) RISK ASSESSMENT

Name: [[Sc]]            No: [[Spn2]]
D.O.B.: [[Sdob4]]       NHS: [[Snhs2]]       Cell: 2-C-14
Prescriber: Dr [[Drs]]

""" + B.table(rows, [20, 10, 20, 9]) + """

Factors considered
[ ] History of self-harm in last 12 months                 No
[ ] Trading / diversion intelligence                       Yes - see note
[x] Cell-sharing                                           Single cell (Cat A)
[x] Capacity to manage own medication                      Yes

Note: security intelligence (SO [[Men]]) suggests mirtazapine was requested by
another prisoner on the spur. No evidence that [[Sf]] supplied it. Mirtazapine to be
supervised as a precaution, explained to patient who accepted.

Pharmacist: [[Ph]]     Date: 03/12/2024
Queries: Dr [[Dr]], direct line [[Drph]], [[Drem]]
""")

    B.doc('general-application-form', """[Scanned handwritten form - transcribed by OMU admin. Illegible words marked (?)]

HMP KETTLEWICK            GENERAL APPLICATION          App No. 2025/0117
Name:  [[Sl]]           Number: [[Spn]]        Wing/Cell: 2C-14
Date: 9/1/25

Application:
To Mr [[O1s]] OMU. I want to ask why my brother [[Bf]] is stil not on my
visits list. He has been aproved before in 2022 at HMP Greyfold. His phone is
[[Bph]] and his email [[Bem]] if you need to check. Also
please update my NI number, it is [[Sni2]] the one on my file is wrong.
My mum [[Mf]] new number is [[Mph]]. She dont have mobile.
Thank you. [[Si]]

-------------------------------------------------------------- (staff use only)
Passed to:  OMU / Visits       Received by: [[O1i]]     Date: 10/1/25
Response:  Mr [[Sm]] - [[Bf]] was removed from the approved list when the
Cat A visitor approval lapsed. A fresh application has been sent to him with
police checks. Your NI number on NOMIS has been corrected to [[Sni]].
Signed:  [[O1]]    Date: 14/1/25
""")

    B.doc('diversity-incident-report-form', """DIVERSITY INCIDENT REPORTING FORM (DIRF)                  Ref: KTW-DIRF-25-004
HMP Kettlewick

Section 1 - completed by the person reporting
Name:            [[S]]
Prison number:   [[Spn]]       Location: H2-C
Protected characteristic(s): Religion or belief; Race

What happened?
On 17/01/2025 at Friday prayers I was told by another prisoner, [[P2]]
([[P2pn]]), that "people like [[Sf]] should not lead prayers". Later on the
landing he called me names in front of Officer [[Pry]]. The officer did nothing. I
have witnesses: [[P1f]] from C spur heard it before he moved.

Section 2 - investigating officer
Investigating officer: SO [[SOb]]
Interviewed: complainant; [[P2s]]; Officer [[Pry]]; Imam [[Im]].
Finding: [[P2s]] admits the first remark, denies the second. Officer [[Pry]] states he
did not hear the landing comment. Imam [[Ims]] confirms tension between the two
men over the rota for leading prayers.
Outcome: Partly upheld. [[P2s]] warned under the local violence reduction
strategy; chaplaincy to manage the rota. [[Sa]] informed in writing.

Section 3 - Diversity and Inclusion Manager
Reviewed by [[G1]]. Sample quality check: adequate.
""")

    B.doc('external-hospital-escort-risk-assessment', """RESTRICTED - CATEGORY A ESCORT
EXTERNAL HOSPITAL APPOINTMENT - ESCORT RISK ASSESSMENT

Prisoner:  [[SC]]   ([[Spn]])   DOB [[Sdob3]]
PNC:       [[Spnc2]]
Destination: Kettlewick General Hospital, Outpatients Block B
             [[KGad]], [[KGpc]]   Switchboard [[KGph]]
Appointment: Gastroenterology, 26/02/2025 (date and time NOT to be disclosed
             to the prisoner in advance)

Escort chain: SO [[Men]] (escort commander), Officers [[Esc]] and
[[Esc2]]. Restraints: closeting chain; double-cuffed during transfer.

Risk factors
 - Category A, standard escape risk.
 - Family live locally: [[Mad]] is 2.4 miles from the
   hospital. Mother [[Mj]] and brother [[Bf]] must not be informed of the date.
 - No known threats from or to other prisoners' associates. [[CDs]] not local.

Medical information (from Dr [[Drs]], shared on a need-to-know basis)
Procedure under sedation; patient may need to be unchained for it - authority of
the duty governor required on the day.

Authorised by: [[G1]], Head of Security        Date: 12/02/2025
""")

    B.doc('legal-correspondence-opened-in-error-notice', """HMP KETTLEWICK - RULE 39 CORRESPONDENCE OPENED IN ERROR

To:   [[SC]]   ([[Spn]])   Cell 2-C-14
From: Mailroom Supervisor, HMP Kettlewick

On 05/12/2024 a letter addressed to you was opened in error in the mailroom. The
envelope was marked as legal correspondence from:

    [[Sol]]
    Harcastle Mirza Solicitors
    [[Solad]]
    [[Solpc]]

The letter was not read. It was resealed in the presence of Officer [[Pry]] and
handed to you the same day. The sender has been informed by email to
[[Solem]] and by telephone on [[Solph]].

The letter also enclosed a copy of your passport application form showing your
previous address, [[Sad2]], [[Spc2]], and your
mobile number [[Sph]] and email address [[Sem]]; these
were not copied or retained.

I apologise for this error. If you wish to complain, use a COMP1 form.

Mailroom Supervisor: [[Menf]] (acting)            Date: 06/12/2024
cc: [[O1]] (POM); Legal Services; [[Kem]]
""")
    rows = [
        ['Date', 'Time', 'Seen by', 'Mood/affect', 'Physical', 'Food/fluids', 'Fit for seg'],
        ['19/07/2023', '09:40', '[[Nus]]', 'Angry, settled', 'NAD', 'Refused bkfst', 'Yes'],
        ['20/07/2023', '10:05', '[[Nus]]', 'Low', 'NAD', 'Eating', 'Yes'],
        ['21/07/2023', '09:55', 'Dr [[Drs]]', 'Low, tearful', 'BP 138/88', 'Eating', 'Yes - review'],
        ['22/07/2023', '10:20', '[[n.st|Yaw Boateng]]', 'Flat', 'NAD', 'Eating', 'Yes'],
        ['23/07/2023', '09:35', '[[n.st|Yaw Boateng]]', 'Brighter', 'NAD', 'Eating', 'Yes'],
        ['24/07/2023', '11:00', '[[Nus]]', 'Settled', 'NAD', 'Eating', 'Yes'],
    ]
    B.doc('segregation-healthcare-daily-screen', """HMP KETTLEWICK - CARE AND SEPARATION UNIT
HEALTHCARE DAILY SCREEN (within 2 hours of placement, then daily)

Name: [[SC]]     No: [[Spn]]     DOB: [[Sdob]]
NHS: [[Snhs]]     Reason for segregation: GOOD (own interest) pending
investigation of a fight with [[P2]] on the exercise yard
Initial screen: [[Nu]] RMN, 18/07/2023 16:20 - no contraindication

""" + B.table(rows, [12, 7, 18, 16, 11, 15]) + """

Notes
18/07 [[Sn]] says [[P2s]] insulted his mother, [[Mf]], and his late father
      [[Ff]] on the yard. Minor graze to right hand, cleaned. Not fit to share a
      cell for now (cell-sharing not applicable - Cat A single cell).
21/07 Dr [[Drs]]: low mood, no thoughts of self-harm. Allowed a phone call to his
      brother [[Bf]] on [[Bph]] (authorised by the CSU manager, SO [[SOb]]).
24/07 Returned to normal location, Houseblock 2. Segregation review chaired by
      Governor [[G1s]]. Healthcare representative: [[Nus]].

Reviewed by Head of Healthcare: [[n.st|Marian Felstead]]        Date: 25/07/2023
Enquiries: [[Hcem]]
""")
    return B


# =====================================================================================
# Bundle 2 - Lithuanian woman (married/maiden surname forms), women's open prison
# =====================================================================================
@bundle
def b2():
    R = {
        'S': ('Rūta JANKAUSKIENĖ', 'n', 's'), 'Sc': ('JANKAUSKIENĖ, Rūta', 'n', 's'),
        'SA': ('JANKAUSKIENE RUTA', 'n', 's'), 'Sasc': ('Ruta Jankauskiene', 'n', 's'),
        'Sf': ('Rūta', 'n', 's'), 'Sf2': ('Ruta', 'n', 's'), 'Ss': ('JANKAUSKIENĖ', 'n', 's'),
        'Sm': ('Jankauskienė', 'n', 's'), 'Smaid': ('Rūta PETRAUSKAITĖ', 'n', 's'),
        'Smaids': ('PETRAUSKAITĖ', 'n', 's'), 'Sang': ('Ruth Jankauskas', 'n', 's'),
        'Si': ('R.J.', 'n', 's'),
        'Sdob': ('02/11/1986', 'dob', 's'), 'Sdob2': ('2 November 1986', 'dob', 's'),
        'Sdob3': ('1986-11-02', 'dob', 's'), 'Sdob4': ('02-NOV-1986', 'dob', 's'),
        'Spn': ('B3391RW', 'pn', 's'), 'Spnc': ('2015/0228190K', 'pnc', 's'),
        'Spnc2': ('15/228190K', 'pnc', 's'), 'Scro': ('74210/16R', 'cro', 's'),
        'Sni': ('SL 73 90 41 B', 'ni', 's'), 'Sni2': ('SL739041B', 'ni', 's'),
        'Snhs': ('999 307 1544', 'nhs', 's'), 'Snhs2': ('9993071544', 'nhs', 's'),
        'Sad': ('Flat 2, 41 Canal Street, Oldbridge', 'ad', 's'), 'Spc': ('YB3 8RT', 'pc', 's'),
        'Sad2': ('Room 4, 9 Gallowtree Gate, Stenhope', 'ad', 's'), 'Spc2': ('YE1 4HG', 'pc', 's'),
        'Sph': ('07700 900265', 'ph', 's'), 'Sph2': ('07700 900154', 'ph', 's'),
        'Sem': ('ruta.jank86@example.net', 'em', 's'),
        'Ssc': ('20-77-19', 'sc', 's'), 'Sac': ('53380146', 'ac', 's'),
        'Siban': ('GB82 BARC 2077 1953 3801 46', 'iban', 's'),
        # family
        'Mo': ('Danutė PETRAUSKIENĖ', 'n', 't'), 'Mof': ('Danutė', 'n', 't'),
        'Mos': ('PETRAUSKIENĖ', 'n', 't'), 'Moa': ('Danute Petrauskiene', 'n', 't'),
        'Moad': ('58 Wheelwright Road, Oldbridge', 'ad', 't'), 'Mopc': ('YB7 5LS', 'pc', 't'),
        'Moph': ('0116 496 0372', 'ph', 't'),
        'D': ('Gabija JANKAUSKAITĖ', 'n', 't'), 'Df': ('Gabija', 'n', 't'),
        'Ddob': ('21/06/2013', 'dob', 't'), 'Dsch': ('Gabi', 'n', 't'),
        'X': ('Tomas JANKAUSKAS', 'n', 't'), 'Xs': ('JANKAUSKAS', 'n', 't'),
        'Xf': ('Tomas', 'n', 't'), 'Xph': ('07700 900912', 'ph', 't'),
        'Xvrm': ('KN17 WHD', 'vrm', 't'),
        # other prisoners
        'P1': ('Desislava PETROVA', 'n', 't'), 'P1f': ('Desislava', 'n', 't'), 'P1s': ('PETROVA', 'n', 't'),
        'P2': ('Luana Ferreira da SILVA', 'n', 't'), 'P2f': ('Luana', 'n', 't'),
        'P2s': ('da SILVA', 'n', 't'),
        # charity / private
        'Ch': ('Inês Carvalho MARQUES', 'n', 't'), 'Chf': ('Inês', 'n', 't'), 'Chs': ('Marques', 'n', 't'),
        'Chph': ('07700 900506', 'ph', 't'), 'Chem': ('ines.marques@brightwaterwomen.example.org', 'em', 't'),
        'Fw': ('Precious Afi AMEGASHIE', 'n', 't'), 'Fwf': ('Precious', 'n', 't'),
        'Fws': ('Amegashie', 'n', 't'), 'Fwph': ('07700 900681', 'ph', 't'),
        'Emp': ('Graham Threlkeld', 'n', 't'), 'Emps': ('Threlkeld', 'n', 't'),
        'Empem': ('g.threlkeld@fernbankbakeries.example.co.uk', 'em', 't'),
        'Empph': ('0117 496 0815', 'ph', 't'),
        # staff
        'Om': ('Claire Pemberton', 'n', 'st'), 'Oms': ('Pemberton', 'n', 'st'),
        'Omi': ('CP', 'n', 'st'),
        'Hd': ('Hendry', 'n', 'st'), 'Gv': ('Aiko Nakashima', 'n', 'st'), 'Gvs': ('Nakashima', 'n', 'st'),
        'GP': ('Rosalind Ferrier', 'n', 'st'), 'GPs': ('Ferrier', 'n', 'st'),
        'Nu': ('Niamh Brannigan', 'n', 'st'), 'Nus': ('Brannigan', 'n', 'st'),
        'Ho': ('Kieran Todd', 'n', 'st'), 'Hos': ('Todd', 'n', 'st'),
        'Hoph': ('0117 496 0458', 'ph', 'st'), 'Hoem': ('kieran.todd@stenhope.example.gov.uk', 'em', 'st'),
        'Com': ('Marguerite Osei-Bonsu', 'n', 'st'), 'Coms': ('Osei-Bonsu', 'n', 'st'),
        'Comem': ('marguerite.osei-bonsu@justice.example.gov.uk', 'em', 'st'),
        'Eh': ('Danny Whitehouse', 'n', 'st'),
        # public bodies
        'Fad': ('Ferncombe Lane, Ashby Ferncombe', 'ad', 'pb'), 'Fpc': ('YA4 6GE', 'pc', 'pb'),
        'Fph': ('0117 496 0100', 'ph', 'pb'), 'Fem': ('omu.ferncombe@justice.example.gov.uk', 'em', 'pb'),
        'Cad': ('Civic Offices, Hightown Square, Stenhope', 'ad', 'pb'), 'Cpc': ('YE1 1AA', 'pc', 'pb'),
        'Cph': ('0117 496 0444', 'ph', 'pb'), 'Cem': ('housing.options@stenhope.example.gov.uk', 'em', 'pb'),
        'Hcph': ('0117 496 0130', 'ph', 'pb'),
    }
    subject = {
        'name': 'Rūta JANKAUSKIENĖ',
        'aliases': ['Rūta PETRAUSKAITĖ', 'Ruta Jankauskiene', 'Ruth Jankauskas', 'JANKAUSKIENE RUTA'],
        'date_of_birth': '1986-11-02',
        'prison_number': 'B3391RW',
        'identifiers': {'ni_number': 'SL 73 90 41 B', 'nhs_number': '999 307 1544',
                        'pnc': '2015/0228190K', 'cro': '74210/16R'},
        'contact': {'addresses': ['Flat 2, 41 Canal Street, Oldbridge',
                                  'Room 4, 9 Gallowtree Gate, Stenhope'],
                    'phones': ['07700 900265', '07700 900154'],
                    'emails': ['ruta.jank86@example.net']},
    }
    B = Bundle(2, subject, R)
    run = 'HMP & YOI Ferncombe Grange | OPEN CONDITIONS ASSESSMENT | [[SA]] [[Spn]] | p.%d'

    B.doc('open-conditions-suitability-assessment', """HMP & YOI FERNCOMBE GRANGE (Women's Open Prison)
[[Fad]], [[Fpc]]    Tel [[Fph]]

SUITABILITY FOR CONTINUED OPEN CONDITIONS - 28-DAY REVIEW

Surname: [[Ss]]                 Forename: [[Sf]]
Also recorded as: [[Smaid]] (maiden name); [[Sang]] (anglicised, used
at work)
Prison no: [[Spn]]     DOB: [[Sdob]]     PNC: [[Spnc]]
CRO: [[Scro]]           NI: [[Sni]]
Arrived from: HMP Brackenmoor, 03/03/2025
Sentence: 3 years 4 months (fraud by abuse of position)

Assessment by: [[Om]], OMU case administrator ([[Omi]])

1. Settling in
Ms [[Sm]] has settled well. She shares a room with [[P1]], with whom
she works in the gardens. There was one verbal disagreement with [[P2]]
on 19/03/2025 over the laundry rota; SO [[Hd]] dealt with it informally.
""", (run % 2) + """

2. Family ties and child contact
[[Sf]]'s daughter [[D]] (known as [[Dsch]], DOB [[Ddob]])
lives with the maternal grandmother, [[Mo]], at [[Moad]],
[[Mopc]] (tel [[Moph]]). Mrs [[Mos]] is willing to bring [[Df]]
to family days. [[Df]]'s father, [[X]], has a prohibited-contact
condition in relation to the prisoner (non-molestation order, 2023). He must not be
approved as a visitor. His vehicle [[Xvrm]] was seen in the visitors' car park on
15/03/2025; gate staff have been briefed.

3. Release address
Proposed: [[Sad2]], [[Spc2]] (shared house arranged by Brightwater
Women's Centre). Her previous home, [[Sad]], [[Spc]], was
given up on sentence.

4. ROTL history
 05/04/2025  Community visit with SO [[Hd]] - complied.
 19/04/2025  Resettlement day release to Brightwater Women's Centre (met
             caseworker [[Ch]]) - complied, returned 16:50.
 26/04/2025  Paid work trial, Fernbank Bakeries - complied.
""", (run % 3) + """

5. Risk management
Victim of domestic abuse. [[X]], date of birth not known, is
the subject of the non-molestation order; police flag on the release address.
She has changed her mobile number from [[Sph2]] to [[Sph]] so that he
cannot contact her. Her COM is [[Com]] ([[Comem]]).

Other residents: no conflict with [[P1s]]; minor friction with [[P2s]] resolved.
[[P1f]] and [[Sf]] have asked to share a room again after [[P1f]]'s ROTL board.

6. Conclusion
Suitable to remain in open conditions. Next review by Governor [[Gvs]].

Assessor: [[Om]] ([[Omi]])          Countersigned: [[Gv]], Governor
OMU mailbox: [[Fem]]
""")

    B.doc('family-support-worker-home-visit-report', """PATHWAYS FAMILY LINK (registered charity) - HOME VISIT REPORT
Family worker: [[Fw]]    Mobile: [[Fwph]]
Visit to: [[Moa]] (grandmother/kinship carer)
Address: [[Moad]], [[Mopc]]
Child: [[D]], DOB [[Ddob]]
Parent in custody: [[Sasc]], HMP Ferncombe Grange ([[Spn]])
Date of visit: 08/04/2025

Summary
Mrs [[Mos]] speaks Lithuanian at home; [[Df]] interpreted some of the time,
which is not ideal and I have asked for an interpreter next time. [[Df]] is doing
well at school and asks to speak to her mum more often. She knows her mum as
"mama [[Sf2]]" and calls her father "[[Xf]]". She has not seen [[Xf]] since 2023.

Grandmother's concerns: [[Mof]] is 71 and has diabetes. She worries about what
happens if she becomes unwell. She is anxious that [[Xs]] knows where she lives.
I have advised her to call 999 if he comes to the house.

Contact plan (to be agreed with the prison family services team)
 - Video calls Tuesdays after school, from the grandmother's landline [[Moph]]
   as the registered number.
 - Family day 17/05/2025. [[Mof]] and [[Df]] to attend; transport via the charity.
 - [[Sf]] to send a recorded story-book from the prison library scheme.

Worker: [[Fws]]   Manager sign-off: [[n.t|Olwen Prosser]]
""")

    B.doc('gp-summary-care-record-extract', """SUMMARY CARE RECORD - PRINTED EXTRACT (prison healthcare use)
Produced by: Ferncombe Grange Healthcare, tel [[Hcph]]

Patient:   [[SA]]
Alias:     [[Smaid]]
NHS no:    [[Snhs]]          DOB: [[Sdob4]]
Usual address (community): [[Sad]], [[Spc]]
Contact:   [[Sph2]] (pre-custody mobile; not current)

Registered GP (before custody): Lockside Surgery, Oldbridge
Emergency contact: [[Mo]] (mother) [[Moph]]

Allergies:    Penicillin (rash)
Medications:  Metformin 500mg bd; Levothyroxine 50mcg od
Problems:     Hypothyroidism (2016); Type 2 diabetes (2021); anxiety

Encounters since reception
 07/03/2025  Reception screen - [[Nu]] (nurse). No acute issues.
 12/03/2025  GP clinic - Dr [[GP]]: HbA1c requested.
 02/04/2025  GP clinic - Dr [[GPs]]: results reviewed, metformin continued.
 02/04/2025  Note: patient asked that information not be shared with her former
             husband [[X]] under any circumstances. Flag added.

Printed by [[Nus]] for transfer/release planning on 10/04/2025.
Record key: [[Snhs2]]
""")

    B.doc('womens-centre-referral-form', """BRIGHTWATER WOMEN'S CENTRE - REFERRAL FROM CUSTODY
(Charity. Data shared under the resettlement information-sharing agreement.)

Referrer:  [[Com]], Community Offender Manager
           [[Comem]]
Received by: [[Ch]] (caseworker), [[Chph]], [[Chem]]

ABOUT THE WOMAN
Full name:     [[S]]
Other names:   [[Smaid]]; [[Sang]]
DOB:           [[Sdob2]]
NI number:     [[Sni2]]
Phone on release: [[Sph]]          Email: [[Sem]]
Release date (provisional): 24/07/2025
Release address: [[Sad2]], [[Spc2]]

Needs identified (tick)
[x] Accommodation  [x] Finance/benefits  [x] Domestic abuse  [ ] Substance use
[x] Children and families  [ ] Mental health  [x] Education, training, work

Domestic abuse history
Victim of coercive control by former husband [[X]]. He is
believed to live in the Oldbridge area. Any contact from him should be reported to
[[Coms]] and the police. Do not give out the release address.

Other information
Good friend from custody, [[P2]] ([[P2f]]), is also being referred to
us; please do not place the two women in the same house (mutual request).

Caseworker notes: first meeting booked for the day after release. [[Chf]] to meet
[[Sf]] at the gate. - [[Chs]]
""", """Brightwater referral - [[S]] - continuation sheet

CONSENT TO SHARE (signed in custody, 15/04/2025)
I, [[Sasc]], agree that Brightwater may share information with:
 [x] my Community Offender Manager ([[Coms]])
 [x] Stenhope Borough Council housing ([[Ho]])
 [x] my mother, [[Mo]], about practical arrangements only
 [ ] my former husband - NO, never
 [x] Pathways Family Link (family worker [[Fwf]] [[Fws]])
Signature: [[Si]]        Interpreter used: none (good English)

CASEWORKER RISK NOTE ([[Chs]], 16/04/2025)
Spoke to [[Coms]]. [[Xf]] has sent messages to [[Sf]]'s old mobile
([[Sph2]]) this year via her mother's phone. New number [[Sph]] must not be
given to family members without [[Sf]]'s say-so. Her daughter [[Df]]'s school
knows the arrangements. The manager of the shared house has a photograph of
[[Xs]] for the door.
""")

    B.doc('homelessness-prevention-duty-letter', """STENHOPE BOROUGH COUNCIL
Housing Options Service
[[Cad]], [[Cpc]]
Tel [[Cph]]   Email [[Cem]]

Ms [[S]]
c/o HMP & YOI Ferncombe Grange
[[Fad]]
[[Fpc]]

Your ref: [[Spn]]       Our ref: HOS/25/3317       Date: 22 April 2025

Dear Ms [[Sm]],

Housing Act 1996, Part 7 - notice that the prevention duty is owed

Thank you for the referral made under the duty to refer by [[Om]] of the
prison on 11/04/2025. We are satisfied that you are eligible for assistance and
threatened with homelessness, and that you have a local connection through your
last settled address at [[Sad]], [[Spc]].

We therefore owe you the prevention duty. Your personalised housing plan is
enclosed. Your case officer is [[Ho]]; his direct line is [[Hoph]]
and his email is [[Hoem]].

The room offered by Brightwater Women's Centre at [[Sad2]] is
regarded as suitable for at least six months. Please tell us if your
circumstances change, including any contact from [[X]].

Yours sincerely

[[Ho]]
Housing Options Officer
""")

    B.doc('prison-employment-hub-job-match-record', """FERNCOMBE GRANGE EMPLOYMENT HUB - JOB MATCH RECORD

Candidate: [[SA]]   ([[Spn]])      Preferred name at work: [[Sang]]
Employment lead: [[Eh]] (employment hub)
Contact on release: [[Sph]] / [[Sem]]

Employer: Fernbank Bakeries Ltd (private employer, ROTL partner)
Contact:  [[Emp]], Operations Manager
          [[Empph]]   [[Empem]]

Role: Production operative, 4 days/week on ROTL, then permanent on release.
Disclosure: Offence disclosed to [[Emps]] with the candidate's consent on 14/04/2025.

Wages to be paid to the candidate's own account:
  Account name:  [[Sasc]]
  Sort code:     [[Ssc]]      Account number: [[Sac]]
  IBAN:          [[Siban]]
(Account opened via the prison bank-account scheme, 2025.)

Notes
14/04 ([[Eh]]) [[Sf]] impressed at interview. Asked that her former name
      [[Smaids]] not be used with the employer.
16/04 [[Emps]] confirmed start date 06/05/2025 subject to ROTL board.
17/04 [[Si]] asked whether she can be paid weekly - employer agreed.
""")
    rows = [
        ['Resident', 'No.', 'Visitor(s)', 'Relationship', 'Table'],
        ['[[SA]]', '[[Spn]]', '[[Mo]]', 'mother', '4'],
        ['', '', '[[D]]', 'daughter (11)', '4'],
        ['[[P1]]', '[[pn.t|A4471FE]]', '[[n.t|Stefan PETROV]]', 'brother', '5'],
        ['', '', '[[n.t|Mila PETROVA]]', 'daughter (6)', '5'],
        ['[[P2]]', '[[pn.t|B1086QS]]', '[[n.t|Joana Ferreira]]', 'mother', '7'],
        ['[[n.t|Shannon McILROY]]', '[[pn.t|A9930KR]]', '[[n.t|Bradley McILROY]]', 'son (14)', '8'],
        ['', '', '[[n.t|Tracey Dolan]]', 'sister', '8'],
    ]
    B.doc('family-day-attendee-list', """HMP & YOI FERNCOMBE GRANGE - FAMILY DAY 17/05/2025 - ATTENDEE LIST
Organised by: Family Services ([[Fw]], Pathways Family Link) and SO [[Hd]]
Sports hall, 10:00-15:00. Bouncy castle, face painting, lunch provided.

""" + B.table(rows, [26, 10, 24, 16]) + """

Access notes (gate staff)
 - [[X]] is NOT permitted; vehicle [[Xvrm]] on gate watch list.
 - [[Mo]] may need wheelchair from car park; charity minibus from
   [[Moad]] at 08:45.
 - [[n.t|Bradley McILROY]] attends with a social worker; his carer's details are held by
   the local authority, not on this list.
 - [[P2f]]'s mother travels from Brazil; Portuguese interpreter booked for the day.

Post-event note ([[Fws]]): [[Df]] and [[Sf]] made a photo book together. Mrs
[[Mos]] became unwell at lunch (low blood sugar) and was seen by [[Nu]].
Feedback forms returned: 5 of 5 families.
""")

    B.doc('diabetic-eye-screening-letter', """NHS Diabetic Eye Screening Programme - Oldbridge and Stenhope
Screening office tel [[ph.pb|0116 496 0900]]

Private and confidential
Ms [[S]]
HMP & YOI Ferncombe Grange
[[Fad]]
[[Fpc]]

NHS number: [[Snhs]]       Date of birth: [[Sdob]]
Previous name on record: [[Smaid]]
Previous address on record: [[Sad]], [[Spc]]
Date: 29 April 2025

Dear Ms [[Sm]],

Your diabetic eye screening result

Your recent screening photographs, taken at the prison healthcare unit on
15/04/2025, show background retinopathy in both eyes. This is common and does not
affect your sight. You do not need treatment. We will invite you again in 12 months.

We have updated our records with your current address at the prison. Our records
also listed your mobile number as [[Sph2]]; please tell us if this has changed.
After release you can update your details by calling us or through your GP.

A copy of this letter has been sent to the prison GP, Dr [[GP]].

Yours sincerely
[[n.st|Harpreet Sandhu-Wells]]
Programme Manager
""")
    return B


# =====================================================================================
# Bundle 3 - Zimbabwean Ndebele care leaver, county lines, local authority + probation
# =====================================================================================
@bundle
def b3():
    R = {
        'S': ('Thandolwenkosi NCUBE', 'n', 's'), 'Sc': ('NCUBE, Thandolwenkosi', 'n', 's'),
        'SC': ('NCUBE THANDOLWENKOSI', 'n', 's'), 'Sf': ('Thandolwenkosi', 'n', 's'),
        'Sn': ('Thando', 'n', 's'), 'Snl': ('thando', 'n', 's'), 'Ss': ('NCUBE', 'n', 's'),
        'Sm': ('Ncube', 'n', 's'), 'St': ('T. Ncube', 'n', 's'), 'Si': ('TN', 'n', 's'),
        'Snick': ('T-Bone', 'n', 's'), 'Snickl': ('tbone', 'n', 's'),
        'Sdob': ('19/08/2005', 'dob', 's'), 'Sdob2': ('19 August 2005', 'dob', 's'),
        'Sdob3': ('19.08.05', 'dob', 's'),
        'Scrn': ('M482915', 'crn', 's'), 'Spnc': ('2021/0061442D', 'pnc', 's'),
        'Spnc2': ('21/61442D', 'pnc', 's'),
        'Sni': ('PR 62 51 09 D', 'ni', 's'), 'Sni2': ('PR625109D', 'ni', 's'),
        'Snhs': ('999 274 4057', 'nhs', 's'),
        'Sad': ('Flat 11, Orchard House, 3 Sedge Walk, Marsham', 'ad', 's'),
        'Spc': ('YH2 6DT', 'pc', 's'),
        'Sad2': ('12 Rowan Brae, Marsham', 'ad', 's'), 'Spc2': ('YH5 9NJ', 'pc', 's'),
        'Sph': ('07700 900581', 'ph', 's'), 'Sph2': ('07700 900237', 'ph', 's'),
        'Sem': ('thando.ncube05@example.com', 'em', 's'),
        'Ssc': ('40-11-66', 'sc', 's'), 'Sac': ('72045931', 'ac', 's'),
        # family
        'Mo': ('Nomvula MOYO', 'n', 't'), 'Mof': ('Nomvula', 'n', 't'), 'Mos': ('Moyo', 'n', 't'),
        'Moph': ('07700 900846', 'ph', 't'),
        'Moad': ('44 Millrace Crescent, Oldbridge', 'ad', 't'), 'Mopc': ('YB2 3PW', 'pc', 't'),
        'Sis': ('Nokuthula NCUBE', 'n', 't'), 'Sisf': ('Nokuthula', 'n', 't'),
        'Sisn': ('Noku', 'n', 't'), 'Sisdob': ('03/02/2009', 'dob', 't'),
        'Fc': ('Kwame Mawuli AGBODZA', 'n', 't'), 'Fcf': ('Kwame', 'n', 't'),
        'Fc2': ('Bernadette AGBODZA', 'n', 't'), 'Fcs': ('Agbodza', 'n', 't'),
        'Fcph': ('0121 496 0672', 'ph', 't'),
        'Ho': ('Mòrag NicLeòid', 'n', 't'), 'Hoa': ('Morag MacLeod', 'n', 't'),
        'Hof': ('Mòrag', 'n', 't'), 'Hoph': ('07700 900319', 'ph', 't'),
        # associates / victims
        'A1': ('Tyrese LAMBERT-OSEI', 'n', 't'), 'A1n': ('Ghost', 'n', 't'),
        'A1s': ('LAMBERT-OSEI', 'n', 't'), 'A1ph': ('07700 900994', 'ph', 't'),
        'A2': ('Kyle DUNMORE', 'n', 't'), 'A2n': ('KD', 'n', 't'), 'A2s': ('DUNMORE', 'n', 't'),
        'A1vrm': ('WX19 KFN', 'vrm', 't'), 'A2vrm': ('MV68 TZR', 'vrm', 't'),
        'V': ('Jordan', 'n', 't'), 'Tr': ('Kacey', 'n', 't'),
        'Dr': ('Shona Kettering', 'n', 't'), 'Drs': ('Kettering', 'n', 't'),
        'Drph': ('07700 900127', 'ph', 't'),
        # staff
        'PA': ('Ruth Oyelaran-Hughes', 'n', 'st'), 'PAf': ('Ruth', 'n', 'st'),
        'PAs': ('Oyelaran-Hughes', 'n', 'st'), 'PAi': ('ROH', 'n', 'st'),
        'PAph': ('0121 496 0733', 'ph', 'st'), 'PAem': ('ruth.oyelaran-hughes@marsham.example.gov.uk', 'em', 'st'),
        'TM': ('Sandeep Virdi', 'n', 'st'), 'TMs': ('Virdi', 'n', 'st'),
        'PP': ('Alun Pryce', 'n', 'st'), 'PPs': ('Pryce', 'n', 'st'), 'PPi': ('AP', 'n', 'st'),
        'PPem': ('alun.pryce@justice.example.gov.uk', 'em', 'st'),
        'DC': ('Harriet Vose', 'n', 'st'), 'DCs': ('Vose', 'n', 'st'),
        'Yot': ('Dev Raichura', 'n', 'st'), 'Yotf': ('Dev', 'n', 'st'),
        'Ch': ('Brenda Ashworth', 'n', 'st'),
        'Edu': ('Lukas Baranauskas', 'n', 'st'),
        # public bodies
        'Mad': ('Marsham Civic Centre, Guildhall Square, Marsham', 'ad', 'pb'),
        'Mpc': ('YH1 1GS', 'pc', 'pb'), 'Mph': ('0121 496 0100', 'ph', 'pb'),
        'Mem': ('leavingcare@marsham.example.gov.uk', 'em', 'pb'),
        'Pad': ('8 Cornhill Chambers, Marsham', 'ad', 'pb'), 'Ppc': ('YH1 3PQ', 'pc', 'pb'),
        'Pph': ('0121 496 0400', 'ph', 'pb'),
    }
    subject = {
        'name': 'Thandolwenkosi NCUBE',
        'aliases': ['Thando', 'T-Bone', 'NCUBE, Thandolwenkosi', 'T. Ncube'],
        'date_of_birth': '2005-08-19',
        'identifiers': {'crn': 'M482915', 'pnc': '2021/0061442D', 'ni_number': 'PR 62 51 09 D',
                        'nhs_number': '999 274 4057'},
        'contact': {'addresses': ['Flat 11, Orchard House, 3 Sedge Walk, Marsham',
                                  '12 Rowan Brae, Marsham'],
                    'phones': ['07700 900581', '07700 900237'],
                    'emails': ['thando.ncube05@example.com']},
    }
    B = Bundle(3, subject, R)
    run = 'MARSHAM BOROUGH COUNCIL - LEAVING CARE - PATHWAY PLAN - [[SC]] - Page %d of 3'

    B.doc('pathway-plan-review', """MARSHAM BOROUGH COUNCIL
Children's Services - Leaving Care Team
[[Mad]], [[Mpc]]
Tel [[Mph]]   [[Mem]]

PATHWAY PLAN REVIEW (Children (Leaving Care) Act 2000)

Young person:    [[S]]   (prefers "[[Sn]]")
Date of birth:   [[Sdob2]]          Status: Former relevant child
NHS number:      [[Snhs]]      NI number: [[Sni]]
Current address: [[Sad]], [[Spc]]
Mobile:          [[Sph]]     Email: [[Sem]]
Personal Adviser: [[PA]]   Direct line [[PAph]]
Review date:     14/05/2025        Chaired by: [[TM]], Team Manager
""", (run % 2) + """

1. Where I live
[[Sn]] moved to his council flat in January 2025 from supported lodgings with
[[Ho]] at [[Sad2]], [[Spc2]]. He says he misses
[[Hof]]'s cooking and still visits her on Sundays.

2. Family and friends
Mother: [[Mo]], [[Moad]], [[Mopc]], tel [[Moph]].
Sister: [[Sis]] ("[[Sisn]]"), DOB [[Sisdob]], lives with mother.
Former foster carers: [[Fc]] and [[Fc2]] (placement
2017-2021) remain in touch; [[Fcf]] attended the review at [[Sn]]'s invitation.

3. Keeping safe
[[Sn]] is subject to a Youth Rehabilitation Order transferred to adult probation
on his 18th birthday; his probation practitioner is [[PP]] (CRN [[Scrn]]).
Concerns remain about contact with [[A1]], known as "[[A1n]]".
""", (run % 3) + """

4. Education, training and employment
Enrolled on Level 2 Construction at Marsham College; tutor [[Edu]]
reports 78% attendance.

5. Money
Setting-up-home allowance: balance 412.50 GBP. Paid to [[Sn]]'s own account
(sort code [[Ssc]], account [[Sac]]).

6. Views of the young person
"I want people to stop calling me [[Snick]]. That's a road name. I'm [[Sn]]."

Actions: [[PAs]] to chase college bursary; [[Sm]] to attend sexual health
drop-in; [[PPs]] and [[PAs]] to hold a joint meeting before 30/06/2025.
Next review: 14/11/2025.  Signed: [[TM]] / [[PA]]
""")

    rows = [
        ['Date', 'Type', 'By', 'Note'],
        ['03/03/2025', 'Phone', '[[PAi]]', 'Called [[Sph]] - no answer. Old number [[Sph2]] dead.'],
        ['04/03/2025', 'Home visit', '[[PAi]]', '[[Sn]] in, flat tidy. Fridge empty - food bank referral.'],
        ['11/03/2025', 'Text', '[[PAi]]', 'Reminded re probation appt with [[PPi]] on 13/03.'],
        ['19/03/2025', 'Office', '[[PAi]]', '[[Sn]] brought [[Sisn]] (16) with him; both fine.'],
        ['27/03/2025', 'Email', '[[PAi]]', 'From [[Sem]] - asks for help with gas bill.'],
        ['02/04/2025', 'Phone', '[[PAi]]', '[[Mos]] ([[Moph]]) worried he is out late.'],
        ['09/04/2025', 'Strategy', '[[TMs]]', 'Exploitation strategy meeting - see separate minutes.'],
        ['15/04/2025', 'Home visit', '[[PAi]]', 'Car [[A1vrm]] outside block again; [[Sn]] says "not mine".'],
        ['22/04/2025', 'Phone', '[[PAi]]', '[[Hoa]] ([[Hoph]]) says [[Sn]] visited, seemed scared.'],
        ['29/04/2025', 'Office', '[[PAi]]', 'Joint with [[PP]]. [[Sn]] disclosed debt to "[[A1n]]".'],
        ['06/05/2025', 'Text', '[[PAi]]', 'To [[Sph]]: housing panel date confirmed.'],
        ['08/05/2025', 'Email', '[[TMs]]', 'Manager approved bursary; copy to [[Sem]].'],
    ]
    B.doc('personal-adviser-contact-record', """MARSHAM LEAVING CARE - PERSONAL ADVISER CONTACT RECORD (extract)
Young person: [[Sc]]       DOB: [[Sdob]]
PA: [[PA]] ([[PAi]])   [[PAem]]

""" + B.table(rows, [12, 12, 8]) + """

Summary of period: fortnightly contact achieved. [[Sn]] is engaging but
minimises risk from [[A1n]] and [[A2n]]. He told [[PAf]] on 15/04 that "[[A2]]
only gives me lifts". PA has shared the vehicle sighting with [[DC]].
""")

    B.doc('child-exploitation-strategy-meeting-minutes', """CONFIDENTIAL - MULTI-AGENCY CHILD AND YOUNG ADULT EXPLOITATION
STRATEGY MEETING - MINUTES

Date: 09/04/2025   Venue: Marsham Civic Centre (Teams hybrid)
Chair: [[TM]] (Leaving Care Team Manager)

Present: [[PA]] (PA); [[PP]] (Probation Practitioner); DC [[DC]]
(Exploitation Hub); [[Yot]] (YJS transitions worker); [[Dr]]
(Open Door Young People's Service - voluntary sector, attending with consent).
Apologies: Cllr [[Ch]] (lead member).

Subject of meeting: [[S]] ([[Sn]]), DOB [[Sdob3]], PNC [[Spnc2]]

1. Information shared
DC [[DCs]]: [[Sn]] was stopped on 28/03/2025 as a passenger in [[A2vrm]] driven by
[[A2]] ("[[A2n]]"). A further vehicle, [[A1vrm]], is registered to a relative of
[[A1s]]. Intelligence suggests the "Marsham to Kettlewick" line uses young care
leavers. A 15-year-old girl, [[Tr]], has been seen with the group; she is open to
another authority and her details are held separately.
[[PPs]]: [[Sn]] attends supervision but missed 2 of 6 appointments in March. He
was the victim of a robbery in February (a boy called [[V]] took his phone), and
says this is why his old number [[Sph2]] stopped working.
[[Drs]]: cannabis use reduced; engaging with weekly sessions; worker mobile
[[Drph]].
[[Yotf]]: no youth justice involvement since transfer.

2. Risk analysis
Medium-high risk of criminal exploitation. Protective factors: relationship with
PA, sister [[Sisf]], former foster carers the [[Fcs]] family, college place.

3. Actions
 a. [[PAs]] to explore a managed move via the housing panel.
 b. DC [[DCs]] to submit intelligence re [[A1n]] / [[A1]] ([[A1ph]]).
 c. [[PPs]] to consider a licence-style exclusion area via the court.
 d. Review meeting 07/05/2025.

Minutes: [[n.st|Joanne Pike]] (business support)
""", """Exploitation strategy meeting 09/04/2025 - [[Sc]] - page 2 (distribution restricted)

4. Information from family (shared by PA with consent)
[[Mo]] told [[PAf]] that men came to her door in Oldbridge asking for
"[[Snick]]". She did not let them in. [[Sisn]] has since had messages from an
unknown number. [[Mos]] asks that [[Sisf]]'s school is told; [[TMs]] to contact the
designated safeguarding lead.

5. Views of the young person (given to PA before the meeting)
"[[A1n]] says I owe him for the phone that [[V]] nicked. I don't. I just want to
do my course." [[Sn]] agreed to a referral to the NRM being discussed at the next
meeting but did not want police involvement with his mum.

6. Information-sharing
[[Dr]] (voluntary sector) may share only with [[Sn]]'s consent, which
he gave on 08/04/2025. Contact for the agency: [[Drph]].
""")

    B.doc('setting-up-home-allowance-receipt', """MARSHAM BOROUGH COUNCIL - LEAVING CARE FINANCE
SETTING UP HOME ALLOWANCE - RECEIPT AND BANK TRANSFER AUTHORITY

Young person:  [[St]]        Date of birth: [[Sdob]]
Address:       [[Sad]]
               [[Spc]]
Payee account: [[n.s|Ncube T]]         Sort code: [[Ssc]]    Account: [[Sac]]

Item                                   Supplier                Amount
Bed and mattress                       Furniture reuse scheme   145.00
Cooker (second-hand)                   Furniture reuse scheme    90.00
Kettle, toaster, microwave             Retail                    62.49
Bedding and towels                     Retail                    40.00
                                                      TOTAL     337.49

Receipts checked by: [[PA]]      Authorised: [[TM]]
Date paid: 21/01/2025

Declaration: I confirm I have received these items and understand that the
allowance cannot be used to repay any debt.
Signed: [[Sn]] [[Sm]]          Witness: [[PAs]]
""")

    B.doc('supported-lodgings-host-report', """SUPPORTED LODGINGS SCHEME - HOST'S END OF PLACEMENT REPORT
(scheme run by Marsham Borough Council; hosts are self-employed carers)

Host:         [[Ho]] (also known as [[Hoa]])
Host mobile:  [[Hoph]]
Young person: [[Sn]] [[Ss]]
Placement:    [[Sad2]], [[Spc2]], 02/2023 to 01/2025

In my own words
[[Sn]] came to me quiet and very polite. He likes to cook sadza and taught me
how. His mum [[Mof]] visited twice and we got on well, though she struggles with
her English and my Gaelic is no use to her! His sister [[Sisn]] stayed over once
with permission.

Worries
From summer 2024 he was getting picked up late at night by a lad he called
[[A1n]] in a dark car. I told [[PAf]] (his PA) each time. Once a young girl,
[[Tr]], was in the car. He came home once with a cut lip and said a boy named
[[V]] had robbed him.

What went well
College, football on Saturdays, and he always paid his 15 pound contribution.

Signed: [[Ho]]                             Date: 20/01/2025
Received by supported lodgings officer: [[n.st|Craig Halliwell]]
""")

    B.doc('young-adult-maturity-screening', """PROBATION SERVICE - MARSHAM PDU
[[Pad]], [[Ppc]]   Tel [[Pph]]

YOUNG ADULT MATURITY SCREENING (18-25)

Name: [[SC]]           CRN: [[Scrn]]
DOB: [[Sdob]]          PNC: [[Spnc]]
Completed by: [[PP]] ([[PPem]])    Date: 17/03/2025

Domain                         Rating    Evidence
Impulse control                Low       Acts on pressure from peers ([[A1n]], [[A2n]])
Future orientation             Medium    Wants a construction apprenticeship
Resistance to peer influence   Low       Frequently in [[A2]]'s car
Emotional regulation           Medium    Calm in sessions; upset about mother's health
Care experience                Yes       Looked after 2017-2023 ([[Fcs]] placement)

Note: "[[Fcs]]" above refers to the foster carers [[Fc]] and
[[Fc2]], not to a relative.
I've used the subject's preferred name [[Sn]] in sessions. He asked me not to use
"[[Snick]]". Verified ID: NI [[Sni2]].

Outcome: Maturity concerns - use the young adult approach; joint working with
leaving care ([[PA]]).
""")

    B.doc('gov-notify-text-reminder-log', """PROBATION APPOINTMENT REMINDERS - SMS DELIVERY LOG (export)
Service: Marsham PDU appointment reminders   Case: [[Scrn]]
Recipient name: [[Sc]]

sent_at              to_number      status          template / reply
2025-02-26 09:00     [[Sph2]]   permanent-fail  APPT_REMINDER (appt 27/02)
2025-03-12 09:00     [[Sph]]   delivered       APPT_REMINDER (appt 13/03)
2025-03-12 11:42     [[Sph]]   reply           "ok who is this"
2025-03-12 11:50     -              note            [[PPi]] called back from office line
2025-03-26 09:00     [[Sph]]   delivered       APPT_REMINDER (appt 27/03)
2025-03-26 20:17     [[Sph]]   reply           "cant come mum ill. [[Snl]]"
2025-03-26 20:19     [[Moph]]   note            mother's number given by [[Sn]] as alt contact

Recorded by: [[PP]]
Note: the reply from "[[Snl]]" was accepted as an acceptable absence after [[Mof]]
[[Mos]] confirmed by phone that she had been admitted to hospital.
""")
    B.doc('housing-panel-nomination-form', """MARSHAM BOROUGH COUNCIL - CARE LEAVERS' HOUSING PANEL
NOMINATION FOR A MANAGED MOVE (exploitation risk)

Nominated by:   [[PA]], Personal Adviser ([[PAph]])
Endorsed by:    [[TM]]; [[PP]] (Probation)
Panel date:     22/05/2025

1. YOUNG PERSON
Name:           [[S]]            Known as: [[Sn]]
DOB:            [[Sdob]]          NI: [[Sni]]
Current tenancy: [[Sad]], [[Spc]] (council flat, sole tenant)
Previous addresses: [[Sad2]], [[Spc2]] (supported lodgings with
[[Ho]], 2023-2025)
Contact:        [[Sph]]  /  [[Sem]]

2. REASON FOR MOVE
Vehicles linked to [[A1]] ([[A1vrm]]) and [[A2]] ([[A2vrm]])
have been seen outside the block repeatedly. [[Sn]] was threatened by "[[A1n]]"
on 02/05/2025 after refusing to travel out of area. The Exploitation Hub (DC
[[DC]]) supports a move out of the area.

3. AREAS TO AVOID
The Kettlewick estate, where [[A2s]]'s family live; the town centre at night.
Preferred: near Oldbridge, so he can support his mother [[Mo]] and sister
[[Sisf]] ([[Mopc]] area), or near his former foster carers the [[Fcs]] family.

4. SUPPORT ON MOVE
Leaving care floating support; [[Dr]] (Open Door) to continue weekly sessions;
college travel paid from the care leaver bursary.

Panel decision: APPROVED - priority band A. Offer made 30/05/2025.
Minute-taker: [[n.st|Joanne Pike]]
""")
    return B


# =====================================================================================
# Bundle 4 - Welsh speaker with 'ap' patronymic, approved premises, recall to custody
# =====================================================================================
@bundle
def b4():
    R = {
        'S': ('Rhodri ap IWAN', 'n', 's'), 'Sc': ('IWAN, Rhodri ap', 'n', 's'),
        'SC': ('AP IWAN, RHODRI', 'n', 's'), 'Sf': ('Rhodri', 'n', 's'),
        'Ss': ('ap Iwan', 'n', 's'), 'SS': ('ap IWAN', 'n', 's'), 'Sx': ('Rhodri Iwan', 'n', 's'),
        'Sa': ('Roddy', 'n', 's'), 'Si': ('R. ap I.', 'n', 's'), 'Sh': ('AP IWAN R', 'n', 's'),
        'Sfull': ('Rhodri Dafydd ap IWAN', 'n', 's'),
        'Sdob': ('27/05/1963', 'dob', 's'), 'Sdob2': ('27 Mai 1963', 'dob', 's'),
        'Sdob3': ('27 May 1963', 'dob', 's'), 'Sdob4': ('27-MAY-63', 'dob', 's'),
        'Spn': ('A8842FC', 'pn', 's'), 'Spnc': ('1983/0022871X', 'pnc', 's'),
        'Spnc2': ('83/22871X', 'pnc', 's'), 'Scro': ('20417/84P', 'cro', 's'),
        'Scrn': ('W305817', 'crn', 's'), 'Sni': ('WL 19 40 62 A', 'ni', 's'),
        'Snhs': ('999 553 1909', 'nhs', 's'), 'Snhs2': ('999-553-1909', 'nhs', 's'),
        'Sad': ('Bryn Eithin, Lôn Gefn, Llanddewi Fach', 'ad', 's'), 'Spc': ('ZF8 3WB', 'pc', 's'),
        'Sph': ('07700 900672', 'ph', 's'), 'Sph2': ('029 2018 0417', 'ph', 's'),
        'Sem': ('rhodri.apiwan@example.org', 'em', 's'),
        # family / others
        'F': ('Iwan ap DAFYDD', 'n', 't'), 'D': ('Catrin RHODRI', 'n', 't'), 'Df': ('Catrin', 'n', 't'),
        'Dph': ('07700 900358', 'ph', 't'),
        'Dad': ('5 Teras Glanrafon, Aberlwyd', 'ad', 't'), 'Dpc': ('ZG2 8LE', 'pc', 't'),
        'Br': ('Gethin ap IWAN', 'n', 't'), 'Brf': ('Gethin', 'n', 't'),
        'V': ('Siân', 'n', 't'), 'Vs': ('Siân Llewelyn-Parry', 'n', 't'),
        'R1': ('Elijah BOSWELL', 'n', 't'), 'R1n': ('Lige', 'n', 't'), 'R1s': ('BOSWELL', 'n', 't'),
        'R1m': ('Boswell', 'n', 't'),
        'R2': ('Shmuel Tzvi HALPERN', 'n', 't'), 'R2s': ('HALPERN', 'n', 't'), 'R2m': ('Halpern', 'n', 't'),
        'R3': ('Darren KEELING', 'n', 't'), 'R3s': ('KEELING', 'n', 't'),
        'Rb': ('Yisroel Mendlowitz', 'n', 't'), 'Rbs': ('Mendlowitz', 'n', 't'),
        'Vi1': ('Mererid Gwyn', 'n', 't'), 'Vi2': ('Phoebe Lovell', 'n', 't'),
        'Vi2ph': ('07700 900443', 'ph', 't'),
        # staff
        'AM': ('Bethan Prydderch', 'n', 'st'), 'AMs': ('Prydderch', 'n', 'st'),
        'RW1': ('Owain Lloyd-Hopkins', 'n', 'st'), 'RW1i': ('OLH', 'n', 'st'),
        'RW2': ('Kamal Siddiqui', 'n', 'st'), 'RW2i': ('KS', 'n', 'st'),
        'COM': ('Delyth Morgan-Rees', 'n', 'st'), 'COMs': ('Morgan-Rees', 'n', 'st'),
        'COMph': ('029 2018 0361', 'ph', 'st'), 'COMem': ('delyth.morgan-rees@justice.example.gov.uk', 'em', 'st'),
        'CC': ('Ffion Haf Jenkins', 'n', 'st'), 'CCs': ('Jenkins', 'n', 'st'),
        'CCph': ('029 2018 0744', 'ph', 'st'),
        'Cons': ('Maelor Pugh', 'n', 'st'),
        'SW': ('Hywel Tomos', 'n', 'st'), 'SWs': ('Tomos', 'n', 'st'),
        'PPCS': ('Natasha Brightwell', 'n', 'st'),
        'Pol': ('Gwilym Rowlands', 'n', 'st'),
        # public bodies
        'APad': ('14 Heol y Felin, Aberlwyd', 'ad', 'pb'), 'APpc': ('ZG1 4FD', 'pc', 'pb'),
        'APph': ('029 2018 0300', 'ph', 'pb'), 'APem': ('tyderwen.ap@justice.example.gov.uk', 'em', 'pb'),
        'Cad': ('Neuadd y Sir, Ffordd Glan Môr, Aberlwyd', 'ad', 'pb'), 'Cpc': ('ZG1 1DH', 'pc', 'pb'),
        'Cph': ('029 2018 0200', 'ph', 'pb'), 'Cem': ('gofal.oedolion@morlan.example.gov.uk', 'em', 'pb'),
        'Hem': ('housing.register@morlan.example.gov.uk', 'em', 'pb'),
        'CMad': ('Canolfan Iechyd Meddwl, Stryd y Bont, Aberlwyd', 'ad', 'pb'),
        'CMpc': ('ZG1 2BD', 'pc', 'pb'), 'CMph': ('029 2018 0550', 'ph', 'pb'),
        'Pad': ('Ffordd y Carchar, Caerwen', 'ad', 'pb'), 'Ppc': ('ZH3 6PB', 'pc', 'pb'),
        'Pph': ('029 2018 0900', 'ph', 'pb'),
    }
    subject = {
        'name': 'Rhodri ap IWAN',
        'aliases': ['Rhodri Iwan', 'Roddy', 'Rhodri Dafydd ap IWAN', 'IWAN, Rhodri ap'],
        'date_of_birth': '1963-05-27',
        'prison_number': 'A8842FC',
        'identifiers': {'pnc': '1983/0022871X', 'cro': '20417/84P', 'crn': 'W305817',
                        'ni_number': 'WL 19 40 62 A', 'nhs_number': '999 553 1909'},
        'contact': {'addresses': ['Bryn Eithin, Lôn Gefn, Llanddewi Fach'],
                    'phones': ['07700 900672', '029 2018 0417'],
                    'emails': ['rhodri.apiwan@example.org']},
    }
    B = Bundle(4, subject, R)

    rows = [
        ['Date', 'Time', 'Medicine', 'Dose', 'Given', 'Staff'],
        ['01/09/2025', '08:00', 'Quetiapine 100mg', '1', 'Y', '[[RW1i]]'],
        ['01/09/2025', '21:00', 'Quetiapine 100mg', '1', 'Y', '[[RW2i]]'],
        ['02/09/2025', '08:00', 'Quetiapine 100mg', '1', 'Refused', '[[RW1i]]'],
        ['02/09/2025', '21:00', 'Quetiapine 100mg', '1', 'Y', '[[RW2i]]'],
        ['03/09/2025', '08:00', 'Quetiapine 100mg', '1', 'Not present', '[[RW1i]]'],
        ['03/09/2025', '08:00', 'Amlodipine 5mg', '1', 'Not present', '[[RW1i]]'],
    ]
    B.doc('approved-premises-medication-administration-chart', """TŶ DERWEN APPROVED PREMISES - MEDICATION ADMINISTRATION RECORD
[[APad]], [[APpc]]   Tel [[APph]]

Resident: [[Sc]]      Room: 6      CRN: [[Scrn]]
DOB: [[Sdob]]       NHS No: [[Snhs2]]      Allergies: none known
Prescriber: Dr [[Cons]] (CMHT consultant) via Meddygfa'r Bont

""" + B.table(rows, [12, 7, 19, 6, 13]) + """

Staff key: [[RW1i]] = [[RW1]]; [[RW2i]] = [[RW2]] (residential workers)

Notes
02/09 08:00  [[Sf]] refused morning dose, said it "makes me a zombie". Told CMHT
             ([[CC]], care coordinator, [[CCph]]).
03/09 08:00  Resident not present at roll check. See incident log. COM informed.
""")

    rows = [
        ['Date', 'In', 'Out', 'Visitor name', 'Visiting', 'Relationship', 'Staff'],
        ['24/08', '14:05', '15:30', '[[D]]', '[[Sx]]', 'daughter', '[[RW1i]]'],
        ['24/08', '14:10', '15:00', '[[Rb]]', '[[R2]]', 'rabbi (Chabad)', '[[RW1i]]'],
        ['27/08', '18:20', '18:45', '[[Br]]', '[[Sx]]', 'brother', '[[RW2i]]'],
        ['29/08', '11:00', '12:10', 'Shelter caseworker', '[[R1]]', 'housing adviser', '[[RW2i]]'],
        ['31/08', '13:30', '13:35', '[[Vi2]]', '[[R1m]]', '"cousin" REFUSED', '[[RW1i]]'],
        ['31/08', '15:00', '16:00', '[[D]]', '[[Sx]]', 'daughter', '[[RW2i]]'],
    ]
    B.doc('approved-premises-visitor-book', """TŶ DERWEN AP - VISITORS' BOOK (transcribed from the front-desk ledger)
Visitors must sign in and out. Visits in the lounge only. No visitors upstairs.

""" + B.table(rows, [7, 7, 7, 21, 22, 18]) + """

Staff note 31/08 ([[RW1i]]): [[Vi2]] (mobile [[Vi2ph]]) gave the
name of [[R1]]'s cousin but is believed to be his ex-partner, who is
protected by a restraining order. Refused entry; COM for [[R1n]] informed.
Staff note 31/08 ([[RW2i]]): [[Df]] left a bag of Welsh-language books and
a card for her father's birthday (not opened by staff).
Staff note 27/08 ([[RW2i]]): [[Brf]] asked whether [[Sa]] could stay at his
house for a weekend; told it must go through [[COMs]].
""")

    B.doc('approved-premises-resident-meeting-minutes', """TŶ DERWEN APPROVED PREMISES - RESIDENTS' MEETING / CYFARFOD PRESWYLWYR
Date: 28/08/2025        Chair: [[AM]] (AP Manager)
Residents present: [[Sx]] (room 6), [[R1]] (room 2),
[[R2]] (room 4), [[R3]] (room 9)
Staff present: [[RW1]], [[RW2]]

1. Welsh-language provision
[[Sf]] asked again for the house rules in Welsh. [[AMs]] confirmed the bilingual
version is now on the noticeboard. [[Sf]] thanked staff ("diolch").

2. Kitchen and food
[[R2m]] asked for a separate shelf and utensils for kosher food; agreed. Rabbi
[[Rbs]] will advise on storage. [[R1n]] ([[R1m]]) asked for more
fresh meat and less "ready meals". [[R3s]] complained about noise from room 6
late at night; [[Sa]] apologised and said he does not sleep well.

3. Curfew and signing in
Reminder that curfew is 23:00. [[R3s]] has been late twice. [[AMs]] explained that
breaches are reported to Community Offender Managers the next morning.

4. Any other business
[[R1m]] said traveller residents feel singled out at room searches. [[AMs]] to
review; residents can raise it with the IMB. [[Si]] asked that his
post from his old address, [[Sad]], be forwarded here.

Next meeting: 25/09/2025.  Minutes: [[RW2]]
""")

    run = 'NOTICE OF REVOCATION OF LICENCE AND RECALL - [[Sh]] - [[Spn]] - %d/2'
    B.doc('revocation-of-licence-notice', """HM PRISON AND PROBATION SERVICE
Public Protection Casework Section (PPCS) - Recall Team

NOTICE OF REVOCATION OF LICENCE AND RECALL TO PRISON
(Criminal Justice Act 2003, section 254)

Name:            [[SC]]
Also known as:   [[Sfull]]; [[Sx]]
Date of birth:   [[Sdob3]]
Prison number:   [[Spn]]        PNC: [[Spnc]]
CRO:             [[Scro]]        CRN: [[Scrn]]
Recall type:     Standard (28-day) recall
Date of recall:  04/09/2025

The Secretary of State has revoked your licence. You must return to custody. The
police will be notified to arrest you if you are unlawfully at large.

Reasons for recall (summary of the COM's recall report):
1. Failure to reside at Tŷ Derwen Approved Premises on the night of 02-03/09/2025.
2. Failure to keep in touch: calls to your mobile [[Sph]] went unanswered.
3. Contact, contrary to licence condition 9, with the victim of the index
   offence, [[V]], via her daughter's social media account.
""", (run % 2) + """

You may make written representations to PPCS about your recall. You may also ask a
solicitor to help you. Representations should be sent within 14 days of your
return to custody to the prison holding you (expected: HMP Caerwen,
[[Pad]], [[Ppc]], tel [[Pph]]).

Recall authorised by: [[PPCS]], PPCS Caseworker, on behalf of the Secretary
of State.                               Date: 04/09/2025

Served on:  [[S]]   at:  Aberlwyd custody suite   on: 05/09/2025  at: 09:40
Served by:  PC [[Pol]]              Signature of recalled person: [[Si]]

Copy to: [[COM]], COM, [[COMem]]; Tŷ Derwen AP, [[APem]]
""")

    B.doc('cmht-care-coordinator-letter', """Bwrdd Iechyd Prifysgol Morlan / Morlan University Health Board
Tîm Iechyd Meddwl Cymunedol / Community Mental Health Team
[[CMad]], [[CMpc]]
Ffôn / Tel [[CMph]]

Private and confidential
Ms [[COM]]
Community Offender Manager, Aberlwyd Probation Office

Date: 10 September 2025
Re: [[S]], DOB [[Sdob3]], NHS [[Snhs]]
Last known address: Tŷ Derwen AP, [[APad]], [[APpc]]

Dear Ms [[COMs]],

Thank you for telling me that Mr [[SS]] has been recalled. I have been his care
coordinator since March. He has a long history of recurrent depression with
psychotic features, and his mood worsened after his father, [[F]], died in
2019 and he lost the family home at [[Sad]], [[Spc]].

He speaks Welsh as his first language and is much more open when assessed in
Welsh; I would ask that the prison in-reach team offers a Welsh-speaking clinician
if one is available. His daughter, [[D]], is his nearest relative and has
asked to be kept informed; she can be reached on [[Dph]].

Dr [[Cons]] reviewed him on 26/08/2025 and did not consider him detainable. The
missed quetiapine doses on 02/09 and 03/09 are relevant.

I can be reached directly on [[CCph]].

Yn gywir / Yours sincerely

[[CC]]
Care Coordinator (CPN)
cc: Dr [[Cons]]; [[Sx]] (patient copy, via HMP Caerwen healthcare)
""")

    B.doc('care-act-needs-assessment', """CYNGOR SIR MORLAN / MORLAN COUNTY COUNCIL - Adult Social Care
[[Cad]], [[Cpc]]   Tel [[Cph]]   [[Cem]]

ASSESSMENT OF CARE AND SUPPORT NEEDS (Social Services and Well-being (Wales) Act 2014)

Person assessed: [[S]]          Preferred language: Cymraeg / Welsh
Date of birth:   [[Sdob2]]
Address at assessment: Tŷ Derwen AP (temporary); settled address before custody:
                 [[Sad]], [[Spc]]
Telephone:       [[Sph]] (mobile); old landline [[Sph2]] (disconnected)
Email:           [[Sem]]
NI number:       [[Sni]]
Assessor:        [[SW]], Social Worker        Date: 20/08/2025

What matters to me (recorded in Welsh and translated)
"I want to live somewhere quiet near the sea and see my daughter [[Df]] and my
grandchildren. I don't want to live with [[Brf]] - we argue about our father's will."

Outcomes and eligibility
Needs with daily living tasks arise from mental ill health. Eligible for a care
and support plan on leaving the AP: floating support, 6 hours per week, from a
Welsh-speaking provider.

Others involved: daughter [[D]], [[Dad]], [[Dpc]]; brother
[[Br]]; care coordinator [[CCs]]; COM [[COMs]].

""", """Asesiad / Assessment - [[SS]], [[Sf]] - DOB [[Sdob]] - tudalen 2 / page 2

Care and support plan (draft)
 1. Floating support worker (Welsh-speaking), 6 hours/week, from move-on.
 2. CMHT ([[CC]]) to continue as care coordinator; depot review with
    Dr [[Cons]].
 3. Support to reconnect with [[D]] and grandchildren; [[Df]] to be
    contacted only with [[Sf]]'s consent (tel [[Dph]]).
 4. Advocacy for the dispute with [[Br]] about their late father's
    ([[F]]) estate - referral to a Welsh-language advocacy charity.
 5. Housing: support with the Common Housing Register application; AP key worker
    [[RW1]] to assist.

Safeguarding: no adult safeguarding concerns. Risk to others is managed by the
COM ([[COM]], [[COMph]]) under the licence; victim ([[V]]) details are held by
the Victim Liaison Unit and are not recorded here.

Signed: [[SWs]]           Manager: [[n.st|Llinos Haf Evans]]
""")

    B.doc('housing-register-application', """MORLAN COUNTY COUNCIL - COMMON HOUSING REGISTER APPLICATION (HR1)
Please return to [[Hem]]

PART 1 - APPLICANT
Title: Mr    Surname: [[SS]]    Forenames: [[Sf]] Dafydd
Other names used: [[Sx]]; [[Sa]]
Date of birth: [[Sdob4]]      NI number: [[Sni]]
Current address: Tŷ Derwen Approved Premises, [[APad]], [[APpc]]
Previous address (last 5 years): [[Sad]], [[Spc]] (owner-occupier
with father until 2019, then sole occupier until repossession in 2022)
Contact phone: [[Sph]]      Email: [[Sem]]

PART 2 - HOUSEHOLD
Anyone else to live with you?  No.
Do you have any children who will stay with you?  Grandchildren sometimes (daughter
[[D]])

PART 3 - SUPPORT AND CONVICTIONS
Are you subject to probation supervision?  Yes - COM [[COM]], tel [[COMph]]
Any restrictions on where you can live?  Exclusion zone around the victim's home
(victim known to you as [[V]] - do not give her address).

PART 4 - DECLARATION
I declare that the information is true. Signed: [[Si]]   Date: 29/08/2025
Witnessed by AP staff: [[RW1]]
""")
    rows = [
        ['Rm', 'Resident name', 'Present', 'Assembly pt', 'Comments'],
        ['1', '(vacant)', '-', '-'],
        ['2', '[[R1]]', 'Y', 'A', 'stayed in room at first, "thought'],
        ['', '', '', '', 'it was a test" ([[R1n]])'],
        ['4', '[[R2]]', 'Y', 'A'],
        ['6', '[[n.s|Rhodri ap lWAN]]', 'Y', 'A', 'slow on stairs - knee'],
        ['9', '[[R3]]', 'N', '-', 'signed out 18:30, back 22:10'],
        ['11', '[[n.t|Mohammed Al-JABOURI]]', 'Y', 'A'],
    ]
    B.doc('approved-premises-fire-roll-call-sheet', """[OCR of scanned sheet - recognition errors left as scanned]

TY DERWEN APPR0VED PREMISES      FIRE DRlLL / ROLL CALL      Date: 31/O8/2025
Alarm activated: 19:02    All clear: 19:14    Fire marshal: [[RW2]]

""" + B.table(rows, [4, 26, 9, 13]) + """

Staff on duty: [[RW2]] ([[RW2i]]), [[RW1]] ([[RW1i]])
Visitor on site at time of drill: [[D]] (visiting rm 6) - evacuated
with residents, signed out 19:20.

Comments / lessons:
 - [[R1s]] to be reminded all alarms are real until told otherwise.
 - Resident in rm 6 ([[Sa]]) needs a PEEP (personal emergency evacuation plan)
   because of his knee - [[AMs]] to arrange. His daughter [[Df]] asked to be
   told if he is moved to a ground-floor room.
 - [[R3s]] late back - reported to his COM next morning.

Signed: [[RW2]]     Checked: [[AM]] (AP Manager)
""")
    return B


# =====================================================================================
# Bundle 5 - Hong Kong Chinese man with English name, fraud, community order, carer
# =====================================================================================
@bundle
def b5():
    R = {
        'S': ('Kelvin Tsz-hin CHAN', 'n', 's'), 'Shk': ('CHAN Tsz-hin Kelvin', 'n', 's'),
        'Sc': ('CHAN, Kelvin Tsz-hin', 'n', 's'), 'Sk': ('Kelvin CHAN', 'n', 's'),
        'Sk2': ('Kelvin Chan', 'n', 's'), 'Sf': ('Kelvin', 'n', 's'), 'Ss': ('CHAN', 'n', 's'),
        'Sm': ('Chan', 'n', 's'), 'Sth': ('Chan Tsz Hin', 'n', 's'), 'Szh': ('陳梓軒', 'n', 's'),
        'Sl': ('kelvin chan', 'n', 's'), 'Si': ('K.C.', 'n', 's'), 'Sao': ('Ah Hin', 'n', 's'),
        'Sdob': ('09/01/1978', 'dob', 's'), 'Sdob2': ('9 January 1978', 'dob', 's'),
        'Sdob3': ('1978-01-09', 'dob', 's'),
        'Scrn': ('N719244', 'crn', 's'), 'Spnc': ('2019/0551207B', 'pnc', 's'),
        'Sni': ('HT 28 64 13 A', 'ni', 's'), 'Snhs': ('999 712 0485', 'nhs', 's'),
        'Sdl': ('CHAN9701098TK9LW', 'dl', 's'), 'Spp': ('548213097', 'pp', 's'),
        'Svrm': ('LM67 PXK', 'vrm', 's'),
        'Sad': ('27 Quayside Mews, Holmbury', 'ad', 's'), 'Spc': ('YN3 5QE', 'pc', 's'),
        'Sad2': ('9 Cygnet Row, Holmbury', 'ad', 's'), 'Spc2': ('YN6 2AU', 'pc', 's'),
        'Sph': ('07700 900129', 'ph', 's'), 'Sph2': ('020 7946 0382', 'ph', 's'),
        'Sph3': ('+44 7700 900129', 'ph', 's'),
        'Sem': ('kelvin.chan.tz@example.com', 'em', 's'),
        'Sem2': ('kelvin@lionrockcapital.example.co.uk', 'em', 's'),
        'Ssc': ('60-21-14', 'sc', 's'), 'Sac': ('31926054', 'ac', 's'),
        'Siban': ('GB48 NWBK 6021 1431 9260 54', 'iban', 's'),
        'Scard': ('4532 0188 7614 3026', 'card', 's'),
        'Sip': ('203.0.113.47', 'ip', 's'), 'Sip6': ('2001:db8:4c1::17', 'ip', 's'),
        # family
        'Mo': ('CHAN LAU Mei-ling', 'n', 't'), 'Mozh': ('陳劉美玲', 'n', 't'),
        'Moe': ('Mei-ling Chan', 'n', 't'), 'Mom': ('Chan', 'n', 't'),
        'Modob': ('03/10/1949', 'dob', 't'), 'Monhs': ('999 140 6271', 'nhs', 't'),
        'Moad': ('Flat 3, Linden Court, 61 Tannery Road, Holmbury', 'ad', 't'),
        'Mopc': ('YN4 8SW', 'pc', 't'), 'Moph': ('020 7946 0518', 'ph', 't'),
        'Ex': ('Maricel Santos DELA CRUZ', 'n', 't'), 'Exf': ('Maricel', 'n', 't'),
        'Exph': ('07700 900774', 'ph', 't'),
        'Son': ('Ethan CHAN', 'n', 't'), 'Sonf': ('Ethan', 'n', 't'),
        # others
        'Co': ('LEUNG Ka-wai Ricky', 'n', 't'), 'Coe': ('Ricky LEUNG', 'n', 't'), 'Cos': ('LEUNG', 'n', 't'),
        'Coip': ('198.51.100.23', 'ip', 't'),
        'V1': ('Hüseyin MEHMET', 'n', 't'), 'V1s': ('MEHMET', 'n', 't'),
        'V2': ('Chaya Rivka FRIEDMAN', 'n', 't'), 'V2s': ('FRIEDMAN', 'n', 't'),
        'V2card': ('5167 3029 4418 8273', 'card', 't'),
        'V3': ('Stoyan Dimitrov IVANOV', 'n', 't'), 'V3s': ('IVANOV', 'n', 't'),
        'PA': ('Jocelyn Reyes BAUTISTA', 'n', 't'), 'PAf': ('Jocelyn', 'n', 't'),
        'PAs': ('Bautista', 'n', 't'), 'PAph': ('07700 900862', 'ph', 't'),
        'Int': ('Winnie Yip', 'n', 't'),
        # staff
        'PP': ('Priya Ramaswamy', 'n', 'st'), 'PPs': ('Ramaswamy', 'n', 'st'), 'PPi': ('PR', 'n', 'st'),
        'PPph': ('020 7946 0143', 'ph', 'st'), 'PPem': ('priya.ramaswamy@justice.example.gov.uk', 'em', 'st'),
        'UPW': ('Terry Haldane', 'n', 'st'), 'UPWs': ('Haldane', 'n', 'st'),
        'RF': ('Oluwaseun Adeyemi', 'n', 'st'), 'RFs': ('Adeyemi', 'n', 'st'),
        'SW': ('Adaeze Nwankwo', 'n', 'st'), 'SWs': ('Nwankwo', 'n', 'st'),
        'SWem': ('adaeze.nwankwo@holmbury.example.gov.uk', 'em', 'st'),
        'CA': ('Gemma Liddle', 'n', 'st'), 'CAs': ('Liddle', 'n', 'st'),
        'GP': ('Eleanor Whitcombe', 'n', 'st'), 'GPs': ('Whitcombe', 'n', 'st'),
        'Mc': ('Hamish MacAulay', 'n', 'st'),
        'An': ('Reuben Castellino', 'n', 'st'), 'Ans': ('Castellino', 'n', 'st'),
        'SPO': ('Marcus Oduya', 'n', 'st'),
        # public bodies
        'Pad': ('Crown Chambers, 2 Sessions Street, Holmbury', 'ad', 'pb'), 'Ppc': ('YN1 2PD', 'pc', 'pb'),
        'Pph': ('020 7946 0100', 'ph', 'pb'), 'Pem': ('holmbury.pdu@justice.example.gov.uk', 'em', 'pb'),
        'Cad': ('Town Hall, Market Parade, Holmbury', 'ad', 'pb'), 'Cpc': ('YN1 1TW', 'pc', 'pb'),
        'Cph': ('020 7946 0600', 'ph', 'pb'), 'Cem': ('adultsocialcare@holmbury.example.gov.uk', 'em', 'pb'),
        'Mad': ('Aldergate Health Centre, Aldergate, Holmbury', 'ad', 'pb'), 'Mpc': ('YN2 4HR', 'pc', 'pb'),
        'Mph': ('020 7946 0750', 'ph', 'pb'),
        'Gad': ('4 Wharf Street, Holmbury', 'ad', 'pb'), 'Gpc': ('YN3 1EP', 'pc', 'pb'),
        'Gph': ('020 7946 0210', 'ph', 'pb'),
    }
    subject = {
        'name': 'Kelvin Tsz-hin CHAN',
        'aliases': ['CHAN Tsz-hin Kelvin', 'Chan Tsz Hin', '陳梓軒', 'Kelvin CHAN', 'Ah Hin'],
        'date_of_birth': '1978-01-09',
        'identifiers': {'crn': 'N719244', 'pnc': '2019/0551207B', 'ni_number': 'HT 28 64 13 A',
                        'nhs_number': '999 712 0485'},
        'contact': {'addresses': ['27 Quayside Mews, Holmbury', '9 Cygnet Row, Holmbury'],
                    'phones': ['07700 900129', '020 7946 0382'],
                    'emails': ['kelvin.chan.tz@example.com', 'kelvin@lionrockcapital.example.co.uk']},
    }
    B = Bundle(5, subject, R)

    run = 'Holmbury PDU | Induction | [[Sc]] | CRN [[Scrn]] | page %d'
    B.doc('community-order-induction-record', """PROBATION SERVICE - HOLMBURY PROBATION DELIVERY UNIT
[[Pad]], [[Ppc]]   Tel [[Pph]]   [[Pem]]

COMMUNITY ORDER - INDUCTION RECORD

Name (as on order): [[Shk]]
Chinese name: [[Szh]]        Other spelling: [[Sth]]
Preferred name: [[Sk]]
CRN: [[Scrn]]        PNC: [[Spnc]]
Date of birth: [[Sdob]]      NI: [[Sni]]
Address: [[Sad]], [[Spc]]
Phone: [[Sph]] (mobile), [[Sph2]] (home)     Email: [[Sem]]
Order: Community Order, 24 months, made at Holmbury Crown Court on 06/06/2025
Requirements: Unpaid work 200 hours; Rehabilitation Activity Requirement 20 days
Offences: Fraud by false representation x 3 (investment scheme, 2021-2022)
Probation Practitioner: [[PP]] ([[PPi]]), direct line [[PPph]]
""", (run % 2) + """

Identity checked against: UK passport [[Spp]]; photocard driving licence
[[Sdl]]. Vehicle: [[Svrm]] (own car, insured).

Interpreter: Not needed. Mr [[Sm]] is fluent in English and Cantonese. A Cantonese
interpreter ([[Int]], Lingua Bridge Ltd) attended in case; her services were
not used after the first ten minutes.

Victims: [[V1]], [[V2]], [[V3]]. The order includes
no contact condition, but [[Sf]] was advised that any approach to the victims would
be taken very seriously. A compensation order is being paid via the court.

Family and caring responsibilities: main carer for his mother, [[Mo]]
([[Mozh]]), who lives separately at [[Moad]],
[[Mopc]]. Divorced from [[Ex]]; one son, [[Son]], who lives with his mother.
Previous address (until 2024): [[Sad2]], [[Spc2]].
Previous work email (company dissolved): [[Sem2]]

""", (run % 3) + """

Sentence plan - initial objectives (agreed with [[Sf]])
 1. Complete 200 hours unpaid work. Placement: Holmbury Community Garden, supervisor
    [[UPW]]. Weekday afternoons only because of care for Mrs [[Mom]].
 2. Complete 20 RAR days (victim awareness, finance, thinking skills).
 3. Pay compensation as ordered; no new credit without telling the PP.
 4. Accept device monitoring on Laptop-01 and Phone-02; disclose all email accounts
    ([[Sem]]; former [[Sem2]]).

Emergency contact: ex-wife declined. Son [[Son]] is under 18 and not
suitable. Nominated: none. Mother [[Mo]] cannot act (health).

Risk of serious harm: Low (public - financial). Safeguarding: [[Sonf]] lives with
[[Exf]] [[n.t|DELA CRUZ]]; no concerns raised.

Signed: [[PP]]                 Person on probation: [[Si]]
""")

    rows = [
        ['Session', 'Date', 'Topic', 'Facilitator', 'Attended'],
        ['1', '18/06/2025', 'Consequences of fraud', '[[RF]]', 'Yes'],
        ['2', '02/07/2025', 'Victim impact', '[[RF]]', 'Yes'],
        ['3', '16/07/2025', 'Thinking skills', '[[RFs]]', 'Late (carer duty)'],
        ['4', '30/07/2025', 'Finance and debt', '[[PP]]', 'Yes'],
        ['5', '13/08/2025', 'Victim impact 2', '[[RF]]', 'No - AA'],
    ]
    B.doc('rar-activity-session-record', """REHABILITATION ACTIVITY REQUIREMENT - SESSION RECORD
Person on probation: [[Sk]]   CRN: [[Scrn]]   RAR days ordered: 20

""" + B.table(rows, [9, 13, 24, 20]) + """

Session 2 notes ([[RFs]]): [[Sf]] read a summary of the victim statements. He
was visibly upset at the statement from [[V2s]], a widow who lost her savings.
He said he had never met Mrs [[V2s]] and that [[Coe]] dealt with "the
Jewish clients". Challenged on minimisation.

Session 4 notes ([[PPi]]): budget completed. Income from part-time work; carer's
allowance. Account for direct payments for his mother (sort code [[Ssc]],
account [[Sac]]) discussed - he understands it must not be used for his own
bills. [[Sf]] says Mrs [[Mom]] (his mother) does not know about the conviction.

Session 5: absence acceptable (AA) - mother admitted to hospital; confirmed by
[[SW]] (Adult Social Care).
""")

    rows = [
        ['Time (UTC)', 'Device', 'Source IP', 'Event'],
        ['2025-08-02 22:14', 'Laptop-01', '[[Sip]]', 'Login to web mail as [[Sem]]'],
        ['2025-08-02 22:31', 'Laptop-01', '[[Sip]]', 'Visited crypto exchange sign-up page'],
        ['2025-08-03 07:05', 'Phone-02', '[[Sip6]]', 'Card form: [[Scard]] entered'],
        ['2025-08-03 07:09', 'Phone-02', '[[Sip6]]', 'Card form: [[V2card]] entered'],
        ['2025-08-03 07:40', 'Laptop-01', '[[Coip]]', 'Remote session from unknown host'],
    ]
    B.doc('device-monitoring-alert-report', """INTERNET AND DEVICE MONITORING - ALERT REPORT
Provider: contracted monitoring service on behalf of Holmbury PDU
Analyst: [[An]]          Report no: DM-2025-0884
Subject: [[Sk]]  ([[Scrn]])   DOB [[Sdob3]]
Monitored devices: Laptop-01 (home broadband), Phone-02 (mobile [[Sph3]])

""" + B.table(rows, [19, 12, 19]) + """

Analyst comments
1. [[Scard]] is the subject's own debit card (declared at induction).
2. The second card number matches one listed in the prosecution papers as belonging
   to victim [[V2]]. Its entry is a serious concern.
3. The remote-session IP [[Coip]] matched a connection previously attributed
   to co-defendant [[Co]] in the case file.
4. The old company mailbox [[Sem2]] was not accessed.

Recommended action: urgent review by the Probation Practitioner ([[PPs]]) and SPO
[[SPO]]. Report sent to [[PPem]].
[[Ans]]
""")

    B.doc('carers-assessment-record', """HOLMBURY CITY COUNCIL - ADULT SOCIAL CARE
[[Cad]], [[Cpc]]   Tel [[Cph]]   [[Cem]]

CARER'S ASSESSMENT (Care Act 2014, s.10)

Carer:              [[Sk2]] ([[Szh]])
Carer's DOB:        [[Sdob2]]          Carer's NHS no: [[Snhs]]
Carer's address:    [[Sad]], [[Spc]]
Carer's phone:      [[Sph]]
Person cared for:   [[Mo]] ([[Mozh]]), also recorded as [[Moe]]
Their DOB:          [[Modob]]          NHS no: [[Monhs]]
Their address:      [[Moad]], [[Mopc]]
Their landline:     [[Moph]]
Assessor:           [[CA]], Carers' Assessor     Date: 05/08/2025

The caring role
[[Sf]] visits his mother twice a day to give medication, cook and help her wash.
Mrs [[Mom]] speaks Cantonese only and relies on him to interpret at medical
appointments. She calls him "[[Sao]]", his childhood name. His son [[Sonf]] helps at weekends.

Impact on the carer
He reports stress, poor sleep and worry about his community order hours. He asked
that his probation officer, [[PPs]], be told he cannot do unpaid work on weekday
mornings. With consent, this assessment will be shared with [[PP]].

Outcome
Eligible carer. Carer's break (direct payment) and a referral to the memory service
for the cared-for person. Case passed to [[SW]] ([[SWem]]).
""")

    B.doc('memory-clinic-referral', """Riverside Medical Practice
[[Gad]], [[Gpc]]   Tel [[Gph]]

To: Holmbury Memory Assessment Service
    [[Mad]], [[Mpc]]   Tel [[Mph]]

Date: 12/08/2025      Urgency: Routine
Patient: [[Mo]] ([[Mozh]])   DOB: [[Modob]]
NHS: [[Monhs]]   Address: [[Moad]], [[Mopc]]
Language: Cantonese - interpreter required. Son interprets but please book a
professional interpreter.
Next of kin / carer: son, [[Sk]], mobile [[Sph]] (patient's consent to share)

Dear colleague,

I would be grateful if you could assess Mrs [[Mom]], a 75-year-old widow, for
memory impairment. Her son reports 12 months of repeated questions, getting lost
near her home and missed medication. MoCA (via son) 17/30. Bloods and ECG normal.
She lives alone; her son provides daily care and has a carer's assessment.

Please note that the son, Mr [[Sm]], has asked that letters also be sent to him at
[[Sad]], [[Spc]], as his mother cannot read English.

Yours faithfully
Dr [[GP]], GP
cc: [[Sk]]; Adult Social Care ([[SWs]])
""")

    B.doc('direct-payments-agreement', """HOLMBURY CITY COUNCIL - DIRECT PAYMENT AGREEMENT (nominated person)

Person receiving support: [[Mo]]
Nominated person managing the payment: [[Shk]] (son)
Nominated person's address: [[Sad]], [[Spc]]
Nominated person's email: [[Sem]]
Social worker: [[SW]]

1. Payment
The council will pay 312.40 GBP every four weeks into the dedicated direct payment
account held by the nominated person:
   Account name: [[Sk]] re [[Moe]]
   Sort code: [[Ssc]]   Account no: [[Sac]]
   IBAN (for transfers from the council's payments system): [[Siban]]
The account must be used only for the care and support agreed in the plan.

2. Personal assistant
The nominated person will employ [[PA]] as a personal assistant for
9 hours per week. [[PAf]] [[PAs]] is self-employed; her mobile is [[PAph]].
The nominated person must not employ a close relative living in the same household.

3. Monitoring
Bank statements must be sent to the council every quarter. The council may suspend
payments if the money is misused.

Note for file ([[SWs]], 20/08/2025): manager aware of the nominated person's
fraud conviction; probation ([[PPs]]) consulted; agreement approved with quarterly
audit. Payment card linked to the account was NOT issued.

Signed: [[Sk2]]        Date: 21/08/2025
Signed for the council: [[SW]]
""")

    B.doc('breach-warning-letter', """HM Prison and Probation Service
Holmbury Probation Delivery Unit
[[Pad]]
[[Ppc]]
Tel [[Pph]]

Mr [[S]] ([[Szh]] 先生)
[[Sad]]
[[Spc]]

CRN: [[Scrn]]                              Date: 15/08/2025

FIRST WARNING - FAILURE TO COMPLY WITH YOUR COMMUNITY ORDER

Dear Mr [[Sm]],

You were instructed to attend unpaid work at the Holmbury Community Garden project
on 09/08/2025 at 09:00. You did not attend and have not given an acceptable
reason. Your supervisor, [[UPW]], tried to contact you on [[Sph]] and
[[Sph2]] without success.

This is a formal warning. If you fail to comply again within 12 months you may be
returned to court.

I am also concerned about the monitoring alert of 03/08/2025 and want to discuss it
with you on 19/08/2025 at 14:00.

If you need this letter in Chinese, ask for a translation (如需中文翻譯，請致電).

Yours sincerely,
[[PP]]
Probation Practitioner
Direct line: [[PPph]]
""")

    B.doc('teams-chat-transcript', """[Microsoft Teams chat export - probation case discussion - retained on the case record]
Participants: [[PP]]; [[SPO]]; [[UPW]]

[19/08/2025 15:02] [[PP]]: Just seen [[Sk]]. Says he typed the card
number of "Mrs [[V2s]]" by mistake because it was in an old spreadsheet from
the company. I don't buy it.
[19/08/2025 15:04] [[SPO]]: Has he got the spreadsheet still? that's victim data
[19/08/2025 15:05] [[PP]]: yes, on laptop. He agreed to hand it to police. Also
[[Coe]] remote-accessed the laptop from [[Coip]],
[[Sf]] says it was to "fix" it
[19/08/2025 15:07] [[UPW]]: fwiw [[Sm]] has been solid on site except 09/08,
mum's care I think. His ex [[Exf]] rang me (no idea how she got my
number) saying he's not paying for [[Sonf]]. Didn't engage
[19/08/2025 15:09] [[SPO]]: ok - refer to police re card data today, log the
call from the ex-wife, and don't discuss [[Sf]]'s case with her.
[19/08/2025 15:10] [[PP]]: will do. Her number was [[Exph]] if we need to
note it for safeguarding ([[Sonf]])
[19/08/2025 15:11] [[SPO]]: 👍
""")
    return B


# =====================================================================================
# Public bodies (every public_body phone/postcode/address/email must appear here)
# =====================================================================================
PUBLIC_BODIES = [
    {'name': 'HMP Kettlewick', 'phones': ['0113 496 0200', '0113 496 0260'],
     'postcodes': ['ZB9 2WA'], 'addresses': ['Moor Road, Kettlewick'],
     'emails': ['omu.kettlewick@justice.example.gov.uk', 'kettlewick.healthcare@nhs.example.org']},
    {'name': 'Kettlewick General Hospital', 'phones': ['0113 496 0950'],
     'postcodes': ['ZB6 1HS'], 'addresses': ['Infirmary Lane, Kettlewick'], 'emails': []},
    {'name': 'HMP & YOI Ferncombe Grange', 'phones': ['0117 496 0100', '0117 496 0130'],
     'postcodes': ['YA4 6GE'], 'addresses': ['Ferncombe Lane, Ashby Ferncombe'],
     'emails': ['omu.ferncombe@justice.example.gov.uk']},
    {'name': 'Stenhope Borough Council', 'phones': ['0117 496 0444'], 'postcodes': ['YE1 1AA'],
     'addresses': ['Civic Offices, Hightown Square, Stenhope'],
     'emails': ['housing.options@stenhope.example.gov.uk']},
    {'name': 'NHS Diabetic Eye Screening Programme - Oldbridge and Stenhope',
     'phones': ['0116 496 0900'], 'postcodes': [], 'addresses': [], 'emails': []},
    {'name': 'Marsham Borough Council', 'phones': ['0121 496 0100'], 'postcodes': ['YH1 1GS'],
     'addresses': ['Marsham Civic Centre, Guildhall Square, Marsham'],
     'emails': ['leavingcare@marsham.example.gov.uk']},
    {'name': 'Probation Service - Marsham PDU', 'phones': ['0121 496 0400'],
     'postcodes': ['YH1 3PQ'], 'addresses': ['8 Cornhill Chambers, Marsham'], 'emails': []},
    {'name': 'Ty Derwen Approved Premises', 'phones': ['029 2018 0300'], 'postcodes': ['ZG1 4FD'],
     'addresses': ['14 Heol y Felin, Aberlwyd'], 'emails': ['tyderwen.ap@justice.example.gov.uk']},
    {'name': 'Morlan County Council', 'phones': ['029 2018 0200'], 'postcodes': ['ZG1 1DH'],
     'addresses': ['Neuadd y Sir, Ffordd Glan Môr, Aberlwyd'],
     'emails': ['gofal.oedolion@morlan.example.gov.uk', 'housing.register@morlan.example.gov.uk']},
    {'name': 'Morlan University Health Board - Community Mental Health Team',
     'phones': ['029 2018 0550'], 'postcodes': ['ZG1 2BD'],
     'addresses': ['Canolfan Iechyd Meddwl, Stryd y Bont, Aberlwyd'], 'emails': []},
    {'name': 'HMP Caerwen', 'phones': ['029 2018 0900'], 'postcodes': ['ZH3 6PB'],
     'addresses': ['Ffordd y Carchar, Caerwen'], 'emails': []},
    {'name': 'Probation Service - Holmbury PDU', 'phones': ['020 7946 0100'],
     'postcodes': ['YN1 2PD'], 'addresses': ['Crown Chambers, 2 Sessions Street, Holmbury'],
     'emails': ['holmbury.pdu@justice.example.gov.uk']},
    {'name': 'Holmbury City Council - Adult Social Care', 'phones': ['020 7946 0600'],
     'postcodes': ['YN1 1TW'], 'addresses': ['Town Hall, Market Parade, Holmbury'],
     'emails': ['adultsocialcare@holmbury.example.gov.uk']},
    {'name': 'Holmbury Memory Assessment Service', 'phones': ['020 7946 0750'],
     'postcodes': ['YN2 4HR'], 'addresses': ['Aldergate Health Centre, Aldergate, Holmbury'],
     'emails': []},
    {'name': 'Riverside Medical Practice', 'phones': ['020 7946 0210'], 'postcodes': ['YN3 1EP'],
     'addresses': ['4 Wharf Street, Holmbury'], 'emails': []},
]


def yq(s):
    return "'" + s.replace("'", "''") + "'"


def write_yaml(path):
    lines = ['version: 1', 'bodies:']
    for b in PUBLIC_BODIES:
        lines.append('  - name: ' + yq(b['name']))
        for k in ('phones', 'postcodes', 'addresses', 'emails'):
            lines.append('    %s: [%s]' % (k, ', '.join(yq(v) for v in b[k])))
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: evalgen_fifteenth.py OUTDIR')
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    pb_values = {}
    for b in PUBLIC_BODIES:
        for k, cat in (('phones', 'phone'), ('postcodes', 'postcode'),
                       ('addresses', 'address'), ('emails', 'email')):
            for v in b[k]:
                assert VALID[cat](v), v
                pb_values.setdefault(cat, set()).add(v)
    seen_pb = set()
    all_kinds = []
    for fn in BUNDLES:
        data = fn().build()
        for d in data['documents']:
            all_kinds.append(d['kind'])
            assert re.fullmatch(r'[a-z0-9]+(?:-[a-z0-9]+)*', d['kind']), d['kind']
            for t in d['truth']:
                if t['party'] == 'public_body':
                    assert t['category'] in pb_values and t['text'] in pb_values[t['category']], t
                    seen_pb.add((t['category'], t['text']))
        path = os.path.join(out, 'bundle-%s.json' % data['bundle_id'][-2:])
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            json.dump(data, f, indent=1, ensure_ascii=False)
            f.write('\n')
    assert len(all_kinds) == len(set(all_kinds)), 'duplicate kinds across bundles'
    assert 30 <= len(all_kinds) <= 40
    for cat, vals in pb_values.items():
        for v in vals:
            assert (cat, v) in seen_pb, ('public body value never used', v)
    write_yaml(os.path.join(out, 'public-bodies.yaml'))


if __name__ == '__main__':
    main()
