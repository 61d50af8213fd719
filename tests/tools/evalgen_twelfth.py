#!/usr/bin/env python3
"""evalgen_twelfth.py - blind synthetic evaluation set no. 12 for the disclose PII-redaction engine.

WRITTEN BLIND.  While writing this generator the author read only:
  * /work/shared/reference/uk-identifiers.md  (identifier formats and check algorithms)
  * /work/shared/reference/domain.md          (subject access requests in UK justice)
  * the task brief.
No engine source, rules, word lists, other test sets, other generators or engine output were
consulted, and the `disclose` binary was never run.

Usage:  python3 tests/tools/evalgen_twelfth.py tests/data/eval-twelfth
Writes bundle-01.json .. bundle-05.json and public-bodies.yaml.  Standard library only; no
randomness, clock or network: every value is fixed in this file, so two runs give identical bytes.

How documents are written: page text carries inline markup  [[c.p:text]]  (category code c,
party code p) or  [[key]]  (a value from the registry REG).  The markup is stripped and each
marked value becomes a truth span with BYTE offsets into the page's UTF-8 encoding.

LABELLING POLICY
  * subject      - the requester's own data in any form: name in any order or case, initials,
                   aliases and nicknames, DOB in any format, identifiers spaced or not, own current
                   and previous addresses, phones and emails.
  * staff        - people acting officially for a public body or its contractors (prison,
                   probation, police, NHS, councils, schools, courts, Border Force, Home Office,
                   Cafcass, victim-care unit) and their direct contact details.
  * third_party  - everyone else: relatives (even when they share the subject's surname),
                   partners, children, other prisoners and residents, victims, witnesses,
                   neighbours, and people acting for private firms, charities or faith groups
                   (solicitors, interpreters, employers, IDVAs, landlords).
  * public_body  - published switchboards, generic mailboxes, addresses and postcodes of public
                   bodies; each one is listed in public-bodies.yaml exactly as written.
  * Names are labelled without titles or ranks ("Officer DUFFY" -> "DUFFY"); a surname alone, a
    forename alone, initials, nicknames and the name part of possessives are names.  An address
    span is the street part without the postcode; the postcode is its own span.  Dates of birth
    are labelled only where they are birth dates (event dates are not).  Ages, cell locations and
    case/booking references are not labelled (no category).

The generator asserts: exact byte offsets; ordered, non-overlapping, trimmed spans; every
labelled value (case-insensitively, on word boundaries) is covered by a span wherever it occurs
in the bundle; every token of a labelled name is covered wherever it occurs; no unlabelled text
looks like an identifier/phone/email/postcode; identifier check characters (PNC/CRO mod-23, NHS
mod-11 in the 999 range, Luhn, IBAN mod-97, NI prefixes, real calendar dates); Ofcom drama phone
ranges; invented postcodes; example email domains; documentation IP ranges; document kinds all new
and distinct; public_body values present in public-bodies.yaml.
"""
import datetime
import json
import os
import re
import sys

CAT = {'n': 'name', 'dob': 'date_of_birth', 'pn': 'prison_number', 'pnc': 'pnc', 'cro': 'cro',
       'crn': 'crn', 'ni': 'ni_number', 'nhs': 'nhs_number', 'ph': 'phone', 'em': 'email',
       'ad': 'address', 'pc': 'postcode', 'vr': 'vehicle_registration', 'pp': 'passport',
       'dl': 'driving_licence', 'sc': 'sort_code', 'ac': 'account_number', 'iban': 'iban',
       'card': 'payment_card', 'ip': 'ip_address'}
PARTY = {'s': 'subject', 't': 'third_party', 'st': 'staff', 'pb': 'public_body'}
MARK = re.compile(r'\[\[(.+?)\]\]')
EXPL = re.compile(r'^([a-z]+)\.([a-z]+):(.+)$', re.S)

REG = {}          # key -> (cat code, party code, text)


def reg(**kw):
    for k, v in kw.items():
        assert k not in REG, k
        c, p, t = v.split(':', 1)[0].split('.') + [v.split(':', 1)[1]]
        assert c in CAT and p in PARTY, v
        REG[k] = (c, p, t)


def resolve(inner):
    m = EXPL.match(inner)
    if m:
        c, p, t = m.group(1), m.group(2), m.group(3)
    else:
        assert inner in REG, 'unknown key ' + inner
        c, p, t = REG[inner]
    assert c in CAT, inner
    assert p in PARTY, inner
    return CAT[c], PARTY[p], t


def vis(s):
    return MARK.sub(lambda m: resolve(m.group(1))[2], s)


def tab(rows, sep='  ', lead=''):
    """Aligned table; cells may hold markup; widths use the visible text."""
    ncol = max(len(r) for r in rows)
    w = [0] * ncol
    for r in rows:
        for i, c in enumerate(r):
            w[i] = max(w[i], len(vis(c)))
    out = []
    for r in rows:
        cells = []
        for i, c in enumerate(r):
            pad = '' if i == len(r) - 1 else ' ' * (w[i] - len(vis(c)))
            cells.append(c + pad)
        out.append((lead + sep.join(cells)).rstrip())
    return '\n'.join(out)


def render(markup):
    out = []
    spans = []
    pos = 0
    nbytes = 0
    for m in MARK.finditer(markup):
        lit = markup[pos:m.start()]
        out.append(lit)
        nbytes += len(lit.encode('utf-8'))
        cat, party, text = resolve(m.group(1))
        b = len(text.encode('utf-8'))
        spans.append({'begin': nbytes, 'end': nbytes + b, 'category': cat, 'party': party,
                      'text': text})
        out.append(text)
        nbytes += b
        pos = m.end()
    out.append(markup[pos:])
    plain = ''.join(out)
    assert '[[' not in plain and ']]' not in plain, plain[:200]
    return plain, spans


def doc(kind, pages, head=None, foot=None):
    return {'kind': kind, 'pages': pages, 'head': head, 'foot': foot}


BUNDLES = []      # filled by the bundle sections below
PUBLIC_BODIES = []


def body(name, phones=(), postcodes=(), addresses=(), emails=()):
    PUBLIC_BODIES.append({'name': name, 'phones': list(phones), 'postcodes': list(postcodes),
                          'addresses': list(addresses), 'emails': list(emails)})


# =====================================================================================
# BUNDLE 1 - youth offender institution.  Subject: Akan (Ghanaian) day-name, male.
# =====================================================================================
body('HMYOI Wexcombe', phones=['0113 496 0400'], postcodes=['ZW4 2HT'],
     addresses=['Mill Lane, Wexcombe'],
     emails=['omu.wexcombe@justice.example.gov.uk', 'familyday.wexcombe@justice.example.gov.uk'])
body('Harlby Youth Justice Service', phones=['0113 496 0733'], postcodes=['ZS1 1AB'],
     addresses=['Civic Offices, Crane Street, Harlby'], emails=['yjs@harlby.example.gov.uk'])
body('Harlby Council SEND Service', phones=['0113 496 0790'], postcodes=['ZS1 1AB'],
     addresses=['Civic Offices, Crane Street, Harlby'],
     emails=['send.casework@harlby.example.gov.uk'])
body('Youth Custody Service Placement Team', phones=['020 7946 0815'],
     emails=['ycs.placements@justice.example.gov.uk'])
body('HMP Coldmarsh', phones=['0161 496 0250'], postcodes=['ZC7 3NB'],
     addresses=['Fenwick Road, Coldmarsh'], emails=['omu.coldmarsh@justice.example.gov.uk'])

reg(apn='pn.s:B4817KN', apnc='pnc.s:2022/0417736V', acro='cro.s:041877/22L',
    anhs='nhs.s:999 208 5517', ani='ni.s:PX 51 80 27 A',
    aad='ad.s:Flat 6, Pennywort House, Tannery Row, Harlby', apc='pc.s:ZS3 8PW',
    aph='ph.s:07700 900241', aem='em.s:kobby.ansah06@example.com',
    amum='n.t:Akosua ANSAH', amumph='ph.t:07700 900532',
    ayjs='n.st:Gethin PRYCE', apb_yjsad='ad.pb:Civic Offices, Crane Street, Harlby',
    apb_yjspc='pc.pb:ZS1 1AB', apb_wexad='ad.pb:Mill Lane, Wexcombe', apb_wexpc='pc.pb:ZW4 2HT',
    apb_wexph='ph.pb:0113 496 0400', apb_omu='em.pb:omu.wexcombe@justice.example.gov.uk')

A_HEAD1 = ('YOUTH CUSTODY SERVICE - PLACEMENT DECISION RECORD (PDR)              OFFICIAL-SENSITIVE\n'
           'Young person: [[n.s:ANSAH, Kwabena Owusu]]    NOMIS: [[apn]]    Page %P of %N\n'
           + '-' * 86)

A1 = doc('ycs-placement-decision-record', [
"""SECTION 1 - YOUNG PERSON
Surname ............ [[n.s:ANSAH]]
Forename(s) ........ [[n.s:Kwabena Owusu]]
Also recorded as ... [[n.s:ANSAH-OWUSU, Kwabena]] (police custody record, 2022)
Preferred name ..... "[[n.s:Kobby]]" (uses "[[n.s:Kobz]]" on social media)
Date of birth ...... [[dob.s:14/02/2006]]
Gender ............. Male        Ethnicity: Black British - African
PNC ID ............. [[apnc]]        CRO ....... [[acro]]
NHS number ......... [[anhs]]
Home address ....... [[aad]]  [[apc]]
Previous address ... [[ad.s:22 Cobbler's Walk, Harlby]]  [[pc.s:ZS2 5DL]]  (family moved March 2022)
Mobile (own) ....... [[aph]]   (previous handset [[ph.s:07700 900187]] seized by police)
Parent / carer ..... [[amum]] (mother)   mobile [[amumph]]
YJS caseworker ..... [[ayjs]], Harlby Youth Justice Service
                     [[apb_yjsad]]  [[apb_yjspc]]
                     Duty line [[ph.pb:0113 496 0733]]   Direct mobile [[ph.st:07700 900355]]
                     Team mailbox [[em.pb:yjs@harlby.example.gov.uk]]

SECTION 2 - REASON FOR REFERRAL
Remanded to youth detention accommodation by Harlby Youth Court on 21 August 2023 on a
charge of robbery (street robbery of a mobile telephone).  Co-defendant [[n.t:Mason KELLY-BROOKS]]
(PNC [[pnc.t:2023/0120987G]]) is also remanded.  The court was told that [[n.t:KELLY-BROOKS]] and
[[n.s:Kwabena]] fell out after arrest and that police hold intelligence of threats between the
two families.  Any placement must keep the two young people apart.
""",
"""SECTION 3 - RISK AND NEEDS SUMMARY (from information supplied by the YJS)
- Self-harm: no history known. No ACCT open at court.
- Health: asthma (brown and blue inhalers). GP records held under NHS no. [[anhs]].
- Education: EHCP in place (speech, language and communication needs). Last school was
  Harlby Academy; SEND contact is via the council team at [[em.pb:send.casework@harlby.example.gov.uk]].
- Relationships: close to his mother and younger sister [[n.t:Abena]]; girlfriend
  [[n.t:Temitope ADEYEMI]] ("[[n.t:Tope]]"), who is herself under 18 - visits to be assessed
  with the YJS before approval.
- Peer risk: [[n.s:ANSAH]] reports being "marked" by associates of the co-defendant.

SECTION 4 - DECISION
Placement ........ HMYOI Wexcombe, [[apb_wexad]]  [[apb_wexpc]]
                   Switchboard [[apb_wexph]]
Reason ........... nearest suitable site with SLCN support; co-defendant placed elsewhere.
Non-association .. [[n.t:KELLY-BROOKS, Mason]] - marker added to both records.

Decision made by:  [[n.st:Rachel STANWAY]], Placement Officer, YCS Placement Team
                   [[ph.pb:020 7946 0815]]  /  [[em.pb:ycs.placements@justice.example.gov.uk]]
Young person told: by [[ayjs]] (YJS) in the court cells, 21/08/2023 16:05.
Copies to: [[n.st:G. Pryce]] (YJS); OMU HMYOI Wexcombe ([[apb_omu]]);
           [[n.s:K. O. Ansah]] (young person, via YJS).
"""], head=A_HEAD1)

A2 = doc('mmpr-restraint-debrief', [
"""HMYOI WEXCOMBE
MINIMISING AND MANAGING PHYSICAL RESTRAINT (MMPR) - POST-INCIDENT DEBRIEF
Incident ref: WEX-UoF-0412     Date/time: 03/09/2023 19:42     Location: Beech unit, landing 2

1. YOUNG PEOPLE INVOLVED
""" + tab([
    ['NAME', 'NOMIS', 'ROLE IN INCIDENT'],
    ['[[n.s:ANSAH Kwabena]]', '[[apn]]', 'Restrained (head and arms, standing then seated)'],
    ['[[n.t:PRICE Jimmy-Joe]]', '[[pn.t:D6604LW]]', 'Restrained (separate hold, 19:44)'],
    ['[[n.t:Rhys]] (surname not recorded)', '-', 'Injured party - struck once to the face'],
]) + """

2. STAFF INVOLVED
""" + tab([
    ['STAFF', 'ROLE', 'TECHNIQUE / ACTION'],
    ['Officer [[n.st:S. DUFFY]]', 'Team leader', 'Head support, verbal de-escalation'],
    ['Officer [[n.st:LINDQVIST]]', 'Right arm', 'Figure-of-four hold, seated'],
    ['Officer [[n.st:Malik HUSSAIN]]', 'Left arm', 'Figure-of-four hold, seated'],
    ['SO [[n.st:B. QUAYLE]]', 'Supervisor', 'Took charge at 19:45, body-worn camera on'],
    ['Nurse [[n.st:Adaeze OKONJO]]', 'Healthcare', 'Post-restraint health check 19:58'],
]) + """

3. ACCOUNT
At about 19:40 [[n.s:Kobby]] and [[n.t:Jimmy-Joe]] were arguing over the landing telephone.
[[n.t:Rhys]] stepped between them and [[n.s:ANSAH]] swung a punch which caught [[n.t:Rhys]] on the
cheek.  Officer [[n.st:DUFFY]] called for assistance and guided [[n.s:ANSAH]] to the floor-seated
position; [[n.st:LINDQVIST]] and [[n.st:HUSSAIN]] held the arms.  [[n.t:PRICE]] continued to shout
and was taken to his room by two other officers.  Restraint ended at 19:51.
""",
"""MMPR DEBRIEF - [[n.s:ANSAH]] [[apn]] - WEX-UoF-0412 (continued)                         page 2

4. YOUNG PERSON DEBRIEF (held 04/09/2023 with key worker present)
[[n.s:Kwabena]] said: "[[n.t:JJ]] was chatting about my mum and [[n.t:Rhys]] just got in the way.
I didn't mean to hit him.  My wrist is still sore."  He asked for his mother to be told.
[[n.t:Rhys]]'s family were informed by his unit manager the same evening.

5. HEALTH
Nurse [[n.st:OKONJO]] examined [[n.s:Kwabena ANSAH]] at 19:58: graze to the left wrist, no
breathing difficulty, inhaler not needed.  Reviewed again 04/09/2023 09:10 - no injury.
Health record updated (NHS [[nhs.s:9992085517]]).

6. PARENT / CARER INFORMED
SO [[n.st:QUAYLE]] telephoned Mrs [[n.t:Ansah]] on [[amumph]] at 20:30 and explained what had
happened.  Mrs [[n.t:Ansah]] asked that future calls go to her work number instead
([[ph.t:0121 496 0587]], weekdays only).

7. LEARNING POINTS
- Landing telephone queue caused friction; rota to be posted on the unit.
- Peer mediation offered to [[n.s:ANSAH]] and [[n.t:PRICE]] (Bridges Mediation).

Completed by: [[n.st:Bernadette QUAYLE]] (Supervising Officer)      Date: 04/09/2023
Reviewed by:  [[n.st:Hollis]], Head of Residence                       Date: 06/09/2023
"""])

A3 = doc('ehcp-annual-review-extract', [
"""HARLBY COUNCIL - SPECIAL EDUCATIONAL NEEDS AND DISABILITY (SEND) SERVICE
EDUCATION, HEALTH AND CARE PLAN - ANNUAL REVIEW (extract: Sections A, B and F)

Young person: [[n.s:Kwabena Owusu Ansah]]          Date of birth: [[dob.s:14.02.2006]]
Setting: HMYOI Wexcombe - education delivered by Cadence Learning Ltd under contract
Review meeting: 12 October 2023, HMYOI Wexcombe education block

Attendees
  [[n.s:Kwabena]]	young person
  [[n.t:Akosua Ansah]]	parent (by telephone)
  [[n.st:Carys LLEWELYN]]	Head of Learning, Cadence Learning (education contractor)
  [[n.st:Femi OGUNLESI]]	Educational Psychologist, Harlby Council
  [[ayjs]]	Youth Justice Service
  [[n.st:Priya RAMANATHAN]]	Case Manager, HMYOI Wexcombe

SECTION A - VIEWS, INTERESTS AND ASPIRATIONS
[[n.s:Kobby]] says he wants to become an electrician "like my uncle in Kumasi".  He enjoys
football, drill music production and helping in the servery.  He finds classroom noise hard
and prefers short tasks with a clear end.  His mother said [[n.s:Kwabena]] was "a different
boy" at primary school and that things changed after the move from [[ad.s:22 Cobbler's Walk, Harlby]].
Mrs [[n.t:Ansah]] would like him to sit his Level 1 electrical installation award while in custody.
""",
"""EHCP ANNUAL REVIEW - [[n.s:ANSAH, Kwabena]] - DOB [[dob.s:14.02.2006]] - page 2 of 2

SECTION B - SPECIAL EDUCATIONAL NEEDS
- Speech, language and communication: expressive language below age expectations;
  processing delay on multi-step verbal instructions (assessment by Dr [[n.st:Ogunlesi]],
  May 2023; repeat assessment due May 2024).
- Literacy: reading age assessed by Ms [[n.st:Llewelyn]] at 10 years 6 months.

SECTION F - PROVISION
""" + tab([
    ['Provision', 'Who', 'How often'],
    ['Small-group literacy', 'Cadence Learning tutor', '3 x 45 min weekly'],
    ['Speech and language therapy', 'NHS SLT in-reach', 'Fortnightly'],
    ['Visual timetable on unit', 'Beech unit staff', 'Daily'],
    ['Key adult check-in', '[[n.st:P. Ramanathan]] / [[ayjs]]', 'Weekly'],
]) + """

CONTACTS
Plan coordinator:  [[n.st:Femi OGUNLESI]]  [[em.st:femi.ogunlesi@harlby.example.gov.uk]]  [[ph.st:0113 496 0791]]
SEND general line: [[ph.pb:0113 496 0790]]
Parent:            [[amum]], [[aad]] [[apc]]
                   [[amumph]]  /  [[em.t:akosua.ansah@example.net]]
Young person:      c/o HMYOI Wexcombe, [[apb_wexad]] [[apb_wexpc]] (NOMIS [[apn]])
"""])

