#!/usr/bin/env python3
"""Blind synthetic evaluation set "eval-fourteenth" for the disclose PII-redaction engine.

WRITTEN BLIND: the author of this generator did not read, list, grep or run anything
belonging to the engine (no source, rules, other test sets, generators, README or build
output under /work/main) and did not run the `disclose` binary.  The only material
consulted was:
  * /work/shared/reference/uk-identifiers.md  (identifier formats and check characters)
  * /work/shared/reference/domain.md          (what subject access request bundles contain)
plus the task brief.  Everything here is invented; every value is fixed in this source
(no randomness, no clock, no network, standard library only).  Two runs give
byte-identical output.

Usage:  python3 tests/tools/evalgen_fourteenth.py tests/data/eval-fourteenth

Output: bundle-01.json .. bundle-05.json and public-bodies.yaml.

LABELLING POLICY
  * Every item of personal data on every page is labelled, including repeats, running
    heads and footers.  Span offsets are UTF-8 byte offsets into the page; spans carry no
    leading/trailing whitespace, are ordered and never overlap.
  * name spans cover the person's name without a title or rank ("DC", "Mr", "Dr"); a
    surname alone, a forename alone, initials-plus-surname, nicknames used as names and
    the name part of a possessive are all names.  Names of organisations, prisons,
    courts, streets and places are not.
  * address spans hold the street part (house number/name, street, locality, town)
    without the postcode; the postcode is its own span.
  * date_of_birth is used only for birth dates, never for event dates.
  * party "subject": the requester's own data in any form (any name order or case,
    initials, aliases, nicknames, DOB in any format, identifiers spaced or not, own
    current and previous addresses, phones and e-mails).
  * party "staff": people acting officially for a public body or its contractors
    (prison, probation, police, NHS, councils, schools, courts, tribunals, coroners,
    Home Office, Veterans UK, foreign judicial authorities) and their direct contact
    details.
  * party "public_body": published switchboards, generic mailboxes, addresses and
    postcodes of public bodies; each such value is listed in public-bodies.yaml.
  * party "third_party": everybody else (relatives, other prisoners and patients,
    victims, witnesses, neighbours, associates, and people working for private firms,
    charities, clubs or faith groups, including solicitors and agency interpreters).

Invariants asserted by this generator:
  * span text equals the page bytes at [begin, end); spans sorted and disjoint;
  * any labelled value (case-insensitive, whole word) is covered by a span wherever
    else it occurs in the same bundle;
  * check characters: PNC/CRO mod-23, NHS mod-11 in the 999 range, Luhn for cards,
    IBAN mod-97, NI prefix rules, real calendar dates for DOBs (and the subject's DOB in
    every format equals the profile DOB);
  * postcodes use invented outward codes (Y?/Z? areas, never YO/ZE), phones use Ofcom
    drama ranges, e-mails use example domains, IPs use RFC 5737/3849 ranges;
  * unlabelled text contains no e-mail, phone, postcode, prison-number, long digit run,
    IP address, or "DOB:"-style birth date;
  * every public_body value appears in public-bodies.yaml exactly as in the text;
  * 30-40 documents, every document kind unique and not in the brief's excluded list.
"""
import datetime
import ipaddress
import json
import os
import re
import sys

CAT = {
    'n': 'name', 'dob': 'date_of_birth', 'pn': 'prison_number', 'pnc': 'pnc',
    'cro': 'cro', 'crn': 'crn', 'ni': 'ni_number', 'nhs': 'nhs_number', 'ph': 'phone',
    'em': 'email', 'ad': 'address', 'pc': 'postcode', 'vr': 'vehicle_registration',
    'pp': 'passport', 'dl': 'driving_licence', 'sc': 'sort_code',
    'ac': 'account_number', 'iban': 'iban', 'card': 'payment_card', 'ip': 'ip_address',
}
PARTY = {'s': 'subject', 't': 'third_party', 'st': 'staff', 'pb': 'public_body'}
MARK = re.compile(r'\[\[(.+?)\]\]')

# --------------------------------------------------------------------------------------
# Public bodies (all invented).  Keys are used in page mark-up as [[KEY.ad]] etc.
# --------------------------------------------------------------------------------------
BODIES = []   # list of (key, name, {'ad': [...], 'pc': [...], 'ph': [...], 'em': [...]})
PB = {}       # entity key -> 'cat.pb|text'


def body(key, name, ad=(), pc=(), ph=(), em=()):
    d = {'ad': list(ad), 'pc': list(pc), 'ph': list(ph), 'em': list(em)}
    BODIES.append((key, name, d))
    for cat, vals in d.items():
        for i, v in enumerate(vals):
            k = '%s.%s' % (key, cat) if i == 0 else '%s.%s%d' % (key, cat, i + 1)
            assert k not in PB
            PB[k] = '%s.pb|%s' % (cat, v)


ENT = {}


def resolve(body_):
    if '|' in body_:
        code, text = body_.split('|', 1)
    else:
        if body_ in ENT:
            code, text = ENT[body_].split('|', 1)
        elif body_ in PB:
            code, text = PB[body_].split('|', 1)
        else:
            raise KeyError('unknown entity key %r' % body_)
    c, p = code.split('.')
    return CAT[c], PARTY[p], text


def vis(s):
    return MARK.sub(lambda m: resolve(m.group(1))[2], s)


def tbl(widths, *rows):
    """Aligned table: each row a tuple of cells (mark-up allowed); widths include gap."""
    lines = []
    for row in rows:
        parts = []
        for i, cell in enumerate(row):
            if i < len(row) - 1:
                w = len(vis(cell))
                assert w < widths[i], (cell, widths[i])
                parts.append(cell + ' ' * (widths[i] - w))
            else:
                parts.append(cell)
        lines.append(''.join(parts).rstrip())
    return '\n'.join(lines)


def render(src):
    out = []
    spans = []
    last = 0
    pos = 0
    for m in MARK.finditer(src):
        lit = src[last:m.start()]
        assert '[[' not in lit and ']]' not in lit, lit
        out.append(lit)
        pos += len(lit)
        cat, party, text = resolve(m.group(1))
        assert text == text.strip() and text, repr(text)
        spans.append((pos, pos + len(text), cat, party, text))
        out.append(text)
        pos += len(text)
        last = m.end()
    tail = src[last:]
    assert '[[' not in tail and ']]' not in tail, tail
    out.append(tail)
    return ''.join(out), spans


def doc(kind, *pages):
    return (kind, list(pages))

EXCLUDED_KINDS = set("""
999-call-transcript abscond-risk-assessment accredited-programme-attendance-register
acct-case-review adjudication adjudication_record airline-passenger-name-record
ambulance-patient-report-form anpr-vehicle-check anpr_report ap-night-staff-handover-log
ap-resident-induction-checklist appeal-notice appropriate-adult-attendance-record
approved-premises-curfew-register approved-premises-incident-chronology
approved-premises-room-search-record approved-premises-warning-letter
approved-premises-wifi-access-log approved-visitor-list approved_premises_referral
arrest-enquiry-team-briefing-sheet asb-warning-letter asset-plus-assessment-extract
asylum-screening-interview bail-information-report bank-fraud-referral-form
bank_statement befriending-scheme-match-form benefits_letter body-worn-video-log
border-force-baggage-examination-log border-force-cash-seizure-notice
c100-application-extract cafcass-safeguarding-letter canteen-order-sheet
car-insurance-certificate cardiology-outpatient-letter care-home-rota-extract
care-programme-approach-review cas3-accommodation-referral case-notes
cash-detention-application cctv-request-form cell-bell-response-log cell-search-record
cell-sharing-risk-assessment certified-translation-of-correspondence
chapel-attendance-register chaplaincy-notes charge-sheet-bilingual
charity-bail-referral-form child-contact-centre-report church-baptism-record
church-letter-of-support citizens-advice-case-notes cloud-account-preservation-request
community-payback-supervisor-log comp1-complaint companies-register-officer-extract
compassionate-leave-funeral-request compensation-payment complaint-reply complaint_comp1
consular-notification-record coroner-inquest-witness-list coroner-witness-summons
coroners-record-of-inquest council-tax-letter country-expert-report-extract
court-bundle-index court-hearing-record court-interpreter-invoice court-listing
court-order-variation-application court_register cps_case_summary crime_report
custody-healthcare-assessment custody-record custody_record cyber-ip-log
dash-risk-checklist dating-app-profile-printout day-release-licence-card
dbs-style-disclosure-letter debt-advice-letter dentist-referral-letter
deportation-decision-letter-extract discharge-bank-account-form discharge-grant-receipt
domestic-abuse-refuge-referral drink-drive-rehabilitation-course-referral
drug-service-referral drug-test-lab-report dvds-disclosure-record
dvla-driving-ban-notice dvla_vehicle_check education-enrolment-form
education_work_record ehcp-annual-review-extract electoral-register-extract
em-tag-installation-report email email-printout email-thread email_printout email_thread
employer-disclosure-record employer-placement-monitoring-visit
employment-agency-registration-form employment-reference
employment-site-induction-record employment-tribunal-letter exhibit-continuity-record
exhibit_list exploitation-screening-tool facebook-messenger-printout
family-court-directions-order family-court-letter family-day-application
family-engagement-worker-notes family-letter family-liaison-officer-log
family-ties-overnight-release-plan family-tracing-request-form family_letter
family_letter_transcription fax_cover_sheet finance-statement finance_paperwork
financial-investigation financial_investigation fine-enforcement-letter
fire-service-home-safety-visit first-night-centre-interview
first-tier-tribunal-bail-decision fl401-application-extract fnp-home-office-referral
food-bank-voucher-referral football-club-disciplinary-letter
forensic-lab-submission-form ftt-iac-notice-of-hearing
funeral-contribution-authorisation gambling-account-statement gp-registration-form
ground-rules-hearing-note gym-induction-form gym-membership-agreement
gym-work-allocation-board hdc-address-check healthcare healthcare-note
healthcare_clinic_list healthcare_incident_note hmrc-cis-repayment-letter
hmrc-tax-letter home-office-family-reunion-refusal hospital-bedwatch-log
hospital-discharge-summary hotel-booking-printout house-to-house-enquiry-form
housing-benefit-claim housing-options-interview id-document-application-tracker
identification-procedure-record imb-application imha-advocacy-visit-record
immigration-detention-notice in-cell-kiosk-application-history incentives-level-review
inpatient-unit-admission-assessment inpatient-unit-nursing-handover-sheet
instagram-direct-message-printout insurance-claim-form intelligence-log
inter-prison-transfer-form interpreter-assisted-supervision-record interpreter-booking
irc-room-allocation-sheet irc-welfare-office-contact-sheet it_audit_log it_login_audit
jobcentre-appointment-letter key-worker-session-notes kitchen-hygiene-roster
knife-crime-prevention-order-application landlord-reference lawyers-attendance-note
legal-aid-means-form legal-visits-diary letter library-loan-record
licence-compliance-warning-interview-record licence-conditions-letter
licence-variation-request-form listener-scheme-log livescan-ident-response
local-welfare-assistance-application lost-property-form magistrates-court-result-sheet
mail-room-log mappa-minutes mappa_minutes marac-referral-form marketplace-sale-record
marriage-application mash-referral mbu-admission-board-decision mbu-separation-plan
mdt-test-slip mental_health_notes mg11-statement missing-person-return-interview
mmpr-restraint-debrief mobile-phone-contract mobile-phone-download
mobile-subscriber-check monthly-detention-progress-report mosque-letter-of-support
motor-insurance-database-enquiry-result move-on-accommodation-plan ndelius_contact_log
ndelius_contacts nearest-relative-information-letter next-of-kin-notification-form
nomis-alerts-printout nomis_case_notes non-molestation-order
nrm-reasonable-grounds-decision-letter oasys oasys-extract oasys_extract
ocr-application-form ocr-handwritten-form ocr-scanned-fax omu-categorisation-review
out-of-court-disposal-panel-record outgoing-funds-transfer-request
pace-detention-review-record parenting-course-register parking-penalty-notice
parole-dossier-summary parole-oral-hearing-decision parole_dossier
passport-office-letter pawn-shop-transaction-record payslips peer-mediation-agreement
peer-mentor-application pension-credit-claim-extract perinatal-mental-health-referral
person-escort-record personal-officer-report pharmacy-prescription-record pin-phone-list
pin_phone_contacts pnc-print-extract police-bail-conditions-notice police-custody-record
police-liaison-information-exchange police_mg11 pom-com-handover-note
ppcs-recall-dossier-checklist ppo-fatal-incident-investigator-interview
pre-interview-disclosure-document pre-release-resettlement-checklist pre-sentence-report
pre_sentence_report presenting-officer-review-note prison-council-minutes
prison-radio-request-slips prison-reception-booking-in-sheet prison-wedding-guest-list
prisoner-handwritten-letter prisoner-money-receipt-scan prisoner-profile
private-cash-log probation-accommodation-visit-notes probation-contact-log
probation-exclusion-zone-map-notes probation-induction-questionnaire production-order
property-card psr-addendum psychiatric-report-extract ptph-form-extract recall-report
recall-return-to-custody-interview-record referral-order-panel-contract
release-day-travel-warrant remand-to-la-accommodation-placement-plan
remittance-receipt-printout removal-directions-notice
reparation-project-attendance-sheet resettlement-housing-referral
restorative-justice-conference-notes restraining-order rotl-board-minutes
rotl-work-placement-agreement rotl_application royal-mail-redirection-form
rule-35-medical-report school-attendance-letter school-exclusion-notice
school-managed-move-agreement school-safeguarding-chronology search-warrant-application
seclusion-record section-17-leave-form section-7-welfare-report-extract
security_information_report security_intelligence_log segregation-review
sentence-calculation sentence-plan-review-minutes sentencing-remarks
sex-offender-notification smart-doorbell-event-log
social-media-account-subscriber-return social-media-transcription
social-visit-application social-worker-core-group-minutes solicitor_letter
speech-language-communication-screening stop-and-search-record
storage-unit-rental-agreement student-finance-letter taxi-booking-record
telephone-billing-analysis telephone-monitoring-summary telephone_monitoring
tenancy-deposit-certificate text-transcript text_message_transcript
transition-to-adult-estate-plan translated-voicemail-transcript travel_id_paperwork
travel_record tribunal-record-of-proceedings tribunal-social-circumstances-report
tv-licensing-enquiry-letter universal-credit-journal unpaid-work-completion-certificate
unpaid-work-timesheet use_of_force_report vaccination-record vehicle-hire-agreement
vehicle-seizure-notice veterans-support-letter viber-chat-export
victim-awareness-course-workbook-extract victim-contact-letter victim-needs-assessment
victim-personal-statement victim-representations-on-licence-conditions
victim-right-to-review-letter victim_liaison_note video-call-log visit-log
visitor-vetting-police-checks-return visits-hall-seating-plan visits_booking visits_log
voluntary-interview-transcript ward-round-minutes welsh-language-preference-record
whatsapp-export wing-observation-book wing_observation_book witness-care-letter
witness-expenses-claim witness-statement witness_statement witness_statement_mg11
workshop-pay-sheet ycs-placement-decision-record yot-referral youth-club-incident-log
youth-court-bail-supervision-support-plan youth-court-results-letter-to-parent
""".split())

# --------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------
L23 = 'ZABCDEFGHJKLMNPQRTUVWXY'
MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']


def v_pnc(v):
    s = v.upper().replace(' ', '')
    if '/' in s:
        yy, rest = s.split('/')
        assert len(yy) in (2, 4), v
        yy = yy[-2:]
    else:
        if len(s) == 12:
            yy, rest = s[2:4], s[4:]
        else:
            yy, rest = s[:2], s[2:]
    serial, chk = rest[:-1], rest[-1]
    assert serial.isdigit() and 1 <= len(serial) <= 7, v
    assert L23[int(yy + serial.zfill(7)) % 23] == chk, ('PNC check', v)


def v_cro(v):
    s = v.upper().replace(' ', '')
    if s.startswith('SF'):
        yy, rest = s[2:].split('/')
        assert L23[int(yy + rest[:-1]) % 23] == rest[-1], v
        return
    serial, rest = s.split('/')
    yy, chk = rest[:2], rest[2]
    assert serial.isdigit() and len(serial) <= 6 and yy.isdigit(), v
    assert L23[int(yy + serial.zfill(6)) % 23] == chk, ('CRO check', v)


def v_nhs(v):
    d = re.sub(r'[ -]', '', v)
    assert len(d) == 10 and d.isdigit() and d.startswith('999'), v
    s = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10 and c == int(d[9]), ('NHS check', v)


def v_ni(v):
    s = re.sub(r'[ -]', '', v.upper())
    assert re.fullmatch(r'[A-Z]{2}\d{6}[A-D]?', s), v
    a, b = s[0], s[1]
    assert a not in 'DFIQUV' and b not in 'DFIQUVO', v
    assert s[:2] not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'), v


def v_card(v):
    d = re.sub(r'[ -]', '', v)
    assert d.isdigit() and 13 <= len(d) <= 19, v
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    assert tot % 10 == 0, ('Luhn', v)


def v_iban(v):
    s = v.replace(' ', '').upper()
    assert re.fullmatch(r'GB\d{2}[A-Z]{4}\d{14}', s), v
    r = s[4:] + s[:4]
    n = int(''.join(str(int(c, 36)) for c in r))
    assert n % 97 == 1, ('IBAN', v)


BAD_OUT = {'YO', 'ZE'}


def v_postcode(v):
    m = re.fullmatch(r'([A-Z]{2})(\d{1,2}|\d[A-HJKPSTUW]) (\d)([A-Z]{2})', v)
    assert m, ('postcode shape', v)
    area = m.group(1)
    assert area[0] in 'YZ' and area[1] not in 'IJZ' and area not in BAD_OUT, v
    assert not set(m.group(4)) & set('CIKMOV'), v


DRAMA = ('07700900', '01134960', '01144960', '01154960', '01164960', '01174960',
         '01184960', '01214960', '01314960', '01414960', '01514960', '01614960',
         '01914980', '02079460', '01632960')


def v_phone(v):
    d = re.sub(r'\D', '', v)
    if v.startswith('+44'):
        d = '0' + d[2:]
    assert len(d) == 11 and d.startswith(DRAMA), ('phone', v)


