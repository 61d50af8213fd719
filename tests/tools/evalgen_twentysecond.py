#!/usr/bin/env python3
"""evalgen_twentysecond.py - blind synthetic evaluation set no. 22 for the
PII-redaction engine ("disclose").

WRITTEN BLIND.  While writing this generator the author read only:
  * the task prompt (/tmp/p22/prompt.md),
  * /work/shared/reference/uk-identifiers.md (identifier formats, check
    algorithms, Ofcom drama numbers, RFC 5737/3849 addresses), and
  * /work/shared/reference/domain.md (what subject-access bundles contain).
No engine source, rules, other test sets, generators or build output were
looked at, and the `disclose` binary was not run.

Output: bundle-01.json .. bundle-05.json and public-bodies.yaml in the
directory given as the only argument.  Python 3 standard library only; no
randomness, no clock, no network: every value is fixed in this file, so two
runs produce byte-identical output.

Focus of this set: correspondence and who-is-who (e-mail chains with quoted
and forwarded replies, header blocks, signature blocks, out-of-office
replies, meeting invitations, letters with cc and enclosure lists, letters
from relatives, friends, solicitors, charities and employers), plus about a
quarter forms and logs, with light OCR noise in one document only.

LABELLING POLICY (every personal-data item on every page is labelled,
including repeats, running heads and footers):
  * subject      - the requester's own data in any form: name in any order or
                   case, initials, aliases, nicknames, Gaelic/Welsh/Cantonese/
                   day-name forms, DOB in any format, identifiers spaced or
                   not, own current and previous addresses, phones, e-mails.
  * staff        - people acting officially for a public body or its
                   contractors (prison, probation, approved premises, police,
                   NHS, council, schools, courts, tribunals, Home Office, HMRC,
                   DWP, youth justice, IRC contractor): names (also first name
                   only, rank + surname -> surname only, display names such as
                   "Kerr, Fiona (HMPPS)" -> "Kerr, Fiona") and their direct
                   lines, mobiles and personal work e-mail addresses.
  * third_party  - everyone else: relatives (including ones sharing the
                   subject's surname or chain name), partners, friends,
                   victims, witnesses, other prisoners/detainees, and people
                   at private firms, solicitors, charities, faith groups and
                   employers, with all their contact details.
  * public_body  - published switchboards, generic team mailboxes, and the
                   street addresses and postcodes of public bodies.
Span conventions: a name span excludes titles and ranks ("Mr", "DS");
a possessive is labelled on its name part only; an address span is the
street part (house name/number, street, locality, town) without the postcode,
which is its own span; organisation names are not labelled.  Dates of birth
are labelled only when they are birth dates.  Identifiers carry valid check
characters (PNC/CRO mod-23, NHS mod-11 in the 999 range, Luhn, IBAN mod-97,
valid NINO prefixes); one OCR-damaged copy is validated clean and then
damaged.  Postcodes use invented Y?/Z? areas, phones use Ofcom drama ranges,
e-mails use example domains, IP addresses use RFC 5737/3849 ranges.

Markup used in the source below: [[cat.party:text]] labels text, where cat
is a short category code (see CATS) and party is s/t/f/p; [[KEY]] expands a
per-bundle entity.  The generator strips the markup, computes UTF-8 byte
offsets, and asserts every invariant before writing anything.
"""
import datetime
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
PARTIES = {'s': 'subject', 't': 'third_party', 'f': 'staff', 'p': 'public_body'}
MARK = re.compile(r'\[\[([a-z]+)\.([stfp]):(.*?)\]\]')
KEYREF = re.compile(r'\[\[([A-Za-z0-9_]+)\]\]')

# OCR-damaged identifier copies: damaged text -> clean (valid) value.
DAMAGED = {}


def strip_markup(s):
    return MARK.sub(lambda m: m.group(3), s)


def vis_len(s):
    return len(strip_markup(s))


def pad(s, w):
    return s + ' ' * max(0, w - vis_len(s))


def table(rows, keys=None, gap=2, indent=''):
    """Align columns using the visible (markup-free) width of each cell."""
    if keys:
        rows = [[expand_keys(c, keys) for c in r] for r in rows]
    ncol = max(len(r) for r in rows)
    widths = [0] * ncol
    for r in rows:
        for i, c in enumerate(r[:-1] if len(r) == ncol else r):
            widths[i] = max(widths[i], vis_len(c))
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            if i < len(r) - 1:
                cells.append(pad(c, widths[i] + gap))
            else:
                cells.append(c)
        out.append((indent + ''.join(cells)).rstrip())
    return '\n'.join(out)


def expand_keys(s, keys):
    def rep(m):
        k = m.group(1)
        assert k in keys, 'unknown key %r' % k
        return '[[' + keys[k] + ']]'
    return KEYREF.sub(rep, s)


def parse_page(src, keys):
    src = expand_keys(src, keys)
    plain = []
    spans = []
    pos = 0
    clen = 0
    for m in MARK.finditer(src):
        before = src[pos:m.start()]
        assert '[[' not in before and ']]' not in before, before[-80:]
        plain.append(before)
        clen += len(before)
        cat, party, text = m.group(1), m.group(2), m.group(3)
        assert cat in CATS, cat
        assert text and text == text.strip(), repr(text)
        spans.append((clen, clen + len(text), CATS[cat], PARTIES[party], text))
        plain.append(text)
        clen += len(text)
        pos = m.end()
    tail = src[pos:]
    assert '[[' not in tail and ']]' not in tail, tail[:80]
    plain.append(tail)
    text = ''.join(plain)
    return text, spans


# ---------------------------------------------------------------- validators
L23 = 'ZABCDEFGHJKLMNPQRTUVWXY'


def valid_pnc(v):
    v = v.upper().replace(' ', '')
    m = re.fullmatch(r'((?:19|20)\d\d)/?(\d{7})([A-Z])', v)
    if m:
        yy, serial, ck = m.group(1)[2:], m.group(2), m.group(3)
    else:
        m = re.fullmatch(r'(\d\d)/(\d{1,7})([A-Z])', v)
        assert m, v
        yy, serial, ck = m.group(1), m.group(2), m.group(3)
    return L23[int(yy + serial.zfill(7)) % 23] == ck


def valid_cro(v):
    v = v.upper().replace(' ', '')
    m = re.fullmatch(r'SF(\d\d)/(\d{1,6})([A-Z])', v)
    if m:
        return L23[int(m.group(1) + m.group(2)) % 23] == m.group(3)
    m = re.fullmatch(r'(\d{1,6})/(\d\d)([A-Z])', v)
    assert m, v
    return L23[int(m.group(2) + m.group(1).zfill(6)) % 23] == m.group(3)


