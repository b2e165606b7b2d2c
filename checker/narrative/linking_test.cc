// Linking prose figures to rows by the words of their labels, on releases written the way
// releases are written: datelines, headlines, bullets, "compared with", per-share variants.
#include "checker/narrative/linking.h"

#include <gtest/gtest.h>

#include "checker/narrative/analysis.h"
#include "checker/narrative/grammar.h"
#include "checker/testing/narrative_verdicts.h"
#include "checker/testing/test_documents.h"

namespace tieout {
namespace {

const char kStatement[] =
    "\n"
    "                          GAMMA RETAIL CORP.\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                (in thousands, except per share data)\n"
    "\n"
    "                                     Three Months Ended March 31,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Net sales                            $  352,200      $  300,000\n"
    "Cost of sales                           251,700         209,900\n"
    "                                     ----------      ----------\n"
    "Gross profit                            100,500          90,100\n"
    "Net income (loss)                    $  (12,600)     $    3,112\n"
    "Net income (loss) per share:\n"
    "  Basic                              $    (0.26)     $     0.07\n"
    "  Diluted                            $    (0.25)     $     0.06\n";

// "verdict: detail" for each figure of a release.
std::vector<std::string> ReadWith(const std::string& text) {
  return testing::NarrativeVerdicts(text, "t.txt", true);
}

// "verdict: detail" for each figure of `prose` followed by kStatement.
std::vector<std::string> Read(const std::string& prose) { return ReadWith(prose + kStatement); }

using Strings = std::vector<std::string>;

TEST(LinkingTest, DatelineSubjectBindsToTheNetLoss) {
  // An accented company name, a ticker in parentheses, "today reported".
  EXPECT_EQ(
      Read("DALLAS, April 25, 2024 -- Gamma Détail Corp. (NYSE: GMA) today reported a net "
           "loss of $12.6 million, or $0.25 per diluted share, for the quarter ended March 31, "
           "2024.\n"),
      (Strings{"$12.6 million verified", "$0.25 per diluted share verified"}));
}

TEST(LinkingTest, TheReleasePeriodWhenNoneIsNamed) {
  EXPECT_EQ(
      Read("Net sales were $352.2 million. Gross profit was $100.5 million, compared with "
           "$90.1 million.\n"),
      (Strings{"$352.2 million verified", "$100.5 million verified", "$90.1 million verified"}));
}

TEST(LinkingTest, MismatchWhenTheBindingIsUnique) {
  EXPECT_EQ(Read("Net sales were $325.2 million.\n"), (Strings{"$325.2 million mismatch"}));
}

TEST(LinkingTest, QuietWhenTheFigureAgreesWithAnotherPeriod) {
  // Stated for the release's quarter, but it is last year's figure: which it is is in doubt.
  EXPECT_EQ(Read("Net sales were $300.0 million.\n"),
            (Strings{"$300.0 million unverifiable: it agrees with Net sales (quarter ended Mar 31, "
                     "2023)"}));
}

TEST(LinkingTest, ConstantCurrencyAfterAPercentageQualifiesOnlyThePercentage) {
  // The amount is as reported; "in constant currency" and "in USD" speak of the growth rates.
  EXPECT_EQ(Read("Net sales were up 17% in USD and up 19% in constant currency to $352.2 "
                 "million.\n"),
            (Strings{"17% unverifiable: a change between periods, and no row is labelled "
                     "\"usd\"",
                     "19% unverifiable: a change between periods, and no row is labelled "
                     "\"constant currency\"",
                     "$352.2 million verified"}));
  // Firing: the amount itself is still checked.
  EXPECT_EQ(Read("Net sales were up 17% in USD and up 19% in constant currency to $325.2 "
                 "million.\n")
                .back(),
            "$325.2 million mismatch");
}

TEST(LinkingTest, QuietWhenConstantCurrencyQualifiesTheAmount) {
  EXPECT_EQ(Read("Net sales in constant currency were $325.2 million.\n"),
            (Strings{"$325.2 million unverifiable: the sentence speaks of a measure other than "
                     "the reported one (\"constant currency\")"}));
}

// Quarter columns named by year only ("First Quarter 2024"), beside a balance sheet.
const char kYearOnlyStatements[] =
    "\n"
    "                     GAMMA RETAIL CORP.\n"
    "                 CONDENSED BALANCE SHEETS\n"
    "                      (in thousands)\n"
    "\n"
    "                                   March 31,     December 31,\n"
    "                                      2024           2023\n"
    "                                   ----------    ------------\n"
    "Cash and cash equivalents          $   46,900    $        248\n"
    "Total assets                       $1,577,300    $  1,415,700\n"
    "\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                      (in thousands)\n"
    "\n"
    "                                    First Quarter  First Quarter\n"
    "                                        2024           2023\n"
    "                                   ----------    ------------\n"
    "Net sales                          $  462,700    $    421,300\n"
    "Operating income                      38,800          28,600\n";

TEST(LinkingTest, QuarterColumnsNamedByYearEndOnTheBalanceSheetDate) {
  EXPECT_EQ(
      ReadWith("Net sales were $462.7 million for the first quarter of 2024, compared with "
               "$421.3 million in the first quarter of 2023. Operating income was $38.8 "
               "million.\n" +
               std::string(kYearOnlyStatements)),
      (Strings{"$462.7 million verified", "$421.3 million verified", "$38.8 million verified"}));
  // Firing: the quarter is now known, so a wrong amount is a mismatch.
  EXPECT_EQ(ReadWith("Operating income was $36.8 million.\n" + std::string(kYearOnlyStatements)),
            (Strings{"$36.8 million mismatch"}));
}

TEST(LinkingTest, QuietWhenYearOnlyColumnsAreNotTheBalanceSheetYear) {
  // The balance sheet is of 2025: the columns of 2024 and 2023 are not the release's quarter.
  std::string later = kYearOnlyStatements;
  size_t at = later.find("March 31,     December 31,\n                                      2024");
  later.replace(later.find("2024", at), 4, "2025");
  EXPECT_EQ(ReadWith("Operating income was $36.8 million.\n" + later),
            (Strings{"$36.8 million unverifiable: no row labelled \"operating income\" shows at "
                     "Mar 31, 2025"}));
}

TEST(LinkingTest, QuietWhenTheSubjectIsQualified) {
  EXPECT_EQ(Read("Net sales in the Americas region were $101.0 million.\n"),
            (Strings{"$101.0 million unverifiable: the subject of \"were\" is \"region\""}));
}

TEST(LinkingTest, PerShareVariantsAreToldApart) {
  EXPECT_EQ(Read("Net loss per basic share was $0.26.\n"), (Strings{"$0.26 verified"}));
  EXPECT_EQ(Read("Net loss per basic share was $0.25.\n"), (Strings{"$0.25 mismatch"}));
}

TEST(LinkingTest, SignOfTheResult) {
  // The amount ties; the table shows a loss.
  EXPECT_EQ(Read("Net income was $12.6 million.\n"), (Strings{"$12.6 million sign"}));
  // "$(12.6) million" of net income is a loss: quiet.
  EXPECT_EQ(Read("Net income was $(12.6) million.\n"), (Strings{"$(12.6) million verified"}));
}

TEST(LinkingTest, PartsOfACellAreNotMismatches) {
  // Two regions' "net sales", neither the consolidated figure: parts, not errors.
  EXPECT_EQ(Read("Americas\n\n* Net sales were $200.1 million.\n\nEurope\n\n* Net sales were "
                 "$152.1 million.\n"),
            (Strings{"$200.1 million unverifiable: the prose states 2 other figures for Net sales "
                     "(quarter ended Mar 31, 2024): they speak of its parts",
                     "$152.1 million unverifiable: the prose states 2 other figures for Net sales "
                     "(quarter ended Mar 31, 2024): they speak of its parts"}));
}

TEST(LinkingTest, ChangesVerifiedByArithmetic) {
  // 352,200 against 300,000 is 17.4%; 100,500 - 90,100 is 10,400.
  EXPECT_EQ(Read("Net sales increased 17% to $352.2 million. Gross profit was up $10.4 million.\n"),
            (Strings{"17% verified", "$352.2 million verified", "$10.4 million verified"}));
}

TEST(LinkingTest, RelativeClausesAndTheChangeOfTheAmounts) {
  // The subject is before ", which ...,"; the 17% is the change of the amounts before it.
  EXPECT_EQ(Read("Net sales, which include freight billed to customers, were $352.2 million, "
                 "compared to $300.0 million, an increase of 17%.\n"),
            (Strings{"$352.2 million verified", "$300.0 million verified", "17% verified"}));
}

TEST(LinkingTest, QuietWhenAChangeIsNotShown) {
  // 20% is no change of the tables: unverifiable, never a mismatch.
  EXPECT_EQ(Read("Net sales increased 20% to $352.2 million.\n"),
            (Strings{"20% unverifiable: a change between periods that no row labelled \"net "
                     "sales\" shows",
                     "$352.2 million verified"}));
}

TEST(LinkingTest, ConceptMismatchesNeedTheSentencesSubject) {
  // "Included in net income were $3.6 million of net losses from ...": a part of net income,
  // not its amount; the concept alone does not make an error.
  std::vector<std::string> read = Read(
      "Included in net income for the quarter ended March 31, 2024 were $3.6 million of net "
      "losses from the acquired companies.\n");
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0].rfind("$3.6 million unverifiable", 0), 0u) << read[0];
}

