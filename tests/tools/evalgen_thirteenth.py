#!/usr/bin/env python3
"""Blind synthetic evaluation set "eval-thirteenth" for the disclose PII-redaction engine.

Written BLIND: the author did not read, list, grep or run anything of the engine
(no source, rules, README, other test sets, generators or the `disclose` binary).
The only material consulted was /work/shared/reference/uk-identifiers.md (identifier
formats and check algorithms) and /work/shared/reference/domain.md (what disclosure
bundles contain), plus the brief that commissioned this set.

Usage:  python3 tests/tools/evalgen_thirteenth.py tests/data/eval-thirteenth

Python 3 standard library only; no randomness, no clock, no network; every value is
fixed in this source, so two runs produce byte-identical output.

Labelling policy
  * subject      the requester's own data in any form: name in any order or case,
                 initials, aliases, kunya/nicknames, DOB in any format (incl. Welsh month
                 names), identifiers spaced or not, own current AND previous addresses,
                 phones and emails given as theirs.
  * staff        people acting officially for a public body or its contractors (prison,
                 probation, police, NHS, councils, schools, courts, tribunals, coroner,
                 Home Office, PPO, interpreters booked by a court) and their direct
                 contact details.
  * third_party  everyone else: relatives (including ones sharing the subject's
                 surname), partners, children, other prisoners/detainees, victims,
                 witnesses, associates, solicitors, barristers, experts, charity and
                 faith workers, private employers, and their contact details.
  * public_body  published switchboards, generic mailboxes, addresses and postcodes of
                 public bodies; each such value is listed in public-bodies.yaml.
  Addresses are labelled without the postcode; the postcode is its own span. Names are
  labelled without titles/ranks. Event dates are not labelled; only birth dates are.
  Every labelled value is labelled at every occurrence in its bundle (asserted,
  case-insensitively, on alphanumeric word boundaries), and all identifiers are checked
  (PNC/CRO mod-23, NHS mod-11 in the 999 range, Luhn, IBAN mod-97, NI prefixes, real
  calendar dates, invented postcode areas, Ofcom drama phone ranges, example email
  domains, RFC 5737/3849 IP addresses).

Source markup: [[visible text|cat:party]]; {key} expands a per-bundle macro.
"""
import datetime
import json
import os
import re
import sys

CAT = {'n': 'name', 'dob': 'date_of_birth', 'pn': 'prison_number', 'pnc': 'pnc',
       'cro': 'cro', 'crn': 'crn', 'ni': 'ni_number', 'nhs': 'nhs_number',
       'ph': 'phone', 'em': 'email', 'ad': 'address', 'pc': 'postcode',
       'vr': 'vehicle_registration', 'pp': 'passport', 'dl': 'driving_licence',
       'sc': 'sort_code', 'an': 'account_number', 'ib': 'iban',
       'card': 'payment_card', 'ip': 'ip_address'}
PARTY = {'s': 'subject', 't': 'third_party', 'st': 'staff', 'pb': 'public_body'}

MARK = re.compile(r'\[\[([^|\]\[]+)\|(\w+):(\w+)\]\]')
MACRO = re.compile(r'\{(\w+)\}')


class Bundle:
    def __init__(self, bundle_id, subject):
        self.bundle_id = bundle_id
        self.subject = subject
        self.E = {}
        self.docs = []

    def m(self, key, text, code):
        assert key not in self.E, key
        c, p = code.split(':')
        assert c in CAT and p in PARTY, code
        self.E[key] = '[[%s|%s]]' % (text, code)

    def X(self, s):
        def rep(mo):
            assert mo.group(1) in self.E, (self.bundle_id, mo.group(1))
            return self.E[mo.group(1)]
        return MACRO.sub(rep, s)

    def T(self, rows, sep='  ', indent=''):
        """Aligned table; cells may hold macros/markup; widths from visible text."""
        rows = [[self.X(c) for c in r] for r in rows]
        n = max(len(r) for r in rows)
        w = [0] * n
        for r in rows:
            for i, c in enumerate(r):
                w[i] = max(w[i], len(visible(c)))
        out = []
        for r in rows:
            cells = []
            for i, c in enumerate(r):
                if i < len(r) - 1:
                    c = c + ' ' * (w[i] - len(visible(c)))
                cells.append(c)
            out.append((indent + sep.join(cells)).rstrip())
        return '\n'.join(out)

    def doc(self, kind, pages):
        self.docs.append((kind, [self.X(p) for p in pages]))


def visible(s):
    return MARK.sub(lambda mo: mo.group(1), s)


def parse_page(src):
    out = []
    spans = []
    pos = 0
    cur = 0
    for mo in MARK.finditer(src):
        out.append(src[pos:mo.start()])
        cur += len(src[pos:mo.start()])
        text = mo.group(1)
        c, p = mo.group(2), mo.group(3)
        assert c in CAT and p in PARTY, mo.group(0)
        spans.append((cur, cur + len(text), CAT[c], PARTY[p], text))
        out.append(text)
        cur += len(text)
        pos = mo.end()
    out.append(src[pos:])
    plain = ''.join(out)
    assert '[[' not in plain and ']]' not in plain, plain[:200]
    assert not MACRO.search(plain), MACRO.search(plain).group(0)
    return plain, spans

# ---------------------------------------------------------------- validators
L23 = 'ZABCDEFGHJKLMNPQRTUVWXY'


def v_pnc(t):
    s = t.upper().replace(' ', '')
    if '/' in s:
        y, rest = s.split('/')
        assert len(y) in (2, 4), t
        yy = y[-2:]
        ser, chk = rest[:-1], rest[-1]
        assert ser.isdigit() and 1 <= len(ser) <= 7, t
    else:
        if len(s) == 12:
            yy, ser, chk = s[2:4], s[4:11], s[11]
        else:
            yy, ser, chk = s[:2], s[2:-1], s[-1]
    assert L23[int(yy + ser.zfill(7)) % 23] == chk, ('PNC', t)


def v_cro(t):
    s = t.upper().replace(' ', '')
    if s.startswith('SF'):
        yy, rest = s[2:].split('/')
        assert L23[int(yy + rest[:-1]) % 23] == rest[-1], t
    else:
        ser, rest = s.split('/')
        assert L23[int(rest[:2] + ser.zfill(6)) % 23] == rest[2], ('CRO', t)


def v_nhs(t):
    d = re.sub(r'[ -]', '', t)
    assert len(d) == 10 and d.isdigit() and d.startswith('999'), t
    s = sum(int(x) * (10 - i) for i, x in enumerate(d[:9]))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10 and c == int(d[9]), ('NHS', t)


def v_ni(t):
    s = re.sub(r'[ -]', '', t).upper()
    assert re.fullmatch(r'[A-Z]{2}\d{6}[A-D]?', s), t
    a, b = s[0], s[1]
    assert a not in 'DFIQUV' and b not in 'DFIQUVO', t
    assert s[:2] not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'), t


def v_pn(t):
    assert re.fullmatch(r'[A-Z]\d{4}[A-Z]{2}', t.upper().replace(' ', '')), t


def v_crn(t):
    assert re.fullmatch(r'[A-Z]\d{6}', t), t


def v_luhn(t):
    d = re.sub(r'[ -]', '', t)
    assert d.isdigit() and 13 <= len(d) <= 19, t
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    assert tot % 10 == 0, ('Luhn', t)


def v_iban(t):
    s = t.replace(' ', '').upper()
    assert re.fullmatch(r'GB\d{2}[A-Z]{4}\d{14}', s), t
    r = s[4:] + s[:4]
    assert int(''.join(str(int(ch, 36)) for ch in r)) % 97 == 1, ('IBAN', t)


PHONE_PREFIXES = ('07700900', '01134960', '01174960', '01214960', '01314960',
                  '01614960', '02079460', '02920180', '01632960', '01184960',
                  '01414960', '01514960')


def v_phone(t):
    d = re.sub(r'\D', '', t)
    if t.strip().startswith('+44'):
        d = '0' + d[2:]
    assert len(d) == 11 and d.startswith(PHONE_PREFIXES), ('phone', t)


def v_email(t):
    assert re.fullmatch(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}', t), t
    dom = t.split('@')[1].lower()
    ok = dom in ('example.com', 'example.org', 'example.net') or \
        dom.endswith(('.example.com', '.example.org', '.example.net')) or \
        '.example.' in dom
    assert ok, ('email domain', t)


def v_ip(t):
    if ':' in t:
        assert t.lower().startswith('2001:db8:'), t
    else:
        parts = [int(x) for x in t.split('.')]
        assert len(parts) == 4 and all(0 <= x <= 255 for x in parts), t
        assert t.startswith(('192.0.2.', '198.51.100.', '203.0.113.')), t


def v_postcode(t):
    s = t.upper()
    mo = re.fullmatch(r'([A-Z]{2})(\d{1,2}[A-Z]?) ?(\d[ABD-HJLNP-UW-Z]{2})', s)
    assert mo, ('postcode', t)
    assert mo.group(1)[0] in 'YZ' and mo.group(1) not in ('ZE', 'YO'), t
    assert mo.group(1)[1] not in 'IJZ', t


def v_vrm(t):
    s = t.upper()
    mo = re.fullmatch(r'([A-HJ-PR-Y]{2})(\d{2}) ?([A-HJ-PR-Z]{3})', s)
    assert mo, ('vrm', t)
    age = int(mo.group(2))
    assert 2 <= age <= 25 or 51 <= age <= 75, t


def v_dl(t):
    s = t.replace(' ', '').upper()
    assert re.fullmatch(r'[A-Z9]{5}\d{6}[A-Z][A-Z9]\d[A-Z]{2}', s), t
    mm = int(s[6:8])
    assert 1 <= mm <= 12 or 51 <= mm <= 62, t
    assert 1 <= int(s[8:10]) <= 31, t


def v_pp(t):
    assert re.fullmatch(r'\d{9}', t), t


def v_sc(t):
    assert re.fullmatch(r'\d{2}[- ]?\d{2}[- ]?\d{2}', t), t


def v_an(t):
    assert re.fullmatch(r'\d{8}', t), t


WELSH = {'ionawr': 1, 'chwefror': 2, 'mawrth': 3, 'ebrill': 4, 'mai': 5,
         'mehefin': 6, 'gorffennaf': 7, 'awst': 8, 'medi': 9, 'hydref': 10,
         'tachwedd': 11, 'rhagfyr': 12}
FRENCH = {'janvier': 1, 'février': 2, 'mars': 3, 'avril': 4, 'mai': 5, 'juin': 6,
          'juillet': 7, 'août': 8, 'septembre': 9, 'octobre': 10, 'novembre': 11,
          'décembre': 12}
DOB_FORMATS = ('%Y-%m-%d', '%d/%m/%Y', '%d/%m/%y', '%d.%m.%Y', '%d.%m.%y',
               '%d-%m-%Y', '%d %B %Y', '%d %b %Y', '%d-%b-%Y', '%d-%b-%y',
               '%B %d, %Y', '%d%m%Y', '%Y%m%d', '%d %b %y')


def v_dob(t):
    s = re.sub(r'(\d)(st|nd|rd|th)\b', r'\1', t)
    mo = re.fullmatch(r'(\d{1,2}) (\w+) (\d{4})', s)
    if mo and mo.group(2).lower() in WELSH:
        datetime.date(int(mo.group(3)), WELSH[mo.group(2).lower()], int(mo.group(1)))
        return
    if mo and mo.group(2).lower() in FRENCH:
        datetime.date(int(mo.group(3)), FRENCH[mo.group(2).lower()], int(mo.group(1)))
        return
    for f in DOB_FORMATS:
        try:
            d = datetime.datetime.strptime(s.title() if '%b' in f or '%B' in f else s, f)
            assert 1930 <= d.year <= 2024, t
            return
        except ValueError:
            pass
    raise AssertionError(('dob', t))


def v_name(t):
    assert not re.match(r'(Mr|Mrs|Ms|Miss|Dr|DC|DS|PC|SO|Sgt)\.? ', t), ('title in name', t)


def v_address(t):
    # street part only: the postcode must be a separate span
    assert not re.search(r'\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b', t), ('postcode in address', t)
    assert ',' in t or ' ' in t, t


VALIDATORS = {'pnc': v_pnc, 'cro': v_cro, 'nhs_number': v_nhs, 'ni_number': v_ni,
              'prison_number': v_pn, 'crn': v_crn, 'payment_card': v_luhn,
              'iban': v_iban, 'phone': v_phone, 'email': v_email,
              'ip_address': v_ip, 'postcode': v_postcode,
              'vehicle_registration': v_vrm, 'driving_licence': v_dl,
              'passport': v_pp, 'sort_code': v_sc, 'account_number': v_an,
              'date_of_birth': v_dob, 'name': v_name, 'address': v_address}

