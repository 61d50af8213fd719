#!/usr/bin/env python3
"""Generate the "eval-twentyfirst" blind evaluation set for the disclose PII-redaction engine.

Usage:
    python3 tests/tools/evalgen_twentyfirst.py tests/data/eval-twentyfirst

WRITTEN BLIND. While writing this generator the author consulted ONLY:
  * the task brief for this set;
  * /work/shared/reference/uk-identifiers.md (identifier formats and check algorithms);
  * /work/shared/reference/domain.md (what subject access bundles contain).
No engine source, rule file, other test set, other generator, README or build output
was read, and the `disclose` binary was not run.

Output: bundle-01.json .. bundle-05.json and public-bodies.yaml.  Python 3 standard
library only; no randomness, clock or network: every value is fixed in this file, and two
runs give byte-identical output.

Focus of this set: scanned paper as OCR reads it (faxes, typed letters and forms with
l/1/I and O/0 confusions, "rn" for "m", broken hyphenation, stamp and signature debris,
tick boxes, drifting form columns, [illegible]/[?] handwriting), plus about a third clean
typed documents.  Five subjects from five naming traditions: Sri Lankan Tamil, Hungarian,
Yoruba Nigerian, Irish Traveller, Vietnamese.

LABELLING POLICY
  * subject      - the requester's own data in any form: name in any order or case,
                   initials, aliases, nicknames, DOB in any format, identifiers spaced or
                   not (OCR-damaged copies included), own addresses/phones/emails,
                   including previous ones given as theirs.
  * staff        - people acting officially for a public body or its contractors
                   (prison, probation, police, NHS, councils, schools, courts, tribunals,
                   Home Office, HMRC, DWP): their names and direct contact details.
  * third_party  - everyone else: other prisoners, relatives, partners, children,
                   victims, witnesses, neighbours, associates, and people working for
                   private firms, charities and faith groups.
  * public_body  - published switchboards, generic mailboxes, addresses and postcodes of
                   public bodies (all listed in public-bodies.yaml exactly as in text).
  * An address span is the street part without the postcode; the postcode is its own
    span.  A name span excludes titles and ranks.  Only birth dates are date_of_birth.
  * Every labelled value is labelled wherever else it occurs in the same bundle
    (asserted below, case-sensitive, on word boundaries); in addition every
    capitalised token of a labelled name must lie inside a name/email span wherever
    it occurs (two listed exceptions: 'Thu' as a weekday, 'Anh' as an honorific).
  * Private firms' mailboxes used by named people (letting agent, bank disclosure
    team, newsagent) are labelled third_party; public bodies' generic mailboxes
    are public_body.
  * OCR-damaged values are labelled exactly as they appear; the generator validates the
    clean value (check characters, reserved ranges) and that the damage is only OCR-type
    confusion.

Markup used in the page sources: <<key>> style macros written with the brackets
U+27EA/U+27EB: a macro names an entity of the bundle; an inline item is written
category-code.party-code|text.
"""

import json
import os
import re
import sys
import datetime

CATS = {
    'n': 'name', 'dob': 'date_of_birth', 'pn': 'prison_number', 'pnc': 'pnc',
    'cro': 'cro', 'crn': 'crn', 'ni': 'ni_number', 'nhs': 'nhs_number', 'ph': 'phone',
    'em': 'email', 'ad': 'address', 'pc': 'postcode', 'vr': 'vehicle_registration',
    'pp': 'passport', 'dl': 'driving_licence', 'sc': 'sort_code', 'ac': 'account_number',
    'ib': 'iban', 'card': 'payment_card', 'ip': 'ip_address',
}
PARTIES = {'s': 'subject', 't': 'third_party', 'f': 'staff', 'b': 'public_body'}

L23 = "ZABCDEFGHJKLMNPQRTUVWXY"

# --------------------------------------------------------------------------- validators

def v_pnc(s):
    s = s.upper().replace(' ', '')
    if '/' in s:
        yr, rest = s.split('/')
        yy = yr[-2:]
        serial, ck = rest[:-1], rest[-1]
    else:
        yy, serial, ck = s[2:4], s[4:-1], s[-1]
    n = int(yy + serial.zfill(7))
    return L23[n % 23] == ck


def v_cro(s):
    s = s.upper().replace(' ', '')
    serial, rest = s.split('/')
    yy, ck = rest[:2], rest[2]
    n = int(yy + serial.zfill(6))
    return L23[n % 23] == ck


def v_nhs(s):
    d = [int(c) for c in s.replace(' ', '')]
    if len(d) != 10 or d[:3] != [9, 9, 9]:
        return False
    return sum(x * w for x, w in zip(d, range(10, 0, -1))) % 11 == 0


NI_FIRST = set('ABCEGHJKLMNOPRSTWXYZ')
NI_SECOND = set('ABCEGHJKLMNPRSTWXYZ')
NI_BAD = {'BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'}


def v_ni(s):
    s = s.upper().replace(' ', '')
    return (len(s) == 9 and s[0] in NI_FIRST and s[1] in NI_SECOND and s[:2] not in NI_BAD
            and s[2:8].isdigit() and s[8] in 'ABCD')


def v_luhn(s):
    d = [int(c) for c in s.replace(' ', '')]
    t = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0 and 13 <= len(d) <= 19


def v_iban(s):
    s = s.replace(' ', '').upper()
    r = s[4:] + s[:4]
    n = int(''.join(str(int(c, 36)) for c in r))
    return s.startswith('GB') and len(s) == 22 and n % 97 == 1


PC_RE = re.compile(r'^(?:[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2}$')
REAL_AREAS = {'ZE', 'YO'}


def v_postcode(s):
    return bool(PC_RE.match(s)) and s[0] in 'YZ' and s[:2] not in REAL_AREAS


DRAMA = [
    re.compile(r'^07700900\d{3}$'), re.compile(r'^01134960\d{3}$'),
    re.compile(r'^01174960\d{3}$'), re.compile(r'^02079460\d{3}$'),
    re.compile(r'^01614960\d{3}$'), re.compile(r'^01214960\d{3}$'),
    re.compile(r'^01314960\d{3}$'), re.compile(r'^01514960\d{3}$'),
]


def v_phone(s):
    d = re.sub(r'[^0-9+]', '', s)
    if d.startswith('+44'):
        d = '0' + d[3:]
    return any(p.match(d) for p in DRAMA)


def v_email(s):
    dom = s.split('@', 1)[1].lower()
    return (dom in ('example.com', 'example.org', 'example.net')
            or '.example.' in '.' + dom + '.' or dom.endswith('.example'))


def v_ip(s):
    if ':' in s:
        return s.lower().startswith('2001:db8:')
    parts = s.split('.')
    ok = len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts)
    return ok and ('.'.join(parts[:3]) in ('192.0.2', '198.51.100', '203.0.113'))


def v_prison(s):
    return bool(re.match(r'^[A-Z][0-9]{4}[A-Z]{2}$', s))


def v_crn(s):
    return bool(re.match(r'^[A-Z][0-9]{6}$', s))


def v_vrm(s):
    return bool(re.match(r'^[A-HJ-PR-Y][A-HJ-PR-Y](?:0[2-9]|[1-7][0-9]) [A-HJ-PR-Z]{3}$', s))


def v_dl(s):
    s = s.replace(' ', '')
    return bool(re.match(r'^[A-Z9]{5}[0-9](?:[05][1-9]|[16][0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9][A-Z9]{2}[0-9A-Z][A-Z]{2}$', s))


def v_sort(s):
    return bool(re.match(r'^[0-9]{2}-[0-9]{2}-[0-9]{2}$', s))


def v_acct(s):
    return bool(re.match(r'^[0-9]{8}$', s))


def v_passport(s):
    return bool(re.match(r'^(?:[0-9]{9}|[A-Z][0-9]{7,8})$', s))


VALIDATE = {
    'pnc': v_pnc, 'cro': v_cro, 'nhs_number': v_nhs, 'ni_number': v_ni,
    'payment_card': v_luhn, 'iban': v_iban, 'postcode': v_postcode, 'phone': v_phone,
    'email': v_email, 'ip_address': v_ip, 'prison_number': v_prison, 'crn': v_crn,
    'vehicle_registration': v_vrm, 'driving_licence': v_dl, 'sort_code': v_sort,
    'account_number': v_acct, 'passport': v_passport,
}

# OCR confusions allowed between a damaged copy and its clean value (damaged, clean)
OCR_PAIRS = {('O', '0'), ('o', '0'), ('l', '1'), ('I', '1'), ('i', '1'), ('|', '1'),
             ('S', '5'), ('B', '8'), ('Z', '2'), ('G', '6'), ('0', 'O'), ('1', 'I'),
             ('1', 'l'), ('5', 'S'), ('8', 'B'), ('2', 'Z'), ('0', 'D'), ('D', '0'),
             ('.', '-'), (',', '.'), ('l', 'I'), ('I', 'l'), ('O', 'Q'), ('I', 'J')}


def ocr_equiv(damaged, clean):
    a = damaged.replace(' ', '').replace('VV', 'W').replace('rn', 'm')
    b = clean.replace(' ', '')
    if len(a) != len(b):
        return False
    return all(x == y or (x, y) in OCR_PAIRS for x, y in zip(a, b))


def real_date(iso):
    y, m, d = (int(x) for x in iso.split('-'))
    datetime.date(y, m, d)
    return iso


# --------------------------------------------------------------------------- bundle model

class Bundle:
    def __init__(self, bid, subject):
        self.bid = bid
        self.subject = subject
        self.ents = {}
        self.clean = {}      # damaged text -> clean value
        self.dobs = {}       # dob text -> iso date
        self.docs = []

    def ent(self, key, code, text, clean=None, dob=None):
        assert key not in self.ents, key
        c, p = code.split('.')
        assert c in CATS and p in PARTIES, code
        self.ents[key] = (CATS[c], PARTIES[p], text)
        self.note(CATS[c], text, clean, dob)

    def note(self, cat, text, clean=None, dob=None):
        if clean is not None:
            assert clean != text and ocr_equiv(text, clean), (text, clean)
            old = self.clean.get(text)
            assert old in (None, clean), text
            self.clean[text] = clean
        if dob is not None:
            real_date(dob)
            assert self.dobs.get(text) in (None, dob), text
            self.dobs[text] = dob

    def doc(self, kind, pages):
        self.docs.append((kind, pages))


MARK = re.compile('\u27ea([^\u27ea\u27eb]*)\u27eb')


def render(b, src):
    out = []
    spans = []
    pos = 0
    blen = 0
    for m in MARK.finditer(src):
        pre = src[pos:m.start()]
        out.append(pre)
        blen += len(pre.encode('utf-8'))
        body = m.group(1)
        if '|' in body:
            code, text = body.split('|', 1)
            c, p = code.split('.')
            assert c in CATS and p in PARTIES, body
            cat, party = CATS[c], PARTIES[p]
        else:
            assert body in b.ents, (b.bid, body)
            cat, party, text = b.ents[body]
        assert text and text == text.strip(), repr(text)
        tb = len(text.encode('utf-8'))
        spans.append({'begin': blen, 'end': blen + tb, 'category': cat, 'party': party,
                      'text': text})
        out.append(text)
        blen += tb
        pos = m.end()
    out.append(src[pos:])
    page = ''.join(out)
    assert '\u27ea' not in page and '\u27eb' not in page
    return page, spans


def P(s):
    """Page source: drop one leading newline."""
    return s[1:] if s.startswith('\n') else s


def T(b, rows, sep='  ', indent=''):
    """Build an aligned table from rows of cell markup (padding by rendered width)."""
    ncol = max(len(r) for r in rows)
    width = [0] * ncol
    for r in rows:
        for i, cell in enumerate(r):
            width[i] = max(width[i], len(render(b, cell)[0]))
    lines = []
    for r in rows:
        parts = []
        for i, cell in enumerate(r):
            pad = '' if i == len(r) - 1 else ' ' * (width[i] - len(render(b, cell)[0]))
            parts.append(cell + pad)
        lines.append((indent + sep.join(parts)).rstrip())
    return '\n'.join(lines) + '\n'


