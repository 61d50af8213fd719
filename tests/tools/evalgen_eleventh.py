#!/usr/bin/env python3
"""evalgen_eleventh.py - blind synthetic evaluation set no. 11 for the disclose
PII-redaction engine (UK justice subject access requests).

WRITTEN BLIND: the author consulted only /work/shared/reference/uk-identifiers.md
and /work/shared/reference/domain.md (and the task brief).  No engine source,
rules, build output, README, other test sets or generators were read, and the
`disclose` binary was never run.

Output: bundle-01.json .. bundle-05.json and public-bodies.yaml in the directory
given as the only argument.  Python 3 standard library only; no randomness, no
clock, no network: every value is fixed in this file, so two runs produce
byte-identical files.

Authoring: page text is written with inline markup [[cat.party:text]] (cat is a
short category code, party s/t/f/p); the markup is stripped and each item
becomes a truth span with BYTE offsets into the page's UTF-8 encoding.

LABELLING POLICY
  subject      the requester's own data in any form: name in any order or case,
               initials, aliases, nicknames, DOB in any format, identifiers
               spaced or not, own addresses/phones/emails including previous
               addresses and old numbers given as theirs.
  staff        people acting officially for a public body or its contractors
               (prison, probation, police, NHS, councils, courts, tribunals,
               Home Office, DWP, custody healthcare contractors, court
               interpreters booked by the court/police) - names and direct
               contact details.
  third_party  everyone else: other prisoners/residents/patients, relatives,
               partners, children, victims, witnesses, neighbours, associates,
               and people acting for private firms, charities, solicitors'
               firms and faith groups.
  public_body  published switchboards, generic mailboxes, addresses and
               postcodes of public bodies (all listed in public-bodies.yaml).
  Address spans are the street part without the postcode; the postcode is its
  own span.  Name spans exclude titles/ranks.  Dates of birth are labelled only
  where they are birth dates.  Every labelled value is labelled wherever else it
  occurs in the bundle (asserted), identifiers carry valid check characters
  (asserted), postcodes use invented Z?/Y? outward codes, phones come from
  Ofcom drama ranges, e-mails from example domains, IPs from RFC 5737/3849.
"""
import datetime
import ipaddress
import json
import os
import re
import sys

CATS = {
    'n': 'name', 'dob': 'date_of_birth', 'pn': 'prison_number', 'pnc': 'pnc',
    'cro': 'cro', 'crn': 'crn', 'ni': 'ni_number', 'nhs': 'nhs_number',
    'ph': 'phone', 'em': 'email', 'ad': 'address', 'pc': 'postcode',
    'vrm': 'vehicle_registration', 'pp': 'passport', 'dl': 'driving_licence',
    'sc': 'sort_code', 'an': 'account_number', 'iban': 'iban',
    'card': 'payment_card', 'ip': 'ip_address',
}
PARTIES = {'s': 'subject', 't': 'third_party', 'f': 'staff', 'p': 'public_body'}
MARK = re.compile(r'\[\[([a-z]+)\.([stfp]):(.*?)\]\]', re.S)

EXCLUDED_KINDS = set("""
999-call-transcript accredited-programme-attendance-register acct-case-review adjudication adjudication_record
ambulance-patient-report-form anpr-vehicle-check anpr_report appeal-notice appropriate-adult-attendance-record
approved-visitor-list approved_premises_referral asb-warning-letter asset-plus-assessment-extract
asylum-screening-interview bail-information-report bank-fraud-referral-form bank_statement benefits_letter
body-worn-video-log c100-application-extract cafcass-safeguarding-letter canteen-order-sheet
car-insurance-certificate cas3-accommodation-referral case-notes cctv-request-form cell-search-record
cell-sharing-risk-assessment chapel-attendance-register chaplaincy-notes charge-sheet-bilingual
child-contact-centre-report church-baptism-record church-letter-of-support citizens-advice-case-notes
cloud-account-preservation-request community-payback-supervisor-log comp1-complaint
compassionate-leave-funeral-request compensation-payment complaint-reply complaint_comp1
coroner-inquest-witness-list council-tax-letter court-bundle-index court-hearing-record
court-interpreter-invoice court-listing court-order-variation-application court_register cps_case_summary
crime_report custody-record custody_record cyber-ip-log dash-risk-checklist dating-app-profile-printout
dbs-style-disclosure-letter debt-advice-letter dentist-referral-letter discharge-bank-account-form
domestic-abuse-refuge-referral drink-drive-rehabilitation-course-referral drug-service-referral
drug-test-lab-report dvla-driving-ban-notice dvla_vehicle_check education-enrolment-form
education_work_record electoral-register-extract em-tag-installation-report email email-printout
email-thread email_printout email_thread employment-reference employment-tribunal-letter
exhibit-continuity-record exhibit_list exploitation-screening-tool facebook-messenger-printout
family-court-letter family-letter family_letter family_letter_transcription fax_cover_sheet
finance-statement finance_paperwork financial-investigation financial_investigation
fine-enforcement-letter fire-service-home-safety-visit first-night-centre-interview
first-tier-tribunal-bail-decision fnp-home-office-referral football-club-disciplinary-letter
forensic-lab-submission-form gambling-account-statement gp-registration-form gym-induction-form
gym-membership-agreement gym-work-allocation-board hdc-address-check healthcare healthcare-note
healthcare_clinic_list healthcare_incident_note hmrc-cis-repayment-letter hmrc-tax-letter
home-office-family-reunion-refusal hospital-bedwatch-log hospital-discharge-summary
hotel-booking-printout house-to-house-enquiry-form housing-benefit-claim
identification-procedure-record imb-application immigration-detention-notice incentives-level-review
insurance-claim-form intelligence-log inter-prison-transfer-form interpreter-booking
irc-room-allocation-sheet it_audit_log it_login_audit jobcentre-appointment-letter
key-worker-session-notes kitchen-hygiene-roster landlord-reference lawyers-attendance-note
legal-aid-means-form legal-visits-diary letter library-loan-record licence-conditions-letter
listener-scheme-log lost-property-form mail-room-log mappa-minutes mappa_minutes
marketplace-sale-record marriage-application mash-referral mdt-test-slip mental_health_notes
mg11-statement missing-person-return-interview mobile-phone-contract mobile-phone-download
mobile-subscriber-check monthly-detention-progress-report mosque-letter-of-support
ndelius_contact_log ndelius_contacts next-of-kin-notification-form nomis_case_notes
non-molestation-order oasys oasys-extract oasys_extract ocr-application-form ocr-handwritten-form
ocr-scanned-fax omu-categorisation-review outgoing-funds-transfer-request parenting-course-register
parking-penalty-notice parole-dossier-summary parole_dossier passport-office-letter
pawn-shop-transaction-record payslips person-escort-record personal-officer-report
pharmacy-prescription-record pin-phone-list pin_phone_contacts pnc-print-extract
police-custody-record police_mg11 pom-com-handover-note pre-release-resettlement-checklist
pre-sentence-report pre_sentence_report prison-council-minutes prison-radio-request-slips
prison-wedding-guest-list prisoner-handwritten-letter prisoner-profile private-cash-log
probation-accommodation-visit-notes probation-contact-log probation-exclusion-zone-map-notes
probation-induction-questionnaire production-order property-card psr-addendum
psychiatric-report-extract recall-report referral-order-panel-contract
reparation-project-attendance-sheet resettlement-housing-referral
restorative-justice-conference-notes restraining-order rotl_application royal-mail-redirection-form
rule-35-medical-report school-attendance-letter school-exclusion-notice search-warrant-application
section-7-welfare-report-extract security_information_report security_intelligence_log
segregation-review sentence-calculation sentencing-remarks sex-offender-notification
social-media-transcription social-visit-application social-worker-core-group-minutes
solicitor_letter stop-and-search-record storage-unit-rental-agreement student-finance-letter
taxi-booking-record telephone-billing-analysis telephone-monitoring-summary telephone_monitoring
tenancy-deposit-certificate text-transcript text_message_transcript translated-voicemail-transcript
travel_id_paperwork travel_record tv-licensing-enquiry-letter universal-credit-journal
unpaid-work-timesheet use_of_force_report vaccination-record vehicle-hire-agreement
vehicle-seizure-notice veterans-support-letter victim-contact-letter victim-personal-statement
victim-right-to-review-letter victim_liaison_note video-call-log visit-log visits-hall-seating-plan
visits_booking visits_log voluntary-interview-transcript whatsapp-export wing-observation-book
wing_observation_book witness-care-letter witness-expenses-claim witness-statement witness_statement
witness_statement_mg11 workshop-pay-sheet yot-referral youth-club-incident-log
""".split())

# --------------------------------------------------------------------------
# layout helpers

def vis(s):
    """Visible text of a markup string."""
    return MARK.sub(lambda m: m.group(3), s)


def pad(s, w):
    n = len(vis(s))
    return s + ' ' * max(1, w - n) if w else s


def tab(rows, widths, indent=''):
    """Aligned table: every cell but the last is padded to its column width."""
    out = []
    for r in rows:
        cells = [pad(c, widths[i]) if i < len(r) - 1 else c for i, c in enumerate(r)]
        out.append((indent + ''.join(cells)).rstrip())
    return '\n'.join(out)


def hdr(left, right, width=78):
    return left + ' ' * max(2, width - len(vis(left)) - len(vis(right))) + right


def rule(ch='-', width=78):
    return ch * width

# --------------------------------------------------------------------------
# validators

L23 = 'ZABCDEFGHJKLMNPQRTUVWXY'
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july',
          'august', 'september', 'october', 'november', 'december']


def v_pnc(t):
    t = t.upper().replace(' ', '')
    m = re.fullmatch(r'(\d{4})/?(\d{7})([A-Z])', t)
    if m:
        yy, ser, ck = m.group(1)[2:], m.group(2), m.group(3)
    else:
        m = re.fullmatch(r'(\d{2})/(\d{1,7})([A-Z])', t)
        assert m, t
        yy, ser, ck = m.group(1), m.group(2), m.group(3)
    assert L23[int(yy + ser.zfill(7)) % 23] == ck, ('pnc', t)


def v_cro(t):
    t = t.upper().replace(' ', '')
    m = re.fullmatch(r'SF(\d{2})/(\d{1,6})([A-Z])', t)
    if m:
        assert L23[int(m.group(1) + m.group(2)) % 23] == m.group(3), ('cro', t)
        return
    m = re.fullmatch(r'(\d{1,6})/(\d{2})([A-Z])', t)
    assert m, ('cro', t)
    assert L23[int(m.group(2) + m.group(1).zfill(6)) % 23] == m.group(3), ('cro', t)


def v_nhs(t):
    d = re.sub(r'[ -]', '', t)
    assert re.fullmatch(r'999\d{7}', d), ('nhs', t)
    assert sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11 == 0, ('nhs', t)


NI_FIRST = set('ABCEGHJKLMNOPRSTWXYZ')
NI_SECOND = set('ABCEGHJKLMNPRSTWXYZ')


def v_ni(t):
    d = re.sub(r'[ -]', '', t.upper())
    assert re.fullmatch(r'[A-Z]{2}\d{6}[A-D]?', d), ('ni', t)
    assert d[0] in NI_FIRST and d[1] in NI_SECOND, ('ni', t)
    assert d[:2] not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'), ('ni', t)


def v_luhn(t):
    d = re.sub(r'[ -]', '', t)
    assert re.fullmatch(r'\d{13,19}', d), ('card', t)
    s = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    assert s % 10 == 0, ('card', t)


def v_iban(t):
    d = t.replace(' ', '').upper()
    assert re.fullmatch(r'GB\d{2}[A-Z]{4}\d{14}', d), ('iban', t)
    r = d[4:] + d[:4]
    assert int(''.join(str(int(c, 36)) for c in r)) % 97 == 1, ('iban', t)


DRAMA = ('07700900', '01134960', '01174960', '01214960', '01614960', '02079460',
         '01314960', '01414960', '01514960', '01632960')


def v_phone(t):
    d = re.sub(r'\D', '', t)
    if t.startswith('+44') or t.startswith('0044'):
        d = d[2:] if d.startswith('44') else d[4:]
        if d.startswith('0'):
            d = d[1:]
        d = '0' + d
    assert len(d) == 11 and d.startswith(DRAMA), ('phone', t)


def v_email(t):
    m = re.fullmatch(r'[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)', t)
    assert m, ('email', t)
    assert 'example' in m.group(1).lower().split('.'), ('email', t)


PC_RE = re.compile(r'([A-Z]{2})(\d{1,2}|\d[A-Z]) ?(\d[ABD-HJLNP-UW-Z]{2})')


def v_postcode(t):
    m = PC_RE.fullmatch(t.upper())
    assert m, ('postcode', t)
    area = m.group(1)
    assert area[0] in 'YZ' and area[1] not in 'IJZ' and area not in ('YO', 'ZE'), ('postcode', t)


def v_ip(t):
    a = ipaddress.ip_address(t)
    nets = ['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32']
    assert any(a in ipaddress.ip_network(n) for n in nets), ('ip', t)


def v_vrm(t):
    m = re.fullmatch(r'([A-HJ-PR-Y]{2})(\d{2}) ?([A-HJ-PR-Z]{3})', t.upper())
    assert m, ('vrm', t)
    age = int(m.group(2))
    assert 2 <= age <= 24 or 51 <= age <= 74, ('vrm', t)


def v_dl(t):
    d = t.replace(' ', '').upper()
    m = re.fullmatch(r'([A-Z]{1,5}9*)(\d)(\d{2})(\d{2})(\d)([A-Z])([A-Z9])(\d)([A-Z]{2})', d)
    assert m and len(m.group(1)) == 5, ('dl', t)
    mon = int(m.group(3))
    mon = mon - 50 if mon > 50 else mon
    datetime.date(1900 + int(m.group(2)) * 10 + int(m.group(5)), mon, int(m.group(4)))


def parse_date(t):
    s = t.strip()
    m = re.fullmatch(r'(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})', s)
    if m:
        y = int(m.group(3))
        if y < 100:
            y += 1900 if y > 25 else 2000
        return datetime.date(y, int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', s)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r'(\d{2})(\d{2})(\d{4})', s)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \-]([A-Za-z]+)\.?,?[ \-]('?\d{2}|\d{4})", s)
    if m:
        mon = [i for i, n in enumerate(MONTHS) if n.startswith(m.group(2).lower()[:3])]
        assert len(mon) == 1, t
        y = int(m.group(3).lstrip("'"))
        if y < 100:
            y += 1900 if y > 25 else 2000
        return datetime.date(y, mon[0] + 1, int(m.group(1)))
    m = re.fullmatch(r'([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})', s)
    if m:
        mon = [i for i, n in enumerate(MONTHS) if n.startswith(m.group(1).lower()[:3])]
        assert len(mon) == 1, t
        return datetime.date(int(m.group(3)), mon[0] + 1, int(m.group(2)))
    raise AssertionError(('unparsed date', t))


VALIDATORS = {
    'pnc': v_pnc, 'cro': v_cro, 'nhs_number': v_nhs, 'ni_number': v_ni,
    'payment_card': v_luhn, 'iban': v_iban, 'phone': v_phone, 'email': v_email,
    'postcode': v_postcode, 'ip_address': v_ip, 'vehicle_registration': v_vrm,
    'driving_licence': v_dl,
    'prison_number': lambda t: re.fullmatch(r'[A-Z] ?\d{4} ?[A-Z]{2}', t.upper()) or (_ for _ in ()).throw(AssertionError(t)),
    'crn': lambda t: re.fullmatch(r'[A-Z]\d{6}', t.upper()) or (_ for _ in ()).throw(AssertionError(t)),
    'passport': lambda t: re.fullmatch(r'\d{9}', t) or (_ for _ in ()).throw(AssertionError(t)),
    'sort_code': lambda t: re.fullmatch(r'\d{2}([- ]?)\d{2}\1\d{2}', t) or (_ for _ in ()).throw(AssertionError(t)),
    'account_number': lambda t: re.fullmatch(r'\d{8}', t) or (_ for _ in ()).throw(AssertionError(t)),
    'date_of_birth': parse_date,
}
TITLE_RE = re.compile(r'(?:Mr|Mrs|Ms|Miss|Mx|Dr|DC|DS|DI|DCI|PC|PS|Sgt|Insp|Supt|Officer|SO|Gov|Governor|Nurse|Judge|HHJ|Revd|Rev)\.?\s', re.I)

# --------------------------------------------------------------------------
# building

def build_page(src):
    plain = []
    spans = []
    pos = 0
    nbytes = 0
    nchars = 0
    for m in MARK.finditer(src):
        pre = src[pos:m.start()]
        assert '[[' not in pre and ']]' not in pre, pre[-80:]
        plain.append(pre)
        nbytes += len(pre.encode('utf-8'))
        nchars += len(pre)
        cat, party, text = CATS[m.group(1)], PARTIES[m.group(2)], m.group(3)
        assert text and text == text.strip() and '[[' not in text, text
        b = nbytes
        nbytes += len(text.encode('utf-8'))
        spans.append({'begin': b, 'end': nbytes, 'category': cat, 'party': party,
                      'text': text, '_c0': nchars, '_c1': nchars + len(text)})
        nchars += len(text)
        plain.append(text)
        pos = m.end()
    rest = src[pos:]
    assert '[[' not in rest and ']]' not in rest, rest[-80:]
    plain.append(rest)
    return ''.join(plain), spans


