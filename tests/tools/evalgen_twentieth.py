#!/usr/bin/env python3
"""evalgen_twentieth.py - blind synthetic evaluation set "eval-twentieth".

Written BLIND: the author did not read, list or run anything in the engine's
source tree, rules, build directory, README or any other test set or generator,
and did not run the `disclose` binary.  The only material consulted was:
  * /work/shared/reference/uk-identifiers.md  (identifier formats, check
    characters, reserved/synthetic ranges)
  * /work/shared/reference/domain.md          (what SAR bundles contain)
  * the task brief itself.

Usage:  python3 tests/tools/evalgen_twentieth.py tests/data/eval-twentieth

Output: bundle-01.json .. bundle-05.json and public-bodies.yaml.  Standard
library only; no randomness, no clock, no network; every value is fixed in
this file, so two runs are byte-identical.

Focus of this set: ambiguity and plain narrative.  Most documents are running
prose written by busy staff; people are often named bare at the start of a
sentence; many names are ordinary English words (Rose, Hope, Grace, Frank,
Summer, Marsh, Bell, Hunt ...), while in the same bundles ordinary things are
named like people (wards, wings, units, streets, pubs, cafes, operations,
courses) and are NOT labelled.  Within one bundle a word is never used both
as a person's name and as a non-person label (asserted below).

Labelling policy (as given in the brief):
  * subject      - the requester's own data in any form: every spelling, order,
                   case, initials, alias and nickname of their name; their DOB
                   in any format; their identifiers spaced or not; their own
                   current and previous addresses, phones and e-mails.
  * staff        - people acting officially for a public body or its
                   contractors (prison, probation, police, NHS, councils,
                   schools, courts, tribunals, Home Office): their names,
                   surnames alone, rank+surname (rank not included), user IDs /
                   staff log-in codes that embed the name (labelled as `name`),
                   and their direct-dial numbers and personal work e-mails.
  * third_party  - everyone else: relatives (including those sharing the
                   subject's surname), partners, children, victims, witnesses,
                   other prisoners/patients/young people, neighbours, and people
                   acting for private firms, charities and faith groups.
  * public_body  - published switchboards, generic mailboxes, and the
                   addresses/postcodes of public bodies; each one is listed in
                   public-bodies.yaml exactly as it appears in the text.
  * Address spans cover the street part (house name/number, street, locality,
    town, and for addresses abroad the district/state) WITHOUT the postcode;
    the postcode (UK or foreign postal code) is its own span.  Country names
    after a postcode are not labelled.
  * Name spans exclude titles and ranks ("Mr", "DS", "Dr", "Pastor").  A name
    split across a line break is one span containing the newline.
  * Dates of birth are labelled only where they are birth dates; event dates,
    ages and document dates are not labelled.
  * Synthetic values: UK postcodes use non-existent areas (Z?/Y? outward codes,
    never YO or ZE); phones come from Ofcom drama ranges; e-mails are at
    example.* domains; IPs from RFC 5737/3849; PNC/CRO carry mod-23 check
    characters, NHS numbers are 999-range mod-11, cards pass Luhn, IBANs pass
    mod-97, NI numbers use valid prefixes.

Markup used below: in page text, {key} inserts entity `key` from the
bundle's entity table; {text|cat|party} inserts a one-off labelled item;
{key~N} / {text|cat|party~N} pads the inserted value with spaces to width N
(for aligned table columns; the padding is not part of the span).
"""

import json
import os
import re
import sys

CAT = {
    'n': 'name', 'dob': 'date_of_birth', 'pn': 'prison_number', 'pnc': 'pnc',
    'cro': 'cro', 'crn': 'crn', 'ni': 'ni_number', 'nhs': 'nhs_number',
    'ph': 'phone', 'em': 'email', 'ad': 'address', 'pc': 'postcode',
    'vrm': 'vehicle_registration', 'pp': 'passport', 'dl': 'driving_licence',
    'sc': 'sort_code', 'acc': 'account_number', 'iban': 'iban',
    'card': 'payment_card', 'ip': 'ip_address',
}
PARTY = {'s': 'subject', 't': 'third_party', 'st': 'staff', 'p': 'public_body'}

BUNDLES = []
PUBLIC_BODIES = []


