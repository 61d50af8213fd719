// Evaluation of the detector on the labelled set (see evaluate.h).
#include "stages/detect/evaluate.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace disclose::detect {

using Json = nlohmann::json;

namespace {

model::Subject SubjectFromJson(const Json& j) {
  model::Subject s;
  s.name = j.value("name", "");
  if (j.contains("aliases")) s.aliases = j["aliases"].get<std::vector<std::string>>();
  s.date_of_birth = j.value("date_of_birth", "");
  s.prison_number = j.value("prison_number", "");
  if (j.contains("identifiers")) s.identifiers = j["identifiers"].get<std::map<std::string, std::string>>();
  if (j.contains("contact")) {
    const Json& c = j["contact"];
    if (c.contains("addresses")) s.contact.addresses = c["addresses"].get<std::vector<std::string>>();
    if (c.contains("phones")) s.contact.phones = c["phones"].get<std::vector<std::string>>();
    if (c.contains("emails")) s.contact.emails = c["emails"].get<std::vector<std::string>>();
  }
  return s;
}

bool Covered(const std::string& page, size_t begin, size_t end, const std::vector<Finding>& findings) {
  for (size_t i = begin; i < end && i < page.size(); ++i) {
    if (!std::isalnum(static_cast<unsigned char>(page[i]))) continue;
    bool in = std::any_of(findings.begin(), findings.end(), [i](const Finding& f) { return f.begin <= i && i < f.end; });
    if (!in) return false;
  }
  return true;
}

bool Overlaps(size_t b1, size_t e1, size_t b2, size_t e2) { return b1 < e2 && b2 < e1; }

std::string Fixed(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  return buf;
}

void Account(const std::string& where, const std::string& page, const Json& truth, const std::vector<Finding>& found,
             size_t page_index, const EvalOptions& options, EvalReport* report) {
  std::vector<const Json*> items;
  for (const Json& t : truth) {
    if (t["page"].get<size_t>() == page_index) items.push_back(&t);
  }
  auto should_redact = [&](const Json& t) {
    const std::string party = t["party"];
    // The staff policy keeps staff names only; staff contact details stay redacted.
    return party == "third_party" || (party == "staff" && (options.redact_staff_names || t["category"] != "name"));
  };
  for (const Json* t : items) {
    const size_t b = (*t)["begin"], e = (*t)["end"];
    const std::string party = (*t)["party"], category = (*t)["category"];
    const std::string label = where + " page " + std::to_string(page_index) + " " + category + " " + party;
    if (should_redact(*t)) {
      CategoryFigures& c = report->categories[category];
      ++c.items;
      ++report->overall.items;
      if (Covered(page, b, e, found)) {
        ++c.recalled;
        ++report->overall.recalled;
      } else if (options.details) {
        report->misses.push_back(label + " '" + (*t).value("text", "") + "'");
      }
      continue;
    }
    bool touched = std::any_of(found.begin(), found.end(), [&](const Finding& f) { return Overlaps(f.begin, f.end, b, e); });
    if (party == "subject") {
      ++report->subject_items;
      if (!touched) ++report->subject_kept;
      else if (options.details) report->subject_hits.push_back(label + " '" + (*t).value("text", "") + "'");
    } else {
      ++report->public_items;
      if (!touched) ++report->public_kept;
      else if (options.details) report->subject_hits.push_back(label + " '" + (*t).value("text", "") + "'");
    }
  }
  for (const Finding& f : found) {
    CategoryFigures& c = report->categories[std::string(f.category)];
    ++c.findings;
    ++report->overall.findings;
    bool ok = std::any_of(items.begin(), items.end(), [&](const Json* t) {
      return should_redact(*t) && Overlaps(f.begin, f.end, (*t)["begin"], (*t)["end"]);
    });
    if (ok) {
      ++c.correct;
      ++report->overall.correct;
    } else if (options.details) {
      report->false_positives.push_back(where + " page " + std::to_string(page_index) + " " + std::string(f.category) + " " +
                                        f.reason + " '" + page.substr(f.begin, f.end - f.begin) + "'");
    }
  }
}

}  // namespace

