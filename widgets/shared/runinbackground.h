#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <type_traits>
#include <utility>

namespace mlwb::widgets {

// Runs `work` on the global thread pool and hands its result to `done` on the
// thread of `context`, unless `context` is gone by then: the watcher is a child
// of `context`, so it dies with it and `done` is never called on a dead object.
// For short reads only; work that blocks for long needs a pool of its own.
template <typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done) {
    using R = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<R>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace mlwb::widgets
