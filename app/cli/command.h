#pragma once

#include "core/error.h"
#include "project/project.h"
#include "store/contentstore.h"
#include "tracking/runtypes.h"
#include "tracking/trackingstore.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace mlwb::cli {

// Exit codes of every command.
enum ExitCode { ExitOk = 0, ExitDifferent = 1, ExitError = 2 };

QString tr(const char *s);

// What a subcommand gets: its arguments (without the command name) and the
// global --project value.
struct CommandContext {
    QString command;    // e.g. "run" or "artifact add"
    QStringList args;   // the arguments after the command name
    QString projectDir; // --project DIR, empty for "current folder upward"
    QTextStream &out;
    QTextStream &err;
};

// A QCommandLineParser with --help and --project already added.
class CommandParser {
public:
    CommandParser(CommandContext &ctx, QString synopsis, QString description);

    QCommandLineParser &parser() { return m_parser; }
    void addOption(const QCommandLineOption &option) { m_parser.addOption(option); }
    // Adds --run ID (a run's id or an unambiguous prefix); parse() then requires it.
    void addRunOption();
    // Parses ctx.args. Returns an exit code when the command should stop here
    // (help printed: 0, bad usage printed: 2).
    std::optional<int> parse();
    void printHelp();

private:
    CommandContext &m_ctx;
    QString m_synopsis;
    QCommandLineParser m_parser;
    bool m_requiresRun = false;
};

// Prints "mlwb: <error>" to stderr and returns ExitError.
int report(CommandContext &ctx, const Error &error);
// Prints "mlwb: <command>: <message>" and a pointer to --help; returns ExitError.
int usage(CommandContext &ctx, const QString &message);

Result<Project> openProject(const CommandContext &ctx);
// A run by its full uuid or an unambiguous prefix of it.
Result<tracking::Run> findRun(tracking::TrackingStore &store, const QString &idOrPrefix);

// The project, its tracking store and the run a command works on.
struct RunTarget {
    explicit RunTarget(Project p)
        : project(std::move(p))
        , store(project.db()) {}

    Project project;
    tracking::TrackingStore store; // works on project.db()
    tracking::Run run;
};
// Opens the project and finds the run named by --run (see CommandParser::addRunOption()).
Result<std::unique_ptr<RunTarget>> openRun(const CommandContext &ctx,
                                           const QCommandLineParser &args);

// Copies the file at `path` into the project's content store and records it as
// artifact `name` of the run.
Result<store::ContentStore::Stored> storeArtifact(Project &project, tracking::TrackingStore &store,
                                                  qint64 runId, const QString &path,
                                                  const QString &name);

// Splits "key=value"; the error names the argument.
Result<std::pair<QString, QString>> splitAssignment(const QString &text, const QString &option);

} // namespace mlwb::cli