TEST(LinkingTest, APeriodPhraseAfterTheFigureWithWordsBetweenNamesItsPeriod) {
  // "for the immediately preceding quarter ended ..." names the second figure's period: no
  // table shows it. It is not the sentence's first period, whose value it happens to be.
  EXPECT_EQ(Read("Gross profit was $100.5 million for the quarter ended March 31, 2024, compared "
                 "with $100.5 million for the immediately preceding quarter ended December 31, "
                 "2023.\n")
                .back(),
            "$100.5 million unverifiable: no row labelled \"gross profit\" shows quarter ended "
            "Dec 31, 2023");
  // Firing: a wrong figure for the period the words name is a mismatch against its cell.
  EXPECT_EQ(Read("Gross profit was $100.5 million for the quarter ended March 31, 2024, compared "
                 "with $95.1 million for the Company's quarter ended March 31, 2023.\n"),
            (Strings{"$100.5 million verified", "$95.1 million mismatch"}));
}

TEST(LinkingTest, RespectivelyOfNamesWhatTheFiguresAre) {
  // "..., respectively, of losses from ...": amounts of the losses, not of net income.
  EXPECT_EQ(Read("Included in net income for the quarters ended March 31, 2024 and 2023 were "
                 "$3.6 million and $7.2 million, respectively, of losses from a product line.\n"),
            (Strings{"$3.6 million unverifiable: the figures are amounts of \"losses\", named "
                     "after them",
                     "$7.2 million unverifiable: the figures are amounts of \"losses\", named "
                     "after them"}));
  // Firing: without the noun after "respectively" they are the subject's amounts.
  EXPECT_EQ(Read("Net sales for the quarters ended March 31, 2024 and 2023 were $352.2 million "
                 "and $310.0 million, respectively.\n"),
            (Strings{"$352.2 million verified", "$310.0 million mismatch"}));
}

