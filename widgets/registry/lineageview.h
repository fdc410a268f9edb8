#pragma once

#include "registry/lineage.h"

#include <QGraphicsView>
#include <QUrl>

#include <optional>

namespace mlwb::widgets::registry {

// Where a lineage node opens: mlwb://datasets/<name>/<version>,
// mlwb://experiments/run/<uuid>, mlwb://registry/<model>/<version>, mlwb://deploy/<id>.
QUrl lineageNodeLink(const mlwb::registry::Lineage &lineage,
                     const mlwb::registry::LineageNode &node);

// The lineage of a model version as a graph, in layers from left to right:
// dataset versions → run → model version → deployments. Nodes are coloured
// by kind from the palette; a click on a node emits linkActivated() with the
// link of its panel. The graph is fitted to the view.
class LineageView : public QGraphicsView {
    Q_OBJECT
public:
    explicit LineageView(QWidget *parent = nullptr);

    void setLineage(const mlwb::registry::Lineage &lineage);
    void clear(const QString &message = {});
    // Node labels and their links, in node order (tests and accessibility).
    QList<std::pair<QString, QUrl>> nodeLinks() const;
    // The centre of a node in view coordinates, or an invalid point.
    QPoint nodeCenter(const QString &label) const;

Q_SIGNALS:
    void linkActivated(const QUrl &link);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fit();

    std::optional<mlwb::registry::Lineage> m_lineage;
    QString m_message;
};

} // namespace mlwb::widgets::registry
