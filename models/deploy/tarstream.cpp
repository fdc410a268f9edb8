#include "tarstream.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

namespace mlwb::deploy {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

constexpr qint64 kBlock = 512;

qint64 padded(qint64 size) {
    return (size + kBlock - 1) / kBlock * kBlock;
}

void octal(char *field, int width, qint64 value) {
    // width includes the terminating NUL
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

} // namespace

Result<QByteArray> TarStream::header(const QString &name, qint64 size, int mode) {
    const QByteArray path = name.toUtf8();
    QByteArray prefix;
    QByteArray base = path;
    if (path.size() > 100) {
        // Split at a '/' so that the prefix fits 155 bytes and the rest 100.
        qsizetype cut = path.lastIndexOf('/', qMin<qsizetype>(path.size() - 1, 155));
        while (cut > 0 && path.size() - cut - 1 > 100)
            cut = -1;
        if (cut <= 0)
            return fail(
                tr("add %1 to the build context").arg(name),
                tr("the path is longer than a tar archive allows (%1 bytes)").arg(path.size()),
                tr("use a shorter file name"));
        prefix = path.left(cut);
        base = path.mid(cut + 1);
    }
    if (size > 077777777777LL)
        return fail(tr("add %1 to the build context").arg(name), tr("larger than 8 GiB"));
    QByteArray h(kBlock, '\0');
    char *p = h.data();
    std::memcpy(p, base.constData(), size_t(base.size()));
    octal(p + 100, 8, mode);
    octal(p + 108, 8, 0);
    octal(p + 116, 8, 0);
    octal(p + 124, 12, size);
    octal(p + 136, 12, 0);
    std::memset(p + 148, ' ', 8);
    p[156] = '0';
    std::memcpy(p + 257, "ustar", 6);
    std::memcpy(p + 263, "00", 2);
    std::memcpy(p + 265, "root", 4);
    std::memcpy(p + 297, "root", 4);
    std::memcpy(p + 345, prefix.constData(), size_t(prefix.size()));
    unsigned sum = 0;
    for (int i = 0; i < kBlock; ++i)
        sum += static_cast<unsigned char>(p[i]);
    octal(p + 148, 7, sum);
    p[155] = ' ';
    return h;
}

Status TarStream::addFile(const QString &name, const QString &sourceFile, int mode) {
    const QFileInfo info(sourceFile);
    if (!info.isFile())
        return fail(tr("add %1 to the build context").arg(name),
                    tr("%1 is not a readable file").arg(sourceFile),
                    tr("check that the file exists"));
    MLWB_TRY(header(name, info.size(), mode));
    m_entries.append({name, info.canonicalFilePath(), {}, mode, info.size()});
    return {};
}

Status TarStream::addData(const QString &name, const QByteArray &data, int mode) {
    MLWB_TRY(header(name, data.size(), mode));
    m_entries.append({name, {}, data, mode, data.size()});
    return {};
}

qint64 TarStream::size() const {
    qint64 total = 2 * kBlock;
    for (const Entry &e : m_entries)
        total += kBlock + padded(e.size);
    return total;
}

bool TarStream::Reader::fillBlock() {
    m_block.clear();
    m_blockPos = 0;
    if (m_finished)
        return true;
    if (m_entry >= m_tar->m_entries.size()) {
        m_block = QByteArray(2 * kBlock, '\0');
        m_finished = true;
        return true;
    }
    const Entry &e = m_tar->m_entries.at(m_entry);
    if (!m_headerDone) {
        m_block = *header(e.name, e.size, e.mode); // validated when added
        m_headerDone = true;
        if (e.sourceFile.isEmpty()) {
            m_block += e.data;
            m_block += QByteArray(padded(e.size) - e.size, '\0');
            ++m_entry;
            m_headerDone = false;
        } else {
            m_file = std::make_unique<QFile>(e.sourceFile);
            if (!m_file->open(QIODevice::ReadOnly)) {
                m_error = tr("%1: %2").arg(e.sourceFile, m_file->errorString());
                return false;
            }
            m_fileLeft = e.size;
        }
        return true;
    }
    const qint64 want = qMin<qint64>(m_fileLeft, 1 << 20);
    if (want > 0) {
        m_block = m_file->read(want);
        if (m_block.size() != want) {
            m_error = tr("%1 changed or could not be read while building").arg(e.sourceFile);
            return false;
        }
        m_fileLeft -= want;
    }
    if (m_fileLeft == 0) {
        m_block += QByteArray(padded(e.size) - e.size, '\0');
        m_file.reset();
        ++m_entry;
        m_headerDone = false;
    }
    return true;
}

qint64 TarStream::Reader::read(char *buffer, qint64 max) {
    qint64 done = 0;
    while (done < max) {
        if (m_blockPos >= m_block.size()) {
            if (m_finished)
                break;
            if (!fillBlock())
                return -1;
            continue;
        }
        const qint64 n = qMin<qint64>(max - done, m_block.size() - m_blockPos);
        std::memcpy(buffer + done, m_block.constData() + m_blockPos, size_t(n));
        m_blockPos += n;
        done += n;
    }
    return done;
}

} // namespace mlwb::deploy
