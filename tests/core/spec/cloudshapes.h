// What the clouds CloudTwin is tested against really offer, in the shape the providers' parsers give it
// (app/sandbox/computeservice.cpp, imageservice.cpp, cloudstackservice.cpp, cloudstackstorage.cpp,
// ../shared/minicloud/README.md, core/cloud/cloudstack/cloudstackjson.cpp).
#pragma once

#include "cloud/types.h"

#include <QList>
#include <QTimeZone>

namespace ct::spec::shapes {

inline Flavor flavor(const char* id, const char* name, int vcpus, int ramMb, int diskGb)
{
    Flavor f;
    f.id = QString::fromLatin1(id);
    f.name = QString::fromLatin1(name);
    f.vcpus = vcpus;
    f.ramMb = ramMb;
    f.diskGb = diskGb;
    return f;
}

inline Image image(const char* id, const char* name, const QVariantMap& properties,
    const QDateTime& created = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()),
    const char* status = "active")
{
    Image i;
    i.id = QString::fromLatin1(id);
    i.name = QString::fromLatin1(name);
    i.status = QString::fromLatin1(status);
    i.properties = properties;
    i.created = created;
    return i;
}

inline QVariantMap glance(const char* distro, const char* version)
{
    return {{QStringLiteral("os_distro"), QString::fromLatin1(distro)},
        {QStringLiteral("os_version"), QString::fromLatin1(version)}};
}

inline QVariantMap osType(const char* name) { return {{QStringLiteral("ostypename"), QString::fromLatin1(name)}}; }

/// The sandbox's Nova flavors.
inline QList<Flavor> sandboxOpenStackFlavors()
{
    return {flavor("1", "m1.tiny", 1, 512, 1), flavor("2", "m1.small", 1, 2048, 20),
        flavor("3", "m1.medium", 2, 4096, 40), flavor("4", "m1.large", 4, 8192, 80)};
}

/// The sandbox's Glance images (os_distro / os_version set).
inline QList<Image> sandboxOpenStackImages()
{
    return {image("img-cirros", "cirros-0.6", glance("cirros", "0.6")),
        image("img-ubuntu", "ubuntu-22.04", glance("ubuntu", "22.04")),
        image("img-debian", "debian-12", glance("debian", "12"))};
}

/// The sandbox's CloudStack service offerings: no root disk size (0), and a "Custom" one without numbers.
inline QList<Flavor> sandboxCloudStackOfferings()
{
    return {flavor("so-small", "Small Instance", 1, 1024, 0), flavor("so-medium", "Medium Instance", 2, 4096, 0),
        flavor("so-large", "Large Instance", 4, 8192, 0), flavor("so-custom", "Custom", 0, 0, 0)};
}

/// The sandbox's CloudStack templates: ready ones parse to status "active", the OS type is in ostypename.
inline QList<Image> sandboxCloudStackTemplates()
{
    return {image("tpl-cirros", "CirrOS 0.6 (sandbox)", osType("Other Linux (64-bit)")),
        image("tpl-ubuntu", "Ubuntu 22.04 (sandbox)", osType("Ubuntu 22.04 LTS")),
        image("tpl-debian", "Debian 12 (sandbox)", osType("Debian GNU/Linux 12 (64-bit)"))};
}

/// The minicloud (a real OpenStack Zed): three flavors and one image without OS properties.
inline QList<Flavor> minicloudFlavors()
{
    return {
        flavor("1", "m1.tiny", 1, 512, 1), flavor("2", "m1.small", 1, 2048, 20), flavor("3", "m1.medium", 2, 4096, 40)};
}

inline QList<Image> minicloudImages() { return {image("mini-1", "minicloud-tiny", {})}; }

} // namespace ct::spec::shapes
