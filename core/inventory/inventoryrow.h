#pragma once

#include "cloud/types.h"

#include <QString>

namespace ct {

/// What CloudTwin does with a VM: read from the pair tags a create puts on both VMs (cloudtwin_pair,
/// cloudtwin_role, cloudtwin_name); VMs without them are Unmanaged.
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
    QString pairId; ///< shared by a main and its twin
    QString pairName; ///< the pair's name (the main VM's name)
    Server server;
};

} // namespace ct
