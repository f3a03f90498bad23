#include "cloud/cloudstack/cloudstackclient.h"

#include "logging/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace ct::cloudstack {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("ct::cloudstack::CloudStackClient", text); }

template<class T>
QFuture<Result<T>> readyError(Error error)
{
    return QtFuture::makeReadyFuture(Result<T>(std::move(error)));
}

template<class T>
std::shared_ptr<QPromise<Result<T>>> startedPromise()
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    return promise;
}

template<class T>
void settle(const std::shared_ptr<QPromise<Result<T>>>& promise, Result<T> result)
{
    promise->addResult(std::move(result));
    promise->finish();
}

/// CloudStack writes some numbers as strings ("count":"3" in older versions, jobstatus in some proxies).
int intOf(const QJsonValue& value, int fallback = 0)
{
    if (value.isDouble())
        return value.toInt();
    bool ok = false;
    const int parsed = value.toString().toInt(&ok);
    return ok ? parsed : fallback;
}

} // namespace

Error cloudStackError(
    const QString& cloudName, const QString& command, int errorCode, int csErrorCode, const QString& said)
{
    ErrorCode code = ErrorCode::UnexpectedResponse;
    QString hint;
    // A refused login is 531 ACCOUNT_ERROR on a real server (DefaultLoginAPIAuthenticatorCmd turns the
    // CloudAuthenticationException into ApiErrorCode.ACCOUNT_ERROR), not a missing permission.
    const bool refusedLogin = command == QLatin1String("login") && errorCode == 531;
    switch (refusedLogin ? 401 : errorCode) {
    case 401:
        code = ErrorCode::AuthenticationFailed;
        hint = command == QLatin1String("login")
            ? tr("Check the user name, password and domain in this cloud's settings.")
            : tr("Check the API key and secret key (or user name, password and domain) in this cloud's settings, "
                 "and that this computer's clock is right: signed requests expire after a few minutes.");
        break;
    case 430:
    case 431:
        code = ErrorCode::InvalidInput;
        hint = tr("CloudStack rejected a parameter of the request. Check the value it names.");
        break;
    case 432:
        code = ErrorCode::PermissionDenied;
        hint = tr("This CloudStack does not offer the command, or your role may not use it. Ask the cloud's "
                  "administrator.");
        break;
    case 429:
        code = ErrorCode::RateLimited;
        hint = tr("CloudStack is limiting API requests (api.throttling). Wait a minute and try again.");
        break;
    case 530:
        code = ErrorCode::UnexpectedResponse;
        hint = tr("CloudStack had an internal error. Try again; if it lasts, tell the cloud's administrator.");
        break;
    case 531:
        code = ErrorCode::PermissionDenied;
        hint = tr("Your account may not do this. Ask the cloud's administrator for the permission.");
        break;
    case 532:
        code = ErrorCode::QuotaExceeded;
        hint = tr("The account's resource limit is reached. Delete something you no longer need, or ask the "
                  "cloud's administrator for a higher limit.");
        break;
    case 533:
        code = ErrorCode::Unavailable;
        hint = tr("The cloud has no capacity for this right now (hosts, storage or addresses). Try a smaller "
                  "offering or another zone, or ask the cloud's administrator.");
        break;
    case 534:
        code = ErrorCode::Unavailable;
        hint = tr("A resource CloudStack needs is unavailable right now. Try again later.");
        break;
    case 535:
        code = ErrorCode::Unavailable;
        hint = tr("CloudStack could not allocate the resource. Try again, or try another offering or zone.");
        break;
    case 536:
        code = ErrorCode::Conflict;
        hint = tr("The resource is in use. Detach or stop what uses it, then try again.");
        break;
    case 537:
        code = ErrorCode::Conflict;
        hint = tr("A network rule conflicts with an existing one. Remove or change the existing rule first.");
        break;
    case 502:
    case 503:
    case 504:
        // Not CloudStack's own codes: a load balancer or proxy in front of a management server that is down,
        // restarting or overloaded.
        code = ErrorCode::Unavailable;
        hint = tr("The CloudStack API (or the proxy in front of it) is not available right now. Try again in a "
                  "few minutes; if it lasts, tell the cloud's administrator.");
        break;
    default:
        hint = tr("CloudStack answered with an unexpected error. Try again; if it lasts, tell the cloud's "
                  "administrator.");
        break;
    }
    QString message = csErrorCode > 0
        ? tr("%1: CloudStack could not run %2 (error %3, %4).").arg(cloudName, command).arg(errorCode).arg(csErrorCode)
        : tr("%1: CloudStack could not run %2 (error %3).").arg(cloudName, command).arg(errorCode);
    if (!said.isEmpty())
        message += QLatin1Char(' ') + tr("The cloud said: \u201c%1\u201d.").arg(said);
    message += QLatin1Char(' ') + hint;
    Error error = makeError(code, message);
    error.httpStatus = errorCode;
    return error;
}

