#!/usr/bin/env python3
"""evalgen_twentythird.py - blind synthetic evaluation set no. 23 for the disclose
PII-redaction engine (UK justice subject access requests).

Written BLIND: while writing this generator nothing under /work/main was read (no
engine source, rules, other test sets, generators or README) and the engine was not
run.  The only material consulted was the task prompt and the two shared reference
notes /work/shared/reference/uk-identifiers.md (identifier formats and check
characters) and /work/shared/reference/domain.md (what subject access bundles contain).

Usage:  python3 tests/tools/evalgen_twentythird.py tests/data/eval-twentythird
Writes bundle-01.json .. bundle-05.json and public-bodies.yaml.  Standard library only;
no randomness, no clock, no network: every value is fixed in this source, so two runs
give byte-identical output.

FOCUS: the requester's (subject's) OWN data, everywhere and in every form (names in
every order and case, initials, aliases, diminutives, married/maiden names, clerical
misspellings; current and previous addresses in full, abbreviated, flat-only and
town-only forms; old and new phones; several e-mails; bank accounts, IBANs, cards
and last-four digits; vehicles; device IP addresses; identifiers spaced, lower-case
or OCR-damaged; date of birth in many written forms), set beside look-alike
third-party data (relatives sharing the surname or address, partners' phones and
accounts, co-defendants' vehicles, previous tenants of the same flat, victims with
similar names).

LABELLING POLICY (as in the brief):
  * subject     - the requester's own data in any form, including previous addresses
                  and old numbers given as theirs, and jointly held accounts, shared
                  homes and shared cars (these are the subject's too).
  * staff       - people acting officially for a public body or its contractors
                  (prison, probation, police, NHS, councils, courts, tribunals, Home
                  Office, DWP, HMRC, IRC/escort contractors, assessment contractors):
                  names and their direct phones/e-mails.
  * public_body - published switchboards, generic mailboxes, addresses and postcodes
                  of public bodies (all listed in public-bodies.yaml).
  * third_party - everyone else (relatives, partners, other prisoners/detainees/
                  patients, victims, witnesses, neighbours, and people acting for
                  private firms, charities, solicitors and faith/community groups).
  Address spans are the street part without the postcode; the postcode is its own
  span.  Name spans exclude titles and ranks.  Dates of birth are labelled only
  where they are birth dates.  Every labelled value is labelled wherever else it
  occurs in the bundle (checked below, case-insensitively, on word boundaries).

Authoring notation used in this file (stripped from the output):
  {{text|cat.party}}            a labelled span
  {{text|cat.party|CLEAN}}      an OCR-damaged span; CLEAN is the undamaged value,
                                which is validated; the damage must be OCR-like
  <<KEY>>                       a per-bundle macro expanding to {{...}}
  cell¦cell¦cell                table row; cells are padded so that the visible
                                (markup-free) columns line up in the output
cat codes: n name, dob, pn prison_number, pnc, cro, crn, ni, nhs, ph phone,
em email, ad address, pc postcode, vr vehicle_registration, pp passport,
dl driving_licence, sc sort_code, ac account_number, ib iban, card payment_card,
ip ip_address.   party codes: s subject, t third_party, f staff, b public_body.
"""
import datetime
import ipaddress
import json
import os
import re
import sys

CATS = {
    "n": "name", "dob": "date_of_birth", "pn": "prison_number", "pnc": "pnc",
    "cro": "cro", "crn": "crn", "ni": "ni_number", "nhs": "nhs_number",
    "ph": "phone", "em": "email", "ad": "address", "pc": "postcode",
    "vr": "vehicle_registration", "pp": "passport", "dl": "driving_licence",
    "sc": "sort_code", "ac": "account_number", "ib": "iban", "card": "payment_card",
    "ip": "ip_address",
}
PARTIES = {"s": "subject", "t": "third_party", "f": "staff", "b": "public_body"}

# ---------------------------------------------------------------- validators
L23 = "ZABCDEFGHJKLMNPQRTUVWXY"


def _norm(v):
    return re.sub(r"[\s\-./]", "", v).upper()


def valid_pnc(v):
    s = v.replace(" ", "").upper()
    if "/" in s:
        yr, rest = s.split("/")
        if len(yr) == 4:
            yy, serial = yr[2:], rest[:-1]
            if len(serial) != 7:
                return False
        elif len(yr) == 2:
            yy, serial = yr, rest[:-1]
        else:
            return False
    else:
        if len(s) == 12:
            yy, serial = s[2:4], s[4:11]
        else:
            yy, serial = s[:2], s[2:-1]
    if not (yy.isdigit() and serial.isdigit() and 1 <= len(serial) <= 7):
        return False
    return L23[int(yy + serial.zfill(7)) % 23] == s[-1]


def valid_cro(v):
    s = v.replace(" ", "").upper()
    m = re.fullmatch(r"SF(\d\d)/(\d{1,6})([A-Z])", s)
    if m:
        return L23[int(m.group(1) + m.group(2)) % 23] == m.group(3)
    m = re.fullmatch(r"(\d{1,6})/(\d\d)([A-Z])", s)
    return bool(m) and L23[int(m.group(2) + m.group(1).zfill(6)) % 23] == m.group(3)


def valid_nhs(v):
    d = re.sub(r"[\s\-]", "", v)
    if not re.fullmatch(r"999\d{7}", d):
        return False
    s = sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


NI_FIRST = set("ABCEGHJKLMNOPRSTWXYZ")
NI_SECOND = set("ABCEGHJKLMNPRSTWXYZ")


def valid_ni(v):
    s = _norm(v)
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D]?)", s)
    if not m:
        return False
    if m.group(1) not in NI_FIRST or m.group(2) not in NI_SECOND:
        return False
    return m.group(1) + m.group(2) not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def luhn(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def valid_card(v):
    d = re.sub(r"[\s\-]", "", v)
    if re.fullmatch(r"\d{0,6}[X*x•]{6,15}\d{4}", d) and 13 <= len(d) <= 19:
        return True  # masked PAN; last four checked against a full PAN separately
    if re.fullmatch(r"\d{4}", d):
        return True  # "card ending 1234"; checked against a full PAN separately
    return d.isdigit() and 13 <= len(d) <= 19 and luhn(d)


def valid_iban(v):
    s = _norm(v)
    lengths = {"GB": 22, "PT": 25, "PL": 28}
    if s[:2] not in lengths or len(s) != lengths[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


DRAMA = [r"07700900\d{3}", r"01(1[3-8]|21|31|41|51|61)4960\d{3}", r"01914980\d{3}",
         r"02079460\d{3}", r"01632960\d{3}", r"02920180\d{3}", r"08081570\d{3}"]


def valid_phone(v):
    d = re.sub(r"\D", "", v)
    if d.startswith("44"):
        d = "0" + d[2:]
        if d.startswith("00"):
            d = d[1:]
    return any(re.fullmatch(p, d) for p in DRAMA)


def valid_email(v):
    m = re.fullmatch(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)", v)
    if not m:
        return False
    labels = m.group(1).lower().split(".")
    return "example" in labels[:-1] or m.group(1).lower() in (
        "example.com", "example.org", "example.net")


def valid_ip(v):
    a = ipaddress.ip_network(v, strict=False)
    nets = ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"]
    return any(a.subnet_of(ipaddress.ip_network(n)) for n in nets
               if a.version == ipaddress.ip_network(n).version)


# invented, non-existent postcode areas (ZE and YO, which are real, are excluded)
PC_AREAS = {"ZA", "ZB", "ZC", "ZD", "ZF", "ZG", "ZH", "ZK", "ZL", "ZM", "ZN", "ZP", "ZR",
            "ZS", "ZT", "ZU", "ZW", "ZX", "ZY", "YA", "YB", "YC", "YD", "YF", "YG", "YH",
            "YK", "YL", "YM", "YN", "YP", "YR", "YS", "YT", "YU", "YW", "YX", "YY"}


def valid_postcode(v):
    s = v.upper().replace(" ", "")
    m = re.fullmatch(r"([A-Z]{2})(\d{1,2}|\d[A-HJKPSTUW])(\d[ABD-HJLNP-UW-Z]{2})", s)
    return bool(m) and m.group(1) in PC_AREAS


def valid_vrm(v):
    s = v.upper().replace(" ", "")
    m = re.fullmatch(r"[A-HJ-PR-Y]{2}(\d\d)[A-HJ-PR-Z]{3}", s)
    if not m:
        return False
    age = int(m.group(1))
    return 2 <= age <= 24 or 51 <= age <= 74


def valid_dl(v):
    s = v.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z]{1,5}9*)(\d)(\d\d)(\d\d)(\d)([A-Z])([A-Z9])(\d)([A-Z]{2})", s)
    if not m or len(m.group(1)) != 5:
        return False
    month = int(m.group(3)) % 50
    yr = 1900 + int(m.group(2)) * 10 + int(m.group(5))
    datetime.date(yr, month, int(m.group(4)))
    return True


def dl_for(surname, dob, initials, female):
    sur = (surname.upper() + "99999")[:5]
    y, mo, d = dob.year, dob.month + (50 if female else 0), dob.day
    ini = (initials + "9")[:2]
    return f"{sur}{str(y)[2]}{mo:02d}{d:02d}{str(y)[3]}{ini}9"


MONTHS = {m.lower(): i + 1 for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"])}
for _k, _v in list(MONTHS.items()):
    MONTHS[_k[:3]] = _v
MONTHS["sept"] = 9
PL_MONTHS = {"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5,
             "czerwca": 6, "lipca": 7, "sierpnia": 8, "września": 9,
             "października": 10, "listopada": 11, "grudnia": 12}
PT_MONTHS = {"janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5,
             "junho": 6, "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10,
             "novembro": 11, "dezembro": 12}


def _year(y):
    y = y.lstrip("'’")
    if len(y) == 2:
        y = int(y)
        return 2000 + y if y <= 24 else 1900 + y
    return int(y)


def parse_date(v):
    """Parse the written birth-date forms used in this file; raises if unparseable."""
    s = v.strip()
    if re.fullmatch(r"[\d\s/.\-']+", s):
        s = re.sub(r"\s*([/.\-])\s*", r"\1", s)
        s = re.sub(r"^(\d\d) (\d\d) (\d{4})$", r"\1/\2/\3", s)
        if re.fullmatch(r"(?:\d ){7}\d", s):
            s = s.replace(" ", "")
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", s)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-]('?\d{2}|\d{4})", s)
    if m:
        return datetime.date(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d\d)(\d\d)(\d{4})", s)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ \-]([A-Za-zęśźćńółąż]+)\.?,?[ \-]('?\d{2}|\d{4})(?: r\.)?", s)
    if m:
        mon = m.group(2).lower()
        mo = MONTHS.get(mon) or PL_MONTHS.get(mon) or PT_MONTHS.get(mon)
        return datetime.date(_year(m.group(3)), mo, int(m.group(1)))
    m = re.fullmatch(r"(\d{1,2}) de ([a-zç]+) de (\d{4})", s)
    if m:
        return datetime.date(int(m.group(3)), PT_MONTHS[m.group(2)], int(m.group(1)))
    m = re.fullmatch(r"([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})", s)
    if m:
        return datetime.date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)))
    raise ValueError("unparseable date " + repr(v))


OCR_SWAPS = {("O", "0"), ("0", "O"), ("I", "1"), ("1", "I"), ("l", "1"), ("1", "l"),
             ("S", "5"), ("5", "S"), ("B", "8"), ("8", "B"), ("Z", "2"), ("2", "Z"),
             ("G", "6"), ("6", "G"), ("o", "0"), ("0", "o"), ("I", "l"), ("l", "I")}


def ocr_like(damaged, clean):
    """damaged must be clean with 1-3 OCR confusions and/or changed spacing."""
    a, b = damaged.replace(" ", ""), clean.replace(" ", "")
    if len(a) != len(b):
        return False
    diffs = [(x, y) for x, y in zip(b, a) if x != y]
    return 1 <= len(diffs) <= 3 and all(d in OCR_SWAPS or (d[0].upper() == d[1].upper())
                                        for d in diffs)


def validate(cat, text, clean):
    v = clean if clean else text
    ok = {
        "pnc": valid_pnc, "cro": valid_cro, "nhs_number": valid_nhs,
        "ni_number": valid_ni, "payment_card": valid_card, "iban": valid_iban,
        "phone": valid_phone, "email": valid_email, "ip_address": valid_ip,
        "postcode": valid_postcode, "vehicle_registration": valid_vrm,
        "driving_licence": valid_dl,
        "prison_number": lambda x: re.fullmatch(r"[A-Z]\d{4}[A-Z]{2}", _norm(x)),
        "crn": lambda x: re.fullmatch(r"[A-Z]\d{6}", _norm(x)),
        "passport": lambda x: re.fullmatch(r"\d{9}|[A-Z]{1,2}\d{6,7}", _norm(x)),
        "sort_code": lambda x: re.fullmatch(r"\d\d *[- ]? *\d\d *[- ]? *\d\d", x),
        "account_number": lambda x: re.fullmatch(r"\d{8}|\d{4}", x.replace(" ", "")),
        "date_of_birth": lambda x: parse_date(x),
    }.get(cat)
    if ok is not None:
        assert ok(v), (cat, text, clean)
    if clean:
        assert ocr_like(text, clean) or cat == "date_of_birth", (text, clean)