A4 = doc('family-day-application', [
"""HMYOI WEXCOMBE - FAMILY DAY APPLICATION        [transcribed from handwritten form WEX/FD/2]
Family Day: Saturday 16 December 2023, 10:00-15:00, Sports Hall
Return to: Family Engagement, [[em.pb:familyday.wexcombe@justice.example.gov.uk]]

PART 1 - YOUNG PERSON (write in CAPITALS)
Name: [[n.s:KWABENA ANSAH]]          Number: [[pn.s:B4817 KN]]          Unit: BEECH

PART 2 - WHO DO YOU WANT TO COME? (up to 3 adults plus children)
1. Name: [[n.t:AKOSUA ANSAH]]         Relationship: MUM
   DOB: [[dob.t:10/06/1984]]          Phone: [[amumph]]
   Address: [[aad]]  [[apc]]   (same as mine)
2. Name: [[n.t:Yaa Boateng]]          Relationship: nana (grandmother)
   DOB: [[dob.t:25.1.58]]             Phone: [[ph.t:0113 496 0912]]
   Address: [[ad.t:9 Sankofa Court, Ilderton Road, Harlby]]  [[pc.t:ZS3 1JU]]
3. Name: [[n.t:Abena ANSAH]]          Relationship: sister (child)
   DOB: [[dob.t:13/05/2014]]          School: [illegible] Primary
4. Name: [[n.t:TEMITOPE ADEYEMI]]     Relationship: girlfriend
   DOB: [[dob.t:30-08-2006]]          Phone: [[ph.t:07700 900619]]
   Address: [[ad.t:41 Marigold Close, Harlby]]  [[pc.t:ZS4 9QE]]

PART 3 - DECLARATION
I understand the Family Day rules.  Signed: [[n.s:K Ansah]]       Date: 20/11/23

PART 4 - OFFICE USE ONLY
Visitor 1  approved   ✓     Visitor 2  approved   ✓     Visitor 3  approved (child with adult)  ✓
Visitor 4  NOT APPROVED for Family Day - not a family member; [[n.t:Miss Adeyemi]] is under 18
           and would need a parental consent form for ordinary visits. Referred to YJS ([[n.st:G Pryce]]).
Security check: Officer [[n.st:DUFFY]]        Decision: [[n.st:P. RAMANATHAN]], 28/11/23
"""])

A5 = doc('peer-mediation-agreement', [
"""BRIDGES MEDIATION (registered charity) - PEER MEDIATION AGREEMENT
Session held at HMYOI Wexcombe, Beech unit interview room, 14/09/2023 14:00-15:10

Parties:     [[n.s:Kwabena ANSAH]] ("[[n.s:Kobby]]")   and   [[n.t:Jimmy-Joe PRICE]] ("[[n.t:JJ]]")
Mediator:    [[n.t:Hannah GOLDRING]], volunteer mediator, Bridges Mediation
Observer:    Officer [[n.st:Sean DUFFY]], HMYOI Wexcombe

What happened (in the parties' words)
[[n.t:JJ]]: "I said something about his mum because he took my phone slot. It was out of order."
[[n.s:Kobby]]: "I lost it and [[n.t:Rhys]] got hurt and that wasn't his fight."

We agree that:
 1. [[n.t:JJ]] will not talk about [[n.s:Kobby]]'s mum or his sister [[n.t:Abena]].
 2. [[n.s:Kobby]] will use the phone rota and not take other people's slots.
 3. If either of us is wound up we will go to our rooms and ask for our key worker.
 4. We will both write a short sorry note to [[n.t:Rhys]] (the unit will pass it on).
 5. [[n.t:JJ]]'s cousin [[n.t:Levi PRICE]], who is on Ash unit, is not part of this and will
    not be asked to "sort it".

Review in two weeks.

Signed  [[n.s:K. Ansah]]          Signed  [[n.t:J-J Price]]          Mediator  [[n.t:H. Goldring]]

Bridges Mediation contact for this agreement: [[n.t:Hannah Goldring]]
[[em.t:hannah.g@bridgesmediation.example.org]]   mobile [[ph.t:07700 900846]]
"""])

A6 = doc('instagram-direct-message-printout', [
"""EXHIBIT MLP/7 - PRINTOUT OF INSTAGRAM DIRECT MESSAGES (police production, served on YJS)
Account holder: [[n.s:Kwabena ANSAH]]   registered email: [[aem]]
registered phone: [[ph.s:+44 7700 900241]]      last login IP: [[ip.s:203.0.113.58]]
Other participant: [[n.t:Temitope ADEYEMI]]   (display name "[[n.t:tope]] 🌸")
Date range: 02/07/2023 - 04/07/2023 (UTC)      Produced by DC [[n.st:Aaron MCPHERSON]]

[02/07/2023 21:14] [[n.s:kobz]] 🦅: u ok
[02/07/2023 21:15] [[n.t:tope]] 🌸: ye just got back from church w my mum
[02/07/2023 21:15] [[n.s:kobz]] 🦅: [[n.t:mason]] keeps calling me
[02/07/2023 21:16] [[n.t:tope]] 🌸: dont pick up. my mum says his brother was outside the chicken shop
[02/07/2023 21:18] [[n.s:kobz]] 🦅: tell [[n.t:mason]] i aint scared of [[n.t:kelly-brooks]] or nobody
[02/07/2023 21:20] [[n.t:tope]] 🌸: [[n.s:kobby]] stop 😭
""",
"""EXHIBIT MLP/7 - page 2 - [[n.s:ANSAH]] / [[n.t:ADEYEMI]]

[03/07/2023 08:02] [[n.t:tope]] 🌸: new number btw [[ph.t:07700 900 664]] the old one got cut off
[03/07/2023 08:05] [[n.s:kobz]] 🦅: saved. my old one is dead too use [[ph.s:07700900241]]
[03/07/2023 08:06] [[n.s:kobz]] 🦅: whats ur addy again for the parcel
[03/07/2023 08:09] [[n.t:tope]] 🌸: [[ad.t:41 marigold close]] [[pc.t:zs4 9qe]] dont put my name on it put my sisters
[03/07/2023 08:09] [[n.t:tope]] 🌸: [[n.t:funmi adeyemi]]
[03/07/2023 22:41] [[n.s:kobz]] 🦅: [[n.t:mason]] wants to meet at the park tmrw
[04/07/2023 07:12] [[n.t:tope]] 🌸: [[n.s:kwabena]] dont go. pls
[04/07/2023 07:30] [[n.s:kobz]] 🦅: relax

-- end of messages in range --
Statement of authenticity: I produced this printout from the download of the handset seized
from [[n.s:ANSAH]] on 05/07/2023.  DC [[n.st:A. McPherson]], Harlby CID.
"""])

A7 = doc('transition-to-adult-estate-plan', [
"""YOUNG ADULT TRANSITION PLAN - HMYOI Wexcombe to HMP Coldmarsh
Name: [[n.s:ANSAH, Kwabena O.]]     DOB: [[dob.s:14-FEB-2006]]     NOMIS: [[apn]]
PNC: [[pnc.s:22/417736V]]           CRO: [[cro.s:41877/22L]]          NI no: [[ani]]

1. WHY A TRANSFER
[[n.s:Kwabena]] is due to move to the adult estate in February 2024 and has been sentenced to 30 months' detention.  The
YCS has agreed a move to the young adult unit at HMP Coldmarsh, [[ad.pb:Fenwick Road, Coldmarsh]]
[[pc.pb:ZC7 3NB]] (switchboard [[ph.pb:0161 496 0250]], OMU mailbox [[em.pb:omu.coldmarsh@justice.example.gov.uk]]).

2. TRANSITION MEETING - 24/01/2024
Present: [[n.s:Kwabena]]; his mother [[n.t:Akosua]] (video); [[n.st:Priya RAMANATHAN]] (sending case
manager); [[n.st:Tomasz WIŚNIEWSKI]] (receiving POM, Coldmarsh); [[ayjs]] (YJS, closing the case).
[[n.s:Kobby]] said he is worried about meeting older prisoners from Harlby who know
[[n.t:Mason]].  Mr [[n.st:Wiśniewski]] confirmed that the co-defendant is not at Coldmarsh.

3. WHAT TRANSFERS WITH HIM
- EHCP (final, October 2023) and SLCN passport.
- Asthma plan; NHS number [[anhs]].
- Approved contacts: [[n.t:ANSAH, Akosua]] (mother, [[amumph]]); [[n.t:BOATENG, Yaa]]
  (grandmother, [[ph.t:0113 496 0912]]); [[n.t:ANSAH, Abena]] (sister, child - with mother only).
- Not approved: [[n.t:ADEYEMI, Temitope]] - YJS to re-assess once she turns 18.
""",
"""TRANSITION PLAN - [[n.s:ANSAH]] [[apn]] - continued

4. MONEY AND ID
Private cash balance to follow by BACS.  Birth certificate is held by his mother at
[[aad]] [[apc]]; no passport.  NI number card requested from DWP to [[aad]].

5. CONTACT DETAILS ON FILE (to be checked with the young person on arrival)
""" + tab([
    ['Type', 'Value', 'Whose'],
    ['Mobile', '[[aph]]', 'own (not in possession)'],
    ['Old mobile', '[[ph.s:07700 900187]]', 'own, seized 05/07/2023'],
    ['Email', '[[aem]]', 'own'],
    ['Mobile', '[[amumph]]', 'mother'],
    ['Work line', '[[ph.t:0121 496 0587]]', 'mother (weekdays)'],
    ['Email', '[[em.t:akosua.ansah@example.net]]', 'mother'],
]) + """

6. SIGN-OFF
Sending case manager: [[n.st:P. Ramanathan]]  [[em.st:priya.ramanathan@justice.example.gov.uk]]
Receiving POM:        [[n.st:T. Wiśniewski]]  [[em.st:tomasz.wisniewski@justice.example.gov.uk]]
Young person:         "I understand the plan" - [[n.s:K.O.A.]]
"""])

BUNDLES.append({
    'bundle_id': 'eval12-01',
    'subject': {
        'name': 'Kwabena Owusu ANSAH',
        'aliases': ['Kobby', 'Kobz', 'Kwabena ANSAH-OWUSU', 'K. O. Ansah'],
        'date_of_birth': '2006-02-14',
        'prison_number': 'B4817KN',
        'identifiers': {'ni_number': 'PX 51 80 27 A', 'nhs_number': '999 208 5517',
                        'pnc': '2022/0417736V', 'cro': '041877/22L'},
        'contact': {'addresses': ['Flat 6, Pennywort House, Tannery Row, Harlby ZS3 8PW',
                                  "22 Cobbler's Walk, Harlby ZS2 5DL"],
                    'phones': ['07700 900241', '07700 900187'],
                    'emails': ['kobby.ansah06@example.com']},
    },
    'docs': [A1, A2, A3, A4, A5, A6, A7],
})


# =====================================================================================
# BUNDLE 2 - Border Force and magistrates' court.  Subject: Filipina, married name.
# =====================================================================================
body('Border Force - Fenbridge Airport', phones=['0117 496 0300'], postcodes=['YF9 1BF'],
     addresses=['Customs Hall, Terminal Road, Fenbridge Airport, Fenbridge'],
     emails=['fenbridge.seizures@borderforce.example.gov.uk'])
body("Fenbridge Magistrates' Court", phones=['0117 496 0470'], postcodes=['YF1 2BJ'],
     addresses=['Castle Hill, Fenbridge'], emails=['fenbridge.mc@justice.example.gov.uk'])
body('Crown Prosecution Service - Fenbridge', phones=['0117 496 0555'],
     emails=['fenbridge.cps@cps.example.gov.uk'])

reg(bname='n.s:Maricel Santos VILLANUEVA', bpp='pp.s:538204617', bppold='pp.s:P7391046A',
    bni='ni.s:JT 48 27 51 C', bdl='dl.s:VILLA959235MS9KQ',
    bad='ad.s:14 Juniper Terrace, Fenbridge', bpc='pc.s:YF2 7LP',
    bph='ph.s:07700 900318', bem='em.s:maricel.villanueva95@example.com',
    bsc='sc.s:40-12-76', bac='ac.s:53820914', biban='iban.s:GB03 MIDL 4012 7653 8209 14',
    bcard='card.s:4929 1820 4637 5123', bpnc='pnc.s:2024/0051882H',
    bhus='n.t:Rodel VILLANUEVA', bhusph='ph.t:07700 900427',
    bcous='n.t:Jerome Dizon BAUTISTA', bchan='n.t:CHAN Ka-wai, Cherry',
    bfi='n.st:Sunil GREWAL', bsol='n.t:Ruth ADEKUNLE-JONES',
    bpb_bfad='ad.pb:Customs Hall, Terminal Road, Fenbridge Airport, Fenbridge',
    bpb_bfpc='pc.pb:YF9 1BF', bpb_bfph='ph.pb:0117 496 0300',
    bpb_bfem='em.pb:fenbridge.seizures@borderforce.example.gov.uk',
    bpb_mcad='ad.pb:Castle Hill, Fenbridge', bpb_mcpc='pc.pb:YF1 2BJ',
    bpb_mcph='ph.pb:0117 496 0470', bpb_mcem='em.pb:fenbridge.mc@justice.example.gov.uk')

B1_ = doc('border-force-baggage-examination-log', [
"""BORDER FORCE - FENBRIDGE AIRPORT - BAGGAGE EXAMINATION LOG (GREEN CHANNEL, BENCH 4)
Date: 11/02/2024      Shift: Early (06:00-14:00)      Arrivals hall B
Recording officer: BFO [[n.st:Kieran BARNARD]]      Supervising: HO [[n.st:Rana BASSI]]

No.\tTime\tPassenger (SURNAME, forenames)\tFlight\tTravel doc\tOutcome
031\t07:38\t[[n.t:HARTNELL, Gavin Roy]]\tSK419\t[[pp.t:214906583]]\tNil - released 07:44
032\t07:52\t[[n.s:VILLANUEVA, Maricel Santos]]\tSK419\t[[bpp]]\tSEE NOTE - tobacco/cash
033\t07:55\t[[n.t:CHAN, Ka-wai Cherry]]\tSK419\t[[pp.t:120573948]]\t400 cigs - within allowance
034\t08:20\t[[n.t:DUMBRAVĂ, Mihai]]\tFR2207\tEU ID card\tNil - released 08:26
035\t08:31\t[[n.t:OKORO, Blessing]]\tFR2207\t[[pp.t:307718264]]\tMeat products - seized, leaflet

NOTE 032 - Passenger [[n.s:VILLANUEVA]] selected on bench 4 together with her travelling
companion Ms [[n.t:Chan]] (entry 033).  Two suitcases and one balikbayan box opened.  Found:
3,800 cigarettes (19 sleeves) over the personal allowance, and £18,500 in £50 and £20 notes,
vacuum-packed in four bundles inside the lining of the larger suitcase.
Asked about the cash, Mrs [[n.s:Villanueva]] said it belonged to her cousin [[n.t:Jerome]] and
was "for the house in Batangas".  Asked why she was bringing cash INTO the UK from Manila she
said she had been "asked to carry it back for a friend of my cousin, [[n.t:Noel]]".
""",
"""BAGGAGE EXAMINATION LOG - FENBRIDGE - 11/02/2024 - page 2

NOTE 032 (continued)
Passenger asked for a Tagalog interpreter at 08:05.  Telephone interpreter [[n.t:Ligaya FERNANDEZ]]
(Cadmus Interpreting Ltd, booking 40412) joined at 08:14.  Passenger produced a UK driving
licence [[bdl]] and a Philippine passport [[bppold]] (expired) in addition to her UK passport.
Mobile telephone examined with consent: her number [[bph]]; husband [[bhus]] called at 08:40
from [[bhusph]] and was told his wife was "assisting Border Force".

08:55  Cash detained under s.294 POCA 2002 - referred to financial investigator [[bfi]].
09:20  Tobacco seized under s.139 CEMA 1979 - seizure notice issued.
09:35  Passenger released; no arrest at this stage.

Companion [[n.t:CHAN]] (033) said she did not know about the money and had only shared a taxi
from the hotel.  Her contact number recorded as [[ph.t:07700 900752]].

Signed: [[n.st:K. Barnard]] BFO        Countersigned: [[n.st:R. Bassi]] HO
Border Force Fenbridge, [[bpb_bfad]] [[bpb_bfpc]] - tel [[bpb_bfph]]
"""])

