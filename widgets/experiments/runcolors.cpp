#include "runcolors.h"

#include "shared/theme.h"

namespace mlwb::widgets::experiments {

QColor statusColor(tracking::RunStatus status, const QPalette &palette) {
    switch (status) {
    case tracking::RunStatus::Running:
        return widgets::statusColor(StatusTone::Running, palette);
    case tracking::RunStatus::Finished:
        return widgets::statusColor(StatusTone::Finished, palette);
    case tracking::RunStatus::Failed:
        return widgets::statusColor(StatusTone::Failed, palette);
    case tracking::RunStatus::Killed:
        return widgets::statusColor(StatusTone::Killed, palette);
    }
    return palette.color(QPalette::Text);
}

QColor runColor(qint64 runId, const QPalette &palette) {
    // Golden-ratio hue steps keep neighbouring ids far apart on the wheel.
    return accentWithHue(palette, 0.58 + double(runId) * 0.618033988749895);
}

QColor diffAddedBackground(const QPalette &palette) {
    return diffBackground(DiffTone::Added, palette);
}

QColor diffRemovedBackground(const QPalette &palette) {
    return diffBackground(DiffTone::Removed, palette);
}

} // namespace mlwb::widgets::experiments
