#pragma once

#include <QByteArray>
#include <QString>

namespace ct::openstack {

/// A Nova API microversion "2.X". The null version (0.0) means "none": a legacy v2.0 endpoint without
/// microversions, to which no version header is sent.
struct Microversion
{
    int major = 0;
    int minor = 0;

    static Microversion parse(const QString& text); ///< "2.93" → {2, 93}; anything else → null
    bool isNull() const { return major == 0; }
    QString toString() const { return QStringLiteral("%1.%2").arg(major).arg(minor); }

    friend bool operator==(const Microversion&, const Microversion&) = default;
    friend auto operator<=>(const Microversion&, const Microversion&) = default;
};

/// The version CloudTwin speaks to a server that supports [minimum, maximum]: the highest ≤ 2.93, if that is
/// ≥ 2.47 (embedded flavors); otherwise the best the server has.
Microversion negotiateComputeVersion(Microversion minimum, Microversion maximum);

} // namespace ct::openstack