B2_ = doc('border-force-cash-seizure-notice', [
"""BORDER FORCE                                                        Form BF156 (cash) / BF154
NOTICE OF DETENTION OF CASH (s.295 Proceeds of Crime Act 2002)
NOTICE OF SEIZURE OF GOODS (s.139 Customs and Excise Management Act 1979)

Notice no. FBR-CD-24-0087        Issued at: Fenbridge Airport, 11/02/2024 09:15

PERSON FROM WHOM CASH/GOODS WERE TAKEN
Full name:\t[[bname]]
Other names:\t[[n.s:Maricel Dizon SANTOS]] (maiden name); "[[n.s:Cel]]"
Date of birth:\t[[dob.s:23/09/1995]]
Address:\t[[bad]]
Postcode:\t[[bpc]]
Telephone:\t[[bph]]
Email:\t[[bem]]
Identity document:\tUK passport [[bpp]]

CASH DETAINED
Amount:\t£18,500.00 (250 x £50, 300 x £20)
Held at:\tBorder Force secure store, Fenbridge
Initial detention:\t48 hours; an application to extend will be made to Fenbridge Magistrates' Court

GOODS SEIZED
3,800 cigarettes (various brands) - reason: duty not paid, in excess of allowance.
If you think the goods should not have been seized you must tell us within ONE MONTH.

WHAT HAPPENS NEXT
Contact the Cash Seizure team: [[bpb_bfem]] or [[bpb_bfph]], quoting the notice number.
Post: Border Force, [[bpb_bfad]], [[bpb_bfpc]].

Officer issuing: [[bfi]], Accredited Financial Investigator
Direct line: [[ph.st:0117 496 0318]]     Email: [[em.st:sunil.grewal@borderforce.example.gov.uk]]

I have received a copy of this notice.   Signature: [[n.s:M.S. Villanueva]]   Time: 09:18
Interpreter present (telephone): [[n.t:L. Fernandez]]
"""])

B3_ = doc('airline-passenger-name-record', [
"""SKYWARD AIRWAYS - PASSENGER NAME RECORD (supplied to Border Force under API/PNR arrangements)
RECORD LOCATOR QX7R4M       CREATED 19JAN24/1402Z  CHANNEL WEB  BOOKING IP [[ip.s:198.51.100.23]]

  1.1[[n.s:VILLANUEVA/MARICEL SANTOS]] MRS   2.1[[n.t:CHAN/KA WAI CHERRY]] MS
  1  SK 418 Y 10FEB MNLDXB HK2  2235 0505+1
  2  SK 419 Y 11FEB DXBFBR HK2  0720 1150
  3  SK 420 Y 24MAR FBRDXB HK2  1340 2355

SSR DOCS SK HK1 P/GBR/[[bpp]]/GBR/[[dob.s:23SEP95]]/F/14MAR32/[[n.s:VILLANUEVA/MARICEL/SANTOS]]-1.1
SSR DOCS SK HK1 P/GBR/[[pp.t:120573948]]/GBR/[[dob.t:07MAY97]]/F/02AUG30/[[n.t:CHAN/KA WAI/CHERRY]]-2.1
SSR BAGO SK HK1 BALIKBAYAN BOX 32KG-1.1
CTCM SK HK1 [[ph.s:447700900318]]/GB-1.1
CTCE SK HK1 [[em.s:MARICEL.VILLANUEVA95@EXAMPLE.COM]]-1.1
CTCM SK HK1 [[ph.t:447700900752]]/GB-2.1
OSI SK CTC EMERGENCY [[n.t:RODEL VILLANUEVA]] [[ph.t:447700900427]] HUSBAND
ADDR [[ad.s:14 JUNIPER TERRACE, FENBRIDGE]] [[pc.s:YF2 7LP]]
FOP CC (NUMBER MASKED BY CARRIER)  TOTAL GBP 1,486.40
RMK BOOKED BY PAX 1.1  PREV BOOKING 2022 NAME [[n.s:SANTOS/MARICEL DIZON]] MS
RMK PAX 1.1 FREQUENT FLYER UPGRADE DECLINED
TKT 1.1 ISSUED 19JAN24   TKT 2.1 ISSUED 19JAN24
-- END OF RECORD --
"""])

B4_ = doc('remittance-receipt-printout', [
"""PADALAEXPRESS LTD - MONEY TRANSFER RECEIPTS (copies printed 14/02/2024 for Border Force request FI/0087)
Branch: Fenbridge (Market Arcade)      Printed by: [[n.t:Analyn REYES]], branch supervisor

Receipt\tDate\tSender\tReceiver\tRelationship\tPayout\tGBP
PX-88120\t06/10/2023\t[[n.s:VILLANUEVA M S]]\t[[n.t:BAUTISTA JEROME D]]\tcousin\tLipa City\t900.00
PX-89544\t03/11/2023\t[[n.s:VILLANUEVA M S]]\t[[n.t:SANTOS LOURDES D]]\tmother\tLipa City\t250.00
PX-90261\t01/12/2023\t[[n.s:VILLANUEVA M S]]\t[[n.t:BAUTISTA JEROME D]]\tcousin\tBatangas City\t1,450.00
PX-91107\t29/12/2023\t[[n.s:VILLANUEVA M S]]\t[[n.t:SANTOS LOURDES D]]\tmother\tLipa City\t300.00
PX-91840\t18/01/2024\t[[n.s:VILLANUEVA M S]]\t[[n.t:BAUTISTA JEROME D]]\tcousin\tLipa City\t2,000.00

SENDER DETAILS (as held on customer record CUS-226817)
Name ............ [[n.s:Maricel Santos Villanueva]]
Date of birth ... [[dob.s:23 September 1995]]
Address ......... [[bad]] [[bpc]]
Previous address  [[ad.s:Flat 22, Kingfisher Point, Dock Road, Fenbridge]] [[pc.s:YF1 4TS]] (to 2021)
Mobile .......... [[bph]]
ID checked ...... UK passport [[bpp]]; UK driving licence [[dl.s:VILLA 959235 MS9KQ]]
Payment method .. debit card [[bcard]] (receipts PX-90261 and PX-91840); cash (others)
""",
"""PADALAEXPRESS LTD - receipts for [[n.s:M. S. VILLANUEVA]] - page 2

RECEIVER DETAILS
1. [[n.t:Jerome Dizon Bautista]]
   Address: [[ad.t:Purok 4, Barangay San Isidro, Lipa City, Batangas, Philippines]]
   Collected with Philippine national ID (number not retained by payout partner)
2. [[n.t:Lourdes Dizon Santos]]
   Address: [[ad.t:27 Rizal Street, Barangay Marawoy, Lipa City, Batangas, Philippines]]

COMPLIANCE NOTE (internal)
Customer flagged 18/01/2024 after the fifth transfer in four months to the same cousin.
Customer said the money was her savings and wages from Lavender Court Care Home.  No
suspicious activity report made at the time.  Note by [[n.t:A. Reyes]] for the compliance
officer, [[n.t:Dominic FAIRWEATHER]] ([[em.t:d.fairweather@padalaexpress.example.co.uk]]).
"""])

B5_ = doc('viber-chat-export', [
"""VIBER CHAT EXPORT - produced from handset of [[n.s:Maricel Villanueva]] ([[ph.s:+44 7700 900318]])
Chat with: [[n.t:Jerome Dizon Bautista]] (saved as "Insan [[n.t:Jerome]]")     Exported: 12/02/2024 by Border Force
Translation of Tagalog passages by [[n.t:L. Fernandez]], interpreter, shown as (tr.).

[11/01/2024, 19:02] [[n.t:Jerome]]: [[n.s:Cel]], pwede mo bang dalhin yung pera pag-uwi mo sa UK?
   (tr.) [[n.s:Cel]], can you bring the money back with you to the UK?
[11/01/2024, 19:10] [[n.s:Maricel]]: Ang dami nyan insan. Baka ma-hold ako sa airport.
   (tr.) That's a lot, cousin. I might get held at the airport.
[11/01/2024, 19:12] [[n.t:Jerome]]: Para kay [[n.t:Noel]] yan, hindi sayo. Sabihin mo lang regalo.
   (tr.) It's for [[n.t:Noel]], not you. Just say it's a gift.
[11/01/2024, 19:15] [[n.s:Maricel]]: Alam ba ni Tita [[n.t:Lourdes]]?
   (tr.) Does Aunt [[n.t:Lourdes]] know?
""",
"""VIBER CHAT EXPORT - [[n.s:VILLANUEVA]] / [[n.t:BAUTISTA]] - page 2

[11/01/2024, 19:20] [[n.t:Jerome]]: Oo. Ibigay mo kay [[n.t:Noel]] pagdating mo. Eto number niya [[ph.t:07700 900581]]
   (tr.) Yes. Give it to [[n.t:Noel]] when you arrive. Here is his number ...
[11/01/2024, 19:21] [[n.t:Jerome]]: [[ad.t:Flat 9, 12 Wharf Street, Fenbridge]] [[pc.t:YF1 8QN]] yung bahay niya
   (tr.) ... is his house
[11/01/2024, 19:40] [[n.s:Maricel]]: Sige. Sabi ni [[n.t:Rodel]] okay lang basta last na to.
   (tr.) OK. [[n.t:Rodel]] says it's fine as long as this is the last time.
[09/02/2024, 22:03] [[n.t:Jerome]]: Nasa hotel na kayo ni [[n.t:Cherry]]?
   (tr.) Are you and [[n.t:Cherry]] at the hotel?
[09/02/2024, 22:05] [[n.s:Maricel]]: Oo. Bukas na flight. Kinakabahan ako.
   (tr.) Yes. Flight tomorrow. I'm nervous.
[09/02/2024, 22:06] [[n.t:Jerome]]: Relax ka lang. Email mo na lang ako sa [[em.t:jdbautista88@example.net]] pag nakarating ka.
   (tr.) Just relax. Email me at ... when you get there.
-- end of export (57 messages; 11 shown as relevant) --
"""])

B6_ = doc('care-home-rota-extract', [
"""LAVENDER COURT CARE HOME - STAFF ROTA EXTRACT (supplied to Border Force FI on request FI/0087)
Week commencing Monday 05/02/2024     Unit: Bluebell (nursing)     E=07:30-15:30 L=13:30-21:30 N=21:00-07:45

Staff member\tRole\tMon\tTue\tWed\tThu\tFri\tSat\tSun
[[n.t:ABRENICA, Jocelyn]]\tSenior carer\tE\tE\t-\t-\tL\tL\tL
[[n.t:CHAN, Cherry]]\tCarer\tAL\tAL\tAL\tAL\tAL\tAL\tAL
[[n.t:IONESCU, Bogdan-Andrei]]\tCarer\tN\tN\tN\t-\t-\tE\tE
[[n.t:McAULEY, Lorna]]\tNurse (RGN)\tL\tL\tE\tE\t-\t-\tN
[[n.t:MUTASA, Precious]]\tCarer\t-\tE\tE\tL\tL\t-\t-
[[n.s:VILLANUEVA, Maricel]]\tSenior carer\tAL\tAL\tAL\tAL\tAL\tAL\tAL

AL = annual leave.  Leave for [[n.s:M. Villanueva]] and [[n.t:C. Chan]] approved 02/01/2024 (both
requested 05/02-12/02 for a family wedding in the Philippines).

Employment details requested by Border Force:
[[n.s:Maricel VILLANUEVA]] - employed since March 2019; 37.5 contracted hours; paid monthly by
BACS (bank details not given without her consent - see below).  NI number on file: [[bni]].

Note from the Registered Manager: I have given the above because Border Force told me it was
needed for a court application.  Any further request should come to me in writing.
[[n.t:Helen TREVASKIS]], Registered Manager    [[em.t:h.trevaskis@lavendercourt.example.co.uk]]
Lavender Court Care Home (private provider) - manager's direct line [[ph.t:0117 496 0844]]
"""])

B7_ = doc('cash-detention-application', [
"""IN THE FENBRIDGE MAGISTRATES' COURT                                    Court file CD/24/0087
PROCEEDS OF CRIME ACT 2002, SECTION 295(4)
APPLICATION FOR AN ORDER FOR THE CONTINUED DETENTION OF SEIZED CASH

Applicant:   The Director of Border Revenue (Border Force)
Respondent:  [[bname]] (also known as [[n.s:Maricel Dizon Santos]])
             born [[dob.s:23.09.1995]], of [[bad]] [[bpc]]

1. I am [[bfi]], an accredited financial investigator employed by Border Force at Fenbridge
   Airport.  I make this application on behalf of the Director of Border Revenue.

2. On 11 February 2024 Border Force officers found £18,500 in cash in the luggage of the
   respondent on her arrival on flight SK419.  The cash was detained under section 295.

3. GROUNDS FOR SUSPICION
   (a) Income.  The only bank account known to the applicant is in the respondent's sole name:
       sort code [[bsc]], account number [[bac]] (IBAN [[biban]]).  Statements for October
       2023 to January 2024 show monthly salary credits of about £1,640 from her employer and
       no withdrawals approaching the sum found.  A debit card on that account, [[bcard]],
       was used to pay for two of five money transfers described below.
   (b) Remittances.  Between October 2023 and January 2024 the respondent sent £4,900 to the
       Philippines, £4,350 of it to her cousin [[bcous]].
   (c) Messages.  Viber messages from the respondent's handset show that the cash was to be
       handed on arrival to a man named "[[n.t:Noel]]" at an address in Fenbridge.
""",
"""CD/24/0087 - Director of Border Revenue v [[n.s:VILLANUEVA]] - page 2

   (c) (continued) Enquiries indicate that this is [[n.t:Noel MARASIGAN]], born [[dob.t:02/12/1986]],
       PNC [[pnc.t:2016/0771045K]], who has a 2019 conviction for converting criminal property.
       A car registered to [[n.t:MARASIGAN]], [[vr.t:YK19 HVW]], was seen at Fenbridge Airport
       short-stay car park on 11 February 2024 between 11:40 and 13:05.
   (d) The respondent's account.  The respondent says the cash belonged to her cousin and was
       "for the house in Batangas"; that does not explain why it was being carried INTO the UK.

4. ORDER SOUGHT: continued detention for six months to allow enquiries in the Philippines
   and with Mr [[n.t:Marasigan]] to be completed.

5. SERVICE
   On the respondent personally at [[bad]], [[bpc]], and by secure email to her solicitors,
   Riverside Legal LLP (for the attention of [[bsol]],
   [[em.t:r.adekunle-jones@riversidelegal.example.co.uk.cjsm.net]]).

Signed: [[n.st:S. Grewal]]  AFI                               Dated: 12 February 2024
Border Force, [[bpb_bfad]], [[bpb_bfpc]]
Direct line [[ph.st:0117 496 0318]]  |  Seizure team [[bpb_bfph]]

For court use:  listed Court 3, Fenbridge Magistrates' Court, [[bpb_mcad]] [[bpb_mcpc]]
                ([[bpb_mcph]], [[bpb_mcem]])
"""])

B8_ = doc('magistrates-court-result-sheet', [
"""FENBRIDGE MAGISTRATES' COURT - COURTROOM 3 - RESULT SHEET            Sitting 04/03/2024 10:00
Bench:          Mr [[n.st:D. WHITCOMBE]] JP (chair), Mrs [[n.st:A. OYELOWO]] JP, Mr [[n.st:P. KOWALCZYK]] JP
Legal adviser:  [[n.st:Orla KEARNEY]]
Prosecution:    [[n.st:Jonathan OYEDELE]] (CPS Fenbridge, [[ph.pb:0117 496 0555]], [[em.pb:fenbridge.cps@cps.example.gov.uk]])
                [[n.st:Sunil Grewal]] (Border Force) - POCA application only

Item\tDefendant / respondent\tDOB\tPNC\tMatter
1\t[[n.s:VILLANUEVA, Maricel Santos]]\t[[dob.s:23/09/1995]]\t-\tPOCA s.295 application (civil)
2\t[[n.s:VILLANUEVA, Maricel Santos]]\t[[dob.s:23/09/1995]]\t[[pnc.s:24/51882H]]\tCEMA s.170(2) - evasion of duty
3\t[[n.t:HOLLOWAY, Kyle James]]\t[[dob.t:14/07/2001]]\t[[pnc.t:2019/0338210H]]\tDriving while disqualified
4\t[[n.t:DUMITRU, Elena-Mirela]]\t[[dob.t:30/03/1990]]\t[[pnc.t:2021/0064410E]]\tTheft (shop)

RESULTS
Item 1  Continued detention ordered for 6 months (to 04/09/2024).  Respondent present with
        solicitor Ms [[n.t:R. Adekunle-Jones]].  Tagalog interpreter [[n.t:Ligaya Fernandez]].
Item 2  Plea: guilty.  Fine £620; costs £85; surcharge £248.  Collection order; pay in full by
        01/04/2024.  Tobacco forfeited.  Address confirmed: [[bad]] [[bpc]].
        Defendant asked that letters also go to her email [[bem]].
Item 3  Plea: guilty.  Vehicle [[vr.t:VN68 KTE]] (registered keeper: [[n.t:Sharon HOLLOWAY]],
        mother).  Adjourned for pre-sentence report to 25/03/2024.  Bail unconditional.
Item 4  No plea.  Romanian interpreter not available.  Adjourned to 11/03/2024.

Legal adviser: [[n.st:O. Kearney]]                  Court office: [[bpb_mcph]] / [[bpb_mcem]]
Fenbridge Magistrates' Court, [[bpb_mcad]], [[bpb_mcpc]]
"""])

