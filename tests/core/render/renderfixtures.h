#pragma once

#include "spec/vmspec.h"

#include <QList>
#include <QString>

namespace ct::render::test {

/// A secret-looking value planted in every input field the renderer has no business writing out (image
/// checksums and properties, the catalog's reasons, the Advanced overrides). No rendered file may contain it.
inline constexpr char16_t kPlantedSecret[] = u"planted-secret-7f3a9c1e";

/// One pairing to render, with a name that is also its golden folder.
struct RenderCase
{
    QString name;
    spec::VmSpec spec;
    spec::ResolvedSide main;
    spec::ResolvedSide twin;
    QString sshPublicKey;
};

/// Every pairing (OpenStack→CloudStack, CloudStack→OpenStack, OpenStack→OpenStack), each side with and
/// without a data disk and a public IP somewhere, Ubuntu, Debian and Rocky (ufw and firewalld).
QList<RenderCase> renderCases();

} // namespace ct::render::test
