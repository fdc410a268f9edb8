// Compiles a RunQuery into SQL: one general statement, and for a page sorted by a metric or
// param the statements that read that key's index in order. Every key and value is bound.
// Conditions on metrics, params and tags are `r.id IN (SELECT run_id ... WHERE key = ? AND ...)`
// so SQLite answers them from the (key, value) indexes and drives the run lookup from them.
#include "queryattributes.h"
#include "runquery.h"

#include <QCoreApplication>

namespace mlwb::tracking {

namespace {

using namespace Qt::StringLiterals;
using Source = QueryOperand::Source;
using VType = QueryValue::Type;

class SqlBuilder {
public:
    SqlBuilder &operator<<(QLatin1StringView s) {
        m_sql += s;
        return *this;
    }
    SqlBuilder &operator<<(const QString &s) {
        m_sql += s;
        return *this;
    }
    SqlBuilder &bind(const QVariant &v) {
        m_binds.append(v);
        m_sql += u'?' + QString::number(m_binds.size());
        return *this;
    }
    CompiledQuery take() { return {std::move(m_sql), std::move(m_binds)}; }

private:
    QString m_sql;
    QVariantList m_binds;
};

QLatin1StringView sqlOperator(QueryOp op) {
    switch (op) {
    case QueryOp::Equal:
        return "="_L1;
    case QueryOp::NotEqual:
        return "!="_L1;
    case QueryOp::Less:
        return "<"_L1;
    case QueryOp::LessEqual:
        return "<="_L1;
    case QueryOp::Greater:
        return ">"_L1;
    case QueryOp::GreaterEqual:
        return ">="_L1;
    default:
        return {};
    }
}

void valueList(SqlBuilder &b, const QList<QueryValue> &values) {
    b << "("_L1;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            b << ", "_L1;
        b.bind(values.at(i).value);
    }
    b << ")"_L1;
}

// `expr <op> values` for a column that holds one kind of value (text or numbers).
void valueCondition(SqlBuilder &b, const QString &expr, QueryOp op,
                    const QList<QueryValue> &values) {
    switch (op) {
    case QueryOp::Matches:
    case QueryOp::NotMatches:
        b << (op == QueryOp::NotMatches ? "NOT regexp("_L1 : "regexp("_L1);
        b.bind(values.at(0).value) << ", "_L1 << expr << ")"_L1;
        return;
    case QueryOp::Contains:
    case QueryOp::NotContains:
        b << "instr("_L1 << expr << ", "_L1;
        b.bind(values.at(0).value) << (op == QueryOp::Contains ? ") > 0"_L1 : ") = 0"_L1);
        return;
    case QueryOp::In:
    case QueryOp::NotIn:
        b << expr << (op == QueryOp::In ? " IN "_L1 : " NOT IN "_L1);
        valueList(b, values);
        return;
    case QueryOp::IsNull:
        b << expr << " IS NULL"_L1;
        return;
    case QueryOp::IsNotNull:
        b << expr << " IS NOT NULL"_L1;
        return;
    default:
        b << expr << " "_L1 << sqlOperator(op) << " "_L1;
        b.bind(values.at(0).value);
    }
}

bool looksNumeric(const QString &s) {
    bool ok = false;
    s.trimmed().toDouble(&ok);
    return ok;
}

// Params keep their type: a number compares with numbers; text compares with the param's
// text, so params.lr = "0.01" also finds the number 0.01. SQLite orders every number before
// every text, which `value < ''` uses to keep a numeric range inside the index.
void paramValueCondition(SqlBuilder &b, QueryOp op, const QueryValue &v) {
    if (v.type == VType::Bool) {
        b << "type = 'bool' AND value "_L1 << (op == QueryOp::Equal ? "IN ("_L1 : "NOT IN ("_L1);
        b.bind(v.value.toBool() ? 1 : 0) << ", "_L1;
        b.bind(v.text) << ")"_L1;
        return;
    }
    if (v.type == VType::Number) {
        valueCondition(b, u"value"_s, op, {v});
        if (op != QueryOp::Less && op != QueryOp::LessEqual && op != QueryOp::Equal)
            b << " AND value < ''"_L1;
        return;
    }
    const bool plain = (op == QueryOp::Equal || op == QueryOp::NotEqual) && !looksNumeric(v.text);
    valueCondition(b, plain ? u"value"_s : u"CAST(value AS TEXT)"_s, op, {v});
}

void paramCondition(SqlBuilder &b, const QueryExpr &e) {
    if (e.op != QueryOp::In && e.op != QueryOp::NotIn) {
        paramValueCondition(b, e.op, e.values.at(0));
        return;
    }
    bool plain = true;
    bool numbers = true;
    for (const QueryValue &v : e.values) {
        plain =
            plain && v.type != VType::Bool && (v.type == VType::Number || !looksNumeric(v.text));
        numbers = numbers && v.type == VType::Number;
    }
    if (plain) {
        valueCondition(b, u"value"_s, e.op, e.values);
        if (numbers && e.op == QueryOp::NotIn)
            b << " AND value < ''"_L1;
        return;
    }
    b << (e.op == QueryOp::NotIn ? "NOT ("_L1 : "("_L1);
    for (qsizetype i = 0; i < e.values.size(); ++i) {
        b << (i ? " OR ("_L1 : "("_L1);
        paramValueCondition(b, QueryOp::Equal, e.values.at(i));
        b << ")"_L1;
    }
    b << ")"_L1;
}

QString metricColumn(QueryOperand::Aggregate a) {
    switch (a) {
    case QueryOperand::Aggregate::Min:
        return u"min_value"_s;
    case QueryOperand::Aggregate::Max:
        return u"max_value"_s;
    case QueryOperand::Aggregate::Count:
        return u"count"_s;
    case QueryOperand::Aggregate::Last:
        break;
    }
    return u"last_value"_s;
}

QLatin1StringView keyTable(Source s) {
    switch (s) {
    case Source::Metric:
        return "metric_summary"_L1;
    case Source::Param:
        return "params"_L1;
    default:
        return "tags"_L1;
    }
}

// What follows `key = ?` in a comparison on a metric, param or tag (nothing for IS NULL, which
// the caller turns into NOT IN / NOT EXISTS).
void keyedValueCondition(SqlBuilder &b, const QueryExpr &e) {
    const QueryOperand &o = e.operand;
    if (e.op == QueryOp::IsNull || e.op == QueryOp::IsNotNull) {
        // A metric whose every value was NaN has a summary row but no value.
        if (o.source == Source::Metric)
            b << " AND "_L1 << metricColumn(o.aggregate) << " IS NOT NULL"_L1;
        return;
    }
    b << " AND "_L1;
    if (o.source == Source::Param)
        paramCondition(b, e);
    else
        valueCondition(b, o.source == Source::Metric ? metricColumn(o.aggregate) : u"value"_s, e.op,
                       e.values);
}

// Inside an AND whose rows another condition already narrows, a key lookup per candidate run
// (EXISTS on the (run_id, key) primary key) beats building the full list of matching runs.
void keyedComparison(SqlBuilder &b, const QueryExpr &e, bool correlated) {
    const QueryOperand &o = e.operand;
    const bool missing = e.op == QueryOp::IsNull;
    if (correlated)
        b << (missing ? "NOT EXISTS (SELECT 1 FROM "_L1 : "EXISTS (SELECT 1 FROM "_L1)
          << keyTable(o.source) << " WHERE run_id = r.id AND key = "_L1;
    else
        b << (missing ? "r.id NOT IN (SELECT run_id FROM "_L1 : "r.id IN (SELECT run_id FROM "_L1)
          << keyTable(o.source) << " WHERE key = "_L1;
    b.bind(o.key);
    keyedValueCondition(b, e);
    b << ")"_L1;
}

// How well a condition narrows the runs through its index: lower is better, -1 cannot drive.
int driverRank(const QueryExpr &e) {
    if (e.kind != QueryExpr::Kind::Compare || e.operand.source == Source::Attribute)
        return -1;
    switch (e.op) {
    case QueryOp::Equal:
    case QueryOp::In:
        return 0;
    case QueryOp::Less:
    case QueryOp::LessEqual:
    case QueryOp::Greater:
    case QueryOp::GreaterEqual:
        return 1;
    case QueryOp::IsNull:
        return -1;
    default:
        return 2;
    }
}

void attributeComparison(SqlBuilder &b, const QueryExpr &e) {
    const QueryAttribute *a = findQueryAttribute(e.operand.key);
    Q_ASSERT(a);
    if (a->foreignKey.isEmpty()) {
        valueCondition(b, a->sql, e.op, e.values);
    } else if (e.op == QueryOp::IsNull || e.op == QueryOp::IsNotNull) {
        valueCondition(b, a->foreignKey, e.op, e.values);
    } else {
        b << a->foreignKey << " IN (SELECT id FROM "_L1 << a->foreignTable << " WHERE "_L1;
        valueCondition(b, a->foreignColumn, e.op, e.values);
        b << ")"_L1;
    }
}

// `driven`: an enclosing AND already has a condition that picks the candidate runs.
void condition(SqlBuilder &b, const QueryExpr &e, bool driven) {
    switch (e.kind) {
    case QueryExpr::Kind::And: {
        int driver = -1;
        for (size_t i = 0; i < e.children.size() && !driven; ++i) {
            const int rank = driverRank(e.children[i]);
            if (rank >= 0 && (driver < 0 || rank < driverRank(e.children[size_t(driver)])))
                driver = int(i);
        }
        b << "("_L1;
        for (size_t i = 0; i < e.children.size(); ++i) {
            if (i)
                b << " AND "_L1;
            condition(b, e.children[i], driven || (driver >= 0 && int(i) != driver));
        }
        b << ")"_L1;
        return;
    }
    case QueryExpr::Kind::Or:
        b << "("_L1;
        for (size_t i = 0; i < e.children.size(); ++i) {
            if (i)
                b << " OR "_L1;
            condition(b, e.children[i], driven);
        }
        b << ")"_L1;
        return;
    case QueryExpr::Kind::Not:
        // A missing value makes a comparison NULL; `not` must turn that into a match.
        b << "NOT coalesce("_L1;
        condition(b, e.children.front(), driven);
        b << ", 0)"_L1;
        return;
    case QueryExpr::Kind::Compare:
        if (e.operand.source == Source::Attribute)
            attributeComparison(b, e);
        else
            keyedComparison(b, e, driven);
        return;
    }
}

// `driven`: the FROM clause already picks the candidate runs; check the filter per run.
void whereClause(SqlBuilder &b, const RunQuery &q, bool driven) {
    b << (q.trashedOnly ? " WHERE r.deleted_at IS NOT NULL"_L1 : " WHERE r.deleted_at IS NULL"_L1);
    if (!q.experimentIds.isEmpty()) {
        b << " AND r.experiment_id IN ("_L1;
        for (qsizetype i = 0; i < q.experimentIds.size(); ++i) {
            if (i)
                b << ", "_L1;
            b.bind(q.experimentIds.at(i));
        }
        b << ")"_L1;
    }
    if (q.filter) {
        b << " AND "_L1;
        condition(b, *q.filter, driven);
    }
}

QString sortColumn(const QueryOperand &o) {
    return o.source == Source::Metric ? metricColumn(o.aggregate) : u"value"_s;
}

// The ORDER BY terms of the sort keys from `from` on, joining each metric/param/tag key.
QStringList sortTerms(SqlBuilder &b, const RunQuery &query, qsizetype from) {
    QStringList order;
    for (qsizetype i = from; i < query.sort.size(); ++i) {
        const QueryOperand &o = query.sort.at(i).operand;
        QString expr;
        if (o.source == Source::Attribute) {
            const QueryAttribute *a = findQueryAttribute(o.key);
            Q_ASSERT(a);
            expr = a->sql;
        } else {
            const QString alias = u"s"_s + QString::number(i);
            b << " LEFT JOIN "_L1 << keyTable(o.source) << " "_L1 << alias << " ON "_L1 << alias
              << ".run_id = r.id AND "_L1 << alias << ".key = "_L1;
            b.bind(o.key);
            expr = alias + u'.' + sortColumn(o);
        }
        order << expr + u" IS NULL, "_s + expr +
                     (query.sort.at(i).descending ? u" DESC"_s : u" ASC"_s);
    }
    return order;
}

void orderAndLimit(SqlBuilder &b, const RunQuery &query, QStringList order, int limit, int offset) {
    order << (query.sort.isEmpty() ? u"r.start_time DESC, r.id DESC"_s : u"r.id DESC"_s);
    b << " ORDER BY "_L1 << order.join(u", "_s) << " LIMIT "_L1;
    b.bind(limit < 0 ? -1 : limit) << " OFFSET "_L1;
    b.bind(qMax(0, offset));
}

} // namespace