COVERED_KINDS = set("""
999-call-transcript
abscond-risk-assessment
accredited-programme-attendance-register
acct-case-review
adjudication
adjudication_record
adults-at-risk-detention-review
age-assessment-outcome-summary
airline-passenger-name-record
alibi-enquiry-result-sheet
ambulance-patient-report-form
anpr-vehicle-check
anpr_report
ap-key-fob-and-locker-issue-register
ap-night-staff-handover-log
ap-resident-induction-checklist
appeal-notice
appeal-skeleton-argument
appropriate-adult-attendance-record
approved-premises-curfew-register
approved-premises-fire-roll-call-sheet
approved-premises-incident-chronology
approved-premises-medication-administration-chart
approved-premises-resident-meeting-minutes
approved-premises-room-search-record
approved-premises-visitor-book
approved-premises-warning-letter
approved-premises-wifi-access-log
approved-visitor-list
approved_premises_referral
armed-forces-compensation-scheme-award-letter
armed-forces-service-record-summary
arrest-enquiry-team-briefing-sheet
asb-warning-letter
asset-plus-assessment-extract
asylum-screening-interview
asylum-substantive-interview-extract
attendance-centre-session-report
bail-accommodation-sponsor-letter
bail-charity-caseworker-chronology
bail-information-report
bank-fraud-referral-form
bank-production-order-response-schedule
bank_statement
befriending-scheme-match-form
benefits_letter
bilingual-probation-appointment-letter
body-worn-video-log
border-force-baggage-examination-log
border-force-cash-seizure-notice
boxing-club-mentor-report
breach-warning-letter
brother-accommodation-offer-letter
c100-application-extract
cafcass-officer-telephone-enquiries-record
cafcass-safeguarding-letter
canteen-order-sheet
capillary-blood-glucose-monitoring-chart
car-insurance-certificate
caravan-site-rent-statement
cardiology-outpatient-letter
care-act-needs-assessment
care-home-rota-extract
care-programme-approach-review
carers-assessment-record
cas3-accommodation-referral
case-notes
cash-detention-application
cat-a-annual-review-report
ccrc-application-form-extract
cctv-request-form
cell-bell-response-log
cell-search-record
cell-sharing-risk-assessment
cell-site-analysis-report-extract
certificate-of-service-process-server
certified-translation-of-correspondence
change-of-circumstances-form-transcription
chapel-attendance-register
chaplaincy-notes
charge-sheet-bilingual
charity-bail-referral-form
charity-reparation-placement-offer-letter
chat-health-screening-summary
child-contact-centre-report
child-exploitation-strategy-meeting-minutes
child-safeguarding-practice-review-extract
child-visit-household-composition-form
childcare-funding-eligibility-letter
childrens-guardian-initial-analysis
church-baptism-record
church-letter-of-support
cica-payment-details-confirmation-letter
citizens-advice-case-notes
closed-visits-review-board-minutes
cloud-account-preservation-request
cmht-care-coordinator-letter
command-and-control-incident-log-export
community-centre-mediation-invitation-letter
community-impact-assessment-narrative
community-mentor-email-with-out-of-office-reply
community-order-induction-record
community-order-progress-review-report
community-payback-supervisor-log
comp1-complaint
companies-register-officer-extract
compassionate-leave-funeral-request
compensation-instalment-arrangement-letter
compensation-payment
complaint-reply
complaint_comp1
complex-case-consultation-minutes
connected-person-viability-assessment
consular-notification-record
consulate-liaison-email-exchange
coroner-inquest-witness-list
coroner-witness-summons
coroners-officer-family-contact-log
coroners-record-of-inquest
council-housing-move-on-email-chain
council-tax-letter
country-expert-report-extract
court-bundle-index
court-hearing-record
court-hearing-sign-in-sheet
court-interpreter-invoice
court-listing
court-order-variation-application
court-video-link-booking-confirmation
court_register
cps_case_summary
crime-scene-cordon-entry-log
crime_report
criminal-behaviour-order-draft-terms
crofting-tenancy-assignation-letter
cross-border-supervision-transfer-email-correspondence
crown-court-case-progression-email-chain
crown-court-indictment
crown-court-youth-defendant-welfare-checklist
custody-healthcare-assessment
custody-record
custody_record
customary-marriage-verification-memo
cyber-ip-log
dash-risk-checklist
dating-app-profile-printout
daughter-handwritten-note-to-cafcass-transcription
day-release-licence-card
dbs-style-disclosure-letter
debt-advice-letter
deceased-property-release-form
defence-solicitor-email-to-officer-in-case
defence-solicitor-letter-to-youth-justice-worker
dentist-referral-letter
deportation-decision-letter-extract
deputy-governor-reply-to-relative
detached-youth-work-outreach-log
detainee-custody-officer-incident-account
detainee-internet-room-email-printout
detention-engagement-team-email-chain-with-legal-rep
detention-gatekeeper-decision-minute
device-monitoring-alert-report
diabetic-eye-screening-letter
digital-media-referral-note
direct-debit-instruction-scan
direct-payments-agreement
discharge-bank-account-form
discharge-grant-receipt
distance-learning-grant-application
diversity-incident-report-form
domestic-abuse-refuge-referral
drink-drive-rehabilitation-course-referral
drug-service-referral
drug-test-lab-report
drugs-line-attribution-report
dto-initial-planning-meeting-minutes
dvds-disclosure-record
dvla-driving-ban-notice
dvla_vehicle_check
education-enrolment-form
education_work_record
ehcp-annual-review-extract
electoral-register-extract
em-gps-location-trail-export
em-tag-installation-report
email
email-a-prisoner-message-and-reply-sheet-printout
email-printout
email-thread
email_printout
email_thread
embassy-nationality-verification-response
employer-conditional-job-offer-letter
employer-disclosure-record
employer-letter-to-witness-care-unit
employer-placement-monitoring-visit
employer-right-to-work-check-outcome-letter
employer-three-way-meeting-note
employment-agency-registration-form
employment-reference
employment-site-induction-record
employment-tribunal-letter
encrypted-device-attribution-matrix
escape-list-review-notice
escort-contractor-movement-order
escorted-community-leave-outcome-narrative
eurodac-fingerprint-match-record
exceptional-case-funding-decision
exhibit-continuity-record
exhibit_list
exploitation-screening-tool
extended-family-genogram-narrative
external-hospital-escort-risk-assessment
extradition-hearing-opening-note
extradition-order-notice
extradition-surety-assessment
facebook-messenger-printout
family-court-directions-order
family-court-e-filing-submission-log
family-court-letter
family-court-position-statement
family-day-application
family-day-attendee-list
family-engagement-worker-notes
family-feud-association-chart
family-group-conference-plan
family-letter
family-liaison-officer-log
family-network-meeting-note-with-distribution
family-support-worker-home-visit-report
family-therapy-session-summary
family-ties-overnight-release-plan
family-tracing-request-form
family-video-call-welfare-observation-note
family_letter
family_letter_transcription
fax_cover_sheet
faxed-hospital-outpatient-appointment-confirmation
finance-statement
finance_paperwork
financial-condition-supporter-offer-letter
financial-condition-supporters-schedule
financial-investigation
financial_investigation
fine-enforcement-letter
fire-service-home-safety-visit
first-night-centre-interview
first-tier-tribunal-bail-decision
fit-note-ocr-scan
fl401-application-extract
fnp-home-office-referral
food-bank-voucher-referral
food-refusal-monitoring-chart
football-club-disciplinary-letter
foreign-birth-certificate-ocr-with-translation
forensic-drugs-analysis-statement
forensic-lab-submission-form
forensic-psychology-risk-assessment-report
forensic-strategy-meeting-minutes
former-spouse-letter-declining-contact
forwarded-account-security-alert-emails
foster-carer-daily-recording
ftt-iac-determination-extract
ftt-iac-notice-of-hearing
funeral-contribution-authorisation
gambling-account-statement
general-application-form
gov-notify-text-reminder-log
gp-registration-form
gp-summary-care-record-extract
grandparent-character-letter-translated
ground-rules-hearing-note
gym-induction-form
gym-membership-agreement
gym-work-allocation-board
gypsy-traveller-liaison-officer-report
hcr-20-risk-formulation-summary
hdc-address-check
healthcare
healthcare-note
healthcare_clinic_list
healthcare_incident_note
hmrc-cis-repayment-letter
hmrc-tax-letter
holmes-action-allocation-register
holmes-nominal-index-printout
home-office-bail-summary
home-office-biometric-enrolment-letter
home-office-caseworking-notes-export
home-office-family-reunion-refusal
home-office-reasons-for-refusal-letter
homelessness-prevention-duty-letter
hospital-appointments-team-rebooking-email-chain
hospital-bedwatch-log
hospital-discharge-summary
hospital-managers-hearing-nursing-report
hospital-records-enquiry-fax-return
hostel-manager-end-of-placement-report
hot-debrief-record
hotel-booking-printout
house-to-house-enquiry-form
household-members-schedule
housing-association-rent-arrears-letter
housing-association-tenancy-and-lock-change-email-exchange
housing-benefit-claim
housing-options-interview
housing-panel-nomination-form
housing-register-application
husband-email-to-offender-management-unit-with-reply
id-document-application-tracker
identification-procedure-record
idva-case-closure-letter
imb-application
imha-advocacy-visit-record
immigration-bail-application-grounds
immigration-detention-notice
in-cell-kiosk-application-history
incentives-level-review
independent-advocacy-complaint-letter
independent-child-trafficking-guardian-visit-record
independent-medico-legal-report-extract
inpatient-unit-admission-assessment
inpatient-unit-nursing-handover-sheet
inquest-family-pir-submissions
inquest-pen-portrait
instagram-direct-message-printout
insurance-claim-form
intelligence-log
inter-prison-correspondence-approval-request
inter-prison-transfer-form
intermediary-assessment-report
interpol-red-notice-extract
interpreter-agency-booking-confirmation-email-exchange
interpreter-assisted-supervision-record
interpreter-booking
iopc-family-update-letter
irc-complaint-investigation-report
irc-detainee-mobile-phone-issue-and-return-log
irc-room-allocation-sheet
irc-welfare-office-contact-sheet
it_audit_log
it_login_audit
jobcentre-appointment-letter
key-worker-session-notes
kinship-care-social-worker-email-correspondence
kitchen-hygiene-roster
knife-crime-prevention-order-application
landlord-reference
lawyers-attendance-note
legal-aid-means-form
legal-call-booking-confirmation
legal-correspondence-opened-in-error-notice
legal-visits-diary
letter
letter-of-apology-draft
library-loan-record
licence-compliance-warning-interview-record
licence-conditions-letter
licence-variation-request-form
listener-scheme-log
livescan-ident-response
local-welfare-assistance-application
long-term-prisoner-family-contact-review
lost-property-form
magistrates-court-result-sheet
mail-room-log
major-incident-room-message-form
mappa-minutes
mappa_minutes
marac-referral-form
marketplace-sale-record
marriage-application
mash-referral
mbu-admission-board-decision
mbu-separation-plan
mdt-test-slip
medication-in-possession-risk-assessment
memory-clinic-referral
mental-health-in-reach-assessment
mental-health-tribunal-decision
mental_health_notes
mg11-statement
mg15-record-of-interview
mg3-charging-decision
mg6c-unused-material-schedule
mhcs-annual-statutory-report
missing-person-return-interview
mmpr-restraint-debrief
mobile-phone-contract
mobile-phone-download
mobile-subscriber-check
modern-slavery-helpline-referral-summary
monthly-detention-progress-report
mosque-letter-of-support
motor-insurance-database-enquiry-result
move-on-accommodation-plan
multi-agency-safety-planning-meeting-invitation
named-nurse-monthly-narrative-summary
nca-financial-profile-summary
ndelius-entity-audit-trail-export
ndelius_contact_log
ndelius_contacts
nearest-relative-email-to-ward
nearest-relative-information-letter
neighbour-letter-to-neighbourhood-inspector
neighbourhood-inspector-reply-letter
newsagent-subscription-order-form-ocr
next-of-kin-notification-form
no-further-action-notification-letter
nomis-address-history-export
nomis-alerts-printout
nomis-contacts-and-restrictions-export
nomis-record-access-audit-trail
nomis_case_notes
non-molestation-order
notice-of-intended-prosecution
nrm-reasonable-grounds-decision-letter
nursery-attendance-and-welfare-log
oasys
oasys-extract
oasys_extract
occupational-therapy-activity-timetable
ocr-application-form
ocr-handwritten-form
ocr-scanned-fax
officer-in-case-bail-variation-email-chain
officer-pocket-notebook-transcription
omu-categorisation-review
opd-pathway-case-formulation
open-conditions-suitability-assessment
open-source-research-log
out-of-court-disposal-panel-record
outgoing-funds-transfer-request
outlook-meeting-invitation-with-attendee-responses
overseas-family-circumstances-enquiry-report
p45-employee-leaving-details-ocr-scan
pace-detention-review-record
parent-email-via-relative-with-yjs-reply
parental-bind-over-recognisance
parenting-assessment-report-extract
parenting-course-register
parking-penalty-notice
parole-board-member-case-assessment
parole-dossier-summary
parole-legal-representations
parole-oral-hearing-decision
parole_dossier
parom1-com-parole-report
part-2-extradition-request-summary
passport-office-letter
pastor-email-to-probation-practitioner
paternity-dna-test-result-letter
pathway-plan-review
patient-contacts-and-carers-register
patient-internet-access-agreement
patient-monies-ledger
patient-wifi-access-log-csv
pawn-shop-transaction-record
payslips
peer-mediation-agreement
peer-mentor-application
pen-friend-scheme-letter
pension-credit-claim-extract
perinatal-mental-health-referral
person-escort-record
personal-adviser-contact-record
personal-officer-report
pharmacy-prescription-record
photocard-driving-licence-photocopy-ocr
pin-phone-call-detail-records-csv
pin-phone-list
pin_phone_contacts
pnc-print-extract
poca-section-16-statement
police-bail-conditions-notice
police-custody-record
police-liaison-information-exchange
police-vulnerability-notification
police_mg11
pom-com-handover-note
pom-sentence-progression-narrative
post-mortem-report-extract
ppcs-recall-dossier-checklist
ppo-fatal-incident-investigator-interview
ppu-officer-email-chain-with-idva
practitioner-learning-event-notes
pre-inquest-review-directions
pre-interview-disclosure-document
pre-release-case-conference-invitation-letter
pre-release-resettlement-checklist
pre-sentence-report
pre-tariff-sift-report
pre_sentence_report
premises-search-debrief-sheet
prescription-prepayment-certificate-application-ocr
presenting-officer-review-note
prevention-of-future-deaths-report
prison-conditions-assurance-letter
prison-council-minutes
prison-dental-treatment-consent-form
prison-education-tutor-progress-report
prison-employment-hub-job-match-record
prison-healthcare-family-enquiry-email-chain
prison-radio-request-slips
prison-reception-booking-in-sheet
prison-wedding-guest-list
prisoner-handwritten-letter
prisoner-life-history-narrative
prisoner-money-receipt-scan
prisoner-profile
prisoners-earnings-act-levy-statement
private-cash-log
probation-accommodation-visit-notes
probation-appointments-csv-export
probation-bail-address-and-risk-assessment
probation-contact-log
probation-exclusion-zone-map-notes
probation-induction-questionnaire
probation-supervision-session-narrative
production-order
property-card
property-handout-authorisation-form
protected-persons-and-exclusion-zone-schedule
provisional-arrest-record
psr-addendum
psychiatric-report-extract
psychology-feedback-letter-to-prisoner
psychology-session-process-notes
psychology-treatment-need-consultation-note
psychometric-assessment-score-sheet
ptph-form-extract
public-footage-submission-record
ramadan-fasting-provision-list
rar-activity-session-record
recall-report
recall-return-to-custody-interview-record
red-book-child-health-record-extract
referral-order-panel-contract
relative-email-to-victim-liaison-unit
relative-letter-of-concern-to-governor
relative-telephone-contact-record-sheet
release-day-ferry-booking-forward
release-day-travel-warrant
religious-diet-change-application
remand-to-la-accommodation-placement-plan
remittance-receipt-printout
removal-directions-notice
reparation-project-attendance-sheet
reporting-events-attendance-history
requesting-state-further-information-reply
resettlement-housing-referral
resettlement-panel-narrative-summary
resident-email-exchange-with-probation-practitioner
residential-unit-weekly-behaviour-narrative
responsible-clinician-tribunal-report
restorative-justice-conference-notes
restraining-order
restraint-order-asset-schedule
review-draft-factual-accuracy-response
revocation-of-licence-notice
rio-progress-notes-print
risk-management-plan-narrative
roma-charity-casework-letter
rotl-board-minutes
rotl-work-placement-agreement
rotl_application
royal-mail-redirection-form
rule-35-medical-report
s47-transfer-direction-warrant
safeguarding-adults-enquiry-outcome
safer-schools-officer-note
salon-training-client-booking-sheet
school-attendance-letter
school-child-collection-arrangements-letter
school-exclusion-notice
school-managed-move-agreement
school-nurse-contact-record
school-reintegration-meeting-notes
school-safeguarding-chronology
school-safeguarding-lead-email-exchange-with-yjs
search-warrant-application
seclusion-record
section-10-formal-admissions
section-117-aftercare-planning-report
section-17-leave-form
section-21-possession-notice-ocr
section-7-welfare-report-extract
secure-school-teacher-email-exchange
security-department-email-chain
security_information_report
security_intelligence_log
segregation-healthcare-daily-screen
segregation-review
seized-document-transcription
sentence-calculation
sentence-plan-review-minutes
sentencing-remarks
serious-further-offence-review-report
setting-up-home-allowance-receipt
sex-offender-notification
sfo-staff-interview-record
significant-witness-interview-summary
sio-policy-file
sister-letter-to-public-protection-unit
site-pitch-licence-agreement
slavery-duty-to-notify-form
smart-doorbell-event-log
social-media-account-subscriber-return
social-media-transcription
social-visit-application
social-work-evidence-template-final-statement
social-worker-core-group-minutes
solicitor-client-care-letter
solicitor-request-for-prison-medical-records
solicitor_letter
special-measures-application-extract
speech-language-communication-screening
spo-case-allocation-supervision-discussion-note
sports-coach-reference-letter
spouse-email-to-hospital-social-worker
spouse-email-to-irc-welfare-office-with-reply
stop-and-search-record
storage-unit-rental-agreement
structured-risk-and-need-report-numbered-sections
student-finance-letter
support-payment-card-statement-printout
supported-lodgings-host-report
suspect-interview-plan
suspicious-activity-report-extract
talking-therapies-referral-form
taxi-booking-record
tb-screening-result-fax
tca-arrest-warrant-certificate
teams-chat-transcript
telegram-group-chat-extract
telephone-billing-analysis
telephone-monitoring-summary
telephone_monitoring
tenancy-agreement-ocr-scan
tenancy-deposit-certificate
text-transcript
text_message_transcript
threat-to-life-warning-notice
township-kinship-and-byname-record
trace-interview-eliminate-subject-report
transition-to-adult-estate-plan
translated-romanian-criminal-record-certificate
translated-voicemail-transcript
travel_id_paperwork
travel_record
traveller-education-service-note
trial-witness-running-order
tribunal-record-of-proceedings
tribunal-social-circumstances-report
trim-risk-assessment-record
tv-licensing-enquiry-letter
uncle-accommodation-and-support-statement
universal-credit-journal
unpaid-work-completion-certificate
unpaid-work-health-and-safety-declaration
unpaid-work-project-transport-manifest
unpaid-work-timesheet
upper-tribunal-permission-decision
use_of_force_report
vaccination-record
vehicle-hire-agreement
vehicle-seizure-notice
veterans-support-letter
viber-chat-export
victim-awareness-course-workbook-extract
victim-care-contract-support-plan
victim-contact-letter
victim-contact-preferences-and-safe-contact-record
victim-email-reply-to-witness-care-officer
victim-loss-schedule
victim-needs-assessment
victim-personal-statement
victim-representations-on-licence-conditions
victim-right-to-review-letter
victim-worker-restorative-conversation-record
victim_liaison_note
video-call-log
visit-log
visitor-vetting-police-checks-return
visits-hall-seating-plan
visits_booking
visits_log
voluntary-interview-transcript
wanted-missing-circulation-notice
ward-round-minutes
web-contact-form-submission-printout
welsh-language-preference-record
whatsapp-export
wing-observation-book
wing_observation_book
witness-care-letter
witness-expenses-claim
witness-service-pretrial-visit-letter
witness-statement
witness_statement
witness_statement_mg11
womens-centre-referral-form
workshop-pay-sheet
ycs-placement-decision-record
yjs-duty-desk-telephone-message-slips
yjs-first-appointment-letter-to-young-person-and-parent
yot-referral
young-adult-maturity-screening
young-person-email-to-case-manager
youth-club-incident-log
youth-court-bail-supervision-support-plan
youth-court-case-management-form
youth-court-results-letter-to-parent
youth-custody-education-baseline-assessment
youth-justice-case-formulation-report
youth-rehabilitation-order-intervention-plan
""".split())


# ================================================================ public bodies
PUBLIC_BODIES = [
    {"name": "HMP & YOI Hollinsmoor (women's prison)", "phones": ["0113 496 0102"],
     "postcodes": ["YD4 2QS"], "addresses": ["Moor Lane, Hollinsmoor, Wakefield"],
     "emails": ["omu.hollinsmoor@justice.example.gov.uk"]},
    {"name": "DWP Debt Management", "phones": ["0808 157 0412"], "postcodes": ["ZB1 4DN"],
     "addresses": ["Debt Management Centre, Castle Yard, Ashgrove"],
     "emails": ["dm.recovery@dwp.example.gov.uk"]},
    {"name": "Bradford City Housing Office", "phones": ["0113 496 0250"],
     "postcodes": ["YB1 1HQ"], "addresses": ["Kirkgate Chambers, 3 Kirkgate, Bradford"],
     "emails": ["tenancy.support@housing.example.gov.uk"]},
    {"name": "HMRC Child Benefit Office", "phones": ["0808 157 0133"],
     "postcodes": ["ZB9 1BX"], "addresses": ["Child Benefit Office, PO Box 1, Ashgrove"]},
    {"name": "Lambeth and Southwark Probation Delivery Unit", "phones": ["020 7946 0300"],
     "postcodes": ["YL2 6PD"], "addresses": ["Canterbury House, 40 Brixfield Road, London"],
     "emails": ["ls.pdu@probation.example.gov.uk"]},
    {"name": "DWP Personal Independence Payment", "phones": ["0808 157 0620"]},
    {"name": "DVLA Vehicle Enquiries", "postcodes": ["ZS99 1BA"],
     "addresses": ["DVLA, Longview Road, Ashgrove"]},
    {"name": "Westerleigh Police Custody Suite", "phones": ["0161 496 0700"],
     "postcodes": ["YM3 8PW"], "addresses": ["Custody Suite, 1 Forge Street, Westerleigh"],
     "emails": ["custody.westerleigh@police.example.uk"]},
    {"name": "Westerleigh Police Investigation Hub", "phones": ["0161 496 0755"],
     "emails": ["cid.westerleigh@police.example.uk"]},
    {"name": "Brackenhurst Immigration Removal Centre", "phones": ["0118 496 0600"],
     "postcodes": ["YR8 2HB"], "addresses": ["Brackenhurst IRC, Perimeter Road, Kelderby"],
     "emails": ["welfare.brackenhurst@irc.example.gov.uk"]},
    {"name": "Home Office Detention Engagement Team", "phones": ["0118 496 0640"],
     "emails": ["det.brackenhurst@homeoffice.example.gov.uk"]},
    {"name": "Rivermead Hospital (mental health)", "phones": ["0117 496 0200"],
     "postcodes": ["YW5 3NA"], "addresses": ["Rivermead Hospital, Orchard Lane, Marlowe Cross"],
     "emails": ["rivermead.mha@nhs.example.uk"]},
    {"name": "Family Court at Marlowe Cross", "phones": ["0117 496 0410"],
     "postcodes": ["YW1 2FD"], "addresses": ["Marlowe Cross Justice Centre, 8 Quay Street, Marlowe Cross"],
     "emails": ["family.marlowecross@courts.example.gov.uk"]},
]

