// Validators, date parsing and canonical identifier forms (see validators.h).
#include "stages/detect/validators.h"

#include <arpa/inet.h>

#include <array>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <vector>

namespace disclose::detect {

namespace {

constexpr std::string_view kL23 = "ZABCDEFGHJKLMNPQRTUVWXY";  // mod-23 check letters (no I, O, S)

struct NamedValidator {
  std::string_view name;
  Validator validator;
};
constexpr std::array<NamedValidator, 11> kValidators = {{
    {"none", Validator::kNone},
    {"mod23_pnc", Validator::kMod23Pnc},
    {"mod23_cro", Validator::kMod23Cro},
    {"mod11_nhs", Validator::kMod11Nhs},
    {"luhn", Validator::kLuhn},
    {"mod97_iban", Validator::kMod97Iban},
    {"nino", Validator::kNino},
    {"date", Validator::kDate},
    {"postcode", Validator::kPostcode},
    {"phone_uk", Validator::kPhoneUk},
    {"ip_address", Validator::kIpAddress},
}};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
char Upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

std::string DigitsOnly(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsDigit(c)) out.push_back(c);
  }
  return out;
}

// Upper-case with spaces removed (slashes kept).
std::string UpperNoSpace(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out.push_back(Upper(c));
  }
  return out;
}

// n mod 23 over a decimal string of any length.
int Mod23(std::string_view digits) {
  int r = 0;
  for (char c : digits) r = (r * 10 + (c - '0')) % 23;
  return r;
}

std::string ZeroFill(std::string_view s, size_t width) {
  return s.size() >= width ? std::string(s) : std::string(width - s.size(), '0') + std::string(s);
}

struct PncParts {
  std::string yy, serial;
  char check = 0;
};

std::optional<PncParts> SplitPnc(std::string_view text) {
  std::string s = UpperNoSpace(text);
  if (s.size() < 4) return std::nullopt;
  PncParts p;
  p.check = s.back();
  s.pop_back();
  size_t slash = s.find('/');
  if (slash != std::string::npos) {
    std::string pre = s.substr(0, slash);
    p.serial = s.substr(slash + 1);
    if (pre.size() == 4) {
      p.yy = pre.substr(2);
    } else if (pre.size() == 2) {
      p.yy = pre;
    } else {
      return std::nullopt;
    }
  } else if (s.size() == 11) {  // YYYY + 7 digits
    p.yy = s.substr(2, 2);
    p.serial = s.substr(4);
  } else if (s.size() >= 3 && s.size() <= 9) {  // YY + 1..7 digits
    p.yy = s.substr(0, 2);
    p.serial = s.substr(2);
  } else {
    return std::nullopt;
  }
  if (!AllDigits(p.yy) || !AllDigits(p.serial) || p.serial.size() > 7 || !IsAlpha(p.check)) return std::nullopt;
  return p;
}

bool ValidPnc(std::string_view text) {
  auto p = SplitPnc(text);
  if (!p) return false;
  return kL23[Mod23(p->yy + ZeroFill(p->serial, 7))] == p->check;
}

struct CroParts {
  bool sf = false;
  std::string yy, serial;
  char check = 0;
};

std::optional<CroParts> SplitCro(std::string_view text) {
  std::string s = UpperNoSpace(text);
  size_t slash = s.find('/');
  if (slash == std::string::npos || s.size() < 5) return std::nullopt;
  CroParts p;
  p.check = s.back();
  if (!IsAlpha(p.check)) return std::nullopt;
  std::string pre = s.substr(0, slash);
  std::string post = s.substr(slash + 1, s.size() - slash - 2);
  if (pre.size() == 4 && pre[0] == 'S' && pre[1] == 'F') {  // SFYY/NNNNNNC
    p.sf = true;
    p.yy = pre.substr(2);
    p.serial = post;
  } else {  // NNNNNN/YYC
    p.serial = pre;
    p.yy = post;
  }
  if (!AllDigits(p.yy) || p.yy.size() != 2 || !AllDigits(p.serial) || p.serial.size() > 6) return std::nullopt;
  return p;
}

bool ValidCro(std::string_view text) {
  auto p = SplitCro(text);
  if (!p) return false;
  // SF numbers: MoJ's implementation (hmpps-person-record) does not zero-pad the serial.
  std::string n = p->sf ? p->yy + p->serial : p->yy + ZeroFill(p->serial, 6);
  return kL23[Mod23(n)] == p->check;
}

bool ValidNhs(std::string_view text) {
  std::string d = DigitsOnly(text);
  if (d.size() != 10) return false;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (d[i] - '0') * (10 - i);
  int c = 11 - sum % 11;
  if (c == 11) c = 0;
  if (c == 10) return false;
  return c == d[9] - '0';
}

