// Terraform for every pairing: byte-for-byte against golden files (CLOUDTWIN_UPDATE_GOLDEN=1 rewrites them),
// parsed by HashiCorp's HCL parser (tools/hcl2json) and checked for the arguments each provider requires, no
// secret anywhere, and - where a terraform binary exists - left unchanged by `terraform fmt`.
#include "externaltools.h"
#include "render/renderexport.h"
#include "render/terraformrenderer.h"
#include "renderfixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace ct::render {
namespace {

using namespace Qt::StringLiterals;

const QString kGoldenDir = QStringLiteral(CT_RENDER_GOLDEN_DIR);

RenderedFiles renderOrFail(const test::RenderCase& c)
{
    const Result<RenderedFiles> files = TerraformRenderer::render(c.spec, c.main, c.twin, c.sshPublicKey);
    EXPECT_TRUE(files.ok()) << c.name.toStdString() << ": " << (files.ok() ? "" : files.error().message.toStdString());
    return files.ok() ? *files : RenderedFiles();
}

QStringList filesBelow(const QString& dir)
{
    QStringList paths;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(QDir(dir).relativeFilePath(it.next()));
    paths.sort();
    return paths;
}

TEST(TerraformRenderer, EveryPairingMatchesItsGoldenFiles)
{
    const bool update = qEnvironmentVariableIsSet("CLOUDTWIN_UPDATE_GOLDEN");
    for (const test::RenderCase& c : test::renderCases()) {
        const RenderedFiles files = renderOrFail(c);
        const QString caseDir = kGoldenDir + u'/' + c.name;
        if (update) {
            QDir(caseDir).removeRecursively();
            ASSERT_TRUE(RenderExport::writeTo(files, caseDir).ok());
        }
        QStringList rendered;
        for (const RenderedFile& file : files) {
            rendered.append(file.path);
            QFile golden(caseDir + u'/' + file.path);
            ASSERT_TRUE(golden.open(QIODevice::ReadOnly))
                << "missing golden " << golden.fileName().toStdString() << " (CLOUDTWIN_UPDATE_GOLDEN=1 writes it)";
            EXPECT_EQ(file.bytes.toStdString(), golden.readAll().toStdString())
                << c.name.toStdString() << '/' << file.path.toStdString();
        }
        rendered.sort();
        EXPECT_EQ(rendered, filesBelow(caseDir)) << c.name.toStdString() << ": golden folder has other files";
    }
}

TEST(TerraformRenderer, SameInputGivesTheSameBytes)
{
    for (const test::RenderCase& c : test::renderCases())
        EXPECT_EQ(renderOrFail(c), renderOrFail(c)) << c.name.toStdString();
}

TEST(TerraformRenderer, OneFolderPerSideWithTheSameCloudInit)
{
    const test::RenderCase c = test::renderCases().at(0);
    const RenderedFiles files = renderOrFail(c);
    QStringList paths;
    for (const RenderedFile& file : files)
        paths.append(file.path);
    EXPECT_EQ(paths,
        QStringList({u"main-openstack/versions.tf"_s, u"main-openstack/provider.tf"_s, u"main-openstack/variables.tf"_s,
            u"main-openstack/main.tf"_s, u"main-openstack/outputs.tf"_s, u"main-openstack/cloud-init.yaml"_s,
            u"twin-cloudstack/versions.tf"_s, u"twin-cloudstack/provider.tf"_s, u"twin-cloudstack/variables.tf"_s,
            u"twin-cloudstack/main.tf"_s, u"twin-cloudstack/outputs.tf"_s, u"twin-cloudstack/cloud-init.yaml"_s}));
    EXPECT_EQ(files.at(5).bytes, files.at(11).bytes);
}

// --- What HashiCorp's parser makes of the files -------------------------------------------------------------

/// The JSON of one block instance: hcl2json writes `resource "t" "n" {}` as {"resource":{"t":{"n":[{...}]}}}.
QJsonObject block(const QJsonObject& file, const QString& kind, const QString& type, const QString& name = {})
{
    QJsonValue value = file.value(kind).toObject().value(type);
    if (!name.isEmpty())
        value = value.toObject().value(name);
    const QJsonArray instances = value.toArray();
    return instances.size() == 1 ? instances.first().toObject() : QJsonObject();
}

void expectArguments(const QJsonObject& object, const QStringList& names, const std::string& where)
{
    for (const QString& name : names)
        EXPECT_TRUE(object.contains(name)) << where << " lacks " << name.toStdString();
}

/// Renders every case once, exports it and parses every .tf file with HashiCorp's parser in one run (the
/// WebAssembly parser takes seconds to start).
class ParsedRender : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_missing = test::hcl2jsonMissing();
        if (!s_missing.isEmpty())
            return;
        s_dir = std::make_unique<QTemporaryDir>();
        QStringList tfFiles;
        for (const test::RenderCase& c : test::renderCases()) {
            const RenderedFiles files = renderOrFail(c);
            const Status written = RenderExport::writeTo(files, s_dir->filePath(c.name));
            if (!written.ok())
                s_failure = written.error().message;
            for (const RenderedFile& file : files)
                if (file.path.endsWith(u".tf"_s))
                    tfFiles.append(s_dir->filePath(c.name + u'/' + file.path));
        }
        const test::ToolResult parsed = test::hcl2json(tfFiles, &s_parsed);
        if (!parsed.ok())
            s_failure
                = u"hcl2json failed (%1): %2"_s.arg(QString::number(parsed.exitCode), QString::fromUtf8(parsed.err));
        else if (s_parsed.size() != tfFiles.size())
            s_failure = u"hcl2json parsed %1 of %2 files"_s.arg(
                QString::number(s_parsed.size()), QString::number(tfFiles.size()));
    }
    static void TearDownTestSuite() { s_dir.reset(); }

    void SetUp() override
    {
        if (!s_missing.isEmpty())
            GTEST_SKIP() << s_missing.toStdString();
        ASSERT_TRUE(s_failure.isEmpty()) << s_failure.toStdString();
    }

    static QJsonObject file(const test::RenderCase& c, const QString& side, const QString& name)
    {
        const QString path = s_dir->filePath(c.name + u'/' + side + u'/' + name);
        EXPECT_TRUE(s_parsed.contains(path)) << "not parsed: " << path.toStdString();
        return s_parsed.value(path).toObject();
    }

    static inline QString s_missing;
    static inline QString s_failure;
    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline QJsonObject s_parsed;
};