// A statement and a segment table that show the same row labels, the segment's in columns of
// its own ("Stores", "Online", "Total"), its "&" for "and".
const char kSegmentTables[] =
    "\n"
    "                          GAMMA RETAIL CORP.\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in thousands)\n"
    "\n"
    "                                          Three Months Ended March 31,\n"
    "                                             2024            2023\n"
    "                                          ----------      ----------\n"
    "Net sales                                 $  352,200      $  300,000\n"
    "Selling, general and administrative           19,374          23,016\n"
    "Operating income                              40,100          38,000\n"
    "\n"
    "                          SEGMENT RESULTS\n"
    "                          (in thousands)\n"
    "\n"
    "                                   Three Months Ended March 31, 2024\n"
    "                                    Stores       Online        Total\n"
    "                                  --------     --------     --------\n"
    "Net sales                         $240,000     $112,200     $352,200\n"
    "Selling, general & administrative   18,861          513       19,374\n";

TEST(LinkingTest, QuietWhenAnotherTablesRowAgrees) {
  // The segment's SG&A ties in the segment table: the figure may speak of the segment.
  std::vector<std::string> read = ReadWith(
      "Selling, general and administrative expenses were $18.9 million for the quarter "
      "ended March 31, 2024.\n" +
      std::string(kSegmentTables));
  ASSERT_EQ(read.size(), 1u);
  EXPECT_EQ(read[0],
            "$18.9 million unverifiable: it agrees with Selling, general & administrative "
            "(quarter ended Mar 31, 2024) in another table or column: the figure may speak of "
            "that");
  // Firing: a figure no row shows is a mismatch against the statement.
  EXPECT_EQ(ReadWith("Selling, general and administrative expenses were $19.1 million for the "
                     "quarter ended March 31, 2024.\n" +
                     std::string(kSegmentTables)),
            (Strings{"$19.1 million mismatch"}));
}

// AgreesElsewhere on the segment tables repeated `copies` times: its answer for `figure` bound
// to the statement's SG&A cell of 2024, and the cells it compared.
std::pair<std::string, size_t> ElsewhereIn(int copies, const std::string& figure) {
  std::string text;
  for (int i = 0; i < copies; ++i) text += kSegmentTables;
  std::vector<Document> docs = testing::ReadText(text);
  EXPECT_EQ(docs.size(), 1u);
  const Document& doc = docs[0];
  EXPECT_EQ(doc.tables.size(), 2u * static_cast<size_t>(copies));
  ColumnPeriods columns = ReadColumnPeriods(doc);
  RowLinker linker(doc, columns, testing::DefaultRules()->narrative);
  CellRef bound{&doc.tables[0], 1, 0};
  EXPECT_EQ(bound.GetRow().label, "Selling, general and administrative");
  size_t compared = 0;
  std::string why = linker.AgreesElsewhere(ExtractFigures(figure).at(0), {"sg&a"}, {},
                                           {columns.at(&doc.tables[0])[0]}, bound, &compared);
  return {why, compared};
}

TEST(LinkingTest, AnotherTablesRowIsFoundInBoundedWorkInARepeatedRelease) {
  // A long release repeats its tables: each distinct row is compared once, not once a copy.
  // One copy: the segment's "Stores" cell agrees (the statement's own 2024 cell is the bound
  // one). Two copies or forty: the bound row's second copy is compared too, and nothing else.
  std::string agrees =
      "it agrees with Selling, general & administrative (quarter ended Mar 31, 2024) in "
      "another table or column: the figure may speak of that";
  EXPECT_EQ(ElsewhereIn(1, "$18.9 million"), std::make_pair(agrees, size_t{1}));
  EXPECT_EQ(ElsewhereIn(2, "$18.9 million"), std::make_pair(agrees, size_t{2}));
  EXPECT_EQ(ElsewhereIn(40, "$18.9 million"), std::make_pair(agrees, size_t{2}));
  // Quiet: no row agrees; every distinct cell of the period is compared once (the segment's
  // three, the bound row's second copy).
  EXPECT_EQ(ElsewhereIn(1, "$19.1 million"), std::make_pair(std::string(), size_t{3}));
  EXPECT_EQ(ElsewhereIn(40, "$19.1 million"), std::make_pair(std::string(), size_t{4}));
  // The verdicts of the figures are those of one copy.
  std::string tables;
  for (int i = 0; i < 40; ++i) tables += kSegmentTables;
  EXPECT_EQ(ReadWith("Selling, general and administrative expenses were $18.9 million for the "
                     "quarter ended March 31, 2024.\n" +
                     tables),
            (Strings{"$18.9 million unverifiable: it agrees with Selling, general & "
                     "administrative (quarter ended Mar 31, 2024) in another table or column: "
                     "the figure may speak of that"}));
  EXPECT_EQ(ReadWith("Selling, general and administrative expenses were $19.1 million for the "
                     "quarter ended March 31, 2024.\n" +
                     tables),
            (Strings{"$19.1 million mismatch"}));
}

