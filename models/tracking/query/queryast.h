#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <vector>

namespace mlwb::tracking {

// What a filter or sort term refers to: `metrics.loss@min`, `params.lr`, `tags.stage`, `status`.
struct QueryOperand {
    enum class Source { Metric, Param, Tag, Attribute };
    enum class Aggregate { Last, Min, Max, Count };
    Source source = Source::Attribute;
    QString key;                           // metric/param/tag key, or the attribute name
    Aggregate aggregate = Aggregate::Last; // metrics only
    int column = 0;                        // 1-based, where the operand starts in the text
};

// A literal as written: numbers keep their source text so tags compare with what was typed.
struct QueryValue {
    enum class Type { Number, String, Bool };
    Type type = Type::String;
    QVariant value; // double, QString or bool
    QString text;   // the source spelling of numbers and booleans, the content of strings
    int column = 0;
};

enum class QueryOp {
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Matches, // ~ regular expression, unanchored
    NotMatches,
    In,
    NotIn,
    IsNull,
    IsNotNull,
    Contains,
    NotContains,
};

struct QueryExpr {
    enum class Kind { And, Or, Not, Compare };
    Kind kind = Kind::Compare;
    std::vector<QueryExpr> children; // And/Or: two or more; Not: one
    QueryOperand operand;            // Compare only
    QueryOp op = QueryOp::Equal;
    QList<QueryValue> values; // none for is (not) null, several for in
};

struct QuerySortKey {
    QueryOperand operand;
    bool descending = false;
};

} // namespace mlwb::tracking
