#pragma once

#include "cloud/cloudprovider.h"
#include "net/apisession.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QPromise>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace ct::openstack {

/// Who asked what, for messages: "<cloud>: could not <action> (<service> service) ...".
struct CallContext
{
    QString cloud;
    QString service;
    QString action;
};

/// One page of a collection and the query of the request for the next one (empty: this was the last page).
template<class T>
struct Page
{
    QList<T> items;
    QUrlQuery next;
};

/// Shared plumbing of the Glance, Cinder and Neutron clients: turning replies into typed values, following
/// pages, polling. Everything runs as continuations on the session's thread; nothing blocks.
class ServiceCall
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCall)

public:
    static CallContext context(const ApiSession* session, const ApiRequest& request);

    /// The error for an answer that does not match the API reference (ErrorCode::UnexpectedResponse).
    static Error unexpected(const CallContext& context, const QString& detail);
    /// The error when the provider gave us no session (a programming error, but never a crash).
    static Error noSession(const QString& service, const QString& action);

    /// The reply body as a JSON object.
    static Result<QJsonObject> object(const CallContext& context, const ApiReply& reply);
    /// `parent[key]` as an object / array; a missing or mistyped key is UnexpectedResponse naming it.
    static Result<QJsonObject> objectMember(const CallContext& context, const QJsonObject& parent, const QString& key);
    static Result<QJsonArray> arrayMember(const CallContext& context, const QJsonObject& parent, const QString& key);

    /// ISO 8601 with or without fractions; without an offset the time is UTC (Cinder and Neutron omit it).
    static QDateTime time(const QJsonValue& value);
    /// Numbers and numeric strings; 0 for anything else (null, missing).
    static qint64 integer(const QJsonValue& value);
    /// true/false and the strings "true"/"false" (Cinder's `bootable`).
    static bool boolean(const QJsonValue& value);
    /// A JSON string, a number as text, or empty (null, missing, other types).
    static QString string(const QJsonValue& value);

    /// The query of a `next` link, absolute or relative. Only the query is used, so that the next page goes to
    /// the catalog's endpoint even when the cloud writes links with an internal host name.
    static QUrlQuery queryOf(const QString& href);
    /// The `rel: next` href in an OpenStack `<collection>_links` array, or empty.
    static QString nextLink(const QJsonArray& links);

    /// Runs the request and hands a successful reply to `parse(const CallContext&, const ApiReply&)`, which
    /// returns Result<T>; failures pass through unchanged.
    template<class T, class Parse>
    static QFuture<Result<T>> map(ApiSession* session, ApiRequest request, Parse parse)
    {
        if (!session)
            return QtFuture::makeReadyFuture<Result<T>>(noSession(request.service, request.action));
        const CallContext ctx = context(session, request);
        return session->call(std::move(request))
            .then(session, [ctx, parse = std::move(parse)](const Result<ApiReply>& reply) -> Result<T> {
                if (!reply)
                    return reply.error();
                return parse(ctx, *reply);
            });
    }

    /// Runs a request whose answer carries nothing we need (DELETE → 204/202).
    static QFuture<Status> status(ApiSession* session, ApiRequest request);

    /// Runs a request and reports its transfer progress as `phase`, done, total (`knownTotal` when the transfer
    /// does not say). Only forward progress is reported: ApiJob::progress carries both directions, and the
    /// reply's empty download after an upload must not reset the upload's count.
    static QFuture<Result<ApiReply>> send(ApiSession* session, ApiRequest request, ProgressCallback progress,
        const QString& phase, qint64 knownTotal = -1);

    /// Forwards a job's progress to `progress`, forward moves only (see send()).
    static void connectProgress(
        ApiJob* job, QObject* context, ProgressCallback progress, const QString& phase, qint64 knownTotal);

    /// Fetches every page: `first`, then `first` with the query each page names as next.
    /// `parse(const CallContext&, const ApiReply&)` returns Result<Page<T>>.
    template<class T, class Parse>
    static QFuture<Result<QList<T>>> allPages(ApiSession* session, ApiRequest first, Parse parse);

    /// Calls `fetch()` until `decide(result)` returns a final result, waiting `initial`, then 1.5 times longer
    /// each round up to `maximum`. When the deadline passes first, `onTimeout(last result)` is the answer.
    template<class T>
    static QFuture<Result<T>> poll(QObject* context, std::function<QFuture<Result<T>>()> fetch,
        std::function<std::optional<Result<T>>(const Result<T>&)> decide,
        std::function<Result<T>(const Result<T>&)> onTimeout, QDeadlineTimer deadline,
        std::chrono::milliseconds initial, std::chrono::milliseconds maximum);

