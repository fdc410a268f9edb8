#include "queryparser.h"

#include "queryattributes.h"
#include "querylexer.h"
#include "runquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace mlwb::tracking {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

using Kind = QueryToken::Kind;
using Source = QueryOperand::Source;

using namespace Qt::StringLiterals;

const QStringList kStatuses = {u"running"_s, u"finished"_s, u"failed"_s, u"killed"_s};

class Parser {
public:
    Parser(QList<QueryToken> tokens, QString what)
        : m_tokens(std::move(tokens))
        , m_what(std::move(what)) {}

    Result<std::optional<QueryExpr>> filter() {
        if (peek().kind == Kind::End)
            return std::optional<QueryExpr>();
        MLWB_ASSIGN_OR_RETURN(QueryExpr e, orExpr());
        if (peek().kind == Kind::RightParen)
            return error(peek(), tr("found ')' without a matching '('"));
        if (peek().kind != Kind::End)
            return error(peek(), tr("expected 'and', 'or' or the end of the filter, found %1")
                                     .arg(peek().describe()));
        return std::optional<QueryExpr>(std::move(e));
    }

    Result<QList<QuerySortKey>> sort() {
        QList<QuerySortKey> keys;
        if (peek().kind == Kind::End)
            return keys;
        for (;;) {
            QuerySortKey key;
            MLWB_ASSIGN_OR_RETURN(key.operand, operand(tr("a sort key such as metrics.loss")));
            if (isKeyword(peek(), "asc") || isKeyword(peek(), "desc"))
                key.descending = isKeyword(take(), "desc");
            keys.append(key);
            if (peek().kind == Kind::End)
                return keys;
            if (peek().kind != Kind::Comma)
                return error(peek(), tr("expected 'asc', 'desc', ',' or the end of the sort "
                                        "order, found %1")
                                         .arg(peek().describe()));
            take();
        }
    }

private:
    const QueryToken &peek() const { return m_tokens.at(m_pos); }
    const QueryToken &take() {
        const QueryToken &t = m_tokens.at(m_pos);
        if (t.kind != Kind::End)
            ++m_pos;
        return t;
    }

    static bool isKeyword(const QueryToken &t, const char *keyword) {
        return t.kind == Kind::Word && !t.hasQuotedKey &&
               t.text.compare(QLatin1StringView(keyword), Qt::CaseInsensitive) == 0;
    }
    static bool isReserved(const QueryToken &t) {
        for (const char *k :
             {"and", "or", "not", "in", "is", "null", "contains", "true", "false", "asc", "desc"}) {
            if (isKeyword(t, k))
                return true;
        }
        return false;
    }

    std::unexpected<Error> error(const QueryToken &at, const QString &message,
                                 const QString &hint = {}) const {
        return std::unexpected(querySyntaxError(m_what, at.column, message, hint));
    }

    Result<QueryExpr> orExpr() {
        MLWB_ASSIGN_OR_RETURN(QueryExpr first, andExpr());
        if (!isKeyword(peek(), "or"))
            return first;
        QueryExpr e;
        e.kind = QueryExpr::Kind::Or;
        e.children.push_back(std::move(first));
        while (isKeyword(peek(), "or")) {
            take();
            MLWB_ASSIGN_OR_RETURN(QueryExpr next, andExpr());
            e.children.push_back(std::move(next));
        }
        return e;
    }

    Result<QueryExpr> andExpr() {
        MLWB_ASSIGN_OR_RETURN(QueryExpr first, unary());
        if (!isKeyword(peek(), "and"))
            return first;
        QueryExpr e;
        e.kind = QueryExpr::Kind::And;
        e.children.push_back(std::move(first));
        while (isKeyword(peek(), "and")) {
            take();
            MLWB_ASSIGN_OR_RETURN(QueryExpr next, unary());
            e.children.push_back(std::move(next));
        }
        return e;
    }

