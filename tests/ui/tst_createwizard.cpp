// The "New VM pair" wizard against CloudTwin's own sandbox clouds (OpenStack and CloudStack in this process):
// a walk through every page with the keyboard only that creates a pair, answers that are wrong and the
// messages under their fields, a plan that cannot be made, Export, Cancel with rollback, and the HCL colours.
// With CLOUDTWIN_SHOTS_DIR set, every page is also saved as a screenshot for people to look at:
//   CLOUDTWIN_SHOTS_DIR=/tmp/shots xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb ./tst_createwizard
#include "cloud/openstack/cloudsyaml.h"
#include "cloud/publickey.h"
#include "cloudcontext.h"
#include "createwizard.h"
#include "createwizard/accesspage.h"
#include "createwizard/hclhighlighter.h"
#include "createwizard/placementpage.h"
#include "createwizard/progresspage.h"
#include "createwizard/reviewpage.h"
#include "createwizard/specpage.h"
#include "deploy/deployjournal.h"
#include "deploy/rollback.h"
#include "hintlabel.h"
#include "i18n/translations.h"
#include "inventory/cloudservice.h"
#include "inventory/inventory.h"
#include "inventorymodel.h"
#include "sandboxcloud.h"
#include "secrets/usersecrets.h"
#include "uitestsupport.h"
#include "vmspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUuid>

using namespace ct;
using namespace ct::test;

namespace {

/// Makes the dialog the window that gets the keys (a window manager does that on a desktop; offscreen, the
/// window under it keeps them).
bool activate(QWidget* window)
{
    window->activateWindow();
    return QTest::qWaitFor([window]() { return QApplication::activeWindow() == window; });
}

/// The widget that has the keyboard now (keys go where a person's would).
QWidget* focused(QWidget* fallback)
{
    QWidget* widget = QApplication::focusWidget();
    return widget ? widget : fallback;
}

void press(QWidget* window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(window), key, modifiers);
}

/// Alt+letter, as a person reaches a labelled field; waits for the button's delayed click.
void mnemonic(QWidget* window, char letter)
{
    press(window, static_cast<Qt::Key>(Qt::Key_A + (letter - 'a')), Qt::AltModifier);
    QTest::qWait(150); // buttons "animate" a mnemonic click for 100 ms
}

/// Selects everything in the focused line edit or spin box and types `text` over it.
void typeOver(QWidget* window, const QString& text)
{
    QWidget* field = focused(window);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

/// On the Clouds page: the CloudStack sandbox's zone for the twin, under Advanced. (The Terraform for CloudStack
/// names its zone; without a chosen one the plan may leave it to the cloud, and then there is nothing to export.)
bool chooseTwinZone(CreateWizard* wizard)
{
    auto* advanced = child<QCheckBox>(wizard, "placementAdvanced");
    auto* zone = child<QComboBox>(wizard, "twinZone");
    advanced->setChecked(true);
    if (!QTest::qWaitFor([zone]() { return zone->count() > 1 && zone->isEnabled(); }, 15000))
        return false;
    zone->setCurrentIndex(1);
    return !wizard->spec().twin.zone.isEmpty();
}

template<class T>
T* page(CreateWizard* wizard, int id)
{
    return qobject_cast<T*>(wizard->page(id));
}

HintLabel* hint(QWidget* parent, const char* name) { return child<HintLabel>(parent, name); }

} // namespace

class TestCreateWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_sandboxDir;
    std::unique_ptr<sandbox::SandboxCloud> m_sandbox;
    QString m_shotsDir;

    void shoot(QWidget* widget, const QString& name)
    {
        if (m_shotsDir.isEmpty())
            return;
        QTest::qWait(300); // let spinners and layouts settle
        QVERIFY(widget->grab().save(QDir(m_shotsDir).filePath(name)));
    }

    std::function<void(AppController::Options&)> withSandbox()
    {
        const auto keys = sandbox::SandboxCloud::cloudStackKeys(QStringLiteral("demo"));
        const SandboxEndpoints endpoints {
            m_sandbox->identityUrl(), m_sandbox->cloudStackApiUrl(), keys.apiKey, keys.secretKey.toUtf8()};
        return [endpoints](AppController::Options& options) {
            options.startSandbox = [endpoints](const QString&) -> Result<SandboxEndpoints> { return endpoints; };
        };
    }

    /// Signs alice in with both sandbox clouds and waits until both accounts and their VMs are there.
    MainWindow* signIn(Harness& h)
    {
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        if (!window)
            return nullptr;
        window->resize(1100, 720);
        if (!QTest::qWaitFor([window]() { return window->cloudContext()->accounts().size() == 2; }, 15000))
            return nullptr;
        if (!QTest::qWaitFor([window]() { return window->vmsPage()->model()->rowCount() == 5; }, 20000))
            return nullptr;
        return window;
    }

    /// The wizard over the main window, opened as File > New VM Pair… opens it.
    CreateWizard* openWizard(MainWindow* window)
    {
        window->createPair();
        CreateWizard* wizard = nullptr;
        if (!QTest::qWaitFor([&wizard]() { return (wizard = topLevel<CreateWizard>()) != nullptr; }))
            return nullptr;
        if (!activate(wizard))
            return nullptr;
        return wizard;
    }