NONPII_CHECKS = [
    ('email', re.compile(r'[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+')),
    ('phone', re.compile(r'(?:\+44|\b0)[\d \-()]{8,14}\d')),
    ('postcode', re.compile(r'\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b')),
    ('ni', re.compile(r'\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b')),
    ('ip', re.compile(r'\b\d{1,3}(?:\.\d{1,3}){3}\b|2001:db8', re.I)),
    ('digits', re.compile(r'\d(?:[ \-]?\d){8,}')),
    ('prisonno', re.compile(r'\b[A-Z]\d{4}[A-Z]{2}\b')),
    ('crn', re.compile(r'\b[A-Z]\d{6}\b')),
    ('pnc/cro', re.compile(r'\b\d{1,6}/\d{1,7}[A-Z]\b')),
    ('vrm', re.compile(r'\b[A-Z]{2}\d{2} ?[A-Z]{3}\b')),
    ('sortcode', re.compile(r'\b\d{2}-\d{2}-\d{2}\b')),
    ('dobctx', re.compile(r'(?i)(?:\bd\.?o\.?b\b\.?|date of birth|\bborn\b(?: on)?)[\s:,\-]{0,4}(?:the )?\d')),
]


def is_b(page, i, j):
    before = page[i - 1] if i > 0 else ' '
    after = page[j] if j < len(page) else ' '
    return not before.isalnum() and not after.isalnum()


def finish_bundle(bid, subject, docs, token_ok=(), nonpii_ok=()):
    out_docs = []
    pages_all = []      # (doc_i, page_i, plain, spans)
    for i, (kind, pages) in enumerate(docs):
        assert re.fullmatch(r'[a-z0-9]+(?:-[a-z0-9]+)+', kind), kind
        assert kind not in EXCLUDED_KINDS and kind.replace('-', '_') not in EXCLUDED_KINDS, kind
        built = [build_page(p.strip('\n') + '\n') for p in pages]
        truth = []
        for pi, (plain, spans) in enumerate(built):
            pages_all.append((i, pi, plain, spans))
            pb = plain.encode('utf-8')
            last = 0
            for s in spans:
                assert pb[s['begin']:s['end']].decode('utf-8') == s['text']
                assert s['begin'] >= last
                last = s['end']
                truth.append({'page': pi, 'begin': s['begin'], 'end': s['end'],
                              'category': s['category'], 'party': s['party'], 'text': s['text']})
        out_docs.append({'id': 'doc-%02d' % (i + 1), 'kind': kind,
                         'pages': [b[0] for b in built], 'truth': truth})
    # per-span validation
    party_of = {}
    dobs = {}
    for _, _, plain, spans in pages_all:
        for s in spans:
            cat, t, party = s['category'], s['text'], s['party']
            if party == 'public_body':
                assert cat in ('phone', 'email', 'address', 'postcode'), s
            if cat in VALIDATORS:
                r = VALIDATORS[cat](t)
                if cat == 'date_of_birth':
                    dobs.setdefault(party, set()).add(r)
                    if party == 'subject':
                        assert r.isoformat() == subject['date_of_birth'], t
            if cat == 'name':
                assert not TITLE_RE.match(t), t
            if cat == 'address':
                assert not PC_RE.search(t.upper()), t
            if cat != 'name':
                key = (cat, t)
                assert party_of.setdefault(key, party) == party, ('party clash', key)
    # every labelled value labelled wherever it occurs
    values = set()
    for _, _, plain, spans in pages_all:
        for s in spans:
            values.add(s['text'])
    tokens = set()
    for _, _, plain, spans in pages_all:
        for s in spans:
            if s['category'] == 'name':
                for tok in re.split(r'[\s]+', s['text']):
                    tok = tok.strip('().,"\'')
                    if len(tok) >= 3 and tok not in token_ok:
                        tokens.add(tok)
    for di, pi, plain, spans in pages_all:
        cov = [(s['_c0'], s['_c1']) for s in spans]
        ncov = [(s['_c0'], s['_c1']) for s in spans if s['category'] == 'name']

        def covered(a, b, cv):
            return any(c0 <= a and b <= c1 for c0, c1 in cv)
        for v in values:
            st = 0
            while True:
                k = plain.find(v, st)
                if k < 0:
                    break
                if is_b(plain, k, k + len(v)):
                    assert covered(k, k + len(v), cov), ('unlabelled repeat', bid, di, pi, v, plain[max(0, k - 40):k + 40])
                st = k + 1
        low = plain.lower()
        for tok in tokens:
            tl = tok.lower()
            st = 0
            while True:
                k = low.find(tl, st)
                if k < 0:
                    break
                if is_b(plain, k, k + len(tl)):
                    assert covered(k, k + len(tl), cov), ('unlabelled name token', bid, di, pi, tok, plain[max(0, k - 40):k + 40])
                st = k + 1
        # unlabelled text must not look like personal data
        chars = list(plain)
        for s in spans:
            for c in range(s['_c0'], s['_c1']):
                chars[c] = '\x00'
        un = ''.join(chars)
        for ok in nonpii_ok:
            un = un.replace(ok, ' ' * len(ok))
        for nm, rx in NONPII_CHECKS:
            m = rx.search(un)
            assert not m, ('possible unlabelled PII', nm, bid, di, pi, un[max(0, m.start() - 50):m.end() + 30])
    # subject profile must be exercised
    subj_vals = {(s['category'], s['text']) for _, _, _, sp in pages_all for s in sp if s['party'] == 'subject'}
    assert ('name', subject['name']) in subj_vals, subject['name']
    for a in subject['aliases']:
        assert ('name', a) in subj_vals, a
    if 'prison_number' in subject:
        assert ('prison_number', subject['prison_number']) in subj_vals
    idcat = {'ni_number': 'ni_number', 'nhs_number': 'nhs_number', 'pnc': 'pnc', 'cro': 'cro', 'crn': 'crn'}
    for k, v in subject['identifiers'].items():
        assert (idcat[k], v) in subj_vals, (k, v)
    for p in subject['contact'].get('phones', []):
        assert ('phone', p) in subj_vals, p
    for e in subject['contact'].get('emails', []):
        assert ('email', e) in subj_vals, e
    for a in subject['contact'].get('addresses', []):
        street, pc = a.rsplit(', ', 1)
        assert ('address', street) in subj_vals and ('postcode', pc) in subj_vals, a
    return {'bundle_id': bid, 'subject': subject, 'documents': out_docs}

# ==========================================================================
# Bundle 01 - women's prison, mother and baby unit (Igbo subject)

