#pragma once

#include <QTextBrowser>

#include <memory>

namespace mlwb::itemmodels {
struct DatasetComparison;
}

namespace mlwb::widgets::datasets {

// What changed between two versions at a glance: file-level changes with
// counts per folder, the table diff's row and column counts, the drift
// summary, and the warnings of the comparison. Links to the other tabs.
class ComparisonSummaryView : public QTextBrowser {
    Q_OBJECT
public:
    explicit ComparisonSummaryView(QWidget *parent = nullptr);

    void setComparison(const itemmodels::DatasetComparison &comparison);
    void showMessage(const QString &message);

    static QString html(const itemmodels::DatasetComparison &comparison, const QPalette &palette);

Q_SIGNALS:
    // "table", "profiles" or "drift": the user followed a link to that tab.
    void tabRequested(const QString &tab);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::shared_ptr<const itemmodels::DatasetComparison> m_comparison;
};

} // namespace mlwb::widgets::datasets
