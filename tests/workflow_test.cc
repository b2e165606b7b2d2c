// End-to-end tests of the workflow around the checks: the project configuration (.tieout.yaml,
// --config, --disable, --severity, rules --effective), each run on real fixtures through the
// built binary and asserted both ways (the gate fails without the setting, passes with it).
#define BOOST_TEST_MODULE tieout_workflow
#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/tool_run.h"

namespace fs = std::filesystem;
using tieout_test::kSource;
using tieout_test::ReadFile;
using tieout_test::Run;
using tieout_test::RunTool;
using tieout_test::ScratchDir;

namespace {

const char kFooting[] = "fixtures/cases/footing-error.txt";

// A project folder in the scratch space holding a copy of a fixture and a .tieout.yaml.
fs::path Project(const std::string& name, const std::string& config) {
  fs::path dir = ScratchDir() / name;
  fs::create_directories(dir / "drafts");
  fs::copy_file(kSource + "/" + kFooting, dir / "drafts/release.txt",
                fs::copy_options::overwrite_existing);
  if (!config.empty()) std::ofstream(dir / ".tieout.yaml") << config;
  return dir;
}

}  // namespace

BOOST_AUTO_TEST_CASE(severity_and_disable_on_the_command_line) {
  Run plain = RunTool(std::string("check ") + kFooting);
  BOOST_TEST(plain.status == 1);
  BOOST_TEST(plain.out.find("error[table-footing]") != std::string::npos);

  Run warned = RunTool(std::string("check ") + kFooting + " --severity table-footing=warning");
  BOOST_TEST(warned.status == 0);
  BOOST_TEST(warned.out.find("19:47: warning[table-footing]: Total revenues does not foot") !=
             std::string::npos);
  BOOST_TEST(RunTool(std::string("check ") + kFooting +
                     " --severity table-footing=warning --fail-on warning")
                 .status == 1);

  Run off = RunTool(std::string("check ") + kFooting + " --disable table-footing");
  BOOST_TEST(off.status == 0);
  BOOST_TEST(off.out.find("table-footing") == std::string::npos);

  Run typo = RunTool(std::string("check ") + kFooting + " --disable table-fotting");
  BOOST_TEST(typo.status == 2);
  BOOST_TEST(typo.err ==
             "--disable: no rule 'table-fotting' (did you mean 'table-footing'?) (see 'tieout "
             "rules list')\n");
  Run bad = RunTool(std::string("check ") + kFooting + " --severity table-footing");
  BOOST_TEST(bad.status == 2);
  BOOST_TEST(bad.err ==
             "tieout: --severity 'table-footing': write ID=SEVERITY (table-footing=warning)\n");
}

BOOST_AUTO_TEST_CASE(a_project_file_is_found_from_the_checked_path_upwards) {
  fs::path dir = Project("found", "rules:\n  table-footing:\n    severity: warning\n");
  Run r = RunTool("check drafts/release.txt --format json", dir.string());
  BOOST_TEST(r.status == 0, r.err);
  auto report = nlohmann::json::parse(r.out);
  BOOST_REQUIRE(report["findings"].size() == 1u);
  BOOST_TEST(report["findings"][0]["severity"] == "warning");
  // The vocabulary and concepts stay: the other rules still run and pass.
  int passed = 0;
  for (const auto& c : report["checks"]) passed += c["status"] == "pass";
  BOOST_TEST(passed > 0);

  // From the source folder, naming the file inside the project: found too.
  Run outside = RunTool("check '" + (dir / "drafts/release.txt").string() + "'", "/");
  BOOST_TEST(outside.status == 0);
  // --no-config leaves it out, --config names another.
  BOOST_TEST(RunTool("check drafts/release.txt --no-config", dir.string()).status == 1);
  std::ofstream(dir / "strict.yaml") << "rules:\n  table-footing: {severity: error}\n";
  BOOST_TEST(RunTool("check drafts/release.txt --config strict.yaml", dir.string()).status == 1);
}

