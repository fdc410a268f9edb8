#pragma once

namespace mlwb::gui {

class MainWindow;

// Adds every panel to the window, in sidebar order.
void registerPanels(MainWindow &window);

} // namespace mlwb::gui
