// The parsed document, as `tieout extract` prints it: every table with its columns (header,
// period), rows (label, line, kind, rule marks, cells with value and precision) and the
// paragraphs with their lines. One writer per format, listed in DocumentWriters().
#ifndef TIEOUT_REPORT_DOCUMENT_WRITER_H_
#define TIEOUT_REPORT_DOCUMENT_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "checker/document/document.h"

namespace tieout {

void WriteDocumentText(const std::vector<Document>& docs, std::ostream& out);
void WriteDocumentJson(const std::vector<Document>& docs, std::ostream& out);

struct DocumentWriter {
  const char* name;  // the --format of `extract`
  void (*write)(const std::vector<Document>& docs, std::ostream& out);
};
// Every writer, the default (json) first.
const std::vector<DocumentWriter>& DocumentWriters();
const DocumentWriter* FindDocumentWriter(std::string_view name);
std::string DocumentWriterNames(std::string_view separator = ", ");

}  // namespace tieout

#endif  // TIEOUT_REPORT_DOCUMENT_WRITER_H_
