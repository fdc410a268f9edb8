#pragma once

// Shared by the benchmark executables: stop on setup errors (a benchmark
// that cannot set up has nothing to measure) and the W1 point data.

#include "core/error.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace mlwb::bench {

template <typename T> T must(Result<T> r, const char *what) {
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().toString()));
        std::exit(1);
    }
    if constexpr (!std::is_void_v<T>)
        return std::move(*r);
}

inline int envInt(const char *name, int fallback) {
    const char *v = std::getenv(name);
    return v && *v ? std::atoi(v) : fallback;
}

// Generated benchmark projects are kept in the build folder between runs. A stamp file names
// what made them (the schema's SQL, the generator and its sizes); a different stamp means the
// project is stale and is made again.
inline QByteArray dataStamp(const QByteArray &what) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const store::Migration &m : store::projectMigrations())
        hash.addData(QByteArrayView(m.sql));
    hash.addData(what);
    return hash.result().toHex();
}

inline QString stampPath(const QString &dir) {
    return dir + QStringLiteral("/.mlwb/bench-stamp");
}

// True if `dir` holds a project made for `stamp`; otherwise empties `dir` for a new one.
inline bool reuseCachedProject(const QString &dir, const QByteArray &stamp) {
    QFile f(stampPath(dir));
    if (f.open(QIODevice::ReadOnly) && f.readAll() == stamp)
        return true;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    return false;
}

inline void markCachedProject(const QString &dir, const QByteArray &stamp) {
    QFile f(stampPath(dir));
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(stamp);
}

// 1M points: `steps` steps of `keys` metrics, logged step by step, each with its own time.
struct IngestData {
    static constexpr int keys = 10;
    int steps = 100'000;
    std::vector<double> times;  // per step
    std::vector<double> values; // step-major: values[step * keys + key]

    explicit IngestData(int stepCount)
        : steps(stepCount)
        , times(stepCount)
        , values(size_t(stepCount) * keys) {
        quint64 x = 88172645463325252ULL;
        for (int s = 0; s < steps; ++s) {
            times[s] = 1.7e9 + s * 0.01;
            for (int k = 0; k < keys; ++k) {
                x ^= x << 13, x ^= x >> 7, x ^= x << 17;
                const double noise = double(x >> 11) * 0x1.0p-53 - 0.5;
                values[size_t(s) * keys + k] = std::exp(-s * 1e-5 * (k + 1)) + 0.05 * noise;
            }
        }
    }
    qint64 points() const { return qint64(steps) * keys; }
};

} // namespace mlwb::bench