bool KnownCardPrefix(std::string_view d) {
  auto prefix = [&](size_t n) { return std::stoi(std::string(d.substr(0, n))); };
  if (d[0] == '4') return true;                                  // Visa
  int p2 = prefix(2), p3 = prefix(3), p4 = prefix(4);
  if (p2 >= 51 && p2 <= 55) return true;                         // Mastercard
  if (p4 >= 2221 && p4 <= 2720) return true;                     // Mastercard 2-series
  if (p2 == 34 || p2 == 37) return true;                         // Amex
  if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649)) return true;  // Discover
  if (p2 == 36 || p2 == 38 || (p3 >= 300 && p3 <= 305)) return true;    // Diners
  if (p4 >= 3528 && p4 <= 3589) return true;                     // JCB
  if (p2 == 50 || (p2 >= 56 && p2 <= 69)) return true;           // Maestro
  return false;
}

bool ValidLuhn(std::string_view text) {
  std::string d = DigitsOnly(text);
  if (d.size() < 13 || d.size() > 19) return false;
  int sum = 0;
  bool doubled = false;
  for (size_t i = d.size(); i-- > 0;) {
    int v = d[i] - '0';
    if (doubled) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    doubled = !doubled;
  }
  return sum % 10 == 0 && KnownCardPrefix(d);
}

bool ValidIban(std::string_view text) {
  std::string s = AlnumUpper(text);
  if (s.size() < 15 || s.size() > 34) return false;
  if (!IsAlpha(s[0]) || !IsAlpha(s[1]) || !IsDigit(s[2]) || !IsDigit(s[3])) return false;
  if (s.substr(0, 2) == "GB" && s.size() != 22) return false;
  std::string moved = s.substr(4) + s.substr(0, 4);
  int r = 0;
  for (char c : moved) {
    if (IsDigit(c)) {
      r = (r * 10 + (c - '0')) % 97;
    } else {
      int v = c - 'A' + 10;
      r = (r * 100 + v) % 97;
    }
  }
  return r == 1;
}

bool ValidNino(std::string_view text) {
  std::string s = AlnumUpper(text);
  if (s.size() != 8 && s.size() != 9) return false;
  char a = s[0], b = s[1];
  if (!IsAlpha(a) || !IsAlpha(b)) return false;
  constexpr std::string_view kNever = "DFIQUV";
  if (kNever.find(a) != std::string_view::npos || kNever.find(b) != std::string_view::npos || b == 'O') return false;
  std::string pair = s.substr(0, 2);
  for (std::string_view banned : {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}) {
    if (pair == banned) return false;
  }
  if (!AllDigits(s.substr(2, 6))) return false;
  if (s.size() == 9 && (s[8] < 'A' || s[8] > 'D')) return false;
  return true;
}

bool ValidPostcode(std::string_view text) {
  std::string s = AlnumUpper(text);
  if (s == "GIR0AA") return true;
  if (s.size() < 5 || s.size() > 7) return false;
  std::string in = s.substr(s.size() - 3), out = s.substr(0, s.size() - 3);
  constexpr std::string_view kInwardNever = "CIKMOV";
  if (!IsDigit(in[0]) || !IsAlpha(in[1]) || !IsAlpha(in[2])) return false;
  if (kInwardNever.find(in[1]) != std::string_view::npos || kInwardNever.find(in[2]) != std::string_view::npos) {
    return false;
  }
  auto first_ok = [](char c) { return IsAlpha(c) && c != 'Q' && c != 'V' && c != 'X'; };
  auto second_ok = [](char c) { return IsAlpha(c) && c != 'I' && c != 'J' && c != 'Z'; };
  constexpr std::string_view kThird = "ABCDEFGHJKPSTUW", kFourth = "ABEHMNPRVWXY";
  if (!first_ok(out[0])) return false;
  switch (out.size()) {
    case 2:  // AN
      return IsDigit(out[1]);
    case 3:  // ANN, AAN, ANA
      if (IsDigit(out[1]) && IsDigit(out[2])) return true;
      if (second_ok(out[1]) && IsDigit(out[2])) return true;
      return IsDigit(out[1]) && kThird.find(out[2]) != std::string_view::npos;
    case 4:  // AANN, AANA
      if (!second_ok(out[1]) || !IsDigit(out[2])) return false;
      return IsDigit(out[3]) || kFourth.find(out[3]) != std::string_view::npos;
    default:
      return false;
  }
}

bool ValidPhoneUk(std::string_view text) {
  std::string d = CanonicalPhoneUk(text);
  if (d.size() < 10 || d[0] != '0') return false;
  constexpr std::string_view kSecond = "1235789";
  if (kSecond.find(d[1]) == std::string_view::npos) return false;
  if (d.size() == 11) return true;
  return d.size() == 10 && (d[1] == '1' || d.starts_with("0800"));
}

bool ValidIp(std::string_view text) {
  std::string s(text);
  std::array<unsigned char, 16> buf{};
  return inet_pton(AF_INET, s.c_str(), buf.data()) == 1 || inet_pton(AF_INET6, s.c_str(), buf.data()) == 1;
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool ValidDate(std::string_view text) {
  auto d = ParseWrittenDate(text);
  if (!d) return false;
  const auto today = std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  const int this_year = static_cast<int>(today.year());
  int year = d->year;
  if (d->two_digit_year) year += (year <= this_year % 100) ? (this_year / 100) * 100 : (this_year / 100 - 1) * 100;
  if (year < 1900 || !IsCalendarDate(year, d->month, d->day)) return false;
  const std::chrono::year_month_day date{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(d->month)),
                                         std::chrono::day(static_cast<unsigned>(d->day))};
  return date <= today;
}

}  // namespace