CloudStackClient::CloudStackClient(
    QString cloudName, QUrl apiUrl, Credentials credentials, HttpPolicy policy, TlsOptions tls, QObject* parent)
    : QObject(parent)
    , m_apiUrl(std::move(apiUrl))
    , m_credentials(std::move(credentials))
{
    // CloudStack's own retriable codes: throttling, internal error, resource unavailable. 431/432/533 and
    // the rest are never retried blindly.
    policy.retryStatuses = {429, 502, 503, 504, 530, 534};
    policy.notProcessedStatuses = {429, 503};
    m_session = std::make_unique<ApiSession>(std::move(cloudName), policy, std::move(tls));
    if (m_credentials.usesLogin()) {
        m_loginAuth = std::make_unique<LoginAuthenticator>(m_session.get(), m_apiUrl, m_credentials.userName,
            m_credentials.password, m_credentials.domain.isEmpty() ? QStringLiteral("/") : m_credentials.domain);
        m_session->setAuthenticator(m_loginAuth.get());
    } else {
        m_apiKeyAuth = std::make_unique<ApiKeyAuthenticator>(m_credentials.apiKey, m_credentials.secretKey);
        m_session->setAuthenticator(m_apiKeyAuth.get());
    }
    m_session->setErrorTranslator(
        [this](const ApiRequest& request, int status, const QByteArray& body, const QByteArray& contentType) {
            return translate(request, status, body, contentType);
        });
}

CloudStackClient::~CloudStackClient()
{
    // The session's jobs call back into the authenticators and the translator: end them first.
    m_session.reset();
}

void CloudStackClient::setPollIntervals(int initialMs, int maxMs)
{
    m_pollInitialMs = std::max(0, initialMs);
    m_pollMaxMs = std::max(m_pollInitialMs, maxMs);
}

Error CloudStackClient::translate(
    const ApiRequest& request, int status, const QByteArray& body, const QByteArray& contentType) const
{
    const QJsonObject document = QJsonDocument::fromJson(body).object();
    QJsonObject response;
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (it.value().isObject() && it.value().toObject().contains(QLatin1String("errorcode"))) {
            response = it.value().toObject();
            break;
        }
    }
    const QString said = response.contains(QLatin1String("errortext"))
        ? response.value(QLatin1String("errortext")).toString()
        : extractCloudMessage(body, contentType);
    // The body's errorcode equals the HTTP status; a proxy's 5xx page has none, so the status decides.
    return cloudStackError(
        cloudName(), request.action, status, intOf(response.value(QLatin1String("cserrorcode"))), said.left(500));
}

QJsonObject CloudStackClient::responseOf(const QJsonObject& document, const QString& command)
{
    const QString key = command.toLower() + QStringLiteral("response");
    if (document.contains(key))
        return document.value(key).toObject();
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (it.key().endsWith(QLatin1String("response")) && it.value().isObject())
            return it.value().toObject();
    }
    return {};
}

