// Person-name detection (see names.h).
#include "stages/detect/names.h"

#include "stages/detect/latin_case.h"
#include "stages/detect/public_bodies.h"

#include <algorithm>
#include <array>
#include <bit>
#include <bitset>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <emmintrin.h>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <absl/container/flat_hash_set.h>

namespace disclose::detect {

namespace {

constexpr bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsLower(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }
// Letters (ASCII, and every byte of a UTF-8 sequence) by table: the tokenizer's hot loop.
constexpr std::array<bool, 256> kLetters = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[static_cast<size_t>(c)] = IsUpper(static_cast<char>(c)) || IsLower(static_cast<char>(c));
  return t;
}();
bool IsLetter(char c) { return kLetters[static_cast<unsigned char>(c)]; }
char AsciiLower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return IsDigit(c) || IsUpper(c) || (c >= 'a' && c <= 'z'); }

using Token = NameToken;

// The first byte at or after `i` that is an ASCII capital or not ASCII (a two-byte capital such
// as 'Ó' opens with one), or text.size(). Most of a page is lower case, and this loop is the
// tokenizer's cost per byte.
size_t NextCapital(std::string_view text, size_t i) {
  // Sixteen bytes at a time with SSE2: a byte is wanted when, read as signed, it is between 'A'
  // and 'Z' or negative (not ASCII; the sign bits are what movemask reads).
  const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1);
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i capitals = _mm_and_si128(_mm_cmpgt_epi8(x, before_a), _mm_cmplt_epi8(x, after_z));
    const auto wanted = static_cast<uint32_t>(_mm_movemask_epi8(capitals) | _mm_movemask_epi8(x));
    if (wanted != 0) return i + static_cast<size_t>(std::countr_zero(wanted));
  }
  while (i < text.size() && !IsUpper(text[i]) && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

}  // namespace

namespace {

// Lexicon bits (NameToken::lex).
constexpr uint16_t kVeto = 1;        // Vetoes(): never a name
constexpr uint16_t kRole = 2;        // Roles(): a role or label word
constexpr uint16_t kPlace = 4;       // a place or organisation word after "X, Y"
constexpr uint16_t kForename = 8;    // gazetteer forename
constexpr uint16_t kSurname = 16;    // gazetteer surname
constexpr uint16_t kTitle = 32;      // Titles() (case-sensitive)
constexpr uint16_t kStaffTitle = 64; // ... and a staff title
constexpr uint16_t kTitleLower = 128; // a title in lower case: the case-sensitive look-up is worth doing
constexpr uint16_t kStreet = 256;    // a street's last word ("Lane", "Road": StreetWord)
// The bits that keep a word from being a name where it stands (NameFinder::Unveto clears them).
constexpr uint16_t kNotName = kVeto | kRole | kPlace | kStreet;

// Titles written before a name (case-sensitive, optional '.'). true = a staff title.
using WordMap = absl::flat_hash_map<std::string, bool, NameWordHash, std::equal_to<>>;

const WordMap& Titles() {
  static const WordMap kTitles = {
      {"Mr", false},    {"Mrs", false},  {"Ms", false},    {"Miss", false},   {"Mx", false},   {"Master", false},
      {"Sir", false},   {"Dame", false}, {"Lady", false},  {"Lord", false},   {"Rev", false},  {"Revd", false},
      {"Fr", false},    {"Cllr", false}, {"Prof", false},  {"Dr", true},      {"DC", true},    {"DS", true},
      {"DI", true},     {"DCI", true},   {"DSI", true},    {"PC", true},      {"PS", true},    {"Sgt", true},
      {"Insp", true},   {"Supt", true},  {"Officer", true}, {"SO", true},     {"CM", true},    {"Governor", true},
      {"POM", true},    {"COM", true},   {"Nurse", true},  {"Pharmacist", true}, {"OSG", true}, {"SOSG", true},
      {"Chaplain", true}, {"Tutor", true}, {"Keyworker", true}, {"DCO", true}, {"Judge", true}, {"HHJ", true},
      // District judges ("DJ Harwood", "DDJ Okafor").
      {"DJ", true},     {"DDJ", true},
      // In capitals, as bank statements and address labels print them ("MS F ADEYEMI"): only
      // before an initial or a name in capitals (Find, pattern 1).
      {"MR", false},    {"MRS", false},  {"MS", false},    {"MISS", false},   {"MX", false},
      // An Orthodox priest ("Abba Tekle"), an imam, a pastor.
      {"Abba", false},  {"Abuna", false}, {"Imam", false}, {"Pastor", false},
      // Armed forces ranks in service records ("Cpl Chenoweth").
      {"Pte", false},   {"LCpl", false}, {"Cpl", false},   {"Bdr", false},    {"Gnr", false},  {"Spr", false},
      {"Tpr", false},   {"Lt", false},   {"Capt", false},  {"Maj", false},    {"Col", false}};
  return kTitles;
}

// True for "MR", "MRS", "MS", "MISS" and "MX": a civil title in capitals (a rank such as "DS" is
// written so anyway).
bool CapitalsOfCivilTitle(std::string_view word) {
  return word == "MR" || word == "MRS" || word == "MS" || word == "MISS" || word == "MX";
}

// Role and label words (lower case, may be two words) after which a capitalised name follows.
// true = the person is staff.
const WordMap& Roles() {
  static const WordMap kRoles = {
      {"visitor", false}, {"visitors", false}, {"cellmate", false}, {"cell mate", false}, {"partner", false},
      {"ex-partner", false}, {"wife", false}, {"husband", false}, {"mother", false}, {"father", false},
      {"son", false}, {"daughter", false}, {"brother", false}, {"sister", false}, {"aunt", false},
      {"uncle", false}, {"cousin", false}, {"nephew", false}, {"niece", false}, {"grandmother", false},
      {"grandfather", false}, {"stepfather", false}, {"stepmother", false}, {"girlfriend", false},
      {"boyfriend", false}, {"friend", false}, {"auntie", false}, {"nan", false}, {"gran", false},
      {"godparent", false}, {"godparents", false}, {"godmother", false}, {"godfather", false},
      {"grandad", false}, {"grandma", false}, {"stepdad", false}, {"stepmum", false}, {"ex-wife", false},
      {"ex-husband", false}, {"ex-girlfriend", false}, {"ex-boyfriend", false}, {"victim", false}, {"witness", false},
      {"witnesses", false}, {"witnesses required", false},
      {"complainant", false},
      {"defendant", false}, {"co-defendant", false}, {"co-accused", false}, {"associate", false}, {"kin", false},
      {"caller", false},
      {"aka", false}, {"alias", false}, {"née", false}, {"nee", false}, {"known as", false},
      {"statement of", false}, {"name", false}, {"signed", false}, {"dear", false}, {"from", false},
      {"to", false}, {"cc", false}, {"solicitor", false}, {"defence", false}, {"social worker", true}, {"c/o", false},
      {"entered by", true}, {"assessor", true}, {"seen by", true}, {"reporting officer", true},
      {"officer in case", true}, {"taken by", true}, {"offender manager", true}, {"manager is", true},
      {"custodial manager", true}, {"case manager", true}, {"team manager", true}, {"unit manager", true},
      {"wing manager", true}, {"service manager", true}, {"residential manager", true},
      {"practitioner", true}, {"officer", true}, {"governor", true}, {"nurse", true}, {"key worker", true},
      {"author", true}, {"completed by", true}, {"reviewed by", true}, {"countersigned by", true},
      {"facilitator", true}, {"printed by", true}, {"by user", true}, {"countersigned", true},
      // A patient's or prisoner's escorts on leave or to hospital ("escorts Hope Ellison and ...").
      {"escorts", true}, {"escorted by", true},
      {"countersignatory", false},
      {"supervisor", true}, {"chair", true}, {"clerk", true}, {"examined by", true}, {"searched by", true},
      {"usher", true}, {"legal adviser", true}, {"child", false}, {"children", false}, {"vlo", true},
      {"holder", false}, {"employer", false}, {"male called", false}, {"female called", false},
      {"man called", false}, {"woman called", false}, {"someone called", false}, {"reviewed", true},
      {"girl called", false}, {"boy called", false}, {"lad called", false}, {"guy called", false},
      {"called him", false}, {"called her", false}, {"calls him", false}, {"calls her", false},
      {"call him", false}, {"call her", false}, {"nicknamed", false},
      {"legal representative", false}, {"representative", false},
      {"analyst", true}, {"interviewer", true}, {"interviewing officer", true}, {"prepared by", true},
      {"checked by", true}, {"calculated by", true},
      {"assessed by", true}, {"assessment by", true}, {"authorised by", true}, {"approved by", true},
      {"by", false},
      {"with", false},
      {"contact", false}, {"mum", false}, {"dad", false}, {"stepson", false}, {"stepdaughter", false},
      {"kids", false}, {"sons", false}, {"daughters", false}, {"brothers", false}, {"sisters", false},
      {"grandchildren", false}, {"grandson", false}, {"granddaughter", false}, {"neighbour", false},
      {"neighbours", false}, {"passenger", false}, {"occupier", false}, {"householder", false},
      {"lodger", false}, {"name of", false}, {"saved as", false}, {"driver", false}, {"additional driver", false},
      {"hirer", false}, {"guarantor", false}, {"tenant", false}, {"policyholder", false}, {"spouse", false},
      {"fiancée", false}, {"fiancee", false}, {"fiancé", false}, {"fiance", false}, {"interpreter", true},
      {"escort crew", true}, {"crew", true}, {"authorised", true}, {"authorized", true}, {"chaplain", true},
      {"judge", true}, {"honour judge", true}, {"recorder", true}, {"ward sister", true}, {"witnessed by", true},
      {"accepted by", true}, {"registered by", true}, {"compiled by", true}, {"submitted by", true},
      {"raised by", true}, {"named as", false}, {"facilitators", true}, {"checked", true}, {"mate", false},
      {"his mate", false}, {"her mate", false}, {"minutes", true}, {"work coach", true},
      {"transcribed by", true}, {"returned by", true}, {"spoc", true}, {"headteacher", true},
      {"consultant", true}, {"registrar", true}, {"on duty", true}, {"tutor", true},
      {"support worker", true}, {"collected by", true}, {"read by", true}, {"secretary", true},
      {"room-mate", false}, {"roommate", false}, {"room mate", false}, {"name as", false},
      {"night worker", true}, {"waking night", true}, {"door supervisor", false}, {"volunteer", false},
      {"peer rep", false}, {"granny", false}, {"grandpa", false}, {"nana", false}, {"nanna", false},
      // "an Afghan national known only as Habibullah", "a man she calls Tuấn".
      {"only as", false}, {"she calls", false}, {"he calls", false},
      {"shop worker", false}, {"shop assistant", false}, {"ot assistant", true}, {"agency interpreter", false},
      // Posts of the Home Office, coroners, probation, prisons and schools ("HOPO: David OKAFOR",
      // "Senior Coroner: Eluned HOPKIN", "Countersigned (SPO):", "DCM", "Head of Year", "DSL").
      {"victims", false}, {"another prisoner", false}, {"fellow prisoner", false},
      // (A role is read as its last one or two words: "of year" stands for "Head of Year".)
      {"hopo", true}, {"coroner", true}, {"spo", true}, {"aco", true}, {"dcm", true}, {"of year", true},
      {"dsl", true}, {"flo", true}, {"investigator", true}, {"financial investigator", true}};
  return kRoles;
}

// The words that open a street's name abroad, in lower case ("Strada", "Rua", "Rruga", "Calle").
constexpr std::string_view kStreetOpenersAbroad[] = {"strada", "calea",    "bulevardul", "aleea",  "rua",
                                                     "avenida", "travessa", "praça",     "calle",  "carrer",
                                                     "rruga",  "bulevardi", "viale",     "piazza", "ulica",
                                                     "aleja"};

// Capitalised words that are never a person's name here: organisations, places, street and
// building words, document labels, days and months, common sentence openers.
const std::unordered_set<std::string>& Vetoes() {
  static const std::unordered_set<std::string> kVetoes = [] {
    std::unordered_set<std::string> words = {
      "hmp", "hmyoi", "yoi", "hmpps", "prison", "prisons", "service", "court", "crown", "magistrates",
      "council", "police", "probation", "nhs", "trust", "ltd", "llp", "plc", "moj", "cps", "cjsm", "nomis",
      "delius", "ndelius", "oasys", "systmone", "cctv", "anpr", "nino", "csra", "form", "personal", "statement", "unit", "delivery", "office", "department", "ministry",
      "justice", "home", "road", "street", "avenue", "lane", "close", "drive", "terrace", "grove", "crescent", "tŷ",
      "walk", "way", "place", "gardens", "view", "side", "square", "park", "hill", "house", "centre", "wing",
      "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "he", "she",
      "his", "her", "they", "their", "it", "this", "that", "we", "our", "you", "your", "i", "my", "no", "yes",
      "not", "all", "both", "number", "name", "date", "dob", "birth", "address", "tel", "telephone", "mobile",
      "email", "phone", "relationship", "visitor", "visitors", "outcome", "time", "type", "page", "section",
      "case", "notes", "note", "general", "observation", "security", "prisoner", "patient", "next", "kin",
      "consultations", "family", "history", "statement", "witness", "restricted", "occupation", "age",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "pnc", "cro", "crn",
      "ni", "id", "dx", "ref", "urn", "acct", "sled", "crd", "psi", "ir", "gp", "hb", "dvla", "iban", "re",
      "subject", "sent", "kind", "regards", "yours", "sincerely", "faithfully", "thanks", "please", "legal",
      "visit", "visits", "booking", "line", "helpline", "samaritans", "commission", "review", "criminal",
      "cases", "information", "commissioner", "commissioner's", "national", "domestic", "abuse", "families",
      "west", "east", "north", "south", "yorkshire", "wales", "england", "scotland", "london", "leeds",
      "bradford", "manchester", "salford", "bristol", "cardiff", "swansea", "sheffield", "nottingham",
      "leicester", "liverpool", "newcastle", "hull", "wakefield", "durham", "birmingham", "coventry", "plymouth",
      "norwich", "luton", "cheshire", "wilmslow", "public", "level",
      "english", "assessment", "analysis", "offences", "offence", "brief", "details", "relationships",
      "health", "alcohol", "misuse", "current", "mental", "records", "approved", "social", "positive",
      "behaviour", "safer", "custody", "wing", "unit", "head", "management", "offender", "manager",
      "community", "licence", "conditions", "medication", "bloods", "dental", "complains", "results",
      "paracetamol", "methadone", "extract", "printed", "continued", "entered", "seen", "reply", "solicitors",
      "solicitor", "dear", "signed", "lives", "mr", "mrs", "ms", "miss", "dr", "officer", "nurse", "governor",
      "pharmacist", "attended", "cancelled", "refused", "closed", "criminal", "procedure", "rules", "act",
      "cell", "mate", "st", "saint", "city", "county", "borough", "trust", "plus", "jobcentre", "citizens", "advice",
      "intelligence", "associate", "suspect", "check", "logins", "children's", "services", "ok", "operation",
      "report", "reports", "law", "constabulary", "bureau", "hi", "hello", "hiya", "jp", "unknown", "none",
      "tbc", "tba", "nil", "op", "pdu", "lpu", "hub", "debit", "handover", "issues", "cid", "idva", "isva", "senior",
      "entry", "clearance", "paramedic", "town",
      // Immigration removal centres, Welsh police ("Heddlu"), detention custody officers.
      "irc", "heddlu", "dco",
      // Meeting minutes' labels and plans ("Apologies: Dr ...", "CHILD PROTECTION PLAN").
      "apologies", "attendees", "present", "absent", "agenda", "plan", "protection", "user",
      // Grades and services of health and advocacy ("RSO", "RN", "HCA", "IMHA"), consulates, venues.
      "rso", "rn", "hca", "imha", "advocacy", "consular", "consulate", "embassy", "rooms",
      // Public services and what they hold ("Border Force", "Cafcass", approved premises' "AP",
      // "CASH DETAINED"), headings ("VICTIM NEEDS ASSESSMENT", "WHAT THE VICTIM WANTS").
      "border", "cafcass", "cash", "staffing", "needs", "wants", "invited", "sports", "session", "slt",
      "staff", "work", "surname", "forename", "forenames",
      // Firms' words ("Ashgrove Homes", "Northline Groundworks").
      "homes", "housing", "groundworks", "logistics", "construction", "recruitment", "solutions", "motors",
      "awareness",
      // Youth justice services and the immigration service ("Harwick YJS", "Immigration Officer"),
      // and a detective sergeant's rank spelt out ("Dear Detective Sergeant Foster").
      "yjs", "yot", "immigration", "detective", "sergeant",
      // A bank form's labels under a name's column ("Sort code", "Bank/building society",
      // "Branch"), a form's code ("APP/DIET"), crime scene investigators, a child's guardian
      // and trafficking ("Independent Child Trafficking Guardian"), a country and a charity
      // ("Viet Nam", "the Red Cross").
      "sort", "bank", "branch", "diet", "csi", "guardian", "trafficking", "viet", "red",
      // A form's own words ("YOUTH DEFENDANT WELFARE CHECKLIST", "Employer PAYE reference"), and a
      // writer's "I" with its verb ("I'm also called Abdirahman").
      "checklist", "paye", "i'm", "i've", "i'll", "i'd", "i’m", "i’ve", "i’ll", "i’d",
      // Languages ("interpreter: Portuguese").
      "portuguese", "vietnamese", "polish", "romanian", "lithuanian", "albanian", "arabic", "urdu", "punjabi",
      "bengali", "somali", "tigrinya", "amharic", "kurdish", "farsi", "pashto", "turkish", "russian",
      "mandarin", "cantonese", "spanish", "italian", "gaelic", "gujarati", "hindi", "tamil",
      // Form and court-paper words ("INDEX TO TRIAL BUNDLE", "PART E  SUPERVISOR DECISION", "HO ref").
      "trial", "bundle", "index", "decision", "capitals", "guest", "nationality", "language", "gender",
      "aliases", "under", "other", "ho", "enquiry", "enquiries", "flat", "reference", "list",
      // Words that open sentences in notes before a name ("Then Hao Chen said", "Rang Ashley Marsden").
      "then", "when", "after", "before", "later", "today", "yesterday", "also", "however", "meanwhile", "while",
      "during", "if", "but", "once", "told", "asked", "rang", "phoned", "spoke", "called", "met", "saw", "said",
      "says", "emailed", "texted", "visited", "contacted",
      // Vehicle makes in ANPR and PNC vehicle checks ("Seat Leon", "Skoda Octavia").
      "seat", "skoda", "vauxhall", "volkswagen", "vw", "toyota", "nissan", "honda", "hyundai", "kia", "peugeot",
      "renault", "citroen", "citroën", "fiat", "audi", "bmw", "mercedes", "volvo", "mazda", "suzuki",
      "mitsubishi", "lexus", "tesla", "dacia", "subaru", "chevrolet", "alfa", "romeo", "porsche", "yamaha",
      // Services' and plans' words ("NHS HEALTHCARE", "Victim Care Support Plan", "Client:"), a
      // post in a "Who" column ("POM"), and places of service ("Kosovo NATO", "Brackenfield MSU").
      "healthcare", "support", "client", "pom", "rgn", "signature", "talking", "therapies", "kosovo", "bosnia", "iraq", "afghanistan",
      "nato", "msu",
      // Prisons' and councils' units and schemes ("OMU", "ROTL", "RMN", "Mailroom", "Leaving Care",
      // "Brightwater Women's Centre"), and Welsh services' words ("Tîm Iechyd Meddwl", "Bwrdd").
      "omu", "rotl", "rmn", "mailroom", "women", "leaving", "care", "iechyd", "tîm", "bwrdd", "meddwl",
      // Extradition and financial-crime papers' words ("UK NCB", "Fiscal", "Financial Investigator",
      // "Detainee AHMADI"), form words ("Refer", "Designated") and a table's nationality codes.
      "uk", "ncb", "fiscal", "financial", "detainee", "refer", "designated", "nat", "afg",
      // Safeguarding partnerships' reviews ("Child Safeguarding Practice Review", "KELDERBY
      // SAFEGUARDING CHILDREN PARTNERSHIP") and the Parole Board's report forms ("PAROM 1").
      "safeguarding", "partnership", "practice", "parom",
      // Notices' and schedules' headings ("THREAT TO LIFE WARNING", "WITNESS RUNNING ORDER"), a
      // carer's label and ranks written out ("PCSO", "Inspector").
      "threat", "warning", "running", "carer", "pcso", "inspector",
      // Investigations' and systems' words ("Account KESTREL", "TIE REPORT", "Arrest Ryan CALLOW",
      // "Entered by  SYSTEM", "Flag REQ-NDISC", "Final SWET"), and a place of worship.
      "account", "operation", "arrest", "tie", "trace", "interview", "system", "flag", "final", "swet",
      "gurdwara"};
    // Streets abroad open with their kind (StreetOpenerAbroad).
    for (std::string_view opener : kStreetOpenersAbroad) words.emplace(opener);
    return words;
  }();
  return kVetoes;
}

size_t Len(const Token& t) { return t.end - t.begin; }
bool Forename(const Token& t) { return (t.lex & kForename) != 0; }
bool Surname(const Token& t) { return (t.lex & kSurname) != 0; }
bool Vetoed(const Token& t) { return (t.lex & (kVeto | kRole)) != 0; }

// True when `lower` opens a street's name abroad ("Strada Izvorului", "Rua das Acácias", "Rruga
// Adem Jashari"): the name after it is the street's, not a person's (those words are vetoes too).
bool StreetOpenerAbroad(std::string_view lower) {
  return std::find(std::begin(kStreetOpenersAbroad), std::end(kStreetOpenersAbroad), lower) !=
         std::end(kStreetOpenersAbroad);
}

// Words that make "X, Y <word>" a place or organisation rather than "SURNAME, Forename".
const std::unordered_set<std::string>& Places() {
  static const std::unordered_set<std::string> kPlaces = {
      "house", "court", "road", "street", "lane", "avenue", "trust", "centre", "center", "office", "unit",
      "council", "police", "service", "services", "hospital", "prison", "school", "college", "university",
      "building", "buildings", "square", "park", "place", "station", "hall", "chambers", "ltd", "llp", "limited",
      "ward", "wing"};
  return kPlaces;
}
bool PlaceWord(const Token& t) { return (t.cap || t.caps) && (t.lex & kPlace) != 0; }
// True when a label's colon comes before text[at], past spaces ("Registrar:   Varga Ildikó").
bool AfterLabel(std::string_view text, size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  return at > 0 && text[at - 1] == ':';
}
// True when tokens[first, last] is the display name before an e-mail address in angle brackets
// and one of its words, which the gazetteer has as neither a forename nor a surname, is the
// address's whole local part: a team's mailbox ("Harmsworth Welfare <welfare@...>"), not a person's.
bool SharedMailboxName(std::string_view text, const NameTokens& tokens, size_t first, size_t last) {
  size_t p = tokens[last].end;
  while (p < text.size() && text[p] == ' ') ++p;
  if (p >= text.size() || text[p] != '<') return false;
  const std::string_view rest = text.substr(p + 1, 96);
  const size_t at = rest.find('@');
  if (at == std::string_view::npos || at == 0 || rest.substr(0, at).find_first_of(" >") != std::string_view::npos) {
    return false;
  }
  std::string local(rest.substr(0, at));
  for (char& c : local) c = AsciiLower(c);
  for (size_t k = first; k <= last; ++k) {
    const Token& t = tokens[k];
    if (!Forename(t) && !Surname(t) && tokens.Lower(t) == local) return true;
  }
  return false;
}

// True when text[at] opens an age in brackets: "(15)", "(aged 15)", "(15, Year 10)", "(15 yrs)".
bool AgeInBracketsAt(std::string_view text, size_t at) {
  if (at >= text.size() || text[at] != '(') return false;
  size_t k = at + 1;
  if (text.compare(k, 5, "aged ") == 0 || text.compare(k, 4, "age ") == 0) k = text.find(' ', k) + 1;
  const size_t digits = k;
  while (k < text.size() && IsDigit(text[k]) && k - digits < 3) ++k;
  if (k == digits || k - digits > 2 || k >= text.size()) return false;
  return text[k] == ')' || text[k] == ',' || text.compare(k, 4, " yrs") == 0 || text.compare(k, 6, " years") == 0;
}

// True for the two words, in lower case, of a country or territory that the gazetteer would take
// for a forename and a surname ("hong kong", "sierra leone", "sri lanka").
bool TwoWordPlace(std::string_view first, std::string_view second) {
  static const absl::flat_hash_set<std::pair<std::string_view, std::string_view>> kPlaces = {
      {"hong", "kong"},   {"sierra", "leone"}, {"sri", "lanka"},    {"el", "salvador"}, {"costa", "rica"},
      {"san", "marino"},  {"new", "zealand"},  {"saudi", "arabia"}, {"south", "africa"}, {"puerto", "rico"},
      {"santa", "cruz"},  {"san", "jose"},     {"viet", "nam"},     {"addis", "ababa"},
      {"kuala", "lumpur"}};
  return kPlaces.contains({first, second});
}

// A word that makes the word before it a town or a region ("Lipa City", "Batangas Province").
bool TownWord(std::string_view lower) {
  return lower == "city" || lower == "town" || lower == "village" || lower == "county" || lower == "district" ||
         lower == "province";
}
bool Namey(const Token& t) { return (t.cap || t.caps) && !Vetoed(t); }

// Surname particles written in lower case inside a name ("Claudette van Dijk", "Omar de Souza",
// "Morag bin Hamid"); "al" and "el" may also join the surname with a hyphen ("al-Rashid").
bool Particle(std::string_view w) {
  if (w.size() < 2 || w.size() > 5) return false;
  switch (w[0]) {
    case 'a': return w == "al" || w == "ap";
    case 'b': return w == "bin" || w == "bint";
    case 'd':
      return w == "de" || w == "da" || w == "di" || w == "du" || w == "do" || w == "del" || w == "der" || w == "den" ||
             w == "dos" || w == "das" || w == "della";
    case 'e': return w == "el";
    case 'i': return w == "ibn";
    case 'l': return w == "la" || w == "le";
    case 't': return w == "ter" || w == "ten";
    case 'v': return w == "van" || w == "von";
    default: return false;
  }
}

}  // namespace

bool CapitalParticle(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;  // every token is asked: most are let go here
  switch (w[0]) {
    case 'g': return w == "giolla";  // "Mac Giolla Phádraig"
    case 'm': return w == "mac";
    case 'd':
      return w == "der" || w == "den" || w == "de" || w == "del" || w == "della" || w == "du" || w == "da" ||
             w == "di" || w == "dos" || w == "das" || w == "do" || w == "dela";  // "Maria Luisa Dela Cruz"
    case 'l': return w == "la" || w == "le";
    case 'n': return w == "ní" || w == "nic";
    case 's': return w == "st";  // "Leila St Clair-Moody" (a street's "St" ends its line or address)
    case 't': return w == "ter" || w == "ten";
    case 'v': return w == "van" || w == "von";
    case '\xc3': return w == "ó";
    default: return false;
  }
}

