#include "metriclines.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mlwb::cli {

namespace {

const QString stepKey = QStringLiteral("step");

bool isKey(QStringView key) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_./-]*$"));
    return re.match(key.toString()).hasMatch();
}

std::optional<MetricLine> parseJsonLine(QStringView line) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    MetricLine out;
    const QJsonObject obj = doc.object();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!it.value().isDouble())
            continue;
        const double v = it.value().toDouble();
        if (it.key() == stepKey && v == double(qint64(v)))
            out.step = qint64(v);
        else if (it.key() != stepKey)
            out.values.append({it.key(), v});
    }
    if (out.values.isEmpty())
        return std::nullopt;
    return out;
}

std::optional<MetricLine> parseAssignments(QStringView line) {
    MetricLine out;
    const auto tokens = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QStringView token : tokens) {
        token = token.trimmed();
        if (token.endsWith(QLatin1Char(',')))
            token.chop(1);
        if (token.isEmpty())
            continue;
        const qsizetype eq = token.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::nullopt;
        const QStringView key = token.left(eq);
        const QStringView value = token.mid(eq + 1);
        if (!isKey(key))
            return std::nullopt;
        if (key == stepKey) {
            bool ok = false;
            const qint64 step = value.toLongLong(&ok);
            if (!ok)
                return std::nullopt;
            out.step = step;
            continue;
        }
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        out.values.append({key.toString(), v});
    }
    if (out.values.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace

std::optional<MetricLine> parseMetricLine(QStringView line) {
    line = line.trimmed();
    if (line.isEmpty())
        return std::nullopt;
    if (line.startsWith(QLatin1Char('{')))
        return parseJsonLine(line);
    QString normalised = line.toString();
    normalised.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return parseAssignments(normalised);
}

} // namespace mlwb::cli
