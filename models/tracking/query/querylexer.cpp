#include "querylexer.h"

#include <QCoreApplication>

namespace mlwb::tracking {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

class Lexer {
public:
    Lexer(const QString &text, const QString &what)
        : m_text(text)
        , m_what(what) {}

    Result<QList<QueryToken>> run() {
        QList<QueryToken> tokens;
        for (;;) {
            while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
                ++m_pos;
            MLWB_ASSIGN_OR_RETURN(QueryToken t, next());
            tokens.append(t);
            if (t.kind == QueryToken::Kind::End)
                return tokens;
        }
    }

private:
    QChar at(qsizetype i) const { return i < m_text.size() ? m_text.at(i) : QChar(); }

    QueryToken make(QueryToken::Kind kind, qsizetype start, QString text = {}) const {
        QueryToken t;
        t.kind = kind;
        t.column = int(start) + 1;
        t.length = int(m_pos - start);
        t.text = text.isNull() ? m_text.mid(start, m_pos - start) : std::move(text);
        return t;
    }

    Result<QueryToken> next() {
        const qsizetype start = m_pos;
        if (m_pos >= m_text.size())
            return make(QueryToken::Kind::End, start, QString());
        const QChar c = m_text.at(m_pos);
        const QChar n = at(m_pos + 1);
        if (isQueryWordStart(c))
            return word(start);
        if (isDigit(c) || (c == u'.' && isDigit(n)) ||
            ((c == u'-' || c == u'+') && (isDigit(n) || (n == u'.' && isDigit(at(m_pos + 2))))))
            return number(start);
        if (c == u'"' || c == u'\'')
            return string(start, c);
        if (c == u'`')
            return backquoted(start);
        ++m_pos;
        switch (c.unicode()) {
        case u'(':
            return make(QueryToken::Kind::LeftParen, start);
        case u')':
            return make(QueryToken::Kind::RightParen, start);
        case u',':
            return make(QueryToken::Kind::Comma, start);
        case u'@':
            return make(QueryToken::Kind::At, start);
        case u'~':
            return make(QueryToken::Kind::Operator, start);
        case u'=':
            if (n == u'=')
                ++m_pos; // "==" reads like "="
            return make(QueryToken::Kind::Operator, start, QStringLiteral("="));
        case u'!':
            if (n == u'=' || n == u'~') {
                ++m_pos;
                return make(QueryToken::Kind::Operator, start);
            }
            break;
        case u'<':
            if (n == u'>') {
                ++m_pos;
                return make(QueryToken::Kind::Operator, start, QStringLiteral("!="));
            }
            if (n == u'=')
                ++m_pos;
            return make(QueryToken::Kind::Operator, start);
        case u'>':
            if (n == u'=')
                ++m_pos;
            return make(QueryToken::Kind::Operator, start);
        default:
            break;
        }
        return std::unexpected(
            querySyntaxError(m_what, int(start) + 1, tr("unexpected character '%1'").arg(c),
                             tr("operators are = != < <= > >= ~ !~; put text values in quotes")));
    }

    Result<QueryToken> word(qsizetype start) {
        while (m_pos < m_text.size() && isQueryWordChar(m_text.at(m_pos)))
            ++m_pos;
        const QString bare = m_text.mid(start, m_pos - start);
        if (bare.endsWith(u'.') && at(m_pos) == u'`') {
            MLWB_ASSIGN_OR_RETURN(QueryToken key, backquoted(m_pos));
            QueryToken t = make(QueryToken::Kind::Word, start, bare);
            t.quotedKey = key.text;
            t.hasQuotedKey = true;
            return t;
        }
        return make(QueryToken::Kind::Word, start);
    }

    Result<QueryToken> number(qsizetype start) {
        if (m_text.at(m_pos) == u'-' || m_text.at(m_pos) == u'+')
            ++m_pos;
        while (isDigit(at(m_pos)))
            ++m_pos;
        if (at(m_pos) == u'.') {
            ++m_pos;
            while (isDigit(at(m_pos)))
                ++m_pos;
        }
        if ((at(m_pos) == u'e' || at(m_pos) == u'E') &&
            (isDigit(at(m_pos + 1)) ||
             ((at(m_pos + 1) == u'-' || at(m_pos + 1) == u'+') && isDigit(at(m_pos + 2))))) {
            m_pos += 2;
            while (isDigit(at(m_pos)))
                ++m_pos;
        }
        return make(QueryToken::Kind::Number, start);
    }

    // Backslash escapes \" \' \\ \n \t \uXXXX; any other backslash stays, so regular
    // expressions like "\d+" read as written.
    Result<QueryToken> string(qsizetype start, QChar quote) {
        QString value;
        ++m_pos;
        for (;;) {
            if (m_pos >= m_text.size())
                return std::unexpected(querySyntaxError(
                    m_what, int(start) + 1, tr("the text value that starts here is not closed"),
                    tr("add the closing %1").arg(quote)));
            const QChar c = m_text.at(m_pos++);
            if (c == quote)
                break;
            if (c != u'\\' || m_pos >= m_text.size()) {
                value.append(c);
                continue;
            }
            const QChar e = m_text.at(m_pos++);
            switch (e.unicode()) {
            case u'"':
            case u'\'':
            case u'\\':
                value.append(e);
                break;
            case u'n':
                value.append(u'\n');
                break;
            case u't':
                value.append(u'\t');
                break;
            case u'u': {
                bool ok = false;
                const ushort code = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size())
                    return std::unexpected(querySyntaxError(
                        m_what, int(m_pos) - 1, tr("expected four hex digits after \\u"),
                        tr("write a character as \\u00e9, or type it directly")));
                value.append(QChar(code));
                m_pos += 4;
                break;
            }
            default:
                value.append(u'\\');
                value.append(e);
            }
        }
        return make(QueryToken::Kind::String, start, value);
    }

    // `weird key`; a doubled backquote stands for one.
    Result<QueryToken> backquoted(qsizetype start) {
        QString value;
        m_pos = start + 1;
        for (;;) {
            if (m_pos >= m_text.size())
                return std::unexpected(querySyntaxError(
                    m_what, int(start) + 1, tr("the key quoted with ` here is not closed"),
                    tr("add the closing `")));
            const QChar c = m_text.at(m_pos++);
            if (c == u'`') {
                if (at(m_pos) != u'`')
                    break;
                ++m_pos;
            }
            value.append(c);
        }
        return make(QueryToken::Kind::String, start, value);
    }

    const QString &m_text;
    const QString &m_what;
    qsizetype m_pos = 0;
};

} // namespace

QString QueryToken::describe() const {
    switch (kind) {
    case Kind::End:
        return tr("the end of the text");
    case Kind::String:
        return u'"' + text + u'"';
    case Kind::Word:
        return u'\'' + text + (hasQuotedKey ? u'`' + quotedKey + u'`' : QString()) + u'\'';
    default:
        return u'\'' + text + u'\'';
    }
}

Result<QList<QueryToken>> tokenizeQuery(const QString &text, const QString &what) {
    return Lexer(text, what).run();
}

Error querySyntaxError(const QString &what, int column, const QString &message,
                       const QString &hint) {
    return Error{tr("read the run %1").arg(what), tr("column %1: %2").arg(column).arg(message),
                 hint};
}

bool isQueryWordStart(QChar c) {
    return c.isLetter() || c == u'_';
}

bool isQueryWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'/' || c == u'-' || c == u':';
}

} // namespace mlwb::tracking
