#pragma once

#include <QFuture>
#include <QList>
#include <QObject>
#include <QPromise>

#include <memory>

namespace ct::openstack {

/// One operation that several callers wait for (a sign-in, a version negotiation). Every caller gets its
/// own future: in Qt 6.4 a QFuture keeps only one continuation, so handing the same QFuture to two callers
/// that both call .then() silently drops the first continuation.
template<class T>
class SharedResult
{
public:
    bool running() const { return m_running; }

    /// A future for the operation in flight (call start() after the first join()).
    QFuture<T> join()
    {
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        m_waiters.append(promise);
        return promise->future();
    }

    /// Runs `work` and hands its result to every joined caller. `context` owns this object.
    void start(QFuture<T> work, QObject* context)
    {
        m_running = true;
        work.then(context, [this](const T& value) { finish(value); });
    }

private:
    void finish(const T& value)
    {
        m_running = false;
        const QList<std::shared_ptr<QPromise<T>>> waiters = std::move(m_waiters);
        m_waiters.clear();
        for (const auto& promise : waiters) {
            promise->addResult(value);
            promise->finish();
        }
    }

    bool m_running = false;
    QList<std::shared_ptr<QPromise<T>>> m_waiters;
};

} // namespace ct::openstack