    Result<QueryExpr> unary() {
        if (isKeyword(peek(), "not")) {
            take();
            MLWB_ASSIGN_OR_RETURN(QueryExpr inner, unary());
            QueryExpr e;
            e.kind = QueryExpr::Kind::Not;
            e.children.push_back(std::move(inner));
            return e;
        }
        if (peek().kind == Kind::LeftParen) {
            const QueryToken open = take();
            MLWB_ASSIGN_OR_RETURN(QueryExpr inner, orExpr());
            if (peek().kind != Kind::RightParen)
                return error(peek(), tr("expected ')' to close the '(' at column %1, found %2")
                                         .arg(open.column)
                                         .arg(peek().describe()));
            take();
            return inner;
        }
        return comparison();
    }

    Result<QueryOperand> operand(const QString &expected) {
        const QueryToken &t = peek();
        if (t.kind != Kind::Word || isReserved(t))
            return error(t, tr("expected %1, found %2").arg(expected, t.describe()));
        take();
        QueryOperand o;
        o.column = t.column;
        QString space;
        if (t.hasQuotedKey) {
            space = t.text.chopped(1);
            o.key = t.quotedKey;
        } else if (const qsizetype dot = t.text.indexOf(u'.'); dot >= 0) {
            space = t.text.left(dot);
            o.key = t.text.mid(dot + 1);
        }
        if (space.isNull()) {
            const QueryAttribute *a = findQueryAttribute(t.text);
            if (!a)
                return error(t,
                             tr("unknown attribute '%1'; the attributes are %2")
                                 .arg(t.text, queryAttributes().join(QStringLiteral(", "))),
                             tr("name keys as metrics.KEY, params.KEY or tags.KEY"));
            o.source = Source::Attribute;
            o.key = a->name;
        } else {
            const QString s = space.toLower();
            if (s == u"metrics" || s == u"metric")
                o.source = Source::Metric;
            else if (s == u"params" || s == u"param")
                o.source = Source::Param;
            else if (s == u"tags" || s == u"tag")
                o.source = Source::Tag;
            else
                return error(t,
                             tr("unknown field '%1'; keys start with metrics., params. or tags., "
                                "and the attributes are %2")
                                 .arg(t.text, queryAttributes().join(QStringLiteral(", "))));
            if (o.key.isEmpty())
                return error(t, tr("expected a key after '%1.'").arg(space),
                             tr("quote unusual keys with backquotes: metrics.`my key`"));
        }
        if (peek().kind == Kind::At)
            MLWB_TRY(aggregate(o));
        return o;
    }

    Status aggregate(QueryOperand &o) {
        const QueryToken at = take();
        if (o.source != Source::Metric)
            return error(at, tr("only metrics have @min, @max, @last or @count"));
        const QueryToken &t = peek();
        static const std::pair<const char *, QueryOperand::Aggregate> kNames[] = {
            {"last", QueryOperand::Aggregate::Last},
            {"min", QueryOperand::Aggregate::Min},
            {"max", QueryOperand::Aggregate::Max},
            {"count", QueryOperand::Aggregate::Count},
        };
        for (const auto &[name, agg] : kNames) {
            if (isKeyword(t, name)) {
                take();
                o.aggregate = agg;
                return {};
            }
        }
        return error(t,
                     tr("expected last, min, max or count after '@', found %1").arg(t.describe()));
    }

