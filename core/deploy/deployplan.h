#pragma once

#include "spec/vmspec.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace ct::deploy {

/// What one step does to one side's cloud.
enum class StepKind
{
    ImportKeyPair, ///< the pair's SSH public key, as key pair `resourceName`
    CreateSecurityGroup, ///< group `resourceName` with one ingress rule per opened port
    CreateVolume, ///< the data disk
    CreateServer, ///< the VM, tagged with the pair id and its role, booted with the cloud-init
    WaitServer, ///< until the VM runs
    AttachVolume,
    AttachPublicIp,
};

enum class StepState
{
    Pending,
    Running,
    Done,
    Failed,
    Undone, ///< rolled back
    Skipped, ///< not needed (e.g. the key pair already exists)
};

struct DeployStep
{
    int seq = 0; ///< unique within the plan; the journal's key
    spec::Role side = spec::Role::Main;
    StepKind kind = StepKind::CreateServer;
    QString resourceName; ///< the deterministic name the step creates (how a retry or recovery finds it)
    QString title; ///< plain words, translated: "Create the VM web-01 on Sandbox"
    StepState state = StepState::Pending;
    QString resourceId; ///< set once created
    QString detail; ///< the error, or what was found
};

/// Spec + what the two clouds really have → the ordered steps of one create. Made by Planner.
struct DeployPlan
{
    QString pairId; ///< stable for a spec name and owner: applying the same spec twice finds the same things
    spec::VmSpec spec;
    spec::ResolvedSide main;
    spec::ResolvedSide twin;
    QString publicKey; ///< OpenSSH public key line for the VMs
    QByteArray userData; ///< the rendered cloud-init
    QList<DeployStep> steps; ///< main and twin steps interleaved; each side runs its own in order
    QStringList notes; ///< things the user should know (translated), e.g. "flavor m1.small: the smallest ..."

    QList<DeployStep> stepsFor(spec::Role side) const;
};

/// Metadata (OpenStack) / tags (CloudStack) on everything a create makes: how CloudTwin finds its own
/// resources again after a crash, and how the VMs list shows a pair.
inline const QString kTagPair = QStringLiteral("cloudtwin_pair");
inline const QString kTagRole = QStringLiteral("cloudtwin_role");
inline const QString kTagName = QStringLiteral("cloudtwin_name");
QVariantMap pairTags(const QString& pairId, spec::Role role, const QString& name);

/// Where a pair's generated SSH private key is kept among the user's secrets (keychain or encrypted file):
/// the app and cloudtwinctl find the same key for the same pair.
QString pairKeySecretName(const QString& pairId);

QString stepKindKey(StepKind kind); ///< machine-readable, for the journal and --json
std::optional<StepKind> stepKindFromKey(const QString& key);
QString stepStateKey(StepState state);
std::optional<StepState> stepStateFromKey(const QString& key);
using spec::roleKey;

} // namespace ct::deploy