# ====================================================================== BUNDLE 01
# Sikh Punjabi woman (Kaur), women's open prison, ROTL work placement; earlier
# community order. Relatives share her surname (GILL) and her former married name.
def bundle01():
    b = Bundle('eval13-01', {
        'name': 'Harpreet Kaur GILL',
        'aliases': ['Harpreet Kaur SANDHU', 'Preeti', 'Harpreet Gill', 'H K Gill'],
        'date_of_birth': '1988-03-14',
        'prison_number': 'C4417HK',
        'identifiers': {'ni_number': 'JH 48 27 61 C', 'nhs_number': '999 412 7837',
                        'pnc': '2006/0412873Q', 'cro': '318842/06F', 'crn': 'E482913'},
        'contact': {'addresses': ['14 Marigold Close, Thornby, Ashgrove ZB3 9NR',
                                  'Flat 2, 88 Canal Road, Ashgrove ZB2 4DR'],
                    'phones': ['07700 900214', '07700 900871'],
                    'emails': ['harpreet.gill88@example.com']}})
    m = b.m
    # subject
    m('s_full', 'Harpreet Kaur GILL', 'n:s')
    m('s_full2', 'Harpreet Kaur Gill', 'n:s')
    m('s_sc', 'GILL, Harpreet Kaur', 'n:s')
    m('s_sc2', 'GILL, Harpreet', 'n:s')
    m('s_caps', 'HARPREET KAUR GILL', 'n:s')
    m('s_hg', 'Harpreet Gill', 'n:s')
    m('s_first', 'Harpreet', 'n:s')
    m('s_sur', 'Gill', 'n:s')
    m('s_SUR', 'GILL', 'n:s')
    m('s_preeti', 'Preeti', 'n:s')
    m('s_alias', 'Harpreet Kaur SANDHU', 'n:s')
    m('s_init', 'H K Gill', 'n:s')
    m('s_hkg', 'HKG', 'n:s')
    m('s_ocr', 'HARPREET K. GlLL', 'n:s')
    m('dob1', '14/03/1988', 'dob:s')
    m('dob2', '14 March 1988', 'dob:s')
    m('dob3', '1988-03-14', 'dob:s')
    m('dob4', '14-MAR-1988', 'dob:s')
    m('dob5', '14.03.88', 'dob:s')
    m('pn', 'C4417HK', 'pn:s')
    m('pnc', '06/412873Q', 'pnc:s')
    m('pnc_l', '2006/0412873Q', 'pnc:s')
    m('cro', '318842/06F', 'cro:s')
    m('nhs', '999 412 7837', 'nhs:s')
    m('ni', 'JH 48 27 61 C', 'ni:s')
    m('ni2', 'JH482761C', 'ni:s')
    m('crn', 'E482913', 'crn:s')
    m('s_addr', '14 Marigold Close, Thornby, Ashgrove', 'ad:s')
    m('s_pc', 'ZB3 9NR', 'pc:s')
    m('s_prev', 'Flat 2, 88 Canal Road, Ashgrove', 'ad:s')
    m('s_prevpc', 'ZB2 4DR', 'pc:s')
    m('s_ph', '07700 900214', 'ph:s')
    m('s_oldph', '07700 900871', 'ph:s')
    m('s_oldph2', '07700900871', 'ph:s')
    m('s_em', 'harpreet.gill88@example.com', 'em:s')
    m('s_sort', '40-12-76', 'sc:s')
    m('s_acc', '31926854', 'an:s')
    m('s_iban', 'GB04 NWBK 4012 7631 9268 54', 'ib:s')
    # third parties
    m('man_full', 'Manpreet Kaur GILL', 'n:t')
    m('man_first', 'Manpreet', 'n:t')
    m('man_ph', '07700 900366', 'ph:t')
    m('man_addr', '41 Beechcroft Avenue, Ashgrove', 'ad:t')
    m('man_pc', 'ZB5 3BA', 'pc:t')
    m('raj_full', 'Rajinder Singh SANDHU', 'n:t')
    m('raj_first', 'Rajinder', 'n:t')
    m('raj_sur', 'Sandhu', 'n:t')
    m('raj_nick', 'Raj', 'n:t')
    m('raj_vrm', 'YB67 KTW', 'vr:t')
    m('simran', 'Simran', 'n:t')
    m('simran_full', 'Simran Kaur SANDHU', 'n:t')
    m('simran_dob', '02/09/2014', 'dob:t')
    m('bal_full', 'Balwinder Singh GILL', 'n:t')
    m('bal_sur', 'Gill', 'n:t')
    m('bal_addr', '5 Harewood Terrace, Ashgrove', 'ad:t')
    m('bal_pc', 'ZB2 7HT', 'pc:t')
    m('bal_ph', '0113 496 0958', 'ph:t')
    m('tan_full', 'TAN Mei Ling', 'n:t')
    m('tan_given', 'Mei Ling', 'n:t')
    m('tan_sur', 'Tan', 'n:t')
    m('tan_ph', '07700 900745', 'ph:t')
    m('tan_em', 'meiling@lotusleaf.example.com', 'em:t')
    m('cafe_addr', '3 Weavers Row, Ashgrove', 'ad:t')
    m('cafe_pc', 'ZB1 5WR', 'pc:t')
    m('cafe_ph', '0113 496 0633', 'ph:t')
    m('wei', 'Wei Jie', 'n:t')
    m('keel_full', 'Keeley-Ann BRAITHWAITE', 'n:t')
    m('keel_first', 'Keeley-Ann', 'n:t')
    m('doreen_full', 'Doreen ASHWORTH', 'n:t')
    m('doreen', 'Doreen', 'n:t')
    m('doreen_sur', 'Ashworth', 'n:t')
    m('nolan_full', 'Siobhan NOLAN', 'n:t')
    m('nolan_sur', 'Nolan', 'n:t')
    m('nolan_em', 's.nolan@ashgrovefoodshare.example.org', 'em:t')
    m('gian_full', 'Kulwant SINGH', 'n:t')
    # staff
    m('adey_full', 'Funmilayo ADEYEMI', 'n:st')
    m('adey_sur', 'Adeyemi', 'n:st')
    m('whit_full', 'Craig WHITLOCK', 'n:st')
    m('whit_sur', 'Whitlock', 'n:st')
    m('holt_full', 'Rebecca HOLT', 'n:st')
    m('holt_sur', 'Holt', 'n:st')
    m('holt_em', 'rebecca.holt@justice.example.gov.uk', 'em:st')
    m('holt_ph', '0113 496 0417', 'ph:st')
    m('oye_full', 'Daniel OYELARAN', 'n:st')
    m('oye_sur', 'Oyelaran', 'n:st')
    m('oye_em', 'daniel.oyelaran@probation.example.gov.uk', 'em:st')
    m('oye_mob', '07700 900129', 'ph:st')
    m('duck_full', 'Kevin DUCKWORTH', 'n:st')
    m('duck_sur', 'Duckworth', 'n:st')
    m('nair_full', 'Priya NAIR', 'n:st')
    m('nair_sur', 'Nair', 'n:st')
    m('maddox', 'Maddox', 'n:st')
    m('maddox_full', 'Leanne MADDOX', 'n:st')
    # public bodies
    m('ag_addr', 'Grange Lane, Thornby Moor, Ashgrove', 'ad:pb')
    m('ag_pc', 'ZB4 7GQ', 'pc:pb')
    m('ag_ph', '0113 496 0400', 'ph:pb')
    m('ag_em', 'omu.ashgrovegrange@justice.example.gov.uk', 'em:pb')
    m('pdu_addr', 'Civic Chambers, 2 Infirmary Street, Ashgrove', 'ad:pb')
    m('pdu_pc', 'ZB1 2PD', 'pc:pb')
    m('pdu_ph', '0113 496 0720', 'ph:pb')
    m('pdu_em', 'ashgrove.pdu@probation.example.gov.uk', 'em:pb')

    # ---------------------------------------------------------------- doc 1
    b.doc('rotl-work-placement-agreement', [
        """HMP & YOI ASHGROVE GRANGE - RELEASE ON TEMPORARY LICENCE
WORK PLACEMENT AGREEMENT (RDR - paid employment)

Establishment: HMP & YOI Ashgrove Grange, {ag_addr} {ag_pc}
Switchboard: {ag_ph}      OMU mailbox: {ag_em}

PART A - PRISONER
""" + b.T([
            ['Name (as on NOMIS):', '{s_sc}'],
            ['Prison number:', '{pn}'],
            ['Date of birth:', '{dob1}'],
            ['Also known as:', '{s_alias} (former married name, not in use)'],
            ['Licence address:', '{s_addr}, {s_pc}'],
        ]) + """

PART B - EMPLOYER
""" + b.T([
            ['Business:', 'Lotus Leaf Cafe (sole trader)'],
            ['Address:', '{cafe_addr}, {cafe_pc}'],
            ['Contact:', '{tan_full} (owner / manager)'],
            ['Telephone:', '{cafe_ph}   Mobile: {tan_ph}'],
            ['Email:', '{tan_em}'],
            ['Role offered:', 'Kitchen assistant / front of house, 08:30-15:30, Mon-Fri'],
            ['Wages paid to:', 'sort code {s_sort}, account {s_acc}'],
        ]) + """

PART C - CONDITIONS
1. {s_first} must travel directly between the establishment and the placement by the
   number 41 bus and must not enter licensed premises.
2. No contact, direct or indirect, with {raj_full} or any member of his household.
3. {s_first} must carry her licence and produce it to police or staff on request.
""",
        """ROTL Work Placement Agreement - {s_sc2} ({pn}) - page 2 of 2

4. The employer will telephone the OMU on {ag_ph} if {s_sur} has not arrived by 09:00,
   and will not allow her to handle cash or customer card payments unsupervised.
5. Ms {tan_sur} confirms she has been told of the index offence (fraud by abuse of
   position) and that the victim, {doreen_full}, has no connection with the business.
6. Ms {tan_sur}'s son {wei} also works in the kitchen; he has been told only that
   {s_first} is on a resettlement placement.

""" + b.T([
            ['Signed (prisoner):', '{s_full}', 'Date: 03/02/2025'],
            ['Signed (employer):', '{tan_full}', 'Date: 03/02/2025'],
            ['Authorised (OMU):', '{whit_full}, Supervising Officer', 'Date: 04/02/2025'],
            ['Governor approval:', '{adey_full}, Head of Reducing Reoffending', 'Date: 05/02/2025'],
        ]) + """

cc Community Offender Manager: {oye_full} ({oye_em})
cc Ashgrove PDU, {pdu_addr}, {pdu_pc}
"""])

    # ---------------------------------------------------------------- doc 2
    b.doc('employer-placement-monitoring-visit', [
        """Employer Monitoring Visit - Release on Temporary Licence
Prisoner: {s_caps}   No. {pn}   Placement: Lotus Leaf Cafe, {cafe_addr} {cafe_pc}
Visit by: {holt_full} (Prison Offender Manager)   Date of visit: 19/03/2025

I attended the cafe unannounced at 11:40. {s_sur} was working at the counter and was
wearing the cafe's apron and name badge, which reads "{s_preeti}". {tan_given} explained
that regular customers call her {s_preeti} and that {s_first} asked for this herself; I
have no concerns about the use of the name, but I have reminded {s_first} that her
licence is issued as {s_full2} and she must give that name if asked by police.

{tan_full} told me that {s_first} is punctual and has been trusted to open up twice when
{wei} was off sick. She has NOT been given keys. Ms {tan_sur} said a man who gave his
name as "{raj_nick}" came into the cafe on 14/03/2025 and asked whether {s_preeti} worked there.
{tan_given} described him as Punjabi, 40s, driving a grey Toyota, registration she noted
as {raj_vrm}. This matches the vehicle recorded for {raj_full} in the licence
conditions pack. {s_first} was on her break and did not see him.

Actions:
- {raj_sur} sighting passed to the OMU and to the COM, {oye_full}, by email the same day.
- Safety plan reviewed with {s_sur}: if {raj_first} attends again she is to go to the back
  office and ring the establishment on {ag_ph}, not her own mobile.
- Ms {tan_sur} given my direct line {holt_ph} and the OMU mailbox {ag_em}.

Wages are being paid correctly into {s_hg}'s discharge account (IBAN {s_iban}).
Payslip seen. No concerns about hours.

{holt_full}, POM, {holt_em}
""",
        """Employer Monitoring Visit - {s_sc2} {pn} - continuation

Addendum 20/03/2025 (COM): I have spoken to {s_first} by telephone via the OMU. She
confirms that the only number she has given the cafe is her new mobile {s_ph}; her old
number {s_oldph} was in her name on the same contract as {raj_first}'s and she believes
he still has access to the account. Recommend the cafe deletes any record of {s_oldph}.
I will ask Eastmoor Police to flag {raj_vrm} on ANPR near {cafe_addr}.

{oye_full}, Community Offender Manager, Ashgrove PDU ({pdu_ph})
"""])

    # ---------------------------------------------------------------- doc 3
    b.doc('family-ties-overnight-release-plan', [
        """RESETTLEMENT OVERNIGHT RELEASE - FAMILY TIES PLAN
(for Board use; to be read with the ROTL risk assessment)

Prisoner ........ {s_sc} ({pn})      D.O.B ....... {dob2}
CRN ............. {crn}                 PNC ......... {pnc}

1. Proposed overnight address
   {bal_full} (father), {bal_addr}, {bal_pc}. Landline {bal_ph}.
   Mr {bal_sur} is 71 and lives alone. He has agreed in writing that {s_first} may stay
   Friday and Saturday nights. He does not hold a mobile. The address was checked by the
   COM on 21/02/2025; no children in the household.

2. Children
   {s_first}'s daughter, {simran_full} (DOB {simran_dob}), lives with {s_first}'s sister,
   {man_full}, under a special guardianship order at {man_addr}, {man_pc}.
   Contact is arranged by {man_first} ({man_ph}). {simran} will spend Saturday daytime
   with her mother at Mr {bal_sur}'s house; {man_first} will collect her by 18:00.

3. Risk to and from others
   {raj_full} ({simran}'s father, {s_first}'s former husband) is subject to a
   restraining order protecting {s_first} and {simran}. {raj_first} knows Mr {bal_sur}'s
   address. A marker has been placed on {bal_addr} by Eastmoor Police (ref held by
   police). {s_first} will keep her mobile {s_ph} charged and switched on.

4. Faith
   {s_first} wishes to attend the Sunday diwan at the gurdwara. Giani {gian_full}, the
   granthi, has offered to sit with the family. Because Sunday falls outside the
   overnight window, this is deferred to the next board.
""",
        """Family Ties Plan - {s_sc2} - {pn} - page 2

5. Reporting
   {s_sur} will telephone the establishment ({ag_ph}) at 20:00 each evening from the
   landline {bal_ph}. Failure to call = treat as unlawfully at large after 30 minutes.

6. Views of family
   {man_first} told the COM: "{s_preeti} has done everything they asked. {simran} counts
   the days." Mr {bal_sur} asked that his son-in-law's name not be mentioned in front of
   {simran}.

""" + b.T([
            ['Prepared by', '{holt_full}, POM', '24/02/2025'],
            ['Agreed (COM)', '{oye_full}', '25/02/2025'],
            ['Board chair', '{adey_full}', '27/02/2025'],
        ]) + "\n"])

    # ---------------------------------------------------------------- doc 4
    b.doc('unpaid-work-completion-certificate', [
        """ASHGROVE PROBATION DELIVERY UNIT
{pdu_addr}, {pdu_pc}  *  {pdu_ph}  *  {pdu_em}

CERTIFICATE OF COMPLETION - UNPAID WORK REQUIREMENT

This is to certify that

        {s_caps}
        (date of birth {dob2})
        of {s_prev}, {s_prevpc}

has completed 150 hours of unpaid work imposed as part of a community order made
at Ashgrove Magistrates' Court on 11/06/2019. Case reference number (CRN): {crn}.

""" + b.T([
            ['Placement', 'Hours', 'Supervisor'],
            ['Ashgrove Food Share warehouse', '96', '{nolan_full} (charity coordinator)'],
            ['Canal towpath clearance (group)', '42', '{duck_full} (UPW supervisor)'],
            ['Induction and health & safety', '12', '{duck_full}'],
        ]) + """

Contact telephone held at time of order: {s_oldph}

Signed: {duck_full}, Unpaid Work Supervisor        Date: 28/01/2020
""",
        """Supervisor's note attached to certificate (file copy only)
Re: {s_hg}   CRN {crn}

{s_sur} was reliable throughout. {nolan_sur} at the food share asked whether {s_first}
could stay on as a volunteer after completion; I passed on the coordinator's email,
{nolan_em}, with {s_first}'s agreement. {s_first} mentioned that her husband
{raj_first} did not want her volunteering and twice collected her early in a grey
car. I recorded this on the case record. {s_first}'s mobile changed during the order
from {s_oldph2} to a new number which she did not want recorded at that time.

{duck_sur}
"""])

    # ---------------------------------------------------------------- doc 5
    b.doc('in-cell-kiosk-application-history', [
        """KIOSK APPLICATIONS - HISTORY EXPORT
Establishment: ASHGROVE GRANGE (open)   Prisoner: {s_sc}   {pn}   Unit: Willow 2
Exported by: {maddox_full} (custody officer) 02/04/2025 09:12

""" + b.T([
            ['Date', 'Type', 'Application text', 'Response / by'],
            ['04/03/25', 'PIN phone', 'pls add sister {man_first} {man_ph}', 'Added - {maddox}'],
            ['04/03/25', 'PIN phone', 'and my dad {bal_full} {bal_ph}', 'Added - {maddox}'],
            ['06/03/25', 'Canteen', 'pay in from {man_full} not showing', 'Received 05/03 - Finance'],
            ['09/03/25', 'Chaplaincy', 'can Giani {gian_full} visit re Sunday', 'Passed to chaplain'],
            ['12/03/25', 'OMU', 'when is my board for overnight', 'Booked 27/02? - {whit_sur}'],
            ['12/03/25', 'OMU', 'sorry i meant next one. {s_hkg}', 'April - {whit_sur}'],
            ['15/03/25', 'Property', 'need my bank card for wages acct', 'Refused - in stored prop'],
            ['18/03/25', 'Healthcare', 'repeat prescription NHS no {nhs}', 'Seen 20/03'],
            ['21/03/25', 'Room', 'swap from room with {keel_first}', 'Refused - {maddox}'],
            ['21/03/25', 'General', 'remove old no {s_oldph} from my file', 'Done - {maddox}'],
        ]) + """

Free-text continuation (21/03/25, Room):
"I get on ok with {keel_full} but she plays music all night and I start at the cafe
at 8.30. I am not complaining about her. {s_preeti} ({s_full2}, Willow 2)"

Response (22/03/25): Moves on Willow are by seniority; {keel_first} and you have both
been spoken to about noise after 23:00. Officer {maddox}.
"""])

    # ---------------------------------------------------------------- doc 6 (OCR noise)
    b.doc('victim-awareness-course-workbook-extract', [
        """[scanned workbook - OCR text, uncorrected]
AsHGR0VE GRANGE  -  Victim Awareness (Sycamore Tree-style) - Session 4 workbook
Partic1pant: {s_ocr}     N0: {pn}      Facilitator: {nair_full}

Q1. Who was affected by what you did ?
  The main person is {doreen} . I was her carer for 2 years thru the agency and I used
  her bank card to take money. She trusted me. Her son found out . Also the agency,
  and my own fam1ly - my daughter {simran} was 8 and my sister {man_first} had to take her.

Q2. What do you think {doreen} felt ?
  Scared to be on her own. Mrs {doreen_sur} told the court she stopped answering
  the door. I think she felt stupid but it was me that was wrong not her.

Q3. If you could say one thing to the person you harmed ?
  Sorry. I know I cant write to her. I would want her to know I am paying back the
  compensation from my wages every month.
""",
        """Victim Awareness - Session 4 - {s_hkg} - p.2

Facilitator comments ({nair_sur}):
  {s_first} engaged well. She names her victim throughout by first name, which she says
  is how she addressed {doreen} when caring for her; she was reminded that the
  restorative letter route is via the victim liaison unit only and she must not
  attempt direct contact. She linked her offending to financial control by
  {raj_first} (discussed with consent). Recommend she continues to Session 5.

  - {nair_full}, Psychology Assistant, 26/03/2025
"""])

    # ---------------------------------------------------------------- doc 7
    b.doc('sentence-plan-review-minutes', [
        """SENTENCE PLAN REVIEW - MINUTES
Subject: {s_caps}   D.O.B {dob5}   NOMS {pn}   CRO {cro}   PNC {pnc_l}
NI {ni2}    Held at: HMP & YOI Ashgrove Grange, 08/04/2025

Present: {s_full} (prisoner); {holt_full} (POM, chair); {oye_full} (COM, by video);
Officer {maddox_full} (key worker). Apologies: {adey_sur} (Governor).

1. Progress since last review
   {holt_sur} summarised: Category D since 10/2024; ROTL compliant (14 day releases,
   2 overnights); employed at Lotus Leaf Cafe since February. {s_sur} completed Victim
   Awareness Sessions 1-4 with {nair_sur}.

2. Release planning (CRD 22/10/2025)
   Proposed licence address is {s_addr}, {s_pc}, a tenancy offered by Ashgrove Homes
   in {s_first}'s own name. The previous family home ({s_prev}) was given up in 2023.
   {oye_sur} will complete the address check before the HDC window.

3. Risk
   {raj_full} remains the principal risk. {s_first} reported that {raj_sur} has sent a
   friend request to her sister {man_first}. {man_first} has blocked him. {oye_sur}
   to liaise with police; OASys risk of serious harm review not required.
""",
        """Sentence Plan Review - {s_sc2} - {pn} - continuation

4. Finance
   Compensation order: {s_sur} is paying via the discharge account (sort code
   {s_sort}, account {s_acc}). Balance outstanding noted. She asked whether
   statements can go to her email {s_em}; agreed for after release only.

5. Health
   {s_first} takes regular medication (NHS {nhs}); repeat prescription route confirmed.

6. Identity documents
   {s_first} needs her NI number on the tenancy application; confirmed as {ni}.

""" + b.T([
            ['Actions', 'Owner', 'By'],
            ['- HDC address check', '{oye_sur}', '30/05/2025'],
            ['- Notify police re {raj_first} contact', '{oye_sur}', '15/04/2025'],
            ['- Book Session 5', '{nair_sur}', '22/04/2025'],
        ]) + """

Next review: July 2025. Minutes: {holt_sur} ({holt_em}, {holt_ph}).
COM out-of-hours mobile for {s_first}'s use on ROTL only: {oye_mob}
"""])
    return b

