#include "imagediffpane.h"

#include "imagecompareview.h"
#include "itemmodels/imagefoldercountsmodel.h"
#include "shared/theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace mlwb::widgets::datasets {

using itemmodels::ImageFileDiffModel;
using itemmodels::ImageFileStatus;
using itemmodels::ImageFolderCountsModel;

namespace {

QColor fileStatusColor(ImageFileStatus status, const QPalette &palette) {
    switch (status) {
    case ImageFileStatus::Added:
        return diffForeground(DiffTone::Added, palette);
    case ImageFileStatus::Removed:
        return diffForeground(DiffTone::Removed, palette);
    case ImageFileStatus::Changed:
        return diffForeground(DiffTone::Changed, palette);
    case ImageFileStatus::Renamed:
        return accentWithHue(palette, 0.58);
    case ImageFileStatus::Unchanged:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

// A round badge with the status's sign: + − ~ → =.
QPixmap statusBadge(ImageFileStatus status, const QPalette &palette, qreal ratio) {
    static const char16_t signs[] = {u'+', u'−', u'~', u'→', u'='};
    const int side = 16;
    QPixmap pm(QSize(side, side) * ratio);
    pm.setDevicePixelRatio(ratio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(fileStatusColor(status, palette));
    p.drawEllipse(QRectF(1, 1, side - 2, side - 2));
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(12);
    p.setFont(f);
    p.setPen(palette.color(QPalette::Base));
    p.drawText(QRectF(0, 0, side, side), Qt::AlignCenter, QString(QChar(signs[int(status)])));
    return pm;
}

// Thumbnails in a fixed square, so names line up whether or not theirs has arrived.
class ThumbnailDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int kSide = ImageFileDiffModel::kThumbnailSide;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const QImage image = index.data(Qt::DecorationRole).value<QImage>();
        option->icon = image.isNull() ? QIcon() : QIcon(QPixmap::fromImage(image));
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(kSide, kSide);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        return s.expandedTo(QSize(kSide + 8, kSide + 6));
    }
};

} // namespace

// Filters the file list by folder, status and name; colours the status column.
class ImageFileFilter : public QSortFilterProxyModel {
public:
    explicit ImageFileFilter(QWidget *owner)
        : QSortFilterProxyModel(owner)
        , m_owner(owner) {
        setSortRole(ImageFileDiffModel::SortRole);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setFilterKeyColumn(ImageFileDiffModel::FileColumn);
    }
    void setFolder(const QString &folder) {
        m_folder = folder;
        invalidateFilter();
    }
    QString folder() const { return m_folder; }
    void setStatus(int status) {
        m_status = status;
        invalidateFilter();
    }

    QVariant data(const QModelIndex &index, int role) const override {
        if (index.column() == ImageFileDiffModel::StatusColumn &&
            (role == Qt::DecorationRole || role == Qt::ForegroundRole)) {
            const auto status = ImageFileStatus(index.data(ImageFileDiffModel::StatusRole).toInt());
            const QPalette &palette = m_owner->palette();
            if (role == Qt::ForegroundRole)
                return fileStatusColor(status, palette);
            return statusBadge(status, palette, m_owner->devicePixelRatioF());
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (!m_folder.isEmpty() && i.data(ImageFileDiffModel::FolderRole).toString() != m_folder)
            return false;
        if (m_status >= 0 && i.data(ImageFileDiffModel::StatusRole).toInt() != m_status)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    QWidget *m_owner;
    QString m_folder;
    int m_status = -1;
};

ImageDiffPane::ImageDiffPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ImageFileDiffModel(this))
    , m_folderCounts(new ImageFolderCountsModel(this))
    , m_filter(new ImageFileFilter(this))
    , m_compare(new ImageCompareView(this)) {
    m_filter->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("imagesEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);

    auto *content = new QWidget(m_stack);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("imagesSummary"));
    m_summary->setContentsMargins(6, 4, 6, 2);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    column->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Horizontal, content);
    split->addWidget(buildFileList());
    split->addWidget(m_compare);
    // Half and half: file names and sizes stay readable beside the picture.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({640, 640});
    column->addWidget(split, 1);
    m_stack->addWidget(content);

