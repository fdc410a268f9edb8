#include "pointerfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

} // namespace

QByteArray PointerFile::serialize() const {
    QByteArray out = "# ML Workbench dataset pointer: commit it with your code.\n"
                     "# `mlwb data checkout NAME@VERSION` restores the files it names.\n";
    out += "name: " + name.toUtf8() + '\n';
    out += "version: " + QByteArray::number(version) + '\n';
    out += "kind: " + QByteArray(folder ? "folder" : "file") + '\n';
    out += "manifest: " + manifest.toLatin1() + '\n';
    out += "files: " + QByteArray::number(files) + '\n';
    out += "bytes: " + QByteArray::number(bytes) + '\n';
    return out;
}

Result<PointerFile> PointerFile::parse(const QByteArray &text, const QString &source) {
    PointerFile p;
    bool haveName = false;
    bool haveVersion = false;
    bool haveManifest = false;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QString where = QStringLiteral("%1:%2").arg(source).arg(i + 1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(tr("read dataset pointer %1").arg(where), tr("expected 'key: value'"),
                        tr("restore the file from git, or run `mlwb data add` on the data again"));
        const QByteArray key = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        bool ok = true;
        if (key == "name") {
            p.name = QString::fromUtf8(value);
            haveName = !p.name.isEmpty();
        } else if (key == "version") {
            p.version = value.toInt(&ok);
            ok = ok && p.version >= 1;
            haveVersion = ok;
        } else if (key == "manifest") {
            p.manifest = QString::fromLatin1(value);
            ok = p.manifest.size() == 32;
            haveManifest = ok;
        } else if (key == "kind") {
            ok = value == "folder" || value == "file";
            p.folder = value == "folder";
        } else if (key == "files") {
            p.files = value.toLongLong(&ok);
        } else if (key == "bytes") {
            p.bytes = value.toLongLong(&ok);
        } // unknown keys are kept for newer versions of the format
        if (!ok)
            return fail(
                tr("read dataset pointer %1").arg(where),
                tr("bad value '%1' for '%2'").arg(QString::fromUtf8(value), QString::fromUtf8(key)),
                tr("restore the file from git, or run `mlwb data add` on the data again"));
    }
    if (!haveName || !haveVersion || !haveManifest)
        return fail(tr("read dataset pointer %1").arg(source),
                    tr("it lacks one of name, version and manifest"),
                    tr("restore the file from git, or run `mlwb data add` on the data again"));
    return p;
}

Result<PointerFile> PointerFile::read(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("read dataset pointer %1").arg(path), f.errorString(),
                    tr("run `mlwb data add` on the data to create it"));
    return parse(f.readAll(), path);
}

Status PointerFile::write(const QString &path) const {
    const QByteArray text = serialize();
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == text)
        return {}; // unchanged: keep its mtime so git and editors see no change
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
        return fail(tr("write dataset pointer %1").arg(path), out.errorString(),
                    tr("check that the folder is writable"));
    return {};
}

QString PointerFile::pathFor(const QString &dataPath) {
    QString p = dataPath;
    while (p.size() > 1 && p.endsWith(QLatin1Char('/')))
        p.chop(1);
    return p + QLatin1String(kSuffix);
}

} // namespace mlwb::datasets
