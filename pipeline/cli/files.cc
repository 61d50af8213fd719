// `disclose extract`, `disclose detect` and `disclose redact`: the stage cores on local files,
// no Kafka and no store. For people debugging a document, and for one-stage benchmarks.
// These commands print and write document text (it is the user's own file on their own
// machine); nothing here logs it.
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include <CLI/CLI.hpp>

#include "pipeline/cli/commands.h"
#include "pipeline/model/bundle.h"
#include "pipeline/pdf/pdf.h"
#include "pipeline/pdf/worker.h"
#include "stages/detect/detect_stage.h"
#include "stages/redact/redact.h"

namespace disclose::cli {

namespace fs = std::filesystem;
using model::Json;

namespace {

struct FileArgs {
  std::vector<std::string> files;
  std::string format = "text";
  std::string subject;
  std::string out;
};

Result<std::string> ReadAll(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot read " + path.string());
  return std::string(std::istreambuf_iterator<char>(in), {});
}

Result<pdf::Document> ExtractFile(const std::string& file) {
  auto bytes = ReadAll(file);
  if (!bytes.ok()) return bytes.error();
  auto doc = pdf::IsolatedExtract(*bytes, file, {}, pdf::IsolationOptions::SelfExec());
  if (!doc.ok()) return Error{doc.error().kind, file + " could not be read as a PDF: " + doc.error().message};
  return doc;
}

Result<model::Subject> LoadSubject(const std::string& path) {
  auto text = ReadAll(path);
  if (!text.ok()) return text.error();
  auto spec = model::ParseBundle(*text, path);
  if (!spec.ok()) return spec.error();
  return spec->subject;
}

// The rules and the subject's profile that `detect` and `redact` share.
struct DetectSetup {
  std::unique_ptr<detect::Detector> detector;
  detect::SubjectProfile profile;
};

Result<DetectSetup> LoadSetup(const std::string& bundle_json, const CommonOptions& common) {
  auto subject = LoadSubject(bundle_json);
  if (!subject.ok()) return subject.error();
  auto detector = LoadDetector(common);
  if (!detector.ok()) return detector.error();
  return DetectSetup{std::move(*detector), detect::SubjectProfile::Build(*subject)};
}

// Words of a page (split on whitespace in its text) with their boxes: one box per run of
// consecutive glyphs of the word on one line, as pdf::BoxesForSpan gives, in one pass over the
// glyphs (BoxesForSpan per word would scan the page once per word).
Json Words(const pdf::Page& page) {
  const std::string& t = page.text;
  struct Word {
    size_t begin, end;
    std::vector<pdf::Box> boxes;
    size_t last_glyph = 0;
    int last_line = -1;
  };
  std::vector<Word> list;
  std::vector<int> word_at(t.size(), -1);  // text offset -> word index
  for (size_t i = 0; i < t.size();) {
    while (i < t.size() && std::isspace(static_cast<unsigned char>(t[i]))) ++i;
    size_t start = i;
    while (i < t.size() && !std::isspace(static_cast<unsigned char>(t[i]))) word_at[i++] = static_cast<int>(list.size());
    if (i > start) list.push_back({start, i, {}});
  }
  for (size_t g = 0; g < page.glyphs.size() && g < page.glyph_spans.size(); ++g) {
    auto [first, second] = page.glyph_spans[g];
    int w = -1;
    for (size_t k = first; k < std::max<size_t>(second, first + 1) && k < t.size() && w < 0; ++k) w = word_at[k];
    if (w < 0) continue;
    Word& word = list[static_cast<size_t>(w)];
    const pdf::Glyph& glyph = page.glyphs[g];
    if (!word.boxes.empty() && word.last_line == glyph.line && word.last_glyph + 1 == g) {
      pdf::Box& b = word.boxes.back();
      b = {std::min(b.x0, glyph.box.x0), std::min(b.y0, glyph.box.y0), std::max(b.x1, glyph.box.x1),
           std::max(b.y1, glyph.box.y1)};
    } else {
      word.boxes.push_back(glyph.box);
      word.last_line = glyph.line;
    }
    word.last_glyph = g;
  }
  Json words = Json::array();
  for (const Word& word : list) {
    for (const pdf::Box& b : word.boxes) {
      words.push_back({{"text", t.substr(word.begin, word.end - word.begin)}, {"box", {b.x0, b.y0, b.x1, b.y1}}});
    }
  }
  return words;
}

void PrintExtract(const std::string& file, const pdf::Document& doc, bool json) {
  if (json) {
    Json pages = Json::array();
    for (const auto& p : doc.pages) {
      pages.push_back({{"page", p.index + 1}, {"width", p.width}, {"height", p.height}, {"words", Words(p)}});
    }
    std::cout << Json{{"file", file}, {"unknown_glyphs", doc.unknown_glyphs}, {"pages", pages}}.dump() << "\n";
    return;
  }
  for (const auto& p : doc.pages) {
    std::printf("== %s page %d (%.1f x %.1f pt)\n", file.c_str(), p.index + 1, p.width, p.height);
    for (const Json& w : Words(p)) {
      std::printf("%8.2f %8.2f %8.2f %8.2f  %s\n", w["box"][0].get<double>(), w["box"][1].get<double>(),
                  w["box"][2].get<double>(), w["box"][3].get<double>(), w["text"].get<std::string>().c_str());
    }
  }
}

void PrintFindings(const std::string& file, const Json& findings, bool json) {
  if (json) {
    Json copy = findings;
    copy["file"] = file;
    std::cout << copy.dump() << "\n";
    return;
  }
  for (const Json& f : findings["findings"]) {
    std::printf("%s page %d  %-16s %-26s score %.2f  %s  [%s]\n", file.c_str(), f["page"].get<int>() + 1,
                f["category"].get<std::string>().c_str(), f["rule_id"].get<std::string>().c_str(),
                f["score"].get<double>(), f["text"].get<std::string>().c_str(), f["reason"].get<std::string>().c_str());
  }
}

}  // namespace

void AddFileCommands(CLI::App& app, CommonOptions& common, int* exit_code) {
  auto a = std::make_shared<FileArgs>();

  auto* extract = app.add_subcommand("extract", "Print the words and boxes disclose sees in PDF files");
  extract->add_option("FILE", a->files)->required()->check(CLI::ExistingFile);
  extract->add_option("--format", a->format)->check(CLI::IsMember({"text", "json"}));
  extract->callback([a, exit_code] {
    for (const auto& file : a->files) {
      auto doc = ExtractFile(file);
      if (!doc.ok()) {
        PrintError(doc.error().message);
        *exit_code = kExitFailure;
        continue;
      }
      PrintExtract(file, *doc, a->format == "json");
    }
  });

  auto* detect = app.add_subcommand("detect", "Print the personal data disclose finds in PDF files, with reasons");
  detect->add_option("--subject", a->subject, "bundle.json naming the data subject (exempt)")->required();
  detect->add_option("FILE", a->files)->required()->check(CLI::ExistingFile);
  detect->add_option("--format", a->format)->check(CLI::IsMember({"text", "json"}));
  detect->callback([a, exit_code, &common] {
    auto setup = LoadSetup(a->subject, common);
    if (!setup.ok()) {
      PrintError(setup.error().message);
      *exit_code = kExitFailure;
      return;
    }
    auto& [detector, profile] = *setup;
    // The files are one bundle: names confirmed in any of them are found in all (two passes).
    std::vector<std::pair<std::string, pdf::Document>> docs;
    for (const auto& file : a->files) {
      auto doc = ExtractFile(file);
      if (!doc.ok()) {
        PrintError(doc.error().message);
        *exit_code = kExitFailure;
        continue;
      }
      docs.emplace_back(file, std::move(*doc));
    }
    detect::BundleContext names;
    for (const auto& [file, doc] : docs) detect::CollectNames(*detector, profile, doc, &names);
    for (const auto& [file, doc] : docs) {
      PrintFindings(file, detect::FindDocument(*detector, profile, doc, file, &names), a->format == "json");
    }
  });

  auto* redact = app.add_subcommand("redact", "Extract, detect and redact local files: DIR/<stem>.pdf and "
                                              "DIR/<stem>.findings.json");
  redact->add_option("--subject", a->subject, "bundle.json naming the data subject (exempt)")->required();
  redact->add_option("--out", a->out, "Output folder")->required();
  redact->add_option("FILE", a->files)->required()->check(CLI::ExistingFile);
  redact->callback([a, exit_code, &common] {
    auto setup = LoadSetup(a->subject, common);
    if (!setup.ok()) {
      PrintError(setup.error().message);
      *exit_code = kExitFailure;
      return;
    }
    auto& [detector, profile] = *setup;
    std::error_code ec;
    fs::create_directories(a->out, ec);
    // The files are one bundle: names confirmed in any of them are found in all (two passes).
    struct Extracted {
      std::string file, bytes;
      pdf::Document doc;
    };
    std::vector<Extracted> docs;
    for (const auto& file : a->files) {
      auto bytes = ReadAll(file);
      auto doc = bytes.ok() ? pdf::IsolatedExtract(*bytes, file, {}, pdf::IsolationOptions::SelfExec()) : Result<pdf::Document>(bytes.error());
      if (!doc.ok()) {
        PrintError(file + " was not redacted: " + doc.error().message);
        *exit_code = kExitQuarantined;
        continue;
      }
      docs.push_back({file, std::move(*bytes), std::move(*doc)});
    }
    detect::BundleContext names;
    for (const Extracted& e : docs) detect::CollectNames(*detector, profile, e.doc, &names);
    for (const Extracted& e : docs) {
      const std::string& file = e.file;
      const std::string stem = fs::path(file).stem().string();
      Json findings = detect::FindDocument(*detector, profile, e.doc, stem, &names);
      auto outcome = redact::RedactAndVerify(e.bytes, findings, file, {}, pdf::IsolationOptions::SelfExec());
      if (!outcome.ok()) {
        PrintError(file + " was not redacted: " + outcome.error().message);
        *exit_code = kExitQuarantined;
        continue;
      }
      std::ofstream(fs::path(a->out) / (stem + ".pdf"), std::ios::binary) << outcome->pdf;
      std::ofstream(fs::path(a->out) / (stem + ".findings.json")) << findings.dump(2) << "\n";
      std::cout << file << ": " << outcome->redactions << " redactions, " << outcome->stats.glyphs_removed
                << " glyphs removed -> " << (fs::path(a->out) / (stem + ".pdf")).string() << "\n";
    }
  });
}

}  // namespace disclose::cli