// Link on the segment tables repeated `copies` times: "net sales" of `figure` in 2024's
// quarter, and the rows it read.
std::pair<std::string, size_t> LinkIn(int copies, const std::string& figure) {
  std::string text;
  for (int i = 0; i < copies; ++i) text += kSegmentTables;
  std::vector<Document> docs = testing::ReadText(text);
  const Document& doc = docs.at(0);
  ColumnPeriods columns = ReadColumnPeriods(doc);
  RowLinker linker(doc, columns, testing::DefaultRules()->narrative);
  LinkRequest q;
  q.subject = {"net", "sales"};
  q.figure = ExtractFigures(figure).at(0);
  q.periods = {columns.at(&doc.tables[0])[0]};
  q.may_mismatch = true;
  size_t read = 0;
  LinkResult r = linker.Link(q, &read);
  std::string out = r.kind == LinkResult::Kind::kVerified   ? "verified"
                    : r.kind == LinkResult::Kind::kMismatch ? "mismatch"
                                                            : "none: " + r.reason;
  if (r.cell.table) out += " at table " + std::to_string(r.cell.table - &doc.tables[0]);
  return {out, read};
}

TEST(LinkingTest, RowsRepeatedInALongReleaseAreReadOnce) {
  // The statement's and the segment table's "Net sales": two rows, however many copies.
  EXPECT_EQ(LinkIn(1, "$352.2 million"),
            std::make_pair(std::string("verified at table 0"), size_t{2}));
  EXPECT_EQ(LinkIn(40, "$352.2 million"),
            std::make_pair(std::string("verified at table 0"), size_t{2}));
  // A figure no row shows: the statement and the segment columns disagree, so no verdict, on
  // one copy as on forty.
  std::pair<std::string, size_t> none(
      "none: the rows labelled \"net sales\" show different values or periods", 2);
  EXPECT_EQ(LinkIn(1, "$352.9 million"), none);
  EXPECT_EQ(LinkIn(40, "$352.9 million"), none);
}

TEST(LinkingTest, QuietUnderAHeadingThatNamesAnotherCompany) {
  // A note about a subsidiary ("2. Gamma Credit Corporation", a rule drawn above it): its
  // figures are the subsidiary's, not the consolidated rows'.
  EXPECT_EQ(ReadWith("Gamma Retail Corp. today reported results for the quarter ended March 31, "
                     "2024.\n\n- ------------------\n2. Gamma Credit Corporation\n\nNet sales "
                     "were $120.0 million.\n" +
                     std::string(kStatement)),
            (Strings{"$120.0 million unverifiable: the paragraph speaks of a part of the company "
                     "(\"Gamma Credit Corporation\")"}));
  // Firing: under a heading of the company's own, the figure is the consolidated one.
  EXPECT_EQ(ReadWith("Gamma Retail Corp. today reported results for the quarter ended March 31, "
                     "2024.\n\n- ------------------\n2. Results of Operations\n\nNet sales "
                     "were $120.0 million.\n" +
                     std::string(kStatement)),
            (Strings{"$120.0 million mismatch"}));
}

TEST(LinkingTest, APeriodPhraseThatOpensTheSentenceLeavesItsSubjectLeading) {
  // "In the first quarter of 2024, net sales were": the words before the comma say when; the
  // subject after them is what the sentence is about.
  EXPECT_EQ(Read("In the first quarter of 2024, net sales were $325.2 million. For the quarter "
                 "ended March 31, 2024, gross profit was $100.9 million.\n"),
            (Strings{"$325.2 million mismatch", "$100.9 million mismatch"}));
  EXPECT_EQ(Read("In the first quarter of 2024, net sales were $352.2 million.\n"),
            (Strings{"$352.2 million verified"}));
  // Without a comma: "First quarter 2024 net sales were".
  EXPECT_EQ(Read("First quarter 2024 net sales were $325.2 million.\n"),
            (Strings{"$325.2 million mismatch"}));
  // Quiet: words that say where, not when, qualify the subject.
  EXPECT_EQ(Read("In Europe, net sales were $325.2 million.\n"),
            (Strings{"$325.2 million unverifiable: the subject of \"were\" is \"sales\""}));
}

// An annual statement in thousands, and a table of the same costs in dollars.
const char kAnnualStatements[] =
    "\n"
    "                          GAMMA RETAIL CORP.\n"
    "                   STATEMENTS OF OPERATIONS\n"
    "                         (in thousands)\n"
    "\n"
    "                                     Year Ended December 31,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Net revenues                         $  844,527      $  714,568\n"
    "Payroll costs                           644,527         514,568\n"
    "Income from operations                  134,283         120,000\n"
    "\n"
    "                   SUPPLEMENTARY COST DATA\n"
    "\n"
    "                                     Year Ended December 31,\n"
    "                                        2024            2023\n"
    "                                     ------------    ------------\n"
    "Payroll costs                        $644,527,082    $514,567,922\n"
    "Other costs                            65,716,918      79,432,078\n"
    "                                     ------------    ------------\n"
    "Total                                $710,244,000    $594,000,000\n";

TEST(LinkingTest, ARunInHeadingIsASentenceOfItsOwn) {
  // "OPERATING INCOME Operating income was ...": the heading is not part of the subject.
  std::string annual = kAnnualStatements;
  EXPECT_EQ(ReadWith("OPERATING INCOME Operating income was $134.6 million in 2024, $120.0 "
                     "million in 2023.\n" +
                     annual),
            (Strings{"$134.6 million mismatch", "$120.0 million verified"}));
  EXPECT_EQ(ReadWith("PAYROLL | Payroll costs were $644.8 million in 2024.\n" + annual),
            (Strings{"$644.8 million mismatch"}));
  // Quiet: capitals that may qualify what follows stay with it.
  EXPECT_EQ(ReadWith("NON-GAAP Operating income was $134.6 million in 2024.\n" + annual),
            (Strings{"$134.6 million unverifiable: the sentence speaks of a measure other than "
                     "the reported one (\"NON-GAAP\")"}));
}

