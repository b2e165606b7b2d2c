#include "checker/rules/label_figures_rule.h"

#include <regex>

#include "checker/rules/rule_options.h"
#include "checker/rules/year_figures.h"
#include "checker/vocabulary/pattern.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

namespace {
constexpr size_t kLongestLabel = 400;
}  // namespace

std::vector<LabelFigure> PerShareFiguresByYear(const std::string& label) {
  static const Regex kPerShare(R"(\bper (common )?share\b)", std::regex::icase);
  static const Regex kFigure(
      R"(\$\s*(\d*\.\d+)\s*(?:per\s+(?:common\s+)?share\s*)?(?:in|for)\s+((?:19|20)\d\d)\b)",
      std::regex::icase);
  std::vector<LabelFigure> out;
  // A row label, not a paragraph read as one: std::regex recurses per character.
  if (label.size() > kLongestLabel || !std::regex_search(label, kPerShare)) return out;
  for (auto it = RegexIterator(label.begin(), label.end(), kFigure); it != RegexIterator(); ++it) {
    std::string digits = (*it)[1].str();
    std::optional<Decimal> value = Decimal::Parse(digits);
    if (!value) continue;
    int decimals = static_cast<int>(digits.size() - digits.find('.') - 1);
    out.push_back({std::stoi((*it)[2].str()), Amount{*value, -decimals, false}});
  }
  return out;
}

namespace {

// The tables a label is compared with: the nearest ones.
constexpr size_t kNearestRows = 4;

// The label without its parentheses: what the row is ("Dividends declared").
std::string WithoutParentheses(const std::string& label) {
  static const Regex kParenthesis(R"(\s*\([^)]*\)?)");
  std::string bare = std::regex_replace(label, kParenthesis, "");
  size_t begin = bare.find_first_not_of(" \t");
  if (begin == std::string::npos) return "";
  return bare.substr(begin, bare.find_last_not_of(" \t") - begin + 1);
}

}  // namespace

void LabelFiguresRule::Run(const Document& doc, const RuleContext& context,
                           Results* results) const {
  // The rows that state figures in their labels, once per document.
  struct Stated {
    size_t table_index;
    const Row* row;
    std::vector<LabelFigure> figures;
    Row bare;  // the row with the label its concept is read from
  };
  std::vector<Stated> stated;
  for (size_t t = 0; t < doc.tables.size(); ++t) {
    for (const Row& row : doc.tables[t].rows) {
      if (row.is_heading || row.label.find('$') == std::string::npos) continue;
      std::vector<LabelFigure> figures = PerShareFiguresByYear(row.label);
      if (figures.empty()) continue;
      Row bare;
      bare.label = WithoutParentheses(row.label);
      bare.section = row.section;
      bare.cells = row.cells;
      stated.push_back({t, &row, std::move(figures), std::move(bare)});
    }
  }
  if (stated.empty()) return;
  for (const std::string& concept_name : concepts_) {
    std::vector<TableRow> year_rows;  // in the document's order
    for (size_t t = 0; t < doc.tables.size(); ++t) {
      const Table& table = doc.tables[t];
      for (const Row* row : context.concepts.FindRows(table, concept_name)) {
        if (row->kind == ValueKind::kPerShare || row->kind == ValueKind::kMoney) {
          year_rows.push_back({t, &table, row});
        }
      }
    }
    for (const Stated& s : stated) {
      if (!context.concepts.Matches(s.bare, concept_name)) continue;
      for (const TableRow* y : NearestRows(year_rows, s.table_index, kNearestRows)) {
        if (y->row == s.row) continue;
        const Table& table = *y->table;
        struct Outcome {
          size_t column;
          Amount shown, stated;
          bool ties;
        };
        std::vector<Outcome> outcomes;
        int ties = 0;
        for (size_t c = 0; c < table.columns.size(); ++c) {
          const Period& p = table.columns[c].period;
          if (!IsYear(p) ||
              QuarterOf(table.columns[c].header, context.vocabulary.quarter_names) != 0)
            continue;
          for (const LabelFigure& f : s.figures) {
            if (f.year != p.year) continue;
            std::optional<Amount> shown = FigureAt(table, *y->row, c);
            // Figures with decimals only: a whole amount is another quantity.
            if (!shown || shown->exact || shown->precision >= 0) continue;
            bool tie = WithinTolerance(f.figure.value, f.figure.HalfUnit(), shown->value,
                                       shown->HalfUnit());
            if (tie && !(shown->value == Decimal())) ++ties;
            outcomes.push_back({c, *shown, f.figure, tie});
          }
        }
        int fails = static_cast<int>(outcomes.size()) - ties;
        bool established = ties >= 2 && fails <= 1;
        std::string evidence =
            std::to_string(ties) + " of " + std::to_string(outcomes.size()) + " years";
        for (const Outcome& o : outcomes) {
          std::string column = ColumnName(table, o.column);
          const SourceSpan& where = y->row->cells[o.column].span;
          std::string detail = y->row->label + " (" + column + "): shown " +
                               o.shown.value.ToDisplay() + ", the label of \"" + s.row->label +
                               "\" says " + o.stated.value.ToDisplay();
          if (o.ties) {
            results->Pass(spec(), where, detail);
            continue;
          }
          if (!established) {
            results->Skip(spec(), where,
                          detail + ": they agree in " + evidence + ", not established");
            continue;
          }
          Results::Failure f;
          f.expected = o.stated.value.ToDisplay();
          f.actual = o.shown.value.ToDisplay();
          f.difference = (o.shown.value - o.stated.value).ToDisplay();
          f.related.emplace_back(s.row->label_span, s.row->label);
          f.values = {{"row", y->row->label},       {"column", column},
                      {"expected", f.expected},     {"actual", f.actual},
                      {"difference", f.difference}, {"label", s.row->label},
                      {"evidence", evidence}};
          results->Fail(spec(), where, detail + "; they agree in " + evidence, f);
        }
      }
    }
  }
}

std::unique_ptr<Rule> LabelFiguresRule::Create(RuleSpec spec, RuleOptions& options) {
  if (!options.Require("concepts") || !options.CheckConcepts("concepts")) return nullptr;
  return std::make_unique<LabelFiguresRule>(std::move(spec), options.GetStrings("concepts"));
}

void LabelFiguresRule::StoreOptions(OptionValues* options) const {
  options->Set("concepts", concepts_);
}

}  // namespace tieout