def v_email(v):
    assert re.fullmatch(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+', v), v
    dom = v.split('@')[1].lower()
    assert (dom in ('example.com', 'example.org', 'example.net')
            or dom.endswith(('.example.com', '.example.org', '.example.net'))
            or '.example.' in '.' + dom), ('email domain', v)


def v_ip(v):
    a = ipaddress.ip_address(v)
    nets = [ipaddress.ip_network(n) for n in
            ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32')]
    assert any(a in n for n in nets if n.version == a.version), v


def parse_date(v):
    s = v.strip()
    m = re.fullmatch(r'(\d{4})[-./](\d{2})[-./](\d{2})\.?', s)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r'(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})', s)
    if m:
        y = int(m.group(3))
        if y < 100:
            y += 2000 if y <= 24 else 1900
        return datetime.date(y, int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r'(\d{2})(\d{2})(\d{4})', s)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(?i)(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \-]([A-Za-z]+)\.?,?[ \-]'?(\d{2}|\d{4})", s)
    if m:
        y = int(m.group(3))
        if y < 100:
            y += 2000 if y <= 24 else 1900
        return datetime.date(y, MONTHS.index(m.group(2)[:3].lower()) + 1, int(m.group(1)))
    m = re.fullmatch(r'(?i)([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})', s)
    if m:
        return datetime.date(int(m.group(3)), MONTHS.index(m.group(1)[:3].lower()) + 1,
                             int(m.group(2)))
    raise AssertionError('unparsed date ' + v)


def v_dl(v):
    s = v.replace(' ', '').upper()
    assert re.fullmatch(r'[A-Z9]{5}\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z][A-Z9]\d[A-Z]{2}', s), v


def validate_value(cat, text):
    if cat == 'pnc':
        v_pnc(text)
    elif cat == 'cro':
        v_cro(text)
    elif cat == 'nhs_number':
        v_nhs(text)
    elif cat == 'ni_number':
        v_ni(text)
    elif cat == 'payment_card':
        v_card(text)
    elif cat == 'iban':
        v_iban(text)
    elif cat == 'postcode':
        v_postcode(text)
    elif cat == 'phone':
        v_phone(text)
    elif cat == 'email':
        v_email(text)
    elif cat == 'ip_address':
        v_ip(text)
    elif cat == 'date_of_birth':
        d = parse_date(text)
        assert datetime.date(1900, 1, 1) < d < datetime.date(2024, 12, 1), text
    elif cat == 'prison_number':
        assert re.fullmatch(r'[A-Z]\d{4}[A-Z]{2}', text.replace(' ', '').upper()), text
    elif cat == 'crn':
        assert re.fullmatch(r'[A-Z]\d{6}', text), text
    elif cat == 'passport':
        assert re.fullmatch(r'[A-Z]{0,2}\d{7,9}', text.replace(' ', '')), text
    elif cat == 'driving_licence':
        v_dl(text)
    elif cat == 'vehicle_registration':
        assert re.fullmatch(r'[A-HJ-PR-Y]{2}(?:0[2-9]|[1-7]\d) ?[A-HJ-PR-Z]{3}', text), text
    elif cat == 'sort_code':
        assert re.fullmatch(r'\d{2}[- ]?\d{2}[- ]?\d{2}', text), text
    elif cat == 'account_number':
        assert re.fullmatch(r'\d{8}', text), text
    elif cat == 'name':
        assert not re.match(r'(?i)(mr|mrs|ms|miss|dr|dc|ds|pc|sgt|insp)\.? ', text), text
        assert re.search(r'[^\W\d]{2}', text), text   # OCR may turn O into 0
    elif cat == 'address':
        assert not re.search(r'[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}', text), text


def is_word(ch):
    return ch.isalnum()


def check_bundle(bid, subject, docs, excluded_kinds):
    """docs: list of (id, kind, [(page_text, char_spans)]) ; asserts every invariant."""
    sub_dob = datetime.date.fromisoformat(subject['date_of_birth'])
    labelled = {}
    for did, kind, pages in docs:
        assert kind not in excluded_kinds, kind
        assert re.fullmatch(r'[a-z0-9]+(?:-[a-z0-9]+)*', kind), kind
        for text, spans in pages:
            prev = 0
            for b, e, cat, party, t in spans:
                assert text[b:e] == t and t == t.strip() and b >= prev, (did, t)
                prev = e
                assert cat in CAT.values() and party in PARTY.values()
                validate_value(cat, t)
                if cat == 'date_of_birth' and party == 'subject':
                    assert parse_date(t) == sub_dob or t in ALT_SUBJECT_DOBS, (did, t)
                if party == 'public_body':
                    assert cat in ('phone', 'postcode', 'address', 'email'), (did, t)
                labelled.setdefault(t.lower(), set()).add((cat, party))
    # consistency: every occurrence of every labelled value is covered
    for did, kind, pages in docs:
        for text, spans in pages:
            low = text.lower()
            assert len(low) == len(text)
            cover = [(b, e) for b, e, _, _, _ in spans]
            for val in labelled:
                start = 0
                while True:
                    i = low.find(val, start)
                    if i < 0:
                        break
                    j = i + len(val)
                    start = i + 1
                    if i > 0 and is_word(low[i - 1]) and is_word(low[i]):
                        continue
                    if j < len(low) and is_word(low[j]) and is_word(low[j - 1]):
                        continue
                    assert any(b <= i and j <= e for b, e in cover), \
                        ('unlabelled repeat', bid, did, val, text[max(0, i - 40):j + 40])
            # unlabelled text must not carry obvious personal data
            masked = list(text)
            for b, e, _, _, _ in spans:
                for k in range(b, e):
                    masked[k] = '#'
            masked = ''.join(masked)
            for pat, why in UNLABELLED_TRAPS:
                m = re.search(pat, masked)
                assert not m, (why, bid, did, masked[max(0, m.start() - 50):m.end() + 50])
    return labelled


# A false date of birth recorded for a subject (e.g. on documents supplied by traffickers)
# is still the subject's personal data and is labelled as her date_of_birth.
ALT_SUBJECT_DOBS = {'01/01/1999'}

UNLABELLED_TRAPS = [
    (r'@', 'e-mail'),
    (r'\b0\d{2,4} ?\d{3,4} ?\d{3,4}\b', 'phone'),
    (r'\+44', 'phone'),
    (r'\b[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}\b', 'postcode'),
    (r'\b[A-Z]\d{4}[A-Z]{2}\b', 'prison number'),
    (r'\d{7,}', 'long digit run'),
    (r'\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b', 'ip'),
    (r'(?i)2001:db8', 'ip6'),
    (r'(?i)\b(?:d\.?o\.?b\.?|date of birth|born(?: on)?)\s*[:\-]?\s*\(?\d', 'dob'),
    (r'\b\d{2}/\d{5,7}[A-Z]\b', 'pnc'),
    (r'\b\d{2}-\d{2}-\d{2}\b', 'sort code'),
]

# Bundle 01 bodies
body('RAV', 'HMP Ravenmoor', ad=['Moor Road, Ravenmoor, Wexbridge'], pc=['ZB3 8RH'],
     ph=['0113 496 0100'],
     em=['omu.ravenmoor@justice.example.gov.uk', 'security.ravenmoor@justice.example.gov.uk'])
body('NCA', 'National Crime Agency Extradition Unit', ph=['020 7946 0550'],
     em=['extradition.unit@nca.example.gov.uk'])
body('KMC', "Kingsbridge Magistrates' Court (Extradition)", ad=['1 Regency Row, Kingsbridge'],
     pc=['YA4 9NE'], ph=['020 7946 0500'], em=['kingsbridge.extradition@courts.example.gov.uk'])
body('CPSX', 'Crown Prosecution Service Extradition Unit',
     ad=['Rose Court, 2 Southwark Yard, Kingsbridge'], pc=['YA4 2ES'], ph=['020 7946 0575'],
     em=['extradition@cps.example.gov.uk'])
body('WXP', 'Wexbridge Police Prison Liaison Unit', ad=['Canal Street Police Station, Wexbridge'],
     pc=['ZB1 4PL'], ph=['0113 496 0125'])
# Bundle 02 bodies
body('LAR', 'HMP Larkmead', ad=['Larkmead Lane, Eastcote Fen, Marlcombe'], pc=['YB7 2LD'],
     ph=['0117 496 0200'], em=['larkmead.resettlement@justice.example.gov.uk'])
body('MCP', 'Marlcombe Police Modern Slavery Unit', ad=['Bridewell Street, Marlcombe'],
     pc=['YB2 1PS'], ph=['0117 496 0800'], em=['modern.slavery@marlcombe.police.example.uk'])
body('CCRC', 'Criminal Cases Review Commission', ad=['5 Temple Mews, Corbridge Road, Sallowfield'],
     pc=['YE3 1AT'], ph=['0121 496 0300'], em=['info@ccrc.example.gov.uk'])
body('MTT', 'Marlcombe Talking Therapies (NHS)', ad=['Riverside Health Centre, Wharf Road, Marlcombe'],
     pc=['YB2 7HW'], ph=['0117 496 0650'], em=['marlcombe.talkingtherapies@nhs.example.net'])
# Bundle 03 bodies
body('AYC', 'Ashgrove Youth Court', ad=['Court House, Infirmary Street, Ashgrove'], pc=['ZA1 2HQ'],
     ph=['0161 496 0400'], em=['ashgrove.youthcourt@courts.example.gov.uk'])
body('AYJS', 'Ashgrove Youth Justice Service', ad=["3 Tanner's Yard, Ashgrove"], pc=['ZA1 4TY'],
     ph=['0161 496 0900'], em=['yjs@ashgrove.example.gov.uk'])
body('ABC', 'Ashgrove Borough Council', ad=['Civic Centre, Market Way, Ashgrove'], pc=['ZA1 1DA'],
     ph=['0161 496 0950', '0161 496 0960'],
     em=['traveller.sites@ashgrove.example.gov.uk', 'tes@ashgrove.example.gov.uk'])
body('AP', 'Ashgrove Police', ad=['Police Station, Lowgate, Ashgrove'], pc=['ZA2 5LG'],
     ph=['0161 496 0440'], em=['central.ticket.office@ashgrove.police.example.uk'])
# Bundle 04 bodies
body('CAR', 'HMP Carrick Downs', ad=['Station Road, Carrick Downs, Truvale'], pc=['ZH2 4QA'],
     ph=['01632 960300'], em=['omu.carrickdowns@justice.example.gov.uk'])
body('TCO', "Truvale Coroner's Office", ad=['Lemon Hall, Quay Street, Truvale'], pc=['ZH1 2BN'],
     ph=['01632 960450'], em=['coroners.office@truvale.example.gov.uk'])
body('TPO', 'Truvale Probation Office', ad=['12 Lemon Street, Truvale'], pc=['ZH1 3DX'],
     ph=['01632 960500'], em=['truvale.probation@justice.example.gov.uk'])
body('TPOL', 'Truvale Police', ad=['Police Station, Tregolls Road, Truvale'], pc=['ZH1 6TP'],
     ph=['0118 496 0180'])
body('VUK', 'Veterans UK', ad=['Ferncourt Building, Thornton Way, Wexley'], pc=['YF3 7TU'],
     ph=['0115 496 0150'], em=['veterans-uk@mod.example.gov.uk'])
body('PPO', 'Prisons and Probation Ombudsman', ph=['020 7946 0633'], em=['fii@ppo.example.gov.uk'])
# Bundle 05 bodies
body('BRK', 'Brackenfield Medium Secure Unit', ad=['Brackenfield Hospital, Stoke Lane, Hollinsbury'],
     pc=['YD5 3PF'], ph=['0121 496 0700'], em=['brackenfield.mhalaw@nhs.example.net'])
body('FTMH', 'First-tier Tribunal (Mental Health)', ad=['PO Box 4417, Hollinsbury'], pc=['YD9 1WT'],
     ph=['0121 496 0750'], em=['mhrt@tribunals.example.gov.uk'])
body('IAC', 'First-tier Tribunal (Immigration and Asylum Chamber), Portlow',
     ad=['Fenwick House, Quayside Row, Portlow'], pc=['YC1 6TW'], ph=['0191 498 0600'],
     em=['portlow.iac@tribunals.example.gov.uk'])
body('HOPO', 'Home Office Presenting Officers Unit, Portlow', ph=['0191 498 0655'],
     em=['hopo.portlow@homeoffice.example.gov.uk'])
body('HCC', 'Hollinsbury City Council Adult Safeguarding', ad=['Town Hall, Broad Parade, Hollinsbury'],
     pc=['YD1 2TH'], ph=['0121 496 0800'], em=['adult.safeguarding@hollinsbury.example.gov.uk'])

# ======================================================================================
# BUNDLE 01 - Pakistani Pashtun man, high-security prison, extradition request (Hungary)
# ======================================================================================
B1_SUBJECT = {
    'name': 'Gul Rahman YOUSAFZAI',
    'aliases': ['Gul Rahman KHAN', 'Gul Rehman Yousafzai', 'Gulo', 'G.R. Yousafzai'],
    'date_of_birth': '1985-11-07',
    'prison_number': 'A7316KD',
    'identifiers': {'ni_number': 'SH 52 71 09 C', 'nhs_number': '999 406 7184',
                    'pnc': '2009/0417263H', 'cro': '218745/09Z'},
    'contact': {'addresses': ['Flat 3, 118 Cheetham Parade, Wexbridge ZB6 2QF'],
                'phones': ['07700 900417'], 'emails': ['gulrahman.y85@example.com']},
}

B1_ENT = {
    'S': 'n.s|Gul Rahman YOUSAFZAI', 'Ssf': 'n.s|YOUSAFZAI, Gul Rahman',
    'SSUR': 'n.s|YOUSAFZAI', 'Ssur': 'n.s|Yousafzai', 'Sfirst': 'n.s|Gul Rahman',
    'Sgul': 'n.s|Gul', 'Sa1': 'n.s|Gul Rahman KHAN', 'Sa2': 'n.s|Gul Rehman Yousafzai',
    'Snick': 'n.s|Gulo', 'Sinit': 'n.s|G.R. Yousafzai', 'Slow': 'n.s|gul rahman yousafzai',
    'Sd1': 'dob.s|07/11/1985', 'Sd2': 'dob.s|07-NOV-1985', 'Sd3': 'dob.s|7 November 1985',
    'Sd4': 'dob.s|1985-11-07', 'Sd5': 'dob.s|07.11.85',
    'Spn': 'pn.s|A7316KD', 'Spnc': 'pnc.s|2009/0417263H', 'Spnc2': 'pnc.s|09/417263H',
    'Scro': 'cro.s|218745/09Z', 'Sni': 'ni.s|SH 52 71 09 C', 'Sni2': 'ni.s|SH527109C',
    'Snhs': 'nhs.s|999 406 7184', 'Spp': 'pp.s|AQ7165243',
    'Sad': 'ad.s|Flat 3, 118 Cheetham Parade, Wexbridge', 'Spc': 'pc.s|ZB6 2QF',
    'Sph': 'ph.s|07700 900417', 'Sem': 'em.s|gulrahman.y85@example.com',
    # family
    'W': 'n.t|Zarghuna BIBI', 'Wf': 'n.t|Zarghuna', 'Wsur': 'n.t|Bibi',
    'Wad': 'ad.t|18 Cobden Street, Wexbridge', 'Wpc': 'pc.t|ZB5 3RL', 'Wph': 'ph.t|07700 900583',
    'C1': 'n.t|Meena', 'C1d': 'dob.t|14/02/2014', 'C2': 'n.t|Aimal', 'C2d': 'dob.t|03/09/2017',
    'B': 'n.t|Noor Rahman YOUSAFZAI', 'Bf': 'n.t|Noor Rahman', 'Bn': 'n.t|Noor',
    'Bph': 'ph.t|07700 900582', 'Bvr': 'vr.t|YK62 HWP',
    'F': 'n.t|Sher Rahman',
    # co-accused and other prisoners
    'H': 'n.t|Habibullah', 'Hpnc': 'pnc.t|2020/0553907B',
    'Z': 'n.t|SZABÓ Bence', 'Zh': 'n.t|Szabó Bence', 'Zf': 'n.t|Bence', 'Zs': 'n.t|Szabó',
    'Zd': 'dob.t|1991.03.22',
    'R': 'n.t|Rebwar Hama SALIH', 'Rebwar': 'n.t|Rebwar', 'Rsf': 'n.t|SALIH, Rebwar Hama', 'Rpn': 'pn.t|A2281EX',
    'T': 'n.t|MAHMOOD, Tariq', 'Tpn': 'pn.t|A6650BN',
    'I': 'n.t|CHAUDHRY, Ilyas', 'Is': 'n.t|CHAUDHRY', 'Ipn': 'pn.t|A4127HW',
    'K': 'n.t|OSEI, Kwabena', 'Kpn': 'pn.t|A8812QT',
    # lawyers and interpreter (private firms)
    'L': 'n.t|Melissa TAN Mei Ling', 'Ls': 'n.t|Tan', 'Lm': 'n.t|Melissa', 'Lmt': 'n.t|Melissa Tan',
    'Lph': 'ph.t|020 7946 0813', 'Lem': 'em.t|m.tan@harcourtlane.example.co.uk',
    'Lcj': 'em.t|m.tan@harcourtlane.example.co.uk.cjsm.net',
    'Q': 'n.t|Fionnuala DEVLIN', 'Qs': 'n.t|Devlin',
    'P': 'n.t|Wahid Ullah SAFI', 'Ps': 'n.t|Safi',
    # staff
    'G1': 'n.st|Rachel OKAFOR', 'G1s': 'n.st|Okafor', 'G1ph': 'ph.st|0113 496 0187',
    'G1em': 'em.st|rachel.okafor@justice.example.gov.uk',
    'G2': 'n.st|Dean HARGREAVES', 'G2s': 'n.st|Hargreaves',
    'G3': 'n.st|Lyndsey KERSHAW', 'G3s': 'n.st|Kershaw',
    'G4': 'n.st|Whitlock', 'G5': 'n.st|Abdul Qadir PATEL', 'G5s': 'n.st|Patel',
    'G6': 'n.st|Sinéad MULCAHY', 'G6s': 'n.st|Mulcahy', 'G6ph': 'ph.st|0113 496 0163',
    'G6em': 'em.st|sinead.mulcahy@justice.example.gov.uk',
    'N1': 'n.st|Priyanka DESAI', 'N1em': 'em.st|priyanka.desai@nca.example.gov.uk',
    'X1': 'n.st|Oliver BRENNAN', 'X1s': 'n.st|Brennan', 'X1ph': 'ph.st|020 7946 0581',
    'DJ': 'n.st|Harriet ELLWOOD', 'DJs': 'n.st|Ellwood',
    'PC1': 'n.st|Marcus OYELARAN', 'PC1s': 'n.st|Oyelaran',
    'HJ': 'n.st|Kovács Eszter', 'HP': 'n.st|Tóth Gábor', 'HM': 'n.st|Horváth Zsuzsanna',
    'HMs': 'n.st|Horváth',
    'M1': 'n.st|Tharshini SIVAKUMAR', 'M1s': 'n.st|Sivakumar', 'M2': 'n.st|Ewan McCRAE',
    'M2s': 'n.st|McCrae',
}

B1_DOCS = lambda: [
    doc('escape-list-review-notice',
        "HMP RAVENMOOR - SECURITY DEPARTMENT                         OFFICIAL-SENSITIVE\n"
        "ESCAPE LIST (E-LIST) REVIEW NOTICE\n"
        "\n" +
        tbl([16, 46, 12],
            ("Prisoner:", "[[Ssf]]", "Prison No:", "[[Spn]]"),
            ("Also known as:", "[[Sa1]]; [[Sa2]]", "", ""),
            ("DOB:", "[[Sd1]]", "Category:", "A (standard)"),
            ("PNC:", "[[Spnc2]]", "CRO:", "[[Scro]]"),
            ("E-List status:", "Standard (since 03/03/2024)", "Review due:", "03/06/2024")) +
        "\n\n"
        "1. Reason for review\n"
        "[[SSUR]] was placed on the E-List on 3 March 2024 after Wexbridge Police passed on\n"
        "information that associates of his co-accused in the Hungarian proceedings, [[Z]],\n"
        "had discussed the route [[SSUR]] would take to court for the extradition hearing.\n"
        "The source of that information is not recorded here. DC [[PC1]] (Prison Liaison)\n"
        "confirmed on 28/05/2024 that no further reporting has been received.\n"
        "\n"
        "2. Conduct since last review\n"
        "Enhanced regime. Employed as a wing cleaner. One negative entry (28/04/2024) when\n"
        "he refused to return to his cell after a PIN call to his brother [[B]] was cut\n"
        "off. SO [[G2]] dealt with the matter informally. [[Ssur]] apologised the next day.\n"
        "Mr [[Ps]] (Pashto interpreter, Lingua Bridge Ltd) attended the review interview.\n"
        "\n"
        "3. Prisoner's representations\n"
        "\"I am not planning anything. My wife [[Wf]] and the children have moved house and\n"
        "I only want to know they are safe. [[Zs]] is nothing to me, I met him twice.\"\n",
        "E-LIST REVIEW - [[SSUR]] [[Spn]] - continuation                     page 2 of 2\n"
        "\n"
        "4. Escort arrangements for extradition hearing\n"
        "Court: Kingsbridge Magistrates' Court, [[KMC.ad]] [[KMC.pc]]\n"
        "Listing office: [[KMC.ph]] / [[KMC.em]]\n"
        "Video link is preferred by the court. If production is ordered the escort must use\n"
        "the Category A vehicle and the route must not be disclosed to the prisoner, to his\n"
        "brother [[Bn]] or to any visitor.\n"
        "\n"
        "5. Decision\n"
        "Remain on E-List (Standard). Review again in 3 months or on receipt of the\n"
        "extradition decision, whichever is sooner.\n"
        "\n" +
        tbl([22, 28],
            ("Reviewing manager:", "[[G1]], Head of Security"),
            ("Direct line:", "[[G1ph]]"),
            ("Security mailbox:", "[[RAV.em2]]"),
            ("Copied to:", "POM [[G6]]; DC [[PC1s]]")) +
        "\n\n"
        "Security Department, HMP Ravenmoor, [[RAV.ad]] [[RAV.pc]]  Tel [[RAV.ph]]\n"),

    doc('tca-arrest-warrant-certificate',
        "NATIONAL CRIME AGENCY - EXTRADITION UNIT\n"
        "CERTIFICATE UNDER SECTION 2(7) EXTRADITION ACT 2003\n"
        "(Arrest warrant issued under Title VII, Part Three, UK-EU Trade and Cooperation\n"
        "Agreement)\n"
        "\n"
        "Issuing judicial authority: Debrecen Regional Court, Hungary\n"
        "Issuing judge:              Dr. [[HJ]]\n"
        "Prosecutor:                 dr. [[HP]], Hajdú-Bihar County Chief Prosecutor's Office\n"
        "\n"
        "PERSON SOUGHT\n" +
        tbl([24, 40],
            ("Family name:", "[[SSUR]]"),
            ("Forename(s):", "[[Sfirst]]"),
            ("Other names used:", "[[Sa1]] / [[Sa2]]"),
            ("Date of birth:", "[[Sd3]]"),
            ("Nationality:", "Pakistani / British (registered 2016)"),
            ("Passport (PAK):", "[[Spp]]"),
            ("UK PNC ID:", "[[Spnc]]"),
            ("UK NI number:", "[[Sni]]"),
            ("Last known UK address:", "[[Sad]], [[Spc]]")) +
        "\n\n"
        "OFFENCES\n"
        "Facilitation of unauthorised entry and stay (people smuggling) for financial gain,\n"
        "acting in a criminal organisation, between 1 June 2021 and 14 October 2021 at\n"
        "the Hungarian-Serbian border near Röszke. It is alleged that the person sought\n"
        "arranged payment for transport organised by [[Zh]] (Hungarian national, born\n"
        "[[Zd]]) and by an Afghan national known only as [[H]].\n",
        "NCA ref: EXT/24/0917                               Person sought: [[Ssf]]\n"
        "\n"
        "CERTIFICATION\n"
        "I certify that the authority which issued the warrant has the function of issuing\n"
        "arrest warrants in Hungary. The warrant was received on 19 February 2024. The\n"
        "person sought is currently serving a sentence of imprisonment at HMP Ravenmoor\n"
        "(prison number [[Spn]]); the warrant is to be executed at the prison.\n"
        "\n"
        "Note for the court: the co-accused [[H]] is believed to be in custody in England\n"
        "(PNC [[Hpnc]]) on unrelated matters; no warrant for him has been certified by\n"
        "the Agency.\n"
        "\n" +
        tbl([14, 50],
            ("Signed:", "[[N1]], Extradition Officer"),
            ("E-mail:", "[[N1em]]"),
            ("Unit:", "[[NCA.ph]] | [[NCA.em]]"),
            ("Date:", "21 February 2024")) +
        "\n"),

    doc('extradition-hearing-opening-note',
        "IN THE KINGSBRIDGE MAGISTRATES' COURT (EXTRADITION)\n"
        "THE JUDICIAL AUTHORITY OF HUNGARY v [[SSUR]]\n"
        "\n"
        "OPENING NOTE ON BEHALF OF THE REQUESTING JUDICIAL AUTHORITY\n"
        "Hearing: 17 June 2024 before District Judge (Magistrates' Courts) [[DJ]]\n"
        "\n"
        "1. The requested person ('RP') is [[S]], born [[Sd4]]. He is currently\n"
        "detained at HMP Ravenmoor. He was produced by video link on the initial hearing.\n"
        "2. Identity is not disputed: the RP's fingerprints match CRO [[Scro]], the\n"
        "photograph in the warrant matches his custody images and DWP confirm National\n"
        "Insurance number [[Sni2]] for the same person.\n"
        "3. Bars raised by the defence (skeleton from Ms [[L]] of Harcourt Lane\n"
        "Solicitors, counsel Ms [[Q]]):\n"
        "   (a) Article 3 ECHR - prison conditions in Hungary;\n"
        "   (b) Article 8 ECHR - family life with his wife [[W]] and two children\n"
        "       ([[C1]], born [[C1d]]; [[C2]], born [[C2d]]);\n"
        "   (c) section 14 - passage of time.\n",
        "Hungary v [[SSUR]] - Opening note                                  page 2\n"
        "\n"
        "4. Article 3. The Hungarian Ministry of Justice has provided an individual\n"
        "assurance signed by Dr. [[HM]] (see separate letter) that the RP will be held in\n"
        "a cell providing at least 3 square metres of personal space.\n"
        "5. Article 8. The RP's wife lives with the children at [[Wad]] [[Wpc]].\n"
        "She has moved from the couple's former flat at [[Sad]]. Mrs [[Wsur]]'s\n"
        "statement says the elder child [[C1]] is receiving counselling. The RP's\n"
        "brother, [[Bf]], says he can support the family financially. The\n"
        "judicial authority accepts the family will suffer but says this is outweighed.\n"
        "6. Passage of time. The RP left Hungary in late 2021; he was arrested in the UK on\n"
        "unrelated matters under the name [[Sa1]], which delayed identification.\n"
        "\n"
        "[[X1]], Crown Advocate, CPS Extradition Unit\n"
        "[[CPSX.ad]], [[CPSX.pc]]\n"
        "Direct: [[X1ph]]  |  Unit: [[CPSX.ph]]  |  [[CPSX.em]]\n"),

    doc('prison-conditions-assurance-letter',
        "MINISTRY OF JUSTICE OF HUNGARY\n"
        "Deputy State Secretary for Justice Cooperation\n"
        "\n"
        "To: Crown Prosecution Service, Extradition Unit (attn. Mr [[X1s]])\n"
        "Your ref: KMC/EXT/0917   Our ref: IM/2024/5521\n"
        "\n"
        "Subject: Individual assurance - [[Ssf]] (born [[Sd5]])\n"
        "\n"
        "Dear Mr [[X1s]],\n"
        "\n"
        "In connection with the arrest warrant issued by the Debrecen Regional Court\n"
        "(presiding judge Dr. [[HJ]]) I give the following assurance on behalf of the\n"
        "Hungarian Prison Service in relation to [[Sinit]] (also recorded as\n"
        "[[Sa2]]):\n"
        "\n"
        "1. During any period of detention in Hungary, whether on remand or after\n"
        "   conviction, he will be provided with at least 3 square metres of personal space,\n"
        "   excluding sanitary facilities.\n"
        "2. He will be permitted to practise his religion, including halal food and fasting\n"
        "   during Ramadan.\n"
        "3. Consular access for the British Embassy will be permitted.\n"
        "4. He will not be held in the same institution as his co-accused [[Zh]].\n"
        "\n"
        "This assurance is given with the authority of the Minister.\n"
        "\n"
        "Yours sincerely,\n"
        "\n"
        "Dr. [[HM]]\n"
        "Deputy State Secretary\n"
        "\n"
        "cc: dr. [[HP]] (prosecutor); Ms [[L]], Harcourt Lane Solicitors ([[Lcj]])\n"),

    doc('ramadan-fasting-provision-list',
        "HMP RAVENMOOR  -  CHAPLAINCY / CATERING\n"
        "RAMADAN 1445 (2024) - FASTING PROVISION LIST - HOUSEBLOCK C\n"
        "Issued by: Imam [[G5]], Muslim Chaplain        Date: 08/03/2024\n"
        "\n" +
        tbl([24, 12, 9, 8, 12],
            ("Name", "Prison No", "Suhoor", "Iftar", "Diet"),
            ("[[Ssf]]", "[[Spn]]", "Y", "Y", "Halal"),
            ("[[Rsf]]", "[[Rpn]]", "Y", "Y", "Halal/GF"),
            ("[[T]]", "[[Tpn]]", "Y", "Y", "Halal"),
            ("[[I]]", "[[Ipn]]", "N", "Y", "Halal/diab."),
            ("[[K]]", "[[Kpn]]", "Y", "Y", "Halal")) +
        "\n\n"
        "Notes\n"
        "- [[Is]] is diabetic; healthcare advise he breaks the fast if his blood glucose\n"
        "  is low. Suhoor pack only on the advice of the nurse.\n"
        "- [[K]] converted in 2023; first Ramadan in custody.\n"
        "- [[SSUR]] asked for a copy of the Qur'an in Pashto; provided by the Chaplaincy.\n"
        "  He asked that his brother [[Bn]] be allowed to bring in dates for Eid.\n"
        "  Refused - no items may be handed in at visits in the high-security estate.\n"
        "- Wing staff: please do not unlock for Taraweeh prayers after 20:30 unless an\n"
        "  officer is present (SO [[G2s]]).\n"
        "\n"
        "Canteen: extra water and dates available via the weekly canteen sheet.\n"
        "Queries to the Chaplaincy on ext. 2240 or via the main switchboard [[RAV.ph]].\n",
        "RAMADAN FASTING LIST - HOUSEBLOCK C - page 2\n"
        "\n"
        "Eid al-Fitr arrangements\n"
        "Congregational prayer in the Multi-Faith Room, 09:30. Numbers are limited to twelve\n"
        "from C wing; [[Sgul]] and [[Rebwar]] have asked to lead the Pashto and Sorani\n"
        "recitations respectively.\n"
        "\n"
        "Signed: [[G5]]                      Checked: OSG [[G3]]\n"
        "\n"
        "Handwritten note at foot of page (OSG [[G3s]]):\n"
        "  'Spoke to [[Snick]] (that's what the lads call him) about the Eid visits -\n"
        "   told him his wife cannot bring food. He took it ok.'\n"),

    doc('closed-visits-review-board-minutes',
        "HMP RAVENMOOR\n"
        "CLOSED VISITS REVIEW BOARD - MINUTES\n"
        "\n" +
        tbl([18, 40],
            ("Date of board:", "12 April 2024"),
            ("Chair:", "[[G1]] (Head of Security)"),
            ("Present:", "SO [[G2]]; POM [[G6]]; DC [[PC1]]"),
            ("Prisoner:", "[[S]] ([[Spn]])")) +
        "\n\n"
        "1. Background\n"
        "On 23 March 2024, during a social visit, Visits staff saw [[Ssur]]'s brother,\n"
        "[[B]], pass a folded paper to the prisoner. The paper was recovered and found to\n"
        "contain a mobile number ([[Bph]]) and the words '[[Zs]] lawyer'. Closed visits were\n"
        "imposed for 3 months pending review.\n"
        "\n"
        "2. Police update (DC [[PC1s]])\n"
        "The brother's vehicle, a grey Toyota Prius [[Bvr]], was stopped leaving the car park\n"
        "on 23/03/2024. The driver, [[Bn]], was spoken to and released. No offences.\n"
        "The number on the paper is the brother's own mobile. Nothing links it to\n"
        "[[Zf]] or to anyone in Hungary.\n",
        "CLOSED VISITS REVIEW BOARD - [[SSUR]] [[Spn]] - page 2\n"
        "\n"
        "3. Prisoner's account (interviewed 10/04/2024 with interpreter Mr [[P]])\n"
        "He said the paper was his brother's new number because the old one had been lost,\n"
        "and '[[Zs]] lawyer' was a note for his solicitor Ms [[Ls]]. He said he has used\n"
        "only the PIN system and his solicitor's legal line.\n"
        "\n"
        "4. Visitors currently approved\n" +
        tbl([26, 16, 18],
            ("Name", "Relationship", "Status"),
            ("[[W]]", "Wife", "Approved"),
            ("[[C1]] (child)", "Daughter", "Approved (with wife)"),
            ("[[C2]] (child)", "Son", "Approved (with wife)"),
            ("[[B]]", "Brother", "Closed visits only"),
            ("[[F]]", "Father", "Not visited (in Pakistan)")) +
        "\n\n"
        "5. Decision\n"
        "Closed visits for [[Bf]] to continue until 23/06/2024. Open visits restored\n"
        "for [[Wf]] and the children from 15/04/2024. Mr [[Ssur]] to be informed in\n"
        "writing with Pashto translation.\n"
        "\n"
        "Police liaison: DC [[PC1s]], Prison Liaison Unit, [[WXP.ad]], [[WXP.pc]],\n"
        "tel [[WXP.ph]].\n"
        "\n"
        "Minutes: OSG [[G3]]   Approved: [[G1s]]\n"),

    doc('legal-call-booking-confirmation',
        "From:    [[L]] <[[Lcj]]>\n"
        "To:      [[RAV.em]]\n"
        "Cc:      [[Lem]]\n"
        "Sent:    Tuesday, 4 June 2024 16:42\n"
        "Subject: LEGAL CALL REQUEST - [[SSUR]] [[Spn]] - extradition\n"
        "\n"
        "Dear Offender Management Unit,\n"
        "\n"
        "We act for [[S]] (DOB [[Sd1]], prison no. [[Spn]]) in extradition\n"
        "proceedings. Please could you book a confidential legal call of 60 minutes in the\n"
        "week of 10 June. Counsel, Ms [[Qs]], will join. A Pashto interpreter will be on\n"
        "the line (Mr [[P]], Lingua Bridge Ltd).\n"
        "\n"
        "My direct line is [[Lph]]. Please do not use my personal mobile.\n"
        "\n"
        "Kind regards,\n"
        "[[Lmt]]\n"
        "Solicitor, Harcourt Lane Solicitors\n"
        "\n"
        "-----------------------------------------------------------------------------\n"
        "From:    [[G6]] <[[G6em]]>\n"
        "To:      [[Lcj]]\n"
        "Sent:    Wednesday, 5 June 2024 09:15\n"
        "Subject: RE: LEGAL CALL REQUEST - [[SSUR]] [[Spn]] - extradition\n"
        "\n"
        "Dear Ms [[Ls]],\n"
        "\n"
        "Confirmed: Thursday 13 June 2024, 10:00-11:00, legal video room 2. Please dial in\n"
        "via the link sent separately. [[Sgul]] has been told. I have not given your number\n"
        "to him; he asked me to pass on that his old mobile [[Sph]] and his e-mail\n"
        "[[Sem]] are no longer in use and should be removed from your file.\n"
        "\n"
        "Regards,\n"
        "[[G6]]\n"
        "Prison Offender Manager, OMU, HMP Ravenmoor\n"
        "Direct: [[G6ph]] | OMU: [[RAV.em]]\n",
        "LEGAL CALL LOG (printed from OMU booking system)        [[Slow]] / [[Spn]]\n"
        "\n" +
        tbl([12, 8, 22, 24],
            ("Date", "Time", "Caller", "Notes"),
            ("16/05/2024", "14:00", "[[L]]", "Completed - 45 min"),
            ("30/05/2024", "10:30", "[[Lmt]] + [[Qs]]", "Completed"),
            ("13/06/2024", "10:00", "[[Ls]] + counsel + [[Ps]]", "Booked")) +
        "\n\n"
        "Verification: caller identity checked against Law Society record and\n"
        "[[Lph]] (firm direct line) on each occasion.\n"),

    doc('food-refusal-monitoring-chart',
        "HMP RAVENMOOR HEALTHCARE - FOOD AND FLUID REFUSAL MONITORING CHART\n"
        "Patient: [[Ssf]]    NHS No: [[Snhs]]    DOB: [[Sd2]]\n"
        "Prison No: [[Spn]]    Start of refusal: 19/04/2024 (after closed visits decision)\n"
        "\n" +
        tbl([12, 9, 10, 13, 12, 20],
            ("Date", "Weight", "Food", "Fluid (ml)", "Obs", "Staff"),
            ("19/04/2024", "78.4kg", "refused", "1,500", "NAD", "RGN [[M1s]]"),
            ("20/04/2024", "78.0kg", "refused", "1,200", "NAD", "RGN [[M1s]]"),
            ("21/04/2024", "77.3kg", "refused", "900", "BP 102/64", "Dr [[M2s]]"),
            ("22/04/2024", "77.1kg", "1 meal", "1,800", "NAD", "RGN [[M1s]]"),
            ("23/04/2024", "-", "accepted", "2,000", "-", "Officer [[G4]]")) +
        "\n\n"
        "Clinical notes\n"
        "19/04 RGN [[M1]]: [[Sgul]] states he is refusing food in protest at closed visits for\n"
        "his brother. Capacity assessed - has capacity. Advised of risks in Pashto via\n"
        "telephone interpreter. Wife [[Wf]] telephoned the healthcare line from\n"
        "[[Wph]] asking if he was eating; told we cannot share information without his\n"
        "consent. He later consented to his wife being told he is 'well'.\n"
        "21/04 Dr [[M2]]: mild postural drop. Encouraged fluids. Imam [[G5s]] visited and\n"
        "spoke to him about the fast being broken for health reasons.\n"
        "22/04 Accepted evening meal after POM [[G6s]] explained the review date.\n"
        "23/04 Eating normally. Monitoring ended. Officer [[G4]] informed healthcare.\n"
        "\n"
        "Chart closed by: [[M1]], RGN, Healthcare Centre, HMP Ravenmoor (via [[RAV.ph]])\n"),
]

# ======================================================================================
# BUNDLE 02 - Vietnamese woman, women's open prison, modern slavery (cannabis farm)
# ======================================================================================
B2_SUBJECT = {
    'name': 'Thi Thu Trang PHAM',
    'aliases': ['Phạm Thị Thu Trang', 'PHAM Thi Thu Trang', 'Trang', 'Lan Anh NGUYEN'],
    'date_of_birth': '1996-02-19',
    'prison_number': 'A5081FT',
    'identifiers': {'ni_number': 'PX 31 84 26 B', 'nhs_number': '999 217 3645',
                    'pnc': '2019/0288451X', 'cro': '099173/19V'},
    'contact': {'addresses': ['Room 2, 64 Albion Street, Marlcombe YB3 8NQ'],
                'phones': ['07700 900314'], 'emails': ['trang.pham96@example.com']},
}

B2_ENT = {
    'S': 'n.s|Thi Thu Trang PHAM', 'Svn': 'n.s|Phạm Thị Thu Trang', 'Sup': 'n.s|PHAM Thi Thu Trang',
    'Ssf': 'n.s|PHAM, Thi Thu Trang', 'SSUR': 'n.s|PHAM', 'Ssur': 'n.s|Pham', 'St': 'n.s|Trang',
    'Stp': 'n.s|Trang PHAM', 'Stvn': 'n.s|Thu Trang', 'Sal': 'n.s|Lan Anh NGUYEN',
    'Sal2': 'n.s|NGUYEN Lan Anh', 'Slow': 'n.s|pham thi thu trang', 'Sinit': 'n.s|T.T.T. Pham',
    'Sd1': 'dob.s|19/02/1996', 'Sd2': 'dob.s|19.02.1996', 'Sd3': 'dob.s|19 Feb 1996',
    'Sd4': 'dob.s|19-FEB-96', 'Sd5': 'dob.s|19021996', 'Sdf': 'dob.s|01/01/1999',
    'Spn': 'pn.s|A5081FT', 'Spnc': 'pnc.s|2019/0288451X', 'Spnc2': 'pnc.s|19/288451X',
    'Scro': 'cro.s|099173/19V', 'Scro2': 'cro.s|99173/19V', 'Sni': 'ni.s|PX 31 84 26 B',
    'Snhs': 'nhs.s|999 217 3645', 'Spp': 'pp.s|C4827316',
    'Sad': 'ad.s|Room 2, 64 Albion Street, Marlcombe', 'Spc': 'pc.s|YB3 8NQ',
    'Sph': 'ph.s|07700 900314', 'Sph2': 'ph.s|+44 7700 900314', 'Sph3': 'ph.s|07700900314',
    'Sem': 'em.s|trang.pham96@example.com',
    'Ssc': 'sc.s|30-96-34', 'Sac': 'ac.s|41870225', 'Siban': 'iban.s|GB19 LOYD 3096 3441 8702 25',
    'Sip': 'ip.s|203.0.113.58',
    # exploiters and associates
    'A': 'n.t|Ardit HOXHA', 'Af': 'n.t|Ardit', 'Asur': 'n.t|HOXHA', 'As': 'n.t|Hoxha', 'Ank': 'n.t|Ardi',
    'Ad': 'dob.t|05/07/1988', 'Aph': 'ph.t|07700 900655', 'Avr': 'vr.t|YB19 KLT',
    'Aip': 'ip.t|198.51.100.23',
    'Be': 'n.t|Besnik', 'Tu': 'n.t|Tuấn', 'Tufull': 'n.t|Đỗ Văn Tuấn', 'Tua': 'n.t|DO Van Tuan',
    'Tuph': 'ph.t|07700 900671',
    'Hoa': 'n.t|Hoa', 'Farm': 'ad.t|27 Gorse Hill Road, Marlcombe', 'Farmpc': 'pc.t|YB4 6GH',
    'LL': 'n.t|Malcolm DRYSDALE',
    # family
    'Du': 'n.t|Phạm Văn Đức', 'Duasc': 'n.t|Duc PHAM', 'Duf': 'n.t|Đức', 'Duf2': 'n.t|Duc',
    'Duph': 'ph.t|07700 900713', 'Duad': 'ad.t|9 Kestrel Close, Sallowfield', 'Dupc': 'pc.t|YE5 2HN',
    'Mi': 'n.t|Minh', 'Mid': 'dob.t|15/08/2015', 'Mo': 'n.t|Lê Thị Bích',
    # charity, solicitor, interpreter, employer, salon clients
    'KA': 'n.t|Kerry-Ann BLACKWOOD', 'KAs': 'n.t|Blackwood', 'KAf': 'n.t|Kerry-Ann', 'KAmix': 'n.t|Kerry-Ann Blackwood',
    'KAph': 'ph.t|07700 900288', 'KAem': 'em.t|kerry-ann.blackwood@hopestreet.example.org',
    'RC': 'n.t|Ravi CHOPRA', 'RCs': 'n.t|Chopra', 'RCem': 'em.t|r.chopra@brookfieldives.example.co.uk',
    'IN': 'n.t|Mai NGUYEN', 'GT': 'n.t|Graham TWIGG', 'GTs': 'n.t|Twigg',
    'GTph': 'ph.t|07700 900902',
    'C1': 'n.t|Yuki MATSUMOTO', 'C1ph': 'ph.t|07700 900128',
    'C2': 'n.t|CHOI Ji-woo', 'C2ph': 'ph.t|07700 900376',
    'C3': 'n.t|Sandra LOCKYER', 'C3ph': 'ph.t|0117 496 0291',
    'C4': 'n.t|Bethany O\'NEILL', 'C4ph': 'ph.t|07700 900840',
    'Kay': 'n.t|Kayleigh', 'C5': 'n.t|Precious OKORO', 'C5ph': 'ph.t|07700 900531',
    # staff
    'P1': 'n.st|Claire ATHERTON', 'P1s': 'n.st|Atherton', 'P1ph': 'ph.st|0117 496 0816',
    'P1em': 'em.st|claire.atherton@marlcombe.police.example.uk',
    'P2': 'n.st|Tom BRISCOE', 'P2s': 'n.st|Briscoe',
    'O1': 'n.st|Davinder Kaur SANGHA', 'O1s': 'n.st|Sangha', 'O1em': 'em.st|davinder.sangha@justice.example.gov.uk',
    'O2': 'n.st|Lowther', 'O3': 'n.st|Jade PEMBERTON', 'O3s': 'n.st|Pemberton',
    'O4': 'n.st|Sutcliffe', 'O5': 'n.st|Angela ROSSITER',
    'J1': 'n.st|Morland', 'OP': 'n.t|Olwen PRYDDERCH', 'OPem': 'em.t|olwen.prydderch@plf.example.org',
    'OPph': 'ph.t|020 7946 0372', 'D1': 'n.st|Nomvula DLAMINI', 'D1s': 'n.st|Dlamini',
    'D2': 'n.st|Fiona GRAINGER', 'D2ph': 'ph.st|0117 496 0234', 'AN': 'n.st|Gareth PRYCE-JONES', 'ANs': 'n.st|Pryce-Jones',
}

B2_DOCS = lambda: [
    doc('ccrc-application-form-extract',
        "[Transcription of handwritten form. Writer's spelling kept. Illegible words marked\n"
        " [?]. See transcriber's note at end.]\n"
        "\n"
        "CRIMINAL CASES REVIEW COMMISSION - APPLICATION FORM (extract, sections A-C)\n"
        "\n"
        "A. YOUR DETAILS\n"
        "Full name ............ [[Sup]]\n"
        "Any other names ...... [[Sal]] (name on the false paper they gave me)\n"
        "Date of birth ........ [[Sd1]]\n"
        "Prison number ........ [[Spn]]      Prison: HMP Larkmead (open)\n"
        "Address before prison  [[Sad]] [[Spc]]\n"
        "Phone I used before .. [[Sph]] (police have this phone)\n"
        "Email ................ [[Sem]]\n"
        "\n"
        "B. CONVICTION\n"
        "Court: Marlcombe Crown Court   Offence: production of cannabis   Plea: guilty\n"
        "Sentence: 3 yrs 4 months\n"
        "\n"
        "C. WHY DO YOU THINK THE CONVICTION IS WRONG?\n"
        "i was brought to england by [[Tu]] (we call him anh [[Tu]]) in a lorry. he said i\n"
        "will work in nail bar and send money to my son [[Mi]]. instead they lock me in\n"
        "house at [[Farm]] with other girl [[Hoa]]. the albanian man [[Ank]] come\n"
        "every week with food and take the plants. i am not allowed go out. my\n"
        "solicitor at that time never ask me how i come to the house. i say guilty because\n"
        "[[Ank]] say he know where my mother [[Mo]] live in Nghe An.\n",
        "CCRC application - [[Stp]] - transcription page 2\n"
        "\n"
        "C. (continued)\n"
        "after police come i was in custody and i did not understand the interpreter on the\n"
        "phone. my brother [[Duf]] find me a new solicitor Mr [[RCs]] only last year.\n"
        "[[Duf]] lives at [[Duad]] [[Dupc]], tel [[Duph]]. i give permission for the CCRC\n"
        "to speak to him.\n"
        "\n"
        "D. WHO IS HELPING YOU WITH THIS FORM\n"
        "Name: [[RC]], Brookfield Ives LLP   E-mail: [[RCem]]\n"
        "Support worker: [[KA]] (Hope Street Survivors) tel [[KAph]]\n"
        "\n"
        "Signed: [[Svn]]                Date: 02/05/2024\n"
        "\n"
        "FOR CCRC USE: PNC [[Spnc2]]  CRO [[Scro2]]  Case ref: not yet allocated\n"
        "\n"
        "Transcriber's note: transcribed by OSG [[O2]] from the original handwritten form for\n"
        "the OMU file. The Vietnamese words in section C were checked by the agency\n"
        "interpreter [[IN]] by telephone. Original posted to CCRC, [[CCRC.ad]], [[CCRC.pc]]\n"
        "(tel [[CCRC.ph]], [[CCRC.em]]).\n"),

    doc('slavery-duty-to-notify-form',
        "DUTY TO NOTIFY - POTENTIAL VICTIM OF MODERN SLAVERY (ADULT, NO CONSENT TO NRM)\n"
        "Completed by a first responder organisation: Marlcombe Police\n"
        "\n"
        "SECTION 1 - FIRST RESPONDER\n" +
        tbl([22, 50],
            ("Officer:", "DS [[P1]], Modern Slavery Unit"),
            ("Telephone:", "[[P1ph]] (direct) / [[MCP.ph]] (unit)"),
            ("Unit mailbox:", "[[MCP.em]]"),
            ("E-mail:", "[[P1em]]"),
            ("Unit address:", "[[MCP.ad]], [[MCP.pc]]")) +
        "\n\n"
        "SECTION 2 - POTENTIAL VICTIM\n" +
        tbl([22, 50],
            ("Name:", "[[Ssf]]"),
            ("Name in own language:", "[[Svn]]"),
            ("Date of birth:", "[[Sd2]] (claimed; earlier documents show [[Sdf]])"),
            ("Nationality:", "Vietnamese"),
            ("Passport:", "[[Spp]] (Vietnam, held by Home Office)"),
            ("PNC / CRO:", "[[Spnc]] / [[Scro]]"),
            ("Current location:", "HMP Larkmead, [[LAR.ad]] [[LAR.pc]]")) +
        "\n\n"
        "SECTION 3 - INDICATORS\n"
        "[x] Restricted movement  [x] Debt bondage  [x] Threats against family\n"
        "[x] Found at a cannabis grow  [ ] Physical injuries  [x] Held with another victim\n",
        "DUTY TO NOTIFY - [[SSUR]] - page 2\n"
        "\n"
        "SECTION 4 - ACCOUNT AND SUSPECTED EXPLOITERS\n"
        "[[St]] says she was recruited in Hà Tĩnh by a man she calls anh [[Tu]]\n"
        "([[Tua]], mobile [[Tuph]] per her old phone contacts). On arrival she was\n"
        "held at [[Farm]] [[Farmpc]] (owner of record [[LL]], not believed\n"
        "to be involved). The grow was run by [[A]] (DOB [[Ad]]), mobile [[Aph]],\n"
        "vehicle [[Avr]], assisted by a man known only as [[Be]]. A second Vietnamese\n"
        "woman, [[Hoa]], was also held there; she has not been traced.\n"
        "\n"
        "SECTION 5 - ACTIONS\n"
        "Intelligence submitted re [[Asur]] and [[Be]]. Referral to Hope Street Survivors\n"
        "(support worker [[KAmix]]). DC [[P2]] to request cell-site analysis of\n"
        "[[Sph3]] and [[Aph]].\n"
        "\n"
        "Signed: [[P1]]  DS            Date: 14/03/2024\n"),

    doc('victim-care-contract-support-plan',
        "HOPE STREET SURVIVORS - Adult Victim Care Support Plan (confidential)\n"
        "Client: [[Stp]]   Preferred name: [[St]]   Client ref: HSS-0457\n"
        "DOB: [[Sd3]]   Location: HMP Larkmead (open conditions)\n"
        "Support worker: [[KA]]  |  [[KAem]]  |  mob [[KAph]]\n"
        "\n" +
        tbl([20, 50, 16],
            ("Need", "Action", "Who"),
            ("Safety on release", "Safe-house place requested; not near Marlcombe", "[[KAf]]"),
            ("Immigration", "Refer to legal aid immigration adviser", "[[KAf]]"),
            ("Contact with son", "Video calls to [[Mi]] via [[Duf2]]'s phone", "[[Stvn]] / [[Duf2]]"),
            ("Criminal appeal", "Liaise with [[RCs]] re CCRC", "[[KAs]]"),
            ("Mental health", "GP referral in prison; trauma therapy", "Healthcare"),
            ("Money", "Open bank account - done", "POM")) +
        "\n\n"
        "Risks\n"
        "[[St]] is frightened that [[Asur]] or his friend [[Be]] will find her when she\n"
        "leaves. She says [[Tu]] has a cousin in Sallowfield near her brother. Her brother\n"
        "[[Duasc]] ([[Duph]]) has been asked not to post photos of her online.\n"
        "\n"
        "Consent: [[Svn]] consents to information being shared with her POM\n"
        "[[O1]] ([[O1em]]) and DS [[P1s]].\n"
        "\n"
        "Prison resettlement team (for release planning): [[LAR.em]]\n"
        "\n"
        "Reviewed: 21/05/2024  [[KA]]\n"),

    doc('prisoners-earnings-act-levy-statement',
        "HMP LARKMEAD - FINANCE\n"
        "PRISONERS' EARNINGS ACT 1996 - LEVY STATEMENT (paid outside work, open conditions)\n"
        "\n"
        "Prisoner: [[Ssf]]   No: [[Spn]]   NI: [[Sni]]\n"
        "Employer: Larkmead Garden Centre Ltd (supervisor [[GT]], [[GTph]])\n"
        "Bank (salary paid to): sort code [[Ssc]]  account [[Sac]]\n"
        "IBAN (for reference): [[Siban]]\n"
        "\n" +
        tbl([12, 12, 12, 12, 14, 12],
            ("Week end", "Gross", "Tax/NI", "Net", "Levy (40%)", "To prisoner"),
            ("05/04/2024", "312.00", "0.00", "312.00", "116.80", "195.20"),
            ("12/04/2024", "298.50", "0.00", "298.50", "111.40", "187.10"),
            ("19/04/2024", "312.00", "0.00", "312.00", "116.80", "195.20"),
            ("26/04/2024", "156.00", "0.00", "156.00", "54.40", "101.60")) +
        "\n\n"
        "Notes\n"
        "1. Levy applies to net weekly earnings above £20 (40%), paid to Victim Support.\n"
        "2. Week ending 26/04/2024: part week - [[St]] attended court by video re CCRC.\n"
        "3. [[GTs]] reports good attendance. No concerns.\n"
        "4. Any earnings paid to an account other than the prisoner's own must be\n"
        "   refused. Brother ([[Duasc]]) asked to have money paid to him - refused.\n"
        "\n"
        "Finance clerk: Mr [[O4]]    Checked by: [[O5]], Head of Reducing Reoffending\n"
        "Finance office: [[LAR.ph]]\n"),

    doc('cell-site-analysis-report-extract',
        "MARLCOMBE POLICE - DIGITAL FORENSICS\n"
        "CELL SITE AND COMMUNICATIONS DATA REPORT (EXTRACT)  Op NIGHTJAR\n"
        "Analyst: [[AN]]      Requesting officer: DC [[P2]]\n"
        "\n"
        "1. Numbers examined\n" +
        tbl([20, 30, 26],
            ("Number", "Attributed to", "Basis"),
            ("[[Sph]]", "[[Ssf]]", "Seized from her; own admission"),
            ("[[Aph]]", "[[Asur]], [[Af]]", "Subscriber check; in his car"),
            ("[[Tuph]]", "'[[Tu]]' ([[Tufull]])", "Contact name on [[Ssur]] handset"),
            ("[[Duph]]", "[[Duasc]]", "Contact 'Anh [[Duf2]]' - brother")) +
        "\n\n"
        "2. Findings\n"
        "2.1 Between 01/09/2023 and 11/01/2024 handset [[Sph2]] connected almost\n"
        "    exclusively to cells serving the area around [[Farm]].\n"
        "    This is consistent with [[Ssur]] being kept at or near the address.\n"
        "2.2 [[As]]'s handset was at the same cells on 19 of those days, mostly on\n"
        "    Tuesday evenings, and otherwise in the Sallowfield area.\n"
        "2.3 The handset attributed to [[Ssur]] made no calls to any number other than\n"
        "    [[Aph]] and [[Tuph]], apart from two calls to her brother on 24/12/2023.\n",
        "Op NIGHTJAR - cell site extract - page 2 - [[SSUR]] / [[Asur]]\n"
        "\n"
        "3. Internet data\n" +
        tbl([20, 18, 40],
            ("Date/time (UTC)", "IP address", "Account / device"),
            ("2023-11-02 21:14", "[[Sip]]", "Facebook - account of [[Sal2]]"),
            ("2023-11-02 22:40", "[[Aip]]", "WhatsApp - handset of [[As]]"),
            ("2023-12-24 18:02", "[[Sip]]", "Facebook video call to [[Duf2]]")) +
        "\n\n"
        "The Facebook account in the name [[Sal]] was opened with the e-mail\n"
        "[[Sem]] and the date of birth [[Sdf]]. [[St]] has said the account\n"
        "was opened for her by [[Tu]].\n"
        "\n"
        "4. Limitations\n"
        "Cell site evidence shows the cell used, not the exact location of the handset.\n"
        "\n"
        "[[AN]], Communications Data Analyst, [[MCP.ad]] [[MCP.pc]]\n"),

    doc('salon-training-client-booking-sheet',
        "HMP LARKMEAD - THE LARKMEAD SALON (NVQ Level 2 Hair & Beauty, open to the public)\n"
        "CLIENT BOOKING SHEET - Saturday 18 May 2024        Tutor: [[O3]]\n"
        "\n" +
        tbl([7, 22, 16, 16, 22],
            ("Time", "Client", "Tel", "Treatment", "Trainee"),
            ("09:00", "[[C1]]", "[[C1ph]]", "Gel manicure", "[[St]] ([[Spn]])"),
            ("09:45", "[[C3]]", "[[C3ph]]", "Cut & blow dry", "[[Kay]] (E-wing)"),
            ("10:30", "[[C2]]", "[[C2ph]]", "Full set nails", "[[St]]"),
            ("11:30", "[[C4]]", "[[C4ph]]", "Eyebrow tint", "[[Kay]] (E-wing)"),
            ("13:00", "[[C5]]", "[[C5ph]]", "Pedicure", "[[St]]")) +
        "\n\n"
        "Tutor notes\n"
        "- Ms [[C1]] asked for [[St]] again by name; please do not give clients trainees'\n"
        "  surnames or any personal details.\n"
        "- [[Ssur]] is not to handle cash. Card payments only via tutor.\n"
        "- Client [[C2]] (Korean) and Ms [[C5]] both regulars.\n"
        "\n"
        "Salon bookings: via main switchboard [[LAR.ph]]. No mobile phones in the salon\n"
        "except the tutor's work phone.\n"
        "\n"
        "Signed: [[O3]], Tutor (education contractor)   Countersigned: OSG [[O2]]\n"),

    doc('talking-therapies-referral-form',
        "NHS HEALTHCARE - HMP LARKMEAD\n"
        "REFERRAL TO TRAUMA-FOCUSED TALKING THERAPY\n"
        "To: Marlcombe Talking Therapies, [[MTT.ad]], [[MTT.pc]]\n"
        "    [[MTT.ph]]  |  [[MTT.em]]\n"
        "\n" +
        tbl([20, 34, 14],
            ("Patient:", "[[Sup]]", "NHS No:", "[[Snhs]]"),
            ("DOB:", "[[Sd4]]", "Prison No:", "[[Spn]]"),
            ("Preferred name:", "[[St]]", "Language:", "Vietnamese"),
            ("Interpreter:", "Yes - female, not from Nghe An", "", "")) +
        "\n\n"
        "Reason for referral\n"
        "28-year-old woman identified as a potential victim of trafficking (Duty to Notify\n"
        "completed by Marlcombe Police). Reports nightmares most nights about 'the house'\n"
        "and about the man she calls [[Ank]]. Startles when male officers unlock. Low mood\n"
        "since contact with her son [[Mi]] (born [[Mid]], living with her mother [[Mo]]\n"
        "in Vietnam) became irregular. No self-harm. PHQ-9 17, GAD-7 15.\n"
        "\n"
        "She asks that letters are not sent to her previous address ([[Sad]]) and that\n"
        "her brother is not told about appointments.\n",
        "Referral - [[Slow]] - [[Spn]] - page 2\n"
        "\n"
        "Medication: sertraline 50 mg once daily (started 02/04/2024 by Dr [[D1s]]).\n"
        "Safeguarding: support worker [[KA]] (Hope Street Survivors) is aware of this\n"
        "referral with [[St]]'s consent. Release date 11/10/2024 - please offer remote\n"
        "sessions that can continue after release.\n"
        "\n"
        "Referrer: [[D2]], Mental Health Nurse, Healthcare, HMP Larkmead\n"
        "Direct line: [[D2ph]]   Prison switchboard: [[LAR.ph]]\n"
        "GP: Dr [[D1]]\n"
        "Date: 20/05/2024\n"),

    doc('distance-learning-grant-application',
        "PRISONERS' LEARNING FUND (registered charity) - DISTANCE LEARNING GRANT APPLICATION\n"
        "[form completed in block capitals; boxes transcribed]\n"
        "\n"
        "1. Applicant\n"
        "   Name as on prison record: [[S]]\n"
        "   Date of birth (DDMMYYYY): [[Sd5]]\n"
        "   Prison number: [[Spn]]       Establishment: HMP Larkmead\n"
        "   Earliest release date: 11/10/2024\n"
        "\n"
        "2. Course requested\n"
        "   Level 3 Diploma in Beauty Therapy (distance learning), provider: Skillpath\n"
        "   Cost: £640. Materials kit: £85 (my brother [[Du]] has offered to pay for the kit).\n"
        "\n"
        "3. Why do you want to do this course? (applicant's own words)\n"
        "   I finish Level 2 nails in the prison salon. When I go out I want work legal in a\n"
        "   salon with my own name, not like before. I want to send money to my son properly.\n"
        "\n"
        "4. Supporting statement (education staff)\n"
        "   [[Stp]] has completed NVQ Level 2 Nail Services with distinction. She is reliable,\n"
        "   careful with clients and has good English for the theory units. I support her\n"
        "   application. - [[O3]], Hair & Beauty Tutor\n",
        "Prisoners' Learning Fund - application [[Sinit]] - page 2\n"
        "\n"
        "5. Prison approval (Head of Learning and Skills)\n"
        "   Course approved for study in open conditions. Books to be sent to the Education\n"
        "   Department, HMP Larkmead, [[LAR.ad]] [[LAR.pc]] - not to the applicant's\n"
        "   previous address.\n"
        "   Signed: [[O5]]      Date: 28/05/2024\n"
        "\n"
        "6. Fund use only\n" +
        tbl([22, 40],
            ("Assessed by:", "[[OP]] (Grants Officer)"),
            ("Decision:", "Award £640 course fee; kit not funded"),
            ("Contact for queries:", "[[OPem]] / [[OPph]]"),
            ("Applicant told via:", "Education Department (not by phone)")) +
        "\n\n"
        "Note: applicant asked that the charity does not contact her on [[Sph]] as that phone\n"
        "was seized. All contact through the prison.\n"),
]

# ======================================================================================
# BUNDLE 03 - Irish Traveller boy (16), youth court, youth rehabilitation order
# ======================================================================================
B3_SUBJECT = {
    'name': 'Martin Joseph MAUGHAN',
    'aliases': ['Martin Joe MAUGHAN', 'Young Martin', 'Marty', 'M.J. Maughan'],
    'date_of_birth': '2008-06-23',
    'identifiers': {'ni_number': 'JT 64 02 18 A', 'nhs_number': '999 583 0213',
                    'pnc': '2023/0641172A'},
    'contact': {'addresses': ['Pitch 7, Long Meadow Traveller Site, Furnace Lane, Ashgrove ZA3 6FL',
                              'Bay 3, Cinder Lane Transit Site, Carrowby YG2 8TS'],
                'phones': ['07700 900244'], 'emails': ['martymaughan08@example.com']},
}

B3_ENT = {
    'S': 'n.s|Martin Joseph MAUGHAN', 'Ssf': 'n.s|MAUGHAN, Martin Joseph', 'Sjoe': 'n.s|Martin Joe MAUGHAN',
    'SSUR': 'n.s|MAUGHAN', 'Ssur': 'n.s|Maughan', 'Sf': 'n.s|Martin', 'Syoung': 'n.s|Young Martin',
    'Snick': 'n.s|Marty', 'Sinit': 'n.s|M.J. Maughan', 'Sij': 'n.s|MJM', 'Slow': 'n.s|martin maughan',
    'Smix': 'n.s|Martin Maughan', 'Smsf2': 'n.s|Maughan, Martin Joseph',
    'Sd1': 'dob.s|23/06/2008', 'Sd2': 'dob.s|23.06.08', 'Sd3': 'dob.s|23rd June 2008',
    'Sd4': 'dob.s|2008-06-23', 'Sd5': 'dob.s|23-Jun-2008',
    'Spnc': 'pnc.s|2023/0641172A', 'Spnc2': 'pnc.s|23/641172A', 'Sni': 'ni.s|JT 64 02 18 A',
    'Snhs': 'nhs.s|999 583 0213',
    'Sad': 'ad.s|Pitch 7, Long Meadow Traveller Site, Furnace Lane, Ashgrove', 'Spc': 'pc.s|ZA3 6FL',
    'Sad2': 'ad.s|Bay 3, Cinder Lane Transit Site, Carrowby', 'Spc2': 'pc.s|YG2 8TS',
    'Spitch': 'ad.s|Pitch 7', 'Sph': 'ph.s|07700 900244', 'Sem': 'em.s|martymaughan08@example.com',
    # family
    'F': 'n.t|Martin MAUGHAN', 'Fsf': 'n.t|MAUGHAN, Martin', 'Fbig': 'n.t|Big Martin',
    'FSUR': 'n.t|MAUGHAN', 'Fd': 'dob.t|12/01/1979', 'Fph': 'ph.t|07700 900245',
    'Fvr': 'vr.t|YN68 ULB', 'Fvr2': 'vr.t|YN68ULB',
    'M': 'n.t|Bridget MAUGHAN', 'Mf': 'n.t|Bridget', 'Mmix': 'n.t|Bridget Maughan', 'Mnee': 'n.t|McDONAGH', 'MSUR': 'n.t|Maughan',
    'Md': 'dob.t|04/04/1982', 'Mph': 'ph.t|07700 900246',
    'K': 'n.t|Kathleen MAUGHAN', 'Kn': 'n.t|Katie', 'Kd': 'dob.t|02/03/2011',
    'Nora': 'n.t|Nora',
    'JP': 'n.t|Johnny Paddy CONNORS', 'JPs': 'n.t|CONNORS', 'JPf': 'n.t|Johnny Paddy',
    'JPd': 'dob.t|19/11/2007',
    # co-defendant, victim, others
    'I': 'n.t|Ionuț ROSTAȘ', 'Ia': 'n.t|Ionut ROSTAS', 'Is': 'n.t|Rostaș', 'If': 'n.t|Ionuț',
    'Id': 'dob.t|30/01/2008', 'Ipnc': 'pnc.t|2021/0903377A',
    'V': 'n.t|Priya',
    'BC': 'n.t|Terry DOOLAN', 'BCs': 'n.t|Doolan', 'BCf': 'n.t|Terry', 'BCmix': 'n.t|Terry Doolan', 'BCph': 'ph.t|07700 900933',
    'BCem': 'em.t|terry@ashgroveabc.example.co.uk',
    'SOL': 'n.t|Aoife KEANE', 'SOLs': 'n.t|Keane',
    # staff
    'Y1': 'n.st|Adebayo Oluwaseun ADEYEMI', 'Y1s': 'n.st|Adeyemi', 'Y1n': 'n.st|Bayo',
    'Y1ph': 'ph.st|0161 496 0917', 'Y1em': 'em.st|adebayo.adeyemi@ashgrove.example.gov.uk',
    'PC': 'n.st|Hannah LEDGARD', 'PCs': 'n.st|Ledgard',
    'SM': 'n.st|Gerry NOLAN', 'SMs': 'n.st|Nolan', 'SMph': 'ph.st|07700 900960',
    'TE': 'n.st|Siobhán FLYNN', 'TEs': 'n.st|Flynn', 'TEem': 'em.st|siobhan.flynn@ashgrove.example.gov.uk',
    'LA': 'n.st|Ashworth', 'JM': 'n.st|J. Okoye', 'HY': 'n.st|Dobbs',
    'CT': 'n.st|Rhiannon PUGH',
    'HN': 'n.st|Comfort ASANTE-MENSAH', 'HNs': 'n.st|Asante-Mensah', 'HNph': 'ph.st|0161 496 0938',
    'GP': 'n.st|Padraig QUINLAN', 'GPs': 'n.st|Quinlan',
}

B3_DOCS = lambda: [
    doc('notice-of-intended-prosecution',
        "ASHGROVE POLICE - CENTRAL TICKET OFFICE\n"
        "NOTICE OF INTENDED PROSECUTION AND REQUIREMENT TO NAME DRIVER\n"
        "(Road Traffic Offenders Act 1988 s.1; Road Traffic Act 1988 s.172)\n"
        "\n"
        "To the registered keeper:\n"
        "Mr [[F]]\n"
        "[[Sad]]\n"
        "[[Spc]]\n"
        "\n" +
        tbl([22, 44],
            ("Notice number:", "CTO/24/118827"),
            ("Vehicle:", "Ford Transit Custom, white, [[Fvr]]"),
            ("Date and time:", "Sunday 3 March 2024 at 16:52"),
            ("Location:", "Furnace Lane, Ashgrove (30 mph)"),
            ("Recorded speed:", "52 mph (mobile camera van)"),
            ("Camera operator:", "[[CT]], Safety Camera Partnership")) +
        "\n\n"
        "You must give the name and address of the driver within 28 days. Failure to do so\n"
        "is an offence. Return Part 2 to Central Ticket Office, [[AP.ad]], [[AP.pc]],\n"
        "or e-mail [[AP.em]]. Enquiries [[AP.ph]].\n",
        "NOTICE CTO/24/118827 - [[Fvr2]] - PART 2: DRIVER DETAILS\n"
        "\n"
        "[ ] I was the driver\n"
        "[x] I was not the driver. The driver was:\n"
        "    Full name:     [[S]]\n"
        "    Date of birth: [[Sd1]]\n"
        "    Address:       same as mine ([[Spitch]], Long Meadow)\n"
        "    Driving licence: none - he is 15 - my son\n"
        "\n"
        "Signed: [[F]]  (registered keeper)   Date: 11/03/2024\n"
        "Contact tel: [[Fph]]\n"
        "\n"
        "OFFICE USE\n"
        "Driver nominated is a youth; no licence; no insurance. Refer to Youth Offending /\n"
        "Youth Justice for out-of-court disposal decision, or charge. PNC checked:\n"
        "[[Slow]] [[Spnc2]] - one previous (reprimand). Keeper [[FSUR]] no trace.\n"
        "Handled by: PC [[PC]] (collar 2241)\n"),

    doc('site-pitch-licence-agreement',
        "ASHGROVE BOROUGH COUNCIL - GYPSY AND TRAVELLER SITES\n"
        "PITCH LICENCE AGREEMENT (Mobile Homes Act 1983, as applied to local authority sites)\n"
        "\n" +
        tbl([24, 50],
            ("Site:", "Long Meadow Traveller Site"),
            ("Pitch:", "[[Sad]] [[Spc]]"),
            ("Licensee 1:", "[[F]] (DOB [[Fd]])"),
            ("Licensee 2:", "[[M]] (nee [[Mnee]]) (DOB [[Md]])"),
            ("Previous address:", "[[Sad2]] [[Spc2]]"),
            ("Start date:", "1 September 2019")) +
        "\n\n"
        "Household members\n" +
        tbl([28, 16, 20],
            ("Name", "Date of birth", "Relationship"),
            ("[[Sjoe]]", "[[Sd1]]", "Son"),
            ("[[K]]", "[[Kd]]", "Daughter")) +
        "\n\n"
        "Key terms\n"
        "4.1 The licensees are responsible for the behaviour of everyone living on or\n"
        "    visiting the pitch.\n"
        "4.2 No more than two touring caravans and one commercial vehicle per pitch.\n"
        "4.3 No vehicle may be driven on the site at more than 5 mph.\n",
        "Pitch licence - Long Meadow - [[Spitch]] - [[Fsf]] - page 2\n"
        "\n"
        "Schedule of warnings\n" +
        tbl([12, 58],
            ("Date", "Matter"),
            ("06/03/2024", "Son [[Snick]] driving the Transit round the site fast; children"),
            ("", "playing. Verbal warning to [[Mf]]. (Site manager [[SMs]])"),
            ("14/03/2024", "Police attended re speeding notice. Cousin [[JP]]"),
            ("", "staying on pitch without permission - advised he must leave.")) +
        "\n\n"
        "Signed for the Council: [[SM]], Site Manager, site mobile [[SMph]]\n"
        "Sites Team: [[ABC.ad]], [[ABC.pc]] | [[ABC.ph]] | [[ABC.em]]\n"
        "Signed licensees: [[F]]   [[M]]\n"),

    doc('youth-rehabilitation-order-intervention-plan',
        "ASHGROVE YOUTH JUSTICE SERVICE\n"
        "YOUTH REHABILITATION ORDER - INTERVENTION PLAN\n"
        "\n" +
        tbl([16, 64, 7],
            ("Young person:", "[[Ssf]]", "DOB:", "[[Sd4]]"),
            ("Known as:", "[[Syoung]] / [[Snick]]", "NHS:", "[[Snhs]]"),
            ("Address:", "[[Sad]]", "", ""),
            ("Postcode:", "[[Spc]]", "Tel:", "[[Sph]]")) +
        "\n\n"
        "Order: YRO 9 months with supervision, 60 hours unpaid work (not applicable under\n"
        "16 - converted to reparation 20 hours), activity requirement (boxing club),\n"
        "made at Ashgrove Youth Court on 15 May 2024. Co-defendant [[I]] received a\n"
        "Referral Order.\n"
        "\n"
        "Offences: dangerous driving (3 March 2024); theft from a shop (14 April 2024 -\n"
        "the shop worker, [[V]], was pushed aside; she was not injured).\n"
        "\n"
        "Case manager: [[Y1]] ('[[Y1n]]') | [[Y1ph]] | [[Y1em]]\n"
        "YJS office: [[AYJS.ad]], [[AYJS.pc]] | [[AYJS.ph]] | [[AYJS.em]]\n",
        "YRO plan - [[Ssf]] - [[Spnc]] - page 2\n"
        "\n" +
        tbl([22, 42, 16],
            ("Target", "Intervention", "With"),
            ("Driving", "Driver awareness; no access to van keys", "Parents"),
            ("Peers", "Keep away from [[Is]] and [[JPf]]", "[[Y1s]]"),
            ("Education", "Back to school 3 days/wk; TES support", "Ms [[TEs]]"),
            ("Activity", "Boxing club twice weekly", "[[BC]]"),
            ("Victim", "Letter of apology to [[V]] (via YJS)", "[[Y1n]]")) +
        "\n\n"
        "Young person's view: '[[Sf]] said he only drove because his dad was at the\n"
        "horse fair and [[JPf]] dared him. He wants to box and to drive properly when he\n"
        "is 17. He does not want his Granny [[Nora]] to know about the shop.'\n"
        "\n"
        "Parent's view: Mrs [[MSUR]] ([[Mph]]) wants [[Snick]] kept away from [[Ia]]'s\n"
        "family and says the boy's father, [[Fbig]], will supervise him at work.\n"),

    doc('traveller-education-service-note',
        "ASHGROVE BOROUGH COUNCIL - TRAVELLER EDUCATION SERVICE (TES)\n"
        "Contact note - school re-engagement\n"
        "\n"
        "Pupil: [[Sjoe]]    DOB: [[Sd5]]    Year 11, Ashgrove Academy\n"
        "Worker: [[TE]] ([[TEem]])    TES line: [[ABC.ph2]] / [[ABC.em2]]\n"
        "\n"
        "22/04/2024  Home visit to Long Meadow, [[Spitch]]. Mum ([[Mf]]) present, [[Sf]] in\n"
        "the trailer at first. Attendance 41% this year. He says teachers 'call me a\n"
        "gypsy'. Head of Year Mr [[HY]] has agreed a 3-day timetable (Mon, Wed, Thu)\n"
        "with English, maths and construction taster. [[Kn]] (sister, Year 8) doing well.\n"
        "\n"
        "29/04/2024  Phone call from [[Mmix]] on [[Mph]]. Family may travel to\n"
        "Appleby in June. Advised to register with school for dual registration/T-code\n"
        "so that [[Snick]]'s attendance is not marked unauthorised. Also told her about YJS\n"
        "meeting with [[Y1]].\n"
        "\n"
        "07/05/2024  School meeting. Present: [[HY]] (HoY), [[TE]] (TES), [[Y1s]] (YJS),\n"
        "[[M]] (mother). [[Smix]] attended for first 20 minutes then left.\n"
        "Cousin [[JP]] (DOB [[JPd]]) was waiting outside the school gates in a car; HoY\n"
        "told him to leave.\n"
        "\n"
        "Next: TES to send course information to [[Sem]] (his e-mail - he says he\n"
        "reads it on his phone) and copy to Mum by text.\n"),

    doc('boxing-club-mentor-report',
        "ASHGROVE AMATEUR BOXING CLUB (affiliated to England Boxing)\n"
        "The Old Drill Hall, Cokeworks Road, Ashgrove\n"
        "\n"
        "To: Ashgrove Youth Justice Service / Ashgrove Youth Court\n"
        "Re: [[S]] (DOB [[Sd3]])\n"
        "\n"
        "I am the head coach and a volunteer mentor at the club. I have known [[Sf]] since\n"
        "he was about nine - his dad [[Fbig]] boxed here years ago and his cousin\n"
        "[[JPf]] trains here too, on and off.\n"
        "\n"
        "Since his order started he has come to every Tuesday and Thursday session\n"
        "(16 out of 16). He helps with the juniors and has passed his Level 1 young\n"
        "leaders award. He has had one skin-up (minor) with another lad, [[If]], outside the\n"
        "club, which I dealt with - I understand they are not meant to be together and\n"
        "I have told [[If]] he cannot train on the same nights.\n"
        "\n"
        "If he keeps this up I would like to put [[Snick]] forward for his first\n"
        "skills bout in the autumn. He will need a medical (his GP is fine with it).\n"
        "\n"
        "I am happy to be contacted: [[BCph]] or [[BCem]].\n"
        "\n"
        "Yours faithfully,\n"
        "\n"
        "[[BC]]\n"
        "Head Coach (volunteer), DBS checked\n"
        "\n"
        "Attendance extract (club register)\n" +
        tbl([12, 28, 10, 20],
            ("Date", "Name", "Session", "Signed in by"),
            ("21/05/2024", "[[Smix]]", "Seniors", "[[BCf]]"),
            ("21/05/2024", "[[JP]]", "Seniors", "[[BCf]]"),
            ("23/05/2024", "[[Smix]]", "Juniors*", "[[BCs]]"),
            ("23/05/2024", "[[If]] (sent home)", "-", "[[BCs]]")) +
        "\n* helping as young leader\n"
        "cc: [[Y1]] (YJS)\n"),

    doc('criminal-behaviour-order-draft-terms',
        "ASHGROVE POLICE - APPLICATION FOR A CRIMINAL BEHAVIOUR ORDER ON CONVICTION\n"
        "(Anti-social Behaviour, Crime and Policing Act 2014, s.22)  DRAFT TERMS\n"
        "\n" +
        tbl([22, 52],
            ("Defendant:", "[[Ssf]]"),
            ("Date of birth:", "[[Sd2]]"),
            ("PNC ID:", "[[Spnc]]"),
            ("NI number:", "[[Sni]]"),
            ("Address:", "[[Sad]]"),
            ("", "[[Spc]]"),
            ("Parents/guardian:", "[[F]] and [[M]] (same address)")) +
        "\n\n"
        "Proposed prohibitions (duration: 2 years)\n"
        "1. Not to drive or sit in the driver's seat of any mechanically propelled vehicle\n"
        "   on a road or other public place, including vehicle [[Fvr]].\n"
        "2. Not to associate or communicate, directly or indirectly, with:\n"
        "   (a) [[Ia]] (also spelt [[I]]), DOB [[Id]], PNC [[Ipnc]];\n"
        "   (b) [[JP]], DOB [[JPd]].\n"
        "3. Not to enter the Spar convenience store on Furnace Lane.\n"
        "4. Not to contact [[V]] (shop worker) in any way.\n"
        "\n"
        "Proposed positive requirement\n"
        "Attend Ashgrove Amateur Boxing Club mentoring; supervisor: [[BCmix]]\n"
        "(head coach) - consent given.\n",
        "CBO draft - [[SSUR]] [[Sd2]] - page 2\n"
        "\n"
        "Evidence summary\n"
        "On 3 March 2024 the defendant drove his father's van at 52 mph in a 30 zone with\n"
        "[[JPs]] and [[Is]] as passengers. On 14 April 2024 he and [[If]] stole\n"
        "energy drinks and vapes from the Spar; [[V]] was pushed into a shelf.\n"
        "On 20 April 2024 [[Sinit]] was seen by PC [[PCs]] driving a quad bike on Furnace Lane.\n"
        "\n"
        "Consultation: YJS ([[Y1]]) does not support prohibition 3 as the\n"
        "family's nearest shop; suggests a 'not to enter when [[V]] is working' term.\n"
        "\n"
        "Officer in case: PC [[PC]], Ashgrove Neighbourhood Team, [[AP.ad]] [[AP.pc]]\n"
        "Defence solicitor served: [[SOL]], Pennine Youth Law\n"),

    doc('parental-bind-over-recognisance',
        "ASHGROVE YOUTH COURT, [[AYC.ad]], [[AYC.pc]]\n"
        "BIND OVER OF PARENT OR GUARDIAN - RECOGNISANCE\n"
        "(Powers of Criminal Courts (Sentencing) Act 2020, s.376)\n"
        "\n"
        "Young person: [[Smsf2]]      Date of birth: [[Sd1]]\n"
        "Parent:       [[M]], of [[Sad]], [[Spc]]\n"
        "\n"
        "The parent named above acknowledges that she is bound in the sum of £250 to take\n"
        "proper care of and exercise proper control over the young person for 12 months,\n"
        "and to ensure he complies with the requirements of his youth rehabilitation order.\n"
        "\n"
        "The father, [[F]], was not present; the court did not bind him over.\n"
        "\n"
        "Taken before: [[JM]] (Presiding Justice)     Legal Adviser: [[LA]]\n"
        "Date: 15 May 2024\n"
        "\n"
        "Signature of parent: [[Mmix]] (her mark witnessed by the usher)\n"
        "\n"
        "Court office: [[AYC.ph]] | [[AYC.em]]\n"
        "Copy to: Youth Justice Service ([[Y1s]]); defence solicitor Ms [[SOLs]]\n"
        "Case: [[Sij]] / Youth / 0515-03\n"),

    doc('chat-health-screening-summary',
        "ASHGROVE YOUTH JUSTICE SERVICE - HEALTH TEAM\n"
        "COMPREHENSIVE HEALTH ASSESSMENT TOOL (CHAT) - SCREENING SUMMARY\n"
        "\n" +
        tbl([18, 32, 14],
            ("Name:", "[[Ssf]]", "DOB:", "[[Sd1]]"),
            ("NHS number:", "[[Snhs]]", "GP:", "Dr [[GPs]]"),
            ("Carer present:", "Mother ([[M]])", "Tel:", "[[Mph]]")) +
        "\n\n" +
        tbl([26, 12, 44],
            ("Domain", "Outcome", "Notes"),
            ("Physical health", "No concern", "Nose injury 2023 (boxing); healed"),
            ("Immunisations", "Incomplete", "Family moved often; catch-up offered"),
            ("Substance use", "Low", "Vapes; occasional alcohol at fairs"),
            ("Mental health", "Low", "SDQ within normal range"),
            ("Neurodisability", "Refer", "Reading age approx 9; possible dyslexia"),
            ("Speech & language", "Refer", "Struggled with court words")) +
        "\n\n"
        "Summary\n"
        "[[Snick]] engaged well once his mother left the room. He said he has not been to a\n"
        "dentist since the family lived at [[Sad2]] [[Spc2]]. He wants to join his\n"
        "father's tarmac business. He described his cousin [[JPf]] as 'like a brother'.\n"
        "He asked that nothing about the assessment is shared with his Granny [[Nora]] or\n"
        "his sister [[Kn]].\n",
        "CHAT summary - [[Smix]] - page 2\n"
        "\n"
        "Actions\n"
        "1. Dyslexia screen via school SENCo (TES worker [[TEs]] to chase).\n"
        "2. Register with a dentist near Long Meadow; letter to [[Ssur]] family at\n"
        "   [[Sad]], [[Spc]].\n"
        "3. Immunisation catch-up: GP practice (Dr [[GP]]) informed.\n"
        "4. Share summary with case manager [[Y1s]] - consent given by [[Sf]] and his mother.\n"
        "\n"
        "Assessed by: [[HN]], Youth Justice Nurse\n"
        "Direct line: [[HNph]]  |  YJS: [[AYJS.ph]]\n"
        "Date: 30/05/2024\n"),
]

# ======================================================================================
# BUNDLE 04 - Cornish army veteran, recall to custody, witness at a death-in-custody inquest
# ======================================================================================
B4_SUBJECT = {
    'name': 'Jago Pedrek CHENOWETH',
    'aliases': ['Jake CHENOWETH', 'Chenny', 'J.P. Chenoweth'],
    'date_of_birth': '1972-09-30',
    'prison_number': 'A9047CJ',
    'identifiers': {'ni_number': 'WC 74 13 88 D', 'nhs_number': '999 731 2457',
                    'pnc': '1994/0081234C', 'cro': '040217/94B', 'crn': 'D482913'},
    'contact': {'addresses': ['Flat 2, 9 Harbour Steps, Porthkerris ZG4 2HS',
                              'Trevenna, Chapel Hill, Polwithen ZG7 1BT'],
                'phones': ['07700 900478'], 'emails': ['jago.chenoweth@example.net']},
}

B4_ENT = {
    'S': 'n.s|Jago Pedrek CHENOWETH', 'Ssf': 'n.s|CHENOWETH, Jago Pedrek', 'Ssf2': 'n.s|CHENOWETH, Jago',
    'SSUR': 'n.s|CHENOWETH', 'Ssur': 'n.s|Chenoweth', 'Sf': 'n.s|Jago', 'Ssurfirst': 'n.s|CHENOWETH Jago Pedrek', 'Sjake': 'n.s|Jake CHENOWETH',
    'Sjk': 'n.s|Jake', 'Snick': 'n.s|Chenny', 'Sinit': 'n.s|J.P. Chenoweth', 'Smix': 'n.s|Jago Chenoweth',
    'Socr': 'n.s|CHEN0WETH', 'Socr2': 'n.s|Jag0 Pedrek',
    'Sd1': 'dob.s|30/09/1972', 'Sd2': 'dob.s|30 September 1972', 'Sd3': 'dob.s|30-SEP-72',
    'Sd4': 'dob.s|30.09.1972', 'Sd5': 'dob.s|1972-09-30',
    'Spn': 'pn.s|A9047CJ', 'Spn2': 'pn.s|A 9047 CJ', 'Spnc': 'pnc.s|1994/0081234C', 'Spnc2': 'pnc.s|94/81234C',
    'Scro': 'cro.s|040217/94B', 'Scro2': 'cro.s|40217/94B', 'Scrn': 'crn.s|D482913',
    'Sni': 'ni.s|WC 74 13 88 D', 'Sni2': 'ni.s|WC741388D', 'Snhs': 'nhs.s|999 731 2457',
    'Sdl': 'dl.s|CHENO709302JP9XK', 'Spp': 'pp.s|541872093', 'Svr': 'vr.s|WK09 TRV',
    'Sad': 'ad.s|Flat 2, 9 Harbour Steps, Porthkerris', 'Spc': 'pc.s|ZG4 2HS',
    'Sad2': 'ad.s|Trevenna, Chapel Hill, Polwithen', 'Spc2': 'pc.s|ZG7 1BT',
    'Sph': 'ph.s|07700 900478', 'Sph2': 'ph.s|07700900478', 'Sem': 'em.s|jago.chenoweth@example.net',
    'Ssc': 'sc.s|20-39-14', 'Sac': 'ac.s|70552816',
    # family
    'Mo': 'n.t|Morwenna PASCOE', 'Mof': 'n.t|Morwenna', 'Mos': 'n.t|Pascoe',
    'Moad': 'ad.t|Bosvenna, 4 Tolvean Road, Porthkerris', 'Mopc': 'pc.t|ZG4 5NP', 'Moph': 'ph.t|07700 900811',
    'Ta': 'n.t|Tamsin CHENOWETH', 'Taf': 'n.t|Tamsin',
    'De': 'n.t|Demelza CHENOWETH', 'Def': 'n.t|Demelza', 'Ded': 'dob.t|04/05/2001', 'Deph': 'ph.t|07700 900812',
    'Mum': 'n.t|Jenifer CHENOWETH',
    # deceased and his family, other prisoners, associates
    'K': 'n.t|Kevin Lee TREWIN', 'Ksf': 'n.t|TREWIN, Kevin Lee', 'Ks': 'n.t|Trewin', 'KS': 'n.t|TREWIN',
    'Kf': 'n.t|Kevin', 'Kmix': 'n.t|Kevin Trewin', 'Kd': 'dob.t|17/08/1985', 'Kpn': 'pn.t|A3318FN', 'Kpnc': 'pnc.t|2008/0667012J',
    'KM': 'n.t|Carol TREWIN', 'KMad': 'ad.t|31 Wheal Rose Close, Camborough', 'KMpc': 'pc.t|ZK3 9RW',
    'L': 'n.t|Lee HOSKEN', 'Lpn': 'pn.t|A7719DB', 'Ls': 'n.t|Hosken',
    'B': 'n.t|Marcus BOLITHO', 'Bn': 'n.t|Tiny', 'Bs': 'n.t|Bolitho', 'Bpn': 'pn.t|A1164GX',
    'SR': 'n.t|Shane ROWE', 'SRad': 'ad.t|22 Mount Pleasant Terrace, Porthkerris', 'SRpc': 'pc.t|ZG4 3NT',
    'SRvr': 'vr.t|WA14 KXF',
    # private / charity
    'DP': 'n.t|Dai PRITCHARD', 'DPs': 'n.t|Pritchard', 'DPph': 'ph.t|07700 900377',
    'DPem': 'em.t|dai.pritchard@forwardtogether.example.org',
    'HV': 'n.t|Harriet VOSPER', 'HVs': 'n.t|Vosper', 'RL': 'n.t|Tomasz WIŚNIEWSKI', 'RLs': 'n.t|Wiśniewski',
    'HA': 'n.t|Bryony KITTO', 'HAs': 'n.t|Kitto', 'HAph': 'ph.t|0118 496 0622',
    'HAem': 'em.t|b.kitto@tamarhomes.example.co.uk',
    # staff
    'CO': 'n.st|Eleanor HOSKING', 'COs': 'n.st|Hosking', 'CX': 'n.st|Gemma ROSEVEAR', 'CXs': 'n.st|Rosevear',
    'CXph': 'ph.st|01632 960457',
    'G1': 'n.st|Nathan CRIDDLE', 'G1s': 'n.st|Criddle', 'G2': 'n.st|Karen JEWELL', 'G2s': 'n.st|Jewell',
    'G3': 'n.st|Polglase', 'G4': 'n.st|Senthuran RAJARATNAM', 'G4s': 'n.st|Rajaratnam',
    'G5': 'n.st|Lowenna HICKS', 'G5s': 'n.st|Hicks',
    'PR': 'n.st|Kerenza TRELOAR', 'PRs': 'n.st|Treloar', 'PRph': 'ph.st|01632 960512',
    'PRem': 'em.st|kerenza.treloar@justice.example.gov.uk',
    'PO': 'n.st|Simon ACKROYD', 'POs': 'n.st|Ackroyd',
    'P1': 'n.st|Dan CURNOW', 'P1s': 'n.st|Curnow', 'P2': 'n.st|Wendy PENROSE',
    'VU': 'n.st|M. Abernethy', 'VUs': 'n.st|Abernethy',
}

B4_DOCS = lambda: [
    doc('armed-forces-service-record-summary',
        "[OCR text of a scanned photocopy - errors in the original scan retained]\n"
        "\n"
        "MINISTRY 0F DEFENCE - VETERANS UK\n"
        "SUMMARY 0F SERVICE (released to the individual at his request)\n"
        "\n"
        "Surname ........ [[Socr]]\n"
        "Forenames ...... [[Socr2]]\n"
        "Date of Birth .. [[Sd1]]          Place of enlistment: Bodmin AC0\n"
        "Nat. lns. No ... [[Sni]]\n"
        "Next of kin .... Mother - Mrs [[Mum]], [[Sad2]]\n"
        "                 [[Spc2]]  (address at enlistment)\n"
        "\n"
        "SERV1CE\n" +
        tbl([14, 14, 44],
            ("From", "To", "Unit / remarks"),
            ("06/01/1991", "11/1992", "Basic training; 1st Bn (infantry) - Rifleman"),
            ("12/1992", "04/1999", "Northern lreland tours x2; Lance Corporal 1996"),
            ("05/1999", "02/2004", "Kosovo 1999; Iraq (Op TELIC 1) 2003 - Corporal"),
            ("03/2004", "22/07/2004", "Discharged: medical (PTSD, hearing loss)")) +
        "\n\n"
        "Conduct: Exemplary.  Medals: NI GSM, Kosovo NATO, Iraq.\n"
        "Address on discharge: [[Sad2]], [[Spc2]]\n",
        "SUMMARY OF SERVICE - [[Ssurfirst]] - page 2 of 2\n"
        "\n"
        "Remarks (handwritten, transcribed by OCR):\n"
        "  'Cpl [[Ssur]] (\"[[Snick]]\") was a reliable NCO. Recommended for civilian\n"
        "   employment as a driver or in security.'\n"
        "\n"
        "Released under subject access to: [[S]], HMP Carrick Downs, [[CAR.ad]]\n"
        "[[CAR.pc]] (prison no. [[Spn2]])\n"
        "Released by: [[VU]], Veterans UK Disclosure Section\n"
        "Veterans UK: [[VUK.ad]], [[VUK.pc]] - helpline [[VUK.ph]] - [[VUK.em]]\n"),
    doc('armed-forces-compensation-scheme-award-letter',
        "VETERANS UK - Armed Forces Compensation Scheme / War Pension Scheme\n"
        "[[VUK.ad]], [[VUK.pc]]\n"
        "\n"
        "Mr [[Sjake]]\n"
        "c/o HMP Carrick Downs\n"
        "[[CAR.ad]]\n"
        "[[CAR.pc]]\n"
        "\n"
        "Our reference: WPS/[[Sni2]]/2024     Date: 9 April 2024\n"
        "\n"
        "Dear Mr [[Ssur]],\n"
        "\n"
        "WAR PENSION - REVIEW OF ASSESSMENT\n"
        "\n"
        "Following your claim of 12 January 2024 (made with the help of [[DP]] of\n"
        "Forward Together Veterans) we have reviewed your war pension for post-traumatic\n"
        "stress disorder and noise-induced hearing loss.\n"
        "\n"
        "Decision: your assessment is increased from 30% to 40% from 12 January 2024.\n"
        "Your weekly pension is £91.72. Arrears of £1,284.08 will be paid to your account:\n"
        "\n"
        "   Sort code:      [[Ssc]]\n"
        "   Account number: [[Sac]]\n"
        "   Account name:   [[Sinit]]\n"
        "\n"
        "Payment while in prison: a war pension is not suspended during imprisonment.\n"
        "\n"
        "If you disagree, you can ask for a reconsideration within one year. Please quote\n"
        "your name, date of birth ([[Sd2]]) and National Insurance number.\n",
        "Mr [[Sjake]] - [[Sni]] - page 2\n"
        "\n"
        "We have sent a copy of this letter, with your consent, to your representative:\n"
        "   [[DP]], Forward Together Veterans, tel [[DPph]], [[DPem]]\n"
        "\n"
        "We have NOT sent a copy to your previous address ([[Sad]], [[Spc]]) because\n"
        "you told us you no longer live there.\n"
        "\n"
        "Yours sincerely\n"
        "\n"
        "[[VU]]\n"
        "Decision Maker, War Pensions\n"
        "Helpline: [[VUK.ph]]\n"),
    doc('wanted-missing-circulation-notice',
        "TRUVALE POLICE - WANTED / RECALLED OFFENDER CIRCULATION\n"
        "PROTECTIVE MARKING: OFFICIAL-SENSITIVE - NOT FOR PUBLIC RELEASE\n"
        "\n" +
        tbl([20, 50],
            ("Subject:", "[[Ssf]]"),
            ("Also known as:", "[[Sjake]] / '[[Snick]]'"),
            ("DOB:", "[[Sd3]]"),
            ("PNC ID:", "[[Spnc2]]    CRO: [[Scro2]]"),
            ("nDelius CRN:", "[[Scrn]]"),
            ("Reason wanted:", "Licence revoked (standard recall) 02/02/2024"),
            ("Risk markers:", "Ex-military; PTSD; alcohol; no firearms access known")) +
        "\n\n"
        "Description: white male, 6'1\", slim, grey cropped hair, tattoo of a chough and\n"
        "'Onen hag oll' on right forearm. Walks with a limp.\n"
        "\n"
        "Last known address (approved): [[Sad]] [[Spc]] - not there since 30/01/2024.\n"
        "Mobile: [[Sph]] (switched off). Driving licence [[Sdl]] (disqualified until\n"
        "2025); may still be using his old car, silver Vauxhall Astra [[Svr]]. UK passport\n"
        "[[Spp]] surrendered to probation on release.\n",
        "CIRCULATION - [[SSUR]] [[Spnc2]] - page 2\n"
        "\n"
        "Possible locations\n" +
        tbl([28, 42, 10],
            ("Person", "Address", "Postcode"),
            ("Sister - [[Mo]]", "[[Moad]]", "[[Mopc]]"),
            ("Associate - [[SR]]", "[[SRad]]", "[[SRpc]]"),
            ("Former home (mother, dec'd)", "[[Sad2]]", "[[Spc2]]")) +
        "\n\n"
        "[[SR]] drives a black Ford Ranger [[SRvr]]. [[Mos]] ([[Moph]]) is cooperative\n"
        "and has said she will call if her brother turns up. His daughter [[De]]\n"
        "([[Deph]]) has not seen him since Christmas.\n"
        "\n"
        "Do not approach alone if he has been drinking. Contact: COM [[PR]],\n"
        "Truvale Probation ([[PRph]], duty officer [[TPO.ph]]) or Truvale Police\n"
        "control room via [[TPOL.ph]].\n"
        "Circulated by: PC [[P1]], Offender Management Unit, [[TPOL.ad]] [[TPOL.pc]]\n"
        "Ref PNC [[Spnc]] / CRO [[Scro]] / nDelius [[Scrn]]\n"
        "\n"
        "UPDATE 06/02/2024 23:10 - Arrested at [[Moad]] by PC [[P1s]]; taken to\n"
        "HMP Carrick Downs. Circulation cancelled.\n"),
    doc('hot-debrief-record',
        "HMP CARRICK DOWNS - HOT DEBRIEF RECORD (death in custody)\n"
        "\n" +
        tbl([22, 50],
            ("Incident:", "Prisoner found unresponsive in cell, B wing"),
            ("Deceased:", "[[Ksf]] ([[Kpn]]), DOB [[Kd]]"),
            ("Date/time found:", "17/03/2024 06:42 (morning roll check)"),
            ("Debrief chaired by:", "Duty Governor [[G1]]"),
            ("Held at:", "17/03/2024 09:15, Healthcare conference room")) +
        "\n\n"
        "Present: Officer [[G2]] (first on scene); SO [[G3]]; Nurse [[G5]];\n"
        "Dr [[G4]] (GP); cellmate [[Ssf2]] ([[Spn]]) was NOT present - seen separately\n"
        "by the Chaplain and Care Team.\n"
        "\n"
        "Sequence (summary)\n"
        "06:42 Officer [[G2s]] looked through the observation panel; [[Kf]] was lying on\n"
        "      the floor; cellmate [[Sf]] was shouting for help and performing CPR.\n"
        "06:44 Code Blue called. Nurse [[G5s]] attended with defibrillator (no shock advised).\n"
        "06:51 Ambulance called via the main gate; paramedics arrived 07:08.\n"
        "07:31 Life pronounced extinct by paramedics.\n",
        "HOT DEBRIEF - 17/03/2024 - [[KS]] - page 2\n"
        "\n"
        "Issues raised\n"
        "1. [[Ssur]] told the first officer that [[Ks]] had 'taken something' brought back\n"
        "   from the exercise yard the night before. Security to review. Possible source\n"
        "   named by [[Ssur]] as [[B]] ('[[Bn]]', [[Bpn]]).\n"
        "2. Cell bell not pressed - [[Ssur]] says he did not hear [[Kf]] get up in the night.\n"
        "3. Staff wellbeing: Officer [[G2s]] offered TRiM; [[Sjk]] (cellmate, army veteran)\n"
        "   to be offered TRiM/ACCT review - he described the scene as 'like Basra'.\n"
        "\n"
        "Actions\n"
        "- Next of kin ([[KM]], mother) informed by Family Liaison at 10:05.\n"
        "- Cell sealed; police (DS [[P2]]) and coroner's officer [[CX]] informed.\n"
        "- Prisons and Probation Ombudsman informed: [[PPO.em]] / [[PPO.ph]].\n"
        "- [[Ls]] ([[L]], [[Lpn]]), next-door cell, heard shouting at 06:40.\n"
        "\n"
        "Record completed by: [[G1]], Duty Governor\n"
        "Copy: OMU ([[CAR.em]]); Safer Custody via switchboard [[CAR.ph]].\n"),
    doc('pre-inquest-review-directions',
        "IN THE CORONER'S COURT FOR THE AREA OF TRUVALE AND WEST KERNOW\n"
        "INQUEST TOUCHING THE DEATH OF [[K]] (born [[Kd]], died 17 March 2024)\n"
        "\n"
        "RECORD OF PRE-INQUEST REVIEW HEARING AND DIRECTIONS\n"
        "Before: HM Senior Coroner [[CO]]    Date: 24 July 2024\n"
        "\n"
        "Interested persons\n" +
        tbl([36, 40],
            ("Interested person", "Represented by"),
            ("[[KM]] (mother)", "Ms [[HV]], counsel"),
            ("Governor, HMP Carrick Downs", "Government Legal Department"),
            ("Healthcare provider", "In-house solicitor"),
            ("[[Ssf2]] (cellmate)", "Not an IP; witness only")) +
        "\n\n"
        "Directions\n"
        "1. The inquest will be heard with a jury (death in state detention), listed for\n"
        "   5 days from 9 December 2024.\n"
        "2. Article 2 is engaged. Scope includes the supply of illicit substances on B wing\n"
        "   and the use of cell observation panels at night.\n"
        "3. Witnesses to attend in person: Officer [[G2]]; Nurse [[G5]];\n"
        "   Dr [[G4]]; [[S]].\n"
        "4. [[Ssur]] to give evidence by video link from HMP Carrick Downs unless\n"
        "   released; special measures to be considered because of his PTSD.\n"
        "5. Statement of [[L]] ([[Lpn]]) to be read under Rule 23.\n",
        "PIR directions - Inquest: [[Ksf]] - page 2\n"
        "\n"
        "6. The Prison Service to disclose the security intelligence relating to\n"
        "   [[Bs]] ([[Bpn]]) in redacted form by 30 September 2024.\n"
        "7. The family's request to call [[Smix]]'s ex-wife [[Taf]] as a witness is\n"
        "   refused; it is not relevant to scope.\n"
        "8. The coroner's officer, [[CX]] ([[CXph]]), is the point of contact for the\n"
        "   witnesses. Correspondence: [[TCO.ad]], [[TCO.pc]] | [[TCO.em]] |\n"
        "   [[TCO.ph]].\n"
        "9. [[KM]]'s address ([[KMad]], [[KMpc]]) is not to be\n"
        "   disclosed to any other interested person.\n"
        "\n"
        "[[CO]]\n"
        "HM Senior Coroner\n"),
    doc('prevention-of-future-deaths-report',
        "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS\n"
        "\n"
        "THIS REPORT IS BEING SENT TO: The Governor, HMP Carrick Downs; the Chief Executive,\n"
        "HM Prison and Probation Service; the Prisons and Probation Ombudsman.\n"
        "\n"
        "1 CORONER\n"
        "I am [[CO]], HM Senior Coroner for the area of Truvale and West Kernow.\n"
        "\n"
        "2 INVESTIGATION and INQUEST\n"
        "On 19 March 2024 I commenced an investigation into the death of [[K]],\n"
        "aged 38. The inquest concluded on 13 December 2024. The jury's conclusion was\n"
        "drug-related death contributed to by neglect.\n"
        "\n"
        "3 CIRCUMSTANCES OF THE DEATH\n"
        "[[Kmix]] was found unresponsive in his cell at about 06:42 on 17 March 2024.\n"
        "His cellmate, a military veteran, had been trying to wake him and had begun CPR.\n"
        "The cellmate told the jury that [[Kf]] had been unwell from about 02:00 and that\n"
        "he had not pressed the cell bell because 'nobody ever comes at night'.\n"
        "\n"
        "4 MATTERS OF CONCERN\n"
        "(1) Night-time observation checks on B wing were recorded but not carried out.\n"
        "(2) Cell bells were not answered within the five-minute target on 23 occasions\n"
        "    in the month before the death.\n"
        "(3) Prisoners identified as veterans, including the cellmate, were not offered\n"
        "    trauma support after the death until 12 days later.\n",
        "Regulation 28 report - [[Ksf]] - page 2\n"
        "\n"
        "5 ACTION SHOULD BE TAKEN\n"
        "In my opinion action should be taken to prevent future deaths and I believe you\n"
        "have the power to take such action.\n"
        "\n"
        "6 YOUR RESPONSE\n"
        "You are under a duty to respond within 56 days of the date of this report.\n"
        "\n"
        "7 COPIES and PUBLICATION\n"
        "I have sent a copy of my report to the Chief Coroner and to the following\n"
        "interested persons: [[KM]] (mother of the deceased), via Ms [[HVs]]. I have\n"
        "also sent a copy, for information, to [[Sjake]], witness, at his request.\n"
        "\n"
        "8 Dated 20 December 2024       [[CO]], HM Senior Coroner\n"
        "Coroner's Office: [[TCO.ad]], [[TCO.pc]]  ([[TCO.ph]])\n"),
    doc('housing-association-rent-arrears-letter',
        "TAMAR HOMES (housing association)\n"
        "Income Recovery Team\n"
        "\n"
        "Private and confidential\n"
        "Mr [[S]]\n"
        "HMP Carrick Downs, [[CAR.ad]], [[CAR.pc]]\n"
        "Prison no: [[Spn]]\n"
        "\n"
        "Date: 3 May 2024\n"
        "Tenancy: [[Sad]], [[Spc]] (ended 30/04/2024)\n"
        "\n"
        "Dear Mr [[Ssur]],\n"
        "\n"
        "FORMER TENANT ARREARS - £1,046.50\n"
        "\n"
        "Your tenancy ended on 30 April 2024 after you gave notice through your probation\n"
        "officer, [[PR]] (Truvale Probation Office, [[TPO.ad]], [[TPO.pc]];\n"
        "[[TPO.em]]). Housing Benefit stopped when you were recalled. The balance\n"
        "above is now a former tenant arrear.\n"
        "\n"
        "Your sister, Mrs [[Mos]], cleared the flat and returned the keys. She asked us to\n"
        "tell you that your belongings are at her house. We have not given her any\n"
        "information about the arrears.\n"
        "\n"
        "We can agree a repayment plan of as little as £5 a week once you are released.\n"
        "Please write to us or ask someone to call on your behalf.\n"
        "\n"
        "Yours sincerely,\n"
        "[[HA]]\n"
        "Income Recovery Officer | direct [[HAph]] | [[HAem]]\n",
        "Tamar Homes - former tenant account - [[Sinit]] - page 2\n"
        "\n"
        "Account history (extract)\n" +
        tbl([12, 34, 10, 10, 10],
            ("Date", "Transaction", "Debit", "Credit", "Balance"),
            ("01/02/2024", "Rent (monthly)", "520.00", "", "520.00"),
            ("05/02/2024", "Housing Benefit", "", "401.50", "118.50"),
            ("01/03/2024", "Rent (monthly)", "520.00", "", "638.50"),
            ("01/04/2024", "Rent (monthly)", "520.00", "", "1,158.50"),
            ("12/04/2024", "Payment - [[Mos]] (cash)", "", "112.00", "1,046.50")) +
        "\n\n"
        "Contact details held: mobile [[Sph2]] (not answering); e-mail [[Sem]];\n"
        "representative: [[DPs]] (Forward Together Veterans).\n"),

    doc('trim-risk-assessment-record',
        "HMP CARRICK DOWNS - TRAUMA RISK MANAGEMENT (TRiM) - RISK ASSESSMENT RECORD\n"
        "(post-incident; veterans in custody pathway)\n"
        "\n" +
        tbl([18, 34, 12],
            ("Name:", "[[Ssf]]", "Prison No:", "[[Spn]]"),
            ("DOB:", "[[Sd4]]", "NHS No:", "[[Snhs]]"),
            ("Incident:", "Death of cellmate 17/03/2024", "Assessment:", "72-hour")) +
        "\n\n"
        "TRiM practitioners: Nurse [[G5]] (lead); [[DP]] (Forward Together\n"
        "Veterans, peer practitioner, attending with consent).\n"
        "\n" +
        tbl([40, 8, 30],
            ("Risk factor", "Score", "Comment"),
            ("Felt out of control during incident", "1", "'Couldn't save him'"),
            ("Felt life was threatened", "0", ""),
            ("Blames others", "1", "Blames staff (no night checks)"),
            ("Shame/guilt", "1", "Says he should have woken sooner"),
            ("Previous trauma", "1", "Iraq 2003; NI; see service record"),
            ("Poor social support", "0", "Sister [[Mof]] and daughter [[Def]]"),
            ("Alcohol use to cope", "1", "In community - not available here"),
            ("Carrying on with daily work", "0", "Back to wing cleaning")) +
        "\n\n"
        "Total 5/10 - HIGH. Refer to mental health in-reach (Dr [[G4s]] informed) and\n"
        "review at 28 days. ACCT not opened; [[Sjk]] denies thoughts of self-harm.\n",
        "TRiM record - [[SSUR]] [[Spn]] - page 2\n"
        "\n"
        "28-day review (15/04/2024)\n"
        "[[Snick]] (he asked to be called that) reports sleeping 4-5 hours. Nightmares about\n"
        "[[Kf]] and about Basra. Has written to [[KM]] to say sorry for her loss - letter\n"
        "held by Safer Custody pending advice from the PPO investigator, Mr [[PO]].\n"
        "Daughter [[De]] (DOB [[Ded]]) has booked a visit. COM [[PRs]] ([[PRem]])\n"
        "informed of the referral; she will add it to the recall dossier.\n"
        "\n"
        "Outcome: score 3/10. Continue with in-reach. Discharge from TRiM.\n"
        "Signed: [[G5]], TRiM lead     Date: 15/04/2024\n"),
]

# ======================================================================================
# BUNDLE 05 - Iranian (Persian) woman, restricted patient in a medium secure unit,
#             deportation appeal in the Immigration and Asylum Chamber
# ======================================================================================
B5_SUBJECT = {
    'name': 'Roya Shahnaz GHORBANI-FARAHANI',
    'aliases': ['Roya FARAHANI', 'Roya Ghorbani', 'Shahnaz', 'رویا قربانی فراهانی'],
    'date_of_birth': '1980-04-12',
    'prison_number': 'A3370RF',
    'identifiers': {'ni_number': 'SN 68 21 47 A', 'nhs_number': '999 624 8704',
                    'pnc': '2015/0772406Z', 'cro': '187330/15R'},
    'contact': {'addresses': ['Flat 11, Cedar Court, 40 Linthorpe Road, Hollinsbury YD3 4EJ'],
                'phones': ['07700 900152'], 'emails': ['roya.farahani@example.org']},
}

B5_ENT = {
    'S': 'n.s|Roya Shahnaz GHORBANI-FARAHANI', 'Ssf': 'n.s|GHORBANI-FARAHANI, Roya Shahnaz',
    'Ssf2': 'n.s|GHORBANI-FARAHANI, Roya', 'SSUR': 'n.s|GHORBANI-FARAHANI', 'Ssur': 'n.s|Ghorbani-Farahani',
    'Sf': 'n.s|Roya', 'Sshz': 'n.s|Shahnaz', 'Sa1': 'n.s|Roya FARAHANI', 'Sa2': 'n.s|Roya Ghorbani',
    'Sfa': 'n.s|Farahani', 'Sfa2': 'n.s|Roya Farahani',
    'Sfar': 'n.s|رویا قربانی فراهانی', 'Sinit': 'n.s|RGF', 'Sinit2': 'n.s|R.S. Ghorbani-Farahani',
    'Sd1': 'dob.s|12/04/1980', 'Sd2': 'dob.s|12 April 1980', 'Sd3': 'dob.s|12.04.1980',
    'Sd4': 'dob.s|1980-04-12', 'Sd5': 'dob.s|12-APR-1980', 'Sd6': 'dob.s|April 12, 1980',
    'Spn': 'pn.s|A3370RF', 'Spnc': 'pnc.s|2015/0772406Z', 'Scro': 'cro.s|187330/15R',
    'Sni': 'ni.s|SN 68 21 47 A', 'Snhs': 'nhs.s|999 624 8704', 'Snhs2': 'nhs.s|9996248704',
    'Spp': 'pp.s|K48317265',
    'Sad': 'ad.s|Flat 11, Cedar Court, 40 Linthorpe Road, Hollinsbury', 'Spc': 'pc.s|YD3 4EJ',
    'Sph': 'ph.s|07700 900152', 'Sem': 'em.s|roya.farahani@example.org',
    'Scard': 'card.s|4659 0127 3318 4205', 'Ssc': 'sc.s|20-45-77', 'Sac': 'ac.s|63018842',
    'Siban': 'iban.s|GB84 NWBK 2045 7763 0188 42', 'Sip': 'ip.s|192.0.2.147', 'Sip6': 'ip.s|2001:db8:4a1::7',
    # family
    'H': 'n.t|Behrouz FARAHANI', 'Hf': 'n.t|Behrouz', 'HS': 'n.t|FARAHANI', 'Hph': 'ph.t|07700 900166',
    'D': 'n.t|Setareh FARAHANI', 'Df': 'n.t|Setareh', 'Dmix': 'n.t|Setareh Farahani', 'Dd': 'dob.t|22/09/2006',
    'L': 'n.t|Laleh GHORBANI', 'Lf': 'n.t|Laleh', 'Lad': 'ad.t|17 Wilmslow Crescent, Brindle Heath',
    'Lpc': 'pc.t|YH6 2DW', 'Lph': 'ph.t|0161 496 0372', 'Lem': 'em.t|laleh.ghorbani@example.net',
    # patients, victim, private people
    'A': 'n.t|Awadia Osman Mohamed ELNOUR', 'Af': 'n.t|Awadia', 'As': 'n.t|ELNOUR', 'Asf': 'n.t|Elnour',
    'P': 'n.t|Seo-yeon PARK', 'Pf': 'n.t|Seo-yeon', 'Q': 'n.t|Jodie-Leigh', 'Q2': 'n.t|Bernadette',
    'V': 'n.t|Glenys ATHERLEY', 'Vf': 'n.t|Glenys', 'Vmix': 'n.t|Glenys Atherley', 'Vs': 'n.t|Atherley',
    'IN': 'n.t|Farhad NOURI', 'INs': 'n.t|Nouri',
    'MS': 'n.t|Imogen CASTELL', 'MSs': 'n.t|Castell', 'MSem': 'em.t|imogen.castell@greenwellmh.example.co.uk',
    'BR': 'n.t|Kaveh SOLTANI', 'BRs': 'n.t|Soltani',
    # staff
    'RC': 'n.st|Haruka TAKAHASHI', 'RCs': 'n.st|Takahashi', 'RCj': 'n.st|TAKAHASHI Haruka',
    'RCem': 'em.st|haruka.takahashi@nhs.example.net',
    'NN': 'n.st|Chidi OKONKWO', 'NNs': 'n.st|Okonkwo', 'OT': 'n.st|Freya LINDQVIST', 'OTs': 'n.st|Lindqvist',
    'OTf': 'n.st|Freya',
    'SW': 'n.st|Marsha CAMPBELL-REID', 'SWs': 'n.st|Campbell-Reid', 'SWph': 'ph.st|0121 496 0824',
    'SWem': 'em.st|marsha.campbell-reid@hollinsbury.example.gov.uk',
    'TJ': 'n.st|Alistair GREIG', 'TM': 'n.st|Sunita BHATT', 'TL': 'n.st|Penelope HARLAND',
    'IJ': "n.st|Declan O'HALLORAN", 'IJs': "n.st|O'Halloran", 'HO': 'n.st|Kirsty BARNSLEY', 'HOs': 'n.st|Barnsley',
    'MJ': 'n.st|Oluwadamilare BANKOLE', 'MJs': 'n.st|Bankole', 'MJem': 'em.st|oluwadamilare.bankole@justice.example.gov.uk',
    'VL': 'n.st|Harpreet GILL', 'MA': 'n.st|Denise FOULKES', 'MAs': 'n.st|Foulkes', 'CW': 'n.st|Tomás', 'IT': 'n.st|Gavin SHORROCK',
}

B5_DOCS = lambda: [
    doc('mental-health-tribunal-decision',
        "FIRST-TIER TRIBUNAL (HEALTH, EDUCATION AND SOCIAL CARE CHAMBER) MENTAL HEALTH\n"
        "DECISION WITH REASONS - RESTRICTED PATIENT (s.37/41 MHA 1983)\n"
        "\n" +
        tbl([18, 56],
            ("Patient:", "[[S]]"),
            ("Date of birth:", "[[Sd2]]"),
            ("Hospital:", "Brackenfield Medium Secure Unit, Heron Ward"),
            ("Hearing:", "4 June 2024, by video"),
            ("Panel:", "Judge [[TJ]]; Dr [[TM]] (medical member);"),
            ("", "[[TL]] (specialist lay member)"),
            ("Representation:", "Ms [[MS]], solicitor; Persian interpreter [[IN]]")) +
        "\n\n"
        "DECISION: The patient is not discharged. The tribunal records that it would have\n"
        "made a deferred conditional discharge had suitable accommodation and aftercare\n"
        "been available.\n"
        "\n"
        "REASONS\n"
        "1. [[Sfa2]] (she prefers to be called [[Sf]]; her Persian name is [[Sfar]]) is\n"
        "44. She was made subject to a hospital order with restrictions in 2016 after\n"
        "setting fire to her own flat at [[Sad]]. Her neighbour, Mrs [[V]],\n"
        "was rescued by the fire service and suffered smoke inhalation.\n"
        "2. The responsible clinician, Dr [[RC]], gave evidence that her psychotic\n"
        "illness (schizoaffective disorder) has been in remission for over two years on\n"
        "clozapine and that she has used escorted and unescorted leave without incident.\n",
        "MHT decision - [[Ssf]] - page 2\n"
        "\n"
        "3. The social supervisor's report (Ms [[SW]], Hollinsbury City Council) says\n"
        "the only proposed address, her sister [[L]]'s home at [[Lad]]\n"
        "[[Lpc]], is not suitable: it is a one-bedroom flat and [[Lf]] works nights.\n"
        "4. The patient's daughter, [[Df]] (17), lives with her father [[H]] and\n"
        "does not wish to have contact at present. The patient accepts this.\n"
        "5. A deportation order was made against the patient by the Home Office in 2023.\n"
        "Her appeal is pending in the Immigration and Asylum Chamber. The tribunal\n"
        "cannot take the immigration position into account beyond noting it.\n"
        "6. Recommendation: that the hospital and Ms [[SWs]] identify supported\n"
        "accommodation so that the case can return to the tribunal within 6 months.\n"
        "\n"
        "Judge [[TJ]]     Date of decision: 4 June 2024\n"
        "Tribunal office: [[FTMH.ad]] [[FTMH.pc]] | [[FTMH.ph]] | [[FTMH.em]]\n"),
    doc('hcr-20-risk-formulation-summary',
        "BRACKENFIELD MEDIUM SECURE UNIT - FORENSIC PSYCHOLOGY\n"
        "HCR-20 V3 - RISK FORMULATION SUMMARY (for CPA and tribunal)\n"
        "\n"
        "Patient: [[Ssf2]]   DOB: [[Sd3]]   NHS: [[Snhs]]   Ward: Heron\n"
        "Responsible clinician: Dr [[RC]]\n"
        "\n" +
        tbl([34, 10, 36],
            ("Item", "Rating", "Relevance"),
            ("H1 Violence (history)", "Partial", "Index fire 2015; no injury to others"),
            ("H2 Other antisocial behaviour", "No", ""),
            ("H3 Relationships", "Yes", "Coercive marriage; separation 2014"),
            ("H6 Major mental disorder", "Yes", "High relevance"),
            ("H8 Traumatic experiences", "Yes", "Detention in Iran 2009; DV"),
            ("C2 Violent ideation", "No", "None voiced for 2 years"),
            ("R1 Professional services", "Partial", "Accommodation not identified"),
            ("R4 Treatment response", "No", "Good adherence (clozapine)"),
            ("R5 Stress or coping", "Yes", "Deportation appeal")) +
        "\n\n"
        "Formulation\n"
        "[[Sf]]'s risk of harm to others has been linked to relapse of psychosis with\n"
        "persecutory beliefs about her husband, [[Hf]], and about neighbours. In 2015\n"
        "she believed that [[Vs]] (her neighbour, Mrs [[Vmix]]) was passing\n"
        "information about her to [[HS]], and lit a fire in her own kitchen 'to drive\n"
        "out the microphones'.\n",
        "HCR-20 summary - [[SSUR]] - page 2\n"
        "\n"
        "Scenarios\n"
        "(a) Relapse after stopping medication on return to Iran, where clozapine\n"
        "monitoring may not be available (see evidence for the immigration appeal).\n"
        "(b) Stress from contact with [[Hf]] if he tries to use their daughter [[Df]]\n"
        "(born [[Dd]]) to make contact.\n"
        "\n"
        "Management\n"
        "Continue clozapine with blood monitoring. Family work with her sister [[Lf]]\n"
        "([[Lph]]). No contact with [[H]] ([[Hph]]) unless she requests it.\n"
        "\n"
        "Completed by: [[OTs]] (OT) with Dr [[RCs]]; reviewed in CPA 21/05/2024.\n"),
    doc('patient-monies-ledger',
        "BRACKENFIELD HOSPITAL - PATIENTS' MONIES AND VALUABLES LEDGER\n"
        "Patient: [[S]]   Ward: Heron\n"
        "DOB: [[Sd5]]\n"
        "\n"
        "Valuables held in the cashier's safe\n" +
        tbl([30, 40],
            ("Item", "Details"),
            ("Debit card (NatWest)", "[[Scard]] exp 08/27"),
            ("Bank account", "sort code [[Ssc]], account [[Sac]]"),
            ("IBAN (for overseas transfer)", "[[Siban]]"),
            ("Iranian passport", "[[Spp]] (copy; original held by Home Office)"),
            ("Mobile phone", "Samsung - stored switched off; number [[Sph]]")) +
        "\n\n"
        "Cash transactions\n" +
        tbl([12, 34, 10, 10, 10, 12],
            ("Date", "Description", "In", "Out", "Balance", "Signed"),
            ("01/05/2024", "PIP weekly (mobility nil)", "72.65", "", "112.40", "[[MAs]]"),
            ("03/05/2024", "Canteen - toiletries", "", "14.20", "98.20", "[[NNs]]"),
            ("07/05/2024", "Escorted leave - cafe", "", "8.50", "89.70", "[[OTf]]"),
            ("10/05/2024", "Sent to sister [[Lf]]", "", "40.00", "49.70", "[[MAs]]"),
            ("13/05/2024", "Gift to patient [[Pf]]", "", "5.00", "44.70", "[[NNs]]")) +
        "\n\n"
        "Note 13/05: Patients must not give money to each other. [[Sf]] said it was for\n"
        "[[P]]'s birthday. Discussed with the ward manager; not to be repeated.\n"
        "Note 10/05: transfer to [[L]] at her request, to pay for a Persian-language\n"
        "book of Hafez poetry and phone credit. Card not used; cash sent by post to\n"
        "[[Lad]] [[Lpc]].\n"
        "\n"
        "Cashier: [[MA]], MHA/Patient Services Administrator\n"),
    doc('ftt-iac-determination-extract',
        "FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)\n"
        "Heard at: Portlow (by CVP)     On: 18 July 2024     Promulgated: 2 August 2024\n"
        "\n"
        "Before: FIRST-TIER TRIBUNAL JUDGE [[IJ]]\n"
        "\n"
        "Between\n"
        "[[S]]\n"
        "(also known as [[Sa2]])\n"
        "(ANONYMITY ORDER MADE)\n"
        "Appellant\n"
        "and\n"
        "THE SECRETARY OF STATE FOR THE HOME DEPARTMENT\n"
        "Respondent\n"
        "\n"
        "Representation: for the appellant, Mr [[BR]], counsel, instructed by Greenwell\n"
        "Mental Health Law; for the respondent, Ms [[HO]], Home Office Presenting Officer.\n"
        "\n"
        "DECISION AND REASONS (extract)\n"
        "1. The appellant is a national of Iran born on [[Sd6]]. She appeals against the\n"
        "decision to make a deportation order following her hospital order in 2016.\n"
        "2. The appellant gave evidence in Farsi through the tribunal interpreter. She was\n"
        "treated as a vulnerable witness. Her responsible clinician, Dr [[RCs]], gave\n"
        "evidence that clozapine blood monitoring is not reliably available in the\n"
        "appellant's home area and that relapse would be likely within months.\n",
        "[[Sinit]] v SSHD - determination extract - page 2\n"
        "\n"
        "3. I have had regard to the anonymity order. The appellant is referred to as\n"
        "[[Sinit]] in any published version. Her husband (referred to in the bundle as\n"
        "[[H]]) did not attend; his written statement says he would not\n"
        "support her in Iran.\n"
        "4. Article 3 (medical). I find the appellant has shown substantial grounds for\n"
        "believing that she would face a real risk of a serious, rapid and irreversible\n"
        "decline in her health resulting in intense suffering.\n"
        "5. Article 8. The appellant's daughter, [[D]], is now 17 and lives in the\n"
        "UK. Contact is currently suspended at the daughter's wish.\n"
        "\n"
        "NOTICE OF DECISION: The appeal is allowed on Article 3 grounds.\n"
        "\n"
        "Signed: Judge [[IJs]]\n"
        "Copies: Appellant c/o Brackenfield MSU, [[BRK.ad]], [[BRK.pc]];\n"
        "[[HOPO.em]] ([[HOPO.ph]]); [[MSem]].\n"
        "Hearing centre: [[IAC.ad]], [[IAC.pc]] | [[IAC.ph]] | [[IAC.em]]\n"),
    doc('occupational-therapy-activity-timetable',
        "HERON WARD - OCCUPATIONAL THERAPY WEEKLY ACTIVITY TIMETABLE (w/c 20 May 2024)\n"
        "Individual plan for: [[Sa1]] (Mrs [[Sfa]])    OT: [[OT]]\n"
        "\n" +
        tbl([11, 14, 32, 26],
            ("Day", "Time", "Activity", "With"),
            ("Monday", "10:00-11:30", "Cookery group (Persian rice)", "[[Pf]], [[Q]]"),
            ("Tuesday", "14:00-15:00", "Gym (female session)", "[[Af]]"),
            ("Wednesday", "10:00-12:00", "Horticulture - polytunnel", "OT assistant [[CW]]"),
            ("Thursday", "13:30-14:30", "ESOL / Persian poetry group", "[[Q2]] (volunteer)"),
            ("Friday", "11:00-12:30", "Escorted community leave", "[[NNs]] + [[OTf]]"),
            ("Saturday", "15:00", "Video call", "Sister ([[Lf]])")) +
        "\n\n"
        "Goals (in [[Sf]]'s words): 'Cook for my sister. Find a job in a kitchen. Read\n"
        "Hafez again. Be well enough that [[Df]] wants to see me.'\n"
        "\n"
        "Notes\n"
        "- Not to be in the same small group as [[As]] following the incident on\n"
        "  12/05/2024 (see safeguarding). Gym swapped from Thursday.\n"
        "- [[Pf]]'s family visit Mondays; cookery group moved to 10:00.\n"
        "- Dr [[RCj]] (signature block in Japanese order at her request) approved\n"
        "  community leave on 17/05/2024.\n"),
    doc('patient-internet-access-agreement',
        "BRACKENFIELD MEDIUM SECURE UNIT\n"
        "PATIENT INTERNET AND PERSONAL DEVICE AGREEMENT (Heron Ward)\n"
        "\n" +
        tbl([26, 46],
            ("Patient:", "[[Ssf]]"),
            ("NHS number:", "[[Snhs2]]"),
            ("Device:", "Ward tablet T-07 (hospital owned)"),
            ("Patient Wi-Fi address:", "[[Sip]] / [[Sip6]]"),
            ("Personal e-mail:", "[[Sem]]"),
            ("Approved contacts:", "[[L]] ([[Lem]]); solicitor")) +
        "\n\n"
        "I agree that:\n"
        "1. I will not contact or search for [[H]], [[D]] or Mrs [[V]].\n"
        "2. I will not post about other patients, including photos.\n"
        "3. Staff may check the history on the ward tablet with me present.\n"
        "4. Breaking this agreement may mean internet access is stopped.\n"
        "\n"
        "Signed (patient): [[Sinit2]]      Date: 22/05/2024\n"
        "Signed (staff): [[NN]], Named Nurse\n"
        "\n"
        "IT audit note (28/05/2024) - [[IT]], Digital Services:\n"
        "Filtering log shows [[Sip]] made two searches for '[[Dmix]]\n"
        "instagram' on 26/05/2024 (blocked). Raised with named nurse [[NNs]]. [[Sf]]\n"
        "said she only wanted to see if her daughter is well. Access continued with\n"
        "daily supervision for 2 weeks.\n"
        "Digital Services desk: via switchboard [[BRK.ph]].\n"),
    doc('safeguarding-adults-enquiry-outcome',
        "HOLLINSBURY CITY COUNCIL - ADULT SOCIAL CARE\n"
        "SECTION 42 CARE ACT 2014 ENQUIRY - OUTCOME RECORD\n"
        "\n" +
        tbl([26, 48],
            ("Adult at risk:", "[[S]]"),
            ("DOB:", "[[Sd1]]"),
            ("Location:", "Brackenfield MSU, [[BRK.ad]], [[BRK.pc]]"),
            ("Concern raised by:", "[[NN]] (named nurse), 12/05/2024"),
            ("Person alleged to have", "[[A]] (fellow patient)"),
            ("caused harm:", ""),
            ("Enquiry officer:", "[[SW]]")) +
        "\n\n"
        "Summary of concern\n"
        "On 12/05/2024 in the ward gym [[Af]] pushed [[Sshz]] against the wall and\n"
        "pulled her headscarf, saying she was 'spying'. Staff intervened within a minute.\n"
        "No injury. [[As]] was unwell at the time and her medication has been reviewed.\n"
        "\n"
        "Views of the adult\n"
        "[[Sf]] said: 'I am not angry with her. She is sick like I was. I just want to\n"
        "feel safe in the gym.' She did not want the police involved. Interpreter not\n"
        "needed for this conversation (her choice).\n",
        "s.42 outcome - [[SSUR]] - page 2\n"
        "\n"
        "Outcome\n"
        "Concern substantiated (physical abuse, low level). Risk reduced through ward\n"
        "plan: separate gym sessions; Ms [[Asf]] supported by her own named nurse. No\n"
        "further council involvement. Hospital to inform [[Sf]]'s solicitor, Ms [[MSs]],\n"
        "with her consent. [[Asf]]'s family (in Sudan) not informed.\n"
        "\n"
        "Enquiry officer: [[SW]], Social Worker\n"
        "Direct line [[SWph]] | [[SWem]]\n"
        "Safeguarding team: [[HCC.ad]], [[HCC.pc]] | [[HCC.ph]] | [[HCC.em]]\n"
        "Copy to RC Dr [[RC]] ([[RCem]]) and Brackenfield MHA office ([[BRK.em]]).\n"),

    doc('mhcs-annual-statutory-report',
        "RESPONSIBLE CLINICIAN'S ANNUAL STATUTORY REPORT ON A RESTRICTED PATIENT\n"
        "To: Ministry of Justice, Mental Health Casework Section (caseworker [[MJ]],\n"
        "    [[MJem]])\n"
        "\n" +
        tbl([26, 50],
            ("Patient:", "[[Ssf]]"),
            ("Other names:", "[[Sa1]]; [[Sa2]]; [[Sfar]]"),
            ("Date of birth:", "[[Sd4]]"),
            ("Section:", "37/41 MHA 1983 (Hollinsbury Crown Court, 2016)"),
            ("PNC / CRO:", "[[Spnc]] / [[Scro]]"),
            ("Prison no. (on remand):", "[[Spn]]"),
            ("NI number:", "[[Sni]]"),
            ("Address before admission:", "[[Sad]], [[Spc]]"),
            ("Hospital:", "Brackenfield MSU, Heron Ward")) +
        "\n\n"
        "1. Progress over the year\n"
        "[[Sshz]] (she uses her middle name with her family and '[[Sf]]' on the ward) has\n"
        "had no incidents of aggression. She was the victim of a push by another patient\n"
        "in May 2024 (s.42 enquiry completed). Mental state stable on clozapine 350 mg.\n"
        "\n"
        "2. Leave\n"
        "Escorted community leave 31 times; unescorted ground leave daily. No failures to\n"
        "return. No leave to the area of the index offence (victim exclusion zone).\n",
        "Annual statutory report - [[Ssf2]] - [[Spn]] - page 2\n"
        "\n"
        "3. Victim issues\n"
        "The victim of the index offence, Mrs [[V]], is in the Victim Contact Scheme\n"
        "(victim liaison officer [[VL]], Hollinsbury Probation). She has asked to be told\n"
        "of any discharge and has asked for an exclusion zone around her new address,\n"
        "which is known to the VLO only.\n"
        "\n"
        "4. Immigration\n"
        "Deportation appeal allowed on Article 3 grounds on 2 August 2024 (Judge\n"
        "[[IJs]]). The Home Office (Ms [[HOs]]) may seek permission to appeal.\n"
        "\n"
        "5. Recommendation\n"
        "I will support conditional discharge once supported accommodation is found.\n"
        "Her sister [[Lf]] and her solicitor Ms [[MSs]] agree with this plan. Her\n"
        "counsel in the immigration appeal, Mr [[BRs]], has been sent a copy with consent.\n"
        "\n"
        "Dr [[RC]], Consultant Forensic Psychiatrist and Responsible Clinician\n"
        "[[RCem]] | Brackenfield MSU, [[BRK.ad]], [[BRK.pc]] | [[BRK.ph]]\n"
        "Date: 9 August 2024\n"),
]

# --------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------
BUNDLES = [
    ('eval14-01', B1_SUBJECT, B1_ENT, B1_DOCS),
    ('eval14-02', B2_SUBJECT, B2_ENT, B2_DOCS),
    ('eval14-03', B3_SUBJECT, B3_ENT, B3_DOCS),
    ('eval14-04', B4_SUBJECT, B4_ENT, B4_DOCS),
    ('eval14-05', B5_SUBJECT, B5_ENT, B5_DOCS),
]


def yq(s):
    return "'" + s.replace("'", "''") + "'"


def build(outdir):
    global ENT
    os.makedirs(outdir, exist_ok=True)
    all_kinds = []
    pb_used = set()
    stats = {'docs': 0, 'bytes': 0, 'items': 0, 'cat': {}, 'party': {}}
    outputs = {}
    for n, (bid, subject, ent, docs_fn) in enumerate(BUNDLES, 1):
        ENT = ent
        raw = docs_fn()
        assert 6 <= len(raw) <= 8, (bid, len(raw))
        docs = []
        for i, (kind, pages) in enumerate(raw):
            docs.append(('doc-%02d' % (i + 1), kind, [render(p) for p in pages]))
            all_kinds.append(kind)
        labelled = check_bundle(bid, subject, docs, EXCLUDED_KINDS)
        # every subject profile value is present and labelled as the subject's
        sub_vals = [subject['name'], subject.get('prison_number', '')]
        sub_vals += list(subject['identifiers'].values())
        sub_vals += subject['contact']['phones'] + subject['contact']['emails']
        sub_vals += subject['aliases']
        for v in sub_vals:
            if v:
                assert ('subject' in {p for _, p in labelled.get(v.lower(), set())}), (bid, v)
        for a in subject['contact']['addresses']:
            street, pc = a.rsplit(' ', 2)[0], ' '.join(a.rsplit(' ', 2)[1:])
            assert ('address', 'subject') in labelled.get(street.lower(), set()), (bid, a)
            assert ('postcode', 'subject') in labelled.get(pc.lower(), set()), (bid, a)
        # the subject's own DOB value is labelled somewhere
        jdocs = []
        for did, kind, pages in docs:
            jpages = []
            truth = []
            for pi, (text, spans) in enumerate(pages):
                jpages.append(text)
                stats['bytes'] += len(text.encode('utf-8'))
                for b, e, cat, party, t in spans:
                    bb = len(text[:b].encode('utf-8'))
                    be = len(text[:e].encode('utf-8'))
                    assert text.encode('utf-8')[bb:be].decode('utf-8') == t
                    truth.append({'page': pi, 'begin': bb, 'end': be, 'category': cat,
                                  'party': party, 'text': t})
                    stats['items'] += 1
                    stats['cat'][cat] = stats['cat'].get(cat, 0) + 1
                    stats['party'][party] = stats['party'].get(party, 0) + 1
                    if party == 'public_body':
                        pb_used.add((cat, t))
            jdocs.append({'id': did, 'kind': kind, 'pages': jpages, 'truth': truth})
            stats['docs'] += 1
        bundle = {'bundle_id': bid, 'subject': subject, 'documents': jdocs}
        outputs['bundle-%02d.json' % n] = json.dumps(bundle, indent=1, ensure_ascii=False) + '\n'
    assert 30 <= stats['docs'] <= 40, stats['docs']
    assert len(all_kinds) == len(set(all_kinds)), 'duplicate kinds'
    # public bodies file
    lines = ['version: 1', 'bodies:']
    yaml_vals = set()
    cmap = {'ph': 'phone', 'pc': 'postcode', 'ad': 'address', 'em': 'email'}
    for key, name, d in BODIES:
        lines.append('  - name: ' + yq(name))
        for fld, c in (('phones', 'ph'), ('postcodes', 'pc'), ('addresses', 'ad'),
                       ('emails', 'em')):
            lines.append('    %s: [%s]' % (fld, ', '.join(yq(v) for v in d[c])))
            for v in d[c]:
                validate_value(cmap[c] if c != 'ph' else 'phone', v)
                yaml_vals.add((cmap[c], v))
    for cat, t in pb_used:
        assert (cat, t) in yaml_vals, ('public body value missing from yaml', cat, t)
    for cat, t in yaml_vals:
        assert (cat, t) in pb_used, ('yaml value never used', cat, t)
    outputs['public-bodies.yaml'] = '\n'.join(lines) + '\n'
    for fn in sorted(outputs):
        with open(os.path.join(outdir, fn), 'wb') as f:
            f.write(outputs[fn].encode('utf-8'))
    return stats, all_kinds


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: evalgen_fourteenth.py OUTDIR')
    stats, kinds = build(sys.argv[1])
    print('documents %d, page bytes %d, labelled items %d' %
          (stats['docs'], stats['bytes'], stats['items']))
    print('by party: ' + ', '.join('%s=%d' % kv for kv in sorted(stats['party'].items())))
    print('by category: ' + ', '.join('%s=%d' % kv for kv in sorted(stats['cat'].items())))
    print('kinds: ' + ', '.join(kinds))


if __name__ == '__main__':
    main()