TEST(LinkingTest, OneValueShownInThousandsAndInDollarsIsOneValue) {
  std::string annual = kAnnualStatements;
  EXPECT_EQ(ReadWith("Payroll costs were $644.8 million in 2024.\n" + annual),
            (Strings{"$644.8 million mismatch"}));
  // Quiet: rows that show different values leave the binding in doubt.
  size_t at = annual.find("$644,527,082");
  annual.replace(at, 12, "$644,927,082");
  EXPECT_EQ(ReadWith("Payroll costs were $644.8 million in 2024.\n" + annual),
            (Strings{"$644.8 million unverifiable: the rows labelled \"payroll costs\" show "
                     "different values or periods"}));
}

TEST(LinkingTest, AListOfYearsGivesEachFigureItsYear) {
  std::string annual = kAnnualStatements;
  // Firing: the second figure is not 2023's. (Before, every figure was read for 2024.)
  EXPECT_EQ(ReadWith("Net revenues were $844.5 million, $714.9 million and $600.0 million in "
                     "2024, 2023 and 2022, respectively.\n" +
                     annual),
            (Strings{"$844.5 million verified", "$714.9 million mismatch",
                     "$600.0 million unverifiable: no row labelled \"net revenues\" shows year "
                     "ended Dec 2022"}));
  // A later year after a year is that year, not a period compared with.
  EXPECT_EQ(
      ReadWith("Operating income was $120.0 million in 2023, $134.3 million in 2024.\n" + annual),
      (Strings{"$120.0 million verified", "$134.3 million verified"}));
}

TEST(LinkingTest, FiguresAfterTheSubjectOfATaintedSentenceShareIt) {
  // "the subject of \"were\" is \"costs\"" left the concepts no phrase; the figure compared
  // with the first speaks of the same subject, so it may fail like the first.
  std::string annual = kAnnualStatements;
  EXPECT_EQ(ReadWith("Payroll costs were $644.5 million in 2024, as compared to $514.9 million "
                     "in 2023.\n" +
                     annual),
            (Strings{"$644.5 million verified", "$514.9 million mismatch"}));
  // Quiet: a figure of another subject after it.
  EXPECT_EQ(ReadWith("Payroll costs were $644.5 million in 2024, and other costs were $79.9 "
                     "million in 2023.\n" +
                     annual)
                .back(),
            "$79.9 million unverifiable: the sentence speaks of something else: the subject of "
            "\"were\" is \"costs\"");
}

TEST(LinkingTest, ARatioSetOffAfterTheFigureLeavesItsPeriodPhrase) {
  // ", or 15.9% of net revenues," between a figure and its period phrase: the period is still
  // the figure's, and "net revenues" is not what the figure compared with measures.
  std::string annual = kAnnualStatements;
  const std::string ratio =
      "15.9% unverifiable: a percentage: ratios of table figures are not "
      "checked";
  const std::string other =
      "16.8% unverifiable: a percentage: ratios of table figures are not "
      "checked";
  EXPECT_EQ(ReadWith("Income from operations was $134.3 million, or 15.9% of net revenues, for "
                     "the year ended December 31, 2024 compared to $120.9 million, or 16.8% of "
                     "net revenues, for the year ended December 31, 2023.\n" +
                     annual),
            (Strings{"$134.3 million verified", ratio, "$120.9 million mismatch", other}));
  EXPECT_EQ(ReadWith("Income from operations was $134.3 million, or 15.9% of net revenues, for "
                     "the year ended December 31, 2024 compared to $120.0 million, or 16.8% of "
                     "net revenues, for the year ended December 31, 2023.\n" +
                     annual),
            (Strings{"$134.3 million verified", ratio, "$120.0 million verified", other}));
}

TEST(LinkingTest, ThePeriodOfTheFigureComparedWithIsNotTheFiguresOwn) {
  std::string annual = kAnnualStatements;
  EXPECT_EQ(ReadWith("Payroll costs increased 25% to $644.9 million from $514.6 million in "
                     "2023.\n" +
                     annual),
            (Strings{"25% verified", "$644.9 million mismatch", "$514.6 million verified"}));
  // Quiet: a year after the figure that is no figure's compared with.
  EXPECT_EQ(
      ReadWith("Payroll costs of $644.9 million were paid to employees hired in 2023.\n" + annual),
      (Strings{"$644.9 million unverifiable: no phrase names what the figure measures"}));
}

TEST(LinkingTest, AParagraphAboutAnotherPeriodSpeaksOfItInEverySentence) {
  std::string annual = kAnnualStatements;
  // The release is of 2024; the paragraph speaks of 2023.
  EXPECT_EQ(ReadWith("For 2023, net revenues were $714.6 million. Payroll costs were $514.6 "
                     "million.\n" +
                     annual),
            (Strings{"$714.6 million verified", "$514.6 million verified"}));
  EXPECT_EQ(ReadWith("For 2023, net revenues were $714.6 million. Payroll costs were $514.9 "
                     "million.\n" +
                     annual),
            (Strings{"$714.6 million verified", "$514.9 million mismatch"}));
  // Quiet: a paragraph that names two periods leaves an unnamed one in doubt.
  EXPECT_EQ(ReadWith("Net revenues were $714.6 million in 2023 and $844.5 million in 2024. "
                     "Payroll costs were $514.6 million.\n" +
                     annual)
                .back(),
            "$514.6 million unverifiable: it agrees with Payroll costs (year ended Dec 31, 2023)");
}

