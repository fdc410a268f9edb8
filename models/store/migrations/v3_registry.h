#pragma once

// Schema version 3: registry.
namespace mlwb::store::migrations {

inline constexpr char kRegistry[] = R"sql(
SELECT 1;
)sql";

} // namespace mlwb::store::migrations
