// Person names: titles, roles, print styles, gazetteer, vetoes, subject exemption, propagation
// across pages and documents, staff policy; table column headers; public-body allow-list.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "stages/detect/detector.h"
#include "stages/detect/names.h"
#include "stages/detect/tables.h"

namespace disclose::detect {
namespace {

// The text of each finding of `category`, in order.
std::vector<std::string> Values(const std::vector<Finding>& findings, std::string_view text, std::string_view category) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    if (f.category == category) out.emplace_back(text.substr(f.begin, f.end - f.begin));
  }
  return out;
}

std::vector<std::string> Names(const std::vector<Finding>& findings, std::string_view text) {
  return Values(findings, text, "name");
}

// The names the default rules find in `text` for a subject of this name and these aliases.
std::vector<std::string> NamesFor(const std::string& name, const std::vector<std::string>& aliases,
                                  std::string_view text) {
  static const std::unique_ptr<Detector> detector = [] {
    auto d = Detector::Load({});
    EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error().message);
    return d.ok() ? std::move(*d) : nullptr;
  }();
  if (detector == nullptr) return {"(the default rules do not load)"};
  model::Subject s;
  s.name = name;
  s.aliases = aliases;
  return Names(detector->Detect(text, SubjectProfile::Build(s)), text);
}

// The names on each page of one document, for a subject of this name and these aliases (what one
// page teaches the bundle applies to the pages after it).
std::vector<std::vector<std::string>> NamesOnPagesFor(const std::string& name, const std::vector<std::string>& aliases,
                                                      const std::vector<std::string>& pages) {
  auto detector = Detector::Load({});
  EXPECT_TRUE(detector.ok());
  if (!detector.ok()) return {};
  model::Subject s;
  s.name = name;
  s.aliases = aliases;
  BundleContext bundle;
  const std::vector<std::string_view> views(pages.begin(), pages.end());
  const auto found = (*detector)->DetectDocument(views, SubjectProfile::Build(s), &bundle);
  std::vector<std::vector<std::string>> out;
  for (size_t p = 0; p < pages.size(); ++p) out.push_back(Names(found[p], pages[p]));
  return out;
}

class NamesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto d = Detector::Load({});
    ASSERT_TRUE(d.ok()) << d.error().message;
    detector_ = std::move(*d);
    model::Subject s;
    s.name = "Jamal Kowalski";
    s.aliases = {"Jam Kowalski"};
    subject_ = SubjectProfile::Build(s);
  }
  std::vector<std::string> Find(std::string_view text) const { return Names(detector_->Detect(text, subject_), text); }
  // Each name found as "text=party".
  std::vector<std::string> PartiesIn(const std::string& text) const {
    std::vector<std::string> out;
    for (const Finding& f : detector_->Detect(text, subject_)) {
      if (f.category == "name") out.push_back(text.substr(f.begin, f.end - f.begin) + "=" + std::string(f.party));
    }
    return out;
  }
  std::unique_ptr<Detector> detector_;
  SubjectProfile subject_;
};

// The gazetteer knows a name with or without its accents ("Mădălina" is listed, "Sean" is).
TEST_F(NamesTest, GazetteerNamesWithOrWithoutAccents) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("He says Madalina Zrinyi sent the money."), V{"Madalina Zrinyi"});
  EXPECT_EQ(Find("He says Seán Zrinyi sent the money."), V{"Seán Zrinyi"});
  EXPECT_EQ(Find("He says Mădălina Zrinyi sent the money."), V{"Mădălina Zrinyi"});
  EXPECT_TRUE(Find("He says Zrinyi sent the money.").empty());
  // A Welsh house name opens with "Tŷ" (house), in any case.
  EXPECT_TRUE(Find("Letters are not to go to Tŷ Gwyn so that his wife is not upset.").empty());
  EXPECT_TRUE(Find("Current address:     TŶ GWYN, 4 HEOL Y FELIN, LLANFEDW YL5 2SP\n").empty());
}

TEST_F(NamesTest, TitlesRolesAndPrintStyles) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Seen by Mr Okafor today."), V{"Okafor"});
  EXPECT_EQ(Find("Statement taken by DC Tanya Boateng (collar 4471)."), V{"Tanya Boateng"});
  EXPECT_EQ(Find("Associate OSEI, Lee was present."), V{"OSEI, Lee"});
  EXPECT_EQ(Find("The co-defendant, Ashley CARTWRIGHT, was sentenced."), V{"Ashley CARTWRIGHT"});
  EXPECT_EQ(Find("his cellmate Kwame Mensah said"), V{"Kwame Mensah"});
  EXPECT_EQ(Find("Paid by Emily Clarke on Monday"), V{"Emily Clarke"});  // gazetteer forename
  // Two family names in capitals; a forename before a middle name opening its cell, but not a
  // verb opening a log entry.
  EXPECT_EQ(Find("029 2018 0317  João Pedro ALVES FERREIRA (victim)    38"), V{"João Pedro ALVES FERREIRA"});
  EXPECT_EQ(Find("07700 900932   Emyr Wyn HUGHES (taxi)                9"), V{"Emyr Wyn HUGHES"});
  // (Opening brackets too; and a family name in capitals after three other names.)
  EXPECT_EQ(Find("Consultation: YJS (Adebayo Oluwaseun ADEYEMI) does not agree."), V{"Adebayo Oluwaseun ADEYEMI"});
  EXPECT_EQ(Find("Person alleged    Awadia Osman Mohamed ELNOUR (fellow patient)"), V{"Awadia Osman Mohamed ELNOUR"});
  EXPECT_EQ(Find("20:44  Observed Declan BLACKWOOD passing something."), V{"Declan BLACKWOOD"});
  // (Opening a sentence; and family names in capitals before "Forename" after a label's colon.)
  EXPECT_EQ(Find("Question 3 (co-accused). Hernán Darío OSPINA MEJÍA was arrested."), V{"Hernán Darío OSPINA MEJÍA"});
  EXPECT_EQ(Find("He left. Observed Declan BLACKWOOD passing."), V{"Declan BLACKWOOD"});
  EXPECT_EQ(Find("Next of kin recorded by the prison: FERNÁNDEZ OCAMPO, Lucía (partner), at home."),
            V{"FERNÁNDEZ OCAMPO, Lucía"});
  // A forename alone set off after a word for a person; not after another word.
  EXPECT_EQ(Find("They surrounded a 15-year-old boy, Oliver, and took his phone."), V{"Oliver"});
  EXPECT_EQ(Find("A bank card taken from the victim (Oliver) was found."), V{"Oliver"});
  EXPECT_TRUE(Find("In this case, Oliver, the bus station was busy.").empty());
  // Between commas a name the gazetteer does not know will do; in brackets it will not.
  EXPECT_EQ(Find("A second Vietnamese woman, Hoa, was also held there."), V{"Hoa"});
  EXPECT_EQ(Find("Another patient, Summer, is much younger and relies on her."), V{"Summer"});
  EXPECT_EQ(Find("His former girlfriend, Zeltanna, wrote twice."), V{"Zeltanna"});
  EXPECT_TRUE(Find("A bank card taken from the victim (Qorvell) was found.").empty());
  EXPECT_TRUE(Find("In this case, Qorvell, the bus station was busy.").empty());
  // Godparents are named; a hospital ward, a child protection plan and the minutes' apologies
  // are not names; an initial and a surname in capitals over a job title sign a letter.
  EXPECT_EQ(Find("  Godparents ........... Aster Tekeste\n"), V{"Aster Tekeste"});
  EXPECT_TRUE(Find("Ward          : Larch Ward (Trauma & Orthopaedics)\n").empty());
  EXPECT_EQ(Find("Seen by Jamie Ward today."), V{"Jamie Ward"});
  EXPECT_TRUE(Find("CORE GROUP MEETING - CHILD PROTECTION PLAN (category: neglect)\n").empty());
  EXPECT_EQ(Find("  Officer Craig LUMB      HMYOI Brackenfold, supporting father\nApologies: Dr Vikram SESHADRI (GP)\n"),
            (V{"Craig LUMB", "Vikram SESHADRI"}));
  EXPECT_EQ(Find("Yours sincerely,\n\nN. ACHARYA\nHMRC Officer, Self Assessment\n"), V{"N. ACHARYA"});
  // An action list's "Who" column holds people, staff's initials or a relative's name.
  EXPECT_EQ(Find("Who    Action                              By\nEM     Letter to MHCS re escorted leave    18/04\n"
                 "KAD    Social circumstances report          30/04\n"),
            (V{"EM", "KAD"}));
  // NOMIS prints contacts all in capitals; a place of birth is no name.
  EXPECT_EQ(Find("OKONKWO, ADAEZE       Sister  22 Tamarind Close\nXNR   15/11/2023  MAUGHAN, BERNADETTE A5108HW\n"),
            (V{"OKONKWO, ADAEZE", "MAUGHAN, BERNADETTE"}));
  EXPECT_TRUE(Find("Place of birth: GDANSK, POLAND\n").empty());
  // "Mc" keeps a surname in capitals; a girl called ...; a legal representative.
  EXPECT_EQ(Find("1   McDONAGH, Patrick         08:05  16:40  23:00\n"), V{"McDONAGH, Patrick"});
  EXPECT_EQ(Find("A girl called Bernie showed me how the canteen sheet works.\n"), V{"Bernie"});
  EXPECT_EQ(Find("cc  Legal representative: Ilir Qorvell, Besa Immigration Advisers,\n"), V{"Ilir Qorvell"});
  // A forename alone before a telephone number; not a contact label.
  EXPECT_EQ(Find("Notebook: \"Alex 07700 900850\" on the first page."), V{"Alex"});
  EXPECT_TRUE(Find("Contacts: Mum 07700 900851, Work 0113 496 0500.").empty());
}

TEST_F(NamesTest, OrganisationsAndPlacesAreVetoed) {
  EXPECT_TRUE(Find("Transferred to HMP Leeds by the Prison Service NOMIS team.").empty());
  EXPECT_TRUE(Find("Listed at Leeds Crown Court, Station Road.").empty());
  // A prison's name after "HMP", a town before a postcode, an operation's code name.
  EXPECT_TRUE(Find("Transferred to HMP Ironbridge Moss on Monday.").empty());
  EXPECT_TRUE(Find("Lives at 12 Mill Brow, Eastwick Green DX4 1SG now.").empty());
  EXPECT_TRUE(Find("Report for Operation KESTREL").empty());
  // An immigration removal centre, and a detention custody officer's title.
  EXPECT_TRUE(Find("Detained at:      Yarlside IRC since March.").empty());
  EXPECT_EQ(Find("Compiled by DCO Mark ROWNTREE (night state)"), std::vector<std::string>{"Mark ROWNTREE"});
}

// A remembered name word before a street word is a street's name ("Cannon Yard" after "Mr Cannon").
TEST_F(NamesTest, ARememberedNameBeforeAStreetWordIsAStreet) {
  const std::vector<std::string_view> doc = {"Visitor: Mr Ivo Cannon attended.\n",
                                             "Her neighbour at Cannon Yard wrote; Cannon rang too.\n"};
  BundleContext bundle;
  auto f = detector_->DetectDocument(doc, subject_, &bundle);
  EXPECT_EQ(Names(f[1], doc[1]), std::vector<std::string>{"Cannon"});
}

// The town closing an address is a place wherever the bundle names it, not a name beside an
// officer's ("Street: ..., Llanfair Dyffryn      Officer: PC ...").
TEST_F(NamesTest, TownsOfTheBundlesAddressesAreNotNames) {
  using V = std::vector<std::string>;
  const std::vector<std::string_view> doc = {
      "Premises:    5 Heol y Felin, Llanfair Dyffryn YD4 2RS\n",
      "Street: Heol y Felin, Llanfair Dyffryn         Officer: PC Gethin Powell\n"};
  BundleContext bundle;
  auto f = detector_->DetectDocument(doc, subject_, &bundle);
  EXPECT_EQ(Names(f[1], doc[1]), V{"Gethin Powell"});
  BundleContext fresh;
  const std::vector<std::string_view> alone = {doc[1]};
  EXPECT_EQ(Names(detector_->DetectDocument(alone, subject_, &fresh)[0], doc[1]), (V{"Llanfair Dyffryn", "Gethin Powell"}));
}

TEST_F(NamesTest, SubjectIsExemptInAllForms) {
  EXPECT_TRUE(Find("KOWALSKI, Jamal was seen by healthcare.").empty());
  EXPECT_TRUE(Find("Mr Kowalski attended. Jamal KOWALSKI signed. J. Kowalski. Jam Kowalski.").empty());
  // A relative sharing the surname is not the subject.
  EXPECT_EQ(Find("his brother Tomasz KOWALSKI"), std::vector<std::string>{"Tomasz KOWALSKI"});
}

// A subject whose name has accents is kept however it is cased; a relative is not.
TEST(NamesSubjectTest, AccentedSubjectNameInEveryCase) {
  const std::string text = "HORVÁTH, LUKAS seen. Lukas HORVÁTH signed. Mr Horváth left. Sister Cerys HORVÁTH rang.";
  EXPECT_EQ(NamesFor("Lukas Horváth", {}, text), std::vector<std::string>{"Cerys HORVÁTH"});
}

// In many traditions a middle name is a father's or husband's forename: with the surname it
// names him, not the subject, unless an alias says the subject goes by it.
TEST(NamesSubjectTest, MiddleNameAndSurnameNameSomeoneElse) {
  using V = std::vector<std::string>;
  const std::string text =
      "Bhavnaben Kirit PATEL attended with Mr Kirit Patel. B. Kirit Patel signed.\nVisitor: KIRIT PATEL\n"
      "Her husband Kirit drove. Present: Bhavnaben Patel, Kirit Manilal PATEL and Hetal SHAH.\n";
  EXPECT_EQ(NamesFor("Bhavnaben Kirit PATEL", {}, text),
            (V{"Kirit Patel", "KIRIT PATEL", "Kirit", "Kirit Manilal PATEL", "Hetal SHAH"}));
  // Her own forename before them makes her; so does an alias that opens with the
  // middle name ("Lan Nguyen"), and a name shared so widely it is often a surname ("Kaur").
  EXPECT_TRUE(NamesFor("Bhavnaben Kirit PATEL", {"Kirit Patel"}, "Mr Kirit Patel attended.").empty());
  // With no cue at all, too; but not the two words on separate lines.
  EXPECT_EQ(NamesFor("Ardit Gjon KRASNIQI", {}, "Photo of his parents, Gjon Krasniqi and his wife."), V{"Gjon Krasniqi"});
  EXPECT_TRUE(NamesFor("Ardit Gjon KRASNIQI", {}, "Relationship: Gjon\n\nKrasniqi signed.").empty());
  EXPECT_TRUE(NamesFor("Thi Lan Nguyen", {"Lan Nguyen"}, "Mrs Lan Nguyen attended.").empty());
  EXPECT_TRUE(NamesFor("Harpreet Kaur SANDHU", {}, "Ms Kaur Sandhu attended.").empty());
  // A name written family name first has no middle name in this sense ("TAN Siew Ling").
  EXPECT_TRUE(NamesFor("TAN Siew Ling", {}, "Ms Siew Ling attended.").empty());
  // The surname alone after a family word is a relative's where the surname is a father's
  // forename; the subject's forename there is still theirs ("said her mother, Tharshini,").
  EXPECT_EQ(NamesFor("Tharshini SIVAKUMAR", {}, "When her father, Sivakumar, died she could not travel. Sivakumar signed."),
            V{"Sivakumar"});
  EXPECT_TRUE(NamesFor("Tharshini SIVAKUMAR", {}, "His daughter, Tharshini, rang.").empty());
  // Someone's own forename before the subject's middle name and surname goes with them.
  EXPECT_EQ(NamesFor("Gul Rahman YOUSAFZAI", {}, "Visits staff saw his brother,\nNoor Rahman YOUSAFZAI, pass a note."),
            V{"Noor Rahman YOUSAFZAI"});
}

// An alias's surname that the bundle gives as someone else's forename or surname is that
// person's when it stands alone (a married name taken from a husband's forename, as in Tamil
// naming); the alias whole, and the word after a label for a name they were known by, stay the
// subject's. A part of their own double-barrelled surname, or their surname without its accents,
// is never someone else's.
TEST(NamesSubjectTest, AnAliasSurnameGivenAsAnothersName) {
  using V = std::vector<std::string>;
  const std::string text =
      "Their father, Kantharuban NAVARATNAM, had agreed to collect them. Tharshini came in 2011 to join "
      "Kantharuban.\nTharshini Kantharuban signed the form.\nPrevious surname:  Kantharuban\n";
  EXPECT_EQ(NamesFor("Tharshini SIVAKUMAR", {"Tharshini Kantharuban"}, text), (V{"Kantharuban NAVARATNAM", "Kantharuban"}));
  EXPECT_TRUE(NamesFor("Tharshini SIVAKUMAR", {"Tharshini Kantharuban"}, "Tharshini came in 2011 to join Kantharuban.\n").empty());
  EXPECT_EQ(NamesFor("Siobhan Marie Gallagher", {"Siobhan Devlin"}, "Her ex-partner, Declan Devlin, rang. Devlin was told.\n"),
            (V{"Declan Devlin", "Devlin"}));
  EXPECT_EQ(NamesFor("Aoife O'Sullivan-Breen", {"Aoife Breen"}, "Visitor: Declan Breen (brother).\nBreen was seen.\n"),
            V{"Declan Breen"});
  EXPECT_EQ(NamesFor("Mehmet Ali Yılmaz", {"Mehmet Yilmaz"}, "Visitor: YILMAZ, Emine.\nYilmaz was seen.\n"),
            V{"YILMAZ, Emine"});
  // On a later page, a name found inside the alias is the alias.
  EXPECT_EQ(NamesOnPagesFor("Rokeya BEGUM", {"Rokeya Begum CHOWDHURY"},
                            {"Son: Sabbir CHOWDHURY\n", "Other names: Rokeya Begum CHOWDHURY (married name)\n"}),
            (std::vector<V>{V{"Sabbir CHOWDHURY"}, V{}}));
}

// Once the bundle titles the subject by their name as a man or as a woman only, the other title
// before their surname alone is a relative's.
TEST(NamesSubjectTest, AnotherTitleBeforeTheSubjectsSurname) {
  using V = std::vector<std::string>;
  EXPECT_EQ(NamesFor("Kelvin Tsz-hin CHAN", {}, "Mr Kelvin Chan attended. Mrs Chan is unwell. Mr Chan signed."), V{"Chan"});
  EXPECT_TRUE(NamesFor("Kelvin Tsz-hin CHAN", {}, "Kelvin attended. Mrs Chan is unwell. Mr Chan signed.").empty());
  EXPECT_TRUE(NamesFor("Kelvin Tsz-hin CHAN", {}, "Mr Kelvin Chan and Ms Kelvin Chan. Mrs Chan is unwell.").empty());
  EXPECT_EQ(NamesFor("Harpreet Kaur GILL", {}, "Miss Harpreet GILL attended. Mr Gill is 71. Ms Gill signed."), V{"Gill"});
  // A word of the name before the surname says it too ("Kaur", "Singh", a Gujarati "-ben"), but
  // not the surname itself (a man's family name may be written "Begum").
  EXPECT_EQ(NamesFor("Harpreet Kaur SANDHU", {}, "Mr Sandhu is engaging with a course."), V{"Sandhu"});
  EXPECT_EQ(NamesFor("Arjun Singh SANDHU", {}, "Mrs Sandhu rang."), V{"Sandhu"});
  EXPECT_EQ(NamesFor("Bhavnaben Kirit PATEL", {}, "Mr Patel rang."), V{"Patel"});
  EXPECT_TRUE(NamesFor("Kwame Arjun Begum", {}, "Mr Begum attended.").empty());
  // (Also once an alias's surname is someone else's, when only the alias whole is the subject's:
  // "Mr Sandhu" is a form of the name, not an alias.)
  EXPECT_EQ(NamesOnPagesFor("Harpreet Kaur SANDHU", {"Harpreet Kaur GILL"},
                            {"Her ex-partner, Jaswinder GILL, rang.\n", "Mr Sandhu is on a course.\n"})[1],
            V{"Sandhu"});
  // (Two of the subject's words: "Mrs Chan Meiling" is someone else, and tells nothing.)
  EXPECT_EQ(NamesFor("Kelvin Tsz-hin CHAN", {}, "Visitor: Mrs Chan Meiling. Mr Chan signed."), V{"Chan Meiling"});
}

// A scan's OCR reads "m" as "rn": the subject's name so misread is still theirs.
TEST(NamesSubjectTest, OcrReadingOfTheSubjectsName) {
  const std::string text = "Cornplainant: Harnoud Al-Hajri            Investigator: Mr Gareth Pryce\n";
  EXPECT_EQ(NamesFor("Hamoud Abdullah AL-HAJRI", {}, text), std::vector<std::string>{"Gareth Pryce"});
}

// A forename before a relative's name and the subject's surname goes with it: a gazetteer
// forename, or a word not the subject's in the "Forename Middle SURNAME" style, but not a word
// of OCR noise before a name in ordinary case.
TEST(NamesSubjectTest, ForenameBeforeARelativesNameAndSurname) {
  using V = std::vector<std::string>;
  EXPECT_EQ(NamesFor("Bhavnaben Kirit PATEL", {}, "Name of deceased:   Nikhil Kiritbhai PATEL\n"),
            V{"Nikhil Kiritbhai PATEL"});
  EXPECT_EQ(NamesFor("Siobhan Marie Devlin", {}, "Please take 0ff Declan Devlin from my list.\n"), V{"Declan Devlin"});
}

// Vietnamese letters have cases too: a subject named "Nguyễn Thị Lan" is kept in capitals,
// and a visitor's name in capitals is one name with its small-letter mention.
TEST(NamesSubjectTest, VietnameseNamesInEveryCase) {
  const std::string text =
      "NGUYỄN Thị Lan signed. Visitor ĐỖ Thu Hằng attended; later Đỗ Thu Hằng rang.";
  EXPECT_EQ(NamesFor("Nguyễn Thị Lan", {}, text), (std::vector<std::string>{"ĐỖ Thu Hằng", "Đỗ Thu Hằng"}));
}

