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
#include "checker/ingest/vocabulary.h"

namespace tieout {

// One document of a submission: where its body lies, and its header fields.
struct EnvelopePart {
  DocumentInfo info;
  SourceSpan body;  // the <TEXT> content, or the whole file when there is no envelope
};

// A document of `format` for the part, with its source, header fields and span; no blocks yet.
Document NewDocument(std::shared_ptr<const SourceFile> file, const EnvelopePart& part,
                     const char* format);

// Splits a file into its documents. A file without <DOCUMENT> blocks is one part. Errors name
// the file and line (a <DOCUMENT> without </DOCUMENT>, a <TEXT> without </TEXT>).
Expected<std::vector<EnvelopePart>> SplitSubmission(const SourceFile& file);

// Reads an EDGAR text-format body into paragraphs and tables. An unterminated <TABLE> is an
// error naming the line where it starts.
Expected<Document> ReadEdgarText(std::shared_ptr<const SourceFile> file, const EnvelopePart& part,
                                 const Vocabulary& vocabulary);

}  // namespace tieout

#endif  // TIEOUT_INGEST_EDGAR_H_
