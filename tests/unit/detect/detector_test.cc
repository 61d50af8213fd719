// Tests for the detection engine (stages/detect/detector.h): default rules, the walking-skeleton
// categories (prison numbers, dates of birth), other categories, subject exemption, offsets
// through normalisation, merging, and refusal of broken rule files. All values are synthetic.
#include "stages/detect/detector.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

namespace disclose::detect {
namespace {

const Detector& Default() {
  static const std::unique_ptr<Detector> detector = [] {
    auto r = Detector::Load({});
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return std::move(*r);
  }();
  return *detector;
}

model::Subject SyntheticSubject() {
  model::Subject s;
  s.name = "John Michael Smith";
  s.aliases = {"Johnny Smith"};
  s.date_of_birth = "1987-03-12";
  s.prison_number = "A1234BC";
  s.identifiers = {{"pnc", "2009/0123456C"}, {"cro", "012345/09B"}, {"crn", "X123456"},
                   {"ni_number", "AB123456C"}, {"nhs_number", "9990000026"},
                   {"driving_licence", "SMITH801230J99AB"}};
  s.contact.addresses = {"Flat 2, 12 Example Road, Leeds LS1 1AA"};
  s.contact.phones = {"07700 900123"};
  s.contact.emails = {"j.smith@example.com"};
  return s;
}

// The matched original text of each finding, in order.
std::vector<std::string> Spans(std::string_view text, const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) out.emplace_back(text.substr(f.begin, f.end - f.begin));
  return out;
}

std::vector<std::string> SpansOf(std::string_view text, const std::vector<Finding>& findings,
                                 std::string_view category) {
  std::vector<Finding> some;
  for (const auto& f : findings) {
    if (f.category == category) some.push_back(f);
  }
  return Spans(text, some);
}

using Strings = std::vector<std::string>;

// The text of every finding but names on a bundle's pages after the detect stage's two passes
// (the first teaches the bundle what is the subject's), keeping the categories `keep` accepts.
template <class Keep>
Strings BundleValues(const std::vector<std::string_view>& pages, const SubjectProfile& subject, Keep&& keep) {
  BundleContext bundle;
  (void)Default().DetectDocument(pages, subject, &bundle);
  const auto findings = Default().DetectDocument(pages, subject, &bundle);
  Strings out;
  for (size_t p = 0; p < pages.size(); ++p) {
    for (const Finding& f : findings[p]) {
      if (f.category != "name" && keep(f.category)) out.emplace_back(pages[p].substr(f.begin, f.end - f.begin));
    }
  }
  return out;
}

TEST(DetectorTest, DefaultRulesLoadAndTheirExamplesPass) {
  EXPECT_GE(Default().RuleCount(), 20u);
  EXPECT_EQ(Default().RuleIds().size(), Default().RuleCount());
  EXPECT_DOUBLE_EQ(Default().MinScore(), 0.5);
  std::vector<std::string> failures = Default().TestExamples();
  for (const auto& f : failures) ADD_FAILURE() << f;
  EXPECT_TRUE(failures.empty());
}

TEST(DetectorTest, EmbeddedRulesEqualTheFileInTheSourceTree) {
  std::ifstream in(std::string(DISCLOSE_SOURCE_DIR) + "/stages/detect/rules/uk-justice.yaml", std::ios::binary);
  ASSERT_TRUE(in.good());
  std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(file, DefaultRulesYaml());
}

struct Case {
  std::string text;
  Strings expected;  // spans of the category under test, in order
};

TEST(DetectorTest, PrisonNumbers) {
  const Case cases[] = {
      {"Prisoner B4567CD was moved.", {"B4567CD"}},
      {"prisoner b4567cd", {"b4567cd"}},
      {"Z9876XY and G6123VU shared a cell", {"Z9876XY", "G6123VU"}},
      {"Prison No: B 4567 CD", {"B 4567 CD"}},
      {"NOMS number B4567 CD", {"B4567 CD"}},
      {"(B4567CD)", {"B4567CD"}},
      {"Prison no: QW4821 (LIDS)", {"QW4821"}},
      {"Ref AB1234C and A123BC and XA1234BC and A12345BC", {}},
      {"Appendix A 2019 to 2020", {}},  // spaced shape without a cue
      {"flight BA1234", {}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(SpansOf(c.text, Default().Detect(c.text, {}), "prison_number"), c.expected) << c.text;
  }
}

TEST(DetectorTest, DatesOfBirth) {
  const Case cases[] = {
      {"DOB: 14/03/1979", {"14/03/1979"}},
      {"DOB 14-03-1979", {"14-03-1979"}},
      {"D.O.B. 14.03.1979", {"14.03.1979"}},
      {"d.o.b 14.3.79", {"14.3.79"}},
      {"Date of birth: 1979-03-14", {"1979-03-14"}},
      {"Date of\nbirth 14 March 1979", {"14 March 1979"}},
      {"born 14th Mar 1979", {"14th Mar 1979"}},
      {"born on March 14, 1979", {"March 14, 1979"}},
      {"DOB 14-MAR-79", {"14-MAR-79"}},
      {"(b. 1.2.90)", {"1.2.90"}},
      {"DOB: 14031979", {"14031979"}},
      {"Name: Jane Doe  DOB: 01/02/1990  Visitor", {"01/02/1990"}},
      {"Date of hearing 01/02/2024", {}},
      {"Released on 14/03/1979", {}},
      {"DOB 31/02/1979", {}},  // not a calendar date
      {"DOB 14/03/2199", {}},  // in the future
      {"see paragraph 4.2.10 of the DOB guidance", {}},
      // A cue serves the first date after it only; a court word between cue and date cancels it.
      {"DOB: 14/03/1979, hearing 01/02/2024 and 03/04/2024", {"14/03/1979"}},
      {"DOB: not known. Hearing listed 01/02/2020", {}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(SpansOf(c.text, Default().Detect(c.text, {}), "date_of_birth"), c.expected) << c.text;
  }
}

TEST(DetectorTest, OtherCategories) {
  struct CategoryCase {
    std::string text;
    std::string category;
    Strings expected;
  };
  const CategoryCase cases[] = {
      {"PNC 2011/0054321L", "pnc", {"2011/0054321L"}},
      {"PNC ID: 11/54321L", "pnc", {"11/54321L"}},
      {"PNC 2011/0054321M", "pnc", {"2011/0054321M"}},  // check letter fails: lower score, cue keeps it
      {"ref 2011/0054321M", "pnc", {}},                 // ...and without a cue it is dropped
      {"PNC ID: 11/54321M", "pnc", {}},                 // the short form has no invalid_score
      {"CRO No 054321/11Q", "cro", {"054321/11Q"}},
      {"see 054321/11Q", "cro", {"054321/11Q"}},  // the check letter is its evidence
      {"CRO No 054321/11R", "cro", {}},          // a wrong check letter
      {"CRN: X654321", "crn", {"X654321"}},
      // A column headed only "ID" in a call log holds each caller's passport; "ID" in prose does not cue.
      {"Date       Caller      ID\n6/12/2023  Ann Pike    723354652\n", "passport", {"723354652"}},
      {"| Date | Caller | ID checked |\n| 1 June 2023 | Ann Pike | 438735642 |\n", "passport", {"438735642"}},
      {"Date       Caller      Visit ID\n6/12/2023  Ann Pike    723354652\n", "passport", {}},
      {"Caller ID 723354652", "passport", {}},
      {"Order X654321", "crn", {}},
      {"NI number CE 12 34 56 B", "ni_number", {"CE 12 34 56 B"}},
      {"NHS number 999 111 2227", "nhs_number", {"999 111 2227"}},
      {"reference 9991112227", "nhs_number", {}},
      {"mobile 07700 900456", "phone", {"07700 900456"}},
      {"Ms Doyle (07700 900111) confirmed", "phone", {"07700 900111"}},  // the bracket is not the number's
      {"Tel (01632) 960118", "phone", {"(01632) 960118"}},
      {"email visitor@example.org today", "email", {"visitor@example.org"}},
      {"lives at 3 Other Street, Leeds LS2 7HY", "postcode", {"LS2 7HY"}},
      {"Sort code: 08-99-99", "sort_code", {"08-99-99"}},
      {"Account number: 66374958", "account_number", {"66374958"}},
      {"Card 4111 1111 1111 1111", "payment_card", {"4111 1111 1111 1111"}},
      {"IBAN GB82 WEST 1234 5698 7654 32", "iban", {"GB82 WEST 1234 5698 7654 32"}},
      {"IP address 192.0.2.10", "ip_address", {"192.0.2.10"}},
      {"paragraph 4.2.1.3", "ip_address", {}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(SpansOf(c.text, Default().Detect(c.text, {}), c.category), c.expected) << c.text;
  }
}

TEST(DetectorTest, SubjectsOwnDataIsNotReportedInAnyWrittenForm) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::string exempt[] = {
      "DOB 12/03/1987", "DOB: 12.03.1987", "D.O.B. 12.3.87", "born 12 March 1987", "DOB 12th Mar '87",
      "date of birth 1987-03-12", "born on March 12, 1987", "DOB 12-MAR-1987", "DOB 12031987", "DOB 12-03-87",
      "Prisoner A1234BC", "prisoner a1234bc", "Prison No: A 1234 BC", "NOMS A1234 BC",
      "PNC 2009/0123456C", "PNC 09/123456C", "PNC 20090123456C",
      "CRO 012345/09B", "CRO 12345/09B", "CRN X123456", "NI AB 12 34 56 C", "NI no AB123456",
      "NHS 999 000 0026", "tel 07700 900123", "tel +44 7700 900123", "email J.Smith@Example.com",
      "address 12 Example Road, Leeds LS1 1AA", "lives at Flat 2, 12 Example Road, Leeds",
      "driving licence SMITH 801230 J99AB", "photocard SMITH 801230 J99AB 04",
      "new email is john.smith77@example.net", "email SmithJohn@example.org",
      // A licence number that encodes their surname, date of birth and first initial.
      "driving licence SMITH803127JM9XY", "driving licence SMITH853127J99AB",
  };
  for (const auto& text : exempt) {
    EXPECT_EQ(Spans(text, Default().Detect(text, subject)), Strings{}) << text;
    // The same text is reported for a bundle about someone else.
    EXPECT_FALSE(Default().Detect(text, {}).empty()) << text;
  }
}

// A licence number with the subject's surname but another birthday or initial is someone else's.
TEST(DetectorTest, AnotherDrivingLicenceWithTheSubjectsSurnameIsReported) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  for (const std::string text : {"driving licence SMITH803137JM9XY", "driving licence SMITH803127AM9XY"}) {
    EXPECT_EQ(SpansOf(text, Default().Detect(text, subject), "driving_licence").size(), 1u) << text;
  }
}

TEST(DetectorTest, ThirdPartyDataBesideTheSubjectsIsReported) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::string text =
      "Prisoner A1234BC (DOB 12/03/1987) shared a cell with B4567CD (DOB 14/03/1979).\n"
      "Visitor Jane Doe, D.O.B. 12 March 1988, mobile 07700 900456; Smith's own mobile 07700 900123.";
  EXPECT_EQ(Spans(text, Default().Detect(text, subject)),
            (Strings{"B4567CD", "14/03/1979", "Jane Doe", "12 March 1988", "07700 900456"}));
}

// A bank block whose own line names the account's holder as the subject alone is the
// subject's; another holder's is reported. So is a vehicle the text says is registered to them.
TEST(DetectorTest, AccountsAndVehiclesWhoseHolderIsTheSubject) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  for (const std::string holder : {"John SMITH", "Jane DOE"}) {
    const std::string text = "We have recorded the following details:\n\n  Paying bank account\n" +
                             ("  Name on account     " + holder) +
                             "\n  Sort code           20-04-17\n  Account number      58203116\n";
    EXPECT_EQ(SpansOf(text, Default().Detect(text, subject), "sort_code").size(), holder == "Jane DOE" ? 1u : 0u)
        << text;
    EXPECT_EQ(SpansOf(text, Default().Detect(text, subject), "account_number").size(), holder == "Jane DOE" ? 1u : 0u)
        << text;
  }
  for (const std::string keeper : {"John Smith", "Jane Doe"}) {
    const std::string text = "DVLA check: LD19 XPT registered to " + keeper + " at 19 Tollgate Street.\n";
    EXPECT_EQ(SpansOf(text, Default().Detect(text, subject), "vehicle_registration").size(),
              keeper == "Jane Doe" ? 1u : 0u)
        << text;
  }
  // The owner in brackets after the value: the subject's surname alone is no one's when a
  // relative named on the page shares it.
  for (const std::string occupant : {"Shanice Smith (mother)", "Shanice Pike (mother)"}) {
    const std::string text = "Main occupier: " + occupant + "  Tel: 07700 900233\n" +
                             "Vehicle kept at address: NJ11 GJY (registered to Smith)\n";
    EXPECT_EQ(SpansOf(text, Default().Detect(text, subject), "vehicle_registration").size(),
              occupant.starts_with("Shanice Smith") ? 1u : 0u)
        << text;
  }
}