def bundle1():
    SUBJECT = {
        'name': 'Chiamaka Ngozi OKONKWO',
        'aliases': ['Amaka OKONKWO', 'Chi-Chi', 'Chiamaka BELLO'],
        'date_of_birth': '1991-06-14',
        'prison_number': 'A7316FK',
        'identifiers': {'ni_number': 'JT 58 20 41 C', 'nhs_number': '999 482 1636',
                        'pnc': '2012/0381455G', 'cro': '104382/12L'},
        'contact': {'addresses': ['Flat 6, Ebony Court, 41 Sallow Road, Eastmere, ZB4 7QT'],
                    'phones': ['07700 900417'],
                    'emails': ['amaka.okonkwo@example.com']},
    }
    PN = '[[pn.s:A7316FK]]'
    EST = 'HMP & YOI Ravensmoor'
    RAV_AD = '[[ad.p:Moor Lane, Ravensmoor]]'
    RAV_PC = '[[pc.p:ZC7 2DN]]'
    RAV_PH = '[[ph.p:0113 496 0100]]'
    MBU_EM = '[[em.p:mbu.ravensmoor@justice.example.gov.uk]]'
    S_AD = '[[ad.s:Flat 6, Ebony Court, 41 Sallow Road, Eastmere]]'
    S_PC = '[[pc.s:ZB4 7QT]]'
    OLD_AD = '[[ad.s:19 Mulberry Gardens, Larkford]]'
    OLD_PC = '[[pc.s:ZD9 3UP]]'
    ADA_AD = '[[ad.t:22 Tamarind Close, Eastmere]]'
    ADA_PC = '[[pc.t:ZB3 9LW]]'
    OLU_AD = '[[ad.t:Flat 3, 7 Gantry Lane, Kestwick]]'
    OLU_PC = '[[pc.t:ZF2 8NE]]'
    ECS_AD = '[[ad.p:Civic Centre, Market Way, Eastmere]]'
    ECS_PC = '[[pc.p:ZB1 1DA]]'
    ECS_PH = '[[ph.p:0117 496 0250]]'
    ECS_EM = '[[em.p:childrens.duty@eastmere.example.gov.uk]]'
    PMH_AD = '[[ad.p:Unit 4, Beacon Health Park, Ravensmoor]]'
    PMH_PC = '[[pc.p:ZC6 4JT]]'
    PMH_PH = '[[ph.p:0113 496 0277]]'
    PMH_EM = '[[em.p:perinatal.referrals@nhs.example.net]]'
    docs = []

    # ---- doc 1: MBU admission board decision ------------------------------
    run = f'MBU/24/031  [[n.s:OKONKWO]] {PN}'
    p1 = f"""
{hdr('OFFICIAL-SENSITIVE', EST)}
MOTHER AND BABY UNIT - ADMISSION BOARD DECISION
{rule('=')}
Ref: MBU/24/031

{tab([
 ['Applicant:', '[[n.s:OKONKWO, Chiamaka Ngozi]]'],
 ['Prison number:', PN],
 ['Date of birth:', '[[dob.s:14/06/1991]]'],
 ['PNC ID:', '[[pnc.s:2012/0381455G]]   CRO: [[cro.s:104382/12L]]'],
 ['Also known as:', '[[n.s:Chiamaka BELLO]] (married name, not used since 2019)'],
 ['Child:', '[[n.t:Somtochukwu ADEBAYO]] (born [[dob.t:09/01/2024]])'],
 ['Child NHS no:', '[[nhs.t:999 105 8737]]'],
 ['Board date:', '27 February 2024'],
 ['Chair:', '[[n.f:Ruth Fairweather]], Head of Women’s Services'],
], [18])}

Members present
{tab([
 ['-', '[[n.f:Ruth Fairweather]]', 'Chair'],
 ['-', 'SO [[n.f:Bhamra]]', 'Residential manager, MBU'],
 ['-', '[[n.f:Helen Quayle]]', 'Community midwife (Ravensmoor)'],
 ['-', '[[n.f:Priya Nandakumar]]', 'Social worker, Eastmere Children’s Services'],
 ['-', '[[n.t:Jodie Carver]]', 'Family engagement worker, Ties That Bind (observer)'],
], [4, 22], '  ')}

1. Background
Ms [[n.s:Okonkwo]] was received into custody on 3 November 2023 on remand and
was sentenced on 18 January 2024 to 30 months. Her son [[n.t:Somto]] was born at
Ravensmoor General Hospital on [[dob.t:9 January 2024]] while she was under escort.
The baby's father, [[n.t:Olumide ADEBAYO]] (known as "[[n.t:Olu]]"), is not currently a
safe carer: children's services hold concerns about his drug use and he has an
outstanding matter at Kestwick magistrates (PNC [[pnc.t:2014/0620991C]]).

[[n.s:Chiamaka]]'s younger sister, [[n.t:Adaeze OKONKWO]], has been caring for [[n.t:Somto]] at
her home at {ADA_AD} {ADA_PC} since his discharge from hospital.
[[n.t:Adaeze]] has asked to be assessed as a connected carer.

2. Views of the applicant
[[n.s:Amaka]] (the name she prefers) told the board she wants to breastfeed and
to "be his mum from day one". She accepted the unit rules and agreed to drug
testing. She gave her home address as {S_AD} {S_PC}
and her mobile as [[ph.s:07700 900417]] for the release plan.
"""
    p2 = f"""
{hdr(run, 'Page 2 of 2')}
{rule()}
3. Professional views
Midwife [[n.f:Quayle]]: baby is feeding well and gaining weight; no concerns about
handling. Social worker [[n.f:Nandakumar]]: the local authority supports a
placement subject to a written agreement, and will visit fortnightly. Contact
children's services via the duty desk on {ECS_PH} or {ECS_EM}, not
[[n.f:Ms Nandakumar]]'s personal mobile.

SO [[n.f:Bhamra]] reported one negative entry on the wing: a verbal argument with
[[n.t:Kerry-Ann WHITLOCK]] ([[pn.t:A2294EV]]) on 12 February. [[n.t:Whitlock]] is not on the MBU
and the board does not consider this a barrier.

4. Decision
The board APPROVES admission of [[n.s:Chiamaka Ngozi OKONKWO]] and [[n.t:Somtochukwu]] to the
Mother and Baby Unit, room MBU-2-07, from 4 March 2024, for review at 3 months.

Conditions: compliance with the unit agreement; weekly keywork with the
perinatal team; no contact with [[n.t:Mr Adebayo]] other than supervised video
calls agreed by children's services.

Signed: [[n.f:R. Fairweather]]      Date: 27/02/2024
Copies: applicant; Eastmere Children's Services, {ECS_AD} {ECS_PC};
MBU office, {EST}, {RAV_AD} {RAV_PC} (tel {RAV_PH});
{MBU_EM}
""".replace('[[n.t:Mr Adebayo]]', 'Mr [[n.t:Adebayo]]').replace('[[n.f:Ms Nandakumar]]', 'Ms [[n.f:Nandakumar]]')
    docs.append(('mbu-admission-board-decision', [p1, p2]))

    # ---- doc 2: perinatal mental health referral ---------------------------
    p1 = f"""
Ravensmoor Perinatal Mental Health Team
{PMH_AD} {PMH_PC}  |  Referrals: {PMH_PH}  |  {PMH_EM}

REFERRAL FOR ASSESSMENT - PERINATAL MENTAL HEALTH          NHS - CONFIDENTIAL
{rule()}
PATIENT DETAILS
{tab([
 ['Surname', '[[n.s:OKONKWO]]', 'Forename(s)', '[[n.s:Chiamaka Ngozi]]'],
 ['DOB', '[[dob.s:14-JUN-1991]]', 'NHS number', '[[nhs.s:9994821636]]'],
 ['Location', 'HMP & YOI Ravensmoor', 'Prison no.', PN],
 ['Preferred name', '[[n.s:Amaka]]', 'Language', 'English, Igbo'],
 ['Usual address', S_AD, '', ''],
 ['Postcode', S_PC, 'Mobile (family)', '[[ph.t:07700 900582]] (sister)'],
], [16, 24, 17])}

INFANT
{tab([
 ['Name', '[[n.t:Somtochukwu ADEBAYO]]', 'DOB', '[[dob.t:09.01.2024]]'],
 ['NHS number', '[[nhs.t:999 105 8737]]', 'Gestation', '38+2'],
], [16, 24, 17])}

REFERRER
{tab([
 ['Name', '[[n.f:Dr Femi Adeyemi-Roberts]]', 'Role', 'Prison GP'],
 ['Direct line', '[[ph.f:0113 496 0391]]', 'Email', '[[em.f:f.adeyemi-roberts@nhs.example.net]]'],
], [16, 24, 17])}

Reason for referral
Low mood since delivery, poor sleep, intrusive thoughts about the baby being
taken away. EPDS score 17 on 19/02/2024. History of postnatal depression after
her first pregnancy in 2012 (under the name [[n.s:Chiamaka BELLO]]; treated by
Larkford CMHT while living at {OLD_AD} {OLD_PC}).
""".replace('[[n.f:Dr Femi Adeyemi-Roberts]]', 'Dr [[n.f:Femi Adeyemi-Roberts]]')
    p2 = f"""
{hdr('PMHT referral - [[n.s:C. OKONKWO]] - [[nhs.s:999 482 1636]]', 'p.2')}
{rule()}
Risk
No self-harm since reception. One ACCT opened 5 Nov 2023 and closed 20 Nov 2023.
No risk to the infant identified. Protective factors: sister [[n.t:Adaeze]], faith,
wish to keep [[n.t:Somto]] with her.

Relevant others
{tab([
 ['Relationship', 'Name', 'Contact'],
 ['Sister / carer', '[[n.t:Adaeze OKONKWO]]', '[[ph.t:07700 900582]], [[em.t:adaeze.ok@example.org]]'],
 ['Infant’s father', '[[n.t:Olumide ADEBAYO]]', '[[ph.t:07700 900736]] (NOT to be contacted)'],
 ['Mother', '[[n.t:Obiageli OKONKWO]]', '[[ad.t:12 Ogui Road, Enugu, Nigeria]]'],
 ['Social worker', '[[n.f:Priya Nandakumar]]', '[[ph.f:07700 900861]] (work mobile)'],
], [18, 26])}

Consent: [[n.s:Ms Okonkwo]] consents to this referral and to information sharing with
the MBU. Signed [[n.s:C.N. Okonkwo]]. GP signature [[n.f:F. Adeyemi-Roberts]] 20/02/2024.

For office use: triaged by [[n.f:Dr Ifeoma Nwosu]], consultant perinatal psychiatrist,
21/02/2024 - ROUTINE (4 weeks). Appointment letter to MBU mailbox.
""".replace('[[n.s:Ms Okonkwo]]', 'Ms [[n.s:Okonkwo]]').replace('[[n.f:Dr Ifeoma Nwosu]]', 'Dr [[n.f:Ifeoma Nwosu]]')
    docs.append(('perinatal-mental-health-referral', [p1, p2]))

    # ---- doc 3: NOMIS alerts printout -----------------------------------
    p1 = f"""
NOMIS  -  PRISONER ALERTS                           Printed 06/03/2024 10:14
Establishment: RVI (Ravensmoor)   User: [[n.f:LJARVIS]]
{rule()}
{tab([
 ['Prison No', PN, 'Name', '[[n.s:OKONKWO, CHIAMAKA NGOZI]]'],
 ['DOB', '[[dob.s:14/06/1991]]', 'Cell', 'MBU-2-07'],
 ['PNC', '[[pnc.s:12/381455G]]', 'CRO', '[[cro.s:104382/12L]]'],
 ['NINO', '[[ni.s:JT 58 20 41 C]]', 'Religion', 'Pentecostal'],
 ['Aliases', '[[n.s:BELLO, CHIAMAKA]]; [[n.s:OKONKWO, AMAKA]]', '', ''],
], [11, 30, 6])}

ACTIVE ALERTS
{tab([
 ['Code', 'Description', 'Created', 'By', 'Comment'],
 ['PMBU', 'Mother and baby unit', '04/03/2024', '[[n.f:RFAIRWEATHER]]', 'Child [[n.t:S. ADEBAYO]]'],
 ['SC', 'Risk to children', '04/03/2024', '[[n.f:PNANDAKUMAR]]', 'Re father only - see note'],
 ['XNR', 'No contact - person', '05/03/2024', '[[n.f:DBHAMRA]]', 'No contact [[n.t:ADEBAYO, OLUMIDE]]'],
 ['VOP', 'Visitor restriction', '05/03/2024', '[[n.f:DBHAMRA]]', '[[n.t:ADEBAYO, O]] - video only'],
 ['HA', 'ACCT history', '05/11/2023', '[[n.f:LJARVIS]]', 'Closed 20/11/2023'],
 ['PEEP', 'Peer mentor', '01/03/2024', '[[n.f:MQUINLAN]]', 'Induction landing'],
], [6, 22, 12, 14])}

INACTIVE ALERTS
{tab([
 ['Code', 'Description', 'Created', 'Closed', 'Comment'],
 ['XCU', 'Controlled unlock', '11/11/2023', '02/12/2023', 'After incident w/ [[n.t:WHITLOCK]]'],
 ['XNR', 'No contact - person', '15/11/2023', '01/02/2024', '[[n.t:MAUGHAN, BERNADETTE]] [[pn.t:A5108HW]]'],
], [6, 22, 12, 12])}

Next of kin (from NOMIS contacts)
{tab([
 ['[[n.t:OKONKWO, ADAEZE]]', 'Sister', ADA_AD + ' ' + ADA_PC, '[[ph.t:07700 900582]]'],
 ['[[n.t:OKONKWO, OBIAGELI]]', 'Mother', '[[ad.t:12 Ogui Road, Enugu, Nigeria]]', '+234 (overseas)'],
], [22, 8, 40])}
{rule()}
End of report - [[n.s:OKONKWO]] {PN}
"""
    docs.append(('nomis-alerts-printout', [p1]))

    # ---- doc 4: peer mentor application (handwritten transcription) ------
    p1 = f"""
[Transcription of handwritten form. Spelling as written. Illegible marked [?].]

HMP & YOI RAVENSMOOR - PEER MENTOR APPLICATION (Induction & MBU)

Full name: [[n.s:Chiamaka N. Okonkwo]]      Number: [[pn.s:A 7316 FK]]
What do you like to be called? "[[n.s:Chi-Chi]] or [[n.s:Amaka]], not [[n.s:Chiamaka]] in full pls"
Wing / cell: MBU 2-07
Date of birth: [[dob.s:14th June 1991]]    NI no (for pay): [[ni.s:jt582041c]]

Why do you want to be a peer mentor?
  When I came in in Nov I didnt know nobody and I was pregnant and scared.
  A girl called [[n.t:Bernie]] from [[n.t:Maughan]] family showed me how the canteen
  sheet works and how to get the midwife. I want to do that for the next
  girls. Also on the outside I done volunteering at Eastmere food hub
  for 2 years with [[n.t:Pastor Emeka Obi]]'s church group.

Skills / experience:
  - NVQ level 2 health & social care (2014, when I was [[n.s:Chiamaka Bello]])
  - Care assistant, Larkford, 2015-2019
  - Speak English + Igbo, little bit Yoruba from [[n.t:Olu]]'s family

Referee inside (staff): Officer [[n.f:Jarvis]] / SO [[n.f:Bhamra]]
Referee outside: my sister [[n.t:Adaeze Okonkwo]] tel [[ph.t:07700 900582]]
  (or old number [[ph.t:0117 496 0938]] - she might not have it no more)

Any adjudications in last 6 months?  1 - [?] Nov, argument with [[n.t:K-A Whitlock]],
  dismissed.

Signed: [[n.s:C. Okonkwo]]                 Date: 26/2/24

-- Staff section --
Supported. Good rapport with new arrivals. [[n.t:Maughan]] is no longer on the
non-association list (closed 01/02/24). Approved for induction landing from
1 March. [[n.f:M. Quinlan]], Peer Support Co-ordinator, ext. 2214.
""".replace('[[n.t:Pastor Emeka Obi]]', 'Pastor [[n.t:Emeka Obi]]')
    docs.append(('peer-mentor-application', [p1]))

    # ---- doc 5: family engagement worker notes (charity) ------------------
    p1 = f"""
TIES THAT BIND - Family Engagement Service at HMP & YOI Ravensmoor
Case notes - client: [[n.s:Amaka OKONKWO]] ([[n.s:Chiamaka]])   Prison no. {PN}
Worker: [[n.t:Jodie Carver]]  (work mobile [[ph.t:07700 900155]])
{rule()}

08/01/2024  Call from sister [[n.t:Adaeze]] ([[ph.t:07700 900582]]). [[n.s:Amaka]] in labour,
            taken out to hospital under escort. [[n.t:Adaeze]] wants to be at the
            birth - explained escort rules, gave her the prison switchboard
            {RAV_PH} to ask for the duty governor.

10/01/2024  Visited [[n.s:Amaka]] on return. Baby boy [[n.t:Somtochukwu]], DOB [[dob.t:09/01/2024]],
            now with [[n.t:Adaeze]] at {ADA_AD} under a s.20 arrangement.
            [[n.s:Amaka]] tearful, asking about the MBU. Helped her fill in
            the application.

17/01/2024  [[n.t:Olu]] ([[n.t:Olumide Adebayo]]) rang our helpline, upset that he cannot
            see his son. He gave his number as [[ph.t:07700 900736]] and asked us to
            pass a letter in. Declined - explained we cannot pass post and
            referred him to Eastmere Children's Services duty line {ECS_PH}.

31/01/2024  Family visit day: [[n.t:Adaeze]] brought [[n.t:Somto]] and her own daughter
            [[n.t:Chinwe]] (age 6). Good interaction. [[n.s:Amaka]]'s mother [[n.t:Mrs Obiageli
            Okonkwo]] joined by video from Enugu for 10 minutes.

12/02/2024  [[n.s:Amaka]] told me about the row with [[n.t:Kerry-Ann]] on the landing - says
            [[n.t:Kerry-Ann]] called [[n.t:Somto]] "the social's baby". Advised her to speak to
            SO [[n.f:Bhamra]]; did not record further detail.

27/02/2024  Attended MBU board as observer (with [[n.s:Amaka]]'s consent).
            Approved. [[n.s:Amaka]] asked me to update her email on our system to
            [[em.s:amaka.okonkwo@example.com]] (old one [[em.s:chichi.bello@example.net]]
            no longer used).

Closing summary: client to be supported on MBU by our worker [[n.t:Grace Oyelaran-Smith]]
from March. Handover sent by secure email.
""".replace('[[n.t:Mrs Obiageli\n            Okonkwo]]', 'Mrs [[n.t:Obiageli\n            Okonkwo]]')
    docs.append(('family-engagement-worker-notes', [p1]))

    # ---- doc 6: MBU separation plan ------------------------------------
    p1 = f"""
{hdr('OFFICIAL-SENSITIVE', 'MBU SEPARATION PLAN (CONTINGENCY)')}
{EST} - Mother and Baby Unit
{rule('=')}
{tab([
 ['Mother', '[[n.s:Chiamaka OKONKWO]]  ([[pn.s:A7316FK]])  DOB [[dob.s:1991-06-14]]'],
 ['Child', '[[n.t:Somtochukwu ADEBAYO]]  DOB [[dob.t:2024-01-09]]  NHS [[nhs.t:9991058737]]'],
 ['Plan date', '08/03/2024   Review due: 08/06/2024'],
 ['Earliest release', 'ARD 02/05/2025 (sentence calculation on file)'],
], [18])}

1. Why a contingency plan is needed
A separation plan is written for every child on the unit. It sets out who will
care for the child if the mother is removed from the unit, transferred, or
released without the child, and how the separation would be managed.

2. Proposed carers (in order)
{tab([
 ['', 'Name', 'Relationship', 'Address', 'Phone'],
 ['1', '[[n.t:Adaeze Chidinma OKONKWO]]', 'Maternal aunt', ADA_AD + ', ' + ADA_PC, '[[ph.t:07700 900582]]'],
 ['2', '[[n.t:Ifunanya EZE]]', 'Family friend', '[[ad.t:8 Coppice Walk, Eastmere]] [[pc.t:ZB6 2PA]]', '[[ph.t:0117 496 0712]]'],
 ['3', 'Local authority foster placement (Eastmere)', '', '', ''],
], [3, 30, 15, 44])}

[[n.t:Adaeze]] has completed a viability assessment with [[n.f:Ms Nandakumar]] (positive,
06/03/2024). [[n.t:Mrs Eze]] has not yet been assessed; her DOB ([[dob.t:30/11/1979]]) and
consent have been taken for checks.

3. Father
[[n.t:Olumide ADEBAYO]] (DOB [[dob.t:22/03/1988]]) of {OLU_AD} {OLU_PC} is not a
proposed carer. He may be told of a separation by the social worker only.
"""
    p2 = f"""
{hdr('Separation plan - [[n.s:OKONKWO]] / [[n.t:ADEBAYO]]', 'page 2')}
{rule()}
4. How a separation would be managed
- Mother to be told in private by the MBU manager with a named officer present.
- Child's belongings, feeding plan and red book to go with the child.
- [[n.s:Chiamaka]] to be offered a same-day call to [[n.t:Adaeze]] and a Listener.
- Perinatal team ([[n.f:Dr Nwosu]]) to be informed the same day via {PMH_PH}.

5. Contact after separation
Weekly family visits at Ravensmoor, brought by [[n.t:Adaeze]]; fortnightly video calls.
Any contact with [[n.t:Mr Adebayo]] only via children's services.

6. Agreement
I have read this plan and it has been explained to me.
Mother: [[n.s:C N OKONKWO]]           Date: 08/03/24
MBU manager: [[n.f:Ruth Fairweather]]   Date: 08/03/24
Social worker: [[n.f:P. Nandakumar]]   Eastmere Children's Services, {ECS_AD} {ECS_PC}
Carer: [[n.t:A. C. Okonkwo]] (signed at visit 10/03/24)
""".replace('[[n.t:Mr Adebayo]]', 'Mr [[n.t:Adebayo]]')
    p1 = p1.replace('[[n.f:Ms Nandakumar]]', 'Ms [[n.f:Nandakumar]]').replace('[[n.t:Mrs Eze]]', 'Mrs [[n.t:Eze]]')
    p2 = p2.replace('[[n.f:Dr Nwosu]]', 'Dr [[n.f:Nwosu]]')
    docs.append(('mbu-separation-plan', [p1, p2]))

    # ---- doc 7: money receipt scan (OCR noise) -------------------------
    p1 = f"""
--- scanned image, OCR text follows (quality: poor) ---
PRlS0NER M0NEY - INB0UND PAYMENT RECElPT           HMP & Y0I RAVENSM00R
Finance 0ffice  .  {RAV_AD}  {RAV_PC}

Recipient prisoner : [[n.s:0KONKW0 , CHIAMAKA]]   No. [[pn.s:A7316FK]]
Recipient DOB      : [[dob.s:14.06.91]]
Amount             : £40.00         Method: debit card (online)
Payment ref        : SMP-5521-0093

Sender             : [[n.t:Adaeze 0konkwo]]
Sender address     : {ADA_AD.replace('22 Tamarind Close', '22 Tamarlnd Close')}
Sender postcode    : {ADA_PC}
Sender email       : [[em.t:adaeze.ok@example.org]]
Card number        : [[card.t:4543 1209 8871 5530]]     exp 09/27
Relationship       : SlSTER

Sender (2nd item)  : [[n.t:Rev. Canon Emeka 0bi]]  - St Jude's Fellowship, Eastmere
Amount             : £15.00  (bank transfer)
Remitter a/c       : sort [[sc.t:60-21-13]]  acc [[an.t:48817350]]
Remitter IBAN      : [[iban.t:GB09 NWBK 6021 1348 8173 50]]

Checked by : [[n.f:T. 0wusu-Ansah]] (finance clerk)  16/01/2024
Note: 2nd item returned - senders must be on prisoner's approved list.
""".replace('[[n.t:Rev. Canon Emeka 0bi]]', 'Rev. Canon [[n.t:Emeka 0bi]]')
    docs.append(('prisoner-money-receipt-scan', [p1]))

    return finish_bundle('eval11-01', SUBJECT, docs,
                         token_ok=(), nonpii_ok=())

# ==========================================================================
# Bundle 02 - approved premises, licence, modern slavery (Albanian subject)

