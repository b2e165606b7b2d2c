// Bad input, end to end: the built tieout binary on files that are empty, binary, in other
// encodings, huge, deeply nested, unreadable or missing. Each bad file is one line naming the
// file and line, exit status 2, and the rest of the batch is still checked. Big inputs are made
// here at run time, never committed. Also: folders (files that are no release left out and
// counted), --jobs (output identical to --jobs 1), --files-from - and --format jsonl through
// GNU parallel.
#define BOOST_TEST_MODULE tieout_bad_input
#define BOOST_TEST_DYN_LINK
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/tool_run.h"

namespace fs = std::filesystem;

namespace {

using tieout_test::kSource;
using tieout_test::ReadFile;
using tieout_test::Run;
using tieout_test::RunTool;
using tieout_test::ScratchDir;

const std::string kGood = "fixtures/cases/footing-error.txt";
const std::string kGoodFinding = "fixtures/cases/footing-error.txt:19:47: error[table-footing]";

fs::path Write(const std::string& name, const std::string& bytes) {
  fs::path p = ScratchDir() / name;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
  return p;
}

// Checks `bad` between two good files: exit 2, exactly `message` as the one line on stderr about
// it, and both good files still checked.
void ExpectOneLineError(const fs::path& bad, const std::string& message) {
  auto start = std::chrono::steady_clock::now();
  Run r = RunTool("check " + kGood + " '" + bad.string() + "' " + kGood + " --jobs 2");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  BOOST_TEST_CONTEXT(bad.filename() << ": " << r.err) {
    BOOST_TEST(r.status == 2);
    BOOST_TEST(r.err == "tieout: " + message + "\n");
    size_t first = r.out.find(kGoodFinding);
    BOOST_TEST(first != std::string::npos);
    BOOST_TEST(r.out.find(kGoodFinding, first + 1) != std::string::npos);
    BOOST_TEST(seconds < 60);
  }
}

std::string Seed() { return ReadFile(kSource + "/fixtures/seeds/000_df8bf95f4356fb3c.txt"); }

// "rule line:column" of each finding of a JSON report.
std::vector<std::string> Findings(const std::string& json_text) {
  std::vector<std::string> out;
  // The parsed document must outlive the loop: a range over a member of a temporary dangles.
  const nlohmann::json report = nlohmann::json::parse(json_text);
  for (const auto& f : report["findings"]) {
    out.push_back(f["rule"].get<std::string>() + " " + std::to_string(f["line"].get<int>()) + ":" +
                  std::to_string(f["column"].get<int>()));
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(empty_binary_and_nul_bytes_are_one_line_each) {
  ExpectOneLineError(Write("empty.txt", ""),
                     (ScratchDir() / "empty.txt").string() + ": empty file, no release to check");
  ExpectOneLineError(Write("blank.txt", "  \n\n\t\n"),
                     (ScratchDir() / "blank.txt").string() + ": empty file, no release to check");
  std::string png = "\x89PNG\r\n\x1a\n";
  png += std::string("\0\0\0\rIHDR", 8);
  ExpectOneLineError(Write("image.txt", png), (ScratchDir() / "image.txt").string() +
                                                  ":2: binary data (byte 6), not a text, HTML or "
                                                  "DOCX release");
  std::string nul = "Revenue rose.\n\nNet sales";
  nul += '\0';
  nul += " were $1.2 million.\n";
  ExpectOneLineError(Write("nul.txt", nul),
                     (ScratchDir() / "nul.txt").string() +
                         ":3: binary data (byte 24), not a text, HTML or DOCX release");
}

BOOST_AUTO_TEST_CASE(utf16_with_a_bom_reads_as_its_text) {
  // The Markdown draft of fixtures/formats saved as UTF-16 (both byte orders): the same checks
  // and findings, at the same lines.
  std::string md = ReadFile(kSource + "/fixtures/formats/release.md");
  Run utf8 = RunTool("check fixtures/formats/release.md --format json --fail-on none");
  BOOST_REQUIRE_EQUAL(utf8.status, 0);
  for (bool little : {true, false}) {
    std::string utf16 = little ? "\xFF\xFE" : "\xFE\xFF";
    for (unsigned char c : md) {
      BOOST_REQUIRE(c < 0x80);  // the draft is ASCII, so each byte is one UTF-16 unit
      utf16 += little ? std::string{static_cast<char>(c), '\0'}
                      : std::string{'\0', static_cast<char>(c)};
    }
    fs::path p = Write(little ? "utf16le.md" : "utf16be.md", utf16);
    Run r = RunTool("check '" + p.string() + "' --format json --fail-on none");
    BOOST_TEST_CONTEXT(p.filename() << ": " << r.err) {
      BOOST_TEST(r.status == 0);
      BOOST_TEST(Findings(r.out) == Findings(utf8.out), boost::test_tools::per_element());
      BOOST_TEST(nlohmann::json::parse(r.out)["summary"]["checks"] ==
                 nlohmann::json::parse(utf8.out)["summary"]["checks"]);
    }
  }
}

BOOST_AUTO_TEST_CASE(crlf_and_tabs_read_as_the_same_release) {
  std::string seed = Seed(), crlf, tabs;
  for (char c : seed) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  // Runs of eight spaces that start at a tab stop become tabs: the printed columns stay.
  size_t column = 0;
  for (size_t i = 0; i < seed.size(); ++i) {
    if (seed[i] == '\n') {
      tabs += '\n';
      column = 0;
      continue;
    }
    if (column % 8 == 0 && seed.compare(i, 8, "        ") == 0) {
      tabs += '\t';
      i += 7;
      column += 8;
      continue;
    }
    tabs += seed[i];
    ++column;
  }
  BOOST_REQUIRE(tabs.find('\t') != std::string::npos);
  Run original = RunTool("check fixtures/seeds/000_df8bf95f4356fb3c.txt --format json");
  for (auto [name, text] : {std::pair{"crlf.txt", crlf}, std::pair{"tabs.txt", tabs}}) {
    Run r = RunTool("check '" + Write(name, text).string() + "' --format json");
    BOOST_TEST_CONTEXT(name << ": " << r.err) {
      BOOST_TEST(r.status == original.status);
      BOOST_TEST(Findings(r.out) == Findings(original.out), boost::test_tools::per_element());
    }
  }
}

BOOST_AUTO_TEST_CASE(a_wide_table_and_a_long_line_are_read_in_time) {
  // A 200-column table: header of years, rows of figures, a total row that foots.
  std::ostringstream wide;
  wide << "<TABLE>\n" << std::string(30, ' ');
  for (int c = 0; c < 200; ++c) wide << "    " << 1800 + c;
  wide << "\n";
  for (int row = 1; row <= 3; ++row) {
    wide << (row < 3 ? "Item " + std::to_string(row) + std::string(24, ' ')
                     : "Total" + std::string(25, ' '));
    for (int c = 0; c < 200; ++c) wide << std::string(6, ' ') << (row < 3 ? "10" : "20");
    wide << "\n";
  }
  wide << "</TABLE>\n";
  Run w = RunTool("check '" + Write("wide.txt", wide.str()).string() + "' --format json");
  BOOST_TEST(w.status == 0);
  BOOST_TEST(nlohmann::json::parse(w.out)["documents"][0]["tables"] == 1);
  // A 10 MB line of prose, then a release: read within the time limit, the release still checked.
  std::string words;
  while (words.size() < 10'000'000) words += "revenue rose and costs fell ";
  fs::path line = Write("long-line.txt", words + "\n\n" + Seed());
  auto start = std::chrono::steady_clock::now();
  Run r = RunTool("check '" + line.string() + "' --format json --fail-on none");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  BOOST_TEST(r.status == 0);
  BOOST_TEST(seconds < 120);
  BOOST_TEST(nlohmann::json::parse(r.out)["summary"]["checks"].get<int>() > 50);
  fs::remove(line);
}

BOOST_AUTO_TEST_CASE(unclosed_table_and_deep_html_are_one_line_each) {
  std::string seed = Seed();
  size_t end = seed.find("</TABLE>");
  BOOST_REQUIRE(end != std::string::npos);
  std::string unclosed = seed.substr(0, end);
  int line = static_cast<int>(
                 std::count(unclosed.begin(), unclosed.begin() + unclosed.rfind("<TABLE>"), '\n')) +
             1;
  ExpectOneLineError(Write("unclosed.txt", unclosed), (ScratchDir() / "unclosed.txt").string() +
                                                          ":" + std::to_string(line) +
                                                          ": <TABLE> is not closed by </TABLE>");
  std::string deep = "<html><body>\n";
  for (int i = 0; i < 10000; ++i) deep += "<div>";
  deep += "Revenue was $1.2 million.";
  for (int i = 0; i < 10000; ++i) deep += "</div>";
  deep += "\n</body></html>\n";
  ExpectOneLineError(Write("deep.html", deep),
                     (ScratchDir() / "deep.html").string() +
                         ":2: HTML elements nested too deep to read (more than 256 levels)");
}

BOOST_AUTO_TEST_CASE(a_rules_file_that_is_not_yaml_is_one_line) {
  fs::path rules = Write("rules.yaml", "rules: [unclosed\n  - id: {\n");
  Run r = RunTool("check " + kGood + " --rules '" + rules.string() + "'");
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.out.empty());
  BOOST_TEST(r.err == rules.string() + ":2:7: end of sequence flow not found\n");
  fs::path binary = Write("binary-rules.yaml", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
  Run b = RunTool("check " + kGood + " --rules '" + binary.string() + "'");
  BOOST_TEST(b.status == 2);
  BOOST_TEST(std::count(b.err.begin(), b.err.end(), '\n') == 1);
  BOOST_TEST(b.err.rfind(binary.string() + ":", 0) == 0);
}

BOOST_AUTO_TEST_CASE(missing_files_and_dangling_links_are_errors) {
  fs::path dir = ScratchDir() / "links";
  fs::create_directories(dir);
  fs::copy_file(kSource + "/" + kGood, dir / "good.txt", fs::copy_options::overwrite_existing);
  fs::remove(dir / "gone.txt");
  fs::create_symlink("nowhere.txt", dir / "gone.txt");
  // Inside a folder: not silently skipped.
  Run r = RunTool("check '" + dir.string() + "'");
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.err == "tieout: " + (dir / "gone.txt").string() +
                          ": dangling symbolic link (to nowhere.txt)\n");
  BOOST_TEST(r.out.find((dir / "good.txt").string() + ":19:47: error[table-footing]") !=
             std::string::npos);
  // Given directly.
  ExpectOneLineError(dir / "gone.txt", (dir / "gone.txt").string() + ": dangling symbolic link");
  ExpectOneLineError("no-such-file.txt", "no-such-file.txt: no such file or folder");
}

BOOST_AUTO_TEST_CASE(links_to_folders_are_followed_and_a_cycle_is_one_line) {
  // A batch made of links to folders, as an analyst links each quarter's releases: the files
  // behind the links are checked. Before, such a batch checked nothing, said nothing, exit 0.
  fs::path top = ScratchDir() / "linked";
  fs::remove_all(top);
  fs::create_directories(top / "store/q1");
  fs::create_directories(top / "batch");
  fs::copy_file(kSource + "/" + kGood, top / "store/q1/release.txt");
  fs::create_symlink("../store/q1", top / "batch/q1");
  Run r = RunTool("check '" + (top / "batch").string() + "'");
  BOOST_TEST(r.status == 1);
  BOOST_TEST(r.err == "");
  BOOST_TEST(r.out.find((top / "batch/q1/release.txt").string() + ":19:47: error[table-footing]") !=
             std::string::npos);
  // A link back to the folder that holds it: one line, no loop, the file checked once, and no
  // input error (nothing behind the link went unchecked).
  fs::create_symlink(".", top / "batch/loop");
  r = RunTool("check '" + (top / "batch").string() + "' --format json");
  BOOST_TEST(r.status == 1);
  BOOST_TEST(r.err == "tieout: " + (top / "batch/loop").string() + ": symbolic link to " +
                          (top / "batch").string() +
                          ", a folder enclosing it: not followed (a cycle)\n");
  auto report = nlohmann::json::parse(r.out);
  BOOST_TEST(report["summary"]["documents"] == 1);
  BOOST_TEST(report["summary"]["input_errors"] == 0);
}

BOOST_AUTO_TEST_CASE(unreadable_files_and_folders_are_errors) {
  if (::geteuid() == 0) {
    BOOST_TEST_MESSAGE("skipped: running as root, which can read any file");
    return;
  }
  fs::path dir = ScratchDir() / "locked";
  fs::create_directories(dir / "closed");
  fs::copy_file(kSource + "/" + kGood, dir / "good.txt", fs::copy_options::overwrite_existing);
  fs::copy_file(kSource + "/" + kGood, dir / "closed/inside.txt",
                fs::copy_options::overwrite_existing);
  Write("locked/secret.txt", Seed());
  fs::permissions(dir / "closed", fs::perms::none);
  fs::permissions(dir / "secret.txt", fs::perms::none);
  Run r = RunTool("check '" + dir.string() + "'");
  fs::permissions(dir / "closed", fs::perms::owner_all);
  BOOST_TEST(r.status == 2);
  BOOST_TEST(r.err == "tieout: " + (dir / "closed").string() +
                          ": cannot read folder: Permission denied\ntieout: " +
                          (dir / "secret.txt").string() + ": cannot open: Permission denied\n");
  BOOST_TEST(r.out.find((dir / "good.txt").string() + ":19:47: error[table-footing]") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(files_in_a_folder_that_are_no_release_are_left_out_and_counted) {
  fs::path dir = ScratchDir() / "project";
  fs::create_directories(dir / "releases");
  fs::copy_file(kSource + "/" + kGood, dir / "releases/q1.txt",
                fs::copy_options::overwrite_existing);
  Write("project/README.md",
        "# Releases\n\nThe drafts of version 1.2, checked with tieout before filing.\n");
  Write("project/notes.txt", "Call the auditors on 3 May.\n");
  Write("project/logo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Run r = RunTool("check '" + dir.string() + "' --format json");
  BOOST_TEST(r.status == 1);
  auto report = nlohmann::json::parse(r.out);
  BOOST_TEST(report["summary"]["documents"] == 1);
  BOOST_TEST(report["summary"]["left_out"] == 3);
  BOOST_TEST(report["summary"]["input_errors"] == 0);
  BOOST_TEST(r.err == "tieout: left out 3 files in folders that are not releases (" +
                          (dir / "README.md").string() +
                          ": no table and no amount of money, ...)\n");
  // Named on the command line, the same README is checked: the user asked for it.
  Run direct = RunTool("check '" + (dir / "README.md").string() + "' --format json");
  BOOST_TEST(direct.status == 0);
  BOOST_TEST(nlohmann::json::parse(direct.out)["summary"]["documents"] == 1);
}

BOOST_AUTO_TEST_CASE(jobs_give_the_output_of_one_job) {
  for (std::string format : {"text", "json", "sarif", "jsonl"}) {
    Run one = RunTool("check fixtures --fail-on none --show-passed --format " + format + " -j 1");
    Run four = RunTool("check fixtures --fail-on none --show-passed --format " + format + " -j 4");
    BOOST_TEST_CONTEXT(format) {
      BOOST_TEST(one.status == 2);  // fixtures/bad
      BOOST_TEST(four.status == one.status);
      BOOST_TEST(four.out == one.out);
      BOOST_TEST(four.err == one.err);
    }
  }
  Run zero = RunTool("check fixtures/seeds -j -1");
  BOOST_TEST(zero.status == 2);
  BOOST_TEST(zero.err == "tieout: check: --jobs must be 0 (one per core) or more\n");
}

namespace {

// The lines of a JSONL output, sorted; an "across" line counts as its checks and findings,
// each a line of its own (a finding without its "check": that is an index within its line).
// Each part of a batch writes its own "across" line, of the sets within the part.
std::vector<std::string> SortedLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    BOOST_TEST(nlohmann::json::accept(line));
    nlohmann::ordered_json j = nlohmann::ordered_json::parse(line, nullptr, false);
    if (j.is_object() && j.value("type", "") == "across") {
      for (const auto& c : j["checks"]) lines.push_back("across check " + c.dump());
      for (auto f : j["findings"]) {
        f.erase("check");
        lines.push_back("across finding " + f.dump());
      }
      continue;
    }
    lines.push_back(line);
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

}  // namespace

BOOST_AUTO_TEST_CASE(files_from_stdin_and_jsonl_through_gnu_parallel) {
  // Releases of different companies (no checks across documents between them), and a missing
  // file as an error line.
  const std::string list =
      "printf 'fixtures/cases/balance-and-eps-errors.txt\\nfixtures/cases/footing-error.txt\\n"
      "fixtures/cases/submission.txt\\nfixtures/formats/release.html\\nmissing.txt\\n'";
  Run single = RunTool("check --files-from - --format jsonl --fail-on none", kSource, list + " |");
  BOOST_TEST(single.status == 2);
  std::vector<std::string> lines = SortedLines(single.out);
  // submission.txt holds two documents; period-sanity (a rule of the pass across documents)
  // reads four documents' periods against their release dates.
  BOOST_TEST(lines.size() == 10u);
  BOOST_TEST(std::count_if(lines.begin(), lines.end(), [](const std::string& l) {
               return l.starts_with("across check {\"rule\":\"period-sanity\"");
             }) == 4);
  if (std::system("command -v parallel >/dev/null 2>&1") != 0) {
    BOOST_TEST_MESSAGE("skipped the GNU parallel part: parallel is not installed");
    return;
  }
  // GNU parallel: two files per tieout process, two processes at a time.
  std::string cmd = "cd '" + kSource + "' && " + list + " | parallel --will-cite -j2 -N2 '" +
                    tieout_test::kBinary + "' check --format jsonl --fail-on none -q {} > '" +
                    (ScratchDir() / "parallel.jsonl").string() + "' 2>/dev/null";
  int status = std::system(cmd.c_str());
  BOOST_TEST(WEXITSTATUS(status) != 0);  // the missing file's process exits 2
  BOOST_TEST(SortedLines(ReadFile(ScratchDir() / "parallel.jsonl")) == lines,
             boost::test_tools::per_element());
}

// On stdout as the one report, jsonl writes each document's line as its file is checked; into a
// file, after every file: the same lines. With a baseline (it counts a group's findings) the
// lines wait for the group's last file, and are the same again.
BOOST_AUTO_TEST_CASE(streamed_jsonl_is_the_jsonl_written_after_every_file) {
  const fs::path file = ScratchDir() / "late.jsonl";
  const fs::path baseline = ScratchDir() / "accepted.json";
  BOOST_TEST(
      RunTool("check fixtures/sets --fail-on none -q --write-baseline '" + baseline.string() + "'")
          .status == 0);
  const std::vector<std::string> runs = {"fixtures -j 2", "fixtures/sets",
                                         "fixtures/sets --baseline '" + baseline.string() + "'"};
  for (const std::string& args : runs) {
    BOOST_TEST_CONTEXT(args) {
      Run streamed = RunTool("check " + args + " --fail-on none --format jsonl");
      Run late =
          RunTool("check " + args + " --fail-on none --format jsonl='" + file.string() + "'");
      BOOST_TEST(late.out.empty());
      BOOST_TEST(streamed.status == late.status);
      BOOST_TEST(streamed.err == late.err);
      BOOST_TEST(streamed.out == ReadFile(file));
      BOOST_TEST(streamed.out.find("{\"type\":\"across\",\"checks\":[{\"rule\":") !=
                 std::string::npos);
    }
  }
}

BOOST_AUTO_TEST_CASE(cleanup) { fs::remove_all(ScratchDir()); }
