#include "cloud/openstack/image/servicecall.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

namespace ct::openstack {

CallContext ServiceCall::context(const ApiSession* session, const ApiRequest& request)
{
    return CallContext {session ? session->cloudName() : QString(), request.service, request.action};
}

Error ServiceCall::unexpected(const CallContext& context, const QString& detail)
{
    return makeError(ErrorCode::UnexpectedResponse,
        tr("%1: could not %2 \u2014 the %3 service sent an answer CloudTwin does not understand (%4). "
           "Check that the cloud's catalog points to the right %3 endpoint; if it does, report this "
           "to the CloudTwin developers.")
            .arg(context.cloud, context.action, context.service, detail));
}

Error ServiceCall::noSession(const QString& service, const QString& action)
{
    return makeError(ErrorCode::Internal,
        tr("Could not %1: the %2 service is not connected to a cloud session.").arg(action, service));
}

Result<QJsonObject> ServiceCall::object(const CallContext& context, const ApiReply& reply)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError)
        return unexpected(context, tr("invalid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    if (!document.isObject())
        return unexpected(context, tr("the body is not a JSON object"));
    return document.object();
}

Result<QJsonObject> ServiceCall::objectMember(const CallContext& context, const QJsonObject& parent, const QString& key)
{
    const QJsonValue value = parent.value(key);
    if (!value.isObject())
        return unexpected(context,
            value.isUndefined() ? tr("\u201c%1\u201d is missing").arg(key)
                                : tr("\u201c%1\u201d is not an object").arg(key));
    return value.toObject();
}

Result<QJsonArray> ServiceCall::arrayMember(const CallContext& context, const QJsonObject& parent, const QString& key)
{
    const QJsonValue value = parent.value(key);
    if (!value.isArray())
        return unexpected(context,
            value.isUndefined() ? tr("\u201c%1\u201d is missing").arg(key)
                                : tr("\u201c%1\u201d is not a list").arg(key));
    return value.toArray();
}

QDateTime ServiceCall::time(const QJsonValue& value)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    // No offset in the text: Qt reads it as local time, the clouds mean UTC.
    const bool hasOffset = text.endsWith(QLatin1Char('Z'), Qt::CaseInsensitive)
        || text.lastIndexOf(QLatin1Char('+')) > 10 || text.lastIndexOf(QLatin1Char('-')) > 10;
    if (!hasOffset)
        parsed = QDateTime(parsed.date(), parsed.time(), QTimeZone::utc());
    return parsed.toUTC();
}

qint64 ServiceCall::integer(const QJsonValue& value)
{
    if (value.isDouble())
        return static_cast<qint64>(value.toDouble());
    if (value.isString())
        return value.toString().toLongLong();
    return 0;
}

bool ServiceCall::boolean(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return false;
}

QString ServiceCall::string(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QUrlQuery ServiceCall::queryOf(const QString& href) { return QUrlQuery(QUrl(href)); }

QString ServiceCall::nextLink(const QJsonArray& links)
{
    for (const QJsonValue& link : links) {
        const QJsonObject object = link.toObject();
        if (object.value(QLatin1String("rel")).toString() == QLatin1String("next"))
            return object.value(QLatin1String("href")).toString();
    }
    return {};
}

QFuture<Status> ServiceCall::status(ApiSession* session, ApiRequest request)
{
    if (!session)
        return QtFuture::makeReadyFuture<Status>(noSession(request.service, request.action));
    return session->call(std::move(request)).then(session, [](const Result<ApiReply>& reply) -> Status {
        if (!reply)
            return reply.error();
        return {};
    });
}

QFuture<Result<ApiReply>> ServiceCall::send(
    ApiSession* session, ApiRequest request, ProgressCallback progress, const QString& phase, qint64 knownTotal)
{
    if (!session)
        return QtFuture::makeReadyFuture<Result<ApiReply>>(noSession(request.service, request.action));
    auto promise = std::make_shared<QPromise<Result<ApiReply>>>();
    promise->start();
    QFuture<Result<ApiReply>> future = promise->future();
    ApiJob* job = session->send(std::move(request));
    if (progress)
        connectProgress(job, session, std::move(progress), phase, knownTotal);
    QObject::connect(job, &ApiJob::finished, session, [promise](const Result<ApiReply>& result) {
        promise->addResult(result);
        promise->finish();
    });
    return future;
}

void ServiceCall::connectProgress(
    ApiJob* job, QObject* context, ProgressCallback progress, const QString& phase, qint64 knownTotal)
{
    auto reported = std::make_shared<qint64>(-1);
    QObject::connect(job, &ApiJob::progress, context,
        [progress = std::move(progress), phase, knownTotal, reported](qint64 done, qint64 total) {
            if (done <= *reported)
                return;
            *reported = done;
            progress(phase, done, total > 0 ? total : knownTotal);
        });
}

} // namespace ct::openstack
