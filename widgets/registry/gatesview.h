#pragma once

#include "shared/errorbanner.h"

#include "itemmodels/registrydata.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace mlwb::itemmodels {
class RegistryGatesModel;
}

namespace mlwb::widgets::registry {

// The gate rules of the selected version's model evaluated for it: a summary
// line, one row per rule (green pass, red fail, amber error) with both sides'
// values, and the gate file's own error (file:line:column) when it does not parse.
class GatesView : public QWidget {
    Q_OBJECT
public:
    explicit GatesView(QWidget *parent = nullptr);

    void setDetails(const QString &ref, const itemmodels::VersionDetails &details);
    void clear();

    QLabel *summaryLabel() const { return m_summary; }
    QLabel *errorLabel() const { return m_error; }
    QTableView *table() const { return m_table; }
    itemmodels::RegistryGatesModel *model() const { return m_model; }

private:
    QLabel *m_summary;
    ErrorBanner *m_error;
    QTableView *m_table;
    itemmodels::RegistryGatesModel *m_model;
};

// One line for a gate report: "digits@3 passes all 3 gate rules" / "fails 1 of 3 ...".
QString gateSummary(const QString &ref, const mlwb::registry::GateReport &report);

} // namespace mlwb::widgets::registry