// The subject's address read by OCR, one character for another ("F1at", "A1bion", "ZB4 GHT"),
// is still theirs; a neighbour's flat in the same building is not.
TEST(DetectorTest, TheSubjectsAddressReadByOcrIsTheirs) {
  model::Subject s = SyntheticSubject();
  s.contact.addresses = {"Flat 6, Kingfisher House, 22 Albion Row, Ashgrove ZB4 6HT"};
  const SubjectProfile subject = SubjectProfile::Build(s);
  const std::string own = "Address:     F1at 6, Kingfisher House, 22 A1bion Row, Ashgrove ZB4 GHT\n";
  EXPECT_EQ(SpansOf(own, Default().Detect(own, subject), "address"), Strings{});
  const std::string other = "Address:     Flat 7, Kingfisher House, 22 Albion Row, Ashgrove ZB4 6HT\n";
  EXPECT_EQ(SpansOf(other, Default().Detect(other, subject), "address").size(), 1u);
}

// A time of day's minutes are no house number ("22:41 BP Foundry St"); a number is.
TEST(DetectorTest, ATimesMinutesAreNoHouseNumber) {
  const std::string text = "T4  Card transaction 22:41 BP Foundry St, 150 m away; he lives at 41 Foundry St.\n";
  EXPECT_EQ(SpansOf(text, Default().Detect(text, {}), "address"), Strings{"41 Foundry St"});
}

// An address abroad is found in its country's order with its postal code as a finding of its
// own; the subject's own address abroad is kept, and the person a street is named after is no
// one's name there.
TEST(DetectorTest, AddressesAbroadAndTheirPostalCodes) {
  model::Subject s = SyntheticSubject();
  s.contact.addresses.push_back("Rruga Adem Jashari nr. 17, Ferizaj");
  const SubjectProfile subject = SubjectProfile::Build(s);
  const std::string text =
      "His mother lives at Rua das Acácias, 145, apto 32, Jardim América, Goiânia - GO, 74255-120, Brazil.\n"
      "His aunt is at H. No. 412, Vaddy, Candolim, Bardez, Goa, 403515, India.\n"
      "He grew up at Rruga Adem Jashari nr. 17, Ferizaj, 70000.\n";
  const auto findings = Default().Detect(text, subject);
  EXPECT_EQ(Spans(text, findings), (Strings{"Rua das Acácias, 145, apto 32, Jardim América, Goiânia - GO", "74255-120",
                                            "H. No. 412, Vaddy, Candolim, Bardez, Goa", "403515"}));
  for (const Finding& f : findings) EXPECT_EQ(f.party, "third_party") << text.substr(f.begin, f.end - f.begin);
}

// The subject's postcode is kept after their address and alone, but not where it closes a
// neighbour's address on the same line (an electoral register's rows).
TEST(DetectorTest, TheSubjectsPostcodeAfterANeighboursAddressIsTheNeighbours) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::string text =
      "EX-0901   Ann Pike         Flat 1, 12 Example Road    LS1 1AA\n"
      "EX-0902   John SMITH       Flat 2, 12 Example Road    LS1 1AA\n"
      "Postcode searched: LS1 1AA\n";
  EXPECT_EQ(SpansOf(text, Default().Detect(text, subject), "postcode"), Strings{"LS1 1AA"});
  const auto findings = Default().Detect(text, subject);
  const auto first = std::find_if(findings.begin(), findings.end(), [](const Finding& f) { return f.category == "postcode"; });
  ASSERT_NE(first, findings.end());
  EXPECT_LT(first->begin, text.find('\n'));
  EXPECT_NE(first->reason.find("after-other-address"), std::string::npos);
}

// A field labelled as an address holds one even when no address pattern reads it: abroad, or
// misread by OCR (its postcode stays a finding of its own). Not a value with no digit or comma.
TEST(DetectorTest, AddressFieldsAbroadOrMisreadAreAddresses) {
  const std::string text =
      "Payee name:      Halina Qorvell (mother)\n"
      "Payee address:   ul. Kwiatowa 14/3, Borowiec Maly, POLAND\n"
      "        Address: 8 Hol1in Terrace, Ashgrove ZB2 6PL\n"
      "Address: see above        Tel: none\n";
  EXPECT_EQ(SpansOf(text, Default().Detect(text, {}), "address"),
            (Strings{"ul. Kwiatowa 14/3, Borowiec Maly, POLAND", "8 Hol1in Terrace, Ashgrove"}));
  EXPECT_EQ(SpansOf(text, Default().Detect(text, {}), "postcode"), Strings{"ZB2 6PL"});
  // A house with a name and no number, when a postcode closes it (in the value, or in the next
  // line's field after a form's layout gap); a value with no postcode and no number is none.
  const std::string named =
      "  DOB: 22/01/1975        Address: Ty Newydd, Ffordd yr Orsaf, Llanfedw, ZH4 2TN\n"
      "Your address                           Tyddyn Gwyn, Lon Las, Pentre'r Felin\n"
      "Postcode                               ZF9 1LT\n"
      "Home address                           Not known, see below\n"
      "Current address                        2 attempts, see log\n"
      "Address: Bryn Awel, Llanfedw\n";
  EXPECT_EQ(SpansOf(named, Default().Detect(named, {}), "address"),
            (Strings{"Ty Newydd, Ffordd yr Orsaf, Llanfedw", "Tyddyn Gwyn, Lon Las, Pentre'r Felin"}));
}

// Another party's value found once (here a registration after its cue) is found wherever the
// bundle repeats it, in any spacing or case.
TEST(DetectorTest, AnotherPartysValueIsFoundWhereverTheBundleRepeatsIt) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  BundleContext bundle;
  const std::vector<std::string_view> gate = {"Gate log: vehicle LV68 KRT in at 23:14, out 23:40."};
  EXPECT_EQ(SpansOf(gate[0], Default().DetectDocument(gate, subject, &bundle)[0], "vehicle_registration"),
            Strings{"LV68 KRT"});
  const std::vector<std::string_view> letter = {"Vans arrived after midnight (including lv68krt and others).",
                                                "Seen again: LV68 KRT, twice."};
  const auto found = Default().DetectDocument(letter, subject, &bundle);
  EXPECT_EQ(SpansOf(letter[0], found[0], "vehicle_registration"), Strings{"lv68krt"});
  EXPECT_EQ(SpansOf(letter[1], found[1], "vehicle_registration"), Strings{"LV68 KRT"});
  EXPECT_EQ(found[0].front().reason, "bundle-value");
  // Without the first document nothing cues it.
  BundleContext fresh;
  EXPECT_TRUE(SpansOf(letter[0], Default().DetectDocument(letter, subject, &fresh)[0], "vehicle_registration").empty());
}

