#include <nlohmann/json.hpp>

#include "checker/report/document_writer.h"

#include "checker/document/period.h"
#include "checker/report/json_output.h"
#include "checker/report/markup.h"

namespace tieout {
namespace {

const char* MarkName(RuleMark m) {
  switch (m) {
    case RuleMark::kNone:
      return "";
    case RuleMark::kSingle:
      return "single";
    case RuleMark::kDouble:
      return "double";
    case RuleMark::kSeparator:
      return "separator";
  }
  return "";
}

}  // namespace

void WriteDocumentJson(const std::vector<Document>& docs, std::ostream& out) {
  using nlohmann::ordered_json;
  ordered_json all = ordered_json::array();
  for (const Document& doc : docs) {
    ordered_json d;
    d["file"] = doc.name;
    d["format"] = doc.format;
    ordered_json info;
    const DocumentInfo& i = doc.info;
    for (const auto& [k, v] : {std::pair<const char*, const std::string*>{"company", &i.company},
                               {"cik", &i.cik},
                               {"form_type", &i.form_type},
                               {"period_of_report", &i.period_of_report},
                               {"filing_date", &i.filing_date},
                               {"document_type", &i.document_type},
                               {"filename", &i.filename},
                               {"description", &i.description}}) {
      if (!v->empty()) info[k] = *v;
    }
    d["info"] = info.is_null() ? ordered_json::object() : info;
    ordered_json tables = ordered_json::array();
    for (const Table& t : doc.tables) {
      ordered_json tj;
      tj["line"] = doc.Locate(t.span.begin).line;
      tj["title"] = t.title;
      tj["scale"] = t.scale;
      tj["scale_note"] = t.scale_note;
      ordered_json cols = ordered_json::array();
      for (const Column& c : t.columns) {
        cols.push_back({{"header", c.header}, {"period", c.period.ToString()}});
      }
      tj["columns"] = std::move(cols);
      ordered_json rows = ordered_json::array();
      for (const Row& r : t.rows) {
        ordered_json rj;
        rj["line"] = doc.Locate(r.span.begin).line;
        rj["label"] = r.label;
        if (r.is_heading) {
          rj["heading"] = true;
        } else {
          rj["kind"] = ValueKindName(r.kind);
        }
        if (!r.section.empty()) rj["section"] = r.section;
        // The headings above it, where they say more than its section.
        if (r.section_path.size() > 1 ||
            (r.section_path.empty() ? !r.section.empty() : r.section_path[0] != r.section)) {
          rj["section_path"] = r.section_path.headings();
        }
        ordered_json cells = ordered_json::array();
        for (size_t c = 0; c < r.cells.size(); ++c) {
          const Cell& cell = r.cells[c];
          ordered_json cj;
          cj["text"] = cell.text;
          if (cell.amount) {
            cj["value"] = cell.amount->value.ToString();
            cj["precision"] = cell.amount->precision;
            if (cell.amount->exact) cj["exact"] = true;
          }
          if (!cell.text.empty()) cj["line"] = doc.Locate(cell.span.begin).line;
          if (c < r.rule_above.size() && r.rule_above[c] != RuleMark::kNone) {
            cj["rule_above"] = MarkName(r.rule_above[c]);
          }
          cells.push_back(std::move(cj));
        }
        if (!r.is_heading) rj["cells"] = std::move(cells);
        rows.push_back(std::move(rj));
      }
      tj["rows"] = std::move(rows);
      tables.push_back(std::move(tj));
    }
    d["tables"] = std::move(tables);
    ordered_json paras = ordered_json::array();
    for (const Paragraph& p : doc.paragraphs) {
      paras.push_back({{"line", doc.Locate(p.span.begin).line}, {"text", p.Text()}});
    }
    d["paragraphs"] = std::move(paras);
    all.push_back(std::move(d));
  }
  WriteJson(std::move(all), 2, out);
}

namespace {

// One document as its bytes give it; WriteDocumentText makes it UTF-8 (WriteAsUtf8).
void WriteDocumentTextBytes(const Document& doc, std::ostream& out) {
  out << "document " << doc.name << " (" << doc.format;
  if (!doc.info.document_type.empty()) out << ", " << doc.info.document_type;
  out << "): " << doc.tables.size() << " tables, " << doc.paragraphs.size() << " paragraphs\n";
  for (size_t ti = 0; ti < doc.tables.size(); ++ti) {
    const Table& t = doc.tables[ti];
    out << "\ntable " << ti + 1 << " at line " << doc.Locate(t.span.begin).line;
    if (!t.title.empty()) out << ": " << t.title;
    out << "\n";
    if (t.scale != 0) out << "  scale 10^" << t.scale << " (" << t.scale_note << ")\n";
    for (size_t c = 0; c < t.columns.size(); ++c) {
      out << "  column " << c + 1 << ": " << t.columns[c].header;
      std::string p = DescribePeriod(t.columns[c].period);
      if (!p.empty()) out << " [" << p << "]";
      out << "\n";
    }
    for (const Row& r : t.rows) {
      out << "  " << doc.Locate(r.span.begin).line << ": ";
      if (r.is_heading) {
        out << "== " << r.label << "\n";
        continue;
      }
      out << r.label << " <" << ValueKindName(r.kind) << ">";
      for (size_t c = 0; c < r.cells.size(); ++c) {
        out << " | ";
        if (c < r.rule_above.size() && r.rule_above[c] != RuleMark::kNone) {
          static const char* const kMarks[] = {"", "~~ ", "-- ", "== "};
          out << kMarks[static_cast<int>(r.rule_above[c])];
        }
        const Cell& cell = r.cells[c];
        if (cell.amount) {
          out << cell.amount->value.ToDisplay();
          if (cell.amount->exact) {
            out << " (exact)";
          } else {
            out << " (1e" << cell.amount->precision << ")";
          }
        } else if (!cell.text.empty()) {
          out << cell.text;
        }
      }
      out << "\n";
    }
  }
  out << "\n";
  for (const Paragraph& p : doc.paragraphs) {
    out << "paragraph at line " << doc.Locate(p.span.begin).line << ": " << p.Text() << "\n";
  }
}

}  // namespace

void WriteDocumentText(const std::vector<Document>& docs, std::ostream& out) {
  for (const Document& doc : docs) {
    WriteAsUtf8(out, [&](std::ostream& bytes) { WriteDocumentTextBytes(doc, bytes); });
  }
}

const std::vector<DocumentWriter>& DocumentWriters() {
  static const std::vector<DocumentWriter> writers = {
      {"json", WriteDocumentJson},
      {"text", WriteDocumentText},
  };
  return writers;
}

const DocumentWriter* FindDocumentWriter(std::string_view name) {
  for (const DocumentWriter& w : DocumentWriters()) {
    if (name == w.name) return &w;
  }
  return nullptr;
}

std::string DocumentWriterNames(std::string_view separator) {
  std::string out;
  for (const DocumentWriter& w : DocumentWriters()) {
    if (!out.empty()) out += separator;
    out += w.name;
  }
  return out;
}

}  // namespace tieout