def valid_nhs(v):
    d = re.sub(r'[ -]', '', v)
    if not re.fullmatch(r'999\d{7}', d):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def valid_luhn(v):
    d = re.sub(r'[ -]', '', v)
    if not re.fullmatch(r'\d{13,19}', d):
        return False
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def valid_iban(v):
    d = v.replace(' ', '').upper()
    if not re.fullmatch(r'GB\d\d[A-Z]{4}\d{14}', d):
        return False
    r = d[4:] + d[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


def valid_ni(v):
    d = re.sub(r'[ -]', '', v.upper())
    m = re.fullmatch(r'([A-Z])([A-Z])\d{6}([A-D])?', d)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in 'DFIQUV' or b in 'DFIQUVO':
        return False
    return a + b not in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ')


PC_RE = re.compile(r'([YZ][A-HK-Y]\d{1,2}|[YZ][A-HK-Y]\d[ABEHMNPRVWXY]|[YZ]\d{1,2}) (\d[ABD-HJLNP-UW-Z]{2})')


def valid_postcode(v):
    return bool(PC_RE.fullmatch(v))


PHONE_PREFIXES = ('07700900', '01134960', '01144960', '01154960', '01164960',
                  '01174960', '01184960', '01214960', '01314960', '01414960',
                  '01514960', '01614960', '02079460', '02920180', '01632960')


def valid_phone(v):
    d = re.sub(r'\D', '', v)
    if d.startswith('44'):
        d = '0' + d[2:]
        if d.startswith('00'):
            d = d[1:]
    return len(d) == 11 and d.startswith(PHONE_PREFIXES)


def valid_email(v):
    m = re.fullmatch(r'[A-Za-z0-9._%+\-]+@([A-Za-z0-9.\-]+)', v)
    if not m:
        return False
    dom = m.group(1).lower()
    return dom in ('example.com', 'example.org', 'example.net') or '.example.' in dom


def valid_ip(v):
    return bool(re.fullmatch(r'(192\.0\.2|198\.51\.100|203\.0\.113)\.(\d{1,3})', v)
                and int(v.rsplit('.', 1)[1]) < 255) or v.lower().startswith('2001:db8:')


MONTHS = {m: i + 1 for i, m in enumerate(
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'])}
# Welsh month names (first three letters are not unique, so full forms).
WELSH_MONTHS = {'ionawr': 1, 'chwefror': 2, 'mawrth': 3, 'ebrill': 4, 'mai': 5,
                'mehefin': 6, 'gorffennaf': 7, 'awst': 8, 'medi': 9,
                'hydref': 10, 'tachwedd': 11, 'rhagfyr': 12}


def month_no(w):
    w = w.lower()
    if w in WELSH_MONTHS:
        return WELSH_MONTHS[w]
    return MONTHS[w[:3]]


def parse_dob(v):
    s = v.strip()
    m = re.fullmatch(r'(\d{4})-(\d\d)-(\d\d)', s)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r'(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})', s)
    if m:
        y = int(m.group(3))
        if y < 100:
            y += 2000 if y <= 25 else 1900
        return datetime.date(y, int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r'(\d{1,2})(?:st|nd|rd|th|fed|ed|ydd|eg)?[ \-]([A-Za-z]+)\.?,?[ \-](\d{2}|\d{4})', s)
    if m:
        y = int(m.group(3))
        if y < 100:
            y += 2000 if y <= 25 else 1900
        return datetime.date(y, month_no(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r'([A-Za-z]+) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})', s)
    if m:
        return datetime.date(int(m.group(3)), month_no(m.group(1)), int(m.group(2)))
    m = re.fullmatch(r'(\d\d) ?(\d\d) ?(\d{4})', s)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    raise AssertionError('unparsed dob %r' % v)


def valid_dl(v):
    d = v.replace(' ', '').upper()
    m = re.fullmatch(r'([A-Z9]{5})(\d)(\d\d)(\d\d)(\d)([A-Z])([A-Z9])(\d)([A-Z]{2})', d)
    if not m:
        return False
    mon = int(m.group(3))
    mon = mon - 50 if mon > 50 else mon
    datetime.date(1900 + int(m.group(2)) * 10 + int(m.group(5)), mon, int(m.group(4)))
    return True


VALIDATORS = {
    'pnc': valid_pnc, 'cro': valid_cro, 'nhs_number': valid_nhs,
    'payment_card': valid_luhn, 'iban': valid_iban, 'ni_number': valid_ni,
    'postcode': valid_postcode, 'phone': valid_phone, 'email': valid_email,
    'ip_address': valid_ip, 'driving_licence': valid_dl,
    'prison_number': lambda v: bool(re.fullmatch(r'[A-Z]\d{4}[A-Z]{2}', v.replace(' ', ''))),
    'crn': lambda v: bool(re.fullmatch(r'[A-Z]\d{6}', v)),
    'sort_code': lambda v: bool(re.fullmatch(r'\d\d[- ]?\d\d[- ]?\d\d', v)),
    'account_number': lambda v: bool(re.fullmatch(r'\d{8}', v.replace(' ', ''))),
    'passport': lambda v: bool(re.fullmatch(r'\d{9}|[A-Z]\d{7}', v)),
    'vehicle_registration': lambda v: bool(re.fullmatch(
        r'[A-HJ-PR-Y][A-HJ-PR-Y](0[2-9]|[1-7]\d) ?[A-HJ-PR-Z]{3}', v)),
    'date_of_birth': lambda v: parse_dob(v) < datetime.date(2024, 1, 1),
}

# Kinds already covered by earlier sets (from the task brief); none may be reused.
COVERED_KINDS = frozenset("""
999-call-transcript abscond-risk-assessment
accredited-programme-attendance-register acct-case-review adjudication
adjudication_record adults-at-risk-detention-review
age-assessment-outcome-summary airline-passenger-name-record
alibi-enquiry-result-sheet ambulance-patient-report-form anpr-vehicle-check
anpr_report ap-night-staff-handover-log ap-resident-induction-checklist
appeal-notice appeal-skeleton-argument appropriate-adult-attendance-record
approved-premises-curfew-register approved-premises-fire-roll-call-sheet
approved-premises-incident-chronology
approved-premises-medication-administration-chart
approved-premises-resident-meeting-minutes
approved-premises-room-search-record approved-premises-visitor-book
approved-premises-warning-letter approved-premises-wifi-access-log
approved-visitor-list approved_premises_referral
armed-forces-compensation-scheme-award-letter
armed-forces-service-record-summary arrest-enquiry-team-briefing-sheet
asb-warning-letter asset-plus-assessment-extract asylum-screening-interview
asylum-substantive-interview-extract attendance-centre-session-report
bail-accommodation-sponsor-letter bail-charity-caseworker-chronology
bail-information-report bank-fraud-referral-form
bank-production-order-response-schedule bank_statement
befriending-scheme-match-form benefits_letter body-worn-video-log
border-force-baggage-examination-log border-force-cash-seizure-notice
boxing-club-mentor-report breach-warning-letter
brother-accommodation-offer-letter c100-application-extract
cafcass-officer-telephone-enquiries-record cafcass-safeguarding-letter
canteen-order-sheet car-insurance-certificate caravan-site-rent-statement
cardiology-outpatient-letter care-act-needs-assessment
care-home-rota-extract care-programme-approach-review
carers-assessment-record cas3-accommodation-referral case-notes
cash-detention-application cat-a-annual-review-report
ccrc-application-form-extract cctv-request-form cell-bell-response-log
cell-search-record cell-sharing-risk-assessment
cell-site-analysis-report-extract certificate-of-service-process-server
certified-translation-of-correspondence
change-of-circumstances-form-transcription chapel-attendance-register
chaplaincy-notes charge-sheet-bilingual charity-bail-referral-form
charity-reparation-placement-offer-letter chat-health-screening-summary
child-contact-centre-report child-exploitation-strategy-meeting-minutes
child-safeguarding-practice-review-extract
child-visit-household-composition-form childcare-funding-eligibility-letter
childrens-guardian-initial-analysis church-baptism-record
church-letter-of-support cica-payment-details-confirmation-letter
citizens-advice-case-notes closed-visits-review-board-minutes
cloud-account-preservation-request cmht-care-coordinator-letter
command-and-control-incident-log-export
community-centre-mediation-invitation-letter
community-impact-assessment-narrative community-order-induction-record
community-order-progress-review-report community-payback-supervisor-log
comp1-complaint companies-register-officer-extract
compassionate-leave-funeral-request
compensation-instalment-arrangement-letter compensation-payment
complaint-reply complaint_comp1 complex-case-consultation-minutes
connected-person-viability-assessment consular-notification-record
consulate-liaison-email-exchange coroner-inquest-witness-list
coroner-witness-summons coroners-officer-family-contact-log
coroners-record-of-inquest council-tax-letter country-expert-report-extract
court-bundle-index court-hearing-record court-hearing-sign-in-sheet
court-interpreter-invoice court-listing court-order-variation-application
court-video-link-booking-confirmation court_register cps_case_summary
crime-scene-cordon-entry-log crime_report
criminal-behaviour-order-draft-terms crofting-tenancy-assignation-letter
cross-border-supervision-transfer-email-correspondence
crown-court-indictment custody-healthcare-assessment custody-record
custody_record customary-marriage-verification-memo cyber-ip-log
dash-risk-checklist dating-app-profile-printout
daughter-handwritten-note-to-cafcass-transcription day-release-licence-card
dbs-style-disclosure-letter debt-advice-letter
deceased-property-release-form defence-solicitor-email-to-officer-in-case
dentist-referral-letter deportation-decision-letter-extract
deputy-governor-reply-to-relative detached-youth-work-outreach-log
detainee-custody-officer-incident-account
detention-gatekeeper-decision-minute device-monitoring-alert-report
diabetic-eye-screening-letter digital-media-referral-note
direct-debit-instruction-scan direct-payments-agreement
discharge-bank-account-form discharge-grant-receipt
distance-learning-grant-application diversity-incident-report-form
domestic-abuse-refuge-referral drink-drive-rehabilitation-course-referral
drug-service-referral drug-test-lab-report drugs-line-attribution-report
dto-initial-planning-meeting-minutes dvds-disclosure-record
dvla-driving-ban-notice dvla_vehicle_check education-enrolment-form
education_work_record ehcp-annual-review-extract electoral-register-extract
em-gps-location-trail-export em-tag-installation-report email
email-printout email-thread email_printout email_thread
embassy-nationality-verification-response employer-disclosure-record
employer-letter-to-witness-care-unit employer-placement-monitoring-visit
employer-three-way-meeting-note employment-agency-registration-form
employment-reference employment-site-induction-record
employment-tribunal-letter encrypted-device-attribution-matrix
escape-list-review-notice escort-contractor-movement-order
escorted-community-leave-outcome-narrative eurodac-fingerprint-match-record
exceptional-case-funding-decision exhibit-continuity-record exhibit_list
exploitation-screening-tool extended-family-genogram-narrative
external-hospital-escort-risk-assessment extradition-hearing-opening-note
extradition-order-notice extradition-surety-assessment
facebook-messenger-printout family-court-directions-order
family-court-e-filing-submission-log family-court-letter
family-court-position-statement family-day-application
family-day-attendee-list family-engagement-worker-notes
family-feud-association-chart family-group-conference-plan family-letter
family-liaison-officer-log family-network-meeting-note-with-distribution
family-support-worker-home-visit-report family-therapy-session-summary
family-ties-overnight-release-plan family-tracing-request-form
family-video-call-welfare-observation-note family_letter
family_letter_transcription fax_cover_sheet
faxed-hospital-outpatient-appointment-confirmation finance-statement
finance_paperwork financial-condition-supporters-schedule
financial-investigation financial_investigation fine-enforcement-letter
fire-service-home-safety-visit first-night-centre-interview
first-tier-tribunal-bail-decision fit-note-ocr-scan
fl401-application-extract fnp-home-office-referral
food-bank-voucher-referral food-refusal-monitoring-chart
football-club-disciplinary-letter
foreign-birth-certificate-ocr-with-translation
forensic-drugs-analysis-statement forensic-lab-submission-form
forensic-psychology-risk-assessment-report
forensic-strategy-meeting-minutes former-spouse-letter-declining-contact
foster-carer-daily-recording ftt-iac-determination-extract
ftt-iac-notice-of-hearing funeral-contribution-authorisation
gambling-account-statement general-application-form
gov-notify-text-reminder-log gp-registration-form
gp-summary-care-record-extract grandparent-character-letter-translated
ground-rules-hearing-note gym-induction-form gym-membership-agreement
gym-work-allocation-board gypsy-traveller-liaison-officer-report
hcr-20-risk-formulation-summary hdc-address-check healthcare
healthcare-note healthcare_clinic_list healthcare_incident_note
hmrc-cis-repayment-letter hmrc-tax-letter holmes-action-allocation-register
holmes-nominal-index-printout home-office-bail-summary
home-office-biometric-enrolment-letter home-office-caseworking-notes-export
home-office-family-reunion-refusal home-office-reasons-for-refusal-letter
homelessness-prevention-duty-letter hospital-bedwatch-log
hospital-discharge-summary hospital-managers-hearing-nursing-report
hospital-records-enquiry-fax-return hostel-manager-end-of-placement-report
hot-debrief-record hotel-booking-printout house-to-house-enquiry-form
household-members-schedule housing-association-rent-arrears-letter
housing-benefit-claim housing-options-interview
housing-panel-nomination-form housing-register-application
id-document-application-tracker identification-procedure-record
idva-case-closure-letter imb-application imha-advocacy-visit-record
immigration-bail-application-grounds immigration-detention-notice
in-cell-kiosk-application-history incentives-level-review
independent-advocacy-complaint-letter
independent-child-trafficking-guardian-visit-record
independent-medico-legal-report-extract inpatient-unit-admission-assessment
inpatient-unit-nursing-handover-sheet inquest-family-pir-submissions
inquest-pen-portrait instagram-direct-message-printout insurance-claim-form
intelligence-log inter-prison-correspondence-approval-request
inter-prison-transfer-form intermediary-assessment-report
interpol-red-notice-extract interpreter-assisted-supervision-record
interpreter-booking iopc-family-update-letter
irc-complaint-investigation-report irc-room-allocation-sheet
irc-welfare-office-contact-sheet it_audit_log it_login_audit
jobcentre-appointment-letter key-worker-session-notes
kinship-care-social-worker-email-correspondence kitchen-hygiene-roster
knife-crime-prevention-order-application landlord-reference
lawyers-attendance-note legal-aid-means-form
legal-call-booking-confirmation legal-correspondence-opened-in-error-notice
legal-visits-diary letter letter-of-apology-draft library-loan-record
licence-compliance-warning-interview-record licence-conditions-letter
licence-variation-request-form listener-scheme-log livescan-ident-response
local-welfare-assistance-application
long-term-prisoner-family-contact-review lost-property-form
magistrates-court-result-sheet mail-room-log
major-incident-room-message-form mappa-minutes mappa_minutes
marac-referral-form marketplace-sale-record marriage-application
mash-referral mbu-admission-board-decision mbu-separation-plan
mdt-test-slip medication-in-possession-risk-assessment
memory-clinic-referral mental-health-in-reach-assessment
mental-health-tribunal-decision mental_health_notes mg11-statement
mg15-record-of-interview mg3-charging-decision
mg6c-unused-material-schedule mhcs-annual-statutory-report
missing-person-return-interview mmpr-restraint-debrief
mobile-phone-contract mobile-phone-download mobile-subscriber-check
modern-slavery-helpline-referral-summary monthly-detention-progress-report
mosque-letter-of-support motor-insurance-database-enquiry-result
move-on-accommodation-plan named-nurse-monthly-narrative-summary
nca-financial-profile-summary ndelius-entity-audit-trail-export
ndelius_contact_log ndelius_contacts nearest-relative-email-to-ward
nearest-relative-information-letter
neighbour-letter-to-neighbourhood-inspector
neighbourhood-inspector-reply-letter newsagent-subscription-order-form-ocr
next-of-kin-notification-form no-further-action-notification-letter
nomis-address-history-export nomis-alerts-printout
nomis-contacts-and-restrictions-export nomis-record-access-audit-trail
nomis_case_notes non-molestation-order notice-of-intended-prosecution
nrm-reasonable-grounds-decision-letter nursery-attendance-and-welfare-log
oasys oasys-extract oasys_extract occupational-therapy-activity-timetable
ocr-application-form ocr-handwritten-form ocr-scanned-fax
officer-pocket-notebook-transcription omu-categorisation-review
opd-pathway-case-formulation open-conditions-suitability-assessment
open-source-research-log out-of-court-disposal-panel-record
outgoing-funds-transfer-request
overseas-family-circumstances-enquiry-report pace-detention-review-record
parental-bind-over-recognisance parenting-assessment-report-extract
parenting-course-register parking-penalty-notice
parole-board-member-case-assessment parole-dossier-summary
parole-legal-representations parole-oral-hearing-decision parole_dossier
parom1-com-parole-report part-2-extradition-request-summary
passport-office-letter pastor-email-to-probation-practitioner
paternity-dna-test-result-letter pathway-plan-review
patient-contacts-and-carers-register patient-internet-access-agreement
patient-monies-ledger patient-wifi-access-log-csv
pawn-shop-transaction-record payslips peer-mediation-agreement
peer-mentor-application pen-friend-scheme-letter
pension-credit-claim-extract perinatal-mental-health-referral
person-escort-record personal-adviser-contact-record
personal-officer-report pharmacy-prescription-record
photocard-driving-licence-photocopy-ocr pin-phone-call-detail-records-csv
pin-phone-list pin_phone_contacts pnc-print-extract
poca-section-16-statement police-bail-conditions-notice
police-custody-record police-liaison-information-exchange
police-vulnerability-notification police_mg11 pom-com-handover-note
pom-sentence-progression-narrative post-mortem-report-extract
ppcs-recall-dossier-checklist ppo-fatal-incident-investigator-interview
practitioner-learning-event-notes pre-inquest-review-directions
pre-interview-disclosure-document
pre-release-case-conference-invitation-letter
pre-release-resettlement-checklist pre-sentence-report
pre-tariff-sift-report pre_sentence_report premises-search-debrief-sheet
prescription-prepayment-certificate-application-ocr
presenting-officer-review-note prevention-of-future-deaths-report
prison-conditions-assurance-letter prison-council-minutes
prison-dental-treatment-consent-form prison-education-tutor-progress-report
prison-employment-hub-job-match-record prison-radio-request-slips
prison-reception-booking-in-sheet prison-wedding-guest-list
prisoner-handwritten-letter prisoner-life-history-narrative
prisoner-money-receipt-scan prisoner-profile
prisoners-earnings-act-levy-statement private-cash-log
probation-accommodation-visit-notes probation-appointments-csv-export
probation-bail-address-and-risk-assessment probation-contact-log
probation-exclusion-zone-map-notes probation-induction-questionnaire
probation-supervision-session-narrative production-order property-card
property-handout-authorisation-form
protected-persons-and-exclusion-zone-schedule provisional-arrest-record
psr-addendum psychiatric-report-extract
psychology-feedback-letter-to-prisoner psychology-session-process-notes
psychology-treatment-need-consultation-note
psychometric-assessment-score-sheet ptph-form-extract
public-footage-submission-record ramadan-fasting-provision-list
rar-activity-session-record recall-report
recall-return-to-custody-interview-record
red-book-child-health-record-extract referral-order-panel-contract
relative-email-to-victim-liaison-unit
relative-letter-of-concern-to-governor
relative-telephone-contact-record-sheet release-day-ferry-booking-forward
release-day-travel-warrant religious-diet-change-application
remand-to-la-accommodation-placement-plan remittance-receipt-printout
removal-directions-notice reparation-project-attendance-sheet
reporting-events-attendance-history
requesting-state-further-information-reply resettlement-housing-referral
resettlement-panel-narrative-summary
residential-unit-weekly-behaviour-narrative
responsible-clinician-tribunal-report restorative-justice-conference-notes
restraining-order restraint-order-asset-schedule
review-draft-factual-accuracy-response revocation-of-licence-notice
rio-progress-notes-print risk-management-plan-narrative
roma-charity-casework-letter rotl-board-minutes
rotl-work-placement-agreement rotl_application royal-mail-redirection-form
rule-35-medical-report s47-transfer-direction-warrant
safeguarding-adults-enquiry-outcome safer-schools-officer-note
salon-training-client-booking-sheet school-attendance-letter
school-exclusion-notice school-managed-move-agreement
school-nurse-contact-record school-reintegration-meeting-notes
school-safeguarding-chronology
school-safeguarding-lead-email-exchange-with-yjs search-warrant-application
seclusion-record section-10-formal-admissions
section-117-aftercare-planning-report section-17-leave-form
section-21-possession-notice-ocr section-7-welfare-report-extract
secure-school-teacher-email-exchange security-department-email-chain
security_information_report security_intelligence_log
segregation-healthcare-daily-screen segregation-review
seized-document-transcription sentence-calculation
sentence-plan-review-minutes sentencing-remarks
serious-further-offence-review-report setting-up-home-allowance-receipt
sex-offender-notification sfo-staff-interview-record
significant-witness-interview-summary sio-policy-file
site-pitch-licence-agreement slavery-duty-to-notify-form
smart-doorbell-event-log social-media-account-subscriber-return
social-media-transcription social-visit-application
social-work-evidence-template-final-statement
social-worker-core-group-minutes solicitor-client-care-letter
solicitor_letter special-measures-application-extract
speech-language-communication-screening
spo-case-allocation-supervision-discussion-note
sports-coach-reference-letter spouse-email-to-hospital-social-worker
stop-and-search-record storage-unit-rental-agreement
structured-risk-and-need-report-numbered-sections student-finance-letter
support-payment-card-statement-printout supported-lodgings-host-report
suspect-interview-plan suspicious-activity-report-extract
talking-therapies-referral-form taxi-booking-record tb-screening-result-fax
tca-arrest-warrant-certificate teams-chat-transcript
telegram-group-chat-extract telephone-billing-analysis
telephone-monitoring-summary telephone_monitoring
tenancy-agreement-ocr-scan tenancy-deposit-certificate text-transcript
text_message_transcript threat-to-life-warning-notice
township-kinship-and-byname-record trace-interview-eliminate-subject-report
transition-to-adult-estate-plan
translated-romanian-criminal-record-certificate
translated-voicemail-transcript travel_id_paperwork travel_record
traveller-education-service-note trial-witness-running-order
tribunal-record-of-proceedings tribunal-social-circumstances-report
trim-risk-assessment-record tv-licensing-enquiry-letter
uncle-accommodation-and-support-statement universal-credit-journal
unpaid-work-completion-certificate
unpaid-work-health-and-safety-declaration
unpaid-work-project-transport-manifest unpaid-work-timesheet
upper-tribunal-permission-decision use_of_force_report vaccination-record
vehicle-hire-agreement vehicle-seizure-notice veterans-support-letter
viber-chat-export victim-awareness-course-workbook-extract
victim-care-contract-support-plan victim-contact-letter
victim-email-reply-to-witness-care-officer victim-loss-schedule
victim-needs-assessment victim-personal-statement
victim-representations-on-licence-conditions victim-right-to-review-letter
victim-worker-restorative-conversation-record victim_liaison_note
video-call-log visit-log visitor-vetting-police-checks-return
visits-hall-seating-plan visits_booking visits_log
voluntary-interview-transcript wanted-missing-circulation-notice
ward-round-minutes welsh-language-preference-record whatsapp-export
wing-observation-book wing_observation_book witness-care-letter
witness-expenses-claim witness-service-pretrial-visit-letter
witness-statement witness_statement witness_statement_mg11
womens-centre-referral-form workshop-pay-sheet
ycs-placement-decision-record
yjs-first-appointment-letter-to-young-person-and-parent yot-referral
young-adult-maturity-screening youth-club-incident-log
youth-court-bail-supervision-support-plan youth-court-case-management-form
youth-court-results-letter-to-parent
youth-custody-education-baseline-assessment
youth-justice-case-formulation-report
youth-rehabilitation-order-intervention-plan
""".split())



# ====================================================================
# Bundle 1 - Welsh naming; probation approved premises (AP), South Wales.
# Subject: Angharad Eleri PRITCHARD, known in the family as "Hari" and,
# by her father, "Angharad ferch Emrys" (mutated "merch" patronymic).
# Tricky: father and brother share the surname ("Mr Pritchard" = father);
# her AP keyworker and a chapel friend are both called Sioned; the AP is
# her current address but is a public body's premises (public_body).
# ====================================================================
B1_KEYS = {
    'S': 'n.s:Angharad Eleri PRITCHARD', 'SA': 'n.s:Angharad', 'SH': 'n.s:Hari',
    'SP': 'n.s:Pritchard', 'SPC': 'n.s:PRITCHARD, Angharad', 'SFE': 'n.s:Angharad ferch Emrys',
    'SAP': 'n.s:Angharad Pritchard', 'SHP': 'n.s:Hari Pritchard',
    'SDOB': 'dob.s:07/11/1983', 'CRN': 'crn.s:W462017', 'NI': 'ni.s:JT 48 27 19 C',
    'SMOB': 'ph.s:07700 900318', 'SOLD': 'ph.s:07700 900742', 'SEM': 'em.s:hari.ferchemrys@example.com',
    'SPREV': 'ad.s:Flat 3, 48 Stryd Fawr, Llanfair Isaf', 'SPREVPC': 'pc.s:ZF3 6PW',
    # public bodies
    'APAD': 'ad.p:Tŷ Hafan, 21 Ffordd yr Orsaf, Aberhonddu Fach', 'APPC': 'pc.p:ZF4 2BD',
    'APTEL': 'ph.p:029 2018 0410', 'APEM': 'em.p:tyhafan.ap@justice.example.gov.uk',
    'PDUAD': 'ad.p:Tŷ Afon, 3 Heol y Porth, Penarth Fach', 'PDUPC': 'pc.p:ZF2 7HN',
    'PDUTEL': 'ph.p:029 2018 0233', 'PDUEM': 'em.p:penarthfach.pdu@justice.example.gov.uk',
    'CCAD': 'ad.p:Canolfan Ddinesig, Stryd y Farchnad, Penarth Fach', 'CCPC': 'pc.p:ZF2 1AB',
    'HOTEL': 'ph.p:029 2018 0777', 'HOEM': 'em.p:housingoptions@penarthfach.example.gov.uk',
    'VLUEM': 'em.p:vlu.wales@justice.example.gov.uk', 'VLUTEL': 'ph.p:029 2018 0655',
    # staff
    'OH': 'n.f:Owain Hughes', 'O': 'n.f:Owain', 'OHD': 'n.f:Hughes, Owain',
    'OHEM': 'em.f:owain.hughes@justice.example.gov.uk', 'OHTEL': 'ph.f:029 2018 0236',
    'OHMOB': 'ph.f:07700 900164',
    'SR': 'n.f:Sioned Rees', 'SRD': 'n.f:Rees, Sioned', 'SRF': 'n.f:Sioned',
    'SREM': 'em.f:sioned.rees@justice.example.gov.uk', 'SRTEL': 'ph.f:029 2018 0413',
    'BM': 'n.f:Bethan Morgan', 'BMD': 'n.f:Morgan, Bethan', 'BMEM': 'em.f:bethan.morgan@justice.example.gov.uk',
    'CE': 'n.f:Carys Evans', 'CED': 'n.f:Evans, Carys', 'CEEM': 'em.f:carys.evans2@justice.example.gov.uk',
    'RJ': 'n.f:Rhys Jenkins', 'RJD': 'n.f:Jenkins, Rhys', 'RJF': 'n.f:Rhys',
    'RJEM': 'em.f:rhys.jenkins@penarthfach.example.gov.uk', 'RJTEL': 'ph.f:029 2018 0781',
    # third parties
    'EP': 'n.t:Emrys Pritchard', 'EPF': 'n.t:Emrys', 'EPAD': 'ad.t:Tyddyn Gwyn, Lôn Las, Pentre\'r Felin',
    'EPPC': 'pc.t:ZF9 1LT', 'EPMOB': 'ph.t:07700 900561', 'EPTEL': 'ph.t:029 2018 0947',
    'EPEM': 'em.t:emrys.tyddyngwyn@example.org',
    'GP': 'n.t:Gethin Pritchard', 'GF': 'n.t:Gethin', 'GAE': 'n.t:Gethin ap Emrys',
    'GEM': 'em.t:gethin.apemrys@example.net', 'GMOB': 'ph.t:07700 900829',
    'SL': 'n.t:Sioned Llwyd', 'SLF': 'n.t:Sioned', 'SLMOB': 'ph.t:07700 900275',
    'EPA': 'n.t:Elin Parry', 'EPAD2': 'n.t:Parry, Elin', 'EPAEM': 'em.t:elin.parry@menterbro.example.org',
    'EPAMOB': 'ph.t:07700 900417',
    'LW': 'n.t:Llinos Watkins', 'LWF': 'n.t:Llinos', 'LWEM': 'em.t:llinos@caffirbont.example.co.uk',
    'CAFAD': 'ad.t:7 Stryd y Bont, Llanfair Isaf', 'CAFPC': 'pc.t:ZF3 6QA', 'CAFTEL': 'ph.t:029 2018 0562',
    'DY': 'n.t:Dylan',
}

B1_D1P1 = """Gwasanaeth Prawf | Probation Service
Uned Cyflawni Prawf Penarth Fach | Penarth Fach Probation Delivery Unit
[[PDUAD]]  [[PDUPC]]
Ffôn / Tel: [[PDUTEL]]   E-bost / Email: [[PDUEM]]

PERSONOL / PERSONAL

Ms [[SAP]]
[[APAD]]
[[APPC]]

Ein cyf / Our ref: [[CRN]]
Dyddiad / Date: 14 Hydref 2024 / 14 October 2024

Annwyl [[SA]],

Apwyntiad goruchwylio / Supervision appointment

Rydych wedi gofyn i ni ysgrifennu atoch yn Gymraeg. Byddwn yn gwneud hynny o hyn
ymlaen, a bydd y fersiwn Saesneg ar yr ail dudalen.

Mae eich apwyntiad nesaf gyda fi, [[OH]], ddydd Mawrth 22 Hydref 2024 am 10:30
yn y swyddfa uchod. Dewch â'ch trwydded yrru a'ch llythyr trwydded gyda chi.
Os na allwch ddod, ffoniwch fi ar [[OHTEL]] neu'r dderbynfa ar [[PDUTEL]]
cyn 09:30 ar y diwrnod.

Byddwn yn trafod:
  1. eich cynllun symud ymlaen o Dŷ Hafan (dyddiad gadael: 2 Rhagfyr 2024);
  2. y cynnig gwaith gan Gaffi'r Bont;
  3. amodau eich trwydded, gan gynnwys y parth gwahardd.

Yn gywir,

[[OH]]
Ymarferydd Prawf / Probation Practitioner

cc: [[BM]], Rheolwr / Manager, Tŷ Hafan AP
    [[SR]], Gweithiwr Allweddol / Keyworker, Tŷ Hafan AP
    Ffeil achos / Case file (nDelius [[CRN]])
Amgaeëdig / Enclosures: Taflen 'Eich trwydded' / 'Your licence' leaflet;
    map o'r swyddfa / office map; ffurflen hawlio costau teithio / travel claim form
"""

B1_D1P2 = """[[SPC]] | [[CRN]] | tudalen 2 / page 2

ENGLISH VERSION

Dear [[SA]],

Supervision appointment

You have asked us to write to you in Welsh. We will do so from now on, and the
English version will be on the second page.

Your next appointment is with me, [[OH]], on Tuesday 22 October 2024 at 10:30 at
the office above. Please bring your driving licence and your licence letter.
If you cannot attend, ring me on [[OHTEL]] or reception on [[PDUTEL]] before
09:30 on the day.

We will discuss:
  1. your move-on plan from Tŷ Hafan (leaving date: 2 December 2024);
  2. the job offer from Caffi'r Bont;
  3. your licence conditions, including the exclusion zone.

Yours sincerely,

[[OH]]
Probation Practitioner
"""

B1_D2P1 = """From:    [[RJD]] (Housing Options) <[[RJEM]]>
Sent:    Wednesday, 16 October 2024 09:12
To:      [[SRD]] (HMPPS) <[[SREM]]>
Cc:      [[OHD]] (HMPPS) <[[OHEM]]>; Housing Options <[[HOEM]]>
Subject: RE: Move-on - [[SPC]] (AP resident) - DOB [[SDOB]]

Bore da [[SRF]],

Thanks for this. I've checked our system. [[SA]] had a tenancy with us at
[[SPREV]], [[SPREVPC]] until March 2023 and there are arrears of
£1,214.60 on that account, so she would go into Band C until a repayment plan is
in place. If she can start paying £5 a week from her wages we can review.

The address her brother has offered (see his email below) is outside our area, so
it would be a matter for Cyngor Cwm Isaf. I'd also flag that he mentions his
partner has not agreed yet.

Can you confirm her NHS number for the health section of the application? The one
on our old file looks incomplete.

Diolch,
[[RJF]]

[[RJ]] | Swyddog Opsiynau Tai / Housing Options Officer
Cyngor Bro Penarth Fach
[[CCAD]] [[CCPC]]
Direct: [[RJTEL]] | Housing Options: [[HOTEL]]

-----Original Message-----
From: [[SRD]] (HMPPS) <[[SREM]]>
Sent: Tuesday, 15 October 2024 16:40
To: Housing Options <[[HOEM]]>
Cc: [[OHD]] (HMPPS) <[[OHEM]]>
Subject: Move-on - [[SPC]] (AP resident) - DOB [[SDOB]]

Hi all,

[[SA]] (known as [[SH]]) is due to move on from Tŷ Hafan on 2 December. She
would like to be considered for a one-bed flat in the Llanfair Isaf area. Her NI
number is [[NI]] if you need it for the housing register; her NHS number
is [[nhs.s:999 214 7369]] (GP: Meddygfa'r Orsaf).
"""

B1_D2P2 = """Move-on - [[SPC]] (AP resident)                       Page 2 of 2

Her brother [[GF]] has sent the message below to our AP mailbox. Please note we
have not assessed his address yet, and [[O]] will need to complete the checks.

[[SR]] (hi/hon - she/her)
Gweithiwr Allweddol / Keyworker, Tŷ Hafan Approved Premises
Ffôn / Tel: [[SRTEL]] | Switchboard: [[APTEL]]
[[APAD]] [[APPC]]

---------- Forwarded message ---------
From: [[GP]] <[[GEM]]>
Date: Mon, 14 Oct 2024 at 21:03
Subject: [[SH]] moving out
To: <[[APEM]]>

Hello,

I'm [[SA]]'s brother. The family call her [[SH]] and Dad still calls her
[[SFE]] when he's cross with her. She can stay with me at
[[ad.t:2 Maes y Dderwen, Cwm Isaf]], [[pc.t:ZF8 3EX]] but my partner [[n.t:Rhiannon Lewis]]
would need to agree first, and [[n.t:Rhiannon]] is away until the end of the month.
My number is [[GMOB]].

[[GAE]]

> On 11 Oct 2024, at 18:22, [[SHP]] <[[SEM]]> wrote:
>
> [[n.t:Geth]] can you email the hostel about your spare room? The address is
> [[APEM]]. Ask for [[SRF]]. Don't give them Dad's number
> they'll only ring him at milking time. x
"""

B1_D3P1 = """Meeting request
Subject:    Pre-move-on risk review - [[n.s:A. Pritchard]] (CRN [[CRN]])
Organiser:  [[OHD]] (HMPPS)
When:       Thursday, 31 October 2024 14:00-15:00 (UTC+00:00) London
Where:      Microsoft Teams meeting / Ystafell Gyfarfod 2, Tŷ Afon

Required:   [[SRD]] (HMPPS); [[BMD]] (HMPPS); [[CED]] (HMPPS VLU);
            [[RJD]] (Housing Options)
Optional:   [[EPAD2]] <[[EPAEM]]>;
            Victim Liaison Unit Wales <[[VLUEM]]>

Hi all,

Purpose: agree the move-on address for [[SA]] before 2 December, review the
exclusion zone and check the proposed job at Caffi'r Bont.

Case details: [[S]] | CRN [[CRN]] | PNC [[pnc.s:2009/0471835A]] | CRO [[cro.s:318204/09G]] |
NOMS [[pn.s:B4172DK]] (released from HMP Eastwood Park 12/08/2024).

[[CE]] - please bring the victim's current position. [[DY]] has asked through the
VLU that [[SA]] is not told which street he has moved to, so please don't put
it in the minutes. [[EPA]] from Menter Iaith is invited for the last ten
minutes only (Welsh-language volunteering), as [[SH]] asked for her to be there.

[[O]]

Join on your computer or mobile app: Click here to join the meeting
Meeting ID: 371 802 644 915   Passcode: Tq7mZ2

Tracking
"""

B1_D3P1 += table([
    ['Name', 'Attendance', 'Response'],
    ['[[OHD]] (HMPPS)', 'Organiser', ''],
    ['[[SRD]] (HMPPS)', 'Required', 'Accepted 17/10/2024 08:55'],
    ['[[BMD]] (HMPPS)', 'Required', 'Tentative'],
    ['[[CED]] (HMPPS VLU)', 'Required', 'None (automatic reply received)'],
    ['[[RJD]] (Housing Options)', 'Required', 'Accepted 17/10/2024 10:31'],
    ['[[EPAD2]]', 'Optional', 'Declined 18/10/2024 13:07'],
    ['Victim Liaison Unit Wales', 'Optional', 'None'],
], B1_KEYS) + '\n'

B1_D3P2 = """Pre-move-on risk review - [[n.s:A. Pritchard]] - responses (page 2)

Automatic reply: Pre-move-on risk review - [[n.s:A. Pritchard]] (CRN [[CRN]])
From: [[CED]] (HMPPS VLU) <[[CEEM]]>
Sent: 17 October 2024 08:41
To: [[OHD]] (HMPPS) <[[OHEM]]>

Rwyf allan o'r swyddfa tan 4 Tachwedd. / I am out of the office until 4 November.
Ar gyfer materion brys, cysylltwch â [[n.f:Gareth Bowen]] ar [[ph.f:029 2018 0658]] neu
flwch post y tîm [[VLUEM]] ([[VLUTEL]]).
For urgent victim liaison matters please contact [[n.f:Gareth Bowen]] on
[[ph.f:029 2018 0658]] or the team mailbox [[VLUEM]] ([[VLUTEL]]).

Declined: Pre-move-on risk review - [[n.s:A. Pritchard]] (CRN [[CRN]])
From: [[EPAD2]] <[[EPAEM]]>
Sent: 18 October 2024 13:07

Diolch [[O]] - I'm on a course in Aberystwyth that day. I'm happy to meet [[SH]] at
the café any Friday. Volunteering with us doesn't need a DBS unless she works
with the Cylch Meithrin group.

[[EPA]]
Cydlynydd Gwirfoddolwyr / Volunteer Coordinator
Menter Iaith Bro Penarth (elusen gofrestredig / registered charity)
Symudol / Mobile: [[EPAMOB]]
"""

B1_D4P1 = """From:    [[SHP]] <[[SEM]]>
Sent:    21 October 2024 07:48
To:      [[OHEM]]
Subject: Job at Caffi'r Bont + my phone

Hi [[O]],

[[LWF]] at Caffi'r Bont has offered me mornings in the kitchen, 7 till 12. She
says she will email or write to you. I told her everything about my licence.

Also please update my number - my new mobile is [[SMOB]]. The old one
([[SOLD]]) was cut off in August but Dad still rings it, so if anyone from the
hostel tries that one it won't get me.

[[SLF]] from chapel ([[SL]], not [[SRF]] at the hostel!) said she can drive me to
the appointment on Tuesday. Her number is [[SLMOB]] if you need to check.

Diolch,
[[SH]]
--
[[SA]] '[[SH]]' [[SP]]
[[SMOB]]
[[SEM]]


From:    [[OHD]] (HMPPS) <[[OHEM]]>
Sent:    21 October 2024 11:02
To:      [[SHP]] <[[SEM]]>
Cc:      [[SRD]] (HMPPS) <[[SREM]]>
Subject: RE: Job at Caffi'r Bont + my phone

Bore da [[SH]],

Good news about the café. Under your licence you must tell me before you start
any work, so please don't start until I have spoken to [[LWF]]. I have updated
your phone number on nDelius and removed the old one.

I can't count a lift as part of your plan, but [[SL]] is welcome to drop you off.
I've copied in [[SRF]] ([[n.f:Rees]]) so the hostel has the new number too.

[[O]]
"""

B1_D4P2 = """RE: Job at Caffi'r Bont + my phone - [[SHP]] - page 2

[[OH]] (fe/ef - he/him)
Ymarferydd Prawf / Probation Practitioner
Tîm Rheoli Troseddwyr Penarth Fach / Penarth Fach Offender Management Team
Llinell uniongyrchol / Direct line: [[OHTEL]] | Symudol / Mobile: [[OHMOB]]
E-bost diogel / Secure email: [[OHEM]]
Diwrnodau gwaith / Working days: Llun-Iau / Mon-Thu
Swyddfa / Office: [[PDUAD]] [[PDUPC]]

> From: [[SHP]] <[[SEM]]>
> Sent: 21 October 2024 07:48
> To: [[OHEM]]
> Subject: Job at Caffi'r Bont + my phone
>
> Hi [[O]],
> [[LWF]] at Caffi'r Bont has offered me mornings in the kitchen, 7 till 12.
> Also please update my number - my new mobile is [[SMOB]]. The old one
> ([[SOLD]]) was cut off in August but Dad still rings it.
> [[SLF]] from chapel ([[SL]], not [[SRF]] at the hostel!) said she can drive me.
> Her number is [[SLMOB]] if you need to check.
> Diolch, [[SH]]
"""

B1_D5P1 = """CAFFI'R BONT
[[CAFAD]], [[CAFPC]]
Ffôn: [[CAFTEL]]  ·  [[LWEM]]

22 October 2024

[[OH]]
Probation Service
[[PDUAD]] [[PDUPC]]

Dear Mr [[n.f:Hughes]],

Re: [[SAP]], date of birth [[dob.s:7 November 1983]] - offer of employment

I am happy to offer [[SA]] a part-time post
as a kitchen assistant, Monday to Friday 7am to 12pm, starting on a date you
agree. She has told me about her conviction and her licence conditions.

Some mornings she would take the café van to deliver to the school, so I have
seen her driving licence, number [[dl.s:PRITC861073AE9WX]]. For payroll I have taken
her National Insurance number as [[ni.s:JT482719C]]. My bookkeeper, [[n.t:Dafydd Roberts]]
of Cyfrifon Glan (private accountants), will set her up on the payroll; he can be
reached on [[ph.t:029 2018 0599]].

One of our regulars is her old neighbour from Stryd Fawr, [[n.t:Gwen Protheroe]], who has
told me she is glad [[SH]] is coming to work here. I have told Mrs [[n.t:Protheroe]]
nothing about the case.
"""

B1_D5P2 = """Caffi'r Bont - [[SAP]] - page 2

If you need to visit, the best time is after 2pm on my mobile [[ph.t:07700 900596]]
or on the café number above. My husband [[n.t:Huw]] also works here on Saturdays.

Yours sincerely,

[[LW]]
Perchennog / Owner

cc: [[SAP]] (by hand, Tŷ Hafan)
Enclosures: job description; rota for November
"""

B1_D6P1 = """GOV.UK - Contact a probation office - form submission (printed 25/10/2024)
Reference: CPO-2024-118364          Routed to: Tŷ Hafan AP mailbox [[APEM]]

Submitted                              24/10/2024 22:41
Your full name                         [[n.t:Emrys Ifan Pritchard]]
Are you contacting us about someone    Yes
else?
Their name                             [[SAP]] (my daughter)
Their date of birth (if known)         [[dob.s:07.11.83]]
Their case reference (if known)        don't know
Your email                             [[EPEM]]
Your phone                             [[EPTEL]]
Your address                           [[EPAD]]
Postcode                               [[EPPC]]
Preferred language                     Cymraeg / Welsh
Message:

Annwyl Syr/Fadam,
Rwy'n dad i [[SFE]]. Mae croeso iddi fyw gyda fi yn [[ad.t:Nhyddyn Gwyn]]
ar ôl iddi adael Tŷ Hafan. Rwy'n 74 oed ac mae'r fferm yn dawel.

[English translation supplied by the form's translate button:]
Dear Sir/Madam, I am the father of [[SFE]]. She is welcome to live with me
at [[ad.t:Tyddyn Gwyn]] after she leaves Tŷ Hafan. I am 74 and the farm is quiet. Her
brother [[GF]] thinks she should go to him but [[n.t:Rhiannon]] has the baby coming.
Please ring me on the landline, or on my mobile [[EPMOB]] after 7pm.
I know [[DY]]'s family are two miles from us but [[SH]] never goes that way.

[[n.t:Emrys ap Ifan]]
"""

B1_D6P2 = """Reply sent from [[APEM]] - 28/10/2024 10:15
To: [[EPEM]]
Subject: Eich neges / Your message CPO-2024-118364

Annwyl Mr [[n.t:Pritchard]],

Diolch am eich neges. / Thank you for your message.

We cannot discuss [[SA]]'s case with you without her consent, but we have passed
your offer to her Probation Practitioner, who may contact you to check the
address. Please do not telephone the hostel residents' phone; use our
switchboard on [[APTEL]] between 9am and 5pm.

Yn gywir / Yours sincerely,

[[BM]]
Rheolwr Safle / Premises Manager, Tŷ Hafan Approved Premises
[[APAD]] [[APPC]]
"""

B1_D7P1 = """TŶ HAFAN APPROVED PREMISES - KEY FOB AND LOCKER ISSUE REGISTER         Sheet 14
[[APAD]] [[APPC]]    Tel [[APTEL]]

"""
B1_D7P1 += table([
    ['Date', 'Resident', 'CRN', 'Room', 'Fob', 'Locker', 'Issued by', 'Returned'],
    ['01/10/2024', '[[n.t:ASHWORTH, Kelly]]', '[[crn.t:W318825]]', '2', 'F-0217', 'L2', '[[n.f:Rees]]', '-'],
    ['03/10/2024', '[[SPC]]', '[[CRN]]', '6', 'F-0221', 'L6', '[[n.f:Morgan]]', '-'],
    ['07/10/2024', '[[n.t:DIXON, Paula Jane]]', '[[crn.t:W407716]]', '4', 'F-0209', 'L4', '[[n.f:Rees]]', '11/10/2024'],
    ['09/10/2024', '[[n.t:HOWELLS, Marged]]', '[[crn.t:W399042]]', '3', 'F-0224', 'L3', '[[n.f:Pugh]]', '-'],
    ['15/10/2024', '[[SPC]]', '[[CRN]]', '6', 'F-0230', '-', '[[n.f:Pugh]]', '-'],
    ['19/10/2024', '[[n.t:ASHWORTH, Kelly]]', '[[crn.t:W318825]]', '2', 'F-0231', '-', '[[n.f:Rees]]', '-'],
], B1_KEYS) + """

Notes
15/10 - [[SA]] reported fob F-0221 lost in town (left in jacket at chapel). Fob
        cancelled on the door system. Replacement F-0230 issued. £5 charge waived
        by [[BM]]. Friend [[SL]] returned the old fob 17/10 - destroyed.
19/10 - [[n.t:Kelly]] locked out 23:40; night staff [[n.f:Aled Pugh]] let her in. Fob
        reissued next morning.

Checked by: [[BM]] (Manager)  Date: 21/10/2024
"""

B1_SUBJECT = {
    'name': 'Angharad Eleri PRITCHARD',
    'aliases': ['Angharad ferch Emrys', 'Hari', 'Hari Pritchard', 'Angharad Pritchard'],
    'date_of_birth': '1983-11-07',
    'prison_number': 'B4172DK',
    'identifiers': {'ni_number': 'JT 48 27 19 C', 'nhs_number': '999 214 7369',
                    'pnc': '2009/0471835A', 'cro': '318204/09G', 'crn': 'W462017'},
    'contact': {'addresses': ['Flat 3, 48 Stryd Fawr, Llanfair Isaf'],
                'phones': ['07700 900318', '07700 900742'],
                'emails': ['hari.ferchemrys@example.com']},
}

BUNDLE_1 = {
    'bundle_id': 'eval22-01', 'subject': B1_SUBJECT, 'keys': B1_KEYS,
    'token_ok': (),
    'docs': [
        ('bilingual-probation-appointment-letter', [B1_D1P1, B1_D1P2]),
        ('council-housing-move-on-email-chain', [B1_D2P1, B1_D2P2]),
        ('outlook-meeting-invitation-with-attendee-responses', [B1_D3P1, B1_D3P2]),
        ('resident-email-exchange-with-probation-practitioner', [B1_D4P1, B1_D4P2]),
        ('employer-conditional-job-offer-letter', [B1_D5P1, B1_D5P2]),
        ('web-contact-form-submission-printout', [B1_D6P1, B1_D6P2]),
        ('ap-key-fob-and-locker-issue-register', [B1_D7P1]),
    ],
}


# ====================================================================
# Bundle 2 - Somali naming; youth justice service and Crown Court trial.
# Subject: Abdirahman Yusuf WARSAME (17): given name, father's name,
# grandfather's name; no family surname.  "Abdi" to everyone.
# Tricky: his father's own chain is Yusuf Warsame Hirsi ("Mr Warsame
# senior" = father); his mother Hodan Ali Farah has a different name; his
# community mentor is also called Abdirahman (third party); the solicitor,
# mentor, interpreter and barrister are third parties; YJS, court, CPS,
# police and school people are staff.
# ====================================================================
B2_KEYS = {
    'S': 'n.s:Abdirahman Yusuf WARSAME', 'SN': 'n.s:Abdirahman Yusuf Warsame',
    'SA': 'n.s:Abdirahman', 'SAB': 'n.s:Abdi', 'SW': 'n.s:WARSAME', 'Sw': 'n.s:Warsame',
    'SC': 'n.s:WARSAME, Abdirahman Yusuf', 'SAW': 'n.s:Abdi W',
    'SDOB': 'dob.s:14/08/2007', 'PNC': 'pnc.s:23/318450Q', 'NHS': 'nhs.s:999 587 3028',
    'SMOB': 'ph.s:07700 900147', 'SOLD': 'ph.s:07700 900608', 'SEM': 'em.s:abdi.yw07@example.com',
    'SAD': 'ad.s:Flat 22, Dunmore House, Kestrel Road, Hallam Vale', 'SPC': 'pc.s:YH6 3PL',
    'SPREV': 'ad.s:9 Copse Lane, Brinsworth Edge', 'SPREVPC': 'pc.s:YH8 2TW',
    # public bodies
    'YJAD': 'ad.p:Carver House, 40 Wicker Row, Hallam Vale', 'YJPC': 'pc.p:YH1 4DS',
    'YJTEL': 'ph.p:0114 496 0320', 'YJEM': 'em.p:yjs.duty@hallamvale.example.gov.uk',
    'CCAD': 'ad.p:The Law Courts, 50 Bridge Street, Hallam Vale', 'CCPC': 'pc.p:YH1 2ES',
    'CCTEL': 'ph.p:0114 496 0500', 'CCEM': 'em.p:crowncourt.hallamvale@hmcts.example.net',
    'CPSEM': 'em.p:yorkshire.cpsdu@cps.example.gov.uk', 'CPSTEL': 'ph.p:0113 496 0780',
    'POLEM': 'em.p:cid.hallamvale@southriding.example.police.uk', 'POLTEL': 'ph.p:0114 496 0101',
    'SCHTEL': 'ph.p:0114 496 0655',
    # staff
    'HD': 'n.f:Hannah Doyle', 'H': 'n.f:Hannah', 'HDD': 'n.f:Doyle, Hannah',
    'HDEM': 'em.f:hannah.doyle@hallamvale.example.gov.uk', 'HDTEL': 'ph.f:0114 496 0327',
    'HDMOB': 'ph.f:07700 900212',
    'MO': 'n.f:Marcus Okafor', 'M': 'n.f:Marcus', 'MOD': 'n.f:Okafor, Marcus',
    'MOEM': 'em.f:marcus.okafor@hallamvale.example.gov.uk', 'MOMOB': 'ph.f:07700 900233',
    'LB': 'n.f:Lorraine Bexley', 'L': 'n.f:Lorraine', 'LBD': 'n.f:Bexley, Lorraine',
    'LBEM': 'em.f:lorraine.bexley@hmcts.example.net',
    'PC_': 'n.f:Priya Chandran', 'PCD': 'n.f:Chandran, Priya', 'PCEM': 'em.f:priya.chandran@cps.example.gov.uk',
    'NA': 'n.f:Neil Atherton', 'NAS': 'n.f:Atherton', 'NAEM': 'em.f:neil.atherton@southriding.example.police.uk',
    'NAMOB': 'ph.f:07700 900650',
    'JW': 'n.f:Whitcombe', 'JF': 'n.f:Joanne Fell',
    # third parties
    'IS': 'n.t:Imran Sayed', 'ISD': 'n.t:Sayed, Imran', 'ISS': 'n.t:Sayed',
    'ISEM': 'em.t:imran.sayed@northgate-law.example.co.uk.cjsm.net', 'ISTEL': 'ph.t:0114 496 0871',
    'FAD': 'ad.t:12 Paternoster Row, Hallam Vale', 'FPC': 'pc.t:YH1 3AF',
    'HF': 'n.t:Hodan Ali Farah', 'HFF': 'n.t:Hodan', 'HFS': 'n.t:Farah', 'HFMOB': 'ph.t:07700 900384',
    'SG': 'n.t:Sagal Hassan', 'SGF': 'n.t:Sagal', 'SGEM': 'em.t:sagal.h@example.com',
    'YW': 'n.t:Yusuf Warsame Hirsi', 'YF': 'n.t:Yusuf', 'YAD': 'ad.t:31 Evington Drive, Leicester',
    'YPC': 'pc.t:YL5 9NB', 'YTEL': 'ph.t:0116 496 0233',
    'MH': 'n.t:Mahad', 'MHN': 'n.t:Mahad Yusuf Warsame', 'MHMOB': 'ph.t:07700 900871',
    'AJ': 'n.t:Abdirahman Jama', 'AJA': 'n.t:Abdirahman', 'AJEM': 'em.t:a.jama@hallamsca.example.org',
    'AJMOB': 'ph.t:07700 900902',
    'KB': 'n.t:Kyle BRANNIGAN', 'KBs': 'n.t:Brannigan', 'KF': 'n.t:Kyle',
    'KDOB': 'dob.t:02/03/2005', 'KPNC': 'pnc.t:2021/0090417Y',
    'JY': 'n.t:Jayden', 'DP': 'n.t:Doreen Platt',
    'FN': 'n.t:Faadumo Nur',
}

B2_D1P1 = """From:    [[LBD]] (HMCTS) <[[LBEM]]>
Sent:    04 November 2024 15:26
To:      [[ISD]] <[[ISEM]]>;
         [[PCD]] (CPS) <[[PCEM]]>
Cc:      Crown Court Hallam Vale Listing <[[CCEM]]>;
         [[MOD]] <[[MOEM]]>
Subject: RE: T20247093 R v [[n.t:BRANNIGAN]] and [[SW]] - trial 18/11/2024 - youth defendant

All,

The trial remains fixed for Monday 18 November 2024, Court 3, before HHJ [[JW]],
time estimate 4 days.

For the second defendant, [[S]] (17, DOB [[SDOB]]), the
judge has approved the following:
  - wigs and gowns removed; defendant to sit with his appropriate adult, not in
    the dock;
  - breaks every 45 minutes; the YJS court officer ([[M]]) may sit behind him;
  - a Somali interpreter booked through LinguaServe for the appropriate adult
    (the defendant himself speaks English);
  - separate waiting rooms for the two defendants' families.

The court record will keep the name as [[SW]]. [[n.t:Mr Sayed]] has explained that
[[Sw]] is his grandfather's name and that the family do not use a surname, so
counsel may address him as [[SA]].

Kind regards
[[L]]

[[LB]] | Case Progression Officer | Crown Court at Hallam Vale
[[CCAD]] [[CCPC]] | Listing: [[CCTEL]]

-----Original Message-----
From: [[ISD]] <[[ISEM]]>
Sent: 04 November 2024 11:03
To: [[LBD]] (HMCTS) <[[LBEM]]>
Cc: [[PCD]] (CPS) <[[PCEM]]>
Subject: T20247093 R v [[n.t:BRANNIGAN]] and [[SW]] - trial 18/11/2024 - youth defendant
"""

B2_D1P1 = B2_D1P1.replace('[[n.t:Mr Sayed]]', 'Mr [[ISS]]')

B2_D1P2 = """T20247093 R v [[n.t:BRANNIGAN]] and [[SW]] - correspondence - page 2

Dear Ms [[n.f:Bexley]],

I act for the second defendant. Please could the court note:

1. My client's name is [[SN]]. [[YF]] is his father's name and
   [[Sw]] his grandfather's; he is known as [[SAB]].
2. His mother, [[HF]], will attend as appropriate adult. Somali women keep
   their own names, so please do not call her "Mrs [[n.t:Warsame]]".
3. The co-accused, Mr [[KBs]], is 19 (DOB [[KDOB]], PNC [[KPNC]]). We ask
   that the two defendants and their families are kept apart at all times.

[[IS]]
Solicitor, Northgate Youth Defence LLP
DDI [[ISTEL]] | Secure: [[ISEM]]

> From: [[PCD]] (CPS) <[[PCEM]]>
> Sent: 01 November 2024 16:50
> To: [[ISD]]; Crown Court Hallam Vale Listing
> Subject: T20247093 - witness availability
>
> The Crown's witnesses: PC [[n.f:Hollis]] (arresting officer) is available
> throughout. [[DP]] (civilian eyewitness) cannot attend on 19/11 (hospital
> appointment). The complainant, [[JY]] (15), will give evidence by live link
> from the Witness Service suite. Please send any enquiries to the CPS Direct
> Unit mailbox [[CPSEM]] or [[CPSTEL]], quoting the URN.
>
> [[PC_]] | Paralegal Officer | CPS Yorkshire and Humberside
"""

B2_D2P1 = """NORTHGATE YOUTH DEFENCE LLP
Solicitors and Advocates
[[FAD]] [[FPC]]   Tel [[ISTEL]]
Regulated by the Solicitors Regulation Authority

[[HD]]
Case Manager, Hallam Vale Youth Justice Service
[[YJAD]]
[[YJPC]]

By secure email and post                                  5 November 2024
Our ref: NYD/2024/311   Your ref: YJS-24-0187

Dear Ms [[n.f:Doyle]],

Our client: [[SN]] (date of birth [[dob.s:14 August 2007]])
R v [[KBs]] and [[Sw]] - Crown Court at Hallam Vale - trial 18 November 2024

Thank you for meeting [[SAB]] and his mother with me on 30 October.

We enclose our client's signed authority so that you may share with us his Youth
Justice records, his ASSET+ and the notes of his bail support sessions. We would
also be grateful for a short letter for the court confirming his engagement since
bail was granted on 12 September.

We are asking the court to vary the curfew address for the trial week to his
father's home, [[YAD]] [[YPC]]. His father, [[YW]], is
happy for us to give you his number ([[YTEL]]). [[SAB]]'s current address with
his mother, [[SAD]] [[SPC]], remains his
bail address for all other purposes.
"""

B2_D2P2 = """[[HD]] - [[SN]] - 5 November 2024 - page 2

The school has told us that [[SAB]]'s attendance at Kestrel Park Academy has been
96% this half-term; his Head of Year, [[JF]], will provide a letter.

Please contact me or my trainee, [[n.t:Chloe Marsh]], on the number above.

Yours sincerely

[[IS]]
Solicitor

cc: Client (by hand)
    Ms [[HF]] (mother) - by telephone, Somali interpreter to read
    [[n.t:Adaeze Obi]], counsel, Westgate Chambers
Enclosures:
    1. Form of authority signed by [[SA]] [[Sw]] on 30/10/2024
    2. Bail conditions (Hallam Vale Magistrates' Court, 12/09/2024)
    3. Letter from [[AJ]], Hallam Somali Community Association
"""

B2_D3P1 = """HALLAM VALE YOUTH JUSTICE SERVICE - TELEPHONE MESSAGE SLIPS (scanned, 4 of 4 in book)

"""

def _slip(no, for_, date, time, frm, tel, ticks, msg, taken):
    return ("-" * 78 + "\n" +
            table([['No. ' + no, 'For: ' + for_, 'Date: ' + date + '  Time: ' + time],
                   ['From:', frm, ''],
                   ['Tel:', tel, ticks]], B2_KEYS) +
            "\nMessage: " + msg + "\nTaken by: " + taken + "\n")

B2_D3P1 += _slip('0441', '[[HD]]', '05/11/24', '09:17',
                 '[[HFF]] (mother of [[SA]] [[SW]]) via interpreter line',
                 '[[HFMOB]]', '[x] Please call back',
                 "Mum says [[SAB]] has lost his phone. His new number is [[SMOB]].\n"
                 "         The old number [[SOLD]] is NOT his any more - do not text it.",
                 '[[n.f:Gemma]] (duty)')
B2_D3P1 += _slip('0442', '[[HD]]', '05/11/24', '11:40',
                 '[[AJ]] (mentor, HSCA) - NOT the young person',
                 '[[AJMOB]]', '[ ] Will call again',
                 "[[AJA]] can bring his letter for court on Thursday. Wanted to know\n"
                 "         if he can sit in the public gallery on 18/11.",
                 '[[n.f:Gemma]] (duty)')
B2_D3P1 += _slip('0443', '[[MO]]', '05/11/24', '14:05',
                 '[[JF]], Kestrel Park Academy', '[[SCHTEL]] (office)', '[x] Urgent',
                 "School needs to know if [[SAB]] is off all 4 days of the trial so the\n"
                 "         exam board can be told. Ask for [[n.f:Joanne]] or the pastoral office.",
                 '[[n.f:Dev]] (admin)')
B2_D3P1 += _slip('0444', '[[HD]]', '06/11/24', '08:52',
                 'DC [[NAS]], Hallam Vale CID', '[[NAMOB]] / desk [[POLTEL]]',
                 '[x] Please call back',
                 "Re bail variation for [[SW]] - needs the father's details. Has\n"
                 "         checked [[KB]]'s bail address - no contact with [[SW]] allowed.",
                 '[[n.f:Gemma]] (duty)')
B2_D3P1 += "-" * 78 + "\n"

B2_D4P1 = """From:    [[SG]] <[[SGEM]]>
Sent:    06 November 2024 20:14
To:      [[HDEM]]
Subject: From [[HF]] ([[SAB]]'s mum)

Dear [[H]],

I am [[SGF]], [[SAB]]'s cousin. I am writing this for his mother [[HFF]] because her
English is not strong. She says:

"[[SA]]'s father, [[YW]], lives in Leicester at [[YAD]]. He has said
[[SAB]] can stay with him during the trial week because [[KF]]'s friends keep coming to
[[ad.s:Dunmore House]]. His number is [[YTEL]]. [[MH]] ([[SAB]]'s big brother, [[MHN]])
can drive him to court each day. [[MH]]'s number is [[MHMOB]]."

She also asks if the judge will call her "Mrs [[n.t:Warsame]]" because that is not her name,
it is her son's grandfather's name. Her name is [[HF]].

Thank you,
[[SGF]] (for [[HFF]])


From:    [[HDD]] <[[HDEM]]>
Sent:    07 November 2024 09:30
To:      [[SG]] <[[SGEM]]>
Cc:      [[MOD]] <[[MOEM]]>
Subject: RE: From [[HF]] ([[SAB]]'s mum)

Dear [[SGF]],

Thank you for writing for [[HFF]]. Please tell her:
  - I have passed the address in Leicester to [[SAB]]'s solicitor, [[n.t:Mr Sayed]], who is
    asking the court to change the bail address for that week. Until the court
    agrees, [[SAB]] must stay at [[ad.s:Dunmore House]] overnight.
  - The court knows her name is [[HFS]]. [[M]], our court officer, will meet her at
    the front door of the court at 9:15 on 18 November.
  - An interpreter will be there for her.
"""

B2_D4P1 = B2_D4P1.replace('[[n.t:Mr Sayed]]', 'Mr [[ISS]]')

B2_D4P2 = """RE: From [[HF]] ([[SAB]]'s mum) - page 2

Kind regards
[[H]]

[[HD]] (she/her)
Case Manager | Hallam Vale Youth Justice Service
[[YJAD]] [[YJPC]]
Direct [[HDTEL]] | Work mobile [[HDMOB]]
Working days: Mon, Tue, Wed, Fri
Duty desk: [[YJTEL]] | [[YJEM]]

This email may contain information about a child. If you received it in error,
please tell the sender and delete it.

> From: [[SG]] <[[SGEM]]>
> Sent: 06 November 2024 20:14
> I am [[SGF]], [[SAB]]'s cousin. I am writing this for his mother [[HFF]] ...
> "[[SA]]'s father, [[YW]], lives in Leicester at [[YAD]]. ...
> [[MH]]'s number is [[MHMOB]]."
"""

B2_D5P1 = """From:    [[AJ]] <[[AJEM]]>
Sent:    07 November 2024 22:05
To:      [[HDD]] <[[HDEM]]>
Subject: Letter for court - Abdi

Hi [[H]],

As promised, my letter for the court is attached. I've known [[SAB]] since he
was 12 through the homework club and the football on Saturdays. Just to avoid
confusion: I'm also called [[AJA]], so the court might mix us up - I'm [[AJ]],
the mentor, aged 41!

My colleague [[n.t:Ubah Duale]] runs the mothers' group and knows [[HFF]] well; she can
sit with her at court if that would help. [[n.t:Ubah]]'s number is [[ph.t:07700 900913]].

Best wishes
[[AJA]]

[[AJ]]
Youth Mentor, Hallam Somali Community Association (registered charity)
Mobile [[AJMOB]]


From:    [[HDD]] <[[HDEM]]>
Sent:    07 November 2024 22:05
To:      [[AJ]] <[[AJEM]]>
Subject: Automatic reply: Letter for court - Abdi

Thank you for your email. I do not work on Thursdays. For urgent matters please
ring the duty desk on [[YJTEL]] or my manager, [[n.f:Ruth Kavanagh]], on
[[ph.f:0114 496 0331]].
"""

B2_D5P1 = B2_D5P1.replace('Subject: Letter for court - Abdi', 'Subject: Letter for court - [[SAB]]').replace(
    'Subject: Automatic reply: Letter for court - Abdi', 'Subject: Automatic reply: Letter for court - [[SAB]]')

B2_D5P2 = """Letter for court - [[SAB]] - page 2

From:    [[HDD]] <[[HDEM]]>
Sent:    08 November 2024 09:12
To:      [[AJ]] <[[AJEM]]>
Cc:      [[ISD]] <[[ISEM]]>
Subject: RE: Letter for court - [[SAB]]

Dear [[AJA]],

Thank you - I have forwarded your letter to [[SAB]]'s solicitor, [[IS]], who will
decide whether to use it. The public gallery is open, but please speak to
[[M]] on the day because the co-defendant's family will also be there.

I'll pass [[n.t:Ubah]]'s offer to [[HFF]].

[[H]]

> [[AJA]] wrote:
> Just to avoid confusion: I'm also called [[AJA]], so the court might mix us
> up - I'm [[AJ]], the mentor, aged 41!
"""

B2_D6P1 = """From:    [[NA]] <[[NAEM]]>
Sent:    08 November 2024 13:47
To:      [[ISD]] <[[ISEM]]>
Cc:      [[HDD]] <[[HDEM]]>; Hallam Vale CID <[[POLEM]]>
Subject: Bail variation - [[SC]] - DOB [[SDOB]] - PNC [[PNC]]

Mr [[ISS]],

I have completed checks on the proposed address for the trial week,
[[YAD]] [[YPC]]. The occupier is the young person's father, [[YW]]
(shown on some of our systems as "[[n.t:Yusuf WARSAME]]"). No police concerns at the address.
Leicestershire colleagues visited on 07/11 and spoke to Mr [[n.t:Hirsi]].

The Crown does not oppose the variation on condition that:
  (a) [[SAB]] resides at the Leicester address from 17/11 to 22/11 only;
  (b) he is driven to and from court by his brother [[MH]] in the family car,
      a grey Toyota Corolla, [[vrm.t:YD21 HMK]], and does not use public transport;
  (c) no contact with [[KB]] (the vehicle used in the robbery,
      [[vrm.t:FV68 LRP]], is registered to [[KB]]'s mother and remains seized).

Please note that [[SW]] must not be confused with Mr [[n.t:Warsame]] senior on the bail
sheet; the father's full name above should be used.

DC [[NAS]]
Hallam Vale CID | Mobile [[NAMOB]] | CID office [[POLTEL]]
"""

B2_D6P2 = """Bail variation - [[SC]] - page 2

From:    [[ISD]] <[[ISEM]]>
Sent:    08 November 2024 16:02
To:      [[NA]] <[[NAEM]]>
Cc:      [[HDD]] <[[HDEM]]>; [[LBD]] (HMCTS) <[[LBEM]]>
Subject: RE: Bail variation - [[SC]] - DOB [[SDOB]] - PNC [[PNC]]

DC [[NAS]],

Thank you. Agreed. I will lodge the variation with the court by consent. For the
record, my client previously lived with his father at [[SPREV]],
[[SPREVPC]] until 2022, which may be why his PNC record still shows that
address; please could it be updated to [[SAD]].

[[IS]]

> From: [[NA]]
> The occupier is the young person's father, [[YW]] (shown on some of
> our systems as "[[n.t:Yusuf WARSAME]]"). No police concerns at the address.
"""

B2_D7P1 = """CROWN COURT - YOUTH DEFENDANT WELFARE CHECKLIST         Hallam Vale YJS (court team)
Completed by the YJS court officer on each trial day

"""
B2_D7P1 += table([
    ['Young person', '[[SC]]'],
    ['Known as', '[[SAB]]  (NB mentor of the same forename attends - see below)'],
    ['Date of birth', '[[dob.s:14-AUG-2007]]   Age: 17'],
    ['PNC', '[[PNC]]'],
    ['NHS number', '[[NHS]]   (asthma - blue inhaler in bag, checked)'],
    ['Address', '[[SAD]] [[SPC]]'],
    ['Trial-week address', '[[YAD]] [[YPC]] (varied 11/11/2024)'],
    ['Appropriate adult', '[[HF]] (mother)  [[HFMOB]]'],
    ['Interpreter', '[[FN]] (LinguaServe Ltd) - Somali, for mother only'],
    ['Legal team', '[[IS]] (solicitor); [[n.t:Adaeze Obi]] (counsel)'],
    ['Judge / court', 'HHJ [[JW]] / Court 3'],
    ['Usher', '[[n.f:Bev]] (ext. 2213)'],
    ['Co-defendant', '[[KB]] - separate waiting room B; dock for him only'],
    ['Supporters', '[[AJ]] (mentor), [[n.t:Ubah Duale]] (HSCA), [[MH]] (brother)'],
], B2_KEYS) + """

Day 1 (18/11/2024)
09:15 Met [[HFF]] and [[SAB]] at entrance. [[MH]] dropped them in [[vrm.t:YD21 HMK]].
10:05 Jury sworn. [[SAB]] seated beside mother, not in dock.
11:20 Break. [[SAB]] anxious; spoke with [[AJ]] in corridor (allowed by usher).
14:30 Complainant [[JY]] by live link. [[SAB]] kept head down; no issues.
16:10 Adjourned. Left by side door to avoid [[KF]]'s family.

Signed: [[MO]], YJS Court Officer  Mobile [[MOMOB]]
"""

B2_D8P1 = """From:    [[SAW]] <[[SEM]]>
Sent:    12 November 2024 17:36
To:      [[HDEM]]
Subject: appointment thurs

hi [[H]] its [[SAB]]. can we move thursday to 4pm cos i have college till 3:30.
my mentor [[AJA]] (the other [[AJA]] lol) said hes coming to court on monday
is that ok.

also i got my NI letter, the number is [[ni.s:SP 61 04 93 A]], do you need it for the
bursary form or does college.

mum says thanks for sorting the interpreter.
my phone is [[SMOB]] now not the old one

[[SAW]]
[[SMOB]]


From:    [[HDD]] <[[HDEM]]>
Sent:    13 November 2024 08:58
To:      [[SAW]] <[[SEM]]>
Subject: RE: appointment thurs

Hi [[SAB]],

Thursday at 4pm is fine - come to [[YJAD]] as usual. Yes,
[[AJ]] can come to court. The college needs your NI number, not us, so
please don't email it around - give it to [[n.f:Mrs Khan]] in student services.

See you Thursday.
[[H]]
"""
B2_D8P1 = B2_D8P1.replace('[[n.f:Mrs Khan]]', 'Mrs [[n.f:Khan]]')

B2_SUBJECT = {
    'name': 'Abdirahman Yusuf WARSAME',
    'aliases': ['Abdi', 'Abdirahman Yusuf Warsame', 'Abdi W', 'WARSAME, Abdirahman Yusuf'],
    'date_of_birth': '2007-08-14',
    'identifiers': {'ni_number': 'SP 61 04 93 A', 'nhs_number': '999 587 3028',
                    'pnc': '23/318450Q'},
    'contact': {'addresses': ['Flat 22, Dunmore House, Kestrel Road, Hallam Vale',
                              '9 Copse Lane, Brinsworth Edge'],
                'phones': ['07700 900147', '07700 900608'],
                'emails': ['abdi.yw07@example.com']},
}

BUNDLE_2 = {
    'bundle_id': 'eval22-02', 'subject': B2_SUBJECT, 'keys': B2_KEYS,
    'token_ok': (),
    'docs': [
        ('crown-court-case-progression-email-chain', [B2_D1P1, B2_D1P2]),
        ('defence-solicitor-letter-to-youth-justice-worker', [B2_D2P1, B2_D2P2]),
        ('yjs-duty-desk-telephone-message-slips', [B2_D3P1]),
        ('parent-email-via-relative-with-yjs-reply', [B2_D4P1, B2_D4P2]),
        ('community-mentor-email-with-out-of-office-reply', [B2_D5P1, B2_D5P2]),
        ('officer-in-case-bail-variation-email-chain', [B2_D6P1, B2_D6P2]),
        ('crown-court-youth-defendant-welfare-checklist', [B2_D7P1]),
        ('young-person-email-to-case-manager', [B2_D8P1]),
    ],
}


# ====================================================================
# Bundle 3 - Hong Kong Chinese naming; women's remand prison and prison
# healthcare.  Subject: Mabel Wing-yan CHAN (陳詠欣), family name first in
# some documents ("CHAN Wing-yan, Mabel"); some staff call her "Mrs Leung"
# after her husband.  Tricky: sister Vivian CHAN shares the surname; husband
# Raymond LEUNG ("Mr Leung") vs the subject as "Mrs Leung"; healthcare
# contractor staff are staff; interpreter agency and solicitor are third
# parties; the family home is also the subject's own address.
# ====================================================================
B3_KEYS = {
    'S': 'n.s:Mabel Wing-yan CHAN', 'SF': 'n.s:CHAN Wing-yan, Mabel', 'SM': 'n.s:Mabel',
    'SMC': 'n.s:Mabel Chan', 'SC': 'n.s:Chan', 'SCU': 'n.s:CHAN', 'SWY': 'n.s:Wing-yan',
    'SZH': 'n.s:陳詠欣', 'SL': 'n.s:Leung', 'SCWY': 'n.s:Chan Wing Yan', 'SCWM': 'n.s:CHAN Wing-yan Mabel',
    'SDOB': 'dob.s:23/04/1966', 'PN': 'pn.s:C7390HN', 'NHS': 'nhs.s:999 630 4817',
    'SAD': 'ad.s:18 Lime Grove, Moorcroft, Thornfield', 'SPC': 'pc.s:ZT6 2JB',
    'SMOB': 'ph.s:07700 900455', 'SEM': 'em.s:mabel.chan66@example.com',
    # public bodies
    'PRAD': 'ad.p:Moor Road, Thornfield', 'PRPC': 'pc.p:ZT3 8NA', 'PRTEL': 'ph.p:0113 496 0400',
    'HCEM': 'em.p:healthcare.thornfield@northwayhealth.example.nhs.uk', 'HCTEL': 'ph.p:0113 496 0455',
    'OMUEM': 'em.p:omu.thornfield@justice.example.gov.uk',
    'HOAD': 'ad.p:Thornfield General Hospital, Infirmary Lane, Thornfield', 'HOPC': 'pc.p:ZT1 4HX',
    'HOTEL': 'ph.p:0113 496 0600', 'HOEM': 'em.p:cardiology.appointments@thornfieldhospital.example.nhs.uk',
    # staff
    'DH': 'n.f:Denise Holroyd', 'DHD': 'n.f:Holroyd, Denise', 'DHF': 'n.f:Denise',
    'DHEM': 'em.f:denise.holroyd@northwayhealth.example.nhs.uk', 'DHTEL': 'ph.f:0113 496 0457',
    'AM': 'n.f:Anjali Mehta', 'AMD': 'n.f:Mehta, Anjali', 'AMEM': 'em.f:anjali.mehta@northwayhealth.example.nhs.uk',
    'KI': 'n.f:Kirsty', 'GT': 'n.f:Graham Tuck', 'GTD': 'n.f:Tuck, Graham',
    'GTEM': 'em.f:graham.tuck@justice.example.gov.uk', 'GTTEL': 'ph.f:0113 496 0431',
    'TR': 'n.f:Tracey Rowntree', 'TRD': 'n.f:Rowntree, Tracey', 'TREM': 'em.f:tracey.rowntree@thornfieldhospital.example.nhs.uk',
    'SO': 'n.f:Samuel Okoye',
    # third parties
    'CL': 'n.t:Chloe Leung', 'CLF': 'n.t:Chloe', 'CLEM': 'em.t:chloe.leung@example.net',
    'CLTEL': 'ph.t:0161 496 0718', 'CLIP': 'ip.t:198.51.100.23',
    'RL': 'n.t:Raymond LEUNG', 'RLF': 'n.t:Raymond', 'RLS': 'n.t:Leung', 'RLMOB': 'ph.t:07700 900516',
    'RLEM': 'em.t:ray.leung.kk@example.com',
    'VC': 'n.t:Vivian CHAN', 'VCF': 'n.t:Vivian', 'VCEM': 'em.t:vivian.cws@mail.example.hk',
    'HF': 'n.t:Helen Fairbrother', 'HFD': 'n.t:Fairbrother, Helen',
    'HFEM': 'em.t:h.fairbrother@riverside-defence.example.co.uk.cjsm.net', 'HFTEL': 'ph.t:0113 496 0872',
    'WT': 'n.t:Winnie Tang', 'WTEM': 'em.t:bookings@pearl-language.example.co.uk',
    'WTMOB': 'ph.t:07700 900533', 'JL': 'n.t:Joyce Lam',
    'PT': 'n.t:TSANG Chi-ming',
}

B3_D1P1 = """EMAIL TO A PRISONER - MESSAGE PRINTOUT                 HMP Thornfield mail room
Printed: 02/09/2024 07:12      Batch: TF-0902-031      Pages: 1 of 2

To prisoner:      [[SMC]]            Prison no.: [[PN]]
Location:         HB2-14 (Houseblock 2)
From (sender):    [[CL]]
Sender email:     [[CLEM]]
Sender IP:        [[CLIP]]
Sent:             01/09/2024 21:48
Reply sheet:      Yes (1 sheet purchased)

Message:
Hi Mum, it's [[CLF]]. I spoke to Auntie [[VCF]] in Hong Kong on WhatsApp and she says
Grandma is ok, please don't worry about her. [[RLF]] (Dad) is going to visit on
Saturday with [[n.t:Jason]] if the booking works.

Mum you MUST tell healthcare about your sugar readings. You said the nurse
[[KI]] is kind - tell her. I have emailed healthcare and the prison too.
I've also paid for your new glasses from the optician in town. They will post
them to you at [[PRAD]], [[PRPC]].

Love you, [[CLF]] xx
P.S. 詠欣 is on the label so they know it is yours.
"""

B3_D1P1 = B3_D1P1.replace('P.S. 詠欣 is on the label', 'P.S. [[n.s:詠欣]] is on the label')

B3_D1P2 = """EMAIL TO A PRISONER - REPLY SHEET (transcribed by mail room)  [[PN]]  Page 2 of 2

From prisoner: [[SMC]] ([[SZH]])   Prison no. [[PN]]   Cell HB2-14
To: [[CLEM]]
Scanned: 04/09/2024

Dear [[CLF]],

Thank you darling. I am OK. Healthcare now check my sugar two times a day. The
nurse [[KI]] and the doctor Dr [[n.f:Mehta]] say maybe I go to hospital for the
heart test. Please tell Dad bring my reading glasses prescription and the
Chinese medicine list but NOT the medicine, it is not allowed.

Tell Auntie [[VCF]] I am fine, don't tell Grandma anything.
My solicitor is [[n.t:Miss Fairbrother]], Dad has her number.

Love, Mum ([[SWY]])
"""
B3_D1P2 = B3_D1P2.replace('[[n.t:Miss Fairbrother]]', 'Miss [[n.t:Fairbrother]]')

B3_D2P1 = """From:    [[CL]] <[[CLEM]]>
Sent:    02 September 2024 08:15
To:      Healthcare Thornfield <[[HCEM]]>
Subject: My mother [[SF]] - diabetes - PLEASE READ

To whoever reads this,

My mother is [[SF]] ([[SZH]]), prison number [[PN]], born
[[dob.s:23 April 1966]]. She is on remand. She has type 2 diabetes and high blood
pressure and her GP at home was about to refer her to cardiology.

She will not complain because in our culture you don't. Her English is fine for
shopping but not for doctors - please use a Cantonese interpreter, not me.

My number is [[CLTEL]]. I work nights at the hospital in Manchester so email is best.

[[CL]]


From:    [[DHD]] (Northway Health) <[[DHEM]]>
Sent:    03 September 2024 12:20
To:      [[CL]] <[[CLEM]]>
Subject: RE: My mother [[SF]] - diabetes - PLEASE READ

Dear Ms [[RLS]],

Thank you for your email. I can't share details of your mother's care without her
written consent, which we have asked her for today. I can tell you that she has
been seen by our GP, and that we book professional interpreters for clinical
appointments.

Kind regards
[[DHF]]
"""

B3_D2P2 = """RE: My mother [[SF]] - diabetes - page 2

[[DH]] RGN
Head of Healthcare, HMP Thornfield
Northway Health Partnership (NHS-commissioned healthcare provider)
Direct [[DHTEL]] | Healthcare reception [[HCTEL]] | Prison switchboard [[PRTEL]]
Team mailbox: [[HCEM]]
I work Tuesday to Friday.


From:    [[DHD]] (Northway Health) <[[DHEM]]>
Sent:    03 September 2024 12:26
To:      [[AMD]] (Northway Health) <[[AMEM]]>
Cc:      [[KI]] Lister (Diabetes Nurse) <[[em.f:kirsty.lister@northwayhealth.example.nhs.uk]]>
Subject: FW: My mother [[SF]] - diabetes - PLEASE READ

[[n.f:Anjali]] - FYI, daughter very worried. Patient is [[SCU]] (family name) [[SWY]]
(given name), uses [[SM]]; on SystmOne as "[[SMC]]", NHS [[NHS]].
Please note her husband is Mr [[RLS]], so some officers on HB2 call her "Mrs [[SL]]".
Consent form handed out today. Can you chase the cardiology referral? [[KI]], please
book a Cantonese interpreter for her diabetic review.

[[DHF]]

> From: [[CL]] <[[CLEM]]>
> My mother is [[SF]] ([[SZH]]), prison number [[PN]], born
> [[dob.s:23 April 1966]]. ... My number is [[CLTEL]].
"""
B3_D2P2 = B3_D2P2.replace('[[KI]] Lister (Diabetes Nurse)', '[[n.f:Kirsty Lister]] (Diabetes Nurse)')

B3_D3P1 = """From:    [[TRD]] <[[TREM]]>
Sent:    10 September 2024 10:02
To:      Healthcare Thornfield <[[HCEM]]>
Cc:      Cardiology Appointments <[[HOEM]]>
Subject: Rebooking - Cardiology OPD - [[SCWM]] - NHS [[NHS]]

Good morning,

We have received the referral from Dr [[AM]] dated 05/09/2024 for:

"""
B3_D3P1 += table([
    ['Patient name', '[[n.s:CHAN, Wing-yan Mabel]]'],
    ['Date of birth', '[[dob.s:23-Apr-1966]]'],
    ['NHS number', '[[NHS]]'],
    ['Address on PAS', '[[SAD]] [[SPC]] (home - please update?)'],
    ['Referrer', 'Dr [[AM]], HMP Thornfield healthcare'],
    ['Consultant', 'Dr [[SO]], Cardiology'],
], B3_KEYS, indent='  ') + """

The first appointment we can offer is Tuesday 24 September 2024, 09:40, Clinic 6,
Outpatients Block B. As this is a prison patient we will not send a letter to
the home address; please confirm escort arrangements by reply.

Please note our system also holds a next of kin for this patient, [[RL]]
(husband), mobile [[RLMOB]]. We will not contact him about the appointment.

[[TR]]
Outpatient Booking Coordinator, Cardiology
[[HOAD]] [[HOPC]]
Appointments line [[HOTEL]]
"""

B3_D3P2 = """Rebooking - Cardiology OPD - [[SCWM]] - page 2

From:    Healthcare Thornfield <[[HCEM]]>
Sent:    10 September 2024 14:37
To:      [[TRD]] <[[TREM]]>
Subject: RE: Rebooking - Cardiology OPD - [[SCWM]] - NHS [[NHS]]

Dear [[n.f:Tracey]],

Thank you. Please book 24/09/2024 09:40. Escort arrangements are confidential and
will be confirmed by the prison; do not share the date with the patient or her
family. Please do not update the home address: the patient is on remand and her
home address remains [[SAD]].

A Cantonese interpreter will attend with her ([[WT]], Pearl Language Services).

Regards
[[n.f:Paul]] (healthcare administrator, on behalf of [[DH]])
Healthcare reception [[HCTEL]]
"""

B3_D4P1 = """RIVERSIDE CRIMINAL DEFENCE
Solicitors - Crime and Prison Law
[[ad.t:Suite 4, Calder Chambers, 9 Wharf Street, Leeds]] [[pc.t:ZL2 7QB]]   Tel [[HFTEL]]

[[DH]]
Head of Healthcare
HMP Thornfield
[[PRAD]]
[[PRPC]]

16 September 2024                             Our ref: RCD/CRIM/4471

Dear Ms [[n.f:Holroyd]],

Our client: [[SF]] (also [[SZH]]; DOB [[dob.s:23.04.1966]];
prison number [[PN]]; PNC [[pnc.s:2016/0238604V]]; CRO [[cro.s:057119/16P]])

Request for copy medical records

We act for the above client, who is remanded to HMP Thornfield awaiting trial at
Leeds Crown Court with her co-accused, [[PT]] (Mr [[n.t:Tsang]]).

We enclose our client's signed consent. Please provide copies of all healthcare
records since her reception on 14/08/2024, including SystmOne entries, blood
glucose charts and the cardiology referral. Her NHS number is [[NHS]].

We are instructed that our client has been called "Mrs [[SL]]" on her houseblock.
Our client is content to be called Mrs [[SC]] or [[SM]]. Her husband, Mr [[RLS]], is not
our client and we do not act for him.
"""

B3_D4P2 = """[[SF]] - request for copy medical records - page 2

Please send the records securely to [[HFEM]], or by post to
the address above.

Yours sincerely

[[HF]]
Solicitor

cc: Client ([[S]], HMP Thornfield, by Rule 39 post)
    [[n.t:Joseph Kaye]] (counsel), Park Lane Chambers
Enclosures:
    1. Form of authority and consent signed by client on 12/09/2024
    2. Copy of client's passport photo page (passport no. [[pp.s:761204583]])
       as proof of identity
"""

B3_D5P1 = """From:    Pearl Language Services Bookings <[[WTEM]]>
Sent:    18 September 2024 16:45
To:      Healthcare Thornfield <[[HCEM]]>
Subject: Booking PLS-77312 confirmed - Cantonese - Thornfield healthcare / TGH

Dear [[n.f:Paul]],

We confirm the following bookings for your patient. As requested we have booked
under the name "[[SMC]]". Please note that on your first form the name was written
"[[SCWY]]" and on the second "[[n.s:CHAN Wing Yan Mabel]]", which caused our system to create two
records; we have merged them.

"""
B3_D5P1 += table([
    ['Ref', 'Date', 'Time', 'Venue', 'Interpreter'],
    ['PLS-77312/1', '20/09/2024', '10:00', 'HMP Thornfield healthcare', '[[WT]]'],
    ['PLS-77312/2', '24/09/2024', '09:30', 'Thornfield General, Clinic 6', '[[WT]]'],
    ['PLS-77312/3', '01/10/2024', '14:00', 'HMP Thornfield healthcare', '[[JL]] (cover)'],
], B3_KEYS) + """

[[WT]] is security-cleared for HMP Thornfield (vetting ref on file). On the day
she can be reached on [[WTMOB]].

Kind regards
[[n.t:Daisy Ho]]
Bookings Team, Pearl Language Services Ltd
"""

B3_D5P2 = """Booking PLS-77312 - page 2

From:    [[DHD]] (Northway Health) <[[DHEM]]>
Sent:    19 September 2024 09:05
To:      Pearl Language Services Bookings <[[WTEM]]>
Cc:      Healthcare Thornfield <[[HCEM]]>
Subject: RE: Booking PLS-77312 confirmed - Cantonese

Dear [[n.t:Daisy]],

Thank you. Please remove booking /2 from any shared calendar: external hospital
appointment dates must not be visible to anyone outside the healthcare team.
Please also note for [[JL]]: the patient prefers to be addressed as Mrs [[SC]],
not Mrs [[SL]].

[[DH]]

> From: Pearl Language Services Bookings
> As requested we have booked under the name "[[SMC]]".
"""

B3_D6P1 = """HMP THORNFIELD HEALTHCARE - CAPILLARY BLOOD GLUCOSE MONITORING CHART    Sheet 2

Name: [[SCWM]]    DOB: [[SDOB]]    Prison no: [[PN]]    Cell: HB2-14
NHS no: [[NHS]]    Allergies: penicillin (rash)    Target range: 4-10 mmol/L
Medication: metformin 500mg BD; amlodipine 5mg OD

"""
B3_D6P1 += table([
    ['Date', 'Time', 'mmol/L', 'Before/after food', 'Action', 'Nurse'],
    ['09/09/24', '07:40', '11.8', 'before', 'GP informed', '[[n.f:Kirsty L.]]'],
    ['09/09/24', '17:10', '13.2', 'after', 'diet advice (interpreter N/A)', '[[n.f:R. Ahmed]]'],
    ['10/09/24', '07:35', '9.6', 'before', 'none', '[[n.f:Kirsty L.]]'],
    ['10/09/24', '17:20', '12.4', 'after', 'canteen sheet reviewed', '[[n.f:R. Ahmed]]'],
    ['11/09/24', '07:50', '8.9', 'before', 'none', '[[n.f:Oduya]]'],
    ['11/09/24', '17:05', '10.7', 'after', 'Dr [[n.f:Mehta]] reviewed', '[[n.f:Oduya]]'],
    ['12/09/24', '07:45', '7.8', 'before', 'none', '[[n.f:Kirsty L.]]'],
], B3_KEYS) + """

Comments
09/09 Patient says she was not given breakfast pack on reception day. Officer
      [[n.f:Daly]] confirmed. Pt refused to discuss in English; use interpreter next time.
11/09 Pt's cellmate [[n.t:Sharon WHITTAKER]] pressed cell bell 02:10 saying pt "shaking";
      CBG 5.1 at 02:25 - no hypo. Pt reassured.
12/09 Pt asked staff to call her [[SM]]. Husband [[RLF]] has phoned healthcare twice -
      no consent on file, no information given.
"""

B3_D7P1 = """From:    [[RL]] <[[RLEM]]>
Sent:    20 September 2024 19:22
To:      OMU Thornfield <[[OMUEM]]>
Subject: My wife [[SMC]] [[PN]] - bail address and glasses

Dear Sir or Madam,

I am the husband of [[SMC]] ([[SF]]), prison number [[PN]].
Her solicitor is applying for bail again in October. Our home is
[[SAD]], [[SPC]] and she can live there; I am there every day.
My mobile is [[RLMOB]]. The bail officer asked for her National Insurance
number: it is [[ni.s:SH 27 91 58 D]]. Her own mobile [[SMOB]] was taken by the
police, so please don't ring it, and her email [[SEM]] is not being read.

My daughter [[CLF]] paid for glasses for my wife. The optician says the prison has
sent them back. Please tell me who I can speak to. Also my wife's sister [[VC]]
([[VCEM]]) wants to send a letter from Hong Kong - what address should she use?

Yours faithfully
[[RL]] ([[n.t:LEUNG Kwok-keung]])


From:    [[GTD]] <[[GTEM]]>
Sent:    23 September 2024 11:48
To:      [[RL]] <[[RLEM]]>
Cc:      OMU Thornfield <[[OMUEM]]>
Subject: RE: My wife [[SMC]] [[PN]] - bail address and glasses

Dear Mr [[RLS]],

Thank you. Bail is a matter for the court and your wife's solicitor, but I have
noted your address details on her file for any bail information report.
"""

B3_D7P2 = """RE: My wife [[SMC]] [[PN]] - page 2

The glasses were returned because they arrived without the prisoner's name and
number on the parcel. Please ask the optician to resend them with "[[SMC]],
[[PN]]" on the label to HMP Thornfield, [[PRAD]] [[PRPC]].
Your sister-in-law can write to the same address.

Kind regards

[[GT]]
Prison Offender Manager (remand), Offender Management Unit
HMP Thornfield | Direct [[GTTEL]] | Switchboard [[PRTEL]]
I work Monday to Thursday; in my absence please use [[OMUEM]].

-----Original Message-----
From: [[CL]] <[[CLEM]]>
Sent: 19 September 2024 23:02
To: OMU Thornfield <[[OMUEM]]>
Subject: glasses for [[SMC]]

Hello, I paid £164 for my mum's glasses by card ([[card.t:4929 1734 0551 8031]], exp
03/27) - the optician says they were refused. Can the prison refund the return
postage to the same card? Mum's date of birth is [[SDOB]] if you need it.
[[CL]]
"""

B3_SUBJECT = {
    'name': 'Mabel Wing-yan CHAN',
    'aliases': ['CHAN Wing-yan, Mabel', '陳詠欣', 'Mabel Chan', 'Chan Wing Yan', 'Wing-yan'],
    'date_of_birth': '1966-04-23',
    'prison_number': 'C7390HN',
    'identifiers': {'ni_number': 'SH 27 91 58 D', 'nhs_number': '999 630 4817',
                    'pnc': '2016/0238604V', 'cro': '057119/16P'},
    'contact': {'addresses': ['18 Lime Grove, Moorcroft, Thornfield'],
                'phones': ['07700 900455'], 'emails': ['mabel.chan66@example.com']},
}

BUNDLE_3 = {
    'bundle_id': 'eval22-03', 'subject': B3_SUBJECT, 'keys': B3_KEYS,
    'token_ok': (),
    'docs': [
        ('email-a-prisoner-message-and-reply-sheet-printout', [B3_D1P1, B3_D1P2]),
        ('prison-healthcare-family-enquiry-email-chain', [B3_D2P1, B3_D2P2]),
        ('hospital-appointments-team-rebooking-email-chain', [B3_D3P1, B3_D3P2]),
        ('solicitor-request-for-prison-medical-records', [B3_D4P1, B3_D4P2]),
        ('interpreter-agency-booking-confirmation-email-exchange', [B3_D5P1, B3_D5P2]),
        ('capillary-blood-glucose-monitoring-chart', [B3_D6P1]),
        ('husband-email-to-offender-management-unit-with-reply', [B3_D7P1, B3_D7P2]),
    ],
}


# ====================================================================
# Bundle 4 - Ghanaian Akan naming; immigration removal centre (IRC).
# Subject: Emmanuel Kofi ASANTE; "Kofi" is his day name (born on a Friday)
# and the name everyone uses.  Tricky: his surety is another Kofi (Kofi
# Mensah, third party); his wife Abena and brother Kwame share the surname;
# his solicitor (Efua Boateng, private firm) and the IRC welfare officer
# (Grace Antwi, contractor staff) have Akan names too; the subject writes
# his own e-mails with his own IRC mobile in the signature; one OCR-damaged
# P45 with a damaged copy of his valid NI number.
# ====================================================================
DAMAGED['KZ 3I 9O 64 B'] = 'KZ 31 90 64 B'

B4_KEYS = {
    'S': 'n.s:Emmanuel Kofi ASANTE', 'SK': 'n.s:Kofi', 'SE': 'n.s:Emmanuel', 'SKA': 'n.s:Kofi Asante', 'SKAU': 'n.s:Kofi ASANTE',
    'SEA': 'n.s:Emmanuel Asante', 'SA': 'n.s:Asante', 'SAU': 'n.s:ASANTE', 'SC': 'n.s:ASANTE, Emmanuel Kofi',
    'SDOB': 'dob.s:03/10/1986', 'PP': 'pp.s:G3481725', 'NI': 'ni.s:KZ 31 90 64 B',
    'SMOB': 'ph.s:07700 900691', 'SOLD': 'ph.s:07700 900690', 'SEM': 'em.s:kofi.asante86@example.com',
    'SAD': 'ad.s:27 Crossfield Road, Eastham Moor', 'SPC': 'pc.s:ZE4 5RW',
    'SSC': 'sc.s:60-16-13', 'SACC': 'acc.s:31926819', 'SIBAN': 'iban.s:GB29 NWBK 6016 1331 9268 19',
    # public bodies
    'IRCAD': 'ad.p:Harmsworth House, Aerodrome Way, Colnbrook Heath', 'IRCPC': 'pc.p:ZW7 0QD',
    'IRCTEL': 'ph.p:020 7946 0300', 'WELEM': 'em.p:welfare@harmsworth-irc.example.gov.uk',
    'DETEM': 'em.p:det.harmsworth@homeoffice.example.gov.uk', 'DETTEL': 'ph.p:020 7946 0355',
    # staff
    'SCO': 'n.f:Steven Collins', 'SCOD': 'n.f:Collins, Steven', 'SCOEM': 'em.f:steven.collins@homeoffice.example.gov.uk',
    'SCOTEL': 'ph.f:020 7946 0357', 'SCOF': 'n.f:Steven',
    'GA': 'n.f:Grace Antwi', 'GAD': 'n.f:Antwi, Grace', 'GAF': 'n.f:Grace',
    'GAEM': 'em.f:grace.antwi@harmsworth-irc.example.gov.uk', 'GATEL': 'ph.f:020 7946 0318',
    'MK': 'n.f:Martin Keele',
    # third parties
    'EB': 'n.t:Efua Boateng', 'EBD': 'n.t:Boateng, Efua', 'EBF': 'n.t:Efua',
    'EBEM': 'em.t:efua.boateng@meridian-law.example.co.uk', 'EBTEL': 'ph.t:020 7946 0871',
    'MLAD': 'ad.t:3rd Floor, 88 Commercial Road, London', 'MLPC': 'pc.t:ZE1 2PD',
    'KM': 'n.t:Kofi Mensah', 'KMS': 'n.t:Mensah', 'KMF': 'n.t:Kofi',
    'KMAD': 'ad.t:5 Pelham Terrace, Eastham Moor', 'KMPC': 'pc.t:ZE4 6TA',
    'KMMOB': 'ph.t:07700 900723', 'KMEM': 'em.t:kofi.mensah.cva@example.org',
    'AA': 'n.t:Abena Asante', 'AAF': 'n.t:Abena', 'AAMOB': 'ph.t:07700 900744',
    'AAEM': 'em.t:abena.asante@example.net', 'AM': 'n.t:Ama',
    'KW': 'n.t:Kwame', 'DO': 'n.t:Daniel Osei-Bonsu',
    'KWH': 'n.t:Karen Whitlow', 'KWHEM': 'em.t:k.whitlow@northfield-logistics.example.com',
    'KWHTEL': 'ph.t:0121 496 0533',
    'NLAD': 'ad.t:Unit 9, Fenton Trade Park, Wednesbury', 'NLPC': 'pc.t:ZW10 4HS',
}

B4_D1P1 = """From:    [[SCOD]] (Home Office DET) <[[SCOEM]]>
Sent:    Tue 3 Sep 2024 14:02
To:      [[EBD]] <[[EBEM]]>
Cc:      Harmsworth Welfare <[[WELEM]]>; DET Harmsworth <[[DETEM]]>
Subject: RE: [[n.s:ASANTE, Emmanuel]] - bail summary and surety

Dear Ms [[n.t:Boateng]],

Thank you for your email. I can confirm your client is held at Harmsworth House.
The Home Office bail summary will be served by 12:00 on the day before the
hearing. Our records show your client as [[S]], born
[[SDOB]], Ghanaian passport [[PP]]. He was transferred to us from HMP Wealstun
(prison number [[pn.s:A6218FT]]) on 30/08/2024 at the end of his custodial sentence
(PNC [[pnc.s:2012/1660932T]], CRO [[cro.s:221904/12C]]).

The proposed Financial Condition Supporter, [[KM]], is not known to us. Please
note that our system matched him at first to your client because both are
recorded with the forename "[[KMF]]"; this has now been corrected.

For general enquiries please use the DET mailbox [[DETEM]] or [[DETTEL]]
rather than my direct line.

Regards
[[SCOF]]

[[SCO]] | Detention Engagement Team | Home Office
Harmsworth House IRC | Direct [[SCOTEL]]

On Tue 3 Sep 2024 at 09:41, [[EB]] <[[EBEM]]> wrote:
> Dear Mr [[n.f:Collins]],
>
> We act for [[SEA]] (known as [[SK]]), DOB [[SDOB]]. We intend to
> apply to the First-tier Tribunal for bail. A friend from his church, [[KM]]
> (also known as [[KMF]] - please do not confuse him with our client), has
> offered to act as Financial Condition Supporter.
"""

B4_D1P2 = """RE: [[n.s:ASANTE, Emmanuel]] - bail summary and surety - page 2

> Our client's wife, [[AA]], will provide the bail address at [[SAD]],
> [[SPC]]. She lives there with their daughter. Please send the bail summary to me at
> [[EBEM]].
>
> [[EB]]
> Senior Caseworker (OISC Level 3), Meridian Immigration Law
> [[MLAD]] [[MLPC]] | Tel [[EBTEL]]

-----Original Message-----
From: Harmsworth Welfare <[[WELEM]]>
Sent: Tue 3 Sep 2024 15:10
To: [[SCOD]] (Home Office DET) <[[SCOEM]]>; [[EBD]] <[[EBEM]]>
Subject: RE: [[n.s:ASANTE, Emmanuel]] - bail summary and surety

Hi both - just to add that [[SK]] has asked for the legal video link room for
his call with [[EBF]] on Thursday at 10:00. Booked. [[GA]], Welfare Officer.
"""

B4_D2P1 = """[[KMAD]]
[[KMPC]]
[[KMMOB]]   [[KMEM]]

The Judge
First-tier Tribunal (Immigration and Asylum Chamber) - Bail
c/o Meridian Immigration Law

4 September 2024

Dear Sir or Madam,

Offer to act as Financial Condition Supporter for [[S]]

My name is [[KM]]. I was born on [[dob.t:11/02/1979]] in Kumasi, Ghana, and I am a
British citizen. I have known [[SE]] for nine years through Christ Victory Assembly,
Eastham Moor, where we are both members.

In our Akan tradition we are given a day name for the day of the week we were
born. We were both born on a Friday, so we are both "[[KMF]]". At church people call
him "[[SKA]]" and me "[[KMF]] the driver" to tell us apart.

I work as a bus driver for Moorline Buses Ltd and I earn £2,310 a month after
tax. I offer £2,000 as a financial condition. I attach three months of bank
statements for my account (sort code [[sc.t:20-04-15]], account no. [[acc.t:55718203]]).

I understand that if [[SK]] does not keep to his bail conditions I may lose this
money. I will make sure he reports as required. [[SK]] will live with his wife
[[AAF]] and their daughter at [[SAD]], which is ten minutes' walk from my house.
"""

B4_D2P2 = """Letter of [[KM]] - page 2

Our pastor, [[DO]], can confirm what I have said.

Yours faithfully,

[[KM]]

Enclosures: passport copy; bank statements June-August 2024; council tax bill
cc: [[EB]], Meridian Immigration Law
"""

B4_D3P1 = """Harmsworth House IRC - Detainee internet room - printed at detainee's request
Account: Room 2B-07  Printed 05/09/2024 16:31  Pages: 2

From:    [[SKAU]] <[[SEM]]>
Sent:    05 September 2024 15:58
To:      [[EBEM]]
Subject: my bail and my phone number

Dear Sister [[EBF]],

Thank you for the call today. Please use my number here [[SMOB]] - it is the
centre phone with no camera. My own phone ([[SOLD]]) is in my property, so
please do not ring that one, nobody will answer. My wife [[AAF]] can also call you
on [[AAMOB]] but she works at the care home until 6.

My brother [[KW]] in Kumasi says he can send my birth certificate. Do you need the
original? For the doctor's report you asked about, my NHS number is
[[nhs.s:999 402 6755]] (the nurse here gave it to me).

For the bank statements, my account is the NatWest one, sort code
[[SSC]], account [[SACC]]. The IBAN on the letter from the bank is
[[SIBAN]] if you need it for the tribunal.

God bless you,
[[SEA]] ([[SK]])
[[SMOB]] | [[SEM]]
"""

B4_D3P2 = """From:    [[EBD]] <[[EBEM]]>
Sent:    05 September 2024 17:20
To:      [[SKAU]] <[[SEM]]>
Subject: RE: my bail and my phone number

Dear [[SK]],

Thank you. I have saved your new number. Please don't send bank details by email
again - I only need the statements, which [[AAF]] is bringing to our office.

A copy of the birth certificate is fine. I will ask [[n.f:Ms Antwi]] in welfare to
print the bail form for you to sign.

[[EBF]]

> From: [[SKAU]] <[[SEM]]>
> Please use my number here [[SMOB]] - it is the centre phone with no camera.
> My own phone ([[SOLD]]) is in my property.
"""
B4_D3P2 = B4_D3P2.replace('[[n.f:Ms Antwi]]', 'Ms [[n.f:Antwi]]')

B4_D4P1 = """NORTHFIELD LOGISTICS LTD
[[NLAD]] [[NLPC]]
HR Department  Tel [[KWHTEL]]

PRIVATE AND CONFIDENTIAL
Mr [[SEA]]
c/o Meridian Immigration Law
[[MLAD]] [[MLPC]]

6 September 2024

Dear [[SE]],

Right to work check - outcome

Employee: [[S]]    NI number: [[NI]]    Payroll no. 00418

As you know, we asked the Home Office Employer Checking Service to confirm your
right to work after you were detained. The response received on 2 September says
that you do not currently have permission to work in the UK. We are therefore
required to end your employment as a warehouse operative with effect from
6 September 2024.

Your final pay, including 9.5 days' accrued holiday, will be paid on 27 September
into your usual account (sort code [[SSC]], account [[SACC]]). Your P45 will be
posted to your home address, [[SAD]], [[SPC]], unless you
tell us otherwise.

If your status changes, please contact me; we would be glad to consider you for
re-employment. Your team leader, [[n.t:Gary Pickering]], has asked me to pass on his good wishes.

Yours sincerely

[[KWH]]
HR Manager
[[KWHEM]]

cc: [[EB]] (by email, with the employee's consent)
    Payroll
Enclosures: Employer Checking Service response (copy); holiday calculation
"""

B4_D5P1 = """P45 Part 1A    Detai1s of employee leavlng work                   HM Revenue & Customs
Copy for employee                                        [scanned - OCR text]

1  Employer PAYE reference          Office number 120  Reference number NL40418
2  Employee's National Insurance    [[ni.s:KZ 3I 9O 64 B]]
   number
3  Surnarne or family name          [[SAU]]
   First or given name(s)           [[n.s:EMMANUEL KOFI]]
4  Leaving date DD MM YYYY          06 09 2024
5  Student Loan deductions          [ ] Y
6  Tax code at leaving date         1257L   Week 1/Month 1 [ ]
7  Last entries on
   Deductions Working Sheet         Week or month number  M06
   Total pay to date                £13,418.22
   Total tax to date                £1,174.60
8  This employment pay and tax      Total pay in this employment  £13,418.22
9  Works number/Payroll number      00418      Department: Warehouse
10 Gender                           M [x]  F [ ]
11 Date of birth DD MM YYYY         [[dob.s:03 10 1986]]
12 Employee's private address       [[SAD]]
                                    Postcode [[SPC]]
13 I certify that the details entered above are correct
   Employer name and address        Northfield Logistics Ltd, [[NLAD]]
                                    Postcode [[NLPC]]
   Date 13 09 2024
"""

B4_D6P1 = """From:    [[AA]] <[[AAEM]]>
Sent:    09 September 2024 21:17
To:      Harmsworth Welfare <[[WELEM]]>
Subject: Visit with my daughter - Emmanuel ASANTE

Good evening,

I am the wife of [[SEA]] ([[SK]]), who is at Harmsworth House in room
2B-07. I want to bring our daughter [[AM]] (date of birth [[dob.t:14/05/2018]]) to visit
on Saturday. Is there a children's area? She has not seen her father since July.

Also our pastor, [[DO]], would like to visit [[SK]]. Does he need to book as
a social visitor or as a minister?

One more thing - [[SK]]'s friend [[KM]] (the other [[KMF]]) wants to bring him some
clothes. Can he leave them at reception?

Thank you,
[[AA]]
[[AAMOB]]
"""
B4_D6P1 = B4_D6P1.replace('Subject: Visit with my daughter - Emmanuel ASANTE',
                          'Subject: Visit with my daughter - [[n.s:Emmanuel ASANTE]]')

B4_D6P2 = """From:    [[GAD]] <[[GAEM]]>
Sent:    10 September 2024 10:44
To:      [[AA]] <[[AAEM]]>
Cc:      Harmsworth Welfare <[[WELEM]]>
Subject: RE: Visit with my daughter - [[n.s:Emmanuel ASANTE]]

Dear Mrs [[n.t:Asante]],

Thank you for your email. Yes, the visits hall has a children's play area and
[[AM]] is very welcome. Please book through the visits line and bring photo ID
for yourself.

[[DO]] can visit as a faith leader if he is registered with our chaplaincy; ask
him to ring the chaplaincy on the switchboard number below. Clothes for
[[SK]] can be left at reception by [[KM]] on any visiting day (they will be
searched and logged to his property).

Kind regards

[[GA]] (she/her)
Welfare Officer, Harmsworth House IRC
(operated by Calder Secure Services on behalf of the Home Office)
Direct [[GATEL]] | Switchboard [[IRCTEL]]
[[IRCAD]] [[IRCPC]]
Working days: Monday to Friday, 08:00-16:00
"""

B4_D7P1 = """HARMSWORTH HOUSE IRC - DETAINEE MOBILE PHONE ISSUE AND RETURN LOG     Wing 2
(non-camera handsets; SIM numbers recorded at issue)

"""
B4_D7P1 += table([
    ['Date', 'Detainee', 'Room', 'Handset', 'Number issued', 'Own phone to property', 'DCO'],
    ['28/08/2024', '[[n.t:WRONA, Tomasz]]', '2A-03', 'H-114', '[[ph.t:07700 900688]]', 'Yes (bag 2231)', '[[n.f:Fenwick]]'],
    ['30/08/2024', '[[SC]]', '2B-07', 'H-117', '[[SMOB]]', 'Yes (bag 2240)', '[[n.f:Fenwick]]'],
    ['02/09/2024', '[[n.t:HAIDARI, Bilal]]', '2B-11', 'H-102', '[[ph.t:07700 900689]]', 'No phone', '[[n.f:Nowak]]'],
    ['04/09/2024', '[[n.t:NGUYEN Van Minh]]', '2A-09', 'H-121', '[[ph.t:07700 900692]]', 'Yes (bag 2255)', '[[n.f:Nowak]]'],
], B4_KEYS) + """

Notes
30/08 [[SAU]] asked for the number of his own phone ([[SOLD]]) to be written on
      the property bag so his wife can cancel the contract. Done.
04/09 [[n.t:NGUYEN]] handset H-121 faulty, swapped to H-125; same SIM.
06/09 [[SKAU]] (2B-07) reported that another detainee had used his phone to
      call the number [[ph.t:07700 900961]]. Detainee [[n.t:HAIDARI]] spoken to by DCO [[n.f:Nowak]].
      No further action. Welfare ([[GAF]]) informed.

Log checked: [[n.f:Fenwick]] (Oscar 2)   07/09/2024
"""

B4_SUBJECT = {
    'name': 'Emmanuel Kofi ASANTE',
    'aliases': ['Kofi', 'Kofi Asante', 'Emmanuel Asante', 'ASANTE, Emmanuel Kofi'],
    'date_of_birth': '1986-10-03',
    'prison_number': 'A6218FT',
    'identifiers': {'ni_number': 'KZ 31 90 64 B', 'nhs_number': '999 402 6755',
                    'pnc': '2012/1660932T', 'cro': '221904/12C'},
    'contact': {'addresses': ['27 Crossfield Road, Eastham Moor'],
                'phones': ['07700 900691', '07700 900690'],
                'emails': ['kofi.asante86@example.com']},
}

BUNDLE_4 = {
    'bundle_id': 'eval22-04', 'subject': B4_SUBJECT, 'keys': B4_KEYS,
    'token_ok': (),
    'docs': [
        ('detention-engagement-team-email-chain-with-legal-rep', [B4_D1P1, B4_D1P2]),
        ('financial-condition-supporter-offer-letter', [B4_D2P1, B4_D2P2]),
        ('detainee-internet-room-email-printout', [B4_D3P1, B4_D3P2]),
        ('employer-right-to-work-check-outcome-letter', [B4_D4P1]),
        ('p45-employee-leaving-details-ocr-scan', [B4_D5P1]),
        ('spouse-email-to-irc-welfare-office-with-reply', [B4_D6P1, B4_D6P2]),
        ('irc-detainee-mobile-phone-issue-and-return-log', [B4_D7P1]),
    ],
}


# ====================================================================
# Bundle 5 - Scottish Gaelic naming; police public protection unit (PPU).
# The subject is the victim of domestic abuse requesting her own records.
# Subject: Catriona Morag MACLEOD; Gaelic form Catrìona Mòrag NicLeòid;
# English form of the forename "Catherine" (used by her landlord); "Triona".
# Tricky: the suspect also has Gaelic and English forms (Ruaraidh / Rory
# MacAulay); her sister (Mairead NicLeòid / Margaret MacLeod) and father
# (Iain MacLeod, "Mr MacLeod") share the surname; her cousin and the officer
# in the case are both Alasdair; IDVA charity and housing association
# people are third parties; school and health visitor are staff; the former
# shared home is the subject's own previous address.
# ====================================================================
B5_KEYS = {
    'S': 'n.s:Catriona Morag MACLEOD', 'SG': 'n.s:Catrìona Mòrag NicLeòid', 'SGS': 'n.s:Catrìona NicLeòid',
    'SC': 'n.s:Catriona', 'SCG': 'n.s:Catrìona', 'ST': 'n.s:Triona', 'SCM': 'n.s:Catriona MacLeod',
    'SK': 'n.s:Catherine MacLeod', 'SKF': 'n.s:Catherine', 'SMU': 'n.s:MACLEOD, Catriona Morag',
    'SM': 'n.s:MacLeod',
    'SDOB': 'dob.s:18/06/1995', 'NHS': 'nhs.s:999 718 2545', 'NI': 'ni.s:PE 59 30 17 A',
    'SMOB': 'ph.s:07700 900128', 'SOLD': 'ph.s:07700 900127', 'SEM': 'em.s:triona.nicleoid@example.com',
    'SOLDEM': 'em.s:katie.macleod95@example.net',
    'SAD': 'ad.s:Flat 5, 19 Calder Street, Irwell Bridge', 'SADS': 'ad.s:Flat 5 Calder St',
    'STM': 'n.s:Triona MacLeod', 'SPC': 'pc.s:ZM4 3HT',
    'SPREV': 'ad.s:41 Kingfisher Way, Irwell Bridge', 'SPREVPC': 'pc.s:ZM7 2LN',
    'SIP': 'ip.s:192.0.2.144', 'SIP6': 'ip.s:2001:db8:4a1::17',
    # public bodies
    'PPUAD': 'ad.p:Bankside Police Station, 2 Quay Street, Irwell Bridge', 'PPUPC': 'pc.p:ZM1 5AX',
    'PPUTEL': 'ph.p:0161 496 0222', 'PPUEM': 'em.p:ppu.irwell@irwellvalley.example.police.uk',
    'SCHAD': 'ad.p:Kingfisher Primary School, Heron Road, Irwell Bridge', 'SCHPC': 'pc.p:ZM7 2NQ',
    'SCHTEL': 'ph.p:0161 496 0640', 'SCHEM': 'em.p:office@kingfisher-pri.example.sch.uk',
    # staff
    'FK': 'n.f:Fiona Kerr', 'FKD': 'n.f:Kerr, Fiona', 'FKF': 'n.f:Fiona', 'FKS': 'n.f:Kerr',
    'FKEM': 'em.f:fiona.kerr@irwellvalley.example.police.uk', 'FKTEL': 'ph.f:0161 496 0227',
    'FKMOB': 'ph.f:07700 900355',
    'AG': 'n.f:Alasdair Grant', 'AGD': 'n.f:Grant, Alasdair', 'AGF': 'n.f:Alasdair', 'AGS': 'n.f:Grant',
    'AGEM': 'em.f:alasdair.grant@irwellvalley.example.police.uk', 'AGMOB': 'ph.f:07700 900356',
    'LB': 'n.f:Lorna Baird', 'LBD': 'n.f:Baird, Lorna', 'LBEM': 'em.f:lorna.baird@kingfisher-pri.example.sch.uk',
    'NP': 'n.f:Nadia Price', 'NPD': 'n.f:Price, Nadia', 'NPEM': 'em.f:nadia.price@irwellcommunity.example.nhs.uk',
    # third parties
    'RT': 'n.t:Rachel Thornley', 'RTD': 'n.t:Thornley, Rachel', 'RTF': 'n.t:Rachel',
    'RTEM': 'em.t:rachel.t@safeharbour.example.org.uk', 'RTMOB': 'ph.t:07700 900350',
    'DP': 'n.t:Dean Pollard', 'DPEM': 'em.t:dean.pollard@irwellhomes.example.co.uk', 'DPTEL': 'ph.t:0161 496 0910',
    'RM': 'n.t:Rory MACAULAY', 'RMG': 'n.t:Ruaraidh MacAulay', 'RMF': 'n.t:Rory', 'RMS': 'n.t:MacAulay',
    'RMDOB': 'dob.t:22/01/1991', 'RMPNC': 'pnc.t:2018/0502277B', 'RMVRM': 'vrm.t:SV19 KXU',
    'RMIP': 'ip.t:203.0.113.58', 'RMMOB': 'ph.t:07700 900399',
    'CA': 'n.t:Calum', 'CAN': 'n.t:Calum MacAulay', 'CADOB': 'dob.t:09/03/2017',
    'MN': 'n.t:Mairead NicLeòid', 'MNE': 'n.t:Margaret MacLeod', 'MNF': 'n.t:Mairead',
    'MNMOB': 'ph.t:07700 900377', 'MNEM': 'em.t:mairead.nicleoid@example.org',
    'MNAD': 'ad.t:12 Sràid na h-Eaglaise, Steòrnabhagh, Eilean Leòdhais', 'MNPC': 'pc.t:ZS2 0DH',
    'IM': 'n.t:Iain MacLeod', 'IMF': 'n.t:Iain', 'IMMOB': 'ph.t:07700 900378',
    'AC': 'n.t:Alasdair',
}

B5_D1P1 = """From:    [[FKD]] (PPU) <[[FKEM]]>
Sent:    Mon 7 Oct 2024 16:18
To:      [[RTD]] <[[RTEM]]>
Cc:      [[AGD]] (PPU) <[[AGEM]]>; PPU Irwell <[[PPUEM]]>
Subject: RE: [[SMU]] (DOB [[SDOB]]) - safety plan / MARAC 17 Oct

Hi [[RTF]],

Thanks for the update. Agreed actions from our call:

1. [[SC]]'s new address ([[SAD]]) is to be flagged
   "confidential - victim" on our systems and must NOT appear in any MARAC paperwork.
2. Her old mobile [[SOLD]] is known to [[RMF]], so please use only the new
   number [[SMOB]]. She prefers [[ST]], and has asked that her Gaelic name
   [[SGS]] is used on anything she receives from us.
3. [[RM]] (also recorded as [[RMG]], DOB [[RMDOB]],
   PNC [[RMPNC]]) remains on bail with no-contact conditions. ANPR
   marker is on his grey Audi A3, [[RMVRM]].
4. [[AGF]] will visit with her on Thursday to take a further statement about the
   sign-in alerts (see her email to him, attached).

[[FKF]]

DS [[FK]] | Public Protection Unit | Irwell Valley Police
[[PPUAD]] [[PPUPC]]
Desk [[FKTEL]] | Work mobile [[FKMOB]] | PPU office [[PPUTEL]]
Pronouns: she/her | Part-time: Mon, Tue, Thu
"""

B5_D1P2 = """RE: [[SMU]] - safety plan - page 2

-----Original Message-----
From: [[RTD]] <[[RTEM]]>
Sent: Mon 7 Oct 2024 11:05
To: [[FKD]] (PPU) <[[FKEM]]>
Subject: [[SMU]] (DOB [[SDOB]]) - safety plan / MARAC 17 Oct

Dear [[FKF]],

I met [[ST]] ([[SCM]]) today at our Irwell Bridge office. She is
frightened because she got two more "new sign-in" emails on her old account
[[SOLDEM]]. She thinks [[RMF]] still has the password.

She also told me her cousin [[AC]] (her mum's side, lives in Glasgow) has been
contacted by [[RMF]] on Facebook asking where she is. To be clear, that is a different
[[AC]] from DC [[AGS]]!

Her sister [[MNF]] in Stornoway is writing to you to support her.

Best wishes
[[RTF]]

[[RT]] | Independent Domestic Violence Adviser
Safe Harbour Women's Aid (registered charity)
Mobile [[RTMOB]] | Secure: [[RTEM]]
I work Monday-Thursday, 9-3.
"""

B5_D2P1 = """From:    [[STM]] <[[SEM]]>
Sent:    06 October 2024 22:47
To:      [[AGEM]]
Subject: Fwd: Security alerts - the ones I told you about

Hi [[AGF]],

These are the alerts from my old email. I didn't log in on either of these
dates - I was at my sister's in Stornoway. The 192 one is my new flat's wifi,
that's me. The other one I don't know. My new number is [[SMOB]].

[[SCG]] / [[ST]]
[[SMOB]]

---------- Forwarded message ---------
From: Account Security <no-reply@accounts.example.com>
Date: Thu, 3 Oct 2024 at 01:12
Subject: New sign-in to your account
To: <[[SOLDEM]]>

We noticed a new sign-in to your account [[SOLDEM]].
  Device:    Windows PC, Chrome
  Location:  near Irwell Bridge, UK
  IP:        [[RMIP]]
  Time:      03/10/2024 01:09 (BST)
If this was you, you can ignore this message. If not, secure your account.

---------- Forwarded message ---------
From: Account Security <no-reply@accounts.example.com>
Date: Sat, 5 Oct 2024 at 19:40
Subject: New sign-in to your account
To: <[[SOLDEM]]>

  Device:    iPhone, Safari
  IP:        [[SIP]] / [[SIP6]]
  Time:      05/10/2024 19:38 (BST)
"""

B5_D2P2 = """Fwd: Security alerts - [[STM]] - page 2

From:    [[AGD]] (PPU) <[[AGEM]]>
Sent:    07 October 2024 08:31
To:      [[STM]] <[[SEM]]>
Cc:      [[FKD]] (PPU) <[[FKEM]]>
Subject: RE: Fwd: Security alerts - the ones I told you about

Morning [[ST]],

Thanks, that's really helpful. I'll apply to the provider for the subscriber
details for [[RMIP]]. Please don't reply to or delete the alerts, and change
the password from the new phone, not a shared computer.

I'll see you Thursday at 2pm with [[RTF]] from Safe Harbour.

[[AGF]]

DC [[AG]] | Officer in the case | Public Protection Unit
Work mobile [[AGMOB]] (Mon-Fri 8-4) | Out of hours: 101 or PPU office [[PPUTEL]]
"""

B5_D3P1 = """From:    [[DP]] <[[DPEM]]>
Sent:    08 October 2024 12:03
To:      [[RT]] <[[RTEM]]>
Subject: Tenancy - [[SADS]] - [[SK]]

Hi [[RTF]],

Our system has the new tenancy in the name "[[SK]]" from the homelessness
nomination, but your referral and her ID say "[[SCM]]". Can you
confirm these are the same person? I don't want her to have problems with Universal
Credit because of the name. (I gather [[SCG]] is the Gaelic spelling?)

Locks: the lock change and door chain at [[SAD]] are booked for
Friday 11/10. Our contractor will call her on [[SMOB]] - please confirm that is a
safe number.

Rent: she has set up a direct debit from sort code [[sc.s:83-91-46]], account
[[acc.s:10427735]], first collection 1 November.

Old tenancy: the joint tenancy at [[SPREV]], [[SPREVPC]] is still in both
names. We need a written notice from her to end her part of it; Mr [[RMS]] can
apply to take it on alone.

Regards
[[DP]]
Housing Officer, Irwell Homes (housing association)
Direct [[DPTEL]]
"""

B5_D3P2 = """Tenancy - [[SADS]] - page 2

From:    [[RT]] <[[RTEM]]>
Sent:    08 October 2024 15:40
To:      [[DP]] <[[DPEM]]>
Cc:      [[STM]] <[[SEM]]>
Subject: RE: Tenancy - [[SADS]] - [[SK]]

Hi [[n.t:Dean]],

Yes - same person. [[SCM]] is her legal name (English spelling, as on her
passport and bank card); [[SCG]] is the Gaelic form and [[SKF]] was the
English form the council typed. Please change your records to [[SCM]] and
use [[ST]] when you speak to her. [[SMOB]] is safe.

She'll sign the notice for [[SPREV]] when we meet on Thursday.
[[SC]] is copied in so she can see this.

[[RTF]]
"""

B5_D4P1 = """Meeting invitation
Title:      Safety planning - [[STM]] (confidential - do not forward)
Organiser:  [[FKD]] (PPU)
Date:       Thursday 10 October 2024, 14:00-15:00
Location:   Safe Harbour office (address withheld) / dial-in

Attendees
"""
B5_D4P1 += table([
    ['Name', 'Organisation', 'Role', 'Response'],
    ['[[FKD]]', 'Irwell Valley Police PPU', 'Organiser', '-'],
    ['[[AGD]]', 'Irwell Valley Police PPU', 'Required', 'Accepted'],
    ['[[RTD]]', 'Safe Harbour Women\'s Aid', 'Required', 'Accepted'],
    ['[[LBD]]', 'Kingfisher Primary School', 'Required', 'Tentative'],
    ['[[NPD]]', 'Irwell Community Health (NHS)', 'Optional', 'Declined'],
    ['[[n.t:Pollard, Dean]]', 'Irwell Homes', 'Optional', 'No response'],
], B5_KEYS) + """

Agenda
1. Safety plan for [[SC]] and [[CA]] (DOB [[CADOB]]), including school collection.
2. Bail conditions for [[n.t:Rory MacAulay]] - exclusion zone around her street and the school.
3. Online abuse - sign-in alerts from [[RMIP]].
4. Family support: sister [[MN]] and father [[IM]] (Stornoway).

Note from organiser: please don't add [[RMF]]'s mother to any invitations; she has
contacted the school. Her name is on the PPU file only.
"""

B5_D4P2 = """Safety planning - [[STM]] - responses

Declined: Safety planning - [[STM]]
From: [[NPD]] <[[NPEM]]>
Sent: 08 October 2024 17:02

Sorry, I'm in clinic. I saw [[SC]] and [[CA]] at home on 2 October; nothing new
to add. I'm happy to be called on my work mobile [[ph.f:07700 900366]].
[[NP]], Health Visitor, Irwell Community Health

Tentative: Safety planning - [[STM]]
From: [[LBD]] <[[LBEM]]>
Sent: 09 October 2024 08:15

I'll try to join by phone. Our office is [[SCHTEL]] if I drop out.
[[LB]], Deputy Head and Designated Safeguarding Lead
"""

B5_D5P1 = """[[MNAD]]
[[MNPC]]

To DS [[FKS]]
Public Protection Unit
[[PPUAD]]
[[PPUPC]]

8th October 2024

Dear DS [[FKS]],

My name is [[MN]] (in English [[MNE]]). I am the older sister of
[[SGS]], who you know as [[SCM]]. [[RTF]] from Safe Harbour
gave me your address.

I want you to know what I saw when [[ST]] and [[RMF]] stayed with us at New Year.
[[RMF]] - [[RMG]], to give him his proper name - took her phone from her at the table and
would not give it back until she told him who she had been texting. It was me. Our
father, [[IM]], told him to leave the house and he did. Dad says Mr [[RMS]]
later rang the house phone several times and then texted him from
[[RMMOB]]; Dad kept the messages.

[[ST]] came home to us from 1 to 6 October. She did not use her computer once - we
have no wifi at Dad's. So it was not her that logged into her email.
"""

B5_D5P2 = """[[MN]] - letter to DS [[FKS]] - page 2

If you need to speak to Dad, he only has Gaelic and English and he is a bit deaf,
so please ring his mobile [[IMMOB]] in the afternoon. Mr [[n.t:MacLeod]] (Dad) is
happy to give a statement.

My own number is [[MNMOB]] and email [[MNEM]].

Le deagh dhùrachd / With best wishes,

[[MN]]

cc: [[RT]], Safe Harbour Women's Aid
"""

B5_D6P1 = """KINGFISHER PRIMARY SCHOOL
[[SCHAD]] [[SCHPC]]
Tel [[SCHTEL]]   Email [[SCHEM]]

PRIVATE - TO BE HANDED TO PARENT ONLY

Ms [[SCM]]
(address held on school file)

9 October 2024

Dear Ms [[SM]],

Collection arrangements for [[CAN]] (Year 3), date of birth [[CADOB]]

Following our meeting on 8 October and the information from DS [[FKS]], we have
updated [[CA]]'s collection arrangements as follows:

"""
B5_D6P1 += table([
    ['Person', 'Relationship', 'May collect?', 'Contact'],
    ['[[SCM]]', 'Mother', 'Yes', '[[SMOB]]'],
    ['[[MN]]', 'Maternal aunt', 'Yes (with password)', '[[MNMOB]]'],
    ['[[IM]]', 'Maternal grandfather', 'Yes (with password)', '[[IMMOB]]'],
    ['[[RM]]', 'Father', 'NO - see court order', '-'],
    ['[[n.t:Senga MacAulay]]', 'Paternal grandmother', 'NO', '-'],
], B5_KEYS) + """

The collection password is held in the school office only. The old contact
number on [[CA]]'s file ([[SOLD]]) and the old address ([[SPREV]]) have
been removed. If anyone not on this list tries to collect [[CA]], we will keep him in
school and ring you and the police on 999.

Yours sincerely

[[LB]]
Deputy Head / Designated Safeguarding Lead
cc: DS [[FK]], Public Protection Unit (by secure email [[FKEM]])
    Class teacher ([[n.f:Mr Hussain]])
"""
B5_D6P1 = B5_D6P1.replace('([[n.f:Mr Hussain]])', '(Mr [[n.f:Hussain]])')

B5_D7P1 = """IRWELL VALLEY POLICE - PUBLIC PROTECTION UNIT
VICTIM CONTACT PREFERENCES AND SAFE CONTACT RECORD        (PPU form 12, v3)

Part A - Victim
"""
B5_D7P1 += table([
    ['Legal name', '[[S]]'],
    ['Preferred name', '[[ST]] (Gaelic: [[SG]])'],
    ['Name NOT to use', '"[[SKF]]" (not her name; housing association error)'],
    ['Date of birth', '[[dob.s:18 June 1995]]'],
    ['NHS number', '[[NHS]]   NI number [[NI]]'],
    ['Current address', 'CONFIDENTIAL - [[SAD]] [[SPC]]'],
    ['Previous address', '[[SPREV]] [[SPREVPC]] (suspect has access)'],
], B5_KEYS, indent='  ') + """

Part B - Safe contact
"""
B5_D7P1 += table([
    ['Safe mobile', '[[SMOB]]', 'texts OK, voicemail OK'],
    ['Do NOT use', '[[SOLD]]', 'old handset, suspect knows number'],
    ['Safe email', '[[SEM]]', ''],
    ['Do NOT use', '[[SOLDEM]]', 'account accessed by suspect'],
    ['Safe times', 'weekdays 09:30-14:30', ''],
    ['Via third party', '[[RT]] (IDVA) [[RTMOB]]', ''],
], B5_KEYS, indent='  ') + """

Part C - Suspect
  [[RM]] ([[RMG]]), DOB [[dob.t:22-JAN-1991]], PNC [[RMPNC]].
  Vehicle [[RMVRM]]. Known mobile [[RMMOB]].

Completed by: DC [[AG]]   Date: 10/10/2024
Victim signature: [[n.s:C. M. MacLeod]]   ("[[SCG]]" written underneath)
Supervisor check: DS [[FKS]]   11/10/2024
"""

B5_SUBJECT = {
    'name': 'Catriona Morag MACLEOD',
    'aliases': ['Catrìona Mòrag NicLeòid', 'Catrìona NicLeòid', 'Triona', 'Catriona MacLeod',
                'Catherine MacLeod'],
    'date_of_birth': '1995-06-18',
    'identifiers': {'ni_number': 'PE 59 30 17 A', 'nhs_number': '999 718 2545'},
    'contact': {'addresses': ['Flat 5, 19 Calder Street, Irwell Bridge',
                              '41 Kingfisher Way, Irwell Bridge'],
                'phones': ['07700 900128', '07700 900127'],
                'emails': ['triona.nicleoid@example.com', 'katie.macleod95@example.net']},
}

BUNDLE_5 = {
    'bundle_id': 'eval22-05', 'subject': B5_SUBJECT, 'keys': B5_KEYS,
    'token_ok': (),
    'not_personal': ('no-reply@accounts.example.com',),
    'docs': [
        ('ppu-officer-email-chain-with-idva', [B5_D1P1, B5_D1P2]),
        ('forwarded-account-security-alert-emails', [B5_D2P1, B5_D2P2]),
        ('housing-association-tenancy-and-lock-change-email-exchange', [B5_D3P1, B5_D3P2]),
        ('multi-agency-safety-planning-meeting-invitation', [B5_D4P1, B5_D4P2]),
        ('sister-letter-to-public-protection-unit', [B5_D5P1, B5_D5P2]),
        ('school-child-collection-arrangements-letter', [B5_D6P1]),
        ('victim-contact-preferences-and-safe-contact-record', [B5_D7P1]),
    ],
}


# ---------------------------------------------------------------- public bodies
PUBLIC_BODIES = [
    {'name': 'Tŷ Hafan Approved Premises (HMPPS Wales)', 'phones': ['029 2018 0410'],
     'postcodes': ['ZF4 2BD'], 'addresses': ['Tŷ Hafan, 21 Ffordd yr Orsaf, Aberhonddu Fach'],
     'emails': ['tyhafan.ap@justice.example.gov.uk']},
    {'name': 'Penarth Fach Probation Delivery Unit', 'phones': ['029 2018 0233'],
     'postcodes': ['ZF2 7HN'], 'addresses': ['Tŷ Afon, 3 Heol y Porth, Penarth Fach'],
     'emails': ['penarthfach.pdu@justice.example.gov.uk']},
    {'name': 'Cyngor Bro Penarth Fach - Housing Options', 'phones': ['029 2018 0777'],
     'postcodes': ['ZF2 1AB'], 'addresses': ['Canolfan Ddinesig, Stryd y Farchnad, Penarth Fach'],
     'emails': ['housingoptions@penarthfach.example.gov.uk']},
    {'name': 'Victim Liaison Unit Wales (HMPPS)', 'phones': ['029 2018 0655'],
     'emails': ['vlu.wales@justice.example.gov.uk']},
    {'name': 'Hallam Vale Youth Justice Service', 'phones': ['0114 496 0320'],
     'postcodes': ['YH1 4DS'], 'addresses': ['Carver House, 40 Wicker Row, Hallam Vale'],
     'emails': ['yjs.duty@hallamvale.example.gov.uk']},
    {'name': 'Crown Court at Hallam Vale', 'phones': ['0114 496 0500'],
     'postcodes': ['YH1 2ES'], 'addresses': ['The Law Courts, 50 Bridge Street, Hallam Vale'],
     'emails': ['crowncourt.hallamvale@hmcts.example.net']},
    {'name': 'CPS Yorkshire and Humberside - CPS Direct Unit', 'phones': ['0113 496 0780'],
     'emails': ['yorkshire.cpsdu@cps.example.gov.uk']},
    {'name': 'South Riding Police - Hallam Vale CID', 'phones': ['0114 496 0101'],
     'emails': ['cid.hallamvale@southriding.example.police.uk']},
    {'name': 'Kestrel Park Academy', 'phones': ['0114 496 0655']},
    {'name': 'HMP Thornfield', 'phones': ['0113 496 0400'], 'postcodes': ['ZT3 8NA'],
     'addresses': ['Moor Road, Thornfield'], 'emails': ['omu.thornfield@justice.example.gov.uk']},
    {'name': 'HMP Thornfield Healthcare (Northway Health Partnership)', 'phones': ['0113 496 0455'],
     'emails': ['healthcare.thornfield@northwayhealth.example.nhs.uk']},
    {'name': 'Thornfield General Hospital - Cardiology Outpatients', 'phones': ['0113 496 0600'],
     'postcodes': ['ZT1 4HX'], 'addresses': ['Thornfield General Hospital, Infirmary Lane, Thornfield'],
     'emails': ['cardiology.appointments@thornfieldhospital.example.nhs.uk']},
    {'name': 'Harmsworth House Immigration Removal Centre', 'phones': ['020 7946 0300'],
     'postcodes': ['ZW7 0QD'], 'addresses': ['Harmsworth House, Aerodrome Way, Colnbrook Heath'],
     'emails': ['welfare@harmsworth-irc.example.gov.uk']},
    {'name': 'Home Office Detention Engagement Team (Harmsworth House)', 'phones': ['020 7946 0355'],
     'emails': ['det.harmsworth@homeoffice.example.gov.uk']},
    {'name': 'Irwell Valley Police - Public Protection Unit', 'phones': ['0161 496 0222'],
     'postcodes': ['ZM1 5AX'], 'addresses': ['Bankside Police Station, 2 Quay Street, Irwell Bridge'],
     'emails': ['ppu.irwell@irwellvalley.example.police.uk']},
    {'name': 'Kingfisher Primary School', 'phones': ['0161 496 0640'], 'postcodes': ['ZM7 2NQ'],
     'addresses': ['Kingfisher Primary School, Heron Road, Irwell Bridge'],
     'emails': ['office@kingfisher-pri.example.sch.uk']},
]


# ---------------------------------------------------------------- building
WORDCH = re.compile(r'[\w]', re.UNICODE)

# Generic PII-shaped patterns that must never occur outside a labelled span.
LEAK_PATTERNS = [
    ('email', re.compile(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+')),
    ('phone', re.compile(r'(?:\+44 ?(?:\(0\))?|\b0)\d{2,4}[ \-]?\d{3,4}[ \-]?\d{3,4}\b')),
    ('postcode', re.compile(r'\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b')),
    ('ni', re.compile(r'\b[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]\b')),
    ('pnc/cro', re.compile(r'\b\d{1,6}/\d{1,7}[A-Z]\b')),
    ('noms', re.compile(r'\b[A-Z]\d{4}[A-Z]{2}\b')),
    ('crn', re.compile(r'\b[A-Z]\d{6}\b')),
    ('nhs', re.compile(r'\b999 ?\d{3} ?\d{4}\b')),
    ('ip', re.compile(r'\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b')),
    ('ipv6', re.compile(r'2001:db8:[0-9a-f:]+', re.I)),
    ('card', re.compile(r'\b\d{4} ?\d{4} ?\d{4} ?\d{4}\b')),
    ('dob-context', re.compile(r'(?i)(?:d\.?o\.?b\.?|date of birth|born|dyddiad geni|ganwyd)\W{0,4}(\d[\d/.\-]+\d|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4})')),
]


def covered(spans, b, e):
    for s in spans:
        if s[0] <= b and e <= s[1]:
            return True
    return False


def occurrences(text, needle):
    out = []
    start = 0
    while True:
        i = text.find(needle, start)
        if i < 0:
            return out
        j = i + len(needle)
        ok_left = i == 0 or not WORDCH.match(text[i - 1])
        ok_right = j == len(text) or not WORDCH.match(text[j])
        if ok_left and ok_right:
            out.append((i, j))
        start = i + 1


def build_bundle(spec, public_bodies):
    keys = spec.get('keys', {})
    built = []   # (doc_id, kind, [(text, spans)])
    for n, (kind, pages) in enumerate(spec['docs'], 1):
        assert re.fullmatch(r'[a-z0-9]+(?:-[a-z0-9]+)+', kind), kind
        assert kind not in COVERED_KINDS, kind
        ps = [parse_page(p, keys) for p in pages]
        built.append(('doc-%02d' % n, kind, ps))

    # --- per-span checks
    labelled = {}
    party_of = {}
    for did, kind, ps in built:
        for text, spans in ps:
            last = 0
            for (b, e, cat, party, t) in spans:
                assert b >= last, (did, t)
                last = e
                assert text[b:e] == t
                assert t == t.strip()
                if cat == 'name':
                    assert not re.match(r'(?:Mr|Mrs|Ms|Miss|Mx|Dr|DC|DS|DI|PC|Sgt)\.? ', t), t
                    assert not t.endswith("'s"), t
                if cat == 'address':
                    assert not PC_RE.search(t), t
                v = VALIDATORS.get(cat)
                if v:
                    clean = DAMAGED.get(t, t)
                    assert v(clean), (did, cat, t)
                    if t in DAMAGED:
                        assert not v(t) or t != clean
                labelled.setdefault(t, set()).add(cat)
                if cat != 'name':
                    prev = party_of.setdefault((cat, t), party)
                    assert prev == party, ('party clash', cat, t, prev, party)
                if party == 'public_body':
                    field = {'phone': 'phones', 'postcode': 'postcodes',
                             'address': 'addresses', 'email': 'emails'}[cat]
                    assert any(t in b_.get(field, []) for b_ in public_bodies), ('not in yaml', t)

    # --- every labelled value labelled wherever it occurs (word-bounded)
    name_tokens = set()
    for t, cats in labelled.items():
        if 'name' in cats:
            for tok in re.split(r"[\s,.()]+", t):
                if len(tok) >= 3 and tok[0].isupper() and tok not in spec.get('token_ok', ()):
                    name_tokens.add(tok)
    for did, kind, ps in built:
        for pi, (text, spans) in enumerate(ps):
            for t in list(labelled) + sorted(name_tokens):
                for (b, e) in occurrences(text, t):
                    assert covered(spans, b, e), ('unlabelled repeat', spec['bundle_id'], did, pi, t,
                                                  text[max(0, b - 40):e + 40])
            for tag, rx in LEAK_PATTERNS:
                for m in rx.finditer(text):
                    g = m.lastindex or 0
                    b, e = (m.start(g), m.end(g)) if g else (m.start(), m.end())
                    if text[b:e] in spec.get('not_personal', ()):
                        continue
                    assert covered(spans, b, e), ('leak', tag, spec['bundle_id'], did, pi,
                                                  text[max(0, b - 40):e + 40])
    # subject block values must be labelled as subject somewhere
    subj = spec['subject']
    allspans = [s for _, _, ps in built for _, sp in ps for s in sp]
    def subj_has(v):
        return any(s[4] == v and s[3] == 'subject' for s in allspans)
    assert subj_has(subj['name']), subj['name']
    for a in subj['aliases']:
        assert subj_has(a), a
    for v in subj['identifiers'].values():
        assert subj_has(v), v
    if 'prison_number' in subj:
        assert subj_has(subj['prison_number'])
    for field in ('addresses', 'phones', 'emails'):
        for v in subj['contact'][field]:
            assert subj_has(v), v
    assert parse_dob(subj['date_of_birth']) == datetime.date.fromisoformat(subj['date_of_birth'])
    for s in allspans:
        if s[2] == 'date_of_birth' and s[3] == 'subject':
            assert parse_dob(s[4]) == datetime.date.fromisoformat(subj['date_of_birth']), s[4]

    docs = []
    for did, kind, ps in built:
        pages = []
        truth = []
        for pi, (text, spans) in enumerate(ps):
            pages.append(text)
            for (b, e, cat, party, t) in spans:
                bb = len(text[:b].encode('utf-8'))
                be = bb + len(t.encode('utf-8'))
                assert text.encode('utf-8')[bb:be] == t.encode('utf-8')
                truth.append({'page': pi, 'begin': bb, 'end': be, 'category': cat,
                              'party': party, 'text': t})
        docs.append({'id': did, 'kind': kind, 'pages': pages, 'truth': truth})
    return {'bundle_id': spec['bundle_id'], 'subject': subj, 'documents': docs}


def yaml_str(s):
    return "'" + s.replace("'", "''") + "'"


def render_yaml(bodies):
    out = ['version: 1', 'bodies:']
    for b in bodies:
        out.append('  - name: ' + yaml_str(b['name']))
        for f in ('phones', 'postcodes', 'addresses', 'emails'):
            if b.get(f):
                out.append('    %s: [%s]' % (f, ', '.join(yaml_str(x) for x in b[f])))
    return '\n'.join(out) + '\n'


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: evalgen_twentysecond.py OUTDIR')
    outdir = sys.argv[1]
    specs = [BUNDLE_1, BUNDLE_2, BUNDLE_3, BUNDLE_4, BUNDLE_5]
    bundles = [build_bundle(s, PUBLIC_BODIES) for s in specs]
    kinds = [d['kind'] for b in bundles for d in b['documents']]
    assert len(kinds) == len(set(kinds)), 'duplicate kinds'
    assert 30 <= len(kinds) <= 40, len(kinds)
    for b in bundles:
        assert 6 <= len(b['documents']) <= 8
    # every yaml value is used somewhere
    used = set()
    for b in bundles:
        for d in b['documents']:
            for t in d['truth']:
                if t['party'] == 'public_body':
                    used.add(t['text'])
    for body in PUBLIC_BODIES:
        for f in ('phones', 'postcodes', 'addresses', 'emails'):
            for v in body.get(f, []):
                assert v in used, ('yaml value unused', v)
    os.makedirs(outdir, exist_ok=True)
    for i, b in enumerate(bundles, 1):
        with open(os.path.join(outdir, 'bundle-%02d.json' % i), 'w', encoding='utf-8') as fh:
            json.dump(b, fh, indent=1, ensure_ascii=False)
            fh.write('\n')
    with open(os.path.join(outdir, 'public-bodies.yaml'), 'w', encoding='utf-8') as fh:
        fh.write(render_yaml(PUBLIC_BODIES))
    if os.environ.get('EVALGEN_STATS'):
        from collections import Counter
        cat = Counter()
        par = Counter()
        nbytes = 0
        for b in bundles:
            for d in b['documents']:
                nbytes += sum(len(p.encode('utf-8')) for p in d['pages'])
                for t in d['truth']:
                    cat[t['category']] += 1
                    par[t['party']] += 1
        print('bundles', len(bundles), 'documents', len(kinds), 'page-bytes', nbytes,
              'items', sum(cat.values()))
        print(dict(sorted(cat.items())))
        print(dict(sorted(par.items())))
        for b in bundles:
            print(b['bundle_id'], len(b['documents']),
                  sum(len(p.encode()) for d in b['documents'] for p in d['pages']),
                  sum(len(d['truth']) for d in b['documents']))
        print(' '.join(kinds))


if __name__ == '__main__':
    main()