TEST_F(ParsedRender, ProvidersArePinnedAndTakeEveryCredentialFromASensitiveVariable)
{
    for (const test::RenderCase& c : test::renderCases()) {
        for (const spec::ResolvedSide* side : {&c.main, &c.twin}) {
            const QString dir = TerraformRenderer::sideDirectory(*side);
            const bool openStack = side->kind == CloudKind::OpenStack;
            const std::string where = QString(c.name + u'/' + dir).toStdString();

            const QJsonObject terraform
                = file(c, dir, u"versions.tf"_s).value(u"terraform"_s).toArray().at(0).toObject();
            const QJsonObject required = terraform.value(u"required_providers"_s)
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(openStack ? u"openstack"_s : u"cloudstack"_s)
                                             .toObject();
            EXPECT_EQ(required.value(u"source"_s).toString(),
                openStack ? TerraformRenderer::openStackProviderSource()
                          : TerraformRenderer::cloudStackProviderSource())
                << where;
            EXPECT_EQ(required.value(u"version"_s).toString(),
                openStack ? TerraformRenderer::openStackProviderVersion()
                          : TerraformRenderer::cloudStackProviderVersion())
                << where;

            const QJsonObject provider
                = block(file(c, dir, u"provider.tf"_s), u"provider"_s, openStack ? u"openstack"_s : u"cloudstack"_s);
            const QJsonObject variables = file(c, dir, u"variables.tf"_s).value(u"variable"_s).toObject();
            const QStringList credentials = openStack
                ? QStringList {u"application_credential_id"_s, u"application_credential_secret"_s}
                : QStringList {u"api_key"_s, u"secret_key"_s};
            for (const QString& credential : credentials) {
                EXPECT_EQ(provider.value(credential).toString(), u"${var."_s + credential + u'}') << where;
                const QJsonObject variable = variables.value(credential).toArray().at(0).toObject();
                EXPECT_TRUE(variable.value(u"sensitive"_s).toBool()) << where << ' ' << credential.toStdString();
                EXPECT_TRUE(!variable.contains(u"default"_s) || variable.value(u"default"_s).isNull())
                    << where << ' ' << credential.toStdString() << " has a default";
            }
            // Every other provider argument is a variable too: nothing about the account is written.
            for (auto it = provider.begin(); it != provider.end(); ++it) {
                EXPECT_EQ(it.value().toString(), u"${var."_s + it.key() + u'}')
                    << where << ' ' << it.key().toStdString();
                EXPECT_TRUE(variables.contains(it.key()))
                    << where << " declares no variable " << it.key().toStdString();
            }
        }
    }
}

