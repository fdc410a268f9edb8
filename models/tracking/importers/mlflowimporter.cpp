#include "importedrun.h"
#include "importers.h"
#include "mlflowdatabase.h"
#include "mlflowfilestore.h"

#include "tracking/trackingstore.h"

#include <QFile>
#include <QFileInfo>

namespace mlwb::tracking {

using namespace importers;

namespace {

bool isSqliteFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

// Imports every listed run with READ, one transaction each.
template <typename ReadRun>
Result<ImportReport> importListing(store::Database &db, const QString &what,
                                   const MlflowListing &listing, ReadRun &&readRun,
                                   ImportReport report, const ImportProgress &progress) {
    TrackingStore store(db);
    for (const QString &name : listing.experiments) {
        MLWB_TRY(store.ensureExperiment(name));
        ++report.experiments;
    }
    const qint64 total = listing.runs.size();
    for (qint64 i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return fail(what, importTr("cancelled"),
                        importTr("%n run(s) were imported before cancelling", report.runs));
        Result<ImportedRun> run = readRun(listing.runs[i]);
        if (!run) {
            report.problems.append(run.error());
            continue;
        }
        if (auto written = writeImportedRun(db, *run, report); !written)
            return fail(what, written.error().toString());
    }
    if (progress)
        progress(total, total);
    return report;
}

} // namespace

Result<ImportReport> importMlflow(store::Database &db, const QString &path,
                                  const ImportProgress &progress) {
    const QString what = importTr("import MLflow runs from %1").arg(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(what, importTr("it does not exist"),
                    importTr("choose the mlruns folder or an MLflow SQLite database file"));
    if (info.isFile()) {
        if (!isSqliteFile(path))
            return fail(what, importTr("the file is not an SQLite database"),
                        importTr("choose the mlruns folder or an MLflow SQLite database file"));
        MLWB_ASSIGN_OR_RETURN(MlflowDatabase mlflow, MlflowDatabase::open(path));
        MLWB_ASSIGN_OR_RETURN(const MlflowListing listing, mlflow.list());
        return importListing(
            db, what, listing, [&](const MlflowRunRef &ref) { return mlflow.readRun(ref); }, {},
            progress);
    }
    ImportReport report;
    MLWB_ASSIGN_OR_RETURN(const MlflowListing listing, listMlflowFileStore(path, report.problems));
    return importListing(db, what, listing, readMlflowFileRun, std::move(report), progress);
}

} // namespace mlwb::tracking
