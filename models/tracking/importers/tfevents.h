#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace mlwb::tracking::importers {

struct ScalarEvent {
    QString tag;
    qint64 step = 0;
    double wallTime = 0; // unix seconds
    double value = 0;
};

// Decodes one tensorflow.Event record and returns its scalars: TF1
// `simple_value`s and TF2 rank-0 numeric tensors. Graphs, images, histograms
// and other plugins' tensors are skipped. An error says which field is malformed.
Result<QList<ScalarEvent>> decodeScalarEvents(QByteArrayView event);

} // namespace mlwb::tracking::importers
