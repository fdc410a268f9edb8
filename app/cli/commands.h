#pragma once

#include "command.h"

// One function per subcommand; each parses ctx.args itself and returns the
// process exit code.
namespace mlwb::cli {

int initCommand(CommandContext &ctx);
int runCommand(CommandContext &ctx);
int runsCommand(CommandContext &ctx);
int logCommand(CommandContext &ctx);
int artifactCommand(CommandContext &ctx);
int exportCommand(CommandContext &ctx);
int openCommand(CommandContext &ctx);
int importCommand(CommandContext &ctx);
int demoCommand(CommandContext &ctx);
int dataCommand(CommandContext &ctx);

} // namespace mlwb::cli
