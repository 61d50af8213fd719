#!/usr/bin/env python3
"""Blind evaluation-set generator: eval-nineteenth (long documents and system exports).

Written BLIND: the author did not read, list, grep or run anything of the redaction
engine (no source, rules, other test sets, generators, README or build output) and did
not run the `disclose` binary.  The only project material consulted was
  /work/shared/reference/uk-identifiers.md  (identifier formats and check algorithms)
  /work/shared/reference/domain.md          (what subject access bundles contain)
Everything else (people, places, numbers, documents) is invented for this file.

Usage:  python3 tests/tools/evalgen_nineteenth.py tests/data/eval-nineteenth
Python 3 standard library only; no randomness, no clock, no network.  Every value is
fixed in this source, so two runs produce byte-identical output.

Output: bundle-01.json .. bundle-05.json and public-bodies.yaml.  Five subjects, each
from a naming tradition not used before (Sikh Punjabi from Kenya, Irish with Gaelic and
anglicised forms, Zimbabwean Shona, Japanese, Sudanese Arabic) in five settings (high
security prison, probation in the community with family court proceedings, police major
investigation, medium secure hospital, immigration bail).  About half of the documents
are long multi-page reports with running heads; the rest are printed system exports
(wide tables, CSV/pipe lines, audit trails, contact logs, wrapped lines).

Labelling policy (every personal-data item on every page is labelled, repeats included):
  * subject      - the requester's own data in any form: name in any order or case,
                   with or without diacritics, initials, aliases, nicknames, name in
                   another script; their date of birth in any format; their
                   identifiers spaced or not; their own current and previous
                   addresses, phones, emails, IP addresses, vehicle, bank details.
  * staff        - people acting officially for a public body or its contractors
                   (prison, probation, police, NHS, councils, courts, tribunals,
                   Home Office, CAFCASS, local authority social workers) and their
                   direct contact details; system user IDs built from a staff
                   member's name (e.g. "dmistry3") are labelled as staff names.
  * third_party  - everyone else: relatives, partners, children, victims, witnesses,
                   other prisoners/patients, neighbours, associates, and people acting
                   for private firms, charities or faith groups (solicitors, landlords,
                   temple volunteers, employers).
  * public_body  - published switchboards, generic mailboxes, addresses and postcodes of
                   public bodies (all listed in public-bodies.yaml).
  Names are labelled without titles or ranks ("Mr", "DS", "Dr"); a surname alone,
  a first name alone, initials, initials plus surname, nicknames and the name part of a
  possessive are labelled when they refer to a person.  Address spans are the street
  part (house number/name, street, locality, town) without the postcode; the postcode is
  its own span.  Event dates (hearings, offences, visits) are not labelled; dates of
  birth are.  Organisation names, establishment names, place names on their own and
  case reference numbers that are not in the category list are not labelled.

Invariants asserted here: offsets are UTF-8 byte offsets whose bytes equal the text;
spans are ordered, non-overlapping and trimmed; every labelled value is labelled
wherever else it occurs in the bundle (case-insensitive, whole-token match); no
unlabelled e-mail/phone/postcode/NI/NHS/PNC/CRO/prison-number/IP shape remains;
PNC/CRO mod-23, NHS mod-11 (999 range), Luhn, IBAN mod-97, NI prefixes, calendar dates,
Ofcom drama phone ranges, invented Y?/Z? postcode areas, example.* e-mail domains and
RFC 5737/3849 IP addresses; public-body contact details appear in public-bodies.yaml.
"""
import datetime
import json
import os
import re
import sys

CODES = {
    'n': 'name', 'dob': 'date_of_birth', 'pn': 'prison_number', 'pnc': 'pnc',
    'cro': 'cro', 'crn': 'crn', 'ni': 'ni_number', 'nhs': 'nhs_number',
    'ph': 'phone', 'em': 'email', 'ad': 'address', 'pc': 'postcode',
    'vr': 'vehicle_registration', 'pp': 'passport', 'dl': 'driving_licence',
    'sc': 'sort_code', 'ac': 'account_number', 'ib': 'iban', 'cd': 'payment_card',
    'ip': 'ip_address',
}
PARTIES = {'s': 'subject', 't': 'third_party', 'f': 'staff', 'b': 'public_body'}
MARK = re.compile(r'\[\[([a-z]+)\.([stfb])\|(.*?)\]\]', re.S)
MACRO = re.compile(r'\{([A-Za-z][A-Za-z0-9_]*)\}')

CUR = {}          # macros of the bundle being built


def X(s):
    """Expand {MACRO} references (recursively) using the current bundle's macros."""
    def rep(m):
        k = m.group(1)
        assert k in CUR, 'undefined macro %r' % k
        return CUR[k]
    for _ in range(5):
        t = MACRO.sub(rep, s)
        if t == s:
            return t
        s = t
    raise AssertionError('macro recursion')


def M(code, party, text):
    """Inline markup helper."""
    return '[[%s.%s|%s]]' % (code, party, text)


def vis(markup):
    return MARK.sub(lambda m: m.group(3), X(markup))


def parse(markup):
    """markup -> (plain text, [(begin_char, end_char, category, party)])"""
    markup = X(markup)
    out = []
    spans = []
    pos = 0
    n = 0
    for m in MARK.finditer(markup):
        plain = markup[pos:m.start()]
        assert '[[' not in plain and ']]' not in plain, plain
        out.append(plain)
        n += len(plain)
        code, party, text = m.groups()
        assert code in CODES, code
        assert text and text == text.strip(), repr(text)
        spans.append((n, n + len(text), CODES[code], PARTIES[party]))
        out.append(text)
        n += len(text)
        pos = m.end()
    tail = markup[pos:]
    assert '[[' not in tail and ']]' not in tail, tail
    out.append(tail)
    return ''.join(out), spans


def table(rows, sep='  ', right=()):
    """Rows of cell markup -> aligned lines (alignment on visible text)."""
    rows = [[X(c) for c in r] for r in rows]
    ncol = max(len(r) for r in rows)
    w = [0] * ncol
    for r in rows:
        for i, c in enumerate(r):
            w[i] = max(w[i], len(vis(c)))
    lines = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            pad = ' ' * (w[i] - len(vis(c)))
            if i == len(r) - 1:
                cells.append(c)
            elif i in right:
                cells.append(pad + c)
            else:
                cells.append(c + pad)
        lines.append(sep.join(cells).rstrip())
    return '\n'.join(lines)


def wrap(markup, width):
    """Hard-wrap each line at `width` visible characters, as a printer would,
    even in the middle of a field (and of a labelled span)."""
    markup = X(markup)
    res = []
    for line in markup.split('\n'):
        col = 0
        out = []
        pos = 0
        segs = []
        for m in MARK.finditer(line):
            segs.append((line[pos:m.start()], None))
            segs.append((m.group(3), (m.group(1), m.group(2))))
            pos = m.end()
        segs.append((line[pos:], None))
        for text, lab in segs:
            if lab is None:
                for ch in text:
                    if col == width:
                        out.append('\n')
                        col = 0
                    out.append(ch)
                    col += 1
            else:
                if col == width:
                    out.append('\n')
                    col = 0
                buf = []
                for ch in text:
                    if col == width:
                        buf.append('\n')
                        col = 0
                    buf.append(ch)
                    col += 1
                out.append('[[%s.%s|%s]]' % (lab[0], lab[1], ''.join(buf)))
        res.append(''.join(out))
    return '\n'.join(res)


# ---------------------------------------------------------------- validators
L23 = 'ZABCDEFGHJKLMNPQRTUVWXY'


def pnc_check(yy, serial):
    return L23[int(yy + serial.zfill(7)) % 23]


def pnc_ok(s):
    s = s.upper().replace(' ', '')
    if '/' in s:
        y, rest = s.split('/')
        if len(y) == 4:
            yy = y[2:]
        else:
            assert len(y) == 2
            yy = y
        serial, chk = rest[:-1], rest[-1]
    else:
        if len(s) == 12:
            yy, serial, chk = s[2:4], s[4:11], s[11]
        else:
            yy, serial, chk = s[:2], s[2:-1], s[-1]
    assert serial.isdigit() and 1 <= len(serial) <= 7, s
    return pnc_check(yy, serial) == chk


def cro_check(serial, yy):
    return L23[int(yy + serial.zfill(6)) % 23]


def cro_ok(s):
    s = s.upper().replace(' ', '')
    if s.startswith('SF'):
        yy, rest = s[2:4], s[5:]
        return L23[int(yy + rest[:-1]) % 23] == rest[-1]
    serial, rest = s.split('/')
    return cro_check(serial, rest[:2]) == rest[2]


def nhs_ok(s):
    d = re.sub(r'\D', '', s)
    if len(d) != 10 or not d.startswith('999'):
        return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


