#include "panels.h"

#include "mainwindow.h"

#include "experiments/experimentspanel.h"

namespace mlwb::gui {

// A panel plugs in here with one line, after linking its library to mlwb_gui
// in CMakeLists.txt:  window.addPanel(new experiments::ExperimentsPanel);
void registerPanels(MainWindow &window) {
    window.addPanel(new widgets::experiments::ExperimentsPanel);
}

} // namespace mlwb::gui
