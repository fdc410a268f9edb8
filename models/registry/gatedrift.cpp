#include "gatedrift.h"

#include "lineage.h"

#include "datasets/drift.h"
#include "datasets/tablereader.h"
#include "store/contentstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace mlwb::registry {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

QString label(const DatasetUse &use) {
    return QStringLiteral("%1@%2").arg(use.dataset).arg(use.number);
}

// The one table file of a dataset version, read from the content store.
Result<datasets::Table> tableOf(store::Database &db, const store::ContentStore &objects,
                                const DatasetUse &use) {
    const QString what = tr("read %1 for dataset.drift_psi").arg(label(use));
    MLWB_ASSIGN_OR_RETURN(
        store::Statement st,
        db.prepare(QStringLiteral("SELECT path, hash FROM dataset_files WHERE version_id = ?1")));
    st.bind(1, use.versionId);
    QStringList hashes;
    QString path;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        path = st.text(0);
        hashes.append(st.text(1));
    }
    if (hashes.size() != 1)
        return fail(what, tr("it holds %1 files, not one table").arg(hashes.size()),
                    tr("drift is computed for CSV, TSV and JSONL datasets"));
    if (!objects.contains(hashes.first()))
        return fail(what, tr("its file %1 is not in the content store").arg(path),
                    tr("snapshot it again with `mlwb data add`"));
    return datasets::readTable(objects.pathOf(hashes.first()),
                               label(use) + QLatin1Char(':') + path);
}

} // namespace

Result<double> datasetDriftPsi(store::Database &db, const QString &objectsDir,
                               qint64 referenceRunId, qint64 currentRunId) {
    MLWB_ASSIGN_OR_RETURN(const QList<DatasetUse> reference, datasetsOfRun(db, referenceRunId));
    MLWB_ASSIGN_OR_RETURN(const QList<DatasetUse> current, datasetsOfRun(db, currentRunId));
    const QString what = tr("compute dataset.drift_psi");
    if (current.isEmpty() || reference.isEmpty())
        return fail(what,
                    current.isEmpty() ? tr("the version's run recorded no dataset versions")
                                      : tr("the reference run recorded no dataset versions"),
                    tr("record them with mlwb.use_dataset() in the training script"));
    const store::ContentStore objects(objectsDir);
    std::optional<double> worst;
    for (const DatasetUse &cur : current) {
        for (const DatasetUse &ref : reference) {
            if (ref.datasetId != cur.datasetId)
                continue;
            if (ref.versionId == cur.versionId) {
                worst = std::max(worst.value_or(0.0), 0.0);
                continue;
            }
            MLWB_ASSIGN_OR_RETURN(const datasets::Table a, tableOf(db, objects, ref));
            MLWB_ASSIGN_OR_RETURN(const datasets::Table b, tableOf(db, objects, cur));
            MLWB_ASSIGN_OR_RETURN(const datasets::DriftReport drift, datasets::detectDrift(a, b));
            for (const datasets::ColumnDrift &c : drift.columns)
                worst = std::max(worst.value_or(0.0), c.psi.statistic);
        }
    }
    if (!worst)
        return fail(what, tr("the two runs trained on no dataset in common"),
                    tr("compare versions trained on versions of the same dataset"));
    return *worst;
}

} // namespace mlwb::registry