    m_nextAction = new QAction(tr("Images: next file"), this);
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_previousAction = new QAction(tr("Images: previous file"), this);
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    for (QAction *a : {m_nextAction, m_previousAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, [this, a] {
            const int step = a == m_nextAction ? 1 : -1;
            const int row = std::clamp(m_files->currentIndex().row() + step, 0,
                                       std::max(0, m_filter->rowCount() - 1));
            m_files->setCurrentIndex(m_filter->index(row, 0));
        });
    }

    connect(m_model, &ImageFileDiffModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            showEmpty(tr("Listing and hashing the images of both versions…"));
        Q_EMIT loadingChanged(isLoading());
    });
    connect(m_compare, &ImageCompareView::computingChanged, this,
            [this] { Q_EMIT loadingChanged(isLoading()); });
    connect(m_model, &ImageFileDiffModel::loaded, this, &ImageDiffPane::onModelLoaded);
    connect(m_model, &ImageFileDiffModel::loadFailed, this, [this](const QString &message) {
        showEmpty(tr("The images could not be compared.\n%1").arg(message));
    });
    clear();
}

ImageDiffPane::~ImageDiffPane() {
    // Children die after this: their last signals must not reach the half-destroyed pane.
    m_model->disconnect(this);
    m_files->selectionModel()->disconnect(this);
    m_folders->selectionModel()->disconnect(this);
}

QWidget *ImageDiffPane::buildFileList() {
    auto *left = new QSplitter(Qt::Vertical, this);
    m_leftSplit = left;
    m_folders = new QTableView(left);
    m_folders->setObjectName(QStringLiteral("imageFolders"));
    m_folders->setModel(m_folderCounts);
    m_folders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_folders->setSelectionMode(QAbstractItemView::SingleSelection);
    m_folders->verticalHeader()->hide();
    m_folders->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_folders->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_folders->horizontalHeader()->setStretchLastSection(true);
    m_folders->setShowGrid(false);
    m_folders->setAlternatingRowColors(true);
    connect(m_folders->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                setFolderFilter(current.data(ImageFolderCountsModel::FolderRole).toString());
            });
    left->addWidget(m_folders);

    auto *files = new QWidget(left);
    auto *column = new QVBoxLayout(files);
    column->setContentsMargins(0, 4, 0, 0);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(files);
    m_search->setObjectName(QStringLiteral("imageSearch"));
    m_search->setPlaceholderText(tr("Filter by name"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ImageDiffPane::setTextFilter);
    m_status = new QComboBox(files);
    m_status->setObjectName(QStringLiteral("imageStatus"));
    m_status->addItem(tr("All changes"), -1);
    m_status->addItem(tr("Added"), int(ImageFileStatus::Added));
    m_status->addItem(tr("Removed"), int(ImageFileStatus::Removed));
    m_status->addItem(tr("Changed"), int(ImageFileStatus::Changed));
    m_status->addItem(tr("Renamed"), int(ImageFileStatus::Renamed));
    m_status->addItem(tr("Unchanged"), int(ImageFileStatus::Unchanged));
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_status->currentData().toInt();
        m_model->setShowUnchanged(status == int(ImageFileStatus::Unchanged));
        m_filter->setStatus(status);
    });
    filters->addWidget(m_search, 1);
    filters->addWidget(m_status);
    column->addLayout(filters);

    m_files = new QTableView(files);
    m_files->setObjectName(QStringLiteral("imageFiles"));
    m_files->setModel(m_filter);
    m_files->setItemDelegateForColumn(ImageFileDiffModel::FileColumn,
                                      new ThumbnailDelegate(m_files));
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setSelectionMode(QAbstractItemView::SingleSelection);
    m_files->setSortingEnabled(true);
    m_files->sortByColumn(ImageFileDiffModel::FileColumn, Qt::AscendingOrder);
    m_files->setShowGrid(false);
    m_files->setWordWrap(false);
    m_files->setTextElideMode(Qt::ElideMiddle);
    m_files->verticalHeader()->hide();
    // Fixed row heights keep 10k rows cheap to lay out.
    m_files->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_files->verticalHeader()->setDefaultSectionSize(ImageFileDiffModel::kThumbnailSide + 6);
    m_files->setIconSize(
        QSize(ImageFileDiffModel::kThumbnailSide, ImageFileDiffModel::kThumbnailSide));
    QHeaderView *header = m_files->horizontalHeader();
    header->setSectionResizeMode(ImageFileDiffModel::FileColumn, QHeaderView::Stretch);
    for (int c = ImageFileDiffModel::StatusColumn; c < ImageFileDiffModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionHidden(ImageFileDiffModel::FolderColumn, true); // the folder list says it
    connect(m_files->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    // Only rows on screen keep their thumbnail requests.
    auto *visibleTimer = new QTimer(this);
    visibleTimer->setSingleShot(true);
    visibleTimer->setInterval(0);
    connect(visibleTimer, &QTimer::timeout, this, &ImageDiffPane::updateVisibleRows);
    auto schedule = [visibleTimer] { visibleTimer->start(); };
    connect(m_files->verticalScrollBar(), &QScrollBar::valueChanged, this, schedule);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, schedule);
    connect(m_filter, &QAbstractItemModel::modelReset, this, schedule);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, schedule);
    column->addWidget(m_files, 1);
    left->addWidget(files);
    left->setStretchFactor(0, 1);
    left->setStretchFactor(1, 3);
    return left;
}

