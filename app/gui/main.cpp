#include "mainwindow.h"
#include "panels.h"
#include "recentprojects.h"

#include "shared/panel.h"
#include "shared/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QUrl>

#include <cstdio>

namespace {

// German when the locale is German, or when MLWB_LANG=de forces it
// (MLWB_LANG=en forces English).
void installTranslations(QApplication &app) {
    const QString forced = qEnvironmentVariable("MLWB_LANG");
    const bool german = forced.isEmpty() ? QLocale().language() == QLocale::German
                                         : forced.startsWith(QLatin1String("de"));
    if (!german)
        return;
    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/mlwb_de.qm")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(QLocale::German), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int failWith(const QString &message) {
    std::fprintf(stderr, "mlwb-gui: %s\n", qUtf8Printable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ML Workbench"));
    QApplication::setOrganizationName(QStringLiteral("mlwb"));
    QApplication::setApplicationVersion(QStringLiteral(MLWB_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("mlwb"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("mlwb", "ML Workbench: local experiment tracking and MLOps."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("DIR"),
        QCoreApplication::translate("mlwb", "The project to open; the last one when left out."),
        QStringLiteral("[DIR]"));
    const QCommandLineOption panelOption(QStringLiteral("panel"),
                                         QCoreApplication::translate("mlwb", "Show this panel."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "mlwb",
            "Render the window at 1440x900 once the project loaded, save it as PNG and quit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("mlwb", "Colour theme: light, dark or system."),
        QStringLiteral("THEME"));
    const QCommandLineOption linkOption(
        QStringLiteral("link"),
        QCoreApplication::translate(
            "mlwb", "Show this object once the project is open, e.g. mlwb://experiments/charts."),
        QStringLiteral("URL"));
    parser.addOptions({panelOption, screenshotOption, themeOption, linkOption});
    parser.process(app);

    using namespace mlwb;
    widgets::rememberPlatformPalette();
    widgets::ThemeMode theme = widgets::themeModeFromString(widgets::themeSetting.get())
                                   .value_or(widgets::ThemeMode::System);
    if (parser.isSet(themeOption)) {
        auto forced = widgets::themeModeFromString(parser.value(themeOption));
        if (!forced)
            return failWith(QCoreApplication::translate(
                                "mlwb", "unknown theme \"%1\"; use light, dark or system")
                                .arg(parser.value(themeOption)));
        theme = *forced;
    }
    widgets::applyTheme(theme);

    gui::MainWindow window;
    gui::registerPanels(window);
    const QString screenshot = parser.value(screenshotOption);
    if (screenshot.isEmpty())
        window.restoreState();
    else
        window.resize(1440, 900);

    if (parser.isSet(panelOption) && !window.showPanel(parser.value(panelOption))) {
        QStringList ids;
        for (const widgets::Panel *panel : window.panels())
            ids << panel->panelId();
        const QString message =
            QCoreApplication::translate("mlwb", "no panel \"%1\"; panels: %2")
                .arg(parser.value(panelOption),
                     ids.isEmpty() ? QCoreApplication::translate("mlwb", "none yet")
                                   : ids.join(u", "));
        if (!screenshot.isEmpty())
            return failWith(message);
        std::fprintf(stderr, "mlwb-gui: %s\n", qUtf8Printable(message));
    }

    QString dir = parser.positionalArguments().value(0);
    if (dir.isEmpty())
        dir = window.recentProjects()->mostRecentExisting();

    if (!screenshot.isEmpty()) {
        const auto save = [&window, screenshot] {
            if (!window.grab().save(screenshot, "PNG")) {
                QCoreApplication::exit(failWith(
                    QCoreApplication::translate("mlwb", "could not write %1").arg(screenshot)));
                return;
            }
            QCoreApplication::exit(0);
        };
        if (dir.isEmpty()) {
            QMetaObject::invokeMethod(&window, save, Qt::QueuedConnection);
        } else {
            QObject::connect(&window, &gui::MainWindow::loadingFinished, &window, [&window, save] {
                // After the panels' queued layout and paint requests, unless a panel
                // started loading again meanwhile (its next loadingFinished comes).
                QMetaObject::invokeMethod(
                    &window,
                    [&window, save] {
                        if (!window.isLoading())
                            save();
                    },
                    Qt::QueuedConnection);
            });
            QObject::connect(
                &window, &gui::MainWindow::projectOpenFailed, &window,
                [](const Error &error) { QCoreApplication::exit(failWith(error.toString())); });
        }
    }

    if (parser.isSet(linkOption)) {
        QObject::connect(
            &window, &gui::MainWindow::projectOpened, &window,
            [&window, link = QUrl(parser.value(linkOption))] { window.openLink(link); },
            Qt::SingleShotConnection);
    }

    window.show();
    if (!dir.isEmpty())
        window.openProject(dir);
    return QApplication::exec();
}