BUNDLES.append({
    'bundle_id': 'eval12-02',
    'subject': {
        'name': 'Maricel Santos VILLANUEVA',
        'aliases': ['Maricel Dizon SANTOS', 'Cel', 'M. S. Villanueva'],
        'date_of_birth': '1995-09-23',
        'identifiers': {'ni_number': 'JT 48 27 51 C', 'pnc': '2024/0051882H'},
        'contact': {'addresses': ['14 Juniper Terrace, Fenbridge YF2 7LP',
                                  'Flat 22, Kingfisher Point, Dock Road, Fenbridge YF1 4TS'],
                    'phones': ['07700 900318'],
                    'emails': ['maricel.villanueva95@example.com']},
    },
    'docs': [B1_, B2_, B3_, B4_, B5_, B6_, B7_, B8_],
})


# =====================================================================================
# BUNDLE 3 - probation hostel (approved premises).  Subject: Eritrean (patronymic), male.
# =====================================================================================
body('Marlowe House Approved Premises', phones=['0191 498 0610'], postcodes=['YK2 8EX'],
     addresses=['18 Brackenford Road, Stanmoor'], emails=['marlowe.ap@justice.example.gov.uk'])
body('Stanmoor Probation Delivery Unit', phones=['0191 498 0200'], postcodes=['YK1 1AA'],
     addresses=['Probation Office, 2 Guildhall Square, Stanmoor'],
     emails=['stanmoor.pdu@justice.example.gov.uk'])
body('Victim Contact Unit (North)', phones=['0191 498 0350'],
     emails=['victim.contact.north@justice.example.gov.uk'])
body('Stanmoor Police - Offender Management Unit', phones=['0191 498 0444'],
     emails=['iom.stanmoor@police.example.uk'])

reg(cname='n.s:Yonas Tesfay GEBREMEDHIN', ccrn='crn.s:E482913', cpnc='pnc.s:2009/0286104U',
    ccro='cro.s:118204/09Q', cni='ni.s:SN 73 21 94 B', cnhs='nhs.s:999 731 9044',
    cpn='pn.s:A3391EZ', cph='ph.s:07700 900463', cem='em.s:yonas.tesfay88@example.com',
    coldad='ad.s:Flat 3, 61 Quarry Hill Road, Stanmoor', coldpc='pc.s:YK4 2NU',
    cnewad='ad.s:Room 2, 7 Alder Street, Stanmoor', cnewpc='pc.s:YK3 6AW',
    csis='n.t:Saba Tesfay GEBREMEDHIN', csisph='ph.t:07700 900714',
    ccom='n.st:Eilidh MACKINNON', ckw='n.st:Marcus OYELARAN',
    cpb_apad='ad.pb:18 Brackenford Road, Stanmoor', cpb_appc='pc.pb:YK2 8EX',
    cpb_apph='ph.pb:0191 498 0610', cpb_apem='em.pb:marlowe.ap@justice.example.gov.uk',
    cpb_pdad='ad.pb:Probation Office, 2 Guildhall Square, Stanmoor', cpb_pdpc='pc.pb:YK1 1AA',
    cpb_pdph='ph.pb:0191 498 0200', cpb_pdem='em.pb:stanmoor.pdu@justice.example.gov.uk')

C_FOOT = 'Marlowe House AP | resident [[n.s:GEBREMEDHIN, Yonas]] | CRN [[ccrn]] | page %P of %N'

C1 = doc('ap-resident-induction-checklist', [
"""MARLOWE HOUSE APPROVED PREMISES - RESIDENT INDUCTION CHECKLIST
[[cpb_apad]]  [[cpb_appc]]   Office (24h): [[cpb_apph]]   [[cpb_apem]]

Resident name:\t[[cname]]
Name on licence:\t[[n.s:TESFAY, Yonas]] (police records use the father's name as a surname)
Other spellings:\t[[n.s:Jonas TESFAI]]; [[n.s:Yonas Gebremedhin]]; known as "[[n.s:Yoni]]"
Date of birth:\t[[dob.s:05/07/1988]]
CRN:\t[[ccrn]]
PNC / CRO:\t[[cpnc]] / [[ccro]]
Prison number (released from HMP Coldmarsh):\t[[cpn]]
Room:\t4 (ground floor)
Arrived:\t14/03/2024 13:20, by taxi from the prison
Language:\tTigrinya (good spoken English; interpreter for formal meetings)
Community offender manager:\t[[ccom]], Stanmoor PDU ([[cpb_pdph]])
Key worker:\t[[ckw]]

Item\tExplained\tResident initials\tStaff initials
House rules and curfew (23:00-07:00)\tyes\t[[n.s:Y.T.G.]]\t[[n.st:M.O.]]
Licence conditions read through\tyes\t[[n.s:Y.T.G.]]\t[[n.st:M.O.]]
Fire procedure and assembly point\tyes\t[[n.s:Y.T.G.]]\t[[n.st:M.O.]]
Room search and drug testing policy\tyes\t[[n.s:Y.T.G.]]\t[[n.st:M.O.]]
Visitors policy (no visitors in rooms)\tyes\t[[n.s:Y.T.G.]]\t[[n.st:M.O.]]
Mobile phone declared\tyes - [[cph]]\t[[n.s:Y.T.G.]]\t[[n.st:M.O.]]
""",
"""NEXT OF KIN / EMERGENCY CONTACT
Name: [[csis]] (sister)      Mobile: [[csisph]]
Address: [[ad.t:44 Ravenhill Court, Stanmoor]] [[pc.t:YK1 5HD]]
Note: sister shares both of the resident's family names; check which Ms [[n.t:Gebremedhin]] is meant
before passing any message.

OTHER PEOPLE THE RESIDENT MUST NOT CONTACT (licence condition 7)
- [[n.t:Senait]] (victim of index offence) - no direct or indirect contact.
- [[n.t:Luwam]] (the victim's daughter) - no contact except as arranged by children's services.

PROPERTY / MONEY
Discharge grant received; bank account opened in custody (details on agency form).
Email for appointments: [[cem]]
Previous address before custody: [[coldad]] [[coldpc]] (tenancy ended).

Resident signature: [[n.s:Yonas T. Gebremedhin]]         Staff: [[ckw]], 14/03/2024
Manager check: [[n.st:W. ASHCROFT]] (AP Manager), 15/03/2024
"""], foot=C_FOOT)

C2 = doc('ap-night-staff-handover-log', [
"""MARL0WE HOUSE APPR0VED PREM1SES - NIGHT STAFF HAND0VER L0G        [scanned; OCR text not checked]
Night of: 17/03/2O24 - 18/03/2O24     Night w0rker: [[n.st:K. D0BBS]]     Waking night: [[n.st:Femi ADEKOYA]]

22:OO  Curfew roll. 13 of 14 res1dents in. Rm 4 [[n.s:GEBREMEDH1N]] not back - phoned his
       m0bile [[ph.s:07700 9OO463]] no answer. Tried sister [[n.t:Saba]] on [[csisph]] - she said
       he left hers at 21:3O.
22:47  [[n.s:Yonas]] back, out of breath, apologised. Said the bus from [[n.t:Saba]]'s did not come.
       Warning explained. Breath test negative.
23:15  Rm 5 [[n.t:AHMED, Rebin]] asked for paracetamol - given from stock, recorded.
O1:4O  Rm 7 [[n.t:LOVELL]] ("[[n.t:Big John]]") shouting on the phone in the yard to his wife
       [[n.t:Mary-Ann]]; asked to go inside, did so.
O3:1O  Hourly check - all in rooms.
O5:55  Rm 4 [[n.s:Y0nas]] up early for agency shift; signed out O6:5O (curfew ends O7:OO - early
       sign-out agreed by [[n.st:Mackinnon]] on Friday, see office diary).
""",
"""HAND0VER L0G 17-18/O3/2O24 - page 2

ISSUES F0R DAY STAFF
1. [[n.s:GEBREMEDHIN]] late for curfew (47 mins). Needs to be told to COM - [[n.st:E. Mackinnon]]
   on [[cpb_pdph]] or [[cpb_pdem]]. He asked us not to mention his sister as "she will be in
   trouble with her husband" - recorded anyway.
2. Rm 5 [[n.t:Rebin Karim AHMED]] says his brother [[n.t:Shwan]] will bring his passport on Tuesday.
   Visitor must wait in reception.
3. Rm 7 [[n.t:John LOVELL]]'s wife [[n.t:Mary-Ann LOVELL]] rang the office line at O2:1O asking for
   him; given no information. Her number came up as [[ph.t:0191 498 0873]].

Handed over to: [[n.st:W. Ashcroft]] O7:3O            Signed: [[n.st:K. Dobbs]]
"""])

C3 = doc('interpreter-assisted-supervision-record', [
"""STANMOOR PROBATION DELIVERY UNIT - SUPERVISION SESSION (INTERPRETER-ASSISTED)
Person on probation: [[n.s:GEBREMEDHIN, Yonas Tesfay]]     CRN: [[ccrn]]     DOB: [[dob.s:5 July 1988]]
Name in Tigrinya (as written by him): [[n.s:ዮናስ ተስፋይ ገብረመድህን]]
Session: 21/03/2024 10:00-11:05, interview room 3, [[cpb_pdad]] [[cpb_pdpc]]
Practitioner: [[ccom]] (COM)
Interpreter: [[n.t:Mehret ASGEDOM]] (Tigrinya), freelance via Linguaserve Ltd, booking LS-55190

1. CHECK-IN
[[n.s:Yonas]] confirmed his mobile ([[cph]]) and email ([[cem]]).  He said his
old number [[ph.s:07700 900398]] was lost when he went into custody and should be deleted.

2. CURFEW BREACH 17/03
He said he had been at his sister's flat helping with her son's homework and missed the
bus.  Ms [[n.st:Mackinnon]] explained the warning.  He asked whether his sister would be
contacted; told that AP staff had already called her.  He became upset and said in Tigrinya
(interpreted): "My sister has done nothing. Her husband does not want me there."
The interpreter clarified that "[[n.t:Haile]]" is the sister's husband's first name.

3. CONTACT WITH THE VICTIM / CHILD
He said he has not contacted [[n.t:Senait]].  He asked whether he could send a birthday card
to [[n.t:Luwam]].  Told this must go through children's services; he accepted this.

4. FAITH
He wants to attend the Eritrean Orthodox church on Sundays.  The priest, Abba [[n.t:Tekle]], is
willing to write a letter.  Agreed in principle subject to checking that the victim does not
attend the same church.
""",
"""SUPERVISION SESSION 21/03/2024 - [[n.s:GEBREMEDHIN]] [[ccrn]] - page 2

5. WORK
Registered with Kestrel Staffing (warehouse shifts).  Consultant [[n.t:Dariusz NOWAK]].  He
has given the agency his NI number and a new bank account; practitioner reminded him that
disclosure of his conviction to the agency is required for this role (agreed).

6. ACTIONS
""" + tab([
    ['Action', 'Who', 'By'],
    ['Inform VLO of request re card for child', '[[n.st:E. MACKINNON]]', '28/03/2024'],
    ['Letter from church - check venue', '[[n.s:Yonas]] / [[n.st:E. MACKINNON]]', '04/04/2024'],
    ['Move-on referral (Alder Street room)', '[[ckw]] (AP)', '11/04/2024'],
]) + """

Interpreter declaration: I interpreted accurately between English and Tigrinya.
Signed [[n.t:M. Asgedom]]        Practitioner: [[n.st:E. Mackinnon]], Probation Officer
Direct line [[ph.st:0191 498 0237]]   [[em.st:eilidh.mackinnon@justice.example.gov.uk]]
"""])

C4 = doc('employment-agency-registration-form', [
"""KESTREL STAFFING LTD - CANDIDATE REGISTRATION FORM (copy provided to probation with consent)
Branch: Stanmoor industrial            Consultant: [[n.t:Dariusz NOWAK]]  [[em.t:d.nowak@kestrelstaffing.example.co.uk]]

SECTION 1 - PERSONAL DETAILS
Surname / family name:  [[n.s:GEBREMEDHIN]]
First name(s):          [[n.s:YONAS TESFAY]]
Preferred name:         [[n.s:Yonas]]
Date of birth (DD/MM/YYYY):  [[dob.s:05/07/1988]]
Address:                [[cpb_apad]], [[cpb_appc]] (approved premises - temporary)
Mobile:                 [[cph]]
Email:                  [[cem]]
National Insurance no.: [[ni.s:SN732194B]]

SECTION 2 - RIGHT TO WORK
Document seen: residence permit (refugee status) - copy on file; share code checked 19/03/2024.

SECTION 3 - PAYMENT (weekly, Friday)
Account name: [[n.s:Y T GEBREMEDHIN]]
Sort code: [[sc.s:20-33-18]]          Account number: [[ac.s:71046652]]

SECTION 4 - EMERGENCY CONTACT
Name: [[n.t:Saba GEBREMEDHIN]]     Relationship: sister     Phone: [[csisph]]

SECTION 5 - CRIMINAL CONVICTIONS (unspent)
Declared: yes - assault occasioning actual bodily harm (2022).  Released on licence March 2024.
Probation contact given by candidate: [[n.st:Eilidh Mackinnon]], [[cpb_pdph]].

SECTION 6 - DECLARATION
Signed: [[n.s:Y. Gebremedhin]]      Date: 19/03/2024
Checked by: [[n.t:D. Nowak]]        Previous agency reference: [[n.t:Gemma STOTT]], ShiftForce ([[ph.t:0191 498 0766]])
"""])

C5 = doc('police-liaison-information-exchange', [
"""OFFICIAL-SENSITIVE
STANMOOR POLICE - OFFENDER MANAGEMENT UNIT / PROBATION INFORMATION EXCHANGE
Request from: [[ccom]], Stanmoor PDU    Response by: DS [[n.st:Aisha RAHMAN]], IOM team
Date: 26/03/2024            Police mailbox: [[em.pb:iom.stanmoor@police.example.uk]]  ([[ph.pb:0191 498 0444]])

Subject of request
Name:  [[n.s:GEBREMEDHIN Yonas Tesfay]]     Also on PNC as [[n.s:TESFAY Yonas]]
DOB:   [[dob.s:05-07-1988]]     PNC: [[pnc.s:09/286104U]]     CRO: [[cro.s:118204/09Q]]

1. Police contact since release (14/03/2024)
   None recorded.  One call-out on 17/03/2024 to [[ad.t:44 Ravenhill Court, Stanmoor]] (the
   sister's flat): neighbour reported shouting.  PC [[n.st:BRENNAN]] attended 21:50; spoke to
   [[n.t:Haile WOLDEMARIAM]] (occupier, DOB [[dob.t:11/09/1983]]), who said there had been an
   argument with his brother-in-law "about money" and that [[n.s:Yonas]] had already left.  No
   offences disclosed.

2. Victim safety
   [[n.t:Senait]]'s address remains flagged on the command-and-control system; the marker
   refers to "[[n.s:GEBREMEDHIN]] / [[n.s:TESFAY]]" and both spellings are searched.
   Her car, [[vr.t:YR71 DKN]], is on the local ANPR watch list at her request.

3. Associates of concern
   [[n.t:Rebin Karim AHMED]] (co-resident at Marlowe House), DOB [[dob.t:02/02/1995]], PNC
   [[pnc.t:2015/0093317J]] - no known link to [[n.s:Yonas]] other than the AP.
   [[n.t:Tesfalem GHEBREYESUS]] - co-accused in 2009 (public order) - now believed abroad.

Officer: [[n.st:A. Rahman]], Detective Sergeant     Direct: [[ph.st:0191 498 0452]]
Handling: share with probation and AP manager only.
"""])

C6 = doc('victim-representations-on-licence-conditions', [
"""VICTIM CONTACT SCHEME - REPRESENTATIONS ABOUT LICENCE CONDITIONS
Victim Contact Unit (North)   [[ph.pb:0191 498 0350]]   [[em.pb:victim.contact.north@justice.example.gov.uk]]
Victim Liaison Officer: [[n.st:Joanne FLETCHER]]     Direct: [[ph.st:0191 498 0356]]

Offender: [[n.s:Yonas Tesfay GEBREMEDHIN]] (also [[n.s:Yonas TESFAY]])   CRN [[ccrn]]   Prison no. [[cpn]]
Victim: [[n.t:Senait]] (full details held on the VLO file only)

Date of meeting with victim: 29/01/2024 (before release), at the victim's request at a
community venue.  Present: the victim; her friend [[n.t:Rahel]] for support; [[n.st:J. Fletcher]] (VLO).

THE VICTIM'S CONCERNS (summarised by the VLO)
- She is frightened that [[n.s:Yonas]] will find out where she now lives through church or
  through his sister.  She has moved since the offence and does not want the area named in any
  document he will see.
- She does not want him to contact her daughter [[n.t:Luwam]] in any way, including cards
  or gifts, until the family court says otherwise.
- She asked that he not be allowed to attend the church she attends on Sundays.

CONDITIONS REQUESTED
1. No contact, direct or indirect, with [[n.t:Senait]] or [[n.t:Luwam]].
2. Exclusion zone covering the victim's new area (map held on VLO file - NOT for disclosure).
3. Not to attend the named church without prior approval of the COM.
4. To notify the COM of any relationship.

OUTCOME (added 12/03/2024)
Conditions 1, 2 and 4 included on the licence.  Condition 3 not included as drafted; the COM
([[n.st:E. Mackinnon]]) will manage church attendance case by case.  Victim told by telephone on
13/03/2024 by [[n.st:Joanne Fletcher]].  The victim's friend [[n.t:Rahel]] may act as a contact if
the victim cannot be reached.
"""])

