#pragma once

// Schema version 4: deploy.
namespace mlwb::store::migrations {

inline constexpr char kDeploy[] = R"sql(
SELECT 1;
)sql";

} // namespace mlwb::store::migrations