// Relatives named with the subject's surname are third parties; the subject, and a sentence
// that opens with a verb before the surname, are not; an officer who shares the subject's
// forename is found again in full on a later page.
TEST_F(NamesTest, RelativesAndStaffSharingTheSubjectsNames) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Next of kin recorded as Cerys Kowalski (sister)."), V{"Cerys Kowalski"});
  EXPECT_EQ(Find("A credit goes to C. Kowalski's card."), V{"C. Kowalski"});
  // One of the subject's words inside another's name: the name goes on after it.
  EXPECT_EQ(Find("The prosecution of Qorvell Jamal Zubeyde is not affected."), V{"Qorvell Jamal Zubeyde"});
  EXPECT_EQ(Find("Guest: Larissa KOWALSKI ALVES (daughter)."), V{"Larissa KOWALSKI ALVES"});
  EXPECT_TRUE(Find("A credit goes to J. Kowalski's card. Saw Kowalski on the wing.").empty());
  EXPECT_TRUE(Find("20:44  Observed Jamal KOWALSKI on the landing").empty());
  // Called by the surname alone after a title, with a family word before or in brackets after.
  EXPECT_EQ(Find("Family informed: Mr Kowalski (brother) by phone."), V{"Kowalski"});
  EXPECT_EQ(Find("Mum Mrs Kowalski called back at 10:15."), V{"Kowalski"});
  EXPECT_TRUE(Find("Mr Kowalski (prisoner) attended. Mrs Kowalski's letter came.").empty());
  // Family name first: the subject's, then forenames that are not theirs.
  EXPECT_EQ(Find("The account is registered to KOWALSKI Tomasz Piotr, DOB unknown."), V{"KOWALSKI Tomasz Piotr"});
  EXPECT_TRUE(Find("The account is registered to KOWALSKI Jamal, DOB unknown.").empty());
  BundleContext bundle;
  std::vector<std::string_view> doc = {"Offender manager: Probation Officer Jamal Abara", "Home visit  Jamal Abara"};
  auto f = detector_->DetectDocument(doc, subject_, &bundle);
  EXPECT_EQ(Names(f[0], doc[0]), V{"Jamal Abara"});
  EXPECT_EQ(Names(f[1], doc[1]), V{"Jamal Abara"});
}

// An initial is the subject's only when one of the subject's forenames opens with it: an alias
// surname ("Chen") does not make "C. Adebayo-Cole" the subject "Babatunde Femi Adebayo-Cole".
TEST(NamesSubjectTest, AnInitialIsTheSubjectsOnlyForAForename) {
  const std::string text = "A letter from C. Adebayo-Cole (sponsor). B. Adebayo-Cole signed. F. Adebayo-Cole agreed.";
  EXPECT_EQ(NamesFor("Babatunde Femi Adebayo-Cole", {"Babatunde Chen"}, text),
            std::vector<std::string>{"C. Adebayo-Cole"});
}

// A hyphenated word the gazetteer does not hold is a surname when its last part is one, and a
// forename when every part is one; a part that is a veto or role word makes it neither.
TEST_F(NamesTest, HyphenatedNamesFromTheirParts) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("The sponsor is C. Adebayo-Cole of the same address."), V{"C. Adebayo-Cole"});
  EXPECT_EQ(Find("Seen on the wing with Mary-Jane Okoro today."), V{"Mary-Jane Okoro"});
  EXPECT_TRUE(Find("An Anti-Social Behaviour Order was made.").empty());
  EXPECT_TRUE(Find("Listed at Stoke-on-Trent Crown Court.").empty());
}

// Places that read like names: a town before a postcode (on the next line too, or written
// without its space), a town ending a line after a house number and street, a place opening an
// organisation's name; and a town the bundle's addresses name is no name anywhere in the bundle.
// A name after an address in a sentence is still a name.
TEST_F(NamesTest, TownsAndOrganisationsAreNotNames) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Mr A Smith\n53 Kiln Row\nEastwick Green\nI5 7SD"), V{"A Smith"});
  EXPECT_TRUE(Find("to live at 92A Gorsey Drive, Wendlebury Cross, ZU71UP. A visit took place.").empty());
  EXPECT_TRUE(Find("Address:       92A Gorsey Drive, Wendlebury Cross\nPostcode: ZU7 1UP").empty());
  EXPECT_TRUE(Find("The victim was seen at Wendlebury Cross General Hospital.").empty());
  EXPECT_TRUE(Find("Court: Eastwick Green Magistrates' Court\nWENDLEBURY CROSS MAGISTRATES' COURT").empty());
  EXPECT_EQ(Find("Seen by officers at 4 Mill Lane, Jade Pike said."), V{"Jade Pike"});
  // A building after a house number opening the line is no one's; an officer after a collar
  // number is someone.
  EXPECT_TRUE(Find("9 Lowgate Chambers, Hollinbrook HQ1 2LN  |  0161 496 0177").empty());
  EXPECT_TRUE(Find("TENANT REFERENCE: application for Flat 6").empty());
  EXPECT_EQ(Find("Seen by PC 2507 Harleen Qorvell, at the gate."), V{"Harleen Qorvell"});
  EXPECT_EQ(Find("She also named Orla Mac Giolla Phádraig as a witness."), V{"Orla Mac Giolla Phádraig"});
  EXPECT_EQ(Find("16/05/24 10:04  Qorvell, Harjit B0283RC says Emre owes him canteen."), V{"Qorvell, Harjit"});
  EXPECT_EQ(Find("Interviewed by PC Wróbel. Complainant named as Fraser Qorvell."), (V{"Wróbel", "Fraser Qorvell"}));
  // A building's name before its street is no one's; a person's, opening with a forename, is.
  EXPECT_TRUE(Find("Venue: Elsmere Vale Combined Court, Shire Hall, Bridge Street, Elsmere Vale EQ2 7HU").empty());
  EXPECT_EQ(Find("Also present: Jerry Hall, 14 Mill Lane."), V{"Jerry Hall"});
  // A firm's name and a court paper's words are no one's.
  EXPECT_TRUE(Find("MAAT ref: 5089395       Submitted by: Hale Qorvell Solicitors").empty());
  EXPECT_TRUE(Find("                       INDEX TO TRIAL BUNDLE\nPART E  SUPERVISOR DECISION\n").empty());
  BundleContext bundle;
  std::vector<std::string_view> letter = {"Address: 136 Sorrel Drive, Quenby Marsh YO23 5WW"};
  std::vector<std::string_view> report = {"The home of the victim at 136 Sorrel Drive, Quenby Marsh. He was hurt."};
  (void)detector_->DetectDocument(letter, subject_, &bundle);
  auto f = detector_->DetectDocument(report, subject_, &bundle);
  EXPECT_TRUE(Names(f[0], report[0]).empty());
  // Without the letter, the town is taken in by the address before it.
  EXPECT_TRUE(Names(detector_->Detect(report[0], subject_), report[0]).empty());
  EXPECT_EQ(Values(detector_->Detect(report[0], subject_), report[0], "address"), V{"136 Sorrel Drive, Quenby Marsh"});
}

// A role applies along a list of names after it; a job title after a comma is no name. A system
// user who printed a record, and a countersigning officer, are staff.
TEST_F(NamesTest, RoleListsAndSystemUsers) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Visitors: Katarzyna Lam, Michael Malik and Craig Petrenko."),
            (V{"Katarzyna Lam", "Michael Malik", "Craig Petrenko"}));
  EXPECT_EQ(Find("Report by officer Ann Pike, Accredited Financial Investigator."), V{"Ann Pike"});
  EXPECT_EQ(Find("Witnesses required: Hollis Quarrie, Agnieszka Quarrie and Senior Prison Officer Tamsin Kaur."),
            (V{"Hollis Quarrie", "Agnieszka Quarrie", "Tamsin Kaur"}));
  const std::string printed = "Printed 16/05/2025 21:13 by user TADHG O'NEILL";
  auto f = detector_->Detect(printed, subject_);
  ASSERT_EQ(Names(f, printed), V{"TADHG O'NEILL"});
  EXPECT_EQ(f[0].party, "staff");
  EXPECT_EQ(Find("Countersigned: H. Okafor, Senior Probation Officer"), V{"H. Okafor"});
}

// Capitalised words with a date of birth after them are a person ("Nathaniel Zhang, DOB ...");
// a label before "DOB:" is not, nor one word the gazetteer does not know.
TEST_F(NamesTest, ADateOfBirthAfterWordsMakesThemAName) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Second witness to identification:  Nathaniel Zhang, DOB 1st Dec 1959"), V{"Nathaniel Zhang"});
  EXPECT_EQ(Find("A child with Connor, Oluwaseun Zhang (born 19/06/2016) lives there."), V{"Oluwaseun Zhang"});
  EXPECT_TRUE(Find("Keeper DOB: 06/02/1989\nPassenger, DOB 02/03/1990\nSeat Holder DOB 02/03/1990").empty());
}

// Capitalised words that a party word follows after a comma, a bracket or a layout gap are a
// name of that party; after one space they are not ("Custody Suite officer"), and a defence
// firm is no name.
TEST_F(NamesTest, APartyWordAfterWordsMakesThemAName) {
  using V = std::vector<std::string>;
  const std::string staff = "I spoke to Lin Adeyemi, Supervising Officer, about it.";
  auto f = detector_->Detect(staff, subject_);
  ASSERT_EQ(Names(f, staff), V{"Lin Adeyemi"});
  EXPECT_EQ(f[0].party, "staff");
  const std::string row = "Tyrone Vandersloot  Solicitor, Castlegate Defence LLP  020 7946 0000";
  f = detector_->Detect(row, subject_);
  ASSERT_EQ(Names(f, row), V{"Tyrone Vandersloot"});
  EXPECT_EQ(f[0].party, "third_party");
  EXPECT_TRUE(Find("Taken to the Custody Suite officer desk by the Blue Watch officer.").empty());
}

// The party of the one name found in `text` ("" when not exactly one name is found).
std::string PartyOfOnlyName(const Detector& detector, const SubjectProfile& subject, const std::string& text) {
  std::vector<Finding> names;
  for (const Finding& f : detector.Detect(text, subject)) {
    if (f.category == "name") names.push_back(f);
  }
  return names.size() == 1 ? std::string(names[0].party) : "";
}

// A job title after a name makes it staff's: after a comma, in brackets, in the next cell of a
// table row, or opening the line under a signature. A post outside justice ("store manager") or a
// former one does not.
TEST_F(NamesTest, AJobTitleAfterANameMakesItStaff) {
  for (const std::string text : {
           "Submitted by: Nadia BEGUM, Intelligence Analyst   0118 496 0899",
           "Prepared by: Folake Nowak, Accredited Financial Investigator",
           "Victim contact: Mei Horvath (Victim Liaison Officer, 029 2018 0897) is in contact.",
           "Name          | Agency / role\nPopescu, Mei  | Marrowfield Probation Delivery Unit, Senior Probation Officer\n",
           "Minutes by Jiri Campbell-Reid, MAPPA coordinator.",
           "Yours sincerely\n\nAma Khan\nCustodial Manager   Tel 0113 496 0199\n",
           "Name          | Agency / role\nLindo, Siobhan  | HMP Gadsby, Head of Safety\n",
       }) {
    EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, text), "staff") << text;
  }
  for (const std::string text : {
           "Statement of Dean Fox, store manager at the garage.",
           "Statement of Dean Fox, a former prison officer.",
           "Victim: Chloe Braddock (victim of the index offence)",
       }) {
    EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, text), "third_party") << text;
  }
}

// A word for what someone is called before one unknown word ("known only as", "she calls"; a
// quoted name may open the next line), and
// "granny", name a third party; armed forces ranks are titles, and services, plans, units and
// places of service ("Talking Therapies", "Care Support Plan", "MSU", "Kosovo NATO", "RGN") are
// no names.
TEST_F(NamesTest, WhatSomeoneIsCalledAndWhatIsNoName) {
  const std::string named =
      "transport organised by an Afghan national known only as Habibullah.\n"
      "She was recruited by a man she calls Tuan. He does not want his Granny Nora to know.\n"
      "You left with the help of an agent you knew only as\n\"Haji Naseer\" and travelled on.\n";
  auto f = detector_->Detect(named, subject_);
  EXPECT_EQ(Names(f, named), (std::vector<std::string>{"Habibullah", "Tuan", "Nora", "Haji Naseer"}));
  for (const Finding& n : f) EXPECT_EQ(n.party, "third_party");
  const std::string none =
      "Remarks: 'Cpl Kowalski was a reliable NCO.' Medals: NI GSM, Kosovo NATO, Iraq.\n"
      "To: Marlcombe Talking Therapies, Riverside Health Centre\n"
      "Copies: Appellant c/o Brackenfield MSU, Brackenfield Hospital\n"
      "HOPE STREET SURVIVORS - Adult Victim Care Support Plan (confidential)\n"
      "Date        Weight   Staff\n"
      "19/04/2024  78.4kg   RGN\n"
      "Enquiries: OMU, HMP Kettlewick. 4. ROTL history. From: Mailroom Supervisor, HMP Kettlewick\n"
      "Shared house arranged by Brightwater Women's Centre. Children's Services - Leaving Care Team\n"
      "Tîm Iechyd Meddwl Cymunedol / Community Mental Health Team\n"
      "Placement:    12 Rowan Brae, Marsham, YH5 9NJ, 02/2023 to 01/2025\n";
  EXPECT_TRUE(Names(detector_->Detect(none, subject_), none).empty());
  // What someone was called by others names them too; a later mention alone follows. A short form
  // of the subject's own forename is theirs, and a people's name or someone's forename said of a
  // person is no new name.
  const std::string nicknamed = "Everyone called him Nik. Nik loved cricket. At school they call her Bubs.\n";
  EXPECT_EQ(Names(detector_->Detect(nicknamed, subject_), nicknamed), (std::vector<std::string>{"Nik", "Nik", "Bubs"}));
  EXPECT_TRUE(NamesFor("Kelvin Tsz-hin CHAN", {}, "Mr Chan grew up abroad. Everyone called him Kel.").empty());
  EXPECT_TRUE(Find("A woman on the landing had called her \"Chinese\". He called her \"Fiona\" from then on.").empty());
  // Extradition and financial-crime papers' words are no names; a financial investigator is staff.
  EXPECT_TRUE(Find("Via UK NCB to the Fiscal General. Detainee KOWALSKI moved. Refer to the Designated officer.").empty());
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, "Prepared by: Financial Investigator Sharon McBRIDE\n"), "staff");
  // (A particle of the subject's name is no surname of a relative: "Tŷ Derwen AP".)
  EXPECT_EQ(NamesFor("Rhodri ap Iwan", {}, "Copy to: Delyth Morgan, COM; Tŷ Derwen AP, by e-mail."),
            std::vector<std::string>{"Delyth Morgan"});
  EXPECT_EQ(Find("Annotation by CM Lowri VAUGHAN (prison FLO): Signature \"J.P.\" = SO Jory PENGELLY."),
            (std::vector<std::string>{"Lowri VAUGHAN", "Jory PENGELLY"}));
}

// A payer's, holder's, member's or client's column holds names, with their initials after
// ("HASLAM D", "LOMBARDI M G"); so do a plural role's list and "another prisoner".
TEST_F(NamesTest, PayersAndHoldersColumnsHoldNames) {
  const std::string table =
      "  Payer         Sort code  Account   Credits\n"
      "  HASLAM D      60-17-33   28193054  17\n"
      "  LOMBARDI M G  09-01-28   40772915  14\n";
  EXPECT_EQ(Find(table), (std::vector<std::string>{"HASLAM D", "LOMBARDI M G"}));
  // A plural role lists its people ("Victims:"); "another prisoner" is a role.
  EXPECT_EQ(Find("Victims: Hüseyin MEHMET, Chaya Rivka FRIEDMAN, Stoyan Dimitrov IVANOV. The order."),
            (std::vector<std::string>{"Hüseyin MEHMET", "Chaya Rivka FRIEDMAN", "Stoyan Dimitrov IVANOV"}));
  EXPECT_EQ(Find("I was told by another prisoner, Kerem ALTINKAYA, that"), std::vector<std::string>{"Kerem ALTINKAYA"});
}

// A name that a relation follows ("Zaki is a friend from work", over a line break too) is a third
// party's, and found again where it stands alone; a family word or a pronoun before the relation
// is no name.
TEST_F(NamesTest, ANameThatARelationFollows) {
  const std::string text =
      "I stayed with her. Zaki\nis a friend from work, he gives me lifts.\nLater seen with Zaki.\n"
      "Maria Lopes was his cellmate. Mum is my best friend. Nobody is a friend here. He is a friend.\n"
      "Tuesday is a good day. Probation is a partner agency.\n";
  auto f = detector_->Detect(text, subject_);
  EXPECT_EQ(Names(f, text), (std::vector<std::string>{"Zaki", "Zaki", "Maria Lopes"}));
  for (const Finding& n : f) EXPECT_EQ(n.party, "third_party");
}

// Prisoners' own posts ("Peer rep", "Listener"), a prison number in brackets, a door supervisor,
// a volunteer, a firm in brackets and an agency's interpreter are no public body's staff, in a meeting's list of those present too; a word in
// quotes opening a message after a role is no name.
TEST_F(NamesTest, PrisonersPostsAndPrivateRolesAreNotStaff) {
  const std::string present =
      "Present:\n"
      "  Shanice FRANCIS (Deputy Governor, chair)\n"
      "  Mei LIU, Peer rep C wing\n"
      "  OKAFOR, Folake (Listener)\n"
      "  Sadia CHAUDHRY (J0476CB)\n";
  auto f = detector_->Detect(present, subject_);
  ASSERT_EQ(Names(f, present), (std::vector<std::string>{"Shanice FRANCIS", "Mei LIU", "OKAFOR, Folake", "Sadia CHAUDHRY"}));
  EXPECT_EQ(f[0].party, "staff");
  EXPECT_EQ(f[1].party, "third_party");
  EXPECT_EQ(f[2].party, "third_party");
  EXPECT_EQ(f[3].party, "third_party");
  for (const std::string text : {"CCTV and a statement from door supervisor Stelios GEORGIOU were obtained.",
                                 "Volunteer: Hamid REZAEI   Received: 22/04/2025",
                                 "The words were checked by the agency interpreter Mai NGUYEN by telephone."}) {
    EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, text), "third_party") << text;
  }
  // (A firm in brackets outweighs a staff post given to the same surname before.)
  const std::string firm = "Chair: Wahid SAFI (Governor)\nMr Safi (Pashto interpreter, Lingua Bridge Ltd) attended.\n";
  f = detector_->Detect(firm, subject_);
  ASSERT_EQ(Names(f, firm), (std::vector<std::string>{"Wahid SAFI", "Safi"}));
  EXPECT_EQ(f[0].party, "staff");
  EXPECT_EQ(f[1].party, "third_party");
  const std::string note = "Delivery note from volunteer: \"Delivered 04/09, 14:10. All fine.\"\n";
  EXPECT_TRUE(Names(detector_->Detect(note, subject_), note).empty());
}

// Police ranks with a collar number, staff columns ("Officer", "Searched by", "Clinician") and
// the court clerk name staff; a "Visited by" column does not.
TEST_F(NamesTest, CollarNumbersStaffColumnsAndClerks) {
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, "Arresting officer:   PC 2507 Harleen HARRISON\n"), "staff");
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, "Clerk: Owen MACLEOD   0191 498 0300\n"), "staff");
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, "Referrer: Mei Zhang, Resettlement Worker, m.z@example.gov.uk\n"), "staff");
  const std::string log =
      "Date        Visitor        Searched by\n"
      "02/02/2023  Bethan Liu     A. Hughes\n";
  auto f = detector_->Detect(log, subject_);
  ASSERT_EQ(Names(f, log), (std::vector<std::string>{"Bethan Liu", "A. Hughes"}));
  EXPECT_EQ(f[0].party, "third_party");
  EXPECT_EQ(f[1].party, "staff");
  const std::string custody =
      "Time   Entry                                      Officer\n"
      "11:27  DP booked in. Rights given.                I FAIRWEATHER\n";
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, custody), "staff");
  const std::string visits =
      "Date        Visited by         Outcome\n"
      "02/02/2023  Bethan Liu         Completed\n";
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, visits), "third_party");
}

// The gazetteer holds names from the countries UK prisons' populations come from, not only the
// ONS's English lists; vehicle makes and greetings before a surname are no name.
TEST_F(NamesTest, GazetteerBreadthAndWordsThatAreNoName) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Then Agnieszka Lam said the car was hers."), V{"Agnieszka Lam"});
  EXPECT_EQ(Find("Then Andrius Sheen said the car was his."), V{"Andrius Sheen"});
  EXPECT_EQ(Find("Then Hao Chen said the car was his."), V{"Hao Chen"});
  EXPECT_EQ(Find("I visited Li Na Liu on 27 June."), V{"Li Na Liu"});
  // Irish, Yoruba, Indian and Pakistani names (Faker's ga_IE, yo_NG, en_IN and en_PK).
  EXPECT_EQ(Find("Then Saoirse Lam said the car was hers."), V{"Saoirse Lam"});
  EXPECT_EQ(Find("Then Abiodun Adegoke said the car was his."), V{"Abiodun Adegoke"});
  EXPECT_EQ(Find("Then Aarav Ahluwalia said the car was his."), V{"Aarav Ahluwalia"});
  EXPECT_EQ(Find("Then Aadil Tabassum said the car was his."), V{"Aadil Tabassum"});
  EXPECT_EQ(Find("Rang Ashley Marsden on the mobile."), V{"Ashley Marsden"});
  EXPECT_TRUE(Find("Vehicle: Seat Leon, silver, seen at 14:02.").empty());
  EXPECT_TRUE(Find("Hi Shannon,\nthe report is attached.").empty());
  EXPECT_TRUE(Find("Intelligence: Op LARCHWOOD continues.").empty());
  // A camera's code glued by a hyphen is no house number.
  const std::string camera = "| 10/08/2024 12:54 | QN-0419 Ring Rd J3 | seen at 14 Ring Rd |";
  EXPECT_EQ(Values(detector_->Detect(camera, subject_), camera, "address"), std::vector<std::string>{"14 Ring Rd"});
}

