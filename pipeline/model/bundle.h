// bundle.json: the request, the data subject's own data (exempt from redaction) and the
// recipient. Parsed strictly: unknown fields are errors, so that a typo cannot silently drop
// an exemption. The plaintext BundleSpec lives only in memory and in the encrypted store.
// Thread-safety: value types.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/model/result.h"

namespace disclose::model {

struct SubjectContact {
  std::vector<std::string> addresses;
  std::vector<std::string> phones;
  std::vector<std::string> emails;
};

struct Subject {
  std::string name;
  std::vector<std::string> aliases;
  std::string date_of_birth;  // ISO yyyy-mm-dd, or empty
  std::string prison_number;  // or empty
  std::map<std::string, std::string> identifiers;  // pnc, cro, crn, ni_number, nhs_number, ...
  SubjectContact contact;
};

struct Recipient {
  std::string name;
  std::string public_key;  // base64 X25519 public key (32 bytes)
};

struct BundleSpec {
  std::string request_id;
  std::string received;  // ISO yyyy-mm-dd
  Subject subject;
  Recipient recipient;
  std::vector<std::string> documents;  // file names in the bundle folder; empty = all supported
};

// Parses and validates bundle.json text against schemas/bundle.schema.json.
// `origin` names the file in error messages (a path, never the content).
Result<BundleSpec> ParseBundle(std::string_view json_text, std::string_view origin);

// The canonical JSON form (what the store keeps for later stages).
std::string SerializeBundle(const BundleSpec& spec);

}  // namespace disclose::model
