// Fingerprints: one finding told apart from the others across runs, whatever lines moved.
//
// A fingerprint hashes the rule id, the document's name without its folders (release.txt,
// release.txt#2 for the second document of a submission) and the finding's values: its message,
// expected, found and difference, with any "line N" in them left out. Editing the text above a
// finding, moving the file to another folder or checking it from another directory keeps it;
// changing a figure the finding quotes makes a new one. Two findings that say the same thing of
// the same document share a fingerprint; a baseline counts them (result/baseline.h).
#ifndef TIEOUT_RESULT_FINGERPRINT_H_
#define TIEOUT_RESULT_FINGERPRINT_H_

#include <string>
#include <string_view>

#include "checker/result/report.h"

namespace tieout {

// The key of tieout's fingerprints in SARIF's partialFingerprints.
inline constexpr char kFingerprintKey[] = "tieout/v1";

// 16 lowercase hex digits.
std::string FingerprintOf(const Finding& finding);

// The document name a fingerprint uses: the folders left out ("a/b/x.txt#2" -> "x.txt#2").
std::string_view FingerprintDocument(std::string_view name);

// Sets every finding's fingerprint.
void SetFingerprints(Report* report);

}  // namespace tieout

#endif  // TIEOUT_RESULT_FINGERPRINT_H_