void ImageDiffPane::compareFolders(const QString &dirA, const QString &dirB, const QString &labelA,
                                   const QString &labelB) {
    m_labelA = labelA;
    m_labelB = labelB;
    m_model->setSideLabels(labelA, labelB);
    m_model->setFolders(dirA, dirB);
}

void ImageDiffPane::showFolderDiff(const mlwb::datasets::FolderDiff &diff, const QString &dirA,
                                   const QString &dirB, const QString &labelA,
                                   const QString &labelB) {
    m_labelA = labelA;
    m_labelB = labelB;
    m_model->setSideLabels(labelA, labelB);
    m_model->setFolderDiff(diff, dirA, dirB);
    onModelLoaded();
}

void ImageDiffPane::compareManifests(const mlwb::datasets::Manifest &a,
                                     const mlwb::datasets::Manifest &b,
                                     itemmodels::FileLocator locateA,
                                     itemmodels::FileLocator locateB, const QString &labelA,
                                     const QString &labelB) {
    m_labelA = labelA;
    m_labelB = labelB;
    m_model->setSideLabels(labelA, labelB);
    m_model->setManifests(a, b, std::move(locateA), std::move(locateB));
    onModelLoaded();
}

void ImageDiffPane::clear(const QString &message) {
    m_model->clear();
    m_folderCounts->setFolders({});
    m_compare->clear();
    showEmpty(message.isEmpty() ? tr("Choose two versions of an image dataset above to see which "
                                     "images were added, removed, changed or renamed.")
                                : message);
}

void ImageDiffPane::showEmpty(const QString &message) {
    m_empty->setText(message);
    m_stack->setCurrentWidget(m_empty);
}

bool ImageDiffPane::isLoading() const {
    return m_model->isLoading() || m_compare->isComputing();
}

void ImageDiffPane::onModelLoaded() {
    m_folderCounts->setFolders(m_model->diff().folders);
    updateSummary();
    const auto &diff = m_model->diff();
    if (diff.isSame()) {
        m_compare->clear();
        showEmpty(diff.unchanged > 0 ? tr("Both versions hold the same images (%1).")
                                           .arg(QLocale().toString(diff.unchanged))
                                     : tr("Neither version holds any images."));
        return;
    }
    m_stack->setCurrentIndex(1);
    fitFolderList();
    // Start on the first edited image: that is where pixels are worth comparing.
    int first = 0;
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        if (m_filter->index(r, 0).data(ImageFileDiffModel::StatusRole).toInt() ==
            int(ImageFileStatus::Changed)) {
            first = r;
            break;
        }
    }
    m_files->setCurrentIndex(m_filter->index(first, 0));
    m_files->scrollTo(m_files->currentIndex());
    updateVisibleRows();
}

