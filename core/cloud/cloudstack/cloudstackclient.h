#pragma once

#include "cloud/cloudstack/authenticators.h"
#include "cloud/cloudstack/signer.h"
#include "net/apisession.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <memory>

namespace ct::cloudstack {

/// How to sign in: an API key + secret key, or a user name + password (+ domain path).
struct Credentials
{
    QString apiKey;
    QByteArray secretKey;
    QString userName;
    QByteArray password;
    QString domain = QStringLiteral("/"); ///< the domain *path*; "/" is ROOT
    bool usesLogin() const { return apiKey.isEmpty(); }
};

struct CallOptions
{
    /// Send as a form-encoded POST (the signature covers the form parameters). Also chosen on its own for
    /// long parameter strings (userdata), which GET would truncate.
    bool post = false;
    /// Creates are not retried after a dropped connection (see ApiRequest::idempotent).
    bool idempotent = true;
};

/// Stops a wait early. Shared between the caller and the wait; cancelling does not stop the cloud's job.
class Cancellation
{
public:
    void cancel() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

private:
    std::atomic_bool m_cancelled {false};
};

struct JobWait
{
    QDeadlineTimer deadline {QDeadlineTimer::Forever};
    std::shared_ptr<Cancellation> cancel;
};

/// One CloudStack API endpoint (…/client/api) for one account: signing or login, CloudStack's error codes,
/// paged lists and async jobs, all through one ApiSession.
class CloudStackClient : public QObject
{
    Q_OBJECT

public:
    /// Long parameter strings go by POST: GET URLs are cut at a few KB by proxies and by CloudStack itself.
    static constexpr int kMaxGetQueryBytes = 2000;
    static constexpr int kDefaultPageSize = 500; ///< CloudStack's default.page.size

    CloudStackClient(QString cloudName, QUrl apiUrl, Credentials credentials, HttpPolicy policy = {},
        TlsOptions tls = {}, QObject* parent = nullptr);
    ~CloudStackClient() override;

    Status prepareTls() { return m_session->prepareTls(); }
    ApiSession* session() const { return m_session.get(); }
    const QString& cloudName() const { return m_session->cloudName(); }
    const QUrl& apiUrl() const { return m_apiUrl; }
    bool usesLogin() const { return m_credentials.usesLogin(); }
    /// The API key authenticator, when signing (tests fix its clock).
    ApiKeyAuthenticator* apiKeyAuthenticator() const { return m_apiKeyAuth.get(); }
    LoginAuthenticator* loginAuthenticator() const { return m_loginAuth.get(); }

    /// Signs in when the account uses a password and there is no session yet; ready at once otherwise.
    QFuture<Status> ensureSession();

    /// Runs `command` and returns the whole JSON document the cloud answered with.
    QFuture<Result<QJsonObject>> callDocument(const QString& command, Parameters parameters, CallOptions options = {});
    /// Runs `command` and returns its response object (the value of "<command>response").
    QFuture<Result<QJsonObject>> call(const QString& command, Parameters parameters, CallOptions options = {});

    /// The URL a signed GET of `command` would use, for dry runs. It carries the API key and the signature
    /// but never the secret key; for password accounts it carries no credentials at all.
    QUrl signedUrl(const QString& command, Parameters parameters) const;

    /// Every item of a list command: page 1 first, then, once `count` is known, the remaining pages in
    /// parallel (at most maxParallelPages() at a time); items de-duplicated by `id` (a page may shift while
    /// others are read). `arrayKey` is the array's name in the response ("virtualmachine"). Missing count and
    /// array read as an empty list.
    QFuture<Result<QList<QJsonObject>>> listAll(
        const QString& command, Parameters parameters, const QString& arrayKey, int pageSize = kDefaultPageSize);

    /// Runs an async command and waits for its job; returns the job's `jobresult`. The job id is announced
    /// through asyncJobStarted() as soon as it is known.
    QFuture<Result<QJsonObject>> callAsync(
        const QString& command, Parameters parameters, CallOptions options = {}, JobWait wait = {});
    /// Polls queryAsyncJobResult until the job ends, the deadline passes or the wait is cancelled; returns
    /// `jobresult`. Usable for a job id remembered from an earlier run.
    QFuture<Result<QJsonObject>> waitForJob(const QString& jobId, const QString& command, JobWait wait = {});

    /// How many pages listAll() requests at once after page 1: 0 (the default) = all remaining pages at once,
    /// 1 = one page after the other (gentler on a throttled or busy management server), n = batches of n.
    void setMaxParallelPages(int pages) { m_maxParallelPages = std::max(0, pages); }
    int maxParallelPages() const { return m_maxParallelPages; }

    /// Poll interval for jobs: starts at `initialMs`, doubles up to `maxMs`. Tests use 0–10 ms.
    void setPollIntervals(int initialMs, int maxMs);
    /// Used when a JobWait has no deadline of its own.
    void setDefaultJobTimeout(int ms) { m_defaultJobTimeoutMs = ms; }

    /// The response object of `command` inside a document (tolerates the odd names some commands use).
    static QJsonObject responseOf(const QJsonObject& document, const QString& command);

signals:
    /// An async job was accepted; `resourceId` is the new resource's id for create commands, when given.
    void asyncJobStarted(const QString& jobId, const QString& command, const QString& resourceId);
    void asyncJobFinished(const QString& jobId, const QString& command, bool succeeded);

private:
    struct JobPoll;
    ApiRequest buildRequest(const QString& command, Parameters parameters, const CallOptions& options) const;
    Error translate(const ApiRequest& request, int status, const QByteArray& body, const QByteArray& contentType) const;
    Result<QJsonObject> parseDocument(const ApiReply& reply, const QString& command) const;
    void poll(std::shared_ptr<JobPoll> state);

    QUrl m_apiUrl;
    Credentials m_credentials;
    // Declared before the session: the session (and the jobs in it) goes first.
    std::unique_ptr<ApiKeyAuthenticator> m_apiKeyAuth;
    std::unique_ptr<LoginAuthenticator> m_loginAuth;
    std::unique_ptr<ApiSession> m_session;
    int m_pollInitialMs = 1000;
    int m_pollMaxMs = 10'000;
    int m_defaultJobTimeoutMs = 30 * 60 * 1000;
    int m_maxParallelPages = 0;
};

/// The Error for a CloudStack error code (HTTP status or a job's jobresult errorcode): the kind, and a
/// sentence on what to do.
Error cloudStackError(
    const QString& cloudName, const QString& command, int errorCode, int csErrorCode, const QString& said);

} // namespace ct::cloudstack
