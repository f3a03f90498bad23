#pragma once

#include "cloud/types.h"

#include <QString>

namespace ct {

/// What CloudTwin does with a VM. Everything is Unmanaged until protection pairs exist.
enum class ServerRole
{
    Main,
    Twin,
    Unmanaged
};

QString serverRoleName(ServerRole role); ///< "main" / "twin" / "unmanaged" (machine-readable)

/// One VM in the inventory, with the cloud it lives in.
struct InventoryRow
{
    QString accountId;
    QString cloudName;
    bool sandbox = false;
    CloudKind kind = CloudKind::OpenStack;
    ServerRole role = ServerRole::Unmanaged;
    Server server;
};

} // namespace ct
