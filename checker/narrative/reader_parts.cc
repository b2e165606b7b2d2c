// The parts of the company a paragraph names without the word "segment": an affiliate, a
// region, a product line, written as a name with a concept phrase ("Nord Japan revenues",
// "revenue in Devices and Consumer Services").
#include <algorithm>

#include "checker/narrative/grammar.h"
#include "checker/narrative/paragraph_reader.h"

namespace tieout {

namespace {

// The words of `text` as tokens read them, joined by one space.
std::string TokenWords(std::string_view text, std::set<std::string>* words) {
  std::string out;
  for (const Token& t : Tokenize(text, {})) {
    if (!t.is_word()) continue;
    if (words) words->insert(t.word);
    if (!out.empty()) out += ' ';
    out += t.word;
  }
  return out;
}

// How many words a name has at most.
constexpr size_t kMaxNameWords = 6;
// How long a table's title is at most.
constexpr size_t kMaxTitle = 120;

}  // namespace

TableNames NamesOfTables(const Document& doc) {
  TableNames out;
  for (const Table& t : doc.tables) {
    // (A title is the text above a table: a paragraph of prose there names no row.)
    if (t.title.size() <= kMaxTitle) TokenWords(t.title, &out.words);
    for (const Column& c : t.columns) TokenWords(c.header, &out.words);
    std::string_view section;
    for (const Row& r : t.rows) {
      if (r.section != section) TokenWords(r.section, &out.words);
      section = r.section;
      out.labels.insert(TokenWords(r.label, &out.words));
    }
  }
  return out;
}

// A sentence written in title case ("Omega Reports Record Third Quarter Revenue"): its
// capitals mark no names.
bool ParagraphReader::TitleCase(size_t sb, size_t se) const {
  size_t words = 0, capitals = 0;
  for (size_t t = sb; t < se; ++t) {
    if (!tokens_[t].is_word() || IsFunctionWord(Word(t))) continue;
    ++words;
    if (tokens_[t].capitalized) ++capitals;
  }
  return capitals * 5 >= words * 3;
}

bool ParagraphReader::PartName(const PhraseMatch& m, size_t* first, size_t* last) const {
  if (!table_names_) return false;
  const int sentence = tokens_[m.first].sentence;
  size_t sb = m.first;
  while (sb > 0 && tokens_[sb - 1].sentence == sentence) --sb;
  size_t se = m.last + 1;
  while (se < tokens_.size() && tokens_[se].sentence == sentence) ++se;
  // A capitalized word that is no grammar, no phrase, no period and no word that tells no
  // rows apart ("GAAP net loss").
  auto name_word = [&](size_t t) {
    return t >= sb && t < se && tokens_[t].is_word() && tokens_[t].capitalized &&
           token_phrase_[t] < 0 && token_mention_[t] < 0 && !IsFunctionWord(Word(t)) &&
           !vocab_.generic_words.count(Word(t));
  };
  // "Devices and Consumer Services": "and" between two capitalized words.
  auto inner_and = [&](size_t t) {
    return t > sb && Word(t) == "and" && name_word(t - 1) && name_word(t + 1);
  };
  // Before the phrase: "Nord Japan revenues".
  size_t b = m.first;
  while (b > sb && m.first - b < kMaxNameWords && (name_word(b - 1) || inner_and(b - 1))) --b;
  size_t e = b;
  if (b < m.first) {
    e = m.first - 1;
  } else {
    // After it: "revenue in Devices and Consumer Services", "sales of the Americas".
    size_t u = m.last + 1;
    const std::string& w = Word(u);
    if (w != "in" && w != "for" && w != "from" && w != "at" && w != "of") return false;
    ++u;
    if (IsDeterminer(Word(u))) ++u;
    b = u;
    while (u < se && u - b < kMaxNameWords && (name_word(u) || inner_and(u))) ++u;
    if (u == b) return false;
    e = u - 1;
  }
  // "In Home Diagnostics": a capitalized grammar word that opens a row's label.
  if (b > sb && tokens_[b - 1].capitalized && tokens_[b - 1].is_word() && e + 1 == m.first) {
    std::string longer = Word(b - 1);
    for (size_t t = b; t <= e; ++t) longer += ' ' + Word(t);
    if (table_names_->labels.count(longer)) --b;
  }
  // A capital that only opens the sentence marks no name ("Merchandise sales were").
  if (e == b && b == sb) return false;
  if (TitleCase(sb, se)) return false;
  // A name: a row's whole label, or a word that is not the company's and that no table shows.
  std::string words;
  bool unknown = false;
  for (size_t t = b; t <= e; ++t) {
    if (!words.empty()) words += ' ';
    words += Word(t);
    unknown =
        unknown || (!IsCompany(Word(t)) && Word(t) != "and" && !table_names_->words.count(Word(t)));
  }
  if (!unknown && !table_names_->labels.count(words)) return false;
  *first = b;
  *last = e;
  return true;
}

}  // namespace tieout
