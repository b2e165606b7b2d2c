#include "checker/cli/cli.h"

#include <unistd.h>

#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "checker/base/suggest.h"
#include "checker/engine/engine.h"
#include "checker/ingest/reader.h"
#include "checker/report/reporters.h"
#include "checker/rules/config.h"
#include "checker/rules/rule_set.h"

namespace tieout {
namespace {

namespace po = boost::program_options;

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

struct Command {
  const char* name;
  const char* summary;
  int (*run)(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
};

const char kUsage[] =
    "usage: tieout <command> [options]\n"
    "\n"
    "Checks financial press releases (EDGAR text or HTML exhibits, DOCX, Markdown or text\n"
    "drafts) for internal consistency: tables foot, the balance sheet balances, net income and\n"
    "EPS agree with the statement.\n"
    "\n"
    "commands:\n";

// Where the rules come from: --rules, --config, --no-config, --disable, --severity.
struct RulesFlags {
  std::string rules_path;
  std::string config_path;
  std::vector<std::string> disable;
  std::vector<std::string> severity;  // ID=SEVERITY
};

void AddRulesOptions(po::options_description* options, RulesFlags* flags) {
  options->add_options()("rules,r", po::value(&flags->rules_path),
                         "rules file instead of the built-in rules.yaml (standalone, unless it "
                         "says 'extends:')")(
      "config,c", po::value(&flags->config_path),
      "project configuration (default: the nearest .tieout.yaml from the first PATH up)")(
      "no-config", "read no .tieout.yaml")("disable", po::value(&flags->disable)->composing(),
                                           "turn a rule off by id (repeatable)")(
      "severity", po::value(&flags->severity)->composing(),
      "ID=error|warning|note: change a rule's severity (repeatable)");
}

Expected<std::shared_ptr<const RuleSet>> LoadRuleSet(const RulesFlags& flags,
                                                     const po::variables_map& vm,
                                                     const std::string& search_from) {
  RulesOptions options;
  options.rules_path = flags.rules_path;
  options.config_path = flags.config_path;
  options.no_config = vm.count("no-config") > 0;
  options.search_from = search_from;
  options.disable = flags.disable;
  for (const std::string& s : flags.severity) {
    std::pair<std::string, std::string> split;
    if (!SplitSeverityOverride(s, &split)) {
      return Status::Usage("--severity '" + s + "': write ID=SEVERITY (table-footing=warning)");
    }
    options.severity.push_back(split);
  }
  return LoadEffectiveRules(options);
}

int Fail(std::ostream& err, const std::string& message) {
  err << "tieout: " << message << "\n";
  return kExitError;
}

// Parses options; on error prints it with the command's help hint.
bool ParseArgs(const char* command, const std::vector<std::string>& args,
               const po::options_description& options,
               const po::positional_options_description& positional, po::variables_map* vm,
               std::ostream& err) {
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), *vm);
    po::notify(*vm);
  } catch (const po::error& e) {
    err << "tieout " << command << ": " << e.what() << " (see 'tieout " << command << " --help')\n";
    return false;
  }
  return true;
}

int RunCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options(
      "usage: tieout check PATH... [options]\n\n"
      "Checks every release in PATH (a file, or a folder searched recursively for .txt, .htm,\n"
      ".html, .docx, .md and .text files) against the rules and reports the findings.\n\n"
      "options");
  std::string format_name = "text", out_dir, fail_on = "error";
  RulesFlags rules_flags;
  options.add_options()("help,h", "show this help");
  AddRulesOptions(&options, &rules_flags);
  options.add_options()("format,f", po::value(&format_name),
                        "output on stdout: text, json or sarif (default text)")(
      "out,o", po::value(&out_dir),
      "also write report.txt, report.json and report.sarif into this folder (created if "
      "missing)")(
      "fail-on", po::value(&fail_on),
      "exit 1 when a finding is at or above this severity: error, warning, note or none "
      "(default error)")("show-passed", "list every check in the text report, passed ones too")(
      "quiet,q", "no progress on stderr")("path", po::value<std::vector<std::string>>(),
                                          "files or folders to check");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  if (!ParseArgs("check", args, options, positional, &vm, err)) return kExitError;
  if (vm.count("help")) {
    out << options
        << "\nexit status: 0 no finding at or above --fail-on, 1 findings, "
           "2 usage, rules or input error\n";
    return kExitClean;
  }
  if (!vm.count("path")) return Fail(err, "check: no PATH given (see 'tieout check --help')");
  OutputFormat format;
  if (!ParseOutputFormat(format_name, &format)) {
    return Fail(err, "check: unknown --format '" + format_name + "' (text, json, sarif)");
  }
  Severity threshold = Severity::kError;
  bool never_fail = fail_on == "none";
  if (!never_fail && !ParseSeverity(fail_on, &threshold)) {
    return Fail(err, "check: unknown --fail-on '" + fail_on + "' (error, warning, note, none)");
  }
  auto rules = LoadRuleSet(rules_flags, vm, vm["path"].as<std::vector<std::string>>().front());
  if (!rules.ok()) {
    err << rules.status().message() << "\n";
    return kExitError;
  }
  Report report;
  int skipped = 0;
  std::vector<std::string> files =
      ExpandPaths(vm["path"].as<std::vector<std::string>>(), &report.errors, &skipped);
  Engine engine(*rules);
  engine.DescribeRules(&report);
  bool progress = !vm.count("quiet") && files.size() >= 10;
  bool tty = isatty(STDERR_FILENO);
  for (size_t i = 0; i < files.size(); ++i) {
    if (progress && (tty || (i + 1) % 100 == 0 || i + 1 == files.size())) {
      err << "[" << i + 1 << "/" << files.size() << "] " << files[i] << (tty ? "\x1b[K\r" : "\n");
    }
    engine.CheckFile(files[i], &report);
  }
  if (progress && tty) err << "\n";
  for (const InputError& e : report.errors) err << "tieout: " << e.message << "\n";
  if (skipped > 0 && !vm.count("quiet")) {
    err << "tieout: left out " << skipped << " file" << (skipped == 1 ? "" : "s")
        << " whose extension no reader knows\n";
  }
  WriteReport(report, format, out, vm.count("show-passed") > 0);
  if (!out_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(out_dir, ec);
    for (OutputFormat f : {OutputFormat::kText, OutputFormat::kJson, OutputFormat::kSarif}) {
      std::string path = out_dir + "/report." + OutputFormatExtension(f);
      std::ofstream file(path);
      if (!file) return Fail(err, path + ": cannot write the report");
      if (f == OutputFormat::kText) {
        WriteTextReport(report, file, true);
      } else {
        WriteReport(report, f, file);
      }
    }
  }
  if (!report.errors.empty()) return kExitError;
  if (!never_fail && report.HasFindingsAtOrAbove(threshold)) return kExitFindings;
  return kExitClean;
}

int RunExtract(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options(
      "usage: tieout extract FILE [options]\n\n"
      "Prints the parsed document: every table with its columns and periods, every row with its\n"
      "label, line, kind and cells (value and precision), and the paragraphs.\n\n"
      "options");
  std::string format_name = "json";
  RulesFlags rules_flags;
  options.add_options()("help,h", "show this help")("format,f", po::value(&format_name),
                                                    "json or text (default json)");
  AddRulesOptions(&options, &rules_flags);
  options.add_options()("file", po::value<std::vector<std::string>>(), "the release to read");
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  if (!ParseArgs("extract", args, options, positional, &vm, err)) return kExitError;
  if (vm.count("help")) {
    out << options;
    return kExitClean;
  }
  if (!vm.count("file") || vm["file"].as<std::vector<std::string>>().size() != 1) {
    return Fail(err, "extract: give exactly one FILE (see 'tieout extract --help')");
  }
  OutputFormat format;
  if (!ParseOutputFormat(format_name, &format) || format == OutputFormat::kSarif) {
    return Fail(err, "extract: unknown --format '" + format_name + "' (json, text)");
  }
  auto rules = LoadRuleSet(rules_flags, vm, vm["file"].as<std::vector<std::string>>()[0]);
  if (!rules.ok()) {
    err << rules.status().message() << "\n";
    return kExitError;
  }
  auto docs = ReadDocuments(vm["file"].as<std::vector<std::string>>()[0], (*rules)->vocabulary);
  if (!docs.ok()) return Fail(err, docs.status().message());
  if (format == OutputFormat::kJson) {
    WriteDocumentJson(*docs, out);
  } else {
    WriteDocumentText(*docs, out);
  }
  return kExitClean;
}

