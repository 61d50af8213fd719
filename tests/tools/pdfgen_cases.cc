// The generated sample cases for the PDF leak test and benchmark (see pdfgen.h, SampleCases).
// Every name, number and date here is invented. Case lines mark third-party data in brackets:
// "[Mrs |Margaret Ellory]" renders "Mrs Margaret Ellory"; "Margaret Ellory" must be redacted,
// "Mrs" is neither checked nor kept (the name rule may take the title with the name). Words of
// visible lines outside brackets become the case's keep words.
// Thread-safety: pure functions.
#include <string>
#include <vector>

#include "tests/tools/pdfgen.h"

namespace disclose::testing {
namespace {

class CaseBuilder {
 public:
  CaseBuilder(std::string name, std::string checks) {
    c_.name = std::move(name);
    c_.checks = std::move(checks);
  }

  CaseBuilder& D(const std::string& directive) {
    c_.description += "%%" + directive + "\n";
    if (directive == "page") ++page_;
    return *this;
  }

  // A text line; `visible` lines contribute keep words. `in_form` lines are kept on `pages`.
  CaseBuilder& L(const std::string& marked, bool visible = true) { return Line(marked, visible, {page_}); }

  // A line that appears on several pages (inside a form XObject drawn on `pages`).
  CaseBuilder& FormLine(const std::string& marked, const std::vector<int>& pages) { return Line(marked, true, pages); }

  // A third-party string that is not page text (metadata, annotation, attachment...).
  CaseBuilder& Elsewhere(const std::string& text) {
    c_.redact.push_back({text, 0});
    return *this;
  }

  CaseBuilder& Author(const std::string& author) {
    c_.options.author = author;
    return *this;
  }

  CaseBuilder& ImageUnderRedaction() {
    c_.image_under_redaction = true;
    return *this;
  }

  PdfCase Build() {
    c_.pages = page_;
    // The default author (Info and XMP) is a third party in every case.
    bool has_author = false;
    for (const auto& r : c_.redact) has_author |= r.text == c_.options.author;
    if (!has_author) c_.redact.push_back({c_.options.author, 0});
    return std::move(c_);
  }

 private:
  CaseBuilder& Line(const std::string& marked, bool visible, const std::vector<int>& pages) {
    std::string plain;
    std::vector<bool> masked;
    for (size_t i = 0; i < marked.size(); ++i) {
      if (marked[i] != '[') {
        plain.push_back(marked[i]);
        masked.push_back(false);
        continue;
      }
      size_t close = marked.find(']', i);
      std::string inner = marked.substr(i + 1, close - i - 1);
      size_t bar = inner.find('|');
      std::string target = bar == std::string::npos ? inner : inner.substr(bar + 1);
      if (bar != std::string::npos) inner.erase(bar, 1);
      for (int p : pages) {
        bool seen = false;
        for (const auto& r : c_.redact) seen |= r.text == target && r.page == p;
        if (!seen) c_.redact.push_back({target, p});
      }
      plain += inner;
      masked.insert(masked.end(), inner.size(), true);
      i = close;
    }
    if (visible) {
      size_t i = 0;
      while (i < plain.size()) {
        while (i < plain.size() && plain[i] == ' ') ++i;
        size_t start = i;
        bool clean = true;
        while (i < plain.size() && plain[i] != ' ') clean &= !masked[i++];
        if (i > start && clean) {
          for (int p : pages) c_.keep.push_back({plain.substr(start, i - start), p});
        }
      }
    }
    c_.description += plain + "\n";
    return *this;
  }

  PdfCase c_;
  int page_ = 1;
};

// The usual body of a case: three lines with a visitor's name, a prisoner's number and a DOB
// between ordinary words (the subject's own data stays), in the current font and mode.
void Body(CaseBuilder& b, bool visible = true) {
  b.L("Visits log for Daniel Okonjo-Price, prison number K3829QT.", visible);
  b.L("On Tuesday the visitor [Mrs |Margaret Ellory] attended the visits hall.", visible);
  b.L("Cell mate prisoner [G7315RK] moved to wing C after the review.", visible);
  b.L("Next of kin recorded, DOB: [14/03/1979] (sister of a cell mate).", visible);
  b.L("The officer closed the log at noon and signed it.", visible);
}

PdfCase FontCase(const std::string& name, const std::string& font, const std::string& checks) {
  CaseBuilder b(name, checks);
  b.D("font " + font);
  Body(b);
  return b.Build();
}

PdfCase HiddenCase(const std::string& mode, const std::string& checks) {
  CaseBuilder b("hidden-" + mode, checks);
  b.L("Security report for Daniel Okonjo-Price, wing B.");
  b.L("The report was reviewed by the duty manager.");
  b.D("hidden " + mode);
  b.L("Informant [Mr |Tobias Wrenfield] prisoner [H2904LN] gave the tip.", false);
  b.D("hidden none");
  b.L("No further action was taken on this report.");
  return b.Build();
}

}  // namespace

std::string SampleBundleJson() {
  return R"({
  "request_id": "SAR-2026-000777",
  "received": "2026-11-20",
  "subject": {
    "name": "Daniel Okonjo-Price",
    "date_of_birth": "1984-07-22",
    "prison_number": "K3829QT"
  },
  "recipient": {"name": "Quillan & Rowe Solicitors", "public_key": "RVDiyzXacXQNz7MfyV7iSJYMzOGkuq5eapJwsxaVYSs="}
}
)";
}

