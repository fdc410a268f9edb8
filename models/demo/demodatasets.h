#pragma once

#include "core/error.h"

#include <QStringList>

namespace mlwb {
class Project;
}

namespace mlwb::demo {

// Adds two datasets to the demo project, each version snapshotted and its
// pointer file committed in a commit of its own (`now`: unix seconds the demo
// history ends at):
//  - data/customers.csv, three versions: rows added, removed and edited; then
//    a column added and the income distribution shifted;
//  - data/shapes/ (64×64 PNGs in class folders), two versions: images added,
//    removed and edited.
// The run `runId` is recorded as having read customers version 2. Returns the
// ids of the commits, oldest first.
Result<QStringList> writeDemoDatasets(Project &project, double now, qint64 runId);

} // namespace mlwb::demo
