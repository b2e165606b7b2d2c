// What an inline CSS style attribute says about a table cell or block: the lines drawn along
// its top and bottom edges, whether it is hidden, and how far its text is indented.
#ifndef TIEOUT_INGEST_CSS_STYLE_H_
#define TIEOUT_INGEST_CSS_STYLE_H_

#include <string_view>

#include "checker/document/document.h"

namespace tieout {

struct CssStyle {
  // A visible line: a style other than none or hidden, a width above zero, a colour other than
  // transparent or white. "double" is a total line; any other visible style a subtotal line.
  RuleMark border_top = RuleMark::kNone;
  RuleMark border_bottom = RuleMark::kNone;
  bool hidden = false;   // display:none
  bool raised = false;   // vertical-align:super, or moved up (position:relative; top:-3pt)
  int weight = 0;        // font-weight: 700 for bold, 400 for normal, 0 when not set
  double indent_pt = 0;  // margin-left + padding-left, in points
};

// Reads a style attribute: "border-bottom:3px double #000000; padding-left:10pt". Later
// declarations override earlier ones, as in CSS; unknown properties and values are ignored.
CssStyle ParseCssStyle(std::string_view style);

}  // namespace tieout

#endif  // TIEOUT_INGEST_CSS_STYLE_H_