// A phone's contacts: a contact with no e-mail address stays in the table (its cells are not
// under their headers), a contact saved in lower case is a name, and one that labels ("Me",
// "Mum", "my work phone") is not.
TEST_F(NamesTest, PhoneContactsTable) {
  using V = std::vector<std::string>;
  const std::string contacts =
      "#   Name                Number            Email\n"
      "1  Me    07700900458    me@example.org\n"
      "2  Jonno    07700 900654    \n"
      "3  Oluwaseun Bakare    07700900906    \n"
      "4  kerensa    07700 900093    kk61@example.co.uk\n"
      "5  Mum    07700 900146    \n"
      "6  my work phone    07700 900860    \n";
  EXPECT_EQ(Find(contacts), (V{"Jonno", "Oluwaseun Bakare", "kerensa"}));
  EXPECT_EQ(Values(detector_->Detect(contacts, subject_), contacts, "phone").size(), 6u);
  // On the subject's own handset, the entries saved under "Me" and "my ..." are the subject's;
  // on someone else's they are that person's.
  const std::string subjects = "Device owner: Jamal Kowalski\n" + contacts;
  EXPECT_EQ(Values(detector_->Detect(subjects, subject_), subjects, "phone"),
            (V{"07700 900654", "07700900906", "07700 900093", "07700 900146"}));
  EXPECT_EQ(Values(detector_->Detect(subjects, subject_), subjects, "email"), V{"kk61@example.co.uk"});
  const std::string others = "Device owner: Ann Pike\n" + contacts;
  EXPECT_EQ(Values(detector_->Detect(others, subject_), others, "phone").size(), 6u);
}

// A date in brackets right after a third party's name is their date of birth, in any written
// form; after staff's name it is the day they signed.
TEST_F(NamesTest, DateInBracketsAfterAThirdPartysNameIsTheirDateOfBirth) {
  using V = std::vector<std::string>;
  auto dobs = [&](const std::string& text) { return Values(detector_->Detect(text, subject_), text, "date_of_birth"); };
  EXPECT_EQ(dobs("On 27 March 2023 he assaulted Elif Vance (08.09.53) outside the shop."), V{"08.09.53"});
  EXPECT_EQ(dobs("Present: Abiodun Adegoke (24-FEB-1951, son of the householder)."), V{"24-FEB-1951"});
  EXPECT_EQ(dobs("Children: Jian Okoro (22nd Mar 1996) NHS 943 476 5919."), V{"22nd Mar 1996"});
  EXPECT_TRUE(dobs("Reviewed by PC Ann Pike (02/03/2024).").empty());
  EXPECT_TRUE(dobs("He assaulted Elif Vance (31.02.53) outside the shop.").empty());  // no such day
  // One word the gazetteer does not know is a name straight before "(DOB"; a role word is not.
  EXPECT_EQ(Find("Children at the address: Rajeshwar (DOB 18/01/2018) and Tobi (DOB 2019-02-01)."),
            (V{"Rajeshwar", "Tobi"}));
  EXPECT_TRUE(Find("Victim (DOB 12/03/1980) was not present.\nPartner (DOB 02/05/1981) was.").empty());
}

// Who made each entry of a log (its "By" column), an interpreter, an escort crew and someone
// authorising are staff; a driver, a hirer, a guarantor and a fiancée are third parties.
TEST_F(NamesTest, LogEntriesInterpretersDriversAndGuarantors) {
  using V = std::vector<std::string>;
  const std::string log =
      "   Time   Event                                                   By\n"
      "   06:50  Handed to escort at reception, ID checked vs photo      A Qorvell\n"
      "   08:40  Comfort stop refused.                                   F Zrinyi\n";
  EXPECT_EQ(Find(log), (V{"A Qorvell", "F Zrinyi"}));
  for (const Finding& f : detector_->Detect(log, subject_)) EXPECT_EQ(f.party, "staff");
  EXPECT_EQ(Find("Interpreter:            Oğuz Kılıç  NRPSI 13400"), V{"Oğuz Kılıç"});
  EXPECT_EQ(Find("Escort crew: Oliver Qorvell / Fadumo Zrinyi"), (V{"Oliver Qorvell", "Fadumo Zrinyi"}));
  EXPECT_EQ(Find("C  OTHER PARTY\n   Driver:               Morag Qorvell\n"), V{"Morag Qorvell"});
  EXPECT_EQ(Find("Her proposed guarantor, Burak Zrinyi of 52 Station Approach"), V{"Burak Zrinyi"});
  EXPECT_TRUE(Find("PNC / DVLA VEHICLE AND DRIVER ENQUIRY  (printed for security)").empty());
}

// A list of prisoners (a "PRISONER" column) names them, an initial and all-caps surname too;
// facilitators and a "Checked:" label are staff; a "mate" is a third party; "WITNESS LIST" is no one.
TEST_F(NamesTest, PrisonerColumnsFacilitatorsAndMates) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("PRISONER                  NUMBER      REQUESTED     COMMENT\n"
                 "S QORVELL                 H2530VF     Gardens       Enhanced\n"
                 "Z ZRINYI                  K 3046 BT   Gym           Recently arrived from court\n"),
            (V{"S QORVELL", "Z ZRINYI"}));
  const std::string facilitators = "Facilitators: Andrei Qorvell, Elif Zrinyi\nLogged by: Hao Chen (OSG)   Checked: E QORVELL\n";
  for (const Finding& f : detector_->Detect(facilitators, subject_)) EXPECT_EQ(f.party, "staff");
  EXPECT_EQ(Names(detector_->Detect(facilitators, subject_), facilitators).size(), 4u);
  EXPECT_EQ(Find("Visitors: Andrei Qorvell, Financial Investigator"), V{"Andrei Qorvell"});
  EXPECT_EQ(Find("If he rings you tell him nothing. His mate Babatunde Qorvell has been sending messages."),
            V{"Babatunde Qorvell"});
  EXPECT_TRUE(Find("INQUEST TOUCHING THE DEATH\nWITNESS LIST AND TIMETABLE\n").empty());
  // A "Supervisor" column holds staff.
  const std::string timesheet =
      "DATE         PLACEMENT                              IN     OUT    HRS    SUPERVISOR\n"
      "12/04/2025   Charity shop, Pitt Street              08:30  15:30  7      S QORVELL\n";
  EXPECT_EQ(Find(timesheet), V{"S QORVELL"});
  for (const Finding& f : detector_->Detect(timesheet, subject_)) EXPECT_EQ(f.party, "staff");
  // Romanian capitals with a comma below open a word: "Ștefănescu".
  EXPECT_EQ(Find("He must not have unsupervised contact with Ioana Ștefănescu (DOB 12/11/16)."),
            V{"Ioana Ștefănescu"});
}

// A form's labels and values side by side ("Surname  X  Forenames  Y" over "DOB  ...  Gender  M")
// are no table: the labels below "Surname" and "Forenames" are not names.
TEST_F(NamesTest, LabelsAndValuesSideBySideAreNoTable) {
  const std::string form =
      "1. PERSON DETAILS\n"
      "   Surname       QORVELL               Forenames  Mehmet Ali\n"
      "   DOB           05-JAN-1985           Gender     M\n"
      "   Aliases       Michael Qorvell\n"
      "   Nationality   Turkish               Language   Turkish (interpreter)\n";
  for (const std::string& name : Find(form)) {
    for (const char* label : {"DOB", "Gender", "Aliases", "Nationality", "Language", "Turkish"}) {
      EXPECT_EQ(name.find(label), std::string::npos) << name;
    }
  }
}

// A heading ending in a word for people ("OTHER OCCUPANTS", "PREVIOUS CELL SHARERS") opens a
// list whose lines open with names, and the date filling the cell after a listed name (or after
// their prison number) is their date of birth; a later date on the row is not.
TEST_F(NamesTest, PeopleListsUnderAHeadingWithDatesOfBirth) {
  using V = std::vector<std::string>;
  const std::string sharers =
      "PREVIOUS CELL SHARERS\n"
      "GEORGE MARSH   B1786WZ   18/03/2000   -   06/03/2024\n"
      "Kerensa Vance  21/1/1990  partner  no licence\n"
      "VANCE, Shanice  26th Dec 1972  sister\n";
  const auto found = detector_->Detect(sharers, subject_);
  EXPECT_EQ(Names(found, sharers), (V{"GEORGE MARSH", "Kerensa Vance", "VANCE, Shanice"}));
  EXPECT_EQ(Values(found, sharers, "date_of_birth"), (V{"18/03/2000", "21/1/1990", "26th Dec 1972"}));
  // A numbered heading ending in "witnesses", over a list with markers.
  EXPECT_EQ(Find("3. Proposed witnesses\n   (a)  Delroy Qorvell        114 Kiln Road, Calderholme\n"
                 "   b)  Akosua Zrinyi          2 Mill Lane\n"),
            (V{"Delroy Qorvell", "Akosua Zrinyi"}));
  const std::string unlisted = "SHARERS SEEN\nGEORGE MARSH   B1786WZ   18/03/2000   -   06/03/2024\n";
  EXPECT_TRUE(Values(detector_->Detect(unlisted, subject_), unlisted, "date_of_birth").empty());
  // Listed there, people are third parties even when the bundle knows an officer of the same
  // name; and a remembered name (here after its surname alone) before a date in brackets.
  BundleContext bundle;
  std::vector<std::string_view> pages = {"Checked by Officer Mehmet Qorvell.\n",
                                         "OTHER OCCUPANTS\nQORVELL, Mehmet  20/1/1994  lodger\n\n"
                                         "Visitor Ann Pike came. Later Pike (12/03/1980) left.\n"};
  (void)detector_->DetectDocument(pages, subject_, &bundle);
  const auto occupants = detector_->DetectDocument(pages, subject_, &bundle);
  EXPECT_EQ(Values(occupants[1], pages[1], "date_of_birth"), (V{"20/1/1994", "12/03/1980"}));
  for (const Finding& f : occupants[1]) {
    if (f.category == "name") {
      EXPECT_EQ(f.party, "third_party") << f.reason;
    }
  }
}

// One capitalised word after a word for family or friends in prose is a name the gazetteer need not know;
// a passenger, a householder, a card "in the name of" someone and a contact "saved as" someone
// are third parties. A table's "Children" row label and an acronym after "kids," are not names.
TEST_F(NamesTest, FamilyWordsPassengersAndHouseholders) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("My children Zubeyde and Ferdaus ask about it every night."), (V{"Zubeyde", "Ferdaus"}));
  EXPECT_EQ(Find("She lives with their children Zubeyde (23/08/2012) and Ferdaus (22/03/2018)."),
            (V{"Zubeyde", "Ferdaus"}));
  EXPECT_EQ(Find("He would be working alongside my son\nQorvell and one other mechanic."), V{"Qorvell"});
  EXPECT_EQ(Find("S4  She was upset when discussing her daughter\n    Qorvell; spoke to the lead.\n"), V{"Qorvell"});
  EXPECT_TRUE(Find("He would be working alongside the team\nQorvell Lodge is shut.").empty());
  EXPECT_EQ(Find("C: 01632 960950 or my husband Xiu on the mobile."), V{"Xiu"});
  EXPECT_EQ(Find("He called his friend Qorv twice that night."), V{"Qorv"});
  // In apposition after "his", "her", "my"... and the family word: "his brother, Ruslan, was
  // killed"; not without the owner's word, nor when the word runs on into the sentence.
  EXPECT_EQ(Find("In the war his brother, Qorvell, was killed; her daughter, Zubeyde."), (V{"Qorvell", "Zubeyde"}));
  EXPECT_TRUE(Find("The brother, Qorvell, was killed.").empty());
  EXPECT_TRUE(Find("In the war his brother, Qorvell said nothing.").empty());
  EXPECT_TRUE(Find("Seen with the kids, CCTV checked.").empty());
  // A name alone in brackets after a telephone number is whose number it is.
  EXPECT_EQ(Find("He gave his girlfriend's number as 07700 900222 (Jade)."), V{"Jade"});
  EXPECT_EQ(Find("Calls to 0113 496 0291 (Qorvell Zrinyi) were barred."), V{"Qorvell Zrinyi"});
  EXPECT_TRUE(Find("Ring 07700 900222 (Mon) or ref 2291 (Jade) only.").empty());
  EXPECT_EQ(Find("He is staying at his nan Zubeyde's flat."), V{"Zubeyde"});
  EXPECT_EQ(Find("Passenger: Dafydd Llwyd (passport 274555705), tel 07700 900587"), V{"Dafydd Llwyd"});
  EXPECT_EQ(Find("Present at installation: Mehmet Kaya (householder, tel 0121 496 0803)"), V{"Mehmet Kaya"});
  EXPECT_EQ(Find("Also seen: bank card in the name of ADAEZE OKORO (4000 0087 2077 1653)."), V{"ADAEZE OKORO"});
  EXPECT_TRUE(Find("Risk to      Community  Custody\nChildren     Medium     Low\n").empty());
  EXPECT_TRUE(Find("Visits restored for my kids, CCTV checked, and the move reviewed.").empty());
  EXPECT_TRUE(Find("Occupier NINO (DWP check): WK757135C\nVICTIM PERSONAL STATEMENT\n").empty());
  // Someone's age in brackets after the name.
  EXPECT_EQ(Find("Risk factors: index offence against Burak Ozkaya (then aged 19)."), V{"Burak Ozkaya"});
  // Set off by commas after a phrase opening with a third party's role.
  EXPECT_EQ(Find("The victim of the index offence, Eilidh Grieve, lives at 77 Wharf Street."), V{"Eilidh Grieve"});
  EXPECT_TRUE(Find("The report of the review panel, Kestrel Brambling, was read.").empty());
  // Two capitalised words alone in brackets after a quoted nickname are its bearer's name.
  EXPECT_EQ(Find("He gets on with them but not with \"Big Man\" (Gethin Llwyd). Outcome: standard"),
            (V{"Big Man", "Gethin Llwyd"}));
  // One word and a possessive alone in brackets after a card names its owner.
  EXPECT_EQ(Find("Note 'cards': 5105 1060 6857 5917 (Dink's), 4000 0012 3456 7899 (Tesco's own)"), V{"Dink"});
  // A forename in lower case after "ask" or "tell" in what someone said; not a common word.
  EXPECT_EQ(Find("Seen by Ann Pike. Comment: \"I had one off the wing, ask aoife\""), (V{"Ann Pike", "aoife"}));
  EXPECT_EQ(Find("Seen by Ann Pike. Comment: \"ask will, tell mark\""), V{"Ann Pike"});
  // A contact "saved as" a nickname names someone; an initial after "Surname," is theirs.
  EXPECT_EQ(Find("whose number was found saved as \"Jonno\" in his phone."), V{"Jonno"});
  EXPECT_EQ(Find("Countersigned: Warsame, S., Senior Probation Officer on 5/7/2025"), V{"Warsame, S"});
  EXPECT_EQ(Find("Countersigned: van der Berg, D., Senior Probation Officer"), V{"van der Berg, D"});
  EXPECT_EQ(Find("Seizing officer: PC 7192 ap Gwilym  a.gwilym@example.police.uk"), V{"ap Gwilym"});
  EXPECT_EQ(Find("Seen by Mr da Costa today."), V{"da Costa"});
}

// Surname particles in lower case stay inside a name, and "al-" opens an Arabic surname; a
// surname in capitals may be of several words.
TEST_F(NamesTest, SurnameParticles) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("his co-defendant Claudette van Dijk was bailed"), V{"Claudette van Dijk"});
  EXPECT_EQ(Find("his cousin Omar de la Cruz called"), V{"Omar de la Cruz"});
  EXPECT_EQ(Find("a friend, Zhiwei al-Rashid, visited"), V{"Zhiwei al-Rashid"});
  EXPECT_EQ(Find("Seen by Mr van Dijk today."), V{"van Dijk"});
  EXPECT_TRUE(Find("Hannah and the dog went to Leeds.").empty());
  EXPECT_EQ(Find("Witness: DA SILVA, Nathan  H5608BN"), V{"DA SILVA, Nathan"});
  EXPECT_EQ(Find("Keeper: DONNELLY, Darragh Niall  DOB 08-JAN-99"), V{"DONNELLY, Darragh Niall"});
  // A surname of two or three words in capitals that opens a cell.
  EXPECT_EQ(Find("07/01/2025  01:15  QORVELL ALI, Hodan     E0075KD  35\n"), V{"QORVELL ALI, Hodan"});
  EXPECT_EQ(Find("19/01/2025  23:30  QORVELL ALI, H         E0075KD  25\n"), V{"QORVELL ALI, H"});
  EXPECT_EQ(Find("| F4471PT   | CONCEIÇÃO DOS SANTOS, João | Roman Catholic |\n"),
            V{"CONCEIÇÃO DOS SANTOS, João"});
  BundleContext bundle;
  std::vector<std::string_view> doc = {"Co-defendant Claudette van Dijk was bailed.", "Phone seized from van Dijk."};
  auto f = detector_->DetectDocument(doc, subject_, &bundle);
  EXPECT_EQ(Names(f[1], doc[1]), V{"van Dijk"});
  // A remembered word in a place before a postcode is the place.
  BundleContext places;
  std::vector<std::string_view> moved = {"Visitor Ann Green attended.", "Moved to 12 Mill Brow, Eastwick Green LS1 4DY."};
  auto m = detector_->DetectDocument(moved, subject_, &places);
  EXPECT_TRUE(Names(m[1], moved[1]).empty());
  EXPECT_EQ(Names(detector_->DetectDocument({"Visitor Ann Green attended.", "Green called."}, subject_, &places)[1],
                  "Green called."),
            V{"Green"});
}

// Officials by the work done ("Prepared by:", "Checked by:", "assessment by"), by a post before
// them ("HOPO:", "Senior Coroner:", "(SPO):", "DCM", "Head of Year"), by a role in brackets or after
// a comma ("(chair)", "(IMB, observing)", "(DFI)", ", social worker", ", HOPO", "(chaplain)", ",
// Finance Officer - mailbox"), or by a public service they work at ("at children's services").
TEST_F(NamesTest, OfficialsByWorkRoleAndWorkplace) {
  for (const char* text : {"Prepared by: Harjit RAHMAN for the unit", "Checked by: Paulette MCKENZIE   14/02/2023",
                           "Psychological risk assessment by S.P. Sandhu", "Board: Connor Collings (chair); minutes",
                           "Euan Kinnaird (IMB, observing)", "Signed: H. Rahman, DFI   Date: 20/05/2024",
                           "Telephone discussion with Gulsen Demir, social worker, Thistlecombe Services.",
                           "Queries: Adaeze Mensah, Finance Officer - adaeze.mensah@justice.example.gov.uk",
                           "a referral has gone to Kofi Asante at children's services.",
                           "Appellant: see file   HOPO: David OKAFOR", "Senior Coroner: Eluned HOPKIN   Jury: yes",
                           "Countersigned (SPO): Fiona McRAE, 04/03/2025", "Note 02/04/25 (DCM Alison FENWICK): none",
                           "Daily check-in with Head of Year Mr Conor HALLORAN for the first week.",
                           "For the respondent: Mr David OKAFOR, HOPO.", "Deputy: Declan O'SHEA (chaplain)"}) {
    EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, text), "staff") << text;
  }
  for (const char* text : {"his friend Kofi Asante at children's services", "Ann Pike (mother) rang",
                           "Sent to Kofi Asante at 12 Mill Lane"}) {
    EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, text), "third_party") << text;
  }
}

// "St" opens a surname as a particle does ("Leila St Clair-Moody", "ST CLAIR-MOODY, Naomi"); a
// street's "St" ends its address. A name ending in an organisation's kind is the organisation's.
TEST_F(NamesTest, SaintSurnamesAndOrganisationsEndingInTheirKind) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("He lives with his partner Leila St Clair-Moody at 12 Foundry St, Leeds."), V{"Leila St Clair-Moody"});
  EXPECT_EQ(Find("Ms St Clair-Moody rang back."), V{"St Clair-Moody"});
  EXPECT_EQ(Find("Bank transfer in from ST CLAIR-MOODY, Naomi  25.00"), V{"ST CLAIR-MOODY, Naomi"});
  EXPECT_TRUE(Find("She was taken to St Thomas Hospital, then Thomas Surgery.").empty());
  EXPECT_TRUE(Find("Volunteers from St John Ambulance attended.").empty());
  EXPECT_EQ(Find("He lives with Leila Church."), V{"Leila Church"});
}

// Names the bundle has confirmed are found in lower case inside a text message written in lower
// case (with the remembered words after them, and a possessive "s"), but not where they are
// common words, in a message with capitals, or when they are the subject's.
TEST_F(NamesTest, RememberedNamesInLowerCaseMessages) {
  using V = std::vector<std::string>;
  BundleContext bundle;
  std::vector<std::string_view> log = {
      "Reports living with Delroy Thompson-Blake. Rang Ashley Marsden and Leila St Clair-Moody. Visitor Mark Pike.\n",
      "From 07700900139: \"hiya its jamal cant make tmrw, delroy thompson-blake says he can drop me\"\n"
      "From 07700900139: \"im at ashleys, leila st clair-moody knows. i will mark it\"\n"
      "From 07700900139: \"Ashley said delroy can come\"\n"};
  (void)detector_->DetectDocument(log, subject_, &bundle);
  const auto found = detector_->DetectDocument(log, subject_, &bundle);
  EXPECT_EQ(Names(found[1], log[1]), (V{"delroy thompson-blake", "ashley", "leila st clair-moody", "Ashley"}));
  // A transcript's "Message" column: each row's last cell.
  std::vector<std::string_view> transcript = {
      log[0],
      "#  Date/Time (UTC)      Dir  Party                  Message\n"
      "1  11/08/2024 16:05:22  Out  Musa (+44 7700 900275)  u at delroy's later? x\n"
      "2  12/08/2024 10:00:00  In   ashley (+44 7700 900276)  Ok See You\n"};
  BundleContext chat;
  (void)detector_->DetectDocument(transcript, subject_, &chat);
  const auto rows = detector_->DetectDocument(transcript, subject_, &chat);
  EXPECT_EQ(Names(rows[1], transcript[1]), V{"delroy"});
}

// Two or three capitalised words joined by "and" or "or" to a name found are a name too.
TEST_F(NamesTest, NamesJoinedToANameFound) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Victim personal statements: Abdullahi Hersi and Cathal Doherty (withheld)."),
            (V{"Abdullahi Hersi", "Cathal Doherty"}));
  EXPECT_EQ(Find("Not to contact directly or indirectly Cathal Doherty or Abdullahi Hersi."),
            (V{"Cathal Doherty", "Abdullahi Hersi"}));
  EXPECT_EQ(Find("Reports from Quernby Probation and Cathal Doherty."), V{"Cathal Doherty"});
}

