#pragma once

#include "cloud/types.h"

#include <QJsonObject>
#include <QString>

namespace ct::openstack {

/// Nova `status` → ServerStatus. The one table for the whole provider (see novajson.cpp).
ServerStatus serverStatusFromNova(const QString& status);
/// OS-EXT-STS:power_state (0 NOSTATE, 1 RUNNING, 3 PAUSED, 4 SHUTDOWN, 6 CRASHED, 7 SUSPENDED).
PowerState powerStateFromNova(int state);

/// One server of GET /servers/detail or GET /servers/{id}. With microversion ≥ 2.47 the flavor is embedded
/// (vcpus, ram, disk, original_name); before, only its id is there (see flavorIdOf) and the sizes stay 0.
Server parseServer(const QJsonObject& server);
/// The flavor id of a pre-2.47 server ({"flavor": {"id", "links"}}); empty for embedded flavors.
QString flavorIdOf(const QJsonObject& server);
/// Fills sizes and name from a looked-up flavor.
void applyFlavor(Server& server, const Flavor& flavor);

Flavor parseFlavor(const QJsonObject& flavor);
/// One entry of GET /os-keypairs ({"keypair": {...}}) or the inner object.
KeyPair parseKeyPair(const QJsonObject& entry);
/// One entry of GET /os-availability-zone's "availabilityZoneInfo": {"zoneName", "zoneState": {"available"},
/// "hosts": null}. Empty name when the entry has none; ComputeClient refuses such entries.
AvailabilityZone parseAvailabilityZone(const QJsonObject& entry);

} // namespace ct::openstack
