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

    /// `journal` runs the create's journal where the database lives (CloudContext's runner in the app).
    CreateWizard(CloudContext& clouds, UserSecrets& secrets, deploy::JournalRunner journal, QWidget* parent = nullptr);
    ~CreateWizard() override;

    /// The requirements as answered so far; the pages write into it as the person types.
    spec::VmSpec& spec() { return m_spec; }
    const spec::VmSpec& spec() const { return m_spec; }

    CloudContext& clouds() const { return m_clouds; }
    UserSecrets& secrets() const { return m_secrets; }
    const deploy::JournalRunner& journal() const { return m_journal; }

    /// Finds the public key for the VMs and calls `done` (unless `context` is gone first): the pasted one; for
    /// "Create a new key for me" the key the pair already has (kept by an earlier create or render of the same
    /// name, as cloudtwinctl does), else a new ed25519 key, held here until the create keeps it.
    void preparePublicKey(QObject* context, std::function<void(const Result<QString>&)> done);
    /// The private half of the generated key (empty when the person brought their own key).
    QByteArray generatedPrivateKey() const;
    /// Whether the generated key still has to be written to the user's secrets before the create.
    bool generatedKeyNeedsKeeping() const;
    void setGeneratedKeyKept() { m_generatedKeyKept = true; }
    /// The name a pair's generated private key is kept under in the user's secrets (the same as cloudtwinctl's).
    static QString privateKeySecretName(const QString& pairId);
    /// The pair id of the spec as it is now (same owner and name → same pair).
    QString pairId() const;

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
    spec::VmSpec m_spec;
    std::optional<ssh::GeneratedKey> m_generatedKey;
    QString m_generatedKeyPairId; ///< the pair the key belongs to (a new name is a new pair, with its own key)
    bool m_generatedKeyKept = false;
    std::optional<deploy::DeployPlan> m_plan;
    QPointer<CloudProvider> m_mainProvider;
    QPointer<CloudProvider> m_twinProvider;
};

} // namespace ct
