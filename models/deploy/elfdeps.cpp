#include "elfdeps.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <elf.h>

#include <cstring>

namespace mlwb::deploy {

namespace {

QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}

template <typename T> bool readAt(const QByteArray &data, quint64 offset, T &out) {
    if (offset > quint64(data.size()) || quint64(data.size()) - offset < sizeof(T))
        return false;
    std::memcpy(&out, data.constData() + offset, sizeof(T));
    return true;
}

QString cString(const QByteArray &data, quint64 offset) {
    if (offset >= quint64(data.size()))
        return {};
    const char *start = data.constData() + offset;
    const auto len = qstrnlen(start, uint(quint64(data.size()) - offset));
    return QString::fromUtf8(start, qsizetype(len));
}

template <typename Ehdr, typename Phdr, typename Dyn>
Result<ElfInfo> parse(const QString &path, const QByteArray &data, ElfInfo info) {
    const auto bad = [&](quint64 offset, const QString &why) {
        return fail(tr("read ELF file %1").arg(path), tr("at byte %1: %2").arg(offset).arg(why),
                    tr("the file is damaged or not a program for this machine"));
    };
    Ehdr eh{};
    if (!readAt(data, 0, eh))
        return bad(0, tr("header is truncated"));
    info.machine = eh.e_machine;
    QList<Phdr> loads;
    quint64 dynOffset = 0;
    quint64 dynSize = 0;
    for (int i = 0; i < eh.e_phnum; ++i) {
        const quint64 at = eh.e_phoff + quint64(i) * eh.e_phentsize;
        Phdr ph{};
        if (!readAt(data, at, ph))
            return bad(at, tr("program header %1 is truncated").arg(i));
        if (ph.p_type == PT_LOAD)
            loads.append(ph);
        else if (ph.p_type == PT_DYNAMIC) {
            dynOffset = ph.p_offset;
            dynSize = ph.p_filesz;
        } else if (ph.p_type == PT_INTERP)
            info.interpreter = cString(data, ph.p_offset);
    }
    if (dynSize == 0)
        return info; // statically linked
    const auto fileOffset = [&](quint64 vaddr) -> qint64 {
        for (const Phdr &l : loads)
            if (vaddr >= l.p_vaddr && vaddr < l.p_vaddr + l.p_filesz)
                return qint64(vaddr - l.p_vaddr + l.p_offset);
        return -1;
    };
    QList<quint64> needed;
    quint64 strtab = 0;
    qint64 runpath = -1;
    qint64 rpath = -1;
    for (quint64 at = dynOffset; at + sizeof(Dyn) <= dynOffset + dynSize; at += sizeof(Dyn)) {
        Dyn d{};
        if (!readAt(data, at, d))
            return bad(at, tr("dynamic section is truncated"));
        if (d.d_tag == DT_NULL)
            break;
        if (d.d_tag == DT_NEEDED)
            needed.append(d.d_un.d_val);
        else if (d.d_tag == DT_STRTAB)
            strtab = d.d_un.d_ptr;
        else if (d.d_tag == DT_RUNPATH)
            runpath = qint64(d.d_un.d_val);
        else if (d.d_tag == DT_RPATH)
            rpath = qint64(d.d_un.d_val);
    }
    const qint64 strOffset = fileOffset(strtab);
    if (strOffset < 0)
        return bad(dynOffset, tr("DT_STRTAB address %1 is outside the file").arg(strtab));
    for (quint64 n : needed)
        info.needed.append(cString(data, quint64(strOffset) + n));
    if (runpath >= 0)
        info.runpath =
            cString(data, quint64(strOffset + runpath)).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    if (rpath >= 0)
        info.rpath =
            cString(data, quint64(strOffset + rpath)).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return info;
}

QStringList ldConfDirs() {
    QStringList dirs;
    const QDir confDir(QStringLiteral("/etc/ld.so.conf.d"));
    for (const QString &name :
         confDir.entryList({QStringLiteral("*.conf")}, QDir::Files, QDir::Name)) {
        QFile f(confDir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).section(QLatin1Char('#'), 0, 0).trimmed();
            if (line.startsWith(QLatin1Char('/')))
                dirs.append(line);
        }
    }
    return dirs;
}

QStringList defaultDirs() {
    QStringList dirs = ldConfDirs();
    dirs << QStringLiteral("/lib/x86_64-linux-gnu") << QStringLiteral("/usr/lib/x86_64-linux-gnu")
         << QStringLiteral("/lib64") << QStringLiteral("/usr/lib64") << QStringLiteral("/lib")
         << QStringLiteral("/usr/lib");
    dirs.removeDuplicates();
    return dirs;
}