# Kinds already covered by earlier sets (from the brief); none may be reused.
COVERED = set("""
999-call-transcript abscond-risk-assessment accredited-programme-attendance-register
acct-case-review adjudication adjudication_record adults-at-risk-detention-review
age-assessment-outcome-summary airline-passenger-name-record alibi-enquiry-result-sheet
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
c100-application-extract cafcass-officer-telephone-enquiries-record
cafcass-safeguarding-letter canteen-order-sheet car-insurance-certificate
cardiology-outpatient-letter care-act-needs-assessment care-home-rota-extract
care-programme-approach-review carers-assessment-record cas3-accommodation-referral
case-notes cash-detention-application cat-a-annual-review-report
ccrc-application-form-extract cctv-request-form cell-bell-response-log
cell-search-record cell-sharing-risk-assessment cell-site-analysis-report-extract
certified-translation-of-correspondence change-of-circumstances-form-transcription
chapel-attendance-register chaplaincy-notes charge-sheet-bilingual
charity-bail-referral-form charity-reparation-placement-offer-letter
chat-health-screening-summary child-contact-centre-report
child-exploitation-strategy-meeting-minutes child-safeguarding-practice-review-extract
child-visit-household-composition-form church-baptism-record church-letter-of-support
cica-payment-details-confirmation-letter citizens-advice-case-notes
closed-visits-review-board-minutes cloud-account-preservation-request
cmht-care-coordinator-letter command-and-control-incident-log-export
community-centre-mediation-invitation-letter community-impact-assessment-narrative
community-order-induction-record community-order-progress-review-report
community-payback-supervisor-log comp1-complaint companies-register-officer-extract
compassionate-leave-funeral-request compensation-instalment-arrangement-letter
compensation-payment complaint-reply complaint_comp1 complex-case-consultation-minutes
consular-notification-record consulate-liaison-email-exchange
coroner-inquest-witness-list coroner-witness-summons
coroners-officer-family-contact-log coroners-record-of-inquest council-tax-letter
country-expert-report-extract court-bundle-index court-hearing-record
court-interpreter-invoice court-listing court-order-variation-application
court_register cps_case_summary crime_report criminal-behaviour-order-draft-terms
crofting-tenancy-assignation-letter
cross-border-supervision-transfer-email-correspondence crown-court-indictment
custody-healthcare-assessment custody-record custody_record
customary-marriage-verification-memo cyber-ip-log dash-risk-checklist
dating-app-profile-printout daughter-handwritten-note-to-cafcass-transcription
day-release-licence-card dbs-style-disclosure-letter debt-advice-letter
deceased-property-release-form defence-solicitor-email-to-officer-in-case
dentist-referral-letter deportation-decision-letter-extract
deputy-governor-reply-to-relative detached-youth-work-outreach-log
detainee-custody-officer-incident-account detention-gatekeeper-decision-minute
device-monitoring-alert-report diabetic-eye-screening-letter
digital-media-referral-note direct-payments-agreement discharge-bank-account-form
discharge-grant-receipt distance-learning-grant-application
diversity-incident-report-form domestic-abuse-refuge-referral
drink-drive-rehabilitation-course-referral drug-service-referral drug-test-lab-report
drugs-line-attribution-report dto-initial-planning-meeting-minutes
dvds-disclosure-record dvla-driving-ban-notice dvla_vehicle_check
education-enrolment-form education_work_record ehcp-annual-review-extract
electoral-register-extract em-gps-location-trail-export em-tag-installation-report
email email-printout email-thread email_printout email_thread
employer-disclosure-record employer-letter-to-witness-care-unit
employer-placement-monitoring-visit employer-three-way-meeting-note
employment-agency-registration-form employment-reference
employment-site-induction-record employment-tribunal-letter
encrypted-device-attribution-matrix escape-list-review-notice
escort-contractor-movement-order escorted-community-leave-outcome-narrative
eurodac-fingerprint-match-record exceptional-case-funding-decision
exhibit-continuity-record exhibit_list exploitation-screening-tool
extended-family-genogram-narrative external-hospital-escort-risk-assessment
extradition-hearing-opening-note extradition-order-notice extradition-surety-assessment
facebook-messenger-printout family-court-directions-order
family-court-e-filing-submission-log family-court-letter
family-court-position-statement family-day-application family-day-attendee-list
family-engagement-worker-notes family-feud-association-chart
family-group-conference-plan family-letter family-liaison-officer-log
family-network-meeting-note-with-distribution family-support-worker-home-visit-report
family-therapy-session-summary family-ties-overnight-release-plan
family-tracing-request-form family-video-call-welfare-observation-note family_letter
family_letter_transcription fax_cover_sheet finance-statement finance_paperwork
financial-condition-supporters-schedule financial-investigation financial_investigation
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
hmrc-tax-letter holmes-action-allocation-register holmes-nominal-index-printout
home-office-bail-summary home-office-caseworking-notes-export
home-office-family-reunion-refusal home-office-reasons-for-refusal-letter
homelessness-prevention-duty-letter hospital-bedwatch-log hospital-discharge-summary
hospital-managers-hearing-nursing-report hostel-manager-end-of-placement-report
hot-debrief-record hotel-booking-printout house-to-house-enquiry-form
household-members-schedule housing-association-rent-arrears-letter
housing-benefit-claim housing-options-interview housing-panel-nomination-form
housing-register-application id-document-application-tracker
identification-procedure-record idva-case-closure-letter imb-application
imha-advocacy-visit-record immigration-bail-application-grounds
immigration-detention-notice in-cell-kiosk-application-history incentives-level-review
independent-advocacy-complaint-letter independent-medico-legal-report-extract
inpatient-unit-admission-assessment inpatient-unit-nursing-handover-sheet
inquest-family-pir-submissions inquest-pen-portrait instagram-direct-message-printout
insurance-claim-form intelligence-log inter-prison-transfer-form
intermediary-assessment-report interpol-red-notice-extract
interpreter-assisted-supervision-record interpreter-booking iopc-family-update-letter
irc-complaint-investigation-report irc-room-allocation-sheet
irc-welfare-office-contact-sheet it_audit_log it_login_audit
jobcentre-appointment-letter key-worker-session-notes
kinship-care-social-worker-email-correspondence kitchen-hygiene-roster
knife-crime-prevention-order-application landlord-reference lawyers-attendance-note
legal-aid-means-form legal-call-booking-confirmation
legal-correspondence-opened-in-error-notice legal-visits-diary letter
letter-of-apology-draft library-loan-record licence-compliance-warning-interview-record
licence-conditions-letter licence-variation-request-form listener-scheme-log
livescan-ident-response local-welfare-assistance-application
long-term-prisoner-family-contact-review lost-property-form
magistrates-court-result-sheet mail-room-log major-incident-room-message-form
mappa-minutes mappa_minutes marac-referral-form marketplace-sale-record
marriage-application mash-referral mbu-admission-board-decision mbu-separation-plan
mdt-test-slip medication-in-possession-risk-assessment memory-clinic-referral
mental-health-in-reach-assessment mental-health-tribunal-decision mental_health_notes
mg11-statement mg15-record-of-interview mg3-charging-decision
mg6c-unused-material-schedule mhcs-annual-statutory-report
missing-person-return-interview mmpr-restraint-debrief mobile-phone-contract
mobile-phone-download mobile-subscriber-check monthly-detention-progress-report
mosque-letter-of-support motor-insurance-database-enquiry-result
move-on-accommodation-plan named-nurse-monthly-narrative-summary
nca-financial-profile-summary ndelius-entity-audit-trail-export ndelius_contact_log
ndelius_contacts nearest-relative-email-to-ward nearest-relative-information-letter
neighbour-letter-to-neighbourhood-inspector neighbourhood-inspector-reply-letter
next-of-kin-notification-form no-further-action-notification-letter
nomis-address-history-export nomis-alerts-printout
nomis-contacts-and-restrictions-export nomis-record-access-audit-trail nomis_case_notes
non-molestation-order notice-of-intended-prosecution
nrm-reasonable-grounds-decision-letter oasys oasys-extract oasys_extract
occupational-therapy-activity-timetable ocr-application-form ocr-handwritten-form
ocr-scanned-fax officer-pocket-notebook-transcription omu-categorisation-review
opd-pathway-case-formulation open-conditions-suitability-assessment
open-source-research-log out-of-court-disposal-panel-record
outgoing-funds-transfer-request overseas-family-circumstances-enquiry-report
pace-detention-review-record parental-bind-over-recognisance
parenting-assessment-report-extract parenting-course-register parking-penalty-notice
parole-board-member-case-assessment parole-dossier-summary parole-legal-representations
parole-oral-hearing-decision parole_dossier parom1-com-parole-report
part-2-extradition-request-summary passport-office-letter
pastor-email-to-probation-practitioner pathway-plan-review
patient-contacts-and-carers-register patient-internet-access-agreement
patient-monies-ledger patient-wifi-access-log-csv pawn-shop-transaction-record payslips
peer-mediation-agreement peer-mentor-application pen-friend-scheme-letter
pension-credit-claim-extract perinatal-mental-health-referral person-escort-record
personal-adviser-contact-record personal-officer-report pharmacy-prescription-record
pin-phone-call-detail-records-csv pin-phone-list pin_phone_contacts pnc-print-extract
poca-section-16-statement police-bail-conditions-notice police-custody-record
police-liaison-information-exchange police-vulnerability-notification police_mg11
pom-com-handover-note pom-sentence-progression-narrative post-mortem-report-extract
ppcs-recall-dossier-checklist ppo-fatal-incident-investigator-interview
practitioner-learning-event-notes pre-inquest-review-directions
pre-interview-disclosure-document pre-release-case-conference-invitation-letter
pre-release-resettlement-checklist pre-sentence-report pre-tariff-sift-report
pre_sentence_report presenting-officer-review-note prevention-of-future-deaths-report
prison-conditions-assurance-letter prison-council-minutes
prison-education-tutor-progress-report prison-employment-hub-job-match-record
prison-radio-request-slips prison-reception-booking-in-sheet prison-wedding-guest-list
prisoner-handwritten-letter prisoner-life-history-narrative prisoner-money-receipt-scan
prisoner-profile prisoners-earnings-act-levy-statement private-cash-log
probation-accommodation-visit-notes probation-appointments-csv-export
probation-bail-address-and-risk-assessment probation-contact-log
probation-exclusion-zone-map-notes probation-induction-questionnaire
probation-supervision-session-narrative production-order property-card
protected-persons-and-exclusion-zone-schedule provisional-arrest-record psr-addendum
psychiatric-report-extract psychology-feedback-letter-to-prisoner
psychology-session-process-notes psychology-treatment-need-consultation-note
psychometric-assessment-score-sheet ptph-form-extract public-footage-submission-record
ramadan-fasting-provision-list rar-activity-session-record recall-report
recall-return-to-custody-interview-record referral-order-panel-contract
relative-email-to-victim-liaison-unit relative-letter-of-concern-to-governor
relative-telephone-contact-record-sheet release-day-ferry-booking-forward
release-day-travel-warrant remand-to-la-accommodation-placement-plan
remittance-receipt-printout removal-directions-notice
reparation-project-attendance-sheet reporting-events-attendance-history
requesting-state-further-information-reply resettlement-housing-referral
resettlement-panel-narrative-summary residential-unit-weekly-behaviour-narrative
responsible-clinician-tribunal-report restorative-justice-conference-notes
restraining-order restraint-order-asset-schedule review-draft-factual-accuracy-response
revocation-of-licence-notice rio-progress-notes-print risk-management-plan-narrative
roma-charity-casework-letter rotl-board-minutes rotl-work-placement-agreement
rotl_application royal-mail-redirection-form rule-35-medical-report
safeguarding-adults-enquiry-outcome safer-schools-officer-note
salon-training-client-booking-sheet school-attendance-letter school-exclusion-notice
school-managed-move-agreement school-nurse-contact-record
school-reintegration-meeting-notes school-safeguarding-chronology
school-safeguarding-lead-email-exchange-with-yjs search-warrant-application
seclusion-record section-10-formal-admissions section-117-aftercare-planning-report
section-17-leave-form section-7-welfare-report-extract
secure-school-teacher-email-exchange security-department-email-chain
security_information_report security_intelligence_log
segregation-healthcare-daily-screen segregation-review sentence-calculation
sentence-plan-review-minutes sentencing-remarks serious-further-offence-review-report
setting-up-home-allowance-receipt sex-offender-notification sfo-staff-interview-record
significant-witness-interview-summary sio-policy-file site-pitch-licence-agreement
slavery-duty-to-notify-form smart-doorbell-event-log
social-media-account-subscriber-return social-media-transcription
social-visit-application social-work-evidence-template-final-statement
social-worker-core-group-minutes solicitor_letter special-measures-application-extract
speech-language-communication-screening spo-case-allocation-supervision-discussion-note
sports-coach-reference-letter spouse-email-to-hospital-social-worker
stop-and-search-record storage-unit-rental-agreement
structured-risk-and-need-report-numbered-sections student-finance-letter
support-payment-card-statement-printout supported-lodgings-host-report
suspicious-activity-report-extract talking-therapies-referral-form taxi-booking-record
tca-arrest-warrant-certificate teams-chat-transcript telegram-group-chat-extract
telephone-billing-analysis telephone-monitoring-summary telephone_monitoring
tenancy-agreement-ocr-scan tenancy-deposit-certificate text-transcript
text_message_transcript threat-to-life-warning-notice
township-kinship-and-byname-record trace-interview-eliminate-subject-report
transition-to-adult-estate-plan translated-romanian-criminal-record-certificate
translated-voicemail-transcript travel_id_paperwork travel_record
traveller-education-service-note trial-witness-running-order
tribunal-record-of-proceedings tribunal-social-circumstances-report
trim-risk-assessment-record tv-licensing-enquiry-letter
uncle-accommodation-and-support-statement universal-credit-journal
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


# =========================================================================== BUNDLE 1
# Sri Lankan Tamil man, long-term high security prison, later s.47 transfer to a secure
# hospital.  Father's name used as surname (THARMALINGAM) and as an initial ("T.").
# His wife and children take HIS given name as their surname (SIVAKUMAR).

def bundle1():
    b = Bundle('eval21-01', {
        'name': 'Sivakumar THARMALINGAM',
        'aliases': ['T. Sivakumar', 'Siva', 'THARMALINGAM, Sivakumar', 'Sivakumar Tharmalingam',
                    'S. Tharmalingam', 'T. SIVAKUMAR'],
        'date_of_birth': '1978-11-04',
        'prison_number': 'A7315DF',
        'identifiers': {'ni_number': 'JK 43 81 27 C', 'nhs_number': '999 301 2483',
                        'pnc': '1996/0231847T', 'cro': '318274/97G'},
        'contact': {'addresses': ['27 Tamarind Road, Ashgrove ZB7 4QN',
                                  'Flat 3, 119 Vellore Street, Marlow Cross YC2 8LS'],
                    'phones': ['07700 900412'],
                    'emails': ['s.tharmalingam78@example.com']},
    })
    E = b.ent
    # subject
    E('S', 'n.s', 'Sivakumar THARMALINGAM')
    E('Sc', 'n.s', 'THARMALINGAM, Sivakumar')
    E('Sm', 'n.s', 'Sivakumar Tharmalingam')
    E('Si', 'n.s', 'T. Sivakumar')
    E('SI', 'n.s', 'T. SIVAKUMAR')
    E('Sst', 'n.s', 'S. Tharmalingam')
    E('Ssur', 'n.s', 'Tharmalingam')
    E('SSUR', 'n.s', 'THARMALINGAM')
    E('Sgiv', 'n.s', 'Sivakumar')
    E('Snick', 'n.s', 'Siva')
    E('Socr1', 'n.s', 'THARMAL1NGAM, Sivakurnar')
    E('Socr2', 'n.s', 'Sivakumar THARMALlNGAM')
    E('Socr3', 'n.s', 'T Sivakurnar')
    E('Sdob', 'dob.s', '04/11/1978', dob='1978-11-04')
    E('Sdob2', 'dob.s', '4 November 1978', dob='1978-11-04')
    E('Sdob3', 'dob.s', '04.11.78', dob='1978-11-04')
    E('SdobO', 'dob.s', 'O4/11/1978', clean='04/11/1978', dob='1978-11-04')
    E('SdobO2', 'dob.s', '04-NOV-1978', dob='1978-11-04')
    E('Spn', 'pn.s', 'A7315DF')
    E('SpnO', 'pn.s', 'A73l5DF', clean='A7315DF')
    E('Spnc', 'pnc.s', '1996/0231847T')
    E('Spnc2', 'pnc.s', '96/231847T')
    E('Scro', 'cro.s', '318274/97G')
    E('Snhs', 'nhs.s', '999 301 2483')
    E('Snhs2', 'nhs.s', '9993012483')
    E('SnhsO', 'nhs.s', '999 3O1 2483', clean='999 301 2483')
    E('SnhsO2', 'nhs.s', '999301 2483')
    E('Sni', 'ni.s', 'JK 43 81 27 C')
    E('Sni2', 'ni.s', 'JK438127C')
    E('Sad1', 'ad.s', '27 Tamarind Road, Ashgrove')
    E('Spc1', 'pc.s', 'ZB7 4QN')
    E('Sad2', 'ad.s', 'Flat 3, 119 Vellore Street, Marlow Cross')
    E('Spc2', 'pc.s', 'YC2 8LS')
    E('Sph', 'ph.s', '07700 900412')
    E('Sem', 'em.s', 's.tharmalingam78@example.com')
    # family and other third parties
    E('W', 'n.t', 'Nirmala SIVAKUMAR')
    E('Wm', 'n.t', 'Nirmala Sivakumar')
    E('Wf', 'n.t', 'Nirmala')
    E('Wsur', 'n.t', 'Sivakumar')  # only ever used as "Mrs Sivakumar" - see pages
    E('Wad', 'ad.t', '8 Lantern Walk, Ashgrove')
    E('Wpc', 'pc.t', 'ZB7 2HD')
    E('Wph', 'ph.t', '07700 900587')
    E('WphO', 'ph.t', 'O77OO 9OO587', clean='07700 900587')
    E('Wem', 'em.t', 'nirmala.siva@example.net')
    E('D', 'n.t', 'Abinaya SIVAKUMAR')
    E('Df', 'n.t', 'Abinaya')
    E('K', 'n.t', 'Kavin SIVAKUMAR')
    E('Kf', 'n.t', 'Kavin')
    E('Ddob', 'dob.t', '19/06/2008', dob='2008-06-19')
    E('Kdob', 'dob.t', '02/02/2015', dob='2015-02-02')
    E('F', 'n.t', 'Tharmalingam KANAGASABAI')
    E('C', 'n.t', 'Rajan SELVARATNAM')
    E('Cc', 'n.t', 'SELVARATNAM, Rajan')
    E('Cs', 'n.t', 'Selvaratnam')
    E('Cpn', 'pn.t', 'A2290EM')
    E('Pr', 'n.t', 'Balachandran IYER')
    E('Prs', 'n.t', 'Iyer')
    E('Prph', 'ph.t', '0121 496 0817')
    E('Prad', 'ad.t', 'Sri Murugan Temple, 61 Forge Street, Marlow Cross')
    E('Prpc', 'pc.t', 'YC2 6PB')
    E('Sol', 'n.t', 'Priya NADARAJAH')
    E('Solem', 'em.t', 'p.nadarajah@nadarajah-law.example.co.uk.cjsm.net')
    E('Solph', 'ph.t', '020 7946 0351')
    E('Wdob', 'dob.t', '12/02/1981', dob='1981-02-12')
    E('Wpp', 'pp.t', '548213907')
    E('Wi', 'n.t', 'N. Sivakumar')
    E('Bil', 'n.t', 'Kumaran NAVARATNAM')
    E('Bils', 'n.t', 'Navaratnam')
    E('Bildl', 'dl.t', 'NAVAR803155K99QL')
    E('Bilvr', 'vr.t', 'LN68 TKV')
    E('Wcard', 'card.t', '4111 1144 5566 7789')
    E('Nw', 'n.t', 'Prakash MEHTA')
    E('Nwph', 'ph.t', '0121 496 0544')
    E('Nwem', 'em.t', 'subs@paragonnews.example.co.uk')
    # staff
    E('Hu', 'n.f', 'Rachel HUGHES')
    E('Hus', 'n.f', 'Hughes')
    E('Pri', 'n.f', 'PRICE')
    E('PriF', 'n.f', 'Dean PRICE')
    E('Ka', 'n.f', 'Ayesha Karim')
    E('Kas', 'n.f', 'Karim')
    E('Bl', 'n.f', 'Jonathan Blythe')
    E('Bls', 'n.f', 'Blythe')
    E('Blem', 'em.f', 'jonathan.blythe@nhs.example.net')
    E('Ash', 'n.f', 'Paul Ashdown')
    E('Ashs', 'n.f', 'Ashdown')
    E('Br', 'n.f', 'Kelly Brennan')
    E('Wh', 'n.f', 'Claire WHITCOMBE')
    E('Whs', 'n.f', 'Whitcombe')
    E('Whem', 'em.f', 'claire.whitcombe@justice.example.gov.uk')
    E('Whph', 'ph.f', '0113 496 0147')
    E('Es', 'n.f', 'Mark ESTCOURT')
    E('Lal', 'n.f', 'Suresh LAL')
    E('Lals', 'n.f', 'Lal')
    E('Py', 'n.f', 'Helen PRYCE')
    E('Sid', 'n.f', 'Farhana Siddiqui')
    E('Sids', 'n.f', 'Siddiqui')
    E('Ok', 'n.f', 'Tomasz OKRAJ')
    # public bodies
    E('Pad', 'ad.b', 'Moor Lane, Fellbridge')
    E('Ppc', 'pc.b', 'ZF4 2WP')
    E('Pph', 'ph.b', '0113 496 0100')
    E('PphO', 'ph.b', '0113 496 O100')
    E('Pem', 'em.b', 'healthcare.wealdmoor@justice.example.gov.uk')
    E('Had', 'ad.b', 'Infirmary Road, Fellbridge')
    E('Hpc', 'pc.b', 'ZF2 8HQ')
    E('HpcO', 'pc.b', 'ZF2 8HO')
    E('Hph', 'ph.b', '0113 496 0720')
    E('Hfx', 'ph.b', '0113 496 0721')
    E('Tad', 'ad.b', 'Thornfield Lane, Kestrel Vale')
    E('Tpc', 'pc.b', 'ZH7 3NB')
    E('Tph', 'ph.b', '0117 496 0250')
    E('Mad', 'ad.b', '4th Floor, Carrow House, 12 Bishop Street, Ashgrove')
    E('Mpc', 'pc.b', 'ZB1 9LT')
    E('Mem', 'em.b', 'mhcs.casework@justice.example.gov.uk')
    b.note('phone', 'O77OO 9OO587', clean='07700 900587')
    b.note('phone', '0113 496 O100', clean='0113 496 0100')
    b.note('postcode', 'ZF2 8HO', clean='ZF2 8HQ')
    b.bodies = [
        ('HMP Wealdmoor', ['0113 496 0100', '0113 496 O100'], ['ZF4 2WP'],
         ['Moor Lane, Fellbridge'], ['healthcare.wealdmoor@justice.example.gov.uk']),
        ('Fellbridge General Hospital NHS Trust', ['0113 496 0720', '0113 496 0721'],
         ['ZF2 8HQ', 'ZF2 8HO'], ['Infirmary Road, Fellbridge'], []),
        ('Thornfield Medium Secure Unit', ['0117 496 0250'], ['ZH7 3NB'],
         ['Thornfield Lane, Kestrel Vale'], []),
        ('HMPPS Mental Health Casework Section', [], ['ZB1 9LT'],
         ['4th Floor, Carrow House, 12 Bishop Street, Ashgrove'],
         ['mhcs.casework@justice.example.gov.uk']),
    ]

    # ---- doc 1: faxed hospital outpatient appointment confirmation (OCR fax, 2 pages)
    b.doc('faxed-hospital-outpatient-appointment-confirmation', [P('''
14/O3/2024 11:52  FAX ⟪Hfx⟫        FELLBRIDGE GEN HOSP OPD            P.OO1/OO2
_____________________________________________________________________________
Fellbridge General Hospital NHS Trust
Ophthalmology Outpatients , ⟪Had⟫ ⟪HpcO⟫
Switchboard ⟪Hph⟫     Fax ⟪Hfx⟫

APPOINTMENT CONFIRMATlON - PATIENT IN SECURE CUSTODY

To:   Healthcare Dept, HMP Wealdmoor     Fax: ⟪PphO⟫
From: Outpatient Booking Office

Patient name :   ⟪Socr1⟫
Date of birth:   ⟪SdobO⟫          NHS No:  ⟪SnhsO⟫
Hosp No:         (see label)
Address  :       c/o HMP Wealdmoor, ⟪Pad⟫ ⟪Ppc⟫
Prison No.       ⟪SpnO⟫

Clinic    :  Mr ⟪Bl⟫ - Glaucoma clinic
Date/Time :  Tues 02/04/2024  09:15  (please arrive 08:45)
Location  :  Eye Unit, Level 2, Wing C

Please note the patient's previous GP registration shows an old address at
⟪Sad2⟫ ⟪Spc2⟫ - this has been updated to the
establishment address at your request.

Escort numbers: 2 officers + 1 cuff. Please telephone the clinic coordinator on
⟪Hph⟫ ext 4471 if the appointment cannot be kept. Do NOT give the patient
the date or time of the appointment.
                                             ~  |  _
                                  Booked by: [signature] ______ (OPD clerk)
'''), P('''
14/O3/2024 11:53  FAX ⟪Hfx⟫        FELLBRIDGE GEN HOSP OPD            P.OO2/OO2
_____________________________________________________________________________
Re:  ⟪Socr2⟫   DOB ⟪SdobO⟫   NHS ⟪SnhsO2⟫

Referral letter from Dr ⟪Ka⟫ (HMP Wealdmoor Healthcare) dated 29/O2/2O24 is
on file. Mr ⟪Bls⟫ has asked that the patient bring his current glasses and a
list of eye drops. Patient states he has a Tamil interpreter preference but
speaks good English; his wife Mrs ⟪Wsur⟫ (next of kin) is NOT to be
contacted by the clinic while he is in custody.

Consultant secretary e-mail for clinical queries only:
⟪Blem⟫

CONFIDENTIALITY: This fax is intended for the named recipient. If you have
received it in error please telephone ⟪Hph⟫ and destroy it.
Fellbridge General Hospital NHS Trust, ⟪Had⟫, ⟪Hpc⟫
                                                      | ~~ |
''')])

    # ---- doc 2: prison dental treatment consent form (OCR scanned form)
    b.doc('prison-dental-treatment-consent-form', [P('''
HMP WEALDMOOR  -  DENTAL SUITE                         Form DEN/3 (rev 2O21)
CONSENT TO DENTAL TREATMENT                              Page 1 of 2

Patient surname       Forename(s)             Prison No.     Wing/Cell
⟪SSUR⟫          ⟪Sgiv⟫               ⟪Spn⟫        [illegible]
Date of birth         NHS number
⟪Sdob⟫            ⟪Snhs2⟫

Proposed treatment:  Extraction LL6 , scale & polish
                     [x] Local anaesthetic   [ ] Sedation   [ ] Referral

I confirm that the dentist has explained the treatment, its risks and the
alternatives. I understand I can withdraw consent at any time .

Patient signature:  _~⟪n.s|T.Sivakumar⟫~_          Date:  11/O6/2O24
Name (print):       ⟪SI⟫
Interpreter used:   [ ] Yes  [x] No    Language: ------

Dentist:            ⟪Ash⟫ (Smile Custody Dental Ltd, contracted service)
Dental nurse:       ⟪Br⟫
Escorting officer:  Officer ⟪Hus⟫  |
'''), P('''
CONSENT TO DENTAL TREATMENT (cont.)                       Page 2 of 2
Patient: ⟪Sc⟫    ⟪Spn⟫
-----------------------------------------------------------------------------
Medical history checked            [x]     Allergies:  Penicillin (rash)
Medication in possession           [x]     Latanoprost eye drops
Exemption from charges             [x]     in custody (NI ⟪Sni2⟫ on file)
Next of kin (from NOMIS)           Wife - ⟪Wm⟫, ⟪Wph⟫

Clinical note (typed from handwritten entry):
LL6 extracted under LA, no complications. Pt tolerated well. Advised soft diet
48h, paracetamol from wing. Review in 2/52. Pt asked whether his daughter
⟪Df⟫ could be told he is "OK" - advised to use his own PIN credit.

Signed ⟪Ashs⟫  [stamp: SMILE CUSTODY DENTAL - WEALDMOOR]   ~ |  . _
''')])

    # ---- doc 3: property handout authorisation (OCR with handwritten entries)
    b.doc('property-handout-authorisation-form', [P('''
HMPPS                                                         PROP 7 (HO)
APPLICATION TO HAND OUT PROPERTY TO A VISITOR / BY POST
Establishment: HMP Wealdmoor        ⟪Pad⟫   ⟪Ppc⟫

SECTION A - PRISONER (block capitals)
Name  ⟪Socr1⟫
Number ⟪Spn⟫     DOB ⟪SdobO2⟫

SECTION B - PERSON RECEIVING THE PROPERTY
Name            [handwritten] Mrs ⟪Wm⟫ (wife)
Address         [handwritten] ⟪Wad⟫
Postcode        ⟪Wpc⟫        Tel  ⟪WphO⟫
Relationship    Wife
Photo ID seen   [x] passport  [ ] driving licence   [ ] other

SECTION C - ITEMS
1  Wedding album (photos)                       1
2  Tamil prayer book - Thevaram  [?] condition  1
3  Letters from ⟪Df⟫ and ⟪Kf⟫ (bundle)         approx 40
4  Gold chain (vaIuables bag no. [illegible])     1

Prisoner's comment: "These are family things from our old house at
⟪Sad1⟫ ⟪Spc1⟫, please give to my wife."
''' ), P('''
PROP 7 (HO)  continued            ⟪SSUR⟫  ⟪Spn⟫                page 2
SECTION D - AUTHORISATION
Checked by reception ......  SO ⟪PriF⟫            date 22/O7/2O24
Security check (Cat A)       [x] no concerns  [ ] refer
Item 4 - valuables - NOT released: Cat A hand-outs of jewellery need Head of
Security approval. Referred to Gov. ⟪Es⟫ .
Handed to visitor:   ⟪Wm⟫ on 28/07/2024 at visits reception,
ID checked by OSG ⟪Ok⟫
Visitor signature:   __⟪n.t|N.Sivakumar⟫__ ~
Prisoner informed:   [x]   by Officer ⟪Hus⟫
'''), P('''
PROP 7 (HO)  continued            ⟪SSUR⟫  ⟪Spn⟫                page 3
VISITS RECEPTION - ID VERIFICATION (Cat A hand-out)
Visitor 1:  ⟪W⟫      DOB ⟪Wdob⟫
            ID: passport  No. ⟪Wpp⟫   [x] photo matches
            Address on ID: ⟪Wad⟫ ⟪Wpc⟫ (matches approved visitor record)
Visitor 2 (driver, did not enter):  ⟪Bil⟫ (brother-in-law)
            ID: driving licence  ⟪Bildl⟫
            Vehicle in car park: ⟪Bilvr⟫
Remarks: Mr ⟪Bils⟫ is not on the prisoner's approved visitor list - not to be
admitted to the hall. Both visitors polite.  Checked: OSG ⟪Ok⟫    ~ | _
''')])

    # ---- doc 4: inter-prison correspondence approval request (clean typed)
    b.doc('inter-prison-correspondence-approval-request', [P('''
HMP Wealdmoor - Security Department
REQUEST TO CORRESPOND WITH A PRISONER IN ANOTHER ESTABLISHMENT

Applicant:        ⟪Sc⟫ (⟪Spn⟫)
Also known as:    ⟪Si⟫; "⟪Snick⟫"
Category:         A (standard escape risk)
Date of birth:    ⟪Sdob2⟫
PNC:              ⟪Spnc⟫          CRO: ⟪Scro⟫
NI number:        ⟪Sni⟫

Proposed correspondent:
  Name:           ⟪Cc⟫
  Prison number:  ⟪Cpn⟫
  Establishment:  HMP Ravensfield
  Relationship:   Cousin (mother's sister's son), per applicant

Applicant's reasons (summarised by wing staff):
Mr ⟪Ssur⟫ says that his cousin ⟪Cs⟫ is the only relative who remembers his
father, the late ⟪F⟫, and he wishes to exchange letters about the
family and the anniversary of his father's death (thithi). He states they have
not spoken since 2019. He has asked that letters be written in Tamil.

Security assessment:
No shared index offence, no co-defendant link on PNC for ⟪Spnc2⟫ or for the
proposed correspondent. Letters in Tamil will need translation before issue;
approval is subject to all correspondence being read.

Decision:  APPROVED for 6 months, review 14/01/2025.
Signed:    ⟪Wh⟫, Offender Management Unit
           ⟪Whph⟫ | ⟪Whem⟫
           for Head of Security ⟪Es⟫
cc:        HMP Ravensfield Security (re ⟪Cpn⟫)
'''), P('''
HMP Wealdmoor - Security Dept     CORRESPONDENCE READING LOG (extract)
Prisoner: ⟪Sc⟫   ⟪Spn⟫   Cat A - all mail read        Page 2

''') + T(b, [
        ['Date', 'In/Out', 'Correspondent', 'Lang', 'Read by', 'Action'],
        ['02/07/24', 'IN', '⟪W⟫ (wife)', 'Tamil', 'SO ⟪Pri⟫', 'issued'],
        ['02/07/24', 'IN', '⟪Df⟫ (daughter) - card', 'Eng', 'SO ⟪Pri⟫', 'issued'],
        ['09/07/24', 'OUT', '⟪Cc⟫ ⟪Cpn⟫', 'Tamil', 'pending transl.', 'held'],
        ['11/07/24', 'IN', '⟪Sol⟫ (Rule 39)', 'Eng', 'not read', 'issued'],
        ['15/07/24', 'OUT', '⟪Wm⟫, ⟪Wad⟫', 'Tamil', 'OSG ⟪Ok⟫', 'posted'],
        ['19/07/24', 'IN', 'Temple - ⟪Pr⟫', 'Tamil', 'chaplaincy', 'issued'],
    ]) + P('''

Note 19/07: letter from Mr ⟪Prs⟫ asks ⟪Snick⟫ to pray for his late father and
gives the temple number ⟪Prph⟫. No security concern. Translation of the
09/07 letter to ⟪Cs⟫ requested from the approved translator.
''')])

    # ---- doc 5: religious diet change application (handwritten, OCR transcription)
    b.doc('religious-diet-change-application', [P('''
[Scanned handwritten form - transcribed by OCR, reviewed for legibility]

HMP WEALDMOOR     APP/DIET     APPLlCATlON FOR CHANGE OF RELIGlOUS DIET

Name ...... ⟪Socr3⟫ (⟪Ssur⟫)      No. ...... ⟪Spn⟫
Wing ...... [illegible]                 Religion (NOMIS) ...... Hindu

Current diet:   [ ] Halal  [x] Vegetarian  [ ] Vegan  [ ] Kosher
Requested:      [x] Vegetarian - no egg, no onion/garlic on fast days [?]

Reason (in own words):
" During Kandha Sashti and Purattasi Saturdays I fast as my famiIy always did.
My wife ⟪Wf⟫ has spoken to the temple priest ⟪Pr⟫ at
⟪Prad⟫ ⟪Prpc⟫ who can write to confirm . His number is
⟪Prph⟫ . I was a vegetarian since 1998 - ask healthcare (Dr ⟪Kas⟫)
for my cholesterol. "

Signed  ~~ ⟪n.s|T Sivakumar⟫ ~~                         Date 3O/O9/2O24
'''), P('''
APP/DIET  (reverse)                                ⟪SSUR⟫  ⟪Spn⟫

Chaplaincy comments:
Spoke with Mr ⟪Sm⟫ on the wing. Request is genuine and
consistent with Saivite practice. I have NOT contacted Mr ⟪Prs⟫ - not needed
for a diet change. Temple letters should come through the chaplaincy, not
through the wife.  Pandit ⟪Lal⟫ (Hindu chaplain)          |   _

Catering:  Approved from 07/10/2024.  Fast-day packs on request slip.
Healthcare: no clinical objection - Dr ⟪Kas⟫           [stamp] HEALTHCARE
''')])

    # ---- doc 6: s.47/49 transfer direction warrant (OCR scan, 2 pages, running heads)
    b.doc('s47-transfer-direction-warrant', [P('''
OFFICIAL - SENSITIVE                                           Page 1 of 2
HMPPS Mental Health Casework Section
⟪Mad⟫  ⟪Mpc⟫          ⟪Mem⟫

MENTAL HEALTH ACT 1983 - SECTIONS 47 AND 49
TRANSFER DIRECTION AND RESTRICTION DIRECTION

WHEREAS ⟪Socr2⟫ (also known as ⟪Si⟫),
born ⟪Sdob2⟫, prison number ⟪Spn⟫, PNC ⟪Spnc⟫,
is serving a sentence of imprisonment at HMP Wealdmoor, ⟪Pad⟫;

AND WHEREAS reports have been received from Dr ⟪Sid⟫ , Consultant
Forensic Psychiatrist, Thornfield Medium Secure Unit, and from Dr ⟪Ka⟫ ,
General Practitioner, that the said ⟪Socr2⟫ is suffering from mental
disorder of a nature and degree which makes it appropriate for him to be
detained in a hospital for medical treatment ;

NOW THEREFORE the Secretary of State directs that he be removed to and detained
in Thornfield Medium Secure Unit, ⟪Tad⟫ ⟪Tpc⟫ .
'''), P('''
OFFICIAL - SENSITIVE       ⟪Sc⟫   ⟪Spn⟫          Page 2 of 2
-----------------------------------------------------------------------------
This direction ceases to have effect at the expiration of 14 days from the
date hereof unless within that period he has been received into the hospital.

The Secretary of State further directs that the said patient shall be subject
to the special restrictions set out in section 41 of the Act.

Signed on behalf of the Secretary of State
   ~~~ ⟪n.f|H.Pryce⟫ ~~~
⟪Py⟫, Casework Manager                           Dated 18/11/2024

Copies:  Responsible Clinician (Dr ⟪Sids⟫), Thornfield ⟪Tph⟫
         Governor, HMP Wealdmoor  ⟪Pph⟫
         Nearest relative: ⟪W⟫ (wife), ⟪Wad⟫ ⟪Wpc⟫
         Legal representative: ⟪Sol⟫, ⟪Solem⟫
|  _ ~                                                             [stamp]
''')])

    # ---- doc 7: court video-link booking confirmation (clean typed email)
    b.doc('court-video-link-booking-confirmation', [P('''
From:    Wealdmoor Healthcare <⟪Pem⟫>
To:      ⟪Solem⟫
Cc:      ⟪Whem⟫
Date:    Mon 25 Nov 2024 10:04
Subject: PVL booking - ⟪S⟫ ⟪Spn⟫ - Upper Tribunal hearing 03/12/2024

Dear Ms ⟪Sol⟫,

Your client ⟪Sm⟫ (our index: ⟪Sst⟫; DOB ⟪Sdob⟫, NHS ⟪Snhs⟫) is booked into
Video Room 2 at 10:00 on 3 December 2024 for his hearing. Please note that a
transfer to Thornfield Medium Secure Unit is pending; if he moves before the
hearing, the unit's switchboard is ⟪Tph⟫ and the booking must be remade by
them.

Mr ⟪Ssur⟫ has asked that his wife be allowed to observe. She should contact
the tribunal directly; please do not pass us her mobile. For the record his
old personal e-mail (⟪Sem⟫) and old mobile (⟪Sph⟫) are not
monitored from here and should not be used for any notice.

Kind regards

⟪Wh⟫
Offender Management Unit, HMP Wealdmoor
⟪Pad⟫ ⟪Ppc⟫ | Switchboard ⟪Pph⟫ | Direct ⟪Whph⟫
''')])

    # ---- doc 8: newsagent subscription order form (OCR of faxed order)
    b.doc('newsagent-subscription-order-form-ocr', [P('''
PARAGON NEWS & MAGAZINES  - PRISON SUBSCRIPTIONS         FAX ORDER  p.1/2
Tel ⟪Nwph⟫   ⟪Nwem⟫        Account: HMP WEALDMOOR (Cat A)

Prisoner name:  ⟪n.s|THARMALINGAM S.⟫  [illegible]     Prison No: ⟪SpnO⟫
Location:       [withheld by establishment]

Title                          Freq      Qty    Price
Virakesari Weekly (Tamil)      weekly    1      £2.5O
Tamil Guardian                 monthly   1      £4.OO
Reader's Digest [?]            monthly   1      £3.99

PAYER (if not the prisoner)
Name      Mrs ⟪Wi⟫
Address   ⟪Wad⟫  ⟪Wpc⟫
Phone     ⟪WphO⟫        E-mail ⟪Wem⟫
Card      VISA  ⟪Wcard⟫   exp O3/26   (CVV taken by phone, not recorded)
Signed    ~ ⟪n.t|N. Siva⟫ ~                       Date 11/O1/2O25
'''), P('''
PARAGON NEWS - ORDER p.2/2        Re: ⟪Sc⟫   ⟪Spn⟫
ESTABLISHMENT USE ONLY
Publications checked by Security:   [x] approved   [ ] refused
 - Tamil Guardian: approved subject to each issue being checked (Cat A).
Order taken by: ⟪Nw⟫ (Paragon)        Checked: SO ⟪PriF⟫
Note: prisoner asked that his wife, not he, be invoiced; he says his old
e-mail ⟪Sem⟫ should NOT be used for receipts.
Subject's PNC ⟪Spnc⟫ noted on security file only.     [stamp] SECURITY
''')])
    return b


# =========================================================================== BUNDLE 2
# Hungarian woman on a community order (probation in the community).  Family name first in
# Hungarian documents ("Szabó Erzsébet Anna"), married form "Kovácsné Szabó Erzsébet",
# accents dropped in English systems ("Erzsebet SZABO"), anglicised "Elizabeth Szabo".
# Her mother is "Szabó Józsefné" (Mrs József Szabó), born "Tóth Mária".

def bundle2():
    b = Bundle('eval21-02', {
        'name': 'Erzsébet Anna SZABÓ',
        'aliases': ['Szabó Erzsébet Anna', 'Kovácsné Szabó Erzsébet', 'Erzsebet SZABO',
                    'Elizabeth Szabo', 'Erzsi', 'SZABO, Erzsebet'],
        'date_of_birth': '1991-03-01',
        'identifiers': {'ni_number': 'SN 52 73 09 B', 'nhs_number': '999 614 2051',
                        'pnc': '2019/0552081B', 'crn': 'K482917'},
        'contact': {'addresses': ['Flat 12, Harrow Court, 5 Weaver Street, Marlow Cross YC3 7EW',
                                  'Petőfi utca 22., Nyírkert'],
                    'phones': ['07700 900233'],
                    'emails': ['erzsi.szabo91@example.com']},
    })
    E = b.ent
    E('S', 'n.s', 'Erzsébet Anna SZABÓ')
    E('Shu', 'n.s', 'Szabó Erzsébet Anna')
    E('ShuO', 'n.s', 'Szab6 Erzsébet Anna')
    E('Smar', 'n.s', 'Kovácsné Szabó Erzsébet')
    E('Smar2', 'n.s', 'Kovácsné')
    E('Sasc', 'n.s', 'Erzsebet SZABO')
    E('Sc', 'n.s', 'SZABO, Erzsebet')
    E('ScO', 'n.s', 'SZAB0, Erzsebet')
    E('Sen', 'n.s', 'Elizabeth Szabo')
    E('Snick', 'n.s', 'Erzsi')
    E('Ssur', 'n.s', 'Szabo')
    E('Ssur2', 'n.s', 'Szabó')
    E('Sgiv', 'n.s', 'Erzsebet')
    E('Slow', 'n.s', 'erzsebet szabo')
    E('Sdob', 'dob.s', '01/03/1991', dob='1991-03-01')
    E('SdobO', 'dob.s', 'O1/O3/1991', clean='01/03/1991', dob='1991-03-01')
    E('Sdobhu', 'dob.s', '1991. O3. O1.', clean='1991. 03. 01.', dob='1991-03-01')
    E('Sdobhu2', 'dob.s', '1991. március 1.', dob='1991-03-01')
    E('Sdoben', 'dob.s', '1 March 1991', dob='1991-03-01')
    E('Scrn', 'crn.s', 'K482917')
    E('ScrnO', 'crn.s', 'K4829l7', clean='K482917')
    E('Spnc', 'pnc.s', '2019/0552081B')
    E('Sni', 'ni.s', 'SN 52 73 09 B')
    E('SniO', 'ni.s', 'SN 527309 8', clean='SN 527309 B')
    E('Snhs', 'nhs.s', '999 614 2051')
    E('SnhsO', 'nhs.s', '999 6l4 2051', clean='999 614 2051')
    E('Sad', 'ad.s', 'Flat 12, Harrow Court, 5 Weaver Street, Marlow Cross')
    E('SadO', 'ad.s', 'FIat 12, Harrow Court, 5 Weaver Street, MarIow Cross')
    E('Spc', 'pc.s', 'YC3 7EW')
    E('SpcO', 'pc.s', 'YC3 7EVV')
    E('Shuad', 'ad.s', 'Petőfi utca 22., Nyírkert')
    E('Shuad2', 'ad.s', 'Nyírkert, Petőfi u. 22.')
    E('Sph', 'ph.s', '07700 900233')
    E('SphO', 'ph.s', '077OO 9OO233', clean='07700 900233')
    E('Sem', 'em.s', 'erzsi.szabo91@example.com')
    E('Ssc', 'sc.s', '40-27-16')
    E('SscO', 'sc.s', '4O-27-l6', clean='40-27-16')
    E('Sac', 'ac.s', '71049385')
    E('SacO', 'ac.s', '7lO49385', clean='71049385')
    # third parties
    E('Hus', 'n.t', 'Kovács Gábor')
    E('Husen', 'n.t', 'Gabor KOVACS')
    E('Hussur', 'n.t', 'Kovacs')
    E('L', 'n.t', 'Lili KOVACS')
    E('Lf', 'n.t', 'Lili')
    E('Lhu', 'n.t', 'Kovács Lili')
    E('Ldob', 'dob.t', '12/09/2018', dob='2018-09-12')
    E('Mo', 'n.t', 'Tóth Mária')
    E('MoO', 'n.t', 'T6th Mária')
    E('Mo2', 'n.t', 'Szabó Józsefné')
    E('Moen', 'n.t', 'Mária TÓTH')
    E('Fa', 'n.t', 'Szabó József')
    E('Faen', 'n.t', 'József SZABÓ')
    E('Tr', 'n.t', 'Katalin NÉMETH')
    E('Trs', 'n.t', 'Németh')
    E('Trem', 'em.t', 'k.nemeth@lexisbridge.example.co.uk')
    E('Trph', 'ph.t', '020 7946 0418')
    E('Ll', 'n.t', 'Derek HOLLOWAY')
    E('Llm', 'n.t', 'Derek Holloway')
    E('Lls', 'n.t', 'Holloway')
    E('Llad', 'ad.t', '3 Orchard Rise, Fellbridge')
    E('Llpc', 'pc.t', 'ZF6 1RU')
    E('Ag', 'n.t', 'Sophie LAM')
    E('Agph', 'ph.t', '0121 496 0973')
    E('Agem', 'em.t', 'lettings@citysidelet.example.co.uk')
    E('U1', 'n.t', 'Kieran DOYLE')
    E('U1s', 'n.t', 'DOYLE, K')
    E('U1ph', 'ph.t', '07700 900640')
    E('U2', 'n.t', 'Shabana AKHTAR')
    E('U2s', 'n.t', 'AKHTAR, S')
    E('U2ph', 'ph.t', '07700 900671')
    E('U3', 'n.t', 'Lee FARRANT')
    E('U3s', 'n.t', 'FARRANT, L')
    E('U3ad', 'ad.t', '41 Brook Terrace, Marlow Cross')
    E('Nb', 'n.t', 'Adrienn')
    # staff
    E('Po', 'n.f', 'Hannah CORRIGAN')
    E('Pom', 'n.f', 'Hannah Corrigan')
    E('Pos', 'n.f', 'Corrigan')
    E('Poph', 'ph.f', '0121 496 0391')
    E('Poem', 'em.f', 'hannah.corrigan@justice.example.gov.uk')
    E('Sup', 'n.f', 'Gary FENWICK')
    E('Sups', 'n.f', 'Fenwick')
    E('Supph', 'ph.f', '07700 900702')
    E('Gp', 'n.f', 'Olivia Marsh')
    E('Gps', 'n.f', 'Marsh')
    E('Reg', 'n.f', 'Varga Ildikó')
    E('Cw', 'n.f', 'Joanne PEARCE')
    E('Cwem', 'em.f', 'joanne.pearce@marlowcross.example.gov.uk')
    E('Fi', 'n.f', 'R. Bhatti')
    E('Scard', 'card.s', '5398 1234 5678 9014')
    E('ScardO', 'card.s', '5398 l234 5678 9Ol4', clean='5398 1234 5678 9014')
    E('U4', 'n.t', 'Wojciech ZAWADZKI')
    E('Ph', 'n.f', 'Imogen TATE')
    E('Phs', 'n.f', 'Tate')
    E('Bad', 'ad.b', 'PPC Team, Sentinel House, 21 Quayside, Ashgrove')
    E('Bpc', 'pc.b', 'ZB9 1PP')
    E('Bph', 'ph.b', '0113 496 0650')
    # public bodies
    E('Pad', 'ad.b', 'Kestrel House, 40 Canal Street, Marlow Cross')
    E('Ppc', 'pc.b', 'YC3 5RS')
    E('Pph', 'ph.b', '0121 496 0388')
    E('Pem', 'em.b', 'marlowcross.probation@justice.example.gov.uk')
    E('Cad', 'ad.b', 'Civic Centre, Market Way, Marlow Cross')
    E('Cpc', 'pc.b', 'YC1 4DJ')
    E('Cph', 'ph.b', '0121 496 0600')
    E('Cem', 'em.b', 'earlyyears@marlowcross.example.gov.uk')
    E('Gad', 'ad.b', 'Canal Side Surgery, 2 Lock Lane, Marlow Cross')
    E('GadO', 'ad.b', 'Cana1 Side Surgery, 2 Lock Lane, Mar1ow Cross')
    E('Gpc', 'pc.b', 'YC3 9TU')
    E('Gph', 'ph.b', '0121 496 0455')
    E('Fad', 'ad.b', 'Fines Collection Unit, PO Box 3071, Ashgrove')
    E('Fpc', 'pc.b', 'ZB1 7FJ')
    E('Fph', 'ph.b', '0113 496 0909')
    b.note('phone', '077OO 9OO233', clean='07700 900233')
    b.note('postcode', 'YC3 7EVV', clean='YC3 7EW')
    b.bodies = [
        ('Probation Service - Marlow Cross Office', ['0121 496 0388'], ['YC3 5RS'],
         ['Kestrel House, 40 Canal Street, Marlow Cross'],
         ['marlowcross.probation@justice.example.gov.uk']),
        ('Marlow Cross City Council', ['0121 496 0600'], ['YC1 4DJ'],
         ['Civic Centre, Market Way, Marlow Cross'], ['earlyyears@marlowcross.example.gov.uk']),
        ('Canal Side Surgery (NHS GP practice)', ['0121 496 0455'], ['YC3 9TU'],
         ['Canal Side Surgery, 2 Lock Lane, Marlow Cross',
          'Cana1 Side Surgery, 2 Lock Lane, Mar1ow Cross'], []),
        ('NHS Prescription Prepayment Certificate Team', ['0113 496 0650'], ['ZB9 1PP'],
         ['PPC Team, Sentinel House, 21 Quayside, Ashgrove'], []),
        ('HMCTS Fines Collection Unit', ['0113 496 0909'], ['ZB1 7FJ'],
         ['Fines Collection Unit, PO Box 3071, Ashgrove'], []),
    ]

    # ---- doc 1: Hungarian birth certificate, OCR, with certified translation
    b.doc('foreign-birth-certificate-ocr-with-translation', [P('''
MAGYARORSZÁG                                         [címer]    |  ~
SZÜLETÉSI ANYAKÖNYVI KIVONAT
Folyószám: [illegible]

A születéskori családi és utónév:      ⟪ShuO⟫
Nem:                                   nő
A születés helye:                      Nyírkert
A születés ideje:                      ⟪Sdobhu⟫
Az anya születési családi és utóneve:  ⟪MoO⟫
Az apa családi és utóneve:             ⟪Fa⟫
Házassági név (bejegyzés 2016):        ⟪Smar⟫
Lakcím a kiállításkor:                 ⟪Shuad2⟫

Anyakönyvvezető:  ⟪Reg⟫                      P. H.   [bélyegző]
Kelt: Nyírkert, 2O23. október 5.                   ~ __/ ____
'''), P('''
CERTIFIED TRANSLATION FROM HUNGARIAN                          Page 2 of 2
Ref: LB-23-1187                                           Lexis Bridge Ltd

HUNGARY - EXTRACT OF BIRTH REGISTER
Surname and forenames at birth:   ⟪Shu⟫
   (in English order: ⟪S⟫; family name is written first
    in Hungarian documents)
Sex:                              Female
Place of birth:                   Nyírkert, Hungary
Date of birth:                    ⟪Sdobhu2⟫ (⟪Sdoben⟫)
Mother's name at birth:           ⟪Mo⟫ (⟪Moen⟫)
Father's name:                    ⟪Fa⟫ (⟪Faen⟫)
Married name (entered 2016):      ⟪Smar⟫, i.e. "wife of ⟪Hus⟫"
Address at issue:                 ⟪Shuad⟫

Translator's note: the mother is known in the village by the traditional form
⟪Mo2⟫ ("Mrs ⟪n.t|József Szabó⟫"). This is not a separate person.

I certify that this is a true and accurate translation.
⟪Tr⟫, member CIOL, ⟪Trph⟫, ⟪Trem⟫
[signature]  ~ ⟪n.t|K Németh⟫ ~
''')])

    # ---- doc 2: unpaid work health and safety declaration (OCR form)
    b.doc('unpaid-work-health-and-safety-declaration', [P('''
PROBATION SERVICE  - COMMUNITY PAYBACK              UPW/HS1    Page 1 of 2
HEALTH AND SAFETY DECLARATION - PERSON ON PROBATION

Name:  ⟪ScO⟫              CRN:  ⟪ScrnO⟫
D.O.B: ⟪SdobO⟫                 NI No: ⟪SniO⟫
Address: ⟪SadO⟫
Postcode: ⟪SpcO⟫       Mobile: ⟪SphO⟫

Hours ordered: 120      Completed: 34     Project: Canal towpath clearance

Do you have any medical condition that may affect your work?   [x] Yes [ ] No
Details:  asthma (inhaler) - back pain since Jan, sick note from GP
          Dr ⟪Gps⟫ (see fit note on file)
GP practice: ⟪Gad⟫, ⟪Gpc⟫ (tel ⟪Gph⟫)   NHS no. ⟪Snhs⟫
Do you take any medication?   [x] Yes   Salbutamol , naproxen
Emergency contact:  ⟪Nb⟫ (friend/neighbour) [illegible] - refused to give
                    surname , number ⟪ph.t|07700 900655⟫ [?] crossed out
Childcare:  daughter ⟪Lf⟫ (6) - school 8.45-3.15, no weekend cover
'''), P('''
UPW/HS1   ⟪Sasc⟫   ⟪Scrn⟫                                   Page 2 of 2
Declaration: I confirm the information is correct. I will tell my supervisor if
my health changes.
Signed:   ~ ⟪n.s|Sz.Erzsébet⟫ ~                       Date: 14/O5/2024

Supervisor: ⟪Sup⟫            Mobile (work) ⟪Supph⟫
Comments:   Placed on light duties (litter pick, no lifting) until fit note
            expires. Spoke to PP ⟪Pos⟫ - agreed.
Office use: Probation Service, ⟪Pad⟫  ⟪Ppc⟫  Tel ⟪Pph⟫
            ⟪Pem⟫
                                                     _ | ~
''')])

    # ---- doc 3: fit note (OCR scan)
    b.doc('fit-note-ocr-scan', [P('''
Statement of Fitness for Work    For social security or statutory sick pay
                                                              Med3 (2O22)
Patient's name  Mrs/Miss/Ms/Mr     ⟪Sen⟫ (⟪Sasc⟫)
Date of birth   ⟪Sdob⟫        NHS No ⟪SnhsO⟫

I assessed your case on:  O9/O5/2O24
and, because of the following condition(s):  Lumbar back pain; asthma
I advise you that:   [ ] you are not fit for work.
                     [x] you may be fit for work taking account of the
                         following advice:
   [x] amended duties      [ ] phased return   [ ] altered hours
Comments:  avoid heavy lifting and prolonged bending . May do light tasks.
This will be the case for  4 weeks  from O9/O5/2O24

Doctor's signature  ~~ ⟪n.f|OMarsh⟫ ~~         Date of statement  O9/O5/2O24
Doctor's address   ⟪GadO⟫
                   ⟪Gpc⟫     Tel ⟪Gph⟫
[practice stamp]  Dr ⟪Gp⟫  GMC [illegible]
''')])

    # ---- doc 4: direct debit instruction for court fines (OCR scan)
    b.doc('direct-debit-instruction-scan', [P('''
  Instruction to your bank or building society to pay by Direct Debit   [DD]
  HMCTS Fines Collection Unit, ⟪Fad⟫ ⟪Fpc⟫
  Enquiries ⟪Fph⟫

  Name(s) of account holder(s)         ⟪Sc⟫
  Bank/building society account number ⟪SacO⟫
  Branch sort code                     ⟪SscO⟫
  Name and full postal address of your bank or building society
     Midland Counties Bank plc, High Street, Marlow Cross
  Reference (account number with FCU)  [illegible]  /  defendant DOB ⟪Sdob⟫

  Instruction to your bank: please pay HMCTS FCU Direct Debits from the account
  detailed in this instruction subject to the safeguards assured by the Direct
  Debit Guarantee.
  Signature(s)   ~ ⟪n.s|E.Szabo⟫ ~                    Date   2O/O6/2O24
'''), P('''
  FCU OFFICE USE                                        Page 2
  Defendant:   ⟪Sasc⟫   (AKA ⟪Sen⟫)   PNC ⟪Spnc⟫
  Account set up 24/06/2024 by ⟪Fi⟫. £5.00 per week, first collection
  05/07/2024. Bank details as above: s/c ⟪Ssc⟫  a/c ⟪Sac⟫.
  Third-party payer? [ ] Yes [x] No  (husband ⟪Husen⟫ NOT to pay - DA history)
  Probation informed: PP ⟪Pom⟫ ⟪Poem⟫
''')])

    # ---- doc 5: section 21 possession notice (OCR scan of landlord form)
    b.doc('section-21-possession-notice-ocr', [P('''
FORM 6A                          Housing Act 1988 section 21(1) and (4)
Notice seeking possession of a property let on an Assured Shorthold Tenancy

1. To:  ⟪Sasc⟫  (also ⟪Sen⟫)
   Name(s) of tenant(s)
2. You are required to leave the below address after 31/O8/2O24. If you do not
   leave, your landlord may apply to the court for an order under section 21(1)
   or (4) of the Housing Act 1988 requiring you to give up possession.
   Address of premises:  ⟪SadO⟫  ⟪Spc⟫
3. This notice is valid for six months only from the date of issue .
4. Name and address of landlord
   ⟪Ll⟫
   ⟪Llad⟫  ⟪Llpc⟫
   Signed on behalf of the landlord by agent:
   ⟪Ag⟫ , Cityside Lettings  Tel ⟪Agph⟫  ⟪Agem⟫
   Date  28/O6/2O24               ~_ ⟪n.t|S.Lam⟫ _~   |
'''), P('''
[handwritten on reverse, photographed by PP and attached to nDelius]

⟪Snick⟫ brought this in 02/07/24. Says landlord Mr ⟪Lls⟫ wants flat back
for his son . Not a retaliatory eviction as far as she knows. Told her to
contact Council Housing Options ⟪Cph⟫ straight away - she has ⟪Lf⟫.
She asked that her ex (⟪Hus⟫) is NOT told where she moves to.
                                                        PP
'''), P('''
From: ⟪Ag⟫ <⟪Agem⟫>
Sent: O3 July 2O24 16:O2
To: ⟪Pom⟫ <⟪Poem⟫>
Subject: RE: Tenant at Flat 12 Harrow Court - ⟪Ssur⟫

Hi ⟪n.f|Hannah⟫,

Thanks for your call. I can confirm the notice on Ms ⟪Ssur⟫ is a no-fault
notice; Mr ⟪Llm⟫ wants the flat for family. Rent is up to date. We would
give a reference for her next landlord - she has been a good tenant since
2O21 (previous address on file: ⟪Shuad⟫, Hungary).

The landlord's address is ⟪Llad⟫ ⟪Llpc⟫ if the council need it. Please do
not give out my mobile; the office line is ⟪Agph⟫.

Kind regards
⟪Ag⟫ | Cityside Lettings
''')])

    # ---- doc 6: childcare funding eligibility letter (clean typed)
    b.doc('childcare-funding-eligibility-letter', [P('''
Marlow Cross City Council - Early Years and Childcare
⟪Cad⟫ ⟪Cpc⟫
Telephone ⟪Cph⟫   Email ⟪Cem⟫

Ms ⟪Sasc⟫
⟪Sad⟫
⟪Spc⟫

Our ref: EY/30H/5521                                        17 July 2024

Dear Ms ⟪Ssur⟫,

Child: ⟪L⟫   Date of birth: ⟪Ldob⟫

Thank you for your application for 30 hours funded childcare. I am pleased to
confirm that your eligibility code is valid from 1 September 2024. You told us
that you are working 16 hours a week and attending a court-ordered programme;
the programme hours do not count towards eligibility but the employment does.

You gave your National Insurance number as ⟪Sni⟫ and your date of birth
as ⟪Sdoben⟫. Your child's father, Mr ⟪Hussur⟫, is not part of your household
and his details have not been used.

We will send reminders to ⟪Sem⟫. If your circumstances change please
email us or call ⟪Cph⟫.

Yours sincerely

⟪Cw⟫
Early Years Funding Officer
⟪Cwem⟫
''')])

    # ---- doc 7: unpaid work minibus transport manifest (OCR printout)
    tab = T(b, [
        ['Pick-up', 'Name', 'CRN / ref', 'Contact', 'Notes'],
        ['-------', '-------------', '---------', '------------', '-----------'],
        ['07:50 depot', '⟪U1s⟫', '[withheld]', '⟪U1ph⟫', 'hi-vis own'],
        ['08:05 Tesco', '⟪U2s⟫', '[withheld]', '⟪U2ph⟫', 'female - front'],
        ['08:10 Weaver St', '⟪Sc⟫', '⟪Scrn⟫', '⟪Sph⟫', 'light duties'],
        ['08:20 Brook Tce', '⟪U3s⟫', '[withheld]', '-', 'lives ⟪U3ad⟫'],
    ])
    b.doc('unpaid-work-project-transport-manifest', [P('''
COMMUNITY PAYBACK - MINIBUS MANIFEST          Sat 18/O5/2O24   Bus 2 (MX-3)
Depot: ⟪Pad⟫  ⟪Ppc⟫
Supervisor/driver: ⟪Sup⟫  ⟪Supph⟫

''') + tab + P('''

Returns: 15:30 depot. Female workers must not be last drop without a second
member of staff  (⟪U2⟫ / ⟪Sasc⟫).
Radio check [x]   First aid kit [x]   Headcount out 4 / back [illegible]
'''), P('''
COMMUNITY PAYBACK - SITE SIGN-IN  (scanned, handwritten)   18/O5/2O24  p.2
Project: Canal towpath clearance, lock 14-16      Supervisor: ⟪Sups⟫

 Name                 In      Out     Hrs   Signature
 ⟪n.t|DOYLE K⟫              O8:2O   15:1O   6.5   [signed]
 ⟪n.t|AKHTAR S⟫             O8:2O   15:1O   6.5   [signed]
 ⟪Sasc⟫       O8:2O   12:OO   3.5   ~ ⟪n.s|E Szabo⟫ ~ (left early - childcare)
 ⟪n.t|FARRANT L⟫            O8:3O   15:1O   6.O   [signed]
 ⟪U4⟫   [absent - rang in sick 07:40]

Supervisor's note: ⟪Snick⟫ (⟪Sasc⟫) worked within light-duty limits. Asked if
her hours can move to weekdays; refer to PP ⟪Pos⟫ ⟪Poph⟫.
Signed ~~ ⟪n.f|G.Fenwick⟫ ~~
''')])

    # ---- doc 8: prescription prepayment certificate application (OCR of paper form)
    b.doc('prescription-prepayment-certificate-application-ocr', [P('''
NHS  Prescription Prepayment Certificate (PPC) - application     FP95 [?]
Return to: ⟪Bad⟫ ⟪Bpc⟫     Helpline ⟪Bph⟫

1  Title   Ms      Surname  ⟪Ssur⟫          First name(s)  ⟪n.s|Erzsebet Anna⟫
2  Date of birth  ⟪SdobO⟫        NHS number ⟪SnhsO⟫
3  Address        ⟪SadO⟫
   Postcode       ⟪Spc⟫
4  Phone          ⟪Sph⟫     Email ⟪Sem⟫
5  Certificate    [ ] 3 month   [x] 12 month (direct debit)  [ ] 12 month card
6  Payment card (if paying in full):  ⟪ScardO⟫  exp 11/26
   Name on card   ⟪n.s|E SZABO⟫
7  Start date     O1/O6/2O24

Declaration: I declare the information I have given is correct and complete.
Signature  ~ ⟪n.s|Erzsebet Sz.⟫ ~              Date  24/O5/2O24
'''), P('''
PHARMACY USE (form handed in at pharmacy)                         page 2
Pharmacy:  Lock Lane Pharmacy (NHS community pharmacy contractor)
Pharmacist: ⟪Ph⟫   - checked ID: [x] bank card  [ ] passport
Customer told us her name in Hungarian order (⟪Shu⟫); form completed
in English order. Medicines on repeat: salbutamol, naproxen, [illegible].
GP: Dr ⟪Gps⟫, ⟪Gad⟫
Card number above was read back to the customer and confirmed: ⟪Scard⟫.
Sent to PPC Team ⟪Bph⟫ on 24/05/2024.   ⟪Phs⟫   [stamp]  _|~
''')])
    return b


# =========================================================================== BUNDLE 3
# Yoruba Nigerian-British man, suspect in a police major investigation (Operation
# LARKSPUR).  English first name Daniel, Yoruba name Olumide ("Mide"), oriki Ajani.

def bundle3():
    b = Bundle('eval21-03', {
        'name': 'Daniel Olumide Ajani ADEYEMI',
        'aliases': ['Daniel ADEYEMI', 'Olumide ADEYEMI', 'ADEYEMI, Daniel Olumide', 'Mide',
                    'Ajani', 'Dan Adeyemi', 'D. O. ADEYEMI'],
        'date_of_birth': '1996-07-22',
        'identifiers': {'ni_number': 'PE 61 92 44 D', 'pnc': '2014/0377105J',
                        'cro': '440871/15E', 'nhs_number': '999 273 5910'},
        'contact': {'addresses': ['Flat 6, Kingfisher House, 22 Albion Row, Ashgrove ZB4 6HT',
                                  '5 Sorrel Way, Fellbridge ZF3 9AL'],
                    'phones': ['07700 900154', '07700 900198'],
                    'emails': ['mide.adeyemi@example.com']},
    })
    E = b.ent
    E('S', 'n.s', 'Daniel Olumide Ajani ADEYEMI')
    E('S2', 'n.s', 'Daniel ADEYEMI')
    E('S3', 'n.s', 'Olumide ADEYEMI')
    E('Sc', 'n.s', 'ADEYEMI, Daniel Olumide')
    E('ScO', 'n.s', 'ADEYEMl, Danie1 Olumide')
    E('Sm', 'n.s', 'Daniel Adeyemi')
    E('Sdan', 'n.s', 'Dan Adeyemi')
    E('Sin', 'n.s', 'D. O. ADEYEMI')
    E('Ssur', 'n.s', 'Adeyemi')
    E('SSUR', 'n.s', 'ADEYEMI')
    E('Smide', 'n.s', 'Mide')
    E('Saj', 'n.s', 'Ajani')
    E('Sdan1', 'n.s', 'Daniel')
    E('Solu', 'n.s', 'Olumide')
    E('Sdob', 'dob.s', '22/07/1996', dob='1996-07-22')
    E('Sdob2', 'dob.s', '22.07.1996', dob='1996-07-22')
    E('SdobO', 'dob.s', '22/O7/l996', clean='22/07/1996', dob='1996-07-22')
    E('Sdob3', 'dob.s', '22 July 1996', dob='1996-07-22')
    E('Spnc', 'pnc.s', '2014/0377105J')
    E('Spnc2', 'pnc.s', '14/377105J')
    E('Scro', 'cro.s', '440871/15E')
    E('Sni', 'ni.s', 'PE 61 92 44 D')
    E('Snhs', 'nhs.s', '999 273 5910')
    E('SnhsO', 'nhs.s', '999273 59lO', clean='999273 5910')
    E('Sdl', 'dl.s', 'ADEYE907226DO9XK')
    E('SdlO', 'dl.s', 'ADEYE 9O7226 DO9XK', clean='ADEYE 907226 DO9XK')
    E('Svr', 'vr.s', 'KX19 BFN')
    E('Spp', 'pp.s', '533918274')
    E('Ssc', 'sc.s', '20-31-58')
    E('Sac', 'ac.s', '55017293')
    E('Sib', 'ib.s', 'GB22 BARC 2031 5855 0172 93')
    E('Scard', 'card.s', '4532 0198 7654 3215')
    E('Sip', 'ip.s', '203.0.113.47')
    E('Sip6', 'ip.s', '2001:db8:4a::1c')
    E('Sad', 'ad.s', 'Flat 6, Kingfisher House, 22 Albion Row, Ashgrove')
    E('SadO', 'ad.s', 'F1at 6, Kingfisher House, 22 A1bion Row, Ashgrove')
    E('Spc', 'pc.s', 'ZB4 6HT')
    E('SpcO', 'pc.s', 'ZB4 GHT', clean='ZB4 6HT')
    E('Sad2', 'ad.s', '5 Sorrel Way, Fellbridge')
    E('Spc2', 'pc.s', 'ZF3 9AL')
    E('Sph', 'ph.s', '07700 900154')
    E('Sph2', 'ph.s', '07700 900198')
    E('Sph2b', 'ph.s', '07700900198')
    E('Sem', 'em.s', 'mide.adeyemi@example.com')
    # third parties
    E('Mo', 'n.t', 'Folasade ADEYEMI')
    E('Mom', 'n.t', 'Folasade Adeyemi')
    E('Mor', 'n.t', 'Abike')
    E('Moad', 'ad.t', '91 Hawthorn Drive, Ashgrove')
    E('Mopc', 'pc.t', 'ZB5 2PE')
    E('Moph', 'ph.t', '0113 496 0377')
    E('Fa', 'n.t', 'Samuel Adebowale ADEYEMI')
    E('Sis', 'n.t', 'Grace Temitope ADEYEMI')
    E('Sisf', 'n.t', 'Temitope')
    E('Sisph', 'ph.t', '07700 900281')
    E('Gm', 'n.t', 'Comfort Ayoka OGUNLEYE')
    E('Pa', 'n.t', 'Chloe BRANDT')
    E('Pam', 'n.t', 'Chloe Brandt')
    E('Paf', 'n.t', 'Chloe')
    E('Pavr', 'vr.t', 'YR70 LMG')
    E('Paph', 'ph.t', '07700 900319')
    E('V', 'n.t', 'Tyrone BAILEY')
    E('Vm', 'n.t', 'Tyrone Bailey')
    E('Vf', 'n.t', 'Tyrone')
    E('Vs', 'n.t', 'Bailey')
    E('Vdob', 'dob.t', '30/01/1995', dob='1995-01-30')
    E('K', 'n.t', 'Kwame ASANTE')
    E('Kn', 'n.t', 'K-Dot')
    E('Ks', 'n.t', 'Asante')
    E('Kph', 'ph.t', '07700 900447')
    E('W1', 'n.t', 'Edna PIKE')
    E('W1s', 'n.t', 'Pike')
    E('W1ad', 'ad.t', '88 Foundry Street, Ashgrove')
    E('W1pc', 'pc.t', 'ZB4 1NX')
    E('Bk', 'n.t', 'Ruth ELLERY')
    E('Bkem', 'em.t', 'disclosure.team@midcountiesbank.example.com')
    E('Tx1', 'n.t', 'J OSEI')
    E('Tx2', 'n.t', 'MS F ADEYEMI')
    E('Tx3', 'n.t', 'C BRANDT')
    E('Sol', 'n.t', 'Ifeoma NWOSU')
    E('Solph', 'ph.t', '020 7946 0733')
    # staff
    E('Sio', 'n.f', 'Sarah OKAFOR')
    E('Sios', 'n.f', 'Okafor')
    E('Ds', 'n.f', 'Neil CRABTREE')
    E('Dss', 'n.f', 'Crabtree')
    E('Dsph', 'ph.f', '07700 900905')
    E('Dc', 'n.f', 'Amrit SOHAL')
    E('Dcs', 'n.f', 'Sohal')
    E('Dcem', 'em.f', 'amrit.sohal@eastmarch.police.example.uk')
    E('Pc1', 'n.f', 'Jodie LOMAX')
    E('Pc1s', 'n.f', 'Lomax')
    E('Pc2', 'n.f', 'Ben HARKER')
    E('Pc2s', 'n.f', 'Harker')
    E('Csi', 'n.f', 'Owen PRITCHARD')
    E('Csis', 'n.f', 'Pritchard')
    E('Ps', 'n.f', 'Leah Varma')
    E('Ed', 'n.f', 'Imran Qureshi')
    E('Eds', 'n.f', 'Qureshi')
    E('Nu', 'n.f', 'S. Wainwright')
    E('Pol', 'n.f', 'Gemma FROST')
    E('Int', 'n.f', 'Lucy ARMITAGE')
    # public bodies
    E('Pad', 'ad.b', 'Whitmore House, Station Road, Ashgrove')
    E('Ppc', 'pc.b', 'ZB2 3QP')
    E('Pph', 'ph.b', '0113 496 0500')
    E('Pem', 'em.b', 'mit.east@eastmarch.police.example.uk')
    E('Had', 'ad.b', 'Infirmary Hill, Ashgrove')
    E('Hpc', 'pc.b', 'ZB3 1RA')
    E('Hph', 'ph.b', '0113 496 0800')
    E('Hfx', 'ph.b', '0113 496 0801')
    E('HfxO', 'ph.b', 'Ol13 496 O8Ol')
    b.note('phone', 'Ol13 496 O8Ol', clean='0113 496 0801')
    b.bodies = [
        ('Eastmarch Police - Major Investigation Team', ['0113 496 0500'], ['ZB2 3QP'],
         ['Whitmore House, Station Road, Ashgrove'], ['mit.east@eastmarch.police.example.uk']),
        ('Ashgrove Royal Infirmary', ['0113 496 0800', '0113 496 0801', 'Ol13 496 O8Ol'],
         ['ZB3 1RA'], ['Infirmary Hill, Ashgrove'], []),
    ]

    # ---- doc 1: crime scene cordon entry log (handwritten, OCR)
    rows = [
        ['Time in', 'Name / rank', 'Role', 'Reason', 'Out'],
        ['23:58', 'PC ⟪Pc1⟫', 'scene guard', 'first officer', '-'],
        ['00:41', 'DS ⟪Ds⟫', 'MIT', 'initial assessment', '01:02'],
        ['01:15', 'CSI ⟪Csi⟫', 'CSI', 'photography [illegible]', '04:30'],
        ['01:20', 'Dr ⟪n.f|L. Varma⟫', 'FME/pathol. [?]', 'life pronounced extinct 00:19', '01:44'],
        ['02:05', 'DCI ⟪Sio⟫', 'SIO', 'walk-through', '02:25'],
        ['03:10', 'PC ⟪Pc2⟫', 'relief guard', 'handover from PC ⟪Pc1s⟫', '-'],
    ]
    b.doc('crime-scene-cordon-entry-log', [P('''
EASTMARCH POLICE        SCENE LOG - INNER CORDON          Sheet 1 of 2
Op LARKSPUR     Scene: alleyway to rear of ⟪W1ad⟫ ⟪W1pc⟫
Opened: 03/O3/2O24 23:58 by PC ⟪Pc1⟫    Common approach path: [illegible]

''') + T(b, rows) + P('''

Persons refused entry: 00:3O male stating he was the deceased's cousin, gave
name "⟪n.t|Jerome⟫" only, no ID - directed to outer cordon.  ~|
Occupier of No. 88 (Mrs ⟪W1s⟫) spoke to PC ⟪Pc1s⟫ at 00:10 - see PNB.
'''), P('''
SCENE LOG - INNER CORDON      Op LARKSPUR     Sheet 2 of 2
Victim (per SIO briefing 02:25): ⟪V⟫ , DOB ⟪Vdob⟫
----------------------------------------------------------------------------
04:30  CSI ⟪Csis⟫ out - exhibits OP/1 - OP/9 to store
05:50  DC ⟪Dc⟫ in - house to house start [x] No. 86 [x] No. 88 [ ] No. 90
06:15  Named suspect circulated: ⟪ScO⟫ , DOB ⟪SdobO⟫
       vehicle ⟪Svr⟫ (silver Golf) - ANPR request submitted by DC ⟪Dcs⟫
07:00  Scene handed to day relief.  Log closed by PC ⟪Pc2s⟫   ~~ ⟪n.f|B Harker⟫ ~~
                                                            |  _
''')])

    # ---- doc 2: premises search debrief sheet (OCR typed form)
    b.doc('premises-search-debrief-sheet', [P('''
EASTMARCH POLICE - SEARCH DEBRIEF          Form SRCH/4            Page 1 of 2
Authority: s.18 PACE (Insp. auth. 04/O3/24 05:40)    Op LARKSPUR

Premises:  ⟪SadO⟫  ⟪SpcO⟫
Occupier:  ⟪ScO⟫   DOB ⟪SdobO⟫
Other occupants present:  ⟪Pa⟫ (partner) - not arrested; sister
                          ⟪Sisf⟫ arrived 07:15, kept outside
Search team: DS ⟪Ds⟫ (OIC), PC ⟪Pc2⟫, PC ⟪Pc1⟫, POLSA ⟪Pol⟫

Items seized:
 OP/21  Black hoodie (bedroom 1 , wardrobe)
 OP/22  iPhone, cracked screen, in name "⟪Smide⟫" (lock screen)
 OP/23  Card - "Naming ceremony" - contains handwritten numbers (see transcript)
 OP/24  Photocard driving licence ⟪SdlO⟫
 OP/25  Debit card ending 3215 (in wallet with £40 cash)
 OP/26  Passport no. ⟪Spp⟫ (British)
 OP/27  Keys - VW fob - for ⟪Svr⟫
'''), P('''
SRCH/4   Op LARKSPUR   Premises: Flat 6 (⟪SSUR⟫)              Page 2 of 2
Damage:  front door (enforced entry) - [x] made secure  [ ] board-up requested
Occupier's comments:  "That's my old phone, the new one is at my mum's."
   (DS ⟪Dss⟫: mother ⟪Mo⟫ lives ⟪Moad⟫ ⟪Mopc⟫; not searched)
Partner's vehicle ⟪Pavr⟫ parked outside - not seized, ⟪Paf⟫ given receipt
Copy of Notice of Powers and Rights given to:  ⟪Pam⟫  [x]
Signed (OIC)  ~~ ⟪n.f|N Crabtree⟫ ~~     ⟪Dsph⟫ (job mobile)
'''), P('''
SRCH/4  - RECEIPT FOR PROPERTY SEIZED (copy to occupier)        Page 3 of 3
Received from:  ⟪Sm⟫  at  ⟪Sad⟫ ⟪Spc⟫
Date of birth:  ⟪Sdob⟫     Tel (given): ⟪Sph⟫

Exh    Item                                     Owner (as stated)
OP/22  iPhone (cracked)                         "⟪Smide⟫" - suspect
OP/23  Naming ceremony card                     mother ⟪Mom⟫
OP/24  Driving licence ⟪Sdl⟫          suspect
OP/25  Debit card ⟪Scard⟫           suspect
OP/26  Passport ⟪Spp⟫                       suspect
OP/28  Laptop (HP, grey)                        ⟪Pam⟫ - partner [?]

Receipt given to: ⟪n.t|Chloe B.⟫ (occupier absent - in custody)
Officer: PC ⟪Pc2⟫           Witness: PC ⟪Pc1⟫
''')])

    # ---- doc 3: bank production order response schedule (clean typed)
    tx = T(b, [
        ['Date', 'Description', 'Out', 'In'],
        ['01/03/2024', 'FPS TO ⟪Tx1⟫ REF RENT', '250.00', ''],
        ['01/03/2024', 'FPS FROM ⟪Tx2⟫ REF FOOD', '', '60.00'],
        ['02/03/2024', 'CARD 3215 SHELL ALBION ROW', '38.50', ''],
        ['03/03/2024', 'CARD 3215 BP FOUNDRY ST 22:41', '12.00', ''],
        ['04/03/2024', 'FPS TO ⟪Tx3⟫ REF BILLS', '100.00', ''],
    ], indent='  ')
    b.doc('bank-production-order-response-schedule', [P('''
Midland Counties Bank plc - Law Enforcement Liaison
Production Order response - Schedule A                     Our ref LEL/24/0913

To:    DC ⟪Dc⟫, Eastmarch Police MIT, ⟪Pad⟫ ⟪Ppc⟫
       ⟪Dcem⟫
From:  ⟪Bk⟫, Disclosure Team, ⟪Bkem⟫

Account holder:  ⟪Sm⟫ (Mr)             DOB ⟪Sdob⟫
Also held as:    ⟪Sin⟫ (card embossing)
Sort code:       ⟪Ssc⟫          Account number: ⟪Sac⟫
IBAN:            ⟪Sib⟫
Debit card:      ⟪Scard⟫  (expires 09/27)
Address history: ⟪Sad⟫ ⟪Spc⟫ (from 02/2022)
                 ⟪Sad2⟫ ⟪Spc2⟫ (2019 - 02/2022)
Registered mobile ⟪Sph⟫; previous ⟪Sph2⟫.  E-mail ⟪Sem⟫

Transactions 01/03/2024 - 04/03/2024:
''') + tx + P('''

Online banking logons 03/03/2024: 21:14 from ⟪Sip⟫ ; 23:52 from
⟪Sip6⟫ (mobile app).  Device registered to account holder.
'''), P('''
Midland Counties Bank plc      LEL/24/0913      ⟪Sc⟫      Page 2 of 2

Notes for the investigator:
1. Payee "⟪Tx1⟫" - a third-party account held at another bank; we hold no
   further details.
2. The customer calls himself "⟪Sdan⟫" in the app profile.
3. "⟪Tx2⟫" pays in regularly; this is consistent with a family member.
4. Linked savings account in joint names of the account holder and
   ⟪Pam⟫ was closed in 2023.

This schedule is provided under the terms of the Order and must not be
disclosed to the account holder.
⟪Bk⟫
''')])

    # ---- doc 4: transcription of seized naming-ceremony card (OP/23)
    b.doc('seized-document-transcription', [P('''
EASTMARCH POLICE - TRANSCRIPT OF SEIZED DOCUMENT      Exhibit OP/23
Transcribed by DC ⟪Dc⟫ 06/03/2024.  Original: printed card with handwriting.
Yoruba words translated by ⟪Int⟫ (Force interpreter).

[printed - front]
   You are warmly invited to the Naming Ceremony (Isomoloruko) of the
   baby son of Mr & Mrs ⟪Fa⟫
   Names:  ⟪n.s|Daniel Olumide Ajani⟫
   ("⟪Solu⟫ - my God has come";  "⟪Saj⟫ - one who is fought over to be had")
   Date of birth:  ⟪Sdob3⟫
   Venue: Celestial Hall [illegible] , Ashgrove
   R.S.V.P. Mrs ⟪Mom⟫ (⟪Mor⟫) ⟪Moph⟫

[handwritten - inside back, blue ink]
   Grandma ⟪Gm⟫ - 1996 - "my ⟪Saj⟫ ...  [illegible] ... always"
   ⟪Kn⟫  ⟪Kph⟫
   ⟪n.t|Temi⟫ ⟪Sisph⟫ [?]
   ⟪n.t|Chlo⟫  [number illegible]
   my old no ⟪Sph2b⟫

Note by transcriber: "⟪Kn⟫" is believed to be ⟪K⟫ (see OIC report).
"⟪n.t|Temi⟫" is believed to be the suspect's sister ⟪Sis⟫ ("⟪Sisf⟫").
''')])

    # ---- doc 5: suspect interview plan (clean typed)
    b.doc('suspect-interview-plan', [P('''
OFFICIAL-SENSITIVE                                   OPERATION LARKSPUR
SUSPECT INTERVIEW PLAN - TIER 3                                Page 1 of 2

Suspect:            ⟪Sc⟫ ("⟪Smide⟫", "⟪Saj⟫")
Full name (PNC):    ⟪S⟫
DOB:                ⟪Sdob⟫         PNC: ⟪Spnc⟫   CRO: ⟪Scro⟫
NI number:          ⟪Sni⟫ (from DWP check)
Custody at:         Ashgrove Custody Suite
Solicitor:          ⟪Sol⟫ (Nwosu & Co) ⟪Solph⟫
Interviewing team:  DC ⟪Dc⟫ (lead), DS ⟪Ds⟫ (second)
Interview adviser:  DCI ⟪Sio⟫ (SIO)

Topics:
 T1  Account of movements 3 March 2024 from 20:00.
 T2  Relationship with the deceased ⟪Vm⟫ ("⟪Vf⟫").
 T3  Association with ⟪K⟫ ("⟪Kn⟫") - phone ⟪Kph⟫ in seized card.
 T4  Card transaction 22:41 BP Foundry St - 150 m from scene.
 T5  Logon from ⟪Sip6⟫ at 23:52.
 T6  Hand injury - A&E attendance 04/03 01:30 (see hospital return).
'''), P('''
SUSPECT INTERVIEW PLAN - ⟪SSUR⟫ - Op LARKSPUR                   Page 2 of 2
Pre-interview disclosure (stage 1): scene, time of death, vehicle
⟪Svr⟫ sighting.  NOT to be disclosed: witness ⟪W1⟫ identity, bank data.

Welfare: suspect is not known to mental health services. Mother
(⟪Mom⟫) asked to be told he is safe - FLO not deployed (suspect family).
Previous: caution 2014 (⟪Spnc2⟫) - possession of cannabis.

Special warning (s.36/37 CJPOA) to be considered re injury to right hand.
Prepared by DC ⟪Dcs⟫, approved DCI ⟪Sios⟫.
'''), P('''
SUSPECT INTERVIEW PLAN - ⟪SSUR⟫ - Op LARKSPUR            Annex A (page 3)
PERSONS AND NUMBERS WHICH MAY BE PUT TO THE SUSPECT
''') + T(b, [
        ['Ref', 'Person', 'Link', 'Detail to put'],
        ['P1', '⟪Vm⟫', 'deceased', 'DOB ⟪Vdob⟫; known to suspect since school'],
        ['P2', '⟪K⟫ ("⟪Kn⟫")', 'associate', '⟪Kph⟫ - 14 calls with ⟪Sph⟫ on 03/03'],
        ['P3', '⟪Pa⟫', 'partner', '⟪Paph⟫; car ⟪Pavr⟫; drove him to A&E?'],
        ['P4', '⟪Sis⟫', 'sister', '⟪Sisph⟫ - 1 call 23:58'],
        ['P5', '⟪Mo⟫', 'mother', '⟪Moad⟫ ⟪Mopc⟫ / ⟪Moph⟫'],
        ['P6', '⟪W1⟫', 'witness', 'DO NOT NAME - "a neighbour"'],
        ['S', '⟪Sdan⟫', 'suspect', 'old no. ⟪Sph2⟫; e-mail ⟪Sem⟫'],
    ]) + P('''

Interpreter: not required (suspect born in UK, speaks English and some Yoruba).
Appropriate adult: not required.  Custody contact: Ashgrove custody ⟪Pph⟫.
''')])

    # ---- doc 6: hospital records enquiry fax return (OCR fax)
    b.doc('hospital-records-enquiry-fax-return', [P('''
O5/O3/2O24 14:O7   FROM: ⟪HfxO⟫   ASHGROVE ROYAL INF - ED       P. 1/2
-----------------------------------------------------------------------------
ASHGROVE ROYAL INFIRMARY - EMERGENCY DEPARTMENT
⟪Had⟫ ⟪Hpc⟫    Switchboard ⟪Hph⟫

RESPONSE TO POLICE REQUEST FOR INFORMATION (DPA 2018 Sch 2 para 2)
Requesting officer:  DC ⟪Dc⟫  , Eastmarch MIT   ⟪Pem⟫

Patient:     ⟪ScO⟫
D.O.B.:      ⟪SdobO⟫         NHS no: ⟪SnhsO⟫
Address:     ⟪SadO⟫ ⟪SpcO⟫
NOK:         Mother - Mrs ⟪Mo⟫ ⟪Moph⟫

Arrived 04/O3/2O24 01:28 (walk-in, accompanied by female "⟪Paf⟫").
Triage: laceration R palm approx 3 cm, clean edges [?]. Pt states
"cut it on a glass at home".
'''), P('''
O5/O3/2O24 14:O8   FROM: ⟪HfxO⟫   ASHGROVE ROYAL INF - ED       P. 2/2
-----------------------------------------------------------------------------
Re: ⟪n.s|ADEYEMI Daniel⟫ (AKA ⟪S3⟫)   NHS ⟪Snhs⟫
Seen by Dr ⟪Ed⟫ (ED registrar) 02:10. Wound irrigated, 4 sutures,
tetanus up to date. Discharged 03:05 to GP.
Triage nurse: ⟪Nu⟫.

Information released by: Information Governance, ARI.  The clinician
Dr ⟪Eds⟫ may be contacted via switchboard only. Reply fax ⟪Hfx⟫.     | ~  _
''')])

    # ---- doc 7: forensic strategy meeting minutes (clean typed)
    b.doc('forensic-strategy-meeting-minutes', [P('''
OPERATION LARKSPUR - FORENSIC STRATEGY MEETING No. 2          07/03/2024
Venue: MIT conference room, ⟪Pad⟫ ⟪Ppc⟫ (switchboard ⟪Pph⟫)

Present: DCI ⟪Sio⟫ (SIO, chair); DS ⟪Ds⟫; DC ⟪Dc⟫; CSI ⟪Csi⟫;
         ⟪Ps⟫ (Home Office pathologist, by Teams); POLSA ⟪Pol⟫.

1. Post-mortem: cause of death single stab wound, ⟪Vs⟫ (victim).
2. Suspect ⟪S2⟫: fingernail scrapings and R-hand swabs taken in custody.
   Driving licence ⟪Sdl⟫ confirms DOB ⟪Sdob2⟫ and address; DVLA
   record shows previous address ⟪Sad2⟫, ⟪Spc2⟫.
3. Vehicles: ⟪Svr⟫ (suspect) lifted to lab; ⟪Pavr⟫ (partner ⟪Pa⟫)
   - no grounds, photographed only.
4. Digital: OP/22 download. Subscriber checks on ⟪Sph⟫ and ⟪Sph2⟫ (suspect),
   ⟪Kph⟫ (⟪Ks⟫), ⟪Paph⟫ (⟪Paf⟫). ⟪Sem⟫ - preservation request to provider.
5. Witness ⟪W1⟫ (No. 88) - footwear elimination impressions to be taken.
6. Victim's family: FLO DC ⟪n.f|Priya BHANDARI⟫ deployed; family not told of arrest.

Actions: A41 DC ⟪Dcs⟫; A42 CSI ⟪Csis⟫; A43 DS ⟪Dss⟫.
Next meeting 14/03/2024.  Minutes: ⟪Pem⟫
''')])

    # ---- doc 8: photocopy of photocard driving licence (OCR)
    b.doc('photocard-driving-licence-photocopy-ocr', [P('''
[photocopy of exhibit OP/24 - front]       DRIVING LICENCE   UK
1. ⟪SSUR⟫
2. ⟪n.s|DANIEL OLUMIDE AJANI⟫
3. ⟪Sdob2⟫  UNITED KINGDOM
4a. 12.O8.2O19   4b. 11.O8.2O29   4c. DVLA
5. ⟪Sdl⟫ 01
7.  ~~⟪n.s|D Adeyemi⟫~~
8. ⟪Sad⟫
   ⟪Spc⟫
9. AM/B/BE/f/k/l/p/q
[reverse - OCR]  restrictions: 01 [illegible]
photocopied by DC ⟪Dcs⟫ 04/O3/2O24
''')])
    return b


# =========================================================================== BUNDLE 4
# Irish Traveller woman, mother in public-law family proceedings (family court).
# Known as "Bridgie", "Biddy" and, in the family, "Bridgie Francie" (after her father
# Francie).  Several relatives share the surname McDONAGH; her partner's family are WARDs.

def bundle4():
    b = Bundle('eval21-04', {
        'name': 'Bridget Mary McDONAGH',
        'aliases': ['Bridgie', 'Biddy', 'Bridgie Francie', 'Bridget Ward',
                    'McDONAGH, Bridget', 'Bridget McDonagh', 'B. McDonagh'],
        'date_of_birth': '1999-05-17',
        'identifiers': {'ni_number': 'WL 38 20 71 A', 'nhs_number': '999 850 4368'},
        'contact': {'addresses': ['Pitch 7, Furze Lane Traveller Site, Hollinbrook YL4 2PJ',
                                  'Bay 3, Riverside Park, Dunmere Road, Kestrel Vale ZH2 5BW'],
                    'phones': ['07700 900562', '07700 900515'],
                    'emails': ['bridgie.mcd@example.com']},
    })
    E = b.ent
    E('S', 'n.s', 'Bridget Mary McDONAGH')
    E('Sc', 'n.s', 'McDONAGH, Bridget')
    E('ScO', 'n.s', 'McD0NAGH, Bridget')
    E('Sm', 'n.s', 'Bridget McDonagh')
    E('Sb', 'n.s', 'B. McDonagh')
    E('Sup', 'n.s', 'BRIDGET McDONAGH')
    E('Sw', 'n.s', 'Bridget Ward')
    E('Sf', 'n.s', 'Bridget')
    E('Sn1', 'n.s', 'Bridgie')
    E('Sn2', 'n.s', 'Biddy')
    E('Sn3', 'n.s', 'Bridgie Francie')
    E('Sdob', 'dob.s', '17/05/1999', dob='1999-05-17')
    E('SdobO', 'dob.s', '17/O5/1999', clean='17/05/1999', dob='1999-05-17')
    E('Sdob2', 'dob.s', '17 May 1999', dob='1999-05-17')
    E('Sdob3', 'dob.s', '17.5.99', dob='1999-05-17')
    E('Snhs', 'nhs.s', '999 850 4368')
    E('SnhsO', 'nhs.s', '999 85O 4368', clean='999 850 4368')
    E('Sni', 'ni.s', 'WL 38 20 71 A')
    E('SniO', 'ni.s', 'WL3B2O71A', clean='WL382071A')
    E('Sad', 'ad.s', 'Pitch 7, Furze Lane Traveller Site, Hollinbrook')
    E('SadO', 'ad.s', 'Pitch 7, Furze Lane Trave1ler Site, Hol1inbrook')
    E('Spc', 'pc.s', 'YL4 2PJ')
    E('SpcO', 'pc.s', 'YL4 2PI')
    E('Sad2', 'ad.s', 'Bay 3, Riverside Park, Dunmere Road, Kestrel Vale')
    E('Spc2', 'pc.s', 'ZH2 5BW')
    E('Sph', 'ph.s', '07700 900562')
    E('SphO', 'ph.s', '07700 9OO562', clean='07700 900562')
    E('Sph2', 'ph.s', '07700 900515')
    E('Sem', 'em.s', 'bridgie.mcd@example.com')
    # family / third parties
    E('P', 'n.t', 'Martin WARD')
    E('Pm', 'n.t', 'Martin Ward')
    E('Pn', 'n.t', 'Cutty')
    E('Pnf', 'n.t', 'Cutty Ward')
    E('Pdob', 'dob.t', '02/10/1996', dob='1996-10-02')
    E('Pph', 'ph.t', '07700 900596')
    E('Pad', 'ad.t', 'Pitch 12, Furze Lane Traveller Site, Hollinbrook')
    E('C1', 'n.t', 'Kathleen WARD')
    E('C1m', 'n.t', 'Kathleen Ward')
    E('C1f', 'n.t', 'Kathleen')
    E('C1n', 'n.t', 'Katie')
    E('C1dob', 'dob.t', '03/08/2019', dob='2019-08-03')
    E('C2', 'n.t', 'John-Joe WARD')
    E('C2f', 'n.t', 'John-Joe')
    E('C2dob', 'dob.t', '11/01/2022', dob='2022-01-11')
    E('C2dob2', 'dob.t', '11 January 2022', dob='2022-01-11')
    E('Fa', 'n.t', 'Francis McDONAGH')
    E('Fan', 'n.t', 'Francie')
    E('Mo', 'n.t', 'Nora McDONAGH')
    E('Mon', 'n.t', 'Nora')
    E('Au', 'n.t', 'Winifred McDONAGH')
    E('Aum', 'n.t', 'Winifred McDonagh')
    E('Aun', 'n.t', 'Winnie')
    E('Aus', 'n.t', 'McDonagh')
    E('Audob', 'dob.t', '23/12/1971', dob='1971-12-23')
    E('Auad', 'ad.t', '16 Larch Crescent, Hollinbrook')
    E('Aupc', 'pc.t', 'YL3 7QD')
    E('Auph', 'ph.t', '0161 496 0958')
    E('Aup', 'n.t', 'Patrick "Packie" JOYCE')
    E('Sol', 'n.t', 'Aoife BRENNAN')
    E('Solem', 'em.t', 'aoife.brennan@brennanfamilylaw.example.co.uk')
    E('Ps', 'n.t', 'Darren KITCHEN')
    E('Pss', 'n.t', 'Kitchen')
    E('Dn', 'n.t', 'Helen RUDDOCK')
    E('Dns', 'n.t', 'Ruddock')
    E('Nm', 'n.t', 'Tracey BELL')
    E('Nms', 'n.t', 'Tracey')
    E('Nk', 'n.t', 'Jade')
    # staff
    E('Sw1', 'n.f', 'Kerry ASHWORTH')
    E('Sw1m', 'n.f', 'Kerry Ashworth')
    E('Sw1s', 'n.f', 'Ashworth')
    E('Sw1ph', 'ph.f', '07700 900811')
    E('Sw1em', 'em.f', 'kerry.ashworth@hollinbrook.example.gov.uk')
    E('Tm', 'n.f', 'Paul NDLOVU')
    E('G', 'n.f', 'Fiona MALLORY')
    E('Gs', 'n.f', 'Mallory')
    E('Gem', 'em.f', 'fiona.mallory@cafcass.example.gov.uk')
    E('Dj', 'n.f', 'Harwood')
    E('Hv', 'n.f', 'Amy CLOUGH')
    E('Hvs', 'n.f', 'Clough')
    E('Hvi', 'n.f', 'A. Clough')
    E('Hvph', 'ph.f', '0161 496 0612')
    E('Sm1', 'n.f', 'Terry MULCAHY')
    E('Sm1s', 'n.f', 'Mulcahy')
    E('Us', 'n.f', 'Gwen PARRY')
    # public bodies
    E('Cad', 'ad.b', 'Guildhall Square, Hollinbrook')
    E('Cpc', 'pc.b', 'YL1 3AA')
    E('Cph', 'ph.b', '0161 496 0200')
    E('Cem', 'em.b', 'family.hollinbrook@justice.example.gov.uk')
    E('Lad', 'ad.b', 'Town Hall, Bridge Street, Hollinbrook')
    E('Lpc', 'pc.b', 'YL1 6GN')
    E('Lph', 'ph.b', '0161 496 0300')
    E('Oad', 'ad.b', 'Site Office, Furze Lane, Hollinbrook')
    E('OadO', 'ad.b', 'Site 0ffice, Furze Lane, Hol1inbrook')
    E('Opc', 'pc.b', 'YL4 2PA')
    E('Oph', 'ph.b', '0161 496 0345')
    E('OphO', 'ph.b', '0161 496 O345')
    E('Kad', 'ad.b', 'Unit 4, Mill Yard, Hollinbrook')
    E('Kpc', 'pc.b', 'YL2 8RT')
    E('Kph', 'ph.b', '0161 496 0420')
    b.note('postcode', 'YL4 2PI', clean='YL4 2PJ')
    b.note('phone', '0161 496 O345', clean='0161 496 0345')
    b.bodies = [
        ('Hollinbrook Family Court', ['0161 496 0200'], ['YL1 3AA'],
         ['Guildhall Square, Hollinbrook'], ['family.hollinbrook@justice.example.gov.uk']),
        ("Hollinbrook Council Children's Services", ['0161 496 0300'], ['YL1 6GN'],
         ['Town Hall, Bridge Street, Hollinbrook'], []),
        ('Hollinbrook Council Gypsy and Traveller Sites', ['0161 496 0345', '0161 496 O345'],
         ['YL4 2PA'], ['Site Office, Furze Lane, Hollinbrook',
                       'Site 0ffice, Furze Lane, Hol1inbrook'], []),
        ('Cafcass Hollinbrook', ['0161 496 0420'], ['YL2 8RT'],
         ['Unit 4, Mill Yard, Hollinbrook'], []),
    ]

    # ---- doc 1: caravan site rent statement (OCR of council ledger printout)
    led = T(b, [
        ['Date', 'Detail', 'Charge', 'Paid', 'Balance'],
        ['O1/O4/24', 'Pitch fee wk 1-4', '342.OO', '', '342.OO'],
        ['O8/O4/24', 'Payment - cash (site office)', '', '1OO.OO', '242.OO'],
        ['15/O4/24', 'Payment - HB direct', '', '2O4.OO', '38.OO'],
        ['29/O4/24', 'Pitch fee wk 5-8', '342.OO', '', '38O.OO'],
        ['O2/O5/24', 'Payment - paid by ⟪Pm⟫', '', '5O.OO', '33O.OO'],
        ['2O/O5/24', 'Water/elec meter top-up', '25.OO', '', '355.OO'],
    ], indent=' ')
    b.doc('caravan-site-rent-statement', [P('''
HOLLINBROOK COUNCIL  - GYPSY & TRAVELLER SITES          STATEMENT OF ACCOUNT
⟪OadO⟫  ⟪Opc⟫   Tel ⟪OphO⟫

Licensee(s):   ⟪ScO⟫        Pitch ref: FL/07
Address:       ⟪SadO⟫ ⟪SpcO⟫
Second licensee: none  (⟪P⟫ holds pitch FL/12 - ⟪Pad⟫)
NI No (HB claim): ⟪SniO⟫

''') + led + P('''

 Arrears at 2O/O5/24: £355.OO     Arrangement: £25/wk from 27/O5/24
 Pay at: ⟪Oad⟫ ⟪Opc⟫ (Mon-Fri 9-12) or phone ⟪Oph⟫

 Site manager:  ⟪Sm1⟫    ~~ ⟪n.f|T.Mulcahy⟫ ~~        [stamp: SITE OFFICE]
 Note: tenant says arrears because she was at her aunt's in Kestrel Vale
 (old pitch ⟪Sad2⟫ ⟪Spc2⟫) for 3 weeks.    |  _
''')])

    # ---- doc 2: red book (personal child health record) extract (handwritten, OCR)
    b.doc('red-book-child-health-record-extract', [P('''
[Scan of Personal Child Health Record ("red book") pages 4-5, handwritten entries
 transcribed by OCR and checked by LA legal - some entries illegible]

Baby's name:  ⟪C1⟫  (⟪C1n⟫)            Date of birth: ⟪C1dob⟫
Mother:       ⟪Sm⟫ (⟪Sn1⟫)  DOB ⟪Sdob3⟫   NHS ⟪SnhsO⟫
Father:       ⟪Pm⟫ ("⟪Pn⟫")
Address:      ⟪Sad⟫ ⟪Spc⟫
Health visitor: ⟪Hv⟫   ⟪Hvph⟫
GP: [illegible] Medical Centre

Date      Wt     Comments                                     Sign
12/O9/19  3.9kg  Feeding well, Mum ⟪Sn2⟫ very attentive,        ⟪Hvi⟫
                 Nana ⟪Mo⟫ staying in trailer to help.
O4/11/19  5.1kg  Missed 6-8wk review - family travelling [?]    ⟪Hvi⟫
2O/O3/2O  6.8kg  Immunisations done. Mum asked HV to ring her
                 on new number ⟪Sph⟫ not ⟪Sph2⟫ (old phone lost)  ⟪Hvi⟫
'''), P('''
Red book p.5 (cont)      ⟪C1⟫            [page torn at corner]
O3/O8/2O  8.9kg  1st birthday. Well. Dad ⟪Pn⟫ present, says he works
                 tarmac with his uncle.                             ⟪Hvs⟫
15/O2/21  [illegible]  Bruise L shin - mum says fell off step of trailer.
                 Consistent [?]. Discussed with SW ⟪Sw1m⟫.        ⟪Hvs⟫
''')])

    # ---- doc 3: children's guardian initial analysis (clean typed, 2 pages)
    b.doc('childrens-guardian-initial-analysis', [P('''
IN THE FAMILY COURT SITTING AT HOLLINBROOK                Case no. HB24C00318
Re: ⟪C1⟫ (DOB ⟪C1dob⟫) and ⟪C2⟫ (DOB ⟪C2dob⟫)

CHILDREN'S GUARDIAN - INITIAL ANALYSIS AND RECOMMENDATIONS
Guardian: ⟪G⟫, Cafcass Hollinbrook, ⟪Kad⟫ ⟪Kpc⟫, ⟪Kph⟫

1. The parties
   Applicant:      Hollinbrook Council (social worker ⟪Sw1⟫)
   1st Respondent: ⟪S⟫ ("⟪Sn1⟫"), mother, DOB ⟪Sdob2⟫
   2nd Respondent: ⟪P⟫ ("⟪Pn⟫"), father of both children, DOB ⟪Pdob⟫

2. Names used in the family
   The mother is known within the Traveller community as "⟪Sn3⟫" - that is,
   ⟪Sn1⟫ the daughter of ⟪Fan⟫ (her father ⟪Fa⟫). Some agencies have
   recorded her as "⟪Sw⟫" although she and ⟪Pm⟫ are not married; records
   under that name should be linked to her. The father is known as "⟪Pn⟫"
   and "⟪Pnf⟫". ⟪C1f⟫ is called "⟪C1n⟫" at home.

3. Enquiries
   I have spoken with the mother, the father, the maternal grandmother
   ⟪Mo⟫, and the maternal aunt ⟪Au⟫ ("⟪Aun⟫"), who has put herself forward
   as a carer (see viability assessment by ⟪Sw1s⟫).
'''), P('''
Re ⟪C1f⟫ and ⟪C2⟫ - Guardian's initial analysis            Page 2

4. Analysis
   ⟪Sn1⟫ presents as a loving mother whose care has been undermined by the
   father's drinking and by the family's insecure accommodation after leaving
   ⟪Sad2⟫. The nursery (Little Acorns) reports good attendance when ⟪C1n⟫
   is brought by Nana ⟪Mon⟫ or ⟪Aun⟫.

5. Recommendations
   (a) Interim care orders are not necessary if ⟪C1f⟫ and ⟪C2f⟫ can remain with
       their mother at ⟪Sad⟫ under a written agreement.
   (b) Paternity of ⟪C2f⟫ is now confirmed (DNA report dated 02/05/2024).
   (c) The mother's solicitor ⟪Sol⟫ (⟪Solem⟫) and I will meet the
       mother on site; she prefers calls to ⟪Sph⟫ and has no reliable e-mail
       other than ⟪Sem⟫.

⟪G⟫, Children's Guardian     ⟪Gem⟫         10 May 2024
'''), P('''
Re ⟪C1f⟫ and ⟪C2⟫ - Guardian's initial analysis            Page 3
APPENDIX: PERSONS CONSULTED

''') + T(b, [
        ['Name', 'Role', 'Contact', 'Date'],
        ['⟪Sm⟫', 'mother', 'home visit, ⟪Sph⟫', '02/05/24'],
        ['⟪Pm⟫', 'father', 'pitch 12, ⟪Pph⟫', '02/05/24'],
        ['⟪Mo⟫', 'maternal grandmother', 'at mother\'s trailer', '02/05/24'],
        ['⟪Aum⟫', 'maternal aunt', '⟪Auph⟫', '03/05/24'],
        ['⟪Sw1m⟫', 'social worker (LA)', '⟪Sw1ph⟫', '29/04/24'],
        ['⟪Hv⟫', 'health visitor', '⟪Hvph⟫', '30/04/24'],
        ['⟪Nm⟫', 'nursery manager', 'Little Acorns', '30/04/24'],
        ['⟪Sm1⟫', 'site manager (LA)', 'site office ⟪Oph⟫', '01/05/24'],
    ]) + P('''

Records read: LA chronology; red book (copy); nursery log; police DV call-outs
to ⟪Sad⟫ (2 in 2023, both involving ⟪Pn⟫); previous LA records from
Kestrel Vale under the name "⟪Sw⟫".
''')])

    # ---- doc 4: paternity DNA test result letter (clean typed)
    b.doc('paternity-dna-test-result-letter', [P('''
Genelink Testing Ltd - Legal DNA Services      Chain of custody ref GL-24-55170

To: ⟪G⟫, Children's Guardian                            2 May 2024
    and the parties in HB24C00318

RELATIONSHIP TESTING REPORT - PATERNITY

Child:           ⟪C2⟫        DOB ⟪C2dob2⟫   sample by buccal swab
Mother:          ⟪S⟫   DOB ⟪Sdob⟫   NHS ⟪Snhs⟫
Alleged father:  ⟪P⟫          DOB ⟪Pdob⟫
Samples collected at ⟪Cad⟫ (court building) by ⟪n.t|Marek ZIELINSKI⟫ (sampler)
on 24/04/2024; identities confirmed by photographs and the court's list.

Result: the alleged father ⟪Pm⟫ cannot be excluded as the biological father of
⟪C2f⟫. Probability of paternity > 99.99%.

⟪Dn⟫, PhD, Reporting Scientist
Genelink Testing Ltd  ~  signed  ~  Dr ⟪Dns⟫
cc: ⟪Sb⟫ (mother) c/o ⟪Sol⟫; Hollinbrook Council legal
''')])

    # ---- doc 5: certificate of service by process server (OCR)
    b.doc('certificate-of-service-process-server', [P('''
                     CERTIFICATE OF SERVICE                    FP6 [?]
In the Family Court at Hollinbrook, ⟪Cad⟫ ⟪Cpc⟫       No. HB24C00318

I, ⟪Ps⟫ , of Swift Legal Process Ltd, Unit 9 Lowgate Works, Hollinbrook,
certify that I served the documents listed below on

   Name of person served:   ⟪ScO⟫ (known as "⟪Sn1⟫")
   Address:                 ⟪SadO⟫
   Postcode:                ⟪Spc⟫
   Date / time:             29/O4/2O24   1O:4O
   Method:                  personal service - handed to the respondent at the
                            door of her trailer, identity confirmed by her
                            aunt ⟪Aum⟫ who was present.

Documents: Notice of hearing 13/O5/24; C110A application; DNA report.

The respondent said "give them to ⟪Pn⟫ as well" - the 2nd respondent
⟪P⟫ was served separately at pitch 12 on 29/O4/24 at 10:55.

Signed ~ ⟪n.t|D Kitchen⟫ ~    ⟪Ps⟫            Date 29/O4/2O24
''')])

    # ---- doc 6: nursery attendance and welfare log (OCR table)
    nur = T(b, [
        ['Date', 'In', 'Dropped by', 'Out', 'Collected by', 'Welfare note'],
        ['22/O4', '8:5O', 'Nana ⟪Mon⟫', '15:OO', '⟪Sn1⟫ (mum)', 'happy'],
        ['23/O4', '9:4O', '⟪Sn2⟫', '12:OO', '⟪Aun⟫', 'tired, no breakfast'],
        ['24/O4', '-', 'absent', '-', '-', 'mum rang - court'],
        ['25/O4', '8:45', '⟪Pnf⟫', '15:1O', '⟪Pnf⟫', 'smelt of smoke [?]'],
        ['26/O4', '9:OO', 'Nana ⟪Mon⟫', '15:OO', 'Nana ⟪Mon⟫', 'fine'],
    ])
    b.doc('nursery-attendance-and-welfare-log', [P('''
LITTLE ACORNS NURSERY (private day nursery)     WEEKLY REGISTER / WELFARE LOG
Child: ⟪C1m⟫  (⟪C1n⟫)   Room: Busy Bees   Key person: ⟪Nk⟫

''') + nur + P('''

Authorised collectors (from registration form):  mother ⟪Sm⟫
⟪Sph⟫ ; father ⟪Pm⟫ ⟪Pph⟫ ; grandmother ⟪Mo⟫ ; aunt ⟪Au⟫
⟪Auph⟫.  NOT authorised: ⟪Aup⟫ (aunt's partner).

Manager: ⟪Nm⟫    Log copied to SW ⟪Sw1⟫ ⟪Sw1em⟫ on request.
'''), P('''
LITTLE ACORNS - WELFARE LOG (cont.)     ⟪C1m⟫                     p.2
25/O4 - Dad (⟪Pn⟫) arrived with strong smell of smoke and stale drink [?].
⟪Nms⟫ spoke to him; he was polite. Key person ⟪Nk⟫ noted child quiet.
Rang mum on ⟪SphO⟫ - no answer. Rang SW ⟪Sw1s⟫ ⟪Sw1ph⟫ 15:3O.
''')])

    # ---- doc 7: connected person viability assessment (clean typed)
    b.doc('connected-person-viability-assessment', [P('''
HOLLINBROOK COUNCIL - CHILDREN'S SERVICES
⟪Lad⟫ ⟪Lpc⟫   ⟪Lph⟫

CONNECTED PERSON VIABILITY ASSESSMENT

Children:         ⟪C1⟫ (⟪C1dob⟫); ⟪C2⟫ (⟪C2dob⟫)
Proposed carer:   ⟪Au⟫ ("⟪Aun⟫"), maternal aunt, DOB ⟪Audob⟫
Address:          ⟪Auad⟫ ⟪Aupc⟫ (council house, 3 bed)
Telephone:        ⟪Auph⟫
Household:        ⟪Aup⟫, partner of Ms ⟪Aus⟫ - checks pending
Mother:           ⟪Sc⟫, ⟪Sad⟫ ⟪Spc⟫, ⟪Sph⟫
                  (NI ⟪Sni⟫ - for benefit check only)

Summary
Ms ⟪Aus⟫ is the older sister of ⟪n.t|Francie McDonagh⟫, the children's maternal
grandfather. She has known ⟪Sn1⟫ all her life ("she was always ⟪Sn3⟫ to us")
and has cared for ⟪C1n⟫ for weekends. She does not want to "take the children
off ⟪Sn2⟫" and would support a plan for them to remain with their mother.

Concerns: the partner ⟪Aup⟫ has an old conviction (2009) - PNC check
requested by ⟪Sw1m⟫ via police liaison. Not yet returned.

Recommendation: positive viability, full assessment to follow.
Assessed by: ⟪Sw1⟫, Social Worker ⟪Sw1ph⟫
Countersigned: ⟪Tm⟫, Team Manager            14/05/2024
''')])

    # ---- doc 8: court hearing sign-in sheet (handwritten, OCR)
    sign = T(b, [
        ['Name (please print)', 'Party / role', 'Signature'],
        ['-------------------', '---------------', '---------'],
        ['⟪Sup⟫', 'Mother', '~⟪n.s|B. McD⟫~'],
        ['⟪Sol⟫', 'Sol. for mother', '[signed]'],
        ['⟪P⟫', 'Father (no rep) [?]', '~⟪n.t|M Ward⟫~'],
        ['⟪Au⟫ [?]', 'Aunt - observer', '[illegible]'],
        ['⟪Sw1⟫', 'LA social worker', '[signed]'],
        ['⟪G⟫', 'Guardian', '[signed]'],
        ['⟪n.t|Rhys OWEN⟫', 'Counsel for LA', '[signed]'],
    ])
    b.doc('court-hearing-sign-in-sheet', [P('''
HOLLINBROOK FAMILY COURT      ⟪Cad⟫  ⟪Cpc⟫     Tel ⟪Cph⟫
ADVOCATES' AND PARTIES' SIGN-IN SHEET    Court 3   DJ ⟪Dj⟫   13/O5/2O24
Case HB24C00318  Re ⟪C1f⟫ & ⟪C2⟫

''') + sign + P('''

Usher: ⟪Us⟫.   Interpreter required? [ ] yes [x] no
Listing queries ⟪Cem⟫
''')])
    return b


# =========================================================================== BUNDLE 5
# Vietnamese boy (17) in youth custody, on immigration bail, recognised as a potential
# victim of trafficking.  Family name first (PHẠM Quốc Bảo); the middle name "Quốc"/"Quoc"
# is his call name.  His mother keeps her own family name (Nguyễn Thị Lan); an "uncle"
# shares his surname; a YOI case manager is also surnamed TRAN (staff).

def bundle5():
    b = Bundle('eval21-05', {
        'name': 'PHAM Quoc Bao',
        'aliases': ['Phạm Quốc Bảo', 'Quoc Bao PHAM', 'Bao PHAM', 'Quoc', 'Quốc',
                    'PHAM, Quoc Bao', 'Bao Pham'],
        'date_of_birth': '2007-09-14',
        'prison_number': 'B2046TW',
        'identifiers': {'nhs_number': '999 412 9872', 'pnc': '2023/0110964M',
                        'cro': '219934/23H'},
        'contact': {'addresses': ['3 Vicarage Walk, Ashgrove ZB6 4LR',
                                  'Flat above 14 Market Parade, Kestrel Vale ZH4 9UE'],
                    'phones': ['07700 900733'],
                    'emails': ['quocbao.pham07@example.com']},
    })
    E = b.ent
    E('S', 'n.s', 'PHAM Quoc Bao')
    E('Svi', 'n.s', 'Phạm Quốc Bảo')
    E('SVI', 'n.s', 'PHẠM QUỐC BẢO')
    E('Sen', 'n.s', 'Quoc Bao PHAM')
    E('Sb', 'n.s', 'Bao PHAM')
    E('Sbm', 'n.s', 'Bao Pham')
    E('Sc', 'n.s', 'PHAM, Quoc Bao')
    E('ScO', 'n.s', 'PHAM, Ouoc Bao')
    E('Sq', 'n.s', 'Quoc')
    E('Sqv', 'n.s', 'Quốc')
    E('Ssur', 'n.s', 'Pham')
    E('SSUR', 'n.s', 'PHAM')
    E('Sdob', 'dob.s', '14/09/2007', dob='2007-09-14')
    E('SdobO', 'dob.s', '14/O9/2OO7', clean='14/09/2007', dob='2007-09-14')
    E('Sdobv', 'dob.s', '14/9/2007', dob='2007-09-14')
    E('Sdobvn', 'dob.s', 'ngày 14 tháng 9 năm 2007', dob='2007-09-14')
    E('Sdob2', 'dob.s', '14 September 2007', dob='2007-09-14')
    E('Spn', 'pn.s', 'B2046TW')
    E('SpnO', 'pn.s', '82046TW', clean='B2046TW')
    E('Spnc', 'pnc.s', '2023/0110964M')
    E('SpncO', 'pnc.s', '2O23/O11O964M', clean='2023/0110964M')
    E('Scro', 'cro.s', '219934/23H')
    E('Snhs', 'nhs.s', '999 412 9872')
    E('SnhsO', 'nhs.s', '999 4l2 9872', clean='999 412 9872')
    E('Spp', 'pp.s', 'C4829173')
    E('Sad', 'ad.s', '3 Vicarage Walk, Ashgrove')
    E('Spc', 'pc.s', 'ZB6 4LR')
    E('Sad2', 'ad.s', 'Flat above 14 Market Parade, Kestrel Vale')
    E('Spc2', 'pc.s', 'ZH4 9UE')
    E('Svad', 'ad.s', 'xóm 4, xã Sơn Thành, Nghệ An')
    E('Sph', 'ph.s', '07700 900733')
    E('SphO', 'ph.s', '077OO 9OO733', clean='07700 900733')
    E('Sem', 'em.s', 'quocbao.pham07@example.com')
    # third parties
    E('Mo', 'n.t', 'Nguyễn Thị Lan')
    E('MoA', 'n.t', 'NGUYEN Thi Lan')
    E('Mof', 'n.t', 'Lan')
    E('Fa', 'n.t', 'Phạm Văn Hùng')
    E('FaA', 'n.t', 'PHAM Van Hung')
    E('Un', 'n.t', 'PHAM Van Tuan')
    E('Unn', 'n.t', 'Tuan')
    E('Unph', 'ph.t', '07700 900758')
    E('Tl', 'n.t', 'Long')
    E('Tlph', 'ph.t', '07700 900784')
    E('G', 'n.t', 'Thu Ha DANG')
    E('Gs', 'n.t', 'Dang')
    E('Gph', 'ph.t', '07700 900826')
    E('Gem', 'em.t', 'thuha.dang@ictg.example.org')
    E('I', 'n.t', 'Mai Hoa VU')
    E('Fc1', 'n.t', 'Janet PILLING')
    E('Fc1f', 'n.t', 'Janet')
    E('Fc2', 'n.t', 'Roy')
    E('Fcs', 'n.t', 'Pilling')
    E('Fo', 'n.t', 'Karolina NOWAK')
    E('Fc', 'n.t', 'Minh')
    E('Fcx', 'n.t', 'TRUONG Van Duc')
    E('Fcxpn', 'pn.t', 'B1937KP')
    E('Hl', 'n.t', 'Abdi WARSAME')
    E('Hlph', 'ph.t', '0161 496 0873')
    E('Ls', 'n.t', 'Kim Anh LE')
    E('Lsm', 'n.t', 'Kim Anh Le')
    E('Lsem', 'em.t', 'kimanh.le@lotuslaw.example.co.uk')
    E('Lsph', 'ph.t', '020 7946 0512')
    E('Lt', 'n.t', 'Oliver GRANT')
    E('Lts', 'n.t', 'Grant')
    E('Ps', 'n.t', 'Ravi SHAH')
    E('Tc1', 'n.t', 'NGO Van Thanh')
    E('Tc1dob', 'dob.t', '03/03/1990', dob='1990-03-03')
    E('Tc2', 'n.t', 'LE Thi Hoa')
    E('Tc2dob', 'dob.t', '21/11/1998', dob='1998-11-21')
    E('Tc2ad', 'ad.t', '27 Kiln Street, Kestrel Vale')
    E('Tc2pc', 'pc.t', 'ZH4 3WD')
    # staff
    E('Cm', 'n.f', 'Sophie TRAN')
    E('Cms', 'n.f', 'Tran')
    E('Cmem', 'em.f', 'sophie.tran@justice.example.gov.uk')
    E('Yo', 'n.f', 'Marcus HALE')
    E('Yos', 'n.f', 'Hale')
    E('Yoph', 'ph.f', '07700 900861')
    E('Ho', 'n.f', 'R. PENDLETON')
    E('Hos', 'n.f', 'Pendleton')
    E('Ed', 'n.f', 'Grace LYLE')
    E('Eds', 'n.f', 'Lyle')
    E('Nu', 'n.f', 'Tom BRADSHAW')
    E('Tb', 'n.f', 'Nadia Rahman')
    E('Tbs', 'n.f', 'Rahman')
    E('Em', 'n.f', 'Đỗ Minh Châu')
    E('Sw', 'n.f', 'Lorraine KEMP')
    E('Sws', 'n.f', 'Kemp')
    # public bodies
    E('Yad', 'ad.b', 'Carrbeck Road, Fernleigh')
    E('Ypc', 'pc.b', 'ZK3 7DL')
    E('Yph', 'ph.b', '0151 496 0100')
    E('HOad', 'ad.b', 'Harbour House, 7 Quay Street, Ashgrove')
    E('HOpc', 'pc.b', 'ZB8 2EF')
    E('HOph', 'ph.b', '020 7946 0099')
    E('HOem', 'em.b', 'bail.casework@homeoffice.example.gov.uk')
    E('Kad', 'ad.b', 'Fernleigh Chest Clinic, Wardle Street, Fernleigh')
    E('KadO', 'ad.b', 'Fern1eigh Chest C1inic, Ward1e Street, Fern1eigh')
    E('Kpc', 'pc.b', 'ZK1 4JB')
    E('KpcO', 'pc.b', 'ZK1 4J8')
    E('Kph', 'ph.b', '0151 496 0260')
    E('Kfx', 'ph.b', '0151 496 0261')
    E('KfxO', 'ph.b', 'O151 496 O261')
    b.note('postcode', 'ZK1 4J8', clean='ZK1 4JB')
    b.note('phone', 'O151 496 O261', clean='0151 496 0261')
    b.bodies = [
        ('HMYOI Carrbeck', ['0151 496 0100'], ['ZK3 7DL'], ['Carrbeck Road, Fernleigh'], []),
        ('Home Office Immigration Enforcement - Bail Casework', ['020 7946 0099'], ['ZB8 2EF'],
         ['Harbour House, 7 Quay Street, Ashgrove'],
         ['bail.casework@homeoffice.example.gov.uk']),
        ('Fernleigh Chest Clinic (NHS TB service)', ['0151 496 0260', '0151 496 0261',
                                                     'O151 496 O261'],
         ['ZK1 4JB', 'ZK1 4J8'], ['Fernleigh Chest Clinic, Wardle Street, Fernleigh',
                                  'Fern1eigh Chest C1inic, Ward1e Street, Fern1eigh'], []),
    ]

    # ---- doc 1: Home Office biometric enrolment letter (clean typed)
    b.doc('home-office-biometric-enrolment-letter', [P('''
Home Office - Immigration Enforcement
⟪HOad⟫ ⟪HOpc⟫          Telephone ⟪HOph⟫

Private and confidential
⟪Sen⟫
c/o HMYOI Carrbeck, ⟪Yad⟫ ⟪Ypc⟫

Date of birth: ⟪Sdob2⟫       Nationality: Vietnam
Prison number: ⟪Spn⟫

Dear ⟪Sb⟫,

REQUIREMENT TO PROVIDE BIOMETRIC INFORMATION

You are required to provide your fingerprints and a facial photograph. An
officer will attend HMYOI Carrbeck to take them on 9 October 2024. Because you
are under 18, a responsible adult must be present; we have asked your
Independent Child Trafficking Guardian, ⟪G⟫, and your case manager at
Carrbeck, ⟪Cm⟫, to arrange this.

Your immigration bail conditions will continue on release. Your bail address
will be ⟪Sad⟫ ⟪Spc⟫ (supported lodgings). You must report by
telephone on the first Monday of each month. We hold your mobile number as
⟪Sph⟫ and your e-mail as ⟪Sem⟫.

Your Vietnamese passport no. ⟪Spp⟫ (expired) is held on your file.

Yours sincerely
⟪Ho⟫
Bail Casework, Immigration Enforcement   ⟪HOem⟫
''')])

    # ---- doc 2: TB screening result fax (OCR fax)
    b.doc('tb-screening-result-fax', [P('''
17-SEP-2O24 16:2O  FROM ⟪KfxO⟫   FERNLEIGH CHEST CLINlC       PAGE O1
_____________________________________________________________________________
⟪KadO⟫  ⟪KpcO⟫
Tel ⟪Kph⟫   Fax ⟪Kfx⟫

TB SCREENING RESULT - NEW ENTRANT / SECURE SETTING

To:       Healthcare, HMYOI Carrbeck  (fax ⟪Yph⟫ ext 2 [?])
Patient:  ⟪ScO⟫    (called "⟪Sq⟫")
DOB:      ⟪SdobO⟫           NHS: ⟪SnhsO⟫
Prison No ⟪SpnO⟫
Country of birth: Vietnam   Arrived UK: 2O23 (approx, per patient)

IGRA (QuantiFERON):  NEGATIVE
Chest X-ray:         No active disease
Outcome:             No further TB follow-up required.

Reporting clinician: Dr ⟪Tb⟫, Consultant Respiratory Physician
Interpreter (telephone): ⟪I⟫, Vietnamese
  ~ ⟪n.f|N.Rahman⟫ ~                                           | ~  _
Fernleigh Chest Clinic (NHS) - ⟪Kad⟫ ⟪Kpc⟫
'''), P('''
17-SEP-2O24 16:21  FROM ⟪KfxO⟫   FERNLEIGH CHEST CLINlC       PAGE O2
_____________________________________________________________________________
Re: ⟪S⟫  (⟪SpnO⟫)   DOB ⟪SdobO⟫

CONTACT TRACING - PREVIOUS ADDRESS (for information, not for disclosure to
the patient)
Index address: ⟪Sad2⟫  ⟪Spc2⟫ (June 2O23)
Other persons found at the address (per police referral):
''') + T(b, [
        ['Name', 'DOB', 'Status', 'Screened'],
        ['⟪Tc1⟫', '⟪Tc1dob⟫', 'remanded HMP - result awaited', '[ ]'],
        ['⟪Tc2⟫', '⟪Tc2dob⟫', 'lives ⟪Tc2ad⟫ ⟪Tc2pc⟫', '[x] neg'],
        ['"⟪Tl⟫" (not traced)', '-', 'not known', '[ ]'],
    ], indent='  ') + P('''

Foster household (⟪Fcs⟫) - screening not indicated, contact < 8 hours.
Clinician: Dr ⟪Tbs⟫        TB nurse specialist: ⟪n.f|Alison MERCER⟫  ⟪Kph⟫
''')])

    # ---- doc 3: embassy nationality verification response (OCR of translation)
    b.doc('embassy-nationality-verification-response', [P('''
[OCR of scanned certified translation - original in Vietnamese attached]

EMBASSY OF THE SOCIALIST REPUBLIC OF VIET NAM - CONSULAR SECTION
No. [illegible]/LSQ-2024

To: Home Office, Immigration Enforcement (attn ⟪Ho⟫)

RE: NATIONALITY VERIFICATION
The Consular Section confirms that, according to records received from the
authorities of Nghệ An province, the person named below is a citizen of
Viet Nam:

Full name:       ⟪SVI⟫ (⟪Svi⟫)
Date of birth:   ⟪Sdobvn⟫ (⟪Sdobv⟫)
Place of birth:  Nghệ An
Permanent residence:  ⟪Svad⟫
Father:          ⟪Fa⟫ (deceased 2019)
Mother:          ⟪Mo⟫

The Vietnamese name order is family name - middle name - given name. The
person is known in the family by the middle name "⟪Sqv⟫".

Consular officer: ⟪Em⟫              [seal]  ~ |
'''), P('''
Translator's note (page 2):
Names rendered without diacritics in UK systems: ⟪S⟫; father
⟪FaA⟫; mother ⟪MoA⟫ (Vietnamese women keep their own family name, so
the mother's surname differs from the son's).
Translated by ⟪I⟫, Lingua Vera Ltd.
''')])

    # ---- doc 4: independent child trafficking guardian visit record (typed, clean)
    b.doc('independent-child-trafficking-guardian-visit-record', [P('''
ICTG SERVICE (charity-run, funded by the Home Office)      VISIT RECORD
Young person:  ⟪Sen⟫ ("⟪Sq⟫")     DOB ⟪Sdob⟫
Location:      HMYOI Carrbeck - legal visits room 3
Guardian:      ⟪G⟫  ⟪Gph⟫  ⟪Gem⟫
Interpreter:   ⟪I⟫ (Vietnamese, in person)
Also present:  ⟪Cm⟫ (case manager) for first 10 minutes

Summary
⟪Sq⟫ was quiet but engaged. He asked again whether his mother ⟪Mof⟫ knows
where he is. I explained the Red Cross tracing route. He said the man he
calls "Uncle ⟪Unn⟫" (⟪Un⟫) is not a real uncle - "same surname but not my
family". He said ⟪Unn⟫ and a man called Anh ⟪Tl⟫ took his phone in the flat at
⟪Sad2⟫ ⟪Spc2⟫ and gave him a new SIM. Police have ⟪Tl⟫'s number
(⟪Tlph⟫) from the phone download.

He is worried about another Vietnamese boy on his unit, ⟪Fc⟫ (surname not
known to him), who receives calls he thinks are from the same people. I
passed this to ⟪Cms⟫ as a safeguarding concern, not naming the source.

Actions: (1) ICTG to chase NRM conclusive grounds; (2) case manager ⟪Cms⟫
to check PIN list for ⟪Unph⟫; (3) next visit 24/10/2024.
'''), P('''
ICTG VISIT RECORD (cont.)   ⟪Sc⟫   ⟪Spn⟫                    page 2
KEY CONTACTS HELD ON ICTG FILE

''') + T(b, [
        ['Who', 'Relationship', 'Contact', 'Share with YP?'],
        ['⟪MoA⟫', 'mother (Viet Nam)', 'via Red Cross only', 'yes'],
        ['⟪Un⟫', '"uncle" - suspected', '⟪Unph⟫', 'NO'],
        ['"Anh ⟪Tl⟫"', 'suspected controller', '⟪Tlph⟫', 'NO'],
        ['⟪Ls⟫', 'solicitor (Lotus Law)', '⟪Lsph⟫', 'yes'],
        ['⟪Cm⟫', 'YOI case manager', '⟪Cmem⟫', 'yes'],
        ['⟪Yo⟫', 'YJS worker', '⟪Yoph⟫', 'yes'],
        ['⟪Sw⟫', 'LA social worker', 'via LA switchboard', 'yes'],
    ]) + P('''

YP's own mobile (held in property until release): ⟪Sph⟫.  YP's previous
address (where found): ⟪Sad2⟫.  Guardian: ⟪G⟫.
''')])

    # ---- doc 5: foster carer daily recording (handwritten scan, OCR)
    b.doc('foster-carer-daily-recording', [P('''
[Scanned handwritten daily log - Brightpath Fostering (independent agency)]
[OCR transcript; spelling as written]

Young person: ⟪Sbm⟫ (calls himself ⟪Sq⟫)     Carers: ⟪Fc1⟫ & ⟪Fc2⟫
Supervising SW (agency): ⟪Fo⟫     LA social worker: ⟪Sw⟫

Mon 12/O6/2O23
⟪Sq⟫ up at 6am agian, cleaned the kitchen without being asked. Would not eat
breakfast. Showed me a photo of his mum ⟪Mof⟫ on his phone. Phone keeps
ringing - number saved as "Chu ⟪Unn⟫" [?].  - ⟪Fc1f⟫

Tue 13/O6/2O23
Went out 4pm "to the shop", not back by 9pm. Reported missing to police
(log [illegible]). ⟪Fc2⟫ drove round town. Returned 11.4Opm, new trainers,
smelt of something like weed [?]. Would not say where. - ⟪n.t|Roy P.⟫
'''), P('''
Brightpath daily log      ⟪Sbm⟫      page 2
Wed 14/O6/2O23
LA SW ⟪Sws⟫ visited. ⟪Sq⟫ very scared. Said he owes money "for the trip".
I gave him the house mobile to ring ⟪Sws⟫ any time. His own number
is ⟪SphO⟫ (we think this is the one the men use) .  - ⟪Fc1f⟫ ⟪Fcs⟫

Thu 15/O6/2O23
Missing again from 7am. Police later said found at a flat in Kestrel Vale
(⟪Sad2⟫) with cannabis plants. Arrested. Placement ended.
⟪Fc1f⟫ & ⟪Fc2⟫ ⟪Fcs⟫                               ~ ⟪n.t|J Pilling⟫ ~   |
''')])

    # ---- doc 6: youth custody education baseline assessment (clean typed table)
    sc = T(b, [
        ['Domain', 'Assessment', 'Result', 'Level'],
        ['English reading', 'Skills check', '31/100', 'Entry 2'],
        ['English writing', 'Free writing', '[not completed]', '-'],
        ['Maths', 'Skills check', '68/100', 'Level 1'],
        ['ESOL speaking', 'Interview', 'good', 'Entry 3'],
        ['Digital', 'Practical', 'good', 'Level 1'],
    ], indent='  ')
    b.doc('youth-custody-education-baseline-assessment', [P('''
HMYOI CARRBECK - LEARNING AND SKILLS         ⟪Yad⟫ ⟪Ypc⟫
EDUCATION BASELINE ASSESSMENT (INDUCTION)

Learner:        ⟪Sc⟫          Prison no: ⟪Spn⟫
DOB:            ⟪Sdob⟫           Age on entry: 16
Preferred name: ⟪Sq⟫ (middle name - please do not call him "⟪n.s|Bao⟫")
First language: Vietnamese     Interpreter: telephone (used for interview)
Assessor:       ⟪Ed⟫ (education provider)

''') + sc + P('''

Comments: ⟪Sq⟫ left school in Viet Nam at 14. Strong at maths and keen on
"computer". Recommended for ESOL + Functional Maths L1. Not to share a class
with ⟪Fcx⟫ (⟪Fcxpn⟫) - non-association on security advice.
Healthcare nurse ⟪Nu⟫ confirms no learning needs flagged (NHS ⟪Snhs⟫).
PNC ⟪Spnc⟫.

Signed ⟪Eds⟫                         Copied to case manager ⟪Cmem⟫
''')])

    # ---- doc 7: modern slavery helpline referral summary (email printout, OCR)
    b.doc('modern-slavery-helpline-referral-summary', [P('''
From:     Helpline Referrals (Modern Slavery Helpline - charity)
To:       ⟪Yo⟫ <⟪em.f|marcus.hale@yjs.example.gov.uk⟫>; ⟪Cmem⟫
Date:     O2/O8/2O24 O9:14
Subject:  Referral summary - call ref MSH-24-[illegible]  ⟪SSUR⟫

Caller:      ⟪Hl⟫ (volunteer, Fernleigh Vietnamese Community Association)
Caller tel:  ⟪Hlph⟫
About:       Vietnamese male, 16-17, believed to be ⟪Sb⟫ / "⟪Sq⟫", now in
             HMYOI Carrbeck (⟪SpnO⟫ per caller)
Concern:     Caller heard at the community centre that "⟪Unn⟫" ( ⟪Un⟫ ) is
             telling people the boy owes £18,OOO and his mother ⟪MoA⟫ in
             Nghệ An will "pay with the house".  Caller was given ⟪Unph⟫
             as a number for ⟪Unn⟫.
Previous address given by caller: ⟪Sad2⟫ ⟪Spc2⟫

Helpline advice: Referred to police (NRM first responder) and to YJS worker.
Caller does NOT want his name passed to the family.
--
⟪Yo⟫ | Youth Justice Service | ⟪Yoph⟫
CRO on YJS record: ⟪Scro⟫    PNC ⟪SpncO⟫
''')])

    # ---- doc 8: solicitor's client care letter (clean typed, 2 pages)
    b.doc('solicitor-client-care-letter', [P('''
LOTUS LAW SOLICITORS - Immigration & Public Law
12 Canal Wharf, Ashgrove                     Tel ⟪Lsph⟫   ⟪Lsem⟫

Strictly private and confidential - legal mail (Rule 39)
⟪Sen⟫ (⟪Spn⟫)
HMYOI Carrbeck
⟪Yad⟫ ⟪Ypc⟫

Our ref: KAL/PHA/0417                                   21 October 2024

Dear ⟪Sq⟫,

Client care letter - immigration bail, trafficking (NRM) and your criminal appeal

Thank you for instructing us. I will be responsible for your case and my
trainee ⟪Lt⟫ will help me. This letter is being read to you in Vietnamese by
our interpreter ⟪I⟫.

Your details as we hold them:
   Name:            ⟪Svi⟫ (in UK records ⟪S⟫; called "⟪Sq⟫")
   Date of birth:   ⟪Sdob⟫
   Home Office record: passport ⟪Spp⟫ (expired); prison number ⟪Spn⟫
   PNC:             ⟪Spnc⟫   CRO ⟪Scro⟫
   Bail address:    ⟪Sad⟫ ⟪Spc⟫ (from release)

Your previous solicitor, Mr ⟪Ps⟫ of Shah & Co, has sent us your file.
'''), P('''
LOTUS LAW  -  ⟪Sc⟫  -  client care letter                     Page 2

What we will do
1. Ask the Single Competent Authority for a conclusive grounds decision.
2. Write to the Home Office (⟪HOem⟫) about your bail conditions.
3. Speak to your guardian ⟪G⟫ (⟪Gem⟫) with your permission.

Your mother
You asked us to try to contact your mother ⟪Mo⟫. You gave us a mobile number
for her in Viet Nam; we will NOT ring it until your guardian agrees it is
safe, because ⟪Unn⟫ may also know this number.

Legal aid covers this work. If you are unhappy with our service please tell
me first, or write to our complaints partner.

Yours sincerely

⟪Lsm⟫, Solicitor            cc: ⟪Lts⟫ (file); ⟪Cm⟫ (case manager)
''')])
    return b


# =========================================================================== build + checks

BODY_FIELD = {'phone': 2, 'postcode': 3, 'address': 4, 'email': 5}


ERRORS = []

# capitalised name tokens that also occur as ordinary words/places in these pages
NAME_TOKEN_OK = {'Thu',   # weekday abbreviation in a dated log (also a Vietnamese name part)
                 'Anh'}   # Vietnamese kinship honorific ('Anh Long'), also a name part

SUBJ_KEYS = {'nhs_number': 'nhs_number', 'ni_number': 'ni_number', 'pnc': 'pnc',
             'cro': 'cro', 'crn': 'crn', 'prison_number': 'prison_number'}


def pnc_key(s):
    s = s.upper().replace(' ', '')
    yr, rest = s.split('/')
    return (yr[-2:], int(rest[:-1]), rest[-1])


def cro_key(s):
    s = s.upper().replace(' ', '')
    serial, rest = s.split('/')
    return (int(serial), rest)


def isword(ch):
    return ch.isalnum()


def build(b):
    docs = []
    for n, (kind, pages) in enumerate(b.docs, 1):
        assert re.match(r'^[a-z0-9]+(?:-[a-z0-9]+)*$', kind), kind
        assert kind not in COVERED, kind
        rpages = []
        truth = []
        for pi, src in enumerate(pages):
            text, spans = render(b, src)
            raw = text.encode('utf-8')
            last = 0
            for sp in spans:
                assert raw[sp['begin']:sp['end']].decode('utf-8') == sp['text']
                assert sp['begin'] >= last, sp
                last = sp['end']
                truth.append({'page': pi, 'begin': sp['begin'], 'end': sp['end'],
                              'category': sp['category'], 'party': sp['party'],
                              'text': sp['text']})
            rpages.append(text)
        docs.append({'id': 'doc-%02d' % n, 'kind': kind, 'pages': rpages, 'truth': truth})
    return docs


def check_bundle(b, docs):
    subj_dob = b.subject['date_of_birth']
    real_date(subj_dob)
    owner = {}
    labelled = set()
    for d in docs:
        for t in d['truth']:
            cat, party, text = t['category'], t['party'], t['text']
            labelled.add(text)
            if cat != 'name':
                key = text
                assert owner.setdefault(key, (cat, party)) == (cat, party), (b.bid, text)
            if cat in VALIDATE:
                clean = b.clean.get(text, text)
                assert VALIDATE[cat](clean), (b.bid, cat, text, clean)
            if cat == 'date_of_birth':
                assert text in b.dobs, (b.bid, text)
                if party == 'subject':
                    assert b.dobs[text] == subj_dob, (b.bid, text)
                else:
                    assert b.dobs[text] != subj_dob, (b.bid, text)
            if party == 'subject' and cat in SUBJ_KEYS:
                want = b.subject.get('prison_number') if cat == 'prison_number' else \
                    b.subject['identifiers'].get(SUBJ_KEYS[cat])
                got = b.clean.get(text, text)
                if cat == 'pnc':
                    assert pnc_key(got) == pnc_key(want), (b.bid, text)
                elif cat == 'cro':
                    assert cro_key(got) == cro_key(want), (b.bid, text)
                else:
                    assert got.replace(' ', '') == want.replace(' ', ''), (b.bid, text)
            if party != 'subject' and cat in SUBJ_KEYS:
                assert b.clean.get(text, text).replace(' ', '') not in [
                    v.replace(' ', '') for v in b.subject['identifiers'].values()], (b.bid, text)
            if party == 'public_body':
                assert cat in BODY_FIELD, (b.bid, t)
                assert any(text in body[BODY_FIELD[cat] - 1] for body in b.bodies), (b.bid, text)
    # every labelled value is labelled wherever it occurs in the bundle
    for d in docs:
        for pi, page in enumerate(d['pages']):
            raw = page.encode('utf-8')
            spans = [(t['begin'], t['end']) for t in d['truth'] if t['page'] == pi]
            for text in labelled:
                tb = text.encode('utf-8')
                start = 0
                while True:
                    i = raw.find(tb, start)
                    if i < 0:
                        break
                    j = i + len(tb)
                    before = raw[:i].decode('utf-8')[-1:] if i else ''
                    after = raw[j:].decode('utf-8')[:1]
                    if not (before and isword(before)) and not (after and isword(after)):
                        if not any(s <= i and j <= e for s, e in spans):
                            ERRORS.append(('uncovered', b.bid, d['id'], pi, text))
                    start = i + 1
    # stricter: every token (3+ letters, capitalised) of a labelled name is inside a
    # name span wherever it occurs in the bundle, unless listed as an ordinary word
    tokens = set()
    for d in docs:
        for t in d['truth']:
            if t['category'] == 'name':
                for tok in re.split(r"[\s,.\"()']+", t['text']):
                    if len(tok) >= 3 and tok[0].isupper() and tok not in NAME_TOKEN_OK:
                        tokens.add(tok)
    for d in docs:
        for pi, page in enumerate(d['pages']):
            raw = page.encode('utf-8')
            nspans = [(t['begin'], t['end']) for t in d['truth']
                      if t['page'] == pi and t['category'] in ('name', 'email')]
            for tok in tokens:
                tb = tok.encode('utf-8')
                start = 0
                while True:
                    i = raw.find(tb, start)
                    if i < 0:
                        break
                    j = i + len(tb)
                    before = raw[:i].decode('utf-8')[-1:] if i else ''
                    after = raw[j:].decode('utf-8')[:1]
                    if not (before and isword(before)) and not (after and isword(after)):
                        if not any(s <= i and j <= e for s, e in nspans):
                            ERRORS.append(('name-token', b.bid, d['id'], pi, tok))
                    start = i + 1
    # every body value occurs in the bundle text
    alltext = '\n'.join(p for d in docs for p in d['pages'])
    for body in b.bodies:
        for field in body[1:]:
            for v in field:
                assert v in alltext, (b.bid, v)
    # subject identifiers and contacts appear in the text
    s = b.subject
    for v in list(s.get('identifiers', {}).values()) + [s.get('prison_number', s['name'])]:
        assert v in alltext, (b.bid, v)
    for v in s['contact']['phones'] + s['contact']['emails']:
        assert v in alltext, (b.bid, v)
    for v in s['contact']['addresses']:
        assert any(v.startswith(x) for x in labelled), (b.bid, v)
    for a in s['aliases']:
        assert a in labelled, (b.bid, a)
    assert s['name'] in labelled


def yaml_q(s):
    return "'" + s.replace("'", "''") + "'"


def main(argv):
    if len(argv) != 2:
        sys.stderr.write('usage: evalgen_twentyfirst.py OUTDIR\n')
        return 2
    out = argv[1]
    os.makedirs(out, exist_ok=True)
    bundles = [bundle1(), bundle2(), bundle3(), bundle4(), bundle5()]
    kinds = []
    stats_cat = {}
    stats_party = {}
    total_bytes = 0
    total_items = 0
    ndocs = 0
    bodies = []
    seen_values = {}
    for n, b in enumerate(bundles, 1):
        docs = build(b)
        check_bundle(b, docs)
        for e in ERRORS:
            sys.stderr.write('ERROR %r\n' % (e,))
        assert not ERRORS
        assert 6 <= len(docs) <= 8, (b.bid, len(docs))
        for d in docs:
            assert d['kind'] not in kinds, d['kind']
            kinds.append(d['kind'])
            ndocs += 1
            for p in d['pages']:
                total_bytes += len(p.encode('utf-8'))
            for t in d['truth']:
                total_items += 1
                stats_cat[t['category']] = stats_cat.get(t['category'], 0) + 1
                stats_party[t['party']] = stats_party.get(t['party'], 0) + 1
                if t['category'] not in ('name', 'date_of_birth'):
                    prev = seen_values.setdefault(t['text'], b.bid)
                    assert prev == b.bid or t['party'] == 'public_body', (t['text'], prev)
        obj = {'bundle_id': b.bid, 'subject': b.subject, 'documents': docs}
        with open(os.path.join(out, 'bundle-%02d.json' % n), 'w', encoding='utf-8') as f:
            f.write(json.dumps(obj, indent=1, ensure_ascii=False))
            f.write('\n')
        bodies.extend(b.bodies)
    names = [x[0] for x in bodies]
    assert len(names) == len(set(names))
    lines = ['version: 1', 'bodies:']
    for name, phones, pcs, addrs, emails in bodies:
        lines.append('  - name: ' + yaml_q(name))
        lines.append('    phones: [' + ', '.join(yaml_q(x) for x in phones) + ']')
        lines.append('    postcodes: [' + ', '.join(yaml_q(x) for x in pcs) + ']')
        lines.append('    addresses: [' + ', '.join(yaml_q(x) for x in addrs) + ']')
        lines.append('    emails: [' + ', '.join(yaml_q(x) for x in emails) + ']')
    with open(os.path.join(out, 'public-bodies.yaml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    assert 30 <= ndocs <= 40, ndocs
    sys.stderr.write('bundles=%d documents=%d bytes=%d items=%d\n'
                     % (len(bundles), ndocs, total_bytes, total_items))
    sys.stderr.write('categories: %s\n' % json.dumps(dict(sorted(stats_cat.items()))))
    sys.stderr.write('parties: %s\n' % json.dumps(dict(sorted(stats_party.items()))))
    sys.stderr.write('kinds: %s\n' % ', '.join(kinds))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
