#include "runrecords.h"

#include "command.h"

#include "tracking/query/runquery.h"
#include "tracking/trackingstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <set>

namespace mlwb::cli {

namespace {

QString number(double v) {
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString isoTime(std::optional<double> t) {
    if (!t)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(*t * 1000.0)), Qt::UTC)
        .toString(Qt::ISODateWithMs);
}

QJsonValue jsonNumber(std::optional<double> v) {
    if (!v)
        return QJsonValue::Null;
    if (!std::isfinite(*v)) // JSON has no NaN or infinity; keep what was logged as text
        return number(*v);
    return *v;
}

QJsonValue jsonParam(const tracking::ParamValue &v) {
    if (const auto *i = std::get_if<qint64>(&v))
        return QJsonValue(*i);
    if (const auto *d = std::get_if<double>(&v))
        return jsonNumber(*d);
    if (const auto *b = std::get_if<bool>(&v))
        return *b;
    return std::get<QString>(v);
}

QJsonObject toJson(const RunRecord &r) {
    QJsonObject params;
    for (const tracking::Param &p : r.params)
        params.insert(p.key, jsonParam(p.value));
    QJsonObject tags;
    for (const tracking::Tag &t : r.tags)
        tags.insert(t.key, t.value);
    QJsonObject metrics;
    for (const tracking::MetricSummary &m : r.metrics) {
        QJsonObject o{{QStringLiteral("last"), jsonNumber(m.last)},
                      {QStringLiteral("min"), jsonNumber(m.min)},
                      {QStringLiteral("max"), jsonNumber(m.max)},
                      {QStringLiteral("step"), QJsonValue(m.lastStep)},
                      {QStringLiteral("count"), QJsonValue(m.count)}};
        if (auto it = r.history.constFind(m.key); it != r.history.cend()) {
            QJsonArray steps, times, values;
            for (size_t i = 0; i < it->steps.size(); ++i) {
                steps.append(QJsonValue(it->steps[i]));
                times.append(it->times[i]);
                values.append(jsonNumber(it->values[i]));
            }
            o.insert(QStringLiteral("history"), QJsonObject{{QStringLiteral("step"), steps},
                                                            {QStringLiteral("time"), times},
                                                            {QStringLiteral("value"), values}});
        }
        metrics.insert(m.key, o);
    }
    const tracking::Run &run = r.run;
    return QJsonObject{
        {QStringLiteral("id"), run.uuid},
        {QStringLiteral("name"), run.name},
        {QStringLiteral("experiment"), run.experiment},
        {QStringLiteral("status"), tracking::toString(run.status)},
        {QStringLiteral("start_time"), isoTime(run.startTime)},
        {QStringLiteral("end_time"),
         run.endTime ? QJsonValue(isoTime(run.endTime)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("exit_code"),
         run.exitCode ? QJsonValue(*run.exitCode) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("command"), run.command},
        {QStringLiteral("params"), params},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("git"), QJsonObject{{QStringLiteral("commit"), run.git.commit},
                                            {QStringLiteral("dirty"), run.git.dirty}}},
    };
}

QString csvField(const QString &s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) &&
        !s.contains(QLatin1Char('\n')) && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QByteArray csvRow(const QStringList &fields) {
    QStringList quoted;
    for (const QString &f : fields)
        quoted.append(csvField(f));
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

// The columns for every key any of the runs has, sorted.
struct KeyColumns {
    QStringList params, metrics, tags;
};
KeyColumns keyColumns(const QList<RunRecord> &runs) {
    std::set<QString> params, metrics, tags;
    for (const RunRecord &r : runs) {
        for (const auto &p : r.params)
            params.insert(p.key);
        for (const auto &m : r.metrics)
            metrics.insert(m.key);
        for (const auto &t : r.tags)
            tags.insert(t.key);
    }
    return {{params.begin(), params.end()},
            {metrics.begin(), metrics.end()},
            {tags.begin(), tags.end()}};
}

QString paramText(const RunRecord &r, const QString &key) {
    for (const auto &p : r.params)
        if (p.key == key)
            return tracking::toDisplayString(p.value);
    return {};
}
QString metricText(const RunRecord &r, const QString &key) {
    for (const auto &m : r.metrics)
        if (m.key == key)
            return m.last ? number(*m.last) : QStringLiteral("nan");
    return {};
}
QString tagText(const RunRecord &r, const QString &key) {
    for (const auto &t : r.tags)
        if (t.key == key)
            return t.value;
    return {};
}

} // namespace

Result<QList<RunRecord>> loadRunRecords(store::Database &db, const QString &filter,
                                        const QString &sort, int limit, bool withHistory) {
    MLWB_ASSIGN_OR_RETURN(const tracking::RunQuery query, tracking::RunQuery::parse(filter, sort));
    MLWB_ASSIGN_OR_RETURN(const QList<qint64> ids, tracking::findRuns(db, query, limit));
    tracking::TrackingStore store(db);
    tracking::SeriesReader reader(db);
    QList<RunRecord> out;
    out.reserve(ids.size());
    for (qint64 id : ids) {
        RunRecord r;
        MLWB_ASSIGN_OR_RETURN(r.run, store.run(id));
        MLWB_ASSIGN_OR_RETURN(r.params, store.params(id));
        MLWB_ASSIGN_OR_RETURN(r.tags, store.tags(id));
        MLWB_ASSIGN_OR_RETURN(r.metrics, store.metricSummaries(id));
        for (const auto &m : std::as_const(r.metrics)) {
            if (!withHistory)
                break;
            MLWB_ASSIGN_OR_RETURN(const std::optional<qint64> series, reader.seriesId(id, m.key));
            if (!series)
                continue;
            MLWB_ASSIGN_OR_RETURN(r.history[m.key], reader.load(*series));
        }
        out.append(std::move(r));
    }
    return out;
}

QByteArray runsToJson(const QList<RunRecord> &runs) {
    QJsonArray array;
    for (const RunRecord &r : runs)
        array.append(toJson(r));
    return QJsonDocument(QJsonObject{{QStringLiteral("runs"), array}})
        .toJson(QJsonDocument::Indented);
}

QByteArray runsToCsv(const QList<RunRecord> &runs) {
    const KeyColumns keys = keyColumns(runs);
    QStringList header{
        QStringLiteral("id"),        QStringLiteral("experiment"), QStringLiteral("name"),
        QStringLiteral("status"),    QStringLiteral("start_time"), QStringLiteral("end_time"),
        QStringLiteral("exit_code"), QStringLiteral("git_commit"), QStringLiteral("git_dirty")};
    for (const QString &k : keys.params)
        header.append(QStringLiteral("params.") + k);
    for (const QString &k : keys.metrics)
        header.append(QStringLiteral("metrics.") + k);
    for (const QString &k : keys.tags)
        header.append(QStringLiteral("tags.") + k);
    QByteArray out = csvRow(header);
    for (const RunRecord &r : runs) {
        QStringList row{r.run.uuid,
                        r.run.experiment,
                        r.run.name,
                        tracking::toString(r.run.status),
                        isoTime(r.run.startTime),
                        isoTime(r.run.endTime),
                        r.run.exitCode ? QString::number(*r.run.exitCode) : QString(),
                        r.run.git.commit,
                        r.run.git.dirty ? QStringLiteral("true") : QStringLiteral("false")};
        for (const QString &k : keys.params)
            row.append(paramText(r, k));
        for (const QString &k : keys.metrics)
            row.append(metricText(r, k));
        for (const QString &k : keys.tags)
            row.append(tagText(r, k));
        out += csvRow(row);
    }
    return out;
}

QByteArray metricHistoryToCsv(const QList<RunRecord> &runs) {
    QByteArray out =
        csvRow({QStringLiteral("run_id"), QStringLiteral("experiment"), QStringLiteral("run"),
                QStringLiteral("metric"), QStringLiteral("step"), QStringLiteral("time"),
                QStringLiteral("value")});
    for (const RunRecord &r : runs) {
        for (const auto &m : r.metrics) {
            const auto it = r.history.constFind(m.key);
            if (it == r.history.cend())
                continue;
            for (size_t i = 0; i < it->steps.size(); ++i)
                out += csvRow({r.run.uuid, r.run.experiment, r.run.name, m.key,
                               QString::number(it->steps[i]), number(it->times[i]),
                               number(it->values[i])});
        }
    }
    return out;
}

QString runsToTable(const QList<RunRecord> &runs) {
    const KeyColumns keys = keyColumns(runs);
    QList<QStringList> rows;
    QStringList header{tr("ID"), tr("EXPERIMENT"), tr("NAME"), tr("STATUS"), tr("START")};
    for (const QString &k : keys.params)
        header.append(k);
    for (const QString &k : keys.metrics)
        header.append(k);
    rows.append(header);
    for (const RunRecord &r : runs) {
        QStringList row{r.run.uuid.left(8), r.run.experiment, r.run.name,
                        tracking::toString(r.run.status),
                        QDateTime::fromSecsSinceEpoch(qint64(r.run.startTime))
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm"))};
        for (const QString &k : keys.params)
            row.append(paramText(r, k));
        for (const QString &k : keys.metrics)
            row.append(metricText(r, k));
        rows.append(row);
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row[c].size());
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += row[c].leftJustified(widths[c] + 2);
        out += line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

} // namespace mlwb::cli