TEST_F(ParsedRender, OpenStackResourcesHaveTheirRequiredArguments)
{
    for (const test::RenderCase& c : test::renderCases()) {
        for (const spec::ResolvedSide* side : {&c.main, &c.twin}) {
            if (side->kind != CloudKind::OpenStack)
                continue;
            const QString dir = TerraformRenderer::sideDirectory(*side);
            const std::string where = QString(c.name + u'/' + dir).toStdString();
            const spec::Placement& placement = side->role == spec::Role::Main ? c.spec.main : c.spec.twin;
            const QJsonObject main = file(c, dir, u"main.tf"_s);

            const QJsonObject keypair = block(main, u"resource"_s, u"openstack_compute_keypair_v2"_s, u"ssh"_s);
            expectArguments(keypair, {u"name"_s, u"public_key"_s}, where);
            EXPECT_EQ(keypair.value(u"public_key"_s).toString(), c.sshPublicKey);

            expectArguments(
                block(main, u"resource"_s, u"openstack_networking_secgroup_v2"_s, u"vm"_s), {u"name"_s}, where);
            const QJsonObject rules
                = main.value(u"resource"_s).toObject().value(u"openstack_networking_secgroup_rule_v2"_s).toObject();
            EXPECT_EQ(rules.size(), c.spec.ports.size()) << where;
            for (auto it = rules.begin(); it != rules.end(); ++it) {
                const QJsonObject rule = it.value().toArray().at(0).toObject();
                expectArguments(rule, {u"direction"_s, u"ethertype"_s, u"security_group_id"_s, u"protocol"_s}, where);
                if (rule.value(u"protocol"_s).toString() != u"icmp"_s)
                    expectArguments(rule, {u"port_range_min"_s, u"port_range_max"_s}, where);
            }

            const QJsonObject vm = block(main, u"resource"_s, u"openstack_compute_instance_v2"_s, u"vm"_s);
            expectArguments(vm,
                {u"name"_s, u"image_id"_s, u"flavor_id"_s, u"key_pair"_s, u"security_groups"_s, u"user_data"_s,
                    u"metadata"_s, u"lifecycle"_s},
                where);
            EXPECT_EQ(vm.value(u"image_id"_s).toString(), side->image.id);
            EXPECT_EQ(vm.value(u"flavor_id"_s).toString(), side->flavor.id);
            EXPECT_EQ(vm.value(u"user_data"_s).toString(), u"${file(\"${path.module}/cloud-init.yaml\")}"_s);
            const QJsonObject metadata = vm.value(u"metadata"_s).toObject();
            EXPECT_EQ(metadata.value(u"cloudtwin_pair"_s).toString(), c.spec.name);
            EXPECT_EQ(
                metadata.value(u"cloudtwin_role"_s).toString(), side->role == spec::Role::Main ? u"main"_s : u"twin"_s);
            EXPECT_EQ(vm.value(u"lifecycle"_s).toArray().at(0).toObject().value(u"ignore_changes"_s).toArray(),
                QJsonArray({u"${user_data}"_s}));
            EXPECT_EQ(vm.contains(u"network"_s), !side->networkId.isEmpty()) << where;

            const bool disk = c.spec.dataDisk.sizeGb > 0;
            const QJsonObject volume = block(main, u"resource"_s, u"openstack_blockstorage_volume_v3"_s, u"data"_s);
            EXPECT_EQ(!volume.isEmpty(), disk) << where;
            if (disk) {
                EXPECT_EQ(volume.value(u"size"_s).toInt(), c.spec.dataDisk.sizeGb);
                expectArguments(block(main, u"resource"_s, u"openstack_compute_volume_attach_v2"_s, u"data"_s),
                    {u"instance_id"_s, u"volume_id"_s}, where);
            }

            const QJsonObject ip = block(main, u"resource"_s, u"openstack_networking_floatingip_v2"_s, u"public"_s);
            EXPECT_EQ(!ip.isEmpty(), placement.publicIp) << where;
            if (placement.publicIp) {
                EXPECT_EQ(ip.value(u"pool"_s).toString(), u"${var.floating_ip_pool}"_s);
                expectArguments(
                    block(main, u"resource"_s, u"openstack_networking_floatingip_associate_v2"_s, u"public"_s),
                    {u"floating_ip"_s, u"port_id"_s}, where);
                expectArguments(
                    block(main, u"data"_s, u"openstack_networking_port_v2"_s, u"vm"_s), {u"device_id"_s}, where);
            }
            const QJsonObject outputs = file(c, dir, u"outputs.tf"_s).value(u"output"_s).toObject();
            EXPECT_TRUE(outputs.contains(u"id"_s) && outputs.contains(u"ip"_s)) << where;
        }
    }
}