namespace {

// One space (no line break, and not the two or more that part the columns of a layout) between
// two tokens, optionally after the '.' of an initial or a title ("J. Smith", "Dr. Okafor"; after
// a word the '.' ends a sentence: "Leanne Eze. DC Jermaine Dhillon"), or one or two surname
// particles between them ("van Dijk", "van der Berg", "al-Rashid").
// True when one number of two to six digits, with a space either side, is all that parts a and b
// ("PC 2507 Harleen").
bool NumberBetween(std::string_view text, const Token& a, const Token& b) {
  if (b.begin < a.end + 4 || b.begin > a.end + 8 || text[a.end] != ' ' || text[b.begin - 1] != ' ') return false;
  for (size_t k = a.end + 1; k + 1 < b.begin; ++k) {
    if (text[k] < '0' || text[k] > '9') return false;
  }
  return true;
}

bool Adjacent(std::string_view text, const Token& a, const Token& b) {
  size_t p = a.end;
  if (a.dot) {
    if (!a.initial && !(a.lex & kTitle)) return false;
    ++p;
  }
  if (b.begin <= p) return b.begin == p;
  if (text[p] != ' ') return false;
  if (b.begin == p + 1) return true;
  // (At most two particles of up to six letters, each with a space after, lie between: a wider
  // gap, as between most capitals of prose, is not read.)
  if (b.begin > p + 15) return false;
  for (size_t i = p + 1, n = 0; n < 2; ++n) {
    size_t e = i;
    while (e < b.begin && e - i <= 5 && text[e] >= 'a' && text[e] <= 'z') ++e;  // particles are short
    if (e == i || e >= b.begin || !Particle(text.substr(i, e - i))) return false;
    if (text[e] == '-') return e + 1 == b.begin && (text.substr(i, e - i) == "al" || text.substr(i, e - i) == "el");
    if (text[e] != ' ') return false;
    if (e + 1 == b.begin) return true;
    i = e + 1;
  }
  return false;
}

// The start of a name that begins at `begin`, moved back over the surname particles written
// before it ("van Dijk", "de la Cruz", "al-Rashid": at most two, each a whole word).
size_t OverParticles(std::string_view text, size_t begin) {
  for (int n = 0; n < 2 && begin >= 2; ++n) {
    const char joint = text[begin - 1];
    if (joint != ' ' && joint != '-') break;
    size_t w = begin - 1;
    while (w > 0 && text[w - 1] >= 'a' && text[w - 1] <= 'z') --w;
    const std::string_view word = text.substr(w, begin - 1 - w);
    if (word.empty() || (w > 0 && IsLetter(text[w - 1])) || !Particle(word)) break;
    if (joint == '-' && word != "al" && word != "el") break;
    begin = w;
  }
  return begin;
}

// A layout break (two spaces, a line end or the end of the text) at `pos`.
bool BreakAt(std::string_view text, size_t pos) {
  return pos >= text.size() || text[pos] == '\n' ||
         (text[pos] == ' ' && pos + 1 < text.size() && (text[pos + 1] == ' ' || text[pos + 1] == '|'));
}

// A postcode ("LS1 4AB", "w5j 7ss", "DX41SG") opening text[pos, ...).
bool PostcodeAt(std::string_view text, size_t pos) {
  auto alpha = [&](size_t i) { return i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])); };
  auto digit = [&](size_t i) { return i < text.size() && IsDigit(text[i]); };
  size_t i = pos;
  if (!alpha(i)) return false;
  ++i;
  if (alpha(i)) ++i;
  if (!digit(i)) return false;
  ++i;
  // The inward code (digit, two letters) after an outward code with or without its last
  // character ("ZU71UP" is ZU7 1UP).
  auto inward = [&](size_t at) {
    if (at < text.size() && text[at] == ' ') ++at;
    return digit(at) && alpha(at + 1) && alpha(at + 2) && !alpha(at + 3) && !digit(at + 3);
  };
  return ((alpha(i) || digit(i)) && inward(i + 1)) || inward(i);
}

// True when text[.., begin) ends with a house number and street and a comma: "92A Gorsey
// Drive, " (a digit opens a word at most 40 bytes back on the line, and the word before the
// comma is a street word).
// True when `word` (any case) is a street's last word: "Road", "Lane", "Wynd".
// `LowerStreetWord` takes the word in lower case already (no copy: a look-up per capitalised word).
constexpr std::string_view kStreetWords[] = {
    "road", "rd", "street", "st", "drive", "lane", "avenue", "close", "row", "way", "crescent", "grove",
    "terrace", "gardens", "walk", "place", "square", "hill", "view", "mews", "wynd", "brow", "green", "court",
    "parade", "rise", "park", "vale", "fold", "gate", "yard", "brae"};
bool LowerStreetWord(std::string_view lower) {
  static const absl::flat_hash_set<std::string_view> kStreets(std::begin(kStreetWords), std::end(kStreetWords));
  return lower.size() >= 2 && lower.size() <= 8 && kStreets.contains(lower);
}
bool StreetWord(std::string_view word) {
  char lower[8];
  if (word.size() > sizeof lower) return false;
  for (size_t k = 0; k < word.size(); ++k) lower[k] = AsciiLower(word[k]);
  return LowerStreetWord(std::string_view(lower, word.size()));
}

bool StreetBefore(std::string_view text, size_t begin) {
  if (begin < 3 || text[begin - 1] != ' ' || text[begin - 2] != ',') return false;
  size_t e = begin - 2, b = e;
  while (b > 0 && IsLetter(text[b - 1])) --b;
  if (!StreetWord(text.substr(b, e - b))) return false;
  for (size_t k = b; k > 0 && b - k < 40 && text[k - 1] != '\n'; --k) {
    if (IsDigit(text[k - 1]) && (k == 1 || !IsLetter(text[k - 2]))) return true;
  }
  return false;
}

// True when text[pos, ..) opens a street: an optional house number, then one to three
// capitalised words of which the last is a street word ("Bridge Street", "61 Lowgate Road").
bool StreetAt(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p < text.size() && IsDigit(text[p])) ++p;
  if (p > pos) {
    if (p < text.size() && IsLetter(text[p])) ++p;  // "7a"
    if (p >= text.size() || text[p] != ' ') return false;
    ++p;
  }
  for (int n = 0; n < 3 && p < text.size() && IsUpper(text[p]); ++n) {
    size_t e = p;
    while (e < text.size() && IsLetter(text[e])) ++e;
    if (StreetWord(text.substr(p, e - p))) return n > 0;  // a word before it: "Street" alone is not one
    if (e >= text.size() || text[e] != ' ') return false;
    p = e + 1;
  }
  return false;
}

// True when a date-of-birth label follows text[.., end): ", DOB", " (DOB", ", born", " (b."...
// (A comma or bracket first: "Keeper DOB:" is a label.)
bool DateOfBirthAfter(std::string_view text, size_t end) {
  size_t p = end;
  bool parted = false;
  if (p < text.size() && text[p] == ',') {
    ++p;
    parted = true;
  }
  while (p < text.size() && text[p] == ' ') ++p;
  if (p < text.size() && text[p] == '(') {
    ++p;
    parted = true;
  }
  std::string next;
  size_t k = p;
  for (; k < text.size() && next.size() < 6 && text[k] != ' ' && text[k] != ':'; ++k) next += AsciiLower(text[k]);
  const bool label = k < text.size() && text[k] == ':';
  return parted && !label && (next == "dob" || next == "d.o.b" || next == "d.o.b." || next == "born" || next == "b.");
}

// True for a word that ends an organisation's or building's name and is nobody's surname
// ("Hospital", "Ambulance", "Surgery"; not "Church" or "Hall", which are).
bool OrganisationEnd(std::string_view lower) {
  static const std::unordered_set<std::string_view> kEnds = {
      "hospital", "ambulance", "surgery", "clinic", "infirmary", "hospice", "school", "college", "university",
      "academy", "prison", "police", "council", "court", "courts", "tribunal", "constabulary", "centre", "center",
      "station", "library", "mosque", "airport", "trust", "services", "service", "probation", "unit", "office",
      "team", "department", "authority", "irc", "therapy", "charity", "project"};
  return kEnds.contains(lower);
}

// The name of an organisation or building that a place's name opens: "Eastwick Green
// Magistrates' Court", "WENDLEBURY CROSS GENERAL HOSPITAL", "Kiln Row Surgery". Up to three
// capitalised words follow `end`, one space apart (a possessive or plural apostrophe allowed),
// and one of them is a building or organisation word.
bool OrganisationAfter(std::string_view text, size_t end) {
  static const std::unordered_set<std::string> kHeads = {
      "court", "courts", "hospital", "police", "council", "prison", "station", "school", "college", "university",
      "centre", "center", "surgery", "clinic", "infirmary", "practice", "tribunal", "constabulary", "academy",
      "library", "church", "mosque", "barracks", "airport", "trust", "services", "service", "probation", "unit",
      "office", "team", "division", "department", "authority", "solicitors", "chambers", "associates", "llp",
      "ltd", "limited", "law", "partners", "pdu", "hub", "irc"};
  size_t p = end;
  for (int n = 0; n < 3; ++n) {
    // A firm's "&" between its partners' names: "Begum & Lowe Solicitors".
    if (text.substr(p, 3) == " & ") p += 2;
    if (p + 1 >= text.size() || text[p] != ' ' || !IsUpper(text[p + 1])) return false;
    size_t e = p + 1;
    while (e < text.size() && IsLetter(text[e])) ++e;
    std::string word(text.substr(p + 1, e - p - 1));
    for (char& c : word) c = AsciiLower(c);
    if (kHeads.count(word) != 0) return true;
    if (e < text.size() && text[e] == '\'') ++e;  // "Magistrates' Court"
    if (e + 1 < text.size() && text[e - 1] == '\'' && text[e] == 's') ++e;  // "Women's Centre"
    p = e;
  }
  return false;
}

// Whether words from tokens[first] to `end` are a place, and what kind:
// - kTown, the town of an address: a postcode follows them, on their line or at the start of
//   the next ("Eastwick Green DX4 1SG", "Eastwick Green\nDX4 1SG"), or they end a line after a
//   house number and street ("92A Gorsey Drive, Wendlebury Cross"; not "at 4 Mill Lane, Jade
//   Pike said", which names a person);
// - kSite: they follow an establishment word ("HMP Ironbridge Moss") or open an organisation's
//   name (OrganisationAfter).
enum class Place { kNone, kSite, kTown };
Place PlaceAround(std::string_view text, const NameTokens& tokens, size_t first, size_t end) {
  size_t p = end;
  if (p < text.size() && text[p] == ',') ++p;
  while (p < text.size() && text[p] == ' ') ++p;
  if (p < text.size() && text[p] == '\n') ++p;
  if (PostcodeAt(text, p)) return Place::kTown;
  if (OrganisationAfter(text, end)) return Place::kSite;
  // A house number opening the line (or after a comma) before it, and a comma after it: a
  // building or street ("9 Lowgate Chambers, Hollinbrook"; not "PC 2507 Harleen HARRISON").
  if (end < text.size() && text[end] == ',') {
    size_t b = tokens[first].begin;
    if (b >= 2 && text[b - 1] == ' ') {
      size_t d = b - 1;
      if (d > 0 && IsLetter(text[d - 1]) && d >= 2 && IsDigit(text[d - 2])) --d;  // "12a"
      size_t n = d;
      while (n > 0 && IsDigit(text[n - 1])) --n;
      if (n < d && d - n <= 4 && (n == 0 || text[n - 1] == '\n' || (n >= 2 && text[n - 1] == ' ' && text[n - 2] == ','))) {
        return Place::kSite;
      }
    }
  }
  // A building's name before its street: "Shire Hall, Bridge Street" (not "Jerry Hall, 14 Mill
  // Lane": a forename opens a person's name).
  static const std::unordered_set<std::string_view> kBuildings = {"hall", "house", "lodge", "cottage", "cottages",
                                                                  "chambers", "buildings", "mill", "farm", "barn"};
  size_t last_token = first;
  while (last_token + 1 < tokens.size() && tokens[last_token].end < end) ++last_token;
  if (text[end] == ',' && tokens[last_token].end == end &&
      kBuildings.contains(tokens.Lower(tokens[last_token])) && !Forename(tokens[first]) && StreetAt(text, p)) {
    return Place::kSite;
  }
  if (first == 0) return Place::kNone;
  const std::string_view before = tokens.Lower(tokens[first - 1]);
  if (Adjacent(text, tokens[first - 1], tokens[first]) &&
      (before == "hmp" || before == "hmyoi" || before == "yoi" || before == "hmps" || before == "prison")) {
    return Place::kSite;
  }
  size_t q = end;
  while (q < text.size() && text[q] == ' ') ++q;
  const bool line_ends = q == text.size() || text[q] == '\n';
  return line_ends && StreetBefore(text, tokens[first].begin) ? Place::kTown : Place::kNone;
}

// How NameMemory::places keeps a place's words text[b, e): lower case, one space between.
std::string PlaceKey(std::string_view text, size_t b, size_t e) {
  std::string key;
  for (size_t i = b; i < e; ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!key.empty() && key.back() != ' ') key += ' ';
    } else {
      key += AsciiLower(c);
    }
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// True when `lower` is one of `words`. The subject's name words are few: comparing each (length
// first) costs less than a set look-up, which would build a string for the word.
bool InWords(std::string_view lower, const std::set<std::string>& words) {
  return std::any_of(words.begin(), words.end(),
                     [lower](const std::string& w) { return w.size() == lower.size() && w == lower; });
}

// True when token `t` (folded) is one of the subject's name words.
bool SubjectWord(const NameTokens& tokens, const Token& t, const std::set<std::string>& subject_words) {
  return InWords(tokens.Lower(t), subject_words);
}

// True when `lower` (a word in lower case) is a short form cut from the front of one of the
// subject's name words: at least three letters and fewer than the word's ("kel" of "kelvin").
bool ShortFormOfSubjectWord(std::string_view lower, const std::set<std::string>& subject_words) {
  if (lower.size() < 3) return false;
  return std::any_of(subject_words.begin(), subject_words.end(),
                     [&](const std::string& w) { return w.size() > lower.size() && w.starts_with(lower); });
}

// True when text[at] opens "'s" and a word for a relative ("'s mother", "'s younger brother"),
// with at most one word between that says which ("younger", "late", "twin").
bool KinAfterPossessive(std::string_view text, size_t at) {
  if (text.substr(at, 3) != "'s " && text.substr(at, 5) != "\u2019s ") return false;
  size_t w = at + (text[at] == '\'' ? 3 : 5);
  static const absl::flat_hash_set<std::string_view> kWhich = {"younger", "older", "elder", "little", "big",
                                                               "baby", "late", "twin", "half", "eldest", "youngest"};
  static const absl::flat_hash_set<std::string_view> kKin = {
      "mother", "father", "mum", "mam", "dad", "brother", "sister", "wife", "husband", "partner", "girlfriend",
      "boyfriend", "son", "daughter", "cousin", "uncle", "aunt", "auntie", "nan", "gran", "grandmother",
      "grandfather", "stepfather", "stepmother", "stepdad", "stepmum", "children", "kids", "brothers",
      "sisters", "sons", "daughters", "parents", "grandparents", "nephew", "niece", "fiancée", "fiance", "fiancé"};
  for (int words = 0; words < 2; ++words) {
    size_t we = w;
    while (we < text.size() && we - w < 14 && text[we] >= 'a' && text[we] <= 'z') ++we;
    if (we == w || (we < text.size() && IsLetter(text[we]))) return false;
    const std::string_view word = text.substr(w, we - w);
    if (kKin.contains(word)) return true;
    if (!kWhich.contains(word) || we >= text.size() || text[we] != ' ') return false;
    w = we + 1;
  }
  return false;
}

// True when the word before text[at] is a preposition that puts a place after it ("to",
// "in", "near": "moved to Florence", "lives in Chelsea").
bool PlacePrepositionBefore(std::string_view text, size_t at) {
  if (at < 2 || text[at - 1] != ' ') return false;
  size_t b = at - 1;
  while (b > 0 && text[b - 1] >= 'a' && text[b - 1] <= 'z' && at - b < 9) --b;
  static const absl::flat_hash_set<std::string_view> kPrepositions = {
      "to", "in", "at", "into", "near", "of", "via", "towards", "through", "from", "around", "outside", "visit"};
  return kPrepositions.contains(text.substr(b, at - 1 - b));
}

// Whom "from" after a forename says the person comes for, at text[at] (" from the council",
// " from Shelter"): true for a public service (staff), false for anyone else (a charity, a firm, a
// town), nullopt when no word follows "from" ("from 10:00", "from.").
std::optional<bool> FromBodyAfter(std::string_view text, size_t at) {
  if (text.substr(at, 6) != " from ") return std::nullopt;
  size_t w = at + 6;
  std::array<char, 24> buf{};
  const std::string_view after = text.substr(w, buf.size());
  for (size_t k = 0; k < after.size(); ++k) buf[k] = AsciiLower(after[k]);
  std::string_view low(buf.data(), after.size());
  if (low.starts_with("the ")) low.remove_prefix(4);
  if (low.empty() || !IsLetter(low[0])) return std::nullopt;
  static constexpr std::string_view kPublic[] = {
      "council",      "housing",        "probation",   "police",      "chaplaincy",    "healthcare",
      "prison",       "jobcentre",      "dwp",         "cmht",        "yot",           "yjs",
      "omu",          "nhs",            "social services", "children's services", "social care", "home office",
      "hospital",     "mental health",  "gp ",         "local authority", "school",  "safer custody",
      "ward",         "youth offending", "youth justice", "cafcass",  "court",         "crisis team"};
  for (std::string_view body : kPublic) {
    if (low.starts_with(body) && (body.back() == ' ' || low.size() == body.size() || !IsLetter(low[body.size()]) ||
                                  low[body.size()] == 's')) {
      return true;
    }
  }
  return false;
}

// True when the word at `pos` opens a line or a sentence (after '.', '!', '?' or ':').
bool OpensSentence(std::string_view text, size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  return pos == 0 || text[pos - 1] == '\n' || text[pos - 1] == '.' || text[pos - 1] == '!' || text[pos - 1] == '?' ||
         text[pos - 1] == ':';
}

// The text between two tokens is exactly ", " (SURNAME, Forename).
bool CommaBetween(std::string_view text, const Token& a, const Token& b) {
  return b.begin == a.end + 2 && text[a.end] == ',' && text[a.end + 1] == ' ';
}

// The name words of tokens[first, last] in lower case: capitalised words of two letters or more,
// not vetoed and not the subject's (initials are left out).
std::vector<std::string_view> NameWordsOf(const NameTokens& tokens, size_t first, size_t last,
                                          const std::set<std::string>& subject) {
  std::vector<std::string_view> out;
  for (size_t k = first; k <= last; ++k) {
    const Token& t = tokens[k];
    const std::string_view lower = tokens.Lower(t);
    if (t.initial || lower.size() < 2 || (t.lex & kVeto) || (!t.cap && !t.caps) || InWords(lower, subject)) {
      continue;
    }
    out.push_back(lower);
  }
  return out;
}

// A whole name as NameMemory::names keeps it: its words sorted, one space between.
std::string NameKey(std::vector<std::string_view> words) {
  std::sort(words.begin(), words.end());
  std::string key;
  for (std::string_view w : words) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

// What a new mention says on top of what was remembered: a third party's mention is final; a
// staff mention outweighs those that said nothing.
void Remember(NameParty party, NameParty* remembered) {
  if (party == NameParty::kThirdParty || (party == NameParty::kStaff && *remembered == NameParty::kNeutral)) {
    *remembered = party;
  }
}

void AddWords(const NameTokens& tokens, size_t first, size_t last, NameParty party,
              const std::set<std::string>& subject, NameMemory* memory) {
  const std::vector<std::string_view> words = NameWordsOf(tokens, first, last, subject);
  for (std::string_view lower : words) {
    auto it = memory->words.find(lower);
    if (it == memory->words.end()) {
      memory->words.emplace(std::string(lower), party);
    } else {
      Remember(party, &it->second);
    }
  }
  if (words.size() < 2) return;
  const auto ascii_initial = [](std::string_view w) { return w[0] >= 'a' && w[0] <= 'z'; };
  if (words.size() <= 3 && std::all_of(words.begin(), words.end(), ascii_initial)) {
    std::string initials;
    for (std::string_view w : words) initials += static_cast<char>(w[0] - 'a' + 'A');
    std::sort(initials.begin(), initials.end());
    Remember(party, &memory->initials.try_emplace(initials, party).first->second);
  }
  auto [name, inserted] = memory->names.try_emplace(NameKey(words), party);
  const bool other_before = !inserted && name->second != NameParty::kStaff;
  if (!inserted) Remember(party, &name->second);
  const bool other_now = name->second != NameParty::kStaff;
  if (other_now == other_before) return;
  for (std::string_view lower : words) {
    uint32_t& count = memory->in_other_names.try_emplace(std::string(lower), 0).first->second;
    count = other_now ? count + 1 : count - 1;
  }
}

// True when the word `lower` alone stands for a staff member: its mentions made it staff's, and
// so did every whole name it was seen in.
bool StaffWord(std::string_view lower, const NameMemory& memory) {
  auto it = memory.words.find(lower);
  if (it == memory.words.end() || it->second != NameParty::kStaff) return false;
  auto other = memory.in_other_names.find(lower);
  return other == memory.in_other_names.end() || other->second == 0;
}

// True when tokens[first, last] names a staff member the bundle has named before: a whole name
// remembered as staff's (in any order and case), or a single word that stands for one (StaffWord).
bool RememberedStaff(const NameTokens& tokens, size_t first, size_t last, const std::set<std::string>& subject,
                     const NameMemory& memory) {
  // Most names are not staff's: a word not remembered as staff's settles it without the key.
  for (size_t k = first; k <= last; ++k) {
    const Token& t = tokens[k];
    if (t.initial || (!t.cap && !t.caps) || (t.lex & kVeto)) continue;
    auto it = memory.words.find(tokens.Lower(t));
    if (it != memory.words.end() && it->second != NameParty::kStaff) return false;
  }
  const std::vector<std::string_view> words = NameWordsOf(tokens, first, last, subject);
  if (words.size() == 1) return StaffWord(words.front(), memory);
  if (words.empty()) return false;
  auto it = memory.names.find(NameKey(words));
  return it != memory.names.end() && it->second == NameParty::kStaff &&
         std::none_of(words.begin(), words.end(), [&memory](std::string_view w) {
           auto word = memory.words.find(w);
           return word != memory.words.end() && word->second == NameParty::kThirdParty;
         });
}

// True when every word of the span is one of the subject's words or the initial of one of the
// subject's forenames.
// True when `lower`, two or three letters that a dot follows, opens one of the subject's longer name
// words: their name cut short beside another of theirs ("Erzsebet Sz." for Erzsébet SZABÓ).
bool AbbreviatedSubjectWord(std::string_view lower, const std::set<std::string>& subject) {
  if (lower.size() < 2 || lower.size() > 3) return false;
  return std::any_of(subject.begin(), subject.end(),
                     [&](const std::string& w) { return w.size() > lower.size() + 1 && w.starts_with(lower); });
}

bool IsSubjectName(const NameTokens& tokens, size_t first, size_t last, const std::set<std::string>& subject,
                   std::string_view forename_initials) {
  if (subject.empty()) return false;
  for (size_t i = first; i <= last; ++i) {
    const Token& t = tokens[i];
    const std::string_view lower = tokens.Lower(t);
    if (t.initial) {
      if (forename_initials.find(lower[0]) == std::string_view::npos) return false;
    } else if (!InWords(lower, subject) && !(t.dot && first < last && AbbreviatedSubjectWord(lower, subject))) {
      return false;
    }
  }
  return true;
}

std::unordered_set<std::string> LoadList(std::string_view text) {
  std::unordered_set<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    std::string w(text.substr(start, nl - start));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!w.empty() && w[0] != '#') out.insert(w);
    start = nl + 1;
  }
  return out;
}

// Role words so common in other senses that a name after them needs two words and, for the
// e-mail header words, a colon.
bool WeakRole(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == ':' || text[p - 1] == '(')) --p;
  size_t b = p;
  while (b > 0 && IsLetter(text[b - 1])) --b;
  char w[8];
  if (p - b > sizeof w) return false;
  for (size_t k = b; k < p; ++k) w[k - b] = AsciiLower(text[k]);
  const std::string_view word(w, p - b);
  return word == "by" || word == "with" || word == "contact" || word == "from" || word == "to" || word == "cc" ||
         word == "name";
}

// True when "to " or "from " before text[pos] follows a word for a message, call, letter or
// visit ("Message to Hao", "visits from Tunde Eze", "a text from Ling"), or "with " follows a
// word for living, sharing, quarrelling or getting on with someone ("gets on with Zofia", "fell
// out with Nia", "lives with Ollie"): the name after it is the person at the other end.
bool ContactBefore(std::string_view text, size_t pos) {
  static const absl::flat_hash_set<std::string_view> kContacts = {
      "message", "messages", "messaged", "text", "texts", "texted", "call", "calls", "phoned", "letter",
      "letters", "visit", "visits", "sms", "whatsapp", "card", "cards", "money",
      "payment", "payments", "transfer", "transfers"};
  static const absl::flat_hash_set<std::string_view> kCompany = {
      "on", "out", "lives", "lived", "living", "stays", "stayed", "staying", "shares", "shared", "sharing",
      "argued", "arguing", "argument", "fight", "fighting", "fought", "friends", "relationship", "associating",
      "associated", "involved", "contact", "seen", "spotted"};
  std::string_view before = text.substr(0, pos);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  const absl::flat_hash_set<std::string_view>* words = &kContacts;
  if (before.ends_with(" to")) {
    before.remove_suffix(3);
  } else if (before.ends_with(" from")) {
    before.remove_suffix(5);
  } else if (before.ends_with(" with")) {
    before.remove_suffix(5);
    words = &kCompany;
  } else {
    return false;
  }
  size_t b = before.size();
  while (b > 0 && (IsLetter(before[b - 1]) || before[b - 1] == '-')) --b;
  char w[12];
  if (before.size() - b > sizeof w || b == before.size()) return false;
  for (size_t k = b; k < before.size(); ++k) w[k - b] = AsciiLower(before[k]);
  return words->contains(std::string_view(w, before.size() - b));
}

// True when `part` (lower case, one comma-separated part of what follows a name) is a staff job
// title: at most five words that end in an official post's head word ("intelligence analyst",
// "senior probation officer", "mappa coordinator", "detective sergeant") or "head of ..." ("head
// of safety"). A manager is staff only with a justice word before it ("custodial manager", not
// "store manager"), and a former post is not one.
const absl::flat_hash_set<std::string_view>& JobHeads() {
  static const absl::flat_hash_set<std::string_view> kHeads = {
      "officer", "analyst", "investigator", "coordinator", "co-ordinator", "governor", "sergeant", "inspector",
      "constable", "superintendent", "practitioner", "administrator", "clerk", "caseworker", "chaplain",
      "psychologist", "nurse", "keyworker", "examiner", "adviser", "advisor", "supervisor", "instructor", "tutor",
      "teacher", "headteacher", "librarian", "pharmacist", "prosecutor", "pei", "registrar", "idva", "isva",
      "firefighter", "paramedic", "psychiatrist", "therapist", "co-therapist", "physician", "surgeon",
      "midwife", "radiographer", "dietitian", "physiotherapist"};
  return kHeads;
}

bool JobTitle(std::string_view part) {
  const absl::flat_hash_set<std::string_view>& kHeads = JobHeads();
  // A worker of a public service's kind ("Return Home Interview worker", "youth worker").
  static const absl::flat_hash_set<std::string_view> kWorkers = {
      "support", "case", "social", "youth", "outreach", "interview", "family", "resettlement", "liaison", "link",
      "victim"};
  static const absl::flat_hash_set<std::string_view> kManaged = {
      "custodial", "offender", "case", "wing", "unit", "residential", "custody", "prison", "probation", "safety",
      "security", "duty", "healthcare", "mappa", "visits", "intelligence", "operational", "programmes", "catering",
      "library", "practice", "activities", "industries", "learning", "reception", "regime", "finance", "clearance",
      "attendance"};
  std::string_view words[5];
  size_t n = 0;
  for (size_t at = 0; at < part.size();) {
    while (at < part.size() && part[at] == ' ') ++at;
    size_t e = at;
    while (e < part.size() && part[e] != ' ') ++e;
    if (e == at) break;
    if (n == 5) return false;
    words[n++] = part.substr(at, e - at);
    at = e;
  }
  size_t first = 0;
  if (n > 1 && (words[0] == "a" || words[0] == "an" || words[0] == "the")) first = 1;
  if (n == 0 || words[first] == "former" || words[first] == "ex" || words[first] == "retired") return false;
  if (n >= first + 3 && words[first] == "head" && words[first + 1] == "of") return true;
  if (kHeads.contains(words[n - 1])) return true;
  if (words[n - 1] == "visitor" && n >= 2 && words[n - 2] == "health") return true;
  if (words[n - 1] == "worker" && n >= 2 && kWorkers.contains(words[n - 2])) return true;
  return words[n - 1] == "manager" && n >= 2 &&
         std::any_of(words + first, words + n - 1, [](std::string_view w) { return kManaged.contains(w); });
}

// The first cell of what follows position `p` on its line, lower case: letters, spaces, hyphens,
// commas and '/', up to a layout gap of two spaces, a bracket, a digit, an '@' or a '|'
// ("Marrowfield Probation Delivery Unit, Senior Probation Officer   mei.popescu@...").
// `buf` holds the lowered cell; the view returned points into it.
std::string_view CellAfter(std::string_view text, size_t p, std::array<char, 80>* buf) {
  size_t n = 0;
  for (; p < text.size() && n < buf->size(); ++p) {
    const char c = text[p];
    if (c == ' ' && p + 1 < text.size() && text[p + 1] == ' ') break;
    if (c == ' ' && p + 2 < text.size() && text[p + 1] == '-' && text[p + 2] == ' ') break;  // "Finance Officer - x@..."
    if (!(IsLetter(c) || c == ' ' || c == '-' || c == ',' || c == '/' || c == '&')) break;
    (*buf)[n++] = AsciiLower(c);
  }
  return std::string_view(buf->data(), n);
}