// The subject's own bank details, which bundle.json cannot declare, are learned from a layout
// row that names the subject alone, and kept wherever they appear in the bundle; a row that also
// names someone else teaches nothing, and another person's details stay redacted.
TEST_F(NamesTest, SubjectsOwnValuesLearnedFromTheirRow) {
  BundleContext bundle;
  std::vector<std::string_view> doc = {
      "Name                Sort code  Account\n"
      "Jamal Kowalski      16-55-85   80966153\n"
      "Ann Pike            28-49-90   39412222\n",
      "Statement. Sort code: 16-55-85  Account number: 80966153. Paid to sort code 28-49-90.\n"};
  (void)detector_->DetectDocument(doc, subject_, &bundle);  // pass 1, as the detect stage does
  EXPECT_EQ(bundle.SubjectValueCount(), 2u);
  auto f = detector_->DetectDocument(doc, subject_, &bundle);
  std::vector<std::string> page0, page1;
  for (const auto& x : f[0]) if (x.category != "name") page0.emplace_back(doc[0].substr(x.begin, x.end - x.begin));
  for (const auto& x : f[1]) page1.emplace_back(doc[1].substr(x.begin, x.end - x.begin));
  EXPECT_EQ(page0, (std::vector<std::string>{"28-49-90", "39412222"}));
  EXPECT_EQ(page1, std::vector<std::string>{"28-49-90"});
  BundleContext shared;
  std::vector<std::string_view> joint = {"Name                          Sort code\nJamal Kowalski and Ann Pike   16-55-85\n"};
  (void)detector_->DetectDocument(joint, subject_, &shared);
  EXPECT_EQ(shared.SubjectValueCount(), 0u);
  // A relative with the subject's surname and another initial is someone else: the row is not
  // the subject's; with the subject's initial it is.
  const std::string relative = "22/08/2024 | KOWALSKI  | S. Kowalski 58-45-68 98785220  | 163.00\n";
  EXPECT_FALSE(Values(detector_->Detect(relative, subject_), relative, "sort_code").empty());
  const std::string subjects_row = "22/08/2024 | KOWALSKI  | J. Kowalski 58-45-68 98785220  | 163.00\n";
  EXPECT_TRUE(Values(detector_->Detect(subjects_row, subject_), subjects_row, "sort_code").empty());
  // The owner in brackets after the value, or a sentence saying the subject keeps it.
  const std::string cards =
      "Cards: Visa debit 4000 0033 5826 5813 (J. Kowalski); prepaid card 4242 4242 4242 4242 (S. Kowalski).\n";
  EXPECT_EQ(Values(detector_->Detect(cards, subject_), cards, "payment_card"), std::vector<std::string>{"4242 4242 4242 4242"});
  const std::string keeper = "   Kowalski is the registered keeper of DT10 COA. Ann Pike is the keeper of KH14 WDF.\n";
  EXPECT_EQ(Values(detector_->Detect(keeper, subject_), keeper, "vehicle_registration"), std::vector<std::string>{"KH14 WDF"});
  // A sentence that ties the value to the subject ("linked to Kowalski"), naming no one else; the
  // learned address is kept elsewhere in the bundle.
  BundleContext ip_bundle;
  std::vector<std::string_view> logs = {
      "4. Social media account linked to Kowalski logged in from IP 192.0.2.120 between 02/08/2023 and 06/02/2024.\n"
      "5. An account linked to Ann Pike logged in from IP 192.0.2.121.\n"
      "6. Account linked to Kowalski, used with Ann Pike, from IP 192.0.2.122.\n",
      "Online banking sessions came from IP 192.0.2.120 and from 192.0.2.123.\n"};
  (void)detector_->DetectDocument(logs, subject_, &ip_bundle);
  auto ips = detector_->DetectDocument(logs, subject_, &ip_bundle);
  EXPECT_EQ(Values(ips[0], logs[0], "ip_address"), (std::vector<std::string>{"192.0.2.121", "192.0.2.122"}));
  EXPECT_EQ(Values(ips[1], logs[1], "ip_address"), std::vector<std::string>{"192.0.2.123"});
  // A row of cells parted by " | " naming only the subject, and "name on card" with the subject.
  const std::string refund = "| 30/05/2024 | refund to card J. Kowalski | 4000-0552-8145-6653 | 4.99 |\n";
  EXPECT_TRUE(Values(detector_->Detect(refund, subject_), refund, "payment_card").empty());
  const std::string property =
      "| Bank card | Visa debit 4000 0033 5826 5813 name on card J KOWALSKI | PB5570706 |\n"
      "| Bank card | card in name of K RENNIE no. 4111 1115 3456 6818 | PB0964130 |\n";
  EXPECT_EQ(Values(detector_->Detect(property, subject_), property, "payment_card"),
            std::vector<std::string>{"4111 1115 3456 6818"});
  // The subject's property card: rows that name nobody are the subject's items; a row naming
  // someone else is not. A card with no "Name:" of the subject's teaches nothing.
  const std::string property_card =
      "PRISONER PROPERTY CARD\nName: Jamal KOWALSKI   Prison no: A1234BC\n\n"
      "| Bank card | Mastercard 2223000273383437 (expired) | PB9852868 |\n"
      "| Bank card | card in name of K RENNIE no. 4111 1115 3456 6818 - handed out to visitor | PB0964130 |\n"
      "| Car key | key fob with tag AF72ZVF | PB4813686 |\n";
  EXPECT_EQ(Values(detector_->Detect(property_card, subject_), property_card, "payment_card"), std::vector<std::string>{"4111 1115 3456 6818"});
  EXPECT_TRUE(Values(detector_->Detect(property_card, subject_), property_card, "vehicle_registration").empty());
  std::string others = property_card;
  others.replace(others.find("Jamal KOWALSKI"), 14, "Dean FOXLEY");
  EXPECT_EQ(Values(detector_->Detect(others, subject_), others, "payment_card").size(), 2u);
  // A second NHS number on a record "under alias" of the subject's is theirs, and kept elsewhere.
  BundleContext nhs_bundle;
  std::vector<std::string_view> health = {
      "Previous NHS record under alias Jam Kowalski located, NHS number 999 000 0018 (duplicate).\n"
      "Record under alias Ann Pike holds NHS number 999 000 0026.\n",
      "Merge of NHS numbers 999 000 0018 and 999 000 0034 requested.\n"};
  (void)detector_->DetectDocument(health, subject_, &nhs_bundle);
  auto nhs = detector_->DetectDocument(health, subject_, &nhs_bundle);
  EXPECT_EQ(Values(nhs[0], health[0], "nhs_number"), std::vector<std::string>{"999 000 0026"});
  EXPECT_EQ(Values(nhs[1], health[1], "nhs_number"), std::vector<std::string>{"999 000 0034"});
  // Text that normalisation shortens (soft hyphens) before the row does not hide the subject's
  // name on it.
  std::string shifted;
  for (int k = 0; k < 40; ++k) shifted += "x\xC2\xAD";
  shifted += "\nName                Sort code  Account\nJamal Kowalski      16-55-85   80966153\n";
  EXPECT_TRUE(Values(detector_->Detect(shifted, subject_), shifted, "sort_code").empty());
  // "own" on a line that names the subject and nobody else found; not when another name is there.
  const std::string own = "EXH-09  Wallet seized from Jamal Kowalski on arrest: own debit card 4000 0033 5826 5813\n";
  const std::string theirs = "EXH-10  Wallet seized from Jamal Kowalski and Ann Pike: own debit card 4000 0033 5826 5813\n";
  EXPECT_TRUE(detector_->Detect(own, subject_).empty());
  bool card = false;
  for (const auto& x : detector_->Detect(theirs, subject_)) card = card || x.category == "payment_card";
  EXPECT_TRUE(card);
  // The subject's name, possessive, right before "own": "Jamal's own mobile"; not another's.
  const std::string possessive =
      "Spoke to him today.\nJamal's own mobile is 07700 900555.\nAnn's own mobile is 07700 900556.\n";
  EXPECT_EQ(Values(detector_->Detect(possessive, subject_), possessive, "phone"),
            std::vector<std::string>{"07700 900556"});
  // The holder named right before the value, in any case: the subject's name, possessive, or
  // "issued to" them; a relative's initial before the subject's surname makes someone else.
  const std::string holders =
      "[05/01/2025] Mossy: jamal's old number 07700 900418 is dead\n"
      "Company mobile issued to Jamal: 07700 900239 (work use only).\n"
      "A goodwill credit goes to C. Kowalski's card 4000121230254761.\n"
      "[05/01/2025] Mossy: his mum's number 07700 900240\n";
  const auto held = detector_->Detect(holders, subject_);
  EXPECT_EQ(Values(held, holders, "phone"), std::vector<std::string>{"07700 900240"});
  EXPECT_EQ(Values(held, holders, "payment_card"), std::vector<std::string>{"4000121230254761"});
  // A message the subject wrote about themselves, in the first person; not one about someone
  // else's number, nor one someone else wrote.
  const std::string journal =
      "15 Jan 2025 18:47  Jamal: I change phone number, new one is 07700 900238. old one 07700 900236\n"
      "16 Jan 2025 09:12  Jamal: my mum's number is 07700 900241\n"
      "16 Jan 2025 10:02  Qorvell Zubeyde: I changed my number to 07700 900242\n";
  EXPECT_EQ(Values(detector_->Detect(journal, subject_), journal, "phone"),
            (std::vector<std::string>{"07700 900241", "07700 900242"}));
}

// A keeper row that names the subject makes the registration the subject's on the whole page,
// above the row too (the page is learned from before it is filtered); another keeper's stays.
TEST_F(NamesTest, SubjectsVehicleLearnedFromItsKeeperRow) {
  const std::string page =
      "Date        Camera            VRM\n"
      "17/04/2023  M62 J27 slip      RB70NOE\n"
      "17/04/2023  Retail park exit  PJ68ZNH\n"
      "\n"
      "RB70 NOE  Vauxhall Corsa  Keeper: KOWALSKI, Jamal  53 Kiln Row, Eastwick Green LS1 4DY\n"
      "PJ68 ZNH  Seat Leon  Keeper: PROTHEROE, Bilal  DOB 28/01/1978\n";
  EXPECT_EQ(Values(detector_->Detect(page, subject_), page, "vehicle_registration"),
            (std::vector<std::string>{"PJ68ZNH", "PJ68 ZNH"}));
}

// A vehicle on a form about the subject (its block's person label holds the subject's name and
// the block names nobody else) is the subject's; not when the block names someone else, the
// line ties it to another party, or it stands in a paragraph of its own.
TEST_F(NamesTest, SubjectsVehicleLearnedFromAFormAboutThem) {
  const std::string custody =
      "DETAINED PERSON\n"
      "Surname:        KOWALSKI\n"
      "Forename(s):    Jamal\n"
      "Vehicle:        AN57 ZSN (silver Vauxhall Corsa, seized)\n"
      "\n"
      "Arresting officer:   DC Jian Cheung\n";
  EXPECT_TRUE(Values(detector_->Detect(custody, subject_), custody, "vehicle_registration").empty());
  using V = std::vector<std::string>;
  const std::string visit =
      "Prisoner name:  Jamal Kowalski\n"
      "Visitor:        Ann Pike\n"
      "Vehicle:        AN57 ZSN (silver Vauxhall Corsa)\n";
  EXPECT_EQ(Values(detector_->Detect(visit, subject_), visit, "vehicle_registration"), V{"AN57 ZSN"});
  const std::string partner =
      "Surname:        KOWALSKI\n"
      "Forename(s):    Jamal\n"
      "Partner's vehicle: AN57 ZSN (silver Vauxhall Corsa)\n";
  EXPECT_EQ(Values(detector_->Detect(partner, subject_), partner, "vehicle_registration"), V{"AN57 ZSN"});
  // A line too long to read whole (a page of one endless line) is no form line.
  const std::string endless = "Surname:        KOWALSKI\nForename(s):    Jamal\n"
                              "Vehicle:        AN57 ZSN (silver Vauxhall Corsa) " + std::string(2000, 'x') + "\n";
  EXPECT_EQ(Values(detector_->Detect(endless, subject_), endless, "vehicle_registration"), V{"AN57 ZSN"});
  const std::string apart =
      "Prisoner name:  Jamal Kowalski\n"
      "\n"
      "Car park register: AN57 ZSN (dark green Skoda Octavia) arrived 16:06\n";
  EXPECT_EQ(Values(detector_->Detect(apart, subject_), apart, "vehicle_registration"), V{"AN57 ZSN"});
}

// A form about the subject may hold its person label in a row of two cells, and a block under a
// caption that calls it "own" goes on with the form above it past a blank line; "own" just after
// a value in a sentence that names only the subject makes it theirs. The form's labels are no
// names.
TEST_F(NamesTest, SubjectsOwnValuesUnderAnOwnCaptionOrCalledOwnInTheirSentence) {
  using V = std::vector<std::string>;
  const std::string referral =
      "| Surname, forename | KOWALSKI, Jamal |\n"
      "| Date of birth | 27/11/1991 |\n"
      "| NOMS number | G3950UJ |\n"
      "\n"
      "BANK (for Universal Credit housing element - own account)\n"
      "Sort code: 73-90-22   Account: 85547285\n";
  const auto found = detector_->Detect(referral, subject_);
  EXPECT_TRUE(Values(found, referral, "sort_code").empty());
  EXPECT_TRUE(Names(found, referral).empty());
  const std::string theirs = "| Surname, forename | KOWALSKI, Jamal |\n| Date of birth | 27/11/1991 |\n"
                             "| NOMS number | G3950UJ |\n\nBANK (partner's account)\nSort code: 73-90-22\n";
  EXPECT_EQ(Values(detector_->Detect(theirs, subject_), theirs, "sort_code"), V{"73-90-22"});
  const std::string seen = "2. Kowalski was seen driving RE65 NPU (own car, uninsured) on 16th Jun 2023.\n";
  EXPECT_TRUE(Values(detector_->Detect(seen, subject_), seen, "vehicle_registration").empty());
  const std::string other = "2. Ann Pike was seen driving RE65 NPU (own car, uninsured) on 16th Jun 2023.\n";
  EXPECT_EQ(Values(detector_->Detect(other, subject_), other, "vehicle_registration"), V{"RE65 NPU"});
}

// In a letter to the subject, a value after "your" is theirs; not after another pronoun ("ring
// her on"), nor in a letter to someone else.
TEST_F(NamesTest, YourValuesInALetterToTheSubject) {
  using V = std::vector<std::string>;
  const std::string to_subject =
      "Dear Kowalski,\nYour standing order from sort code 30-91-21 account 90101111 was cancelled.\n"
      "Your mum says to ring her on 07700 900246 today.\n";
  const auto found = detector_->Detect(to_subject, subject_);
  EXPECT_TRUE(Values(found, to_subject, "sort_code").empty());
  EXPECT_EQ(Values(found, to_subject, "phone"), V{"07700 900246"});
  const std::string to_other =
      "Dear Ms Pike,\nAbout the visit of Jamal Kowalski.\nYour standing order from sort code 30-91-21 was cancelled.\n";
  EXPECT_EQ(Values(detector_->Detect(to_other, subject_), to_other, "sort_code"), V{"30-91-21"});
}

// More rows and records that show a value is the subject's: a row whose other capitalised words
// name no one (unless an initial may be a relative's), "own" anywhere before the value, the
// detained property of the subject's custody record, the details part of the subject's witness
// statement, and a vehicle line over a keeper line naming the subject.
TEST_F(NamesTest, SubjectsOwnValuesOnRowsRecordsAndKeeperLines) {
  using V = std::vector<std::string>;
  auto cards = [&](const std::string& text) { return Values(detector_->Detect(text, subject_), text, "payment_card"); };
  const std::string refund = "| 12/02/2024 | Refund (Outside Purchase) to card Jamal Kowalski | 4111-1112-0283-1452 | 4.99 |\n";
  EXPECT_TRUE(cards(refund).empty());
  std::string via = refund;
  via.replace(via.find(" |", via.find("Jamal")), 0, " via Ann Pike");
  EXPECT_EQ(cards(via), V{"4111-1112-0283-1452"});
  model::Subject middle;
  middle.name = "Jamal Idris Kowalski";
  const SubjectProfile jik = SubjectProfile::Build(middle);
  std::string initialled = refund;
  initialled.replace(initialled.find("Jamal"), 5, "I.");
  EXPECT_EQ(Values(detector_->Detect(initialled, jik), initialled, "payment_card"), V{"4111-1112-0283-1452"});
  initialled.replace(initialled.find("I."), 2, "J.");
  EXPECT_TRUE(Values(detector_->Detect(initialled, jik), initialled, "payment_card").empty());

  const std::string own = "Sending prisoner's own account for release: Jamal Kowalski, sort code 34-63-00, account 16220480\n";
  EXPECT_TRUE(Values(detector_->Detect(own, subject_), own, "sort_code").empty());
  std::string not_own = own;
  not_own.replace(not_own.find("Jamal Kowalski"), 14, "Ann Pike");
  EXPECT_EQ(Values(detector_->Detect(not_own, subject_), not_own, "sort_code"), V{"34-63-00"});

  const std::string custody =
      "CUSTODY RECORD - Quernby Custody Suite\n"
      "Detained person: JAMAL KOWALSKI   DOB: 03/01/1993\n\n"
      "DETAINED PROPERTY\n"
      "| Bank card | Mastercard 5555557895800511 | SB418020 |\n"
      "| Bank card | card in name of partner: D PIKE 4000-0584-0284-2504 | SB292138 |\n";
  EXPECT_EQ(cards(custody), V{"4000-0584-0284-2504"});
  std::string others_custody = custody;
  others_custody.replace(others_custody.find("JAMAL KOWALSKI"), 14, "DEAN FOXLEY");
  EXPECT_EQ(cards(others_custody).size(), 2u);

  auto vehicles = [&](const std::string& text) {
    return Values(detector_->Detect(text, subject_), text, "vehicle_registration");
  };
  const std::string statement =
      "WITNESS STATEMENT\nStatement of: Jamal Kowalski\nOccupation: Dental nurse\n\n"
      "I saw his car, registration YO21 TGV, parked opposite my home.\n"
      "Vehicle seen: KH14 WDF\n\n"
      "WITNESS CONTACT DETAILS (not for disclosure to the defence)\n"
      "Home tel: 0121 496 0675\n"
      "Vehicle: XR10 UBX\n"
      "Alternative contact: Ann Pike, car PJ68 ZNH\n";
  EXPECT_EQ(vehicles(statement), (V{"YO21 TGV", "KH14 WDF", "PJ68 ZNH"}));
  std::string others_statement = statement;
  others_statement.replace(others_statement.find("Jamal Kowalski"), 14, "Dean Foxley");
  EXPECT_EQ(vehicles(others_statement).size(), 4u);

  const std::string check =
      "VRM: VG72 UHS   Make/model: Vauxhall Astra, grey\n"
      "Registered keeper: KOWALSKI, Jamal   DOB: 03-JAN-1993\n\n"
      "VRM: NT68 OYP   Make/model: Ford Focus\n"
      "Registered keeper: PIKE, Ann\n";
  EXPECT_EQ(vehicles(check), V{"NT68 OYP"});
  for (const std::string between : {"Registered keeper: PIKE, Ann\nVRM: VG72 UHS\nRegistered keeper: KOWALSKI, Jamal\n",
                                    "Registered keeper: KOWALSKI, Jamal\nVRM: VG72 UHS\nRegistered keeper: PIKE, Ann\n"}) {
    EXPECT_EQ(vehicles(between), V{"VG72 UHS"}) << "between two keepers' lines";
  }
}

// A table row holding a code ("A1") that a key line of the page gives to the subject alone is
// about the subject's account: its values are theirs. A code keyed to someone else, or a key line
// naming two people, teaches nothing.
TEST_F(NamesTest, SubjectsValuesOnRowsCodedForThem) {
  const std::string log =
      "Accounts examined\n"
      "  A1 jamal.k@example.co.uk - holder Jamal Kowalski\n"
      "  A2 annp@example.org - holder Ann Pike\n"
      "  B3 shared@example.org - holders Jamal Kowalski and Ann Pike\n\n"
      "| Timestamp (UTC) | Account | Source IP | Event |\n"
      "| 2023-06-01T08:14:22Z | A1 | 198.51.100.62 | login |\n"
      "| 2023-06-02T11:53:40Z | A2 | 198.51.100.227 | message sent |\n"
      "| 2023-06-03T10:00:00Z | B3 | 203.0.113.9 | login |\n";
  EXPECT_EQ(Values(detector_->Detect(log, subject_), log, "ip_address"),
            (std::vector<std::string>{"198.51.100.227", "203.0.113.9"}));
}

// A date of birth in brackets right after the subject's name or alias ("(alias DOB ...)",
// "(born ...)") is theirs, and kept elsewhere in the bundle; after anyone else's it is not.
TEST_F(NamesTest, AnAliassDateOfBirthIsTheSubjects) {
  using V = std::vector<std::string>;
  BundleContext bundle;
  std::vector<std::string_view> pages = {
      "Aliases on PNC: Jam Kowalski (alias DOB 19/10/1986)\n"
      "Associates: Ann Pike (alias DOB 20/10/1986)\n"
      "Jamal Kowalski (born 01/02/1980) and Ann Pike (born 03/04/1981) were seen.\n"
      "Jamal Kowalski met Dean Foxley (DOB 05/06/1982).\n",
      "PNC shows a second date of birth, 19/10/1986.\n"};
  (void)detector_->DetectDocument(pages, subject_, &bundle);
  const auto found = detector_->DetectDocument(pages, subject_, &bundle);
  EXPECT_EQ(Values(found[0], pages[0], "date_of_birth"), (V{"20/10/1986", "03/04/1981", "05/06/1982"}));
  EXPECT_TRUE(Values(found[1], pages[1], "date_of_birth").empty());
}