BUNDLES = []

# ================================================================ bundle 01
# Pakistani Mirpuri woman, 41, women's prison.  Given name + "Begum"; recorded
# under her husband's name (Tariq / Mahmood), her father's clan name (Chaudhry) and
# as "Bibi".  Joint tenancy and joint account with her husband (labelled subject).
B1_MACROS = {
    "SN": "Shazia Parveen BEGUM|n.s",
    "PN": "A4127FX|pn.s",
    "NI": "JT 48 26 71 C|ni.s",
    "NHS": "999 402 7131|nhs.s",
    "PNC": "2019/0271634T|pnc.s",
    "CRO": "318842/19Q|cro.s",
    "HOME": "14 Quarry Bank Terrace, Thornleigh, Bradford|ad.s",
    "HOMEPC": "YB7 4RW|pc.s",
    "PREV": "Flat 2, 61 Mannville Road, Keighley|ad.s",
    "PREVPC": "YB21 3HN|pc.s",
    "OLD": "27 Ghyll Royd, Batley|ad.s",
    "OLDPC": "YB17 9DT|pc.s",
    "MOB": "07700 900314|ph.s",
    "OLDMOB": "07700 900871|ph.s",
    "LAND": "0113 496 0427|ph.s",
    "EM1": "shazia.begum83@example.com|em.s",
    "EM2": "s.tariq.home@example.net|em.s",
    "JSC": "40-62-28|sc.s",
    "JAC": "31447209|ac.s",
    "BSC": "20-41-76|sc.s",
    "BAC": "73014452|ac.s",
    "HUSB": "Tariq MAHMOOD|n.t",
    "HMOB": "07700 900562|ph.t",
    "RUB": "Rubina BEGUM|n.t",
    "HOADDR": "Kirkgate Chambers, 3 Kirkgate, Bradford|ad.b",
    "HOPC": "YB1 1HQ|pc.b",
    "HOTEL": "0113 496 0250|ph.b",
    "HOEM": "tenancy.support@housing.example.gov.uk|em.b",
    "DMADDR": "Debt Management Centre, Castle Yard, Ashgrove|ad.b",
    "DMPC": "ZB1 4DN|pc.b",
    "DMTEL": "0808 157 0412|ph.b",
    "DMEM": "dm.recovery@dwp.example.gov.uk|em.b",
    "CBADDR": "Child Benefit Office, PO Box 1, Ashgrove|ad.b",
    "CBPC": "ZB9 1BX|pc.b",
    "CBTEL": "0808 157 0133|ph.b",
    "PBADDR": "Moor Lane, Hollinsmoor, Wakefield|ad.b",
    "PBPC": "YD4 2QS|pc.b",
    "PBTEL": "0113 496 0102|ph.b",
    "PBEM": "omu.hollinsmoor@justice.example.gov.uk|em.b",
}

B1_DOCS = [
("nomis-personal-details-and-aliases-screen-print", ["""
NOMIS  ·  Prisoner Details  ·  Personal                     Printed 03/06/2024 09:14
Establishment: HMP & YOI Hollinsmoor          User: {{JASHWORTH|n.f}}
------------------------------------------------------------------------------------
Prison No.¦<<PN>>¦Status¦Remand -> Convicted (sentenced 14/03/2024)
Surname¦{{BEGUM|n.s}}¦Forename(s)¦{{SHAZIA PARVEEN|n.s}}
DOB¦{{07/11/1983|dob.s}}¦Sex¦F (ethnicity A2 Pakistani)
PNC ID¦<<PNC>>¦CRO No.¦<<CRO>>
NI Number¦{{JT482671C|ni.s}}¦NHS No.¦<<NHS>>
Religion¦Muslim (Sunni)¦Language¦Pahari-Pothwari / English (conversational)

ALIASES / OTHER NAMES
  Type¦Surname¦Forename¦DOB¦Source
  Married name¦{{MAHMOOD|n.s}}¦{{SHAZIA|n.s}}¦{{07/11/1983|dob.s}}¦Court list 2019
  Husband's name¦{{TARIQ|n.s}}¦{{SHAZIA|n.s}}¦{{07/11/1983|dob.s}}¦PNC
  Maiden/clan¦{{CHAUDHRY|n.s}}¦{{SHAZIA|n.s}}¦{{11/07/1983|dob.s|07/11/1983}}¦PNC (transposed DOB)
  Working name¦{{BIBI|n.s}}¦{{SHAZIA|n.s}}¦{{07-NOV-83|dob.s}}¦LIDS import
  Misspelling¦{{BEGAM|n.s}}¦{{SHAZIYA|n.s}}¦{{07/11/1983|dob.s}}¦Reception clerk
  Known as¦"{{Shaz|n.s}}"¦-¦-¦Self

ADDRESSES
  Current (pre-custody)¦<<HOME>>¦<<HOMEPC>>¦Joint tenant with husband
  Previous¦<<PREV>>¦<<PREVPC>>¦2014 - 2019
  Previous¦<<OLD>>¦<<OLDPC>>¦2006 - 2014
""", """
NOMIS  ·  Prisoner Details  ·  {{BEGUM, SHAZIA PARVEEN|n.s}}  <<PN>>          page 2 of 2
------------------------------------------------------------------------------------
CONTACTS (approved)
  Relationship¦Name¦Phone¦Address
  Husband¦{{MAHMOOD, TARIQ|n.t}}¦<<HMOB>>¦<<HOME>>
  Sister-in-law¦{{BEGUM, RUBINA|n.t}}¦{{07700 900693|ph.t}}¦{{9 Quarry Bank Terrace, Thornleigh, Bradford|ad.t}} {{YB7 4RX|pc.t}}
  Father¦{{CHAUDHRY, MOHAMMED AKBAR|n.t}} {{0113 496 0588|ph.t}}¦{{3 Cliffe Vale Road, Keighley|ad.t}} {{YB21 4LT|pc.t}}
  Son¦{{TARIQ, HAMZA|n.t}}¦c/o husband
  Daughter¦{{TARIQ, ALEENA|n.t}}¦c/o husband

PHONE NUMBERS HELD FOR PRISONER
  Own mobile (pre-custody)   <<MOB>>   - handset in stored property, bag seal 00417
  Debit card in stored property: Northgate Visa debit {{4659 0112 7733 5140|card.s}} (joint a/c)
  Old mobile (to 2021)       <<OLDMOB>>   - per PNC warning marker
  Home landline              <<LAND>>  - shared household line
EMAIL (email-a-prisoner registration)  <<EM1>>
                                       <<EM2>> (old, bounced)

ALERTS  Victim contact scheme (see {{WALSH|n.t}} cell share note) | Interpreter for legal visits
Note entered by Officer {{C. DENHOLM|n.f}}: prisoner prefers to be called {{Shazia|n.s}}, not
"Mrs {{Tariq|n.s}}" - husband's name only used by the court. Record under {{BEGUM|n.s}}.
Establishment switchboard <<PBTEL>>; OMU mailbox <<PBEM>>.
"""]),
]

B1_DOCS += [
("prisoner-basic-bank-account-application", ["""
NORTHGATE BANK - BASIC ACCOUNT APPLICATION (PRISON PARTNERSHIP SCHEME)
Completed in Education block with the Resettlement team.   Applicant copy / Bank copy

1. Applicant
   Title   Mrs      First name(s)  {{Shazia Parveen|n.s}}       Surname  {{Begum|n.s}}
   Other names used in last 6 years:  {{Shazia Mahmood|n.s}}; {{Shazia Tariq|n.s}}
   Date of birth (DD/MM/YYYY)  {{07 / 11 / 1983|dob.s}}     Town of birth  Kotli (AJK)
   National Insurance number   {{J T 4 8 2 6 7 1 C|ni.s}}
   Prison number  <<PN>>        Expected release  10/2025

2. Addresses (last three years - include your address before custody)
   a) Address before custody   <<HOME>>
      Postcode  <<HOMEPC>>     Lived there from 06/2019    Owner / Tenant / Other: tenant (joint)
   b) Previous                 {{Flat 2, 61 Mannville Rd, Keighley|ad.s}}  {{YB213HN|pc.s}}
   c) Correspondence address while in custody: <<PBADDR>> <<PBPC>>

3. Contact
   Mobile (on release)  <<MOB>>     Home tel  <<LAND>>
   E-mail               {{SHAZIA.BEGUM83@EXAMPLE.COM|em.s}}

4. Existing accounts (tick and give details)
   [x] Joint account with husband {{Tariq Mahmood|n.t}}
       Sort code  {{40 - 62 - 28|sc.s}}
       Account no {{3144 7209|ac.s}}           (statements go to home address)
   [x] Husband's sole account - NOT the applicant's - for information only
       Sort code  {{40-62-28|sc.t}}  Account no {{58830164|ac.t}}
   [ ] Credit card      [x] Debit card  -  card ending {{5140|card.s}} (on joint account, cancelled)

5. Declaration   I confirm the details above are correct.
   Signed  {{S. P. Begum|n.s}}           Date 22/05/2024
   Witnessed by (prison staff)  {{Farah IQBAL|n.f}}, Resettlement Officer
"""]),
("tenancy-sustainment-officer-custody-plan", ["""
BRADFORD CITY HOUSING - TENANCY SUSTAINMENT PLAN (TENANT IN CUSTODY)
Reference: TSP/CUST/0412      Date of plan: 04/04/2024
Tenancy ref: joint secure tenancy      Property: <<HOME>>, <<HOMEPC>>
Tenant 1: Mrs {{S P Begum|n.s}}  (aka {{Shazia Mahmood|n.s}})   DOB {{7.11.83|dob.s}}
Tenant 2: Mr {{T Mahmood|n.t}}   DOB {{02/04/1979|dob.t}}
Officer: {{Lorraine HEPWORTH|n.f}}, Tenancy Sustainment Officer  tel {{0113 496 0261|ph.f}}
Office: <<HOADDR>> <<HOPC>>   <<HOTEL>>   <<HOEM>>

Background
Mrs {{Begum|n.s}} was received at HMP & YOI Hollinsmoor on 02/02/2024. She has asked that
the tenancy at {{14 Quarry Bank Terr.|ad.s}} be kept, as her husband remains there with the
children {{Hamza|n.t}} and {{Aleena|n.t}}. Rent account shows arrears of GBP 612.40 since the
Housing Benefit award in her name stopped. The tenant's previous tenancy at
{{Flat 2, 61 Mannville Road|ad.s}} ended with a clear rent account in 2019.

Household at the property
  Name¦Relationship to tenant 1¦DOB
  {{Tariq MAHMOOD|n.t}}¦Husband (joint tenant)¦{{02/04/1979|dob.t}}
  {{Hamza TARIQ|n.t}}¦Son¦{{16/05/2012|dob.t}}
  {{Aleena TARIQ|n.t}}¦Daughter¦{{30/08/2015|dob.t}}
  {{Rubina Begum|n.t}} (visits)¦Husband's sister-in-law -¦lives in the same terrace, not household

Previous occupant note: before the tenants moved in, the property was let to Mr {{Derek FAIRBURN|n.t}}
(now at {{22 Lister Close, Thornleigh, Bradford|ad.t}} {{YB7 5EG|pc.t}}). Post still arrives for him;
do not forward it to Mrs {{Begum|n.s}}.

Actions
 1. Housing Benefit: claim to be re-made by Mr {{Mahmood|n.t}} as sole liable person; his
    mobile <<HMOB>>. {{Shazia|n.s}}'s own mobile <<MOB>> is in prison property - do not use.
 2. Rent: GBP 8.00 per week from the joint account {{40-62-28|sc.s}} / {{31447209|ac.s}}.
 3. Discuss the plan with the prison Resettlement team ({{F. Iqbal|n.f}}) on <<PBTEL>>.
 4. Review on 01/09/2024 or on release, whichever is sooner.
"""]),
]

B1_DOCS += [
("nikah-certificate-translation", ["""
CERTIFIED TRANSLATION FROM URDU - NIKAH NAMA (MARRIAGE CONTRACT)
Translator: {{Imtiaz H. RAJA|n.t}}, Pennine Language Services Ltd
Translation requested by: solicitors for Mrs {{Shazia Parveen Begum|n.s}}

Union Council: Dadyal, District Mirpur (AJK)

Column 2   Name of bride                 {{Shazia Parveen|n.s}}
Column 3   Bride's father's name         {{Chaudhry Mohammed Akbar|n.t}}
           (clan name first; the bride is recorded in UK papers as
            "{{Shazia Chaudhry|n.s}}", "{{Shazia Bibi|n.s}}" and "{{Shazia Begum|n.s}}")
Column 4   Bride's age / date of birth   {{7th November 1983|dob.s}}
Column 5   Name of bridegroom            {{Tariq Mahmood|n.t}} son of {{Mahmood Hussain|n.t}}
Column 6   Bridegroom's date of birth    {{2nd April 1979|dob.t}}
Column 8   Bride's representative (wakil) {{Mohammed Arif|n.t}} (paternal uncle)
Column 9   Witnesses                     {{Zafar Iqbal CHAUDHRY|n.t}} and {{Nazir Ahmed|n.t}}
Column 13  Dower (haq mehr)              Rs 50,000 - paid
Column 16  Date of marriage              14th June 2002
Nikah performed by                        {{Maulana Abdul Ghafoor|n.t}}

Translator's note: the two honorific endings used for women in the bride's family
are interchangeable; the bride has no inherited surname. In the UK she
has used her husband's name ("{{Shazia Tariq|n.s}}", "{{Shazia Mahmood|n.s}}"). Her
father's name "{{Akbar|n.t}}" is not part of her own name.

I certify this is a true translation.  {{I. H. Raja|n.t}}   11/03/2024
"""]),
("mobile-network-debt-collection-letter", ["""
Calderbrook Collections Ltd  -  acting for Vectra Mobile
PO Box 77, Halifax                                          Client: Vectra Mobile

Mrs {{S. Begum|n.s}}
<<HOME>>
<<HOMEPC>>

Date: 19 February 2024

Dear Ms {{Begum|n.s}},

Account holder: {{SHAZIA BEGUM|n.s}}     Date of birth on account: {{07.11.1983|dob.s}}
Vectra account mobile number: <<OLDMOB>>   (disconnected 08/2021)
Additional line on the same account: {{07700 900238|ph.s}}  (family SIM - account holder liable)
Outstanding balance: GBP 386.17

We have been instructed to recover the balance above. Our records show that you
moved from <<PREV>>, <<PREVPC>>; we traced you to your current address through
a credit reference search. We previously wrote to {{shazbegum@mail.example.co.uk|em.s}},
which you gave when the contract was opened, but had no reply.

The additional line {{07700 900238|ph.s}} was used by your son {{Hamza|n.t}}. It remains your
liability as account holder. The handset on that line was registered to the
account in your name; it is not in your husband's name ({{T. Mahmood|n.t}}, mobile
<<HMOB>>, who holds a separate Vectra account).

To pay: card ending {{5140|card.s}} is no longer valid. Please call the number on
the enclosed payment slip or pay by bank transfer quoting your name and address.

If you are in prison, a relative or your prison Resettlement officer can contact
us on your behalf. We will hold the account for 30 days.

Yours sincerely
{{Marcus OYELARAN|n.t}}
Collections Agent, Calderbrook Collections Ltd
"""]),
]

B1_DOCS += [
("dwp-overpayment-recovery-notice", ["""
Department for Work and Pensions - Debt Management
<<DMADDR>>  <<DMPC>>
Telephone <<DMTEL>>   Email <<DMEM>>

{{Shazia P Begum|n.s}}
c/o HMP & YOI Hollinsmoor, <<PBADDR>>, <<PBPC>>
Prison number <<PN>>

National Insurance number: {{jt 48 26 71 c|ni.s}}              Date: 12 April 2024

NOTICE OF OVERPAYMENT AND RECOVERY - Universal Credit (joint claim)

Claimants:  Ms {{S P BEGUM|n.s}} (NI {{JT482671C|ni.s}})  and  Mr {{T MAHMOOD|n.t}} (NI {{NZ 33 71 08 A|ni.t}})
Claim address during the overpayment period: <<HOME>>, <<HOMEPC>>

Overpayment period   04/09/2023 to 01/02/2024         Amount   GBP 2,318.66
Reason               The claim continued to include the housing element and the
                     second adult after the claimant entered custody.
Your share of the debt (joint and several): GBP 2,318.66

Payments were made to the joint account
   Sort code    <<JSC>>
   Account      <<JAC>>
   held by {{S P Begum|n.s}} & {{T Mahmood|n.t}}.
An earlier award was paid to the claimant's own account at sort code <<BSC>>,
account <<BAC>> (opened through the prison bank scheme); no overpayment arose on it.

Recovery: we will recover GBP 40.00 a month from Mr {{Mahmood|n.t}}'s ongoing award. We will
not seek recovery from Mrs {{Begum|n.s}} while she is in custody. If you dispute this
decision you can ask for a mandatory reconsideration within one month.

Decision maker: {{K. LINDQVIST|n.f}}, Debt Management Officer, direct line {{0808 157 0419|ph.f}}
""", """
DWP Debt Management - {{BEGUM S P|n.s}} - {{JT 48 26 71 C|ni.s}}                        Page 2

Schedule of payments received (joint claim)
 Assessment period end¦Paid to¦Amount
 03/10/2023¦<<JSC>> <<JAC>>¦GBP 1,106.42
 03/11/2023¦<<JSC>> <<JAC>>¦GBP 1,106.42
 03/12/2023¦<<JSC>> <<JAC>>¦GBP 1,106.42
 03/01/2024¦{{406228|sc.s}} {{31447209|ac.s}}¦GBP 1,106.42
 03/02/2024¦<<JSC>> <<JAC>>¦GBP 1,106.42

Previous addresses held on the claimant's record:
  <<PREV>>   (2014-2019)
  <<OLD>>   (2006-2014, postcode not held)
Contact numbers held: <<MOB>> (claimant), <<LAND>> (household), <<HMOB>> (partner)
Journal e-mail on the claim: <<EM1>>
"""]),
("child-benefit-payee-change-letter", ["""
HM Revenue & Customs - Child Benefit Office
<<CBADDR>>  <<CBPC>>     Helpline <<CBTEL>>

Mrs {{Shazia BEGUM|n.s}}
<<PREV>>
<<PREVPC>>
(forwarded by Royal Mail redirection to <<HOME>>)

Date 6 March 2024

Child Benefit - change of payee

Dear Mrs {{Begum|n.s}}

Your husband, Mr {{Tariq Mahmood|n.t}}, has claimed Child Benefit for {{Hamza Tariq|n.t}}
(born {{16 May 2012|dob.t}}) and {{Aleena Tariq|n.t}} (born {{30 August 2015|dob.t}}) from 5 February
2024 because you are in custody. Child Benefit will stop being paid to you from that
date. We have your details as:

   Name                  {{BEGUM, Shazia Parveen|n.s}}  also known as {{Shazia MAHMOOD|n.s}}
   Date of birth         {{7 Nov 1983|dob.s}}
   National Insurance    {{JT 482671 C|ni.s}}
   Bank account          {{20 41 76|sc.s}}   {{73014452|ac.s}}   (your own account)

The last payment of GBP 178.80 was made to your own account on 26 February 2024.
Future payments will go to Mr {{Mahmood|n.t}}'s account, not to the joint account
ending {{7209|ac.s}}.

If you do not agree, or you return home to live with the children, please call us
on <<CBTEL>>. You can also write to us at the address above.

Child Benefit Office
"""]),
]

