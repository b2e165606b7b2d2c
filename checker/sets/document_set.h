// Document sets: the documents of one company that the checks across documents compare.
//
// By default a set is the documents of one company in one folder: the company is the CIK of the
// EDGAR header, else the company's normalised name (from the header or the release's text); a
// document whose company cannot be told is a set of its own. The folder keeps apart copies made
// for other purposes (test fixtures, the same release in several formats) from the releases
// they were copied from; a manifest names a set by hand across folders. Each set is ordered by
// period: the latest period its statements report, then the release date, then the name.
#ifndef TIEOUT_SETS_DOCUMENT_SET_H_
#define TIEOUT_SETS_DOCUMENT_SET_H_

#include <string>
#include <vector>

#include "checker/base/status.h"
#include "checker/sets/record.h"

namespace tieout {

struct DocumentSet {
  std::string name;                              // "gamma retail in drafts", or the manifest's name
  std::vector<const DocumentRecord*> documents;  // ordered by period
};

// Sets named by hand: each a name and the files it holds (paths as given on the command line
// or relative to the manifest's folder).
struct SetManifest {
  struct Entry {
    std::string name;
    std::vector<std::string> files;
  };
  std::vector<Entry> sets;
};

// Reads a manifest: {"sets": [{"name": "...", "files": ["a.txt", "b.htm"]}]}. Paths are taken
// relative to the manifest's folder. A bad manifest is an error naming the file and what is
// wrong.
Expected<SetManifest> LoadSetManifest(const std::string& path);

// Groups records into sets: first the manifest's (every record whose file it lists), then the
// rest by company and folder. Every record is in exactly one set. The records must outlive the
// sets.
std::vector<DocumentSet> GroupIntoSets(const std::vector<DocumentRecord>& records,
                                       const SetManifest& manifest);

}  // namespace tieout

#endif  // TIEOUT_SETS_DOCUMENT_SET_H_
