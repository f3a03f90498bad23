#pragma once

#include "deploy/deployjob.h"
#include "spec/vmspec.h"
#include "ssh/sshkeygen.h"
#include "util/result.h"

#include <QPointer>
#include <QWizard>

#include <functional>
#include <optional>

namespace ct {

class CloudContext;
class CloudProvider;
class UserSecrets;

/// The "New VM pair" wizard: plain questions (purpose, size, operating system, software, access, data and
/// protection, clouds) → the plan and the generated Terraform for review → the create, with progress per
/// step on both clouds. Every page checks its fields with SpecFile::validate and shows each problem under
/// its field; Next stays disabled until the page is valid. Nothing blocks: cloud lists, the plan and the
/// create continue from futures, and the wizard cannot be closed while the create runs (Cancel asks, then
/// rolls back).
class CreateWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        PurposePageId,
        SizePageId,
        OsPageId,
        SoftwarePageId,
        AccessPageId,
        DataPageId,
        CloudsPageId,
        ReviewPageId,
        ProgressPageId,
    };

    /// Makes the SSH key pair for "Create a new key for me"; ssh::KeyGenerator::generateEd25519 by default.
    using KeyGenerator = std::function<Result<ssh::GeneratedKey>(const QString& comment)>;

    /// `journal` runs the create's journal where the database lives (CloudContext's runner in the app).
    CreateWizard(CloudContext& clouds, UserSecrets& secrets, deploy::JournalRunner journal, QWidget* parent = nullptr);
    ~CreateWizard() override;

    /// The requirements as answered so far; the pages write into it as the person types.
    spec::VmSpec& spec() { return m_spec; }
    const spec::VmSpec& spec() const { return m_spec; }

    CloudContext& clouds() const { return m_clouds; }
    UserSecrets& secrets() const { return m_secrets; }
    const deploy::JournalRunner& journal() const { return m_journal; }

    void setKeyGenerator(KeyGenerator generator) { m_keyGenerator = std::move(generator); }
    /// The public key for the VMs: the pasted one, or (for "Create a new key for me") one made once per
    /// wizard and kept until the VMs are created.
    Result<QString> publicKey();
    /// The private half of a generated key (empty when the person brought their own key).
    QByteArray generatedPrivateKey() const;
    /// The name the generated private key is kept under in the user's secrets.
    static QString privateKeySecretName(const QString& pairId);

    /// The plan the review page made, and the providers it was made for (the progress page applies it).
    void setPlan(const deploy::DeployPlan& plan, CloudProvider* main, CloudProvider* twin);
    const std::optional<deploy::DeployPlan>& plan() const { return m_plan; }
    CloudProvider* mainProvider() const { return m_mainProvider; }
    CloudProvider* twinProvider() const { return m_twinProvider; }

    /// True while the create runs (then Cancel asks first and rolls back instead of closing).
    bool isDeploying() const;

    /// Cancel / Esc / the window's close button: asks first while the create runs.
    void reject() override;

signals:
    /// "Open in VMs list" after a successful create: show the VMs page with the new main VM selected.
    void openInVmsList(const QString& serverName);

private:
    CloudContext& m_clouds;
    UserSecrets& m_secrets;
    deploy::JournalRunner m_journal;
    KeyGenerator m_keyGenerator;
    spec::VmSpec m_spec;
    std::optional<ssh::GeneratedKey> m_generatedKey;
    std::optional<deploy::DeployPlan> m_plan;
    QPointer<CloudProvider> m_mainProvider;
    QPointer<CloudProvider> m_twinProvider;
};

} // namespace ct