TEST_F(ParsedRender, CloudStackResourcesHaveTheirRequiredArguments)
{
    for (const test::RenderCase& c : test::renderCases()) {
        for (const spec::ResolvedSide* side : {&c.main, &c.twin}) {
            if (side->kind != CloudKind::CloudStack)
                continue;
            const QString dir = TerraformRenderer::sideDirectory(*side);
            const std::string where = QString(c.name + u'/' + dir).toStdString();
            const spec::Placement& placement = side->role == spec::Role::Main ? c.spec.main : c.spec.twin;
            const QJsonObject main = file(c, dir, u"main.tf"_s);

            expectArguments(
                block(main, u"resource"_s, u"cloudstack_ssh_keypair"_s, u"ssh"_s), {u"name"_s, u"public_key"_s}, where);
            const QJsonObject vm = block(main, u"resource"_s, u"cloudstack_instance"_s, u"vm"_s);
            expectArguments(vm,
                {u"name"_s, u"service_offering"_s, u"template"_s, u"zone"_s, u"keypair"_s, u"user_data"_s, u"expunge"_s,
                    u"tags"_s, u"lifecycle"_s},
                where);
            EXPECT_EQ(vm.value(u"service_offering"_s).toString(), side->flavor.id);
            EXPECT_EQ(vm.value(u"template"_s).toString(), side->image.id);
            EXPECT_EQ(vm.value(u"zone"_s).toString(), side->zoneId);
            EXPECT_TRUE(vm.value(u"expunge"_s).toBool());
            EXPECT_EQ(vm.value(u"tags"_s).toObject().value(u"cloudtwin_pair"_s).toString(), c.spec.name);
            EXPECT_EQ(vm.contains(u"network_id"_s), !side->networkId.isEmpty()) << where;

            // Security groups where there is no public IP, firewall rules on the public IP where there is one.
            const QJsonObject group = block(main, u"resource"_s, u"cloudstack_security_group"_s, u"vm"_s);
            EXPECT_EQ(group.isEmpty(), placement.publicIp) << where;
            EXPECT_EQ(vm.contains(u"security_group_names"_s), !placement.publicIp) << where;
            const QJsonObject rules = placement.publicIp
                ? block(main, u"resource"_s, u"cloudstack_firewall"_s, u"public"_s)
                : block(main, u"resource"_s, u"cloudstack_security_group_rule"_s, u"vm"_s);
            const QJsonArray ruleBlocks = rules.value(u"rule"_s).toArray();
            EXPECT_EQ(ruleBlocks.size(), c.spec.ports.size()) << where;
            for (const QJsonValue& rule : ruleBlocks)
                expectArguments(rule.toObject(), {u"cidr_list"_s, u"protocol"_s}, where);
            if (placement.publicIp) {
                expectArguments(
                    block(main, u"resource"_s, u"cloudstack_ipaddress"_s, u"public"_s), {u"network_id"_s}, where);
                expectArguments(block(main, u"resource"_s, u"cloudstack_static_nat"_s, u"public"_s),
                    {u"ip_address_id"_s, u"virtual_machine_id"_s}, where);
            }

            const QJsonObject disk = block(main, u"resource"_s, u"cloudstack_disk"_s, u"data"_s);
            EXPECT_EQ(!disk.isEmpty(), c.spec.dataDisk.sizeGb > 0) << where;
            if (!disk.isEmpty()) {
                expectArguments(disk, {u"name"_s, u"disk_offering"_s, u"zone"_s, u"virtual_machine_id"_s}, where);
                EXPECT_TRUE(disk.value(u"attach"_s).toBool());
                EXPECT_EQ(disk.value(u"size"_s).toInt(), c.spec.dataDisk.sizeGb);
            }
            const QJsonObject outputs = file(c, dir, u"outputs.tf"_s).value(u"output"_s).toObject();
            EXPECT_TRUE(outputs.contains(u"id"_s) && outputs.contains(u"ip"_s)) << where;
        }
    }
}

