#include "panel.h"

namespace mlwb::widgets {

QList<QAction *> Panel::panelActions() const {
    return {};
}

bool Panel::isLoading() const {
    return false;
}

bool Panel::openLink(const QUrl &) {
    return false;
}

} // namespace mlwb::widgets
