#pragma once

#include "store/database.h"
#include "store/schema.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

// Shared by the importer tests: a fresh project database and fixture copies.
namespace mlwb::tracking::testutil {

inline store::Database freshDatabase(const QString &dir) {
    auto db =
        store::Database::open(dir + QStringLiteral("/project.db"), store::Database::Mode::Create);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    if (auto m = store::migrate(*db); !m)
        qFatal("%s", qPrintable(m.error().toString()));
    return std::move(*db);
}

inline qint64 count(store::Database &db, const char *sql) {
    auto v = db.scalar(QString::fromUtf8(sql));
    if (!v)
        qFatal("%s", qPrintable(v.error().toString()));
    return v->toLongLong();
}

// Copies a fixture folder so a test may damage it; copies are writable.
inline void copyTree(const QString &from, const QString &to) {
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + u'/' + QDir(from).relativeFilePath(src);
        QDir().mkpath(QFileInfo(dst).absolutePath());
        QVERIFY(QFile::copy(src, dst));
        QFile::setPermissions(dst, QFile::ReadOwner | QFile::WriteOwner);
    }
}

inline QString fixture(const char *relative) {
    return QStringLiteral(MLWB_FIXTURES "/") + QString::fromUtf8(relative);
}

inline QString problemsText(const QList<Error> &problems) {
    QStringList lines;
    for (const Error &e : problems)
        lines.append(e.toString());
    return lines.join(u'\n');
}

} // namespace mlwb::tracking::testutil
