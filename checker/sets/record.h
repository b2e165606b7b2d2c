// What the checks across documents need of one document, kept after the document itself is
// gone.
//
// The per-document pass reads a Document, runs the per-document rules and builds this record;
// the Document (every paragraph and cell with its text) is then released, and only the records
// stay until every file is read. A record is therefore small on purpose: the statement rows
// (a key, a label, and per cell a period, an Amount and a line and column), the periods the
// prose claims, the release date, the officers named and the certifications. No paragraph text
// and no source line is kept: a finding across documents points at lines and columns only.
#ifndef TIEOUT_SETS_RECORD_H_
#define TIEOUT_SETS_RECORD_H_

#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/narrative/periods.h"
#include "checker/sets/set_vocabulary.h"

namespace tieout {

enum class StatementKind { kNone, kIncome, kCashFlow, kBalanceSheet };
const char* StatementKindName(StatementKind kind);
inline bool IsFlow(StatementKind k) {
  return k == StatementKind::kIncome || k == StatementKind::kCashFlow;
}

struct RecordCell {
  Amount amount;  // first: an Amount is aligned to 16 bytes, a Period to 4
  Period period;
  int line = 0;
  int column = 0;
  bool restated = false;  // the table's title, the column's header or the row's label says so
};

// A row of a statement table with figures.
struct RecordRow {
  StatementKind statement = StatementKind::kNone;
  // The label in its context: statement, section and label, normalised. Rows of two documents
  // are the same line item only when their keys are equal.
  std::string key;
  std::string label;  // as shown, for messages
  ValueKind kind = ValueKind::kMoney;
  int table = 0;  // 1-based
  std::vector<RecordCell> cells;
};

// A period the prose names for the release as a whole: "second quarter fiscal year 2004", "the
// second quarter of fiscal year 2004 ended December 31, 2003", "the quarter ended September 30,
// 2003".
struct PeriodClaim {
  std::string text;  // as written
  int line = 0;
  int column = 0;
  int months = 0;   // 3 for a quarter; 0 when not said
  int ordinal = 0;  // the quarter's number, 1..4; 0 when not said
  int year = 0;     // the year named with an ordinal ("fiscal year 2004"); 0 when not said
  bool fiscal = false;
  Date end;  // the end date stated; year 0 when none is
};

// An officer: named in a release, or signing a certification.
struct Officer {
  std::string name;  // as written, without degrees ("R. Douglas Armstrong")
  std::string title;
  bool executive = false;  // principal executive officer (chief executive officer)
  bool financial = false;  // principal financial officer (chief financial officer)
  int line = 0;
  int column = 0;
};

struct Certification {
  int line = 0;  // of its heading
  int column = 0;
  std::string form;    // "10-Q"; empty when not found
  Period period;       // the period of the report certified
  std::string report;  // as written: "Form 10-Q for the quarter ended December 31, 2003"
  int report_line = 0;
  int report_column = 0;
  std::vector<Officer> signers;  // from "I, NAME, TITLE" and the signature block
  bool signed_ = false;          // a conformed signature "/s/ NAME"
  std::string signature_name;
  bool dated = false;
  Date date;
};

// A term a release states that later releases state alike: "up to an aggregate of 10 million
// newly issued shares". Two statements are of the same term when their words, the amount left
// out, are the same.
struct StatedTerm {
  std::string key;     // normalised, the amount as "#": "purchase up to an aggregate of # newly
                       // issued shares"
  std::string amount;  // as written: "10 million"
  Decimal value;       // 10000000
  int line = 0;
  int column = 0;
};

struct DocumentRecord {
  std::string name;    // the document: the path, with "#N" in a submission
  std::string path;    // the file on disk
  std::string folder;  // the folder of the file, as given
  std::string cik;
  std::string company;      // as written or as in the EDGAR header
  std::string company_key;  // normalised: "aastrom biosciences"
  int company_line = 0;
  Date release_date;  // year 0 when not found
  std::string release_text;
  int release_line = 0;
  int release_column = 0;
  FiscalCalendar fiscal;  // from the tables only (columns, balance sheet dates)
  std::vector<PeriodClaim> claims;
  std::vector<RecordRow> rows;
  std::vector<Officer> officers;
  std::vector<Certification> certifications;
  std::vector<StatedTerm> terms;
  bool prose_restates = false;  // the prose says figures were restated or reclassified

  // The latest end of the flow statements' columns `months` long; year 0 when none.
  Period LatestFlowPeriod(int months) const;
  // The latest end of any flow statement column (a quarter before a year to date).
  Period CurrentPeriod() const;
  bool HasStatements() const { return !rows.empty(); }
};

// Builds the record of `doc` with the words of `vocabulary`.
DocumentRecord BuildRecord(const Document& doc, const SetVocabulary& vocabulary);

// Whether two names are of one person: the same words once normalised, or the same first and
// last names ("Alan Wright", "ALAN M. WRIGHT").
bool SamePerson(const std::string& a, const std::string& b,
                const std::vector<std::string>& suffixes);

// "acme biosciences" for "Acme Biosciences, Inc." and "ACME BIOSCIENCES INC /MI/":
// lowercased, punctuation dropped, trailing suffixes ("inc") removed.
std::string NormalizeCompany(const std::string& name, const std::vector<std::string>& suffixes);

// A person's name without degrees and punctuation, lowercased: "r douglas armstrong".
std::string NormalizePerson(const std::string& name, const std::vector<std::string>& suffixes);

// The date a text names ("February 4, 2004", "Feb. 4, 2004"); year 0 when none.
Date ParseDate(const std::string& text);
std::string DateString(const Date& d);  // "2004-02-04"

}  // namespace tieout

#endif  // TIEOUT_SETS_RECORD_H_