Result<CompiledQuery> compileSelectIds(const RunQuery &query, int limit, int offset) {
    SqlBuilder b;
    b << "SELECT r.id FROM runs r"_L1;
    const QStringList order = sortTerms(b, query, 0);
    whereClause(b, query, false);
    orderAndLimit(b, query, order, limit, offset);
    return b.take();
}

namespace {

// The runs having the key, in the key's index order; the filter is checked per run so that
// SQLite stops after the page. `before`: only values before the cutoff bound last but two.
CompiledQuery havingKeySelect(const RunQuery &query, int limit, int offset, bool before) {
    const QuerySortKey &first = query.sort.front();
    const QString column = u"s0."_s + sortColumn(first.operand);
    SqlBuilder b;
    b << "SELECT r.id FROM "_L1 << keyTable(first.operand.source)
      << " s0 CROSS JOIN runs r ON r.id = s0.run_id"_L1;
    QStringList order = sortTerms(b, query, 1);
    whereClause(b, query, true);
    b << " AND s0.key = "_L1;
    b.bind(first.operand.key);
    b << " AND "_L1 << column << " IS NOT NULL"_L1;
    if (before) {
        b << " AND "_L1 << column << (first.descending ? " > "_L1 : " < "_L1);
        b.bind(QVariant());
    }
    order.prepend(column + (first.descending ? u" DESC"_s : u" ASC"_s));
    orderAndLimit(b, query, order, limit, offset);
    return b.take();
}

} // namespace