// True when a comma-separated part of `cell` (at most two parts) is a job title (JobTitle):
// "intelligence analyst", "wexmoor police, detective sergeant".
bool HoldsJobTitle(std::string_view cell) {
  size_t at = 0;
  for (int part = 0; part < 2 && at <= cell.size(); ++part) {
    size_t comma = cell.find(',', at);
    if (comma == std::string_view::npos) comma = cell.size();
    const std::string_view whole = cell.substr(at, comma - at);
    if (JobTitle(whole)) return true;
    // (A title in two languages: "swyddog opsiynau tai / housing options officer".)
    const size_t slash = whole.find(" / ");
    if (slash != std::string_view::npos && (JobTitle(whole.substr(0, slash)) || JobTitle(whole.substr(slash + 3)))) {
      return true;
    }
    at = comma + 1;
  }
  return false;
}

// What the text right after a name says of the person: staff when it gives a staff job ("Jordan
// Sutcliffe, Custodial Manager", "Mei Horvath (Victim Liaison Officer, ...)", a table row's role
// cell after a '|', or a job title opening the next line under a signature) or an official
// e-mail address ("Yaw Nwosu <yaw.nwosu@hmpps.example>"); a third party when it says
// "(prisoner)", "(mother)", "(solicitor)".
// True when the rest of the line from text[p] (at most 120 bytes) says whom a person acts for is
// a charity, club, faith group or community body, not a public one ("chair, Hollinbrook Kurdish
// Community Centre", "Gurkha Welfare Hub caseworker", "football coach", "Open Letters Trust";
// not "Ashgrove NHS Foundation Trust").
bool PrivateBodyOnLine(std::string_view text, size_t p) {
  std::string line(text.substr(p, std::min(text.find('\n', p), text.size()) - p).substr(0, 120));
  for (char& c : line) c = AsciiLower(c);
  static constexpr std::string_view kPrivate[] = {"community centre", "community center", "welfare hub", "charity",
                                                  "football", "coach", "club", "church", "mosque", "temple",
                                                  "gurdwara", "synagogue", "volunteer", " trust", "association",
                                                  "by invitation of the family"};
  static constexpr std::string_view kPublic[] = {"nhs", "council", "police", "hmp", "probation", "hospital", "health",
                                                 "school", "academy", "court"};
  auto has = [&](std::string_view w) { return line.find(w) != std::string::npos; };
  return std::any_of(std::begin(kPrivate), std::end(kPrivate), has) &&
         std::none_of(std::begin(kPublic), std::end(kPublic), has);
}

// True when the rest of the line from text[p] (at most 120 bytes) names a public body ("Home
// Office", "HMPPS", "Cyngor Bro ...", "Police") and no firm or charity.
bool PublicBodyOnLine(std::string_view text, size_t p) {
  std::string line(text.substr(p, std::min(text.find('\n', p), text.size()) - p).substr(0, 120));
  for (char& c : line) c = AsciiLower(c);
  static constexpr std::string_view kPublic[] = {"home office", "hmpps", "probation", "police", "council", "nhs",
                                                 "hmp ", "prison", "court", "tribunal", "youth justice", "yjs",
                                                 "cyngor", "heddlu", "dwp", "jobcentre", "hmrc", "cafcass"};
  static constexpr std::string_view kFirm[] = {" ltd", " llp", "limited", "solicitors", "charity", "chambers"};
  auto has = [&](std::string_view w) { return line.find(w) != std::string::npos; };
  return std::any_of(std::begin(kPublic), std::end(kPublic), has) && std::none_of(std::begin(kFirm), std::end(kFirm), has);
}

std::optional<bool> PartyAfter(std::string_view text, size_t end) {
  size_t p = end;
  while (p < text.size() && (text[p] == ' ' || text[p] == ',' || text[p] == '\t')) ++p;
  // A team in brackets between a header's name and its address: "Rees, Sioned (HMPPS)
  // <sioned.rees@justice.example.gov.uk>" is as the address says.
  if (p < text.size() && text[p] == '(') {
    const size_t close = text.substr(p, 48).find(')');
    if (close != std::string_view::npos && text.substr(p + 1, close - 1).find('@') == std::string_view::npos) {
      size_t q = p + close + 1;
      while (q < text.size() && text[q] == ' ') ++q;
      if (q < text.size() && text[q] == '<' && PartyAfter(text, q) == true) return true;
    }
  }
  // "<yaw.nwosu@hmpps.example>", or the address in brackets: "(mahad.egal@justice.example.gov.uk)".
  const bool bracketed_mail = p < text.size() && text[p] == '(' &&
                              text.substr(p, 80).find('@') < text.substr(p, 80).find_first_of(") ");
  if (p < text.size() && (text[p] == '<' || bracketed_mail)) {
    const size_t close = text.find(text[p] == '<' ? '>' : ')', p);
    const size_t at = text.find('@', p);
    if (close == std::string_view::npos || at == std::string_view::npos || at > close || close - p > 120) {
      return std::nullopt;
    }
    if (OfficialMailDomain(text.substr(at + 1, close - at - 1))) return true;
    return std::nullopt;
  }
  // (Pronouns in brackets after a signature's name: "Sioned Rees (hi/hon - she/her)".)
  if (p < text.size() && text[p] == '(') {
    const size_t close = text.substr(p, 32).find(')');
    const std::string_view inside = close == std::string_view::npos ? "" : text.substr(p + 1, close - 1);
    if (inside.find('/') != std::string_view::npos &&
        (inside.find("she") != std::string_view::npos || inside.find("he/") != std::string_view::npos ||
         inside.find("they") != std::string_view::npos)) {
      p += close + 1;
      while (p < text.size() && text[p] == ' ') ++p;
    }
  }
  if (p < text.size() && text[p] == '\n') {
    // A signature: the name ends its line and the next line opens with a job title.
    const size_t next = p + 1;
    // (Not a label: "Referring practitioner: Jade Mistry".)
    std::array<char, 80> buf;
    const std::string_view title = next < text.size() && IsLetter(text[next]) ? CellAfter(text, next, &buf) : "";
    const size_t title_end = next + title.size();
    if (HoldsJobTitle(title) && !(title_end < text.size() && text[title_end] == ':')) return true;
    return std::nullopt;
  }
  // A signature's parts after a bar, one of them a public body: "Steven Collins | Detention
  // Engagement Team | Home Office".
  // (Not a table's row, which has a bar or a number before the name.)
  if (p < text.size() && text[p] == '|' && PublicBodyOnLine(text, p)) {
    // (The line's start at most kLineReach bytes back: a signature's line is short, and a page of
    // one endless line is not read back from every name.)
    constexpr size_t kLineReach = 120;
    const size_t from = end > kLineReach ? end - kLineReach : 0;
    const std::string_view window = text.substr(from, end - from);
    const size_t nl = window.rfind('\n');
    if (nl != std::string_view::npos || from == 0) {
      const std::string_view before = window.substr(nl == std::string_view::npos ? 0 : nl + 1);
      if (before.find_first_of("|0123456789") == std::string_view::npos) return true;
    }
  }
  if (p < text.size() && (text[p] == '(' || text[p] == '|')) {
    // The public service they work for, in brackets: "Shona MACLEOD (Children's Services)".
    if (text[p] == '(') {
      static constexpr std::string_view kServices[] = {"children's services", "social services", "social care",
                                                       "youth justice", "yjs", "yot", "adult social care",
                                                       "chaplaincy", "healthcare", "safer custody"};
      std::array<char, 24> lower{};
      const std::string_view inside = text.substr(p + 1, lower.size());
      for (size_t k = 0; k < inside.size(); ++k) lower[k] = AsciiLower(inside[k]);
      const std::string_view low(lower.data(), inside.size());
      for (std::string_view service : kServices) {
        if (low.starts_with(service) && low.size() > service.size() &&
            (low[service.size()] == ')' || low[service.size()] == ',')) {
          return true;
        }
      }
      // (An internal telephone extension is a member of staff's: "Bev (ext. 2213)".)
      if (low.starts_with("ext")) {
        size_t k = 3;
        while (k < low.size() && (low[k] == '.' || low[k] == ' ' || low[k] == 'n')) ++k;
        if (k < low.size() && IsDigit(low[k])) return true;
      }
      // (Or a council or police force named in the brackets: "(Ashgrove City Council)"; a firm
      // makes a third party: "(Pashto interpreter, Lingua Bridge Ltd)".)
      const size_t close = text.substr(p, 64).find(')');
      if (close != std::string_view::npos) {
        std::string inside_all(text.substr(p + 1, close - 1));
        for (char& c : inside_all) c = AsciiLower(c);
        if (inside_all.ends_with(" ltd") || inside_all.ends_with(" llp") || inside_all.ends_with(" limited") ||
            inside_all.ends_with(" plc") || inside_all.ends_with(" ltd.")) {
          return false;
        }
        if (inside_all.find_first_of(",;") == std::string::npos &&
            (inside_all.ends_with(" council") || inside_all.ends_with(" police") ||
             inside_all.ends_with(" constabulary"))) {
          return true;
        }
      }
    }
    ++p;
    while (p < text.size() && text[p] == ' ') ++p;
  }
  std::array<char, 80> buf;
  const std::string_view cell = CellAfter(text, p, &buf);
  // (A post held for a charity, club or faith group is no public body's.)
  if (HoldsJobTitle(cell)) return !PrivateBodyOnLine(text, p);
  std::string_view after = cell.substr(0, 24);
  // ("Maternal aunt", "paternal grandmother": the family word after its side.)
  for (std::string_view side : {"maternal ", "paternal "}) {
    if (after.starts_with(side)) after = cell.substr(side.size(), 24);
  }
  static constexpr std::string_view kStaff[] = {"staff", "custodial manager", "prison officer", "probation officer",
                                                "governor", "officer", "supervising officer", "case administrator",
                                                "jp", "osg", "sosg", "so", "po", "cm", "ps", "sgt", "dc", "pc", "rmn",
                                                "vlo", "com", "pom", "social worker", "chair", "healthcare", "imb",
                                                "dfi", "csu", "hcp", "resettlement worker", "support worker",
                                                "case worker", "caseworker", "call handler", "pso", "rn", "hca",
                                                "hopo", "senior coroner", "coroner", "chaplain", "spo", "dsl"};
  static constexpr std::string_view kThirdParty[] = {
      "prisoner", "visitor", "victim", "witness", "relative", "family", "mother", "father", "parent", "partner",
      "wife", "husband", "son", "daughter", "sister", "brother", "aunt", "uncle", "cousin", "grandmother",
      "grandfather", "friend", "solicitor", "appropriate adult", "interpreter", "complainant", "service user",
      "householder", "occupier", "lodger", "tenant", "landlord", "landlady", "neighbour", "niece", "nephew",
      "passenger", "payer", "third-party payer", "child", "cellmate", "co-defendant", "aged", "then aged",
      "counsel", "barrister",
      // (Prisoners' own posts, and people who are not a public body's: "Mei Liu, Peer rep C wing",
      // "OKAFOR, Folake (Listener)", "a door supervisor", "(volunteer)".)
      "peer rep", "peer mentor", "listener", "door supervisor", "volunteer", "shop worker", "fellow patient",
      "fellow prisoner", "fellow resident"};
  auto opens = [&after](std::string_view w) {
    return after.starts_with(w) && (after.size() == w.size() || !IsLetter(after[w.size()]));
  };
  if (std::any_of(std::begin(kStaff), std::end(kStaff), opens)) return !PrivateBodyOnLine(text, p);
  if (std::any_of(std::begin(kThirdParty), std::end(kThirdParty), opens)) return false;
  // A prison number in brackets after the name is a prisoner's: "Sadia CHAUDHRY, Peer rep B wing
  // (J0476CB)" is read at its cell; "Chaudhry (j0476cb)" here.
  if (p > end && text[p - 1] == '(' && p + 8 <= text.size() && text[p + 7] == ')' && IsLetter(text[p]) &&
      IsDigit(text[p + 1]) && IsDigit(text[p + 2]) && IsDigit(text[p + 3]) && IsDigit(text[p + 4]) &&
      IsLetter(text[p + 5]) && IsLetter(text[p + 6])) {
    return false;
  }
  // Where the person works, when that is a public service: "referral has gone to Kofi Asante at
  // children's services".
  // (The cell stops at the apostrophe of "children's".)
  static constexpr std::string_view kServices[] = {"at children", "at social services", "at social care",
                                                   "at the council", "at youth offending", "at youth justice",
                                                   "at the local authority"};
  if (std::any_of(std::begin(kServices), std::end(kServices), [&cell](std::string_view w) {
        return cell.starts_with(w) && (cell.size() == w.size() || !IsLetter(cell[w.size()]));
      })) {
    return true;
  }
  return std::nullopt;
}

// True when the words before `pos` on its line say money moved from or to whoever follows:
// "Bank transfer in from Keogh, Grainne", "payment sent to Rennie, Kirsty".
bool TransferParty(std::string_view text, size_t pos) {
  const size_t from = pos > 48 ? pos - 48 : 0;
  std::string before(text.substr(from, pos - from));
  if (const size_t nl = before.rfind('\n'); nl != std::string::npos) before.erase(0, nl + 1);
  for (char& c : before) c = AsciiLower(c);
  if (!before.ends_with(" from ") && !before.ends_with(" to ")) return false;
  // Not "transferred from": prisoners are transferred between places.
  static constexpr std::string_view kMoney[] = {"transfer in", "transfer out", "bank transfer", "transfer of £",
                                                "payment", "paid", "money", "deposit", "credit"};
  return std::any_of(std::begin(kMoney), std::end(kMoney),
                     [&before](std::string_view w) { return before.find(w) != std::string::npos; });
}

bool ColonAfterRole(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p > 0 && text[p - 1] == ' ') --p;
  return p > 0 && text[p - 1] == ':';
}

// Role words that label a name without saying whose it is ("Name:", "Signed:", "from", "with").
bool LabelRole(std::string_view role) {
  static const absl::flat_hash_set<std::string_view> kLabels = {
      "aka", "alias", "née", "nee", "known as", "only as", "statement of", "name", "signed", "dear", "from",
      "to", "cc", "c/o", "by", "with", "contact"};
  return kLabels.contains(role);
}

// The role word (one or two words, lower case) that ends just before `pos`, skipping ':' ',' '-'
// '(' and spaces. Returns nullopt or the staff flag; *word (when given) is set to the role.
std::optional<bool> RoleBefore(std::string_view text, size_t pos, std::string_view* word = nullptr) {
  size_t p = pos;
  // (Also past a bracket closing the role: "Signed (governor):  Tyrone Brathwaite".)
  // (And over a form's dot leader: "Father ............... Yonas Berhe ASFAHA".)
  // (And over the line break before a quoted name: "an agent you knew only as\n"Haji Naseer"".)
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == ':' || text[p - 1] == ',' || text[p - 1] == '-' ||
                   text[p - 1] == '\t' || text[p - 1] == '(' || text[p - 1] == '\'' || text[p - 1] == '"' ||
                   (text[p - 1] == '\n' && p + 1 == pos && text[p] == '"') ||
                   (text[p - 1] == ')' && p < pos && text[p] == ':') ||
                   (text[p - 1] == '.' && p >= 2 && (text[p - 2] == '.' || text[p - 2] == ' ')))) {
    --p;
  }
  if (p == pos && pos > 0) return std::nullopt;  // the name must be separated from the role
  size_t e = p;
  auto word_start = [&](size_t end) {
    size_t b = end;
    while (b > 0 && (IsLetter(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '/')) --b;
    return b;
  };
  size_t b1 = word_start(e);
  if (b1 == e) return std::nullopt;
  // Roles are at most kMaxRole bytes: longer words are lowered only in part and never match.
  constexpr size_t kMaxRole = 32;
  char buf[kMaxRole];
  auto lowered = [&](size_t b, size_t end) {
    const size_t n = std::min(end - b, kMaxRole);
    for (size_t k = 0; k < n; ++k) buf[k] = AsciiLower(text[b + k]);
    return end - b <= kMaxRole ? std::string_view(buf, n) : std::string_view();
  };
  const auto& roles = Roles();
  if (b1 >= 2 && text[b1 - 1] == ' ') {
    size_t b2 = word_start(b1 - 1);
    if (b2 < b1 - 1) {
      std::string_view two = lowered(b2, e);
      if (!two.empty()) {
        auto it = roles.find(two);
        if (it != roles.end()) {
          if (word != nullptr) *word = it->first;
          return it->second;
        }
      }
    }
  }
  std::string_view one = lowered(b1, e);
  if (one.empty()) return std::nullopt;
  auto it = roles.find(one);
  if (it != roles.end()) {
    if (word != nullptr) *word = it->first;
    return it->second;
  }
  // A field labelled with a staff post: "Catering Manager: Lee Sparkes", "Reception SO: ...".
  // (The label is read at most kLabel bytes back: a page of one endless line stays linear.)
  constexpr size_t kLabel = 40;
  if (text.substr(p, pos - p).find(':') != std::string_view::npos) {
    size_t start = p;
    while (start > 0 && p - start <= kLabel && text[start - 1] != '\n' &&
           !(text[start - 1] == ' ' && start >= 2 && text[start - 2] == ' ')) {
      --start;
    }
    if (p - start > kLabel) return std::nullopt;
    std::string label(text.substr(start, p - start));
    for (char& c : label) c = AsciiLower(c);
    if (JobTitle(label) || label.ends_with(" so") || label.ends_with(" osg")) {
      if (word != nullptr) *word = "post";
      return true;
    }
  }
  return std::nullopt;
}

// The phrase that ", " before text[pos] closes, in lower case: at most 48 bytes back to where its
// sentence, clause, line or bracket began. nullopt when no ", " is there or the phrase is longer.
std::optional<std::string> PhraseBeforeComma(std::string_view text, size_t pos) {
  if (pos < 2 || text.substr(pos - 2, 2) != ", ") return std::nullopt;
  const size_t end = pos - 2;
  size_t start = end;
  while (start > 0 && end - start < 48 && text[start - 1] != '.' && text[start - 1] != ',' &&
         text[start - 1] != '\n' && text[start - 1] != ':' && text[start - 1] != ';' && text[start - 1] != '(') {
    --start;
  }
  if (start > 0 && end - start >= 48) return std::nullopt;
  while (start < end && text[start] == ' ') ++start;
  std::string phrase(text.substr(start, end - start));
  for (char& c : phrase) c = AsciiLower(c);
  return phrase;
}

// True when text[pos] follows ", " closing a phrase (PhraseBeforeComma) that opens with "the",
// "his", "her", "their" or "my" and a third party's role (Roles()): "The victim of the index
// offence, |Eilidh Grieve".
bool ApposedToRole(std::string_view text, size_t pos) {
  const std::optional<std::string> before = PhraseBeforeComma(text, pos);
  if (!before) return false;
  const std::string& phrase = *before;
  static constexpr std::string_view kOpeners[] = {"the ", "his ", "her ", "their ", "my "};
  for (std::string_view opener : kOpeners) {
    if (!std::string_view(phrase).starts_with(opener)) continue;
    std::string_view rest = std::string_view(phrase).substr(opener.size());
    const std::string_view word = rest.substr(0, rest.find(' '));
    // A third party's role (Roles() with no staff flag), not a label such as "name" or "contact".
    const auto role = Roles().find(word);
    return role != Roles().end() && !role->second && !LabelRole(word);
  }
  return false;
}

// True when ", " before text[pos] closes a phrase (PhraseBeforeComma) ending in a post (JobTitle)
// after "the", "a", "an" or a possessive: "The health visitor, ", "A keyworker, ", "engaged with
// the victim worker, ".
bool ApposedToPost(std::string_view text, size_t pos) {
  const std::optional<std::string> before = PhraseBeforeComma(text, pos);
  if (!before) return false;
  const std::string& phrase = *before;
  static const absl::flat_hash_set<std::string_view> kOpeners = {"the", "a", "an", "his", "her", "their", "my", "our",
                                                                   "your"};
  // The words after the last opener.
  for (size_t e = phrase.size(); e > 0;) {
    const size_t space = phrase.rfind(' ', e - 1);
    const size_t b = space == std::string::npos ? 0 : space + 1;
    if (kOpeners.contains(std::string_view(phrase).substr(b, e - b))) {
      return e < phrase.size() && JobTitle(std::string_view(phrase).substr(e + 1));
    }
    if (space == std::string::npos) break;
    e = space;
  }
  return false;
}

// True when text[.., end) ends with a UK telephone number: ten or eleven digits, spaces between
// them allowed, opening with 0 or +44 ("07700 900222", "+44 113 496 0291").
bool PhoneEndsAt(std::string_view text, size_t end) {
  size_t digits = 0, p = end;
  while (p > 0 && (IsDigit(text[p - 1]) || (text[p - 1] == ' ' && p > 1 && IsDigit(text[p - 2])))) {
    if (IsDigit(text[p - 1])) ++digits;
    --p;
  }
  if (p > 0 && text[p - 1] == '+') return digits >= 11 && digits <= 12 && text.substr(p, 2) == "44";
  return digits >= 10 && digits <= 11 && text[p] == '0' && (p == 0 || !IsLetter(text[p - 1]));
}

// True when a UK telephone number starts at text[pos] (as PhoneEndsAt reads one) and ends a word.
bool PhoneStartsAt(std::string_view text, size_t pos) {
  size_t digits = 0, p = pos;
  if (p < text.size() && text[p] == '+') ++p;
  const size_t first = p;
  while (p < text.size() && (IsDigit(text[p]) || (text[p] == ' ' && p + 1 < text.size() && IsDigit(text[p + 1]) &&
                                                  digits > 0 && digits < 11))) {
    if (IsDigit(text[p])) ++digits;
    ++p;
  }
  if (p < text.size() && IsLetter(text[p])) return false;
  if (first > pos) return digits >= 11 && digits <= 12 && text.substr(first, 2) == "44";
  return digits >= 10 && digits <= 11 && first < text.size() && text[first] == '0';
}

// True when a word for someone's family, household or friends stands right before text[pos]
// ("my children Ling and Zubair", "her husband Xiu", "his friend Daz"): one capitalised word
// after it is a name even when the gazetteer does not know it.
bool KinRoleBefore(std::string_view text, size_t pos) {
  static const absl::flat_hash_set<std::string_view> kKin = {
      "children", "child", "kids", "son", "sons", "daughter", "daughters", "brother", "brothers", "sister",
      "sisters", "husband", "wife", "partner", "mother", "father", "mum", "dad", "cousin", "nephew", "niece",
      "grandson", "granddaughter", "grandchildren", "stepson", "stepdaughter", "girlfriend", "boyfriend",
      "uncle", "aunt", "auntie", "nan", "gran", "grandad", "grandma", "grandmother", "grandfather", "stepdad",
      "stepmum", "stepfather", "stepmother", "ex-partner", "ex-wife", "ex-husband", "ex-girlfriend",
      "ex-boyfriend", "fiance", "fiancé", "fiancée", "friend", "mate", "cellmate", "granny", "grandpa", "nana",
      "nanna"};
  // Written in lower case and one space (or a line break) before the name, as in prose: a table's
  // "Children" row label ("Children     Medium") or "my kids, CCTV checked" is not this.
  std::string_view role;
  // In apposition after "his", "her", "my", "their", "your" or "our" and the family word, closed
  // by a comma, semicolon or full stop: "his brother, Ruslan, was killed", "her daughter, Madina."
  if (pos >= 2 && text[pos - 1] == ' ' && text[pos - 2] == ',') {
    size_t e = pos;
    while (e < text.size() && e - pos < 40 && (IsLetter(text[e]) || text[e] == '-' || text[e] == '\'')) ++e;
    if (e == text.size() || (text[e] != ',' && text[e] != ';' && text[e] != '.')) return false;
    size_t b = pos - 2;
    while (b > 0 && pos - 2 - b < 16 && ((text[b - 1] >= 'a' && text[b - 1] <= 'z') || text[b - 1] == '-')) --b;
    if (!kKin.contains(text.substr(b, pos - 2 - b)) || b < 4 || text[b - 1] != ' ') return false;
    size_t o = b - 1;
    while (o > 0 && b - 1 - o < 6 && IsLetter(text[o - 1])) --o;
    if (o > 0 && IsLetter(text[o - 1])) return false;
    std::array<char, 6> lower{};
    const size_t n = b - 1 - o;
    for (size_t k = 0; k < n; ++k) lower[k] = AsciiLower(text[o + k]);
    const std::string_view owner(lower.data(), n);
    return owner == "his" || owner == "her" || owner == "my" || owner == "their" || owner == "your" || owner == "our";
  }
  // (Prose wrapped onto an indented line: "upset when discussing her daughter\n     Zuzanna".)
  size_t indent = pos;
  while (indent > 0 && pos - indent < 16 && text[indent - 1] == ' ') --indent;
  if (indent < pos && indent > 0 && text[indent - 1] == '\n') pos = indent;
  if (pos < 2 || (text[pos - 1] != ' ' && text[pos - 1] != '\n') || !(text[pos - 2] >= 'a' && text[pos - 2] <= 'z')) {
    return false;
  }
  if (text[pos - 1] == '\n') {  // prose wrapped after the family word: "alongside my son\nHamish"
    size_t b = pos - 1;
    while (b > 0 && text[b - 1] >= 'a' && text[b - 1] <= 'z') --b;
    return kKin.contains(text.substr(b, pos - 1 - b));
  }
  return RoleBefore(text, pos, &role).has_value() && kKin.contains(role);
}

// True when tokens[first, last] is the subject's middle name and surname with none of their
// words or an initial before it ("Mr Kirit Patel", not "Bhavnaben Kirit Patel" or "B. Kirit
// Patel"), or the middle name or surname
// alone after a family word ("my husband Kirit", "her father, Sivakumar,"): someone else
// (SubjectProfile::MiddleAndSurname).
bool MiddleNamed(std::string_view text, const NameTokens& tokens, size_t first, size_t last,
                 const std::pair<std::string, std::string>& middle_and_surname,
                 const std::set<std::string>& subject) {
  const auto& [middle, surname] = middle_and_surname;
  const std::string_view word = tokens.Lower(tokens[first]);
  if (first == last) {
    return !surname.empty() && (word == middle || word == surname) && KinRoleBefore(text, tokens[first].begin);
  }
  if (middle.empty() || word != middle || last != first + 1 || tokens.Lower(tokens[last]) != surname) return false;
  if (first == 0 || !Adjacent(text, tokens[first - 1], tokens[first])) return true;
  return !tokens[first - 1].initial && !SubjectWord(tokens, tokens[first - 1], subject);
}

// True when text[.., end) ends with a lower-case word for a person ("boy", "victim") or a line
// break after one.
bool PersonNounBefore(std::string_view text, size_t end) {
  static constexpr std::string_view kNouns[] = {"boy",     "girl",     "man",       "woman",      "lad",
                                                "youth",   "teenager", "victim",    "child",      "baby",
                                                "toddler", "patient",  "prisoner",  "resident",   "neighbour",
                                                "friend",  "witness",  "cellmate",  "girlfriend", "boyfriend"};
  size_t b = end;
  while (b > 0 && end - b <= 10 && text[b - 1] >= 'a' && text[b - 1] <= 'z') --b;
  if (b > 0 && IsLetter(text[b - 1])) return false;
  const std::string_view word = text.substr(b, end - b);
  return std::find(std::begin(kNouns), std::end(kNouns), word) != std::end(kNouns);
}

// True when a family word in brackets follows text[end]: "Mr Tan (brother)".
bool KinAfter(std::string_view text, size_t end) {
  static constexpr std::string_view kKin[] = {"mother", "father", "mum", "dad", "brother", "sister", "son",
                                              "daughter", "wife", "husband", "uncle", "aunt", "cousin", "nephew",
                                              "niece", "grandmother", "grandfather", "nan", "gran", "stepfather",
                                              "stepmother", "stepdad", "stepmum"};
  if (end + 2 >= text.size() || text.substr(end, 2) != " (") return false;
  const std::string_view rest = text.substr(end + 2, 16);
  return std::any_of(std::begin(kKin), std::end(kKin), [&rest](std::string_view w) {
    return rest.size() > w.size() && rest.starts_with(w) && (rest[w.size()] == ')' || rest[w.size()] == ',');
  });
}

