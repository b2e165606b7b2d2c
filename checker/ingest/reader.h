// Reading a file into documents: format detection by content, then the matching reader.
//
// An input format is one class behind Reader, declared beside the code that reads it
// (html_reader.h, ...), and one line in the list in reader.cc. Detection asks the readers in
// the order of that list; a folder scan keeps the files whose extension some reader lists.
#ifndef TIEOUT_INGEST_READER_H_
#define TIEOUT_INGEST_READER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "checker/base/source.h"
#include "checker/base/status.h"
#include "checker/document/document.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

class Reader {
 public:
  virtual ~Reader() = default;
  // The format's name, also the documents' `format`: "html".
  virtual const char* name() const = 0;
  // The file extensions (lowercase, with the dot) a folder scan keeps for this format.
  virtual std::vector<std::string> extensions() const = 0;
  // Whether the format is binary: binary readers are asked first, before bytes no text file has
  // make the file binary data.
  virtual bool binary() const { return false; }
  // Whether the whole file (not empty) is in this format, from its content alone.
  virtual bool Detect(std::string_view bytes) const = 0;
  // Reads every document the file holds (most formats hold one). Errors name the file and line.
  virtual Expected<std::vector<Document>> Read(std::shared_ptr<const SourceFile> file,
                                               const Vocabulary& vocabulary) const = 0;
};

// Every reader, in detection order (the list in reader.cc).
const std::vector<const Reader*>& Readers();
// Every extension some reader lists, in list order, each once.
std::vector<std::string> ReaderExtensions();

// The format of a whole file: "empty", "binary" (bytes no text file has: NUL, most control
// characters) or the name of the first reader that detects it.
std::string DetectFormat(std::string_view bytes);

// Reads every document a file holds: one for an exhibit, one per <DOCUMENT> of a complete
// submission. An empty file, binary data or a broken envelope is an error naming the file.
Expected<std::vector<Document>> ReadDocuments(std::shared_ptr<const SourceFile> file,
                                              const Vocabulary& vocabulary);
Expected<std::vector<Document>> ReadDocuments(const std::string& path,
                                              const Vocabulary& vocabulary);

// Reads a file without an envelope as one document with `read`, named by the file's path.
using PartReader = Expected<Document> (*)(std::shared_ptr<const SourceFile> file,
                                          const EnvelopePart& part, const Vocabulary& vocabulary);
Expected<std::vector<Document>> ReadWholeFile(std::shared_ptr<const SourceFile> file,
                                              const Vocabulary& vocabulary, PartReader read);

}  // namespace tieout

#endif  // TIEOUT_INGEST_READER_H_
