#include "checker/sets/record.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <regex>

#include "checker/base/english.h"
#include "checker/base/text.h"
#include "checker/document/period.h"
#include "checker/narrative/tokens.h"
#include "checker/sets/cell_index.h"

namespace tieout {
namespace {

// Regular expressions are run on a bounded prefix of a paragraph: what they look for (a
// dateline, a company name, a certification's sentences) stands near the start, and
// std::regex is slow on long inputs.
constexpr size_t kPrefix = 1500;
// The prose before the tables that names the release's periods: title, dateline, first lines.
constexpr size_t kLeadParagraphs = 12;

bool AnyMatch(const std::vector<Pattern>& patterns, const std::string& text) {
  for (const Pattern& p : patterns) {
    if (p.Search(text)) return true;
  }
  return false;
}

// The first group of the first pattern that matches, with its offset in `text`.
bool FirstGroup(const std::vector<Pattern>& patterns, const std::string& text, std::string* group,
                size_t* offset, std::string* second = nullptr) {
  for (const Pattern& p : patterns) {
    std::smatch m;
    if (p.Search(text, &m) && m.size() > 1 && m[1].matched) {
      *group = m[1].str();
      *offset = static_cast<size_t>(m.position(1));
      if (second) *second = m.size() > 2 && m[2].matched ? m[2].str() : "";
      return true;
    }
  }
  return false;
}

std::string Trim(std::string s) {
  auto space = [](unsigned char c) { return std::isspace(c) || c == ','; };
  while (!s.empty() && space(static_cast<unsigned char>(s.back()))) s.pop_back();
  size_t b = 0;
  while (b < s.size() && space(static_cast<unsigned char>(s[b]))) ++b;
  return s.substr(b);
}

// Words of letters and digits, lowercased.
std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c)) {
      cur.push_back(static_cast<char>(std::tolower(c)));
    } else if (ch == '/') {
      // "/MI/" in an EDGAR conformed name: a state, not a word of the name.
      if (!cur.empty()) out.push_back(cur);
      cur = "/";
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

// The company's name as the longest run of capitalized words (and joining words) that ends the
// text: "DENVER, COLORADO, FEBRUARY 4, 2004 -- Gamma Retail, Inc." gives "Gamma Retail, Inc.".
std::string TrailingName(const std::string& text) {
  std::vector<std::pair<size_t, size_t>> words;  // [begin, end) of each space-separated word
  for (size_t i = 0; i < text.size();) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t b = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > b) words.push_back({b, i});
  }
  size_t start = words.size();
  for (size_t k = words.size(); k-- > 0;) {
    std::string w = text.substr(words[k].first, words[k].second - words[k].first);
    bool joiner = w == "&" || w == "and" || w == "of" || w == "de" || w == "the";
    bool capital = std::isupper(static_cast<unsigned char>(w[0])) ||
                   (std::isdigit(static_cast<unsigned char>(w[0])) && k + 1 < words.size() &&
                    w.find_first_not_of("0123456789") != std::string::npos);
    if (!capital && !joiner) break;
    // A comma ending a word before the last one separates the name from what precedes it,
    // except before a suffix ("Retail, Inc.").
    if (k + 1 < words.size() && w.back() == ',' && start == words.size()) break;
    start = k;
  }
  while (start < words.size()) {
    std::string w = text.substr(words[start].first, words[start].second - words[start].first);
    if (w != "&" && w != "and" && w != "of" && w != "de" && w != "the") break;
    ++start;
  }
  if (start >= words.size()) return "";
  return Trim(text.substr(words[start].first));
}

StatementKind ClassifyTitle(const std::string& text, const SetVocabulary& v) {
  std::string title = NormalizeLabel(text);
  if (title.empty()) return StatementKind::kNone;
  if (AnyMatch(v.cash_flow_statement, title)) return StatementKind::kCashFlow;
  if (AnyMatch(v.balance_sheet, title)) return StatementKind::kBalanceSheet;
  if (AnyMatch(v.income_statement, title)) return StatementKind::kIncome;
  return StatementKind::kNone;
}

