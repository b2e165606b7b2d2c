#include "checker/ingest/table_rows.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "checker/document/quarter_calendar.h"
#include "checker/ingest/text_lines.h"

namespace tieout {

RowBuilder::RowBuilder(Table* table, const Vocabulary& vocabulary, std::function<void()> on_heading)
    : table_(table),
      vocabulary_(vocabulary),
      on_heading_(std::move(on_heading)),
      ncols_(table->columns.size()),
      pending_rules_(ncols_, RuleMark::kNone) {}

void RowBuilder::HoldLabel(const std::string& label, SourceSpan span, SourceSpan label_span,
                           int indent) {
  if (!held_.empty() && !LabelContinuesInto(held_, label, vocabulary_)) FlushHeading();
  if (held_.empty()) {
    held_ = label;
    held_span_ = span;
    held_label_span_ = label_span;
    held_indent_ = indent;
  } else {
    held_ += " " + label;
    held_span_.end = span.end;
    held_label_span_.end = label_span.end;
  }
}

void RowBuilder::FlushHeading() {
  if (held_.empty()) return;
  Row h;
  h.label = held_;
  h.is_heading = true;
  h.span = held_span_;
  h.label_span = held_label_span_;
  h.indent = held_indent_;
  h.cells.resize(ncols_);
  h.rule_above = pending_rules_;  // a line over a heading closes the rows above it
  h.section = section_;
  section_ = NormalizeLabel(held_);
  // Right under another heading it is a heading of that one's; otherwise it closes the open
  // headings at its indent or deeper.
  if (!after_heading_) {
    while (!open_.empty() && open_.back().indent >= held_indent_) open_.pop_back();
  }
  if (!open_.empty() && open_.back().child_indent < 0) open_.back().child_indent = held_indent_;
  h.section_path = OpenPath();
  open_.push_back(OpenHeading{section_, held_indent_, -1});
  after_heading_ = true;
  table_->rows.push_back(std::move(h));
  held_.clear();
  for (RuleMark& m : pending_rules_) {
    if (m != RuleMark::kDouble) m = RuleMark::kNone;
  }
  if (on_heading_) on_heading_();
}

Row RowBuilder::StartRow(const std::string& label, SourceSpan span, SourceSpan label_span,
                         int indent) {
  Row row;
  row.span = span;
  row.label_span = label_span;
  row.indent = indent;
  row.label = label;
  if (!held_.empty()) {
    if (LabelContinuesInto(held_, label, vocabulary_)) {
      row.label = label.empty() ? held_ : held_ + " " + label;
      row.span.begin = held_span_.begin;
      row.label_span.begin = held_label_span_.begin;
      if (label.empty()) row.label_span.end = held_label_span_.end;
      row.indent = held_indent_;
      held_.clear();
    } else {
      FlushHeading();
    }
  }
  row.section = section_;
  // A row indented less than the rows of the open headings has left them; a total closing the
  // innermost of them is its last row.
  std::string normalized = NormalizeLabel(row.label);
  size_t keep = open_.size();
  while (keep > 0 && open_[keep - 1].child_indent >= 0 &&
         row.indent < open_[keep - 1].child_indent) {
    --keep;
  }
  bool closes = vocabulary_.Matches(vocabulary_.total_rows, normalized) ||
                std::any_of(pending_rules_.begin(), pending_rules_.end(), [](RuleMark m) {
                  return m == RuleMark::kSingle || m == RuleMark::kDouble;
                });
  open_.resize(keep < open_.size() && closes ? keep + 1 : keep);
  row.section_path = OpenPath();
  open_.resize(keep);
  if (!open_.empty() && open_.back().child_indent < 0) open_.back().child_indent = row.indent;
  after_heading_ = false;
  // What the row measures: what its label says under its heading. A row that has left its
  // heading takes what the heading it returned to says, where that names a kind; a basic or
  // diluted qualifier ("Primary") under a heading that says nothing of its kind is what an outer
  // heading says ("Per-Share Data" / "Earnings from continuing operations" / "Primary").
  // A heading that is a scale note ("... in millions, except per share data") names the rows
  // that are not money after "except" (the vocabulary's scale_exceptions): not what the rows
  // under it are.
  auto kind_of = [&](const std::string& heading) {
    size_t except = vocabulary_.ExceptionAt(heading);
    return vocabulary_.ClassifyRow(row.label,
                                   except != std::string::npos && vocabulary_.ScaleOf(heading) >= 0
                                       ? heading.substr(0, except)
                                       : heading);
  };
  row.kind = kind_of(section_);
  const std::string inner = row.section_path.empty() ? std::string() : row.section_path.back();
  if (row.kind == ValueKind::kMoney && !section_.empty() && inner != section_) {
    row.kind = kind_of(inner);
  }
  if (row.kind == ValueKind::kMoney && row.section_path.size() > 1 &&
      vocabulary_.Matches(vocabulary_.qualifier_rows, normalized) &&
      (vocabulary_.Matches(vocabulary_.basic_rows, normalized) ||
       vocabulary_.Matches(vocabulary_.diluted_rows, normalized))) {
    for (size_t k = row.section_path.size() - 1; k-- > 0;) {
      ValueKind outer = kind_of(row.section_path[k]);
      if (outer == ValueKind::kMoney) continue;
      row.kind = outer;
      break;
    }
  }
  row.cells.resize(ncols_);
  row.rule_above = pending_rules_;
  std::fill(pending_rules_.begin(), pending_rules_.end(), RuleMark::kNone);
  return row;
}

SectionPath RowBuilder::OpenPath() {
  // The last row's list when the headings are the same.
  bool same = last_path_.size() == open_.size();
  for (size_t i = 0; same && i < open_.size(); ++i) same = last_path_[i] == open_[i].label;
  if (same) return last_path_;
  std::vector<std::string> path;
  path.reserve(open_.size());
  for (const OpenHeading& h : open_) path.push_back(h.label);
  last_path_ = SectionPath(std::move(path));
  return last_path_;
}

Amount FigureAmount(const FigureToken& figure, int scale) {
  Amount a;
  a.value = figure.value->Shifted(scale);
  a.precision = figure.value->exponent() + scale;
  a.exact = figure.dash;
  return a;
}

void FindScale(const std::vector<std::string>& sources, const Vocabulary& vocabulary,
               Table* table) {
  for (const std::string& s : sources) {
    int scale = vocabulary.ScaleOf(s);
    if (scale >= 0) {
      table->scale = scale;
      table->scale_note = std::string(Trim(s));
      return;
    }
  }
}

namespace {

// The power of ten of the last digit a figure's text shows: -2 for "1.25", 0 for "(7%)".
int ShownExponent(const std::string& text) {
  size_t dot = text.find('.');
  int decimals = 0;
  while (dot != std::string::npos && dot + 1 + decimals < text.size() &&
         std::isdigit(static_cast<unsigned char>(text[dot + 1 + decimals]))) {
    ++decimals;
  }
  return -decimals;
}

}  // namespace

void ScaleExceptions(const Vocabulary& vocabulary, Table* table) {
  std::string note = NormalizeLabel(table->scale_note);
  const ScaleExceptionWords& words = vocabulary.scale_exceptions;
  size_t except = vocabulary.ExceptionAt(note);
  if (except == std::string::npos || table->rows.empty()) return;
  // The clauses after "except": "net income in millions", "per share amounts"; "number of
  // shares", "which are reflected in thousands".
  std::vector<std::string> clauses;
  std::string tail = note.substr(
      note.find(' ', except) == std::string::npos ? note.size() : note.find(' ', except));
  for (const std::string& joiner : words.joiners) {
    const std::string spaced = " " + joiner + " ";
    for (size_t at; (at = tail.find(spaced)) != std::string::npos;) {
      tail.replace(at, spaced.size(), ",");
    }
  }
  std::string clause;
  for (char ch : tail + ",") {
    if (ch != ',' && ch != ';' && ch != '(' && ch != ')') {
      clause += ch;
      continue;
    }
    if (!Trim(clause).empty()) clauses.push_back(std::string(Trim(clause)));
    clause.clear();
  }
  // The words around a clause's subject that say nothing of the rows.
  auto filler = [&](const std::string& w) {
    return std::find(words.filler.begin(), words.filler.end(), w) != words.filler.end();
  };
  auto subject_of = [&](const std::string& text) {
    std::vector<std::string> list;
    std::istringstream in(text);
    for (std::string w; in >> w;) list.push_back(w);
    size_t b = 0, e = list.size();
    while (b < e && filler(list[b])) ++b;
    while (e > b && filler(list[e - 1])) --e;
    std::string out;
    for (size_t k = b; k < e; ++k) out += (out.empty() ? "" : " ") + list[k];
    return out;
  };
  // Subjects the row kinds read ("per share amounts", "shares in thousands").
  auto other_kind = [&](const std::string& subject) {
    return std::any_of(words.other_kinds.begin(), words.other_kinds.end(),
                       [&](const std::string& w) { return subject.find(w) != std::string::npos; });
  };
  auto per_unit = [&](const std::string& label) {
    return std::any_of(words.per_unit.begin(), words.per_unit.end(), [&](const std::string& w) {
      return label.find(" " + w + " ") != std::string::npos;
    });
  };
  for (size_t k = 0; k < clauses.size(); ++k) {
    for (const ScalePattern& scale : vocabulary.scales) {
      std::smatch m;
      if (!scale.pattern.Search(clauses[k], &m)) continue;
      // "which are reflected in thousands" speaks of the clause before it.
      std::string subject = subject_of(m.prefix().str());
      if (subject.empty() && k > 0) subject = subject_of(clauses[k - 1]);
      if (scale.power == table->scale || subject.size() < 3 || other_kind(subject)) {
        break;
      }
      int shift = scale.power - table->scale;
      for (Row& row : table->rows) {
        if (row.is_heading || row.kind != ValueKind::kMoney) continue;
        // The label names them, or the heading the row stands under does ("Unit sales by
        // product:" / "Desktops"), but for an amount per unit under it.
        std::string key = " " + subject + " ";
        std::string label = " " + NormalizeLabel(row.label) + " ";
        bool named = label.find(key) != std::string::npos;
        for (const std::string& h : row.section_path) {
          named = named || (!per_unit(label) && (" " + h + " ").find(key) != std::string::npos);
        }
        if (!named) continue;
        for (Cell& cell : row.cells) {
          // Only the figures the money scale was applied to (not "(7%)" beside them).
          if (!cell.amount || cell.amount->exact ||
              cell.amount->precision != ShownExponent(cell.text) + table->scale) {
            continue;
          }
          cell.amount->value = cell.amount->value.Shifted(shift);
          cell.amount->precision += shift;
        }
      }
      break;
    }
  }
}

namespace {

// The rows a share count leads that can stand between it and the row that closes it.
constexpr size_t kMaxRowsBetween = 3;

bool RuledAbove(const Row& row) {
  return std::any_of(row.rule_above.begin(), row.rule_above.end(), [](RuleMark m) {
    return m == RuleMark::kSingle || m == RuleMark::kSeparator;
  });
}

// Whether every figure of `row` shows, before the money scale `scale` where it was applied, the
// precision of the figure of `count` in its column; and it shows one figure at least.
bool AtThePrecisionOf(const Row& row, const Row& count, int scale) {
  int figures = 0;
  for (size_t c = 0; c < row.cells.size(); ++c) {
    const Cell& cell = row.cells[c];
    if (!cell.amount || cell.amount->exact) continue;
    if (!cell.text.empty() && cell.text.back() == '%') return false;
    int shown = cell.amount->precision - (row.kind == ValueKind::kMoney ? scale : 0);
    const Amount* k =
        c < count.cells.size() && count.cells[c].amount ? &*count.cells[c].amount : nullptr;
    if (!k || k->exact || k->precision != shown) return false;
    ++figures;
  }
  return figures > 0;
}

void MakeShareCount(Row* row, int scale) {
  if (row->kind != ValueKind::kMoney) return;
  row->kind = ValueKind::kShares;
  for (Cell& cell : row->cells) {
    if (!cell.amount) continue;
    cell.amount->value = cell.amount->value.Shifted(-scale);
    cell.amount->precision -= scale;
  }
}

// Rows that are per-share only through their heading ("Net earnings" under "Diluted earnings
// per common share:", the numerator of the computation) but show whole numbers, ten or more,
// are money: a per-share figure shows its cents.
void MoneyUnderPerShareHeadings(const Vocabulary& vocabulary, Table* table) {
  for (Row& row : table->rows) {
    if (row.is_heading || row.kind != ValueKind::kPerShare ||
        vocabulary.ClassifyRow(row.label, "") != ValueKind::kMoney) {
      continue;
    }
    bool whole = true, large = false;
    for (const Cell& cell : row.cells) {
      if (!cell.amount || cell.amount->exact) continue;
      if (!cell.text.empty() && cell.text.back() == '%') whole = false;
      whole = whole && cell.amount->precision >= 0;
      large = large || cell.amount->value.Abs() >= Decimal(10, 0);
    }
    if (!whole || !large) continue;
    row.kind = ValueKind::kMoney;
    for (Cell& cell : row.cells) {
      if (!cell.amount) continue;
      cell.amount->value = cell.amount->value.Shifted(table->scale);
      cell.amount->precision += table->scale;
    }
  }
}

}  // namespace

void ShareCountsInContext(const Vocabulary& vocabulary, Table* table) {
  MoneyUnderPerShareHeadings(vocabulary, table);
  std::vector<Row>& rows = table->rows;
  for (size_t i = 0; i + 2 < rows.size(); ++i) {
    if (rows[i].is_heading || rows[i].kind != ValueKind::kShares) continue;
    size_t j = i + 1;
    while (j < rows.size() && j - i <= kMaxRowsBetween && !rows[j].is_heading &&
           rows[j].kind == ValueKind::kMoney && !RuledAbove(rows[j]) &&
           !vocabulary.Matches(vocabulary.total_rows, NormalizeLabel(rows[j].label)) &&
           !vocabulary.Matches(vocabulary.result_rows, NormalizeLabel(rows[j].label)) &&
           AtThePrecisionOf(rows[j], rows[i], table->scale)) {
      ++j;
    }
    if (j == i + 1 || j >= rows.size() || rows[j].is_heading) continue;
    const Row& close = rows[j];
    bool closes = close.kind == ValueKind::kShares ||
                  (close.kind == ValueKind::kMoney &&
                   (RuledAbove(close) ||
                    vocabulary.Matches(vocabulary.total_rows, NormalizeLabel(close.label))));
    if (!closes || !AtThePrecisionOf(close, rows[i], table->scale)) continue;
    // Whole numbers are the precision of money too ("in thousands"): then the row that closes
    // them must name a share count itself.
    bool fraction = false;
    for (const Cell& cell : rows[i].cells) fraction |= cell.amount && cell.amount->precision < 0;
    if (!fraction && close.kind != ValueKind::kShares) continue;
    for (size_t k = i + 1; k <= j; ++k) MakeShareCount(&rows[k], table->scale);
    i = j - 1;
  }
}

namespace {

// The decimals a figure shows as printed ("0.12%": 2).
int CellDecimals(const Cell& cell) {
  int d = 0;
  size_t dot = cell.text.rfind('.');
  if (dot == std::string::npos) return 0;
  while (dot + 1 + d < cell.text.size() &&
         std::isdigit(static_cast<unsigned char>(cell.text[dot + 1 + d]))) {
    ++d;
  }
  return d;
}

// The decimals every figure of a row shows, 0 for none, -1 where they differ or no figure is
// shown. Dashes shown as zero say nothing.
int Decimals(const Row& row) {
  int decimals = -1;
  for (const Cell& cell : row.cells) {
    if (!cell.amount || cell.amount->exact) continue;
    int d = CellDecimals(cell);
    if (decimals >= 0 && d != decimals) return -1;
    decimals = d;
  }
  return decimals;
}

void MakePercent(Row* row, int scale) {
  row->kind = ValueKind::kPercent;
  for (Cell& cell : row->cells) {
    if (!cell.amount) continue;
    cell.amount->value = cell.amount->value.Shifted(-scale);
    cell.amount->precision -= scale;
  }
}

}  // namespace

void RatiosInContext(const Vocabulary& vocabulary, Table* table) {
  std::vector<Row>& rows = table->rows;
  auto ratio = [&](const Row& row) {
    return vocabulary.Matches(vocabulary.ratio_rows, NormalizeLabel(row.label));
  };
  int money_decimals = -1;  // the most decimals a money row of another label shows
  for (const Row& row : rows) {
    if (row.is_heading || row.kind != ValueKind::kMoney || !row.has_values() || ratio(row)) {
      continue;
    }
    for (const Cell& cell : row.cells) {
      if (cell.amount && !cell.amount->exact) {
        money_decimals = std::max(money_decimals, CellDecimals(cell));
      }
    }
  }
  // The rows of figures, each with the row of figures above it in the same run (no heading
  // between), or none.
  std::vector<std::pair<Row*, Row*>> runs;
  Row* above = nullptr;
  for (Row& row : rows) {
    if (row.is_heading) {
      above = nullptr;
    } else if (row.has_values()) {
      runs.emplace_back(&row, above);
      above = &row;
    }
  }
  for (size_t i = 0; i < runs.size(); ++i) {
    Row& row = *runs[i].first;
    const Row* before = runs[i].second;
    const Row* after =
        i + 1 < runs.size() && runs[i + 1].second == &row ? runs[i + 1].first : nullptr;
    if (row.kind != ValueKind::kMoney || !ratio(row)) continue;
    // An amount per share between per-share rows ("Non-GAAP adjustments to net income" in a
    // reconciliation of EPS) is no ratio.
    if ((before && before->kind == ValueKind::kPerShare) ||
        (after && after->kind == ValueKind::kPerShare)) {
      continue;
    }
    int decimals = Decimals(row);
    bool sign = std::any_of(row.cells.begin(), row.cells.end(),
                            [](const Cell& c) { return c.text.find('$') != std::string::npos; });
    if (decimals <= 0 || sign) continue;
    bool no_money = money_decimals >= 0 && money_decimals < decimals;
    bool continues = before && before->kind == ValueKind::kPercent && Decimals(*before) == decimals;
    if (no_money || continues) MakePercent(&row, table->scale);
  }
}

void ChangeColumnsHaveNoPeriod(const Vocabulary& vocabulary, Table* table) {
  for (Column& column : table->columns) {
    if (column.period.kind == Period::Kind::kUnknown && column.period.year == 0) continue;
    if (vocabulary.Matches(vocabulary.comparison_columns, NormalizeLabel(column.header))) {
      column.period = Period{};
    }
  }
}

void DateQuarterColumns(const Vocabulary& vocabulary, Document* doc) {
  QuarterCalendar calendar = FiscalQuarterCalendar(*doc);
  if (calendar.end_month == 0) return;
  for (Table& table : doc->tables) {
    for (Column& column : table.columns) {
      Period& p = column.period;
      if (p.year == 0 || p.month != 0 || p.kind == Period::Kind::kInstant ||
          (p.kind == Period::Kind::kDuration && p.months != 3)) {
        continue;
      }
      int quarter = vocabulary.NamedQuarter(column.header);
      if (quarter == 0) continue;
      std::string why;
      Period dated = calendar.QuarterOf(quarter, p.year, &why);
      if (dated.kind == Period::Kind::kDuration) p = dated;
    }
  }
}

}  // namespace tieout
