#include "error.h"

namespace mlwb {

QString Error::toString() const {
    QString s = what;
    if (!why.isEmpty())
        s += QStringLiteral(": ") + why;
    if (!hint.isEmpty())
        s += QStringLiteral(" (") + hint + QLatin1Char(')');
    return s;
}

} // namespace mlwb