private slots:
    void initTestCase()
    {
        initGuiTestCase();
        m_shotsDir = qEnvironmentVariable("CLOUDTWIN_SHOTS_DIR");
        if (!m_shotsDir.isEmpty())
            QDir().mkpath(m_shotsDir);
    }

    void init()
    {
        m_sandbox = std::make_unique<sandbox::SandboxCloud>();
        QVERIFY2(m_sandbox->start(
                     m_sandboxDir.path() + QStringLiteral("/") + QString::fromLatin1(QTest::currentTestFunction())),
            qPrintable(m_sandbox->errorString()));
        m_sandbox->seed();
        m_sandbox->setBuildDelay(100);
        m_sandbox->setActionDelay(100);
    }

    void cleanup() { m_sandbox.reset(); }

    void highlighterColoursHcl()
    {
        QTextDocument document;
        HclHighlighter highlighter(&document);
        document.setPlainText(QStringLiteral("# a comment\n"
                                             "resource \"openstack_compute_instance_v2\" \"vm\" {\n"
                                             "  name      = \"web-${var.suffix}\"\n"
                                             "  count     = 2\n"
                                             "  user_data = data.x.y // trailing\n"
                                             "  enabled   = true\n"
                                             "  /* spans\n"
                                             "     lines */ size = 20\n"
                                             "}\n"));
        highlighter.rehighlight(); // a new highlighter colours on the next event loop turn; now, for the test
        auto formatAt = [&document](int line, int column) {
            const QTextBlock block = document.findBlockByNumber(line);
            for (const QTextLayout::FormatRange& range : block.layout()->formats()) {
                if (column >= range.start && column < range.start + range.length)
                    return range.format;
            }
            return QTextCharFormat();
        };
        // The layout keeps the colour and the font style of each range (not the whole format object).
        struct Look
        {
            QColor color;
            bool bold = false;
            bool italic = false;
            bool operator==(const Look&) const = default;
        };
        const auto look = [](const QTextCharFormat& format) {
            return Look {format.foreground().color(), format.fontWeight() == QFont::Bold, format.fontItalic()};
        };
        const auto kind = [&highlighter, &look](HclHighlighter::Kind k) { return look(highlighter.format(k)); };
        const auto lookAt = [&formatAt, &look](int line, int column) { return look(formatAt(line, column)); };
        QVERIFY(lookAt(0, 3) == kind(HclHighlighter::Kind::Comment));
        QVERIFY(lookAt(1, 0) == kind(HclHighlighter::Kind::Keyword));
        QVERIFY(lookAt(1, 10) == kind(HclHighlighter::Kind::String));
        QVERIFY(lookAt(2, 16) == kind(HclHighlighter::Kind::String)); // "web-
        QVERIFY(lookAt(2, 21) == kind(HclHighlighter::Kind::Interpolation)); // ${var.suffix}
        QVERIFY(lookAt(3, 14) == kind(HclHighlighter::Kind::Number));
        QVERIFY(!(lookAt(4, 14) == kind(HclHighlighter::Kind::Keyword))); // `data` after `=`, a reference
        QVERIFY(lookAt(4, 23) == kind(HclHighlighter::Kind::Comment));
        QVERIFY(lookAt(5, 14) == kind(HclHighlighter::Kind::Literal));
        QVERIFY(lookAt(6, 4) == kind(HclHighlighter::Kind::Comment));
        QVERIFY(lookAt(7, 6) == kind(HclHighlighter::Kind::Comment)); // still inside /* */
        QVERIFY(lookAt(7, 22) == kind(HclHighlighter::Kind::Number)); // after */ the line is code again
        QVERIFY(formatAt(1, 0).fontWeight() == QFont::Bold);
        QVERIFY(formatAt(0, 3).fontItalic());
    }

    void portsParse()
    {
        QCOMPARE(AccessPage::parsePorts(QStringLiteral("80")), (std::optional<std::pair<int, int>>({80, 80})));
        QCOMPARE(AccessPage::parsePorts(QStringLiteral(" 8000 - 8100 ")),
            (std::optional<std::pair<int, int>>({8000, 8100})));
        QCOMPARE(
            AccessPage::parsePorts(QStringLiteral("8000–8100")), (std::optional<std::pair<int, int>>({8000, 8100})));
        QVERIFY(!AccessPage::parsePorts(QStringLiteral("http")));
        QVERIFY(!AccessPage::parsePorts(QStringLiteral("80,443")));
        QVERIFY(!AccessPage::parsePorts(QString()));
    }

    void withoutTwoCloudsTheFirstPageSaysSo()
    {
        Harness h; // no sandbox: no clouds at all
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        QTRY_VERIFY(window->cloudContext()->isLoaded());
        CreateWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        auto* warning = hint(wizard, "purposeCloudsWarning");
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("you have 0")), qPrintable(warning->text()));
        // The last page names what is missing under both cloud fields.
        while (wizard->currentId() != CreateWizard::CloudsPageId)
            wizard->next();
        QVERIFY(hint(wizard, "mainCloudHint")->text().contains(QStringLiteral("main VM")));
        QVERIFY(hint(wizard, "twinCloudHint")->text().contains(QStringLiteral("twin")));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->reject();
        QTRY_VERIFY(topLevel<CreateWizard>() == nullptr);
    }

    void keyboardWalkCreatesPair()
    {
        Harness h(true, withSandbox());
        MainWindow* window = signIn(h);
        QVERIFY(window);

        // The VMs page opens the wizard.
        QPushButton* newPair = child<QPushButton>(window->vmsPage(), "newPairButton");
        QVERIFY(newPair);
        newPair->click();
        CreateWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = topLevel<CreateWizard>()) != nullptr);
        QVERIFY(activate(wizard));
        QCOMPARE(wizard->currentId(), int(CreateWizard::PurposePageId));
        shoot(wizard, QStringLiteral("wizard-1-purpose.png"));

        // 1. Purpose: Development box preselects Docker, Python and Node.js; then back to Web server.
        mnemonic(wizard, 'v');
        QTRY_COMPARE(wizard->spec().purpose, spec::Purpose::DevelopmentBox);
        QVERIFY(wizard->spec().bundles.contains(spec::Bundle::Docker));
        mnemonic(wizard, 'w');
        QTRY_COMPARE(wizard->spec().purpose, spec::Purpose::WebServer);
        QCOMPARE(wizard->spec().bundles, QList<spec::Bundle> {spec::Bundle::Nginx});
        QCOMPARE(wizard->spec().ports.size(), 3);
        press(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(CreateWizard::SizePageId));
        shoot(wizard, QStringLiteral("wizard-2-size.png"));

        // 2. Size: Medium, by its mnemonic.
        mnemonic(wizard, 'm');
        QTRY_COMPARE(wizard->spec().size, spec::SizeClass::Medium);
        press(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(CreateWizard::OsPageId));

        // 3. Operating system: the sandbox offers Ubuntu 22.04 (and Debian 12); the newest Ubuntu is preselected.
        QCOMPARE(wizard->spec().osVersion, QStringLiteral("24.04"));
        mnemonic(wizard, 'v');
        QCOMPARE(focused(wizard)->objectName(), QStringLiteral("osVersion"));
        press(wizard, Qt::Key_Up);
        QCOMPARE(wizard->spec().osVersion, QStringLiteral("22.04"));
        shoot(wizard, QStringLiteral("wizard-3-os.png"));
        press(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(CreateWizard::SoftwarePageId));

        // 4. Software: add Python with Space on its check box.
        shoot(wizard, QStringLiteral("wizard-4-software.png"));
        mnemonic(wizard, 'h');
        QTRY_VERIFY(wizard->spec().bundles.contains(spec::Bundle::Python));
        press(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(CreateWizard::AccessPageId));

        // 5. Access: ssh, http and https are open to anyone; a new key is made.
        auto* access = page<AccessPage>(wizard, CreateWizard::AccessPageId);
        QCOMPARE(access->table()->rowCount(), 3);
        QVERIFY(child<QRadioButton>(access, "keyGenerate")->isChecked());
        // Alt+S reaches the first service; Tab goes along its row, then to the next row.
        mnemonic(wizard, 's');
        QCOMPARE(focused(wizard), access->cell(0, AccessPage::NameColumn));
        for (AccessPage::Column column :
            {AccessPage::PortColumn, AccessPage::ProtocolColumn, AccessPage::SourceColumn}) {
            press(wizard, Qt::Key_Tab);
            QCOMPARE(focused(wizard), access->cell(0, column));
        }
        press(wizard, Qt::Key_Tab);
        QCOMPARE(focused(wizard), access->cell(1, AccessPage::NameColumn));
        shoot(wizard, QStringLiteral("wizard-5-access.png"));
        press(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(CreateWizard::DataPageId));

        // 6. Data and protection: keep the defaults (no data disk, 30 min, 15 min).
        shoot(wizard, QStringLiteral("wizard-6-data.png"));
        QCOMPARE(wizard->spec().protection.maxDataLossMinutes, 30);
        press(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(CreateWizard::CloudsPageId));

        // 7. Clouds: main on the OpenStack sandbox, twin on the CloudStack one; web-01 exists, so web-02.
        auto* placement = page<PlacementPage>(wizard, CreateWizard::CloudsPageId);
        QCOMPARE(child<QLineEdit>(placement, "vmName")->text(), QStringLiteral("web-02"));
        QCOMPARE(wizard->spec().main.cloud, QStringLiteral("Sandbox"));
        QCOMPARE(wizard->spec().twin.cloud, QStringLiteral("Sandbox (CloudStack)"));
        mnemonic(wizard, 'a');
        typeOver(wizard, QStringLiteral("shop"));
        QCOMPARE(wizard->spec().name, QStringLiteral("shop"));
        // Advanced lists what each cloud offers, with what CloudTwin would choose first.
        mnemonic(wizard, 'v');
        QTRY_VERIFY(child<QCheckBox>(placement, "placementAdvanced")->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(!placement->isListing(), 15000);
        // Both sides list their cloud's zones (Nova's os-availability-zone, CloudStack's listZones) after
        // "The cloud's default"; the OpenStack sandbox has "nova".
        auto* mainZone = child<QComboBox>(placement, "mainZone");
        QCOMPARE(mainZone->count(), 2);
        QCOMPARE(mainZone->itemData(1).toString(), QStringLiteral("nova"));
        // The twin's zone, typed into its field: the CloudStack sandbox has one.
        auto* twinZone = child<QComboBox>(placement, "twinZone");
        QCOMPARE(twinZone->count(), 2);
        mnemonic(wizard, 'e');
        QCOMPARE(focused(wizard), twinZone);
        typeOver(wizard, twinZone->itemText(1));
        QCOMPARE(wizard->spec().twin.zone, twinZone->itemText(1));
        auto* mainFlavor = child<QComboBox>(placement, "mainFlavor");
        QVERIFY2(mainFlavor->count() > 1, qPrintable(child<HintLabel>(placement, "mainListHint")->text()));
        QVERIFY(mainFlavor->itemText(0).startsWith(QStringLiteral("Automatic: ")));
        QVERIFY(child<QComboBox>(placement, "twinImage")->count() > 1);
        shoot(wizard, QStringLiteral("wizard-7-clouds.png"));
        // Tab goes down the page: name, main cloud, twin cloud, public address, Advanced, then the sides.
        mnemonic(wizard, 'a');
        QStringList tabOrder;
        for (int i = 0; i < 7; ++i) {
            tabOrder << focused(wizard)->objectName();
            press(wizard, Qt::Key_Tab);
        }
        QCOMPARE(tabOrder,
            (QStringList {QStringLiteral("vmName"), QStringLiteral("mainCloud"), QStringLiteral("twinCloud"),
                QStringLiteral("publicIp"), QStringLiteral("placementAdvanced"), QStringLiteral("mainFlavor"),
                QStringLiteral("mainImage")}));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        press(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(CreateWizard::ReviewPageId));

        // 8. Review: the plan from both clouds and the Terraform.
        auto* review = page<ReviewPage>(wizard, CreateWizard::ReviewPageId);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isPlanning(), 30000);
        QVERIFY2(review->problem().isEmpty(), qPrintable(review->problem()));
        QVERIFY(review->summaryText().contains(QStringLiteral("Sandbox (CloudStack)")));
        QVERIFY(review->summaryText().contains(QStringLiteral("shop-twin")));
        QVERIFY(!review->files().isEmpty());
        QVERIFY(review->codeView()->toPlainText().contains(QStringLiteral("resource ")));
        shoot(wizard, QStringLiteral("wizard-8-review-plan.png"));
        child<QTabWidget>(review, "reviewTabs")->setCurrentIndex(1);
        shoot(wizard, QStringLiteral("wizard-8-review-terraform.png"));
        QCOMPARE(wizard->button(QWizard::CommitButton)->text(), QStringLiteral("&Create VMs"));
        press(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(CreateWizard::ProgressPageId));

        // 9. Progress: both sides' steps, then the pair.
        auto* progress = page<ProgressPage>(wizard, CreateWizard::ProgressPageId);
        QSignalSpy finished(progress, &ProgressPage::deployFinished);
        shoot(wizard, QStringLiteral("wizard-9-progress-running.png"));
        QVERIFY(finished.count() == 1 || finished.wait(90000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(progress->statusText()));
        QTreeWidget* steps = progress->steps();
        QCOMPARE(steps->topLevelItemCount(), 2);
        for (int side = 0; side < 2; ++side) {
            for (int i = 0; i < steps->topLevelItem(side)->childCount(); ++i) {
                const QString state = steps->topLevelItem(side)->child(i)->text(1);
                QVERIFY2(state == ProgressPage::stateText(deploy::StepState::Done)
                        || state == ProgressPage::stateText(deploy::StepState::Skipped),
                    qPrintable(steps->topLevelItem(side)->child(i)->text(0) + QStringLiteral(": ") + state));
            }
        }
        QCOMPARE(child<QProgressBar>(progress, "deployProgress")->value(),
            child<QProgressBar>(progress, "deployProgress")->maximum());
        QVERIFY(progress->statusText().contains(QStringLiteral("Both VMs are running")));
        shoot(wizard, QStringLiteral("wizard-9-progress-done.png"));

        // The journal names the accounts, so an interrupted create can be found and cleaned up at the next start.
        QStringList accountIds;
        for (const CloudAccount& account : window->cloudContext()->accounts())
            accountIds << account.id;
        QVERIFY(accountIds.contains(wizard->plan()->main.cloudId));
        QVERIFY(accountIds.contains(wizard->plan()->twin.cloudId));
        QVERIFY(wizard->plan()->main.cloudId != wizard->plan()->twin.cloudId);

        // The generated private key was kept in the user's secrets under the pair's name.
        const auto kept = await(window->secrets().read(CreateWizard::privateKeySecretName(wizard->plan()->pairId)));
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
        QVERIFY(kept->startsWith("-----BEGIN OPENSSH PRIVATE KEY-----"));
        const auto keptPublic = ssh::KeyGenerator::publicKeyOf(kept.value(), {});
        QVERIFY(keptPublic);
        QCOMPARE(openSshKeyBody(keptPublic.value()), openSshKeyBody(wizard->plan()->publicKey));

        // "Open in VMs list" has the focus: Space presses it, the wizard closes and the new VM is selected.
        QCOMPARE(focused(wizard)->objectName(), QStringLiteral("openInVmsList"));
        press(wizard, Qt::Key_Space);
        QTRY_VERIFY(topLevel<CreateWizard>() == nullptr);
        QCOMPARE(window->currentPage(), MainWindow::Page::Vms);
        QTRY_VERIFY_WITH_TIMEOUT(window->vmsPage()->model()->rowCount() == 7, 20000);
        QTRY_COMPARE(window->vmsPage()->table()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(window->vmsPage()->table()->selectionModel()->selectedRows().first().data().toString(),
            QStringLiteral("shop"));
        // The details pane links the pair: one click on "Its twin" selects shop-twin, and back.
        auto* details = child<QTextBrowser>(window->vmsPage(), "vmDetails");
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Its twin")));
        QVERIFY2(details->toHtml().contains(QStringLiteral("#partner")), qPrintable(details->toHtml()));
        QVERIFY(details->toPlainText().contains(QStringLiteral("shop-twin on Sandbox (CloudStack)")));
        emit details->anchorClicked(QUrl(QStringLiteral("#partner")));
        QTRY_COMPARE(window->vmsPage()->table()->selectionModel()->selectedRows().first().data().toString(),
            QStringLiteral("shop-twin"));
        QTRY_VERIFY(details->toPlainText().contains(QStringLiteral("Its main VM")));
        // Hidden by the filter, the partner is still reached: the filter is cleared.
        child<QLineEdit>(window->vmsPage(), "vmFilter")->setText(QStringLiteral("shop-twin"));
        emit details->anchorClicked(QUrl(QStringLiteral("#partner")));
        QTRY_COMPARE(window->vmsPage()->table()->selectionModel()->selectedRows().first().data().toString(),
            QStringLiteral("shop"));
        QVERIFY(child<QLineEdit>(window->vmsPage(), "vmFilter")->text().isEmpty());
        shoot(window, QStringLiteral("vms-pair-linked.png"));
        settle(window);
    }

    void badAnswersShowMessagesUnderTheirFields()
    {
        Harness h(true, withSandbox());
        MainWindow* window = signIn(h);
        QVERIFY(window);
        CreateWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        QAbstractButton* next = wizard->button(QWizard::NextButton);

        // Size: own numbers out of range.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CreateWizard::SizePageId));
        mnemonic(wizard, 'v'); // Advanced
        mnemonic(wizard, 'c'); // Custom size
        QTRY_COMPARE(wizard->spec().size, spec::SizeClass::Custom);
        mnemonic(wizard, 'p'); // Processors
        typeOver(wizard, QStringLiteral("500"));
        QVERIFY(hint(wizard, "customCpusHint")->text().contains(QStringLiteral("500 vCPUs")));
        QCOMPARE(hint(wizard, "customCpusHint")->kind(), HintLabel::Kind::Problem);
        QVERIFY(!next->isEnabled());
        shoot(wizard, QStringLiteral("wizard-bad-size.png"));
        typeOver(wizard, QStringLiteral("2"));
        QVERIFY(hint(wizard, "customCpusHint")->text().isEmpty());
        QVERIFY(next->isEnabled());
        wizard->next();
        wizard->next();
        wizard->next();

        // Access: a port out of range, one that is not a number, a single address, a private key.
        QCOMPARE(wizard->currentId(), int(CreateWizard::AccessPageId));
        auto* access = page<AccessPage>(wizard, CreateWizard::AccessPageId);
        auto* port = qobject_cast<QLineEdit*>(access->cell(1, AccessPage::PortColumn));
        port->setFocus();
        typeOver(wizard, QStringLiteral("70000"));
        QVERIFY2(access->problem(QStringLiteral("ports[1].port")).contains(QStringLiteral("65535")),
            qPrintable(access->problem(QStringLiteral("ports[1].port"))));
        QVERIFY(hint(access, "portsHint")->text().contains(QStringLiteral("Service 2 (http)")));
        QVERIFY(port->property("problem").toBool());
        QVERIFY(!next->isEnabled());
        typeOver(wizard, QStringLiteral("web"));
        QVERIFY(access->problem(QStringLiteral("ports[1].port")).contains(QStringLiteral("is not a port")));
        typeOver(wizard, QStringLiteral("8080"));
        QVERIFY(access->problem(QStringLiteral("ports[1].port")).isEmpty());
        QVERIFY(!port->property("problem").toBool());
        auto* source = qobject_cast<QComboBox*>(access->cell(2, AccessPage::SourceColumn));
        source->setFocus();
        typeOver(wizard, QStringLiteral("203.0.113.7"));
        QVERIFY(access->problem(QStringLiteral("ports[2].source")).contains(QStringLiteral("203.0.113.7/32")));
        shoot(wizard, QStringLiteral("wizard-bad-access.png"));
        typeOver(wizard, QStringLiteral("203.0.113.0/24"));
        QVERIFY(access->problem(QStringLiteral("ports[2].source")).isEmpty());
        QCOMPARE(wizard->spec().ports.at(2).source, QStringLiteral("203.0.113.0/24"));
        // "Add service" → "Other service…": the new row asks for its port.
        mnemonic(wizard, 'a');
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = topLevel<QMenu>()) != nullptr);
        // Down to the last entry, "Other service…".
        for (int i = 0; i < 10 && menu->activeAction()->objectName() != QLatin1String("addOtherPort"); ++i)
            QTest::keyClick(menu, Qt::Key_Down);
        QCOMPARE(menu->activeAction()->objectName(), QStringLiteral("addOtherPort"));
        QTest::keyClick(menu, Qt::Key_Return);
        QTRY_COMPARE(access->table()->rowCount(), 4);
        QCOMPARE(focused(wizard), access->cell(3, AccessPage::PortColumn));
        QVERIFY(access->problem(QStringLiteral("ports[3].port")).contains(QStringLiteral("Enter the port")));
        QVERIFY(!next->isEnabled());
        mnemonic(wizard, 'r'); // Remove service: the row with the focus
        QCOMPARE(access->table()->rowCount(), 3);
        QVERIFY(next->isEnabled());
        // Own key: empty asks (grey), a private key is refused (red), a real public key is fine.
        mnemonic(wizard, 'u');
        QTRY_VERIFY(child<QRadioButton>(access, "keyExisting")->isChecked());
        QCOMPARE(hint(access, "publicKeyHint")->kind(), HintLabel::Kind::Note);
        QVERIFY(!next->isEnabled());
        auto* key = child<QPlainTextEdit>(access, "publicKeyField");
        key->setPlainText(
            QStringLiteral("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----"));
        QVERIFY(hint(access, "publicKeyHint")->text().contains(QStringLiteral("private key")));
        QCOMPARE(hint(access, "publicKeyHint")->kind(), HintLabel::Kind::Problem);
        QTemporaryDir keys;
        QFile privateFile(keys.filePath(QStringLiteral("id_ed25519")));
        QVERIFY(privateFile.open(QIODevice::WriteOnly));
        privateFile.write("-----BEGIN OPENSSH PRIVATE KEY-----\nsecret\n-----END OPENSSH PRIVATE KEY-----\n");
        privateFile.close();
        access->loadKeyFile(privateFile.fileName());
        QVERIFY(key->toPlainText().isEmpty()); // never copied into the form
        QVERIFY(hint(access, "publicKeyHint")->text().contains(QStringLiteral("id_ed25519.pub")));
        const auto generated = ssh::KeyGenerator::generateEd25519(QStringLiteral("me@laptop"));
        QVERIFY(generated);
        QFile publicFile(keys.filePath(QStringLiteral("id_ed25519.pub")));
        QVERIFY(publicFile.open(QIODevice::WriteOnly));
        publicFile.write(generated->publicKey.toUtf8() + '\n');
        publicFile.close();
        access->loadKeyFile(publicFile.fileName());
        QCOMPARE(wizard->spec().sshKey.publicKey, generated->publicKey);
        QVERIFY(hint(access, "publicKeyHint")->text().isEmpty());
        QVERIFY(next->isEnabled());
        wizard->next();

        // Data: a data disk mounted over a system folder.
        QCOMPARE(wizard->currentId(), int(CreateWizard::DataPageId));
        mnemonic(wizard, 'd');
        typeOver(wizard, QStringLiteral("20"));
        mnemonic(wizard, 'm');
        typeOver(wizard, QStringLiteral("/etc"));
        QVERIFY(hint(wizard, "dataDiskMountHint")->text().contains(QStringLiteral("/etc")));
        QVERIFY(!next->isEnabled());
        shoot(wizard, QStringLiteral("wizard-bad-data.png"));
        typeOver(wizard, QStringLiteral("/srv/data"));
        QVERIFY(next->isEnabled());
        // RPO "Other…" below the minimum.
        mnemonic(wizard, 'w');
        auto* dataLoss = child<QComboBox>(wizard, "dataLoss");
        dataLoss->setCurrentIndex(dataLoss->count() - 1);
        auto* minutes = child<QSpinBox>(wizard, "dataLossMinutes");
        QVERIFY(minutes->isVisible());
        minutes->setFocus();
        typeOver(wizard, QStringLiteral("2"));
        QVERIFY(hint(wizard, "dataLossHint")->text().contains(QStringLiteral("2 minutes")));
        QVERIFY(!next->isEnabled());
        typeOver(wizard, QStringLiteral("10"));
        QVERIFY(next->isEnabled());
        QCOMPARE(wizard->spec().protection.maxDataLossMinutes, 10);
        wizard->next();

        // Clouds: a name that is not a VM name, and the twin on the main VM's cloud.
        QCOMPARE(wizard->currentId(), int(CreateWizard::CloudsPageId));
        mnemonic(wizard, 'a');
        typeOver(wizard, QStringLiteral("Web_01"));
        QVERIFY(hint(wizard, "vmNameHint")->text().contains(QStringLiteral("web-01")));
        QCOMPARE(hint(wizard, "vmNameHint")->kind(), HintLabel::Kind::Problem);
        typeOver(wizard, QString());
        QCOMPARE(hint(wizard, "vmNameHint")->kind(), HintLabel::Kind::Note); // empty: says what to enter
        QVERIFY(!next->isEnabled());
        typeOver(wizard, QStringLiteral("web-01"));
        QVERIFY(hint(wizard, "vmNameNote")->text().contains(QStringLiteral("already has a VM")));
        typeOver(wizard, QStringLiteral("files"));
        mnemonic(wizard, 't');
        auto* twin = child<QComboBox>(wizard, "twinCloud");
        QCOMPARE(focused(wizard), twin);
        twin->setCurrentIndex(twin->findData(QStringLiteral("Sandbox")));
        QVERIFY(hint(wizard, "twinCloudHint")->text().contains(QStringLiteral("same cloud account")));
        QVERIFY(!next->isEnabled());
        shoot(wizard, QStringLiteral("wizard-bad-clouds.png"));
        twin->setCurrentIndex(twin->findData(QStringLiteral("Sandbox (CloudStack)")));
        QVERIFY(next->isEnabled());
        wizard->reject();
        QTRY_VERIFY(topLevel<CreateWizard>() == nullptr);
        settle(window);
    }

    void planThatCannotBeMadeSaysWhyAndHowToGoBack()
    {
        Harness h(true, withSandbox());
        MainWindow* window = signIn(h);
        QVERIFY(window);
        CreateWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        // Rocky Linux: neither sandbox cloud has an image of it.
        while (wizard->currentId() != CreateWizard::OsPageId)
            wizard->next();
        auto* family = child<QComboBox>(wizard, "osFamily");
        family->setCurrentIndex(family->findData(QStringLiteral("rocky")));
        QCOMPARE(wizard->spec().osFamily, QStringLiteral("rocky"));
        while (wizard->currentId() != CreateWizard::ReviewPageId)
            wizard->next();
        auto* review = page<ReviewPage>(wizard, CreateWizard::ReviewPageId);
        QSignalSpy planned(review, &ReviewPage::planFinished);
        QVERIFY(planned.count() == 1 || planned.wait(30000));
        QCOMPARE(planned.last().at(0).toBool(), false);
        QVERIFY2(review->problem().contains(QStringLiteral("Go Back")), qPrintable(review->problem()));
        QVERIFY2(
            review->problem().contains(QStringLiteral("Rocky"), Qt::CaseInsensitive), qPrintable(review->problem()));
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        QVERIFY(child<QPushButton>(review, "planRetry")->isVisible());
        shoot(wizard, QStringLiteral("wizard-8-review-failed.png"));
        // Back, Ubuntu 22.04, forward again: now it works.
        while (wizard->currentId() != CreateWizard::OsPageId)
            wizard->back();
        family->setCurrentIndex(family->findData(QStringLiteral("ubuntu")));
        auto* version = child<QComboBox>(wizard, "osVersion");
        version->setCurrentIndex(version->findData(QStringLiteral("22.04")));
        while (wizard->currentId() != CreateWizard::CloudsPageId)
            wizard->next();
        QVERIFY(chooseTwinZone(wizard));
        wizard->next();
        QVERIFY(planned.wait(30000));
        QVERIFY2(planned.last().at(0).toBool(), qPrintable(review->problem()));
        QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());

        // Export: the files land in the chosen folder; a folder that cannot be written says so.
        QTemporaryDir out;
        QSignalSpy exported(review, &ReviewPage::exportFinished);
        review->exportTo(out.path());
        QVERIFY(exported.wait(10000));
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(review->exportMessage()));
        for (const render::RenderedFile& file : review->files())
            QVERIFY2(QFile::exists(QDir(out.path()).filePath(file.path)), qPrintable(file.path));
        QVERIFY(review->exportMessage().contains(QDir::toNativeSeparators(out.path())));
        QFile blocker(QDir(out.path()).filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        review->exportTo(blocker.fileName());
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.last().at(0).toBool(), false);
        QVERIFY(review->exportMessage().startsWith(QStringLiteral("Could not export")));
        wizard->reject();
        settle(window);
    }

    void unavailableZonesAreShownButNotOffered()
    {
        // Nova lists a zone whose compute hosts are all disabled as not available: the list shows it greyed out,
        // and a spec that names it anyway gets a warning under that side's choices.
        m_sandbox->setUnavailableZones({QStringLiteral("az-down")});
        Harness h(true, withSandbox());
        MainWindow* window = signIn(h);
        QVERIFY(window);
        CreateWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        while (wizard->currentId() != CreateWizard::CloudsPageId)
            wizard->next();
        auto* placement = page<PlacementPage>(wizard, CreateWizard::CloudsPageId);
        child<QCheckBox>(placement, "placementAdvanced")->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!placement->isListing(), 15000);
        auto* zone = child<QComboBox>(placement, "mainZone");
        QCOMPARE(zone->count(), 3);
        const int down = zone->findData(QStringLiteral("az-down"));
        const int nova = zone->findData(QStringLiteral("nova"));
        QVERIFY(down > 0 && nova > 0);
        QCOMPARE(zone->itemText(down), QStringLiteral("az-down (unavailable)"));
        QCOMPARE(zone->itemText(nova), QStringLiteral("nova"));
        auto* items = qobject_cast<QStandardItemModel*>(zone->model());
        QVERIFY(items);
        QVERIFY(!items->item(down)->isEnabled());
        QVERIFY(items->item(nova)->isEnabled());
        auto* note = hint(placement, "mainListHint");
        QVERIFY2(note->text().isEmpty(), qPrintable(note->text()));

        zone->setCurrentIndex(down);
        QCOMPARE(wizard->spec().main.zone, QStringLiteral("az-down"));
        QCOMPARE(note->kind(), HintLabel::Kind::Problem);
        QVERIFY2(
            note->text().contains(QStringLiteral("az-down")) && note->text().contains(QStringLiteral("unavailable")),
            qPrintable(note->text()));
        shoot(wizard, QStringLiteral("wizard-7-zone-unavailable.png"));
        zone->setCurrentIndex(nova);
        QCOMPARE(wizard->spec().main.zone, QStringLiteral("nova"));
        QVERIFY2(note->text().isEmpty(), qPrintable(note->text()));
        wizard->reject();
        settle(window);
    }

    void keyThePairHasIsUsedAgain()
    {
        // A pair's generated key is kept under its pair id (as cloudtwinctl keeps it); a create of the same name
        // uses that key rather than make one the VMs made earlier would not trust.
        Harness h(true, withSandbox());
        MainWindow* window = signIn(h);
        QVERIFY(window);
        const QString pairId = deploy::Planner::pairIdFor(window->user().id, QStringLiteral("keyed"));
        const auto earlier = ssh::KeyGenerator::generateEd25519(QStringLiteral("earlier"));
        QVERIFY(earlier);
        QVERIFY(await(window->secrets().write(CreateWizard::privateKeySecretName(pairId), earlier->privateKey)).ok());
        CreateWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        while (wizard->currentId() != CreateWizard::OsPageId)
            wizard->next();
        auto* version = child<QComboBox>(wizard, "osVersion");
        version->setCurrentIndex(version->findData(QStringLiteral("22.04")));
        while (wizard->currentId() != CreateWizard::CloudsPageId)
            wizard->next();
        child<QLineEdit>(wizard, "vmName")->setText(QStringLiteral("keyed"));
        wizard->next();
        auto* review = page<ReviewPage>(wizard, CreateWizard::ReviewPageId);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isPlanning(), 30000);
        QVERIFY2(review->problem().isEmpty(), qPrintable(review->problem()));
        QCOMPARE(wizard->plan()->pairId, pairId);
        QCOMPARE(openSshKeyBody(wizard->plan()->publicKey), openSshKeyBody(earlier->publicKey));
        QVERIFY(!wizard->generatedKeyNeedsKeeping()); // it is kept already
        // Another name is another pair, with a key of its own.
        wizard->back();
        child<QLineEdit>(wizard, "vmName")->setText(QStringLiteral("other"));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isPlanning(), 30000);
        QVERIFY2(review->problem().isEmpty(), qPrintable(review->problem()));
        QVERIFY(openSshKeyBody(wizard->plan()->publicKey) != openSshKeyBody(earlier->publicKey));
        QVERIFY(wizard->generatedKeyNeedsKeeping());
        wizard->reject();
        QTRY_VERIFY(topLevel<CreateWizard>() == nullptr);
        settle(window);
    }

    void koreanWizard()
    {
        // The pages' strings reach the Korean translation under their class names (ct::PurposePage, ...).
        installTranslations(QStringLiteral("ko"));
        Harness h(true, withSandbox());
        MainWindow* window = signIn(h);
        QVERIFY(window);
        CreateWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        QCOMPARE(wizard->windowTitle(), QStringLiteral("새 VM 쌍"));
        QCOMPARE(wizard->page(CreateWizard::PurposePageId)->title(), QStringLiteral("서버를 어디에 쓰나요?"));
        QCOMPARE(child<QRadioButton>(wizard, "purposeWebServer")->text(), QStringLiteral("웹 서버(&W)"));
        shoot(wizard, QStringLiteral("wizard-ko-1-purpose.png"));
        const QStringList names {QStringLiteral("size"), QStringLiteral("os"), QStringLiteral("software"),
            QStringLiteral("access"), QStringLiteral("data"), QStringLiteral("clouds")};
        for (int i = 0; i < names.size(); ++i) {
            wizard->next();
            QCOMPARE(wizard->currentId(), i + 1);
            shoot(wizard, QStringLiteral("wizard-ko-%1-%2.png").arg(i + 2).arg(names.at(i)));
        }
        auto* version = child<QComboBox>(wizard, "osVersion");
        version->setCurrentIndex(version->findData(QStringLiteral("22.04")));
        wizard->next();
        auto* review = page<ReviewPage>(wizard, CreateWizard::ReviewPageId);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isPlanning(), 30000);
        QVERIFY2(review->problem().isEmpty(), qPrintable(review->problem()));
        QVERIFY(review->summaryText().contains(QStringLiteral("메인 VM")));
        shoot(wizard, QStringLiteral("wizard-ko-8-review.png"));
        // The beginner's path to the end: nothing chosen under Advanced, and both VMs are made.
        wizard->next();
        auto* progress = page<ProgressPage>(wizard, CreateWizard::ProgressPageId);
        QSignalSpy finished(progress, &ProgressPage::deployFinished);
        QVERIFY(finished.count() == 1 || finished.wait(90000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(progress->statusText()));
        QVERIFY(progress->statusText().startsWith(QStringLiteral("두 VM이 모두 실행 중입니다.")));
        shoot(wizard, QStringLiteral("wizard-ko-9-done.png"));
        QVERIFY(!wizard->button(QWizard::CancelButton)->isVisible());
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(topLevel<CreateWizard>() == nullptr);
        settle(window);
        installTranslations(QStringLiteral("en"));
    }

    // The real minicloud (CI: ctest entry ui.tst_createwizard.minicloud): main in project demo, twin in project
    // backup, chosen in the wizard as a person would, with the minicloud's only image picked under Advanced
    // (it has no os_distro). Both VMs must come up ACTIVE on the real cloud; the test removes them again.
    void minicloudWalkCreatesPair()
    {
        const QString mainCloud = qEnvironmentVariable("OS_CLOUD");
        const QString twinCloud = qEnvironmentVariable("CLOUDTWIN_TEST_TWIN_CLOUD");
        if (mainCloud.isEmpty() || twinCloud.isEmpty())
            QSKIP("needs OS_CLOUD and CLOUDTWIN_TEST_TWIN_CLOUD (../shared/minicloud/openstack-up.sh, then "
                  "OS_CLIENT_CONFIG_FILE=/var/tmp/minicloud/clouds.yaml OS_CLOUD=minicloud-demo "
                  "CLOUDTWIN_TEST_TWIN_CLOUD=minicloud-backup)");
        Harness h; // no sandbox: only the real clouds
        h.createUser(QStringLiteral("alice"));
        MainWindow* window = h.signIn(QStringLiteral("alice"));
        QVERIFY(window);
        window->resize(1100, 720);
        QTRY_VERIFY(window->cloudContext()->isLoaded());
        auto imported = openstack::CloudsYaml::load();
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        for (const QString& name : {mainCloud, twinCloud}) {
            bool added = false;
            for (const auto& entry : imported->clouds) {
                if (entry.account.name == name) {
                    const auto stored = await(window->cloudContext()->addAccount(entry.account, entry.secret));
                    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
                    added = true;
                }
            }
            QVERIFY2(added, qPrintable(name + QStringLiteral(" is not in ") + imported->file));
        }
        QTRY_VERIFY_WITH_TIMEOUT(window->cloudContext()->accounts().size() == 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!window->cloudContext()->inventory()->isRefreshing(), 60000);

        CreateWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        shoot(wizard, QStringLiteral("minicloud-1-purpose.png"));
        // Purpose, size, OS, software, access, data: the beginner defaults (a small web server with nginx).
        for (int id : {CreateWizard::SizePageId, CreateWizard::OsPageId, CreateWizard::SoftwarePageId,
                 CreateWizard::AccessPageId, CreateWizard::DataPageId, CreateWizard::CloudsPageId}) {
            press(wizard, Qt::Key_Return);
            QCOMPARE(wizard->currentId(), id);
        }
        auto* placement = page<PlacementPage>(wizard, CreateWizard::CloudsPageId);
        const QString name = QStringLiteral("ct-gui-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
        mnemonic(wizard, 'a');
        typeOver(wizard, name);
        auto* mainCombo = child<QComboBox>(placement, "mainCloud");
        auto* twinCombo = child<QComboBox>(placement, "twinCloud");
        mainCombo->setCurrentIndex(mainCombo->findText(mainCloud));
        twinCombo->setCurrentIndex(twinCombo->findText(twinCloud));
        QCOMPARE(wizard->spec().main.cloud, mainCloud);
        QCOMPARE(wizard->spec().twin.cloud, twinCloud);
        child<QCheckBox>(placement, "publicIp")->setChecked(false);
        mnemonic(wizard, 'v');
        QTRY_VERIFY(child<QCheckBox>(placement, "placementAdvanced")->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(!placement->isListing(), 30000);
        for (const char* side : {"main", "twin"}) {
            auto* image = child<QComboBox>(placement, QByteArray(QByteArray(side) + "Image").constData());
            const int tiny = image->findData(QStringLiteral("minicloud-tiny"));
            QVERIFY2(tiny > 0,
                qPrintable(child<HintLabel>(placement, QByteArray(QByteArray(side) + "ListHint").constData())->text()));
            image->setCurrentIndex(tiny);
            // Nova's zone list: the minicloud has "nova".
            QVERIFY(child<QComboBox>(placement, QByteArray(QByteArray(side) + "Zone").constData())
                        ->findData(QStringLiteral("nova"))
                > 0);
        }
        QCOMPARE(wizard->spec().main.image, QStringLiteral("minicloud-tiny"));
        shoot(wizard, QStringLiteral("minicloud-7-clouds.png"));
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        press(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(CreateWizard::ReviewPageId));

        auto* review = page<ReviewPage>(wizard, CreateWizard::ReviewPageId);
        QTRY_VERIFY_WITH_TIMEOUT(!review->isPlanning(), 60000);
        QVERIFY2(review->problem().isEmpty(), qPrintable(review->problem()));
        QVERIFY(review->summaryText().contains(twinCloud));
        shoot(wizard, QStringLiteral("minicloud-8-review-plan.png"));
        child<QTabWidget>(review, "reviewTabs")->setCurrentIndex(1);
        shoot(wizard, QStringLiteral("minicloud-8-review-terraform.png"));
        child<QTabWidget>(review, "reviewTabs")->setCurrentIndex(0);
        press(wizard, Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(CreateWizard::ProgressPageId));

        auto* progress = page<ProgressPage>(wizard, CreateWizard::ProgressPageId);
        QSignalSpy finished(progress, &ProgressPage::deployFinished);
        QTest::qWait(1500);
        shoot(wizard, QStringLiteral("minicloud-9-progress-running.png"));
        QVERIFY(finished.count() == 1 || finished.wait(180000));
        const bool created = finished.at(0).at(0).toBool();
        shoot(wizard, QStringLiteral("minicloud-9-progress-done.png"));
        const std::optional<deploy::DeployPlan> plan = wizard->plan();
        QVERIFY(plan);

        // Both VMs, ACTIVE, on the real clouds: asked of the clouds, not of the wizard.
        QStringList active;
        window->cloudContext()->inventory()->refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(!window->cloudContext()->inventory()->isRefreshing(), 60000);
        for (const InventoryRow& row : window->cloudContext()->inventory()->rows()) {
            if (row.pairId == plan->pairId && row.server.status == ServerStatus::Active)
                active << row.server.name + u'@' + row.cloudName;
        }
        active.sort();
        wizard->reject();
        QTRY_VERIFY(topLevel<CreateWizard>() == nullptr);
        window->showPage(MainWindow::Page::Vms);
        shoot(window, QStringLiteral("minicloud-10-vms.png"));

        // Whatever happened, the pair goes again so the real cloud stays clean for the next run.
        auto steps = std::make_shared<QList<deploy::DeployStep>>();
        auto deploymentId = std::make_shared<QString>();
        const auto read = await(window->cloudContext()->journalRunner()(
            [steps, deploymentId, pairId = plan->pairId](deploy::DeployJournal& journal) -> Status {
                auto records = journal.deployments();
                if (!records)
                    return records.error();
                for (const deploy::DeploymentRecord& record : records.value()) {
                    if (record.pairId == pairId)
                        *deploymentId = record.id;
                }
                auto found = journal.steps(*deploymentId);
                if (!found)
                    return found.error();
                *steps = found.value();
                return journal.removePair(pairId);
            }));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        const auto mainProvider = await(window->cloudContext()->service()->provider(plan->main.cloudId));
        const auto twinProvider = await(window->cloudContext()->service()->provider(plan->twin.cloudId));
        QVERIFY2(mainProvider, qPrintable(mainProvider ? QString() : mainProvider.error().message));
        QVERIFY2(twinProvider, qPrintable(twinProvider ? QString() : twinProvider.error().message));
        deploy::Rollback rollback(*deploymentId, plan->pairId, *steps, mainProvider.value(), twinProvider.value(),
            window->cloudContext()->journalRunner());
        QSignalSpy removed(&rollback, &deploy::Rollback::finished);
        rollback.start(QStringLiteral("test clean-up"));
        QVERIFY(removed.count() > 0 || removed.wait(180000));
        QVERIFY2(removed.first().first().toStringList().isEmpty(),
            qPrintable(removed.first().first().toStringList().join(u',')));

        QVERIFY2(created, qPrintable(progress->statusText()));
        QStringList expected {name + u'@' + mainCloud, name + QStringLiteral("-twin@") + twinCloud};
        expected.sort();
        QCOMPARE(active, expected);
        settle(window);
    }

    void cancelAsksThenRollsBack()
    {
        Harness h(true, withSandbox());
        MainWindow* window = signIn(h);
        QVERIFY(window);
        m_sandbox->setBuildDelay(20000); // slow enough to cancel while the VMs build
        CreateWizard* wizard = openWizard(window);
        QVERIFY(wizard);
        while (wizard->currentId() != CreateWizard::OsPageId)
            wizard->next();
        auto* version = child<QComboBox>(wizard, "osVersion");
        version->setCurrentIndex(version->findData(QStringLiteral("22.04")));
        while (wizard->currentId() != CreateWizard::CloudsPageId)
            wizard->next();
        wizard->next();
        auto* review = page<ReviewPage>(wizard, CreateWizard::ReviewPageId);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::CommitButton)->isEnabled(), 30000);
        const QString name = wizard->spec().name;
        QVERIFY(review->problem().isEmpty());
        wizard->next();
        auto* progress = page<ProgressPage>(wizard, CreateWizard::ProgressPageId);
        QVERIFY(progress->isRunning());
        // Once the VMs are being made (the key is kept first).
        QTRY_VERIFY_WITH_TIMEOUT(progress->statusText().startsWith(QStringLiteral("Creating")), 10000);

        // Esc asks first; "Keep Going" changes nothing.
        press(wizard, Qt::Key_Escape);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = topLevel<QMessageBox>()) != nullptr);
        shoot(wizard, QStringLiteral("wizard-9-cancel-question.png"));
        child<QPushButton>(box, "keepGoingButton")->click();
        QTRY_VERIFY(topLevel<QMessageBox>() == nullptr);
        QVERIFY(wizard->isVisible());
        QVERIFY(progress->isRunning());

        // Cancel again and confirm: the job stops and removes what it made; the wizard stays to say so.
        QSignalSpy finished(progress, &ProgressPage::deployFinished);
        wizard->button(QWizard::CancelButton)->click();
        QTRY_VERIFY((box = topLevel<QMessageBox>()) != nullptr);
        child<QPushButton>(box, "confirmStopButton")->click();
        QVERIFY2(progress->statusText().startsWith(QStringLiteral("Stopping")), qPrintable(progress->statusText()));
        QVERIFY(finished.wait(60000));
        QVERIFY2(!finished.at(0).at(0).toBool(), qPrintable(progress->statusText()));
        QVERIFY(wizard->isVisible());
        QVERIFY(!progress->statusText().isEmpty());
        shoot(wizard, QStringLiteral("wizard-9-cancelled.png"));
        // Nothing of the pair is left on either cloud.
        window->cloudContext()->inventory()->refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(!window->cloudContext()->inventory()->isRefreshing(), 20000);
        for (const InventoryRow& row : window->cloudContext()->inventory()->rows())
            QVERIFY2(!row.server.name.startsWith(name) || row.server.status == ServerStatus::Deleted,
                qPrintable(row.server.name));
        wizard->reject(); // not running any more: closes
        QTRY_VERIFY(topLevel<CreateWizard>() == nullptr);
        settle(window);
    }
};

QTEST_MAIN(TestCreateWizard)
#include "tst_createwizard.moc"