def bundle2():
    SUBJECT = {
        'name': 'Ardit Gjon KRASNIQI',
        'aliases': ['Ardi', 'Ardit KRASNICI', 'Arditi'],
        'date_of_birth': '1996-02-29',
        'prison_number': 'G5841UR',
        'identifiers': {'ni_number': 'SN 74 19 62 B', 'pnc': '2016/0214387X',
                        'cro': '36911/16Z', 'crn': 'K381946'},
        'contact': {'addresses': ['Room 4, 31 Hillcrest Road, Larkford, ZD3 5BW'],
                    'phones': ['07700 900218'],
                    'emails': ['ardit.k96@example.net']},
    }
    PN = '[[pn.s:G5841UR]]'
    CRN = '[[crn.s:K381946]]'
    AP = 'Wexcombe House Approved Premises'
    AP_AD = '[[ad.p:9 Orchard Rise, Larkford]]'
    AP_PC = '[[pc.p:ZD2 4HS]]'
    AP_PH = '[[ph.p:0161 496 0140]]'
    AP_EM = '[[em.p:wexcombe.ap@justice.example.gov.uk]]'
    PDU_AD = '[[ad.p:Probation Office, 3 Crown Street, Larkford]]'
    PDU_PC = '[[pc.p:ZD1 2AB]]'
    PDU_PH = '[[ph.p:0161 496 0300]]'
    SCA_EM = '[[em.p:nrm.decisions@homeoffice.example.gov.uk]]'
    SCA_AD = '[[ad.p:Single Competent Authority, PO Box 4410, Kestwick]]'
    SCA_PC = '[[pc.p:ZF9 1SA]]'
    MOVE_AD = '[[ad.s:Room 4, 31 Hillcrest Road, Larkford]]'
    MOVE_PC = '[[pc.s:ZD3 5BW]]'
    OLD_AD = '[[ad.s:Flat 2, 118 Canal Street, Kestwick]]'
    OLD_PC = '[[pc.s:ZF1 6PB]]'
    BES_AD = '[[ad.t:54 Wharf Road, Kestwick]]'
    BES_PC = '[[pc.t:ZF1 9DR]]'
    LAU_AD = '[[ad.t:11 Poplar View, Larkford]]'
    LAU_PC = '[[pc.t:ZD4 1XE]]'
    docs = []

    # ---- doc 1: curfew register -----------------------------------------
    def reg_rows(rows):
        return tab([['Rm', 'Resident', 'Out', 'In', 'Curfew', 'RSO', 'Notes']] + rows,
                   [4, 26, 7, 7, 8, 13])
    p1 = f"""
{hdr(AP, 'CURFEW & SIGNING REGISTER')}
{AP_AD} {AP_PC}   Office {AP_PH}
Week commencing Monday 13 May 2024            Sheet 1 of 2
{rule('=')}
MON 13/05
{reg_rows([
 ['1', '[[n.t:McDONAGH, Patrick]]', '08:05', '16:40', '23:00', '[[n.f:C. Cairns]]', ''],
 ['2', '[[n.t:HOLROYD, Dean]]', '09:30', '21:55', '21:00', '[[n.f:C. Cairns]]', 'LATE 55 min - warned'],
 ['3', '[[n.s:KRASNIQI, Ardit]]', '06:10', '18:20', '23:00', '[[n.f:C. Cairns]]', 'Work (Sheldon)'],
 ['5', '[[n.t:JOYCE, John]]', '10:00', '14:15', '19:00', '[[n.f:B. Akinwande]]', 'Hostel sign 3x'],
 ['6', '[[n.t:BASSEY, Tyrone]]', '-', '-', '23:00', '[[n.f:B. Akinwande]]', 'In all day (unwell)'],
 ['7', '[[n.t:NOWAK, Marek]]', '07:45', '17:30', '23:00', '[[n.f:B. Akinwande]]', ''],
])}

TUE 14/05
{reg_rows([
 ['1', '[[n.t:McDONAGH, P]]', '08:00', '22:50', '23:00', '[[n.f:C. Cairns]]', 'Visiting family at site'],
 ['2', '[[n.t:HOLROYD, D]]', '11:15', '20:30', '21:00', '[[n.f:C. Cairns]]', ''],
 ['3', '[[n.s:KRASNIQI, A]]', '06:05', '23:40', '23:00', '[[n.f:C. Cairns]]', 'LATE 40 min - see log'],
 ['5', '[[n.t:JOYCE, J]]', '10:10', '13:55', '19:00', '[[n.f:C. Cairns]]', ''],
 ['6', '[[n.t:BASSEY, T]]', '12:00', '15:00', '23:00', '[[n.f:B. Akinwande]]', 'GP appt'],
 ['7', '[[n.t:NOWAK, M]]', '07:40', '17:25', '23:00', '[[n.f:B. Akinwande]]', ''],
])}
"""
    p2 = f"""
{hdr('Wexcombe House - register w/c 13/05/2024', 'Sheet 2 of 2')}
{rule()}
Occurrence log (extract)
14/05 23:40  Room 3 [[n.s:Ardit]] returned 40 mins late. Said the last bus from
             Kestwick was cancelled and his brother [[n.t:Besnik]] drove him back.
             Vehicle seen on CCTV: silver Toyota [[vrm.t:LK19 XRT]]. [[n.s:KRASNIQI]] was
             sober and polite. Duty manager informed by phone. [[n.f:CC]]
15/05 08:30  [[n.f:T. Moyo]] (AP manager) spoke with [[n.s:Mr Krasniqi]]. First late return
             in 6 weeks. Verbal warning only; COM [[n.f:N. Ferreira]] to be emailed.
15/05 09:10  [[n.t:Mr McDonagh]] asked for an overnight at his mother's trailer on the
             council site, [[ad.t:Pitch 7, Fenny Lane Traveller Site, Larkford]]. Refused - not an approved address.
15/05 22:15  [[n.t:Holroyd]] and [[n.t:Bassey]] arguing in kitchen over food labelled
             "[[n.s:ARDI]] - DO NOT TOUCH". Separated by RSO [[n.f:Akinwande]].

Resident signatures for the week (initials)
{tab([
 ['Rm 1', '[[n.t:PMcD]]', 'Rm 2', '[[n.t:DH]]', 'Rm 3', '[[n.s:AK]]'],
 ['Rm 5', '[[n.t:JJ]]', 'Rm 6', '[[n.t:TB]]', 'Rm 7', '[[n.t:MN]]'],
], [6, 8, 6, 8, 6])}
Checked: [[n.f:Tendai Moyo]], Approved Premises Manager   17/05/2024
""".replace('[[n.s:Mr Krasniqi]]', 'Mr [[n.s:Krasniqi]]').replace('[[n.t:Mr McDonagh]]', 'Mr [[n.t:McDonagh]]')
    docs.append(('approved-premises-curfew-register', [p1, p2]))

    # ---- doc 2: room search record --------------------------------------
    p1 = f"""
{AP.upper()} - ROOM SEARCH RECORD            Form AP-RS2
{rule('=')}
{tab([
 ['Resident', '[[n.s:Ardit Gjon KRASNIQI]]', 'CRN', CRN],
 ['Room', '3 (first floor)', 'DOB', '[[dob.s:29/02/1996]]'],
 ['Ex-prison no.', PN, 'PNC', '[[pnc.s:2016/0214387X]]'],
 ['Date/time', '21/05/2024 10:20-10:45', 'Reason', 'Routine (monthly)'],
 ['Searching staff', '[[n.f:Craig Cairns]] (RSO)', 'Witness', '[[n.f:Siobhan Mulgrew]] (PSO)'],
], [17, 28, 9])}

Items found / examined
{tab([
 ['No', 'Item', 'Action'],
 ['1', 'Samsung phone (declared) - number [[ph.s:07700 900218]]', 'Seen, returned'],
 ['2', 'Old Nokia, no SIM; resident says old number [[ph.s:07700 900905]]', 'Retained, COM told'],
 ['3', f'Letter from [[n.t:Lauren Priestley]], {LAU_AD} {LAU_PC}', 'Read with consent, returned'],
 ['4', 'Payslip, Sheldon Groundworks, NI [[ni.s:SN741962B]]', 'Returned'],
 ['5', 'Photo of [[n.t:Drita]] and [[n.t:Gjon Krasniqi]] (parents)', 'Returned'],
 ['6', 'Paper with name "[[n.t:Luan]]" and number [[ph.t:07700 900977]]', 'Copied, passed to police'],
 ['7', 'Prescribed sertraline (24 tabs), matches MAR chart', 'Returned'],
], [4, 62])}

Comments
Room tidy. Item 6: [[n.s:Ardit]] became distressed and said [[n.t:Luan]] is one of the men
who held him at the cannabis grow in 2021. He does not know why the paper was
in his room and thinks it may have been left by the previous occupant
([[n.t:Nowak]] moved from room 3 to room 7 on 2 May). Reported to PC [[n.f:Danny Osei]],
Larkford Modern Slavery Unit, 21/05 11:05.
Resident signature: [[n.s:A. Krasniqi]]    Staff: [[n.f:C. Cairns]] / [[n.f:S. Mulgrew]]
"""
    docs.append(('approved-premises-room-search-record', [p1]))

    # ---- doc 3: NRM reasonable grounds decision letter --------------------
    p1 = f"""
Home Office - Single Competent Authority (Modern Slavery)
{SCA_AD} {SCA_PC}
Email: {SCA_EM}

OFFICIAL-SENSITIVE
Our ref: SCA/RG/2024/118834                 Date: 4 April 2024

[[n.s:Mr Ardit KRASNIQI]]
c/o {AP}
{AP_AD}
{AP_PC}

Dear [[n.s:Mr Krasniqi]],

NATIONAL REFERRAL MECHANISM - REASONABLE GROUNDS DECISION

Name: [[n.s:Ardit Gjon KRASNIQI]]       Also recorded as: [[n.s:Ardit KRASNICI]]
Date of birth: [[dob.s:29 February 1996]]    Nationality: Albanian
First responder: [[n.f:Nicola Ferreira]], HM Prison and Probation Service

We have considered the referral made on 12 March 2024. Based on the information
available, we have decided that there are reasonable grounds to believe you are
a victim of modern slavery (forced criminality).

The referral describes how, after arriving in the UK in 2020, you were housed at
{OLD_AD} {OLD_PC} and then taken by men known to you as "[[n.t:Luan]]"
and [[n.t:Kujtim SHEHU]] to a property in Kestwick where you were made to tend
cannabis plants to repay a debt of £12,000. Your brother [[n.t:Besnik Krasniqi]] is
recorded as having reported you missing to police in June 2021.
""".replace('[[n.s:Mr Ardit KRASNIQI]]', 'Mr [[n.s:Ardit KRASNIQI]]').replace('[[n.s:Mr Krasniqi]]', 'Mr [[n.s:Krasniqi]]')
    p2 = f"""
{hdr('SCA/RG/2024/118834 - [[n.s:KRASNIQI]]', 'Page 2')}
{rule()}
What happens next
You are entitled to a recovery period of at least 30 days. A conclusive grounds
decision will follow. Support can be arranged through the Modern Slavery Victim
Care Contract; because you are on licence, your probation practitioner will be
kept informed.

If your contact details change please tell us. We hold:
  Phone:  [[ph.s:07700 900218]]
  Email:  [[em.s:ardit.k96@example.net]]
  Previous number (no longer in use): [[ph.s:07700 900905]]

Yours sincerely

[[n.f:Harriet Lomax]]
Decision Maker, Single Competent Authority

cc  [[n.f:N. Ferreira]], Larkford PDU, {PDU_AD} {PDU_PC}
cc  Legal representative: [[n.t:Ilir Dema]], Besa Immigration Advisers,
    [[em.t:ilir@besa-immigration.example.co.uk]]
"""
    docs.append(('nrm-reasonable-grounds-decision-letter', [p1, p2]))

    # ---- doc 4: AP warning letter -------------------------------------
    p1 = f"""
{AP}
{AP_AD}  {AP_PC}
Tel {AP_PH}   Email {AP_EM}

Private & confidential - hand delivered
Resident: [[n.s:Ardit Krasniqi]] (Room 3)          CRN: {CRN}
Date: 29 May 2024

FIRST WRITTEN WARNING - BREACH OF HOUSE RULES

Dear [[n.s:Ardit]],

On 26 May 2024 at approximately 19:30 you allowed a visitor, [[n.t:Lauren PRIESTLEY]],
into the residents' lounge without booking the visit with staff. House rule 9
says visitors must be approved and stay in the visits room. Staff also saw your
brother [[n.t:Besnik]] waiting in a car ([[vrm.t:LK19 XRT]]) on Orchard Rise for 40 minutes.

You told RSO [[n.f:Cairns]] that [[n.t:Ms Priestley]] had come to return your work boots
and that you did not know the rule applied to the lounge. We accept you were
honest about this. However this is your second matter in a month (late return
on 14 May).

This letter is a first written warning. A copy goes to your probation
practitioner, [[n.f:Nicola Ferreira]] (Larkford PDU, {PDU_PH}). A further breach
may lead to a review of your placement and could result in recall.

If you want [[n.t:Ms Priestley]] approved as a visitor, ask her to complete the
visitor form; we will need her date of birth and address to run checks.

Signed  [[n.f:Tendai Moyo]]                    Received  [[n.s:A Krasniqi]]
        Approved Premises Manager
""".replace('[[n.t:Ms Priestley]]', 'Ms [[n.t:Priestley]]')
    docs.append(('approved-premises-warning-letter', [p1]))

    # ---- doc 5: licence variation request ---------------------------------
    p1 = f"""
LICENCE VARIATION REQUEST - to Public Protection Casework Section (PPCS)
Submitted by: Larkford Probation Delivery Unit
{rule('=')}
Section A - person on licence
{tab([
 ['Name', '[[n.s:KRASNIQI, Ardit Gjon]]'],
 ['Aliases', '[[n.s:KRASNICI, Ardit]]; "[[n.s:Arditi]]"'],
 ['DOB', '[[dob.s:29.02.1996]]'],
 ['Prison no. / CRN', f'{PN} / {CRN}'],
 ['PNC / CRO', '[[pnc.s:16/214387X]] / [[cro.s:36911/16Z]]'],
 ['NI number', '[[ni.s:SN 74 19 62 B]]'],
 ['Licence expiry', 'SLED 19/11/2025'],
 ['Current address', f'{AP}, {AP_AD} {AP_PC}'],
], [20])}

Section B - variation sought
1. Remove condition 7 (residence at an approved premises) and replace with
   residence at {MOVE_AD} {MOVE_PC}, a shared house let by
   Hillcrest Lettings; landlord [[n.t:Mr Yusuf Demir]] ([[ph.t:0121 496 0563]]).
2. Vary the exclusion zone so that [[n.s:Mr Krasniqi]] may travel through Kestwick town
   centre on the 08:10 bus to work (employer: Sheldon Groundworks Ltd).
3. Add a non-contact condition: not to contact [[n.t:Kujtim SHEHU]] (DOB [[dob.t:03/08/1979]],
   PNC [[pnc.t:2018/0339014R]]) or a man known as "[[n.t:Luan]]".

Section C - reasons
[[n.s:Ardit]] has lived at Wexcombe House since release on 20 February 2024 with
good compliance (one late return, one written warning - both minor). He has
worked full time since March. The [[ad.s:Hillcrest Road]] address has been visited by
PSO [[n.f:Mulgrew]] on 30/05/2024: single room, no other residents under
supervision, no children. The other tenants are [[n.t:Arben Gashi]] and [[n.t:Kevin Tait]].
"""
    p2 = f"""
{hdr('Licence variation - [[n.s:KRASNIQI]] [[crn.s:K381946]]', 'p2/2')}
{rule()}
Section C (cont.)
Police (Larkford Modern Slavery Unit, PC [[n.f:Osei]]) support condition 3 and
confirm [[n.t:Shehu]] is currently on bail at {BES_AD.replace('ad.t:54 Wharf Road', 'ad.t:Flat 9, 2 Tannery Row')} [[pc.t:ZF3 4GN]].
His previous address was given to police by the brother, [[n.t:Besnik KRASNIQI]], of
{BES_AD} {BES_PC} ([[ph.t:07700 900644]]), who is a prosecution witness.

[[n.s:Ardit]] previously lived at {OLD_AD} {OLD_PC}, the house where he was
first recruited. This address must not be approved.

Section D - the person's views
"I want to live normal, go to work, be with [[n.t:Lauren]]. I will not go near
[[ad.s:Canal Street]]." Signed [[n.s:A. G. Krasniqi]] 31/05/2024

Section E - sign-off
Probation practitioner: [[n.f:Nicola Ferreira]]  [[em.f:nicola.ferreira@justice.example.gov.uk]]
  direct [[ph.f:0161 496 0388]]
Senior probation officer: [[n.f:Rashid Mahmood]]   Date: 03/06/2024
"""
    p1 = p1.replace('[[n.t:Mr Yusuf Demir]]', 'Mr [[n.t:Yusuf Demir]]').replace('[[n.s:Mr Krasniqi]]', 'Mr [[n.s:Krasniqi]]')
    docs.append(('licence-variation-request-form', [p1, p2]))

    # ---- doc 6: employer disclosure record ------------------------------
    p1 = f"""
PROBATION SERVICE - RECORD OF DISCLOSURE TO EMPLOYER
{rule('=')}
Person on probation: [[n.s:Ardit KRASNIQI]]      CRN {CRN}   DOB [[dob.s:1996-02-29]]
Employer: Sheldon Groundworks Ltd, Unit 12 Brookside Trading Estate, Larkford
Contact at employer: [[n.t:Gary PINNOCK]], Site Supervisor
  mobile [[ph.t:07700 900493]]   email [[em.t:gary@sheldongroundworks.example.co.uk]]

Date of disclosure: 07/03/2024       Method: in person at site office
Disclosed by: [[n.f:Nicola Ferreira]], Probation Practitioner
Present: [[n.s:Ardit]] (consented to disclosure in writing on 05/03/2024)

What was disclosed
- [[n.s:Mr Krasniqi]] is on licence until November 2025 for production of a
  controlled drug (class B).
- He lives at an approved premises and has a curfew 23:00-07:00.
- He must not work at any site in Kestwick town centre (exclusion zone).
- He is recognised as a potential victim of modern slavery; the employer was
  asked not to share this with other workers.

Employer response
[[n.t:Mr Pinnock]] was supportive. He said [[n.s:"Ardi"]] [sic] had already told him "most of
it" and was his best labourer. He asked for the probation office number in case
of problems; he was given the Larkford PDU switchboard {PDU_PH}, not the
practitioner's direct line.

He also asked that wages be paid into an account in [[n.s:Ardit]]'s own name rather
than his brother's. Bank details seen (for the record of employment only):
  Sort code [[sc.s:20-99-51]]   Account [[an.s:70331846]]   Name: [[n.s:A G KRASNIQI]]
Previous account in brother's name: [[n.t:B KRASNIQI]]  sort code [[sc.t:40-12-57]]
  account [[an.t:31926804]] - now closed to [[n.s:Ardit]]'s wages.

Follow-up: telephone check with [[n.t:Gary Pinnock]] monthly.   [[n.f:NF]] 07/03/2024
""".replace('[[n.s:Mr Krasniqi]]', 'Mr [[n.s:Krasniqi]]').replace('[[n.t:Mr Pinnock]]', 'Mr [[n.t:Pinnock]]').replace('[[n.s:"Ardi"]]', '"[[n.s:Ardi]]"')
    docs.append(('employer-disclosure-record', [p1]))

    # ---- doc 7: AP guest wifi access log ---------------------------------
    def wl(rows):
        return tab([['Time', 'Device', 'Registered to', 'Assigned IP', 'Data']] + rows,
                   [18, 22, 26, 18])
    p1 = f"""
{AP} - RESIDENT WI-FI ACCESS LOG (export)
Requested by: [[n.f:T. Moyo]] for licence compliance check (condition 11 - declared
devices only)   Period: 25/05/2024 00:00 - 26/05/2024 23:59
{rule()}
{wl([
 ['25/05 06:02:14', 'Galaxy-A14 (declared)', '[[n.s:KRASNIQI A]] rm3', '[[ip.s:192.0.2.44]]', '14 MB'],
 ['25/05 07:15:40', 'iPhone-[[n.t:Marek]]', '[[n.t:NOWAK M]] rm7', '[[ip.t:192.0.2.51]]', '88 MB'],
 ['25/05 11:48:03', 'moto-g22', '[[n.t:McDONAGH P]] rm1', '[[ip.t:192.0.2.63]]', '301 MB'],
 ['25/05 21:30:55', 'UNREGISTERED', '(unknown - room 3 AP)', '[[ip.s:192.0.2.117]]', '1.2 GB'],
 ['26/05 19:28:10', 'Pixel-7 (guest)', '"[[n.t:Lauren]]" guest code', '[[ip.t:192.0.2.120]]', '6 MB'],
 ['26/05 22:44:31', 'Galaxy-A14 (declared)', '[[n.s:KRASNIQI A]] rm3', '[[ip.s:2001:db8:4c1::3a]]', '22 MB'],
])}

Notes ([[n.f:S. Mulgrew]], PSO)
The unregistered device on 25/05 connected via the room 3 access point. When asked,
[[n.s:Ardit]] produced a tablet given to him by [[n.t:Lauren Priestley]]; he said he used
it to video-call his mother [[n.t:Drita]] in Shkodër. He agreed to declare it.
Declared device list updated 27/05/2024. Gateway address of the resident
network and the premises' public-facing router address are omitted.
"""
    docs.append(('approved-premises-wifi-access-log', [p1]))

    return finish_bundle('eval11-02', SUBJECT, docs)