ApiRequest CloudStackClient::buildRequest(
    const QString& command, Parameters parameters, const CallOptions& options) const
{
    Parameters all = normalized(parameters);
    all.prepend({QStringLiteral("command"), command});
    all.erase(
        std::remove_if(all.begin() + 1, all.end(),
            [](const auto& p) { return p.first == QLatin1String("command") || p.first == QLatin1String("response"); }),
        all.end());
    all.append({QStringLiteral("response"), QStringLiteral("json")});
    const QByteArray encoded = encodeParameters(all);

    ApiRequest request;
    request.method = options.post || encoded.size() > kMaxGetQueryBytes ? "POST" : "GET";
    request.url = m_apiUrl;
    request.idempotent = options.idempotent;
    request.service = QStringLiteral("CloudStack");
    request.action = command; // what error messages name: the command attempted
    if (request.method == "POST")
        request.header("Content-Type", "application/x-www-form-urlencoded");
    // CloudStack answers errors with their own status (401, 43x, 53x); the translator reads them.
    setRequestParameters(request, encoded);
    return request;
}

QUrl CloudStackClient::signedUrl(const QString& command, Parameters parameters) const
{
    ApiRequest request = buildRequest(command, std::move(parameters), CallOptions {});
    request.method = "GET";
    setRequestParameters(request, encodeParameters(requestParameters(request)));
    if (m_apiKeyAuth)
        m_apiKeyAuth->decorate(request);
    return request.url;
}

QFuture<Status> CloudStackClient::ensureSession()
{
    if (!m_loginAuth || m_loginAuth->hasSession())
        return QtFuture::makeReadyFuture(Status());
    return m_session->sharedReauthentication();
}

