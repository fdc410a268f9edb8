#pragma once

#include "core/error.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mlwb::deploy {

// What the dynamic loader needs to know about one ELF file.
struct ElfInfo {
    int elfClass = 0;    // ELFCLASS64 / ELFCLASS32
    int machine = 0;     // e_machine
    QString interpreter; // PT_INTERP, empty for shared libraries
    QStringList needed;  // DT_NEEDED in order
    QStringList runpath; // DT_RUNPATH split at ':'
    QStringList rpath;   // DT_RPATH split at ':'
};

// Reads the headers and dynamic section; errors name the file and byte offset.
Result<ElfInfo> readElf(const QString &path);

struct ResolvedLibrary {
    QString soname;
    QString path;     // where the loader finds it (kept in the image)
    QString realPath; // the file behind the symlinks
};

struct LibraryClosure {
    QString interpreter;         // as named in PT_INTERP
    QString interpreterRealPath; // the file behind the symlinks
    QList<ResolvedLibrary> libraries;
};

// Every shared library `binary` loads, resolved like ld.so does: RPATH (when
// there is no RUNPATH), LD_LIBRARY_PATH, RUNPATH ($ORIGIN expanded), the
// directories of /etc/ld.so.conf.d and the standard multiarch folders.
Result<LibraryClosure> libraryClosure(const QString &binary);

} // namespace mlwb::deploy
