#pragma once

#include "core/error.h"

#include <QList>
#include <QString>

namespace mlwb::tracking {

struct QueryToken {
    enum class Kind { Word, Number, String, Operator, LeftParen, RightParen, Comma, At, End };
    Kind kind = Kind::End;
    // Words: the bare part ("metrics." before a backquoted key); strings: the unescaped content;
    // everything else: the source text.
    QString text;
    QString quotedKey; // the key of metrics.`weird key`
    bool hasQuotedKey = false;
    int column = 0; // 1-based
    int length = 0; // in the source text

    // How an error message shows the token: 'and', "adam", or "the end of the filter".
    QString describe() const;
};

// Splits a filter or sort text into tokens; the list always ends with an End token.
// `what` names the text in errors ("filter" or "sort").
Result<QList<QueryToken>> tokenizeQuery(const QString &text, const QString &what);

// "column 7: <message>", the shape of every query syntax error.
Error querySyntaxError(const QString &what, int column, const QString &message,
                       const QString &hint = {});

bool isQueryWordStart(QChar c);
bool isQueryWordChar(QChar c);

} // namespace mlwb::tracking
