#include "panels.h"

#include "mainwindow.h"

#include "datasets/datasetspanel.h"
#include "deploy/deploypanel.h"
#include "experiments/experimentspanel.h"
#include "registry/registrypanel.h"

namespace mlwb::gui {

// A panel plugs in here with one line, after linking its library to mlwb_gui
// in CMakeLists.txt:  window.addPanel(new experiments::ExperimentsPanel);
void registerPanels(MainWindow &window) {
    window.addPanel(new widgets::experiments::ExperimentsPanel);
    window.addPanel(new widgets::datasets::DatasetsPanel);
    window.addPanel(new widgets::registry::RegistryPanel);
    window.addPanel(new widgets::deploy::DeployPanel);
}

} // namespace mlwb::gui