# ====================================================================== BUNDLE 02
# Syrian Arabic man (nasab "bin Khaled", kunya "Abu Yazan"), foreign national offender
# in immigration detention appealing deportation at the First-tier Tribunal (IAC).
# Brother shares the surname; wife has her own kunya; son's name is inside the
# subject's kunya; Afghan detainee with a single name; Sudanese and Iranian names.
def bundle02():
    b = Bundle('eval13-02', {
        'name': 'Mahmoud Khaled AL-HAMWI',
        'aliases': ['Abu Yazan', 'Mahmoud bin Khaled', 'Mahmud Al-Hamwi', 'Mahmoud AL HAMWI',
                    'ALHAMWI'],
        'date_of_birth': '1979-11-02',
        'prison_number': 'A7306DH',
        'identifiers': {'ni_number': 'PE 73 91 05 A', 'nhs_number': '999 206 1545',
                        'pnc': '2011/0098215X', 'cro': '72215/11Q'},
        'contact': {'addresses': ['Flat 6, Beaumont Court, 21 Dock Street, Harwick YC4 6DS'],
                    'phones': ['07700 900532', '07700 900517'],
                    'emails': ['abu.yazan79@example.net']}})
    m = b.m
    m('s_full', 'Mahmoud Khaled AL-HAMWI', 'n:s')
    m('s_sc', 'AL-HAMWI, Mahmoud Khaled', 'n:s')
    m('s_sc2', 'AL-HAMWI, Mahmoud', 'n:s')
    m('s_nohy', 'ALHAMWI', 'n:s')
    m('s_nohy_full', 'ALHAMWI MAHMOUD', 'n:s')
    m('s_sp', 'Mahmoud AL HAMWI', 'n:s')
    m('s_mud', 'Mahmud Al-Hamwi', 'n:s')
    m('s_sur', 'Al-Hamwi', 'n:s')
    m('s_first', 'Mahmoud', 'n:s')
    m('s_kunya', 'Abu Yazan', 'n:s')
    m('s_nasab', 'Mahmoud bin Khaled', 'n:s')
    m('s_init', 'M.K. Al-Hamwi', 'n:s')
    m('s_sonof', 'Mahmoud son of Khaled', 'n:s')
    m('s_lower', 'mahmoud al hamwi', 'n:s')
    m('dob1', '02/11/1979', 'dob:s')
    m('dob2', '2 November 1979', 'dob:s')
    m('dob3', '02-NOV-1979', 'dob:s')
    m('dob4', '1979-11-02', 'dob:s')
    m('pn', 'A7306DH', 'pn:s')
    m('pnc', '11/98215X', 'pnc:s')
    m('pnc_l', '2011/0098215X', 'pnc:s')
    m('cro', '72215/11Q', 'cro:s')
    m('nhs', '999 206 1545', 'nhs:s')
    m('nhs2', '9992061545', 'nhs:s')
    m('pp', '006218459', 'pp:s')
    m('ni', 'PE 73 91 05 A', 'ni:s')
    m('s_addr', 'Flat 6, Beaumont Court, 21 Dock Street, Harwick', 'ad:s')
    m('s_pc', 'YC4 6DS', 'pc:s')
    m('s_street', 'Dock Street', 'ad:s')
    m('s_ph', '07700 900532', 'ph:s')
    m('s_ph_int', '+44 7700 900532', 'ph:s')
    m('s_oldph', '07700 900517', 'ph:s')
    m('s_em', 'abu.yazan79@example.net', 'em:s')
    # third parties
    m('omar_full', 'Omar Khaled AL-HAMWI', 'n:t')
    m('omar', 'Omar', 'n:t')
    m('omar_em', 'omar.alhamwi@example.org', 'em:t')
    m('omar_card', '4532 0148 7716 3022', 'card:t')
    m('rasha_full', 'Rasha AL-SHAMI', 'n:t')
    m('rasha', 'Rasha', 'n:t')
    m('rasha_sur', 'Al-Shami', 'n:t')
    m('rasha_kunya', 'Umm Yazan', 'n:t')
    m('rasha_ph', '07700 900618', 'ph:t')
    m('rasha_addr', '31 Fernhill Road, Harwick', 'ad:t')
    m('rasha_pc', 'YC5 2FR', 'pc:t')
    m('yazan', 'Yazan', 'n:t')
    m('yazan_full', 'Yazan Mahmoud AL-HAMWI', 'n:t')
    m('yazan_dob', '17/06/2013', 'dob:t')
    m('lina', 'Lina', 'n:t')
    m('lina_dob', '04/01/2017', 'dob:t')
    m('zabi', 'Zabiullah', 'n:t')
    m('abdel_full', 'Abdelrahman Osman Mohamed ELTAYEB', 'n:t')
    m('abdel_short', 'Abdelrahman ELTAYEB', 'n:t')
    m('abdel', 'Abdelrahman', 'n:t')
    m('abdel_sur', 'Eltayeb', 'n:t')
    m('abdel_addr', '12 Quayside Mews, Harwick', 'ad:t')
    m('abdel_pc', 'YC3 7QW', 'pc:t')
    m('abdel_ph', '07700 900281', 'ph:t')
    m('parisa_full', 'Parisa RAHIMI-NEJAD', 'n:t')
    m('parisa_sur', 'Rahimi-Nejad', 'n:t')
    m('parisa_em', 'p.rahiminejad@countryexpert.example.org', 'em:t')
    m('qureshi_full', 'Nadia QURESHI', 'n:t')
    m('qureshi', 'Qureshi', 'n:t')
    m('tomasz_full', 'Tomasz WIŚNIEWSKI', 'n:t')
    m('tomasz_sur', 'Wiśniewski', 'n:t')
    m('tomasz_em', 't.wisniewski@harwicklaw.example.org.cjsm.net', 'em:t')
    m('tomasz_ph', '0117 496 0274', 'ph:t')
    m('jordan', 'Jordan', 'n:t')
    m('jordan_full', 'Jordan PRESCOTT', 'n:t')
    m('hassan_full', 'Hassan Ali AL-HAMWI', 'n:t')
    m('rc_full', 'Bronwen ELLIS', 'n:t')
    m('vol_full', 'Hamid REZAEI', 'n:t')
    m('vol2_full', 'Farah SIDDIQUI', 'n:t')
    m('rc_em', 'tracing.harwick@redcross.example.org', 'em:t')
    # staff
    m('judge', 'Hollingsworth', 'n:st')
    m('judge_full', 'Eleanor HOLLINGSWORTH', 'n:st')
    m('okafor_full', 'David OKAFOR', 'n:st')
    m('okafor', 'Okafor', 'n:st')
    m('okafor_em', 'david.okafor@homeoffice.example.gov.uk', 'em:st')
    m('haddad_full', 'Karim HADDAD', 'n:st')
    m('haddad', 'Haddad', 'n:st')
    m('fenwick_full', 'Alison FENWICK', 'n:st')
    m('fenwick', 'Fenwick', 'n:st')
    m('mehta_full', 'Sunil MEHTA', 'n:st')
    m('mehta', 'Mehta', 'n:st')
    m('marchetti', 'E. Marchetti', 'n:st')
    m('welfare_full', 'Grace ODUYA', 'n:st')
    m('welfare', 'Oduya', 'n:st')
    # public bodies
    m('ftt_addr', 'Columbus House, Quay Road, Harwick', 'ad:pb')
    m('ftt_pc', 'YC2 3HT', 'pc:pb')
    m('ftt_ph', '0117 496 0350', 'ph:pb')
    m('ftt_em', 'harwick.iac@tribunals.example.gov.uk', 'em:pb')
    m('irc_addr', 'Airfield Road, Brackenford', 'ad:pb')
    m('irc_pc', 'YD3 5RB', 'pc:pb')
    m('irc_ph', '0117 496 0911', 'ph:pb')
    m('ho_addr', 'Meridian House, 11 Canal Street, Harwick', 'ad:pb')
    m('ho_pc', 'YC1 8HW', 'pc:pb')
    m('ho_ph', '0117 496 0800', 'ph:pb')
    m('ho_em', 'fnocasework@homeoffice.example.gov.uk', 'em:pb')

    # ---------------------------------------------------------------- doc 1
    b.doc('ftt-iac-notice-of-hearing', [
        """FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)
Harwick Hearing Centre, {ftt_addr}, {ftt_pc}
Telephone {ftt_ph}   Email {ftt_em}

NOTICE OF HEARING - DEPORTATION APPEAL (HUMAN RIGHTS / PROTECTION)

""" + b.T([
            ['Appellant:', '{s_sc}'],
            ['Date of birth:', '{dob1}'],
            ['Nationality:', 'Syrian'],
            ['Held at:', 'Brackenford IRC, {irc_addr}, {irc_pc}'],
            ['Representative:', 'Harwick Law Centre ({tomasz_full})'],
            ['Respondent:', 'Secretary of State for the Home Department'],
        ]) + """

TAKE NOTICE that the appeal will be heard at the above hearing centre on
Tuesday 13 May 2025 at 10:00 (time estimate: 1 day). The appellant will attend by
video link from the removal centre. An Arabic (Levantine) interpreter has been booked.

The appellant has stated that he is also known as "{s_kunya}" and, in Syrian documents,
as {s_nasab}. The Tribunal will refer to him as {s_sur}.

Directions:
1. The respondent to serve a review by 29 April 2025.
2. Any witness statements (including from {abdel_short} and {rasha_full}) to be
   filed and served no later than 7 days before the hearing.
3. The expert report of Dr {parisa_full} to be filed in paginated form.

Issued on behalf of Designated Judge {judge_full}  -  10 April 2025

Copies: appellant (via IRC); {tomasz_em}; Home Office, {ho_addr}, {ho_pc}
"""])

    # ---------------------------------------------------------------- doc 2
    b.doc('tribunal-record-of-proceedings', [
        """RECORD OF PROCEEDINGS                Hearing date: 13/05/2025   Court 3 (video)
Appellant: {s_full} ({s_kunya})      DOB {dob1}      Judge: {judge}

Attendance: Appellant by CVP from Brackenford. For the appellant: Ms {qureshi_full},
counsel, instructed by Mr {tomasz_sur}. For the respondent: Mr {okafor_full}, HOPO.
Interpreter: Mr {haddad_full} (Arabic). Interpreter and appellant confirmed they
understood one another.

10:12  Preliminary. Ms {qureshi} applies to rely on late statement of {abdel_short}.
       Mr {okafor} no objection. Admitted.
10:25  Appellant adopts statement. XX by Mr {okafor}:
       Q: You were convicted of wounding {jordan_full} in 2021?  A: Yes. I regret it.
       Q: You told the probation officer your name was {s_nasab}?  A: That is my
          name in the Syrian way. {s_sonof}. My friends call me {s_kunya},
          after my son {yazan}.
       Q: Your brother {omar} is in Germany?  A: Yes, since 2016. He sends money for
          my children with his card.
11:05  RXN by Ms {qureshi}: A: {rasha} and the children live at {rasha_addr}. I
       lived there until 2020, then {s_street} after we separated.
11:20  Witness: {abdel_full}. Adopts statement. Lives at {abdel_addr}, {abdel_pc}.
       Has known the appellant since 2017 through the Sudanese and Syrian
       community football team. Says "{s_kunya} is a good father to {yazan} and {lina}."
11:40  XX by Mr {okafor}: witness agrees he did not know of the conviction until 2022.
""",
        """Record of Proceedings - {s_sc2} - page 2

12:05  Submissions (respondent). {okafor}: s.117C(3), sentence of 2 years 3 months;
       Exception 2 not met; reliance on CPIN; expert Dr {parisa_sur} not country-specific
       for the Hama governorate.
12:40  Submissions (appellant). Ms {qureshi}: unduly harsh on {yazan} (DOB {yazan_dob}) and
       {lina} (DOB {lina_dob}); {rasha_full} has no leave to remain in her own right;
       risk on return as a draft evader.
13:10  Judge: decision reserved. Appellant to remain at Brackenford pending decision.

Note for file: interpreter {haddad} reported that the appellant's wife is referred to
in the family as "{rasha_kunya}"; that term appears in text messages in the bundle and
refers to {rasha}, not the appellant.

Judge {judge}
"""])

    # ---------------------------------------------------------------- doc 3
    b.doc('country-expert-report-extract', [
        """EXPERT REPORT ON RISK ON RETURN TO SYRIA  -  EXTRACT (Sections 1, 6 and 9)
Prepared by: Dr {parisa_full}, independent country expert
Contact: {parisa_em}
Instructed by: Harwick Law Centre (ref. {tomasz_sur})
In the matter of: {s_sc} (born {dob2})

1. Instructions
1.1 I am asked whether a man with the appellant's profile - a Sunni Arab from Hama,
    of military age when he left, with a brother ({omar_full}) who is a known
    opposition activist in Germany - would be at risk at the point of return.
1.2 I have not met the appellant. I have seen his Syrian passport (no. {pp}), a
    family civil-registry extract and screenshots provided by {rasha_full}.

6. Names and identification at the border
6.1 Syrian civil registry entries record the full name with the father's name
    (nasab): the appellant appears as {s_nasab} {s_nohy}. The kunya "{s_kunya}" is
    an honorific used socially; it is not recorded officially, but it appears on his
    social-media profile, which increases the likelihood that he would be linked to
    his brother's posts.
6.2 Returnees are checked against wanted lists by name. Transliteration varies:
    "{s_mud}" and "{s_sp}" both appear in the documents I have seen.
    I am aware of a cousin, {hassan_full}, who was detained at Damascus airport in
    2019 under a similar name.

9. Conclusion
9.1 In my opinion there is a real risk that {s_sur} would be questioned on arrival
    and detained because of his brother {omar}'s activities.

Dr {parisa_sur}, 22 April 2025
"""])

    # ---------------------------------------------------------------- doc 4
    b.doc('irc-welfare-office-contact-sheet', [
        """BRACKENFORD IMMIGRATION REMOVAL CENTRE - WELFARE OFFICE CONTACT SHEET
{irc_addr}, {irc_pc}   Switchboard {irc_ph}

Detainee: {s_nohy_full}     (CID name format)     Room: Heron 2-14
NOMS no. on transfer from HMP: {pn}   NHS: {nhs2}

""" + b.T([
            ['Date', 'Time', 'Officer', 'Contact / action'],
            ['24/03/25', '10:15', '{welfare}', 'Arrived from HMP. Mobile issued; number {s_ph}.'],
            ['24/03/25', '10:20', '{welfare}', 'Old mobile {s_oldph} in property - SIM retained.'],
            ['26/03/25', '14:00', '{welfare}', 'Asked to add wife {rasha} {rasha_ph} to visits list.'],
            ['02/04/25', '09:40', '{fenwick}', 'Room-mate {zabi} (Afghan) complains of snoring.'],
            ['02/04/25', '15:30', '{welfare}', 'Emailed solicitor {tomasz_em} re bail.'],
            ['09/04/25', '11:10', '{welfare}', 'Money from {omar} by card from abroad - rejected.'],
            ['15/04/25', '16:45', 'Dr {mehta}', 'Healthcare referral - see medical record.'],
        ]) + """

Note 09/04/25 ({welfare_full}): the detainee asked why the £50 sent by his brother was
returned. Payments must come from a UK bank. Brother's card {omar_card} (shown on the
receipt printed by the kiosk) was blocked by the provider. Advised {s_first} that his
brother can send a postal order, or {rasha} can hand in cash at a social visit.

Note 02/04/25 (DCM {fenwick_full}): {zabi} gives only one name; the Home Office record
shows the same. He and {s_first} have agreed to swap beds. No further action.

Note 16/04/25: detainee asked for his personal email {s_em} to be used for tribunal
papers and for his international number {s_ph_int} to be given to the interpreter.
Declined - papers go to his representative.
"""])

    # ---------------------------------------------------------------- doc 5
    b.doc('deportation-decision-letter-extract', [
        """Home Office
Foreign National Offender Returns Command
{ho_addr}  {ho_pc}   Tel {ho_ph}   {ho_em}

{s_full}
Brackenford IRC
{irc_addr}
{irc_pc}

Date: 14 March 2025

DECISION TO REFUSE A PROTECTION AND HUMAN RIGHTS CLAIM

Dear {s_sur},

1. You were convicted at Harwick Crown Court on 17/09/2021 of wounding with intent
   and sentenced to 2 years and 3 months' imprisonment. You are a foreign criminal as
   defined in section 32 of the UK Borders Act 2007.
2. Your details: {s_sc}, born {dob3}, Syrian passport {pp}, National Insurance
   number {ni}, PNC {pnc_l}, CRO {cro}.
3. You claim that deportation would breach Article 8 because of your relationship with
   your children {yazan_full} and {lina}, and your former partner {rasha_full}.
4. It is accepted that you have a genuine and subsisting relationship with {yazan}.
   It is not accepted that the effect of your deportation on him would be unduly
   harsh: {yazan} lives with his mother at {rasha_addr}, {rasha_pc}, and the
   family has support from friends including {abdel_short}.
""",
        """Page 2 of 6                                   {s_sc2}  -  {pnc}

5. You previously lived at {s_addr}, {s_pc}. You have not provided any evidence
   that you could not maintain contact from abroad by telephone or video call.
6. The victim, {jordan}, suffered a fractured cheekbone. The sentencing judge found
   that you were the aggressor.

Yours sincerely

{marchetti}
Caseworker, on behalf of the Secretary of State

Copy: Harwick Law Centre (Mr {tomasz_sur}), {tomasz_ph}
"""])

    # ---------------------------------------------------------------- doc 6
    b.doc('family-tracing-request-form', [
        """RESTORING FAMILY LINKS - TRACING REQUEST (charity casework copy)
Caseworker: {rc_full}   Mailbox: {rc_em}

A. ENQUIRER
   Full name: {s_full}      Other names used: {s_kunya}; {s_nasab}
   Date of birth: {dob2}
   Current location: Brackenford IRC (detained) - contact through welfare office
   Mobile: {s_ph}          Email: {s_em}

B. PERSON SOUGHT
   Name: {hassan_full} (cousin)      Approx. year of birth: 1982
   Last known: Damascus, 2019. Family believe he was detained at the airport.
   Other family who may have news: {omar_full} (brother, Germany) {omar_em}

C. RELATIONSHIP / MESSAGE
   "{hassan_full} is the son of my father's brother. His mother asked me to look for
    him before I was arrested. My brother {omar} has already asked in Germany."

D. CONSENT
   I agree that my name and message may be shared with the ICRC and Syrian Arab Red
   Crescent.  Signed: {s_mud}  (signature in Arabic script also)  26/03/2025

Office use: Enquirer also gave a previous UK number {s_oldph} - no longer in use.
{rc_full} to call enquirer via Brackenford welfare ({welfare}).
"""])

    # ---------------------------------------------------------------- doc 7
    b.doc('presenting-officer-review-note', [
        """HOME OFFICE PRESENTING OFFICER - POST-HEARING REVIEW NOTE
Appellant: {s_sc2}   ({s_init})   DOB {dob4}   HOPO: {okafor_full}
Hearing centre: Harwick ({ftt_ph})      Judge: {judge}

Summary of evidence
- Appellant gave evidence through interpreter {haddad}. Answers were consistent with
  his screening account save for the date his brother {omar} left Syria.
- Witness {abdel_short} ({abdel_ph}) was credible but has limited knowledge of
  the family's circumstances since 2022.
- Dr {parisa_sur}'s report: general, not tailored to Hama; did not address the
  appellant's use of the name "{s_kunya}" online beyond assertion.

Points for any onward appeal
1. If allowed on unduly harsh grounds, consider whether the judge properly applied
   HA (Iraq) to {yazan}'s circumstances.
2. Conviction: victim {jordan_full} - CPS file confirms no provocation.
3. Counsel Ms {qureshi} indicated an application for bail will follow if the appeal
   is allowed; proposed address is with {abdel_sur} at {abdel_addr}, {abdel_pc}.

Contact: {okafor_em}
"""])

    # ---------------------------------------------------------------- doc 8
    b.doc('charity-bail-referral-form', [
        """[handwritten referral form - transcribed by charity volunteer; spelling as written]
DETENTION BAIL CHARITY - REFERRAL FOR BAIL ADVICE
Volunteer: {vol_full} (bail caseworker)      Received: 22/04/2025

name (as home office has it): {s_lower}
other names: "{s_kunya}" / {s_nasab}
date of birth: {dob1}       nationality: syria
where detained: brackenford IRC, room heron 2-14
phone in centre: {s_ph}    email: {s_em}
last address before prison: {s_addr} {s_pc}
solicitor?: yes - harwick law centre, {tomasz_sur} (but he is busy, tribunal soon)

proposed surety / address:
  {abdel_full} - friend - {abdel_addr}, {abdel_pc} - tel {abdel_ph}
  "he says i can stay in the small room, his wife agrees"
family in UK: wife {rasha} (seperated) and 2 children {yazan} + {lina}
family abroad: brother {omar} (germany) can send money for surety

why do you want bail?: "my son {yazan} has exams, i want to be near. i have done
my sentence. i am not going to run, where will i go"

Volunteer notes: spoke to {s_first} by phone via welfare ({welfare}). He prefers to be
called {s_kunya} by the community but asked that letters use {s_sur}. Surety
{abdel_sur} to be contacted; conflict check done against {jordan_full} (victim) - no
link. Passed to caseworker {vol2_full} for tribunal bail application.
"""])
    return b

