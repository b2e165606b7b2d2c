// Gathering the files of a `check` run: the paths given, folders walked, and the test of whether a
// file found in a folder holds a release at all.
#ifndef TIEOUT_ENGINE_INPUTS_H_
#define TIEOUT_ENGINE_INPUTS_H_

#include <string>
#include <vector>

#include "checker/document/document.h"
#include "checker/result/report.h"

namespace tieout {

// The PATH that means standard input, and the name its findings carry.
inline constexpr char kStdinPath[] = "-";
inline constexpr char kStdinName[] = "<stdin>";

struct InputFile {
  std::string path;
  // Found by walking a folder rather than named by the user: such a file may be left out when
  // its content is not a release (HoldsNoRelease).
  bool in_folder = false;
};

struct GatheredInputs {
  std::vector<InputFile> files;
  // Paths that do not exist, folders that cannot be read, dangling symbolic links: each one
  // line naming the path. The files that could be gathered are still checked.
  std::vector<InputError> errors;
  int left_out_by_extension = 0;  // files in folders whose extension no reader lists
  // Folders met again in one walk (through a symbolic link, or a mount): not walked twice, each
  // one line naming the path and the folder it leads to. Their files are checked once.
  std::vector<std::string> not_walked_again;
};

// Expands the PATH arguments of `check`, in the order given: "-" (standard input) and a file as
// they are; a folder walked recursively in name order, keeping the files whose extension a
// reader lists (ReaderExtensions()) and leaving out hidden names. Symbolic links are followed,
// to files and to folders, as a user who links releases into a folder means; within the walk of
// one PATH, a folder (by device and inode) is walked once: a link back to an enclosing folder (a
// cycle) or to a folder walked already is not followed again, and is one line of
// not_walked_again. Within a folder, a subfolder that cannot be read and a link whose target is
// missing are errors, never silently skipped.
GatheredInputs GatherInputs(const std::vector<std::string>& paths);

// Reads paths one per line (blank lines and surrounding whitespace ignored): --files-from.
std::vector<std::string> ReadPathList(std::istream& in);

// Why a file found in a folder is no release, or "" when it may be one: plain text or Markdown
// (not EDGAR text, HTML or DOCX) with neither a table nor an amount of money in its prose, as a
// project's README or notes are.
std::string HoldsNoRelease(const std::vector<Document>& docs);

}  // namespace tieout

#endif  // TIEOUT_ENGINE_INPUTS_H_