# ==========================================================================
# Bundle 03 - police custody to Crown Court (Lithuanian subject)

def bundle3():
    SUBJECT = {
        'name': 'Mindaugas Povilas JANKAUSKAS',
        'aliases': ['Mindė', 'Mindy', 'Mindaugas JANKAUSKIS'],
        'date_of_birth': '1988-09-23',
        'prison_number': 'A8850EJ',
        'identifiers': {'ni_number': 'PW836610A', 'pnc': '2019/0447120N', 'cro': '218804/19D'},
        'contact': {'addresses': ['27 Brindle Street, Marbury, ZG5 3RX'],
                    'phones': ['07700 900663'],
                    'emails': ['mindaugas.j88@example.com']},
    }
    S_AD = '[[ad.s:27 Brindle Street, Marbury]]'
    S_PC = '[[pc.s:ZG5 3RX]]'
    KAUNAS = '[[ad.s:Savanorių pr. 214-17, Kaunas, Lithuania]]'
    PNC = '[[pnc.s:2019/0447120N]]'
    CRO = '[[cro.s:218804/19D]]'
    DL = '[[dl.s:JANKA809238MP9WZ]]'
    VAN = '[[vrm.s:YK68 HTV]]'
    POL_AD = '[[ad.p:Marbury Police Station, Bridge Street, Marbury]]'
    POL_PC = '[[pc.p:ZG1 1QP]]'
    POL_PH = '[[ph.p:0121 496 0100]]'
    EMB_AD = '[[ad.p:Embassy of the Republic of Lithuania, 17 Legation Gardens, London]]'
    EMB_PC = '[[pc.p:ZH1 4LT]]'
    EMB_PH = '[[ph.p:020 7946 0331]]'
    EMB_EM = '[[em.p:consular@lt-embassy.example.org]]'
    CC_AD = '[[ad.p:The Law Courts, Castle Hill, Marbury]]'
    CC_PC = '[[pc.p:ZG1 2HJ]]'
    CC_EM = '[[em.p:listing.marbury@hmcts.example.gov.uk]]'
    CC_PH = '[[ph.p:0121 496 0200]]'
    SOL = '[[n.t:Andreas CHRISTODOULOU]]'
    SOL_EM = '[[em.t:a.christodoulou@kyrenialaw.example.co.uk.cjsm.net]]'
    SOL_PH = '[[ph.t:020 7946 0512]]'
    EMRE_PNC = '[[pnc.t:2009/0512873G]]'
    docs = []

    # ---- doc 1: PACE detention review ------------------------------------
    p1 = f"""
MARBURY POLICE - CUSTODY SUITE
PACE s.40 REVIEW OF DETENTION                    Custody No: MB/24/04417
{rule('=')}
{tab([
 ['Detained person', '[[n.s:JANKAUSKAS, Mindaugas Povilas]]'],
 ['DOB / age', '[[dob.s:23/09/1988]] (35)'],
 ['Home address', f'{S_AD} {S_PC}'],
 ['Arrested', '02/03/2024 01:38 by PC 6120 [[n.f:Leah Frost]], Tanner Street, Marbury'],
 ['Offence', 'Wounding / GBH s.20 OAPA 1861'],
 ['Relevant time', '02/03/2024 02:05'],
 ['Custody officer', 'PS 2291 [[n.f:HOLLIS]]'],
 ['Interpreter', 'Lithuanian - [[n.f:Jurgita Petrauskaitė]] (via LanguageLine contract)'],
 ['Solicitor', f'{SOL}, Kyrenia Law LLP ({SOL_PH})'],
], [18])}

FIRST REVIEW - 02/03/2024 08:02   Review officer: Insp [[n.f:Dervla QUINN]]
Representations: DP asleep, not woken (Code C 15.3A). Solicitor
[[n.t:Mr Christodoulou]] made representations by phone at 07:55 - no objection to
continued detention pending interview.
Grounds: to secure and preserve evidence (CCTV from Amber Rooms bar, statement
from door supervisor [[n.t:Stelios GEORGIOU]]) and to obtain evidence by questioning.
Detention AUTHORISED. Next review due by 17:05.
"""
    p2 = f"""
{hdr('MB/24/04417  [[n.s:JANKAUSKAS M]]', 'Review record p.2')}
{rule()}
SECOND REVIEW - 02/03/2024 16:40   Review officer: Insp [[n.f:D. Quinn]]
DP awake and given the opportunity to make representations through the
interpreter. [[n.s:Mr Jankauskas]] said: "I want to go home to my wife, [[n.t:Rūta]], she is
alone with the baby." His wife [[n.t:Rūta JANKAUSKIENĖ]] has phoned the front counter
twice (from [[ph.t:07700 900245]]). Co-suspect [[n.t:Emre YILDIZ]] (custody MB/24/04419)
still to be interviewed.
OIC DC [[n.f:Amir RAHMAN]] confirmed interview booked 18:00. Detention AUTHORISED.

Rights and entitlements re-offered: DP asked that the Lithuanian consulate be
informed (see consular notification record).

Property: Samsung phone (seized as evidence, exhibit AR/3), keys to Ford Transit
{VAN}, Lithuanian ID card, UK driving licence {DL}.

Reviewing officer signature: [[n.f:D. Quinn]] Insp 4410
Custody suite: {POL_AD} {POL_PC}  switchboard {POL_PH}
"""
    p2 = p2.replace('[[n.s:Mr Jankauskas]]', 'Mr [[n.s:Jankauskas]]')
    p1 = p1.replace('[[n.t:Mr Christodoulou]]', 'Mr [[n.t:Christodoulou]]')
    docs.append(('pace-detention-review-record', [p1, p2]))

    # ---- doc 2: consular notification record --------------------------
    p1 = f"""
NOTIFICATION TO CONSULAR POST - FOREIGN NATIONAL IN CUSTODY
(PACE Code C section 7)
{rule('=')}
To:    Consular Section, {EMB_AD} {EMB_PC}
       Tel {EMB_PH}   Email {EMB_EM}
From:  Custody Suite, Marbury Police Station - PS 2291 [[n.f:Hollis]]
Date:  02/03/2024 17:10

Details of detained person (sent with the person's consent)
{tab([
 ['Surname', '[[n.s:JANKAUSKAS]]'],
 ['Forenames', '[[n.s:Mindaugas Povilas]]'],
 ['Date of birth', '[[dob.s:1988-09-23]]'],
 ['Nationality', 'Lithuanian'],
 ['ID document', 'Lithuanian identity card (number withheld - held in property)'],
 ['Address in UK', f'{S_AD}, {S_PC}'],
 ['Address in Lithuania', KAUNAS],
 ['Next of kin', '[[n.t:Rūta JANKAUSKIENĖ]] (wife), same UK address, [[ph.t:07700 900245]]'],
 ['Parent (Lithuania)', '[[n.t:Aldona JANKAUSKIENĖ]] (mother), [[ad.t:Vytauto g. 9, Jonava]]'],
], [22])}

Reason for detention: arrested on suspicion of wounding.

Consular response (recorded by telephone, 02/03/2024 17:45)
Spoke to consular officer [[n.f:Tomas Vaitkus]]. He confirmed [[n.s:Mr Jankauskas]] is known
to the embassy from a passport renewal in 2022 under the spelling
"[[n.s:Mindaugas JANKAUSKIS]]" (clerical error since corrected). The consul asked to be
told of any charge. He asked that [[n.s:Mindaugas]] be reminded he can call
{EMB_PH} during office hours.

Recorded by: [[n.f:Kevin Brannigan]], detention officer (Custodial Services contract)
""".replace('[[n.s:Mr Jankauskas]]', 'Mr [[n.s:Jankauskas]]')
    docs.append(('consular-notification-record', [p1]))

    # ---- doc 3: livescan ident response --------------------------------
    p1 = f"""
LIVESCAN FINGERPRINT IDENT RESPONSE                 Ref: LS/MB/0302/0091
Submitting site: Marbury custody      Operator: [[n.f:K. Brannigan]]
{rule('=')}
RESULT: IDENT (previously known)
{tab([
 ['Field', 'Submitted', 'Matched record'],
 ['Surname', '[[n.s:JANKAUSKAS]]', '[[n.s:JANKAUSKAS]]'],
 ['Forenames', '[[n.s:MINDAUGAS]]', '[[n.s:MINDAUGAS POVILAS]]'],
 ['DOB', '[[dob.s:23/09/1988]]', '[[dob.s:23/09/1988]]'],
 ['PNC ID', '-', PNC],
 ['CRO No', '-', CRO],
 ['Alias', '-', '[[n.s:MINDY]] (nickname), [[n.s:JANKAUSKIS, MINDAUGAS]]'],
 ['Sex', 'M', 'M'],
], [12, 22])}

Previous arrest: 14/07/2019, Kestwick, drink driving (conviction 2019, 20 month ban).
Linked records: none.
Photo held: YES (2019).

SECOND SUBJECT ON SAME JOB
{tab([
 ['Surname', '[[n.t:YILDIZ]]'],
 ['Forenames', '[[n.t:EMRE]]'],
 ['DOB', '[[dob.t:17/05/1990]]'],
 ['PNC ID', EMRE_PNC],
 ['CRO No', '[[cro.t:412006/09Q]]'],
 ['Alias', '[[n.t:YILDIZ, EMRE CAN]]; [[n.t:"CAN"]]'],
], [12])}
Note: the Turkish spelling [[n.t:Yıldız]] (dotless i) is used on his passport.

Verified by: PS [[n.f:Hollis]]   02/03/2024 03:20
""".replace('[[n.t:"CAN"]]', '"[[n.t:CAN]]"')
    docs.append(('livescan-ident-response', [p1]))

    # ---- doc 4: custody healthcare assessment ---------------------------
    p1 = f"""
CUSTODY HEALTHCARE - HCP ASSESSMENT        MedCustody Ltd (for Marbury Police)
{rule('=')}
Patient: [[n.s:Mindaugas JANKAUSKAS]]      DOB: [[dob.s:23.09.1988]]
Custody no: MB/24/04417                  Cell: M7
HCP: [[n.f:Maricel DELA CRUZ]], RN       Seen: 02/03/2024 03:55
Interpreter used: yes - telephone, [[n.f:J. Petrauskaitė]]

Presenting: swollen right hand (knuckles), small laceration to right eyebrow.
Says he was punched first by "[[n.t:the blond one, Callum]]". Denies head injury
LOC. Alcohol: "6 or 7 beers". No drugs.

PMH: asthma (salbutamol). GP: Brindle Medical Practice, Marbury.
NHS number not known to patient; not traced.
Medication in property: none. Wife ([[n.t:Rūta]]) to bring inhaler - front
counter to accept and log.

Obs: BP 138/86, P 92, SpO2 97%, GCS 15.
Fit to detain: YES. Fit to interview: YES with interpreter after 6 hrs rest.
Rousing checks: 30 min for 2 hrs then hourly.

Advice to custody: if hand swelling worsens, refer to ED for x-ray.
Signed [[n.f:M. Dela Cruz]] RN   HCP direct line [[ph.f:0121 496 0147]]
""".replace('[[n.t:the blond one, Callum]]', 'the blond one, [[n.t:Callum]]')
    docs.append(('custody-healthcare-assessment', [p1]))

    # ---- doc 5: pre-interview disclosure --------------------------------
    p1 = f"""
PRE-INTERVIEW DISCLOSURE TO LEGAL ADVISER
Case: Op RIVERGATE   Suspect: [[n.s:Mindaugas JANKAUSKAS]]   Date: 02/03/2024
Disclosed to: {SOL} (Kyrenia Law LLP)    By: DC [[n.f:Amir Rahman]]
{rule()}
This disclosure is given under PACE Code C 11.1A. It is not a full summary of
the evidence.

1. At about 00:50 on Saturday 2 March 2024 there was a disturbance outside the
   Amber Rooms, Tanner Street, Marbury. A man named [[n.t:Callum]] (aged 24) suffered
   a cut to the head requiring 9 stitches and a fractured cheekbone.

2. [[n.t:Callum]] has given a first account. He says a man with a Lithuanian accent
   ("[[n.t:the big one]]") punched him repeatedly after [[n.t:Callum]]'s friend knocked
   a drink over him, and that a second man kicked him when he was on the ground.

3. A door supervisor, [[n.t:Mr Georgiou]], saw part of the incident. He has told
   officers that he knows your client by sight as "[[n.s:Mindy]]", a regular.

4. CCTV has been seized from the venue and is being reviewed.

5. Your client was arrested at 01:38 near his van, {VAN}, parked in
   Tanner Street. A second man, [[n.t:Emre YILDIZ]], was arrested nearby.
"""
    p2 = f"""
{hdr('Op RIVERGATE - PID - [[n.s:JANKAUSKAS]]', '2/2')}
{rule()}
6. The complainant's friend, [[n.t:Chloe BRIGGS]], has given a short account. She
   says she heard the second man shout "[[n.s:Minde]], enough". (Note: the
   Lithuanian diminutive of your client's name is [[n.s:Mindė]].)

7. Your client has one previous matter (2019, excess alcohol). His PNC record
   ({PNC}) will be available to the interviewing officers.

8. The officer does not intend to disclose at this stage: the full content of
   witness accounts; the CCTV footage; the name of the person who called 999.

Contact after interview: DC [[n.f:Rahman]], [[em.f:amir.rahman@marbury.pnn.example.police.uk]],
mobile [[ph.f:07700 900719]]. Out of hours via switchboard {POL_PH}.

Received by: {SOL}  ................  02/03/2024 17:55
""".replace('[[n.s:Minde]]', '[[n.s:Minde]]')
    p1 = p1.replace('[[n.t:Mr Georgiou]]', 'Mr [[n.t:Georgiou]]').replace('("[[n.t:the big one]]")', '("the big one")')
    docs.append(('pre-interview-disclosure-document', [p1, p2]))

    # ---- doc 6: police bail conditions notice -------------------------
    p1 = f"""
NOTICE OF PRE-CHARGE BAIL AND CONDITIONS           Marbury Police
(Police and Criminal Evidence Act 1984, s.37 / s.47(3))
{rule('=')}
Name:              [[n.s:Mindaugas Povilas JANKAUSKAS]]
Date of birth:     [[dob.s:23 September 1988]]
Address:           {S_AD}
Postcode:          {S_PC}
Phone:             [[ph.s:07700 900663]]     Email: [[em.s:mindaugas.j88@example.com]]
Custody number:    MB/24/04417
PNC:               [[pnc.s:19/447120N]]

You are released on bail to return to Marbury Police Station, Bridge Street,
on 30/05/2024 at 10:00, or to be notified of a charging decision.

CONDITIONS
1. Live and sleep each night at {S_AD} {S_PC}.
2. Not to contact directly or indirectly [[n.t:Callum REDFERN]], [[n.t:Chloe BRIGGS]],
   [[n.t:Stelios GEORGIOU]] or [[n.t:Emre YILDIZ]] (DOB [[dob.t:17/05/1990]]).
3. Not to enter Tanner Street, Marbury.
4. Not to drive any vehicle (you are currently disqualified? - checked: NO,
   licence {DL} valid; condition removed at review, see below).

Condition 4 deleted by PS [[n.f:Hollis]] on review 03/03/2024 00:10.

Reasons for conditions: to prevent interference with witnesses.

Signed (detained person): [[n.s:M. Jankauskas]]
Interpreter: [[n.f:J. Petrauskaitė]]        Custody officer: PS 2291 [[n.f:T. Hollis]]

Notice copied to: {SOL} by secure email {SOL_EM}
Wife ([[n.t:Rūta]]) collected him from the front counter at 00:35.
"""
    docs.append(('police-bail-conditions-notice', [p1]))

    # ---- doc 7: PTPH form extract -----------------------------------
    p1 = f"""
IN THE CROWN COURT AT MARBURY
PLEA AND TRIAL PREPARATION HEARING (PTPH) FORM - extract
{CC_AD} {CC_PC}   Listing: {CC_PH} / {CC_EM}
{rule('=')}
Case number: T2024 7031          Hearing date: 14/06/2024
Judge: HHJ [[n.f:Penhaligon]]

Defendant 1: [[n.s:Mindaugas Povilas JANKAUSKAS]]   DOB [[dob.s:23/09/1988]]
             Custody status: remanded in custody since 10/06/2024,
             HMP Marbury, prison no. [[pn.s:A8850EJ]]
Defendant 2: [[n.t:Emre Can YILDIZ]]   DOB [[dob.t:17/05/1990]]   Bail

Charge: Count 1 - wounding with intent (s.18), both defendants.
        Count 2 - unlawful wounding (s.20), alternative, both defendants.

Prosecution advocate: [[n.f:Olivia Strand]] (CPS Marbury)
Defence advocate D1:  [[n.t:Tobias Wren]] of counsel, instructed by Kyrenia Law LLP
                      ({SOL}, {SOL_EM})
Defence advocate D2:  [[n.t:Nilüfer Aksoy]], solicitor-advocate, Bosphorus Legal LLP

Interpreter required D1: Lithuanian.  Interpreter required D2: Turkish.
"""
    p2 = f"""
{hdr('T2024 7031  R v [[n.s:JANKAUSKAS]] and [[n.t:YILDIZ]]', 'PTPH p.2')}
{rule()}
Pleas: D1 - not guilty count 1; guilty count 2 (not acceptable to Crown).
       D2 - not guilty both counts.

Witnesses required to attend (prosecution)
{tab([
 ['No', 'Name', 'Status', 'Special measures'],
 ['1', '[[n.t:Callum REDFERN]]', 'Complainant', 'Screens (application to follow)'],
 ['2', '[[n.t:Chloe Ann BRIGGS]]', 'Eyewitness', 'None'],
 ['3', '[[n.t:Stelios GEORGIOU]]', 'Door supervisor', 'None'],
 ['4', 'PC 6120 [[n.f:Leah FROST]]', 'Arresting officer', 'N/A'],
 ['5', 'DC [[n.f:Amir RAHMAN]]', 'OIC', 'N/A'],
], [4, 26, 18])}

Defence statement D1 due 12/07/2024. D1 relies on self-defence and says
[[n.t:Redfern]] struck first. D1 seeks disclosure of [[n.t:Redfern]]'s previous convictions.

Bail application D1 (address {S_AD}, surety wife [[n.t:Rūta Jankauskienė]])
refused: risk of interference with witnesses; [[n.t:Mr Georgiou]] reports being
approached by a man saying he was "[[n.s:Mindė]]'s cousin".

Trial fixed: 03/02/2025, time estimate 4 days, Court 2.
Custody time limit expires: 09/12/2024.
"""
    p2 = p2.replace('[[n.t:Mr Georgiou]]', 'Mr [[n.t:Georgiou]]')
    docs.append(('ptph-form-extract', [p1, p2]))

    # ---- doc 8: prison reception booking-in sheet ---------------------
    p1 = f"""
HMP MARBURY - RECEPTION BOOKING-IN SHEET (remand)        10/06/2024 19:42
{rule('=')}
{tab([
 ['Prison no', '[[pn.s:A8850EJ]]', 'Cell allocated', 'HB1-2-14'],
 ['Surname', '[[n.s:JANKAUSKAS]]', 'Forenames', '[[n.s:Mindaugas Povilas]]'],
 ['DOB', '[[dob.s:23-SEP-1988]]', 'Place of birth', 'Kaunas, Lithuania'],
 ['NI number', '[[ni.s:PW836610A]]', 'Religion', 'Roman Catholic'],
 ['Known as', '[[n.s:Mindy]]', 'Language', 'Lithuanian (some English)'],
 ['PNC', '[[pnc.s:2019/0447120N]]', 'CRO', '[[cro.s:218804/19D]]'],
], [14, 22, 16])}

Addresses
  Home (UK):        {S_AD}  {S_PC}
  Previous (LT):    {KAUNAS}
  Previous (UK):    [[ad.s:Flat 12, Weaver House, Dock Road, Kestwick]] [[pc.s:ZF4 7EU]] (2017-2020)

Next of kin / PIN phone numbers requested
{tab([
 ['Name', 'Relationship', 'Number'],
 ['[[n.t:Rūta JANKAUSKIENĖ]]', 'Wife', '[[ph.t:07700 900245]]'],
 ['[[n.t:Aldona Jankauskienė]]', 'Mother', '+370 (Lithuania) - number to follow'],
 ['[[n.t:Darius PETRAITIS]]', 'Friend / employer', '[[ph.t:0161 496 0825]]'],
 ['Kyrenia Law LLP - [[n.t:A. Christodoulou]]', 'Solicitor (legal)', SOL_PH],
], [34, 20])}
Own mobile (in stored property, not for PIN use): [[ph.s:07700 900663]];
old UK number on 2019 record: [[ph.s:0161 496 0274]].

Property stored: wallet, bank card (Revolut - card number not recorded),
UK driving licence [[dl.s:JANKA809238MP9WZ]], van keys ([[vrm.s:YK68 HTV]] - van collected
by [[n.t:Mr Petraitis]] 12/06/2024 per DP's written request).

Cell sharing: not to share with [[n.t:YILDIZ]] (co-defendant; on bail) - alert added.
Reception officer: [[n.f:Ewa Lindqvist]]   Healthcare screen: [[n.f:Nurse Ade Ogunleye]]
"""
    p1 = p1.replace('[[n.t:Mr Petraitis]]', 'Mr [[n.t:Petraitis]]').replace('[[n.f:Nurse Ade Ogunleye]]', 'Nurse [[n.f:Ade Ogunleye]]')
    docs.append(('prison-reception-booking-in-sheet', [p1]))

    return finish_bundle('eval11-03', SUBJECT, docs, token_ok=('CAN', 'Can'))

