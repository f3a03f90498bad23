#include "cloud/cloudstack/cloudstackprovider.h"
#include "deploy/deployjob.h"
#include "render/cloudinit.h"
#include "spec/catalog.h"
#include "util/futures.h"

#include <QUuid>

namespace ct::deploy {

namespace {

/// What one cloud offers, listed at once.
struct Offer
{
    Result<QList<Flavor>> flavors = makeError(ErrorCode::Internal, {});
    Result<QList<Image>> images = makeError(ErrorCode::Internal, {});
    Result<QList<Network>> networks = makeError(ErrorCode::Internal, {});
};

QFuture<Offer> listOffer(CloudProvider* provider)
{
    auto offer = std::make_shared<Offer>();
    QList<QFuture<void>> parts;
    parts << provider->listFlavors().then(
        QtFuture::Launch::Sync, [offer](const Result<QList<Flavor>>& r) { offer->flavors = r; });
    parts << provider->listImages().then(
        QtFuture::Launch::Sync, [offer](const Result<QList<Image>>& r) { offer->images = r; });
    parts << provider->listNetworks().then(
        QtFuture::Launch::Sync, [offer](const Result<QList<Network>>& r) { offer->networks = r; });
    return QtFuture::whenAll(parts.begin(), parts.end())
        .then(QtFuture::Launch::Sync, [offer](const QList<QFuture<void>>&) { return *offer; });
}

/// CloudStack sides with a data disk: the disk offering the create will use, so the plan and the Terraform
/// export name it (cloudstack_disk requires one).
QFuture<Result<DeployPlan>> withDiskOfferings(
    DeployPlan plan, const QPointer<CloudProvider>& main, const QPointer<CloudProvider>& twin)
{
    auto planned = std::make_shared<DeployPlan>(std::move(plan));
    auto failure = std::make_shared<std::optional<Error>>();
    QList<QFuture<void>> lookups;
    for (const spec::Role role : {spec::Role::Main, spec::Role::Twin}) {
        spec::ResolvedSide& side = role == spec::Role::Main ? planned->main : planned->twin;
        auto* cloudStack
            = qobject_cast<cloudstack::CloudStackProvider*>(role == spec::Role::Main ? main.data() : twin.data());
        if (!cloudStack || planned->spec.dataDisk.sizeGb <= 0)
            continue;
        CreateVolumeRequest request;
        request.sizeGb = planned->spec.dataDisk.sizeGb;
        request.diskOfferingId = side.diskOfferingId;
        lookups << cloudStack->diskOfferingFor(request).then(
            QtFuture::Launch::Sync, [planned, failure, &side](const Result<QJsonObject>& offering) {
                if (!offering) {
                    *failure = offering.error();
                    return;
                }
                side.diskOfferingId = offering->value(QLatin1String("id")).toString();
                side.diskOfferingName = offering->value(QLatin1String("name")).toString();
                planned->notes << Planner::tr("%1 (%2): data disk offering %3")
                                      .arg(side.cloudName, roleKey(side.role), side.diskOfferingName);
            });
    }
    return QtFuture::whenAll(lookups.begin(), lookups.end())
        .then(QtFuture::Launch::Sync, [planned, failure](const QList<QFuture<void>>&) -> Result<DeployPlan> {
            if (*failure)
                return failure->value();
            return *planned;
        });
}

} // namespace

QFuture<Result<DeployPlan>> Planner::plan(
    const spec::VmSpec& spec, Target mainTarget, Target twinTarget, const QString& publicKey, const QString& ownerId)
{
    CloudProvider* main = mainTarget.provider;
    CloudProvider* twin = twinTarget.provider;
    using spec::Catalog;
    using spec::Role;
    if (!main || !twin)
        return QtFuture::makeReadyFuture(
            Result<DeployPlan>(makeError(ErrorCode::InvalidInput, tr("Choose a main cloud and a twin cloud first."))));

    auto sides = std::make_shared<std::pair<Offer, Offer>>();
    QList<QFuture<void>> both;
    both << listOffer(main).then(QtFuture::Launch::Sync, [sides](const Offer& o) { sides->first = o; });
    both << listOffer(twin).then(QtFuture::Launch::Sync, [sides](const Offer& o) { sides->second = o; });
    const QPointer<CloudProvider> mainGuard(main);
    const QPointer<CloudProvider> twinGuard(twin);
    return QtFuture::whenAll(both.begin(), both.end())
        .then(QtFuture::Launch::Sync,
            [sides, spec, publicKey, ownerId, mainGuard, twinGuard, mainId = mainTarget.accountId,
                twinId = twinTarget.accountId](const QList<QFuture<void>>&) -> Result<DeployPlan> {
                if (!mainGuard || !twinGuard)
                    return makeError(ErrorCode::Unavailable, tr("A cloud was removed while the plan was being made."));
                DeployPlan plan;
                plan.spec = spec;
                plan.publicKey = publicKey;
                plan.pairId = pairIdFor(ownerId, spec.name);

                auto resolve = [&](Role role, const spec::Placement& placement, const Offer& offer,
                                   CloudProvider* provider) -> Result<spec::ResolvedSide> {
                    spec::ResolvedSide side;
                    side.role = role;
                    side.kind = provider->kind();
                    side.cloudName = provider->cloudName();
                    side.zoneName = placement.zone;
                    side.zoneId = placement.zone;
                    if (!offer.flavors)
                        return offer.flavors.error();
                    if (!offer.images)
                        return offer.images.error();
                    if (!offer.networks)
                        return offer.networks.error();
                    auto flavor = Catalog::matchFlavor(
                        offer.flavors.value(), Catalog::effectiveSize(spec), placement.flavor, side.cloudName);
                    if (!flavor)
                        return flavor.error();
                    side.flavor = offer.flavors->at(flavor->index);
                    side.flavorReason = flavor->reason;
                    auto image = Catalog::matchImage(
                        offer.images.value(), spec.osFamily, spec.osVersion, placement.image, side.cloudName);
                    if (!image)
                        return image.error();
                    side.image = offer.images->at(image->index);
                    side.imageReason = image->reason;
                    // CloudStack needs a zone (Terraform's cloudstack_instance requires one): without a choice,
                    // the zone the template lives in.
                    if (side.kind == CloudKind::CloudStack && side.zoneName.isEmpty()) {
                        side.zoneId = side.image.properties.value(QStringLiteral("zoneid")).toString();
                        side.zoneName = side.image.properties.value(QStringLiteral("zonename")).toString();
                    }
                    auto network = Catalog::matchNetwork(offer.networks.value(), placement.network, side.cloudName);
                    if (!network)
                        return network.error();
                    // CloudStack decides from the network whether security groups or firewall rules open the ports,
                    // and advanced zones want a network anyway: name the account's first one.
                    if (network->index < 0 && side.kind == CloudKind::CloudStack && !offer.networks->isEmpty())
                        network->index = 0;
                    if (network->index >= 0) {
                        side.networkId = offer.networks->at(network->index).id;
                        side.networkName = offer.networks->at(network->index).name;
                    }
                    return side;
                };
                auto mainSide = resolve(Role::Main, spec.main, sides->first, mainGuard.data());
                if (!mainSide)
                    return mainSide.error();
                auto twinSide = resolve(Role::Twin, spec.twin, sides->second, twinGuard.data());
                if (!twinSide)
                    return twinSide.error();
                plan.main = mainSide.value();
                plan.twin = twinSide.value();
                plan.main.pairId = plan.twin.pairId = plan.pairId;
                plan.main.cloudId = mainId;
                plan.twin.cloudId = twinId;
                auto userData = render::CloudInit::render(spec, publicKey);
                if (!userData)
                    return userData.error();
                plan.userData = userData.value();
                layOutSteps(plan);
                return plan;
            })
        .then(QtFuture::Launch::Sync,
            [mainGuard, twinGuard](const Result<DeployPlan>& planned) -> QFuture<Result<DeployPlan>> {
                if (!planned)
                    return QtFuture::makeReadyFuture(planned);
                return withDiskOfferings(planned.value(), mainGuard, twinGuard);
            })
        .unwrap();
}

QString Planner::pairIdFor(const QString& ownerId, const QString& name)
{
    // Same owner + name → same pair id, so applying a spec twice finds what the first apply made.
    static const QUuid kNamespace(QStringLiteral("6f0c5d0e-8a4b-4c59-9a57-0d1f0c7a2b11"));
    return QUuid::createUuidV5(kNamespace, ownerId + QLatin1Char('/') + name).toString(QUuid::WithoutBraces);
}

void Planner::layOutSteps(DeployPlan& plan)
{
    using spec::Role;
    int seq = 0;
    for (const Role role : {Role::Main, Role::Twin}) {
        const spec::ResolvedSide& side = role == Role::Main ? plan.main : plan.twin;
        const spec::Placement& placement = role == Role::Main ? plan.spec.main : plan.spec.twin;
        const QString serverName = serverNameFor(plan.spec.name, role);
        const QString groupName = spec::ownResourceName(plan.spec.name, plan.pairId, role);
        auto add = [&](StepKind kind, const QString& resourceName, const QString& title) {
            DeployStep step;
            step.seq = ++seq;
            step.side = role;
            step.kind = kind;
            step.resourceName = resourceName;
            step.title = title;
            plan.steps << step;
        };
        add(StepKind::ImportKeyPair, groupName, tr("Add the SSH key on %1").arg(side.cloudName));
        add(StepKind::CreateSecurityGroup, groupName,
            tr("Open %n port rule(s) on %1", nullptr, int(plan.spec.ports.size())).arg(side.cloudName));
        if (plan.spec.dataDisk.sizeGb > 0)
            add(StepKind::CreateVolume, serverName + QStringLiteral("-data"),
                tr("Create a %1 GB data disk on %2").arg(plan.spec.dataDisk.sizeGb).arg(side.cloudName));
        add(StepKind::CreateServer, serverName,
            tr("Create the VM %1 on %2 (%3, %4)").arg(serverName, side.cloudName, side.flavor.name, side.image.name));
        add(StepKind::WaitServer, serverName, tr("Wait for %1 to start").arg(serverName));
        if (plan.spec.dataDisk.sizeGb > 0)
            add(StepKind::AttachVolume, serverName + QStringLiteral("-data"),
                tr("Attach the data disk to %1").arg(serverName));
        if (placement.publicIp)
            add(StepKind::AttachPublicIp, serverName, tr("Give %1 a public address").arg(serverName));
        plan.notes
            << tr("%1 (%2): size %3 — %4").arg(side.cloudName, roleKey(role), side.flavor.name, side.flavorReason);
        plan.notes
            << tr("%1 (%2): image %3 — %4").arg(side.cloudName, roleKey(role), side.image.name, side.imageReason);
    }
}

QString Planner::serverNameFor(const QString& specName, spec::Role role)
{
    return role == spec::Role::Main ? specName : specName + QStringLiteral("-twin");
}

} // namespace ct::deploy