B1_DOCS += [
("passport-renewal-form-extract", ["""
HM PASSPORT OFFICE - ADULT PASSPORT RENEWAL (paper form, extract; application made from
custody through the prison Resettlement team for use on release)

Section 1  Your current passport number   {{538164720|pp.s}}      Issued 2014 - expired 2024
Section 2  Title  MRS    Surname  {{BEGUM|n.s}}        First and middle names  {{SHAZIA PARVEEN|n.s}}
           Previous names: surname {{MAHMOOD|n.s}} (2002-2019 on bank cards only), {{CHAUDHRY|n.s}} (at birth)
           Date of birth  {{0 7 1 1 1 9 8 3|dob.s}}      Town of birth  KOTLI     Country  PAKISTAN
Section 3  Your address  c/o <<PBADDR>>, <<PBPC>>  (address on release: <<HOME>>)
           Daytime phone  <<PBTEL>> (Resettlement)   Mobile  <<MOB>>
           E-mail  <<EM1>>
Section 5  Family details (needed because you were born outside the UK)
           Father   {{Mohammed Akbar CHAUDHRY|n.t}}   born {{01/01/1950|dob.t}}  Kotli
           Mother   {{Zubeda BEGUM|n.t}}               date of birth not known             Dadyal
           Spouse   {{Tariq MAHMOOD|n.t}}              British passport {{719204566|pp.t}}
Section 10 Countersignatory
           Dr {{Naveed ANWAR|n.t}} (pharmacist, community pharmacy), known to the applicant 12 years
           Address  {{Anwar Pharmacy, 212 Leeds Road, Bradford|ad.t}} {{YB3 8RJ|pc.t}}
           Phone    {{0113 496 0834|ph.t}}    "I certify that this is a true likeness of
           Mrs {{Shazia Begum|n.s}}, whom I have known as {{Shazia Tariq|n.s}}."
Declaration signed {{Shazia P. Begum|n.s}}   Witness (prison) {{F. Iqbal|n.f}}   30/05/2024
"""]),
]

BUNDLES.append({
    "bundle_id": "eval23-01",
    "subject": {
        "name": "Shazia Parveen BEGUM",
        "aliases": ["Shazia Tariq", "Shazia Mahmood", "Shazia Bibi", "Shazia Chaudhry",
                    "Shaz", "Shaziya Begam", "S. P. Begum"],
        "date_of_birth": "1983-11-07",
        "prison_number": "A4127FX",
        "identifiers": {"ni_number": "JT 48 26 71 C", "nhs_number": "999 402 7131",
                        "pnc": "2019/0271634T", "cro": "318842/19Q"},
        "contact": {"addresses": ["14 Quarry Bank Terrace, Thornleigh, Bradford",
                                  "Flat 2, 61 Mannville Road, Keighley",
                                  "27 Ghyll Royd, Batley"],
                    "phones": ["07700 900314", "07700 900871", "0113 496 0427"],
                    "emails": ["shazia.begum83@example.com", "s.tariq.home@example.net",
                               "shazbegum@mail.example.co.uk"]},
    },
    "macros": B1_MACROS,
    "documents": B1_DOCS,
})


# ================================================================ bundle 02
# Jamaican man, 53, on a community order with probation in south London.  Yard
# name "Tallie" used by family and friends; known as "Delroy Francis" (mother's
# surname) until the 1990s.  Brother shares surname and the old family address.
# He drives his partner's car (named driver, shared car: labelled subject).
B2_MACROS = {
    "SN": "Delroy Winston CAMPBELL|n.s",
    "CRN": "D482913|crn.s",
    "PNC": "2008/0193377N|pnc.s",
    "CRO": "077391/08X|cro.s",
    "NI": "WL 71 30 95 B|ni.s",
    "NHS": "999 618 2541|nhs.s",
    "DL": "CAMPB703191DW9KT|dl.s",
    "HOME": "Flat 6, Carrow Court, 118 Brixfield Road, London|ad.s",
    "HOMEPC": "YL2 7QU|pc.s",
    "MUM": "41 Somerleyton Walk, London|ad.s",
    "MUMPC": "YL9 1XJ|pc.s",
    "HOST": "Room 12, Haldane House, 7 Coldharbour Rise, London|ad.s",
    "HOSTPC": "YL9 4BN|pc.s",
    "MOB": "07700 900147|ph.s",
    "OLDMOB": "07700 900731|ph.s",
    "EM1": "tallie.campbell@example.com|em.s",
    "EM2": "delroy.w.campbell@mail.example.net|em.s",
    "EM3": "dc.mobilemechanic@example.org|em.s",
    "PSC": "40-71-55|sc.s",
    "PAC": "68021934|ac.s",
    "BSC": "30-91-57|sc.s",
    "BAC": "62018843|ac.s",
    "VAN": "LK09 XRT|vr.s",
    "CAR": "KV65 TMB|vr.s",
    "IP1": "203.0.113.58|ip.s",
    "IP6": "2001:db8:4a1::17|ip.s",
    "MARCIA": "Marcia EDWARDS|n.t",
    "MMOB": "07700 900458|ph.t",
    "EVERTON": "Everton CAMPBELL|n.t",
    "EMOB": "07700 900925|ph.t",
    "PP": "Rachel ADEYEMI|n.f",
    "PPTEL": "020 7946 0317|ph.f",
    "PPEM": "rachel.adeyemi@probation.example.gov.uk|em.f",
    "PIPTEL": "0808 157 0620|ph.b",
    "DVLAADDR": "DVLA, Longview Road, Ashgrove|ad.b",
    "DVLAPC": "ZS99 1BA|pc.b",
    "PDUADDR": "Canterbury House, 40 Brixfield Road, London|ad.b",
    "PDUPC": "YL2 6PD|pc.b",
    "PDUTEL": "020 7946 0300|ph.b",
    "PDUEM": "ls.pdu@probation.example.gov.uk|em.b",
}

B2_DOCS = [
("probation-change-of-address-and-household-declaration", ["""
THE PROBATION SERVICE - Lambeth and Southwark PDU
CHANGE OF ADDRESS AND HOUSEHOLD DECLARATION (person on probation to complete)

Name:            <<SN>>          CRN: <<CRN>>
Other names:     "{{Tallie|n.s}}" (family/friends), {{Del|n.s}}, {{Delroy FRANCIS|n.s}} (to 1994)
Date of birth:   {{19-03-1971|dob.s}}      PNC: {{08/193377N|pnc.s}}   CRO: {{77391/08X|cro.s}}
NI number:       <<NI>>
Practitioner:    <<PP>>   tel <<PPTEL>>

PART A - address you are leaving
   {{Room 12, Haldane House, 7 Coldharbour Rise|ad.s}}, <<HOSTPC>>  (supported housing, from 02/2023)
PART B - new address
   <<HOME>>   Postcode <<HOMEPC>>
   Date moving in: 04/03/2024     Tenure: assured shorthold, tenancy in my sole name
PART C - addresses in the last five years
   <<MUM>> <<MUMPC>>   (my mum's house) 2016-2022
   <<HOST>> <<HOSTPC>>   2023-2024
PART D - who else will live at or stay overnight at the new address
   Name                     Relationship     DOB            Phone
   <<MARCIA>>           partner          {{12/08/1975|dob.t}}     <<MMOB>>   (3-4 nights a week)
   {{Shanice CAMPBELL|n.t}}         daughter         {{03/01/2006|dob.t}}     none (visits at weekends)
PART E - contact details
   Mobile  <<MOB>> (new)    Old mobile  <<OLDMOB>> (stolen 01/2024 - please delete)
   Email   <<EM1>>   /   <<EM2>>
PART F - declaration  I understand I must tell my probation practitioner before I change
   address.   Signed: {{D. W. Campbell|n.s}}     Date: 26/02/2024
---------------------------------------------------------------------------------
OFFICE USE   Home visit booked 05/03/2024 by <<PP>>. Police checks on new address and on
Ms {{Edwards|n.t}} requested from the PPU; note the brother <<EVERTON>> (mobile <<EMOB>>)
still lives at the family home at <<MUM>> and is NOT to be recorded as a household member.
Checked by SPO {{M. TILLOTSON|n.f}}.  PDU address <<PDUADDR>> <<PDUPC>>, <<PDUTEL>>, <<PDUEM>>.
"""]),
]

B2_DOCS += [
("vehicle-keeper-change-notification-v5c-transcription", ["""
[Transcription of a handwritten V5C/2 and V5C section 6 - new keeper details - copied
 to probation by the person on probation as evidence of vehicle ownership]

VEHICLE REGISTRATION MARK   {{LK09XRT|vr.s}}
Make/model   Ford Transit Connect (panel van)      Colour   White
NEW KEEPER
  Name        MR {{D W CAMPBELL|n.s}}
  Address     {{FLAT 6 CARROW CT, 118 BRIXFIELD RD, LONDON|ad.s}}
  Postcode    {{YL27QU|pc.s}}
  Date of sale/transfer   01/03/2024
  Driving licence number  {{CAMPB 703191 DW9KT|dl.s}}
SELLER (previous keeper)
  Name        {{Kwame ASANTE-BOATENG|n.t}}
  Address     {{22 Pellow Gardens, Croydon|ad.t}}   {{YL14 8SE|pc.t}}
  Tel         {{07700 900386|ph.t}}
Signature of new keeper   "{{Delroy Campbell|n.s}}"  (handwritten)

Return to DVLA: <<DVLAADDR>> <<DVLAPC>>

---- Practitioner note added on scan ----
Van is used for his mobile mechanic work (see invoice book). He also drives his
partner's Toyota Yaris {{KV65TMB|vr.s}} (insured as named driver on Ms {{Edwards|n.t}}'s policy).
The Audi seen outside the family home, {{YN18 PLW|vr.t}}, belongs to {{Andre WILLIAMS|n.t}}
(co-defendant in the 2008 matter, known as "{{Shotta|n.t}}"), not to Mr {{Campbell|n.s}}.
<<PP>>, 07/03/2024
"""]),
("sole-trader-invoice-book-extract", ["""
{{D.C.|n.s}} MOBILE MECHANIC  -  "{{Tallie|n.s}}'s Motors"  -  carbon copy invoice book (extract)
Proprietor {{Delroy Campbell|n.s}}   Tel <<MOB>>   Email <<EM3>>
Payment by bank transfer to:  {{D W Campbell|n.s}} t/a {{DC|n.s}} Mobile Mechanic
                              Sort code  <<BSC>>
                              Acc no.    <<BAC>>
                              IBAN       {{GB25 BRXB 3091 5762 0188 43|ib.s}}

No.¦Date¦Customer¦Vehicle¦Job¦GBP
041¦11/03/2024¦Mrs {{P. OKORO|n.t}}¦{{BD17 HUF|vr.t}}¦brake pads front¦85.00
¦¦{{07700 900512|ph.t}}¦¦¦
042¦13/03/2024¦{{Gary PHILPOTT|n.t}}¦{{WR62 ENX|vr.t}}¦alternator (part supplied)¦140.00
¦¦{{gphilpott@example.co.uk|em.t}}¦¦¦
043¦14/03/2024¦{{Marcia Edwards|n.t}}¦<<CAR>>¦service - NO CHARGE (own car)¦0.00
044¦18/03/2024¦{{Winston REID|n.t}} ("{{Bigga|n.t}}")¦{{LR13 VZK|vr.t}}¦clutch cable¦60.00
¦¦{{18 Tulse Vale, London|ad.t}} {{YL9 2GE|pc.t}}¦¦¦
045¦21/03/2024¦Hollis & Day Ltd¦fleet¦MOT prep x2¦190.00
046¦25/03/2024¦{{Everton Campbell|n.t}} (brother)¦{{GX11 BNE|vr.t}}¦tyres, cash¦40.00
¦¦<<EMOB>>¦¦¦

Page total  515.00   Paid into <<BSC>> / <<BAC>>: 475.00   Cash: 40.00
Note on back of book, in {{Delroy|n.s}}'s hand: "old number <<OLDMOB>> on the flyers - get new
ones printed. Van {{LK09 XRT|vr.s}} MOT due 09/2024."
"""]),
]

B2_DOCS += [
("domino-club-membership-ledger", ["""
BRIXFIELD CARIBBEAN ELDERS' DOMINO CLUB - MEMBERSHIP LEDGER 2023/24 (photocopy supplied
by the club secretary to support a community-hours placement request)

Mem¦Name (as known at club)¦Given name¦Phone¦Paid
 07¦"{{Bigga|n.t}}"¦{{Winston Reid|n.t}}¦{{07700 900604|ph.t}}¦Y
 11¦"{{Pepper|n.t}}"¦{{Lloyd GORDON|n.t}}¦{{07700 900615|ph.t}}¦Y
 15¦"{{Tallie|n.s}}"¦{{Delroy CAMPBELL|n.s}}¦<<MOB>>¦Y (new no.)
 15a¦(old entry, crossed out) "{{Tallie|n.s}}"¦{{Delroy Cambell|n.s}}¦<<OLDMOB>>
 19¦"{{Teacha|n.t}}"¦{{Neville BAILEY|n.t}}¦{{020 7946 0884|ph.t}}¦N
 22¦"Miss {{Vee|n.t}}"¦{{Veronica SINCLAIR|n.t}}¦{{07700 900640|ph.t}}¦Y
 23¦"{{Junior|n.t}}"¦{{Everton Campbell|n.t}}¦<<EMOB>>¦Y¦(brother of 15)

Secretary's note: "{{Tallie|n.s}}" has been a member since 1998, under his mother's name
at first ({{D. Francis|n.s}}). He runs the Thursday tournament and drives members home in the
van. His mum Mrs {{Icilda Francis|n.t}} was club treasurer until 2019.
Signed  {{Veronica Sinclair|n.t}} (Secretary)   {{v.sinclair@brixfield-elders.example.org|em.t}}
"""]),
("broadband-account-ip-allocation-record", ["""
CORALNET BROADBAND - RESPONSE TO COURT ORDER / AUTHORISED DISCLOSURE REQUEST
(customer account and IP allocation extract, supplied to the Probation Service for
 licence/order compliance - internet-enabled device condition)

ACCOUNT HOLDER
  Name            Mr {{Delroy W. Campbell|n.s}}
  DOB             {{19 Mar 1971|dob.s}}
  Install address <<HOME>>, <<HOMEPC>>
  Previous addr.  {{41 Somerleyton Wk, London|ad.s}} (account moved 04/03/2024)
  Contact         <<MOB>>  /  <<EM2>>
  Billing         Direct debit from sort code <<PSC>> account <<PAC>>
                  IBAN {{GB39WHBK40715568021934|ib.s}}

IP ALLOCATION LOG (times UTC)
  Start¦End¦Assigned address¦Router MAC
  2024-03-04 14:02¦2024-03-19 06:11¦<<IP1>>¦(withheld)
  2024-03-19 06:11¦2024-04-02 22:40¦{{203.0.113.61|ip.s}}¦(withheld)
  2024-04-02 22:40¦(current)¦<<IP1>>¦(withheld)
  IPv6 prefix delegated to the router:     {{2001:db8:4a1::/48|ip.s}}
  Handset seen on Wi-Fi (customer app):    <<IP6>>

OTHER USERS ON THE ACCOUNT (app logins)
  {{marcia.e75@example.net|em.t}}  (authorised user {{Marcia Edwards|n.t}}, added 10/03/2024)
OLD ACCOUNT (closed) at {{41 Somerleyton Walk|ad.s}}: customer Mrs {{I. FRANCIS|n.t}}, phone {{020 7946 0871|ph.t}};
  IP {{198.51.100.23|ip.t}} - not the subject's; Mr {{Campbell|n.s}} was only an authorised user.

Subject identifiers supplied with the request: CRN <<CRN>>, PNC <<PNC>>, CRO <<CRO>>.
Disclosure officer: {{Priya NANDA|n.t}}, Coralnet Law Enforcement Liaison
"""]),
]

