#pragma once

// Shared by the registry's source files: row readers and small helpers.

#include "registry.h"

#include "store/statement.h"

#include <QCoreApplication>

namespace mlwb::registry::detail {

inline QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

// SELECT list matching versionFromRow().
inline constexpr char kVersionColumns[] =
    "SELECT v.id, v.model_id, m.name, v.version, v.source_kind, v.run_id, coalesce(r.uuid, ''), "
    "v.artifact_path, v.content_hash, v.size, v.format, v.signature, v.description, "
    "v.created_at, v.archived_at "
    "FROM model_versions v JOIN registered_models m ON m.id = v.model_id "
    "LEFT JOIN runs r ON r.id = v.run_id ";

ModelVersion versionFromRow(const store::Statement &st);

// Runs `st` and collects one value per row with `read`.
template <typename T, typename Read> Result<QList<T>> collect(store::Statement &st, Read &&read) {
    QList<T> out;
    for (;;) {
        MLWB_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            return out;
        out.append(read(st));
    }
}

} // namespace mlwb::registry::detail