# ==========================================================================
# Bundle 04 - medium secure unit and parole (Jamaican British subject)

def bundle4():
    SUBJECT = {
        'name': 'Delroy Winston McKENZIE',
        'aliases': ['Winston McKENZIE', 'Dee', 'Delroy MACKENZIE'],
        'date_of_birth': '1977-11-03',
        'prison_number': 'A9042DH',
        'identifiers': {'ni_number': 'WP 41 72 08 D', 'nhs_number': '999 731 0586',
                        'pnc': '95/183746U', 'cro': '77521/95F'},
        'contact': {'addresses': ['Flat 11, Marcus Garvey Court, 5 Leyton Walk, Holmesdale, ZK3 8RW'],
                    'phones': ['07700 900314'],
                    'emails': ['dee.mckenzie77@example.org']},
    }
    PN = '[[pn.s:A9042DH]]'
    NHS = '[[nhs.s:999 731 0586]]'
    S_AD = '[[ad.s:Flat 11, Marcus Garvey Court, 5 Leyton Walk, Holmesdale]]'
    S_PC = '[[pc.s:ZK3 8RW]]'
    MUM = '[[n.t:Hyacinth McKENZIE]]'
    MUM_AD = '[[ad.t:40 Rosewood Avenue, Holmesdale]]'
    MUM_PC = '[[pc.t:ZK2 5DL]]'
    MUM_PH = '[[ph.t:020 7946 0188]]'
    FH_AD = '[[ad.p:Fernhill Lane, Holmesdale]]'
    FH_PC = '[[pc.p:ZK9 4BP]]'
    FH_PH = '[[ph.p:0141 496 0500]]'
    FH_EM = '[[em.p:fernhill.mhaoffice@nhs.example.net]]'
    PB_AD = '[[ad.p:Parole Board, Kingsmead Building, Holmesdale]]'
    PB_PC = '[[pc.p:ZK1 1PB]]'
    PB_EM = '[[em.p:casemanagement@paroleboard.example.gov.uk]]'
    PB_PH = '[[ph.p:020 7946 0600]]'
    PR_AD = '[[ad.p:Holmesdale Probation Office, 12 Old Quay, Holmesdale]]'
    PR_PC = '[[pc.p:ZK1 3TT]]'
    PR_PH = '[[ph.p:0141 496 0460]]'
    docs = []
    head = lambda t, p: hdr(f'Fernhill MSU - {t} - [[n.s:McKENZIE, Delroy]] {NHS}', p)

    # ---- doc 1: ward round minutes --------------------------------------
    p1 = f"""
FERNHILL MEDIUM SECURE UNIT - CEDAR WARD
MULTIDISCIPLINARY WARD ROUND - MINUTES               Date: 11/04/2024
{rule('=')}
Patient: [[n.s:Delroy Winston McKENZIE]]   DOB [[dob.s:03/11/1977]]   NHS {NHS}
Legal status: s.47/49 MHA 1983 (transferred from HMP Greystone, prison no. {PN})
Sentence: IPP (tariff expired 2012)

Present
{tab([
 ['[[n.f:Dr Eilidh MacAoidh]]', 'Responsible clinician (chair)'],
 ['[[n.f:Mhairi NicLeòid]]', 'Primary nurse'],
 ['[[n.f:Jomar Bautista]]', 'Staff nurse'],
 ['[[n.f:Kwame Asante-Darko]]', 'Social worker'],
 ['[[n.f:Ffion Pryce]]', 'Occupational therapist'],
 ['[[n.t:Lorraine Tulloch]]', 'IMHA (Speak Up Advocacy), at request of patient'],
], [26], '  ')}
""".replace("[[n.f:Dr Eilidh MacAoidh]]", "Dr [[n.f:Eilidh MacAoidh]]")
    p1 += f"""
1. Mental state
[[n.s:Delroy]] ("[[n.s:Dee]]" on the ward) has been settled for 10 weeks. No
psychotic symptoms elicited. Continues clozapine; last level in range. He spoke
warmly about his daughter [[n.t:Shanice]], who visited on Sunday with her son.

2. Incidents
One verbal altercation with another patient ([[n.t:Connor BLAKE]]) on 02/04 over
the pool table - de-escalated by SN [[n.f:Bautista]]. No seclusion since January.

3. Leave
Team agrees to request escorted community leave (s.17, MoJ consent needed for
restricted patient) - see leave form. [[n.f:Dr MacAoidh]] to write to MHCS.
"""
    p2 = f"""
{head('ward round 11/04/2024', 'p.2')}
{rule()}
4. Family / social
[[n.f:Kwame]] has spoken to [[n.s:Mr McKenzie]]'s mother, [[n.t:Mrs Hyacinth McKenzie]] (age 81),
who is his nearest relative. She asks that calls come to her landline
{MUM_PH} rather than her mobile, which her grandson [[n.t:Jermaine]] answers.
Brother [[n.t:Errol McKENZIE]] has offered to attend CPA.

5. Parole
Oral hearing listed 19/06/2024. COM [[n.f:Chipo Mutasa]] ({PR_PH}) will attend.
[[n.s:Delroy]] worries about the victim statement; he knows [[n.t:Leon]]'s family
still live near his mother in Holmesdale.

6. Patient's view (via IMHA)
"I just want to go home to Mum's and see my grandson grow up. I'm not that
man from 2008." He asked staff to stop calling him [[n.s:Winston]].

Actions
{tab([
 ['Who', 'Action', 'By'],
 ['[[n.f:EM]]', 'Letter to MHCS re escorted leave', '18/04'],
 ['[[n.f:KAD]]', 'Social circumstances report for tribunal', '30/04'],
 ['[[n.f:MN]]', 'Update care plan; relapse signature with [[n.s:Dee]]', '25/04'],
], [7, 52])}
""".replace('[[n.s:Mr McKenzie]]', 'Mr [[n.s:McKenzie]]').replace('[[n.t:Mrs Hyacinth McKenzie]]', 'Mrs [[n.t:Hyacinth McKenzie]]')
    p1 = p1.replace('[[n.f:Dr MacAoidh]]', 'Dr [[n.f:MacAoidh]]')
    docs.append(('ward-round-minutes', [p1, p2]))

    # ---- doc 2: section 17 leave form -----------------------------------
    p1 = f"""
MENTAL HEALTH ACT 1983 - SECTION 17 LEAVE OF ABSENCE       Form FH-S17
Fernhill Medium Secure Unit, {FH_AD} {FH_PC}   Tel {FH_PH}
{rule('=')}
{tab([
 ['Patient', '[[n.s:McKENZIE, Delroy Winston]]', 'Ward', 'Cedar'],
 ['DOB', '[[dob.s:3 November 1977]]', 'NHS no', '[[nhs.s:9997310586]]'],
 ['Section', '47/49 (restricted)', 'MoJ ref', 'MHCS 2019/04431'],
], [10, 34, 8])}

Type of leave: ESCORTED COMMUNITY (ground and local community)
Escort ratio: 2:1 (one registered nurse)    Max duration: 2 hours
Destination: Holmesdale town centre; or visit to mother at
{MUM_AD} {MUM_PC} (max 1 hour, escorted throughout)

Conditions
a. No alcohol or illicit substances; random UDS on return.
b. Not to enter the exclusion area around [[ad.t:Clement Road, Holmesdale]] (victim's family).
c. Not to contact [[n.t:Leon]] or his family directly or indirectly.
d. Patient to carry ward mobile only; personal phone ([[ph.s:07700 900314]]) stays on ward.

Description for police if absent without leave:
Black British male, 6'2", slim, greying beard, tattoo "[[n.t:SHANICE]]" on left forearm.
Known as "[[n.s:Dee]]". Mother's address above. Ex-partner [[n.t:Paulette GORDON]],
[[ad.t:7 Kingfisher Rise, Holmesdale]] [[pc.t:ZK4 1NS]] - may go there.

Authorised by RC: [[n.f:Dr E. MacAoidh]]   Date: 30/04/2024
MoJ consent received: 28/04/2024 (letter on file)
Copy to patient: yes - signed [[n.s:D. W. McKenzie]]
Copy to nearest relative: [[n.t:Mrs H. McKenzie]] (by post)
""".replace('[[n.f:Dr E. MacAoidh]]', 'Dr [[n.f:E. MacAoidh]]').replace('[[n.t:Mrs H. McKenzie]]', 'Mrs [[n.t:H. McKenzie]]')
    docs.append(('section-17-leave-form', [p1]))

    # ---- doc 3: seclusion record ------------------------------------------
    p1 = f"""
SECLUSION RECORD - CEDAR WARD                        Episode: CW-SEC-24-003
Patient: [[n.s:D. McKENZIE]]   NHS {NHS}   DOB [[dob.s:03.11.1977]]
Start: 14/01/2024 21:12      End: 15/01/2024 06:40     Duration: 9 h 28 m
Reason: assault on staff member (punch to shoulder) after phone call.
{rule()}
{tab([
 ['Time', 'Obs by', 'Presentation', 'Review'],
 ['21:12', '[[n.f:J. Bautista]]', 'Shouting, banging door, "call my mum"', 'Nurse'],
 ['21:27', '[[n.f:J. Bautista]]', 'Pacing, calmer, refused fluids', '-'],
 ['21:45', '[[n.f:R. Okafor]]', 'Sitting on mattress, crying', 'Nurse'],
 ['22:15', '[[n.f:Dr Sunil Varma]]', 'Duty doctor review; PRN declined', 'Medical'],
 ['23:00', '[[n.f:R. Okafor]]', 'Asleep, breathing observed', 'Nurse'],
 ['02:00', '[[n.f:M. NicLeòid]]', 'Asleep', 'Nurse'],
 ['06:30', '[[n.f:M. NicLeòid]]', 'Awake, apologetic, accepted breakfast', 'MDT'],
], [7, 20, 42])}

Trigger: patient had phoned his daughter [[n.t:Shanice McKENZIE]] on [[ph.t:07700 900287]].
Her partner, [[n.t:Jordan ASHLEY]], answered and told him not to call again.

Staff injured: HCA [[n.t:Ben Lavery]] (agency worker from CareStaff Ltd) - bruising,
no time off. [[n.f:Dr Varma]] informed security; police not called at staff request.

Terminated by: [[n.f:Dr E. MacAoidh]] (RC) 15/01/2024 06:40.
Debrief with patient: [[n.s:Delroy]] said, "[[n.t:Jordan]] knows what I did to [[n.t:Leon]] and
throws it at me." Advocate [[n.t:L. Tulloch]] informed next working day.
"""
    p1 = p1.replace('[[n.f:Dr Sunil Varma]]', 'Dr [[n.f:Sunil Varma]]').replace('[[n.f:Dr Varma]]', 'Dr [[n.f:Varma]]').replace('[[n.f:Dr E. MacAoidh]]', 'Dr [[n.f:E. MacAoidh]]')
    docs.append(('seclusion-record', [p1]))

    # ---- doc 4: tribunal social circumstances report ------------------
    p1 = f"""
FIRST-TIER TRIBUNAL (MENTAL HEALTH)
SOCIAL CIRCUMSTANCES REPORT
{rule('=')}
Patient: [[n.s:Delroy Winston McKENZIE]]     Date of birth: [[dob.s:1977-11-03]]
Hospital: Fernhill Medium Secure Unit, {FH_AD} {FH_PC}
Author: [[n.f:Kwame Asante-Darko]], social worker   Date: 29/04/2024

1. Home and family
Before his arrest in 2008 [[n.s:Mr McKenzie]] lived with his then partner
[[n.t:Paulette Gordon]] and their daughter [[n.t:Shanice]] (born [[dob.t:19 August 2001]]) at
[[ad.s:23 Jubilee Terrace, Holmesdale]] [[pc.s:ZK6 2AW]]. That tenancy ended in 2009.
His council flat at {S_AD} {S_PC} has been held for him under a
hospital-stay arrangement; rent is paid by housing benefit.

His mother, {MUM}, lives at {MUM_AD} {MUM_PC}. She was born
in Clarendon, Jamaica, and came to the UK in 1962. She is his nearest relative
and supports discharge. His brother [[n.t:Errol]] lives in Birmingham and his
sister [[n.t:Marcia McKENZIE-BROWN]] in Kingston, Jamaica.
"""
    p2 = f"""
{hdr('SCR - [[n.s:McKENZIE]] - [[dob.s:03/11/1977]]', 'page 2 of 2')}
{rule()}
2. Victim issues
The index offence (2008) was a serious assault on [[n.t:Leon]], then aged 19. The
victim liaison officer, [[n.f:Jane Sturridge]], reports that [[n.t:Leon]]'s mother still
lives in the [[ad.t:Clement Road]] area and has asked for an exclusion zone.

3. Finances and benefits
DWP appointee: none. NI number [[ni.s:WP 41 72 08 D]]. Benefits in payment:
ESA (hospital rate). He has savings of about £1,900.

4. Contact details held for the patient
Own mobile [[ph.s:07700 900314]]; email [[em.s:dee.mckenzie77@example.org]].
He previously used [[ph.s:0141 496 0733]] (landline at [[ad.s:Jubilee Terrace]], disconnected).

5. Recommendation
Conditional discharge is not yet recommended; a trial of unescorted leave is
needed first. I have discussed this with [[n.s:Mr McKenzie]] and with [[n.t:Mrs McKenzie]].

[[n.f:K. Asante-Darko]]
Registered social worker, Holmesdale Forensic Social Work Team
Direct dial [[ph.f:0141 496 0718]]   [[em.f:kwame.asante-darko@holmesdale.example.gov.uk]]
"""
    p1 = p1.replace('[[n.s:Mr McKenzie]]', 'Mr [[n.s:McKenzie]]')
    p2 = p2.replace('[[n.s:Mr McKenzie]]', 'Mr [[n.s:McKenzie]]').replace('[[n.t:Mrs McKenzie]]', 'Mrs [[n.t:McKenzie]]')
    docs.append(('tribunal-social-circumstances-report', [p1, p2]))

    # ---- doc 5: CPA review ------------------------------------------------
    p1 = f"""
CARE PROGRAMME APPROACH (CPA) REVIEW - SUMMARY          Fernhill MSU
{rule('=')}
{tab([
 ['Name', '[[n.s:McKENZIE Delroy W]]', 'Hospital no', 'FH-20190417'],
 ['DOB', '[[dob.s:03/11/77]]', 'NHS', NHS],
 ['Prison no', PN, 'PNC', '[[pnc.s:95/183746U]]'],
 ['CRO', '[[cro.s:77521/95F]]', 'MHA status', 's.47/49'],
 ['Care co-ord', '[[n.f:Mhairi NicLeòid]]', 'Review', '16/05/2024'],
], [12, 28, 13])}

Attendees: [[n.f:Dr MacAoidh]] (RC); [[n.f:M. NicLeòid]]; [[n.f:K. Asante-Darko]]; [[n.f:C. Mutasa]] (COM,
Holmesdale Probation); [[n.t:Errol McKenzie]] (brother); [[n.t:L. Tulloch]] (IMHA);
[[n.s:Delroy]] attended for the second half.

Needs and plan
{tab([
 ['Domain', 'Need', 'Plan / lead'],
 ['Mental health', 'Relapse prevention', 'Clozapine; relapse plan - [[n.f:MN]]'],
 ['Risk', 'Violence when rejected', 'Psychology (Dr [[n.f:Rhys Pellow]]) - 1:1 weekly'],
 ['Family', 'Repair contact w/ daughter', 'Family session with [[n.t:Shanice]] if she agrees'],
 ['Housing', 'Flat held at [[ad.s:Leyton Walk]]', 'Tenancy review - [[n.f:KAD]]'],
 ['Substances', 'Cannabis (past)', 'UDS; SMS group'],
 ['Occupation', 'Ward kitchen job', 'OT - [[n.f:F. Pryce]]'],
], [15, 28])}

[[n.t:Errol]] offered his address, [[ad.t:88 Aston Lane, Birmingham]] [[pc.t:YB6 3HQ]], for
leave visits in future, and his number [[ph.t:0121 496 0391]]. The team noted
this is outside the home area; the COM will assess.

Next CPA: 14/11/2024. Copy to patient, GP, COM ({PR_AD} {PR_PC}).
""".replace('[[n.f:Dr MacAoidh]]', 'Dr [[n.f:MacAoidh]]')
    docs.append(('care-programme-approach-review', [p1]))

    # ---- doc 6: nearest relative consultation letter --------------------
    p1 = f"""
Fernhill Medium Secure Unit
{FH_AD}
{FH_PC}
Mental Health Act Office: {FH_PH}   {FH_EM}

{MUM}
{MUM_AD}
{MUM_PC}

2 May 2024

Dear [[n.t:Mrs McKenzie]],

Your son: [[n.s:Delroy Winston McKENZIE]] (date of birth [[dob.s:03/11/1977]])
Mental Health Act 1983 - information for the nearest relative

As your son's nearest relative you have the right to be told about his
tribunal hearing and to attend or send written views. The hearing is on
28 May 2024 at Fernhill. [[n.s:Delroy]] has agreed that we can share the date with you.

You told our social worker that your other son, [[n.t:Errol]], may come with you.
Please ask him to bring photo ID. If you would like someone to speak for you,
you can ask the independent advocate, [[n.t:Lorraine Tulloch]], on [[ph.t:07700 900540]].

If you do not want to be the nearest relative you can authorise someone else
in writing - for example [[n.t:Errol]] or your granddaughter [[n.t:Shanice]].

Yours sincerely

[[n.f:Gwen Adebisi-Clarke]]
Mental Health Act Administrator
""".replace('[[n.t:Mrs McKenzie]]', 'Mrs [[n.t:McKenzie]]')
    docs.append(('nearest-relative-information-letter', [p1]))

    # ---- doc 7: parole oral hearing decision ----------------------------
    p1 = f"""
PAROLE BOARD - DECISION OF AN ORAL HEARING PANEL
{PB_AD} {PB_PC}   {PB_EM}   {PB_PH}
{rule('=')}
Name:            [[n.s:Delroy McKENZIE]]  (also known as [[n.s:Delroy MACKENZIE]])
Prison number:   {PN}       PNC: [[pnc.s:1995/0183746U]]
Date of birth:   [[dob.s:3rd November 1977]]
Location:        Fernhill Medium Secure Unit (transferred prisoner)
Hearing:         19/06/2024 by video
Panel:           [[n.f:Deborah Whitcombe]] (chair); Dr [[n.f:Rhys Pellow]] withdrew
                 (treating psychologist) - replaced by Dr [[n.f:Anneke de Vries]]
Legal rep.:      [[n.t:Hemant BHATT]], Northgate Prison Law
Evidence from:   Dr [[n.f:E. MacAoidh]] (RC); [[n.f:Chipo Mutasa]] (COM); Officer [[n.f:Dale Furness]] (POM,
                 HMP Greystone); [[n.s:Mr McKenzie]].

1. Introduction
[[n.s:Mr McKenzie]] is serving an IPP for wounding with intent. His tariff expired in
2012. This is his sixth review. He was transferred to hospital in 2019.

2. The index offence
In 2008 [[n.s:Mr McKenzie]] attacked a 19-year-old man, [[n.t:Leon]], with a bottle after an
argument about [[n.t:Leon]] speaking to [[n.s:Mr McKenzie]]'s then partner. [[n.t:Leon]] lost the
sight of one eye. A victim personal statement from [[n.t:Leon]]'s mother was read.
"""
    p1 = p1.replace('[[n.s:Mr McKenzie]]', 'Mr [[n.s:McKenzie]]')
    p2 = f"""
{hdr('PB decision - [[n.s:McKENZIE]] [[pn.s:A9042DH]]', 'page 2')}
{rule()}
3. Evidence
The COM, [[n.f:Ms Mutasa]], proposes release to an approved premises away from
Holmesdale, not to the family home at {MUM_AD} (his mother's address) because of
its closeness to the victim's family. [[n.s:Mr McKenzie]] would prefer his own flat
at {S_AD}.

4. Decision
The panel is not satisfied that it is no longer necessary for the protection
of the public that [[n.s:Mr McKenzie]] be confined. He has made real progress in
hospital but has not yet tested unescorted leave. The panel recommends he
remain at Fernhill and be reviewed within 12 months.

5. Licence conditions (if released in future) would include: exclusion zone
around [[ad.t:Clement Road]]; no contact with [[n.t:Leon]] or his family; no unsupervised
contact with [[n.t:Paulette Gordon]] unless approved.

[[n.f:D. Whitcombe]]   Panel chair   26/06/2024
Copy to: [[n.t:H. Bhatt]] ([[em.t:h.bhatt@northgateprisonlaw.example.co.uk.cjsm.net]]);
COM, Holmesdale Probation Office, {PR_PC}; PPCS.
"""
    p2 = p2.replace('[[n.s:Mr McKenzie]]', 'Mr [[n.s:McKenzie]]').replace('[[n.f:Ms Mutasa]]', 'Ms [[n.f:Mutasa]]')
    docs.append(('parole-oral-hearing-decision', [p1, p2]))

    # ---- doc 8: IMHA advocacy visit record (charity) --------------------
    p1 = f"""
SPEAK UP ADVOCACY - IMHA VISIT RECORD
Advocate: [[n.t:Lorraine Tulloch]]   Mobile: [[ph.t:07700 900540]]
Client: [[n.s:Dee McKenzie]] (client prefers "[[n.s:Dee]]")   Ref SUA/4471
Client DOB: [[dob.s:03-Nov-1977]]   Ward: Cedar, Fernhill MSU
{rule()}
Visit 1 - 05/04/2024
[[n.s:Dee]] asked for help to understand why his escorted leave keeps being delayed.
Explained MoJ consent process. He asked me to attend ward round on 11/04.
He wants staff to stop using "[[n.s:Winston McKENZIE]]" - it is the name on his
prison file but only his late father called him that.

Visit 2 - 13/05/2024
Went through the tribunal papers with him. He disagrees with one line in the
SCR: he says he never lived at [[ad.t:7 Kingfisher Rise]] - that was [[n.t:Paulette]]'s
sister [[n.t:Donna]]'s house. Asked [[n.f:Kwame Asante-Darko]] to correct this.

Visit 3 - 20/06/2024
After the parole decision. [[n.s:Dee]] upset but calm. Wants to write to his
daughter [[n.t:Shanice]]; I will not pass letters but gave him the address of her
solicitor, [[n.t:Ms Priya Raval]], as [[n.t:Shanice]] requested. He asked that his mum
([[ph.t:020 7946 0188]]) be told he is OK. Passed on with consent.

Client signature: [[n.s:D McKenzie]]     Advocate: [[n.t:L. Tulloch]]
""".replace('[[n.t:Ms Priya Raval]]', 'Ms [[n.t:Priya Raval]]')
    docs.append(('imha-advocacy-visit-record', [p1]))

    return finish_bundle('eval11-04', SUBJECT, docs)

