#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <array>

using namespace mlwb::cli;

namespace {

struct CommandEntry {
    const char *name;
    const char *summary;
    int (*run)(CommandContext &);
};

constexpr std::array commands{
    CommandEntry{"init", QT_TRANSLATE_NOOP("mlwb", "Make a folder a project"), initCommand},
    CommandEntry{"run", QT_TRANSLATE_NOOP("mlwb", "Run a command as a tracked run"), runCommand},
    CommandEntry{"runs", QT_TRANSLATE_NOOP("mlwb", "List and filter runs"), runsCommand},
    CommandEntry{"log", QT_TRANSLATE_NOOP("mlwb", "Add metrics, params, tags, notes to a run"),
                 logCommand},
    CommandEntry{"artifact", QT_TRANSLATE_NOOP("mlwb", "Store or fetch a run's files"),
                 artifactCommand},
    CommandEntry{"export", QT_TRANSLATE_NOOP("mlwb", "Write runs as JSON or CSV"), exportCommand},
    CommandEntry{"import", QT_TRANSLATE_NOOP("mlwb", "Import MLflow or TensorBoard runs"),
                 importCommand},
    CommandEntry{"data", QT_TRANSLATE_NOOP("mlwb", "Compare tables (CSV, TSV, JSONL)"),
                 dataCommand},
    CommandEntry{"open", QT_TRANSLATE_NOOP("mlwb", "Open a project in the window"), openCommand},
    CommandEntry{"demo", QT_TRANSLATE_NOOP("mlwb", "Create an example project"), demoCommand},
    CommandEntry{"model", QT_TRANSLATE_NOOP("mlwb", "Register models, versions and aliases"),
                 modelCommand},
    CommandEntry{"gate", QT_TRANSLATE_NOOP("mlwb", "Check a model version against its gates"),
                 gateCommand},
    CommandEntry{"deploy", QT_TRANSLATE_NOOP("mlwb", "Serve a model version on a local endpoint"),
                 deployCommand},
};

void printOverview(QTextStream &out) {
    out << tr("Usage: mlwb [--project DIR] COMMAND [options]") << "\n\n"
        << tr("ML Workbench: experiment tracking in a git repository.") << "\n"
        << tr("Without a command the window opens on the last project.") << "\n\n"
        << tr("Commands:") << '\n';
    for (const CommandEntry &c : commands)
        out << "  " << QString::fromLatin1(c.name).leftJustified(10) << tr(c.summary) << '\n';
    out << '\n' << tr("Run `mlwb COMMAND --help` for a command's options.") << '\n';
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mlwb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MLWB_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString projectDir;
    while (!args.isEmpty()) {
        if (args.first() == QStringLiteral("--project") && args.size() >= 2) {
            projectDir = args.at(1);
            args.remove(0, 2);
        } else if (args.first().startsWith(QStringLiteral("--project="))) {
            projectDir = args.takeFirst().mid(10);
        } else {
            break;
        }
    }
    if (args.isEmpty()) {
        CommandContext ctx{QStringLiteral("open"), {}, projectDir, out, err};
        return openCommand(ctx);
    }
    const QString name = args.takeFirst();
    if (name == QStringLiteral("--help") || name == QStringLiteral("-h") ||
        name == QStringLiteral("help")) {
        printOverview(out);
        return ExitOk;
    }
    if (name == QStringLiteral("--version")) {
        out << "mlwb " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    for (const CommandEntry &c : commands) {
        if (name == QLatin1String(c.name)) {
            CommandContext ctx{name, args, projectDir, out, err};
            const int rc = c.run(ctx);
            out.flush();
            err.flush();
            return rc;
        }
    }
    err << "mlwb: " << tr("unknown command '%1'").arg(name) << '\n';
    printOverview(err);
    return ExitError;
}