B2_DOCS += [
("personal-independence-payment-assessment-report", ["""
PIP ASSESSMENT REPORT (PA4) - functional assessment by telephone
Assessment provider: Meridian Health Assessments (on behalf of DWP)
Claimant        {{CAMPBELL, Delroy Winston|n.s}}
NINO            {{WL713095B|ni.s}}                DOB  {{19/03/71|dob.s}}
NHS number      <<NHS>>
Address         <<HOME>>   <<HOMEPC>>
Phone           <<MOB>>
Companion present: {{Marcia Edwards|n.t}} (partner) - joined the call from {{07700 900458|ph.t}}
Health professional: {{Sarah QUINN|n.f}}, Registered Nurse, Disability Assessor

Sources of evidence: GP factual report (Dr {{A. Mensah|n.f}}, Stockwell Green Surgery);
probation letter from <<PP>> dated 14/03/2024; claimant's PIP2 questionnaire.

History  Mr {{Campbell|n.s}} (who said he prefers "{{Del|n.s}}") has type 2 diabetes with
peripheral neuropathy in both feet, and osteoarthritis of the right knee. He works
part-time as a mobile mechanic and reports that he can kneel for about 10 minutes. His
brother {{Everton|n.t}} helps lift parts. He lives in a first-floor flat ({{Flat 6|ad.s}}) with
no lift; he moved from his mother's house in {{Somerleyton Walk|ad.s}} in March 2024.

Daily living descriptors         Points    Mobility descriptors        Points
 1 Preparing food          1b      2        11 Planning journeys   11a       0
 4 Washing and bathing     4b      2        12 Moving around       12b       4
 6 Dressing                6b      2
Total daily living 6 (no award)            Total mobility 4 (no award)

Consistency  The claimant drives a van ({{LK09 XRT|vr.s}}) for work and his partner's car.
Justification  Findings consistent with the GP evidence.
Report completed by {{S. Quinn|n.f}}, 02/04/2024.  DWP PIP enquiry line <<PIPTEL>>.
"""]),
("credit-reference-report-extract", ["""
STATUTORY CREDIT REPORT (copy obtained by the person on probation and handed to his
probation practitioner for a debt-advice referral)                     Page 1 of 2

Name on file      MR {{DELROY WINSTON CAMPBELL|n.s}}
Also known as     {{DELROY FRANCIS|n.s}}  |  {{DELROY W CAMBELL|n.s}}  |  {{D CAMPBELL|n.s}}
Date of birth     {{19/03/1971|dob.s}}
Electoral roll    <<HOME>> <<HOMEPC>> - registered 2024
                  {{41 SOMERLEYTON WALK, LONDON|ad.s}} {{YL9 1XJ|pc.s}} - 2016 to 2022
                  {{FLAT 3, 9 ACRE LANE, LONDON|ad.s}} {{YL2 5RP|pc.s}} - 2009 to 2015

ACCOUNTS
 Lender / type             Account                     Status        Balance
 Whitehall Bank current    {{40-71-55|sc.s}} ****{{1934|ac.s}}            up to date    --
 Brixton Exchange Bank      <<BSC>> ****{{8843|ac.s}}            up to date    --
  business current
 Lumen credit card         {{5155 80** **** 3783|card.s}}   arrears 2   GBP 1,240
 Vectra Mobile             {{07700 900731|ph.s}}                default 2021  GBP 212
 Coralnet broadband        account at new address       up to date    --
""", """
STATUTORY CREDIT REPORT - {{DELROY WINSTON CAMPBELL|n.s}} - {{19/03/1971|dob.s}}          Page 2 of 2

FINANCIAL ASSOCIATIONS
 MISS {{MARCIA EDWARDS|n.t}}    joint application for a car loan, 2019 (settled)
 Associate's address  {{27 Ferndene Road, London|ad.t}} {{YL5 3AW|pc.t}}

SEARCHES IN THE LAST 12 MONTHS
 04/03/2024  Coralnet Broadband     (new account)
 19/02/2024  Lumen Finance          (account management)

PREVIOUS SEARCHES BY PEOPLE WHO SHARE AN ADDRESS WITH YOU (not linked to you)
 MR {{EVERTON CAMPBELL|n.t}}  at {{41 Somerleyton Walk, London|ad.s}} - not a financial associate
 MRS {{ICILDA FRANCIS|n.t}} at {{41 Somerleyton Walk, London|ad.s}} - not a financial associate

NOTICE OF CORRECTION (added by the consumer)
"The Lumen card ending {{3783|card.s}} was used by someone else after my phone {{07700 900731|ph.s}}
was stolen. I reported it to the police on 12/01/2024. - {{D. W. Campbell|n.s}}"
"""]),
]

B2_DOCS += [
("probation-travel-expenses-claim-form", ["""
PROBATION SERVICE - CLAIM FOR TRAVEL EXPENSES (appointments and unpaid work)
Name           {{CAMPBELL Delroy W|n.s}}         CRN  {{d482913|crn.s}}
Address        {{Flat 6 Carrow Court, Brixfield Road|ad.s}}  <<HOMEPC>>
Practitioner   {{R. Adeyemi|n.f}}

Date¦Journey¦Mode¦GBP
05/03/2024¦Home -> PDU office, Canterbury House¦bus¦3.50
12/03/2024¦Home -> Stockwell Green Surgery -> PDU¦bus¦3.50
19/03/2024¦Home -> PDU (birthday - appointment moved)¦own van {{LK09 XRT|vr.s}}¦6.20 (mileage)
26/03/2024¦Mum's house ({{41 Somerleyton Wk|ad.s}}) -> PDU¦lift from {{Marcia|n.t}}¦0.00
02/04/2024¦Home -> unpaid work project (Brixfield Rec)¦partner's car <<CAR>>¦4.80

Total claimed GBP 18.00

Pay to (must be the claimant's own account)
  Account name   MR {{D W CAMPBELL|n.s}}
  Sort code      {{40 71 55|sc.s}}
  Account no.    {{6802|ac.s}}
                 {{1934|ac.s}}   [account number written across two lines on the form]

Do NOT pay to the account on the previous claim - that was my brother {{Everton|n.t}}'s
account ({{20-32-06|sc.t}} {{44915027|ac.t}}) which I used when I had no bank account.

Claimant's signature {{D Campbell|n.s}}    Date 03/04/2024
Authorised {{R. Adeyemi|n.f}}   Queries to <<PPEM>> or <<PPTEL>>
"""]),
]

BUNDLES.append({
    "bundle_id": "eval23-02",
    "subject": {
        "name": "Delroy Winston CAMPBELL",
        "aliases": ["Tallie", "Del", "Delroy Francis", "D. Francis", "Delroy Cambell",
                    "D. W. Campbell", "D.C."],
        "date_of_birth": "1971-03-19",
        "identifiers": {"ni_number": "WL 71 30 95 B", "nhs_number": "999 618 2541",
                        "pnc": "2008/0193377N", "cro": "077391/08X", "crn": "D482913"},
        "contact": {"addresses": ["Flat 6, Carrow Court, 118 Brixfield Road, London",
                                  "41 Somerleyton Walk, London",
                                  "Room 12, Haldane House, 7 Coldharbour Rise, London",
                                  "FLAT 3, 9 ACRE LANE, LONDON"],
                    "phones": ["07700 900147", "07700 900731"],
                    "emails": ["tallie.campbell@example.com",
                               "delroy.w.campbell@mail.example.net",
                               "dc.mobilemechanic@example.org"]},
    },
    "macros": B2_MACROS,
    "documents": B2_DOCS,
})


# ================================================================ bundle 03
# Polish woman, 34, arrested and interviewed by police (custody and investigation):
# payroll clerk suspected of diverting agency workers' wages to accounts in her own
# and her maiden name.  Diminutive "Kasia"; feminine -ska / maiden -cka forms;
# husband uses the masculine form WIŚNIEWSKI; one victim is "Kasia KOWALCZYK".
B3_MACROS = {
    "SN": "Katarzyna Anna WIŚNIEWSKA|n.s",
    "PNC": "2024/0088152G|pnc.s",
    "NI": "SX 12 90 44 D|ni.s",
    "NHS": "999 733 0188|nhs.s",
    "DL": "WISNI956020KA9PL|dl.s",
    "PP": "EK4071385|pp.s",
    "HOME": "Flat 4B, 27 Spinner Street, Westerleigh|ad.s",
    "HOMEPC": "YM4 6TF|pc.s",
    "PREV": "112 Canal Side, Oldbrook|ad.s",
    "PREVPC": "YM11 2RD|pc.s",
    "MOB": "07700 900209|ph.s",
    "LAND": "0161 496 0382|ph.s",
    "WORKMOB": "07700 900276|ph.s",
    "EM1": "kasia.wisniewska@example.com|em.s",
    "EM2": "k.nowicka90@example.pl|em.s",
    "EMW": "k.wisniewska@stafflink.example.co.uk|em.s",
    "OSC": "60-83-71|sc.s",
    "OAC": "20554197|ac.s",
    "JSC": "11-72-09|sc.s",
    "JAC": "41936620|ac.s",
    "NSC": "23-05-80|sc.s",
    "NAC": "19746032|ac.s",
    "CAR": "MA19 KWD|vr.s",
    "IPH": "198.51.100.77|ip.s",
    "IPW": "192.0.2.145|ip.s",
    "VSC": "11-72-09|sc.t",
    "TOM": "Tomasz WIŚNIEWSKI|n.t",
    "TMOB": "07700 900251|ph.t",
    "OIC": "Helen BRAITHWAITE|n.f",
    "OICTEL": "0161 496 0761|ph.f",
    "OICEM": "helen.braithwaite@police.example.uk|em.f",
    "CSADDR": "Custody Suite, 1 Forge Street, Westerleigh|ad.b",
    "CSPC": "YM3 8PW|pc.b",
    "CSTEL": "0161 496 0700|ph.b",
    "CSEM": "custody.westerleigh@police.example.uk|em.b",
    "CIDTEL": "0161 496 0755|ph.b",
    "CIDEM": "cid.westerleigh@police.example.uk|em.b",
}

B3_DOCS = [
("detained-person-rights-and-entitlements-acknowledgement", ["""
WESTERLEIGH POLICE - CUSTODY SUITE
<<CSADDR>>  <<CSPC>>  Tel <<CSTEL>>
NOTICE OF RIGHTS AND ENTITLEMENTS - ACKNOWLEDGEMENT (Polish / English)

Detained person   <<SN>>
                  (Nazwisko / Surname: {{WIŚNIEWSKA|n.s}}   Imię / Forename: {{Katarzyna|n.s}})
Known as          {{Kasia|n.s}}
Maiden name       {{NOWICKA|n.s}}
Date of birth     {{02/06/1990|dob.s}}   (data urodzenia: {{2 czerwca 1990 r.|dob.s}})
PNC               created on this detention - {{24/88152G|pnc.s}}
Arrested          14/05/2024 09:40 at her home address by DC {{Imran SHAH|n.f}}
Custody officer   Sgt {{Paul NEWBOLD|n.f}}
Interpreter       {{Agnieszka LIS|n.f}} (police contract interpreter), present from 10:25

I have been given the notice of my rights in Polish. I want:
  [x] a solicitor - duty solicitor: {{Owen PRICHARD|n.t}}, Vale Legal LLP
  [x] someone told I am here - my husband {{Tomasz Wiśniewski|n.t}} on <<TMOB>>
      (NOT the home landline <<LAND>> - the children may answer)
  [ ] to look at the Codes of Practice
Signature   {{K. Wiśniewska|n.s}}      Time 10:41

Custody record entries (extract)
 10:52  Phone call made to husband {{Tomasz|n.t}}; he will collect the children from school.
 11:30  Detainee states her own mobile is <<MOB>> and her work phone <<WORKMOB>>; both
        seized (see digital device form). E-mail accounts: <<EM1>>, <<EM2>>.
 13:05  Interview room 2 with Mr {{Prichard|n.t}} and interpreter Ms {{Lis|n.f}}.
 17:48  Released under investigation. Address confirmed as <<HOME>>, <<HOMEPC>>.
        Previous address <<PREV>> <<PREVPC>> (to 2022).
"""]),
]

B3_DOCS += [
("digital-device-consent-and-pin-disclosure-form", ["""
DIGITAL DEVICE - CONSENT TO EXAMINE AND PIN/PASSCODE DISCLOSURE     Westerleigh CID
Owner / user of the device(s)
  Surname  {{WISNIEWSKA|n.s}} (also recorded as {{WISNIEWSKI|n.s}} in error - see note)
  Forename {{KATARZYNA|n.s}}     DOB {{02.06.1990|dob.s}}
  Address  {{Flat 4b, 27 Spinner St, Westerleigh|ad.s}}  {{YM4 6TF|pc.s}}

Item  Description                         Number / account                  Consent
 D1   iPhone 12, black, cracked back      <<MOB>> (own)                Yes - PIN given
 D2   Samsung A14 (work phone)            <<WORKMOB>> (issued by employer) No - employer's
 D3   Laptop HP 250 G8 (home, shared)     used on home Wi-Fi <<IPH>>     Yes
 D4   SIM card, loose, in purse           {{07700 900288|ph.s}} ("old Polish SIM, topped up
                                          for calls home" - her number)  Yes

Accounts on D1 the owner agrees may be examined:
  e-mail  <<EM1>> ; <<EM2>> ; work mailbox <<EMW>> (employer consent needed)
  banking apps: Lantern Bank (own account, <<OSC>> <<OAC>>); Albion Bank joint account
  with husband (<<JSC>> <<JAC>>)
Accounts on D1 that belong to OTHER people and are NOT covered by this consent:
  {{tomasz.wisniewski@example.com|em.t}} (husband, shared tablet login)
  WhatsApp chat "Siostry" with sister {{Magdalena NOWICKA|n.t}} ({{07700 900233|ph.t}})

Note by OIC: the system first generated the masculine surname form ({{WISNIEWSKI|n.s}}) for
the detained person because it copied her husband's record ({{Tomasz WISNIEWSKI|n.t}},
DOB {{17/01/1987|dob.t}}). Corrected by DS <<OIC>> 14/05/2024. Direct line <<OICTEL>>.
Signed (owner)  {{K. A. Wiśniewska|n.s}}      Interpreter  {{A. Lis|n.f}}
"""]),
("employment-agency-worker-bank-details-change-audit", ["""
STAFFLINK RECRUITMENT LTD - PAYROLL SYSTEM AUDIT: WORKER BANK DETAIL CHANGES
Produced for Westerleigh Police (production request, OIC DS <<OIC>>)      Sheet 1 of 2
Prepared by {{Gemma TOWNEND|n.t}}, HR Manager  -  {{g.townend@stafflink.example.co.uk|em.t}}

User who made each change: {{kwisniewska|n.s}} ({{Katarzyna Wisniewska|n.s}}, Payroll Administrator),
logged in from workstation IP <<IPW>> unless shown.

Date¦Worker (payee)¦Old sort / account¦New sort / account¦By
02/02/2024¦{{KOWALCZYK, Kasia|n.t}}¦<<VSC>> {{55107734|ac.t}}¦<<NSC>> <<NAC>>¦{{kwisniewska|n.s}}
09/02/2024¦{{ZIELIŃSKI, Piotr|n.t}}¦{{30-94-12|sc.t}} {{80051276|ac.t}}¦<<NSC>> <<NAC>>¦{{kwisniewska|n.s}}
16/02/2024¦{{PETRAUSKAS, Andrius|n.t}}¦{{20-19-95|sc.t}} {{63318850|ac.t}}¦<<OSC>> <<OAC>>¦{{kwisniewska|n.s}}
23/02/2024¦{{WIŚNIEWSKA, Katarzyna|n.s}} (own)¦<<OSC>> <<OAC>>¦<<JSC>> <<JAC>>¦{{kwisniewska|n.s}}
01/03/2024¦{{KOWALCZYK, Kasia|n.t}}¦<<NSC>> <<NAC>>¦<<VSC>> {{55107734|ac.t}}¦{{dmrushworth|n.t}}
            (reversed after worker complained - changed from IP {{192.0.2.201|ip.t}})

Notes
 * Account <<NSC>> / <<NAC>> is held in the name "{{K NOWICKA|n.s}}" at Harbour Savings; the
   bank confirmed the holder's DOB as {{2 June 1990|dob.s}} (same person as our employee).
 * {{Kasia Kowalczyk|n.t}} (victim) and {{Kasia Wiśniewska|n.s}} (suspect) are different people; both
   go by the same diminutive on site - payroll queries must use the employee number only.
""", """
STAFFLINK RECRUITMENT LTD - BANK DETAIL CHANGES - continued                 Sheet 2 of 2

Worker contact details on file (victims)
  {{Kasia Kowalczyk|n.t}}      {{07700 900517|ph.t}}   {{kasia.k@example.net|em.t}}   DOB {{11/06/1991|dob.t}}
  {{Piotr Zieliński|n.t}}      {{07700 900533|ph.t}}   {{4 Loom Yard, Oldbrook|ad.t}} {{YM11 3QB|pc.t}}
  {{Andrius Petrauskas|n.t}}   {{07700 900548|ph.t}}   {{9 Loom Yard, Oldbrook|ad.t}} {{YM11 3QB|pc.t}}

The employee's own record
  {{Wiśniewska, Katarzyna A.|n.s}}   NI {{sx129044d|ni.s}}   DOB {{02/06/1990|dob.s}}
  Home <<HOME>> <<HOMEPC>>   Mobile <<MOB>>   Home tel <<LAND>>
  Previous address on file: <<PREV>> (until 05/2022)
  Emergency contact: husband {{Tomasz|n.t}} <<TMOB>>
  Car parking permit: <<CAR>> (shared with husband)   - colleague {{Daniel RUSHWORTH|n.t}}'s
  permit {{YF68 TXR|vr.t}} was also seen in the bay on 16/02/2024.
"""]),
]

B3_DOCS += [
("custody-dependants-care-arrangement-record", ["""
WESTERLEIGH CUSTODY - DEPENDANTS AND CARE ARRANGEMENTS RECORD
Detained person: {{WIŚNIEWSKA Katarzyna|n.s}}  ({{Kasia|n.s}})    DOB {{2-6-1990|dob.s}}
Completed by: Detention Officer {{Lisa HARGREAVES|n.f}} with interpreter {{A. Lis|n.f}}

Q1 Do you have children or other people who depend on you?   YES
   Child 1  {{Zofia WIŚNIEWSKA|n.t}}   DOB {{11/02/2018|dob.t}}   Year 1, St Anne's RC Primary
   Child 2  {{Jan WIŚNIEWSKI|n.t}}     DOB {{30/09/2021|dob.t}}   nursery (Little Acorns)
Q2 Who is caring for them now?
   Husband {{Tomasz Wiśniewski|n.t}}, mobile <<TMOB>>, at the family home
   <<HOME>> (same address as the detained person).
   Back-up: sister {{Magdalena Nowicka|n.t}}, {{07700 900233|ph.t}},
   {{31 Weaver Row, Westerleigh|ad.t}} {{YM4 9HL|pc.t}}
Q3 Any school or nursery to inform?  Nursery on {{0161 496 0415|ph.t}} - detained
   person asks that nursery is told "{{Kasia|n.s}}'s husband is collecting".
Q4 Does anyone else live at the home address?  No.  (Lodger {{Marek DUDA|n.t}} moved out
   03/2024; his post still comes to <<HOME>> - forwarding address not known.)

Mother's contact (Poland) given by detained person for the children: not recorded
at her request.  Detained person's own contact for the school: <<MOB>>, <<EM1>>.

Safeguarding check: no concerns. Referral to children's services not required.
Reviewed by Sgt {{P. Newbold|n.f}}, custody officer.   Custody enquiries <<CSEM>>.
"""]),
("vehicle-finance-agreement-extract", ["""
ORCHARD MOTOR FINANCE - HIRE PURCHASE AGREEMENT (copy produced to police on request)

Customer           Mrs {{Katarzyna A Wisniewska|n.s}}
Previous surname   {{Nowicka|n.s}}
Date of birth      {{June 2, 1990|dob.s}}
Current address    <<HOME>>, <<HOMEPC>>   (3 months)
Previous address   <<PREV>>, <<PREVPC>>   (4 years 2 months)
Mobile / e-mail    <<MOB>> / <<EM1>>
Driving licence    {{WISNI 956020 KA9PL|dl.s}}
Employer           StaffLink Recruitment Ltd - Payroll Administrator, 3 yrs

Vehicle            Skoda Fabia 1.0 SE, grey          Registration  <<CAR>>
Named drivers      (1) the customer  (2) {{Tomasz Wisniewski|n.t}} (husband) - DL {{WISNI801177T99RX|dl.t}}

Payments: 47 x GBP 189.44 by direct debit from
   Account holders Mrs {{K Wisniewska|n.s}} and Mr {{T Wisniewski|n.t}} (joint)
   Sort code       <<JSC>>
   Account number  {{4193 6620|ac.s}}
Debit card for deposit: {{4032 5556 1802 2971|card.s}} (customer's own card)

Dealer's note: deposit of GBP 1,500 paid 21/02/2024 by card ending {{2971|card.s}}.
Police note (DS <<OIC>>): deposit was paid two days before her own pay was redirected into
the joint account - see StaffLink audit.
"""]),
]

