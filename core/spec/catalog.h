#pragma once

#include "cloud/types.h"
#include "spec/vmspec.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ct::spec {

/// Requirement categories → concrete numbers, software and cloud resources. Pure functions: no I/O, so the
/// wizard, the CLI and the engine all get the same answers from the same lists.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    /// The numbers behind a size class (Custom → a zero Size).
    static Size sizeOf(SizeClass size);
    /// The numbers the spec asks for: its class's, or customSize for Custom.
    static Size effectiveSize(const VmSpec& spec);

    struct OsInfo
    {
        QString family; ///< ubuntu, debian, rocky, almalinux
        QString version; ///< "24.04", "12", "9"
        QString displayName; ///< "Ubuntu 24.04 LTS"
        bool apt = true; ///< apt (Debian family) or dnf (RHEL family)
    };
    static QList<OsInfo> supportedOs();
    static std::optional<OsInfo> os(const QString& family, const QString& version);

    /// Beginner defaults for a purpose (the wizard preselects them).
    static SizeClass defaultSize(Purpose purpose);
    static QList<Bundle> defaultBundles(Purpose purpose);
    static QList<PortRule> defaultPorts(Purpose purpose); ///< always includes ssh (22)

    struct Match
    {
        int index = -1; ///< into the list given
        QString reason; ///< one plain sentence, shown in the plan
    };
    /// The flavor / service offering for `need`: the exact one when `exact` (name or id) is set, else the
    /// smallest that satisfies every number (fewest vCPUs, then RAM, then disk; disk 0 = the image decides).
    /// Fails with a message naming the cloud, what is missing and the biggest on offer.
    static Result<Match> matchFlavor(
        const QList<Flavor>& flavors, const Size& need, const QString& exact, const QString& cloudName);
    /// The image / template for an OS: the exact one when `exact` is set, else by Glance properties
    /// (os_distro, os_version) or CloudStack's ostypename, newest first. Only active / ready images.
    static Result<Match> matchImage(const QList<Image>& images, const QString& osFamily, const QString& osVersion,
        const QString& exact, const QString& cloudName);
    /// The network: the exact one (name or id) when set, else empty = the cloud's default.
    static Result<Match> matchNetwork(const QList<Network>& networks, const QString& exact, const QString& cloudName);

    /// What cloud-init does for a bundle on an OS family.
    struct BundleInstall
    {
        QStringList packages;
        QStringList services; ///< systemd units to enable and start
        QStringList commands; ///< extra runcmd lines (e.g. adding a repository), run before services start
    };
    static BundleInstall install(Bundle bundle, const OsInfo& os);

    static QString bundleKey(Bundle bundle); ///< "nginx", "mariadb", ... (the YAML spelling)
    static std::optional<Bundle> bundleFromKey(const QString& key);
    static QString bundleDisplayName(Bundle bundle); ///< translated
    static QString purposeKey(Purpose purpose); ///< "web-server", ...
    static std::optional<Purpose> purposeFromKey(const QString& key);
    static QString purposeDisplayName(Purpose purpose);
    static QString sizeKey(SizeClass size); ///< "small", ...
    static std::optional<SizeClass> sizeFromKey(const QString& key);
    /// "Small — 1 vCPU, 2 GB memory, 20 GB disk"
    static QString sizeDisplayName(SizeClass size);
};

} // namespace ct::spec
