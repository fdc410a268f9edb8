#include "querycompletion.h"

#include "querylexer.h"
#include "runquery.h"

namespace mlwb::tracking {

namespace {

using namespace Qt::StringLiterals;

bool isCompletionChar(QChar c) {
    return isQueryWordChar(c) || c == u'@' || c == u'`';
}

QString formatKey(const QString &space, const QString &key) {
    bool plain = !key.isEmpty() && isQueryWordStart(key.front());
    for (QChar c : key)
        plain = plain && isQueryWordChar(c);
    return space + u'.' + (plain ? key : u'`' + QString(key).replace(u"`"_s, u"``"_s) + u'`');
}

enum class Context { Field, Operator, Value, Connective };

bool isKeyword(const QString &word) {
    static const QStringList kKeywords = {u"and"_s,  u"or"_s,       u"not"_s,  u"in"_s,   u"is"_s,
                                          u"null"_s, u"contains"_s, u"true"_s, u"false"_s};
    return kKeywords.contains(word.toLower());
}

// The word that ends at `end` (after trailing spaces are skipped), and where it starts.
QString wordBefore(const QString &text, qsizetype &end) {
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    qsizetype start = end;
    while (start > 0 && isCompletionChar(text.at(start - 1)))
        --start;
    const QString word = text.mid(start, end - start);
    end = start;
    return word;
}

Context contextBefore(const QString &text, qsizetype start, QString &operand) {
    qsizetype end = start;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    if (end == 0)
        return Context::Field;
    const QChar last = text.at(end - 1);
    if (last == u'(' || last == u',')
        return Context::Field;
    if (last == u')' || last == u'"' || last == u'\'' || last.isDigit())
        return Context::Connective;
    if (last == u'=' || last == u'<' || last == u'>' || last == u'~') {
        while (end > 0 && QStringView(u"=<>~!").contains(text.at(end - 1)))
            --end;
        operand = wordBefore(text, end);
        return Context::Value;
    }
    const QString word = wordBefore(text, end).toLower();
    if (word == u"and" || word == u"or" || word == u"not")
        return Context::Field;
    if (word == u"true" || word == u"false" || word == u"null")
        return Context::Connective;
    if (isKeyword(word))
        return Context::Value;
    return Context::Operator;
}

void addMatching(QStringList &out, const QStringList &candidates, const QString &prefix) {
    for (const QString &c : candidates) {
        if (c.startsWith(prefix, Qt::CaseInsensitive) && c.size() > prefix.size())
            out.append(c);
    }
}

void addKeys(QStringList &out, const QString &space, const QStringList &keys,
             const QString &keyPrefix) {
    const QString bare = keyPrefix.startsWith(u'`') ? keyPrefix.mid(1) : keyPrefix;
    for (const QString &k : keys) {
        if (k.startsWith(bare, Qt::CaseInsensitive))
            out.append(formatKey(space, k));
    }
}

} // namespace

int completionWordStart(const QString &text, int cursor) {
    qsizetype start = qBound(0, cursor, int(text.size()));
    while (start > 0 && isCompletionChar(text.at(start - 1)))
        --start;
    return int(start);
}

QStringList completionsAt(const QString &text, int cursor, const QStringList &metricKeys,
                          const QStringList &paramKeys, const QStringList &tagKeys) {
    cursor = qBound(0, cursor, int(text.size()));
    const int start = completionWordStart(text, cursor);
    const QString prefix = text.mid(start, cursor - start);
    QStringList out;
    const qsizetype dot = prefix.indexOf(u'.');
    const QString space = prefix.left(dot).toLower();
    if (dot > 0 && prefix.contains(u'@')) {
        if (space == u"metrics") {
            const QString base = prefix.left(prefix.indexOf(u'@'));
            addMatching(out,
                        {base + u"@last"_s, base + u"@min"_s, base + u"@max"_s, base + u"@count"_s},
                        prefix);
        }
    } else if (dot > 0 && (space == u"metrics" || space == u"params" || space == u"tags")) {
        const QStringList &keys =
            space == u"metrics" ? metricKeys : (space == u"params" ? paramKeys : tagKeys);
        addKeys(out, prefix.left(dot), keys, prefix.mid(dot + 1));
    } else if (start > 0 && (text.at(start - 1) == u'"' || text.at(start - 1) == u'\'')) {
        QString operand;
        if (contextBefore(text, start - 1, operand) == Context::Value &&
            operand.compare(u"status"_s, Qt::CaseInsensitive) == 0)
            addMatching(out, {u"running"_s, u"finished"_s, u"failed"_s, u"killed"_s}, prefix);
    } else {
        QString operand;
        switch (contextBefore(text, start, operand)) {
        case Context::Field:
            addMatching(out,
                        queryAttributes() +
                            QStringList{u"metrics."_s, u"params."_s, u"tags."_s, u"not"_s},
                        prefix);
            if (!prefix.isEmpty()) {
                addKeys(out, u"metrics"_s, metricKeys, prefix);
                addKeys(out, u"params"_s, paramKeys, prefix);
                addKeys(out, u"tags"_s, tagKeys, prefix);
            }
            break;
        case Context::Operator:
            addMatching(out, {u"in"_s, u"not"_s, u"is"_s, u"contains"_s}, prefix);
            break;
        case Context::Value:
            if (operand.compare(u"status"_s, Qt::CaseInsensitive) == 0)
                addMatching(out,
                            {u"\"running\""_s, u"\"finished\""_s, u"\"failed\""_s, u"\"killed\""_s},
                            prefix);
            else
                addMatching(out, {u"null"_s, u"true"_s, u"false"_s}, prefix);
            break;
        case Context::Connective:
            addMatching(out, {u"and"_s, u"or"_s}, prefix);
            break;
        }
    }
    out.sort(Qt::CaseInsensitive);
    out.removeDuplicates();
    return out;
}

} // namespace mlwb::tracking