C7 = doc('move-on-accommodation-plan', [
"""MARLOWE HOUSE AP - MOVE-ON ACCOMMODATION PLAN
Resident: [[n.s:GEBREMEDHIN, Yonas]]    CRN [[ccrn]]    DOB [[dob.s:05.07.1988]]    NHS no. [[cnhs]]
Planned move date: 15/05/2024    Key worker: [[ckw]]    COM: [[ccom]]

1. PROPOSED ADDRESS
[[cnewad]]  [[cnewpc]]
Type: room in a shared house (4 rooms), private landlord.
Landlord: [[n.t:Gurpreet SANDHU]]   mobile [[ph.t:07700 900928]]   [[em.t:gsandhu.lettings@example.co.uk]]
Rent: £95 per week (housing element of Universal Credit to be claimed from the move date).

2. SUITABILITY CHECKS
""" + tab([
    ['Check', 'Result', 'By / date'],
    ['Distance from victim exclusion zone', 'outside (VLO confirmed)', '[[n.st:J. Fletcher]] 24/04'],
    ['Children in the house', 'none', '[[ckw]] 24/04'],
    ['Police address check', 'no concerns', 'PC [[n.st:BRENNAN]] 26/04'],
    ['Other tenants', 'three adult men', 'landlord'],
]) + """

3. OTHER TENANTS (names given by the landlord)
[[n.t:Pavel DVOŘÁK]] (room 1), [[n.t:Aaron McGINLEY]] (room 3), [[n.t:Kevin TWIST]] (room 4).
No PNC trace for [[n.t:Dvořák]] or [[n.t:Twist]]; [[n.t:McGinley]] has an old conviction for theft.
""",
"""MOVE-ON PLAN - [[n.s:GEBREMEDHIN]] - page 2

4. MONEY
Wages from Kestrel Staffing paid to his account (sort code [[sc.s:20-33-18]], account
[[ac.s:71046652]]).  First month's rent in advance to be paid from wages; deposit from the
council's rent deposit scheme.

5. CONTACT DETAILS AFTER THE MOVE
""" + tab([
    ['', 'Resident', 'Next of kin'],
    ['Name', '[[n.s:Yonas GEBREMEDHIN]]', '[[n.t:Saba GEBREMEDHIN]] (sister)'],
    ['Address', '[[cnewad]] [[cnewpc]]', '[[ad.t:44 Ravenhill Court, Stanmoor]] [[pc.t:YK1 5HD]]'],
    ['Phone', '[[cph]]', '[[csisph]]'],
    ['Email', '[[cem]]', '-'],
]) + """

6. SIGN-OFF
Resident: [[n.s:Y.T. Gebremedhin]]    Key worker: [[n.st:M. Oyelaran]]    AP manager: [[n.st:Wendy ASHCROFT]]
Marlowe House, [[cpb_apad]] [[cpb_appc]]  -  [[cpb_apph]]
"""], foot=C_FOOT)

BUNDLES.append({
    'bundle_id': 'eval12-03',
    'subject': {
        'name': 'Yonas Tesfay GEBREMEDHIN',
        'aliases': ['Yonas TESFAY', 'Jonas TESFAI', 'Yoni', 'ዮናስ ተስፋይ ገብረመድህን'],
        'date_of_birth': '1988-07-05',
        'prison_number': 'A3391EZ',
        'identifiers': {'ni_number': 'SN 73 21 94 B', 'nhs_number': '999 731 9044',
                        'pnc': '2009/0286104U', 'cro': '118204/09Q', 'crn': 'E482913'},
        'contact': {'addresses': ['Room 2, 7 Alder Street, Stanmoor YK3 6AW',
                                  'Flat 3, 61 Quarry Hill Road, Stanmoor YK4 2NU'],
                    'phones': ['07700 900463', '07700 900398'],
                    'emails': ['yonas.tesfay88@example.com']},
    },
    'docs': [C1, C2, C3, C4, C5, C6, C7],
})


# =====================================================================================
# BUNDLE 4 - open prison, then hospital prison wing.  Subject: Greek Cypriot, older man.
# =====================================================================================
body('HMP Ravensholme', phones=['0141 496 0100'], postcodes=['ZN4 1PF'],
     addresses=['Moor Lane, Ravensholme'], emails=['rotl.ravensholme@justice.example.gov.uk'])
body('HMP Brackenford Healthcare Inpatient Unit', phones=['0131 496 0220'],
     postcodes=['ZD3 9HL'], addresses=['Gaol Street, Brackenford'],
     emails=['healthcare.brackenford@nhs.example.net'])
body('Brackenford General Hospital - Cardiology', phones=['0131 496 0700'],
     postcodes=['ZD1 4TE'], addresses=['Infirmary Road, Brackenford'],
     emails=['cardiology.bgh@nhs.example.net'])

reg(dname='n.s:Andreas Christodoulou KYRIAKOU', dpn='pn.s:A7315DX', dpnc='pnc.s:1998/0044129G',
    dcro='cro.s:062731/98Z', dnhs='nhs.s:999 050 8224', dni='ni.s:WK 19 36 40 D',
    dad='ad.s:Flat 2, 118 Cypress Avenue, Kettleby', dpc='pc.s:ZK6 3RW',
    dhomeph='ph.s:020 7946 0372', dem='em.s:a.kyriakou63@example.co.uk',
    dwife='n.t:Eleni KYRIAKOU', dwifeph='ph.t:07700 900135', dson='n.t:Christos KYRIAKOU',
    dpom='n.st:Amara NWOSU', dcard='n.st:Nilufar CHOWDHURY',
    dpb_rvad='ad.pb:Moor Lane, Ravensholme', dpb_rvpc='pc.pb:ZN4 1PF',
    dpb_rvph='ph.pb:0141 496 0100', dpb_rvem='em.pb:rotl.ravensholme@justice.example.gov.uk',
    dpb_hcad='ad.pb:Gaol Street, Brackenford', dpb_hcpc='pc.pb:ZD3 9HL',
    dpb_hcph='ph.pb:0131 496 0220', dpb_hcem='em.pb:healthcare.brackenford@nhs.example.net',
    dpb_bgad='ad.pb:Infirmary Road, Brackenford', dpb_bgpc='pc.pb:ZD1 4TE',
    dpb_bgph='ph.pb:0131 496 0700', dpb_bgem='em.pb:cardiology.bgh@nhs.example.net')

D_HEAD = 'HMP RAVENSHOLME (Category D) - [[n.s:KYRIAKOU A]] [[dpn]] - OFFICIAL-SENSITIVE - page %P/%N'

D1 = doc('rotl-board-minutes', [
"""RELEASE ON TEMPORARY LICENCE (ROTL) BOARD - MINUTES
Board date: 08/01/2024     Chair: Custody Manager [[n.st:Neil PEMBERTON]]
Members: [[dpom]] (POM); OSG [[n.st:Tracey FAIRCLOUGH]] (ROTL clerk); Dr [[n.st:R. Pugh]] (healthcare, by Teams)

Case 3 of 5
Prisoner: [[n.s:KYRIAKOU, Andreas Christodoulou]]     No. [[dpn]]     DOB [[dob.s:02/11/1963]]
Sentence: 6 years (cheating the public revenue).  Category D since 14/08/2023.
Application: resettlement day release (RDR) - unpaid work at Kettleby Hospice charity shop,
Tue/Wed/Thu 08:30-17:00; later overnight release to the family home.
Family home: [[dad]] [[dpc]] - occupants [[dwife]] (wife) and, at weekends, [[dson]] (son).

Discussion
Ms [[n.st:Nwosu]] summarised the community offender manager's report: home visit on 20/12/2023,
wife supportive, no concerns.  The board noted that Mr [[n.s:Kyriakou]]'s former business partner,
[[n.t:Mehmet Emre YILDIZ]], lives two streets away from the family home and gave evidence against
him at trial.  [[n.s:Andreas]] said he has no wish to see Mr [[n.t:Yildiz]] and would avoid the area.
Dr [[n.st:Pugh]] raised his heart condition (angina, on GTN spray) - the charity shop manager
must know what to do if he becomes unwell.

Decision
RDR approved from 15/01/2024 with conditions: (1) no contact with [[n.t:Mehmet YILDIZ]] or his
family; (2) not to enter [[ad.t:Lemon Tree Parade, Kettleby]] (address of Mr [[n.t:Yildiz]]); (3) carry GTN spray.
Overnight release: deferred to next board.
""",
"""ROTL BOARD 08/01/2024 - minutes continued

Case 3 (continued) - placement contact
Kettleby Hospice Shop (charity) - manager [[n.t:Lorraine HEWSON]], [[ph.t:0141 496 0581]],
[[em.t:lorraine.hewson@kettlebyhospice.example.org]].  Ms [[n.t:Hewson]] has been told about
the offence and the GTN spray.

Case 4 of 5
Prisoner: [[n.t:MACDONALD, Rory]] (Gaelic name [[n.t:Ruairidh Dòmhnallach]])  No. [[pn.t:G5082LT]]
Application for RDR to a fishing-tackle shop - deferred; employer checks outstanding.

Case 5 of 5
Prisoner: [[n.t:McDONAGH, Patrick]] ("[[n.t:Paddy]]")  No. [[pn.t:K3307RW]]
Overnight release to the family site to attend his grandson's christening - approved.

Actions: OSG [[n.st:Fairclough]] to issue licence cards; [[n.st:A. Nwosu]] to update the COM.
Minutes: [[n.st:T. Fairclough]]    Approved: [[n.st:N. Pemberton]]
ROTL office: [[dpb_rvph]] / [[dpb_rvem]]
"""], head=D_HEAD)

D2 = doc('day-release-licence-card', [
"""HMP RAVENSHOLME - RESETTLEMENT DAY RELEASE - LICENCE CARD (carry at all times)      No. RDR-0441
------------------------------------------------------------------------------------------
Name: [[n.s:Andreas KYRIAKOU]]          Prison no: [[pn.s:A7315 DX]]          Photo: [on card]
Valid: 15/01/2024 to 14/04/2024, Tue/Wed/Thu only     Out 08:00  -  Back by 17:30
Place: Kettleby Hospice Shop, High Street, Kettleby (supervisor [[n.t:L. Hewson]])
Travel: bus 47 only; no car.  Must not drive (licence [[dl.s:KYRIA611023AC9TR]] held in property).

CONDITIONS
1. Go directly to and from the placement by the route shown.
2. No contact with [[n.t:Mehmet Emre YILDIZ]] or any member of his family.
3. Do not enter [[ad.t:Lemon Tree Parade, Kettleby]].
4. Carry your GTN spray.  If you feel chest pain call 999 and then the prison.
5. No alcohol.  Submit to testing on return.

IF STOPPED BY POLICE show this card and ask them to call HMP Ravensholme on [[dpb_rvph]]
(24 hours) quoting the prisoner number.  Post: [[dpb_rvad]] [[pc.pb:ZN4 1PF]].

Issued by OSG [[n.st:T. FAIRCLOUGH]] 12/01/2024     Prisoner's signature: [[n.s:A. Kyriakou]]
------------------------------------------------------------------------------------------
Back of card - emergency contacts held by the gate: wife [[n.t:Eleni]] [[dwifeph]]; home [[dhomeph]]
"""])

D3 = doc('abscond-risk-assessment', [
"""ABSCOND / FAILURE-TO-RETURN RISK ASSESSMENT (open conditions review)
Name: [[n.s:KYRIAKOU Andreas]]     NOMS: [[dpn]]     DOB: [[dob.s:2 November 1963]]
PNC: [[dpnc]]     CRO: [[dcro]]     Assessor: [[dpom]], POM

Factor\tEvidence\tRating
Previous abscond / escape\tnone on PNC or NOMIS\tlow
Outstanding matters\tconfiscation order (£212,000) - default term if unpaid\tMEDIUM
Links abroad\tproperty in Cyprus (Paphos), siblings in Limassol; passport [[pp.s:117406382]] held in property\tMEDIUM
Family ties in UK\twife, son, two grandchildren\tprotective
Health\tangina; cardiology follow-up due\tneutral
Compliance on ROTL\t18 days' RDR, all returns on time\tprotective
Vehicle access\this own car [[vr.s:LB13 XPA]] is SORN at the family home\tlow

Narrative
Mr [[n.s:Kyriakou]]'s main abscond risk is the unpaid confiscation order and his links to
Cyprus.  His passport is in stored property and his Cypriot identity card was surrendered to the
police at trial.  His son [[dson]] has given a written undertaking to tell the prison if
his father talks about leaving the country; this is of limited weight.  His wife
Mrs [[n.t:Kyriakou]] says the family intends to sell the Paphos property to pay the order.
The former partner [[n.t:YILDIZ]] alleged at trial that [[n.s:Andreas]] had moved money to an
account in Nicosia; this was not proved.

Overall: MEDIUM.  Remain in open conditions; review after the cardiology appointment.
Signed [[n.st:A. Nwosu]] 22/02/2024      Countersigned [[n.st:N. Pemberton]] (CM)
"""], head=D_HEAD)

D4 = doc('inpatient-unit-admission-assessment', [
"""HMP BRACKENFORD - HEALTHCARE INPATIENT UNIT - ADMISSION NURSING ASSESSMENT
[[dpb_hcad]]  [[dpb_hcpc]]     Unit office [[dpb_hcph]]     [[dpb_hcem]]

Patient: [[n.s:KYRIAKOU, Andreas C.]]       Prison no. [[dpn]]      NHS no. [[dnhs]]
NI no.: [[dni]] (for benefits on release)
DOB: [[dob.s:02-NOV-1963]]       Admitted: 09/03/2024 16:40 from Brackenford General Hospital
Transferred from: HMP Ravensholme (open) - will not return to open conditions until reviewed
Admitting nurse: Staff Nurse [[n.st:Chinedu OKONKWO]]       Bed: IPU-6

PRESENTING HISTORY
Collapsed with central chest pain on 05/03/2024 while on day release at a charity shop.  The
shop manager ([[n.t:Lorraine Hewson]]) called 999.  Taken to Brackenford General; NSTEMI;
single drug-eluting stent to the LAD on 06/03/2024 (consultant Dr [[n.st:N. Chowdhury]]).
Bedwatch by HMP Ravensholme staff throughout.

NEXT OF KIN (patient's wishes)
1. [[dwife]] (wife) - [[dwifeph]] - may be given clinical updates
2. [[dson]] (son) - [[ph.t:07700 900284]] - only if wife not reachable
Patient asked that his brother in Limassol, [[n.t:Kostas KYRIAKOU]], NOT be contacted.

ASSESSMENT
Pain: 0/10 at rest.  Obs: BP 128/76, HR 64, SpO2 97%.  Wound (right radial) clean.
Medication on transfer: aspirin, ticagrelor, atorvastatin, bisoprolol, ramipril, GTN PRN.
Mood: low; says "I thought I was going to die in a shop with my name on the news".
Language: fluent English; prefers Greek when distressed.  Wife writes to him in Greek.
Falls risk: low.  Diet: no restrictions; Greek Orthodox fasting periods noted (Lent).
"""])

D5 = doc('inpatient-unit-nursing-handover-sheet', [
"""HMP BRACKENFORD IPU - NURSING HANDOVER (NIGHT -> EARLY)   12/03/2024 07:30
Nurse in charge (night): [[n.st:Gwen TALBOT]] RMN      Receiving (early): [[n.st:C. Okonkwo]] RGN

Bed\tPatient\tNo.\tSummary / actions
IPU-1\t[[n.t:SZABÓ, Levente]]\t[[pn.t:H8820KA]]\tDetox day 4 - CIWA 6 - next score 09:00
IPU-2\t[[n.t:OYEBANJI, Tunde]]\t[[pn.t:J4471VB]]\tPost-op hernia - wound check; escort booked 14:00
IPU-3\tempty\t-\tdeep clean
IPU-4\t[[n.t:PRICE, Marcus Lee]]\t[[pn.t:C9035RN]]\tACCT open - obs x2/hour; case review 11:00
IPU-5\t[[n.t:DÒMHNALLACH, Ruairidh]]\t[[pn.t:G5082LT]]\tCellulitis L leg - IV abx; from Ravensholme
IPU-6\t[[n.s:KYRIAKOU, Andreas]]\t[[dpn]]\tPost-stent day 6 - obs stable - see below

IPU-6 detail
[[n.s:Andreas]] slept from 01:00.  Asked at 23:30 to phone his wife - not possible at night;
message left by night staff on [[dwifeph]] at 07:05 as agreed.  He was pleased that
[[n.t:Ruairidh]] (IPU-5) is also here - they worked in the gardens together at Ravensholme.
Staff to be aware: they speak to each other about [[n.t:McDonagh]], a third Ravensholme man who
is due back from overnight release today - no concern, noted for information.

Cardiology outpatient appointment 19/03/2024 10:30, Brackenford General ([[dpb_bgph]]) -
escort x2, cuffs per risk assessment, medical override requested by Dr [[n.st:Pugh]].
"""])