// True when " is" or " was" may follow text[.., end) (the cheap look RelationAfter opens with).
bool VerbMayFollow(std::string_view text, size_t end) {
  return end + 4 < text.size() && (text[end] == ' ' || text[end] == '\n') &&
         ((text[end + 1] == 'i' && text[end + 2] == 's') || (text[end + 1] == 'w' && text[end + 2] == 'a'));
}

// True when a relation to someone follows text[.., end): " is a friend", " was his cellmate",
// " is my granddaughter", " is an old friend of the family" (the verb, a determiner, at most two
// words more, then the relation; a line break counts as a space).
bool RelationAfter(std::string_view text, size_t end) {
  static const absl::flat_hash_set<std::string_view> kRelations = {
      "friend", "cousin", "brother", "sister", "mother", "father", "son", "daughter", "uncle", "aunt", "nephew",
      "niece", "grandmother", "grandfather", "granddaughter", "grandson", "neighbour", "partner", "girlfriend",
      "boyfriend", "wife", "husband", "cellmate", "associate", "co-defendant", "ex-partner", "stepson",
      "stepdaughter", "stepfather", "stepmother", "half-brother", "half-sister", "fiancée", "fiance", "fiancé",
      "mate", "pal", "lodger", "housemate", "flatmate", "landlord", "landlady"};
  static const absl::flat_hash_set<std::string_view> kDeterminers = {"a", "an", "my", "his", "her", "their",
                                                                     "our", "your"};
  if (!VerbMayFollow(text, end)) return false;  // (most names are followed by neither verb)
  // The words after `end`, lower case, up to five; each at most 16 bytes.
  std::array<std::string, 5> words;
  size_t n = 0, p = end;
  while (n < words.size()) {
    size_t b = p;
    while (b < text.size() && (text[b] == ' ' || text[b] == '\n') && b - p < 3) ++b;
    if (b == p || b >= text.size()) break;
    size_t e = b;
    while (e < text.size() && e - b <= 16 && (IsLetter(text[e]) || text[e] == '-')) ++e;
    if (e == b || e - b > 16) break;
    std::string w(text.substr(b, e - b));
    for (char& c : w) c = AsciiLower(c);
    words[n++] = std::move(w);
    p = e;
  }
  if (n < 3 || (words[0] != "is" && words[0] != "was") || !kDeterminers.contains(words[1])) return false;
  for (size_t k = 2; k < n && k < 5; ++k) {
    if (kRelations.contains(words[k])) return true;
  }
  return false;
}

// True when text[begin, end) stands alone in square brackets closing its line, after the line's
// entry: "19/03 23:00 In bed, breathing observed. [A. Ramachandran]".
bool LogEntryAuthor(std::string_view text, size_t begin, size_t end) {
  if (begin < 2 || text[begin - 1] != '[' || text[begin - 2] != ' ') return false;
  size_t close = end;
  if (close < text.size() && text[close] == '.') ++close;
  return close < text.size() && text[close] == ']' &&
         (close + 1 >= text.size() || text[close + 1] == '\n' || text[close + 1] == '\r');
}

// True when text[begin, end) opens a line that heads a notes entry with its date and nothing
// else: "Pádraig Brennan  -  Tue 6 Feb 2024", "J. Smith - 12/03/2024 14:05" (the entry's author).
bool EntryHeadingAuthor(std::string_view text, size_t begin, size_t end) {
  size_t b = begin;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (b > 0 && text[b - 1] != '\n') return false;
  size_t p = end;
  while (p < text.size() && text[p] == ' ') ++p;
  if (p >= text.size() || (text[p] != '-' && text.compare(p, 3, "\u2013") != 0)) return false;
  p += text[p] == '-' ? 1 : 3;
  while (p < text.size() && text[p] == ' ') ++p;
  const size_t eol = std::min(text.find('\n', p), text.size());
  const std::string_view rest = text.substr(p, eol - p);
  static constexpr std::string_view kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  const bool dated = (!rest.empty() && IsDigit(rest[0])) ||
                     std::any_of(std::begin(kDays), std::end(kDays), [rest](std::string_view d) { return rest.starts_with(d); });
  return dated && rest.size() <= 32;
}

// True when the words just before text[pos] (at most four, in lower case, within the clause)
// describe a person: "a child under 5", "her new partner", "an older man"; not when an
// official's word comes first ("a male officer (Healthcare)" names a department).
bool PersonDescribedBefore(std::string_view text, size_t pos) {
  static const absl::flat_hash_set<std::string_view> kPeople = {
      "child", "baby", "toddler", "infant", "boy", "girl", "man", "woman", "male", "female", "teenager", "youth",
      "son", "daughter", "brother", "sister", "husband", "wife", "partner", "ex-partner", "mother", "father", "mum",
      "dad", "cousin", "nephew", "niece", "grandson", "granddaughter", "stepson", "stepdaughter", "girlfriend",
      "boyfriend", "friend", "neighbour", "associate", "visitor", "lodger", "relative"};
  static const absl::flat_hash_set<std::string_view> kOfficial = {
      "officer", "officers", "nurse", "doctor", "worker", "staff", "manager", "member", "team", "unit", "service",
      "department", "practitioner", "operator", "handler", "agency"};
  size_t e = pos;
  for (int n = 0; n < 4 && e > 0; ++n) {
    size_t b = e;
    while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
    const std::string_view w = text.substr(b, e - b);
    if (w.empty() || !std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-' || IsDigit(c); })) {
      return false;  // a capital, a bracket or a stop ends the description
    }
    if (kPeople.contains(w)) return true;
    if (kOfficial.contains(w)) return false;  // "a male officer (Healthcare)": a department
    if (b == 0 || text[b - 1] != ' ') return false;
    e = b - 1;
  }
  return false;
}

// The user name or e-mail local part around text[pos] (a '.' or '_' between two letters or
// digits): the run of letters, digits, '.', '_' and '-' holding it, when every part between
// separators is a remembered name word, one of the subject's name words or a single letter, at
// least one part is a remembered word of three letters or more, and there are at least two
// parts ("jade.pike", "j.pike", "pike_j", "jade.pike2": digits closing a part are ignored; a
// relative's "gareth.nowak" when the subject is a Nowak). A run just before '@' is an e-mail
// address, left to the e-mail rule; one just after '@' or '/' is a host or a path.
// *run_end is set to the end of the run, found or not, so that a caller scans each run once.
std::optional<NameSpan> Handle(std::string_view text, size_t pos, const NameMemory& memory,
                               const std::set<std::string>& subject_words, size_t* run_end) {
  auto in_run = [](char c) { return IsAsciiAlnum(c) || c == '.' || c == '_' || c == '-'; };
  size_t b = pos, e = pos;
  while (b > 0 && in_run(text[b - 1])) --b;
  while (e < text.size() && in_run(text[e])) ++e;
  *run_end = e;
  while (b < e && !IsAsciiAlnum(text[b])) ++b;      // no leading or trailing separator
  while (e > b && !IsAsciiAlnum(text[e - 1])) --e;  // ("...as jade.pike.")
  if ((e < text.size() && text[e] == '@') || (b > 0 && (text[b - 1] == '@' || text[b - 1] == '/'))) return std::nullopt;
  size_t parts = 0, words = 0;
  bool staff = true;
  char lower[64];
  for (size_t p = b; p < e;) {
    size_t q = p;
    while (q < e && IsAsciiAlnum(text[q])) ++q;
    size_t letters = q;
    while (letters > p && IsDigit(text[letters - 1])) --letters;  // "pike2"
    const size_t n = letters - p;
    if (n == 0 || n > sizeof lower) return std::nullopt;
    for (size_t k = 0; k < n; ++k) {
      if (IsDigit(text[p + k])) return std::nullopt;  // digits only at the end of a part
      lower[k] = AsciiLower(text[p + k]);
    }
    ++parts;
    if (n > 1) {
      const std::string_view part(lower, n);
      auto m = memory.words.find(part);
      if (m != memory.words.end()) {
        staff = staff && StaffWord(part, memory);
        if (n >= 3) ++words;
      } else if (!InWords(part, subject_words)) {
        return std::nullopt;
      }
    }
    p = q;
    while (p < e && !IsAsciiAlnum(text[p])) ++p;
  }
  if (parts < 2 || words == 0) return std::nullopt;
  return NameSpan{b, e, staff, 0.7, "name:propagated-handle"};
}

}  // namespace

NameFinder::NameFinder() {
  auto add = [this](const std::string& word, uint16_t bit) { lexicon_[word] |= bit; };
  for (const auto& w : Vetoes()) add(w, kVeto);
  for (const auto& [w, staff] : Roles()) add(w, kRole);
  for (const auto& w : Places()) add(w, kPlace);
  for (std::string_view w : kStreetWords) add(std::string(w), kStreet);
  // Names are looked up with and without their accents ("José" and "Jose", "Seán" and "Sean").
  for (const auto& w : LoadList(EmbeddedForenames())) {
    add(w, kForename);
    add(StripLatinAccents(w), kForename);
  }
  for (const auto& w : LoadList(EmbeddedSurnames())) {
    add(w, kSurname);
    add(StripLatinAccents(w), kSurname);
  }
  for (const auto& [w, staff] : Titles()) {
    titles_[w] = staff ? (kTitle | kStaffTitle) : kTitle;
    std::string lower = w;
    for (char& c : lower) c = AsciiLower(c);
    add(lower, kTitleLower);
  }
}

NameFinder::WordCount NameFinder::CountNameWords(std::string_view line, const std::set<std::string>& subject_words,
                                                std::string_view subject_initials) const {
  const NameTokens tokens = Tokenize(line);
  WordCount count;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.initial || !Namey(t)) continue;
    if (SubjectWord(tokens, t, subject_words)) {
      // An initial before it is another person's unless it opens one of the subject's forenames;
      // then the two name the subject as fully as two words ("D. Keogh" for Declan Keogh), as
      // the subject's name is exempt from redaction in that form too.
      const bool initial = i > 0 && tokens[i - 1].initial && Adjacent(line, tokens[i - 1], t);
      // (A run of initials, "A G KRASNIQI", is judged by its first, and each must open one of
      // the subject's forenames.)
      size_t run = i - (initial ? 1 : 0);
      while (initial && run > 0 && tokens[run - 1].initial && Adjacent(line, tokens[run - 1], tokens[run])) --run;
      bool subjects = true;
      for (size_t k = run; initial && k < i; ++k) {
        subjects = subjects && subject_initials.find(tokens.Lower(tokens[k])[0]) != std::string_view::npos;
      }
      if (initial && (subject_initials.empty() || tokens.Lower(tokens[run])[0] != subject_initials[0])) {
        ++count.after_other_initial;
      }
      if (!subjects) {
        ++count.other;
      } else {
        count.subject += initial ? 2 : 1;
      }
      // A register's "SURNAME I" ("KRASNIQI A rm3"): one initial after the surname, ending the
      // name, is the forename's; the subject's first initial names them as fully as two words,
      // another initial names a relative.
      if (!initial && subjects && i + 1 < tokens.size() && tokens[i + 1].initial && !tokens[i + 1].dot &&
          Adjacent(line, t, tokens[i + 1]) &&
          !(i + 2 < tokens.size() && Adjacent(line, tokens[i + 1], tokens[i + 2]))) {
        if (!subject_initials.empty() && tokens.Lower(tokens[i + 1])[0] == subject_initials[0]) {
          ++count.subject;
        } else {
          ++count.after_other_initial;
        }
        ++i;
      }
      continue;
    }
    // A short all-caps group between digits is part of a spaced identifier ("GB48 QXBK 7140").
    size_t p = t.begin;
    while (p > 0 && line[p - 1] == ' ') --p;
    if (t.caps && Len(t) <= 4 && p > 0 && IsDigit(line[p - 1])) continue;
    ++count.other;
  }
  return count;
}

std::vector<size_t> NameFinder::WordsAt(const NameTokens& tokens, const std::set<std::string>& words) const {
  std::array<bool, 256> opens{};  // the first bytes of `words`: most tokens are passed on this alone
  for (const std::string& w : words) {
    if (!w.empty()) opens[static_cast<unsigned char>(w[0])] = true;
  }
  std::vector<size_t> out;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].initial) continue;
    const std::string_view lower = tokens.Lower(tokens[i]);
    if (opens[static_cast<unsigned char>(lower[0])] && InWords(lower, words)) out.push_back(tokens[i].begin);
  }
  return out;
}

std::optional<size_t> NameFinder::SubjectNameEndingAt(std::string_view text, const NameTokens& tokens, size_t end,
                                                      const std::set<std::string>& subject_words,
                                                      std::string_view subject_initials) const {
  auto subjects = [&](const Token& t) {
    const std::string_view lower = tokens.Lower(t);
    return t.initial ? subject_initials.find(lower[0]) != std::string_view::npos
                     : (t.cap || t.caps) && InWords(lower, subject_words);
  };
  auto it = std::lower_bound(tokens.list_.begin(), tokens.list_.end(), end,
                             [](const Token& t, size_t e) { return t.end < e; });
  if (it == tokens.list_.end() || it->end != end) return std::nullopt;
  size_t k = static_cast<size_t>(it - tokens.list_.begin());
  if (!subjects(tokens[k])) return std::nullopt;
  bool word = !tokens[k].initial;
  while (k > 0 && Adjacent(text, tokens[k - 1], tokens[k]) && subjects(tokens[k - 1])) {
    --k;
    word = word || !tokens[k].initial;
  }
  if (!word) return std::nullopt;
  return tokens[k].begin;
}

void NameFinder::LearnWordNames(std::string_view text, NameMemory* memory) const {
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    size_t b = at;
    while (b > 0 && at - b <= 40 && (IsLetter(text[b - 1]) || text[b - 1] == '.' || text[b - 1] == '_')) --b;
    if (b > 0 && (IsAsciiAlnum(text[b - 1]) || text[b - 1] == '-')) continue;  // digits or more: not a name
    std::string local(text.substr(b, at - b));
    for (char& c : local) c = AsciiLower(c);
    const size_t dot = local.find_first_of("._");
    if (dot == std::string::npos || dot < 2 || local.size() - dot < 3 ||
        local.find_first_of("._", dot + 1) != std::string::npos) {
      continue;
    }
    const std::string_view forename = std::string_view(local).substr(0, dot);
    const std::string_view surname = std::string_view(local).substr(dot + 1);
    auto lex = [&](std::string_view w) -> uint16_t {
      const auto it = lexicon_.find(w);
      return it == lexicon_.end() ? 0 : it->second;
    };
    if (!(lex(forename) & kForename) || !((lex(forename) | lex(surname)) & kNotName)) continue;
    memory->word_names.insert(std::string(forename) + ' ' + std::string(surname));
  }
}

void NameFinder::Unveto(std::string_view text, NameTokens* tokens, const NameMemory& memory) const {
  std::vector<Token>& list = tokens->list_;
  std::string key;
  for (size_t i = 0; i < list.size(); ++i) {
    Token& a = list[i];
    if (!(a.cap || a.caps)) continue;
    const bool paired = i + 1 < list.size() && (list[i + 1].cap || list[i + 1].caps) && Adjacent(text, a, list[i + 1]);
    if (paired && !memory.word_names.empty() && ((a.lex | list[i + 1].lex) & kNotName)) {
      // The pair an e-mail address spells out, either word vetoed: "Victoria Lane", "Gemma Street".
      key.assign(tokens->Lower(a));
      key += ' ';
      key += tokens->Lower(list[i + 1]);
      if (memory.word_names.contains(key)) {
        a.lex &= static_cast<uint16_t>(~kNotName);
        list[i + 1].lex &= static_cast<uint16_t>(~kNotName);
        continue;
      }
    }
    if (!(a.lex & kNotName)) continue;
    const bool titled = i > 0 && (list[i - 1].lex & kTitle) && Adjacent(text, list[i - 1], a);
    // A forename before it and a post or kin word in brackets or after a comma ("Sharon Hill
    // (social worker, Ashgrove Council)", "Kerry Brook (education)").
    if (a.cap && i > 0 && (list[i - 1].lex & kForename) && !(list[i - 1].lex & kNotName) && list[i - 1].cap &&
        Adjacent(text, list[i - 1], a) && (i + 1 >= list.size() || !Adjacent(text, a, list[i + 1])) &&
        a.end + 2 < text.size() && text[a.end] == ' ' && text[a.end + 1] == '(' &&
        PartyAfter(text, a.end).has_value()) {
      a.lex &= static_cast<uint16_t>(~kNotName);
      continue;
    }
    if (a.cap && (a.lex & kForename) && paired && !(list[i + 1].lex & (kNotName | kTitle))) {
      // A forename that is also a word, before a surname in capitals ("June HALLORAN") or after
      // a title ("DC April Young").
      if (titled || (list[i + 1].caps && Len(list[i + 1]) >= 3)) a.lex &= static_cast<uint16_t>(~kNotName);
      continue;
    }
    // A surname that is also a word, alone after a title: "Dear Ms Lane," "Mr Hill said".
    if (a.cap && (a.lex & kSurname) && titled && !paired) a.lex &= static_cast<uint16_t>(~kNotName);
  }
}

bool NameFinder::IsForename(std::string_view lower) const {
  auto it = lexicon_.find(lower);
  return it != lexicon_.end() && (it->second & kForename) != 0;
}

bool NameFinder::IsSurname(std::string_view lower) const {
  auto it = lexicon_.find(lower);
  return it != lexicon_.end() && (it->second & kSurname) != 0;
}

uint16_t NameFinder::HyphenatedLex(std::string_view lower) const {
  bool all_forenames = true;
  uint16_t last = 0;
  for (size_t b = 0; b <= lower.size();) {
    const size_t e = std::min(lower.find('-', b), lower.size());
    auto it = lexicon_.find(lower.substr(b, e - b));
    last = it == lexicon_.end() ? 0 : it->second;
    if (last & (kVeto | kRole)) return 0;
    all_forenames = all_forenames && (last & kForename) != 0;
    b = e + 1;
  }
  return static_cast<uint16_t>((all_forenames ? kForename : 0) | (last & kSurname));
}

std::vector<std::pair<size_t, size_t>> NameFinder::StreetsAfterResidenceWords(std::string_view text,
                                                                             const NameTokens& tokens) const {
  // What a line says just before the street: the words for living, staying or moving there, an
  // exclusion zone's "bounded by", a road "known as". (Walking the capitalised words is cheaper
  // than searching the page for these words' stems: they open with common letters.)
  static constexpr std::string_view kCues[] = {
      "lives on", "lives in", "lives at", "lived on", "lived in", "lived at", "living on", "living in",
      "living at", "live on", "live in", "live at", "resides on", "resides in", "resides at", "residing on",
      "residing in", "residing at", "stays on", "stays in", "stays at", "staying on", "staying in",
      "staying at", "stayed on", "stayed in", "stayed at", "moved to", "moved into", "moving to",
      "moving into", "bounded by", "known as", "address is", "address:", "zone around", "area around",
      "lives in the", "live in the", "living in the", "not to enter", "not enter", "must not enter"};
  std::vector<std::pair<size_t, size_t>> out;
  // (Only the street words Tokenize marked are visited.)
  for (size_t i : tokens.streets_) {
    const Token& t = tokens[i];
    if (i == 0 || !tokens[i - 1].cap || !Adjacent(text, tokens[i - 1], t)) continue;
    // Back over one to three adjacent capitalised words before the street word.
    size_t first = i;
    while (first > 0 && i - first < 3 && tokens[first - 1].cap && !(tokens[first - 1].lex & kTitle) &&
           Adjacent(text, tokens[first - 1], tokens[first]) && !LowerStreetWord(tokens.Lower(tokens[first - 1]))) {
      --first;
    }
    if (first == i) continue;
    size_t p = tokens[first].begin;
    while (p > 0 && text[p - 1] == ' ') --p;
    char buf[16];
    size_t n = 0;
    for (size_t k = p; k > 0 && n < sizeof buf && text[k - 1] != '\n'; --k) buf[n++] = AsciiLower(text[k - 1]);
    std::reverse(buf, buf + n);
    const std::string_view before(buf, n);
    const bool cued = std::any_of(std::begin(kCues), std::end(kCues), [&before](std::string_view c) {
      return before.ends_with(c) && (before.size() == c.size() || !IsLetter(before[before.size() - c.size() - 1]));
    });
    if (cued) out.emplace_back(tokens[first].begin, t.end);
  }
  return out;
}

NameTokens NameFinder::Tokenize(std::string_view text) const {
  NameTokens out;
  // Only words that open with a capital are ever looked up: only they are lowered (below).
  out.lower_.assign(text);
  out.list_.reserve(text.size() / 24 + 1);
  bool last_is_particle = false;  // the last token kept ends with a capitalised particle
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    // Only words that open with a capital are kept (every pattern of Find and Propagate starts
    // at one and extends only over them; Adjacent() reads the text between two tokens, so a word
    // in lower case between two capitals still separates them). So the scan jumps from capital
    // to capital, and takes one only where a word starts: not after a letter, and not after an
    // apostrophe or hyphen that joins it to a letter ("O'Neil-Smith", "rock'n'Roll").
    i = NextCapital(text, i);
    if (i == n) break;
    if (static_cast<unsigned char>(text[i]) >= 0x80 && LatinUpperAt(text, i) == 0) {
      ++i;  // a letter or symbol beyond ASCII that is not a capital
      continue;
    }
    // ("al-Rashid" and "el-Amin" are the exception: the capital opens the surname.)
    const bool arabic_article = i >= 3 && text[i - 1] == '-' && (text[i - 3] == 'a' || text[i - 3] == 'e') &&
                                text[i - 2] == 'l' && (i == 3 || !IsLetter(text[i - 4]));
    if ((i > 0 && IsLetter(text[i - 1])) ||
        (i > 1 && (text[i - 1] == '\'' || text[i - 1] == '-') && IsLetter(text[i - 2]) && !arabic_article)) {
      ++i;
      continue;
    }
    // A letter glued to a digit before it is part of a code ("A1234BC"), not a word.
    bool glued = i > 0 && IsDigit(text[i - 1]);
    size_t b = i;
    while (i < n && (IsLetter(text[i]) ||
                     ((text[i] == '\'' || text[i] == '-') && i + 1 < n && IsLetter(text[i + 1]) && i > b))) {
      ++i;
    }
    if (i < n && IsDigit(text[i])) glued = true;
    if (glued) {
      while (i < n && IsAsciiAlnum(text[i])) ++i;
      continue;
    }
    Token t;
    t.begin = b;
    t.end = i;
    std::string_view w = text.substr(b, i - b);
    // A possessive "'s" is not part of the name.
    if (w.size() > 3 && (w.ends_with("'s") || w.ends_with("'S"))) {
      t.end -= 2;
      w = text.substr(b, t.end - b);
    }
    size_t upper = 0, lower = 0;
    for (size_t k = 0; k < w.size();) {
      const char c = w[k];
      if (static_cast<unsigned char>(c) < 0x80) {  // ASCII: most words are only that
        upper += IsUpper(c);
        lower += c >= 'a' && c <= 'z';
        ++k;
        continue;
      }
      if (size_t u = LatinUpperAt(w, k)) {
        ++upper;
        k += u;
      } else if (size_t l = LatinLowerAt(w, k)) {
        ++lower;
        k += l;
      } else {
        lower += static_cast<unsigned char>(w[k]) >= 0x80;  // other letters count as small ones
        ++k;
      }
    }
    const bool ascii = upper + lower == w.size();  // every byte counted once: no two-byte letters
    t.initial = upper == 1 && lower == 0 && w.size() == LatinUpperAt(w, 0);
    t.caps = upper >= 2 && lower == 0;
    t.cap = lower > 0;
    // A Scottish or Irish surname in capitals keeps its "Mc" or "Mac": "McDONAGH", "MacLEOD".
    if (upper >= 4 && ((lower == 1 && w.starts_with("Mc")) || (lower == 2 && w.starts_with("Mac"))) &&
        IsUpper(w[lower + 1])) {
      t.caps = true;
      t.cap = false;
    }
    if (ascii) {
      for (size_t k = t.begin; k < t.end; ++k) out.lower_[k] = AsciiLower(text[k]);
    } else {
      FoldLatin(out.lower_.data() + t.begin, t.end - t.begin);
    }
    auto lex = lexicon_.find(out.Lower(t));
    if (lex == lexicon_.end() && !ascii) lex = lexicon_.find(StripLatinAccents(out.Lower(t)));
    if (lex != lexicon_.end()) {
      t.lex = static_cast<uint16_t>(lex->second & ~kTitleLower);
      // (An acronym vetoed only in capitals: "HO ref" is the Home Office's, "Daisy Ho" a name.)
      if (!t.caps && out.Lower(t) == "ho") t.lex = static_cast<uint16_t>(t.lex & ~kVeto);
      if (lex->second & kTitleLower) {
        auto title = titles_.find(w);
        if (title != titles_.end()) t.lex |= title->second;
      }
    } else if (w.find('-') != std::string_view::npos) {
      t.lex = HyphenatedLex(out.Lower(t));
    }
    t.dot = t.end < n && text[t.end] == '.';
    // A capitalised surname particle joins the name word after it ("VAN DER BERG", "De la
    // Cruz", "Ó SÚILLEABHÁIN"): the joined token takes that word's kind.
    if (!out.list_.empty() && last_is_particle && (t.cap || t.caps) && !t.initial &&
        Adjacent(text, out.list_.back(), t)) {
      t.begin = out.list_.back().begin;
      out.list_.back() = t;
    } else {
      out.list_.push_back(t);
    }
    if (t.cap && (t.lex & kStreet)) out.streets_.push_back(out.list_.size() - 1);
    // (Not a rank that is spelt as one, "DI HOLLOWAY", unless a forename is before it: "Maria DI
    // MARCO".)
    const size_t count = out.list_.size();
    last_is_particle = CapitalParticle(out.Lower(Token{b, t.end})) &&
                       (!(t.lex & kTitle) ||
                        (count >= 2 && out.list_[count - 2].cap &&
                         Adjacent(text, out.list_[count - 2], out.list_.back())));
  }
  return out;
}

