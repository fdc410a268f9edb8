#include "shared/iconprovider.h"
#include "shared/theme.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace mlwb::widgets;
using namespace Qt::StringLiterals;

class TestTheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void palettesAreDarkAndLight() {
        QVERIFY(darkPalette().color(QPalette::Window).lightness() < 80);
        QVERIFY(lightPalette().color(QPalette::Window).lightness() > 200);
        QVERIFY(isDark(darkPalette()));
        QVERIFY(!isDark(lightPalette()));
        // Text must stand out from its background in both.
        for (const QPalette &p : {darkPalette(), lightPalette()}) {
            const int contrast =
                std::abs(p.color(QPalette::Text).lightness() - p.color(QPalette::Base).lightness());
            QVERIFY2(contrast > 150, qPrintable(QString::number(contrast)));
        }
    }

    void modeNames_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("valid");
        QTest::newRow("system") << u"system"_s << int(ThemeMode::System) << true;
        QTest::newRow("light") << u"light"_s << int(ThemeMode::Light) << true;
        QTest::newRow("dark, any case") << u"DARK"_s << int(ThemeMode::Dark) << true;
        QTest::newRow("unknown") << u"sepia"_s << 0 << false;
    }
    void modeNames() {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QFETCH(bool, valid);
        const auto parsed = themeModeFromString(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(int(*parsed), mode);
            QVERIFY(themeModeFromString(toString(*parsed)) == parsed);
        }
    }

    void applyThemeSetsFusionAndPalette() {
        applyTheme(ThemeMode::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 darkPalette().color(QPalette::Window));
        QVERIFY(currentThemeMode() == ThemeMode::Dark);
        applyTheme(ThemeMode::Light);
        QCOMPARE(QApplication::palette().color(QPalette::Window),
                 lightPalette().color(QPalette::Window));
    }

    void iconsAreTintedWithWindowText_data() {
        QTest::addColumn<int>("mode");
        QTest::newRow("light") << int(ThemeMode::Light);
        QTest::newRow("dark") << int(ThemeMode::Dark);
    }
    void iconsAreTintedWithWindowText() {
        QFETCH(int, mode);
        applyTheme(ThemeMode(mode));
        const QColor text = QApplication::palette().color(QPalette::WindowText);
        for (const QString &name : {u"experiments"_s, u"datasets"_s, u"search"_s, u"app"_s}) {
            const QImage image = IconProvider::icon(name)
                                     .pixmap(QSize(32, 32))
                                     .toImage()
                                     .convertToFormat(QImage::Format_ARGB32);
            QCOMPARE(image.size(), QSize(32, 32));
            int opaque = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() == 255) {
                        ++opaque;
                        QCOMPARE(c.rgb(), text.rgb());
                    }
                }
            }
            QVERIFY2(opaque > 20, qPrintable(name + u" has too few painted pixels"_s));
        }
    }

    void disabledIconsUseTheDisabledColour() {
        applyTheme(ThemeMode::Dark);
        const QColor disabled =
            QApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
        const QImage image = IconProvider::icon(u"open"_s)
                                 .pixmap(QSize(24, 24), QIcon::Disabled)
                                 .toImage()
                                 .convertToFormat(QImage::Format_ARGB32);
        bool found = false;
        for (int y = 0; y < image.height() && !found; ++y) {
            for (int x = 0; x < image.width() && !found; ++x) {
                if (image.pixelColor(x, y).alpha() == 255) {
                    QCOMPARE(image.pixelColor(x, y).rgb(), disabled.rgb());
                    found = true;
                }
            }
        }
        QVERIFY(found);
    }

    void everyIconExists() {
        for (const char *name : {"app", "experiments", "datasets", "registry", "deploy", "monitor",
                                 "open", "new", "demo", "search", "settings"}) {
            QVERIFY2(QFile::exists(IconProvider::resourcePath(QString::fromLatin1(name))), name);
        }
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