# ====================================================================== BUNDLE 03
# Ukrainian man (patronymic; Russian-transliterated and Cyrillic aliases), licence
# recall to custody from approved premises, police intelligence and enquiry material.
# Mother shares surname; Pashtun associate with nickname; Korean witness (surname first).
def bundle03():
    b = Bundle('eval13-03', {
        'name': 'Taras Mykolaiovych HONCHARENKO',
        'aliases': ['Taras GONCHARENKO', 'Taras Nikolaevich GONCHARENKO', 'Tarasik',
                    'Тарас Гончаренко', 'T. Honcharenko'],
        'date_of_birth': '1991-07-23',
        'prison_number': 'G2281TM',
        'identifiers': {'ni_number': 'SK 20 64 93 B', 'nhs_number': '999 731 8609',
                        'pnc': '2009/0273344Z', 'cro': '204781/09W', 'crn': 'N731904'},
        'contact': {'addresses': ['Flat 9, Carver Mill, 6 Loom Street, Norbridge ZF5 8LS'],
                    'phones': ['07700 900147', '07700 900902'],
                    'emails': ['taras.h91@example.com']}})
    m = b.m
    m('s_full', 'Taras Mykolaiovych HONCHARENKO', 'n:s')
    m('s_sc', 'HONCHARENKO, Taras', 'n:s')
    m('s_sc_full', 'HONCHARENKO, Taras Mykolaiovych', 'n:s')
    m('s_tf', 'Taras HONCHARENKO', 'n:s')
    m('s_tf2', 'Taras Honcharenko', 'n:s')
    m('s_ru', 'Taras GONCHARENKO', 'n:s')
    m('s_ru_full', 'Taras Nikolaevich GONCHARENKO', 'n:s')
    m('s_ru_sur', 'Goncharenko', 'n:s')
    m('s_cyr', 'Тарас Гончаренко', 'n:s')
    m('s_cyr_first', 'Тарас', 'n:s')
    m('s_dim', 'Tarasik', 'n:s')
    m('s_first', 'Taras', 'n:s')
    m('s_fore', 'Taras Mykolaiovych', 'n:s')
    m('s_surT', 'HONCHARENKO T', 'n:s')
    m('s_sur', 'Honcharenko', 'n:s')
    m('s_SUR', 'HONCHARENKO', 'n:s')
    m('s_init', 'T. Honcharenko', 'n:s')
    m('s_th', 'TH', 'n:s')
    m('s_lower', 'taras honcharenko', 'n:s')
    m('dob1', '23/07/1991', 'dob:s')
    m('dob2', '23 July 1991', 'dob:s')
    m('dob3', '23-JUL-1991', 'dob:s')
    m('dob4', '1991-07-23', 'dob:s')
    m('dob5', '23.07.1991', 'dob:s')
    m('pn', 'G2281TM', 'pn:s')
    m('pnc', '09/273344Z', 'pnc:s')
    m('pnc_l', '2009/0273344Z', 'pnc:s')
    m('cro', '204781/09W', 'cro:s')
    m('crn', 'N731904', 'crn:s')
    m('ni', 'SK 20 64 93 B', 'ni:s')
    m('ni2', 'SK206493B', 'ni:s')
    m('nhs', '999 731 8609', 'nhs:s')
    m('dl', 'HONCH907231TM9QZ', 'dl:s')
    m('vrm', 'LV68 HTD', 'vr:s')
    m('vrm2', 'LV68HTD', 'vr:s')
    m('s_prev', 'Flat 9, Carver Mill, 6 Loom Street, Norbridge', 'ad:s')
    m('s_prevpc', 'ZF5 8LS', 'pc:s')
    m('s_ph', '07700 900147', 'ph:s')
    m('s_ph2', '07700900147', 'ph:s')
    m('s_ph_int', '+44 7700 900147', 'ph:s')
    m('s_oldph', '07700 900902', 'ph:s')
    m('s_em', 'taras.h91@example.com', 'em:s')
    m('ip1', '203.0.113.47', 'ip:s')
    m('ip2', '2001:db8:4a1::17', 'ip:s')
    m('s_sort', '20-04-15', 'sc:s')
    m('s_acc', '63018827', 'an:s')
    m('s_iban', 'GB84 BARC 2004 1563 0188 27', 'ib:s')
    m('s_card', '5529 4106 3378 8122', 'card:s')
    # third parties
    m('iryna_full', 'Iryna Serhiivna BOIKO', 'n:t')
    m('iryna_sf', 'Iryna BOIKO', 'n:t')
    m('iryna', 'Iryna', 'n:t')
    m('ira', 'Ira', 'n:t')
    m('iryna_sur', 'Boiko', 'n:t')
    m('iryna_ph', '07700 900455', 'ph:t')
    m('iryna_addr', '27 Sycamore Avenue, Norbridge', 'ad:t')
    m('iryna_pc', 'ZF4 1SA', 'pc:t')
    m('iryna_ip', '198.51.100.23', 'ip:t')
    m('iryna_dob', '11/02/1994', 'dob:t')
    m('halyna_full', 'Halyna Vasylivna HONCHARENKO', 'n:t')
    m('halyna', 'Halyna', 'n:t')
    m('halyna_ph', '07700 900733', 'ph:t')
    m('alderton_full', 'Geoffrey ALDERTON', 'n:t')
    m('alderton', 'Alderton', 'n:t')
    m('alderton_addr', 'The Old Forge, Church Lane, Hexley', 'ad:t')
    m('alderton_pc', 'ZF8 3GL', 'pc:t')
    m('zarak_full', 'Zarak Khan YOUSAFZAI', 'n:t')
    m('zarak_sc', 'YOUSAFZAI, Zarak Khan', 'n:t')
    m('zarak', 'Zarak', 'n:t')
    m('zaki', 'Zaki', 'n:t')
    m('zarak_sur', 'Yousafzai', 'n:t')
    m('zarak_pnc', '2012/0451190F', 'pnc:t')
    m('zarak_dob', '09/12/1989', 'dob:t')
    m('zarak_vrm', 'BK21 XWN', 'vr:t')
    m('zarak_ph', '07700 900388', 'ph:t')
    m('zarak_addr', '14 Alma Street, Norbridge', 'ad:t')
    m('zarak_pc', 'ZF6 3AS', 'pc:t')
    m('jang_full', 'JANG Seo-yeon', 'n:t')
    m('seoyeon', 'Seo-yeon', 'n:t')
    m('jang', 'Jang', 'n:t')
    m('dmytro', 'Dmytro', 'n:t')
    m('dmytro_full', 'Dmytro LYSENKO', 'n:t')
    m('wayne_full', 'Wayne HIGGINBOTHAM', 'n:t')
    m('wayne', 'Higginbotham', 'n:t')
    m('wayne_ph', '0161 496 0377', 'ph:t')
    m('wayne_em', 'site.office@northline.example.co.uk', 'em:t')
    m('olek_full', 'Oleksandr KRAVETS', 'n:t')
    m('olek', 'Oleksandr', 'n:t')
    # staff
    m('lomax_full', 'Gareth LOMAX', 'n:st')
    m('lomax', 'Lomax', 'n:st')
    m('lomax_em', 'gareth.lomax@probation.example.gov.uk', 'em:st')
    m('lomax_ph', '0161 496 0648', 'ph:st')
    m('mcrae_full', 'Fiona McRAE', 'n:st')
    m('mcrae', 'McRae', 'n:st')
    m('moyo_full', 'Tendai MOYO', 'n:st')
    m('moyo', 'Moyo', 'n:st')
    m('nightw', 'Callum FROST', 'n:st')
    m('nightw_sur', 'Frost', 'n:st')
    m('owusu_full', 'Kirsty OWUSU', 'n:st')
    m('owusu', 'Owusu', 'n:st')
    m('owusu_em', 'kirsty.owusu@eastmoor.police.example.uk', 'em:st')
    m('tran_full', 'Lewis TRAN', 'n:st')
    m('tran', 'Tran', 'n:st')
    m('devlin', 'R. Devlin', 'n:st')
    m('pryce', 'Pryce', 'n:st')
    m('pryce_full', 'Nathan PRYCE', 'n:st')
    # public bodies
    m('pol_addr', 'Police Headquarters, Ridgeway, Norbridge', 'ad:pb')
    m('pol_pc', 'ZF2 9PX', 'pc:pb')
    m('pol_ph', '0161 496 0101', 'ph:pb')
    m('pol_em', 'intel.hub@eastmoor.police.example.uk', 'em:pb')
    m('hmp_addr', '40 Gaol Street, Norbridge', 'ad:pb')
    m('hmp_pc', 'ZF1 4NG', 'pc:pb')
    m('hmp_ph', '0161 496 0500', 'ph:pb')
    m('pdu_addr', '7 Lister Walk, Norbridge', 'ad:pb')
    m('pdu_pc', 'ZF1 6LW', 'pc:pb')
    m('pdu_ph', '0161 496 0640', 'ph:pb')
    m('pdu_em', 'norbridge.pdu@probation.example.gov.uk', 'em:pb')
    m('ap_addr', 'Wenlock House, 19 Tanner Street, Norbridge', 'ad:pb')
    m('ap_pc', 'ZF3 2AP', 'pc:pb')
    m('ap_ph', '0161 496 0655', 'ph:pb')
    m('ap_em', 'wenlock.ap@probation.example.gov.uk', 'em:pb')
    m('ppcs_em', 'ppcs.recall@justice.example.gov.uk', 'em:pb')

    # ---------------------------------------------------------------- doc 1
    b.doc('licence-compliance-warning-interview-record', [
        """NORBRIDGE PROBATION DELIVERY UNIT
{pdu_addr}, {pdu_pc}   Tel {pdu_ph}

RECORD OF LICENCE COMPLIANCE INTERVIEW - FORMAL WARNING (2nd)

""" + b.T([
            ['Person on probation', '{s_sc_full}'],
            ['CRN / PNC', '{crn} / {pnc}'],
            ['Date of birth', '{dob1}'],
            ['Residence', 'Wenlock House AP, {ap_addr} {ap_pc}'],
            ['Interviewing officer', '{lomax_full}, Probation Officer'],
            ['Interpreter', 'Not required (declined; good spoken English)'],
            ['Date / place', '03/03/2025, Norbridge PDU interview room 2'],
        ]) + """

Breaches discussed
(a) Returned to the AP at 23:41 on 28/02/2025 (curfew 23:00). {s_first} said he had
    been at his partner {iryna_sf}'s address, {iryna_addr}, which is an approved
    address for day visits only.
(b) Did not disclose a new mobile phone. He now uses {s_ph}; his declared number on
    release was {s_oldph}, which he says was "lost".
(c) AP staff report that {zarak_full}, known to police, collected him from the AP in
    a black Audi on 27/02/2025. Contact with {zarak} is not prohibited by licence
    but was discussed as a risk factor.

{s_sur}'s account: "{iryna} is pregnant and was having pains. I stayed with her. {zaki}
is a friend from work, he gives me lifts because my van {vrm} is off the road."

Outcome: Formal warning given and explained. {s_first} signed to confirm he understood
that a further breach is likely to lead to recall. Copy given to him.

Signed: {s_tf}          Officer: {lomax_full}
Countersigned (SPO): {mcrae_full}, 04/03/2025
"""])

    # ---------------------------------------------------------------- doc 2
    b.doc('approved-premises-incident-chronology', [
        """WENLOCK HOUSE APPROVED PREMISES - INCIDENT CHRONOLOGY
{ap_addr}, {ap_pc}   Office {ap_ph}   {ap_em}
Resident: {s_surT}   Room 7   CRN {crn}   Manager: {moyo_full}

""" + b.T([
            ['Date/time', 'Staff', 'Entry'],
            ['10/03 22:58', '{nightw_sur}', 'Resident signed in. Sober. Phone call in Ukrainian.'],
            ['11/03 07:30', '{nightw_sur}', 'Handover: resident asked for early breakfast - work.'],
            ['12/03 23:20', '{nightw_sur}', 'Not returned. Called his mobile {s_ph} - voicemail.'],
            ['12/03 23:35', '{nightw_sur}', 'Called partner {iryna} on {iryna_ph} - no answer.'],
            ['12/03 23:50', '{nightw_sur}', 'Out-of-hours manager informed.'],
            ['13/03 00:15', '{moyo}', 'Police informed (UAL risk). Log ref via {pol_ph}.'],
            ['13/03 06:40', '{nightw_sur}', 'Resident returned by taxi; said stayed at {iryna}\'s.'],
            ['13/03 09:05', '{moyo}', 'COM {lomax} informed; emergency recall requested.'],
        ]) + """

Manager's note ({moyo_full}, 13/03/2025)
At 08:30 a woman who gave her name as {iryna_full} telephoned the office from
{iryna_ph} and said that {s_first} had been with her all night because she had been
admitted to hospital with bleeding; she was discharged at 05:00. I have not been able
to verify this. She asked us not to tell {s_first}'s mother, {halyna}, because "she
does not approve". I explained that we cannot discuss a resident with her.

A resident in room 9, {olek_full}, told night staff that {s_first} ("{s_dim}") had
said he would "rather go back inside than leave {ira} alone". {olek} asked that his
name is not passed on.
"""])

    # ---------------------------------------------------------------- doc 3
    b.doc('ppcs-recall-dossier-checklist', [
        """PUBLIC PROTECTION CASEWORK SECTION - RECALL DOSSIER CHECKLIST (Part A)
Submit to: {ppcs_em}

""" + b.T([
            ['Field', 'Entry', 'Checked'],
            ['Surname', '{s_SUR}', 'Y'],
            ['Forenames', '{s_fore}', 'Y'],
            ['Aliases on PNC', '{s_ru}; {s_ru_full}', 'Y'],
            ['DOB', '{dob3}', 'Y'],
            ['Prison number (last)', '{pn}', 'Y'],
            ['PNC ID', '{pnc_l}', 'Y'],
            ['CRO', '{cro}', 'Y'],
            ['CRN', '{crn}', 'Y'],
            ['Recall type', 'Standard (28 day), emergency request', 'Y'],
            ['Last known address', 'Wenlock House AP, {ap_addr}', 'Y'],
            ['Other addresses', '{iryna_addr}, {iryna_pc} (partner)', 'Y'],
            ['', '{alderton_addr}, {alderton_pc} (mother)', 'Y'],
            ['Previous own address', '{s_prev}, {s_prevpc}', 'Y'],
            ['Vehicle', '{vrm} (SORN) / travels with {zarak_vrm}', 'Y'],
            ['Victim contact scheme', 'Yes - VLO informed', 'Y'],
            ['Risk to children', 'Unborn child; partner {iryna} (DOB {iryna_dob})', 'Y'],
        ]) + """

Reasons (summary): Two formal warnings; failed to reside on 12-13/03/2025; association
with {zarak_sur}, subject of current police intelligence; undisclosed phone. Risk of
serious harm assessed as increased to known adult ({iryna}) and to the public.

Note: mother {halyna_full} lives with sponsor {alderton_full} under the Homes for
Ukraine scheme. Mr {alderton} has said {s_first} is not welcome at the address.

Completed by {lomax_full} ({lomax_em}, {lomax_ph}) 13/03/2025 11:20
Authorised by ACO duty: {mcrae_full} 13/03/2025 12:05   PPCS caseworker: {devlin}
"""])

    # ---------------------------------------------------------------- doc 4
    b.doc('arrest-enquiry-team-briefing-sheet', [
        """OFFICIAL-SENSITIVE                 EASTMOOR POLICE - ARREST ENQUIRY TEAM
BRIEFING SHEET: RECALLED OFFENDER - ARREST ON SIGHT
Issued by DS {owusu_full}, Intelligence Hub ({pol_em}), 13/03/2025 15:00

SUBJECT: {s_sc}  (also {s_ru}; signs in Cyrillic as "{s_cyr}")
DOB {dob5}  PNC {pnc}  Licence revoked 13/03/2025 (PPCS).
Description and photograph: see PNC record.
Mobile: {s_ph2} (current per probation). Driving licence {dl} - vehicle {vrm2}
believed off road.

Locations:
 1. {iryna_addr}, {iryna_pc} - partner {iryna_full}. Pregnant. Treat with care;
    {iryna_sur} is not suspected of any offence.
 2. {alderton_addr} - mother {halyna} and host {alderton}. Low likelihood.
 3. Vape shop, Mercer Street - {s_first} seen there daily with {zaki}.

Associates:
 - {zarak_sc} (DOB {zarak_dob}, PNC {zarak_pnc}). Drives {zarak_vrm}. Phone {zarak_ph}.
   Intelligence graded B2 indicates {zarak} is involved in supply of cannabis across
   Norbridge. The source of this intelligence must not be disclosed.

Witness / local info:
 - Shop assistant {jang_full} (Korean national, surname first) told PC {tran_full}
   that "{s_first} and {zaki}" come in most mornings. Ms {jang} does not wish to be
   named; do not approach at the shop.

Risk: original offence was an assault on {dmytro_full} (2022) using a bottle. {dmytro}
is on the VCS and lives in Norbridge; do NOT disclose any location to the subject.
Officer safety: no firearms markers. Tel. Intelligence Hub via switchboard {pol_ph}.
""",
        """OFFICIAL-SENSITIVE       Briefing sheet {s_SUR} / {pnc} - update

13/03/2025 21:40  PC {tran} - {s_first} arrested at {iryna_addr} without incident.
{iryna} present and distressed; she stated {s_first} had not been living there.
Conveyed to Norbridge custody; HMP Norbridge ({hmp_ph}) informed for reception.
Phone seized: handset shows contact saved as "{ira}" and a second SIM, number
{s_oldph}. {s_first} stated: "{zaki} has nothing to do with this."
"""])

    # ---------------------------------------------------------------- doc 5
    b.doc('social-media-account-subscriber-return', [
        """COMMUNICATIONS DATA RETURN - SUBSCRIBER AND LOGIN HISTORY
Requesting officer: DS {owusu_full}    Authority ref: held by SPoC
Provider: social messaging platform (EU entity)   Returned: 20/03/2025

Account subscriber details
  Display name:        {s_cyr}
  Registered name:     {s_lower}
  Email on account:    {s_em}
  Verified phone:      {s_ph_int} (recorded as {s_ph2})
  Date of birth given: {dob4}
  Payment method:      card {s_card} (exp 09/27)

Login history (UTC)
""" + b.T([
            ['Timestamp', 'IP address', 'Device'],
            ['2025-03-10 19:02:11', '{ip1}', 'Android'],
            ['2025-03-11 06:55:40', '{ip1}', 'Android'],
            ['2025-03-12 22:41:03', '{iryna_ip}', 'Android'],
            ['2025-03-13 01:17:29', '{iryna_ip}', 'Android'],
            ['2025-03-13 07:02:44', '{ip2}', 'Android'],
        ], indent='  ') + """

Analyst note (Intelligence Hub): {ip1} is a mobile hotspot on the account holder's\nown handset.
{iryna_ip} is residential broadband registered to {iryna_sf} at {iryna_addr}.
{ip2} is a mobile carrier range. The logins support the account holder being at
{iryna}'s address overnight 12-13/03. Contacts list on the account includes
"{zaki}" and "Мама ({halyna})".
"""])

    # ---------------------------------------------------------------- doc 6
    b.doc('recall-return-to-custody-interview-record', [
        """HMP NORBRIDGE - RECALLED PRISONER: RETURN TO CUSTODY INTERVIEW
{hmp_addr}, {hmp_pc}   Tel {hmp_ph}
Prisoner: {s_sc}   No. {pn}   DOB {dob1}   Interviewer: Officer {pryce_full}

1. Do you understand why you have been recalled?
   "Yes. Curfew and the phone. I was with {iryna}, she was in hospital."
2. Next of kin:
   {iryna_full} (partner) - {iryna_ph} - {iryna_addr}, {iryna_pc}
   Alternative: {halyna_full} (mother) - {halyna_ph}
3. Dependants: none yet; partner expecting in June.
4. Property at liberty: van {vrm} at partner's address. Bank card for account
   {s_sort} / {s_acc} held in stored property.
5. Employment: labourer with Northline Groundworks; site manager {wayne_full}
   ({wayne_ph}). Wants employer told he will not be at work.
6. Health: no self-harm history. NHS number {nhs}.
7. Languages: Ukrainian, Russian, English. Prefers name "{s_first}"; PNC lists
   "{s_ru_sur}" - he asks for this to be corrected to {s_sur}.
8. Any enemies in this prison? States {dmytro}'s cousin may be on B wing. Referred to
   Security.

Officer comments ({pryce}): {s_sur} calm and cooperative. He asked for the PIN
numbers for {iryna} and his mother to be added urgently. Listener offered.
NI number for discharge/benefits records: {ni}.
""",
        """Return to Custody Interview - {s_sc} ({pn}) - page 2

Representations: {s_first} wishes to make representations against recall. He asked
that probation contact the hospital to confirm {iryna}'s admission. He gave consent
for his COM, {lomax}, to obtain this from {iryna} directly.

Signed by prisoner: {s_tf2}     Officer: {pryce}      Date: 14/03/2025
"""])

    # ---------------------------------------------------------------- doc 7
    b.doc('employment-site-induction-record', [
        """NORTHLINE GROUNDWORKS LTD - SITE INDUCTION RECORD
Site: Riverside Phase 2, Norbridge     Site office {wayne_ph}   {wayne_em}

Operative name: {s_tf}             Trade: General labourer (CSCS green)
Date of birth: {dob2}              NI number: {ni2}
Home address: {s_prev}, {s_prevpc}
Mobile: {s_oldph}                  Email: {s_em}
Emergency contact: {iryna_sf} (partner) {iryna_ph}
Bank (wages): sort code {s_sort}  account {s_acc}  IBAN {s_iban}
Driving licence (for dumper ticket): {dl}

Declarations:
[x] I have unspent convictions and have disclosed them to the site manager.
[x] I have read the site rules and drug and alcohol policy.

Inducted by: {wayne_full}, Site Manager        Date: 06/01/2025
Operative signature: {s_init}

Site manager's note added 14/03/2025: Probation officer {lomax} rang to say {s_first}
has been recalled. His mate {zarak} also called asking about {s_first}'s wages - told
him nothing. Address above is out of date: {s_first} moved to the probation hostel in
January. Keep job open if possible - good worker. {wayne}
"""])

    # ---------------------------------------------------------------- doc 8
    b.doc('motor-insurance-database-enquiry-result', [
        """MOTOR INSURANCE DATABASE - POLICE ENQUIRY RESULT (printed from force system)
Enquiring officer: PC {tran_full}      Date/time: 13/03/2025 16:22
Purpose: locate recalled offender {s_SUR} ({pnc})

QUERY 1   VRM {vrm}
""" + b.T([
            ['Policy status', 'LAPSED 28/02/2025 (non-payment)'],
            ['Policyholder', '{s_tf2}'],
            ['Policyholder DOB', '{dob1}'],
            ['Address on policy', '{s_prev}, {s_prevpc}'],
            ['Named drivers', '{s_tf2} (licence {dl})'],
            ['', '{iryna_sf} (DOB {iryna_dob})'],
            ['Payment card on policy', '{s_card}'],
        ], indent='  ') + """

QUERY 2   VRM {zarak_vrm}
""" + b.T([
            ['Policy status', 'CURRENT'],
            ['Policyholder', '{zarak_sc}'],
            ['Address on policy', '{zarak_addr}, {zarak_pc} (not verified)'],
            ['Named drivers', '{zarak_full}; {s_ru} (added 05/03/2025)'],
            ['Contact phone', '{zarak_ph}'],
        ], indent='  ') + """

Officer note: {s_first} was added as a named driver on {zarak}'s policy under the
Russian spelling of his surname ({s_ru_sur}) a week after his own policy lapsed.
Information passed to DS {owusu} and to the COM ({lomax}) as evidence of association.
"""])
    return b

