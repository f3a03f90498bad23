#pragma once

#include "render/renderedfile.h"
#include "spec/vmspec.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <utility>

namespace ct::render {

/// Terraform for a VM pair: one root module per side, in `main-<kind>/` and `twin-<kind>/` ("main-openstack",
/// "twin-cloudstack"), each with versions.tf (required_providers pinned), provider.tf, variables.tf (every
/// credential a `sensitive` variable without a default: no secret is ever written), main.tf, outputs.tf
/// (`id`, `ip`) and cloud-init.yaml (CloudInit::render, the same on both sides). Only arguments and blocks
/// that the pinned provider versions define are used; see docs/terraform-export.md for the sources.
/// Deterministic: the same input gives byte-identical files in the same order.
class TerraformRenderer
{
    Q_DECLARE_TR_FUNCTIONS(TerraformRenderer)

public:
    static Result<RenderedFiles> render(const spec::VmSpec& spec, const spec::ResolvedSide& main,
        const spec::ResolvedSide& twin, const QString& sshPublicKey);

    /// The folder of one side below the export folder: "main-openstack", "twin-cloudstack", ...
    static QString sideDirectory(const spec::ResolvedSide& side);

    /// The provider versions written into versions.tf.
    static QString openStackProviderSource();
    static QString openStackProviderVersion();
    static QString cloudStackProviderSource();
    static QString cloudStackProviderVersion();

    /// The metadata (OpenStack) / tags (CloudStack) that mark a VM as CloudTwin's and name its pair and role.
    /// `pairId` is the create engine's (ResolvedSide::pairId); without one the VM name stands in.
    static QList<std::pair<QString, QString>> ownershipTags(
        const spec::VmSpec& spec, spec::Role role, const QString& pairId = {});
};

} // namespace ct::render
