// End-to-end tests: the built tieout binary run on the files in fixtures/.
//
// - golden: every fixture checked with the default rules; stdout, stderr and the exit status
//   compared with tests/golden/<fixture>.out. TIEOUT_REGENERATE=1 rewrites the golden files,
//   and a reviewer reads the diff.
// - seed cells: `extract` of seeds 000 and 001 against the cells written down by hand from the
//   filings (fixtures/expected/*.cells.tsv).
// - tick marks: every table figure of seeds 000 and 001 changed, one at a time: the check must
//   fail with an error pointing into that table.
// - bad input and batches: exact one-line errors, exit status 2, the other files still checked.
#define BOOST_TEST_MODULE tieout_e2e
#define BOOST_TEST_DYN_LINK
#include <sys/wait.h>

#include <boost/test/data/monomorphic.hpp>
#include <boost/test/data/test_case.hpp>
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/tool_run.h"

namespace fs = std::filesystem;
namespace bdata = boost::unit_test::data;

namespace {

using tieout_test::kSource;
using tieout_test::ReadFile;
using tieout_test::Run;
using tieout_test::RunTool;
using tieout_test::ScratchDir;

std::vector<std::string> FixtureFiles() {
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(kSource + "/fixtures")) {
    if (!e.is_regular_file()) continue;
    std::string rel = fs::relative(e.path(), kSource).string();
    if (rel.rfind("fixtures/expected/", 0) == 0) continue;
    files.push_back(rel);
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

BOOST_DATA_TEST_CASE(golden, bdata::make(FixtureFiles()), fixture) {
  Run r = RunTool("check '" + fixture + "' --fail-on none --show-passed");
  std::string actual = "exit status: " + std::to_string(r.status) + "\n--- stdout\n" + r.out +
                       "--- stderr\n" + r.err;
  fs::path golden = fs::path(kSource) / "tests/golden" / (fixture + ".out");
  if (std::getenv("TIEOUT_REGENERATE")) {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << actual;
  }
  BOOST_REQUIRE_MESSAGE(fs::exists(golden),
                        "no golden file " << golden << " (run with TIEOUT_REGENERATE=1)");
  BOOST_TEST(actual == ReadFile(golden));
}

namespace {

std::string Cells(const nlohmann::json& doc) {
  // The same lines as fixtures/expected/*.cells.tsv, from the extract JSON.
  std::ostringstream out;
  out << "# table\tline\tlabel\tkind\tperiod\tvalue\tprecision\trule_above\n";
  int t = 0;
  for (const auto& table : doc["tables"]) {
    ++t;
    for (const auto& row : table["rows"]) {
      if (row.value("heading", false)) {
        out << t << "\t" << row["line"].get<int>() << "\t" << row["label"].get<std::string>()
            << "\theading\n";
        continue;
      }
      const auto& cells = row["cells"];
      for (size_t c = 0; c < cells.size(); ++c) {
        const auto& cell = cells[c];
        if (!cell.contains("value")) continue;
        out << t << "\t" << cell["line"].get<int>() << "\t" << row["label"].get<std::string>()
            << "\t" << row["kind"].get<std::string>() << "\t"
            << table["columns"][c]["period"].get<std::string>() << "\t"
            << cell["value"].get<std::string>() << "\t"
            << (cell.value("exact", false) ? std::string("exact")
                                           : std::to_string(cell["precision"].get<int>()))
            << "\t" << cell.value("rule_above", std::string("-")) << "\n";
      }
    }
  }
  return out.str();
}

const std::vector<std::string> kSeedsWithTables = {"000_df8bf95f4356fb3c", "001_e9ce24d2199f0f52"};

}  // namespace

BOOST_DATA_TEST_CASE(seed_cells_match_the_filing, bdata::make(kSeedsWithTables), seed) {
  Run r = RunTool("extract fixtures/seeds/" + seed + ".txt --format json");
  BOOST_REQUIRE_EQUAL(r.status, 0);
  auto docs = nlohmann::json::parse(r.out);
  BOOST_REQUIRE_EQUAL(docs.size(), 1u);
  std::string expected = ReadFile(kSource + "/fixtures/expected/" + seed + ".cells.tsv");
  BOOST_TEST(Cells(docs[0]) == expected);
}

BOOST_DATA_TEST_CASE(every_changed_figure_is_caught_in_its_table, bdata::make(kSeedsWithTables),
                     seed) {
  std::string path = "fixtures/seeds/" + seed + ".txt";
  std::string text = ReadFile(kSource + "/" + path);
  // Seed 000 has genuine narrative errors in its prose; its tables have none.
  auto clean = nlohmann::json::parse(RunTool("check '" + path + "' --format json").out);
  for (const auto& f : clean["findings"]) {
    BOOST_REQUIRE(f["rule"].get<std::string>().rfind("narrative", 0) == 0);
  }
  auto docs = nlohmann::json::parse(RunTool("extract '" + path + "' --format json").out);
  // Line offsets of the file, to edit a figure in place.
  std::vector<size_t> line_start = {0};
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_start.push_back(i + 1);
  }
  int mutations = 0;
  for (const auto& table : docs[0]["tables"]) {
    int first = table["line"].get<int>(), last = first;
    for (const auto& row : table["rows"]) last = std::max(last, row["line"].get<int>() + 3);
    for (const auto& row : table["rows"]) {
      if (row.value("heading", false)) continue;
      for (const auto& cell : row["cells"]) {
        if (!cell.contains("value") || cell.value("exact", false)) continue;
        int line = cell["line"].get<int>();
        std::string shown = cell["text"].get<std::string>();
        std::string figure = shown.substr(shown.find_first_not_of("$ "));
        size_t at = text.find(figure, line_start[line - 1]);
        BOOST_REQUIRE(at != std::string::npos && at < line_start[line]);
        // Change the first significant digit by four: 161,000 -> 561,000; (.05) -> (.09).
        size_t d = text.find_first_of("123456789", at);
        std::string changed = text;
        changed[d] = static_cast<char>(changed[d] <= '5' ? changed[d] + 4 : changed[d] - 4);
        fs::path copy = ScratchDir() / (seed + "-" + std::to_string(mutations++) + ".txt");
        std::ofstream(copy, std::ios::binary) << changed;
        Run r = RunTool("check '" + copy.string() + "' --format json");
        BOOST_TEST_CONTEXT("figure " << shown << " of " << row["label"] << " at line " << line) {
          BOOST_TEST(r.status == 1);
          bool inside = false;
          auto report = nlohmann::json::parse(r.out);
          for (const auto& f : report["findings"]) {
            int fl = f["line"].get<int>();
            inside |= f["severity"] == "error" && fl >= first && fl <= last;
          }
          BOOST_TEST(inside, "no error between lines " << first << " and " << last << ": "
                                                       << r.out.substr(0, 2000));
        }
      }
    }
  }
  BOOST_TEST(mutations > 30);
}

BOOST_AUTO_TEST_CASE(seeds_tie_and_the_narrative_only_seeds_give_no_findings) {
  Run r = RunTool("check fixtures/seeds --format json");
  auto report = nlohmann::json::parse(r.out);
  // The only findings are the genuine errors of 000's prose: a provision of $0.3 million where
  // the table says 171,000, $1.3 million for 1,356,000 (truncated), "$2.0" without its unit.
  BOOST_TEST(r.status == 1);
  std::vector<std::string> findings;
  for (const auto& f : report["findings"]) {
    std::string file = f["file"];
    findings.push_back(file.substr(file.size() - 24) + ":" + std::to_string(f["line"].get<int>()) +
                       " " + f["rule"].get<std::string>());
  }
  BOOST_TEST(
      findings == (std::vector<std::string>{"000_df8bf95f4356fb3c.txt:123 narrative-matches-table",
                                            "000_df8bf95f4356fb3c.txt:129 narrative-truncated",
                                            "000_df8bf95f4356fb3c.txt:130 narrative-missing-unit"}),
      boost::test_tools::per_element());
  BOOST_TEST(report["summary"]["failed"] == 3);
  // Every footing, balance and EPS check on 000 and 001 is evaluated, not skipped.
  std::map<std::string, int> passed;
  for (const auto& c : report["checks"]) {
    std::string file = c["file"];
    if (c["status"] == "pass" && file.find("/00") != std::string::npos) {
      ++passed[c["rule"].get<std::string>() + " " + file.substr(file.size() - 24)];
    }
  }
  // Four columns of Total revenues, Total costs and expenses and NET LOSS; two of Total
  // assets and of Total liabilities and shareholders' equity.
  BOOST_TEST(passed["table-footing 000_df8bf95f4356fb3c.txt"] == 16);
  BOOST_TEST(passed["balance-sheet-balances 000_df8bf95f4356fb3c.txt"] == 2);
  BOOST_TEST(passed["eps-matches-net-income 000_df8bf95f4356fb3c.txt"] == 4);
  BOOST_TEST(passed["net-income-from-components 000_df8bf95f4356fb3c.txt"] == 4);
  BOOST_TEST(passed["table-footing 001_e9ce24d2199f0f52.txt"] == 10);
  BOOST_TEST(passed["balance-sheet-balances 001_e9ce24d2199f0f52.txt"] == 2);
  BOOST_TEST(passed["eps-matches-net-income 001_e9ce24d2199f0f52.txt"] == 2);
}

BOOST_AUTO_TEST_CASE(bad_input_is_one_line_and_the_batch_goes_on) {
  Run r = RunTool("check fixtures/bad/empty.txt fixtures/cases/footing-error.txt missing.txt");
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.out.find("error: fixtures/bad/empty.txt: empty file, no release to check\n") !=
             std::string::npos);
  BOOST_TEST(r.out.find("error: missing.txt: no such file or folder\n") != std::string::npos);
  // Exit status 2 wins, and the JSON summary still counts the findings of the good file.
  Run json = RunTool("check fixtures/bad/empty.txt fixtures/cases/footing-error.txt --format json");
  BOOST_TEST(json.status == 2);
  auto summary = nlohmann::json::parse(json.out)["summary"];
  BOOST_TEST(summary["findings"].get<int>() >= 1);
  BOOST_TEST(summary["input_errors"] == 1);
  // The good file in between was still checked.
  BOOST_TEST(r.out.find("fixtures/cases/footing-error.txt:19:47: error[table-footing]") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(broken_rules_are_reported_with_positions) {
  Run r = RunTool("check fixtures/seeds --rules tests/data/broken-rules.yaml");
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.out.empty());
  BOOST_TEST(r.err ==
             "tests/data/broken-rules.yaml:8:15: unknown severity 'eror' (error, warning, note)\n"
             "tests/data/broken-rules.yaml:9:15: unknown concept 'total_liabilities' in "
             "'total_assets == total_liabilities'\n"
             "tests/data/broken-rules.yaml:11:9: duplicate rule id 'balance'\n"
             "tests/data/broken-rules.yaml:13:11: unknown rule kind 'footnote' (footing, "
             "change-column, sum, equation, eps, quarters, label-figures, agree-across-tables, "
             "book-value, "
             "narrative-figure, narrative-direction, rollforward, same-period-same-value, "
             "certification, period-sanity, recurring-fact, total-column)\n");
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_2) {
  Run none = RunTool("");
  BOOST_TEST(none.status == 2);
  Run typo = RunTool("chek x");
  BOOST_TEST(typo.status == 2);
  BOOST_TEST(typo.err ==
             "tieout: unknown command 'chek'; did you mean 'check'? (see 'tieout --help')\n");
  Run format = RunTool("check fixtures/seeds --format xml");
  BOOST_TEST(format.status == 2);
  BOOST_TEST(format.err ==
             "tieout: check: unknown --format 'xml' (text, json, sarif, junit, github, markdown, "
             "html, jsonl)\n");
  Run help = RunTool("check --help");
  BOOST_TEST(help.status == 0);
  BOOST_TEST(help.out.find("--fail-on") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(fail_on_sets_the_threshold) {
  BOOST_TEST(RunTool("check fixtures/cases/footing-error.txt").status == 1);
  BOOST_TEST(RunTool("check fixtures/cases/footing-error.txt --fail-on none").status == 0);
  // 001 ties in its tables and its prose; 000's prose has a note ("$2.0" without its unit).
  BOOST_TEST(RunTool("check fixtures/seeds/001_e9ce24d2199f0f52.txt --fail-on note").status == 0);
  BOOST_TEST(RunTool("check fixtures/seeds/000_df8bf95f4356fb3c.txt --fail-on note").status == 1);
}

BOOST_AUTO_TEST_CASE(out_writes_both_reports) {
  fs::path dir = ScratchDir() / "reports";
  Run r = RunTool("check fixtures/cases --out '" + dir.string() + "'");
  BOOST_TEST(r.status == 1);
  auto report = nlohmann::json::parse(ReadFile(dir / "report.json"));
  BOOST_TEST(report["tool"]["name"] == "tieout");
  BOOST_TEST(report["summary"]["errors"].get<int>() >= 4);
  BOOST_TEST(ReadFile(dir / "report.txt").find("pass[table-footing]") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(reports_without_check_details_are_the_same_when_the_details_go) {
  // Text, SARIF and Markdown print no check's detail: alone, the run lets each file's details go
  // as soon as it is checked; beside json (which prints them) it keeps them. Same output.
  fs::path json = ScratchDir() / "details.json";
  for (std::string format : {"text", "sarif", "markdown"}) {
    Run alone = RunTool("check fixtures/cases --format " + format);
    Run beside =
        RunTool("check fixtures/cases --format " + format + " -f json='" + json.string() + "'");
    BOOST_TEST_CONTEXT(format) {
      BOOST_TEST(alone.status == 1);
      BOOST_TEST(alone.out.size() > 1000u);
      BOOST_TEST(alone.out == beside.out);
    }
  }
  // With --show-passed, text prints every check with its detail: kept.
  Run passed = RunTool("check fixtures/cases --show-passed");
  BOOST_TEST(passed.out.find(": pass[table-footing]: ") != std::string::npos);
  BOOST_TEST(passed.out.find("]: \n") == std::string::npos);
}

namespace {

// "file:line rule" of each finding across documents, with the files of its related locations.
std::vector<std::string> CrossFindings(const nlohmann::json& report) {
  std::vector<std::string> out;
  for (const auto& f : report["findings"]) {
    std::string rule = f["rule"];
    if (rule.rfind("rollforward", 0) != 0 && rule != "same-period-same-value" &&
        rule != "certification") {
      continue;
    }
    std::string line =
        f["file"].get<std::string>() + ":" + std::to_string(f["line"].get<int>()) + " " + rule;
    for (const auto& r : f["related"]) line += " -> " + r["file"].get<std::string>();
    out.push_back(line);
  }
  return out;
}

// Whether every byte sequence of `s` is well-formed UTF-8 (checked apart from the tool's code).
bool WellFormedUtf8(const std::string& s) {
  try {
    (void)nlohmann::json(s).dump();
    return true;
  } catch (const nlohmann::json::exception&) {
    return false;
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_seeds_tie_across_releases) {
  auto report = nlohmann::json::parse(RunTool("check fixtures/seeds --format json").out);
  std::map<std::string, int> passed, other;
  for (const auto& c : report["checks"]) {
    std::string rule = c["rule"];
    if (rule.rfind("rollforward", 0) != 0 && rule != "same-period-same-value" &&
        rule != "certification") {
      continue;
    }
    ++(c["status"] == "pass" ? passed : other)[rule];
  }
  // Ten income statement rows in two years, weighted shares in two, the June 30, 2003 balance
  // sheet's seven rows, 004's two certifications against 000.
  BOOST_TEST(passed["rollforward"] == 20);
  BOOST_TEST(passed["rollforward-shares"] == 2);
  BOOST_TEST(passed["same-period-same-value"] == 7);
  BOOST_TEST(passed["certification"] == 8);
  BOOST_TEST(other.empty());
  BOOST_TEST(CrossFindings(report).empty());
}

BOOST_AUTO_TEST_CASE(changed_copies_fail_across_releases) {
  auto check = [](const std::string& dir) {
    return CrossFindings(nlohmann::json::parse(RunTool("check " + dir + " --format json").out));
  };
  const std::string r = "fixtures/sets/rollforward-error/";
  BOOST_TEST(
      check(r) == (std::vector<std::string>{r + "q2-release.txt:233 rollforward -> " + r +
                                                "q1-release.txt -> " + r + "q2-release.txt",
                                            r + "q2-release.txt:223 rollforward -> " + r +
                                                "q1-release.txt -> " + r + "q2-release.txt",
                                            r + "q2-release.txt:227 rollforward -> " + r +
                                                "q1-release.txt -> " + r + "q2-release.txt"}),
      boost::test_tools::per_element());
  const std::string b = "fixtures/sets/balance-error/";
  std::vector<std::string> balance = check(b);
  BOOST_TEST(balance.size() == 4u);
  for (const std::string& f : balance) {
    BOOST_TEST(f.find(b + "q2-release.txt:") == 0u);
    BOOST_TEST(f.find("same-period-same-value -> " + b + "q1-release.txt") != std::string::npos);
  }
  const std::string n = "fixtures/sets/certification-no-cfo/";
  BOOST_TEST(check(n) == (std::vector<std::string>{n + "certifications.txt:5 certification"}),
             boost::test_tools::per_element());
  const std::string p = "fixtures/sets/certification-period/";
  BOOST_TEST(check(p) == (std::vector<std::string>{
                             p + "certifications.txt:11 certification -> " + p + "q2-release.txt",
                             p + "certifications.txt:47 certification -> " + p + "q2-release.txt"}),
             boost::test_tools::per_element());
  // Two companies in one folder: two sets, no finding across them.
  BOOST_TEST(check("fixtures/sets/two-companies").empty());
  auto sarif = nlohmann::json::parse(RunTool("check " + r + " --format sarif").out);
  bool other_file = false;
  for (const auto& res : sarif["runs"][0]["results"]) {
    for (const auto& rl : res.value("relatedLocations", nlohmann::json::array())) {
      other_file |= rl["physicalLocation"]["artifactLocation"]["uri"].get<std::string>().find(
                        "q1-release.txt") != std::string::npos;
    }
  }
  BOOST_TEST(other_file);
}

BOOST_AUTO_TEST_CASE(a_windows_1252_release_is_reported_in_utf8_by_every_reporter) {
  const std::string path = "fixtures/bad/windows-1252.txt";
  BOOST_REQUIRE(!WellFormedUtf8(ReadFile(kSource + "/" + path)));
  // "Café sales", "Total revenues — net" in UTF-8.
  const std::string cafe = "Caf\xC3\xA9 sales", total = "Total revenues \xE2\x80\x94 net";
  Run extract = RunTool("extract " + path + " --format json");
  BOOST_TEST(extract.status == 0);
  auto docs = nlohmann::json::parse(extract.out);
  BOOST_TEST(docs[0]["tables"][0]["rows"][1]["label"] == cafe);
  Run text = RunTool("extract " + path + " --format text");
  BOOST_TEST(text.status == 0);
  BOOST_TEST(WellFormedUtf8(text.out));
  BOOST_TEST(text.out.find(cafe) != std::string::npos);
  Run json = RunTool("check " + path + " --format json");
  BOOST_TEST(json.status == 1);
  auto report = nlohmann::json::parse(json.out);
  BOOST_REQUIRE_EQUAL(report["findings"].size(), 1u);
  BOOST_TEST(report["findings"][0]["message"].get<std::string>().find(total) == 0);
  BOOST_TEST(report["findings"][0]["related"][0]["message"].get<std::string>().find(cafe) == 0);
  Run sarif = RunTool("check " + path + " --format sarif");
  BOOST_TEST(sarif.status == 1);
  auto log = nlohmann::json::parse(sarif.out);
  BOOST_TEST(log["runs"][0]["results"][0]["message"]["text"].get<std::string>().find(total) == 0);
  Run plain = RunTool("check " + path);
  BOOST_TEST(plain.status == 1);
  BOOST_TEST(WellFormedUtf8(plain.out));
  BOOST_TEST(plain.out.find("error[table-footing]: " + total) != std::string::npos);
}

// Bytes 0x80-0xFF sprinkled over a real filing, as a damaged download or a wrong transcoding
// leaves them (markup lines aside): every reporter still writes well-formed UTF-8 and the tool
// exits normally.
BOOST_AUTO_TEST_CASE(stray_high_bytes_never_break_a_reporter) {
  std::string text = ReadFile(kSource + "/fixtures/seeds/000_df8bf95f4356fb3c.txt");
  unsigned state = 12345;
  for (int round = 0; round < 4; ++round) {
    std::string damaged = text;
    for (size_t i = 0; i < damaged.size(); i += 1 + (state = state * 1103515245u + 12345u) % 97) {
      // The markup lines stay, so the envelope and the tables still parse.
      size_t line = damaged.rfind('\n', i) + 1, first = damaged.find_first_not_of(' ', line);
      if (damaged[i] == '\n' || damaged[first] == '<') continue;
      damaged[i] = static_cast<char>(0x80 | (state >> 16) % 0x80);
    }
    fs::path copy = ScratchDir() / ("high-bytes-" + std::to_string(round) + ".txt");
    std::ofstream(copy, std::ios::binary) << damaged;
    for (std::string format : {"json", "sarif", "text"}) {
      Run r = RunTool("check '" + copy.string() + "' --fail-on none --format " + format);
      BOOST_TEST_CONTEXT("round " << round << ", " << format << ": " << r.err) {
        BOOST_TEST(r.status == 0);
        BOOST_TEST(WellFormedUtf8(r.out));
        if (format != "text") BOOST_TEST(nlohmann::json::accept(r.out));
      }
    }
    Run extract = RunTool("extract '" + copy.string() + "' --format json");
    BOOST_TEST(extract.status == 0);
    BOOST_TEST(nlohmann::json::accept(extract.out));
  }
}

BOOST_AUTO_TEST_CASE(cleanup) { fs::remove_all(ScratchDir()); }
