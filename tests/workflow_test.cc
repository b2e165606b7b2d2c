// End-to-end tests of the workflow around the checks: the project configuration (.tieout.yaml,
// --config, --disable, --severity, rules --effective), each run on real fixtures through the
// built binary and asserted both ways (the gate fails without the setting, passes with it).
#define BOOST_TEST_MODULE tieout_workflow
#define BOOST_TEST_DYN_LINK
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
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

BOOST_AUTO_TEST_CASE(cleanup) { fs::remove_all(ScratchDir()); }
