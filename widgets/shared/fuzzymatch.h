#pragma once

#include <QList>
#include <QStringView>

#include <optional>

namespace mlwb::widgets {

struct FuzzyMatch {
    int score = 0;
    QList<int> positions; // indexes into the text of the matched characters
};

// Case-insensitive subsequence match of `pattern` in `text`, scored so that
// matches at the start, at word starts (after a space, _-./: or a lower-to-upper
// case change) and in consecutive runs rank first; gaps cost a little. The best
// placement of the pattern is chosen, not the first. An empty pattern matches
// everything with score 0; nullopt when `pattern` is not a subsequence.
std::optional<FuzzyMatch> fuzzyMatch(QStringView pattern, QStringView text);

} // namespace mlwb::widgets
