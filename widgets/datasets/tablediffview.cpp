#include "tablediffview.h"

#include "itemmodels/datasetcomparison.h"
#include "itemmodels/tablediffmodel.h"
#include "shared/theme.h"
#include "tablediffdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedLayout>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mlwb::widgets::datasets {

namespace {
const QString unkeyedChoice = QStringLiteral("\x01unkeyed");
} // namespace

TableDiffView::TableDiffView(QWidget *parent)
    : QWidget(parent)
    , m_model(new itemmodels::TableDiffModel(this))
    , m_table(new QTableView)
    , m_schema(new QLabel)
    , m_counts(new QLabel)
    , m_empty(new QLabel)
    , m_changesOnly(new QCheckBox(tr("Changes only")))
    , m_key(new QComboBox)
    , m_tolerance(new QDoubleSpinBox)
    , m_next(new QToolButton)
    , m_previous(new QToolButton) {
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    // The counts on a line of their own; the controls below them keep their widths.
    m_counts->setWordWrap(true);
    bar->addWidget(m_changesOnly);
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous change (Shift+F8)"));
    m_next->setText(tr("Next change"));
    m_next->setToolTip(tr("Next change (F8)"));
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    auto *keyLabel = new QLabel(tr("&Key:"));
    keyLabel->setBuddy(m_key);
    bar->addWidget(keyLabel);
    m_key->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_key->setToolTip(tr("Rows of A and B are matched on this column"));
    bar->addWidget(m_key);
    auto *toleranceLabel = new QLabel(tr("&Tolerance:"));
    toleranceLabel->setBuddy(m_tolerance);
    bar->addWidget(toleranceLabel);
    m_tolerance->setDecimals(6);
    m_tolerance->setRange(0, 1e12);
    m_tolerance->setSingleStep(0.001);
    m_tolerance->setToolTip(tr("Numbers closer than this are the same"));
    bar->addWidget(m_tolerance);
    bar->addStretch(1);

    m_schema->setWordWrap(true);
    m_schema->setTextFormat(Qt::RichText);
    m_schema->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_schema->hide();

    m_table->setModel(m_model);
    m_table->setItemDelegate(new TableDiffDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack = new QStackedLayout;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addLayout(bar);
    layout->addWidget(m_schema);
    layout->addLayout(m_stack, 1);

    connect(m_changesOnly, &QCheckBox::toggled, this, &TableDiffView::setChangesOnly);
    connect(m_next, &QToolButton::clicked, this, &TableDiffView::nextChange);
    connect(m_previous, &QToolButton::clicked, this, &TableDiffView::previousChange);
    connect(m_key, &QComboBox::activated, this, &TableDiffView::optionsChanged);
    connect(m_tolerance, &QDoubleSpinBox::editingFinished, this, [this] {
        if (m_tolerance->property("applied").toDouble() != m_tolerance->value()) {
            m_tolerance->setProperty("applied", m_tolerance->value());
            Q_EMIT optionsChanged();
        }
    });
    clear(tr("Pick two versions of a table to see what changed between them."));
}

void TableDiffView::clear(const QString &message) {
    m_model->clear();
    m_empty->setText(message);
    m_stack->setCurrentWidget(m_empty);
    m_schema->hide();
    m_counts->clear();
    m_next->setEnabled(false);
    m_previous->setEnabled(false);
}

QString TableDiffView::schemaText(const itemmodels::DatasetComparison &c) const {
    const mlwb::datasets::SchemaDiff &s = c.diff->schema;
    if (s.isEmpty())
        return {};
    const QPalette pal = palette();
    const auto coloured = [&pal](DiffTone tone, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>")
            .arg(diffForeground(tone, pal).name(), text.toHtmlEscaped());
    };
    QStringList parts;
    if (!s.added.isEmpty())
        parts << coloured(DiffTone::Added, tr("added: %1").arg(s.added.join(QStringLiteral(", "))));
    if (!s.removed.isEmpty())
        parts << coloured(DiffTone::Removed,
                          tr("removed: %1").arg(s.removed.join(QStringLiteral(", "))));
    for (const mlwb::datasets::ColumnRename &r : s.renamed)
        parts << coloured(DiffTone::Changed, tr("renamed: %1 → %2").arg(r.from, r.to));
    for (const mlwb::datasets::ColumnTypeChange &t : s.typeChanged)
        parts << coloured(DiffTone::Changed,
                          tr("type of %1: %2 → %3")
                              .arg(t.column, mlwb::datasets::columnTypeName(t.from),
                                   mlwb::datasets::columnTypeName(t.to)));
    if (s.reordered)
        parts << coloured(DiffTone::Changed, tr("columns reordered"));
    return tr("<b>Columns</b> — %1").arg(parts.join(QStringLiteral(" · ")));
}

void TableDiffView::updateKeyChoices(const itemmodels::DatasetComparison &c) {
    const QString current = m_key->currentData().toString();
    m_key->clear();
    const QString suggested = c.diff->keySuggested && !c.diff->keyColumns.isEmpty()
                                  ? c.diff->keyColumns.join(u", ")
                                  : QString();
    m_key->addItem(suggested.isEmpty() ? tr("Suggested (none unique)")
                                       : tr("Suggested: %1").arg(suggested),
                   QString());
    m_key->addItem(tr("None: match rows by content"), unkeyedChoice);
    for (const QString &column : c.diff->schema.columnsB) {
        if (!c.diff->schema.columnsA.contains(column))
            continue;
        m_key->addItem(c.keyCandidates.contains(column) ? tr("%1 (unique)").arg(column) : column,
                       column);
    }
    const int again = m_key->findData(current);
    m_key->setCurrentIndex(again < 0 ? 0 : again);
}

void TableDiffView::setComparison(const itemmodels::DatasetComparison &c) {
    if (!c.diff) {
        clear(c.tableA || c.tableB || !c.errors.isEmpty()
                  ? tr("The table diff could not be computed; see the message above.")
                  : tr("These versions hold no table file (CSV, TSV or JSONL) to compare."));
        return;
    }
    m_model->setDiff(c.diff, c.tableB);
    m_stack->setCurrentWidget(m_table);
    updateKeyChoices(c);
    const QString schema = schemaText(c);
    m_schema->setText(schema);
    m_schema->setVisible(!schema.isEmpty());
    const mlwb::datasets::RowCounts &n = c.diff->counts;
    const QLocale locale;
    m_counts->setText(
        tr("<b>%1</b> added · <b>%2</b> removed · <b>%3</b> changed · %4 unchanged rows%5")
            .arg(locale.toString(n.added), locale.toString(n.removed), locale.toString(n.changed),
                 locale.toString(n.unchanged),
                 c.diff->keyColumns.isEmpty()
                     ? tr(" — matched by content")
                     : tr(" — key %1").arg(c.diff->keyColumns.join(QStringLiteral(", ")))));
    const bool any = m_model->nextChange(-1) >= 0;
    m_next->setEnabled(any);
    m_previous->setEnabled(any);
    m_table->resizeColumnToContents(0);
}

QStringList TableDiffView::keyColumns() const {
    const QString data = m_key->currentData().toString();
    return data.isEmpty() || data == unkeyedChoice ? QStringList() : QStringList{data};
}

bool TableDiffView::unkeyed() const {
    return m_key->currentData().toString() == unkeyedChoice;
}

double TableDiffView::tolerance() const {
    return m_tolerance->value();
}

void TableDiffView::resetOptions() {
    m_key->setCurrentIndex(0);
    m_tolerance->setValue(0);
    m_tolerance->setProperty("applied", 0.0);
}

void TableDiffView::setChangesOnly(bool on) {
    if (m_changesOnly->isChecked() != on)
        m_changesOnly->setChecked(on); // comes back through toggled()
    m_model->setChangesOnly(on);
}

void TableDiffView::jump(bool backward) {
    const QModelIndex current = m_table->currentIndex();
    const int row = m_model->nextChange(current.isValid() ? current.row() : -1, backward);
    if (row < 0)
        return;
    const int column = std::max(1, current.column());
    const QModelIndex target = m_model->index(row, std::min(column, m_model->columnCount() - 1));
    m_table->setCurrentIndex(target);
    m_table->scrollTo(target, QAbstractItemView::PositionAtCenter);
}

void TableDiffView::nextChange() {
    jump(false);
}

void TableDiffView::previousChange() {
    jump(true);
}

} // namespace mlwb::widgets::datasets
