#include "net/apisession.h"

#include "logging/logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPromise>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>

#include <algorithm>

namespace ct {

namespace {

bool isRetriableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
        return true;
    default:
        return false;
    }
}

/// Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). -1 when absent or unreadable.
qint64 retryAfterMs(const QByteArray& value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, seconds * 1000);
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(value.trimmed()).chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return -1;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc));
}

QString collapseWhitespace(QString text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    text.replace(spaces, QStringLiteral(" "));
    text = text.trimmed();
    if (text.size() > 300)
        text = text.left(297) + QStringLiteral("...");
    return text;
}

QString messageFromJson(const QJsonValue& value, int depth)
{
    if (depth > 3)
        return {};
    if (value.isString())
        return value.toString();
    if (!value.isObject())
        return {};
    const QJsonObject object = value.toObject();
    for (const char* key : {"message", "errortext", "error_description", "faultstring", "detail"}) {
        const QJsonValue inner = object.value(QLatin1String(key));
        if (inner.isString() && !inner.toString().isEmpty())
            return inner.toString();
    }
    if (object.contains(QLatin1String("error"))) {
        const QString text = messageFromJson(object.value(QLatin1String("error")), depth + 1);
        if (!text.isEmpty())
            return text;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject()) {
            const QString text = messageFromJson(it.value(), depth + 1);
            if (!text.isEmpty())
                return text;
        }
    }
    return {};
}

} // namespace

QString extractCloudMessage(const QByteArray& body, const QByteArray& contentType)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith('{') || contentType.contains("json")) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            return collapseWhitespace(messageFromJson(document.object(), 0));
    }
    QString text = QString::fromUtf8(trimmed.left(8192));
    if (contentType.contains("html") || text.startsWith(QLatin1Char('<'))) {
        static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression heading(QStringLiteral("<h1>(.*?)</h1>"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        if (const auto match = title.match(text); match.hasMatch())
            return collapseWhitespace(match.captured(1));
        if (const auto match = heading.match(text); match.hasMatch())
            return collapseWhitespace(match.captured(1));
        text.replace(tags, QStringLiteral(" "));
    }
    return collapseWhitespace(text);
}

// ---------------------------------------------------------------------------------------------------------

ApiSession::ApiSession(QString cloudName, HttpPolicy policy, TlsOptions tls, QObject* parent)
    : QObject(parent)
    , m_cloudName(std::move(cloudName))
    , m_policy(policy)
    , m_tls(std::move(tls))
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiSession::~ApiSession()
{
    // Continuations attached with a context that dies before its future finishes trip an assertion in
    // Qt 6.4, so everything waiting on this session is finished here, while the session is still whole.
    abortAll();
}

void ApiSession::abortAll()
{
    const auto waiters = std::exchange(m_reauthWaiters, {});
    for (const auto& waiter : waiters) {
        waiter->addResult(makeError(ErrorCode::Unavailable, tr("%1: cancelled.").arg(m_cloudName)));
        waiter->finish();
    }
    const auto jobs = findChildren<ApiJob*>(Qt::FindDirectChildrenOnly);
    for (ApiJob* job : jobs)
        job->abort();
}

Status ApiSession::prepareTls()
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (!m_tls.caFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_tls.caFile, QSsl::Pem);
        if (certificates.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                tr("%1: the CA bundle %2 could not be read or holds no PEM certificate. Check the path "
                   "in the cloud's settings (cacert).")
                    .arg(m_cloudName, m_tls.caFile));
        m_ssl.addCaCertificates(certificates);
    }
    if (m_tls.insecure) {
        qCWarning(lcNet) << m_cloudName << ": TLS certificate verification is OFF for this cloud (insecure)";
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    return {};
}

ApiJob* ApiSession::send(ApiRequest request)
{
    auto* job = new ApiJob(this, std::move(request));
    job->start();
    return job;
}

QFuture<Result<ApiReply>> ApiSession::call(ApiRequest request)
{
    auto promise = std::make_shared<QPromise<Result<ApiReply>>>();
    promise->start();
    auto future = promise->future();
    ApiJob* job = send(std::move(request));
    connect(job, &ApiJob::finished, this, [promise](const Result<ApiReply>& result) {
        promise->addResult(result);
        promise->finish();
    });
    return future;
}

