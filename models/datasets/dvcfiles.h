#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlwb::datasets {

// One output (or dependency) that DVC tracks, as a .dvc file or dvc.lock names it.
struct DvcOut {
    QString path;        // relative to the repository root, '/'-separated
    QString md5;         // without the ".dir" suffix; empty when not yet computed
    bool folder = false; // the md5 names a .dir manifest
    qint64 size = -1;
    qint64 nfiles = -1;
    bool md5Only = false;    // "hash: md5" (DVC 3.x): the plain md5 of the bytes
    bool dependency = false; // a stage's dependency rather than its output
    QString stage;           // the dvc.lock stage; empty for a .dvc file
    QString source;          // the .dvc or dvc.lock file, relative to the repository root
};

// A stage of dvc.yaml (what it runs and which paths it reads and writes).
struct DvcStage {
    QString name;
    QString cmd;
    QStringList deps;
    QStringList outs;
};

// `baseDir` is the folder (relative to the repository root, "" for the root)
// of the file; DVC paths are relative to it. `source` names the file in
// messages, which give line and column of bad YAML.
Result<QList<DvcOut>> parseDvcFile(const QByteArray &yaml, const QString &source,
                                   const QString &baseDir);
// dvc.lock: schema 2.0 (with or without "hash: md5") and the stage map of 1.0.
Result<QList<DvcOut>> parseDvcLock(const QByteArray &yaml, const QString &source,
                                   const QString &baseDir);
Result<QList<DvcStage>> parseDvcYaml(const QByteArray &yaml, const QString &source);

// The entries of a .dir manifest: a JSON list of {"md5", "relpath"}.
struct DvcDirEntry {
    QString md5;
    QString relpath;
};
Result<QList<DvcDirEntry>> parseDvcDirManifest(const QByteArray &json, const QString &source);

} // namespace mlwb::datasets
