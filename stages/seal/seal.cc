// Seal stage core.
#include "stages/seal/seal.h"

#include <chrono>
#include <fstream>
#include <set>

#include "pipeline/model/bundle.h"
#include "pipeline/model/digest.h"
#include "pipeline/model/topics.h"
#include "pipeline/observe/log.h"
#include "pipeline/store/durable_file.h"
#include "pipeline/store/gather.h"
#include "stages/seal/keys.h"
#include "stages/seal/pack.h"

namespace disclose::seal {

namespace fs = std::filesystem;
using model::Json;

namespace {

int64_t NowMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Status WriteAtomically(const fs::path& path, std::string_view bytes, mode_t mode) {
  if (Status s = store::MakePrivateDirectories(path.parent_path(), "seal state"); !s.ok()) return s;
  auto written = store::WriteFileAtomic(path, bytes, mode, store::Publish::kReplace, /*sync=*/true,
                                        path.filename().string());
  if (!written.ok()) return written.error();
  return Status::Ok();
}

std::string Stem(const std::string& name) {
  std::string stem = fs::path(name).stem().string();
  return stem.empty() ? "document" : stem;
}

}  // namespace

SealCore::SealCore(store::Store& store, SealOptions options) : store_(store), options_(std::move(options)) {}

std::string_view SealCore::InputTopic() const { return topics::kApproved; }

Result<std::vector<model::Record>> SealCore::Process(const model::Record& input) {
  const Json& in = input.value;
  const std::string bundle_id = in["bundle_id"];
  // The marker keeps its historical name, so bundles in flight across an upgrade seal once.
  const store::BundleGather gather(options_.state_dir, "seal state", "sealed.json");
  auto documents = gather.Arrive(bundle_id, in["document_index"], in["document_count"], in);
  if (!documents.ok()) return documents.error();
  if (!*documents) return std::vector<model::Record>{};  // not complete, or sealed at another record
  auto sealed = Seal(bundle_id, **documents);
  if (!sealed.ok()) return sealed.error();
  return std::vector<model::Record>{std::move(*sealed)};
}

Result<model::Record> SealCore::Seal(const std::string& bundle_id, const std::vector<Json>& documents) {
  auto bundle_text = store_.Get(bundle_id, documents.front()["bundle_blob"].get<std::string>());
  if (!bundle_text.ok()) return bundle_text.error();
  auto spec = model::ParseBundle(*bundle_text, "stored bundle.json of " + bundle_id);
  if (!spec.ok()) return spec.error();
  auto recipient = DecodeBase64PublicKey(spec->recipient.public_key, KeyKind::kRecipient);
  if (!recipient.ok()) return InvalidInput("bundle " + bundle_id + " has an unusable recipient key");

  PackContents pack;
  pack.bundle_id = bundle_id;
  pack.request_id = spec->request_id;
  Json redactions = Json::array();
  Json withheld = Json::array();
  std::set<std::string> used_names;
  int released = 0;
  for (const Json& doc : documents) {
    const size_t index = doc["document_index"];
    const std::string original = index < spec->documents.size() ? spec->documents[index] : "document";
    if (model::IsWithheld(doc)) {
      withheld.push_back({{"document", original},
                          {"document_id", doc["document_id"]},
                          {"stage", doc["reason"]["stage"]},
                          {"code", doc["reason"]["code"]},
                          {"reason", doc["reason"]["message"]}});
      continue;
    }
    auto pdf = store_.Get(bundle_id, doc["redacted_blob"].get<std::string>());
    if (!pdf.ok()) return pdf.error();
    if (model::Sha256Hex(*pdf) != doc["redacted_sha256"].get<std::string>()) {
      return Internal("redacted document " + doc["document_id"].get<std::string>() + " does not match its hash");
    }
    std::string out_name = "documents/" + Stem(original) + ".pdf";
    for (int n = 2; used_names.count(out_name); ++n) {
      out_name = "documents/" + Stem(original) + "-" + std::to_string(n) + ".pdf";
    }
    used_names.insert(out_name);
    auto findings_text = store_.Get(bundle_id, doc["findings_blob"].get<std::string>());
    if (!findings_text.ok()) return findings_text.error();
    Json findings = Json::parse(*findings_text, nullptr, false);
    if (findings.is_discarded()) return Internal("findings of " + doc["document_id"].get<std::string>() + " are damaged");
    for (const Json& f : findings["findings"]) {
      redactions.push_back({{"document", out_name},
                            {"page", f["page"].get<int>() + 1},
                            {"category", f["category"]},
                            {"exemption", f["exemption"]},
                            {"rule_id", f["rule_id"]},
                            {"party", f["party"]},
                            {"decided_by", doc["approved_by"]},
                            {"decided_at", doc["approved_at"]}});
    }
    pack.files.push_back({out_name, std::move(*pdf)});
    ++released;
  }
  Json schedule = {{"request_id", spec->request_id},
                   {"bundle_id", bundle_id},
                   {"recipient", spec->recipient.name},
                   {"documents_released", released},
                   {"documents_withheld", withheld.size()},
                   {"redactions", std::move(redactions)},
                   {"withheld", std::move(withheld)}};
  pack.files.push_back({"schedule.json", schedule.dump(2)});

  auto bytes = BuildPack(pack, *recipient, options_.signing_secret_key);
  if (!bytes.ok()) return bytes.error();
  const std::string pack_file = bundle_id + ".pack";
  // Packs are encrypted, so the hand-off process may read them (0644).
  if (Status s = WriteAtomically(options_.outbox / pack_file, *bytes, 0644); !s.ok()) return s.error();

  const int withheld_count = static_cast<int>(documents.size()) - released;
  observe::Log(observe::Level::kInfo, "bundle.sealed",
               {{"bundle_id", bundle_id}, {"released", released}, {"withheld", withheld_count}});
  model::Record out;
  out.topic = std::string(topics::kSealed);
  out.key = bundle_id;
  out.value = {{"schema", topics::kSealed},
               {"bundle_id", bundle_id},
               {"document_count", documents.size()},
               {"documents_released", released},
               {"documents_withheld", withheld_count},
               {"pack_file", pack_file},
               {"pack_sha256", model::Sha256Hex(*bytes)},
               {"sealed_at", NowMs()}};
  return out;
}

}  // namespace disclose::seal
