#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace mlwb::demo {

// One commit of the demo's training code: the files it writes and who wrote it.
struct SourceCommit {
    QString message;
    QString author;
    QString email;
    int daysBeforeNow = 0;
    QList<std::pair<QString, QByteArray>> files; // path -> full content after the commit
};

// The history of a small PyTorch project, oldest first: an MLP baseline, a
// ResNet with a step schedule, dropout, cosine warmup, an LSTM with a padding
// bug, and its fix.
QList<SourceCommit> demoSourceHistory();

// A local edit on top of a commit, as a training run might have been started
// with (the run records it as its uncommitted patch).
struct SourceEdit {
    QString path;
    QByteArray from; // text replaced once
    QByteArray to;
};
QList<SourceEdit> demoDirtyEdits(int commitIndex);

} // namespace mlwb::demo