D6 = doc('cardiology-outpatient-letter', [
"""BRACKENFORD GENERAL HOSPITAL NHS TRUST - DEPARTMENT OF CARDIOLOGY
[[dpb_bgad]], [[dpb_bgpc]]   Tel [[dpb_bgph]]   [[dpb_bgem]]

Consultant: Dr [[n.st:Nilufar CHOWDHURY]] MD FRCP      Secretary: [[n.st:Pam]] (ext. via switchboard)
Clinic date: 19/03/2024       Typed: 21/03/2024

To: Dr [[n.st:Rhiannon PUGH]], GP, Healthcare Department, HMP Brackenford, [[dpb_hcad]] [[dpb_hcpc]]
cc: Patient

Re: Mr [[n.s:Andreas KYRIAKOU]]   DOB [[dob.s:02/11/1963]]   NHS [[nhs.s:9990508224]]   Hospital no.: see label
Address on hospital record: [[dad]] [[dpc]] (home) - NB currently in custody

Dear Dr [[n.st:Pugh]],

I saw Mr [[n.s:Kyriakou]] in clinic today, accompanied by two prison officers.  He has made a good
recovery from his NSTEMI and LAD stent.  He has had no further angina.  He is walking 20 minutes a
day within the unit.  His wife, who telephoned my secretary before clinic, is anxious that he
should not return to open conditions where he "does heavy lifting in the shop"; I have explained
to Mr [[n.s:Kyriakou]] that light work is fine and that no restriction is needed from a cardiac
point of view after six weeks.

Plan: continue dual antiplatelet therapy for 12 months; echo in 3 months; cardiac rehabilitation
- the prison to liaise with our rehab nurse, Sister [[n.st:Joanna BIRCH]] ([[ph.st:0131 496 0716]]).

Yours sincerely,
Dr [[n.st:N. Chowdhury]]
Consultant Cardiologist
"""])

D7 = doc('certified-translation-of-correspondence', [
"""CERTIFIED TRANSLATION - GREEK TO ENGLISH
Translator: [[n.t:Stella PAPADOPOULOU]] MCIL, Hellenic Language Services Ltd
Commissioned by: HMP Brackenford security department (incoming mail, non-English language)
Reference: BRK/TRN/0319

SOURCE TEXT (extract, as written)
Αγαπημένε μου [[n.s:Αντρέα]],
ο [[n.t:Χρίστος]] και εγώ ήρθαμε στο νοσοκομείο αλλά δεν μας άφησαν να σε δούμε.
Η [[n.t:Μαρία]] ρωτά κάθε μέρα για τον παππού.  Ο [[n.t:Μεχμέτ]] πέρασε από το μαγαζί...
Με αγάπη, [[n.t:Ελένη]]

TRANSLATION
My beloved [[n.s:Andrea]],
[[n.t:Christos]] and I came to the hospital but they would not let us see you.
[[n.t:Maria]] asks every day about her grandfather.  [[n.t:Mehmet]] came past the shop and
asked whether you are "still angry".  I told him to go away.  I have written to the lawyer,
Mr [[n.t:Georgiou]], about the Paphos house.  The new number for the house phone is the same as
before ([[dhomeph]]) but my mobile has changed - it is now [[ph.t:07700 900176]].  Please tell the
prison so they can put it on your list.
With love, [[n.t:Eleni]]

Envelope: addressed to [[n.s:Ανδρέας Κυριάκου]] / [[n.s:A. KYRIACOU]], [[dpn]], HMP Brackenford.
Sender on reverse: [[n.t:E. Kyriakou]], [[dad]] [[dpc]].

TRANSLATOR'S NOTES
1. "[[n.s:Αντρέα]]" is the vocative of "[[n.s:Αντρέας]]" ([[n.s:Andreas]]); rendered "[[n.s:Andrea]]" as in the original.
2. "[[n.t:Μαρία]]" ([[n.t:Maria]]) is the couple's granddaughter, a child.
3. "[[n.t:Μεχμέτ]]" is a Turkish male name; the letter does not give a surname.

I certify that this is a true and accurate translation.  [[n.t:S. Papadopoulou]], 20/03/2024
[[em.t:s.papadopoulou@hellenicls.example.co.uk]]
"""])

D8 = doc('companies-register-officer-extract', [
"""COMPANIES REGISTER - OFFICER AND COMPANY EXTRACT (printed 02/02/2024 for confiscation file)
Company: OLIVE GROVE TAVERNA (KETTLEBY) LTD     Company no. 09117402     Status: Dissolved 2022
Registered office (while active): the restaurant premises, Kettleby town centre

OFFICERS
""" + tab([
    ['Name', 'Role', 'Born', 'Appointed', 'Resigned'],
    ['[[n.s:KYRIAKOU, Andreas Christodoulou]]', 'Director', '[[dob.s:November 1963]]', '03/04/2014', '-'],
    ['[[n.t:YILDIZ, Mehmet Emre]]', 'Director', '[[dob.t:March 1971]]', '03/04/2014', '19/08/2019'],
    ['[[n.t:KYRIAKOU, Eleni]]', 'Secretary', '[[dob.t:June 1966]]', '03/04/2014', '11/02/2020'],
]) + """

Correspondence (service) address for [[n.s:Andreas KYRIAKOU]]: [[ad.s:27 Aphrodite Close, Kettleby]]
[[pc.s:ZK6 1BT]] (his address until 2018); later changed to [[dad]] [[dpc]].
Nationality: British / Cypriot.  Country of residence: England.

Persons with significant control
Mr [[n.s:A C Kyriakou]] - 75% or more of shares (2016-2019)
Mr [[n.t:M E Yildiz]] - 25% or more but not more than 50% (2014-2016)

Note by financial investigator [[n.st:Craig DUNMORE]] (Regional Asset Recovery Team):
Residential address for [[n.t:YILDIZ]] on the register is [[ad.t:12 Lemon Tree Parade, Kettleby]]
[[pc.t:ZK6 1DS]]; he also used [[em.t:m.yildiz.taverna@example.com]].  His name appears as
"[[n.t:Yıldız]]" in the Turkish-language lease documents.  The taverna's VAT returns were
signed by [[n.s:A.C.K.]] throughout.
"""])

BUNDLES.append({
    'bundle_id': 'eval12-04',
    'subject': {
        'name': 'Andreas Christodoulou KYRIAKOU',
        'aliases': ['Andy KYRIAKOU', 'Andreas KYRIACOU', 'Ανδρέας Κυριάκου', 'A.C.K.'],
        'date_of_birth': '1963-11-02',
        'prison_number': 'A7315DX',
        'identifiers': {'ni_number': 'WK 19 36 40 D', 'nhs_number': '999 050 8224',
                        'pnc': '1998/0044129G', 'cro': '062731/98Z'},
        'contact': {'addresses': ['Flat 2, 118 Cypress Avenue, Kettleby ZK6 3RW',
                                  '27 Aphrodite Close, Kettleby ZK6 1BT'],
                    'phones': ['020 7946 0372'],
                    'emails': ['a.kyriakou63@example.co.uk']},
    },
    'docs': [D1, D2, D3, D4, D5, D6, D7, D8],
})


# =====================================================================================
# BUNDLE 5 - family court and victim services.  Subject: Zimbabwean (Shona), female.
# =====================================================================================
body('Ashgrove Family Court', phones=['0161 496 0900'], postcodes=['ZA1 1JQ'],
     addresses=['Justice Centre, Tolbooth Street, Ashgrove'],
     emails=['family.ashgrove@justice.example.gov.uk'])
body('Ashgrove Police - Public Protection Unit', phones=['0161 496 0123'],
     emails=['ppu.ashgrove@police.example.uk'])
body('Victim Care Unit - Office of the Police and Crime Commissioner', phones=['0161 496 0660'],
     postcodes=['ZA2 4PE'], addresses=['Unit 2, Bridgewater House, Canal Street, Ashgrove'],
     emails=['victimcare@ashgrove-pcc.example.gov.uk'])
body('Cafcass - Ashgrove team', phones=['0161 496 0480'],
     emails=['ashgrove.team@cafcass.example.gov.uk'])
body('Ashgrove Primary School', phones=['0161 496 0345'], postcodes=['ZA3 5SL'],
     addresses=['School Lane, Ashgrove'], emails=['office@ashgroveprimary.example.sch.uk'])

reg(ename='n.s:Tendai Rutendo MOYO', eni='ni.s:ZX 62 04 18 A', enhs='nhs.s:999 613 2072',
    ead='ad.s:Flat 4, 9 Willowherb Lane, Ashgrove', epc='pc.s:ZA3 2WD',
    eoldad='ad.s:16 Heather Row, Brackenford', eoldpc='pc.s:ZD5 7AQ',
    eph='ph.s:07700 900690', eoldph='ph.s:07700 900506', eem='em.s:tendai.moyo@example.org',
    ex='n.t:Calum Iain MacLEÒID', exen='n.t:Calum MacLEOD', exdob='dob.t:08/12/1979',
    expnc='pnc.t:2017/0502311Y', exad='ad.t:Flat 11, Ardmore Court, Station Road, Brackenford',
    expc='pc.t:ZD2 6NF', exph='ph.t:07700 900902', exvr='vr.t:KX66 JZF',
    ec1='n.t:Nyasha MacLEOD', ec2='n.t:Ruvimbo MacLEOD',
    eidva='n.t:Tharshini SIVAKUMAR', eidvaph='ph.t:07700 900377',
    epb_fcad='ad.pb:Justice Centre, Tolbooth Street, Ashgrove', epb_fcpc='pc.pb:ZA1 1JQ',
    epb_fcph='ph.pb:0161 496 0900', epb_fcem='em.pb:family.ashgrove@justice.example.gov.uk',
    epb_vcad='ad.pb:Unit 2, Bridgewater House, Canal Street, Ashgrove', epb_vcpc='pc.pb:ZA2 4PE',
    epb_vcph='ph.pb:0161 496 0660', epb_vcem='em.pb:victimcare@ashgrove-pcc.example.gov.uk')

E_HEAD = 'Case ZA24F00311  [[n.s:MOYO]] v [[n.t:MacLEOD]]  -  page %P of %N'

E1 = doc('fl401-application-extract', [
"""FORM FL401 - APPLICATION FOR A NON-MOLESTATION ORDER / OCCUPATION ORDER (extract)
Family Court sitting at Ashgrove - [[epb_fcad]] [[epb_fcpc]]

SECTION 1 - THE APPLICANT
Full name:\t[[ename]]
Other names used:\t[[n.s:Tendai MacLEOD]] (married name, 2012-2021)
Date of birth:\t[[dob.s:19 April 1981]]
Address:\tCONFIDENTIAL - given on form C8 only
Previous address:\t[[eoldad]] [[eoldpc]] (former family home, sold 2023)
Telephone:\tCONFIDENTIAL (form C8)
Solicitor:\t[[n.t:Priyanka DESAI]], [[n.t:Desai]] & Co Solicitors, [[em.t:p.desai@desaico.example.co.uk]]

SECTION 2 - THE RESPONDENT
Full name:\t[[ex]] (English form [[exen]])
Date of birth:\t[[exdob]]
Address:\t[[exad]] [[expc]]
Telephone:\t[[exph]]
Relationship:\tformer husband (divorced 2022); father of the children

SECTION 3 - RELEVANT CHILDREN
Name\tDate of birth\tLives with\tRelationship to respondent
[[ec1]]\t[[dob.t:03/09/2014]]\tapplicant\tdaughter
[[ec2]]\t[[dob.t:21/06/2017]]\tapplicant\tdaughter
""",
"""SECTION 4 - WHY THE ORDER IS NEEDED (applicant's statement, summarised by her solicitor)
Since the final contact order in 2023 the respondent has repeatedly come to the applicant's home
and to the children's school without warning.  On 02/02/2024 he stood outside her door for 40
minutes and was recorded by her doorbell camera.  He has sent messages calling her "[[n.s:Mai Nyasha]]"
in a mocking way and threatening to "take the girls to Stornoway where she'll never find them".
His mother, [[n.t:Morag MacLEOD]], has also phoned the applicant's old mobile ([[eoldph]]) asking
where she lives.  The applicant changed her number to [[eph]] (confidential) on 05/02/2024.

A neighbour, [[n.t:Ioana-Cristina DUMITRESCU]], saw the respondent on 02/02/2024 and has given a
statement.  The applicant is supported by an IDVA, [[eidva]] (Safe Haven Ashgrove, a charity).

SECTION 5 - ORDERS SOUGHT
Non-molestation order: not to use or threaten violence against [[n.s:Tendai]], [[n.t:Nyasha]]
or [[n.t:Ruvimbo]]; not to come within 100 metres of the applicant's home (address on C8) or
Ashgrove Primary School save for contact arranged through Cafcass.

Statement of truth signed: [[n.s:T. R. Moyo]]     Dated: 06/02/2024
"""], head=E_HEAD)

E2 = doc('family-court-directions-order', [
"""IN THE FAMILY COURT SITTING AT ASHGROVE                              Case number: ZA24F00311
Before District Judge [[n.st:HARCOURT]] sitting in private on 20 February 2024

The Applicant:   [[ename]]                   represented by Ms [[n.t:P. Desai]], solicitor
The Respondent:  [[n.t:Calum Iain MacLEOID]]             in person
The Children:    [[ec1]] (born [[dob.t:3 September 2014]]) and [[ec2]] (born [[dob.t:21 June 2017]])

RECITALS
A. The non-molestation order made without notice on 07/02/2024 was served on the respondent
   by PC [[n.st:Aled BOWEN]] at [[exad]] on 08/02/2024.
B. The respondent does not accept the allegations.  He says he went to the applicant's home only
   to return [[n.t:Ruvimbo]]'s school shoes.
C. Cafcass ([[n.st:Bethan RHYS-EVANS]], Family Court Adviser) has completed safeguarding checks;
   the police disclosed one previous conviction of the respondent (PNC [[expnc]]).

IT IS ORDERED THAT
1. The non-molestation order continues until 20/02/2025.
2. A fact-finding hearing is listed on 14/05/2024 at 10:00 (time estimate 1 day).
3. The applicant shall file a statement and the doorbell camera footage log by 26/03/2024.
4. Ashgrove Police (Public Protection Unit) shall disclose by 09/04/2024 the records of calls
   from the applicant or about the respondent since 2019; request to [[em.pb:ppu.ashgrove@police.example.uk]].
5. The applicant's address and telephone number shall not be disclosed to the respondent.
6. Special measures at the hearing: separate waiting room and a screen (see application).
7. Cafcass to file a section 7 report limited to [[n.t:Nyasha]]'s wishes and feelings by 30/04/2024
   (Cafcass Ashgrove team: [[ph.pb:0161 496 0480]], [[em.pb:ashgrove.team@cafcass.example.gov.uk]]).

Served by the court on the parties.  Court office: [[epb_fcph]]  /  [[epb_fcem]]
Family Court, [[epb_fcad]], [[epb_fcpc]]
"""])

E3 = doc('victim-needs-assessment', [
"""ASHGROVE VICTIM CARE UNIT - VICTIM NEEDS ASSESSMENT
(Office of the Police and Crime Commissioner)  [[epb_vcad]] [[epb_vcpc]]  [[epb_vcph]]  [[epb_vcem]]

Referral from: Ashgrove Police, crime ref ZA/24/10877 (harassment), officer DC [[n.st:Hannah OKAFOR]]
Caseworker: [[n.st:Lukas BAUER]]      Date of assessment: 12/02/2024 (telephone, 40 minutes)

VICTIM
Name: [[n.s:MOYO, Tendai Rutendo]]        DOB: [[dob.s:19/04/1981]]       Gender: F
Current address: [[ead]]  [[epc]]   ** SAFE ADDRESS - DO NOT DISCLOSE **
Contact: [[eph]] (safe to text: YES; safe to leave voicemail: NO)
Email: [[eem]]
Preferred name: [[n.s:Tendai]]   Language: English (also Shona)

NEEDS
Area\tNeed identified\tAction
Safety at home\tdoorbell camera in place; wants window alarms\trefer to Safer Homes scheme
Health and wellbeing\tpoor sleep, panic attacks since 02/02\tGP letter; talking therapy info
Children\tboth girls anxious; school aware\tschool DSL informed with consent
Justice process\tworried about seeing respondent at court\tspecial measures - discuss with IDVA
Finance\tchanged locks £180\tapply to hardship fund
""",
"""VICTIM NEEDS ASSESSMENT - [[n.s:T. MOYO]] - continued

NOTES
[[n.s:Tendai]] said the respondent ([[exen]], DOB [[exdob]]) drives a grey Skoda, [[exvr]],
and that she has seen it parked on her road twice since she moved.  DC [[n.st:Okafor]] has added
the registration to the crime report.  Ms [[n.s:Moyo]]'s sister, [[n.t:Chipo MOYO]], lives in
Harare and is the only family member she talks to about this; [[n.t:Chipo]] calls on WhatsApp.

[[n.s:Tendai]] already has an IDVA, [[eidva]] of Safe Haven Ashgrove ([[eidvaph]]).  Agreed that
the IDVA will lead on court support and this unit will lead on practical help; consent given to
share this assessment with Ms [[n.t:Sivakumar]].

Consent to share with: police - yes; IDVA - yes; school - yes (safeguarding only); respondent - NO.
Caseworker: [[n.st:L. Bauer]]     Direct line [[ph.st:0161 496 0667]]     [[em.st:lukas.bauer@ashgrove-pcc.example.gov.uk]]
"""])