// After a message, call, letter or visit "to" or "from", or living, sharing or getting on "with",
// the name is the person at the other end: a gazetteer forename alone is enough, and two words of
// any kind. After "from" alone (an e-mail
// header, an official's "Email from") one word is not.
TEST_F(NamesTest, ThePersonAtTheOtherEndOfAMessageOrVisit) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Message to Hao: \"call me\""), V{"Hao"});
  EXPECT_EQ(Find("He had visits from Qorvell Zrinyi last month."), V{"Qorvell Zrinyi"});
  EXPECT_TRUE(Find("From Hao: see below").empty());
  // One word after "from" is a name when an official's title follows it in brackets.
  EXPECT_EQ(Find("Police enquiry received 22/10/2021 from Qorvell (DC,\nlpu@ravensdale.police.example.gov.uk)"),
            V{"Qorvell"});
  EXPECT_TRUE(Find("A parcel arrived from Qorvell (see the property card).").empty());
  const std::string referral = "a safeguarding referral has gone to Sahra Qorvell at children's services.";
  EXPECT_EQ(Find(referral), V{"Sahra Qorvell"});
  for (const Finding& f : detector_->Detect(referral, subject_)) EXPECT_EQ(f.party, "staff");
  EXPECT_TRUE(Find("Email from Hao: see below").empty());
  EXPECT_TRUE(Find("A letter from Probation Services arrived.").empty());
  // After "with", when the word before it is about living, sharing or getting on with someone.
  EXPECT_EQ(Find("Bilal said he gets on with Aoife but not with the others."), V{"Aoife"});
  EXPECT_EQ(Find("He fell out with Marek last week."), V{"Marek"});
  EXPECT_TRUE(Find("He agreed with Marek's plan.").empty());
}

// Who wrote a log's entry, in square brackets closing its line, and a chaplain, a judge, a
// recorder, a ward sister and someone who witnessed, accepted, registered, compiled, submitted or
// raised something are staff.
TEST_F(NamesTest, LogAuthorsJudgesChaplainsAndWitnessingStaff) {
  for (const std::string text :
       {"19/03 23:00 In bed, breathing observed. [A. Qorvell]\n", "19/03 23:00 Watching TV. [A. Patel]\n",
        "Signed (governor):  Tyrone Qorvell\n", "Pádraig Qorvell  -  Tue 6 Feb 2024\n    Reception interview.\n",
        "Chaplain: Ioana Zrinyi   tel 029 2018 0624",
        "His Honour Judge Euan Qorvell\nDated 18 January 2024", "Recorder Gemma Qorvell     Dated 2 September 2024",
        "Asked to leave; Ward Sister Orla Qorvell aware.", "Witnessed by: Deepa Qorvell, Banking and ID Lead",
        "Returned; SIR raised by J. Qorvell.", "Compiled by L. Qorvell for the OMU.",
        "Apologies: none\nMinutes: Z. Qorvell\n", "to meet your work coach, Saba Qorvell, at 10:40.",
        "Transcribed by Lucía Qorvell for the police station.", "Operation KESTREL   SPoC: Seán Qorvell\n"}) {
    const auto found = detector_->Detect(text, subject_);
    ASSERT_EQ(Names(found, text).size(), 1u) << text;
    for (const Finding& f : found) {
      if (f.category == "name") {
        EXPECT_EQ(f.party, "staff") << text;
      }
    }
  }
  EXPECT_TRUE(Find("[Exhibit KF] Summary of messages\n").empty());
  // A name opening a line before a dash and something other than a date is no entry's heading.
  for (const Finding& f : detector_->Detect("Mehmet Qorvell - brother, visits monthly\n", subject_)) {
    EXPECT_NE(f.party, "staff");
  }
}

// A chat line's writer, after its bracketed time and before the colon, is a person; the
// subject writing is left as theirs, and a bracketed reference is no time.
TEST_F(NamesTest, AChatLinesWriter) {
  using V = std::vector<std::string>;
  const std::string chat =
      "   [11/03/2024 22:41] Jamal Kowalski: \"T-Bone u still got my ting?\"\n"
      "   [11/03/2024 22:43] T-Bone: \"ye at my nans. come after 10\"\n"
      "   [05/12/2023 18:45] Ngozi O: \"bro delete this\"\n"
      "   [Exhibit KF] Summary: none\n";
  EXPECT_EQ(Find(chat), (V{"T-Bone", "T-Bone", "Ngozi O"}));
}

// The reply to a question for someone's name opens with the name, after the speaker's label.
TEST_F(NamesTest, TheReplyToANameQuestionOpensWithTheName) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("OP: And your name?\nC: Emre de Souza. Emre. The van is outside.\n"), (V{"Emre de Souza", "Emre"}));
  EXPECT_EQ(Find("Q: What is your full name?\nA: Qorvell\n"), V{"Qorvell"});
  EXPECT_TRUE(Find("OP: And your name?\nC: Ok. It is outside.\n").empty());
  EXPECT_TRUE(Find("OP: And your address?\nC: Qorvell Lodge. It is outside.\n").empty());
}

// One or two capitalised words alone in brackets after a person described in lower case are
// that person's name; after anything else they are not.
TEST_F(NamesTest, ANameInBracketsAfterAPersonDescribed) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Call ended: a child under 5 (Mei) appeared unsupervised."), V{"Mei"});
  EXPECT_EQ(Find("Her new partner (Zuzanka Qorvell) was at the door."), V{"Zuzanka Qorvell"});
  EXPECT_TRUE(Find("The review meeting (Monday) was moved.").empty());
  EXPECT_TRUE(Find("Seen by a male officer (Healthcare) on the wing.").empty());
  EXPECT_TRUE(Find("A friend (Unknown) called the wing.").empty());
}

// A possessive pronoun alone in brackets after a value points back to the person named on the
// line above: the subject's vehicle when that line names only them.
TEST_F(NamesTest, APronounInBracketsPointsToThePersonOnTheLineAbove) {
  using V = std::vector<std::string>;
  auto vehicles = [&](const std::string& text) {
    return Values(detector_->Detect(text, subject_), text, "vehicle_registration");
  };
  EXPECT_TRUE(vehicles("Alleged perpetrator: JAMAL KOWALSKI  DOB 13/01/63\nVehicle: FW05 RXJ (his)\n").empty());
  EXPECT_EQ(vehicles("Alleged perpetrator: DEAN FOXLEY  DOB 13/01/63\nVehicle: FW05 RXJ (his)\n"), V{"FW05 RXJ"});
  EXPECT_EQ(vehicles("Victim: Ann Pike, partner of Jamal Kowalski\nVehicle: FW05 RXJ (hers)\n"), V{"FW05 RXJ"});
  EXPECT_EQ(vehicles("Alleged perpetrator: JAMAL KOWALSKI\nVehicle: FW05 RXJ (stolen)\n"), V{"FW05 RXJ"});
}

// A login "by" the subject, named alone in the sentence, is from the subject's address; so for a
// subject whose surname opens with a lower-case particle.
TEST_F(NamesTest, ALoginByTheSubjectIsFromTheirAddress) {
  using V = std::vector<std::string>;
  const std::string text =
      "Probation portal login by J. Kowalski (jamal.k@example.net) from IP 192.0.2.164 on 11/04/2023.\n"
      "Probation portal login by Ann Pike from IP 192.0.2.165 on 12/04/2023.\n";
  EXPECT_EQ(Values(detector_->Detect(text, subject_), text, "ip_address"), V{"192.0.2.165"});
  model::Subject s;
  s.name = "Nathan Callum bin Hamid";
  const std::string particle = "Probation portal login by N. bin Hamid from IP 192.0.2.166 on 10/06/2022.\n";
  EXPECT_TRUE(Values(detector_->Detect(particle, SubjectProfile::Build(s)), particle, "ip_address").empty());
  // The particle belongs to the surname in an e-mail handle too.
  const std::string mail = "new email is nathan.binhamid87@example.net\n";
  EXPECT_TRUE(Values(detector_->Detect(mail, SubjectProfile::Build(s)), mail, "email").empty());
  // A nickname of one word is a handle on its own; another's nickname is not.
  s.aliases = {"Kes"};
  const std::string nick = "Accounts on device: kes74@example.net, dink39@example.net\n";
  EXPECT_EQ(Values(detector_->Detect(nick, SubjectProfile::Build(s)), nick, "email"), V{"dink39@example.net"});
}

// A shorter match inside the subject's own identifier is the subject's too: "0219736G" in
// "2019/0219736G" happens to pass the short PNC form's check.
TEST_F(NamesTest, MatchInsideTheSubjectsIdentifierIsKept) {
  model::Subject s;
  s.name = "Jamal Kowalski";
  s.identifiers = {{"pnc", "2019/0219736G"}};
  const SubjectProfile subject = SubjectProfile::Build(s);
  const std::string page = "Role        Name               PNC ID\nSuspect 1   KOWALSKI, Jamal    2019/0219736G\n";
  EXPECT_TRUE(Values(detector_->Detect(page, subject), page, "pnc").empty());
  EXPECT_FALSE(Values(detector_->Detect(page, subject_), page, "pnc").empty());  // not the subject's: found
}

// A capitalised word before a two- or three-letter acronym is not "Forename SURNAME", and a
// form's labels under "Name:" are not a table column of names (the alias after "Also known as:"
// is a name).
TEST_F(NamesTest, AcronymsAndFormLabelsAreNotNames) {
  EXPECT_TRUE(Find("Source IP 192.0.2.4 and Workstation IP noted. Reference VAL at Brook PDU.").empty());
  EXPECT_EQ(Find("his cousin Jade LEE called"), std::vector<std::string>{"Jade LEE"});
  const std::string form = "Name:            Darren Pike\nAlso known as:   Daz\nRelease date:    none\n";
  EXPECT_EQ(Find(form), (std::vector<std::string>{"Darren Pike", "Daz"}));
}

TEST_F(NamesTest, ConfirmedNamesPropagateAcrossPagesAndDocuments) {
  BundleContext bundle;
  std::vector<std::string_view> doc1 = {"Visitor Kwame MENSAH booked.", "MENSAH's car was seen. K. Mensah left."};
  auto f1 = detector_->DetectDocument(doc1, subject_, &bundle);
  EXPECT_EQ(Names(f1[1], doc1[1]), (std::vector<std::string>{"MENSAH", "K. Mensah"}));
  EXPECT_GT(bundle.NameCount(), 0u);
  std::vector<std::string_view> doc2 = {"Later, Kwame phoned the wing."};
  auto f2 = detector_->DetectDocument(doc2, subject_, &bundle);
  EXPECT_EQ(Names(f2[0], doc2[0]), std::vector<std::string>{"Kwame"});
  // Without the bundle's memory, the lone forename is not found.
  EXPECT_TRUE(Find(doc2[0]).empty());
}

// A confirmed name is also found as a user name or an e-mail local part without its domain; a
// full e-mail address is left to the e-mail rule, and parts that are not remembered names (or
// the subject's) make no match.
TEST_F(NamesTest, ConfirmedNamesPropagateToUserNames) {
  BundleContext bundle;
  std::vector<std::string_view> doc = {
      "Visitor Kwame MENSAH booked.",
      "Logins by kwame.mensah, k_mensah2 and mensah.k; mail to kwame.mensah@example.com. "
      "Not jamal.kowalski, e.g. or www.mensah.org.uk, nor a.b.c.d.e.f."};
  auto found = detector_->DetectDocument(doc, subject_, &bundle);
  EXPECT_EQ(Names(found[1], doc[1]), (std::vector<std::string>{"kwame.mensah", "k_mensah2", "mensah.k"}));
  bool email = false;
  for (const Finding& f : found[1]) email = email || (f.category == "email" && doc[1].substr(f.begin, 5) == "kwame");
  EXPECT_TRUE(email);
  // Without the bundle's memory, none of them is a name.
  EXPECT_TRUE(Find(doc[1]).empty());
  // A relative sharing the subject's surname: the subject's word may complete a remembered one.
  std::vector<std::string_view> family = {"his brother Tomasz KOWALSKI", "user tomasz.kowalski, not jamal.kowalski"};
  auto relatives = detector_->DetectDocument(family, subject_, &bundle);
  EXPECT_EQ(Names(relatives[1], family[1]), std::vector<std::string>{"tomasz.kowalski"});
}

TEST_F(NamesTest, StaffNamesCarryPartyAndFollowPolicy) {
  const std::string text = "Entered by: Officer Gareth PRYCE. Visitor Shannon DUFFY attended.";
  auto findings = detector_->Detect(text, subject_);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].party, "staff");
  EXPECT_EQ(findings[1].party, "third_party");
  RulesOptions keep;
  keep.redact_staff_names = false;
  auto d = Detector::Load(keep);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(Names((*d)->Detect(text, subject_), text), std::vector<std::string>{"Shannon DUFFY"});
}

std::vector<std::string> Parties(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    if (f.category == "name") out.emplace_back(f.party);
  }
  return out;
}

// A staff member named once by title or role stays staff where a later line names them without
// one ("Jade Mistry" in a contact log), in any order and case; a name made of two staff members'
// words is not staff, and a third-party mention ends it for good.
TEST_F(NamesTest, StaffRememberedWholeAcrossTheBundle) {
  using V = std::vector<std::string>;
  BundleContext bundle;
  std::vector<std::string_view> doc = {
      "Offender manager: Probation Officer Jade Mistry. Officer Leanne Eze. DC Jermaine Dhillon.",
      "30/07/2024  Other contact  Jade Mistry\n24/08/2024  Other contact  MISTRY, Jade\nCalled Leanne Eze.\n"
      "Call to Jermaine Eze.\n"};
  auto f = detector_->DetectDocument(doc, subject_, &bundle);
  EXPECT_EQ(Parties(f[0]), (V{"staff", "staff", "staff"}));
  EXPECT_EQ(Names(f[1], doc[1]), (V{"Jade Mistry", "MISTRY, Jade", "Leanne Eze", "Jermaine Eze"}));
  EXPECT_EQ(Parties(f[1]), (V{"staff", "staff", "staff", "third_party"}));
  // A surname alone is staff's only while every whole name it was seen in is: once "Emily Eze",
  // named without a role, shares it, "Eze" alone could be either.
  BundleContext fresh;
  std::vector<std::string_view> officer = {"Officer Leanne Eze. Eze rang."};
  EXPECT_EQ(Parties(detector_->DetectDocument(officer, subject_, &fresh)[0]), (V{"staff", "staff"}));
  std::vector<std::string_view> shared = {"Emily Eze called. Eze rang."};
  auto a = detector_->DetectDocument(shared, subject_, &fresh);
  EXPECT_EQ(Names(a[0], shared[0]), (V{"Emily Eze", "Eze"}));
  EXPECT_EQ(Parties(a[0]), (V{"third_party", "third_party"}));
  std::vector<std::string_view> later = {"His sister Jade Mistry called.", "Jade Mistry rang back."};
  auto g = detector_->DetectDocument(later, subject_, &bundle);
  EXPECT_EQ(Parties(g[0]), V{"third_party"});
  EXPECT_EQ(Parties(g[1]), V{"third_party"});
}

// What follows a name can say whose it is: a job title, "(staff)", an official e-mail address;
// "(prisoner)" or a personal address does not make staff.
TEST_F(NamesTest, StaffByWhatFollowsTheName) {
  using V = std::vector<std::string>;
  const std::string text =
      "Reviewed: Jordan Sutcliffe, Custodial Manager (Security)\n"
      "Witnesses:\n  NAIR, Rakesh  (prisoner)\n  Helen Nowak  (staff)\n"
      "From: Yaw Nwosu <yaw.nwosu@hmpps.example.cjsm.net>\n"
      "From: Ama Boateng <ama.boateng@example.com>\n";
  EXPECT_EQ(Names(detector_->Detect(text, subject_), text),
            (V{"Jordan Sutcliffe", "NAIR, Rakesh", "Helen Nowak", "Yaw Nwosu", "Ama Boateng"}));
  EXPECT_EQ(Parties(detector_->Detect(text, subject_)), (V{"staff", "third_party", "staff", "staff", "third_party"}));
  // "(prisoner)" is a third-party mention: an officer of the same name later does not make the
  // name staff's where nothing says which of them it is.
  BundleContext bundle;
  std::vector<std::string_view> doc = {"Seen: NAIR, Rakesh  (prisoner)", "Officer Rakesh Nair", "Rakesh Nair called."};
  EXPECT_EQ(Parties(detector_->DetectDocument(doc, subject_, &bundle)[2]), V{"third_party"});
}

// A line that a heading or a letter's closing says opens with a name: the items of a list of
// attendees (staff, unless the line says otherwise) or associates (not staff), the name under
// "Yours sincerely"; not a line after the list's blank line, nor a one-word item.
TEST_F(NamesTest, NamesOpeningTheLinesOfAListOrASignature) {
  using V = std::vector<std::string>;
  const std::string minutes =
      "Attendees:\n"
      "  Florin Kazlauskas   HMP Thornbury Vale (security)\n"
      "  Mei Cheung   Probation Officer (COM)\n"
      "  Tariq Zarb  (prisoner)\n"
      "  Nia Okafor  (mother)\n"
      "\n"
      "  Wrenna Hollow\n"
      "1. Associates\n"
      "  Zhiwei Okonjo   CRN R660306\n"
      "  Reception\n";
  auto found = detector_->Detect(minutes, subject_);
  EXPECT_EQ(Names(found, minutes), (V{"Florin Kazlauskas", "Mei Cheung", "Tariq Zarb", "Nia Okafor", "Zhiwei Okonjo"}));
  EXPECT_EQ(Parties(found), (V{"staff", "staff", "third_party", "third_party", "third_party"}));
  const std::string letter = "we will write again.\n\nYours sincerely\n\nAyesha Bhattacharyya\nSolicitor\n";
  EXPECT_EQ(Find(letter), V{"Ayesha Bhattacharyya"});
}

// A column about visitors rather than of them holds no names, and a place opening a probation
// unit's name is no name after a role.
TEST_F(NamesTest, ColumnsAboutPeopleAndUnitsAfterARole) {
  using V = std::vector<std::string>;
  const std::string contacts =
      "Name              Relationship  Approved visitor\n"
      "Oksana Pryce      Mother        Pending\n";
  EXPECT_EQ(Find(contacts), V{"Oksana Pryce"});
  EXPECT_EQ(Find("Assessor: Aiden Atkinson, Probation Officer, Gadsby Moor Probation Delivery Unit   Tel:"),
            V{"Aiden Atkinson"});
}

// Table columns of people: "Passenger", "Caller", "From" and "To" (whole header words) as well as
// "Name".
TEST_F(NamesTest, PeopleColumnsBeyondName) {
  using V = std::vector<std::string>;
  const std::string api =
      "Passenger               DOB          Nat.\n"
      "BIN HAMID MORAG         05-OCT-1982  GBR\n";
  EXPECT_EQ(Find(api), V{"BIN HAMID MORAG"});
  // A "Guest" column names people.
  EXPECT_EQ(Find("| # | Guest                    | DOB        |\n|---|---|---|\n"
                 "| 2 | Shahidul Qorvell ZUBEYDE | 02/05/1975 |\n"),
            V{"Shahidul Qorvell ZUBEYDE"});
  // A month is a given name in a name's cell.
  EXPECT_EQ(Find("Name                         | Role\nQorvell Jun                  | Key worker\n"), V{"Qorvell Jun"});
  const std::string texts =
      "Sent              From              To                Message\n"
      "2023-01-11 18:44  Ioana             Dafydd            running late\n";
  EXPECT_EQ(Find(texts), (V{"Ioana", "Dafydd"}));
  const std::string calls =
      "Date        Caller                 Email\n"
      "12/01/2025  Winston bin Rashid     w.rashid@example.com\n";
  EXPECT_EQ(Find(calls), V{"Winston bin Rashid"});
  const std::string totals = "Item        Total       Photo\n3 boxes     Kestrel     Yes\n";
  EXPECT_TRUE(Find(totals).empty());
  const std::string moves = "Date        Transferred to\n12/03/2024  Kestrel Moor\n";
  EXPECT_TRUE(Find(moves).empty());
}

