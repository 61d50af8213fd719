// Check-digit and structure validators for detected candidates, written-date parsing, and the
// canonical forms used to compare a candidate with the data subject's own identifiers.
// Every function takes the candidate as matched (any case, spaces, hyphens, slashes) and
// normalises it itself. Thread-safety: pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace disclose::detect {

enum class Validator {
  kNone,
  kMod23Pnc,   // PNC ID, long (YYYY/NNNNNNNC) and short (YY/N..NC) forms, mod-23 check letter
  kMod23Cro,   // CRO number NNNNNN/YYC or SFYY/NNNNNNC, mod-23 check letter
  kMod11Nhs,   // NHS number (and CHI), 10 digits, mod-11 check digit
  kLuhn,       // payment card: 13-19 digits, Luhn, known issuer prefix
  kMod97Iban,  // IBAN, ISO 7064 mod 97-10 (GB: 22 characters)
  kNino,       // National Insurance number prefix and suffix rules (HMRC NIM39110)
  kDate,       // a real calendar date, 1900..today (two-digit years resolved to the past)
  kPostcode,   // UK postcode position rules (strict Royal Mail format)
  kPhoneUk,    // UK telephone number: national length and prefix after +44/0044/(0) handling
  kIpAddress,  // IPv4 or IPv6 (inet_pton)
};

// "none", "mod23_pnc", ... as in rules.schema.json; nullopt for an unknown name.
std::optional<Validator> ValidatorFromName(std::string_view name);
const char* ValidatorName(Validator validator);

// True when `candidate` passes the validator (kNone: always).
bool Validate(Validator validator, std::string_view candidate);

// A written date read day-first (UK convention). `year` is as written: two_digit_year means
// `year` is 0..99.
struct WrittenDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool two_digit_year = false;
};

// Parses "14/03/1979", "14.3.79", "1979-03-14", "14 March 1979", "14th Mar '79",
// "March 14, 1979", "14-MAR-1979", "14031979". Does not check the calendar.
std::optional<WrittenDate> ParseWrittenDate(std::string_view text);
bool IsCalendarDate(int year, int month, int day);
// The month (1-12) a word names, in full or by a prefix of three letters or more ("Mar",
// "Sept"), any case; 0 otherwise.
int MonthFromWord(std::string_view word);

// Canonical forms. Upper-case letters and digits only:
std::string AlnumUpper(std::string_view text);
// PNC as YY + 7-digit serial + check ("080056560Z"); nullopt if not PNC-shaped.
std::optional<std::string> CanonicalPnc(std::string_view text);
// CRO as 6-digit serial + "/" + YY + check, or "SF" + YY + "/" + serial + check.
std::optional<std::string> CanonicalCro(std::string_view text);
// A UK phone number in national form, digits only ("07700900123"); empty if not one.
std::string CanonicalPhoneUk(std::string_view text);

}  // namespace disclose::detect