std::optional<KeySortedSelect> compileKeySortedSelect(const RunQuery &query, int limit,
                                                      int offset) {
    // Metrics have an index on their last value only; tags are rarely a sort key.
    if (query.sort.isEmpty())
        return std::nullopt;
    const QueryOperand &key = query.sort.front().operand;
    if (key.source != Source::Param &&
        (key.source != Source::Metric || key.aggregate != QueryOperand::Aggregate::Last))
        return std::nullopt;
    const QuerySortKey &first = query.sort.front();
    const QString column = sortColumn(first.operand);
    const QLatin1StringView table = keyTable(first.operand.source);
    KeySortedSelect select;
    {
        SqlBuilder b;
        b << "SELECT "_L1 << column << " FROM "_L1 << table << " WHERE key = "_L1;
        b.bind(first.operand.key);
        b << " AND "_L1 << column << " IS NOT NULL ORDER BY "_L1 << column
          << (first.descending ? " DESC"_L1 : " ASC"_L1) << " LIMIT 1 OFFSET "_L1;
        b.bind(0);
        select.cutoff = b.take();
    }
    select.havingKeyBefore = havingKeySelect(query, limit, offset, true);
    select.havingKey = havingKeySelect(query, limit, offset, false);
    {
        SqlBuilder b;
        b << "SELECT r.id FROM runs r"_L1;
        const QStringList order = sortTerms(b, query, 1);
        whereClause(b, query, false);
        b << " AND NOT EXISTS (SELECT 1 FROM "_L1 << table << " WHERE run_id = r.id AND key = "_L1;
        b.bind(first.operand.key);
        b << " AND "_L1 << column << " IS NOT NULL)"_L1;
        orderAndLimit(b, query, order, limit, offset);
        select.lackingKey = b.take();
    }
    return select;
}