// Where a line is expected to open with a person's name: the items of a list under a heading
// of people ("Attendees:", "Witnesses:", "1. Associates"), up to a blank line, and the first
// line after a letter's closing ("Yours sincerely"). Sorted offsets of the first letter of each
// such line, with true for a meeting's attendees (the professionals taking part: staff unless
// the line says otherwise). Found in one pass over the page's lines.
struct NameLine {
  size_t begin;
  bool attendee;
  bool answer = false;  // the reply to "... your name?" on the line above
  bool people = false;  // under a heading for third parties ("OTHER OCCUPANTS", "Witnesses")
  bool speaker = false; // after a chat line's time ("[11/03/2024 22:43] T-Bone: ...")
  bool closing = false;  // after a letter's closing ("Kind regards,")
  bool operator<(const NameLine& o) const { return begin < o.begin; }
};
std::vector<NameLine> NameLineStarts(std::string_view text) {
  // Lists of people only: a distribution or circulation list names teams and posts as often.
  static constexpr std::string_view kHeadings[] = {"attendees", "present", "apologies", "witnesses", "associates"};
  constexpr size_t kAttendeeHeadings = 3;  // the first three
  // A heading whose last word is one of these heads a list of people too ("OTHER OCCUPANTS",
  // "PREVIOUS CELL SHARERS").
  static constexpr std::string_view kPeopleLastWords[] = {"occupants", "sharers", "cellmates", "co-defendants",
                                                          "household", "relatives", "nominals", "witnesses"};
  static constexpr std::string_view kClosings[] = {"yours sincerely", "yours faithfully", "kind regards",
                                                   "best regards", "best wishes", "warm regards", "warm wishes",
                                                   "with warm wishes", "with best wishes", "with kind regards",
                                                   "many thanks", "regards", "yours", "take care", "all the best"};
  std::vector<NameLine> out;
  // What the line says once a list number ("1."), spaces and a closing ':' or ',' are set
  // aside, in lower case when it could be a heading (at most 32 letters), else empty.
  char buf[32];
  auto heading_of = [&](size_t b, size_t e) -> std::string_view {
    while (b < e && (IsDigit(text[b]) || text[b] == '.' || text[b] == ' ' || text[b] == '\t')) ++b;
    while (e > b && (text[e - 1] == ':' || text[e - 1] == ',' || text[e - 1] == ' ' || text[e - 1] == '\r')) --e;
    if (e - b > sizeof buf || e == b) return {};
    for (size_t k = b; k < e; ++k) buf[k - b] = AsciiLower(text[k]);
    return std::string_view(buf, e - b);
  };
  // A question for someone's name ("OP: And your name?", "Q: What is your full name?"): the
  // reply on the next line opens with the name, after its speaker's label ("C: ").
  auto asks_name = [&](size_t b, size_t e) {
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\r')) --e;
    if (e - b < 5 || text[e - 1] != '?') return false;
    char tail[5];
    for (size_t k = 0; k < 4; ++k) tail[k] = AsciiLower(text[e - 5 + k]);
    return std::string_view(tail, 4) == "name";
  };
  auto after_speaker = [&](size_t f, size_t e) {
    const size_t colon = text.substr(f, std::min<size_t>(e - f, 12)).find(": ");
    return colon == std::string_view::npos ? f : f + colon + 2;
  };
  enum { kNone, kList, kAttendees, kClosing, kAnswer } open = kNone;  // what the lines below open
  for (size_t l = 0; l < text.size();) {
    const size_t e = std::min(text.find('\n', l), text.size());
    size_t f = l;
    while (f < e && (text[f] == ' ' || text[f] == '\t')) ++f;
    if (f == e) {  // a blank line ends a list; a closing's name may follow blank lines
      if (open != kClosing) open = kNone;
    } else if (text[f] == '[') {
      // A chat or message log's line: "[11/03/2024 22:43] T-Bone: "ye at my nans"": the words
      // after the bracketed time, up to a colon, are who wrote it.
      const size_t close = text.substr(f, std::min<size_t>(e - f, 28)).find("] ");
      if (close != std::string_view::npos && text.substr(f, close).find_first_of("0123456789") != std::string_view::npos &&
          text.substr(f, close).find(':') != std::string_view::npos) {
        const size_t who = f + close + 2;
        const size_t colon = text.substr(who, std::min<size_t>(e - who, 32)).find(": ");
        if (colon != std::string_view::npos && colon > 0) out.push_back({who, false, false, false, true});
      }
      open = kNone;
    } else if (open == kAnswer) {
      out.push_back({after_speaker(f, e), false, true});
      open = asks_name(f, e) ? kAnswer : kNone;
    } else if (open != kNone) {
      // A list's marker before the name: "(a)  Delroy Brathwaite", "b) ...", "- ...", "• ...".
      size_t g = f;
      if (text[g] == '(' && g + 2 < e && IsLetter(text[g + 1]) && text[g + 2] == ')') {
        g += 3;
      } else if (g + 1 < e && IsLetter(text[g]) && !IsLetter(text[g + 1]) && text[g + 1] == ')') {
        g += 2;
      } else if (text[g] == '-' || text[g] == '*' || text.compare(g, 3, "\u2022") == 0) {
        g += text[g] == '-' || text[g] == '*' ? 1 : 3;
      }
      if (g > f) {
        while (g < e && text[g] == ' ') ++g;
        f = g;
      }
      out.push_back({f, open == kAttendees, false, open == kList, false, open == kClosing});
      if (open == kClosing) open = kNone;
    } else if (asks_name(f, e)) {
      open = kAnswer;
    } else {
      const std::string_view h = heading_of(f, e);
      if (h.empty()) {  // a line of prose, longer than any heading or closing
        l = e + 1;
        continue;
      }
      for (size_t k = 0; k < std::size(kHeadings) && open == kNone; ++k) {
        if (h == kHeadings[k]) open = k < kAttendeeHeadings ? kAttendees : kList;
      }
      const size_t space = h.rfind(' ');
      const std::string_view last_word = space == std::string_view::npos ? h : h.substr(space + 1);
      for (std::string_view w : kPeopleLastWords) {
        if (open == kNone && last_word == w) open = kList;
      }
      for (std::string_view c : kClosings) {
        if (open == kNone && h == c) open = kClosing;
      }
    }
    l = e + 1;
  }
  return out;
}

// The words (runs of letters) of a lower-case table header.
std::vector<std::string_view> HeaderWords(std::string_view header) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at < header.size();) {
    while (at < header.size() && !IsLetter(header[at])) ++at;
    size_t e = at;
    while (e < header.size() && IsLetter(header[e])) ++e;
    if (e > at) words.push_back(header.substr(at, e - at));
    at = e;
  }
  return words;
}

namespace {

// Common words that are also forenames or surnames: in lower case they are the words ("i will
// mark it", "hope so").
bool CommonWordName(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "will", "mark", "bill", "grace", "hope", "rose", "may", "june", "april", "dawn", "faith", "joy", "sue", "pat",
      "jack", "frank", "sunny", "summer", "rich", "young", "brown", "green", "white", "black", "long", "short",
      "little", "bell", "hill", "wood", "lane", "ray", "art", "guy", "ben", "don", "sol", "amber", "ivy", "holly",
      "page", "miss", "sir", "king", "baker", "mason", "cook", "hunter", "price", "rice", "day", "may", "mo", "al",
      "ed", "jo", "de", "le", "la", "st", "van", "von", "bin", "den", "der", "di", "du", "da", "el", "so", "na"};
  return kWords.contains(w);
}

// The end of the word of lower-case text that starts at `b` (letters, letters beyond ASCII, and
// an inner hyphen or apostrophe).
size_t LowerWordEnd(std::string_view text, size_t b) {
  size_t e = b;
  while (e < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[e]);
    if ((c >= 'a' && c <= 'z') || c >= 0x80) {
      ++e;
    } else if ((c == '-' || c == '\'') && e > b && e + 1 < text.size() &&
               ((text[e + 1] >= 'a' && text[e + 1] <= 'z') || static_cast<unsigned char>(text[e + 1]) >= 0x80)) {
      ++e;
    } else {
      break;
    }
  }
  return e;
}

// One word that labels a phone's contact or a list's entry rather than naming a person
// ("Me", "Mum", "Work", "Probation"), in lower case.
bool ContactLabel(std::string_view w) {
  static const absl::flat_hash_set<std::string_view> kWords = {
      "me", "mum", "mom", "mam", "mummy", "dad", "daddy", "nan", "nana", "nanna", "gran", "granny", "grandma",
      "grandad", "grandpa", "home", "work", "office", "probation", "police", "solicitor", "doctor", "gp", "school",
      "unknown", "withheld", "private", "voicemail", "wife", "husband", "brother", "sister", "bro", "sis", "son",
      "daughter", "uncle", "aunt", "auntie", "aunty", "cousin", "partner", "babe", "boss", "landlord", "bank",
      "taxi", "dentist", "hospital", "council", "jobcentre", "none", "n/a", "tbc"};
  return kWords.contains(w);
}

}  // namespace

// A table column whose cells are people: a header word such as "name", "visitor" or "passenger"
// (whole words) and none that makes it a column about them ("Approved visitor", "Visitor type"),
// or a header that is only "from", "to", "sender" or "recipient" (a message log's columns;
// "Transferred to" holds places) or "who" (an action list's).
bool PeopleHeader(std::string_view header) {
  static const absl::flat_hash_set<std::string_view> kWords = {
      "name", "names", "visitor", "visitors", "passenger", "attendee", "driver", "payee", "surname", "forename",
      "guest", "guests", "receiver", "beneficiary", "remitter", "payer", "payers", "holder", "member", "members",
      "client", "clients", "customer", "customers", "tenant", "tenants",
      "forenames", "caller", "callers", "occupant", "occupants", "occupier", "cellmate", "sharer", "householder",
      "prisoner", "prisoners", "offender", "nominal", "participant", "participants", "witness", "witnesses"};
  // A header about the people rather than of them: "Approved visitor" (yes/no), "Visitor type".
  static const absl::flat_hash_set<std::string_view> kAbout = {
      "approved", "status", "banned", "type", "count", "number", "relationship", "total", "allowed"};
  static const absl::flat_hash_set<std::string_view> kWholeHeaders = {"from", "to", "sender", "recipient", "who"};
  if (kWholeHeaders.contains(header)) return true;
  bool people = false;
  for (std::string_view word : HeaderWords(header)) {
    if (kAbout.contains(word)) return false;
    people = people || kWords.contains(word);
  }
  return people;
}

// A table column whose cells are the staff who did something: a header word "officer",
// "staff" or "clinician", or a header ending in "searched by", "booked by", "checked by" and the like
// (not "visited by" or "referred by", which hold anyone).
bool StaffHeader(std::string_view header) {
  static const absl::flat_hash_set<std::string_view> kWords = {"officer", "officers", "staff", "clinician", "rso",
                                                                "supervisor", "nurse", "nurses"};
  static const absl::flat_hash_set<std::string_view> kDoneBy = {
      "searched", "booked", "entered", "recorded", "completed", "authorised", "authorized", "checked",
      "escorted", "issued", "approved", "reviewed", "examined", "signed", "supervised", "logged"};
  const std::vector<std::string_view> words = HeaderWords(header);
  if (std::any_of(words.begin(), words.end(), [](std::string_view w) { return kWords.contains(w); })) return true;
  // A log's "By", "Initials" or "Chk" column: who made or checked each entry.
  if (words.size() == 1 && (words[0] == "by" || words[0] == "initials" || words[0] == "chk" || words[0] == "checked")) {
    return true;
  }
  return words.size() >= 2 && words.back() == "by" && header.ends_with("by") &&
         kDoneBy.contains(words[words.size() - 2]);
}