QStringList expandOrigin(const QStringList &dirs, const QString &object) {
    const QString origin = QFileInfo(object).absolutePath();
    QStringList out;
    for (QString d : dirs) {
        d.replace(QStringLiteral("${ORIGIN}"), origin).replace(QStringLiteral("$ORIGIN"), origin);
        out.append(d);
    }
    return out;
}

bool compatible(const QString &path, const ElfInfo &wanted) {
    auto info = readElf(path);
    return info && info->machine == wanted.machine && info->elfClass == wanted.elfClass;
}

} // namespace

Result<ElfInfo> readElf(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("read ELF file %1").arg(path), f.errorString(),
                    tr("check that the file exists and is readable"));
    const QByteArray data = f.readAll();
    if (data.size() < EI_NIDENT || std::memcmp(data.constData(), ELFMAG, SELFMAG) != 0)
        return fail(tr("read ELF file %1").arg(path), tr("at byte 0: not an ELF file"),
                    tr("give a program built for Linux"));
    ElfInfo info;
    info.elfClass = data.at(EI_CLASS);
    if (data.at(EI_DATA) != ELFDATA2LSB)
        return fail(tr("read ELF file %1").arg(path),
                    tr("at byte %1: not little-endian").arg(EI_DATA));
    if (info.elfClass == ELFCLASS64)
        return parse<Elf64_Ehdr, Elf64_Phdr, Elf64_Dyn>(path, data, info);
    if (info.elfClass == ELFCLASS32)
        return parse<Elf32_Ehdr, Elf32_Phdr, Elf32_Dyn>(path, data, info);
    return fail(tr("read ELF file %1").arg(path),
                tr("at byte %1: unknown ELF class %2").arg(EI_CLASS).arg(info.elfClass));
}

Result<LibraryClosure> libraryClosure(const QString &binary) {
    MLWB_ASSIGN_OR_RETURN(const ElfInfo root, readElf(binary));
    LibraryClosure closure;
    closure.interpreter = root.interpreter;
    if (!root.interpreter.isEmpty()) {
        const QFileInfo interp(root.interpreter);
        if (!interp.exists())
            return fail(tr("collect libraries of %1").arg(binary),
                        tr("its loader %1 is missing").arg(root.interpreter));
        closure.interpreterRealPath = interp.canonicalFilePath();
    }
    const QStringList envDirs =
        qEnvironmentVariable("LD_LIBRARY_PATH").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QStringList systemDirs = defaultDirs();

    struct Pending {
        QString soname;
        QString neededBy;
        QStringList searchFirst;    // RPATH chain
        QStringList searchAfterEnv; // RUNPATH of the object that needs it
    };
    QList<Pending> queue;
    const auto enqueue = [&](const ElfInfo &info, const QString &object,
                             QStringList inheritedRpath) {
        QStringList rpath = inheritedRpath;
        if (info.runpath.isEmpty())
            rpath = expandOrigin(info.rpath, object) + inheritedRpath;
        for (const QString &n : info.needed)
            queue.append({n, object, info.runpath.isEmpty() ? rpath : QStringList{},
                          expandOrigin(info.runpath, object)});
    };
    enqueue(root, binary, {});
    QSet<QString> seen;
    while (!queue.isEmpty()) {
        const Pending p = queue.takeFirst();
        if (seen.contains(p.soname))
            continue;
        seen.insert(p.soname);
        QString found;
        if (p.soname.contains(QLatin1Char('/'))) {
            found = p.soname;
        } else {
            for (const QStringList &dirs : {p.searchFirst, envDirs, p.searchAfterEnv, systemDirs}) {
                for (const QString &dir : dirs) {
                    const QString candidate = dir + QLatin1Char('/') + p.soname;
                    if (QFileInfo::exists(candidate) && compatible(candidate, root)) {
                        found = candidate;
                        break;
                    }
                }
                if (!found.isEmpty())
                    break;
            }
        }
        if (found.isEmpty())
            return fail(tr("collect libraries of %1").arg(binary),
                        tr("%1 (needed by %2) is not found").arg(p.soname, p.neededBy),
                        tr("install the package that provides it or add its folder to "
                           "LD_LIBRARY_PATH"));
        const QString real = QFileInfo(found).canonicalFilePath();
        if (real == closure.interpreterRealPath)
            continue; // ld-linux is already the interpreter
        closure.libraries.append({p.soname, QDir::cleanPath(found), real});
        MLWB_ASSIGN_OR_RETURN(const ElfInfo info, readElf(real));
        enqueue(info, found, p.searchFirst);
    }
    return closure;
}

} // namespace mlwb::deploy
