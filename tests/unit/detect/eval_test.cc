// The detection quality gate: runs the labelled evaluation sets and fails when any recorded
// figure (baseline.json in each) drops: tests/data/eval, written with the rules, and
// tests/data/eval-heldout, eval-fresh, eval-third, eval-fourth, eval-fifth, eval-sixth,
// eval-seventh, eval-eighth, eval-ninth, eval-tenth, eval-eleventh, eval-twelfth,
// eval-thirteenth, eval-fourteenth, eval-fifteenth, eval-sixteenth, eval-seventeenth,
// eval-eighteenth, eval-nineteenth, eval-twentieth, eval-twentyfirst, eval-twentysecond and
// eval-twentythird, each written without reading the rules or the other sets
// (tests/tools/evalgen_heldout.py, evalgen_fresh.py,
// evalgen_third.py, evalgen_fourth.py, evalgen_fifth.py, evalgen_sixth.py, evalgen_seventh.py,
// evalgen_eighth.py, evalgen_ninth.py, evalgen_tenth.py, evalgen_eleventh.py,
// evalgen_twelfth.py, evalgen_thirteenth.py, evalgen_fourteenth.py, evalgen_fifteenth.py,
// evalgen_sixteenth.py, evalgen_seventeenth.py, evalgen_eighteenth.py, evalgen_nineteenth.py,
// evalgen_twentieth.py, evalgen_twentyfirst.py, evalgen_twentysecond.py, evalgen_twentythird.py;
// eval-fourth to eval-twentythird bring their deployment's public-bodies.yaml).
// Also checks that the gate can fail.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include <gtest/gtest.h>

#include "stages/detect/evaluate.h"

namespace disclose::detect {
namespace {

const std::string kEvalDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval";
const std::string kHeldOutDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-heldout";
const std::string kFreshDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-fresh";
const std::string kThirdDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-third";
const std::string kFourthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-fourth";
const std::string kFifthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-fifth";
const std::string kSixthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-sixth";
const std::string kSeventhDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-seventh";
const std::string kEighthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-eighth";
const std::string kNinthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-ninth";
const std::string kTenthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-tenth";
const std::string kEleventhDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-eleventh";
const std::string kTwelfthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-twelfth";
const std::string kThirteenthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-thirteenth";
const std::string kFourteenthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-fourteenth";
const std::string kFifteenthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-fifteenth";
const std::string kSixteenthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-sixteenth";
const std::string kSeventeenthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-seventeenth";
const std::string kEighteenthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-eighteenth";
const std::string kNineteenthDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-nineteenth";
const std::string kTwentiethDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-twentieth";
const std::string kTwentyFirstDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-twentyfirst";
const std::string kTwentySecondDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-twentysecond";
const std::string kTwentyThirdDir = std::string(DISCLOSE_SOURCE_DIR) + "/tests/data/eval-twentythird";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `keep_staff`: the deployment policy that keeps staff names (RulesOptions::redact_staff_names =
// false), checked against baseline-keep-staff.json; its public-body figure then counts the staff
// names kept.
void ExpectNoDropBelowBaseline(const std::string& dir, size_t min_items, size_t min_subject_items,
                               bool keep_staff = false) {
  RulesOptions rules;
  rules.redact_staff_names = !keep_staff;
  // A set may come with its deployment's own establishments (as --public-bodies).
  if (std::ifstream(dir + "/public-bodies.yaml")) rules.public_bodies_path = dir + "/public-bodies.yaml";
  auto detector = Detector::Load(rules);
  ASSERT_TRUE(detector.ok()) << detector.error().message;
  EvalOptions options;
  options.redact_staff_names = !keep_staff;
  options.details = std::getenv("DISCLOSE_EVAL_DETAILS") != nullptr;  // lists misses (synthetic data)
  auto report = Evaluate(**detector, dir, options);
  ASSERT_TRUE(report.ok()) << report.error().message;
  for (const auto& m : report->misses) std::cout << "MISS " << m << "\n";
  for (const auto& f : report->false_positives) std::cout << "WRONG " << f << "\n";
  for (const auto& s : report->subject_hits) std::cout << "NOT KEPT " << s << "\n";
  std::cout << FormatReport(*report);
  if (options.details) std::cout << "BASELINE " << BaselineJson(*report);
  EXPECT_GT(report->overall.items, min_items);
  EXPECT_GT(report->subject_items, min_subject_items);
  const std::string baseline = ReadFile(dir + (keep_staff ? "/baseline-keep-staff.json" : "/baseline.json"));
  ASSERT_FALSE(baseline.empty());
  for (const auto& drop : CompareWithBaseline(*report, baseline)) ADD_FAILURE() << drop;
}

TEST(EvalTest, FiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kEvalDir, 500, 100); }

TEST(EvalTest, HeldOutFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kHeldOutDir, 3000, 1000); }

TEST(EvalTest, FreshSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kFreshDir, 2500, 900); }

TEST(EvalTest, ThirdSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kThirdDir, 1900, 800); }

TEST(EvalTest, FourthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kFourthDir, 1900, 850); }

TEST(EvalTest, FifthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kFifthDir, 850, 400); }