// The tokenizer keeps only words that open with a capital, and only where a word starts: not
// inside a word, not after an apostrophe or hyphen joining it to a letter, not glued to digits.
TEST(NameTokensTest, OnlyWordsOpeningWithACapital) {
  const std::string text = "Mr O'Neil-Smith's iPhone rock'n'Roll A4B ab4Cd x4-Cd 'Jones J. Ng";
  NameFinder finder;
  NameTokens tokens = finder.Tokenize(text);
  std::vector<std::string> words;
  for (size_t i = 0; i < tokens.size(); ++i) words.emplace_back(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
  EXPECT_EQ(words, (std::vector<std::string>{"Mr", "O'Neil-Smith", "Cd", "Jones", "J", "Ng"}));
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_TRUE(tokens[4].initial && tokens[4].dot);
  EXPECT_EQ(tokens.Lower(tokens[1]), "o'neil-smith");
}

// A capital is found at every position against the eight-byte steps of the scan, and bytes
// that only look like capitals once their high bit is dropped (the lead byte 0xC3 of "á" would
// be a 'C') are not taken for one.
TEST(NameTokensTest, CapitalsAtEveryOffset) {
  NameFinder finder;
  for (size_t at = 0; at < 20; ++at) {
    const std::string text = std::string(at, 'x') + " Pike \xC3\xA1\xC3\xBA z[@`{";
    NameTokens tokens = finder.Tokenize(text);
    SCOPED_TRACE(at);
    ASSERT_EQ(tokens.size(), 1u);
    EXPECT_EQ(tokens[0].begin, at + 1);
    EXPECT_EQ(tokens[0].end, at + 5);
  }
}

// Accented capitals open words and count as capitals; words fold to lower case with their
// accents ("HORVÁTH" and "Horváth" are one word), at the same byte offsets.
TEST(NameTokensTest, AccentedLettersHaveCase) {
  NameFinder finder;
  const std::string text = "HORVÁTH, Ciarán met Ó, Ceallaigh and ŁUKASZ Żak; café Él";
  NameTokens tokens = finder.Tokenize(text);
  std::vector<std::string> words, lower;
  for (size_t i = 0; i < tokens.size(); ++i) {
    words.emplace_back(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
    lower.emplace_back(tokens.Lower(tokens[i]));
  }
  EXPECT_EQ(words, (std::vector<std::string>{"HORVÁTH", "Ciarán", "Ó", "Ceallaigh", "ŁUKASZ", "Żak", "Él"}));
  EXPECT_EQ(lower, (std::vector<std::string>{"horváth", "ciarán", "ó", "ceallaigh", "łukasz", "żak", "él"}));
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_TRUE(tokens[0].caps);
  EXPECT_TRUE(tokens[1].cap);
  EXPECT_TRUE(tokens[2].initial);
  EXPECT_TRUE(tokens[4].caps);
  EXPECT_TRUE(tokens[6].cap);
}

// A capitalised surname particle joins the word after it, in any case, so that the patterns see
// one surname ("Niamh VAN DER BERG", "Ó Súilleabháin"); a particle before a lower-case word or
// alone stays a word of its own.
TEST(NameTokensTest, CapitalisedParticlesJoinTheirSurname) {
  NameFinder finder;
  const std::string text = "Niamh VAN DER BERG met Ó Súilleabháin, Stuart De la Cruz and Van. De facto.";
  NameTokens tokens = finder.Tokenize(text);
  std::vector<std::string> words;
  for (size_t i = 0; i < tokens.size(); ++i) words.emplace_back(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
  EXPECT_EQ(words, (std::vector<std::string>{"Niamh", "VAN DER BERG", "Ó Súilleabháin", "Stuart", "De la Cruz", "Van", "De"}));
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_TRUE(tokens[1].caps);
  EXPECT_TRUE(tokens[2].cap && !tokens[2].initial);
  EXPECT_EQ(tokens.Lower(tokens[4]), "de la cruz");
}

// A subject whose surname has capitalised particles is the subject however the particles are
// written; another person with such a surname is found whole.
TEST(NamesSubjectTest, SurnamesWithCapitalisedParticles) {
  const std::string text = "Name: DE LA CRUZ, Leroy\nLeroy De La Cruz attended. Mr De la Cruz signed. Visitor Niamh VAN DER BERG.";
  EXPECT_EQ(NamesFor("Leroy De La Cruz", {}, text), std::vector<std::string>{"Niamh VAN DER BERG"});
}

// A lower-case word between two capitalised ones keeps them apart; one between a title and a
// name stops the title applying.
TEST_F(NamesTest, LowerCaseWordsStillSeparateCapitals) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Visit from Mr and Jade Pike today."), V{"Jade Pike"});
  EXPECT_EQ(Find("Seen by Mr Okafor and Ms Hale."), (V{"Okafor", "Hale"}));
}

// A teknonym alias ("Mai Nyasha", mother of Nyasha) is the subject's whole, and the child's
// name alone is the child's.
TEST(NamesTeknonymTest, AChildsNameInTheSubjectsTeknonymIsTheChilds) {
  using V = std::vector<std::string>;
  const std::string text =
      "He sent messages calling her \"Mai Nyasha\" in a mocking way.\n"
      "Children: Nyasha MOYO (born 3 September 2014). Nyasha is in Year 4.\n";
  EXPECT_EQ(NamesFor("Tendai Rutendo MOYO", {"Mai Nyasha"}, text), (V{"Nyasha MOYO", "Nyasha"}));
}

// Table cells: initials alone with their dots under a staff column are a name (the subject's own
// are kept); "/" parts two people in one cell, and a note in brackets after a name is none; a
// remittance's "Receiver" is a person.
TEST_F(NamesTest, InitialsCellsSharedCellsAndReceivers) {
  using V = std::vector<std::string>;
  EXPECT_EQ(NamesFor("Yonas Tesfay GEBREMEDHIN", {},
                     "Item                       Resident initials   Staff initials\n"
                     "House rules and curfew     Y.T.G.              M.O.\n"),
            V{"M.O"});
  EXPECT_EQ(NamesFor("Yonas Tesfay GEBREMEDHIN", {}, "Date        Initials\n12/03/2024  Y.T.G.\n13/03/2024  M.O.\n"),
            V{"M.O"});
  EXPECT_EQ(Find("Action                           Who                   By\n"
                 "Letter from church - venue       Jamal / E. MACKINNON  04/04/2024\n"
                 "Move-on referral                 Marcus OYELARAN (AP)  11/04/2024\n"),
            (V{"E. MACKINNON", "Marcus OYELARAN"}));
  EXPECT_EQ(Find("Ref       Sender           Receiver           Payout\n"
                 "PX-88120  KOWALSKI J       BAUTISTA JEROME D  Lipa City\n"),
            V{"BAUTISTA JEROME D"});
}

// A street after its house number, a unit or firm named by the word after it, and public
// services are no one.
TEST_F(NamesTest, StreetsUnitsFirmsAndServicesAreNoOne) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Action          Who\nVisit           Beech unit staff\nTeaching        Cadence Learning Ltd\n"), V{});
  EXPECT_EQ(Find("Exported: 12/02/2024 by Border Force. Referred to Cafcass.\n"), V{});
}

// One unknown word is a name after a role's colon when brackets follow it ("Victim: Senait
// (...)"), and as a list's item that brackets call a third party ("- Luwam (daughter)"); a list's
// item the brackets do not call so is none ("- Probation (see note)").
TEST_F(NamesTest, OneWordNamesAfterARoleOrAsAListItem) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Victim: Senait (full details held on the VLO file only)\n"), V{"Senait"});
  EXPECT_EQ(Find("MUST NOT CONTACT\n- Senait (victim of index offence) - no contact.\n- Luwam (daughter) - via social "
                 "worker.\n- Probation (see note)\n"),
            (V{"Senait", "Luwam"}));
}

// A chat line's writer in lower case, emoji and all, is a name and is found again in the bundle
// ("tope 🌸:"); the subject's own handle is not, nor a label ("mum:").
TEST_F(NamesTest, LowerCaseChatWriters) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("[02/07/2023 21:15] tope \U0001F338: ye just got back from church\n"
                 "[02/07/2023 21:15] jamal: ok\n"
                 "[02/07/2023 21:16] mum: come home\n"),
            V{"tope"});
  // A user name of words joined by '.', '_' or a space, with digits after, is one too, unless
  // every word is the subject's (Jamal Kowalski).
  EXPECT_EQ(Find("[20/09/2024 22:16] rafa.oli: he was at the arms earlier\n"
                 "[21/09/2024 10:02] jamal alves: bom dia\n"
                 "[21/09/2024 10:03] jamal_95: ok\n"
                 "[21/09/2024 10:04] lari_95: ok\n"),
            (V{"rafa.oli", "jamal alves", "lari_95"}));
}

// A table cell that ends in a job or team word in lower case is a post ("Cadence Learning tutor",
// "Beech unit staff"); "Staff Nurse", "Work line" and a "(SURNAME, forenames)" header hold no name.
TEST_F(NamesTest, PostsAndLabelsInCellsAreNoNames) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Provision                    Who                           How often\n"
                 "Small-group literacy         Cadence Learning tutor        Weekly\n"
                 "Visual timetable on unit     Beech unit staff              Daily\n"
                 "Key adult check-in           Gethin PRYCE                  Weekly\n"),
            V{"Gethin PRYCE"});
  EXPECT_EQ(Find("Admitting nurse: Staff Nurse Chinedu OKONKWO\n"), V{"Chinedu OKONKWO"});
  EXPECT_EQ(Find("No.  Passenger (SURNAME, forenames)  Flight\n031  PIKE, Ann                       SK419\n"),
            V{"PIKE, Ann"});
}

// A priest's title ("Abba Tekle") and a secretary's role ("Secretary: Pam (...)") name people.
TEST_F(NamesTest, PriestsAndSecretaries) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("The priest, Abba Tekle, is willing to write a letter.\n"), V{"Tekle"});
  EXPECT_EQ(Find("Consultant: Dr Nilufar CHOWDHURY      Secretary: Pam (ext. via switchboard)\n"),
            (V{"Nilufar CHOWDHURY", "Pam"}));
}

// A kunya alias ("Abu Yazan") is the subject's whole, even where the son's name is found again;
// one letter alone in a cell ("Y") is no one; a heading in capitals has no name after its role
// words, a form in capitals keeps the one after its colon; firms' words are no names; fields side
// by side ("Name: ...   Relationship: wife") head no table.
TEST_F(NamesTest, KunyasLettersHeadingsFirmsAndFields) {
  using V = std::vector<std::string>;
  EXPECT_EQ(NamesFor("Mahmoud Khaled AL-HAMWI", {"Abu Yazan"},
                     "His son Yazan is in Turkey.\nAppellant: Mahmoud Khaled AL-HAMWI (Abu Yazan)   Judge: Hollingsworth\n"),
            (V{"Yazan", "Hollingsworth"}));
  EXPECT_EQ(Find("Field         Entry                                   Checked\n"
                 "Forenames     Ann                                     Y\n"
                 "Recall type   Standard (28 day), emergency request    Y\n"),
            V{});
  EXPECT_EQ(Find("HOME OFFICE PRESENTING OFFICER - POST-HEARING REVIEW NOTE\n"), V{});
  EXPECT_EQ(Find("CHILD REMANDED TO LOCAL AUTHORITY ACCOMMODATION (LASPO s.92)\n"), V{});
  EXPECT_EQ(Find("CONTRIBUTION TO FUNERAL COSTS\nVISITOR: ANN PIKE\n"), V{"ANN PIKE"});
  EXPECT_EQ(Find("A tenancy offered by Ashgrove Homes; labourer with Northline Groundworks.\n"), V{});
  EXPECT_EQ(Find("  Name: Heledd Wyn PRICE     Relationship: wife\n  Result: No trace on PNC.\n"), V{"Heledd Wyn PRICE"});
}

// A judge by title ("District Judge Harcourt"), a room-mate, and one who gave a name.
TEST_F(NamesTest, JudgesRoomMatesAndGivenNames) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Bench: District Judge Harcourt. Room-mate Zabiullah (Afghan) complains of snoring.\n"),
            (V{"Harcourt", "Zabiullah"}));
  EXPECT_EQ(Find("A man who gave his name as Raj came into the cafe.\n"), V{"Raj"});
  // A night worker is staff, and so is the same name signing below (scanned: "w0rker", "D0BBS").
  const std::string log = "Night w0rker: K. D0BBS     Waking night: Femi ADEKOYA\nSigned: K. Dobbs\n";
  EXPECT_EQ(Parties(detector_->Detect(log, subject_)), (V{"staff", "staff", "staff"}));
}

// A rota's leave codes closing its lines ("AL") are no one's initials.
TEST_F(NamesTest, RotaCodesAreNoInitials) {
  EXPECT_EQ(Find("Rota for the week of 05/02/2024 at the home\n"
                 "CHAN, Cherry            Carer         AL   AL   AL   AL   AL\n"
                 "IONESCU, Bogdan         Carer         E    E    AL   AL   AL\n"),
            (std::vector<std::string>{"CHAN, Cherry", "IONESCU, Bogdan"}));
}

TEST(TablesTest, EachSeparatorKindAndDigitsInTheHeader) {
  const std::string tabs = "Name\tDOB\nJade Pike\t03/04/1990\n";
  EXPECT_EQ(TableMap::Build(tabs).HeaderAt(tabs.find("03/04")), "dob");
  const std::string spaces = "Visitor    Relationship\nJade Pike  Sister\n";
  EXPECT_EQ(TableMap::Build(spaces).HeaderAt(spaces.find("Jade")), "visitor");
  // A line with a digit is not a header, but for one cell of words with a digit in a wide
  // header, past its first two cells.
  const std::string digits = "Cell 4 | Wing\nJade Pike | B\n";
  EXPECT_EQ(TableMap::Build(digits).HeaderAt(digits.find("Jade")), "");
  const std::string wide =
      "No.      Name              Station              Mon  Tue  L2 Food Hygiene\n"
      "F3390WE  LOVERIDGE J.      Pot wash             -    AM   No - suspended\n";
  EXPECT_EQ(TableMap::Build(wide).HeaderAt(wide.find("LOVERIDGE")), "name");
  const std::string row =
      "F3390WE  LOVERIDGE J.  Pot wash  AM  L2 Food Hygiene\nF6618RD  AL-HASHIMI B.  Halal prep  AM  Yes\n";
  EXPECT_EQ(TableMap::Build(row).HeaderAt(row.find("AL-HASHIMI")), "");
  // Prose with single spaces has no table.
  const std::string prose = "The wing staff completed the check.\nNothing was found.\n";
  EXPECT_TRUE(TableMap::Build(prose).empty());
}

// Each kind of separator is found wherever it falls against the sixteen-byte steps of the
// scan, two spaces split across two steps included.
TEST(TablesTest, SeparatorsAtEveryOffset) {
  for (const std::string sep : {"  ", "\t", " | "}) {
    for (size_t pad = 0; pad < 40; ++pad) {
      const std::string text = std::string(pad, 'x') + "\nVisitor" + sep + "Relationship\nJade Pike" + sep + "Sister\n";
      SCOPED_TRACE(std::to_string(pad) + " '" + sep + "'");
      EXPECT_EQ(TableMap::Build(text).HeaderAt(text.find("Sister")), "relationship");
    }
  }
}

// A form's labels and values side by side open no table, whatever the labels ("Preferred name",
// "Location"), and a line that opens with a person's title heads no column.
TEST(TablesTest, FormLabelsAndTitledNamesAreNoHeaders) {
  const std::string form =
      "Surname         OKONKWO                 Forename(s)      Adaeze Ngozi\n"
      "DOB             14-JUN-1991             NHS number       9994821636\n"
      "Location        HMP Ravensmoor          Prison no.       A7316FK\n"
      "Preferred name  Ada                     Language         English\n";
  EXPECT_EQ(TableMap::Build(form).HeaderAt(form.find("Location")), "");
  const std::string present =
      "Dr Eilidh MacAoidh        Responsible clinician (chair)\n"
      "Mhairi NicLeod            Primary nurse\n"
      "Jomar Bautista            Staff nurse\n";
  EXPECT_EQ(TableMap::Build(present).HeaderAt(present.find("Primary")), "");
  // A header of words is still one.
  const std::string table = "Name                      Role\nMhairi NicLeod            Primary nurse\n";
  EXPECT_EQ(TableMap::Build(table).HeaderAt(table.find("Primary")), "role");
}

// Fields side by side ("Name: ...   Relationship: wife") head no table.
TEST(TablesTest, FieldsSideBySideAreNoHeader) {
  const std::string text = "  Name: Heledd Wyn PRICE     Relationship: wife\n  Result   No trace\n";
  EXPECT_EQ(TableMap::Build(text).HeaderAt(text.find("Result")), "");
}

TEST(TablesTest, CellsMapToTheirColumnHeader) {
  const std::string text = "Name | Relationship | DOB\nJade Pike | Sister | 03/04/1990\n\nDate: 01/02/2024\n";
  TableMap t = TableMap::Build(text);
  EXPECT_EQ(t.HeaderAt(text.find("03/04")), "dob");
  EXPECT_EQ(t.HeaderAt(text.find("Jade")), "name");
  EXPECT_EQ(t.HeaderAt(text.find("01/02/2024")), "");
}

// An initial and surname before a grade ("- G. Pryce, OSG"), a signature over its job title, and
// "VLO:" are staff; a heading in capitals over a label line is no name; an account "holder" is
// a third party.
TEST_F(NamesTest, GradesSignaturesAndHolders) {
  using V = std::vector<std::string>;
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, "Cell search B-2-014. Nothing found.   - G. Pryce, OSG\n"), "staff");
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, "\nTariq Dhillon\nProbation Officer, Quernby Probation Delivery Unit\n"),
            "staff");
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, "Victim Contact Scheme. VLO: Chiamaka Oyelaran, 0161 496 0300.\n"), "staff");
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, "  A3 lhuang76@example.co.uk - holder Li Na Huang\n"), "third_party");
  const std::string review = "Analyst: Anjali Quarrie   Reviewed: Z. Celik (Security)\n";
  auto f = detector_->Detect(review, subject_);
  EXPECT_EQ(Names(f, review), (V{"Anjali Quarrie", "Z. Celik"}));
  EXPECT_EQ(Parties(f), (V{"staff", "staff"}));
  EXPECT_EQ(Find("Cian passes phone to unknown male called 'Yusuf'. Three-way call suspected."), V{"Yusuf"});
  EXPECT_EQ(Find("APPROVED PREMISES REFERRAL\nReferring practitioner: Jade Mistry  (jade.mistry@probation.example.cjsm.net)\n"),
            V{"Jade Mistry"});
}

// Court lists and system footers: magistrates ("JP"), the usher and legal adviser are staff; a
// cell ends at " |"; a child named after its role has a date of birth after it; an official
// e-mail address in brackets after a title-case "Surname, Forename" makes it a staff name.
TEST_F(NamesTest, CourtListsFootersAndChildren) {
  using V = std::vector<std::string>;
  const std::string bench = "Bench: Fraser Rennie JP (chair)   Usher: Winston\n";
  auto f = detector_->Detect(bench, subject_);
  ASSERT_EQ(Names(f, bench), (V{"Fraser Rennie", "Winston"}));
  EXPECT_EQ(f[0].party, "staff");
  EXPECT_EQ(f[1].party, "staff");
  EXPECT_EQ(Find("| 4 | 41011969349 | CHEUNG, Li Na | 18/05/1993 | Thistlecombe |\n"), V{"CHEUNG, Li Na"});
  EXPECT_EQ(Find("The child Paulette (born 23 August 2012) lives there too."), V{"Paulette"});
  const std::string footer = "-- Printed from NOMIS by Egal, Mahad (mahad.egal@justice.example.gov.uk) on 11/11/2022 --\n";
  f = detector_->Detect(footer, subject_);
  ASSERT_EQ(Names(f, footer), V{"Egal, Mahad"});
  EXPECT_EQ(f[0].party, "staff");
}

// Title-case "Surname, Forename" is a name where money moves from or to it, not after a
// prisoner's transfer between places.
TEST_F(NamesTest, TheOtherPartyOfAMoneyTransfer) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("| 03/05/2024 | Bank transfer in (Faster Payment) from Keogh, Grainne | 40.00 |"), V{"Keogh, Grainne"});
  EXPECT_EQ(Find("Payment sent to Rennie, Kirsty for the phone."), V{"Rennie, Kirsty"});
  EXPECT_TRUE(Find("He was transferred from Ashmere, Kestwick last week.").empty());
}

// An empty cell between pipes or tabs keeps its column's place.
TEST(TablesTest, EmptyCellsBetweenPipesAndTabsKeepTheirPlace) {
  const std::string pipes = "| Date | Camera | Location | VRM read |\n| 10/08/2024 | QN-0412 | | YO21TGV |\n";
  EXPECT_EQ(TableMap::Build(pipes).HeaderAt(pipes.find("YO21TGV")), "vrm read");
  const std::string tabs = "Date\tCamera\tLocation\tVRM read\n10/08/2024\tQN-0412\t\tYO21TGV\n";
  EXPECT_EQ(TableMap::Build(tabs).HeaderAt(tabs.find("YO21TGV")), "vrm read");
}

// A row of a table bordered with pipes that runs on to the next line ("Wexha-" / "mpton YX14 2DP
// |") keeps the table going: the rest goes under the row's last column, and the rows below
// keep their headers. In a table without borders a line not opening with a pipe is a new row.
TEST(TablesTest, ARowWrappedOntoTheNextLine) {
  const std::string bordered =
      "| Name | Relationship | Date of birth | Address |\n"
      "| ONUR KARA | Friend | 16/08/83 | 100 Heronsgate Walk, Wexha-\n"
      "mpton YX14 2DP |\n"
      "| Isla KINNAIRD | Aunt | 13/03/60 | 51 Heronsgate Avenue |\n";
  const TableMap map = TableMap::Build(bordered);
  EXPECT_EQ(map.HeaderAt(bordered.find("mpton")), "address");
  EXPECT_EQ(map.HeaderAt(bordered.find("13/03/60")), "date of birth");
  const std::string open = "Name | Relationship | DOB\nAnn Pike | Friend | 10/3/1970\nDean Foxley | Aunt | 21/02/80\n";
  EXPECT_EQ(TableMap::Build(open).HeaderAt(open.find("21/02/80")), "dob");
}

// A later part of a pipe table under a caption and no header ("Remand/warrant list") goes on
// under the header above when its cells hold digits where the last row's did; rows of other
// kinds under a caption start no part of it.
TEST(TablesTest, APartUnderACaptionKeepsTheHeaderAbove) {
  const std::string list =
      "| No | Case no | Defendant | Date of birth | Town |\n"
      "| 1 | 41006132121 | MCKENZIE, Desmond | 10/02/1984 | Thistlecombe |\n"
      "\n"
      "Remand/warrant list\n"
      "| W1 | 41012711633 | MENSAH, Chiamaka | 25/09/2005 |\n"
      "\n"
      "Visits\n"
      "| 18/07/2020 | 14:00 | R. Begum | cancelled |\n";
  const TableMap map = TableMap::Build(list);
  EXPECT_EQ(map.HeaderAt(list.find("25/09/2005")), "date of birth");
  EXPECT_EQ(map.HeaderAt(list.find("18/07/2020")), "");
  EXPECT_EQ(map.HeaderAt(list.find("R. Begum")), "");
}

// In a layout of spaces, a ragged row (a continuation line, an empty cell) keeps the table
// going, and its cells go under the column each starts in; a line of prose ends it.
TEST(TablesTest, RaggedRowsOfALayoutMapByPosition) {
  const std::string text =
      "Date        Visitor            Rel.     DOB\n"
      "01/11/2023  Jade Pike          sister   10/10/1979\n"
      "            + Ann Pike         niece    22/06/2013\n"
      "02/11/2023  Tom Hale                    05/05/1941\n"
      "Notes: seen 03/12/2023 at the gate, no issues at all.\n";
  TableMap t = TableMap::Build(text);
  EXPECT_EQ(t.HeaderAt(text.find("22/06/2013")), "dob");
  EXPECT_EQ(t.HeaderAt(text.find("Ann Pike")), "visitor");
  EXPECT_EQ(t.HeaderAt(text.find("05/05/1941")), "dob");
  EXPECT_EQ(t.HeaderAt(text.find("03/12/2023")), "");
}