private:
    template<class T, class Parse>
    struct Pager;
    template<class T>
    struct Poller;
    static constexpr int kMaxPages = 100'000; // a cloud that links pages in a circle must not hang us
};

// ---------------------------------------------------------------------------------------------------------

template<class T, class Parse>
struct ServiceCall::Pager : std::enable_shared_from_this<ServiceCall::Pager<T, Parse>>
{
    QPromise<Result<QList<T>>> promise;
    QList<T> items;
    QSet<QString> seen;
    ApiSession* session = nullptr;
    ApiRequest request;
    Parse parse;
    int pages = 0;

    Pager(ApiSession* s, ApiRequest r, Parse p)
        : session(s)
        , request(std::move(r))
        , parse(std::move(p))
    { }

    void finish(Result<QList<T>> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }

    void fetch()
    {
        auto self = this->shared_from_this();
        session->call(request).then(session, [self](const Result<ApiReply>& reply) {
            if (!reply) {
                self->finish(reply.error());
                return;
            }
            const CallContext ctx = context(self->session, self->request);
            Result<Page<T>> page = self->parse(ctx, *reply);
            if (!page) {
                self->finish(page.error());
                return;
            }
            self->items.append(page->items);
            ++self->pages;
            // An empty page ends the list even with a next link (Neutron links past the last full page).
            if (page->next.isEmpty() || page->items.isEmpty()) {
                self->finish(std::move(self->items));
                return;
            }
            const QString key = page->next.toString(QUrl::FullyEncoded);
            if (self->seen.contains(key) || self->pages >= kMaxPages) {
                self->finish(unexpected(ctx, tr("the pages link back to a page already read (%1)").arg(key)));
                return;
            }
            self->seen.insert(key);
            QUrl next = self->request.url;
            next.setQuery(page->next);
            self->request.url = next;
            self->fetch();
        });
    }
};

template<class T, class Parse>
QFuture<Result<QList<T>>> ServiceCall::allPages(ApiSession* session, ApiRequest first, Parse parse)
{
    if (!session)
        return QtFuture::makeReadyFuture<Result<QList<T>>>(noSession(first.service, first.action));
    auto pager = std::make_shared<Pager<T, Parse>>(session, std::move(first), std::move(parse));
    pager->promise.start();
    QFuture<Result<QList<T>>> future = pager->promise.future();
    pager->fetch();
    return future;
}

template<class T>
struct ServiceCall::Poller : std::enable_shared_from_this<ServiceCall::Poller<T>>
{
    QPromise<Result<T>> promise;
    QObject* context = nullptr;
    std::function<QFuture<Result<T>>()> fetch;
    std::function<std::optional<Result<T>>(const Result<T>&)> decide;
    std::function<Result<T>(const Result<T>&)> onTimeout;
    QDeadlineTimer deadline;
    std::chrono::milliseconds interval {0};
    std::chrono::milliseconds maximum {0};

    void finish(Result<T> result)
    {
        promise.addResult(std::move(result));
        promise.finish();
    }

    void round()
    {
        auto self = this->shared_from_this();
        fetch().then(context, [self](const Result<T>& result) {
            if (std::optional<Result<T>> done = self->decide(result)) {
                self->finish(std::move(*done));
                return;
            }
            if (self->deadline.hasExpired()) {
                self->finish(self->onTimeout(result));
                return;
            }
            const qint64 remaining = self->deadline.remainingTime(); // -1: forever
            qint64 delay = self->interval.count();
            if (remaining >= 0)
                delay = std::min(delay, remaining);
            self->interval = std::min(self->maximum, self->interval + self->interval / 2);
            QTimer::singleShot(std::chrono::milliseconds(delay), self->context, [self]() { self->round(); });
        });
    }
};

template<class T>
QFuture<Result<T>> ServiceCall::poll(QObject* context, std::function<QFuture<Result<T>>()> fetch,
    std::function<std::optional<Result<T>>(const Result<T>&)> decide,
    std::function<Result<T>(const Result<T>&)> onTimeout, QDeadlineTimer deadline, std::chrono::milliseconds initial,
    std::chrono::milliseconds maximum)
{
    auto poller = std::make_shared<Poller<T>>();
    poller->context = context;
    poller->fetch = std::move(fetch);
    poller->decide = std::move(decide);
    poller->onTimeout = std::move(onTimeout);
    poller->deadline = deadline;
    poller->interval = std::max(initial, std::chrono::milliseconds(1));
    poller->maximum = std::max(maximum, poller->interval);
    poller->promise.start();
    QFuture<Result<T>> future = poller->promise.future();
    poller->round();
    return future;
}

} // namespace ct::openstack