# ====================================================================== BUNDLE 04
# Congolese (French/Lingala naming: given name, postnom, surname) boy of 16 in the
# youth court; remanded to local-authority accommodation. Father shares one of his
# names; victim named by first name only; co-defendant of Korean heritage; nicknames.
def bundle04():
    b = Bundle('eval13-04', {
        'name': 'Exaucé Mbuyi MUKENDI',
        'aliases': ['Exo', 'Exauce MUKENDI', 'Mbuyi', 'E. Mukendi'],
        'date_of_birth': '2009-05-30',
        'identifiers': {'pnc': '2022/0031876G', 'nhs_number': '999 058 3277'},
        'contact': {'addresses': ['Flat 14, Heron Tower, Millfield Estate, Kingsmere YA7 4HT',
                                  '58 Cranbrook Road, Kingsmere YA3 8DR'],
                    'phones': ['07700 900389', '07700 900240'],
                    'emails': ['exo.mk09@example.com']}})
    m = b.m
    m('s_full', 'Exaucé Mbuyi MUKENDI', 'n:s')
    m('s_sc', 'MUKENDI, Exaucé', 'n:s')
    m('s_sc_full', 'MUKENDI, Exaucé Mbuyi', 'n:s')
    m('s_noacc', 'Exauce MUKENDI', 'n:s')
    m('s_fs', 'Exaucé Mukendi', 'n:s')
    m('s_caps', 'EXAUCE MBUYI MUKENDI', 'n:s')
    m('s_first', 'Exaucé', 'n:s')
    m('s_first_na', 'Exauce', 'n:s')
    m('s_sur', 'Mukendi', 'n:s')
    m('s_SUR', 'MUKENDI', 'n:s')
    m('s_exo', 'Exo', 'n:s')
    m('s_mbuyi', 'Mbuyi', 'n:s')
    m('s_init', 'E. Mukendi', 'n:s')
    m('s_em_init', 'EMM', 'n:s')
    m('dob1', '30/05/2009', 'dob:s')
    m('dob2', '30 May 2009', 'dob:s')
    m('dob3', '30.05.09', 'dob:s')
    m('dob4', '2009-05-30', 'dob:s')
    m('dob_fr', '30 mai 2009', 'dob:s')
    m('pnc', '22/31876G', 'pnc:s')
    m('pnc_l', '2022/0031876G', 'pnc:s')
    m('nhs', '999 058 3277', 'nhs:s')
    m('s_addr', 'Flat 14, Heron Tower, Millfield Estate, Kingsmere', 'ad:s')
    m('s_pc', 'YA7 4HT', 'pc:s')
    m('s_prev', '58 Cranbrook Road, Kingsmere', 'ad:s')
    m('s_prevpc', 'YA3 8DR', 'pc:s')
    m('s_ph', '07700 900389', 'ph:s')
    m('s_oldph', '07700 900240', 'ph:s')
    m('s_em', 'exo.mk09@example.com', 'em:s')
    # third parties
    m('bea_full', 'Béatrice NGALULA KAPINGA', 'n:t')
    m('bea_short', 'Béatrice NGALULA', 'n:t')
    m('bea_sur', 'Ngalula', 'n:t')
    m('bea', 'Béatrice', 'n:t')
    m('bea_init', 'B. Ngalula', 'n:t')
    m('bea_ph', '07700 900604', 'ph:t')
    m('bea_em', 'b.ngalula@example.net', 'em:t')
    m('jp_full', 'Jean-Pierre KABEYA MUKENDI', 'n:t')
    m('jp_sur', 'Kabeya', 'n:t')
    m('jp', 'Jean-Pierre', 'n:t')
    m('jp_em', 'jp.kabeya@example.org', 'em:t')
    m('merveille', 'Merveille', 'n:t')
    m('kyle', 'Kyle', 'n:t')
    m('kyle_full', 'Kyle DENHOLM', 'n:t')
    m('minjun_full', 'Min-jun KIM', 'n:t')
    m('minjun_sc', 'KIM, Min-jun', 'n:t')
    m('minjun', 'Min-jun', 'n:t')
    m('kim', 'Kim', 'n:t')
    m('minjun_pnc', '2019/0226781P', 'pnc:t')
    m('minjun_dob', '14/10/2008', 'dob:t')
    m('tyrese_full', 'Tyrese OKONKWO-REID', 'n:t')
    m('tyrese', 'Tyrese', 'n:t')
    m('tbone', 'T-Bone', 'n:t')
    m('tyrese_vrm', 'YE72 PLV', 'vr:t')
    m('fontaine_full', 'Gabrielle FONTAINE', 'n:t')
    m('fontaine', 'Fontaine', 'n:t')
    m('fontaine_sc', 'FONTAINE, Gabrielle', 'n:t')
    m('kim_counsel', 'Soo-ah LEE', 'n:t')
    m('fontaine_em', 'g.fontaine@fontaine-law.example.co.uk.cjsm.net', 'em:t')
    m('fontaine_ph', '020 7946 0822', 'ph:t')
    m('foster_full', 'Denise HARGREAVE', 'n:t')
    m('foster2_full', 'Martin HARGREAVE', 'n:t')
    m('foster_sur', 'Hargreave', 'n:t')
    m('foster_addr', 'Rowan Cottage, 9 Well Lane, Elmbury', 'ad:t')
    m('foster_pc', 'YB2 6WL', 'pc:t')
    m('foster_ph', '07700 900861', 'ph:t')
    m('pastor_full', 'Emmanuel LUKUSA', 'n:t')
    m('pastor', 'Lukusa', 'n:t')
    # staff
    m('adomako_full', 'Precious ADOMAKO', 'n:st')
    m('adomako', 'Adomako', 'n:st')
    m('adomako_em', 'precious.adomako@kingsmere.example.gov.uk', 'em:st')
    m('adomako_ph', '07700 900955', 'ph:st')
    m('whitfield_full', 'Sam WHITFIELD', 'n:st')
    m('whitfield', 'Whitfield', 'n:st')
    m('harcourt', 'Harcourt', 'n:st')
    m('ellery', 'J. Ellery', 'n:st')
    m('quinn_full', 'Peter QUINN', 'n:st')
    m('halloran_full', 'Conor HALLORAN', 'n:st')
    m('halloran', 'Halloran', 'n:st')
    m('begum_full', 'Rukhsana BEGUM', 'n:st')
    m('begum', 'Begum', 'n:st')
    m('begum_em', 'r.begum@oakfield.example.sch.uk', 'em:st')
    m('lockwood_full', 'Hannah LOCKWOOD', 'n:st')
    m('lockwood', 'Lockwood', 'n:st')
    m('adebayo_full', 'Marcus ADEBAYO', 'n:st')
    m('adebayo', 'Adebayo', 'n:st')
    m('adebayo_ph', '020 7946 0187', 'ph:st')
    m('bosenge_full', 'Chantal BOSENGE', 'n:st')
    m('bosenge', 'Bosenge', 'n:st')
    m('head_full', 'Olivia STRAND', 'n:st')
    m('hoy2_full', 'Imran SHAFIQ', 'n:st')
    # public bodies
    m('crt_addr', "Kingsmere Magistrates' Court, Hall Place, Kingsmere", 'ad:pb')
    m('crt_pc', 'YA5 1LQ', 'pc:pb')
    m('crt_ph', '020 7946 0300', 'ph:pb')
    m('crt_em', 'kingsmere.mc@courts.example.gov.uk', 'em:pb')
    m('yjs_addr', 'Unit 4 Orchard Yard, Kingsmere', 'ad:pb')
    m('yjs_pc', 'YA5 2YJ', 'pc:pb')
    m('yjs_ph', '020 7946 0455', 'ph:pb')
    m('yjs_em', 'yjs@kingsmere.example.gov.uk', 'em:pb')
    m('sch_addr', 'Oakfield Academy, Ferry Lane, Kingsmere', 'ad:pb')
    m('sch_pc', 'YA6 3FA', 'pc:pb')
    m('sch_ph', '020 7946 0610', 'ph:pb')
    m('sch_em', 'office@oakfield.example.sch.uk', 'em:pb')
    m('sch2_addr', 'Brookside School, Canal Walk, Kingsmere', 'ad:pb')
    m('sch2_pc', 'YA4 9BS', 'pc:pb')
    m('cs_addr', 'Town Hall, Market Square, Kingsmere', 'ad:pb')
    m('cs_pc', 'YA1 1TH', 'pc:pb')
    m('cs_ph', '020 7946 0100', 'ph:pb')
    m('cs_em', 'childrens.duty@kingsmere.example.gov.uk', 'em:pb')

    # ---------------------------------------------------------------- doc 1
    b.doc('youth-court-bail-supervision-support-plan', [
        """KINGSMERE YOUTH JUSTICE SERVICE
{yjs_addr}, {yjs_pc}  |  {yjs_ph}  |  {yjs_em}

BAIL SUPERVISION AND SUPPORT (BSS) PLAN - proposal to the Youth Court

""" + b.T([
            ['Young person', '{s_sc_full}', 'Known as', '{s_exo}'],
            ['DOB', '{dob1}', 'PNC', '{pnc}'],
            ['Home address', '{s_addr}, {s_pc}', '', ''],
            ['Parent', '{bea_full} (mother)', 'Tel', '{bea_ph}'],
            ['Case manager', '{adomako_full}', 'Mobile', '{adomako_ph}'],
            ['Solicitor', '{fontaine_full}, {fontaine} & Co', 'Tel', '{fontaine_ph}'],
        ], sep=' | ') + """

Charges: robbery (mobile phone) and possession of a bladed article, 02/02/2025.
Co-accused: {minjun_full} (separately represented).

Proposed package (if bail granted instead of remand to local authority accommodation)
 - Curfew 19:00-07:00 at {s_addr}, electronically monitored.
 - No contact with {minjun}, with {tyrese_full} (known as "{tbone}"), or with the
   complainant, {kyle}.
 - Not to enter the Riverside retail park.
 - Three YJS contacts per week with {adomako}; school attendance at Oakfield Academy
   (see managed move).

Parent's view (through Lingala interpreter Mme {bosenge_full}):
Mme {bea_sur} says {s_first} "is not a bad boy; the older ones use him". She asks
that {s_first}'s father, {jp_full}, who lives in Brussels, is not given his address.
She is worried about {s_first}'s younger sister {merveille} hearing about the case.

Young person's view: "{s_exo} is just what my friends call me. I want to stay home."
"""])

    # ---------------------------------------------------------------- doc 2
    b.doc('youth-court-results-letter-to-parent', [
        """KINGSMERE YOUTH COURT
{crt_addr}, {crt_pc}
Tel {crt_ph}   {crt_em}

Mme {bea_full}
{s_addr}
{s_pc}

24 February 2025

Dear Mme {bea_sur},

RESULT OF HEARING: {s_caps} (date of birth {dob2})

Your son appeared before District Judge (Magistrates' Courts) {harcourt} on
21 February 2025. The court refused bail and remanded {s_first} to local authority
accommodation until the next hearing on 17 March 2025. Conditions attached to the
remand: he must live where the local authority directs, must not contact {minjun_full}
or {kyle}, and must not use any social media account.

Reasons: the court was concerned about the risk of further offences, in particular
the association with {tbone}.

Madame, votre fils {s_first} (né le {dob_fr}) a été placé sous la responsabilité des
services sociaux jusqu'à la prochaine audience. Pour toute question, contactez son
avocate, Mme {fontaine}, ou le service de justice des mineurs au {yjs_ph}.

Yours sincerely,
{quinn_full}, Legal Adviser, for the Justices' Clerk
"""])

    # ---------------------------------------------------------------- doc 3
    b.doc('school-managed-move-agreement', [
        """MANAGED MOVE AGREEMENT (12-week trial)
Home school: {sch_addr}, {sch_pc} ({sch_ph}, {sch_em})
Receiving school: {sch2_addr}, {sch2_pc}

Pupil: {s_noacc}   (SIMS record: {s_sc})   DOB: {dob3}   Year 11
Home address: {s_addr}, {s_pc}   Pupil mobile: {s_ph}
Previous address on SIMS: {s_prev}, {s_prevpc} (update requested)
Parent/carer: {bea_short}, {bea_ph}, {bea_em}

Reasons for the move:
{s_first_na} has had 4 fixed-term suspensions this year, two linked to conflict with
older students. Staff are concerned about exploitation: {s_first_na} has been seen
after school with a young adult known as "{tbone}" ({tyrese}) who collects pupils in
a white Mercedes, registration {tyrese_vrm}. This has been shared with Children's
Services ({cs_ph}) and the YJS.

Agreed actions:
1. Daily check-in with Head of Year Mr {halloran_full} (home school) for the first week.
2. DSL Ms {begum_full} ({begum_em}) to share safeguarding file with receiving school.
3. {s_first_na} will not travel on the 7A bus with {minjun} (co-accused).
4. Speech and language screening to be completed by {lockwood_full} (NHS SaLT).

Signed:
Pupil: {s_init}         Parent: {bea}   (signed "{bea_init}")
Home school: {head_full}, Headteacher   Receiving school: {hoy2_full}, Deputy Head
"""])

    # ---------------------------------------------------------------- doc 4
    b.doc('speech-language-communication-screening', [
        """KINGSMERE YOUTH JUSTICE LIAISON - SPEECH, LANGUAGE AND COMMUNICATION SCREEN
Completed by: {lockwood_full}, Speech and Language Therapist (NHS)
Young person: {s_fs}   DOB {dob4}   NHS No {nhs}
Languages: English (school), French and Lingala (home)
Date: 10/03/2025, at the YJS office with YJS worker {adomako}

Background
{s_first} was born in the DRC and came to the UK in primary school. At home his family call him
"{s_mbuyi}" (his middle name, a family name from his paternal grandfather); friends
call him "{s_exo}". He reported that he does not see his father, {jp}, who lives
in Belgium.

Findings
- Receptive vocabulary well below age expectations in English (standardised score
  withheld from this extract). Narrative skills weak: when retelling the incident he
  could not sequence events involving {kyle}, {minjun} and himself.
- He did not know the meaning of "remand", "adjourn", "complainant" or "surety".
- His mother, Mme {bea_sur}, reports French is her stronger language; Lingala is
  used with grandparents. Interpreter support for parent needed at all hearings.

Recommendations for court and YJS
1. Intermediary assessment before trial.
2. Use short sentences; check understanding by asking {s_first} to explain back.
3. Written material should use his name as "{s_first}" (with the accent) - he said
   seeing "{s_first_na}" on letters "feels like it is someone else".

{lockwood_full}  (copy: {adomako}, Ms {fontaine}, Mr {halloran})
"""])

    # ---------------------------------------------------------------- doc 5
    b.doc('out-of-court-disposal-panel-record', [
        """JOINT DECISION-MAKING PANEL - OUT OF COURT DISPOSAL (previous matter)
Panel date: 14/06/2023   Chair: PC {whitfield_full} (YJS police officer)
Members: {adomako_full} (YJS); {adebayo_full} (social worker, Children's Services)

Young person: {s_sc_full}  DOB {dob1}  PNC {pnc_l}
Address at the time: {s_prev}, {s_prevpc}
Parent present: {bea_full}    Interpreter: Mme {bosenge}

Offence: theft from a shop (sweets and energy drinks, value £11.40), 20/05/2023, with
{minjun_sc} (DOB {minjun_dob}, PNC {minjun_pnc}), who is dealt with separately.

Gravity score 2. First offence. Admission made in interview with appropriate adult.

Decision: Youth Caution with 8 weeks' voluntary intervention (Outcome 22 not used).
Rationale: {s_first} is 14, has no previous history, shows remorse. Mother supportive.
Concerns recorded about older peers in the Millfield area.

Panel actions:
- {adebayo} to complete early help assessment ({adebayo_ph}).
- {whitfield} to deliver caution at Kingsmere police station with parent present.
- Church youth leader, Pasteur {pastor_full}, offered mentoring; {s_first} agreed.
  Pasteur {pastor} is a volunteer, not a professional referral.

Contact number given by young person at the time: {s_oldph}
"""])

    # ---------------------------------------------------------------- doc 6
    b.doc('knife-crime-prevention-order-application', [
        """APPLICATION FOR A KNIFE CRIME PREVENTION ORDER (ON CONVICTION) - DRAFT
Applicant: Chief Officer of Police. Court: Kingsmere Youth Court ({crt_addr}).
Officer in the case: PC {whitfield_full}.

Respondent: {s_sc}   DOB {dob1}   (also known as "{s_exo}", "{s_mbuyi}")
Address: {s_addr}, {s_pc}

Grounds
1. On 02/02/2025 the respondent and {minjun_full} approached {kyle}, aged 15,
   near the Riverside retail park. {minjun} demanded his phone; the respondent
   showed the handle of a kitchen knife in his waistband. {kyle} handed over his
   phone and ran.
2. Intelligence indicates the respondent is groomed by {tyrese_full} ("{tbone}"),
   who is believed to store knives in vehicle {tyrese_vrm}.
3. The respondent's phone ({s_ph}) was seized. Messages from a contact saved as
   "{tbone}" include "bring the ting" sent on 01/02/2025.

Proposed prohibitions (2 years)
(a) not to have a bladed article in a public place;
(b) not to contact {tyrese}, {minjun} or {kyle_full}, directly or through social media;
(c) not to enter the area shown on the attached map (Riverside retail park);
(d) not to use any social media account other than one registered with the YJS using
    the email {s_em}.

Requirements
(e) attend 12 sessions of the YJS knife-awareness programme with {adomako}.
"""])

    # ---------------------------------------------------------------- doc 7
    b.doc('remand-to-la-accommodation-placement-plan', [
        """KINGSMERE COUNCIL CHILDREN'S SERVICES
{cs_addr}, {cs_pc}   Duty: {cs_ph}   {cs_em}

PLACEMENT PLAN - CHILD REMANDED TO LOCAL AUTHORITY ACCOMMODATION (LASPO s.92)
CONFIDENTIAL: the placement address must not be shared with the child's father or
with any co-accused.

Child: {s_fs} ({s_em_init})   DOB {dob1}   NHS {nhs}
Social worker: {adebayo_full} ({adebayo_ph})   YJS: {adomako_full}
Placement: independent fostering agency carers {foster_full} and {foster2_full}
Address: {foster_addr}, {foster_pc}   Carers' mobile: {foster_ph}
Placement start: 21/02/2025

Family time
- Mother, {bea_full}: Saturdays 11:00-15:00 at the carers' home, transport by carers.
  Mme {bea_sur} may phone {s_first} each evening on the carers' mobile.
- Sister, {merveille}: with mother on Saturdays.
- Father, {jp_full}: video call only, supervised; no address details. Email
  contact for the father via social worker only ({jp_em}).

Education: to attend Brookside School by carers' car (managed move).
Health: registered temporarily with the carers' GP; NHS number above.

Phone: {s_first}'s own mobile ({s_ph}) is held by police. The carers have given him a
basic phone for contact with his mother only.

Child's wishes: "I want to go home to Mum and {merveille}. Mr and Mrs {foster_sur} are
OK." - {s_exo}
"""])

    # ---------------------------------------------------------------- doc 8
    b.doc('ground-rules-hearing-note', [
        """KINGSMERE YOUTH COURT - GROUND RULES HEARING NOTE (intermediary)
R v {s_noacc} and {minjun_full}       Hearing: 14/04/2025, Courtroom 2
Bench: District Judge {harcourt}.  Legal adviser: Mr {quinn_full}.

Present: Ms {fontaine} for {s_first}; counsel for {minjun} (Ms {kim_counsel}); CPS;
intermediary for {s_first}; YJS court officer ({adomako}); Mme {bosenge} (Lingala and
French interpreter for {s_first}'s mother, Mme {bea_sur}).

Agreed ground rules for {s_first}'s evidence:
 1. He is to be addressed as "{s_first}", not "{s_exo}" and not "Mr {s_sur}".
 2. Questions to be short, one idea each; no tag questions.
 3. Breaks every 20 minutes; a visual timeline will be used to help him sequence events
    with {kyle} and {minjun}.
 4. The complainant will give evidence by pre-recorded video; he is to be referred to
    as "{kyle}" only. His surname is not to be used in open court.

------------------------------------------------------------------------------
Attached correspondence (printed from CJSM mailbox)
From:    {fontaine_sc} <{fontaine_em}>
To:      Kingsmere Magistrates <{crt_em}>; {adomako_full} <{adomako_em}>
Date:    Fri 11 Apr 2025 16:47
Subject: R v {s_SUR} - ground rules

Dear all, the intermediary's report for {s_fs} is attached. His mother's number
has changed; please use {bea_ph} only. {s_first}'s own phone ({s_ph}) is still held
by police, so please do not text him - contact via the carers, Mr and Mrs {foster_sur}.
Kind regards, {fontaine_full}
"""])
    return b