TEST(DetectorTableTest, DateOfBirthUnderAColumnHeader) {
  auto d = Detector::Load({});
  ASSERT_TRUE(d.ok());
  const std::string text =
      "Visitor name\tRelationship\tDate of Birth\tTel\nJade Pike\tSister\t03/04/1990\t07700 900123\n"
      "Visit date | Time\n12/05/2024 | 14:00\n";
  bool dob = false, visit = false;
  for (const Finding& f : (*d)->Detect(text, SubjectProfile{})) {
    if (f.category == "date_of_birth" && f.begin == text.find("03/04/1990")) dob = true;
    if (f.begin == text.find("12/05/2024")) visit = true;
  }
  EXPECT_TRUE(dob);
  EXPECT_FALSE(visit);
}

// A cue word in the header row is not context for the row below: under "Date", a visit date
// is not a date of birth though "DOB" heads the next column but one.
TEST(DetectorTableTest, HeaderRowWordsAreNotCuesForOtherColumns) {
  auto d = Detector::Load({});
  ASSERT_TRUE(d.ok());
  const std::string text =
      "Date        Time   Visitor     DOB          ID produced\n"
      "01/11/2023  14:00  Ann Pike    10.10.1979   Passport 566897812\n";
  std::vector<std::string> dobs, passports;
  for (const Finding& f : (*d)->Detect(text, SubjectProfile{})) {
    if (f.category == "date_of_birth") dobs.push_back(text.substr(f.begin, f.end - f.begin));
    if (f.category == "passport") passports.push_back(text.substr(f.begin, f.end - f.begin));
  }
  EXPECT_EQ(dobs, std::vector<std::string>{"10.10.1979"});
  EXPECT_EQ(passports, std::vector<std::string>{"566897812"});
}

TEST(DetectorJoinTest, IdentifierSplitOverALineBreak) {
  auto d = Detector::Load({});
  ASSERT_TRUE(d.ok());
  const std::string text = "NI number: AB 12 34\n56 C and mobile 07700\n900123.";
  std::vector<std::string> cats;
  for (const Finding& f : (*d)->Detect(text, SubjectProfile{})) cats.emplace_back(f.category);
  EXPECT_NE(std::find(cats.begin(), cats.end(), "ni_number"), cats.end());
  EXPECT_NE(std::find(cats.begin(), cats.end(), "phone"), cats.end());
}

TEST(PublicBodiesTest, ListedHelplinesAreKept) {
  auto d = Detector::Load({});
  ASSERT_TRUE(d.ok());
  const std::string text = "Call the ICO on 0303 123 1113 or her mobile 07700 900123.";
  auto findings = (*d)->Detect(text, SubjectProfile{});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].begin, text.find("07700"));
}

TEST(PublicBodiesTest, ADeploymentsOwnListAddsToTheBuiltInOne) {
  const std::string path = (std::filesystem::path(::testing::TempDir()) / "own-bodies.yaml").string();
  {
    std::ofstream out(path);
    out << "version: 1\nbodies:\n  - name: HMP Example\n    phones: ['01632 960111']\n"
           "    addresses: ['Unit 4 Axis Park']\n";
  }
  RulesOptions options;
  options.public_bodies_path = path;
  auto d = Detector::Load(options);
  ASSERT_TRUE(d.ok()) << d.error().message;
  const std::string text = "Call the ICO on 0303 123 1113, the prison on 01632 960111 or her mobile 07700 900123.";
  auto findings = (*d)->Detect(text, SubjectProfile{});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].begin, text.find("07700"));
  // A listed address is kept with its town after it, not another on the same street.
  const std::string letterhead = "Electronic Monitoring Service\nUnit 4 Axis Park, Holmford\nAlso seen at 6 Axis Park, Holmford\n";
  findings = (*d)->Detect(letterhead, SubjectProfile{});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(letterhead.substr(findings[0].begin, findings[0].end - findings[0].begin), "6 Axis Park, Holmford");
}

// An establishment's published contacts are known from their wording, with no list: a service
// label before them on the line, an establishment's name before an address, or a functional
// mailbox at an official domain. A mobile, a person's mailbox and what follows a sentence end
// are still found.
TEST(PublicBodiesTest, EstablishmentContactsByTheirWording) {
  auto d = Detector::Load({});
  ASSERT_TRUE(d.ok());
  const std::string text =
      "Establishment switchboard: 0191 498 0846   28 Saltmarsh Street, Ravensholt RV26 5BJ\n"
      "[Envelope: addressed to K. BEGUM, HMP Gadsby, 26 Millrace Road, Kestwick KM6 8EF.]\n"
      "To: Public Protection Unit <ppu@netherbyvale.police.example.cjsm.net>\n"
      "Listing office: 07700 900729\n"
      "Switchboard: 01632 960210 | Direct: 01632 960695\n"
      "Visitors' centre: 40 Foundry Lane. Jade Pike lives at 14 Furnace Lane, Ashmere SX13 6PD\n"
      "Cc: Reece Okoro <reece.okoro@netherbyvale.police.example.cjsm.net>\n";
  std::vector<std::string> found;
  for (const Finding& f : (*d)->Detect(text, SubjectProfile{})) {
    if (f.category != "name") found.emplace_back(text.substr(f.begin, f.end - f.begin));
  }
  EXPECT_EQ(found, (std::vector<std::string>{"07700 900729", "01632 960695", "14 Furnace Lane, Ashmere", "SX13 6PD",
                                             "reece.okoro@netherbyvale.police.example.cjsm.net"}));
}

// An establishment's letterhead or a signature's unit line above address lines makes them its
// published address; a phone only under a letterhead that opens the page (in a signature the
// "Tel:" is the writer's own line). A person's line between, or a blank line, ends the block.
TEST(PublicBodiesTest, AddressesUnderAnEstablishmentsHeading) {
  auto d = Detector::Load({});
  ASSERT_TRUE(d.ok());
  auto values = [&](const std::string& text) {
    std::vector<std::string> found;
    for (const Finding& f : (*d)->Detect(text, SubjectProfile{})) {
      if (f.category != "name") found.emplace_back(text.substr(f.begin, f.end - f.begin));
    }
    return found;
  };
  EXPECT_TRUE(values("HMP Brindlecombe\n28 Saltmarsh Street\nRavensholt\nRV26 5BJ\nTel: 0191 498 0846\n").empty());
  EXPECT_TRUE(values("BRINDLECOMBE CROWN COURT  -  RECORD OF HEARING\n21 Millrace Road, Brindlecombe JR4 1PD\n").empty());
  EXPECT_EQ(values("Regards,\nProbation Officer | Netherby Vale Probation Delivery Unit\n"
                   "6 Ferrier Road, Netherby Vale NY8 3UU\nTel: 028 9649 6765\n"),
            std::vector<std::string>{"028 9649 6765"});
  EXPECT_EQ(values("HMP Brindlecombe\nPrisoner: Ann Pike\n28 Saltmarsh Street\n"),
            std::vector<std::string>{"28 Saltmarsh Street"});
  EXPECT_EQ(values("HMP Brindlecombe\n\n28 Saltmarsh Street\n"), std::vector<std::string>{"28 Saltmarsh Street"});
  EXPECT_EQ(values("HMP Brindlecombe\nHome address: 28 Saltmarsh Street\n"), std::vector<std::string>{"28 Saltmarsh Street"});
}

TEST(PublicBodiesTest, AnUnreadableDeploymentListStopsStartUp) {
  RulesOptions options;
  options.public_bodies_path = "/nonexistent/own-bodies.yaml";
  auto d = Detector::Load(options);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.error().message.find("own-bodies.yaml"), std::string::npos);
}

// Initials closing a log entry's line are its writer's, on a page where two lines or more close
// so; a known abbreviation is not, nor one closing line alone. A "Chk" column holds who checked.
TEST_F(NamesTest, InitialsClosingLogEntries) {
  using V = std::vector<std::string>;
  const std::string log =
      "16/01/2025  Book returned damaged; replacement charge waived. GT\n"
      "29/01/2025  Storybook Mums session booked for the afternoon. RO\n"
      "30/01/2025  Seen by the GP about the rash on her arm. OK\n";
  EXPECT_EQ(Find(log), (V{"GT", "RO"}));
  for (const Finding& f : detector_->Detect(log, subject_)) {
    EXPECT_EQ(f.party, "staff");
  }
  EXPECT_TRUE(Find("16/01/2025  Book returned damaged; replacement charge waived. GT\n").empty());
  EXPECT_EQ(Find("| Date | Item | Qty | Chk |\n|---|---|---|---|\n| 03/12/2024 | Sertraline | 28 | RD |\n"), V{"RD"});
}

// A named person's initials stand for them where a note puts a person: spelt out in brackets
// after the name, before what they do, after "by" or "with", or signing off. A rank, a term's
// letters, and initials that spell no one named are not.
TEST_F(NamesTest, InitialsOfSomeoneNamed) {
  using V = std::vector<std::string>;
  const std::string note =
      "Interviewer: Martin Oyelaran, SFO reviewer\n\nMO asked Ms Arkwright about contact.\n"
      "Assessor: Claire Pemberton (CP)\nReceived by: GW   Officer Gail Whitfield\n"
      "Reminded re appointment with MO on 13/03. Duty manager informed. GW\nForm received by GW 25/02. - MO\n";
  EXPECT_EQ(Find(note), (V{"Martin Oyelaran", "MO", "Arkwright", "Claire Pemberton", "CP", "GW", "Gail Whitfield",
                           "MO", "GW", "GW", "MO"}));
  for (const Finding& f : detector_->Detect(note, subject_)) {
    if (f.end - f.begin == 2) {
      EXPECT_EQ(f.party, "staff") << note.substr(f.begin, 2);
    }
  }
  EXPECT_EQ(Find("Social worker Claire Pemberton.\nA Child Protection (CP) plan is in place. CP to continue.\n"
                 "DC Dean Carter attended; DC to review. Ruth Hughes (PA) was present.\n"),
            (V{"Claire Pemberton", "Dean Carter", "Ruth Hughes"}));
  // The subject's own initials are theirs.
  EXPECT_EQ(NamesFor("Tomasz Nowak", {}, "Probation officer Tanya Newton.\nTN asked about work."),
            V{"Tanya Newton"});
  // An action's owner after a dash closing its line; staff unless the bundle says otherwise.
  const std::string actions = "cc: Karen Foulkes\nActions\n1. Interview to be arranged - KF\n2. Rebook visit - KF\n";
  EXPECT_EQ(Find(actions), (V{"Karen Foulkes", "KF", "KF"}));
  for (const Finding& f : detector_->Detect(actions, subject_)) {
    if (f.end - f.begin == 2) {
      EXPECT_EQ(f.party, "staff");
    }
  }
}

// Families by their surname in the plural, people whose kin the text speaks of, and a custodial
// manager by surname alone.
TEST_F(NamesTest, FamiliesKinAndManagers) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Mr Mehmet ASLAN and Mr Baran DEMIR met. The trouble between the Aslans and the Demirs began in\n"
                 "2019. The Demirs' shop is shut.\n"),
            (V{"Mehmet ASLAN", "Baran DEMIR", "Aslans", "Demirs", "Demirs"}));
  EXPECT_EQ(NamesFor("Adwoa BOATENG", {}, "Mr Yaw ASARE rang. Kojo and Ama are ASAREs, and the Boatengs agree.\n"),
            (V{"Yaw ASARE", "ASAREs", "Boatengs"}));
  EXPECT_EQ(Find("I know that Kenny's mother is still here. The pupil is Tyler's younger brother. Tyler said no.\n"),
            (V{"Kenny", "Tyler", "Tyler"}));
  EXPECT_TRUE(Find("Infant's father: see page 2. The Councils agree. Then the Rotas.\n").empty());
  const std::string managed = "I have asked Custodial Manager DUNMORE to correct the record.\n";
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, managed), "staff");
  // (A shop's manager is not staff.)
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, "Kettleby Hospice Shop - manager Lorraine HEWSON, 0141 496 0581\n"),
            "third_party");
}

// The subject's forenames' initials run together are theirs ("MC Reyes Dela Cruz"); a notice's
// heading, a carer's label and ranks written out are no names.
TEST_F(NamesTest, JoinedInitialsAndHeadingWords) {
  EXPECT_TRUE(NamesFor("Maria Cristina Reyes DELA CRUZ", {}, "Account name:       MC Reyes Dela Cruz\n").empty());
  EXPECT_EQ(NamesFor("Maria Cristina Reyes DELA CRUZ", {}, "Account name:       Rodel Reyes Dela Cruz\n"),
            std::vector<std::string>{"Rodel Reyes Dela Cruz"});
  EXPECT_TRUE(Find("HOLMES 2 - NOMINAL INDEX      Account KESTREL      TIE REPORT | N14 | Final SWET\n"
                   "HOME   Flat 3, Fenmarsh Road     03/2008     Y     SYSTEM\n").empty());
  EXPECT_EQ(Find("Arrest Ryan CALLOW at 06:10. Friend (GURDWARA): BAINS, Sukhwinder Kaur\n"),
            (std::vector<std::string>{"Ryan CALLOW", "BAINS, Sukhwinder Kaur"}));
  EXPECT_TRUE(Find("Ref NP/HB/25/004417 (restricted)              THREAT TO LIFE WARNING - page 2\n"
                   "Carer filling in form: see below. The PCSO who came round said the Inspector knew.\n")
                  .empty());
}

// "SURNAME, Forename Middle" takes a middle name the gazetteer has as a surname, or one that ends
// its clause; not a ward after a post.
TEST_F(NamesTest, SurnameCommaForenameAndMiddleName) {
  using V = std::vector<std::string>;
  EXPECT_EQ(NamesFor("Mohamed Osman Abdelrahman IBRAHIM", {},
                     "Supporters checked on PNC: ABDELRAHMAN, Ahmed Osman - nil; ELAMIN, Fatima Hassan - nil.\n"
                     "UPDATE  contact 3 GREWAL, Navdeep Kaur restricted\n"),
            (V{"ABDELRAHMAN, Ahmed Osman", "ELAMIN, Fatima Hassan", "GREWAL, Navdeep Kaur"}));
  EXPECT_TRUE(Find("Responsible Clinician, Hawthorn Ward (hawthorn.ward@larchfield.nhs.example.uk)\n").empty());
}

// A system's user ID made of a named person's initial and surname, either way round, is theirs
// ("twisniewski", "GTHORNLEY1", "THORNLEYG"), staff's unless the bundle said otherwise; one of
// another initial, an e-mail's local part and a word in mixed case are not.
TEST_F(NamesTest, UserIdsOfNamedPeople) {
  using V = std::vector<std::string>;
  const std::string audit =
      "Run by: Probation officer Tomasz Wisniewski and Officer Gail Thornley.\n"
      "2023-01-09 10:02:44  twisniewski    UPDATE  Address\n2023-01-09 10:05:12  GTHORNLEY1     VIEW\n"
      "2023-01-09 10:07:00  kwisniewski    VIEW    (another user)\nMail twisniewski@example.org or Twisniewski.\n"
      "2023-01-09 10:09:30  THORNLEYG      VIEW\n";
  EXPECT_EQ(Find(audit), (V{"Tomasz Wisniewski", "Gail Thornley", "twisniewski", "GTHORNLEY1", "THORNLEYG"}));
  for (const Finding& f : detector_->Detect(audit, subject_)) {
    if (f.category == "name") {
      EXPECT_EQ(f.party, "staff") << audit.substr(f.begin, f.end - f.begin);
    }
  }
  // After the word "user" in a sentence too; a patient's escorts are staff.
  const std::string note = "Named nurse: Hope Ellison. Leave 1000-1500, escorts Hope Ellison and Chelsea Dunn.\n"
                           "I updated the record under my user ELLISONH3 today. RiO user ellisonh.\n";
  EXPECT_EQ(Find(note), (V{"Hope Ellison", "Hope Ellison", "Chelsea Dunn", "ELLISONH3", "ellisonh"}));
  for (const Finding& f : detector_->Detect(note, subject_)) {
    EXPECT_EQ(f.party, "staff") << note.substr(f.begin, f.end - f.begin);
  }
}

// A child the family court names by initials is a third party, wherever the bundle repeats them;
// a term's letters before other brackets are not.
TEST_F(NamesTest, AChildNamedByInitials) {
  using V = std::vector<std::string>;
  const std::vector<std::vector<std::string>> pages = NamesOnPagesFor(
      "Sorcha NI BHRAONAIN", {},
      {"Re AK (a child) - YB23C00417\nIN THE MATTER OF THE CHILDREN ACT 1989 AND AK (A GIRL)\n",
       "Case YB23C00417  Re AK   Court: Holmcastle\nThe LA (local authority) and the CP (child protection) plan.\n"});
  EXPECT_EQ(pages, (std::vector<V>{{"AK", "AK"}, {"AK"}}));
}

// A forename alone in brackets after a name is what that person is called; a country, a charity,
// a guardian's post and a bank form's labels are no names, and a physician is staff.
TEST_F(NamesTest, CalledNamesInBracketsAndWordsThatAreNoNames) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Baby's name:  Kathleen WARD  (Katie)      Mother: see below\nKatie was seen at home.\n"),
            (V{"Kathleen WARD", "Katie", "Katie"}));
  EXPECT_EQ(Find("He left school in Viet Nam. I explained the Red Cross route.\nGuardian: Lan NGUYEN\n"
                 "  Name(s) of account holder(s)         SZABO, Erzsebet\n  Bank/building society account number\n"),
            (V{"Lan NGUYEN", "SZABO, Erzsebet"}));
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, "He met Nadia Qorvell, Respiratory Physician, at the clinic.\n"),
            "staff");
}

// A nickname in quotes inside a name belongs to it; a district judge's title is a staff title.
TEST_F(NamesTest, NicknamesInsideNamesAndJudgesTitles) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("NOT authorised: Patrick \"Packie\" JOYCE (aunt's partner).\n"), V{"Patrick \"Packie\" JOYCE"});
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, "Court 3   DJ Harwood   13/05/2024\n"), "staff");
}

// Kin named by the subject's middle name and surname go by the middle name alone too, but the
// subject's whole name keeps it.
TEST_F(NamesTest, KinNamedByTheSubjectsMiddleNameGoByItAlone) {
  using V = std::vector<std::string>;
  const std::vector<std::vector<std::string>> pages = NamesOnPagesFor(
      "Arbër Besnik KRASNIQI", {"Arbi"},
      {"Present: Besnik KRASNIQI (father); Arbi (young person).\nThe interpreter was present for Besnik.\n",
       "Young person: Arbër Besnik KRASNIQI. Besnik works nights.\n"});
  EXPECT_EQ(pages, (std::vector<V>{{"Besnik KRASNIQI", "Besnik"}, {"Besnik"}}));
}

// A code a list gives a named person before '=' is theirs, and so are its uses in the rows; a
// short form in brackets after a name is remembered, and found alone later.
TEST_F(NamesTest, CodesAndShortFormsGivenANamedPerson) {
  using V = std::vector<std::string>;
  const std::string csv =
      "officer codes: TWI=Tomasz WISNIEWSKI; GRH=Gwen ROBERTS-HALE\n"
      "2023-01-09,10:00,OFFICE,TWI,attended\n2023-01-16,10:00,PHONE,GRH,attended\n"
      "6.1  Former associate Baxendale (Bax); no contact since 2008. Bax was named in 2007.\n";
  EXPECT_EQ(Find(csv),
            (V{"TWI", "Tomasz WISNIEWSKI", "GRH", "Gwen ROBERTS-HALE", "TWI", "GRH", "Baxendale", "Bax", "Bax"}));
  EXPECT_TRUE(Find("Ratio: A=B+C where TOTAL=Sum of rows.\n").empty());
}

// A post held for a charity, club or faith group makes no staff member, in a sentence or a list
// of those present; an NHS trust's post does.
TEST_F(NamesTest, PostsHeldForCharitiesAreNotStaff) {
  for (const std::string text : {"Community contact: Azad KAYA, chair, Hollinbrook Kurdish Community Centre.\n",
                                 "PRESENT\n  Rita LIMBU      -     Gurkha Welfare Hub caseworker, interpreter\n"}) {
    EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, text), "third_party") << text;
  }
  for (const std::string text : {"Community contact: Azad KAYA, chair, Ashgrove NHS Foundation Trust.\n",
                                 "PRESENT\n  Rita LIMBU      -     Youth Justice Service caseworker\n"}) {
    EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, text), "staff") << text;
  }
}

// A letter signed with one word under its closing; a relative's forenames inside a sentence and
// a surname's capitalised particle go with the name; "DI" before a surname is a rank, not a
// particle, unless a forename is before it.
TEST_F(NamesTest, SignaturesParticlesAndRanks) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Kind regards,\n\nPat\nWitness Service volunteer\n\nWith warm wishes,\n\nMargaret\n"),
            (V{"Pat", "Margaret"}));
  EXPECT_EQ(PartyOfOnlyName(*detector_, subject_, "Yours sincerely,\n\nTomasz\nProbation Officer\n"), "staff");
  EXPECT_TRUE(
      NamesFor("Maria Cristina DELA CRUZ", {"Tina"}, "Yours sincerely,\n\nTina\n\nRegards,\n\nMaria\n").empty());
  EXPECT_EQ(NamesFor("Aashish GURUNG", {}, "Namaste. My name is Tek Bahadur Gurung. I am 84 years old.\n"),
            V{"Tek Bahadur Gurung"});
  EXPECT_EQ(NamesFor("Maria Cristina DELA CRUZ", {}, "From:     Maria Luisa Dela Cruz <m.l@example.net>\n"),
            V{"Maria Luisa Dela Cruz"});
  EXPECT_EQ(Find("Prepared for the SIO (DI HOLLOWAY). Maria DI MARCO rang.\n"), (V{"HOLLOWAY", "Maria DI MARCO"}));
}

