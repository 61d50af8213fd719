// Detection throughput (MB/s of page text, one core) on the evaluation set's pages (tests/data/eval:
// 100 synthetic justice-document pages, 83 KB, pure ASCII; about 20 findings per KB, i.e. one item
// of personal data every ~50 bytes: dense, like the letters, logs and health extracts it holds).
//   BM_Detect/prefilter:1   the full engine (RE2::Set prefilter per block of lines, the hit rules'
//                           own RE2 there, validators, context, table headers, names, subject
//                           exemption, allow-list), default rules
//   BM_Detect/prefilter:0   the per-rule baseline: the same engine and downstream work, but every
//                           rule's RE2 runs separately over the whole page (RulesOptions::prefilter
//                           = false; the findings are identical)
//   names:0                 either, without the name finder
//   BM_PerRuleMatchOnly     every rule's RE2 over every page, matching only (no downstream work)
//   BM_SetOnly              the RE2::Set pass alone over whole pages (the floor of the Set path)
//   BM_DetectDensity        the full engine on the evaluation pages interleaved with case-note
//                           prose (prose_percent of the text): speed against findings per KB,
//                           since the cost is about 45 instructions per byte of text plus a few
//                           microseconds per candidate
// Pages are grouped into ~4 KB and ~64 KB chunks to show the per-page overhead. The label states
// the text size and the density of findings.
// Not a test: run by hand (`ninja detect_bench && tests/bench/detect_bench`); `--findings` prints
// the findings instead, to diff before and after an engine change; `--profile N` runs untimed.
#include <cstdio>
#include <cstdlib>
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

// Times `options`' engine over `pages`, with bytes/s, findings per page and per KB.
void RunDetect(benchmark::State& state, const disclose::detect::RulesOptions& options,
               const std::vector<std::string>& pages) {
  auto detector = Detector::Load(options);
  if (!detector.ok()) {
    state.SkipWithError(detector.error().message.c_str());
    return;
  }
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
  state.counters["findings/KB"] =
      static_cast<double>(findings) * 1024.0 / static_cast<double>(state.iterations() * bytes);
  state.SetLabel(std::to_string(bytes) + " bytes in " + std::to_string(pages.size()) + " chunks");
}

void BM_Detect(benchmark::State& state) {
  disclose::detect::RulesOptions options;
  options.names = state.range(1) != 0;
  options.prefilter = state.range(2) != 0;
  RunDetect(state, options, Pages(static_cast<size_t>(state.range(0))));
}
BENCHMARK(BM_Detect)
    ->ArgNames({"chunk", "names", "prefilter"})
    ->Args({4096, 1, 1})
    ->Args({4096, 1, 0})
    ->Args({65536, 1, 1})
    ->Args({65536, 1, 0})
    ->Args({4096, 0, 1})
    ->Args({4096, 0, 0});

// Sentences of case-note and letter prose with no personal data in them (written for this
// benchmark), used to dilute the evaluation pages to the density of ordinary documents. A
// quarter of them carry digits (times, counts, event dates), as case notes do, so the rule set
// and the date rule still run over much of the prose.
constexpr const char* kProse[] = {
    "The wing staff completed the routine cell check during the morning roll count and recorded no concerns.",
    "During the review the panel considered the sentence plan, the risk assessment and the progress reports.",
    "It was agreed that the education department would arrange a place on the level two literacy course.",
    "The healthcare team reviewed the medication and confirmed that the current prescription should continue.",
    "A complaint about the canteen delivery was received, logged and passed to the business hub for a reply.",
    "The probation service will prepare a pre-release report and share it with the offender manager in good time.",
    "Please note that visits are booked through the visits booking line at least twenty four hours in advance.",
    "The adjudication was opened, adjourned for a police referral and later dismissed when the referral lapsed.",
    "Workshop attendance has been good this month and the instructor describes the work as careful and steady.",
    "Following the search of the landing nothing unauthorised was found and the area was returned to normal use.",
    "The resettlement team discussed accommodation options, benefits on release and registration with a doctor.",
    "We have considered your request under the data protection legislation and set out our response below.",
    "Where information has been withheld the schedule explains the exemption that applies to each item.",
    "The safer custody team opened a support plan, held the first case review and set the next review date.",
    "Enhanced status was confirmed at the incentives review after a period of positive entries in the record.",
    "The keyworker session covered family contact, the progress of the course and plans for the coming weeks.",
    "An application for a transfer closer to home was submitted and will be considered by the population team.",
    "The kitchen reported that the special diet request had been approved by the catering manager yesterday.",
    "Legal correspondence must be marked as such on the envelope so that it is opened only in the presence of the prisoner.",
    "The gym orderly role was advertised on the wing notice board and applications closed at the end of the week.",
    // Prose is rarely free of digits: times, counts and event dates make the rule set run.
    "The review on 14/03/2024 at 10:30 confirmed the plan and set the next review for 28 days later.",
    "Three of the 12 sessions were missed in March, so the course will run again from week 6.",
    "Canteen sheets for week 23 were returned by 09:00 and the orders were delivered on Friday.",
    "The adjudication hearing listed for 2 May 2024 was adjourned until the 16th at 14:00.",
    "Level 2 literacy and level 1 numeracy were completed with 85 percent attendance over 10 weeks.",
    "Room 4 on the ground floor was booked from 13:30 to 15:00 for the 3 legal visits that afternoon.",
};

