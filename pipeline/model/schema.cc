// valijson-backed schema registry over the embedded schemas.
#include "pipeline/model/schema.h"

#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace disclose::model {

const std::map<std::string, std::string_view>& EmbeddedSchemas();  // schemas_embedded.cc

struct SchemaRegistry::Impl {
  std::map<std::string, std::unique_ptr<valijson::Schema>, std::less<>> schemas;
};

SchemaRegistry::SchemaRegistry() : impl_(std::make_unique<Impl>()) {
  valijson::SchemaParser parser;
  for (const auto& [file, text] : EmbeddedSchemas()) {
    std::string id = file;
    constexpr std::string_view kSuffix = ".schema.json";
    if (id.size() > kSuffix.size() && id.ends_with(kSuffix)) id.resize(id.size() - kSuffix.size());
    nlohmann::json doc = nlohmann::json::parse(text);  // build-time files; a parse error is a bug
    auto schema = std::make_unique<valijson::Schema>();
    valijson::adapters::NlohmannJsonAdapter adapter(doc);
    parser.populateSchema(adapter, *schema);
    impl_->schemas.emplace(id, std::move(schema));
  }
}

SchemaRegistry::~SchemaRegistry() = default;

const SchemaRegistry& SchemaRegistry::Default() {
  static const SchemaRegistry* registry = new SchemaRegistry();  // never destroyed: used at exit
  return *registry;
}

bool SchemaRegistry::Has(std::string_view schema_id) const {
  return impl_->schemas.find(schema_id) != impl_->schemas.end();
}

Status SchemaRegistry::Validate(std::string_view schema_id, const nlohmann::json& value) const {
  auto it = impl_->schemas.find(schema_id);
  if (it == impl_->schemas.end()) return NotFound("no schema named '" + std::string(schema_id) + "'");
  valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(value);
  if (validator.validate(*it->second, adapter, &results)) return Status::Ok();
  // Report the deepest errors first (the leaves name the actual problem); at most three.
  std::string message = "does not match schema " + std::string(schema_id) + ":";
  valijson::ValidationResults::Error error;
  int shown = 0;
  std::vector<std::pair<std::string, std::string>> all;
  while (results.popError(error)) {
    std::string where;
    for (const auto& part : error.context) where += part;
    all.emplace_back(where, error.description);
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const auto& [where, description] : all) {
    if (shown == 3) break;
    std::string desc = description.substr(0, 160);
    message += (shown ? "; " : " ") + where + ": " + desc;
    ++shown;
  }
  return InvalidInput(message);
}

}  // namespace disclose::model
