#pragma once

#include <QByteArray>

namespace mlwb::datasets {

// Appends `utf8` in double quotes, each quote inside doubled (the CSV way of quoting a cell).
inline void appendQuoted(QByteArray &out, const QByteArray &utf8) {
    out += '"';
    for (char c : utf8) {
        out += c;
        if (c == '"')
            out += '"';
    }
    out += '"';
}

} // namespace mlwb::datasets
