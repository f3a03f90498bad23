#include "cloud/openstack/identity/servicecatalog.h"

#include <QJsonObject>

namespace ct::openstack {

ServiceCatalog ServiceCatalog::fromJson(const QJsonArray& catalog)
{
    ServiceCatalog result;
    for (const QJsonValue& serviceValue : catalog) {
        const QJsonObject service = serviceValue.toObject();
        const QString type = service.value(QLatin1String("type")).toString();
        const QString name = service.value(QLatin1String("name")).toString();
        for (const QJsonValue& endpointValue : service.value(QLatin1String("endpoints")).toArray()) {
            const QJsonObject endpoint = endpointValue.toObject();
            CatalogEndpoint entry;
            entry.serviceType = type;
            entry.serviceName = name;
            entry.url = endpoint.value(QLatin1String("url")).toString();
            entry.interface = endpoint.value(QLatin1String("interface")).toString();
            entry.region = endpoint.value(QLatin1String("region_id")).toString();
            if (entry.region.isEmpty())
                entry.region = endpoint.value(QLatin1String("region")).toString();
            if (!entry.url.isEmpty())
                result.m_endpoints.append(entry);
        }
    }
    return result;
}

QStringList ServiceCatalog::typesFor(const QString& service)
{
    if (service == QLatin1String("volume") || service == QLatin1String("block-storage")
        || service == QLatin1String("volumev3"))
        return {QStringLiteral("volumev3"), QStringLiteral("block-storage"), QStringLiteral("volume")};
    return {service};
}

QString ServiceCatalog::normalizeInterface(const QString& interface)
{
    QString value = interface.trimmed().toLower();
    if (value.endsWith(QLatin1String("url")))
        value.chop(3);
    return value.isEmpty() ? QStringLiteral("public") : value;
}

Result<QUrl> ServiceCatalog::find(
    const QString& service, const QString& region, const QString& interface, const QString& cloudName) const
{
    const QString wantedInterface = normalizeInterface(interface);
    const QStringList types = typesFor(service);
    for (const QString& type : types) {
        for (const CatalogEndpoint& endpoint : m_endpoints) {
            if (endpoint.serviceType != type || endpoint.interface != wantedInterface)
                continue;
            if (!region.isEmpty() && endpoint.region != region)
                continue;
            const QUrl url(endpoint.url);
            if (url.isValid() && !url.scheme().isEmpty())
                return url;
        }
    }

    // Not there: say where the service does exist, so that a wrong region or interface is obvious.
    QStringList elsewhere;
    for (const CatalogEndpoint& endpoint : m_endpoints) {
        if (!types.contains(endpoint.serviceType))
            continue;
        const QString place
            = tr("region %1 (%2)").arg(endpoint.region.isEmpty() ? tr("unnamed") : endpoint.region, endpoint.interface);
        if (!elsewhere.contains(place))
            elsewhere.append(place);
    }
    const QString where = region.isEmpty() ? tr("any region") : tr("region %1").arg(region);
    if (!elsewhere.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("%1: the project's service catalog has no %2 endpoint in %3 for the %4 interface; it has "
               "one in %5. Correct the region or interface in this cloud's settings.")
                .arg(cloudName, service, where, wantedInterface, elsewhere.join(QStringLiteral(", "))));
    return makeError(ErrorCode::Unavailable,
        tr("%1: the project has no %2 service (catalog type %3) in %4. CloudTwin needs it; ask the "
           "cloud's administrator to enable it for this project, or choose another project.")
            .arg(cloudName, service, types.join(QStringLiteral("/")), where));
}

} // namespace ct::openstack
