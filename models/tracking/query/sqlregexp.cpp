#include "sqlregexp.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <sqlite3.h>

#include <memory>

namespace mlwb::tracking {

namespace {

QString valueText(sqlite3_value *v) {
    const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
    return QString::fromUtf8(p, sqlite3_value_bytes(v));
}

// A compiled pattern and the answers so far: run params and tags repeat a few values
// (optimizer names, stages) across thousands of runs, so most rows skip the match.
struct CompiledPattern {
    static constexpr qsizetype kMaxCached = 4096;
    QRegularExpression re;
    QHash<QByteArray, bool> answers;

    bool matches(sqlite3_value *text) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(text));
        const QByteArray key = QByteArray::fromRawData(p, sqlite3_value_bytes(text));
        if (const auto it = answers.constFind(key); it != answers.constEnd())
            return *it;
        const bool hit = re.match(QString::fromUtf8(key)).hasMatch();
        if (answers.size() < kMaxCached)
            answers.insert(QByteArray(key.constData(), key.size()), hit);
        return hit;
    }
};

void deletePattern(void *p) {
    delete static_cast<CompiledPattern *>(p);
}

void regexpFunction(sqlite3_context *ctx, int /*argc*/, sqlite3_value **argv) {
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    auto *pattern = static_cast<CompiledPattern *>(sqlite3_get_auxdata(ctx, 0));
    std::unique_ptr<CompiledPattern> local;
    if (!pattern) {
        local = std::make_unique<CompiledPattern>();
        local->re.setPattern(valueText(argv[0]));
        if (!local->re.isValid()) {
            const QByteArray why =
                QCoreApplication::translate("mlwb", "invalid regular expression \"%1\": %2")
                    .arg(local->re.pattern(), local->re.errorString())
                    .toUtf8();
            sqlite3_result_error(ctx, why.constData(), int(why.size()));
            return;
        }
        // SQLite keeps the pattern while the statement runs with the same argument; it
        // deletes it at once if it cannot, so ask for it back instead of keeping the pointer.
        sqlite3_set_auxdata(ctx, 0, local.release(), deletePattern);
        pattern = static_cast<CompiledPattern *>(sqlite3_get_auxdata(ctx, 0));
        if (!pattern) {
            local = std::make_unique<CompiledPattern>();
            local->re.setPattern(valueText(argv[0]));
            pattern = local.get();
        }
    }
    sqlite3_result_int(ctx, pattern->matches(argv[1]) ? 1 : 0);
}

} // namespace

Status registerRegexpFunction(store::Database &db) {
    // Preparing a statement that calls it is the only way to ask whether it exists.
    if (db.prepare(QStringLiteral("SELECT regexp('', '')")))
        return {};
    const int rc = sqlite3_create_function_v2(db.handle(), "regexp", 2,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                              nullptr, regexpFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(
            QCoreApplication::translate("mlwb", "add the regexp() function to %1").arg(db.path()),
            QString::fromUtf8(sqlite3_errstr(rc)));
    return {};
}

} // namespace mlwb::tracking
