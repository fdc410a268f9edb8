#include "gateexpr.h"

#include <QCoreApplication>

namespace mlwb::registry {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

class RuleParser {
public:
    explicit RuleParser(const QString &text)
        : m_s(text) {}

    std::expected<GateRuleExpr, GateSyntaxError> rule() {
        GateRuleExpr r;
        auto lhs = sum();
        if (!lhs)
            return std::unexpected(lhs.error());
        r.lhs = std::move(*lhs);
        skipSpace();
        const int opAt = m_pos;
        for (const char *op : {">=", "<=", "==", "!=", ">", "<"}) {
            if (m_s.mid(m_pos).startsWith(QLatin1String(op))) {
                r.op = QString::fromLatin1(op);
                m_pos += int(qstrlen(op));
                break;
            }
        }
        if (r.op.isEmpty())
            return error(opAt, atEnd()
                                   ? tr("expected a comparison (>=, >, <=, <, ==, !=) at the end")
                                   : tr("expected a comparison (>=, >, <=, <, ==, !=)"));
        auto rhs = sum();
        if (!rhs)
            return std::unexpected(rhs.error());
        r.rhs = std::move(*rhs);
        skipSpace();
        if (!atEnd())
            return error(m_pos, tr("unexpected \"%1\" after the rule").arg(m_s.mid(m_pos)));
        return r;
    }

private:
    using Parsed = std::expected<GateExpr, GateSyntaxError>;

    static std::unexpected<GateSyntaxError> error(int column, QString message) {
        return std::unexpected(GateSyntaxError{column, std::move(message)});
    }
    bool atEnd() const { return m_pos >= m_s.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_s.at(m_pos); }
    void skipSpace() {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }

    static GateExpr binary(QChar op, GateExpr lhs, GateExpr rhs, int column) {
        GateExpr e;
        e.kind = GateExpr::Kind::Binary;
        e.op = op;
        e.column = column;
        e.lhs = std::make_shared<GateExpr>(std::move(lhs));
        e.rhs = std::make_shared<GateExpr>(std::move(rhs));
        return e;
    }

    Parsed sum() {
        auto lhs = product();
        if (!lhs)
            return lhs;
        for (;;) {
            skipSpace();
            const QChar c = peek();
            if (c != u'+' && c != u'-')
                return lhs;
            const int at = m_pos++;
            auto rhs = product();
            if (!rhs)
                return rhs;
            lhs = binary(c, std::move(*lhs), std::move(*rhs), at);
        }
    }

    Parsed product() {
        auto lhs = unary();
        if (!lhs)
            return lhs;
        for (;;) {
            skipSpace();
            const QChar c = peek();
            if (c != u'*' && c != u'/')
                return lhs;
            const int at = m_pos++;
            auto rhs = unary();
            if (!rhs)
                return rhs;
            lhs = binary(c, std::move(*lhs), std::move(*rhs), at);
        }
    }

    Parsed unary() {
        skipSpace();
        if (peek() == u'-') {
            const int at = m_pos++;
            auto inner = unary();
            if (!inner)
                return inner;
            GateExpr e;
            e.kind = GateExpr::Kind::Negate;
            e.column = at;
            e.lhs = std::make_shared<GateExpr>(std::move(*inner));
            return e;
        }
        return primary();
    }

    static bool identStart(QChar c) { return c.isLetter() || c == u'_'; }
    static bool identPart(QChar c) { return c.isLetterOrNumber() || c == u'_'; }

    std::expected<QString, GateSyntaxError> quoted() {
        const QChar quote = peek();
        const int start = m_pos++;
        QString value;
        while (!atEnd() && peek() != quote) {
            if (peek() == u'\\' && m_pos + 1 < m_s.size())
                ++m_pos;
            value += m_s.at(m_pos++);
        }
        if (atEnd())
            return error(start, tr("the string is not closed"));
        ++m_pos;
        return value;
    }

