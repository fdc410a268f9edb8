#include "fuzzymatch.h"

#include <limits>
#include <vector>

namespace mlwb::widgets {

namespace {

constexpr int kMatch = 16;
constexpr int kStartBonus = 20;
constexpr int kWordStartBonus = 20;
constexpr int kConsecutiveBonus = 16;
constexpr int kGapPenalty = 1;
constexpr int kMaxGapPenalty = 6;
constexpr int kLeadingPenalty = 1; // per character before the first match
constexpr int kMaxLeadingPenalty = 6;
constexpr int kNone = std::numeric_limits<int>::min() / 2;

bool isSeparator(QChar c) {
    return c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'/' || c == u':' ||
           c == u'(' || c == u'\u203a';
}

int positionBonus(QStringView text, qsizetype j) {
    if (j == 0)
        return kStartBonus;
    const QChar prev = text[j - 1];
    if (isSeparator(prev) || (prev.isLower() && text[j].isUpper()) ||
        (!prev.isDigit() && text[j].isDigit()))
        return kWordStartBonus;
    return 0;
}

} // namespace

std::optional<FuzzyMatch> fuzzyMatch(QStringView pattern, QStringView text) {
    const qsizetype m = pattern.size();
    const qsizetype n = text.size();
    if (m == 0)
        return FuzzyMatch{};
    if (m > n)
        return std::nullopt;

    // best[i][j]: best score with pattern[i] matched at text[j]; from[i][j]: the
    // position of pattern[i-1] in that placement.
    std::vector<std::vector<int>> best(m, std::vector<int>(n, kNone));
    std::vector<std::vector<int>> from(m, std::vector<int>(n, -1));
    for (qsizetype i = 0; i < m; ++i) {
        const QChar pc = pattern[i].toCaseFolded();
        for (qsizetype j = i; j < n; ++j) {
            if (text[j].toCaseFolded() != pc)
                continue;
            const int here = kMatch + positionBonus(text, j);
            if (i == 0) {
                best[i][j] = here - std::min<int>(int(j) * kLeadingPenalty, kMaxLeadingPenalty);
                continue;
            }
            for (qsizetype k = i - 1; k < j; ++k) {
                if (best[i - 1][k] == kNone)
                    continue;
                const int gap = int(j - k - 1);
                const int link =
                    gap == 0 ? kConsecutiveBonus : -std::min(gap * kGapPenalty, kMaxGapPenalty);
                const int score = best[i - 1][k] + here + link;
                if (score > best[i][j]) {
                    best[i][j] = score;
                    from[i][j] = int(k);
                }
            }
        }
    }

    int end = -1;
    for (qsizetype j = 0; j < n; ++j) {
        if (best[m - 1][j] != kNone && (end < 0 || best[m - 1][j] > best[m - 1][end]))
            end = int(j);
    }
    if (end < 0)
        return std::nullopt;

    FuzzyMatch match;
    match.score = best[m - 1][end];
    match.positions.resize(m);
    int j = end;
    for (qsizetype i = m - 1; i >= 0; --i) {
        match.positions[i] = j;
        j = from[i][j];
    }
    // Shorter texts win ties: "Open" before "Open Recent".
    match.score -= int(std::min<qsizetype>(n - m, 20)) / 4;
    return match;
}

} // namespace mlwb::widgets
