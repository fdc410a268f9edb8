#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mlwb::widgets::experiments {

// A named layout of the runs table: which columns show, in which order, how wide.
struct RunsView {
    QString name;
    QStringList columns; // column ids (RunColumn::id()) in display order
    QList<int> widths;   // pixels, one per column
    bool operator==(const RunsView &) const = default;
};

// The named views of one project, kept in the user's settings under a key
// derived from the project root, so each project has its own.
class RunsViews {
public:
    explicit RunsViews(const QString &projectRoot);

    QStringList names() const; // sorted
    std::optional<RunsView> view(const QString &name) const;
    void save(const RunsView &view); // replaces one of the same name
    void remove(const QString &name);
    // The view shown when the project was last open, to restore it.
    QString current() const;
    void setCurrent(const QString &name);

private:
    QString m_key;
};

} // namespace mlwb::widgets::experiments
