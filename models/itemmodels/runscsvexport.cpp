#include "runscsvexport.h"

#include "runrowloader.h"
#include "store/database.h"
#include "tracking/query/runquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>

namespace mlwb::itemmodels {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

constexpr int kBatch = 500;

// Machine-readable where the table is human-readable: ISO 8601 times, numbers
// at full precision and without locale grouping.
QString csvText(const RunRow &row, const RunColumn &column, double now) {
    switch (column.kind) {
    case RunColumn::Kind::StartTime:
        return QDateTime::fromMSecsSinceEpoch(qint64(row.startTime * 1000), QTimeZone::utc())
            .toString(Qt::ISODateWithMs);
    case RunColumn::Kind::Duration:
    case RunColumn::Kind::Param:
    case RunColumn::Kind::MetricLast:
    case RunColumn::Kind::MetricMin:
    case RunColumn::Kind::MetricMax: {
        const QVariant v = cellValue(row, column, now);
        if (v.typeId() == QMetaType::Double)
            return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        if (v.typeId() == QMetaType::Bool)
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return v.toString();
    }
    default:
        return cellText(row, column, now);
    }
}

} // namespace

QString csvField(const QString &text) {
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString s = text;
    s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

Result<qint64> exportRunsCsv(const RunsCsvExport &request, const std::atomic<bool> *cancel,
                             const CsvProgress &progress) {
    const QString what = tr("Export runs to %1").arg(request.outputPath);
    MLWB_ASSIGN_OR_RETURN(
        store::Database db,
        store::Database::open(request.databasePath, store::Database::Mode::ReadOnly));
    MLWB_ASSIGN_OR_RETURN(tracking::RunQuery query,
                          tracking::RunQuery::parse(request.filter, request.sort));
    query.trashedOnly = request.trashed;
    MLWB_ASSIGN_OR_RETURN(const QList<qint64> ids, tracking::findRuns(db, query));

    QSaveFile file(request.outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(what, file.errorString(), tr("Choose a folder you can write to."));
    const auto writeLine = [&file](const QStringList &fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted.append(csvField(f));
        const QByteArray line = (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        return file.write(line) == line.size();
    };
    QStringList header;
    for (const RunColumn &c : request.columns)
        header.append(c.title());
    if (!writeLine(header))
        return fail(what, file.errorString(), tr("Check the free space on the disk."));

    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    qint64 written = 0;
    if (progress)
        progress(0, ids.size());
    for (qsizetype at = 0; at < ids.size(); at += kBatch) {
        if (cancel && cancel->load()) {
            file.cancelWriting();
            return fail(what, tr("cancelled"));
        }
        MLWB_ASSIGN_OR_RETURN(const QList<RunRow> rows,
                              loadRunRows(db, ids.mid(at, kBatch), request.trashed));
        for (const RunRow &row : rows) {
            QStringList fields;
            fields.reserve(request.columns.size());
            for (const RunColumn &c : request.columns)
                fields.append(csvText(row, c, now));
            if (!writeLine(fields))
                return fail(what, file.errorString(), tr("Check the free space on the disk."));
            ++written;
        }
        if (progress)
            progress(written, ids.size());
    }
    if (!file.commit())
        return fail(what, file.errorString(), tr("Check the free space on the disk."));
    return written;
}

} // namespace mlwb::itemmodels