# ==========================================================================
# Bundle 05 - resettlement from an open prison (Bangladeshi subject)

def bundle5():
    SUBJECT = {
        'name': 'Rokeya BEGUM',
        'aliases': ['Rokeya Begum CHOWDHURY', 'Rokeya Chowdhury', 'Ruki'],
        'date_of_birth': '1961-04-05',
        'prison_number': 'B3360RA',
        'identifiers': {'ni_number': 'ZE 26 71 93 A', 'nhs_number': '999 264 5172',
                        'pnc': '2021/0093318B'},
        'contact': {'addresses': ['Flat 3, 61 Chapel Row, Whitmoor, ZL2 7DU'],
                    'phones': ['07700 900128'],
                    'emails': ['rokeya.begum61@example.com']},
    }
    PN = '[[pn.s:B3360RA]]'
    S_AD = '[[ad.s:Flat 3, 61 Chapel Row, Whitmoor]]'
    S_PC = '[[pc.s:ZL2 7DU]]'
    OLD_AD = '[[ad.s:48 Cannon Yard, Whitmoor]]'
    OLD_PC = '[[pc.s:ZL5 1AN]]'
    OLD_PH = '[[ph.s:020 7946 0874]]'
    SON = '[[n.t:Sabbir CHOWDHURY]]'
    SON_PH = '[[ph.t:07700 900351]]'
    SON_AD = '[[ad.t:9 Lime Grove, Whitmoor]]'
    SON_PC = '[[pc.t:ZL3 6EQ]]'
    BR_AD = '[[ad.p:Brackenfield Road, Ormley]]'
    BR_PC = '[[pc.p:YC3 8PL]]'
    BR_PH = '[[ph.p:01632 960100]]'
    BR_EM = '[[em.p:resettlement.brackenfield@justice.example.gov.uk]]'
    WBC_AD = '[[ad.p:Town Hall, High Street, Whitmoor]]'
    WBC_PC = '[[pc.p:ZL1 1HX]]'
    WBC_PH = '[[ph.p:020 7946 0900]]'
    WBC_EM = '[[em.p:housingoptions@whitmoor.example.gov.uk]]'
    JC_AD = '[[ad.p:Whitmoor Jobcentre, 2 Station Approach, Whitmoor]]'
    JC_PC = '[[pc.p:ZL1 4JP]]'
    PS_AD = '[[ad.p:The Pension Service, PO Box 950, Ormley]]'
    PS_PC = '[[pc.p:YC9 9ZZ]]'
    PS_PH = '[[ph.p:0161 496 0600]]'
    IBAN = '[[iban.s:GB06 HBUK 4019 0755 8204 13]]'
    docs = []

    # ---- doc 1: ID document application tracker --------------------------
    p1 = f"""
HMP & YOI BRACKENFIELD (OPEN) - RESETTLEMENT HUB
ID DOCUMENT APPLICATION TRACKER                      Updated 12/08/2024
{rule('=')}
Prisoner: [[n.s:BEGUM, Rokeya]]   No: {PN}   DOB: [[dob.s:05/04/1961]]   Release: 30/08/2024
Other names: [[n.s:Rokeya Begum CHOWDHURY]] (married name, used on old passport)
Resettlement worker: [[n.f:Gemma Tate]]

{tab([
 ['Document', 'Status', 'Notes'],
 ['Birth certificate', 'Not held', 'Born Sylhet; no UK record. Use passport instead'],
 ['UK passport (expired)', 'In property', 'No. [[pp.s:533018274]], name [[n.s:CHOWDHURY ROKEYA BEGUM]]'],
 ['Passport renewal', 'Form sent 01/08', 'Countersigned by [[n.t:Revd Alison Marsh]]'],
 ['Provisional licence', 'Not wanted', '-'],
 ['Bank account', 'Opened 05/08', 'Basic account; card to follow'],
 ['NI confirmation', 'Held', '[[ni.s:ZE267193A]]'],
 ['NHS number', 'Held', '[[nhs.s:9992645172]]'],
 ['PNC print', 'Held', 'PNC ID [[pnc.s:2021/0093318B]] (for employer DBS)'],
 ['Proof of address', 'Awaited', 'Tenancy offer letter (council)'],
], [22, 17])}

Notes
09/08 [[n.s:Mrs Begum]] asked that nothing be posted to her old address,
{OLD_AD} {OLD_PC}, as her late husband's family ([[n.t:Abdul Malik Chowdhury]]'s
brother [[n.t:Anwar]]) still live there. Updated all forms to the Chapel Row address.
12/08 Passport office will send the new passport to the prison. Son [[n.t:Sabbir]]
will collect [[n.s:Ruki]]'s old passport from property on release day.
""".replace('[[n.t:Revd Alison Marsh]]', 'Revd [[n.t:Alison Marsh]]').replace('[[n.s:Mrs Begum]]', 'Mrs [[n.s:Begum]]')
    docs.append(('id-document-application-tracker', [p1]))

    # ---- doc 2: housing options interview --------------------------------
    p1 = f"""
WHITMOOR BOROUGH COUNCIL - HOUSING OPTIONS
Homelessness Reduction Act assessment interview (by video from prison)
{WBC_AD} {WBC_PC}   {WBC_PH}   {WBC_EM}
{rule('=')}
Applicant:          [[n.s:Rokeya BEGUM]]
Date of birth:      [[dob.s:5 April 1961]]   (age 63)
Current location:   HMP & YOI Brackenfield, {BR_AD} {BR_PC}
NI number:          [[ni.s:ZE 26 71 93 A]]
Interviewing officer: [[n.f:Siobhan Keating]]    Date: 18/07/2024
Interpreter (Sylheti): [[n.f:Mr Faruk Miah]] (council interpreting service)
Duty to refer made by: [[n.f:G. Tate]], Brackenfield ({BR_EM})

Household
{tab([
 ['Name', 'Relationship', 'DOB', 'Moving with?'],
 ['[[n.s:Rokeya BEGUM]]', 'Applicant', '[[dob.s:05/04/1961]]', '-'],
 ['[[n.t:Sabbir CHOWDHURY]]', 'Son', '[[dob.t:22/12/1986]]', 'No'],
 ['[[n.t:Nasrin AKTER]]', 'Daughter-in-law', '[[dob.t:14/02/1991]]', 'No'],
 ['[[n.t:Tahmid CHOWDHURY]]', 'Grandson', '[[dob.t:03/06/2016]]', 'No'],
], [26, 17, 13])}
"""
    p1 = p1.replace('[[n.f:Mr Faruk Miah]]', 'Mr [[n.f:Faruk Miah]]')
    p2 = f"""
{hdr('HOA/24/3391  [[n.s:BEGUM R]]', 'page 2 of 2')}
{rule()}
Housing history
2019-2021  {OLD_AD} {OLD_PC} - joint tenancy with husband
           (deceased 2019); she left in 2021 after a dispute with her
           brother-in-law. Landline there was {OLD_PH} (hers, now ceased).
2021       Stayed with son at {SON_AD} {SON_PC}; overcrowded (2 bed, 5 people).
2022-      In custody.

Applicant's account
[[n.s:Mrs Begum]] said: "I cannot go back to my son's, my daughter-in-law [[n.t:Nasrin]] has
three children now and no room." Her son confirmed by phone ({SON_PH}) that
she cannot stay there. Her neighbour at [[ad.t:Cannon Yard]], [[n.t:Mr Wong Ka-ming]] ("[[n.t:Kelvin]]"),
wrote a letter of support describing her as a good neighbour who helped his
late wife.

Outcome
Relief duty accepted. Offer of a one-bedroom flat at {S_AD} {S_PC}
(sheltered, 55+), tenancy start 30/08/2024.
Contact for applicant after release: [[ph.s:07700 900128]] / [[em.s:rokeya.begum61@example.com]].
Officer: [[n.f:S. Keating]], direct [[ph.f:020 7946 0917]]
""".replace('[[n.s:Mrs Begum]]', 'Mrs [[n.s:Begum]]').replace('[[n.t:Mr Wong Ka-ming]]', 'Mr [[n.t:Wong Ka-ming]]')
    docs.append(('housing-options-interview', [p1, p2]))

    # ---- doc 3: discharge grant receipt ---------------------------------
    p1 = f"""
HMP & YOI BRACKENFIELD - FINANCE
DISCHARGE GRANT AND PRIVATE CASH - RECEIPT ON RELEASE
{rule('=')}
Name:  [[n.s:BEGUM, ROKEYA]]          Prison number: {PN}
DOB:   [[dob.s:05-APR-1961]]          Release date:  30/08/2024
{rule()}
{tab([
 ['Item', 'Amount', 'Method'],
 ['Discharge grant', '£96.00', 'Cash'],
 ['Private cash balance', '£212.40', 'Paid to bank (below)'],
 ['Earnings (Aug)', '£31.50', 'Paid to bank (below)'],
 ['Subsistence (travel day)', '£5.00', 'Cash'],
], [28, 10])}

Bank payment to: account holder MRS [[n.s:ROKEYA BEGUM]]
  Sort code [[sc.s:40-19-07]]   Account no [[an.s:55820413]]
  Debit card (new, for ID check only): [[card.s:4000 0123 4567 8905]]

Cash counted and received by:  [[n.s:Rokeya Begum]]   (signature: [[n.s:R. Begum]])
Paid by: [[n.f:Hassan Farah]], finance officer    Witness: [[n.f:G. Tate]]
Queries: Finance, {BR_AD} {BR_PC}, tel {BR_PH}
"""
    docs.append(('discharge-grant-receipt', [p1]))

    # ---- doc 4: release day travel warrant --------------------------------
    p1 = f"""
RELEASE DAY TRAVEL WARRANTS - 30/08/2024            HMP & YOI Brackenfield
Issued by reception: Officer [[n.f:Lewis Dunmore]]
{rule('=')}
{tab([
 ['Warrant', 'Name', 'No.', 'From', 'To', 'Met by'],
 ['TW-1187', '[[n.s:BEGUM R]]', PN, 'Ormley', 'Whitmoor', 'Son ([[n.t:S. Chowdhury]])'],
 ['TW-1188', '[[n.t:LĂCĂTUȘ Florina]]', '[[pn.t:A6631KT]]', 'Ormley', 'Thornwick', 'AP staff'],
 ['TW-1189', '[[n.t:O’REILLY Siobhán]]', '[[pn.t:A1877PD]]', 'Ormley', 'Kestwick', '-'],
 ['TW-1190', '[[n.t:MALIK Zainab]]', '[[pn.t:A3049CW]]', 'Ormley', 'Whitmoor', 'Sister'],
], [9, 22, 9, 8, 11])}

Special arrangements
TW-1187: [[n.s:Mrs Begum]] has limited English and mobility problems (knee). Escort to
station by Officer [[n.f:Dunmore]]; son [[n.t:Sabbir]] to meet 12:40 train at Whitmoor.
Son's mobile for the day: {SON_PH}. If not met, call probation duty
officer (Whitmoor PDU) - COM is [[n.f:Imogen Blakeley]], work mobile [[ph.f:07700 900802]].
First appointment: 2 September 2024, 10:00.

TW-1188: [[n.t:Ms Lăcătuș]] travels with her baby (MBU). Romanian interpreter not
needed. AP to collect from Thornwick.
""".replace('[[n.s:Mrs Begum]]', 'Mrs [[n.s:Begum]]').replace('[[n.t:Ms Lăcătuș]]', 'Ms [[n.t:Lăcătuș]]')
    docs.append(('release-day-travel-warrant', [p1]))

    # ---- doc 5: food bank voucher referral --------------------------------
    p1 = f"""
WHITMOOR FOOD BANK - REFERRAL FOR FOOD PARCEL (e-voucher)
Referral agency: Whitmoor Probation Delivery Unit
Referrer: [[n.f:Imogen Blakeley]], probation practitioner
{rule()}
Client name:      [[n.s:Rokeya Begum]]  (known as "[[n.s:Ruki]]")
Address:          {S_AD}
Postcode:         {S_PC}
Phone:            [[ph.s:07700 900128]]
Year of birth:    1961
Adults: 1   Children: 0   Dietary: halal, diabetic

Reason for crisis: benefit delay (first payment not due until 27/09/2024);
recently released from custody. Pension Credit claim in progress.

Collection: client cannot carry heavy bags. Delivery requested.
Volunteer driver allocated by food bank: [[n.t:Margaret ODUYA]] ([[ph.t:07700 900466]])
Delivery note from volunteer: "Delivered 04/09, 14:10. Client's neighbour on
the landing, [[n.t:Mrs Yeung]], helped translate. Client asked for a second
parcel for her son's family - explained one referral per household."

Voucher no: WFB-24-08812          Signed (referrer): [[n.f:I. Blakeley]]
""".replace('[[n.t:Mrs Yeung]]', 'Mrs [[n.t:Yeung]]')
    docs.append(('food-bank-voucher-referral', [p1]))

    # ---- doc 6: local welfare assistance application ------------------
    p1 = f"""
WHITMOOR BOROUGH COUNCIL - LOCAL WELFARE ASSISTANCE
Application for household goods (resettlement)       Ref LWA/24/1209
{rule('=')}
Part 1 - Applicant
{tab([
 ['Full name', '[[n.s:Rokeya BEGUM]]'],
 ['Other names', '[[n.s:Rokeya Chowdhury]]'],
 ['Date of birth', '[[dob.s:05.04.1961]]'],
 ['NI number', '[[ni.s:ZE 26 71 93 A]]'],
 ['Address', f'{S_AD}, {S_PC}'],
 ['Previous address', f'{OLD_AD}, {OLD_PC} (until 2021)'],
 ['Phone / email', '[[ph.s:07700 900128]] / [[em.s:rokeya.begum61@example.com]]'],
], [18])}

Part 2 - Items requested
{tab([
 ['Item', 'Qty', 'Supplier'],
 ['Single bed + mattress', '1', 'Council framework (delivery)'],
 ['Fridge-freezer', '1', 'Council framework (delivery)'],
 ['Cooker (electric)', '1', 'Council framework (delivery)'],
 ['Bedding pack', '1', 'Council framework'],
 ['Kitchen pack', '1', 'Council framework'],
], [26, 6])}

Part 3 - Payment for top-up items (pre-paid card or bank)
Bank: account name [[n.s:R BEGUM]]  sort code [[sc.s:40-19-07]]  account [[an.s:55820413]]
Do NOT use son's account ([[n.t:S CHOWDHURY]], card [[card.t:5357 1120 8845 3106]]) - applicant
asked this to be removed from an earlier form.

Part 4 - Supporting evidence
Tenancy agreement; release licence; letter from [[n.f:Imogen Blakeley]] (COM).
Completed with help from [[n.t:Siân Lloyd-Evans]] (befriender, Open Doors Whitmoor).
Decision: AWARDED in full 06/09/2024 - [[n.f:Lorna Pickering]], LWA officer.
"""
    docs.append(('local-welfare-assistance-application', [p1]))

    # ---- doc 7: pension credit claim extract ------------------------------
    p1 = f"""
THE PENSION SERVICE - PENSION CREDIT CLAIM (telephone claim summary)
{PS_AD} {PS_PC}   Helpline {PS_PH}
{rule('=')}
Claimant
{tab([
 ['Name', '[[n.s:BEGUM Rokeya]]'],
 ['Also known as', '[[n.s:CHOWDHURY Rokeya Begum]]'],
 ['Date of birth', '[[dob.s:05/04/1961]]'],
 ['NINO', '[[ni.s:ZE267193A]]'],
 ['Address', f'{S_AD} {S_PC}'],
 ['Phone', '[[ph.s:07700 900128]]'],
 ['Marital status', 'Widowed (spouse [[n.t:Abdul Malik CHOWDHURY]], died 2019)'],
], [16])}

Claim made by: son [[n.t:Sabbir CHOWDHURY]] on her behalf, with her present
  (third-party caller verified; caller's phone {SON_PH})
Appointee: none

Payment account
  Account holder: [[n.s:Mrs R Begum]]
  IBAN: {IBAN}
  (sort code [[sc.s:40-19-07]], account [[an.s:55820413]])

Capital: £212 in bank. Property abroad: share in family land at
[[ad.s:Kurua village, Balaganj, Sylhet, Bangladesh]] (inherited; value unknown) - to be
verified. Her sister [[n.t:Jahanara KHATUN]] lives there.

Customer to attend {JC_AD} {JC_PC} with her new passport for an
identity check on 16/09/2024 (work coach [[n.f:Eleni Pavlou]]).
Taken by: [[n.f:E. Pavlou]], DWP agent   Date: 09/09/2024
Note: customer's previous claim (2019) was linked to the landline {OLD_PH}
- record updated.
"""
    p1 = p1.replace('[[n.s:Mrs R Begum]]', 'Mrs [[n.s:R Begum]]')
    docs.append(('pension-credit-claim-extract', [p1]))

    # ---- doc 8: befriending scheme match form -------------------------------
    p1 = f"""
OPEN DOORS WHITMOOR - BEFRIENDING SCHEME MATCH FORM
{rule('=')}
Member:      [[n.s:Rokeya Begum]] ("[[n.s:Ruki]]")   Age group: 60+
Address:     {S_AD} {S_PC}
Languages:   Sylheti, Bengali, some English
Interests:   cooking, gardening, sewing; attends Whitmoor Jamme Masjid women's group
Health (as told to us): diabetes, bad knee; GP Whitmoor Health Centre
NHS number (given for emergencies): [[nhs.s:999 264 5172]]

Befriender:  [[n.t:Siân Lloyd-Evans]]   mobile [[ph.t:07700 900633]]
             [[em.t:sian.le@opendoors-whitmoor.example.org]]
Match date:  10/09/2024       Co-ordinator: [[n.t:Tunde Bakare]]

Emergency contact for member: [[n.t:Sabbir Chowdhury]] (son) {SON_PH}
Second contact: [[n.t:Kelvin WONG]] (former neighbour, [[ad.t:Cannon Yard]]) [[ph.t:0113 496 0581]]

Background shared with consent
[[n.s:Ruki]] was released from prison in August after serving a sentence for
benefit fraud linked to her late husband's claims. Her probation officer
is aware of the match. She does not want her former in-laws to know her new
address and asked that [[n.t:Anwar Chowdhury]] is never given any information.

Contact log
{tab([
 ['17/09', '[[n.t:Siân]]', 'Home visit, 1 hr. [[n.s:Ruki]] cooked; showed photos of grandson [[n.t:Tahmid]].'],
 ['24/09', '[[n.t:Siân]]', 'Call to [[ph.s:07700 900128]] - no answer; [[n.t:Sabbir]] rang back from {SON_PH}.'],
 ['01/10', '[[n.t:T. Bakare]]', '[[n.s:Ruki]] rang office from a neighbour’s phone - her own is broken.'],
], [7, 12])}

Signed: [[n.s:R. Begum]] (member)   [[n.t:S. Lloyd-Evans]] (befriender)   [[n.t:T. Bakare]]
"""
    docs.append(('befriending-scheme-match-form', [p1]))

    return finish_bundle('eval11-05', SUBJECT, docs)