// Short paragraphs nearer a table than any other table can be its heading.
constexpr size_t kHeadingParagraphs = 3;
constexpr size_t kHeadingLength = 200;

// Which figures of a statement row the record keeps. The checks across documents read, per line
// item (row key) and period, the document's first figure and whether another one differs from
// it (CellIndex), and per period the first flow cell (PeriodSanityRule): a later figure that
// agrees with the first, or that follows one already differing, changes nothing they read, and
// is not kept. A release that repeats its tables keeps their figures once.
class KeptFigures {
 public:
  explicit KeptFigures(const std::vector<RecordRow>* rows) : rows_(rows) {}

  // Whether a figure `amount` of line item `key` for period `p` adds nothing to the rows kept
  // so far and to `pending` (the current row's cells kept before it).
  bool Redundant(const std::string& key, const Period& p, const Amount& amount,
                 const std::vector<RecordCell>& pending) const {
    const RecordCell* first = nullptr;
    bool differing = false;  // a later figure of (key, p) is kept already
    auto visit = [&](const RecordCell& c) {
      if (!(c.period == p)) return;
      if (first == nullptr) {
        first = &c;
      } else {
        differing = true;
      }
    };
    for (uint32_t i = Head(key); i != 0; i = next_[i - 1]) {
      for (const RecordCell& c : (*rows_)[i - 1].cells) visit(c);
    }
    for (const RecordCell& c : pending) visit(c);
    return first != nullptr && (differing || SameFigure(first->amount, amount));
  }

  // rows_->back() was just added.
  void Added() {
    const uint32_t row = static_cast<uint32_t>(rows_->size());  // 1-based
    next_.push_back(0);
    if (2 * rows_->size() > slots_.size()) Grow();
    const std::string& key = rows_->back().key;
    size_t at = Slot(key);
    if (slots_[at] == 0) {
      slots_[at] = row;
      return;
    }
    uint32_t i = slots_[at];
    while (next_[i - 1] != 0) i = next_[i - 1];
    next_[i - 1] = row;
  }

 private:
  // The slot of `key`: the one holding its first row, else the empty one where it would go.
  size_t Slot(const std::string& key) const {
    const size_t mask = slots_.size() - 1;
    for (size_t at = std::hash<std::string>{}(key)&mask;; at = (at + 1) & mask) {
      if (slots_[at] == 0 || (*rows_)[slots_[at] - 1].key == key) return at;
    }
  }
  uint32_t Head(const std::string& key) const { return slots_.empty() ? 0 : slots_[Slot(key)]; }
  void Grow() {
    std::vector<uint32_t> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, old.size() * 2), 0);
    for (uint32_t head : old) {
      if (head != 0) slots_[Slot((*rows_)[head - 1].key)] = head;
    }
  }

  const std::vector<RecordRow>* rows_;
  std::vector<uint32_t> slots_;  // open addressing: 1 + the index of a key's first row, 0 empty
  std::vector<uint32_t> next_;   // per row: 1 + the index of the next row of its key, 0 none
};