B3_DOCS += [
("bail-address-verification-visit-note", ["""
WESTERLEIGH POLICE - ADDRESS VERIFICATION VISIT (pre-charge bail consideration)
Subject of check   Mrs {{K. WIŚNIEWSKA|n.s}}  (RUI - theft by employee / fraud by abuse of position)
PNC                <<PNC>>
Address checked    <<HOME>>  <<HOMEPC>>
Visit              22/05/2024 18:10, by PC {{Ryan OSEI|n.f}} and PCSO {{Jade MILLWARD|n.f}}

Findings
 - Two-bedroom flat on the first floor. Occupants: the suspect, her husband {{Tomasz|n.t}},
   and two children. Husband confirmed the suspect lives here permanently.
 - Name on the intercom reads "{{WIŚNIEWSCY|n.s}}" (Polish plural family form - covers the
   suspect and her husband). Post on the mat addressed to "{{Catherine Wisniewski|n.s}}" - a
   utility company's version of the suspect's name - and to a previous tenant, Mr {{S. OKAFOR|n.t}}.
 - Vehicle outside: <<CAR>> (family car, in joint use). A second vehicle, {{YF68 TXR|vr.t}}, was
   seen leaving; PCSO {{Millward|n.f}} believes it belongs to {{Daniel Rushworth|n.t}} (work
   colleague; interviewed as a witness, not a suspect).
 - The suspect's sister {{Magdalena|n.t}} was present and gave her address as
   {{31 Weaver Row|ad.t}}. She offered the flat as an alternative bail address.
 - Landline <<LAND>> confirmed working (family line). Suspect's mobile <<MOB>> is held
   as an exhibit; she now uses {{07700 900291|ph.s}} (new pay-as-you-go).

Assessment  Address suitable.  Suspect has no previous convictions; she was living in
{{Oldbrook|ad.s}} until May 2022 (checked - no police calls to either address).
Officer  PC {{R. Osei|n.f}}     Supervisor  Sgt {{Newbold|n.f}}     Investigation hub <<CIDTEL>>, <<CIDEM>>
"""]),
("polish-identity-card-ocr-with-translation", ["""
[OCR text of a photocopied Polish identity card (dowód osobisty), exhibit 4, followed
 by an officer's working translation. OCR errors left as scanned.]

RZECZPOSP0LITA POLSKA / REPUBLIC OF POLAND          DOWÓD OSOBISTY / IDENTITY CARD
NAZWISK0 / SURNAME            {{WIŚNIEWSKA|n.s}}
NAZWISKO RODOWE / FAMILY NAME {{N0WICKA|n.s|NOWICKA}}
IMIONA / GIVEN NAMES          {{KATARZYNA ANNA|n.s}}
OBYWATELSTWO / NATIONALITY    POLSKIE
DATA URODZENIA / DATE OF BIRTH  {{O2.O6.199O|dob.s|02.06.1990}}
MIEJSCE URODZENIA             KALISZ
IMIĘ OJCA / FATHER'S NAME     {{KRZYSZT0F|n.t|KRZYSZTOF}}
IMIĘ MATKI / MOTHER'S NAME    {{EL2BIETA|n.t|ELZBIETA}}
NR PASZPORTU (zał.)           {{EK4O71385|pp.s|EK4071385}}

---- Working translation (DC {{I. Shah|n.f}}) ----
Surname {{Wiśniewska|n.s}}; family (maiden) name {{Nowicka|n.s}}; given names {{Katarzyna Anna|n.s}};
nationality Polish; date of birth {{2nd June 1990|dob.s}}; born in Kalisz; father's name
{{Krzysztof|n.t}}; mother's name {{Elżbieta|n.t}}. Passport number on her UK documents: <<PP>>.
The card shows she is the same person as "{{Kasia Nowicka|n.s}}", the name on the Harbour
Savings account (<<NSC>> / <<NAC>>, IBAN {{PL49 1090 2402 0000 0006 1234 5678|ib.s}} for the
linked Polish account). NHS number from custody healthcare: <<NHS>>. NI <<NI>>.
Her husband's card was not seized.
"""]),
]

B3_DOCS += [
("utility-account-holder-history-response", ["""
NORTHERN GRID ENERGY - RESPONSE TO POLICE DATA REQUEST (DPA 2018 Sch 2 para 2)
Requesting officer: DS <<OIC>>, Westerleigh CID, <<OICEM>>
Premises: <<HOME>>, <<HOMEPC>>                    Supply: dual fuel, smart meter

Account holders at the premises
  From¦To¦Account holder¦DOB¦Contact
  01/09/2019¦28/02/2022¦Mr {{Samuel OKAFOR|n.t}}¦{{21/10/1984|dob.t}}¦{{07700 900372|ph.t}}
  01/03/2022¦14/06/2022¦(void - property empty between tenancies)
  15/06/2022¦current¦Mrs {{Catherine WISNIEWSKI|n.s}}¦{{02/06/1990|dob.s}}¦<<MOB>>
  second named person on current account: Mr {{Tomasz WISNIEWSKI|n.t}}¦{{17/01/1987|dob.t}}¦<<TMOB>>

Notes
  * Our system does not accept the characters "ś" or "ń"; the account name "{{Catherine|n.s}}"
    was entered by our call-centre agent from the customer's spoken name ({{Katarzyna|n.s}}).
  * Previous address given by the current account holder on moving in:
    {{112 Canal Side, Oldbrook|ad.s}}, <<PREVPC>> (closed account, final bill paid).
  * Payment: monthly direct debit from <<JSC>> <<JAC>>, account name "{{K WISNIEWSKA|n.s}}".
    From 01/03/2024 the direct debit moved to {{60 83 71|sc.s}} {{20554197|ac.s}}
    (IBAN {{GB74 LANT 6083 7120 5541 97|ib.s}}).
  * Online account logins (last 5): <<IPH>> x4 (home broadband), <<IPW>> x1 (23/02/2024 12:14).
  * E-mail on the account: <<EM1>>; paperless bills also copied to <<EM2>>.
  * Smart meter installation 06/2022: customer present, spoke to engineer {{Lee FARNWORTH|n.t}}.
  * The previous account holder's debt (GBP 96.10) is NOT linked to the current account holder.

Data Protection Officer, Northern Grid Energy
"""]),
]

BUNDLES.append({
    "bundle_id": "eval23-03",
    "subject": {
        "name": "Katarzyna Anna WIŚNIEWSKA",
        "aliases": ["Kasia", "Katarzyna Nowicka", "Kasia Nowicka", "K. Nowicka",
                    "Catherine Wisniewski", "Katarzyna Wisniewska", "K. A. Wiśniewska"],
        "date_of_birth": "1990-06-02",
        "identifiers": {"ni_number": "SX 12 90 44 D", "nhs_number": "999 733 0188",
                        "pnc": "2024/0088152G"},
        "contact": {"addresses": ["Flat 4B, 27 Spinner Street, Westerleigh",
                                  "112 Canal Side, Oldbrook"],
                    "phones": ["07700 900209", "0161 496 0382", "07700 900276",
                               "07700 900288", "07700 900291"],
                    "emails": ["kasia.wisniewska@example.com", "k.nowicka90@example.pl",
                               "k.wisniewska@stafflink.example.co.uk"]},
    },
    "macros": B3_MACROS,
    "documents": B3_DOCS,
})


# ================================================================ bundle 04
# Eritrean man, 27, in immigration detention after a prison sentence (foreign
# national offender).  Tigrinya naming: given name Yonas, father's name Tesfamariam,
# grandfather's name Gebrehiwet; no family surname.  UK records use the father's
# name as a surname, so "Tesfamariam" names the subject, his brother Dawit and (as
# a given name) his father Tesfamariam Gebrehiwet.  The grandfather's name
# "Gebrehiwet" is also the father's second name.
B4_MACROS = {
    "SN": "Yonas Tesfamariam GEBREHIWET|n.s",
    "PN": "G7316KQ|pn.s",
    "PNC": "2016/0402277A|pnc.s",
    "CRO": "402655/16X|cro.s",
    "NHS": "999 210 5763|nhs.s",
    "NI": "PH 61 27 84 A|ni.s",
    "ACC": "Room 3, 16 Tanner Street, Kelderby|ad.s",
    "ACCPC": "YR3 5DX|pc.s",
    "OLD": "Flat 1, 88 Mill Hey, Hollinsbury|ad.s",
    "OLDPC": "YR12 7NQ|pc.s",
    "MOB": "07700 900820|ph.s",
    "OLDMOB": "07700 900806|ph.s",
    "IRCMOB": "07700 900874|ph.s",
    "EM1": "yonas.tesfamariam@example.com|em.s",
    "EM2": "yonastg96@example.net|em.s",
    "CARD": "6762 9900 1234 5671|card.s",
    "IPM": "203.0.113.140|ip.s",
    "DAWIT": "Dawit TESFAMARIAM|n.t",
    "DMOB": "07700 900855|ph.t",
    "FATHER": "Tesfamariam GEBREHIWET|n.t",
    "SOL": "Hannah GOLDSTEIN-REES|n.t",
    "SOLEM": "h.goldstein-rees@northfield-law.example.co.uk.cjsm.net|em.t",
    "SOLTEL": "0113 496 0944|ph.t",
    "IRCADDR": "Brackenhurst IRC, Perimeter Road, Kelderby|ad.b",
    "IRCPC": "YR8 2HB|pc.b",
    "IRCTEL": "0118 496 0600|ph.b",
    "IRCEM": "welfare.brackenhurst@irc.example.gov.uk|em.b",
    "DETTEL": "0118 496 0640|ph.b",
    "DETEM": "det.brackenhurst@homeoffice.example.gov.uk|em.b",
}

B4_DOCS = [
("irc-legal-surgery-sign-up-sheet", ["""
BRACKENHURST IRC - LEGAL AID SURGERY SIGN-UP SHEET - Wednesday 08/05/2024
Provider on rota: Northfield Immigration Law (adviser <<SOL>>)
Sheet kept by the Welfare Office, <<IRCADDR>> <<IRCPC>>

 #¦Detainee name (as on CID)¦Nationality¦Wing/room¦Language¦Seen
 1¦{{HAILU, Mebrahtu|n.t}}¦Eritrea¦Avocet¦Tigrinya¦Y
 2¦{{TESFAMARIAM, Yonas|n.s}}¦Eritrea¦Avocet¦Tigrinya¦Y
 3¦{{TESFAMARIAM, Dawit|n.t}}¦UK (brother of #2)¦not detained¦-¦N/A
 4¦{{KIDANE, Samuel|n.t}}¦Eritrea¦Kestrel¦Tigrinya¦Y
 5¦{{OSMANI, Arben|n.t}}¦Albania¦Kestrel¦Albanian¦Y
 6¦{{NGUYEN, Van Thanh|n.t}}¦Vietnam¦Heron¦Vietnamese¦N (moved)
 7¦{{RAHIMI, Ahmad Zia|n.t}}¦Afghanistan¦Heron¦Dari¦Y
 8¦{{GEBREHIWET, Yonas T.|n.s}}¦Eritrea¦Avocet¦Tigrinya¦dup. of #2

Adviser's notes (copied to the Detention Engagement Team)
#2 {{Yonas|n.s}}: FNO, sentence served at HMP (released to IRC 12/04/2024). Prison no. <<PN>>.
   Wants bail; sponsor is his brother {{Dawit|n.t}} in Hollinsbury ({{Dawit|n.t}}'s mobile <<DMOB>>).
   {{Yonas|n.s}} says the Home Office has his name wrong on some papers as "{{Yonas Tesfamarian|n.s}}"
   and on others as "{{Yohannes Tesfamariam|n.s}}". His IRC-issued mobile is <<IRCMOB>>;
   his own phone (<<MOB>>) is in stored property.
#3 is the brother, called in about #2; #8 is #2 with the name order reversed.
#4 {{Samuel|n.t}}: cellmate of #2 at HMP; wants statement from #2 for his own appeal.
#7 Mr {{Rahimi|n.t}}: age dispute, refer to {{Bronwen EVANS|n.f}} (Welfare Officer, ext via <<IRCTEL>>).
"""]),
]

B4_DOCS += [
("asylum-support-section-95-application-extract", ["""
ASYLUM SUPPORT APPLICATION (ASF1) - EXTRACT          [copy held on the detention file]
Section 1 - Main applicant
 1.1 Family name (as it appears on Home Office papers)   {{TESFAMARIAM|n.s}}
 1.2 Given name(s)                                        {{YONAS|n.s}}
 1.3 Other names you are known by                         {{Yonas Tesfamariam Gebrehiwet|n.s}} (full
     Eritrean name: own name, father's name, grandfather's name); "{{Yoni|n.s}}" (friends)
 1.4 Date of birth                                        {{14 September 1996|dob.s}}
 1.5 Nationality                                          Eritrean
 1.6 Telephone                                            <<OLDMOB>> (old)  <<MOB>> (new)
 1.7 E-mail                                               <<EM2>>
 1.8 National Insurance number (if you have one)          {{PH612784A|ni.s}}
Section 2 - Where you are living now
 2.1 <<OLD>>   <<OLDPC>>
     (room in a shared house; the landlord is the Home Office accommodation provider)
Section 3 - Dependants            none in the UK
Section 4 - Relatives in the UK
     Brother   {{Dawit Tesfamariam|n.t}}   {{23 Copper Lane, Hollinsbury|ad.t}} {{YR12 4PF|pc.t}}   <<DMOB>>
     Cousin    {{Meron HAILE|n.t}}         {{07700 900861|ph.t}}   (cannot accommodate)
Section 6 - Money and assets
     Bank account: none.  Cash: GBP 14.   ASPEN payment card (when issued) to be sent to
     the address in 2.1.
Section 9 - Declaration    signed "{{Y. Tesfamariam|n.s}}"   18/11/2019
------------------------------------------------------------------------------------
Home Office use: support granted. ASPEN card {{6762 9900 1234 5671|card.s}} issued 02/12/2019;
card ending {{5671|card.s}} re-issued to <<ACC>> <<ACCPC>> on dispersal 09/2021.
App logins on the support account came from {{203.0.113.140|ip.s}} (applicant's handset).
"""]),
("eritrean-community-association-identity-confirmation-letter", ["""
Eritrean Community Association, Kelderby & District  (registered charity)
To whom it may concern                                          10 May 2024

Re: {{Yonas Tesfamariam Gebrehiwet|n.s}}, born {{14/09/1996|dob.s}}

I confirm that I have known {{Yonas|n.s}} since 2019, when he first came to our Sunday
Tigrinya classes. In Eritrea, a person has no family surname. {{Yonas|n.s}}'s second
name, {{Tesfamariam|n.s}}, is his father's given name, and his third name, {{Gebrehiwet|n.s}},
is his grandfather's. His father is therefore called {{Tesfamariam Gebrehiwet|n.t}} and his
brother is {{Dawit Tesfamariam|n.t}}. English forms have often treated "{{Tesfamariam|n.s}}"
as {{Yonas|n.s}}'s surname and "{{Gebrehiwet|n.s}}" as a middle name, or the other way round.

I can also confirm that Mr {{Tesfamariam Gebrehiwet|n.t}} (the father) lives in Asmara and
is not in the UK. The mother, {{Letay WELDEMICHAEL|n.t}}, died in 2015.

{{Yonas|n.s}} gave his address to us as <<ACC>>, and before that <<OLD>>. We have his
numbers <<MOB>> and <<OLDMOB>>, and e-mail <<EM1>>.

We would welcome him back at the association if he is released. He could stay with his
brother, or with our member {{Abraham TEKLE|n.t}} ({{07700 900868|ph.t}}) for a short time.

Signed {{Rahel ANDEMARIAM|n.t}}, Co-ordinator   {{rahel.a@eca-kelderby.example.org|em.t}}
"""]),
]

B4_DOCS += [
("irc-healthcare-reception-screening-record", ["""
BRACKENHURST IRC HEALTHCARE - RECEPTION SCREENING (within 2 hours of arrival)
Patient        {{TESFAMARIAM Yonas|n.s}}     NHS No. {{9992105763|nhs.s}}
DOB            {{14-Sep-1996|dob.s}}          Arrived 12/04/2024 16:20 from HMP (escort)
Interpreter    Tigrinya, by telephone - interpreter ID withheld by agency
Nurse          {{Miriam ACHTERBERG|n.f}}, RMN     GP review booked with Dr {{Okafor|n.f}}

Medical history   Latent TB treated 2020 (Hollinsbury chest clinic). Scar left forearm.
Medication        None.   Allergies: none known.
Mental health     Low mood since brother's visit was refused. No thoughts of self-harm today.
                  Reports nightmares about the journey through Libya.
Rule 35           Possible indicators of torture - refer for Rule 35(3) assessment.
Next of kin       Brother {{Dawit|n.t}} - <<DMOB>>.  Patient asks that his father
                  ({{Tesfamariam|n.t}}, in Asmara) is NOT contacted.
Previous GP       Tanner Street Surgery, registered at <<ACC>> <<ACCPC>>.
Consent           Patient consents to sharing with the Home Office for Rule 35 only.
                  Signed "{{Yonas T.|n.s}}"

ADDENDUM 13/04/2024 (Dr {{A. Okafor|n.f}}): medical records requested from the prison
healthcare team. The prison record is under "{{Yonas GEBREHIWET|n.s}}", prison no.
{{g7316kq|pn.s}}, NHS no. <<NHS>>; the two records have been merged.
"""]),
("judicial-review-pre-action-protocol-letter", ["""
Northfield Immigration Law LLP
By e-mail to: <<DETEM>>
Our ref: immigration/detention             Your ref: see below             20 May 2024

Dear Sir or Madam

PROPOSED CLAIM FOR JUDICIAL REVIEW - LETTER BEFORE CLAIM
Our client: Mr {{Yonas TESFAMARIAM|n.s}} (also recorded as {{Yonas Tesfamariam Gebrehiwet|n.s}}
and {{Yonas Gebrehiwet|n.s}})  DOB {{14.09.96|dob.s}}  Nationality Eritrean
Detained at: Brackenhurst IRC  /  PNC <<PNC>>  /  CRO <<CRO>>

1. The decision challenged is the continued detention of our client since 12/04/2024
   and the refusal of bail accommodation at his brother's address.
2. The Home Office caseworker, {{Gareth PRYCE|n.f}}, wrote on 02/05/2024 that the brother,
   {{Dawit Tesfamariam|n.t}}, "appears to be the same person as the applicant". That is wrong.
   The brother was born on {{03/03/1993|dob.t}} and has leave to remain; his address is
   {{23 Copper Lane, Hollinsbury|ad.t}}. Our client was born on {{14 September 1996|dob.s}}.
3. The confusion arises because both brothers carry their father's name,
   "{{Tesfamariam|n.s}}", as a surname in UK records. Our client's own identifiers -
   prison number <<PN>>, NI number <<NI>> - are not shared with his brother.
4. Our client's release address would be his brother's home above; alternatively his
   former dispersal address <<ACC>>, <<ACCPC>>, which the provider confirms is available.
5. Please reply within 14 days. Our client can be contacted on his IRC mobile
   <<IRCMOB>> or through us.

Yours faithfully
<<SOL>>, Solicitor, Northfield Immigration Law LLP
<<SOLEM>>   Tel <<SOLTEL>>
cc. Detention Engagement Team, <<DETTEL>>
"""]),
]