    Parsed primary() {
        skipSpace();
        const int at = m_pos;
        if (atEnd())
            return error(at, tr("expected a number or a name at the end"));
        const QChar c = peek();
        if (c == u'(') {
            ++m_pos;
            auto inner = sum();
            if (!inner)
                return inner;
            skipSpace();
            if (peek() != u')')
                return error(m_pos,
                             tr("expected \")\" to close the \"(\" at column %1").arg(at + 1));
            ++m_pos;
            return inner;
        }
        if (c.isDigit() || (c == u'.' && m_pos + 1 < m_s.size() && m_s.at(m_pos + 1).isDigit())) {
            int end = m_pos;
            while (end < m_s.size() && (m_s.at(end).isDigit() || m_s.at(end) == u'.'))
                ++end;
            if (end < m_s.size() && (m_s.at(end) == u'e' || m_s.at(end) == u'E')) {
                int exp = end + 1;
                if (exp < m_s.size() && (m_s.at(exp) == u'+' || m_s.at(exp) == u'-'))
                    ++exp;
                if (exp < m_s.size() && m_s.at(exp).isDigit()) {
                    end = exp;
                    while (end < m_s.size() && m_s.at(end).isDigit())
                        ++end;
                }
            }
            bool ok = false;
            GateExpr e;
            e.number = m_s.mid(m_pos, end - m_pos).toDouble(&ok);
            if (!ok)
                return error(at, tr("\"%1\" is not a number").arg(m_s.mid(m_pos, end - m_pos)));
            e.kind = GateExpr::Kind::Number;
            e.column = at;
            m_pos = end;
            return e;
        }
        if (c == u'"' || c == u'\'') {
            auto value = quoted();
            if (!value)
                return std::unexpected(value.error());
            GateExpr e;
            e.kind = GateExpr::Kind::String;
            e.text = *value;
            e.column = at;
            return e;
        }
        if (!identStart(c))
            return error(at, tr("unexpected \"%1\": expected a number or a name").arg(c));
        GateExpr e;
        e.kind = GateExpr::Kind::Reference;
        e.column = at;
        for (;;) {
            if (!identStart(peek()))
                return error(m_pos, tr("expected a name"));
            const int start = m_pos;
            while (!atEnd() && identPart(peek()))
                ++m_pos;
            e.path.append(m_s.mid(start, m_pos - start));
            // metrics["val/acc"]: a key that is not a plain name.
            while (peek() == u'[') {
                ++m_pos;
                if (peek() != u'"' && peek() != u'\'')
                    return error(m_pos, tr("expected a quoted key after \"[\""));
                auto key = quoted();
                if (!key)
                    return std::unexpected(key.error());
                if (peek() != u']')
                    return error(m_pos, tr("expected \"]\""));
                ++m_pos;
                e.path.append(*key);
            }
            if (peek() != u'.')
                break;
            ++m_pos;
        }
        e.text = m_s.mid(at, m_pos - at);
        return e;
    }

    const QString &m_s;
    int m_pos = 0;
};

} // namespace

std::expected<GateRuleExpr, GateSyntaxError> parseGateRule(const QString &text) {
    return RuleParser(text).rule();
}

QString toString(const GateExpr &e) {
    switch (e.kind) {
    case GateExpr::Kind::Number:
        return QString::number(e.number, 'g', 12);
    case GateExpr::Kind::String:
        return QLatin1Char('"') + e.text + QLatin1Char('"');
    case GateExpr::Kind::Reference:
        return e.text;
    case GateExpr::Kind::Negate:
        return QLatin1Char('-') + toString(*e.lhs);
    case GateExpr::Kind::Binary:
        return QLatin1Char('(') + toString(*e.lhs) + QLatin1Char(' ') + e.op + QLatin1Char(' ') +
               toString(*e.rhs) + QLatin1Char(')');
    }
    return {};
}

} // namespace mlwb::registry