void AddRows(const Document& doc, const SetVocabulary& v, DocumentRecord* r) {
  size_t next_paragraph = 0;
  uint64_t previous_end = 0;
  std::vector<RecordCell> cells;  // of one row
  KeptFigures kept(&r->rows);
  for (size_t ti = 0; ti < doc.tables.size(); ++ti) {
    const Table& t = doc.tables[ti];
    // The table's title, else the short paragraphs just above it (a heading the reader did not
    // attach to the table).
    std::string title = t.title;
    StatementKind kind = ClassifyTitle(title, v);
    std::vector<const Paragraph*> above;
    while (next_paragraph < doc.paragraphs.size() &&
           doc.paragraphs[next_paragraph].span.begin < t.span.begin) {
      const Paragraph& p = doc.paragraphs[next_paragraph++];
      if (p.span.begin >= previous_end) above.push_back(&p);
    }
    previous_end = t.span.end;
    for (size_t k = 0; kind == StatementKind::kNone && k < above.size() && k < kHeadingParagraphs;
         ++k) {
      const Paragraph* p = above[above.size() - 1 - k];
      if (p->size() > kHeadingLength) break;
      const std::string text = p->Text();
      kind = ClassifyTitle(text, v);
      if (kind != StatementKind::kNone) title = text;
    }
    if (kind == StatementKind::kNone) continue;
    bool title_restated = AnyMatch(v.restatement, NormalizeLabel(title));
    std::vector<bool> column_restated(t.columns.size());
    for (size_t c = 0; c < t.columns.size(); ++c) {
      column_restated[c] = AnyMatch(v.restatement, NormalizeLabel(t.columns[c].header));
    }
    for (const Row& row : t.rows) {
      if (row.is_heading || !row.has_values() || row.kind == ValueKind::kPercent) continue;
      RecordRow rr;
      rr.statement = kind;
      rr.label = row.label;
      std::string label = NormalizeLabel(row.label);
      rr.key =
          std::string(StatementKindName(kind)) + "|" + NormalizeLabel(row.section) + "|" + label;
      rr.kind = row.kind;
      rr.table = static_cast<int>(ti) + 1;
      bool label_restated = AnyMatch(v.restatement, label);
      cells.clear();
      for (size_t c = 0; c < row.cells.size() && c < t.columns.size(); ++c) {
        const Cell& cell = row.cells[c];
        const Period& p = t.columns[c].period;
        if (!cell.amount || p.year == 0 || p.month == 0) continue;
        bool flow = IsFlow(kind);
        if (flow && (p.kind != Period::Kind::kDuration || p.months <= 0)) continue;
        if (!flow && p.kind != Period::Kind::kInstant) continue;
        if (kept.Redundant(rr.key, p, *cell.amount, cells)) continue;
        Location loc = doc.Locate(cell.span.begin);
        cells.push_back(RecordCell{*cell.amount, p, loc.line, loc.column,
                                   title_restated || column_restated[c] || label_restated});
      }
      if (cells.empty()) continue;
      rr.cells.assign(cells.begin(), cells.end());  // one block of its size: records are kept
      r->rows.push_back(std::move(rr));
      kept.Added();
    }
  }
  r->rows.shrink_to_fit();
}

// The paragraphs before the first table, or the first ones when a table comes first.
std::vector<const Paragraph*> LeadParagraphs(const Document& doc) {
  std::vector<const Paragraph*> out;
  uint64_t first_table = doc.tables.empty() ? UINT64_MAX : doc.tables[0].span.begin;
  for (const Paragraph& p : doc.paragraphs) {
    if (out.size() >= kLeadParagraphs) break;
    if (p.span.begin > first_table && !out.empty()) break;
    out.push_back(&p);
  }
  return out;
}

void AddCompany(const Document& doc, const SetVocabulary& v, DocumentRecord* r) {
  r->cik = doc.info.cik;
  while (!r->cik.empty() && r->cik[0] == '0') r->cik.erase(0, 1);
  if (!doc.info.company.empty()) {
    r->company = doc.info.company;
  } else {
    size_t seen = 0;
    for (const Paragraph& p : doc.paragraphs) {
      if (++seen > 40) break;
      std::string text = p.Text(kPrefix), name;
      size_t offset = 0;
      if (!FirstGroup(v.company_names, text, &name, &offset)) continue;
      std::string trimmed = TrailingName(name);
      if (NormalizeCompany(trimmed, v.company_suffixes).empty()) continue;
      r->company = trimmed;
      r->company_line =
          doc.Locate(p.SpanOf(offset + name.size() - trimmed.size(), offset + name.size()).begin)
              .line;
      break;
    }
  }
  r->company_key = NormalizeCompany(r->company, v.company_suffixes);
}

void AddReleaseDate(const Document& doc, const SetVocabulary& v, DocumentRecord* r) {
  for (const Paragraph* p : LeadParagraphs(doc)) {
    std::string text = p->Text(400), date;
    size_t offset = 0;
    if (!FirstGroup(v.dateline, text, &date, &offset)) continue;
    Date d = ParseDate(date);
    if (d.year == 0 || d.day == 0) continue;
    r->release_date = d;
    r->release_text = Trim(date);
    Location loc = doc.Locate(p->SpanOf(offset, offset + date.size()).begin);
    r->release_line = loc.line;
    r->release_column = loc.column;
    return;
  }
}

