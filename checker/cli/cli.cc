#include "checker/cli/cli.h"

#include <unistd.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "checker/base/suggest.h"
#include "checker/cli/options.h"
#include "checker/engine/batch.h"
#include "checker/engine/engine.h"
#include "checker/engine/inputs.h"
#include "checker/ingest/reader.h"
#include "checker/report/document_writer.h"
#include "checker/report/jsonl_reporter.h"
#include "checker/report/reporters.h"
#include "checker/result/baseline.h"
#include "checker/result/fingerprint.h"
#include "checker/rules/config.h"
#include "checker/rules/rule_options.h"
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

Expected<std::shared_ptr<const RuleSet>> LoadRuleSet(const RuleSources& sources) {
  return LoadEffectiveRules(sources);
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

// --rules, --config, --no-config, --disable and --severity, as given.
struct RulesFlags {
  std::vector<std::string> severity;  // ID=SEVERITY
};

void AddRulesOptions(po::options_description* desc, RuleSources* sources, RulesFlags* flags) {
  desc->add_options()("rules,r", po::value(&sources->rules_path),
                      "rules file instead of the built-in rules.yaml (standalone, unless it says "
                      "'extends:')")(
      "config,c", po::value(&sources->config_path),
      "project configuration (default: the nearest .tieout.yaml from each checked file's folder "
      "up; for 'rules', from the working directory)")(
      "no-config", po::bool_switch(&sources->no_config), "read no .tieout.yaml")(
      "disable", po::value(&sources->disable)->composing(), "turn a rule off by id (repeatable)")(
      "severity", po::value(&flags->severity)->composing(),
      "ID=error|warning|note: change a rule's severity (repeatable)");
}

// Completes *sources from the flags; false (with the message on err) for a malformed one.
bool FinishRulesOptions(const RulesFlags& flags, const std::string& search_from,
                        RuleSources* sources, std::ostream& err) {
  sources->search_from = search_from;
  for (const std::string& s : flags.severity) {
    std::pair<std::string, std::string> split;
    if (!SplitSeverityOverride(s, &split)) {
      err << "tieout: --severity '" << s << "': write ID=SEVERITY (table-footing=warning)\n";
      return false;
    }
    sources->severity.push_back(split);
  }
  return true;
}

// "a, b and c".
std::string JoinAnd(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

// The files --out writes: report.txt, report.json, ...
std::vector<std::string> OutFiles() {
  std::vector<std::string> files;
  for (const Reporter* r : Reporters()) {
    if (r->WrittenByOut()) files.push_back(std::string("report.") + r->extension());
  }
  return files;
}

// Parses the arguments of `check`. Returns an exit code when there is nothing to run (--help,
// a usage error), nullopt when *options is ready.
std::optional<int> ParseCheck(const std::vector<std::string>& args, CheckOptions* options,
                              std::ostream& out, std::ostream& err) {
  po::options_description desc(
      "usage: tieout check PATH... [options]\n\n"
      "Checks every release in PATH (a file, a folder searched recursively, or - for one\n"
      "release on standard input) against the rules and reports the findings. In a folder, the\n"
      "files named " +
      JoinAnd(ReaderExtensions()) +
      " are read; symbolic links are followed, and a folder\n"
      "met again (a link back to an enclosing folder, or two links to one folder) is walked\n"
      "once, with a line on stderr.\n\n"
      "options");
  const std::string default_format = Reporters().front()->name();
  std::vector<std::string> format_names;
  std::string fail_on = "error", color = "auto";
  RulesFlags rules_flags;
  desc.add_options()("help,h", "show this help");
  AddRulesOptions(&desc, &options->sources, &rules_flags);
  desc.add_options()(
      "format,f", po::value(&format_names)->composing(),
      ("NAME[=FILE]: the report in format NAME (" + ReporterNames() + ") on stdout, or into " +
       "FILE; repeatable, one on stdout at most (default " + default_format + ")")
          .c_str())(
      "color", po::value(&color),
      "auto (on a terminal, unless NO_COLOR is set), always or never: colour in the text "
      "report on stdout")(
      "out,o", po::value(&options->out_dir),
      ("also write " + JoinAnd(OutFiles()) + " into this folder (created if missing)").c_str())(
      "fail-on", po::value(&fail_on),
      "exit 1 when a finding is at or above this severity: error, warning, note or none "
      "(default error)")("show-passed", "list every check in the text report, passed ones too")(
      "quiet,q", "no progress on stderr")(
      "baseline", po::value(&options->baseline),
      "accepted findings (a file --write-baseline wrote): they are listed as suppressed and "
      "do not fail the run (default: the configuration's 'baseline:')")(
      "write-baseline", po::value(&options->write_baseline),
      "write the findings of this run to FILE as the accepted ones (they are then suppressed)")(
      "set", po::value(&options->sets),
      "name a set of documents by hand for the checks across documents: a JSON manifest "
      "({\"sets\": [{\"name\": ..., \"files\": [...]}]}) or a comma-separated list of files "
      "(repeatable; by default a set is one company's documents in one folder)")(
      "jobs,j", po::value(&options->jobs),
      "check N files at a time (default: one per core); the output is the same for every N")(
      "files-from", po::value(&options->files_from),
      "read more PATHs from this file, one a line ('-': standard input)")(
      "path", po::value<std::vector<std::string>>(), "files or folders to check");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  if (!ParseArgs("check", args, desc, positional, &vm, err)) return kExitError;
  if (vm.count("help")) {
    out << desc << "\nformats:\n";
    for (const Reporter* r : Reporters()) {
      std::string name = r->name();
      out << "  " << name << std::string(name.size() < 8 ? 8 - name.size() : 1, ' ') << r->summary()
          << "\n";
    }
    out << "\nexit status: 0 no finding at or above --fail-on, 1 findings, "
           "2 usage, rules or input error\n"
           "(2 wins over 1: the other files are still checked, and the summary line and the JSON\n"
           "summary's findings count every finding the batch has)\n";
    return kExitClean;
  }
  if (vm.count("path")) options->paths = vm["path"].as<std::vector<std::string>>();
  if (!options->files_from.empty()) {
    std::vector<std::string> listed;
    if (options->files_from == "-") {
      listed = ReadPathList(std::cin);
    } else {
      std::ifstream list(options->files_from);
      if (!list) return Fail(err, "check: --files-from '" + options->files_from + "': cannot open");
      listed = ReadPathList(list);
    }
    options->paths.insert(options->paths.end(), listed.begin(), listed.end());
  } else if (options->paths.empty()) {
    return Fail(err, "check: no PATH given (see 'tieout check --help')");
  }
  if (std::count(options->paths.begin(), options->paths.end(), kStdinPath) >
      (options->files_from == "-" ? 0 : 1)) {
    return Fail(err, "check: '-' (standard input) given more than once");
  }
  if (options->jobs < 0) return Fail(err, "check: --jobs must be 0 (one per core) or more");
  if (options->jobs == 0) options->jobs = DefaultJobs();
  std::string first_path = options->paths.empty() ? "." : options->paths.front();
  if (!FinishRulesOptions(rules_flags, first_path, &options->sources, err)) {
    return kExitError;
  }
  if (format_names.empty()) format_names.push_back(default_format);
  int on_stdout = 0;
  for (const std::string& f : format_names) {
    size_t eq = f.find('=');
    CheckOptions::Output output;
    std::string name = f.substr(0, eq);
    if (eq != std::string::npos) output.file = f.substr(eq + 1);
    output.format = FindReporter(name);
    if (!output.format) {
      return Fail(err, "check: unknown --format '" + name + "' (" + ReporterNames() + ")");
    }
    if (eq != std::string::npos && output.file.empty()) {
      return Fail(err, "check: --format " + f + ": give a file after '=' (" + name + "=FILE)");
    }
    if (output.file.empty() && ++on_stdout > 1) {
      return Fail(err, "check: more than one --format on stdout: write the others to files (" +
                           name + "=FILE)");
    }
    options->outputs.push_back(std::move(output));
  }
  const char* no_color = std::getenv("NO_COLOR");
  if (color == "always") {
    options->color = true;
  } else if (color == "auto") {
    options->color = isatty(STDOUT_FILENO) && !(no_color && *no_color);
  } else if (color != "never") {
    return Fail(err, "check: unknown --color '" + color + "' (auto, always, never)");
  }
  Severity threshold = Severity::kError;
  if (fail_on == "none") {
    options->fail_on.reset();
  } else if (ParseSeverity(fail_on, &threshold)) {
    options->fail_on = threshold;
  } else {
    return Fail(err, "check: unknown --fail-on '" + fail_on + "' (error, warning, note, none)");
  }
  options->show_passed = vm.count("show-passed") > 0;
  options->quiet = vm.count("quiet") > 0;
  return std::nullopt;
}

// What a check run found, before it is printed.
struct CheckRun {
  Report report;
  int skipped = 0;                            // files a folder scan left out for their extension
  std::vector<std::string> not_walked_again;  // folders a walk met twice (GatheredInputs)
  // The jsonl lines of the documents are on stdout already (StreamedJsonl); the report keeps
  // no document's checks.
  bool documents_written = false;
};

// The jsonl reporter when it writes the one report, on stdout: each document's line is written
// as soon as its file (and every one before it) is checked, and the file's checks let go, so
// that a batch's memory follows its largest file. The checks across documents come after every
// file, on the "across" line.
const JsonlReporter* StreamedJsonl(const CheckOptions& options) {
  if (options.outputs.size() != 1 || !options.outputs[0].file.empty()) return nullptr;
  if (!options.out_dir.empty() || !options.write_baseline.empty()) return nullptr;
  return dynamic_cast<const JsonlReporter*>(options.outputs[0].format);
}

// A file's report once its documents' lines are written: the run keeps its findings (the exit
// status), errors, files left out and inline directives (for the findings across documents).
void LetChecksGo(Report* report) {
  report->documents.clear();
  report->checks.clear();
  report->checks.shrink_to_fit();
  for (Finding& f : report->findings) f.check = -1;
}

// The sets named by --set: manifests (.json) and comma-separated lists of files.
Expected<SetManifest> NamedSets(const std::vector<std::string>& args) {
  SetManifest manifest;
  for (const std::string& a : args) {
    if (a.size() > 5 && a.compare(a.size() - 5, 5, ".json") == 0) {
      auto m = LoadSetManifest(a);
      if (!m.ok()) return m.status();
      for (auto& e : m->sets) manifest.sets.push_back(std::move(e));
      continue;
    }
    SetManifest::Entry e;
    e.name = a;
    for (size_t b = 0; b <= a.size();) {
      size_t comma = std::min(a.find(',', b), a.size());
      if (comma > b) e.files.push_back(a.substr(b, comma - b));
      b = comma + 1;
    }
    manifest.sets.push_back(std::move(e));
  }
  return manifest;
}

// Suppresses the findings of the baseline (--baseline, else the configuration's).
Status ApplyBaselineFile(const CheckOptions& options, const std::string& configured,
                         Report* report) {
  const std::string& path = options.baseline.empty() ? configured : options.baseline;
  if (!path.empty() && (options.write_baseline != path || std::filesystem::exists(path))) {
    Expected<Baseline> baseline = LoadBaseline(path);
    if (!baseline.ok()) return baseline.status();
    ApplyBaseline(*baseline, report);
  }
  return Status::Ok();
}

// Writes --write-baseline and accepts what it wrote.
Status WriteBaselineFile(const CheckOptions& options, Report* report) {
  if (options.write_baseline.empty()) return Status::Ok();
  std::ostringstream text;
  WriteBaseline(*report, text);
  std::ofstream file(options.write_baseline, std::ios::binary);
  if (!(file << text.str()) || !file.flush()) {
    return Status::IoError(options.write_baseline + ": cannot write the baseline");
  }
  Expected<Baseline> written = ParseBaseline(text.str(), options.write_baseline);
  if (written.ok()) ApplyBaseline(*written, report);
  return Status::Ok();
}

// The files of a run that share a project file.
struct ConfigGroup {
  RuleSources sources;
  std::vector<InputFile> files;
};

// The files grouped by the project file each one uses: --config or --no-config, one group;
// otherwise the nearest .tieout.yaml from each file's folder up (groups in the order of their
// first file).
std::vector<ConfigGroup> GroupByConfig(const CheckOptions& options, std::vector<InputFile> files) {
  const RuleSources& given = options.sources;
  if (!given.config_path.empty() || given.no_config || files.empty()) {
    return {ConfigGroup{given, std::move(files)}};
  }
  std::vector<ConfigGroup> groups;
  std::map<std::string, size_t> group_of;   // config file -> index in groups
  std::map<std::string, std::string> near;  // folder -> its nearest config file
  for (InputFile& f : files) {
    const std::string folder =
        f.path == kStdinPath ? "." : std::filesystem::path(f.path).parent_path().string();
    auto found = near.find(folder);
    if (found == near.end()) {
      found = near.emplace(folder, FindConfigFile(folder.empty() ? "." : folder)).first;
    }
    auto [it, added] = group_of.try_emplace(found->second, groups.size());
    if (added) {
      ConfigGroup g{given, {}};
      g.sources.config_path = found->second;
      g.sources.no_config = found->second.empty();
      groups.push_back(std::move(g));
    }
    groups[it->second].files.push_back(std::move(f));
  }
  return groups;
}

// Checks every file, then the sets across files; progress on `err` unless quiet. The files under
// different project files are checked each group with its own rules, suppressions and baseline;
// sets across documents form within a group. Fails only when the rules, a set manifest or a
// baseline do not load.
Expected<CheckRun> RunCheck(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  auto manifest = NamedSets(options.sets);
  if (!manifest.ok()) return manifest.status();
  CheckRun run;
  const JsonlReporter* stream = StreamedJsonl(options);
  run.documents_written = stream != nullptr;
  GatheredInputs inputs = GatherInputs(options.paths);
  run.report.errors = std::move(inputs.errors);
  run.skipped = inputs.left_out_by_extension;
  run.not_walked_again = std::move(inputs.not_walked_again);
  const size_t total = inputs.files.size();
  std::vector<ConfigGroup> groups = GroupByConfig(options, std::move(inputs.files));
  bool keep_text = false;
  for (const CheckOptions::Output& o : options.outputs) keep_text |= o.format->ShowsText();
  for (const Reporter* r : Reporters()) {
    keep_text |= !options.out_dir.empty() && r->WrittenByOut() && r->ShowsText();
  }
  // Text without --show-passed, SARIF, GitHub annotations and Markdown print no check's detail:
  // with only those, a batch keeps of each check its status, rule and place, not its detail.
  bool keep_details = false;
  const ReportOptions shown{.show_passed = options.show_passed};
  for (const CheckOptions::Output& o : options.outputs) {
    keep_details |= o.format->ShowsCheckDetails(shown);
  }
  for (const Reporter* r : Reporters()) {  // --out writes every check (PrintCheck)
    keep_details |= !options.out_dir.empty() && r->WrittenByOut() &&
                    r->ShowsCheckDetails(ReportOptions{.show_passed = true});
  }
  const bool progress = !options.quiet && total >= 10;
  const bool tty = isatty(STDERR_FILENO);
  size_t done = 0;
  for (const ConfigGroup& group : groups) {
    auto rules = LoadRuleSet(group.sources);
    if (!rules.ok()) return rules.status();
    Engine engine(*rules);
    engine.set_keep_text(keep_text);
    Report part;
    engine.DescribeRules(&part);
    for (RuleDescriptor& r : part.rules) {
      auto same = [&r](const RuleDescriptor& d) { return d.id == r.id; };
      if (std::none_of(run.report.rules.begin(), run.report.rules.end(), same)) {
        run.report.rules.push_back(std::move(r));
      }
    }
    std::vector<DocumentRecord> records;  // small per document (sets/record.h)
    const std::vector<InputFile>& files = group.files;
    // A baseline counts the findings of the whole group: its documents wait for it.
    const bool per_file = stream && options.baseline.empty() && (*rules)->baseline.empty();
    CheckFiles(engine, files, options.jobs, [&](size_t i, FileResult&& result) {
      if (progress && (tty || (done + 1) % 100 == 0 || done + 1 == total)) {
        err << "[" << done + 1 << "/" << total << "] " << files[i].path
            << (tty ? "\x1b[K\r" : "\n");
      }
      ++done;
      records.insert(records.end(), std::make_move_iterator(result.records.begin()),
                     std::make_move_iterator(result.records.end()));
      if (per_file) {
        // What Finish does to a document's own findings; the rest it did as they were made.
        SetFingerprints(&result.report);
        stream->WriteDocuments(result.report, out);
        LetChecksGo(&result.report);
      } else if (!keep_details) {
        for (CheckResult& c : result.report.checks) c.detail = CompactString();
      }
      part.Append(std::move(result.report));
    });
    engine.CheckSets(records, *manifest, &part);
    engine.Finish(&part);
    if (Status s = ApplyBaselineFile(options, (*rules)->baseline, &part); !s.ok()) return s;
    if (stream && !per_file) stream->WriteDocuments(part, out);
    run.report.Append(std::move(part));
  }
  if (progress && tty) err << "\n";
  if (Status s = WriteBaselineFile(options, &run.report); !s.ok()) return s;
  return run;
}

// Prints the report (stdout, and --out files) and input errors; returns the exit code.
int PrintCheck(const CheckOptions& options, const CheckRun& run, std::ostream& out,
               std::ostream& err) {
  const Report& report = run.report;
  for (const InputError& e : report.errors) err << "tieout: " << e.message << "\n";
  for (const std::string& line : run.not_walked_again) err << "tieout: " << line << "\n";
  if (run.skipped > 0 && !options.quiet) {
    err << "tieout: left out " << run.skipped << " file" << (run.skipped == 1 ? "" : "s")
        << " whose extension no reader knows\n";
  }
  if (!report.left_out.empty() && !options.quiet) {
    size_t n = report.left_out.size();
    err << "tieout: left out " << n << " file" << (n == 1 ? "" : "s")
        << " in folders that are not releases (" << report.left_out.front().file << ": "
        << report.left_out.front().reason << (n > 1 ? ", ..." : "") << ")\n";
  }
  std::error_code cwd_error;
  const std::string root = std::filesystem::current_path(cwd_error).string();
  const ReportOptions to_file{.show_passed = options.show_passed, .root = root};
  for (const CheckOptions::Output& o : options.outputs) {
    if (o.file.empty()) {
      ReportOptions to_stdout = to_file;
      to_stdout.color = options.color;
      if (run.documents_written) {
        static_cast<const JsonlReporter*>(o.format)->WriteAfterDocuments(report, out);
        continue;
      }
      o.format->Write(report, out, to_stdout);
      continue;
    }
    std::ofstream file(o.file, std::ios::binary);
    if (file) o.format->Write(report, file, to_file);
    if (!file || !file.flush()) return Fail(err, o.file + ": cannot write the report");
  }
  if (!options.out_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(options.out_dir, ec);
    for (const Reporter* r : Reporters()) {
      if (!r->WrittenByOut()) continue;
      std::string path = options.out_dir + "/report." + r->extension();
      std::ofstream file(path);
      if (!file) return Fail(err, path + ": cannot write the report");
      // The files are the record of the run: every check, passed ones too.
      r->Write(report, file, ReportOptions{.show_passed = true, .root = root});
    }
  }
  if (!report.errors.empty()) return kExitError;
  if (options.fail_on && report.HasFindingsAtOrAbove(*options.fail_on)) return kExitFindings;
  return kExitClean;
}

int Check(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  CheckOptions options;
  if (std::optional<int> done = ParseCheck(args, &options, out, err)) return *done;
  Expected<CheckRun> run = RunCheck(options, out, err);
  if (!run.ok()) {
    err << run.status().message() << "\n";
    return kExitError;
  }
  return PrintCheck(options, *run, out, err);
}

std::optional<int> ParseExtract(const std::vector<std::string>& args, ExtractOptions* options,
                                std::ostream& out, std::ostream& err) {
  po::options_description desc(
      "usage: tieout extract FILE [options]\n\n"
      "Prints the parsed document: every table with its columns and periods, every row with its\n"
      "label, line, kind and cells (value and precision), and the paragraphs.\n\n"
      "options");
  const std::string default_format = DocumentWriters().front().name;
  std::string format_name = default_format;
  desc.add_options()("help,h", "show this help")(
      "format,f", po::value(&format_name),
      (DocumentWriterNames(" or ") + " (default " + default_format + ")").c_str());
  RulesFlags rules_flags;
  AddRulesOptions(&desc, &options->sources, &rules_flags);
  desc.add_options()("file", po::value<std::vector<std::string>>(), "the release to read");
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  if (!ParseArgs("extract", args, desc, positional, &vm, err)) return kExitError;
  if (vm.count("help")) {
    out << desc;
    return kExitClean;
  }
  if (!vm.count("file") || vm["file"].as<std::vector<std::string>>().size() != 1) {
    return Fail(err, "extract: give exactly one FILE (see 'tieout extract --help')");
  }
  options->file = vm["file"].as<std::vector<std::string>>()[0];
  if (!FinishRulesOptions(rules_flags, options->file, &options->sources, err)) return kExitError;
  options->format = FindDocumentWriter(format_name);
  if (!options->format) {
    return Fail(err,
                "extract: unknown --format '" + format_name + "' (" + DocumentWriterNames() + ")");
  }
  return std::nullopt;
}

int Extract(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  ExtractOptions options;
  if (std::optional<int> done = ParseExtract(args, &options, out, err)) return *done;
  auto rules = LoadRuleSet(options.sources);
  if (!rules.ok()) {
    err << rules.status().message() << "\n";
    return kExitError;
  }
  auto docs = ReadDocuments(options.file, (*rules)->vocabulary);
  if (!docs.ok()) return Fail(err, docs.status().message());
  options.format->write(*docs, out);
  return kExitClean;
}

std::optional<int> ParseRulesCommand(const std::vector<std::string>& args, RulesOptions* options,
                                     std::ostream& out, std::ostream& err) {
  po::options_description desc(
      "usage: tieout rules [list | explain ID | validate FILE] [options]\n\n"
      "  list            validate the rules (the built-in rules.yaml, or --rules, with the "
      "nearest\n"
      "                  .tieout.yaml from the current folder merged over them) and list them\n"
      "  explain ID      what a rule checks: kind, severity, message, description, options\n"
      "  validate FILE   check a rules file or a project file (.tieout.yaml, or any file that\n"
      "                  says 'extends:') and report every problem as FILE:LINE:COL\n\n"
      "options");
  RulesFlags rules_flags;
  desc.add_options()("help,h", "show this help")("default", "print the built-in rules file")(
      "effective", "print the merged rules (base, configuration, command line) as a rules file");
  AddRulesOptions(&desc, &options->sources, &rules_flags);
  desc.add_options()("words", po::value<std::vector<std::string>>(), "the action and its argument");
  po::positional_options_description positional;
  positional.add("words", -1);
  po::variables_map vm;
  if (!ParseArgs("rules", args, desc, positional, &vm, err)) return kExitError;
  if (vm.count("help")) {
    out << desc;
    return kExitClean;
  }
  options->print_default = vm.count("default") > 0;
  options->print_effective = vm.count("effective") > 0;
  std::vector<std::string> words;
  if (vm.count("words")) words = vm["words"].as<std::vector<std::string>>();
  if (!words.empty()) options->action = words[0];
  const std::vector<std::string> actions = {"list", "explain", "validate"};
  if (std::find(actions.begin(), actions.end(), options->action) == actions.end()) {
    std::string near = NearestName(options->action, actions);
    return Fail(err, "rules: unknown action '" + options->action + "'" +
                         (near.empty() ? "" : "; did you mean '" + near + "'?") +
                         " (list, explain ID, validate FILE)");
  }
  size_t wanted = options->action == "list" ? 1 : 2;
  if (words.size() > wanted || (options->action != "list" && words.size() < 2)) {
    return Fail(err, "rules " + options->action + ": " +
                         (options->action == "explain"    ? "give one rule ID"
                          : options->action == "validate" ? "give one FILE"
                                                          : "takes no argument") +
                         " (see 'tieout rules --help')");
  }
  if (words.size() == 2) options->argument = words[1];
  if (!FinishRulesOptions(rules_flags, ".", &options->sources, err)) return kExitError;
  return std::nullopt;
}

// `rules explain ID`: the rule as the merged set has it.
int ExplainRule(const RuleSet& rules, const std::string& id, std::ostream& out, std::ostream& err) {
  std::vector<std::string> ids;
  for (const auto& rule : rules.rules) {
    const RuleSpec& s = rule->spec();
    ids.push_back(s.id);
    if (s.id != id) continue;
    out << s.id << ": " << s.title << "\n"
        << "  kind:     " << s.kind << "\n"
        << "  severity: " << SeverityName(s.severity) << "\n"
        << "  message:  " << s.message << "\n";
    if (!s.link.empty()) out << "  link:     " << s.link << "\n";
    if (!s.description.empty()) {
      out << "\n";
      std::string d = s.description;
      while (!d.empty() && (d.back() == '\n' || d.back() == ' ')) d.pop_back();
      out << d << "\n";
    }
    out << "\nAs a rules file has it (every option, defaults included):\n";
    WriteEffectiveRule(*rule, out);
    out << "\nTurn it off with --disable " << s.id << ", change its severity with --severity "
        << s.id << "=warning, or suppress one finding in the release with a comment\n"
        << "'tieout-ignore: " << s.id << " reason' before the paragraph or table.\n";
    return kExitClean;
  }
  for (const std::string& d : rules.disabled) {
    if (d == id) {
      out << id << ": disabled by the configuration or the command line\n";
      return kExitClean;
    }
    ids.push_back(d);
  }
  std::string near = NearestName(id, ids);
  err << "tieout: rules explain: no rule '" << id << "'"
      << (near.empty() ? "" : " (did you mean '" + near + "'?)") << " (see 'tieout rules list')\n";
  return kExitError;
}

// `rules validate FILE`: a project file merged over the base, or a rules file on its own.
int ValidateRules(const RulesOptions& options, std::ostream& out, std::ostream& err) {
  const std::string& file = options.argument;
  std::ifstream in(file, std::ios::binary);
  if (!in) return Fail(err, file + ": cannot read the file");
  std::ostringstream text;
  text << in.rdbuf();
  const std::string name = std::filesystem::path(file).filename().string();
  const bool project = name == kConfigFileName || text.str().find("extends:") != std::string::npos;
  Expected<std::shared_ptr<const RuleSet>> rules = Status::Ok();
  if (project) {
    RuleSources sources = options.sources;
    sources.config_path = file;
    sources.no_config = false;
    rules = LoadEffectiveRules(sources);
  } else {
    rules = LoadRules(file);
  }
  if (!rules.ok()) {
    err << rules.status().message() << "\n";
    return kExitError;
  }
  out << file << ": valid " << (project ? "project file" : "rules file") << ", "
      << (*rules)->rules.size() << " rules, " << (*rules)->concepts.all().size() << " concepts"
      << ((*rules)->disabled.empty()
              ? std::string()
              : ", " + std::to_string((*rules)->disabled.size()) + " disabled")
      << "\n";
  return kExitClean;
}

int Rules(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  RulesOptions options;
  if (std::optional<int> done = ParseRulesCommand(args, &options, out, err)) return *done;
  if (options.print_default) {
    out << DefaultRulesText();
    return kExitClean;
  }
  if (options.action == "validate") return ValidateRules(options, out, err);
  auto rules = LoadRuleSet(options.sources);
  if (!rules.ok()) {
    err << rules.status().message() << "\n";
    return kExitError;
  }
  if (options.print_effective) {
    out << (*rules)->effective;
    return kExitClean;
  }
  if (options.action == "explain") return ExplainRule(**rules, options.argument, out, err);
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
      {"check", "check releases against the rules and report findings", Check},
      {"extract", "print the parsed document model of one release", Extract},
      {"rules", "list, explain and validate rules (list | explain ID | validate FILE)", Rules},
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
