#include "manifest.h"

#include "core/contenthash.h"

#include <QCoreApplication>

#include <algorithm>

namespace mlwb::datasets {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

constexpr char kHeaderFolder[] = "mlwb-manifest 1 folder";
constexpr char kHeaderFile[] = "mlwb-manifest 1 file";

} // namespace

qint64 Manifest::totalBytes() const {
    qint64 total = 0;
    for (const ManifestEntry &e : entries)
        total += e.size;
    return total;
}

void Manifest::sort() {
    std::sort(entries.begin(), entries.end(),
              [](const ManifestEntry &a, const ManifestEntry &b) { return a.path < b.path; });
}

QByteArray Manifest::serialize() const {
    QByteArray out = folder ? kHeaderFolder : kHeaderFile;
    out += '\n';
    for (const ManifestEntry &e : entries) {
        out += e.hash.toLatin1();
        out += '\t';
        out += QByteArray::number(e.size);
        out += '\t';
        out += QByteArray::number(e.mode, 8);
        out += '\t';
        out += e.path.toUtf8();
        out += '\n';
    }
    return out;
}

QString Manifest::hash() const {
    const QByteArray text = serialize();
    return contentHash({text.constData(), size_t(text.size())});
}

const ManifestEntry *Manifest::find(const QString &path) const {
    const auto it =
        std::lower_bound(entries.begin(), entries.end(), path,
                         [](const ManifestEntry &e, const QString &p) { return e.path < p; });
    return it != entries.end() && it->path == path ? &*it : nullptr;
}

Result<Manifest> Manifest::parse(const QByteArray &text, const QString &source) {
    const QList<QByteArray> lines = text.split('\n');
    Manifest m;
    const QByteArray header = lines.value(0);
    if (header == kHeaderFolder)
        m.folder = true;
    else if (header == kHeaderFile)
        m.folder = false;
    else
        return fail(tr("read dataset manifest %1:1").arg(source),
                    tr("it does not start with 'mlwb-manifest 1'"),
                    tr("the object store may be damaged; snapshot the data again"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split('\t');
        bool sizeOk = false;
        bool modeOk = false;
        ManifestEntry e;
        if (f.size() >= 4) {
            e.hash = QString::fromLatin1(f[0]);
            e.size = f[1].toLongLong(&sizeOk);
            e.mode = f[2].toInt(&modeOk, 8);
            e.path = QString::fromUtf8(line.mid(f[0].size() + f[1].size() + f[2].size() + 3));
        }
        if (!sizeOk || !modeOk || e.hash.size() != 32)
            return fail(tr("read dataset manifest %1:%2").arg(source).arg(i + 1),
                        tr("expected hash, size, mode and path separated by tabs"),
                        tr("the object store may be damaged; snapshot the data again"));
        m.entries.append(std::move(e));
    }
    m.sort();
    return m;
}

} // namespace mlwb::datasets
