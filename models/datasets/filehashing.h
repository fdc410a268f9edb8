#pragma once

#include "core/error.h"
#include "filescan.h"

#include <QList>
#include <QString>

#include <functional>

namespace mlwb::store {
class ContentStore;
}

namespace mlwb::datasets {

struct HashProgress {
    qint64 filesDone = 0;
    qint64 filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
};
// Called on the calling thread between batches; returning false cancels.
using HashProgressFn = std::function<bool(const HashProgress &)>;

// The content hash of each file, in order, computed on all cores. With a
// `store`, content it does not hold yet is copied into it. A file that changes
// while it is read fails with its name.
Result<QStringList> hashFiles(const QList<ScannedFile> &files, store::ContentStore *store,
                              const HashProgressFn &progress = {});

} // namespace mlwb::datasets