TEST(LinkingTest, ASharePercentageIsNoValueOfItsWhole) {
  // "76.3% of net revenues ... 84.0% of net revenues": shares of revenues, not revenues; the
  // increase is the payroll costs'. No claim about revenues is read from them.
  auto rules = testing::DefaultRules();
  std::string release =
      "Payroll costs for the year ended December 31, 2024 were $644.5 million or 76.3% of net "
      "revenues, an increase of $130.0 million as compared with payroll costs of $514.6 million "
      "or 84.0% of net revenues for the year ended December 31, 2023.\n" +
      std::string(kAnnualStatements);
  for (const Document& doc : testing::ReadText(release)) {
    NarrativeAnalysis a = AnalyzeNarrative(doc, rules->concepts, rules->narrative);
    EXPECT_TRUE(a.directions.empty()) << a.directions[0].concept_name;
  }
}

TEST(LinkingTest, AnOwnersWordOrTotalBeforeTheSubjectLeavesItLeading) {
  // "Our", "the Company's" and "Total" open the noun phrase the sentence is about.
  EXPECT_EQ(Read("Our net sales were $325.2 million.\n"), (Strings{"$325.2 million mismatch"}));
  EXPECT_EQ(Read("The Company's net sales were $325.2 million.\n"),
            (Strings{"$325.2 million mismatch"}));
  EXPECT_EQ(Read("Total net sales were $352.2 million.\n"), (Strings{"$352.2 million verified"}));
  // Quiet: another owner's figure.
  EXPECT_EQ(Read("Europe's net sales were $325.2 million.\n"),
            (Strings{"$325.2 million unverifiable: the subject of \"were\" is \"sales\""}));
}

TEST(LinkingTest, ALossInParenthesesIsStillALoss) {
  // "a net loss of $(12.6) million" states the loss twice, not a gain.
  EXPECT_EQ(Read("Net loss was $(12.6) million.\n"), (Strings{"$(12.6) million verified"}));
  // Firing: a loss where the table shows income.
  EXPECT_EQ(ReadWith("Net loss was $(3.1) million for the quarter ended March 31, 2023.\n" +
                     std::string(kStatement)),
            (Strings{"$(3.1) million sign"}));
}

TEST(GrammarTest, StemsAndWords) {
  EXPECT_EQ(Stem("revenues"), "revenue");
  EXPECT_EQ(Stem("liabilities"), "liability");
  EXPECT_EQ(Stem("losses"), "loss");
  EXPECT_EQ(Stem("gross"), "gross");
  EXPECT_EQ(Stem("company's"), "company");
  EXPECT_EQ(SplitWords("Selling, general & administrative"),
            (std::vector<std::string>{"selling", "general", "and", "administrative"}));
}

// Subjects of more than one noun ("Interest and other income, net"), a synonym of a row's
// label, figures that are parts, columns whose period is not read.
const char kDeltaStatement[] =
    "\n"
    "                          DELTA DEVICES INC.\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in thousands)\n"
    "\n"
    "                                     Three Months Ended September 30,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Revenue                              $  183,200      $  150,400\n"
    "Income from operations                  41,300          30,200\n"
    "Interest and other income, net           4,934           2,210\n"
    "Income before income taxes              46,234          32,410\n";

std::vector<std::string> ReadDelta(const std::string& prose) {
  return ReadWith(prose + kDeltaStatement);
}

TEST(LinkingTest, AListOfNounsThatIsOneRowsLabelIsOneSubject) {
  // "Interest and other income, net" is the row's label, not "interest" and "other income".
  EXPECT_EQ(
      ReadDelta("Interest and other income, net for the three months ended September 30, 2024 "
                "was $4.9 million, compared with $2.2 million.\n"),
      (Strings{"$4.9 million verified", "$2.2 million verified"}));
  // Firing: a changed figure is a mismatch.
  EXPECT_EQ(
      ReadDelta("Interest and other income, net for the three months ended September 30, 2024 "
                "was $5.2 million.\n"),
      (Strings{"$5.2 million mismatch"}));
  EXPECT_EQ(ReadDelta("Interest and other income, net, which rose, was $5.2 million.\n"),
            (Strings{"$5.2 million mismatch"}));
}

TEST(LinkingTest, AListOfNounsOfTwoRowsStaysAList) {
  EXPECT_EQ(ReadDelta("Revenue and income from operations were $200.0 million.\n"),
            (Strings{"$200.0 million unverifiable: the sentence names 2 items for 1 figures"}));
}

TEST(LinkingTest, OperatingIncomeIsIncomeFromOperations) {
  EXPECT_EQ(ReadDelta("Operating income was $41.3 million.\n"),
            (Strings{"$41.3 million verified"}));
  EXPECT_EQ(ReadDelta("Operating income was $41.6 million.\n"),
            (Strings{"$41.6 million mismatch"}));
  EXPECT_EQ(ReadDelta("Income from operations was $41.6 million.\n"),
            (Strings{"$41.6 million mismatch"}));
  // Quiet: last year's figure stated for the quarter is in doubt, not wrong.
  EXPECT_EQ(ReadDelta("Operating income was $30.2 million.\n"),
            (Strings{"$30.2 million unverifiable: it agrees with Income from operations (quarter "
                     "ended Sep 30, 2023)"}));
}

TEST(LinkingTest, AFigureOfWhichIsAPartIsNoMismatch) {
  EXPECT_EQ(ReadDelta("Revenue was $183.2 million, of which $100.0 million was from Europe.\n"),
            (Strings{"$183.2 million verified",
                     "$100.0 million unverifiable: a part of, or a reason for, what is named "
                     "before (\"of which\")"}));
}