QFuture<Status> ApiSession::sharedReauthentication()
{
    if (!m_authenticator)
        return QtFuture::makeReadyFuture<Status>(
            makeError(ErrorCode::AuthenticationFailed, tr("%1: the cloud refused the credentials.").arg(m_cloudName)));
    auto waiter = std::make_shared<QPromise<Status>>();
    waiter->start();
    m_reauthWaiters.append(waiter);
    if (!m_reauthRunning) {
        m_reauthRunning = true;
        m_authenticator->reauthenticate().then(this, [this](const Status& renewed) {
            m_reauthRunning = false;
            const auto waiters = std::exchange(m_reauthWaiters, {});
            for (const auto& w : waiters) {
                w->addResult(renewed);
                w->finish();
            }
        });
    }
    return waiter->future();
}

// ---------------------------------------------------------------------------------------------------------

ApiJob::ApiJob(ApiSession* session, ApiRequest request)
    : QObject(session)
    , m_session(session)
    , m_request(std::move(request))
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ApiJob::sendAttempt);
}

ApiJob::~ApiJob()
{
    if (m_reply)
        m_reply->abort();
}

void ApiJob::start()
{
    m_clock.start();
    // Start from the event loop so that callers can connect to finished() first.
    QTimer::singleShot(0, this, &ApiJob::sendAttempt);
}

void ApiJob::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    m_backoff.stop();
    if (m_reply)
        m_reply->abort();
    else
        finish(makeError(ErrorCode::Unavailable, tr("Cancelled.")));
}

void ApiJob::sendAttempt()
{
    if (m_finished || !m_session)
        return;
    ++m_attempt;
    m_streamed = 0;
    ApiRequest effective = m_request;
    if (effective.authenticated && m_session->authenticator())
        m_session->authenticator()->decorate(effective);

    QNetworkRequest request(effective.url);
    for (const auto& [name, value] : effective.headers)
        request.setRawHeader(name, value);
    if (!request.hasRawHeader("Accept"))
        request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "CloudTwin/" CLOUDTWIN_VERSION);
    request.setTransferTimeout(effective.timeoutMs > 0 ? effective.timeoutMs : m_session->policy().timeoutMs);
    if (effective.url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_session->sslConfiguration());

    QNetworkAccessManager* network = m_session->network();
    if (effective.bodyDevice) {
        if (effective.bodyDeviceSize >= 0)
            request.setHeader(QNetworkRequest::ContentLengthHeader, effective.bodyDeviceSize);
        m_reply = network->sendCustomRequest(request, effective.method, effective.bodyDevice);
    } else if (effective.method == "GET") {
        m_reply = network->get(request);
    } else if (effective.method == "DELETE" && effective.body.isEmpty()) {
        m_reply = network->deleteResource(request);
    } else if (effective.method == "HEAD") {
        m_reply = network->head(request);
    } else {
        m_reply = network->sendCustomRequest(request, effective.method, effective.body);
    }

    if (m_request.sink) {
        connect(m_reply, &QNetworkReply::readyRead, this, [this]() {
            const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (!m_request.okStatuses.contains(status))
                return; // keep error bodies in the reply for the message
            const QByteArray chunk = m_reply->readAll();
            if (m_request.onChunk)
                m_request.onChunk(chunk);
            m_request.sink->write(chunk);
            m_streamed += chunk.size();
        });
    }
    // One direction per job: an upload's progress must not fall back to 0 when its short answer arrives.
    if (m_request.bodyDevice)
        connect(m_reply, &QNetworkReply::uploadProgress, this, &ApiJob::progress);
    else
        connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiJob::progress);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
}

void ApiJob::retryLater(int delayMs, const QString& reason)
{
    qCInfo(lcNet) << m_session->cloudName() << m_request.method << m_request.url.path() << "retry" << m_attempt << "in"
                  << delayMs << "ms:" << reason;
    m_backoff.start(delayMs);
}

