// Measures the detector on the labelled evaluation set (tests/data/eval, written by
// tests/tools/evalgen.py): precision and recall per category, subject-data retention and
// public-body retention, and compares them with recorded figures (baseline.json).
//
//   auto report = Evaluate(detector, "tests/data/eval", {});
//   std::cout << FormatReport(*report);
//   for (auto& drop : CompareWithBaseline(*report, baseline_json_text)) ...   // empty = no drop
//
// Scoring: an item of a third party or staff (staff names only when they are redacted by
// policy) is recalled when
// findings cover every letter and digit of it; a finding is correct when it overlaps such an
// item; a subject or public-body item is kept when no finding overlaps it. Documents of a bundle
// share one BundleContext filled by a first pass over all of them, as in the detect stage.
// Thread-safety: pure functions over their arguments.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "pipeline/model/result.h"
#include "stages/detect/detector.h"

namespace disclose::detect {

struct CategoryFigures {
  size_t items = 0;         // items that should be redacted
  size_t recalled = 0;
  size_t findings = 0;      // findings reported with this category
  size_t correct = 0;       // ... that overlap an item that should be redacted
  double Recall() const { return items ? static_cast<double>(recalled) / static_cast<double>(items) : 1.0; }
  double Precision() const { return findings ? static_cast<double>(correct) / static_cast<double>(findings) : 1.0; }
};

struct EvalReport {
  std::map<std::string, CategoryFigures> categories;
  CategoryFigures overall;
  size_t subject_items = 0, subject_kept = 0;
  size_t public_items = 0, public_kept = 0;
  size_t documents = 0, pages = 0, bytes = 0;
  // Missed items and wrong findings as "bundle/document page N category party", no text.
  std::vector<std::string> misses, false_positives, subject_hits;
  double Retention() const {
    return subject_items ? static_cast<double>(subject_kept) / static_cast<double>(subject_items) : 1.0;
  }
  // Public-body items (and staff names, when the policy keeps them) left unredacted.
  double PublicRetention() const {
    return public_items ? static_cast<double>(public_kept) / static_cast<double>(public_items) : 1.0;
  }
};

struct EvalOptions {
  bool redact_staff_names = true;  // must match the detector's setting
  bool details = false;            // fill misses / false_positives / subject_hits
};

// Reads every bundle-*.json in `dir`. Unreadable or malformed files -> error naming the file.
Result<EvalReport> Evaluate(const Detector& detector, const std::string& dir, const EvalOptions& options);

// A table: one line per category, then the overall and retention figures.
std::string FormatReport(const EvalReport& report);

// The figures CompareWithBaseline checks, as JSON text (for tests/data/eval/baseline.json).
std::string BaselineJson(const EvalReport& report);

// One message per figure below the baseline (recall per category, overall precision, subject
// retention, and public-body retention when the baseline records it). Bad baseline JSON -> a
// single message saying so.
std::vector<std::string> CompareWithBaseline(const EvalReport& report, const std::string& baseline_json);

}  // namespace disclose::detect