// The evaluation pages interleaved with prose so that the prose makes up `prose_percent` of
// the text (0 = the evaluation pages alone; 100 = prose only), in chunks of about 4 KB.
std::vector<std::string> MixedPages(int prose_percent) {
  const auto eval = Pages(4096);
  size_t eval_bytes = 0;
  for (const auto& p : eval) eval_bytes += p.size();
  const size_t prose_target = prose_percent >= 100 ? eval_bytes
                                                   : eval_bytes * static_cast<size_t>(prose_percent) /
                                                         static_cast<size_t>(100 - prose_percent);
  // Paragraphs of four sentences, wrapped at 90 columns as text extracted from a PDF page is.
  std::string prose;
  size_t column = 0;
  for (size_t i = 0; prose.size() < prose_target; ++i) {
    std::string_view sentence = kProse[(i * 7) % std::size(kProse)];
    while (!sentence.empty()) {
      const size_t cut = sentence.find(' ');
      const std::string_view word = sentence.substr(0, cut);
      if (column > 0 && column + 1 + word.size() > 90) {
        prose += '\n';
        column = 0;
      } else if (column > 0) {
        prose += ' ';
        ++column;
      }
      prose += word;
      column += word.size();
      sentence = cut == std::string_view::npos ? std::string_view() : sentence.substr(cut + 1);
    }
    if (i % 4 == 3) {
      prose += "\n\n";
      column = 0;
    }
  }
  prose += '\n';
  std::vector<std::string> out;
  const size_t share = prose.size() / eval.size();
  size_t at = 0;
  for (size_t i = 0; i < eval.size(); ++i) {
    size_t end = i + 1 == eval.size() ? prose.size() : std::min(prose.size(), at + share);
    while (end < prose.size() && prose[end - 1] != '\n' && prose[end - 1] != ' ') ++end;
    std::string page = prose_percent >= 100 ? std::string() : eval[i];
    page += "\n";
    page.append(prose, at, end - at);
    at = end;
    out.push_back(std::move(page));
  }
  return out;
}

// The full engine (prefilter, names) at falling densities of personal data.
void BM_DetectDensity(benchmark::State& state) {
  RunDetect(state, {}, MixedPages(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_DetectDensity)->ArgNames({"prose_percent"})->Arg(0)->Arg(50)->Arg(75)->Arg(90)->Arg(95)->Arg(100);

void BM_PerRuleMatchOnly(benchmark::State& state) {
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
BENCHMARK(BM_PerRuleMatchOnly)->ArgNames({"chunk"})->Arg(4096)->Arg(65536);

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

// `detect_bench --findings`: prints every finding on the benchmark texts (offsets, rule, score,
// reason, party; never the text) instead of timing, so that a change meant to make the engine
// faster can be checked for identical output with diff.
int PrintFindings() {
  auto detector = Detector::Load({});
  if (!detector.ok()) return 1;
  const SubjectProfile subject = Subject();
  for (int percent : {0, 90}) {
    const auto pages = MixedPages(percent);
    for (size_t i = 0; i < pages.size(); ++i) {
      for (const auto& f : (*detector)->Detect(pages[i], subject)) {
        std::printf("%d %zu %zu %zu %.*s %.3f %s %.*s\n", percent, i, f.begin, f.end, static_cast<int>(f.rule_id.size()),
                    f.rule_id.data(), f.score, f.reason.c_str(), static_cast<int>(f.party.size()), f.party.data());
      }
    }
  }
  return 0;
}

// `detect_bench --profile N [PROSE_PERCENT]`: the full engine N times over the benchmark text,
// untimed, for a profiler (perf record, or valgrind --tool=callgrind, whose instruction counts
// stay steady where this VM's timings swing by a third).
// One untimed pass; a function of its own so that a profiler can collect it alone
// (valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*ProfilePass*').
[[gnu::noinline]] size_t ProfilePass(const Detector& detector, const SubjectProfile& subject,
                                     const std::vector<std::string>& pages) {
  size_t findings = 0;
  for (const auto& p : pages) findings += detector.Detect(p, subject).size();
  return findings;
}

// `times` passes after one warm-up pass (which fills RE2's DFA caches).
int Profile(int times, int prose_percent) {
  auto detector = Detector::Load({});
  if (!detector.ok()) return 1;
  const SubjectProfile subject = Subject();
  const auto pages = MixedPages(prose_percent);
  size_t findings = 0;
  for (const auto& p : pages) (*detector)->Detect(p, subject);
  for (int n = 0; n < times; ++n) findings += ProfilePass(**detector, subject, pages);
  std::printf("%zu findings\n", findings);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && std::string_view(argv[1]) == "--findings") return PrintFindings();
  if (argc >= 3 && std::string_view(argv[1]) == "--profile") {
    return Profile(std::atoi(argv[2]), argc >= 4 ? std::atoi(argv[3]) : 0);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