std::vector<PdfCase> SampleCases() {
  std::vector<PdfCase> cases;
  cases.push_back(FontCase("font-std14-winansi", "Helvetica",
                           "Standard-14 Helvetica, /WinAnsiEncoding, no embedded program"));
  {
    CaseBuilder b("font-std14-mixed", "Standard-14 Times-Roman and Courier on one page, WinAnsi");
    b.D("font Times-Roman");
    b.L("Adjudication note for Daniel Okonjo-Price.");
    b.L("Witness [Mr |Tobias Wrenfield] saw the incident.");
    b.D("font Courier");
    b.L("Prisoner [H2904LN] was also present on the landing.");
    b.L("The governor adjourned the hearing.");
    cases.push_back(b.Build());
  }
  cases.push_back(FontCase("font-std14-macroman", "std14-macroman", "Standard-14 Helvetica with /MacRomanEncoding"));
  cases.push_back(FontCase("font-std14-differences", "std14-differences",
                           "Standard-14 Times-Roman, /Differences giving codes 1,2,3... in order of use, no "
                           "/ToUnicode (Unicode only from glyph names)"));
  cases.push_back(FontCase("font-truetype", "truetype", "embedded TrueType (FontFile2, DejaVu Sans) with /ToUnicode"));
  cases.push_back(FontCase("font-truetype-nounicode", "truetype-nounicode",
                           "embedded TrueType (FontFile2) without /ToUnicode, WinAnsi"));
  cases.push_back(FontCase("font-type1", "type1", "embedded Type 1 (FontFile, Nimbus Sans PFB), WinAnsi"));
  cases.push_back(FontCase("font-cff", "cff", "embedded CFF (FontFile3 /Type1C from Nimbus Roman .otf), WinAnsi"));
  cases.push_back(FontCase("font-cid-identity-h", "cid",
                           "Type0 / CIDFontType2 (DejaVu Sans), Identity-H glyph-id codes, /W, /ToUnicode"));
  cases.push_back(FontCase("font-type3", "type3", "Type 3 font of synthetic glyph procs, /Differences, /ToUnicode"));
  {
    CaseBuilder b("tj-kerning", "TJ arrays: words as separate strings with -300 gaps and kerns inside words");
    b.D("kern");
    Body(b);
    cases.push_back(b.Build());
  }
  {
    CaseBuilder b("char-spacing", "character spacing 1.2 (Tc) on every line");
    b.D("tc 1.2");
    Body(b);
    cases.push_back(b.Build());
  }
  {
    CaseBuilder b("split-words", "every word split across several Tj operators");
    b.D("split");
    Body(b);
    cases.push_back(b.Build());
  }
  {
    CaseBuilder b("rotated-pages", "pages with /Rotate 90, 180 and 270, content counter-rotated");
    b.D("rotate 90");
    Body(b);
    b.D("page");
    b.D("rotate 180");
    Body(b);
    b.D("page");
    b.D("rotate 270");
    Body(b);
    cases.push_back(b.Build());
  }
  {
    CaseBuilder b("form-xobject-shared",
                  "one form XObject (letterhead with a third party's name) drawn on three pages; redaction must "
                  "remove it on every page");
    b.D("form Head");
    b.FormLine("Wing visits list, copy for Daniel Okonjo-Price", {1, 2, 3});
    b.FormLine("Booked by [Mrs |Margaret Ellory] at reception.", {1, 2, 3});
    b.D("endform");
    for (int p = 1; p <= 3; ++p) {
      if (p > 1) b.D("page");
      b.D("useform Head");
      b.L("Page " + std::to_string(p) + " of the visits list, booking confirmed.");
    }
    cases.push_back(b.Build());
  }
  {
    CaseBuilder b("shared-image",
                  "one RGB image (Flate) drawn on two pages under text that is redacted; its pixels under the "
                  "boxes must be blanked");
    b.ImageUnderRedaction();
    for (int p = 1; p <= 2; ++p) {
      if (p > 1) b.D("page");
      b.L("Photograph record for Daniel Okonjo-Price.");
      b.D("image Photo 320 40");
      b.L("Visitor [Mrs |Margaret Ellory] with prisoner [G7315RK] in the hall.");
      b.L("Photograph taken by the visits team.");
      b.L("The record was filed.");
    }
    cases.push_back(b.Build());
  }
  cases.push_back(HiddenCase("render3", "invisible text (3 Tr), as in OCR layers"));
  cases.push_back(HiddenCase("white", "white text (1 1 1 rg) on the white page"));
  cases.push_back(HiddenCase("clipped", "text drawn inside a clip path that excludes it (W n)"));
  cases.push_back(HiddenCase("offcrop", "text below the page's /CropBox (inside the /MediaBox)"));
  cases.push_back(HiddenCase("tiny", "0.5 pt text"));
  cases.push_back(HiddenCase("ocg", "text in an optional-content group that is OFF by default"));
  {
    CaseBuilder b("hidden-ocg-graphics",
                  "an image whose pixels spell a third party's name and a filled path, both in an "
                  "optional-content group that is OFF by default: the drawings and the image data must go");
    b.L("Property record for Daniel Okonjo-Price, reception.");
    b.D("hidden ocg");
    b.D("image Sig 160 30 Signed for by Rosalind Fairbeck");
    b.D("rect 200 12");
    b.L("Witness [Mr |Tobias Wrenfield] countersigned.", false);
    b.D("hidden none");
    b.L("Property was stored in the reception safe.");
    b.Elsewhere("Rosalind Fairbeck");
    cases.push_back(b.Build());
  }
  {
    CaseBuilder b("metadata", "third-party names in the Info dictionary (Author, Subject, Keywords) and XMP");
    b.Author("Tobias Wrenfield");
    b.D("info Subject Complaint by Priya Halloway-Stone");
    b.D("info Keywords Rosalind Fairbeck G7315RK");
    b.Elsewhere("Priya Halloway-Stone").Elsewhere("Rosalind Fairbeck").Elsewhere("G7315RK");
    b.L("Complaint file for Daniel Okonjo-Price, prison number K3829QT.");
    b.L("The complaint was answered within the deadline.");
    cases.push_back(b.Build());
  }
  {
    CaseBuilder b("annotations", "a /Text annotation with /Contents naming a third party, and its /Popup");
    b.L("Case note for Daniel Okonjo-Price.");
    b.D("annot Check with Priya Halloway-Stone before release");
    b.Elsewhere("Priya Halloway-Stone");
    b.L("The note was written after the meeting.");
    cases.push_back(b.Build());
  }
  {
    CaseBuilder b("attachments", "an embedded file (EmbeddedFiles name tree) naming a third party");
    b.L("Letter bundle for Daniel Okonjo-Price, see attachment.");
    b.D("attach witness.txt Statement of Rosalind Fairbeck, prisoner G7315RK.");
    b.Elsewhere("Rosalind Fairbeck").Elsewhere("G7315RK");
    b.L("The bundle was sent by post.");
    cases.push_back(b.Build());
  }
  {
    CaseBuilder b("bookmarks", "outline (bookmark) titles naming third parties");
    b.D("bookmark Statement of Rosalind Fairbeck");
    b.L("Statements index for Daniel Okonjo-Price.");
    b.D("page");
    b.D("bookmark Interview with Tobias Wrenfield");
    b.L("Second page of the statements index.");
    b.Elsewhere("Rosalind Fairbeck").Elsewhere("Tobias Wrenfield");
    cases.push_back(b.Build());
  }
  {
    CaseBuilder b("form-fields", "AcroForm text fields whose /V (and appearance) hold third-party data");
    b.L("Visitor application for Daniel Okonjo-Price.");
    b.D("field visitor_name Priya Halloway-Stone");
    b.D("field visitor_dob 02/11/1990");
    b.Elsewhere("Priya Halloway-Stone").Elsewhere("02/11/1990");
    b.L("Application received and checked.");
    cases.push_back(b.Build());
  }
  {
    CaseBuilder b("long-500", "500 pages of case notes, a third party's name and number on every page");
    for (int p = 1; p <= 500; ++p) {
      if (p > 1) b.D("page");
      b.L("Case note " + std::to_string(p) + " for Daniel Okonjo-Price, prison number K3829QT.", p <= 3);
      b.L("Visitor [Mrs |Margaret Ellory] attended with prisoner [G7315RK] on the wing.", p <= 3);
      for (int l = 0; l < 30; ++l) {
        b.L("Officer recorded routine checks, meals, exercise and association without incident today.", p <= 3);
      }
    }
    cases.push_back(b.Build());
  }
  return cases;
}

}  // namespace disclose::testing
