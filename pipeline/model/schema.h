// JSON Schema validation of topic payloads, bundle.json and rule files.
// Schemas are the files in schemas/, embedded in the binary at build time; a schema's id is
// its file name without ".schema.json" (e.g. "disclose.intake.v1", "bundle", "rules").
//
//   if (Status s = SchemaRegistry::Default().Validate("disclose.intake.v1", payload); !s.ok()) ...
//
// Error messages give the JSON pointer and the rule that failed, never the offending value.
// Thread-safety: Default() is initialised once; Validate is const and thread-safe.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "pipeline/model/result.h"

namespace disclose::model {

class SchemaRegistry {
 public:
  static const SchemaRegistry& Default();
  ~SchemaRegistry();

  // kInvalidInput naming the first few failures; kNotFound for an unknown schema id.
  Status Validate(std::string_view schema_id, const nlohmann::json& value) const;
  bool Has(std::string_view schema_id) const;

 private:
  SchemaRegistry();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclose::model
