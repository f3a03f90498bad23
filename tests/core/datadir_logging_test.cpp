#include "logging/logging.h"
#include "util/datadir.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ct {
namespace {

TEST(DataDir, ArgumentBeatsEnvironment)
{
    QTemporaryDir a;
    QTemporaryDir b;
    qputenv("CLOUDTWIN_DATA_DIR", b.path().toUtf8());
    auto fromArg = DataDir::prepare(a.filePath(QStringLiteral("x")));
    auto fromEnv = DataDir::prepare({});
    qunsetenv("CLOUDTWIN_DATA_DIR");
    ASSERT_TRUE(fromArg);
    ASSERT_TRUE(fromEnv);
    EXPECT_EQ(fromArg->path(), a.filePath(QStringLiteral("x")));
    EXPECT_EQ(fromEnv->path(), QDir(b.path()).absolutePath());
    EXPECT_TRUE(QFileInfo(fromArg->path()).isDir());
}

TEST(DataDir, AFileInTheWayIsAClearError)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("occupied"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.close();
    auto prepared = DataDir::prepare(file);
    ASSERT_FALSE(prepared);
    EXPECT_EQ(prepared.error().code, ErrorCode::Io);
    EXPECT_TRUE(prepared.error().message.contains(QStringLiteral("is a file")));

    auto below = DataDir::prepare(file + QStringLiteral("/sub"));
    ASSERT_FALSE(below);
    EXPECT_TRUE(below.error().message.contains(QStringLiteral("Cannot create the data folder")))
        << below.error().message.toStdString();
}

TEST(DataDir, UnwritableFolderIsAClearError)
{
    // /proc is not writable even for root.
    auto prepared = DataDir::prepare(QStringLiteral("/proc/cloudtwin-test"));
    ASSERT_FALSE(prepared);
    EXPECT_EQ(prepared.error().code, ErrorCode::Io);
    EXPECT_TRUE(prepared.error().message.contains(QStringLiteral("--data-dir")));
}

TEST(Logging, WritesLinesAndRotates)
{
    QTemporaryDir dir;
    installLogFile(dir.path(), false);
    qCInfo(lcStore) << "first line";
    const QByteArray big(2000, 'x');
    for (int i = 0; i < 700; ++i)
        qCInfo(lcApp) << big;
    qCInfo(lcAuth) << "last line";
    uninstallLogFile();

    QFile current(dir.filePath(QStringLiteral("cloudtwin.log")));
    ASSERT_TRUE(current.open(QIODevice::ReadOnly));
    const QByteArray text = current.readAll();
    EXPECT_TRUE(text.contains("info cloudtwin.auth: last line"));
    EXPECT_LE(current.size(), 1024 * 1024);
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("cloudtwin.log.1"))));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("cloudtwin.log.5"))));
}

} // namespace
} // namespace ct
