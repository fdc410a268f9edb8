#include "contenthash.h"

#include <QCoreApplication>
#include <QFile>

#include <xxhash.h>

namespace mlwb {

void ContentHasher::StateFree::operator()(XXH3_state_s *s) const {
    XXH3_freeState(s);
}

ContentHasher::ContentHasher()
    : m_state(XXH3_createState()) {
    XXH3_128bits_reset(m_state.get());
}

ContentHasher::~ContentHasher() = default;

void ContentHasher::update(std::span<const char> bytes) {
    XXH3_128bits_update(m_state.get(), bytes.data(), bytes.size());
}

static QString toHex(XXH128_hash_t h) {
    XXH128_canonical_t c;
    XXH128_canonicalFromHash(&c, h);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(c.digest), sizeof c.digest).toHex());
}

QString ContentHasher::hexDigest() const {
    return toHex(XXH3_128bits_digest(m_state.get()));
}

QString contentHash(std::span<const char> bytes) {
    return toHex(XXH3_128bits(bytes.data(), bytes.size()));
}

Result<QString> contentHashOfFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("mlwb", "read %1").arg(path), f.errorString(),
            QCoreApplication::translate("mlwb", "check that the file exists and is readable"));
    // Files of a few MB and more are hashed through a read-only mapping: no copy out of the
    // page cache, about twice the throughput of read() into a buffer.
    if (const qint64 size = f.size(); size >= (4 << 20)) {
        if (uchar *mapped = f.map(0, size)) {
            const QString digest =
                contentHash({reinterpret_cast<const char *>(mapped), static_cast<size_t>(size)});
            f.unmap(mapped);
            return digest;
        }
    }
    ContentHasher hasher;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buf.data(), buf.size());
        if (n < 0)
            return fail(QCoreApplication::translate("mlwb", "read %1").arg(path), f.errorString());
        if (n == 0)
            break;
        hasher.update({buf.constData(), static_cast<size_t>(n)});
    }
    return hasher.hexDigest();
}

} // namespace mlwb