std::vector<NameSpan> NameFinder::Find(std::string_view text, const NameTokens& tokens, const TableMap& tables,
                                       const std::set<std::string>& subject_words, std::string_view subject_initials,
                                       const SubjectProfile& subject, NameMemory* memory) const {
  const std::pair<std::string, std::string>& middle_and_surname = subject.MiddleAndSurname();
  std::vector<NameSpan> out;
  size_t i = 0;
  const std::vector<NameLine> name_lines = NameLineStarts(text);
  // The titles before the subject's name on this page (NameMemory::subject_titled_male).
  auto title_sex = [&](const Token& title) {
    char lower[5];
    const size_t n = std::min<size_t>(Len(title), sizeof lower);
    for (size_t k = 0; k < n; ++k) lower[k] = AsciiLower(text[title.begin + k]);
    const std::string_view word(lower, n);
    return word == "mr" ? 'm' : (word == "mrs" || word == "ms" || word == "miss") ? 'f' : '?';
  };
  if (!subject_words.empty()) {
    for (size_t k = 0; k + 2 < tokens.size(); ++k) {
      if (!(tokens[k].lex & kTitle) || !Adjacent(text, tokens[k], tokens[k + 1]) ||
          !Adjacent(text, tokens[k + 1], tokens[k + 2]) || !SubjectWord(tokens, tokens[k + 1], subject_words) ||
          !SubjectWord(tokens, tokens[k + 2], subject_words)) {
        continue;
      }
      const char sex = title_sex(tokens[k]);
      if (sex == 'm') ++memory->subject_titled_male;
      if (sex == 'f') ++memory->subject_titled_female;
    }
  }
  auto emit = [&](size_t first, size_t last, bool staff, double score, std::string reason, bool third_party = false) {
    // A shared mailbox's display name ("Harmsworth Welfare <welfare@harmsworth-irc...>"): a word
    // of it that the gazetteer has as no name is the address's whole local part.
    if (SharedMailboxName(text, tokens, first, last)) return;
    // A country or territory whose two words are names too ("Hong Kong", "Sierra Leone").
    if (last == first + 1 && Adjacent(text, tokens[first], tokens[last]) &&
        TwoWordPlace(tokens.Lower(tokens[first]), tokens.Lower(tokens[last]))) {
      return;
    }
    // A job title is no name ("Consultant Clinical Psychologist", "DOMESTIC VIOLENCE ADVISER"),
    // unless its last word is a known surname ("Nurse").
    if (!tokens[last].initial && JobHeads().contains(tokens.Lower(tokens[last])) && !Surname(tokens[last])) return;
    if (MiddleNamed(text, tokens, first, last, middle_and_surname, subject_words)) {
      // Someone named by the subject's middle name and surname, with their own forename before
      // it: "Noor Rahman YOUSAFZAI" beside the subject Gul Rahman YOUSAFZAI.
      if (first > 0 && first != last && Adjacent(text, tokens[first - 1], tokens[first])) {
        const Token& v = tokens[first - 1];
        if (Namey(v) && Len(v) >= 2 && !(v.lex & (kTitle | kRole))) --first;
      }
    } else if (IsSubjectName(tokens, first, last, subject_words, subject_initials)) {
      // A relative called by the subject's surname after a title, with a family word before or
      // in brackets after ("Mum Mrs Căldăraru", "Mr Tan (brother)"), or a title the bundle never
      // gives the subject ("Mrs Chan" where he is "Mr Kelvin Chan").
      const bool titled =
          first > 0 && (tokens[first - 1].lex & kTitle) && Adjacent(text, tokens[first - 1], tokens[first]);
      // (Or a word of the subject's name says it: "Mr Gill" beside Harpreet Kaur GILL.)
      const char sex = titled ? title_sex(tokens[first - 1]) : '?';
      const uint32_t men = memory->subject_titled_male, women = memory->subject_titled_female;
      const char subject_sex = men > 0 && women == 0 ? 'm' : women > 0 && men == 0 ? 'f' : subject.NameSex();
      const bool other_sex = (sex == 'f' && subject_sex == 'm') || (sex == 'm' && subject_sex == 'f');
      // (Or, in a letter's greeting, the same title and surname opened someone else's whole name
      // before it on the page: "Ms Akua Boateng\n14 Larchfield Road ... Dear Ms Boateng" in a
      // letter to the subject's sister. Later in the letter "Ms Boateng" may be the subject.)
      auto named_before = [&] {
        const size_t title_at = tokens[first - 1].begin;
        if (title_at < 5 || (text.substr(title_at - 5, 5) != "Dear " && text.substr(title_at - 5, 5) != "DEAR ")) {
          return false;
        }
        const std::string_view title = text.substr(tokens[first - 1].begin, Len(tokens[first - 1]));
        const std::string_view surname = tokens.Lower(tokens[first]);
        return std::any_of(out.begin(), out.end(), [&](const NameSpan& span) {
          const std::string_view name = text.substr(span.begin, span.end - span.begin);
          const size_t space = name.find(' ');
          if (span.staff || space == std::string_view::npos || span.begin < title.size() + 1 ||
              text.substr(span.begin - title.size() - 1, title.size()) != title || text[span.begin - 1] != ' ') {
            return false;
          }
          std::string first_word(name.substr(0, space));
          for (char& c : first_word) c = AsciiLower(c);
          if (InWords(first_word, subject_words)) return false;
          const std::string_view last_word = name.substr(name.rfind(' ') + 1);
          return last_word.size() == surname.size() &&
                 std::equal(last_word.begin(), last_word.end(), surname.begin(),
                            [](char a, char b) { return AsciiLower(a) == b; });
        });
      };
      if (staff || first != last || !titled ||
          !(other_sex || KinRoleBefore(text, tokens[first - 1].begin) || KinAfter(text, tokens[last].end) ||
            named_before())) {
        return;
      }
      third_party = true;
    }
    // A form's label opening its line ("  Result: No trace on PNC.").
    if (first == last && text.substr(tokens[last].end, 2) == ": ") {
      size_t b = tokens[first].begin;
      while (b > 0 && text[b - 1] == ' ') --b;
      if (b == 0 || text[b - 1] == '\n') return;
    }
    // A street's name: a street word follows ("Coinage Hall Street"), or one abroad opens it
    // ("Rruga Adem Jashari", "Rua dos Tucanos").
    if (last + 1 < tokens.size() && tokens[last + 1].cap && (tokens[last + 1].lex & kStreet) &&
        Adjacent(text, tokens[last], tokens[last + 1])) {
      return;
    }
    if (first > 0 && StreetOpenerAbroad(tokens.Lower(tokens[first - 1])) &&
        Adjacent(text, tokens[first - 1], tokens[first])) {
      return;
    }
    // A street after its house number ("16 Heather Row"), or a unit, wing or firm named by the
    // word after it ("Beech unit", "Cadence Learning Ltd").
    if (first != last && (tokens[last].lex & kStreet) && tokens[first].begin >= 2 && text[tokens[first].begin - 1] == ' ' &&
        IsDigit(text[tokens[first].begin - 2])) {
      return;
    }
    if (const size_t e = tokens[last].end; e + 1 < text.size() && text[e] == ' ') {
      static const absl::flat_hash_set<std::string_view> kNamedBy = {"unit", "wing", "landing", "ltd", "limited",
                                                                    "llp", "plc"};
      char word[8];
      size_t n = 0;
      while (n < sizeof word && e + 1 + n < text.size() && IsLetter(text[e + 1 + n])) {
        word[n] = AsciiLower(text[e + 1 + n]);
        ++n;
      }
      const bool whole = e + 1 + n == text.size() || !IsLetter(text[e + 1 + n]);
      if (whole && kNamedBy.contains(std::string_view(word, n))) return;
    }
    // A place: here, or a town the bundle's addresses name ("Quenby Marsh" in prose, after
    // "Quenby Marsh YO23 5WW" in a letter's address).
    std::string place = PlaceKey(text, tokens[first].begin, tokens[last].end);
    if (memory->places.contains(place)) return;
    // An organisation's or building's name ending in its kind ("St Thomas Hospital", "Kiln Row
    // Surgery").
    if (last > first && OrganisationEnd(tokens.Lower(tokens[last]))) return;
    switch (PlaceAround(text, tokens, first, tokens[last].end)) {
      case Place::kTown:
        memory->places.insert(std::move(place));
        return;
      case Place::kSite:
        return;
      case Place::kNone:
        break;
    }
    // Whose name it is: staff by a title or role; a third party after a role such as "visitor"
    // or "brother" (or under a "Visitor" column); by what follows it (PartyAfter); otherwise
    // by what the bundle has said of it ("Jade Mistry" in a contact log, after "Probation
    // Officer Jade Mistry").
    // Who wrote a log's entry, in square brackets closing its line ("... observed. [A. Ramachandran]").
    if (!staff && !third_party &&
        (LogEntryAuthor(text, tokens[first].begin, tokens[last].end) ||
         EntryHeadingAuthor(text, tokens[first].begin, tokens[last].end))) {
      staff = true;
    }
    // A staff role before a name's title: "Consultant    : Mr Oluwaseun ADEBAYO".
    if (!staff && !third_party && first > 0 && (tokens[first - 1].lex & kTitle) &&
        Adjacent(text, tokens[first - 1], tokens[first])) {
      std::string_view role;
      if (RoleBefore(text, tokens[first - 1].begin, &role).value_or(false) && !LabelRole(role)) staff = true;
    }
    NameParty party = staff ? NameParty::kStaff : NameParty::kNeutral;
    if (!staff) {
      std::string_view role;
      const std::optional<bool> after = PartyAfter(text, tokens[last].end);
      const bool staff_column = !tables.empty() && StaffHeader(tables.HeaderAt(tokens[first].begin));
      // (A role word before counts unless it ends the cell before, under a staff column's header:
      // "Dr Mehta reviewed              Oduya" under "Nurse".)
      const bool cell_opens = tokens[first].begin >= 2 && text[tokens[first].begin - 1] == ' ' &&
                              text[tokens[first].begin - 2] == ' ';
      if (third_party || (after && !*after) ||
          (!(staff_column && cell_opens) && RoleBefore(text, tokens[first].begin, &role).has_value() &&
           !LabelRole(role))) {
        party = NameParty::kThirdParty;
      } else if (after || staff_column || RememberedStaff(tokens, first, last, subject_words, *memory)) {
        party = NameParty::kStaff;
        staff = true;
      }
    }
    NameSpan s{OverParticles(text, tokens[first].begin), tokens[last].end, staff, score, std::move(reason)};
    // An alias's surname in the name of someone not on the staff, beside a word not the
    // subject's: "Kantharuban NAVARATNAM", "MacLEOD, Calum", "Declan Devlin".
    if (!staff && last > first && !subject.AliasSurnames().empty()) {
      for (const size_t k : {first, last}) {
        const size_t other = k == first ? last : first;
        if (tokens[k].initial || SubjectWord(tokens, tokens[other], subject_words) ||
            !InWords(tokens.Lower(tokens[k]), subject.AliasSurnames())) {
          continue;
        }
        if (memory->disowned.insert(std::string(tokens.Lower(tokens[k]))).second) {
          Remember(party, &memory->words.try_emplace(std::string(tokens.Lower(tokens[k])), party).first->second);
        }
      }
    }
    AddWords(tokens, first, last, party, subject_words, memory);
    // The short form a name in brackets spells out, before the bracket ("Zabi\n(Zabihullah
    // AHMADZAI, ..."): remembered, so that its mentions are found too.
    if (first > 0 && tokens[first].begin > 0 && text[tokens[first].begin - 1] == '(') {
      const Token& w = tokens[first - 1];
      const std::string_view gap = text.substr(w.end, tokens[first].begin - 1 - w.end);
      const std::string_view shorter = tokens.Lower(w), longer = tokens.Lower(tokens[first]);
      if (w.cap && !Vetoed(w) && Len(w) >= 3 && gap.find_first_not_of(" \n") == std::string_view::npos &&
          gap.size() <= 24 && std::count(gap.begin(), gap.end(), '\n') <= 1 && longer.size() > shorter.size() &&
          longer.starts_with(shorter) && !InWords(shorter, subject_words)) {
        memory->words.try_emplace(std::string(shorter), party);
      }
    }
    // ... or in brackets after it ("associate Baxendale (Bax)").
    if (const size_t close = tokens[last].end + 2; last + 1 < tokens.size() &&
        text.compare(tokens[last].end, 2, " (") == 0 && tokens[last + 1].begin == close &&
        tokens[last + 1].end < text.size() && text[tokens[last + 1].end] == ')') {
      const Token& w = tokens[last + 1];
      const std::string_view shorter = tokens.Lower(w), longer = tokens.Lower(tokens[last]);
      if (w.cap && !w.caps && !Vetoed(w) && Len(w) >= 3 && longer.size() > shorter.size() &&
          longer.starts_with(shorter) && !InWords(shorter, subject_words)) {
        memory->words.try_emplace(std::string(shorter), party);
      }
    }
    // A code a list gives the person, before '=' ("officer codes: TWI=Tomasz WIŚNIEWSKI;
    // SFa=Sinéad FAHY"): theirs, and remembered, so that the codes in the rows are found too.
    if (const size_t b = tokens[first].begin;
        first > 0 && b >= 3 && text[b - 1] == '=' && tokens[first - 1].end == b - 1) {
      const Token& code = tokens[first - 1];
      const std::string_view letters = text.substr(code.begin, Len(code));
      const bool code_like = Len(code) >= 2 && Len(code) <= 4 && IsUpper(letters[0]) &&
                             std::all_of(letters.begin(), letters.end(), [](char c) { return IsLetter(c); }) &&
                             (code.begin == 0 || !IsLetter(text[code.begin - 1]));
      if (code_like && !InWords(tokens.Lower(code), subject_words)) {
        Remember(party, &memory->words.try_emplace(std::string(tokens.Lower(code)), party).first->second);
        out.push_back({code.begin, code.end, staff, score, "name:code"});
      }
    }
    out.push_back(std::move(s));
  };
  // Extends a name starting at token k over adjacent initials and name words (at most 4 tokens).
  auto extend = [&](size_t k) {
    size_t last = k;
    while (last + 1 < tokens.size() && last - k < 3 && Adjacent(text, tokens[last], tokens[last + 1]) &&
           (Namey(tokens[last + 1]) || (tokens[last + 1].initial && tokens[last].initial))) {
      ++last;
    }
    return last;
  };
  while (i < tokens.size()) {
    const Token& t = tokens[i];
    if (!t.cap && !t.caps && !t.initial) {  // every pattern below starts with a capital
      ++i;
      continue;
    }
    // 0. A line that opens with a name (NameLineStarts): its first cell, two to four name words
    // or initials up to a run of spaces, a '(' or a ',' ("Florin Kazlauskas   HMP & YOI ...",
    // "Ayesha Bhattacharya" under "Yours sincerely").
    auto line = name_lines.empty() ? name_lines.end()
                                   : std::lower_bound(name_lines.begin(), name_lines.end(), NameLine{t.begin, false});
    if (line != name_lines.end() && line->begin == t.begin && !(t.lex & kTitle)) {
      size_t last = i;
      while (last + 1 < tokens.size() && last - i < 3 && Adjacent(text, tokens[last], tokens[last + 1]) &&
             (Namey(tokens[last + 1]) || tokens[last + 1].initial)) {
        ++last;
      }
      size_t after = tokens[last].end;
      // "MALIK, Shanice  26th Dec 1972": a surname in capitals, a comma and one forename fill the cell.
      if (last == i && t.caps && text.substr(after, 2) == ", " && i + 1 < tokens.size() &&
          tokens[i + 1].begin == after + 2 && tokens[i + 1].cap && BreakAt(text, tokens[i + 1].end)) {
        last = i + 1;
        after = tokens[last].end;
      }
      while (after < text.size() && text[after] == '.') ++after;
      const bool cell_ends = BreakAt(text, after) ||
                             (after + 1 < text.size() && text[after] == ' ' && text[after + 1] == '(') ||
                             (after < text.size() && text[after] == ',');
      // A chat line's writer: the words and initials up to the colon ("T-Bone:", "Ngozi O:").
      if (line->speaker) {
        size_t end = i;
        while (end + 1 < tokens.size() && Adjacent(text, tokens[end], tokens[end + 1]) &&
               (Namey(tokens[end + 1]) || tokens[end + 1].initial)) {
          ++end;
        }
        if (Namey(t) && text.compare(tokens[end].end, 2, ": ") == 0) {
          emit(i, end, false, 0.8, "name:chat-writer", true);
          i = end + 1;
          continue;
        }
      }
      // A reply to "... your name?" may be one word, and ends at a stop ("C: Emre de Souza. Emre.").
      const bool reply = line->answer && Namey(t) && Namey(tokens[last]) && !tokens[last].initial &&
                         (cell_ends || text[tokens[last].end] == '.' || text[tokens[last].end] == ',');
      if (reply) {
        emit(i, last, false, 0.8, "name:reply-to-name-question", true);
        i = last + 1;
        continue;
      }
      // One word alone on the line under a closing signs the letter ("Kind regards,\n\nPat").
      if (line->closing && last == i && t.cap && Namey(t) && Len(t) >= 2 && !t.caps &&
          (after >= text.size() || text[after] == '\n')) {
        emit(i, i, PartyAfter(text, t.end).value_or(false), 0.75, "name:signature");
        ++i;
        continue;
      }
      if (last > i && (Namey(t) || t.initial) && !tokens[last].initial && Namey(tokens[last]) && cell_ends) {
        // An attendee is staff unless what follows says otherwise ("(prisoner)").
        // (Or the rest of its line says a charity or club is whom they come for.)
        const std::optional<bool> said = PartyAfter(text, tokens[last].end);
        const bool staff = line->attendee && said.value_or(!PrivateBodyOnLine(text, tokens[last].end));
        emit(i, last, staff, 0.8, "name:list", line->people && !said.value_or(false));
        i = last + 1;
        continue;
      }
    }
    // 1. A title: "Mr Smith", "DC Tanya BOATENG", "Nurse J Gwynne", "Officer J. KHAN", and a
    // staff title with a collar number ("PC 2507 Harleen HARRISON").
    // (The surname's lower-case particles may stand between: "PC 7192 ap Gwilym", "Mr da Silva".)
    auto title_then = [&](const Token& next) {
      Token at = next;
      at.begin = OverParticles(text, next.begin);
      return (at.begin == t.end + 1 && text[t.end] == ' ') || Adjacent(text, t, next) ||
             ((t.lex & kStaffTitle) && NumberBetween(text, t, at));
    };
    // (A title in capitals, "MS F ADEYEMI", "MR JOHN SMITH", only before an initial or a name in
    // capitals that the gazetteer knows or a second word in capitals follows: not "MS Teams".)
    auto caps_title_then = [&](size_t k) {
      const Token& next = tokens[k];
      return next.initial ||
             (next.caps && !Vetoed(next) &&
              (Forename(next) || Surname(next) ||
               (k + 1 < tokens.size() && tokens[k + 1].caps && Adjacent(text, next, tokens[k + 1]))));
    };
    if ((t.lex & kTitle) && i + 1 < tokens.size() && title_then(tokens[i + 1]) &&
        (Namey(tokens[i + 1]) || tokens[i + 1].initial) &&
        (!t.caps || !CapitalsOfCivilTitle(text.substr(t.begin, Len(t))) || caps_title_then(i + 1))) {
      size_t first = i + 1;
      size_t last = extend(first);
      if (tokens[last].initial) {  // an initial alone after a title is not a name
        ++i;
        continue;
      }
      emit(first, last, (t.lex & kStaffTitle) != 0, 0.85, "name:title:'" + std::string(text.substr(t.begin, t.end - t.begin)) + "'");
      i = last + 1;
      continue;
    }
    // An all-caps particle opening "DA SILVA, Nathan" is taken with its surname by pattern 2.
    if (t.caps && Particle(tokens.Lower(t)) && i + 2 < tokens.size() && tokens[i + 1].caps &&
        Adjacent(text, t, tokens[i + 1]) && tokens[i + 2].cap && CommaBetween(text, tokens[i + 1], tokens[i + 2])) {
      ++i;
      continue;
    }
    // 2. SURNAME, Forename [Middle], or SURNAME, I filling a cell ("WARSAME ALI, H   E0075KD").
    // (All in capitals, as NOMIS prints contacts: "OKONKWO, ADAEZE       Sister", with a gazetteer
    // forename or one that ends its cell.)
    // (Not a place: "Place of birth: GDANSK, POLAND" opens no cell.)
    const bool all_caps = t.caps && i + 1 < tokens.size() && tokens[i + 1].caps && Len(tokens[i + 1]) >= 2 &&
                          (Forename(tokens[i + 1]) ||
                           (BreakAt(text, tokens[i + 1].end) &&
                            (t.begin == 0 || text[t.begin - 1] == '\n' ||
                             (t.begin >= 2 && text[t.begin - 1] == ' ' && text[t.begin - 2] == ' '))));
    if ((t.caps || t.cap) && !Vetoed(t) && Len(t) >= 2 && i + 1 < tokens.size() &&
        (tokens[i + 1].cap || all_caps ||
         (tokens[i + 1].initial && BreakAt(text, tokens[i + 1].end + (tokens[i + 1].dot ? 1 : 0)))) &&
        !Vetoed(tokens[i + 1]) && CommaBetween(text, t, tokens[i + 1])) {
      size_t last = i + 1;
      // A second forename: a gazetteer one (or a name the gazetteer has as a surname: "GREWAL,
      // Navdeep Kaur"), or any that ends the cell ("DONNELLY, Darragh Niall  DOB") or the clause
      // ("ABDELRAHMAN, Ahmed Osman - nil;").
      if (last + 1 < tokens.size() && (tokens[last + 1].cap || (all_caps && tokens[last + 1].caps)) &&
          Adjacent(text, tokens[last], tokens[last + 1]) && !Vetoed(tokens[last + 1]) && !PlaceWord(tokens[last + 1])) {
        const size_t end = tokens[last + 1].end;
        const bool clause_ends = end < text.size() && (text[end] == ';' || text[end] == ',' || text[end] == ')' ||
                                                       text.compare(end, 3, " - ") == 0);
        if (Forename(tokens[last + 1]) || Surname(tokens[last + 1]) || BreakAt(text, end) || clause_ends) ++last;
      }
      // All-caps particles before the surname belong to it ("DA SILVA, Nathan", "VAN DER BERG, J").
      size_t first = i;
      while (first > 0 && i - first < 2 && tokens[first - 1].caps && Adjacent(text, tokens[first - 1], tokens[first]) &&
             Particle(tokens.Lower(tokens[first - 1]))) {
        --first;
      }
      // A surname of two or three words in capitals filling a cell's start ("WARSAME ALI, Hodan",
      // "CONCEIÇÃO DOS SANTOS, João" after a '|' or a layout gap) or a label's colon ("Next of kin
      // recorded: FERNÁNDEZ OCAMPO, Lucía").
      auto opens_cell = [&](const Token& w) {
        return w.begin == 0 || text[w.begin - 1] == '\n' ||
               (w.begin >= 2 && text[w.begin - 1] == ' ' &&
                (text[w.begin - 2] == ' ' || text[w.begin - 2] == '|' || text[w.begin - 2] == ':'));
      };
      for (size_t wider = first; t.caps && wider > 0 && i - wider < 2;) {
        const Token& w = tokens[wider - 1];
        if (!w.caps || Vetoed(w) || !Adjacent(text, w, tokens[wider])) break;
        --wider;
        if (opens_cell(w)) {
          first = wider;
          break;
        }
      }
      // "ICO, Wycliffe House": a building or organisation word after the forename vetoes.
      bool place = last + 1 < tokens.size() && Adjacent(text, tokens[last], tokens[last + 1]) &&
                   PlaceWord(tokens[last + 1]);
      auto role = RoleBefore(text, t.begin);
      size_t after = tokens[last].end;
      while (after < text.size() && text[after] == ' ') ++after;
      // Title-case "Surname, Forename" only in e-mail headers ("To: Pryce, Darren <...>") or
      // after a role with a colon; all-caps surnames are the NOMIS/Delius print style.
      // (or an e-mail address in brackets: "Printed from NOMIS by Egal, Mahad (mahad.egal@...)").
      const bool mail_after = after < text.size() && text[after] == '(' &&
                              text.substr(after, 64).find('@') != std::string_view::npos &&
                              text.substr(after, 64).find('@') < text.substr(after, 64).find(')');
      // (or a prison number: "Dhillon, Harjit B0283RC says ...").
      const bool prison_number_after =
          after + 7 <= text.size() && IsUpper(text[after]) &&
          std::all_of(text.begin() + after + 1, text.begin() + after + 5, [](char c) { return IsDigit(c); }) &&
          IsUpper(text[after + 5]) && IsUpper(text[after + 6]) && (after + 7 == text.size() || !IsLetter(text[after + 7]));
      bool mixed_ok = (after < text.size() && text[after] == '<') || (role && ColonAfterRole(text, t.begin)) ||
                      TransferParty(text, t.begin) || mail_after || prison_number_after;
      if (!place && (t.caps || mixed_ok) && !(t.caps && Len(t) <= 3 && !Surname(t))) {
        emit(first, last, role.value_or(false), 0.85, "name:caps-style");
        i = last + 1;
        continue;
      }
    }
    // 2c. SURNAME Forename, family name first without a comma ("TAN Wei Jie", "BOATENG Kwame
    // Osei"): a surname in capitals that the gazetteer knows, or that opens a cell, then a
    // gazetteer forename, and a further word that is one too or ends the cell.
    // (A surname it does not know must fill the start of a table cell: "PV3-0141   CHENOWETH
    // Elowen Mary     1 Chapel Terrace".)
    // (At least one of the given names is a gazetteer forename.)
    if (t.caps && !Vetoed(t) && Len(t) >= 2 && !(Len(t) <= 3 && !Surname(t)) && i + 1 < tokens.size() &&
        tokens[i + 1].cap && !Vetoed(tokens[i + 1]) && Adjacent(text, t, tokens[i + 1])) {
      size_t last = i + 1;
      if (last + 1 < tokens.size() && tokens[last + 1].cap && !Vetoed(tokens[last + 1]) &&
          Adjacent(text, tokens[last], tokens[last + 1]) &&
          (Forename(tokens[last + 1]) || BreakAt(text, tokens[last + 1].end) ||
           text.substr(tokens[last + 1].end, 1) == ",")) {
        ++last;
      }
      const bool given = Forename(tokens[i + 1]) || (last > i + 1 && Forename(tokens[last]));
      const bool opens = t.begin == 0 || text[t.begin - 1] == '\n' ||
                         (t.begin >= 2 && text[t.begin - 1] == ' ' &&
                          (text[t.begin - 2] == ' ' || text[t.begin - 2] == '|'));
      const bool cell = given && opens && BreakAt(text, tokens[last].end);
      if ((Surname(t) && Forename(tokens[i + 1])) || cell) {
        emit(i, last, RoleBefore(text, t.begin).value_or(false), 0.75, "name:surname-first");
        i = last + 1;
        continue;
      }
    }
    // 2b4. A forename, a nickname in quotes and a surname: 'Patrick "Packie" JOYCE'.
    if (t.cap && Forename(t) && !Vetoed(t) && i + 2 < tokens.size() && t.end + 2 < text.size() &&
        text[t.end] == ' ' && text[t.end + 1] == '"' && tokens[i + 1].begin == t.end + 2 && tokens[i + 1].cap &&
        tokens[i + 1].end + 2 < text.size() && text[tokens[i + 1].end] == '"' && text[tokens[i + 1].end + 1] == ' ' &&
        tokens[i + 2].begin == tokens[i + 1].end + 2 && Namey(tokens[i + 2]) &&
        (tokens[i + 2].caps || Surname(tokens[i + 2]))) {
      emit(i, i + 2, RoleBefore(text, t.begin).value_or(false), 0.8, "name:nickname-inside");
      i += 3;
      continue;
    }
    // 2b'''. A forename alone before a telephone number is whose number it is: a notebook's
    // "Alex 07700 900850".
    if (t.cap && Forename(t) && !Vetoed(t) && !ContactLabel(tokens.Lower(t)) && t.end + 1 < text.size() &&
        text[t.end] == ' ' && PhoneStartsAt(text, t.end + 1) && !(i > 0 && Adjacent(text, tokens[i - 1], t))) {
      emit(i, i, false, 0.75, "name:before-phone", true);
      ++i;
      continue;
    }
    // 2b''. A forename alone, set off by commas or in brackets, after a word for a person: "a
    // 15-year-old boy, Oliver, and", "the victim (Oliver) was"; between commas any name will do
    // ("A second Vietnamese woman, Hoa, was also held").
    if (t.cap && !Vetoed(t) && t.begin >= 2 && t.end < text.size() &&
        ((text.substr(t.begin - 2, 2) == ", " && text[t.end] == ',' && (Forename(t) || Len(t) >= 3)) ||
         (text.substr(t.begin - 2, 2) == " (" && text[t.end] == ')' && Forename(t))) &&
        PersonNounBefore(text, t.begin - 2)) {
      emit(i, i, false, 0.75, "name:apposed-to-person", true);
      ++i;
      continue;
    }
    // 2b. Two or three capitalised words set off by commas after a phrase that names a post:
    // "the health visitor, Gemma Rourke, saw", "A keyworker, Bogdan RUSU, recorded" (staff).
    // (The phrase before is read last: it is built in lower case.)
    if (Namey(t) && t.cap && t.begin >= 2 && text[t.begin - 2] == ',') {
      size_t last = i;
      while (last + 1 < tokens.size() && last - i < 2 && Adjacent(text, tokens[last], tokens[last + 1]) &&
             Namey(tokens[last + 1])) {
        ++last;
      }
      if (last > i && text.substr(tokens[last].end, 1) == "," && ApposedToPost(text, t.begin)) {
        emit(i, last, true, 0.75, "name:apposed-to-post");
        i = last + 1;
        continue;
      }
    }
    // ... or with a third party's role: "The victim of the index offence, Eilidh Grieve, lives at ...".
    if (Namey(t) && t.cap && ApposedToRole(text, t.begin)) {
      size_t last = i;
      while (last + 1 < tokens.size() && last - i < 2 && Adjacent(text, tokens[last], tokens[last + 1]) &&
             Namey(tokens[last + 1]) && tokens[last + 1].cap) {
        ++last;
      }
      if (last > i && text.substr(tokens[last].end, 1) == ",") {
        emit(i, last, false, 0.75, "name:apposed-to-role", true);
        i = last + 1;
        continue;
      }
    }
    // 3. A role or label before: "visitor Jade Smith", "Entered by: KHAN, J", "Signed: A. Cartwright"
    // (before the surname's particles: "Countersigned: van der Berg, D.").
    if ((Namey(t) || t.initial) && !(i > 0 && Adjacent(text, tokens[i - 1], t) && Namey(tokens[i - 1]))) {
      const size_t role_at = OverParticles(text, t.begin);
      std::string_view role_word;
      auto role = RoleBefore(text, role_at, &role_word);
      size_t line_at = role_at;  // the line's start, past an indent
      while (line_at > 0 && role_at - line_at < 16 && text[line_at - 1] == ' ') --line_at;
      if (!role && line_at > 0 && text[line_at - 1] == '\n' && KinRoleBefore(text, role_at)) role = false;
      // A heading in capitals ("PRESENTING OFFICER - POST-HEARING REVIEW NOTE", "CONTRIBUTION TO
      // FUNERAL COSTS"): its role words head no name.
      // (A form in capitals keeps its colon: "VISITOR: JOHN SMITH".) At most kHeading bytes of the
      // line are read each way.
      // (Small letters in brackets do not count: "CONTRIBUTION TO FUNERAL COSTS (death in custody)".)
      if (role && t.caps && !ColonAfterRole(text, role_at)) {
        constexpr size_t kHeading = 160;
        size_t lb = t.begin, le = t.end;
        while (lb > 0 && t.begin - lb < kHeading && text[lb - 1] != '\n') --lb;
        while (le < text.size() && le - t.end < kHeading && text[le] != '\n') ++le;
        // (A heading's own cell when the role word shares it: "YOUTH DEFENDANT WELFARE CHECKLIST"
        // before a layout gap and "Hallam Vale YJS (court team)".)
        const size_t gap_before = text.substr(lb, t.begin - lb).rfind("  ");
        const bool role_in_cell = !(t.begin >= 2 && text[t.begin - 1] == ' ' && text[t.begin - 2] == ' ');
        if (role_in_cell) {
          const size_t gap_after = text.substr(t.end, le - t.end).find("  ");
          if (gap_after != std::string_view::npos) le = t.end + gap_after;
          if (gap_before != std::string_view::npos) lb += gap_before + 2;
        }
        int depth = 0;
        bool small = false;
        for (size_t k = lb; k < le && !small; ++k) {
          depth += text[k] == '(' ? 1 : text[k] == ')' && depth > 0 ? -1 : 0;
          small = depth == 0 && text[k] >= 'a' && text[k] <= 'z';
        }
        if (!small) role.reset();
      }
      if (role) {
        size_t last = extend(i);
        bool has_word = false;
        for (size_t k = i; k <= last; ++k) has_word = has_word || Namey(tokens[k]);
        // One capitalised word after a role is a name only if it is a known name or all caps (not
        // a short acronym: "PIN", "IP"); after a weak role ("with", "by") two words are needed.
        bool short_acronym = last == i && t.caps && Len(t) <= 3 && !Surname(t);
        // (Or after a staff role and a colon, "Usher: Winston", or in quotes, "a male called 'Ming'".)
        // (The quote closes after the name: "volunteer: "Delivered 04/09 ..." opens a message.)
        const bool quoted = t.begin > 0 && (text[t.begin - 1] == '\'' || text[t.begin - 1] == '"') &&
                            tokens[last].end < text.size() && text[tokens[last].end] == text[t.begin - 1];
        // (Or, after any role and a colon, a word that brackets follow: "Victim: Senait (full details
        // held by the VLO)".)
        const bool bracket_after = text.substr(tokens[last].end, 2) == " (";
        // (Or after a role for another party with no colon: "Room-mate Zabiullah (Afghan)".)
        // (Or after a word for what someone is called: "known only as Habibullah", "a man she calls
        // Tuan", "aka Smudge".)
        const bool called = role_word == "only as" || role_word == "known as" || role_word == "she calls" ||
                            role_word == "he calls" || role_word == "aka" || role_word == "alias" ||
                            role_word == "called him" || role_word == "called her" || role_word == "calls him" ||
                            role_word == "calls her" || role_word == "call him" || role_word == "call her" ||
                            role_word == "nicknamed";
        bool strong = (last > i || t.caps || Forename(t) || Surname(t) || called ||
                       ((*role || bracket_after) && ColonAfterRole(text, role_at)) ||
                       (bracket_after && !*role && t.cap && t.begin >= 2 && text[t.begin - 1] == ' ' &&
                        IsLetter(text[t.begin - 2])) ||
                       quoted || KinRoleBefore(text, t.begin) ||
                       (bracket_after && (PartyAfter(text, tokens[last].end).has_value() ||
                                          AgeInBracketsAt(text, tokens[last].end + 1)))) &&
                      !short_acronym;
        // (A role of its own that ends in "by" and a colon, "Taken by: Gemma (duty)", "Entered by:
        // Dev", is no weak one.)
        const bool by_role = role_word.size() > 3 && role_word.ends_with(" by") && ColonAfterRole(text, role_at);
        if (WeakRole(text, t.begin) && !by_role) {
          // After "from", "to" or "cc" alone a name is an e-mail header's; after a message, call,
          // letter or visit it is the person's at the other end ("Message to Hao:", "visits from
          // Tunde Eze"), and a gazetteer forename is enough.
          const bool contact = ContactBefore(text, role_at);
          strong = (last > i && (contact || !(t.begin > 0 && (text.substr(0, t.begin).ends_with("from ") ||
                                                              text.substr(0, t.begin).ends_with("to ") ||
                                                              text.substr(0, t.begin).ends_with("cc "))))) ||
                   (contact && last == i && Forename(t)) ||
                   // (or what follows says whose name it is: "from Hollis (DC, ...)", "gone to Sahra
                   // Dirie at children's services")
                   (t.cap && PartyAfter(text, tokens[last].end).has_value());
          // A column gap after a bare "to", "from" or "by" makes it a header cell ("Registered to
          // |   Assigned IP"), not a role: the next cell is another header or a value, not a name.
          if (role_word == "to" || role_word == "from" || role_word == "by" || role_word == "cc" ||
              role_word == "with") {
            size_t g = role_at;
            while (g > 0 && text[g - 1] == ' ') --g;
            if (role_at - g >= 2) strong = false;
          }
        }
        // What the subject is called, cut from their own name ("Everyone called him Kel" of Kelvin
        // Chan), is theirs.
        // (A people's name said of someone is no name of theirs: "who had called her "Chinese"".)
        static const absl::flat_hash_set<std::string_view> kPeoples = {
            "chinese", "english", "irish", "scottish", "welsh", "british", "african", "asian", "indian",
            "pakistani", "polish", "romanian", "gypsy", "traveller", "foreign", "foreigner", "muslim", "jewish",
            "turkish", "albanian", "somali", "nigerian", "jamaican", "kurdish", "arab", "russian"};
        // (Nor is a forename said so, which names whoever bears it, not a new person: 'He called
        // her "Fiona"' of his probation officer.)
        const bool called_by = role_word.starts_with("call");
        if (called && last == i && (kPeoples.contains(tokens.Lower(t)) || (called_by && (Forename(t) || Surname(t))))) {
          i = last + 1;
          continue;
        }
        if (called && last == i && ShortFormOfSubjectWord(tokens.Lower(t), subject_words)) {
          i = last + 1;
          continue;
        }
        // (A place's word after it makes it the place: "cousin        Lipa City".)
        const bool place_after = last + 1 < tokens.size() && Adjacent(text, tokens[last], tokens[last + 1]) &&
                                 (PlaceWord(tokens[last + 1]) || TownWord(tokens.Lower(tokens[last + 1])));
        if (has_word && strong && !tokens[last].initial && !place_after) {
          // "Countersigned: Warsame, S., Senior Probation Officer": the initial after the comma
          // is the forename's.
          // (Not "D.O.B.": the initial's dot ends the word.)
          if (last + 1 < tokens.size() && tokens[last + 1].initial && tokens[last + 1].dot &&
              text.substr(tokens[last].end, tokens[last + 1].begin - tokens[last].end) == ", " &&
              (tokens[last + 1].end + 1 >= text.size() || !IsLetter(text[tokens[last + 1].end + 1]))) {
            ++last;
          }
          emit(i, last, *role, 0.8, "name:role");
          // A list after the role: "Visitors: Katarzyna Lam, Michael Malik and Craig Petrenko":
          // each further name of two to four capitalised words opening with a gazetteer
          // forename, after ", ", " and " or " / " (not a job title: ", Financial Investigator"). After
          // a family word and one name, one word more: "my children Ling and Zubair".
          const bool kin_one = last == i && KinRoleBefore(text, t.begin);
          while (last + 1 < tokens.size()) {
            std::string_view gap = text.substr(tokens[last].end, tokens[last + 1].begin - tokens[last].end);
            // (Past a short bracket after the name before: "Paulette (23/08/2012) and Beverley".)
            if (gap.starts_with(" (") && gap.find(')') != std::string_view::npos && gap.find(')') <= 24) {
              gap.remove_prefix(gap.find(')') + 1);
            }
            if (gap != ", " && gap != " and " && gap != ", and " && gap != " / " && gap != "; ") break;
            size_t first = last + 1, end = first;
            if (kin_one && Namey(tokens[first]) && !tokens[first].caps &&
                !(first + 1 < tokens.size() && Adjacent(text, tokens[first], tokens[first + 1]))) {
              emit(first, first, *role, 0.75, "name:role-list");
              last = first;
              continue;
            }
            // (A slash lists people only: "Escort crew: Oliver Cartwright / Fadumo Warsame"; so does
            // a plural role, "Facilitators: Andrei Kowalczyk, Elif Doğan", unless a job title
            // follows: ", Financial Investigator".)
            const bool plural = role_word.size() > 3 && role_word.ends_with('s') && !role_word.ends_with("ss");
            // (A slash or a semicolon parts people only.)
            const bool people_gap = gap == " / " || gap == "; ";
            if (last + 2 >= tokens.size() || !Namey(tokens[first]) ||
                (!Forename(tokens[first]) && !people_gap && !plural)) {
              break;
            }
            while (end + 1 < tokens.size() && end - first < 3 && Adjacent(text, tokens[end], tokens[end + 1]) &&
                   Namey(tokens[end + 1])) {
              ++end;
            }
            if (end == first) break;
            std::array<char, 80> cell;
            if (!Forename(tokens[first]) && !people_gap && HoldsJobTitle(CellAfter(text, tokens[first].begin, &cell))) {
              break;
            }
            emit(first, end, *role, 0.8, "name:role-list");
            last = end;
          }
          i = last + 1;
          continue;
        }
      }
    }
    // 3b. A name that a relation to someone follows: "Zaki is a friend from work", "Maria is my
    // granddaughter", "Marlon was his cellmate" (a third party's, as each relation is).
    // (A cheap look for the verb after one of the next three words first.)
    bool verb_near = false;
    for (size_t k = i; k < tokens.size() && k <= i + 2 && !verb_near; ++k) verb_near = VerbMayFollow(text, tokens[k].end);
    if (verb_near && Namey(t) && !t.initial && Len(t) >= 2 && !SubjectWord(tokens, t, subject_words) &&
        !(i > 0 && Adjacent(text, tokens[i - 1], t) && (Namey(tokens[i - 1]) || (tokens[i - 1].lex & kTitle)))) {
      size_t last = i;
      while (last + 1 < tokens.size() && last - i < 2 && Adjacent(text, tokens[last], tokens[last + 1]) &&
             Namey(tokens[last + 1]) && !tokens[last + 1].initial) {
        ++last;
      }
      // (Not a pronoun for anyone: "Nobody is a friend here".)
      static const absl::flat_hash_set<std::string_view> kAnyone = {
          "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "noone", "he", "she",
          "it", "this", "that", "there", "who", "which", "what", "one", "each", "neither", "either"};
      if (RelationAfter(text, tokens[last].end) && !kAnyone.contains(tokens.Lower(t))) {
        emit(i, last, false, 0.75, "name:relation-after", true);
        i = last + 1;
        continue;
      }
    }
    // 3b'. A child the family court names by initials: "Re AK (a child)", "AND AK (A GIRL)".
    if (t.caps && Len(t) >= 2 && Len(t) <= 3 && text.compare(t.end, 2, " (") == 0) {
      std::array<char, 12> buf{};
      const std::string_view inside = text.substr(t.end + 2, buf.size());
      for (size_t k = 0; k < inside.size(); ++k) buf[k] = AsciiLower(inside[k]);
      const std::string_view low(buf.data(), inside.size());
      if (low.starts_with("a child)") || low.starts_with("a girl)") || low.starts_with("a boy)") ||
          low.starts_with("children)") || low.starts_with("a minor)")) {
        emit(i, i, false, 0.75, "name:child-initials", true);
        ++i;
        continue;
      }
    }
    // 3c. A name whose kin the text goes on to speak of: "Kenny's mother is still in the
    // township", "Tyler's younger brother" (a third party's, as the subject's own kin would be
    // "his" or "her"). One word, not the subject's, that no other capitalised word opens; opening
    // a line or sentence, a gazetteer forename ("Infant's father" is a form's label).
    if (t.cap && !t.caps && !t.initial && Len(t) >= 3 && !Vetoed(t) && !(t.lex & kTitle) &&
        !SubjectWord(tokens, t, subject_words) && (Forename(t) || !OpensSentence(text, t.begin)) &&
        KinAfterPossessive(text, t.end) &&
        !(i > 0 && Adjacent(text, tokens[i - 1], t) && (tokens[i - 1].cap || tokens[i - 1].caps))) {
      emit(i, i, false, 0.75, "name:kin-after", true);
      ++i;
      continue;
    }
    // 3d. A forename alone that a body follows with "from": "Sarah from the council rang", "Lorna
    // from Shelter": staff when the body is a public service. Not after a word that makes it a
    // place ("moved to Florence from Rome").
    if (t.cap && !t.caps && !t.initial && Len(t) >= 3 && Forename(t) && !Vetoed(t) && !(t.lex & kTitle) &&
        !SubjectWord(tokens, t, subject_words) &&
        !(i > 0 && Adjacent(text, tokens[i - 1], t) && (tokens[i - 1].cap || tokens[i - 1].caps)) &&
        !PlacePrepositionBefore(text, t.begin)) {
      if (const std::optional<bool> staff = FromBodyAfter(text, t.end)) {
        emit(i, i, *staff, 0.75, "name:from-body", !*staff);
        ++i;
        continue;
      }
    }
    // 4'. The subject's middle name and surname, with nothing of theirs before: someone else
    // ("Photo of Drita and Gjon Krasniqi (parents)" beside the subject Ardit Gjon KRASNIQI).
    if (i + 1 < tokens.size() && (t.cap || t.caps) && tokens.Lower(t) == middle_and_surname.first &&
        Adjacent(text, t, tokens[i + 1]) && MiddleNamed(text, tokens, i, i + 1, middle_and_surname, subject_words)) {
      // (With a family name of their own after it: "Mohamed Abdullahi JAMA".)
      const size_t last = i + 2 < tokens.size() && Adjacent(text, tokens[i + 1], tokens[i + 2]) &&
                                  Namey(tokens[i + 2]) && !tokens[i + 2].initial && !PlaceWord(tokens[i + 2])
                              ? i + 2
                              : i + 1;
      emit(i, last, RoleBefore(text, t.begin).value_or(false), 0.75, "name:subject-middle-name");
      // Kin named so ("Besnik KRASNIQI (father)") go by that name alone too: the word alone is
      // theirs, not the subject's ("present for Besnik", "Besnik works nights").
      if (KinAfter(text, tokens[last].end)) {
        const std::string middle(tokens.Lower(t));
        if (memory->disowned.insert(middle).second) memory->words.try_emplace(middle, NameParty::kThirdParty);
      }
      i = last + 1;
      continue;
    }
    // 4a. A relative named with the subject's surname: "Cerys Horváth", "C. Horváth" when the
    // subject is Lukas Horváth. The first word is not one of the subject's (an initial that is
    // one of theirs makes the subject, left out by emit), and a capitalised word that opens a
    // sentence or line ("Saw Horváth") counts only in a table cell or as a gazetteer forename.
    // (A particle of their name is no surname: "Tŷ Derwen AP" when the subject is Rhodri ap Iwan.)
    if (i + 1 < tokens.size() && !subject_words.empty() && (tokens[i + 1].cap || tokens[i + 1].caps) &&
        (t.initial || t.cap) && Adjacent(text, t, tokens[i + 1]) && SubjectWord(tokens, tokens[i + 1], subject_words) &&
        !Particle(tokens.Lower(tokens[i + 1]))) {
      const Token& u = tokens[i + 1];
      const bool first_ok =
          t.initial || (t.cap && !Vetoed(t) && Len(t) >= 2 && !SubjectWord(tokens, t, subject_words) &&
                        (!OpensSentence(text, t.begin) || Forename(t) || !tables.HeaderAt(t.begin).empty()));
      // ... and not the subject's own two words after another ("Observed Declan BLACKWOOD").
      const bool subject_follows = i + 2 < tokens.size() && Adjacent(text, u, tokens[i + 2]) &&
                                   SubjectWord(tokens, tokens[i + 2], subject_words);
      if (first_ok && !subject_follows && !Vetoed(u)) {
        // A third word goes on with the name when it is not the subject's: "Đặng Thị Hoa", whose
        // middle name is the subject's first ("Thi Lan Nguyen").
        size_t last = i + 1;
        if (i + 2 < tokens.size() && (tokens[i + 2].cap || tokens[i + 2].caps) && Namey(tokens[i + 2]) &&
            Adjacent(text, u, tokens[i + 2]) &&
            !SubjectWord(tokens, tokens[i + 2], subject_words)) {
          last = i + 2;
        }
        // A forename before goes with it too: a gazetteer forename, the subject's middle name (a
        // father's: "Kirit Manilal PATEL" beside the subject Bhavnaben Kirit PATEL), or any word
        // not theirs in the "Forename Middle SURNAME" style ("Nikhil Kiritbhai PATEL") or inside a
        // sentence ("My name is Tek Bahadur Gurung").
        size_t from = i;
        // (Not a small word that a scan's OCR capitalised: "take 0ff Declan Devlin".)
        static const absl::flat_hash_set<std::string_view> kSmallWords = {
            "off", "on", "in", "at", "to", "of", "for", "from", "and", "the", "with", "by", "up", "out", "over",
            "into"};
        if (i > 0 && !t.initial && Adjacent(text, tokens[i - 1], t)) {
          const Token& v = tokens[i - 1];
          const bool subjects = SubjectWord(tokens, v, subject_words);
          if (Namey(v) && !v.initial && Len(v) >= 2 && !(v.lex & (kTitle | kRole)) &&
              ((!subjects && (Forename(v) || (v.cap && t.cap && u.caps) ||
                              (v.cap && t.cap && !OpensSentence(text, v.begin) && !PlaceWord(v) &&
                               !kSmallWords.contains(tokens.Lower(v))))) ||
               tokens.Lower(v) == middle_and_surname.first)) {
            from = i - 1;
          }
        }
        emit(from, last, RoleBefore(text, tokens[from].begin).value_or(false), 0.75, "name:subject-surname");
        i = last + 1;
        continue;
      }
    }
    // 4b. A relative named family name first with the subject's family name: "TAN Wei Jie" when
    // the subject is TAN Siew Ling. The forename after it is a gazetteer forename and not one of
    // the subject's; a third such word goes on with the name.
    if (i + 1 < tokens.size() && !subject_words.empty() && t.caps && Len(t) >= 2 && !Vetoed(t) &&
        SubjectWord(tokens, t, subject_words) && !(i > 0 && Adjacent(text, tokens[i - 1], t) && Namey(tokens[i - 1]))) {
      const Token& u = tokens[i + 1];
      if (u.cap && !u.caps && Adjacent(text, t, u) && Forename(u) && !Vetoed(u) &&
          !SubjectWord(tokens, u, subject_words)) {
        size_t last = i + 1;
        if (i + 2 < tokens.size() && tokens[i + 2].cap && !tokens[i + 2].caps && Namey(tokens[i + 2]) &&
            Adjacent(text, u, tokens[i + 2]) && !SubjectWord(tokens, tokens[i + 2], subject_words)) {
          last = i + 2;
        }
        emit(i, last, RoleBefore(text, t.begin).value_or(false), 0.75, "name:subject-surname");
        i = last + 1;
        continue;
      }
    }
    // 4. Forename SURNAME, Forename Surname (gazetteer), Initial Surname (gazetteer).
    if (i + 1 < tokens.size() && Adjacent(text, t, tokens[i + 1])) {
      const Token& u = tokens[i + 1];
      // An all-caps word of two or three letters is an acronym ("Source IP", "Brook PDU") unless
      // it is a known surname ("Jade LEE").
      bool caps_style = t.cap && !Vetoed(t) && u.caps && !Vetoed(u) && Len(u) >= 2 && (Len(u) >= 4 || Surname(u));
      // A capitalised word before a known surname makes a name, unless the surname is the
      // subject's ("Saw Kowalski on the wing": the subject, after a verb).
      // (A ward of a hospital or prison is named "Larch Ward", a barristers' chambers "Westgate
      // Chambers": a surname that is also a place's word counts only after a forename.)
      // (Or family name first, as Hungarian writes it in running text: "her ex (Kovács Gábor)", a
      // surname the gazetteer knows only as one and a forename it knows only as one, the name
      // ending there; not a form's value after a label, whose party the label would have to say.)
      const bool family_first = Surname(t) && !Forename(t) && Forename(u) && !Surname(u) &&
                                !(i + 2 < tokens.size() && Adjacent(text, u, tokens[i + 2]) && Namey(tokens[i + 2])) &&
                                !AfterLabel(text, t.begin);
      bool gazetteer = t.cap && !Vetoed(t) && u.cap && !Vetoed(u) &&
                       (Forename(t) || family_first ||
                        (Surname(u) && !Surname(t) && !InWords(tokens.Lower(u), subject_words) &&
                         !PlaceWord(u)));
      // (An initial and a surname in capitals the gazetteer knows, or closing a signature line
      // over a job title: "N. ACHARYA\nHMRC Officer".)
      bool initial = t.initial && !Vetoed(u) &&
                     ((u.cap && Surname(u)) ||
                      (u.caps && Len(u) >= 3 && (Surname(u) || PartyAfter(text, u.end).value_or(false))));
      if (caps_style || gazetteer || initial) {
        size_t last = i + 1;
        // (A third word in capitals, a surname, or one that a party in brackets follows: "Hodan
        // Ali Farah (mother)".)
        if (last + 1 < tokens.size() && Adjacent(text, u, tokens[last + 1]) && Namey(tokens[last + 1]) &&
            (tokens[last + 1].caps || Surname(tokens[last + 1]) ||
             (text.compare(tokens[last + 1].end, 2, " (") == 0 && PartyAfter(text, tokens[last + 1].end).has_value()))) {
          ++last;
          // (A second family name in capitals: "João Pedro ALVES FERREIRA".)
          if (last + 1 < tokens.size() && last - i < 3 && tokens[last].caps && tokens[last + 1].caps &&
              Len(tokens[last + 1]) >= 4 && Adjacent(text, tokens[last], tokens[last + 1]) &&
              Namey(tokens[last + 1])) {
            ++last;
          }
        }
        // (A family name in capitals after two forenames and a middle name: "Awadia Osman Mohamed
        // ELNOUR".)
        if (last + 1 < tokens.size() && last - i == 2 && !tokens[last].caps && tokens[last + 1].caps &&
            Len(tokens[last + 1]) >= 3 && Adjacent(text, tokens[last], tokens[last + 1]) && Namey(tokens[last + 1])) {
          ++last;
        }
        // A forename before a middle name, opening its cell, line, brackets or sentence: "Emyr Wyn
        // HUGHES (taxi)", "YJS (Adebayo Oluwaseun ADEYEMI)", ". Hernán Darío OSPINA MEJÍA was" (not a
        // verb opening a log entry, "Observed Declan BLACKWOOD", nor before the subject's name).
        size_t first = i;
        const std::string_view prev = i > 0 ? tokens.Lower(tokens[i - 1]) : std::string_view();
        if (caps_style && i > 0 && tokens[i - 1].cap && !tokens[i - 1].caps && Namey(tokens[i - 1]) &&
            !Vetoed(tokens[i - 1]) && !(tokens[i - 1].lex & kTitle) && Adjacent(text, tokens[i - 1], t) &&
            !prev.ends_with("ed") && !prev.ends_with("ing") &&
            !IsSubjectName(tokens, i, last, subject_words, subject_initials)) {
          const size_t b = tokens[i - 1].begin;
          if (b == 0 || text[b - 1] == '\n' || text[b - 1] == '(' ||
              (b >= 2 && text[b - 1] == ' ' &&
               (text[b - 2] == ' ' || text[b - 2] == '.' || text[b - 2] == ':' || text[b - 2] == ',')) ||
              RoleBefore(text, b).has_value()) {
            first = i - 1;
          }
        }
        emit(first, last, RoleBefore(text, tokens[first].begin).value_or(false), caps_style ? 0.8 : 0.75,
             caps_style ? "name:caps-style" : (initial ? "name:initial+gazetteer" : "name:gazetteer"));
        i = last + 1;
        continue;
      }
    }
    // 4b. Capitalised words followed by a date of birth: "Nathaniel Zhang, DOB 1st Dec 1959",
    // "Oluwaseun (DOB 19/06/2016)". Only people are given one.
    if (Namey(t)) {
      size_t last = i;
      while (last + 1 < tokens.size() && last - i < 3 && Adjacent(text, tokens[last], tokens[last + 1]) &&
             (Namey(tokens[last + 1]) || tokens[last + 1].initial)) {
        ++last;
      }
      // One word: a gazetteer name, after a role ("The child Paulette (born 23 August 2012)"), or
      // in capitalised case straight before a bracketed "(DOB ...": "Children at the address:
      // Rajesh (DOB 18/01/2018)". (A role word, "Victim (DOB ...)", is no Namey word.)
      std::string_view role_word;
      const bool bracketed_dob = t.cap && text.substr(t.end, 6) == " (DOB ";
      const bool known = last > i || Forename(t) || Surname(t) || bracketed_dob ||
                         (RoleBefore(text, t.begin, &role_word).has_value() && !LabelRole(role_word));
      if (!tokens[last].initial && known && DateOfBirthAfter(text, tokens[last].end)) {
        emit(i, last, false, 0.8, "name:dob-after", true);
        i = last + 1;
        continue;
      }
    }
    // 4b'. Two or three capitalised words alone in brackets after a quoted nickname are the
    // nickname's bearer: 'not with "Big Man" (Gethin Llewellyn)'.
    if (Namey(t) && t.cap && t.begin >= 3 && text.substr(t.begin - 3, 3) == "\" (") {
      size_t last = i;
      while (last + 1 < tokens.size() && last - i < 2 && Adjacent(text, tokens[last], tokens[last + 1]) &&
             Namey(tokens[last + 1])) {
        ++last;
      }
      if (last > i && text.substr(tokens[last].end, 1) == ")") {
        emit(i, last, false, 0.75, "name:after-nickname", true);
        i = last + 1;
        continue;
      }
    }
    // 4b''. One or two capitalised words alone in brackets after a person described in lower
    // case: "a child under 5 (Mei) appeared", "her new partner (Tomasz Nowak)".
    if (Namey(t) && t.cap && t.begin >= 2 && text[t.begin - 1] == '(' && text[t.begin - 2] == ' ' &&
        !CommonWordName(tokens.Lower(t))) {
      size_t last = i;
      if (last + 1 < tokens.size() && Adjacent(text, t, tokens[last + 1]) && Namey(tokens[last + 1])) ++last;
      if (text.substr(tokens[last].end, 1) == ")" && PersonDescribedBefore(text, t.begin - 2)) {
        emit(i, last, false, 0.75, "name:in-brackets-after-person", true);
        i = last + 1;
        continue;
      }
    }
    // 4b'''. Who wrote a log's entry, in square brackets closing its line: "... breathing
    // observed. [A. Ramachandran]".
    if ((Namey(t) || t.initial) && t.begin > 0 && text[t.begin - 1] == '[') {
      size_t end = i;
      while (end + 1 < tokens.size() && end - i < 3 && Adjacent(text, tokens[end], tokens[end + 1]) &&
             (Namey(tokens[end + 1]) || tokens[end + 1].initial)) {
        ++end;
      }
      if (end > i && Namey(tokens[end]) && LogEntryAuthor(text, t.begin, tokens[end].end)) {
        emit(i, end, true, 0.8, "name:log-entry-author");
        i = end + 1;
        continue;
      }
    }
    // 4c. One word and a possessive alone in brackets after a value names its owner: "5105 1060
    // 6857 5917 (Dink's)".
    if (Namey(t) && t.cap && t.begin > 0 && text[t.begin - 1] == '(' && text.substr(t.end, 3) == "'s)") {
      emit(i, i, false, 0.75, "name:possessive-in-brackets", true);
      ++i;
      continue;
    }
    // 4d. A name alone in brackets after a telephone number is whose number it is: "07700 900222
    // (Jade)", "01632 960331 (Tyrone Okafor)". One word must be a gazetteer name ("(Mon)" is not).
    if (Namey(t) && t.cap && t.begin >= 3 && text[t.begin - 1] == '(' && text[t.begin - 2] == ' ' &&
        IsDigit(text[t.begin - 3])) {
      size_t last = i;
      while (last + 1 < tokens.size() && last - i < 2 && Adjacent(text, tokens[last], tokens[last + 1]) &&
             Namey(tokens[last + 1]) && tokens[last + 1].cap) {
        ++last;
      }
      const bool closes = text.substr(tokens[last].end, 1) == ")";
      if (closes && (last > i || Forename(t) || Surname(t)) && PhoneEndsAt(text, t.begin - 2)) {
        emit(i, last, false, 0.75, "name:in-brackets-after-phone", true);
        i = last + 1;
        continue;
      }
    }
    // 5. A table cell under a "name" or "visitor" column, unless the cell is one word that
    // labels a contact rather than names one ("Me", "Mum", "Probation").
    // (A cell of initials alone, with their dots: "M.O.", "K. W.".)
    bool initials_cell = false;
    if (t.initial && i + 1 < tokens.size() && tokens[i + 1].initial && !tables.empty()) {
      auto [cb, ce] = tables.CellAt(t.begin);
      const std::string_view cell = text.substr(cb, ce - cb);
      const size_t letters = static_cast<size_t>(std::count_if(cell.begin(), cell.end(), IsUpper));
      initials_cell = cb == t.begin && letters >= 2 && letters <= 4 && cell.find('.') != std::string_view::npos &&
                      cell.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ. ") == std::string_view::npos;
    }
    if ((Namey(t) || (t.initial && i + 1 < tokens.size() && Namey(tokens[i + 1])) || initials_cell) &&
        !tables.empty()) {
      std::string_view header = tables.HeaderAt(t.begin);
      // (Not inside brackets in the cell, "Evans, Carys (HMPPS VLU)", "Jenkins, Rhys (Housing
      // Options)", but for a nickname in quotes: 'Rodel MANALO Jr. ("RJ")'.)
      auto in_brackets = [&] {
        if (t.begin > 0 && (text[t.begin - 1] == '"' || text[t.begin - 1] == '\'')) return false;
        const auto [cb, ce] = tables.CellAt(t.begin);
        int depth = 0;
        for (size_t k = cb; k < t.begin && k < text.size(); ++k) depth += text[k] == '(' ? 1 : text[k] == ')' ? -1 : 0;
        return depth > 0;
      };
      if ((PeopleHeader(header) || StaffHeader(header)) && !(t.begin > 0 && text[t.begin - 1] == '(') &&
          !in_brackets()) {
        auto [cb, ce] = tables.CellAt(t.begin);
        if (initials_cell) {
          size_t last = i;
          while (last + 1 < tokens.size() && tokens[last + 1].end <= ce) ++last;
          emit(i, last, StaffHeader(header), 0.75, "name:column:'" + std::string(header) + "'");
          i = last + 1;
          continue;
        }
        size_t last = i;
        // (In a name's cell a month is a given name: "Chen Jun", "Ellie May".)
        static const absl::flat_hash_set<std::string_view> kMonths = {"jan", "mar", "may", "jun", "june", "april",
                                                                     "august", "july"};
        // (One name runs on over spaces and a comma, "SMITH, Jade", not over "/" or into brackets:
        // "Yonas / E. MACKINNON" is two people, "Marcus OYELARAN (AP)" one and a note.)
        auto joined = [&](size_t k) {
          if (Adjacent(text, tokens[k], tokens[k + 1])) return true;
          const std::string_view gap = text.substr(tokens[k].end, tokens[k + 1].begin - tokens[k].end);
          return gap == ", " || gap == "," || gap == ". " || gap == ".";
        };
        while (last + 1 < tokens.size() && tokens[last + 1].end <= ce && joined(last) &&
               (Namey(tokens[last + 1]) || tokens[last + 1].initial ||
                (tokens[last + 1].cap && last + 1 > i && kMonths.contains(tokens.Lower(tokens[last + 1]))))) {
          ++last;
        }
        // (Nor one letter alone: "Y", "N", a ward's "P".)
        if (cb == t.begin && ce <= t.end + 1 && last == i && (ContactLabel(tokens.Lower(t)) || t.initial)) {
          ++i;
          continue;
        }
        // A cell that ends in a job or a team's word in lower case is a post, not a name:
        // "Cadence Learning tutor", "Beech unit staff".
        if (ce > tokens[last].end) {
          size_t w = ce;
          while (w > tokens[last].end && IsLetter(text[w - 1])) --w;
          char lower[16];
          const size_t n = std::min(ce - w, sizeof lower);
          for (size_t k = 0; k < n; ++k) lower[k] = text[w + k];
          const std::string_view word(lower, n);
          if (ce - w == n && text[w] >= 'a' && text[w] <= 'z' &&
              (JobHeads().contains(word) || word == "staff" || word == "team")) {
            i = last + 1;
            while (i < tokens.size() && tokens[i].begin < ce) ++i;
            continue;
          }
        }
        emit(i, last, false, 0.8, "name:column:'" + std::string(header) + "'",
             header.find("visitor") != std::string_view::npos);
        i = last + 1;
        continue;
      }
    }
    // 6. Two to four capitalised words (or an initial and a word) that a party word follows
    // after a comma, a bracket, a layout gap or a line break: "Lin Adeyemi, Supervising Officer",
    // "Tyrone Van der Berg  Solicitor, ...", "Marcia Okafor (mother)", "- G. Pryce, OSG", a
    // signature over its job title (PartyAfter).
    const bool initial_first = t.initial && i + 1 < tokens.size() && Adjacent(text, t, tokens[i + 1]) &&
                               Namey(tokens[i + 1]);
    if (Namey(t) || initial_first) {
      size_t last = initial_first ? i + 1 : i;
      while (last + 1 < tokens.size() && last - i < 3 && Adjacent(text, tokens[last], tokens[last + 1]) &&
             Namey(tokens[last + 1])) {
        ++last;
      }
      const size_t e = tokens[last].end;
      // (" JP" after a single space: a magistrate, "Fraser Rennie JP (chair)".)
      const bool parted = e + 1 < text.size() && (text.substr(e, 2) == ", " || text.substr(e, 2) == " (" ||
                                                  text.substr(e, 2) == "  " || text[e] == '\t' || text[e] == '\n' ||
                                                  (text.substr(e, 3) == " JP" && !IsLetter(e + 3 < text.size() ? text[e + 3] : ' ')));
      // Over a line break, only a signature: a name alone on its line, not a heading in capitals.
      const bool signature = text[e] != '\n' || ((t.begin == 0 || text[t.begin - 1] == '\n') && !tokens[last].caps);
      // (One word alone will do as a list's item that brackets call a third party: "- Senait
      // (victim of index offence)".)
      const bool list_item = last == i && t.cap && !Vetoed(t) && text.substr(e, 2) == " (" && t.begin >= 2 &&
                             text.substr(t.begin - 2, 2) == "- " && (t.begin == 2 || text[t.begin - 3] == '\n' ||
                                                                      text[t.begin - 3] == ' ');
      if ((last > i || list_item) && parted && signature) {
        if (const std::optional<bool> party = PartyAfter(text, e); party && (last > i || !*party)) {
          emit(i, last, *party, 0.8, "name:party-after", !*party);
          i = last + 1;
          continue;
        }
      }
    }
    ++i;
  }
  // 5b. A cell under a "name" column that is one word in lower case: a contact saved on a phone
  // ("carys", "priya"), unless it labels rather than names ("mum", "work").
  if (!tables.empty()) {
    tables.ForEachCell([&](size_t b, size_t e, std::string_view header) {
      if (e - b < 3 || !PeopleHeader(header) || !(text[b] >= 'a' && text[b] <= 'z') || LowerWordEnd(text, b) != e) return;
      const std::string word(text.substr(b, e - b));
      if (ContactLabel(word) || CommonWordName(word) || subject_words.contains(word)) return;
      memory->words.emplace(word, NameParty::kThirdParty);
      out.push_back({b, e, false, 0.75, "name:column-lower-case:'" + std::string(header) + "'"});
    });
  }
  // 5c. A chat line's writer in lower case, with any emoji after it before the colon ("[02/07/2023
  // 21:15] tope 🌸: ye just got back"): one word, or a user name of words joined by '.', '_', '-'
  // or a space with digits after ("rafa.oli", "thiago alves", "lari_95"), unless it labels rather
  // than names or every word of it is the subject's.
  auto lower_ascii = [&](size_t k) { return k < text.size() && text[k] >= 'a' && text[k] <= 'z'; };
  for (const NameLine& line : name_lines) {
    if (!line.speaker || !lower_ascii(line.begin)) continue;
    const size_t b = line.begin;
    size_t e = LowerWordEnd(text, b);
    const std::string first(text.substr(b, e - b));
    bool subject_only = subject_words.contains(first);
    int words = 1;
    while (e + 1 < text.size() && (text[e] == '.' || text[e] == '_' || text[e] == '-' || text[e] == ' ') &&
           lower_ascii(e + 1) && words < 4) {
      const size_t w = e + 1;
      e = LowerWordEnd(text, w);
      subject_only = subject_only && subject_words.contains(std::string(text.substr(w, e - w)));
      ++words;
    }
    if (e + 1 < text.size() && (text[e] == '_' || text[e] == '.') && IsDigit(text[e + 1])) ++e;
    while (e < text.size() && IsDigit(text[e])) ++e;
    if (first.size() < 3 || e - b > 32) continue;
    size_t q = e;  // past spaces and symbols (emoji: bytes beyond ASCII) to the colon
    while (q < text.size() && q - e < 16 && (text[q] == ' ' || static_cast<unsigned char>(text[q]) >= 0x80)) ++q;
    if (text.substr(q, 2) != ": " || ContactLabel(first) || subject_only ||
        (words == 1 && CommonWordName(first))) {
      continue;
    }
    if (words == 1 && e == b + first.size()) memory->words.emplace(first, NameParty::kThirdParty);
    out.push_back({b, e, false, 0.75, "name:chat-writer"});
  }
  // 6c. A nickname in quotes in brackets right after a name found above is the same person's:
  // "Dermot FLYNN ("Dessie", DOB 02/02/1985)", "Martin WARD ('Mossy')".
  for (size_t n = 0, found_before = out.size(); n < found_before; ++n) {
    size_t p = out[n].end;
    if (text.substr(p, 3) == "  (") ++p;  // (a form's two spaces: "Kathleen WARD  (Katie)")
    if (text.substr(p, 2) != " (" || p + 3 >= text.size()) continue;
    const char quote = text[p + 2];
    if (IsUpper(quote)) {
      // (Or a forename alone in the brackets, unquoted: "Kathleen WARD  (Katie)".)
      auto word = std::lower_bound(tokens.list_.begin(), tokens.list_.end(), p + 2,
                                   [](const Token& tk, size_t q) { return tk.begin < q; });
      if (word != tokens.list_.end() && word->begin == p + 2 && word->end < text.size() && text[word->end] == ')' &&
          word->cap && Forename(*word) && !Vetoed(*word) && !(word->lex & kTitle) &&
          !SubjectWord(tokens, *word, subject_words)) {
        const size_t k = static_cast<size_t>(word - tokens.list_.begin());
        emit(k, k, out[n].staff, 0.75, "name:nickname-after-name");
      }
      continue;
    }
    if (quote != '"' && quote != '\'') continue;
    const size_t open = p + 3;
    const size_t close = text.find(quote, open);
    if (close == std::string_view::npos || close - open > 30) continue;
    auto first = std::lower_bound(tokens.list_.begin(), tokens.list_.end(), open,
                                  [](const Token& tk, size_t q) { return tk.begin < q; });
    if (first == tokens.list_.end() || first->begin != open || !(first->cap || first->caps) || Vetoed(*first)) continue;
    auto last = first;
    while (last + 1 != tokens.list_.end() && (last + 1)->end <= close && Adjacent(text, *last, *(last + 1))) ++last;
    if (last->end != close) continue;
    const size_t k = static_cast<size_t>(first - tokens.list_.begin());
    emit(k, static_cast<size_t>(last - tokens.list_.begin()), out[n].staff, 0.75, "name:nickname-after-name");
  }
  // 6b. Initials that close a log entry's line after its text are its writer's: "... Replacement
  // charge waived. GT", "... (kept apart). LS", "-19 / -20        RaD         BJR". Only on a
  // page where two lines or more close so, and not a known abbreviation ("... seen by GP. OK").
  {
    static const absl::flat_hash_set<std::string_view> kAbbreviations = {
        "ok", "nfa", "na", "tbc", "tba", "asap", "am", "pm", "uk", "eu", "omu", "acct", "csip", "iep", "rotl",
        "hdc", "sar", "sir", "gp", "mdt", "dob", "ref", "etc", "ps", "pps", "nb", "rip", "yes", "no", "ok'd",
        // A rota's codes: annual, sick and study leave, rest day, public holiday.
        "al", "sl", "rd", "ph", "toil"};
    std::vector<size_t> closing;
    for (size_t k = 0; k < tokens.size(); ++k) {
      const Token& t = tokens[k];
      const size_t len = Len(t);
      if (!t.caps || len < 2 || len > 4 || t.dot || Vetoed(t) || kAbbreviations.contains(tokens.Lower(t))) continue;
      size_t q = t.end;
      while (q < text.size() && (text[q] == ' ' || text[q] == '\r')) ++q;
      if (q < text.size() && text[q] != '\n') continue;
      if (t.begin < 2 || text[t.begin - 1] != ' ') continue;
      const char before = text[t.begin - 2];
      if (before != '.' && before != ')' && before != ';' && before != ' ') continue;
      const size_t line = text.rfind('\n', t.begin - 1);
      const size_t line_begin = line == std::string_view::npos ? 0 : line + 1;
      if (t.begin - line_begin < 16) continue;  // the entry's text before it
      closing.push_back(k);
    }
    if (closing.size() >= 2) {
      for (size_t k : closing) {
        const Token& t = tokens[k];
        if (std::any_of(out.begin(), out.end(),
                        [&t](const NameSpan& n) { return n.begin <= t.begin && t.begin < n.end; })) {
          continue;
        }
        out.push_back(NameSpan{t.begin, t.end, true, 0.7, "name:entry-initials"});
      }
    }
  }
  // 7. Two or three capitalised words joined by "and" or "or" to a name found above are a name
  // of the same kind: "Victim personal statements: Abdullahi Hersi and Cathal Doherty", "Not to
  // contact Fraser Kinnaird or Hao Chen".
  if (out.empty()) return out;
  const size_t found = out.size();
  // The names found so far by where they begin and end (one binary search a question).
  std::vector<std::pair<size_t, size_t>> begins, ends;  // (offset, index into out)
  for (size_t k = 0; k < found; ++k) {
    begins.emplace_back(out[k].begin, k);
    ends.emplace_back(out[k].end, k);
  }
  std::sort(begins.begin(), begins.end());
  std::sort(ends.begin(), ends.end());
  std::vector<size_t> furthest_end;  // over begins[0..k]
  for (const auto& [b, k] : begins) furthest_end.push_back(std::max(furthest_end.empty() ? 0 : furthest_end.back(), out[k].end));
  auto span_at = [&](size_t pos, bool at_begin) -> const NameSpan* {
    const auto& by = at_begin ? begins : ends;
    const auto it = std::lower_bound(by.begin(), by.end(), std::pair<size_t, size_t>{pos, 0});
    return it != by.end() && it->first == pos ? &out[it->second] : nullptr;
  };
  auto inside = [&](size_t pos) {  // within a name found before this pass
    const size_t n = static_cast<size_t>(
        std::upper_bound(begins.begin(), begins.end(), std::pair<size_t, size_t>{pos, SIZE_MAX}) - begins.begin());
    return n > 0 && furthest_end[n - 1] > pos;
  };
  for (size_t k = 0; k + 1 < tokens.size(); ++k) {
    if (!Namey(tokens[k]) || (k > 0 && Adjacent(text, tokens[k - 1], tokens[k]) && Namey(tokens[k - 1]))) continue;
    size_t last = k;
    while (last + 1 < tokens.size() && last - k < 2 && Adjacent(text, tokens[last], tokens[last + 1]) &&
           Namey(tokens[last + 1])) {
      ++last;
    }
    if (last == k || (last + 1 < tokens.size() && Adjacent(text, tokens[last], tokens[last + 1])) ||
        inside(tokens[k].begin) || inside(tokens[last].begin)) {
      continue;
    }
    const NameSpan* other = nullptr;
    for (std::string_view joint : {" and ", " or "}) {
      const size_t b = tokens[k].begin, e = tokens[last].end;
      if (!other && text.substr(e, joint.size()) == joint) other = span_at(e + joint.size(), true);
      if (!other && b >= joint.size() && text.substr(b - joint.size(), joint.size()) == joint) {
        other = span_at(b - joint.size(), false);
      }
    }
    if (other == nullptr) continue;
    const bool staff = other->staff;
    emit(k, last, staff, 0.75, "name:joined", !staff);
    k = last;
  }
  return out;
}