Result<QJsonObject> CloudStackClient::parseDocument(const ApiReply& reply, const QString& command) const
{
    const QByteArray trimmed = reply.body.trimmed();
    if (trimmed.startsWith('<'))
        return makeError(ErrorCode::UnexpectedResponse,
            tr("%1: CloudStack could not run %2 \u2014 the API answered with an HTML page (\u201c%3\u201d) instead "
               "of JSON. A proxy or login page may sit in front of the cloud: check the API URL (it usually "
               "ends in /client/api).")
                .arg(cloudName(), command, extractCloudMessage(trimmed, reply.header("Content-Type"))));
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return makeError(ErrorCode::UnexpectedResponse,
            tr("%1: CloudStack could not run %2 \u2014 the API sent malformed JSON (%3 at byte %4). Try again; if "
               "it lasts, tell the cloud's administrator.")
                .arg(cloudName(), command,
                    error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object"))
                .arg(error.offset));
    return document.object();
}

QFuture<Result<QJsonObject>> CloudStackClient::callDocument(
    const QString& command, Parameters parameters, CallOptions options)
{
    ApiRequest request = buildRequest(command, std::move(parameters), options);
    return ensureSession()
        .then(this,
            [this, request, command](const Status& ready) -> QFuture<Result<QJsonObject>> {
                if (!ready)
                    return readyError<QJsonObject>(ready.error());
                return m_session->call(request).then(
                    this, [this, command](const Result<ApiReply>& reply) -> Result<QJsonObject> {
                        if (!reply)
                            return reply.error();
                        return parseDocument(*reply, command);
                    });
            })
        .unwrap();
}

QFuture<Result<QJsonObject>> CloudStackClient::call(const QString& command, Parameters parameters, CallOptions options)
{
    return callDocument(command, std::move(parameters), options)
        .then(this, [command](const Result<QJsonObject>& document) -> Result<QJsonObject> {
            if (!document)
                return document.error();
            return responseOf(*document, command);
        });
}

// --- paging -----------------------------------------------------------------------------------------------

namespace {

struct PageSet
{
    QString command;
    Parameters parameters;
    QString arrayKey;
    int pageSize = 0;
    int maxCount = 0;
    int pagesRead = 0;
    QList<QJsonObject> items;
    QSet<QString> ids;

    /// Adds the page's items not seen yet; returns the count the page reported (-1 when it had none).
    int add(const QJsonObject& response)
    {
        for (const QJsonValue& value : response.value(arrayKey).toArray()) {
            const QJsonObject item = value.toObject();
            const QString id = item.value(QLatin1String("id")).toString();
            if (!id.isEmpty()) {
                if (ids.contains(id))
                    continue;
                ids.insert(id);
            }
            items.append(item);
        }
        ++pagesRead;
        if (!response.contains(QLatin1String("count")))
            return -1;
        const int count = intOf(response.value(QLatin1String("count")));
        maxCount = std::max(maxCount, count);
        return count;
    }
    int pagesNeeded() const { return pageSize > 0 ? (maxCount + pageSize - 1) / pageSize : 1; }
    Parameters forPage(int page) const
    {
        Parameters p = parameters;
        p.append({QStringLiteral("page"), QString::number(page)});
        p.append({QStringLiteral("pagesize"), QString::number(pageSize)});
        return p;
    }
};

} // namespace

QFuture<Result<QList<QJsonObject>>> CloudStackClient::listAll(
    const QString& command, Parameters parameters, const QString& arrayKey, int pageSize)
{
    auto set = std::make_shared<PageSet>();
    set->command = command;
    set->arrayKey = arrayKey;
    set->pageSize = std::max(1, pageSize);
    // page and pagesize always travel together (BaseListCmd rejects one without the other).
    for (const auto& pair : normalized(parameters)) {
        if (pair.first != QLatin1String("page") && pair.first != QLatin1String("pagesize"))
            set->parameters.append(pair);
    }
    auto promise = startedPromise<QList<QJsonObject>>();

    // Reads pages [from, last] in parallel (last = to, or the end of a batch of maxParallelPages), then the
    // rest, and more if some page reported a larger count meanwhile.
    auto readRest = std::make_shared<std::function<void(int, int)>>();
    std::weak_ptr<std::function<void(int, int)>> weakReadRest = readRest;
    const int batch = m_maxParallelPages;
    *readRest = [this, set, promise, weakReadRest, batch](int from, int to) {
        const int last = batch > 0 ? std::min(to, from + batch - 1) : to;
        QList<QFuture<Result<QJsonObject>>> pages;
        for (int page = from; page <= last; ++page)
            pages.append(call(set->command, set->forPage(page)));
        QtFuture::whenAll(pages.begin(), pages.end())
            .then(this, [set, promise, to, last, weakReadRest](const QList<QFuture<Result<QJsonObject>>>& done) {
                for (const auto& page : done) {
                    const Result<QJsonObject> response = page.result();
                    if (!response) {
                        settle(promise, Result<QList<QJsonObject>>(response.error()));
                        return;
                    }
                    set->add(*response);
                }
                // A page that came back full while the count grew means more items exist than page 1 knew.
                const int target = std::max(to, set->pagesNeeded());
                if (last < target && set->pagesRead < 1000) {
                    if (auto next = weakReadRest.lock())
                        (*next)(last + 1, target);
                    return;
                }
                settle(promise, Result<QList<QJsonObject>>(set->items));
            });
    };

    call(command, set->forPage(1)).then(this, [set, promise, readRest](const Result<QJsonObject>& first) {
        if (!first) {
            settle(promise, Result<QList<QJsonObject>>(first.error()));
            return;
        }
        const int count = set->add(*first);
        // No count: an empty list ({"listvirtualmachinesresponse":{}}) or a command without paging.
        if (count < 0 || set->pagesNeeded() <= 1) {
            settle(promise, Result<QList<QJsonObject>>(set->items));
            return;
        }
        (*readRest)(2, set->pagesNeeded());
    });
    // readRest lives as long as some continuation holds it; it holds itself only weakly.
    auto keepAlive = readRest;
    return promise->future().then(this, [keepAlive](const Result<QList<QJsonObject>>& all) { return all; });
}

// --- async jobs -------------------------------------------------------------------------------------------

struct CloudStackClient::JobPoll
{
    QString jobId;
    QString command;
    JobWait wait;
    int intervalMs = 0;
    std::shared_ptr<QPromise<Result<QJsonObject>>> promise;
};

QFuture<Result<QJsonObject>> CloudStackClient::callAsync(
    const QString& command, Parameters parameters, CallOptions options, JobWait wait)
{
    return call(command, std::move(parameters), options)
        .then(this,
            [this, command, wait](const Result<QJsonObject>& accepted) -> QFuture<Result<QJsonObject>> {
                if (!accepted)
                    return readyError<QJsonObject>(accepted.error());
                const QString jobId = accepted->value(QLatin1String("jobid")).toString();
                if (jobId.isEmpty()) // a synchronous answer: nothing to wait for
                    return QtFuture::makeReadyFuture(Result<QJsonObject>(*accepted));
                emit asyncJobStarted(jobId, command, accepted->value(QLatin1String("id")).toString());
                return waitForJob(jobId, command, wait);
            })
        .unwrap();
}

QFuture<Result<QJsonObject>> CloudStackClient::waitForJob(const QString& jobId, const QString& command, JobWait wait)
{
    auto state = std::make_shared<JobPoll>();
    state->jobId = jobId;
    state->command = command;
    state->wait = wait;
    if (state->wait.deadline.isForever())
        state->wait.deadline = QDeadlineTimer(m_defaultJobTimeoutMs);
    state->intervalMs = m_pollInitialMs;
    state->promise = startedPromise<QJsonObject>();
    poll(state);
    return state->promise->future();
}

void CloudStackClient::poll(std::shared_ptr<JobPoll> state)
{
    if (state->wait.cancel && state->wait.cancel->isCancelled()) {
        settle(state->promise,
            Result<QJsonObject>(makeError(ErrorCode::Unavailable,
                tr("%1: stopped waiting for CloudStack job %2 (%3). The job itself goes on in the cloud; its "
                   "result can be looked up later with this job id.")
                    .arg(cloudName(), state->jobId, state->command))));
        return;
    }
    call(QStringLiteral("queryAsyncJobResult"), {{QStringLiteral("jobid"), state->jobId}})
        .then(this, [this, state](const Result<QJsonObject>& response) {
            if (!response) {
                settle(state->promise, response);
                return;
            }
            const int jobStatus = intOf(response->value(QLatin1String("jobstatus")), -1);
            const QJsonObject jobResult = response->value(QLatin1String("jobresult")).toObject();
            if (jobStatus == 1) {
                emit asyncJobFinished(state->jobId, state->command, true);
                settle(state->promise, Result<QJsonObject>(jobResult));
                return;
            }
            if (jobStatus == 2) {
                emit asyncJobFinished(state->jobId, state->command, false);
                int code = intOf(jobResult.value(QLatin1String("errorcode")));
                if (code == 0)
                    code = intOf(response->value(QLatin1String("jobresultcode")), 530);
                Error error = cloudStackError(cloudName(), state->command, code,
                    intOf(jobResult.value(QLatin1String("cserrorcode"))),
                    jobResult.value(QLatin1String("errortext")).toString());
                error.message += QLatin1Char(' ') + tr("(job %1)").arg(state->jobId);
                settle(state->promise, Result<QJsonObject>(error));
                return;
            }
            if (jobStatus != 0) {
                settle(state->promise,
                    Result<QJsonObject>(makeError(ErrorCode::UnexpectedResponse,
                        tr("%1: CloudStack answered queryAsyncJobResult for job %2 (%3) without a job status. "
                           "Check the API URL; if it is right, tell the cloud's administrator.")
                            .arg(cloudName(), state->jobId, state->command))));
                return;
            }
            const qint64 remaining = state->wait.deadline.remainingTime();
            if (remaining == 0) {
                settle(state->promise,
                    Result<QJsonObject>(makeError(ErrorCode::TimedOut,
                        tr("%1: CloudStack job %2 (%3) did not finish in time. It may still finish: look at it "
                           "later with this job id before trying again.")
                            .arg(cloudName(), state->jobId, state->command))));
                return;
            }
            const int delay
                = remaining < 0 ? state->intervalMs : static_cast<int>(std::min<qint64>(state->intervalMs, remaining));
            state->intervalMs = std::min(std::max(1, state->intervalMs * 2), m_pollMaxMs);
            QTimer::singleShot(delay, this, [this, state]() { poll(state); });
        });
}

} // namespace ct::cloudstack
