#include "deploy/deployplan.h"

#include <array>
#include <utility>

namespace ct::deploy {

namespace {

constexpr std::array kStepKinds {
    std::pair {StepKind::ImportKeyPair, "import_key_pair"},
    std::pair {StepKind::CreateSecurityGroup, "create_security_group"},
    std::pair {StepKind::CreateVolume, "create_volume"},
    std::pair {StepKind::CreateServer, "create_server"},
    std::pair {StepKind::WaitServer, "wait_server"},
    std::pair {StepKind::AttachVolume, "attach_volume"},
    std::pair {StepKind::AttachPublicIp, "attach_public_ip"},
};

constexpr std::array kStepStates {
    std::pair {StepState::Pending, "pending"},
    std::pair {StepState::Running, "running"},
    std::pair {StepState::Done, "done"},
    std::pair {StepState::Failed, "failed"},
    std::pair {StepState::Undone, "undone"},
    std::pair {StepState::Skipped, "skipped"},
};

template<class Table, class Enum>
QString keyOf(const Table& table, Enum value)
{
    for (const auto& [candidate, key] : table) {
        if (candidate == value)
            return QLatin1String(key);
    }
    return {};
}

template<class Enum, class Table>
std::optional<Enum> fromKey(const Table& table, const QString& key)
{
    for (const auto& [candidate, name] : table) {
        if (key == QLatin1String(name))
            return candidate;
    }
    return std::nullopt;
}

} // namespace

QList<DeployStep> DeployPlan::stepsFor(spec::Role side) const
{
    QList<DeployStep> out;
    for (const DeployStep& step : steps) {
        if (step.side == side)
            out << step;
    }
    return out;
}

QString stepKindKey(StepKind kind) { return keyOf(kStepKinds, kind); }
std::optional<StepKind> stepKindFromKey(const QString& key) { return fromKey<StepKind>(kStepKinds, key); }
QString stepStateKey(StepState state) { return keyOf(kStepStates, state); }
std::optional<StepState> stepStateFromKey(const QString& key) { return fromKey<StepState>(kStepStates, key); }

QVariantMap pairTags(const QString& pairId, spec::Role role, const QString& name)
{
    return {{kTagPair, pairId}, {kTagRole, roleKey(role)}, {kTagName, name}};
}

QString pairKeySecretName(const QString& pairId) { return QStringLiteral("pair/%1/ssh-private-key").arg(pairId); }

} // namespace ct::deploy
