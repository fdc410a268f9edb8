#include "chartthreads.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace mlwb::widgets::experiments {

namespace {
QThreadPool *makePool(int threads) {
    auto *pool = new QThreadPool; // kept until the process ends, like Qt's global pool
    pool->setMaxThreadCount(threads);
    pool->setExpiryTimeout(30'000);
    return pool;
}
} // namespace

QThreadPool &chartThreads(ChartWork work) {
    switch (work) {
    case ChartWork::Read: {
        static QThreadPool *pool = makePool(2);
        return *pool;
    }
    case ChartWork::Draw: {
        static QThreadPool *pool = makePool(2);
        return *pool;
    }
    case ChartWork::ReadPart: {
        static QThreadPool *pool = makePool(std::clamp(QThread::idealThreadCount(), 1, 8));
        return *pool;
    }
    case ChartWork::Raster:
        break;
    }
    static QThreadPool *pool = makePool(std::clamp(QThread::idealThreadCount(), 1, 8));
    return *pool;
}

} // namespace mlwb::widgets::experiments
