#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace mlwb::datasets {

// `PATH.mlwb`: a few "key: value" lines that name a dataset version, small and
// stable so that git history says which version each commit had.
struct PointerFile {
    QString name;
    int version = 0;
    QString manifest; // manifest hash
    bool folder = true;
    qint64 files = 0;
    qint64 bytes = 0;

    QByteArray serialize() const;
    // `source` names the file (and revision) in messages.
    static Result<PointerFile> parse(const QByteArray &text, const QString &source);
    static Result<PointerFile> read(const QString &path);
    Status write(const QString &path) const;

    static constexpr char kSuffix[] = ".mlwb";
    // "data/train.csv" -> "data/train.csv.mlwb"; a trailing '/' is dropped.
    static QString pathFor(const QString &dataPath);
};

} // namespace mlwb::datasets