def ents(src):
    """Parse an entity table: one `key | text | cat | party` per line."""
    out = {}
    for line in src.strip('\n').split('\n'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        parts = [p.strip() for p in line.split('|')]
        assert len(parts) == 4, line
        key, text, cat, party = parts
        assert key not in out, key
        out[key] = (text.replace('\\n', '\n'), CAT[cat], PARTY[party])
    return out


# ===========================================================================
# Bundle 01 - Romanian Roma man, long-term high security prison
# ===========================================================================

PUBLIC_BODIES.append({
    'name': 'HMP Fallowmoor',
    'phones': ['0113 496 0250'],
    'postcodes': ['ZB7 4PL'],
    'addresses': ['Moorside Road, Fallowmoor'],
    'emails': ['omu.fallowmoor@justice.example.gov.uk',
               'security.fallowmoor@justice.example.gov.uk'],
})
PUBLIC_BODIES.append({
    'name': 'Kellworth Police Station',
    'phones': ['0113 496 0999'],
    'postcodes': ['ZL1 3DW'],
    'addresses': ['Lantern Street, Kellworth'],
})

E1 = ents(r'''
s_full   | Ionuț Marian CĂLDĂRARU | n | s
s_cap    | CĂLDĂRARU, Ionuț Marian | n | s
s_capsh  | CĂLDĂRARU, Ionuț | n | s
s_sur    | CĂLDĂRARU | n | s
s_surl   | Căldăraru | n | s
s_first  | Ionuț | n | s
s_noacc  | Ionut CALDARARU | n | s
s_noacc2 | Ionut Caldararu | n | s
s_ling   | Marian LINGURAR | n | s
s_nutu   | Nuțu | n | s
s_nutu2  | Nutu | n | s
s_init   | I.M.C. | n | s
s_lower  | ionut caldararu | n | s
s_dob    | 03/11/1981 | dob | s
s_dob2   | 3 November 1981 | dob | s
s_dob3   | 03.11.1981 | dob | s
s_dob4   | 1981-11-03 | dob | s
pn       | A4827DK | pn | s
pn_sp    | A 4827 DK | pn | s
pnc      | 2003/0418822L | pnc | s
pnc_sh   | 03/418822L | pnc | s
cro      | 418822/03K | cro | s
ni       | SY 42 71 86 C | ni | s
nhs      | 999 402 7816 | nhs | s
s_prev   | Flat 12, Grace Court, Lime Street, Kellworth | ad | s
s_prevpc | ZL4 2RT | pc | s
s_ro     | Strada Fântânii nr. 27, Comuna Mărgineni, Județul Bacău | ad | s
s_ropc   | 607315 | pc | s
s_oldph  | 07700 900418 | ph | s
s_em     | nutu.caldararu81@example.com | em | s
pb_ph    | 0113 496 0250 | ph | p
pb_ad    | Moorside Road, Fallowmoor | ad | p
pb_pc    | ZB7 4PL | pc | p
pb_omu   | omu.fallowmoor@justice.example.gov.uk | em | p
pb_sec   | security.fallowmoor@justice.example.gov.uk | em | p
pol_ph   | 0113 496 0999 | ph | p
pol_ad   | Lantern Street, Kellworth | ad | p
pol_pc   | ZL1 3DW | pc | p
pom      | Summer Hunt | n | st
pom_s    | Hunt | n | st
pom_f    | Summer | n | st
pom_em   | summer.hunt@justice.example.gov.uk | em | st
pom_ph   | 0113 496 0731 | ph | st
cm       | Frank Marsh | n | st
cm_s     | Marsh | n | st
cm_f     | Frank | n | st
so       | Mark Wood | n | st
so_s     | Wood | n | st
so_f     | Mark | n | st
so_id    | MWOOD12 | n | st
so_em    | mark.wood@justice.example.gov.uk | em | st
cm_em    | frank.marsh@justice.example.gov.uk | em | st
psy      | Hannah Bell | n | st
psy_s    | Bell | n | st
chap     | Joy Fenwick | n | st
chap_f   | Joy | n | st
osg      | Sharp | n | st
mum      | Florica CĂLDĂRARU | n | t
mum_l    | Florica Căldăraru | n | t
mum_f    | Florica | n | t
mum_ad   | Strada Izvorului nr. 8, bl. 3, ap. 11, Onești, Județul Bacău | ad | t
mum_pc   | 601072 | pc | t
bro      | Costel CĂLDĂRARU | n | t
bro_l    | Costel Căldăraru | n | t
bro_f    | Costel | n | t
bro_ad   | 45 Tanner's Row, Kellworth | ad | t
bro_pc   | ZL6 8BN | pc | t
bro_ph   | 07700 900562 | ph | t
rah      | Rahela STOICA | n | t
rah_l    | Rahela Stoica | n | t
rah_f    | Rahela | n | t
rah_s    | Stoica | n | t
rah_ph   | 07700 900771 | ph | t
rah_dob  | 14/02/1985 | dob | t
den      | Denis CĂLDĂRARU | n | t
den_f    | Denis | n | t
den_dob  | 21/08/2009 | dob | t
cous     | Ionuț LĂCĂTUȘ | n | t
cous_s   | Lăcătuș | n | t
past     | Viorel ROSTAȘ | n | t
past_l   | Viorel Rostaș | n | t
past_f   | Viorel | n | t
past_em  | pastor.viorel@betel-kellworth.example.org | em | t
apr      | April Greaves | n | t
apr_f    | April | n | t
apr_ph   | 07700 900126 | ph | t
apr_em   | april.greaves@romasupport.example.org | em | t
moss     | Dean MOSS | n | t
moss_s   | Moss | n | t
moss_pn  | A9120FH | pn | t
fox      | Anthony FOX | n | t
fox_s    | Fox | n | t
sonny    | Sonny | n | t
vic      | Adrian POPA | n | t
vic_f    | Adrian | n | t
''')

B1_DOCS = [
 {'id': 'doc-01', 'kind': 'pom-sentence-progression-narrative', 'pages': ['''
HMP FALLOWMOOR - OFFENDER MANAGEMENT UNIT
Sentence progression narrative (life sentence, tariff phase)

Prisoner: {s_cap}          Prison no: {pn}
DOB: {s_dob}     PNC: {pnc}     CRO: {cro}
Author: {pom}, Prison Offender Manager     Tel {pom_ph} (direct) / {pb_ph} (switchboard)

1. This narrative is written for the sentence planning review. {s_first} has now been at Fallowmoor for just under six years. He came to us from the local prison after sentence for the murder of {vic} in Kellworth and has spent most of that time on Kestrel Wing, with a period on the Mason Unit in the second year which I return to below.

2. {s_first} prefers to be called {s_nutu}, which is the name his family use. Older paperwork has him as {s_noacc} (without the Romanian letters) and one early conviction is recorded under the name {s_ling}; {s_ling} was the surname of his maternal grandfather and he used it when stopped by police in 2006. Both names relate to the same person and the PNC record ({pnc_sh}) has been linked.

3. Family. {mum_f} is his mother. She lives in Romania at {mum_ad}, {mum_pc}, and has not been able to visit since 2019. {s_first} spoke warmly about her and said she rings the wing chaplain when she cannot get through. {bro_f} is his younger brother and the only relative in England; {bro} lives at {bro_ad}, {bro_pc}. {bro_f} visits roughly every two months and brings {den_f}, who is {s_first}'s son by his first partner. {rah_f} is described by {s_first} as his wife. They married by Roma custom in 2008 and there is no civil certificate, which has caused problems with visits (see the verification memo on file).

4. Before custody {s_first} lived at {s_prev}, {s_prevpc}. He gave that address to the court. The flat was given up by the council in 2017. In Romania he lived with his grandparents at {s_ro}, {s_ropc}, until he came to England aged 22.
''', '''
{s_capsh}  {pn}  - sentence progression narrative - page 2 of 2

5. Custodial behaviour. {cm_s}, the custodial manager for Kestrel, describes him as "settled, polite, not a problem". There were two proven adjudications in 2021 (both for possession of a mobile phone), after which {s_first} went to the Mason Unit for eleven weeks. {cm_f} told me he had asked to stay on the unit a little longer because it was quieter. Security ({so_s}) believe the phones were held for another prisoner, {moss}, {moss_pn}, who has since been moved. {s_first} will not talk about {moss_s}.

6. Offending behaviour work. {psy} (psychology) has completed the treatment need consultation (separate note). {psy_s} recommends the Healthy Identity Intervention once his English reading is stronger. Education put him on the Entry 2 course and he has passed the first unit. {chap_f} from the chaplaincy says he attends the Pentecostal fellowship most Sundays and sees {past} when he visits. {past_f} is not a prison chaplain; he leads the Betel church in Kellworth and comes as a social visitor.

7. Contact and finances. The phone numbers on his PIN list include {bro_ph} ({bro_f}) and {rah_ph} ({rah_f}). The old number {s_oldph}, which was his own mobile before arrest, was removed at his request. He has an email account ({s_em}) that his brother checks for him; he has been reminded that he cannot use it from custody.

8. Summary. {s_first} is making slow but real progress. I will meet him again in four weeks. Any queries to me on {pom_em} or through the OMU mailbox {pb_omu}.

{pom}
Prison Offender Manager, HMP Fallowmoor, {pb_ad}, {pb_pc}
''']},
 {'id': 'doc-02', 'kind': 'roma-charity-casework-letter', 'pages': ['''
Roma Support Kellworth
Community Resource Room, 2 Weavers Yard, Kellworth

To: Offender Management Unit, HMP Fallowmoor, {pb_ad}, {pb_pc}
By email: {pb_omu}

Re: {s_full} ({pn}), born {s_dob2}

Dear colleagues,

I am the family caseworker at Roma Support Kellworth and I have known the {s_surl} family since 2015. I write with the consent of {s_nutu2} (as he is known to us) and of his brother {bro_l}.

{bro_f} came to our drop-in last month very worried. His mother, {mum_l}, has been unwell and the family in Onești want to arrange a video call so that {s_nutu2} can speak to her. {mum_f} has no smartphone of her own; the call would be made from the phone of her neighbour. {bro_f} asked whether our office could host the call at our end in Kellworth. We are happy to do this.

{rah_f} also came with {bro_f}. She told me that she has been turned away from two visits because the prison does not accept her as his wife. I explained that the prison needs evidence of the relationship. {rah_f} and {s_nutu2} married by Roma custom and she has letters, photographs and a statement from {past_l}, who married them. I have copies and can send them.

I understand that {s_nutu2}'s son {den_f} is now fifteen. {den_f} is doing well at school and wants to keep visiting with his uncle.

If it helps, I can be contacted on {apr_ph} or at {apr_em}. I work Tuesday to Thursday.

Yours faithfully,

{apr}
Family Caseworker
''']},
 {'id': 'doc-03', 'kind': 'security-department-email-chain', 'pages': ['''
From: {so} <{so_em}>
To: {pom} <{pom_em}>
Cc: {pb_sec}
Subject: RE: {s_sur} {pn} - PIN numbers / visitor

{pom_f},

Quick one. I ran the numbers on {s_surl}'s PIN list. {bro_ph} comes back to {bro} at {bro_ad} and is fine. {rah_ph} is registered to {rah_l}, DOB {rah_dob}, who is on his visits list as "wife". No concerns on the PNC for her. I have updated the record under my user {so_id} so you will see my note on the contacts screen.

The old number {s_oldph} is still showing on one of the call logs from 2021. That was {s_first}'s own phone before arrest and it rang {moss_s}'s girlfriend twice, which is why it got flagged. We think {moss_s} was using his credit. Nothing new since.

{so_f}
Security Department, HMP Fallowmoor

-----Original Message-----
From: {pom} <{pom_em}>
Sent: 09 October 2024 11:02
To: {so} <{so_em}>
Subject: {s_sur} {pn} - PIN numbers / visitor

{so_f},

{s_nutu} has asked for two numbers to be added and one taken off. Can you check {bro_ph} and {rah_ph}, and remove {s_oldph}? He says that was his old mobile and he doesn't want it linked to him any more.

Also, Roma Support have written about a video call with his mum in Romania. I am minded to support it. {cm_f} is happy for it to go in the family room on Kestrel if Security agree.

Thanks, {pom_f}
''', '''
-----Original Message-----
From: {cm} <{cm_em}>
Sent: 08 October 2024 16:40
To: {pom} <{pom_em}>
Subject: Kestrel - {s_surl} - visits

{pom_f}, {s_first} came to see me after association about his wife being turned away. Officer {osg} was on the visits desk both times. {osg} followed the rules - she isn't on the list as a verified partner - but he took it hard. {psy_s} from psychology was on the wing and had a word with him too. Can we look at the verification again? Also {fox_s} (the one they call {sonny}) has been trying to get {s_first} to hold things again, so worth Security knowing.

{cm_f}
''']},
]

B1_DOCS += [
 {'id': 'doc-04', 'kind': 'customary-marriage-verification-memo', 'pages': ['''
HMP FALLOWMOOR - SECURITY DEPARTMENT (VISITS)
Memo: verification of partner relationship for visits purposes
Prisoner {s_capsh}   {pn}   DOB {s_dob3}

Requested by: {pom_s} (OMU)        Completed by: SO {so_s}

Background. {s_nutu} says that {rah_l} is his wife. There is no marriage certificate because the couple married by Roma custom in Kellworth in 2008. The Romanian civil register has no record. {rah_s} was turned away at visits on two occasions because the system showed her as "friend".

What I looked at:
 - Statement from {past_l}, pastor of the Betel Pentecostal church, saying he blessed the marriage and has known the couple since 2006. {past_f} gave an email address, {past_em}, and confirmed the statement when I wrote to him.
 - Letter from {apr} of Roma Support Kellworth (on file, doc 2).
 - Photographs of the celebration (seven prints). {bro_l} is in four of them. The boy in two of the photos is {den} (born {den_dob}), whose mother is a former partner, not {rah_f}.
 - Police local checks on {rah_f} via the Kellworth station switchboard ({pol_ph}). Nothing recorded.

Family details given by the prisoner:
  Name                      Relationship        Lives at
  {rah~26}Wife (custom)       Kellworth (address held by visits)
  {bro~26}Brother             {bro_ad}, {bro_pc}
  {mum~26}Mother              {mum_ad}, {mum_pc}
  {den~26}Son                 with his mother, Kellworth
  {cous~26}Cousin              not known

Note: the cousin {cous} has the same first name as the prisoner. Staff should take care that a visit booked for "{s_first}" is not confused with a visit by the cousin. {cous_s} is not on the approved list and no application has been made.

Outcome. I am satisfied the relationship is genuine and long-standing. {rah_f} is to be recorded as wife/partner. Visits booking to be updated. Signed {so}, Security SO.
''']},
 {'id': 'doc-05', 'kind': 'translated-romanian-criminal-record-certificate', 'pages': ['''
[scanned copy - translation from Romanian - OCR text, some characters unreliable]

ROMÂNIA  MINISTERUL AFACERILOR INTERNE
INSPECTORATUL GENERAL AL POLIȚIEI ROMÂNE
CAZIER JUDICIAR / CRIMINAL RECORD CERTIFICATE

Nume / Surname: {s_sur}
Prenume / Forenames: {IONUȚ MARIAN|n|s}
Data naşterii / Date of birth: {s_dob3}
Locul naşterii / Place of birth: Bacău, jud. Bacău
Domiciliul / Address: {s_ro}, {s_ropc}
Numele tatălui / Father's name: {GHEORGHE|n|t}
Numele mamei / Mother's name: {mum_f}

Alte nume folosite / Other names used: {s_ling}

Mentiuni / Entries:  NU ARE ANTECEDENTE PENALE ÎN ROMÂNIA
(no criminal record in Romania)

Certificatul a fost eliberat la cererea / issued at the request of:
the person named, through his brother {bro_l}, acting with a power of attorney.

T R A N S L A T O R ' S   N O T E
The name on the original is printed "{CÄLDÄRARU IONUT MARIAN|n|s}" because the
issuing system substitutes the letters. The correct form is {s_full}.
The document was scanned from a fax and some letters are unclear; the
date of birth reads "{O3.11.198l|dob|s}" on the fax copy and has been checked
against the passport copy: {s_dob4}.

Translated by: Lexis Language Services Ltd (translator reference held on file)
''']},
]

B1_DOCS += [
 {'id': 'doc-06', 'kind': 'psychology-treatment-need-consultation-note', 'pages': ['''
PSYCHOLOGY SERVICES - HMP FALLOWMOOR
Treatment need consultation - note for file

Name: {s_full}     Number: {pn}     NHS no. {nhs}
Consultation with: {pom} (POM), {cm} (CM Kestrel)     Psychologist: {psy}

{pom_f} asked for advice on what offending behaviour work would suit {s_first} now. He has completed no accredited work so far, partly because of language. He reads Romanian well and English at Entry level. I met him twice with an interpreter from the agency; the interpreter's details are on the booking record and are not repeated here.

He described the offence in a way consistent with the judge's remarks. {vic_f} was a man he knew from the car wash where they both worked. There had been a dispute over money that {vic_f} said was owed to {cous}. {s_first} said he went to {vic_f}'s flat "to make him pay" and took a knife from his brother's kitchen. He was clear that {bro_f} did not know. The death of {vic} is something he thinks about daily, he said, and he has written a letter to the {Popa|n|t} family which has not been sent.

Areas of need: managing shame and anger when he feels disrespected; reliance on family "honour" to explain decisions; limited problem solving. Protective factors: strong family ties, faith, steady work record in custody.

Recommendation: Healthy Identity Intervention in 12-18 months, with pre-programme literacy work. {s_nutu} would benefit from a key worker who can check understanding.

{cm_f} (CM) asked whether his move to the Mason Unit in 2021 should count against him. In my view it should not - he went there for his own protection from {fox}, the prisoner known as {sonny}, not for violence.

{psy}, Registered Forensic Psychologist
''']},
 {'id': 'doc-07', 'kind': 'long-term-prisoner-family-contact-review', 'pages': ['''
FAMILY CONTACT REVIEW - LONG-TERM AND HIGH SECURITY ESTATE
{s_cap} ({pn})     Reviewed by {pom}

Why this review. {s_nutu} has been in custody since 2018 and his contact with family has fallen over the last two years. The review looks at visits, calls and letters and at what might help.

Visits. {bro} has visited nine times in two years. On four visits he brought {den_f}. {rah} visited twice before being turned away in September; her status has now been verified (memo doc 4) and she is booked for next month. {mum} has never visited Fallowmoor. She is 65, lives in Onești and does not travel.

Calls. Calls to {bro_ph} are regular, about three a week. Calls to {rah_ph} are almost daily and short. The prisoner says he cannot afford longer calls. There have been no calls to Romania since the spring, as the international rate is high. Roma Support ({apr}) have offered to host a video call for his mother; {apr_f} rang me on {apr_ph} and we agreed a date.

Letters. {mum_f} sends letters through {bro_f}. The prisoner writes in Romanian. One letter was held by the mailroom because it mentioned {cous} by name and the mailroom did not know who he was; it was released the next day.

Faith. {past} visits as a social visitor. {chap} (chaplaincy) has asked whether he can be added to the list of visiting faith leaders. That would need a separate application from {past_f} himself.

Actions:
  1. Video call with mother - {pom_s} to book with Roma Support.
  2. Add {rah_l} to visits list as partner - {so_s} (done).
  3. Ask {past_f} to apply as a faith visitor - {chap_f}.
  4. Look at the finance side: the prisoner's brother pays in £20 a month; a further £10 from {rah_s} has been queried by Security.

Prisoner's own comments (taken down by me): "I want my mother to see me before she dies. I want {den_f} to know me. {rah_f} is my wife in our way and I want her treated with respect."

{s_capsh}  {pn}  - end of review
''']},
]

BUNDLES.append({
 'bundle_id': 'eval20-01',
 'subject': {
  'name': 'Ionuț Marian CĂLDĂRARU',
  'aliases': ['Ionut CALDARARU', 'Marian LINGURAR', 'Nuțu', 'Nutu'],
  'date_of_birth': '1981-11-03',
  'prison_number': 'A4827DK',
  'identifiers': {'ni_number': 'SY 42 71 86 C', 'nhs_number': '999 402 7816',
                  'pnc': '2003/0418822L', 'cro': '418822/03K'},
  'contact': {
   'addresses': ['Flat 12, Grace Court, Lime Street, Kellworth ZL4 2RT',
                 'Flat 12, Grace Court, Lime Street, Kellworth',
                 'Strada Fântânii nr. 27, Comuna Mărgineni, Județul Bacău',
                 'Strada Fântânii nr. 27, Comuna Mărgineni, Județul Bacău 607315'],
   'phones': ['07700 900418'],
   'emails': ['nutu.caldararu81@example.com']},
 },
 'entities': E1,
 'documents': B1_DOCS,
})


# ===========================================================================
# Bundle 02 - Sierra Leonean Krio woman, probation in the community + family court
# ===========================================================================

PUBLIC_BODIES.append({
    'name': 'Ashgrove Probation Office',
    'phones': ['0117 496 0100'],
    'postcodes': ['ZC1 4AB'],
    'addresses': ['12 Bell Lane, Ashgrove'],
    'emails': ['ashgrove.pdu@justice.example.gov.uk'],
})
PUBLIC_BODIES.append({
    'name': 'Cafcass (Ashgrove team)',
    'phones': ['0117 496 0500'],
    'postcodes': ['ZC2 7QS'],
    'addresses': ['Harbour House, Quay Street, Ashgrove'],
    'emails': ['ashgrove.team@cafcass.example.gov.uk'],
})
PUBLIC_BODIES.append({
    'name': 'HMCTS Fines and Compensation Unit (Ashgrove)',
    'phones': ['0117 496 0277'],
    'postcodes': ['ZC1 6FD'],
    'addresses': ['PO Box 5120, Ashgrove'],
    'emails': ['fines.ashgrove@hmcts.example.gov.uk'],
})

E2 = ents(r'''
s_full   | Abigail Olufunke NICOL-MACAULEY | n | s
s_cap    | NICOL-MACAULEY, Abigail | n | s
s_capf   | NICOL-MACAULEY, Abigail Olufunke | n | s
s_sur    | NICOL-MACAULEY | n | s
s_surl   | Nicol-Macauley | n | s
s_fl     | Abigail Nicol-Macauley | n | s
s_first  | Abigail | n | s
s_funke  | Funke | n | s
s_abi    | Abi Nicol | n | s
s_maid   | Abigail MACAULEY | n | s
s_init   | A.O. Nicol-Macauley | n | s
s_dob    | 22/06/1979 | dob | s
s_dob2   | 22 June 1979 | dob | s
s_dob3   | 22.06.79 | dob | s
crn      | X417263 | crn | s
pnc      | 2016/0201577Y | pnc | s
cro      | 201577/16J | cro | s
ni       | JT 48 21 67 B | ni | s
ni2      | JT482167B | ni | s
nhs      | 999 615 2375 | nhs | s
s_ad     | 27 Wellspring Close, Ashgrove | ad | s
s_pc     | ZC3 5HW | pc | s
s_prev   | Flat 4B, Marsh House, Pellow Road, Ashgrove | ad | s
s_prevpc | ZC3 9PA | pc | s
s_ph     | 07700 900233 | ph | s
s_oldph  | 07700 900916 | ph | s
s_em     | funke.nicolmacauley@example.net | em | s
s_sc     | 20-04-17 | sc | s
s_acc    | 58203116 | acc | s
s_iban   | GB40 BARC 2004 1758 2031 16 | iban | s
pb_ph    | 0117 496 0100 | ph | p
pb_ad    | 12 Bell Lane, Ashgrove | ad | p
pb_pc    | ZC1 4AB | pc | p
pb_em    | ashgrove.pdu@justice.example.gov.uk | em | p
caf_ph   | 0117 496 0500 | ph | p
caf_ad   | Harbour House, Quay Street, Ashgrove | ad | p
caf_pc   | ZC2 7QS | pc | p
caf_em   | ashgrove.team@cafcass.example.gov.uk | em | p
fin_ph   | 0117 496 0277 | ph | p
fin_ad   | PO Box 5120, Ashgrove | ad | p
fin_pc   | ZC1 6FD | pc | p
fin_em   | fines.ashgrove@hmcts.example.gov.uk | em | p
pp       | Victoria Lane | n | st
pp_f     | Victoria | n | st
pp_s     | Lane | n | st
pp_em    | victoria.lane@justice.example.gov.uk | em | st
pp_ph    | 0117 496 0418 | ph | st
spo      | Bill Cook | n | st
spo_f    | Bill | n | st
spo_s    | Cook | n | st
upw      | Neil Brook | n | st
upw_s    | Brook | n | st
fca      | Grace Okonjo | n | st
fca_f    | Grace | n | st
fca_s    | Okonjo | n | st
fca_ph   | 0117 496 0561 | ph | st
sw       | Sharon Hill | n | st
sw_s     | Hill | n | st
dc       | Rich | n | st
dc_id    | RICHT04 | n | st
daug     | Precious NICOL-MACAULEY | n | t
daug_f   | Precious | n | t
daug_dob | 11/02/2009 | dob | t
son      | Samuel NICOL-MACAULEY | n | t
son_f    | Samuel | n | t
son_dob  | 30/09/2016 | dob | t
ex       | Daniel Adeyemi NICOL | n | t
ex_l     | Daniel Nicol | n | t
ex_f     | Daniel | n | t
ex_s     | Nicol | n | t
ex_ad    | 14 Saltash Gardens, Ashgrove | ad | t
ex_pc    | ZC5 1QE | pc | t
sis      | Comfort MACAULEY | n | t
sis_f    | Comfort | n | t
sis_ad   | 7 Dobson Street, Murray Town, Freetown | ad | t
past     | Emmanuel PRATT-JOHNSON | n | t
past_l   | Emmanuel Pratt-Johnson | n | t
past_s   | Pratt-Johnson | n | t
past_em  | e.prattjohnson@mountzion.example.org | em | t
past_ph  | 0117 496 0852 | ph | t
emp      | Chelsea Rowe | n | t
emp_f    | Chelsea | n | t
emp_s    | Rowe | n | t
emp_ph   | 07700 900387 | ph | t
vic      | June HALLORAN | n | t
vic_f    | June | n | t
vic_ad   | Hollyhock Cottage, Brindle Lane, Ashgrove | ad | t
vic_pc   | ZC8 2LU | pc | t
vic_card | 4658 5802 1470 3181 | card | t
vicd     | Abigail HALLORAN | n | t
vicd_l   | Abigail Halloran | n | t
''')

B2_DOCS = [
 {'id': 'doc-01', 'kind': 'probation-supervision-session-narrative', 'pages': ['''
ASHGROVE PROBATION DELIVERY UNIT
Supervision session - narrative record

Person on probation: {s_cap}     CRN: {crn}     PNC: {pnc}
DOB: {s_dob}                      Practitioner: {pp}

{s_funke} arrived ten minutes early and waited in reception. She prefers "{s_funke}" to "{s_first}" and asked that the letters be addressed to her by her full name, {s_full}, because her post goes astray. She confirmed her address is still {s_ad}, {s_pc}, and her mobile {s_ph}. The old number {s_oldph} is no longer in use and should be taken off nDelius.

Order. Twelve-month community order for fraud by abuse of position: twenty RAR days, 120 hours unpaid work, and compensation of £2,400. The offence was committed while she worked as a home carer for {vic}, then aged 84. Over about five months {s_funke} used {vic_f}'s bank card to buy shopping and fuel for herself. The card number in full ({vic_card}) is on the police case summary; I have not copied it anywhere else. It came to light when {vic_f}'s daughter, also called {s_first} - {vicd} - checked the statements.

{s_first} says she is ashamed. She cried when she talked about {vic_f}. She said {vic_f} was kind to her and used to give her cake to take home for {son_f}. We talked about the difference between {vic_f} being kind and {vic_f} consenting.

Family. {s_funke} lives with her two children: {daug} (15) and {son} (8). Their father, {ex}, has applied in the family court to have the children live with him. {ex_f} lives at {ex_ad}, {ex_pc}. Cafcass are involved; the family court adviser is {fca}. {fca_s} rang me last week and I have given her a factual update, with {s_funke}'s knowledge.

Work. {s_funke} has started at Frank's Cafe on the High Street, four mornings a week. The owner is {emp}. {emp_f} knows about the conviction. We agreed a three-way meeting (see note of {emp_s} meeting).
''', '''
{s_cap}  CRN {crn}  supervision narrative  page 2

Unpaid work. {upw} (UPW supervisor) reports good attendance on the Mason Road allotment project. {upw_s} said she is "the one who makes the tea and keeps the others going". Eighty hours remain.

Compensation. She pays £100 a month through the court. She showed me her bank app: standing order from sort code {s_sc}, account {s_acc}. I noted the first payment cleared.

Faith and support. She attends Mount Zion Krio Fellowship. {past_l} has written to me (email on file). The Hope Centre women's group meets on Thursdays and she would like to go; that fits around the cafe.

Risk. No new concerns. Risk of serious harm low. I will discuss the case with {spo} in supervision because of the family court overlap.

Next appointment: two weeks, same time. Letter to go to {s_ad}, {s_pc}.

{pp}, Probation Practitioner     {pp_ph}     {pp_em}
Ashgrove Probation Office, {pb_ad}, {pb_pc}. Reception {pb_ph}.
''']},
 {'id': 'doc-02', 'kind': 'pastor-email-to-probation-practitioner', 'pages': ['''
From: {past_l} <{past_em}>
Sent: 14 October 2024 21:17
To: {pb_em}
Subject: Sister {s_first} / {s_surl} - support

Dear Ms {pp_s},

I hope this reaches you. I am the pastor at Mount Zion Krio Fellowship and {s_funke} gave me your name. I only have the office address so please forgive me if it should go somewhere else.

I have known {s_funke} - Sister {s_first} as we call her - since she came to Ashgrove from Freetown in 2003. Her mother and my late wife were at school together in Murray Town. She is a faithful member and sings in the choir. What she did to {vic_f} has shocked the congregation and she has confessed it openly before the elders, which is not an easy thing in our community.

{s_funke} is carrying a great deal. Her sister {sis} in Freetown is ill and {s_funke} sends money when she can. {sis_f}'s address is {sis_ad}, Sierra Leone, in case it is needed for any reason. {daug_f}, her daughter, is a lovely girl who is finding it hard with her father's court case. Brother {ex_l} used to come to our church also but stopped after the separation.

If the probation service would find it useful, the church can offer {s_funke} a place on our volunteer team at the food bank, which would help her with routine. I can be reached on the church office line {past_ph} (Tuesday and Friday) or by email.

God bless you in your work,
{past_l}
Pastor, Mount Zion Krio Fellowship
''']},
]

B2_DOCS += [
 {'id': 'doc-03', 'kind': 'compensation-instalment-arrangement-letter', 'pages': ['''
HM Courts & Tribunals Service
Fines and Compensation Unit, {fin_ad}, {fin_pc}
Telephone {fin_ph}   Email {fin_em}

{s_init}
{s_ad}
{s_pc}

Our ref: ACC/24/0713          Date: 17 October 2024

Dear {s_full},

COMPENSATION ORDER - CONFIRMATION OF INSTALMENT ARRANGEMENT

Account holder:  {s_capf}
Date of birth:   {s_dob3}
NI number:       {ni2}

Ashgrove Magistrates' Court ordered you to pay compensation of £2,400.00. You have agreed to pay by monthly standing order. We have recorded the following details:

  Paying bank account
  Name on account     {s_maid}
  Sort code           {s_sc}
  Account number      {s_acc}
  IBAN (if paying from abroad)  {s_iban}

  Instalment schedule
  Instalment   Amount     Due
  1            £100.00    1st of each month from November
  2-24         £100.00    1st of each month
  Balance      £2,400.00

The name on the bank account differs from the name on the order. You told us that the account is still in your maiden name, {s_maid}, and we have noted both names. Compensation will be paid on to the person named in the order; we do not give you their details.

If you miss a payment we may take further action. If your circumstances change, contact us on {fin_ph} or at {fin_em}. Please quote your reference and your name.

Fines and Compensation Unit
''']},
 {'id': 'doc-04', 'kind': 'employer-three-way-meeting-note', 'pages': ['''
Three-way meeting: employer, person on probation, probation practitioner
Held at Frank's Cafe (back room), 11 October 2024

Present: {s_fl} ("{s_funke}"); {emp} (owner, Frank's Cafe); {pp} (probation).

Purpose. To make sure {emp_f} understands the order and that the job fits around appointments and unpaid work.

{emp_f} said she took {s_funke} on after a trial shift. She knows about the conviction because {s_funke} told her at interview. {emp_f} said she has no concerns: "She is the first in and she is honest with me, which is more than I can say for the last one." The cafe takes cash and cards; {s_funke} does not handle the safe or the banking. {emp_s} agreed to tell probation if anything went wrong with money, and {s_funke} agreed to this.

Hours: Tuesday to Friday, 7am to 12 noon. Unpaid work is on Saturdays with {upw_s}'s team. RAR sessions will be Monday afternoons. {emp_f} asked that appointment letters go to {s_funke} and not to the cafe.

Contact. {emp_f} gave her mobile, {emp_ph}, for probation use only, and asked that it is not passed on. I gave her the office number {pb_ph}.

Comment. Frank's is a small family business; the name is from the previous owner. There are three staff. {s_funke} said she enjoys the work and that it has helped with her mood.

{pp}
Probation Practitioner
''']},
 {'id': 'doc-05', 'kind': 'daughter-handwritten-note-to-cafcass-transcription', 'pages': ['''
[Transcription of a handwritten note on lined paper, given to the family court adviser at the home visit. Spelling as written. Crossed-out words shown in square brackets.]

To {fca_f} from cafcass

my name is {Precious Nicol-Macauley|n|t} and I am 15. I want to say what I think becuse nobody asks me only my brother.

I want to stay with mum. mum made a big mistake with {vic_f} and she knows it. she told me and {son_f} the truth before it was in the paper. I love dad but I dont want to live at [his] {Saltash Gardens|ad|t}, it is to far from school and dad works nights. {son_f} is only 8 and he cries when he goes to dads on a sunday.

mums friend {emp_f} from the cafe is nice and gives mum lifts. aunty {sis_f} in Freetown rings mum on whatsapp and mum sends her money for medicine. that is not a crime it is family.

please dont tell dad I wrote this. you can ring me on mums phone {s_ph} after 4.

from {daug_f}
'''], },
 {'id': 'doc-06', 'kind': 'cafcass-officer-telephone-enquiries-record', 'pages': ['''
CAFCASS - SAFEGUARDING ENQUIRIES: TELEPHONE RECORD
Children: {daug} (DOB {daug_dob}); {son} (DOB {son_dob})
Applicant father: {ex}     Respondent mother: {s_full} (DOB {s_dob2})
Family court adviser: {fca}   direct line {fca_ph}

Call 1 - Probation. I rang {pp} at Ashgrove Probation ({pb_ph}). {pp_s} confirmed the mother is on a community order for fraud against an elderly woman she cared for. No offences against children. She is compliant. {pp_f} was careful to give only what was relevant and said she had told the mother she was speaking to me. Mother's CRN {crn} noted for the record.

Call 2 - Police. DC {dc} in the economic crime team returned my call. {dc} confirmed there is no domestic abuse history at either address. The father, {ex_l}, has no convictions. The mother's PNC is {pnc}; CRO {cro}. {dc} said the victim's family remain angry and that the victim's daughter has posted about the case online; he has spoken to her.

Call 3 - Children's services. {sw} (social worker, Ashgrove Council) said the family were known in 2019 after an argument between the parents at the mother's old flat, {s_prev}, {s_prevpc}. No further action then. {sw_s} has no current involvement.

Call 4 - School. The safeguarding lead at Ashgrove Academy said {daug_f} is doing well but is tired and anxious. {son_f}'s attendance is 96%.

Call 5 - Father. {ex_f} wants the children to live with him at {ex_ad}, {ex_pc}. He said the mother "cannot be trusted with money, so how can she be trusted with children". He mentioned that {s_funke} still sends money to {sis_f} in Sierra Leone.

Next: home visits to both parents; see {daug_f} and {son_f} alone. Report due before the dispute resolution hearing.

{fca}, Family Court Adviser, Cafcass, {caf_ad}, {caf_pc}. Team line {caf_ph}; {caf_em}
''']},
 {'id': 'doc-07', 'kind': 'spo-case-allocation-supervision-discussion-note', 'pages': ['''
Management oversight - case discussion in supervision
Practitioner: {pp}     Manager: {spo} (SPO)
Case: {s_cap} - CRN {crn} - DOB {s_dob}

{pp_f} brought this case because of the overlap with private law proceedings. Cafcass ({fca}) have asked for information and may ask for a written report. {spo_f} reminded {pp_f} that we share what is relevant to the children's welfare and that the person on probation should know what has been shared.

Points discussed:
 - The compensation is being paid from an account in the name {s_maid}. {spo_s} checked this is the same person (maiden name) and it is recorded as an alias on nDelius, alongside {s_abi}, which she used during the marriage.
 - Employment at Frank's Cafe is verified. The employer, {emp}, gave a mobile number; keep it in the contacts section, not in the running record.
 - The victim's daughter, {vicd_l}, has contacted the office twice asking what sentence "{s_funke}" got. Victim contact is handled by the victim liaison unit; {pp_s} is not to discuss the case with her. Note the same first name as the person on probation: when {vicd_l} rings, reception should not put her through to {pp_f} as "a call from {s_first}".
 - The victim, {vic}, moved from {vic_ad}, {vic_pc}, into a care home in the summer. Her address must not appear in any letter to the person on probation.
 - The sister in Freetown: money transfers are legal and are not a concern for the order.

Risk: low. Oversight: {spo_s} agrees the plan. Review in eight weeks, or sooner if Cafcass ask for a report.

Signed {spo}, Senior Probation Officer, Ashgrove PDU
''']},
]

BUNDLES.append({
 'bundle_id': 'eval20-02',
 'subject': {
  'name': 'Abigail Olufunke NICOL-MACAULEY',
  'aliases': ['Funke', 'Abigail MACAULEY', 'Abi Nicol', 'Abigail Nicol-Macauley'],
  'date_of_birth': '1979-06-22',
  'identifiers': {'ni_number': 'JT 48 21 67 B', 'nhs_number': '999 615 2375',
                  'pnc': '2016/0201577Y', 'cro': '201577/16J', 'crn': 'X417263'},
  'contact': {
   'addresses': ['27 Wellspring Close, Ashgrove',
                 'Flat 4B, Marsh House, Pellow Road, Ashgrove'],
   'phones': ['07700 900233', '07700 900916'],
   'emails': ['funke.nicolmacauley@example.net']},
 },
 'entities': E2,
 'documents': B2_DOCS,
})


# ===========================================================================
# Bundle 03 - Brazilian man, police major investigation + immigration bail
# ===========================================================================

PUBLIC_BODIES.append({
    'name': 'Eastbridge Police - Major Investigation Team',
    'phones': ['020 7946 0100'],
    'postcodes': ['ZF1 9PS'],
    'addresses': ['Eastbridge Police Station, Station Approach, Eastbridge'],
    'emails': ['mir.hawthorn@police.example.gov.uk'],
})
PUBLIC_BODIES.append({
    'name': 'Home Office - Eastbridge Reporting Centre',
    'phones': ['0121 496 0770'],
    'postcodes': ['ZF4 2RD'],
    'addresses': ['Unit 4, Canal Side, Eastbridge'],
    'emails': ['eastbridge.reporting@homeoffice.example.gov.uk'],
})
PUBLIC_BODIES.append({
    'name': 'Consulate General of Brazil (assistance to nationals)',
    'phones': ['020 7946 0655'],
    'emails': ['assistencia@consulado-brasil.example.org'],
})

E3 = ents(r'''
s_full   | Thiago Henrique MOURA DOS SANTOS | n | s
s_cap    | MOURA DOS SANTOS, Thiago Henrique | n | s
s_capsh  | MOURA DOS SANTOS, Thiago | n | s
s_sur    | MOURA DOS SANTOS | n | s
s_surl   | Moura dos Santos | n | s
s_first  | Thiago | n | s
s_ts     | Thiago Santos | n | s
s_tm     | Thiago Moura | n | s
s_sant   | Santos | n | s
s_nick   | Thiaguinho | n | s
s_low    | thiaguinho | n | s
s_init   | T.H.M.S. | n | s
s_dob    | 19/01/1995 | dob | s
s_dob2   | 19-JAN-1995 | dob | s
s_dob3   | 19 January 1995 | dob | s
s_dob4   | 1995-01-19 | dob | s
pnc      | 2021/0088406M | pnc | s
pnc_sh   | 21/88406M | pnc | s
cro      | 88406/21E | cro | s
ni       | PW 63 18 05 D | ni | s
pass     | GC482913 | pp | s
s_ad     | Flat 2, 88 Cranmore Road, Eastbridge | ad | s
s_pc     | ZF2 7NU | pc | s
s_prev   | Room 4, 19 Tollgate Street, Eastbridge | ad | s
s_prevpc | ZF1 3HL | pc | s
s_br     | Rua dos Tucanos, 77, casa 3, Vila Esperança, São Paulo - SP | ad | s
s_brpc   | 03648-010 | pc | s
s_ph     | 07700 900347 | ph | s
s_ph2    | +44 7700 900347 | ph | s
s_em     | thiaguinho.moura95@example.com | em | s
s_vrm    | LD19 XPT | vrm | s
s_ip     | 203.0.113.58 | ip | s
s_user   | thiaguinho_95 | n | s
raf_user | rafa.oli | n | t
pb_ph    | 020 7946 0100 | ph | p
pb_ad    | Eastbridge Police Station, Station Approach, Eastbridge | ad | p
pb_pc    | ZF1 9PS | pc | p
pb_em    | mir.hawthorn@police.example.gov.uk | em | p
ho_ph    | 0121 496 0770 | ph | p
ho_ad    | Unit 4, Canal Side, Eastbridge | ad | p
ho_pc    | ZF4 2RD | pc | p
ho_em    | eastbridge.reporting@homeoffice.example.gov.uk | em | p
con_ph   | 020 7946 0655 | ph | p
con_em   | assistencia@consulado-brasil.example.org | em | p
sio      | Sharon Rich | n | st
sio_s    | Rich | n | st
ds       | Will Foster | n | st
ds_f     | Will | n | st
ds_s     | Foster | n | st
ds_em    | will.foster@police.example.gov.uk | em | st
dc       | April Young | n | st
dc_f     | April | n | st
dc_s     | Young | n | st
dc_id    | YOUNGA7 | n | st
io       | Rebecca Gay | n | st
io_s     | Gay | n | st
vc       | Ricardo Mendes | n | st
vc_s     | Mendes | n | st
vc_em    | ricardo.mendes@consulado-brasil.example.org | em | st
vic      | Lucas FERREIRA BARBOSA | n | t
vic_l    | Lucas Ferreira Barbosa | n | t
vic_f    | Lucas | n | t
vic_low  | lucas | n | t
vic_dob  | 07/05/1993 | dob | t
vic_ad   | Flat 11, Rivermead Court, Quarry Lane, Eastbridge | ad | t
vic_pc   | ZF3 8RS | pc | t
vic_ip   | 2001:db8:4f::17 | ip | t
wit      | Sonny LITTLE | n | t
wit_f    | Sonny | n | t
wit_s    | Little | n | t
wit_ad   | Flat 9, Rivermead Court, Quarry Lane, Eastbridge | ad | t
wit_ph   | 07700 900811 | ph | t
wit_pc   | ZF3 8RS | pc | t
gf       | Larissa COSTA | n | t
gf_f     | Larissa | n | t
gf_low   | lari | n | t
gf_ph    | 07700 900452 | ph | t
raf      | Rafael OLIVEIRA | n | t
raf_f    | Rafael | n | t
raf_n    | Rafa | n | t
raf_low  | rafa | n | t
raf_ph   | 07700 900689 | ph | t
raf_ip   | 198.51.100.24 | ip | t
raf_vrm  | YK66 HNU | vrm | t
ta       | Thiago ALVES | n | t
ta_low   | thiago alves | n | t
ta_s     | Alves | n | t
mae      | Maria Aparecida MOURA | n | t
mae_l    | Maria Aparecida | n | t
mae_ad   | Rua das Acácias, 145, apto 32, Jardim América, Goiânia - GO | ad | t
mae_pc   | 74255-120 | pc | t
sol      | Ana Paula Ribeiro | n | t
sol_s    | Ribeiro | n | t
sol_em   | a.ribeiro@castlegatelaw.example.co.uk | em | t
sol_ph   | 020 7946 0381 | ph | t
''')

B3_DOCS = [
 {'id': 'doc-01', 'kind': 'major-incident-room-message-form', 'pages': ['''
OPERATION HAWTHORN - MAJOR INCIDENT ROOM
MESSAGE FORM                                   Message no: M214

From:      {wit~28}Via: 101 call transferred to MIR
Contact:   {wit_ph~28}Address: {wit_ad}, {wit_pc}
Received by: DC {dc}                  Input by: {dc_id}
Date/time: 23/09/2024 19:42

Message:
Caller lives two doors from the deceased, {vic}. Says that on the Saturday night
he saw a "Brazilian lad on a blue moped" outside the block at about 11pm and
thinks it was "{s_nick}", a friend of {vic_f}'s who delivers food. Caller has
seen him before with {vic_f} and with another man called {raf_n}. Caller did not
see the index of the moped. Caller says the lad had a girlfriend who came to the
flat once, possibly called {gf_f}.

Caller also says {vic_f} had rows with a man in a grey car in the car park of
the Mason's Arms in the week before.

Receiver's note: {wit_s} sounded sober and was clear. Nickname "{s_nick}"
is a diminutive of {s_first}. Possible link to nominal N31: {s_cap}
(DOB {s_dob}, PNC {pnc}).

Action raised: A118 - trace/interview {Sonny Little|n|t} (statement).
Action raised: A119 - research nominal N31 and blue moped.
Allocated by: DS {ds}        SIO informed: DCI {sio}
''']},
 {'id': 'doc-02', 'kind': 'officer-pocket-notebook-transcription', 'pages': ['''
[Typed transcription of pocket notebook pages 41-43, DC {dc}. Handwriting scanned
and OCR-read; obvious OCR errors left in where the original is unclear.]

24/09/24  1015  To Eastbridge Reporting Centre, {ho_ad}, {ho_pc}, with DS {ds_s}.
Spoke to Immigration Officer {io} re nominal attending to report today.
{io_s} confirmed he reports fortnightly under immigration bail, next due
today 1100. Bail address on HO record {s_ad}, {s_pc}.

1058  Male arrives on blue moped, index {s_vrm}. Approached by DS {ds_s} and
me in car park. Male gives name as {Thiag0 SANTOS|n|s}, DOB {l9/0l/1995|dob|s} - I
note the spelling on his bail card reads {s_full}.
Passport per HO: Brazil {pass}.

1102  Explained we were investigating the death of {vic_l}
and that he was not under arrest. He said "{vic_f} is my friend, I
didn't do anything". Agreed to come to the station voluntarily after reporting.

1110  Male reports to {io_s}. {io_s} hands him a letter re his outstanding
application. He asks us to ring his solicitor, {sol}, of Castlegate Law,
on {sol_ph}. Done 1114 - {sol_s} to attend 1400.

1120  Male gives mobile as {s_ph}. Previous address {s_prev},
{s_prevpc} (lived there until March 2023).

1125  Left. DS {ds_s} drove. End of entry.
                                              signed  {A. Young|n|st} DC
''']},
]

B3_DOCS += [
 {'id': 'doc-03', 'kind': 'significant-witness-interview-summary', 'pages': ['''
OPERATION HAWTHORN
Summary of voluntary significant witness interview (video recorded, 3 discs)

Interviewee: {s_full}     DOB: {s_dob3}
Also known as: {s_ts}; {s_tm}; "{s_nick}"
Interviewing officers: DS {ds}, DC {dc}     Legal adviser: {sol} (Castlegate Law)
Interpreter: Portuguese (Brazil), via the force contract

{s_first} said he has lived in England since 2019 and works as a food delivery rider. He came on a visitor visa, overstayed and claimed asylum in 2022; the claim was refused and he is on immigration bail while his further submissions are considered. He lives at {s_ad}. He lived before that at {s_prev}, which is where he met {vic_f}.

He described {vic_f} ({vic_l}) as his best friend in England. They were from the same part of São Paulo. {vic_f} lived at {vic_ad}, {vic_pc}, and {s_first} often stayed over after late shifts. He last saw {vic_f} on the Saturday. He says he went to the flat at about 10.30pm to drop off a phone charger and left before 11.15pm. He was on his moped. {vic_f} was alive and "in a good mood, talking about going home for Christmas".

Asked about the man on the grey car, he said {vic_f} owed money to someone called "the Portuguese" but he did not know his real name. Asked about {raf}, he said {raf_n} was a friend to both of them and had lent {vic_f} money. {raf_f} drives a grey car. {s_first} did not know the index; research shows {raf_f} is the keeper of {raf_vrm}.

He was asked about another man, {ta}, who is also known in the group as "the other {s_first}". {s_first} said {ta_s} lives in Portugal now and has not been in England since the summer. Officers should be careful: several witnesses have said "{s_first}" when it is not clear which {s_first} they mean.
''', '''
{s_capsh} - significant witness interview summary - page 2

{s_first}'s girlfriend {gf} was with him from about midnight at his flat. {gf_f} has given a statement that matches this; her number is {gf_ph}. He said {gf_f} was "very upset" because she also knew {vic_f}.

Phone. He gave consent for officers to examine his phone. His number is {s_ph} (he said the same number shows as {s_ph2} on WhatsApp). He uses the email {s_em} for the delivery app.

Family. His mother, {mae}, lives at {mae_ad}, {mae_pc}, Brazil. He asked that the police do not contact her because she has a heart condition. Before coming to England he lived in São Paulo at {s_br}, CEP {s_brpc}.

He was shown a still from the CCTV at the Mason's Arms and identified the man in the grey car as {raf_n}. He became upset and said he did not want to "put {raf_n} in trouble" because {raf_f} had helped him get his job.

At the end of interview {sol_s} asked that the police tell the Home Office that {s_first} has been cooperative. DS {ds_s} said this would be noted. PNC {pnc_sh}; CRO {cro} (one caution, 2021, shoplifting). No further questions.

Summary by DC {dc_s}. Checked by DS {ds_s}.
''']},
 {'id': 'doc-04', 'kind': 'telegram-group-chat-extract', 'pages': ['''
Exhibit AY/7 - extract from Telegram group "Brasileiros Eastbridge 🇧🇷"
(export from the handset of {s_full}; messages in Portuguese translated into English
by the force interpreter; usernames as shown on screen; times are local)

[20/09/2024 22:14] {s_user}: anyone seen {vic_low} today? not answering
[20/09/2024 22:16] {raf_user}: he was at the mason's arms earlier
[20/09/2024 22:16] {gf_low}: {s_low} ur shift finished? 
[20/09/2024 22:17] {s_user}: yes {gf_low} going home now
[20/09/2024 22:19] {raf_user}: {vic_low} owes me 200 tell him
[20/09/2024 22:20] {s_user}: not my problem {raf_low} 😂
[21/09/2024 10:02] {ta_low}: bom dia. who is going to the churrasco sunday
[21/09/2024 10:05] {raf_user}: me. {ta_low} are you back from lisboa?
[21/09/2024 10:07] {ta_low}: no man still in portugal
[21/09/2024 23:40] {s_user}: dropped charger at {vic_low}'s. he is good
[22/09/2024 08:12] {gf_low}: something happened at rivermead court police everywhere
[22/09/2024 08:13] {s_user}: what?? {vic_low}??
[22/09/2024 08:30] {raf_user}: call me {s_low}. {raf_ph}
[22/09/2024 08:31] {s_user}: calling

Officer's note: "{s_user}" is the account of {s_first} (registered to {s_ph}).
"{raf_user}" is {raf}. "{gf_low}" is {gf}. "{ta_low}" is {ta}, said to be in Portugal.
Login records for the group (see open source research log) show the account of {raf_f}
active from {raf_ip}.
''']},
]

B3_DOCS += [
 {'id': 'doc-05', 'kind': 'community-impact-assessment-narrative', 'pages': ['''
OPERATION HAWTHORN - COMMUNITY IMPACT ASSESSMENT (narrative update no. 2)
Author: DS {ds}, on behalf of DCI {sio} (SIO)

1. The death of {vic_l} has had a marked effect on the Brazilian community in Eastbridge, which is small and close. Most of its members live on or near the Rookery Hill estate and Quarry Lane, work in food delivery, cleaning and building, and meet at the Victoria Park football pitches on Sundays. Several are on immigration bail or have no status, and there is a real fear that talking to police means talking to the Home Office.

2. {vic_f} was well known. A vigil was held outside Rivermead Court on the Wednesday; about sixty people attended. Officers spoke to organisers. Messages on social media have named {s_first} - sometimes {s_nick}, sometimes by his full name - as "the one the police took". This is inaccurate and has led to threats. {s_first} told DC {dc_s} that his moped was kicked over outside {s_ad}. A crime has been recorded and a marker placed on the address.

3. Separately, people have named "{s_first}" as responsible without saying which {s_first}. {ta} has been named on one Facebook page in error. {ta_s} is in Portugal and has no connection with the enquiry.

4. {raf_n} ({raf}) is now a person of interest. {raf_f} has not been arrested. Officers must avoid any public statement that could identify him.

5. The victim's family are in Brazil. The Consulate are supporting them and have asked for early release of the body (see consulate email exchange). DCI {sio_s} has agreed a second post-mortem date.

6. Community reassurance: extra patrols on Quarry Lane and at the Mason's Arms; a meeting with the pastor of the Portuguese-speaking church; leaflets in Portuguese. The message to be given: witnesses will not be asked about immigration status by the murder team.

7. Risk to the witness {wit} ({wit_ad}) is assessed as medium. {wit_s} has been given a contact number, {pb_ph}, and told to ring 999 in an emergency.

Tension level: AMBER. Next review in seven days. Copy to SIO policy file.
''']},
 {'id': 'doc-06', 'kind': 'consulate-liaison-email-exchange', 'pages': ['''
From: {vc} <{vc_em}>
To: {ds} <{ds_em}>
Cc: {con_em}
Subject: RE: Operation Hawthorn - Brazilian nationals

Dear Detective Sergeant {ds_s},

Thank you for the update. I confirm that the family of {vic_l} (born {vic_dob}) have been informed and that his mother has asked the Consulate to act for the family in arranging repatriation. Please send future correspondence to the assistance mailbox, {con_em}, or ring the duty line on {con_ph}.

You also mention a second national, {s_full}, who is assisting your enquiry. The Consulate has been asked by Mr {s_ts}'s solicitor, {sol}, to confirm whether his passport is held by the Home Office. We understand passport {pass} is held by the Home Office under his bail conditions. We do not need any other information about him and we will not contact his family in Goiânia unless he asks us to.

With regards,
{vc}
Vice-Consul

-----Original message-----
From: {ds} <{ds_em}>
To: {con_em}
Subject: Operation Hawthorn - Brazilian nationals

Good afternoon,

I am the deputy SIO on the investigation into the death of {vic_l} at {vic_ad} on 21 September. His family's address in Brazil is not yet known to us. Could the Consulate help with contact? We have a Portuguese-speaking family liaison officer.

A second Brazilian national, {s_tm} ({s_first} to his friends), has attended voluntarily as a significant witness. He has asked that his mother, {mae_l}, is not contacted. I pass that on as a courtesy.

Our MIR can be reached on {pb_ph} or at {pb_em}; the incident room is at {pb_ad}, {pb_pc}.

{ds}
Detective Sergeant
''']},
 {'id': 'doc-07', 'kind': 'open-source-research-log', 'pages': ['''
OPERATION HAWTHORN - OPEN SOURCE RESEARCH LOG
Researcher: DC {dc}  (HOLMES user {dc_id})    Authority: Action A119

Entry 1  25/09/24 09:10
Search of public social media for "{s_nick}", "{s_ts}" and "{s_full}". Public Instagram profile found in the name "{s_nick}". Last post 19/09/24. Profile lists date of birth as {s_dob2}, which matches PNC. The profile email shown on the business page is {s_em}.

Entry 2  25/09/24 09:40
The delivery company produced login data under a production order (exhibit AY/9). Account of {s_ts}: logins from {s_ip} on 21/09/24 between 22:05 and 23:02. The IP resolves to a home broadband service at {s_ad}, {s_pc}.

Entry 3  25/09/24 10:15
Telegram group (exhibit AY/7). {raf} logged in from {raf_ip} at 23:48 on 21/09/24; subscriber check pending. {vic_f}'s own account was last seen from {vic_ip} at 22:50 on 21/09/24, which fits the account given by {s_first}.

Entry 4  25/09/24 11:00
Facebook: page "Justiça para {vic_f}" names "{s_first}" as the killer. The photo used is of {ta}, not the nominal. Referred to the SIO as a community tension issue (DCI {sio_s} informed). {sio_s} directed no police comment online.

Entry 5  25/09/24 11:30
DVLA: {s_vrm} registered to {s_tm} at {s_prev}, {s_prevpc} (not updated). {raf_vrm} registered to {raf} at an address in Eastbridge; matches car seen on CCTV at the Mason's Arms.

Entry 6  25/09/24 12:00
Immigration: Home Office liaison ({io}) confirmed reporting history and bail address. DOB on Home Office file {s_dob4}. No address in Brazil held other than {s_br}.

Researcher's note: all searches made from the covert research terminal; no accounts were followed or contacted.
''']},
]

BUNDLES.append({
 'bundle_id': 'eval20-03',
 'subject': {
  'name': 'Thiago Henrique MOURA DOS SANTOS',
  'aliases': ['Thiago SANTOS', 'Thiago MOURA', 'Thiaguinho', 'thiaguinho_95'],
  'date_of_birth': '1995-01-19',
  'identifiers': {'ni_number': 'PW 63 18 05 D', 'pnc': '2021/0088406M', 'cro': '88406/21E',
                  'passport': 'GC482913'},
  'contact': {
   'addresses': ['Flat 2, 88 Cranmore Road, Eastbridge',
                 'Room 4, 19 Tollgate Street, Eastbridge',
                 'Rua dos Tucanos, 77, casa 3, Vila Esperança, São Paulo - SP'],
   'phones': ['07700 900347', '+44 7700 900347'],
   'emails': ['thiaguinho.moura95@example.com']},
 },
 'entities': E3,
 'documents': B3_DOCS,
})


# ===========================================================================
# Bundle 04 - Portuguese-Goan woman, medium secure mental health hospital
# ===========================================================================

PUBLIC_BODIES.append({
    'name': 'Thornbury Clinic (medium secure unit)',
    'phones': ['0161 496 0300'],
    'postcodes': ['ZP2 5TB'],
    'addresses': ['Thornbury Clinic, Victoria Road, Wexcombe'],
    'emails': ['rose.ward@thornbury.example.nhs.uk',
               'mha.office@thornbury.example.nhs.uk'],
})
PUBLIC_BODIES.append({
    'name': 'Wexcombe Council Adult Social Care',
    'phones': ['0161 496 0700'],
    'postcodes': ['ZP1 2AS'],
    'addresses': ['Civic Offices, Dean Street, Wexcombe'],
})

E4 = ents(r'''
s_full   | Filomena Maria de Menezes D'SOUZA | n | s
s_cap    | D'SOUZA, Filomena Maria | n | s
s_capsh  | D'SOUZA, Filomena | n | s
s_sur    | D'SOUZA | n | s
s_surl   | D'Souza | n | s
s_fl     | Filomena D'Souza | n | s
s_first  | Filomena | n | s
s_mena   | Mena | n | s
s_maid   | Filomena MENEZES | n | s
s_init   | FMD | n | s
s_dob    | 05/10/1972 | dob | s
s_dob2   | 5 October 1972 | dob | s
s_dob3   | 05-OCT-1972 | dob | s
nhs      | 999 330 4867 | nhs | s
nhs2     | 9993304867 | nhs | s
ni       | CE 35 81 02 A | ni | s
pnc      | 2014/0033918E | pnc | s
cro      | 33918/14H | cro | s
s_prev   | 34 Larkspur Avenue, Wexcombe | ad | s
s_prevpc | ZP9 3DT | pc | s
s_goa    | Flat 3, Sunshine Apartments, Miramar, Panaji, Goa | ad | s
s_goapc  | 403001 | pc | s
s_ph     | 07700 900624 | ph | s
s_em     | mena.dsouza72@example.org | em | s
pb_ph    | 0161 496 0300 | ph | p
pb_ad    | Thornbury Clinic, Victoria Road, Wexcombe | ad | p
pb_pc    | ZP2 5TB | pc | p
pb_ward  | rose.ward@thornbury.example.nhs.uk | em | p
pb_mha   | mha.office@thornbury.example.nhs.uk | em | p
asc_ph   | 0161 496 0700 | ph | p
asc_ad   | Civic Offices, Dean Street, Wexcombe | ad | p
asc_pc   | ZP1 2AS | pc | p
rc       | Vikram Nair | n | st
rc_s     | Nair | n | st
nn       | Hope Ellison | n | st
nn_f     | Hope | n | st
nn_s     | Ellison | n | st
nn_id    | ellisonh | n | st
ot       | Joy Little | n | st
ot_f     | Joy | n | st
ot_s     | Little | n | st
sw       | Frank Sharp | n | st
sw_f     | Frank | n | st
sw_s     | Sharp | n | st
sw_em    | frank.sharp@wexcombe.example.gov.uk | em | st
sw_ph    | 0161 496 0744 | ph | st
hca      | Chelsea Dunn | n | st
hca_f    | Chelsea | n | st
hus      | Agnelo D'SOUZA | n | t
hus_l    | Agnelo D'Souza | n | t
hus_f    | Agnelo | n | t
hus_ph   | 07700 900198 | ph | t
hus_em   | agnelo.dsouza@example.com | em | t
hus_ad   | Flat 6, Kingfisher House, Dell Road, Wexcombe | ad | t
hus_pc   | ZP4 7LN | pc | t
hus_st   | Dell Road | ad | t
dau      | Sheryl D'SOUZA | n | t
dau_l    | Sheryl D'Souza | n | t
dau_f    | Sheryl | n | t
dau_ph   | 07700 900275 | ph | t
bro      | Joaquim de MENEZES | n | t
bro_l    | Joaquim de Menezes | n | t
bro_f    | Joaquim | n | t
bro_ad   | H. No. 412, Vaddy, Candolim, Bardez, Goa | ad | t
bro_pc   | 403515 | pc | t
sis      | Lourdes RODRIGUES | n | t
sis_l    | Lourdes Rodrigues | n | t
sis_f    | Lourdes | n | t
sis_ad   | Rua da Esperança 58, 2.º Esq., Lisboa | ad | t
sis_pc   | 1200-658 | pc | t
pat1     | Summer | n | t
pat2     | Mark BELLAMY | n | t
pat2_f   | Mark | n | t
adv      | Bill Norris | n | t
adv_f    | Bill | n | t
adv_ph   | 07700 900733 | ph | t
''')

B4_DOCS = [
 {'id': 'doc-01', 'kind': 'hospital-managers-hearing-nursing-report', 'pages': ['''
THORNBURY CLINIC - HOSPITAL MANAGERS' HEARING
NURSING REPORT

Patient: {s_cap}          NHS number: {nhs}
Date of birth: {s_dob2}                 Ward: Rose Ward (female medium secure)
Section: 37/41 Mental Health Act 1983   Named nurse: {nn}

1. I have been {s_first}'s named nurse since she moved to Rose Ward from Hawthorn Ward fourteen months ago. She asks staff and patients to call her {s_mena}, which is what her family have always called her.

2. Index offence. In 2019 {s_mena} stabbed her husband, {hus}, at their home, then {s_prev}, {s_prevpc}, while she was acutely unwell with a psychotic depression. {hus_f} survived. She was made subject to a hospital order with restrictions. She has never minimised what happened and she speaks of {hus_f} with great sadness.

3. Mental state. Over the last year {s_mena}'s mood has been stable. She has not expressed the belief that {hus_f} was poisoning her since early last year. She takes her medication without prompting. {rc_s} (responsible clinician, Dr {rc}) reduced her observations to general in the spring.

4. Relationships on the ward. {s_mena} is something of a mother figure on Rose Ward. Another patient, {pat1}, is much younger and relies on her; staff have had to gently encourage {s_mena} to hold boundaries. There was one incident in July when {pat2}, a patient from the male ward visiting the Baker Room for a cookery group, made a remark about her accent and she left the room. She handled it well. {pat2_f} apologised.
''', '''
{s_capsh}  NHS {nhs2}  - nursing report - page 2

5. Family contact. {s_mena} has telephone contact with her daughter, {dau}, every week, and {dau_f} visits monthly. Her husband does not visit; {hus_l} has said through {sw_s}, her social worker, that he is not ready. {s_mena} respects this. She writes to her brother, {bro}, a parish priest in Goa, and to her sister {sis} in Lisbon.

6. Leave. She has had escorted community leave to Wexcombe town centre and to the Catholic church on Sundays, with {hca} or myself. There have been no incidents. {ot_s} from OT reports she is now able to plan a bus journey and shop to a budget.

7. Views. {s_mena} would like to move towards a conditional discharge and to live near {dau_f}. She understands that the Ministry of Justice would need to agree and that she could not live in {hus_st}, where {hus_f} now lives.

8. I support the continued detention for now, with a plan for unescorted leave in the next six months.

{nn}, Registered Mental Health Nurse (named nurse)
Rose Ward, {pb_ad}, {pb_pc}. Ward office via switchboard {pb_ph}.
''']},
 {'id': 'doc-02', 'kind': 'relative-telephone-contact-record-sheet', 'pages': ['''
ROSE WARD - RECORD OF TELEPHONE CONTACT WITH RELATIVES AND CARERS
Patient: {s_fl}   ({s_mena})   DOB {s_dob}   NHS {nhs}

Approved numbers (checked against the patient contacts list, RC agreed):
  Name                   Relationship         Number           Notes
  {dau~23}Daughter             {dau_ph~17}daily calls OK
  {bro~23}Brother (Goa)        via WhatsApp     staff dial, video OK
  {sis~23}Sister (Lisbon)      via WhatsApp     staff dial
  {adv~23}IMHA (Voiceworks)    {adv_ph~17}advocate, not family
  {hus~23}Husband              NOT APPROVED     no contact at his request

Call log (extract):
  Date      Time   Caller/called            Staff     Comments
  03/10/24  18:10  {dau_f~25}{hca_f~10}Calm, 20 mins; talked about {dau_f}'s new job
  05/10/24  11:00  {bro_f~25}{nn_id~10}Birthday call - brother sang; {s_mena} tearful but happy
  05/10/24  16:30  {sis_f~25}{hca_f~10}Birthday call; sister to send parcel
  08/10/24  19:45  unknown number           {hca_f~10}Withheld number asked for "{s_first}"; not put through
  09/10/24  14:20  {adv_f~25}{nn_id~10}Advocate re managers' hearing

Notes: the call on 08/10 was from a withheld number. {s_mena} thought it might be her husband. {nn_f} informed {sw} ({sw_ph}). No further calls.
''']},
]

B4_DOCS += [
 {'id': 'doc-03', 'kind': 'escorted-community-leave-outcome-narrative', 'pages': ['''
Escorted community leave - outcome narrative (RiO progress note, entered by {nn_id})

Patient: {s_capsh}   NHS {nhs}

Leave to Wexcombe town centre and St Anne's Church, 1000-1500, escorts {nn} and {hca}. Leave authorised under section 17 by Dr {rc_s}; Ministry of Justice consent on file.

{s_mena} was ready at 0945 and had written a shopping list. On the bus she talked about Goa, and about the house in Panaji where she lived as a young nurse ({s_goa}, {s_goapc}); she said she would like to see it again one day. {hca_f} asked her about the Konkani hymns she sings, and {s_mena} sang one quietly.

At the church she lit a candle for her mother. The parish secretary greeted her by name; {s_mena} said the secretary had known her "from before", when she lived at {s_prev} and went to the nine o'clock Mass with {hus_f} and {dau_f}. {s_mena} became quiet after this. {nn_f} checked in with her and she said she was sad, not unwell.

She bought a birthday card for {dau_f} and stamps for a letter to her brother in Candolim. In the café she paid with her own bank card. We returned at 1440.

Risk: no concerns; no contact with anyone from the victim's side; {hus_st} was avoided by the route agreed with {sw_s}. Mental state unchanged. {s_mena} asked if next time {ot_f} could come as she wants to practise a longer bus journey.

Outcome: leave used as planned. Recommend continuing.
''']},
 {'id': 'doc-04', 'kind': 'family-therapy-session-summary', 'pages': ['''
FAMILY THERAPY - SESSION 4 SUMMARY
Present: {s_fl}; her daughter {dau_l}; {nn} (co-therapist); therapist {Aisha Rahman|n|st} (family therapist, Thornbury Clinic)

{dau_f} came straight from work and was tired. We began by asking {s_mena} and {dau_f} what they wanted from today. {dau_f} said she wanted to talk about "what happens with Dad". {s_mena} said she wanted {dau_f} to know that she does not expect her to choose.

{dau_f} said that her father, {hus_f}, has been seeing a counsellor and has started to talk about the night of the offence. He has told {dau_f} that he still loves {s_mena} but is frightened. {dau_f} feels caught in the middle: she visits her father on Sundays at his flat and her mother on Saturdays at the clinic. She said that her father asked her not to give her mother his new address and she has not done so.

{s_mena} cried and said that was right. She said: "{dau_f}, you mustn't carry messages. {hus_f} has a right to be safe." {Rahman|n|st} reflected on how much both of them were protecting each other.

We talked about family in Goa. {s_mena}'s brother {bro_f} has offered that {s_mena} could live with him in Candolim if she were ever discharged abroad; {dau_f} was upset by this and said "you'd be nine thousand kilometres away". {s_mena} said it was only {bro_f} being kind and she would not leave {dau_f}.

Plan: next session in three weeks. {dau_f} to think about whether she would like a separate session with her father's counsellor present. No risk issues arose. {nn_f} will update the care team.
''']},
]

B4_DOCS += [
 {'id': 'doc-05', 'kind': 'named-nurse-monthly-narrative-summary', 'pages': ['''
Named nurse monthly summary - October
{s_full} ({s_mena})     DOB {s_dob3}     NHS {nhs}     PNC {pnc}

Presentation. {s_mena} has been settled for the whole month. She turned 52 on the fifth and the ward had a small celebration in the lounge; {pat1} made her a card. She received calls from {bro_f} in Goa and {sis_f} in Lisbon on the day. {dau_f} visited the following Saturday with cake.

Sleep and diet: good. Medication: fully concordant; bloods in range.

Activities. OT sessions with {ot} twice a week; she is leading the Tuesday cookery group in the Baker Room. {ot_f} says she is patient with others and that {pat2_f} ({pat2}) now joins the group without difficulty. Gym once a week.

Therapy: family therapy session 4 held (summary on file). Psychology individual work continues.

Safeguarding / contact. A withheld call on 8 October asking for "{s_first}" was not put through. {s_mena} thought it was her husband. {sw_s} has since spoken to {hus_f}, who denied making the call. No further action.

Finance. Her benefits are paid into her own account; she manages her spending money with support. She asked staff to update her mobile number on the system to {s_ph} (the old handset was lost on Hawthorn Ward) and to record her personal email {s_em} so that {dau_f} can send photographs through the ward.

Leave. Escorted leave used three times; all went to plan.

Plan for next month: prepare tribunal report; discuss unescorted leave with Dr {rc_s}; continue family work.

{nn} RMN. RiO user {nn_id}.
''']},
 {'id': 'doc-06', 'kind': 'spouse-email-to-hospital-social-worker', 'pages': ['''
From: {hus_l} <{hus_em}>
To: {sw} <{sw_em}>
Sent: 21 October 2024 07:55
Subject: {s_mena}

Dear {sw_f},

Thank you for ringing on Friday. I am sorry I was short with you. I did not make any call to the ward. I have not phoned {s_first} since 2019 and I do not want her to think I did.

I know the hearing is coming up. I am not against {s_mena} getting better and I have told {dau_f} this. What I am afraid of is her turning up here. {dau_f} says she has not given her mother my address and I believe her. Please can you make sure it is not on any paper that {s_mena} sees. I live at {hus_ad}, {hus_pc}, and I only give it to you so that the conditions can keep her away.

My brother-in-law {bro_l} wrote to me from Goa saying I should forgive her. I do not need {bro_f} telling me that. I will decide in my own time. {sis_l} has been kinder; she rings me from Lisbon.

You can reach me on {hus_ph} after 6pm. Please do not give my number to the ward.

{hus_f}

---
Reply:
From: {sw} <{sw_em}>
To: {hus_l} <{hus_em}>
Subject: RE: {s_mena}

Dear Mr {hus_f},

Thank you. I have noted your wishes. Your address and number are kept in a restricted part of the record and will not be shared with {s_mena} or on any document she sees. If you want to write to the tribunal, you can do so through me or through the Mental Health Act office at the clinic ({pb_mha}).

Kind regards,
{sw}, Social Worker, Wexcombe Council Adult Social Care ({asc_ad}, {asc_pc}; duty line {asc_ph}); seconded to Thornbury Clinic. Direct line {sw_ph}.
''']},
 {'id': 'doc-07', 'kind': 'overseas-family-circumstances-enquiry-report', 'pages': ['''
SOCIAL CIRCUMSTANCES - ENQUIRY INTO FAMILY ABROAD
Patient: {s_cap} (known as {s_mena}; maiden name {s_maid})
DOB {s_dob}   NHS {nhs}   Author: {sw}, social worker

Purpose. The care team asked whether family in Goa or Portugal could offer support on discharge, and whether there is any risk from those contacts.

Goa. {s_mena}'s brother, {bro}, is a Catholic priest in the parish of Candolim. He lives at the parish house, {bro_ad}, {bro_pc}, India. I spoke to Father {bro_f} by video call with {s_mena}'s consent. He was warm and clear. He said the family are Goan Catholics of Portuguese descent and that the name "{de Menezes|n|s}" comes from their father's side; {s_mena} took the name {s_surl} on marriage. He has offered a room to his sister "for as long as she needs", but accepted that any move abroad would be a decision for the Ministry of Justice and the tribunal, and that she would need psychiatric follow-up. {s_mena} herself lived in Goa until 1998, latterly at {s_goa}, {s_goapc}, while working as a nurse at the district hospital.

Portugal. {sis} lives in Lisbon at {sis_ad}, {sis_pc}. She holds Portuguese citizenship through their grandfather. {sis_f} said on the phone that she speaks to {hus_f} regularly and would "never take sides". She could not offer accommodation.

England. {dau} lives in Wexcombe and is the most important relationship. {hus} lives separately and does not want contact (his address is held in the restricted record only).

Conclusion. Father {bro_f}'s offer is genuine but is not a realistic discharge plan at present. The plan remains a supported placement in Wexcombe, close to {dau_f}, with exclusion from {hus_st}. {s_mena} agrees.

{sw}, {sw_em}
''']},
]

BUNDLES.append({
 'bundle_id': 'eval20-04',
 'subject': {
  'name': "Filomena Maria de Menezes D'SOUZA",
  'aliases': ['Mena', 'Filomena MENEZES', "Filomena D'Souza"],
  'date_of_birth': '1972-10-05',
  'identifiers': {'ni_number': 'CE 35 81 02 A', 'nhs_number': '999 330 4867',
                  'pnc': '2014/0033918E', 'cro': '33918/14H'},
  'contact': {
   'addresses': ['34 Larkspur Avenue, Wexcombe',
                 'Flat 3, Sunshine Apartments, Miramar, Panaji, Goa'],
   'phones': ['07700 900624'],
   'emails': ['mena.dsouza72@example.org']},
 },
 'entities': E4,
 'documents': B4_DOCS,
})


# ===========================================================================
# Bundle 05 - Kosovo Albanian boy (17), youth custody
# ===========================================================================

PUBLIC_BODIES.append({
    'name': 'Harwick YOI',
    'phones': ['0191 498 0440'],
    'postcodes': ['ZT1 4YA'],
    'addresses': ['Kiln Lane, Harwick'],
    'emails': ['casework.harwick@justice.example.gov.uk'],
})
PUBLIC_BODIES.append({
    'name': 'Harwick Youth Justice Service',
    'phones': ['0191 498 0620'],
    'postcodes': ['ZT2 1HX'],
    'addresses': ['Town Hall Annexe, Market Place, Harwick'],
    'emails': ['yjs@harwick.example.gov.uk'],
})

E5 = ents(r'''
s_full   | Arbër Besnik KRASNIQI | n | s
s_cap    | KRASNIQI, Arbër | n | s
s_sur    | KRASNIQI | n | s
s_surl   | Krasniqi | n | s
s_first  | Arbër | n | s
s_arbi   | Arbi | n | s
s_low    | arbi | n | s
s_arbkr  | Arbi Krasniqi | n | s
s_noacc  | Arber KRASNIQI | n | s
s_arben  | Arben KRASNIQI | n | s
s_ak     | A. Krasniqi | n | s
s_dob    | 28/03/2007 | dob | s
s_dob2   | 28 March 2007 | dob | s
s_dob3   | 2007-03-28 | dob | s
pn       | B3318FN | pn | s
pnc      | 2023/0145502D | pnc | s
pnc_sh   | 23/145502D | pnc | s
cro      | 145502/23D | cro | s
nhs      | 999 871 2041 | nhs | s
ni       | NA 62 44 19 C | ni | s
s_ad     | 52 Sorrel Way, Harwick | ad | s
s_pc     | ZT6 2JD | pc | s
s_prev   | Flat 7, Brook House, Tanner Street, Harwick | ad | s
s_prevpc | ZT4 9NE | pc | s
s_ks     | Rruga Adem Jashari nr. 17, Ferizaj | ad | s
s_kspc   | 70000 | pc | s
s_oldph  | 07700 900142 | ph | s
s_em     | arbi.krasniqi07@example.com | em | s
pb_ph    | 0191 498 0440 | ph | p
pb_ad    | Kiln Lane, Harwick | ad | p
pb_pc    | ZT1 4YA | pc | p
pb_em    | casework.harwick@justice.example.gov.uk | em | p
yjs_ph   | 0191 498 0620 | ph | p
yjs_ad   | Town Hall Annexe, Market Place, Harwick | ad | p
yjs_pc   | ZT2 1HX | pc | p
yjs_em   | yjs@harwick.example.gov.uk | em | p
kw       | Will Mason | n | st
kw_f     | Will | n | st
kw_s     | Mason | n | st
tch      | Kerry Brook | n | st
tch_s    | Brook | n | st
tch_em   | kerry.brook@justice.example.gov.uk | em | st
yot      | Gemma Street | n | st
yot_f    | Gemma | n | st
yot_s    | Street | n | st
yot_ph   | 0191 498 0637 | ph | st
yot_em   | gemma.street@harwick.example.gov.uk | em | st
um       | Mark Fox | n | st
um_s     | Fox | n | st
dad      | Besnik KRASNIQI | n | t
dad_l    | Besnik Krasniqi | n | t
dad_f    | Besnik | n | t
dad_ph   | 07700 900581 | ph | t
mum      | Drita KRASNIQI | n | t
mum_f    | Drita | n | t
unc      | Fatmir KRASNIQI | n | t
unc_l    | Fatmir Krasniqi | n | t
unc_f    | Fatmir | n | t
unc_ad   | 19 Heathfield Road, Harwick | ad | t
unc_pc   | ZT3 8PW | pc | t
unc_ph   | 07700 900944 | ph | t
unc_dob  | 02/11/1979 | dob | t
gf       | Hasan KRASNIQI | n | t
gf_f     | Hasan | n | t
gf_ad    | Fshati Greme, Ferizaj | ad | t
sis      | Elira KRASNIQI | n | t
sis_f    | Elira | n | t
yp       | Arbër HOXHA | n | t
yp_s     | Hoxha | n | t
cod      | Tyler WOOD | n | t
cod_f    | Tyler | n | t
vic      | Jayden | n | t
adv      | Rose Hart | n | t
adv_f    | Rose | n | t
adv_s    | Hart | n | t
adv_em   | rose.hart@youngvoices.example.org | em | t
adv_ph   | 07700 900355 | ph | t
''')

B5_DOCS = [
 {'id': 'doc-01', 'kind': 'dto-initial-planning-meeting-minutes', 'pages': ['''
HARWICK YOI - DETENTION AND TRAINING ORDER
INITIAL PLANNING MEETING - MINUTES

Young person: {s_cap}     Number: {pn}     DOB: {s_dob}
Order: DTO 12 months (robbery)            Unit: Hope Unit

Present: {yot} (YJS case manager, chair); {kw} (key worker); {tch} (education); {dad} (father); {s_arbi} (young person). Interpreter (Albanian) present for {dad_f}.
Apologies: {mum} (mother) - at home with {sis_f}.

1. Introductions. {yot_f} explained the meeting. {s_first} said he wants to be called {s_arbi}. He said staff and the other lads call him "{Arbi K|n|s}" because there is another {s_first} on the unit, {yp}. {kw_s} confirmed that the unit keeps the two boys' mail and canteen separate, as there was one mix-up in the first week.

2. Offence. {s_arbi} and a co-defendant, {cod}, robbed a younger boy of his phone near the Chelsea Road shops. The victim, {vic}, was 14. {s_arbi} said he is sorry and that he did not know {cod_f} had a knife until afterwards. {yot_s} noted the court accepted this.

3. Education. {tch_s} reported that {s_arbi} is working at GCSE level in maths and is keen. English is his second language; he arrived from Kosovo aged 12. He is in the Marsh Centre classes five mornings a week.

4. Family. {dad_f} said the family live at {s_ad}, {s_pc}. Before that they lived with his brother, {unc}, and then at {s_prev}, {s_prevpc}. {dad_f} works nights. He asked whether {s_arbi} could phone his grandfather, {gf}, in Ferizaj. {kw_f} said yes, once numbers are approved.

5. Targets: education (maths GCSE entry), victim awareness, family contact, release address planning (uncle's offer to be explored by {yot_s}).

Next review: in three months. Minutes by {kw}.
''']},
]

B5_DOCS += [
 {'id': 'doc-02', 'kind': 'residential-unit-weekly-behaviour-narrative', 'pages': ['''
HOPE UNIT - WEEKLY NARRATIVE (key worker)
Young person: {s_full} ({pn})   Key worker: {kw}

{s_arbi} has had a mixed week. Monday and Tuesday were good: full attendance in education, and {tch} sent a positive note about his maths. On Wednesday evening there was an argument on the landing with {yp}. It started over a parcel: {s_first}'s father had sent in trainers and the label only said "{Arbër K|n|s}." so the post went to {yp_s} first. {yp_s} kept the box for an hour. {s_arbi} shouted and threw a chair; no one was hurt. {um} (unit manager) spoke to both boys. {um_s} decided on a loss of association for one evening and a restorative conversation, which happened on Friday and went well.

Thursday: {s_arbi} asked to phone his uncle. The number {unc_ph} is approved. He talked to {unc_f} for 10 minutes in Albanian and was calmer afterwards. He also asked whether he could have his old phone number, {s_oldph}, put on his PIN list so his friends could text it; I explained that phone was seized by the police and he cannot use it.

Friday: gym; football in the evening. He supports Chelsea and argues about it with staff.

Weekend: visit from {dad} and {sis} (12). {dad_f} brought {s_arbi}'s birth certificate (Kosovo) for the ID application. It shows {s_first}'s date of birth as {s_dob2} and place of birth Ferizaj. {sis_f} cried at the end of the visit; {s_arbi} comforted her.
''', '''
{s_cap}  {pn}  weekly narrative  page 2

Mood: generally OK, some low evenings. He says he misses his mum. {mum_f} has not visited because she does not travel on her own. I have asked {yot_s} whether the YJS can help with transport.

Other: {s_arbi} says there is a lad on another unit who calls him names about being Albanian. He would not give the name. I have logged it and told {um_s}.

Targets for next week: keep up education; no repeat of Wednesday; phone call to grandfather {gf_f} once the Kosovo number is approved.

{kw}, key worker, Hope Unit. Contact via the casework mailbox {pb_em} or switchboard {pb_ph}.
''']},
 {'id': 'doc-03', 'kind': 'secure-school-teacher-email-exchange', 'pages': ['''
From: {tch} <{tch_em}>
To: {yot} <{yot_em}>
Subject: {s_arbkr} - exams

Hi {yot_f},

Good news on {s_arbi}. He sat the mock maths paper on Tuesday and got a grade 5. Given he has been in English schools for less than five years I think that's remarkable. He wants to sit the real thing in the summer. If he is released before then, can the YJS help me find a centre near home? His father told me they live in {Sorrel Way|ad|s} now, not {Tanner Street|ad|s}.

One thing - please can you make sure the exams office has him as {s_full} (with the ë) and not "{s_arben}", which is how his name appears on the police paperwork. There is a risk the certificate goes out in the wrong name. For the record the exam entry uses DOB {s_dob3}.

Also, the other {s_first} ({yp}) is in the same maths group. I have seated them apart after last week.

Thanks,
{tch_s}

-----
From: {yot} <{yot_em}>
To: {tch} <{tch_em}>
Subject: RE: {s_arbkr} - exams

{Kerry|n|st} - brilliant, thanks. Yes, the name is a known problem. The PNC ({pnc_sh}) had him as {s_arben} and we've asked for it to be corrected to {s_noacc}. I'll link an exams centre with the release plan. Home address is {s_ad}, {s_pc} - but if we go with the uncle's offer it will be {Heathfield Road|ad|t}.

{yot_f}
YJS case manager, direct {yot_ph}
''']},
]

B5_DOCS += [
 {'id': 'doc-04', 'kind': 'family-video-call-welfare-observation-note', 'pages': ['''
Family video call - welfare observation note
Young person: {s_cap} ({pn})     Observed by: {kw} (key worker)
Interpreter: not needed for staff note; call in Albanian, summary given by {s_arbi} afterwards

Call to Kosovo, 40 minutes, from the family room on Hope Unit. On the call: grandfather {gf} at the family house ({gf_ad}, {s_kspc}, Kosovo); later joined by {mum} and {sis}, who were visiting him.

{s_arbi} was nervous beforehand and asked me to stay. {gf_f} is 78 and has not seen {s_arbi} since he left Kosovo. {gf_f} spoke for most of the call; {s_arbi} said afterwards that his grandfather told him that he had "shamed the family name but not lost it", and that a {s_surl} man fixes his mistakes. {s_arbi} took this well. He showed his grandfather his maths certificate on the screen.

{mum_f} cried. She asked him to eat properly. {sis_f} showed him her new school uniform. {s_arbi} told {sis_f} to work hard "so you don't end up like me", then laughed and said he was joking.

He asked his grandfather about the old house on {Rruga Adem Jashari|ad|s} where he lived until he was 12 ({s_ks}, {s_kspc}). {gf_f} said the house has been sold to a cousin.

After the call {s_arbi} was quiet for about 20 minutes and then asked to play pool. No concerns. He asked if the family could call once a month; I will raise this with {um_s}.

Note for file: no references to the offence, co-defendant ({cod}) or victim during the call.
''']},
 {'id': 'doc-05', 'kind': 'uncle-accommodation-and-support-statement', 'pages': ['''
STATEMENT OF PROPOSED ACCOMMODATION AND SUPPORT
(taken by {yot}, Harwick YJS, at the home of the uncle, and read back to him)

My name is {unc_l}. I was born on {unc_dob}. I live at {unc_ad}, {unc_pc}. My mobile number is {unc_ph}.

I am the younger brother of {dad_l}. {s_arbi} is my nephew. His full name is {s_full}. When the family came from Kosovo in 2019 they lived with me here for one year. After that they moved to a council flat in {Brook House|ad|s} and then to {Sorrel Way|ad|s}.

I am offering for {s_arbi} to live with me when he is released. I have a spare room. I live with my wife and our two children, who are 6 and 9. I work as a builder and I can take him to work with me on Saturdays if the YJS agree. I will make sure he is home at night.

I know about the robbery. I know {s_arbi} was with {cod_f} and that this boy was a bad influence. {cod_f} does not know where I live and I will not let him come here. I also know there was trouble with the {yp_s} boy in custody; that is finished.

My brother {dad_f} agrees with this plan. {dad_f} works nights and {mum_f} has her hands full with {sis_f}. I think {s_arbi} needs a man in the house in the evenings.

Signed: {unc_l}

YJS note: house visited. Clean, suitable, three bedrooms. Children's details not taken for this statement; local checks to be requested via the YJS police officer. {yot_s}
''']},
]

B5_DOCS += [
 {'id': 'doc-06', 'kind': 'independent-advocacy-complaint-letter', 'pages': ['''
Young Voices Advocacy
Independent advocacy for children in custody

To: The Governor, Harwick YOI, {pb_ad}, {pb_pc}
Copy: {yot}, Harwick YJS ({yjs_em})

Dear Governor,

Complaint on behalf of {s_full} ({pn}), Hope Unit

I am the independent advocate who visits Hope Unit on Mondays. {s_arbi} asked me to write on his behalf and has read and agreed this letter.

1. Name. {s_arbi}'s name is repeatedly spelled wrongly. His canteen sheet and his education timetable say "{s_noacc}", his health record says "{s_ak}" and one adjudication notice says "{s_arben}". Because there is another young person called {s_first} on the unit, this has led to his parcel going to the wrong person and to a mix-up at healthcare. {s_arbi} asks that every record shows {s_full}, date of birth {s_dob}.

2. Racist name-calling. {s_arbi} says a young person on another unit calls him names about being Albanian and "a refugee". He has told his key worker, {kw_f}, and is satisfied with how {kw_s} responded, but he does not feel anything has changed. He did not want to name the other boy to me.

3. Family contact. {s_arbi}'s grandfather, {gf}, lives in Kosovo. The unit allowed one video call. {s_arbi} asks for a monthly call. I understand {um} is considering this.

{s_arbi} wants a written reply. Please send it to him and copy me at {adv_em}. My work mobile is {adv_ph}.

Yours faithfully,

{adv}
Advocate, Young Voices Advocacy (registered charity)
''']},
 {'id': 'doc-07', 'kind': 'resettlement-panel-narrative-summary', 'pages': ['''
RESETTLEMENT PANEL - NARRATIVE SUMMARY
{s_cap}  |  {pn}  |  DOB {s_dob}  |  PNC {pnc}  |  CRO {cro}  |  NHS {nhs}
Chair: {yot} (YJS)   Present: {kw}, {tch}, {um}, {adv} (advocate, at {s_arbi}'s request)

Release in eight weeks at the halfway point of the DTO; supervision by Harwick YJS ({yjs_ad}, {yjs_pc}; {yjs_ph}).

Accommodation. Two options: home with parents at {s_ad}, {s_pc}, or with the uncle, {unc}, at {unc_ad}, {unc_pc}. {yot_f} visited the uncle and took a statement. {unc_f}'s offer is genuine. {dad_l} supports it. {s_arbi} wants to go home to his mum. The panel's view: home, with the uncle's house as a fall-back and for Saturday work. The victim, {vic}, is supported by the victim liaison officer; an exclusion zone around the Chelsea Road shops, where the offence happened, will be requested.

Education. {tch_s} reported grade 5 in the mock maths. {tch_s} and {yot_s} will find an exam centre. College application for September in progress.

Identity. Birth certificate received; ID application in the name {s_full}. His NI number, {ni}, came through last month and has been given to his father to keep. He will need a new mobile; his old number {s_oldph} was seized. His email, {s_em}, was set up in education and will be kept.

Family. Monthly video calls to {gf_f} in Kosovo agreed by {um_s}. {mum} to be supported to visit before release.

Risk. Medium risk of reoffending; low risk of serious harm. Protective factors: family, education, motivation. Risks: association with {cod} (who is now on a youth rehabilitation order); conflict with {yp}, who is due to be released to the same area - the two boys must not be confused in any referral.

Views of the young person: "I want to do my exams and help my dad. I'm not going back to {cod_f}."

Actions: {yot_s} - licence conditions and exclusion zone; {kw_s} - release checklist; {adv} - explain licence to {s_arbi} in plain English.
''']},
]

BUNDLES.append({
 'bundle_id': 'eval20-05',
 'subject': {
  'name': 'Arbër Besnik KRASNIQI',
  'aliases': ['Arbi', 'Arber KRASNIQI', 'Arben KRASNIQI', 'Arbi K'],
  'date_of_birth': '2007-03-28',
  'prison_number': 'B3318FN',
  'identifiers': {'ni_number': 'NA 62 44 19 C', 'nhs_number': '999 871 2041',
                  'pnc': '2023/0145502D', 'cro': '145502/23D'},
  'contact': {
   'addresses': ['52 Sorrel Way, Harwick', 'Sorrel Way',
                 'Flat 7, Brook House, Tanner Street, Harwick', 'Brook House', 'Tanner Street',
                 'Rruga Adem Jashari nr. 17, Ferizaj', 'Rruga Adem Jashari'],
   'phones': ['07700 900142'],
   'emails': ['arbi.krasniqi07@example.com']},
 },
 'entities': E5,
 'documents': B5_DOCS,
})


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

TOKEN = re.compile(r'\{([^{}|~]+)(?:\|(\w+)\|(\w+))?(?:~(\d+))?\}')


def render_page(src, table):
    src = src.strip('\n')
    out = []
    spans = []  # (char_begin, char_end, text, category, party)
    pos = 0
    cur = 0
    for m in TOKEN.finditer(src):
        lit = src[pos:m.start()]
        assert '{' not in lit and '}' not in lit, lit
        out.append(lit)
        cur += len(lit)
        if m.group(2):
            text, cat, party = m.group(1), CAT[m.group(2)], PARTY[m.group(3)]
        else:
            key = m.group(1)
            assert key in table, 'unknown entity key %r' % key
            text, cat, party = table[key]
        assert text == text.strip() and text, repr(text)
        out.append(text)
        spans.append((cur, cur + len(text), text, cat, party))
        cur += len(text)
        if m.group(4):
            pad = int(m.group(4)) - len(text)
            assert pad >= 1, (text, m.group(4))
            out.append(' ' * pad)
            cur += pad
        pos = m.end()
    lit = src[pos:]
    assert '{' not in lit and '}' not in lit, lit
    out.append(lit)
    page = ''.join(out)
    assert '\t' not in page
    return page, spans


# ---------------------------------------------------------------------------
# Identifier validators (from the reference notes)
# ---------------------------------------------------------------------------

L23 = 'ZABCDEFGHJKLMNPQRTUVWXY'


def v_pnc(s):
    s = s.upper().replace(' ', '')
    m = re.fullmatch(r'(\d{2}|\d{4})/(\d{1,7})([A-Z])', s)
    if m:
        yy = m.group(1)[-2:]
        ser = m.group(2)
        if len(m.group(1)) == 4:
            assert len(ser) == 7, s
        return L23[int(yy + ser.zfill(7)) % 23] == m.group(3)
    m = re.fullmatch(r'(\d{4})(\d{7})([A-Z])', s)
    if m:
        return L23[int(m.group(1)[-2:] + m.group(2)) % 23] == m.group(3)
    return False


def v_cro(s):
    s = s.upper().replace(' ', '')
    m = re.fullmatch(r'(\d{1,6})/(\d{2})([A-Z])', s)
    return bool(m) and L23[int(m.group(2) + m.group(1).zfill(6)) % 23] == m.group(3)


def v_nhs(s):
    d = re.sub(r'[ -]', '', s)
    if not re.fullmatch(r'999\d{7}', d):
        return False
    return sum(int(c) * (10 - i) for i, c in enumerate(d)) % 11 == 0


def v_luhn(s):
    d = re.sub(r'[ -]', '', s)
    if not re.fullmatch(r'\d{13,19}', d):
        return False
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def v_iban(s):
    d = s.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', d):
        return False
    r = d[4:] + d[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


NINO = re.compile(r'(?:[ACEHJLMOPRSWXY][A-CEGHJ-NPR-TW-Z]|B[A-CEHJ-NPR-TW-Z]|'
                  r'G[ACEGHJ-NPR-TW-Z]|K[A-CEGHJ-MPR-TW-Z]|N[A-CEGHJL-NPR-SW-Z]|'
                  r'T[A-CEGHJ-MPR-TW-Z]|Z[A-CEGHJ-NPR-TW-Y])\d{6}[A-D]')


def v_ni(s):
    return bool(NINO.fullmatch(re.sub(r'[ -]', '', s.upper())))


UK_PC = re.compile(r'(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}|'
                   r'[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])'
                   r' ?[0-9][ABD-HJLNP-UW-Z]{2}')


def v_postcode(s):
    u = s.upper()
    if re.fullmatch(r'[0-9]{5,6}|[0-9]{5}-[0-9]{3}|[0-9]{4}-[0-9]{3}|[0-9]{3} ?[0-9]{3}', s):
        return True  # foreign postal code (RO 6, XK 5, BR CEP, IN PIN)
    if not UK_PC.fullmatch(u):
        return False
    area = re.match(r'[A-Z]+', u).group(0)
    return area[0] in 'ZY' and area not in ('YO', 'ZE') and len(area) == 2


def v_phone(s):
    d = re.sub(r'[^0-9+]', '', s)
    if d.startswith('+44'):
        d = '0' + d[3:]
    ok = ('07700900', '01134960', '01174960', '02079460', '01614960',
          '01214960', '01914980', '01632960', '01154960', '01314960')
    return len(d) == 11 and d.startswith(ok)


def v_email(s):
    dom = s.split('@', 1)[1].lower() if '@' in s else ''
    return bool(re.fullmatch(r'[A-Za-z0-9._%+\-]+@[a-z0-9.\-]+', s)) and (
        dom in ('example.com', 'example.org', 'example.net') or
        '.example.' in '.' + dom + '.')


def v_ip(s):
    return s.startswith(('192.0.2.', '198.51.100.', '203.0.113.', '2001:db8:'))


def v_dob(s):
    months = ('jan feb mar apr may jun jul aug sep oct nov dec').split()
    if re.fullmatch(r'[0-9Ol./]+', s):
        s = s.replace('O', '0').replace('l', '1')  # OCR confusions O/0, l/1
    t = s.lower().replace(',', '')
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', t)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = re.fullmatch(r'(\d{1,2})(?:st|nd|rd|th)?[ ./\-]+([a-z]+|\d{1,2})\.?[ ./\-]+(\d{2}|\d{4})', t)
        if not m:
            m2 = re.fullmatch(r'([a-z]+) (\d{1,2})(?:st|nd|rd|th)? (\d{4})', t)
            assert m2, s
            d, mo, y = int(m2.group(2)), months.index(m2.group(1)[:3]) + 1, int(m2.group(3))
        else:
            d = int(m.group(1))
            mo = int(m.group(2)) if m.group(2).isdigit() else months.index(m.group(2)[:3]) + 1
            y = int(m.group(3))
            if y < 100:
                y += 1900 if y > 25 else 2000
    mdays = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28,
             31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return 1900 < y < 2025 and 1 <= mo <= 12 and 1 <= d <= mdays[mo - 1]


VALID = {
    'pnc': v_pnc, 'cro': v_cro, 'nhs_number': v_nhs, 'payment_card': v_luhn,
    'iban': v_iban, 'ni_number': v_ni, 'postcode': v_postcode,
    'phone': v_phone, 'email': v_email, 'ip_address': v_ip,
    'date_of_birth': v_dob,
    'prison_number': lambda s: bool(re.fullmatch(r'[A-Z]\d{4}[A-Z]{2}|[A-Z] \d{4} [A-Z]{2}', s.upper())),
    'crn': lambda s: bool(re.fullmatch(r'[A-Z]\d{6}', s.upper())),
    'sort_code': lambda s: bool(re.fullmatch(r'\d{2}([- ]?)\d{2}\1\d{2}', s)),
    'account_number': lambda s: bool(re.fullmatch(r'\d{8}', s.replace(' ', ''))),
    'passport': lambda s: bool(re.fullmatch(r'\d{9}|[A-Z]{2}\d{6,7}|[A-Z]\d{7}', s.replace(' ', ''))),
    'driving_licence': lambda s: bool(re.fullmatch(
        r'[A-Z9]{5}[0-9](?:[05][1-9]|[16][0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9][A-Z9]{2}[0-9A-Z][A-Z]{2}',
        s.replace(' ', ''))),
    'vehicle_registration': lambda s: bool(re.fullmatch(
        r'[A-HJ-PR-Y]{2}(?:0[2-9]|[1-7][0-9]) ?[A-HJ-PR-Z]{3}', s)),
}

# Things that must never be left unlabelled anywhere in the page text.
LEAK = [
    ('email', re.compile(r'[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+')),
    ('phone', re.compile(r'(?:\+44|\b0)[ .\-]?(?:\(0\)[ .\-]?)?\(?[1-9](?:[ .\-)]{0,2}[0-9]){8,9}')),
    ('postcode', re.compile(r'\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b')),
    ('ip', re.compile(r'\b(?:\d{1,3}\.){3}\d{1,3}\b|2001:db8:[0-9a-f:]*')),
    ('long-number', re.compile(r'\b\d(?:[ \-]?\d){8,}\b')),
    ('prison-number', re.compile(r'\b[A-Z]\d{4}[A-Z]{2}\b')),
    ('pnc/cro', re.compile(r'\b\d{1,6}/\d{1,7}[A-Z]\b')),
    ('crn', re.compile(r'\b[A-Z]\d{6}\b')),
    ('nino', re.compile(r'\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b')),
]

NAME_TOKEN_SKIP = {'dos', 'das', 'da', 'de', 'do', 'e', 'van', 'der'}


def covered(spans, a, b):
    return any(s[0] <= a and b <= s[1] for s in spans)


def build_bundle(b):
    table = b['entities']
    docs_out = []
    all_pages = []   # (doc_id, page_no, text, spans)
    kinds = set()
    for d in b['documents']:
        assert re.fullmatch(r'[a-z0-9]+(?:-[a-z0-9]+)+', d['kind']), d['kind']
        assert d['kind'] not in kinds, d['kind']
        kinds.add(d['kind'])
        pages, truth = [], []
        for pi, src in enumerate(d['pages']):
            text, spans = render_page(src, table)
            pages.append(text)
            all_pages.append((d['id'], pi, text, spans))
            prev_end = -1
            for (a, bb, t, cat, party) in spans:
                assert a >= prev_end, (d['id'], t)
                prev_end = bb
                ba = len(text[:a].encode('utf-8'))
                be = len(text[:bb].encode('utf-8'))
                assert text.encode('utf-8')[ba:be].decode('utf-8') == t
                truth.append({'page': pi, 'begin': ba, 'end': be,
                              'category': cat, 'party': party, 'text': t})
        docs_out.append({'id': d['id'], 'kind': d['kind'], 'pages': pages,
                         'truth': truth})

    # 1. identifier / format validity of every labelled value
    for (_, _, _, spans) in all_pages:
        for (_, _, t, cat, party) in spans:
            if cat in VALID:
                assert VALID[cat](t), ('invalid', cat, t)

    # 2. every labelled value is labelled wherever else it occurs in the bundle;
    #    every token (>= 3 chars) of every labelled name likewise.
    values = set()
    for (_, _, _, spans) in all_pages:
        for (_, _, t, cat, party) in spans:
            values.add(t)
            if cat == 'name':
                for tok in re.split(r"[^\w'’\-]+", t):
                    tok = tok.strip("'’-")
                    if len(tok) >= 3 and tok.lower() not in NAME_TOKEN_SKIP:
                        values.add(tok)
    errors = []
    for v in sorted(values):
        pat = re.compile(r'(?<![\w])' + re.escape(v) + r'(?![\w])')
        for (did, pi, text, spans) in all_pages:
            for m in pat.finditer(text):
                if not covered(spans, m.start(), m.end()):
                    errors.append(('unlabelled repeat', b['bundle_id'], did, pi, v,
                                   text[max(0, m.start() - 30):m.end() + 30]))

    # 3. nothing identifier-shaped is left unlabelled
    for (did, pi, text, spans) in all_pages:
        for (what, rx) in LEAK:
            for m in rx.finditer(text):
                a, bb = m.start(), m.end()
                while a < bb and not text[a].isalnum() and text[a] != '+':
                    a += 1
                if not covered(spans, a, bb):
                    errors.append(('leak', what, b['bundle_id'], did, pi, m.group(0)))
    for e in errors:
        sys.stderr.write(repr(e) + '\n')
    assert not errors, '%d labelling errors' % len(errors)

    # 4. subject block agrees with subject-labelled contact/identifier spans
    subj = b['subject']
    digits = lambda s: re.sub(r'\D', '', s.replace('+44', '0'))
    idnorm = lambda s: re.sub(r'[ /\-]', '', s.upper())
    for (_, _, _, spans) in all_pages:
        for (_, _, t, cat, party) in spans:
            if party != 'subject':
                continue
            if cat == 'phone':
                assert digits(t) in [digits(p) for p in subj['contact']['phones']], t
            elif cat == 'email':
                assert t.lower() in [e.lower() for e in subj['contact']['emails']], t
            elif cat == 'address':
                assert t in subj['contact']['addresses'], t
            elif cat == 'prison_number':
                assert idnorm(t) == subj['prison_number'], t
            elif cat in ('ni_number', 'nhs_number', 'crn', 'cro'):
                key = {'ni_number': 'ni_number', 'nhs_number': 'nhs_number',
                       'crn': 'crn', 'cro': 'cro'}[cat]
                assert idnorm(t).lstrip('0') == idnorm(subj['identifiers'][key]).lstrip('0'), t
            elif cat == 'pnc':
                p = idnorm(subj['identifiers']['pnc'])
                assert idnorm(t) in (p, p[2:4] + p[4:].lstrip('0')), t

    # 5. public-body values are in public-bodies.yaml
    pb = {'phone': set(), 'postcode': set(), 'address': set(), 'email': set()}
    for body in PUBLIC_BODIES:
        for k, cat in (('phones', 'phone'), ('postcodes', 'postcode'),
                       ('addresses', 'address'), ('emails', 'email')):
            pb[cat].update(body.get(k, []))
    for (_, _, _, spans) in all_pages:
        for (_, _, t, cat, party) in spans:
            if party == 'public_body':
                assert cat in pb and t in pb[cat], ('public body value not in yaml', cat, t)

    assert 6 <= len(docs_out) <= 8
    return {'bundle_id': b['bundle_id'], 'subject': b['subject'],
            'documents': docs_out}


def yq(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    if len(sys.argv) != 2:
        sys.exit('usage: evalgen_twentieth.py OUTDIR')
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    assert len(BUNDLES) == 5
    total_docs = 0
    total_bytes = 0
    total_items = 0
    all_kinds = set()
    for i, b in enumerate(BUNDLES, 1):
        data = build_bundle(b)
        for d in data['documents']:
            assert d['kind'] not in all_kinds, d['kind']
            all_kinds.add(d['kind'])
            total_docs += 1
            total_bytes += sum(len(p.encode('utf-8')) for p in d['pages'])
            total_items += len(d['truth'])
        with open(os.path.join(outdir, 'bundle-%02d.json' % i), 'w', encoding='utf-8', newline='\n') as f:
            json.dump(data, f, indent=1, ensure_ascii=False)
            f.write('\n')
    assert 30 <= total_docs <= 40, total_docs
    lines = ['version: 1', 'bodies:']
    for body in PUBLIC_BODIES:
        lines.append('  - name: ' + yq(body['name']))
        for k in ('phones', 'postcodes', 'addresses', 'emails'):
            if body.get(k):
                lines.append('    %s: [%s]' % (k, ', '.join(yq(v) for v in body[k])))
    with open(os.path.join(outdir, 'public-bodies.yaml'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')
    sys.stderr.write('eval-twentieth: %d bundles, %d documents, %d bytes of page text, %d items\n'
                     % (len(BUNDLES), total_docs, total_bytes, total_items))


if __name__ == '__main__':
    main()