    Result<QueryValue> value(const QString &after) {
        const QueryToken &t = peek();
        QueryValue v;
        v.column = t.column;
        v.text = t.text;
        if (t.kind == Kind::Number) {
            bool isInt = false;
            const qint64 i = t.text.toLongLong(&isInt);
            v.type = QueryValue::Type::Number;
            v.value = isInt ? QVariant(i) : QVariant(t.text.toDouble());
        } else if (t.kind == Kind::String) {
            v.type = QueryValue::Type::String;
            v.value = t.text;
        } else if (isKeyword(t, "true") || isKeyword(t, "false")) {
            v.type = QueryValue::Type::Bool;
            v.value = isKeyword(t, "true");
            v.text = v.value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else {
            return error(t, tr("expected a value after '%1', found %2").arg(after, t.describe()),
                         tr("values are numbers, \"quoted text\", true or false"));
        }
        take();
        return v;
    }

    Result<QueryExpr> comparison() {
        MLWB_ASSIGN_OR_RETURN(const QueryOperand o,
                              operand(tr("a condition such as metrics.loss < 0.1")));
        QueryExpr e;
        e.operand = o;
        const QueryToken t = peek();
        if (t.kind == Kind::Operator) {
            take();
            static const std::pair<const char16_t *, QueryOp> kOps[] = {
                {u"=", QueryOp::Equal},   {u"!=", QueryOp::NotEqual},
                {u"<", QueryOp::Less},    {u"<=", QueryOp::LessEqual},
                {u">", QueryOp::Greater}, {u">=", QueryOp::GreaterEqual},
                {u"~", QueryOp::Matches}, {u"!~", QueryOp::NotMatches},
            };
            for (const auto &[text, op] : kOps) {
                if (t.text == QStringView(text))
                    e.op = op;
            }
            MLWB_ASSIGN_OR_RETURN(QueryValue v, value(t.text));
            e.values.append(v);
        } else if (isKeyword(t, "is")) {
            take();
            const bool negated = isKeyword(peek(), "not");
            if (negated)
                take();
            if (!isKeyword(peek(), "null"))
                return error(peek(),
                             tr("expected 'null' after '%1', found %2")
                                 .arg(negated ? QStringLiteral("is not") : QStringLiteral("is"),
                                      peek().describe()));
            take();
            e.op = negated ? QueryOp::IsNotNull : QueryOp::IsNull;
        } else if (isKeyword(t, "in") || isKeyword(t, "contains") || isKeyword(t, "not")) {
            take();
            const bool negated = isKeyword(t, "not");
            const QueryToken word = negated ? peek() : t;
            if (negated) {
                if (!isKeyword(word, "in") && !isKeyword(word, "contains"))
                    return error(word, tr("expected 'in' or 'contains' after 'not', found %1")
                                           .arg(word.describe()));
                take();
            }
            if (isKeyword(word, "contains")) {
                e.op = negated ? QueryOp::NotContains : QueryOp::Contains;
                MLWB_ASSIGN_OR_RETURN(QueryValue v, value(word.text));
                e.values.append(v);
            } else {
                e.op = negated ? QueryOp::NotIn : QueryOp::In;
                MLWB_TRY(list(word, e.values));
            }
        } else {
            return error(t,
                         tr("expected an operator after the field at column %1, found %2")
                             .arg(o.column)
                             .arg(t.describe()),
                         tr("operators are = != < <= > >= ~ !~, in (...), not in (...), "
                            "is null, is not null, contains"));
        }
        MLWB_TRY(check(e, t));
        return e;
    }

    Status list(const QueryToken &in, QList<QueryValue> &values) {
        if (peek().kind != Kind::LeftParen)
            return error(peek(),
                         tr("expected '(' after '%1', found %2").arg(in.text, peek().describe()),
                         tr("write a list as in (\"a\", \"b\")"));
        take();
        for (;;) {
            MLWB_ASSIGN_OR_RETURN(QueryValue v, value(values.isEmpty() ? u"("_s : u","_s));
            values.append(v);
            if (peek().kind == Kind::RightParen) {
                take();
                return {};
            }
            if (peek().kind != Kind::Comma)
                return error(
                    peek(), tr("expected ',' or ')' in the list, found %1").arg(peek().describe()));
            take();
        }
    }

    Status check(QueryExpr &e, const QueryToken &opToken) const;

    QList<QueryToken> m_tokens;
    QString m_what;
    qsizetype m_pos = 0;
};

bool isTextOp(QueryOp op) {
    return op == QueryOp::Matches || op == QueryOp::NotMatches || op == QueryOp::Contains ||
           op == QueryOp::NotContains;
}

bool isOrderOp(QueryOp op) {
    return op == QueryOp::Less || op == QueryOp::LessEqual || op == QueryOp::Greater ||
           op == QueryOp::GreaterEqual;
}

QString operandName(const QueryOperand &o) {
    switch (o.source) {
    case Source::Metric:
        return u"metrics."_s + o.key;
    case Source::Param:
        return u"params."_s + o.key;
    case Source::Tag:
        return u"tags."_s + o.key;
    case Source::Attribute:
        break;
    }
    return o.key;
}

// Types every value for the operand it is compared with, so the compiler only builds SQL.
Status Parser::check(QueryExpr &e, const QueryToken &opToken) const {
    const QString name = operandName(e.operand);
    const QueryAttribute *attr =
        e.operand.source == Source::Attribute ? findQueryAttribute(e.operand.key) : nullptr;
    const bool numeric =
        e.operand.source == Source::Metric || (attr && attr->type != QueryAttribute::Type::Text);
    const bool textual =
        e.operand.source == Source::Tag || (attr && attr->type == QueryAttribute::Type::Text);
    if (numeric && isTextOp(e.op))
        return error(opToken,
                     tr("%1 is a number; '%2' works on params, tags and text attributes")
                         .arg(name, opToken.text),
                     tr("compare numbers with = != < <= > >= or in (...)"));
    for (QueryValue &v : e.values) {
        if (isTextOp(e.op) || textual) {
            if (v.type != QueryValue::Type::String) {
                v.type = QueryValue::Type::String;
                v.value = v.text;
            }
        }
        if (e.operand.source == Source::Param && v.type == QueryValue::Type::Bool &&
            (isOrderOp(e.op)))
            return std::unexpected(querySyntaxError(
                m_what, v.column, tr("%1 cannot be ordered; compare it with = or !=").arg(v.text)));
        if (numeric && v.type == QueryValue::Type::String && attr &&
            attr->type == QueryAttribute::Type::Time) {
            QDateTime when = QDateTime::fromString(v.text, Qt::ISODateWithMs);
            if (!when.isValid())
                when = QDateTime::fromString(v.text, Qt::ISODate);
            if (!when.isValid())
                return std::unexpected(querySyntaxError(
                    m_what, v.column,
                    tr("\"%1\" is not a date or a number of seconds for %2").arg(v.text, name),
                    tr("write a date as \"2024-05-01\" or \"2024-05-01T13:30\"")));
            v.type = QueryValue::Type::Number;
            v.value = double(when.toMSecsSinceEpoch()) / 1000.0;
        } else if (numeric && v.type != QueryValue::Type::Number) {
            return std::unexpected(querySyntaxError(
                m_what, v.column,
                tr("%1 is a number; expected a number, found %2")
                    .arg(name,
                         v.type == QueryValue::Type::String ? u'"' + v.text + u'"' : v.text)));
        }
        if (attr && attr->name == u"status" && !isTextOp(e.op) && !isOrderOp(e.op) &&
            !kStatuses.contains(v.text))
            return std::unexpected(
                querySyntaxError(m_what, v.column,
                                 tr("unknown status \"%1\"; a run is running, finished, failed "
                                    "or killed")
                                     .arg(v.text)));
        if (e.op == QueryOp::Matches || e.op == QueryOp::NotMatches) {
            const QRegularExpression re(v.text);
            if (!re.isValid())
                return std::unexpected(querySyntaxError(
                    m_what, v.column + 1 + int(re.patternErrorOffset()),
                    tr("the regular expression is not valid: %1").arg(re.errorString())));
        }
    }
    return {};
}

} // namespace

Result<std::optional<QueryExpr>> parseQueryFilter(const QString &text) {
    const QString what = tr("filter");
    MLWB_ASSIGN_OR_RETURN(QList<QueryToken> tokens, tokenizeQuery(text, what));
    return Parser(std::move(tokens), what).filter();
}

Result<QList<QuerySortKey>> parseQuerySort(const QString &text) {
    const QString what = tr("sort order");
    MLWB_ASSIGN_OR_RETURN(QList<QueryToken> tokens, tokenizeQuery(text, what));
    return Parser(std::move(tokens), what).sort();
}

} // namespace mlwb::tracking
