// Shared wiring for the command-line commands: options common to every command, and the
// factories that build the store, the Kafka configuration and the stage cores from them.
// Thread-safety: call from main's thread.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "pipeline/kafka/publisher.h"
#include "pipeline/kafka/runner.h"
#include "pipeline/kafka/tail.h"
#include "pipeline/model/record.h"
#include "pipeline/model/result.h"
#include "pipeline/store/store.h"
#include "stages/detect/detector.h"

namespace CLI {
class App;
}

namespace disclose::cli {

// Exit codes: the command-line contract in DESIGN.md.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitQuarantined = 3;

struct CommonOptions {
  std::string store_dir = "var/store";          // --store / DISCLOSE_STORE
  std::string brokers;                          // --brokers / DISCLOSE_BROKERS; empty = command default
  std::string kafka_config;                     // --kafka-config FILE: librdkafka properties (key=value lines)
  std::string topic_prefix;                     // --topic-prefix (tests isolate runs with it)
  std::string rules;                            // --rules FILE; empty = embedded uk-justice.yaml
  std::string public_bodies;                    // --public-bodies FILE; empty = embedded allow-list
  bool keep_staff_names = false;                // --keep-staff-names: staff names kept (policy)
  std::string signing_key = "var/keys/signing"; // --signing-key PREFIX (PREFIX.key, PREFIX.pub; created if missing)
  std::string log_level = "info";               // --log-level debug|info|warn|error
  std::string log_file;                         // --log-file FILE; empty = stderr
};

// Adds the options above to `app` (as options shared by all subcommands).
void AddCommonOptions(CLI::App& app, CommonOptions& options);
// Applies environment defaults (DISCLOSE_STORE, DISCLOSE_BROKERS) and starts logging.
void Finalise(CommonOptions& options);

Result<std::unique_ptr<store::Store>> OpenStore(const CommonOptions& options);
Result<std::unique_ptr<detect::Detector>> LoadDetector(const CommonOptions& options);
// Reads PREFIX.key, creating the organisation's signing key pair first when it is missing.
Result<std::string> LoadOrCreateSigningKey(const std::filesystem::path& prefix);
// Brokers plus the pass-through properties of --kafka-config.
Result<kafka::KafkaConfig> MakeKafkaConfig(const CommonOptions& options, const std::string& brokers);

// Prints "disclose: <message>" to stderr (one sentence naming the input).
void PrintError(const std::string& message);

}  // namespace disclose::cli
