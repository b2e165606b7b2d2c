#include "checker/ingest/table_rows.h"

#include <algorithm>

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
  h.rule_above.assign(ncols_, RuleMark::kNone);
  h.section = section_;
  section_ = NormalizeLabel(held_);
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
  row.kind = vocabulary_.ClassifyRow(row.label, section_);
  row.cells.resize(ncols_);
  row.rule_above = pending_rules_;
  std::fill(pending_rules_.begin(), pending_rules_.end(), RuleMark::kNone);
  return row;
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

}  // namespace tieout
