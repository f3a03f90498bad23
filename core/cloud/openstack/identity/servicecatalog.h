#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ct::openstack {

/// One endpoint of the Keystone v3 catalog (token.catalog[].endpoints[]).
struct CatalogEndpoint
{
    QString serviceType; ///< compute, image, network, volumev3, ...
    QString serviceName; ///< nova, glance, ...
    QString url;
    QString interface; ///< public, internal, admin
    QString region; ///< region_id (or the older `region`)
};

/// The service catalog of a project-scoped token, and the one place that decides which endpoint a service
/// call goes to: by service type, region (empty: the first that has the service) and interface.
class ServiceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ct::openstack::ServiceCatalog)

public:
    static ServiceCatalog fromJson(const QJsonArray& catalog);

    /// The catalog types that serve a CloudTwin service name, best first: "volume" → volumev3,
    /// block-storage, volume. Unknown names map to themselves.
    static QStringList typesFor(const QString& service);
    /// "publicURL" (clouds.yaml, v2 style) → "public"; empty → "public".
    static QString normalizeInterface(const QString& interface);

    /// The endpoint for `service` ("identity", "compute", "image", "network", "volume"). Fails with a message
    /// naming the missing service, the region and the interface, and which regions do have it:
    /// InvalidInput when another region/interface has it (the settings are wrong), Unavailable when the
    /// project has no such service at all.
    Result<QUrl> find(
        const QString& service, const QString& region, const QString& interface, const QString& cloudName) const;

    bool isEmpty() const { return m_endpoints.isEmpty(); }
    const QList<CatalogEndpoint>& endpoints() const { return m_endpoints; }

private:
    QList<CatalogEndpoint> m_endpoints;
};

} // namespace ct::openstack
