// JSON form of extracted pages.
#include "pipeline/pdf/layout_json.h"

#include <nlohmann/json.hpp>

namespace disclose::pdf {

using Json = nlohmann::json;

std::string LayoutToJson(const Document& document) {
  Json pages = Json::array();
  for (const Page& page : document.pages) {
    Json glyphs = Json::array();
    for (const Glyph& g : page.glyphs) {
      glyphs.push_back({g.box.x0, g.box.y0, g.box.x1, g.box.y1, g.unicode_known ? 1 : 0, g.render_mode,
                        static_cast<int>(g.hidden)});
    }
    Json spans = Json::array();
    for (const auto& [b, e] : page.glyph_spans) spans.push_back({b, e});
    pages.push_back({{"index", page.index},
                     {"width", page.width},
                     {"height", page.height},
                     {"text", page.text},
                     {"glyphs", std::move(glyphs)},
                     {"spans", std::move(spans)}});
  }
  return Json{{"pages", std::move(pages)}, {"unknown_glyphs", document.unknown_glyphs}}.dump(
      -1, ' ', false, Json::error_handler_t::replace);
}

Result<Document> LayoutFromJson(std::string_view json, std::string_view origin) {
  Json doc = Json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.contains("pages")) {
    return InvalidInput("text blob of " + std::string(origin) + " is not an extraction record");
  }
  try {
    Document out;
    out.unknown_glyphs = doc.value("unknown_glyphs", 0);
    for (const Json& p : doc["pages"]) {
      Page page;
      page.index = p["index"];
      page.width = p["width"];
      page.height = p["height"];
      page.text = p["text"];
      const Json& spans = p["spans"];
      size_t i = 0;
      for (const Json& g : p["glyphs"]) {
        Glyph glyph;
        glyph.box = {g[0], g[1], g[2], g[3]};
        glyph.unicode_known = g[4].get<int>() != 0;
        glyph.render_mode = g[5];
        if (g.size() > 6) {
          int hidden = g[6];
          glyph.hidden = hidden >= 0 && hidden <= static_cast<int>(Hidden::kWhite) ? static_cast<Hidden>(hidden)
                                                                                   : Hidden::kInvisible;
        }
        uint32_t b = spans.at(i)[0], e = spans.at(i)[1];
        if (b > e || e > page.text.size()) throw std::out_of_range("span");
        glyph.text = page.text.substr(b, e - b);
        page.glyph_spans.emplace_back(b, e);
        page.glyphs.push_back(std::move(glyph));
        ++i;
      }
      out.pages.push_back(std::move(page));
    }
    return out;
  } catch (const std::exception&) {
    return InvalidInput("text blob of " + std::string(origin) + " is malformed");
  }
}

}  // namespace disclose::pdf
