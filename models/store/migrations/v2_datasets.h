#pragma once

// Schema version 2: datasets.
namespace mlwb::store::migrations {

inline constexpr char kDatasets[] = R"sql(
SELECT 1;
)sql";

} // namespace mlwb::store::migrations
