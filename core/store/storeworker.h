#pragma once

#include "auth/accountservice.h"
#include "store/database.h"
#include "util/result.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent>

#include <memory>
#include <type_traits>

namespace ct {

/// Runs all database and password-hashing work on one dedicated thread, so the GUI thread never waits for
/// disk or Argon2id. The Database lives and dies on that thread (a Qt SQL requirement).
///
///     worker.run([user](AccountService& accounts) { return accounts.storeFor(user)->events(); })
///         .then(this, [this](const Result<QList<ActivityEvent>>& events) { ... });
class StoreWorker
{
public:
    StoreWorker(DatabaseUrl url, AccountService::Options options);
    ~StoreWorker();
    StoreWorker(const StoreWorker&) = delete;
    StoreWorker& operator=(const StoreWorker&) = delete;

    /// Opens and migrates the database. Must finish successfully before run() is used.
    QFuture<Status> open();

    template<class Fn>
    auto run(Fn fn) -> QFuture<std::invoke_result_t<Fn, AccountService&>>
    {
        return QtConcurrent::run(&m_thread, [state = m_state, fn = std::move(fn)]() mutable {
            Q_ASSERT(state->accounts);
            return fn(*state->accounts);
        });
    }

    const DatabaseUrl& url() const { return m_url; }

private:
    struct State
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<AccountService> accounts;
    };
    DatabaseUrl m_url;
    AccountService::Options m_options;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    QThreadPool m_thread;
};

} // namespace ct