int MonthFromWord(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december"};
  if (word.size() < 3) return 0;
  std::string w;
  for (char c : word) w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i].starts_with(w)) return static_cast<int>(i) + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

std::optional<Validator> ValidatorFromName(std::string_view name) {
  for (const auto& v : kValidators) {
    if (v.name == name) return v.validator;
  }
  return std::nullopt;
}

const char* ValidatorName(Validator validator) {
  for (const auto& v : kValidators) {
    if (v.validator == validator) return v.name.data();
  }
  return "none";
}

bool Validate(Validator validator, std::string_view candidate) {
  switch (validator) {
    case Validator::kNone: return true;
    case Validator::kMod23Pnc: return ValidPnc(candidate);
    case Validator::kMod23Cro: return ValidCro(candidate);
    case Validator::kMod11Nhs: return ValidNhs(candidate);
    case Validator::kLuhn: return ValidLuhn(candidate);
    case Validator::kMod97Iban: return ValidIban(candidate);
    case Validator::kNino: return ValidNino(candidate);
    case Validator::kDate: return ValidDate(candidate);
    case Validator::kPostcode: return ValidPostcode(candidate);
    case Validator::kPhoneUk: return ValidPhoneUk(candidate);
    case Validator::kIpAddress: return ValidIp(candidate);
  }
  return false;
}

bool IsCalendarDate(int year, int month, int day) {
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

std::optional<WrittenDate> ParseWrittenDate(std::string_view text) {
  std::vector<std::string_view> numbers;
  int month = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    if (IsDigit(text[i])) {
      while (j < text.size() && IsDigit(text[j])) ++j;
      numbers.push_back(text.substr(i, j - i));
    } else if (IsAlpha(text[i])) {
      while (j < text.size() && IsAlpha(text[j])) ++j;
      std::string_view word = text.substr(i, j - i);
      std::string lower;
      for (char c : word) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      bool ordinal = (lower == "st" || lower == "nd" || lower == "rd" || lower == "th") && i > 0 && IsDigit(text[i - 1]);
      if (!ordinal && lower != "of" && lower != "the") {
        int m = MonthFromWord(word);
        if (m == 0 || month != 0) return std::nullopt;
        month = m;
      }
    } else {
      j = i + 1;
    }
    i = j;
  }
  WrittenDate d;
  std::string_view ys;
  if (month == 0) {
    if (numbers.size() == 1 && numbers[0].size() == 8) {  // ddmmyyyy
      d.day = ToInt(numbers[0].substr(0, 2));
      d.month = ToInt(numbers[0].substr(2, 2));
      ys = numbers[0].substr(4);
    } else if (numbers.size() == 3 && numbers[0].size() == 4) {  // ISO
      ys = numbers[0];
      if (numbers[1].size() > 2 || numbers[2].size() > 2) return std::nullopt;
      d.month = ToInt(numbers[1]);
      d.day = ToInt(numbers[2]);
    } else if (numbers.size() == 3) {  // d/m/y
      if (numbers[0].size() > 2 || numbers[1].size() > 2) return std::nullopt;
      d.day = ToInt(numbers[0]);
      d.month = ToInt(numbers[1]);
      ys = numbers[2];
    } else {
      return std::nullopt;
    }
  } else {
    if (numbers.size() != 2 || numbers[0].size() > 2) return std::nullopt;
    d.month = month;
    d.day = ToInt(numbers[0]);
    ys = numbers[1];
  }
  if (ys.size() == 2) {
    d.two_digit_year = true;
  } else if (ys.size() != 4) {
    return std::nullopt;
  }
  d.year = ToInt(ys);
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return std::nullopt;
  return d;
}

std::string AlnumUpper(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (IsDigit(c) || IsAlpha(c)) out.push_back(Upper(c));
  }
  return out;
}

std::optional<std::string> CanonicalPnc(std::string_view text) {
  auto p = SplitPnc(text);
  if (!p) return std::nullopt;
  return p->yy + ZeroFill(p->serial, 7) + p->check;
}

std::optional<std::string> CanonicalCro(std::string_view text) {
  auto p = SplitCro(text);
  if (!p) return std::nullopt;
  if (p->sf) return "SF" + p->yy + "/" + p->serial + p->check;
  return ZeroFill(p->serial, 6) + "/" + p->yy + p->check;
}

std::string CanonicalPhoneUk(std::string_view text) {
  std::string s = UpperNoSpace(text);
  std::string d = DigitsOnly(s);
  bool international = s.starts_with("+44") || s.starts_with("0044");
  if (international) {
    d = d.substr(s.starts_with("+") ? 2 : 4);
    if (!d.empty() && d[0] == '0') d.erase(0, 1);  // "+44 (0)20 ..."
    d = "0" + d;
  }
  return d;
}

}  // namespace disclose::detect