E4 = doc('marac-referral-form', [
"""MULTI-AGENCY RISK ASSESSMENT CONFERENCE (MARAC) - REFERRAL FORM          RESTRICTED
Referring agency: Safe Haven Ashgrove (IDVA service)      Referrer: [[eidva]]
Referrer contact: [[eidvaph]] / [[em.t:tharshini.s@safehaven-ashgrove.example.org]]
Date of referral: 13/02/2024       Risk checklist score: 16 (high)       Professional judgement: yes

VICTIM
Name: [[n.s:Tendai MOYO]] (previously [[n.s:Tendai MacLeod]])      DOB: [[dob.s:19.04.1981]]
Address: [[ead]], [[epc]]
Safe contact number: [[eph]]     NHS no.: [[enhs]]     NI no.: [[eni]]
Ethnicity: Black British - African (Zimbabwean)      First language: English / Shona

PERPETRATOR
Name: [[exen]] - Gaelic form [[n.t:Calum Iain MacLeòid]]      DOB: [[dob.t:08-12-1979]]
Address: [[exad]], [[expc]]      Mobile: [[exph]]
Vehicle: [[exvr]]      PNC: [[pnc.t:17/502311Y]]
Email used to contact victim: [[em.t:calum.macleoid@example.net]]

CHILDREN IN THE HOUSEHOLD
Name\tDOB\tSchool\tNHS no.
[[ec1]]\t[[dob.t:03.09.2014]]\tAshgrove Primary\t[[nhs.t:999 382 0164]]
[[ec2]]\t[[dob.t:21.06.2017]]\tAshgrove Primary\t[[nhs.t:999 160 4391]]
""",
"""MARAC REFERRAL - [[n.s:MOYO]] / [[n.t:MacLEOD]] - page 2

REASON FOR REFERRAL
[[n.s:Tendai]] separated from [[n.t:Calum]] in 2021 after 9 years of marriage.  Since the contact order
(2023) he has turned up at her new address (which she believes he found by following
[[n.t:Nyasha]] home from school), sent over 200 messages in January 2024, and on 02/02/2024 stood
at her door for 40 minutes.  He has a 2017 conviction for assault on a previous partner
([[n.t:Kirsteen GUNN]], in Inverness).  His mother [[n.t:Morag]] has phoned [[n.s:Tendai]]'s old number.

RISK FACTORS (from checklist): escalation; stalking; threats to take the children abroad/away;
separation; previous DA conviction; victim very frightened.

WHAT THE VICTIM WANTS
"I want him to leave us alone. I don't want the girls to stop seeing their dad but it has to be safe."

AGENCIES TO BE INVITED: police PPU, Cafcass, children's social care, school DSL ([[n.st:Kelvin WONG]]),
probation (no current involvement), housing (safe address held by the housing association).

Referrer signature: [[n.t:T. Sivakumar]]      Received by MARAC coordinator: [[n.st:Gail FINNEGAN]] 14/02/2024
"""])

E5 = doc('dvds-disclosure-record', [
"""ASHGROVE POLICE - DOMESTIC VIOLENCE DISCLOSURE SCHEME - RECORD OF DISCLOSURE ("Right to Know")
Public Protection Unit  [[ph.pb:0161 496 0123]]       Reference DVDS/24/0092

Person receiving the disclosure: [[n.s:Tendai Rutendo Moyo]]       DOB [[dob.s:19/04/81]]
Subject of the disclosure: [[n.t:MacLEOD, Calum Iain]]              DOB [[dob.t:08/12/79]]
Decision panel: DI [[n.st:Rhona CAMPBELL]] (chair), [[n.st:Gail Finnegan]] (MARAC), [[n.st:B. Rhys-Evans]] (Cafcass)

Disclosure made on: 16/02/2024 at Ashgrove police station, by DC [[n.st:H. Okafor]]
with IDVA [[n.t:Tharshini Sivakumar]] present.

Information disclosed (as read to the recipient):
"[[n.t:Calum MacLeod]] was convicted in 2017 of assault by beating of a former partner.  He
received a community order with a domestic abuse programme requirement."

Information NOT disclosed (third-party data): identity of the former partner; details of two
further reports made by her in 2016 which did not proceed.

Recipient's response: Ms [[n.s:Moyo]] said she had not known about the conviction while they
were married.  She signed the confidentiality undertaking.

Signed (recipient): [[n.s:T. R. MOYO]]       Signed (officer): [[n.st:Hannah OKAFOR]], Detective Constable
"""])

E6 = doc('school-safeguarding-chronology', [
"""ASHGROVE PRIMARY SCHOOL - SAFEGUARDING CHRONOLOGY (extract supplied to Cafcass, 22/02/2024)
[[ad.pb:School Lane, Ashgrove]] [[pc.pb:ZA3 5SL]]   Office [[ph.pb:0161 496 0345]]   [[em.pb:office@ashgroveprimary.example.sch.uk]]
Pupils: [[ec1]] (Year 4, DOB [[dob.t:03/09/2014]]) and [[ec2]] (Year 1, DOB [[dob.t:21/06/2017]])
Designated Safeguarding Lead: [[n.st:Kelvin WONG Ka-ho]]      Head teacher: [[n.st:Siân PARRY]]

Date\tTime\tRecorded by\tEntry
11/09/2023\t08:40\t[[n.st:K. Wong]]\tMum (Ms [[n.s:Moyo]]) gave new address and asked that dad is not told it
11/09/2023\t08:45\t[[n.st:K. Wong]]\tContact order copy placed on file; dad may collect on alternate Fridays only
19/01/2024\t15:20\tMrs [[n.st:Jenkins]] (TA)\tDad (Mr [[n.t:MacLeod]]) at gate on a Thursday; asked [[n.t:Nyasha]] where she lives now
19/01/2024\t15:35\t[[n.st:K. Wong]]\tPhoned mum on [[eoldph]] - no answer; message left
22/01/2024\t09:10\t[[n.st:K. Wong]]\tSpoke to mum; she will change her number; IDVA involved (Ms [[n.t:Sivakumar]])
02/02/2024\t08:55\t[[n.st:S. Parry]]\t[[n.t:Ruvimbo]] upset in class: "Daddy was shouting at our door"
05/02/2024\t12:00\t[[n.st:K. Wong]]\tMum's new number [[eph]] - school office only, NOT on SIMS parent app
07/02/2024\t14:30\t[[n.st:K. Wong]]\tNon-molestation order copy received from [[n.t:Desai]] & Co
09/02/2024\t15:15\tMrs [[n.st:Jenkins]]\tPaternal grandmother [[n.t:Morag MacLeod]] phoned office asking for dad's pick-up day; told to speak to mum
""",
"""SAFEGUARDING CHRONOLOGY - [[n.t:MacLEOD]] sisters - page 2

Date\tTime\tRecorded by\tEntry
12/02/2024\t10:00\t[[n.st:K. Wong]]\tCafcass FCA [[n.st:B. Rhys-Evans]] spoke to [[n.t:Nyasha]] in school (45 mins)
16/02/2024\t08:30\t[[n.st:K. Wong]]\tMum says police gave her "Right to Know" information; she is tired but coping
21/02/2024\t15:10\t[[n.st:K. Wong]]\tGrey car [[exvr]] parked opposite gate 14:55-15:25; police informed (PC [[n.st:Bowen]])

School's view (DSL): both girls are doing well academically.  [[n.t:Nyasha]] is quieter since
January.  [[n.t:Ruvimbo]] talks about "Granny [[n.t:Morag]]" and "Daddy's flat" positively.
Mum, [[n.s:Tendai]], attends every parents' evening and is open with the school.

Contacts for this chronology: [[n.st:Kelvin Wong]], DSL - [[em.st:k.wong@ashgroveprimary.example.sch.uk]]
"""])

E7 = doc('smart-doorbell-event-log', [
"""HOMEEYE DOORBELL - EVENT HISTORY EXPORT (produced by the account holder for court, 25/03/2024)
Account holder: [[n.s:Tendai Moyo]]    Login email: [[eem]]
Device: "Front door" HomeEye Video Doorbell 3, installed 14/09/2023 at [[ead]] [[epc]]
Device local IP [[ip.s:192.0.2.44]]    Router public IP at time of export [[ip.s:2001:db8:4a1:17::20]]

Event\tDate\tTime (UK)\tType\tDuration\tNote (added by account holder)
EV-2211\t19/01/2024\t21:04\tMotion\t00:00:31\tmale figure, hood up - think it is [[n.t:Calum]]
EV-2298\t26/01/2024\t22:47\tRing\t00:01:12\t[[n.t:Calum]] - says "[[n.s:Tendy]] open the door"
EV-2340\t02/02/2024\t19:12\tRing\t00:40:05\t[[n.t:Calum]] - shouting, girls upstairs
EV-2341\t02/02/2024\t19:30\tMotion\t00:00:44\tneighbour [[n.t:Ioana]] from no. 11 speaking to him
EV-2392\t14/02/2024\t07:58\tMotion\t00:00:20\tpostman - ignore
EV-2420\t21/02/2024\t15:02\tMotion\t00:00:16\tgrey car [[exvr]] slows outside

Shared access: [[n.t:Tharshini Sivakumar]] (IDVA) granted view-only access 06/02/2024 to
[[em.t:tharshini.s@safehaven-ashgrove.example.org]]; revoked 20/03/2024.
Previous login from unrecognised device on 30/01/2024 from IP [[ip.t:198.51.100.201]] - the
account holder believes the respondent knew her old password; password changed 30/01/2024.

Witness statement reference: neighbour [[n.t:Ioana-Cristina Dumitrescu]], [[ad.t:11 Willowherb Lane, Ashgrove]]
[[pc.t:ZA3 2WE]], tel [[ph.t:07700 900803]] - describes EV-2341.
"""])

BUNDLES.append({
    'bundle_id': 'eval12-05',
    'subject': {
        'name': 'Tendai Rutendo MOYO',
        'aliases': ['Tendai MacLEOD', 'Tendy', 'Mai Nyasha', 'T. R. Moyo'],
        'date_of_birth': '1981-04-19',
        'identifiers': {'ni_number': 'ZX 62 04 18 A', 'nhs_number': '999 613 2072'},
        'contact': {'addresses': ['Flat 4, 9 Willowherb Lane, Ashgrove ZA3 2WD',
                                  '16 Heather Row, Brackenford ZD5 7AQ'],
                    'phones': ['07700 900690', '07700 900506'],
                    'emails': ['tendai.moyo@example.org']},
    },
    'docs': [E1, E2, E3, E4, E5, E6, E7],
})


# =====================================================================================
# Validation and output
# =====================================================================================
COVERED_KINDS = set("""
999-call-transcript accredited-programme-attendance-register acct-case-review adjudication
adjudication_record ambulance-patient-report-form anpr-vehicle-check anpr_report appeal-notice
appropriate-adult-attendance-record approved-premises-curfew-register
approved-premises-room-search-record approved-premises-warning-letter
approved-premises-wifi-access-log approved-visitor-list approved_premises_referral
asb-warning-letter asset-plus-assessment-extract asylum-screening-interview bail-information-report
bank-fraud-referral-form bank_statement befriending-scheme-match-form benefits_letter
body-worn-video-log c100-application-extract cafcass-safeguarding-letter canteen-order-sheet
car-insurance-certificate care-programme-approach-review cas3-accommodation-referral case-notes
cctv-request-form cell-search-record cell-sharing-risk-assessment chapel-attendance-register
chaplaincy-notes charge-sheet-bilingual child-contact-centre-report church-baptism-record
church-letter-of-support citizens-advice-case-notes cloud-account-preservation-request
community-payback-supervisor-log comp1-complaint compassionate-leave-funeral-request
compensation-payment complaint-reply complaint_comp1 consular-notification-record
coroner-inquest-witness-list council-tax-letter court-bundle-index court-hearing-record
court-interpreter-invoice court-listing court-order-variation-application court_register
cps_case_summary crime_report custody-healthcare-assessment custody-record custody_record
cyber-ip-log dash-risk-checklist dating-app-profile-printout dbs-style-disclosure-letter
debt-advice-letter dentist-referral-letter discharge-bank-account-form discharge-grant-receipt
domestic-abuse-refuge-referral drink-drive-rehabilitation-course-referral drug-service-referral
drug-test-lab-report dvla-driving-ban-notice dvla_vehicle_check education-enrolment-form
education_work_record electoral-register-extract em-tag-installation-report email email-printout
email-thread email_printout email_thread employer-disclosure-record employment-reference
employment-tribunal-letter exhibit-continuity-record exhibit_list exploitation-screening-tool
facebook-messenger-printout family-court-letter family-engagement-worker-notes family-letter
family_letter family_letter_transcription fax_cover_sheet finance-statement finance_paperwork
financial-investigation financial_investigation fine-enforcement-letter
fire-service-home-safety-visit first-night-centre-interview first-tier-tribunal-bail-decision
fnp-home-office-referral food-bank-voucher-referral football-club-disciplinary-letter
forensic-lab-submission-form gambling-account-statement gp-registration-form gym-induction-form
gym-membership-agreement gym-work-allocation-board hdc-address-check healthcare healthcare-note
healthcare_clinic_list healthcare_incident_note hmrc-cis-repayment-letter hmrc-tax-letter
home-office-family-reunion-refusal hospital-bedwatch-log hospital-discharge-summary
hotel-booking-printout house-to-house-enquiry-form housing-benefit-claim housing-options-interview
id-document-application-tracker identification-procedure-record imb-application
imha-advocacy-visit-record immigration-detention-notice incentives-level-review
insurance-claim-form intelligence-log inter-prison-transfer-form interpreter-booking
irc-room-allocation-sheet it_audit_log it_login_audit jobcentre-appointment-letter
key-worker-session-notes kitchen-hygiene-roster landlord-reference lawyers-attendance-note
legal-aid-means-form legal-visits-diary letter library-loan-record licence-conditions-letter
licence-variation-request-form listener-scheme-log livescan-ident-response
local-welfare-assistance-application lost-property-form mail-room-log mappa-minutes mappa_minutes
marketplace-sale-record marriage-application mash-referral mbu-admission-board-decision
mbu-separation-plan mdt-test-slip mental_health_notes mg11-statement
missing-person-return-interview mobile-phone-contract mobile-phone-download
mobile-subscriber-check monthly-detention-progress-report mosque-letter-of-support
ndelius_contact_log ndelius_contacts nearest-relative-information-letter
next-of-kin-notification-form nomis-alerts-printout nomis_case_notes non-molestation-order
nrm-reasonable-grounds-decision-letter oasys oasys-extract oasys_extract ocr-application-form
ocr-handwritten-form ocr-scanned-fax omu-categorisation-review outgoing-funds-transfer-request
pace-detention-review-record parenting-course-register parking-penalty-notice
parole-dossier-summary parole-oral-hearing-decision parole_dossier passport-office-letter
pawn-shop-transaction-record payslips peer-mentor-application pension-credit-claim-extract
perinatal-mental-health-referral person-escort-record personal-officer-report
pharmacy-prescription-record pin-phone-list pin_phone_contacts pnc-print-extract
police-bail-conditions-notice police-custody-record police_mg11 pom-com-handover-note
pre-interview-disclosure-document pre-release-resettlement-checklist pre-sentence-report
pre_sentence_report prison-council-minutes prison-radio-request-slips
prison-reception-booking-in-sheet prison-wedding-guest-list prisoner-handwritten-letter
prisoner-money-receipt-scan prisoner-profile private-cash-log probation-accommodation-visit-notes
probation-contact-log probation-exclusion-zone-map-notes probation-induction-questionnaire
production-order property-card psr-addendum psychiatric-report-extract ptph-form-extract
recall-report referral-order-panel-contract release-day-travel-warrant removal-directions-notice
reparation-project-attendance-sheet resettlement-housing-referral
restorative-justice-conference-notes restraining-order rotl_application
royal-mail-redirection-form rule-35-medical-report school-attendance-letter
school-exclusion-notice search-warrant-application seclusion-record section-17-leave-form
section-7-welfare-report-extract security_information_report security_intelligence_log
segregation-review sentence-calculation sentencing-remarks sex-offender-notification
social-media-transcription social-visit-application social-worker-core-group-minutes
solicitor_letter stop-and-search-record storage-unit-rental-agreement student-finance-letter
taxi-booking-record telephone-billing-analysis telephone-monitoring-summary telephone_monitoring
tenancy-deposit-certificate text-transcript text_message_transcript
translated-voicemail-transcript travel_id_paperwork travel_record
tribunal-social-circumstances-report tv-licensing-enquiry-letter universal-credit-journal
unpaid-work-timesheet use_of_force_report vaccination-record vehicle-hire-agreement
vehicle-seizure-notice veterans-support-letter victim-contact-letter victim-personal-statement
victim-right-to-review-letter victim_liaison_note video-call-log visit-log
visits-hall-seating-plan visits_booking visits_log voluntary-interview-transcript
ward-round-minutes whatsapp-export wing-observation-book wing_observation_book
witness-care-letter witness-expenses-claim witness-statement witness_statement
witness_statement_mg11 workshop-pay-sheet yot-referral youth-club-incident-log
""".split())

L23 = 'ZABCDEFGHJKLMNPQRTUVWXY'
MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
          'september', 'october', 'november', 'december']
NAME_STOP = {'da', 'de', 'dos', 'das', 'do', 'del', 'dela', 'van', 'von', 'bin', 'al', 'mac',
             'jnr', 'snr'}


def norm(s):
    return re.sub(r'[\s\-/.]', '', s).upper()


def valid_pnc(s):
    t = s.upper().replace(' ', '')
    if '/' in t:
        y, rest = t.split('/')
        if len(y) == 4:
            yy, ser = y[2:], rest[:-1]
            if len(ser) != 7:
                return False
        elif len(y) == 2:
            yy, ser = y, rest[:-1]
        else:
            return False
    else:
        if len(t) == 12:
            yy, ser = t[2:4], t[4:11]
        else:
            yy, ser = t[:2], t[2:-1]
    if not (yy.isdigit() and ser.isdigit() and 1 <= len(ser) <= 7):
        return False
    return L23[int(yy + ser.zfill(7)) % 23] == t[-1]