void AddClaims(const Document& doc, DocumentRecord* r) {
  for (const Paragraph* p : LeadParagraphs(doc)) {
    const std::string text = p->Text();
    std::vector<Token> tokens = Tokenize(text, {});
    for (const PeriodMention& m : FindPeriodMentions(tokens, 0, tokens.size())) {
      bool ordinal = m.ordinal > 0 && (m.lengths.empty() || m.lengths[0] == 3);
      bool dated = m.kind == PeriodMention::Kind::kExplicit && m.lengths.size() == 1 &&
                   m.dates.size() == 1 && m.dates[0].year > 0;
      if (m.kind != PeriodMention::Kind::kOrdinal && m.kind != PeriodMention::Kind::kExplicit) {
        continue;
      }
      if (!ordinal && !dated) continue;
      PeriodClaim c;
      // Skip the leading preposition: the claim is the period's own words.
      size_t first = m.first;
      while (first < m.last && (tokens[first].word == "for" || tokens[first].word == "in" ||
                                tokens[first].word == "of" || tokens[first].word == "the")) {
        ++first;
      }
      size_t b = tokens[first].begin, e = tokens[m.last].end;
      c.text = text.substr(b, e - b);
      Location loc = doc.Locate(p->SpanOf(b, e).begin);
      c.line = loc.line;
      c.column = loc.column;
      c.months = m.lengths.empty() ? (ordinal ? 3 : 0) : m.lengths[0];
      c.ordinal = ordinal ? m.ordinal : 0;
      c.year = m.year;
      c.fiscal = m.fiscal;
      if (dated) c.end = m.dates[0];
      r->claims.push_back(std::move(c));
    }
  }
}

// Officer roles from a title.
void SetRoles(const SetVocabulary& v, const std::string& title, Officer* o) {
  std::string t = NormalizeLabel(title);
  o->executive |= AnyMatch(v.executive_officer, t);
  o->financial |= AnyMatch(v.financial_officer, t);
}

std::string StripNameSuffixes(std::string name, const std::vector<std::string>& suffixes) {
  name = Trim(name);
  for (bool changed = true; changed;) {
    changed = false;
    for (const std::string& s : suffixes) {
      if (name.size() > s.size()) {
        std::string tail = name.substr(name.size() - s.size());
        std::string lower = tail;
        for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        char before = name[name.size() - s.size() - 1];
        if (lower == s && (before == ' ' || before == ',')) {
          name = Trim(name.substr(0, name.size() - s.size()));
          changed = true;
        }
      }
    }
  }
  return name;
}

void AddOfficers(const Document& doc, const SetVocabulary& v, DocumentRecord* r) {
  for (const Paragraph& p : doc.paragraphs) {
    std::string text = p.Text(4000);
    for (const Pattern& pat : v.officer_mention) {
      for (auto it = pat.Begin(text); it != RegexIterator(); ++it) {
        const std::smatch& m = *it;
        if (m.size() < 3 || !m[1].matched || !m[2].matched) continue;
        Officer o;
        o.name = StripNameSuffixes(m[1].str(), v.name_suffixes);
        o.title = Trim(m[2].str());
        SetRoles(v, o.title, &o);
        if (!o.executive && !o.financial) continue;
        Location loc = doc.Locate(p.SpanOf(m.position(1), m.position(1) + m.length(1)).begin);
        o.line = loc.line;
        o.column = loc.column;
        r->officers.push_back(std::move(o));
      }
    }
  }
}