// A form about the subject (its first person field names them) holds their own accounts, cards
// and vehicles in fields that name what a person holds, on any of its pages; a section about
// someone else (named, or under an emergency contact heading) does not, nor does a form that
// opens with someone else's name, nor a field that names nothing held.
TEST(DetectorTest, TheSubjectsOwnFormHoldsTheirAccounts) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  auto found = [&](const std::vector<std::string_view>& pages) {
    BundleContext bundle;
    std::vector<std::string> out;
    const auto findings = Default().DetectDocument(pages, subject, &bundle);
    for (size_t p = 0; p < pages.size(); ++p) {
      for (const Finding& f : findings[p]) {
        if (f.category != "name") out.emplace_back(pages[p].substr(f.begin, f.end - f.begin));
      }
    }
    return out;
  };
  const std::string_view head =
      "BASIC BANK ACCOUNT APPLICATION\n"
      "Surname             SMITH               Forenames  John Michael\n"
      "Prison number       A1234BC\n"
      "\n"
      "SECTION 4  EMERGENCY CONTACT\n"
      "Telephone:          07700 900111\n"
      "Debit card:         4929 5998 0733 0197\n";
  const std::string_view bank =
      "SECTION 5  BANK USE ONLY\n"
      "Sort code:          40-98-34\n"
      "Account number:     34831951\n"
      "\n"
      "VEHICLES\n"
      "Vehicles used       JR57 UFF (own)\n"
      "Car park register:  KP02 JVO\n"
      "\n"
      "YOUR DETAILS\n"
      "Mobile ........... 07700 900127      Home: 0113 496 0581 (now disconnected)\n"
      "\n"
      "Referee: Ann Pike\n"
      "Mobile ........... 07700 900128\n"
      "\n"
      "LEGAL ADVICE\n"
      "Telephone ........ 0113 496 0270\n"
      "Solicitor with conduct: Rukhsana Begum\n";
  EXPECT_EQ(found({head, bank}),
            (Strings{"07700 900111", "4929 5998 0733 0197", "KP02 JVO", "07700 900128", "0113 496 0270"}));
  const std::string_view visitor = "VISITOR APPLICATION\nFull name:  Ann Pike\nPrisoner:  John Smith\n\n";
  EXPECT_EQ(found({visitor, bank}),
            (Strings{"40-98-34", "34831951", "JR57 UFF", "KP02 JVO", "07700 900127", "0113 496 0581", "07700 900128",
                     "0113 496 0270"}));
  // An account holder's block: another party named on a line of its own does not make the
  // holder's login someone else's.
  const std::string_view subscriber =
      "SUBSCRIBER DATA\n"
      "   Account holder:   John Smith\n"
      "   Joined:           11/03/2021\n"
      "   Login IP:         198.51.100.193 (11/03/2024 22:40 UTC)\n"
      "   Other party:      @tbone.hb, Ann Pike, IP 203.0.113.253\n";
  EXPECT_EQ(found({subscriber}), Strings{"203.0.113.253"});
  // A payslip's employee is the person it is about; what is held is named in the value's own
  // cell after a layout gap ("... Paid by BACS to sort code"), and a payee's account is not theirs.
  const std::string_view payslip =
      "PAYSLIP\n"
      "Employee:  Mr J SMITH                    Employee no: 004127\n"
      "\n"
      "NET PAY 1,756.04      Paid by BACS to sort code 30-96-21 account 71450926\n"
      "\n"
      "Attachment of earnings to payee sort code 20-44-91 account 60718834\n";
  EXPECT_EQ(found({payslip}), (Strings{"20-44-91", "60718834"}));
  // Another party named below the value, on a line about them, leaves the field the subject's.
  const std::string_view claim =
      "HOUSING BENEFIT CLAIM\n"
      "Title: Mr    Surname: SMITH          Other names: John Michael\n"
      "\n"
      "PART 6 - HOW WE PAY YOU\n"
      "Account name: Mr J M Smith   Sort code: 09-01-28   Account no: 83726150\n"
      "Pay landlord direct? Yes - Mrs Ann Pike, sort code 20-44-91, account 60718834\n";
  EXPECT_EQ(found({claim}), (Strings{"20-44-91", "60718834"}));
  // A firm's letterhead over a letter about the subject: its telephone is the firm's.
  const std::string_view letter =
      "HOLLINS & CO\n"
      "Solicitors - Crime and Prison Law\n"
      "Suite 4, Calder Chambers, 9 Wharf Street, Leeds ZL2 7QB   Tel 0113 496 0872\n"
      "\n"
      "Our client: SMITH, John Michael (prison number A1234BC)\n";
  EXPECT_EQ(found({letter}), (Strings{"Suite 4, Calder Chambers, 9 Wharf Street, Leeds", "ZL2 7QB", "0113 496 0872"}));
}

// In a form about the subject, the addresses of fields for where they live or have lived
// ("Previous (UK):", indented lines under "Address history:" too, and a table under "WHERE YOU
// HAVE LIVED") are theirs, and kept wherever the bundle mentions them, whole or in part; an
// officer named in the block changes nothing. A landlord's address and an emergency contact's
// are not theirs.
TEST(DetectorTest, TheSubjectsFormHoldsTheirPreviousAddresses) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> form = {
      "ENROLMENT FORM\n"
      "Surname:   SMITH          Forenames:  John Michael\n"
      "Previous address (if less than 3 yrs): 41 Curragh Close, Kestrelford ZD2 8PH\n"
      "Address history:  9 Bryn Teg, Saltreach YP1 3HT (2003 - 2017)\n"
      "                  3 Mill Lane, Fenwold YN6 2HX (1999 - 2003)\n"
      "Checked by: Officer Ann Pike, 21/05/2019\n"
      "Previous (UK):    Flat 12, Weaver House, Dock Road, Kestwick ZF4 7EU (2017-2020)\n"
      "\n"
      "WHERE YOU HAVE LIVED IN THE LAST 3 YEARS\n"
      "| From    | To      | Address                                 |\n"
      "| 03/2021 | 10/2022 | 112A Coronation Parade, Fenwold YN6 2HY |\n"
      "\n"
      "Landlord address: 3 Rookery Lane, Hollinbridge YR6 4BD\n"
      "\n"
      "EMERGENCY CONTACT\n"
      "Address:   5 Kiln Road, Harlow HA1 1AA\n",
      "Note: he was arrested at his old flat, 41 Curragh Close, in 2021.\n"};
  EXPECT_EQ(BundleValues(form, subject,
                         [](std::string_view c) { return c == "address" || c == "postcode"; }),
            (Strings{"3 Rookery Lane, Hollinbridge", "YR6 4BD", "5 Kiln Road, Harlow", "HA1 1AA"}));
}

// Where a sentence says the subject, named alone, lived (or, in a letter to them, "you were
// housed at"), or their name stands right before "at", the address is theirs; a relative's is not,
// nor one after a title and their surname alone ("Mrs Smith at").
TEST(DetectorTest, WhereTheSubjectLivedIsTheirs) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "John previously lived at 41 Curragh Close, Kestrelford ZD2 8PH, the house where he was recruited.\n"
      "John's brother lived at 3 Rookery Lane, Hollinbridge YR6 4BD until 2019.\n",
      "Dear Mr Smith,\n\nThe referral says you were housed at 5 Kiln Road, Harlow HA1 1AA in 2020.\n",
      "12  Electoral roll check: SMITH, John at 7 Baxter Wynd, Ashgrove ZB4 2NJ\n"
      "13  Electoral roll check: Mrs Smith at 9 Baxter Wynd, Ashgrove ZB4 2NP\n"
      "14  Meeting at 11 Baxter Wynd, Ashgrove ZB4 2NL\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "address" || c == "postcode"; }),
            (Strings{"3 Rookery Lane, Hollinbridge", "YR6 4BD", "9 Baxter Wynd, Ashgrove", "ZB4 2NP",
                     "11 Baxter Wynd, Ashgrove", "ZB4 2NL"}));
}

// The postcode after the subject's address from bundle.json (given there without one) is theirs,
// on its line or opening the next, and after one no rule finds (a house name); after another's
// address (though it ends like theirs), or further down, it is not.
TEST(DetectorTest, ThePostcodeAfterTheSubjectsAddressWithoutOne) {
  model::Subject s = SyntheticSubject();
  s.contact.addresses = {"27 Quayside Mews, Holmbury", "Bryn Eithin, Lon Gefn, Llanddewi Fach", "7 Mill Lane, Harlow"};
  const SubjectProfile subject = SubjectProfile::Build(s);
  const std::vector<std::string_view> pages = {
      "Mr John Smith\n27 Quayside Mews, Holmbury\n                YN3 5QE\n\nDear Mr Smith,\n",
      "Address: 27 Quayside Mews, Holmbury, YN3 5QE. Sister: 29 Quayside Mews, Holmbury, YN3 5QF.\n"
      "27 Quayside Mews, Holmbury\nVictim postcode: YN3 5QG\n"
      "He lost the family home at Bryn Eithin, Lon Gefn, Llanddewi Fach, ZF8 3WB, in 2019.\n"
      "His cousin lives at 17 Mill Lane, Harlow, HA1 1AB.\n",
      // (After a quoted reply's '>' or a form's "Postcode" label on the next line.)
      "> He will live at 27 Quayside Mews, Holmbury,\n> YN3 5QE. Please send the papers there.\n\n"
      "12 Address       27 Quayside Mews, Holmbury\n                 Postcode YN3 5QE\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "address" || c == "postcode"; }),
            (Strings{"29 Quayside Mews, Holmbury", "YN3 5QF", "YN3 5QG", "17 Mill Lane, Harlow", "HA1 1AB"}));
}

// A UK IBAN holds its account's sort code and number: when those are the subject's, so is the
// IBAN (and the other way round); the IBAN is reported where nothing makes it theirs.
TEST(DetectorTest, AnIbanHoldingTheSubjectsAccountIsTheirs) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "From:    John SMITH <j.smith@example.com>\n"
      "Subject: my bail\n\n"
      "For the bank statements, my account is the NatWest one, sort code\n"
      "60-16-13, account 31926819. The IBAN on the letter from the bank is\n"
      "GB29 NWBK 6016 1331 9268 19 if you need it.\n\n"
      "John Smith\n"};
  auto bank = [](std::string_view c) { return c == "iban" || c == "sort_code" || c == "account_number"; };
  EXPECT_TRUE(BundleValues(pages, subject, bank).empty());
  const std::vector<std::string_view> payee = {"Payee: Ann Pike   IBAN GB29 NWBK 6016 1331 9268 19\n"};
  EXPECT_EQ(BundleValues(payee, subject, bank), Strings{"GB29 NWBK 6016 1331 9268 19"});
}

