#pragma once

#include "mlflowrun.h"

#include <QSet>

namespace mlwb::tracking::importers {

// An MLflow tracking database (SQLAlchemy store, SQLite), opened read-only.
// Columns are probed, so databases of old and new MLflow versions both read.
class MlflowDatabase {
public:
    static Result<MlflowDatabase> open(const QString &path);

    Result<MlflowListing> list();
    Result<ImportedRun> readRun(const MlflowRunRef &ref);

private:
    explicit MlflowDatabase(store::Database db)
        : m_db(std::move(db)) {}
    Result<QSet<QString>> columns(const QString &table);
    QString column(const QString &table, const QString &name, const QString &fallback);

    store::Database m_db;
    QHash<QString, QSet<QString>> m_columns;
};

} // namespace mlwb::tracking::importers