std::optional<NewestFirstSelect> compileNewestFirstSelect(const RunQuery &query, int limit,
                                                          int offset) {
    if (!query.sort.isEmpty() || !query.filter)
        return std::nullopt;
    NewestFirstSelect select;
    {
        RunQuery unfiltered = query;
        unfiltered.filter.reset();
        SqlBuilder b;
        b << "SELECT r.start_time FROM runs r"_L1;
        whereClause(b, unfiltered, true);
        b << " ORDER BY r.start_time DESC LIMIT 1 OFFSET "_L1;
        b.bind(0);
        select.cutoff = b.take();
    }
    {
        SqlBuilder b;
        b << "SELECT r.id FROM runs r"_L1;
        whereClause(b, query, true);
        b << " AND r.start_time > "_L1;
        b.bind(QVariant());
        orderAndLimit(b, query, {}, limit, offset);
        select.after = b.take();
    }
    return select;
}

std::optional<QList<CompiledQuery>> compileKeyedRunIds(const RunQuery &query) {
    if (!query.filter || !query.experimentIds.isEmpty())
        return std::nullopt;
    std::vector<const QueryExpr *> parts;
    if (query.filter->kind == QueryExpr::Kind::And) {
        for (const QueryExpr &child : query.filter->children)
            parts.push_back(&child);
    } else {
        parts.push_back(&*query.filter);
    }
    QList<CompiledQuery> selects;
    for (const QueryExpr *e : parts) {
        if (e->kind != QueryExpr::Kind::Compare || e->operand.source == Source::Attribute ||
            e->op == QueryOp::IsNull)
            return std::nullopt;
        SqlBuilder b;
        b << "SELECT run_id FROM "_L1 << keyTable(e->operand.source) << " WHERE key = "_L1;
        b.bind(e->operand.key);
        keyedValueCondition(b, *e);
        selects.append(b.take());
    }
    return selects;
}

Result<CompiledQuery> compileCount(const RunQuery &query) {
    SqlBuilder b;
    b << "SELECT count(*) FROM runs r"_L1;
    whereClause(b, query, false);
    return b.take();
}

} // namespace mlwb::tracking
