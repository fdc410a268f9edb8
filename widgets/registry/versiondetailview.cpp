#include "versiondetailview.h"

#include "itemmodels/modelversionsignaturemodel.h"
#include "shared/theme.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mlwb::widgets::registry {

using itemmodels::ModelSignatureModel;
using itemmodels::VersionDetails;
using mlwb::registry::ModelVersion;

namespace {

QLabel *sectionLabel(const QString &text) {
    auto *label = new QLabel(text);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.05);
    label->setFont(f);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QLabel *richLabel() {
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

QString chipsHtml(const QStringList &items, const QPalette &pal) {
    if (items.isEmpty())
        return {};
    QColor bg = pal.color(QPalette::Highlight);
    bg.setAlphaF(0.22);
    const QColor blended = QColor::fromRgbF(
        bg.redF() * bg.alphaF() + pal.color(QPalette::Window).redF() * (1 - bg.alphaF()),
        bg.greenF() * bg.alphaF() + pal.color(QPalette::Window).greenF() * (1 - bg.alphaF()),
        bg.blueF() * bg.alphaF() + pal.color(QPalette::Window).blueF() * (1 - bg.alphaF()));
    QStringList chips;
    for (const QString &item : items) {
        chips.append(QStringLiteral("<span style=\"background-color:%1;\">&nbsp;%2&nbsp;</span>")
                         .arg(blended.name(), item.toHtmlEscaped()));
    }
    return chips.join(QStringLiteral("&nbsp; "));
}

QString mlwbLink(const QString &host, const QString &path, const QString &text) {
    return QStringLiteral("<a href=\"mlwb://%1/%2\">%3</a>")
        .arg(host, path.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

VersionDetailView::VersionDetailView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_aliases(richLabel())
    , m_aliasButton(new QToolButton)
    , m_tagButton(new QToolButton)
    , m_archive(new QPushButton)
    , m_deploy(new QPushButton(tr("&Deploy…")))
    , m_tags(richLabel())
    , m_descriptionStack(new QStackedWidget)
    , m_preview(new QTextBrowser)
    , m_editor(new QPlainTextEdit)
    , m_edit(new QPushButton(tr("&Edit")))
    , m_save(new QPushButton(tr("&Save")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_signature(new QTableView)
    , m_signatureModel(new ModelSignatureModel(this))
    , m_file(richLabel())
    , m_source(richLabel())
    , m_datasets(richLabel())
    , m_empty(new QLabel)
    , m_body(new QWidget) {
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_aliasButton->setText(tr("&Aliases"));
    m_aliasButton->setPopupMode(QToolButton::InstantPopup);
    m_aliasButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_aliasButton->setMenu(new QMenu(m_aliasButton));
    m_aliasButton->setToolTip(tr("Set, move or remove an alias such as champion"));
    connect(m_aliasButton->menu(), &QMenu::aboutToShow, this, &VersionDetailView::updateAliasMenu);
    m_tagButton->setText(tr("&Tags"));
    m_tagButton->setPopupMode(QToolButton::InstantPopup);
    m_tagButton->setMenu(new QMenu(m_tagButton));
    connect(m_tagButton->menu(), &QMenu::aboutToShow, this, &VersionDetailView::updateTagMenu);
    connect(m_archive, &QPushButton::clicked, this,
            [this] { Q_EMIT archiveRequested(!(m_version && m_version->archivedAt)); });
    m_deploy->setToolTip(tr("Open the Deploy panel with this version"));
    connect(m_deploy, &QPushButton::clicked, this, [this] {
        if (!m_version)
            return;
        QUrl url(QStringLiteral("mlwb://deploy/new"));
        url.setQuery(QStringLiteral("model=%1&version=%2")
                         .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_version->model)))
                         .arg(m_version->version));
        Q_EMIT linkActivated(url);
    });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_aliases, 1);
    header->addWidget(m_aliasButton);
    header->addWidget(m_tagButton);
    header->addWidget(m_archive);
    header->addWidget(m_deploy);

    // Model card: preview, or the markdown editor in its place.
    m_preview->setOpenLinks(false);
    m_preview->setFrameShape(QFrame::NoFrame);
    m_preview->viewport()->setAutoFillBackground(false);
    m_editor->setPlaceholderText(tr("Describe this version in Markdown: what it is for, how it "
                                    "was trained, its limits"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(140);
    m_descriptionStack->addWidget(m_preview);
    m_descriptionStack->addWidget(m_editor);
    m_descriptionStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    // The card takes the height of its text (up to a limit), not a fixed box.
    connect(m_preview->document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged, this, [this](const QSizeF &size) {
                const int frame = 2 * m_preview->frameWidth() + 4;
                m_preview->setFixedHeight(std::clamp(int(size.height()) + frame, 40, 220));
                fitDescription();
            });
    connect(m_preview, &QTextBrowser::anchorClicked, this, &VersionDetailView::linkActivated);
    m_edit->setToolTip(tr("Edit the model card (F2)"));
    m_save->setToolTip(tr("Keep the edited text (Ctrl+Return)"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_edit, &QPushButton::clicked, this, &VersionDetailView::editDescription);
    connect(m_save, &QPushButton::clicked, this, &VersionDetailView::saveDescription);
    connect(m_cancel, &QPushButton::clicked, this, &VersionDetailView::cancelDescription);
    auto *descriptionButtons = new QHBoxLayout;
    descriptionButtons->addWidget(sectionLabel(tr("Model card")), 1);
    descriptionButtons->addWidget(m_edit);
    descriptionButtons->addWidget(m_save);
    descriptionButtons->addWidget(m_cancel);

    m_signature->setModel(m_signatureModel);
    m_signature->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_signature->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_signature->verticalHeader()->hide();
    m_signature->horizontalHeader()->setStretchLastSection(true);
    m_signature->setAccessibleName(tr("Signature"));
    m_signature->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_signature->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    for (QLabel *l : {m_file, m_source, m_datasets, m_tags})
        connect(l, &QLabel::linkActivated, this,
                [this](const QString &url) { Q_EMIT linkActivated(QUrl(url)); });

    auto *facts = new QHBoxLayout;
    auto *fileColumn = new QVBoxLayout;
    fileColumn->addWidget(sectionLabel(tr("File")));
    fileColumn->addWidget(m_file);
    fileColumn->addStretch();
    auto *sourceColumn = new QVBoxLayout;
    sourceColumn->addWidget(sectionLabel(tr("Source run")));
    sourceColumn->addWidget(m_source);
    sourceColumn->addWidget(sectionLabel(tr("Dataset versions")));
    sourceColumn->addWidget(m_datasets);
    sourceColumn->addStretch();
    facts->addLayout(fileColumn, 1);
    facts->addSpacing(16);
    facts->addLayout(sourceColumn, 2);

    auto *body = new QVBoxLayout(m_body);
    body->addLayout(header);
    body->addWidget(m_tags);
    body->addLayout(descriptionButtons);
    body->addWidget(m_descriptionStack);
    body->addWidget(sectionLabel(tr("Signature")));
    body->addWidget(m_signature);
    body->addLayout(facts);
    body->addStretch();

    auto *scroll = new QScrollArea;
    scroll->setWidget(m_body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(scroll, 1);
    m_scroll = scroll;
    clear(tr("Select a model version on the left"));
}

void VersionDetailView::clear(const QString &message) {
    m_version.reset();
    m_empty->setText(message);
    m_empty->show();
    m_scroll->hide();
    cancelDescription();
}

void VersionDetailView::setDetails(const mlwb::registry::RegisteredModel &model,
                                   const VersionDetails &details) {
    const ModelVersion &v = details.lineage.version;
    const bool sameVersion = m_version && m_version->id == v.id;
    m_version = v;
    m_model = model;
    m_empty->hide();
    m_scroll->show();
    const QPalette pal = palette();

    m_title->setText(v.archivedAt ? tr("%1 · version %2 (archived)").arg(v.model).arg(v.version)
                                  : tr("%1 · version %2").arg(v.model).arg(v.version));
    m_aliases->setText(chipsHtml(v.aliases, pal));
    m_archive->setText(v.archivedAt ? tr("&Restore") : tr("Arc&hive"));
    m_archive->setToolTip(v.archivedAt ? tr("Show this version in the list again")
                                       : tr("Hide this version from the list; it stays stored"));
    QStringList tags;
    for (const auto &t : v.tags)
        tags.append(t.key + QLatin1Char('=') + t.value);
    m_tags->setText(tags.isEmpty() ? tr("<i>No tags</i>") : chipsHtml(tags, pal));

    if (!(sameVersion && isEditingDescription())) {
        m_descriptionStack->setCurrentWidget(m_preview);
        m_edit->show();
        m_save->hide();
        m_cancel->hide();
    }
    if (v.description.isEmpty())
        m_preview->setHtml(tr("<i>No model card yet. Press Edit to describe this version.</i>"));
    else
        m_preview->setMarkdown(v.description);
    fitDescription();

    m_signatureModel->setSignature(v.signature);
    m_signature->setVisible(v.format == mlwb::registry::ModelFormat::Onnx);
    m_signature->resizeColumnsToContents();
    // All rows shown: the page scrolls, not the table.
    int rowsHeight = 0;
    for (int r = 0; r < m_signatureModel->rowCount(); ++r)
        rowsHeight += m_signature->rowHeight(r);
    m_signature->setFixedHeight(m_signature->horizontalHeader()->height() + rowsHeight +
                                2 * m_signature->frameWidth());

    const QLocale locale;
    const QJsonObject &s = v.signature;
    QStringList file;
    const auto row = [&file](const QString &k, const QString &value) {
        file.append(QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td>%2</td></tr>")
                        .arg(k.toHtmlEscaped(), value));
    };
    row(tr("Format"), mlwb::registry::formatName(v.format).toHtmlEscaped());
    if (v.format == mlwb::registry::ModelFormat::Onnx) {
        const QJsonObject producer = s.value(QLatin1String("producer")).toObject();
        row(tr("Opset"), QString::number(s.value(QLatin1String("opset")).toInt()));
        row(tr("Producer"), (producer.value(QLatin1String("name")).toString() + QLatin1Char(' ') +
                             producer.value(QLatin1String("version")).toString())
                                .trimmed()
                                .toHtmlEscaped());
        row(tr("Parameters"),
            locale.toString(qint64(s.value(QLatin1String("parameters")).toDouble())));
        row(tr("Nodes"), locale.toString(qint64(s.value(QLatin1String("nodes")).toDouble())));
    }
    row(tr("Size"), locale.formattedDataSize(v.size).toHtmlEscaped());
    row(tr("SHA-256"), QStringLiteral("<code>%1…</code>").arg(v.hash.left(16)));
    row(tr("Registered"),
        locale.toString(QDateTime::fromSecsSinceEpoch(qint64(v.createdAt)), QLocale::ShortFormat)
            .toHtmlEscaped());
    m_file->setText(QStringLiteral("<table>%1</table>").arg(file.join(QString())));
    m_file->setToolTip(v.hash);
    m_source->setText(sourceHtml(details));

    QStringList datasets;
    for (const auto &d : details.lineage.datasets) {
        datasets.append(
            mlwbLink(QStringLiteral("datasets"),
                     d.dataset + QLatin1Char('/') + QString::number(d.number),
                     QStringLiteral("%1@%2").arg(d.dataset).arg(d.number)) +
            (d.role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(d.role.toHtmlEscaped())));
    }
    m_datasets->setText(datasets.isEmpty()
                            ? tr("<i>The source run recorded no dataset versions.</i>")
                            : datasets.join(QStringLiteral("<br>")));
}

QString VersionDetailView::sourceHtml(const VersionDetails &details) const {
    const auto &l = details.lineage;
    if (!l.run) {
        return l.version.runId || !l.version.runUuid.isEmpty()
                   ? tr("<i>The source run was deleted.</i>")
                   : tr("Registered from the file <code>%1</code>")
                         .arg(l.version.artifactPath.toHtmlEscaped());
    }
    const auto &run = *l.run;
    QString html = mlwbLink(QStringLiteral("experiments"), QStringLiteral("run/") + run.uuid,
                            run.name.isEmpty() ? run.uuid.left(8) : run.name);
    html += QStringLiteral(" &nbsp;<code>%1</code>").arg(run.uuid.left(8));
    if (!run.git.commit.isEmpty()) {
        html += tr("<br>Commit <code>%1</code>%2")
                    .arg(run.git.commit.left(10),
                         run.git.dirty ? tr(" with uncommitted changes") : QString());
    }
    html += tr("<br>Artifact <code>%1</code>").arg(l.version.artifactPath.toHtmlEscaped());
    // Metrics (last values) and params as two headed tables side by side.
    const auto table = [](const QString &heading, const QStringList &rows) {
        return QStringLiteral("<td valign=\"top\" style=\"padding-right:28px\"><table>"
                              "<tr><td colspan=\"2\"><b>%1</b></td></tr>%2</table></td>")
            .arg(heading.toHtmlEscaped(), rows.join(QString()));
    };
    const auto row = [](const QString &key, const QString &value) {
        return QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td "
                              "align=\"right\">%2</td></tr>")
            .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QStringList metrics;
    for (const auto &m : l.metrics)
        metrics.append(row(m.key, m.last ? QString::number(*m.last, 'g', 6) : QStringLiteral("—")));
    QStringList params;
    for (const auto &p : l.params)
        params.append(row(p.key, tracking::toDisplayString(p.value)));
    QString columns;
    if (!metrics.isEmpty())
        columns += table(tr("Metrics (last value)"), metrics);
    if (!params.isEmpty())
        columns += table(tr("Params"), params);
    if (!columns.isEmpty())
        html += QStringLiteral("<table style=\"margin-top:8px\"><tr>%1</tr></table>").arg(columns);
    return html;
}

void VersionDetailView::fitDescription() {
    // A stack is as tall as its tallest page; here it takes the shown page's height.
    m_descriptionStack->setFixedHeight(isEditingDescription() ? m_editor->minimumHeight() + 60
                                                              : m_preview->height());
}

void VersionDetailView::editDescription() {
    if (!m_version)
        return;
    m_editor->setPlainText(m_version->description);
    m_descriptionStack->setCurrentWidget(m_editor);
    fitDescription();
    m_edit->hide();
    m_save->show();
    m_cancel->show();
    m_editor->setFocus();
}

bool VersionDetailView::isEditingDescription() const {
    return m_descriptionStack->currentWidget() == m_editor;
}

void VersionDetailView::saveDescription() {
    if (!isEditingDescription())
        return;
    const QString text = m_editor->toPlainText();
    const bool changed = m_version && text != m_version->description;
    cancelDescription();
    if (changed) {
        m_preview->setMarkdown(text); // shown at once; the reload confirms it
        Q_EMIT descriptionSaved(text);
    }
}

void VersionDetailView::cancelDescription() {
    m_descriptionStack->setCurrentWidget(m_preview);
    fitDescription();
    m_edit->setVisible(true);
    m_save->hide();
    m_cancel->hide();
}

void VersionDetailView::updateAliasMenu() {
    QMenu *menu = m_aliasButton->menu();
    menu->clear();
    if (!m_version)
        return;
    QStringList known;
    for (const auto &[alias, version] : m_model.aliases) {
        known.append(alias);
        if (version == m_version->version)
            continue;
        menu->addAction(tr("Move %1 here (from version %2)").arg(alias).arg(version), this,
                        [this, a = alias] { Q_EMIT aliasRequested(a); });
    }
    for (const QString &name : {QStringLiteral("champion"), QStringLiteral("challenger")}) {
        if (!known.contains(name))
            menu->addAction(tr("Set %1").arg(name), this,
                            [this, name] { Q_EMIT aliasRequested(name); });
    }
    menu->addAction(tr("New alias…"), this, &VersionDetailView::newAliasRequested);
    if (!m_version->aliases.isEmpty())
        menu->addSeparator();
    for (const QString &alias : m_version->aliases) {
        menu->addAction(tr("Remove %1").arg(alias), this,
                        [this, alias] { Q_EMIT aliasRemoveRequested(alias); });
    }
}

void VersionDetailView::updateTagMenu() {
    QMenu *menu = m_tagButton->menu();
    menu->clear();
    if (!m_version)
        return;
    menu->addAction(tr("Add or change a tag…"), this, &VersionDetailView::tagRequested);
    if (!m_version->tags.isEmpty())
        menu->addSeparator();
    for (const auto &t : m_version->tags) {
        menu->addAction(tr("Remove %1").arg(t.key), this,
                        [this, key = t.key] { Q_EMIT tagRemoveRequested(key); });
    }
}

} // namespace mlwb::widgets::registry