TEST(TerraformRenderer, TheHclParserRejectsBrokenHcl)
{
    // The parse check above must be able to fail.
    const QString missing = test::hcl2jsonMissing();
    if (!missing.isEmpty())
        GTEST_SKIP() << missing.toStdString();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile broken(dir.filePath(u"broken.tf"_s));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("resource \"a\" \"b\" {\n  name = \n}\n");
    broken.close();
    const test::ToolResult result = test::hcl2json({broken.fileName()}, nullptr);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.err.contains("broken.tf")) << result.err.toStdString();
}

TEST(TerraformRenderer, NoSecretOrCredentialLiteralInAnyFile)
{
    const QByteArray planted = QString::fromUtf16(test::kPlantedSecret).toUtf8();
    static const QRegularExpression credentialLiteral(
        u"^\\s*(api_key|secret_key|application_credential_id|application_credential_secret|password|token|api_url|"
        "auth_url|cloud)\\s*=\\s*\""_s,
        QRegularExpression::MultilineOption);
    for (const test::RenderCase& c : test::renderCases()) {
        for (const RenderedFile& file : renderOrFail(c)) {
            EXPECT_FALSE(file.bytes.contains(planted)) << c.name.toStdString() << '/' << file.path.toStdString();
            if (file.path.endsWith(u".tf"_s)) {
                const auto match = credentialLiteral.match(QString::fromUtf8(file.bytes));
                EXPECT_FALSE(match.hasMatch())
                    << c.name.toStdString() << '/' << file.path.toStdString() << ": " << match.captured().toStdString();
            }
        }
    }
}

TEST(TerraformRenderer, TerraformFmtLeavesEveryGoldenFileUnchanged)
{
    const QString missing = test::terraformMissing();
    if (!missing.isEmpty())
        GTEST_SKIP() << missing.toStdString();
    const test::ToolResult fmt = test::terraformFmtCheck(kGoldenDir);
    EXPECT_TRUE(fmt.ok()) << "terraform fmt would change:\n" << fmt.out.toStdString() << fmt.err.toStdString();
}

TEST(TerraformRenderer, MissingChoicesGiveMessagesThatNameTheSideAndTheFix)
{
    const test::RenderCase base = test::renderCases().at(0); // OpenStack main, CloudStack twin with a data disk

    test::RenderCase c = base;
    c.main.flavor.id.clear();
    Result<RenderedFiles> r = TerraformRenderer::render(c.spec, c.main, c.twin, c.sshPublicKey);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(r.error().message.contains(u"main VM on cloud \"demo\""_s)) << r.error().message.toStdString();

    c = base;
    c.twin.image.id.clear();
    r = TerraformRenderer::render(c.spec, c.main, c.twin, c.sshPublicKey);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"No image"_s) && r.error().message.contains(u"cs-backup"_s))
        << r.error().message.toStdString();

    c = base;
    c.twin.zoneId.clear();
    c.twin.zoneName.clear();
    r = TerraformRenderer::render(c.spec, c.main, c.twin, c.sshPublicKey);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"zone"_s)) << r.error().message.toStdString();

    c = base;
    c.twin.diskOfferingId.clear();
    c.twin.diskOfferingName.clear();
    r = TerraformRenderer::render(c.spec, c.main, c.twin, c.sshPublicKey);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"disk offering"_s) && r.error().message.contains(u"50 GB"_s))
        << r.error().message.toStdString();

    r = TerraformRenderer::render(base.spec, base.twin, base.main, base.sshPublicKey);
    ASSERT_FALSE(r.ok());

    r = TerraformRenderer::render(base.spec, base.main, base.twin, QString());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().message.contains(u"SSH public key"_s));
}

} // namespace
} // namespace ct::render
