// Narrative tie-out: every figure in the prose of a document, resolved to a concept and a
// period and compared with the tables.
//
// For each paragraph: the figures (figures.h), the words (tokens.h), the phrases of the
// vocabulary (phrases.h) and the period phrases (periods.h). Each figure is bound to the
// nearest phrase naming a concept before it in its sentence, unless the prose between them
// shows that the figure belongs to something else: a part of that concept ("including $41
// million"), another subject ("and cash was $16 million"), another noun ("a charge of $425,000").
// Its period is the period phrase right after it, else the one before it in the sentence; "the
// same period in 2002" and "the comparable quarter" refer to the periods of the figures named
// just before. Figures listed together share a phrase ("$0.4 million and $0.7 million,
// respectively, for the quarter and six months ..."). When the concept or the period cannot be
// told with confidence the figure is left unverifiable: the analysis never guesses.
#ifndef TIEOUT_NARRATIVE_ANALYSIS_H_
#define TIEOUT_NARRATIVE_ANALYSIS_H_

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/narrative/arithmetic.h"
#include "checker/narrative/cells.h"
#include "checker/narrative/figures.h"
#include "checker/narrative/narrative_vocabulary.h"
#include "checker/narrative/periods.h"
#include "checker/narrative/subject.h"
#include "checker/vocabulary/concepts.h"

namespace tieout {

// The figure against one of the periods it speaks of.
struct PeriodCheck {
  Period period;
  std::vector<CellRef> cells;  // the cell compared with (the closest of the concept's cells for
                               // the period, of the figure's kind), or none
  int best = -1;               // its index: 0, or -1 without a cell
  CellMatch match = CellMatch::kDiffers;
  bool cells_agree = true;      // every cell shows the same value
  bool unit_uncertain = false;  // share counts: no unit of the table's ties
  std::string note;             // how the table was read, when not as shown
  bool sign_conflict = false;   // the words say a profit where the cell shows a loss, or the
                                // other way
};

// A change stated with the figures it is the change between ("decreased 8.5% from $612.4 million
// to $560.3 million"), checked by arithmetic on the sentence's own figures.
struct ArithmeticClaim {
  ArithmeticOutcome outcome = ArithmeticOutcome::kUndefined;
  std::string formula;  // "($560.3 million - $612.4 million) / $612.4 million = -8.5%"
  std::string result;   // what the arithmetic gives at the stated precision: "-8.5%"
  std::string doubt;    // why a difference is no finding ("approximate"), empty when firm
};

enum class FigureVerdict { kVerified, kTruncated, kMismatch, kSign, kUnverifiable };
const char* FigureVerdictName(FigureVerdict verdict);

struct NarrativeFigure {
  size_t paragraph = 0;
  Figure figure;  // as read: for a figure that lost its unit, with the assumed scale
  SourceSpan span;
  std::string text;          // as written: "$2.4 million", "$.03 per common share"
  std::string concept_name;  // empty when no concept could be bound
  std::string phrase;        // the words that named the concept, as written
  std::vector<Period> periods;
  std::string period_phrase;  // the words that named the period, as written
  bool missing_unit = false;  // "$2.0" among millions: read with the unit of its sentence
  int assumed_scale = 0;
  bool approximate = false;  // "approximately $38 million"
  bool bound = false;        // "more than $600 million", "up to $12 million"
  bool change = false;       // "increased $5 million", "an increase of 12%"
  int direction = 0;         // of a change: +1 said to increase, -1 to decrease, 0 not said
  bool range = false;        // "between $3.15 and $3.40"
  int host = -1;             // for "or $.03 per share": the figure it belongs to
  std::string reason;        // why it is unverifiable, when it is before any table is read
  std::vector<PeriodCheck> checks;
  Subject subject;            // what the sentence says the figure measures
  bool may_mismatch = false;  // stated as the amount itself: not approximate, a bound, a change,
                              // a part, nor in a sentence about a segment or another measure
  bool compared_unnamed = false;       // compared with a figure before it, its period not named
  bool linked = false;                 // its cell was found by the words of the row's label
  bool derived = false;                // a change verified by arithmetic on two cells
  bool sentence_names_period = false;  // a period phrase or a year stands in its sentence
  bool subject_leads = false;          // its subject opens the sentence: what the sentence is about
  bool list_leads = false;             // the whole list of a compound subject opens it
  bool part_of = false;  // "$1.8 billion, of which $869 million": a part of what is named
  // Stated as the amount itself but for the words of its own subject that qualify a concept
  // ("Cloud services and license support revenues"): it may mismatch when they name a row.
  bool own_words_taint = false;
  std::string qualifier;  // the measure its sentence names: "non-GAAP", "adjusted"
  // In a paragraph about one segment: its name ("business", "solutions"), and whether the
  // figure is stated as that segment's amount itself.
  std::vector<std::string> segment;
  std::vector<std::string> segment_measure;  // what of the segment: "net", "sales"
  bool segment_may_mismatch = false;
  // A change checked on the sentence's own figures; it decides the verdict when no table cell
  // does (no checks and no reason).
  std::optional<ArithmeticClaim> arithmetic;
  // A change stated after an amount ("$9.3 million, or $0.47 per diluted share, a decrease of
  // $3.6 million compared to the 2019 first quarter"): the amount's index in the figures and the
  // period compared with, checked on the amount's row once the amount is verified.
  int anchor = -1;
  std::optional<Period> compared;
  // A percentage of a whole after an amount whose period its sentence leaves to the release
  // ("operating income was $47 million or 16.4 percent of sales"): the amount's index and the
  // rows of the whole, checked in the amount's column once the amount is verified.
  int share_of = -1;
  std::vector<std::pair<const Table*, size_t>> share_whole;
  std::vector<std::string> share_words;  // the whole's words, when no concept names it: "sales"