// The folder table as tall as its rows (up to ten); the file list takes the rest.
void ImageDiffPane::fitFolderList() {
    const int rows = std::min(m_folderCounts->rowCount(), 10);
    const int height = m_folders->horizontalHeader()->height() +
                       rows * m_folders->verticalHeader()->defaultSectionSize() +
                       2 * m_folders->frameWidth() + 2 +
                       m_folders->horizontalScrollBar()->sizeHint().height(); // when narrow
    m_folders->setFixedHeight(height);
    const int total = std::max(m_leftSplit->height(), height * 2);
    m_leftSplit->setSizes({height, total - height});
}

void ImageDiffPane::updateSummary() {
    const auto &d = m_model->diff();
    const QLocale locale;
    QStringList parts;
    auto count = [&](qsizetype n, const QString &text) {
        if (n > 0)
            parts << text.arg(locale.toString(qint64(n)));
    };
    count(d.changed.size(), tr("%1 changed"));
    count(d.added.size(), tr("%1 added"));
    count(d.removed.size(), tr("%1 removed"));
    count(d.renamed.size(), tr("%1 renamed"));
    count(d.unchanged, tr("%1 unchanged"));
    qsizetype classesChanged = 0;
    for (const auto &f : d.folders)
        classesChanged += f.filesA != f.filesB ? 1 : 0;
    QString text = parts.isEmpty() ? tr("No images") : parts.join(QStringLiteral(" · "));
    if (d.folders.size() > 1)
        text += tr(" — file count changed in %1 of %2 folders")
                    .arg(classesChanged)
                    .arg(d.folders.size());
    if (!m_labelA.isEmpty() || !m_labelB.isEmpty())
        text += tr(" — A: %1, B: %2").arg(m_labelA, m_labelB);
    m_summary->setText(text);
}

QString ImageDiffPane::summaryText() const {
    return m_summary->text();
}

void ImageDiffPane::onCurrentChanged(const QModelIndex &current) {
    if (!current.isValid()) {
        m_compare->clear();
        Q_EMIT currentFileChanged({});
        return;
    }
    const QString path = current.data(ImageFileDiffModel::PathRole).toString();
    const QString oldPath = current.data(ImageFileDiffModel::OldPathRole).toString();
    const QString labelA = oldPath.isEmpty() ? m_labelA : tr("%1 (%2)").arg(m_labelA, oldPath);
    m_compare->setPair(current.data(ImageFileDiffModel::FileARole).toString(),
                       current.data(ImageFileDiffModel::FileBRole).toString(), labelA, m_labelB);
    Q_EMIT currentFileChanged(path);
}

void ImageDiffPane::updateVisibleRows() {
    const int rows = m_filter->rowCount();
    if (rows == 0)
        return;
    int top = m_files->rowAt(0);
    int bottom = m_files->rowAt(m_files->viewport()->height() - 1);
    if (top < 0)
        top = 0;
    if (bottom < 0)
        bottom = rows - 1;
    QList<int> sourceRows;
    for (int r = top; r <= bottom; ++r)
        sourceRows.append(m_filter->mapToSource(m_filter->index(r, 0)).row());
    m_model->setVisibleRows(sourceRows);
}

bool ImageDiffPane::selectFile(const QString &path) {
    const int sourceRow = m_model->rowOfPath(path);
    if (sourceRow < 0)
        return false;
    QModelIndex i = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!i.isValid()) { // filtered out: show everything again
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_folders->setCurrentIndex(m_folderCounts->index(0, 0));
        i = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_files->setCurrentIndex(i);
    m_files->scrollTo(i);
    return i.isValid();
}

QString ImageDiffPane::currentFile() const {
    return m_files->currentIndex().data(ImageFileDiffModel::PathRole).toString();
}

void ImageDiffPane::setFolderFilter(const QString &folder) {
    m_filter->setFolder(folder);
}

void ImageDiffPane::setStatusFilter(int statusOrMinusOne) {
    const int i = m_status->findData(statusOrMinusOne);
    m_status->setCurrentIndex(std::max(i, 0));
}

void ImageDiffPane::setTextFilter(const QString &text) {
    if (m_search->text() != text)
        m_search->setText(text);
    m_filter->setFilterFixedString(text);
}

QList<QAction *> ImageDiffPane::paneActions() const {
    QList<QAction *> actions{m_nextAction, m_previousAction};
    actions += m_compare->viewActions();
    return actions;
}

} // namespace mlwb::widgets::datasets
