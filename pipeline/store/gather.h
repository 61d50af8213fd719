// Bundle gathering for stages that act once a bundle's documents have all arrived (detect
// for bundle-wide names, seal for the pack). Each arrival is a small file of ids and blob
// references, DIR/<bundle_id>/NNNN.json (no personal data; callers pass records that hold
// none), rewritten idempotently on replay, so progress survives restarts.
//
// Exactly one arrival completes a bundle, also when a batch is replayed after an abort or a
// crash: a replay finds the files of later records already written, so "all present" alone
// would complete at an earlier record and again at the later one. The first arrival that
// finds the bundle complete writes its index to DIR/<bundle_id>/<marker>; later arrivals
// return nothing unless they are that record again (whose replay completes it again).
//
//   store::BundleGather gather(store_dir / "detect-state", "detect state");
//   auto all = gather.Arrive(bundle_id, index, count, record);
//   if (!all.ok()) return all.error();
//   if (!*all) return std::vector<model::Record>{};   // not complete (or completed elsewhere)
//
// Thread-safety: one Arrive at a time per bundle (records of a bundle share a partition and
// so one stage instance); different bundles may be gathered concurrently.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/model/record.h"
#include "pipeline/model/result.h"

namespace disclose::store {

class BundleGather {
 public:
  // `what` names the state in error messages ("seal state"); `marker` is the completion file.
  BundleGather(std::filesystem::path dir, std::string what, std::string marker = "complete.json");

  // Records arrival `index` of `count` for `bundle_id`. Returns every arrival's record in
  // index order when this arrival completes the bundle, std::nullopt otherwise.
  // Errors: kInvalidInput for an index outside [0, count); kInternal for damaged state files;
  // file-system errors as the store reports them.
  Result<std::optional<std::vector<model::Json>>> Arrive(const std::string& bundle_id, int index, int count,
                                                         const model::Json& record) const;

 private:
  std::filesystem::path dir_;
  std::string what_;
  std::string marker_;
};

}  // namespace disclose::store
