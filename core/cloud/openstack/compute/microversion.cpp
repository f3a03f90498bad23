#include "cloud/openstack/compute/microversion.h"

#include <QStringList>

namespace ct::openstack {

Microversion Microversion::parse(const QString& text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('.'));
    if (parts.size() != 2)
        return {};
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts[0].toInt(&okMajor);
    const int minor = parts[1].toInt(&okMinor);
    if (!okMajor || !okMinor || major <= 0 || minor < 0)
        return {};
    return {major, minor};
}

Microversion negotiateComputeVersion(Microversion minimum, Microversion maximum)
{
    constexpr Microversion kHighest {2, 93}; // the Zed maximum; newer ones change shapes we have not tested
    if (maximum.isNull())
        return {};
    // Below 2.47 (no embedded flavors) this is simply the server's best; ComputeClient then looks flavors up.
    Microversion chosen = maximum < kHighest ? maximum : kHighest;
    if (!minimum.isNull() && chosen < minimum)
        chosen = minimum; // a cloud that dropped everything up to 2.93 still gets a version it accepts
    return chosen;
}

} // namespace ct::openstack
