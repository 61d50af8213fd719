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
    if not _PH.search(tmpl):
        out.extend(args)        # no placeholders: arguments are appended in order
    elif auto and auto != len(args):
        raise ValueError('template %r used %d of %d arguments' % (tmpl, auto, len(args)))
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


def pnc_make(rng, lo=1996):
    def g():
        y = rng.randint(max(lo, 1996), 2022)
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


def cro_make(rng, sf=False, lo=1996):
    def g():
        yy = rng.randint(max(lo, 1996), 2022) % 100
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
    # avoid template-looking numbers such as A1234BC / A9999AB
    def g():
        while True:
            n = rng.randint(1001, 9898)
            if n not in (1234, 2345, 4321, 1111, 2222, 5555, 8888):
                break
        return (rng.choice('ABGK') + '%04d' % n + rng.choice('BCDEFGHJKLMNPRSTUVWXYZ') +
                rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ'))
    return unique(g)


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
            'fm': ' '.join(x for x in (f, m) if x),
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
                'pnc': lambda: pnc_make(r, self.dob.year + 12),
                'cro': lambda: cro_make(r, r.random() < 0.25, self.dob.year + 12),
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
    ('hale', 'Hale Okoro Solicitors', '3 Guild Court', 'Kilbrannock', 'KQ2 1GC',
     ['0113 496 0444'], ['crime@haleokoro.cjsm.example.net']),
    ('ap', 'Probation Approved Premises, Kiln House', '61 Lowgate', 'Hollinbrook', 'HQ1 3KH',
     ['0161 496 0166'], ['kilnhouse.ap@probation.example.gov.uk']),
    ('pecs', 'Prisoner Escort and Custody Services, contractor control room', '2 Airfield Way',
     'Fennick', 'FQ7 2PE', ['03069 990026'], ['pecs.control@escorts.example.com']),
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
        uf = self.__dict__.setdefault('used_fore', set())
        us = self.__dict__.setdefault('used_sur', set())
        if forename is None:
            for _ in range(50):
                forename = r.choice(males if gender == 'M' else females)
                if forename not in uf:
                    break
        if surname is None:
            for _ in range(50):
                surname = r.choice(surnames)
                if gender == 'M' and surname.startswith('Ní '):
                    continue
                if gender == 'F' and surname.startswith('Ó '):
                    continue
                if surname in us or female_surname(origin, surname) in us:
                    continue
                break
            if gender == 'F':
                surname = female_surname(origin, surname)
        uf.add(forename)
        us.add(surname)
        if origin == 'polish':
            us.add(surname.replace('ska', 'ski').replace('cka', 'cki'))
            us.add(surname.replace('ski', 'ska').replace('cki', 'cka'))
        if middle is None:
            middle = ''
            if r.random() < 0.3:
                middle = r.choice(males if gender == 'M' else females)
                if middle in uf:
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
            p.phones.append(phone_make(r, 'land' if phone is True else phone))
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


# --------------------------------------------------------------------------------------
# Shared layout helpers
# --------------------------------------------------------------------------------------

def rule(p, ch='-', n=84):
    p.ln(ch * n)


def centre(p, text, w=84):
    p.ln(text.center(w).rstrip())


def logline(p, stamp, tmpl, *a, width=90, gap=2):
    p.para(tmpl, *a, width=width, hang=stamp + ' ' * gap, indent=' ' * (len(stamp) + gap))


def sig(p, who, role, *extra):
    p.ln('Signed:  ............................')
    p.ln('Name:    {}', who)
    p.ln('Role:    ' + role)
    for e in extra:
        p.add(e)


# ======================================================================================
# Bundle 1: Łukasz Piotr Wiśniewski, HMP Greywater
# ======================================================================================

def bundle1():
    c = Ctx(60001)
    s = c.person(SUB, origin='polish', gender='M', forename='Łukasz', middle='Piotr',
                 surname='Wiśniewski', dob=D(1988, 3, 14), town='Greywater', nick='Wiśnia')
    s.aliases = ['Luke Wisniewski', 'Lukasz Wisnewski', 'Wiśnia']
    s.phones.append(phone_make(c.rng, 'land'))
    c.give_bank(s, card='mc')
    c.give_vrm(s)
    for k in ('prison_number', 'pnc', 'cro', 'crn', 'ni_number', 'nhs_number', 'driving_licence',
              'passport'):
        s.idv(k)
    c.subj = s
    c.prison, c.court, c.crown, c.probation = B('greywater'), B('gw_mags'), B('kil_crown'), B('prob_gw')
    c.mother = c.tp(origin='polish', gender='F', forename='Halina', surname='Wiśniewska',
                    age=(58, 70), town='Greywater', phone='land')
    c.brother = c.tp(origin='polish', gender='M', forename='Tomasz', surname='Wiśniewski',
                     age=(28, 40), town='Elsmere Vale')
    c.partner = c.tp(origin='polish', gender='F', forename='Agnieszka', surname='Kamińska',
                     age=(28, 38), town='Greywater')
    c.codef = c.tp(origin='polish', gender='M', forename='Paweł', surname='Dąbrowski', age=(25, 45))
    c.lang = 'Polish'
    c.offence = 'burglary of commercial premises and handling stolen goods'
    c.pom = c.staff('prison', 'Prison Offender Manager')
    c.com = c.staff('probation', 'Probation Practitioner')
    return c


def doc_bedwatch(c):
    s, pr, h = c.subj, c.prison, B('hospital')
    d = Doc('hospital-bedwatch-log')
    o1 = c.staff('prison', 'Escort Officer', origin='english')
    o2 = c.staff('prison', 'Escort Officer', origin='scottish')
    o3 = c.staff('prison', 'Night OSG', origin='caribbean')
    o4 = c.staff('prison', 'Officer', origin='welsh')
    gov = c.staff('prison', 'Duty Governor', origin='indian')
    nurse = c.staff('nhs', 'Ward Sister', origin='irish', gender='F')
    dr = c.staff('nhs', 'Surgical Registrar', origin='nigerian')
    bay = c.tp(origin='english', gender='M', age=(40, 75))
    p = d.page()
    p.ln('OFFICIAL - SENSITIVE')
    p.ln('%s            HOSPITAL ESCORT AND BEDWATCH LOG (ESC-7)' % pr.name.upper())
    rule(p, '=')
    p.kv('Prisoner surname', s.n('S'))
    p.kv('Forename(s)', s.n('fm'))
    p.kv('Prison number', s.i('prison_number'), '        Cell: H-2-17')
    p.kv('Date of birth', s.dob_s('dmy'), '     Age: 36')
    p.kv('PNC ID', s.i('pnc', 'short'))
    p.kv('NHS number', s.i('nhs_number', 'compact'))
    p.kv('Hospital', h.name, ', ', h.line())
    p.kv('Ward', 'Ward 12 (Surgical), direct line ', h.ph())
    p.kv('Escort type', 'Emergency, double cuffed, escort chain on ward (RA ER/2291)')
    p.kv('Escort officers', o1.n('fs'), ' (lead, ', o1.ph(), ') / ', o2.n('fs'))
    rule(p)
    p.ln('TIME   ENTRY')
    logline(p, '08:40', 'Prisoner {} left via gate 2. Restraints applied by {}. Complaining of pain '
            'in the lower right side since 04:00, seen by healthcare who requested an ambulance.',
            s.n('S'), o2.n('i.s'))
    logline(p, '09:25', 'Arrived A&E. Reception had him on their system as {} (old GP record, '
            'date of birth shown as {}). Told reception the prison record name is {}.',
            s.n('alias0'), s.dob_s('dot2'), s.n('fs'))
    logline(p, '10:10', 'Seen by Dr {}. Suspected appendicitis, bloods taken. Dr {} asked for '
            'the prisoner\'s next of kin; {} gave his mother, {}, landline {}. Not passed on '
            'by staff; hospital recorded it.', dr.n('fs'), dr.n('s'), s.n('f'),
            c.mother.n('fs'), c.mother.ph('std'))
    logline(p, '11:30', 'Patient in the next bay ({}, who gave his address as {}, {}) tried to '
            'talk to the prisoner and offered his mobile {} "for when you get out". Moved '
            'prisoner to bay 3. Details recorded for security.', bay.n('fs'), bay.a(), bay.pc(),
            bay.ph('compact'))
    logline(p, '13:15', '{} asked to phone his partner. Refused; duty governor {} informed by '
            'phone on {}.', s.n('f'), gov.n('fs'), gov.ph())
    logline(p, '14:50', 'A woman came onto the ward saying she was {}\'s partner, {} (gave her '
            'date of birth as {} and mobile {}). She had been told by his brother {} which '
            'hospital he was at. Asked to leave; Ward Sister {} aware. SIR to follow.',
            s.n('s'), c.partner.n('fs'), c.partner.dob_s('dmy'), c.partner.ph('intl'),
            c.brother.n('f'), nurse.n('fs'))
    logline(p, '16:05', 'To theatre. One officer ({}) gowned and present in theatre anteroom.',
            o1.n('s'))
    logline(p, '18:40', 'Returned to Ward 12 bay 3. Handover to night staff {} and {}.',
            o3.n('fs'), o4.n('fs'))
    p.blank()
    p.ln('Page 1 of 2                         {}  {}', s.n('S,F'), s.i('prison_number'))
    p = d.page()
    p.ln('ESC-7 continuation        Prisoner: {}  ({})', s.n('I.S'), s.i('prison_number', 'lower'))
    rule(p)
    logline(p, '22:10', 'Ward phone rang; caller gave his name as {} and said he was the '
            'brother of "{}". Call-back number {}. Ward did not give information. Prisoner '
            'told of call; said {} "is only worried".', c.brother.n('fs'), s.n('nick'),
            c.brother.ph('std'), c.brother.n('f'))
    logline(p, '02:15', 'Obs: sleeping, restraint checked. Nothing to report.')
    logline(p, '06:55', '{} asked officer to write down his bank details so his wages from the '
            'bakery job can be paid in: sort code {}, account {}. Told these cannot be '
            'taken on escort; to raise with finance on return.', s.n('s'), s.sort(), s.acct())
    logline(p, '09:00', 'Discharged by Dr {} with letter. Letter headed "{}, NHS No {}" placed in '
            'sealed envelope for healthcare.', dr.n('s'), s.n('FULLCAPS'), s.i('nhs_number'))
    logline(p, '10:20', 'Back at establishment, handed to reception SO {}.', o4.n('I.S'))
    rule(p)
    p.row(['Officer', 'Collar', 'Work e-mail'], [26, 9])
    for o in (o1, o2, o3, o4):
        p.row([o.n('fs'), str(o.collar), o.em()], [26, 9])
    p.blank()
    p.ln('Hospital switchboard {}. Prison control room {} / {}.', h.ph(), pr.ph(0), pr.em(0))
    p.ln('Page 2 of 2')
    return d


def private_cash_common(c, senders, title):
    s, pr = c.subj, c.prison
    d = Doc('private-cash-log')
    fin = c.staff('prison', 'Finance Officer')
    sec = c.staff('prison', 'Security Analyst')
    p = d.page()
    p.ln(pr.name + ' | Prisoner Finance | ' + title)
    p.ln('Prisoner: {}   No: {}   DOB: {}   Location: B-3-08', s.n('S,F'), s.i('prison_number'),
         s.dob_s('oracle'))
    rule(p)
    p.row(['Rec', 'Date', 'Method', 'Sender / payer', 'Amount', 'Status'], [6, 11, 12, 34, 9],
          sep=' | ')
    rule(p)
    for k, (who, date, method, amt, status) in enumerate(senders):
        p.row(['%04d' % (311 + k * 7), date, method, who, amt, status], [6, 11, 12, 34, 9],
              sep=' | ')
    rule(p)
    return d, p, fin, sec


def doc_private_cash_b1(c):
    s = c.subj
    friend = c.tp(origin='english', gender='M')
    unknown = c.tp(origin='lithuanian', gender='M', town='Calderholme')
    c.give_bank(c.partner, card='visa', iban=False)
    c.give_bank(friend, card='visa', iban=False)
    pl_iban = iban_make('PL', '%02d' % c.rng.randint(10, 99) + '1090' + '%020d' %
                        c.rng.randint(10 ** 18, 10 ** 19))
    USED.add(pl_iban)
    ip_friend = ip_make(c.rng)
    senders = [
        (c.mother.n('fs'), '03/02/2024', 'Postal ord', '£20.00', 'Credited'),
        (c.partner.n('fs'), '10/02/2024', 'Bank trf', '£35.00', 'Credited'),
        (c.brother.n('fs'), '17/02/2024', 'Intl trf', '£50.00', 'Held - sec'),
        (friend.n('fs'), '24/02/2024', 'Online card', '£15.00', 'Credited'),
        (unknown.n('fs'), '02/03/2024', 'Postal ord', '£100.00', 'Returned'),
        (s.n('fs'), '05/03/2024', 'Own acct', '£60.00', 'Credited'),
    ]
    d, p, fin, sec = private_cash_common(c, senders, 'Private Cash Received, Feb-Mar 2024')
    p.ln('SENDER DETAILS (finance use only)')
    p.para('0311  Postal order posted by {} from {} {}. Sender states relationship: mother.',
           c.mother.n('fs'), c.mother.a(), c.mother.pc(), indent='      ')
    p.para('0318  Faster payment from account in the name of {}, sort code {}, account {}; '
           'reference "{} canteen".', c.partner.n('s,f'), c.partner.sort(), c.partner.acct(),
           s.n('nick'), indent='      ')
    p.para('0325  SEPA credit from {} via Polish account {}. Held for security check: sender '
           'not on the approved contacts list (relationship "brother" unverified).',
           c.brother.n('FS'), Span(iban_fmt(pl_iban), 'iban', TP), indent='      ')
    p.para('0332  "Send money to someone in prison" online payment. Payer {} ({}), card {}, '
           'payer IP {}.', friend.n('fs'), friend.em(), friend.card(), Span(ip_friend, 'ip_address', TP),
           indent='      ')
    p.para('0339  Postal order for £100 from {}, {} {}. No known link to {}; returned to sender '
           'under PSI 01/2012 and intelligence submitted by {}.', unknown.n('FS'), unknown.a(),
           unknown.pc(), s.n('fs'), sec.n('fs'), indent='      ')
    p.para('0346  Transfer from the prisoner\'s own account (sort code {}, account {}) '
           'authorised by {} on an app.', s.sort('sp'), s.acct(), s.n('i.s'), indent='      ')
    p.blank()
    p.ln('Prepared by {} ({}), {} ext. 2207', fin.n('fs'), fin.em(), c.prison.ph(0))
    p.ln('Queries: {}', c.prison.em(0))
    return d


def discharge_bank_common(c, old_acct, id_kind, nok, release_addr, release_pc, bank,
                          release='14 May 2025 (CRD)', opened='22/04/2025'):
    s, pr = c.subj, c.prison
    d = Doc('discharge-bank-account-form')
    lead = c.staff('prison', 'Banking and ID Lead')
    p = d.page()
    p.ln('%s - RESETTLEMENT: BASIC BANK ACCOUNT APPLICATION' % pr.name.upper())
    p.ln('Partner bank: %s     Scheme ref: PBS/%d' % (bank, c.rng.randint(10000, 99999)))
    rule(p, '=')
    p.ln('SECTION 1  APPLICANT')
    p.kv('Title', s.title, w=30)
    p.kv('Surname', s.n('S'), w=30)
    p.kv('First and middle names', s.n('fm'), w=30)
    p.kv('Other names used', s.n('alias0'), '; ', s.n('alias1'), w=30)
    p.kv('Date of birth (DD MM YYYY)', Span(s.dob.strftime('%d %m %Y'), 'date_of_birth', SUB), w=30)
    p.kv('National Insurance number', s.i('ni_number', 'sp'), w=30)
    p.kv('Prison number', s.i('prison_number'), w=30)
    p.kv('Release date', release, w=30)
    p.kv('Address on release', release_addr, w=30)
    p.kv('Postcode', release_pc, w=30)
    p.kv('Mobile (after release)', s.ph('compact'), w=30)
    p.kv('E-mail', s.em(), w=30)
    p.blank()
    p.ln('SECTION 2  IDENTITY SEEN (copy held in property)')
    if id_kind == 'driving_licence':
        p.kv('Document', 'Photocard driving licence, no. ', s.i('driving_licence', 'sp'), w=30)
    else:
        p.kv('Document', 'UK passport no. ', s.i('passport'), ', expires 08/2029', w=30)
    p.kv('Proof of address', 'Probation letter confirming release address', w=30)
    p.blank()
    p.ln('SECTION 3  PREVIOUS ACCOUNTS')
    p.para('Applicant states he held an account before custody with sort code {} and account '
           'number {}. This was closed by the bank in {}. No other accounts declared.',
           s.sort(), Span(old_acct, 'account_number', SUB), '2022', width=84)
    p.blank()
    p.ln('SECTION 4  EMERGENCY CONTACT (not a joint account holder)')
    p.kv('Name', nok.n('fs'), w=30)
    p.kv('Relationship', nok.role, w=30)
    p.kv('Telephone', nok.ph('std'), w=30)
    p.kv('Address', nok.a(), ' ', nok.pc(), w=30)
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('Basic bank account application (continued)   {}   {}', s.n('S,F'), s.i('prison_number'))
    rule(p)
    p.ln('SECTION 5  BANK USE ONLY')
    p.kv('Account opened', opened, w=30)
    p.kv('Sort code', s.sort(), w=30)
    p.kv('Account number', s.acct(), w=30)
    p.kv('IBAN', s.iban(), w=30)
    p.kv('Debit card', s.card(), ' (to be handed over on release)', w=30)
    p.blank()
    p.para('Declaration: I, {}, confirm the information above is true. I understand the card '
           'and PIN will be held in my stored property until my release and that the bank may '
           'contact me on the telephone number given.', s.n('full'), width=84)
    p.blank()
    p.ln('Applicant signature: ____{}____          Date: ' + opened, s.n('i.s'))
    p.ln('Witnessed by: {}, {}', lead.n('fs'), lead.role)
    p.ln('Contact: {}  |  {}  |  {}', lead.em(), lead.ph(), pr.ph(0))
    p.ln(pr.name + ', ', pr.line())
    return d


def doc_discharge_b1(c):
    s = c.subj
    c.partner.role = 'Partner'
    rel = address_make(c.rng, 'Greywater', 'flat')
    rpc = postcode_make(c.rng, 'Greywater')
    s.extra_addresses = ['%s %s' % (rel, rpc)]
    return discharge_bank_common(c, acct_make(c.rng), 'driving_licence', c.partner,
                                 Span(rel, 'address', SUB), Span(rpc, 'postcode', SUB),
                                 'Greywater & District Building Society')


def interpreter_common(c, witness, wlang, venue, hearing, w_origin='lithuanian'):
    s = c.subj
    d = Doc('interpreter-booking')
    ag = B('interp')
    terp = c.staff('interp', 'Interpreter', origin='polish' if c.lang == 'Polish' else 'turkish',
                   phone='mobile')
    terp2 = c.staff('interp', 'Interpreter', origin=w_origin)
    lo = c.staff('court', 'Listing Officer')
    ref = 'LJI-%06d' % c.rng.randint(100000, 999999)
    p = d.page()
    p.ln(ag.name)
    p.ln('', ag.line(), '  Tel ', ag.ph(), '  ', ag.em())
    rule(p, '=')
    p.ln('BOOKING CONFIRMATION        Ref: ' + ref + '        Status: CONFIRMED')
    rule(p)
    p.kv('Requested by', lo.n('fs'), ', ' + lo.role)
    p.kv('Requester e-mail', lo.em())
    p.kv('Venue', venue.name + ', ', venue.line())
    p.kv('Hearing', hearing)
    p.kv('Case', 'R v ', s.n('S'), ' and another')
    p.blank()
    p.ln('ASSIGNMENT 1: DEFENDANT')
    p.kv('Language', c.lang)
    p.kv('Service user', s.n('FS'), ' (in custody, ', c.prison.name, ')')
    p.kv('DOB / Prison no.', s.dob_s('dmy'), ' / ', s.i('prison_number'))
    p.kv('Interpreter', terp.n('fs'), '  NRPSI 1%04d' % c.rng.randint(0, 9999))
    p.kv('Interpreter mobile', terp.ph('compact'))
    p.kv('Interpreter e-mail', terp.em())
    p.blank()
    p.ln('ASSIGNMENT 2: PROSECUTION WITNESS')
    p.kv('Language', wlang)
    p.kv('Service user', witness.n('fs'), ' (witness; special measures: screens)')
    p.kv('Witness contact', 'via Witness Care only. Do not contact ', witness.n('s'), ' on ',
         witness.ph('std'))
    p.kv('Interpreter', terp2.n('fs'))
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('Booking ' + ref + ', assignment record (completed by interpreter)')
    rule(p)
    p.row(['Item', 'Detail'], [28])
    p.row(['Interpreter', terp.n('S,F')], [28])
    p.row(['Travelled from postcode', Span(terp.postcode or postcode_make(c.rng, 'Kilbrannock'),
                                            'postcode', STAFF)], [28])
    p.row(['Mileage claimed', '38 miles return'], [28])
    p.row(['Time on site', '09:15 - 16:40'], [28])
    p.row(['Service user seen', ('{} (defendant)', s.n('i.s'))], [28])
    p.blank()
    p.para('Notes: Defendant preferred to be called "{}". He asked me to tell his {} that he is '
           'well; I explained I cannot pass messages. During a break the witness {} approached me '
           'in the corridor and gave me her card with {} on it; I handed it to the usher.',
           s.n('f'), 'family', witness.n('f'), witness.em(), width=86)
    p.blank()
    p.ln('Interpreter signature: {}    Countersigned (court): {}', terp.n('i.s'), lo.n('is'))
    return d


def doc_interpreter_b1(c):
    w = c.tp(origin='lithuanian', gender='F', town='Greywater')
    return interpreter_common(c, w, 'Lithuanian', c.crown, 'Trial, Court 3, listed 10:00, '
                              'time estimate 4 days')


def employment_ref_common(c, emp, company, start, end, job, extra):
    s = c.subj
    d = Doc('employment-reference')
    p = d.page()
    p.ln(company.upper())
    p.ln('', emp.a(), ' ', emp.pc())
    p.ln('Mobile: {}   E-mail: {}', emp.ph('std'), emp.em())
    p.blank()
    p.ln(extra['date'])
    p.blank()
    p.ln('{}', extra['to'])
    p.ln(extra['to_org'])
    p.blank()
    p.ln('Dear {},', extra['dear'])
    p.blank()
    p.ln('Reference: {} (date of birth {})', s.n('fs'), s.dob_s(extra['dobstyle']))
    p.blank()
    for para in extra['paras']:
        p.para(*para, width=86)
        p.blank()
    p.ln('Yours sincerely,')
    p.blank()
    p.ln('{}', emp.n('fs'))
    p.ln('Owner, ' + company)
    return d


def chaplaincy_common(c, faith, entries, title='CHAPLAINCY CONTACT RECORD'):
    s, pr = c.subj, c.prison
    d = Doc('chaplaincy-notes')
    p = d.page()
    p.ln(pr.name + ' Chaplaincy Team        ' + title)
    p.ln('Name: {}     Number: {}     Registered faith: ' + faith, s.n('SF'), s.i('prison_number'))
    rule(p)
    for k, (date, author, tmpl, args) in enumerate(entries):
        if k and k % 4 == 0:
            p.ln('Chaplaincy record for {} continues overleaf', s.n('i.s'))
            p = d.page()
            p.ln('CHAPLAINCY CONTACT RECORD (cont.)   {}', s.i('prison_number'))
            rule(p)
        p.ln('{}  -  ' + date, author.n('fs'))
        p.para(tmpl, *args, width=88, indent='    ')
        p.blank()
    p.ln('Chaplaincy office: {}', pr.em(0))
    return d


def doc_chaplaincy_b1(c):
    s = c.subj
    ch1 = c.staff('prison', 'RC Chaplain', origin='irish', gender='M')
    ch2 = c.staff('prison', 'Managing Chaplain', origin='english', gender='F')
    priest = c.tp(origin='polish', gender='M', forename='Wojciech', email=True)
    listener = c.tp(origin='english', gender='M', address=False, email=False, phone=False)
    gran = c.tp(origin='polish', gender='F', forename='Józefa', surname='Wiśniewska', age=(84, 95),
                email=False, phone=False, town='Greywater')
    e = [
        ('Tue 6 Feb 2024', ch1,
         'Reception interview. {} is Roman Catholic and asked for Mass in Polish if possible. '
         'He gave the name of his parish priest at home, Fr {} of St Casimir\'s, and asked us to '
         'let him know he is here. Fr {} can be reached on {}. Consent to contact given.',
         (s.n('fs'), priest.n('fs'), priest.n('s'), priest.ph('std'))),
        ('Thu 15 Feb 2024', ch1,
         'Visited on the wing. {} was low. His grandmother {} (born {}) is in hospital in '
         'Greywater and not expected to live. He asked about an escorted visit. Explained '
         'process; referred to OMU ({}).', (s.n('f'), gran.n('fs'), gran.dob_s('long'),
                                            c.pom.n('fs'))),
        ('Mon 19 Feb 2024', ch2,
         'Phone call from {} (mother) on {}: his grandmother {} died this morning. Broke the news to '
         '{} in the chapel office with Officer present. He cried and asked for his brother {} '
         'to be told he was informed. Listener {} (cell B-3-11, {}) asked to check on him '
         'tonight.', (c.mother.n('fs'), c.mother.ph('intl0'), gran.n('f'), s.n('s'),
                      c.brother.n('f'), listener.n('fs'), listener.i('prison_number'))),
        ('Wed 21 Feb 2024', ch1,
         'Funeral on 1 March at St Casimir\'s. Application for funeral ROTL not supported by '
         'security; a candle lit at Mass instead. {} thanked the team. Gave him the address of '
         'his late grandmother\'s house ({}, {}) for a card to the family, from his own '
         'address book.', (s.n('nick'), gran.a(), gran.pc())),
        ('Fri 1 Mar 2024', ch2,
         'Service of remembrance in the chapel at 11:00, same time as the funeral. Present: '
         '{} and two officers. Fr {} e-mailed a copy of the order of service to the chaplaincy '
         'inbox from {}; printed and given to {}.', (s.n('fs'), priest.n('s'), priest.em(),
                                                    s.n('i.s'))),
        ('Mon 11 Mar 2024', ch1,
         'Follow up. Coping. Says his partner {} has been "a rock" and that he wants to marry '
         'her when he is out. Discussed marriage preparation. Next review 4 weeks.',
         (c.partner.n('f'),)),
    ]
    return chaplaincy_common(c, 'Roman Catholic', e)


def bundle_index_common(c, case_no, court, rows, parties_tmpl):
    s = c.subj
    d = Doc('court-bundle-index')
    p = d.page()
    p.ln('IN THE CROWN COURT AT ' + court.name.replace(' Crown Court', '').replace(
        ' Combined Court', '').upper())
    p.ln('Case No: ' + case_no)
    p.blank()
    p.ln('                               R E X')
    p.ln('                                 v')
    p.ln('                 {}', s.n('FULLCAPS'))
    p.blank()
    p.ln('                       INDEX TO TRIAL BUNDLE')
    rule(p)
    p.row(['Tab', 'Document', 'Date', 'Pages'], [5, 58, 12])
    rule(p)
    k = 0
    for r in rows:
        if r is None:
            p.ln('Page 1 of 2        Index, R v {}', s.n('S'))
            p = d.page()
            p.ln('Index to Trial Bundle (continued)       ' + case_no)
            rule(p)
            continue
        tab, doc, date, pages = r
        p.row([tab, doc, date, pages], [5, 58, 12])
        k += 1
    rule(p)
    p.blank()
    for t in parties_tmpl:
        p.para(*t, width=84)
    p.blank()
    p.ln('Court office: ', court.line(), '   ', court.ph(), '   ', court.em())
    return d


def doc_bundle_index_b1(c):
    s = c.subj
    w1 = c.tp(origin='english', gender='F', address=False)
    w2 = c.tp(origin='indian', gender='M', address=False)
    w3 = c.tp(origin='lithuanian', gender='F', address=False)
    oic = c.staff('police', 'Officer in the case')
    pc2 = c.staff('police', 'Police Constable')
    c.codef.idv('pnc')
    c.give_vrm(c.codef)
    rows = [
        ('A1', ('Indictment: {} and {}', s.n('S,F'), c.codef.n('S,F')), '12/01/2022', '1-3'),
        ('A2', 'Case summary (prosecution)', '12/01/2022', '4-11'),
        ('B1', ('Statement of {} (keyholder, Unit 4)', w1.n('fs')), '19/10/2021', '12-15'),
        ('B2', ('Statement of {} (security guard)', w2.n('fs')), '20/10/2021', '16-18'),
        ('B3', ('Statement of {} (ANPR/CCTV review)', oic.n('fs')), '02/11/2021', '19-24'),
        ('B4', ('Statement of PC {} (arrest)', pc2.n('s')), '21/10/2021', '25-27'),
        ('B5', ('Statement of {} (neighbour, via Lithuanian', w3.n('fs')), '22/10/2021', '28-30'),
        ('', '     interpreter)', '', ''),
        ('C1', ('Interview record, {} (Polish interpreter)', s.n('fs')), '21/10/2021', '31-52'),
        ('C2', ('Interview record, {} (no comment)', c.codef.n('fs')), '21/10/2021', '53-58'),
        None,
        ('D1', ('Antecedents, {} PNC {} CRO {}', s.n('S'), s.i('pnc'), s.i('cro')), '05/01/2022',
         '59-64'),
        ('D2', ('Antecedents, {} PNC {}', c.codef.n('S'), c.codef.i('pnc', 'short')), '05/01/2022',
         '65-67'),
        ('E1', ('CCTV stills: van {} at Unit 4 gates', s.v()), '18/10/2021', '68-80'),
        ('E2', ('CCTV stills: car {} ({})', c.codef.v(), c.codef.n('s')), '18/10/2021', '81-86'),
        ('F1', ('Phone schedule: handset attributed to {} ({})', s.n('fs'), s.ph('std')),
         '14/12/2021', '87-99'),
        ('F2', ('Phone schedule: handset attributed to {}', c.codef.n('i.s')), '14/12/2021',
         '100-109'),
        ('G1', 'Defence statement', '03/02/2022', '110-114'),
        ('G2', ('Character reference, {} (mother)', c.mother.n('fs')), '20/02/2022', '115'),
    ]
    parties = [
        ('Defendant 1: {} (born {}), {}, in custody at {}.', s.n('full'), s.dob_s('ord'),
         s.i('prison_number'), c.prison.name),
        ('Defendant 2: {} (born {}), on bail to {} {}.', c.codef.n('full'), c.codef.dob_s('ord'),
         c.codef.a(), c.codef.pc()),
        ('Officer in the case: DC {}, {}.', oic.n('fs'), oic.em()),
    ]
    return bundle_index_common(c, 'T2021%04d' % c.rng.randint(1000, 9999), c.crown, rows, parties)


# ======================================================================================
# Bundle 2: Chukwuemeka Daniel Okafor, HMP Calder Moss
# ======================================================================================

def bundle2():
    c = Ctx(60002)
    s = c.person(SUB, origin='nigerian', gender='M', forename='Chukwuemeka', middle='Daniel',
                 surname='Okafor', dob=D(1991, 11, 2), town='Kilbrannock', nick='Emeka')
    s.aliases = ['Emeka Okafor', 'Danny Oak', 'Emeka']
    c.give_bank(s, card='visa')
    c.give_vrm(s)
    for k in ('prison_number', 'pnc', 'cro', 'crn', 'ni_number', 'nhs_number', 'passport',
              'driving_licence'):
        s.idv(k)
    s.ips = [ip_make(c.rng), ip_make(c.rng, v6=True)]
    c.subj = s
    c.prison, c.crown, c.probation = B('caldermoss'), B('kil_crown'), B('prob_hb')
    c.mother = c.tp(origin='nigerian', gender='F', forename='Ifeoma', surname='Okafor',
                    age=(55, 68), town='Kilbrannock', phone='land')
    c.sister = c.tp(origin='nigerian', gender='F', forename='Ngozi', surname='Okafor',
                    age=(24, 30), town='Calderholme')
    c.fiancee = c.tp(origin='ghanaian', gender='F', forename='Adwoa', surname='Mensah',
                     age=(27, 33), town='Calderholme')
    c.fiancee.idv('passport')
    c.give_vrm(c.fiancee)
    c.child = c.tp(origin='ghanaian', gender='M', forename='Kwesi', surname='Mensah',
                   dob=D(2018, 6, 9), address=False, phone=None, email=False)
    c.friend = c.tp(origin='ghanaian', gender='M', forename='Kojo', surname='Boateng',
                    town='Kilbrannock')
    c.victim = c.tp(origin='english', gender='F', forename='Charlotte', surname='Lockwood',
                    town='Kilbrannock')
    c.victim_child = c.tp(origin='english', gender='M', forename='Alfie', surname='Lockwood',
                          dob=D(2016, 2, 20), address=False, phone=None, email=False)
    c.exwife = c.tp(origin='nigerian', gender='F', forename='Chiamaka', surname='Eze',
                    address=False, phone=None, email=False)
    c.offence = 'assault occasioning actual bodily harm and harassment'
    c.pom = c.staff('prison', 'Prison Offender Manager')
    c.com = c.staff('probation', 'Probation Practitioner')
    return c


def doc_visit_app(c):
    s, pr, f = c.subj, c.prison, c.fiancee
    d = Doc('social-visit-application')
    off = c.staff('prison', 'Visits Officer')
    sup = c.staff('prison', 'Visits Supervisor')
    ip = ip_make(c.rng)
    p = d.page()
    p.ln('{} - SOCIAL VISITS  /  APPLICATION AND VISITOR ID CHECK   (form VIS-3)', pr.name.upper())
    p.ln('Bookings: ', pr.ph(0), ' (Mon-Fri 09:00-12:00)   ', pr.em(0))
    rule(p, '=')
    p.ln('PART A  PRISONER TO BE VISITED')
    p.row(['Name', s.n('S,F'), 'Prison no.', s.i('prison_number')], [14, 30, 12])
    p.row(['Wing', 'C-wing (enhanced)', 'DOB', s.dob_s('dmy')], [14, 30, 12])
    p.blank()
    p.ln('PART B  LEAD VISITOR (must be 18+)')
    p.row(['Full name', f.n('fs'), 'DOB', f.dob_s('dmy')], [14, 30, 12])
    p.row(['Address', f.a(), 'Postcode', f.pc()], [14, 30, 12])
    p.row(['Mobile', f.ph('std'), 'E-mail', f.em()], [14, 30, 12])
    p.row(['Relationship', 'Fiancée', 'Booked via', ('online, IP {}', Span(ip, 'ip_address', TP))],
          [14, 30, 12])
    p.blank()
    p.ln('PART C  ADDITIONAL VISITORS')
    p.row(['#', 'Name', 'DOB', 'Relationship', 'ID seen'], [3, 24, 12, 16])
    p.row(['1', c.sister.n('fs'), c.sister.dob_s('dmy'), 'Sister',
           ('DL {}', c.sister.i('driving_licence'))], [3, 24, 12, 16])
    p.row(['2', c.child.n('fs'), c.child.dob_s('dmy'), 'Fiancée\'s son', 'Birth cert'],
          [3, 24, 12, 16])
    p.blank()
    p.ln('PART D  ID CHECK AT GATE (visits hall staff)')
    p.kv('Lead visitor ID', 'UK passport ', f.i('passport'), ' - photo matches', w=22)
    p.kv('Vehicle (car park)', f.v(), ' (registered keeper: lead visitor)', w=22)
    p.kv('Checked by', off.n('fs'), ', ', off.role, w=22)
    p.para('Note: {} is named on the visits alert list as a protected person under a '
           'restraining order against {}. Neither visitor is that person. Checked {} DOB '
           'against PNC name search: no trace.', c.victim.n('fs'), s.n('fs'), f.n('s'))
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('VIS-3 (continued)   Prisoner {}   {}', s.n('SF'), s.i('prison_number'))
    rule(p)
    p.ln('PART E  SUPERVISOR DECISION')
    p.para('Approved for closed-then-open visits. {} ({}) asked whether his mother {} could '
           'be added; she must apply separately. Previous booking by {} on {} was '
           'cancelled when the child\'s name was given as "{}" with date of birth {}; '
           'corrected to {} born {}.', s.n('f'), s.n('nick'), c.mother.n('fs'), f.n('f'),
           '02/03/2024', Span('Kwesi Mensha', 'name', TP), Span(dfmt(c.child.dob, 'dmy2'),
                                                               'date_of_birth', TP),
           c.child.n('f'), c.child.dob_s('long'))
    p.blank()
    p.ln('Supervisor: {}   {}   {}', sup.n('fs'), sup.em(), sup.ph())
    p.ln('Visitor privacy notice: data kept 7 years. Queries to ', pr.em(0), ' or ', pr.ph(1))
    return d


def doc_approved_visitors_b2(c):
    s, pr = c.subj, c.prison
    d = Doc('approved-visitor-list')
    pol = c.staff('police', 'Police Intelligence Officer')
    omu = c.staff('prison', 'OMU Case Administrator')
    c.friend.idv('pnc')
    c.friend.idv('cro')
    p = d.page()
    p.ln('APPROVED VISITORS AND CONTACTS  |  {}  |  {} {}  |  Printed 14/03/2024',
         pr.name, s.n('S,F'), s.i('prison_number'))
    rule(p)
    W = [22, 12, 10, 34]
    p.row(['Name', 'Relation', 'DOB', 'Address'], W, sep=' | ')
    rule(p)
    rows = [(c.mother, 'Mother', 'dmy'), (c.sister, 'Sister', 'dmy'), (c.fiancee, 'Fiancée', 'dmy'),
            (c.friend, 'Friend', 'dot')]
    for who, rel, st in rows:
        p.row([who.n('fs'), rel, who.dob_s(st), who.a()], W, sep=' | ')
        p.row(['', '', '', ('{}  tel {}', who.pc(), who.ph('compact'))], W, sep=' | ')
    rule(p)
    p.row(['STATUS', '', '', ''], W, sep=' | ')
    p.ln('Mother, sister, fiancée: APPROVED (social visits and PIN phone).')
    p.para('{}: NOT APPROVED. Police check returned PNC {} / CRO {} with convictions '
           'linked to the index offence. Reviewed by {}.', c.friend.n('FS'), c.friend.i('pnc'),
           c.friend.i('cro'), pol.n('fs'), width=88)
    p.para('NO CONTACT: {} (DOB {}) and her son {} (DOB {}) are protected persons under the '
           'restraining order. Any letter, call or visit application naming {} or {} must be '
           'stopped and passed to OMU.', c.victim.n('S,F'), c.victim.dob_s('dmy'),
           c.victim_child.n('fs'), c.victim_child.dob_s('dmy'), c.victim.n('f'),
           Span(c.victim.addr.split(',')[0], 'address', TP), width=88)
    p.blank()
    p.ln('Compiled by {} for {}.  Contact OMU: {}', omu.n('i.s'), s.n('is'), pr.em(1))
    return d


def doc_marriage_app(c):
    s, pr, f = c.subj, c.prison, c.fiancee
    d = Doc('marriage-application')
    gov = c.staff('prison', 'Governor, Head of Residence')
    chap = c.staff('prison', 'Chaplain')
    reg = B('registrar')
    w1 = c.tp(origin='caribbean', gender='M', town='Calderholme', email=False)
    w2 = c.tp(origin='ghanaian', gender='F', town='Calderholme', email=False)
    p = d.page()
    p.ln('APPLICATION BY A PRISONER TO MARRY (PSI 14/2016 Annex A)')
    p.ln('Establishment: ' + pr.name)
    rule(p, '=')
    p.ln('1. The prisoner')
    p.kv('Full name', s.n('fmS'), lead='   ')
    p.kv('Known as', s.n('nick'), lead='   ')
    p.kv('Prison number', s.i('prison_number'), lead='   ')
    p.kv('Date of birth', s.dob_s('long'), lead='   ')
    p.kv('NI number', s.i('ni_number'), lead='   ')
    p.kv('Passport', s.i('passport'), ' (British)', lead='   ')
    p.kv('Previous marriage', 'Yes - to ', c.exwife.n('fs'), ', dissolved 2021', lead='   ')
    p.blank()
    p.ln('2. The intended spouse')
    p.kv('Full name', f.n('fs'), lead='   ')
    p.kv('Date of birth', f.dob_s('long'), lead='   ')
    p.kv('Address', f.a(), ', ', f.pc(), lead='   ')
    p.kv('Telephone', f.ph('intl'), lead='   ')
    p.kv('Nationality / ID', 'British, passport ', f.i('passport', 'sp'), lead='   ')
    p.kv('Children', c.child.n('fs'), ' (born ', c.child.dob_s('ord'), ')', lead='   ')
    p.blank()
    p.ln('3. Proposed witnesses')
    p.row(['   (a)', w1.n('fs'), (' {}, {}', w1.a(), w1.pc())], [8, 24])
    p.row(['   (b)', w2.n('fs'), (' {}, {}', w2.a(), w2.pc())], [8, 24])
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('Marriage application: {} ({})', s.n('FS'), s.i('prison_number'))
    rule(p)
    p.ln('4. Chaplain\'s comments')
    p.para('I have met {} and {} together at two legal-visit slots. Both understand the '
           'process. Notice of marriage must be given in person at {} ({}, {}), which means '
           'an escorted ROTL for {} unless the superintendent registrar attends. Ms {} has '
           'already booked her own notice appointment by calling {}.', s.n('f'), f.n('fs'),
           reg.name, reg.a(), reg.pc(), s.n('s'), f.n('s'), reg.ph(), indent='   ')
    p.blank()
    p.ln('5. Victim and public protection check')
    p.para('The restraining order protects {} and {}. Neither is connected to the intended '
           'spouse. No objection from OMU.', c.victim.n('fs'), c.victim_child.n('fs'),
           indent='   ')
    p.blank()
    p.ln('6. Decision')
    p.para('Approved. Ceremony to be held in the establishment chapel; maximum 6 guests, '
           'each to be security checked. Guests list to be e-mailed by {} to {}.', f.n('f'),
           pr.em(1), indent='   ')
    p.blank()
    p.ln('   {}, {}      {}', gov.n('fs'), gov.role, gov.em())
    p.ln('   Chaplain: {}   tel {}', chap.n('fs'), chap.ph())
    return d


def legal_aid_common(c, partner, dependants, employer, extra_para):
    s = c.subj
    d = Doc('legal-aid-means-form')
    laa = B('laa')
    sol = B('hale')
    p = d.page()
    p.ln('CRIMINAL LEGAL AID: APPLICATION - MEANS (CRM15-style print, submitted via Crime Apply)')
    p.ln('MAAT ref: %d       Submitted by: %s' % (c.rng.randint(5000000, 5999999), sol.name))
    rule(p, '=')
    p.ln('1  ABOUT THE APPLICANT')
    p.kv('1a Surname', s.n('S'), w=30)
    p.kv('1b First name(s)', s.n('fm'), w=30)
    p.kv('1c Other names', s.n('alias1'), w=30)
    p.kv('1d Date of birth', s.dob_s('iso'), w=30)
    p.kv('1e NI number', s.i('ni_number', 'lower'), w=30)
    p.kv('1f Usual home address', s.a(), w=30)
    p.kv('1g Postcode', s.pc('nospace'), w=30)
    p.kv('1h Custody status', 'In custody, ', c.prison.name, ' (', s.i('prison_number'), ')', w=30)
    p.kv('1i Contact telephone', 'via solicitor; own mobile ', s.ph('intlc'), w=30)
    p.blank()
    p.ln('2  PARTNER (living together as a couple before custody)')
    if partner:
        p.kv('2a Name', partner.n('fs'), w=30)
        p.kv('2b Date of birth', partner.dob_s('iso'), w=30)
        p.kv('2c NI number', partner.i('ni_number'), w=30)
        p.kv('2d Employment', employer, w=30)
        p.kv('2e Partner bank account', 'sort code ', partner.sort(), ', a/c ', partner.acct(), w=30)
    else:
        p.ln('   None declared.')
    p.blank()
    p.ln('3  DEPENDANT CHILDREN')
    if dependants:
        for ch in dependants:
            p.row(['', ch.n('fs'), ('born {}', ch.dob_s('dmy'))], [5, 26])
    else:
        p.ln('   None.')
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('CRM15 means (continued)   Applicant: {}   DOB {}', s.n('S,F'), s.dob_s('dmy'))
    rule(p)
    p.ln('4  INCOME AND CAPITAL')
    p.kv('4a Benefits', 'None (in custody)', w=30)
    p.kv('4b Own bank account', s.sort('nodash'), ' / ', s.acct(), w=30)
    p.kv('4c IBAN (if known)', s.iban(), w=30)
    p.kv('4d Savings', '£0 - £250', w=30)
    p.kv('4e Property', 'Rented (tenancy ended on remand)', w=30)
    p.blank()
    p.para(*extra_para, width=86)
    p.blank()
    p.ln('5  DECLARATION')
    p.para('I, {}, declare that the information given is correct. I understand that the Legal '
           'Aid Agency may check it with HMRC and DWP.', s.n('full'), width=86)
    p.blank()
    p.ln('Submitted by {}, {}  {}  (fee earner ref HO/%s/%d)' % (
        ascii_fold(s.surname[:2]).upper(), c.rng.randint(100, 999)), sol.name, sol.line(),
        sol.em())
    p.ln('Legal Aid Agency enquiries: {}  {}', laa.ph(), laa.em())
    return d


def doc_legal_aid_b2(c):
    s = c.subj
    c.fiancee.idv('ni_number')
    c.give_bank(c.fiancee, card=None, iban=False)
    return legal_aid_common(
        c, c.fiancee, [c.child], 'Healthcare assistant, Elsmere Vale General Hospital (NHS)',
        ('Note from fee earner: Mr {} says he and {} lived at {} {} from 2022. The LAA asked for '
         'evidence of {}\'s income; payslips to follow from her. Her mobile for the LAA is {}.',
         s.n('s'), c.fiancee.n('fs'), s.a(), s.pc(), c.fiancee.n('f'), c.fiancee.ph('std')))


def doc_restraining_order(c):
    s, ct = c.subj, c.crown
    v, vc = c.victim, c.victim_child
    d = Doc('restraining-order')
    judge = c.staff('court', 'Judge', origin='scottish')
    clerk = c.staff('court', 'Court Clerk')
    ppu = B('police')
    p = d.page()
    p.ln('IN THE CROWN COURT AT KILBRANNOCK                       Case No: T2023%04d' %
         c.rng.randint(1000, 9999))
    p.ln('', ct.line())
    p.blank()
    centre(p, 'RESTRAINING ORDER ON CONVICTION')
    centre(p, 'Section 360 Sentencing Act 2020')
    p.blank()
    p.kv('Defendant', s.n('FULLCAPS'))
    p.kv('Date of birth', s.dob_s('dmy'))
    p.kv('Address', 'of no fixed abode; in custody at ', c.prison.name)
    p.kv('PNC', s.i('pnc'))
    p.blank()
    p.para('On 18 January 2024 the defendant was convicted of {}. For the purpose of protecting '
           'the persons named below from conduct which amounts to harassment or will cause a '
           'fear of violence, IT IS ORDERED THAT the defendant, {}, shall not:',
           c.offence, s.n('fmS'), width=84)
    p.blank()
    p.para('1. Contact, directly or indirectly, {} (born {}) or {} (born {}), save through '
           'solicitors in family proceedings.', v.n('fs'), v.dob_s('dmy'), vc.n('fs'),
           vc.dob_s('dmy'), width=84, indent='   ', hang='')
    p.para('2. Enter {}, {}, or the road known as {} in {}, or go within 100 metres of '
           'Calder Brook Primary School.', v.a(), v.pc(),
           Span(v.addr.split(', ')[-2] if v.addr.count(',') >= 2 else
                re.sub(r'^\d+ ', '', v.addr.split(',')[0]), 'address', TP),
           v.town, width=84, indent='   ', hang='')
    p.para('3. Publish any image of, or information about, {} or {} on any social media, '
           'including under the name "{}" or any other account.', v.n('s'), vc.n('f'),
           s.n('alias1'), width=84, indent='   ', hang='')
    p.para('4. Telephone {} or send any message to {}.', v.ph('std'), v.em(), width=84,
           indent='   ', hang='')
    p.blank()
    p.ln('This order has effect until further order.')
    p.blank()
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('Restraining order - R v {} (continued)', s.n('S'))
    rule(p)
    p.para('WARNING: If without reasonable excuse the defendant does anything which he is '
           'prohibited from doing by this order, he commits a criminal offence punishable by up '
           'to 5 years\' imprisonment.', width=84)
    p.blank()
    p.ln('His Honour Judge {}', judge.n('fs'))
    p.ln('Dated 18 January 2024')
    p.blank()
    p.ln('Copies to:')
    p.ln('  Defendant: {}, {}, {}', s.n('i.s'), s.i('prison_number'), c.prison.name)
    p.ln('  Protected person: {} c/o Witness Care, {} ({})', v.n('i.s'), ppu.name, ppu.em(0))
    p.ln('  Ravensdale Constabulary PPU: ', ppu.ph(0))
    p.ln('  Probation: {}, {}', c.com.n('fs'), c.com.em())
    p.ln('Sealed by {}, court clerk, {}', clerk.n('i.s'), ct.em(0))
    return d


def social_media_common(c, exhibit, officer, profile_rows, posts, subscriber):
    s = c.subj
    d = Doc('social-media-transcription')
    soc = B('social')
    p = d.page()
    p.ln('RAVENSDALE CONSTABULARY - TRANSCRIPT OF SOCIAL MEDIA SCREENSHOTS')
    p.ln('Exhibit ref: {}    Produced by: {} ({})', exhibit, officer.n('fs'), officer.em())
    rule(p)
    p.ln('A. PROFILE (screenshot 1)')
    for lab, val in profile_rows:
        p.kv(lab, val, lead='   ', w=26)
    p.blank()
    p.ln('B. POSTS AND MESSAGES (screenshots 2-9), transcribed verbatim incl. spelling')
    for stamp, who, tmpl, args in posts:
        p.para('[{}] {}: ' + tmpl, stamp, who, *args, width=90, indent='      ', hang='   ')
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('Exhibit {} (continued)', exhibit)
    rule(p)
    p.ln('C. SUBSCRIBER DATA returned by ' + soc.name)
    p.ln('   (request under s.8 DPA 2018, response from {} on 11/04/2024)', soc.em())
    for lab, val in subscriber:
        p.kv(lab, val, lead='   ', w=26)
    p.blank()
    p.para('I am satisfied that the screenshots provided by the complainant are a true copy of '
           'what was displayed. Statement to follow. {}', officer.n('i.s'), width=88)
    return d


def doc_social_b2(c):
    s, v = c.subj, c.victim
    off = c.staff('police', 'Digital Media Investigator')
    ip1, ip2 = s.ips
    prof = [
        ('Display name', Span('Danny Oak', 'name', SUB)),
        ('Handle', '@danny_oak_kq1'),
        ('Bio', ['"Kilbrannock born. Mum ', c.mother.n('f'), ' my queen"']),
        ('Contact shown', s.em()),
    ]
    posts = [
        ('02/12/2023 23:14', Span('Danny Oak', 'name', SUB),
         '"everyone knows {} lives on {} now. dont think a new postcode ({}) hides u"',
         (v.n('f'), Span(re.sub(r'^\d+ ', '', v.addr.split(',')[0]), 'address', TP), v.pc())),
        ('02/12/2023 23:20', Span('Char Lockwood', 'name', TP),
         '"{} stop this now. Im reporting it."', (s.n('nick'),)),
        ('03/12/2023 00:02', Span('Danny Oak', 'name', SUB),
         '"report what. ask {} whos his real dad lol. ring me {}"',
         (c.victim_child.n('f'), s.ph('compact'))),
        ('05/12/2023 18:45', Span('Ngozi O', 'name', TP),
         '"bro delete this, mum is crying. call me on {}"', (c.sister.ph('std'),)),
        ('05/12/2023 19:10', Span('Danny Oak', 'name', SUB),
         '"{} u know what she did. {} knows too"', (c.sister.n('f'), c.friend.n('fs'))),
    ]
    sub = [
        ('Account name', s.n('fs')),
        ('Registered e-mail', s.em()),
        ('Verified phone', s.ph('intl')),
        ('Date of birth given', s.dob_s('iso')),
        ('Last login IP', [Span(ip1, 'ip_address', SUB), ' (05/12/2023 19:09 UTC)']),
        ('Previous login IP', [Span(ip2, 'ip_address', SUB), ' (02/12/2023 23:11 UTC)']),
        ('Complainant account', ['@charlotte.l.kq, ', v.em(), ', ', v.ph('intl')]),
    ]
    return social_media_common(c, 'HR/4471/5', off, prof, posts, sub)


def vehicle_hire_common(c, addl, deposit_note, extra):
    s = c.subj
    hire = B('hire')
    d = Doc('vehicle-hire-agreement')
    agent = c.tp(origin='english', address=False, phone=None, email=False)
    p = d.page()
    p.ln(hire.name.upper() + '                     RENTAL AGREEMENT  No. SW%07d' %
         c.rng.randint(0, 9999999))
    p.ln('', hire.line(), '   Tel ', hire.ph(), '   ', hire.em())
    rule(p, '=')
    p.ln('HIRER')
    p.row(['Name', s.n('SF'), 'Date of birth', s.dob_s('oracle')], [16, 30, 15])
    p.row(['Address', s.a(), 'Postcode', s.pc()], [16, 30, 15])
    p.row(['Mobile', s.ph('std'), 'E-mail', s.em()], [16, 30, 15])
    p.row(['Licence no.', s.i('driving_licence'), 'DVLA code', 'Kp 7R 2X 9m'], [16, 30, 15])
    p.blank()
    p.ln('ADDITIONAL DRIVER')
    p.row(['Name', addl.n('SF'), 'Date of birth', addl.dob_s('oracle')], [16, 30, 15])
    p.row(['Address', addl.a(), 'Postcode', addl.pc()], [16, 30, 15])
    p.row(['Licence no.', addl.i('driving_licence'), 'Mobile', addl.ph('compact')], [16, 30, 15])
    p.blank()
    p.ln('VEHICLE   Fleet no. SW-2281  Ford Focus 1.0 Titanium, grey, 5dr   Fuel out: 8/8')
    p.ln('Out: 14/10/2021 09:12   Due: 17/10/2021 09:00   Mileage out: 31,402')
    p.blank()
    p.ln('PAYMENT')
    p.row(['Card (deposit £250)', s.card('dash'), 'Exp 09/24'], [22, 26])
    p.row(['Card holder', s.n('I.S')], [22])
    p.para(*deposit_note, width=86)
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('Rental agreement (continued)   Hirer: {}', s.n('fs'))
    rule(p)
    p.para(*extra, width=86)
    p.blank()
    p.para('Terms: The hirer is responsible for all penalty charge notices, speeding fines and '
           'tolls during the rental. Details of the hirer and any additional driver will be '
           'given to the police or a local authority on request.', width=86)
    p.blank()
    p.ln('Hirer signature: {}           Branch staff: {}', s.n('i.s'), agent.n('f'))
    return d


def doc_vehicle_hire_b2(c):
    s = c.subj
    c.friend.idv('driving_licence')
    return vehicle_hire_common(
        c, c.friend,
        ('Customer\'s own car left in branch car park during hire: {} (keeper {}).', s.v(),
         s.n('fs')),
        ('Return 17/10/2021 10:40, 412 miles. Vehicle returned by additional driver {}, not the '
         'hirer. Police enquiry received 22/10/2021 from {} (DC, {}) concerning the '
         'movements of the vehicle on 15/10/2021; copy of this agreement provided.',
         c.friend.n('fs'), Span(c.rng.choice(['Hollis', 'Birch']), 'name', STAFF),
         B('lpu').em()))


# ======================================================================================
# Bundle 3: Siobhán Marie Gallagher, HMP & YOI Brambleton
# ======================================================================================

def bundle3():
    c = Ctx(60003)
    s = c.person(SUB, origin='irish', gender='F', forename='Siobhán', middle='Marie',
                 surname='Gallagher', dob=D(1994, 7, 23), town='Hollinbrook', nick='Shiv')
    s.aliases = ['Siobhan Devlin', 'Shiv', 'Siobhan Gallagher']
    c.give_bank(s, card='mc', iban=False)
    for k in ('prison_number', 'pnc', 'cro', 'crn', 'ni_number', 'nhs_number'):
        s.idv(k)
    c.subj = s
    c.prison, c.probation = B('brambleton'), B('prob_hb')
    c.mother = c.tp(origin='irish', gender='F', forename='Gráinne', surname='Gallagher',
                    age=(52, 64), town='Hollinbrook', phone='land')
    c.mother.phones.append(phone_make(c.rng, 'mobile'))
    c.ex = c.tp(origin='irish', gender='M', forename='Declan', surname='Devlin', town='Fennick',
                age=(30, 40))
    c.kid1 = c.tp(origin='irish', gender='F', forename='Caoimhe', surname='Devlin',
                  dob=D(2016, 4, 11), address=False, phone=None, email=False)
    c.kid2 = c.tp(origin='irish', gender='M', forename='Rían', surname='Devlin',
                  dob=D(2019, 9, 30), address=False, phone=None, email=False)
    c.kid1.idv('nhs_number')
    c.kid2.idv('nhs_number')
    c.bf = c.tp(origin='english', gender='M', forename='Craig', surname='Marsden',
                town='Saltmarsh', nick='Maz', age=(28, 38))
    c.give_bank(c.bf, card='visa', iban=False)
    c.give_vrm(c.bf)
    c.friend = c.tp(origin='irish', gender='F', forename='Róisín', surname='Kavanagh',
                    address=False, email=False, phone=None)
    c.pom = c.staff('prison', 'Prison Offender Manager')
    c.com = c.staff('probation', 'Probation Practitioner')
    c.offence = 'possession with intent to supply a Class A drug'
    return c


def acct_common(c, ref, opened, attendees, people, review, caremap, obs):
    s, pr = c.subj, c.prison
    d = Doc('acct-case-review')
    p = d.page()
    p.ln('ACCT  -  CASE REVIEW RECORD                               OFFICIAL-SENSITIVE')
    p.ln(pr.name + '  |  ACCT ref ' + ref + '  |  Opened {}', opened)
    rule(p, '=')
    p.row(['Name', s.n('S,F'), 'Number', s.i('prison_number')], [8, 34, 8])
    p.row(['DOB', s.dob_s('dmy'), 'Cell', 'F-1-12 (constant watch cell available)'], [8, 34, 8])
    p.blank()
    p.ln('Review attendees')
    p.row(['Name', 'Role / attended as'], [28], sep=' | ', lead='  ')
    for who, role in attendees:
        p.row([who, role], [28], sep=' | ', lead='  ')
    p.blank()
    p.ln('Who is important to you and can we contact them?')
    for tmpl, args in people:
        p.para('- ' + tmpl, *args, width=88, indent='    ', hang='  ')
    p.blank()
    p.ln('Review discussion')
    for tmpl, args in review:
        p.para(tmpl, *args, width=88, indent='  ')
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('ACCT ' + ref + ' (continued)   {}   {}', s.n('SF'), s.i('prison_number', 'lower'))
    rule(p)
    p.ln('CAREMAP')
    p.row(['#', 'Issue', 'Action', 'Owner'], [3, 26, 40], lead='  ')
    for k, (issue, action, owner) in enumerate(caremap, 1):
        p.row([str(k), issue, action, owner], [3, 26, 40], lead='  ')
    p.blank()
    p.ln('Observations / conversations (hourly, 1 conversation per period)')
    for stamp, tmpl, args, who in obs:
        p.para(stamp + '  ' + tmpl + '  [{}]', *args, who, width=90, indent='             ',
               hang='')
    p.blank()
    p.ln('Next case review: 48 hours.  Safer Custody: {}  tel {}', pr.em(0), pr.ph(0))
    return d


def doc_acct_b3(c):
    s = c.subj
    cm = c.staff('prison', 'Supervising Officer, Case Manager', gender='F')
    mh = c.staff('nhs', 'Mental Health Nurse')
    kw = c.staff('prison', 'Key Worker')
    o2 = c.staff('prison', 'Officer')
    att = [(cm.n('fs'), 'Case manager (SO)'), (mh.n('fs'), 'Mental health in-reach'),
           (kw.n('fs'), 'Key worker'), (s.n('fs'), 'Prisoner'),
           (c.mother.n('fs'), 'Mother, by telephone ' + '(consent given)')]
    ppl = [
        ('My kids {} ({}) and {} ({}). They are with my mam.', (c.kid1.n('f'), 'age 8',
                                                                c.kid2.n('f'), 'age 4')),
        ('My mam, {}, {}. Yes you can ring her on {} or her mobile {}.',
         (c.mother.n('fs'), 'Hollinbrook', c.mother.ph('std'), c.mother.ph('std', 1))),
        ('{} on A-wing ({}). We look out for each other.', (c.friend.n('fs'),
                                                            c.friend.i('prison_number'))),
        ('NOT {} - do not tell him anything about me.', (c.ex.n('fs'),)),
    ]
    rev = [
        ('{} ("{}") said she opened up to staff after a letter from Hollinbrook Children\'s '
         'Services told her that {}, the children\'s father, has applied for contact and '
         'residence. She says {} "will take them off me for good" and that she "can\'t see '
         'the point". She denied a current plan. Old scars only; no new injuries seen by {}.',
         (s.n('fs'), s.n('nick'), c.ex.n('fs'), c.ex.n('s'), mh.n('s'))),
        ('Her mother {} joined by phone and agreed to bring the children to the family day on '
         'the 27th. {} was visibly relieved. {} will ask the MASH worker to update {} before '
         'the family court date. Mrs {} asked that staff do not give her address to {}.',
         (c.mother.n('f'), s.n('f'), kw.n('s'), s.n('s'), c.mother.n('s'), c.ex.n('f'))),
    ]
    cmap = [
        ('Contact with children', 'Family day 27/03; MASH update', kw.n('i.s')),
        ('Low mood / hopeless', 'MH in-reach review Tue; Listener', mh.n('i.s')),
        ('Debt worries', 'Referral to money advice (Westleigh)', cm.n('i.s')),
        ('Ex-partner contact', 'Block {} on PIN phone list', cm.n('i.s')),
    ]
    cmap[3] = ('Ex-partner contact', ('Block {} ({}) on PIN list', c.ex.n('s'),
                                      c.ex.ph('compact')), cm.n('i.s'))
    obs = [
        ('19/03 21:00', 'Watching TV, chatted about {} starting year 3.', (c.kid1.n('f'),),
         o2.n('i.s')),
        ('19/03 23:00', 'In bed, breathing observed.', (), o2.n('i.s')),
        ('20/03 07:40', '{} says she slept. Asked to ring her mam.', (s.n('f'),), kw.n('i.s')),
        ('20/03 13:15', 'Listener session with {}. Calmer.', (c.friend.n('i.s'),), cm.n('i.s')),
    ]
    return acct_common(c, 'BRA/2024/031', ['18/03/2024 by ', cm.n('i.s')], att, ppl, rev,
                       cmap, obs)


def doc_mash_referral(c):
    s, m = c.subj, B('mash')
    d = Doc('mash-referral')
    sw = c.staff('prison', 'Prison Social Worker', gender='F')
    school = 'Lowgate Primary School'
    c.bf.idv('pnc')
    c.ex.idv('pnc')
    p = d.page()
    p.ln(m.name.upper())
    p.ln('MULTI-AGENCY REFERRAL FORM (MARF)        Tel ', m.ph(0), '   Out of hours ', m.ph(1))
    p.ln('Secure e-mail: ', m.em(), '   ', m.a(), ', ', m.town, ' ', m.pc())
    rule(p, '=')
    p.ln('1. REFERRER')
    p.kv('Name / role', sw.n('fs'), ', Prison Social Worker, ', c.prison.name, lead='   ')
    p.kv('Contact', sw.ph(), ' / ', sw.em(), lead='   ')
    p.blank()
    p.ln('2. CHILDREN')
    W = [18, 12, 14, 22]
    p.row(['Name', 'DOB', 'NHS no.', 'School / setting'], W, lead='   ')
    p.row([c.kid1.n('fs'), c.kid1.dob_s('dmy'), c.kid1.i('nhs_number'), school], W, lead='   ')
    p.row([c.kid2.n('fs'), c.kid2.dob_s('dmy'), c.kid2.i('nhs_number'), 'Little Acorns Nursery'],
          W, lead='   ')
    p.kv('Current address', c.mother.a(), ' ', c.mother.pc(), ' (maternal grandmother)',
         lead='   ')
    p.blank()
    p.ln('3. ADULTS')
    p.row(['Mother', ('{} (prev. {}), DOB {}, in custody {} {}', s.n('fmS'), s.n('alias0'),
                      s.dob_s('dmy'), c.prison.name, s.i('prison_number'))], [12], lead='   ')
    p.row(['Father', ('{}, DOB {}, {} {}, mob {}', c.ex.n('FS'), c.ex.dob_s('dmy'), c.ex.a(),
                      c.ex.pc(), c.ex.ph('std'))], [12], lead='   ')
    p.row(['Carer', ('{}, DOB {}, tel {}', c.mother.n('FS'), c.mother.dob_s('dmy'),
                     c.mother.ph('std'))], [12], lead='   ')
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('MARF (continued) - children: {} / {}', c.kid1.n('S,F'), c.kid2.n('S,F'))
    rule(p)
    p.ln('4. CONCERNS')
    p.para('{} is due for release on 12/06/2024. She has told her POM that she intends to live '
           'with her boyfriend {} (known as "{}", DOB {}, PNC {}) at {} {}, and to have the '
           'children back. Police intelligence links {} to supply of Class A drugs in '
           'Saltmarsh. The children\'s father, {} (PNC {}), has applied for a child '
           'arrangements order; there is a history of domestic abuse by {} towards {}.',
           s.n('f'), c.bf.n('fs'), c.bf.n('nick'), c.bf.dob_s('dmy'), c.bf.i('pnc'), c.bf.a(),
           c.bf.pc(), c.bf.n('s'), c.ex.n('fs'), c.ex.i('pnc', 'short'), c.ex.n('s'), s.n('s'),
           width=88, indent='   ')
    p.blank()
    p.para('{} presents as a loving mother; the children are settled with their grandmother. '
           '{} has given consent for this referral and asked that the children\'s school is '
           'not told about her custody.', s.n('s'), s.n('f'), width=88, indent='   ')
    p.blank()
    p.ln('5. CONSENT:  Mother - YES (signed ', s.n('i.s'), ', 14/03/2024).  Father - not sought.')
    p.ln('6. MASH DECISION (MASH use):  Strategy discussion 18/03/2024 - Level 3, allocate to')
    p.ln('   Hollinbrook Children\'s Social Care, Team 2. Manager: {}.',
         Span(c.staff('la', 'Team Manager').name_text('fs'), 'name', STAFF))
    return d


def doc_gp_registration(c):
    s, gp = c.subj, B('gp')
    d = Doc('gp-registration-form')
    rec = c.staff('nhs', 'Practice Receptionist', phone=False)
    ap = B('ap')
    p = d.page()
    p.ln('{}  -  GMS1 FAMILY DOCTOR SERVICES REGISTRATION', gp.name.upper())
    p.ln('', gp.line(), '   ', gp.ph(), '   ', gp.em())
    rule(p)
    p.ln('Patient\'s details (please complete in BLOCK CAPITALS)')
    p.row(['Mr/Mrs/Miss/Ms', 'MS', 'Surname', s.n('S')], [16, 14, 18])
    p.row(['First names', ('{}', Span('SIOBHÁN MARIE', 'name', SUB)), 'Previous surname',
           Span('DEVLIN', 'name', SUB)], [16, 14, 18])
    p.row(['Date of birth', s.dob_s('dmy2'), 'NHS number', s.i('nhs_number', 'dash')],
          [16, 14, 18])
    p.row(['Town and country of birth', 'Letterkenny, Ireland'], [30])
    p.row(['Home address', ap.name + ', ', ap.a(), ' (temporary, on licence)'], [16])
    p.row(['Postcode', ap.pc()], [16])
    p.row(['Telephone', s.ph('std')], [16])
    p.row(['E-mail', s.em()], [16])
    p.blank()
    p.ln('Previous address in UK:  {} {}', s.a(), s.pc())
    p.ln('Name of previous doctor: Healthcare, {} (prison)', c.prison.name)
    p.blank()
    p.ln('Emergency contact / next of kin')
    p.row(['Name', c.mother.n('fs'), 'Relationship', 'Mother'], [10, 28, 14])
    p.row(['Phone', c.mother.ph('std', 1), 'Address', ('{} {}', c.mother.a(), c.mother.pc())],
          [10, 28, 14])
    p.blank()
    p.ln('Do you look after someone (carer)?   No  (children currently with grandmother)')
    p.blank()
    p.ln('Signature: {}   Date: 10/06/2024', s.n('i.s'))
    p.ln('Practice use: registered by {}. Summary care record imported.', rec.n('is'))
    return d


def doc_drug_rehab(c):
    s, t = c.subj, B('drugs')
    d = Doc('drug-service-referral')
    nurse = c.staff('nhs', 'Substance Misuse Nurse')
    kw = c.staff('drugs', 'Recovery Worker')
    dealer = c.tp(origin='english', gender='M', address=False, email=False)
    p = d.page()
    p.ln('CONTINUITY OF CARE - REFERRAL TO COMMUNITY SUBSTANCE MISUSE SERVICE')
    p.ln('From: Integrated Substance Misuse Team, ' + c.prison.name + '    To: ' + t.name)
    p.ln('To address: ', t.a(), ', ', t.town, ' ', t.pc(), '   Referrals: ', t.em(), '  ', t.ph(1))
    rule(p)
    p.para('Client: {} (also recorded as {})  DOB: {}  NHS: {}  Prison no: {}  NI: {}',
           s.n('FS'), s.n('alias2'), s.dob_s('short'), s.i('nhs_number'), s.i('prison_number'),
           s.i('ni_number', 'sp'), width=88)
    p.para('Release: 12/06/2024 to {}, {}, {}.  Mobile on release: {}', B('ap').name,
           B('ap').a(), B('ap').pc(), s.ph('intl'), width=88)
    p.blank()
    p.ln('Substance use history')
    p.para('Heroin (smoked, then injected) from 2017, crack cocaine since 2020. Entered custody '
           'on 38 mg methadone; now 30 mg daily, supervised. Last dose in prison will be on the '
           'morning of release; first community dose must be on 13/06/2024. {} has had two '
           'previous community detoxes with your service under her former name {}.',
           s.n('f'), s.n('alias0'), width=88)
    p.blank()
    p.ln('Risks and associates (shared with consent)')
    p.para('- Partner {} ("{}", mobile {}) is reported to supply. {} wants support to avoid '
           'him but has said she may stay with him. Car he uses: {}.', c.bf.n('fs'),
           c.bf.n('nick'), c.bf.ph('std'), s.n('f'), c.bf.v(), width=88, indent='  ', hang='')
    p.para('- A man she names as {} ({}) came to the Lantern Centre in 2022 and threatened her '
           'over a drug debt.', dealer.n('fs'), dealer.ph('compact'), width=88, indent='  ', hang='')
    p.para('- Overdose risk on release: naloxone kit given, trained 05/06/2024.', width=88,
           indent='  ', hang='')
    p.blank()
    p.ln('Referrer: {}, {}, tel {} / {}', nurse.n('fs'), nurse.role, nurse.ph(), nurse.em())
    p.ln('Accepted by: {} ({}) - first appointment 13/06/2024 09:30.', kw.n('fs'), kw.em())
    return d


def debt_letter_common(c, adviser, ref, paras):
    s, debt = c.subj, B('debt')
    d = Doc('debt-advice-letter')
    p = d.page()
    p.ln(debt.name)
    p.ln('', debt.line(), '   Freephone ', debt.ph(0), '   ', debt.em())
    p.blank()
    p.ln('PRIVATE AND CONFIDENTIAL')
    p.ln('{}  {}', s.n('fmS'), s.i('prison_number'))
    p.ln(c.prison.name)
    p.ln('', c.prison.line())
    p.blank()
    p.ln('Our ref: ' + ref + '                                      2 April 2024')
    p.blank()
    p.ln('Dear {},', s.n('f'))
    p.blank()
    p.ln('Your debts - our advice after our meeting on 26 March')
    p.blank()
    for k, para in enumerate(paras):
        if para is None:
            p.ln('Page 1 of 2')
            p = d.page()
            p.ln('Ref ' + ref + '  {}  page 2', s.n('s,f'))
            p.blank()
            continue
        p.para(*para, width=86)
        p.blank()
    p.ln('Yours sincerely')
    p.blank()
    p.ln('{}', adviser.n('fs'))
    p.ln('Debt Caseworker  |  direct line {}  |  {}', adviser.ph(), adviser.em())
    return d


def doc_debt_b3(c):
    s = c.subj
    adv = c.staff('charity', 'Debt Caseworker')
    c.give_bank(c.mother, card=None, iban=False)
    paras = [
        ('Thank you for meeting me at {}. I have now had replies from most of your creditors. '
         'So that we are talking about the same debts, these are the ones we found in your name '
         '({}, date of birth {}), including the older ones in the name {}.', c.prison.name,
         s.n('fs'), s.dob_s('long'), s.n('alias0')),
        ('1. Hollinbrook Council - council tax for {} {}, £1,184.20. You were in custody from '
         '9 November, so I have asked for a reduction for that period.', s.a(), s.pc()),
        ('2. Catalogue credit card, card number {} - £612.00. This is in your sole '
         'name. The creditor has agreed to hold the account for 60 days.', s.card()),
        ('3. Your current account (sort code {}, account {}) is £240 overdrawn. The bank '
         'has frozen it; I have asked them not to add charges.', s.sort(), s.acct()),
        None,
        ('4. The payments of £40 a month that were going to the catalogue from your mother\'s '
         'account (sort code {}, account {}) should stop now. Mrs {} is not liable for this '
         'debt and should not be paying it.', c.mother.sort(), c.mother.acct(),
         c.mother.n('s')),
        ('5. The loan that {} says is "joint" is in his sole name. You are not liable for it '
         'and you do not need to reply to letters about it sent to his address at {}.',
         c.ex.n('fs'), c.ex.a()),
        ('Next steps: I will write to you again when the council replies. If you are moved or '
         'released, please phone our freephone number. Your mother can call on your behalf as '
         'you have given consent (we have her number as {}).', c.mother.ph('std')),
    ]
    return debt_letter_common(c, adv, 'WMAC/%d/SG' % c.rng.randint(10000, 99999), paras)


def hotel_common(c, booker, guests, card_owner, vrm_owner, notes, dates):
    hot = B('hotel')
    d = Doc('hotel-booking-printout')
    p = d.page()
    p.ln(hot.name + ' - Booking confirmation (printed from property system)')
    p.ln('', hot.line(), '  |  ', hot.ph(), '  |  ', hot.em())
    rule(p)
    p.ln('Confirmation no: HL-%06d      Status: CHECKED OUT      Source: hotel website' %
         c.rng.randint(0, 999999))
    p.blank()
    p.ln('BOOKER')
    p.kv('Name', booker.n('fs'), lead='  ', w=20)
    p.kv('Address', booker.a(), ', ', booker.pc(), lead='  ', w=20)
    p.kv('Phone', booker.ph('intl'), lead='  ', w=20)
    p.kv('E-mail', booker.em(), lead='  ', w=20)
    p.kv('Booking IP', Span(ip_make(c.rng), 'ip_address', booker.party), lead='  ', w=20)
    p.blank()
    p.ln('STAY')
    p.kv('Arrive / depart', dates, lead='  ', w=20)
    p.kv('Room', 'Double, room 14, 2 adults', lead='  ', w=20)
    p.kv('Guest names', guests, lead='  ', w=20)
    p.kv('Car parking', 'Space 6, registration ', vrm_owner.v(), lead='  ', w=20)
    p.blank()
    p.ln('PAYMENT')
    p.kv('Card', card_owner.card('sp'), '  exp 11/25', lead='  ', w=20)
    p.kv('Name on card', card_owner.n('FULLCAPS'), lead='  ', w=20)
    p.kv('Total', '£238.00 (2 nights, incl. breakfast)', lead='  ', w=20)
    p.blank()
    p.ln('NOTES')
    for n in notes:
        p.para(*n, width=88, indent='  ')
    return d


def doc_hotel_b3(c):
    s, bf = c.subj, c.bf
    notes = [
        ('Guest {} asked at check-in for the bill to be split. Second guest gave her name as '
         '"{}" and her mobile as {}.', bf.n('f'), s.n('alias0'), s.ph('std')),
        ('Police ({}) requested a copy of this booking on 20/11/2023 under Schedule 2 DPA '
         '2018; supplied by the duty manager. Request referenced {}, DOB {}.',
         Span('calderholme.lpu@ravensdale.police.example.gov.uk', 'email', PUB), s.n('fs'),
         s.dob_s('dmy')),
    ]
    B('lpu')
    return hotel_common(c, bf, [bf.n('fs'), ' and ', s.n('fs')], bf, bf, notes,
                        '06/11/2023 - 08/11/2023')


def ocr_noise(text, rng, rate=0.08):
    """Mangle plain words the way OCR of handwriting does (only unlabelled text)."""
    out = []
    for w in re.split(r'(\s+)', text):
        if w.isspace() or not w or rng.random() > rate * 3:
            out.append(w)
            continue
        k = rng.randint(0, 4)
        if k == 0:
            w = w.replace('o', '0').replace('O', '0')
        elif k == 1:
            w = w.replace('l', '1').replace('i', 'l')
        elif k == 2 and len(w) > 3:
            j = rng.randint(1, len(w) - 1)
            w = w[:j] + ' ' + w[j:]
        elif k == 3:
            w = w.replace('m', 'rn').replace('S', '5')
        else:
            w = w.replace('e', 'c').replace('h', 'b')
        out.append(w)
    return ''.join(out)


def ocr_common(c, title, lines):
    d = Doc('ocr-handwritten-form')
    r = random.Random(c.rng.randint(0, 10 ** 9))
    p = d.page()
    for item in lines:
        if item is None:
            p = d.page()
            continue
        tmpl, args = item
        parts = expand(tmpl, args)
        for x in flat(parts):
            p.add(x if isinstance(x, Span) else ocr_noise(x, r))
        p.add('\n')
    return d


def doc_ocr_b3(c):
    s = c.subj
    off = c.staff('prison', 'Wing Officer')
    L = [
        ('HMP & Y0I BRAMBLETON      GENERAL APPLICATI0N (APP 1)      [scan p.1]', ()),
        ('~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', ()),
        ('Name:  {}        N0:  {}      Cell: F 1 12', (Span('S1obhan GALLAGHER', 'name', SUB),
                                                      s.i('prison_number', 'sp'))),
        ('D.O.B  {}', (Span(s.dob.strftime('%d/%m/%y').replace('/', ' / '), 'date_of_birth',
                            SUB),)),
        ('App is t0:  0MU  /  Safer Custody', ()),
        ('', ()),
        ('Please can I change my next of kin. Take off {} my ex, he is NOT to be', (c.ex.n('fs'),)),
        ('given any info about me. His number {} sh0uld be taken off', (c.ex.ph('compact'),)),
        ('my phone list to0.', ()),
        ('New next of kin is my Mam  {}  at {}', (Span('Grainne Gallagher', 'name', TP),
                                                  c.mother.a())),
        ('{}  ph0ne {}', (c.mother.pc('nospace'), c.mother.ph('std'))),
        ('Also please add my friend {} (she is on A wing) as a', (c.friend.n('fs'),)),
        ('c0ntact for when I get out, her mobile is {}', (Span(phone_make(c.rng, 'mobile'),
                                                               'phone', TP),)),
        ('Thank you   {}  ( {} )', (Span('Shiv', 'name', SUB), Span('S. Gallagher', 'name', SUB))),
        (None),
        ('REPLY / ACTI0N  (staff use)                             [scan p.2]', ()),
        ('~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', ()),
        ('Rec\'d 21/03/24 by {}. NoK updated on NOMIS to {}.', (off.n('is'), c.mother.n('fs'))),
        ('{} removed from PIN list. Contact with {} not approved -', (c.ex.n('s'),
                                                                     c.friend.n('s'))),
        ('prisoner-to-prisoner contact on release needs P0M agreement ({}).', (c.pom.n('fs'),)),
        ('Copy to {} {}', (s.n('s'), s.i('prison_number'))),
    ]
    return ocr_common(c, 'app1', L)


# ======================================================================================
# Bundle 4: Mehmet Ali Yılmaz, HMP Ravensholt / Fenwick Lodge IRC
# ======================================================================================

def bundle4():
    c = Ctx(60004)
    s = c.person(SUB, origin='turkish', gender='M', forename='Mehmet', middle='Ali',
                 surname='Yılmaz', dob=D(1985, 1, 5), town='Ravensholt', nick='Memo')
    s.aliases = ['Michael Yilmaz', 'Memo', 'Mehmet Yilmaz']
    c.give_bank(s, card=None)
    c.give_vrm(s)
    for k in ('prison_number', 'pnc', 'cro', 'ni_number', 'nhs_number', 'driving_licence'):
        s.idv(k)
    s.ids['passport'] = unique(lambda: 'U%08d' % c.rng.randint(10000000, 99999999))
    s.horef = 'Y%07d' % c.rng.randint(1000000, 9999999)
    c.subj = s
    c.prison, c.court, c.irc, c.ho = B('ravensholt'), B('elsmere_cc'), B('fenwick'), B('ho')
    c.wife = c.tp(origin='turkish', gender='F', forename='Gülşen', surname='Yılmaz', age=(33, 40),
                  town='Ravensholt')
    c.wife.addr, c.wife.postcode = s.addr, s.postcode      # lived together before custody
    c.son = c.tp(origin='turkish', gender='M', forename='Emir', surname='Yılmaz',
                 dob=D(2013, 8, 19), address=False, phone=None, email=False)
    c.brother = c.tp(origin='turkish', gender='M', forename='Burak', surname='Yılmaz',
                     age=(30, 45), address='Lale Sokak No:7 D:3, Bornova, İzmir', town='Ravensholt')
    c.brother.postcode = None
    c.codef = c.tp(origin='turkish', gender='M', forename='Serkan', surname='Çelik', age=(28, 45))
    c.lang = 'Turkish'
    c.pom = c.staff('prison', 'Prison Offender Manager')
    c.offence = 'conspiracy to supply a Class B drug'
    return c


def doc_immigration_notice(c):
    s, ho = c.subj, c.ho
    d = Doc('immigration-detention-notice')
    cw = c.staff('ho', 'Caseworker, FNORC')
    sup = c.staff('ho', 'Higher Executive Officer')
    p = d.page()
    p.ln('HOME OFFICE')
    p.ln(ho.name)
    p.ln('', ho.line(), '   ', ho.ph(), '   ', ho.em())
    p.blank()
    p.ln('{}', s.n('FULLCAPS'))
    p.ln('Prison number {}, ' + c.prison.name, s.i('prison_number'))
    p.blank()
    p.row(['Home Office ref', s.horef, 'Date', '14 August 2024'], [18, 20, 6])
    p.row(['Date of birth', s.dob_s('dmy'), 'Nationality', 'Turkish'], [18, 20, 6])
    p.row(['Passport', ('{} (held by HO)', s.i('passport'))], [18])
    p.blank()
    centre(p, 'NOTICE OF DECISION TO MAKE A DEPORTATION ORDER')
    centre(p, 'and REASONS FOR DETENTION (IS.91R)')
    p.blank()
    p.para('Dear Mr {},', s.n('s'), width=86)
    p.blank()
    p.para('You were convicted at {} on 2 February 2023 of {} and sentenced to 4 years\' '
           'imprisonment. Because your sentence is at least 12 months, the Secretary of State '
           'must make a deportation order under section 32 UK Borders Act 2007 unless an '
           'exception applies.', c.court.name, c.offence, width=86)
    p.blank()
    p.para('You have said that you have a family life in the United Kingdom with your wife, '
           '{} (born {}), and your son, {} (born {}), who live at {} {}. You have also said '
           'that your brother {} in Turkey has no room for you. These representations have '
           'been considered but it is not accepted that deportation would be unduly harsh '
           'for {} or {}.', c.wife.n('fs'), c.wife.dob_s('long'), c.son.n('fs'),
           c.son.dob_s('long'), s.a(), s.pc(), c.brother.n('fs'), c.wife.n('f'), c.son.n('f'),
           width=86)
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('HO ref {}  -  {}  -  page 2', s.horef, s.n('s,f'))
    p.blank()
    p.para('On the expiry of your custodial term you will be detained under paragraph 2(3) of '
           'Schedule 3 to the Immigration Act 1971 and transferred to {}, {}, {} {}. You have '
           'used the name {} with the police (PNC {}) and have previously failed to report. '
           'This is a reason to believe that you would not comply with conditions.', c.irc.name,
           c.irc.a(), c.irc.town, c.irc.pc(), s.n('alias0'), s.i('pnc', 'short'), width=86)
    p.blank()
    p.para('You may appeal to the First-tier Tribunal within 14 days. You can get free advice; '
           'the Detention Duty Advice scheme can be booked through the IRC on {}.',
           c.irc.ph(), width=86)
    p.blank()
    p.ln('{}', cw.n('fs'))
    p.ln('Caseworker, on behalf of the Secretary of State    {}', cw.em())
    p.ln('Authorised: {} (HEO)', sup.n('i.s'))
    p.blank()
    p.ln('cc: {} (POM), {}; legal representative; {} (wife) at the address above', c.pom.n('fs'),
         c.prison.em(1), c.wife.n('i.s'))
    return d


def doc_per(c):
    s = c.subj
    d = Doc('person-escort-record')
    e1 = c.staff('prison', 'Escort Custody Officer', origin='english')
    e2 = c.staff('prison', 'Escort Custody Officer', origin='somali')
    rec = c.staff('prison', 'Reception Officer', origin='welsh')
    irc_o = c.staff('ho', 'Detention Custody Officer', origin='portuguese')
    p = d.page()
    p.ln('PERSON ESCORT RECORD (PER)                             Serial PER-%07d' %
         c.rng.randint(0, 9999999))
    p.ln('From: {}      To: {}', c.prison.name, c.irc.name)
    rule(p, '=')
    p.ln('1. PERSON DETAILS')
    p.row(['Surname', s.n('S'), 'Forenames', s.n('fm')], [14, 22, 11], lead='   ')
    p.row(['DOB', s.dob_s('oracle'), 'Gender', 'M'], [14, 22, 11], lead='   ')
    p.row(['Aliases', ('{}; {}', s.n('alias0'), s.n('alias2')), '', ''], [14, 22, 11], lead='   ')
    p.row(['Prison no.', s.i('prison_number'), 'PNC', s.i('pnc')], [14, 22, 11], lead='   ')
    p.row(['CRO', s.i('cro'), 'HO ref', s.horef], [14, 22, 11], lead='   ')
    p.row(['Nationality', 'Turkish', 'Language', 'Turkish (interpreter via phone)'], [14, 22, 11],
          lead='   ')
    p.blank()
    p.ln('2. RISK INDICATORS  [X] escape (2019 failure to report)  [ ] violence  [X] self-harm')
    p.para('Self-harm: open ACCT closed 03/08/2024. Upset about separation from wife {} and son '
           '{}. Wife told by OMU of the transfer date; she must not be told the time of '
           'the move.', c.wife.n('f'), c.son.n('f'), width=88, indent='   ')
    p.blank()
    p.ln('3. HEALTH   NHS {}   Medication: sertraline 50 mg (3 days supply in sealed bag)',
         s.i('nhs_number'))
    p.blank()
    p.ln('4. PROPERTY  Sealed bags M0051773, M0051774 (cash £23.60). Passport NOT with')
    p.ln('   prisoner: held by Home Office ({}).', c.ho.em())
    p.blank()
    p.ln('5. NEXT OF KIN  {}, wife, {}', c.wife.n('SF'), c.wife.ph('std'))
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('PER (continued)  {}  {}  DOB {}', s.n('S,F'), s.i('prison_number'), s.dob_s('dmy'))
    rule(p)
    p.ln('6. MOVEMENT LOG')
    W = [7, 56]
    p.row(['Time', 'Event', 'By'], W, lead='   ')
    p.row(['06:50', 'Handed to escort at reception, ID checked vs photo', rec.n('is')], W, lead='   ')
    p.row(['07:05', 'Searched (rub down). Nothing found.', e1.n('is')], W, lead='   ')
    p.row(['07:12', 'Departed, cellular vehicle, cubicle 3', e1.n('is')], W, lead='   ')
    p.row(['08:40', ('Comfort stop refused. {} asked to phone {}', s.n('f'), c.wife.n('f')),
           e2.n('is')], W, lead='   ')
    p.row(['09:55', ('Arrived {}', c.irc.name), e2.n('is')], W, lead='   ')
    p.row(['10:20', 'Accepted into IRC custody', irc_o.n('is')], W, lead='   ')
    p.blank()
    p.ln('Escort crew: {} / {}   Contractor control room: {}', e1.n('fs'), e2.n('fs'),
         B('pecs').ph())
    p.ln('Receiving officer: {}  Tel {}', irc_o.n('fs'), c.irc.ph())
    return d


def doc_interpreter_b4(c):
    w = c.tp(origin='turkish', gender='F', town='Ravensholt')
    return interpreter_common(c, w, 'Kurdish (Kurmanji)', c.court,
                              ['Trial, Court 1, 3 days (co-accused ', c.codef.n('fs'),
                               ' is on the same indictment)'],
                              'turkish')


def doc_production_order(c):
    s, ct = c.subj, c.court
    d = Doc('production-order')
    judge = c.staff('court', 'Recorder', origin='english')
    lo = c.staff('court', 'Listing Officer')
    c.codef.idv('pnc')
    p = d.page()
    p.ln('ELSMERE VALE COMBINED COURT             Case number T2024%04d' % c.rng.randint(1000, 9999))
    p.ln('', ct.line(), '   DX 700220 Elsmere Vale')
    p.blank()
    centre(p, 'ORDER FOR THE PRODUCTION OF A PERSON IN CUSTODY')
    centre(p, '(section 29 Criminal Procedure (Attendance of Witnesses) Act 1965 / Crim PR 17)')
    p.blank()
    p.ln('TO: The Governor, ' + c.prison.name + ', ', c.prison.line())
    p.blank()
    p.para('WHEREAS {} (date of birth {}, prison number {}), now detained in your custody, is '
           'required to give evidence in the case of R v {} (born {}, PNC {}), listed for trial '
           'on 23 September 2024 at 10:00,', s.n('fmS'), s.dob_s('ord'), s.i('prison_number'),
           c.codef.n('fmS'), c.codef.dob_s('ord'), c.codef.i('pnc'), width=86)
    p.blank()
    p.para('YOU ARE ORDERED to produce the said {} before the court at {} {} at 09:30 on that '
           'day and on each following day until released by the court, and afterwards to return '
           'him to your custody.', s.n('S'), ct.a(), ct.pc(), width=86)
    p.blank()
    p.para('The witness has been assessed as vulnerable; a Turkish interpreter is booked. The '
           'witness must not be placed in a cell with, or transported with, the defendant {} '
           'or his associate {}.', c.codef.n('s'),
           c.tp(origin='turkish', gender='M', address=False, phone=None, email=False).n('fs'),
           width=86)
    p.blank()
    p.ln('Recorder {}                        Dated 2 September 2024', judge.n('fs'))
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('Production order - witness {} ({})', s.n('I.S'), s.i('prison_number'))
    rule(p)
    p.ln('Escort requested from: PECS contractor, ', B('pecs').ph(), ' / ', B('pecs').em())
    p.ln('Court cells: {}   Listing: {} ({})', ct.ph(), lo.n('fs'), ct.em())
    p.ln('Witness Care contact for family enquiries: ', B('police').ph(1))
    p.blank()
    p.para('Note for the prison: the witness\'s wife, {}, has asked to attend the public gallery. '
           'She should not be seated near {}\'s family. Her mobile, for the Witness Service only: {}.',
           c.wife.n('fs'), c.codef.n('s'), c.wife.ph('std'), width=86)
    return d


def doc_insurance_claim(c):
    s, ins, w = c.subj, B('insurer'), c.wife
    d = Doc('insurance-claim-form')
    c.give_vrm(w)
    c.give_bank(w, card='mc', iban=False)
    other = c.tp(origin='scottish', gender='F', town='Ravensholt')
    c.give_vrm(other)
    wit = c.tp(origin='bangladeshi', gender='M', town='Ravensholt', email=False)
    handler = c.tp(origin='english', address=False, phone=None, email=False)
    p = d.page()
    p.ln(ins.name.upper() + '  -  MOTOR CLAIM NOTIFICATION')
    p.ln('Claims line ', ins.ph(), '  |  ', ins.em(), '  |  ', ins.line())
    rule(p, '=')
    p.ln('Policy no. NMI-%08d     Claim no. CL%07d' % (c.rng.randint(0, 99999999),
                                                      c.rng.randint(0, 9999999)))
    p.blank()
    p.ln('A  POLICYHOLDER')
    p.kv('Name', w.n('fs'), lead='  ')
    p.kv('Address', w.a(), ' ', w.pc(), lead='  ')
    p.kv('Phone / e-mail', w.ph('std'), ' / ', w.em(), lead='  ')
    p.kv('Insured vehicle', w.v(), ' (Vauxhall Astra, keeper: policyholder)', lead='  ')
    p.blank()
    p.ln('B  DRIVER AT TIME OF ACCIDENT (named driver)')
    p.kv('Name', s.n('fs'), ' (husband)', lead='  ')
    p.kv('Date of birth', s.dob_s('dmy'), lead='  ')
    p.kv('Licence number', s.i('driving_licence', 'sp'), lead='  ')
    p.kv('Occupation', 'Kitchen porter', lead='  ')
    p.blank()
    p.ln('C  OTHER PARTY')
    p.kv('Driver', other.n('fs'), lead='  ')
    p.kv('Address', other.a(), ' ', other.pc(), lead='  ')
    p.kv('Phone', other.ph('compact'), lead='  ')
    p.kv('Vehicle', other.v(), ' (Kia Picanto)', lead='  ')
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('Claim form (continued)  Policyholder: {}', w.n('S,F'))
    rule(p)
    p.ln('D  WHAT HAPPENED')
    p.para('On 12/03/2022 at about 17:40 my husband {} was driving our car out of the Kiln Road '
           'retail park when the other car reversed out of a bay into our front wing. {} got '
           'out and swapped details with Mrs {}. A man who saw it, {}, gave his number {}. '
           'Police not called. {} does not read English well so I have filled this in for '
           'him.', s.n('f'), s.n('nick'), other.n('s'), wit.n('fs'), wit.ph('std'), s.n('f'), width=86)
    p.blank()
    p.ln('E  EXCESS PAYMENT')
    p.kv('Card', w.card(), lead='  ')
    p.kv('Card holder', w.n('FULLCAPS'), lead='  ')
    p.blank()
    p.ln('Signed: {}  (policyholder)   Also read to and agreed by: {}', w.n('i.s'), s.n('i.s'))
    p.ln('Handler: {}   Note 02/06/2023: named driver {} now in custody; letters to', handler.n('fs'),
         s.n('alias0'))
    p.ln('  policyholder only. Third party insurer (Kia) ref TPI/55/210 accepted liability.')
    return d


def doc_landlord_ref(c):
    s, w = c.subj, c.wife
    d = Doc('landlord-reference')
    ll = c.tp(origin='english', gender='M', town='Ravensholt')
    guar = c.tp(origin='turkish', gender='M', town='Ravensholt')
    newflat = address_make(c.rng, 'Ravensholt', 'flat')
    newpc = postcode_make(c.rng, 'Ravensholt')
    agent_m = c.tp(origin='english', gender='F', address=False, phone=None)
    p = d.page()
    p.ln('{}', ll.n('fs'))
    p.ln('', ll.a(), '  ', ll.pc())
    p.ln('', ll.ph('std'), '  |  ', ll.em())
    p.blank()
    p.ln('To: {}, Lettings, Kestrel Homes ({})', agent_m.n('fs'), agent_m.em())
    p.ln('                                                               19 May 2024')
    p.blank()
    p.ln('TENANT REFERENCE: Mrs {} - application for {} {}', w.n('fs'),
         Span(newflat, 'address', TP), Span(newpc, 'postcode', TP))
    p.blank()
    p.para('I confirm that Mrs {} and her husband {} were joint tenants of my property at {} {} '
           'from 1 June 2016 until 31 January 2024. Rent was £725 per calendar month, paid by '
           'standing order from Mr {}\'s account (sort code {}, account {}) until his '
           'arrest, and after that by Mrs {} herself.', w.n('s'), s.n('fs'), s.a(), s.pc(),
           s.n('s'), s.sort(), s.acct(), w.n('s'), width=86)
    p.blank()
    p.para('There were arrears of £1,450 in 2023 after Mr {} ("{}", as he is known locally) went '
           'to prison. Mrs {} cleared these in full by March 2024. The property was left clean '
           'and the deposit returned. I would rent to her again. I am aware that {} is likely '
           'to be deported and I understand he will not be living at the new flat.', s.n('s'),
           s.n('nick'), w.n('s'), s.n('f'), width=86)
    p.blank()
    p.para('Her proposed guarantor, {} of {} {} (tel {}), is known to me and is a '
           'homeowner. Her son {} attends the school near the new flat.', guar.n('fs'), guar.a(),
           guar.pc(), guar.ph('std'), c.son.n('f'), width=86)
    p.blank()
    p.ln('Yours sincerely,')
    p.ln('{} (landlord)', ll.n('is'))
    return d


def doc_private_cash_b4(c):
    s, w = c.subj, c.wife
    if 'sort' not in w.bank:
        c.give_bank(w, card='mc', iban=False)
    fr = c.tp(origin='bangladeshi', gender='M', town='Ravensholt')
    c.give_bank(fr, card='visa', iban=False)
    unk = c.tp(origin='english', gender='M', town='Fennick')
    tr = iban_make('TR', '00062' + '0' + '%016d' % c.rng.randint(10 ** 14, 10 ** 15))
    USED.add(tr)
    ipf = ip_make(c.rng)
    senders = [
        (w.n('fs'), '06/06/2024', 'Bank trf', '£40.00', 'Credited'),
        (Span(c.brother.name_text('FS'), 'name', TP), '12/06/2024', 'Intl trf', '£75.00',
         'Held - sec'),
        (fr.n('fs'), '20/06/2024', 'Online card', '£10.00', 'Credited'),
        (unk.n('fs'), '27/06/2024', 'Postal ord', '£250.00', 'Returned'),
        (s.n('fs'), '01/07/2024', 'Own acct', '£120.00', 'Credited'),
    ]
    d, p, fin, sec = private_cash_common(c, senders, 'Money received, June-July 2024')
    p.ln('SENDER DETAILS')
    p.para('1. {}: s/c {} a/c {} (wife; approved contact).', w.n('SF'), w.sort(), w.acct(),
           indent='   ')
    p.para('2. SWIFT transfer from {} in Turkey, IBAN {}, address given {}. Not an approved '
           'contact; held. {} says this is his brother and asked for it to be released.',
           c.brother.n('fs'), Span(iban_fmt(tr), 'iban', TP), c.brother.a(), s.n('s'),
           indent='   ')
    p.para('3. Online payment by {} ({}, {}), card {}, from IP {}.', fr.n('fs'), fr.em(),
           fr.ph('std'), fr.card('nospace'), Span(ipf, 'ip_address', TP), indent='   ')
    p.para('4. Postal order from {}, {} {}. Sender not known to prisoner. Returned; SIR '
           'raised by {}.', unk.n('fs'), unk.a(), unk.pc(), sec.n('i.s'), indent='   ')
    p.para('5. From prisoner\'s own account {} (IBAN supplied by {}\'s bank on the transfer).',
           s.iban('sp'), s.n('i.s'), indent='   ')
    p.blank()
    p.ln('Finance: {} ({})   Establishment: {}', fin.n('fs'), fin.ph(), c.prison.ph())
    return d


# ======================================================================================
# Bundle 5: Gareth Rhys Pritchard, released on licence (Hollinbrook)
# ======================================================================================

def bundle5():
    c = Ctx(60005)
    s = c.person(SUB, origin='welsh', gender='M', forename='Gareth', middle='Rhys',
                 surname='Pritchard', dob=D(1979, 9, 30), town='Hollinbrook', nick='Gaz')
    s.aliases = ['Gary Pritchard', 'Rhys Prichard', 'Gaz']
    s.emails.append('gaz.pritchard79@example.com')
    USED.add(s.emails[-1])
    c.give_bank(s, card='visa')
    c.give_vrm(s)
    for k in ('prison_number', 'pnc', 'cro', 'crn', 'ni_number', 'nhs_number', 'passport',
              'driving_licence'):
        s.idv(k)
    s.ip = ip_make(c.rng)
    c.subj = s
    c.prison, c.court, c.probation, c.ap, c.police = (B('greywater'), B('elsmere_cc'),
                                                      B('prob_hb'), B('ap'), B('police'))
    c.partner = c.tp(origin='welsh', gender='F', forename='Cerys', surname='Llewellyn',
                     age=(35, 44), town='Hollinbrook')
    c.pchild = c.tp(origin='welsh', gender='M', forename='Macsen', surname='Llewellyn',
                    dob=D(2012, 5, 3), address=False, phone=None, email=False)
    c.sister = c.tp(origin='welsh', gender='F', forename='Nia', surname='Pritchard',
                    age=(38, 50), town='Llanfedw')
    c.exwife = c.tp(origin='welsh', gender='F', forename='Bethan', surname='Vaughan',
                    age=(40, 46), town='Llanfedw')
    c.daughter = c.tp(origin='welsh', gender='F', forename='Lowri', surname='Pritchard',
                      dob=D(2008, 11, 21), address=False, phone=None, email=False)
    c.victim = c.tp(origin='english', gender='F', forename='Leanne', surname='Bradshaw',
                    age=(25, 35), town='Hollinbrook')
    c.com = c.staff('probation', 'Probation Practitioner', origin='indian')
    c.pom = c.staff('prison', 'Prison Offender Manager')
    c.offence = 'voyeurism (Sexual Offences Act 2003, s.67)'
    return c


def doc_son_record(c):
    s, lpu = c.subj, B('lpu')
    d = Doc('sex-offender-notification')
    mo = c.staff('police', 'DC, Management of Sexual Offenders and Violent Offenders')
    p = d.page()
    p.ln('RAVENSDALE CONSTABULARY - NOTIFICATION UNDER PART 2 SEXUAL OFFENCES ACT 2003')
    p.ln('Initial notification (s.83)   Attended in person at: ' + lpu.name + ', ', lpu.line())
    rule(p, '=')
    p.row(['Surname', s.n('S'), 'Forenames', s.n('fm')], [20, 20, 11])
    p.row(['Other names used', ('{}, {}', s.n('alias0'), s.n('alias1')), '', ''], [20, 20, 11])
    p.row(['Date of birth', s.dob_s('dmy'), 'NI number', s.i('ni_number', 'sp')], [20, 20, 11])
    p.row(['PNC', s.i('pnc'), 'CRN', s.i('crn')], [20, 20, 11])
    p.row(['Notification period', 'Indefinite (review after 15 years)'], [20])
    p.blank()
    p.ln('ADDRESSES')
    p.row(['Home address', (c.ap.name + ', {}, {}', c.ap.a(), c.ap.pc())], [22])
    p.row(['Other address (7+ days', ('{} {} (partner, {})', c.partner.a(), c.partner.pc(),
                                      c.partner.n('fs'))], [22])
    p.row(['in 12 months)', ''], [22])
    p.blank()
    p.ln('HOUSEHOLD WITH CHILD UNDER 18 (resides or stays 12+ hours)')
    p.row(['', ('{} (DOB {}), son of {}', c.pchild.n('fs'), c.pchild.dob_s('dmy'),
                c.partner.n('f'))], [2])
    p.blank()
    p.ln('FINANCIAL INFORMATION (reg. 10, 2012 Regulations)')
    p.row(['Bank account', ('sort code {}  account {}', s.sort(), s.acct())], [22])
    p.row(['Debit card', s.card('sp')], [22])
    p.blank()
    p.ln('IDENTITY DOCUMENTS')
    p.row(['Passport', ('{} (UK, expires 2031)', s.i('passport'))], [22])
    p.row(['Driving licence', s.i('driving_licence')], [22])
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('Notification record (continued)  {}  DOB {}', s.n('S,F'), s.dob_s('oracle'))
    rule(p)
    p.ln('COMMUNICATIONS AND ONLINE')
    p.row(['Mobile', s.ph('std')], [22])
    p.row(['E-mail accounts', ('{} ; {}', s.em(0), s.em(1))], [22])
    p.row(['Home broadband IP', ('{} (from ISP letter)', Span(s.ip, 'ip_address', SUB))], [22])
    p.row(['Vehicles used', ('{} (own)', s.v())], [22])
    p.blank()
    p.para('Officer\'s notes: {} attended on time with his Probation Practitioner\'s letter. He '
           'said he is known as "{}". He disclosed the relationship with {} and that her son '
           '{} stays at her address; referral made to children\'s services. He did not declare '
           'his sister {}\'s address in Llanfedw, where he says he has not stayed.', s.n('fs'),
           s.n('nick'), c.partner.n('fs'), c.pchild.n('f'), c.sister.n('fs'), width=88)
    p.blank()
    p.ln('Receiving officer: DC {}   {}   {}', mo.n('fs'), mo.em(), mo.ph())
    p.ln('VISOR team mailbox: ', c.police.em(1))
    return d


def doc_licence_conditions(c):
    s, pr = c.subj, c.prison
    d = Doc('licence-conditions-letter')
    gov = c.staff('prison', 'Governor (for the Secretary of State)')
    v = c.victim
    street = re.sub(r'^(Flat \d+, )?\d+ ', '', v.addr.split(', ')[-2] if v.addr.count(',') > 1
                    else v.addr.split(',')[0])
    p = d.page()
    p.ln('LICENCE - Criminal Justice Act 2003, section 250')
    p.ln('Issued by ' + pr.name + ' on behalf of the Secretary of State for Justice')
    rule(p, '=')
    p.row(['Name', s.n('fmS'), 'Prison no.', s.i('prison_number')], [12, 30, 11])
    p.row(['DOB', s.dob_s('long'), 'CRN', s.i('crn', 'lower')], [12, 30, 11])
    p.row(['PNC', s.i('pnc', 'short'), 'CRO', s.i('cro')], [12, 30, 11])
    p.row(['Release', '16 July 2024', 'Expiry', '15 January 2027'], [12, 30, 11])
    p.blank()
    p.para('You must report to {} at {}, {} {} (tel {}) by 15:00 on the day of release, and '
           'then as directed by your supervising officer {} ({}, {}).', c.probation.name,
           c.probation.a(), c.probation.town, c.probation.pc(), c.probation.ph(), c.com.n('fs'),
           c.com.ph(), c.com.em(), width=86)
    p.blank()
    p.ln('STANDARD CONDITIONS: as set out in the attached sheet (1-9).')
    p.blank()
    p.ln('ADDITIONAL CONDITIONS')
    p.para('(a) Reside at {}, {} {} and comply with its rules.', c.ap.name, c.ap.a(), c.ap.pc(),
           width=86, indent='    ', hang='')
    p.para('(b) Not to contact or associate with {}, directly or indirectly, without the prior '
           'approval of your supervising officer.', v.n('fs'), width=86, indent='    ', hang='')
    p.para('(c) Not to enter the area of Hollinbrook bounded by {}, Gorse Crescent and the canal, '
           'as defined by the attached map, which includes {} {}.',
           Span(street, 'address', TP), v.a(), v.pc(), width=86, indent='    ', hang='')
    p.para('(d) Not to have unsupervised contact with any child under 18, including {} and '
           '{}, without approval.', c.pchild.n('fs'), c.daughter.n('fs'), width=86, indent='    ',
           hang='')
    p.para('(e) Notify your supervising officer of any vehicle you own or use, including '
           '{}, and of any developing relationship.', s.v(), width=86, indent='    ', hang='')
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('Licence: {}  ({})', s.n('I.S'), s.i('prison_number'))
    rule(p)
    p.para('I have had this licence explained to me. I understand that if I fail to comply '
           'with any condition I may be recalled to prison.', width=86)
    p.blank()
    p.ln('Signed (licensee):  {}          Date: 16/07/2024', s.n('fs'))
    p.ln('Signed (governor):  {}', gov.n('fs'))
    p.blank()
    p.ln('Copies: licensee; {}; {}; VISOR ({})', c.probation.em(), c.ap.em(), c.police.em(1))
    return d


def doc_induction_q(c):
    s = c.subj
    d = Doc('probation-induction-questionnaire')
    gp = B('gp')
    c.exwife.idv('crn')
    p = d.page()
    p.ln('PROBATION SERVICE - INDUCTION: "ABOUT YOU" QUESTIONNAIRE')
    p.ln(c.probation.name + '      Case ref (CRN): {}', s.i('crn'))
    rule(p)
    qa = [
        ('1. Your full name', ('{}', s.n('full'))),
        ('2. What do you like to be called?', ('{} or {}', s.n('nick'), s.n('alias0'))),
        ('3. Date of birth', ('{}', s.dob_s('dot2'))),
        ('4. Mobile number', ('{}', s.ph('intl0'))),
        ('5. E-mail', ('{}', s.em(1))),
        ('6. Who do you live with?', ('Approved premises for now. Then hopefully with my partner '
                                      '{} and her lad.', c.partner.n('f'))),
        ('7. Emergency contact', ('my sister {} - {} - {} {}', c.sister.n('fs'),
                                  c.sister.ph('std'), c.sister.a(), c.sister.pc())),
        ('8. Your GP', ('{} (registered 2019) {}', gp.name, gp.ph())),
        ('9. Do you have a bank account?', ('yes, sort code {} account {}', s.sort('sp'),
                                            s.acct())),
        ('10. NI number', ('{}', s.i('ni_number', 'lower'))),
        ('11. Do you drive?', ('yes, licence {}. Car {} is mine.', s.i('driving_licence', 'sp'),
                               s.v('nospace'))),
        ('12. Children', ('daughter {} (born {}) lives with her mum {} in Llanfedw. No contact '
                          'at the moment.', c.daughter.n('fs'), c.daughter.dob_s('dmy'),
                          c.exwife.n('fs'))),
        ('13. Anyone you should not be in contact with?', ('{}. Also my ex {} is on probation '
                                                           'herself (her CRN is {}) so I keep away.',
                                                           c.victim.n('fs'), c.exwife.n('f'),
                                                           c.exwife.i('crn'))),
    ]
    for q, (tmpl, *args) in qa:
        p.ln(q)
        p.para(tmpl, *args, width=86, indent='     ')
    p.blank()
    p.ln('Completed with: {} (Probation Practitioner), 17/07/2024', c.com.n('fs'))
    return d


def doc_bundle_index_b5(c):
    s = c.subj
    w1 = c.tp(origin='pakistani', gender='M', address=False)
    w2 = c.tp(origin='english', gender='F', address=False)
    dfi = c.staff('police', 'Digital Forensic Examiner')
    oic = c.staff('police', 'Officer in the case')
    rows = [
        ('A1', ('Indictment: {}', s.n('S,FM')), '04/04/2023', '1-2'),
        ('A2', 'Prosecution case summary', '04/04/2023', '3-9'),
        ('B1', 'Statement of Complainant A (ABE transcript, anonymised)', '11/01/2023', '10-31'),
        ('B2', ('Statement of {} (neighbour)', w1.n('fs')), '12/01/2023', '32-35'),
        ('B3', ('Statement of {} (landlord\'s agent)', w2.n('fs')), '19/01/2023', '36-38'),
        ('B4', ('Statement of {} (DFI): handset and cloud', dfi.n('fs')), '02/03/2023', '39-60'),
        ('C1', ('Interview, {} (solicitor present)', s.n('fs')), '13/01/2023', '61-88'),
        None,
        ('D1', ('Subscriber check: {} / {}', s.em(1), s.ph('std')), '20/01/2023', '89-90'),
        ('D2', ('ISP response: IP {} at defendant\'s address', Span(s.ip, 'ip_address', SUB)),
         '27/01/2023', '91-93'),
        ('D3', ('PNC print, {} (PNC {}, CRO {})', s.n('S'), s.i('pnc', 'noslash'),
                s.i('cro', 'lower')), '03/04/2023', '94-96'),
        ('E1', 'Defence statement', '15/05/2023', '97-101'),
        ('E2', ('Character reference: {} (sister)', c.sister.n('fs')), '20/06/2023', '102'),
        ('E3', ('Character reference: {}', c.partner.n('fs')), '20/06/2023', '103'),
    ]
    parties = [
        ('Defendant: {} (born {}), {} {}, on bail.', s.n('full'), s.dob_s('ord'), s.a(), s.pc()),
        ('Officer in the case: DC {} ({}). Reporting restrictions: s.1 Sexual Offences '
         '(Amendment) Act 1992 applies to the complainant.', oic.n('fs'), oic.em()),
    ]
    return bundle_index_common(c, 'T2023%04d' % c.rng.randint(1000, 9999), c.court, rows, parties)


def doc_employment_b5(c):
    s = c.subj
    emp = c.tp(origin='scottish', gender='F', town='Hollinbrook')
    emp.phones.append(phone_make(c.rng, 'land'))
    company = 'Tannery Yard Motor Repairs'
    ex = {
        'date': '3 June 2024', 'to': c.pom.n('fs'), 'to_org': c.prison.name,
        'dear': [c.pom.title + ' ', c.pom.n('s')], 'dobstyle': 'dmy',
        'paras': [
            ('{} ({}) worked for me as a vehicle technician from 2014 until 2022. I own the '
             'garage and do the payroll myself; his National Insurance number on my records is '
             '{}.', s.n('fmS'), s.n('nick'), s.i('ni_number')),
            ('I know the nature of his conviction. I am prepared to take {} back on a '
             'trial basis in the workshop only, with no customer-facing duties, and I have '
             'discussed this with his probation officer {}. He would be working alongside my '
             'son {} and one other mechanic.', s.n('s'), c.com.n('fs'),
             c.tp(origin='scottish', gender='M', surname=emp.surname, address=False,
                  phone=None, email=False).n('f')),
            ('He would need to use his own car ({}) as there is no bus before 7am. Wages would '
             'be paid into his new bank account, number {}.', s.v(),
             s.acct()),
            ('Please call me on {} if you need anything else.', emp.ph('std', 1)),
        ]}
    return employment_ref_common(c, emp, company, 2014, 2022, 'technician', ex)


def doc_discharge_b5(c):
    c.sister.role = 'Sister'
    return discharge_bank_common(c, acct_make(c.rng), 'passport', c.sister,
                                 [c.ap.name + ', ', c.ap.a()], c.ap.pc(),
                                 'Westleigh Co-operative Bank', '16 July 2024 (CRD)', '01/07/2024')


# ======================================================================================
# Bundle 6: Kyle Jordan Baptiste-Reid, HMYOI Kestrel Fell
# ======================================================================================

def bundle6():
    c = Ctx(60006)
    s = c.person(SUB, origin='caribbean', gender='M', forename='Kyle', middle='Jordan',
                 surname='Baptiste-Reid', dob=D(2005, 6, 17), town='Hollinbrook', nick='KJ')
    s.aliases = ['Kyle Reid', 'KJ', 'Kyle Baptiste']
    c.give_bank(s, card='visa')
    for k in ('prison_number', 'pnc', 'cro', 'crn', 'ni_number', 'nhs_number'):
        s.idv(k)
    c.subj = s
    c.prison, c.yjs, c.mags = B('kestrel'), B('yjs'), B('gw_mags')
    c.mother = c.tp(origin='caribbean', gender='F', forename='Paulette', surname='Baptiste',
                    age=(40, 50), town='Hollinbrook')
    c.mother.addr, c.mother.postcode = s.addr, s.postcode      # family home
    c.father = c.tp(origin='caribbean', gender='M', forename='Delroy', surname='Reid',
                    age=(42, 55), town='Greywater')
    c.gf = c.tp(origin='caribbean', gender='F', forename='Janelle', surname='McKenzie',
                age=(19, 22), town='Hollinbrook')
    c.give_vrm(c.gf)
    c.baby = c.tp(origin='caribbean', gender='F', forename='Amara', surname='McKenzie',
                  dob=D(2024, 2, 14), address=False, phone=None, email=False)
    c.codef = c.tp(origin='caribbean', gender='M', forename='Tyrone', surname='Forbes',
                   age=(19, 21), town='Hollinbrook', nick='T-Bone')
    for k in ('pnc', 'crn', 'cro'):
        c.codef.idv(k)
    c.pom = c.staff('prison', 'Prison Offender Manager')
    c.offence = 'robbery'
    return c


def doc_yot_referral(c):
    s, y = c.subj, c.yjs
    d = Doc('yot-referral')
    pc = c.staff('police', 'Youth Offender Officer')
    cm = c.staff('la', 'YJS Case Manager')
    vic = c.tp(origin='english', gender='M', dob=D(2006, 1, 9), town='Hollinbrook', email=False)
    vic_par = c.tp(origin='english', gender='F', surname=vic.surname, town='Hollinbrook',
                   email=False, age=(38, 50))
    vic_par.addr, vic_par.postcode = vic.addr, vic.postcode
    p = d.page()
    p.ln(y.name.upper() + ' - REFERRAL (REFERRAL ORDER, 6 MONTHS)')
    p.ln('', y.line(), '  |  ', y.ph(), '  |  ', y.em())
    rule(p, '=')
    p.ln('YOUNG PERSON')
    p.row(['Name', s.n('fmS'), 'DOB', s.dob_s('dmy')], [10, 32, 5])
    p.row(['Known as', s.n('nick'), 'Age', '15 at offence'], [10, 32, 5])
    p.row(['Address', ('{} {}', s.a(), s.pc()), '', ''], [10, 32, 5])
    p.row(['NHS', s.i('nhs_number'), 'PNC', s.i('pnc', 'short')], [10, 32, 5])
    p.row(['School', 'Lowgate Academy (Year 11), attendance 61%'], [10])
    p.blank()
    p.ln('PARENTS / CARERS')
    p.para('Mother: {}, same address, mobile {}, e-mail {}. Has parental responsibility.',
           c.mother.n('fs'), c.mother.ph('std'), c.mother.em(), indent='  ')
    p.para('Father: {}, {} {}, mobile {}. Contact every other weekend; asks to be copied in.',
           c.father.n('fs'), c.father.a(), c.father.pc(), c.father.ph('intl'), indent='  ')
    p.blank()
    p.ln('OFFENCE (court: ' + c.mags.name + ' sitting as Youth Court, 14/09/2021)')
    p.para('Robbery of a mobile phone from {} (aged 15, DOB {}) at the Lowgate bus station on '
           '02/07/2021, jointly with {} ("{}", DOB {}, PNC {}). {} admitted holding the victim\'s '
           'arm while {} took the phone.', vic.n('fs'), vic.dob_s('dmy'), c.codef.n('fs'),
           c.codef.n('nick'), c.codef.dob_s('dmy'), c.codef.i('pnc'), s.n('f'), c.codef.n('s'),
           indent='  ')
    p.ln('Page 1 of 2')
    p = d.page()
    p.ln('YJS referral (continued)  {}  DOB {}', s.n('S,F'), s.dob_s('iso'))
    rule(p)
    p.ln('VICTIM CONTACT (restorative justice)')
    p.para('Victim\'s mother {} ({}) is willing to consider a letter of apology. Address for '
           'RJ worker only: {} {}. Do not share with {} or his family.', vic_par.n('fs'),
           vic_par.ph('std'), vic_par.a(), vic_par.pc(), s.n('s'), indent='  ')
    p.blank()
    p.ln('CO-ACCUSED (update 2024)')
    p.para('{} is now an adult on probation (CRN {}, CRO {}). {} and {} are again linked by '
           'police intelligence.', c.codef.n('fs'), c.codef.i('crn'), c.codef.i('cro'),
           c.codef.n('s'), s.n('alias0'), indent='  ')
    p.blank()
    p.ln('Referred by: PC {} ({})', pc.n('fs'), pc.em())
    p.ln('Allocated to: {}, YJS Case Manager, {}', cm.n('fs'), cm.ph())
    return d


def doc_acct_b6(c):
    s = c.subj
    cm = c.staff('prison', 'Supervising Officer, Case Manager')
    mh = c.staff('nhs', 'Mental Health Practitioner')
    o2 = c.staff('prison', 'Officer')
    listener = c.tp(origin='english', gender='M', address=False, email=False, phone=None)
    att = [(cm.n('fs'), 'Case manager'), (mh.n('fs'), 'Mental health'),
           (s.n('fs'), 'Young adult'), (c.pom.n('fs'), 'POM')]
    ppl = [
        ('Mum, {} - yes can call her {}.', (c.mother.n('fs'), c.mother.ph('std'))),
        ('My girl {} and our baby {} (born {}). Yes.', (c.gf.n('fs'), c.baby.n('f'),
                                                        c.baby.dob_s('long'))),
        ('My dad {}. Not really, we dont talk.', (c.father.n('f'),)),
    ]
    rev = [
        ('{} ("{}") was found with a ligature after being told that {} had been stopped from '
         'visiting because her ID did not match the booking. He said he has not seen {} for '
         'six weeks. {} will ask the visits team to correct the booking. {} agreed to speak to '
         'a Listener ({}).', (s.n('f'), s.n('nick'), c.gf.n('fs'), c.baby.n('f'), c.pom.n('s'),
                              s.n('s'), listener.n('fs'))),
    ]
    cmap = [('Visits with baby', 'Correct booking; visits SO', c.pom.n('i.s')),
            ('Debt on wing', ('Move from {}\'s landing', c.codef.n('s')), cm.n('i.s')),
            ('Sleep', 'GP review', mh.n('i.s'))]
    obs = [('02/05 20:00', 'On phone to his mum. Laughing.', (), o2.n('i.s')),
           ('02/05 22:00', 'Awake, said "{} will come Saturday".', (c.gf.n('f'),), o2.n('i.s')),
           ('03/05 08:10', 'Ate breakfast. {} asked for gym.', (s.n('nick'),), cm.n('i.s'))]
    return acct_common(c, 'KF/2024/112', ['01/05/2024 by ', cm.n('i.s')], att, ppl, rev, cmap, obs)


def doc_social_b6(c):
    s, t = c.subj, c.codef
    off = c.staff('police', 'Intelligence Officer')
    ip1 = ip_make(c.rng)
    ip2 = ip_make(c.rng, v6=True)
    tip = ip_make(c.rng)
    prof = [
        ('Display name', Span('KJ Baptiste', 'name', SUB)),
        ('Handle', '@kj_hb_05'),
        ('Linked phone (shown)', s.ph('compact')),
    ]
    posts = [
        ('11/03/2024 22:41', Span('KJ Baptiste', 'name', SUB), '"{} u still got my ting?"',
         (t.n('nick'),)),
        ('11/03/2024 22:43', Span('T-Bone', 'name', TP), '"ye at my nans. {}. come after 10"',
         (Span(re.sub(r'^(Flat \d+, )?\d+ ', '', t.addr.split(',')[0]), 'address', TP),)),
        ('11/03/2024 22:50', Span('KJ Baptiste', 'name', SUB),
         '"{} cant know. her number is {} dont ring it"', (c.gf.n('f'), c.gf.ph('compact'))),
        ('12/03/2024 09:15', Span('T-Bone', 'name', TP), '"{} owes me 200 still, tell him"',
         (Span('Marlon', 'name', TP),)),
    ]
    sub = [
        ('Account holder', s.n('fs')),
        ('E-mail', s.em()),
        ('Date of birth', s.dob_s('us')),
        ('Login IP', [Span(ip1, 'ip_address', SUB), ' (11/03/2024 22:40 UTC)']),
        ('Login IP', [Span(ip2, 'ip_address', SUB), ' (12/03/2024 07:02 UTC)']),
        ('Other party', ['@tbone.hb, ', t.n('fs'), ', ', t.em(), ', IP ',
                         Span(tip, 'ip_address', TP)]),
    ]
    return social_media_common(c, 'KF/INT/0931', off, prof, posts, sub)


def doc_hotel_b6(c):
    s = c.subj
    notes = [
        ('Booked by {} for himself and {}. Second guest left her driving licence at reception '
         '({}); returned by post to {} {}.', s.n('fs'), c.gf.n('fs'),
         c.gf.i('driving_licence'), c.gf.a(), c.gf.pc()),
        ('Card holder\'s date of birth given for age check: {}.', s.dob_s('dmy')),
    ]
    return hotel_common(c, s, [s.n('FS'), ' + ', c.gf.n('FS')], s, c.gf, notes,
                        '23/12/2023 - 24/12/2023')


def doc_legal_aid_b6(c):
    s = c.subj
    return legal_aid_common(
        c, None, [c.baby], '',
        ('Note: {} lived with his mother {} at the address above; she is not his partner and '
         'her means are not relevant as he is over 18. The baby {} lives with her mother {} at '
         '{} {}.', s.n('s'), c.mother.n('fs'), c.baby.n('f'), c.gf.n('fs'), c.gf.a(), c.gf.pc()))


def doc_ocr_b6(c):
    s = c.subj
    off = c.staff('prison', 'Reception Officer')
    L = [
        ('HMY0I KESTREL FELL - YOUNG ADULT FIRST NIGHT / CONTACTS FORM     [scan 1 of 1]', ()),
        ('=================================================================', ()),
        ('Full narne:  {}      Nurnber: {}', (Span('KYLE J0RDAN BAPTISTE-REID', 'name', SUB),
                                              s.i('prison_number', 'lower'))),
        ('Date of birth:  {}       Any other narnes:  {}', (
            Span('17 june 05', 'date_of_birth', SUB), Span('Kyle Reid', 'name', SUB))),
        ('Who do you want told you are here?  my mum {} on {}', (
            Span('Paulette Baptist', 'name', TP), c.mother.ph('compact'))),
        ('Anyone who should NOT be told?  my dad {} and {}', (c.father.n('fs'), c.codef.n('f'))),
        ('Are you a parent?  yes my daughter {} born {}', (c.baby.n('f'),
                                                            Span('14/2/24', 'date_of_birth', TP))),
        ('Her mum is {} , address {} {}', (c.gf.n('fs'), c.gf.a(), c.gf.pc('nospace'))),
        ('Do you owe anyone money in here?  n0', ()),
        ('Signed  {}', (Span('K.Baptiste-Reid', 'name', SUB),)),
        ('', ()),
        ('Staff: f0rm checked by {} - first night centre, cell 1-04', (off.n('is'),)),
    ]
    return ocr_common(c, 'contacts', L)


# ======================================================================================
# MAIN
# ======================================================================================

VALIDATORS = {
    'pnc': pnc_ok, 'cro': cro_ok, 'ni_number': nino_ok, 'nhs_number': nhs_ok,
    'payment_card': luhn_ok,
}


def pub_values():
    vals = set()
    for bd in BODIES.values():
        vals.update([bd.street, bd.postcode] + bd.emails + bd.phones)
    return vals


def check_item(it, page):
    b = page.encode('utf-8')
    assert 0 <= it['begin'] < it['end'] <= len(b), it
    assert b[it['begin']:it['end']].decode('utf-8') == it['text'], it
    assert it['category'] in CATS and it['party'] in PARTIES, it
    t = it['text']
    cat = it['category']
    if cat in VALIDATORS:
        assert VALIDATORS[cat](t), it
    if cat == 'iban':
        assert iban_ok(t), it
    if cat == 'prison_number':
        assert re.fullmatch(r'[A-Za-z] ?\d{4} ?[A-Za-z]{2}', t), it
    if cat == 'crn':
        assert re.fullmatch(r'[A-Za-z]\d{6}', t), it
    if cat == 'phone':
        digits = re.sub(r'\D', '', t.replace('(0)', ''))
        if digits.startswith('0044'):
            digits = '0' + digits[4:]
        elif digits.startswith('44'):
            digits = '0' + digits[2:]
        assert len(digits) == 11 and digits[0] == '0', it
    if cat == 'email':
        assert re.search(r'@([a-z0-9\-]+\.)*(example\.(com|org|net|co\.uk|gov\.uk)|'
                         r'example\.gov\.uk|cjsm\.example\.net)$', t.lower()), it
    if it['party'] == PUB:
        assert t in pub_values(), it
    if cat == 'ip_address':
        assert t.startswith(('192.0.2.', '198.51.100.', '203.0.113.', '2001:db8:')), it


NAME_OK = {'Hope', 'Young', 'King', 'Grant', 'Rose', 'Mark', 'Birch', 'Gill', 'Islam', 'Lam',
           'Mai', 'Lan', 'Lowgate'}


def unlabelled_names(c, kind, pages, truth):
    """Self-check: a known person's name token outside every labelled span."""
    toks = set()
    for p in c.people:
        for t in [p.forename, p.surname, p.nick or ''] + list(p.aliases):
            for w in re.split(r'[\s\-]+', t):
                if len(w) >= 3 and w not in NAME_OK:
                    toks.add(w)
                    toks.add(w.upper())
                    toks.add(ascii_fold(w))
                    toks.add(ascii_fold(w).upper())
    for pi, page in enumerate(pages):
        b = page.encode('utf-8')
        spans = [(x['begin'], x['end']) for x in truth if x['page'] == pi]
        for t in toks:
            for m in re.finditer(r'(?<![\w])' + re.escape(t) + r'(?![\w])', page):
                bs = len(page[:m.start()].encode('utf-8'))
                if not any(a <= bs < e for a, e in spans):
                    line = page[max(0, m.start() - 40):m.end() + 20].replace('\n', ' | ')
                    print('NOTE unlabelled %r in %s p%d: ...%s...' % (t, kind, pi, line))


def build(bundles, outdir):
    os.makedirs(outdir, exist_ok=True)
    stats = {'docs': 0, 'bytes': 0, 'items': 0, 'party': {}, 'cat': {}, 'kinds': {},
             'tpcat': {}, 'subcat': {}}
    for num, (builder, docfns) in enumerate(bundles, 1):
        c = builder()
        s = c.subj
        docs = []
        for k, fn in enumerate(docfns, 1):
            d = fn(c)
            pages, truth = [], []
            for pi, pg in enumerate(d.pages):
                text, items = pg.render(pi)
                pages.append(text)
                truth.extend(items)
            # checks: bytes and no overlap
            for it in truth:
                check_item(it, pages[it['page']])
            for pi in range(len(pages)):
                its = sorted((x for x in truth if x['page'] == pi), key=lambda x: x['begin'])
                for a, b in zip(its, its[1:]):
                    assert a['end'] <= b['begin'], (a, b)
            unlabelled_names(c, d.kind, pages, truth)
            docs.append({'id': 'doc-%02d' % k, 'kind': d.kind, 'pages': pages, 'truth': truth})
            stats['docs'] += 1
            stats['kinds'][d.kind] = stats['kinds'].get(d.kind, 0) + 1
            stats['bytes'] += sum(len(x.encode('utf-8')) for x in pages)
            for it in truth:
                stats['items'] += 1
                stats['party'][it['party']] = stats['party'].get(it['party'], 0) + 1
                stats['cat'][it['category']] = stats['cat'].get(it['category'], 0) + 1
                if it['party'] == TP:
                    stats['tpcat'][it['category']] = stats['tpcat'].get(it['category'], 0) + 1
                if it['party'] == SUB:
                    stats['subcat'][it['category']] = stats['subcat'].get(it['category'], 0) + 1
        ids = {}
        for kname in ('pnc', 'cro', 'crn', 'ni_number', 'nhs_number', 'passport', 'driving_licence'):
            if kname in s.ids:
                ids[kname] = s.i(kname).text
        subject = {
            'name': s.name_text('full'),
            'aliases': list(s.aliases),
            'date_of_birth': s.dob.isoformat(),
            'prison_number': s.idv('prison_number'),
            'identifiers': ids,
            'contact': {'addresses': ['%s %s' % (s.addr, s.postcode)] + list(getattr(s, 'extra_addresses', [])),
                        'phones': list(s.phones), 'emails': list(s.emails)},
        }
        bundle = {'bundle_id': 'eval6-%02d' % num, 'subject': subject, 'documents': docs}
        with open(os.path.join(outdir, 'bundle-%02d.json' % num), 'w', encoding='utf-8') as fh:
            json.dump(bundle, fh, indent=1, ensure_ascii=False)
            fh.write('\n')
    # public bodies
    lines = ['version: 1', 'bodies:']

    def q(x):
        return "'" + x.replace("'", "''") + "'"
    for dfn in BODY_DEFS:
        if dfn[0] not in USED_BODIES:
            continue
        bd = BODIES[dfn[0]]
        lines.append('  - name: ' + q(bd.name))
        lines.append('    phones: [' + ', '.join(q(x) for x in bd.phones) + ']')
        lines.append('    postcodes: [' + q(bd.postcode) + ']')
        lines.append('    addresses: [' + q(bd.street) + ']')
        lines.append('    emails: [' + ', '.join(q(x) for x in bd.emails) + ']')
    with open(os.path.join(outdir, 'public-bodies.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')
    return stats


def main(argv):
    if len(argv) != 2:
        sys.stderr.write('usage: python3 tests/tools/evalgen_sixth.py OUTDIR\n')
        return 2
    bundles = [(b, [f for f in fns if f is not None]) for b, fns in BUNDLES()]
    st = build(bundles, argv[1])
    print('bundles: %d  documents: %d  kinds: %d  page bytes: %d  items: %d' % (
        len(bundles), st['docs'], len(st['kinds']), st['bytes'], st['items']))
    print('kinds: ' + ', '.join('%s=%d' % kv for kv in sorted(st['kinds'].items())))
    print('per party: ' + ', '.join('%s=%d' % kv for kv in sorted(st['party'].items())))
    print('per category: ' + ', '.join('%s=%d' % (k, st['cat'].get(k, 0)) for k in CATS))
    print('third-party per category: ' + ', '.join('%s=%d' % (k, st['tpcat'].get(k, 0))
                                                   for k in CATS))
    print('subject per category: ' + ', '.join('%s=%d' % (k, st['subcat'].get(k, 0))
                                               for k in CATS))
    missing = [k for k in CATS if k not in st['cat']]
    tpmissing = [k for k in CATS if k not in st['tpcat']]
    if missing or tpmissing:
        print('WARNING missing categories: %s; third-party: %s' % (missing, tpmissing))
    return 0


def BUNDLES():
    g = globals().get
    return [
        (bundle1, [g('doc_bedwatch'), g('doc_private_cash_b1'), g('doc_discharge_b1'),
                   g('doc_interpreter_b1'), g('doc_chaplaincy_b1'),
                   g('doc_bundle_index_b1')]),
        (bundle2, [g('doc_visit_app'), g('doc_approved_visitors_b2'), g('doc_marriage_app'),
                   g('doc_legal_aid_b2'), g('doc_restraining_order'), g('doc_social_b2'),
                   g('doc_vehicle_hire_b2')]),
        (bundle3, [g('doc_acct_b3'), g('doc_mash_referral'), g('doc_gp_registration'),
                   g('doc_drug_rehab'), g('doc_debt_b3'), g('doc_hotel_b3'), g('doc_ocr_b3')]),
        (bundle4, [g('doc_immigration_notice'), g('doc_per'), g('doc_interpreter_b4'),
                   g('doc_production_order'), g('doc_insurance_claim'), g('doc_landlord_ref'),
                   g('doc_private_cash_b4')]),
        (bundle5, [g('doc_son_record'), g('doc_licence_conditions'), g('doc_induction_q'),
                   g('doc_bundle_index_b5'), g('doc_employment_b5'), g('doc_discharge_b5')]),
        (bundle6, [g('doc_yot_referral'), g('doc_acct_b6'), g('doc_social_b6'), g('doc_hotel_b6'),
                   g('doc_legal_aid_b6'), g('doc_ocr_b6')]),
    ]


if __name__ == '__main__':
    sys.exit(main(sys.argv))
