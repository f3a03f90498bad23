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
#include "spec/catalog.h"
#include "uimetrics.h"

namespace ct {

CreateWizard::CreateWizard(CloudContext& clouds, UserSecrets& secrets, deploy::JournalRunner journal, QWidget* parent)
    : QWizard(parent)
    , m_clouds(clouds)
    , m_secrets(secrets)
    , m_journal(std::move(journal))
    , m_keyGenerator(&ssh::KeyGenerator::generateEd25519)
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

Result<QString> CreateWizard::publicKey()
{
    if (m_spec.sshKey.mode == spec::SshKeySpec::Mode::Existing)
        return m_spec.sshKey.publicKey.trimmed();
    // One key per wizard: going back and forth must not make a new key each time the plan is made.
    if (!m_generatedKey) {
        Result<ssh::GeneratedKey> made = m_keyGenerator(QStringLiteral("cloudtwin-%1").arg(m_spec.name));
        if (!made)
            return made.error();
        m_generatedKey = made.value();
    }
    return m_generatedKey->publicKey;
}

QByteArray CreateWizard::generatedPrivateKey() const
{
    if (m_spec.sshKey.mode != spec::SshKeySpec::Mode::Generate || !m_generatedKey)
        return {};
    return m_generatedKey->privateKey;
}

QString CreateWizard::privateKeySecretName(const QString& pairId)
{
    return QStringLiteral("vm-pair/%1/ssh-private-key").arg(pairId);
}

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
