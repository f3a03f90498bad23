#include "store/storeworker.h"

namespace ct {

StoreWorker::StoreWorker(DatabaseUrl url, AccountService::Options options)
    : m_url(std::move(url))
    , m_options(std::move(options))
{
    // One thread that never expires: the connection must stay on the thread that opened it.
    m_thread.setMaxThreadCount(1);
    m_thread.setExpiryTimeout(-1);
}

StoreWorker::~StoreWorker()
{
    // Close the connection on its own thread, after any work still queued.
    (void)QtConcurrent::run(&m_thread, [state = m_state]() {
        state->accounts.reset();
        state->database.reset();
    });
    m_thread.waitForDone();
}

QFuture<Status> StoreWorker::open()
{
    return QtConcurrent::run(&m_thread, [state = m_state, url = m_url, options = m_options]() -> Status {
        auto database = Database::open(url);
        if (!database)
            return database.error();
        state->database = std::move(database.value());
        state->accounts = std::make_unique<AccountService>(*state->database, options);
        return {};
    });
}

} // namespace ct
