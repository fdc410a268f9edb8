#pragma once

#include <QIcon>
#include <QList>
#include <QUrl>
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

    // Shows the object a link names, e.g. mlwb://experiments/run/<uuid>,
    // mlwb://datasets/<name>/<version>, mlwb://registry/<model>/<version>,
    // mlwb://deploy/<id>. The host is the panel id; returns false when the
    // panel does not know the object.
    virtual bool openLink(const QUrl &link);

Q_SIGNALS:
    void loadingChanged(bool loading);
    // Asks the window to show another panel's object (see openLink()).
    void linkActivated(const QUrl &link);
};

} // namespace mlwb::widgets
