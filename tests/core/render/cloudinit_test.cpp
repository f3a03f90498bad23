// cloud-init user data: valid against cloud-init's own schema (the Debian package's `cloud-init schema`), valid
// YAML with the values where cloud-init looks for them, shell that /bin/sh accepts, clear errors on bad input.
#include "externaltools.h"
#include "render/cloudinit.h"
#include "renderfixtures.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <yaml-cpp/yaml.h>

namespace ct::render {
namespace {

using namespace Qt::StringLiterals;

QByteArray renderOrFail(const spec::VmSpec& spec, const QString& key)
{
    const Result<QByteArray> rendered = CloudInit::render(spec, key);
    EXPECT_TRUE(rendered.ok()) << (rendered.ok() ? "" : rendered.error().message.toStdString());
    return rendered.ok() ? *rendered : QByteArray();
}

std::vector<std::string> sequence(const YAML::Node& node)
{
    std::vector<std::string> items;
    for (const auto& item : node)
        items.push_back(item.as<std::string>());
    return items;
}

bool contains(const std::vector<std::string>& items, const std::string& wanted)
{
    return std::find(items.begin(), items.end(), wanted) != items.end();
}

test::RenderCase caseNamed(const QString& name)
{
    for (const test::RenderCase& c : test::renderCases())
        if (c.name == name)
            return c;
    ADD_FAILURE() << "no render case " << name.toStdString();
    return {};
}

TEST(CloudInit, EveryCaseIsValidAgainstCloudInitsSchema)
{
    const QString missing = test::cloudInitMissing();
    if (!missing.isEmpty())
        GTEST_SKIP() << missing.toStdString();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const test::RenderCase& c : test::renderCases()) {
        const QString path = dir.filePath(c.name + u".yaml"_s);
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(renderOrFail(c.spec, c.sshPublicKey));
        file.close();
        const test::ToolResult schema = test::cloudInitSchema(path);
        EXPECT_TRUE(schema.ok()) << c.name.toStdString() << ": cloud-init schema exited " << schema.exitCode << "\n"
                                 << schema.out.toStdString() << schema.err.toStdString();
    }
}

TEST(CloudInit, SchemaCheckRejectsAWrongType)
{
    // The schema check must be able to fail: a hostname that is a list is refused.
    const QString missing = test::cloudInitMissing();
    if (!missing.isEmpty())
        GTEST_SKIP() << missing.toStdString();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(u"bad.yaml"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("#cloud-config\nhostname: [1]\n");
    file.close();
    EXPECT_FALSE(test::cloudInitSchema(file.fileName()).ok());
}

TEST(CloudInit, HostnameKeyPackagesAndTheReadyMarkerLast)
{
    const test::RenderCase c = caseNamed(u"openstack-main_cloudstack-twin_data-disk"_s);
    const QByteArray text = renderOrFail(c.spec, c.sshPublicKey);
    ASSERT_TRUE(text.startsWith("#cloud-config\n"));
    const YAML::Node root = YAML::Load(text.toStdString());
    EXPECT_EQ(root["hostname"].as<std::string>(), "web1");
    EXPECT_FALSE(root["ssh_pwauth"].as<bool>());
    EXPECT_EQ(sequence(root["ssh_authorized_keys"]), std::vector<std::string> {c.sshPublicKey.toStdString()});
    EXPECT_TRUE(root["package_update"].as<bool>());
    const auto packages = sequence(root["packages"]);
    EXPECT_EQ(packages.front(), "qemu-guest-agent");
    EXPECT_TRUE(contains(packages, "ufw"));
    EXPECT_TRUE(contains(packages, "nginx"));
    EXPECT_TRUE(contains(packages, "python3"));
    const auto commands = sequence(root["runcmd"]);
    EXPECT_TRUE(contains(commands, "systemctl enable --now 'nginx'"));
    EXPECT_EQ(commands.back(), "date -u +%Y-%m-%dT%H:%M:%SZ >/var/lib/cloudtwin/ready");
    EXPECT_TRUE(contains(commands, "ufw default deny incoming"));
    EXPECT_TRUE(contains(commands, "ufw allow proto tcp from 0.0.0.0/0 to any port 22 comment 'ssh'"));
    EXPECT_TRUE(contains(commands, "ufw allow proto tcp from 0.0.0.0/0 to any port 443 comment 'https'"));
    EXPECT_EQ(commands[commands.size() - 3], "ufw --force enable");
    EXPECT_EQ(renderOrFail(c.spec, c.sshPublicKey), text) << "not deterministic";
}

TEST(CloudInit, RhelFamilyUsesFirewalldRichRulesAndRunsBundleCommandsBeforeServices)
{
    const test::RenderCase c = caseNamed(u"cloudstack-main_openstack-twin_public-ip"_s);
    const YAML::Node root = YAML::Load(renderOrFail(c.spec, c.sshPublicKey).toStdString());
    const auto packages = sequence(root["packages"]);
    EXPECT_TRUE(contains(packages, "firewalld"));
    EXPECT_FALSE(contains(packages, "ufw"));
    EXPECT_TRUE(contains(packages, "mariadb-server"));
    const auto commands = sequence(root["runcmd"]);
    EXPECT_TRUE(contains(commands,
        "firewall-cmd --permanent --add-rich-rule='rule family=\"ipv4\" source address=\"203.0.113.0/24\" port "
        "port=\"22\" protocol=\"tcp\" accept'"));
    EXPECT_TRUE(contains(commands,
        "firewall-cmd --permanent --add-rich-rule='rule family=\"ipv4\" source address=\"0.0.0.0/0\" port "
        "port=\"8000-8100\" protocol=\"udp\" accept'"));
    const auto docker = std::find_if(commands.begin(), commands.end(),
        [](const std::string& command) { return command.rfind("dnf -y install", 0) == 0; });
    const auto dockerService = std::find(commands.begin(), commands.end(), "systemctl enable --now 'docker'");
    ASSERT_NE(docker, commands.end());
    ASSERT_NE(dockerService, commands.end());
    EXPECT_LT(docker, dockerService);
    EXPECT_FALSE(root["write_files"]) << "no data disk, no helper script";
}

TEST(CloudInit, DataDiskScriptIsWrittenRunFirstAndAcceptedBySh)
{
    const test::RenderCase c = caseNamed(u"cloudstack-main_openstack-twin_disk-and-ip"_s);
    const YAML::Node root = YAML::Load(renderOrFail(c.spec, c.sshPublicKey).toStdString());
    ASSERT_TRUE(root["write_files"]);
    const YAML::Node file = root["write_files"][0];
    EXPECT_EQ(file["path"].as<std::string>(), CloudInit::dataDiskScriptPath().toStdString());
    EXPECT_EQ(file["permissions"].as<std::string>(), "0755");
    const std::string script = file["content"].as<std::string>();
    EXPECT_NE(script.find("mountpoint='/srv/share with space'"), std::string::npos) << script;
    EXPECT_NE(script.find("label=cloudtwin-data"), std::string::npos);
    EXPECT_NE(script.find("/dev/vdb"), std::string::npos);
    EXPECT_EQ(sequence(root["runcmd"]).front(), CloudInit::dataDiskScriptPath().toStdString());

    QProcess sh;
    sh.start(u"sh"_s, {u"-n"_s});
    ASSERT_TRUE(sh.waitForStarted());
    sh.write(QByteArray::fromStdString(script));
    sh.closeWriteChannel();
    ASSERT_TRUE(sh.waitForFinished());
    EXPECT_EQ(sh.exitCode(), 0) << sh.readAllStandardError().toStdString();
}

TEST(CloudInit, AmbiguousScalarsAreQuotedSoTheyStayStrings)
{
    test::RenderCase c = caseNamed(u"openstack-main_cloudstack-twin_data-disk"_s);
    const QByteArray text = renderOrFail(c.spec, c.sshPublicKey);
    EXPECT_TRUE(text.contains("permissions: \"0755\"")) << text.toStdString();
}

TEST(CloudInit, BadInputGivesAMessageThatNamesTheFix)
{
    const test::RenderCase c = caseNamed(u"openstack-main_cloudstack-twin_data-disk"_s);

    Result<QByteArray> r = CloudInit::render(c.spec, QString());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(r.error().message.contains(u"SSH public key"_s)) << r.error().message.toStdString();

    r = CloudInit::render(c.spec, c.sshPublicKey + u"\nssh-ed25519 AAAA second"_s);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"one line"_s));

    spec::VmSpec badName = c.spec;
    badName.name = u"Web_1"_s;
    r = CloudInit::render(badName, c.sshPublicKey);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"Web_1"_s));

    spec::VmSpec badOs = c.spec;
    badOs.osFamily = u"windows"_s;
    badOs.osVersion = u"2022"_s;
    r = CloudInit::render(badOs, c.sshPublicKey);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"windows 2022"_s)) << r.error().message.toStdString();
}

} // namespace
} // namespace ct::render