// An account held jointly on a page that names the subject is theirs too, wherever the bundle
// repeats it; another account at the same branch (the same sort code) is still reported, and a
// victim's joint account is not theirs. In a letter to the subject, "your own account" is theirs.
TEST(DetectorTest, AJointAccountIsTheSubjectsToo) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  auto bank = [](std::string_view c) { return c == "sort_code" || c == "account_number"; };
  const std::vector<std::string_view> form = {
      "BANK DETAILS - applicant John SMITH\n"
      "   [x] Joint account with partner Ann Pike\n"
      "       Sort code  40-62-28\n"
      "       Account no 3144 7209\n\n"
      "Rent is paid from the joint account 40-62-28 / 31447209.\n"
      "The victim Mary Jones and her son had a joint account 20-00-00 / 55779911.\n",
      "John SMITH - page 2\n"
      "   [x] Partner's sole account - NOT the applicant's\n"
      "       Sort code  40-62-28  Account no 58830164\n"};
  EXPECT_EQ(BundleValues(form, subject, bank), (Strings{"20-00-00", "55779911", "40-62-28", "58830164"}));
}

// An address the page gives the subject by their party word ("the requested person's previous UK
// address was ...") or by "his" in a document about them, or in the field of a form about them
// ("Child:"), is theirs; a partner's, or one after another person named, is not.
TEST(DetectorTest, AnAddressGivenTheSubjectByPartyWordOrPronoun) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Requested person: John Michael SMITH\n"
      "Note: the requested person's previous UK address was\n"
      "Room 3, 58 Albion Street, Kelbridge ZD5 9NR. His partner's address is 3 Rookery Lane, Hollinbridge YR6 4BD.\n",
      "Prisoner:   John Smith   A1234BC\n\n"
      "5. HOUSING\nBefore custody he gave up his previous address, 7 Mill Lane, Harlow HA1 1AB.\n\n"
      "6. VISITS\nAnn Pike visits. Her address is 5 Kiln Road, Harlow HA1 1AA.\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "address" || c == "postcode"; }),
            (Strings{"3 Rookery Lane, Hollinbridge", "YR6 4BD", "5 Kiln Road, Harlow", "HA1 1AA"}));
  // A form about a child names its person "Child:"; its previous-address field is theirs.
  const std::vector<std::string_view> child = {
      "Child: John Michael SMITH   DOB 12/03/1987\nPrevious address: 22 Sorrel Way, Kelbridge ZD7 5HA (moved 2023)\n"};
  EXPECT_TRUE(BundleValues(child, subject, [](std::string_view c) { return c == "address" || c == "postcode"; }).empty());
  // A solicitor's "Our client:" on a letter's first page stands for its later pages too; another
  // person's passport on them is still reported.
  const std::vector<std::string_view> letter = {
      "Dear Ms Holroyd,\n\nOur client: SMITH, John Michael (DOB 12.03.1987)\n\nRequest for copy medical records\n",
      "Enclosures:\n  1. Copy of client's passport photo page (passport no. 761204583)\n"
      "  2. His brother's passport (passport no. 538204617)\n"};
  EXPECT_EQ(BundleValues(letter, subject, [](std::string_view c) { return c == "passport"; }), Strings{"538204617"});
}

// A scanned form's "Narne" (OCR's "rn" for "m") labels its person as "Name" does: the subject's
// bank details in their block are theirs, another subject's block's are not.
TEST(DetectorTest, AnOcrNameLabelOpensTheSubjectsBlock) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "SUBJECT 1\n"
      "  Narne ........ SMITH JOHN M\n"
      "  Sort code .... 20-45-77     Acc no ..... 53918264\n"
      "\n"
      "SUBJECT 2\n"
      "  Narne ........ PIKE ANN\n"
      "  Sort code .... 20-45-78     Acc no ..... 53918272\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "sort_code" || c == "account_number"; }),
            (Strings{"20-45-78", "53918272"}));
}

// In a letter to the subject, the date of birth "you gave" as "your date of birth" is theirs (a
// second one, as an asylum claim may hold), and kept wherever the bundle writes that date, in any
// form; "your son, born ..." is not theirs.
TEST(DetectorTest, YourDateOfBirthInALetterToTheSubject) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Dear Mr Smith,\n\nIn your screening interview you gave your date of birth as 14 September 2005.\n"
      "Your son, born 3 May 2010, is not part of this claim.\n",
      "EURODAC\nSMITH   JOHN   DOB 14-SEP-2005\nPIKE    ANN    DOB 15-SEP-2005\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "date_of_birth"; }),
            (Strings{"3 May 2010", "15-SEP-2005"}));
}

// On a form about the subject, the date of birth they gave ("Claimed DOB:") is theirs, and kept
// wherever the bundle writes that date; one given under another person's line is not, nor a
// plain "Date of birth:" that is not the one bundle.json gives.
TEST(DetectorTest, TheClaimedDateOfBirthOnAFormAboutTheSubject) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Young person:          SMITH, John Michael\n"
      "Claimed DOB:           14.09.2005\n"
      "Date of birth:         03.03.1990\n"
      "\n"
      "Mother:                Ann PIKE\n"
      "Date of birth given:   02.02.1970\n",
      "Eurodac: SMITH JOHN, DOB 14-SEP-2005, and PIKE ANN, DOB 02-FEB-1970.\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "date_of_birth"; }),
            (Strings{"03.03.1990", "02.02.1970", "02-FEB-1970"}));
}

// An IP address on a log's row holding the subject's own e-mail is theirs, and kept on the log's
// other rows; one on a row with another's e-mail, or naming someone, is not.
TEST(DetectorTest, AnIpOnARowWithTheSubjectsOwnEmail) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Monitoring report for John Smith\n"
      "Time               Device      Source IP          Event\n"
      "2025-08-02 22:14   Laptop-01   203.0.113.47       Login to web mail as j.smith@example.com\n"
      "2025-08-02 22:31   Laptop-01   203.0.113.47       Visited a sign-up page\n"
      "2025-08-03 07:40   Laptop-01   198.51.100.23      Login to web mail as ann.pike@example.org\n"
      "2025-08-03 07:41   Phone-02    198.51.100.24      Login as j.smith@example.com by Ann Pike\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "ip_address"; }),
            (Strings{"198.51.100.23", "198.51.100.24"}));
}

// A driving licence number that the subject's surname, date of birth and any of their forenames'
// initials give is theirs, with the surname taken first from an alias written family name first
// in capitals; another initial's is not.
TEST(DetectorTest, TheSubjectsDrivingLicenceByAnyForename) {
  model::Subject s;
  s.name = "Kelvin Tsz-hin CHAN";
  s.aliases = {"LAU Mei Kelvin"};
  s.date_of_birth = "1978-01-09";
  const SubjectProfile subject = SubjectProfile::Build(s);
  const std::string text =
      "Photocard driving licence CHAN9701098TK9LW checked.\n"
      "Photocard driving licence LAU99701098MK9LW checked.\n"
      "Photocard driving licence CHAN9701098PK9LW checked.\n";
  EXPECT_EQ(SpansOf(text, Default().Detect(text, subject), "driving_licence"), Strings{"CHAN9701098PK9LW"});
}

// A row naming the subject by their initials and surname ("J M SMITH") holds their account; one
// naming another initial ("B SMITH", a brother) does not.
TEST(DetectorTest, ARowNamingTheSubjectByInitialsHoldsTheirAccount) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Bank details seen (for the record of employment only):\n"
      "  Sort code 20-99-51   Account 70331846   Name: J M SMITH\n"
      "  Sort code 40-12-57   Account 31926804   Name: B SMITH\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "sort_code" || c == "account_number"; }),
            (Strings{"40-12-57", "31926804"}));
}

// A field for an old number or e-mail beside the subject's own declared ones is theirs, and
// kept wherever the bundle repeats it; not beside someone named, nor without such a label.
TEST(DetectorTest, TheSubjectsOldNumberBesideTheirContactDetails) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Dear Mr Smith,\n\nWe hold these contact details for you:\n"
      "  Phone:  07700 900123\n"
      "  Email:  j.smith@example.com\n"
      "  Previous number (no longer in use): 07700 900905\n"
      "\n"
      "Visitor:  Ann Pike\n"
      "  Previous number: 07700 900907\n"
      "  Phone:  07700 900123\n",
      "Room search: an old Nokia; resident says old number 07700 900905.\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "phone"; }), Strings{"07700 900907"});
}

// An old number's field under the subject's own, below a list of other people's numbers, is
// theirs; an old one in brackets right after theirs, or one a pronoun alone in brackets owns in a
// sentence naming no one, is theirs too. One after another party's, or owned by a sentence that
// names another party, is not.
TEST(DetectorTest, TheSubjectsOldValuesBesideOrAfterTheirs) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Reception: SMITH, John\n\nNext of kin / PIN numbers requested\n"
      "Ann Pike              Sister       07700 900245\n"
      "Own mobile (in stored property): 07700 900123;\n"
      "old UK number on 2019 record: 0161 496 0274.\n",
      "Mr Smith asked us to update his email to j.smith@example.com (old one john.m.s@example.net\n"
      "no longer used). His sister's is ann.p@example.org (old one a.pike@example.org).\n",
      "Housing history for Mr Smith\n"
      "2019-2021  Lived in Ashgrove. Landline there was 020 7946 0874 (his, now ceased).\n"
      "2021       Stayed with his sister; her landline 020 7946 0875 (hers, shared).\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "phone" || c == "email"; }),
            (Strings{"07700 900245", "ann.p@example.org", "a.pike@example.org", "020 7946 0875"}));
}

// Bank details indented under a line giving the subject as the account holder are theirs, down
// to the block's end; under another holder they are not.
TEST(DetectorTest, DetailsIndentedUnderTheSubjectAsHolderAreTheirs) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Bank payment to: account holder MR JOHN SMITH\n"
      "  Sort code 40-19-07   Account no 55820413\n"
      "  Debit card (new, for ID check only): 4000 0123 4567 8905\n"
      "Refund to: account holder MISS ANN PIKE\n"
      "  Sort code 40-19-08   Account no 55820421\n"
      "  Debit card: 4000 0566 5566 5556\n"};
  EXPECT_EQ(BundleValues(pages, subject,
                         [](std::string_view c) { return c == "sort_code" || c == "account_number" || c == "payment_card"; }),
            (Strings{"40-19-08", "55820421", "4000 0566 5566 5556"}));
}

