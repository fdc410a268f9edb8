#include "filehashing.h"

#include "core/contenthash.h"
#include "store/contentstore.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <optional>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

// Batches are small enough for progress a few times a second and large enough
// that thread hand-off does not show.
constexpr qint64 kBatchBytes = 256ll << 20;
constexpr qsizetype kBatchFiles = 2048;

Result<QString> hashOne(const ScannedFile &f, store::ContentStore *store) {
    MLWB_ASSIGN_OR_RETURN(QString hash, contentHashOfFile(f.absolute));
    if (!store || store->contains(hash))
        return hash;
    MLWB_ASSIGN_OR_RETURN(const store::ContentStore::Stored stored, store->putFile(f.absolute));
    if (stored.hash != hash)
        return fail(tr("store %1").arg(f.absolute), tr("the file changed while it was read"),
                    tr("wait until whatever writes it is done, then add it again"));
    return hash;
}

} // namespace

Result<QStringList> hashFiles(const QList<ScannedFile> &files, store::ContentStore *store,
                              const HashProgressFn &progress) {
    HashProgress p;
    p.filesTotal = files.size();
    for (const ScannedFile &f : files)
        p.bytesTotal += f.size;
    QStringList hashes(files.size());
    QList<std::optional<Error>> errors(files.size());
    qsizetype next = 0;
    while (next < files.size()) {
        QList<qsizetype> batch;
        qint64 bytes = 0;
        while (next < files.size() && batch.size() < kBatchFiles && bytes < kBatchBytes) {
            bytes += files[next].size;
            batch.append(next++);
        }
        auto work = [&](qsizetype i) {
            auto r = hashOne(files[i], store);
            if (r)
                hashes[i] = std::move(*r);
            else
                errors[i] = std::move(r.error());
        };
        if (batch.size() == 1)
            work(batch.front());
        else
            QtConcurrent::blockingMap(batch, work);
        for (qsizetype i : batch)
            if (errors[i])
                return std::unexpected(std::move(*errors[i]));
        p.filesDone += batch.size();
        p.bytesDone += bytes;
        if (progress && !progress(p))
            return fail(tr("hash %1 files").arg(files.size()), tr("cancelled"),
                        tr("nothing was recorded; add the data again when you are ready"));
    }
    return hashes;
}

} // namespace mlwb::datasets
