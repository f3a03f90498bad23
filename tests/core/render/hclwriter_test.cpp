// The HCL writer against layouts that `terraform fmt` leaves unchanged. Every expected text below was checked
// with `terraform fmt -check` (Terraform 1.11); where a terraform binary is on PATH the tests check it again.
#include "externaltools.h"
#include "render/hclwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ct::render::hcl {
namespace {

using namespace Qt::StringLiterals;

/// Where terraform exists, the text must be exactly what `terraform fmt` leaves.
void expectTerraformFmtKeeps(const QByteArray& text)
{
    if (!test::terraformMissing().isEmpty())
        return;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile file(dir.filePath(u"check.tf"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const test::ToolResult fmt = test::terraformFmtCheck(dir.path());
    EXPECT_TRUE(fmt.ok()) << "terraform fmt would change:\n" << fmt.out.toStdString() << fmt.err.toStdString();
}

TEST(HclWriter, AlignsEqualsAcrossConsecutiveArgumentsAndABlankLineStartsANewGroup)
{
    Body file;
    Body& r = file.block(u"resource"_s, {u"openstack_compute_instance_v2"_s, u"vm"_s});
    r.attribute(u"name"_s, Expression::string(u"web1"_s));
    r.attribute(u"availability_zone"_s, Expression::string(u"nova"_s));
    r.attribute(u"flavor_id"_s, Expression::string(u"f1"_s));
    r.blankLine();
    r.attribute(u"x"_s, Expression::number(1));
    r.attribute(u"yy"_s, Expression::number(-2));
    const QByteArray expected = "resource \"openstack_compute_instance_v2\" \"vm\" {\n"
                                "  name              = \"web1\"\n"
                                "  availability_zone = \"nova\"\n"
                                "  flavor_id         = \"f1\"\n"
                                "\n"
                                "  x  = 1\n"
                                "  yy = -2\n"
                                "}\n";
    EXPECT_EQ(format(file), expected);
    expectTerraformFmtKeeps(expected);
}

TEST(HclWriter, MultiLineValuesAndNestedBlocksEndAGroupAndAlignTheirOwnLines)
{
    Body file;
    Body& r = file.block(u"resource"_s, {u"cloudstack_instance"_s, u"vm"_s});
    r.attribute(u"name"_s, Expression::string(u"db1"_s));
    r.attribute(u"service_offering"_s, Expression::string(u"small"_s));
    r.attribute(u"tags"_s,
        Expression::object(
            {{u"cloudtwin_managed"_s, Expression::string(u"true"_s)}, {u"role"_s, Expression::string(u"main"_s)}}));
    r.attribute(u"expunge"_s, Expression::boolean(true));
    r.attribute(u"security_group_names"_s, Expression::references({u"cloudstack_security_group.vm.name"_s}));
    Body& lifecycle = r.block(u"lifecycle"_s);
    lifecycle.attribute(u"ignore_changes"_s, Expression::references({u"user_data"_s}));
    r.attribute(u"zone"_s, Expression::string(u"z"_s));
    const QByteArray expected = "resource \"cloudstack_instance\" \"vm\" {\n"
                                "  name             = \"db1\"\n"
                                "  service_offering = \"small\"\n"
                                "  tags = {\n"
                                "    cloudtwin_managed = \"true\"\n"
                                "    role              = \"main\"\n"
                                "  }\n"
                                "  expunge              = true\n"
                                "  security_group_names = [cloudstack_security_group.vm.name]\n"
                                "\n"
                                "  lifecycle {\n"
                                "    ignore_changes = [user_data]\n"
                                "  }\n"
                                "\n"
                                "  zone = \"z\"\n"
                                "}\n";
    EXPECT_EQ(format(file), expected);
    expectTerraformFmtKeeps(expected);
}

TEST(HclWriter, ACommentLineEndsAGroupAndTopLevelBlocksAreSeparatedByOneBlankLine)
{
    Body file;
    file.comment(u"first line\nsecond line"_s);
    Body& v = file.block(u"variable"_s, {u"api_key"_s});
    v.attribute(u"type"_s, Expression::raw(u"string"_s));
    v.comment(u"never written to a file"_s);
    v.attribute(u"sensitive"_s, Expression::boolean(true));
    v.attribute(u"default"_s, Expression::null());
    Body& o = file.block(u"output"_s, {u"ip"_s});
    o.attribute(u"value"_s, Expression::raw(u"cloudstack_instance.vm.ip_address"_s));
    file.block(u"locals"_s);
    const QByteArray expected = "# first line\n"
                                "# second line\n"
                                "variable \"api_key\" {\n"
                                "  type = string\n"
                                "  # never written to a file\n"
                                "  sensitive = true\n"
                                "  default   = null\n"
                                "}\n"
                                "\n"
                                "output \"ip\" {\n"
                                "  value = cloudstack_instance.vm.ip_address\n"
                                "}\n"
                                "\n"
                                "locals {}\n";
    EXPECT_EQ(format(file), expected);
    expectTerraformFmtKeeps(expected);
}

TEST(HclWriter, ListsHoldingObjectsGoOnSeveralLinesWithTrailingCommas)
{
    Body file;
    Body& l = file.block(u"locals"_s);
    l.attribute(u"rules"_s,
        Expression::list(
            {Expression::object({{u"port"_s, Expression::number(22)}, {u"cidr"_s, Expression::string(u"0.0.0.0/0"_s)}}),
                Expression::string(u"plain"_s), Expression::list({})}));
    l.attribute(u"empty"_s, Expression::object({}));
    l.attribute(u"ports"_s, Expression::list({Expression::string(u"80"_s), Expression::string(u"443"_s)}));
    const QByteArray expected = "locals {\n"
                                "  rules = [\n"
                                "    {\n"
                                "      port = 22\n"
                                "      cidr = \"0.0.0.0/0\"\n"
                                "    },\n"
                                "    \"plain\",\n"
                                "    [],\n"
                                "  ]\n"
                                "  empty = {}\n"
                                "  ports = [\"80\", \"443\"]\n"
                                "}\n";
    EXPECT_EQ(format(file), expected);
    expectTerraformFmtKeeps(expected);
}

TEST(HclWriter, ColumnsAreGraphemeClustersAndKeysThatAreNoIdentifiersAreQuoted)
{
    Body file;
    Body& l = file.block(u"locals"_s);
    l.attribute(u"m"_s,
        Expression::object({{u"\u00e9"_s, Expression::number(1)}, {u"e\u0301x"_s, Expression::number(2)},
            {u"a b"_s, Expression::number(3)}, {u"abc"_s, Expression::number(4)}}));
    // "é" is 3 columns quoted, "éx" written as e + U+0301 + x is 4, "a b" is 5: everything aligns on 5.
    const QByteArray expected = "locals {\n"
                                "  m = {\n"
                                "    \"\u00e9\"   = 1\n"
                                "    \"e\u0301x\"  = 2\n"
                                "    \"a b\" = 3\n"
                                "    abc   = 4\n"
                                "  }\n"
                                "}\n";
    EXPECT_EQ(format(file), expected);
    expectTerraformFmtKeeps(expected);
}

TEST(HclWriter, QuotesStringsAsHclwriteDoes)
{
    EXPECT_EQ(quote(u"plain"_s), u"\"plain\""_s);
    EXPECT_EQ(quote(u"say \"hi\" \\ there"_s), u"\"say \\\"hi\\\" \\\\ there\""_s);
    EXPECT_EQ(quote(u"a\nb\rc\td"_s), u"\"a\\nb\\rc\\td\""_s);
    // Template introducers are doubled; a lone $ or % stays as it is.
    EXPECT_EQ(quote(u"${var.x} %{if} $5 50%"_s), u"\"$${var.x} %%{if} $5 50%\""_s);
    EXPECT_EQ(quote(u"$${already}"_s), u"\"$$${already}\""_s);
    // Non-printing characters become \u escapes (Go's unicode.IsPrint), printing ones stay UTF-8.
    EXPECT_EQ(quote(u"nbsp\u00a0bell\u0007zwj\u200d"_s), u"\"nbsp\\u00a0bell\\u0007zwj\\u200d\""_s);
    EXPECT_EQ(quote(u"caf\u00e9 \U0001F600 \u4e2d"_s), u"\"caf\u00e9 \U0001F600 \u4e2d\""_s);
    EXPECT_EQ(quote(u"private \U000F0000"_s), u"\"private \\U000f0000\""_s);
    EXPECT_EQ(quote(QString()), u"\"\""_s);

    Body file;
    file.block(u"locals"_s).attribute(u"s"_s, Expression::string(u"${x} \"q\" \u00a0"_s));
    const QByteArray expected = "locals {\n  s = \"$${x} \\\"q\\\" \\u00a0\"\n}\n";
    EXPECT_EQ(format(file), expected);
    expectTerraformFmtKeeps(expected);
}

TEST(HclWriter, Identifiers)
{
    EXPECT_TRUE(isIdentifier(u"cloudtwin_pair"_s));
    EXPECT_TRUE(isIdentifier(u"_x-1"_s));
    EXPECT_FALSE(isIdentifier(u"1x"_s));
    EXPECT_FALSE(isIdentifier(u"a b"_s));
    EXPECT_FALSE(isIdentifier(u"a.b"_s));
    EXPECT_FALSE(isIdentifier(QString()));
}

/// A document with every rule at once, compared with the file `terraform fmt` produced from it.
TEST(HclWriter, TrickyDocumentEqualsTheRecordedTerraformFmtOutput)
{
    Body file;
    file.comment(u"Alignment groups, escapes and nesting in one file."_s);
    Body& r = file.block(u"resource"_s, {u"openstack_compute_instance_v2"_s, u"vm"_s});
    r.attribute(u"name"_s, Expression::string(u"web1"_s));
    r.attribute(u"image_id"_s, Expression::string(u"img"_s));
    r.attribute(u"availability_zone"_s, Expression::string(u"nova"_s));
    r.attribute(u"user_data"_s, Expression::raw(u"file(\"${path.module}/cloud-init.yaml\")"_s));
    r.attribute(u"metadata"_s,
        Expression::object({{u"a"_s, Expression::string(u"1"_s)}, {u"longer_key"_s, Expression::string(u"2"_s)},
            {u"quoted key"_s, Expression::string(u"3"_s)}}));
    r.attribute(u"x"_s, Expression::number(1));
    r.blankLine();
    r.attribute(u"after_blank"_s, Expression::number(2));
    r.attribute(u"y"_s, Expression::number(3));
    r.comment(u"a comment"_s);
    r.attribute(u"zz"_s, Expression::number(4));
    r.attribute(u"list"_s,
        Expression::list(
            {Expression::object({{u"k"_s, Expression::string(u"v"_s)}, {u"kk"_s, Expression::string(u"w"_s)}}),
                Expression::string(u"s"_s)}));
    r.attribute(u"tail"_s, Expression::boolean(true));
    r.block(u"network"_s).attribute(u"uuid"_s, Expression::string(u"n"_s));
    r.block(u"lifecycle"_s).attribute(u"ignore_changes"_s, Expression::references({u"user_data"_s}));
    Body& v = file.block(u"variable"_s, {u"x"_s});
    v.attribute(u"description"_s,
        Expression::string(u"a \"quoted\" \\ back ${x} $${y} %{z} $ % \n tab\t nbsp\u00a0 \u00e9 \U0001F600"_s));
    v.attribute(u"default"_s, Expression::null());
    v.attribute(u"sensitive"_s, Expression::boolean(true));
    Body& providers = file.block(u"terraform"_s).block(u"required_providers"_s);
    providers.attribute(u"openstack"_s,
        Expression::object({{u"source"_s, Expression::string(u"terraform-provider-openstack/openstack"_s)},
            {u"version"_s, Expression::string(u"~> 3.0"_s)}}));
    const QByteArray written = format(file);

    QFile recorded(QStringLiteral(CT_RENDER_GOLDEN_DIR) + u"/hcl/tricky.tf"_s);
    if (qEnvironmentVariableIsSet("CLOUDTWIN_UPDATE_GOLDEN")) {
        QDir().mkpath(QStringLiteral(CT_RENDER_GOLDEN_DIR) + u"/hcl"_s);
        ASSERT_TRUE(recorded.open(QIODevice::WriteOnly));
        recorded.write(written);
        recorded.close();
    }
    ASSERT_TRUE(recorded.open(QIODevice::ReadOnly)) << "missing " << recorded.fileName().toStdString();
    EXPECT_EQ(written, recorded.readAll());
    expectTerraformFmtKeeps(written);
}

} // namespace
} // namespace ct::render::hcl