void AddCertifications(const Document& doc, const SetVocabulary& v, DocumentRecord* r) {
  Certification* cur = nullptr;
  std::vector<Certification> found;
  for (const Paragraph& p : doc.paragraphs) {
    std::string text = p.Text(kPrefix);
    if (p.size() < 400 && AnyMatch(v.certification_heading, NormalizeLabel(text))) {
      found.emplace_back();
      cur = &found.back();
      Location loc = doc.Locate(p.span.begin);
      cur->line = loc.line;
      cur->column = loc.column;
      continue;
    }
    if (!cur) continue;
    std::string group, second;
    size_t offset = 0;
    if (cur->report.empty() && FirstGroup(v.certified_report, text, &group, &offset, &second)) {
      cur->form = group;
      cur->period = ParsePeriodHeader(second);
      cur->report = "Form " + group + (second.empty() ? "" : " for the " + Trim(second));
      Location loc = doc.Locate(p.SpanOf(offset, offset + group.size()).begin);
      cur->report_line = loc.line;
      cur->report_column = loc.column;
    }
    if (FirstGroup(v.certifier, text, &group, &offset, &second)) {
      Officer o;
      o.name = StripNameSuffixes(group, v.name_suffixes);
      o.title = Trim(second);
      SetRoles(v, o.title, &o);
      Location loc = doc.Locate(p.SpanOf(offset, offset + group.size()).begin);
      o.line = loc.line;
      o.column = loc.column;
      cur->signers.push_back(std::move(o));
    }
    if (FirstGroup(v.signature, text, &group, &offset)) {
      cur->signed_ = true;
      cur->signature_name = StripNameSuffixes(group, v.name_suffixes);
      // The signature block's title lines ("(Principal Financial Officer)") give the role.
      if (!cur->signers.empty()) SetRoles(v, text, &cur->signers.back());
    }
    if (!cur->dated && p.size() < 400 && FirstGroup(v.signature_date, text, &group, &offset)) {
      Date d = ParseDate(group);
      if (d.year > 0) {
        cur->dated = true;
        cur->date = d;
      }
    }
  }
  // A heading without an officer's statement ("Certification pursuant to Section 906" in a list
  // of exhibits) is not a certification.
  for (Certification& c : found) {
    if (!c.signers.empty()) r->certifications.push_back(std::move(c));
  }
}

// "10 million", "$12 million", "1,500,000": the amount; nullopt when it is none of these.
std::optional<Decimal> TermAmount(const std::string& text) {
  std::string digits;
  size_t i = 0;
  while (i < text.size() && (text[i] == '$' || text[i] == ' ')) ++i;
  while (i < text.size() &&
         (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == ',' || text[i] == '.')) {
    digits.push_back(text[i++]);
  }
  while (!digits.empty() && (digits.back() == '.' || digits.back() == ',')) digits.pop_back();
  std::optional<Decimal> value = Decimal::Parse(digits);
  if (!value) return std::nullopt;
  int power = ScaleWordPower(AsciiLower(Trim(text.substr(i))));
  if (power < 0) return std::nullopt;
  return value->Shifted(power);
}

void AddTerms(const Document& doc, const SetVocabulary& v, DocumentRecord* r) {
  if (v.offering_terms.empty()) return;
  for (const Paragraph& p : doc.paragraphs) {
    std::string text = p.Text(4000);
    for (const Pattern& pat : v.offering_terms) {
      for (auto it = pat.Begin(text); it != RegexIterator(); ++it) {
        const std::smatch& m = *it;
        if (m.size() < 2 || !m[1].matched) continue;
        std::optional<Decimal> value = TermAmount(m[1].str());
        if (!value) continue;
        StatedTerm t;
        t.amount = Trim(m[1].str());
        t.value = *value;
        std::string words = m.str(0);
        words.replace(static_cast<size_t>(m.position(1) - m.position(0)),
                      static_cast<size_t>(m.length(1)), " # ");
        for (const std::string& w : Words(words)) t.key += (t.key.empty() ? "" : " ") + w;
        Location loc = doc.Locate(p.SpanOf(m.position(1), m.position(1) + m.length(1)).begin);
        t.line = loc.line;
        t.column = loc.column;
        r->terms.push_back(std::move(t));
      }
    }
  }
}

}  // namespace

bool SamePerson(const std::string& a, const std::string& b,
                const std::vector<std::string>& suffixes) {
  std::string x = NormalizePerson(a, suffixes), y = NormalizePerson(b, suffixes);
  if (x.empty() || y.empty()) return false;
  if (x == y) return true;
  // "Alan Wright" and "Alan M. Wright": the same first and last names.
  auto first = [](const std::string& s) { return s.substr(0, s.find(' ')); };
  auto last = [](const std::string& s) { return s.substr(s.rfind(' ') + 1); };
  return last(x) == last(y) && first(x) == first(y);
}

