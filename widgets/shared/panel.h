#pragma once

#include <QIcon>
#include <QList>
#include <QWidget>

class QAction;

namespace mlwb::widgets {

// One page of the main window (Experiments, Datasets, ...). The window lists
// registered panels in its sidebar, hands each the open project's root and
// offers panelActions() in the command palette. A panel owns its actions.
class Panel : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString panelId() const = 0; // stable, lowercase: "experiments"
    virtual QString title() const = 0;   // translated sidebar label
    virtual QIcon icon() const = 0;
    virtual QList<QAction *> panelActions() const;
    // The project root, or an empty string when the project is closed.
    virtual void setProject(const QString &root) = 0;

    // True while the panel loads the project's data for the first time; the
    // window waits for loadingChanged(false) before taking a screenshot.
    virtual bool isLoading() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
};

} // namespace mlwb::widgets
