#include "comparisonsummaryview.h"

#include "driftview.h"
#include "itemmodels/datasetcomparison.h"
#include "shared/theme.h"

#include <QEvent>
#include <QLocale>

namespace mlwb::widgets::datasets {

namespace {

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

// A row of big numbers with their captions, coloured by tone.
QString cards(const QList<std::tuple<qint64, QString, std::optional<DiffTone>>> &items,
              const QPalette &pal) {
    QString cells;
    const QLocale locale;
    for (const auto &[n, caption, tone] : items) {
        const QString color =
            tone && n > 0 ? diffForeground(*tone, pal).name() : pal.color(QPalette::Text).name();
        cells += QStringLiteral("<td style=\"padding: 4px 22px 4px 0\"><span style=\"font-size:"
                                "x-large; font-weight:bold; color:%1\">%2</span><br>%3</td>")
                     .arg(color, locale.toString(n), esc(caption));
    }
    return QStringLiteral("<table><tr>%1</tr></table>").arg(cells);
}

} // namespace

ComparisonSummaryView::ComparisonSummaryView(QWidget *parent)
    : QTextBrowser(parent) {
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("tab"))
            Q_EMIT tabRequested(url.path());
    });
}

void ComparisonSummaryView::changeEvent(QEvent *event) {
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_comparison)
        setHtml(html(*m_comparison, palette()));
}

void ComparisonSummaryView::showMessage(const QString &message) {
    m_comparison.reset();
    setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(palette().color(QPalette::PlaceholderText).name(), esc(message)));
}

void ComparisonSummaryView::setComparison(const itemmodels::DatasetComparison &comparison) {
    m_comparison = std::make_shared<const itemmodels::DatasetComparison>(comparison);
    setHtml(html(comparison, palette()));
}

QString ComparisonSummaryView::html(const itemmodels::DatasetComparison &c, const QPalette &pal) {
    QString h;
    const QString muted = pal.color(QPalette::PlaceholderText).name();
    h += tr("<h2>%1 → %2</h2>").arg(esc(c.labelA), esc(c.labelB));

    if (c.files) {
        const mlwb::datasets::FolderDiff &f = *c.files;
        h += tr("<h3>Files</h3>");
        h += cards({{f.added.size(), tr("added"), DiffTone::Added},
                    {f.removed.size(), tr("removed"), DiffTone::Removed},
                    {f.changed.size(), tr("changed"), DiffTone::Changed},
                    {f.renamed.size(), tr("renamed"), DiffTone::Changed},
                    {f.unchanged, tr("unchanged"), std::nullopt}},
                   pal);
        if (f.folders.size() > 1 || (f.folders.size() == 1 && f.folders[0].folder != u".")) {
            h += QStringLiteral("<table cellspacing=0 cellpadding=3><tr>");
            for (const QString &title : {tr("Folder"), tr("Files in A"), tr("Files in B"),
                                         tr("Added"), tr("Removed"), tr("Changed"), tr("Renamed")})
                h += QStringLiteral("<th align=left style=\"padding-right:16px\">%1</th>")
                         .arg(esc(title));
            h += QStringLiteral("</tr>");
            for (const mlwb::datasets::FolderCounts &fc : f.folders) {
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                                    "<td>%6</td><td>%7</td></tr>")
                         .arg(esc(fc.folder))
                         .arg(fc.filesA)
                         .arg(fc.filesB)
                         .arg(fc.added)
                         .arg(fc.removed)
                         .arg(fc.changed)
                         .arg(fc.renamedIn + fc.renamedOut);
            }
            h += QStringLiteral("</table>");
        }
        if (f.isSame())
            h += tr("<p>The two versions hold the same files.</p>");
    }

    if (c.diff) {
        const mlwb::datasets::TableDiff &d = *c.diff;
        h += c.tableFile.isEmpty() ? tr("<h3>Rows</h3>")
                                   : tr("<h3>Rows of %1</h3>").arg(esc(c.tableFile));
        h += cards({{d.counts.added, tr("rows added"), DiffTone::Added},
                    {d.counts.removed, tr("rows removed"), DiffTone::Removed},
                    {d.counts.changed, tr("rows changed"), DiffTone::Changed},
                    {d.counts.unchanged, tr("rows unchanged"), std::nullopt}},
                   pal);
        QStringList schema;
        if (!d.schema.added.isEmpty())
            schema << tr("%n column(s) added", nullptr, int(d.schema.added.size()));
        if (!d.schema.removed.isEmpty())
            schema << tr("%n column(s) removed", nullptr, int(d.schema.removed.size()));
        if (!d.schema.renamed.isEmpty())
            schema << tr("%n column(s) renamed", nullptr, int(d.schema.renamed.size()));
        if (!d.schema.typeChanged.isEmpty())
            schema << tr("%n type change(s)", nullptr, int(d.schema.typeChanged.size()));
        if (d.schema.reordered)
            schema << tr("columns reordered");
        h += QStringLiteral("<p>%1 · %2 · <a href=\"tab:table\">%3</a></p>")
                 .arg(schema.isEmpty() ? tr("same columns") : esc(schema.join(u", ")),
                      d.keyColumns.isEmpty() ? tr("rows matched by content")
                                             : tr("key %1").arg(esc(d.keyColumns.join(u", "))),
                      tr("Show the rows"));
    }

    if (c.drift) {
        h += tr("<h3>Drift</h3>");
        const QColor tone =
            statusColor(c.drift->anyDrift() ? StatusTone::Failed : StatusTone::Finished, pal);
        h += QStringLiteral("<p style=\"color:%1\">%2</p><p><a href=\"tab:drift\">%3</a> · "
                            "<a href=\"tab:profiles\">%4</a></p>")
                 .arg(tone.name(), DriftView::summaryText(c), tr("Show the tests"),
                      tr("Compare the column profiles"));
    }

    if (!c.files && !c.diff && !c.drift && c.errors.isEmpty())
        h += tr("<p>These versions hold no table file (CSV, TSV or JSONL) to compare.</p>");
    if (c.folders && c.tableFiles.isEmpty() && c.files)
        h += tr("<p style=\"color:%1\">No table files in these folders: the file-level changes "
                "are all there is to compare.</p>")
                 .arg(muted);

    if (!c.warnings.isEmpty()) {
        h += tr("<h3>Warnings</h3><ul>");
        for (const QString &w : c.warnings.mid(0, 50))
            h += QStringLiteral("<li>%1</li>").arg(esc(w));
        if (c.warnings.size() > 50)
            h += tr("<li>… and %n more</li>", nullptr, int(c.warnings.size() - 50));
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace mlwb::widgets::datasets
