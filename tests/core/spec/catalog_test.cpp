#include "cloudshapes.h"
#include "spec/catalog.h"

#include <gtest/gtest.h>

#include <set>

namespace ct::spec {
namespace {

using namespace shapes;

std::string text(const QString& s) { return s.toStdString(); }

// --- sizes, OS list, defaults, keys ------------------------------------------------------------------------

TEST(Catalog, SizeClassesHaveTheirNumbers)
{
    EXPECT_EQ(Catalog::sizeOf(SizeClass::Small), (Size {1, 2048, 20}));
    EXPECT_EQ(Catalog::sizeOf(SizeClass::Medium), (Size {2, 4096, 40}));
    EXPECT_EQ(Catalog::sizeOf(SizeClass::Large), (Size {4, 8192, 80}));
    EXPECT_EQ(Catalog::sizeOf(SizeClass::XLarge), (Size {8, 16384, 160}));
    EXPECT_EQ(Catalog::sizeOf(SizeClass::Custom), Size {});

    VmSpec spec;
    spec.size = SizeClass::Large;
    spec.customSize = {3, 3000, 30};
    EXPECT_EQ(Catalog::effectiveSize(spec), (Size {4, 8192, 80}));
    spec.size = SizeClass::Custom;
    EXPECT_EQ(Catalog::effectiveSize(spec), (Size {3, 3000, 30}));
}

TEST(Catalog, SupportedOperatingSystems)
{
    QStringList all;
    for (const Catalog::OsInfo& os : Catalog::supportedOs())
        all << os.family + QLatin1Char(' ') + os.version;
    EXPECT_EQ(all,
        QStringList({QStringLiteral("ubuntu 22.04"), QStringLiteral("ubuntu 24.04"), QStringLiteral("debian 11"),
            QStringLiteral("debian 12"), QStringLiteral("rocky 8"), QStringLiteral("rocky 9"),
            QStringLiteral("almalinux 8"), QStringLiteral("almalinux 9")}));
    ASSERT_TRUE(Catalog::os(QStringLiteral("debian"), QStringLiteral("12")));
    EXPECT_TRUE(Catalog::os(QStringLiteral("debian"), QStringLiteral("12"))->apt);
    EXPECT_EQ(text(Catalog::os(QStringLiteral("ubuntu"), QStringLiteral("24.04"))->displayName), "Ubuntu 24.04 LTS");
    ASSERT_TRUE(Catalog::os(QStringLiteral("rocky"), QStringLiteral("9")));
    EXPECT_FALSE(Catalog::os(QStringLiteral("rocky"), QStringLiteral("9"))->apt);
    EXPECT_FALSE(Catalog::os(QStringLiteral("almalinux"), QStringLiteral("8"))->apt);
    EXPECT_FALSE(Catalog::os(QStringLiteral("ubuntu"), QStringLiteral("20.04")));
    EXPECT_FALSE(Catalog::os(QStringLiteral("centos"), QStringLiteral("7")));
}

TEST(Catalog, PurposeDefaults)
{
    struct Row
    {
        Purpose purpose;
        SizeClass size;
        QList<Bundle> bundles;
        QStringList ports; ///< "name port/protocol from source"
    };
    const QString ssh = QStringLiteral("ssh 22/tcp from 0.0.0.0/0");
    const QList<Row> rows {
        {Purpose::WebServer, SizeClass::Small, {Bundle::Nginx},
            {ssh, QStringLiteral("http 80/tcp from 0.0.0.0/0"), QStringLiteral("https 443/tcp from 0.0.0.0/0")}},
        {Purpose::Database, SizeClass::Medium, {Bundle::PostgreSql},
            {ssh, QStringLiteral("postgresql 5432/tcp from 10.0.0.0/8")}},
        {Purpose::DevelopmentBox, SizeClass::Medium, {Bundle::Docker, Bundle::Python, Bundle::NodeJs}, {ssh}},
        {Purpose::FileServer, SizeClass::Small, {}, {ssh}},
        {Purpose::Custom, SizeClass::Small, {}, {ssh}},
    };
    for (const Row& row : rows) {
        SCOPED_TRACE(text(Catalog::purposeKey(row.purpose)));
        EXPECT_EQ(Catalog::defaultSize(row.purpose), row.size);
        EXPECT_EQ(Catalog::defaultBundles(row.purpose), row.bundles);
        QStringList ports;
        for (const PortRule& rule : Catalog::defaultPorts(row.purpose)) {
            EXPECT_EQ(rule.portMin, rule.portMax);
            ports
                << QStringLiteral("%1 %2/%3 from %4").arg(rule.name).arg(rule.portMin).arg(rule.protocol, rule.source);
        }
        EXPECT_EQ(ports, row.ports);
    }
}

TEST(Catalog, KeysRoundTripAndDisplayNamesDiffer)
{
    std::set<std::string> names;
    for (const char* key :
        {"nginx", "apache", "mariadb", "mysql", "postgresql", "docker", "python", "nodejs", "java"}) {
        const auto bundle = Catalog::bundleFromKey(QString::fromLatin1(key));
        ASSERT_TRUE(bundle) << key;
        EXPECT_EQ(text(Catalog::bundleKey(*bundle)), key);
        EXPECT_TRUE(names.insert(text(Catalog::bundleDisplayName(*bundle))).second) << key;
    }
    for (const char* key : {"web-server", "database", "development-box", "file-server", "custom"}) {
        const auto purpose = Catalog::purposeFromKey(QString::fromLatin1(key));
        ASSERT_TRUE(purpose) << key;
        EXPECT_EQ(text(Catalog::purposeKey(*purpose)), key);
        EXPECT_TRUE(names.insert(text(Catalog::purposeDisplayName(*purpose))).second) << key;
    }
    for (const char* key : {"small", "medium", "large", "xlarge", "custom"}) {
        const auto size = Catalog::sizeFromKey(QString::fromLatin1(key));
        ASSERT_TRUE(size) << key;
        EXPECT_EQ(text(Catalog::sizeKey(*size)), key);
        EXPECT_TRUE(names.insert(text(Catalog::sizeDisplayName(*size))).second) << key;
    }
    EXPECT_FALSE(Catalog::bundleFromKey(QStringLiteral("Nginx")));
    EXPECT_FALSE(Catalog::purposeFromKey(QStringLiteral("webserver")));
    EXPECT_FALSE(Catalog::sizeFromKey(QStringLiteral("huge")));
    EXPECT_EQ(text(Catalog::sizeDisplayName(SizeClass::Small)), "Small — 1 vCPU, 2 GB memory, 20 GB disk");
    EXPECT_EQ(text(Catalog::sizeDisplayName(SizeClass::XLarge)), "Extra large — 8 vCPU, 16 GB memory, 160 GB disk");
}

// --- flavors -----------------------------------------------------------------------------------------------

struct FlavorCase
{
    const char* cloud;
    QList<Flavor> flavors;
    Size need;
    const char* chosen; ///< flavor name, or nullptr for a failure
    QStringList mentions; ///< in the reason or the error message
};

void PrintTo(const FlavorCase& c, std::ostream* os)
{
    *os << c.cloud << " " << c.need.vcpus << "/" << c.need.ramMb << "/" << c.need.diskGb;
}

class FlavorMatching : public ::testing::TestWithParam<FlavorCase>
{
};

TEST_P(FlavorMatching, PicksTheSmallestThatFitsOrSaysWhatIsMissing)
{
    const FlavorCase& c = GetParam();
    const auto match = Catalog::matchFlavor(c.flavors, c.need, QString(), QString::fromLatin1(c.cloud));
    QString said;
    if (c.chosen) {
        ASSERT_TRUE(match.ok()) << text(match.error().message);
        ASSERT_GE(match->index, 0);
        EXPECT_EQ(text(c.flavors.at(match->index).name), c.chosen);
        said = match->reason;
    } else {
        ASSERT_FALSE(match.ok()) << "chose " << text(c.flavors.at(match->index).name);
        EXPECT_EQ(match.error().code, ErrorCode::NotFound);
        said = match.error().message;
    }
    for (const QString& mention : c.mentions)
        EXPECT_TRUE(said.contains(mention)) << text(said) << "\n  should mention: " << text(mention);
}

const Size kSmall = Catalog::sizeOf(SizeClass::Small);
const Size kMedium = Catalog::sizeOf(SizeClass::Medium);
const Size kLarge = Catalog::sizeOf(SizeClass::Large);
const Size kXLarge = Catalog::sizeOf(SizeClass::XLarge);

INSTANTIATE_TEST_SUITE_P(Clouds, FlavorMatching,
    ::testing::Values(
        // The sandbox's OpenStack: every class but XLarge has an exact flavor.
        FlavorCase {"Sandbox", sandboxOpenStackFlavors(), kSmall, "m1.small",
            {QStringLiteral("m1.small: the smallest with at least 1 vCPU, 2048 MB memory and 20 GB disk")}},
        FlavorCase {"Sandbox", sandboxOpenStackFlavors(), kMedium, "m1.medium", {}},
        FlavorCase {"Sandbox", sandboxOpenStackFlavors(), kLarge, "m1.large", {}},
        FlavorCase {"Sandbox", sandboxOpenStackFlavors(), kXLarge, nullptr,
            {QStringLiteral("“Sandbox”"), QStringLiteral("at least 8 vCPU, 16384 MB memory and 160 GB disk"),
                QStringLiteral("the biggest it offers is m1.large (4 vCPU, 8192 MB memory, 80 GB disk)")}},
        FlavorCase {"Sandbox", sandboxOpenStackFlavors(), Size {1, 512, 1}, "m1.tiny", {}},
        FlavorCase {"Sandbox", sandboxOpenStackFlavors(), Size {2, 2048, 20}, "m1.medium", {}},
        FlavorCase {"Sandbox", sandboxOpenStackFlavors(), Size {1, 2048, 30}, "m1.medium", {}},
        // The minicloud stops at m1.medium.
        FlavorCase {"minicloud-demo", minicloudFlavors(), kSmall, "m1.small", {}},
        FlavorCase {"minicloud-demo", minicloudFlavors(), kMedium, "m1.medium", {}},
        FlavorCase {"minicloud-demo", minicloudFlavors(), kLarge, nullptr,
            {QStringLiteral("“minicloud-demo”"), QStringLiteral("at least 4 vCPU, 8192 MB memory and 80 GB disk"),
                QStringLiteral("m1.medium (2 vCPU, 4096 MB memory, 40 GB disk)")}},
        // CloudStack offerings leave the root disk open (0); the small one has too little memory for Small.
        FlavorCase {"Sandbox (CloudStack)", sandboxCloudStackOfferings(), kSmall, "Medium Instance",
            {QStringLiteral("it does not fix the root disk"), QStringLiteral("the 20 GB are asked for")}},
        FlavorCase {"Sandbox (CloudStack)", sandboxCloudStackOfferings(), Size {1, 1024, 10}, "Small Instance", {}},
        FlavorCase {"Sandbox (CloudStack)", sandboxCloudStackOfferings(), kMedium, "Medium Instance", {}},
        FlavorCase {"Sandbox (CloudStack)", sandboxCloudStackOfferings(), kLarge, "Large Instance", {}},
        FlavorCase {"Sandbox (CloudStack)", sandboxCloudStackOfferings(), kXLarge, nullptr,
            {QStringLiteral("Large Instance (4 vCPU, 8192 MB memory, root disk sized at creation)")}},
        // A flavor that fixes a big enough disk beats one with the same CPU and memory that leaves it open.
        FlavorCase {"mixed",
            {flavor("a", "boot-from-volume", 2, 4096, 0), flavor("b", "with-disk", 2, 4096, 40),
                flavor("c", "bigger-disk", 2, 4096, 80)},
            kMedium, "with-disk", {}},
        // Fewest vCPUs first, then memory: a 2-CPU flavor with more memory beats a 4-CPU one.
        FlavorCase {
            "mixed", {flavor("a", "c4", 4, 4096, 40), flavor("b", "c2-big", 2, 16384, 40)}, kMedium, "c2-big", {}},
        FlavorCase {"empty", {}, kSmall, nullptr, {QStringLiteral("offers no flavors")}}));

TEST(Catalog, ExactFlavorByNameOrIdWinsEvenWhenSmall)
{
    const QList<Flavor> flavors = sandboxOpenStackFlavors();
    auto byName = Catalog::matchFlavor(flavors, kSmall, QStringLiteral("m1.large"), QStringLiteral("Sandbox"));
    ASSERT_TRUE(byName.ok());
    EXPECT_EQ(byName->index, 3);
    EXPECT_EQ(text(byName->reason), "m1.large: chosen by you (4 vCPU, 8192 MB memory, 80 GB disk)");

    auto byId = Catalog::matchFlavor(flavors, kSmall, QStringLiteral("1"), QStringLiteral("Sandbox"));
    ASSERT_TRUE(byId.ok());
    EXPECT_EQ(byId->index, 0);
    EXPECT_TRUE(byId->reason.contains(
        QStringLiteral("although the size asks for at least 1 vCPU, 2048 MB memory and 20 GB disk")))
        << text(byId->reason);

    auto missing = Catalog::matchFlavor(flavors, kSmall, QStringLiteral("m2.huge"), QStringLiteral("Sandbox"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(missing.error().message.contains(
        QStringLiteral("Cloud “Sandbox” has no flavor “m2.huge”. Its flavors are: m1.tiny, m1.small, m1.medium, "
                       "m1.large.")))
        << text(missing.error().message);
}

// --- images ------------------------------------------------------------------------------------------------

struct ImageCase
{
    const char* label;
    QList<Image> images;
    const char* family;
    const char* version;
    const char* chosen; ///< image name, or nullptr for a failure
    QStringList mentions;
};

void PrintTo(const ImageCase& c, std::ostream* os) { *os << c.label; }

class ImageMatching : public ::testing::TestWithParam<ImageCase>
{
};

TEST_P(ImageMatching, FindsTheOsByPropertiesThenByName)
{
    const ImageCase& c = GetParam();
    SCOPED_TRACE(c.label);
    const auto match = Catalog::matchImage(c.images, QString::fromLatin1(c.family), QString::fromLatin1(c.version),
        QString(), QStringLiteral("TestCloud"));
    QString said;
    if (c.chosen) {
        ASSERT_TRUE(match.ok()) << text(match.error().message);
        EXPECT_EQ(text(c.images.at(match->index).name), c.chosen);
        said = match->reason;
    } else {
        ASSERT_FALSE(match.ok()) << "chose " << text(c.images.at(match->index).name);
        EXPECT_EQ(match.error().code, ErrorCode::NotFound);
        said = match.error().message;
    }
    for (const QString& mention : c.mentions)
        EXPECT_TRUE(said.contains(mention)) << text(said) << "\n  should mention: " << text(mention);
}

QDateTime day(int d) { return QDateTime(QDate(2025, 3, d), QTime(12, 0), QTimeZone::utc()); }

INSTANTIATE_TEST_SUITE_P(Clouds, ImageMatching,
    ::testing::Values(ImageCase {"sandbox glance ubuntu", sandboxOpenStackImages(), "ubuntu", "22.04", "ubuntu-22.04",
                          {QStringLiteral("os_distro and os_version say Ubuntu 22.04 LTS")}},
        ImageCase {"sandbox glance debian", sandboxOpenStackImages(), "debian", "12", "debian-12", {}},
        ImageCase {"sandbox glance has no 24.04", sandboxOpenStackImages(), "ubuntu", "24.04", nullptr,
            {QStringLiteral("Cloud “TestCloud” has no active image of Ubuntu 24.04 LTS"), QStringLiteral("“Advanced”"),
                QStringLiteral("`image:`")}},
        ImageCase {"sandbox cloudstack ubuntu", sandboxCloudStackTemplates(), "ubuntu", "22.04",
            "Ubuntu 22.04 (sandbox)", {QStringLiteral("OS type is “Ubuntu 22.04 LTS”")}},
        ImageCase {
            "sandbox cloudstack debian", sandboxCloudStackTemplates(), "debian", "12", "Debian 12 (sandbox)", {}},
        ImageCase {"sandbox cloudstack has no debian 11", sandboxCloudStackTemplates(), "debian", "11", nullptr,
            {QStringLiteral("Debian 11 (bullseye)")}},
        ImageCase {"sandbox cloudstack has no rocky", sandboxCloudStackTemplates(), "rocky", "9", nullptr,
            {QStringLiteral("Rocky Linux 9")}},
        ImageCase {"minicloud image says nothing", minicloudImages(), "ubuntu", "22.04", nullptr,
            {QStringLiteral("Ubuntu 22.04 LTS")}},
        ImageCase {"name with code name", {image("u", "noble-server-cloudimg-amd64", {})}, "ubuntu", "24.04",
            "noble-server-cloudimg-amd64", {QStringLiteral("whose name says Ubuntu 24.04 LTS")}},
        ImageCase {"rocky name with point release", {image("r", "Rocky-9-GenericCloud-Base-9.3-20231113.0.x86_64", {})},
            "rocky", "9", "Rocky-9-GenericCloud-Base-9.3-20231113.0.x86_64", {}},
        ImageCase {"alma by os_distro", {image("a", "alma", glance("almalinux", "9.4"))}, "almalinux", "9", "alma", {}},
        ImageCase {"os_version prefix is a whole component", {image("d", "debian-120", glance("debian", "120"))},
            "debian", "12", nullptr, {}},
        ImageCase {"point release matches", {image("u", "ubuntu", glance("Ubuntu", "24.04.1"))}, "ubuntu", "24.04",
            "ubuntu", {}},
        ImageCase {"properties that contradict the name win", {image("x", "ubuntu-22.04-copy", glance("debian", "12"))},
            "ubuntu", "22.04", nullptr, {}},
        ImageCase {"generic CloudStack OS type falls back to the name",
            {image("t", "debian-12-generic-amd64", osType("Other Linux (64-bit)"))}, "debian", "12",
            "debian-12-generic-amd64", {}},
        ImageCase {"a CloudStack OS type of another distribution does not",
            {image("t", "debian-12-generic-amd64", osType("CentOS 8"))}, "debian", "12", nullptr, {}},
        ImageCase {"properties beat a newer name-only match",
            {image("new", "ubuntu-22.04-nightly", {}, day(20)),
                image("old", "jammy", glance("ubuntu", "22.04"), day(1))},
            "ubuntu", "22.04", "jammy", {}},
        ImageCase {"newest first",
            {image("a", "ubuntu-a", glance("ubuntu", "22.04"), day(1)),
                image("b", "ubuntu-b", glance("ubuntu", "22.04"), day(9)),
                image("c", "ubuntu-c", glance("ubuntu", "22.04"), day(5))},
            "ubuntu", "22.04", "ubuntu-b", {}},
        ImageCase {"only active images",
            {image("q", "ubuntu-queued", glance("ubuntu", "22.04"), day(9), "queued"),
                image("k", "ubuntu-killed", glance("ubuntu", "22.04"), day(8), "killed")},
            "ubuntu", "22.04", nullptr, {QStringLiteral("(Images of it that are not active yet: 2.)")}},
        ImageCase {"an inactive newer one is skipped",
            {image("q", "ubuntu-new", glance("ubuntu", "22.04"), day(9), "saving"),
                image("a", "ubuntu-old", glance("ubuntu", "22.04"), day(1))},
            "ubuntu", "22.04", "ubuntu-old", {}}));

TEST(Catalog, ExactImageByNameOrId)
{
    const QList<Image> images = minicloudImages();
    auto byName = Catalog::matchImage(images, QStringLiteral("ubuntu"), QStringLiteral("22.04"),
        QStringLiteral("minicloud-tiny"), QStringLiteral("minicloud-demo"));
    ASSERT_TRUE(byName.ok()) << text(byName.error().message);
    EXPECT_EQ(byName->index, 0);
    EXPECT_EQ(text(byName->reason), "minicloud-tiny: chosen by you");
    // An image whose properties name another OS is still taken, with a warning in its reason.
    const QList<Image> cirros {image("c", "cirros-0.6", glance("cirros", "0.6"), day(1))};
    auto other = Catalog::matchImage(cirros, QStringLiteral("ubuntu"), QStringLiteral("22.04"),
        QStringLiteral("cirros-0.6"), QStringLiteral("minicloud-demo"));
    ASSERT_TRUE(other.ok());
    EXPECT_TRUE(
        text(other->reason).starts_with("cirros-0.6: chosen by you; its own OS information says it is not Ubuntu"))
        << text(other->reason);
    auto byId = Catalog::matchImage(images, QStringLiteral("ubuntu"), QStringLiteral("22.04"), QStringLiteral("mini-1"),
        QStringLiteral("minicloud-demo"));
    ASSERT_TRUE(byId.ok());

    auto missing = Catalog::matchImage(images, QStringLiteral("ubuntu"), QStringLiteral("22.04"),
        QStringLiteral("ubuntu-22.04"), QStringLiteral("minicloud-demo"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(text(missing.error().message),
        "Cloud “minicloud-demo” has no image “ubuntu-22.04”. Pick one of its images under “Advanced”, or fix "
        "`image:` in the spec.");

    const QList<Image> queued {image("q", "half-uploaded", {}, day(1), "queued")};
    auto notReady = Catalog::matchImage(queued, QStringLiteral("ubuntu"), QStringLiteral("22.04"),
        QStringLiteral("half-uploaded"), QStringLiteral("c"));
    ASSERT_FALSE(notReady.ok());
    EXPECT_EQ(notReady.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(notReady.error().message.contains(QStringLiteral("is “queued”"))) << text(notReady.error().message);
}

TEST(Catalog, Networks)
{
    Network a;
    a.id = QStringLiteral("net-1");
    a.name = QStringLiteral("demo-net");
    Network b;
    b.id = QStringLiteral("net-2");
    b.name = QStringLiteral("public");
    const QList<Network> networks {a, b};

    auto byDefault = Catalog::matchNetwork(networks, QString(), QStringLiteral("c"));
    ASSERT_TRUE(byDefault.ok());
    EXPECT_EQ(byDefault->index, -1);
    EXPECT_EQ(Catalog::matchNetwork(networks, QStringLiteral("public"), QStringLiteral("c"))->index, 1);
    EXPECT_EQ(Catalog::matchNetwork(networks, QStringLiteral("net-1"), QStringLiteral("c"))->index, 0);
    auto missing = Catalog::matchNetwork(networks, QStringLiteral("backup-net"), QStringLiteral("minicloud-demo"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("Its networks are: demo-net, public")))
        << text(missing.error().message);
}

// --- software ----------------------------------------------------------------------------------------------

TEST(Catalog, EveryBundleInstallsOnEverySupportedOs)
{
    const QList<Bundle> all {Bundle::Nginx, Bundle::Apache, Bundle::MariaDb, Bundle::MySql, Bundle::PostgreSql,
        Bundle::Docker, Bundle::Python, Bundle::NodeJs, Bundle::Java};
    for (const Catalog::OsInfo& os : Catalog::supportedOs()) {
        for (const Bundle bundle : all) {
            const Catalog::BundleInstall install = Catalog::install(bundle, os);
            EXPECT_FALSE(install.packages.isEmpty() && install.commands.isEmpty())
                << text(os.displayName) << " " << text(Catalog::bundleKey(bundle));
            for (const QString& package : install.packages)
                EXPECT_FALSE(package.contains(QLatin1Char(' '))) << text(package);
        }
    }
}

TEST(Catalog, PackagesFollowTheOsFamily)
{
    const auto debian = *Catalog::os(QStringLiteral("debian"), QStringLiteral("12"));
    const auto ubuntu = *Catalog::os(QStringLiteral("ubuntu"), QStringLiteral("24.04"));
    const auto rocky = *Catalog::os(QStringLiteral("rocky"), QStringLiteral("9"));
    const auto alma = *Catalog::os(QStringLiteral("almalinux"), QStringLiteral("8"));
    const auto packages = [](Bundle b, const Catalog::OsInfo& os) { return Catalog::install(b, os).packages; };
    const auto services = [](Bundle b, const Catalog::OsInfo& os) { return Catalog::install(b, os).services; };

    EXPECT_EQ(packages(Bundle::Apache, debian), QStringList {QStringLiteral("apache2")});
    EXPECT_EQ(services(Bundle::Apache, ubuntu), QStringList {QStringLiteral("apache2")});
    EXPECT_EQ(packages(Bundle::Apache, rocky), QStringList {QStringLiteral("httpd")});
    EXPECT_EQ(services(Bundle::Apache, alma), QStringList {QStringLiteral("httpd")});

    EXPECT_EQ(packages(Bundle::PostgreSql, debian), QStringList {QStringLiteral("postgresql")});
    EXPECT_TRUE(Catalog::install(Bundle::PostgreSql, debian).commands.isEmpty());
    EXPECT_EQ(packages(Bundle::PostgreSql, rocky), QStringList {QStringLiteral("postgresql-server")});
    EXPECT_EQ(Catalog::install(Bundle::PostgreSql, rocky).commands,
        QStringList {QStringLiteral("postgresql-setup --initdb")});
    EXPECT_EQ(services(Bundle::PostgreSql, rocky), QStringList {QStringLiteral("postgresql")});

    EXPECT_EQ(packages(Bundle::MySql, ubuntu), QStringList {QStringLiteral("mysql-server")});
    EXPECT_EQ(packages(Bundle::MySql, debian), QStringList {QStringLiteral("default-mysql-server")});
    EXPECT_EQ(services(Bundle::MySql, rocky), QStringList {QStringLiteral("mysqld")});
    EXPECT_EQ(services(Bundle::MariaDb, alma), QStringList {QStringLiteral("mariadb")});

    EXPECT_EQ(packages(Bundle::Docker, ubuntu), QStringList {QStringLiteral("docker.io")});
    EXPECT_EQ(services(Bundle::Docker, debian), QStringList {QStringLiteral("docker")});
    const auto dockerOnRocky = Catalog::install(Bundle::Docker, rocky);
    ASSERT_EQ(dockerOnRocky.commands.size(), 2);
    EXPECT_TRUE(dockerOnRocky.commands.at(0).contains(QStringLiteral("download.docker.com/linux/rhel")));
    EXPECT_TRUE(dockerOnRocky.commands.at(1).startsWith(QStringLiteral("dnf -y install")));
    EXPECT_EQ(dockerOnRocky.services, QStringList {QStringLiteral("docker")});

    EXPECT_EQ(packages(Bundle::Java, debian), QStringList {QStringLiteral("default-jre-headless")});
    EXPECT_EQ(packages(Bundle::Java, alma), QStringList {QStringLiteral("java-17-openjdk-headless")});
    EXPECT_EQ(packages(Bundle::NodeJs, rocky), QStringList({QStringLiteral("nodejs"), QStringLiteral("npm")}));
    EXPECT_TRUE(packages(Bundle::Python, ubuntu).contains(QStringLiteral("python3-venv")));
}

} // namespace
} // namespace ct::spec