Result<EvalReport> Evaluate(const Detector& detector, const std::string& dir, const EvalOptions& options) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("bundle-") && name.ends_with(".json")) files.push_back(entry.path());
  }
  if (ec) return NotFound("evaluation directory " + dir + " cannot be read");
  if (files.empty()) return NotFound("evaluation directory " + dir + " has no bundle-*.json");
  std::sort(files.begin(), files.end());
  EvalReport report;
  for (const auto& path : files) {
    const std::string origin = path.filename().string();
    std::ifstream in(path, std::ios::binary);
    if (!in) return NotFound("evaluation file " + origin + " cannot be read");
    Json doc;
    try {
      doc = Json::parse(in);
      SubjectProfile subject = SubjectProfile::Build(SubjectFromJson(doc.at("subject")));
      // As the detect stage: a first pass collects the bundle's confirmed names, the second
      // finds them in every document.
      BundleContext bundle;
      for (const Json& d : doc.at("documents")) {
        std::vector<std::string> pages = d.at("pages").get<std::vector<std::string>>();
        std::vector<std::string_view> views(pages.begin(), pages.end());
        (void)detector.DetectDocument(views, subject, &bundle);
      }
      for (const Json& d : doc.at("documents")) {
        std::vector<std::string> pages = d.at("pages").get<std::vector<std::string>>();
        std::vector<std::string_view> views(pages.begin(), pages.end());
        auto found = detector.DetectDocument(views, subject, &bundle);
        const std::string where = origin + "/" + d.value("id", "?");
        ++report.documents;
        for (size_t p = 0; p < pages.size(); ++p) {
          ++report.pages;
          report.bytes += pages[p].size();
          Account(where, pages[p], d.at("truth"), found[p], p, options, &report);
        }
      }
    } catch (const Json::exception& e) {
      return InvalidInput("evaluation file " + origin + " is malformed: " + e.what());
    }
  }
  return report;
}

std::string FormatReport(const EvalReport& report) {
  std::ostringstream out;
  char line[160];
  std::snprintf(line, sizeof line, "%-22s %6s %6s %8s %8s %8s %9s\n", "category", "items", "found", "recall",
                "findings", "correct", "precision");
  out << line;
  auto row = [&](const std::string& name, const CategoryFigures& c) {
    std::snprintf(line, sizeof line, "%-22s %6zu %6zu %8s %8zu %8zu %9s\n", name.c_str(), c.items, c.recalled,
                  Fixed(c.Recall()).c_str(), c.findings, c.correct, Fixed(c.Precision()).c_str());
    out << line;
  };
  for (const auto& [name, c] : report.categories) row(name, c);
  row("OVERALL", report.overall);
  out << "subject items kept:     " << report.subject_kept << "/" << report.subject_items << " = "
      << Fixed(report.Retention()) << "\n";
  out << "public-body items kept: " << report.public_kept << "/" << report.public_items << "\n";
  out << report.documents << " documents, " << report.pages << " pages, " << report.bytes << " bytes\n";
  return out.str();
}

std::string BaselineJson(const EvalReport& report) {
  Json recall = Json::object();
  for (const auto& [name, c] : report.categories) {
    if (c.items > 0) recall[name] = std::floor(c.Recall() * 10000) / 10000;
  }
  Json j{{"recall", recall},
         {"precision_overall", std::floor(report.overall.Precision() * 10000) / 10000},
         {"subject_retention", std::floor(report.Retention() * 10000) / 10000}};
  if (report.public_items > 0) j["public_retention"] = std::floor(report.PublicRetention() * 10000) / 10000;
  return j.dump(2) + "\n";
}

std::vector<std::string> CompareWithBaseline(const EvalReport& report, const std::string& baseline_json) {
  std::vector<std::string> drops;
  Json b;
  try {
    b = Json::parse(baseline_json);
    constexpr double kSlack = 1e-9;
    for (const auto& [name, value] : b.at("recall").items()) {
      auto it = report.categories.find(name);
      double now = it == report.categories.end() ? 0.0 : it->second.Recall();
      if (now + kSlack < value.get<double>()) {
        drops.push_back("recall of " + name + " " + Fixed(now) + " < baseline " + Fixed(value.get<double>()));
      }
    }
    double p = report.overall.Precision();
    if (p + kSlack < b.at("precision_overall").get<double>()) {
      drops.push_back("overall precision " + Fixed(p) + " < baseline " + Fixed(b["precision_overall"].get<double>()));
    }
    double r = report.Retention();
    if (r + kSlack < b.at("subject_retention").get<double>()) {
      drops.push_back("subject retention " + Fixed(r) + " < baseline " + Fixed(b["subject_retention"].get<double>()));
    }
    if (b.contains("public_retention") && report.PublicRetention() + kSlack < b["public_retention"].get<double>()) {
      drops.push_back("public-body and kept staff retention " + Fixed(report.PublicRetention()) + " < baseline " +
                      Fixed(b["public_retention"].get<double>()));
    }
  } catch (const Json::exception&) {
    return {"baseline is not valid JSON with recall, precision_overall and subject_retention"};
  }
  return drops;
}

}  // namespace disclose::detect