# ====================================================================== BUNDLE 05
# Welsh-speaking Welshman (Welsh patronymic alias "ap Iolo", circumflex in middle
# name, Welsh-language dates) in a high-security prison; witness at the coroner's
# inquest into the death of an Irish Traveller on his landing. Wife shares his
# surname; Cornish and Welsh staff; Japanese prisoner witness (surname-first form).
def bundle05():
    b = Bundle('eval13-05', {
        'name': 'Gwion Llŷr PRITCHARD',
        'aliases': ['Gwion Llyr PRITCHARD', 'Gwion ap Iolo', 'Gwi', 'G. Ll. Pritchard'],
        'date_of_birth': '1976-09-08',
        'prison_number': 'A5512GP',
        'identifiers': {'ni_number': 'WP 15 82 40 D', 'nhs_number': '999 640 2193',
                        'pnc': '1998/0062417K', 'cro': '613904/98A'},
        'contact': {'addresses': ['Bryn Awel, Lôn y Felin, Llanfedw ZH4 6BA',
                                  '2 Teras Glanrafon, Pont-y-Gof ZH7 2TG'],
                    'phones': ['07700 900658'],
                    'emails': ['gwion.pritchard@example.net']}})
    m = b.m
    m('s_full', 'Gwion Llŷr PRITCHARD', 'n:s')
    m('s_noacc', 'Gwion Llyr PRITCHARD', 'n:s')
    m('s_sc', 'PRITCHARD, Gwion Llŷr', 'n:s')
    m('s_sc2', 'PRITCHARD, Gwion', 'n:s')
    m('s_fs', 'Gwion Pritchard', 'n:s')
    m('s_FS', 'GWION PRITCHARD', 'n:s')
    m('s_first', 'Gwion', 'n:s')
    m('s_sur', 'Pritchard', 'n:s')
    m('s_SUR', 'PRITCHARD', 'n:s')
    m('s_ap', 'Gwion ap Iolo', 'n:s')
    m('s_gwi', 'Gwi', 'n:s')
    m('s_init', 'G. Ll. Pritchard', 'n:s')
    m('s_gp', 'GP', 'n:s')
    m('dob1', '08/09/1976', 'dob:s')
    m('dob2', '8 September 1976', 'dob:s')
    m('dob_cy', '8 Medi 1976', 'dob:s')
    m('dob3', '08-SEP-76', 'dob:s')
    m('dob4', '1976-09-08', 'dob:s')
    m('pn', 'A5512GP', 'pn:s')
    m('pnc', '98/62417K', 'pnc:s')
    m('pnc_l', '1998/0062417K', 'pnc:s')
    m('cro', '613904/98A', 'cro:s')
    m('nhs', '999 640 2193', 'nhs:s')
    m('ni', 'WP 15 82 40 D', 'ni:s')
    m('s_addr', 'Bryn Awel, Lôn y Felin, Llanfedw', 'ad:s')
    m('s_pc', 'ZH4 6BA', 'pc:s')
    m('s_prev', '2 Teras Glanrafon, Pont-y-Gof', 'ad:s')
    m('s_prevpc', 'ZH7 2TG', 'pc:s')
    m('s_oldph', '07700 900658', 'ph:s')
    m('s_em', 'gwion.pritchard@example.net', 'em:s')
    # third parties
    m('heledd_full', 'Heledd Wyn PRITCHARD', 'n:t')
    m('heledd', 'Heledd', 'n:t')
    m('heledd_sur', 'Pritchard', 'n:t')
    m('heledd_dob', '12/04/1981', 'dob:t')
    m('heledd_dl', 'PRITC854121HW9AB', 'dl:t')
    m('heledd_ph', '07700 900707', 'ph:t')
    m('ianto', 'Ianto', 'n:t')
    m('iolo_full', 'Iolo Wyn PRITCHARD', 'n:t')
    m('pat_full', 'Patrick Joseph McDONAGH', 'n:t')
    m('pat_sc', 'McDONAGH, Patrick', 'n:t')
    m('pat_fs', 'Patrick McDonagh', 'n:t')
    m('pat_sur', 'McDonagh', 'n:t')
    m('pat_ocr', 'McD0NAGH', 'n:t')
    m('paddy', 'Paddy', 'n:t')
    m('pat', 'Patrick', 'n:t')
    m('pat_dob', '03/03/1990', 'dob:t')
    m('pat_pn', 'A8840PM', 'pn:t')
    m('pat_pnc', '2015/0110457P', 'pnc:t')
    m('pat_cro', '140066/19U', 'cro:t')
    m('pat_nhs', '999 115 6720', 'nhs:t')
    m('brid_full', 'Bridget McDONAGH', 'n:t')
    m('brid', 'Bridget', 'n:t')
    m('brid_fs', 'Bridget McDonagh', 'n:t')
    m('brid_ph', '07700 900812', 'ph:t')
    m('brid_addr', 'Plot 6, Greenacre Park, Moor Road, Ashby Fields', 'ad:t')
    m('brid_pc', 'ZH2 8GP', 'pc:t')
    m('brid_sort', '40-47-11', 'sc:t')
    m('brid_acc', '72250193', 'an:t')
    m('brid_iban', 'GB84MIDL40471172250193', 'ib:t')
    m('martin_full', 'Martin McDONAGH', 'n:t')
    m('martin', 'Martin', 'n:t')
    m('bigmartin', 'Big Martin', 'n:t')
    m('brennan_full', 'Cathal BRENNAN', 'n:t')
    m('brennan', 'Brennan', 'n:t')
    m('brennan_em', 'cathal@brennansolicitors.example.ie.cjsm.net', 'em:t')
    m('tanaka_full', 'Hiroshi TANAKA', 'n:t')
    m('tanaka_jp', 'TANAKA Hiroshi', 'n:t')
    m('tanaka', 'Tanaka', 'n:t')
    m('hiroshi', 'Hiroshi', 'n:t')
    m('tanaka_pn', 'A3371HT', 'pn:t')
    m('dylan_full', 'Dylan Morgan HUWS', 'n:t')
    m('dylan', 'Dylan', 'n:t')
    m('dylan_sur', 'Huws', 'n:t')
    m('dylan_dob', '22/01/1975', 'dob:t')
    m('dylan_addr', 'Tŷ Newydd, Ffordd yr Orsaf, Llanfedw', 'ad:t')
    m('dylan_pc', 'ZH4 2TN', 'pc:t')
    m('dylan_ph', '07700 900672', 'ph:t')
    m('dylan_vrm', 'CU19 RHW', 'vr:t')
    m('dylan_ni', 'JT 62 10 87 A', 'ni:t')
    # staff
    m('tregenza_full', 'Demelza TREGENZA', 'n:st')
    m('tregenza', 'Tregenza', 'n:st')
    m('pengelly_full', 'Jory PENGELLY', 'n:st')
    m('pengelly', 'Pengelly', 'n:st')
    m('jp_init', 'J.P.', 'n:st')
    m('evans_full', 'Siân EVANS', 'n:st')
    m('evans', 'Evans', 'n:st')
    m('hopkin_full', 'Eluned HOPKIN', 'n:st')
    m('hopkin', 'Hopkin', 'n:st')
    m('bowen_full', 'Rhodri BOWEN', 'n:st')
    m('bowen', 'Bowen', 'n:st')
    m('bowen_ph', '029 2018 0733', 'ph:st')
    m('ama_full', 'Ama OWUSU-ANSAH', 'n:st')
    m('ama', 'Owusu-Ansah', 'n:st')
    m('vaughan_full', 'Lowri VAUGHAN', 'n:st')
    m('vaughan', 'Vaughan', 'n:st')
    m('vaughan_em', 'lowri.vaughan@justice.example.gov.uk', 'em:st')
    m('kershaw_full', 'Anthony KERSHAW', 'n:st')
    m('kershaw', 'Kershaw', 'n:st')
    m('nia_full', 'Nia GRIFFITHS', 'n:st')
    m('oshea_full', "Declan O'SHEA", 'n:st')
    m('oshea', "O'Shea", 'n:st')
    m('vetting', 'K. Moorcroft', 'n:st')
    # public bodies
    m('hmp_addr', 'Ffordd y Garreg, Llanfedw', 'ad:pb')
    m('hmp_pc', 'ZH9 1GW', 'pc:pb')
    m('hmp_ph', '029 2018 0500', 'ph:pb')
    m('hmp_em', 'caerwen.security@justice.example.gov.uk', 'em:pb')
    m('cor_addr', 'Neuadd y Sir, Stryd Fawr, Llanfedw', 'ad:pb')
    m('cor_pc', 'ZH9 3FR', 'pc:pb')
    m('cor_ph', '029 2018 0720', 'ph:pb')
    m('cor_em', 'coroner@glanmor.example.gov.uk', 'em:pb')
    m('ppo_addr', 'Oriel House, 4 Quay Street, Harwick', 'ad:pb')
    m('ppo_pc', 'YC2 4PP', 'pc:pb')
    m('ppo_ph', '0117 496 0620', 'ph:pb')
    m('ppo_em', 'fii.intake@ppo.example.gov.uk', 'em:pb')
    m('pol_addr', 'Police Headquarters, Castle Road, Llanfedw', 'ad:pb')
    m('pol_pc', 'ZH9 5PH', 'pc:pb')

    # ---------------------------------------------------------------- doc 1
    b.doc('coroner-witness-summons', [
        """CRWNER EI FAWRHYDI - ARDAL CANOLBARTH GLANMOR
HIS MAJESTY'S SENIOR CORONER - AREA OF MID GLANMOR
{cor_addr}, {cor_pc}   Ffôn/Tel {cor_ph}   {cor_em}

GWYS I DYST / SUMMONS TO A WITNESS (Coroners and Justice Act 2009, Sch. 5 para 1)

At / I:   {s_FS}  ({s_full})
          Rhif carcharor / Prison no. {pn}, HMP Caerwen, {hmp_addr} {hmp_pc}
          Dyddiad geni / Date of birth: {dob_cy} / {dob1}

Cwest / Inquest touching the death of: {pat_full}
          (date of birth {pat_dob}), died at HMP Caerwen on 19 August 2024.

YOU ARE SUMMONED to attend and give evidence at the inquest hearing at
{cor_addr} on 9 June 2025 at 10:00, by video-link from the prison.

Rydych wedi gofyn am gael rhoi tystiolaeth yn Gymraeg. Bydd cyfieithydd ar y pryd yn
bresennol. (You have asked to give evidence in Welsh; simultaneous translation will
be provided.)

Matters on which evidence is required: the events on the landing on the evening of
18 August 2024; your conversation with Mr {pat_sur} at association; cell bell
activity heard from cell 3-14.

Llofnod / Signed: {hopkin_full}, Senior Coroner        Dyddiad / Date: 02/05/2025
Coroner's officer: {bowen_full} (direct line {bowen_ph})
"""])

    # ---------------------------------------------------------------- doc 2
    b.doc('ppo-fatal-incident-investigator-interview', [
        """PRISONS AND PROBATION OMBUDSMAN - FATAL INCIDENT INVESTIGATION
{ppo_addr}, {ppo_pc}   {ppo_ph}   {ppo_em}
Interview with prisoner witness - transcript summary

Deceased: {pat_sc} ({pat_pn})          Investigator: {ama_full}
Witness: {s_sc2} ({pn})            Date: 11/09/2024, HMP Caerwen legal visits
Also present: Officer {tregenza_full} (escort, outside hearing range)

{ama}: Can you tell me how you knew Mr {pat_sur}?
{s_sur}: Everyone called him {paddy}. He was in 3-14, I'm in 3-15. We did the
  servery together. He talked about his mam, {brid}, and his brother {bigmartin}
  a lot. He was worried his mam would lose the plot on the site.
{ama}: What happened on 18 August?
{s_sur}: At association he said he'd had bad news - his brother {martin} had been
  arrested. He was low. I told SO {pengelly} he wasn't right. That was about 17:30.
{ama}: What did SO {pengelly} do?
{s_sur}: He said he'd put it in the book. After bang-up I heard {paddy}'s cell bell
  go, maybe 21:50. It went on a long time. I banged on the wall and shouted. {hiroshi}
  - {tanaka_full}, in 3-16 - was shouting as well.
{ama}: How long?
{s_sur}: Twenty minutes, at least. Then I heard Officer {tregenza} run on.
""",
        """PPO interview - {s_sc2} - page 2

{ama}: Is there anything else?
{s_sur}: I want his family to know he wasn't on his own at the end, we were talking
  through the pipe. You can give my name to his mam. My wife {heledd} says I should.
{ama}: Thank you. I will note that you consent to your name being shared with
  Mrs {brid_full} and her solicitor, Mr {brennan_full}.

Investigator's note: the witness asked for future correspondence in Welsh. Referred
to the Welsh Language officer ({nia_full}). Witness's NHS number ({nhs}) provided for
the clinical reviewer to check his own healthcare contact that evening.
"""])

    # ---------------------------------------------------------------- doc 3
    b.doc('welsh-language-preference-record', [
        """CARCHAR EI FAWRHYDI CAERWEN / HMP CAERWEN
Cofnod Dewis Iaith / Welsh Language Preference Record

""" + b.T([
            ['Enw / Name', '{s_full}'],
            ['Enw arall / Other names', '{s_ap} (patronymic, used in family);'],
            ['', '"{s_gwi}" (landing); {s_noacc} (NOMIS, no accent)'],
            ['Rhif / Number', '{pn}'],
            ['Dyddiad geni / DOB', '{dob_cy}'],
            ['Rhif Yswiriant Gwladol / NI', '{ni}'],
            ['Cyfeiriad cartref / Home', '{s_addr}, {s_pc}'],
            ['Cyfeiriad blaenorol / Previous', '{s_prev}, {s_prevpc}'],
            ['Perthynas agosaf / Next of kin', '{heledd_full} (gwraig / wife)'],
        ], sep=' : ') + """

Dewisiadau / Preferences
[x] Gohebiaeth ysgrifenedig yn Gymraeg / Written correspondence in Welsh
[x] Cyfarfodydd (adolygiadau) yn Gymraeg lle bo modd / Meetings in Welsh where possible
[ ] Galwadau ffôn / Phone calls - no preference

Nodyn / Note: Mr {s_sur} notes that NOMIS records his name without the circumflex and
asks that "{s_full}" be used on all correspondence, and that his father's name
({iolo_full}, deceased) is not used as his surname. Staff should not shorten his name
to "{s_gwi}" in official documents. His son {ianto} writes to him in Welsh; letters
must not be delayed for translation without the Welsh Language officer's approval.

Swyddog / Officer: {nia_full}, Welsh Language Scheme Officer   Dyddiad: 16/09/2024
"""])

    # ---------------------------------------------------------------- doc 4 (OCR)
    b.doc('cell-bell-response-log', [
        """[OCR of scanned printout - exhibit LV/3 - quality poor]
HMP CAERWEN   HOUSE BLOCK 3   CELL CALL SYSTEM - ALARM EVENT L0G
Date range 18/08/2024 18:00 - 19/08/2024 06:00

""" + b.T([
            ['Cell', 'Occupant', 'Raised', 'Answered', 'Staff', 'Secs'],
            ['3-14', '{pat_ocr} P', '21:49:57', '22:12:31', '{tregenza}', '1354'],
            ['3-15', '{s_SUR} G', '21:58:10', '22:13:02', '{tregenza}', '892'],
            ['3-16', '{tanaka_jp}', '22:01:44', '22:13:40', '{tregenza}', '716'],
            ['3-14', '{pat_ocr} P', '22:13:05', '22:13:05', '{tregenza}', '0'],
            ['3-02', '[blank - c3ll empty]', '02:10:12', '02:11:00', '{pengelly}', '48'],
        ]) + """

Note handwritten on printout (transcribed): "3-15 ({s_gp}) + 3-16 pressed bells to
get attn for 3-14 - see statements. Night OSG on break 21:45-22:05?? - {jp_init}"

Annotation by CM {vaughan_full} (prison FLO): Signature "{jp_init}" = SO {pengelly_full}.
The event log shows that the first bell from Mr {pat_sur}'s cell was unanswered for
22 minutes 34 seconds. Mr {s_sur} and Mr {tanaka} raised their own bells to attract
attention. Copy provided to the coroner's officer, {bowen}, and to the PPO ({ama}).
"""])

    # ---------------------------------------------------------------- doc 5
    b.doc('visitor-vetting-police-checks-return', [
        """HIGH SECURITY ESTATE - VISITOR VETTING: POLICE CHECKS RETURN
To: Security Department, HMP Caerwen ({hmp_em})
From: Force Vetting Unit, {pol_addr}, {pol_pc}    Vetting officer: {vetting}

Prisoner visited: {s_sc}   {pn}   PNC {pnc}   CRO {cro}

VISITOR 1
  Name: {heledd_full}     Relationship: wife
  DOB: {heledd_dob}       Address: {s_addr}, {s_pc}
  Phone: {heledd_ph}      Driving licence: {heledd_dl}
  Result: No trace on PNC. No local intelligence. APPROVED.

VISITOR 2
  Name: {dylan_full}      Relationship: friend (since school)
  DOB: {dylan_dob}        Address: {dylan_addr}, {dylan_pc}
  Phone: {dylan_ph}       NI: {dylan_ni}      Vehicle: {dylan_vrm}
  Result: Conviction 2009 (public order). Local intelligence: associated with the
  prisoner's co-defendant in 1998. Recommend APPROVED with closed visits for the
  first three months. Mr {dylan_sur} disclosed the conviction on his application.

VISITOR 3 (child)
  Name: {ianto} (son of prisoner and {heledd})   - no checks on children under 18;
  to be accompanied by approved adult visitor ({heledd}) only.

Note: the prisoner's own previous address ({s_prev}) is recorded on the PNC as
his address at arrest in 1998; no current relevance.

Returned 07/01/2025. Decision for Head of Security, Mr {kershaw_full}.
"""])

    # ---------------------------------------------------------------- doc 6
    b.doc('coroners-record-of-inquest', [
        """RECORD OF AN INQUEST / COFNOD CWEST
Senior Coroner: {hopkin_full}   Jury: yes (death in state detention)
Venue: {cor_addr}, {cor_pc}

1. Name of deceased: {pat_full}   (also known as "{paddy}")
2. Medical cause of death: 1a Compression of the neck (hanging)
3. How, when and where the deceased came by his death:
   {pat_fs}, a member of the Irish Traveller community, was found in cell 3-14,
   House Block 3, HMP Caerwen at 22:13 on 18 August 2024 and was pronounced dead at
   22:51. Earlier that day he had learned of the arrest of his brother. A fellow
   prisoner raised concern with staff at about 17:30 but no ACCT was opened. The cell
   call bell from cell 3-14 was activated at 21:49 and not answered until 22:12.
   Other prisoners, including the witness in cell 3-15, raised bells to summon help.
4. Conclusion: Suicide, contributed to by neglect (narrative).
5. Registration particulars: date of birth {pat_dob}; usual address
   {brid_addr}, {brid_pc} (mother's address).

Witnesses called (extract): SO {pengelly_full}; Officer {tregenza_full}; Nurse
{evans_full}; Mr {s_fs} (prisoner, evidence in Welsh through interpreter);
Mr {tanaka_full} (prisoner, read statement); Mrs {brid_full} (mother).

Interested persons: Mrs {brid_fs} (represented by Mr {brennan}); the Ministry of
Justice; Governor of HMP Caerwen ({kershaw}).

Signed: {hopkin}, Senior Coroner, 13 June 2025
"""])

    # ---------------------------------------------------------------- doc 7
    b.doc('family-liaison-officer-log', [
        """HMP CAERWEN - PRISON FAMILY LIAISON OFFICER LOG (death in custody)
Deceased: {pat_sc} ({pat_pn})  PNC {pat_pnc}  CRO {pat_cro}  NHS {pat_nhs}
FLO: CM {vaughan_full} ({vaughan_em})   Deputy FLO: Father {oshea_full} (chaplain)

""" + b.T([
            ['Date', 'Entry'],
            ['19/08/24', 'Informed NOK {brid_full} in person at {brid_addr}.'],
            ['', 'Father {oshea} present. {martin_full} (brother) in police custody.'],
            ['21/08/24', '{brid} called from {brid_ph}; asked who was next door to {paddy}.'],
            ['', 'Told her we cannot share other prisoners\' details.'],
            ['03/09/24', 'Family solicitor Mr {brennan_full} ({brennan_em}) in contact.'],
            ['12/09/24', 'PPO ({ama}) confirms a prisoner witness consents to his name'],
            ['', 'being given to the family: {s_full}, 3-15.'],
            ['13/09/24', 'Told Mrs {pat_sur}. She asked to write to "{s_first}". Agreed via'],
            ['', 'prison mail; letter to be addressed to {s_sc2} {pn}.'],
            ['25/09/24', 'Funeral at Ashby Fields; Father {oshea} attended. {bigmartin}'],
            ['', 'granted compassionate escort from HMP Ashby - escorted by police.'],
        ]) + """

Note 30/09/24 ({vaughan}): {s_sur} asked me to pass his condolences to
Mrs {pat_sur} in person. He said {paddy} had taught him some Gammon (Cant) words and he
wanted her to know that. He also asked that his wife {heledd_full} not be contacted
by the family. Noted and respected.
"""])

    # ---------------------------------------------------------------- doc 8
    b.doc('funeral-contribution-authorisation', [
        """HM PRISON & PROBATION SERVICE - CONTRIBUTION TO FUNERAL COSTS (death in custody)
Establishment: HMP Caerwen, {hmp_addr}, {hmp_pc} ({hmp_ph})

Deceased prisoner: {pat_full}   No. {pat_pn}   DOB {pat_dob}
Payee (NOK): {brid_full}
Payee address: {brid_addr}, {brid_pc}
Bank: sort code {brid_sort}   account {brid_acc}   (IBAN {brid_iban})
Amount: £3,000.00 contribution plus headstone allowance, per PSI.

Supporting evidence: funeral director's invoice (Ashby Fields), death certificate,
letter of authority from Mr {brennan_full}, solicitor.

Requested by: {vaughan_full}, FLO               Date: 26/09/2024
Authorised by: {kershaw_full}, Governing Governor  Date: 27/09/2024

Finance note: payee's telephone for remittance query {brid_ph}. Payment reference must
not include the deceased's prison number. Do not copy this form to the prisoner
witness ({s_sc2}, {pn}) who has asked for information about the funeral through the
chaplain; the chaplain may tell him the date and place only.
"""])
    return b