BOOST_AUTO_TEST_CASE(a_bad_project_file_is_one_line_per_problem_and_exit_2) {
  fs::path dir = Project("bad", "rules:\n  table-footing:\n    severity: fatal\n    sevrity: x\n");
  Run r = RunTool("check drafts/release.txt", dir.string());
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.out.empty());
  BOOST_TEST(r.err ==
             ".tieout.yaml:3:15: unknown severity 'fatal' (error, warning, note)\n"
             ".tieout.yaml:4:5: unknown key 'sevrity' for a rule of kind 'footing'\n");
  std::ofstream(dir / ".tieout.yaml") << "rules: [\n";
  r = RunTool("check drafts/release.txt", dir.string());
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.err == ".tieout.yaml:2:1: end of sequence flow not found\n");
}

BOOST_AUTO_TEST_CASE(rules_effective_prints_the_merged_set) {
  fs::path dir = Project("effective", "rules:\n  narrative-direction: {disable: true}\n");
  Run r = RunTool("rules --effective --severity table-footing=note", dir.string());
  BOOST_TEST(r.status == 0, r.err);
  BOOST_TEST(r.out.rfind("# The effective rules: <default rules>, then .tieout.yaml, then the "
                         "command line.\n",
                         0) == 0u);
  // Loaded back as a rules file, it gives the same list.
  std::ofstream(dir / "effective.yaml") << r.out;
  Run listed = RunTool("rules --rules effective.yaml --no-config", dir.string());
  Run merged = RunTool("rules --severity table-footing=note", dir.string());
  BOOST_TEST(listed.status == 0, listed.err);
  auto body = [](const std::string& s) { return s.substr(s.find('\n')); };
  BOOST_TEST(body(listed.out) == body(merged.out));
  BOOST_TEST(merged.out.find("  table-footing  [footing, note]") != std::string::npos);
  BOOST_TEST(merged.out.find("  narrative-direction  [disabled]") != std::string::npos);
}

