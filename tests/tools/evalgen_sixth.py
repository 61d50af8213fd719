#!/usr/bin/env python3
"""Sixth synthetic evaluation set for disclose (UK justice subject access requests).

Written BLIND: the author did not read disclose's detection rules (stages/), its unit
tests, the other evaluation generators or their data, nor the README's detection
sections, and did not run the disclose binary.  Consulted only
/work/shared/reference/uk-identifiers.md (identifier formats and check digits) and
/work/shared/reference/domain.md (the disclosure domain).

Everything is synthetic: invented people, towns and postcode areas, Ofcom drama
telephone ranges, example.* e-mail domains, RFC 5737 / 3849 documentation IP ranges,
NHS numbers that pass mod 11, PNC/CRO numbers with correct mod-23 check letters,
Luhn-valid payment cards, mod-97-valid IBANs.

Document kinds (new for this set): person escort records, hospital bedwatch logs, ACCT
reviews, visit applications with ID checks, approved visitor lists, marriage
applications, private cash logs, discharge bank-account forms, legal aid means forms,
restraining orders, production orders, sex offender notification records, MASH
referrals, immigration detention notices, interpreter bookings, chaplaincy notes,
employment and landlord references, debt advice letters, GP registration forms, drug
service referrals, licence conditions letters, court bundle indexes, probation
induction questionnaires, vehicle hire agreements, hotel bookings, social media
transcriptions, OCR'd handwritten forms, insurance claims and YOT referrals.

Each truth item gives UTF-8 byte offsets into its page.  Standard library only, fixed
seeds, no clock, no network: two runs give byte-identical output.

Usage: python3 tests/tools/evalgen_sixth.py tests/data/eval-sixth
"""
import datetime as dt
import json
import os
import random
import re
import sys
import unicodedata

SUB, TP, STAFF, PUB = 'subject', 'third_party', 'staff', 'public_body'
PARTIES = (SUB, TP, STAFF, PUB)
CATS = ('name', 'date_of_birth', 'prison_number', 'pnc', 'cro', 'crn', 'ni_number',
        'nhs_number', 'phone', 'email', 'address', 'postcode', 'vehicle_registration',
        'passport', 'driving_licence', 'sort_code', 'account_number', 'iban',
        'payment_card', 'ip_address')

# --------------------------------------------------------------------------------------
# Text building with labelled spans
# --------------------------------------------------------------------------------------


class Span:
    __slots__ = ('text', 'cat', 'party')

    def __init__(self, text, cat, party):
        assert cat in CATS, cat
        assert party in PARTIES, party
        assert text and text == text.strip(), repr(text)
        self.text, self.cat, self.party = text, cat, party

    def __len__(self):
        return len(self.text)


def S(text, cat, party):
    return Span(text, cat, party)


_PH = re.compile(r'\{(\d*)\}')


def expand(tmpl, args):
    out, pos, auto = [], 0, 0
    for m in _PH.finditer(tmpl):
        if m.start() > pos:
            out.append(tmpl[pos:m.start()])
        if m.group(1) == '':
            a = args[auto]
            auto += 1
        else:
            a = args[int(m.group(1))]
        out.append(a)
        pos = m.end()
    if pos < len(tmpl):
        out.append(tmpl[pos:])
    return out


def flat(xs):
    out = []
    for x in xs:
        if x is None or x == '':
            continue
        if isinstance(x, (list, tuple)):
            out.extend(flat(x))
        elif isinstance(x, (Span, str)):
            out.append(x)
        else:
            out.append(str(x))
    return out


def seglen(segs):
    return sum(len(x.text) if isinstance(x, Span) else len(x) for x in segs)


def cell(c):
    if isinstance(c, tuple):
        return flat(expand(c[0], c[1:]))
    return flat([c])


class Page:
    def __init__(self):
        self.segs = []

    def add(self, *xs):
        self.segs.extend(flat(xs))
        return self

    def f(self, tmpl, *a):
        return self.add(expand(tmpl, a))

    def ln(self, tmpl='', *a):
        self.f(tmpl, *a)
        self.segs.append('\n')
        return self

    def blank(self, n=1):
        self.segs.append('\n' * n)
        return self

    def para(self, tmpl, *a, width=88, indent='', hang=None):
        segs = flat(expand(tmpl, a))
        words, cur = [], []
        for s in segs:
            if isinstance(s, Span):
                cur.append(s)
                continue
            for p in re.split(r'(\s+)', s):
                if p == '':
                    continue
                if p.isspace():
                    if cur:
                        words.append(cur)
                        cur = []
                else:
                    cur.append(p)
        if cur:
            words.append(cur)
        first = True
        line, ln = [], 0
        ind = indent if hang is None else hang
        out = []
        for w in words:
            wl = seglen(w)
            if line and ln + 1 + wl > width:
                out.append((ind, line))
                line, ln = [], 0
                ind = indent
            if not line:
                ln = len(ind)
            else:
                line.append(' ')
                ln += 1
            line.extend(w)
            ln += wl
        if line:
            out.append((ind, line))
        for ind_, l in out:
            self.segs.append(ind_)
            self.segs.extend(l)
            self.segs.append('\n')
        return self

    def row(self, cells, widths, sep='  ', lead=''):
        parts = [lead]
        cs = [cell(c) for c in cells]
        for i, c in enumerate(cs):
            parts.extend(c)
            if i < len(cs) - 1:
                w = widths[i] if i < len(widths) else 0
                parts.append(' ' * max(1, w - seglen(c)) if sep == '  ' else
                             ' ' * max(0, w - seglen(c)))
                if sep != '  ':
                    parts.append(sep)
        self.segs.extend(parts)
        self.segs.append('\n')
        return self

    def kv(self, label, *vals, w=24, lead=''):
        """Form line 'Label:   value'."""
        lab = lead + label + ':'
        self.segs.append(lab + ' ' * max(1, w - len(lab)))
        self.add(vals)
        self.segs.append('\n')
        return self

    def render(self, pno):
        buf = bytearray()
        items = []
        for s in self.segs:
            if isinstance(s, Span):
                b = s.text.encode('utf-8')
                items.append({'page': pno, 'begin': len(buf), 'end': len(buf) + len(b),
                              'category': s.cat, 'party': s.party, 'text': s.text})
                buf += b
            else:
                buf += s.encode('utf-8')
        text = buf.decode('utf-8')
        # strip trailing spaces on lines would move offsets: keep text as built
        return text, items