def nhs_make(stem):
    tot = sum(int(stem[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    c = 0 if c == 11 else c
    assert c != 10
    return stem + str(c)


def luhn_ok(s):
    d = [int(c) for c in re.sub(r'\D', '', s)]
    tot = 0
    for i, v in enumerate(reversed(d)):
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0 and 13 <= len(d) <= 19


def iban_ok(s):
    s = s.replace(' ', '').upper()
    r = s[4:] + s[:4]
    n = ''.join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1 and s.startswith('GB') and len(s) == 22


NI_RE = re.compile(r'^(?:[ACEHJLMOPRSWXY][A-CEGHJ-NPR-TW-Z]|B[A-CEHJ-NPR-TW-Z]|G[ACEGHJ-NPR-TW-Z]|K[A-CEGHJ-MPR-TW-Z]|N[A-CEGHJL-NPR-SW-Z]|T[A-CEGHJ-MPR-TW-Z]|Z[A-CEGHJ-NPR-TW-Y])[0-9]{6}[A-D]$')


def ni_ok(s):
    return bool(NI_RE.match(re.sub(r'[ \-]', '', s.upper())))


PC_RE = re.compile(r'^(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2}$')


def postcode_ok(s):
    s = s.upper()
    return bool(PC_RE.match(s)) and s[0] in 'YZ' and s[1].isalpha() and s[:2] not in ('YO', 'ZE')


def phone_ok(s):
    d = re.sub(r'\D', '', s)
    if d.startswith('44'):
        d = '0' + d[2:]
        if s.count('(0)'):
            d = d[0] + d[2:]
    if len(d) != 11:
        return False
    return (d.startswith('07700900') or d.startswith('01134960') or d.startswith('01174960')
            or d.startswith('02079460') or d.startswith('01614960') or d.startswith('01632960'))


def email_ok(s):
    if not re.match(r'^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$', s):
        return False
    dom = s.split('@')[1].lower()
    return (dom in ('example.com', 'example.org', 'example.net')
            or dom.endswith('.example.com') or dom.endswith('.example.org')
            or dom.endswith('.example.net') or '.example.' in '.' + dom)


def ip_ok(s):
    if ':' in s:
        return s.lower().startswith('2001:db8:')
    p = s.split('.')
    return (len(p) == 4 and all(x.isdigit() and int(x) < 256 for x in p)
            and ('.'.join(p[:3]) in ('192.0.2', '198.51.100', '203.0.113')))


MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
               'September', 'October', 'November', 'December']


def parse_date(s):
    s = s.strip()
    m = re.match(r'^(\d{4})-(\d{2})-(\d{2})$', s)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.match(r'^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$', s)
    if m:
        y = int(m.group(3))
        if y < 100:
            y += 1900 if y > 25 else 2000
        return datetime.date(y, int(m.group(2)), int(m.group(1)))
    m = re.match(r'^(\d{1,2})(?:st|nd|rd|th)?[ \-]([A-Za-z]+)\.?,?[ \-](\d{2}|\d{4})$', s)
    if m:
        mon = m.group(2)[:3].upper()
        y = int(m.group(3))
        if y < 100:
            y += 1900 if y > 25 else 2000
        return datetime.date(y, MONTHS.index(mon) + 1, int(m.group(1)))
    m = re.match(r'^([A-Za-z]+) (\d{1,2}), (\d{4})$', s)
    if m:
        return datetime.date(int(m.group(3)), MONTHS.index(m.group(1)[:3].upper()) + 1, int(m.group(2)))
    m = re.match(r'^(\d{4})年(\d{1,2})月(\d{1,2})日$', s)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.match(r'^(\d{2})(\d{2})(\d{4})$', s)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    raise AssertionError('unparsed date %r' % s)


def check_value(cat, text):
    t = text.replace('\n', ' ')
    if cat == 'pnc':
        assert pnc_ok(re.sub(r'\s', '', text)), text
    elif cat == 'cro':
        assert cro_ok(re.sub(r'\s', '', text)), text
    elif cat == 'nhs_number':
        assert nhs_ok(text), text
    elif cat == 'payment_card':
        assert luhn_ok(text), text
    elif cat == 'iban':
        assert iban_ok(re.sub(r'\s', '', text)), text
    elif cat == 'ni_number':
        assert ni_ok(re.sub(r'\s', '', text)), text
    elif cat == 'postcode':
        assert (postcode_ok(re.sub(r'\s+', ' ', text))
                or postcode_ok(re.sub(r'\s+', ' ', text.replace('\n', '')))), text
    elif cat == 'phone':
        assert phone_ok(text), text
    elif cat == 'email':
        assert email_ok(re.sub(r'\s', '', text)), text
    elif cat == 'ip_address':
        assert ip_ok(text), text
    elif cat == 'date_of_birth':
        d = parse_date(t)
        assert datetime.date(1920, 1, 1) < d < datetime.date(2024, 1, 1), text
    elif cat == 'prison_number':
        assert re.match(r'^[A-Z][0-9]{4}[A-Z]{2}$', re.sub(r'\s', '', text.upper())), text
    elif cat == 'crn':
        assert re.match(r'^[A-Z][0-9]{6}$', text), text
    elif cat == 'sort_code':
        assert re.match(r'^[0-9]{2}[ \-]?[0-9]{2}[ \-]?[0-9]{2}$', text), text
    elif cat == 'account_number':
        assert re.match(r'^[0-9]{8}$', text), text
    elif cat == 'vehicle_registration':
        assert re.match(r'^[A-HJ-PR-Y]{2}(?:0[2-9]|[1-7][0-9]) ?[A-HJ-PR-Z]{3}$', text), text
    elif cat == 'driving_licence':
        assert re.match(r'^[A-Z9]{5} ?[0-9](?:[05][1-9]|[16][0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9] ?[A-Z9]{2}[0-9A-Z] ?[A-Z]{2}$', text), text
    elif cat == 'passport':
        assert re.match(r'^(?:[0-9]{9}|[A-Z]{1,2}[0-9]{7,8})$', text), text


# shapes that must never occur in unlabelled text
LEAK = [
    ('email', re.compile(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+')),
    ('phone', re.compile(r'(?:\+44|\b0)[ (]*\d[\d ()\-]{8,14}\d')),
    ('postcode', re.compile(r'\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b')),
    ('ni', re.compile(r'\b[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b')),
    ('nhs', re.compile(r'\b[0-9]{3} ?[0-9]{3} ?[0-9]{4}\b')),
    ('pnc', re.compile(r'\b(?:19|20)?[0-9]{2}/[0-9]{4,7}[A-Z]\b')),
    ('cro', re.compile(r'\b[0-9]{3,6}/[0-9]{2}[A-Z]\b')),
    ('prison_number', re.compile(r'\b[A-Z][0-9]{4}[A-Z]{2}\b')),
    ('crn', re.compile(r'\b[A-Z][0-9]{6}\b')),
    ('ip', re.compile(r'\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}\b|2001:db8')),
    ('card', re.compile(r'\b[0-9]{4} ?[0-9]{4} ?[0-9]{4} ?[0-9]{4}\b')),
    ('sortcode', re.compile(r'\b[0-9]{2}-[0-9]{2}-[0-9]{2}\b')),
]
COVERED_KINDS = set("""
999-call-transcript abscond-risk-assessment accredited-programme-attendance-register
acct-case-review adjudication adjudication_record adults-at-risk-detention-review
age-assessment-outcome-summary airline-passenger-name-record
ambulance-patient-report-form anpr-vehicle-check anpr_report
ap-night-staff-handover-log ap-resident-induction-checklist appeal-notice
appeal-skeleton-argument appropriate-adult-attendance-record
approved-premises-curfew-register approved-premises-fire-roll-call-sheet
approved-premises-incident-chronology approved-premises-medication-administration-chart
approved-premises-resident-meeting-minutes approved-premises-room-search-record
approved-premises-visitor-book approved-premises-warning-letter
approved-premises-wifi-access-log approved-visitor-list approved_premises_referral
armed-forces-compensation-scheme-award-letter armed-forces-service-record-summary
arrest-enquiry-team-briefing-sheet asb-warning-letter asset-plus-assessment-extract
asylum-screening-interview asylum-substantive-interview-extract
attendance-centre-session-report bail-accommodation-sponsor-letter
bail-charity-caseworker-chronology bail-information-report bank-fraud-referral-form
bank_statement befriending-scheme-match-form benefits_letter body-worn-video-log
border-force-baggage-examination-log border-force-cash-seizure-notice
boxing-club-mentor-report breach-warning-letter brother-accommodation-offer-letter
c100-application-extract cafcass-safeguarding-letter canteen-order-sheet
car-insurance-certificate cardiology-outpatient-letter care-act-needs-assessment
care-home-rota-extract care-programme-approach-review carers-assessment-record
cas3-accommodation-referral case-notes cash-detention-application
cat-a-annual-review-report ccrc-application-form-extract cctv-request-form
cell-bell-response-log cell-search-record cell-sharing-risk-assessment
cell-site-analysis-report-extract certified-translation-of-correspondence
chapel-attendance-register chaplaincy-notes charge-sheet-bilingual
charity-bail-referral-form charity-reparation-placement-offer-letter
chat-health-screening-summary child-contact-centre-report
child-exploitation-strategy-meeting-minutes child-safeguarding-practice-review-extract
child-visit-household-composition-form church-baptism-record church-letter-of-support
cica-payment-details-confirmation-letter citizens-advice-case-notes
closed-visits-review-board-minutes cloud-account-preservation-request
cmht-care-coordinator-letter community-centre-mediation-invitation-letter
community-order-induction-record community-payback-supervisor-log comp1-complaint
companies-register-officer-extract compassionate-leave-funeral-request
compensation-payment complaint-reply complaint_comp1 complex-case-consultation-minutes
consular-notification-record coroner-inquest-witness-list coroner-witness-summons
coroners-officer-family-contact-log coroners-record-of-inquest council-tax-letter
country-expert-report-extract court-bundle-index court-hearing-record
court-interpreter-invoice court-listing court-order-variation-application
court_register cps_case_summary crime_report criminal-behaviour-order-draft-terms
crofting-tenancy-assignation-letter
cross-border-supervision-transfer-email-correspondence crown-court-indictment
custody-healthcare-assessment custody-record custody_record cyber-ip-log
dash-risk-checklist dating-app-profile-printout day-release-licence-card
dbs-style-disclosure-letter debt-advice-letter deceased-property-release-form
defence-solicitor-email-to-officer-in-case dentist-referral-letter
deportation-decision-letter-extract deputy-governor-reply-to-relative
detached-youth-work-outreach-log detainee-custody-officer-incident-account
detention-gatekeeper-decision-minute device-monitoring-alert-report
diabetic-eye-screening-letter digital-media-referral-note direct-payments-agreement
discharge-bank-account-form discharge-grant-receipt distance-learning-grant-application
diversity-incident-report-form domestic-abuse-refuge-referral
drink-drive-rehabilitation-course-referral drug-service-referral drug-test-lab-report
drugs-line-attribution-report dvds-disclosure-record dvla-driving-ban-notice
dvla_vehicle_check education-enrolment-form education_work_record
ehcp-annual-review-extract electoral-register-extract em-tag-installation-report email
email-printout email-thread email_printout email_thread employer-disclosure-record
employer-letter-to-witness-care-unit employer-placement-monitoring-visit
employment-agency-registration-form employment-reference
employment-site-induction-record employment-tribunal-letter
encrypted-device-attribution-matrix escape-list-review-notice
escort-contractor-movement-order eurodac-fingerprint-match-record
exceptional-case-funding-decision exhibit-continuity-record exhibit_list
exploitation-screening-tool extended-family-genogram-narrative
external-hospital-escort-risk-assessment extradition-hearing-opening-note
extradition-order-notice extradition-surety-assessment facebook-messenger-printout
family-court-directions-order family-court-letter family-court-position-statement
family-day-application family-day-attendee-list family-engagement-worker-notes
family-feud-association-chart family-group-conference-plan family-letter
family-liaison-officer-log family-network-meeting-note-with-distribution
family-support-worker-home-visit-report family-ties-overnight-release-plan
family-tracing-request-form family_letter family_letter_transcription fax_cover_sheet
finance-statement finance_paperwork financial-investigation financial_investigation
fine-enforcement-letter fire-service-home-safety-visit first-night-centre-interview
first-tier-tribunal-bail-decision fl401-application-extract fnp-home-office-referral
food-bank-voucher-referral food-refusal-monitoring-chart
football-club-disciplinary-letter forensic-drugs-analysis-statement
forensic-lab-submission-form forensic-psychology-risk-assessment-report
former-spouse-letter-declining-contact ftt-iac-determination-extract
ftt-iac-notice-of-hearing funeral-contribution-authorisation gambling-account-statement
general-application-form gov-notify-text-reminder-log gp-registration-form
gp-summary-care-record-extract grandparent-character-letter-translated
ground-rules-hearing-note gym-induction-form gym-membership-agreement
gym-work-allocation-board gypsy-traveller-liaison-officer-report
hcr-20-risk-formulation-summary hdc-address-check healthcare healthcare-note
healthcare_clinic_list healthcare_incident_note hmrc-cis-repayment-letter
hmrc-tax-letter home-office-bail-summary home-office-family-reunion-refusal
home-office-reasons-for-refusal-letter homelessness-prevention-duty-letter
hospital-bedwatch-log hospital-discharge-summary hostel-manager-end-of-placement-report
hot-debrief-record hotel-booking-printout house-to-house-enquiry-form
household-members-schedule housing-association-rent-arrears-letter
housing-benefit-claim housing-options-interview housing-panel-nomination-form
housing-register-application id-document-application-tracker
identification-procedure-record idva-case-closure-letter imb-application
imha-advocacy-visit-record immigration-detention-notice
in-cell-kiosk-application-history incentives-level-review
independent-medico-legal-report-extract inpatient-unit-admission-assessment
inpatient-unit-nursing-handover-sheet inquest-family-pir-submissions
inquest-pen-portrait instagram-direct-message-printout insurance-claim-form
intelligence-log inter-prison-transfer-form intermediary-assessment-report
interpol-red-notice-extract interpreter-assisted-supervision-record interpreter-booking
iopc-family-update-letter irc-complaint-investigation-report irc-room-allocation-sheet
irc-welfare-office-contact-sheet it_audit_log it_login_audit
jobcentre-appointment-letter key-worker-session-notes
kinship-care-social-worker-email-correspondence kitchen-hygiene-roster
knife-crime-prevention-order-application landlord-reference lawyers-attendance-note
legal-aid-means-form legal-call-booking-confirmation
legal-correspondence-opened-in-error-notice legal-visits-diary letter
letter-of-apology-draft library-loan-record licence-compliance-warning-interview-record
licence-conditions-letter licence-variation-request-form listener-scheme-log
livescan-ident-response local-welfare-assistance-application lost-property-form
magistrates-court-result-sheet mail-room-log mappa-minutes mappa_minutes
marac-referral-form marketplace-sale-record marriage-application mash-referral
mbu-admission-board-decision mbu-separation-plan mdt-test-slip
medication-in-possession-risk-assessment memory-clinic-referral
mental-health-in-reach-assessment mental-health-tribunal-decision mental_health_notes
mg11-statement mg15-record-of-interview mg3-charging-decision
mg6c-unused-material-schedule mhcs-annual-statutory-report
missing-person-return-interview mmpr-restraint-debrief mobile-phone-contract
mobile-phone-download mobile-subscriber-check monthly-detention-progress-report
mosque-letter-of-support motor-insurance-database-enquiry-result
move-on-accommodation-plan nca-financial-profile-summary ndelius_contact_log
ndelius_contacts nearest-relative-information-letter
neighbour-letter-to-neighbourhood-inspector neighbourhood-inspector-reply-letter
next-of-kin-notification-form nomis-alerts-printout nomis_case_notes
non-molestation-order notice-of-intended-prosecution
nrm-reasonable-grounds-decision-letter oasys oasys-extract oasys_extract
occupational-therapy-activity-timetable ocr-application-form ocr-handwritten-form
ocr-scanned-fax omu-categorisation-review open-conditions-suitability-assessment
out-of-court-disposal-panel-record outgoing-funds-transfer-request
pace-detention-review-record parental-bind-over-recognisance
parenting-assessment-report-extract parenting-course-register parking-penalty-notice
parole-board-member-case-assessment parole-dossier-summary parole-legal-representations
parole-oral-hearing-decision parole_dossier parom1-com-parole-report
part-2-extradition-request-summary passport-office-letter pathway-plan-review
patient-internet-access-agreement patient-monies-ledger pawn-shop-transaction-record
payslips peer-mediation-agreement peer-mentor-application pen-friend-scheme-letter
pension-credit-claim-extract perinatal-mental-health-referral person-escort-record
personal-adviser-contact-record personal-officer-report pharmacy-prescription-record
pin-phone-list pin_phone_contacts pnc-print-extract poca-section-16-statement
police-bail-conditions-notice police-custody-record police-liaison-information-exchange
police-vulnerability-notification police_mg11 pom-com-handover-note
post-mortem-report-extract ppcs-recall-dossier-checklist
ppo-fatal-incident-investigator-interview practitioner-learning-event-notes
pre-inquest-review-directions pre-interview-disclosure-document
pre-release-case-conference-invitation-letter pre-release-resettlement-checklist
pre-sentence-report pre_sentence_report presenting-officer-review-note
prevention-of-future-deaths-report prison-conditions-assurance-letter
prison-council-minutes prison-education-tutor-progress-report
prison-employment-hub-job-match-record prison-radio-request-slips
prison-reception-booking-in-sheet prison-wedding-guest-list prisoner-handwritten-letter
prisoner-life-history-narrative prisoner-money-receipt-scan prisoner-profile
prisoners-earnings-act-levy-statement private-cash-log
probation-accommodation-visit-notes probation-contact-log
probation-exclusion-zone-map-notes probation-induction-questionnaire production-order
property-card protected-persons-and-exclusion-zone-schedule provisional-arrest-record
psr-addendum psychiatric-report-extract psychology-feedback-letter-to-prisoner
psychology-session-process-notes psychometric-assessment-score-sheet ptph-form-extract
public-footage-submission-record ramadan-fasting-provision-list
rar-activity-session-record recall-report recall-return-to-custody-interview-record
referral-order-panel-contract relative-email-to-victim-liaison-unit
relative-letter-of-concern-to-governor release-day-ferry-booking-forward
release-day-travel-warrant remand-to-la-accommodation-placement-plan
remittance-receipt-printout removal-directions-notice
reparation-project-attendance-sheet requesting-state-further-information-reply
resettlement-housing-referral restorative-justice-conference-notes restraining-order
restraint-order-asset-schedule review-draft-factual-accuracy-response
revocation-of-licence-notice risk-management-plan-narrative rotl-board-minutes
rotl-work-placement-agreement rotl_application royal-mail-redirection-form
rule-35-medical-report safeguarding-adults-enquiry-outcome safer-schools-officer-note
salon-training-client-booking-sheet school-attendance-letter school-exclusion-notice
school-managed-move-agreement school-nurse-contact-record
school-reintegration-meeting-notes school-safeguarding-chronology
school-safeguarding-lead-email-exchange-with-yjs search-warrant-application
seclusion-record section-10-formal-admissions section-17-leave-form
section-7-welfare-report-extract security_information_report security_intelligence_log
segregation-healthcare-daily-screen segregation-review sentence-calculation
sentence-plan-review-minutes sentencing-remarks serious-further-offence-review-report
setting-up-home-allowance-receipt sex-offender-notification sfo-staff-interview-record
site-pitch-licence-agreement slavery-duty-to-notify-form smart-doorbell-event-log
social-media-account-subscriber-return social-media-transcription
social-visit-application social-worker-core-group-minutes solicitor_letter
special-measures-application-extract speech-language-communication-screening
sports-coach-reference-letter stop-and-search-record storage-unit-rental-agreement
student-finance-letter supported-lodgings-host-report
suspicious-activity-report-extract talking-therapies-referral-form taxi-booking-record
tca-arrest-warrant-certificate teams-chat-transcript telephone-billing-analysis
telephone-monitoring-summary telephone_monitoring tenancy-deposit-certificate
text-transcript text_message_transcript threat-to-life-warning-notice
township-kinship-and-byname-record transition-to-adult-estate-plan
translated-voicemail-transcript travel_id_paperwork travel_record
traveller-education-service-note trial-witness-running-order
tribunal-record-of-proceedings tribunal-social-circumstances-report
trim-risk-assessment-record tv-licensing-enquiry-letter universal-credit-journal
unpaid-work-completion-certificate unpaid-work-timesheet
upper-tribunal-permission-decision use_of_force_report vaccination-record
vehicle-hire-agreement vehicle-seizure-notice veterans-support-letter viber-chat-export
victim-awareness-course-workbook-extract victim-care-contract-support-plan
victim-contact-letter victim-email-reply-to-witness-care-officer victim-loss-schedule
victim-needs-assessment victim-personal-statement
victim-representations-on-licence-conditions victim-right-to-review-letter
victim-worker-restorative-conversation-record victim_liaison_note video-call-log
visit-log visitor-vetting-police-checks-return visits-hall-seating-plan visits_booking
visits_log voluntary-interview-transcript wanted-missing-circulation-notice
ward-round-minutes welsh-language-preference-record whatsapp-export
wing-observation-book wing_observation_book witness-care-letter witness-expenses-claim
witness-service-pretrial-visit-letter witness-statement witness_statement
witness_statement_mg11 womens-centre-referral-form workshop-pay-sheet
ycs-placement-decision-record yjs-first-appointment-letter-to-young-person-and-parent
yot-referral young-adult-maturity-screening youth-club-incident-log
youth-court-bail-supervision-support-plan youth-court-case-management-form
youth-court-results-letter-to-parent youth-justice-case-formulation-report
youth-rehabilitation-order-intervention-plan
""".split())


PUBLIC = []


def head_rule(n=72):
    return '-' * n


# ======================================================================= bundle 01
# Sikh Punjabi naming (from Kenya); life-sentence prisoner, high security estate.
def bundle_01():
    CUR.update({
        'S': M('n', 's', 'Harjinder Singh SANDHU'),
        'SN': M('n', 's', 'SANDHU, Harjinder Singh'),
        'SNU': M('n', 's', 'SANDHU HARJINDER'),
        'SA': M('n', 's', 'SINGH, Harjinder'),
        'SA2': M('n', 's', 'Harjinder SINGH'),
        'SF': M('n', 's', 'Harjinder'),
        'Ss': M('n', 's', 'Sandhu'),
        'SU': M('n', 's', 'SANDHU'),
        'SJ': M('n', 's', 'Jinder'),
        'SI': M('n', 's', 'HS'),
        'SHS': M('n', 's', 'H.S. Sandhu'),
        'SG': M('n', 's', 'ਹਰਜਿੰਦਰ ਸਿੰਘ ਸੰਧੂ'),
        'PN': M('pn', 's', 'A7391DK'),
        'PNC': M('pnc', 's', '1987/0031862F'),
        'PNCs': M('pnc', 's', '87/31862F'),
        'CRO': M('cro', 's', '14729/87B'),
        'NI': M('ni', 's', 'JT 48 21 93 B'),
        'NIc': M('ni', 's', 'JT482193B'),
        'NHS': M('nhs', 's', '999 412 3300'),
        'DOB': M('dob', 's', '14/03/1966'),
        'DOBo': M('dob', 's', '14-MAR-1966'),
        'DOBi': M('dob', 's', '1966-03-14'),
        'DOBl': M('dob', 's', '14 March 1966'),
        'SAD1': M('ad', 's', '27 Kitchener Avenue, Loxbridge'),
        'SPC1': M('pc', 's', 'ZB4 2HD'),
        'SAD0': M('ad', 's', 'Flat 9, Ruskin Court, Abbey Lane, Wenbury'),
        'SPC0': M('pc', 's', 'ZC7 1LT'),
        'SPH': M('ph', 's', '07700 900417'),
        'SEM': M('em', 's', 'jinder.sandhu66@example.com'),
        # wife
        'W': M('n', 't', 'Manjit Kaur SANDHU'),
        'WN': M('n', 't', 'SANDHU, Manjit Kaur'),
        'WNU': M('n', 't', 'SANDHU MANJIT'),
        'WF': M('n', 't', 'Manjit'),
        'WDOB': M('dob', 't', '02/09/1968'),
        'WAD': M('ad', 't', 'Flat 3, 118 Rosewood Road, Loxbridge'),
        'WPC': M('pc', 't', 'ZB4 7QN'),
        'WPH': M('ph', 't', '07700 900562'),
        'WPHc': M('ph', 't', '07700900562'),
        'WEM': M('em', 't', 'manjit.k.sandhu@example.net'),
        # son
        'G': M('n', 't', 'Gurpreet Singh SANDHU'),
        'GN': M('n', 't', 'SANDHU, Gurpreet Singh'),
        'GNU': M('n', 't', 'SANDHU GURPREET'),
        'GF': M('n', 't', 'Gurpreet'),
        'GDOB': M('dob', 't', '21/06/1993'),
        'GAD': M('ad', 't', '44 Harcourt Close, Wenbury'),
        'GPC': M('pc', 't', 'ZC2 9LS'),
        'GPH': M('ph', 't', '07700 900389'),
        'GPHc': M('ph', 't', '07700900389'),
        'GEM': M('em', 't', 'gurpreet.sandhu@example.co.uk'),
        # daughter
        'D': M('n', 't', 'Navdeep Kaur GREWAL'),
        'DN': M('n', 't', 'GREWAL, Navdeep Kaur'),
        'DNU': M('n', 't', 'GREWAL NAVDEEP'),
        'DF': M('n', 't', 'Navdeep'),
        'DDOB': M('dob', 't', '30/11/1995'),
        'DAD': M('ad', 't', '6 Millers Yard, Stockhurst'),
        'DPC': M('pc', 't', 'ZD8 3RW'),
        'DPH': M('ph', 't', '0161 496 0733'),
        'DPHc': M('ph', 't', '01614960733'),
        # brother in Kenya
        'K': M('n', 't', 'Kuldip Singh SANDHU'),
        'KN': M('n', 't', 'SANDHU, Kuldip Singh'),
        'KF': M('n', 't', 'Kuldip'),
        'KAD': M('ad', 't', 'House 14, Riverside Grove, Nairobi'),
        # victim and family
        'V': M('n', 't', 'Ashok PARMAR'),
        'VF': M('n', 't', 'Ashok'),
        'Vs': M('n', 't', 'Parmar'),
        'VW': M('n', 't', 'Sunita PARMAR'),
        'VWN': M('n', 't', 'PARMAR, Sunita'),
        # co-defendant
        'B': M('n', 't', 'Terence BAXENDALE'),
        'Bs': M('n', 't', 'Baxendale'),
        'Bk': M('n', 't', 'Bax'),
        'BPNC': M('pnc', 't', '2003/0198822F'),
        # other prisoners
        'P1': M('n', 't', 'Lee DRISCOLL'),
        'P1s': M('n', 't', 'Driscoll'),
        'P1N': M('pn', 't', 'A2093FT'),
        'P2': M('n', 't', 'Kwame ASANTE-BOATENG'),
        'P2N': M('pn', 't', 'B6618KR'),
        # faith group volunteer and solicitor (third parties)
        'GV': M('n', 't', 'Sukhwinder Kaur BAINS'),
        'GVN': M('n', 't', 'BAINS, Sukhwinder Kaur'),
        'GVPH': M('ph', 't', '07700 900731'),
        'SOL': M('n', 't', 'Priya NATHWANI'),
        'SOLN': M('n', 't', 'NATHWANI, Priya'),
        'SOLs': M('n', 't', 'Nathwani'),
        'SOLEM': M('em', 't', 'p.nathwani@harcourtlyle.example.co.uk'),
        'SOLPH': M('ph', 't', '020 7946 0188'),
        # staff
        'DM': M('n', 'f', 'Deepak MISTRY'),
        'DMs': M('n', 'f', 'Mistry'),
        'DMN': M('n', 'f', 'MISTRY, Deepak'),
        'DMu': M('n', 'f', 'DMISTRY3'),
        'RP': M('n', 'f', 'Rhiannon PUGH'),
        'RPs': M('n', 'f', 'Pugh'),
        'RPi': M('n', 'f', 'RPu'),
        'RPPH': M('ph', 'f', '0113 496 0581'),
        'RPEM': M('em', 'f', 'rhiannon.pugh@justice.example.gov.uk'),
        'HA': M('n', 'f', 'Helen ARKWRIGHT'),
        'HAs': M('n', 'f', 'Arkwright'),
        'HAN': M('n', 'f', 'ARKWRIGHT, Helen'),
        'HAu': M('n', 'f', 'HARKWRIGHT'),
        'AO': M('n', 'f', 'Adaeze OKONJO'),
        'AOs': M('n', 'f', 'Okonjo'),
        'CH': M('n', 'f', 'Balwinder Singh DHILLON'),
        'CHs': M('n', 'f', 'Dhillon'),
        'GT': M('n', 'f', 'Gary TULLOCH'),
        'GTs': M('n', 'f', 'Tulloch'),
        'GTu': M('n', 'f', 'GTULLOCH'),
        'KW': M('n', 'f', 'Karen WHITLOCK'),
        'KWu': M('n', 'f', 'KWHITLOCK2'),
        'ME': M('n', 'f', 'Mark ELLERBY'),
        'MEu': M('n', 'f', 'MELLERBY'),
        'LP': M('n', 'f', 'Lorraine PICKERING'),
        'LPu': M('n', 'f', 'LPICKERING'),
        'LPN': M('n', 'f', 'PICKERING, Lorraine'),
        'JA': M('n', 'f', 'Joy ADEBAYO-WILLIS'),
        'JAu': M('n', 'f', 'JADEBAYOW'),
        # public bodies
        'FMAD': M('ad', 'b', 'Fenmarsh Road, Lexham'),
        'FMPC': M('pc', 'b', 'ZL9 3PX'),
        'FMPH': M('ph', 'b', '0117 496 0230'),
        'FMEM': M('em', 'b', 'omu.fenmarsh@justice.example.gov.uk'),
        'LXAD': M('ad', 'b', 'Crown House, 12 Tanner Street, Loxbridge'),
        'LXPC': M('pc', 'b', 'ZB1 1DA'),
        'LXPH': M('ph', 'b', '0113 496 0500'),
        'LXPHc': M('ph', 'b', '01134960500'),
        'LXEM': M('em', 'b', 'loxbridge.pdu@justice.example.gov.uk'),
        'VLPH': M('ph', 'b', '0113 496 0999'),
        'VLEM': M('em', 'b', 'vlu.northshire@justice.example.gov.uk'),
    })
    PUBLIC.append({'name': 'HMP Fenmarsh', 'phones': ['0117 496 0230'], 'postcodes': ['ZL9 3PX'],
                   'addresses': ['Fenmarsh Road, Lexham'],
                   'emails': ['omu.fenmarsh@justice.example.gov.uk']})
    PUBLIC.append({'name': 'Loxbridge Probation Delivery Unit', 'phones': ['0113 496 0500', '01134960500'],
                   'postcodes': ['ZB1 1DA'], 'addresses': ['Crown House, 12 Tanner Street, Loxbridge'],
                   'emails': ['loxbridge.pdu@justice.example.gov.uk']})
    PUBLIC.append({'name': 'Northshire Victim Liaison Unit', 'phones': ['0113 496 0999'], 'postcodes': [],
                   'addresses': [], 'emails': ['vlu.northshire@justice.example.gov.uk']})

    def rh(title, i, n):
        return X('%s | {SN} | Prison No: {PN} | Page %d of %d\n' % (title, i, n)) + head_rule() + '\n'

    ft = '\n' + head_rule() + '\nOFFICIAL-SENSITIVE - not to be shown to other prisoners'

    d1 = [
        rh('PRE-TARIFF SIFT REPORT', 1, 4) + X('''HM Prison and Probation Service
PRE-TARIFF SIFT REPORT (LIFE SENTENCE PRISONER)

Name:            {SN}
Also recorded:   {SA} (form used at reception, 2008)
Date of birth:   {DOB}
PNC ID:          {PNC}          CRO No: {CRO}
Establishment:   HMP Fenmarsh, {FMAD} {FMPC}
Tariff expiry:   November 2031 (minimum term 24 years less time on remand)
Author:          {RP}, Community Offender Manager
                 Loxbridge PDU, {LXAD} {LXPC}
                 Direct line {RPPH} | {RPEM}
POM:             {DM} (Band 4), Offender Management Unit
Date of report:  9 October 2023

1. PURPOSE AND SOURCES
1.1 This report informs the sift that decides whether Mr {Ss}'s case should
be referred to the Parole Board for advice on a move to open conditions
before tariff expiry.
1.2 Sources: two video-link interviews with Mr {Ss}; discussion with
{DM} (POM) and Dr {HA}, forensic psychologist; the OPD case
formulation of June 2023; letters from his wife, {W}, and his
son, {G}; the trial judge's sentencing remarks.''') + ft,
        rh('PRE-TARIFF SIFT REPORT', 2, 4) + X('''2. INDEX OFFENCE
2.1 On 14 October 2007 Mr {Ss} and his co-defendant {B} attacked
{V}, a wholesaler to whom Mr {Ss} owed money, at a unit on the
Lexham trading estate. Mr {Vs} died of head injuries two days later.
{Bs} (PNC {BPNC}) was convicted of manslaughter.
2.2 In interview {SF} said he had gone "to frighten {VF}, not to
finish him", and accepts that he struck the blows that killed him. He
used the victim's first name throughout; I have recorded it as he said it.
2.3 The victim's widow, {VW}, is in the Victim Contact Scheme.
Through the Victim Liaison Unit ({VLPH}, {VLEM}) she
has asked for an exclusion zone covering the Lexham estate and for no
contact, direct or indirect, from Mr {Ss} or his family.

3. CUSTODIAL BEHAVIOUR
3.1 {SJ} (the name used by staff and peers on F wing) has been
adjudication-free since 2016. In 2015 he was found guilty of fighting
with {P1} ({P1N}); the two were later moved apart. {P1s} has
since transferred out.''') + ft,
        rh('PRE-TARIFF SIFT REPORT', 3, 4) + X('''3.2 Mr {DMs} describes him as a steady wing cleaner and a peer mentor in
the education block. He co-facilitates the Punjabi literacy class with
Giani {CHs}, the Sikh chaplain, and he was the listener nominated by
{P2} ({P2N}) after a difficult period in 2022.
3.3 {SI} completed the Kaizen programme in 2019 and the Healthy
Relationships booster in 2021. Dr {HAs}'s OPD formulation (see page 4)
links his violence to shame about debt and loss of standing.

4. RELEASE PLAN AND FAMILY
4.1 Mr {Ss} would not return to his former home at {SAD1}
{SPC1}; the house was sold in 2009. His wife {WF} now lives at
{WAD}, {WPC}, inside the proposed
exclusion zone boundary review area, so a different address would be
needed if he moved to open conditions and later to release.
4.2 {GF} (son) has offered his home at {GAD} {GPC}.
{GF} is supportive but works nights; I have not yet visited.
4.3 The daughter, {D}, has not been in contact
since 2019 and asked that her details not be shared with her father.''') + ft,
        rh('PRE-TARIFF SIFT REPORT', 4, 4) + X('''5. RISK ASSESSMENT
5.1 Risk of serious harm: high to a known adult (the victim's family)
and medium to the public in custody. Mr {Ss}'s risk is linked to
financial pressure, pride and the influence of associates such as
{Bk} ({Bs}); he has had no contact with {Bs} since 2008.
5.2 Protective factors: family ties ({WF}, {GF}), religious
practice, employment history and a stable custodial record.

6. RECOMMENDATION
6.1 I recommend referral to the Parole Board. Mr {DMs} and Governor
{AOs} (Head of OMU) agree. Dr {HAs} supports referral subject to
a further risk assessment before any ROTL.

{RP}
Community Offender Manager, Loxbridge PDU
Switchboard {LXPH} | {LXEM}

Copy: {DM}, POM, HMP Fenmarsh ({FMEM})
      {SOL}, {SOLEM} (legal representative)''') + ft,
    ]

    d2 = [
        rh('OPD PATHWAY CASE FORMULATION', 1, 4) + X('''OFFENDER PERSONALITY DISORDER PATHWAY - CASE FORMULATION
Prisoner: {S} ({PN})      DOB: {DOBl}
Signs as: {SHS}
NHS number: {NHS}                 NOMIS name: {SA}
Formulation by: Dr {HA}, HCPC-registered forensic psychologist
Consultation with: {DM} (POM), {RP} (COM)

A. BACKGROUND
A1. {SF} was born in Kisumu, Kenya, the second of four children. His
father ran a hardware business; the family came to England in 1984 and
first lived at {SAD0} ({SPC0}).
A2. He married {WF} in 1991. Their son {GF} was born in 1993 and
their daughter {DF} in 1995. His older brother, {K}, stayed
in Kenya and still writes to him from {KAD}.
A3. Staff know him as "{SJ}"; his family and the chaplain use
{SF}. His name in Gurmukhi, as he signs letters, is {SG}.''') + ft,
        rh('OPD PATHWAY CASE FORMULATION', 2, 4) + X('''B. PROBLEM DESCRIPTION
B1. Mr {Ss} has a long-standing pattern of concealing difficulties
until they become unmanageable, then acting suddenly to restore a sense
of control. Before the index offence his business debts to {VF}
({V}) had grown over two years and were hidden from {WF}.
B2. He described to me the humiliation of being "chased in front of
people at the gurdwara", a remark I have checked with {GV}, a
volunteer there, who recalled the argument but not its content.

C. PREDISPOSING FACTORS
C1. Harsh paternal discipline; early responsibility in the family
business; migration at 18; a culture of honour in which {SI} saw
himself as responsible for his brother's debts as well as his own.''') + ft,
        rh('OPD PATHWAY CASE FORMULATION', 3, 4) + X('''D. PRECIPITATING AND PERPETUATING FACTORS
D1. Drinking heavily in 2006-07 with {Bs}, whom {SF} describes as
"the one who always had a plan". Mr {Bs} was the one who suggested
taking a bar to the meeting with Mr {Vs}.
D2. In custody the same pattern appeared in 2015, when a debt on the
wing led to the fight with Mr {P1s}.

E. PROTECTIVE FACTORS
E1. Faith and structure: regular attendance at the gurdwara room with
Giani {CH}; teaching literacy.
E2. Relationships: {W} visits monthly. {G} telephones
weekly (PIN list, see OMU records).

F. FORMULATION SUMMARY
F1. Mr {Ss}'s violence is best understood as a shame-driven attempt to
regain control when hidden problems are about to be exposed.''') + ft,
        rh('OPD PATHWAY CASE FORMULATION', 4, 4) + X('''G. PATHWAY PLAN
G1. Continue keywork with Mr {DMs} using the formulation.
G2. Before any move to open conditions, {SF} should disclose his
current finances (including money sent by {GF}) to his POM.
G3. Consultation to be reviewed with {RPs} at the pre-release stage.

Signed: {HA}                      Date: 20 June 2023
Psychology Department, HMP Fenmarsh, {FMAD}, {FMPC}
Telephone via switchboard {FMPH}

Distribution: {DMN} (POM); {RP} (COM); prisoner's copy to
{SN}, cell F-2-017.''') + ft,
    ]

    d3 = [
        rh('STRUCTURED RISK AND NEED REPORT', 1, 3) + X('''STRUCTURED RISK AND NEED REPORT - NUMBERED SECTIONS
Surname: {SU}      Forenames: [[n.s|Harjinder Singh]]      Alias: {SA2}
DOB: {DOBi}   PNC: {PNCs}   CRO: {CRO}   NI: {NI}   Prison No: {PN}
Assessor: {DM} (POM)   Countersigned: {AO}

S1  OFFENCE ANALYSIS
1.1  Index offence: murder of {V} (see pre-tariff sift report).
1.2  Victim type: known adult male. The victim's family ({VWN})
     are registered for victim contact.
1.3  Co-defendant: {B}.
S2  ACCOMMODATION
2.1  Last settled address {SAD1}, {SPC1} (1998-2007).
2.2  Earlier address {SAD0}, {SPC0}.
2.3  Proposed address: son's home, {GAD}, {GPC} -
     not yet assessed.''') + ft,
        rh('STRUCTURED RISK AND NEED REPORT', 2, 3) + X('''S3  EDUCATION, TRAINING AND EMPLOYMENT
3.1  Self-employed (hardware wholesale) 1989-2007. Peer mentor since 2018.
S4  FINANCE
4.1  Debts at time of offence about 40,000 pounds. {SF} says nothing is
     now owed. His old contact details ({SPH}, {SEM}) were
     closed in 2008 according to {GF}.
S5  RELATIONSHIPS
5.1  Married to {W} ({WDOB}). Son {G} ({GDOB}).
     Daughter {D} ({DDOB}) - no contact at her request.
S6  LIFESTYLE AND ASSOCIATES
6.1  Former associate {Bs} ({Bk}); no contact since 2008.
S7  ALCOHOL
7.1  Heavy use before the offence; abstinent in custody.''') + ft,
        rh('STRUCTURED RISK AND NEED REPORT', 3, 3) + X('''S8  THINKING AND BEHAVIOUR
8.1  Problem solving under pressure remains the key need (see Dr
     {HAs}'s formulation, section F).
S9  ATTITUDES
9.1  Full acceptance of responsibility. Expresses remorse towards
     Mrs {Vs} and her children.
S10 RISK OF SERIOUS HARM SUMMARY
10.1 Who is at risk: the victim's family; future creditors; peers in
     custody in the context of debt.
10.2 Risk level: HIGH (community), MEDIUM (custody).
S11 SIGN-OFF
Assessor: {DMN} ({DMu})  09/10/2023
Countersigned: {AO}, Head of Offender Management  10/10/2023''') + ft,
    ]

    hdr4 = X('''NOMIS  -  PRISONER ADDRESSES (OCDADDRE)          Printed 10/10/2023 14:22  User: {LPu}
Prisoner: {SN}   No: {PN}   DOB: {DOBo}   Location: FNI-F-2-017
''')
    t4 = table([
        ['OWNER', 'TYPE', 'ADDRESS', 'POSTCODE', 'FROM', 'TO', 'PRIM', 'ENTERED BY'],
        ['PRISONER', 'HOME', '{SAD1}', '{SPC1}', '03/1998', '10/2007', 'N', '{LPu}'],
        ['PRISONER', 'PREVIOUS', '{SAD0}', '{SPC0}', '06/1984', '03/1998', 'N', '{LPu}'],
        ['PRISONER', 'RELEASE', '(none recorded)', '', '', '', '', ''],
        ['PRISONER', 'CURRENT', 'HMP Fenmarsh, {FMAD}', '{FMPC}', '03/2008', '', 'Y', 'SYSTEM'],
        ['CONTACT', 'HOME', '{WAD}', '{WPC}', '05/2009', '', 'Y', '{LPu}'],
        ['CONTACT', 'HOME', '{GAD}', '{GPC}', '08/2016', '', 'Y', '{KWu}'],
        ['CONTACT', 'HOME', '{DAD}', '{DPC}', '02/2018', '', 'Y', '{KWu}'],
        ['CONTACT', 'OVERSEAS', '{KAD}', '', '01/2012', '', 'Y', '{LPu}'],
        ['CONTACT', 'BUSINESS', 'Loxbridge PDU, {LXAD}', '{LXPC}', '', '', 'Y', 'SYSTEM'],
    ])
    t4b = table([
        ['CONTACT NAME', 'RELATIONSHIP', 'DOB', 'PHONE'],
        ['{WN}', 'WIFE', '{WDOB}', '{WPH}'],
        ['{GN}', 'SON', '{GDOB}', '{GPH}'],
        ['{DN}', 'DAUGHTER', '{DDOB}', '{DPH}'],
        ['{KN}', 'BROTHER', '', ''],
    ])
    d4 = [hdr4 + head_rule(100) + '\n' + t4 + '\n' + head_rule(100) + '\nLinked contacts for the addresses above:\n' + t4b + X('''
Note entered by {KWu} 14/02/2018: daughter asked that her address
is not given to the prisoner. Flag REQ-NDISC set.
Note entered by {LPu} 10/10/2023: previous address {SAD1}
confirmed sold (per son {GF}); prisoner's old mobile {SPH}
disconnected.
*** END OF REPORT - {LPN} ***''')]

    hdr5 = X('''NOMIS - OFFENDER CONTACTS AND RESTRICTIONS (OIDVIRES)  Printed 11/10/2023 09:03  by {DMu}
{SN} ({PN})  Alias {SA}  DOB {DOBo}  PNC {PNC}
''')
    rows5 = [
        ['#', 'NAME', 'REL', 'APPROVED', 'VISITS', 'PHONE(S) / EMAIL', 'RESTRICTION / COMMENT'],
        ['1', '{WN}', 'WIFE', 'Y 2009', 'Y', '{WPH} / {WEM}', 'None'],
        ['2', '{GN}', 'SON', 'Y 2011', 'Y', '{GPH} / {GEM}', 'Sends money; see finance note'],
        ['3', '{DN}', 'DAUGHTER', 'N', 'N', '{DPH}', 'Contact not wanted by her (2019)'],
        ['4', '{KN}', 'BROTHER', 'Y 2012', 'N', 'letters only', 'Overseas - {KAD}'],
        ['5', '{GVN}', 'FRIEND (GURDWARA)', 'Y 2017', 'Y', '{GVPH}', 'Faith volunteer'],
        ['6', '{SOLN}', 'SOLICITOR', 'Y', 'LEGAL', '{SOLPH} / {SOLEM}', 'Legal - do not monitor'],
        ['7', '{VWN}', 'VICTIM FAMILY', 'N', 'N', '-', 'NO CONTACT - victim scheme'],
        ['8', M('n', 't', 'BAXENDALE, Terence'), 'CO-DEFENDANT', 'N', 'N', '-', 'Non-association; PNC {BPNC}'],
    ]
    d5 = [hdr5 + head_rule(110) + '\n' + wrap(table(rows5, sep=' | '), 110) + X('''
''' + head_rule(110) + '''
Restrictions reviewed {DMu} 11/10/2023. Prisoner told that contact 3 ({DF}) has asked for no contact.
Page 1 of 1''')]

    cdr = [
        'call_id|prisoner_no|prisoner_name|dialled_number|contact_name|relationship|start_utc|secs|status|flag|reviewed_by',
        '7710342|{PN}|{SNU}|{WPHc}|{WNU}|WIFE|2023-08-01 18:02:11|598|COMPLETED||',
        '7710981|{PN}|{SNU}|{GPHc}|{GNU}|SON|2023-08-03 19:40:52|601|COMPLETED||',
        '7712266|{PN}|{SNU}|{DPHc}|{DNU}|DAUGHTER|2023-08-05 12:15:04|0|BLOCKED|NOT_ON_LIST|{MEu}',
        '7713004|{PN}|{SNU}|{LXPHc}|LOXBRIDGE PDU|OFFICIAL|2023-08-07 10:01:37|312|COMPLETED|OFFICIAL|',
        '7713872|{PN}|{SNU}|{WPHc}|{WNU}|WIFE|2023-08-08 18:05:46|600|COMPLETED||',
        '7714590|{PN}|{SNU}|' + M('ph', 't', '02079460188') + '|' + M('n', 't', 'NATHWANI PRIYA') + '|SOLICITOR|2023-08-09 11:30:00|1185|COMPLETED|LEGAL_PRIVILEGE|',
        '7715123|{PN}|{SNU}|{GPHc}|{GNU}|SON|2023-08-10 19:41:19|598|COMPLETED|KEYWORD|{MEu}',
        '7716408|{PN}|{SNU}|' + M('ph', 't', '07700900731') + '|' + M('n', 't', 'BAINS SUKHWINDER') + '|FRIEND|2023-08-12 17:00:12|421|COMPLETED||',
        '7717001|{PN}|{SNU}|{WPHc}|{WNU}|WIFE|2023-08-15 18:00:58|577|COMPLETED||',
    ]
    d6 = [X('''PIN PHONE SYSTEM - CALL DETAIL RECORDS EXPORT (CSV, pipe-delimited)
Establishment: FNI  Range: 2023-08-01 to 2023-08-15  Exported by: {MEu} ({ME}, Security)
''') + wrap('\n'.join(cdr), 96) + X('''
-- 9 rows --
Security note ({MEu}): call 7715123 flagged on keyword "money". Listened by {ME}: son {GF}
confirms he paid canteen money via the approved route. No further action.''')]

    aud = [
        ['TIMESTAMP', 'USER ID', 'USER NAME', 'CASELOAD', 'SCREEN', 'ACTION', 'DETAIL'],
        ['2023-09-12 08:14:55', '{DMu}', '{DMN}', 'FNI', 'OIDCNOTE', 'VIEW', 'case notes'],
        ['2023-09-12 08:16:02', '{DMu}', '{DMN}', 'FNI', 'OCDADDRE', 'VIEW', 'addresses'],
        ['2023-09-12 08:19:40', '{DMu}', '{DMN}', 'FNI', 'OIDVIRES', 'UPDATE', 'contact 3 {DN} restricted'],
        ['2023-09-14 13:02:18', '{HAu}', M('n', 'f', 'ARKWRIGHT, Helen'), 'FNI', 'OIDCNOTE', 'INSERT', 'psychology note'],
        ['2023-09-20 10:44:07', '{GTu}', M('n', 'f', 'TULLOCH, Gary'), 'FNI', 'OIDINCRS', 'VIEW', 'incident 2015 with {P1N}'],
        ['2023-09-21 16:31:55', '{JAu}', M('n', 'f', 'ADEBAYO-WILLIS, Joy'), 'FNI', 'OHCLINIC', 'VIEW', 'NHS {NHS}'],
        ['2023-10-02 09:12:33', '{KWu}', M('n', 'f', 'WHITLOCK, Karen'), 'FNI', 'OIDVIRES', 'VIEW', 'contacts list'],
        ['2023-10-10 14:20:01', '{LPu}', '{LPN}', 'FNI', 'OCDADDRE', 'PRINT', 'addresses'],
        ['2023-10-11 09:03:15', '{DMu}', '{DMN}', 'FNI', 'OIDVIRES', 'PRINT', 'contacts and restrictions'],
        ['2023-10-11 09:07:52', '{MEu}', M('n', 'f', 'ELLERBY, Mark'), 'FNI', 'OIDSIREP', 'VIEW', 'IR linked to {GNU}'],
    ]
    d7 = [X('''NOMIS AUDIT TRAIL - RECORD ACCESS FOR {PN} {SN}
Requested for SAR. NI {NIc}. Report run by {LPu} on 12/10/2023.
''') + head_rule(118) + '\n' + table(aud) + '\n' + head_rule(118) + X('''
11 events. Users outside FNI caseload: none.
Prepared by {LP}, OMU administrator, for the Disclosure Team ({FMEM}).''')]

    subject = {
        'name': 'Harjinder Singh SANDHU',
        'aliases': ['Harjinder SINGH', 'SINGH, Harjinder', 'Jinder', 'H.S. Sandhu', 'ਹਰਜਿੰਦਰ ਸਿੰਘ ਸੰਧੂ'],
        'date_of_birth': '1966-03-14',
        'prison_number': 'A7391DK',
        'identifiers': {'ni_number': 'JT 48 21 93 B', 'nhs_number': '999 412 3300',
                        'pnc': '1987/0031862F', 'cro': '14729/87B'},
        'contact': {'addresses': ['27 Kitchener Avenue, Loxbridge', 'Flat 9, Ruskin Court, Abbey Lane, Wenbury'],
                    'phones': ['07700 900417'], 'emails': ['jinder.sandhu66@example.com']},
    }
    return {'bundle_id': 'eval19-01', 'subject': subject, 'docs': [
        ('pre-tariff-sift-report', d1),
        ('opd-pathway-case-formulation', d2),
        ('structured-risk-and-need-report-numbered-sections', d3),
        ('nomis-address-history-export', d4),
        ('nomis-contacts-and-restrictions-export', d5),
        ('pin-phone-call-detail-records-csv', d6),
        ('nomis-record-access-audit-trail', d7),
    ]}


# ======================================================================= bundle 02
# Irish naming (Gaelic forms alongside anglicised ones, Ní/Ó/Uí); community order
# supervised by probation, with parallel care proceedings in the family court.
def bundle_02():
    CUR.update({
        'S': M('n', 's', 'Sorcha Máire NÍ BHRAONÁIN'),
        'Sm': M('n', 's', 'Sorcha Ní Bhraonáin'),
        'SN': M('n', 's', 'NÍ BHRAONÁIN, Sorcha Máire'),
        'SNa': M('n', 's', 'NI BHRAONAIN, Sorcha Maire'),
        'SNa2': M('n', 's', 'NI BHRAONAIN SORCHA'),
        'SU': M('n', 's', 'NÍ BHRAONÁIN'),
        'Ss': M('n', 's', 'Ní Bhraonáin'),
        'SF': M('n', 's', 'Sorcha'),
        'SA': M('n', 's', 'Sarah BRENNAN'),
        'SAs': M('n', 's', 'Brennan'),
        'SA2': M('n', 's', 'Sorcha Brennan'),
        'SK': M('n', 's', 'Sorch'),
        'SI': M('n', 's', 'SNB'),
        'CRN': M('crn', 's', 'N472915'),
        'PNC': M('pnc', 's', '2009/0411873Z'),
        'PNCs': M('pnc', 's', '09/411873Z'),
        'NI': M('ni', 's', 'PW 73 15 08 D'),
        'NIc': M('ni', 's', 'PW731508D'),
        'NHS': M('nhs', 's', '999 730 1501'),
        'DOB': M('dob', 's', '22/07/1986'),
        'DOBi': M('dob', 's', '1986-07-22'),
        'DOBl': M('dob', 's', '22nd July 1986'),
        'DOBd': M('dob', 's', '22.07.86'),
        'SAD': M('ad', 's', 'Flat 2, 7 Quarry Hill Terrace, Brackenfold'),
        'SPC': M('pc', 's', 'YB3 6EU'),
        'SADo': M('ad', 's', '22 Slievemore Gardens, Brackenfold'),
        'SPCo': M('pc', 's', 'YB2 4NA'),
        'SPH': M('ph', 's', '07700 900254'),
        'SPHc': M('ph', 's', '07700900254'),
        'SPHo': M('ph', 's', '07700 900118'),
        'SEM': M('em', 's', 'sorcha.nibhraonain@example.ie'),
        'SSC': M('sc', 's', '20-45-77'),
        'SAC': M('ac', 's', '41068235'),
        'SIP': M('ip', 's', '198.51.100.23'),
        # child
        'C': M('n', 't', 'Aoife KEYES'),
        'CF': M('n', 't', 'Aoife'),
        'CI': M('n', 't', 'AK'),
        'CDOB': M('dob', 't', '09/03/2014'),
        # ex-partner, child's father
        'P': M('n', 't', 'Darren KEYES'),
        'PN': M('n', 't', 'KEYES, Darren'),
        'Ps': M('n', 't', 'Keyes'),
        'PF': M('n', 't', 'Darren'),
        'PDOB': M('dob', 't', '17/01/1983'),
        'PAD': M('ad', 't', '14 Tannery Row, Brackenfold'),
        'PPC': M('pc', 't', 'YB3 2PL'),
        'PPH': M('ph', 't', '07700 900676'),
        # family
        'FA': M('n', 't', 'Pádraig Ó BRAONÁIN'),
        'FAa': M('n', 't', 'Patrick BRENNAN'),
        'FAF': M('n', 't', 'Pádraig'),
        'MO': M('n', 't', 'Bríd Uí BHRAONÁIN'),
        'MOF': M('n', 't', 'Bríd'),
        'BR': M('n', 't', 'Cathal Ó BRAONÁIN'),
        'BRF': M('n', 't', 'Cathal'),
        'BRAD': M('ad', 't', 'Flat 11, Dunmore House, Kilburn Lane, London'),
        'BRPC': M('pc', 't', 'ZN6 4QT'),
        'BRPH': M('ph', 't', '020 7946 0452'),
        'AU': M('n', 't', 'Róisín GILDEA'),
        'AUF': M('n', 't', 'Róisín'),
        'AUs': M('n', 't', 'Gildea'),
        'AUAD': M('ad', 't', "3 Weaver's Walk, Holmcastle"),
        'AUPC': M('pc', 't', 'YD5 8JB'),
        'AUPH': M('ph', 't', '07700 900843'),
        # victim (neighbour)
        'V': M('n', 't', 'Kelly FARRINGTON'),
        'VF': M('n', 't', 'Kelly'),
        # private firms
        'SOL': M('n', 't', 'Owen LLEWELLYN'),
        'SOLs': M('n', 't', 'Llewellyn'),
        'SOLEM': M('em', 't', 'o.llewellyn@taskerrees.example.co.uk'),
        'SOLIP': M('ip', 't', '203.0.113.77'),
        'LL': M('n', 't', 'Harun CELIK'),
        'LLs': M('n', 't', 'Celik'),
        'LLPH': M('ph', 't', '07700 900905'),
        # staff
        'TW': M('n', 'f', 'Tomasz WIŚNIEWSKI'),
        'TWa': M('n', 'f', 'WISNIEWSKI, Tomasz'),
        'TWs': M('n', 'f', 'Wiśniewski'),
        'TWu': M('n', 'f', 'twisniewski'),
        'TWi': M('n', 'f', 'TWI'),
        'TWEM': M('em', 'f', 'tomasz.wisniewski@justice.example.gov.uk'),
        'TWPH': M('ph', 'f', '0161 496 0417'),
        'GR': M('n', 'f', 'Gwen ROBERTS-HALE'),
        'GRu': M('n', 'f', 'groberts-hale'),
        'GRi': M('n', 'f', 'GRH'),
        'FM': M('n', 'f', 'Fiona McALLISTER'),
        'FMs': M('n', 'f', 'McAllister'),
        'FMEM': M('em', 'f', 'fiona.mcallister@brackenfold.example.gov.uk'),
        'FMu': M('n', 'f', 'fmcallister'),
        'JD': M('n', 'f', 'Jide ADEYEMI'),
        'MK': M('n', 'f', 'Martin KELLEHER'),
        'MKs': M('n', 'f', 'Kelleher'),
        'SF2': M('n', 'f', 'Sinéad FAHY'),
        'SF2s': M('n', 'f', 'Fahy'),
        'SF2i': M('n', 'f', 'SFa'),
        'BA': M('n', 'f', 'Ben ASHWORTH'),
        'BAs': M('n', 'f', 'Ashworth'),
        'KR': M('n', 'f', 'Kerry ROWNTREE'),
        'KRu': M('n', 'f', 'krowntree'),
        'KRi': M('n', 'f', 'KRO'),
        # public bodies
        'POAD': M('ad', 'b', 'Mill House, 4 Canal Street, Brackenfold'),
        'POPC': M('pc', 'b', 'YB1 1QA'),
        'POPH': M('ph', 'b', '0161 496 0400'),
        'POEM': M('em', 'b', 'brackenfold.probation@justice.example.gov.uk'),
        'CSAD': M('ad', 'b', 'Civic Offices, Market Place, Brackenfold'),
        'CSPC': M('pc', 'b', 'YB1 2AX'),
        'CSPH': M('ph', 'b', '0161 496 0220'),
        'CSEM': M('em', 'b', 'childrens.services@brackenfold.example.gov.uk'),
        'FCAD': M('ad', 'b', 'The Law Courts, Castle Street, Holmcastle'),
        'FCPC': M('pc', 'b', 'YD5 1AB'),
        'FCEM': M('em', 'b', 'holmcastle.family@justice.example.gov.uk'),
    })
    PUBLIC.append({'name': 'Brackenfold Probation Office', 'phones': ['0161 496 0400'], 'postcodes': ['YB1 1QA'],
                   'addresses': ['Mill House, 4 Canal Street, Brackenfold'],
                   'emails': ['brackenfold.probation@justice.example.gov.uk']})
    PUBLIC.append({'name': "Brackenfold Council Children's Services", 'phones': ['0161 496 0220'],
                   'postcodes': ['YB1 2AX'], 'addresses': ['Civic Offices, Market Place, Brackenfold'],
                   'emails': ['childrens.services@brackenfold.example.gov.uk']})
    PUBLIC.append({'name': 'Family Court at Holmcastle', 'phones': [], 'postcodes': ['YD5 1AB'],
                   'addresses': ['The Law Courts, Castle Street, Holmcastle'],
                   'emails': ['holmcastle.family@justice.example.gov.uk']})

    def rh(i, n):
        return X('Re {CI} (a child) - YB23C00417 - Local authority SWET statement of {FM}\n'
                 'Mother: {SN}   Page %d of %d\n' % (i, n)) + head_rule() + '\n'

    d1 = [
        rh(1, 5) + X('''IN THE FAMILY COURT AT HOLMCASTLE                      Case No: YB23C00417
IN THE MATTER OF THE CHILDREN ACT 1989 AND {CI} (A GIRL)

SOCIAL WORK EVIDENCE TEMPLATE (SWET) - FINAL STATEMENT
Applicant: Brackenfold Metropolitan Borough Council
1st Respondent (mother): {S} (also known as {SA})
2nd Respondent (father): {P}
Child: {C}, born {CDOB}
Children's guardian: {MK}

Statement of {FM}, social worker, Children's Services,
{CSAD}, {CSPC}. Email {FMEM}; switchboard {CSPH};
team mailbox {CSEM}.

1. INTRODUCTION
1.1 I am the allocated social worker for {CF} and have been since
January 2023. I make this statement in support of the local authority's
application for a child arrangements order placing {CF} with her
maternal aunt, {AU} (the mother's sister), under a supervision order.''') + '\n',
        rh(2, 5) + X('''2. THE FAMILY
2.1 The mother, Ms {Ss}, was born on {DOBl} in An
Cheathrú Rua, County Galway, and grew up speaking Irish. Her name is
recorded in some agency systems in its English form, {SA}, and
in others without the accents ({SNa}). She asks to be called
{SF}; her family call her "{SK}".
2.2 Ms {Ss}'s parents are {FA} (known in England as
{FAa}) and {MO}, who live in Galway. {MOF}
has visited twice this year. The mother's brother, {BR},
lives at {BRAD}, {BRPC}, and has offered telephone support
({BRPH}).
2.3 The father, Mr {Ps}, lives at {PAD}, {PPC}. He and
the mother separated in 2020 and their contact is limited to
arrangements for {CF}. Mr {PF} has a non-molestation order against
him in the mother's favour (2021).''') + '\n',
        rh(3, 5) + X('''3. CHRONOLOGY OF KEY EVENTS
3.1 In June 2022 the mother assaulted her neighbour, {VF}, at the
flats where she then lived, {SADo} ({SPCo}). {CF} was
present. The mother was sentenced on 3 November 2022 to an 18-month
community order with rehabilitation activity and an alcohol treatment
requirement. Her probation practitioner is {TW}.
3.2 The victim, {V}, still lives nearby. The mother moved in
January 2023 to {SAD}, {SPC}.
3.3 {CF} has lived with her aunt {AUF} since 14 February 2023 at
{AUAD}, {AUPC}. Ms {AUs} is a teaching assistant; her
mobile is {AUPH}.

4. THE MOTHER'S PROGRESS
4.1 Mr {TWs} tells me that {SF} has attended all but one probation
appointment and all twelve sessions with {SF2}, the alcohol
treatment nurse from the NHS drug and alcohol service.''') + '\n',
        rh(4, 5) + X('''4.2 Ms {SF2s} reports negative breath tests since April 2023. The
mother's GP confirms she is on no medication of concern (NHS {NHS}).
4.3 When I visited on 6 September 2023 the flat was clean and had a
bedroom ready for {CF}. The landlord, Mr {LL}, confirmed the rent
was up to date.

5. THE FATHER
5.1 Mr {Ps} ({PDOB}) has not attended the last three contact
sessions. He told me by telephone ({PPH}) that he supports {CF}
staying with {AUF} but will not agree to her returning to {SF}.
5.2 PC {BA} confirmed that police attended the father's address
twice in 2023 after reports from neighbours. Mr {PF} was not arrested.

6. WISHES AND FEELINGS
6.1 {CF} told me she misses "Mam" and wants to see {SK} every week.
She likes living with Auntie {AUF} and does not want to move school.''') + '\n',
        rh(5, 5) + X('''7. ANALYSIS AND PLAN
7.1 The mother has made real progress. The risk that led to
proceedings (alcohol-related aggression) has reduced but the period of
sobriety is short. A supervision order with {CF} living with Ms {AUs}
and staying contact with the mother every weekend is proposed.
7.2 The plan has been discussed with my manager, {JD}, with the
children's guardian Mr {MKs}, and with the mother's solicitor,
Mr {SOL} ({SOLEM}).

Statement of truth: I believe that the facts stated in this statement
are true.

Signed: {FM}                         Dated: 2 October 2023
Filed with the court by email: {FCEM}
The Law Courts: {FCAD}, {FCPC}''') + '\n',
    ]

    def rh2(i, n):
        return X('PROGRESS REVIEW REPORT | {SNa} | CRN {CRN} | page %d/%d\n' % (i, n)) + head_rule() + '\n'

    d2 = [
        rh2(1, 3) + X('''THE PROBATION SERVICE - COMMUNITY ORDER PROGRESS REVIEW REPORT
To: Brackenfold Magistrates' Court (review of community order)
Name: {S}             Known as: {SA}
DOB: {DOBd}   CRN: {CRN}   PNC: {PNCs}   NI: {NI}
Address: {SAD}, {SPC}   Tel: {SPH}
Order: 18-month community order, 3 November 2022 - RAR 20 days; ATR 9 months
Author: {TW}, Probation Practitioner, {POAD}, {POPC}
        {TWPH} / {TWEM}

1. PURPOSE
1.1 The court asked for a written review because of the parallel care
proceedings concerning Ms {Ss}'s daughter {CF}.
2. COMPLIANCE
2.1 {SF} has attended 31 of 32 appointments. The missed appointment
(16 March 2023) was for the child's hearing and was later
accepted as acceptable absence by my manager, {GR}.''') + '\n',
        rh2(2, 3) + X('''2.2 ATR: twelve sessions with Ms {SF2s}; all breath tests negative
since April. RAR: 17 of 20 days completed (Women's Choices, thinking
skills, finance module).
3. RISK
3.1 Risk of serious harm: medium, to the victim ({VF}) and to known
adults when the mother is drinking. There has been no contact with
Ms {V} since sentence; the mother changed her number from
{SPHo} to {SPH} and moved to [[ad.s|Quarry Hill Terrace]].
3.2 Domestic abuse: the mother is a victim of abuse from her former
partner, {P}. A MARAC was held in 2021.
4. CIRCUMSTANCES
4.1 Ms {Ss} has been in part-time work since June. She reported a
new bank account for her wages (see change of circumstances form).
4.2 Her brother {BRF} and aunt-carer {AUF} are her main supports.''') + '\n',
        rh2(3, 3) + X('''5. PROPOSAL
5.1 I propose the order continues unamended. I do not propose early
revocation until the family court has made final orders.

{TW}
Probation Practitioner, Brackenfold Probation Office
Switchboard {POPH} | {POEM}
Countersigned: {GR}, Senior Probation Officer

Copies: {SN} (by hand); {SOL}, solicitor ({SOLEM});
{FM}, social worker ({FMEM}).''') + '\n',
    ]

    aud = [
        ['EVENT_TIME', 'USER', 'TEAM', 'ENTITY', 'ACTION', 'FIELD', 'OLD VALUE', 'NEW VALUE'],
        ['2023-01-09 10:02:44', '{TWu}', 'BRK-W1', 'OFFENDER', 'UPDATE', 'Address', '{SADo}', '{SAD}'],
        ['2023-01-09 10:03:10', '{TWu}', 'BRK-W1', 'OFFENDER', 'UPDATE', 'Postcode', '{SPCo}', '{SPC}'],
        ['2023-01-09 10:04:57', '{TWu}', 'BRK-W1', 'OFFENDER', 'UPDATE', 'Mobile', '{SPHo}', '{SPH}'],
        ['2023-01-12 15:40:21', '{KRu}', 'BRK-ADM', 'OFFENDER', 'UPDATE', 'Alias', '', '{SA}'],
        ['2023-01-12 15:41:02', '{KRu}', 'BRK-ADM', 'OFFENDER', 'UPDATE', 'NI Number', '', '{NIc}'],
        ['2023-02-14 09:30:16', '{TWu}', 'BRK-W1', 'PERSONAL CONTACT', 'INSERT', 'Name', '', '{AU}'],
        ['2023-02-14 09:31:45', '{TWu}', 'BRK-W1', 'PERSONAL CONTACT', 'INSERT', 'Mobile', '', '{AUPH}'],
        ['2023-02-14 09:33:12', '{TWu}', 'BRK-W1', 'PERSONAL CONTACT', 'INSERT', 'Address', '', '{AUAD}'],
        ['2023-03-20 11:05:09', '{GRu}', 'BRK-SPO', 'CONTACT', 'UPDATE', 'Outcome', 'FTA', 'AA (hearing re {CF})'],
        ['2023-06-02 16:22:37', '{TWu}', 'BRK-W1', 'PERSONAL CIRC', 'INSERT', 'Employment', '', 'Part time'],
        ['2023-09-29 14:11:50', '{TWu}', 'BRK-W1', 'DOCUMENT', 'UPLOAD', 'File', '', 'progress review'],
        ['2023-10-04 08:55:03', '{KRu}', 'BRK-ADM', 'SAR', 'EXPORT', 'Audit', '', 'this report'],
    ]
    d3 = [X('''nDELIUS - ENTITY AUDIT TRAIL          CRN {CRN}   PNC {PNC}   {SNa}
Run by: {KRu} ({KR}, case administrator)   Run date: 04/10/2023 08:55
Scope: all user changes 01/01/2023 - 04/10/2023
''') + head_rule(120) + '\n' + wrap(table(aud), 120) + '\n' + head_rule(120) + X('''
12 rows. Users: {TWu} = {TWa}; {GRu} = {GR}; {KRu} = {KR}.''')]

    csv = [
        'appt_id,crn,pop_name,date,time,type,location,officer,outcome,notes',
        '5501,{CRN},"{SNa}",2023-07-04,10:00,Supervision,Brackenfold PO,{TWi},ATTENDED,"Discussed {CF} contact; {AUF} to bring her"',
        '5502,{CRN},"{SNa}",2023-07-06,13:30,ATR,Drug and Alcohol Service,{SF2i},ATTENDED,"BrAC 0; next session 13/07"',
        '5503,{CRN},"{SNa}",2023-07-11,10:00,RAR,Brackenfold PO,{TWi},ATTENDED,"Finance module; new bank a/c sort code {SSC}"',
        '5504,{CRN},"{SNa}",2023-07-13,13:30,ATR,Drug and Alcohol Service,{SF2i},ATTENDED,""',
        '5505,{CRN},"{SNa}",2023-07-18,10:00,Supervision,Home visit,{TWi},ATTENDED,"At {SAD}; flat tidy; landlord {LLs} present briefly"',
        '5506,{CRN},"{SNa}",2023-07-25,10:00,RAR,Brackenfold PO,{GRi},ATTENDED,"Covered for {TWi}"',
        '5507,{CRN},"{SNa}",2023-08-01,10:00,Supervision,Phone - {SPHc},{TWi},ATTENDED,"Reports text from {PF}; advised to keep"',
        '5508,{CRN},"{SNa}",2023-08-08,10:00,Supervision,Brackenfold PO,{TWi},RESCHEDULED,"Clash with court - {FMs} informed"',
        '5509,{CRN},"{SNa}",2023-08-15,10:00,Supervision,Brackenfold PO,{TWi},ATTENDED,"Brother {BRF} on speaker"',
    ]
    d4 = [X('''PROBATION APPOINTMENTS - CSV EXPORT (scheduler)   exported by {KRu} 04/10/2023
officer codes: {TWi}={TW}; {GRi}={GR}; {SF2i}={SF2} (NHS partner)
''') + wrap('\n'.join(csv), 100) + '\n-- end of file --']

    d5 = [X('''CHANGE OF CIRCUMSTANCES - PERSON ON PROBATION
[handwritten form, transcribed by {KR}; illegible parts marked (?)]

Full name (BLOCK CAPITALS): [[n.s|NÍ BHRAONÁIN SORCHA MAIRE]]
Other names used: {SA2} / {SA}
Date of birth: {DOB}        CRN (office use): {CRN}
What has changed? (tick)  [x] address  [ ] phone  [x] work  [x] bank

New address: {SAD}
Postcode: {SPC}     Since: 9 / 1 / 23
Old address: {SADo}  {SPCo}

Employer: Fernside Laundry Ltd (part time, Tues-Thurs)
Bank: Northway Bank   Sort code: {SSC}   Account no: {SAC}
(for wages - I do not want {PF} to know about this account)

Emergency contact: my sister (?) {AU}
Phone: {AUPH}
Signed: [[n.s|Sorch Brennan]] ({SF})        Date: 2/6/23
Checked by PP: {TWi}  {TWs}''')]

    d6 = [X('''[OCR text layer - scanned tenancy agreement, 3 pages, quality LOW]

ASSURED SHORTHOLD TENANCY AGREEMENT
Landlord: [[n.t|Ce1ik]] Lettings (agent for Mr {LL})
Landlord contact: {LLPH}
Tenant: Ms {SA2}      DOB {DOB}
Property: {SAD}, {SPC}
Term: 12 months from 09/01/2023    Rent: 575.00 pcm
Previous address of tenant: {SADo},
{SPCo}    Tel {SPHo}
Guarantor: N/A      Housing benefit: no

5. The Tenant sha11 not keep pets ... sub-1et ... nuisance to
neighbours ...

Signed (tenant) .... [[n.s|Sorch B]] ...   Signed (landlord) .... [[n.t|H. Celik]]
----- page break -----
Schedu1e of condition: kitchen good; bedroom 2 (chi1d) fresh paint.
Emergency contacts: tenant mobile {SPH}; email {SEM}
Inventory agreed by Ms {SA2} and {LL}.''')]

    sub = [
        ['SUBMITTED (UTC)', 'CASE', 'SUBMITTER', 'ROLE', 'SOURCE IP', 'DOCUMENT'],
        ['2023-09-18 21:14:07', 'YB23C00417', '{SA2}', 'Party (mother)', '{SIP}', 'Mother response statement'],
        ['2023-09-19 09:02:55', 'YB23C00417', '{SOL}', 'Solicitor (mother)', '{SOLIP}', 'Position statement - mother'],
        ['2023-09-19 09:05:40', 'YB23C00417', '{SOL}', 'Solicitor (mother)', '{SOLIP}', 'Exhibit: tenancy agreement'],
        ['2023-10-02 16:47:21', 'YB23C00417', '{FM}', 'Local authority', 'LA-GATEWAY', 'Final SWET statement'],
        ['2023-10-03 10:12:00', 'YB23C00417', '{MK}', 'Guardian', 'CAFCASS-GW', 'Guardian final analysis'],
    ]
    d7 = [X('''FAMILY COURT E-FILING PORTAL - SUBMISSION LOG (extract for SAR)
Case YB23C00417  Re {CI}   Court: Holmcastle   Printed for: {SNa2} (DOB {DOBi})
''') + head_rule(110) + '\n' + table(sub) + '\n' + head_rule(110) + X('''
Account holders on case:
  {SA2}      login {SEM}   (litigant account created 18/09/2023)
  {SOL}     login {SOLEM}
  {FM}   login {FMEM}
Court mailbox for queries: {FCEM}''')]

    subject = {
        'name': 'Sorcha Máire NÍ BHRAONÁIN',
        'aliases': ['Sarah BRENNAN', 'Sorcha Brennan', 'NI BHRAONAIN, Sorcha Maire', 'Sorch'],
        'date_of_birth': '1986-07-22',
        'identifiers': {'ni_number': 'PW 73 15 08 D', 'nhs_number': '999 730 1501',
                        'pnc': '2009/0411873Z', 'crn': 'N472915'},
        'contact': {'addresses': ['Flat 2, 7 Quarry Hill Terrace, Brackenfold', '22 Slievemore Gardens, Brackenfold'],
                    'phones': ['07700 900254', '07700 900118'], 'emails': ['sorcha.nibhraonain@example.ie']},
    }
    return {'bundle_id': 'eval19-02', 'subject': subject, 'docs': [
        ('social-work-evidence-template-final-statement', d1),
        ('community-order-progress-review-report', d2),
        ('ndelius-entity-audit-trail-export', d3),
        ('probation-appointments-csv-export', d4),
        ('change-of-circumstances-form-transcription', d5),
        ('tenancy-agreement-ocr-scan', d6),
        ('family-court-e-filing-submission-log', d7),
    ]}


# ======================================================================= bundle 03
# Zimbabwean Shona naming (meaningful given names, totem praise-name "Shumba");
# police major investigation in which the subject was arrested and later eliminated.
def bundle_03():
    CUR.update({
        'S': M('n', 's', 'Tatenda Tinashe MUZONDO'),
        'SN': M('n', 's', 'MUZONDO, Tatenda Tinashe'),
        'SNs': M('n', 's', 'MUZONDO, Tatenda'),
        'SU': M('n', 's', 'MUZONDO'),
        'Ss': M('n', 's', 'Muzondo'),
        'SF': M('n', 's', 'Tatenda'),
        'SM': M('n', 's', 'Tinashe'),
        'SA': M('n', 's', 'Tinashe MUZONDO'),
        'SK': M('n', 's', 'Shumba'),
        'SK2': M('n', 's', 'Tats'),
        'SI': M('n', 's', 'TM'),
        'DOB': M('dob', 's', '08/11/1997'),
        'DOBi': M('dob', 's', '1997-11-08'),
        'DOBo': M('dob', 's', '08-NOV-97'),
        'PNC': M('pnc', 's', '2016/0283714C'),
        'PNCs': M('pnc', 's', '16/283714C'),
        'CRO': M('cro', 's', '283714/16N'),
        'NI': M('ni', 's', 'SH 29 64 71 C'),
        'DL': M('dl', 's', 'MUZON911087TT9KP'),
        'VRM': M('vr', 's', 'KX19 RWN'),
        'VRMc': M('vr', 's', 'KX19RWN'),
        'SAD': M('ad', 's', 'Flat 6, Harrow Court, Ormond Road, Castlemere'),
        'SPC': M('pc', 's', 'ZS4 1GH'),
        'SADo': M('ad', 's', '9 Lytton Street, Castlemere'),
        'SPCo': M('pc', 's', 'ZS6 9PL'),
        'SPH': M('ph', 's', '07700 900823'),
        'SPHc': M('ph', 's', '07700900823'),
        'SPHo': M('ph', 's', '07700 900146'),
        'SEM': M('em', 's', 'tatenda.muzondo@example.co.uk'),
        'SIP': M('ip', 's', '203.0.113.41'),
        # family
        'MO': M('n', 't', 'Rufaro MUZONDO'),
        'MON': M('n', 't', 'MUZONDO, Rufaro'),
        'MOF': M('n', 't', 'Rufaro'),
        'MODOB': M('dob', 't', '03/04/1972'),
        'MOAD': M('ad', 't', '12 Acacia Walk, Castlemere'),
        'MOPC': M('pc', 't', 'ZS3 5NB'),
        'MOPH': M('ph', 't', '07700 900298'),
        'SIS': M('n', 't', 'Nyasha MUZONDO'),
        'SISF': M('n', 't', 'Nyasha'),
        # girlfriend / alibi witness
        'GF': M('n', 't', 'Precious NDLOVU'),
        'GFN': M('n', 't', 'NDLOVU, Precious'),
        'GFs': M('n', 't', 'Ndlovu'),
        'GFF': M('n', 't', 'Precious'),
        'GFDOB': M('dob', 't', '27/05/1998'),
        'GFPH': M('ph', 't', '07700 900511'),
        'GFPHc': M('ph', 't', '07700900511'),
        # victim
        'V': M('n', 't', 'Jordan ASPINALL'),
        'VN': M('n', 't', 'ASPINALL, Jordan'),
        'VF': M('n', 't', 'Jordan'),
        'VDOB': M('dob', 't', '19/02/2004'),
        # suspect charged
        'R': M('n', 't', 'Ryan CALLOW'),
        'RN': M('n', 't', 'CALLOW, Ryan'),
        'Rs': M('n', 't', 'Callow'),
        'RU': M('n', 't', 'CALLOW'),
        'RK': M('n', 't', 'Cally'),
        'RDOB': M('dob', 't', '11/02/2000'),
        'RPNC': M('pnc', 't', '2014/0190446U'),
        'RAD': M('ad', 't', '58 Foundry Lane, Castlemere'),
        'RPC': M('pc', 't', 'ZT7 2WD'),
        'RVRM': M('vr', 't', 'LM68 TVK'),
        'RIP': M('ip', 't', '198.51.100.62'),
        # witnesses
        'W1': M('n', 't', 'Graham TILLEY'),
        'W1N': M('n', 't', 'TILLEY, Graham'),
        'W1s': M('n', 't', 'Tilley'),
        'W1PH': M('ph', 't', '0161 496 0947'),
        'W2': M('n', 't', 'Farai CHIKWANHA'),
        'W2N': M('n', 't', 'CHIKWANHA, Farai'),
        'W2s': M('n', 't', 'Chikwanha'),
        'W2PH': M('ph', 't', '07700 900664'),
        # staff
        'LB': M('n', 'f', 'Lorna BRAITHWAITE'),
        'LBs': M('n', 'f', 'Braithwaite'),
        'LBi': M('n', 'f', 'LB'),
        'KO': M('n', 'f', "Kevin O'SHEA"),
        'KOs': M('n', 'f', "O'Shea"),
        'KOi': M('n', 'f', 'KOS'),
        'AK': M('n', 'f', 'Amrit KALSI'),
        'AKs': M('n', 'f', 'Kalsi'),
        'AKu': M('n', 'f', 'akalsi7702'),
        'HF': M('n', 'f', 'Hollie FENWICK'),
        'HFs': M('n', 'f', 'Fenwick'),
        'HFu': M('n', 'f', 'hfenwick4417'),
        'HFEM': M('em', 'f', 'hollie.fenwick@northshire.police.example.uk'),
        'MB': M('n', 'f', 'Marcus OBI'),
        'MBs': M('n', 'f', 'Obi'),
        'SV': M('n', 'f', 'Sandra VICKERS'),
        'SVu': M('n', 'f', 'svickers'),
        'JT': M('n', 'f', 'Jo TRENCH'),
        'JTu': M('n', 'f', 'JTRENCH'),
        'PD': M('n', 'f', 'Paul DUNSTAN'),
        'PDu': M('n', 'f', 'PDUNSTAN'),
        # public bodies
        'PSAD': M('ad', 'b', 'Castlemere Police Station, Bridge Street, Castlemere'),
        'PSPC': M('pc', 'b', 'ZS1 4AA'),
        'PSPH': M('ph', 'b', '0161 496 0101'),
        'PSEM': M('em', 'b', 'mit.kestrel@northshire.police.example.uk'),
    })
    PUBLIC.append({'name': 'Northshire Police - Castlemere Police Station', 'phones': ['0161 496 0101'],
                   'postcodes': ['ZS1 4AA'],
                   'addresses': ['Castlemere Police Station, Bridge Street, Castlemere'],
                   'emails': ['mit.kestrel@northshire.police.example.uk']})

    def rh(i, n):
        return X('OP KESTREL - SIO POLICY FILE - RESTRICTED        Page %d of %d\n' % (i, n)) + head_rule() + '\n'

    def ft(i):
        return X('\n' + head_rule() + '\nPolicy file entries %s. Nominal N14 = {SU}.' % i)

    d1 = [
        rh(1, 5) + X('''NORTHSHIRE POLICE - MAJOR INVESTIGATION TEAM
SENIOR INVESTIGATING OFFICER'S POLICY FILE
Operation KESTREL - murder of {V} (date of birth {VDOB})
SIO: DCI {LB}        Deputy SIO: DI {KO}
Incident room: {PSAD}, {PSPC}

POLICY 1   12/03/2023 02:40
Decision: Declare a major incident and open a HOLMES account.
Rationale: {VF} was found with stab wounds on the towpath behind Ormond
Road at 23:52 on 11/03/2023 and was pronounced dead at 00:31.
Recorded by: {LBi}

POLICY 2   12/03/2023 03:15
Decision: Parameters for TIE (trace/interview/eliminate) subjects: males
aged 16-30 seen on the towpath or known to the victim.
Rationale: early accounts from {W1} (dog walker) describe two young men
running towards the Harrow Court flats.''') + ft('1-2'),
        rh(2, 5) + X('''POLICY 3   12/03/2023 09:20
Decision: Arrest [[n.s|Tatenda Tinashe
MUZONDO]] (N14), DOB {DOB}, on
suspicion of murder.
Rationale: {SU} lives at {SAD}
({SPC}), overlooking the scene; he and the victim had argued online in
February; his car {VRM} was recorded by ANPR on Ormond Road at 23:41.
Arrest authorised by DI {KOs}. Arresting officers DC {HF} and
DC {MB}.
Recorded by: {KOi}

POLICY 4   12/03/2023 14:05
Decision: Seize and download {SI}'s phone ({SPH}) and request IP
resolution for the account that messaged {VF}.
Rationale: establish the February dispute and any contact on 11/03.
Recorded by: {LBi}''') + ft('3-4'),
        rh(3, 5) + X('''POLICY 5   13/03/2023 10:30
Decision: Do not disclose to {Ss}'s family the detail of the ANPR
evidence during the first interview.
Rationale: his mother, {MO}, attended the station asking for
information; his girlfriend {GF} has offered an alibi and has not
yet been interviewed.
Recorded by: {KOi}

POLICY 6   13/03/2023 18:45
Decision: Release {SF} on bail pending enquiries.
Rationale: alibi from Ms {GFs} supported by door-entry records at her
address; ANPR sighting consistent with him returning home at 23:41 and
not leaving again (Harrow Court CCTV). Phone cell site does not place
him on the towpath.
Recorded by: {LBi}''') + ft('5-6'),
        rh(4, 5) + X('''POLICY 7   20/03/2023 11:00
Decision: Arrest {R} ({RK}), DOB {RDOB}, PNC {RPNC}, on
suspicion of murder.
Rationale: {W2} identifies {RK} as one of the two men on the towpath;
{Rs}'s car {RVRM} found burnt out on 14/03; IP resolution links the
February messages to {Rs}'s account rather than {Ss}'s.
Recorded by: {LBi}

POLICY 8   21/03/2023 16:20
Decision: Eliminate N14 ({S}) from the enquiry (TIE
elimination code 2 - alibi verified by independent evidence).
Rationale: see TIE report by DC {HFs}; the "[[n.t|Shumba]]" named in {RU}'s
messages is a different, as yet unidentified, man (see policy 9).
Recorded by: {LBi}''') + ft('7-8'),
        rh(5, 5) + X('''POLICY 9   22/03/2023 09:10
Decision: Record that the subject is also called "{SK}", the praise
name of his clan totem, which other men of the clan share; the
nickname alone does not identify {SF}. Research by DS {AK}.
Rationale: prevent wrongful linkage in future intelligence.

POLICY 10  24/03/2023 15:00
Decision: Notify {Ss} in writing that no further action will be taken,
and return his phone and car.
Rationale: elimination complete. {RN} charged 23/03/2023.

Reviewed: DCI {LB}, SIO            24/03/2023
Reviewed: DI {KO}, Deputy SIO      24/03/2023''') + ft('9-10'),
    ]

    def rh2(i, n):
        return X('TIE REPORT | N14 {SNs} | DOB {DOBo} | %d of %d\n' % (i, n)) + head_rule() + '\n'

    d2 = [
        rh2(1, 3) + X('''TRACE / INTERVIEW / ELIMINATE - SUBJECT REPORT     Op KESTREL   Action A0047
Subject:      {S} (nickname "{SK2}"; also uses "{SK}")
Other names:  {SA} (used on a 2016 caution)
DOB:          {DOB}      PNC: {PNCs}   CRO: {CRO}   NI: {NI}
Address:      {SAD}, {SPC}
Previous:     {SADo}, {SPCo} (until 2021)
Phones:       {SPH} (current); {SPHo} (until 2022)
Email:        {SEM}
Vehicle:      {VRM} (registered keeper: subject), DL {DL}
Officer:      DC {HF} ({HFEM})

1. TRACE
1.1 Traced at home address 12/03/2023 09:55 and arrested (policy 3).
{SF} was born in Harare and came to the UK in 2004 with his mother
{MO}. His sister {SIS} is at university.''') + '\n',
        rh2(2, 3) + X('''2. INTERVIEW
2.1 Interviewed twice under caution. He said he spent the evening of
11/03/2023 at his girlfriend {GF}'s flat and drove home at about
23:35, parking in the Harrow Court car park. He knew {VF} from
football and admitted the online argument in February, but said the
account that sent threats was not his.
2.2 He explained that "{SK}" (lion) is his family's totem (mutupo) and
that many people call men of the clan by that name.
3. ELIMINATION ENQUIRIES
3.1 Ms {GFs} (DOB {GFDOB}, tel {GFPH}) gave a consistent account; her
door-entry log shows {SI} leaving at 23:31.
3.2 Harrow Court CCTV shows {VRMc} arriving 23:44, no later movement.
3.3 IP resolution: account activity from {SIP} (subject's home
broadband) does not include the threatening messages; those came from
{RIP}, resolved to {Rs}'s address at {RAD} {RPC}.''') + '\n',
        rh2(3, 3) + X('''4. RESULT
4.1 Eliminated - code 2. Property (phone, car keys) to be returned.
4.2 Mrs {MO} asked to be told when her son was released; she
was updated by DC {MBs} on {MOPH}.

Submitted: DC {HFs} 21/03/2023      Approved: DS {AKs} 21/03/2023
Endorsed by SIO: {LBi}''') + '\n',
    ]

    act = [
        ['ACTION', 'RAISED', 'PRI', 'TITLE', 'ALLOCATED TO', 'STATUS', 'RESULT'],
        ['A0012', '12/03 03:30', 'H', 'TIE {W1N} - dog walker', 'DC {MB}', 'RESULTED', 'MG11 taken'],
        ['A0019', '12/03 04:10', 'H', 'Obtain ANPR Ormond Road 23:00-00:30', 'DC {HF}', 'RESULTED', '{VRM} 23:41'],
        ['A0023', '12/03 06:00', 'H', 'Trace {SN}', 'DC {HF}', 'RESULTED', 'Arrested 09:55'],
        ['A0031', '12/03 11:15', 'M', 'Interview {GFN} re alibi', 'DC {MB}', 'RESULTED', 'Alibi supported'],
        ['A0038', '12/03 14:30', 'M', 'IP resolution - {SIP} and {RIP}', 'DS {AK}', 'RESULTED', 'See TIE rpt'],
        ['A0047', '13/03 10:00', 'H', 'TIE report N14 {SU}', 'DC {HF}', 'RESULTED', 'Elim code 2'],
        ['A0052', '14/03 08:20', 'H', 'Burnt-out car {RVRM} - owner', 'DC {MB}', 'RESULTED', 'Keeper {RN}'],
        ['A0055', '15/03 09:00', 'H', 'Interview {W2N}', 'DS {AK}', 'RESULTED', 'IDs {RK}'],
        ['A0061', '20/03 07:30', 'H', 'Arrest {RN} DOB {RDOB}', 'DC {HF}', 'RESULTED', 'Charged 23/03'],
        ['A0064', '22/03 09:15', 'L', 'Research totem praise names', 'DS {AK}', 'RESULTED', 'Policy 9'],
        ['A0070', '24/03 15:10', 'M', 'NFA letter to {SU}, return property', 'DC {HF}', 'RESULTED', 'Posted 27/03'],
    ]
    d3 = [X('''HOLMES 2 - ACTION ALLOCATION REGISTER      Account: KESTREL      Printed by {SVu} 28/03/2023
Receiver: DS {AK}   Action allocator: DS {AK}   Indexer: {SV}
''') + head_rule(124) + '\n' + table(act) + '\n' + head_rule(124) + X('''
Officer key: DC {HFs} ({HFu}); DC {MBs}; DS {AKs} ({AKu}).  12 actions shown of 131.''')]

    nom = [
        ['NOM', 'SURNAME, FORENAMES', 'DOB', 'ADDRESS', 'POSTCODE', 'PHONE', 'CATEGORY'],
        ['N01', '{VN}', '{VDOB}', '-', '', '', 'VICTIM'],
        ['N07', '{W1N}', '', '-', '', '{W1PH}', 'WITNESS'],
        ['N14', '{SN}', '{DOB}', '{SAD}', '{SPC}', '{SPH}', 'TIE - ELIMINATED'],
        ['N14', '  prev. address', '', '{SADo}', '{SPCo}', '{SPHo}', ''],
        ['N15', '{MON}', '{MODOB}', '{MOAD}', '{MOPC}', '{MOPH}', 'RELATIVE OF N14'],
        ['N16', '{GFN}', '{GFDOB}', '(withheld - vulnerable)', '', '{GFPH}', 'ALIBI WITNESS'],
        ['N22', '{W2N}', '', '-', '', '{W2PH}', 'WITNESS'],
        ['N23', '{RN}', '{RDOB}', '{RAD}', '{RPC}', '', 'SUSPECT - CHARGED'],
    ]
    d4 = [X('''HOLMES 2 - NOMINAL INDEX (selected)      Account KESTREL      Printed 28/03/2023 by {SVu}
''') + head_rule(150) + '\n' + wrap(table(nom), 150) + '\n' + head_rule(150) + X('''
Cross-refs: N14 nicknames "{SK2}", "{SK}"; N23 nickname "{RK}"; "[[n.t|Shumba]]" in N23's messages = unidentified 2nd male (policy 9).
Vehicles: {VRM} (N14 - keeper); {RVRM} (N23 - burnt out).''')]

    cad = [
        '23:52:14 CALL RECEIVED 999 FROM {W1PH} - CALLER ' + M('n', 't', 'GRAHAM TILLEY'),
        '23:52:40 [{JTu}] MALE COLLAPSED ON TOWPATH REAR OF ORMOND RD, BLEEDING, NOT RESPONSIVE',
        '23:53:02 [{JTu}] CALLER SAW 2 MALES RUN TOWARDS FLATS - ONE IN GREY HOODIE',
        '23:53:30 [{PDu}] RESOURCES ASSIGNED: CS21, CS24 ; AMBULANCE REQUESTED',
        '23:58:47 [{PDu}] CS21 AT SCENE - CPR IN PROGRESS',
        '00:31:05 [{PDu}] PARAMEDICS - LIFE PRONOUNCED EXTINCT 00:31',
        '00:35:12 [{PDu}] VICTIM IDENTIFIED FROM BANK CARD AS ' + M('n', 't', 'JORDAN ASPINALL') + ' DOB {VDOB}',
        '00:41:30 [{PDu}] INSP REQUESTS MIT. DCI ' + M('n', 'f', 'BRAITHWAITE') + ' INFORMED 00:50',
        '02:14:55 [{JTu}] 2ND CALL FROM {W2PH} (' + M('n', 't', 'FARAI CHIKWANHA') + ') - SAW ' + M('n', 't', 'CALLY') + ' AND ANOTHER ON BRIDGE 23:45',
        '09:58:20 [{PDu}] CS30 - ONE MALE ARRESTED AT HARROW COURT ({SU}) - TAKEN TO CASTLEMERE',
    ]
    d5 = [X('''COMMAND AND CONTROL - INCIDENT LOG EXPORT   Log 2311 of 11/03/2023   Grade: IMMEDIATE
Operators: {JTu} ({JT}, call handler); {PDu} ({PD}, dispatcher)
Location: Towpath rear of Ormond Road, Castlemere
''') + wrap('\n'.join(cad), 92) + X('''
-- Log closed 12/03/2023 10:02 by {PDu} --''')]

    d6 = [X('''NORTHSHIRE POLICE
Major Investigation Team, {PSAD}, {PSPC}
Telephone {PSPH}   Email {PSEM}

PRIVATE - ADDRESSEE ONLY
Mr {S}
{SAD}
{SPC}
                                                         27 March 2023
Our ref: KESTREL/A0070
Date of birth: {DOB}

Dear Mr {Ss},

Notification of no further action

You were arrested on 12 March 2023 on suspicion of the murder of {V}
and released on bail. I am writing to tell you that no further action
will be taken against you and that your bail is cancelled.

Your mobile telephone and the keys to your vehicle {VRM} can be
collected from the front counter at Castlemere Police Station. Please
bring photographic identification, for example your driving licence.

If you have any questions please contact me on the number above or at
{HFEM}.

Yours sincerely,

DC {HF}
for DCI {LB}, Senior Investigating Officer''')]

    d7 = [X('''ALIBI ENQUIRY - RESULT SHEET                     Op KESTREL   Action A0031
Suspect/TIE:   {SN}   DOB {DOBi}   PNC {PNC}
Alibi given:   At home of girlfriend {GF} from approx 19:00 to
               23:30 on 11/03/2023
Alibi witness: {GFN}    DOB {GFDOB}    Tel {GFPH}
Address:       withheld (vulnerable witness marker) - see sealed folder
Seen by:       DC {MB}   13/03/2023 11:40

Q1 Was the suspect with you? YES - "{SF} came about seven, we had food,
   he left just after half eleven."
Q2 Any independent support? Door-entry fob log (fob registered to
   {GFF}) shows exit 23:31:08; phone {SPHc} texted {GFPHc} at 23:47
   ("home x").
Q3 Witness's relationship to suspect: partner, 18 months. Knows him as
   "{SK2}"; she has heard others call him {SK}.
Result: ALIBI SUPPORTED.
Reviewed: DS {AKs}   Comment: consistent with ANPR and CCTV. {SI} eliminated.''')]

    subject = {
        'name': 'Tatenda Tinashe MUZONDO',
        'aliases': ['Tinashe MUZONDO', 'Shumba', 'Tats'],
        'date_of_birth': '1997-11-08',
        'identifiers': {'ni_number': 'SH 29 64 71 C', 'pnc': '2016/0283714C', 'cro': '283714/16N'},
        'contact': {'addresses': ['Flat 6, Harrow Court, Ormond Road, Castlemere', '9 Lytton Street, Castlemere'],
                    'phones': ['07700 900823', '07700 900146'], 'emails': ['tatenda.muzondo@example.co.uk']},
    }
    return {'bundle_id': 'eval19-03', 'subject': subject, 'docs': [
        ('sio-policy-file', d1),
        ('trace-interview-eliminate-subject-report', d2),
        ('holmes-action-allocation-register', d3),
        ('holmes-nominal-index-printout', d4),
        ('command-and-control-incident-log-export', d5),
        ('no-further-action-notification-letter', d6),
        ('alibi-enquiry-result-sheet', d7),
    ]}


# ======================================================================= bundle 04
# Japanese naming (family name first in Japanese order, kanji, former married name);
# restricted patient in a medium secure hospital.
def bundle_04():
    CUR.update({
        'S': M('n', 's', 'Emiko TAKAHASHI'),
        'SN': M('n', 's', 'TAKAHASHI, Emiko'),
        'SJ': M('n', 's', 'TAKAHASHI Emiko'),
        'SKJ': M('n', 's', '高橋恵美子'),
        'SU': M('n', 's', 'TAKAHASHI'),
        'Ss': M('n', 's', 'Takahashi'),
        'SF': M('n', 's', 'Emiko'),
        'SE': M('n', 's', 'Emi'),
        'SR': M('n', 's', 'Emiko REID'),
        'SI': M('n', 's', 'ET'),
        'DOB': M('dob', 's', '16/05/1979'),
        'DOBi': M('dob', 's', '1979-05-16'),
        'DOBl': M('dob', 's', '16 May 1979'),
        'DOBj': M('dob', 's', '1979年5月16日'),
        'NHS': M('nhs', 's', '999 265 1008'),
        'NHSc': M('nhs', 's', '9992651008'),
        'NI': M('ni', 's', 'EH 73 02 94 A'),
        'PP': M('pp', 's', 'TR4827716'),
        'SAD': M('ad', 's', 'Flat 4, 19 Mortimer Road, Sallowby'),
        'SPC': M('pc', 's', 'YH2 3LW'),
        'SPH': M('ph', 's', '07700 900356'),
        'SEM': M('em', 's', 'emi.takahashi@example.jp'),
        'SIP': M('ip', 's', '192.0.2.58'),
        # family
        'MO': M('n', 't', 'TAKAHASHI Fumiko'),
        'MOK': M('n', 't', '高橋文子'),
        'MOF': M('n', 't', 'Fumiko'),
        'MOAD': M('ad', 't', '2-14-7 Nishinakajima, Yodogawa-ku, Osaka'),
        'Y': M('n', 't', 'Yuki NAKAMURA'),
        'YN': M('n', 't', 'NAKAMURA, Yuki'),
        'YF': M('n', 't', 'Yuki'),
        'Ys': M('n', 't', 'Nakamura'),
        'YAD': M('ad', 't', '27 Chalcot Mews, London'),
        'YPC': M('pc', 't', 'ZW3 8HN'),
        'YPH': M('ph', 't', '020 7946 0311'),
        'YEM': M('em', 't', 'yuki.nakamura@example.com'),
        'YIP': M('ip', 't', '198.51.100.140'),
        'XH': M('n', 't', 'Callum REID'),
        'XHN': M('n', 't', 'REID, Callum'),
        'XHF': M('n', 't', 'Callum'),
        'XHs': M('n', 't', 'Reid'),
        'XHDOB': M('dob', 't', '02/10/1975'),
        # victim and other patient
        'V': M('n', 't', 'Brenda HOLLOWAY'),
        'VF': M('n', 't', 'Brenda'),
        'OP': M('n', 't', 'Leanne CROSBY'),
        'OPF': M('n', 't', 'Leanne'),
        'OPI': M('n', 't', 'LC'),
        # advocate (charity)
        'AD': M('n', 't', 'Tom BRIERLEY'),
        'ADs': M('n', 't', 'Brierley'),
        'ADPH': M('ph', 't', '07700 900927'),
        # staff
        'RC': M('n', 'f', 'Anil RAGHAVAN'),
        'RCs': M('n', 'f', 'Raghavan'),
        'RCu': M('n', 'f', 'araghavan'),
        'NO': M('n', 'f', 'Chidi OKAFOR'),
        'NOs': M('n', 'f', 'Okafor'),
        'NOu': M('n', 'f', 'cokafor'),
        'WM': M('n', 'f', 'Bethany STRAND'),
        'WMs': M('n', 'f', 'Strand'),
        'WMu': M('n', 'f', 'bstrand'),
        'CC': M('n', 'f', 'Ruth LOMAS'),
        'CCs': M('n', 'f', 'Lomas'),
        'CCu': M('n', 'f', 'rlomas'),
        'CCEM': M('em', 'f', 'ruth.lomas@sallowby.example.gov.uk'),
        'CCPH': M('ph', 'f', '0113 496 0734'),
        'IN': M('n', 'f', 'Hiroshi MATSUDA'),
        'INs': M('n', 'f', 'Matsuda'),
        'OT': M('n', 'f', 'Megan ASHCROFT'),
        'OTs': M('n', 'f', 'Ashcroft'),
        'OTu': M('n', 'f', 'mashcroft'),
        'HC': M('n', 'f', 'Dwayne PETERS'),
        'HCu': M('n', 'f', 'dpeters2'),
        'MJ': M('n', 'f', 'Sophie KIRKBY'),
        # public bodies
        'HAD': M('ad', 'b', 'Larchfield Hospital, Moor Lane, Sallowby'),
        'HPC': M('pc', 'b', 'YH9 6TD'),
        'HPH': M('ph', 'b', '0113 496 0760'),
        'HEM': M('em', 'b', 'hawthorn.ward@larchfield.nhs.example.uk'),
        'MHEM': M('em', 'b', 'mhcs@justice.example.gov.uk'),
        'TREM': M('em', 'b', 'mhtribunal@justice.example.gov.uk'),
    })
    PUBLIC.append({'name': 'Larchfield Medium Secure Unit (Larchfield Hospital)', 'phones': ['0113 496 0760'],
                   'postcodes': ['YH9 6TD'], 'addresses': ['Larchfield Hospital, Moor Lane, Sallowby'],
                   'emails': ['hawthorn.ward@larchfield.nhs.example.uk']})
    PUBLIC.append({'name': 'Mental Health Casework Section (HMPPS)', 'phones': [], 'postcodes': [],
                   'addresses': [], 'emails': ['mhcs@justice.example.gov.uk']})
    PUBLIC.append({'name': 'First-tier Tribunal (Mental Health)', 'phones': [], 'postcodes': [],
                   'addresses': [], 'emails': ['mhtribunal@justice.example.gov.uk']})

    def rh(i, n):
        return X('RC report to the Tribunal - {SN} - NHS {NHS} - page %d of %d\n' % (i, n)) + head_rule() + '\n'

    d1 = [
        rh(1, 5) + X('''LARCHFIELD MEDIUM SECURE UNIT - HAWTHORN WARD (women's service)
{HAD}, {HPC}   Tel {HPH}

RESPONSIBLE CLINICIAN'S REPORT TO THE FIRST-TIER TRIBUNAL (MENTAL HEALTH)
Patient:           {S} ({SJ} in Japanese name order; {SKJ})
Previous name:     {SR} (married name, used 2006-2015)
Date of birth:     {DOBl}
NHS number:        {NHS}
Detained under:    sections 37/41 Mental Health Act 1983 (since 2020)
Responsible clinician: Dr {RC}, consultant forensic psychiatrist
Interpreter used:  {IN} (Japanese), Trust-contracted

1. INTRODUCTION
1.1 I have been Ms {Ss}'s responsible clinician since her admission.
I have seen her weekly and for this report on 4 and 11 September 2023,
with Mr {INs} interpreting for part of each meeting, at her request.''') + '\n',
        rh(2, 5) + X('''2. BACKGROUND
2.1 {SF} was born in Osaka, the elder of two daughters. Her mother,
{MO} ({MOK}), still lives in Osaka at {MOAD}.
Her father died in 2001. Her younger sister, {Y}, lives in
London and is her nearest relative.
2.2 She came to the UK in 2003 to study textile design and married
{XH} in 2006. Staff at the time knew her as Mrs {SR}. The
marriage ended in 2015; Mr {XHs} has had no contact since and has asked,
through his solicitor, not to be told about her care.
2.3 She lived alone at {SAD}, {SPC} from 2016
until the index offence.

3. INDEX OFFENCE
3.1 On 2 August 2019, while acutely psychotic, {SI} set fire to
papers in her flat believing that her neighbour {VF} was transmitting
her thoughts. {V} and two other residents were
evacuated; {VF} was treated for smoke inhalation.''') + '\n',
        rh(3, 5) + X('''4. MENTAL DISORDER
4.1 Paranoid schizophrenia. When unwell, {SE} (the name she prefers)
believes that neighbours and her former husband are monitoring her.
She has improved on clozapine since 2021.
4.2 She remains reluctant to talk about {XHF} and about the fire, and
becomes distressed when {V}'s name is mentioned.

5. PROGRESS ON THE WARD
5.1 Named nurse {NO} reports good engagement. There was one incident
in March 2023 when another patient, {OP}, took her tablet;
{SE} shouted and threw a cup. No one was hurt. {OPF} has since
moved to another ward.
5.2 She attends occupational therapy daily with {OT} and leads
the ward's origami group. She uses ward Wi-Fi for video calls with
her mother and sister (agreement signed; see access log).''') + '\n',
        rh(4, 5) + X('''6. LEAVE
6.1 The Secretary of State (MHCS caseworker {MJ}) agreed escorted
community leave in May 2023. Eleven escorted leaves have taken place
without incident, including a visit to her sister {YF} in London.
7. RISK
7.1 Risk of fire-setting and of violence to neighbours is linked to
relapse. Early warning signs are known to her, to Ms {Ys} and to the
ward team. She has never been violent towards {YF} or {MOF}.
8. AFTERCARE
8.1 The care coordinator, {CC} ({CCEM}), is
seeking supported accommodation in Sallowby, away from [[ad.s|Mortimer Road]].
She will not return to her former flat.''') + '\n',
        rh(5, 5) + X('''9. RECOMMENDATION
9.1 Ms {Ss} continues to need detention in hospital for treatment,
but I support a deferred conditional discharge once the section 117
accommodation is identified.
9.2 The patient has read this report with Mr {INs}. She asked me to
record that she wishes her name to be written {SKJ} on any letter
to her mother.

Dr {RC}                               Date: 15 September 2023
Responsible Clinician, Hawthorn Ward ({HEM})
Copies: Tribunal office ({TREM}); MHCS ({MHEM});
patient's IMHA {AD}; nearest relative {Y}.''') + '\n',
    ]

    def rh2(i, n):
        return X('s117 AFTERCARE PLANNING REPORT  |  {SN}  |  DOB {DOB}  |  %d/%d\n' % (i, n)) + head_rule() + '\n'

    d2 = [
        rh2(1, 3) + X('''SALLOWBY ADULT SOCIAL CARE / LARCHFIELD MSU - SECTION 117 AFTERCARE PLANNING
Patient: {S}     NHS No: {NHSc}     NI No: {NI}
Care coordinator: {CC}, social worker, tel {CCPH}
Nearest relative: {Y} (sister), {YAD}, {YPC}

1. ACCOMMODATION
1.1 Former tenancy at {SAD} ({SPC}) ended in 2020. Ms {Ss}
does not wish to return; the housing association also objects because
of the fire and the victim, {VF}, still lives in the block.
1.2 Options: (a) 24-hour staffed supported housing in north Sallowby;
(b) a placement near her sister in London (funding to be agreed).''') + '\n',
        rh2(2, 3) + X('''2. FINANCES AND DOCUMENTS
2.1 {SF} has indefinite leave to remain. Her Japanese passport
({PP}) is held in the ward safe and expires in 2026. Benefits will be
claimed on discharge using NI {NI}.
2.2 Ms {Ss} wants her sister {YF} to hold a spare key and to be told of
any relapse. Her mother {MOF} is to be told only through {YF}.
2.3 She keeps her own email account ({SEM}) for video calls.
3. SUPPORT NETWORK
3.1 {Y}: weekly calls ({YPH}); visits monthly.
3.2 Advocate: {AD} (independent charity), mobile {ADPH}.
3.3 Former husband {XHN}: no involvement (his request); to be
told nothing about the plan.''') + '\n',
        rh2(3, 3) + X('''4. PLAN
4.1 Referral to supported housing panel (submitted 20/09/2023 by {CCs}).
4.2 Ward team ({NO}, {OT}) to provide a relapse-signature summary.
4.3 Review at CPA meeting, 24 October 2023, chaired by Dr {RCs}.

Signed: {CC}, Care Coordinator           22 September 2023
Adult Social Care (Mental Health), Sallowby Council, {CCEM}''') + '\n',
    ]

    notes = [
        ['DATE/TIME', 'AUTHOR', 'ROLE', 'NOTE'],
        ['11/09/2023 09:10', '{NOu}', 'Named nurse', '{SE} settled. Asked for call to sister {YF} ({YPH}).'],
        ['11/09/2023 14:30', '{RCu}', 'RC', 'Seen with interpreter {INs}. Mental state stable. Report drafted.'],
        ['12/09/2023 10:05', '{OTu}', 'OT', 'Origami group, 5 patients. {SE} led the session well.'],
        ['12/09/2023 21:40', '{HCu}', 'HCA', 'Video call with mother {MOF}, 30 mins, calm afterwards.'],
        ['13/09/2023 08:55', '{WMu}', 'Ward manager', 'Tablet returned after repair; Wi-Fi agreement re-signed by {SF}.'],
        ['14/09/2023 16:20', '{CCu}', 'Care co-ord', 'Phoned {YN}: supports London option. Email {YEM}.'],
        ['15/09/2023 11:00', '{NOu}', 'Named nurse', 'Escorted leave 13 to town, staff {NOs}/{HC}; no concerns.'],
        ['16/09/2023 19:15', '{HCu}', 'HCA', 'Asked staff not to use "{SR}" - former married name - upsetting.'],
    ]
    t3 = table(notes)
    d3 = [X('''RiO - PROGRESS NOTES (print)   Client: {SN}   DOB {DOBi}   NHS {NHS}
Ward: Hawthorn (MSU)   Printed 18/09/2023 by {WMu}
''') + head_rule(130) + '\n' + wrap(t3, 130) + '\n' + head_rule(130) + X('''
8 entries. Author key: {NOu}={NO}; {RCu}={RC}; {OTu}={OT}; {HCu}={HC}; {WMu}={WM}; {CCu}={CC}.''')]

    reg = [
        ['ROLE', 'NAME', 'RELATIONSHIP', 'ADDRESS', 'PHONE / EMAIL', 'SHARE INFO?'],
        ['PATIENT', '{SN}', '-', '(former) {SAD} {SPC}', '{SPH} (not in use) / {SEM}', '-'],
        ['NEAREST RELATIVE', '{YN}', 'Sister', '{YAD} {YPC}', '{YPH} / {YEM}', 'YES'],
        ['CARER', '{YN}', 'Sister', 'as above', 'as above', 'YES'],
        ['NEXT OF KIN (2)', '{MO}', 'Mother', '{MOAD}', 'via sister', 'VIA SISTER ONLY'],
        ['DO NOT CONTACT', '{XHN}', 'Former husband', 'not held', 'not held', 'NO - his request'],
        ['ADVOCATE', '{AD}', 'IMHA (charity)', '-', '{ADPH}', 'YES (consent 03/2023)'],
        ['VICTIM (VLU)', '{V}', 'Former neighbour', 'held by VLU', 'held by VLU', 'NO'],
    ]
    d4 = [X('''PATIENT CONTACTS AND CARERS REGISTER        Hawthorn Ward        printed by {WMu} 18/09/2023
Patient: {S}   (Japanese: {SKJ})   DOB {DOBj}   NHS {NHS}   Passport {PP}
''') + head_rule(150) + '\n' + wrap(table(reg), 150) + '\n' + head_rule(150) + X('''
Note ({WMs}): sister's London address also recorded as patient's s17 leave address for 09/2023 visit.''')]

    log = [
        'timestamp,device_id,assigned_to,ip_address,ssid,category,destination,action,reviewed_by',
        '2023-09-10T19:02:11Z,TAB-HW-07,"{SN}",{SIP},LARCH-PATIENT,video-call,meet.example.net,ALLOW,',
        '2023-09-10T19:45:30Z,TAB-HW-07,"{SN}",{SIP},LARCH-PATIENT,email,mail.example.jp,ALLOW,',
        '2023-09-11T20:14:09Z,TAB-HW-07,"{SN}",{SIP},LARCH-PATIENT,social,social.example.com,BLOCK,{WMu}',
        '2023-09-12T21:05:52Z,TAB-HW-07,"{SN}",{SIP},LARCH-PATIENT,video-call,meet.example.net,ALLOW,',
        '2023-09-12T21:06:03Z,(remote peer),"{YN}",{YIP},-,video-call,meet.example.net,PEER,',
        '2023-09-14T10:30:00Z,TAB-HW-03,{OP},' + M('ip', 't', '192.0.2.61') + ',LARCH-PATIENT,streaming,video.example.org,ALLOW,',
        '2023-09-16T18:22:47Z,TAB-HW-07,"{SN}",{SIP},LARCH-PATIENT,search,"search term: [[ad.s|Mortimer Road]] fire",FLAG,{NOu}',
    ]
    d5 = [X('''PATIENT WI-FI ACCESS LOG - export (CSV)   Hawthorn Ward   range 10/09/2023-16/09/2023
Filter: device assigned to {SN} and peers in same sessions. Exported by {WMu} ({WM}).
''') + wrap('\n'.join(log), 110) + X('''
Flag 16/09 reviewed by {NO}: discussed with {SE}; searching for news about the fire. RC informed.
Row 6 relates to another patient ({OPI}) and is disclosed in error - redact.''')]

    d6 = [X('''From:    {Y} <{YEM}>
To:      Hawthorn Ward <{HEM}>
Cc:      {CC} <{CCEM}>
Date:    Thu, 14 Sep 2023 22:48:03 +0100
Subject: Re: {SE} - leave to London and the tribunal

Dear Ms {WMs},

Thank you for arranging {SE}'s visit on the 9th. Our mother ({MOF})
cried when I told her on the phone - she has not seen {SF} so well
since before the divorce from {XHF}.

For the tribunal: I am happy to be written to at [[ad.t|27 Chalcot Mews,
London]] {YPC}, and my mobile is {YPH}. Please do not use her old name
"{SR}"; she hates it. In Japanese her name is {SKJ} and
our mother writes to her as "{SE}-chan".

Kind regards,
[[n.t|NAKAMURA Yuki]]

> On 12 Sep 2023, at 16:02, Hawthorn Ward wrote:
> Dear Ms {Ys}, we can confirm escorted leave for {S}
> on 9 September with two staff. Ward switchboard {HPH}.
> {WMs} (Ward Manager)''')]

    subject = {
        'name': 'Emiko TAKAHASHI',
        'aliases': ['TAKAHASHI Emiko', '高橋恵美子', 'Emiko REID', 'Emi'],
        'date_of_birth': '1979-05-16',
        'identifiers': {'nhs_number': '999 265 1008', 'ni_number': 'EH 73 02 94 A'},
        'contact': {'addresses': ['Flat 4, 19 Mortimer Road, Sallowby'], 'phones': ['07700 900356'],
                    'emails': ['emi.takahashi@example.jp']},
    }
    return {'bundle_id': 'eval19-04', 'subject': subject, 'docs': [
        ('responsible-clinician-tribunal-report', d1),
        ('section-117-aftercare-planning-report', d2),
        ('rio-progress-notes-print', d3),
        ('patient-contacts-and-carers-register', d4),
        ('patient-wifi-access-log-csv', d5),
        ('nearest-relative-email-to-ward', d6),
    ]}


# ======================================================================= bundle 05
# Sudanese Arabic naming (own name + father's + grandfather's + great-grandfather's,
# no fixed surname, so agencies file him under different elements); former prisoner
# on licence and on immigration bail with electronic monitoring.
def bundle_05():
    CUR.update({
        'S': M('n', 's', 'Mohamed Osman Abdelrahman IBRAHIM'),
        'SHO': M('n', 's', 'IBRAHIM, Mohamed Osman Abdelrahman'),
        'SPR': M('n', 's', 'ABDELRAHMAN, Mohamed Osman'),
        'SPRu': M('n', 's', 'ABDELRAHMAN MOHAMED'),
        'SPO': M('n', 's', 'OSMAN, Mohamed'),
        'SV': M('n', 's', 'Mohammed Othman ABDELRAHMAN'),
        'SAR': M('n', 's', 'محمد عثمان عبدالرحمن إبراهيم'),
        'SF': M('n', 's', 'Mohamed'),
        'SK': M('n', 's', 'Hamouda'),
        'SI': M('n', 's', 'MOAI'),
        'Ss': M('n', 's', 'Ibrahim'),
        'DOB': M('dob', 's', '01/01/1991'),
        'DOBi': M('dob', 's', '1991-01-01'),
        'DOBo': M('dob', 's', '01-JAN-1991'),
        'DOBc': M('dob', 's', '14/06/1989'),
        'PN': M('pn', 's', 'G5521TN'),
        'PNC': M('pnc', 's', '2019/0077450Y'),
        'PNCs': M('pnc', 's', '19/77450Y'),
        'CRO': M('cro', 's', '77450/19H'),
        'NI': M('ni', 's', 'NX 41 77 30 B'),
        'NIc': M('ni', 's', 'NX417730B'),
        'NHS': M('nhs', 's', '999 580 6304'),
        'PP': M('pp', 's', 'P04839217'),
        'CARD': M('cd', 's', '5355 7300 1842 6611'),
        'SAD': M('ad', 's', 'Room 3, 41 Gordon Terrace, Hallamby'),
        'SPC': M('pc', 's', 'YL4 7RT'),
        'SADo': M('ad', 's', 'Flat 12, Canal Wharf House, Hallamby'),
        'SPCo': M('pc', 's', 'YL1 9EW'),
        'SPH': M('ph', 's', '07700 900970'),
        'SPHi': M('ph', 's', '+44 7700 900970'),
        'SEM': M('em', 's', 'm.osman.ibrahim@example.org'),
        # brother (supporter)
        'B': M('n', 't', 'Ahmed Osman ABDELRAHMAN'),
        'BN': M('n', 't', 'ABDELRAHMAN, Ahmed Osman'),
        'BF': M('n', 't', 'Ahmed'),
        'BDOB': M('dob', 't', '12/09/1986'),
        'BAD': M('ad', 't', '7 Sorrel Drive, Hallamby'),
        'BPC': M('pc', 't', 'YL6 2BN'),
        'BPH': M('ph', 't', '0113 496 0628'),
        'BSC': M('sc', 't', '20-04-15'),
        'BAC': M('ac', 't', '73019926'),
        'BIB': M('ib', 't', 'GB78 BARC 2004 1573 0199 26'),
        # friend (supporter)
        'F': M('n', 't', 'Fatima Hassan ELAMIN'),
        'FN': M('n', 't', 'ELAMIN, Fatima Hassan'),
        'FF': M('n', 't', 'Fatima'),
        'FDOB': M('dob', 't', '30/03/1993'),
        'FAD': M('ad', 't', '22 Beckside Road, Hallamby'),
        'FPC': M('pc', 't', 'YL3 5HQ'),
        'FPH': M('ph', 't', '07700 900348'),
        'FSC': M('sc', 't', '30-96-22'),
        'FAC': M('ac', 't', '71035814'),
        # mother in Sudan, victim
        'MO': M('n', 't', 'Amna Mohamed SALIH'),
        'MOF': M('n', 't', 'Amna'),
        'V': M('n', 't', 'Khalid ADAM YOUSIF'),
        'VF': M('n', 't', 'Khalid'),
        # solicitor (law centre charity)
        'SOL': M('n', 't', 'Hannah QUIGLEY'),
        'SOLs': M('n', 't', 'Quigley'),
        'SOLEM': M('em', 't', 'h.quigley@northgatelaw.example.org.uk'),
        'SOLPH': M('ph', 't', '0113 496 0655'),
        # staff
        'HO': M('n', 'f', 'Gemma THORNLEY'),
        'HOs': M('n', 'f', 'Thornley'),
        'HOu': M('n', 'f', 'GTHORNLEY1'),
        'IO': M('n', 'f', 'Simon KHAN'),
        'IOs': M('n', 'f', 'Khan'),
        'IOu': M('n', 'f', 'SKHAN4'),
        'PP2': M('n', 'f', 'Abimbola ADEWALE'),
        'PP2s': M('n', 'f', 'Adewale'),
        'PP2EM': M('em', 'f', 'abimbola.adewale@justice.example.gov.uk'),
        'PP2PH': M('ph', 'f', '0113 496 0871'),
        'JU': M('n', 'f', 'Pemberton'),
        'PO': M('n', 'f', 'Rhys GOWER'),
        'POs': M('n', 'f', 'Gower'),
        'EM': M('n', 'f', 'Liam CARTWRIGHT'),
        'EMu': M('n', 'f', 'lcartwright'),
        'INT': M('n', 'f', 'Omer SALIH'),
        'RO': M('n', 'f', 'Dee HARTLEY'),
        'ROu': M('n', 'f', 'DHARTLEY'),
        # public bodies
        'RCAD': M('ad', 'b', 'Sovereign House, 3 Wharf Street, Hallamby'),
        'RCPC': M('pc', 'b', 'YL1 2DS'),
        'RCPH': M('ph', 'b', '0113 496 0880'),
        'HOEM': M('em', 'b', 'bail.casework@homeoffice.example.gov.uk'),
        'TCAD': M('ad', 'b', 'Hallamby Hearing Centre, Kingsway, Hallamby'),
        'TCPC': M('pc', 'b', 'YL2 1TR'),
        'PBEM': M('em', 'b', 'probation.hallamby@justice.example.gov.uk'),
    })
    PUBLIC.append({'name': 'Home Office Immigration Enforcement - Hallamby Reporting Centre',
                   'phones': ['0113 496 0880'], 'postcodes': ['YL1 2DS'],
                   'addresses': ['Sovereign House, 3 Wharf Street, Hallamby'],
                   'emails': ['bail.casework@homeoffice.example.gov.uk']})
    PUBLIC.append({'name': 'First-tier Tribunal (IAC) Hallamby Hearing Centre', 'phones': [],
                   'postcodes': ['YL2 1TR'], 'addresses': ['Hallamby Hearing Centre, Kingsway, Hallamby'],
                   'emails': []})
    PUBLIC.append({'name': 'Hallamby Probation Office', 'phones': [], 'postcodes': [], 'addresses': [],
                   'emails': ['probation.hallamby@justice.example.gov.uk']})

    def rh(i, n):
        return X('Bail application - {SHO} - page %d of %d\n' % (i, n)) + head_rule() + '\n'

    d1 = [
        rh(1, 4) + X('''FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)
{TCAD}, {TCPC}

APPLICATION FOR IMMIGRATION BAIL - GROUNDS
Applicant:      {S}
Arabic:         {SAR}
Also recorded:  {SPR} (HM Prison Service, {PN});
                {SPO} (police, PNC {PNC});
                {SV} (passport spelling)
Date of birth:  {DOB} (Home Office record); applicant's own
                account {DOBc}
Nationality:    Sudanese     Passport: {PP}
Representative: {SOL}, Northgate Law Centre, {SOLPH}, {SOLEM}

1. INTRODUCTION
1.1 The applicant asks to be released from Brookfield IRC on bail to
{SAD}, {SPC}. He is known to family and
friends as "{SK}".''') + '\n',
        rh(2, 4) + X('''1.2 Sudanese naming: the applicant's own name is {SF}; [[n.s|Osman]] is his
father's name, [[n.s|Abdelrahman]] his grandfather's and {Ss} his
great-grandfather's. There is no family surname. Each agency has filed
him under a different element, which explains the three record names
above. They are one person.
2. IMMIGRATION HISTORY
2.1 He arrived in 2014 and claimed asylum. In 2019 he was convicted of
assault occasioning actual bodily harm on a housemate, {VF}, and
sentenced to 20 months. He was released on licence and detained under
immigration powers at the end of his custodial term.
2.2 He lived before custody at {SADo}, {SPCo};
that tenancy has ended.
3. PROPOSED ADDRESS AND SUPPORTERS
3.1 Bail address: {SAD} {SPC}, a room in a shared house
approved by probation practitioner {PP2}.''') + '\n',
        rh(3, 4) + X('''3.2 Financial condition supporters:
   (a) his brother {B}, DOB {BDOB}, of {BAD},
       {BPC}, a British citizen and NHS porter - 2,000 pounds;
   (b) {F}, DOB {FDOB}, of {FAD}, {FPC}, a
       family friend and pharmacist - 1,000 pounds.
3.3 {BF} telephones daily and will attend the hearing. Ms {FF}'s
father and the applicant's late father were close friends in Omdurman.
4. RISK OF ABSCONDING AND OF HARM
4.1 The applicant complied with all licence conditions while in
custody-based supervision. He reported as required before his
conviction and has a live further-submissions claim.
4.2 There has been no contact with {VF} since 2019; {VF} has left
the area. Ms {PP2s} assesses risk of serious harm as medium.''') + '\n',
        rh(4, 4) + X('''5. HEALTH
5.1 The applicant has PTSD symptoms (GP record NHS {NHS}); Brookfield
healthcare supports release to community treatment.
6. CONDITIONS PROPOSED
6.1 Residence at the bail address; electronic monitoring; reporting
weekly at the Hallamby Reporting Centre ({RCAD},
{RCPC}); financial conditions as above.

{SOL}
Solicitor, Northgate Law Centre (registered charity)
2 October 2023
Served on the Home Office by email to {HOEM}''') + '\n',
    ]

    def rh2(i, n):
        return X('PROBATION - BAIL ADDRESS AND RISK ASSESSMENT | {SPR} | PNC {PNCs} | %d/%d\n' % (i, n)) + head_rule() + '\n'

    d2 = [
        rh2(1, 3) + X('''To: Home Office, Detention and Escorting Casework ({HOEM})
From: {PP2}, Probation Practitioner, Hallamby PDU
      {PP2PH} | {PP2EM}
Re: {SPR} ({PN}), DOB {DOBo}, CRO {CRO}, NI {NI}
Home Office name: {SHO}

1. SUMMARY
1.1 Mr {Ss} (as the Home Office names him; prison and probation
records use {SPR}) remains on licence until
March 2024. I have assessed the proposed bail address and both
financial condition supporters.''') + '\n',
        rh2(2, 3) + X('''2. ADDRESS
2.1 {SAD} ({SPC}) is a four-room shared house let by a
private landlord. The other tenants are not known to police. I visited
on 21 September 2023. The room is suitable; the landlord agrees to EM
equipment being installed.
3. SUPPORTERS
3.1 {B} ({BDOB}) - stable, employed, no convictions;
he knows about the index offence. He lives at {BAD}.
3.2 {F} ({FDOB}) - no convictions; she visited {SF}
at HMP Ridgemoor monthly. Phone {FPH}.
4. VICTIM
4.1 {V} was not in the victim contact scheme. No
exclusion zone is needed; he has moved to another city.''') + '\n',
        rh2(3, 3) + X('''5. RISK
5.1 Medium risk of serious harm to known adults in the context of
shared housing and conflict over money. Low risk of reoffending
generally.
6. RECOMMENDATION
6.1 Address approved. I support bail with EM, residence and weekly
reporting, and will supervise the remainder of the licence.

{PP2}, Hallamby PDU ({PBEM})         28 September 2023''') + '\n',
    ]

    notes = [
        ['DATE', 'USER', 'TEAM', 'NOTE'],
        ['18/09/2023', '{HOu}', 'DEPMU', 'Bail referral received. Subject {SHO} / {SPR} - names merged (same CID person).'],
        ['19/09/2023', '{HOu}', 'DEPMU', 'Passport {PP} held; expiry 2027. DOB on file {DOBi}; claimed {DOBc}.'],
        ['21/09/2023', '{IOu}', 'IE Hallamby', 'Supporters checked on PNC: {BN} - nil; {FN} - nil.'],
        ['25/09/2023', '{HOu}', 'DEPMU', 'Probation ({PP2s}) approves address {SAD}.'],
        ['04/10/2023', '{HOu}', 'DEPMU', 'FTT bail hearing 05/10. HOPO {PO}. Interpreter {INT} (Sudanese Arabic).'],
        ['05/10/2023', '{HOu}', 'DEPMU', 'Bail granted by Judge {JU}. Conditions: EM, residence, report weekly Weds.'],
        ['06/10/2023', '{IOu}', 'IE Hallamby', 'Released 15:40. Tag fitted at address 18:15 by contractor ({EM}).'],
        ['11/10/2023', '{ROu}', 'Reporting', 'First report. Mobile updated to {SPH}; email {SEM}.'],
    ]
    d3 = [X('''HOME OFFICE CASEWORKING SYSTEM - CASE NOTES EXPORT
Person: {SHO}   DOB {DOB}   Nationality SDN   Printed by {HOu} ({HO}) 12/10/2023
''') + head_rule(120) + '\n' + wrap(table(notes), 120) + '\n' + head_rule(120) + X('''
Users: {HOu} = {HO} (caseworker); {IOu} = IO {IO}; {ROu} = {RO} (reporting officer).''')]

    rep = [
        ['EVENT', 'DUE', 'ATTENDED', 'LOCATION', 'OFFICER', 'OUTCOME', 'CONTACT DETAILS CONFIRMED'],
        ['RPT-0001', '11/10/2023 10:00', '11/10/2023 09:52', 'HALLAMBY RC', '{ROu}', 'COMPLIED', '{SPH} / {SAD}'],
        ['RPT-0002', '18/10/2023 10:00', '18/10/2023 10:05', 'HALLAMBY RC', '{ROu}', 'COMPLIED', 'no change'],
        ['RPT-0003', '25/10/2023 10:00', '-', 'HALLAMBY RC', '{ROu}', 'ABSENT - EXCUSED', 'Medical note (GP), phoned {RCPH}'],
        ['RPT-0004', '01/11/2023 10:00', '01/11/2023 09:48', 'HALLAMBY RC', '{IOu}', 'COMPLIED', 'brother {BF} attended with him'],
        ['RPT-0005', '08/11/2023 10:00', '08/11/2023 09:57', 'HALLAMBY RC', '{ROu}', 'COMPLIED', 'new email {SEM}'],
    ]
    d4 = [X('''REPORTING EVENTS - ATTENDANCE HISTORY        Hallamby Reporting Centre, {RCAD} {RCPC}
Subject: {SHO}   AKA {SPO}   DOB {DOBo}   Reporting day: WED
''') + head_rule(140) + '\n' + wrap(table(rep), 140) + '\n' + head_rule(140) + X('''
Switchboard {RCPH}. Printed by {ROu} 09/11/2023.''')]

    gps = [
        'fix_time_utc|lat|lon|accuracy_m|zone|place_label|note',
        '2023-10-07 08:00|53.40xx|-1.46xx|8|INCLUSION|BAIL ADDRESS - {SAD}|curfew end',
        '2023-10-07 12:30|53.41xx|-1.47xx|15|-|Hallamby Central Mosque|Friday prayer (Sat? check)',
        '2023-10-07 14:10|53.39xx|-1.45xx|11|-|SUPPORTER ADDRESS - {BAD}|brother {BF}',
        '2023-10-07 17:55|53.40xx|-1.46xx|7|INCLUSION|BAIL ADDRESS - {SAD}|',
        '2023-10-11 09:45|53.38xx|-1.47xx|9|-|REPORTING CENTRE|report',
        '2023-10-14 16:20|53.41xx|-1.44xx|20|-|SUPPORTER ADDRESS - {FAD}|{FF} - visit (declared)',
        '2023-10-14 21:02|53.40xx|-1.46xx|6|INCLUSION|BAIL ADDRESS - {SAD}|curfew start 21:00 - LATE 2 MIN',
    ]
    d5 = [X('''ELECTRONIC MONITORING - GPS LOCATION TRAIL EXPORT (coordinates truncated for SAR)
Subject: {SPRu} / HO name {SHO}   Tag fitted 06/10/2023 by {EMu} ({EM})
''') + wrap('\n'.join(gps), 100) + X('''
Violation review: 14/10 late by 2 minutes - no action (field officer {EM}). Subject phone {SPHi}.''')]

    sup = [
        ['SUPPORTER', 'DOB', 'ADDRESS', 'POSTCODE', 'PHONE', 'SUM', 'BANK (sort code / account)'],
        ['{BN}', '{BDOB}', '{BAD}', '{BPC}', '{BPH}', '2,000', '{BSC} / {BAC}'],
        ['{FN}', '{FDOB}', '{FAD}', '{FPC}', '{FPH}', '1,000', '{FSC} / {FAC}'],
    ]
    d6 = [X('''FINANCIAL CONDITION SUPPORTERS - SCHEDULE (annex to bail decision 05/10/2023)
Applicant: {S}   DOB {DOB}
''') + head_rule(130) + '\n' + table(sup) + '\n' + head_rule(130) + X('''
Evidence of funds: {BF} - bank statement, IBAN {BIB}; {FF} - savings
account statement ({FSC}). Both supporters attended the hearing and were
questioned by Judge {JU} through the court, not the interpreter.
Relationship: (a) full brother - shares the father's and grandfather's names,
hence "{BN}"; (b) family friend.
Applicant's mother, {MO}, lives in Omdurman and is not a supporter.''')]

    txn = [
        ['DATE', 'MERCHANT / DESCRIPTION', 'AMOUNT', 'BALANCE'],
        ['09/10/2023', 'LOAD - SCHEDULE 10 SUPPORT', '+49.18', '49.18'],
        ['10/10/2023', 'SUPERMARKET HALLAMBY', '-21.40', '27.78'],
        ['12/10/2023', 'PHARMACY BECKSIDE', '-9.65', '18.13'],
        ['14/10/2023', 'BUS TICKET MACHINE', '-4.20', '13.93'],
        ['16/10/2023', 'LOAD - SCHEDULE 10 SUPPORT', '+49.18', '63.11'],
        ['17/10/2023', 'AFRICAN GROCERY GORDON TCE', '-15.00', '48.11'],
    ]
    d7 = [X('''SUPPORT PAYMENT CARD - STATEMENT PRINTOUT
Cardholder: {SHO}    Card number: {CARD}
Support reference issued to: {SPO} (please note - name mismatch queried)
Delivery address: {SAD}, {SPC}
''') + table(txn, right=(2, 3)) + X('''
Card replaced 16/10/2023 after name query; caller {SF} on {SPH}. Call handled by support
team (private contractor for the Home Office) - agent ID only.
Interpreter on call: none needed - applicant spoke English.
Message from {SK}: "please write my name as in my passport ({SV})".''')]

    subject = {
        'name': 'Mohamed Osman Abdelrahman IBRAHIM',
        'aliases': ['ABDELRAHMAN, Mohamed Osman', 'OSMAN, Mohamed', 'Mohammed Othman ABDELRAHMAN',
                    'Hamouda', 'محمد عثمان عبدالرحمن إبراهيم'],
        'date_of_birth': '1991-01-01',
        'prison_number': 'G5521TN',
        'identifiers': {'ni_number': 'NX 41 77 30 B', 'nhs_number': '999 580 6304',
                        'pnc': '2019/0077450Y', 'cro': '77450/19H'},
        'contact': {'addresses': ['Room 3, 41 Gordon Terrace, Hallamby', 'Flat 12, Canal Wharf House, Hallamby'],
                    'phones': ['07700 900970'], 'emails': ['m.osman.ibrahim@example.org']},
    }
    return {'bundle_id': 'eval19-05', 'subject': subject, 'docs': [
        ('immigration-bail-application-grounds', d1),
        ('probation-bail-address-and-risk-assessment', d2),
        ('home-office-caseworking-notes-export', d3),
        ('reporting-events-attendance-history', d4),
        ('em-gps-location-trail-export', d5),
        ('financial-condition-supporters-schedule', d6),
        ('support-payment-card-statement-printout', d7),
    ]}


# ---------------------------------------------------------------- assembly and checks
BUNDLES = [bundle_01, bundle_02, bundle_03, bundle_04, bundle_05]


def alnum(ch):
    return ch.isalnum()


def covered(spans, a, b):
    for s in spans:
        if s[0] <= a and b <= s[1]:
            return True
    return False


def build_bundle(fn):
    CUR.clear()
    spec = fn()
    docs_out = []
    pages_all = []        # (doc index, page index, text, char spans)
    kinds = set()
    for di, (kind, pages) in enumerate(spec['docs']):
        assert re.match(r'^[a-z0-9]+(?:-[a-z0-9]+)*$', kind), kind
        assert kind not in COVERED_KINDS, kind
        assert kind not in kinds, kind
        kinds.add(kind)
        doc = {'id': 'doc-%02d' % (di + 1), 'kind': kind, 'pages': [], 'truth': []}
        for pi, pm in enumerate(pages):
            text, spans = parse(pm)
            assert '\t' not in text and '\r' not in text
            last = 0
            for (a, b, cat, party) in spans:
                assert a >= last, ('overlap/order', kind, text[a:b])
                last = b
                v = text[a:b]
                assert v == v.strip() and v
                check_value(cat, v)
                if party == 'public_body':
                    assert cat in ('phone', 'email', 'address', 'postcode'), (cat, v)
                doc['truth'].append({
                    'page': pi,
                    'begin': len(text[:a].encode('utf-8')),
                    'end': len(text[:b].encode('utf-8')),
                    'category': cat, 'party': party, 'text': v})
            doc['pages'].append(text)
            pages_all.append((di, pi, text, spans))
        docs_out.append(doc)
    # byte offsets really select the text
    for d in docs_out:
        for t in d['truth']:
            raw = d['pages'][t['page']].encode('utf-8')
            assert raw[t['begin']:t['end']].decode('utf-8') == t['text']
    # every labelled value is labelled wherever it occurs in the bundle
    values = set()
    for (_, _, text, spans) in pages_all:
        for (a, b, cat, party) in spans:
            values.add(text[a:b])
    for v in sorted(values):
        lv = v.lower()
        for (di, pi, text, spans) in pages_all:
            lt = text.lower()
            start = 0
            while True:
                i = lt.find(lv, start)
                if i < 0:
                    break
                j = i + len(v)
                start = i + 1
                if i > 0 and alnum(text[i - 1]):
                    continue
                if j < len(text) and alnum(text[j]):
                    continue
                assert covered(spans, i, j), ('unlabelled repeat', spec['bundle_id'],
                                              docs_out[di]['kind'], pi, v, text[max(0, i - 40):j + 40])
    # no personal-data shapes outside labels
    for (di, pi, text, spans) in pages_all:
        masked = list(text)
        for (a, b, _, _) in spans:
            for k in range(a, b):
                if masked[k] != '\n':
                    masked[k] = '#'
        masked = ''.join(masked)
        for name, rx in LEAK:
            for m in rx.finditer(masked):
                if '#' in m.group(0):
                    continue
                raise AssertionError(('leak', name, spec['bundle_id'], docs_out[di]['kind'], pi,
                                      m.group(0), masked[max(0, m.start() - 60):m.end() + 20]))
    # subject block sanity
    subj = spec['subject']
    alltext = '\n'.join(p[2] for p in pages_all)
    subj_vals = set()
    for (_, _, text, spans) in pages_all:
        for (a, b, cat, party) in spans:
            if party == 'subject':
                subj_vals.add(text[a:b])
    assert subj['name'] in subj_vals, subj['name']
    for al in subj['aliases']:
        assert al in subj_vals, al
    if 'prison_number' in subj:
        assert subj['prison_number'] in subj_vals
    for k, v in subj['identifiers'].items():
        assert v in subj_vals, (k, v)
    for k in ('addresses', 'phones', 'emails'):
        for v in subj['contact'].get(k, []):
            assert v in subj_vals, (k, v)
    parse_date(subj['date_of_birth'])
    assert subj['date_of_birth'] in alltext
    out = {'bundle_id': spec['bundle_id'], 'subject': subj, 'documents': docs_out}
    return out


def yaml_q(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: evalgen_nineteenth.py OUTDIR')
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    PUBLIC.clear()
    bundles = [build_bundle(fn) for fn in BUNDLES]
    # public bodies
    pb = {'phone': set(), 'email': set(), 'address': set(), 'postcode': set()}
    keymap = {'phone': 'phones', 'email': 'emails', 'address': 'addresses', 'postcode': 'postcodes'}
    names = set()
    for b in PUBLIC:
        assert b['name'] not in names
        names.add(b['name'])
        for cat, key in keymap.items():
            for v in b.get(key, []):
                check_value(cat, v)
                pb[cat].add(v)
    used = {'phone': set(), 'email': set(), 'address': set(), 'postcode': set()}
    for bd in bundles:
        for d in bd['documents']:
            for t in d['truth']:
                if t['party'] == 'public_body':
                    assert t['text'] in pb[t['category']], ('not in yaml', t['text'])
                    used[t['category']].add(t['text'])
                elif t['category'] in pb:
                    assert t['text'] not in pb[t['category']], ('public value labelled personal', t)
    for cat in pb:
        assert pb[cat] == used[cat], ('yaml entry unused', cat, pb[cat] - used[cat])
    kinds_all = []
    ndocs = 0
    nbytes = 0
    cats = {}
    parties = {}
    for i, bd in enumerate(bundles):
        assert bd['bundle_id'] == 'eval19-%02d' % (i + 1)
        assert 6 <= len(bd['documents']) <= 8
        for d in bd['documents']:
            assert d['kind'] not in kinds_all, d['kind']
            kinds_all.append(d['kind'])
            ndocs += 1
            for p in d['pages']:
                nbytes += len(p.encode('utf-8'))
            for t in d['truth']:
                cats[t['category']] = cats.get(t['category'], 0) + 1
                parties[t['party']] = parties.get(t['party'], 0) + 1
        with open(os.path.join(outdir, 'bundle-%02d.json' % (i + 1)), 'w', encoding='utf-8', newline='\n') as f:
            f.write(json.dumps(bd, indent=1, ensure_ascii=False) + '\n')
    lines = ['version: 1', 'bodies:']
    for b in PUBLIC:
        lines.append('  - name: ' + yaml_q(b['name']))
        for key in ('phones', 'postcodes', 'addresses', 'emails'):
            vals = b.get(key, [])
            lines.append('    %s: [%s]' % (key, ', '.join(yaml_q(v) for v in vals)))
    with open(os.path.join(outdir, 'public-bodies.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    assert 30 <= ndocs <= 40
    nitems = sum(cats.values())
    sys.stderr.write('bundles=%d documents=%d page_bytes=%d items=%d\n' % (len(bundles), ndocs, nbytes, nitems))
    sys.stderr.write('categories: %s\n' % ', '.join('%s=%d' % kv for kv in sorted(cats.items())))
    sys.stderr.write('parties: %s\n' % ', '.join('%s=%d' % kv for kv in sorted(parties.items())))
    sys.stderr.write('kinds: %s\n' % ', '.join(kinds_all))


if __name__ == '__main__':
    main()
