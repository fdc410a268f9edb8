#include "runtypes.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace mlwb::tracking {

namespace {

struct StatusName {
    RunStatus status;
    QLatin1String name;
};

constexpr StatusName kStatusNames[] = {
    {RunStatus::Running, QLatin1String("running")},
    {RunStatus::Finished, QLatin1String("finished")},
    {RunStatus::Failed, QLatin1String("failed")},
    {RunStatus::Killed, QLatin1String("killed")},
};

} // namespace

QString toString(RunStatus s) {
    for (const StatusName &n : kStatusNames) {
        if (n.status == s)
            return n.name;
    }
    return {};
}

std::optional<RunStatus> runStatusFromString(const QString &s) {
    const QString t = s.trimmed();
    for (const StatusName &n : kStatusNames) {
        if (t.compare(n.name, Qt::CaseInsensitive) == 0)
            return n.status;
    }
    return std::nullopt;
}

QString typeName(const ParamValue &v) {
    struct Visitor {
        QString operator()(qint64) const { return QStringLiteral("int"); }
        QString operator()(double) const { return QStringLiteral("float"); }
        QString operator()(const QString &) const { return QStringLiteral("string"); }
        QString operator()(bool) const { return QStringLiteral("bool"); }
    };
    return std::visit(Visitor{}, v);
}

QString toDisplayString(const ParamValue &v) {
    struct Visitor {
        QString operator()(qint64 i) const { return QString::number(i); }
        QString operator()(double d) const {
            if (std::isnan(d))
                return QStringLiteral("nan");
            if (std::isinf(d))
                return d > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
            // Shortest text that reads back as the same double.
            return QString::number(d, 'g', QLocale::FloatingPointShortest);
        }
        QString operator()(const QString &s) const { return s; }
        QString operator()(bool b) const {
            return b ? QStringLiteral("true") : QStringLiteral("false");
        }
    };
    return std::visit(Visitor{}, v);
}

ParamValue parseParamValue(const QString &text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return text;
    if (t.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (t.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    bool ok = false;
    const qint64 i = t.toLongLong(&ok);
    if (ok)
        return i;
    const QString lower = t.toLower();
    if (lower == QLatin1String("nan") || lower == QLatin1String("+nan") ||
        lower == QLatin1String("-nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (lower == QLatin1String("inf") || lower == QLatin1String("+inf") ||
        lower == QLatin1String("infinity") || lower == QLatin1String("+infinity"))
        return std::numeric_limits<double>::infinity();
    if (lower == QLatin1String("-inf") || lower == QLatin1String("-infinity"))
        return -std::numeric_limits<double>::infinity();
    const double d = t.toDouble(&ok);
    if (ok)
        return d;
    return text;
}

} // namespace mlwb::tracking