void ApiJob::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_finished)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const HttpPolicy& policy = m_session->policy();
    // A streamed upload cannot be rewound, and a download that already wrote bytes into its sink would write
    // them twice: neither is replayed.
    const bool canReplay = m_request.bodyDevice == nullptr && (m_request.sink == nullptr || m_streamed == 0);
    const bool attemptsLeft = m_attempt < policy.maxAttempts;

    ApiReply result;
    result.status = status;
    result.headers = reply->rawHeaderPairs();
    result.requestId = QString::fromLatin1(reply->rawHeader("x-openstack-request-id"));
    if (result.requestId.isEmpty())
        result.requestId = QString::fromLatin1(reply->rawHeader("x-compute-request-id"));
    result.elapsedMs = m_clock.elapsed();

    qCInfo(lcNet).noquote() << m_session->cloudName() << QString::fromLatin1(m_request.method) << m_request.url.path()
                            << status << result.elapsedMs << "ms"
                            << (result.requestId.isEmpty() ? QString() : result.requestId);

    if (m_aborted) {
        finish(makeError(ErrorCode::Unavailable, tr("Cancelled.")));
        return;
    }

    if (status == 0) {
        const bool safe = m_request.idempotent || networkError == QNetworkReply::ConnectionRefusedError;
        if (isRetriableNetworkError(networkError) && safe && canReplay && attemptsLeft) {
            retryLater(QRandomGenerator::global()->bounded(policy.baseBackoffMs << std::min(m_attempt - 1, 10)) + 1,
                reply->errorString());
            return;
        }
        finish(errorForNetwork(networkError, reply->errorString()));
        return;
    }

    if (m_request.okStatuses.contains(status)) {
        if (m_request.sink) {
            const QByteArray rest = reply->readAll();
            if (!rest.isEmpty()) {
                if (m_request.onChunk)
                    m_request.onChunk(rest);
                m_request.sink->write(rest);
            }
        } else {
            result.body = reply->readAll();
        }
        finish(result);
        return;
    }

    const QByteArray body = reply->readAll();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if (status == 401 && m_request.authenticated && !m_reauthenticated && canReplay && m_session->authenticator()) {
        m_reauthenticated = true;
        qCInfo(lcNet) << m_session->cloudName() << "401 — re-authenticating once and replaying";
        m_session->sharedReauthentication().then(this, [this](const Status& renewed) {
            if (m_finished)
                return; // aborted meanwhile
            if (!renewed) {
                finish(renewed.error());
                return;
            }
            --m_attempt; // the replay after a renewal is not a retry
            sendAttempt();
        });
        return;
    }
    if (policy.retryStatuses.contains(status) && canReplay && attemptsLeft
        && (m_request.idempotent || policy.notProcessedStatuses.contains(status))) {
        const qint64 asked = retryAfterMs(reply->rawHeader("Retry-After"));
        if (asked > policy.maxBackoffMs) {
            finish(errorForStatus(status, body, contentType, reply->rawHeader("Retry-After")));
            return;
        }
        const int jitter = QRandomGenerator::global()->bounded(policy.baseBackoffMs << std::min(m_attempt - 1, 10)) + 1;
        retryLater(asked >= 0 ? static_cast<int>(asked) : std::min(jitter, policy.maxBackoffMs),
            QStringLiteral("HTTP %1").arg(status));
        return;
    }
    Error error = errorForStatus(status, body, contentType, reply->rawHeader("Retry-After"));
    if (!result.requestId.isEmpty())
        error.message += QLatin1Char(' ') + tr("(request %1)").arg(result.requestId);
    finish(error);
}

