#include "queryattributes.h"

namespace mlwb::tracking {

namespace {

using namespace Qt::StringLiterals;
using T = QueryAttribute::Type;

const QueryAttribute kAttributes[] = {
    {"status"_L1, T::Text, "r.status"_L1},
    {"name"_L1, T::Text, "r.name"_L1},
    {"experiment"_L1, T::Text, "(SELECT e.name FROM experiments e WHERE e.id = r.experiment_id)"_L1,
     "r.experiment_id"_L1, "experiments"_L1, "name"_L1},
    {"run_id"_L1, T::Text, "r.uuid"_L1},
    {"start_time"_L1, T::Time, "r.start_time"_L1},
    {"end_time"_L1, T::Time, "r.end_time"_L1},
    {"duration"_L1, T::Number, "(r.end_time - r.start_time)"_L1},
    {"exit_code"_L1, T::Number, "r.exit_code"_L1},
    {"host"_L1, T::Text, "NULLIF(r.host, '')"_L1},
    {"git_commit"_L1, T::Text, "NULLIF(r.git_commit, '')"_L1},
    {"parent"_L1, T::Text, "(SELECT p.uuid FROM runs p WHERE p.id = r.parent_id)"_L1,
     "r.parent_id"_L1, "runs"_L1, "uuid"_L1},
};

} // namespace

std::span<const QueryAttribute> queryAttributeTable() {
    return kAttributes;
}

const QueryAttribute *findQueryAttribute(const QString &name) {
    for (const QueryAttribute &a : kAttributes) {
        if (name.compare(a.name, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

} // namespace mlwb::tracking
