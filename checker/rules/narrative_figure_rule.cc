#include "checker/rules/narrative_figure_rule.h"

#include "checker/rules/narrative_facts.h"
#include "checker/rules/rule_options.h"

namespace tieout {
namespace {

std::string Quoted(const std::string& s) { return "\"" + s + "\""; }

// How a message names what the figure measures: its concept, else its subject's words.
std::string Named(const NarrativeFigure& f, const NarrativeVocabulary& vocab) {
  if (!f.concept_name.empty()) return vocab.Title(f.concept_name);
  return f.subject.text;
}

// "net loss (quarter ended Dec 31, 2003)" for details.
std::string What(const NarrativeFigure& f, const NarrativeVocabulary& vocab, const Period& p) {
  return Named(f, vocab) + " (" + DescribePeriod(p) + ")";
}

std::string CellText(const CellRef& c) {
  return c.GetRow().label + " (" + ColumnName(*c.table, c.column) +
         "): " + c.GetAmount().value.ToDisplay();
}

// The period check a finding reports: the first that fails the way the rule reports.
const PeriodCheck* Failing(const NarrativeFigure& f, CellMatch match) {
  for (const PeriodCheck& pc : f.checks) {
    if (pc.best >= 0 && pc.match == match && pc.cells_agree && !pc.sign_conflict) return &pc;
  }
  return nullptr;
}

const PeriodCheck* SignFailing(const NarrativeFigure& f) {
  for (const PeriodCheck& pc : f.checks) {
    if (pc.best >= 0 && pc.sign_conflict) return &pc;
  }
  return nullptr;
}

Results::Failure MakeFailure(const NarrativeFigure& f, const PeriodCheck& pc,
                             const NarrativeVocabulary& vocab) {
  const CellRef& cell = pc.cells[static_cast<size_t>(pc.best)];
  const Amount& a = cell.GetAmount();
  Results::Failure out;
  std::string rounded = FormatLike(a.value.Abs(), f.figure);
  out.expected = rounded;
  out.actual = f.text;
  out.difference = (f.figure.value.Abs() - a.value.Abs()).ToDisplay();
  out.values = {{"stated", f.text},
                {"concept", Named(f, vocab)},
                {"phrase", f.phrase.empty() ? f.subject.text : f.phrase},
                {"period", DescribePeriod(pc.period)},
                {"row", cell.GetRow().label},
                {"column", cell.table->columns[cell.column].header.empty()
                               ? ColumnName(*cell.table, cell.column)
                               : cell.table->columns[cell.column].header},
                {"table_value", a.value.ToDisplay()},
                {"table_rounded", rounded},
                {"assumed", FormatFigure(f.figure)}};
  out.related.emplace_back(cell.GetCell().span, CellText(cell));
  return out;
}

}  // namespace

std::unique_ptr<Rule> NarrativeFigureRule::Create(RuleSpec spec, RuleOptions& options) {
  Options o;
  if (options.Has("reports")) {
    if (!options.IsScalar("reports") || !ParseReports(options.GetString("reports"), &o.reports)) {
      options.ProblemAt(
          "reports",
          "rule '" + spec.id +
              "': 'reports' is one of mismatch, truncation, missing-unit, sign, arithmetic");
      return nullptr;
    }
  }
  if (options.Has("accept")) {
    if (o.reports != Reports::kMismatch) {
      options.ProblemAt("accept", "rule '" + spec.id + "': 'accept' is for reports: mismatch");
      return nullptr;
    }
    std::vector<std::string> readings = options.GetStrings("accept");
    bool round = false, truncate = false, ok = !readings.empty();
    for (const std::string& r : readings) {
      if (r == "round") {
        round = true;
      } else if (r == "truncate") {
        truncate = true;
      } else {
        ok = false;
      }
    }
    if (!ok || !round) {
      options.ProblemAt("accept", "rule '" + spec.id +
                                      "': 'accept' lists readings that verify a figure: round, "
                                      "and optionally truncate");
      return nullptr;
    }
    o.accept_truncation = truncate;
  }
  return std::make_unique<NarrativeFigureRule>(std::move(spec), o);
}

void NarrativeFigureRule::StoreOptions(OptionValues* options) const {
  switch (options_.reports) {
    case Reports::kMismatch:
      options->Set("reports", std::string("mismatch"));
      options->Set("accept", options_.accept_truncation
                                 ? std::vector<std::string>{"round", "truncate"}
                                 : std::vector<std::string>{"round"});
      break;
    case Reports::kTruncation:
      options->Set("reports", std::string("truncation"));
      break;
    case Reports::kMissingUnit:
      options->Set("reports", std::string("missing-unit"));
      break;
    case Reports::kSign:
      options->Set("reports", std::string("sign"));
      break;
    case Reports::kArithmetic:
      options->Set("reports", std::string("arithmetic"));
      break;
  }
}

bool NarrativeFigureRule::ParseReports(const std::string& name, Reports* out) {
  if (name == "mismatch") {
    *out = Reports::kMismatch;
  } else if (name == "truncation") {
    *out = Reports::kTruncation;
  } else if (name == "missing-unit") {
    *out = Reports::kMissingUnit;
  } else if (name == "sign") {
    *out = Reports::kSign;
  } else if (name == "arithmetic") {
    *out = Reports::kArithmetic;
  } else {
    return false;
  }
  return true;
}

void NarrativeFigureRule::RunOn(const NarrativeAnalysis& part, const NarrativeVocabulary& vocab,
                                Results* results, NarrativeCoverage* counted) const {
  NarrativeCoverage& coverage = *counted;
  for (const NarrativeFigure& f : part.figures) {
    std::string why;
    FigureVerdict verdict = f.Verdict(&why);
    switch (options_.reports) {
      case Reports::kMismatch: {
        ++coverage.figures;
        const PeriodCheck* first = f.checks.empty() ? nullptr : &f.checks[0];
        if (!first && f.arithmetic && verdict != FigureVerdict::kUnverifiable) {
          // A change checked on its sentence's own figures: no cell to name.
          std::string detail = Quoted(f.text) + " " + Named(f, vocab);
          if (verdict == FigureVerdict::kVerified) {
            ++coverage.verified;
            ++coverage.by_arithmetic;
            results->Pass(spec(), f.span, detail + ": verified by arithmetic: " + why);
          } else {
            ++coverage.mismatched;  // the arithmetic rule reports it
            results->Skip(spec(), f.span, detail + ": the sentence's own figures give " + why);
          }
        } else if (verdict == FigureVerdict::kVerified) {
          ++coverage.verified;
          coverage.by_arithmetic += f.derived;
          std::string detail = Quoted(f.text) + " " + What(f, vocab, first->period) +
                               (f.derived ? ": verified by arithmetic" : ": verified");
          for (const PeriodCheck& pc : f.checks) {
            detail += (&pc == first ? " against " : ", ") +
                      CellText(pc.cells[static_cast<size_t>(pc.best)]);
            if (!pc.note.empty()) detail += " (" + pc.note + ")";
          }
          results->Pass(spec(), f.span, detail);
        } else if (verdict == FigureVerdict::kUnverifiable) {
          ++coverage.unverifiable;
          bool absent = f.InNoTable();
          coverage.not_in_tables += absent;
          std::string what = f.concept_name.empty() ? "" : " " + vocab.Title(f.concept_name);
          results->Skip(spec(), f.span,
                        Quoted(f.text) + what +
                            (absent ? ": not in the tables: " : ": unverifiable: ") + why);
        } else if (verdict == FigureVerdict::kTruncated && options_.accept_truncation) {
          ++coverage.truncated;
          const PeriodCheck* pc = Failing(f, CellMatch::kTruncates);
          results->Pass(spec(), f.span,
                        Quoted(f.text) + " " + What(f, vocab, pc->period) +
                            ": matches by truncation only: " +
                            CellText(pc->cells[static_cast<size_t>(pc->best)]));
        } else if (verdict == FigureVerdict::kSign) {
          ++coverage.mismatched;  // the sign rule reports it
          const PeriodCheck* pc = SignFailing(f);
          results->Skip(spec(), f.span,
                        Quoted(f.text) + " " + What(f, vocab, pc->period) +
                            ": the sign differs from " +
                            CellText(pc->cells[static_cast<size_t>(pc->best)]));
        } else {
          if (verdict == FigureVerdict::kTruncated) {
            ++coverage.truncated;
          } else {
            ++coverage.mismatched;
          }
          const PeriodCheck* pc =
              Failing(f, verdict == FigureVerdict::kTruncated ? CellMatch::kTruncates
                                                              : CellMatch::kDiffers);
          Results::Failure failure = MakeFailure(f, *pc, vocab);
          results->Fail(spec(), f.span,
                        Quoted(f.text) + " " + What(f, vocab, pc->period) + ": table says " +
                            failure.values["table_value"] + " (" + failure.expected + ")",
                        failure);
        }
        break;
      }
      case Reports::kArithmetic: {
        if (!f.checks.empty() || !f.arithmetic || verdict != FigureVerdict::kMismatch) break;
        Results::Failure failure;
        failure.expected = f.arithmetic->result;
        failure.actual = f.text;
        failure.values = {{"stated", f.text},
                          {"concept", Named(f, vocab)},
                          {"phrase", f.phrase.empty() ? f.subject.text : f.phrase},
                          {"formula", f.arithmetic->formula},
                          {"computed", f.arithmetic->result}};
        results->Fail(spec(), f.span,
                      Quoted(f.text) + " " + Named(f, vocab) +
                          ": its sentence's own figures give " + f.arithmetic->formula,
                      failure);
        break;
      }
      case Reports::kTruncation: {
        if (verdict != FigureVerdict::kTruncated || f.checks.empty())
          break;  // the mismatch
                  // rule lists the rest
        const PeriodCheck* pc = Failing(f, CellMatch::kTruncates);
        Results::Failure failure = MakeFailure(f, *pc, vocab);
        results->Fail(spec(), f.span,
                      Quoted(f.text) + " " + What(f, vocab, pc->period) + ": table says " +
                          failure.values["table_value"] + ", which rounds to " + failure.expected,
                      failure);
        break;
      }
      case Reports::kSign: {
        if (verdict != FigureVerdict::kSign) break;
        const PeriodCheck* pc = SignFailing(f);
        Results::Failure failure = MakeFailure(f, *pc, vocab);
        failure.expected = pc->cells[static_cast<size_t>(pc->best)].GetAmount().value.ToDisplay();
        results->Fail(
            spec(), f.span,
            Quoted(f.text) + " " + What(f, vocab, pc->period) + ": table shows " + failure.expected,
            failure);
        break;
      }
      case Reports::kMissingUnit: {
        if (!f.missing_unit) break;
        Results::Failure failure;
        failure.values = {{"stated", f.text},
                          {"assumed", FormatFigure(f.figure)},
                          {"concept", f.concept_name.empty() ? "" : vocab.Title(f.concept_name)},
                          {"phrase", f.phrase}};
        results->Fail(spec(), f.span,
                      Quoted(f.text) + " has no unit; read as " + FormatFigure(f.figure), failure);
        break;
      }
    }
  }
}

}  // namespace tieout
