#pragma once

#include "net/apisession.h"

#include <QUrl>

#include <functional>

namespace ct::openstack {

/// How an OpenStack service client reaches its API: the shared session (policy, TLS, Keystone token via the
/// session's Authenticator) and the service's endpoint from the catalog, read at call time so that a
/// re-authentication that changes the catalog is picked up. The URL may or may not end in a version
/// (Glance "http://h:9292" or ".../v2", Neutron "http://h:9696" or ".../v2.0", Cinder ".../v3/<project>");
/// clients handle both.
struct ServiceEndpoint
{
    ApiSession* session = nullptr;
    std::function<QUrl()> baseUrl;
};

/// Joins an endpoint and a path, adding `versionPrefix` (e.g. "/v2") unless the endpoint already ends in it.
inline QUrl joinEndpoint(const QUrl& base, const QString& versionPrefix, const QString& path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    if (!versionPrefix.isEmpty() && !prefix.endsWith(versionPrefix))
        prefix += versionPrefix;
    url.setPath(prefix + path);
    return url;
}

} // namespace ct::openstack