B4_DOCS += [
("asylum-accommodation-provider-occupancy-history", ["""
NORTHERN ASYLUM HOUSING (Home Office accommodation contractor)
OCCUPANCY HISTORY - response to Home Office enquiry on release accommodation
Service user   {{TESFAMARIAM, Yonas|n.s}}    DOB {{14/09/1996|dob.s}}    Contact <<MOB>>
Housing officer  {{Connor BLAKELY|n.f}}   {{c.blakely@nah.example.co.uk|em.f}}   {{0113 496 0971|ph.f}}

Property 1: <<OLD>>, <<OLDPC>>      Occupied 12/2019 - 09/2021
  Room¦Occupant¦From¦To
  1¦{{Yonas Tesfamariam|n.s}}¦12/2019¦09/2021
  2¦{{Ibrahim SULEIMAN|n.t}}¦03/2019¦04/2022
  3¦{{Tesfay ASMEROM|n.t}}¦01/2020¦09/2021
  (Property inspection 2021: Mr {{Tesfamariam|n.s}}'s room in good order.)

Property 2: <<ACC>>, <<ACCPC>>      Occupied 09/2021 - 06/2022 (then custody)
  Room   Occupant                      From        To
  1      {{Samuel KIDANE|n.t}}                 06/2021     06/2022
  2      {{Mohamed Ali FARAH|n.t}}             09/2021     current
  3      {{Yonas T. Gebrehiwet|n.s}}           09/2021     06/2022 (room held, then re-let)
  3      {{Habtom BERHE|n.t}}                  08/2022     current - previous occupant of
                                               room 3 was our service user above

Notes
 - The room is currently let to Mr {{Berhe|n.t}}; another room in the same house
   could be offered to the service user again if bail is granted.
 - Keys and an ASPEN card ending {{5671|card.s}} were found in the room in 06/2022 and
   handed to Kelderby police; the service user's phone <<OLDMOB>> was not found.
 - Forwarding address given by the service user in 2022: c/o brother, <<DMOB>>.
"""]),
("esol-class-progress-certificate", ["""
KELDERBY ADULT LEARNING - ESOL ENTRY 3 - PROGRESS CERTIFICATE (copy sent to IRC Education)

Learner          {{Yonas Tesfamariam|n.s}}
Learner e-mail   <<EM1>>
Date of birth    {{14th Sept 1996|dob.s}}
Address          {{16 Tanner St, Kelderby|ad.s}}
Attendance       38 of 42 sessions (90%)  -  September 2021 to May 2022

Skills           Reading E3 achieved   Writing E3 achieved   Speaking & listening E2
Tutor comment    "{{Yonas|n.s}} is a hard-working and helpful learner. He often translated for
                  {{Tesfay|n.t}} and {{Habtom|n.t}}, who were newer to the class. He organised the
                  class WhatsApp group using his number <<OLDMOB>>."
Tutor            {{Deborah NYE|n.f}} (Kelderby Council Adult Learning), {{d.nye@kelderby.example.gov.uk|em.f}}

Certificate reissued 14/05/2024 on request of the IRC Education Department for
Mr {{Y. Tesfamariam|n.s}}, IRC mobile <<IRCMOB>>.  IRC switchboard <<IRCTEL>>, <<IRCEM>>.
"""]),
]

B4_DOCS += [
("home-office-identity-verification-interview-note", ["""
HOME OFFICE - IMMIGRATION ENFORCEMENT - IDENTITY AND DOCUMENTATION INTERVIEW NOTE
Interviewee     {{Yonas TESFAMARIAM|n.s}}      Location  Brackenhurst IRC, legal visits room 3
Interviewer     {{Gareth Pryce|n.f}}, Executive Officer          Interpreter  Tigrinya (telephone)
Date            16/05/2024

Names
 Q  What is your full name?
 A  {{Yonas Tesfamariam Gebrehiwet|n.s}}. {{Yonas|n.s}} is my name. {{Tesfamariam|n.s}} is my father's
    name. {{Gebrehiwet|n.s}} is my grandfather's name.
 Q  Our prison records say "{{GEBREHIWET, Yonas|n.s}}" and the asylum records say
    "{{TESFAMARIAM, Yonas|n.s}}". A 2019 screening form says "{{Yonas Tesfamarian|n.s}}".
 A  All are me. The last one is a spelling mistake.
 Q  Do you use any other name?
 A  In the camp in Sudan I was called "{{Yoni|n.s}}". On Facebook I am "{{Yonas Tesfa|n.s}}".

Date of birth
 Q  Your date of birth?
 A  {{14/09/1996|dob.s}}. In Eritrea it was written as {{14.09.1996|dob.s}} on my school card.
 Q  Your brother {{Dawit|n.t}} gave his date of birth as {{03/03/1993|dob.t}}. Is that right?
 A  Yes. He is three years older.

Family
 Father   {{Tesfamariam Gebrehiwet|n.t}} - Asmara, farmer, aged about 60.
 Mother   {{Letay Weldemichael|n.t}} - deceased 2015.
 Brother  {{Dawit Tesfamariam|n.t}} - UK, {{23 Copper Lane, Hollinsbury|ad.t}}, <<DMOB>>.
 Sister   {{Senait Tesfamariam|n.t}} - Khartoum; phone not known since the war.
 Uncle    {{Kidane Gebrehiwet|n.t}} - Asmara (father's brother; shares the grandfather's name).

Contact details confirmed
 Own phone        <<MOB>> (in property); before that <<OLDMOB>>; in the IRC <<IRCMOB>>
 E-mail           <<EM1>> and {{YONASTG96@EXAMPLE.NET|em.s}}
 Addresses        <<OLD>> (2019-21), <<ACC>> (2021-22), then HMP
 NI number        {{PH 612784 A|ni.s}} (issued 2021 for work at Kelderby car wash)
 Prison number    <<PN>>      PNC <<PNC>>

Interviewer's assessment  Identity consistent across records. The brother is a different
person (different DOB, address, leave status); records wrongly merged under
"{{Tesfamariam|n.s}}" to be separated. Caseworker to update CID. {{G. Pryce|n.f}}
DET mailbox <<DETEM>>, <<DETTEL>>.
"""]),
]

BUNDLES.append({
    "bundle_id": "eval23-04",
    "subject": {
        "name": "Yonas Tesfamariam GEBREHIWET",
        "aliases": ["Yonas TESFAMARIAM", "Yonas Gebrehiwet", "Yoni", "Yonas Tesfamarian",
                    "Yohannes Tesfamariam", "Y. Tesfamariam"],
        "date_of_birth": "1996-09-14",
        "prison_number": "G7316KQ",
        "identifiers": {"ni_number": "PH 61 27 84 A", "nhs_number": "999 210 5763",
                        "pnc": "2016/0402277A", "cro": "402655/16X"},
        "contact": {"addresses": ["Room 3, 16 Tanner Street, Kelderby",
                                  "Flat 1, 88 Mill Hey, Hollinsbury"],
                    "phones": ["07700 900820", "07700 900806", "07700 900874"],
                    "emails": ["yonas.tesfamariam@example.com", "yonastg96@example.net"]},
    },
    "macros": B4_MACROS,
    "documents": B4_DOCS,
})


# ================================================================ bundle 05
# Portuguese man, 37, detained under the Mental Health Act in a hospital and a party
# to private-law family proceedings about his daughter.  Two surnames (mother's
# FERREIRA, then father's GONÇALVES); UK records drop one or the other and lose the
# diacritics.  His sister shares both surnames; his mother shares the first; his
# daughter carries her mother's surname then his.  The former family home (now the
# ex-partner's) was his address too and is labelled subject.
B5_MACROS = {
    "SN": "João Miguel FERREIRA GONÇALVES|n.s",
    "NHS": "999 845 1396|nhs.s",
    "NI": "RE 55 04 19 B|ni.s",
    "PP": "CB482716|pp.s",
    "DL": "GONCA802237JM9TQ|dl.s",
    "HOME": "Flat 12, Harbour Mill, 5 Wharf Road, Marlowe Cross|ad.s",
    "HOMEPC": "YW3 8LS|pc.s",
    "FAM": "44 Cobbold Avenue, Marlowe Cross|ad.s",
    "FAMPC": "YW6 2JD|pc.s",
    "PT": "Rua das Flores 112, 3.º Esq., Viseu, Portugal|ad.s",
    "MOB": "07700 900430|ph.s",
    "OLDMOB": "07700 900417|ph.s",
    "EM1": "joao.goncalves87@example.com|em.s",
    "EM2": "jota.fg@example.pt|em.s",
    "EMW": "joao.g@harbourfreight.example.co.uk|em.s",
    "SC": "77-14-02|sc.s",
    "AC": "30518846|ac.s",
    "JSC": "09-01-28|sc.s",
    "JAC": "72240515|ac.s",
    "IBAN": "PT42 0007 3140 0123 4567 8901 2|ib.s",
    "CARD": "4111 9823 0045 1173|card.s",
    "CAR": "WP14 DZN|vr.s",
    "IPH": "192.0.2.88|ip.s",
    "LEANNE": "Leanne HOLT|n.t",
    "LMOB": "07700 900473|ph.t",
    "MIA": "Mia HOLT GONÇALVES|n.t",
    "MAE": "Maria da Conceição FERREIRA|n.t",
    "MMOB": "07700 900492|ph.t",
    "ANA": "Ana Rita FERREIRA GONÇALVES|n.t",
    "AMOB": "07700 900486|ph.t",
    "ANAADDR": "9 Ropewalk Court, Marlowe Cross|ad.t",
    "ANAPC": "YW2 7HG|pc.t",
    "RC": "Priya RAMASWAMY|n.f",
    "NURSE": "Tom ELLERBY|n.f",
    "HADDR": "Rivermead Hospital, Orchard Lane, Marlowe Cross|ad.b",
    "HPC": "YW5 3NA|pc.b",
    "HTEL": "0117 496 0200|ph.b",
    "HEM": "rivermead.mha@nhs.example.uk|em.b",
    "DVLAADDR": "DVLA, Longview Road, Ashgrove|ad.b",
    "DVLAPC": "ZS99 1BA|pc.b",
    "FCADDR": "Marlowe Cross Justice Centre, 8 Quay Street, Marlowe Cross|ad.b",
    "FCPC": "YW1 2FD|pc.b",
    "FCTEL": "0117 496 0410|ph.b",
    "FCEM": "family.marlowecross@courts.example.gov.uk|em.b",
}

B5_DOCS = [
("mental-health-act-section-132-rights-record", ["""
RIVERMEAD HOSPITAL - Ward 4 (Tamar)      <<HADDR>>  <<HPC>>
RECORD OF INFORMATION GIVEN TO A DETAINED PATIENT (Mental Health Act 1983, s.132)

Patient            <<SN>>
Name on PAS        {{GONCALVES, Joao M|n.s}}   (diacritics not supported by PAS)
Preferred name     "{{João|n.s}}" - NOT "{{Joe|n.s}}"; friends call him "{{Jota|n.s}}"
NHS number         <<NHS>>         DOB {{23/02/1987|dob.s}}
Section            3 (treatment), from 28/03/2024         RC: Dr <<RC>>
Nearest relative   (s.26)  Mother - {{Maria da Conceição Ferreira|n.t}}, Viseu, Portugal,
                   tel <<MMOB>> (UK mobile used when she visits)
                   NB the patient's own surname "{{Ferreira|n.s}}" comes from his mother; do not
                   merge his record with hers.

Date¦Information given¦By¦Understood?
28/03/2024¦Rights on detention (s.132), leaflet¦{{T. Ellerby|n.f}}, RMN¦Partly
            in Portuguese
04/04/2024¦Right to apply to Tribunal; IMHA¦<<NURSE>>¦Yes
11/04/2024¦Hospital Managers' hearing; s.17 leave¦{{Sasha QUIGLEY|n.f}}, RMN¦Yes
02/05/2024¦Renewal explained; patient asked for a¦<<NURSE>>¦Yes
            copy for his sister {{Ana Rita|n.t}}

Patient's comments (in his words, translated by {{Rui MACHADO|n.f}}, NHS interpreter):
"Tell my sister, not my ex. My sister is {{Ana Rita Ferreira Gonçalves|n.t}} - same names as me,
different person. My phone is <<MOB>>; the old one <<OLDMOB>> was my work phone."

Copy of rights leaflet sent to the patient's address <<HOME>>, <<HOMEPC>>
at his request. MHA Office: <<HEM>>, <<HTEL>>.
"""]),
]

B5_DOCS += [
("benefits-appointeeship-application", ["""
DWP - APPLICATION TO ACT AS APPOINTEE (BF56) - completed by hospital social worker
Part 1 - the claimant
  Surname          {{GONÇALVES|n.s}}   (also on DWP records as {{FERREIRA GONCALVES|n.s}})
  First names      {{João Miguel|n.s}}
  Date of birth    {{23rd February 1987|dob.s}}
  NI number        <<NI>>
  Address before admission   <<HOME>>   <<HOMEPC>>
  Previous address (to 2022) <<FAM>>   <<FAMPC>>
  Benefits in payment        Universal Credit (LCWRA), PIP daily living
Part 2 - the proposed appointee
  Name             {{Ngozi ADEKUNLE|n.f}}, Social Worker, Rivermead Hospital (corporate appointee
                   on behalf of the Trust)
  Tel              {{0117 496 0233|ph.f}}    E-mail {{ngozi.adekunle@nhs.example.uk|em.f}}
Part 3 - why the claimant cannot manage his affairs
  Mr {{Gonçalves|n.s}} is detained under s.3 and lacks capacity to manage benefit claims at
  present (capacity assessment by Dr {{P. Ramaswamy|n.f}}, 19/04/2024).
Part 4 - where benefits are paid now
  Bank               Solent Bank   Sort code <<SC>>   Account <<AC>>
  Name on account    {{J M FERREIRA GONCALVES|n.s}}
  Also held: joint account with former partner Ms {{L. Holt|n.t}} - sort code <<JSC>>,
  account <<JAC>> - still open; Ms {{Holt|n.t}} has asked that it is closed.
  Card in hospital safe: Visa debit ending {{1173|card.s}}.
  Portuguese account (pension from previous work in Portugal): IBAN <<IBAN>>
Part 5 - other people who help the claimant with money
  Sister {{Ana Rita Ferreira Gonçalves|n.t}}, <<AMOB>>, {{9 Ropewalk Court, Marlowe Cross|ad.t}} {{YW2 7HG|pc.t}}
  (not an appointee; lives nearby and visits weekly)
Signed  {{N. Adekunle|n.f}}   06/05/2024
"""]),
("family-court-c1a-allegations-of-harm-form-extract", ["""
FORM C1A - ALLEGATIONS OF HARM AND DOMESTIC ABUSE (extract)     Family Court at Marlowe Cross
Case: child arrangements - {{Mia HOLT GONCALVES|n.t}}
Applicant (father)    <<SN>>  (known as {{João Gonçalves|n.s}})  DOB {{23.02.1987|dob.s}}
Respondent (mother)   <<LEANNE>>  DOB {{05/11/1989|dob.t}}
Child                 <<MIA>>  DOB {{19/07/2016|dob.t}}
Respondent's address  withheld (Form C8)

Section 3 - the respondent's allegations (summarised by the court from her answer)
a) Between 2021 and 2022, while the parties lived together at <<FAM>>, the
   applicant sent repeated messages at night. The respondent's phone <<LMOB>> received 40
   messages from the applicant's number <<OLDMOB>> on 12/06/2022.
b) After separation the applicant's e-mail <<EM1>> sent messages to the respondent's
   e-mail {{leanne.holt89@example.co.uk|em.t}}; the respondent's solicitor says the e-mails came
   from the applicant's home broadband at IP <<IPH>>.
c) The applicant parked his car <<CAR>> outside the respondent's new home on 3 occasions.
   The respondent's partner, {{Craig DUNMORE|n.t}}, photographed it.

Section 4 - the applicant's response (his words)
"I never went to her new house. I don't know where it is. The car <<CAR>> was sold in
2023 to my friend {{Paulo Sousa|n.t}}. My old number <<OLDMOB>> was a work phone. I accept I
sent too many messages when I was unwell. I want to see {{Mia|n.t}} with supervision."
Signed {{J. M. Ferreira Gonçalves|n.s}}   (with help from Dr <<RC>>'s team)

Court use: Cafcass officer {{Julie FENWICK|n.f}} to report. Listed before District Judge
{{HARCOURT|n.f}}. Court office <<FCADDR>>, <<FCPC>>, <<FCTEL>>, <<FCEM>>.
"""]),
]

