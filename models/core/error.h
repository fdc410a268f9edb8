#pragma once

#include <QString>

#include <expected>

namespace mlwb {

// What failed, why, and what the user can do about it. Library messages
// (sqlite3, libgit2, OpenCV) are copied into `why` on the failing thread.
struct Error {
    QString what;
    QString why;
    QString hint;

    // "what: why (hint)" on one line, for logs and the command line.
    QString toString() const;
};

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(QString what, QString why, QString hint = {}) {
    return std::unexpected(Error{std::move(what), std::move(why), std::move(hint)});
}

// Prefixes the `what` of an error with context: "import run X: open file Y".
inline Error withContext(Error e, const QString &context) {
    e.what = context + QStringLiteral(": ") + e.what;
    return e;
}

} // namespace mlwb

// Propagates an error out of a function returning Result/Status.
#define MLWB_TRY(expr)                                                                             \
    do {                                                                                           \
        if (auto mlwb_try_r = (expr); !mlwb_try_r)                                                 \
            return std::unexpected(std::move(mlwb_try_r.error()));                                 \
    } while (false)

#define MLWB_CONCAT_INNER(a, b) a##b
#define MLWB_CONCAT(a, b) MLWB_CONCAT_INNER(a, b)
// Declares `decl` from the value of a Result, or returns its error.
#define MLWB_ASSIGN_OR_RETURN(decl, expr)                                                          \
    MLWB_ASSIGN_OR_RETURN_IMPL(MLWB_CONCAT(mlwb_r_, __COUNTER__), decl, expr)
#define MLWB_ASSIGN_OR_RETURN_IMPL(tmp, decl, expr)                                                \
    auto tmp = (expr);                                                                             \
    if (!tmp)                                                                                      \
        return std::unexpected(std::move(tmp.error()));                                            \
    decl = std::move(*tmp)