# --------------------------------------------------------------------------
# public bodies

BODIES = [
    ('HMP & YOI Ravensmoor', ['0113 496 0100'], ['ZC7 2DN'], ['Moor Lane, Ravensmoor'],
     ['mbu.ravensmoor@justice.example.gov.uk']),
    ('Eastmere Council Children\u2019s Services', ['0117 496 0250'], ['ZB1 1DA'],
     ['Civic Centre, Market Way, Eastmere'], ['childrens.duty@eastmere.example.gov.uk']),
    ('Ravensmoor Perinatal Mental Health Team', ['0113 496 0277'], ['ZC6 4JT'],
     ['Unit 4, Beacon Health Park, Ravensmoor'], ['perinatal.referrals@nhs.example.net']),
    ('Wexcombe House Approved Premises', ['0161 496 0140'], ['ZD2 4HS'], ['9 Orchard Rise, Larkford'],
     ['wexcombe.ap@justice.example.gov.uk']),
    ('Larkford Probation Delivery Unit', ['0161 496 0300'], ['ZD1 2AB'],
     ['Probation Office, 3 Crown Street, Larkford'], []),
    ('Home Office Single Competent Authority', [], ['ZF9 1SA'],
     ['Single Competent Authority, PO Box 4410, Kestwick'], ['nrm.decisions@homeoffice.example.gov.uk']),
    ('Marbury Police Station', ['0121 496 0100'], ['ZG1 1QP'],
     ['Marbury Police Station, Bridge Street, Marbury'], []),
    ('Embassy of the Republic of Lithuania (Consular Section)', ['020 7946 0331'], ['ZH1 4LT'],
     ['Embassy of the Republic of Lithuania, 17 Legation Gardens, London'], ['consular@lt-embassy.example.org']),
    ('Crown Court at Marbury', ['0121 496 0200'], ['ZG1 2HJ'], ['The Law Courts, Castle Hill, Marbury'],
     ['listing.marbury@hmcts.example.gov.uk']),
    ('Fernhill Medium Secure Unit', ['0141 496 0500'], ['ZK9 4BP'], ['Fernhill Lane, Holmesdale'],
     ['fernhill.mhaoffice@nhs.example.net']),
    ('Parole Board', ['020 7946 0600'], ['ZK1 1PB'], ['Parole Board, Kingsmead Building, Holmesdale'],
     ['casemanagement@paroleboard.example.gov.uk']),
    ('Holmesdale Probation Office', ['0141 496 0460'], ['ZK1 3TT'],
     ['Holmesdale Probation Office, 12 Old Quay, Holmesdale'], []),
    ('HMP & YOI Brackenfield', ['01632 960100'], ['YC3 8PL'], ['Brackenfield Road, Ormley'],
     ['resettlement.brackenfield@justice.example.gov.uk']),
    ('Whitmoor Borough Council Housing Options', ['020 7946 0900'], ['ZL1 1HX'],
     ['Town Hall, High Street, Whitmoor'], ['housingoptions@whitmoor.example.gov.uk']),
    ('Whitmoor Jobcentre', [], ['ZL1 4JP'], ['Whitmoor Jobcentre, 2 Station Approach, Whitmoor'], []),
    ('The Pension Service', ['0161 496 0600'], ['YC9 9ZZ'], ['The Pension Service, PO Box 950, Ormley'], []),
]
BODY_CAT = {'phone': 1, 'postcode': 2, 'address': 3, 'email': 4}


def yq(s):
    return "'" + s.replace("'", "''") + "'"


def yaml_text():
    out = ['version: 1', 'bodies:']
    for b in BODIES:
        out.append('  - name: ' + yq(b[0]))
        for key, idx in (('phones', 1), ('postcodes', 2), ('addresses', 3), ('emails', 4)):
            out.append('    %s: [%s]' % (key, ', '.join(yq(v) for v in b[idx])))
    return '\n'.join(out) + '\n'


def main(argv):
    assert len(argv) == 2, 'usage: evalgen_eleventh.py OUTDIR'
    outdir = argv[1]
    bundles = [bundle1(), bundle2(), bundle3(), bundle4(), bundle5()]
    # public-body spans must be listed, and every listed value must be used
    listed = {cat: set(v for b in BODIES for v in b[idx]) for cat, idx in BODY_CAT.items()}
    used = set()
    for bd in bundles:
        for d in bd['documents']:
            for t in d['truth']:
                if t['party'] == 'public_body':
                    assert t['text'] in listed[t['category']], t
                    used.add((t['category'], t['text']))
                else:
                    for cat in BODY_CAT:
                        assert t['text'] not in listed[cat], ('public value labelled otherwise', t)
    for cat, vals in listed.items():
        for v in vals:
            assert (cat, v) in used, ('unused public body value', v)
    # kinds unique across the set, counts in range
    kinds = [d['kind'] for bd in bundles for d in bd['documents']]
    assert len(kinds) == len(set(kinds)), 'duplicate kind'
    assert 30 <= len(kinds) <= 40
    for bd in bundles:
        assert 6 <= len(bd['documents']) <= 8
    os.makedirs(outdir, exist_ok=True)
    for i, bd in enumerate(bundles, 1):
        with open(os.path.join(outdir, 'bundle-%02d.json' % i), 'w', encoding='utf-8', newline='\n') as f:
            f.write(json.dumps(bd, indent=1, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'public-bodies.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(yaml_text())
    nbytes = sum(len(p.encode('utf-8')) for bd in bundles for d in bd['documents'] for p in d['pages'])
    nitems = sum(len(d['truth']) for bd in bundles for d in bd['documents'])
    print('bundles %d, documents %d, page bytes %d, items %d' % (len(bundles), len(kinds), nbytes, nitems))


if __name__ == '__main__':
    main(sys.argv)
