// Every spec under examples/ is valid, matches its file name and can be built on the sandbox clouds it names.
#include "cloudshapes.h"
#include "spec/catalog.h"
#include "spec/specfile.h"

#include <QDir>

#include <gtest/gtest.h>

namespace ct::spec {
namespace {

QDir examplesDir() { return QDir(QStringLiteral(CLOUDTWIN_SOURCE_DIR "/examples")); }

TEST(Examples, OnePerPurposeAndEachIsValid)
{
    const QStringList files = examplesDir().entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    EXPECT_EQ(files,
        QStringList(
            {QStringLiteral("custom.yaml"), QStringLiteral("database.yaml"), QStringLiteral("development-box.yaml"),
                QStringLiteral("file-server.yaml"), QStringLiteral("web-server.yaml")}));
    for (const QString& file : files) {
        SCOPED_TRACE(file.toStdString());
        const SpecFile::Loaded loaded = SpecFile::load(examplesDir().filePath(file));
        for (const FieldIssue& issue : loaded.issues)
            ADD_FAILURE() << issue.field.toStdString() << ": " << issue.message.toStdString();
        EXPECT_EQ(Catalog::purposeKey(loaded.spec.purpose) + QStringLiteral(".yaml"), file);
        // What CloudTwin writes for it reads back the same.
        EXPECT_TRUE(SpecFile::parse(SpecFile::write(loaded.spec)).spec == loaded.spec);
    }
}

TEST(Examples, FitTheSandboxCloudsTheyName)
{
    const QStringList files = examplesDir().entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty());
    for (const QString& file : files) {
        const SpecFile::Loaded loaded = SpecFile::load(examplesDir().filePath(file));
        ASSERT_TRUE(loaded.ok()) << file.toStdString();
        for (const Placement* side : {&loaded.spec.main, &loaded.spec.twin}) {
            SCOPED_TRACE(QString(file + QStringLiteral(" on ") + side->cloud).toStdString());
            // The names the GUI gives the built-in sandbox accounts (ui/cloudcontext.cpp).
            const bool openStack = side->cloud == QLatin1String("Sandbox");
            ASSERT_TRUE(openStack || side->cloud == QLatin1String("Sandbox (CloudStack)"));
            const QList<Flavor> flavors
                = openStack ? shapes::sandboxOpenStackFlavors() : shapes::sandboxCloudStackOfferings();
            const QList<Image> images
                = openStack ? shapes::sandboxOpenStackImages() : shapes::sandboxCloudStackTemplates();
            const auto flavor
                = Catalog::matchFlavor(flavors, Catalog::effectiveSize(loaded.spec), side->flavor, side->cloud);
            EXPECT_TRUE(flavor.ok()) << (flavor.ok() ? std::string() : flavor.error().message.toStdString());
            const auto image
                = Catalog::matchImage(images, loaded.spec.osFamily, loaded.spec.osVersion, side->image, side->cloud);
            EXPECT_TRUE(image.ok()) << (image.ok() ? std::string() : image.error().message.toStdString());
        }
    }
}

} // namespace
} // namespace ct::spec
