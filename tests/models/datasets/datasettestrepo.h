#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QtGlobal>

// Scratch files for dataset version tests.
inline void putFile(const QString &path, const QByteArray &content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

inline QByteArray fileBytes(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "<missing>";
    return f.readAll();
}

// Moves the modification time without touching the content (like `touch`).
inline void touchFile(const QString &path, int secondsLater) {
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) ||
        !f.setFileTime(QFileInfo(path).lastModified().addSecs(secondsLater),
                       QFileDevice::FileModificationTime))
        qFatal("cannot touch %s", qPrintable(path));
}