class Doc:
    def __init__(self, kind):
        self.kind = kind
        self.pages = []

    def page(self):
        p = Page()
        self.pages.append(p)
        return p


# --------------------------------------------------------------------------------------
# Identifier generators (see uk-identifiers.md)
# --------------------------------------------------------------------------------------

L23 = 'ZABCDEFGHJKLMNPQRTUVWXY'
USED = set()


def unique(gen):
    for _ in range(10000):
        v = gen()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError('no unique value')


def ascii_fold(s):
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').replace('đ', 'd') \
        .replace('Đ', 'D').replace('ø', 'o').replace('ß', 'ss').replace('İ', 'I')
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c))


def pnc_make(rng):
    def g():
        y = rng.randint(1996, 2022)
        ser = rng.randint(100, 999999)
        n = int('%02d%07d' % (y % 100, ser))
        return (y, ser, L23[n % 23])
    return unique(g)


def pnc_fmt(v, style='long'):
    y, ser, c = v
    if style == 'long':
        return '%d/%07d%s' % (y, ser, c)
    if style == 'short':
        return '%02d/%d%s' % (y % 100, ser, c)
    if style == 'noslash':
        return '%d%07d%s' % (y, ser, c)
    if style == 'lower':
        return ('%d/%07d%s' % (y, ser, c)).lower()
    if style == 'shortlower':
        return ('%02d/%d%s' % (y % 100, ser, c)).lower()
    raise ValueError(style)


def pnc_ok(s):
    s = s.upper().replace(' ', '')
    if '/' in s:
        a, b = s.split('/')
        yy = a[-2:]
        ser = b[:-1]
    elif len(s) == 12:
        yy, ser = s[2:4], s[4:11]
    else:
        yy, ser = s[:2], s[2:-1]
    return L23[int(yy + ser.zfill(7)) % 23] == s[-1]


def cro_make(rng, sf=False):
    def g():
        yy = rng.randint(0, 22)
        ser = rng.randint(1000, 999999)
        if sf:
            return ('SF', yy, ser, L23[int('%02d%d' % (yy, ser)) % 23])
        return ('N', yy, ser, L23[int('%02d%06d' % (yy, ser)) % 23])
    return unique(g)


def cro_fmt(v, style='std'):
    kind, yy, ser, c = v
    if kind == 'SF':
        s = 'SF%02d/%d%s' % (yy, ser, c)
    elif style == 'short':
        s = '%d/%02d%s' % (ser, yy, c)
    else:
        s = '%06d/%02d%s' % (ser, yy, c)
    return s.lower() if style == 'lower' else s


def cro_ok(s):
    s = s.upper()
    if s.startswith('SF'):
        yy, rest = s[2:4], s[5:]
        return L23[int(yy + rest[:-1]) % 23] == rest[-1]
    ser, rest = s.split('/')
    return L23[int(rest[:2] + ser.zfill(6)) % 23] == rest[2]


NI_FIRST = 'ABCEGHJKLMNOPRSTWXYZ'
NI_SECOND = 'ABCEGHJKLMNPRSTWXYZ'
NI_BAD = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ', 'OO', 'CR', 'FY', 'MW', 'NC', 'PP',
          'PY', 'PZ'}


def nino_make(rng):
    def g():
        while True:
            p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
            if p not in NI_BAD:
                break
        return p + '%06d' % rng.randint(0, 999999) + rng.choice('ABCD')
    return unique(g)


def nino_fmt(v, style='std'):
    if style == 'sp':
        return '%s %s %s %s %s' % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if style == 'lower':
        return v.lower()
    if style == 'dash':
        return '%s-%s-%s-%s-%s' % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if style == 'sp2':
        return '%s %s %s' % (v[:2], v[2:8], v[8])
    return v


def nino_ok(s):
    s = re.sub(r'[ \-]', '', s.upper())
    return (len(s) == 9 and s[0] in NI_FIRST and s[1] in NI_SECOND and s[:2] not in NI_BAD
            and s[2:8].isdigit() and s[8] in 'ABCD')


def nhs_make(rng, prefix=None):
    def g():
        while True:
            pre = prefix or rng.choice(['999', '999', '999', '943', '485', '612', '708'])
            stem = pre + ''.join(rng.choice('0123456789') for _ in range(9 - len(pre)))
            s = sum(int(d) * (10 - i) for i, d in enumerate(stem))
            c = 11 - s % 11
            if c == 11:
                c = 0
            if c != 10:
                return stem + str(c)
    return unique(g)


def nhs_fmt(v, style='sp'):
    if style == 'sp':
        return '%s %s %s' % (v[:3], v[3:6], v[6:])
    if style == 'dash':
        return '%s-%s-%s' % (v[:3], v[3:6], v[6:])
    return v


def nhs_ok(s):
    d = re.sub(r'\D', '', s)
    return len(d) == 10 and sum(int(x) * (10 - i) for i, x in enumerate(d)) % 11 == 0


def luhn_ok(s):
    d = [int(x) for x in re.sub(r'\D', '', s)][::-1]
    t = 0
    for i, x in enumerate(d):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def card_make(rng, kind='visa'):
    def g():
        if kind == 'visa':
            pre, n = '4' + rng.choice(['539', '659', '751', '929', '026']), 16
        elif kind == 'mc':
            pre, n = rng.choice(['51', '52', '53', '54', '55']) + '%02d' % rng.randint(0, 99), 16
        else:
            pre, n = rng.choice(['34', '37']), 15
        body = pre + ''.join(rng.choice('0123456789') for _ in range(n - len(pre) - 1))
        for c in '0123456789':
            if luhn_ok(body + c):
                return body + c
    return unique(g)


