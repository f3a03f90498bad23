#pragma once

#include "spec/vmspec.h"
#include "util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ct::render {

/// The `#cloud-config` user data for a spec. Main and twin get the same file, so a failover lands on a VM
/// set up the same way. It sets the hostname, puts the SSH public key on the distribution's default user,
/// installs each bundle's packages for the OS family (Catalog::install) plus qemu-guest-agent (so snapshots
/// can quiesce the file systems), enables the bundles' services, formats and mounts the data disk, opens
/// the spec's ports in the host firewall (ufw on Debian/Ubuntu, firewalld on RHEL-family) and finally
/// writes readyMarker(). Deterministic: the same input gives the same bytes.
class CloudInit
{
    Q_DECLARE_TR_FUNCTIONS(CloudInit)

public:
    static Result<QByteArray> render(const spec::VmSpec& spec, const QString& sshPublicKey);

    /// Written as the last step; its presence on the VM means every earlier step ran.
    static QString readyMarker();
    /// The file system label of the data disk (ext4, at most 16 bytes).
    static QString dataDiskLabel();
    /// The helper that formats and mounts the data disk, written by write_files and run by runcmd.
    static QString dataDiskScriptPath();
};

} // namespace ct::render
