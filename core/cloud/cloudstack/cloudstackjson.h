#pragma once

#include "cloud/types.h"

#include <QJsonObject>

namespace ct::cloudstack {

/// CloudStack's VirtualMachine.State → ServerStatus, in one table. Also fills taskState for transitions
/// ("Stopping" is Active with task "stopping"). Unknown words give ServerStatus::Unknown.
ServerStatus serverStatusFor(const QString& state, QString* taskState = nullptr);
/// PowerOn / PowerOff / PowerUnknown / PowerReportMissing.
PowerState powerStateFor(const QString& powerState);

/// "2024-03-01T10:20:30+0000" (CloudStack's date format) and ISO-8601 forms; invalid when unreadable.
QDateTime parseCloudStackTime(const QString& text);

Server parseVirtualMachine(const QJsonObject& vm);
Flavor parseServiceOffering(const QJsonObject& offering);
/// isready → "active"; otherwise the template's status text lower-cased ("downloading"...), or "queued".
Image parseTemplate(const QJsonObject& templ);
Network parseNetwork(const QJsonObject& network);
SecurityGroup parseSecurityGroup(const QJsonObject& group);
KeyPair parseKeyPair(const QJsonObject& keyPair);
/// One entry of a security group's ingressrule / egressrule array ("all" → empty protocol).
SecurityGroupRule parseSecurityGroupRule(const QJsonObject& rule, const QString& direction);
/// A public IP address (listPublicIpAddresses, associateIpAddress): serverId is the static NAT target.
FloatingIp parsePublicIpAddress(const QJsonObject& address);
/// The names in a network's `service` array ("SecurityGroup", "StaticNat", "Firewall", ...).
QStringList networkServices(const QJsonObject& network);
/// One zone of listZones: available when its allocationstate is Enabled (also when the answer leaves the state
/// out: CloudStack always sends it, and hiding a zone over a missing field would help no one).
AvailabilityZone parseZone(const QJsonObject& zone);
/// Ready+attached → "in-use", Ready/Allocated → "available", and so on (Cinder's words, as the UI expects).
Volume parseVolume(const QJsonObject& volume);

} // namespace ct::cloudstack
