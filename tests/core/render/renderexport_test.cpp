// Export of rendered files to a folder: folders created, bytes exact, atomic writes, clear failures.
#include "render/renderexport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ct::render {
namespace {

using namespace Qt::StringLiterals;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

const RenderedFiles kFiles {{u"main-openstack/main.tf"_s, "resource \"a\" \"b\" {}\n"},
    {u"main-openstack/cloud-init.yaml"_s, "#cloud-config\nhostname: x\n"},
    {u"twin-cloudstack/main.tf"_s, QByteArray()}};

TEST(RenderExport, CreatesFoldersAndWritesExactBytes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString target = dir.filePath(u"export/nested"_s);
    ASSERT_TRUE(RenderExport::writeTo(kFiles, target).ok());
    for (const RenderedFile& file : kFiles)
        EXPECT_EQ(readAll(target + u'/' + file.path), file.bytes) << file.path.toStdString();

    // Exporting again replaces the files (no leftovers from QSaveFile's temporary files).
    RenderedFiles changed = kFiles;
    changed[0].bytes = "changed\n";
    ASSERT_TRUE(RenderExport::writeTo(changed, target).ok());
    EXPECT_EQ(readAll(target + u"/main-openstack/main.tf"_s), QByteArray("changed\n"));
    EXPECT_EQ(QDir(target + u"/main-openstack"_s).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

TEST(RenderExport, AFileInTheWayOfAFolderFailsWithTheFolderNamed)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QFile blocker(dir.filePath(u"main-openstack"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Status status = RenderExport::writeTo(kFiles, dir.path());
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Io);
    EXPECT_TRUE(status.error().message.contains(u"main-openstack"_s)) << status.error().message.toStdString();
    EXPECT_TRUE(status.error().message.contains(u"Could not create the folder"_s));
}

TEST(RenderExport, AnUnwritableTargetFailsWithTheFileAndTheReason)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A folder where the file should go cannot be replaced, even by root.
    ASSERT_TRUE(QDir().mkpath(dir.filePath(u"main-openstack/main.tf"_s)));
    const Status status = RenderExport::writeTo(kFiles, dir.path());
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Io);
    EXPECT_TRUE(status.error().message.contains(u"main.tf"_s)) << status.error().message.toStdString();
}

TEST(RenderExport, AReadOnlyFileSystemFails)
{
    // /proc refuses new folders for every user, root included.
    const Status status = RenderExport::writeTo(kFiles, u"/proc/cloudtwin-render-test"_s);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::Io);
    EXPECT_TRUE(status.error().message.contains(u"/proc/cloudtwin-render-test"_s))
        << status.error().message.toStdString();
}

TEST(RenderExport, PathsOutsideTheFolderAreRefused)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EXPECT_FALSE(RenderExport::writeTo({{u"../escape.tf"_s, "x"}}, dir.filePath(u"inner"_s)).ok());
    EXPECT_FALSE(QFile::exists(dir.filePath(u"escape.tf"_s)));
    EXPECT_FALSE(RenderExport::writeTo({{u"/tmp/abs.tf"_s, "x"}}, dir.path()).ok());
}

} // namespace
} // namespace ct::render
