#include "checker/engine/inputs.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <istream>
#include <map>
#include <system_error>
#include <utility>

#include "checker/base/text.h"
#include "checker/ingest/reader.h"
#include "checker/narrative/figures.h"

namespace tieout {
namespace {

namespace fs = std::filesystem;

std::string Message(const fs::path& p, const std::string& what) { return p.string() + ": " + what; }

// The walk of one PATH: where each folder met so far was walked (by device and inode), and
// whether its walk is still open (it encloses the folder being walked).
struct Walk {
  struct Walked {
    std::string path;
    bool open = true;
  };
  const std::vector<std::string>* extensions;
  GatheredInputs* out;
  std::map<std::pair<dev_t, ino_t>, Walked> walked;
};

void WalkFolder(const fs::path& dir, Walk* walk);

// Walks `dir` unless the walk met its folder already; then one line says so. `link` when `dir`
// is a symbolic link.
void WalkFolderOnce(const fs::path& dir, bool link, Walk* walk) {
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0) {  // the listing below says why
    WalkFolder(dir, walk);
    return;
  }
  auto [it, added] = walk->walked.try_emplace({st.st_dev, st.st_ino}, Walk::Walked{dir.string()});
  if (!added) {
    const Walk::Walked& first = it->second;
    std::string what;
    if (link) {
      what = "symbolic link to " + first.path +
             (first.open ? ", a folder enclosing it: not followed (a cycle)"
                         : ", a folder walked already: not followed");
    } else {
      what = "the folder " + first.path +
             (first.open ? ", which encloses it through a link: not walked again (a cycle)"
                         : ", walked already: not walked again");
    }
    walk->out->not_walked_again.push_back(Message(dir, what));
    return;
  }
  WalkFolder(dir, walk);
  // try_emplace's iterator stays valid: std::map never moves its nodes.
  it->second.open = false;
}

// Walks one folder (recursively), appending its files in name order.
void WalkFolder(const fs::path& dir, Walk* walk) {
  GatheredInputs* out = walk->out;
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    out->errors.push_back(
        InputError{dir.string(), Message(dir, "cannot read folder: " + ec.message())});
    return;
  }
  std::vector<fs::directory_entry> entries;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    entries.push_back(*it);
  }
  if (ec) {
    out->errors.push_back(
        InputError{dir.string(), Message(dir, "cannot read folder: " + ec.message())});
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const fs::directory_entry& e : entries) {
    const fs::path& p = e.path();
    std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') continue;
    fs::file_status own = e.symlink_status(ec);
    if (ec) {
      out->errors.push_back(InputError{p.string(), Message(p, "cannot read: " + ec.message())});
      continue;
    }
    if (fs::is_directory(own)) {
      WalkFolderOnce(p, /*link=*/false, walk);
      continue;
    }
    fs::file_status target = own;
    if (fs::is_symlink(own)) {
      target = fs::status(p, ec);
      if (ec || !fs::exists(target)) {
        std::error_code read_ec;
        fs::path to = fs::read_symlink(p, read_ec);
        out->errors.push_back(
            InputError{p.string(), Message(p, "dangling symbolic link (to " + to.string() + ")")});
        continue;
      }
      if (fs::is_directory(target)) {
        WalkFolderOnce(p, /*link=*/true, walk);
        continue;
      }
    }
    if (!fs::is_regular_file(target)) continue;  // sockets, fifos, devices
    std::string ext = AsciiLower(p.extension().string());
    if (std::find(walk->extensions->begin(), walk->extensions->end(), ext) ==
        walk->extensions->end()) {
      ++out->left_out_by_extension;
      continue;
    }
    out->files.push_back(InputFile{p.string(), true});
  }
}

}  // namespace

GatheredInputs GatherInputs(const std::vector<std::string>& paths) {
  const std::vector<std::string> extensions = ReaderExtensions();
  GatheredInputs out;
  for (const std::string& p : paths) {
    if (p == kStdinPath) {
      out.files.push_back(InputFile{p, false});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      fs::file_status own = fs::symlink_status(p, ec);
      out.errors.push_back(InputError{
          p, p + (fs::is_symlink(own) ? ": dangling symbolic link" : ": no such file or folder")});
      continue;
    }
    if (fs::is_directory(st)) {
      Walk walk{&extensions, &out, {}};
      WalkFolderOnce(p, /*link=*/false, &walk);
    } else {
      out.files.push_back(InputFile{p, false});
    }
  }
  return out;
}

std::vector<std::string> ReadPathList(std::istream& in) {
  std::vector<std::string> paths;
  std::string line;
  while (std::getline(in, line)) {
    std::string_view t = line;
    while (!t.empty() && (t.back() == '\r' || t.back() == ' ' || t.back() == '\t')) {
      t.remove_suffix(1);
    }
    while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
    if (!t.empty()) paths.emplace_back(t);
  }
  return paths;
}

std::string HoldsNoRelease(const std::vector<Document>& docs) {
  for (const Document& doc : docs) {
    // EDGAR text, HTML and DOCX are the formats of filings and drafts, certifications and
    // letters too (the checks across documents read them): only plain text is judged.
    if (doc.format != "text" || !doc.tables.empty()) return "";
    for (const Paragraph& p : doc.paragraphs) {
      for (const Figure& f : ExtractFigures(p.Text())) {
        if (f.unit == FigureUnit::kMoney || f.unit == FigureUnit::kPerShare) return "";
      }
    }
  }
  return "no table and no amount of money";
}

}  // namespace tieout