// The subject's initials closing a register's lines are theirs ("JS", "JMS"); other residents'
// are found.
TEST(DetectorTest, TheSubjectsInitialsInARegisterAreKept) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::string text =
      "Resident signatures for the week (initials)\n"
      "Rm 1 signed in at 22:58 after a late shift. PK\n"
      "Rm 3 signed in at 21:40 after the group session. JS\n"
      "Rm 5 signed in at 22:10 after a visit home. DH\n";
  EXPECT_EQ(SpansOf(text, Default().Detect(text, subject), "name"), (Strings{"PK", "DH"}));
}

// "His van, <registration>" in a sentence whose only person is the subject (or "your client")
// is theirs; after anyone else ("a second man", "his brother") it is not.
TEST(DetectorTest, WhatHisOrHerOwnsInASentenceAboutTheSubject) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Pre-interview disclosure for John SMITH\n\n"
      "Your client was arrested at 01:38 near his van, YK68 HTV, parked in Tanner Street.\n"
      "A second man was seen leaving in his car, YK68 HTW.\n"
      "John Smith lent his brother the money; his brother's van, YK68 HTX, was seized.\n"
      "Keys to YK68 HTV found in the property bag.\n"
      "John told me he has reopened his old Leeds Credit Union savings account (no. 40718263).\n"
      "Mrs Smith asked that calls go to her work number instead (0121 496 0587).\n"};
  EXPECT_EQ(BundleValues(pages, subject,
                         [](std::string_view c) { return c == "vehicle_registration" || c == "account_number" || c == "phone"; }),
            (Strings{"YK68 HTW", "YK68 HTX", "0121 496 0587"}));
}

// In a document about the subject, "his account" in a sentence naming no one is theirs when the
// sentences before it in its paragraph (or list item) name no one else; after another person or
// another party's word in the paragraph, or in a page that is not about the subject, it is not.
TEST(DetectorTest, HisInAParagraphOfADocumentAboutTheSubject) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  auto found = [&](std::string_view page) {
    return BundleValues({page}, subject, [](std::string_view c) {
      return c == "sort_code" || c == "account_number" || c == "vehicle_registration" || c == "phone";
    });
  };
  const std::string form =
      "Prisoner:   John Smith   A1234BC\n"
      "\n"
      "6. FINANCE\n"
      "Cash on reception. Wants money from his Barclays account (sort code 20-32-53, account 41829604) sent\n"
      "to his mother.\n"
      "\n"
      "7. CELL SHARING\n"
      "Asked not to share with Lee Carver. Wants his car AB12 CDE moved.\n"
      "\n"
      "8. FAMILY\n"
      "His brother visits monthly. He drives his van AB12 CDF.\n"
      "\n"
      "9. CONTACT\n"
      "- On release he will stay with Ann Pike in Leeds.\n"
      "- No letters to the flat. Contact on his safe mobile 07700 900733.\n";
  EXPECT_EQ(found(form), (Strings{"AB12 CDE", "AB12 CDF"}));
  const std::string note =
      "Case note: John Smith was seen on the wing today.\n"
      "\n"
      "Cash on reception. Wants money from his Barclays account (sort code 20-32-53, account 41829604).\n";
  EXPECT_EQ(found(note), (Strings{"20-32-53", "41829604"}));
}

// A register's "SURNAME I" row with the subject's first initial holds their values; another
// initial names someone else, and a value the page says is not the user's is not theirs.
TEST(DetectorTest, ARegisterRowBySurnameAndInitial) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Time              Device                Registered to             Assigned IP       Plate\n"
      "25/05 06:02:14    Galaxy-A14            SMITH J rm3               192.0.2.44        AB12 CDE\n"
      "25/05 07:15:40    Galaxy-A14            SMITH B rm4               192.0.2.45        AB12 CDF\n"
      "25/05 08:15:40    Galaxy-A14            SMITH J rm3               192.0.2.44        AB12 CDG\n"
      "\n"
      "Note: plate AB12 CDG is not registered to the resident.\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "ip_address" || c == "vehicle_registration"; }),
            (Strings{"192.0.2.45", "AB12 CDF", "AB12 CDG", "AB12 CDG"}));
  // The header's "Registered to" heads a column: the next header is no name.
  const std::string_view header = pages[0].substr(0, pages[0].find('\n'));
  EXPECT_EQ(SpansOf(header, Default().Detect(header, subject), "name"), Strings{});
}

// "(own)" after a value in a clause naming no one is the subject's, though the next clause names
// another's; in a letter to them, what "you" did with a vehicle is theirs.
TEST(DetectorTest, OwnInItsClauseAndYouInALetter) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Handset of John SMITH. Note 'cards': 5105 1060 6857 5917 (Ann Pike); 4242428292269944 (own); 4000 0566 5566 "
      "5556 (Tom Pike)\n",
      "Dear Mr Smith,\n\nYou were disqualified for driving while over the limit in vehicle AC69 UYR.\n"
      "Your passenger was seen in her car AC69 UYS.\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "payment_card" || c == "vehicle_registration"; }),
            (Strings{"5105 1060 6857 5917", "4000 0566 5566 5556", "AC69 UYS"}));
}

// The subject's possessive before what is held, with the value's label in brackets ("John
// Smith's discharge account (IBAN ...)"), makes it theirs, and the sort code and account inside
// it too; a form's vehicle field that another travels with is not theirs.
TEST(DetectorTest, ALabelInBracketsAfterTheirAccountAndAVehicleTheyTravelIn) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Wages are being paid into John Smith's discharge account (IBAN GB04 NWBK 4012 7631 9268 54).\n",
      "Smith is paying via the discharge account (sort code 40-12-76, account 31926854).\n",
      "RECALL DOSSIER\n"
      "Surname                SMITH\n"
      "Forenames              John Michael\n"
      "DOB                    12-MAR-1987\n"
      "Vehicle                LV68 HTD (SORN) / travels with BK21 XWN\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) {
              return c == "iban" || c == "sort_code" || c == "account_number" || c == "vehicle_registration";
            }),
            Strings{"BK21 XWN"});
}

// A companies register's month and year of birth is found under its "Born" column; the
// subject's own (March 1987 for one born 12 March 1987) is kept.
TEST(DetectorTest, AMonthAndYearOfBirthInARegister) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::string text =
      "OFFICERS\n"
      "Name                 Role       Born           Appointed\n"
      "SMITH, John Michael  Director   March 1987     03/04/2014\n"
      "PIKE, Ann            Secretary  June 1966      03/04/2014\n";
  EXPECT_EQ(SpansOf(text, Default().Detect(text, subject), "date_of_birth"), Strings{"June 1966"});
  EXPECT_TRUE(subject.IsSubjectValue("date_of_birth", "Mar. 1987"));
  EXPECT_FALSE(subject.IsSubjectValue("date_of_birth", "March 1988"));
}

// A letter with no "Dear" line is the subject's when its addressee's line names them over their
// own address; what it calls "your" account, in a sentence begun on the line above, is theirs.
// A sort code and account number written together are one account: when one is theirs, so is
// the other, and so are those inside their IBAN.
TEST(DetectorTest, AnAddresseeBlockAndOneAccountWrittenTogether) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "HM Revenue and Customs\n\nMr J SMITH\nFlat 2, 12 Example Road\nLeeds\n\n"
      "We will pay 412.60 into the account you gave us in your online account:\n"
      "sort code 09-01-28, account number 66140372.\n",
      "Mr Smith gave sort code 04-00-04, account 71836205 (his own account) for any refund.\n"
      "For his wife: sort code 04-00-05, account 71836213.\n",
      "John Smith asked for the refund to go to his account: GB34 BARC 2032 5341 8296 04.\n"
      "Barclays: sort code 20-32-53, account 41829604. Paid to sort code 20-32-54.\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) {
              return c == "sort_code" || c == "account_number" || c == "iban";
            }),
            (Strings{"04-00-05", "71836213", "20-32-54"}));
}

// In an e-mail or letter the subject wrote (their "From:" header, signature or "My name is"),
// what they call "my" is theirs, up to the message quoted under it; a number given as someone
// else's, or in the quoted message, is not.
TEST(DetectorTest, WhatTheSubjectCallsMyInTheirOwnLetter) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "From:     Johnny Smith <js@example.org>\nTo:       Dean Rowe\n\n"
      "- My passport number is 519473628 if the court needs it.\n- Her passport is 519473636.\n\n"
      "> On 25 Apr 2025, Dean Rowe wrote:\n> Call me on 0117 496 0463. My passport is 519473644.\n",
      "Dear Sir,\n\nMy car is YK19 HVN and my passport is 548213907.\n\nYours sincerely,\n\nJohn Smith\n",
      "Dear Sir,\n\nMy car is YK19 HVA.\n\nYours sincerely,\n\nDean Rowe\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) {
              return c == "passport" || c == "phone" || c == "vehicle_registration";
            }),
            (Strings{"519473636", "0117 496 0463", "519473644", "YK19 HVA"}));
}

// A passport number in a form's block about the subject is theirs, kept wherever the bundle
// repeats it (a travel document column included); another passenger's is found.
TEST(DetectorTest, APassportOnTheSubjectsFormIsTheirs) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "PERSON FROM WHOM CASH WAS TAKEN\n"
      "Full name:          John Michael SMITH\n"
      "Identity document:  UK passport 538204617\n",
      "No.  Passenger (SURNAME, forenames)  Flight  Travel doc  Outcome\n"
      "031  PIKE, Ann                       SK419   214906583   Nil\n"
      "032  (see note)                      SK419   538204617   See note\n",
      "Passport 538204617 was returned to the passenger at 09:15.\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "passport"; }), Strings{"214906583"});
}

