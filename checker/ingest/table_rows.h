// The steps of building a table's rows that every table builder shares (the grid builder of
// HTML, DOCX and Markdown tables, and the builder of printed text tables), once the builder has
// found the table's columns and read each line's label and figures.
//
// RowBuilder holds a label line without figures until the next line shows what it is: it runs on
// into the next label (LabelContinuesInto), or it becomes a heading row that names the section of
// the rows below it. Rule marks wait for the next row with figures; a heading cancels a single
// line waiting above it, and a double line still ends the group.
#ifndef TIEOUT_INGEST_TABLE_ROWS_H_
#define TIEOUT_INGEST_TABLE_ROWS_H_

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "checker/document/document.h"
#include "checker/ingest/text_table.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

class RowBuilder {
 public:
  // Builds rows into `table`, whose columns are already set; `on_heading` runs after each
  // heading row is added. Neither `table` nor `vocabulary` is owned; both outlive the builder.
  RowBuilder(Table* table, const Vocabulary& vocabulary, std::function<void()> on_heading = {});

  // A label without figures. `span` runs from the line's start to the label's end. When a label
  // is held already, the new one runs on into it, or the held one becomes a heading first.
  void HoldLabel(const std::string& label, SourceSpan span, SourceSpan label_span, int indent);

  // Adds the held label, if any, as a heading row; its normalized label names the section of
  // the rows that follow.
  void FlushHeading();

  // A row with figures, not yet added: a held label runs on into it (its label, spans and indent
  // start with the held one's), or is added as a heading first. The row has one empty cell per
  // column, the section, the kind the vocabulary gives its label, and the rule marks waiting
  // above it, which are cleared.
  Row StartRow(const std::string& label, SourceSpan span, SourceSpan label_span, int indent);

  // The rule marks waiting for the next row with figures, one per column.
  std::vector<RuleMark>& pending_rules() { return pending_rules_; }

 private:
  Table* table_;
  const Vocabulary& vocabulary_;
  std::function<void()> on_heading_;
  size_t ncols_;
  std::vector<RuleMark> pending_rules_;
  std::string section_;
  // The headings open above the next row, outermost first: each with its indent and the indent
  // of its first row or heading (-1 until one comes).
  struct OpenHeading {
    std::string label;
    int indent = 0;
    int child_indent = -1;
  };
  std::vector<OpenHeading> open_;
  bool after_heading_ = false;  // the last row added was a heading
  // The open headings' labels, outermost first.
  SectionPath OpenPath();
  SectionPath last_path_;
  std::string held_;  // "" when no label is held
  SourceSpan held_span_, held_label_span_;
  int held_indent_ = 0;
};

// The amount a figure shows at `scale` (a power of ten): its value shifted, its precision the
// place of its last digit, exact for a dash.
Amount FigureAmount(const FigureToken& figure, int scale);

// Sets the table's scale and scale note (trimmed) from the first of `sources` that names one
// ("in thousands"); leaves both as they are when none does.
void FindScale(const std::vector<std::string>& sources, const Vocabulary& vocabulary, Table* table);

// Rows the scale note names at a scale of their own ("in thousands, except net income in
// millions and per share amounts"): money rows whose label holds the words the exception names
// are read at that scale. Exceptions for share counts and per-share amounts are left to the
// row kinds (they are not scaled as money).
void ScaleExceptions(const Vocabulary& vocabulary, Table* table);

// Columns that name a quarter by its number (the vocabulary's quarter_names) and a year but no end
// date ("First Quarter 2020", "Q3 2019", "2008 Fourth Quarter") are dated through the document's
// QuarterCalendar (document/quarter_calendar.h). Elsewhere (no dated year or year to date, years
// ending in several months or in January to March, quarters of 52/53-week years but the fourth)
// they stay undated.
void DateQuarterColumns(const Vocabulary& vocabulary, Document* doc);

// Rows of ratios of two amounts (the vocabulary's ratio_rows: "Allowance/total loans", "Tier 1
// capital to average assets") read as money are percentages where nothing shows them to be money
// and their figures say otherwise: no cell shows a currency sign, every figure shows decimals,
// and either every other money row of the table shows fewer decimals (decimals that are no money
// at the table's scale) or the row continues a run of percentage rows with as many decimals
// ("12.9%" over "10.0": only the first row prints the sign).
void RatiosInContext(const Vocabulary& vocabulary, Table* table);

// Columns of changes since a date or over a period (the vocabulary's comparison_columns:
// "Change Compared To March 31, 2019", "% Change") have no period: the date their header names
// is the one the change is measured from.
void ChangeColumnsHaveNoPeriod(const Vocabulary& vocabulary, Table* table);

// Rows in context: the rows between a share count and the total or share count that closes
// them ("Weighted average shares 231.6", "Incremental shares from options 5.5", "Total 237.1"),
// read as money because their labels name no share count, are share counts when they show their
// figures at the share count's precision in every column: they are given the share-count kind
// and their figures are taken out of the money scale. A handful of rows at most. First, rows
// that are per-share only through their heading but show whole numbers of ten or more (the
// numerator under "Diluted earnings per share:") are money, scaled as money.
void ShareCountsInContext(const Vocabulary& vocabulary, Table* table);

}  // namespace tieout

#endif  // TIEOUT_INGEST_TABLE_ROWS_H_
