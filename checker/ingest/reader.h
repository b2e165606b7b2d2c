// Reading a file into documents: format detection by content, then the matching reader.
#ifndef TIEOUT_INGEST_READER_H_
#define TIEOUT_INGEST_READER_H_

#include <memory>
#include <string>
#include <vector>

#include "checker/base/source.h"
#include "checker/base/status.h"
#include "checker/document/document.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

enum class Format { kEdgarText, kHtml, kDocx, kPlainText, kBinary, kEmpty };
const char* FormatName(Format format);

// Detects the format of a whole file from its first bytes: a zip (DOCX), HTML markup, EDGAR
// text (an envelope, <TABLE> or <PAGE> tags), or plain text. Binary data is kBinary.
Format DetectFormat(std::string_view bytes);

// Reads every document a file holds: one for an exhibit, one per <DOCUMENT> of a complete
// submission. An empty file, binary data or a broken envelope is an error naming the file.
Expected<std::vector<Document>> ReadDocuments(std::shared_ptr<const SourceFile> file,
                                              const Vocabulary& vocabulary);
Expected<std::vector<Document>> ReadDocuments(const std::string& path,
                                              const Vocabulary& vocabulary);

}  // namespace tieout

#endif  // TIEOUT_INGEST_READER_H_