// The subject's own address with a name in it ("16 Heather Row") holds no name.
TEST(DetectorTest, TheSubjectsAddressHoldsNoName) {
  model::Subject s = SyntheticSubject();
  s.contact.addresses = {"16 Heather Row, Brackenford ZD5 7AQ"};
  const SubjectProfile subject = SubjectProfile::Build(s);
  const std::string text = "Previous address:  16 Heather Row, Brackenford ZD5 7AQ (former family home)\n";
  EXPECT_EQ(Spans(text, Default().Detect(text, subject)), Strings{});
}

// A page whose label line gives the subject a party word ("Respondent: John SMITH") means them by
// "the respondent" in its sentences: the account "in the respondent's sole name" is theirs; the
// applicant's (another party) is not.
TEST(DetectorTest, ThePartyWordAPageGivesTheSubjectIsTheirs) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "Applicant:   The Director of Border Revenue\n"
      "Respondent:  John Michael SMITH (also known as Johnny)\n\n"
      "The only account known to the applicant is in the respondent's sole name: sort code 40-12-76,\n"
      "account number 53820914. The applicant's own account is sort code 40-12-77, account 53820922.\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view c) { return c == "sort_code" || c == "account_number"; }),
            (Strings{"40-12-77", "53820922"}));
}

// A form laid out with dot leaders ("Name ......... John SMITH") is read as one with colons; a
// field of its own for another party ("Regular visitor .. partner Ann Pike") leaves the
// subject's address field theirs. The postcode of an address learned so is kept only right after
// that address: neighbours share it.
TEST(DetectorTest, FormsWithDotLeadersAndSharedPostcodes) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::vector<std::string_view> pages = {
      "HOME FIRE SAFETY VISIT RECORD\n"
      "OCCUPANT\n"
      "Name ............. Mr John SMITH\n"
      "Regular visitor .. partner Ann PIKE, 11 Wesley Close, Penvose YK7 3DL\n"
      "Previous address . 3 Chapel Terrace, Penvose YK7 2RW (crew attended a fire there)\n"
      "Vehicle .......... white Ford Transit WK08 LPV\n",
      "ELECTORAL REGISTER\n"
      "PV3-0141   CHENOWETH Elowen     1 Chapel Terrace    YK7 2RW\n"
      "PV3-0144   SMITH John           3 Chapel Terrace    YK7 2RW\n"};
  EXPECT_EQ(BundleValues(pages, subject, [](std::string_view) { return true; }),
            (Strings{"11 Wesley Close, Penvose", "YK7 3DL", "1 Chapel Terrace", "YK7 2RW"}));
  // After "Visitor: Ann Pike" (a name alone), the fields below are the visitor's.
  const std::string_view visit =
      "Prisoner name:  John Smith\nVisitor:        Ann Pike\nAddress:        5 Kiln Road, Harlow\n";
  BundleContext visits;
  EXPECT_EQ(SpansOf(visit, Default().DetectDocument({visit}, subject, &visits)[0], "address"),
            Strings{"5 Kiln Road, Harlow"});
}

// In a form about the subject, or a letter to them, a sentence that names no one says a value is
// theirs by "his own", "your own", "you own", "the prisoner's own", "is mine", "(his own ...)"
// after it or by opening with the applicant; one that names someone else, or says nothing of whose it is, does not.
TEST(DetectorTest, WhatADocumentAboutTheSubjectSaysIsTheirs) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  auto found = [&](std::string_view page) {
    std::vector<std::string> out;
    for (const Finding& f : Default().Detect(page, subject)) {
      if (f.category != "name") out.emplace_back(page.substr(f.begin, f.end - f.begin));
    }
    return out;
  };
  const std::string form =
      "PRIVATE CASH LOG\n"
      "Prisoner:   John Smith   A1234BC\n"
      "\n"
      "0346 Transfer from the prisoner's own account (sort code 16 76 19, account\n"
      "     28995531) authorised by the business hub.\n"
      "Applicant states he held an account with sort code 40-98-34 and account number 50661392.\n"
      "Car JR57UFF is mine. The van KP02 JVO was seen.\n"
      "Refunds to account 71836205 (his own account).\n"
      "0351 Postal order from Ann Pike's account (sort code 20 80 67, account 79064412).\n";
  EXPECT_EQ(found(form), (Strings{"KP02 JVO", "20 80 67", "79064412"}));
  const std::string letter =
      "Dear Mr Smith,\n"
      "Notify your supervising officer of any vehicle you own or use, including AN57 ZSN.\n"
      "A van, YV55 SUA, was seen outside the hostel.\n";
  EXPECT_EQ(found(letter), Strings{"YV55 SUA"});
}

// A table of pipes whose header has no leading pipe, a rule under its header, and rows that carry
// an address's second line in their last cell: every row's date under "DOB" is a date of birth.
TEST(DetectorTest, DatesOfBirthInATableWithARuleAndContinuationRows) {
  const std::string table =
      "Name                   | Relation     | DOB        | Address\n"
      "------------------------------------------------------------------------------------\n"
      "Ifeoma Qorvell         | Mother       | 05/07/1962 | 56 Kiln Road, Kilbrannock\n"
      "                       |              |            | KQ1 9TF  tel 01174960785\n"
      "Ngozi Qorvell          | Sister       | 24/02/1995 | 142 Orchard Close, Calderholme\n"
      "                       |              |            | CQ18 7SW  tel 07700900317\n"
      "Kojo Zrinyi            | Friend       | 11.10.1988 | 145 Canal Side, Kilbrannock\n";
  EXPECT_EQ(SpansOf(table, Default().Detect(table, {}), "date_of_birth"),
            (Strings{"05/07/1962", "24/02/1995", "11.10.1988"}));
}

// A street address runs on over its town when what follows closes the address (a postcode, the
// line's end, a layout gap, a bracket, a stop or a word carrying the sentence on: "on", "with");
// not over the words of a sentence ("said"). It takes in a house's name opening its field. A
// date's year before a comma is no house number ("28 March 2025, Oakfield Lane site").
TEST(DetectorTest, AnAddressRunsOnOverItsTown) {
  const std::string text =
      "He gave his address as 40 Marlpit Lane, Llanfedw, LQ2 9DX and left.\n"
      "Sent from Flat 10, 147 Heol y Felin, Greywater GQ17 2ZN. Relationship: mother.\n"
      "House (49 Cooper Street, Greywater) for a card.\n"
      "| 05/07/1962 | 56 Kiln Road, Kilbrannock |\n"
      "Address       13 Mill Lane, Calderholme, Upper Dale     Postcode    CQ10 8FE\n"
      "He lives at 12 High Street, Leeds City Council said.\n"
      "A van outside her flat at 11 Pitt Street, Fenby Quay on the 14th.\n"
      "He lives at 7 Elm Road, Harlow Council confirmed.\n"
      "Other names: DAVIES, RHODRI (used 1962-1984)\nPlace of birth: LLANFEDW\n"
      "Landlord: Mrs Y Abernethy     Address: Hillcrest, 3 Rookery Lane, Hollinbridge YR6 4BD\n"
      "Not to the family home at 40 Rosewood Avenue, Holmesdale (his mother's address).\n"
      "Friday 28 March 2025, Oakfield Lane site, 18:30 to 20:00. Sat 29 Mar 2025, Kiln Road car park.\n"
      "A marker is on 5 Harewood Terrace, Ashgrove by the police; 112 Beacon Lane, Kettlewick is near.\n";
  EXPECT_EQ(SpansOf(text, Default().Detect(text, {}), "address"),
            (Strings{"40 Marlpit Lane, Llanfedw", "Flat 10, 147 Heol y Felin, Greywater", "49 Cooper Street, Greywater",
                     "56 Kiln Road, Kilbrannock", "13 Mill Lane, Calderholme, Upper Dale", "12 High Street",
                     "11 Pitt Street, Fenby Quay", "7 Elm Road", "Hillcrest, 3 Rookery Lane, Hollinbridge",
                     "40 Rosewood Avenue, Holmesdale", "5 Harewood Terrace, Ashgrove", "112 Beacon Lane, Kettlewick"}));
}

// An e-mail address a printout wrapped inside its domain is one finding over the break; one
// that ends whole at a line's end takes nothing from the next line, and the subject's own,
// wrapped, is kept.
TEST(DetectorTest, AnEmailWrappedOverALineEnd) {
  const std::string text =
      "6 | NATHWANI, P | SOLICITOR | 020 7946 0188 / p.nathwani@harcourtlyle.e\nxample.co.uk | Legal\n"
      "manjit.k@example.ne\nt | gurpreet.s@example.co\n.uk.\nwrite to a.b@example.com\nnext week\n"
      "own: j.smith@exam\nple.com\n";
  EXPECT_EQ(SpansOf(text, Default().Detect(text, SubjectProfile::Build(SyntheticSubject())), "email"),
            (Strings{"p.nathwani@harcourtlyle.e\nxample.co.uk", "manjit.k@example.ne\nt", "gurpreet.s@example.co\n.uk",
                     "a.b@example.com"}));
}

// A letter's address block takes in its town lines above the postcode; the subject's own block is
// kept whatever town or county lines follow their street.
TEST(DetectorTest, AnAddressBlockTakesInItsTownLines) {
  const std::string letter =
      "Ms Akua Boateng\n14 Larchfield Road\nBrinsworth\nZH6 3RB\n\n"
      "Mr Calum Ross\n2 Mill Lane\nBragair\nIsle of Lewis YH2 4LQ\n\n"
      "Ward 4\n9 Kiln Road\nWe met on Tuesday.\nZH6 3RB\n";
  EXPECT_EQ(SpansOf(letter, Default().Detect(letter, {}), "address"),
            (Strings{"14 Larchfield Road\nBrinsworth", "2 Mill Lane\nBragair\nIsle of Lewis", "9 Kiln Road"}));
  model::Subject s = SyntheticSubject();
  const SubjectProfile subject = SubjectProfile::Build(s);
  for (const std::string own : {"Sent to:\nFlat 2, 12 Example Road\nLeeds\nLS1 1AA\n",
                                "Sent to:\nFlat 2, 12 Example Road\nLeeds\nWest Yorkshire\nLS1 1AA\n"}) {
    EXPECT_TRUE(SpansOf(own, Default().Detect(own, subject), "address").empty()) << own;
  }
}

