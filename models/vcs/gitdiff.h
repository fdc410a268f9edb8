#pragma once

#include "repository.h"

#include <git2.h>

// Conversion of libgit2 diffs into the value types of repository.h.
namespace mlwb::vcs::detail {

Result<QList<FileDiff>> toFileDiffs(git_diff *diff);

} // namespace mlwb::vcs::detail
