#include "createwizard.h"

#include "cloudcontext.h"
#include "createwizard/accesspage.h"
#include "createwizard/datapage.h"
#include "createwizard/ospage.h"
#include "createwizard/placementpage.h"
#include "createwizard/progresspage.h"
#include "createwizard/purposepage.h"
#include "createwizard/reviewpage.h"
#include "createwizard/sizepage.h"
#include "createwizard/softwarepage.h"
#include "secrets/usersecrets.h"
#include "spec/catalog.h"
#include "uimetrics.h"

#include <QFutureWatcher>

namespace ct {

CreateWizard::CreateWizard(CloudContext& clouds, UserSecrets& secrets, deploy::JournalRunner journal, QWidget* parent)
    : QWizard(parent)
    , m_clouds(clouds)
    , m_secrets(secrets)
    , m_journal(std::move(journal))
{
    setObjectName(QStringLiteral("createWizard"));
    setWindowTitle(tr("New VM Pair"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::NoCancelButtonOnLastPage, false);

    // A beginner starts from a web server, the most common first server; the first page says how to change it.
    m_spec.purpose = spec::Purpose::WebServer;
    m_spec.size = spec::Catalog::defaultSize(m_spec.purpose);
    m_spec.bundles = spec::Catalog::defaultBundles(m_spec.purpose);
    m_spec.ports = spec::Catalog::defaultPorts(m_spec.purpose);

    setPage(PurposePageId, new PurposePage(*this));
    setPage(SizePageId, new SizePage(*this));
    setPage(OsPageId, new OsPage(*this));
    setPage(SoftwarePageId, new SoftwarePage(*this));
    setPage(AccessPageId, new AccessPage(*this));
    setPage(DataPageId, new DataPage(*this));
    setPage(CloudsPageId, new PlacementPage(*this));
    setPage(ReviewPageId, new ReviewPage(*this));
    setPage(ProgressPageId, new ProgressPage(*this));
    setStartId(PurposePageId);

    // Wide enough for the two sides of the Clouds page next to each other, and the review's Terraform.
    setMinimumSize(latinCharsWidth(fontMetrics(), 125), fontMetrics().height() * 40);
}

CreateWizard::~CreateWizard() = default;

QString CreateWizard::pairId() const { return deploy::Planner::pairIdFor(m_clouds.user().id, m_spec.name); }

void CreateWizard::preparePublicKey(QObject* context, std::function<void(const Result<QString>&)> done)
{
    if (m_spec.sshKey.mode == spec::SshKeySpec::Mode::Existing) {
        done(m_spec.sshKey.publicKey.trimmed());
        return;
    }
    // One key per pair: going back and forth must not make a new key each time the plan is made.
    const QString pair = pairId();
    if (m_generatedKey && m_generatedKeyPairId == pair) {
        done(m_generatedKey->publicKey);
        return;
    }
    const QString comment = QStringLiteral("cloudtwin-%1").arg(m_spec.name);
    // The secrets answer on their own thread; a watcher owned by the context brings the answer back.
    auto* watcher = new QFutureWatcher<Result<QByteArray>>(context);
    connect(watcher, &QFutureWatcherBase::finished, context, [this, watcher, pair, comment, done]() {
        watcher->deleteLater();
        const Result<QByteArray> stored = watcher->result();
        if (stored && !stored->isEmpty()) {
            // An earlier create or render of this pair made its key: the VMs must trust that one.
            const Result<QString> publicKey = ssh::KeyGenerator::publicKeyOf(stored.value(), comment);
            if (!publicKey) {
                done(publicKey.error());
                return;
            }
            m_generatedKey = ssh::GeneratedKey {publicKey.value(), stored.value()};
            m_generatedKeyPairId = pair;
            m_generatedKeyKept = true;
            done(publicKey.value());
            return;
        }
        if (!stored && stored.error().code != ErrorCode::NotFound) {
            done(stored.error());
            return;
        }
        Result<ssh::GeneratedKey> made = ssh::KeyGenerator::generateEd25519(comment);
        if (!made) {
            done(made.error());
            return;
        }
        m_generatedKey = made.value();
        m_generatedKeyPairId = pair;
        m_generatedKeyKept = false;
        done(m_generatedKey->publicKey);
    });
    watcher->setFuture(m_secrets.read(privateKeySecretName(pair)));
}

QByteArray CreateWizard::generatedPrivateKey() const
{
    if (m_spec.sshKey.mode != spec::SshKeySpec::Mode::Generate || !m_generatedKey)
        return {};
    return m_generatedKey->privateKey;
}

bool CreateWizard::generatedKeyNeedsKeeping() const { return !generatedPrivateKey().isEmpty() && !m_generatedKeyKept; }

QString CreateWizard::privateKeySecretName(const QString& pairId) { return deploy::pairKeySecretName(pairId); }

void CreateWizard::setPlan(const deploy::DeployPlan& plan, CloudProvider* main, CloudProvider* twin)
{
    m_plan = plan;
    m_mainProvider = main;
    m_twinProvider = twin;
}

bool CreateWizard::isDeploying() const
{
    const auto* progress = qobject_cast<const ProgressPage*>(page(ProgressPageId));
    return progress && progress->isRunning();
}

void CreateWizard::reject()
{
    if (isDeploying()) {
        // Never walk away from a half-made pair: ask, then roll back; the wizard stays until that is done.
        qobject_cast<ProgressPage*>(page(ProgressPageId))->requestCancel();
        return;
    }
    QWizard::reject();
}

} // namespace ct