// A "Change" column has no period: a figure that agrees with it is in doubt, not wrong; and a
// base of one digit ("(1)" in millions) gives no percentage change.
const char kChangeColumn[] =
    "\n"
    "                          DELTA DEVICES INC.\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in millions)\n"
    "\n"
    "                                     Three Months Ended September 30,\n"
    "                                        2024            2023       Change\n"
    "                                     ----------      ----------   ------\n"
    "Revenue                              $    183.2      $    150.4     32.8\n"
    "Operating income                         41.3            30.2      11.1\n"
    "Other expense, net                        (1)             (1)         -\n";

TEST(LinkingTest, AFigureThatAgreesWithAnotherColumnOfItsRowIsInDoubt) {
  EXPECT_EQ(ReadWith(std::string("Operating income was $11.1 million.\n") + kChangeColumn),
            (Strings{"$11.1 million unverifiable: it agrees with Operating income in a column "
                     "whose period is not read: the figure may speak of that"}));
  EXPECT_EQ(ReadWith(std::string("Operating income was $11.4 million.\n") + kChangeColumn),
            (Strings{"$11.4 million mismatch"}));
}

TEST(LinkingTest, ABaseOfOneDigitGivesNoPercentage) {
  EXPECT_EQ(ReadWith(std::string("Other expense, net decreased 16%.\n") + kChangeColumn),
            (Strings{"16% unverifiable: a change between periods that no row labelled \"other "
                     "expense net\" shows"}));
  // Quiet about what the cells do give: revenue rose 21.8%.
  EXPECT_EQ(ReadWith(std::string("Revenue increased 22%.\n") + kChangeColumn),
            (Strings{"22% verified"}));
}

// A statement and the same statement "expressed as a percentage of revenue": the second
// table's rows are percentages, though only its base row shows "%".
const char kCommonSize[] =
    "\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in thousands)\n"
    "\n"
    "                                     Three Months Ended September 30,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Revenue                              $  183,200      $  150,400\n"
    "Gross profit                            104,400          83,253\n"
    "\n"
    "The following table sets forth statement of operations data expressed as a percentage of\n"
    "revenue:\n"
    "\n"
    "                                     Three Months Ended September 30,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Revenue                                 100.0%          100.0%\n"
    "Gross profit                             57.0            55.4\n";

TEST(LinkingTest, TheRowsOfACommonSizeTableArePercentages) {
  EXPECT_EQ(ReadWith(std::string("Gross profit for the three months ended September 30, 2023 "
                                 "was $83.3 million.\n") +
                     kCommonSize),
            (Strings{"$83.3 million verified"}));
  // Firing: the percentage table is no second "Gross profit" of another value.
  EXPECT_EQ(ReadWith(std::string("Gross profit for the three months ended September 30, 2023 "
                                 "was $83.6 million.\n") +
                     kCommonSize),
            (Strings{"$83.6 million mismatch"}));
  // The same with no "%" in the table at all.
  std::string bare = kCommonSize;
  bare.replace(bare.find("100.0%          100.0%"), 22, "100.0           100.0 ");
  EXPECT_EQ(ReadWith("Gross profit for the three months ended September 30, 2023 was $83.6 "
                     "million.\n" +
                     bare),
            (Strings{"$83.6 million mismatch"}));
  // The base row "100.0" below a row that shows "%".
  std::string below = bare;
  below.replace(below.find("Revenue                                 100.0"), 0,
                "Product revenue                           96.4%           81.2%\n");
  EXPECT_EQ(ReadWith("Gross profit for the three months ended September 30, 2023 was $83.6 "
                     "million.\n" +
                     below),
            (Strings{"$83.6 million mismatch"}));
}

TEST(LinkingTest, AStatementWhoseFirstRowIsNotAllHundredIsNoCommonSizeTable) {
  // An index that starts at 100 in its first column only is a table of amounts.
  EXPECT_EQ(ReadWith("Gross profit for the three months ended September 30, 2023 was $83.6 "
                     "million.\n"
                     "\n"
                     "                                     Three Months Ended September 30,\n"
                     "                                        2024            2023\n"
                     "                                     ----------      ----------\n"
                     "Index                                   112.0           100.0\n"
                     "Gross profit                             57.0            55.4\n" +
                     std::string(kCommonSize)),
            (Strings{"$83.6 million unverifiable: the rows labelled \"gross profit\" show "
                     "different values or periods"}));
}

// A fiscal year that ends in June: the third quarter ends in March, the first three quarters
// are the nine months.
const char kFiscalJune[] =
    "\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in thousands)\n"
    "\n"
    "                          Three Months Ended March 31,   Nine Months Ended March 31,\n"
    "                             2024          2023             2024          2023\n"
    "                          ----------    ----------       ----------    ----------\n"
    "Revenue                   $  183,200    $  150,400       $  520,000    $  441,300\n"
    "Operating income              41,300        30,200          118,700        97,600\n";

std::vector<std::string> ReadJune(const std::string& prose) {
  return ReadWith(prose + kFiscalJune);
}

TEST(LinkingTest, TheQuarterOfThePriorYearIsThatQuarterAYearBefore) {
  EXPECT_EQ(ReadJune("Revenue was $183.2 million in the third quarter of fiscal 2024, compared "
                     "with $150.4 million in the third quarter of the prior year.\n"),
            (Strings{"$183.2 million verified", "$150.4 million verified"}));
  EXPECT_EQ(ReadJune("Operating income in the third quarter of the prior year was $30.2 "
                     "million.\n"),
            (Strings{"$30.2 million verified"}));
  // Firing: a changed prior-year figure.
  EXPECT_EQ(ReadJune("Revenue was $183.2 million in the third quarter of fiscal 2024, compared "
                     "with $150.9 million in the third quarter of the prior year.\n"),
            (Strings{"$183.2 million verified", "$150.9 million mismatch"}));
  EXPECT_EQ(ReadJune("Operating income in the third quarter of the prior year was $30.5 "
                     "million.\n"),
            (Strings{"$30.5 million mismatch"}));
  // Quiet: the second quarter of the prior year is not in the tables.
  EXPECT_EQ(ReadJune("Operating income in the second quarter of the prior year was $30.5 "
                     "million.\n"),
            (Strings{"$30.5 million unverifiable: no row labelled \"operating income\" shows "
                     "quarter ended Dec 2022"}));
}

