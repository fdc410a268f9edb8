#include "lineageview.h"

#include "shared/theme.h"

#include <QEvent>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QMouseEvent>
#include <QPainterPath>

namespace mlwb::widgets::registry {

using mlwb::registry::Lineage;
using mlwb::registry::LineageNode;
using Kind = LineageNode::Kind;

namespace {

constexpr qreal kNodeWidth = 190;
constexpr qreal kNodeHeight = 52;
constexpr qreal kLayerGap = 90;
constexpr qreal kRowGap = 22;
constexpr int kLinkKey = 0;
constexpr int kLabelKey = 1;

int layerOf(Kind kind) {
    switch (kind) {
    case Kind::DatasetVersion:
        return 0;
    case Kind::Run:
        return 1;
    case Kind::ModelVersion:
        return 2;
    case Kind::Deployment:
        return 3;
    }
    return 0;
}

double hueOf(Kind kind) {
    switch (kind) {
    case Kind::DatasetVersion:
        return 0.33;
    case Kind::Run:
        return 0.58;
    case Kind::ModelVersion:
        return 0.78;
    case Kind::Deployment:
        return 0.08;
    }
    return 0;
}

QString kindText(Kind kind) {
    switch (kind) {
    case Kind::DatasetVersion:
        return LineageView::tr("DATASET");
    case Kind::Run:
        return LineageView::tr("RUN");
    case Kind::ModelVersion:
        return LineageView::tr("MODEL VERSION");
    case Kind::Deployment:
        return LineageView::tr("DEPLOYMENT");
    }
    return {};
}

QUrl link(const QString &host, const QStringList &parts) {
    QUrl url;
    url.setScheme(QStringLiteral("mlwb"));
    url.setHost(host);
    url.setPath(QLatin1Char('/') + parts.join(QLatin1Char('/')));
    return url;
}

QString elided(const QString &text, const QFont &font, qreal width) {
    return QFontMetricsF(font).elidedText(text, Qt::ElideMiddle, width);
}

} // namespace

QUrl lineageNodeLink(const Lineage &lineage, const LineageNode &node) {
    switch (node.kind) {
    case Kind::DatasetVersion:
        for (const auto &d : lineage.datasets) {
            if (d.versionId == node.id)
                return link(QStringLiteral("datasets"), {d.dataset, QString::number(d.number)});
        }
        return {};
    case Kind::Run:
        return lineage.run
                   ? link(QStringLiteral("experiments"), {QStringLiteral("run"), lineage.run->uuid})
                   : QUrl();
    case Kind::ModelVersion:
        return link(QStringLiteral("registry"),
                    {lineage.version.model, QString::number(lineage.version.version)});
    case Kind::Deployment:
        return link(QStringLiteral("deploy"), {QString::number(node.id)});
    }
    return {};
}

LineageView::LineageView(QWidget *parent)
    : QGraphicsView(parent) {
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Lineage graph"));
    setToolTip(tr("Click a node to open it in its panel"));
}

void LineageView::setLineage(const Lineage &lineage) {
    m_lineage = lineage;
    m_message.clear();
    rebuild();
}

void LineageView::clear(const QString &message) {
    m_lineage.reset();
    m_message = message;
    rebuild();
}

QList<std::pair<QString, QUrl>> LineageView::nodeLinks() const {
    QList<std::pair<QString, QUrl>> links;
    if (!m_lineage)
        return links;
    for (const LineageNode &node : m_lineage->nodes)
        links.append({node.label, lineageNodeLink(*m_lineage, node)});
    return links;
}

QPoint LineageView::nodeCenter(const QString &label) const {
    for (QGraphicsItem *item : scene()->items()) {
        if (item->data(kLabelKey).toString() == label)
            return mapFromScene(item->sceneBoundingRect().center());
    }
    return {};
}

void LineageView::rebuild() {
    scene()->clear();
    const QPalette pal = palette();
    setBackgroundBrush(pal.color(QPalette::Base));
    if (!m_lineage) {
        auto *text = scene()->addSimpleText(m_message);
        text->setBrush(pal.color(QPalette::PlaceholderText));
        scene()->setSceneRect(text->boundingRect().adjusted(-20, -20, 20, 20));
        fit();
        return;
    }
    // Nodes in columns by kind, each column centred vertically.
    QList<QList<int>> layers(4);
    for (int i = 0; i < m_lineage->nodes.size(); ++i)
        layers[layerOf(m_lineage->nodes[i].kind)].append(i);
    qsizetype tallest = 1;
    for (const auto &layer : layers)
        tallest = std::max(tallest, layer.size());
    const qreal totalHeight = tallest * kNodeHeight + (tallest - 1) * kRowGap;
    QHash<int, QRectF> rects;
    int column = 0;
    for (const auto &layer : layers) {
        if (layer.isEmpty())
            continue;
        const qreal h = layer.size() * kNodeHeight + (layer.size() - 1) * kRowGap;
        qreal y = (totalHeight - h) / 2;
        for (int i : layer) {
            rects.insert(i, QRectF(column * (kNodeWidth + kLayerGap), y, kNodeWidth, kNodeHeight));
            y += kNodeHeight + kRowGap;
        }
        ++column;
    }

    const QColor edgeColor = pal.color(QPalette::Mid);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (const auto &edge : m_lineage->edges) {
        const QRectF a = rects.value(edge.from), b = rects.value(edge.to);
        const QPointF p1(a.right(), a.center().y()), p2(b.left(), b.center().y());
        QPainterPath path(p1);
        const qreal dx = (p2.x() - p1.x()) / 2;
        path.cubicTo(p1 + QPointF(dx, 0), p2 - QPointF(dx, 0), p2);
        scene()->addPath(path, QPen(edgeColor, 1.5));
        QPolygonF arrow{p2, p2 + QPointF(-8, -4), p2 + QPointF(-8, 4)};
        scene()->addPolygon(arrow, QPen(edgeColor), edgeColor);
        if (!edge.label.isEmpty()) {
            auto *label = scene()->addSimpleText(edge.label, small);
            label->setBrush(pal.color(QPalette::PlaceholderText));
            const QRectF lr = label->boundingRect();
            label->setPos((p1.x() + p2.x() - lr.width()) / 2,
                          (p1.y() + p2.y()) / 2 - lr.height() - 2);
        }
    }

    QFont bold = font();
    bold.setBold(true);
    for (int i = 0; i < m_lineage->nodes.size(); ++i) {
        const LineageNode &node = m_lineage->nodes[i];
        const QRectF r = rects.value(i);
        const QColor accent = accentWithHue(pal, hueOf(node.kind));
        QColor fill = accent;
        fill.setAlphaF(isDark(pal) ? 0.25 : 0.12);
        QPainterPath shape;
        shape.addRoundedRect(r, 8, 8);
        auto *box = scene()->addPath(
            shape, QPen(accent, node.kind == Kind::ModelVersion ? 2.5 : 1.5), fill);
        const QUrl url = lineageNodeLink(*m_lineage, node);
        box->setData(kLinkKey, url);
        box->setData(kLabelKey, node.label);
        box->setCursor(url.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        box->setToolTip(url.isEmpty() ? node.label : tr("Open %1").arg(url.toString()));
        auto *kind = new QGraphicsSimpleTextItem(kindText(node.kind), box);
        kind->setFont(small);
        kind->setBrush(accent);
        kind->setPos(r.left() + 10, r.top() + 4);
        auto *label = new QGraphicsSimpleTextItem(elided(node.label, bold, kNodeWidth - 20), box);
        label->setFont(bold);
        label->setBrush(pal.color(QPalette::Text));
        label->setPos(r.left() + 10, r.top() + 4 + QFontMetricsF(small).height());
        auto *detail =
            new QGraphicsSimpleTextItem(elided(node.detail, small, kNodeWidth - 20), box);
        detail->setFont(small);
        detail->setBrush(pal.color(QPalette::PlaceholderText));
        detail->setPos(r.left() + 10, label->pos().y() + QFontMetricsF(bold).height());
        for (QGraphicsItem *child : box->childItems())
            child->setAcceptedMouseButtons(Qt::NoButton);
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-24, -24, 24, 24));
    fit();
}

void LineageView::fit() {
    const QRectF r = sceneRect();
    if (r.isEmpty())
        return;
    resetTransform();
    // Fit, but never blow small graphs up beyond their natural size.
    const qreal s =
        std::min({1.25, viewport()->width() / r.width(), viewport()->height() / r.height()});
    scale(s, s);
    centerOn(r.center());
}

void LineageView::resizeEvent(QResizeEvent *event) {
    QGraphicsView::resizeEvent(event);
    fit();
}

void LineageView::changeEvent(QEvent *event) {
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void LineageView::mousePressEvent(QMouseEvent *event) {
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem *item : items(event->position().toPoint())) {
            const QUrl url = item->data(kLinkKey).toUrl();
            if (!url.isEmpty()) {
                Q_EMIT linkActivated(url);
                return;
            }
        }
    }
    QGraphicsView::mousePressEvent(event);
}

} // namespace mlwb::widgets::registry