Error ApiJob::errorForStatus(
    int status, const QByteArray& body, const QByteArray& contentType, const QByteArray& retryAfter) const
{
    if (m_session && m_session->errorTranslator())
        return m_session->errorTranslator()(m_request, status, body, contentType);
    const QString said = extractCloudMessage(body, contentType);
    const QString cloud = m_session ? m_session->cloudName() : QString();
    ErrorCode code = ErrorCode::UnexpectedResponse;
    QString hint;
    const bool mentionsQuota = said.contains(QLatin1String("quota"), Qt::CaseInsensitive)
        || said.contains(QLatin1String("exceeded"), Qt::CaseInsensitive);
    if (status == 400) {
        code = ErrorCode::InvalidInput;
        hint = tr("The cloud rejected the request as invalid.");
    } else if (status == 401) {
        code = ErrorCode::AuthenticationFailed;
        hint = tr("Check the user name, password and project (or the application credential) in this cloud's "
                  "settings.");
    } else if ((status == 403 || status == 413 || status == 409) && mentionsQuota) {
        // Nova says 403 (413 before 2.1), Cinder 413, Neutron 409 OverQuota.
        code = ErrorCode::QuotaExceeded;
        hint = tr("The project's quota is used up. Delete something you no longer need, or ask the cloud's "
                  "administrator for more quota.");
    } else if (status == 403) {
        code = ErrorCode::PermissionDenied;
        hint = tr("Your account may not do this in this project. Ask the cloud's administrator for the role that "
                  "allows it.");
    } else if (status == 404) {
        code = ErrorCode::NotFound;
        hint = tr("It may have been deleted meanwhile. Refresh and try again.");
    } else if (status == 409) {
        code = ErrorCode::Conflict;
        hint = tr("It is busy or in the wrong state for this. Wait for its current task to finish, then try again.");
    } else if (status == 429 || status == 413) {
        code = ErrorCode::RateLimited;
        const qint64 wait = retryAfterMs(retryAfter);
        hint = wait > 0
            ? tr("The cloud is limiting requests and asks to wait %1 s. Try again then.").arg((wait + 999) / 1000)
            : tr("The cloud is limiting requests. Wait a little and try again.");
    } else if (status == 502 || status == 503 || status == 504) {
        code = ErrorCode::Unavailable;
        hint = tr("The %1 service is not available right now. Try again later; if it lasts, tell the cloud's "
                  "administrator.")
                   .arg(m_request.service);
    } else if (status >= 500) {
        code = ErrorCode::UnexpectedResponse;
        hint = tr("The %1 service had an internal error. Try again; if it lasts, tell the cloud's administrator.")
                   .arg(m_request.service);
    } else {
        hint = tr("The cloud answered with an unexpected HTTP status.");
    }
    QString message
        = tr("%1: could not %2 (%3 service, HTTP %4).").arg(cloud, m_request.action, m_request.service).arg(status);
    if (!said.isEmpty())
        message += QLatin1Char(' ') + tr("The cloud said: \u201c%1\u201d.").arg(said);
    message += QLatin1Char(' ') + hint;
    Error error = makeError(code, message);
    error.httpStatus = status;
    return error;
}

Error ApiJob::errorForNetwork(QNetworkReply::NetworkError error, const QString& text) const
{
    const QString cloud = m_session ? m_session->cloudName() : QString();
    const QString host = m_request.url.host() + QLatin1Char(':')
        + QString::number(m_request.url.port(m_request.url.scheme() == QLatin1String("https") ? 443 : 80));
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return makeError(ErrorCode::TlsFailure,
            tr("%1: could not %2 — the TLS certificate of %3 is not trusted (%4). If the cloud uses its "
               "own certificate authority, add its CA bundle (cacert) in this cloud's settings.")
                .arg(cloud, m_request.action, host, text));
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return makeError(ErrorCode::TimedOut,
            tr("%1: could not %2 — %3 did not answer in time (%4 service). Check the network, or try "
               "again later.")
                .arg(cloud, m_request.action, host, m_request.service));
    case QNetworkReply::HostNotFoundError:
        return makeError(ErrorCode::Unavailable,
            tr("%1: could not %2 — the host name %3 is unknown. Check the address in this cloud's "
               "settings and your DNS.")
                .arg(cloud, m_request.action, m_request.url.host()));
    case QNetworkReply::ConnectionRefusedError:
        return makeError(ErrorCode::Unavailable,
            tr("%1: could not %2 — %3 refused the connection (%4 service). The service may be down, or "
               "the address or port is wrong.")
                .arg(cloud, m_request.action, host, m_request.service));
    default:
        return makeError(ErrorCode::Unavailable,
            tr("%1: could not %2 — the connection to %3 failed: %4").arg(cloud, m_request.action, host, text));
    }
}

void ApiJob::finish(const Result<ApiReply>& result)
{
    Q_ASSERT(!m_finished);
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}

} // namespace ct
