// W6: dataset hashing. Prints one JSON object:
//  - hashing throughput of new bytes already in the page cache (all cores), and the whole
//    snapshot of them (hash + copy into the object store);
//  - a no-op re-add of many small files (stat cache), beside hashing all of them again.
// Usage: bench_w6_hashing WORK_DIR [BIG_BYTES] [SMALL_FILES]
#include "datasets/datasetstore.h"
#include "datasets/filehashing.h"
#include "datasets/filescan.h"
#include "project/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <random>

using namespace mlwb;

namespace {

template <typename T> T must(Result<T> r, const char *what) {
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(r.error().toString()));
        std::exit(2);
    }
    return std::move(*r);
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::exit(2);
    }
}

QByteArray randomBytes(qint64 n, quint64 seed) {
    QByteArray out(n, Qt::Uninitialized);
    std::mt19937_64 rng(seed);
    auto *p = reinterpret_cast<quint64 *>(out.data());
    for (qint64 i = 0; i < n / 8; ++i)
        p[i] = rng();
    return out;
}

double seconds(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_w6_hashing WORK_DIR [BIG_BYTES] [SMALL_FILES]\n");
        return 2;
    }
    const QString root = QDir(args[1]).absolutePath();
    const qint64 bigBytes = args.size() > 2 ? args[2].toLongLong() : (2ll << 30);
    const int smallFiles = args.size() > 3 ? args[3].toInt() : 100'000;
    QDir(root).removeRecursively();
    QDir().mkpath(root);
    Project project = must(Project::init(root), "init");
    datasets::DatasetStore store(project);

    // New bytes: 64 MB files, written (so they are in the page cache) and read once.
    const qint64 fileBytes = 64ll << 20;
    QDir().mkpath(root + QStringLiteral("/big"));
    for (qint64 i = 0; i * fileBytes < bigBytes; ++i)
        writeFile(root + QStringLiteral("/big/part-%1.bin").arg(i), randomBytes(fileBytes, i + 1));
    const auto big = must(datasets::scanFiles(root + QStringLiteral("/big")), "scan");
    qint64 total = 0;
    for (const auto &f : big)
        total += f.size;
    must(datasets::hashFiles(big, nullptr), "warm up");
    QElapsedTimer t;
    t.start();
    must(datasets::hashFiles(big, nullptr), "hash");
    const double hashSeconds = seconds(t);
    t.restart();
    const auto ingest = must(store.snapshot(root + QStringLiteral("/big")), "snapshot big");
    const double ingestSeconds = seconds(t);

    // Many small files: first snapshot, then a re-add with nothing changed.
    for (int i = 0; i < smallFiles; ++i) {
        const QString dir =
            root + QStringLiteral("/small/%1").arg(i / 1000, 3, 10, QLatin1Char('0'));
        if (i % 1000 == 0)
            QDir().mkpath(dir);
        writeFile(dir + QStringLiteral("/%1.txt").arg(i), randomBytes(512, quint64(i) + 99));
    }
    t.restart();
    must(store.snapshot(root + QStringLiteral("/small")), "snapshot small");
    const double firstAdd = seconds(t);
    t.restart();
    const auto noop = must(store.snapshot(root + QStringLiteral("/small")), "re-add small");
    const double noopSeconds = seconds(t);
    t.restart();
    const auto small = must(datasets::scanFiles(root + QStringLiteral("/small")), "scan small");
    must(datasets::hashFiles(small, nullptr), "hash small");
    const double rehashSeconds = seconds(t);

    const QJsonObject out{
        {QStringLiteral("hash_bytes"), total},
        {QStringLiteral("hash_seconds"), hashSeconds},
        {QStringLiteral("hash_gbps"), double(total) / hashSeconds / 1e9},
        {QStringLiteral("ingest_seconds"), ingestSeconds},
        {QStringLiteral("ingest_gbps"), double(total) / ingestSeconds / 1e9},
        {QStringLiteral("ingest_new_version"), ingest.created},
        {QStringLiteral("small_files"), smallFiles},
        {QStringLiteral("first_add_seconds"), firstAdd},
        {QStringLiteral("noop_readd_seconds"), noopSeconds},
        {QStringLiteral("noop_files_hashed"), noop.filesHashed},
        {QStringLiteral("noop_new_version"), noop.created},
        {QStringLiteral("rehash_all_seconds"), rehashSeconds},
    };
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    QDir(root).removeRecursively();
    return 0;
}
