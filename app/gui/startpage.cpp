#include "startpage.h"

#include "recentprojects.h"
#include "shared/iconprovider.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace mlwb::gui {

namespace {

// Two lines per project: the name (and "missing") above, the path and when it
// was last opened below, muted.
class RecentProjectDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        opt.icon = QIcon();
        const QWidget *w = opt.widget;
        w->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);

        const bool missing = index.data(RecentProjectsModel::MissingRole).toBool();
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = missing ? QPalette::Disabled : QPalette::Active;
        const QColor main =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted =
            selected
                ? main
                : opt.palette.color(group, missing ? QPalette::Text : QPalette::PlaceholderText);

        painter->save();
        const QRect r = opt.rect.adjusted(12, 6, -12, -6);
        const int lineHeight = r.height() / 2;
        QFont nameFont = opt.font;
        nameFont.setBold(true);
        painter->setFont(nameFont);
        painter->setPen(main);
        QString name = index.data(RecentProjectsModel::NameRole).toString();
        if (missing)
            name += QStringLiteral("  \u2014  ") + QCoreApplication::translate("mlwb", "missing");
        painter->drawText(QRect(r.left(), r.top(), r.width(), lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, name);

        painter->setFont(opt.font);
        painter->setPen(muted);
        const QDateTime when = index.data(RecentProjectsModel::LastOpenedRole).toDateTime();
        const QString whenText = when.isValid()
                                     ? QCoreApplication::translate("mlwb", "last opened %1")
                                           .arg(QLocale().toString(when, QLocale::ShortFormat))
                                     : QString();
        const QRect second(r.left(), r.top() + lineHeight, r.width(), lineHeight);
        const int whenWidth = opt.fontMetrics.horizontalAdvance(whenText);
        painter->drawText(second, Qt::AlignRight | Qt::AlignVCenter, whenText);
        const QString path =
            opt.fontMetrics.elidedText(index.data(RecentProjectsModel::PathRole).toString(),
                                       Qt::ElideMiddle, second.width() - whenWidth - 24);
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter, path);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override {
        return {option.rect.width(), 2 * option.fontMetrics.height() + 20};
    }
};

} // namespace

StartPage::StartPage(RecentProjectsModel *recent, const QList<QAction *> &actions, QWidget *parent)
    : QWidget(parent)
    , m_recent(recent)
    , m_recentView(new QListView(this))
    , m_emptyLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("startPage"));

    auto *logo = new QLabel(this);
    logo->setPixmap(widgets::IconProvider::icon(QStringLiteral("app")).pixmap(48, 48));
    auto *title = new QLabel(tr("ML Workbench"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(
        tr("Track experiments, datasets and models of your local machine-learning projects."),
        this);
    subtitle->setForegroundRole(QPalette::PlaceholderText);
    subtitle->setWordWrap(true);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(16);
    heading->addWidget(logo, 0, Qt::AlignTop);
    auto *headingText = new QVBoxLayout;
    headingText->setSpacing(4);
    headingText->addWidget(title);
    headingText->addWidget(subtitle);
    heading->addLayout(headingText, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->icon(), action->text().remove(u'&'), this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setIconSize(QSize(18, 18));
        button->setMinimumHeight(34);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto *recentTitle = new QLabel(tr("Recent projects"), this);
    QFont sectionFont = recentTitle->font();
    sectionFont.setWeight(QFont::DemiBold);
    recentTitle->setFont(sectionFont);

    m_recentView->setObjectName(QStringLiteral("recentProjects"));
    m_recentView->setModel(recent);
    m_recentView->setItemDelegate(new RecentProjectDelegate(m_recentView));
    m_recentView->setUniformItemSizes(true);
    m_recentView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows sit on the page itself, so a short list leaves no empty box below.
    m_recentView->setFrameShape(QFrame::NoFrame);
    m_recentView->viewport()->setAutoFillBackground(false);
    m_recentView->setToolTip(tr("Double-click or press Enter to open a project"));
    connect(m_recentView, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(RecentProjectsModel::PathRole).toString());
    });

    m_emptyLabel->setObjectName(QStringLiteral("recentProjectsEmpty"));
    m_emptyLabel->setText(tr("No recent projects yet. Open a folder that holds a project, "
                             "create a new one, or generate a demo project to look around."));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    // A readable column in the middle of wide windows.
    auto *column = new QWidget(this);
    column->setMaximumWidth(760);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(heading);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addSpacing(20);
    layout->addWidget(recentTitle);
    layout->addWidget(m_recentView, 1);
    layout->addWidget(m_emptyLabel, 1);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 48, 48, 32);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);

    connect(recent, &QAbstractItemModel::modelReset, this, &StartPage::updateEmptyState);
    connect(recent, &QAbstractItemModel::rowsRemoved, this, &StartPage::updateEmptyState);
    connect(recent, &QAbstractItemModel::rowsInserted, this, &StartPage::updateEmptyState);
    updateEmptyState();
}

void StartPage::updateEmptyState() {
    const bool empty = m_recent->rowCount() == 0;
    m_recentView->setVisible(!empty);
    m_emptyLabel->setVisible(empty);
}

} // namespace mlwb::gui
