#pragma once

#include "core/error.h"

#include <QTest>

// Fails the test with the error's text unless `expr` (a Result or Status) succeeded.
#define QUERY_VERIFY_OK(expr)                                                                      \
    do {                                                                                           \
        const auto query_ok_r = (expr);                                                            \
        if (!query_ok_r)                                                                           \
            QFAIL(qPrintable(query_ok_r.error().toString()));                                      \
    } while (false)

// Declares `decl` from a Result, or fails the test with the error's text.
#define QUERY_ASSIGN_OR_FAIL(decl, expr)                                                           \
    auto MLWB_CONCAT(query_r_, __LINE__) = (expr);                                                 \
    if (!MLWB_CONCAT(query_r_, __LINE__))                                                          \
        QFAIL(qPrintable(MLWB_CONCAT(query_r_, __LINE__).error().toString()));                     \
    decl = std::move(*MLWB_CONCAT(query_r_, __LINE__))
