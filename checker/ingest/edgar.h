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
#include "checker/vocabulary/vocabulary.h"

namespace tieout {

// Splits a file into its documents. A file without <DOCUMENT> blocks is one part. Errors name
// the file and line (a <DOCUMENT> without </DOCUMENT>, a <TEXT> without </TEXT>).
Expected<std::vector<EnvelopePart>> SplitSubmission(const SourceFile& file);

// Reads an EDGAR text-format body into paragraphs and tables. An unterminated <TABLE> is an
// error naming the line where it starts.
Expected<Document> ReadEdgarText(std::shared_ptr<const SourceFile> file, const EnvelopePart& part,
                                 const Vocabulary& vocabulary);

}  // namespace tieout

#endif  // TIEOUT_INGEST_EDGAR_H_