// A street named without a house number is an address where the words before it say someone
// lives there or must keep away ("lives on", "bounded by", "zone around", "lives in the ... area");
// a street named in passing is not, and the subject's own street stays theirs.
TEST(DetectorTest, AStreetWithoutANumberIsAnAddressWhereSomeoneLives) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::string text =
      "Everyone knows she lives on Marlpit Lane now.\n"
      "Not to enter the area bounded by Cooper Street and the canal.\n"
      "His mother is living in Gorse Crescent, Fenby Quay.\n"
      "He walked down Station Road to the bus stop.\n"
      "He said he still lives at Example Road.\n"
      "An exclusion zone around Clement Road; his mother lives in the Ashby Grove area.\n"
      "3. Do not enter Lemon Tree Parade, Kettleby (the victim's home).\n";
  EXPECT_EQ(SpansOf(text, Default().Detect(text, subject), "address"),
            (Strings{"Marlpit Lane", "Cooper Street", "Gorse Crescent, Fenby Quay", "Clement Road", "Ashby Grove",
                     "Lemon Tree Parade, Kettleby"}));
}

// A mention of the subject's name followed by a date of birth in brackets that is not theirs is
// someone who shares the name (a father named after his son, a relative known by the surname):
// the mention and the date are both redacted. The subject's own date there changes nothing.
TEST(DetectorTest, TheSubjectsNameWithAnotherDateOfBirthIsSomeoneElse) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  const std::string text =
      "Present at installation: Michael Smith (08.05.67, father of John), and John Smith (DOB 12/03/1987).\n"
      "Also J. Smith (born 1 June 1960) and Smith, (21-AUG-1950).";
  EXPECT_EQ(Spans(text, Default().Detect(text, subject)),
            (Strings{"Michael Smith", "08.05.67", "J. Smith", "1 June 1960", "Smith", "21-AUG-1950"}));
  // Without a date of birth in bundle.json, nothing tells the subject's own date from another;
  // only their middle name and surname together are someone else's by the name alone.
  model::Subject no_dob = SyntheticSubject();
  no_dob.date_of_birth.clear();
  EXPECT_EQ(SpansOf(text, Default().Detect(text, SubjectProfile::Build(no_dob)), "name"), Strings{"Michael Smith"});
  // An alias's recorded date stays the subject's.
  const std::string aliases = "Aliases on PNC: John Smith (DOB 19/10/1986), Johnny Smith (alias DOB 20/10/1986)";
  EXPECT_EQ(Spans(aliases, Default().Detect(aliases, subject)), Strings{});
}

// An address whose handle is made of someone else's forename, or only the subject's surname, is
// not the subject's.
TEST(DetectorTest, EmailHandlesOfOtherPeopleAreReported) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  for (const char* text : {"email jane.smith77@example.net", "email smith@example.net", "email john@example.net",
                           "email john.smithson@example.net"}) {
    EXPECT_EQ(Spans(text, Default().Detect(text, subject)).size(), 1u) << text;
  }
}

// A cue serves only the first National Insurance number without its suffix after it: the bag
// number in the next cell is none.
TEST(DetectorTest, AnNiCueServesTheFirstNumberAfterIt) {
  const std::string text = "| Wallet | NI number card HL 413136 B | SB010357 |\n";
  EXPECT_EQ(Spans(text, Default().Detect(text, {})), Strings{"HL 413136 B"});
}

TEST(DetectorTest, SubjectProfileNameVariants) {
  const SubjectProfile subject = SubjectProfile::Build(SyntheticSubject());
  for (const char* name : {"John Smith", "SMITH, John", "J. M. Smith", "JM Smith", "Mr Smith", "smith john michael",
                           "Johnny Smith", "J Smith"}) {
    EXPECT_TRUE(subject.IsSubjectValue("name", name)) << name;
  }
  for (const char* name : {"Jane Smith", "Smith", "John Jones"}) EXPECT_FALSE(subject.IsSubjectValue("name", name)) << name;
  EXPECT_FALSE(SubjectProfile{}.IsSubjectValue("prison_number", "A1234BC"));
}

TEST(DetectorTest, OffsetsPointIntoTheOriginalTextThroughNormalisation) {
  const std::string text = "Prisoner\u00A0B4567\u200BCD, D.O.B.\u00A014\u202FMarch\u00A01979; tel\u00A007700\u2009900456";
  std::vector<Finding> findings = Default().Detect(text, {});
  EXPECT_EQ(Spans(text, findings),
            (Strings{"B4567\u200BCD", "14\u202FMarch\u00A01979", "07700\u2009900456"}));
  // Typographic dashes in a numeric date, and a soft hyphen inside a prison number.
  const std::string dashed = "DOB 14\u201303\u20131979 and prisoner B45\u00AD67CD";
  EXPECT_EQ(Spans(dashed, Default().Detect(dashed, {})), (Strings{"14\u201303\u20131979", "B45\u00AD67CD"}));
}

TEST(DetectorTest, FindingsAreSortedDisjointAndCarryNoMatchedText) {
  const std::string text =
      "Visitor log. Prisoner B4567CD, DOB 14/03/1979, PNC 2011/0054321L, CRO 054321/11Q, CRN X654321, "
      "NHS number 999 111 2227, NI CE123456B, tel 07700 900456, visitor@example.org, LS2 7HY, "
      "card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32, IP address 192.0.2.10.";
  std::vector<Finding> findings = Default().Detect(text, {});
  ASSERT_EQ(findings.size(), 13u);
  for (size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    EXPECT_LT(f.begin, f.end);
    EXPECT_LE(f.end, text.size());
    if (i > 0) {
      EXPECT_LE(findings[i - 1].end, f.begin);
    }
    EXPECT_GE(f.score, 0.5);
    EXPECT_EQ(f.exemption, "DPA2018-Sch2-Pt3-para16");
    EXPECT_EQ(f.party, "third_party");
    const std::string matched = text.substr(f.begin, f.end - f.begin);
    EXPECT_EQ(f.reason.find(matched), std::string::npos) << f.reason;
    EXPECT_TRUE(f.reason.starts_with("pattern")) << f.reason;
  }
  EXPECT_EQ(findings[0].rule_id, "uk.prison_number");
  EXPECT_EQ(findings[0].reason, "pattern+cue:'prisoner'");
  EXPECT_EQ(findings[1].reason, "pattern+validator:date+cue:'dob'");
  EXPECT_EQ(findings[2].reason, "pattern+validator:mod23_pnc+cue:'pnc'");
}

TEST(DetectorTest, StaffContactDetailsAreMarkedStaff) {
  const std::string text = "Prison officer work phone 07700 900456. Visitor mobile 07700 900789.";
  std::vector<Finding> findings = Default().Detect(text, {});
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].party, "staff");
  EXPECT_EQ(findings[1].party, "third_party");
}

TEST(DetectorTest, EmptyAndInvalidUtf8TextAreHandled) {
  EXPECT_TRUE(Default().Detect("", {}).empty());
  const std::string text = "\xFF\xFEPrisoner B4567CD \xC3";
  EXPECT_EQ(Spans(text, Default().Detect(text, {})), Strings{"B4567CD"});
}

TEST(DetectorTest, DetectIsThreadSafe) {
  const std::string text = "Prisoner B4567CD, DOB 14/03/1979, tel 07700 900456, PNC 2011/0054321L.";
  const std::vector<Finding> expected = Default().Detect(text, {});
  ASSERT_EQ(expected.size(), 4u);
  std::vector<int> ok(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      bool same = true;
      for (int i = 0; i < 200; ++i) {
        auto got = Default().Detect(text, {});
        same = same && got.size() == expected.size() && got[3].begin == expected[3].begin;
      }
      ok[t] = same ? 1 : 0;
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(ok, std::vector<int>(4, 1));
}

// --- Custom and broken rule files ---------------------------------------------------------

class RulesFileTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& yaml) {
    auto dir = std::filesystem::temp_directory_path() /
               ("detect_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
                std::to_string(counter_++) + "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir);
    paths_.push_back(dir);
    auto path = dir / "rules.yaml";
    std::ofstream(path) << yaml;
    return path.string();
  }
  void TearDown() override {
    for (const auto& p : paths_) std::filesystem::remove_all(p);
  }
  static std::string Rule(const std::string& id, const std::string& pattern, const std::string& extra = "") {
    return "  - id: " + id + "\n    category: test\n    pattern: '" + pattern + "'\n    score: 0.6\n" + extra +
           "    examples: {match: ['x']}\n";
  }
  static std::string File(const std::string& rules) { return "version: 1\nmin_score: 0.5\nrules:\n" + rules; }

 private:
  int counter_ = 0;
  std::vector<std::filesystem::path> paths_;
};

TEST_F(RulesFileTest, BrokenRulesFailLoadNamingTheRule) {
  struct Broken {
    std::string yaml;
    std::string expect_in_message;
  };
  const Broken cases[] = {
      {File(Rule("t.ok", "(a)") + Rule("t.bad_regex", "(unclosed")), "missing )"},
      {File(Rule("t.no_group", "abc")), "capture group"},
      {File(Rule("t.bad_validator", "(a)", "    validator: mod42\n")), "mod42"},
      {File(Rule("t.dup", "(a)") + Rule("t.dup", "(b)")), "twice"},
      {File(Rule("t.lookahead", "(?=a)(a)")), "invalid pattern"},
  };
  for (const auto& c : cases) {
    auto r = Detector::Load({Write(c.yaml)});
    ASSERT_FALSE(r.ok()) << c.yaml;
    EXPECT_EQ(r.error().kind, ErrorKind::kInvalidInput);
    const std::string id = c.yaml.substr(c.yaml.rfind("- id: ") + 6, c.yaml.find('\n', c.yaml.rfind("- id: ")) -
                                                                         c.yaml.rfind("- id: ") - 6);
    EXPECT_NE(r.error().message.find("'" + id + "'"), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find(c.expect_in_message), std::string::npos) << r.error().message;
  }
}