// Not names: languages, a probation delivery unit, a direct debit, a heading after a role word,
// and firms named after their partners, even when one partner's name is found elsewhere.
TEST_F(NamesTest, LanguagesUnitsAndFirmsAreNotNames) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("3  TAVARES, Rui   interpreter: Portuguese\n"), V{"TAVARES, Rui"});
  EXPECT_EQ(Find("Author: Rebecca Qorvell, Probation Officer, Bramwick PDU (01632 960300)\n"), V{"Rebecca Qorvell"});
  EXPECT_TRUE(Find("The balance will be collected by Direct Debit in three instalments.").empty());
  EXPECT_TRUE(Find("OFFICIAL-SENSITIVE\nVICTIM ISSUES\nThe victims were a shopkeeper.\n").empty());
  EXPECT_EQ(Find("sent to your solicitor, Ms Orla Qorvell of Qorvell Mulvey Family Law."), V{"Orla Qorvell"});
  EXPECT_EQ(Find("Solicitors: Qorvell & Lowe Solicitors, 5 Guild Street\nPresent: Ann Qorvell (solicitor)\n"),
            V{"Ann Qorvell"});
  // A street named by words a name could have ("Coinage Hall Street"), a grade after a name, a
  // police unit.
  EXPECT_TRUE(Find("Kernow Probation Delivery Unit, Coinage Hall Street, Porthkennack YK3 2PB\n").empty());
  EXPECT_TRUE(Find("MILLBECK CHILDREN'S SOCIAL CARE\nTown Hall, Westgate, Millbeck YH1 1TH\n").empty());
  EXPECT_EQ(Find("Name ............ Rachel QORVELL, Senior IDVA\n"), V{"Rachel QORVELL"});
  EXPECT_EQ(Find("Request ref: MLB-24-00318 (Millbeck CID, DC Tom QORVELL)\n"), V{"Tom QORVELL"});
  // A form laid out with dot leaders is no table: its next line's fields are not names.
  EXPECT_EQ(Find("PATIENT\nSurname ......... QORVELL       Forename(s) ... Jago\n"
                 "Known as ........ Jack          Sex ........... M\n"),
            V{"Jack"});
  // A safeguarding partnership's review and a parole report's form are no one.
  EXPECT_TRUE(Find("KELDERBY SAFEGUARDING CHILDREN PARTNERSHIP\nChild Safeguarding Practice Review: Child A\n").empty());
  EXPECT_TRUE(Find("PAROLE REPORT OF THE COMMUNITY OFFENDER MANAGER (PAROM 1) - recall review\n").empty());
}


// A nickname in quotes in brackets after a name is the same person's; a list after a role may
// be parted by semicolons; a countersignatory is named. A remembered name is not found again in
// a word written with a capital after its small letters ("PoPs").
TEST_F(NamesTest, NicknamesSemicolonListsAndOddCase) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Co-defendants: Dermot FLYNN (\"Dessie\", DOB 02/02/1985, HMP Kestrel Bank)."),
            (V{"Dermot FLYNN", "Dessie"}));
  EXPECT_EQ(Find("Co-accused: Kieran Joseph DOYLE; Abdirahman Qorvell HIRSI; and others"),
            (V{"Kieran Joseph DOYLE", "Abdirahman Qorvell HIRSI"}));
  EXPECT_EQ(Find("Countersignatory:      MERERID QORVELL\n"), V{"MERERID QORVELL"});
  BundleContext bundle;
  std::vector<std::string_view> doc = {"Entered the address of Agnes Kazlauskas (\"Pops\") with a key.",
                                       "Lifts from other PoPs are discouraged; Pops was not there."};
  auto f = detector_->DetectDocument(doc, subject_, &bundle);
  EXPECT_EQ(Names(f[1], doc[1]), V{"Pops"});
  // A short form before the full name in brackets, across a line break, and its later mentions;
  // not a word the bracketed name does not open with.
  EXPECT_EQ(Find("18:40  Five-a-side. Qorvo and Zabi\n       (Zabihullah AHMADZAI, DOB 11/04/2006) argue. Zabi left."),
            (V{"Zabi", "Zabihullah AHMADZAI", "Zabi"}));
  EXPECT_EQ(Find("Respondent (Zabihullah AHMADZAI) did not attend."), V{"Zabihullah AHMADZAI"});
}


// A field labelled with a staff post names staff ("Catering Manager:", "Reception SO:"), and so
// does a signature over a prosecutor's or tutor's title; a shop's manager is not staff.
TEST_F(NamesTest, StaffPostsAsLabelsAndTitles) {
  using V = std::vector<std::string>;
  EXPECT_EQ(PartiesIn("Catering Manager: Lee Qorvell        Catering Instructor: Bronwen Zubeyde\n"),
            (V{"Lee Qorvell=staff", "Bronwen Zubeyde=staff"}));
  EXPECT_EQ(PartiesIn("Transfer date: 05/02/2025    Reception SO: Tracy Zubeyde\n"), V{"Tracy Zubeyde=staff"});
  EXPECT_EQ(PartiesIn("Yours sincerely,\n\nAlasdair Qorvell\nSenior Crown Prosecutor, CPS Fenwold\n"),
            V{"Alasdair Qorvell=staff"});
  EXPECT_EQ(PartiesIn("Store manager: Ann Qorvell\n"), V{"Ann Qorvell=third_party"});
  // A post set off by commas before the name in prose; a third party's role is not one.
  EXPECT_EQ(PartiesIn("2.2 The health visitor, Gemma Qorvell, saw him five times.\n"), V{"Gemma Qorvell=staff"});
  EXPECT_EQ(PartiesIn("He engaged with the victim worker, Paul Qorvell, and agreed.\n"), V{"Paul Qorvell=staff"});
  EXPECT_EQ(PartiesIn("A keyworker, Bogdan QORVELL, recorded it.\n"), V{"Bogdan QORVELL=staff"});
  EXPECT_EQ(PartiesIn("The victim of the index offence, Eilidh Qorvell, lives nearby.\n"), V{"Eilidh Qorvell=third_party"});
  // A headteacher, a public service's kind of worker, a public service in brackets; not a
  // children's father.
  EXPECT_EQ(PartiesIn("Deborah QORVELL, Headteacher\n"), V{"Deborah QORVELL=staff"});
  EXPECT_EQ(PartiesIn("Interviewer:    Shona QORVELL, Return Home Interview worker\n"), V{"Shona QORVELL=staff"});
  EXPECT_EQ(PartiesIn("Return home interviews by Shona QORVELL (Children's Services).\n"), V{"Shona QORVELL=staff"});
  EXPECT_EQ(PartiesIn("Faith. Joy Qorvell (chaplaincy) has asked to visit.\n"), V{"Joy Qorvell=staff"});
  EXPECT_EQ(PartiesIn("Contact with Ali QORVELL (children's father) is supervised.\n"), V{"Ali QORVELL=third_party"});
  // A meeting's attendee named as a grandmother on one side of the family is not staff.
  EXPECT_EQ(PartiesIn("Present\n  Nadia QORVELL           Social Worker (chair)\n  Bridget ZUBEYDE         maternal grandmother\n"),
            (V{"Nadia QORVELL=staff", "Bridget ZUBEYDE=third_party"}));
  // A consultant, a council in brackets, a PSO; a job title alone is no name.
  EXPECT_EQ(PartiesIn("Consultant    : Mr Oluwaseun QORVELL\n"), V{"Oluwaseun QORVELL=staff"});
  EXPECT_EQ(PartiesIn("IDVA referral: Rachel QORVELL (Ashgrove City Council) saw pt.\n"), V{"Rachel QORVELL=staff"});
  EXPECT_EQ(PartiesIn("Collected 19/08/2024 08:02 by Kamran QORVELL (PSO); seal applied.\n"), V{"Kamran QORVELL=staff"});
  EXPECT_EQ(PartiesIn("Yours sincerely\n\nDr Fiona QORVELL\nConsultant Clinical Psychologist\n"), V{"Fiona QORVELL=staff"});
  EXPECT_TRUE(PartiesIn("ASHGROVE CITY COUNCIL - INDEPENDENT DOMESTIC VIOLENCE ADVISER (IDVA) SERVICE\n").empty());
  EXPECT_TRUE(PartiesIn("AUTHORISED USER (may access unit with own PIN)\n").empty());
  // Health grades, advocacy services, consulates and venues are no names; an "RSO" column holds staff.
  EXPECT_EQ(PartiesIn("HCP: Maricel QORVELL, RN       Seen: 02/03/2024 03:55\n"), V{"Maricel QORVELL=staff"});
  EXPECT_TRUE(PartiesIn("6. Patient's view (via IMHA). To: Consular Section, Embassy of Lithuania.\n").empty());
  EXPECT_TRUE(PartiesIn("CCTV from Amber Rooms bar was seized.\n").empty());
  EXPECT_EQ(PartiesIn("Rm  Resident                  Out    In     RSO          Notes\n"
                    "5   QORVELL, John             10:00  14:15  B. Zubeyde   Hostel sign 3x\n"),
            (V{"QORVELL, John=third_party", "B. Zubeyde=staff"}));
  EXPECT_EQ(PartiesIn("Staff on duty: Desmond QORVELL (DM, lead)\n"), V{"Desmond QORVELL=staff"});
  EXPECT_EQ(PartiesIn("Ceremony at 11:00. Registrar .... Fiona QORVELL, Superintendent Registrar\n"),
            V{"Fiona QORVELL=staff"});
  EXPECT_EQ(PartiesIn("Sessions with our peer support worker, Gareth QORVELL, went well.\n"), V{"Gareth QORVELL=staff"});
  EXPECT_EQ(PartiesIn("[Opened and read by T. Qorvell 11/05/2025]\n"), V{"T. Qorvell=staff"});
}

// A form's dot leader stands between a role and the name ("Father ......... Yonas Berhe
// QORVELL"), an initial with a surname signs a letter under its closing, and a surname in
// capitals may come first without a comma.
TEST_F(NamesTest, DotLeadersAndSignaturesWithAnInitial) {
  using V = std::vector<std::string>;
  // Family name first without a comma: a surname the gazetteer knows, or one filling a cell.
  EXPECT_EQ(Find("The account is registered to BOATENG Kwame Osei, DOB 02/02/1983."), V{"BOATENG Kwame Osei"});
  EXPECT_EQ(Find("PV3-0141   QORVELL Elowen Mary     1 Chapel Terrace    YK7 2RW\n"), V{"QORVELL Elowen Mary"});
  EXPECT_TRUE(Find("ACTION Mark the file as closed.\n").empty());
  EXPECT_EQ(Find("  Father ............... Yonas Berhe QORVELL\n  Mother ............... Mebrat ZUBEYDE\n"),
            (V{"Yonas Berhe QORVELL", "Mebrat ZUBEYDE"}));
  const std::string letter = "Thank you.\n\nYours sincerely\n\nK. QORVELL\nExaminer, Complex Casework Team\n";
  EXPECT_EQ(Find(letter), V{"K. QORVELL"});
  for (const Finding& f : detector_->Detect(letter, subject_)) {
    EXPECT_EQ(f.party, "staff");
  }
}

// A name whose words are also a street's, a month's or a common word ("Victoria Lane", "June",
// "April") is found where the page says it is a person's: an e-mail address spelling it out, a
// title before it, or a surname in capitals after the forename. Alone later it is found too,
// but not in a street, an address or a date.
TEST_F(NamesTest, NamesThatAreAlsoWords) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Practitioner: Victoria Lane\n"
                 "Victoria Lane, Probation Practitioner  victoria.lane@justice.example.gov.uk\n"
                 "Letters go to 12 Bell Lane. Lane confirmed the plan.\n"),
            (V{"Victoria Lane", "Victoria Lane", "Lane"}));
  EXPECT_TRUE(Find("Practitioner: Victoria Lane\nThe office is on Victoria Lane.\n").empty());
  EXPECT_EQ(Find("Received by: DC April Young\nDear Ms Lane,\n"), (V{"April Young", "Lane"}));
  EXPECT_EQ(Find("She worked as a carer for June HALLORAN. She used June's card and saw June on 22 June 1979 "
                 "and in June; review 22 June.\n"),
            (V{"June HALLORAN", "June", "June"}));
  // A forename before it and a post in brackets after; the surname alone before a building's word
  // is the building.
  EXPECT_EQ(Find("Present: Kerry Brook (education); Sharon Hill (social worker, Ashgrove Council).\n"
                 "They moved to a council flat in Brook House. Brook will write.\n"),
            (V{"Kerry Brook", "Sharon Hill", "Brook"}));
  EXPECT_EQ(Find("Copy: Ann Burrows, Harwick YJS (yjs@harwick.example.gov.uk)\n"
                 "Spoke to Immigration Officer Rebecca Gay today.\n"),
            (V{"Ann Burrows", "Rebecca Gay"}));
}

// A forename alone that a body follows with "from" names a person: staff when the body is a
// public service, a third party for a charity, a firm or a town; not a place after "to".
TEST_F(NamesTest, ForenameFromABody) {
  using V = std::vector<std::string>;
  EXPECT_EQ(PartiesIn("Sarah from the council rang back about the flat.\n"), V{"Sarah=staff"});
  EXPECT_EQ(PartiesIn("Spoke with Lorna from Shelter; Dave from housing will call.\n"),
            (V{"Lorna=third_party", "Dave=staff"}));
  EXPECT_TRUE(PartiesIn("He moved to Florence from Rome in 2019.\n").empty());
  EXPECT_TRUE(PartiesIn("Letters from the council arrived.\n").empty());
}

// A civil title in capitals, as bank statements and address labels print it, opens a name
// before an initial or a name in capitals; "MS Teams" is no name.
TEST_F(NamesTest, TitlesInCapitals) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Account holder: MS F ADEYEMI\nPayee: MR T OKONJO ref 4471\n"), (V{"F ADEYEMI", "T OKONJO"}));
  EXPECT_EQ(Find("MRS A B KOWALCZYK\n12 Kestrel Road\n").front(), "A B KOWALCZYK");
  EXPECT_TRUE(Find("The review was held on MS Teams.\n").empty());
}

// A forename before a middle name and a surname in capitals is taken after a comma or a label's
// colon too ("Guardian, Thu Ha DANG,"), not only where a line or sentence opens.
TEST_F(NamesTest, ForenameBeforeMiddleNameAfterComma) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("We asked your guardian, Thu Ha DANG, to come.\nGuardian: Thu Ha DANG.\n"),
            (V{"Thu Ha DANG", "Thu Ha DANG"}));
}

// Names from central Europe: family name first ("Kovács Gábor"), a pastor's title, a town that a
// role word stands before in a table, and the subject's own name without its accents or cut short
// ("Erzsebet Sz." for Erzsébet Anna SZABÓ).
TEST_F(NamesTest, CentralEuropeanNames) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("She asked that her ex (Kovács Gábor) is not told.\n"), V{"Kovács Gábor"});
  // (Not as a form's value: the label would have to say whose, and this one is not known.)
  EXPECT_TRUE(Find("Anyakönyvvezető:   Varga Ildikó\n").empty());
  EXPECT_EQ(Find("With respect,\n\nPastor Marian Lacatus\n"), V{"Marian Lacatus"});
  EXPECT_TRUE(Find("Receipt  Relationship  Payout         GBP\nPX-881  cousin        Lipa City      900.00\n").empty());
  model::Subject s;
  s.name = "Erzsébet Anna SZABÓ";
  const SubjectProfile subject = SubjectProfile::Build(s);
  const std::string signed_off = "Signature  ~ Erzsebet Sz. ~        Date  24/05/2024\nSigned: Erzsebet Szabo\n";
  EXPECT_TRUE(Names(detector_->Detect(signed_off, subject), signed_off).empty());
}

// What correspondence puts beside names is no name: a team in brackets in a name's column, a
// shared mailbox's display name, a barristers' chambers, a country whose words are names, a
// writer's "I'm", a form's own words.
TEST_F(NamesTest, WhatCorrespondencePutsBesideNames) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Find("Name                             Attendance  Response\n"
                 "Evans, Carys (HMPPS VLU)         Required    None\n"
                 "Jenkins, Rhys (Housing Options)  Required    Accepted 17/10/2024 10:31\n"
                 "MANALO, Rodel (\"RJ\")            Optional    None\n"),
            (V{"Evans, Carys", "Jenkins, Rhys", "MANALO, Rodel", "RJ"}));
  EXPECT_TRUE(Find("From: Harmsworth Welfare <welfare@harmsworth-irc.example.gov.uk>\n").empty());
  EXPECT_EQ(Find("From: Grace Antwi <welfare@harmsworth-irc.example.gov.uk>\n"), V{"Grace Antwi"});
  EXPECT_EQ(Find("Copy: Hannah Obi, counsel, Westgate Chambers\n"), V{"Hannah Obi"});
  EXPECT_TRUE(Find("She spoke to her sister in Hong Kong and to Sierra Leone.\n").empty());
  // (The writer shares the subject's forename.)
  model::Subject s;
  s.name = "Abdirahman Yusuf WARSAME";
  const SubjectProfile subject = SubjectProfile::Build(s);
  const std::string mentor = "Just to avoid confusion: I'm also called Abdirahman, so the court might mix us up - "
                             "I'm Abdirahman Jama,\nthe mentor, aged 41! I'm in on Monday.\n";
  EXPECT_EQ(Names(detector_->Detect(mentor, subject), mentor), V{"Abdirahman Jama"});
  EXPECT_TRUE(Find("CROWN COURT - YOUTH DEFENDANT WELFARE CHECKLIST     Hallam Vale YJS (court team)\n"
                   "1  Employer PAYE reference          Office number 120\n").empty());
}

// A Somali name is a chain of given names: the subject's middle name and surname are their
// father's name, found whole with a family name after it, and an alias with the subject's whole
// name surname first does not make the middle name theirs alone.
TEST_F(NamesTest, SomaliNameChains) {
  using V = std::vector<std::string>;
  model::Subject s;
  s.name = "Abdirahman Yusuf WARSAME";
  s.aliases = {"WARSAME, Abdirahman Yusuf", "Abdi"};
  const SubjectProfile son = SubjectProfile::Build(s);
  const std::string shown = "His father is shown on some of our systems as \"Yusuf WARSAME\". WARSAME is 17.\n";
  EXPECT_EQ(Names(detector_->Detect(shown, son), shown), V{"Yusuf WARSAME"});
  s.name = "Abdirahman Mohamed ABDULLAHI";
  s.aliases = {};
  const SubjectProfile other = SubjectProfile::Build(s);
  const std::string father = "Their father,\nMohamed Abdullahi JAMA, lives abroad.\n";
  EXPECT_EQ(Names(detector_->Detect(father, other), father), V{"Mohamed Abdullahi JAMA"});
}

// One forename after a role is a name where the page says more: a role of its own ending in
// "by" and a colon, an internal extension or an age in brackets after it; "Ho" is a surname
// unless in capitals ("HO ref", the Home Office's).
TEST_F(NamesTest, OneForenameAfterARole) {
  using V = std::vector<std::string>;
  EXPECT_EQ(PartiesIn("Message: please call back.\nTaken by: Gemma (duty)\n"), V{"Gemma=staff"});
  EXPECT_EQ(PartiesIn("Usher               Bev (ext. 2213)\n"), V{"Bev=staff"});
  EXPECT_EQ(PartiesIn("The complainant, Jayden (15), will give evidence by live link.\n"), V{"Jayden=third_party"});
  EXPECT_TRUE(PartiesIn("The complainant, Harbour (Ltd), will not attend.\n").empty());
  EXPECT_EQ(PartiesIn("Kind regards\nDaisy Ho\nBookings Team\nHO ref: B1234567\n"), V{"Daisy Ho=third_party"});
}

// E-mail headers and signatures say who is staff: a team in brackets between a name and an
// official address, a signature's parts after a bar naming a public body (not a table's row),
// pronouns in brackets before a job title on the next line, a job title in two languages. (A
// court list's rows, with bars before the name, are guarded by eval-fourth's figures.)
TEST_F(NamesTest, HeadersAndSignaturesSayWhoIsStaff) {
  using V = std::vector<std::string>;
  EXPECT_EQ(PartiesIn("To:      Rees, Sioned (HMPPS) <sioned.rees@justice.example.gov.uk>\n"
                    "Cc:      Parry, Elin (Menter) <elin.parry@menterbro.example.org>\n"),
            (V{"Rees, Sioned=staff", "Parry, Elin=third_party"}));
  EXPECT_EQ(PartiesIn("Regards\n\nSteven Collins | Detention Engagement Team | Home Office\n"), V{"Steven Collins=staff"});
  EXPECT_EQ(PartiesIn("Thanks\n\nSioned Rees (hi/hon - she/her)\nGweithiwr Allweddol / Keyworker, Ty Hafan\n"),
            V{"Sioned Rees=staff"});
  EXPECT_EQ(PartiesIn("Diolch,\n\nRhys Jenkins, Swyddog Opsiynau Tai / Housing Options Officer\n"),
            V{"Rhys Jenkins=staff"});
}

// A letter's greeting with the subject's surname greets the addressee its address block named
// ("Ms Akua Boateng ... Dear Ms Boateng," to the subject's sister); later in the letter "Ms
// Boateng" may be the subject and stays theirs.
TEST_F(NamesTest, AGreetingNamesTheAddressee) {
  using V = std::vector<std::string>;
  model::Subject s;
  s.name = "Adwoa Pokuaa BOATENG";
  const SubjectProfile subject = SubjectProfile::Build(s);
  const std::string letter =
      "Ms Akua Boateng\n14 Larchfield Road\nBrinsworth\n\nDear Ms Boateng,\n\nRe: Adwoa BOATENG\n\n"
      "Ms Boateng's former mobile number is no longer on her list.\n";
  EXPECT_EQ(Names(detector_->Detect(letter, subject), letter), (V{"Akua Boateng", "Boateng"}));
}

// Counsel is a third party; a third name word that a party in brackets follows belongs to the
// name; a chart's "Nurse" column holds staff, whatever word ends the cell before.
TEST_F(NamesTest, CounselThirdWordsAndNurseColumns) {
  using V = std::vector<std::string>;
  EXPECT_EQ(PartiesIn("Legal team          Imran Sayed (solicitor); Adaeze Obi (counsel)\n"),
            (V{"Imran Sayed=third_party", "Adaeze Obi=third_party"}));
  EXPECT_EQ(PartiesIn("Appropriate adult   Hodan Ali Farah (mother)  07700 900384\n"), V{"Hodan Ali Farah=third_party"});
  EXPECT_EQ(PartiesIn("Date      Time   mmol/L  Before/after food  Action                         Nurse\n"
                    "10/09/24  17:20  12.4    after              canteen sheet reviewed         R. Ahmed\n"
                    "11/09/24  07:50  8.9     before             none                           Oduya\n"
                    "11/09/24  17:05  10.7    after              Dr Mehta reviewed              Oduya\n"),
            (V{"R. Ahmed=staff", "Oduya=staff", "Mehta=staff", "Oduya=staff"}));
}

}  // namespace
}  // namespace disclose::detect