TEST(EvalTest, SixthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kSixthDir, 600, 400); }

TEST(EvalTest, SeventhSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kSeventhDir, 500, 250); }

TEST(EvalTest, EighthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kEighthDir, 600, 300); }

TEST(EvalTest, NinthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kNinthDir, 550, 300); }

TEST(EvalTest, TenthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kTenthDir, 500, 300); }

TEST(EvalTest, EleventhSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kEleventhDir, 500, 300); }

TEST(EvalTest, TwelfthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kTwelfthDir, 500, 300); }

TEST(EvalTest, ThirteenthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kThirteenthDir, 500, 350); }

TEST(EvalTest, FourteenthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kFourteenthDir, 500, 300); }

TEST(EvalTest, FifteenthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kFifteenthDir, 500, 350); }

TEST(EvalTest, SixteenthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kSixteenthDir, 500, 350); }

TEST(EvalTest, SeventeenthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kSeventeenthDir, 450, 380); }

TEST(EvalTest, EighteenthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kEighteenthDir, 700, 300); }

TEST(EvalTest, NineteenthSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kNineteenthDir, 600, 400); }

TEST(EvalTest, TwentiethSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kTwentiethDir, 550, 350); }

TEST(EvalTest, TwentyFirstSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kTwentyFirstDir, 450, 300); }

TEST(EvalTest, TwentySecondSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kTwentySecondDir, 600, 350); }

TEST(EvalTest, TwentyThirdSetFiguresDoNotDropBelowBaseline) { ExpectNoDropBelowBaseline(kTwentyThirdDir, 350, 550); }

// The same sets under the policy that keeps staff names: recall of everything else, and
// how many staff names and public-body details are kept.
TEST(EvalTest, KeepStaffPolicyFiguresDoNotDropBelowBaseline) {
  ExpectNoDropBelowBaseline(kEvalDir, 500, 100, true);
  ExpectNoDropBelowBaseline(kHeldOutDir, 2500, 1000, true);
  ExpectNoDropBelowBaseline(kFreshDir, 2000, 900, true);
  ExpectNoDropBelowBaseline(kThirdDir, 1500, 800, true);
  ExpectNoDropBelowBaseline(kFourthDir, 1500, 850, true);
  ExpectNoDropBelowBaseline(kFifthDir, 750, 400, true);
  ExpectNoDropBelowBaseline(kSixthDir, 480, 400, true);
  ExpectNoDropBelowBaseline(kSeventhDir, 420, 250, true);
  ExpectNoDropBelowBaseline(kEighthDir, 480, 300, true);
  ExpectNoDropBelowBaseline(kNinthDir, 450, 300, true);
  ExpectNoDropBelowBaseline(kTenthDir, 400, 300, true);
  ExpectNoDropBelowBaseline(kEleventhDir, 350, 300, true);
  ExpectNoDropBelowBaseline(kTwelfthDir, 350, 300, true);
  ExpectNoDropBelowBaseline(kThirteenthDir, 350, 350, true);
  ExpectNoDropBelowBaseline(kFourteenthDir, 350, 300, true);
  ExpectNoDropBelowBaseline(kFifteenthDir, 300, 350, true);
  ExpectNoDropBelowBaseline(kSixteenthDir, 400, 350, true);
  ExpectNoDropBelowBaseline(kSeventeenthDir, 300, 380, true);
  ExpectNoDropBelowBaseline(kEighteenthDir, 550, 300, true);
  ExpectNoDropBelowBaseline(kNineteenthDir, 350, 400, true);
  ExpectNoDropBelowBaseline(kTwentiethDir, 400, 350, true);
  ExpectNoDropBelowBaseline(kTwentyFirstDir, 330, 300, true);
  ExpectNoDropBelowBaseline(kTwentySecondDir, 450, 350, true);
  ExpectNoDropBelowBaseline(kTwentyThirdDir, 300, 550, true);
}

TEST(EvalTest, BaselineComparisonReportsADrop) {
  EvalReport report;
  report.categories["pnc"].items = 10;
  report.categories["pnc"].recalled = 9;
  report.overall.findings = 10;
  report.overall.correct = 10;
  auto drops = CompareWithBaseline(report, R"({"recall":{"pnc":1.0},"precision_overall":0.9,"subject_retention":1})");
  ASSERT_EQ(drops.size(), 1u);
  EXPECT_NE(drops[0].find("pnc"), std::string::npos);
  EXPECT_EQ(CompareWithBaseline(report, "not json").size(), 1u);
  report.public_items = 10;
  report.public_kept = 8;
  drops = CompareWithBaseline(
      report, R"({"recall":{"pnc":0.9},"precision_overall":0.9,"subject_retention":1,"public_retention":0.9})");
  ASSERT_EQ(drops.size(), 1u);
  EXPECT_NE(drops[0].find("public-body"), std::string::npos);
}

TEST(EvalTest, MissingDirectoryIsAnError) {
  auto detector = Detector::Load({});
  ASSERT_TRUE(detector.ok());
  EXPECT_FALSE(Evaluate(**detector, kEvalDir + "/no-such-dir", {}).ok());
}

}  // namespace
}  // namespace disclose::detect