TEST_F(RulesFileTest, SchemaAndFileErrorsAreRefused) {
  // Missing score: refused by the schema.
  auto missing = Detector::Load({Write("version: 1\nrules:\n  - id: t.a\n    category: test\n    pattern: '(a)'\n"
                                       "    examples: {match: ['a']}\n")});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::kInvalidInput);
  EXPECT_NE(missing.error().message.find("rule 't.a'"), std::string::npos) << missing.error().message;
  EXPECT_NE(missing.error().message.find("score"), std::string::npos) << missing.error().message;
  // Unknown top-level key.
  auto unknown = Detector::Load({Write(File(Rule("t.a", "(a)")) + "colour: blue\n")});
  EXPECT_FALSE(unknown.ok());
  // Not YAML.
  auto bad_yaml = Detector::Load({Write("rules: [unclosed\n")});
  ASSERT_FALSE(bad_yaml.ok());
  EXPECT_NE(bad_yaml.error().message.find("not valid YAML"), std::string::npos);
  // Missing file.
  auto none = Detector::Load({"/nonexistent/rules.yaml"});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().kind, ErrorKind::kNotFound);
}

TEST_F(RulesFileTest, OverlappingFindingsMergeKeepingTheHighestScore) {
  const std::string yaml = File(Rule("t.low", "(foo bar)") + "  - id: t.high\n    category: high\n"
                                "    pattern: '(bar baz)'\n    score: 0.9\n    examples: {match: ['bar baz']}\n");
  auto r = Detector::Load({Write(yaml)});
  ASSERT_TRUE(r.ok()) << r.error().message;
  const std::string text = "x foo bar baz y foo bar";
  std::vector<Finding> findings = (*r)->Detect(text, {});
  EXPECT_EQ(Spans(text, findings), (Strings{"foo bar baz", "foo bar"}));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].rule_id, "t.high");
  EXPECT_DOUBLE_EQ(findings[0].score, 0.9);
  EXPECT_EQ(findings[1].rule_id, "t.low");
}

TEST_F(RulesFileTest, TestExamplesReportsBrokenExamplesByRuleAndNumber) {
  const std::string yaml = File(
      "  - id: t.word\n    category: test\n    pattern: '\\b(cat)\\b'\n    score: 0.6\n"
      "    examples:\n      match: ['a cat', 'a dog', {text: 'cat', redact: 'ca'}]\n      no_match: ['concat', 'cat!']\n");
  auto r = Detector::Load({Write(yaml)});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ((*r)->TestExamples(),
            (Strings{"rule 't.word' match example 2 was not found",
                     "rule 't.word' match example 3 was found but the redacted span differs from 'redact'",
                     "rule 't.word' no_match example 2 was reported"}));
}

TEST_F(RulesFileTest, ScoresBelowMinScoreAreNotReported) {
  const std::string yaml = "version: 1\nmin_score: 0.7\nrules:\n" + Rule("t.a", "\\b(abc)\\b",
      "    context: {words: [key], boost: 0.2}\n");
  auto r = Detector::Load({Write(yaml)});
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_TRUE((*r)->Detect("abc", {}).empty());
  ASSERT_EQ((*r)->Detect("key abc", {}).size(), 1u);
  EXPECT_DOUBLE_EQ((*r)->Detect("key abc", {})[0].score, 0.8);
}

// Cue words are matched in the text as written: any case, any run of whitespace for a space,
// whole words only, inside the window (a word starting exactly at its first character counts;
// one cut by its edge does not), cancelled by a negative word after them, or after the candidate.
TEST_F(RulesFileTest, CueWordsInTheWindowAsWritten) {
  const std::string yaml = File(Rule("t.code", "\\b([0-9]{6})\\b",
                                     "    context: {words: [d of b, ref], negative: [old], window: 12, "
                                     "after: 8, required: true}\n"));
  auto r = Detector::Load({Write(yaml)});
  ASSERT_TRUE(r.ok()) << r.error().message;
  struct CueCase {
    const char* text;
    bool found;
  };
  const CueCase cases[] = {
      {"REF 123456", true},               // any case
      {"xx ref: 123456", true},           // the window is 12 bytes: "ref: " is inside
      {"x ref is here 123456", true},     // "ref" starts at the window's first byte
      {"xpref is here 123456", false},    // ...unless the window cuts a longer word
      {"D  of\nB 123456", true},         // a run of whitespace for a space
      {"d ofb 123456", false},            // ...but at least one
      {"refs 123456", false},             // whole words only
      {"ref old 123456", false},          // a negative word after the cue cancels it
      {"123456 (ref)", true},             // a cue after the candidate, inside `after`
      {"123456 ... ... ref", false},      // ...not beyond it
  };
  for (const CueCase& c : cases) {
    SCOPED_TRACE(c.text);
    EXPECT_EQ((*r)->Detect(c.text, {}).size(), c.found ? 1u : 0u);
  }
}

// Cue words in long windows are tested 16 bytes at a time: a cue is found at every distance
// up to the window's first byte (and up to `after` bytes after the candidate), in any case and
// with any whitespace for a space, and never when glued to a letter before it.
TEST_F(RulesFileTest, CueWordsAreFoundAtEveryDistanceInAWideWindow) {
  const std::string yaml = File(Rule("t.code", "\\b([0-9]{6})\\b",
                                     "    context: {words: [d of b, ref, b.], window: 100, after: 70, required: true}\n"));
  auto r = Detector::Load({Write(yaml)});
  ASSERT_TRUE(r.ok()) << r.error().message;
  const std::string cues[] = {"ref", "REF", "d of b", "D  of\nB", "b."};
  for (const std::string& cue : cues) {
    for (size_t gap = 0; gap < 120; ++gap) {
      std::string filler;
      for (size_t i = 0; i < gap; ++i) filler += i % 4 == 3 ? '.' : 'z';  // one space at most: no table
      const std::string before = "zz " + cue + " " + filler + "-123456";
      const size_t distance = cue.size() + 1 + filler.size() + 1;  // cue start to candidate start
      SCOPED_TRACE(cue + " before, gap " + std::to_string(gap));
      EXPECT_EQ((*r)->Detect(before, {}).size(), distance <= 100 ? 1u : 0u);
      EXPECT_TRUE((*r)->Detect("zz x" + cue + " " + filler + "-123456", {}).empty());  // not a whole word
      const std::string after = "zz 123456-" + filler + " " + cue + " zz";
      SCOPED_TRACE("after");
      EXPECT_EQ((*r)->Detect(after, {}).size(), 1 + filler.size() + 1 + cue.size() <= 70 ? 1u : 0u);
    }
  }
}

// Blocks are skipped only for bytes every rule needs: a rule that needs a letter makes the set
// run over prose, and one whose needs cannot be worked out (\pL) makes it run everywhere.
TEST_F(RulesFileTest, BlocksAreSkippedOnlyWhereNoRuleCanMatch) {
  const std::string prose = "The review was held and nothing further was noted about the matter at all.";
  auto digits = Detector::Load({Write(File(Rule("t.digits", "\\b([0-9]{6})\\b")))});
  ASSERT_TRUE(digits.ok()) << digits.error().message;
  EXPECT_TRUE((*digits)->Detect(prose, {}).empty());
  EXPECT_EQ((*digits)->Detect(prose + " 123456", {}).size(), 1u);

  auto letters =
      Detector::Load({Write(File(Rule("t.digits", "\\b([0-9]{6})\\b") + Rule("t.ly", "\\b([a-z]+ly)\\b")))});
  ASSERT_TRUE(letters.ok()) << letters.error().message;
  EXPECT_TRUE((*letters)->Detect(prose, {}).empty());
  const std::string adverb = "The review was held quietly and nothing further was noted.";
  EXPECT_EQ(Spans(adverb, (*letters)->Detect(adverb, {})), (Strings{"quietly"}));

  auto unknown =
      Detector::Load({Write(File(Rule("t.digits", "\\b([0-9]{6})\\b") + Rule("t.word", "\\b(\\pL{7})\\b")))});
  ASSERT_TRUE(unknown.ok()) << unknown.error().message;
  EXPECT_EQ(Spans(prose, (*unknown)->Detect(prose, {})), (Strings{"nothing", "further"}));
}

// A failing check drops the candidate, or with `invalid_score` lowers its score, per rule; the
// reason says the check failed. invalid_score without a validator is refused at start-up.
TEST_F(RulesFileTest, AFailingCheckLowersOrDropsPerRule) {
  const std::string context = "    validator: luhn\n    context: {words: [card], boost: 0.3}\n";
  auto r = Detector::Load({Write(File(Rule("t.lowered", "\\b([0-9]{16})\\b", context + "    invalid_score: 0.3\n") +
                                      "  - id: t.dropped\n    category: other\n    pattern: '\\b([0-9]{15})\\b'\n"
                                      "    score: 0.6\n" + context + "    examples: {match: ['x']}\n"))});
  ASSERT_TRUE(r.ok()) << r.error().message;
  const std::string valid = "card 4111111111111111", invalid = "card 4111111111111112";
  auto found = (*r)->Detect(valid, {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_DOUBLE_EQ(found[0].score, 0.9);
  EXPECT_EQ(found[0].reason, "pattern+validator:luhn+cue:'card'");
  found = (*r)->Detect(invalid, {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_DOUBLE_EQ(found[0].score, 0.6);
  EXPECT_EQ(found[0].reason, "pattern+validator-failed:luhn+cue:'card'");
  EXPECT_TRUE((*r)->Detect("4111111111111112", {}).empty());  // 0.3 alone is below min_score
  EXPECT_TRUE((*r)->Detect("card 411111111111112", {}).empty());  // t.dropped: 15 digits, Luhn fails
  EXPECT_EQ((*r)->Detect("card 411111111111116", {}).size(), 1u);  // ...and passes

  auto refused = Detector::Load({Write(File(Rule("t.nocheck", "\\b([0-9]{4})\\b", "    invalid_score: 0.3\n")))});
  ASSERT_FALSE(refused.ok());
  EXPECT_NE(refused.error().message.find("'t.nocheck'"), std::string::npos) << refused.error().message;
  EXPECT_NE(refused.error().message.find("invalid_score"), std::string::npos) << refused.error().message;
}

}  // namespace
}  // namespace disclose::detect