int RunRules(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  po::options_description options(
      "usage: tieout rules [options]\n\n"
      "Validates the rules (the built-in rules.yaml, or --rules, with the nearest .tieout.yaml\n"
      "from the current folder merged over them) and lists them; --effective prints the merged\n"
      "set as a rules file; --default prints the built-in rules.yaml.\n\n"
      "options");
  RulesFlags rules_flags;
  options.add_options()("help,h", "show this help")("default", "print the built-in rules file")(
      "effective", "print the merged rules (base, configuration, command line) as a rules file");
  AddRulesOptions(&options, &rules_flags);
  po::variables_map vm;
  if (!ParseArgs("rules", args, options, {}, &vm, err)) return kExitError;
  if (vm.count("help")) {
    out << options;
    return kExitClean;
  }
  if (vm.count("default")) {
    out << DefaultRulesText();
    return kExitClean;
  }
  auto rules = LoadRuleSet(rules_flags, vm, ".");
  if (!rules.ok()) {
    err << rules.status().message() << "\n";
    return kExitError;
  }
  if (vm.count("effective")) {
    out << (*rules)->effective;
    return kExitClean;
  }
  out << (*rules)->source << ": " << (*rules)->rules.size() << " rules, "
      << (*rules)->concepts.all().size() << " concepts\n";
  for (const auto& rule : (*rules)->rules) {
    const RuleSpec& s = rule->spec();
    out << "  " << s.id << "  [" << s.kind << ", " << SeverityName(s.severity) << "]  " << s.title
        << "\n";
  }
  for (const std::string& id : (*rules)->disabled) out << "  " << id << "  [disabled]\n";
  return kExitClean;
}

int RunVersion(const std::vector<std::string>&, std::ostream& out, std::ostream&) {
  out << "tieout " << ToolVersion() << "\n";
  return kExitClean;
}

const std::vector<Command>& Commands() {
  static const std::vector<Command> commands = {
      {"check", "check releases against the rules and report findings", RunCheck},
      {"extract", "print the parsed document model of one release", RunExtract},
      {"rules", "validate and list a rules file", RunRules},
      {"version", "print the version", RunVersion},
  };
  return commands;
}

void PrintUsage(std::ostream& out) {
  out << kUsage;
  for (const Command& c : Commands()) {
    out << "  " << c.name << std::string(10 - std::string(c.name).size(), ' ') << c.summary << "\n";
  }
  out << "\nRun 'tieout <command> --help' for a command's options.\n";
}

}  // namespace

int RunCli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
  if (argc < 2) {
    PrintUsage(err);
    return kExitError;
  }
  std::string name = argv[1];
  if (name == "--help" || name == "-h" || name == "help") {
    PrintUsage(out);
    return kExitClean;
  }
  if (name == "--version") name = "version";
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const Command& c : Commands()) {
    if (name == c.name) return c.run(args, out, err);
  }
  err << "tieout: unknown command '" << name << "'";
  std::vector<std::string> names;
  for (const Command& c : Commands()) names.push_back(c.name);
  std::string near = NearestName(name, names);
  if (!near.empty()) err << "; did you mean '" << near << "'?";
  err << " (see 'tieout --help')\n";
  return kExitError;
}

}  // namespace tieout
