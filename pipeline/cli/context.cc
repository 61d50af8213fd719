// Command wiring shared by the subcommands.
#include "pipeline/cli/context.h"

#include <cstdlib>
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>

#include "pipeline/observe/log.h"
#include "stages/seal/keys.h"

namespace disclose::cli {

namespace fs = std::filesystem;

void AddCommonOptions(CLI::App& app, CommonOptions& options) {
  app.add_option("--store", options.store_dir, "Encrypted store directory (env DISCLOSE_STORE)");
  app.add_option("--kafka-config", options.kafka_config,
                 "File of librdkafka properties (key=value), passed to every client: SASL, TLS, ...");
  app.add_option("--topic-prefix", options.topic_prefix, "Prefix for every topic and group name");
  app.add_option("--rules", options.rules, "Detection rules YAML (default: the built-in uk-justice rules)");
  app.add_option("--public-bodies", options.public_bodies,
                 "Public bodies' published contact details, kept in every disclosure (YAML; default: built in)");
  app.add_flag("--keep-staff-names", options.keep_staff_names,
               "Keep the names of staff acting in their role (default: redacted); their personal details stay redacted");
  app.add_option("--signing-key", options.signing_key,
                 "Signing key prefix (PREFIX.key/PREFIX.pub; created when missing)");
  app.add_option("--log-level", options.log_level, "debug, info, warn or error")
      ->check(CLI::IsMember({"debug", "info", "warn", "error"}));
  app.add_option("--log-file", options.log_file, "Write JSON-lines logs here instead of stderr");
}

void Finalise(CommonOptions& options) {
  if (const char* s = std::getenv("DISCLOSE_STORE"); s && options.store_dir == "var/store") options.store_dir = s;
  if (const char* b = std::getenv("DISCLOSE_BROKERS"); b && options.brokers.empty()) options.brokers = b;
  if (!options.log_file.empty()) {
    std::error_code ec;
    fs::create_directories(fs::path(options.log_file).parent_path(), ec);
  }
  observe::InitLogging(observe::ParseLevel(options.log_level), options.log_file);
}

Result<std::unique_ptr<store::Store>> OpenStore(const CommonOptions& options) {
  store::StoreOptions so;
  so.dir = options.store_dir;
  return store::Store::Open(so);
}

Result<std::unique_ptr<detect::Detector>> LoadDetector(const CommonOptions& options) {
  detect::RulesOptions ro;
  ro.path = options.rules;
  ro.public_bodies_path = options.public_bodies;
  ro.redact_staff_names = !options.keep_staff_names;
  return detect::Detector::Load(ro);
}

Result<std::string> LoadOrCreateSigningKey(const fs::path& prefix) {
  fs::path key = prefix;
  key += ".key";
  if (!fs::exists(key)) {
    std::error_code ec;
    if (prefix.has_parent_path()) fs::create_directories(prefix.parent_path(), ec);
    if (Status s = seal::GenerateKeyPair(seal::KeyKind::kSigning, prefix); !s.ok()) return s.error();
  }
  return seal::ReadSecretKey(key, seal::KeyKind::kSigning);
}

Result<kafka::KafkaConfig> MakeKafkaConfig(const CommonOptions& options, const std::string& brokers) {
  kafka::KafkaConfig config;
  config.brokers = brokers;
  config.topic_prefix = options.topic_prefix;
  if (!options.kafka_config.empty()) {
    std::ifstream in(options.kafka_config);
    if (!in) return InvalidInput("cannot read Kafka properties file " + options.kafka_config);
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
      ++number;
      auto first = line.find_first_not_of(" \t");
      if (first == std::string::npos || line[first] == '#') continue;
      auto eq = line.find('=');
      if (eq == std::string::npos) {
        return InvalidInput(options.kafka_config + " line " + std::to_string(number) + " is not key=value");
      }
      auto trim = [](std::string s) {
        s.erase(0, s.find_first_not_of(" \t"));
        s.erase(s.find_last_not_of(" \t\r") + 1);
        return s;
      };
      config.properties[trim(line.substr(0, eq))] = trim(line.substr(eq + 1));
    }
  }
  return config;
}

void PrintError(const std::string& message) { std::cerr << "disclose: " << message << "\n"; }

}  // namespace disclose::cli
