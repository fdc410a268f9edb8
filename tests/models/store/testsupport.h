#pragma once

#include "core/error.h"
#include "store/database.h"
#include "store/schema.h"

#include <QTemporaryDir>
#include <QTest>

// Fails the test with the error's text when a Result/Status holds an error. The
// expression is evaluated once.
#define MLWB_VERIFY_OK(expr)                                                                       \
    do {                                                                                           \
        const auto &mlwb_verify_r = (expr);                                                        \
        QVERIFY2(mlwb_verify_r.has_value(),                                                        \
                 qPrintable(mlwb_verify_r ? QString() : mlwb_verify_r.error().toString()));        \
    } while (false)

namespace mlwb::testsupport {

// A project database at the latest schema in a scratch folder.
inline store::Database openMigrated(const QString &path) {
    auto db = store::Database::open(path, store::Database::Mode::Create);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    if (auto m = store::migrate(*db); !m)
        qFatal("%s", qPrintable(m.error().toString()));
    return std::move(*db);
}

} // namespace mlwb::testsupport
