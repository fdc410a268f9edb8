#include "errorbanner.h"

#include "theme.h"

#include <QEvent>

namespace mlwb::widgets {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAutoFillBackground(true);
    setMargin(6);
    applyColors();
    hide();
}

void ErrorBanner::showText(const QString &text) {
    setText(text);
    setVisible(!text.isEmpty());
}

void ErrorBanner::changeEvent(QEvent *event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColors();
}

void ErrorBanner::applyColors() {
    m_applying = true;
    QPalette p = QPalette(); // the application's, so a theme change reaches it
    p.setColor(QPalette::Window, diffBackground(DiffTone::Removed, p));
    p.setColor(QPalette::WindowText, p.color(QPalette::Text));
    setPalette(p);
    m_applying = false;
}

} // namespace mlwb::widgets
