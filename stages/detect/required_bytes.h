// Which bytes a rule's pattern cannot match without: lets the detector skip the RE2::Set over
// blocks of text that hold none of them (prose without digits, '@' or ':' cannot hold an
// identifier, a date, a phone number or an e-mail address).
//
//   std::optional<ByteSet> need = RequiredBytes("(?i)\\b([A-Z][0-9]{4}[A-Z]{2})\\b");
//   // *need is the ten digits: every match of the pattern contains one of them.
//
// The analysis reads RE2 syntax (RE2 does not export its parse tree) and is conservative: it
// returns a set only when it can show that every match contains a byte of it, and nullopt for
// anything it does not follow (a pattern that can match the empty string, \p classes, escapes
// by code, non-ASCII literals under case folding...). A nullopt set never skips anything.
// Where a concatenation offers several required parts, the one of bytes rarest in English
// prose is taken (digits and '@' over letters and spaces).
// Thread-safety: pure function.
#pragma once

#include <bitset>
#include <optional>
#include <string_view>

namespace disclose::detect {

using ByteSet = std::bitset<256>;

// Pre: `pattern` compiles with RE2 (call after RE2 accepted it).
std::optional<ByteSet> RequiredBytes(std::string_view pattern);

}  // namespace disclose::detect