def canon_pnc(s):
    t = s.upper().replace(' ', '')
    if '/' in t:
        y, rest = t.split('/')
        return (y[-2:], int(rest[:-1]), t[-1])
    if len(t) == 12:
        return (t[2:4], int(t[4:11]), t[-1])
    return (t[:2], int(t[2:-1]), t[-1])


def valid_cro(s):
    t = s.upper().replace(' ', '')
    m = re.fullmatch(r'([0-9]{1,6})/([0-9]{2})([A-Z])', t)
    if m:
        return L23[int(m.group(2) + m.group(1).zfill(6)) % 23] == m.group(3)
    m = re.fullmatch(r'SF([0-9]{2})/([0-9]{1,6})([A-Z])', t)
    return bool(m) and L23[int(m.group(1) + m.group(2)) % 23] == m.group(3)


def valid_nhs(s):
    d = re.sub(r'[ \-]', '', s)
    if not (len(d) == 10 and d.isdigit() and d.startswith('999')):
        return False
    tot = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - tot % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


NI_RE = re.compile(r'(?:[ACEHJLMOPRSWXY][A-CEGHJ-NPR-TW-Z]|B[A-CEHJ-NPR-TW-Z]|G[ACEGHJ-NPR-TW-Z]|'
                   r'K[A-CEGHJ-MPR-TW-Z]|N[A-CEGHJL-NPR-SW-Z]|T[A-CEGHJ-MPR-TW-Z]|'
                   r'Z[A-CEGHJ-NPR-TW-Y])[0-9]{6}[A-D]?')


def valid_ni(s):
    return bool(NI_RE.fullmatch(norm(s)))


def luhn(s):
    d = re.sub(r'[ \-]', '', s)
    if not d.isdigit() or not 13 <= len(d) <= 19:
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            v = v - 9 if v > 9 else v
        tot += v
    return tot % 10 == 0


def valid_iban(s):
    t = s.replace(' ', '').upper()
    if not re.fullmatch(r'GB[0-9]{2}[A-Z]{4}[0-9]{14}', t):
        return False
    r = t[4:] + t[:4]
    return int(''.join(str(int(c, 36)) for c in r)) % 97 == 1


PC_RE = re.compile(r'([A-PR-UWYZ][A-HK-Y][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?'
                   r'[0-9][ABD-HJLNP-UW-Z]{2}')


def valid_postcode(s):
    t = s.upper()
    return bool(PC_RE.fullmatch(t)) and t[0] in 'YZ' and t[:2] not in ('YO', 'ZE')


DRAMA = [('07700900', 3), ('01134960', 3), ('01174960', 3), ('01214960', 3), ('01614960', 3),
         ('02079460', 3), ('01314960', 3), ('01414960', 3), ('01914980', 3), ('01632960', 3),
         ('02920180', 3), ('01184960', 3), ('01154960', 3)]


def valid_phone(s):
    s = s.replace('O', '0')          # OCR O-for-zero confusion in scanned pages
    d = re.sub(r'[^0-9]', '', s)
    if s.strip().startswith('+44') or (len(d) == 12 and d.startswith('44')):
        d = '0' + d[2:]
        if d.startswith('00'):
            d = d[1:]
    return len(d) == 11 and any(d.startswith(p) and len(d) == len(p) + n for p, n in DRAMA)


def valid_email(s):
    m = re.fullmatch(r'[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)', s)
    if not m:
        return False
    dom = m.group(1).lower()
    return dom in ('example.com', 'example.org', 'example.net') or \
        dom.endswith(('.example.com', '.example.org', '.example.net')) or '.example.' in '.' + dom


def valid_ip(s):
    if ':' in s:
        return s.lower().startswith('2001:db8:')
    parts = s.split('.')
    if len(parts) != 4 or not all(p.isdigit() and 0 <= int(p) <= 255 for p in parts):
        return False
    return s.startswith(('192.0.2.', '198.51.100.', '203.0.113.'))


def valid_vrm(s):
    return bool(re.fullmatch(r'[A-HJ-PR-Y]{2}(0[2-9]|[1-6][0-9]|7[0-4]) ?[A-HJ-PR-Z]{3}', s.upper()))


def valid_dl(s):
    t = s.replace(' ', '').upper()
    m = re.fullmatch(r'([A-Z]{1,5}9*)([0-9])([0-9]{2})([0-9]{2})([0-9])([A-Z])([A-Z9])([0-9])([A-Z]{2})',
                     t)
    if not m or len(m.group(1)) != 5:
        return False
    mm = int(m.group(3))
    mm = mm - 50 if mm > 50 else mm
    yr = 1900 + int(m.group(2) + m.group(5))
    try:
        datetime.date(yr, mm, int(m.group(4)))
    except ValueError:
        return False
    return True


def parse_date(s):
    """Return (date or None, partial) for the written DOB forms used in this set."""
    t = s.strip()
    m = re.fullmatch(r'([0-9]{1,2})[/.\-]([0-9]{1,2})[/.\-]([0-9]{2}|[0-9]{4})', t)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), m.group(3)
        y = int(y) if len(y) == 4 else (2000 + int(y) if int(y) <= 24 else 1900 + int(y))
        return datetime.date(y, mo, d)
    m = re.fullmatch(r'([0-9]{4})-([0-9]{2})-([0-9]{2})', t)
    if m:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r'([0-9]{2})([0-9]{2})([0-9]{4})', t)
    if m:
        return datetime.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"([0-9]{1,2})(?:st|nd|rd|th)?(?: of)?[ \-]([A-Za-z]+)\.?,?[ \-]'?([0-9]{2}|[0-9]{4})", t)
    if m:
        mo = [i for i, n in enumerate(MONTHS) if n.startswith(m.group(2).lower()[:3])]
        y = m.group(3)
        y = int(y) if len(y) == 4 else (2000 + int(y) if int(y) <= 24 else 1900 + int(y))
        return datetime.date(y, mo[0] + 1, int(m.group(1)))
    m = re.fullmatch(r'([A-Za-z]+)\.? ([0-9]{1,2})(?:st|nd|rd|th)?,? ([0-9]{4})', t)
    if m:
        mo = [i for i, n in enumerate(MONTHS) if n.startswith(m.group(1).lower()[:3])]
        return datetime.date(int(m.group(3)), mo[0] + 1, int(m.group(2)))
    m = re.fullmatch(r'([0-9]{2})([A-Z]{3})([0-9]{2})', t)
    if m:
        mo = [i for i, n in enumerate(MONTHS) if n.startswith(m.group(2).lower())]
        y = int(m.group(3))
        return datetime.date(2000 + y if y <= 24 else 1900 + y, mo[0] + 1, int(m.group(1)))
    m = re.fullmatch(r'([A-Za-z]+) ([0-9]{4})', t)
    if m:
        mo = [i for i, n in enumerate(MONTHS) if n.startswith(m.group(1).lower()[:3])]
        return ('partial', int(m.group(2)), mo[0] + 1)
    raise AssertionError('unparsed DOB ' + s)


CHECKS = {
    'pnc': valid_pnc, 'cro': valid_cro, 'nhs_number': valid_nhs, 'ni_number': valid_ni,
    'payment_card': luhn, 'iban': valid_iban, 'postcode': valid_postcode, 'phone': valid_phone,
    'email': valid_email, 'ip_address': valid_ip, 'vehicle_registration': valid_vrm,
    'driving_licence': valid_dl,
    'prison_number': lambda s: bool(re.fullmatch(r'[A-Z][0-9]{4}[A-Z]{2}', norm(s))),
    'crn': lambda s: bool(re.fullmatch(r'[A-Z][0-9]{6}', s)),
    'passport': lambda s: bool(re.fullmatch(r'[0-9]{9}|[A-Z][0-9]{7}[A-Z]', s.replace(' ', ''))),
    'sort_code': lambda s: bool(re.fullmatch(r'[0-9]{2}[- ]?[0-9]{2}[- ]?[0-9]{2}', s)),
    'account_number': lambda s: bool(re.fullmatch(r'[0-9]{8}', s.replace(' ', ''))),
}

# shapes that must never appear in unlabelled text
LEAK = [
    ('email', re.compile(r'[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-.]+\.[A-Za-z]{2,}')),
    ('phone', re.compile(r'(?:\+44|\b0)[ (]*[1-9][0-9 ()\-]{8,13}[0-9]')),
    ('postcode', re.compile(r'(?i)\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b')),
    ('ni', re.compile(r'(?i)\b[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D]\b')),
    ('prison_no', re.compile(r'\b[A-Z] ?[0-9]{4} ?[A-Z]{2}\b')),
    ('pnc_cro', re.compile(r'\b[0-9]{2,6}/[0-9]{1,7}[A-Z]\b')),
    ('crn', re.compile(r'\b[A-Z][0-9]{6}\b')),
    ('longnum', re.compile(r'\b[0-9](?:[ \-]?[0-9]){8,}\b')),
    ('ip', re.compile(r'\b[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\b|\b2001:db8')),
    ('iban', re.compile(r'\bGB[0-9]{2} ?[A-Z]{4}')),
    ('sortcode', re.compile(r'\b[0-9]{2}-[0-9]{2}-[0-9]{2}\b')),
    ('vrm', re.compile(r'\b[A-Z]{2}[0-9]{2} ?[A-Z]{3}\b')),
]


def boundary_ok(text, i, j):
    before = text[i - 1] if i > 0 else ' '
    after = text[j] if j < len(text) else ' '
    return not before.isalnum() and not after.isalnum()


def tabify(markup):
    """Align each block of consecutive lines that contain TAB characters as a table."""
    lines = markup.split('\n')
    out, block = [], []
    for ln in lines + [None]:
        if ln is not None and '\t' in ln:
            block.append(ln)
            continue
        if block:
            rows = [r.split('\t') for r in block]
            out.append(tab(rows))
            block = []
        if ln is not None:
            out.append(ln)
    return '\n'.join(out)


def build_bundle(b):
    out_docs = []
    for di, d in enumerate(b['docs']):
        assert d['kind'] not in COVERED_KINDS, d['kind']
        assert re.fullmatch(r'[a-z0-9]+(?:-[a-z0-9]+)*', d['kind']), d['kind']
        n = len(d['pages'])
        pages, truth = [], []
        for pi, pm in enumerate(d['pages']):
            full = pm.strip('\n')
            if d['head']:
                full = d['head'].replace('%P', str(pi + 1)).replace('%N', str(n)) + '\n' + full
            if d['foot']:
                full = full + '\n' + d['foot'].replace('%P', str(pi + 1)).replace('%N', str(n))
            full = tabify(full) + '\n'
            plain, spans = render(full)
            pages.append(plain)
            for sp in spans:
                t = {'page': pi}
                t.update(sp)
                truth.append(t)
        out_docs.append({'id': 'doc-%02d' % (di + 1), 'kind': d['kind'], 'pages': pages,
                         'truth': truth})
    return {'bundle_id': b['bundle_id'], 'subject': b['subject'], 'documents': out_docs}


def validate_bundle(bundle, pb_values):
    subj = bundle['subject']
    sdob = datetime.date.fromisoformat(subj['date_of_birth'])
    sids = {k: norm(v) for k, v in subj.get('identifiers', {}).items()}
    if 'prison_number' in subj:
        sids['prison_number'] = norm(subj['prison_number'])
    for k, v in subj.get('identifiers', {}).items():
        assert CHECKS[k](v), (k, v)
    values = {}
    name_tokens = set()
    for d in bundle['documents']:
        for t in d['truth']:
            page = d['pages'][t['page']]
            raw = page.encode('utf-8')
            assert raw[t['begin']:t['end']].decode('utf-8') == t['text'], t
            assert t['text'] == t['text'].strip() and t['text'], t
            assert t['category'] in CAT.values() and t['party'] in PARTY.values(), t
            c = t['category']
            if c in CHECKS:
                assert CHECKS[c](t['text']), ('invalid', bundle['bundle_id'], d['id'], t)
            if c == 'date_of_birth':
                v = parse_date(t['text'])
                if t['party'] == 'subject':
                    if isinstance(v, tuple):
                        assert (v[1], v[2]) == (sdob.year, sdob.month), t
                    else:
                        assert v == sdob, t
                else:
                    assert isinstance(v, tuple) or v < datetime.date(2024, 6, 1), t
            if t['party'] == 'subject' and c in sids and c in ('pnc', 'cro', 'nhs_number',
                                                              'ni_number', 'prison_number', 'crn'):
                a, bb = norm(t['text']), sids[c]
                if c == 'pnc':
                    assert canon_pnc(t['text']) == canon_pnc(subj['identifiers']['pnc']), t
                elif c == 'cro':
                    assert a.lstrip('0') == bb.lstrip('0'), t
                else:
                    assert a == bb, t
            if t['party'] == 'public_body':
                assert t['text'] in pb_values.get(c, set()), ('not in yaml', t)
            values.setdefault(t['text'].lower(), set()).add(c)
            if c == 'name':
                for tok in re.split(r"[\s,()\"]+", t['text']):
                    tok = tok.strip(".'")
                    if len(tok) >= 3 and tok.lower() not in NAME_STOP and not tok.endswith('.'):
                        name_tokens.add(tok.lower())
        prev = None
        for t in d['truth']:
            key = (t['page'], t['begin'])
            if prev is not None:
                assert key >= prev[0], ('order', d['id'], t)
                if t['page'] == prev[0][0]:
                    assert t['begin'] >= prev[1], ('overlap', d['id'], t)
            prev = (key, t['end'])
    # coverage of every labelled value and every name token, everywhere in the bundle
    for d in bundle['documents']:
        for pi, page in enumerate(d['pages']):
            low = page.lower()
            assert len(low) == len(page)
            raw = page.encode('utf-8')
            cov = []
            for t in d['truth']:
                if t['page'] == pi:
                    cb = len(raw[:t['begin']].decode('utf-8'))
                    ce = cb + len(t['text'])
                    cov.append((cb, ce))

            def covered(i, j):
                return any(a <= i and j <= b for a, b in cov)
            for v in list(values) + sorted(name_tokens):
                start = 0
                while True:
                    i = low.find(v, start)
                    if i < 0:
                        break
                    j = i + len(v)
                    if boundary_ok(low, i, j):
                        assert covered(i, j), ('uncovered', bundle['bundle_id'], d['id'], pi, v,
                                               page[max(0, i - 40):j + 40])
                    start = i + 1
            # nothing identifier-shaped left outside spans
            masked = list(page)
            for a, b in cov:
                for k in range(a, b):
                    masked[k] = '#'
            masked = ''.join(masked)
            for nm, rx in LEAK:
                for m in rx.finditer(masked):
                    raise AssertionError(('leak', nm, bundle['bundle_id'], d['id'], pi,
                                          masked[max(0, m.start() - 40):m.end() + 40]))
    return values


def yaml_q(s):
    return "'" + s.replace("'", "''") + "'"


def public_yaml():
    lines = ['version: 1', 'bodies:']
    for b in PUBLIC_BODIES:
        lines.append('  - name: ' + yaml_q(b['name']))
        for k in ('phones', 'postcodes', 'addresses', 'emails'):
            if b[k]:
                lines.append('    %s: [%s]' % (k, ', '.join(yaml_q(x) for x in b[k])))
    return '\n'.join(lines) + '\n'


def main(argv):
    if len(argv) != 2:
        sys.stderr.write('usage: evalgen_twelfth.py OUTDIR\n')
        return 2
    outdir = argv[1]
    os.makedirs(outdir, exist_ok=True)
    pb_values = {'phone': set(), 'postcode': set(), 'address': set(), 'email': set()}
    for b in PUBLIC_BODIES:
        for k, c in (('phones', 'phone'), ('postcodes', 'postcode'), ('addresses', 'address'),
                     ('emails', 'email')):
            for v in b[k]:
                assert CHECKS.get(c, lambda s: True)(v), v
                pb_values[c].add(v)
    kinds = [d['kind'] for b in BUNDLES for d in b['docs']]
    assert len(kinds) == len(set(kinds)), 'duplicate kinds'
    assert 30 <= len(kinds) <= 40, len(kinds)
    assert len(BUNDLES) == 5
    stats = {'bytes': 0, 'items': 0, 'cat': {}, 'party': {}, 'docs': 0}
    used_pb = set()
    for n, b in enumerate(BUNDLES, 1):
        assert 6 <= len(b['docs']) <= 8, b['bundle_id']
        bundle = build_bundle(b)
        validate_bundle(bundle, pb_values)
        for d in bundle['documents']:
            stats['docs'] += 1
            for p in d['pages']:
                stats['bytes'] += len(p.encode('utf-8'))
            for t in d['truth']:
                stats['items'] += 1
                stats['cat'][t['category']] = stats['cat'].get(t['category'], 0) + 1
                stats['party'][t['party']] = stats['party'].get(t['party'], 0) + 1
                if t['party'] == 'public_body':
                    used_pb.add(t['text'])
        with open(os.path.join(outdir, 'bundle-%02d.json' % n), 'w', encoding='utf-8',
                  newline='\n') as f:
            f.write(json.dumps(bundle, indent=1, ensure_ascii=False) + '\n')
    with open(os.path.join(outdir, 'public-bodies.yaml'), 'w', encoding='utf-8',
              newline='\n') as f:
        f.write(public_yaml())
    sys.stdout.write('bundles=%d documents=%d page_bytes=%d items=%d\n' % (
        len(BUNDLES), stats['docs'], stats['bytes'], stats['items']))
    sys.stdout.write('party: %s\n' % ', '.join('%s=%d' % kv for kv in sorted(stats['party'].items())))
    sys.stdout.write('category: %s\n' % ', '.join('%s=%d' % kv for kv in sorted(stats['cat'].items())))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