// Remembered third-party names written in lower case inside a quoted text message, or a
// transcript's "Message" cell, that is written in lower case throughout ("hiya its sharelle ... delroy says he can drop me", "im at
// ashleys"): a word the bundle has confirmed as a name that is not a common word, with the
// remembered words after it ("delroy thompson-blake", "leila st clair-moody").
std::vector<NameSpan> NameFinder::LowerCaseMentions(std::string_view text, const NameMemory& memory,
                                                    const std::set<std::string>& subject_words) const {
  std::vector<NameSpan> out;
  auto remembered = [&](std::string_view w) {
    auto m = memory.words.find(w);
    return m != memory.words.end() && m->second != NameParty::kStaff && !subject_words.contains(std::string(w));
  };
  // The stretches of text a message fills: what is quoted on a line, and under a transcript's
  // "Message" column, the last cell of each row below it (after a run of two spaces or a '|').
  std::vector<std::pair<size_t, size_t>> messages;
  for (size_t open = text.find('"'); open != std::string_view::npos;) {
    const size_t close = text.find('"', open + 1);
    if (close == std::string_view::npos) break;
    const size_t nl = text.find('\n', open + 1);
    if (nl < close) {  // quotes pair within a line
      open = text.find('"', nl);
      continue;
    }
    messages.emplace_back(open + 1, close);
    open = text.find('"', close + 1);
  }
  // The last cell of a line: after its last run of two spaces or '|' (npos: none).
  auto last_cell = [](std::string_view line) {
    const size_t spaces = line.rfind("  "), bar = line.rfind('|');
    return spaces == std::string_view::npos ? bar : bar == std::string_view::npos ? spaces : std::max(spaces, bar);
  };
  for (std::string_view header : {"Message", "MESSAGE"}) {
    for (size_t hit = text.find(header); hit != std::string_view::npos; hit = text.find(header, hit + 1)) {
      // A header: the word is the last cell of its line ("Dir  Party   Message", "Message text").
      const size_t line_begin = hit == 0 ? 0 : text.rfind('\n', hit - 1) + 1;  // npos + 1 == 0
      const size_t eol = std::min(text.find('\n', hit), text.size());
      const std::string_view line = text.substr(line_begin, eol - line_begin);
      const size_t gap = last_cell(line);
      if (gap == std::string_view::npos || gap + line_begin >= hit ||
          text.substr(line_begin + gap, hit - line_begin - gap).find_first_not_of(" |") != std::string_view::npos) {
        continue;
      }
      const std::string_view rest = text.substr(hit + header.size(), eol - hit - header.size());
      if (!rest.empty() && rest != " text" && rest.find_first_not_of(" |\r") != std::string_view::npos) continue;
      // Its rows, up to a blank line or a line with no cells.
      for (size_t at = eol + 1; at < text.size();) {
        const size_t row_end = std::min(text.find('\n', at), text.size());
        const std::string_view row = text.substr(at, row_end - at);
        const size_t cell = last_cell(row);
        if (cell == std::string_view::npos || row.find_first_not_of(" \t\r") == std::string_view::npos) break;
        messages.emplace_back(at + cell, row_end);
        at = row_end + 1;
      }
    }
  }
  for (const auto& [base, stop] : messages) {
    const std::string_view quote = text.substr(base, stop - base);
    // Written in lower case: no capital but a lone "I".
    bool lower = true;
    for (size_t k = 0; k < quote.size() && lower; ++k) {
      lower = !IsUpper(quote[k]) || (quote[k] == 'I' && (k == 0 || !IsLetter(quote[k - 1])) &&
                                     (k + 1 == quote.size() || !IsLetter(quote[k + 1])));
    }
    if (!lower) continue;
    for (size_t k = 0; k < quote.size();) {
      if (!((quote[k] >= 'a' && quote[k] <= 'z') || static_cast<unsigned char>(quote[k]) >= 0x80) ||
          (k > 0 && IsLetter(quote[k - 1]))) {
        ++k;
        continue;
      }
      size_t e = LowerWordEnd(quote, k);
      std::string_view w = quote.substr(k, e - k);
      if (!remembered(w) && w.size() > 3 && w.back() == 's' && remembered(w.substr(0, w.size() - 1))) {
        w.remove_suffix(1);  // "im at ashleys"
      } else if (!remembered(w) && w.size() > 4 && w.ends_with("'s") && remembered(w.substr(0, w.size() - 2))) {
        w.remove_suffix(2);  // "u at elena's later?"
      }
      if (w.size() < 3 || CommonWordName(w) || !remembered(w)) {
        k = e;
        continue;
      }
      size_t end = k + w.size();
      // Remembered words after it, one space apart; two joined as the tokenizer joins a particle
      // ("st clair-moody").
      for (size_t next = end + 1; end < quote.size() && quote[end] == ' ' && next < quote.size();) {
        const size_t next_end = LowerWordEnd(quote, next);
        if (next_end == next) break;
        size_t joined_end = next_end;
        if (next_end + 1 < quote.size() && quote[next_end] == ' ') joined_end = LowerWordEnd(quote, next_end + 1);
        if (joined_end > next_end + 1 && remembered(quote.substr(next, joined_end - next))) {
          end = joined_end;
        } else if (remembered(quote.substr(next, next_end - next))) {
          end = next_end;
        } else {
          break;
        }
        next = end + 1;
      }
      out.push_back({base + k, base + end, false, 0.7, "name:propagated-lower-case"});
      k = std::max(e, end);
    }
  }
  // A forename written in lower case after a verb of asking or telling, in what someone wrote or
  // said (the quoted stretches and message cells above, in any case: "I had one off the wing,
  // ask sandeep"): a gazetteer forename or a remembered name, not a common word.
  for (const auto& [base, stop] : messages) {
    const std::string_view quote = text.substr(base, stop - base);
    for (std::string_view verb : {"ask ", "tell ", "text ", "ring ", "call ", "message "}) {
      for (size_t q = quote.find(verb); q != std::string_view::npos; q = quote.find(verb, q + 1)) {
        if (q > 0 && IsLetter(quote[q - 1])) continue;
        const size_t wb = q + verb.size();
        if (wb >= quote.size() || !(quote[wb] >= 'a' && quote[wb] <= 'z')) continue;
        const size_t we = LowerWordEnd(quote, wb);
        const std::string_view w = quote.substr(wb, we - wb);
        if (w.size() < 3 || CommonWordName(w) || ContactLabel(w) || subject_words.contains(std::string(w)) ||
            !(IsForename(w) || remembered(w))) {
          continue;
        }
        const size_t b = base + wb, e = base + we;
        if (std::any_of(out.begin(), out.end(), [&](const NameSpan& n) { return n.begin < e && b < n.end; })) continue;
        out.push_back({b, e, false, 0.7, "name:lower-case-after-verb"});
      }
    }
  }
  return out;
}