def card_fmt(v, style='sp'):
    if len(v) == 15:
        return '%s %s %s' % (v[:4], v[4:10], v[10:]) if style == 'sp' else v
    if style == 'sp':
        return ' '.join(v[i:i + 4] for i in range(0, 16, 4))
    if style == 'dash':
        return '-'.join(v[i:i + 4] for i in range(0, 16, 4))
    return v


def iban_make(country, bban):
    conv = ''.join(str(int(c, 36)) for c in (bban + country + '00'))
    chk = 98 - int(conv) % 97
    return '%s%02d%s' % (country, chk, bban)


def iban_ok(s):
    s = s.replace(' ', '').upper()
    r = s[4:] + s[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_fmt(v, style='sp'):
    if style == 'sp':
        return ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    return v


def dl_make(p, rng):
    sur = re.sub(r'[^A-Z]', '', ascii_fold(p.surname).upper())
    sur = (sur + '99999')[:5]
    d = p.dob
    mm = d.month + (50 if p.gender == 'F' else 0)
    mid = re.sub(r'[^A-Z]', '', ascii_fold(p.middle).upper())[:1] or '9'
    ini = ascii_fold(p.forename).upper()[0] + mid
    chk = rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
    v = '%s%d%02d%02d%d%s9%s' % (sur, (d.year // 10) % 10, mm, d.day, d.year % 10, ini, chk)
    USED.add(v)
    return v


def dl_fmt(v, style='std'):
    if style == 'sp':
        return '%s %s %s' % (v[:5], v[5:11], v[11:])
    if style == 'lower':
        return v.lower()
    return v


VRM_TAG = 'ABCDEFGHJKLMNOPRSTUVWXY'
VRM_RND = 'ABCDEFGHJKLMNOPRSTUVWXYZ'


def vrm_make(rng):
    def g():
        age = rng.choice([rng.randint(3, 24), rng.randint(53, 74)])
        return '%s%s%02d %s' % (rng.choice(VRM_TAG), rng.choice(VRM_TAG), age,
                                ''.join(rng.choice(VRM_RND) for _ in range(3)))
    return unique(g)


def passport_make(rng):
    return unique(lambda: str(rng.randint(1, 9)) + '%08d' % rng.randint(0, 99999999))


def prisno_make(rng):
    return unique(lambda: rng.choice('ABGK') + '%04d' % rng.randint(1000, 9999) +
                  rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') + rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ'))


def crn_make(rng):
    return unique(lambda: rng.choice('XDNEFH') + '%06d' % rng.randint(0, 999999))


def sort_make(rng):
    return unique(lambda: '%02d-%02d-%02d' % (rng.choice([20, 30, 40, 60, 77, 83, 9, 11, 16]),
                                              rng.randint(0, 99), rng.randint(0, 99)))


def acct_make(rng):
    return unique(lambda: '%08d' % rng.randint(10000000, 99999999))


def ip_make(rng, v6=False):
    if v6:
        return unique(lambda: '2001:db8:%x:%x::%x' % (rng.randint(1, 0xffff), rng.randint(1, 0xfff),
                                                      rng.randint(1, 0xfff)))
    return unique(lambda: rng.choice(['192.0.2.', '198.51.100.', '203.0.113.']) +
                  str(rng.randint(2, 254)))


# Telephones: Ofcom drama ranges
def phone_make(rng, kind='mobile'):
    def g():
        if kind == 'mobile':
            return '07700 900%03d' % rng.randint(0, 999)
        if kind == 'land':
            return rng.choice(['01632 960%03d' % rng.randint(0, 999),
                               '0113 496 0%03d' % rng.randint(0, 999),
                               '0114 496 0%03d' % rng.randint(0, 999),
                               '0116 496 0%03d' % rng.randint(0, 999),
                               '0117 496 0%03d' % rng.randint(0, 999),
                               '0161 496 0%03d' % rng.randint(0, 999),
                               '029 2018 0%03d' % rng.randint(0, 999),
                               '0191 498 0%03d' % rng.randint(0, 999)])
        if kind == 'london':
            return '020 7946 0%03d' % rng.randint(0, 999)
        if kind == 'nongeo':
            return '03069 990%03d' % rng.randint(0, 999)
        if kind == 'free':
            return '08081 570%03d' % rng.randint(0, 999)
        raise ValueError(kind)
    return unique(g)


def phone_fmt(v, style='std'):
    if style == 'std':
        return v
    if style == 'compact':
        return v.replace(' ', '')
    if style == 'intl':
        return '+44 ' + v[1:]
    if style == 'intl0':
        return '+44 (0)' + v[1:]
    if style == 'intlc':
        return '+44' + v[1:].replace(' ', '')
    if style == '0044':
        return '0044 ' + v[1:]
    if style == 'dash':
        return v.replace(' ', '-')
    if style == 'brack':
        a, b = v.split(' ', 1)
        return '(%s) %s' % (a, b)
    if style == 'dot':
        return v.replace(' ', '.')
    raise ValueError(style)


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def dfmt(d, style='dmy'):
    m = MONTHS[d.month - 1]
    return {
        'dmy': '%02d/%02d/%d' % (d.day, d.month, d.year),
        'dmy1': '%d/%d/%d' % (d.day, d.month, d.year),
        'dmy2': '%02d/%02d/%02d' % (d.day, d.month, d.year % 100),
        'dot': '%02d.%02d.%d' % (d.day, d.month, d.year),
        'dot2': '%02d.%02d.%02d' % (d.day, d.month, d.year % 100),
        'dash': '%02d-%02d-%d' % (d.day, d.month, d.year),
        'iso': '%d-%02d-%02d' % (d.year, d.month, d.day),
        'long': '%d %s %d' % (d.day, m, d.year),
        'ord': '%s %s %d' % (ordinal(d.day), m, d.year),
        'ordof': 'the %s of %s %d' % (ordinal(d.day), m, d.year),
        'short': '%d %s %d' % (d.day, m[:3], d.year),
        'short2': '%d %s %02d' % (d.day, m[:3], d.year % 100),
        'oracle': '%02d-%s-%d' % (d.day, m[:3].upper(), d.year),
        'oracle2': '%02d-%s-%02d' % (d.day, m[:3].upper(), d.year % 100),
        'us': '%s %d, %d' % (m, d.day, d.year),
        'compact': '%02d%02d%d' % (d.day, d.month, d.year),
        'mon': '%02d-%s-%d' % (d.day, m[:3], d.year),
    }[style]


def D(y, m, d):
    return dt.date(y, m, d)


def rand_date(rng, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


# --------------------------------------------------------------------------------------
# Names, places
# --------------------------------------------------------------------------------------

# origin: (male forenames, female forenames, surnames)
NAMES = {
    'english': (['Daniel', 'Craig', 'Liam', 'Stephen', 'Wayne', 'Jack', 'Oliver', 'Gary',
                 'Nathan', 'Paul', 'Dean', 'Harvey', 'Mark', 'Ian'],
                ['Kerry', 'Leanne', 'Gemma', 'Charlotte', 'Tracey', 'Hayley', 'Abigail',
                 'Joanne', 'Lucy', 'Rebecca', 'Jade', 'Holly', 'Amy', 'Rose'],
                ['Fletcher', 'Whitmore', 'Bradshaw', 'Ashworth', 'Pickering', 'Hollis',
                 'Marsden', 'Thornton', 'Crabtree', 'Wainwright', 'Birch', 'Cartwright',
                 'Goodall', 'Lockwood', 'Ridley', 'Hope', 'Young', 'King']),
    'welsh': (['Rhys', 'Dafydd', 'Iwan', 'Gethin', 'Emyr', 'Aled', 'Owain'],
              ['Siân', 'Ffion', 'Cerys', 'Angharad', 'Nia', 'Eleri', 'Bethan', 'Lowri'],
              ['Pritchard', 'Llewellyn', 'Vaughan', 'Prosser', 'ap Gwilym', 'Bowen',
               'Parry', 'Gruffydd']),
    'scottish': (['Calum', 'Fraser', 'Euan', 'Murdo', 'Hamish', 'Ruaridh'],
                 ['Ailsa', 'Isla', 'Morag', 'Kirsty', 'Eilidh', 'Catriona'],
                 ['MacLeod', 'McKinnon', 'Drummond', 'Galbraith', 'Mackay', 'Urquhart']),
    'irish': (['Seán', 'Cian', 'Pádraig', 'Eoin', 'Declan', 'Ciarán'],
              ['Siobhán', 'Aoife', 'Niamh', 'Róisín', 'Orla', 'Gráinne', 'Clodagh'],
              ['Gallagher', "O'Donnell", 'Ní Bhriain', 'Devlin', 'McGuinness', 'Ó Súilleabháin',
               'Kavanagh', 'Brennan']),
    'polish': (['Łukasz', 'Paweł', 'Tomasz', 'Krzysztof', 'Grzegorz', 'Wojciech'],
               ['Małgorzata', 'Agnieszka', 'Halina', 'Katarzyna', 'Żaneta', 'Józefa'],
               ['Wiśniewski', 'Kowalczyk', 'Dąbrowski', 'Zieliński', 'Woźniak', 'Kamiński',
                'Lewandowski', 'Szymański']),
    'romanian': (['Ionuț', 'Ștefan', 'Mihai', 'Răzvan', 'Florin', 'Cosmin'],
                 ['Andreea', 'Ioana', 'Mădălina', 'Roxana', 'Bianca', 'Larisa'],
                 ['Popescu', 'Dumitrescu', 'Munteanu', 'Țurcanu', 'Stănescu', 'Ionescu']),
    'nigerian': (['Chukwuemeka', 'Oluwaseun', 'Babatunde', 'Ikenna', 'Adebayo', 'Tobenna'],
                 ['Ngozi', 'Chiamaka', 'Folasade', 'Adaeze', 'Funmilayo', 'Ifeoma'],
                 ['Okafor', 'Adeyemi', 'Okonkwo', 'Adébáyọ̀', 'Eze', 'Ogunleye', 'Nwosu']),
    'ghanaian': (['Kwame', 'Kofi', 'Yaw', 'Kwabena', 'Kojo'],
                 ['Akosua', 'Abena', 'Ama', 'Efua', 'Adwoa'],
                 ['Mensah', 'Owusu-Ansah', 'Boateng', 'Asante', 'Ofori']),
    'somali': (['Abdirahman', 'Mohamed', 'Abdullahi', 'Yusuf', 'Hassan'],
               ['Hodan', 'Fadumo', 'Ayaan', 'Sahra', 'Ifrah'],
               ['Warsame', 'Abdi', 'Farah', 'Jama', 'Hirsi', 'Egal']),
    'pakistani': (['Imran', 'Bilal', 'Zeeshan', 'Kashif', 'Usman', 'Adnan'],
                  ['Saima', 'Nadia', 'Rukhsana', 'Ayesha', 'Shazia', 'Farzana'],
                  ['Qureshi', 'Chaudhry', 'Iqbal', 'Butt', 'Malik', 'Rehman']),
    'bangladeshi': (['Rahim', 'Shahjahan', 'Mujib', 'Anwar', 'Rezaul'],
                    ['Nusrat', 'Rokeya', 'Shirin', 'Tahmina', 'Jahanara'],
                    ['Uddin', 'Miah', 'Begum', 'Chowdhury', 'Rahman', 'Islam']),
    'indian': (['Gurpreet', 'Sanjay', 'Harjit', 'Vikram', 'Arjun', 'Manpreet'],
               ['Priya', 'Harpreet', 'Anjali', 'Deepa', 'Kavita', 'Simran'],
               ['Ramachandran', 'Sandhu', 'Patel', 'Gill', 'Mistry', 'Nair', 'Dhillon']),
    'chinese': (['Wei', 'Jun', 'Hao', 'Lei', 'Ming'],
                ['Mei', 'Xiu', 'Li Na', 'Yan', 'Jing'],
                ['Zhang', 'Liu', 'Chen', 'Huang', 'Zhou', 'Lam']),
    'vietnamese': (['Đức', 'Minh', 'Tuấn', 'Hùng', 'Quang'],
                   ['Hương', 'Lan', 'Thảo', 'Ngọc', 'Mai'],
                   ['Nguyễn', 'Trần', 'Phạm', 'Lê', 'Hoàng', 'Võ']),
    'caribbean': (['Delroy', 'Winston', 'Errol', 'Leroy', 'Tyrone', 'Marlon'],
                  ['Marcia', 'Claudette', 'Sonia', 'Beverley', 'Paulette', 'Janelle'],
                  ['Campbell', 'Baptiste', 'Grant', 'Forbes', 'McKenzie', 'Brathwaite']),
    'turkish': (['Mehmet', 'Şükrü', 'Emre', 'Burak', 'Oğuz', 'Serkan'],
                ['Gülşen', 'Ayşe', 'Elif', 'Zeynep', 'Şebnem', 'Özlem'],
                ['Yılmaz', 'Öztürk', 'Çelik', 'Doğan', 'Şahin', 'Aydın', 'Kılıç']),
    'portuguese': (['João', 'Gonçalo', 'Rui', 'Tiago', 'Nuno'],
                   ['Inês', 'Conceição', 'Beatriz', 'Leonor', 'Fátima'],
                   ['Gonçalves', 'Simões', 'Magalhães', 'Araújo', 'Ferreira']),
    'lithuanian': (['Žydrūnas', 'Mantas', 'Tomas', 'Darius', 'Vytautas'],
                   ['Rūta', 'Aušra', 'Jurgita', 'Eglė', 'Gintarė'],
                   ['Kazlauskas', 'Petrauskas', 'Jankauskas', 'Žukauskas', 'Stankevičius']),
    'french': (['Théo', 'Rémi', 'Jérôme'], ['Zoë', 'Chloé', 'Hélène', 'Anaïs'],
               ['Lefèvre', 'Benoît', 'Moreau', 'Girard']),
}

ORIGINS = list(NAMES)


def female_surname(origin, s):
    if origin == 'polish':
        for a, b in (('ski', 'ska'), ('cki', 'cka'), ('dzki', 'dzka')):
            if s.endswith(a):
                return s[:-len(a)] + b
    if origin == 'lithuanian':
        if s.endswith('as'):
            return s[:-2] + 'ienė'
        if s.endswith('is'):
            return s[:-2] + 'ienė'
    return s


STREETS = ['Mill Lane', 'Chapel Row', 'Orchard Close', 'Tannery Court', 'Heol y Felin',
           'Ropewalk Street', 'Kiln Road', 'Foundry Terrace', 'Beacon Rise', 'Cooper Street',
           'Larkspur Avenue', 'Weavers Way', 'Quarry Hill', 'Harbour Walk', 'Sandpiper Drive',
           'Victoria Parade', 'Saltings Road', 'Gorse Crescent', 'Alder Grove', 'Nettlebed Lane',
           'Brunswick Place', 'Canal Side', 'Rowan Gardens', 'Cemetery Road', 'Station Approach',
           'Marlpit Lane', 'Highfield Road', 'Peel Street', 'Tudor Way', 'Ffordd Glyndŵr',
           'Strand Road', 'Lôn Las', 'Bishopsgate Row', 'Albion Street', 'Jubilee Close']
# invented towns -> invented postcode areas (valid shape, no real UK area)
TOWNS = {'Greywater': 'GQ', 'Elsmere Vale': 'EQ', 'Kilbrannock': 'KQ', 'Hollinbrook': 'HQ',
         'Westleigh Cross': 'WQ', 'Calderholme': 'CQ', 'Brambleton': 'BQ', 'Fennick': 'FQ',
         'Ravensholt': 'RQ', 'Saltmarsh': 'YW', 'Thornwick': 'ZQ', 'Llanfedw': 'LQ',
         'Dunmore Vale': 'UE', 'Pennard Heath': 'JW'}
INWARD = 'ABDEFGHJLNPQRSTUWXYZ'


def postcode_make(rng, town):
    area = TOWNS[town]
    return unique(lambda: '%s%d %d%s%s' % (area, rng.randint(1, 19), rng.randint(1, 9),
                                           rng.choice(INWARD), rng.choice(INWARD)))


def address_make(rng, town, style=None):
    def g():
        n = rng.randint(1, 148)
        st = rng.choice(STREETS)
        style_ = style or rng.choice(['plain', 'plain', 'plain', 'flat', 'named'])
        if style_ == 'flat':
            return 'Flat %d, %d %s, %s' % (rng.randint(1, 12), n, st, town)
        if style_ == 'named':
            hn = rng.choice(['Rose Cottage', 'Ty Gwyn', 'The Old Forge', 'Hillcrest',
                             'Bryn Awel', 'Meadow View'])
            return '%s, %s, %s' % (hn, st, town)
        return '%d %s, %s' % (n, st, town)
    return unique(g)


# --------------------------------------------------------------------------------------
# People and public bodies
# --------------------------------------------------------------------------------------


class Person:
    def __init__(self, rng, party, forename, surname, gender, dob, middle='', origin='english',
                 family_first=False):
        self.rng, self.party = rng, party
        self.forename, self.surname, self.middle = forename, surname, middle
        self.gender, self.dob, self.origin = gender, dob, origin
        self.family_first = family_first
        self.nick = None
        self.aliases = []
        self.addr = self.town = self.postcode = None
        self.phones = []
        self.emails = []
        self.ids = {}
        self.vrm = None
        self.bank = {}
        self.role = ''

    # pronouns
    @property
    def he(self):
        return 'he' if self.gender == 'M' else 'she'

    @property
    def his(self):
        return 'his' if self.gender == 'M' else 'her'

    @property
    def him(self):
        return 'him' if self.gender == 'M' else 'her'

    @property
    def He(self):
        return self.he.capitalize()

    @property
    def His(self):
        return self.his.capitalize()

    @property
    def title(self):
        return 'Mr' if self.gender == 'M' else self.rng.choice(['Ms', 'Miss', 'Mrs'])

    def name_text(self, form='fs'):
        f, m, s = self.forename, self.middle, self.surname
        U = s.upper()
        if self.family_first:
            full = ' '.join(x for x in (s, m, f) if x)
        else:
            full = ' '.join(x for x in (f, m, s) if x)
        forms = {
            'full': full,
            'fs': ('%s %s' % (s, f)) if self.family_first else '%s %s' % (f, s),
            'FS': '%s %s' % (f, U),
            'fmS': ' '.join(x for x in (f, m, U) if x),
            'SF': '%s %s' % (U, f),
            'S,F': '%s, %s' % (U, f),
            'S,FM': '%s, %s' % (U, ' '.join(x for x in (f, m) if x)),
            's,f': '%s, %s' % (s, f),
            'FULLCAPS': full.upper(),
            's': s, 'S': U, 'f': f, 'm': m,
            'i.s': '%s. %s' % (f[0], s),
            'is': '%s %s' % (f[0], s),
            'I.S': '%s. %s' % (f[0], U),
            'im.s': '%s.%s. %s' % (f[0], (m or ' ')[0], s) if m else '%s. %s' % (f[0], s),
            's,i': '%s, %s.' % (s, f[0]),
            'si': '%s %s' % (s, f[0]),
            'nick': self.nick or f,
        }
        if form.startswith('alias'):
            return self.aliases[int(form[5:])]
        return forms[form]

    def n(self, form='fs'):
        return Span(self.name_text(form), 'name', self.party)

    def dob_s(self, style='dmy'):
        return Span(dfmt(self.dob, style), 'date_of_birth', self.party)

    # identifiers, lazily created
    def idv(self, kind):
        if kind not in self.ids:
            r = self.rng
            self.ids[kind] = {
                'prison_number': lambda: prisno_make(r),
                'pnc': lambda: pnc_make(r),
                'cro': lambda: cro_make(r, sf=r.random() < 0.25),
                'crn': lambda: crn_make(r),
                'ni_number': lambda: nino_make(r),
                'nhs_number': lambda: nhs_make(r),
                'passport': lambda: passport_make(r),
                'driving_licence': lambda: dl_make(self, r),
            }[kind]()
        return self.ids[kind]

    def i(self, kind, style=None):
        v = self.idv(kind)
        if kind == 'pnc':
            t = pnc_fmt(v, style or 'long')
        elif kind == 'cro':
            t = cro_fmt(v, style or 'std')
        elif kind == 'ni_number':
            t = nino_fmt(v, style or 'std')
        elif kind == 'nhs_number':
            t = nhs_fmt(v, style or 'sp')
        elif kind == 'driving_licence':
            t = dl_fmt(v, style or 'std')
        elif style == 'lower':
            t = v.lower()
        elif style == 'sp' and kind == 'prison_number':
            t = '%s %s %s' % (v[0], v[1:5], v[5:])
        elif style == 'sp' and kind == 'passport':
            t = '%s %s %s' % (v[:3], v[3:6], v[6:])
        else:
            t = v
        return Span(t, kind, self.party)

    def a(self):
        return Span(self.addr, 'address', self.party)

    def street(self):
        """Street part without the town (for multi-line layouts)."""
        return Span(self.addr.rsplit(', ', 1)[0], 'address', self.party)

    def pc(self, style=None):
        t = self.postcode
        if style == 'nospace':
            t = t.replace(' ', '')
        elif style == 'lower':
            t = t.lower()
        return Span(t, 'postcode', self.party)

    def ph(self, style='std', k=0):
        return Span(phone_fmt(self.phones[k], style), 'phone', self.party)

    def em(self, k=0, upper=False):
        e = self.emails[k]
        return Span(e, 'email', self.party)

    def v(self, style=None):
        t = self.vrm
        if style == 'nospace':
            t = t.replace(' ', '')
        return Span(t, 'vehicle_registration', self.party)

    def sort(self, style=None):
        t = self.bank['sort']
        if style == 'nodash':
            t = t.replace('-', '')
        elif style == 'sp':
            t = t.replace('-', ' ')
        return Span(t, 'sort_code', self.party)

    def acct(self):
        return Span(self.bank['acct'], 'account_number', self.party)

    def iban(self, style='sp'):
        return Span(iban_fmt(self.bank['iban'], style), 'iban', self.party)

    def card(self, style='sp'):
        return Span(card_fmt(self.bank['card'], style), 'payment_card', self.party)

    def full_addr(self, pcstyle=None):
        """'street, town POSTCODE' as two items."""
        return [self.a(), ' ', self.pc(pcstyle)]


class Body:
    def __init__(self, key, name, street, town, postcode, phones, emails):
        self.key, self.name, self.street, self.town = key, name, street, town
        self.postcode, self.phones, self.emails = postcode, phones, emails
        for x in [postcode] + phones + emails:
            assert x not in USED, x
            USED.add(x)

    def a(self):
        return Span(self.street, 'address', PUB)

    def pc(self):
        return Span(self.postcode, 'postcode', PUB)

    def ph(self, k=0, style='std'):
        return Span(phone_fmt(self.phones[k], style), 'phone', PUB)

    def em(self, k=0):
        return Span(self.emails[k], 'email', PUB)

    def line(self, sep=', '):
        return [self.a(), sep + self.town + ' ', self.pc()]


BODY_DEFS = [
    ('greywater', 'HMP Greywater', '1 Gaol Lane', 'Greywater', 'GQ3 9RT',
     ['01632 960100', '01632 960184'],
     ['omu.greywater@justice.example.gov.uk', 'visits.greywater@justice.example.gov.uk']),
    ('caldermoss', 'HMP Calder Moss', 'Moss Road', 'Calderholme', 'CQ7 2LB',
     ['0114 496 0200', '0114 496 0201'],
     ['socialvisits.caldermoss@justice.example.gov.uk', 'omu.caldermoss@justice.example.gov.uk']),
    ('brambleton', 'HMP & YOI Brambleton', 'Brambleton Park Way', 'Brambleton', 'BQ2 4HN',
     ['0116 496 0300'], ['safercustody.brambleton@justice.example.gov.uk',
                         'chaplaincy.brambleton@justice.example.gov.uk']),
    ('ravensholt', 'HMP Ravensholt', 'Fellside Road', 'Ravensholt', 'RQ1 6DW',
     ['0191 498 0400'], ['omu.ravensholt@justice.example.gov.uk',
                         'fnp.ravensholt@justice.example.gov.uk']),
    ('kestrel', 'HMYOI Kestrel Fell', 'Kestrel Fell Lane', 'Pennard Heath', 'JW4 8AX',
     ['029 2018 0500'], ['omu.kestrelfell@justice.example.gov.uk',
                         'safercustody.kestrelfell@justice.example.gov.uk']),
    ('fenwick', 'Fenwick Lodge Immigration Removal Centre', 'Aerodrome Road', 'Fennick',
     'FQ9 1TE', ['020 7946 0600'], ['fenwicklodge.enquiries@homeoffice.example.gov.uk']),
    ('ho', 'Home Office, Foreign National Offender Returns Command', '40 Quay Street',
     'Westleigh Cross', 'WQ1 3NP', ['03069 990700'], ['fnorc.casework@homeoffice.example.gov.uk']),
    ('gw_mags', "Greywater Magistrates' Court", 'Market Square', 'Greywater', 'GQ1 1AB',
     ['01632 960222'], ['greywater.mags@justice.example.gov.uk']),
    ('kil_crown', 'Kilbrannock Crown Court', 'Castle Street', 'Kilbrannock', 'KQ1 2BD',
     ['0113 496 0800'], ['kilbrannock.crown@justice.example.gov.uk',
                         'listing.kilbrannock@justice.example.gov.uk']),
    ('elsmere_cc', 'Elsmere Vale Combined Court', 'Shire Hall, Bridge Street', 'Elsmere Vale',
     'EQ2 7HU', ['0117 496 0900'], ['enquiries.elsmere@justice.example.gov.uk']),
    ('police', 'Ravensdale Constabulary', 'Police Headquarters, Ridgeway', 'Hollinbrook',
     'HQ4 1PW', ['0161 496 0101', '03069 990101'],
     ['ppu@ravensdale.police.example.gov.uk', 'visor.mosovo@ravensdale.police.example.gov.uk']),
    ('prob_gw', 'Probation Service, Greywater & Elsmere Delivery Unit', '22 Sessions House Yard',
     'Greywater', 'GQ1 4DS', ['01632 960333'], ['greywater.pdu@probation.example.gov.uk']),
    ('prob_hb', 'Probation Service, Hollinbrook Delivery Unit', 'Unit 4, Tannery Yard',
     'Hollinbrook', 'HQ2 8JT', ['0161 496 0120'], ['hollinbrook.pdu@probation.example.gov.uk']),
    ('hospital', 'Elsmere Vale General Hospital', 'Infirmary Road', 'Elsmere Vale', 'EQ5 3RA',
     ['0117 496 0150'], ['pals@elsmerevale-nhs.example.org']),
    ('mash', 'Hollinbrook Council Multi-Agency Safeguarding Hub', 'Civic Centre, Lowgate',
     'Hollinbrook', 'HQ1 1LA', ['0161 496 0199', '08081 570123'],
     ['mash@hollinbrook.example.gov.uk']),
    ('yjs', 'Hollinbrook Youth Justice Service', '9 Lowgate Chambers', 'Hollinbrook', 'HQ1 2LN',
     ['0161 496 0177'], ['yjs.referrals@hollinbrook.example.gov.uk']),
    ('gp', 'Harrow Brook Medical Practice', '2 Well Street', 'Brambleton', 'BQ1 5EP',
     ['0116 496 0250'], ['harrowbrook.practice@nhs.example.org']),
    ('drugs', 'Turning Tide Recovery Service', 'The Lantern Centre, 3 Dock Road', 'Fennick',
     'FQ2 8HB', ['08081 570200', '0116 496 0260'], ['referrals@turningtide.example.org']),
    ('debt', 'Westleigh Money Advice Centre', 'Community House, 5 Chantry Walk',
     'Westleigh Cross', 'WQ2 6BH', ['08081 570456', '03069 990456'],
     ['advice@westleighmoney.example.org']),
    ('interp', 'Linguaserve Justice Interpreting Ltd', 'Suite 3, Exchange Buildings',
     'Kilbrannock', 'KQ3 9ER', ['020 7946 0777'], ['bookings@linguaserve.example.com']),
    ('hire', 'Swiftline Vehicle Rental, Greywater branch', 'Unit 7, Canal Trading Estate',
     'Greywater', 'GQ5 2NX', ['01632 960444'], ['greywater@swiftline.example.com']),
    ('hotel', 'Harbourside Lodge', 'Harbour Parade', 'Saltmarsh', 'YW1 4QS',
     ['0191 498 0555'], ['reservations@harboursidelodge.example.co.uk']),
    ('social', 'Chatterbox Ltd, Law Enforcement Response Team', '10 Wharf Street', 'Kilbrannock',
     'KQ4 7SA', ['020 7946 0888'], ['ler@chatterbox.example.com']),
    ('insurer', 'Northgate Mutual Insurance', 'Northgate House, Cathedral Walk', 'Kilbrannock',
     'KQ2 5PL', ['03069 990888'], ['claims@northgatemutual.example.co.uk']),
    ('laa', 'Legal Aid Agency', 'PO Box 4410', 'Elsmere Vale', 'EQ1 9LA', ['03069 990321'],
     ['crimeapply@legalaid.example.gov.uk']),
    ('registrar', 'Greywater Register Office', 'Guildhall, Church Street', 'Greywater',
     'GQ2 3RB', ['01632 960555'], ['registrars@greywater.example.gov.uk']),
    ('lpu', 'Kilbrannock & Calderholme Local Police Unit', 'Bell Street Police Station',
     'Calderholme', 'CQ1 5BS', ['0114 496 0999'], ['calderholme.lpu@ravensdale.police.example.gov.uk']),
]
BODIES = {d[0]: Body(*d) for d in BODY_DEFS}
USED_BODIES = set()


def B(key):
    USED_BODIES.add(key)
    return BODIES[key]


STAFF_DOMAINS = {'prison': 'justice.example.gov.uk', 'court': 'justice.example.gov.uk',
                 'police': 'ravensdale.police.example.gov.uk',
                 'probation': 'probation.example.gov.uk', 'nhs': 'nhs.example.org',
                 'la': 'hollinbrook.example.gov.uk', 'ho': 'homeoffice.example.gov.uk',
                 'charity': 'westleighmoney.example.org', 'drugs': 'turningtide.example.org',
                 'interp': 'linguaserve.example.com', 'cjsm': 'hollinbrook.cjsm.example.net'}


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.people = []

    def person(self, party, origin=None, gender=None, forename=None, surname=None, middle=None,
               age=(19, 70), dob=None, town=None, nick=None, phone='mobile', email=True,
               address=True, family_first=None):
        r = self.rng
        origin = origin or r.choice(ORIGINS)
        gender = gender or r.choice('MF')
        males, females, surnames = NAMES[origin]
        if forename is None:
            forename = r.choice(males if gender == 'M' else females)
        if surname is None:
            while True:
                surname = r.choice(surnames)
                if gender == 'M' and surname.startswith('Ní '):
                    continue
                if gender == 'F' and surname.startswith('Ó '):
                    continue
                break
            if gender == 'F':
                surname = female_surname(origin, surname)
        if middle is None:
            middle = ''
            if r.random() < 0.3:
                middle = r.choice(males if gender == 'M' else females)
                if middle == forename:
                    middle = ''
        if dob is None:
            dob = rand_date(r, 2025 - age[1], 2025 - age[0])
        ff = origin in ('vietnamese', 'chinese') if family_first is None else family_first
        p = Person(r, party, forename, surname, gender, dob, middle, origin, ff)
        p.nick = nick
        if address:
            p.town = town or r.choice(list(TOWNS))
            p.addr = address_make(r, p.town) if address is True else address
            p.postcode = postcode_make(r, p.town)
        if phone:
            p.phones.append(phone_make(r, phone))
        if email:
            p.emails.append(self.private_email(p))
        self.people.append(p)
        return p

    def tp(self, **kw):
        return self.person(TP, **kw)

    def private_email(self, p):
        r = self.rng
        f = re.sub(r"[^a-z]", '', ascii_fold(p.forename).lower())
        s = re.sub(r"[^a-z]", '', ascii_fold(p.surname).lower())
        dom = r.choice(['example.com', 'example.com', 'example.org', 'example.net',
                        'example.co.uk', 'mail.example.com'])

        def g():
            st = r.randint(0, 4)
            if st == 0:
                loc = '%s.%s' % (f, s)
            elif st == 1:
                loc = '%s%s%02d' % (f[0], s, r.randint(0, 99))
            elif st == 2:
                loc = '%s_%s%d' % (s, f, r.randint(1, 9))
            elif st == 3:
                loc = '%s%d' % (f, p.dob.year)
            else:
                loc = '%s.%s%d' % (f, s[:3], r.randint(10, 99))
            return loc + '@' + dom
        return unique(g)

    def staff(self, org, role='', origin=None, gender=None, phone=True, title=None):
        r = self.rng
        p = self.person(STAFF, origin=origin, gender=gender, phone=None, email=False,
                        address=False, age=(24, 60))
        p.role = role
        p.middle = ''
        f = re.sub(r"[^a-z]", '', ascii_fold(p.forename).lower())
        s = re.sub(r"[^a-z\-]", '', ascii_fold(p.surname).lower())
        dom = STAFF_DOMAINS[org]
        p.emails.append(unique(lambda: '%s.%s@%s' % (f, s, dom) if r.random() < 0.8 else
                               '%s.%s%d@%s' % (f, s, r.randint(1, 9), dom)))
        if phone:
            p.phones.append(phone_make(r, 'land'))
        p.collar = r.randint(1000, 9999)
        return p

    def give_bank(self, p, card='visa', iban=True, bankcode=None):
        r = self.rng
        p.bank['sort'] = sort_make(r)
        p.bank['acct'] = acct_make(r)
        if iban:
            code = bankcode or r.choice(['NWBK', 'BARC', 'LOYD', 'MIDL', 'HBUK', 'ABBY', 'BUKB'])
            p.bank['iban'] = iban_make('GB', code + p.bank['sort'].replace('-', '') + p.bank['acct'])
            USED.add(p.bank['iban'])
        if card:
            p.bank['card'] = card_make(r, card)
        return p

    def give_vrm(self, p):
        p.vrm = vrm_make(self.rng)
        return p