namespace {

const char kInline[] = "fixtures/cases/inline-ignore.md";

// The findings of a JSON report that are (or are not) suppressed.
std::vector<nlohmann::json> Findings(const nlohmann::json& report, bool suppressed) {
  std::vector<nlohmann::json> out;
  for (const auto& f : report["findings"]) {
    if (f.contains("suppression") == suppressed) out.push_back(f);
  }
  return out;
}

// `text` with `from` replaced by `to` (once; the test fails when it is missing).
std::string Replace(std::string text, const std::string& from, const std::string& to) {
  size_t at = text.find(from);
  BOOST_REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

BOOST_AUTO_TEST_CASE(an_inline_directive_suppresses_the_next_table_in_every_format) {
  Run text = RunTool(std::string("check ") + kInline);
  BOOST_TEST(text.status == 1);  // the second table's error stands
  BOOST_TEST(text.out.find("fixtures/cases/inline-ignore.md:11:20: suppressed "
                           "error[table-footing]: Total revenues does not foot") !=
             std::string::npos);
  BOOST_TEST(text.out.find("    suppressed (inline, fixtures/cases/inline-ignore.md:6): total "
                           "restated in the 10-Q; the draft keeps the old figure\n") !=
             std::string::npos);
  BOOST_TEST(text.out.find("; 1 error, 0 warnings, 0 notes; 1 suppressed\n") != std::string::npos);

  auto json = nlohmann::json::parse(RunTool(std::string("check ") + kInline + " -f json").out);
  auto suppressed = Findings(json, true);
  BOOST_REQUIRE(suppressed.size() == 1u);
  BOOST_TEST(suppressed[0]["line"] == 11);
  BOOST_TEST(suppressed[0]["suppression"]["source"] == "inline");
  BOOST_TEST(json["summary"]["errors"] == 1);
  BOOST_TEST(json["summary"]["suppressed"] == 1);

  auto sarif = nlohmann::json::parse(RunTool(std::string("check ") + kInline + " -f sarif").out);
  const auto& results = sarif["runs"][0]["results"];
  BOOST_REQUIRE(results.size() == 2u);
  BOOST_TEST(results[0]["suppressions"][0]["kind"] == "inSource");
  BOOST_TEST(results[0]["suppressions"][0]["justification"] ==
             "total restated in the 10-Q; the draft keeps the old figure");
  BOOST_TEST(results[1]["suppressions"].empty());
  BOOST_TEST(results[0]["partialFingerprints"]["tieout/v1"] == suppressed[0]["fingerprint"]);

  // Both ways: without the directive the first table's error fails the run too.
  fs::path dir = ScratchDir() / "inline";
  fs::create_directories(dir);
  std::string source = ReadFile(kSource + "/" + kInline);
  std::ofstream(dir / "plain.md") << Replace(source, "tieout-ignore:", "a comment:");
  auto plain = nlohmann::json::parse(RunTool("check plain.md -f json", dir.string()).out);
  BOOST_TEST(Findings(plain, true).empty());
  BOOST_TEST(plain["summary"]["errors"] == 2);
  // With the second table fixed, the suppressed finding alone does not fail the gate.
  std::ofstream(dir / "fixed.md") << Replace(source, "| 9,000 |", "| 9,062 |");
  Run fixed = RunTool("check fixed.md", dir.string());
  BOOST_TEST(fixed.status == 0, fixed.out);
  BOOST_TEST(fixed.out.find("suppressed error[table-footing]") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_inline_directive_suppresses_findings_across_documents_in_its_document) {
  // Two quarters whose balance sheets disagree on June 30 (same-period-same-value, found in the
  // pass across documents and pointing into q2-release.txt's balance sheet).
  fs::path dir = ScratchDir() / "inline-sets";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string from = kSource + "/fixtures/sets/balance-error/";
  fs::copy_file(from + "q1-release.txt", dir / "q1-release.txt");
  std::string q2 = ReadFile(from + "q2-release.txt");
  auto across = [&]() {
    auto report = nlohmann::json::parse(RunTool("check . -f json", dir.string()).out);
    std::vector<nlohmann::json> out;
    for (const auto& f : report["findings"]) {
      if (f["rule"] == "same-period-same-value") out.push_back(f);
    }
    return out;
  };
  // Both ways: without the directive the four findings stand; with it before the balance sheet,
  // they are suppressed with its reason, and the other findings are not.
  std::ofstream(dir / "q2-release.txt") << q2;
  std::vector<nlohmann::json> plain = across();
  BOOST_REQUIRE(plain.size() == 4u);
  for (const auto& f : plain) BOOST_TEST(!f.contains("suppression"));
  std::ofstream(dir / "q2-release.txt")
      << Replace(q2, "CONSOLIDATED BALANCE SHEET DATA:\n",
                 "CONSOLIDATED BALANCE SHEET DATA:\n\ntieout-ignore: same-period-same-value Q1 "
                 "restated in the 10-Q\n");
  std::vector<nlohmann::json> ignored = across();
  BOOST_REQUIRE(ignored.size() == 4u);
  for (const auto& f : ignored) {
    BOOST_TEST(f["suppression"]["source"] == "inline");
    BOOST_TEST(f["suppression"]["reason"] == "Q1 restated in the 10-Q");
    BOOST_TEST(f["suppression"]["where"].get<std::string>().find("q2-release.txt:") !=
               std::string::npos);
  }
  auto report = nlohmann::json::parse(RunTool("check . -f json", dir.string()).out);
  BOOST_TEST(Findings(report, false).size() == 3u);  // the prose findings of q2-release.txt
}

BOOST_AUTO_TEST_CASE(each_file_uses_its_own_nearest_project_file) {
  // Two projects side by side with the same release: one makes table-footing a warning.
  Project("nearest/warned", "rules:\n  table-footing: {severity: warning}\n");
  Project("nearest/plain", "rules:\n  narrative-direction: {disable: true}\n");
  const fs::path root = ScratchDir() / "nearest";
  auto severities = [&](const std::string& paths) {
    Run r = RunTool("check " + paths + " -f json", root.string());
    std::map<std::string, std::string> out;  // file -> severity of its table-footing finding
    const auto report = nlohmann::json::parse(r.out);
    for (const auto& f : report["findings"]) {
      if (f["rule"] == "table-footing") {
        out[f["file"].get<std::string>()] = f["severity"].get<std::string>();
      }
    }
    return std::make_pair(r.status, out);
  };
  // Either order: each release is checked under its own project's rules.
  for (const std::string& paths : {std::string("warned/drafts plain/drafts"),
                                   std::string("plain/drafts/release.txt warned/drafts")}) {
    auto [status, found] = severities(paths);
    BOOST_TEST(status == 1, paths);
    BOOST_TEST(found["warned/drafts/release.txt"] == "warning", paths);
    BOOST_TEST(found["plain/drafts/release.txt"] == "error", paths);
  }
  // --config names one project file for every path.
  Run one = RunTool("check plain/drafts warned/drafts -f json --config warned/.tieout.yaml",
                    root.string());
  const auto merged = nlohmann::json::parse(one.out);
  for (const auto& f : merged["findings"]) {
    if (f["rule"] == "table-footing") BOOST_TEST(f["severity"] == "warning");
  }
  BOOST_TEST(one.status == 0);
}

BOOST_AUTO_TEST_CASE(a_project_ignore_suppresses_by_path_and_rule) {
  fs::path dir = Project("ignore",
                         "ignore:\n"
                         "  - path: drafts/*.txt\n"
                         "    rules: [table-footing]\n"
                         "    reason: drafts are footed by hand\n");
  Run r = RunTool("check drafts/release.txt", dir.string());
  BOOST_TEST(r.status == 0, r.out + r.err);
  BOOST_TEST(r.out.find("    suppressed (config, ") != std::string::npos);
  BOOST_TEST(r.out.find("): drafts are footed by hand\n") != std::string::npos);
  // Another rule, or another folder: not suppressed.
  std::ofstream(dir / ".tieout.yaml")
      << "ignore:\n  - {path: drafts/*.txt, rules: eps-matches-net-income, reason: x}\n"
         "  - {path: final/*, reason: y}\n";
  BOOST_TEST(RunTool("check drafts/release.txt", dir.string()).status == 1);
}

BOOST_AUTO_TEST_CASE(a_baseline_accepts_findings_by_fingerprint_not_line) {
  fs::path dir = Project("baseline", "");
  Run written = RunTool("check drafts/release.txt --write-baseline accepted.json", dir.string());
  BOOST_TEST(written.status == 0, written.err);
  auto baseline = nlohmann::json::parse(ReadFile(dir / "accepted.json"));
  BOOST_REQUIRE(baseline["findings"].size() == 1u);
  BOOST_TEST(baseline["findings"][0]["rule"] == "table-footing");

  // Both ways: without the baseline the run fails, with it it passes and lists the finding.
  BOOST_TEST(RunTool("check drafts/release.txt", dir.string()).status == 1);
  Run accepted = RunTool("check drafts/release.txt --baseline accepted.json", dir.string());
  BOOST_TEST(accepted.status == 0);
  BOOST_TEST(accepted.out.find("    suppressed (baseline, accepted.json): accepted in the "
                               "baseline\n") != std::string::npos);

  // Lines moved above the table: still accepted. A figure changed: a new finding fails.
  std::string source = ReadFile(dir / "drafts/release.txt");
  std::ofstream(dir / "drafts/release.txt") << "\n\n\nA new first paragraph.\n\n" << source;
  Run moved = RunTool("check drafts/release.txt --baseline accepted.json -f json", dir.string());
  BOOST_TEST(moved.status == 0);
  auto report = nlohmann::json::parse(moved.out);
  BOOST_REQUIRE(report["findings"].size() == 1u);
  BOOST_TEST(report["findings"][0]["line"] == 24);
  BOOST_TEST(report["findings"][0]["suppression"]["source"] == "baseline");
  std::ofstream(dir / "drafts/release.txt") << Replace(source, "15,615", "15,611");
  BOOST_TEST(RunTool("check drafts/release.txt --baseline accepted.json", dir.string()).status ==
             1);

  // The configuration names it too; a broken one is an input error.
  std::ofstream(dir / ".tieout.yaml") << "baseline: accepted.json\n";
  std::ofstream(dir / "drafts/release.txt") << source;
  BOOST_TEST(RunTool("check drafts/release.txt", dir.string()).status == 0);
  std::ofstream(dir / "accepted.json") << "{\"findings\": [}";
  Run broken = RunTool("check drafts/release.txt", dir.string());
  BOOST_TEST(broken.status == 2);
  BOOST_TEST(broken.err.find("accepted.json:1:15: not a baseline: the JSON does not parse\n") !=
                 std::string::npos,
             broken.err);
}

// The CI formats over the seeds and the inline-ignore case, compared with goldens in
// tests/golden/formats/ (TIEOUT_REGENERATE=1 rewrites them; read the diff).
BOOST_AUTO_TEST_CASE(github_and_markdown_match_their_goldens) {
  for (const std::string format : {"github", "markdown"}) {
    Run r = RunTool("check fixtures/seeds fixtures/cases/inline-ignore.md --format " + format);
    BOOST_TEST(r.status == 1);
    fs::path golden = fs::path(kSource) / "tests/golden/formats" / ("seeds." + format);
    if (std::getenv("TIEOUT_REGENERATE")) {
      fs::create_directories(golden.parent_path());
      std::ofstream(golden, std::ios::binary) << r.out;
    }
    BOOST_TEST(r.out == ReadFile(golden), format);
  }
}

BOOST_AUTO_TEST_CASE(formats_repeat_into_files_and_one_on_stdout) {
  fs::path dir = ScratchDir() / "formats";
  fs::create_directories(dir);
  Run r =
      RunTool(std::string("check ") + kFooting + " -f json -f sarif=" + (dir / "r.sarif").string() +
              " --format junit=" + (dir / "r.xml").string());
  BOOST_TEST(r.status == 1);
  BOOST_TEST(nlohmann::json::parse(r.out)["findings"].size() == 1u);
  BOOST_TEST(nlohmann::json::parse(ReadFile(dir / "r.sarif"))["version"] == "2.1.0");
  BOOST_TEST(ReadFile(dir / "r.xml").find("<failure message=\"Total revenues does not foot") !=
             std::string::npos);
  Run two = RunTool(std::string("check ") + kFooting + " -f json -f sarif");
  BOOST_TEST(two.status == 2);
  BOOST_TEST(two.err ==
             "tieout: check: more than one --format on stdout: write the others to files "
             "(sarif=FILE)\n");
  Run empty = RunTool(std::string("check ") + kFooting + " -f sarif=");
  BOOST_TEST(empty.err == "tieout: check: --format sarif=: give a file after '=' (sarif=FILE)\n");
}

BOOST_AUTO_TEST_CASE(colour_only_when_asked_or_on_a_terminal_and_never_with_no_color) {
  const std::string bold_error = "\x1b[1;31merror\x1b[0m";
  Run piped = RunTool(std::string("check ") + kFooting);
  BOOST_TEST(piped.out.find("\x1b[") == std::string::npos);  // not a terminal
  Run always = RunTool(std::string("check ") + kFooting + " --color always");
  BOOST_TEST(always.out.find(bold_error) != std::string::npos);
  // Through a pseudo-terminal (util-linux script): colour unless NO_COLOR is set.
  if (std::system("command -v script >/dev/null 2>&1") == 0) {
    std::string cmd =
        "script -qec \"'" + tieout_test::kBinary + "' check " + kFooting + "\" /dev/null";
    fs::path out = ScratchDir() / "tty.out";
    std::system(("cd '" + kSource + "' && " + cmd + " >'" + out.string() + "'").c_str());
    BOOST_TEST(ReadFile(out).find(bold_error) != std::string::npos);
    std::system(("cd '" + kSource + "' && NO_COLOR=1 " + cmd + " >'" + out.string() + "'").c_str());
    BOOST_TEST(ReadFile(out).find("\x1b[1;31m") == std::string::npos);
  }
  BOOST_TEST(RunTool(std::string("check ") + kFooting + " --color sometimes").status == 2);
}

BOOST_AUTO_TEST_CASE(sarif_uris_are_relative_to_srcroot_and_rules_have_help) {
  auto sarif = nlohmann::json::parse(RunTool(std::string("check ") + kFooting + " -f sarif").out);
  const auto& run = sarif["runs"][0];
  BOOST_TEST(run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file://" + kSource + "/");
  const auto& where = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
  BOOST_TEST(where["uri"] == kFooting);
  BOOST_TEST(where["uriBaseId"] == "%SRCROOT%");
  const auto& related = run["results"][0]["relatedLocations"][0]["physicalLocation"];
  BOOST_TEST(related["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  BOOST_TEST(related["region"]["startLine"] == 16);
  const auto& rule = run["tool"]["driver"]["rules"][0];
  BOOST_TEST(rule["id"] == "table-footing");
  BOOST_TEST(rule["help"]["text"].get<std::string>().find(
                 "Suppress in the release with a comment 'tieout-ignore: table-footing reason'.") !=
             std::string::npos);
  // A file outside the working directory: an absolute file:// URI.
  fs::path dir = Project("uri", "");
  auto outside = nlohmann::json::parse(
      RunTool("check '" + (dir / "drafts/release.txt").string() + "' -f sarif").out);
  const auto& abs = outside["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
  BOOST_TEST(abs["artifactLocation"]["uri"] == "file://" + (dir / "drafts/release.txt").string());
  BOOST_TEST(!abs["artifactLocation"].contains("uriBaseId"));
}

BOOST_AUTO_TEST_CASE(rules_list_explain_and_validate) {
  Run list = RunTool("rules list --no-config");
  BOOST_TEST(list.status == 0);
  BOOST_TEST(list.out.find("  table-footing  [footing, error]  Columns foot to their totals\n") !=
             std::string::npos);
  BOOST_TEST(RunTool("rules --no-config").out == list.out);

  Run explain = RunTool("rules explain table-footing --no-config --severity table-footing=note");
  BOOST_TEST(explain.status == 0, explain.err);
  BOOST_TEST(explain.out.rfind("table-footing: Columns foot to their totals\n"
                               "  kind:     footing\n"
                               "  severity: note\n",
                               0) == 0u);
  BOOST_TEST(explain.out.find("  rounding: note\n") != std::string::npos);
  Run typo = RunTool("rules explain table-fotting --no-config");
  BOOST_TEST(typo.status == 2);
  BOOST_TEST(typo.err ==
             "tieout: rules explain: no rule 'table-fotting' (did you mean 'table-footing'?) (see "
             "'tieout rules list')\n");

  fs::path dir = ScratchDir() / "validate";
  fs::create_directories(dir);
  std::ofstream(dir / ".tieout.yaml") << "rules:\n  table-footing: {severity: fatal}\n";
  Run bad = RunTool("rules validate .tieout.yaml", dir.string());
  BOOST_TEST(bad.status == 2);
  BOOST_TEST(bad.err == ".tieout.yaml:2:29: unknown severity 'fatal' (error, warning, note)\n");
  std::ofstream(dir / ".tieout.yaml") << "rules:\n  narrative-sign: {disable: true}\n";
  Run good = RunTool("rules validate .tieout.yaml", dir.string());
  BOOST_TEST(good.status == 0, good.err);
  // The counts follow rules.yaml; the shape is what is asserted.
  BOOST_TEST(good.out.rfind(".tieout.yaml: valid project file, ", 0) == 0u);
  BOOST_TEST(good.out.find(" concepts, 1 disabled\n") != std::string::npos);
  Run rules = RunTool("rules validate rules.yaml");
  BOOST_TEST(rules.status == 0);
  BOOST_TEST(rules.out.rfind("rules.yaml: valid rules file, ", 0) == 0u);
  BOOST_TEST(RunTool("rules valdate x").err ==
             "tieout: rules: unknown action 'valdate'; did you mean 'validate'? (list, explain ID, "
             "validate FILE)\n");
  BOOST_TEST(RunTool("rules validate").status == 2);
}

BOOST_AUTO_TEST_CASE(check_dash_reads_one_release_from_stdin) {
  Run text = RunTool("check - --format json", kSource, std::string("cat ") + kFooting + " |");
  BOOST_TEST(text.status == 1, text.err);
  auto report = nlohmann::json::parse(text.out);
  BOOST_REQUIRE(report["findings"].size() == 1u);
  BOOST_TEST(report["findings"][0]["file"] == "<stdin>");
  BOOST_TEST(report["findings"][0]["line"] == 19);
  // A DOCX (binary) is read by its content too.
  Run docx = RunTool("check -", kSource, "cat fixtures/formats/release-error.docx |");
  BOOST_TEST(docx.status == 1);
  BOOST_TEST(docx.out.find("<stdin>:") != std::string::npos);
  Run empty = RunTool("check -", kSource, "true |");
  BOOST_TEST(empty.status == 2);
  BOOST_TEST(empty.err == "tieout: <stdin>: empty file, no release to check\n");
  Run twice = RunTool("check - -", kSource, "true |");
  BOOST_TEST(twice.err == "tieout: check: '-' (standard input) given more than once\n");
}

BOOST_AUTO_TEST_CASE(cleanup) { fs::remove_all(ScratchDir()); }
