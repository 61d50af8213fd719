// Tests for validators, date parsing and canonical forms (stages/detect/validators.h).
// Values are published test vectors or synthetic values computed for these tests.
#include "stages/detect/validators.h"

#include <gtest/gtest.h>

namespace disclose::detect {
namespace {

struct Case {
  Validator validator;
  std::string text;
  bool valid;
};

TEST(ValidatorsTest, Table) {
  const Case cases[] = {
      {Validator::kMod23Pnc, "2008/0056560Z", true},
      {Validator::kMod23Pnc, "2019/0123456E", true},
      {Validator::kMod23Pnc, "19/123456E", true},
      {Validator::kMod23Pnc, "20190123456E", true},
      {Validator::kMod23Pnc, "98/4567E", true},
      {Validator::kMod23Pnc, "2024/0999999v", true},
      {Validator::kMod23Pnc, "2019/0123456F", false},
      {Validator::kMod23Pnc, "19/12345678E", false},
      {Validator::kMod23Cro, "265416/21G", true},
      {Validator::kMod23Cro, "65656/91H", true},
      {Validator::kMod23Cro, "SF05/482703J", true},
      {Validator::kMod23Cro, "123456/19P", true},
      {Validator::kMod23Cro, "004567/98C", true},
      {Validator::kMod23Cro, "SF12/345678P", true},
      {Validator::kMod23Cro, "85227/65G", false},
      {Validator::kMod11Nhs, "999 000 0018", true},
      {Validator::kMod11Nhs, "9997654323", true},
      {Validator::kMod11Nhs, "943-476-5919", true},
      {Validator::kMod11Nhs, "943 476 5918", false},
      {Validator::kMod11Nhs, "9991234560", false},
      {Validator::kMod11Nhs, "0102704562", true},
      {Validator::kLuhn, "4111 1111 1111 1111", true},
      {Validator::kLuhn, "5555555555554444", true},
      {Validator::kLuhn, "3782 822463 10005", true},
      {Validator::kLuhn, "4111 1111 1111 1112", false},
      {Validator::kLuhn, "0000000000000", false},  // passes Luhn, no issuer
      {Validator::kMod97Iban, "GB82 WEST 1234 5698 7654 32", true},
      {Validator::kMod97Iban, "GB29NWBK60161331926819", true},
      {Validator::kMod97Iban, "gb21 test 0000 0012 3456 78", true},
      {Validator::kMod97Iban, "GB82 WEST 1234 5698 7654 33", false},
      {Validator::kNino, "AB 12 34 56 C", true},
      {Validator::kNino, "CE123456", true},
      {Validator::kNino, "OA123456D", true},
      {Validator::kNino, "QQ123456A", false},
      {Validator::kNino, "GB123456A", false},
      {Validator::kNino, "AO123456A", false},
      {Validator::kNino, "DA123456A", false},
      {Validator::kNino, "AB123456E", false},
      {Validator::kDate, "12/03/1987", true},
      {Validator::kDate, "29/02/2000", true},
      {Validator::kDate, "29/02/1900", false},
      {Validator::kDate, "31/04/1987", false},
      {Validator::kDate, "12/03/2199", false},  // future
      {Validator::kDate, "12/03/1887", false},  // before 1900
      {Validator::kPostcode, "SW1A 1AA", true},
      {Validator::kPostcode, "m601nw", true},
      {Validator::kPostcode, "W1A 1HQ", true},
      {Validator::kPostcode, "GIR 0AA", true},
      {Validator::kPostcode, "QA1 1AA", false},
      {Validator::kPostcode, "EC1A 1BC", false},
      {Validator::kPhoneUk, "07700 900123", true},
      {Validator::kPhoneUk, "+44 (0)20 7946 0123", true},
      {Validator::kPhoneUk, "0044 7700 900123", true},
      {Validator::kPhoneUk, "0770 090 012", false},
      {Validator::kPhoneUk, "04 1234 5678", false},
      {Validator::kIpAddress, "192.0.2.10", true},
      {Validator::kIpAddress, "2001:db8::1", true},
      {Validator::kIpAddress, "256.1.1.1", false},
      {Validator::kNone, "anything", true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Validate(c.validator, c.text), c.valid) << ValidatorName(c.validator) << " " << c.text;
  }
}

TEST(ValidatorsTest, NamesRoundTrip) {
  for (const char* name : {"none", "mod23_pnc", "mod23_cro", "mod11_nhs", "luhn", "mod97_iban", "nino", "date",
                           "postcode", "phone_uk", "ip_address"}) {
    auto v = ValidatorFromName(name);
    ASSERT_TRUE(v.has_value()) << name;
    EXPECT_STREQ(ValidatorName(*v), name);
  }
  EXPECT_FALSE(ValidatorFromName("mod42").has_value());
}

TEST(ParseWrittenDateTest, ReadsEveryWrittenForm) {
  struct DateCase {
    std::string text;
    int year, month, day;
    bool two_digit;
  };
  const DateCase cases[] = {
      {"12/03/1987", 1987, 3, 12, false}, {"12.3.87", 87, 3, 12, true},    {"12-03-87", 87, 3, 12, true},
      {"1987-03-12", 1987, 3, 12, false}, {"12 March 1987", 1987, 3, 12, false},
      {"12th Mar 1987", 1987, 3, 12, false}, {"March 12, 1987", 1987, 3, 12, false},
      {"12-MAR-1987", 1987, 3, 12, false}, {"12031987", 1987, 3, 12, false}, {"12th of March '87", 87, 3, 12, true},
      {"1 Sept 1990", 1990, 9, 1, false},
  };
  for (const auto& c : cases) {
    auto d = ParseWrittenDate(c.text);
    ASSERT_TRUE(d.has_value()) << c.text;
    EXPECT_EQ(d->year, c.year) << c.text;
    EXPECT_EQ(d->month, c.month) << c.text;
    EXPECT_EQ(d->day, c.day) << c.text;
    EXPECT_EQ(d->two_digit_year, c.two_digit) << c.text;
  }
  for (const char* bad : {"12/13/1987", "Smarch 12 1987", "12/03", "1987", "12/03/198"}) {
    EXPECT_FALSE(ParseWrittenDate(bad).has_value()) << bad;
  }
}

TEST(CanonicalTest, EquivalentWritingsAgree) {
  EXPECT_EQ(CanonicalPnc("2019/0123456E"), CanonicalPnc("19/123456e"));
  EXPECT_EQ(CanonicalPnc("2019/0123456E"), CanonicalPnc("20190123456E"));
  EXPECT_NE(CanonicalPnc("2019/0123456E"), CanonicalPnc("2018/0123456E"));
  EXPECT_EQ(CanonicalCro("004567/98C"), CanonicalCro("4567/98c"));
  EXPECT_EQ(CanonicalPhoneUk("+44 (0)7700 900123"), "07700900123");
  EXPECT_EQ(CanonicalPhoneUk("0044 7700 900123"), "07700900123");
  EXPECT_EQ(CanonicalPhoneUk("07700-900-123"), "07700900123");
  EXPECT_EQ(AlnumUpper("a 1234-bc"), "A1234BC");
}

}  // namespace
}  // namespace disclose::detect
