// The EDGAR envelope and the EDGAR text format.
//
// A complete submission (.txt) is an <SEC-HEADER> followed by <DOCUMENT> blocks, each with
// <TYPE>, <FILENAME>, <DESCRIPTION> and a <TEXT> body; a single exhibit is just a body. The
// text format body is fixed-width prose with <TABLE> blocks; <PAGE> breaks and page furniture
// ("- more -") do not split paragraphs or tables.
#ifndef TIEOUT_INGEST_EDGAR_H_
#define TIEOUT_INGEST_EDGAR_H_

#include <memory>
#include <vector>

#include "checker/base/source.h"
#include "checker/base/status.h"
#include "checker/document/document.h"
#include "checker/ingest/reader.h"
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

// Splits a file into its documents. A file without <DOCUMENT> blocks is one part. Errors name
// the file and line (a <DOCUMENT> without </DOCUMENT>, a <TEXT> without </TEXT>).
Expected<std::vector<EnvelopePart>> SplitSubmission(const SourceFile& file);

// Reads an EDGAR text-format body into paragraphs and tables. An unterminated <TABLE> is an
// error naming the line where it starts.
Expected<Document> ReadEdgarText(std::shared_ptr<const SourceFile> file, const EnvelopePart& part,
                                 const Vocabulary& vocabulary);

// edgar-text: a submission envelope (<SEC-HEADER>, or a <DOCUMENT> with its <TYPE>), or a text
// with <TABLE> or <PAGE> tags at the start of a line that does not look like HTML. Each document
// of a submission is read on its own (an HTML body as HTML), named "file.txt#N" when there are
// several; documents that hold no release text (graphics, archives, XBRL) are left out.
class EdgarTextReader : public Reader {
 public:
  const char* name() const override { return "edgar-text"; }
  std::vector<std::string> extensions() const override { return {".txt"}; }
  bool Detect(std::string_view bytes) const override;
  Expected<std::vector<Document>> Read(std::shared_ptr<const SourceFile> file,
                                       const Vocabulary& vocabulary) const override;
};

}  // namespace tieout

#endif  // TIEOUT_INGEST_EDGAR_H_