# ====================================================================== PUBLIC BODIES
PUBLIC_BODIES = [
    {'name': 'HMP & YOI Ashgrove Grange',
     'phones': ['0113 496 0400'], 'postcodes': ['ZB4 7GQ'],
     'addresses': ['Grange Lane, Thornby Moor, Ashgrove'],
     'emails': ['omu.ashgrovegrange@justice.example.gov.uk']},
    {'name': 'Ashgrove Probation Delivery Unit',
     'phones': ['0113 496 0720'], 'postcodes': ['ZB1 2PD'],
     'addresses': ['Civic Chambers, 2 Infirmary Street, Ashgrove'],
     'emails': ['ashgrove.pdu@probation.example.gov.uk']},
    {'name': 'First-tier Tribunal (Immigration and Asylum Chamber), Harwick Hearing Centre',
     'phones': ['0117 496 0350'], 'postcodes': ['YC2 3HT'],
     'addresses': ['Columbus House, Quay Road, Harwick'],
     'emails': ['harwick.iac@tribunals.example.gov.uk']},
    {'name': 'Brackenford Immigration Removal Centre',
     'phones': ['0117 496 0911'], 'postcodes': ['YD3 5RB'],
     'addresses': ['Airfield Road, Brackenford'],
     'emails': ['welfare.brackenford@homeoffice.example.gov.uk']},
    {'name': 'Home Office Foreign National Offender Returns Command',
     'phones': ['0117 496 0800'], 'postcodes': ['YC1 8HW'],
     'addresses': ['Meridian House, 11 Canal Street, Harwick'],
     'emails': ['fnocasework@homeoffice.example.gov.uk']},
    {'name': 'Eastmoor Police',
     'phones': ['0161 496 0101'], 'postcodes': ['ZF2 9PX'],
     'addresses': ['Police Headquarters, Ridgeway, Norbridge'],
     'emails': ['intel.hub@eastmoor.police.example.uk']},
    {'name': 'HMP Norbridge',
     'phones': ['0161 496 0500'], 'postcodes': ['ZF1 4NG'],
     'addresses': ['40 Gaol Street, Norbridge'],
     'emails': ['omu.norbridge@justice.example.gov.uk']},
    {'name': 'Norbridge Probation Delivery Unit',
     'phones': ['0161 496 0640'], 'postcodes': ['ZF1 6LW'],
     'addresses': ['7 Lister Walk, Norbridge'],
     'emails': ['norbridge.pdu@probation.example.gov.uk']},
    {'name': 'Wenlock House Approved Premises',
     'phones': ['0161 496 0655'], 'postcodes': ['ZF3 2AP'],
     'addresses': ['Wenlock House, 19 Tanner Street, Norbridge'],
     'emails': ['wenlock.ap@probation.example.gov.uk']},
    {'name': 'Public Protection Casework Section (recalls)',
     'phones': [], 'postcodes': [], 'addresses': [],
     'emails': ['ppcs.recall@justice.example.gov.uk']},
    {'name': "Kingsmere Magistrates' Court (Youth Court)",
     'phones': ['020 7946 0300'], 'postcodes': ['YA5 1LQ'],
     'addresses': ["Kingsmere Magistrates' Court, Hall Place, Kingsmere"],
     'emails': ['kingsmere.mc@courts.example.gov.uk']},
    {'name': 'Kingsmere Youth Justice Service',
     'phones': ['020 7946 0455'], 'postcodes': ['YA5 2YJ'],
     'addresses': ['Unit 4 Orchard Yard, Kingsmere'],
     'emails': ['yjs@kingsmere.example.gov.uk']},
    {'name': 'Oakfield Academy',
     'phones': ['020 7946 0610'], 'postcodes': ['YA6 3FA'],
     'addresses': ['Oakfield Academy, Ferry Lane, Kingsmere'],
     'emails': ['office@oakfield.example.sch.uk']},
    {'name': 'Brookside School',
     'phones': [], 'postcodes': ['YA4 9BS'],
     'addresses': ['Brookside School, Canal Walk, Kingsmere'],
     'emails': []},
    {'name': "Kingsmere Council Children's Services",
     'phones': ['020 7946 0100'], 'postcodes': ['YA1 1TH'],
     'addresses': ['Town Hall, Market Square, Kingsmere'],
     'emails': ['childrens.duty@kingsmere.example.gov.uk']},
    {'name': 'HMP Caerwen',
     'phones': ['029 2018 0500'], 'postcodes': ['ZH9 1GW'],
     'addresses': ['Ffordd y Garreg, Llanfedw'],
     'emails': ['caerwen.security@justice.example.gov.uk']},
    {'name': 'Senior Coroner for the Area of Mid Glanmor',
     'phones': ['029 2018 0720'], 'postcodes': ['ZH9 3FR'],
     'addresses': ['Neuadd y Sir, Stryd Fawr, Llanfedw'],
     'emails': ['coroner@glanmor.example.gov.uk']},
    {'name': 'Prisons and Probation Ombudsman',
     'phones': ['0117 496 0620'], 'postcodes': ['YC2 4PP'],
     'addresses': ['Oriel House, 4 Quay Street, Harwick'],
     'emails': ['fii.intake@ppo.example.gov.uk']},
    {'name': 'Glanmor Police Force Vetting Unit',
     'phones': ['029 2018 0101'], 'postcodes': ['ZH9 5PH'],
     'addresses': ['Police Headquarters, Castle Road, Llanfedw'],
     'emails': []},
]

