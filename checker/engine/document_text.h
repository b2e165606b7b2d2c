// The text of a document for the review page (result/document_text.h), read from its blocks.
#ifndef TIEOUT_ENGINE_DOCUMENT_TEXT_H_
#define TIEOUT_ENGINE_DOCUMENT_TEXT_H_

#include "checker/document/document.h"
#include "checker/result/document_text.h"

namespace tieout {

// The paragraphs and tables of `doc` in document order (a block that overlaps one before it is
// left out), with the line starts of the document's lines.
DocumentText BuildDocumentText(const Document& doc);

}  // namespace tieout

#endif  // TIEOUT_ENGINE_DOCUMENT_TEXT_H_
