#pragma once

#include "net/apirequest.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <memory>

namespace ct {

/// The one HTTP policy every cloud call goes through.
struct HttpPolicy
{
    int timeoutMs = 30'000; ///< per request, without data moving (QNetworkRequest transfer timeout)
    int maxAttempts = 4; ///< first try + retries for 429/502/503/504 and dropped connections
    int baseBackoffMs = 500; ///< full-jitter exponential backoff: random(0, base * 2^attempt)
    int maxBackoffMs = 20'000; ///< a longer Retry-After fails the call with RateLimited instead of waiting
    /// HTTP statuses worth retrying (idempotent requests). CloudStack uses its own 5xx codes (530, 534), so
    /// each cloud's session may set its own list.
    QList<int> retryStatuses {429, 502, 503, 504};
    /// Of those, the ones that prove the server did not process the request: retried even for creates.
    QList<int> notProcessedStatuses {429, 503};
};

struct TlsOptions
{
    QString caFile; ///< PEM bundle added to the system's trusted CAs (clouds.yaml `cacert`)
    bool insecure = false; ///< skip verification (clouds.yaml `verify: false`); warned about in the UI and log
};

class ApiSession;

/// Supplies and renews credentials for a session (Keystone tokens, CloudStack sessions).
class Authenticator
{
public:
    virtual ~Authenticator() = default;
    /// Adds credentials to an outgoing request (e.g. X-Auth-Token).
    virtual void decorate(ApiRequest& request) const = 0;
    /// Gets fresh credentials. Called at most once per failing request (after a 401), and shared between
    /// requests that fail together.
    virtual QFuture<Status> reauthenticate() = 0;
};

/// One request to a cloud API from start to one finished() — including retries with backoff, one
/// re-authentication after a 401, per-request timeout and TLS options. Deletes itself after finished().
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ApiJob(ApiSession* session, ApiRequest request);
    ~ApiJob() override;

    void start();
    /// Cancels; finished() follows with a TimedOut-free "cancelled" error.
    void abort();
    const ApiRequest& request() const { return m_request; }

signals:
    void finished(const ct::Result<ct::ApiReply>& result);
    /// Bytes sent for a streamed upload (bodyDevice), else bytes received.
    void progress(qint64 bytesDone, qint64 bytesTotal);

private:
    void sendAttempt();
    void onReplyFinished();
    void retryLater(int delayMs, const QString& reason);
    void finish(const Result<ApiReply>& result);
    Error errorForStatus(
        int status, const QByteArray& body, const QByteArray& contentType, const QByteArray& retryAfter) const;
    Error errorForNetwork(QNetworkReply::NetworkError error, const QString& text) const;

    QPointer<ApiSession> m_session;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_backoff;
    QElapsedTimer m_clock;
    int m_attempt = 0;
    bool m_reauthenticated = false;
    bool m_finished = false;
    bool m_aborted = false;
    qint64 m_streamed = 0;
};

/// Everything shared by the calls to one cloud account: the network manager, the policy, TLS options,
/// the authenticator and the cloud's display name (used in every error message).
class ApiSession : public QObject
{
    Q_OBJECT

public:
    ApiSession(QString cloudName, HttpPolicy policy = {}, TlsOptions tls = {}, QObject* parent = nullptr);
    /// Finishes every request still in flight with a "cancelled" error, so that no future is left dangling.
    ~ApiSession() override;

    /// Loads the CA file; fails with a message naming the file when it cannot be read.
    Status prepareTls();
    void setAuthenticator(Authenticator* authenticator) { m_authenticator = authenticator; }
    Authenticator* authenticator() const { return m_authenticator; }

    const QString& cloudName() const { return m_cloudName; }
    const HttpPolicy& policy() const { return m_policy; }
    void setPolicy(const HttpPolicy& policy) { m_policy = policy; }
    const TlsOptions& tls() const { return m_tls; }

    /// Turns a failed HTTP answer into the Error a person reads. Set by clouds whose error bodies and status
    /// codes need their own reading (CloudStack's 43x/53x); without one, the generic OpenStack-style mapping
    /// applies.
    using ErrorTranslator = std::function<Error(
        const ApiRequest& request, int status, const QByteArray& body, const QByteArray& contentType)>;
    void setErrorTranslator(ErrorTranslator translator) { m_errorTranslator = std::move(translator); }
    const ErrorTranslator& errorTranslator() const { return m_errorTranslator; }

    /// Fails every request in flight and every waiter for a re-authentication ("cancelled"), now, while the
    /// owner's clients are still alive to see it (their continuations are bound to them).
    void abortAll();

    /// Starts a job. Connect to its finished() before returning to the event loop.
    ApiJob* send(ApiRequest request);
    /// The same, as a future.
    QFuture<Result<ApiReply>> call(ApiRequest request);

    /// Re-authenticates once for every request that got a 401 at about the same time.
    QFuture<Status> sharedReauthentication();

    QNetworkAccessManager* network() { return &m_network; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }

private:
    QString m_cloudName;
    HttpPolicy m_policy;
    TlsOptions m_tls;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_network;
    Authenticator* m_authenticator = nullptr;
    ErrorTranslator m_errorTranslator;
    // Qt 6.4 runs only the last continuation attached to a QFuture, so every waiter gets its own promise.
    bool m_reauthRunning = false;
    QList<std::shared_ptr<QPromise<Status>>> m_reauthWaiters;
};

/// The human-readable text a cloud put in an error body: OpenStack's {"itemNotFound":{"message":…}},
/// Keystone's {"error":{"message":…}}, Neutron's {"NeutronError":{"message":…}}, CloudStack's errortext,
/// or the title/text of an HTML page from a proxy. Never longer than ~300 characters.
QString extractCloudMessage(const QByteArray& body, const QByteArray& contentType);

} // namespace ct