namespace {

// True when [b, e) overlaps one of `taken` (sorted, non-overlapping spans).
bool OverlapsTaken(const std::vector<std::pair<size_t, size_t>>& taken, size_t b, size_t e) {
  auto it = std::lower_bound(taken.begin(), taken.end(), std::pair<size_t, size_t>{b, 0});
  if (it != taken.end() && it->first < e) return true;
  return it != taken.begin() && std::prev(it)->second > b;
}

// True when `key` (capitals, sorted) could be the subject's initials: each of its letters opens
// one of their name words.
bool SubjectInitialsKey(std::string_view key, const std::set<std::string>& subject_words) {
  return std::all_of(key.begin(), key.end(), [&](char c) {
    return std::any_of(subject_words.begin(), subject_words.end(),
                       [&](const std::string& w) { return !w.empty() && w[0] == c - 'A' + 'a'; });
  });
}

// True when tokens[i], a word of two or three capitals that the initials `key` (sorted) of a name
// remembered spell, stands for that person. Right after the name in brackets it always does
// ("Claire Pemberton (CP)", "Beth ARKWRIGHT (BA)"); elsewhere only where a person's initials
// stand in a note and no term's letters or rank would: before what a person does ("MO asked",
// "AP called back"), after "by" or "with" ("Received by: GW", "appt with AP"), alone in brackets
// after small letters ("Session 4 notes (PR)"), or signing off a line ("... by phone. CC", "NF
// 07/03/2024").
bool InitialsAsPerson(std::string_view text, const NameTokens& tokens, size_t i, std::string_view key,
                      const NameMemory& memory) {
  const Token& t = tokens[i];
  std::string_view before = text.substr(0, t.begin);
  const bool bracketed = before.ends_with("(") && (text.substr(t.end, 1) == ")" || text.substr(t.end, 1) == ",");
  if (bracketed && i > 0) {
    // The name before the bracket, of remembered words whose capitals spell `key`.
    std::string spelt;
    size_t k = i;
    while (k > 0 && spelt.size() < key.size() && (tokens[k - 1].cap || tokens[k - 1].caps) &&
           memory.words.contains(tokens.Lower(tokens[k - 1])) && (k == i || Adjacent(text, tokens[k - 1], tokens[k]))) {
      spelt += static_cast<char>(text[tokens[k - 1].begin] & ~0x20);
      --k;
    }
    std::sort(spelt.begin(), spelt.end());
    if (spelt == key && text.substr(tokens[i - 1].end, tokens[i].begin - tokens[i - 1].end) == " (") return true;
  }
  // Ranks ("DC", "SO"), vetoed words ("AP" for approved premises) and the letters of common terms
  // are no one's initials without their name.
  static const absl::flat_hash_set<std::string_view> kTerms = {
      "CP", "DP", "MH", "ID", "CD", "PA", "GP", "IT", "HR", "UK", "EU", "TV", "PE", "RE", "OK", "AM", "PM",
      "NB", "OT", "SW", "YP", "PO", "OM", "AA", "ME", "US", "DV", "RJ", "CJ", "YOT", "PNC", "CRO", "DOB", "NHS"};
  if ((t.lex & (kTitle | kVeto | kRole)) || kTerms.contains(text.substr(t.begin, Len(t)))) return false;
  static const absl::flat_hash_set<std::string_view> kDoes = {
      "asked", "said", "says", "noted", "explained", "advised", "agreed", "confirmed", "told", "spoke",
      "called", "rang", "phoned", "visited", "met", "saw", "informed", "reminded", "discussed", "completed",
      "reviewed", "checked", "explored", "challenged", "replied", "responded", "emailed", "wrote", "will"};
  if (t.end < text.size() && text[t.end] == ' ') {
    size_t w = t.end + 1, we = w;
    while (we < text.size() && we - w < 12 && text[we] >= 'a' && text[we] <= 'z') ++we;
    if (we > w && (we >= text.size() || !IsLetter(text[we])) && kDoes.contains(text.substr(w, we - w))) return true;
  }
  if (before.ends_with("by: ") || before.ends_with("by ") || before.ends_with("with ")) return true;
  if (bracketed && before.size() >= 2 && before[before.size() - 2] == ' ' && before.size() >= 3 &&
      before[before.size() - 3] >= 'a' && before[before.size() - 3] <= 'z') {
    return true;
  }
  // Signing off: the last word of a line after a sentence's full stop, or before a date alone.
  size_t e = t.end;
  while (e < text.size() && text[e] == ' ') ++e;
  const bool line_end = e >= text.size() || text[e] == '\n';
  // (Or an action's owner after a dash closing its line: "... to be arranged - PN".)
  if (line_end && (before.ends_with(". ") || before.ends_with(".  ") || before.ends_with(". - ") ||
                   (before.ends_with(" - ") && before.size() >= 4 && IsLetter(before[before.size() - 4])))) {
    return true;
  }
  // (Or before a date: "NF 07/03/2024" closing a line, "Form received by HP 25/02.")
  if (e > t.end && e + 5 <= text.size() && IsDigit(text[e])) {
    size_t d = e;
    while (d < text.size() && (IsDigit(text[d]) || text[d] == '/' || text[d] == '.')) ++d;
    const std::string_view date = text.substr(e, d - e);
    if (date.size() >= 5 && date.find('/') != std::string_view::npos && (d >= text.size() || text[d] == '\n' ||
                                                                          text[d] == ' ' || text[d] == '.')) {
      return true;
    }
  }
  return false;
}

}  // namespace

namespace {

// True when the vetoed word tokens[i], remembered as a name, stands alone as one (Propagate).
bool VetoedWordAsName(std::string_view text, const NameTokens& tokens, size_t i) {
  const Token& t = tokens[i];
  if (!t.cap || (i > 0 && (tokens[i - 1].cap || tokens[i - 1].caps) && Adjacent(text, tokens[i - 1], t)) ||
      (i + 1 < tokens.size() && (tokens[i + 1].cap || tokens[i + 1].caps) && Adjacent(text, t, tokens[i + 1]))) {
    return false;
  }
  size_t b = t.begin;
  while (b > 0 && text[b - 1] == ' ') --b;
  if (b > 0 && (IsDigit(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '/')) return false;
  const size_t after = t.end + (t.end < text.size() && text[t.end] == '\'' ? 2 : 0);
  if (after + 1 < text.size() && text[after] == ' ' && IsDigit(text[after + 1])) return false;
  static const absl::flat_hash_set<std::string_view> kDateWords = {
      "in", "of", "since", "until", "till", "during", "early", "late", "mid", "last", "next", "this", "by",
      "end", "from", "before", "after", "between", "and", "or", "each", "every", "on"};
  size_t w = b;
  while (w > 0 && IsLetter(text[w - 1])) --w;
  if (w < b && b - w <= 7) {
    char lower[8];
    for (size_t k = w; k < b; ++k) lower[k - w] = AsciiLower(text[k]);
    if (kDateWords.contains(std::string_view(lower, b - w))) return false;
  }
  return true;
}

}  // namespace

std::vector<NameSpan> NameFinder::Propagate(std::string_view text, const NameTokens& tokens, const NameMemory& memory,
                                            const std::set<std::string>& subject_words,
                                            const std::vector<std::pair<size_t, size_t>>& taken) const {
  std::vector<NameSpan> out;
  if (memory.words.empty()) return out;
  auto overlaps = [&](size_t b, size_t e) { return OverlapsTaken(taken, b, e); };
  // A word with a capital after its small letters ("PoPs", people on probation) is written
  // otherwise than any name ("McLeod", "O'Neill" and "Smith-Jones" aside).
  auto odd_case = [&text](const Token& t) {
    for (size_t k = t.begin + 1; k + 1 < t.end; ++k) {
      const char c = text[k], next = text[k + 1];
      if (c >= 'a' && c <= 'z' && next >= 'A' && next <= 'Z' && !(k == t.begin + 1 && text[t.begin] == 'M') &&
          !(k == t.begin + 2 && (text.substr(t.begin, 3) == "Mac" || text.substr(t.begin, 3) == "Nic"))) {
        return true;
      }
    }
    return false;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!(t.cap || t.caps)) continue;
    auto m = memory.words.find(tokens.Lower(t));
    if (m == memory.words.end() || (t.cap && odd_case(t))) continue;
    // A word the finder vetoes where it stands ("Street", "June") names the person Unveto let it
    // name elsewhere only standing alone: not in a street or place after another capitalised word
    // or a number ("Tanner Street", "12 Bell Lane"), nor in a date ("22 June 1979", "in June").
    if ((t.lex & (kVeto | kStreet)) && !VetoedWordAsName(text, tokens, i)) continue;
    size_t first = i, last = i;
    // Pull in an initial before ("A. Cartwright") and remembered words either side.
    // A word of the subject's next to it belongs to this person too: a relative or an officer
    // who shares the subject's surname or forename ("Cerys Horváth", "Ciarán Abdullahi").
    auto known = [&](const Token& w) {
      return (w.cap || w.caps) && (memory.words.count(tokens.Lower(w)) || SubjectWord(tokens, w, subject_words));
    };
    while (first > 0 && Adjacent(text, tokens[first - 1], tokens[first]) &&
           (tokens[first - 1].initial || known(tokens[first - 1]))) {
      --first;
    }
    while (last + 1 < tokens.size() && Adjacent(text, tokens[last], tokens[last + 1]) && known(tokens[last + 1])) {
      ++last;
    }
    size_t b = OverParticles(text, tokens[first].begin), e = tokens[last].end;
    i = last;
    // A street's name ("Cannon Yard", "Cannon Yard" after "Mr Cannon"): a street word ends it or
    // follows it.
    if ((tokens[last].cap && (tokens[last].lex & kStreet) && last > first) ||
        (last + 1 < tokens.size() && tokens[last + 1].cap && (tokens[last + 1].lex & (kStreet | kPlace)) &&
         Adjacent(text, tokens[last], tokens[last + 1]))) {
      continue;
    }
    // A remembered word in a place before a postcode or after HMP is the place ("Eastwick Green
    // I5 7SD" when a Green was named before), and so is a town the bundle's addresses name.
    if (overlaps(b, e) || PlaceAround(text, tokens, first, e) != Place::kNone ||
        memory.places.contains(PlaceKey(text, b, e))) {
      continue;
    }
    out.push_back({b, e, RememberedStaff(tokens, first, last, subject_words, memory), 0.7, "name:propagated"});
  }
  // A family by its surname in the plural ("the Aslans and the Demirs", "Kojo and Ama are
  // ASAREs"): a surname the bundle has named, the subject's, or the gazetteer's, after "the" or
  // in capitals before a small "s".
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!t.cap || Len(t) < 5 || text[t.end - 1] != 's' || text[t.end - 2] == 's' || overlaps(t.begin, t.end)) continue;
    const bool capitals_then_s = IsUpper(text[t.end - 2]) && IsUpper(text[t.begin + 1]);
    const std::string_view word_before = t.begin >= 4 ? text.substr(t.begin - 4, 4) : std::string_view();
    const bool after_the = word_before == "the " || word_before == "The ";
    if (!capitals_then_s && !after_the) continue;
    const std::string_view lower = tokens.Lower(t);
    const std::string_view base = lower.substr(0, lower.size() - 1);
    if (memory.words.contains(base) || InWords(base, subject_words) || IsSurname(base)) {
      out.push_back({t.begin, t.end, false, 0.7, "name:family"});
    }
  }
  if (!memory.initials.empty()) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      const Token& t = tokens[i];
      if (!t.caps || Len(t) < 2 || Len(t) > 3 || overlaps(t.begin, t.end)) continue;
      std::string key(text.substr(t.begin, Len(t)));
      if (!std::all_of(key.begin(), key.end(), [](char c) { return IsUpper(c); })) continue;
      std::sort(key.begin(), key.end());
      const auto it = memory.initials.find(key);
      if (it == memory.initials.end() || SubjectInitialsKey(key, subject_words) ||
          !InitialsAsPerson(text, tokens, i, key, memory)) {
        continue;
      }
      // (Staff when the bundle says so, or, unless it says a third party, as an action's owner
      // after a dash closing the line: minutes' owners are the professionals present.)
      size_t e = t.end;
      while (e < text.size() && text[e] == ' ') ++e;
      const bool action_owner = (e >= text.size() || text[e] == '\n') && t.begin >= 3 &&
                                text.substr(t.begin - 3, 3) == " - ";
      const bool staff = it->second == NameParty::kStaff || (action_owner && it->second != NameParty::kThirdParty);
      out.push_back({t.begin, t.end, staff, 0.7, "name:initials"});
    }
  }
  // Remembered names in user names and e-mail local parts written without their domain
  // ("jade.pike", "j_pike", "pike.j2" in a login record or a forwarded header): see Handle().
  const size_t from_tokens = out.size();
  for (const char separator : {'.', '_'}) {
    for (size_t at = 0; at < text.size();) {
      const void* hit = std::memchr(text.data() + at, separator, text.size() - at);
      if (hit == nullptr) break;
      const size_t pos = static_cast<size_t>(static_cast<const char*>(hit) - text.data());
      at = pos + 1;
      if (pos == 0 || pos + 1 >= text.size() || !IsAsciiAlnum(text[pos - 1]) || !IsAsciiAlnum(text[pos + 1])) continue;
      size_t run_end = at;
      auto handle = Handle(text, pos, memory, subject_words, &run_end);
      at = std::max(at, run_end);
      if (!handle) continue;
      const bool taken_here = std::any_of(out.begin() + static_cast<std::ptrdiff_t>(from_tokens), out.end(),
                                          [&](const NameSpan& s) { return s.begin < handle->end && handle->begin < s.end; });
      if (!taken_here && !overlaps(handle->begin, handle->end)) out.push_back(std::move(*handle));
    }
  }
  for (NameSpan& s : LowerCaseMentions(text, memory, subject_words)) {
    if (!overlaps(s.begin, s.end)) out.push_back(std::move(s));
  }
  return out;
}

std::vector<NameSpan> NameFinder::UserIds(std::string_view text, const NameTokens& tokens, const NameMemory& memory,
                                          const std::set<std::string>& subject_words,
                                          const std::vector<std::pair<size_t, size_t>>& taken,
                                          const TableMap& tables) const {
  std::vector<NameSpan> out;
  auto overlaps = [&](size_t b, size_t e) { return OverlapsTaken(taken, b, e); };
  // A system's user ID made of an initial and a surname the bundle has named, either way round and
  // in one case, with up to four digits after ("twisniewski", "PDUNSTAN", "GTHORNLEY1", "ellisonh"
  // when T. Wisniewski, Paul Dunstan, Gail Thornley and Hope Ellison are named): that person's,
  // when a name remembered with that surname has a word opening with the initial. Staff's, unless
  // the bundle has said that name is a third party's.
  // (A cheap sieve first: the length and first two letters of every remembered word, so that
  // prose's words are rarely looked up.)
  if (!memory.names.empty()) {
    auto sieve_key = [](size_t length, char first, char second) {
      const auto a = static_cast<unsigned char>(first), b = static_cast<unsigned char>(second);
      return (((length & 15) << 8) ^ ((a & 31) << 3) ^ (b & 7) ^ ((b & 24) << 9)) & 4095;
    };
    std::bitset<4096> sieve;
    for (const auto& [word, party] : memory.words) {
      if (word.size() >= 4) sieve.set(sieve_key(word.size(), word[0], word[1]));
    }
    static constexpr auto kWordByte = [] {
      std::array<bool, 256> table{};
      for (int c = 0; c < 256; ++c) {
        table[c] = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
      }
      return table;
    }();
    auto word_byte = [&](size_t k) { return k < text.size() && kWordByte[static_cast<unsigned char>(text[k])]; };
    // The word at b, when it can be an ID: five to 24 letters, standing alone (not inside an
    // e-mail address or a longer word), with up to four digits after, and the sieve passing its
    // length and the first two letters of a surname after the initial or before it.
    std::vector<size_t> starts;
    auto consider = [&](size_t b) {
      size_t e = b;
      while (word_byte(e)) ++e;
      if (e - b < 5 ||
          (b > 0 && (text[b - 1] == '@' || text[b - 1] == '.' || text[b - 1] == '_' || IsLetter(text[b - 1]))) ||
          (e < text.size() && (text[e] == '@' || IsLetter(text[e]) ||
                               (text[e] == '.' && e + 1 < text.size() && IsAsciiAlnum(text[e + 1]))))) {
        return;
      }
      size_t letters = e;
      while (letters > b && IsDigit(text[letters - 1]) && e - letters < 4) --letters;
      if (letters - b < 5 || letters - b > 24 || IsDigit(text[letters - 1]) ||
          (!sieve.test(sieve_key(letters - b - 1, AsciiLower(text[b + 1]), AsciiLower(text[b + 2]))) &&
           !sieve.test(sieve_key(letters - b - 1, AsciiLower(text[b]), AsciiLower(text[b + 1]))))) {
        return;
      }
      starts.push_back(b);
    };
    // Where a log or table puts a user: a word in capitals (a token), a table's cell, or a word
    // after "by ", a bracket, ': ', '; ' or '|', or before '=', a closing bracket, '|' or the
    // line's end, or a CSV field (those bytes found with memchr). Prose's words are not read one
    // by one.
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].caps && Len(tokens[i]) >= 5) consider(tokens[i].begin);
    }
    tables.ForEachCell([&](size_t b, size_t, std::string_view) { consider(b); });
    auto each = [&](char c, auto&& at) {
      const char* const end = text.data() + text.size();
      for (const char* p = text.data(); (p = static_cast<const char*>(std::memchr(p, c, end - p))); ++p) {
        at(static_cast<size_t>(p - text.data()));
      }
    };
    auto after = [&](size_t p) {
      while (p < text.size() && text[p] == ' ') ++p;
      if (word_byte(p)) consider(p);
    };
    auto before = [&](size_t p) {
      size_t b = p;
      while (b > 0 && word_byte(b - 1)) --b;
      if (b < p) consider(b);
    };
    for (const char c : {'(', '[', ':', ';', '|'}) each(c, [&](size_t p) { after(p + 1); });
    for (const char c : {'=', ')', ']', '|', '\n'}) each(c, [&](size_t p) { before(p); });
    // (A comma with no space after it parts a CSV row's fields: ",FLAG,cokafor".)
    each(',', [&](size_t p) {
      if (p + 1 < text.size() && text[p + 1] != ' ') {
        after(p + 1);
        before(p);
      }
    });
    for (size_t p = text.find("by "); p != std::string_view::npos; p = text.find("by ", p + 1)) after(p + 3);
    // (And after the word "user": "under my user MWOOD12", "RiO user ellisonh.")
    for (size_t p = text.find("user "); p != std::string_view::npos; p = text.find("user ", p + 1)) after(p + 5);
    // (And either side of a layout gap, two spaces found sixteen bytes at a time with SSE2.)
    size_t i = 0;
    const __m128i space = _mm_set1_epi8(' ');
    for (; i + 17 <= text.size(); i += 16) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
      const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i + 1));
      for (uint32_t bits = static_cast<uint32_t>(
               _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(x, space), _mm_cmpeq_epi8(y, space))));
           bits != 0; bits &= bits - 1) {
        const size_t p = i + static_cast<size_t>(std::countr_zero(bits));
        before(p);
        after(p);
      }
    }
    for (; i + 1 < text.size(); ++i) {
      if (text[i] == ' ' && text[i + 1] == ' ') {
        before(i);
        after(i);
      }
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    for (const size_t b : starts) {
      size_t e = b;
      while (word_byte(e)) ++e;
      size_t letters = e;
      while (letters > b && IsDigit(text[letters - 1]) && e - letters < 4) --letters;
      const std::string_view id = text.substr(b, letters - b);
      const bool lower = std::none_of(id.begin(), id.end(), [](char c) { return IsUpper(c); });
      const bool upper = std::none_of(id.begin(), id.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      if ((!lower && !upper) || !IsLetter(id[0]) || overlaps(b, e)) continue;
      char buffer[24];
      for (size_t k = 0; k < id.size(); ++k) buffer[k] = AsciiLower(id[k]);
      // The initial first ("twisniewski") or last ("YOUNGA7", "ellisonh").
      for (const bool initial_first : {true, false}) {
        const std::string_view surname(buffer + (initial_first ? 1 : 0), id.size() - 1);
        const auto word = memory.words.find(surname);
        if (word == memory.words.end() || InWords(surname, subject_words)) continue;
        const char initial = initial_first ? buffer[0] : buffer[id.size() - 1];
        const bool paired = std::any_of(memory.names.begin(), memory.names.end(), [&](const auto& name) {
          const std::string& key = name.first;
          bool has_surname = false, has_initial = false;
          for (size_t w = 0; w < key.size();) {
            const size_t we = std::min(key.find(' ', w), key.size());
            const std::string_view part(key.data() + w, we - w);
            has_surname = has_surname || part == surname;
            has_initial = has_initial || (part != surname && !part.empty() && part[0] == initial);
            w = we + 1;
          }
          return has_surname && has_initial;
        });
        // (A system's users are its staff, unless the bundle has said the name is someone else's.)
        if (paired) {
          out.push_back({b, e, word->second != NameParty::kThirdParty, 0.7, "name:user-id"});
          break;
        }
      }
    }
  }
  return out;
}

void RememberTown(std::string_view address, NameMemory* memory) {
  const size_t comma = address.rfind(',');
  if (comma == std::string_view::npos) return;
  const std::string_view town = address.substr(comma + 1);
  size_t words = 0;
  for (size_t i = 0; i < town.size(); ++i) {
    if (IsDigit(town[i])) return;
    if ((i == 0 || town[i - 1] == ' ' || town[i - 1] == '\n') && town[i] != ' ' && town[i] != '\n') {
      if (!IsUpper(town[i]) && static_cast<unsigned char>(town[i]) < 0x80) return;
      ++words;
    }
  }
  if (words == 0 || words > 3) return;
  memory->places.insert(PlaceKey(town, 0, town.size()));
}

}  // namespace disclose::detect
