#include "chartexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWidget>

namespace mlwb::widgets::experiments {

namespace {
QString tr(const char *s) {
    return QCoreApplication::translate("mlwb", s);
}
} // namespace

Status exportPng(QWidget *view, const QString &path, double scale) {
    QImage image(view->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(view->palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        view->render(&painter);
    }
    if (!image.save(path, "PNG"))
        return fail(tr("export the chart to %1").arg(path), tr("the file could not be written"),
                    tr("choose a folder you can write to"));
    return {};
}

Status exportSvg(QWidget *view, const QString &path, const QString &title) {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(view->size());
    svg.setViewBox(QRect(QPoint(0, 0), view->size()));
    svg.setTitle(title);
    svg.setDescription(tr("Exported from ML Workbench"));
    QPainter painter;
    if (!painter.begin(&svg))
        return fail(tr("export the chart to %1").arg(path), tr("the file could not be written"),
                    tr("choose a folder you can write to"));
    view->render(&painter);
    painter.end();
    if (QFile f(path); !f.exists() || f.size() == 0)
        return fail(tr("export the chart to %1").arg(path), tr("nothing was written"),
                    tr("choose a folder you can write to"));
    return {};
}

} // namespace mlwb::widgets::experiments