COVERED_KINDS = set('''
999-call-transcript abscond-risk-assessment accredited-programme-attendance-register acct-case-review adjudication adjudication_record airline-passenger-name-record ambulance-patient-report-form anpr-vehicle-check anpr_report ap-night-staff-handover-log ap-resident-induction-checklist appeal-notice appropriate-adult-attendance-record approved-premises-curfew-register approved-premises-room-search-record approved-premises-warning-letter approved-premises-wifi-access-log approved-visitor-list approved_premises_referral asb-warning-letter asset-plus-assessment-extract asylum-screening-interview bail-information-report bank-fraud-referral-form bank_statement befriending-scheme-match-form benefits_letter body-worn-video-log border-force-baggage-examination-log border-force-cash-seizure-notice c100-application-extract cafcass-safeguarding-letter canteen-order-sheet car-insurance-certificate cardiology-outpatient-letter care-home-rota-extract care-programme-approach-review cas3-accommodation-referral case-notes cash-detention-application cctv-request-form cell-search-record cell-sharing-risk-assessment certified-translation-of-correspondence chapel-attendance-register chaplaincy-notes charge-sheet-bilingual child-contact-centre-report church-baptism-record church-letter-of-support citizens-advice-case-notes cloud-account-preservation-request community-payback-supervisor-log comp1-complaint companies-register-officer-extract compassionate-leave-funeral-request compensation-payment complaint-reply complaint_comp1 consular-notification-record coroner-inquest-witness-list council-tax-letter court-bundle-index court-hearing-record court-interpreter-invoice court-listing court-order-variation-application court_register cps_case_summary crime_report custody-healthcare-assessment custody-record custody_record cyber-ip-log dash-risk-checklist dating-app-profile-printout day-release-licence-card dbs-style-disclosure-letter debt-advice-letter dentist-referral-letter discharge-bank-account-form discharge-grant-receipt domestic-abuse-refuge-referral drink-drive-rehabilitation-course-referral drug-service-referral drug-test-lab-report dvds-disclosure-record dvla-driving-ban-notice dvla_vehicle_check education-enrolment-form education_work_record ehcp-annual-review-extract electoral-register-extract em-tag-installation-report email email-printout email-thread email_printout email_thread employer-disclosure-record employment-agency-registration-form employment-reference employment-tribunal-letter exhibit-continuity-record exhibit_list exploitation-screening-tool facebook-messenger-printout family-court-directions-order family-court-letter family-day-application family-engagement-worker-notes family-letter family_letter family_letter_transcription fax_cover_sheet finance-statement finance_paperwork financial-investigation financial_investigation fine-enforcement-letter fire-service-home-safety-visit first-night-centre-interview first-tier-tribunal-bail-decision fl401-application-extract fnp-home-office-referral food-bank-voucher-referral football-club-disciplinary-letter forensic-lab-submission-form gambling-account-statement gp-registration-form gym-induction-form gym-membership-agreement gym-work-allocation-board hdc-address-check healthcare healthcare-note healthcare_clinic_list healthcare_incident_note hmrc-cis-repayment-letter hmrc-tax-letter home-office-family-reunion-refusal hospital-bedwatch-log hospital-discharge-summary hotel-booking-printout house-to-house-enquiry-form housing-benefit-claim housing-options-interview id-document-application-tracker identification-procedure-record imb-application imha-advocacy-visit-record immigration-detention-notice incentives-level-review inpatient-unit-admission-assessment inpatient-unit-nursing-handover-sheet instagram-direct-message-printout insurance-claim-form intelligence-log inter-prison-transfer-form interpreter-assisted-supervision-record interpreter-booking irc-room-allocation-sheet it_audit_log it_login_audit jobcentre-appointment-letter key-worker-session-notes kitchen-hygiene-roster landlord-reference lawyers-attendance-note legal-aid-means-form legal-visits-diary letter library-loan-record licence-conditions-letter licence-variation-request-form listener-scheme-log livescan-ident-response local-welfare-assistance-application lost-property-form magistrates-court-result-sheet mail-room-log mappa-minutes mappa_minutes marac-referral-form marketplace-sale-record marriage-application mash-referral mbu-admission-board-decision mbu-separation-plan mdt-test-slip mental_health_notes mg11-statement missing-person-return-interview mmpr-restraint-debrief mobile-phone-contract mobile-phone-download mobile-subscriber-check monthly-detention-progress-report mosque-letter-of-support move-on-accommodation-plan ndelius_contact_log ndelius_contacts nearest-relative-information-letter next-of-kin-notification-form nomis-alerts-printout nomis_case_notes non-molestation-order nrm-reasonable-grounds-decision-letter oasys oasys-extract oasys_extract ocr-application-form ocr-handwritten-form ocr-scanned-fax omu-categorisation-review outgoing-funds-transfer-request pace-detention-review-record parenting-course-register parking-penalty-notice parole-dossier-summary parole-oral-hearing-decision parole_dossier passport-office-letter pawn-shop-transaction-record payslips peer-mediation-agreement peer-mentor-application pension-credit-claim-extract perinatal-mental-health-referral person-escort-record personal-officer-report pharmacy-prescription-record pin-phone-list pin_phone_contacts pnc-print-extract police-bail-conditions-notice police-custody-record police-liaison-information-exchange police_mg11 pom-com-handover-note pre-interview-disclosure-document pre-release-resettlement-checklist pre-sentence-report pre_sentence_report prison-council-minutes prison-radio-request-slips prison-reception-booking-in-sheet prison-wedding-guest-list prisoner-handwritten-letter prisoner-money-receipt-scan prisoner-profile private-cash-log probation-accommodation-visit-notes probation-contact-log probation-exclusion-zone-map-notes probation-induction-questionnaire production-order property-card psr-addendum psychiatric-report-extract ptph-form-extract recall-report referral-order-panel-contract release-day-travel-warrant remittance-receipt-printout removal-directions-notice reparation-project-attendance-sheet resettlement-housing-referral restorative-justice-conference-notes restraining-order rotl-board-minutes rotl_application royal-mail-redirection-form rule-35-medical-report school-attendance-letter school-exclusion-notice school-safeguarding-chronology search-warrant-application seclusion-record section-17-leave-form section-7-welfare-report-extract security_information_report security_intelligence_log segregation-review sentence-calculation sentencing-remarks sex-offender-notification smart-doorbell-event-log social-media-transcription social-visit-application social-worker-core-group-minutes solicitor_letter stop-and-search-record storage-unit-rental-agreement student-finance-letter taxi-booking-record telephone-billing-analysis telephone-monitoring-summary telephone_monitoring tenancy-deposit-certificate text-transcript text_message_transcript transition-to-adult-estate-plan translated-voicemail-transcript travel_id_paperwork travel_record tribunal-social-circumstances-report tv-licensing-enquiry-letter universal-credit-journal unpaid-work-timesheet use_of_force_report vaccination-record vehicle-hire-agreement vehicle-seizure-notice veterans-support-letter viber-chat-export victim-contact-letter victim-needs-assessment victim-personal-statement victim-representations-on-licence-conditions victim-right-to-review-letter victim_liaison_note video-call-log visit-log visits-hall-seating-plan visits_booking visits_log voluntary-interview-transcript ward-round-minutes whatsapp-export wing-observation-book wing_observation_book witness-care-letter witness-expenses-claim witness-statement witness_statement witness_statement_mg11 workshop-pay-sheet ycs-placement-decision-record yot-referral youth-club-incident-log
'''.split())

# (text, category) pairs deliberately labelled with different parties in different
# places, e.g. a relative who shares the subject's surname ("Mr Gill" the father
# versus "Gill" the subject).
PARTY_EXCEPTIONS = {('Gill', 'name'), ('Pritchard', 'name')}

NAME_PARTICLES = {'bin', 'son', 'abu', 'umm', 'van', 'der', 'del', 'and', 'the'}

BUNDLES = [bundle01, bundle02, bundle03, bundle04, bundle05]


def is_word_char(ch):
    return ch.isalnum()


def build_bundle(b):
    out_docs = []
    for i, (kind, srcs) in enumerate(b.docs):
        assert re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', kind), kind
        assert kind not in COVERED_KINDS, kind
        pages = []
        truth = []
        for pi, src in enumerate(srcs):
            plain, spans = parse_page(src)
            pages.append(plain)
            last_end = -1
            for (s, e, cat, party, text) in spans:
                assert plain[s:e] == text
                assert text == text.strip() and text, repr(text)
                assert s >= last_end, ('overlap', text)
                last_end = e
                VALIDATORS[cat](text)
                bs = len(plain[:s].encode('utf-8'))
                be = bs + len(text.encode('utf-8'))
                assert plain.encode('utf-8')[bs:be].decode('utf-8') == text
                truth.append({'page': pi, 'begin': bs, 'end': be, 'category': cat,
                              'party': party, 'text': text})
        out_docs.append({'id': 'doc-%02d' % (i + 1), 'kind': kind, 'pages': pages,
                         'truth': truth})
    return {'bundle_id': b.bundle_id, 'subject': b.subject, 'documents': out_docs}


def check_bundle(bd):
    """Every labelled value must be labelled wherever it occurs in the bundle."""
    values = {}
    for d in bd['documents']:
        for t in d['truth']:
            values.setdefault((t['text'], t['category']), set()).add(t['party'])
    for (text, cat), parties in values.items():
        if len(parties) > 1:
            assert (text, cat) in PARTY_EXCEPTIONS, (bd['bundle_id'], text, parties)
    texts = {k[0] for k in values}
    # every token of a labelled name (e.g. a patronymic or second given name) must
    # itself be covered wherever it occurs
    for (text, cat) in values:
        if cat == 'name':
            for tok in re.findall(r'\w+', text):
                if len(tok) >= 3 and tok.lower() not in NAME_PARTICLES:
                    texts.add(tok)
    texts = sorted(texts, key=len, reverse=True)
    problems = []
    for d in bd['documents']:
        for pi, page in enumerate(d['pages']):
            pb = page.encode('utf-8')
            # char-offset spans for this page
            cspans = []
            for t in d['truth']:
                if t['page'] != pi:
                    continue
                cs = len(pb[:t['begin']].decode('utf-8'))
                ce = cs + len(t['text'])
                cspans.append((cs, ce))
            low = page.lower()
            for text in texts:
                tl = text.lower()
                start = 0
                while True:
                    k = low.find(tl, start)
                    if k < 0:
                        break
                    e = k + len(tl)
                    start = k + 1
                    if k > 0 and is_word_char(page[k - 1]) and is_word_char(text[0]):
                        continue
                    if e < len(page) and is_word_char(page[e]) and is_word_char(text[-1]):
                        continue
                    if not any(cs <= k and e <= ce for cs, ce in cspans):
                        problems.append((bd['bundle_id'], d['id'], pi, text, page[max(0, k - 30):e + 30]))
    for p in problems:
        print('UNLABELLED OCCURRENCE', p, file=sys.stderr)
    assert not problems, len(problems)
    # subject block sanity
    s = bd['subject']
    v_dob(s['date_of_birth'])
    if 'prison_number' in s:
        v_pn(s['prison_number'])
    for k, v in s['identifiers'].items():
        {'ni_number': v_ni, 'nhs_number': v_nhs, 'pnc': v_pnc, 'cro': v_cro, 'crn': v_crn,
         'passport': v_pp, 'driving_licence': v_dl}[k](v)
    for ph in s['contact']['phones']:
        v_phone(ph)
    for em in s['contact']['emails']:
        v_email(em)


def yq(s):
    return "'" + s.replace("'", "''") + "'"


def public_bodies_yaml():
    lines = ['version: 1', 'bodies:']
    for pbody in PUBLIC_BODIES:
        lines.append('  - name: ' + yq(pbody['name']))
        for key in ('phones', 'postcodes', 'addresses', 'emails'):
            lines.append('    %s: [%s]' % (key, ', '.join(yq(x) for x in pbody[key])))
    return '\n'.join(lines) + '\n'


def main(argv):
    assert len(argv) == 2, 'usage: evalgen_thirteenth.py OUTDIR'
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    pb_vals = {'phone': set(), 'postcode': set(), 'address': set(), 'email': set()}
    for pbody in PUBLIC_BODIES:
        for key, cat in (('phones', 'phone'), ('postcodes', 'postcode'),
                         ('addresses', 'address'), ('emails', 'email')):
            for v in pbody[key]:
                VALIDATORS[cat](v)
                pb_vals[cat].add(v)
    kinds = set()
    stats = {'docs': 0, 'bytes': 0, 'items': 0, 'cat': {}, 'party': {}}
    subjects = set()
    for i, fn in enumerate(BUNDLES):
        b = fn()
        bd = build_bundle(b)
        assert bd['bundle_id'] == 'eval13-%02d' % (i + 1)
        assert bd['subject']['name'] not in subjects
        subjects.add(bd['subject']['name'])
        check_bundle(bd)
        for d in bd['documents']:
            assert d['kind'] not in kinds, d['kind']
            kinds.add(d['kind'])
            stats['docs'] += 1
            stats['bytes'] += sum(len(p.encode('utf-8')) for p in d['pages'])
            for t in d['truth']:
                stats['items'] += 1
                stats['cat'][t['category']] = stats['cat'].get(t['category'], 0) + 1
                stats['party'][t['party']] = stats['party'].get(t['party'], 0) + 1
                if t['party'] == 'public_body':
                    assert t['category'] in pb_vals, t
                    assert t['text'] in pb_vals[t['category']], t
        assert 6 <= len(bd['documents']) <= 8, (bd['bundle_id'], len(bd['documents']))
        with open(os.path.join(outdir, 'bundle-%02d.json' % (i + 1)), 'w', encoding='utf-8', newline='\n') as f:
            f.write(json.dumps(bd, indent=1, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'public-bodies.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(public_bodies_yaml())
    # re-read what was written and re-check the byte offsets independently
    for i in range(len(BUNDLES)):
        with open(os.path.join(outdir, 'bundle-%02d.json' % (i + 1)), encoding='utf-8') as f:
            bd = json.load(f)
        for d in bd['documents']:
            prev = (-1, -1)
            for t in d['truth']:
                raw = d['pages'][t['page']].encode('utf-8')
                assert raw[t['begin']:t['end']].decode('utf-8') == t['text'], t
                assert (t['page'], t['begin']) >= prev, t
                prev = (t['page'], t['end'])
                assert set(t) == {'page', 'begin', 'end', 'category', 'party', 'text'}
                assert t['category'] in CAT.values() and t['party'] in PARTY.values()
        assert set(bd['subject']['identifiers']) <= {'ni_number', 'nhs_number', 'pnc', 'cro', 'crn'}
    print('bundles %d  documents %d  page bytes %d  items %d' % (
        len(BUNDLES), stats['docs'], stats['bytes'], stats['items']))
    print('by category: ' + ', '.join('%s %d' % kv for kv in sorted(stats['cat'].items())))
    print('by party: ' + ', '.join('%s %d' % kv for kv in sorted(stats['party'].items())))
    print('kinds: ' + ', '.join(sorted(kinds)))


if __name__ == '__main__':
    main(sys.argv)
