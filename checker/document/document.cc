#include "checker/document/document.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace tieout {

const char* ValueKindName(ValueKind kind) {
  switch (kind) {
    case ValueKind::kMoney:
      return "money";
    case ValueKind::kPerShare:
      return "per-share";
    case ValueKind::kShares:
      return "shares";
    case ValueKind::kPercent:
      return "percent";
  }
  return "money";
}

Decimal Amount::HalfUnit() const {
  if (exact) return Decimal();
  return Decimal(5, precision - 1);
}

std::string Period::ToString() const {
  char date[32];
  if (month > 0 && day > 0) {
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
  } else if (month > 0) {
    std::snprintf(date, sizeof date, "%04d-%02d", year, month);
  } else if (year > 0) {
    std::snprintf(date, sizeof date, "%04d", year);
  } else {
    date[0] = '\0';
  }
  switch (kind) {
    case Kind::kDuration:
      return std::to_string(months) + " months ended " + date;
    case Kind::kInstant:
      return std::string("at ") + date;
    case Kind::kUnknown:
      return date;
  }
  return date;
}

bool Row::has_values() const {
  for (const Cell& c : cells) {
    if (c.amount) return true;
  }
  return false;
}

SourceSpan Paragraph::SpanOf(size_t begin, size_t end) const {
  // Pieces are in text order and do not overlap: binary searches keep this logarithmic, so
  // that mapping every figure of a very long paragraph stays linear overall.
  auto piece_end = [](const Piece& p) { return p.text_offset + p.length; };
  SourceSpan out{span.begin, span.begin};
  auto first = std::partition_point(pieces.begin(), pieces.end(),
                                    [&](const Piece& p) { return piece_end(p) <= begin; });
  if (first != pieces.end()) {
    out.begin =
        first->source_offset + (begin > first->text_offset ? begin - first->text_offset : 0);
  }
  auto last = std::partition_point(pieces.begin(), pieces.end(),
                                   [&](const Piece& p) { return piece_end(p) < end; });
  if (last != pieces.end() && end > last->text_offset) {
    out.end = last->source_offset + (end - last->text_offset);
    return out;
  }
  out.end = span.end;
  return out;
}

size_t Paragraph::size() const {
  if (!source) return composed.size();
  return pieces.empty() ? 0 : size_t{pieces.back().text_offset} + pieces.back().length;
}

std::string Paragraph::Text(size_t limit) const {
  if (!source) return composed.substr(0, limit);
  std::string out;
  out.reserve(std::min(size(), limit));
  for (const Piece& piece : pieces) {
    if (out.size() >= limit) break;
    if (!out.empty()) out.push_back(' ');
    out.append(source + piece.source_offset, piece.length);
  }
  if (out.size() > limit) out.resize(limit);
  return out;
}

void Paragraph::Append(std::string_view piece, uint64_t source_offset, const char* source_bytes) {
  if (piece.empty()) return;
  const size_t at = pieces.empty() ? 0 : size() + 1;
  if (at + piece.size() > UINT32_MAX) return;  // a paragraph of 4 GB: the rest is not read
  if (pieces.empty()) {
    span = SourceSpan{source_offset, source_offset + piece.size()};
  } else {
    span.end = source_offset + piece.size();
  }
  source = source_bytes;
  pieces.push_back(
      Piece{static_cast<uint32_t>(at), static_cast<uint32_t>(piece.size()), source_offset});
}

Document NewDocument(std::shared_ptr<const SourceFile> file, const EnvelopePart& part,
                     const char* format) {
  Document doc;
  doc.source = std::move(file);
  doc.format = format;
  doc.info = part.info;
  doc.span = part.body;
  return doc;
}

}  // namespace tieout