  // The verdict over all its periods, with a sentence saying why in *detail.
  FigureVerdict Verdict(std::string* detail) const;
  // For an unverifiable figure: whether what it measures is in no table at all (no row is
  // labelled with its words, or its concept has no cell for the period), rather than the prose
  // being unclear about it.
  bool InNoTable() const;
};

// "increased to $2.8 million from $2.6 million": a direction word over two periods of a concept.
struct DirectionClaim {
  enum class Outcome { kHolds, kContradicts, kUnverifiable };
  enum class Direction { kIncrease, kDecrease, kUnchanged };
  size_t paragraph = 0;
  SourceSpan span;   // the direction word
  std::string word;  // as written
  Direction direction = Direction::kIncrease;
  int current = -1;  // figure indexes into NarrativeAnalysis::figures
  int prior = -1;    // -1 when the prior period is named without a figure ("unchanged from
                     // the same period in 2002")
  std::string concept_name;
  Period current_period, prior_period;
  std::optional<CellRef> current_cell, prior_cell;
  Decimal current_value, prior_value;  // what was compared: table values, else stated ones
  bool from_tables = false;
  Outcome outcome = Outcome::kUnverifiable;
  std::string reason;
};
const char* DirectionName(DirectionClaim::Direction d);

// The figures and direction claims of a document, or of one paragraph (AnalyzeParagraphs). The
// indexes a figure or claim holds (host, anchor, current, prior) are into `figures` of the same
// analysis: a figure only refers to figures of its own paragraph.
struct NarrativeAnalysis {
  FiscalCalendar fiscal;  // the document's; not set in a paragraph's analysis
  std::vector<NarrativeFigure> figures;
  std::vector<DirectionClaim> directions;
};

// The words of the company's own name ("aastrom", "biosciences"), without the vocabulary's
// company suffixes and name fillers: from the filing header, else from the first capitalized
// "Name, Inc." in the text (a suffix of the vocabulary after capitalized words).
std::set<std::string> CompanyWords(const Document& doc, const NarrativeVocabulary& vocab);

// Reads every paragraph of `doc`. Linear in the size of the text.
NarrativeAnalysis AnalyzeNarrative(const Document& doc, const Concepts& concepts,
                                   const NarrativeVocabulary& vocabulary);

// Called once per paragraph with figures, in the order of the paragraphs, with the paragraph's
// analysis. A paragraph with a figure that differs from its cell comes with `pending` true:
// whether the prose states other figures for that cell, which makes them its parts
// (DemoteSharedCells), is known only after the last paragraph; when it does, the paragraph is
// visited again then (in order), and that visit replaces the first.
using ParagraphVisitor =
    std::function<void(size_t paragraph, const NarrativeAnalysis& part, bool pending)>;

// The same analysis as AnalyzeNarrative, handed over a paragraph at a time so that the caller
// keeps what it makes of a paragraph and not the paragraph's figures: memory bounded by one
// paragraph (and the cells of the pending ones). Returns the document's fiscal calendar.
FiscalCalendar AnalyzeParagraphs(const Document& doc, const Concepts& concepts,
                                 const NarrativeVocabulary& vocabulary,
                                 const ParagraphVisitor& visit);

// Whether a source line of a paragraph is a row of a table laid out in text (figures apart by
// runs of spaces), not prose.
bool LooksTabular(std::string_view line);

}  // namespace tieout

#endif  // TIEOUT_NARRATIVE_ANALYSIS_H_