const char* StatementKindName(StatementKind kind) {
  switch (kind) {
    case StatementKind::kIncome:
      return "income statement";
    case StatementKind::kCashFlow:
      return "cash flow statement";
    case StatementKind::kBalanceSheet:
      return "balance sheet";
    case StatementKind::kNone:
      break;
  }
  return "table";
}

Period DocumentRecord::LatestFlowPeriod(int months) const {
  Period best;
  for (const RecordRow& row : rows) {
    if (!IsFlow(row.statement)) continue;
    for (const RecordCell& c : row.cells) {
      if (c.period.months != months) continue;
      if (best.year == 0 || DayNumber(DateOf(c.period)) > DayNumber(DateOf(best))) best = c.period;
    }
  }
  return best;
}

Period DocumentRecord::CurrentPeriod() const {
  Period best;
  for (const RecordRow& row : rows) {
    if (!IsFlow(row.statement)) continue;
    for (const RecordCell& c : row.cells) {
      long d = DayNumber(DateOf(c.period));
      long b = best.year ? DayNumber(DateOf(best)) : 0;
      if (best.year == 0 || d > b || (d == b && c.period.months < best.months)) best = c.period;
    }
  }
  return best;
}

DocumentRecord BuildRecord(const Document& doc, const SetVocabulary& vocabulary) {
  DocumentRecord r;
  r.name = doc.name.empty() ? doc.source->path() : doc.name;
  r.path = doc.source->path();
  size_t slash = r.path.find_last_of('/');
  r.folder = slash == std::string::npos ? "." : r.path.substr(0, slash);
  AddCompany(doc, vocabulary, &r);
  AddRows(doc, vocabulary, &r);
  r.fiscal = DeriveFiscalCalendar(doc, {});
  AddReleaseDate(doc, vocabulary, &r);
  if (r.release_date.year == 0 && doc.info.filing_date.size() == 8) {
    const std::string& f = doc.info.filing_date;
    r.release_date =
        Date{std::stoi(f.substr(0, 4)), std::stoi(f.substr(4, 2)), std::stoi(f.substr(6, 2))};
    r.release_text = "filed " + DateString(r.release_date);
  }
  AddClaims(doc, &r);
  AddOfficers(doc, vocabulary, &r);
  AddCertifications(doc, vocabulary, &r);
  AddTerms(doc, vocabulary, &r);
  for (const Paragraph& p : doc.paragraphs) {
    if (AnyMatch(vocabulary.restatement, NormalizeLabel(p.Text(4000)))) {
      r.prose_restates = true;
      break;
    }
  }
  return r;
}

std::string NormalizeCompany(const std::string& name, const std::vector<std::string>& suffixes) {
  std::vector<std::string> w = Words(name);
  while (!w.empty() && w.back()[0] == '/') w.pop_back();
  w.erase(std::remove_if(w.begin(), w.end(), [](const std::string& s) { return s[0] == '/'; }),
          w.end());
  while (!w.empty() && std::find(suffixes.begin(), suffixes.end(), w.back()) != suffixes.end()) {
    w.pop_back();
  }
  while (!w.empty() && w.front() == "the") w.erase(w.begin());
  std::string out;
  for (const std::string& s : w) out += (out.empty() ? "" : " ") + s;
  return out;
}

std::string NormalizePerson(const std::string& name, const std::vector<std::string>& suffixes) {
  std::string stripped = StripNameSuffixes(name, suffixes);
  std::string out;
  for (const std::string& s : Words(stripped)) {
    if (s[0] == '/') continue;
    out += (out.empty() ? "" : " ") + s;
  }
  return out;
}

Date ParseDate(const std::string& text) {
  Period p = ParsePeriodHeader(text);
  if (p.year == 0 || p.month == 0) return Date{};
  return Date{p.year, p.month, p.day};
}

std::string DateString(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

}  // namespace tieout
