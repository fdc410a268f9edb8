#include "panels.h"

#include "mainwindow.h"

#include "datasets/datasetspanel.h"
#include "experiments/experimentspanel.h"

namespace mlwb::gui {

// A panel plugs in here with one line, after linking its library to mlwb_gui
// in CMakeLists.txt:  window.addPanel(new experiments::ExperimentsPanel);
void registerPanels(MainWindow &window) {
    window.addPanel(new widgets::experiments::ExperimentsPanel);
    window.addPanel(new widgets::datasets::DatasetsPanel);
}

} // namespace mlwb::gui