TEST(LinkingTest, TheFirstThreeQuartersAreTheNineMonths) {
  EXPECT_EQ(ReadJune("Revenue for the first three quarters of fiscal 2024 was $520.0 million.\n"),
            (Strings{"$520.0 million verified"}));
  EXPECT_EQ(ReadJune("Revenue for the first three quarters of fiscal 2024 was $520.3 million.\n"),
            (Strings{"$520.3 million mismatch"}));
}

// A statement and its reconciliation to non-GAAP measures, columns headed GAAP, Adj., Non-GAAP.
const char kReconciled[] =
    "\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in millions)\n"
    "\n"
    "                                     Three Months Ended March 31,\n"
    "                                        2024            2023\n"
    "                                     ----------      ----------\n"
    "Revenue                              $    183.2      $    150.4\n"
    "Operating income                          41.3            30.2\n"
    "\n"
    "            RECONCILIATION OF SELECTED GAAP MEASURES TO NON-GAAP MEASURES\n"
    "                          (in millions)\n"
    "\n"
    "                         Three Months Ended March 31,\n"
    "                      2024       2024        2024          2023       2023        2023\n"
    "                      GAAP       Adj.      Non-GAAP        GAAP       Adj.      Non-GAAP\n"
    "                    -------    -------    --------      -------    -------    --------\n"
    "Revenue             $ 183.2    $    --    $  183.2      $ 150.4    $    --    $  150.4\n"
    "Operating income       41.3        6.9        48.2         30.2        5.1        35.3\n";

std::vector<std::string> ReadReconciled(const std::string& prose) {
  return ReadWith(prose + kReconciled);
}

TEST(LinkingTest, AWordThatTellsNoRowsApartLeavesTheSubjectLeading) {
  EXPECT_EQ(Read("Reported net sales were $325.2 million.\n"),
            (Strings{"$325.2 million mismatch"}));
  EXPECT_EQ(Read("GAAP net sales were $352.2 million.\n"), (Strings{"$352.2 million verified"}));
  // Quiet: a word that does tell rows apart is no opener.
  EXPECT_EQ(Read("Retail net sales were $325.2 million.\n"),
            (Strings{"$325.2 million unverifiable: no row labelled \"retail net sales\" shows "
                     "it"}));
}

TEST(LinkingTest, ANonGaapFigureTiesToTheNonGaapColumn) {
  EXPECT_EQ(ReadReconciled("Non-GAAP operating income was $48.2 million.\n"),
            (Strings{"$48.2 million verified"}));
  // Firing: the changed figure against the one Non-GAAP column of the quarter.
  EXPECT_EQ(ReadReconciled("Non-GAAP operating income was $48.5 million.\n"),
            (Strings{"$48.5 million mismatch"}));
  EXPECT_EQ(ReadReconciled("Non-GAAP operating income was up 17% to $48.5 million.\n").back(),
            "$48.5 million mismatch");
  // Quiet: a figure that agrees with the reported cell is not contradicted.
  EXPECT_EQ(ReadReconciled("Non-GAAP operating income was $41.3 million.\n"),
            (Strings{"$41.3 million verified"}));
  // Quiet: a qualifier no row or column names leaves the figure unverifiable.
  EXPECT_EQ(ReadReconciled("Pro forma operating income was $48.5 million.\n"),
            (Strings{"$48.5 million unverifiable: the sentence speaks of a measure other than the "
                     "reported one (\"Pro forma\")"}));
}

// A fourth-quarter release: the quarter and the year end together.
const char kFourthQuarter[] =
    "\n"
    "                 CONDENSED STATEMENTS OF OPERATIONS\n"
    "                          (in millions)\n"
    "\n"
    "                    Three Months Ended December 31,   Year Ended December 31,\n"
    "                        2024          2023             2024          2023\n"
    "                     ----------    ----------       ----------    ----------\n"
    "Revenue              $    183.2    $    150.4       $    690.5    $    601.7\n"
    "Operating income          41.3          30.2            160.8         131.9\n";

std::vector<std::string> ReadFourth(const std::string& prose) {
  return ReadWith(prose + kFourthQuarter);
}

TEST(LinkingTest, AParagraphAboutTheYearOfAFourthQuarterReleaseSpeaksOfIt) {
  EXPECT_EQ(ReadFourth("For fiscal year 2024, revenue was $690.5 million. Operating income was "
                       "$160.8 million.\n"),
            (Strings{"$690.5 million verified", "$160.8 million verified"}));
  // Firing: the year's figure changed; before, the quarter and the year both bound it.
  EXPECT_EQ(ReadFourth("For fiscal year 2024, revenue was $690.5 million. Operating income was "
                       "$161.1 million.\n"),
            (Strings{"$690.5 million verified", "$161.1 million mismatch"}));
  // Quiet: a paragraph about the quarter may still speak of the year in a sentence that names
  // no period.
  EXPECT_EQ(ReadFourth("For the fourth quarter of 2024, revenue was $183.2 million. Operating "
                       "income was $160.8 million.\n"),
            (Strings{"$183.2 million verified", "$160.8 million verified"}));
}

}  // namespace
}  // namespace tieout