B5_DOCS += [
("family-court-form-e-financial-statement-extract", ["""
FORM E - FINANCIAL STATEMENT (extract, filed by the applicant father)
Name           {{JOÃO MIGUEL FERREIRA GONÇALVES|n.s}}      Date of birth {{23 de fevereiro de 1987|dob.s}}
Occupation     Warehouse supervisor, Harbour Freight Ltd (off work since 03/2024)
Work e-mail    <<EMW>>

2.1 Property   Interest in the family home in Portugal, <<PT>>
               (owned with my sister {{Ana Rita|n.t}} after our father {{António GONÇALVES|n.t}} died;
               our mother <<MAE>> lives there)
               Tenancy (ended 2022): <<FAM>> - joint tenants {{J Goncalves|n.s}} & {{L Holt|n.t}}

2.3 Bank accounts
   Bank              Type           Sort code   Account       Holder          Balance
   Solent Bank       current        {{77 14 02|sc.s}}    {{3051 8846|ac.s}}     sole            GBP 1,182.50
   Albion Bank       joint current  <<JSC>>    <<JAC>>      joint with {{L Holt|n.t}}  GBP 64.10
   Caixa Geral (PT)  savings        IBAN {{PT42000731400123456789012|ib.s}}     sole   EUR 3,410.00
   {{Leanne Holt|n.t}}'s own account ({{09-01-28|sc.t}} / {{72240981|ac.t}}) is NOT mine.

2.4 Cards       Visa debit <<CARD>> (Solent)
2.9 Vehicles    None now. Previously Ford Focus <<CAR>> (sold 03/2023 for GBP 3,200).
                I am a named driver on my sister's car {{KM19 RZA|vr.t}} (her car, not shared).

Statement of truth  I believe the facts in this form are true.
Signed {{João M. F. Gonçalves|n.s}}                 Date 15/05/2024
Address for service: c/o Rivermead Hospital, <<HADDR>>, <<HPC>>
"""]),
("ward-telephone-messages-book", ["""
TAMAR WARD - TELEPHONE MESSAGES BOOK (patients' incoming calls)        ward line via <<HTEL>>

Date¦Time¦For patient¦Caller / number¦Message / action
02/05¦10:15¦{{João G.|n.s}} (bed 6)¦{{Maria FERREIRA|n.t}} (mum)¦Will visit Sat. Bring his
¦¦¦<<MMOB>>¦bank card.
02/05¦14:40¦{{Stacey-Marie COLE|n.t}} (bed 2)¦{{Dean COLE|n.t}} (brother)¦Call back
¦¦¦{{07700 900547|ph.t}}¦
03/05¦09:05¦{{Joe Goncalves|n.s}} (sic - {{João|n.s}})¦{{Leanne|n.t}} - no number given¦Asked if he is allowed
¦¦¦¦contact. Told to ring Cafcass.
03/05¦11:30¦{{João|n.s}}¦{{Ana Rita|n.t}} (sister) <<AMOB>>¦Bringing clothes
03/05¦16:20¦{{Abdi WARSAME|n.t}} (bed 4)¦{{Hodan WARSAME|n.t}} {{07700 900559|ph.t}}¦Appeal tomorrow
04/05¦08:50¦{{J. Ferreira|n.s}}¦Harbour Freight HR ({{Tina Gale|n.t}})¦Re his work phone
¦¦¦{{0117 496 0588|ph.t}}¦<<OLDMOB>> - please return it
04/05¦13:10¦{{Jota|n.s}}¦{{Paulo Sousa|n.t}} {{07700 900575|ph.t}}¦Friend. Asks {{João|n.s}} to text him
¦¦¦¦on his own number <<MOB>>.

Entries checked by <<NURSE>>, RMN.  Patients' own mobiles are kept in the ward office.
"""]),
]

B5_DOCS += [
("advance-statement-of-wishes", ["""
MY ADVANCE STATEMENT (written with my named nurse; to be kept with my care plan)

My name: {{João Miguel Ferreira Gonçalves|n.s}}. In England people write "{{João Gonçalves|n.s}}" or
"{{Joao Goncalves|n.s}}". Please do not call me "Mr {{Ferreira|n.s}}" - that is my mother's name
(it is also my first surname, but we use the second). My friends call me {{Jota|n.s}}.
Date of birth: {{23/2/1987|dob.s}}.    NHS number: {{999-845-1396|nhs.s}}

1. If I become unwell again, please contact:
   - my sister <<ANA>>, <<AMOB>>  (first)
   - my mother {{Maria da Conceição|n.t}}, <<MMOB>> (she speaks only Portuguese)
   Please do NOT contact {{Leanne|n.t}} or give her information about me. Contact about my
   daughter {{Mia|n.t}} goes through the court and Cafcass only.
2. Things that help me: speaking Portuguese, phoning my sister, walking, my own music.
3. Medication: I prefer aripiprazole. I do not want depot olanzapine again.
4. My home: please make sure somebody checks my flat (<<HOME>>, <<HOMEPC>>),
   the key is with the concierge. Post should go to {{Flat 12, Harbour Mill|ad.s}} - not to
   my old address in {{Cobbold Avenue|ad.s}}. My e-mail for letters: <<EM2>> or <<EM1>>.
5. Money: I have asked that the hospital social worker is my appointee for now.

Signed {{J. Gonçalves|n.s}}              Witnessed by <<NURSE>>, named nurse     09/05/2024
Copy to: Dr <<RC>> (RC); GP - Wharfside Medical Practice.
"""]),
("dvla-medical-fitness-to-drive-questionnaire", ["""
DVLA - CONFIDENTIAL MEDICAL INFORMATION - M1 (mental health)   Return to <<DVLAADDR>> <<DVLAPC>>
Section 1 - about you
  Full name          {{Joao Miguel FERREIRA GONCALVES|n.s}}
  Date of birth      {{23 02 1987|dob.s}}
  Driving licence no {{GONCA 802237 JM9TQ|dl.s}}
  Address on licence <<FAM>> <<FAMPC>>   (out of date - please change to the address below)
  Current address    {{Flat 12, Harbour Mill, 5 Wharf Rd, Marlowe Cross|ad.s}}, <<HOMEPC>>
  Phone / e-mail     <<MOB>> / <<EM1>>
  Passport (for ID)  Portuguese passport <<PP>>
Section 2 - your condition
  Condition          Bipolar affective disorder - current admission, detained since 03/2024
  Hospital / doctor  Dr <<RC>>, Consultant Psychiatrist, <<HADDR>>, <<HPC>>
  Consent            I agree to DVLA asking my doctors for information.
Section 3 - vehicles
  I do not own a car now (my Ford Focus <<CAR>> was sold). I do not drive my sister's car.
Section 4 - declaration  Signed "{{João F. Gonçalves|n.s}}"   20/05/2024

[DVLA stamp]  Licence record matched on licence number and DOB. Note: the record was under
"{{FERREIRA, Joao|n.s}}" until 2019 (surname order corrected on renewal).
"""]),
]

B5_DOCS += [
("patient-advice-and-liaison-service-complaint-response", ["""
RIVERMEAD HOSPITAL - PATIENT ADVICE AND LIAISON SERVICE (PALS)
<<HADDR>>, <<HPC>>   Tel <<HTEL>>

Ms {{Ana Rita Ferreira Gonçalves|n.t}}
<<ANAADDR>>
<<ANAPC>>                                                   24 May 2024

Dear Ms {{Ferreira Gonçalves|n.t}}

Your concerns about your brother, Mr {{João Gonçalves|n.s}} (Tamar Ward)

Thank you for your e-mail of 14 May from {{anarita.fg@example.pt|em.t}}, sent with your
brother's consent. {{João|n.s}} (date of birth {{23-02-1987|dob.s}}, NHS number {{9998451396|nhs.s}})
has agreed that we may reply to you. You raised three points.

1. Letters sent to the wrong address. Our records held his address as <<FAM>>,
   his former family home, where his ex-partner no longer lives. Letters from the ward
   were returned. His address is now corrected to <<HOME>>, and his preferred
   e-mail <<EM2>> has been added. We apologise.

2. His name. Some records showed "{{João FERREIRA|n.s}}" and one showed "{{Joe Gonsalves|n.s}}".
   Our Patient Administration System cannot store "ã" or "ç", so it shows
   "{{GONCALVES, Joao M|n.s}}". Staff have been reminded to use "{{João|n.s}}".

3. His mobile phone. {{João|n.s}}'s own phone (<<MOB>>) was kept in the ward office for
   two weeks under a care plan. It has now been returned. The phone number you gave for
   your mother, <<MMOB>>, is recorded as a contact with his agreement. His old work
   number <<OLDMOB>> has been removed from his record at his request.

Your brother has also asked us to confirm that his former partner, Ms {{Holt|n.t}}, is not
to be given any information. This is recorded on his file.

Yours sincerely
{{Charlotte BRENNAN|n.f}}, PALS Officer     {{charlotte.brennan@nhs.example.uk|em.f}}
cc. Dr <<RC>>, Responsible Clinician; <<NURSE>>, named nurse
"""]),
]

BUNDLES.append({
    "bundle_id": "eval23-05",
    "subject": {
        "name": "João Miguel FERREIRA GONÇALVES",
        "aliases": ["João Gonçalves", "Joao Goncalves", "João Ferreira", "Joe Goncalves",
                    "Jota", "J. M. Ferreira Gonçalves", "Joao FERREIRA"],
        "date_of_birth": "1987-02-23",
        "identifiers": {"ni_number": "RE 55 04 19 B", "nhs_number": "999 845 1396"},
        "contact": {"addresses": ["Flat 12, Harbour Mill, 5 Wharf Road, Marlowe Cross",
                                  "44 Cobbold Avenue, Marlowe Cross",
                                  "Rua das Flores 112, 3.º Esq., Viseu, Portugal"],
                    "phones": ["07700 900430", "07700 900417"],
                    "emails": ["joao.goncalves87@example.com", "jota.fg@example.pt",
                               "joao.g@harbourfreight.example.co.uk"]},
    },
    "macros": B5_MACROS,
    "documents": B5_DOCS,
})


# ---------------------------------------------------------------- builder
SPAN_RE = re.compile(r"\{\{([^{}|]+)\|([a-z]+)\.([a-z]+)(?:\|([^{}]+))?\}\}")
MACRO_RE = re.compile(r"<<([A-Za-z0-9_]+)>>")


def expand(raw, macros):
    def rep(m):
        assert m.group(1) in macros, "unknown macro " + m.group(1)
        return "{{" + macros[m.group(1)] + "}}"
    return MACRO_RE.sub(rep, raw)


def _visible(cell):
    return len(SPAN_RE.sub(lambda m: m.group(1), cell))


def align_tables(src):
    """Rows whose cells are separated by the authoring mark '¦' are padded so that the
    visible (markup-free) columns line up, with a two-space gutter."""
    lines = src.split("\n")
    out, i = [], 0
    while i < len(lines):
        if "¦" not in lines[i]:
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and "¦" in lines[j]:
            j += 1
        rows = [[c if k == 0 else c.strip() for k, c in enumerate(l.split("¦"))]
                for l in lines[i:j]]
        rows = [[r[0].rstrip()] + r[1:] for r in rows]
        ncol = max(len(r) for r in rows)
        widths = [max(_visible(r[k]) for r in rows if k < len(r)) for k in range(ncol)]
        for r in rows:
            cells = [c + " " * (widths[k] - _visible(c)) for k, c in enumerate(r)]
            out.append("  ".join(cells).rstrip())
        i = j
    return "\n".join(out)


def build_page(raw, macros):
    src = align_tables(expand(raw, macros))
    out, spans, pos = [], [], 0
    for m in SPAN_RE.finditer(src):
        out.append(src[pos:m.start()])
        start = sum(len(x) for x in out)
        text, cat, party, clean = m.group(1), m.group(2), m.group(3), m.group(4)
        assert cat in CATS, cat
        assert party in PARTIES, party
        assert text == text.strip() and text, repr(text)
        if cat == "n":
            assert not re.match(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|DC|DS|PC|Sgt|Insp|Officer)\.? ",
                                text), ("title inside name span", text)
        validate(CATS[cat], text, clean)
        out.append(text)
        spans.append((start, start + len(text), CATS[cat], PARTIES[party], text, clean))
        pos = m.end()
    out.append(src[pos:])
    page = "".join(out)
    for bad in ("{{", "}}", "<<", ">>", "|s}", "|t}"):
        assert bad not in page, (bad, page[:200])
    return page, spans


def to_truth(page_no, page, spans):
    truth = []
    last = 0
    for (b, e, cat, party, text, _clean) in spans:
        assert b >= last and page[b:e] == text
        last = e
        bb = len(page[:b].encode("utf-8"))
        be = bb + len(text.encode("utf-8"))
        assert page.encode("utf-8")[bb:be].decode("utf-8") == text
        truth.append({"page": page_no, "begin": bb, "end": be, "category": cat,
                      "party": party, "text": text})
    return truth


def _boundary(s, i, j):
    return (i == 0 or not s[i - 1].isalnum()) and (j == len(s) or not s[j].isalnum())


# unlabelled text must not look like personal data
LEAK_RES = [
    re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+\.[A-Za-z]"),
    re.compile(r"\b0\d{2,4}[ \-]?\d{3,4}[ \-]?\d{3,4}\b"),
    re.compile(r"\+44"),
    re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b"),
    re.compile(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b"),
    re.compile(r"\b2001:db8", re.I),
    re.compile(r"\b[A-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]\b"),
    re.compile(r"\b[A-Z]\d{4}[A-Z]{2}\b"),
    re.compile(r"\b\d{2}-\d{2}-\d{2}\b"),
    re.compile(r"\b\d{8,}\b"),
    re.compile(r"\b\d{3} \d{3} \d{4}\b"),
    re.compile(r"(?i)\b(?:DOB|D\.O\.B\.?|date of birth|born(?: on)?)\s*[:\-]?\s*\d"),
    re.compile(r"\b\d{2,4}/\d{4,7}[A-Z]\b"),
]


def check_bundle(bundle, subject_dob):
    pages = []  # (doc, page_no, text, spans-in-chars)
    for d in bundle["_built"]:
        for pno, (text, spans) in enumerate(d):
            pages.append((pno, text, spans))
    values = {}
    for _pno, _text, spans in pages:
        for (b, e, cat, party, text, clean) in spans:
            values.setdefault(text, set()).add(cat)
            if cat == "date_of_birth" and party == "subject" and not clean:
                assert parse_date(text) == subject_dob, (text, subject_dob)
    # last-four (or split first-four) forms of cards and accounts must be part of a
    # full labelled value of the same bundle
    fulls = {c: [re.sub(r"\D", "", v) for v, cs in values.items() if c in cs]
             for c in ("payment_card", "account_number")}
    for v, cs in values.items():
        for c in ("payment_card", "account_number"):
            d = re.sub(r"\D", "", v)
            if c in cs and len(d) == 4:
                assert any(len(f) > 4 and (f.endswith(d) or f.startswith(d))
                           for f in fulls[c]), ("part", v)
    # every labelled value is labelled wherever else it occurs (case-insensitive)
    for val in values:
        lv = val.lower()
        for _pno, text, spans in pages:
            lt = text.lower()
            i = lt.find(lv)
            while i >= 0:
                j = i + len(lv)
                if _boundary(text, i, j):
                    assert any(b <= i and j <= e for (b, e, *_r) in spans), \
                        ("unlabelled repeat of", val, text[max(0, i - 60):j + 60])
                i = lt.find(lv, i + 1)
    # unlabelled remainder must not look like personal data
    for _pno, text, spans in pages:
        masked = list(text)
        for (b, e, *_r) in spans:
            for k in range(b, e):
                masked[k] = "#"
        masked = "".join(masked)
        for rx in LEAK_RES:
            m = rx.search(masked)
            assert not m, ("possible unlabelled PII", m.group(0),
                           masked[max(0, m.start() - 80):m.end() + 80])
    return values


def main():
    assert len(sys.argv) == 2, __doc__
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    all_kinds = []
    pb_values = {"phone": set(), "postcode": set(), "address": set(), "email": set()}
    for bspec in BUNDLES:
        macros = bspec["macros"]
        built_docs, docs_json = [], []
        assert 6 <= len(bspec["documents"]) <= 8
        for n, (kind, raw_pages) in enumerate(bspec["documents"], 1):
            assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", kind), kind
            assert kind not in COVERED_KINDS and kind not in all_kinds, kind
            all_kinds.append(kind)
            built = [build_page(p.strip("\n") + "\n", macros) for p in raw_pages]
            built_docs.append(built)
            truth = []
            for pno, (text, spans) in enumerate(built):
                truth.extend(to_truth(pno, text, spans))
                for (_b, _e, cat, party, t, _c) in spans:
                    if party == "public_body" and cat in pb_values:
                        pb_values[cat].add(t)
            docs_json.append({"id": "doc-%02d" % n, "kind": kind,
                              "pages": [t for t, _s in built], "truth": truth})
        bundle = {"_built": built_docs}
        subj = bspec["subject"]
        dob = datetime.date.fromisoformat(subj["date_of_birth"])
        values = check_bundle(bundle, dob)
        # the subject's declared identifiers/contacts are valid and appear labelled
        for key, val in subj.get("identifiers", {}).items():
            cat = {"ni_number": "ni_number", "nhs_number": "nhs_number", "pnc": "pnc",
                   "cro": "cro", "crn": "crn"}[key]
            validate(cat, val, None)
            assert val in values, ("declared identifier not used", val)
        for a in subj["contact"]["addresses"] + subj["contact"]["phones"] + \
                subj["contact"]["emails"]:
            assert a in values, ("declared contact not used", a)
        if "prison_number" in subj:
            assert subj["prison_number"] in values
        out = {"bundle_id": bspec["bundle_id"], "subject": subj, "documents": docs_json}
        path = os.path.join(outdir, "bundle-%s.json" % bspec["bundle_id"][-2:])
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    # public bodies: every public_body phone/postcode/address/email is listed verbatim
    listed = {"phone": set(), "postcode": set(), "address": set(), "email": set()}
    for body in PUBLIC_BODIES:
        for key, cat in (("phones", "phone"), ("postcodes", "postcode"),
                         ("addresses", "address"), ("emails", "email")):
            for v in body.get(key, []):
                listed[cat].add(v)
    for cat in pb_values:
        missing = pb_values[cat] - listed[cat]
        assert not missing, ("public-body value not in yaml", cat, missing)
        unused = listed[cat] - pb_values[cat]
        assert not unused, ("yaml value never used", cat, unused)

    def q(s):
        return "'" + s.replace("'", "''") + "'"
    lines = ["version: 1", "bodies:"]
    for body in PUBLIC_BODIES:
        lines.append("  - name: " + q(body["name"]))
        for key in ("phones", "postcodes", "addresses", "emails"):
            if body.get(key):
                lines.append("    %s: [%s]" % (key, ", ".join(q(v) for v in body[key])))
    with open(os.path.join(outdir, "public-bodies.yaml"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    assert len(BUNDLES) == 5 and 30 <= len(all_kinds) <= 40


if __name__ == "__main__":
    main()
