#include "sandboxfaults.h"

#include <QJsonArray>

namespace ct::sandbox {

namespace {

const QStringList kServices = {QStringLiteral("identity"), QStringLiteral("compute"), QStringLiteral("image"),
    QStringLiteral("network"), QStringLiteral("volume"), QStringLiteral("cloudstack")};

bool readServices(const QJsonValue& value, QStringList* out, const QString& key, QString* error)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isArray()) {
        *error = QStringLiteral("'%1' must be a list of service names").arg(key);
        return false;
    }
    for (const QJsonValue& item : value.toArray()) {
        const QString name = item.toString();
        if (!kServices.contains(name)) {
            *error = QStringLiteral("unknown service '%1' in '%2' (known: %3)").arg(name, key, kServices.join(u", "));
            return false;
        }
        out->append(name);
    }
    return true;
}

} // namespace

SandboxFaults SandboxFaults::fromJson(const QJsonObject& object, QString* error)
{
    SandboxFaults faults;
    error->clear();
    static const QStringList known = {QStringLiteral("latency_ms"), QStringLiteral("error_rate"),
        QStringLiteral("error_status"), QStringLiteral("rate_limit"), QStringLiteral("expire_tokens"),
        QStringLiteral("drop_connections"), QStringLiteral("down"), QStringLiteral("services")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown fault '%1' (known: %2)").arg(it.key(), known.join(u", "));
            return faults;
        }
    }
    faults.latencyMs = qMax(0, object.value(QStringLiteral("latency_ms")).toInt());
    faults.errorRate = qBound(0.0, object.value(QStringLiteral("error_rate")).toDouble(), 1.0);
    faults.errorStatus = object.value(QStringLiteral("error_status")).toInt(503);
    if (faults.errorStatus < 400 || faults.errorStatus > 599) {
        *error = QStringLiteral("'error_status' must be between 400 and 599");
        return faults;
    }
    const QJsonObject rateLimit = object.value(QStringLiteral("rate_limit")).toObject();
    faults.rateLimitEvery = qMax(0, rateLimit.value(QStringLiteral("every")).toInt());
    faults.retryAfterS = qMax(0, rateLimit.value(QStringLiteral("retry_after_s")).toInt(1));
    faults.expireTokens = object.value(QStringLiteral("expire_tokens")).toBool();
    faults.dropConnections = qBound(0.0, object.value(QStringLiteral("drop_connections")).toDouble(), 1.0);
    if (!readServices(object.value(QStringLiteral("down")), &faults.down, QStringLiteral("down"), error))
        return faults;
    readServices(object.value(QStringLiteral("services")), &faults.services, QStringLiteral("services"), error);
    return faults;
}

QJsonObject SandboxFaults::toJson() const
{
    return QJsonObject {
        {QStringLiteral("latency_ms"), latencyMs},
        {QStringLiteral("error_rate"), errorRate},
        {QStringLiteral("error_status"), errorStatus},
        {QStringLiteral("rate_limit"),
            QJsonObject {{QStringLiteral("every"), rateLimitEvery}, {QStringLiteral("retry_after_s"), retryAfterS}}},
        {QStringLiteral("expire_tokens"), expireTokens},
        {QStringLiteral("drop_connections"), dropConnections},
        {QStringLiteral("down"), QJsonArray::fromStringList(down)},
        {QStringLiteral("services"), QJsonArray::fromStringList(services)},
    };
}

} // namespace ct::sandbox
