// bundle.json parsing: strict schema, unknown fields refused, dates checked.
#include "pipeline/model/bundle.h"

#include <gtest/gtest.h>

namespace disclose::model {
namespace {

constexpr const char* kValid = R"({
  "request_id": "SAR-2026-000900", "received": "2026-11-02",
  "subject": {"name": "Test Subject", "date_of_birth": "1980-02-29", "prison_number": "Q0000ZZ",
              "aliases": ["T Subject"], "identifiers": {"crn": "X000001"},
              "contact": {"phones": ["07700 900000"]}},
  "recipient": {"name": "Recipient", "public_key": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}
})";

TEST(ParseBundle, AcceptsValidBundle) {
  auto spec = ParseBundle(kValid, "bundle.json");
  ASSERT_TRUE(spec.ok()) << spec.error().message;
  EXPECT_EQ(spec->subject.prison_number, "Q0000ZZ");
  EXPECT_EQ(spec->subject.identifiers.at("crn"), "X000001");
  EXPECT_EQ(spec->subject.contact.phones.size(), 1u);
  auto again = ParseBundle(SerializeBundle(*spec), "roundtrip");
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(again->subject.aliases, spec->subject.aliases);
}

TEST(ParseBundle, RefusesUnknownFieldAndNamesIt) {
  std::string text = kValid;
  text.replace(text.find("\"aliases\""), 9, "\"alias\"");
  auto spec = ParseBundle(text, "samples/x/bundle.json");
  ASSERT_FALSE(spec.ok());
  EXPECT_NE(spec.error().message.find("samples/x/bundle.json"), std::string::npos);
  EXPECT_NE(spec.error().message.find("alias"), std::string::npos);
}

TEST(ParseBundle, RefusesImpossibleDateOfBirth) {
  std::string text = kValid;
  text.replace(text.find("1980-02-29"), 10, "1981-02-29");
  auto spec = ParseBundle(text, "b.json");
  ASSERT_FALSE(spec.ok());
  EXPECT_NE(spec.error().message.find("date_of_birth"), std::string::npos);
  EXPECT_EQ(spec.error().message.find("1981"), std::string::npos) << "errors never echo values";
}

TEST(ParseBundle, RefusesBrokenJsonAndMissingRecipient) {
  EXPECT_FALSE(ParseBundle("{", "a").ok());
  std::string text = kValid;
  text = text.substr(0, text.find(",\n  \"recipient\"")) + "}";
  auto spec = ParseBundle(text, "b.json");
  ASSERT_FALSE(spec.ok());
}

}  // namespace
}  // namespace disclose::model
