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
int modelCommand(CommandContext &ctx);
int gateCommand(CommandContext &ctx);
int deployCommand(CommandContext &ctx);
// `data add|checkout|ls|versions`: dataset snapshots (datasetcommand.cpp).
int dataVersionsCommand(CommandContext &ctx, const QString &sub);
// `data profile`, `data drift`, and `data diff` of two images or two image folders.
int dataProfileCommand(CommandContext &ctx);
int dataDriftCommand(CommandContext &ctx);
int dataImageDiffCommand(CommandContext &ctx);
bool isImageDiff(const QStringList &args); // two image files or two folders

} // namespace mlwb::cli
