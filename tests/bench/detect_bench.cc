// Detection throughput (MB/s of page text, one core) on the evaluation set's pages:
//   BM_Detect/names:1   the full engine (RE2::Set prefilter, matching rules, validators, context,
//                       table headers, names, subject exemption, allow-list), default rules
//   BM_Detect/names:0   the same without the name finder
//   BM_PerRuleBaseline  every rule's own RE2 run separately over every page (matching only)
// Pages are grouped into ~4 KB and ~64 KB chunks to show the per-page overhead.
// Not a test: run by hand (`ninja detect_bench && tests/bench/detect_bench`).
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>
#include <re2/re2.h>
#include <re2/set.h>
#include <yaml-cpp/yaml.h>

#include "stages/detect/detector.h"
#include "stages/detect/normalize.h"

namespace {

using disclose::detect::Detector;
using disclose::detect::SubjectProfile;

// The evaluation set's page texts joined into chunks of about `chunk` bytes.
std::vector<std::string> Pages(size_t chunk) {
  std::vector<std::string> raw;
  const std::string dir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().filename().string().starts_with("bundle-")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream in(f);
    auto doc = nlohmann::json::parse(in);
    for (const auto& d : doc["documents"]) {
      for (const auto& p : d["pages"]) raw.push_back(p.get<std::string>());
    }
  }
  std::vector<std::string> out;
  std::string cur;
  for (const auto& p : raw) {
    cur += p;
    cur += "\n";
    if (cur.size() >= chunk) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

SubjectProfile Subject() {
  disclose::model::Subject s;
  s.name = "Callum Fenwick Ashby";
  s.date_of_birth = "1986-07-19";
  s.prison_number = "K4821QT";
  return SubjectProfile::Build(s);
}

void BM_Detect(benchmark::State& state) {
  disclose::detect::RulesOptions options;
  options.names = state.range(1) != 0;
  auto detector = Detector::Load(options);
  if (!detector.ok()) {
    state.SkipWithError(detector.error().message.c_str());
    return;
  }
  const auto pages = Pages(static_cast<size_t>(state.range(0)));
  const SubjectProfile subject = Subject();
  size_t bytes = 0, findings = 0;
  for (const auto& p : pages) bytes += p.size();
  for (auto _ : state) {
    for (const auto& p : pages) {
      auto f = (*detector)->Detect(p, subject);
      findings += f.size();
      benchmark::DoNotOptimize(f.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["findings/page"] =
      static_cast<double>(findings) / static_cast<double>(state.iterations() * pages.size());
}
BENCHMARK(BM_Detect)->ArgNames({"chunk", "names"})->Args({4096, 1})->Args({65536, 1})->Args({4096, 0})->Args({65536, 0});

void BM_PerRuleBaseline(benchmark::State& state) {
  YAML::Node doc = YAML::Load(std::string(disclose::detect::DefaultRulesYaml()));
  std::vector<std::unique_ptr<RE2>> rules;
  for (const auto& r : doc["rules"]) rules.push_back(std::make_unique<RE2>(r["pattern"].as<std::string>()));
  const auto pages = Pages(static_cast<size_t>(state.range(0)));
  size_t bytes = 0, matches = 0;
  for (const auto& p : pages) bytes += p.size();
  for (auto _ : state) {
    for (const auto& p : pages) {
      auto nt = disclose::detect::Normalize(p);
      for (const auto& re : rules) {
        re2::StringPiece input(nt.text);
        re2::StringPiece group;
        while (RE2::FindAndConsume(&input, *re, &group)) ++matches;
      }
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_PerRuleBaseline)->ArgNames({"chunk"})->Arg(4096)->Arg(65536);

// The prefilter alone: one RE2::Set of every default pattern over each page.
void BM_SetOnly(benchmark::State& state) {
  YAML::Node doc = YAML::Load(std::string(disclose::detect::DefaultRulesYaml()));
  RE2::Options options;
  options.set_max_mem(256 << 20);
  RE2::Set set(options, RE2::UNANCHORED);
  for (const auto& r : doc["rules"]) set.Add(r["pattern"].as<std::string>(), nullptr);
  set.Compile();
  const auto pages = Pages(static_cast<size_t>(state.range(0)));
  size_t bytes = 0, hits = 0;
  for (const auto& p : pages) bytes += p.size();
  std::vector<int> v;
  for (auto _ : state) {
    for (const auto& p : pages) {
      v.clear();
      set.Match(p, &v);
      hits += v.size();
    }
  }
  benchmark::DoNotOptimize(hits);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_SetOnly)->ArgNames({"chunk"})->Arg(4096);

// Each default rule alone over the pages (which rules cost most).
void BM_OneRule(benchmark::State& state) {
  YAML::Node doc = YAML::Load(std::string(disclose::detect::DefaultRulesYaml()));
  const auto& r = doc["rules"][static_cast<size_t>(state.range(0))];
  RE2 re(r["pattern"].as<std::string>());
  state.SetLabel(r["id"].as<std::string>());
  const auto pages = Pages(4096);
  size_t bytes = 0, matches = 0;
  for (const auto& p : pages) bytes += p.size();
  for (auto _ : state) {
    for (const auto& p : pages) {
      re2::StringPiece input(p);
      re2::StringPiece group;
      while (RE2::FindAndConsume(&input, re, &group)) ++matches;
    }
  }
  benchmark::DoNotOptimize(matches);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_OneRule)->DenseRange(0, 24);

}  // namespace

BENCHMARK_MAIN();
